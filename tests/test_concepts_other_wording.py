"""Success indicators of held-out rounds 11 and 12 met in wording of their own (issue 9 review): the
round's phrases were the persona's ('the floating prairie', 'ran his traps', 'the batwara', 'saw
nobody'), so each family is told here another way, with look-alikes that must meet nothing. Where
another way failed, the family was widened by category (each case below says what it lacked)."""

from __future__ import annotations

import pytest

from tests.support import Api, indicators_marked


@pytest.mark.parametrize(
    ("indicator", "answer"),
    [
        # a forced move by the orders given, in other verbs (round 11)
        ("Their eviction", "The soldiers turned us out of the house with nothing."),
        ("Their eviction", "The landlord put us out on the street in the middle of winter."),
        ("Their eviction", "The council said we had to get out, and the bulldozers came in May."),
        # a storm by what the wind did to the houses (was: only 'came ashore', 'landfall', a howling wind)
        ("The hurricane", "That night it blew the roof off the school and half the church."),
        ("The hurricane", "When it came ashore we were in the church, all of us, and the roof held."),
        # trapping by snares and a trap line in two words (was: only 'traps' after his/her/the)
        ("The trapping", "We set snares for rabbits along the hedges at first light."),
        ("The trapping", "Every winter we worked the trap line up the river, Dad and me."),
        ("The trapping", "Dad skinned the muskrats and sold the hides in town."),
        # a marsh by its kinds and by ground that floats (was: only 'floating prairie' or ground that wobbles)
        ("The marsh", "The ground floated, you could feel it move under your boots."),
        ("The marsh", "We lived out in the wetlands, all reeds and mud and mosquitoes."),
        # winter and summer by their months (was: winter ending in February or March; summer only as a span)
        ("Winters", "November to April the cows stayed in the byre."),
        ("Summers", "Every July we went to the lake with the cousins."),
        # a tempo by beats a minute or the click (was: only the metronome or bpm)
        ("The tempo", "I got it up to 96 on the click, clean all the way through."),
        ("The tempo", "I played it at 110 beats a minute with no mistakes."),
        # a partition said plainly (was: only its name in Punjabi or Urdu)
        ("The partition", "When the country was divided in forty-seven the killing started in our village."),
        # a crossing by the days the walking took, however it is said (was: 'walking, nine days' or 'days on foot')
        ("Their crossing to the coast", "We walked with the camels eleven days across the desert to the sea."),
        # being alone told as seeing no one else (was: 'saw nobody', 'never saw a soul')
        ("Loneliness", "For months I did not see another person up there."),
        ("Loneliness", "Not a living soul for miles, only the sheep."),
    ],
)
def test_an_indicator_met_in_other_words(api: Api, indicator: str, answer: str) -> None:
    assert set(indicators_marked(api, [indicator], [answer])) == {0}


@pytest.mark.parametrize(
    ("indicator", "answer"),
    [
        ("The hurricane", "Dad took the roof off the old shed to mend it before the rains."),
        ("The trapping", "My brother played drums and tightened the snares before every dance."),
        ("The marsh", "The boat floated out past the pier and we swam after it."),
        ("Winters", "From April to June we planted the whole top field."),
        ("Summers", "Every Christmas we went to my aunt's with the cousins."),
        ("The tempo", "I clicked my fingers and the dog came running."),
        ("The partition", "The land was divided between my three uncles when Grandad died."),
        ("Their crossing to the coast", "We walked to school every day, rain or shine."),
        ("Loneliness", "I saw another face at the window and waved to her."),
        ("Loneliness", "Not a soul I knew was at the dance, but I danced all night."),
    ],
)
def test_look_alikes_meet_nothing(api: Api, indicator: str, answer: str) -> None:
    assert not indicators_marked(api, [indicator], [answer])


# Older rounds' families (7-10) told another way: each failed before its category was widened.


@pytest.mark.parametrize(
    ("indicator", "answer"),
    [
        # pay said of the workers without 'us' (was: only 'paid us by the kilo')
        ("Seasonal work", "Every autumn we went picking hops in Kent, paid by the bushel."),
        ("Seasonal work", "Every spring we were paid by the sack for the potatoes."),
        # a voyage by other boats and other places in a crew (was: a freighter, a galley boy)
        ("The voyage", "I signed on a collier as a deckboy. Twelve days to Lisbon."),
        # going with no papers (was: only 'without papers')
        ("The emigration", "In '52 my brother went over with no papers, only a suitcase."),
        # the inshore catch by its gear (was: only the cod trap and salt fish)
        ("Fishing", "We set the lobster pots off the point every morning."),
    ],
)
def test_an_older_indicator_met_in_other_words(api: Api, indicator: str, answer: str) -> None:
    assert set(indicators_marked(api, [indicator], [answer])) == {0}


@pytest.mark.parametrize(
    ("indicator", "answer"),
    [
        ("Seasonal work", "Every summer I paid by the month for a room by the lake."),
        ("Fishing", "Mum kept geraniums in old flower pots on the step."),
        ("The emigration", "There were no papers in the village shop that week."),
    ],
)
def test_older_look_alikes_meet_nothing(api: Api, indicator: str, answer: str) -> None:
    assert not indicators_marked(api, [indicator], [answer])
