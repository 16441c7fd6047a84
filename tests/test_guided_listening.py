"""The guided interviewer listens: real turns over HTTP, on every engine.

The farm-childhood script is the bug report of issue 9 (a daughter recording her father
Walter): the cookstove and the horses must not become people, his parents must be followed
by name, his brother's death met with care, "ask me more about the school" and a change of
subject to the Navy honoured, "I don't remember" answered with a gentler angle, and no end
proposed while he is not done or most of the planned 45 minutes is ahead.
"""

from __future__ import annotations

import re
from typing import Any

import pytest

from tests.support import Api
from tests.turns_support import question_id, say, transcript

FARM = [
    "We had a hundred and sixty acres outside Des Moines. The kitchen was the heart of the house: the Monarch "
    "cookstove was going from five in the morning, and my mother, Helen, baked bread on it every Saturday. Dad, "
    "Stanley, came in from milking smelling of hay and cows.",
    "Mother was quiet and never sat down. She kept the egg money in a coffee can and listened to the Philco radio "
    "in the evenings.",
    "We had two work horses, a horse named Dolly and a big gelding called Prince. Dad said Prince was smarter than "
    "the county agent. My little brother Tommy used to ride Dolly bareback to the mailbox.",
    "Tommy got polio the summer of 1943. He was seven. They took him to the hospital in Des Moines and he died "
    "there in August.",
    "Yes, I'm all right. We can keep going.",
    "I walked two miles to the one-room school at Hancock. Miss Peterson taught all eight grades and kept a bucket "
    "of water with a dipper by the door.",
    "I don't remember much else.",
    "Can you ask me more about the school?",
    "I want to talk about the Navy. I enlisted in 1950 and they sent me to Great Lakes for boot camp, then to the "
    "USS Missouri.",
    "Oh, we're not done yet.",
]
INDICATORS = ["Describe his parents", "The farmhouse and the kitchen", "His school days", "His time in the Navy"]
_PRAISE = re.compile(r"\b(?:lovely|wonderful|great|beautiful)\b", re.IGNORECASE)


def _farm_session(api: Api, **fields: Any) -> tuple[str, str]:
    person = api.ok("POST", "/people", json={"display_name": "Dad (Walter Kowalski)"})
    topic = api.ok(
        "POST",
        f"/people/{person['id']}/topics",
        json={"kind": "life_event", "title": "Growing up on the farm", "period_start": "1932-01-01"},
    )
    body = {
        "person_id": person["id"],
        "kind": "story",
        "name": "Dad's farm childhood",
        "intention": "Capture Dad's childhood on the farm near Des Moines, for the grandchildren",
        "success_indicators": INDICATORS,
        "scheduled_duration_minutes": 45,
        "topic_ids": [topic["id"]],
        **fields,
    }
    session = api.ok("POST", "/sessions", json=body)
    api.ok("POST", f"/sessions/{session['id']}/start")
    return session["id"], transcript(api, session["id"])[0]["agent_prompt"]


def _answers(api: Api, sid: str) -> list[dict[str, Any]]:
    return [i for i in transcript(api, sid) if i["response_method"] == "text"]


