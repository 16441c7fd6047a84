"""Words resumed after a cut turn go on its answer (issue 11): ``api.voice_join``, ``db.services.rejoin``.

A slow speaker pauses after a whole clause; the end-of-turn model (scripted here: it calls every pause
finished, as Smart Turn does after a clause) ends the turn, and it is stored and replied to. Speech resumed
within the join window (``end_silence_ms`` of the stream's own time, no clock) is joined: one stored answer
(the whole utterance, both halves kept), one reply (the first withdrawn, its words kept). Speech after the
window, after a typed answer or an explicit end, or after the person answered the new question elsewhere,
stays an answer of its own; nothing acknowledged is lost.

The recogniser's words are set (``tests/known_words.py``): what is tested is what the app does with them.
"""

from __future__ import annotations

import asyncio
import uuid
from pathlib import Path
from typing import Any

import pytest

from api.controllers import voice as voice_controller
from api.voice_join import JoinWindow, answer_of, goes_on
from audio.vad import Utterance
from db.services.rejoin import joined_text, withdrawable
from tests.known_words import KnownWords, known_api, known_words, known_words_servers
from tests.speech import SLOW, silence, speech_pcm
from tests.support import Api
from tests.test_voice_ws import SocketTurn
from tests.turns_support import new_session, transcript
from tests.voice_support import open_voice, speech_dir, utterance, voice_answers

__all__ = ["known_api", "known_words", "known_words_servers", "speech_dir"]  # fixtures

# (what is spoken, what the recogniser hears) for each half: a clause, then what goes on it.
HALVES = [
    (
        ("My grandmother came from Krakow", "My grandmother came from Kraków."),
        ("with her two sisters", "With her two sisters."),
    ),
    (
        ("We sailed from Bergen in the spring", "We sailed from Bergen in the spring."),
        ("and landed in Halifax", "And landed in Halifax."),
    ),
]


def run(coro: Any) -> Any:
    return asyncio.run(asyncio.wait_for(coro, timeout=120))


@pytest.fixture
def cutting(monkeypatch: pytest.MonkeyPatch) -> SocketTurn:
    """The end-of-turn model calls every pause finished: the pause after the first clause ends the turn."""
    turn = SocketTurn(always=0.97)
    monkeypatch.setattr(voice_controller, "turn_model", lambda stt: turn)
    return turn


async def _first_half(api: Api, session: dict[str, Any], words: KnownWords, said: tuple[str, str], directory: Path):  # type: ignore[no-untyped-def]
    voice = await open_voice(api, session["id"])
    await voice.wait_for("ready")
    words.words = said[1]
    await voice.send_pcm(silence(0.5) + speech_pcm(said[0], directory, speed=SLOW) + silence(1.0))
    first = await voice.wait_for("reply", turn=1)  # cut: stored and replied to
    return voice, first


@pytest.mark.parametrize("halves", HALVES, ids=["krakow", "bergen"])
def test_speech_resumed_within_the_window_is_one_answer_with_one_reply(
    known_api: Api, known_words: KnownWords, speech_dir: Path, cutting: SocketTurn, halves: Any
) -> None:
    api = known_api
    session = new_session(api)
    (first_said, first_heard), (second_said, second_heard) = halves

    async def talk() -> Any:
        voice, first = await _first_half(api, session, known_words, (first_said, first_heard), speech_dir)
        known_words.words = second_heard
        await voice.send_pcm(silence(0.8) + utterance(second_said, speech_dir, lead=0.0, speed=SLOW))
        second = await voice.wait_for("reply", turn=2)
        await voice.close()
        return voice, first, second

    voice, first, second = run(talk())
    assert not voice.of("error"), voice.summary()
    assert [t["text"] for t in voice.of("transcript")] == [first_heard, second_heard]  # each half as heard, live
    assert second["replaces"] == 1 and "replaces" not in first
    first_answer, first_reply = first["result"]["interactions"]
    answer, reply = second["result"]["interactions"]
    whole = joined_text(first_heard, second_heard)
    assert whole == f"{first_heard[:-1]} {second_heard[0].lower()}{second_heard[1:]}"  # one sentence
    assert answer["id"] == first_answer["id"] and answer["person_response"] == whole
    joined = answer["data"]["joined"]
    assert [p["text"] for p in joined["parts"]] == [first_heard, second_heard]  # both halves kept as heard
    assert joined["withdrawn_replies"] == [{"sequence": first_reply["sequence"], "text": first["text"]}]
    assert reply["sequence"] == first_reply["sequence"] == answer["sequence"] + 1  # the reply takes its place

    # Stored: one spoken answer (the whole), one reply after it, numbers without a gap, both recordings kept.
    items = transcript(api, session["id"])
    assert [i["sequence"] for i in items] == list(range(1, len(items) + 1))
    (stored,) = voice_answers(items)
    assert stored["person_response"] == whole and items[-1]["sequence"] == reply["sequence"]
    assert items[-1]["agent_prompt"] == second["text"] and items[-1]["person_response"] is None
    assert sum(1 for i in items if i["agent_prompt"] == first["text"]) == (first["text"] == second["text"])
    clips = api.ok("GET", f"/sessions/{session['id']}/audio")["items"]
    assert len(clips) == 2 and {c["interaction_id"] for c in clips} == {answer["id"]}
    assert stored["data"]["audio"] == first_answer["data"]["audio"]  # the answer's recording: the first half's
    assert {joined["parts"][1]["data"]["audio"]["clip_id"], stored["data"]["audio"]["clip_id"]} == {
        c["id"] for c in clips
    }


