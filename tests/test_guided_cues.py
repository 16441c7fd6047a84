"""The guided interviewer hears cues said in other ways (issue 9, sixth and seventh held-out rounds).

A death told only by its signs (mourning, the dead laid out, a coffin made, a bowl moved to the
altar), a change of subject said as a jump or in another English ("make I tell you about …",
"now I go to something else. X."), a gap in memory the answer is about ("the flat after, I
don't remember it"), and, after a question about someone, a rich answer that moved on. Every
wording here differs from the persona files: the fixes are by category.
"""

from __future__ import annotations

import re
from typing import Any

import pytest

from agent.guided.phrasing import variants
from tests.support import Api
from tests.turns_support import question_id, say


def _session(api: Api, person: dict[str, Any], name: str, **fields: Any) -> str:
    body = {"person_id": person["id"], "name": name, "start": True, "scheduled_duration_minutes": 60, **fields}
    return api.ok("POST", "/sessions", json=body)["id"]


@pytest.mark.parametrize(
    ("answer", "cares"),
    [
        (
            "By the Sunday my aunt was sewing the white sheet, and Papa and the neighbours were out back with the "
            "saw and the planks. After that nobody in the family spoke his name again.",
            True,
        ),
        (
            "Her letters from Lagos stopped coming after the war. Mother set a place for her at every Christmas "
            "dinner, and later she put the plate before the shrine with a candle.",
            True,
        ),
        ("Grandmother dressed in black for the rest of her days after that winter on the ice.", True),
        ("They brought the men up from the shaft and laid them out on the floor of the lamp room.", True),
        ("On Sundays we walked to the churchyard to tidy Grandpa's grave, and Mum brought geraniums.", True),
        ("I was the altar boy at St Mary's, and Father Quinn let me ring the bell at Easter.", False),
        ("For the harvest dance I wore the black dress my sister sewed, and I felt like a film star.", False),
        ("At the temple fair the incense was so thick you could not see the stalls, and we bought sugar cane.", False),
        ("Dad was out in the yard with the hammer and the boards, building the new chicken coop.", False),
        ("Nobody told me anything about the wedding until the night before, can you imagine.", False),
        ("The frost was so hard that winter it hurt my fingers to carry the milk pails.", False),
    ],
    ids=[
        "shroud-sewn",
        "place-set",
        "black-for-life",
        "laid-out",
        "grave",
        "altar-boy",
        "black-dress",
        "incense",
        "hammer-boards",
        "wedding-untold",
        "frost",
    ],
)
def test_a_death_told_by_its_signs_is_met_with_care_and_look_alikes_are_not(api: Api, answer: str, cares: bool) -> None:
    """A death without a word for dying: mourning worn for years, a name never said again, the dead
    laid out, a coffin made, a bowl moved to the altar beside a place kept empty, someone's grave.
    The altar boy, a black dress for a dance, incense at a fair, one sign alone: no care."""
    person = api.ok("POST", "/people", json={"display_name": "Oksana"})
    sid = _session(api, person, "The village")
    result = say(api, sid, answer)
    assert question_id(result).startswith("care.") is cares, (answer, result["reply"])
    if cares:
        reply = result["reply"]
        assert "sorry" in reply.lower() and "something else" in reply and not result["proposed_end"], reply
    else:
        assert "private" not in result["reply"], (answer, result["reply"])  # nothing sensitive in it


def test_a_loss_told_only_by_its_signs_names_nobody_in_the_care(api: Api) -> None:
    """The first person named beside the signs is often the one who mourned ("Mother set a place
    for her"): the care is said without a name rather than to the wrong person."""
    person = api.ok("POST", "/people", json={"display_name": "Ada"})
    sid = _session(api, person, "Lagos")
    result = say(
        api,
        sid,
        "My sister Bisi went to nurse in Lagos. Her letters stopped coming in the rains of 1967. My mother, "
        "Funmi, kept her chair by the door for a year, and then nobody in the house said a word about it.",
    )
    assert question_id(result).startswith("care."), result["reply"]
    assert "Funmi" not in result["reply"] and "sorry" in result["reply"].lower()


@pytest.mark.parametrize(
    ("answer", "subject"),
    [
        (
            "Let me skip ahead now, to Montreal. We landed in the winter of 1957 with one suitcase, and my "
            "brother Desmond met us at the station in a borrowed coat.",
            "Montreal",
        ),
        (
            "Right, now we come to another part. The shipyard. Thirty years I welded hulls at Harland's, in "
            "the noise and the sparks, with my friend Sammy beside me.",
            "shipyard",
        ),
        (
            "Mek mi tell yu bout Port Antonio now, for that is where mi heart stay. The sea there blue, blue.",
            "Port Antonio",
        ),
        ("Now, about the bakery. It stood on the corner by the tram stop and smelled of cardamom.", "bakery"),
    ],
    ids=["montreal", "shipyard", "port-antonio", "bakery"],
)
def test_a_change_of_subject_said_as_a_jump_or_in_another_english_becomes_a_topic(
    api: Api, answer: str, subject: str
) -> None:
    """ "Let me skip ahead now, to X", "Right, now we come to another part. X.", "Mek mi tell yu bout X
    now, for …", "Now, about X.": X becomes a topic, named in the reply, and asked about. A story told
    in the present ("now we go to the market") is not a change of subject."""
    person = api.ok("POST", "/people", json={"display_name": "Winston"})
    sid = _session(api, person, "Kingston days")
    result = say(api, sid, answer)
    titles = [t["title"] for t in api.ok("GET", f"/sessions/{sid}/topics")]
    assert any(subject.lower() in t.lower() for t in titles), (answer, titles)
    assert subject.lower() in result["reply"].lower() and "?" in result["reply"], result["reply"]
    assert question_id(result).startswith("scene@"), result["reply"]


