"""What every benchmark records about where it ran, and a free loopback port."""

from __future__ import annotations

import os
import platform
import socket
import sqlite3


def machine() -> str:
    """CPU model, cores, memory, OS, Python and SQLite library: one line for RESULTS.md."""
    with open("/proc/cpuinfo") as f:
        cpu = next((line.split(":", 1)[1].strip() for line in f if line.startswith("model name")), "unknown CPU")
    with open("/proc/meminfo") as f:
        mem_kb = next((int(line.split()[1]) for line in f if line.startswith("MemTotal:")), 0)
    os_name = platform.system()
    try:
        with open("/etc/os-release") as f:
            os_name = next(line.split("=", 1)[1].strip().strip('"') for line in f if line.startswith("PRETTY_NAME="))
    except (OSError, StopIteration):
        pass
    return (
        f"{cpu}, {os.cpu_count()} cores, {mem_kb / 1024**2:.1f} GiB RAM; {os_name} (Linux {platform.release()}); "
        f"Python {platform.python_version()}, SQLite library {sqlite3.sqlite_version}"
    )


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]
