"""The guided reader's people, places and things in answers worded unlike any persona (issue 9,
third held-out round: hills, lakes, squares and streets in other languages were missed, a
porcelain maker before "factory" was recorded as a place, a denomination as a place)."""

from __future__ import annotations

import pytest

from agent.guided.annotate import Known, read


@pytest.mark.parametrize(
    ("answer", "place"),
    [
        ("We lived up on Colonia Roma, above the bakery, and walked down every morning.", "Colonia Roma"),
        ("My aunt kept a flower stall on Rua Augusta for thirty years.", "Rua Augusta"),
        ("On Sundays we climbed the Pentland hills with a flask of tea and a bag of rolls.", "Pentland"),
        ("Every summer the boys swam in the Bled lake until their lips went blue.", "Bled"),
        ("The tram stopped on Kossuth tér, right in front of the pastry shop.", "Kossuth"),
    ],
)
def test_places_named_by_a_street_hill_lake_or_square_word(answer: str, place: str) -> None:
    reading = read(answer)
    assert place in reading.places, (reading.places, reading.things)
    assert place not in reading.people


def test_a_maker_before_its_factory_and_a_denomination_are_not_places() -> None:
    reading = read(
        "My uncle packed boxes at the Wedgwood factory and on Sundays we sat in the Baptist chapel in Hanley."
    )
    assert "Wedgwood" not in reading.places and "Baptist" not in reading.places
    assert "Hanley" in reading.places
    owned = read("We walked past Tommy's school at the end of our lane.")
    assert "Tommy" not in owned.places and "Tommy's" not in owned.places


@pytest.mark.parametrize(
    ("answer", "places"),
    [
        # a name joined by hyphens is one place; "on" an island where one was born or lived
        (
            "I was born in 1931 in Sint-Maartensdijk, on Tholen, the year of the big frost.",
            ["Sint-Maartensdijk", "Tholen"],
        ),
        # a list after a place goes on naming places; "the coast of X" is a place
        ("Each April the caiques sailed for the coast of Tunisia, Sfax and beyond.", ["Tunisia", "Sfax"]),
        # "the church of X"
        ("Our house stood behind the church of Agia Irini, whitewashed every Easter.", ["Agia Irini"]),
        # "all of X", "further than X"
        ("At Whitsun all of Tregaron came out, and I had never been further than Lampeter.", ["Tregaron", "Lampeter"]),
        # a saint's church or school keeps its name as said, not split at "St."
        ("On Sundays we went to St. Bride's, and Mr. Owens played the organ there.", ["St. Bride's"]),
    ],
)
def test_places_as_said_in_lists_on_islands_and_by_saints(answer: str, places: list[str]) -> None:
    """Issue 9 (fourth held-out round): Oude-Tonge was split, Goeree-Overflakkee, Kalymnos, Africa,
    Benghazi and the church of Christos were missed, "St. Edward's" was recorded as "St"."""
    reading = read(answer)
    for place in places:
        assert place in reading.places, (place, reading.places, reading.people, reading.things)
    assert not set(reading.people) & {"St", "Bride", "Sfax", "Tholen"}, reading.people
    assert "St" not in reading.places


def test_animals_in_apposition_and_a_machine_with_its_colour_are_not_people() -> None:
    """Issue 9 (fourth held-out round): "two heavy Zeeland horses, Bles and Mina" and "the grey
    Fordson" were recorded as people."""
    reading = read("We had two ponies, Sorrel and Jip, and in 1958 the blue Ferguson came and Dad sold them.")
    assert not set(reading.people) & {"Sorrel", "Jip", "Ferguson"}, reading.people
    later = read("Jip pulled the cart to Zierikzee every week.", known=Known.from_answers([
        "We had two ponies, Sorrel and Jip, and in 1958 the blue Ferguson came."
    ]))  # fmt: skip
    assert "Jip" not in later.people


def test_relatives_and_teachers_in_the_words_of_other_languages() -> None:
    """Issue 9 (fourth held-out round): "Baba, Manolis," "Tita Nening" and "Meester Bakker" were missed."""
    reading = read(
        "Nonna, Assunta, made the bread on Fridays. My Tante Grete sent parcels from Bremen, "
        "and Juf Visser taught us to read."
    )
    assert {"Assunta", "Grete", "Juf Visser"} <= set(reading.people), reading.people
    assert "Bremen" in reading.places


