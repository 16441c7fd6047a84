"""The guided reader's rules of held-out rounds 11 and 12 in wording of their own: other names, other
places, other sentence shapes, each beside a look-alike that must stay quiet. Rules whose only examples
came from a held-out persona (a place carved in capitals, the listener's relative doing something, a
building restated after its street, a river or a birthplace said with "the") are protected here; four
that failed in other wording were widened by category (see each test)."""

from __future__ import annotations

import pytest

from agent.guided.annotate import Known, read


def _kinds(answer: str, known: Known | None = None) -> dict[str, list[str]]:
    reading = read(answer, known=known)
    return {"people": reading.people, "places": reading.places, "things": reading.things}


# -- a known name carved or painted in capitals ------------------------------------------------------


@pytest.mark.parametrize(
    ("earlier", "answer", "kind", "name"),
    [
        (
            "We grew up in Kilkee, by the sea.",
            "Someone had painted KILKEE on the side of the old van.",
            "places",
            "Kilkee",
        ),
        (
            "We spent every summer at Portrush.",
            "I scratched JIMMY LOVES ANN, PORTRUSH 1958 on the pier.",
            "places",
            "Portrush",
        ),
        ("Marta was my best friend at school.", "We scratched MARTA AND ME on the desk lid.", "people", "Marta"),
    ],
)
def test_a_known_name_in_capitals_is_that_name(earlier: str, answer: str, kind: str, name: str) -> None:
    kinds = _kinds(answer, Known.from_answers([earlier]))
    assert name in kinds[kind], kinds


def test_capitals_the_session_does_not_know_are_no_name() -> None:
    kinds = _kinds("The sign said STOP, and we stopped.", Known.from_answers(["We grew up in Kilkee."]))
    assert "Stop" not in kinds["places"] + kinds["people"], kinds


# -- the listener's relative who does something in the story ------------------------------------------


@pytest.mark.parametrize(
    ("answer", "person"),
    [
        ("Your Nana sewed every curtain in this house.", "Nana"),
        ("Your uncle drove that lorry to Glasgow and back in a day.", "uncle"),
        # a "great-" relative is a relative, the listener's or the teller's (it was read as nobody)
        ("Your great-grandfather built the first bridge over the creek.", "great-grandfather"),
        ("My great great grandmother came over from Cork with nothing.", "great-great-grandmother"),
    ],
)
def test_the_listeners_relative_who_did_something_is_someone_in_the_story(answer: str, person: str) -> None:
    kinds = _kinds(answer)
    assert person in kinds["people"], kinds


@pytest.mark.parametrize(
    "answer",
    [
        "Tell your mother I said hello.",
        "Your Gran needed a hand with the shopping, that's all.",
        "It was a great uncle of somebody's, I never knew whose.",
    ],
)
def test_the_listeners_relative_who_does_nothing_stays_quiet(answer: str) -> None:
    assert _kinds(answer)["people"] == [], _kinds(answer)


def test_a_great_relative_named_is_the_name() -> None:
    assert "Maud" in _kinds("Her great aunt Maud ran the post office for forty years.")["people"]


# -- a name restated after its street, and a list of stops --------------------------------------------


def test_a_building_restated_after_its_street_is_not_another_place() -> None:
    kinds = _kinds("The dance hall, on Quay Road, the Palais, on a Saturday night for sixpence.")
    assert "Palais" not in kinds["places"] and "Quay Road" in kinds["places"], kinds


def test_a_stop_in_a_list_of_places_is_still_a_place() -> None:
    kinds = _kinds("We stopped at Durban, Beira, the Zambezi, then home.")
    assert {"Durban", "Beira", "Zambezi"} <= set(kinds["places"]), kinds


# -- where one was born, a river by what it does, somewhere guessed, New X ----------------------------


