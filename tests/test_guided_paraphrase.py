"""Indicators met only through paraphrase (issue 9): a flight, a forced move, a livelihood, being
hired, each told without the indicator's words. Wording of its own: no persona says these answers."""

from __future__ import annotations

import pytest

from tests.support import Api, indicators_marked


def test_fleeing_a_country_is_leaving_it_though_neither_it_nor_the_year_is_said(api: Api) -> None:
    # "left Italy in 1950" told as a flight over a border, with places of the answer's own.
    marked = indicators_marked(
        api,
        ["Why she left Italy in 1950", "Why he left Greece in 1946"],
        ["When the soldiers came we could not stay. My brother and I crossed the border at night near Trieste."],
    )
    assert set(marked) == {0, 1}
    # "could not stay" is a phrase of flight, read since a phrase's own "not" is no denial
    assert "crossed the border" in marked[0] or "could not stay" in marked[0]


def test_a_forced_move_is_leaving_the_place_named(api: Api) -> None:
    marked = indicators_marked(
        api,
        ["Leaving Silesia as a girl"],
        ["We had two hours to pack. The whole village went down to the station at Opole together."],
    )
    assert set(marked) == {0}
    assert "pack" in marked[0]


def test_staying_put_or_a_literal_leaving_elsewhere_is_no_flight(api: Api) -> None:
    marked = indicators_marked(
        api,
        ["Why she left Italy in 1950", "Leaving Ireland as a boy"],
        [
            "We stayed in Naples with my aunt that winter, and then took the bus to Rome.",
            "I left my coat in Florence on the train, and we ended up in hospital with the measles.",
        ],
    )
    assert marked == {}


def test_what_a_relative_did_for_a_living_is_met_by_whom_they_worked_for(api: Api) -> None:
    # "did for a living" is the relative's work: met by "scrubbed floors for the hospital" and by
    # "they made him a signalman", not by the teller's own job.
    marked = indicators_marked(
        api,
        ["What his mother did for a living", "What her grandfather did for work", "What her aunt did for work"],
        [
            "Mum, Peggy, scrubbed floors for the hospital on the hill, six nights a week.",
            "Grandad Alf swept the yards at first, and then they made him a signalman at Crewe.",
            "I worked for the council for thirty years as a clerk.",
        ],
    )
    assert set(marked) == {0, 1}
    assert "hospital" in marked[0] and "signalman" in marked[1]


def test_being_taken_on_is_a_job_but_being_taken_on_a_trip_is_not(api: Api) -> None:
    marked = indicators_marked(
        api,
        ["Her first job", "His first job"],
        [
            "My sister worked at the mill, and she took me on a trip to Blackpool once.",
            "I bought a card for the teacher and my brother was taken on at the docks.",
        ],
    )
    assert marked == {}
    marked = indicators_marked(
        api,
        ["Her first job"],
        ["The manager at the Grand took me on as a chambermaid the week I turned sixteen."],
    )
    assert set(marked) == {0}
    assert "took me on" in marked[0]


# --- held-out round 6: a game by its gear, a mill by its machine, a name alone marks nothing ------


def test_a_name_or_a_place_of_the_indicator_alone_does_not_meet_it(api: Api) -> None:
    """ "His wedding to Shirin" was marked by Shirin named on the road out, "Her first job in Houston"
    by arriving in Houston: the indicator's concept must be told too; a place alone meets only an
    indicator asking for nothing but it."""
    marked = indicators_marked(
        api,
        ["Her wedding to Tomasz", "His first job in Leeds", "Time in Lisbon"],
        [
            "In 1962 Tomasz drove the whole lot of us to the coast in his van.",
            "We got off the coach in Leeds on a wet Tuesday and slept at my cousin's.",
            "Later I spent two summers in Lisbon, selling lace to the tourists.",
        ],
    )
    assert set(marked) == {2}


def test_a_name_is_said_whole_not_by_a_word_inside_it(api: Api) -> None:
    # "England" is not told by "land", nor "Portugal" by a word ending it
    marked = indicators_marked(
        api, ["Her years in England", "Life in Finland"], ["We would land the boat on the shingle."]
    )
    assert marked == {}


def test_a_game_told_by_its_gear_and_moves(api: Api) -> None:
    marked = indicators_marked(
        api,
        ["Playing football with his mates"],
        ["After school the lads of our street put two jumpers down for goalposts and we kicked a tin about till dark."],
    )
    assert set(marked) == {0}
    assert "goalposts" in marked[0]


