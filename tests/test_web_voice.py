"""A spoken turn in the web chat: Chromium's fake microphone plays espeak-ng speech into the
page, whose AudioWorklet streams 16 kHz PCM16 to the voice WebSocket; the transcript and the
interviewer's reply appear as chat bubbles."""

from __future__ import annotations

import wave
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import expect

from audio.pcm import SAMPLE_RATE
from tests.speech import SENTENCES, silence, speech_pcm, word_error_rate
from tests.support import Api
from tests.turns_support import new_session
from tests.web_support import launch, logged_in_page, playwright_driver, shoot

__all__ = ["playwright_driver"]  # a fixture

SENTENCE = SENTENCES[1]  # "My grandmother planted roses every spring."
MAX_WER = 0.35
WATCH_PARTIAL = """() => {
  window.__partials = [];
  const partial = document.getElementById('partial');
  new MutationObserver(() => partial.textContent && window.__partials.push(partial.textContent))
    .observe(partial, { subtree: true, childList: true, characterData: true });
}"""


@pytest.fixture(params=["sqlite"])
def engine_name(request: pytest.FixtureRequest) -> str:
    return request.param


@pytest.fixture(scope="module")
def spoken_wav(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """16-bit PCM WAV: a second of silence, the sentence, then silence for the end of turn."""
    directory = tmp_path_factory.mktemp("web-speech")
    path = directory / "answer.wav"
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(SAMPLE_RATE)
        out.writeframes(silence(1.0) + speech_pcm(SENTENCE, directory) + silence(5.0))
    return path


@pytest.fixture(scope="module")
def microphone_browser(playwright_driver: Any, spoken_wav: Path) -> Iterator[Any]:
    chromium = launch(
        playwright_driver,
        [
            "--use-fake-ui-for-media-stream",
            "--use-fake-device-for-media-stream",
            f"--use-file-for-fake-audio-capture={spoken_wav}%noloop",
            "--autoplay-policy=no-user-gesture-required",
        ],
    )
    yield chromium
    chromium.close()


def test_a_spoken_answer_becomes_a_voice_bubble_and_gets_a_reply(
    api: Api, microphone_browser: Any, artifacts_dir: Path
) -> None:
    session = new_session(api)
    context, page, errors = logged_in_page(microphone_browser, api, permissions=["microphone"])
    page.goto(f"{api.base_url}/sessions/{session['id']}")
    mic = page.locator("#mic")
    expect(mic).to_have_accessible_name("Hold to talk")
    expect(mic).to_be_visible()
    page.evaluate(WATCH_PARTIAL)

    mic.click()  # a tap: the microphone stays on until the next press
    expect(mic).to_have_attribute("aria-pressed", "true")
    spoken = page.locator('#transcript .bubble.person[data-method="voice"]')
    expect(spoken).to_have_count(1, timeout=60_000)
    expect(spoken.locator(".badge.voice")).to_have_text("spoken")
    heard = spoken.locator(".text").inner_text()
    assert word_error_rate(SENTENCE, heard) <= MAX_WER, heard
    reply = page.locator("#transcript .bubble.agent").last
    expect(reply).to_have_attribute("data-state", "done", timeout=30_000)
    assert page.locator("#transcript .bubble").last.get_attribute("class") == reply.get_attribute("class")
    partials: list[str] = page.evaluate("window.__partials")
    assert partials, "no live partial transcript was shown"
    shoot(page, artifacts_dir, "conversation-voice-desktop")
    page.get_by_role("button", name="Stop").click()
    expect(mic).to_have_attribute("aria-pressed", "false")

    interactions = api.ok("GET", f"/sessions/{session['id']}/interactions")["items"]
    voiced = [i for i in interactions if i["response_method"] == "voice"]
    assert len(voiced) == 1 and voiced[0]["person_response"] == heard
    assert reply.locator(".text").inner_text() == [i for i in interactions if i["agent_prompt"]][-1]["agent_prompt"]
    assert not errors, errors
    context.close()
