"""Round 19 (held-out, first run: follow 12/18, topic 1/2). Three kinds of answer the listener misheard:

* the teller points to the main part of the life ("Sudah, that part is short, nothing to tell. Hong Kong is the big
  part."): a change of subject said of the telling, never taken up (the reply asked about the husband of the part
  called short);
* an answer opened by who asks for the telling ("My daughter in Toronto always says, Ama, start from the
  beginning. Okay. I was born near Shigatse …"): the reply followed the daughter and Toronto, not the memory;
* a public figure ("When His Holiness came to Toronto", "a radio with Rhoma Irama, dangdut") asked about as one of
  the family ("Tell me about Holiness. What were they like?").

Other wordings and registers here; look-alikes (a liking, a part of a thing, someone who tells stories in the
memory, a friend who plays music beside the teller, a relative on the radio) must not trigger."""

from __future__ import annotations

import pytest

from agent.guided import emphasis
from agent.guided.annotate import read
from agent.guided.story import _seen_in_person, _who, public_figure, to_follow
from tests.support import Api
from tests.turns_support import say, story_session

# --- the part the teller points to ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        (
            "At seventeen I married Mas Parno. Sudah, that part is short, nothing to tell. Hong Kong is the big part. "
            "In 1993 the agency took me.",
            "Hong Kong",
        ),
        (
            "The farm years were quiet, nothing happened. But Lagos, that is the real story. We arrived in 1962.",
            "Lagos",
        ),
        ("School, fine, I left at fourteen. The main chapter is the factory. I started on the looms.", "the factory"),
        ("Och, the village was wee and we were poor. The army is the big part of my life, you know.", "the army"),
        ("Skip the childhood. The most important part is Valparaíso.", "Valparaíso"),
        ("School was short. The real story starts in Lagos. We came in 1962.", "Lagos"),
        ("Och. My life really began in Glasgow, in the yards.", "Glasgow"),
        ("Manila, that was the main chapter of my life, twenty years.", "Manila"),
    ],
)
def test_the_part_pointed_to_is_a_change_of_subject(text: str, subject: str) -> None:
    wish = emphasis.pointed(text)
    assert wish is not None and wish.kind == "switch"
    assert wish.subject == subject


@pytest.mark.parametrize(
    "text",
    [
        "Sundays were the best part, we went to the river with a basket of bread.",
        "The kitchen is the big part of the house, with the stove in the middle.",
        "Harvest is the busy part of the year, everybody in the fields.",
        "That is the big part. We went on walking.",
        "The wedding was the big part of the day, three hundred guests.",
        "The crankshaft, it's the main part of the engine.",
        "My brother took the big piece of the cake, as always.",
        "My life began in Kumasi in 1940, in the rainy season.",
        "The real story began when the soldiers came to the village.",
        "Sundays were the best part of my life, the whole family at the table.",
    ],
)
def test_a_liking_or_a_part_of_a_thing_points_to_nothing(text: str) -> None:
    assert emphasis.pointed(text) is None


_POINTED = (
    "At nineteen I married Kojo, he was a driver for the cocoa board, and our first one came in '66. That part is "
    "short, there is not much to tell. Lagos is the big part. In 1970 my uncle found me work in a bakery in Yaba, "
    "four in the morning every day, the ovens, the flour in my hair, twelve years."
)


def test_a_part_told_before_is_no_new_subject(api: Api) -> None:
    sid = story_session(api, "Ama", "Growing up in Cape Coast")
    say(api, sid, "In 1970 I went to Lagos, to my uncle, and I worked in a bakery in Yaba for twelve years.")
    result = say(api, sid, "Lagos is the big part of my life. The ovens, the flour, my friends from the bakery.")
    titles = [t["title"] for t in api.ok("GET", f"/sessions/{sid}/topics")]
    assert not any(t.strip().lower() == "lagos" for t in titles), (titles, result["reply"])


def test_the_planner_takes_the_pointed_part_up_as_a_topic(api: Api) -> None:
    sid = story_session(api, "Ama", "Growing up in Cape Coast")
    result = say(api, sid, _POINTED)
    titles = [t["title"] for t in api.ok("GET", f"/sessions/{sid}/topics")]
    assert any("Lagos" in t for t in titles), titles
    assert "Lagos" in result["reply"], result["reply"]