def test_a_story_told_in_the_present_is_no_change_of_subject(api: Api) -> None:
    """ "Now we go to the market and Mama buy fish": a story told in the present names no new subject."""
    person = api.ok("POST", "/people", json={"display_name": "Winston"})
    sid = _session(api, person, "Market days")
    told = say(api, sid, "Now we go to the market and Mama buy fish, and I carry the basket on my head.")
    assert [t["title"] for t in api.ok("GET", f"/sessions/{sid}/topics")] == [], told["reply"]


@pytest.mark.parametrize(
    ("answer", "gap"),
    [
        (
            "Grandad's laugh I can still hear. But the flat over the bakery in Leeds, where we went after the war, "
            "I don't remember it at all. Not a single wall. Six years we lived in that flat.",
            "the flat over the bakery in Leeds",
        ),
        (
            "The first play we put on at the parish hall, what was it called... I can't recall, it's gone. I "
            "remember my sister Nora sewed my costume from a curtain and it itched all evening. But the play, "
            "nothing.",
            "the first play you put on at the parish hall",
        ),
        (
            "The teacher at the infant school, now, what was her name... no. It's gone. I don't remember. I can "
            "see the coat pegs, but not her face.",
            "the teacher at the infant school",
        ),
        (
            "I can't recall the house, but my cousin Brendan took me out on his bike along the canal to Shipley, "
            "and the towpath smelled of coal smoke the whole way.",
            None,
        ),
    ],
    ids=["leeds-flat", "parish-play", "teacher", "brendan-no-gap"],
)
def test_a_gap_the_answer_is_about_gets_a_gentler_way_in_to_that_thing(api: Api, answer: str, gap: str | None) -> None:
    """ "Grandad's laugh I can still hear. But the flat over the bakery in Leeds, I don't remember it.
    Not a single wall. Six years we lived there.": the way in is about the flat, even beside
    something remembered; a detail let go on the way to a memory is not ("I don't remember the
    year, but …"), nor a thing dropped to tell of someone new."""
    person = api.ok("POST", "/people", json={"display_name": "Maureen"})
    sid = _session(api, person, "Leeds")
    result = say(api, sid, answer)
    if gap is None:
        assert not question_id(result).endswith(".angle") and "Brendan" in result["reply"], result["reply"]
    else:
        # About the thing not remembered: by its words, or a teacher "what was her name" as "her".
        said = gap in result["reply"] or (gap.startswith("the teacher") and re.search(r"\bher\b", result["reply"]))
        assert question_id(result).endswith(".angle") and said, result["reply"]


def test_a_rich_answer_that_moved_on_is_not_answered_with_someone_from_before(api: Api) -> None:
    """After a question about someone, an answer that moved on to a new scene (and named nobody
    new) is not followed with the next person of the answer before it; an answer that stays with
    the one asked about still is ("my mother, Helen … Dad, Stanley": Helen, then Stanley)."""
    person = api.ok("POST", "/people", json={"display_name": "Jozef"})
    sid = _session(api, person, "Gdynia")
    first = say(
        api,
        sid,
        "We lived above the harbour in Gdynia. My mother, Halina, sold herring at the quay, and my father, "
        "Tadeusz, mended nets on the slipway.",
    )
    assert "Halina" in first["reply"], first["reply"]
    moved = say(
        api,
        sid,
        "Then 1956. The radio said the ships would sail again, and the whole street went down to the quay in "
        "the rain to watch the Batory come in with her flags and her band playing on the deck.",
    )
    assert "Tadeusz" not in moved["reply"], moved["reply"]
    api.ok("POST", f"/sessions/{sid}/complete", json={})
    sid = _session(api, person, "Gdynia again")
    first = say(
        api,
        sid,
        "We lived above the harbour in Gdynia. My mother, Halina, sold herring at the quay, and my father, "
        "Tadeusz, mended nets on the slipway.",
    )
    stays = say(
        api,
        sid,
        "Mother was never still. She kept the herring money in a tin under the stairs and sang in the kitchen "
        "while the kettle boiled, always the same song about the sea.",
    )
    assert re.search(r"Tadeusz|your father", stays["reply"]), stays["reply"]


def test_a_request_about_a_thing_of_someone_named_is_about_the_thing(api: Api) -> None:
    """ "Ask me about Aunt Dora's kitchen" once Aunt Dora was named is about the kitchen, not a
    question about Dora; what trails the subject (", that was the best part") is not said back."""
    person = api.ok("POST", "/people", json={"display_name": "Lionel"})
    sid = _session(api, person, "Swansea")
    say(api, sid, "My aunt Dora lived two streets down from us in Swansea and kept hens in the back yard.")
    asked = say(api, sid, "Ask me about Aunt Dora's kitchen, that was the best part of being small.")
    assert "kitchen" in asked["reply"] and "best part" not in asked["reply"], asked["reply"]
    assert question_id(asked).startswith("ask."), asked["reply"]


# --- seventh held-out round: a loss told by what changed after, a detail gone as a figure, a heading,
# a wish, a tired close said by the body, and a hard life of someone else told with pride.


