"""A success indicator is first marked on the answer that meets it, not on an earlier one that shares
a word with it (issue 9: "mark indicators the answers meet").

Wording of its own: no persona of benchmarks/personas says any of these answers, and the people,
places and trades are others.
"""

from __future__ import annotations

from typing import Any

from tests.support import Api


def _marked_on(
    api: Api, indicators: list[str], answers: list[str], *, topic: str | None = None
) -> dict[int, tuple[int, str]]:
    """Indicator index -> (the answer, from 1, that first marked it, its evidence)."""
    person = api.ok("POST", "/people", json={"display_name": "Teodor"})
    body: dict[str, Any] = {"person_id": person["id"], "name": "His life", "success_indicators": indicators}
    if topic:
        made = api.ok("POST", f"/people/{person['id']}/topics", json={"kind": "life_event", "title": topic})
        body["topic_ids"] = [made["id"]]
    session = api.ok("POST", "/sessions", json={**body, "start": True})
    marked: dict[int, tuple[int, str]] = {}
    for n, answer in enumerate(answers, start=1):
        result = api.ok("POST", f"/sessions/{session['id']}/turns", json={"text": answer})
        for change in result["indicators"]:
            if change["met"]:
                marked.setdefault(change["index"], (n, change["evidence"]))
    return marked


# --- named as what is to come is not told ------------------------------------------------------


def test_an_offer_to_tell_is_not_the_telling_unless_the_answer_goes_on(api: Api) -> None:
    marked = _marked_on(
        api,
        ["The rowing regatta"],
        [
            "Ask me about the regatta. That one I remember.",
            "Every August the whole harbour lined the quay, and my cousin Jory pulled stroke in the pilot gig "
            "while the rest of us screamed from the lifeboat slip.",
            "My mother kept the sweet shop by the chapel.",
        ],
    )
    assert marked == {}  # neither the offer nor the race told without its word meets "the rowing regatta"
    # an offer the answer goes on to tell is told
    marked = _marked_on(
        api,
        ["The rowing regatta"],
        [
            "I want to tell you about the regatta. Every August the whole harbour lined the quay and my cousin "
            "Jory pulled stroke in the pilot gig, and we screamed ourselves hoarse from the slip.",
        ],
    )
    assert marked.get(0, (0, ""))[0] == 1


def test_a_feast_wished_for_is_not_met_by_its_city_elsewhere(api: Api) -> None:
    # Only names: "Puja" offered at the very end, "Kolkata" in a story of a court case.
    marked = _marked_on(
        api,
        ["The Durga Puja in Kolkata"],
        [
            "My aunt took the tram every week to the High Court in Kolkata to fight for her pension, and she won "
            "it in the end. But my grandchildren wish to hear of the Puja.",
            "For the Puja the whole of Kolkata stayed awake five nights, the pandals lit up on every corner, "
            "and on the last day we carried the goddess down to the river.",
        ],
    )
    assert marked.get(0, (0, ""))[0] == 2


# --- a verb of the indicator is the person's, and of the thing it names -----------------------------


def test_learning_is_the_persons_own_and_sewing_is_told_by_its_work(api: Api) -> None:
    marked = _marked_on(
        api,
        ["How she learned tailoring"],
        [
            "The lecturers from the Technical College brought their jackets to my uncle Aziz for mending, and "
            "he charged them double.",
            "At ten my aunt sat me down with a needle and a scrap of serge: first tacking, then seams, then the "
            "buttonholes for her own customers.",
        ],
    )
    assert marked.get(0, (0, ""))[0] == 2  # the college is their learning, not hers


def test_what_she_learned_is_told_of_her_not_of_others(api: Api) -> None:
    marked = _marked_on(
        api,
        ["How she learned the trade"],
        [
            "The lecturers from the Technical College brought their jackets to my uncle Aziz for mending, and "
            "he charged them double.",
            "By fourteen I was apprenticed to my aunt, doing the buttonholes for her own customers.",
        ],
    )
    assert marked.get(0, (0, ""))[0] == 2  # "she learned": the college is the lecturers' learning, not hers


def test_learning_something_else_is_not_learning_the_thing(api: Api) -> None:
    marked = _marked_on(
        api,
        ["Learning to swim with his father"],
        [
            "You learned not to complain in that house, and my father worked nights at the ferry terminal.",
            "My father walked me out into the river at Renmark and held his hand under my chin, and that is "
            "how I learned to swim.",
        ],
    )
    assert marked.get(0, (0, ""))[0] == 2


def test_diving_is_told_by_going_under(api: Api) -> None:
    marked = _marked_on(
        api,
        ["Diving for sponges with his uncle"],
        [
            "My uncle's shop went under in the crash, and he went under the knife in Athens the year after.",
            "Uncle Stavros tied the stone to my waist, and I went down after him, and down, until my ears "
            "rang, and came up with nothing the first day.",
        ],
    )
    assert marked.get(0, (0, ""))[0] == 2


# --- a concept told around its word --------------------------------------------------------------


def test_a_contract_is_told_by_its_terms_and_not_by_a_qualifier(api: Api) -> None:
    marked = _marked_on(
        api,
        ["Going to the Gulf on a building contract"],
        [
            "We lived beside the Gulf road, where my uncle was building a house for the schoolmaster.",
            "In 1978 an agent came to Kochi with the papers: two years, they paid the air ticket to the Gulf "
            "and took it back out of the wages, month by month.",
        ],
    )
    assert marked.get(0, (0, ""))[0] == 2


def test_schooling_is_told_by_being_taught_to_read(api: Api) -> None:
    marked = _marked_on(
        api,
        ["His schooling"],
        [
            "Brother Anselm taught them to read in the mission hall, but I was out on the hill with the goats.",
            "Then one wet March Brother Anselm taught us our letters on slates in the mission hall at Kisumu.",
        ],
    )
    assert marked.get(0, (0, ""))[0] == 2


def test_easter_is_told_by_its_holy_days(api: Api) -> None:
    marked = _marked_on(
        api,
        ["His memories of Easter"],
        [
            "On Good Friday my grandmother dyed the eggs with onion skins, and at midnight on Saturday the whole "
            "of Vathy shouted that Christ is risen.",
        ],
    )
    assert marked.get(0, (0, ""))[0] == 1


# --- the topic answered names it; the answer must tell some of it -----------------------------------


def test_the_topic_title_alone_does_not_meet_an_indicator(api: Api) -> None:
    marked = _marked_on(
        api,
        ["Life with the herd"],
        [
            "Those years are a sieve to me now, my dear, I could not give you one name or one day out of them, "
            "not for money.",
        ],
        topic="Herding in the Pyrenees",
    )
    assert marked == {}
