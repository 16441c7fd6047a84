"""Fixing a misheard word: ``PATCH …/interactions/{sequence}`` on a spoken answer keeps what was heard."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

from api.settings import Settings
from audio.names import snap
from audio.pcm import decode, to_wav
from audio.transcribe import Transcriber, hotwords
from tests.known_words import KnownWords, known_api, known_words, known_words_servers
from tests.speech import SENTENCES, SLOW, silence, speech_pcm
from tests.support import Api
from tests.turns_support import assert_error, new_person, new_session, second_account, transcript
from tests.voice_support import speech_dir, voice_answers

__all__ = ["known_api", "known_words", "known_words_servers", "speech_dir"]  # fixtures


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


def test_a_name_snapped_into_a_spoken_answer_keeps_the_words_as_decoded(
    known_api: Api, known_words: KnownWords, speech_dir: Path
) -> None:
    """The recogniser's own correction (a misheard name snapped to one the session knows, audio.names)
    keeps what was decoded as the original, as a correction by hand does; an answer it did not change
    (no name in it, or the name heard right) has none. The recogniser's words are set (tests/known_words.py):
    Whisper's differ by CPU, and what is tested is what the app does with them."""
    api = known_api
    session = new_session(api)
    api.ok("PATCH", f"/sessions/{session['id']}/interactions/1", json={"mentions_people": ["Featherstone"]})

    def say(sentence: str, decoded: str) -> dict[str, Any]:
        known_words.words = decoded
        wav = to_wav(silence(0.5) + speech_pcm(sentence, speech_dir) + silence(0.5))
        response = api.client.post(f"/sessions/{session['id']}/audio", files={"file": ("a.wav", wav, "audio/wav")})
        assert response.status_code == 200, response.text
        answer = voice_answers(transcript(api, session["id"]))[-1]
        assert answer["person_response"] == response.json()["transcript"]["text"]
        return answer

    sentence = "Our landlady, Mrs. Featherstone, played the organ on Sundays."
    snapped = say(sentence, "Our landlady, misses Feather Stone, played the organ on Sundays.")
    assert snapped["person_response"] == "Our landlady, misses Featherstone, played the organ on Sundays.", snapped
    original = snapped["data"]["original_transcript"]
    assert original == "Our landlady, misses Feather Stone, played the organ on Sundays."
    assert snapped["data"]["timings"]["transcription_ms"] > 0  # the rest of the data is there too

    path = f"/sessions/{session['id']}/interactions/{snapped['sequence']}"
    fixed = api.ok("PATCH", path, json={"person_response": "Our landlady, Mrs. Featherstone, played the organ."})
    assert fixed["data"]["original_transcript"] == original  # still what the recogniser decoded

    for unchanged in (
        SENTENCES[5],
        "Mrs. Featherstone kept hens in the yard.",
        "A feather and a stone sat on the sill.",
    ):
        plain = say(unchanged, unchanged)  # no name, the name heard right, words that only look like it
        assert plain["person_response"] == unchanged and "original_transcript" not in plain["data"], plain


def test_a_spoken_answer_keeps_what_whisper_decoded_when_and_only_when_a_name_changed_it(
    api: Api, speech_dir: Path
) -> None:
    """Real Whisper, end to end, whatever words this CPU's tiny.en hears (it hears "Featherstone" as
    "Elberstone" on one CPU and right on another): the answer is the decoded words with the session's names
    snapped, and the decoded words are its original transcript when, and only when, the two differ. What was
    decoded is read from the same model without snapping, on the same audio with the same names."""
    person = new_person(api, "Rosa")
    session = new_session(api, person=person)
    api.ok("PATCH", f"/sessions/{session['id']}/interactions/1", json={"mentions_people": ["Featherstone"]})
    names = ["Rosa", "Featherstone"]  # as the server hears with them: the person, then the people mentioned
    sentence = "Our landlady, Mrs. Featherstone, played the organ on Sundays."
    wav = to_wav(silence(0.5) + speech_pcm(sentence, speech_dir, speed=SLOW) + silence(0.5))
    response = api.client.post(f"/sessions/{session['id']}/audio", files={"file": ("a.wav", wav, "audio/wav")})
    assert response.status_code == 200, response.text
    (answer,) = voice_answers(transcript(api, session["id"]))

    stt = Settings().stt
    plain = Transcriber(replace(stt.config(), snap_names=False))
    decoded = plain.transcribe_blocking(decode(wav, stt.limits()), hotwords=hotwords(names))
    assert decoded.text and decoded.heard is None
    assert answer["person_response"] == " ".join(snap(s.text, names) for s in decoded.segments if s.text)
    if decoded.text == answer["person_response"]:
        assert "original_transcript" not in answer["data"], answer
    else:
        assert answer["data"]["original_transcript"] == decoded.text, answer


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
