"""``storyloom transcribe FILE…`` run as a real subprocess on espeak-ng recordings."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

from tests.speech import SENTENCES, speak, word_error_rate

ROOT = Path(__file__).resolve().parent.parent


def _storyloom(*args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("STORYLOOM_STT_")}
    return subprocess.run(
        [sys.executable, "-m", "api.cli", *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
    )


def test_transcribe_prints_the_transcript(speech_dir: Path) -> None:
    wav = speak(SENTENCES[6], speech_dir)
    done = _storyloom("transcribe", str(wav))
    assert done.returncode == 0, done.stderr
    [line] = done.stdout.splitlines()
    assert word_error_rate(SENTENCES[6], line) <= 0.25, line


def test_transcribe_verbose_several_files_and_a_bad_one(speech_dir: Path, tmp_path: Path) -> None:
    wav = speak(SENTENCES[9], speech_dir)
    flac = tmp_path / "second.flac"
    subprocess.run(["sox", str(speak(SENTENCES[10], speech_dir)), str(flac)], check=True)
    bad = tmp_path / "notes.txt"
    bad.write_text("not audio at all\n" * 50)

    done = _storyloom("transcribe", "--verbose", str(wav), str(bad), str(flac))

    assert done.returncode == 1  # one file failed; the others were still transcribed
    assert f"{bad}: " in done.stderr and "(unsupported)" in done.stderr
    lines = done.stdout.splitlines()
    assert len(lines) == 4, done.stdout
    for (head, timing), path, sentence in zip(
        [lines[0:2], lines[2:4]], [wav, flac], [SENTENCES[9], SENTENCES[10]], strict=True
    ):
        assert head.startswith(f"{path}: ")
        assert word_error_rate(sentence, head.removeprefix(f"{path}: ")) <= 0.4, head  # whole espeak file
        m = re.search(
            r"duration ([\d.]+) s; decoded in [\d.]+ s; transcribed in ([\d.]+) s; "
            r"real-time factor ([\d.]+); confidence ([\d.]+); language en",
            timing,
        )
        assert m, timing
        duration, elapsed, rtf, confidence = map(float, m.groups())
        assert 2.0 < duration < 5.0 and elapsed > 0 and 0 < confidence <= 1
        assert rtf == round(elapsed / duration, 2) or abs(rtf - elapsed / duration) <= 0.011


def test_transcribe_with_a_directory_that_holds_no_model(speech_dir: Path, tmp_path: Path) -> None:
    done = _storyloom("transcribe", "--model", str(tmp_path), str(speak(SENTENCES[0], speech_dir)))
    assert done.returncode == 2 and "no CTranslate2 Whisper model" in done.stderr
