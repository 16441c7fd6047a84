"""Review of the round-22 reader (2edc002, 7939faf, a89c2fe) with sentences of other cultures and their look-alikes:
a parent's word called out to the teller by a child ("he said Dad, come"), a relative told with the name ("her
brother's name, Ondrej"), one nun or priest with two given names, buildings named for a lady and halls where one went
("the Lady Minto Hospital", "at the Legion hall"), an animal or a boat named right after its noun ("our cow Daisy",
"the boat Mary Rose"), months and rites of other calendars ("in Bhadarvo, in the Shraddh days"), Tagalog, Breton
and Greek family words and titles, spirits called by a family's word ("Mami Wata"), goods named for a desert or a
range ("Andes mints"), a place set off by the trip ("from Dalanzadgad, my first airplane"), the aunt of respect
whose kinship the sentence says, and the teller's own name only where the teller speaks of themself.

Each row is (sentence, people, places, not_people); an entry "A|B" is met by either.
"""

from __future__ import annotations

import pytest

from agent.guided.annotate import read
from agent.guided.teller_name import without_teller
from tests.reader_support import assert_read

ROWS: list[tuple[str, list[str], list[str], list[str]]] = [
    # a parent's or grandparent's word called out to the teller by a younger one: the teller, not their parent
    (
        "In 2006 my son Milan went to Glasgow first, he said Dad, come, here nobody looks at you.",
        ["Milan"],
        ["Glasgow"],
        ["father"],
    ),
    ("My daughter rang and said, Mum, come and live with us in Auckland.", ["daughter"], ["Auckland"], ["mother"]),
    ("My grandson shouted Grandpa, look, a moose!", ["grandson"], [], ["grandfather"]),
    ("The kids wrote, Mama, send money, every month from Dubai.", [], ["Dubai"], ["mother"]),
    ("My granddaughter says, Kokum, sing it again.", ["granddaughter"], [], ["grandmother"]),
    # look-alikes: the teller or an elder calls, or the word is told of
    ("Mum said, Dad, come and eat, the soup is cold.", ["mother", "father"], [], []),
    ("I said, Mum, I am going to Glasgow.", ["mother"], ["Glasgow"], []),
    ("My son said Dad was a hero in the war.", ["son", "father"], [], []),
    ("My grandson wrote to Grandpa every week.", ["grandson", "grandfather"], [], []),
    ("We shouted, Mama, we are home!", ["mother"], [], []),
    ("My daughter is called Mai, she lives in Sydney.", ["daughter", "Mai"], ["Sydney"], []),
    # a relative told with the name: one person
    ("She called me by her brother's name, Ondrej, and asked when we go home.", ["Ondrej"], [], []),
    ("My father's name was Tomás and he fished off Vigo.", ["Tomás"], ["Vigo"], []),
    ("His wife's name was Leilani, she sang in Hilo.", ["Leilani"], ["Hilo"], []),
    ("My son's name: Jamie. He is nine.", ["Jamie"], [], []),
    # look-alikes: the name is not said
    ("My father's name was on the list at the gate.", ["father"], [], []),
    ("Her brother's name, on the stone, had faded.", ["her brother"], [], []),
    # a title before two given names: one person, not the title's and then the names again
    ("At the convent Sister Mary Agnes rang the bell.", ["Sister Mary Agnes"], [], []),
    ("Father John Paul said Mass in the chapel.", ["Father John Paul"], [], []),
    ("Brother Jean Marie kept the bees at the abbey.", ["Brother Jean Marie"], [], []),
    ("My sister Mary Agnes rang the bell.", ["Mary Agnes"], [], []),
    # a building named for a lady, a queen, a princess is a place; a hall where one went is a place
    ("I worked in the kitchen at the Lady Minto Hospital for forty years.", [], ["Lady Minto Hospital"], []),
    ("I was born at the Queen Mary Hospital in Hong Kong.", [], ["Queen Mary Hospital", "Hong Kong"], []),
    ("I was a porter at the Princess Margaret Hospital in Toronto.", [], ["Princess Margaret Hospital", "Toronto"], []),
    ("The bingo starts at seven at the Legion hall.", [], ["Legion hall|Legion"], []),
    ("We danced in the Orange hall every Friday.", [], ["Orange hall|Orange"], []),
    # look-alikes: a boat named for a lady; the hall as the society's
    ("We went out on the Lady Grace every morning.", [], [], ["Lady Grace"]),
    ("The Legion hall burned down in 1970.", [], [], []),
    ("The Legion hall committee raised money for the roof.", [], [], []),
    # an animal or a boat named right after its noun
    ("Our cow Daisy gave the best milk.", [], [], ["Daisy"]),
    ("We milked our cow Bessie by hand.", [], [], ["Bessie"]),
    ("My old horse Charlie knew the way home.", [], [], ["Charlie"]),
    ("The boat Mary Rose took us out to the islands.", [], [], ["Mary Rose"]),
    # look-alikes: the person in the boat, the person sold to, a relative with a cow
    ("The boat Mary sailed in was old.", ["Mary"], [], []),
    ("We sold our horse to Daisy.", ["Daisy"], [], []),
    ("We got off the boat, Santa Cruz was hot and loud.", [], ["Santa Cruz"], []),
    ("My cousin Daisy had a cow.", ["Daisy"], [], []),
    # Tagalog, Breton, Greek
    ("My lola Conching made bibingka every Christmas in Batangas.", ["Conching"], ["Batangas"], []),
    ("Lola Conching made bibingka every Christmas.", ["Conching|Lola Conching"], [], []),
    ("I married Lola in 1970.", ["Lola"], [], []),
    ("Mamm-gozh Anna wore the coiffe every Sunday in Quimper.", ["Anna"], ["Quimper"], []),
    ("Tad-kozh Yann fished off Douarnenez.", ["Yann"], ["Douarnenez"], []),
    ("Kyrios Yannis fixed the nets for everyone.", ["Yannis|Kyrios Yannis"], [], []),
    ("Kyria Eleni sold us bread.", ["Eleni|Kyria Eleni"], [], []),
    # months of other calendars and their feasts and rites are times, not places
    ("And now every year in Bhadarvo, in the Shraddh days, I make his favourite sweet.", [], [], []),
    ("From Asharh month the haor comes up all round the village.", [], [], []),
    ("At the White Month that year no guests came to our ger.", [], [], []),
    ("In Kartik month the lamps were lit on the river.", [], [], []),
    ("In Kislev we lit the candles in Vilnius.", [], ["Vilnius"], []),
    ("In Magh the fog sat on the fields at Bogra.", [], ["Bogra"], []),
    # look-alikes: a given name or a town that is a month's name too
    ("Kartik drove us to Surat in his rickshaw.", ["Kartik"], ["Surat"], []),
    ("We went to Bhadra to see the dam.", [], ["Bhadra"], []),
    ("My cousin Shravan came from Pune.", ["Shravan"], ["Pune"], []),
    # a place gone to or come from, set off by the trip it was, is the place
    (
        "In 1982 I flew to Ulaanbaatar on the plane from Dalanzadgad, my first airplane.",
        [],
        ["Ulaanbaatar", "Dalanzadgad"],
        [],
    ),
    ("We flew out from Kano, my first aeroplane, with one bag.", [], ["Kano"], []),
    ("We took the ferry to Hvar, my first boat, and I was sick.", [], ["Hvar"], []),
    ("I rode the bus to Kashgar, my first bus, forty hours.", [], ["Kashgar"], []),
    # look-alikes: someone gone to; a ship by its name
    ("We got a lift from Sipho, my first friend there.", ["Sipho"], [], []),
    ("We sailed on the Queen Mary, my first ship, to New York.", [], ["New York"], ["Queen Mary"]),
    # spirits called by a family's word; goods named for a desert or a range
    ("Mami Wata is the spirit of the water, the old people said.", [], [], ["Wata"]),
    ("Baba Yaga lives in the forest, Babcia told us.", ["grandmother"], [], ["Yaga"]),
    ("Mami Terka baked the bread.", ["Terka"], [], []),
    ("Grandad kept a box of Andes mints in the glovebox.", ["grandfather"], [], []),
    ("He smoked Sahara cigarettes all his life.", [], [], []),
    ("We crossed the Sahara in a truck.", [], ["Sahara"], []),
]


