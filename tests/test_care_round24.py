"""A loss told by absence or by the body (agent/guided/vanished_cues.py, agent/guided/hand_burial_cues.py, weighed in
agent/guided/weighed_signs.py), held-out round 24: someone taken or called away by those in power with a promise of a
short return, the years since, the place kept ready, the name said among the dead; a child's body gone light after
a fever, wrapped by the family in what there was and buried by their own hands, with no rite. None of the wordings
below is a persona's. Each cue is weak alone (two kinds are a loss) and each has its ordinary cause: a student back a
doctor, a migrant who came for three months, potatoes dug by the termite hill, bread wrapped in a cloth, a child
wrapped against the cold, a fever that broke, a baby lighter once she walked, a wedding with no priest."""

from __future__ import annotations

import pytest

from agent.guided import care
from agent.guided.grief import sorrow
from tests.support import Api
from tests.turns_support import question_id, say, story_session

VANISHED = [
    # a regime: called out for questions, a few minutes promised, the plate set every Sunday, the photo with the others
    "In 1977 the soldiers came to the school and called my brother Héctor out for a few questions, a few minutes only, "
    "they said. My mother set his plate at the table every Sunday for years. A few minutes, and now it is forty-six "
    "years.",
    # the sea: out before dawn, back for the noon meal, never known where, his name read with the drowned
    "My husband went out with the boat before dawn; he would be back for the noon meal. We never found out where "
    "the sea put him. Every year on the feast of the drowned the priest reads his name with the others.",
    # an office summons: one hour, "we still wait", the gate left unlatched
    "Father was summoned to the district office to sign some papers, one hour only, the man said. Mother left the "
    "gate unlatched for him every night for years. We still wait.",
    # a war: taken to dig trenches, two weeks became eighty years, the name among the fallen
    "In the autumn of '44 the Germans took my uncle Stanisław to dig trenches in the east. Two weeks, they said. "
    "The two weeks became eighty years, and the priest says his name among the fallen on All Souls.",
    # men at night, the mat kept ready, never known where he lies
    "The militia came in the night for Baba with a torch. Mama kept his sleeping mat by the door every night for "
    "years, and we never learned where he is.",
    # the sea again: out for one night, the years of waiting on the jetty
    "The boat went out for one night only. Fifty years now we wait on the jetty.",
    # a regime: taken for questioning, two days promised
    "They took Abba for questioning in 1982. Two days, they said. Forty years later my mother still sets his cup out "
    "every morning.",
    # the sea: a return promised by a month, the schooner never in harbour
    "Father sailed for the Grand Banks in March, back by August, he said. The schooner never came into harbour.",
    # a regime: one of the disappeared
    "My brother is one of the disappeared. Mother marched in the plaza every Thursday with his photo.",
    # the camps: sent away without the right to write, nothing more learned
    "Grandfather was sent to the camps in '37, for ten years without the right to write. We learned nothing more.",
    # soldiers led him away, the coat kept on the hook for decades
    "The soldiers marched him away down the valley road. Mother kept his coat on the hook for thirty years.",
]

BURIED_BY_HAND = [
    # a famine: the body gone cold after the cough, wrapped in a blanket, a grave dug behind the hut
    "In the hungry winter my little brother Pavlo caught the cough. By the third night he was cold, so cold. "
    "Father wrapped him in the horse blanket and dug behind the hut with the spade, in the frozen ground.",
    # the sea: sewn into his hammock and committed to the sea, no priest
    "The cook's boy took the fever off Guinea. On the tenth morning he lay still. The mate sewed him into his hammock "
    "and we gave him to the sea at noon, no priest, no prayers.",
    # a war: covered with earth by a comrade's hands, no coffin, no cross
    "My cousin Ahmed was hit in the orchard. We covered him with earth under the olive tree, no coffin, no stone.",
    # a camp: the baby gone light after the fever, wrapped in a shawl, dug by the fence
    "The fever took hold of my baby sister Amina in the camp. After three days she was light, like a bird. "
    "Mother wrapped her in her own shawl and my father dug by the fence with a tin plate before the count.",
    # a famine: a baby cold by morning, wrapped in an apron
    "In the famine my grandmother's baby stopped crying one night and was cold by morning. Grandmother wrapped him in "
    "her apron and Grandfather took him out to the field.",
    # the body light when lifted, covered with stones
    "Her body was so light when I lifted her, lighter than the water jar. We laid her under the tamarind and covered "
    "her with stones.",
]

