"""Webhook signatures: HMAC-SHA256 with the webhook's secret over ``"{timestamp}." + body``.

A receiver recomputes the HMAC over the ``Storyloom-Timestamp`` header, a dot and the raw
request body, compares it with ``Storyloom-Signature`` (``v1=<hex>``) in constant time,
and rejects timestamps too far from its own clock (replays). ``verify`` is that check.
"""

from __future__ import annotations

import hashlib
import hmac
import time

EVENT_ID = "Storyloom-Event-Id"
EVENT_TYPE = "Storyloom-Event-Type"
DELIVERY_ID = "Storyloom-Delivery-Id"
ATTEMPT = "Storyloom-Attempt"
TIMESTAMP = "Storyloom-Timestamp"
SIGNATURE = "Storyloom-Signature"
SCHEME = "v1"


def sign(secret: str, timestamp: int, body: bytes) -> str:
    digest = hmac.new(secret.encode(), str(timestamp).encode() + b"." + body, hashlib.sha256).hexdigest()
    return f"{SCHEME}={digest}"


def verify(secret: str, timestamp: str, body: bytes, signature: str, *, tolerance: float | None = 300.0) -> bool:
    """True if ``signature`` is ours for this body and timestamp (and, with a tolerance, recent)."""
    try:
        stamp = int(timestamp)
    except ValueError:
        return False
    if tolerance is not None and abs(time.time() - stamp) > tolerance:
        return False
    return hmac.compare_digest(sign(secret, stamp, body), signature.strip())
