"""An item told by its work, where other items' words stand in the answer only as its things (the colours in the
tubs, the glaze of the bowls): the item asked is done, the others are not reported. An excuse naming what broke in
("Sorry, the doorbell.") with a return asked ("where were we?") is no report, whatever was said to the caller.
Look-alikes stay unticked: the tubs still empty, the things bought or on their way. The wording is other than any
benchmark persona's (a shibori dyer in Arita, a potter in Stoke)."""

from __future__ import annotations

import pytest

from tests.support import Api
from tests.turns_support import practice_items, say, template_session

SHIBORI = {
    "name": "Shibori Sunday",
    "kind": "practice",
    "intention": "Dye two cloths for the festival",
    "completion_indicators": ["Every step done"],
    "structure": {
        "sections": [
            {
                "name": "Setting up",
                "duration_minutes": 20,
                "items": [{"name": "Fold and bind the cloth"}, {"name": "Fill the dye tubs"}],
            },
            {
                "name": "Dyeing",
                "duration_minutes": 40,
                "items": [{"name": "Indigo dips, three times"}, {"name": "Madder red for the border"}],
            },
        ]
    },
}

GLAZE = {
    "name": "Glaze day",
    "kind": "practice",
    "intention": "Glaze the six bowls for the market",
    "completion_indicators": ["Every step done"],
    "structure": {
        "sections": [
            {
                "name": "Glazing",
                "duration_minutes": 60,
                "items": [
                    {"name": "Sand the bisque"},
                    {"name": "Stir the glaze buckets"},
                    {"name": "Celadon inside"},
                    {"name": "Tenmoku outside"},
                ],
            }
        ]
    },
}


def _done(api: Api, sid: str) -> set[str]:
    return {n for n, i in practice_items(api, sid).items() if i["completed"]}


def _tubs(api: Api) -> str:
    sid = template_session(api, "Emiko", SHIBORI, scheduled_duration_minutes=60)
    say(api, sid, "Folded and bound, both cloths, fifteen minutes.")
    return sid  # Fill the dye tubs asked now


def _buckets(api: Api) -> str:
    sid = template_session(api, "Gladys", GLAZE, scheduled_duration_minutes=60)
    say(api, sid, "Bisque sanded, ten minutes.")
    return sid  # Stir the glaze buckets asked now


@pytest.mark.parametrize(
    "said",
    [
        "The tubs: indigo, madder. Warm water, then the dye poured in slowly and mixed with the paddle. Madder smells "
        "like earth.",
        "Tubs, indigo and madder. Rain water from the barrel, the powder, a cup of lime in each, stirred with a bamboo "
        "pole. The indigo has a copper skin on top already.",
    ],
)
def test_tubs_told_by_their_work_with_the_colours_as_things(api: Api, said: str) -> None:
    sid = _tubs(api)
    say(api, sid, said)
    assert _done(api, sid) == {"Fold and bind the cloth", "Fill the dye tubs"}


@pytest.mark.parametrize(
    "said",
    [
        "Both buckets: celadon, tenmoku. Each one scraped from the bottom, stirred through with the big whisk, then "
        "sieved twice. The tenmoku is thick like cream.",
        "Buckets: celadon, tenmoku. The sludge lifted off the bottom and whisked together till smooth. Celadon looks "
        "grey in the bucket, it always does.",
    ],
)
def test_buckets_told_by_their_work_with_the_glazes_as_things(api: Api, said: str) -> None:
    sid = _buckets(api)
    say(api, sid, said)
    assert _done(api, sid) == {"Sand the bisque", "Stir the glaze buckets"}


@pytest.mark.parametrize(
    "said",
    [
        "Both buckets: celadon, tenmoku. The tenmoku is still in the sack from the supplier.",
        "Buckets? Celadon and tenmoku I ordered from the supplier in Stoke, they come on Friday.",
    ],
)
def test_buckets_with_no_work_told_are_not_done(api: Api, said: str) -> None:
    sid = _buckets(api)
    say(api, sid, said)
    assert _done(api, sid) == {"Sand the bisque"}


@pytest.mark.parametrize(
    "said",
    [
        "Sorry, the doorbell. It's the parcel man with the new brushes, yes, all fine, thank you. So, where were we?",
        "Excuse me, my phone. My daughter in Osaka, she rings every Sunday, yes yes, all good here. Where was I?",
    ],
)
def test_an_excuse_naming_what_broke_in_and_a_return_is_no_report(api: Api, said: str) -> None:
    sid = _buckets(api)
    say(api, sid, said)
    assert _done(api, sid) == {"Sand the bisque"}


@pytest.mark.parametrize(
    "said",
    [
        "Sorry, the doorbell. Buckets stirred, both of them, ten minutes. Where were we?",
        "Excuse me, my phone. Right: the glaze buckets, whisked till smooth, fifteen minutes.",
    ],
)
def test_a_report_after_an_excuse_naming_what_broke_in_is_still_a_report(api: Api, said: str) -> None:
    sid = _buckets(api)
    say(api, sid, said)
    assert _done(api, sid) == {"Sand the bisque", "Stir the glaze buckets"}