@pytest.mark.parametrize("between", ["window passed", "typed", "end", "answered elsewhere"])
def test_speech_after_the_window_or_after_an_answer_stays_an_answer_of_its_own(
    known_api: Api, known_words: KnownWords, speech_dir: Path, cutting: SocketTurn, between: str
) -> None:
    """Past the window (3.5 s of silence), after a typed answer or ``{"type": "end"}`` on the socket, or after
    the person answered the new question elsewhere (the page's form: the database refuses the join): two
    answers, each with its reply, the first exactly as it was stored."""
    api = known_api
    session = new_session(api)
    (first_said, first_heard), (second_said, second_heard) = HALVES[0]

    async def talk() -> Any:
        voice, first = await _first_half(api, session, known_words, (first_said, first_heard), speech_dir)
        gap = 0.8
        if between == "window passed":
            gap = 2.5  # 1.0 + 2.5 s: longer than the 3 s end silence
        elif between == "typed":
            await voice.send_json({"type": "text", "text": "She was a seamstress."})
            await voice.wait_for("reply", turn=2)
        elif between == "end":
            await voice.send_json({"type": "end"})
        else:
            response = api.client.post(f"/sessions/{session['id']}/turns", json={"text": "She was a seamstress."})
            assert response.status_code == 200, response.text
        known_words.words = second_heard
        await voice.send_pcm(silence(gap) + utterance(second_said, speech_dir, lead=0.0, speed=SLOW))
        last = await voice.wait_for("reply", turn=3 if between == "typed" else 2)
        await voice.close()
        return voice, first, last

    voice, first, last = run(talk())
    assert not voice.of("error"), voice.summary()
    assert "replaces" not in last
    spoken = voice_answers(transcript(api, session["id"]))
    assert [a["person_response"] for a in spoken] == [first_heard, second_heard]
    assert "joined" not in spoken[0]["data"] and "joined" not in spoken[1]["data"]
    assert spoken[0]["id"] == first["result"]["interactions"][0]["id"]
    assert any(i["agent_prompt"] == first["text"] for i in transcript(api, session["id"]))  # never withdrawn


@pytest.mark.parametrize(
    "heard",
    [
        ("My sister Halina came from Kraków.", "With her two daughters."),
        ("Uncle Bolesław drove the tram in Łódź.", "Until the war came."),
    ],
    ids=["halina", "boleslaw"],
)
def test_a_reply_that_marked_an_indicator_stays_and_the_words_that_went_on_are_an_answer_of_their_own(
    known_api: Api, known_words: KnownWords, speech_dir: Path, cutting: SocketTurn, heard: tuple[str, str]
) -> None:
    """The reply to the first half marked a success indicator on those words alone: it is never withdrawn
    (``withdrawable``), so the speech resumed within the window is stored and replied to on its own, the
    mark and its evidence as they were."""
    api = known_api
    session = new_session(api, success_indicators=["Names the people of the family"])
    (first_said, _), (second_said, _) = HALVES[0]

    async def talk() -> Any:
        voice, first = await _first_half(api, session, known_words, (first_said, heard[0]), speech_dir)
        known_words.words = heard[1]
        await voice.send_pcm(silence(0.8) + utterance(second_said, speech_dir, lead=0.0, speed=SLOW))
        second = await voice.wait_for("reply", turn=2)
        await voice.close()
        return voice, first, second

    voice, first, second = run(talk())
    assert not voice.of("error"), voice.summary()
    assert first["result"]["indicators"], "the first reply marks the indicator"  # the case under test
    assert "replaces" not in second
    items = transcript(api, session["id"])
    assert [a["person_response"] for a in voice_answers(items)] == list(heard)
    assert any(i["agent_prompt"] == first["text"] for i in items)  # never withdrawn
    (indicator,) = api.ok("GET", f"/sessions/{session['id']}")["success_indicators"]
    assert indicator["met"] and indicator["evidence"] == first["result"]["indicators"][0]["evidence"]