@pytest.mark.parametrize(
    ("answer", "cares"),
    [
        (
            "In the autumn of 1952 two men in leather coats came for my uncle Ilya before dawn. After that, "
            "Grandmother cooked with the shutters closed, and his bench by the stove stayed empty, nobody ever "
            "sat there.",
            True,
        ),
        (
            "Each November my mother lit the yahrzeit candle on the kitchen shelf, and my grandfather's chair at "
            "the head of the table stayed empty, nobody sat in it.",
            True,
        ),
        (
            "Her letters came in my cousin's handwriting after that, and when I got back to the village the house "
            "was locked and the key was with the priest.",
            True,
        ),
        ("The soldiers took him away in the spring of 1944, and after that Mama never sang again.", True),
        ("We kept a seat by the fire for the visiting pastor, and the children were not to sit in it.", False),
        ("After the crash he sold the motorbike and never drove again, he was too shaken.", False),
        (
            "My letters home came back in the teacher's handwriting, corrected in red, and the dormitory door "
            "was locked at nine.",
            False,
        ),
        ("Every year at Chuseok we made jesa for the grandparents and ate rice cakes until we were sick.", False),
        ("The police came for the drunk sailors at night, and Dad laughed about it at breakfast.", False),
    ],
    ids=[
        "ilya",
        "yahrzeit",
        "letters-locked",
        "taken-away",
        "pastor-seat",
        "crash",
        "teacher-letters",
        "chuseok",
        "police",
    ],
)
def test_a_loss_told_by_what_changed_after_is_met_with_care_and_look_alikes_are_not(
    api: Api, answer: str, cares: bool
) -> None:
    """Two signs of different kinds: someone taken before dawn and a bench left empty; a memorial rite
    and a chair nobody sat in; letters in someone else's hand and a house locked up; taken away and a
    song never sung again. One sign alone is not a death: a seat kept for a guest, "never drove again"
    after a crash, letters in a teacher's hand, a rite kept every year, police who came at night."""
    person = api.ok("POST", "/people", json={"display_name": "Vera"})
    sid = _session(api, person, "The village")
    result = say(api, sid, answer)
    assert question_id(result).startswith("care.") is cares, (answer, result["reply"])


@pytest.mark.parametrize(
    ("answer", "gentle"),
    [
        (
            "We sailed from Rotterdam on a rusty freighter. The name of the ship... my head is a colander for "
            "names. I only remember the rust on her side and the cook who sang.",
            True,
        ),
        (
            "The girl at the bakery counter with the plaits, her name, no. It slipped away years ago, like a fish "
            "off the hook. I see her red gloves on the scales.",
            True,
        ),
        (
            "The bird flew away when I opened the cage, and my brother Tomasz laughed so hard he fell off the "
            "bench in the garden.",
            False,
        ),
    ],
    ids=["ship-name", "bakery-girl", "bird"],
)
def test_a_detail_gone_said_as_a_figure_gets_a_gentler_way_in(api: Api, answer: str, gentle: bool) -> None:
    """ "My head is a colander for names", "her name, no. It slipped away", "what was his name... no"
    inside a longer answer: the gap is what the answer dwells on. A bird that flew away is no gap."""
    person = api.ok("POST", "/people", json={"display_name": "Piet"})
    sid = _session(api, person, "Rotterdam")
    result = say(api, sid, answer)
    assert question_id(result).endswith(".angle") is gentle, (answer, result["reply"])


@pytest.mark.parametrize(
    ("answer", "subject"),
    [
        (
            "My aunt grew cabbages behind the church and pickled them in barrels. Anyway. The Hamburg years. I "
            "worked nights at the docks, unloading coffee sacks from Brazil, and slept in a room over a bar.",
            "Hamburg",
        ),
        (
            "Uncle Horst played the accordion badly. Well, let me tell you instead how we ended up in Adelaide, "
            "it is a better story. In 1959 we took the Fairsea from Bremerhaven, five weeks, and I was sick all "
            "the way to Fremantle.",
            "Adelaide",
        ),
    ],
    ids=["hamburg", "adelaide"],
)
def test_a_change_of_subject_in_the_middle_of_an_answer_is_followed(api: Api, answer: str, subject: str) -> None:
    """ "Anyway. The Hamburg years. I worked nights …", "Let me tell you instead how we ended up in
    Adelaide": the rest of the answer is about the new subject, which becomes a topic named in the
    reply. "So. That was that." names no subject."""
    person = api.ok("POST", "/people", json={"display_name": "Klaus"})
    sid = _session(api, person, "Bremen")
    result = say(api, sid, answer)
    titles = [t["title"] for t in api.ok("GET", f"/sessions/{sid}/topics")]
    assert any(subject in t for t in titles), (answer, titles)
    assert subject in result["reply"] and "?" in result["reply"], result["reply"]


def test_so_that_was_that_names_no_subject(api: Api) -> None:
    """ "So. That was that." in the middle of an answer closes a story; it names no new subject."""
    person = api.ok("POST", "/people", json={"display_name": "Klaus"})
    sid = _session(api, person, "Bremen")
    say(api, sid, "We lost the football match nine to nil. So. That was that. We walked home in the rain.")
    assert api.ok("GET", f"/sessions/{sid}/topics") == []


@pytest.mark.parametrize(
    ("answer", "subject"),
    [
        ("Oh, the school was dull. What I'd really like to talk about is the choir, we sang in Cardiff once.", "choir"),
        ("The lighthouse is what I want to tell you about. My father kept it for thirty years.", "lighthouse"),
        ("I wish someone would ask me about the allotment, nobody ever does.", "allotment"),
    ],
    ids=["choir", "lighthouse", "allotment"],
)
def test_a_wish_said_as_what_i_would_love_to_tell_is_honoured(api: Api, answer: str, subject: str) -> None:
    """ "What I'd really like to talk about is the choir", "The lighthouse is what I want to tell you
    about", "I wish someone would ask me about the allotment": the reply takes the subject up."""
    person = api.ok("POST", "/people", json={"display_name": "Gwen"})
    sid = _session(api, person, "Penarth")
    result = say(api, sid, answer)
    assert subject in result["reply"] and "?" in result["reply"], (answer, result["reply"])