def test_farm_childhood_the_whole_script(api: Api) -> None:
    sid, opening = _farm_session(api)
    # Called by name, not by the display name; the intention (written about him) is not read to him.
    assert opening.startswith(("Hello Walter", "Welcome, Walter")), opening
    assert "Kowalski" not in opening and "Capture" not in opening and "“" not in opening
    assert "growing up on the farm" in opening

    results = [say(api, sid, text) for text in FARM]
    replies = [r["reply"] for r in results]
    for reply in [opening, *replies]:
        assert not re.search(r"[“”\"]", reply) and "draft" not in reply.lower() and "Dad (" not in reply
        assert "?" in reply

    # People, not objects: the cookstove, the radio, the horses, the Navy and the ship are not people.
    answers = _answers(api, sid)
    people = [a["mentions_people"] for a in answers]
    assert people[0] == ["Helen", "Stanley"] and answers[0]["mentions_places"] == ["Des Moines"]
    assert "Philco" not in people[1] and not {"Dolly", "Prince"} & set(people[2]) and "Tommy" in people[2]
    assert people[5] == ["Miss Peterson"] and answers[5]["mentions_places"] == ["Hancock"]
    assert people[8] == [] and answers[8]["mentions_places"] == ["Great Lakes"]
    assert not {"Monarch", "Philco", "Navy", "Hancock", "Dolly", "Prince"} & {p for ps in people for p in ps}

    # The people just named are followed, by name, before any stock question.
    assert "Helen" in replies[0] and re.search(r"\b(?:she|her)\b", replies[0])  # the mother is a she
    assert "Stanley" in replies[1] and re.search(r"\b(?:he|him)\b", replies[1])
    assert "Tommy" in replies[2]
    # A brother's death from polio: care, a pause or a move offered, and no stock question.
    assert "sorry" in replies[3].lower() and "Tommy" in replies[3] and "pause" in replies[3]
    assert question_id(results[3]).startswith("care.")
    assert results[4]["interactions"][-1]["prompt_category"] != "tension"  # not "the hardest thing" next
    assert "Miss Peterson" in replies[5]
    # "I don't remember much else": a gentler way in, never praise.
    assert question_id(results[6]).endswith(".angle") and not _PRAISE.search(replies[6])
    assert re.search(r"\b(?:smell|sound|photograph|who else|knew)\b", replies[6], re.IGNORECASE)
    # "Can you ask me more about the school?" is honoured.
    assert "the school" in replies[7] and question_id(results[7]) == "ask.school"
    # A change of subject: the Navy becomes a topic of the session, and the next question is about it.
    topics = {t["title"]: t for t in api.ok("GET", f"/sessions/{sid}/topics")}
    assert set(topics) == {"Growing up on the farm", "The Navy"}
    navy = topics["The Navy"]["topic_id"]
    assert "the Navy" in replies[8] and results[8]["interactions"][-1]["topic_id"] == navy
    assert question_id(results[8]) == f"scene@{navy.replace('-', '')}"
    assert results[9]["interactions"][-1]["topic_id"] == navy  # he goes on about the Navy

    # Not done, and most of the planned 45 minutes ahead: no end was ever proposed.
    assert not any(r["proposed_end"] for r in results)
    # The indicators his answers plainly meet are marked, with his own words as evidence.
    progress = api.ok("GET", f"/sessions/{sid}/progress")
    met = [i for i in progress["success_indicators"] if i["met"]]
    assert len(met) == 4, progress["success_indicators"]
    assert "Helen" in met[0]["evidence"] and "kitchen" in met[1]["evidence"]
    assert "school" in met[2]["evidence"] and "Navy" in met[3]["evidence"]


@pytest.mark.parametrize(
    ("planned", "wait", "ends"),
    [
        (45, 60, False),
        (45, 600, True),
        (None, 60, True),
    ],
    ids=["45min-early", "45min-used", "unplanned"],
)
def test_an_end_waits_for_the_planned_time_and_for_not_done(
    api: Api, planned: int | None, wait: int, ends: bool
) -> None:
    """Every category covered: with 45 minutes planned and 5 used, no end; once the time is used, an end."""
    person = api.ok("POST", "/people", json={"display_name": "Ruth"})
    rich = "We lived by the sea in a small white house and the boats went out at dawn every single morning."
    body = {"person_id": person["id"], "kind": "story", "name": "By the sea", "start": True}
    session = api.ok("POST", "/sessions", json={**body, "scheduled_duration_minutes": planned})
    results = [say(api, session["id"], rich, wait=wait) for _ in range(5)]
    assert any(r["proposed_end"] for r in results) is ends, (planned, wait, [r["reply"] for r in results])
    if not ends:  # open questions instead of a closing
        assert question_id(results[-1]).startswith("deeper.")
    else:
        again = say(api, session["id"], "Oh, we're not done yet, there's more.", wait=wait)
        assert not again["proposed_end"] and "?" in again["reply"]
        assert question_id(again).startswith(("deeper.", "who."))


