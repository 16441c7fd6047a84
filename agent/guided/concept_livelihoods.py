"""Livelihoods and passages an answer tells by the work and the signs, never by the indicator's word: a concept family
for the indicator reader (``concepts``), data only, kept apart from ``concept_table`` and ``concept_crafts`` (near
their size limits) with the same :class:`Concept` shape. Round 24's misses, named by kind:

- a trade by its daily work: a fisherman by the boat, the going out on the water and the catch ("went out in the
  dark … in the pirogue … when they came in the basin filled up with sardines"), never a boat taken to visit, nor
  fish bought or eaten; a tapper by the trees climbed or cut and the sap or latex caught ("went up the coconut palms
  with the knife … a clay pot to catch the sap"); whose work it is stays the reader's (``records``: an uncle's boat
  is no answer for "her father's work");
- years of nursing by the work on the ward: night duty, the rounds, the syringes and the bedpans, the cap and the
  training, never the ward lain in as a patient or visited;
- a market stall by the table set up and packed away and the selling from it, never a table laid for dinner nor
  goods bought at someone else's stall;
- rice by its paddy: "four hectares of paddy", "the padi fields" (never Paddy, a man's name);
- a border crossed on the run by its signs: the fence or the wire, the soldiers or the guards, the camp or the card
  with a number, the nights walked through the forest (three kinds of the four), never a river crossed to market.
"""

from __future__ import annotations

import re

from agent.guided.concept_table import Concept, word_set


def _phrases(*patterns: str) -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(p, re.IGNORECASE) for p in patterns)


# The catch as the people who land it call it, beyond the English names ``concept_table`` knows: sardinella
# (yaboy, bonga), grouper (thiof), milkfish (bangus), scad (galunggong), kapenta, bombil, pomfret, kingfish (seer).
_CATCH = word_set(
    """catch catches fish cod haddock hake herring mackerel sprat sprats pilchards sardine sardines anchovies tuna
    salmon mullet bream snapper grouper dorado squid octopus cuttlefish shrimp shrimps prawn prawns lobster lobsters
    crab crabs eels barracuda kingfish tilapia catfish yaboy bonga thiof bangus galunggong kapenta bombil pomfret
    seer sardinella netful nets net"""
)