@pytest.mark.parametrize(
    ("answer", "ends"),
    [
        ("Oof, my eyes are closing now, love. Enough for today.", True),
        ("My head is full, all those names. Next time you come round I'll tell you the rest.", True),
        ("My ears were ringing for a week after the blast at the quarry, and the foreman docked my pay.", False),
        ("Later she became my wife, but that is a story for another day.", False),
    ],
    ids=["eyes-closing", "next-time", "ringing-ears", "another-day"],
)
def test_a_close_said_by_the_body_or_as_next_time_ends_the_session(api: Api, answer: str, ends: bool) -> None:
    """ "My eyes are closing now. Enough for today.", "Next time you come round I'll tell you the rest":
    a wish to stop, whatever time is left; ringing ears of the past or "a story for another day" are not."""
    person = api.ok("POST", "/people", json={"display_name": "Bert"})
    sid = _session(api, person, "The quarry")
    result = say(api, sid, answer)
    assert bool(result["proposed_end"]) is ends, (answer, result["reply"])


def test_a_hard_life_of_someone_else_told_with_pride_is_no_decline(api: Api) -> None:
    """An aunt married young who ran off "with a shawl and nothing else" and kept every debt owed her
    in her head: a story, not a wish to skip ("let's move on") and no money trouble kept private."""
    person = api.ok("POST", "/people", json={"display_name": "Lucia"})
    sid = _session(api, person, "Valencia")
    result = say(
        api,
        sid,
        "My aunt Rosa, they married her at fourteen in the mountains. At sixteen she ran off to Valencia with a "
        "shawl and nothing else, and then she had her own fruit stall in the Mercado Central. She could not read, "
        "but she kept every debt owed her in her head, who and how much.",
    )
    reply = result["reply"]
    assert not any(line in reply for line in variants("story/skip")), reply  # no "let's move on"
    assert "private" not in reply and "between us" not in reply and "care." not in question_id(result), reply


# Eighth held-out round: registers of English (formal and old-fashioned, regional, terse).


@pytest.mark.parametrize(
    ("answer", "subject"),
    [
        (
            "The school was a grey affair. I should very much like to speak of the tramways, if you would permit.",
            "tramways",
        ),
        ("My grandsons in Toronto long to hear about the lighthouse, and I am glad to oblige them.", "lighthouse"),
        (
            "Enough of the war. What I'd like is for the family to know of the orchard, not only the sad years.",
            "orchard",
        ),
        ("Wait now, I haven't said a word about the tannery! It stood by the river and stank to heaven.", "tannery"),
    ],
    ids=["tramways", "lighthouse", "orchard", "tannery"],
)
def test_a_wish_said_formally_or_as_what_others_want_to_hear_is_honoured(api: Api, answer: str, subject: str) -> None:
    """ "I should very much like to speak of the tramways", "my grandsons long to hear about the
    lighthouse", "what I'd like is for the family to know of the orchard", "I haven't said a word about
    the tannery": the reply takes the subject up. A wish of the past is not one ("Father never wanted
    to hear of the tramways")."""
    person = api.ok("POST", "/people", json={"display_name": "Edith"})
    sid = _session(api, person, "Leeds")
    result = say(api, sid, answer)
    assert subject in result["reply"] and "?" in result["reply"], (answer, result["reply"])
    assert "care." not in question_id(result), result["reply"]


def test_a_wish_of_the_past_is_no_wish_to_talk(api: Api) -> None:
    """A wish of the past is not one: "Father never wanted to hear of the tramways" makes no topic."""
    person = api.ok("POST", "/people", json={"display_name": "Edith"})
    sid = _session(api, person, "Leeds")
    result = say(api, sid, "Father never wanted to hear of the tramways, he walked everywhere, even in the snow.")
    assert api.ok("GET", f"/sessions/{sid}/topics") == [], result["reply"]


@pytest.mark.parametrize(
    ("answer", "subject"),
    [
        (
            "The cousins kept goats, dreadful creatures. But I digress. Allow me instead to tell you how we came "
            "to Winnipeg, which was the great adventure. In 1952 we took the train from Halifax, four days.",
            "Winnipeg",
        ),
        (
            "My sister married the baker. People always ask me, Gran, why Glasgow? Well. In 1962 Archie found work "
            "at the shipyard and we took two rooms in Govan with a shared toilet on the landing.",
            "Glasgow",
        ),
        (
            "Father kept bees, which is neither here nor there. I find I am rambling. The Leith docks. Every "
            "morning at six I walked down with my piece in a tin and my father's old cap.",
            "Leith",
        ),
        (
            "The manse had a pear tree. Anyhow. The Clyde years. Twenty years I typed invoices at the yard office, "
            "with the cranes outside the window.",
            "Clyde",
        ),
    ],
    ids=["winnipeg", "glasgow", "leith", "clyde"],
)
def test_a_formal_or_self_asked_change_of_subject_becomes_a_topic(api: Api, answer: str, subject: str) -> None:
    """ "But I digress. Allow me instead to tell you how we came to Winnipeg", "Everyone asks me, why
    Glasgow? Well. In 1962 …", "Anyhow. The Clyde years. …": the subject becomes a topic, named in
    the reply. "Why ever not? So we went." names no subject."""
    person = api.ok("POST", "/people", json={"display_name": "Morag"})
    sid = _session(api, person, "Skye")
    result = say(api, sid, answer)
    titles = [t["title"] for t in api.ok("GET", f"/sessions/{sid}/topics")]
    assert any(subject in t for t in titles), (answer, titles)
    assert subject in result["reply"] and "?" in result["reply"], result["reply"]


def test_why_not_so_we_went_names_no_subject(api: Api) -> None:
    """ "Why not? So we went.": a question asked in a story, no self-asked change of subject."""
    person = api.ok("POST", "/people", json={"display_name": "Morag"})
    sid = _session(api, person, "Skye")
    say(api, sid, "He asked if we would like to go. Why not? So we went, the four of us, in the rain.")
    assert api.ok("GET", f"/sessions/{sid}/topics") == []


