"""The people/places reader after the review of round 21's reader rules (rev_reader findings 1-7): each rule is kept
to its own kind. An animal's name only where the animal is what is named, not a person said by the animals they
tend; "seen X, she was ..." makes X someone only when she does something or X is a given name (a town or a ship is
"she" too); an owned relative's own name said with a family's word after it is one person; a name set off after a
place word and explained as someone by the words after it is that person, no place; a ruler's title before a
family word makes it a name; whom one was married to is no country or city; a shop bought at only with the buying
verb governing "at", never one "who" did something. Reviewer's sentences plus own wordings; look-alikes after."""

from __future__ import annotations

import pytest

from agent.guided.annotate import read


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The man with the horses was called Jabulani.", "Jabulani"),
        ("The vet who treated our dog was called Dr Naidoo.", "Dr Naidoo"),
        ("The girl who milked the goats was named Nomsa.", "Nomsa"),
        ("The boy with the camels was named Tariq.", "Tariq"),
        ("The lady who sold us the chickens was called Mrs Banda.", "Mrs Banda"),
        ("The fellow who shod our mules was called Tomasz.", "Tomasz"),
    ],
)
def test_a_person_said_by_the_animals_they_tend_is_someone(text: str, name: str) -> None:
    reading = read(text)
    assert name in reading.people and name not in reading.things


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("My brother's horse was called Napoleon.", "Napoleon"),
        ("In those days our old donkey was called Kofi.", "Kofi"),
        ("Our grey mare was called Duchess.", "Duchess"),
    ],
)
def test_the_animal_named_is_still_no_one(text: str, name: str) -> None:
    assert name not in read(text).people


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("I first saw Kingston, she was a rough town then.", "Kingston"),
        ("We saw Venice, she was so beautiful at night.", "Venice"),
        ("I saw Titanic, she was in the cinema for months.", "Titanic"),
        ("I loved Zanzibar, she was my first love.", "Zanzibar"),
        ("We saw Marseille, she was full of ships.", "Marseille"),
    ],
)
def test_a_town_or_ship_said_as_she_is_no_person(text: str, name: str) -> None:
    assert name not in read(text).people


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("I first saw Mandla, he was carrying the big drum.", "Mandla"),
        ("I first knew Okafor, he was sweeping the yard.", "Okafor"),
        ("We met Lwazi, he drove the bus.", "Lwazi"),
        ("We met Kwame, he was fixing the roof.", "Kwame"),
    ],
)
def test_someone_seen_then_doing_something_stays_someone(text: str, name: str) -> None:
    assert name in read(text).people


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("My mother, Shefali Apa, taught at the girls' school.", "your mother Shefali Apa"),
        ("My husband, Rahim Bhai, kept the shop.", "your husband Rahim Bhai"),
        ("My uncle, Sipho Malume, paid my fees.", "your uncle Sipho Malume"),
        ("Our grandmother, Thandi Gogo, sang to us.", "your grandmother Thandi Gogo"),
        ("My brother, Jalal Bhai, went to London in 1962.", "your brother Jalal Bhai"),
    ],
)
def test_an_owned_relatives_own_name_with_a_family_word_is_one_person(text: str, said: str) -> None:
    reading = read(text)
    assert said in reading.reflections and len(reading.people) == 1


@pytest.mark.parametrize(
    "text",
    ["Amma, Rokeya Khala, Nanu.", "My mother, Rashida Khala, Nanu and the girls made pitha."],
)
def test_a_list_of_relatives_stays_three_people(text: str) -> None:
    assert len(read(text).people) == 3


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("On the farm, Kowalski, the foreman, paid us on Fridays.", "Kowalski"),
        ("Near the mosque, Hakimi, the baker, sold bread.", "Hakimi"),
        ("By the river, Okeke, the fisherman, mended his nets.", "Okeke"),
        ("In the town, Ferreira, the tailor, made my suit.", "Ferreira"),
        ("At the market, Lupe, my aunt's friend, sold taro.", "Lupe"),
        ("Down at the harbour, Tuilagi, the boatman, rowed us out.", "Tuilagi"),
    ],
)
def test_a_name_set_off_after_a_place_word_and_explained_as_someone_is_no_place(text: str, name: str) -> None:
    assert name not in read(text).places


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("We crossed the river, Tugela, in the dry season.", "Tugela"),
        ("We stopped in the town, Ixopo, the biggest town around.", "Ixopo"),
    ],
)
def test_a_place_set_off_after_a_place_word_stays_a_place(text: str, name: str) -> None:
    assert name in read(text).places