LIVELIHOOD_CONCEPTS: tuple[Concept, ...] = (
    Concept(
        "fisherman",
        heads=word_set("fisherman fishermen fisherwoman fisherwomen fisherfolk"),
        says=word_set("fisherman fishermen fisherwoman fisherwomen fisherfolk"),
        personal=False,
        signs=(
            word_set(
                """boat boats pirogue pirogues canoe canoes dugout dugouts dhow dhows trawler trawlers skiff skiffs
                dinghy catamaran catamarans launch smack sampan sampans outrigger"""
            ),
            word_set("sea ocean waves surf swell reef offshore lagoon tide barre bar dark dawn night nights"),
            _CATCH,
        ),
        # a boat taken to visit or to market, fish bought, cooked or eaten, is no catch landed
        signs_not_in=_phrases(
            r"\b(?:bought|buy|buying|ate|eat|eating|cooked|cooking|fried|grilled|restaurant|menu|ferry|cruise"
            r"|holiday|tourists?)\b",
            # the sea denied: "never went to sea", "never set foot in a boat", "hated boats", "got seasick"
            r"\b(?:never|not\s+once|didn'?t|did\s+not|wouldn'?t|would\s+not)\s+(?:\w+\s+)?(?:went|go|set\s+foot|put\s+out"
            r"|sailed|fished)\b(?:\s+(?:to|on|in|out|into|a|the))*\s+(?:sea|water|boats?)\b"
            r"|\b(?:hated|feared|afraid\s+of|scared\s+of)\s+(?:the\s+)?(?:boats?|sea|water)\b|\bseasick\b",
        ),
    ),
    Concept(
        "tapping",
        heads=word_set("tapper tappers tapping toddy"),
        says=word_set("tapper tappers"),
        personal=False,
        signs=(
            word_set("palm palms coconut coconuts tree trees rubber date"),
            word_set(
                """climbed climbing climb climbs rope ropes knife knives shaved shaving notch notched cut cuts cutting
                bark slit tapped tapping squirrel"""
            ),
            word_set("sap toddy feni arrack tuba neera latex pot pots cup cups gourd gourds calabash calabashes"),
        ),
        # a palm in a garden, a rope swing, a drink bought: nothing worked
        # nor a tree kept as a plant ("a rubber tree in a pot", "the pot plant"), nor paper or hair cut beside it
        signs_not_in=_phrases(
            r"\b(?:bought|buy|buying|shop|bar|swing|hammock|ordered|drank\s+a)\b",
            r"\bin\s+(?:a|its|the)\s+pot\b|\b(?:pot|house)\s*plants?\b|\b(?:classroom|paper|scissors|hair)\b",
        ),
    ),
    Concept(
        "nursing",
        heads=word_set("nursing nursed"),
        says=word_set("nursing nursed"),
        signs=(
            word_set("ward wards hospital infirmary patients patient clinic theatre sanatorium"),
            word_set(
                """duty shift shifts night nights rounds bedpans bedpan syringes syringe injections dressings
                temperatures bandages drips sterilised boiled"""
            ),
            word_set("cap caps uniform apron training trained probationer matron sisters"),
        ),
        # the nurses of a ward lain in or visited: "the nurses took my temperature"
        unlike=_phrases(
            r"\bthe\s+(?:\w+\s+)?(?P<at>nurses)\b(?!\s+(?:home|hostel|training))",
            # a nurse who looked after the one telling: "a nurse called Maeve treated me", "the nurse gave me my pills"
            r"\b(?:a|the)\s+(?P<at>nurse)\s+(?:(?:called|named)\s+\w+\s+)?(?:who\s+)?(?:treated|gave|took|dressed"
            r"|bathed|fed|looked\s+after|came\s+to|sat\s+with|held)\s+(?:me|my|us|our)\b",
        ),
        # the ward lain in or visited: "I was in the ward for weeks", "they took my temperature", "visiting hours"
        signs_not_in=_phrases(
            r"\b(?:visit|visited|visiting|operation|operated|admitted|discharged|my\s+temperature|gave\s+me|took\s+my"
            r"|i\s+was\s+(?:in|taken\s+to)\s+(?:the\s+)?(?:ward|hospital))\b",
        ),
    ),
    Concept(
        "stall",
        heads=word_set("stall stalls market markets"),
        says=word_set("stall stalls stallholder stallholders"),
        signs=(
            word_set("table tables stand stands barrow barrows trestle trestles umbrella awning trolley cart pitch"),
            word_set("set setting unpacked unpack packed pack folded fold laid spread loaded"),
            word_set("sold sell selling customers customer cash prices price wares haggled haggling takings"),
        ),
        # a stall or a market one bought at: "I bought my scarves at a stall by the market hall"
        unlike=_phrases(
            r"\b(?:bought|buy|buying|shopped|shopping|got)\b[^.;]*?\b(?P<at>stalls?|markets?)\b",
            r"\b(?:bought|buy|buying|shopped|shopping|got)\b[^.;]*?\b(?:stalls?|markets?)\b[^.;]*?\b(?P<at>stalls?"
            r"|markets?)\b",
        ),
        # a table laid for dinner, goods bought at another's stall
        signs_not_in=_phrases(
            r"\b(?:dinner|lunch|supper|breakfast|napkins?|cutlery|bought|buying)\b",
        ),
    ),
    Concept(
        "border crossing",
        heads=word_set("crossing crossed"),
        says=frozenset(),
        personal=False,
        signs=(
            word_set("border borders frontier fence fences wire checkpoint checkpoints barbed"),
            word_set("soldiers soldier guards guard patrol patrols whistles gun guns mines smugglers"),
            word_set("camp camps refugees refugee card registered tents tarpaulin"),
            word_set("walked walking nights forest jungle mountains path paths crawled"),
        ),
        # a river crossed to market or for a visit: no border on the run
        signs_not_in=_phrases(r"\b(?:market|shopping|holiday|tourists?|ferry|bridge)\b"),
    ),
    Concept(
        "rice",
        heads=word_set("rice"),
        says=word_set("rice paddy paddies padi sawah"),
        personal=False,
        # a man called Paddy, said with his capital (not at the head of a sentence before "fields")
        unlike=(re.compile(r"\b(?P<at>Paddy)\b(?!\s+(?:fields?|land|rice)\b)"),),
    ),
)
