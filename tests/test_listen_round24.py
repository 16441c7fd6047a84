"""Round 24's listening misses, fixed by category (wordings and look-alikes made up here, none of the personas'):

* a change of subject said as leaving one part for another ("Let me leave X now and tell you about Y") or as a jump
  with a reason after it ("Let me jump to Y, otherwise …"): a topic named for Y, said back;
* a gap said whole ("I don't remember it at all, not the X, not the Y", "… I can't remember. Nothing."): the gap is
  what the answer is about, a gentler way in is owed even after a story told around it;
* a name said family name first (Khmer, Hungarian, Japanese): greeted by the given name, and the given name the
  teller gives beside the family name they set apart is used from then on; the teller as "Mr. X" is no one else.
"""

from __future__ import annotations

import re

import pytest

from agent.guided import gaps, wishes
from agent.guided.annotate import read
from agent.guided.naming import address_name, called_name
from agent.guided.teller_name import without_teller
from tests.support import Api
from tests.turns_support import say, story_session, transcript

# --- a change of subject said as leaving one part, or as a jump with a reason -------------------------------------


@pytest.mark.parametrize(
    ("said", "subject"),
    [
        ("Okay, I'll leave the farm there and tell you about Winnipeg, where the children were born.", "Winnipeg"),
        ("Let's leave Lisbon behind and go on to Luanda. We arrived in 1961 on a cargo ship.", "Luanda"),
        ("So, let me leave the village for now and talk about the army. I was called up in 1951.", "the army"),
        ("Let me skip to Nairobi, or we'll be here all night. The office was on Kenyatta Avenue.", "Nairobi"),
        ("Let me tell you about Durban now, otherwise the grandchildren will never know it.", "Durban"),
        ("Let me jump to Accra, unless you want more of the school. I flew there in 1970.", "Accra"),
    ],
)
def test_a_change_of_subject_said_as_leaving_or_jumping(said: str, subject: str) -> None:
    wish = wishes.request(said)
    assert wish is not None and wish.kind == "switch" and wish.subject == subject, wish


@pytest.mark.parametrize(
    "said",
    [
        "My father would never let me leave the house and talk to boys, not even at the well.",
        "I had to leave the farm and go to the city to work in the mill, like all the sons.",
        "He told me to leave Lagos and go to London, and I did, in 1962.",
        "Let me leave it there for today, my back is tired.",
        "I'll jump to conclusions, you know me, I always did.",
        "Don't jump to hasty conclusions about my brother, he was a good man.",
        "Let's leave the children with Mum and go to Brighton, Dad said, and off we went in the Morris.",
        "I'll leave the keys under the mat and go to Leeds, he told her, and he never came back.",
    ],
)
def test_no_change_of_subject(said: str) -> None:
    assert wishes.request(said) is None


def test_leaving_for_a_new_place_links_a_topic_named_for_it(api: Api) -> None:
    sid = story_session(api, "Rita", "Girlhood in Kumasi")
    say(api, sid, "We lived behind the market, and my mother sold cloth from a stall with a blue roof every day.")
    result = say(
        api,
        sid,
        "Let me leave Kumasi now and tell you about Hamburg, because my son was born there. My husband went first, "
        "in 1971, to the shipyards, and two years later he sent for me. We had one room over a bakery.",
    )
    titles = [t["title"] for t in api.ok("GET", f"/sessions/{sid}/topics")]
    assert any("Hamburg" in t for t in titles), titles
    assert "Hamburg" in result["reply"], result["reply"]


def test_a_jump_with_a_reason_after_it_names_only_the_place(api: Api) -> None:
    sid = story_session(api, "Rita", "Girlhood in Kumasi")
    say(api, sid, "We lived behind the market, and my mother sold cloth from a stall with a blue roof every day.")
    result = say(
        api,
        sid,
        "Let me jump to Accra, otherwise we will be in Kumasi till midnight. In 1966 I took the train down to "
        "train as a teacher, and the college had a clock tower that was always ten minutes slow.",
    )
    titles = [t["title"] for t in api.ok("GET", f"/sessions/{sid}/topics")]
    assert "Accra" in titles, titles
    assert "Accra" in result["reply"] and "otherwise" not in result["reply"], result["reply"]


# --- a gap said whole ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "They say the fire started in the bakery and the whole street went up, and the men made a chain of buckets "
        "from the pump. I was four. I can't remember a thing of it, my sister has to tell me every time.",
        "The flood of fifty-three, everyone in the village still talks about it, the cows on the roofs and the boats "
        "in the street. I don't recall any of it. Not a thing.",
        "The boat out of Haiphong, how long we were at sea, who gave us water, where we slept... I don't remember. "
        "My brother remembers it all and tells it at every wedding.",
        "The first year in the orphanage at Nitra. I don't remember it, not the beds, not the nuns, not the food. "
        "My file says I was there two years, and Sister Agata signed every page.",
        "Honestly I remember nothing of it, only what Papa told me later about the snow on the pass and the mules.",
    ],
)
def test_a_gap_said_whole_is_dwelt_on(said: str) -> None:
    assert gaps.unsure(said) and gaps.dwells_on_gap(said)