def test_a_mill_told_by_its_machine_and_produce(api: Api) -> None:
    marked = indicators_marked(
        api,
        ["Her uncle's rice mill", "His sister's cotton mill"],
        ["My uncle's engine took the husks off the paddy the farmers brought in by boat, dawn to dusk."],
    )
    assert set(marked) == {0}
    assert "husks" in marked[0]


def test_coming_to_a_country_told_by_the_port_of_arrival(api: Api) -> None:
    marked = indicators_marked(
        api,
        ["Why he came to Australia"],
        ["My brother sent the fare, so in 1958 I took the Fairsea from Naples and we landed at Fremantle in May."],
    )
    assert set(marked) == {0}


def test_a_relative_is_told_by_that_relative_not_by_a_word_inside_it(api: Api) -> None:
    # "grandmother" is not told by "mother" nor by "the other", but is by "my father's mother"
    marked = indicators_marked(
        api,
        ["The grandmother who raised her"],
        ["The other girls laughed at me. My mother was away in town all that year."],
    )
    assert marked == {}
    marked = indicators_marked(
        api, ["The grandmother who raised her"], ["It was my mother's mother who raised me on the farm."]
    )
    assert set(marked) == {0}


def test_a_place_of_the_indicator_counts_where_its_concept_is_told(api: Api) -> None:
    # the office was in Lagos; Perth is only where she flew years later
    marked = indicators_marked(
        api,
        ["Her first job at the Perth laundry"],
        ["My first job was in a Lagos office. Years later we flew to Perth with the children."],
    )
    assert marked == {}
    marked = indicators_marked(
        api, ["Her first job at the Perth laundry"], ["My first job in Perth was ironing sheets."]
    )
    assert set(marked) == {0}


def test_a_goal_in_life_flour_in_a_kitchen_or_a_ship_s_hull_is_no_game_or_mill(api: Api) -> None:
    marked = indicators_marked(
        api,
        ["Playing football with his mates", "His uncle's mill"],
        [
            "My goal was always to be a pilot, and the mates at school laughed, so I kicked them out of my life.",
            "My aunt's hands were white with flour, and we scraped the hull of the boat every spring.",
        ],
    )
    assert marked == {}


def test_a_drink_told_by_its_making_across_sentences(api: Api) -> None:
    # coffee never said: raw beans roasted, ground and brewed, told over three sentences
    marked = indicators_marked(
        api,
        ["Nonna's coffee on Saturdays"],
        [
            "Every Saturday Nonna tipped the raw beans into an old pan. She roasted them over the fire until the "
            "kitchen filled with smoke. Then she ground them in a little wooden mill on her lap and brewed it thick."
        ],
    )
    assert set(marked) == {0}
    # beans roasted for supper are a vegetable, not coffee
    marked = indicators_marked(
        api, ["Nonna's coffee"], ["Nonna roasted the beans with garlic for supper, and we ate them."]
    )
    assert marked == {}


def test_seasonal_work_told_by_when_it_came_round_and_the_pay(api: Api) -> None:
    marked = indicators_marked(
        api,
        ["Seasonal work in the north"],
        ["Every summer I went up with my cousins to pick apples, and the farmer paid us by the crate."],
    )
    assert set(marked) == {0}
    marked = indicators_marked(
        api, ["Seasonal work in the north"], ["Every summer we went up to the lake with my cousins."]
    )
    assert marked == {}


def test_an_orchard_told_by_its_count_of_trees(api: Api) -> None:
    marked = indicators_marked(
        api,
        ["Her grandfather's olive grove"],
        ["Grandpa had three hundred trees on the hill, and every November we beat the branches with sticks."],
    )
    assert set(marked) == {0}


def test_a_train_journey_told_by_its_station_nights_on_the_benches_and_the_countries_on_the_way(api: Api) -> None:
    marked = indicators_marked(
        api,
        ["The train journey to Italy"],
        ["We left from the big station in Vienna, two nights on the hard benches, through Austria, to Milan."],
    )
    assert set(marked) == {0}
    marked = indicators_marked(
        api, ["The train journey to Italy"], ["Two nights on the floor of my aunt's flat in Vienna."]
    )
    assert marked == {}


def test_a_convoy_told_by_its_escorts_or_ships_going_together(api: Api) -> None:
    marked = indicators_marked(
        api,
        ["Sailing to Murmansk in the wartime convoys"],
        ["In '42 I joined the Navy as a stoker. Thirty ships at a time, and the destroyers herding us north."],
    )
    assert set(marked) == {0}
    marked = indicators_marked(
        api,
        ["Sailing to Murmansk in the wartime convoys"],
        ["My uncle had a corner shop, and we watched the ships in the harbour on Sundays."],
    )
    assert marked == {}