def test_a_brand_before_an_appliance_is_a_thing() -> None:
    """Held-out round 5: "a big RCA Victor speaker" made Victor a person, followed instead of the
    herb-seller just named. A name right before a speaker, a telephone or a lamp names the thing."""
    reading = read("Dad played his records through a JVC Carlos speaker, and we rang Aunt Mabel on the phone.")
    assert "Carlos" not in reading.people
    assert any("Mabel" in p for p in reading.people), reading.people


def test_a_spanish_title_names_the_person_after_it() -> None:
    """Held-out round 5: "Doña Chole, who sold herbs" was no one. A Spanish title before a name is a person."""
    reading = read("At the corner stall sat Doña Remedios, who sold tamales wrapped in banana leaves.")
    assert any("Remedios" in p for p in reading.people), reading.people


# --- places and people missed in held-out rounds 3-5, in wording of its own (issue 9) ------------


@pytest.mark.parametrize(
    ("answer", "place"),
    [
        ("So, enough of the farm. Now I want to talk about Mozambique, where I went in 1970.", "Mozambique"),
        ("Tregaron, way up in the hills of Ceredigion. Sheep and rain and chapel.", "Tregaron"),
        ("The nearest dentist was nowhere closer than Aberaeron, two hours on the bus.", "Aberaeron"),
        ("Our cottage sat in the birch woods beyond Kuopio, with a sauna by the water.", "Kuopio"),
        ("Everybody on Dizengoff knew the bakery with the green shutters.", "Dizengoff"),
    ],
)
def test_a_country_a_place_opening_a_sentence_and_a_place_beyond_or_on(answer: str, place: str) -> None:
    reading = read(answer)
    assert place in reading.places, (reading.places, reading.people)
    assert place not in reading.people


def test_a_name_on_whom_one_relies_stays_a_person() -> None:
    reading = read("We always relied on Bertil when the boat needed caulking.")
    assert "Bertil" not in reading.places, reading.places


def test_relatives_in_plural_after_modifiers_and_in_religious_titles() -> None:
    reading = read(
        "We shared one bed, my three younger sisters and I. My youngest son Piet was born there, "
        "and Sœur Bernadette ran the infirmary with Fray Tomás."
    )
    # several relatives are recorded as said, in the plural (since 507735b: "my cousins" -> cousins, as annotated)
    assert "sisters" in reading.people and "Piet" in reading.people, reading.people
    assert {"Sœur Bernadette", "Fray Tomás"} <= set(reading.people), reading.people


def test_someone_elses_relative_is_a_person_of_their_own() -> None:
    """ "his grandfather" in the teller's answer is not the teller's grandfather."""
    reading = read("My husband never knew his grandfather, who drowned off Fastnet before the war.")
    assert "his grandfather" in reading.people and "grandfather" not in reading.people, reading.people


# --- held-out round 6: kin words and honorifics of other languages, firms, clubs, festivals (issue 9) --


@pytest.mark.parametrize(
    ("answer", "person"),
    [
        # a relative by the family's word, alone or as a title before or after a name
        ("Every Friday Maman laid the sofreh and we waited for Baba to come home.", "mother"),
        ("Má used to sell bánh in the mornings before school.", "mother"),
        ("Halmoni kept kimchi jars buried in the yard all winter.", "grandmother"),
        ("We spent the summers at the house of Khaleh Mahin in Shiraz.", "Mahin"),
        ("Chú Bảo, in the camp, taught the boys to mend nets.", "Chú Bảo"),
        ("Ayşe Teyze brought us figs from her tree every August.", "Ayşe"),
        ("Sunday mornings Dadi made parathas for the whole street.", "grandmother"),
        ("Every evening Taid read to us from the big Bible.", "grandfather"),
        ("She left the baby with her comadre Chabela on market days.", "Chabela"),
        # a relative's relative is one person
        ("My mother's brother drove a lorry between Kano and Lagos.", "uncle"),
        ("Nobody argued with my husband's mother, not even the priest.", "mother-in-law"),
        # a family's word whose relation differs between families is kept as said
        ("Mumma would never let us out after dark without a lamp.", "Mumma"),
        # a name on a list with the teller, and a name beside "my cousin"
        ("We left at night, me, Kasra, the baby, in a borrowed car.", "Kasra"),
        ("The best swimmer was Parviz, and Darab, my cousin, was the slowest.", "Darab"),
    ],
)
def test_relatives_and_titles_in_the_words_of_other_languages(answer: str, person: str) -> None:
    reading = read(answer)
    assert person in reading.people, reading.people
    assert person not in reading.places


