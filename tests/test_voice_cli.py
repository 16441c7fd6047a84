"""``storyloom interview`` as a user runs it, on a machine without a microphone (this one).

It must say so plainly and exit with code 2 before touching the network.
"""

from __future__ import annotations

import os
import subprocess
import sys
import uuid
from pathlib import Path

import pytest

from audio.mic import MicrophoneUnavailable, check_input_device

ROOT = Path(__file__).parent.parent


def interview(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "api.cli", "interview", *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, "STORYLOOM_TOKEN": ""},
        timeout=60,
    )


def has_microphone() -> bool:
    try:
        check_input_device()
    except MicrophoneUnavailable:
        return False
    return True


@pytest.mark.skipif(has_microphone(), reason="this machine has an input device")
def test_interview_without_a_microphone_says_so_and_exits_2() -> None:
    # No server is running at this URL: the command must stop at the microphone, not the network.
    result = interview("--session", str(uuid.uuid4()), "--token", "sl_x", "--url", "http://127.0.0.1:9")
    assert result.returncode == 2, result
    assert "cannot record" in result.stderr and ("input device" in result.stderr or "PortAudio" in result.stderr)
    assert "Traceback" not in result.stderr


def test_interview_usage_errors_exit_2() -> None:
    assert interview().returncode == 2  # neither --session nor --person
    both = interview("--session", str(uuid.uuid4()), "--person", str(uuid.uuid4()))
    assert both.returncode == 2 and "not allowed with" in both.stderr
    template_alone = interview("--session", str(uuid.uuid4()), "--template", str(uuid.uuid4()))
    assert template_alone.returncode == 2 and "--template goes with --person" in template_alone.stderr
