"""Round 23's people and places, by category: family words of more languages (Breton, Thai and Lao, Kikuyu, Belizean
Creole, Spanish "my viejo"), a name the lists do not hold told as someone by a feeling, a rank among people or an act
of the hands, the roles quoted ("the teacher says"), a language's name, a place said by a describing word, an
animal's name, and their look-alikes."""

from __future__ import annotations

import pytest

from agent.guided.annotate import Known, read


@pytest.mark.parametrize(
    ("text", "role"),
    [
        # Breton
        ("Mamm kept the hens and sold the eggs at the market.", "mother"),
        ("On Sundays Tad put on his black hat and walked us to mass.", "father"),
        ("We waited at the gate until Tadig came home from the quarry.", "father"),
        ("Every winter Moereb knitted us socks from the same grey wool.", "aunt"),
        ("The rain was so heavy that Mamm-gozh used to say we would grow webbed feet.", "grandmother"),
        # Thai and Lao
        ("Mae sold fish sauce at the morning market.", "mother"),
        ("Pho mended the nets every evening under the house.", "father"),
        ("Yai chewed betel and told us ghost stories.", "grandmother"),
        ("A letter came from Pho saying the rice was in.", "father"),
        # Kikuyu, with and without the marks
        ("My cũcũ kept goats behind the house in Murang'a.", "grandmother"),
        ("Cucu always said the rain knows its own road.", "grandmother"),
        ("Maitu sold maize at the market every Saturday.", "mother"),
        ("Guka planted the coffee bushes before I was born.", "grandfather"),
        # Belizean Creole and Garifuna: the aunt's title before her name
        ("Tanti Rosalind baked the bread on Fridays.", "Rosalind"),
        # Spanish "my viejo", "mi vieja": the father and the mother, only with the owner
        ("This watch was my viejo's, he wore it every day.", "father"),
        ("My vieja made empanadas for the whole street.", "mother"),
    ],
)
def test_family_words_of_more_languages_are_the_relative(text: str, role: str) -> None:
    assert role in read(text).people


@pytest.mark.parametrize(
    ("text", "not_person"),
    [
        ("It was a tad cold that morning.", "father"),
        ("We had a bowl of Pho at the corner stall.", "father"),
        ("We walked barefoot around Wat Pho in Bangkok.", "father"),
        ("We lived in Puerto Viejo for a year.", "father"),
        ("El Viejo was our dog, a lazy old thing.", "father"),
        ("We walked through Viejo San Juan at night.", "father"),
        ("Mae West was a film star in those days.", "mother"),
    ],
)
def test_look_alikes_of_family_words_are_no_relative(text: str, not_person: str) -> None:
    assert not_person not in read(text).people


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Then Erwann was so angry he threw the plates.", "Erwann"),
        ("When the bill came, Wilfredo got furious.", "Wilfredo"),
        ("Gwenola was the kindest of us all.", "Gwenola"),
        ("Yannick was the worst of them, always late.", "Yannick"),
        ("Yannick danced until the candles went out.", "Yannick"),
        ("The plates, Maricela wiped them before supper.", "Maricela"),
        ("Ewen Le Goff was the best of them.", "Ewen Le Goff"),
    ],
)
def test_a_name_told_as_someone_by_a_feeling_a_rank_or_an_act_is_a_person(text: str, name: str) -> None:
    assert name in read(text).people


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Vienna was beautiful in the spring.", "Vienna"),
        ("The flood came in May. Katrina wiped out the town.", "Katrina"),
        ("Plouray was the worst of the villages for mud.", "Plouray"),
        ("Kodak reinvented itself twice.", "Kodak"),
        ("Tesco was so busy at Christmas.", "Tesco"),
    ],
)
def test_towns_firms_and_storms_said_so_are_no_people(text: str, name: str) -> None:
    assert name not in read(text).people


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("The headmaster says it was the best year.", "headmaster"),
        ("Our instructor says the engine is older than me.", "instructor"),
        ("My instructor took the controls.", "instructor"),
        ("The driver at work says the road is closed.", "driver"),
        ("The instructor went pale when I landed.", "instructor"),
        ("The accountant of my brother keeps the receipts.", "accountant"),
    ],
)
def test_a_role_quoted_or_set_apart_is_someone(text: str, role: str) -> None:
    assert role in read(text).people


@pytest.mark.parametrize(
    "text",
    [
        "I was the instructor then, for six years.",
        "She trained as an instructor in Nairobi.",
        "We had to see the doctor twice that winter.",
        "Becoming an accountant took me five years.",
    ],
)
def test_a_role_that_was_the_teller_or_nobody_in_particular_is_no_one(text: str) -> None:
    people = read(text).people
    assert not {"instructor", "doctor", "accountant"} & set(people)


