"""Round 17's misses in the reader (held-out, unseen writer), each by category in other wording.

A family's word for a relative in another language is the relative: Kazakh, Aymara, Tigrinya, Georgian
and Québécois words join the table, and a word the table lacks is a relative when the teller explains it
as one ("my Tutu, my mother's mother"). Look-alikes keep things things and real people people.
"""

from __future__ import annotations

import pytest

from agent.guided.annotate import read

# --- kin words of other languages ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("answer", "role"),
    [
        ("Ake taught me to hold the reins before I could read.", "father"),
        ("In the evening Sheshe baked the flat bread in the tandyr.", "mother"),
        ("Every spring Azhe sewed new felt for the yurt.", "grandmother"),
        ("My Aga carried me on his shoulders to the river.", "brother"),
        ("My Achachi knew every fish in the lake.", "grandfather"),
        ("Awicha wove the hats for the market in Puno.", "grandmother"),
        ("Adey roasted the coffee beans on the charcoal.", "mother"),
        ("my hawey sent money from Dubai every month.", "brother"),
        ("Babua planted the vines behind the house.", "grandfather"),
        ("My bebia made churchkhela in the autumn.", "grandmother"),
        ("ma blonde made the tourtière for the whole family.", "girlfriend"),
    ],
)
def test_a_kin_word_of_another_language_is_the_relative(answer: str, role: str) -> None:
    assert role in read(answer).people, read(answer).people


@pytest.mark.parametrize(
    ("answer", "name"),
    [
        ("My beau-frère Réjean fixed the outboard every spring.", "Réjean"),
        ("mon chum Réal built the cabin himself.", "Réal"),
        ("My belle-sœur Monique never missed a Sunday.", "Monique"),
    ],
)
def test_a_french_in_law_before_a_name_names_the_person(answer: str, name: str) -> None:
    assert name in read(answer).people, read(answer).people


def test_a_maltese_title_before_a_surname_is_a_person() -> None:
    assert read("Is-Surmast Camilleri made us play the march ten times.").people == ["Is-Surmast Camilleri"]


@pytest.mark.parametrize(
    "answer",
    [
        "We cooked on the Aga every winter, the kitchen was the only warm room.",
        "The Aga Khan opened the new hospital that year.",
        "Ma was blonde then, everyone said so.",
    ],
)
def test_look_alikes_of_the_new_kin_words_are_no_new_relatives(answer: str) -> None:
    people = read(answer).people
    assert "brother" not in people and "girlfriend" not in people, people


# --- a family word explained as a relative ------------------------------------------------------


@pytest.mark.parametrize(
    ("answer", "role", "said"),
    [
        ("My Grosi, the mother of my father, kept geese in the yard.", "grandmother", "your Grosi"),
        ("my Tutu, my mother's mother, made leis every May Day.", "grandmother", "your Tutu"),
        ("our kakak, our big sister, walked us to school.", "sister", "your kakak"),
    ],
)
def test_a_word_explained_as_a_relative_is_that_relative(answer: str, role: str, said: str) -> None:
    reading = read(answer)
    assert reading.people[0] == role, reading.people
    assert said in reading.reflections, reading.reflections
    assert "father" not in reading.people and "mother" not in reading.people, reading.people


def test_a_known_kin_word_explained_so_is_one_person_not_two() -> None:
    assert read("My Abuela, the mother of my father, sang in the choir.").people == ["grandmother"]


@pytest.mark.parametrize(
    "answer",
    [
        "My village, my mother's village, was only forty houses.",
        "My Ford, my father's pride, never started in the cold.",
    ],
)
def test_a_place_or_a_thing_explained_by_a_relative_is_no_relative(answer: str) -> None:
    people = read(answer).people
    assert not any(p in ("grandmother", "grandfather", "village", "Ford") for p in people), people


# --- things said like people or places ----------------------------------------------------------


@pytest.mark.parametrize(
    ("answer", "name"),
    [
        ("We had the piano lessons on Zoom all through the lockdown.", "Zoom"),
        ("Then we studied the San Remo variation for an hour.", "San Remo"),
        ("My brother and I played through the Dragon line twice.", "Dragon"),
        ("After my shift at Asda I sleep until noon.", "Asda"),
        ("I practise every night, and Duolingo says I have a streak of forty days.", "Duolingo"),
        ("The first game I lost, the second Komodo says I was better from move ten.", "Komodo"),
        ("The money went with the captain of the San Miguel, the launch that took the mail out.", "San Miguel"),
        ("We crossed on the Santa Maria, the ferry that ran out to Ushant.", "Santa Maria"),
    ],
)
def test_a_service_a_line_of_play_a_shop_or_a_boat_is_neither_person_nor_place(answer: str, name: str) -> None:
    reading = read(answer)
    assert name not in reading.people and name not in reading.places, (reading.people, reading.places)


