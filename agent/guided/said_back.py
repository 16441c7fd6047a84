"""Someone said back by the words an earlier answer used for them ("your Kaka" after "Kaka Shiu Narayan"), apart
from someone new who only shares a title or family word with them ("Mrs Okafor" after "Mrs Patel")."""

from __future__ import annotations

import re

_OWN = {"your", "my", "our", "his", "her", "their", "the"}


def said_back(said: str, told: set[str]) -> bool:
    """Every word ``said`` uses for someone (besides whose they are) was used for someone earlier: the same one
    said again, never a new name next to a shared "Mr", "Uncle" or "brother"."""
    words = set(re.findall(r"[a-zà-ÿ]+", said.lower())) - _OWN
    return bool(words) and words <= told