def test_a_place_known_from_earlier_is_no_one_the_teller_is_done_with() -> None:
    known = Known.from_answers(["I was born in Plouray, a village in the hills."])
    reading = read("No, wait, I'm not finished with Plouray yet, there is the school.", known=known)
    assert "Plouray" not in reading.people
    alone = read("No, wait, I'm not finished with Plouray yet.")
    assert "Plouray" not in alone.people
    assert "Maria" in read("I'm not done with Maria yet, she was my best friend.").people


@pytest.mark.parametrize(
    "text",
    [
        "Good morning is buiti binafi in Garifuna.",
        "At home we spoke Kriol, at school English.",
        "My grandmother prayed in Papiamento.",
    ],
)
def test_a_language_named_is_no_place(text: str) -> None:
    reading = read(text)
    assert not reading.places and not {"Garifuna", "Kriol", "Papiamento"} & set(reading.people)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Black mountains, they say, but they are only hills.", None),
        ("Green hills everywhere, and rain.", None),
        ("We lived near the Black Mountains.", "Black Mountains"),
        ("Black Mountain was where we grazed the sheep.", "Black Mountain"),
    ],
)
def test_a_describing_word_opening_a_sentence_is_no_place(text: str, place: str | None) -> None:
    places = read(text).places
    assert places == ([place] if place else [])


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Our buffalo was Khao Niao, White Rice, fat and slow.", ["Khao Niao", "White Rice"]),
        ("My dog is called Rex.", ["Rex"]),
        ("And our old mare was named Kasztanka.", ["Kasztanka"]),
    ],
)
def test_an_animal_of_the_tellers_named_is_a_thing(text: str, names: list[str]) -> None:
    reading = read(text)
    assert all(n in reading.things and n not in reading.places and n not in reading.people for n in names)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Our teacher was Mr Brown.", "Mr Brown"),
        ("The vet who treated our dog was called Dr Naidoo.", "Dr Naidoo"),
        ("We had a dog, Rex, and Anna loved him.", "Anna"),
    ],
)
def test_people_named_beside_animals_stay_people(text: str, name: str) -> None:
    assert name in read(text).people


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("My cousins say we swam there every day.", "cousins"),
        ("My two little brothers carried the water.", "brothers"),
        ("My aunts sewed all winter.", "aunts"),
        ("My brother carried the water.", "brother"),
    ],
)
def test_several_relatives_are_recorded_as_said(text: str, person: str) -> None:
    assert read(text).people == [person]


@pytest.mark.parametrize(
    "text",
    [
        "That is enough for today, my friend. Next time the wedding.",
        "Thank you, my brother!",
        "Listen, my son, it was not easy.",
        "I cried for days, my friend, you cannot know.",
    ],
)
def test_a_word_of_closeness_said_to_the_listener_is_no_one(text: str) -> None:
    assert read(text).people == []


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("I stayed with Ana, my sister.", "Ana"),
        ("My friend came to the wedding.", "friend"),
        ("I went everywhere with my brother.", "brother"),
    ],
)
def test_relatives_told_of_stay(text: str, person: str) -> None:
    assert person in read(text).people


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("That's all for now, maitũ has made supper and it smells good.", "mother"),
        ("In the war dziadek had gone to the forest.", "grandfather"),
    ],
)
def test_a_family_word_in_lower_case_that_has_done_something_is_the_relative(text: str, role: str) -> None:
    assert role in read(text).people


def test_a_family_word_in_lower_case_that_has_a_thing_is_not_read_so() -> None:
    assert read("In those days nonna has a house in Bari, they say.").people == []


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Nakuru is at about six thousand feet, so it is cool.", "Nakuru"),
        ("Kabale lies at 2,000 metres.", "Kabale"),
        ("Leh sits some 3,500 m above the sea.", "Leh"),
    ],
)
def test_a_place_said_by_its_height_is_a_place(text: str, place: str) -> None:
    reading = read(text)
    assert place in reading.places and place not in reading.people


def test_a_height_of_a_person_or_in_the_past_is_no_place() -> None:
    assert read("Kipchoge is six feet tall.").places == []
    assert read("Dad was at 10,000 feet when the engine stopped.").places == []


