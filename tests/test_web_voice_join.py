"""The web chat when a cut spoken turn is joined (issue 11): one answer bubble, one reply after it.

Chromium's fake microphone plays a clause, a 1.8 s pause and more words; the end-of-turn model (scripted:
it calls every pause finished) cuts the turn at the pause, the page shows the first half and its reply,
then the server joins the words that went on (``api.voice_join``) and the reply says ``replaces``: the page
shows the whole answer in the first bubble, drops the second, and the withdrawn reply gives way to the new
one. The recogniser's words are set (``tests/known_words.py``), the same for both halves.
"""

from __future__ import annotations

import wave
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import expect

from api.controllers import voice as voice_controller
from audio.pcm import SAMPLE_RATE, duration_seconds
from audio.transcribe import Segment
from db.services.rejoin import joined_text
from tests.known_words import KnownWords, known_api, known_words, known_words_servers
from tests.speech import SLOW, silence, speech_pcm
from tests.support import Api
from tests.test_voice_ws import SocketTurn
from tests.turns_support import new_session
from tests.web_support import launch, logged_in_page, playwright_driver

__all__ = ["known_api", "known_words", "known_words_servers", "playwright_driver"]  # fixtures

HEARD = "We sailed from Bergen in the spring."


@pytest.fixture(params=["sqlite"])
def engine_name(request: pytest.FixtureRequest) -> str:
    return request.param


@pytest.fixture(scope="module")
def paused_wav(tmp_path_factory: pytest.TempPathFactory) -> Path:
    directory = tmp_path_factory.mktemp("web-join")
    path = directory / "paused.wav"
    pcm = silence(1.0) + speech_pcm("We sailed from Bergen in the spring", directory, speed=SLOW) + silence(1.8)
    pcm += speech_pcm("and landed in Halifax", directory, speed=SLOW) + silence(5.0)
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(SAMPLE_RATE)
        out.writeframes(pcm)
    return path


@pytest.fixture(scope="module")
def microphone_browser(playwright_driver: Any, paused_wav: Path) -> Iterator[Any]:
    chromium = launch(
        playwright_driver,
        [
            "--use-fake-ui-for-media-stream",
            "--use-fake-device-for-media-stream",
            f"--use-file-for-fake-audio-capture={paused_wav}%noloop",
            "--autoplay-policy=no-user-gesture-required",
        ],
    )
    yield chromium
    chromium.close()


def test_a_joined_spoken_answer_shows_as_one_bubble_with_one_reply(
    known_api: Api, known_words: KnownWords, microphone_browser: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    api = known_api
    monkeypatch.setattr(voice_controller, "turn_model", lambda stt: SocketTurn(always=0.97))
    known_words.words = HEARD
    session = new_session(api)
    context, page, errors = logged_in_page(microphone_browser, api, permissions=["microphone"])
    page.goto(f"{api.base_url}/sessions/{session['id']}")
    agents_before = page.locator("#transcript .bubble.agent").count()
    page.locator("#mic").click()

    whole = joined_text(HEARD, HEARD)
    spoken = page.locator('#transcript .bubble.person[data-method="voice"]')
    expect(spoken.locator(".text")).to_have_text([whole], timeout=60_000)  # one bubble: the whole answer
    replies = page.locator("#transcript .bubble.agent")
    expect(replies).to_have_count(agents_before + 1, timeout=30_000)  # the withdrawn reply is gone
    expect(replies.last).to_have_attribute("data-state", "done", timeout=30_000)
    page.get_by_role("button", name="Stop").click()

    items = api.ok("GET", f"/sessions/{session['id']}/interactions")["items"]
    (stored,) = [i for i in items if i["response_method"] == "voice"]
    assert stored["person_response"] == whole and len(stored["data"]["joined"]["parts"]) == 2
    assert replies.last.locator(".text").inner_text() == items[-1]["agent_prompt"]
    assert spoken.get_attribute("data-sequence") == str(stored["sequence"])
    assert not errors, errors
    context.close()


# A clause, a pause, then words that make the whole answer one the interviewer keeps private (a loss).
FIRST, GRIEF = "We sailed from Bergen in the spring.", "After my father died."


@pytest.fixture(scope="module")
def grief_browser(playwright_driver: Any, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    directory = tmp_path_factory.mktemp("web-join-private")
    path = directory / "grief.wav"
    pcm = silence(1.0) + speech_pcm("We sailed from Bergen in the spring", directory, speed=SLOW) + silence(1.8)
    pcm += speech_pcm("after father died", directory, speed=SLOW) + silence(5.0)
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(SAMPLE_RATE)
        out.writeframes(pcm)
    chromium = launch(
        playwright_driver,
        [
            "--use-fake-ui-for-media-stream",
            "--use-fake-device-for-media-stream",
            f"--use-file-for-fake-audio-capture={path}%noloop",
            "--autoplay-policy=no-user-gesture-required",
        ],
    )
    yield chromium
    chromium.close()


def test_a_joined_answer_the_interviewer_kept_private_shows_as_private(
    known_api: Api, known_words: KnownWords, grief_browser: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The first half alone is not kept private, the whole answer is (its second half tells a loss): the one
    bubble left says so, as any answer the interviewer kept private, and its privacy button unmarks it."""
    api = known_api
    monkeypatch.setattr(voice_controller, "turn_model", lambda stt: SocketTurn(always=0.97))

    def decode(pcm16: bytes, language: str | None, hotwords: str | None) -> tuple[list[Segment], str | None]:
        # The recogniser's words by the audio heard: the clause is 2.8 s of speech, the words after it 1.8 s.
        words = FIRST if duration_seconds(pcm16) >= 2.6 else GRIEF
        return [Segment(0.0, duration_seconds(pcm16), words, avg_logprob=-0.2, no_speech_prob=0.01)], language

    monkeypatch.setattr(known_words, "decode", decode)
    session = new_session(api)
    context, page, errors = logged_in_page(grief_browser, api, permissions=["microphone"])
    page.goto(f"{api.base_url}/sessions/{session['id']}")
    page.locator("#mic").click()

    whole = joined_text(FIRST, GRIEF)
    spoken = page.locator('#transcript .bubble.person[data-method="voice"]')
    expect(spoken.locator(".text")).to_have_text([whole], timeout=60_000)
    expect(page.locator("#transcript .bubble.agent").last).to_have_attribute("data-state", "done", timeout=30_000)
    page.get_by_role("button", name="Stop").click()

    items = api.ok("GET", f"/sessions/{session['id']}/interactions")["items"]
    (stored,) = [i for i in items if i["response_method"] == "voice"]
    assert stored["person_response"] == whole and stored["is_private"]
    assert [p["text"] for p in stored["data"]["joined"]["parts"]] == [FIRST, GRIEF]
    expect(spoken).to_have_attribute("data-private", "true", timeout=10_000)
    expect(spoken.locator(".badge.private")).to_have_count(1)
    expect(spoken.locator(".private-form")).to_have_count(1)
    assert spoken.get_attribute("data-sequence") == str(stored["sequence"])
    assert not errors, errors
    context.close()