NONE = [
    "He went to study in Paris for three years and came back a doctor.",
    "We dug the potatoes by the termite hill with the short hoe before the bell for school.",
    "She wrapped the bread in a cloth and put it in the basket.",
    "The baby got lighter to carry when she learned to walk.",
    "I came to London for three months only. Now it is forty years, and my children are English.",
    "My father went to the city for two weeks only, he said, and came back with a radio for Mother.",
    "The police called my brother in for questions and let him go the same night.",
    "At the festival the monks read the donors' names with the others, and ours was on the list.",
    "We wrapped her in a blanket because the night was cold and carried her to the clinic; by morning the fever was "
    "down.",
    "On the fourth morning the fever broke and she stopped shaking, and she slept all day.",
    "We married with no priest, no rings, just the two of us at the registry office.",
    "My brother dug a hole by the fence for the new gatepost, with the spade Father gave him.",
    "She was light on her feet, the best dancer in the village.",
    "We still wait for the pension papers from the ministry.",
    "My brother went to do his military service, two years only, and came back with a moustache.",
    "Mother waited for him at the window every night until he came home from the mine.",
    "He was cold, so I gave him my coat and we walked on to the station.",
    "We dug with our hands in the sand for clams all afternoon.",
    "They invited Pa to go and study the new rice methods in Battambang for three days; he came back full of ideas.",
    "The monks chanted his name with the others at his ordination.",
    "I came here to Toronto for two weeks, my cousin's wedding. Now it is thirty years.",
    "The police led him away to the station, and in the morning he paid the fine.",
    "My sister was sent to the summer camp by the lake for two weeks only.",
    "The ball went over the wall and was never seen again.",
    "We heard nothing more about the job, so Father went back to the farm.",
    "The magician made my brother disappear and the whole hall laughed.",
    "She wrapped him in her apron and carried him inside, the cold was terrible.",
    "We buried Dad in sand up to his neck on the beach at Skegness, and he laughed all afternoon.",
]


@pytest.mark.parametrize("said", VANISHED)
def test_someone_taken_and_never_back_told_by_the_waiting_is_a_loss(said: str) -> None:
    assert sorrow(said) == "loss"


@pytest.mark.parametrize("said", BURIED_BY_HAND)
def test_a_burial_done_by_the_family_own_hands_is_a_loss(said: str) -> None:
    assert sorrow(said) == "loss"


@pytest.mark.parametrize("said", NONE)
def test_look_alikes_with_their_ordinary_cause_are_no_sorrow(said: str) -> None:
    assert sorrow(said) is None


@pytest.mark.parametrize(
    ("said", "whom"),
    [
        # the one taken, never the mother who waits
        (
            "That winter the police came at night for Papa, to take him for a few questions, one hour only. Mama "
            "kept his slippers by the bed every night for years.",
            "father",
        ),
        # the child wrapped and buried, never the mother who wrapped her
        (
            "My little sister Lina got the fever. On the third morning she was not crying any more, she was so light. "
            "Mama wrapped her in a sheet and I dug by the wall with the shovel.",
            "lina",
        ),
    ],
)
def test_care_names_the_one_lost_never_the_teller(said: str, whom: str) -> None:
    assert care.said_of(said, None) == whom


def test_in_a_story_care_comes_first_for_one_taken_and_never_back(api: Api) -> None:
    sid = story_session(api, "Amadou", "Growing up in Kayes")
    say(api, sid, "We lived by the river in Kayes, my father, my mother and my two sisters.")
    told = say(
        api,
        sid,
        "In 1969 two soldiers came at night and called my father away to the garrison for a few questions, only a "
        "few hours, they said. My mother kept his prayer mat by the door every night. A few hours, and now it is "
        "fifty years.",
    )
    assert question_id(told).startswith("care."), told["reply"]
    assert "lovely" not in told["reply"], told["reply"]


def test_in_a_story_care_comes_first_for_a_child_buried_by_the_family(api: Api) -> None:
    sid = story_session(api, "Dara", "Childhood in the hills")
    say(api, sid, "We were five children in the hut above the paddies.")
    told = say(
        api,
        sid,
        "My youngest brother, Vanna, took the shaking fever in the rains. On the third morning he was not shaking any "
        "more, and he was light like a dry leaf. Father rolled him in his own mat and we dug under the mango tree with "
        "the hoe. No monk, no incense.",
    )
    assert question_id(told).startswith("care."), told["reply"]
    assert "Vanna" in told["reply"] or "brother" in told["reply"], told["reply"]


def test_care_names_one_lost_whose_name_is_two_words(api: Api) -> None:
    sid = story_session(api, "Lan", "Girlhood by the Perfume River")
    say(api, sid, "Our house stood on stilts at the edge of the rice, and there were six of us children.")
    told = say(
        api,
        sid,
        "My little sister, Thi Hoa, five years old. In the dry season the coughing sickness came into her. On the "
        "fifth morning she was not coughing any more, and she was so still. Mother wrapped her in her own old scarf "
        "and my brother dug behind the house with the short spade.",
    )
    assert question_id(told).startswith("care."), told["reply"]
    assert "Thi Hoa" in told["reply"], told["reply"]


def test_a_new_loss_told_by_the_body_after_care_gets_care_of_its_own(api: Api) -> None:
    sid = story_session(api, "Dara", "Childhood in the hills")
    say(api, sid, "We were five children in the hut above the paddies, with our father and mother.")
    first = say(
        api,
        sid,
        "In the dry season the cadres came at night and called Father away to the district office for a few "
        "questions, one hour only. Mother set his bowl out every night for years.",
    )
    assert question_id(first).startswith("care."), first["reply"]
    say(api, sid, "After that we were sent to the dam. How long, who was there... I can't remember. Nothing at all.")
    told = say(
        api,
        sid,
        "My youngest brother, Vanna, took the shaking fever in the rains. On the third morning he was not shaking any "
        "more, and he was so light. Mother rolled him in her own mat and we dug under the mango tree with the hoe.",
    )
    assert question_id(told).startswith("care."), told["reply"]
    assert "Vanna" in told["reply"], told["reply"]
