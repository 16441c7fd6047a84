"""The guided interviewer marks success indicators an answer clearly meets, with evidence."""

from __future__ import annotations

from tests.support import Api, indicators_marked

RICH = (
    "We lived in a narrow terraced house on Elm Street in Leeds, and every Saturday morning my mother "
    "Alice baked bread while my brother Tom and I waited by the warm oven for the first crusty slice, "
    "with butter melting into it and the whole kitchen smelling sweet."
)


def test_a_rich_answer_meets_scene_and_person_indicators(api: Api) -> None:
    person = api.ok("POST", "/people", json={"display_name": "Margaret"})
    session = api.ok(
        "POST",
        "/sessions",
        json={
            "person_id": person["id"],
            "name": "Childhood",
            "success_indicators": ["A vivid scene", "A named person", "Talk about school grades"],
            "start": True,
        },
    )
    result = api.ok("POST", f"/sessions/{session['id']}/turns", json={"text": RICH})
    changed = {c["index"]: c for c in result["indicators"]}
    assert set(changed) == {0, 1}  # nothing in the answer is about school grades
    assert changed[0]["met"] and "scene" in changed[0]["evidence"]
    assert changed[1]["met"] and "Alice" in changed[1]["evidence"]
    progress = api.ok("GET", f"/sessions/{session['id']}/progress")
    assert progress["success_met"] == 2

    # Met indicators are not marked again by later answers.
    again = api.ok("POST", f"/sessions/{session['id']}/turns", json={"text": RICH.replace("Alice", "Rose")})
    assert again["indicators"] == []


def test_a_short_answer_meets_nothing(api: Api) -> None:
    person = api.ok("POST", "/people", json={"display_name": "Ken"})
    session = api.ok(
        "POST",
        "/sessions",
        json={"person_id": person["id"], "name": "Work", "success_indicators": ["A vivid scene"], "start": True},
    )
    result = api.ok("POST", f"/sessions/{session['id']}/turns", json={"text": "It was fine."})
    assert result["indicators"] == []


# --- an indicator read by meaning, not by its words (issue 9) --------------------------------
# Wording of its own: no persona of benchmarks/personas says any of these answers.


def test_a_job_is_met_by_work_told_in_other_words(api: Api) -> None:
    # "first" ranks the job, it is not a word the answer must repeat; "taken on at the
    # laundry" is a job (a workplace as the person's role), though neither "job" nor "work" is said.
    marked = indicators_marked(
        api,
        ["Her first job"],
        ["When I was fifteen I was taken on at the laundry on Harbour Road, ironing collars for the hotels."],
    )
    assert set(marked) == {0}
    assert "laundry" in marked[0]


def test_concepts_meet_their_general_indicators(api: Api) -> None:
    marked = indicators_marked(
        api,
        ["The wedding", "Their home", "His war service", "Her schooling", "His faith"],
        [
            "We were married in the spring at the registry office, with just my cousin as witness.",
            "The cottage had a thatched roof and a pump out in the yard.",
            "I was conscripted in 1951 and spent two years with the regiment in Malaya.",
            "I learnt my letters from the nuns, on slates, forty of us in one room.",
            "I served at mass as an altar boy until I was fourteen, in a cassock far too long.",
        ],
    )
    assert set(marked) == {0, 1, 2, 3, 4}
    assert "married" in marked[0] and "cottage" in marked[1] and "conscripted" in marked[2]


def test_an_answer_that_does_not_meet_the_indicator_marks_nothing(api: Api) -> None:
    # Each answer names the indicator's concept, or a word of it, but does not meet it:
    # someone else's job, a job denied, another job than the first, a workplace nearby,
    # a memory that is "first" but no job, a war that was someone else's.
    marked = indicators_marked(
        api,
        ["Her first job", "His war service"],
        [
            "My father worked at the gasworks all his life, and Mother took in sewing.",
            "My second job was at the telephone company, on nights.",
            "I never had a job before I was married, nobody expected it.",
            "Our street ran down to the brewery and you could smell the hops in August.",
            "My first memory is of the clock on the kitchen wall ticking.",
            "My uncle never talked about the war, not once, not even at Christmas.",
        ],
    )
    assert marked == {}


