"""Fixing a misheard word on the conversation page, in a real browser (the system Chromium)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import expect

from audio.pcm import to_wav
from tests.speech import SENTENCES, silence, speech_pcm
from tests.support import Api
from tests.turns_support import new_session, transcript
from tests.voice_support import speech_dir, voice_answers
from tests.web_support import browser, logged_in_page, playwright_driver

__all__ = ["browser", "playwright_driver", "speech_dir"]  # fixtures


@pytest.fixture(params=["sqlite"])
def engine_name(request: pytest.FixtureRequest) -> str:
    return request.param


def test_a_spoken_answer_is_corrected_on_the_page_and_keeps_what_was_heard(
    api: Api, browser: Any, speech_dir: Path
) -> None:
    session = new_session(api)
    wav = to_wav(silence(0.3) + speech_pcm(SENTENCES[4], speech_dir) + silence(0.5))
    response = api.client.post(f"/sessions/{session['id']}/audio", files={"file": ("a.wav", wav, "audio/wav")})
    assert response.status_code == 200, response.text
    (heard,) = voice_answers(transcript(api, session["id"]))
    api.ok("POST", f"/sessions/{session['id']}/turns", json={"text": "And it snowed a lot."})  # a typed one too

    context, page, errors = logged_in_page(browser, api)
    page.goto(f"{api.base_url}/sessions/{session['id']}")

    spoken = page.locator(f'.bubble.person[data-sequence="{heard["sequence"]}"]')
    typed = page.locator('.bubble.person[data-method="text"]')
    expect(spoken.locator(".text")).to_have_text(heard["person_response"])
    expect(typed.get_by_role("button", name="Correct the words of this spoken answer")).to_have_count(0)
    spoken.get_by_role("button", name="Correct the words of this spoken answer").click()
    box = spoken.get_by_role("textbox", name="Corrected answer")
    box.fill("   ")
    spoken.get_by_role("button", name="Save").click()
    expect(spoken.get_by_role("status")).to_have_text("The answer cannot be empty.")
    box.fill("The school was a long walk through the snow to Kilkenny.")
    spoken.get_by_role("button", name="Save").click()
    expect(spoken.locator(".text")).to_have_text("The school was a long walk through the snow to Kilkenny.")
    expect(box).to_have_count(0)
    context.close()

    assert not errors, errors
    (stored,) = voice_answers(transcript(api, session["id"]))
    assert stored["person_response"] == "The school was a long walk through the snow to Kilkenny."
    assert stored["data"]["original_transcript"] == heard["person_response"]
