"""The listening review of round 21's rules (rev_listen), fixed by kind.

- A memory said gone by an image is the memory itself going (a name, the words, a song, a story said in that sentence
  or the one before, or the words or names said gone themselves): never "it went like a house on fire / the
  clappers / this", "gone like that", "vanished like magic", a fever "gone, like it had never been", nor a boat or a
  farm gone "like all the old boats", "like the cattle and the old barn".
- A long answer ending on all of it forgotten ("I can't remember a single one.", "I've forgotten them all."); never a
  memory kept ("I can't remember a single day we missed").
- A given name that families also use as a grandparent's word (Mimi, Gigi, Lola; Kui, Tutu less often) before another
  given name is the person's own name and a middle one ("Mimi Louise Hart" is Mimi).
- Somebody's relative whose owner has a lowercase particle joined by an apostrophe or a hyphen ("d'Almeida's grandson
  Rui", "al-Amin's son Karim") is said back whole.
- A Vietnamese family name before given names of another language is greeted by the first of them ("Pham Anna Marie"
  is Anna).
"""

from __future__ import annotations

import pytest

from agent.guided.annotate import read
from agent.guided.naming import address_name
from agent.guided.story import not_remembered


@pytest.mark.parametrize(
    "text",
    [
        # the words or names said gone themselves
        "Dadi taught me the words of the bhajans she sang at dawn in Lucknow. The words have flown like birds from a "
        "tree.",
        "My father told me the names of his brothers who stayed in Poland. Those names are gone, like leaves in the "
        "autumn.",
        "Paati taught me the verses she chanted at dusk in Madurai. The verses have faded, like chalk on a slate left "
        "in the rain.",
        # gone, said alone, with "all of it"
        "My uncle told me the names of every village on the road to Herat. Gone, all of it, like dust in the wind.",
        "Father taught me the prayer for the dead in Aramaic, line by line. Gone, all of it, like frost off the "
        "window by noon.",
        # past a hesitation ("Oh... no.") to what was told
        "Grandpa sang me the songs of the eel at Rotorua. Oh... no. Those songs have drifted away like mist off the "
        "river.",
        # blown or drifted away
        "Mum sang us a lullaby in Gaelic every night on Barra. It drifted away like a boat into the fog.",
    ],
)
def test_a_memory_said_gone_by_an_image_is_not_remembering(text: str) -> None:
    assert not_remembered(text, read(text)), text


@pytest.mark.parametrize(
    "text",
    [
        # a speed, a success, a manner: "went like"
        "Father learned the trade in Sialkot and opened his own workshop, and it went like a house on fire, orders "
        "from everywhere.",
        "I learned to drive in my uncle's truck in Bulawayo. It went like the clappers, that old Ford.",
        "I learned to ride in Mongolia on my uncle's horse. It went like the wind across the steppe.",
        "My brother's name is Duc, he taught me chess. It went like this: he won every game.",
        "My father told me he'd bring a radio home from the city. It went like hot cakes in the market.",
        "Grandpa told me the name of the new tractor, the Fordson. It went like a bird across the top field.",
        # "gone like that", like magic, like the wind: how fast, not a memory
        "My grandfather told me the names of the stars. It was gone like that, the cloud came over and we went in.",
        "My sister told me the story of the dog that ran off after a hare. It was gone like the wind over the hill.",
        "Granny taught me how to knit a scarf for my father in blue wool. It vanished like magic once he went to sea.",
        "Auntie Wanjiru told me the name of the cake stall. By noon it was gone like magic, every slice.",
        # a thing gone with the rest of its kind, a fever gone: the memory of it is kept
        "The doctor told me to rest, and by Friday the fever broke. It was gone, like it had never been.",
        "She told me the name of the boat, the Marie-Claire. It's gone now, like all the old boats, broken up for "
        "wood.",
        "Grandfather told me the farm would be mine one day. It's gone now, like the cattle and the old barn.",
        "My mother's voice was strong when she sang at church, every hymn. Now it's gone, like her sight.",
        "Mother told me the name of the café, Le Petit Zinc, where she met Father. It's gone now, like every shop on "
        "that street.",
        "Babu told me the story of the old mosque by the river. It's all gone now, like Mohenjo-daro, under the silt.",
    ],
)
def test_a_thing_gone_fast_or_with_its_kind_is_no_gap(text: str) -> None:
    assert not not_remembered(text, read(text)), text