def test_a_job_is_met_by_a_workplace_only_as_the_persons_role(api: Api) -> None:
    marked = indicators_marked(
        api,
        ["Her first job"],
        [
            "The dairy was at the end of our lane and the carts went by at five.",  # a place nearby: no
            "When I left school my aunt found me a place as a nursemaid with a doctor's family.",  # her role
        ],
    )
    assert set(marked) == {0}
    assert "nursemaid" in marked[0]


def test_leaving_a_named_country_is_met_by_emigration_told_in_other_words(api: Api) -> None:
    # "left" beside a named place ("left Poland") is emigration: met by "emigrated" with the
    # grandparents named. "left school" beside no place is not: "emigrated" says nothing of it.
    marked = indicators_marked(
        api,
        ["Why his grandparents left Poland", "Why she left school"],
        ["Grandfather and Granny Zofia emigrated in 1921, when there was no land for a third son."],
    )
    assert set(marked) == {0}
    assert "emigrated" in marked[0]


def test_a_relatives_job_is_met_by_that_relatives_trade(api: Api) -> None:
    # Issue 9, third held-out round: "Her father's job at the harbour" was told as "My father,
    # Aurelio, was a stevedore": a trade told as the relative's role tells the relative's job.
    # The same trade as the teller's own, or another relative's, does not.
    marked = indicators_marked(
        api,
        ["His mother's job in the town", "Her uncle's work"],
        [
            "My mum, Peggy, was a telephonist, and she wore a headset as big as a saucepan.",
            "I was a porter myself for a while, and my brother was a postman.",
        ],
    )
    assert set(marked) == {0}
    assert "telephonist" in marked[0]


def test_a_compound_indicator_word_is_met_by_its_head_told_plainly(api: Api) -> None:
    # Issue 9, third held-out round: "Life in the backwaters" told as "the paddy fields are lower
    # than the water": a compound ("backwaters", "farmyards") is met by its head word, by stem.
    marked = indicators_marked(
        api,
        ["Life in the backwaters", "The farmyards", "The goldfields"],
        [
            "Our village sat on a strip of land between the canal and the sea, and the water came up "
            "to the steps of the house every spring.",
            "Grandad kept three pigs in the yard behind the byre.",
        ],
    )
    assert set(marked) == {0, 1}  # nothing of gold or fields
    assert "water" in marked[0]


def test_a_season_a_farm_and_a_family_are_met_by_what_tells_them(api: Api) -> None:
    """Issue 9 (fourth held-out round): "Her first winter in Canada" told as minus thirty-eight and
    snow to the bus windows, "Life on the farm before the flood" as beet, flax and cows, and "What
    happened to the family in the 1953 flood" as a grandmother lost that night were all missed.
    A season is met by its weather, a farm by its crops and beasts, a family by a relative named;
    "before", "after" and "happened" only say how. Answers that tell none of it mark nothing."""
    indicators = [
        "His first winter in Sweden",
        "Life on the farm before the war",
        "What happened to the family in the 1947 fire",
    ]
    told = indicators_marked(
        api,
        indicators,
        [
            "We kept potatoes and oats on four acres, with two cows and a pony, behind the stone wall.",
            "We reached Malmö at New Year and slept in a hostel. The snow came up to the sills, and we had only "
            "our summer shoes.",
            "That spring of 1947 my uncle Ruaridh ran back in for the ledgers, and we never saw him again.",
        ],
    )
    assert set(told) == {0, 1, 2}, told
    assert "snow" in told[0] and "acres" in told[1] and "1947" in told[2], told
    untold = indicators_marked(
        api,
        indicators,
        [
            "We lived above the chemist's in the town, and Dad sold aspirin and hair oil.",
            "In the summer we swam in the lake at Lund and ate cherries on the jetty.",
            "In 1947 I was twelve, and the mill at the end of our street closed for good.",
        ],
    )
    assert untold == {}, untold