def test_a_relative_called_my_so_in_another_language_is_said_back_in_english() -> None:
    reading = read("My Bố, my father, repaired bicycles under the tamarind tree.")
    assert reading.people[0] == "father" and reading.reflections[0] == "your father", reading.reflections


@pytest.mark.parametrize(
    ("answer", "not_a_place"),
    [
        ("At Diwali my aunt strung lamps along the balcony.", "Diwali"),  # a festival
        ("At home they called me Út and nobody used my name.", "Út"),  # a street word alone
        ("He stocked soups from Crosse & Blackwell on the top shelf.", "Crosse"),  # a firm
        ("Every Saturday he went to the Rovers with his brothers.", "Rovers"),  # a club
        ("She had a job at Leeds City Transport punching tickets.", "Leeds City Transport"),  # an institution
        ("We flew with Kenya Airways to Nairobi.", "Kenya Airways"),
        ("They took the troops home on a warship, the Malta, in 1947.", "Malta"),  # a ship named after a country
    ],
)
def test_firms_clubs_institutions_ships_and_festivals_are_not_places(answer: str, not_a_place: str) -> None:
    reading = read(answer)
    assert not_a_place not in reading.places, reading.places
    assert not_a_place not in reading.people, reading.people


@pytest.mark.parametrize(
    ("answer", "places"),
    [
        ("In the end the agency sent us to Tulsa, Oklahoma.", ["Tulsa", "Oklahoma"]),
        ("We fished where the Karun Rud runs into the marshes.", ["Karun Rud"]),
        ("The Cinema Metropole burned down the year I married.", ["Cinema Metropole"]),
        ("Pulau Tikus had the best market on the island.", ["Pulau Tikus"]),
        # a noun after a comma is not the one the name stands before
        ("We settled in Tampere, washing floors for a living.", ["Tampere"]),
    ],
)
def test_a_region_after_a_comma_rivers_in_other_languages_and_cinemas_are_places(
    answer: str, places: list[str]
) -> None:
    reading = read(answer)
    for place in places:
        assert place in reading.places, (reading.places, reading.people, reading.things)


def test_a_place_named_earlier_stays_a_place() -> None:
    known = Known.from_answers(["I was born in Masjed Soleyman in 1939, among the oil wells."])
    reading = read("I want them to know Masjed Soleyman was more than oil.", known=known)
    assert "Masjed Soleyman" in reading.places, reading.places


def test_a_person_owning_a_shop_is_a_person() -> None:
    reading = read("We bought our sweets at Gurdev Singh's corner shop on the way to school.")
    assert "Gurdev Singh" in reading.people, (reading.people, reading.things)


def test_an_acronym_is_no_relative() -> None:
    """ "Ba" and "Ma" are a father and a mother; "my BA" and "my MA" are degrees."""
    reading = read("I took my BA at Hull and then my MA in Exeter.")
    assert "father" not in reading.people and "mother" not in reading.people, reading.people


# --- round 7: kin words of more languages, hyphenated names, places by their shape (issue 9) ------