@pytest.mark.parametrize(
    "said",
    [
        "I don't remember the bus number, but the driver, Mr Hale, always whistled when we got on at the mill.",
        "I don't remember the year at all. We went in the spring, the three of us, with the cart and the goat.",
        "I don't remember it at all, but the smell of the bread I do, every morning from the bakery on the corner.",
        "At the exam I couldn't remember a thing, my mind went white, and I failed the whole paper that June.",
        "Mum doesn't remember any of it, she was in the hospital that week with my little brother.",
        "I can't remember a thing like that ever happening in our street. People were honest then.",
        "I don't remember it at all like that, it was my brother who fell in the river, not me.",
        "Honestly I don't remember it at all the way my sister tells it, she makes it a big drama.",
    ],
)
def test_a_detail_or_someone_else_s_gap_is_not_dwelt_on(said: str) -> None:
    assert not gaps.dwells_on_gap(said)


def test_a_gap_said_whole_gets_another_way_in(api: Api) -> None:
    sid = story_session(api, "Rita", "Childhood in Gdynia")
    say(api, sid, "We lived by the harbour, and my father mended nets on the quay every morning before school.")
    result = say(
        api,
        sid,
        "Aunt Zofia always said that before the war we had a bigger flat over the bakery, and one winter the pipes "
        "burst and flooded it. Everybody talks about that winter. Me, I don't remember it at all, not the flat, not "
        "the water. I was too small. I only know what they told me.",
    )
    reply = result["reply"]
    assert not re.search(r"\b(?:lovely|wonderful|great|beautiful|what a)\b", reply, re.IGNORECASE), reply
    assert any(w in reply.lower() for w in ("smell", "sound", "photo", "taste", "hands", "someone", "who else")), reply


# --- a name said family name first ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("display", "greeted"),
    [
        ("Keo Bopha", "Bopha"),
        ("Hun Sen", "Sen"),
        ("Nagy Erzsébet", "Erzsébet"),
        ("Kovács János", "János"),
        ("Kiss Anna", "Anna"),
        ("Tanaka Yoshiko", "Yoshiko"),
        ("Watanabe Hiroshi", "Hiroshi"),
        # look-alikes: the Western order, two family names, a Western given name after, a Western first name
        ("Bopha Keo", "Bopha"),
        ("Erzsébet Nagy", "Erzsébet"),
        ("Yoshiko Tanaka", "Yoshiko"),
        ("Sok Chea", "Sok"),
        ("Nagy Tom", "Nagy"),
        ("Tanaka Smith", "Tanaka"),
        ("Kim Novak", "Kim"),
        ("Lee Harris", "Lee"),
        ("Sam Keo", "Sam"),
        ("Abe Tanaka", "Abe"),
        ("Simon Peter", "Simon"),
        ("Sung Lee", "Sung"),
    ],
)
def test_a_name_said_family_name_first(display: str, greeted: str) -> None:
    assert address_name(display) == greeted


@pytest.mark.parametrize(
    ("said", "called"),
    [
        ("Nagy is my family name; we put it first at home. I am Erzsébet, Erzsi to my friends.", "Erzsébet"),
        ("Tanaka is the surname, my given name is Yoshiko.", "Yoshiko"),
        ("Bopha. Keo is the family name, it goes first with us. I was born in Kampot in 1948.", "Bopha"),
        ("In Cambodia the family name comes first, so on the passport it is wrong. I am Vannak.", "Vannak"),
        ("With us the surname goes first; I'm Ilona, and the Kovács is my husband's.", "Ilona"),
        # look-alikes: the family name itself, a title, someone's possession, a family name told of another, a people
        ("Chea is the family name. I am Cambodian, from Battambang.", None),
        ("With us the family name comes first. I am Khmer, and proud of it.", None),
        ("The surname comes first on the form, then the given names.", None),
        ("Smith is my last name, I'm Smith at work.", None),
        ("On the American papers I am Mr. Keo by mistake for forty years.", None),
        ("Kowalski was my father's family name. I am Anna's widow, they say.", None),
        ("Yes. Chea is the family name.", None),
    ],
)
def test_the_given_name_told_beside_the_family_name(said: str, called: str | None) -> None:
    assert called_name(said) == called


@pytest.mark.parametrize(
    ("display", "answer", "people"),
    [
        ("Keo Bopha", "At the bank I am Mrs. Bopha, and my daughter laughs at it.", ["daughter"]),
        ("Nagy Erzsébet", "In Vienna they called me Miss Erzsébet, like a governess.", []),
        # look-alikes: the title and name said of someone else, a namesake doing things
        ("Keo Bopha", "Mrs. Bopha from the market sold us rice on credit.", ["Mrs. Bopha"]),
        ("Nagy Erzsébet", "Miss Erzsébet taught us piano on Tuesdays.", ["Miss Erzsébet"]),
    ],
)
def test_the_teller_with_a_title_is_no_one_else(display: str, answer: str, people: list[str]) -> None:
    assert without_teller(read(answer), display, None, answer).people == people


def test_the_opening_greets_by_the_given_name_and_the_name_told_is_kept(api: Api) -> None:
    sid = story_session(api, "Keo Bopha", "Girlhood in Kampot")
    opening = transcript(api, sid)[0]["agent_prompt"]
    assert opening.startswith(("Hello Bopha", "Welcome, Bopha")), opening
    sid = story_session(api, "Chhim Dara", "Boyhood in Takeo")
    opening = transcript(api, sid)[0]["agent_prompt"]
    assert opening.startswith(("Hello Dara", "Welcome, Dara")), opening
    result = say(api, sid, "Rithy. Dara is the family name on the passport, by mistake. I was born in Takeo in 1950.")
    assert "Rithy" in result["reply"], result["reply"]
