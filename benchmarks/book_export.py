"""Book export cost: Markdown, HTML, EPUB and PDF of a book of N chapters, in process.

``.venv/bin/python -m benchmarks.book_export [--chapters 30] [--pieces 5] [--runs 3]``

Builds a book like the API's (``agent.book``: pieces composed with their joins) with distinct
pieces of about 75 words, warms each exporter once (fonts, templates), then prints the median of
``--runs`` builds and the file size. The PDF is WeasyPrint laying out the print-CSS HTML, which is
what a request for ``book.pdf`` waits for (in a worker thread, one PDF at a time per process).
Not part of the pytest suite.
"""

from __future__ import annotations

import argparse
import os
import statistics
import time
import uuid
from collections.abc import Callable
from datetime import UTC, date, datetime

from agent.book import Book, Chapter, compose
from api import book_export
from db.services.book import Piece

WORDS = (
    "We walked along the harbour in the evening and watched the boats come in while my father named every "
    "one of them and the men who sailed them, and my mother counted the lamps along the quay. "
)


def sample_book(chapters: int, pieces: int) -> Book:
    now = datetime.now(UTC)
    made = []
    for n in range(1, chapters + 1):
        told = [
            Piece(uuid.uuid4(), "scene_capture", None, f"{WORDS}That was day {n}-{k}.", uuid.uuid4(), "S", now, k, now)
            for k in range(pieces)
        ]
        text = compose(told, "Margaret Rossi")
        start = date(1930 + n, 1, 1)
        title = f"Chapter {n}"
        made.append(Chapter(uuid.uuid4(), n, title, title, text, text, False, False, False, n, start, None, told))
    return Book(uuid.uuid4(), "Margaret Rossi", "en", "Margaret Rossi’s story", made, 0, 0, [])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--chapters", type=int, default=30)
    parser.add_argument("--pieces", type=int, default=5)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    book = sample_book(args.chapters, args.pieces)
    words = sum(len(c.text.split()) for c in book.chapters)
    exporters: dict[str, Callable[[], str | bytes]] = {
        "md": lambda: book_export.markdown(book),
        "html": lambda: book_export.html_document(book),
        "epub": lambda: book_export.epub(book, datetime.now(UTC)),
        "pdf": lambda: book_export.pdf(book),
    }
    print(f"## Book exports ({datetime.now(UTC):%Y-%m-%d %H:%M} UTC, load average {os.getloadavg()[0]:.1f})")
    print(f"\n{args.chapters} chapters, {words:,} words; median of {args.runs} runs after one warm-up.\n")
    print("| format | time | size |\n|---|---:|---:|")
    for name, build in exporters.items():
        build()
        times, size = [], 0
        for _ in range(args.runs):
            started = time.perf_counter()
            result = build()
            times.append(time.perf_counter() - started)
            size = len(result.encode() if isinstance(result, str) else result)
        print(f"| {name} | {statistics.median(times) * 1000:,.0f} ms | {size:,} bytes |")


if __name__ == "__main__":
    main()
