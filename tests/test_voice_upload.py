"""Recorded answers over HTTP: ``POST /sessions/{id}/audio`` and the OpenAI-compatible endpoint.

Real speech (espeak-ng) in every container a browser or phone sends, decoded and
transcribed by the bundled model on a live server, on every engine.
"""

from __future__ import annotations

import io
import uuid
import wave
from pathlib import Path
from typing import Any

import httpx
import openai
import pytest
from sqlalchemy import func, select

from audio.pcm import decode, to_wav
from db.models import AudioClip
from tests.known_words import KnownWords, known_api, known_words, known_words_servers
from tests.speech import NAMED, SENTENCES, SLOW, silence, speech_pcm, white_noise, word_error_rate
from tests.support import Api
from tests.turns_support import assert_error, new_session, second_account, transcript
from tests.voice_support import FORMATS, encode, speech_dir, voice_answers

__all__ = ["known_api", "known_words", "known_words_servers", "speech_dir"]  # fixtures

SENTENCE = SENTENCES[2]  # "We moved to Boston when I was seven years old."
MAX_WER = 0.35  # tiny.en on espeak's voice: a word or two may be off


def upload(api: Api | Any, session_id: str, data: bytes, fmt: str = "wav", **kwargs: Any) -> httpx.Response:
    _, _, _, mime, name = FORMATS[fmt]
    return api.client.post(f"/sessions/{session_id}/audio", files={"file": (name, data, mime)}, **kwargs)


def clip_rows(api: Api, session_id: str) -> int:
    async def count(db: Any) -> int:
        return await db.scalar(
            select(func.count()).select_from(AudioClip).where(AudioClip.session_id == uuid.UUID(session_id))
        )

    return api.db.run(count)


@pytest.mark.parametrize("fmt", list(FORMATS))
def test_recorded_answer_becomes_a_voice_turn_with_its_audio(api: Api, speech_dir: Path, fmt: str) -> None:
    session = new_session(api)
    recording = encode(silence(0.3) + speech_pcm(SENTENCE, speech_dir) + silence(0.5), fmt)

    response = upload(api, session["id"], recording, fmt)

    assert response.status_code == 200, response.text
    body = response.json()
    heard = body["transcript"]
    assert word_error_rate(SENTENCE, heard["text"]) <= MAX_WER, heard
    assert 0 < heard["confidence"] <= 1 and heard["language"] == "en"
    assert 3.0 < heard["duration_seconds"] < 4.0
    assert 0 <= heard["start"] < heard["end"] <= heard["duration_seconds"]
    assert heard["transcription_ms"] > 0
    # The turn: the person's voice answer, then the interviewer's next question.
    answer, prompt = body["interactions"]
    assert answer["person_response"] == heard["text"] and answer["response_method"] == "voice"
    assert answer["transcript_confidence"] == heard["confidence"]
    assert answer["duration_seconds"] == pytest.approx(heard["duration_seconds"], abs=0.01)
    assert answer["data"]["timings"]["transcription_ms"] == heard["transcription_ms"]
    assert answer["data"]["timings"]["decode_ms"] >= 0
    assert body["reply"] and prompt["agent_prompt"] == body["reply"] and prompt["interaction_type"] == "prompt"
    assert body["status"] == "in_progress"

    # The answer points at its audio, and the audio back at the answer.
    reference = answer["data"]["audio"]
    assert reference["clip_id"] == body["audio_clip_id"] and reference["source"] == "upload"
    assert (reference["start"], reference["end"]) == (heard["start"], heard["end"])
    clips = api.ok("GET", f"/sessions/{session['id']}/audio")["items"]
    assert len(clips) == 1
    clip = clips[0]
    assert clip["id"] == body["audio_clip_id"] and clip["interaction_id"] == answer["id"]
    assert clip["sequence"] == answer["sequence"] and clip["source"] == "upload"
    assert clip["mime_type"] == FORMATS[fmt][3] and clip["size_bytes"] == len(recording)
    stored = api.client.get(f"/sessions/{session['id']}/audio/{clip['id']}")
    assert stored.status_code == 200 and stored.content == recording
    assert stored.headers["content-type"].startswith(FORMATS[fmt][3])

    # The session's transcript has it too.
    (voice,) = voice_answers(transcript(api, session["id"]))
    assert voice["id"] == answer["id"] and voice["person_response"] == heard["text"]


