"""Round 19 (reader): a title or honorific of another language before a capitalised word makes the run a person
(Javanese and Indonesian "Pak", "Bu", "Mas", "Mbah"; Tibetan "Acha"; Thai "Ajahn", "Khun"; Spanish "Don"; French
"Mère"; "Madam Leung"; the Cantonese "Ah Keung" mid-sentence; "His Holiness"), and the family words for mother and
grandparents of those languages ("Simbok", "Mola", "Por Por") are the relatives. Guarded: a title of another
language before a place's word names the place ("the Don River"), "Ah" opening a sentence is a cry, "His grace" is
no style, and "Her Majesty's Theatre" is no one."""

from __future__ import annotations

import pytest

from agent.guided.annotate import read


@pytest.mark.parametrize(
    ("answer", "person"),
    [
        # the persona's (Mbah Warni, José Miguel, Pema, Mère Agnès)
        ("Bapak was a labourer in the sawah of Pak Lurah, planting, cutting.", "Pak Lurah"),
        ("And Mas Joko, my big brother, and me.", "Mas Joko"),
        ("Mbah Putri lived with us, she chewed the betel.", "Mbah Putri"),
        ("Papá took me down to Tamboril to Don Fello Hernández, he had a tabaquería.", "Don Fello Hernández"),
        ("Then Madam Leung, in Tai Koo Shing, thirty-first floor.", "Madam Leung"),
        ("I took the two boys to school, Ah Keung and Ah Wai, I slept in the kitchen.", "Ah Keung"),
        ("Mère Agnès at the Sacré-Coeur made us learn both dates.", "Mère Agnès"),
        ("When His Holiness came to Toronto, we went to the big stadium.", "His Holiness"),
        # other wordings, other places
        ("Every Friday we took rice to Bu Tini at the end of the lane.", "Bu Tini"),
        ("My first job was in the shop of Pak Harjo in Yogyakarta.", "Pak Harjo"),
        ("We sat at the feet of Ajahn Chah in the forest monastery.", "Ajahn Chah"),
        ("The landlord was Khun Somchai, a kind man with a moustache.", "Khun Somchai"),
        ("Doña Cleta came every night, and Don Tomás brought the coffee.", "Don Tomás"),
        ("We sent letters to Mbak Sri in Jakarta every month.", "Mbak Sri"),
        ("Père Léon married us in the little chapel.", "Père Léon"),
        ("On Sundays we waited for Ah Fong outside the dim sum place.", "Ah Fong"),
        ("In 1953 Her Majesty opened the new ward and we all stood in a line.", "Her Majesty"),
        ("At the embassy we bowed to His Excellency before the dinner.", "His Excellency"),
    ],
)
def test_an_honorific_before_a_capitalised_word_makes_a_person(answer: str, person: str) -> None:
    read_ = read(answer)
    assert person in read_.people, (read_.people, read_.places, read_.things)
    assert person not in read_.places, read_.places


@pytest.mark.parametrize(
    ("answer", "role"),
    [
        ("Our house was bamboo walls, Simbok swept it every morning.", "mother"),  # the persona's
        ("I want to tell you about my Mola.", "grandmother"),  # the persona's
        ("Mola spun the wool walking, up and down the camp.", "grandmother"),
        ("Madam's mother lived with us also, Por Por, the boys called her.", "grandmother"),
        ("Every morning Simbok went out with the jamu before the sun.", "mother"),
        ("Pola went with the salt to the south every winter.", "grandfather"),
        ("Poh Poh kept the red packets in a biscuit tin.", "grandmother"),
        ("Nenek made the rendang for every Hari Raya.", "grandmother"),
    ],
)
def test_a_family_word_of_java_tibet_or_canton_is_the_relative(answer: str, role: str) -> None:
    assert role in read(answer).people, read(answer)


@pytest.mark.parametrize(
    ("answer", "not_person"),
    [
        ("We went fishing on the Don River every summer.", "Don River"),
        ("They lived on Don Mills Road, near the plaza.", "Don Mills Road"),
        ("Ah Paris was lovely in the spring of that year.", "Ah Paris"),
        ("It was by His grace that we survived the winter.", "His grace"),
        ("We queued outside Her Majesty's Theatre for hours in the rain.", "Her Majesty"),
        ("The Mas Pujol farm was for sale that year, all the vines.", "Mas Pujol"),
        ("We chanted Om Mani Padme Hum around the stupa.", "Om Mani Padme"),
        ("Dr Park saw me on the Tuesday and the Don Valley was flooded.", "Don Valley"),
    ],
)
def test_look_alikes_are_no_one(answer: str, not_person: str) -> None:
    read_ = read(answer)
    assert not_person not in read_.people, read_.people


def test_a_courtesy_title_before_a_place_word_surname_is_still_someone() -> None:
    assert "Dr Park" in read("Dr Park saw me on the Tuesday.").people
    assert "Mrs Hill" in read("Mrs Hill taught us to knit.").people


@pytest.mark.parametrize(
    ("display_name", "address"),
    [
        ("Mbah Warni (Suwarni)", "Suwarni"),  # the persona's: a title of respect before the family's short form
        ("Pak Harjo (Suharjo)", "Suharjo"),
        ("Bu Tini (Sumartini)", "Sumartini"),
        ("Khun Somchai", "Somchai"),
        # look-alikes: a relative's word before a nickname is still the family's name for them; "Don" a given name
        ("Abuelo Chucho (Jesús Ortega Lara)", "Chucho"),
        ("Don Smith", "Don"),
        ("Mere Tahi", "Mere"),
    ],
)
def test_a_title_of_respect_in_the_display_name_is_no_name_to_greet(display_name: str, address: str) -> None:
    from agent.guided.naming import address_name

    assert address_name(display_name) == address


def test_a_family_word_that_is_a_word_or_a_name_elsewhere_stays_so() -> None:
    # Indian English "acha" (all right) opening a sentence is no elder sister; "Pola Negri" the actress, no grandfather
    assert "sister" not in read("Acha, so then we went to the market in Delhi.").people
    negri = read("Pola Negri was my mother's favourite actress.")
    assert "grandfather" not in negri.people and "Pola Negri" in negri.people, negri.people
    assert "sister" not in read("She said acha acha and gave me the tea.").people