# Rich first halves (a scene the interviewer saves as an artifact at once) and the words that went on.
SCENES = [
    (
        "At dawn my father pushed the red and yellow canoe into the cold grey sea at Elmina, and the smell "
        "of smoked fish and salt hung over the beach while the drums called the men.",
        "With my uncle Kwame beside him.",
    ),
    (
        "Every winter evening Babcia lit the tiled stove in the kitchen in Zakopane, the room smelled of "
        "pine smoke and poppy seed cake, and the frost crackled on the little window.",
        "While we sang carols.",
    ),
]


async def _artifact_events(db: Any, session_id: str) -> list[dict[str, Any]]:
    from sqlalchemy import select

    from db.models import Event

    # this session's events only: the suite shares the database, and other tests' events may hold other payloads
    # (an event whose artifact a privacy change deleted keeps no "artifact", db.services.records)
    rows = await db.scalars(
        select(Event).where(Event.type == "artifact.created", Event.session_id == uuid.UUID(session_id))
    )
    return [e.payload["artifact"] for e in rows]


@pytest.mark.parametrize("sent", [False, True], ids=["not yet sent", "sent"])
@pytest.mark.parametrize("heard", SCENES, ids=["elmina", "zakopane"])
def test_the_artifact_events_of_a_withdrawn_reply_go_with_its_artifacts(
    known_api: Api, known_words: KnownWords, speech_dir: Path, cutting: SocketTurn, heard: Any, sent: bool
) -> None:
    """The reply to the first half saved a scene (an artifact and its ``artifact.created`` event); the join
    deletes that artifact. Its event goes with it if no webhook was sent it yet; one already fanned out to
    the webhooks stays, its artifact marked withdrawn. No event is left naming a deleted artifact as made."""
    from db.services.outbox import dispatch

    api = known_api
    session = new_session(api)
    (first_said, _), (second_said, _) = HALVES[0]

    async def talk() -> Any:
        voice, first = await _first_half(api, session, known_words, (first_said, heard[0]), speech_dir)
        if sent:  # the worker fanned the event out before the person went on
            api.db.run(lambda db: _dispatched(db, dispatch, api.clock()))
        known_words.words = heard[1]
        await voice.send_pcm(silence(0.8) + utterance(second_said, speech_dir, lead=0.0, speed=SLOW))
        second = await voice.wait_for("reply", turn=2)
        await voice.close()
        return voice, first, second

    voice, first, second = run(talk())
    assert not voice.of("error"), voice.summary()
    made = {a["id"] for a in first["result"]["artifacts"]}
    assert made, "the first reply saves a scene"  # the case under test
    assert second["replaces"] == 1
    kept = {a["id"] for a in api.ok("GET", f"/sessions/{session['id']}/artifacts")["items"]}
    assert not made & kept  # the withdrawn reply's artifacts are gone
    events = api.db.run(lambda db: _artifact_events(db, session["id"]))
    withdrawn = [e for e in events if e["id"] in made]
    assert all(e.get("withdrawn") for e in withdrawn) and len(withdrawn) == (len(made) if sent else 0)
    assert {e["id"] for e in events if not e.get("withdrawn")} <= kept


async def _dispatched(db: Any, dispatch: Any, now: Any) -> int:
    """Every pending event fanned out, this session's among them: in the full suite other tests leave events
    pending in the shared database, more than one batch of them."""
    handled = total = await dispatch(db, now, limit=100)
    await db.commit()
    while handled:
        handled = await dispatch(db, now, limit=100)
        await db.commit()
        total += handled
    return total


# --- the rules, without a socket -----------------------------------------------------------


def _u(start: float, end: float) -> Utterance:
    return Utterance(start, end, start, b"")


def test_the_join_window_is_the_stream_time_between_the_last_word_and_the_next() -> None:
    window = JoinWindow(3.0)
    assert window.spoken(1, _u(0.5, 2.4)) is None  # nothing before
    assert window.spoken(2, _u(4.0, 5.0)) == 1  # 1.6 s of silence
    assert window.spoken(3, _u(7.9, 9.0)) == 2  # 2.9 s: still under the 3 s end silence
    assert window.spoken(4, _u(12.0, 13.0)) is None  # 3.0 s: the long silence ended it
    window.close()  # a typed answer, or the client's end
    assert window.spoken(5, _u(13.5, 14.0)) is None
    assert window.spoken(6, _u(14.1, 15.0)) == 5
    assert goes_on(2.0, 2.0, 3.0) and not goes_on(2.0, 1.9, 3.0) and not goes_on(2.0, 5.5, 3.0)


