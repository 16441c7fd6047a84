"""``storyloom worker``: the background worker on its own (any number, side by side, on PostgreSQL)."""

from __future__ import annotations

import argparse
import asyncio
import logging
import signal
from dataclasses import replace
from typing import Any

from api.settings import Settings


def register(sub: Any) -> None:
    """Add the ``worker`` subcommand to the CLI's subparsers."""
    p = sub.add_parser(
        "worker",
        help="run the scheduler/webhook worker without the API (reminders, missed/idle sessions, series, webhooks)",
    )
    p.add_argument("--database-url", help="overrides STORYLOOM_DATABASE_URL")
    p.add_argument("--once", action="store_true", help="run one tick and exit (prints what it did)")
    p.add_argument("--poll", type=float, help="seconds between ticks (STORYLOOM_WORKER_POLL_SECONDS)")
    p.set_defaults(func=_worker)


def _worker(args: argparse.Namespace, settings: Settings) -> int:
    if args.poll is not None:
        settings = replace(settings, worker=replace(settings.worker, poll_seconds=args.poll))
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    return asyncio.run(_run(settings, once=args.once))


async def _run(settings: Settings, *, once: bool) -> int:
    from api.worker.loop import Worker
    from db.engine import create_engine, create_session_factory
    from db.migrate import upgrade

    engine = create_engine(settings.database.url, pool_size=max(2, min(settings.database.pool_size, 4)))
    worker: Worker | None = None
    try:
        if settings.database.migrate_on_start:
            await upgrade(engine)
        worker = Worker(create_session_factory(engine), settings)
        if once:
            print(await worker.tick(), flush=True)
            return 0
        stop = asyncio.Event()
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGINT, signal.SIGTERM):
            loop.add_signal_handler(sig, stop.set)
        print(f"storyloom worker {worker.worker_id} running (database: {settings.database.url})", flush=True)
        await worker.run(stop)
        return 0
    finally:
        if worker is not None:
            await worker.close()
        await engine.dispose()