@pytest.mark.parametrize(
    ("answer", "place"),
    [
        ("Our mother was born on the Brough, where the ferry came in.", "Brough"),
        ("He was born on the Black Isle in a storm.", "Black Isle"),
        ("The year the Limpopo flooded we lost every goat.", "Limpopo"),
        ("We children swam where the Guadiana bends below the village.", "Guadiana"),
        ("The doctor came from the city somewhere, Lahore perhaps.", "Lahore"),
        ("New Plymouth was all sheep and rain when we got there.", "New Plymouth"),
    ],
)
def test_places_said_by_birth_a_river_a_guess_or_new(answer: str, place: str) -> None:
    kinds = _kinds(answer)
    assert place in kinds["places"], kinds
    assert place not in kinds["people"]


@pytest.mark.parametrize(
    ("answer", "not_a_place"),
    [
        ("My father was born on the Tuesday after Easter.", "Tuesday"),
        ("We had new shoes for the New Year.", "New Year"),
        ("When the Bora blew, the boats stayed in.", "Bora"),
    ],
)
def test_a_day_a_new_year_and_a_wind_are_no_places(answer: str, not_a_place: str) -> None:
    assert not_a_place not in _kinds(answer)["places"], _kinds(answer)


# -- someone said by an honorific, a trade, a family house, a tune's maker, a bare verb ----------------


@pytest.mark.parametrize(
    ("answer", "person"),
    [
        ("Every evening Gupta ji read the newspaper aloud to the whole lane.", "Gupta ji"),
        ("Jean-Paul ran the bakery after the war.", "Jean-Paul"),
        ("Bellamy, the foreman, shouted at us all day long.", "Bellamy"),
        ("We spent that winter in the Kowalski house at the end of the lane.", "Kowalski"),
        # what was played or sung is a tune, but whoever made it is someone (it was read as a tune)
        ("We played Sheku's song at the wedding until midnight.", "Sheku"),
        ("Every Sunday Ransford cook the rice and peas for everybody.", "Ransford"),
        # a verb said without its ending is any act on something, not only the round's (wash was missed)
        ("In the yard Beverley wash the clothes by hand.", "Beverley"),
        ("Every morning Kwesi sweep the yard before school.", "Kwesi"),
    ],
)
def test_people_by_honorific_trade_house_tune_or_bare_verb(answer: str, person: str) -> None:
    kinds = _kinds(answer)
    assert person in kinds["people"], kinds


@pytest.mark.parametrize(
    ("answer", "not_a_person"),
    [
        # a kind of house is no family (the Opera was read as a family)
        ("The Opera house burned down the year I was born.", "Opera"),
        ("We slept in the Meeting house when the snow came.", "Meeting"),
        ("We left from Saint-Malo on the night ferry.", "Saint-Malo"),
        ("Brixton, the market, was where we bought everything.", "Brixton"),
        ("Dad whistled Molly Malone all the way home.", "Molly Malone"),
        ("Friday nights, Tony's, that little pub on the corner, was full of dockers.", "Tony"),
        ("Every summer we crewed on the Lady Margaret out of Gloucester.", "Lady Margaret"),
        ("We lost the roof when Cyclone Tracy came through.", "Tracy"),
        ("That was the autumn the hurricane Hazel hit Toronto.", "Hazel"),
        ("Audrey. She came ashore at Cameron and took the whole town.", "Audrey"),
    ],
)
def test_houses_places_tunes_bars_boats_and_storms_are_nobody(answer: str, not_a_person: str) -> None:
    assert not_a_person not in _kinds(answer)["people"], _kinds(answer)


# -- a name said alone ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("answer", "kind", "name"),
    [
        ("Brannagh. She made the best scones in the county.", "people", "Brannagh"),
        ("Matthias. Pulled his boots on and went out to the cows.", "people", "Matthias"),
        ("Glenmore. Small village, up the glen from the loch.", "places", "Glenmore"),
        ("Block 9. Behind the mill. That was our house.", "places", "Block"),
    ],
)
def test_a_name_said_alone_is_typed_by_the_next_sentence(answer: str, kind: str, name: str) -> None:
    kinds = _kinds(answer)
    assert name in kinds[kind], kinds