@pytest.mark.parametrize(
    ("text", "said", "not_said"),
    [
        ("Empress Sisi was my grandmother's heroine.", "Empress Sisi", "your Sisi"),
        ("Queen Sisi smiled from the stamp.", "Queen Sisi", "your Sisi"),
        ("Princess Mai opened the hospital.", "Princess Mai", "Mai"),
        ("Sisi, my best friend, lived next door.", "your friend Sisi", "Sisi"),
        ("Mai, my cousin, sewed our dresses.", "your cousin Mai", "Mai"),
        ("Shima Hayashi taught me piano.", "Shima Hayashi", "your Shima Hayashi"),
    ],
)
def test_a_family_word_that_is_a_name_here_is_the_name(text: str, said: str, not_said: str) -> None:
    reflections = read(text).reflections
    assert said in reflections and not_said not in reflections


@pytest.mark.parametrize(
    "text",
    [
        "Shima came to our house with her children from Osaka.",
        "Shima was our neighbour in Kobe.",
        "We skied at Saas Fee every winter.",
        "Queen Mother waved at us.",
    ],
)
def test_no_relative_of_the_tellers_read_in_a_name_or_place(text: str) -> None:
    people = read(text).people
    assert "mother" not in people and "mother-in-law" not in people and "Fee" not in people


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("My shimá wove rugs.", "mother"),
        ("My saas was strict.", "mother-in-law"),
        ("Saas came to live with us after Sasur died.", "mother-in-law"),
    ],
)
def test_the_family_word_itself_stays_the_relative(text: str, role: str) -> None:
    assert role in read(text).people


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("The army gave him to Germany for two years.", "Germany"),
        ("They married me to Dhaka, to a city I did not know.", "Dhaka"),
        ("My father married me to Sylhet, to a village by the river.", "Sylhet"),
        ("They promised her to Kenya when she was twelve.", "Kenya"),
    ],
)
def test_given_to_a_country_or_city_is_a_place(text: str, place: str) -> None:
    reading = read(text)
    assert place in reading.places and place not in reading.people


def test_given_in_marriage_to_a_man_stays_a_person() -> None:
    assert "Abdul Haque" in read("Abba gave me to Abdul Haque from Syedpur.").people


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("We bought tickets at Mr Patel, who ran the post office.", "Mr Patel"),
        ("We bought bread at Mr Okoro, who baked it at night.", "Mr Okoro"),
        ("The boys bought firecrackers and threw them at Mr Jones.", "Mr Jones"),
        ("After buying the cloth we stayed at Mr Banda overnight.", "Mr Banda"),
        ("I stayed at Mai Linh's house.", "Mai Linh"),
    ],
)
def test_someone_at_whom_something_was_done_stays_a_person(text: str, name: str) -> None:
    assert name in read(text).people


@pytest.mark.parametrize("text", ["I bought my shoes at Mr Price.", "I bought my school uniform at Mr Price."])
def test_a_shop_bought_at_is_no_person(text: str) -> None:
    assert "Mr Price" not in read(text).people


@pytest.mark.parametrize(
    "text",
    [
        "We had a big gelding called Prince. Dad said Prince was smarter than the county agent.",
        "We called the tomcat King. Mum said King was spoiled rotten.",
    ],
)
def test_a_rulers_title_ending_a_sentence_is_no_title_of_the_next(text: str) -> None:
    people = read(text).people
    assert "father" in people or "mother" in people


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The boat was called Queen Salote.", "Queen Salote"),
        ("The ship's name was Mary Rose.", "Mary Rose"),
        ("Our fishing canoe was named Sefo.", "Sefo"),
        ("The ferry was called Princess Elizabeth.", "Princess Elizabeth"),
    ],
)
def test_a_boat_named_like_a_person_is_no_one(text: str, name: str) -> None:
    reading = read(text)
    assert name in reading.things and name not in reading.people


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The man with the boat was called Sione.", "Sione"),
        ("The boy who sailed our dhow was named Juma.", "Juma"),
    ],
)
def test_a_person_said_by_their_boat_stays_someone(text: str, name: str) -> None:
    assert name in read(text).people


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("The cows' names were Daisy and Buttercup.", ["Daisy", "Buttercup"]),
        ("Our two oxen were called Churchill and Stalin.", ["Churchill", "Stalin"]),
        ("Our goats were called Musa and Lerato.", ["Musa", "Lerato"]),
        ("Our geese were called Agnes and Mabel.", ["Agnes", "Mabel"]),
    ],
)
def test_animals_named_together_are_no_one(text: str, names: list[str]) -> None:
    assert not set(names) & set(read(text).people)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Our neighbours were called Musa and Lerato.", "Lerato"),
        ("The boys' names were Musa and Sipho.", "Sipho"),
        ("The horse was called Napoleon and Tom rode him.", "Tom"),
        ("The dog was called Rex and Sipho loved him.", "Sipho"),
    ],
)
def test_people_named_together_or_after_an_animal_stay_people(text: str, name: str) -> None:
    assert name in read(text).people