def words(text: str) -> set[str]:
    return set(text.replace(".", " ").replace(",", " ").split())


def test_a_recorded_answer_is_heard_with_the_names_the_session_knows(api: Api, speech_dir: Path) -> None:
    """The upload is biased with the session's names, as the voice socket is (alone, tiny.en hears "My cousin,
    she won't live by the harbor in Kailarney" on some CPUs; which names it mishears differs by CPU, so what
    reaches the recogniser is asserted with known words below)."""
    sentence, (person, place) = NAMED[0]
    recording = to_wav(silence(0.3) + speech_pcm(sentence, speech_dir, speed=SLOW) + silence(0.5))
    session = new_session(api, person=api.ok("POST", "/people", json={"display_name": person}))
    api.ok("PATCH", f"/sessions/{session['id']}/interactions/1", json={"mentions_places": [place]})
    known = upload(api, session["id"], recording)
    assert known.status_code == 200, known.text
    assert {person, place} <= words(known.json()["transcript"]["text"]), known.json()["transcript"]


def test_recordings_reach_the_recogniser_with_the_names_the_session_knows(
    known_api: Api, known_words: KnownWords, speech_dir: Path
) -> None:
    """What the names tests hear with, whatever Whisper makes of it (tests/known_words.py: its words differ by
    CPU): a transcription for a session, or with a prompt, and an upload to a session give the recogniser the
    session's names (the person, then the people and places recorded) and the prompt's; no session, none."""
    sentence, (person, place) = NAMED[0]
    recording = to_wav(silence(0.3) + speech_pcm(sentence, speech_dir) + silence(0.5))
    known_words.words = sentence
    session = new_session(known_api, person=known_api.ok("POST", "/people", json={"display_name": person}))
    known_api.ok("PATCH", f"/sessions/{session['id']}/interactions/1", json={"mentions_places": [place]})
    client = openai.OpenAI(base_url=known_api.base_url + "/api/v1", api_key=known_api.token, max_retries=0)
    for extra in ({}, {"extra_query": {"session_id": session["id"]}}, {"prompt": "Ezekiel"}):
        client.audio.transcriptions.create(model="whisper-1", file=("a.wav", recording, "audio/wav"), **extra)
    for session_id in (session["id"], new_session(known_api)["id"]):  # the second one's person is Rosa
        answer = upload(known_api, session_id, recording)
        assert answer.status_code == 200 and answer.json()["transcript"]["text"] == sentence, answer.text
    assert known_words.names == [None, f"{person}, {place}", "Ezekiel", f"{person}, {place}", "Rosa"]


def test_a_session_mixes_typed_and_spoken_answers(api: Api, speech_dir: Path) -> None:
    session = new_session(api)
    api.ok("POST", f"/sessions/{session['id']}/turns", json={"text": "I grew up in a small town by the sea."})
    spoken = upload(api, session["id"], to_wav(speech_pcm(SENTENCES[1], speech_dir)))
    assert spoken.status_code == 200, spoken.text
    api.ok("POST", f"/sessions/{session['id']}/turns", json={"text": "She was called Maria."})
    methods = [
        (i["response_method"], i["person_response"]) for i in transcript(api, session["id"]) if i["response_method"]
    ]
    assert [m for m, _ in methods] == ["text", "voice", "text"]
    assert word_error_rate(SENTENCES[1], methods[1][1]) <= MAX_WER


def test_a_retried_upload_with_an_idempotency_key_is_one_turn(api: Api, speech_dir: Path) -> None:
    session = new_session(api)
    wav = to_wav(speech_pcm(SENTENCES[0], speech_dir))
    first = upload(api, session["id"], wav, headers={"Idempotency-Key": "answer-1"})
    again = upload(api, session["id"], wav, headers={"Idempotency-Key": "answer-1"})
    assert first.status_code == again.status_code == 200
    assert again.json() == first.json()
    assert len(voice_answers(transcript(api, session["id"]))) == 1
    assert clip_rows(api, session["id"]) == 1