@pytest.mark.parametrize(
    ("answer", "kind", "name"),
    [
        ("Dunmore. He sold fish there every Friday.", "people", "Dunmore"),
        ("Rosa. Small woman, always in black.", "places", "Rosa"),
    ],
)
def test_a_name_said_alone_before_there_or_a_description_of_someone(answer: str, kind: str, name: str) -> None:
    assert name not in _kinds(answer)[kind], _kinds(answer)


# -- relatives listed, an animal by its epithet, a language, a feast, a habit of saying -----------------


def test_relatives_in_a_list_and_a_habit_of_saying() -> None:
    assert "grandfather" in _kinds("Dad, Grandad, my two brothers and me in one room.")["people"]
    assert "grandmother" in _kinds("Ma, Nana, and the baby slept in the back.")["people"]
    assert "Lupe" in _kinds("Lupe used to tell us about the old country.")["people"]


@pytest.mark.parametrize(
    ("answer", "name"),
    [
        ("Moss the sheepdog, he knew the hill better than any of us.", "Moss"),
        ("Gyp the pony, and me in the cart behind.", "Gyp"),
        ("We talked in Welsh at home and English at school.", "Welsh"),
        ("The fiesta of San Isidro filled the plaza with oxen.", "San Isidro"),
    ],
)
def test_animals_languages_and_feasts_are_neither_people_nor_places(answer: str, name: str) -> None:
    kinds = _kinds(answer)
    assert name not in kinds["people"] + kinds["places"], kinds


@pytest.mark.parametrize(
    ("answer", "place"),
    [
        ("We picnicked up by the Devil's Gap every summer.", "Devil's Gap"),
        ("Mauna Kea had snow on it that morning.", "Mauna Kea"),
    ],
)
def test_places_by_a_gap_or_a_mountain_word(answer: str, place: str) -> None:
    assert place in _kinds(answer)["places"], _kinds(answer)


# -- older rounds' rules in other wording ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("earlier", "later", "person"),
    [
        ("Mr. Tanaka taught us English in the hut.", "Tanaka was strict but fair.", "Tanaka"),
        ("Dr. Ruiz came up to the farm on a mule.", "Ruiz never charged the widows.", "Ruiz"),
        ("Gashe Worku kept the only radio.", "Worku let us listen on Sundays.", "Worku"),
    ],
)
def test_a_titled_name_said_alone_later_is_the_person(earlier: str, later: str, person: str) -> None:
    """Round 7's rule ('Gashe Dawit', later 'Dawit') was lost for a title kept with its stop (round 8's
    'Mr. X' as said): 'Mr. Tanaka', then 'Tanaka', was nobody."""
    assert person in _kinds(later, Known.from_answers([earlier]))["people"]


def test_names_said_alone_after_a_journey_by_steamer_or_oar_are_its_stops() -> None:
    """Round 8's voyage ('Liverpool. Londonderry.') knew 'sailed' and the ship, not 'steamed' or 'rowed'."""
    steamed = _kinds("We steamed from Aden with cotton. Bombay. Colombo. Then home.")
    assert {"Bombay", "Colombo"} <= set(steamed["places"]), steamed
    rowed = _kinds("We rowed across from Skerries. Lambay. Ireland's Eye. Then back.")
    assert {"Lambay", "Ireland's Eye"} <= set(rowed["places"]), rowed
    lesson = _kinds("She showed me the stitch. Again. Slower. Then we travelled home.")
    assert not {"Again", "Slower"} & set(lesson["places"]), lesson


def test_a_ship_named_after_a_country_is_no_place() -> None:
    """Round 6 read 'a grey warship, the Mauritius' as a ship by the noun before it; a ship one came or
    went on ('on the Venezuela', 'aboard the Uruguay') was still the country."""
    assert "Venezuela" not in _kinds("She came over on the Venezuela in 1949.")["places"]
    assert "Uruguay" not in _kinds("I went back aboard the Uruguay in 1951.")["places"]
    # countries said with "the" stay countries
    assert "Gambia" in _kinds("We came over on the Gambia and never went back.")["places"]
    assert "Philippines" in _kinds("He worked on the Philippines desk at the paper.")["places"]