@pytest.mark.parametrize(
    ("answer", "person"),
    [
        ("Every Sunday Obaachan made rice balls for the whole street.", "grandmother"),
        ("Lolo Andoy fixed the nets on the porch after supper.", "Andoy"),
        ("Ugogo kept goats behind the house and never sold one.", "grandmother"),
        ("Thatha read the newspaper aloud, every word, even the prices.", "grandfather"),
        ("Weyzero Tirunesh sold eggs at the gate of the school.", "Weyzero Tirunesh"),
        ("Our neighbour Ato Gebremedhin lent us his radio for the match.", "Ato Gebremedhin"),
        ("When the rains came, Emaye braided my hair by the fire.", "mother"),
        ("Dyadya Kolya drove the only tractor in the kolkhoz.", "Kolya"),
        ("Mashi sewed my school uniform out of an old sari.", "aunt"),
    ],
)
def test_relatives_and_titles_of_amharic_japanese_tagalog_zulu_tamil_bengali_russian(answer: str, person: str) -> None:
    reading = read(answer)
    assert person in reading.people, reading.people


def test_a_name_said_with_its_title_once_is_a_person_alone_later() -> None:
    known = Known.from_answers(["Ato Gebremedhin taught me to play chess under the fig tree."])
    assert "Gebremedhin" in read("Every evening I waited for Gebremedhin by the well.", known=known).people


def test_hyphenated_given_names_and_korean_or_japanese_places() -> None:
    reading = read("We moved to Seogwipo-si when I was nine, me and Dong-hyun and the baby, in a truck.")
    assert "Seogwipo-si" in reading.places and "Dong-hyun" in reading.people
    fragment = read("Ogi-ri. That was the village, all stone walls. Mi-rae and I were born the same week.")
    assert "Ogi-ri" in fragment.places and "Mi-rae" in fragment.people
    assert read("Twenty-one of us slept in that barn, and I went with Bo-ra.").people == ["Bo-ra"]
    assert "Co-op" not in read("Dad bought the sugar at the Co-op on Fridays.").places  # a shop, a society


def test_a_relative_someone_is_measured_against_is_nobody_in_the_story() -> None:
    reading = read("They gave her to a trader older than her father, and she cried for a month.")
    assert "her father" not in reading.people
    assert "her father" in read("Her father came to fetch her on a mule.").people


def test_a_relative_named_by_a_family_word_before_their_relative_is_both() -> None:
    reading = read("Opa's brother kept bees behind the church.")
    assert "grandfather" in reading.people and any("brother" in p for p in reading.people), reading.people


@pytest.mark.parametrize(
    ("answer", "place"),
    [
        ("On the first day of spring we camped at Ben Lomond, a high mountain, with the whole class.", "Ben Lomond"),
        ("From Kassala we took the lorry north for two days.", "Kassala"),
        ("Our house stood above Kaş, with the whole bay under the window.", "Kaş"),
        ("The fishermen mended their nets by the Harbour every morning.", "Harbour"),
        ("Our Caspian Sea summers were the best of my life.", "Caspian Sea"),
        ("Our flat was on the Kowloon side, near the clock tower.", "Kowloon"),
        ("So. Las Cruces. We got there in May with two suitcases.", "Las Cruces"),
    ],
)
def test_places_by_their_shape_lead_apposition_or_side(answer: str, place: str) -> None:
    reading = read(answer)
    assert place in reading.places, (reading.places, reading.people, reading.things)
    assert place not in reading.people


def test_a_place_named_earlier_stays_one_before_a_verb_people_do() -> None:
    known = Known.from_answers(["We lived in Harar until I was ten."])
    reading = read("For the wedding all Harar came out in white.", known=known)
    assert "Harar" in reading.places and "Harar" not in reading.people


@pytest.mark.parametrize(
    ("answer", "not_a_place"),
    [
        ("In the Ottoman days my grandfather's village paid its tax in olives.", "Ottoman"),
        ("Every night we listened to the Thai hour on the radio.", "Thai"),
        ("We bought baskets from the Konso farmers at the edge of the market.", "Konso"),
        ("She stirred in the Marmite and told us to drink it hot.", "Marmite"),
    ],
)
def test_nationalities_peoples_and_what_is_stirred_in_are_not_places(answer: str, not_a_place: str) -> None:
    assert not_a_place not in read(answer).places


def test_a_name_beside_the_teller_is_a_person() -> None:
    assert "Tiwa" in read("Tiwa and I walked to school together every day.").people


