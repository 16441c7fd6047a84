"""The guided reader, held-out round 12 (issue 9): kin words and honorifics of Punjabi and Louisiana
French, a storm, a boat, a bar and a tune named like people, and places said without a place word.
Every answer here is worded unlike the round's personas: other people, other places, other tongues."""

from __future__ import annotations

import pytest

from agent.guided.annotate import read


@pytest.mark.parametrize(
    ("answer", "person"),
    [
        # an honorific after a name is how the person is called
        ("In the mornings Pandit ji came with his almanac and sat on our charpai.", "Pandit ji"),
        ("Doctor ji lived behind the post office and never took money from widows.", "Doctor ji"),
        # relatives in Punjabi and Louisiana French, read as the relative
        ("Bapuji sold the buffalo the year the canal dried up.", "father"),
        ("We kept a goat, and Pépère milked it before the sun came up.", "grandfather"),
        ("Every Easter we drove to Opelousas, where Memere cooked a whole pig.", "grandmother"),
        # a name explained by the job
        ("Okonkwo, the drummer, locked the hall after the last dance.", "Okonkwo"),
        # a name joined by hyphen to a given name
        ("My cousin was Ti-Paul, the smallest one, always at the back of the line.", "Ti-Paul"),
        # the listener's relative doing something in the story
        ("Your Grandpa carried that trunk up three flights on his own.", "Grandpa"),
        # a family by its house
        ("When the river came up, the Guidry house floated off its blocks.", "Guidry"),
        # a verb said without its ending, and the maker of a tune
        ("That morning, Marcus bring the steel drums in his van.", "Marcus"),
        ("We danced all night to Sparrow's tune, the whole street at once.", "Sparrow"),
    ],
)
def test_people_said_by_kin_word_honorific_role_or_deed(answer: str, person: str) -> None:
    reading = read(answer)
    assert person in reading.people, (reading.people, reading.places, reading.things)


@pytest.mark.parametrize(
    ("answer", "thing"),
    [
        ("Hilda. The radio said she would make landfall by morning, and it was worse.", "Hilda"),
        ("My uncle took us out to the oyster beds on the Miss Dolores every Friday.", "Miss Dolores"),
        ("Saturday nights, Rosa's, that small café near the depot, had a fiddler.", "Rosa"),
        ("Grandpa sang Annie Laurie to the cows, and they gave more milk for it.", "Annie Laurie"),
    ],
)
def test_storms_boats_businesses_and_tunes_named_like_people_are_not_people(answer: str, thing: str) -> None:
    reading = read(answer)
    assert thing not in reading.people, (reading.people, reading.things)


@pytest.mark.parametrize(
    ("answer", "place"),
    [
        ("Sector 17. Near Chandigarh. That was where the rest of us landed.", "Sector"),
        ("My mother was born on the Isle Dernière, before the storm washed it away.", "Isle Dernière"),
        ("We fished every summer where the Atchafalaya bends past the old mill.", "Atchafalaya"),
        ("The priest came from the coast somewhere, Biloxi maybe, and spoke no French.", "Biloxi"),
        ("I never saw New Iberia till I was grown and married.", "New Iberia"),
    ],
)
def test_places_said_without_a_place_word(answer: str, place: str) -> None:
    reading = read(answer)
    assert place in reading.places, (reading.people, reading.places, reading.things)


@pytest.mark.parametrize(
    ("answer", "not_person"),
    [
        # the teller's greetings to the listener's mother, and a relative who never heard: nothing told
        ("Give my love to your mother when you get home.", "mother"),
        ("It is the story that your father never heard from me.", "father"),
        ("Put the kettle on for your Gran, there's a good girl.", "Gran"),
    ],
)
def test_the_listeners_relative_who_does_nothing_in_the_story_is_not_recorded(answer: str, not_person: str) -> None:
    reading = read(answer)
    assert not_person not in reading.people, reading.people


def test_look_alikes_stay_as_they_were() -> None:
    # "the New Year" is no place, a woman sang to (not a tune) is still a person, "the Miss" of a
    # ship needs its article
    assert "New Year" not in read("We always killed a pig for the New Year in the village.").places
    assert "Miss Duval" in read("Miss Duval taught us our letters on a slate.").people
    assert "Paolo" in read("After supper Paolo whistled while he mended the nets.").people


@pytest.mark.parametrize(
    "answer",
    [
        "Ramiro. He was the one who drove the bus up to the mine.",
        "Teodoro. Pulled his cap down and walked off without a word.",
    ],
)
def test_a_name_said_alone_then_what_he_did_is_a_person(answer: str) -> None:
    name = answer.split(".")[0]
    assert name in read(answer).people, read(answer)


@pytest.mark.parametrize(
    "answer",
    ["Ha. He was the boss of that house, not my uncle.", "Ardmore. He went there every summer as a boy."],
)
def test_a_laugh_or_a_place_said_alone_is_no_person(answer: str) -> None:
    reading = read(answer)
    assert answer.split(".")[0] not in reading.people, reading.people


@pytest.mark.parametrize(
    ("answer", "person"),
    [
        # people landing are no storm: a name said alone after it is still a person
        ("We came ashore at Dover in the rain. Ramiro. He drove the bus to the camp.", "Ramiro"),
        ("The ferry made landfall at dawn. Agnieszka. She met us with bread.", "Agnieszka"),
        # the Arabic "teta" is a grandmother (no other table may read it as an aunt)
        ("My Teta made bread every Friday in the clay oven.", "grandmother"),
    ],
)
def test_landings_and_grandmothers_stay_people(answer: str, person: str) -> None:
    reading = read(answer)
    assert person in reading.people, (reading.people, reading.things)


@pytest.mark.parametrize(
    "answer",
    ["June came early that year, and the hay was in by the tenth.", "May would bring the rain before the shearing."],
)
def test_a_month_doing_what_months_do_is_nobody(answer: str) -> None:
    reading = read(answer)
    assert not {"June", "May"} & set(reading.people), reading.people


def test_a_kin_word_is_read_one_way_only() -> None:
    """Each word of the kin table is listed once: a second line for the same word (the Croatian
    "teta", an aunt) silently overrode the first (the Arabic "teta", a grandmother)."""
    import re

    from agent.guided import lexicon

    words = [m.group(1) for m in re.finditer(r"(?m)(?:^|\s{2,})([^\s#=]+) (?:\w+|=) ", lexicon._KIN_ABROAD)]
    repeated = {w for w in words if words.count(w) > 1}
    assert not repeated, sorted(repeated)