def test_people_and_things_in_other_answers(api: Api) -> None:
    """Objects, ships, brands, animals and institutions are not people; kin in apposition are."""
    person = api.ok("POST", "/people", json={"display_name": "Grandma (Mei Lin Chow)"})
    session = api.ok("POST", "/sessions", json={"person_id": person["id"], "name": "Voyage", "start": True})
    sid = session["id"]
    first = say(
        api,
        sid,
        "We sailed on the President Wilson from Hong Kong in 1955. My father, Chow Wing, stood at the rail the "
        "whole first night, and my aunt Siu Fong held my hand so I would not fall.",
    )
    assert "Chow Wing" in first["reply"] and first["reply"].count("?") >= 1
    say(
        api,
        sid,
        "My mother opened the Golden Dragon on Pender Street. Our Ford truck brought the vegetables, and a cat "
        "named Whiskers slept on the rice sacks. Mr Lee from the Benevolent Society came every Sunday.",
    )
    answers = _answers(api, sid)
    assert answers[0]["mentions_people"] == ["Chow Wing", "Siu Fong"]
    assert answers[0]["mentions_places"] == ["Hong Kong"]
    assert answers[1]["mentions_people"] == ["mother", "Mr Lee"]
    assert answers[1]["mentions_places"] == ["Pender Street"]
    opening = transcript(api, sid)[0]["agent_prompt"]
    assert opening.startswith(("Hello Mei", "Welcome, Mei")) and "(" not in opening


def test_illness_and_leaving_it_there(api: Api) -> None:
    """A grave illness is met with care; "let's leave that" is respected: no follow-up about it."""
    person = api.ok("POST", "/people", json={"display_name": "Ines"})
    session = api.ok("POST", "/sessions", json={"person_id": person["id"], "name": "Marriage", "start": True})
    sid = session["id"]
    care = say(api, sid, "My husband Carlos was diagnosed with cancer in 1988. I nursed him at home until the end.")
    assert re.search(r"sorry|so hard", care["reply"]) and "Carlos, and" in care["reply"]
    assert "something else" in care["reply"]
    assert question_id(care).startswith("care.") and not care["proposed_end"]
    after = say(api, sid, "Let's leave that for now, please.")
    assert after["reply"].startswith("Of course") and "Carlos" not in after["reply"]
    assert not question_id(after).startswith(("care.", "who."))


def test_more_about_a_part_of_the_topic_and_kin_words_meeting_indicators(api: Api) -> None:
    """ "Tell me more about the farm kitchen" is a part of "Growing up on the farm", asked about as such;
    an indicator about "mother and father" is met by an answer about Mum and Dad."""
    sid, _ = _farm_session(api, success_indicators=["His mother and father"])
    first = say(api, sid, "Mum ran the kitchen and Dad drove the milk truck into town every morning.")
    assert [i["index"] for i in first["indicators"]] == [0] and "Mum ran the kitchen" in first["indicators"][0][
        "evidence"
    ]
    more = say(api, sid, "Tell me more about the farm kitchen.")
    assert "the farm kitchen" in more["reply"] and question_id(more) == "ask.farm-kitchen"
    switch = say(api, sid, "I'd like to talk about the farm itself now.")  # a change of subject may name it loosely
    assert question_id(switch).endswith(api.ok("GET", f"/sessions/{sid}/topics")[0]["topic_id"].replace("-", ""))


def test_a_short_scene_is_kept_by_what_it_holds_not_by_its_length(api: Api) -> None:
    """A scene is situated and told through the senses: 27 words of a snowy station at dusk are one
    (the old 40-word floor saved nothing, and "A vivid scene" was never met); a 21-word portrait of
    a brother, nowhere in particular and with nothing seen or heard, is not."""
    person = api.ok("POST", "/people", json={"display_name": "Anna"})
    body = {"person_id": person["id"], "name": "Winters", "success_indicators": ["A vivid scene"], "start": True}
    sid = api.ok("POST", "/sessions", json=body)["id"]
    portrait = say(
        api, sid, "My brother Piet was clever and kind, and he always helped me with my sums because he was older."
    )
    assert portrait["artifacts"] == [] and portrait["indicators"] == []
    scene = (
        "At dusk the station was white with snow. The stove in the waiting room glowed orange, and my father "
        "stamped his boots and laughed."
    )
    saved = say(api, sid, scene)
    assert [(a["artifact_type"], a["content"]) for a in saved["artifacts"]] == [("scene_capture", scene)]
    assert [i["index"] for i in saved["indicators"]] == [0]