# --- who asks for the telling is no memory ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "My daughter in Toronto always says, Ama, start from the beginning. Okay. I was born near Shigatse, in Tsang, "
        "in a small village below the hill.",
        "My son in Leeds keeps asking me to write it all down. So. I was born in Kumasi in 1940, and my father kept "
        "cocoa trees behind the house.",
        "Our priest always said, start from the beginning. So I will. I was born in Cork, and my brother and I fished "
        "the harbour every summer.",
        "The grandchildren always ask me that part. Right. In 1956 we took the boat from Kingston to Southampton.",
    ],
)
def test_who_asks_for_the_telling_is_a_frame(text: str) -> None:
    spans = emphasis.frame_spans(text)
    assert spans and spans[0][0] == 0


@pytest.mark.parametrize(
    "text",
    [
        # someone who told stories in the memory
        "My grandmother told the old stories by the fire every winter, and we sat close to listen to her.",
        # a saying of someone in the memory, no telling asked for
        "My father always said, never trust a man who does not sweat. He worked the docks in Hull for forty years.",
        # the whole answer is the frame: nothing else told
        "My daughter keeps asking me to write it all down.",
        # a beginning in the memory, not of the telling
        "The teacher said we would start from the beginning of the book, and I hated it. Miss Okafor was strict.",
    ],
)
def test_a_memory_with_speech_in_it_is_no_frame(text: str) -> None:
    assert emphasis.frame_spans(text) == []


def test_the_follow_skips_who_asks_for_the_telling(api: Api) -> None:
    sid = story_session(api, "Kwame", "Growing up in Kumasi")
    result = say(
        api,
        sid,
        "My son in Leeds keeps asking me to write it all down. So. I was born in Kumasi in 1940, and my father Kwabena "
        "kept cocoa trees behind the house, and every evening he sat me on his knee and named the stars.",
    )
    reply = result["reply"]
    assert "Kwabena" in reply, reply
    assert "son" not in reply.lower().split() and "Leeds" not in reply, reply


# --- a public figure is no one to ask "what were they like" ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "said"),
    [
        ("When His Holiness came to Toronto, we went to the big stadium.", "Holiness", "Holiness"),
        (
            "When Her Majesty came to Suva in 1953, we stood on the wharf with little flags.",
            "Her Majesty",
            "Her Majesty",
        ),
        ("When His Excellency visited Kisumu we lined the road for hours.", "His Excellency", "His Excellency"),
        (
            "Somebody always had a radio with Rhoma Irama, dangdut, and the old ones danced.",
            "Rhoma Irama",
            "Rhoma Irama",
        ),
        ("Every Sunday the radio played records by Umm Kulthum in the kitchen.", "Umm Kulthum", "Umm Kulthum"),
        ("We queued all night for the films of Raj Kapoor at the Regal.", "Raj Kapoor", "Raj Kapoor"),
        ("In 1947 we heard Nehru on the wireless, the whole street in our yard.", "Nehru", "Nehru"),
    ],
)
def test_a_public_figure_is_not_followed(text: str, name: str, said: str) -> None:
    assert public_figure(text, _who(name, said))


@pytest.mark.parametrize(
    ("text", "name", "said"),
    [
        ("I played music with Pedro every Friday at the club.", "Pedro", "Pedro"),
        ("Auntie Samira sang the songs of her village in the kitchen.", "Samira", "your auntie Samira"),
        ("We heard Dad on the radio the night he won the prize for his pumpkins.", "Dad", "your dad"),
        ("Otieno climbed a tree to see the car better and fell out of it.", "Otieno", "Otieno"),
        ("My sister Mere held my hand the whole time and cried.", "Mere", "your sister Mere"),
    ],
)
def test_people_of_the_teller_s_life_are_no_public_figures(text: str, name: str, said: str) -> None:
    assert not public_figure(text, _who(name, said))