def test_fishing_told_by_its_catch_and_gear(api: Api) -> None:
    marked = indicators_marked(
        api,
        ["Fishing off Iceland with her uncle"],
        ["Every spring I went out with my uncle on his boat. Haddock mostly, gutted on deck in the sleet."],
    )
    assert set(marked) == {0}
    marked = indicators_marked(
        api, ["Fishing off Iceland with her uncle"], ["My uncle kept a pub by the docks and sang on Fridays."]
    )
    assert marked == {}


def test_a_trade_told_by_its_material_and_what_was_made(api: Api) -> None:
    marked = indicators_marked(
        api,
        ["His grandfather's work as a door carver"],
        [
            "Grandpa was a craftsman. He made the doorways of the mosque from walnut, and with a chisel he cut "
            "vines and pomegranates into every panel."
        ],
    )
    assert set(marked) == {0}


def test_a_first_posting_told_as_being_given_charge_of_a_place(api: Api) -> None:
    marked = indicators_marked(
        api,
        ["Her first posting as a postmistress"],
        ["In 1962 I was given the charge of Kilbride, one counter, a scale and a safe, and I ran it alone."],
    )
    assert set(marked) == {0}
    marked = indicators_marked(
        api,
        ["His first posting as a stationmaster"],
        ["At Hatton I had two platforms, a signal cabin, a porter and the tickets in my charge."],
    )
    assert set(marked) == {0}


def test_meeting_someone_needs_the_meeting_told_not_their_name(api: Api) -> None:
    marked = indicators_marked(
        api,
        ["Meeting her husband Piotr"],
        ["Piotr, my husband, was a quiet man. He kept pigeons on the roof and read every evening."],
    )
    assert marked == {}
    marked = indicators_marked(api, ["Meeting her husband Piotr"], ["I met Piotr at a dance in the town hall in 1958."])
    assert set(marked) == {0}


def test_a_voyage_told_by_the_boat_a_place_in_its_crew_and_its_length(api: Api) -> None:
    answer = "In '62 I signed on a Norwegian freighter as a cabin girl. Nine days. Bergen, then fog, then Halifax."
    assert set(indicators_marked(api, ["Her voyage to Canada"], [answer])) == {0}
    assert indicators_marked(api, ["Her voyage to Canada"], ["My brother had a boat. He fished for weeks."]) == {}


@pytest.mark.parametrize(
    "answer",
    [
        "In 1974 we bought the launderette on Mill Road, and every penny in it was ours.",
        "The bakery I sold in 2001 still has the same oven.",
    ],
)
def test_a_business_of_ones_own_told_by_buying_or_selling_it(api: Api, answer: str) -> None:
    assert set(indicators_marked(api, ["Running a business"], [answer])) == {0}


def test_a_business_is_not_told_by_shopping_at_one(api: Api) -> None:
    assert indicators_marked(api, ["Running a business"], ["We went to the bakery on Saturdays for rolls."]) == {}


def test_an_emigration_told_as_a_going_with_nothing_after_or_without_papers(api: Api) -> None:
    answer = "In '49 Tomas went. A coal barge down to Genoa, without papers, then the long way round."
    assert set(indicators_marked(api, ["Tomas's emigration to Argentina"], [answer])) == {0}
    assert indicators_marked(api, ["Tomas's emigration to Argentina"], ["Tomas went to the market for eggs."]) == {}


def test_a_passage_without_a_break_needs_the_break_told_as_absent(api: Api) -> None:
    aim = ["A full passage without a break in the tone"]
    told = "Today I held the tone right through the second bar, never stopped once."
    assert set(indicators_marked(api, aim, [told])) == {0}
    assert indicators_marked(api, aim, ["I stopped after every bar to breathe, and the tone kept cracking."]) == {}


@pytest.mark.parametrize(
    "answer",
    ["The sonata, twice through, and the score stayed shut on the stand.", "I played the sonata by heart today."],
)
def test_playing_from_memory_told_by_the_music_not_looked_at(api: Api, answer: str) -> None:
    assert set(indicators_marked(api, ["The sonata played from memory"], [answer])) == {0}


def test_playing_with_the_music_open_is_not_from_memory(api: Api) -> None:
    aim = ["The sonata played from memory"]
    assert indicators_marked(api, aim, ["I played the sonata twice with the score open on the stand."]) == {}


def test_a_speed_aim_is_not_met_by_too_slow(api: Api) -> None:
    aim = ["The reel at dancing speed"]
    assert indicators_marked(api, aim, ["The reel, still too slow for the dancing, the turn lands heavy."]) == {}
    assert set(indicators_marked(api, aim, ["The reel at last up to speed, fast enough for the dancing."])) == {0}