def _bad_inputs(speech_dir: Path, limit: int) -> list[tuple[str, bytes, str, int, str]]:
    speech = speech_pcm(SENTENCE, speech_dir)
    ogg = encode(speech, "ogg-opus")
    long_wav = _wav(b"\0\0" * (8_000 * 601), 8_000)  # 9.6 MB: under the size limit, over the duration one
    return [
        # name, bytes, declared format, status, reason
        ("empty file", b"", "wav", 422, "empty"),
        ("text, not audio", b"this is not audio at all " * 40, "wav", 415, "unsupported"),
        ("an image", b"\x89PNG\r\n\x1a\n" + b"\0" * 200, "wav", 415, "unsupported"),
        ("truncated OGG", ogg[: len(ogg) // 3], "ogg-opus", 422, "corrupt"),
        ("header without samples", to_wav(speech)[:44], "wav", 422, "empty"),
        ("silence", to_wav(silence(3)), "wav", 422, "no_speech"),
        ("noise", to_wav(white_noise(3)), "wav", 422, "no_speech"),
        ("601 s of audio", long_wav, "wav", 422, "too_long"),
        (
            "one byte over the limit",
            to_wav(speech) + b"\0" * (limit - len(to_wav(speech)) + 1),
            "wav",
            413,
            "too_large",
        ),
    ]


def _wav(pcm16: bytes, rate: int) -> bytes:
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(rate)
        out.writeframes(pcm16)
    return buffer.getvalue()


def test_bad_recordings_are_clear_errors_and_store_nothing(api: Api, speech_dir: Path) -> None:
    session = new_session(api)
    before = transcript(api, session["id"])
    limit = 25_000_000  # STORYLOOM_STT_MAX_UPLOAD_BYTES default
    for name, data, fmt, status, reason in _bad_inputs(speech_dir, limit):
        response = upload(api, session["id"], data, fmt)
        body = assert_error(response, status)
        assert body["extra"]["reason"] == reason, (name, body)
        assert body["detail"], name
    # A body far past the limit is refused while it is read (Litestar's own 413).
    huge = api.client.post(
        f"/sessions/{session['id']}/audio", files={"file": ("big.wav", b"\0" * (limit + 200_000), "audio/wav")}
    )
    assert_error(huge, 413)
    # No file field at all: a validation error naming it.
    missing = api.client.post(f"/sessions/{session['id']}/audio", files={"other": ("a.wav", b"x", "audio/wav")})
    assert missing.status_code == 400 and "file" in missing.text
    # Not multipart at all.
    assert api.client.post(f"/sessions/{session['id']}/audio", json={"file": "x"}).status_code == 400

    # Nothing was stored, and the server still answers.
    assert transcript(api, session["id"]) == before
    assert api.ok("GET", f"/sessions/{session['id']}/audio")["items"] == []
    assert clip_rows(api, session["id"]) == 0
    assert upload(api, session["id"], to_wav(speech_pcm(SENTENCE, speech_dir))).status_code == 200


def test_an_answer_to_a_closed_session_stores_no_audio(api: Api, speech_dir: Path) -> None:
    session = new_session(api)
    api.ok("POST", f"/sessions/{session['id']}/cancel", json={})
    response = upload(api, session["id"], to_wav(speech_pcm(SENTENCE, speech_dir)))
    assert_error(response, 409, "cancelled")
    assert clip_rows(api, session["id"]) == 0


def test_deleting_the_session_deletes_its_audio(api: Api, speech_dir: Path) -> None:
    session = new_session(api)
    body = upload(api, session["id"], to_wav(speech_pcm(SENTENCE, speech_dir))).json()
    assert clip_rows(api, session["id"]) == 1
    assert api.client.delete(f"/sessions/{session['id']}").status_code == 204
    assert clip_rows(api, session["id"]) == 0
    assert_error(api.client.get(f"/sessions/{session['id']}/audio/{body['audio_clip_id']}"), 404)


def test_another_accounts_session_and_audio_are_not_found(api: Api, speech_dir: Path) -> None:
    session = new_session(api)
    body = upload(api, session["id"], to_wav(speech_pcm(SENTENCE, speech_dir))).json()
    with second_account(api) as other:
        assert_error(upload(other, session["id"], to_wav(speech_pcm(SENTENCE, speech_dir))), 404, "not found")
        assert_error(other.client.get(f"/sessions/{session['id']}/audio"), 404)
        assert_error(other.client.get(f"/sessions/{session['id']}/audio/{body['audio_clip_id']}"), 404)
        own = new_session(other)
        # Another session's clip id under one's own session: still not found.
        assert_error(other.client.get(f"/sessions/{own['id']}/audio/{body['audio_clip_id']}"), 404)
    assert clip_rows(api, session["id"]) == 1
    anonymous = httpx.post(
        f"{api.base_url}/api/v1/sessions/{session['id']}/audio", files={"file": ("a.wav", b"RIFF", "audio/wav")}
    )
    assert anonymous.status_code == 401


# --- OpenAI-compatible transcription ----------------------------------------------------


@pytest.fixture
def client(api: Api) -> openai.OpenAI:
    return openai.OpenAI(base_url=api.base_url + "/api/v1", api_key=api.token, max_retries=0, timeout=60)


def test_openai_client_transcribes_in_every_response_format(client: openai.OpenAI, speech_dir: Path) -> None:
    wav = to_wav(silence(0.3) + speech_pcm(SENTENCE, speech_dir) + silence(0.3))

    plain = client.audio.transcriptions.create(model="whisper-1", file=("a.wav", wav, "audio/wav"))
    assert word_error_rate(SENTENCE, plain.text) <= MAX_WER

    text = client.audio.transcriptions.create(
        model="whisper-1", file=("a.wav", wav, "audio/wav"), response_format="text"
    )
    assert isinstance(text, str) and text.strip() == plain.text

    verbose = client.audio.transcriptions.create(
        model="whisper-1",
        file=("a.mp3", encode(decode(wav), "mp3"), "audio/mpeg"),
        response_format="verbose_json",
        language="en",
    )
    assert word_error_rate(SENTENCE, verbose.text) <= MAX_WER
    assert verbose.language == "en" and 3.0 < verbose.duration < 4.0
    assert verbose.segments and verbose.segments[0].start >= 0
    assert verbose.segments[-1].end <= verbose.duration + 0.05
    assert " ".join(s.text for s in verbose.segments) == verbose.text
    assert all(-5 < s.avg_logprob <= 0 and 0 <= s.no_speech_prob <= 1 for s in verbose.segments)


def test_openai_transcription_hears_a_sessions_names_and_the_prompt(
    client: openai.OpenAI, api: Api, speech_dir: Path
) -> None:
    sentence, (person, place) = NAMED[1]  # tiny.en alone, on some CPUs: "to his E. Keel … in Winapag"
    wav = to_wav(silence(0.3) + speech_pcm(sentence, speech_dir, speed=SLOW) + silence(0.3))
    session = new_session(api, person=api.ok("POST", "/people", json={"display_name": person}))
    api.ok("PATCH", f"/sessions/{session['id']}/interactions/1", json={"mentions_places": [place]})
    biased = client.audio.transcriptions.create(
        model="whisper-1", file=("a.wav", wav, "audio/wav"), extra_query={"session_id": session["id"]}
    )
    assert {person, place} <= words(biased.text), biased.text
    prompted = client.audio.transcriptions.create(
        model="whisper-1", file=("a.wav", wav, "audio/wav"), prompt=f"{person}, {place}"
    )
    assert {person, place} <= words(prompted.text), prompted.text

    with second_account(api) as other, pytest.raises(openai.NotFoundError):  # another account's session
        stranger = openai.OpenAI(base_url=api.base_url + "/api/v1", api_key=other.token, max_retries=0)
        stranger.audio.transcriptions.create(
            model="whisper-1", file=("a.wav", wav, "audio/wav"), extra_query={"session_id": session["id"]}
        )
    with pytest.raises(openai.BadRequestError) as malformed:
        client.audio.transcriptions.create(
            model="whisper-1", file=("a.wav", wav, "audio/wav"), extra_query={"session_id": "not-a-uuid"}
        )
    assert "session_id" in malformed.value.response.text


def test_openai_endpoint_errors(client: openai.OpenAI, api: Api) -> None:
    silent = client.audio.transcriptions.create(model="whisper-1", file=("s.wav", to_wav(silence(2)), "audio/wav"))
    assert silent.text == ""  # as OpenAI answers silence
    with pytest.raises(openai.APIStatusError) as unsupported:
        client.audio.transcriptions.create(model="whisper-1", file=("a.txt", b"not audio" * 50, "text/plain"))
    assert unsupported.value.status_code == 415
    with pytest.raises(openai.UnprocessableEntityError) as language:
        client.audio.transcriptions.create(
            model="whisper-1", file=("s.wav", to_wav(silence(1)), "audio/wav"), language="fr"
        )
    assert "language" in language.value.response.text
    with pytest.raises(openai.BadRequestError):
        client.audio.transcriptions.create(
            model="whisper-1", file=("s.wav", to_wav(silence(1)), "audio/wav"), response_format="srt"
        )
    anonymous = openai.OpenAI(base_url=api.base_url + "/api/v1", api_key="sl_not-a-token", max_retries=0)
    with pytest.raises(openai.AuthenticationError):
        anonymous.audio.transcriptions.create(model="whisper-1", file=("s.wav", to_wav(silence(1)), "audio/wav"))


def test_every_app_in_the_process_shares_one_loaded_model(servers: dict[str, Any]) -> None:
    from dataclasses import replace

    from audio.transcribe import SttConfig, Transcriber

    loaded = [server.server.config.app.state.transcriber._model for server, _ in servers.values()]
    assert all(model is not None for model in loaded)  # loaded at start-up …
    models = {id(model) for model in loaded}
    assert len(models) == 1  # … once for every app in the process
    same = Transcriber(SttConfig())
    same.load()
    assert id(same._model) in models
    other = Transcriber(replace(SttConfig(), cpu_threads=1))  # another model configuration: its own model
    other.load()
    assert id(other._model) not in models


def test_uploads_use_the_upload_model_when_it_is_there_else_the_live_one_with_a_log_line(
    tmp_path: Path, speech_dir: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """``STORYLOOM_STT_UPLOAD_MODEL``: a model for recordings; one not installed falls back to the live model."""
    import asyncio
    import logging
    from dataclasses import replace

    from litestar.datastructures import State

    from api.controllers.audio import upload_transcriber
    from api.settings import Settings
    from audio.transcribe import Transcriber, default_model_dir

    live = Transcriber()
    settings = Settings.from_env({"STORYLOOM_STT_UPLOAD_MODEL": "base", "STORYLOOM_MODEL_CACHE": str(tmp_path)})
    missing = State({"settings": settings, "transcriber": live})
    with caplog.at_level(logging.WARNING, logger="api.controllers.audio"):
        assert asyncio.run(upload_transcriber(missing)) is live
        assert asyncio.run(upload_transcriber(missing)) is live
    warnings = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert len(warnings) == 1 and "storyloom speech install whisper-base" in warnings[0], warnings

    # A model directory that is there (here a copy of the bundled one's path): uploads get their own transcriber.
    there = State({"settings": replace(settings, stt=replace(settings.stt, upload_model=str(default_model_dir()))),
                   "transcriber": live})  # fmt: skip
    chosen = asyncio.run(upload_transcriber(there))
    assert chosen is not live and chosen.model_dir == default_model_dir() and chosen.loaded
    assert asyncio.run(upload_transcriber(there)) is chosen
    heard = asyncio.run(chosen.transcribe(silence(0.3) + speech_pcm(SENTENCE, speech_dir) + silence(0.5)))
    assert word_error_rate(SENTENCE, heard.text) <= MAX_WER, heard.text
    assert Settings.from_env({}).stt.upload_config() is None  # unset: uploads use the live model

    # Two first uploads at once load the model once (models load once per process).
    racing = State({"settings": there.settings, "transcriber": live})

    async def both() -> list[Transcriber]:
        return list(await asyncio.gather(upload_transcriber(racing), upload_transcriber(racing)))

    first, second = asyncio.run(both())
    assert first is second and first.loaded
