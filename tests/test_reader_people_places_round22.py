"""People and places in sentences of the cultures round 22 brought (Cree, Roma, Mongolian) and of others a next
writer may bring (Inuit, Quechua, Hmong, Tamil, Yoruba, Hausa, Basque, Georgian, Uyghur, Tibetan, Hungarian), with
name-like things that are no one (dogs, horses, camels, canoes, trains, motorbikes, drinks, deserts, factories).

Each row is (sentence, people, places, not_people); an entry "A|B" is met by either. Run this file as a script for
the precision and recall over all rows (``python tests/test_reader_people_places_round22.py``).
"""

from __future__ import annotations

import pytest

from agent.guided.annotate import read
from tests.reader_support import assert_read, named

ROWS: list[tuple[str, list[str], list[str], list[str]]] = [
    # family words of other languages, said alone or before a name
    ("My Daj baked the bread in the clay oven every Friday.", ["Daj|mother"], [], []),
    ("My phral Dezider held the iron with the long tongs.", ["phral Dezider|Dezider|brother"], [], []),
    ("Papus sat by the stove and smoked his little pipe.", ["Papus|grandfather"], [], []),
    ("Nikawi sewed our moccasins by the lamp at night.", ["Nikawi|mother"], [], []),
    ("Nohtawi and my uncle went out on the trapline together.", ["Nohtawi|father", "uncle"], [], []),
    ("My nimis Rosalie carried the water up from the creek.", ["nimis Rosalie|Rosalie|sister"], [], []),
    ("On the first morning we rode to Ovoo's ger before the sun.", ["Ovoo|grandfather"], [], []),
    ("My egch Altantsetseg wrapped the weak calves in felt.", ["egch Altantsetseg|Altantsetseg|sister"], [], []),
    ("Momay made laghman for the whole street in Kashgar.", ["Momay|grandmother"], ["Kashgar"], []),
    ("Bebia kept the walnut tree behind the house in Kutaisi.", ["Bebia|grandmother"], ["Kutaisi"], []),
    ("My thambi Kumar ran all the way to the temple in Madurai.", ["thambi Kumar|Kumar|brother"], ["Madurai"], []),
    ("Dad bought a red Jawa and drove it to Ostrava.", ["Dad|father"], ["Ostrava"], ["Jawa"]),
    # look-alikes: the same words that name no relative
    ("We walked three times round the ovoo on the pass and left a stone.", [], [], []),
    ("The old lama read all night by the candle.", [], [], []),
    ("my sister Philomena came home from Dublin at Christmas.", ["Philomena|sister"], ["Dublin"], []),
    ("Her brother Andre fixed bicycles in the shed.", ["Andre|brother"], [], []),
    ("My aunt Kimberley came with us to the coast.", ["Kimberley|aunt"], [], []),
    # titles of religion and respect, nobody's relative
    ("Sister Philomena taught us to read at the mission.", ["Sister Philomena|Philomena"], [], []),
    ("Brother Andre kept the door of the college for forty years.", ["Brother Andre|Andre"], [], []),
    ("Lama Tenzin blessed the new house every spring.", ["Lama Tenzin|Tenzin"], [], []),
    ("Alhaji Musa owned the lorry that took us to Kano.", ["Alhaji Musa|Musa"], ["Kano"], []),
    ("Batono Giorgi taught us chess in the courtyard in Tbilisi.", ["Batono Giorgi|Giorgi"], ["Tbilisi"], []),
    ("Thiru Raman ran the school in Thanjavur for thirty years.", ["Thiru Raman|Raman"], ["Thanjavur"], []),
    ("Geshe Rabten came down from the monastery in winter.", ["Geshe Rabten|Rabten"], [], []),
    # "Auntie" and "Uncle" said to an elder out of respect, where the sentence says so; else the relative
    ("Auntie Grace from next door fed us when Mum was at work.", ["Auntie Grace|Grace", "Mum|mother"], [], []),
    ("We called every old woman in the village Auntie, and Auntie Bisi sold akara.", ["Auntie Bisi|Bisi"], [], []),
    ("Uncle Kwame at church, not really my uncle, paid my school fees.", ["Uncle Kwame|Kwame"], [], []),
    ("Tita Nena across the street sewed my First Communion dress.", ["Tita Nena|Nena"], [], []),
    ("Auntie Grace came from Kumasi every Christmas.", ["Auntie Grace|Grace|aunt"], ["Kumasi"], []),
    ("It was not my uncle's fault.", ["uncle"], [], []),
    # ranges and deserts said with "the" alone; a firm named for one is no place
    ("A hero on a winged horse flew over the Altai in one night.", [], ["Altai"], []),
    ("We crossed the Sahara in a truck with no roof.", [], ["Sahara"], []),
    ("The herders came down from the Pamirs with the sheep.", [], ["Pamirs"], []),
    ("We walked across the Gobi for a week with the camels.", [], ["Gobi"], []),
    ("The Gobi factory was just opened, with Japanese machines.", [], [], ["Gobi"]),
    # given names of Slovak, Hungarian, Mongolian, Georgian, Basque, Uyghur and Cree families, with no kin word
    ("In 1975 I drove Margita home to Jarovnice for Easter.", ["Margita"], ["Jarovnice"], []),
    ("Gejza with the big bass walked beside my uncle Ernest.", ["Gejza", "uncle Ernest|Ernest|uncle"], [], []),
    ("Roderick, the sugar caught up with him.", ["Roderick"], [], []),
    ("We lived in a ger in Bayankhoshuu, and there I met Batsukh.", ["Batsukh"], ["Bayankhoshuu"], []),
    ("Levan drove the minibus to Batumi every morning.", ["Levan"], ["Batumi"], []),
    ("Tursun sold melons at the bazaar in Turpan.", ["Tursun"], ["Turpan"], []),
    ("Elijah and Louisa trapped along the Albany River.", ["Elijah", "Louisa"], ["Albany River"], []),
    ("Ferenc played the cimbalom at every wedding in Szeged.", ["Ferenc"], ["Szeged"], []),
    ("Koldo rowed for the village in the regattas at Ondarroa.", ["Koldo"], ["Ondarroa"], []),
    # family words of Inuit, Hmong and Quechua families
    ("My anaana sewed the kamiks while Ataata fixed the sled.", ["anaana|mother", "Ataata|father"], [], []),
    # name-like things: animals, boats, trains, drinks, firms
    ("Captain, our lead dog, pulled the toboggan.", [], [], ["Captain"]),
    ("We rode the Polar Bear Express south to Cochrane.", [], ["Cochrane"], ["Polar Bear Express"]),
    ("He drank the Pepsi by the case, always thirsty.", [], [], ["Pepsi"]),
    ("Fekete, the black horse, knew the way home from every pub.", [], [], ["Fekete"]),
    ("Khuren, the old brown camel, spat at everybody but Aav.", ["Aav|father"], [], ["Khuren"]),
    ("I left the Chestnut canoe behind with my brother.", ["brother"], [], ["Chestnut"]),
]