@pytest.mark.parametrize(
    ("answer", "role"),
    [
        ("Mudder baked bread every Saturday in the old range.", "mother"),
        ("Faither kept the sheep up on the moor.", "father"),
        ("Pappy whittled us whistles out of willow.", "father"),
        ("Grampy took me out in the dory when I was six.", "grandfather"),
        ("Appachchi walked us to the temple on full-moon days.", "father"),
        ("Achchi ground the rice flour on a stone.", "grandmother"),
        ("Nangi cried when the bus left the village.", "sister"),
    ],
)
def test_dialect_words_and_sinhala_words_for_relatives(answer: str, role: str) -> None:
    assert role in read(answer).people, read(answer).people


def test_patronymics_rulers_and_swahili_honorifics_name_one_person() -> None:
    reading = read("At the wedding Ahmad bin Khalfan played the oud, and Bi Rehema led the women's songs.")
    assert "Ahmad bin Khalfan" in reading.people and "Bi Rehema" in reading.people
    assert "Khalfan" not in reading.people
    assert "Emir Abdullah" in read("The palace that Emir Abdullah built stood by the sea.").people
    assert "Prince" not in read("We kept one ram, the Prince, and he broke every fence in the parish.").people


def test_a_relative_said_by_the_role_in_an_apposition_is_a_person() -> None:
    assert "Nell" in read("Nell, the missus, kept the books for the shop.").people
    assert "Nell" in read("We got married in June. Nell, the wife, wanted a small do.").people


def test_an_animal_or_an_institution_in_an_apposition_is_a_thing() -> None:
    reading = read("Every night Bakari, the milkman's camel, slept by our gate.")
    assert "Bakari" not in reading.people and "Bakari" in reading.things
    office = read("He was a clerk at the Cutcherry, the district offices, for thirty years.")
    assert "Cutcherry" not in office.places
    court = read("She took her case to the High Court in Nairobi.")
    assert "High Court" not in court.places and "Nairobi" in court.places


def test_the_teller_addressed_by_a_family_word_is_nobody_told_of() -> None:
    reading = read("My grandsons always ask me, Bibi, how did you cook for twelve?")
    assert "Bibi" not in reading.people


def test_languages_and_scriptures_are_not_places() -> None:
    reading = read("In Lahore she answered the judge in Urdu, and at night she read from the Koran.")
    assert "Urdu" not in reading.places and "Koran" not in reading.places
    assert "Lahore" in reading.places


@pytest.mark.parametrize(
    ("answer", "place"),
    [
        ("We tied up at Peter's Cove for the night.", "Peter's Cove"),
        ("Sorrel Basin was full of freighters waiting for the escort.", "Sorrel Basin"),
        ("It was the first electric tram in all West Africa.", "West Africa"),
        ("My uncle farmed ten miles out of Nakuru.", "Nakuru"),
        ("The winters there were as cold as Scotland.", "Scotland"),
        ("We saw the Old Quarter of Hanoi from the train.", "Old Quarter of Hanoi"),
        ("Anuradhapura was hot and dusty the year my mother left.", "Anuradhapura"),
        ("Behind the market stood the Beit al-Sahel, where the sultans lived.", "Beit al-Sahel"),
    ],
)
def test_places_by_endings_of_many_lands_a_compass_region_or_out_of(answer: str, place: str) -> None:
    reading = read(answer)
    assert place in reading.places, (reading.places, reading.people, reading.things)
    assert place not in reading.people


def test_names_said_alone_as_a_voyage_list_are_places_and_other_lone_words_are_not() -> None:
    reading = read("We sailed from Cardiff with coal. Lisbon. Naples. Then home.")
    assert {"Lisbon", "Naples"} <= set(reading.places), reading.places
    assert read("Kerrera. Out past Oban, an island with one farm.").places[:1] == ["Kerrera"]
    lone = read("She showed me how to hold the net. Watch. Again. Now you. We did it all morning in Mallaig.")
    assert "Watch" not in lone.places and "Again" not in lone.places


def test_a_known_name_said_short_is_the_person() -> None:
    known = Known.from_answers(["Kamalini, my wife, taught piano in our front room."])
    assert "Kamali" in read("Kamali would have laughed at me for that.", known=known).people


