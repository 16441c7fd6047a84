"""Local model speed: prompt evaluation and generation tokens/s per catalog model (llama.cpp, CPU).

``.venv/bin/python -m benchmarks.llm_speed [MODEL …] [--threads 1 2] [--prompt-tokens 1200] [--runs 3]``

Each model (default: every installed one; ``storyloom model install NAME`` first) is served by
``agent.local.server.LocalLLM`` exactly as ``storyloom serve --provider local`` serves it. Per
run: one request with a fresh prompt of about ``--prompt-tokens`` tokens (``cache_prompt``
off, so every token is evaluated) generating exactly ``--gen-tokens`` tokens (``ignore_eos``);
the speeds are llama.cpp's own timings, median of the runs. Then a "next turn" request: the same
prompt plus a short answer, with the prompt cache on, to show what a stable prompt prefix saves.
Prints a Markdown section for ``benchmarks/RESULTS.md``. Not part of the pytest suite.
"""

from __future__ import annotations

import argparse
import os
import statistics
import time
from datetime import UTC, datetime
from typing import Any

import httpx

from agent.local import weights
from agent.local.server import LocalLLM, LocalServerConfig
from api.settings import Settings
from benchmarks.machine import machine

# Interview-like filler: varied sentences, so the tokenizer sees ordinary prose.
PROSE = (
    "My grandmother Helen kept the farm near Ames for forty years. In the winter the Monarch cookstove "
    "heated the kitchen, and my father Stanley carried wood from the shed before school. "
    "We listened to the Philco radio on Sunday nights; Tommy, my little brother, fell asleep by the fire. "
)


def prompt_of(tokens: int, salt: int) -> str:
    """About ``tokens`` tokens (≈ 4 characters each) that no earlier request started with."""
    text = f"Run {salt}. " + PROSE * (tokens * 4 // len(PROSE) + 1)
    return text[: tokens * 4]


def chat(base: str, model: str, content: str, max_tokens: int, *, cache: bool, history: str = "") -> dict[str, Any]:
    messages = [{"role": "system", "content": "You interview people about their life story."}]
    if history:
        messages += [{"role": "user", "content": history}, {"role": "assistant", "content": "Tell me more."}]
    messages.append({"role": "user", "content": content})
    body = {
        "model": model,
        "messages": messages,
        "max_tokens": max_tokens,
        "temperature": 0,
        "ignore_eos": True,  # llama.cpp: generate exactly max_tokens
        "cache_prompt": cache,
    }
    response = httpx.post(f"{base}/chat/completions", json=body, timeout=None)
    response.raise_for_status()
    return response.json()


def measure(name: str, threads: int, prompt_tokens: int, gen_tokens: int, runs: int) -> dict[str, Any]:
    cache = Settings.from_env(os.environ).agent.local.cache_dir  # STORYLOOM_MODEL_CACHE, as serve uses it
    gguf = weights.path(name, cache)
    if not weights.is_installed(name, cache):
        raise SystemExit(f"{name} is not installed: storyloom model install {name}")
    started = time.perf_counter()
    server = LocalLLM(LocalServerConfig(gguf=gguf, model=name, threads=threads)).start()
    load_s = time.perf_counter() - started
    try:
        base = server.base_url
        chat(base, name, "Hello.", 4, cache=False)  # warm-up
        prompt_speed, gen_speed, prompt_n, totals = [], [], [], []
        for run in range(runs):
            t0 = time.perf_counter()
            timings = chat(base, name, prompt_of(prompt_tokens, run), gen_tokens, cache=False)["timings"]
            totals.append(time.perf_counter() - t0)
            prompt_speed.append(timings["prompt_per_second"])
            gen_speed.append(timings["predicted_per_second"])
            prompt_n.append(timings["prompt_n"])
        # The next turn: same prefix, a new answer; only the new tokens are evaluated.
        first = prompt_of(prompt_tokens, 99)
        chat(base, name, first, 1, cache=True)
        t0 = time.perf_counter()
        follow = chat(base, name, "We moved to Des Moines in 1952.", gen_tokens, cache=True, history=first)
        follow_s = time.perf_counter() - t0
    finally:
        server.stop()
    return {
        "name": name,
        "threads": threads,
        "size_mb": weights.lookup(name).size / 1e6,
        "load_s": load_s,
        "prompt_n": int(statistics.median(prompt_n)),
        "prompt_tps": statistics.median(prompt_speed),
        "gen_tps": statistics.median(gen_speed),
        "request_s": statistics.median(totals),
        "follow_prompt_n": follow["timings"]["prompt_n"],
        "follow_cached": follow["timings"].get("cache_n", 0),
        "follow_s": follow_s,
    }


def section(rows: list[dict[str, Any]], load_before: float, gen_tokens: int, runs: int) -> str:
    now = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    lines = [
        f"### {now}",
        "",
        f"- Machine: {machine()}; load average (1 min) {load_before:.1f} at the start, "
        f"{os.getloadavg()[0]:.1f} at the end",
        f"- llama.cpp through xllamacpp (prebuilt CPU wheel), median of {runs} runs",
        "",
        "| model | threads | GGUF MB | load s | prompt tokens | prompt eval tok/s | generation tok/s "
        f"| request s ({gen_tokens} generated) | next turn: evaluated / cached tokens, s |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---|",
    ]
    for r in rows:
        lines.append(
            f"| {r['name']} | {r['threads']} | {r['size_mb']:.0f} | {r['load_s']:.1f} | {r['prompt_n']} "
            f"| {r['prompt_tps']:.1f} "
            f"| {r['gen_tps']:.1f} | {r['request_s']:.1f} | {r['follow_prompt_n']} / {r['follow_cached']}, "
            f"{r['follow_s']:.1f} |"
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("models", nargs="*", help="catalog names (default: every installed model)")
    parser.add_argument("--threads", type=int, nargs="+", default=[2], help="one row per thread count")
    parser.add_argument("--prompt-tokens", type=int, default=1200)
    parser.add_argument("--gen-tokens", type=int, default=64)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args(argv)
    cache = Settings.from_env(os.environ).agent.local.cache_dir
    names = args.models or [name for name in weights.CATALOG if weights.is_installed(name, cache)]
    load_before = os.getloadavg()[0]
    rows = []
    for name in names:
        for threads in args.threads:
            row = measure(name, threads, args.prompt_tokens, args.gen_tokens, args.runs)
            print(row, flush=True)
            rows.append(row)
    print(section(rows, load_before, args.gen_tokens, args.runs))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
