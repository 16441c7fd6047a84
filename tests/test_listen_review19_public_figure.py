"""Review of round 19's listening (revlisten R7): ordinary people are no public figures.

An office word counts only as a title before a name ("President Kennedy", "King Hussein") or alone with "the"
("the Pope"), never as the end of an ordinary name ("Hans Kaiser", "Martin King", "Ramesh Shah") nor as a given
name of one of the teller's own ("my best friend was Sultan Ahmed"). Records, cassettes and tapes "with" someone
are made with the teller ("I made records with Tony Mensah"), and a recording of someone singing at the family's
wedding is a memory of one of their own."""

from __future__ import annotations

import pytest

from agent.guided.story import _who, public_figure
from tests.support import Api
from tests.turns_support import say, story_session


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the reviewer's
        ("My first job was at the hosiery works of Hans Kaiser, a German. Kaiser checked every sock.", "Hans Kaiser"),
        ("My first job was at the hosiery works of Hans Kaiser, a German. Kaiser checked every sock.", "Kaiser"),
        ("In the church choir Martin King played the organ. Martin King was blind.", "Martin King"),
        ("I made records with Tony Mensah in a little studio on Narborough Road.", "Tony Mensah"),
        ("We still have a cassette with Joseph Banda singing at our wedding.", "Joseph Banda"),
        # mine
        ("Ramesh Shah ran the corner shop where we bought sweets after school.", "Ramesh Shah"),
        ("Peter Pope was our postman for thirty years, a kind man.", "Peter Pope"),
        ("We recorded tapes with Kwesi Boateng every Saturday in his garage.", "Kwesi Boateng"),
        ("There is a tape of Abena Owusu singing at our engagement, I play it still.", "Abena Owusu"),
        ("Sultan Ahmed was my best friend at school, we flew kites.", "Sultan Ahmed"),
        ("Queen Okafor, our neighbour, sold akara at the junction.", "Queen Okafor"),
    ],
)
def test_an_ordinary_name_with_an_office_word_or_a_recording_is_no_public_figure(text: str, name: str) -> None:
    assert not public_figure(text, _who(name, name))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("When the Pope came to Lagos we walked all night to see him.", "Pope"),
        ("When President Kennedy came to Dublin we stood in the rain.", "President Kennedy"),
        ("King Hussein visited our camp in 1970, with soldiers.", "King Hussein"),
        ("When the Queen came to Ibadan we waved our flags.", "Queen"),
        ("My father played the records of Oum Kalthoum every Friday.", "Oum Kalthoum"),
    ],
)
def test_an_office_before_a_name_or_alone_with_the_is_a_public_figure(text: str, name: str) -> None:
    assert public_figure(text, _who(name, name))


@pytest.mark.parametrize(
    ("answer", "name"),
    [
        (
            "In the church choir Martin King played the organ. Martin King was blind and he knew every hymn by heart, "
            "all four hundred.",
            "Martin",
        ),
        (
            "In the seventies I sang in a band. I made records with Tony Mensah in a little studio on Narborough Road, "
            "two records, and we played at weddings all over the Midlands.",
            "Tony",
        ),
        (
            "We still have a cassette with Joseph Banda singing at our wedding. Joseph Banda had the best voice in the "
            "whole church.",
            "Joseph",
        ),
    ],
)
def test_the_planner_follows_the_ordinary_name(api: Api, answer: str, name: str) -> None:
    sid = story_session(api, "Grace", "Growing up in Leicester")
    reply = say(api, sid, answer)["reply"]
    assert name in reply, reply