def test_i_dont_remember_gets_a_gentler_angle_after_care_and_when_it_is_all_the_answer_says(api: Api) -> None:
    """Issue 9 (held-out, first run): "I don't remember the house at all" answered the offer of a
    pause after a sad answer, and "I can't remember much about being small … all a bit of a fog"
    ran past 20 words; both got a stock question instead of a gentler way in."""
    person = api.ok("POST", "/people", json={"display_name": "Aldo"})
    session = api.ok("POST", "/sessions", json={"person_id": person["id"], "name": "Early years", "start": True})
    sid = session["id"]
    care = say(api, sid, "My grandmother Lucia died of pneumonia the winter after we arrived.")
    assert question_id(care).startswith("care.")
    after = say(api, sid, "I can't recall the village school at all, which is odd. Five years I went there.")
    assert question_id(after).endswith(".angle") and not _PRAISE.search(after["reply"])
    api.ok("POST", f"/sessions/{sid}/complete", json={})

    other = api.ok("POST", "/sessions", json={"person_id": person["id"], "name": "Later years", "start": True})
    long_gap = say(
        api,
        other["id"],
        "Honestly I couldn't say much about the years before I turned ten, I'm sorry. "
        "It all went grey and blurry a long while back, like an old photograph left in the sun.",
    )
    assert question_id(long_gap).endswith(".angle")
    # A memory told around a gap is a memory: followed, not met with an angle.
    told = say(
        api,
        other["id"],
        "I don't remember the year, but my uncle Piet took me out on his barge on the Schelde, and the engine "
        "smelled of oil and coffee the whole way down to Antwerp.",
    )
    assert not question_id(told).endswith(".angle") and "Piet" in told["reply"]


@pytest.mark.parametrize(
    ("wait", "ends"),
    [
        (60, False),
        (190, True),
    ],
    ids=["early", "late"],  # three answers: 3 of 10 minutes, or 9.5 of 10
)
def test_the_closing_comes_when_the_planned_time_is_all_but_used(api: Api, wait: int, ends: bool) -> None:
    """Issue 9 (held-out, first run): 19 of 20 planned minutes used and the interviewer asked
    another stock question. With 90% of the time gone the reply is the closing (unless the person
    said they are not done); with most of it ahead there is no end."""
    person = api.ok("POST", "/people", json={"display_name": "Noor"})
    answer = "We kept goats behind the house and my brother Samir milked them before school."
    body = {"person_id": person["id"], "name": "The goats", "start": True, "scheduled_duration_minutes": 10}
    sid = api.ok("POST", "/sessions", json=body)["id"]
    results = [say(api, sid, answer.replace("Samir", name), wait=wait) for name in ("Samir", "Rami", "Tarek")]
    assert [bool(r["proposed_end"]) for r in results] == [False, False, ends], [r["reply"] for r in results]
    if ends:
        assert question_id(results[-1]) == "closing"
        # Closing for time, not for having covered it all: no claim of "beginning to end".
        assert "time" in results[-1]["reply"] and "beginning to end" not in results[-1]["reply"]
        assert "first scene to what it means" not in results[-1]["reply"], results[-1]["reply"]
        more = say(api, sid, "Wait, we're not finished, I've more to say.", wait=30)
        assert not more["proposed_end"]


@pytest.mark.parametrize(
    ("answer", "cares"),
    [
        (
            "In 1962 there was an explosion down the pit at Senghenydd and my brother Idris was trapped below. "
            "They carried him up on a stretcher at dawn.",
            True,
        ),
        ("My uncle Gareth went out with the trawler in the storm of 1947 and he never made it back to us.", True),
        ("Our grandfather was widowed young and raised four boys on his own in the valley.", True),
        ("We had an accident with the milk churns once, and my sister Nia laughed for a week.", False),
        ("My brother never made it to the grammar school, he went down the pit at fourteen like Dad.", False),
    ],
    ids=["explosion", "trawler", "widowed", "milk-churns", "grammar-school"],
)
def test_a_grave_accident_and_a_death_in_other_words_are_met_with_care(api: Api, answer: str, cares: bool) -> None:
    """Issue 9 (third held-out round): a fatal accident told without "died" ("… my father was
    underneath. They sent him home …") got a stock question. A grave accident to someone, and
    the words people use instead of "died", are met with care; an ordinary answer is not."""
    person = api.ok("POST", "/people", json={"display_name": "Dilys"})
    session = api.ok("POST", "/sessions", json={"person_id": person["id"], "name": "The valley", "start": True})
    result = say(api, session["id"], answer)
    assert question_id(result).startswith("care.") is cares, (answer, result["reply"])
    if cares:
        assert "something else" in result["reply"] and not result["proposed_end"]