def test_the_follow_takes_the_sister_not_the_queen(api: Api) -> None:
    sid = story_session(api, "Losana", "Growing up in Fiji")
    result = say(
        api,
        sid,
        "When Her Majesty came to Suva in 1953, we stood on the wharf with little flags, all the school. My sister "
        "Mere held my hand the whole time and cried when the car went past.",
    )
    reply = result["reply"]
    assert "Mere" in reply, reply
    assert "Majesty" not in reply, reply


# --- a public figure seen in person: the day, not "what were they like" ------------------------------------------


class _Turn:
    def __init__(self, text: str) -> None:
        self.text, self.reading, self.said, self.asked_ids = text, read(text), "", set()


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "When His Holiness came to Toronto, we went to the big stadium, all the Tibetans from Parkdale in the "
            "subway. I cried the whole time.",
            "His Holiness",
        ),
        (
            "When Her Majesty came to Suva in 1953, we stood on the wharf with little flags, all the school.",
            "Her Majesty",
        ),
        ("When His Excellency visited Kisumu we lined the road for hours in our white shirts.", "His Excellency"),
    ],
)
def test_a_public_figure_come_where_the_teller_was_is_the_day(text: str, figure: str) -> None:
    assert _seen_in_person(_Turn(text)) == figure  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "text",
    [
        # heard, not seen
        "Somebody always had a radio with Rhoma Irama, and the old ones danced under the trees.",
        "Every Sunday the radio played records by Umm Kulthum, and my aunt cooked the molokhia.",
        # one of the family come to visit
        "When my uncle Kofi came to Leeds in 1970, we went to meet him at the station.",
        "When Pedro came back from the mines, we killed a goat for him.",
    ],
)
def test_no_day_of_a_public_figure_in_ordinary_visits(text: str) -> None:
    assert _seen_in_person(_Turn(text)) is None  # type: ignore[arg-type]


def test_the_planner_asks_of_the_day_the_figure_came(api: Api) -> None:
    sid = story_session(api, "Akinyi", "Growing up in Kisumu")
    result = say(
        api,
        sid,
        "When His Excellency visited Kisumu in 1965, we lined the road for hours in our white shirts, the whole "
        "school, and when the car passed everybody shouted and waved the little flags.",
    )
    reply = result["reply"]
    assert "His Excellency" in reply, reply
    assert "what were they like" not in reply.lower() and "what was he like" not in reply.lower(), reply


# --- the one the answer is about before someone else's relative; a new place before an earlier answer's people ---


@pytest.mark.parametrize(
    ("text", "first"),
    [
        (
            "The shop on Dyckman, that is where I met Mercedes. Every Sunday she came in to buy two cigars for her "
            "papá, and she didn't smoke. Then I asked her to the dance at the club, and she said yes if her brother "
            "came too. We got married in '69, and her brother was the godfather of our first one.",
            "Mercedes",
        ),
        (
            "At the mill in Tampere I met Ingrid, she worked the looms next to mine, and she sang under the noise "
            "where nobody could hear but me. Her father was the foreman and her father watched us like a hawk from "
            "his glass office, so we met by the river after the shift, and in winter we skated there, she in a red "
            "scarf her mother knitted.",
            "Ingrid",
        ),
        (
            "In Kano I worked for Mr Okafor, he sold cloth in the big market, wax prints from Holland and lace, and "
            "he was strict but fair, he paid on Friday without fail. His son ran the second stall, and his son was "
            "the one who taught me to count in Hausa, every morning before the customers came, and Mr Okafor "
            "laughed at my mistakes.",
            "Okafor",
        ),
    ],
)
def test_the_one_the_answer_is_about_before_someone_else_s_relative(api: Api, text: str, first: str) -> None:
    sid = story_session(api, "Rafael", "Working years")
    reply = say(api, sid, text)["reply"]
    assert first in reply, reply


def test_the_teller_s_own_relative_named_again_still_comes_first(api: Api) -> None:
    # look-alike: "my brother" is the teller's own, named again and again: followed before a friend named once
    sid = story_session(api, "Rafael", "Working years")
    reply = say(
        api,
        sid,
        "In Bilbao I worked with my brother at the docks, and Mikel from the village came too. My brother carried "
        "two sacks where the others carried one, and my brother never once complained about the cold.",
    )["reply"]
    assert "brother" in reply, reply


