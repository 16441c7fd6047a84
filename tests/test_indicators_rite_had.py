"""Review of the coming-of-age indicator (rev_practice R4, F3; rev_sweep R3): the coming of age told by its verb
("I came of age in Soweto in '76") meets "His coming of age"; a rite named but not had, denied ("Bar mitzvahs were
not something we had"), planned and never held ("We were planning my umemulo but my father died") or someone else's
the person went to, watched or played at ("We went to a quinceañera every Saturday"), does not meet the person's own.
Own wordings beside the reviewers' cases; none is a benchmark persona's."""

from __future__ import annotations

import pytest

from tests.indicator_support import met


@pytest.mark.parametrize(
    ("aim", "text"),
    [
        ("His coming of age", "I came of age in Soweto in '76, the year of the uprising."),
        ("Her coming of age", "She says I came of age the summer I turned sixteen and went to work in the mill."),
        ("His coming of age", "When I came of age my uncles took me to the mountain for three weeks."),
    ],
)
def test_coming_of_age_told_by_its_verb(aim: str, text: str) -> None:
    assert met(aim, text)


@pytest.mark.parametrize(
    "text",
    [
        "Bar mitzvahs were not something we had; we were poor Catholics.",
        "We were planning my umemulo but my father died that year.",
        "We went to a quinceañera every Saturday in summer, the band was always the same.",
        "We watched a quinceañera procession pass our shop.",
        "We were meant to have my upanayana in Varanasi but the money ran out.",
        "Debutantes were never something for girls like us in Belfast.",
        "I played the trumpet at a bar mitzvah every weekend in Brooklyn.",
    ],
)
def test_a_rite_not_had_is_not_the_persons(text: str) -> None:
    assert not met("Her coming-of-age ceremony", text)


@pytest.mark.parametrize(
    ("aim", "text", "want"),
    [
        ("Her coming-of-age ceremony", "My umemulo was the happiest day, the cow was slaughtered for me.", True),
        ("Her coming-of-age ceremony", "At my quinceañera my father danced the waltz with me.", True),
        (
            "Her coming-of-age ceremony",
            "At twenty I went to the seijin shiki in a furisode borrowed from my aunt.",
            True,
        ),
        ("His coming of age", "The age of the house is a mystery; it came of the old farm.", False),
        ("Her coming-of-age ceremony", "I came of age during the war, there were no parties.", False),
        ("Her coming of age", "My granddaughter came of age last year, she is off to university.", False),
    ],
)
def test_own_rite_still_met_and_other_ages_or_a_plain_coming_of_age_not(aim: str, text: str, want: bool) -> None:
    assert met(aim, text) == want