@pytest.mark.parametrize(
    ("answer", "cares"),
    [
        (
            "Our Dessie went up with the timber lorry to the forest that March. The lorry came back without him. "
            "From that day Da never walked down by the river again, and he hung a sack over the window so he "
            "wouldn't see the river.",
            True,
        ),
        (
            "During his final months I read the racing pages to Frank every morning and shaved him at the window. "
            "Now I set one place at the table and the radio does the talking.",
            True,
        ),
        ("The ferry came back without him, he had stayed over in Holyhead for the match, the eejit.", False),
        ("When the priest called I would set out one cup of tea for him and the good biscuits.", False),
    ],
    ids=["lorry", "final-months", "ferry", "cup-of-tea"],
)
def test_a_loss_told_by_a_return_without_them_or_a_last_illness_is_met_with_care(
    api: Api, answer: str, cares: bool
) -> None:
    """The lorry came home without him and the river was shunned ever after; a husband's final months
    cared for and one plate set now: care. One sign alone (the ferry back without him, one cup of tea
    made for a guest) is not."""
    person = api.ok("POST", "/people", json={"display_name": "Brigid"})
    sid = _session(api, person, "Wexford")
    result = say(api, sid, answer)
    assert question_id(result).startswith("care.") is cares, (answer, result["reply"])


def test_an_old_widowhood_told_as_a_forebears_achievements_is_no_care(api: Api) -> None:
    """A great-grandmother widowed young who then built a business, told with pride and ending in a
    wish: the wish is honoured, no care and no pause offered."""
    person = api.ok("POST", "/people", json={"display_name": "Carmela"})
    sid = _session(api, person, "Palermo")
    result = say(
        api,
        sid,
        "My great-grandmother Concetta was a widow at twenty-six with four boys. She opened a bakery on the "
        "square with her dowry money. By forty she owned three shops. The mayor himself bought his bread from "
        "her. What a woman. But what I'd really like to talk about is the carnival.",
    )
    assert "carnival" in result["reply"] and "care." not in question_id(result), result["reply"]
    assert "private" not in result["reply"], result["reply"]


@pytest.mark.parametrize(
    "answer",
    [
        "Mamma was widowed at thirty-one. She took in sewing. We ate bread and oil. She sang at night. We "
        "never had new shoes.",
        "I was widowed at sixty. After that I kept the shop alone. I opened at six. I closed at nine. I never "
        "took a holiday.",
        "My great-grandmother's husband died at sea when she was twenty-six. She opened a bakery. By forty she "
        "owned three shops. The mayor bought her bread. What a woman.",
    ],
    ids=["mother-widowed", "own-widowhood", "died-at-sea"],
)
def test_ones_own_or_a_mothers_widowhood_or_a_death_said_in_words_is_met_with_care(api: Api, answer: str) -> None:
    """Beside a forebear's widowhood told with pride: the storyteller's own widowhood, or their
    mother's, or a death said in words, still gets care."""
    person = api.ok("POST", "/people", json={"display_name": "Carmela"})
    sid = _session(api, person, "Palermo")
    result = say(api, sid, answer)
    assert question_id(result).startswith("care."), (answer, result["reply"])


@pytest.mark.parametrize(
    ("answer", "gentle"),
    [
        ("The foreman at the brickworks, a tall fellow with a limp. His name went clean out of my head.", True),
        ("Of my uncle's shop in Hull, I must confess, the shop itself has quite gone from me. Odd, that.", True),
        ("A woman sold whelks by the pier. What was she called... no. The years have taken that name.", True),
        ("The sea has taken him, and the boat, and we had the Mass without a coffin.", False),
        ("When the letter came all the fight went out of me, and I sat on the step with my brother Len.", False),
        ("By the morning the snow was clean gone, and we took the sledge up to Beverley anyway.", False),
    ],
    ids=["foreman-name", "uncle-shop", "whelk-seller", "sea-took-him", "fight-went-out", "snow-gone"],
)
def test_a_memory_lost_said_as_a_figure_in_older_english_gets_a_gentler_way_in(
    api: Api, answer: str, gentle: bool
) -> None:
    """ "His name went clean out of my head", "the shop itself has quite gone from me", "what was she
    called... no. The years have taken that name": a gentler way in. The sea that took a man, the fight
    that went out of me, the snow clean gone by morning are no gap."""
    person = api.ok("POST", "/people", json={"display_name": "Alf"})
    sid = _session(api, person, "Hull")
    result = say(api, sid, answer)
    assert question_id(result).endswith(".angle") is gentle, (answer, result["reply"])


@pytest.mark.parametrize(
    ("answer", "ends"),
    [
        ("Right, that'll do for now. Me throat's gone dry, love.", True),
        ("I am quite fatigued, I'm afraid. Perhaps we could continue another day.", True),
        ("Yes. Well. I think we might leave it there, if it's all the same to you.", True),
        ("The foreman looked at my weld and said that will do nicely, and gave me the job.", False),
    ],
    ids=["throat-dry", "fatigued", "leave-it-there", "foreman"],
)
def test_a_terse_or_formal_close_ends_the_session(api: Api, answer: str, ends: bool) -> None:
    """ "Right, that'll do for now. Me throat's gone dry.", "I am quite fatigued; perhaps we could
    continue another day", "I think we might leave it there": a wish to stop. "That will do nicely,
    said the foreman" is not."""
    person = api.ok("POST", "/people", json={"display_name": "Norman"})
    sid = _session(api, person, "The works")
    result = say(api, sid, answer)
    assert bool(result["proposed_end"]) is ends, (answer, result["reply"])