def test_a_rich_answer_about_the_one_asked_goes_where_it_happened(api: Api) -> None:
    sid = story_session(api, "Warni", "Childhood in Nguter")
    first = say(
        api,
        sid,
        "I was born in Nguter in 1962. Our house was bamboo walls. Simbok swept the floor every morning, and "
        "Bapak worked in the rice fields of other people, never ours.",
    )["reply"]
    asked = "Simbok" if "Simbok" in first else "Bapak" if "Bapak" in first else None
    assert asked is not None, first
    other = "Bapak" if asked == "Simbok" else "Simbok"
    reply = say(
        api,
        sid,
        f"{asked} went to the market every day before light, the big one by the river, Pasar Gede, with the baskets "
        "on the back, and I carried the small basket with the glasses and the bucket of water to wash them, rain "
        "or sun, from nine years old, and the becak drivers and the batik ladies bought from us every morning.",
    )["reply"]
    assert "Pasar Gede" in reply, reply
    assert other not in reply, reply


# --- a name no list knows is said back as the answer tells them ----------------------------------------------------


class _Told(_Turn):
    def __init__(self, text: str) -> None:
        super().__init__(text)
        self.earlier, self.last_id, self.last_category, self.known = [], None, None, None


@pytest.mark.parametrize(
    ("text", "pro"),
    [
        ("The shop on Dyckman, that is where I met Mercedes. Every Sunday she came in to buy two cigars.", "she"),
        ("At the port I met Ilisapeci, and every morning she sold bread from a basket on her head.", "she"),
        ("Then our new neighbour Tuilagi came, he fixed every radio on the street for nothing.", "he"),
    ],
)
def test_a_name_no_list_knows_is_said_as_told(text: str, pro: str) -> None:
    who = to_follow(_Told(text))  # type: ignore[arg-type]
    assert who is not None and who.pro == pro, who


@pytest.mark.parametrize(
    "text",
    [
        # the "she" after another one named is theirs
        "I worked with Tuilagi at the docks, and my mother said she worried about the cranes.",
        # too far from the naming to be sure
        "I sat with Ilisapeci on the long bench by the water for the whole of that summer, and then one day she left.",
    ],
)
def test_a_pronoun_of_another_or_far_away_says_nothing(text: str) -> None:
    who = to_follow(_Told(text))  # type: ignore[arg-type]
    assert who is not None and who.pro == "they", who


# --- the owner of someone is not who the answer is about ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "first"),
    [
        (
            "Mr Lindqvist's daughter Astrid kept the books in the back office. She taught me to type with ten "
            "fingers, she lent me her novels, and she covered for me when I was late. More patient than Mr "
            "Lindqvist, much more.",
            "Astrid",
        ),
        (
            "Doctor Mensah's wife, Efua, ran the clinic kitchen. She fed every nurse who came off the night shift, "
            "she never asked for a cedi, and she taught me to make the palm soup. Doctor Mensah hardly spoke to us.",
            "Efua",
        ),
    ],
)
def test_the_owner_of_someone_comes_after_them(text: str, first: str) -> None:
    who = to_follow(_Told(text))  # type: ignore[arg-type]
    assert who is not None and first in f"{who.name} {who.said}", who


@pytest.mark.parametrize(
    ("text", "first"),
    [
        # named by themself again and again: the answer is about them
        (
            "Tom's farm was the biggest on the road. Tom's sister Mary milked the forty cows, and Tom drove the milk "
            "to the creamery, Tom never missed a day.",
            "Tom",
        ),
        # the owner of a thing, not of someone
        ("Mr Adeyemi's shop was on the corner, and my cousin Funmi worked there on Saturdays.", "Mr Adeyemi"),
    ],
)
def test_one_told_of_by_name_or_owning_a_thing_keeps_their_place(text: str, first: str) -> None:
    who = to_follow(_Told(text))  # type: ignore[arg-type]
    assert who is not None and who.name == first, who
