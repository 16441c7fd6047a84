"""The care review of round 20 (care20's mourning_rites, passing and lasting_harm rules, and the follow after care),
by category: each rule hears its own kind in other wordings and stays quiet on ordinary sentences that share its
words. Through :func:`grief.sorrow` (as the round-20 care tests) and through the API for who is followed."""

from __future__ import annotations

import pytest

from agent.guided import grief
from agent.guided.said_back import said_back
from tests.support import Api
from tests.turns_support import say, story_session

# "closed her eyes" with a when or where: a death by what follows the eyes, never a wish, a prayer or a pleasure
CLOSED_EYES_DEATH = [
    "My mother closed her eyes in her own bed in 1962 and never opened them again.",
    "Granny closed her eyes for good, and we opened the windows to let her soul go.",
    "He closed his eyes peacefully in his own bed and smiled at us one last time.",
    "Dadi closed her eyes in the winter of '62, and we sang her bhajans till the morning.",
    "He closed his eyes and never opened them again, that was March of 1980.",
    "He closed his eyes peacefully in the hospital, with all of us there.",
]
CLOSED_EYES_NOT = [
    "She closed her eyes in the summer of '69 and made a wish on the birthday cake.",
    "He closed his eyes in the winter of '62 and wished for snow, and it came.",
    "She closed her eyes in the summer of 1970 on the beach at Nice and felt the sun on her face.",
    "She closed her eyes in 1975 when she first saw the sea, she couldn't believe it.",
    "He closed his eyes peacefully and let the music take him, he loved Brahms.",
    "My mother closed her eyes in peace after the exam results came, all five of us had passed.",
    "She closed her eyes at 6 every evening to pray, then served dinner.",
    "He closed his eyes for good measure and jumped into the cold lake.",
    "He closed his eyes at 80 km an hour on the motorway and nearly crashed.",
    "He closed his eyes peacefully on the train and we woke him at Crewe.",
    "She closed her eyes peacefully in the deckchair.",
]
# "gave X the fire" is a cremation only with the fire as the rite, never a poker, a light or a bonfire
FIRE_DEATH = [
    "Bhaiya gave Bapu the fire at the river, and we came home with nothing.",
    "My eldest brother gave our father the fire at the ghat in 1988.",
]
FIRE_NOT = [
    "Mum gave Dad the fire poker and told him to sort the stove out.",
    "Mum gave Grandad the fire guard to fix before the children came.",
    "My brother gave my father the fire from his lighter, and Dad lit his pipe.",
    "My father gave Ravi the fire to look after while he fetched water.",
    "My husband, who is alive and well, gave Ravi the fire at the Lohri bonfire.",
]
# two weak signs of mourning must be about the same death: a bare "on the Nth day" never with a trip or a vow
RITES_NOT = [
    "At Tirupati we shaved our heads as an offering to Balaji, and on the third day we came home by bus.",
    "On the third day my cousin wore only white, she had joined the Hare Krishnas.",
    "My grandmother wore only white after she became a nun, and on the fortieth day she took her vows.",
    "My sister broke her bangles on the bus door, and on the third day Mum bought her new ones.",
    "My daughter wore only white that summer, a hippie, and the cat broke her glass bangles.",
    "We took him to the river bank for his birthday. On the seventh day he went home to Delhi.",
    "We carried her to the river bank, Granny, for her birthday picnic. On the third day it rained.",
    "On the fortieth day the ship reached Fremantle and we all wore only white for the heat.",
    "On the seventh day the priest came to bless the new house, and we lit a candle by her head, my little girl was "
    "asleep.",
    "Uncle Ravi washed his mother's body of work, all those paintings, before the exhibition.",
]
RITES_DEATH = [
    "When Bapu went, thirteen days no salt in our house, and on the thirteenth day the pandit came.",
    "After Nana died we wore only white, and on the fortieth day the whole village came to eat.",
    "Dada was laid on the floor with a lamp by his head, and my brother gave him the fire at the ghat.",
    "We sat with Grandma's body all night with a candle by her head, and in the morning the women washed her.",
]
# "went to <God>": a death, never a turning to God for help, in fear or every day
GOD_DEATH = [
    "Bapu went to Bhagwan in 1984, in his sleep.",
    "Nani went to Waheguru when I was nine.",
]
GOD_NOT = [
    "She went to the Almighty, asking for rain, and the rain came that night.",
    "When she was scared of the storm she went to Waheguru and the fear went away.",
    "Nani went to Waheguru first thing every day, then to the shop.",
    "She went to God, asking for a son, and the next year my brother was born.",
    "When things were bad, she went to Allah, she prayed and prayed, and then she found work.",
    "When the harvest failed he went to God and begged for help.",
]
# a lasting harm told by the body: its own category in the usual wordings, never a job in the hospital or no injury
HARM = [
    "The mine took his lungs, he coughed up blood every winter and could never again work.",
    "His lungs were black from the mine. He coughed blood into his handkerchief and could never again go underground.",
    "My father could never again work after the pit. He coughed blood into his hanky every morning.",
    "My brother's arm went into the thresher. He had a wooden arm after, and could never again farm.",
    "My father's legs were crushed under the lorry, he spent eight months in hospital and never walked again.",
    "The loom took three of her fingers. Eight months in hospital in Lodz, and she could never again sew.",
    "The combine took his right arm. After that, a hook, and he never farmed again.",
]
HARM_NOT = [
    "Three months he spent in the hospital in Glasgow learning to be a surgeon, and he could never again work in a "
    "small town.",
    "Years later she could never again work nights. Two years she was in the hospital as a ward sister, then at the "
    "clinic.",
    "His foot went under the tractor wheel but it was soft mud, not a scratch. Six months later he could never again "
    "dance, he said, only because he was lazy.",
    "My father worked the night shift at the mill, and my brother drove the tractor in the fields.",
    "Their arms went into the machine every morning to oil it. Nobody could never again run it so well.",
]