@pytest.mark.parametrize(
    ("answer", "place"),
    [
        ("The Highland games on Skye were the best day of the year.", "Skye"),
        ("my shift at the Royal Infirmary starts at six.", "Royal Infirmary"),
        ("We crossed on the ferry to Ushant, the island that guards the channel.", "Ushant"),
    ],
)
def test_look_alikes_stay_places(answer: str, place: str) -> None:
    assert place in read(answer).places, read(answer).places


def test_a_town_then_a_role_said_after_it_is_still_the_town() -> None:
    reading = read("The school in Tuapa, the teacher, no, I cannot see her face.")
    assert "Tuapa" not in reading.people and "Tuapa" in reading.places, (reading.people, reading.places)


def test_a_name_then_the_role_is_still_the_person() -> None:
    assert "Hemi" in read("I stayed with Hemi, the teacher, for a week in the holidays.").people


# --- someone said by the work they did ----------------------------------------------------------


@pytest.mark.parametrize(
    ("answer", "role"),
    [
        ("The nurse with the red hands held me down while they stitched it.", "nurse"),
        ("We paid the skipper of the Kathleen in fish, never in money.", "skipper"),
        ("The foreman who hired me was a Geordie with one eye.", "foreman"),
        ("The headmistress... what was her name, I can see the bun, not the face.", "headmistress"),
        ("At the mill the ganger, I forget his name now, gave me the broom.", "ganger"),
    ],
)
def test_one_particular_person_said_by_their_work_is_someone(answer: str, role: str) -> None:
    reading = read(answer)
    assert role in reading.people, reading.people
    assert f"the {role}" in reading.reflections, reading.reflections


@pytest.mark.parametrize(
    "answer",
    [
        "I was the driver on that route for twenty years.",
        "My sister worked as the cook of the big house.",
        "We went to the doctor on the Monday and he said rest.",
        "The teacher was a Miss Hyvönen, very tall and very strict.",
        "The driver, Tomasi, sang the whole way to Apia.",
    ],
)
def test_a_role_that_is_the_tellers_or_unmarked_or_named_is_no_role_person(answer: str) -> None:
    people = read(answer).people
    assert not {"driver", "cook", "doctor", "teacher"} & set(people), people


# --- whose relative "her" and "his" say -----------------------------------------------------------


@pytest.mark.parametrize(
    ("answer", "role", "said"),
    [
        ("Mum sent me to her sister in Leeds for the summer.", "aunt", "your mum's sister"),
        ("Dad told me his mother was ill, that was all.", "grandmother", "your dad's mother"),
        ("My sister lost her husband in the war.", "brother-in-law", "your sister's husband"),
    ],
)
def test_her_or_his_after_the_tellers_relative_is_that_relatives_relative(answer: str, role: str, said: str) -> None:
    reading = read(answer)
    assert role in reading.people, reading.people
    assert said in reading.reflections, reading.reflections


@pytest.mark.parametrize(
    ("answer", "kept"),
    [
        ("Mum sent me to Aigul and her sister for the summer.", "her sister"),
        ("Her sister came too, with the baby.", "her sister"),
        ("Mum said it was fine. Then her sister came.", "her sister"),
        ("At the wedding her father's brother danced with everyone.", "her father's brother"),
    ],
)
def test_another_persons_relative_is_kept_as_said(answer: str, kept: str) -> None:
    assert kept in read(answer).people, read(answer).people


def test_a_pronoun_of_the_other_sex_is_no_relatives_relative() -> None:
    assert read("My brother lost her ring at the dance.").people == ["brother"]


# --- a name opening a clause, a place said by its noun, a name the teller had -------------------


@pytest.mark.parametrize(
    ("answer", "person"),
    [
        ("I watched it all on the telephone, Kemi held it up so I could see.", "Kemi"),
        ("My mate, Wiremu, drove us home after the dance.", "Wiremu"),
    ],
)
def test_a_name_doing_what_people_do_is_someone(answer: str, person: str) -> None:
    assert person in read(answer).people, read(answer).people


@pytest.mark.parametrize(
    ("answer", "thing"),
    [
        ("We had two horses, Bles and Mina, and a cart.", "Bles"),
        ("The boat, Johanna, sank in the storm of '53.", "Johanna"),
        ("My dog, Rex, barked all night at the foxes.", "Rex"),
    ],
)
def test_an_animal_or_a_thing_by_its_name_stays_a_thing(answer: str, thing: str) -> None:
    assert thing not in read(answer).people, read(answer).people