@pytest.mark.parametrize(
    "answer",
    [
        "Oh please don't switch it off yet, I haven't told you about the tannery by the river.",
        "Do not shut the machine off, dear, there is the matter of my brother's wedding in Cork.",
    ],
    ids=["switch-off", "shut-machine"],
)
def test_do_not_switch_it_off_near_the_end_is_not_a_close(api: Api, answer: str) -> None:
    """Near the end of the planned time, "please don't switch it off yet, I haven't told you about the
    tannery" or "do not shut the machine off" is a wish to go on: no closing."""
    person = api.ok("POST", "/people", json={"display_name": "Ruby"})
    sid = _session(api, person, "Cork", scheduled_duration_minutes=20)
    say(api, sid, "We lived over the chemist on the Grand Parade, the five of us, and the smell of camphor.")
    result = say(api, sid, answer, wait=17 * 60)
    assert not result["proposed_end"], (answer, result["reply"])


@pytest.mark.parametrize(
    ("answer", "cares"),
    [
        (
            "Fridays I still cook the fish soup for two, out of habit, and the rest goes in the freezer. His "
            "reading glasses are on the shelf by the radio, where he left them.",
            True,
        ),
        (
            "At the market I still buy two pears, the soft ones Hannelore liked. The man at the stall, he "
            "stopped asking after a while.",
            True,
        ),
        (
            "The caravan went up on bricks behind the house in '88, and there it sits still. I haven't been to "
            "the coast since, only once for a wedding.",
            True,
        ),
        ("I still buy two newspapers on Sunday, one for Dad, who reads them in the garden with his pipe.", False),
        ("I haven't been skating since, my knee won't have it, but I watch the young ones on the pond.", False),
        ("My brother went off to Canada in '62, and there he is still. I haven't seen him since.", False),
    ],
    ids=["soup-for-two", "two-pears", "caravan", "two-newspapers", "skating", "canada"],
)
def test_a_loss_told_by_habits_kept_for_two_or_things_left_as_they_were_is_met_with_care(
    api: Api, answer: str, cares: bool
) -> None:
    """Signs of a death kept in a life (issue 9, ninth round): a habit for two kept with one, things
    where the dead left them, a thing not done since, people who stopped asking. One alone is no death:
    two newspapers bought for a father who reads them, not skating since a bad knee, a brother not seen
    since he stayed abroad."""
    person = api.ok("POST", "/people", json={"display_name": "Ilse"})
    sid = _session(api, person, "Bremen")
    result = say(api, sid, answer)
    assert question_id(result).startswith("care.") is cares, (answer, result["reply"])


@pytest.mark.parametrize(
    ("answer", "subject"),
    [
        (
            "School was nothing special. You know what I could go on about for hours, if you'd let me? The brass "
            "band. I played second cornet at every whit walk.",
            "the brass band",
        ),
        ("The mine was the mine. What I'd talk about all day is the pigeon loft, if anyone listened.", "pigeon loft"),
        (
            "Don't write down the strikes. If there's one thing I'd want kept for the grandchildren, it's the "
            "bowling green on a summer evening.",
            "bowling green",
        ),
    ],
    ids=["brass-band", "pigeon-loft", "bowling-green"],
)
def test_a_wish_asked_of_oneself_and_answered_or_said_as_one_thing_wanted_is_honoured(
    api: Api, answer: str, subject: str
) -> None:
    """ "You know what I could go on about for hours? The brass band.", "what I'd talk about all day is
    …", "if there's one thing I'd want kept, it's …": the reply takes the subject up, said as in a
    sentence ("the brass band")."""
    person = api.ok("POST", "/people", json={"display_name": "Arthur"})
    sid = _session(api, person, "Barnsley")
    result = say(api, sid, answer)
    assert subject in result["reply"] and "?" in result["reply"], (answer, result["reply"])


@pytest.mark.parametrize(
    ("answer", "subject"),
    [
        (
            "On the farm I milked the cows before school, but that's nothing, every boy milked cows. Sydney, I "
            "tell you Sydney, that was living. In 1961 I got off the Fairsky at Circular Quay with one suitcase.",
            "Sydney",
        ),
        (
            "Enough of the cousins, they can tell their own stories over coffee. Let me tell you "
            "Montreal instead, my Montreal. The snow to the windows and the Italian bakery on Jean-Talon.",
            "Montreal",
        ),
    ],
    ids=["sydney", "montreal"],
)
def test_a_thread_let_go_for_another_named_becomes_a_topic(api: Api, answer: str, subject: str) -> None:
    """ "Never mind the farm, that's nothing … Sydney, I tell you Sydney", "Enough of the cousins …
    Let me tell you Montreal instead": the new subject becomes a topic, named in the reply. An emphasis
    ("Cold, I tell you, cold it was") and "let me tell you something" name none."""
    person = api.ok("POST", "/people", json={"display_name": "Dino"})
    sid = _session(api, person, "Calabria")
    result = say(api, sid, answer)
    titles = [t["title"] for t in api.ok("GET", f"/sessions/{sid}/topics")]
    assert any(subject in t for t in titles), (answer, titles)
    assert subject in result["reply"] and "?" in result["reply"], result["reply"]


@pytest.mark.parametrize(
    "answer",
    [
        "Cold, I tell you, cold it was that winter in the hut, the water froze in the jug.",
        "Let me tell you something, the work on the railway was hard, twelve hours in the sun.",
    ],
    ids=["cold-i-tell-you", "tell-you-something"],
)
def test_an_emphasis_or_let_me_tell_you_something_names_no_subject(api: Api, answer: str) -> None:
    """ "Cold, I tell you, cold it was" and "let me tell you something": an emphasis, no subject named."""
    person = api.ok("POST", "/people", json={"display_name": "Dino"})
    sid = _session(api, person, "Calabria")
    say(api, sid, answer)
    assert api.ok("GET", f"/sessions/{sid}/topics") == [], answer