@pytest.mark.parametrize(
    ("last", "ends"),
    [
        ("My aunt Megan, yes. I think that's enough for today, love, my head is full.", True),
        ("Megan, yes. I'm feeling rather worn out now, dear.", True),
        ("No, I'm not tired at all. Megan kept the hives for thirty years.", False),
        ("I was so tired after those summers at the hives, but Megan never stopped.", False),
        ("Can we stop there for today? Megan would laugh at me.", True),
        ("Megan always said let's stop at the inn at Llandovery, and we always did.", False),
    ],
    ids=["enough-for-today", "worn-out", "not-tired", "tired-in-the-past", "stop-there", "stop-at-the-inn"],
)
def test_tired_or_enough_for_today_is_a_wish_to_stop(api: Api, last: str, ends: bool) -> None:
    """Issue 9 (third held-out round): "I am getting a little tired now" near the end of the time
    got another follow-up. Tiredness or "that's enough for today" is honoured with a closing
    whatever time is left; "I'm not tired" and a tiredness told of the past are not."""
    person = api.ok("POST", "/people", json={"display_name": "Bronwen"})
    story = "We kept bees behind the chapel and my aunt Megan sold the honey at the market in Llandeilo."
    body = {"person_id": person["id"], "name": "The bees", "start": True, "scheduled_duration_minutes": 60}
    sid = api.ok("POST", "/sessions", json=body)["id"]
    first = say(api, sid, story)
    assert not first["proposed_end"]
    result = say(api, sid, last)
    assert bool(result["proposed_end"]) is ends, (last, result["reply"])
    if ends:
        assert question_id(result) == "closing" and "?" in result["reply"]


def test_a_new_memory_told_after_care_is_followed(api: Api) -> None:
    """Issue 9 (third held-out round): a death mentioned in passing brought the care offer, and the
    next answer, a whole new scene with new people, got "Let's go on gently" and a stock question.
    A scene told after the offer is followed by name; "I'd rather leave it" still is not."""
    person = api.ok("POST", "/people", json={"display_name": "Anneke"})
    sid = api.ok("POST", "/sessions", json={"person_id": person["id"], "name": "Polder", "start": True})["id"]
    care = say(api, sid, "Grandfather planted the pear trees along the dyke the spring before he died.")
    assert question_id(care).startswith("care.")
    told = say(
        api,
        sid,
        "In winter my cousin Pieter pulled me on a sledge across the frozen canal to the school at Giethoorn, "
        "and Meester Bakker rang a brass bell at the door while the stove smoked.",
    )
    assert re.search(r"Pieter|Bakker|Giethoorn", told["reply"]), told["reply"]


def test_a_gap_in_a_loss_already_met_with_care_gets_a_gentler_way_in(api: Api) -> None:
    """Issue 9 (fourth held-out round): after the care offer and "go on", "The funeral... I don't
    remember it" got the same care offer again, word for word. A loss already met with care, now
    remembered only as a gap, gets the gentler way in; a first loss still gets care."""
    person = api.ok("POST", "/people", json={"display_name": "Ilse"})
    sid = api.ok("POST", "/sessions", json={"person_id": person["id"], "name": "Bremen", "start": True})["id"]
    care = say(api, sid, "My brother Jonas died of diphtheria the winter I turned nine.")
    assert question_id(care).startswith("care.")
    on = say(api, sid, "Thank you. It's all right, carry on.")
    assert not question_id(on).startswith("care.")
    gap = say(api, sid, "The burial, I can't recall any of it. Mother says I was there.")
    assert not question_id(gap).startswith("care.") and gap["reply"] != care["reply"], gap["reply"]
    assert question_id(gap).endswith(".angle") and not _PRAISE.search(gap["reply"])
    api.ok("POST", f"/sessions/{sid}/complete", json={})
    # A first loss remembered with a gap is still met with care.
    other = api.ok("POST", "/sessions", json={"person_id": person["id"], "name": "Later", "start": True})["id"]
    first = say(api, other, "The burial of my uncle Karl, I can't recall any of it.")
    assert question_id(first).startswith("care."), first["reply"]


