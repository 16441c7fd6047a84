"""The review of round 20's practice and indicator rules, by category: a gathering or settling concept only ADDS
readings (a plain religious or family gathering stays met; a wedding party is no religious gathering; a first job in
another city is no settling there); a protest needs a sign of protest (chains, "against", the police carrying US
off), never a crowd or someone else taken away; a close the person asks for is never turned into an offer; sentences
about the item that open with "They" or "My pen" keep their verdict; an excuse followed by a report is a report; the
speaker's own writing outweighs someone else's showing; items said to be in a book are no report; a question on
what X tells about something else asks no meaning."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from agent.guided import item_told
from agent.guided.records import answered_marks
from tests.indicator_support import met
from tests.support import Api
from tests.turns_support import practice_items, question_id, say, template_session


def _asked(aim: str, prompt: str) -> bool:
    ctx = SimpleNamespace(success_indicators=[{"text": aim}], data={"questions": [{"id": 1, "prompt": prompt}]})
    return bool(answered_marks(ctx, prompt, "x", {1: True}))  # type: ignore[arg-type]


RELIGIOUS = "The family's religious gatherings"


@pytest.mark.parametrize(
    "text",
    [
        "Every Sunday we all went to mass together, my grandmother in her black lace.",
        "Friday prayers at the big mosque, my father and all my brothers in a row.",
        "The whole family went to the synagogue for Yom Kippur and fasted.",
        "At Passover the seder was at my grandfather's, the whole family, and he read the Haggadah.",
        "We sang in the church choir every Sunday, the whole family in the second row.",
        "The Ramadan iftar was at my uncle's house, the whole family breaking the fast together.",
        "My mother went to church every Sunday.",
        # the phrases added by round 20 still meet it
        "Every Tuesday the bhajan group sat in a different house, and my aunt cooked for thirty people.",
    ],
)
def test_a_plain_religious_gathering_stays_met(text: str) -> None:
    assert met(RELIGIOUS, text)


@pytest.mark.parametrize(
    ("aim", "text"),
    [
        ("Family gatherings at Christmas", "Every Christmas we all went to my aunt's in Lyon and ate goose."),
        ("Family gatherings", "On Sundays all the cousins came to our house and my mother made a huge pot of soup."),
        ("Family gatherings", "Every summer the whole family met at the lake house, twenty of us."),
    ],
)
def test_a_family_gathering_stays_met(aim: str, text: str) -> None:
    assert met(aim, text)


@pytest.mark.parametrize(
    "text",
    [
        "For my sister's wedding we cooked for forty people, the party went until dawn.",
        "For his fiftieth birthday my husband cooked for forty people in the garden.",
        "We rented a hall for a hundred people for my daughter's engagement.",
        "The union met in a different house every month.",
    ],
)
def test_a_party_or_a_meeting_is_no_religious_gathering(text: str) -> None:
    assert not met(RELIGIOUS, text)


@pytest.mark.parametrize(
    "text",
    [
        "After the final we sat in the street with thousands of people until dawn, singing.",
        "We sat in the square with hundreds of people to hear the band play.",
        "We sat on the road with dozens of people waiting for the bus that never came.",
        "At the festival we sat on the bridge with hundreds of people and ate ice cream.",
        "At the cup final the fans sat in the road with hundreds of people and the police carried them off.",
        "The police dragged them off, two drunk boys from the pub.",
        "In Alta the police carried them off, the drunk fishermen.",
        "The police carried them away in the ambulance after the crash.",
    ],
)
def test_a_crowd_or_someone_else_taken_off_is_no_protest(text: str) -> None:
    assert not met("The Alta protests", text)


@pytest.mark.parametrize(
    "text",
    [
        "I chained myself to the gates with dozens of others at Alta.",
        "At Alta the police came at dawn and carried us away one by one.",
        "In Alta we sat down in the road against the dam, and the police dragged us off.",
    ],
)
def test_a_protest_told_by_its_signs(text: str) -> None:
    assert met("The Alta protests", text)


def test_a_protest_phrase_without_the_aims_place_does_not_meet_it() -> None:
    assert not met("The Alta protests", "The police came at dawn and carried us away one by one.")


@pytest.mark.parametrize(
    ("aim", "text"),
    [
        ("Settling in Auckland", "My first job was in Suva at the post office."),
        ("Settling in Auckland", "Our first house in Suva had a tin roof."),
        ("Settling in Auckland", "The first summer I remember, I was five, at my grandmother's farm."),
        ("Settling in Auckland", "I got a room at a hotel for two nights when I visited Auckland."),
        ("How the family settled in Toronto", "My brother got a job at the bank in Lisbon."),
        ("How the family settled in Toronto", "My daughter bought a house in Lisbon, a lovely old one."),
        ("How the family settled in Toronto", "We went to Toronto for a week to visit my cousin and saw the lake."),
    ],
)
def test_a_first_job_or_home_elsewhere_or_a_visit_is_no_settling(aim: str, text: str) -> None:
    assert not met(aim, text)


@pytest.mark.parametrize(
    ("aim", "text"),
    [
        (
            "How the family settled in Toronto",
            "In Toronto my father found work in a bakery on Queen Street, and we rented two rooms above it.",
        ),
        (
            "Settling in Auckland",
            "We came to Auckland in 1990. Our first flat was damp, and the first winter was cold.",
        ),
        ("Settling in Auckland", "In Auckland we rented a room above a shop in Ponsonby, the first winter."),
        ("How the family settled in Toronto", "Our first flat in Toronto had no furniture, we slept on the floor."),
        (
            "How the family settled in Toronto",
            "In Toronto my uncle started work at a garage and we rented three rooms.",
        ),
    ],
)
def test_settling_in_the_aims_city_stays_met(aim: str, text: str) -> None:
    assert met(aim, text)


MEANS = "Knows what the first word of a botanical name means"


@pytest.mark.parametrize(
    "prompt",
    [
        "In a botanical name, what does the first word tell you about where the plant grows?",
        "In a botanical name, what does the first word tell you about how to pronounce it?",
        "What does the first word of a botanical name indicate about its family?",
    ],
)
def test_what_a_word_tells_of_something_else_asks_no_meaning(prompt: str) -> None:
    assert not _asked(MEANS, prompt)


@pytest.mark.parametrize(
    "prompt",
    [
        "In a botanical name, what does the first word tell you?",
        "What does the first word of a botanical name signify?",
        "What does the first word of a botanical name refer to on a plant label?",
    ],
)
def test_a_meaning_asked_in_other_words_still_asks_it(prompt: str) -> None:
    assert _asked(MEANS, prompt)


# ---- practice: through the API -------------------------------------------------------------------------------------


def _routine(first: str, last: str) -> dict:
    return {
        "name": "Evening",
        "kind": "practice",
        "intention": "Work",
        "completion_indicators": ["All done"],
        "structure": {
            "sections": [
                {"name": "Warm-up", "duration_minutes": 10, "items": [{"name": first}]},
                {"name": "Main", "duration_minutes": 30, "items": [{"name": last}]},
            ]
        },
    }


CAL = {
    "name": "Khatt evening",
    "kind": "practice",
    "intention": "Letters",
    "completion_indicators": ["All done"],
    "structure": {
        "sections": [
            {"name": "Tools", "duration_minutes": 10, "items": [{"name": "Sharpen the pen"}]},
            {
                "name": "Letters",
                "duration_minutes": 40,
                "items": [{"name": "Four rows of alif"}, {"name": "The ba family"}, {"name": "A line copied"}],
            },
        ]
    },
}


def _done(api: Api, sid: str) -> set[str]:
    return {n for n, i in practice_items(api, sid).items() if i["completed"]}


def _alif(api: Api) -> str:
    sid = template_session(api, "Samir", CAL, scheduled_duration_minutes=60)
    say(api, sid, "Pen sharpened, five minutes.")
    return sid  # Four rows of alif asked now


@pytest.mark.parametrize(
    "said",
    [
        "Only half the nocturne, and I must go now, the bus is coming.",
        "Half the nocturne, I have to leave for work now.",
        "I played half the nocturne, let's end the session.",
        "Only half of the nocturne, we have to go now, the taxi is here.",
    ],
)
def test_a_close_asked_with_an_item_told_in_part_closes(api: Api, said: str) -> None:
    sid = template_session(api, "Jonas", _routine("Arpeggios", "The Chopin nocturne"), scheduled_duration_minutes=60)
    say(api, sid, "Arpeggios, done, ten minutes.")
    reply = say(api, sid, said)
    assert reply["proposed_end"] and not (question_id(reply) or "").endswith(".offer")


@pytest.mark.parametrize("said", ["Only half the nocturne.", "Half the nocturne, the left hand is hard to go on with."])
def test_an_item_told_in_part_with_nothing_of_ending_is_offered_once(api: Api, said: str) -> None:
    sid = template_session(api, "Jonas", _routine("Arpeggios", "The Chopin nocturne"), scheduled_duration_minutes=60)
    say(api, sid, "Arpeggios, done, ten minutes.")
    reply = say(api, sid, said)
    assert (question_id(reply) or "").endswith(".offer") and not reply["proposed_end"]


@pytest.mark.parametrize(
    "said",
    [
        "My strokes came out even, every one. My father used to do this in Beirut for the shops.",
        "They were even, every one. My grandfather was a scribe in Cairo, he wrote for the court.",
        "My pen behaved well, the ink flowed and they came out straight. My mother watched me from the door.",
        "They came out clean and tall. He would have been proud, my teacher.",
    ],
)
def test_sentences_about_the_item_keep_their_verdict(api: Api, said: str) -> None:
    sid = _alif(api)
    say(api, sid, said)
    assert "Four rows of alif" in _done(api, sid)


def test_own_sentences_drops_only_sentences_about_another_person() -> None:
    kept = item_told.own_sentences("They were even. My bow arm was tired. My father was a scribe. He wrote fast.")
    assert kept == "They were even. My bow arm was tired."


@pytest.mark.parametrize(
    "said",
    [
        "Sorry, one second. The alif, four rows, all clean and tall.",
        "Excuse me, one moment: the alif rows, I wrote four, and they stand straight.",
        "Four rows of alif, written. Ustaz showed me on his paper first how the nib turns.",
        "I wrote out four rows of alif and drew out the dots beside them on her paper.",
        "Sorry, a minute was all the alif rows took, they were easy.",
    ],
)
def test_a_report_after_an_excuse_or_beside_a_showing_is_done(api: Api, said: str) -> None:
    sid = _alif(api)
    say(api, sid, said)
    assert "Four rows of alif" in _done(api, sid)


@pytest.mark.parametrize(
    "said",
    [
        "Excuse me a minute, the cat is on the table. Right, where were we.",
        "Sorry, a moment, the postman at the door. Now, where was I?",
        "My teacher wrote four rows of alif on her paper for me.",
    ],
)
def test_an_aside_or_someone_elses_work_is_no_report(api: Api, said: str) -> None:
    sid = _alif(api)
    say(api, sid, said)
    assert "Four rows of alif" not in _done(api, sid)


@pytest.mark.parametrize(
    "said",
    ["The ba and her sisters are on the next page of the book.", "The ba and her sisters are in my copybook."],
)
def test_items_said_to_be_in_a_book_are_no_report(api: Api, said: str) -> None:
    sid = _alif(api)
    say(api, sid, "Four rows of alif, done, fifteen minutes.")
    say(api, sid, said)
    assert "The ba family" not in _done(api, sid)


@pytest.mark.parametrize(
    ("first", "last", "part", "then"),
    [
        (
            "Wedge the clay",
            "Three bowls thrown",
            "Only half of them.",
            "The bowls. Three thrown now, I trimmed the feet.",
        ),
        (
            "Wedge the clay",
            "Three bowls thrown",
            "Only half of them.",
            "The bowls. I glazed all three, the walls even.",
        ),
    ],
)
def test_pottery_told_after_the_offer_is_done(api: Api, first: str, last: str, part: str, then: str) -> None:
    sid = template_session(api, "Greta", _routine(first, last), scheduled_duration_minutes=60)
    say(api, sid, f"{first}, done, five minutes.")
    say(api, sid, part)
    say(api, sid, then)
    assert last in _done(api, sid)


def test_pottery_watched_after_the_offer_is_not_done(api: Api) -> None:
    sid = template_session(
        api, "Greta", _routine("Wedge the clay", "Three bowls thrown"), scheduled_duration_minutes=60
    )
    say(api, sid, "Wedge the clay, done, five minutes.")
    say(api, sid, "Only half of them.")
    say(api, sid, "The bowls. My teacher threw three for me to watch, the walls even.")
    assert "Three bowls thrown" not in _done(api, sid)