@pytest.mark.parametrize(
    ("answer", "gentle"),
    [
        (
            "The street where the dressmaker lived, Mama walked me there every Saturday. It's rubbed out like "
            "chalk, all of it, only the smell of the pins stays.",
            True,
        ),
        (
            "The hymn we sang at the harbour when the boats went out, every verse. Forty years I knew the words, "
            "and now, not a thing.",
            True,
        ),
        ("We wiped the slate clean with a rag and started the sums again, and Sister Agnes smiled.", False),
    ],
    ids=["chalk", "hymn", "slate"],
)
def test_a_memory_rubbed_out_or_known_for_years_and_now_gone_gets_a_gentler_way_in(
    api: Api, answer: str, gentle: bool
) -> None:
    """ "Rubbed out like chalk", "forty years I knew them, and now, not a thing": a gap said as a figure.
    A slate wiped clean with a rag is no gap."""
    person = api.ok("POST", "/people", json={"display_name": "Rosa"})
    sid = _session(api, person, "Naples")
    result = say(api, sid, answer)
    assert question_id(result).endswith(".angle") is gentle, (answer, result["reply"])


@pytest.mark.parametrize(
    ("last", "follows"),
    [
        (
            "Papa bought us a paper cone of chickpeas, and my brother and I were allowed to stay up for it all.",
            True,
        ),
        ("Next to us stood old Signor Baldi, who had carried the saint for forty years and wept every time.", False),
    ],
    ids=["papa", "baldi"],
)
def test_a_long_scene_with_relatives_only_at_its_edge_is_followed_by_what_it_is_about(
    api: Api, last: str, follows: bool
) -> None:
    """A festival told at length, with Papa and a brother only in its last sentence: the next question
    is about the feast, never "tell me about your papa". Someone new brought in at the end, a
    stranger told of ("next to us stood old Signor Baldi, who …"), is followed by name."""
    person = api.ok("POST", "/people", json={"display_name": "Nino"})
    scene = (
        "Every August the whole town turned out for the Feast of San Rocco. The brass band marched first, then "
        "the girls in white carrying lilies, then the statue of the saint on the shoulders of twelve fishermen, "
        "swaying like a boat in a swell. Fireworks burst over the harbour at midnight and the bells rang until "
        "dawn, and the whole square smelled of gunpowder and fried dough. "
    )
    sid = _session(api, person, "Calabria")
    result = say(api, sid, scene + last)
    assert question_id(result).startswith("where.") is follows, (last, result["reply"])
    if follows:
        assert "San Rocco" in result["reply"] and "papa" not in result["reply"].lower(), result["reply"]
    else:
        assert "Baldi" in result["reply"], result["reply"]


def test_a_place_left_from_is_not_the_scene_and_a_rich_answer_after_a_follow_is_followed(api: Api) -> None:
    """ "By night in a rowing boat from Piran across to Trieste … I went to Ljubljana": after the
    question about Teodor, the next question follows a place of the answer, never the place left
    from, and no stock question comes before it."""
    person = api.ok("POST", "/people", json={"display_name": "Marta"})
    sid = _session(api, person, "Istria")
    first = say(api, sid, "My cousin Teodor was the clever one, always reading, always arguing with the priest.")
    assert "Teodor" in first["reply"], first["reply"]
    result = say(
        api,
        sid,
        "In '61 Teodor left. By night, in a rowing boat from Piran across to Trieste, with two friends from "
        "Koper and a loaf of bread. Me, that same spring, I went to Ljubljana, to the shoe factory, stitching "
        "soles all day until my thumbs bled. He wrote from a camp near Trieste that the soup was water, and "
        "later from Melbourne that the sun was upside down.",
    )
    assert question_id(result).startswith("where."), result["reply"]
    assert "Piran" not in result["reply"] and "Koper" not in result["reply"], result["reply"]
    # A place named only as where something came from has no scene to ask after: "songs from Dalmatia".
    api.ok("POST", f"/sessions/{sid}/complete", json={})
    sid = _session(api, person, "Istria")
    assert "Teodor" in say(api, sid, "My cousin Teodor was the clever one, always reading.")["reply"]
    result = say(
        api,
        sid,
        "Teodor, yes. He hummed old songs from Dalmatia while he mended the nets on the quay at Umag, and he "
        "always kept the best fish for us, wrapped in a wet cloth against the heat.",
    )
    assert "Dalmatia" not in result["reply"], result["reply"]


def test_after_anyway_the_place_one_was_posted_to_is_the_new_subject_and_who_came_before_is_left(api: Api) -> None:
    """ "Anyway. In '52 I joined the railway. They posted me to Kalgoorlie …": Kalgoorlie becomes a
    topic. With no posting told, someone named only before the marker is not followed; "you don't stop
    for anybody" is a rule told, no wish to carry on."""
    person = api.ok("POST", "/people", json={"display_name": "Reg"})
    sid = _session(api, person, "The railway")
    result = say(
        api,
        sid,
        "Gran kept goats behind the house and they ate her washing off the line. Anyway. In '52 I went up to "
        "Perth and joined the railway. They posted me to Kalgoorlie, a tin station in the desert, forty degrees "
        "in the shade, and the trains came in twice a week with water and flour. On the night run you don't "
        "stop for anybody, that's the rule.",
    )
    titles = [t["title"] for t in api.ok("GET", f"/sessions/{sid}/topics")]
    assert any("Kalgoorlie" in t for t in titles), titles
    assert "Kalgoorlie" in result["reply"] and "carry on" not in result["reply"], result["reply"]
    api.ok("POST", f"/sessions/{sid}/complete", json={})
    sid = _session(api, person, "The railway")
    result = say(
        api,
        sid,
        "My uncle Stefan kept pigeons on the roof and talked to them more than to us. Anyhow. In 1950 we moved "
        "across town to a flat above the bakery on the Rue Haute, three rooms, and the smell of bread came up "
        "through the floor every morning at four.",
    )
    assert "Stefan" not in result["reply"], result["reply"]
    assert api.ok("GET", f"/sessions/{sid}/topics") == [], result["reply"]