@pytest.mark.parametrize(
    ("answer", "cares"),
    [
        (
            "The river broke its banks that night and the mill cottage where my uncle Bolek lived was swept away. "
            "Fishermen came on him three days afterwards near the weir.",
            True,
        ),
        ("After the landslide my cousin Ewa was never found.", True),
        (
            "The typhoon took the roof off the school. We looked everywhere for Lolo Ben, and they found him "
            "two days later in the mangroves.",
            True,
        ),
        ("In the storm our cat ran off, and we found her a week later asleep in the barn.", False),
        ("The flood came up to the steps of the church, and we rowed to school for a week.", False),
        ("The dike gave way and our barn was swept away, but we found Grandad two days later, safe at the inn.", False),
        ("In the blizzard she was carried away by the drifts, and they pulled her out alive the next morning.", False),
    ],
    ids=["swept-away", "never-found", "typhoon", "cat", "flood", "grandad-safe", "blizzard-alive"],
)
def test_a_body_found_after_a_disaster_is_a_death(api: Api, answer: str, cares: bool) -> None:
    """Issue 9 (fourth held-out round): a grandmother lost in a flood, "They found her a week later,
    down by the harbour", got a stock question. Someone found days later after a flood, a storm, a
    fire or a landslide, swept away, or never found, is a death; finding a lost cat is not."""
    person = api.ok("POST", "/people", json={"display_name": "Tomasz"})
    session = api.ok("POST", "/sessions", json={"person_id": person["id"], "name": "The river", "start": True})
    result = say(api, session["id"], answer)
    assert question_id(result).startswith("care.") is cares, (answer, result["reply"])


def test_someone_new_is_followed_before_a_parent_already_named(api: Api) -> None:
    """Issue 9 (fourth held-out round): "Mama kept the accounts … My brother Edgardo, we called him
    Bong, kept a fighting rooster …" after "My mother, Luz, …" was followed with a question about
    Mama. The person this answer brings in comes before one an earlier answer already named."""
    person = api.ok("POST", "/people", json={"display_name": "Grandpa (Osei Boateng)"})
    sid = api.ok("POST", "/sessions", json={"person_id": person["id"], "name": "Kumasi", "start": True})["id"]
    first = say(
        api,
        sid,
        "We lived near the market in Kumasi. My father, Kwame, mended bicycles under a mango tree, and my mother, "
        "Abena, sold cloth from a stall by the station.",
    )
    assert not first["proposed_end"]
    second = say(
        api,
        sid,
        "Mother wrote every sale in a little exercise book and never lost a pesewa. My sister Efua, we called her "
        "Effie, kept a goat behind the kitchen, and Father pretended not to see it.",
    )
    assert "Efua" in second["reply"], second["reply"]


def test_the_name_a_family_uses_beside_the_full_name_is_the_one_said() -> None:
    """Held-out round 5: "Abuelo Chucho (Jesús Ortega Lara)" was greeted as Jesús; the family calls him
    Chucho. A name after the relation, before the brackets, is the one used; a lone family word
    for the relation, or a formal title with a surname, is not a name to call someone by."""
    from agent.guided.naming import address_name

    assert address_name("Uncle Bob (Robert Smith)") == "Bob"
    assert address_name("Grandpa Joe (Joseph Kerr)") == "Joe"
    assert address_name("Nain (Megan Hughes)") == "Megan"
    assert address_name("Dr. Smith (Anna Smith)") == "Anna"
    assert address_name("Dad (Walter Kowalski)") == "Walter"
    assert address_name("Grandma Rosa") == "Rosa"
    # Held-out round 10: "Mama Agba (Folake Adeyemi)" was greeted as Agba; an honorific said after the
    # relation ("Baba Agba", "Ayşe Teyze") is the family's word, not the name they use.
    assert address_name("Baba Agba (Tunde Bello)") == "Tunde"
    assert address_name("Kemal Bey (Kemal Aydın)") == "Kemal"