@pytest.mark.parametrize("text", CLOSED_EYES_DEATH + FIRE_DEATH + RITES_DEATH + GOD_DEATH, ids=lambda t: t[:40])
def test_a_death_told_in_the_rules_own_words_is_a_loss(text: str) -> None:
    assert grief.sorrow(text) == "loss", text


@pytest.mark.parametrize("text", CLOSED_EYES_NOT + FIRE_NOT + RITES_NOT + GOD_NOT, ids=lambda t: t[:40])
def test_an_ordinary_moment_sharing_the_words_is_no_loss(text: str) -> None:
    assert grief.sorrow(text) is None, text


@pytest.mark.parametrize("text", HARM, ids=lambda t: t[:40])
def test_a_lasting_harm_in_the_usual_wordings_gets_care(text: str) -> None:
    assert grief.sorrow(text) is not None, text


@pytest.mark.parametrize("text", HARM_NOT, ids=lambda t: t[:40])
def test_a_job_in_the_hospital_or_no_injury_is_no_harm(text: str) -> None:
    assert grief.sorrow(text) is None, text


# The main person of an answer is followed even when an earlier answer named someone with the same title or family
# word; only the same one said back (by the very words used before) goes after the one brought in.
FOLLOW = [
    (
        "Mrs Patel next door minded us after school.",
        "Mrs Okafor the teacher was strict, and her son Tunde sat next to me, he copied everything.",
        "Okafor",
    ),
    (
        "My uncle Joe worked at the docks.",
        "Uncle Frank ran the pub on the corner, he had a parrot, and his barman Stan poured the pints.",
        "Frank",
    ),
    (
        "Dr Ahmed delivered all of us at home.",
        "Dr Kumar was the new doctor, very young, he came with his wife Priya on a scooter.",
        "Kumar",
    ),
    (
        "My brother Tom was the eldest.",
        "My brother Sam was the clown, he and his pal Eddie stole apples from the vicar.",
        "Sam",
    ),
]


@pytest.mark.parametrize(("before", "answer", "main"), FOLLOW, ids=lambda c: c[:20])
def test_a_shared_title_or_family_word_does_not_push_the_main_person_back(
    api: Api, before: str, answer: str, main: str
) -> None:
    sid = story_session(api, "Teller", "Growing up")
    say(api, sid, before)
    reply = say(api, sid, answer)["reply"]
    assert main in reply, reply


# A going to God by a name that is also a person's, or to a land of the dead, or "called home": a death only with a
# when and nothing after it that makes it a visit
GOING_DEATH = [
    "Nana went to Krishna in 1977, in the hospital in Durban.",
    "My grandfather went to the Buddha's land in 1990.",
    "Dad was called home in the winter of '79.",
    "Dadi went to Krishna's lotus feet when I was six.",
]
GOING_NOT = [
    "My friend went to Krishna in 1977 to ask him about the dance class.",
    "Dad was called home from the war in 1945.",
    "Ravi went to the Buddha in 1990 for the teachings, then to Tibet.",
    "Mum was called home in the summer of 1970 because Gran was sick.",
]


@pytest.mark.parametrize("text", GOING_DEATH, ids=lambda t: t[:40])
def test_a_going_to_a_god_named_like_a_person_with_when_is_a_loss(text: str) -> None:
    assert grief.sorrow(text) == "loss", text


@pytest.mark.parametrize("text", GOING_NOT, ids=lambda t: t[:40])
def test_a_visit_or_a_call_home_for_the_living_is_no_loss(text: str) -> None:
    assert grief.sorrow(text) is None, text


@pytest.mark.parametrize(
    ("said", "told", "back"),
    [
        ("your Kaka", {"kaka", "shiu", "narayan"}, True),
        ("your Tío", {"tío", "ernesto"}, True),
        ("your brother", {"brother", "tom"}, True),
        ("Mrs Okafor", {"mrs", "patel"}, False),
        ("your brother, Sam", {"brother", "tom"}, False),
        ("Uncle Frank", {"uncle", "joe"}, False),
    ],
)
def test_said_back_only_by_the_very_words_used_before(said: str, told: set[str], back: bool) -> None:
    assert said_back(said, told) is back