def test_a_title_keeps_its_stop_as_said() -> None:
    assert "Dr. Perera" in read("Then Dr. Perera came on his bicycle.").people


@pytest.mark.parametrize(
    ("answer", "person"),
    [
        ("Ah Gung kept the ducks behind the shop.", "grandfather"),
        ("Every New Year, Ah Kau brought oranges from the market.", "uncle"),
        ("Tatik baked the gata for the name day.", "grandmother"),
        ("Nono fished off the rocks every Sunday.", "grandfather"),
    ],
)
def test_cantonese_armenian_and_croatian_family_words(answer: str, person: str) -> None:
    reading = read(answer)
    assert person in reading.people, (reading.people, reading.places)
    assert not reading.places


def test_a_cantonese_family_word_before_its_apposition_is_one_relative_and_no_place() -> None:
    reading = read("She went to stay with Ah Mui, my little sister, in Kowloon.")
    assert reading.people == ["sister"], reading.people
    assert reading.places == ["Kowloon"]


def test_an_endearment_after_a_name_and_given_names_of_armenia_and_croatia() -> None:
    assert "Anahit" in read("Anahit jan always brought the lavash.").people
    assert "Tigran" in read("Tigran fixed the roof before the frost.").people
    assert "Ivo" in read("Ivo mended nets on the quay every evening.").people


def test_a_name_then_the_relative_after_of_or_to_and_before_where_they_lived() -> None:
    reading = read("We borrowed the cart of Hasmik, our neighbour in Vanadzor, every harvest.")
    assert "Hasmik" in reading.people and "neighbour" not in reading.people, reading.people
    assert "Vanadzor" in reading.places


def test_a_month_doing_what_people_do_is_someone_of_that_name() -> None:
    assert "June" in read("June loved the big dipper at the fair.").people
    assert "April" in read("In '72 April and me, we opened the launderette.").people
    for month in ("In June we went to Blackpool.", "Last April came in cold.", "June was hot that year."):
        assert read(month).people == [], month


def test_someone_elses_relative_as_the_owner_of_a_family_is_not_told_of() -> None:
    assert read("She brought a cake for her husband's family.").people == []
    assert read("Her husband drove us to the station.").people == ["her husband"]


@pytest.mark.parametrize(
    ("answer", "place"),
    [
        ("We called at Rangoon, Penang, the Malacca, then home again.", "Malacca"),
        ("We said goodbye by Mizen Head in the rain.", "Mizen Head"),
        ("He sang in the streets of Vanadzor for coins.", "Vanadzor"),
        ("Hong Kong was crowded even then.", "Hong Kong"),
        ("Saanxi. A small village. Pigs and paddy.", "Saanxi"),
        ("Žirje. On the outer islands, past Kaprije.", "Žirje"),
        ("We walked on the Riva after mass.", "Riva"),
    ],
)
def test_places_in_a_list_by_their_ending_after_streets_of_alone_before_a_village_and_in_latin_letters(
    answer: str, place: str
) -> None:
    reading = read(answer)
    assert place in reading.places, (reading.places, reading.people, reading.things)


def test_a_place_as_the_adjective_of_a_person_is_no_thing_and_stays_a_place_later() -> None:
    first = "He lodged on Canning Street in Glasgow and married a Glasgow lass."
    reading = read(first)
    assert "Glasgow" not in reading.things and "Glasgow" in reading.places
    later = read("Glasgow, I tell you Glasgow, that was the life.", known=Known.from_answers([first]))
    assert "Glasgow" in later.places, (later.places, later.things)


def test_a_masquerade_figure_is_no_headland_and_the_tellers_own_nickname_is_nobody() -> None:
    assert "Bull Head" not in read("Then came Bull Head, and the drummers behind him.").places
    assert read("At the mill they all called me Curly.").people == []


def test_a_nickname_given_to_a_man_is_a_person_not_the_animal_it_means() -> None:
    reading = read("The cook was a tall man they called Bika, the bull, from up the coast.")
    assert "Bika" in reading.people and "Bika" not in reading.things