_TOLD = (
    "My grandfather in Jaffna taught me the Tamil names of every fish the boats brought in, the seer, the paraw, the "
    "little sprats, standing on the beach at dawn with the auction going on around us."
)


@pytest.mark.parametrize(
    "last",
    [
        "I can't remember a single one.",
        "I've forgotten them all.",
        "I honestly don't remember them.",
        "Sadly I can't recall the tunes now.",
        "And I don't remember a word of it today.",
        "I don't remember them, not one.",
    ],
)
def test_a_long_answer_ending_on_all_of_it_forgotten_is_not_remembering(last: str) -> None:
    text = f"{_TOLD} {last}"
    assert not_remembered(text, read(text)), text


@pytest.mark.parametrize(
    "last",
    [
        "I can't remember a single day we missed.",
        "I honestly don't remember them ever arguing.",
        "I've forgotten them all except the seer, which Amma cooked with tamarind.",
    ],
)
def test_a_long_answer_ending_on_a_memory_kept_is_no_gap(last: str) -> None:
    text = f"{_TOLD} {last}"
    assert not not_remembered(text, read(text)), text


@pytest.mark.parametrize(
    ("display", "called"),
    [
        ("Mimi Louise Hart", "Mimi"),
        ("Lola Kate Evans", "Lola"),
        ("Gigi Nicole Brown", "Gigi"),
        ("Mimi Harriet Cole", "Mimi"),
        ("Gigi Margaret Olsen", "Gigi"),
        ("Tutu Ann Smith", "Tutu"),
        ("Kui Lee Mahoe", "Kui"),
        ("Tutu Jo Kahananui", "Tutu"),
    ],
)
def test_a_given_name_before_a_middle_name_is_the_address(display: str, called: str) -> None:
    assert address_name(display) == called


@pytest.mark.parametrize(
    ("display", "called"),
    [
        ("Kui Sione Havili", "Sione"),
        ("Kui Lesieli Tonga", "Lesieli"),
        ("Tutu Kealoha Akana", "Kealoha"),
        ("Lola Corazon Villanueva", "Corazon"),
        ("Lola Remedios Cruz", "Remedios"),
    ],
)
def test_a_family_word_before_a_name_of_its_own_people_is_still_not_the_address(display: str, called: str) -> None:
    assert address_name(display) == called


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("Old d'Almeida's grandson Rui drove the ferry.", "d'Almeida's grandson Rui"),
        ("Mrs d'Souza's son Anil took over the bakery.", "Mrs d'Souza's son Anil"),
        ("The shop was run by al-Amin's son Karim.", "al-Amin's son Karim"),
        ("Every Sunday l'Estrange's daughter Claire played the organ.", "l'Estrange's daughter Claire"),
        ("Then el-Masri's nephew Tarek opened a bakery in Alexandria.", "el-Masri's nephew Tarek"),
    ],
)
def test_a_relative_of_someone_with_a_joined_particle_is_said_back_whole(text: str, said: str) -> None:
    assert said in read(text).reflections, read(text).reflections


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("O'Sullivan's nephew Cian took over the farm.", "O'Sullivan's nephew Cian"),
        ("Ma's sister Vera came to stay every summer.", "Vera"),
    ],
)
def test_an_owner_without_a_particle_reads_as_before(text: str, said: str) -> None:
    assert any(said in r for r in read(text).reflections), read(text).reflections


@pytest.mark.parametrize(
    ("display", "called"),
    [
        ("Pham Anna Marie", "Anna"),
        ("Dinh Tony Le", "Tony"),
        ("Nguyen Peter James", "Peter"),
        ("Tran Jessica Mai", "Jessica"),
    ],
)
def test_a_vietnamese_family_name_before_english_given_names_is_said_by_the_first(display: str, called: str) -> None:
    assert address_name(display) == called


@pytest.mark.parametrize(
    ("display", "called"),
    [("Ngo Kim Lan", "Lan"), ("Nguyễn Thị Minh Khai", "Khai"), ("Trần Văn Thanh", "Thanh"), ("Vo Van Kiet", "Kiet")],
)
def test_a_vietnamese_name_is_still_said_by_its_last_word(display: str, called: str) -> None:
    assert address_name(display) == called