@pytest.mark.parametrize(
    ("answer", "on"),
    [
        (
            "On the night run to Kalgoorlie you don't stop for anybody, that's the rule. Forty wagons of wheat "
            "behind us, the driver singing hymns, and the stars so thick you could have read by them.",
            False,
        ),
        ("Don't stop me now, the best part is still to come, the night the water tank burst.", True),
    ],
    ids=["night-run-rule", "dont-stop-me"],
)
def test_a_rule_told_with_dont_stop_is_no_wish_to_carry_on(api: Api, answer: str, on: bool) -> None:
    """ "On the night run you don't stop for anybody": a rule of the job told, answered as an answer;
    "Don't stop, there's the best part still" is said to the interviewer."""
    person = api.ok("POST", "/people", json={"display_name": "Reg"})
    sid = _session(api, person, "The railway")
    result = say(api, sid, answer)
    resumed = any(ack in result["reply"] for ack in variants("story/resume", why="more"))
    assert resumed is on, (answer, result["reply"])


# Tenth held-out round: a house gone quiet and a seat nobody took, letters that shrank and came in
# another's hand, a stop for another day said by an aching body, and a gap said as "gone, all of it".


@pytest.mark.parametrize(
    ("answer", "cares"),
    [
        (
            "After the summer of sixty there was no more music in the house. Father shut up the back parlour, "
            "and nobody sat in that corner by the stove again.",
            True,
        ),
        (
            "By the spring the letters grew shorter, and then my brother-in-law was the one who wrote them. "
            "That June I sat with her in the hospital every evening.",
            True,
        ),
        ("Nobody sat in that chair, it was the headmaster's, and we were terrified of it.", False),
        ("My cousin Ines was the one writing the letters for the whole street, she had the finest hand.", False),
        ("Every November we closed the front room to save coal and lived in the kitchen till March.", False),
    ],
    ids=["quiet-house", "shorter-letters", "headmaster-chair", "letter-writer", "front-room-coal"],
)
def test_a_loss_told_by_a_house_gone_quiet_or_letters_in_another_hand_is_met_with_care(
    api: Api, answer: str, cares: bool
) -> None:
    """No more music in the house, a parlour shut up and a corner nobody sat in; letters that grew
    shorter, then written by someone else, and evenings sat with her in the hospital: care. One sign alone
    (a feared chair, a street's letter-writer, a room closed for the winter) is not."""
    person = api.ok("POST", "/people", json={"display_name": "Lidia"})
    sid = _session(api, person, "The house")
    result = say(api, sid, answer)
    assert question_id(result).startswith("care.") is cares, (answer, result["reply"])


@pytest.mark.parametrize(
    ("answer", "ends"),
    [
        ("Ooh, my knees are aching now, pet. We can finish it another day.", True),
        ("I had to finish another day of work before the holiday, so the wedding waited.", False),
        ("My knees were sore after the dance, we had danced till three.", False),
    ],
    ids=["knees-aching", "another-day-of-work", "sore-after-dance"],
)
def test_a_stop_for_another_day_said_by_an_aching_body_ends_even_right_after_care(
    api: Api, answer: str, ends: bool
) -> None:
    """ "My knees are aching now. We can finish it another day", even straight after care was offered:
    a wish to stop. "Another day of work", knees sore after a dance long ago: not."""
    person = api.ok("POST", "/people", json={"display_name": "Maggie"})
    sid = _session(api, person, "Durham")
    cared = say(api, sid, "My brother Tom was killed in the pit in 1962, two days before his birthday.")
    assert question_id(cared).startswith("care."), cared["reply"]
    result = say(api, sid, answer)
    assert bool(result["proposed_end"]) is ends, (answer, result["reply"])


def test_a_memory_gone_all_of_it_gets_a_gentler_way_in(api: Api) -> None:
    """ "The school, the teachers, the yard… it's gone, every bit.": a gap, not a story to ask the hard part of."""
    person = api.ok("POST", "/people", json={"display_name": "Ruth"})
    sid = _session(api, person, "Leeds")
    result = say(api, sid, "The school, the teachers, the yard... it's gone, every bit. I only remember the bell.")
    assert question_id(result).endswith(".angle"), result["reply"]


@pytest.mark.parametrize(
    ("answer", "subject"),
    [
        (
            "We cut the hay in July, my uncles and the dogs, oh, the farm was over for me by nineteen. We caught "
            "the coach from Cork to Dublin and the ferry to Liverpool, then the buses, twenty years on the buses.",
            "Liverpool",
        ),
        ("The dance was over for me at midnight. We took the bus home and Mam was waiting up.", None),
    ],
    ids=["farm-over-ferry", "dance-over-bus-home"],
)
def test_a_thread_said_finished_then_a_journey_moves_to_where_it_ended(
    api: Api, answer: str, subject: str | None
) -> None:
    """ "The farm was over for me by nineteen. We caught the coach to Dublin and the ferry to Liverpool":
    the new part of the life is where the journey ended. A night out over and a bus home is no new part."""
    person = api.ok("POST", "/people", json={"display_name": "Nora"})
    sid = _session(api, person, "Kerry")
    result = say(api, sid, answer)
    titles = [t["title"] for t in api.ok("GET", f"/sessions/{sid}/topics")]
    if subject:
        assert any(subject in t for t in titles) and subject in result["reply"], (titles, result["reply"])
    else:
        assert titles == [], (titles, result["reply"])
