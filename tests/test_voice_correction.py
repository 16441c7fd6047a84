"""Fixing a misheard word: ``PATCH …/interactions/{sequence}`` on a spoken answer keeps what was heard."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from audio.pcm import to_wav
from tests.speech import SENTENCES, SLOW, silence, speech_pcm
from tests.support import Api
from tests.turns_support import assert_error, new_session, second_account, transcript
from tests.voice_support import speech_dir, voice_answers

__all__ = ["speech_dir"]  # a fixture


def _spoken_answer(api: Api, speech_dir: Path) -> tuple[dict[str, Any], dict[str, Any]]:
    session = new_session(api)
    wav = to_wav(silence(0.3) + speech_pcm(SENTENCES[5], speech_dir) + silence(0.5))
    response = api.client.post(f"/sessions/{session['id']}/audio", files={"file": ("a.wav", wav, "audio/wav")})
    assert response.status_code == 200, response.text
    (answer,) = voice_answers(transcript(api, session["id"]))
    return session, answer


def test_a_spoken_answer_can_be_corrected_and_keeps_what_was_heard(api: Api, speech_dir: Path) -> None:
    session, answer = _spoken_answer(api, speech_dir)
    heard = answer["person_response"]
    path = f"/sessions/{session['id']}/interactions/{answer['sequence']}"

    fixed = api.ok("PATCH", path, json={"person_response": "I remember the smell of fresh bread in Nan's kitchen."})
    assert fixed["person_response"] == "I remember the smell of fresh bread in Nan's kitchen."
    assert fixed["data"]["original_transcript"] == heard
    assert fixed["data"]["audio"] == answer["data"]["audio"]  # the rest of the data is kept

    again = api.ok("PATCH", path, json={"person_response": "I remember the smell of bread in Nan's kitchen."})
    assert again["data"]["original_transcript"] == heard  # the original stays what was heard, not the last edit
    (stored,) = voice_answers(transcript(api, session["id"]))
    assert stored["person_response"] == "I remember the smell of bread in Nan's kitchen."
    assert stored["data"]["original_transcript"] == heard


def test_a_name_snapped_into_a_spoken_answer_keeps_the_words_as_decoded(api: Api, speech_dir: Path) -> None:
    """The recogniser's own correction (a misheard name snapped to one the session knows, audio.names)
    keeps what was decoded as the original, as a correction by hand does; an answer it did not change
    has none. tiny.en hears this sentence's name as "Elberstone" or the like (tests/test_audio_names.py)."""
    session = new_session(api)
    api.ok("PATCH", f"/sessions/{session['id']}/interactions/1", json={"mentions_people": ["Featherstone"]})

    def say(sentence: str, **speech: int) -> dict[str, Any]:
        wav = to_wav(silence(0.5) + speech_pcm(sentence, speech_dir, **speech) + silence(0.5))
        response = api.client.post(f"/sessions/{session['id']}/audio", files={"file": ("a.wav", wav, "audio/wav")})
        assert response.status_code == 200, response.text
        return voice_answers(transcript(api, session["id"]))[-1]

    snapped = say("Our landlady, Mrs. Featherstone, played the organ on Sundays.", speed=SLOW)
    original = snapped["data"]["original_transcript"]
    assert "Featherstone" in snapped["person_response"] and "Featherstone" not in original, snapped
    assert original.split()[:2] == snapped["person_response"].split()[:2]  # the same words, but the name
    assert snapped["data"]["timings"]["transcription_ms"] > 0  # the rest of the data is there too

    path = f"/sessions/{session['id']}/interactions/{snapped['sequence']}"
    fixed = api.ok("PATCH", path, json={"person_response": "Our landlady, Mrs. Featherstone, played the organ."})
    assert fixed["data"]["original_transcript"] == original  # still what the recogniser decoded

    plain = say(SENTENCES[5])  # no name in it: nothing snapped, nothing to keep
    assert "original_transcript" not in plain["data"], plain


def test_a_typed_answer_edited_has_no_original_transcript(api: Api) -> None:
    session = new_session(api)
    api.ok("POST", f"/sessions/{session['id']}/turns", json={"text": "We lived by the sea."})
    typed = next(i for i in transcript(api, session["id"]) if i["response_method"] == "text")
    path = f"/sessions/{session['id']}/interactions/{typed['sequence']}"
    edited = api.ok("PATCH", path, json={"person_response": "We lived by the sea in Cork."})
    assert edited["person_response"] == "We lived by the sea in Cork."
    assert "original_transcript" not in (edited["data"] or {})


def test_bad_corrections_name_the_field_and_other_accounts_get_404(api: Api, speech_dir: Path) -> None:
    session, answer = _spoken_answer(api, speech_dir)
    path = f"/sessions/{session['id']}/interactions/{answer['sequence']}"
    for bad in (123, "nul\x00byte", "x" * 20_001):
        body = assert_error(api.client.patch(path, json={"person_response": bad}), 400)
        assert "person_response" in str(body), body
    assert_error(api.client.patch(f"/sessions/{session['id']}/interactions/9999", json={"person_response": "x"}), 404)
    with second_account(api) as other:
        assert_error(other.client.patch(path, json={"person_response": "Not yours."}), 404, "not found")
    (stored,) = voice_answers(transcript(api, session["id"]))
    assert stored["person_response"] == answer["person_response"] and "original_transcript" not in stored["data"]