@pytest.mark.parametrize(
    ("text", "firm"),
    [
        ("On Thursdays we met at the Horn and Hardart on Fifth Avenue.", "Horn and Hardart"),
        ("We had tea at the Huntley and Palmer near the station.", "Huntley and Palmer"),
        ("He bought the suit at the Ritz and Savoy.", "Ritz and Savoy"),
    ],
)
def test_two_names_under_one_the_are_one_firm(text: str, firm: str) -> None:
    reading = read(text)
    assert firm in reading.things
    assert not set(firm.split(" and ")) & set(reading.places + reading.people)


@pytest.mark.parametrize(
    ("text", "names", "kind"),
    [
        ("We stayed in Leeds and Bradford.", ["Leeds", "Bradford"], "places"),
        ("At the wedding I sat between Maria and Joseph.", ["Maria", "Joseph"], "people"),
    ],
)
def test_two_places_or_people_joined_stay_two(text: str, names: list[str], kind: str) -> None:
    assert all(n in getattr(read(text), kind) for n in names)


@pytest.mark.parametrize(
    ("text", "storm"),
    [
        (
            "I was at school in Nassau when Betsy came, in the night. The sea came into the hall. "
            "In the morning the roofs were in the street.",
            "Betsy",
        ),
        ("After Donna hit, the wind had taken every roof and the boats were in the trees, flattened.", "Donna"),
    ],
)
def test_a_storm_told_by_its_name_and_its_harm_is_no_person(text: str, storm: str) -> None:
    reading = read(text)
    assert storm not in reading.people and storm in reading.things


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("When Hattie came home, the rain was on the roof.", "Hattie"),
        ("When Aunt Donna came, the wind blew and the sea was grey.", "Donna"),
        ("When Flora came to stay, the sea was rough and the wind strong.", "Flora"),
    ],
)
def test_a_person_who_came_in_a_storm_stays_a_person(text: str, person: str) -> None:
    assert person in read(text).people


@pytest.mark.parametrize(
    ("text", "firm"),
    [
        ("Her sign said Grace Fabrics, in big red letters.", "Grace Fabrics"),
        ("He worked at Rossi Motors for years.", "Rossi Motors"),
        ("We bought the bed from Kamau Furniture.", "Kamau Furniture"),
    ],
)
def test_a_shop_named_for_its_owner_is_no_person(text: str, firm: str) -> None:
    reading = read(text)
    assert firm not in reading.people and firm in reading.things


def test_a_place_said_again_by_its_other_name_is_a_place() -> None:
    reading = read("I grew up in Port Elizabeth. Gqeberha, we call it now, the old name is gone.")
    assert "Gqeberha" in reading.places
    assert "Punta" not in read("My grandmother made the bread. Punta, we call it, the dance.").places


@pytest.mark.parametrize(
    "text",
    [
        "Ma Doue, look at the time, the soup is cold.",
        "Meu Deus, it was cold on that boat.",
        "Mein Gott, the snow that winter!",
        "Mai pen rai. Everything that comes also goes.",
        "Mai chai, it was not like that at all.",
    ],
)
def test_a_call_on_god_or_a_saying_abroad_is_no_one(text: str) -> None:
    assert read(text).people == []


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Mai cooked for all of us.", "Mai"),
        ("I married Mai in 1970. Mai pen rai, she always said.", "Mai"),
        ("Ma made the soup.", "mother"),
    ],
)
def test_the_name_and_the_relative_stay_beside_a_saying(text: str, person: str) -> None:
    assert person in read(text).people


@pytest.mark.parametrize(
    "text",
    [
        "Joy was what we felt when the ship came in.",
        "Hope was all we had in those years.",
        "Bowa is a word I never learned.",
        "Ouma was a word the neighbours laughed at.",
    ],
)
def test_a_name_said_as_a_word_or_a_feeling_is_no_one(text: str) -> None:
    assert read(text).people == []


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Joy was what we called her.", "Joy"),
        ("Nana was the name we all used for her.", "grandmother"),
        ("Joy was my sister.", "Joy"),
    ],
)
def test_a_name_given_to_someone_stays_someone(text: str, person: str) -> None:
    assert person in read(text).people


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("We met under the clock at Martin Place.", "Martin Place"),
        ("Our first flat was on Victoria Place.", "Victoria Place"),
        ("She grew up on Lansdown Crescent.", "Lansdown Crescent"),
    ],
)
def test_a_square_or_street_named_for_someone_is_a_place(text: str, place: str) -> None:
    reading = read(text)
    assert place in reading.places and place not in reading.people


def test_a_place_word_in_lower_case_after_a_name_is_no_street() -> None:
    assert read("We had a Housing Trust place in the new town.").places == []