@pytest.mark.parametrize(("sentence", "people", "places", "not_people"), ROWS, ids=[r[0][:40] for r in ROWS])
def test_people_and_places_are_read(sentence: str, people: list[str], places: list[str], not_people: list[str]):
    assert_read(sentence, people, places, not_people, no_other_places=True)


@pytest.mark.parametrize(
    ("sentence", "said"),
    [
        ("She called me by her brother's name, Ondrej, and asked when we go home.", "her brother Ondrej"),
        ("My father's name was Tomás and he fished off Vigo.", "your father Tomás"),
        ("Uncle Bill sang at church every Sunday, he was Dad's brother.", "your uncle Bill"),
        ("Auntie Grace from next door fed us when Mum was at work.", "Auntie Grace"),
        ("Aunty Ngozi down the road plaited our hair on Saturdays.", "Aunty Ngozi"),
    ],
)
def test_said_back(sentence: str, said: str) -> None:
    assert said in read(sentence).reflections, read(sentence).reflections


@pytest.mark.parametrize(
    ("display", "answer", "people"),
    [
        # the teller speaking of themself, or called by someone: no one they mention
        ("Kokum Hattie (Harriet Linklater)", "I wasn't Hattie any more, I was number 61.", []),
        ("Malia Tupou", "The pastor said Malia, stand up and read, and I shook.", []),
        ("Kokum Hattie (Harriet Linklater)", "Mama always said Hattie, you talk too much.", ["mother"]),
        ("Abuela Rosa (Rosa Quispe)", "Everyone in Cusco knew me as Rosa the baker.", []),
        # a namesake doing things in a sentence of their own, or beside the teller: someone else
        ("Grace Mensah", "Grace from next door fed us when Mum was at work.", ["Grace", "mother"]),
        ("Grace Mensah", "Grace and I walked to school in Kumasi every day.", ["Grace"]),
        ("Abuela Rosa (Rosa Quispe)", "Rosa at the bakery gave us the stale bread for free.", ["Rosa"]),
        ("Kokum Hattie (Harriet Linklater)", "My granddaughter Hattie is named for me.", ["Hattie"]),
    ],
)
def test_the_teller_s_own_name_where_the_teller_speaks_of_themself(display: str, answer: str, people: list[str]):
    assert without_teller(read(answer), display, None, answer).people == people