def test_a_place_noun_then_was_and_a_name_is_that_place() -> None:
    assert "Tuapa" in read("Our village was Tuapa, forty houses and a church.").places


@pytest.mark.parametrize("answer", ["The farm was Tom's until the war.", "My village, Kegen, was small."])
def test_an_owner_or_a_place_in_apposition_is_no_new_person_or_place(answer: str) -> None:
    reading = read(answer)
    assert "Kegen" not in reading.people and "Tom" not in reading.places, (reading.people, reading.places)


# --- a name said with someone -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("answer", "person"),
    [
        ("Tomorrow I will tell you about Nurlan and Sarah when they were small.", "Nurlan"),
        ("We married in the spring and had Tipene and then Sarah.", "Tipene"),
        ("Sarah and Nurlan came for tea every Sunday.", "Nurlan"),
    ],
)
def test_a_name_said_with_someone_is_someone(answer: str, person: str) -> None:
    assert person in read(answer).people, read(answer).people


@pytest.mark.parametrize(
    ("answer", "name"),
    [
        ("I met Sarah and Kegen was cold that winter.", "Kegen"),
        ("We drove through Kegen and Almaty in one day.", "Kegen"),
        ("We shopped at Marks and Spencer on Saturdays.", "Marks"),
    ],
)
def test_a_place_beside_a_name_or_a_new_clause_is_no_one(answer: str, name: str) -> None:
    assert name not in read(answer).people, read(answer).people


# --- a relative mended, a town by what belongs to it ---------------------------------------------


@pytest.mark.parametrize(
    ("answer", "people"),
    [
        ("Our nana, our mum I mean, sewed the dress for the dance.", ["mother"]),
        ("My uncle, my aunt I mean, ran the shop on the corner.", ["aunt"]),
        ("My mother, my dear mother, I mean it, was kind to everyone.", ["mother"]),
    ],
)
def test_a_relative_the_teller_mends_is_only_the_mended_one(answer: str, people: list[str]) -> None:
    assert read(answer).people == people


@pytest.mark.parametrize(
    ("answer", "place"),
    [
        ("We were all in the parish of Kilmore then, even the Protestants.", "Kilmore"),
        ("The mayor of Tuapa shook my hand at the prize-giving.", "Tuapa"),
        ("I played the cornet in the band club of Mosta for years.", "Mosta"),
    ],
)
def test_what_belongs_to_a_town_said_of_it_names_the_place(answer: str, place: str) -> None:
    assert place in read(answer).places, read(answer).places


@pytest.mark.parametrize(
    ("answer", "name"),
    [("The mother of Jesus stood by the cross.", "Jesus"), ("The people of Tom's street came out.", "Tom")],
)
def test_a_person_said_of_is_no_place(answer: str, name: str) -> None:
    assert name not in read(answer).places, read(answer).places


# --- a man's deed then "him", someone set aside by where they were from --------------------------


@pytest.mark.parametrize(
    "answer",
    ["Tevita built the fale himself, he was proud of it.", "Nurlan drove the lorry for the kolkhoz, I married him."],
)
def test_a_name_opening_with_a_deed_then_him_is_a_man(answer: str) -> None:
    assert answer.split()[0] in read(answer).people, read(answer).people


@pytest.mark.parametrize(
    "answer", ["Leeds gave me a job and I loved her for it.", "Kegen drove us mad with its wind, all winter."]
)
def test_a_town_doing_with_no_him_is_no_one(answer: str) -> None:
    assert answer.split()[0] not in read(answer).people, read(answer).people


def test_someone_set_aside_by_where_they_were_from_is_someone() -> None:
    reading = read("The second game I lost, a girl from Lyon, only eleven years old.")
    assert "girl from Lyon" in reading.people and "Lyon" in reading.places, (reading.people, reading.places)


def test_the_teller_herself_from_somewhere_is_no_one_else() -> None:
    assert read("I was just a kid then, a girl from Leeds, with no English.").people == []


def test_a_name_set_after_a_boat_with_the_is_the_boat() -> None:
    reading = read("In '61 my uncle worked on the old trawler from Grimsby, the Santa Clara, nine years.")
    assert "Santa Clara" in reading.things and "Santa Clara" not in reading.places, (reading.things, reading.places)


@pytest.mark.parametrize(
    ("answer", "place"),
    [
        ("We got off the boat, Santa Cruz was hot and loud.", "Santa Cruz"),
        ("We took a boat to Tenby, the sea flat.", "Tenby"),
    ],
)
def test_a_place_after_a_boat_without_the_apposition_stays_a_place(answer: str, place: str) -> None:
    assert place in read(answer).places, read(answer).places
