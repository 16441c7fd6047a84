"""A recogniser whose words are known, for the voice tests that assert what happens to Whisper's words.

Whisper's words differ by CPU (tiny.en heard "Okonkwo" right on one machine and wrong on another), so a test
of what the app does with a misheard name cannot count on Whisper mishearing it. ``KnownWords`` is the real
``Transcriber`` (the silence gate, names snapped, the decoded words kept as ``Transcript.heard``) with only
its one model step, ``Transcriber.decode``, giving the words the test set; ``known_api`` is an account on a
live server (one per engine, on the test databases) built with it through ``create_app(transcriber=…)``.
Everything else is real: the espeak-ng speech, the socket's voice activity detection and turn ends, the
upload's decoding, the interviewer and the database. Import the fixtures into a test module to use them.
"""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest

from audio.pcm import duration_seconds
from audio.transcribe import Segment, Transcriber
from tests.support import Api, Database, LiveServer, MovableClock, settings_for


class KnownWords(Transcriber):
    """The real transcriber, whose recogniser decodes any voiced audio as ``words`` (set them before speaking);
    ``names`` are the names (hotwords) each decode was given, in order: what the app asked it to listen for."""

    def __init__(self) -> None:
        super().__init__()
        self.words = ""
        self.names: list[str | None] = []

    def decode(self, pcm16: bytes, language: str | None, hotwords: str | None) -> tuple[list[Segment], str | None]:
        self.names.append(hotwords)
        if not self.words:
            return [], language
        return [Segment(0.0, duration_seconds(pcm16), self.words, avg_logprob=-0.2, no_speech_prob=0.01)], language


@pytest.fixture(scope="session")
def known_words_servers(
    database_urls: dict[str, str], clock: MovableClock
) -> Iterator[dict[str, tuple[LiveServer, KnownWords]]]:
    started: dict[str, tuple[LiveServer, KnownWords]] = {}
    try:
        for name, url in database_urls.items():
            words = KnownWords()
            server = LiveServer(settings_for(url), clock, transcriber=words)
            server.start()
            started[name] = (server, words)
        yield started
    finally:
        for server, _ in started.values():
            server.stop()


@pytest.fixture
def known_words(known_words_servers: dict[str, tuple[LiveServer, KnownWords]], engine_name: str) -> KnownWords:
    """The recogniser of ``known_api``'s server, with no words yet."""
    _, words = known_words_servers[engine_name]
    words.words, words.names = "", []
    return words


@pytest.fixture
def known_api(
    known_words_servers: dict[str, tuple[LiveServer, KnownWords]],
    servers: dict[str, tuple[LiveServer, Database]],
    engine_name: str,
    clock: MovableClock,
    known_words: KnownWords,
) -> Iterator[Api]:
    """A fresh account on the parametrized engine's server that hears ``known_words.words``."""
    server, _ = known_words_servers[engine_name]
    _, database = servers[engine_name]  # the same database: its helper makes the account
    account_id, token = database.new_account()
    with httpx.Client(
        base_url=server.url + "/api/v1", headers={"Authorization": f"Bearer {token}"}, timeout=30
    ) as client:
        yield Api(engine_name, client, account_id, token, database, clock, server.url)
