"""Review of f8a9416 and 3cfc6f0 (story indicators): coming to a country was met by a visit, a coming to faith or
a placing at a show; "A memorable trip" looked for the word "memorable"; a carnival sewn for was vetoed though the
teller danced at it; three "you" verbs of the past counted as a craft's steps. Other lives and places below."""

from __future__ import annotations

import pytest

from tests.support import Api, indicators_marked


@pytest.mark.parametrize(
    ("aim", "answer"),
    [
        # the reviewer's
        ("Her work after coming to Canada", "We came to Toronto for my cousin's wedding in 1975, one week only."),
        ("Her work after coming to Canada", "I came to Montreal on holiday in 1980 with my sister, two days."),
        ("Her work after coming to Canada", "We came to Vancouver to see my brother, two weeks only."),
        ("Her work after coming to Canada", "Every summer we came to Niagara to see the falls with Father."),
        ("Coming to England", "I came to London for the Coronation in 1953, on the coach with the whole church."),
        ("Coming to England", "We came to Blackpool for a week in August, every year, Dad and all."),
        ("Coming to England", "I came to Jesus in 1972, in the little chapel in Kingston."),
        ("Coming to England", "We arrived in Paris for our honeymoon in 1959 and stayed by the station."),
        ("Coming to England", "We came in Second at the county show with the big ram."),
        # other wording
        ("Coming to Australia", "We came to Perth for the races in 1988, three nights only, and Dad lost his hat."),
        ("Coming to Australia", "I came to Christ at the mission in Darwin when I was seventeen."),
        ("Settling in Germany", "Each Easter we came to Munich to visit my aunt, and we ate too much cake."),
    ],
)
def test_a_visit_is_no_coming_to_a_country(api: Api, aim: str, answer: str) -> None:
    assert indicators_marked(api, [aim], [answer]) == {}


@pytest.mark.parametrize(
    ("aim", "answer"),
    [
        ("Her work after coming to Canada", "We came to Toronto in 1968, my husband first and me after."),
        ("Coming to England", "We docked at Tilbury in 1956, and my uncle met us with a borrowed van."),
        ("Coming to Australia", "In 1963 we reached Fremantle on the Fairsea, and an uncle met us at the quay."),
    ],
)
def test_the_arrival_is_still_coming(api: Api, aim: str, answer: str) -> None:
    assert set(indicators_marked(api, [aim], [answer])) == {0}


@pytest.mark.parametrize(
    ("aim", "answer"),
    [
        ("A memorable trip", "Our trip to Rome in 1970, the four of us in the Fiat, and my father singing."),
        ("An unforgettable journey", "The journey up to Inverness on the night train, my first time alone."),
    ],
)
def test_one_particular_thing_is_its_noun_not_its_adjective(api: Api, aim: str, answer: str) -> None:
    assert set(indicators_marked(api, [aim], [answer])) == {0}


@pytest.mark.parametrize(
    "answer",
    [
        "Mama sewed me a costume for the Carnaval of 1959, a butterfly, and I danced in the street all night.",
        "Oma stitched my hat for the Fasching of '62, a red one with bells, and I marched with the band.",
    ],
)
def test_a_carnival_sewn_for_by_its_year_is_told(api: Api, answer: str) -> None:
    assert set(indicators_marked(api, ["A carnival she remembers"], [answer])) == {0}


@pytest.mark.parametrize(
    ("aim", "answer"),
    [
        (
            "Learning to bake bread",
            "Your grandmother baked bread every day. You came to visit as a boy, you ate it warm, you always asked "
            "for more.",
        ),
        (
            "Learning to bake bread",
            "Dad baked for the whole street in the war. You queued for hours, you paid with coupons, you took what "
            "there was.",
        ),
        (
            "Learning to weave baskets",
            "Granny wove the baskets for the market. You brought her the reeds, you sat on the step, you watched "
            "her hands.",
        ),
        (
            "Learning to make masks",
            "My mother made the masks; I never learned, I had the goats. You mix the paste, you tear the paper, you "
            "dry it in the sun, that much I saw.",
        ),
    ],
)
def test_past_you_is_no_step_taught(api: Api, aim: str, answer: str) -> None:
    assert indicators_marked(api, [aim], [answer]) == {}


def test_steps_taught_in_the_present_still_tell_learning(api: Api) -> None:
    answer = (
        "Mother showed me. You put the yeast in warm milk, you knead it till it shines, you let it rise under a "
        "cloth, then you bake it hot. I was eleven."
    )
    assert set(indicators_marked(api, ["Learning to bake bread"], [answer])) == {0}