@pytest.mark.parametrize(
    ("first", "second", "whole"),
    [
        (
            "My grandmother came from Kraków.",
            "With her two sisters.",
            "My grandmother came from Kraków with her two sisters.",
        ),
        ("We sailed from Bergen.", "And landed in Halifax.", "We sailed from Bergen and landed in Halifax."),
        (
            "Dad worked at the mill.",
            "Because the farm had failed.",
            "Dad worked at the mill because the farm had failed.",
        ),
        ("Oma lived in Groningen.", "Until the war came.", "Oma lived in Groningen until the war came."),
        # Whisper's own lower case says it goes on, whatever the word (the joe voice's held-out cuts).
        ("My Aunt Margaret ran a shop.", "behind the bakery.", "My Aunt Margaret ran a shop behind the bakery."),
        (
            "Cousin Dimitri fixed radios.",
            "mostly for the neighbours.",
            "Cousin Dimitri fixed radios mostly for the neighbours.",
        ),
        ("We spent the war years.", "Near Aberystwyth.", "We spent the war years near Aberystwyth."),
        # Look-alikes: a second half that reads as a sentence of its own (a name, "I", a pronoun) keeps its
        # capital and the stop stays.
        (
            "Baba Yetunde sold cloth in Ibadan.",
            "Her stall was by the gate.",
            "Baba Yetunde sold cloth in Ibadan. Her stall was by the gate.",
        ),
        ("We moved to Lagos.", "Tunde was born there.", "We moved to Lagos. Tunde was born there."),
        ("It was 1956.", "I was nine.", "It was 1956. I was nine."),
        ("And then...", "With nothing.", "And then... With nothing."),
        ("We waited", "for the ferry.", "We waited for the ferry."),
    ],
)
def test_two_halves_read_as_one_answer(first: str, second: str, whole: str) -> None:
    assert joined_text(first, second) == whole


def test_a_reply_that_scheduled_or_proposed_something_is_never_withdrawn() -> None:
    assert withdrawable({"artifacts": [{"id": "x"}], "notes": [{"id": "n"}], "indicators": [], "topics_linked": ["t"]})
    assert not withdrawable({"followup_session_id": "f"})
    assert not withdrawable({"proposed_end": "the story is told"})
    assert not withdrawable({"items": [{"id": "1"}]})
    voice = {"sequence": 4, "person_response": "We sailed.", "response_method": "voice"}
    assert answer_of({"interactions": [voice, {"sequence": 5, "agent_prompt": "Where to?"}]}) == voice
    assert answer_of({"interactions": [{"sequence": 4, "person_response": "typed", "response_method": "text"}]}) is None


@pytest.mark.parametrize(
    "marked",
    [
        # "I finished the book." … "the first chapter, I mean": met on the first half alone.
        [{"which": "completion", "index": 0, "met": True, "evidence": "I finished the book."}],
        # "We practised every day." … "until I was ill": a success indicator, another index.
        [{"which": "success", "index": 2, "met": True, "evidence": "We practised every day."}],
        # Marked not met ("I never went back." … "until 1990, when I took Mum"): a judgement all the same.
        [{"which": "success", "index": 1, "met": False, "evidence": "I never went back."}],
    ],
    ids=["completion met", "success met", "marked not met"],
)
def test_a_reply_that_marked_an_indicator_is_never_withdrawn(marked: list[dict[str, Any]]) -> None:
    """The mark rests on the first half's words and the redone reply cannot take it back (the interviewer
    marks, it never unmarks): the reply stays and the words that went on are an answer of their own."""
    assert not withdrawable({"interactions": [], "indicators": marked})
    assert not withdrawable({"indicators": marked, "artifacts": [], "notes": [], "topics_linked": []})


@pytest.mark.parametrize(
    "result",
    [
        {"indicators": [], "topics_linked": ["3f0c"], "artifacts": [], "notes": []},  # a topic linked: stays true
        {"indicators": None, "artifacts": [{"id": "a"}], "notes": [{"id": "n"}]},  # deleted with the reply
        {"interactions": [{"sequence": 4, "person_response": "We sailed.", "response_method": "voice"}]},
    ],
    ids=["topic linked", "artifacts and notes", "nothing else"],
)
def test_a_reply_that_marked_nothing_lasting_is_withdrawn(result: dict[str, Any]) -> None:
    assert withdrawable(result)