@pytest.mark.parametrize(("sentence", "people", "places", "not_people"), ROWS, ids=[r[0][:40] for r in ROWS])
def test_people_and_places_are_read(sentence: str, people: list[str], places: list[str], not_people: list[str]):
    assert_read(sentence, people, places, not_people)


@pytest.mark.parametrize(
    ("sentence", "said"),
    [
        ("Sister Philomena taught us to read at the mission.", "Sister Philomena"),
        ("At the convent Sister Agnes rang the bell.", "Sister Agnes"),
        ("Brother Andre kept the door of the college for forty years.", "Brother Andre"),
        ("my sister Philomena came home from Dublin at Christmas.", "your sister Philomena"),
        ("Her brother Andre fixed bicycles in the shed.", "her brother Andre"),
        ("Auntie Grace from next door fed us when Mum was at work.", "Auntie Grace"),
        ("Uncle Kwame at church, not really my uncle, paid my school fees.", "Uncle Kwame"),
        ("Auntie Grace came from Kumasi every Christmas.", "your auntie Grace"),
        ("Uncle Joe worked at the mill with Dad.", "your uncle Joe"),
    ],
)
def test_a_title_of_religion_or_respect_is_said_back_as_said_kin_as_kin(sentence: str, said: str) -> None:
    assert said in read(sentence).reflections, read(sentence).reflections


def tally() -> tuple[float, float, float, float]:
    """People precision and recall, places precision and recall, over all rows (as the benchmark counts)."""
    counts = {"people": [0, 0, 0, 0], "places": [0, 0, 0, 0]}  # hits, recorded, found, expected
    for sentence, people, places, _ in ROWS:
        reading = read(sentence)
        for what, recorded, expected in (("people", reading.people, people), ("places", reading.places, places)):
            c = counts[what]
            c[0] += sum(1 for r in recorded if any(named([r], e) for e in expected))
            c[1] += len(recorded)
            c[2] += sum(1 for e in expected if named(recorded, e))
            c[3] += len(expected)
    p, q = counts["people"], counts["places"]
    return p[0] / p[1], p[2] / p[3], q[0] / q[1], q[2] / q[3]


if __name__ == "__main__":
    pp, pr, lp, lr = tally()
    print(f"people P {pp:.0%} R {pr:.0%}; places P {lp:.0%} R {lr:.0%} over {len(ROWS)} sentences")
