"""Tool arguments built from an answer: the annotation every answer gets, the scene a rich one becomes."""

from __future__ import annotations

import re
import threading
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise

import snowballstemmer

from agent.guided import aim_theirs
from agent.guided.aim_whose import EMPHASIS, bore, lived_at, passed_through, the_persons
from agent.guided.answer_kinds import kinds_asked
from agent.guided.concept_crafts import TRADES
from agent.guided.concept_more import ADDING_HEADS, MORE_CONCEPTS, PLACED, PLACED_ALONE
from agent.guided.concepts import (
    ORDINALS,
    OTHER_OWNERS,
    OWN,
    ROLE_VERBS,
    SELF,
    Concept,
    as_concepts,
    concepts_named,
)
from agent.guided.doer_other import other_doer, sentence_by_other, with_owner
from agent.guided.flaws import WITHOUT, flaw_absent
from agent.guided.lexicon import KIN, KIN_OF_KIN, MONTHS, NEGATORS, PERSON_NOUNS, TITLES
from agent.guided.numbers import words_to_digits
from agent.guided.offer_apart import told_apart
from agent.guided.put_off import put_off_span
from agent.guided.state import ANNOTATED_CATEGORIES, Turn, clean
from agent.guided.storm_named import storm_by_name
from agent.guided.told_not import unmet as told_not_unmet
from agent.guided.wishes import offered_from
from agent.guided.work_words import EMPLOYERS, OCCUPATIONS, WORKPLACES
from agent.model import TurnContext
from agent.tools import AnnotateArgs, MarkIndicatorArgs, SaveArtifactArgs


def annotation(turn: Turn) -> AnnotateArgs | None:
    """Sentiment, themes, people and places of the answer; None when there are no words to read."""
    if turn.reading is None:
        return None
    r, category = turn.reading, turn.last_category
    return AnnotateArgs(
        sentiment=r.sentiment,  # type: ignore[arg-type]
        key_themes=[clean(t, 200) for t in r.themes][:20],
        mentions_people=[clean(p, 200) for p in r.people][:20],
        mentions_places=[clean(p, 200) for p in r.places][:20],
        prompt_category=category if category in ANNOTATED_CATEGORIES else None,  # type: ignore[arg-type]
    )


def scene_capture(turn: Turn, *, category: str, topic_title: str, topic_id: uuid.UUID | None) -> SaveArtifactArgs:
    """A rich answer kept as a provisional scene, in the person's own words, for them to approve."""
    r = turn.reading
    assert r is not None and turn.text
    return SaveArtifactArgs(
        artifact_type="scene_capture",
        content=clean(turn.text, 20_000),
        title=human_title(turn.text) or clean(topic_title, 200),
        structured_data={
            "source": "guided",
            "prompt_category": category,
            "question_id": turn.last_id,
            "question": turn.last_text,
            "people": r.people,
            "places": r.places,
            "themes": r.themes,
            "sentiment": r.sentiment,
            "word_count": r.words,
        },
        topic_id=topic_id,
    )


_TITLE_CHARS = 60
_FILLER_OPENING = re.compile(
    r"^(?:(?:well|oh|so|yes|yeah|um+|uh+|ah|and|but|hmm+|ok(?:ay)?)\b[,.!…]*\s+)+"
    r"|^(?:i\s+(?:still\s+)?remember(?:\s+that)?|i\s+think|i\s+guess|you\s+know)\b[,]?\s+",
    re.IGNORECASE,
)


def human_title(text: str) -> str | None:
    """A title from the answer itself, in the person's words: its first sentence when short,
    else its first clause, else its first words ("We lived above the bakery on Salem Street").
    Never the machine's "topic: category (place)": two scenes of one topic read the same."""
    first = re.split(r"(?<=[.!?])\s+", " ".join(text.split()), maxsplit=1)[0]
    for _ in range(3):  # "Oh, well, I remember that …"
        first = _FILLER_OPENING.sub("", first)
    first = first.strip(" .!?;:,…-–—\"'“”‘’")
    if len(first.split()) < 2:
        return None
    if len(first) > _TITLE_CHARS:
        clause = re.split(r"\s*[,;:–—]\s*|\s+-\s+", first, maxsplit=1)[0]
        if len(clause.split()) >= 3 and len(clause) <= _TITLE_CHARS:
            first = clause
        else:
            first = first[: first.rfind(" ", 0, _TITLE_CHARS - 2)].rstrip(",;: ") + " …"
    return clean(first[:1].upper() + first[1:], 200)


# Open success indicators the guided interviewer can judge from one answer: the words an
# indicator uses, and what in the answer counts as evidence for it.
_EVIDENCE_WORDS = (
    (("scene", "moment", "memory", "picture", "vivid"), "scene"),
    (("person", "people", "named", "someone", "who", "colleague", "friend", "relative"), "people"),
    (("place", "places", "where", "location"), "places"),
    (("feeling", "feelings", "emotion", "emotions", "felt"), "feeling"),
)
_FROM_MEMORY = re.compile(r"\b(?:from|by)\s+memory\b", re.IGNORECASE)
# Words of an indicator that say how, not what ("Describe his parents", "Talk about school grades").
_POSSESSIVE = frozenset({"his", "her", "their", "your"})
_FILLER = frozenset(
    """a an the and or of in at on to for with about from by as his her their my our your its this that these
    those he she they him them into onto upon describe described describes description talk talked talks tell told
    telling story stories remember remembered remembers memories recall recalled share shared say said
    some any one two least more most time times day days years year life early how what when who why
    mention mentioned mentions named clear clearly good full detail details detailed before after during
    happened happen happens all without""".split()
)


def indicator_marks(
    ctx: TurnContext, turn: Turn, *, scene_saved: bool, about: str | None = None
) -> list[MarkIndicatorArgs]:
    """Success indicators this answer plainly meets, with the evidence quoted from it.

    An indicator is met by a kind of evidence its words ask for (a saved scene, someone
    named, a place, a feeling), or when at least half of its content words ("parents",
    "kitchen", "Navy", "job") are told in the answer (or stand in the title of the topic it
    answers, for a substantial answer): the word itself, its stem, a compound holding it,
    a relative's role ("mum" for "mother"), or, for a word naming a concept in general, a
    word of that concept (``concepts``: "job" is told by "I went to work at the cannery").
    Told means not denied ("I never married"), not someone else's ("my father's job" for
    "Her first job"), not ranked otherwise ("my second job" for "Her first job"), and, for
    a concept of the person's own life ("her job", "his schooling"), in a clause about the
    person ("I", "we", "my job"). A doing the indicator opens with is the person's own ("Playing
    music with his brothers" is not met by "now they played"), and a meeting is told with whom. An
    indicator's own doing ("Annotates one of her games") and its one thing's name ("His work at the
    Drydocks") are not left out for a general word alone ("we played", "then I got work").
    """
    r = turn.reading
    if r is None or not turn.text:
        return []
    evidence = {
        "scene": f"a scene in their own words was saved ({r.words} words)" if scene_saved else None,
        "people": f"named {', '.join(r.people[:3])}" if r.people else None,
        "places": f"described {', '.join(r.places[:3])}" if r.places else None,
        "feeling": f"spoke with {r.sentiment} feeling" if r.sentiment not in (None, "neutral") else None,
    }
    told = told_apart(turn.text)  # "carry me on over to the praise house": a part asked for, not told
    if not told.strip():
        return []
    clauses = _clauses(told)
    people = frozenset(w for p in r.people for w in _words(p))  # "Delmer", "Clyde": others by name
    topic = _words(about) if about and r.words >= 15 else set()
    asked = frozenset(_words(turn.last_text or ""))  # the question answered
    marks: list[MarkIndicatorArgs] = []
    for index, indicator in enumerate(ctx.success_indicators):
        if indicator.get("met"):
            continue
        aim = as_concepts(indicator.get("text", ""))
        wanted, ranks = _wanted(aim)
        theirs = aim_theirs.theirs(aim)  # "His mother and her market stall": the stall is the mother's
        owned, place, mine = _owned(aim) - set(theirs), _names_place(aim), the_persons(aim)
        # "played from memory" asks how it was played, not for a memory told as a scene
        by_heart = {"memory"} if _FROM_MEMORY.search(aim) else set()
        kind = next((k for keys, k in _EVIDENCE_WORDS if (wanted - by_heart) & set(keys)), None)
        if kind is not None and evidence[kind]:
            marks.append(MarkIndicatorArgs(which="success", index=index, evidence=clean(evidence[kind], 500)))
            continue
        content = wanted - {w for keys, _ in _EVIDENCE_WORDS for w in keys} | by_heart
        found: dict[str, str | None] = {}
        owners, names, objects, doings = theirs | _relatives_owning(aim), _names_in(aim), _objects(aim), _doings(aim)
        helping = _HELPING.match(aim)
        if helping:
            owners = {}  # "Helping with his father's harvest": the harvest is his father's, the helping the person's
        # what names the indicator's thing where only its signs tell it: its particular words ("Holy
        # Ghost", "harvest"), not another general one ("Celebrating Diwali at home": not "home")
        naming = frozenset(w for w in content if not concepts_named(w, beside_place=place)) | _naming_before(
            aim, content
        )
        for word in sorted(content - EMPHASIS):  # "own" stresses whose, no word to tell
            # a feast named as a name ("Easter") is told by its days and rites, not by its name alone
            exact = word in names and not concepts_named(word, beside_place=place)
            told_in, sentence = clauses, None
            while told_in and (sentence is None or not _placed_as_asked(word, sentence, turn.text, names, r.places)):
                told_in = [c for c in told_in if c.sentence != sentence] if sentence else told_in
                sentence = _told(
                    word,
                    told_in,
                    ranks=ranks,
                    personal=word in owned or word in mine,
                    own_only=word in mine,
                    beside_place=place,
                    owner=owners.get(word),
                    exact=exact,
                    object_=objects.get(word),
                    doing=word in doings,
                    people=people,
                    naming=naming - {word},
                    asked=asked,
                    days=not naming,
                )
                if sentence is None:
                    break
            # the topic is the person's own: a relative's ("her children growing up") only where it names them
            by_topic = owners.get(word) in (None, *topic) and _in_topic(word, topic, beside_place=place, exact=exact)
            if sentence is not None or by_topic:
                found[word] = sentence
        sentences = list(dict.fromkeys(c.sentence for c in clauses))
        found.update(flaw_absent(aim, content, found, sentences))
        found.update(storm_by_name(indicator.get("text", ""), content, found, sentences))  # "when Hattie came"
        if helping and (help := helping.group("help").lower()) in content and help not in found:
            found.update(_helped(found, names, clauses, help))
        said_names = names & found.keys()
        found.update(_named_by_the_question(found, naming, asked, beside_place=place))
        found = _names_beside_the_rest(found, names, beside_place=place, clauses=clauses)
        found = _met_with_whom(found, aim, content, clauses)
        found = told_not_unmet(aim, content, found)  # a plan only, calves born for "where she was born", another trade
        if place and r.places:
            found.update(dict.fromkeys(_where_and_when(aim, found), None))
        if not any(found.values()):
            continue  # the topic answered names it, the answer tells none of it ("my memory is a sieve")
        found.update(_learned_by_the_steps(objects, found, turn.text))
        kins = set(_relatives_owning(aim)) & content
        alone = [s for w, s in found.items() if s and w not in kins]
        if kins and not kins & found.keys() and any(_NEVER_AWAY.search(s) for s in alone):
            continue  # "His father's years at sea": not by "Papai … never left the island one day in his life"
        one = _ONE_THING.match(aim)
        if one and one.group("thing").lower() in content and not found.get(one.group("thing").lower()):
            continue  # "A truck he painted himself": one truck, told where the answer names it, not by the topic
        if (
            content
            and 2 * len(found) >= len(content)
            and _named_is_told(content, names, said_names, asked, found)
            and _doing_is_told(aim, content, found)
            and _opening_doing_told(aim, content, found, turn.text, beside_place=place)
            and _asked_is_told(content, set(found), aim, place)
            and not _contrary_told(content, clauses, beside_place=place)
        ):
            # quoted where what is asked is told, not where only its year or name is ("Audrey.")
            told = [s for w, s in found.items() if s and w not in names] + [s for s in found.values() if s]
            sentence = next(iter(told), turn.text)
            marks.append(MarkIndicatorArgs(which="success", index=index, evidence=_quote(sentence)))
    return marks


# The relative told as never away ("he never left the island"): their doing elsewhere is not met by naming them.
_NEVER_AWAY = re.compile(
    r"\bnever\s+(?:once\s+|even\s+)?(?:left|went\s+(?:away|abroad|to\s+sea)|set\s+foot|sailed)\b", re.I
)


# A craft's steps told as one tells a learner, in the generic "you": "First the clay, you shape the face … then you
# put the paper … you pull out the clay and you paint" (never "you know", "you see", "you can buy them anywhere").
_STEP = re.compile(
    r"\byou\s+(?:(?:then|just|first|also|always|carefully|gently|slowly|quickly|now)\s+)?(?!(?:know|see|understand|remember|think|mean|never|can|could|would|should|must|want|wanted|were"
    r"|was|are|have|had|get|got|hear|heard|say|said|ask|asked|like|look|looked)\b)(?P<verb>[a-z]{2,})\b",
    re.IGNORECASE,
)
_STEPS = 3
_NOT_LEARNED = re.compile(r"\b(?:never|not|n['’]t)\s+(?:\w+\s+)?(?:learn|learned|learnt)\b", re.IGNORECASE)
_PAST_SAID = re.compile(
    r"\w+ed|came|ate|took|went|made|gave|saw|sat|stood|ran|drank|sang|brought|bought|thought|told|left|kept|slept"
    r"|wore|wrote|rode|fell|felt|found|heard|held|lost|met|paid|sold|spent|stayed|threw|won|woke|began|broke|chose"
    r"|drove|forgot|grew|hid|knew|lay|led|meant|rang|rose|shook|spoke|stole|swam|taught|tore|understood|wept",
    re.IGNORECASE,
)
_LEARNING = frozenset("learning learn learns learned learnt".split())
# Learning told by the learner's first tries, judged: "The first hundred I made, Don Fello broke them all in half. Too
# loose. … By fifteen I made two hundred a day", "My first one was a small mat … its face was crooked", "the first
# pots I threw all collapsed". Both the first try and its judging (a flaw, a master undoing it, doing it again, or
# doing it well by a later age) are told; "my first car was a Ford" is no try, "the first house we bought" no making.
_FIRST_TRY = re.compile(
    r"\b(?:my|our|the)\s+(?:very\s+)?first\s+(?:(?:[\w'’]+\s+){0,2}?(?:i|we)\s+(?:ever\s+)?(?:made|did|wove|woven"
    r"|rolled|carved|sewed|sewn|stitched|built|baked|knitted|knotted|turned|threw|thrown|wrote|played|tried|cut"
    r"|shaped|fired|forged|welded|tied|painted|cooked)|(?:one|ones|try|tries|attempt|attempts|go)\b)",
    re.IGNORECASE,
)
_JUDGED = re.compile(
    r"\b(?:crooked|lopsided|wonky|uneven|ugly|collapsed|cracked|too\s+(?:loose|tight|hard|soft|thick|thin|short|long)"
    r"|(?:broke|tore|undid|unpicked|cut|threw)\s+(?:them|it)(?:\s+all)?\s+(?:in\s+half|up|apart|away|out)"
    r"|(?:broke|undid|unpicked)\s+(?:them|it)|fell\s+apart|do\s+it\s+again|start\s+again|again\s*[.!]"
    r"|by\s+(?:the\s+age\s+of\s+)?(?:\w+|\d+)\s*,?\s+(?:i|we)\s+(?:could|made|was\s+making|did))",
    re.IGNORECASE,
)


def _learned_by_the_steps(objects: dict[str, str], found: dict[str, str | None], text: str) -> dict[str, str]:
    """An indicator of learning to do a thing ("Learning to make masks") told by the thing done (its doing found)
    and its steps given as to a learner (:data:`_STEP`, three or more): knowing the steps is having learned."""
    learn = next((w for w, doing in objects.items() if w in _LEARNING and w not in found and doing in found), None)
    if learn is None or _NOT_LEARNED.search(text):  # "I never learned, … that much I saw"
        return {}
    if (first := _FIRST_TRY.search(text)) and _JUDGED.search(text):
        start = max(text.rfind(mark, 0, first.start()) for mark in ".!?") + 1
        return {learn: text[start : text.find(".", first.end()) + 1 or None].strip()}
    # steps are said in the present, as one teaches; "you came to visit, you ate it warm", "you queued for hours, you
    # paid with coupons" tell what was (to the listener, or anyone then)
    steps = [m for m in _STEP.finditer(text) if not _PAST_SAID.fullmatch(m.group("verb"))]
    if len({m.group("verb").lower() for m in steps}) < _STEPS:
        return {}
    start = max(text.rfind(mark, 0, steps[0].start()) for mark in ".!?") + 1
    return {learn: text[start : text.find(".", steps[0].end()) + 1 or None].strip()}


# An indicator about one particular thing ("A truck he painted himself", "A song she sang at her wedding"): the
# thing is the last word of what follows "a", "an" or "one" up to who did it, a preposition or the end, never a
# word said of it before ("A memorable trip": the trip; "A favourite recipe of her mother's": the recipe).
_ONE_THING = re.compile(
    r"^\s*(?:a|an|one)\s+(?:[\w'’-]+\s+){0,2}?(?P<thing>[\w'’]+)(?=\s*$|\s+(?:he|she|they|i|we|you|that|which"
    r"|who|whose|from|of|with|in|at|for|to|on|about|by|when|where)\b)",
    re.IGNORECASE,
)


def _naming_before(aim: str, content: set[str]) -> frozenset[str]:
    """A word of a family of its own said to name which thing of a ``named`` family: "The harvest festival", "the
    fishing feast" name which feast, as "Holy Ghost" does (a harvest cut is no feast)."""
    tokens = [t.lower().replace("’", "'").removesuffix("'s") for t in re.findall(r"[\w'’]+", aim)]
    return frozenset(
        a for a, b in pairwise(tokens) if a in content and any(c.named for c in concepts_named(b)) and concepts_named(a)
    )


# An indicator of helping someone with their thing ("Helping with his father's tobacco harvest", "Helping her mother
# at the market stall").
_HELPING = re.compile(
    r"^\s*(?P<help>help|helps|helping|helped|assisting|assisted)\s+(?:\w+\s+)?(?:with|at|on|in)\b", re.IGNORECASE
)


def _helped(found: dict[str, str | None], names: set[str], clauses: list[_Clause], help: str) -> dict[str, str]:
    """The helping told by the thing helped with told in a clause of the person's ("we cut the leaves", "I sewed
    them"): the person's part in it. Their father's harvest told only of him ("Papá cut the leaves") is no help."""
    for clause in clauses:
        if clause.sentence in {s for w, s in found.items() if s and w not in names} and SELF & set(clause.words):
            return {help: clause.sentence}
    return {}


def _named_by_the_question(
    found: dict[str, str | None], naming: frozenset[str], asked: frozenset[str], *, beside_place: bool
) -> dict[str, None]:
    """The words naming a thing told by its signs that the question answered said: "let's turn to the
    Holy Ghost" answered by the crown and the soup tells the Holy Ghost feast, "holy" and "ghost" too."""
    if not any(s and any(c.named for c in concepts_named(w, beside_place=beside_place)) for w, s in found.items()):
        return {}
    return {w: None for w in naming - found.keys() if any(_same(w, a) for a in asked)}


def _wanted(aim: str) -> tuple[set[str], set[str]]:
    """An indicator's words that say what it asks (not "describe", "the", "first"), and its ranks ("first")."""
    said = _words(aim)
    return said - _FILLER - ORDINALS, said & ORDINALS


def answered_marks(
    ctx: TurnContext, prompt: str, expected: str, results: Mapping[str, bool] | None = None
) -> list[MarkIndicatorArgs]:
    """Success indicators a right answer to the question ``prompt`` meets: those the question is about,
    its words telling the indicator's as an answer's would ("Knows how many senators there are" by "How
    many U.S. Senators are there?", "Names the first President" by "Who was the first President …?").
    What a learner does with it ("knows", "names") and how a question asks ("how many", "is there")
    are not what it is about. A question asks precisely: every other word and rank of the indicator must
    be in it, by the answer's matching (stem, compound, concept family), not half as in an answer ("how
    many legs a spider has" is not asked by "How many legs does an ant have?", "the first President" not
    by "Who is the President now?"). An indicator naming a set ("Knows the planets") asked one of it at a
    time ("Which planet is largest?") is met when every question of the quiz (``ctx.data["questions"]``)
    asking one of the set has been answered right (``results``: the latest grade by question id), so on
    the last of them. The evidence is the question and its expected answer, never the learner's words (a
    loss may be told beside them)."""
    questions = [q for q in (getattr(ctx, "data", None) or {}).get("questions") or [] if q.get("prompt")]
    others = [q for q in questions if q["prompt"].strip() != prompt.strip()]
    marks = []
    for index, indicator in enumerate(ctx.success_indicators):
        if indicator.get("met"):
            continue
        aim = as_concepts(indicator.get("text", ""))
        asked = _asks(aim, prompt)
        if asked == "one":
            # one of the set: met once every question asking one of it is answered right
            if any(_asks(aim, q["prompt"]) == "one" and not (results or {}).get(q.get("id")) for q in others):
                continue
        elif asked != "all":
            continue
        evidence = f"Answered “{prompt.strip()}” right ({expected.strip()})"
        marks.append(MarkIndicatorArgs(which="success", index=index, evidence=clean(evidence, 500)))
    return marks


def _asks(aim: str, prompt: str) -> str | None:
    """How the question ``prompt`` asks what the indicator ``aim`` (as concepts) names: "all" of it, "one" of the
    set it names ("Which planet is largest?" of "Knows the planets"), or None."""
    wanted, ranks = _wanted(aim)
    content = wanted - _KNOWING - _ASKING - {w for keys, _ in _EVIDENCE_WORDS for w in keys}
    if _NORM_ASKED.search(prompt):
        content -= _NORMS  # "the safe cooking temperature" asked as "To what temperature should food be cooked?"
    if _HOW_LONG.search(aim):
        content -= {"long"}  # a way of asking (:data:`_ASKS`): "how long" is asked by "how many days"
    if _MEANING_ASKED.search(prompt):
        content -= _MEANING  # "what the first word means" asked as "what does the first word tell you?"
    if _WORKS_OUT.match(aim):
        content -= {"works", "work", "working", "out"}  # what the learner does, as "knows" is
    content -= kinds_asked(content, prompt)  # "the antidote" asked as "Which drug reverses …?"
    said = _words(prompt)
    content -= {m.group(1).lower() for m in _LIGHT_VERB.finditer(aim) if m.group(2).lower() in said}
    names, place = _names_in(aim), _names_place(aim)
    clauses = _clauses(_unqualified(prompt, content))
    found = {
        word
        for word in content
        if _told(
            word,
            clauses,
            ranks=ranks,
            personal=False,
            beside_place=place,
            exact=word in names and not concepts_named(word, beside_place=place),
        )
    }
    if (
        not content
        or found != content
        or not ranks <= _words(prompt)
        or not _asked_as_told(aim, content, prompt, place)
    ):
        return None
    return "one" if _one_of_many(content, prompt) else "all"


_HOW_LONG = re.compile(r"\bhow\s+long\b", re.IGNORECASE)
# A meaning asked in other words: "what does it tell you", "what does K stand for", "what does it signify".
_MEANING_ASKED = re.compile(
    r"\bwhat\s+(?:does|do|did)\s+[^?]{1,60}?\b(?:tell\s+(?:you|us)|stand\s+for|signify|indicate|refer\s+to|mean)\b"
    # never what it tells of something else: "what does the first word tell you about where it grows?"
    r"(?!\s+(?:about|of|as\s+to|regarding|where|how|when|who|whether|which)\b)",
    re.IGNORECASE,
)
_MEANING = frozenset("mean means meaning meant".split())
# Verbs that only carry a thing somewhere, said otherwise by a question that says where to ("put the ball over the
# line" / "goes over the line", "gets the ball into the net" / "is kicked into the net"): what is asked is the rest
# and where, the particle in the question too ("how to get to Mars" is not asked by "How far is Mars?").
_LIGHT_VERB = re.compile(
    r"\b(put|puts|putting|get|gets|getting|go|goes|going)\s+(?:[\w'’]+\s+){0,3}?"
    r"(over|into|in|out|off|onto|through|behind|across|under|past)\b",
    re.IGNORECASE,
)
_WORKS_OUT = re.compile(r"^\s*(?:works?|working)\s+out\b", re.IGNORECASE)
# What only tells which thing a question is about, said after it with "with": "Who designed the hive with the bee
# space?" asks who designed a hive, nothing of the bee space (never a doing with it: "What do you do with the
# frames?", "What is the bee space filled with?").
_QUALIFIER = re.compile(
    r"(?<=[a-z])(?<!\bdo)(?<!\bdoes)(?<!\bdid)(?<!\bdone)(?<!\bdeal)(?<!\bdealt)(?<!\bhelp)(?<!\bwork)"
    r"\s+(?:with|without)\s+(?:the|a|an|its|their)\s+[^,?.;]*?(?=\s+(?:in|on|at|for|by|from|of)\s|\s*[,?.;]|$)",
    re.IGNORECASE,
)


def _unqualified(prompt: str, content: set[str]) -> str:
    """The question without what only tells which thing it is about (:data:`_QUALIFIER`), where the rest asks
    nothing of the indicator ("Who designed the hive with the bee space?" of "the bee space"); where the rest asks
    it, the "with …" is part of what is asked ("Which gas forms when zinc reacts with the acid?")."""
    rest = _QUALIFIER.sub("", prompt)
    said = {w.rstrip("s") for w in re.findall(r"[a-z]+", rest.lower())}
    return prompt if any(w.rstrip("s") in said for w in content) else rest


def _one_of_many(content: set[str], prompt: str) -> bool:
    """A question asking one of what the indicator names as many: "What colour chopping board is used for raw
    meat?" asks one colour of "Knows the chopping board colours" (known once all such questions are answered
    right, :func:`answered_marks`); "What colours are the boards?" asks them all."""
    said = _words(prompt)

    def which_one(one: str) -> bool:  # "What colour …", "Which short signal …"
        return re.search(rf"\b(?:what|which)\s+(?:[\w'’]+\s+)?{re.escape(one)}\b", prompt, re.IGNORECASE) is not None

    return any(
        w not in said and not w.endswith("ss") and (which_one(w[:-1]) or (w.endswith("es") and which_one(w[:-2])))
        for w in content
        if w.endswith("s")
    )


# Words of an indicator saying that what it names is the norm ("Knows the safe cooking temperature", "the
# correct order"), asked by a question that asks what should, must or has to be.
_NORMS = frozenset("safe safely correct correctly proper properly right recommended required legal".split())
_NORM_ASKED = re.compile(r"\b(?:should|must|ought\s+to|(?:need|needs|has|have)\s+to|required|recommended)\b", re.I)


# Measures asked by their adjective (``concept_more``): "How tall is Everest?" asks the height of Everest; "How tall
# was Tenzing Norgay, who climbed Everest?", "How high can the goalkeeper jump?", "Who weighs the football?" do not.
_MEASURES = frozenset("width height length depth weight".split())
_MEASURE_STOP = frozenset(
    """in on at from for to with by when while during after before who which that whose where as than if because
    and or but can could will would should must do does did""".split()
)


def _measure_asked(prompt: str, measures: set[str], things: set[str]) -> bool:
    """The measure asked by its adjective and said of the indicator's own thing: "how <adjective> is <the thing>",
    "how many metres across is <the thing>", "how much does <the thing> weigh"; the thing is what follows the verb up
    to its first preposition, clause or other verb (not "the half-time break in a match" for the match)."""
    words = "|".join(sorted(re.escape(m) for m in measures))
    asks = re.search(
        rf"\bhow\s+(?:(?:many|much)\s+\w+\s+)?(?:{words})\s+(?:is|was|are|were|does|do|did|should|must)\s+(?P<np>[^?,;.]*)"
        rf"|\bhow\s+much\s+(?:does|did|do)\s+(?P<np2>[^?,;.]*?)\s+weigh\b",
        prompt,
        re.IGNORECASE,
    )
    if asks is None:
        return False
    np = []
    for token in re.findall(r"[\w'’-]+", asks.group("np") or asks.group("np2") or ""):
        if token.lower() in _MEASURE_STOP or (np and token.lower().endswith(("ing", "ed"))):
            break
        np.append(token.lower())
    return not things or all(any(_same(t, w) for w in np) for t in things)


def _asked_as_told(aim: str, content: set[str], prompt: str, beside_place: bool) -> bool:
    """A question asks what an indicator says in its own words, and the way the indicator asks it. Each word
    by itself (stem, compound) or by a word naming its family in general ("wartime" for "war"), never by a
    sign of the family alone: "Knows about the war" is not asked by "Who won the Battle of Hastings?". And
    each way of asking the indicator says (:data:`_ASKS`: how many, where, when, who, why, how long, spell)
    is the question's: "Knows where the Nile is" is not asked by "How long is the Nile?", nor "Can spell
    necessary" by "Is necessary an adjective?"."""
    said = _words(prompt) | _words(as_concepts(prompt))  # a head of two words too ("company_town")
    clauses = _clauses(prompt)
    for word in content:
        families = concepts_named(word, beside_place=beside_place)
        heads = {h for c in families for h in c.heads | (c.says if c.members else set())}
        # a member said as one in a phrase of its class ("one long blast of the horn")
        heads |= {cl.words[i] for c in families if c.members for cl in clauses for i in cl.phrase_at(c)}
        if not any(_same(word, w) or w in heads for w in said):
            return False
        measures = {m for c in families if c.name in _MEASURES for m in c.says}
        if (
            measures
            and not any(_same(word, w) for w in said)
            and not _measure_asked(prompt, measures, content - {word})
        ):
            return False
    return all(asks.search(prompt) for says, asks in _ASKS if says.search(aim))


def _ways(*pairs: tuple[str, str]) -> tuple[tuple[re.Pattern[str], re.Pattern[str]], ...]:
    return tuple((re.compile(rf"\b(?:{a})\b", re.I), re.compile(rf"\b(?:{b})\b", re.I)) for a, b in pairs)


# The ways of asking an indicator may say (left) and the question's words that ask that way (right).
_WHICH = r"(?:which|what)\s+(?:\w+\s+)?"
_ASKS = _ways(
    (r"how\s+(?:many|much)|number\s+of|count", r"how\s+(?:many|much)|number\s+of|count|what\s+number"),
    (
        r"where",
        r"where|(?:in|on|at|from|to|near)\s+(?:which|what)|"
        + _WHICH
        + r"(?:country|countries|continent|city|town|county|state|region|ocean|sea|place|part|island)",
    ),
    (
        r"when|what\s+year|what\s+date",
        r"when|" + _WHICH + r"(?:year|date|day|month|century|decade|time)|how\s+long\s+ago",
    ),
    (
        r"who|whom|whose",
        r"who|whom|whose|"
        + _WHICH
        + r"(?:person|people|man|woman|king|queen|president|leader|scientist|author|writer|poet|playwright"
        r"|composer|painter|artist|explorer|inventor|emperor|ruler)",
    ),
    (r"why", r"why|what\s+(?:caused|causes|made|makes)|for\s+what\s+reason|reason"),
    (
        r"how\s+long",
        r"how\s+long|how\s+many\s+(?:years|months|weeks|days|hours|minutes|miles|metres|meters|kilometres)",
    ),
    (r"spell(?:s|ing|ed|t)?", r"spell(?:s|ing|ed|t)?"),
)


# What a learner is to do with what an indicator names ("Knows how many senators there are", "Can
# name the planets"), and the words a question asks with ("how many", "are there", "does it have").
_KNOWING = frozenset(
    """know knows knowing knew known name names naming can could able understand understands understanding
    explain explains explaining identify identifies identifying recite recites recall recalls list lists
    give gives state states spell spells answer answers answering learn learns learned learnt calculate calculates
    calculating compute computes computing solve solves solving""".split()
)
_ASKING = frozenset(
    "many much number count there is are was were be been do does did has have had which whose whom where".split()
)


def _named_is_told(
    content: set[str], names: set[str], said: set[str], asked: frozenset[str], found: dict[str, str | None]
) -> bool:
    """An indicator that is one general thing and its name ("His work at the Drydocks", "Her job in
    Houston") is not met by that general word said as it is and nothing more ("Then I got work and no
    more time": any work), unless the name is told too, in the answer, the topic it answers or the
    question it answers ("Tell me about the Drydocks"). Told in words of its own it tells more than the
    indicator's word ("the snow came up to the sills" for "His first winter in Sweden"). A year only
    dates it; an indicator saying more of its thing ("Her factory job in Detroit") is told by that more."""
    named = {w for w in content & names if not _YEAR_WORD.match(w)}
    if not named or named & (said | asked) or len(content - names) != 1:
        return True
    (word,) = content - names
    sentence = found.get(word)
    return sentence is None or not any(_same(word, t) for t in _words(sentence))


def _doing_is_told(aim: str, content: set[str], found: dict[str, str | None]) -> bool:
    """An indicator that says what the learner does ("Annotates one of her games", "Sings the solo from
    memory") is not met, its doing untold, by the rest told only in a general family's words: "I played
    through the line" is no annotating of a game. Its own particular words told do ("Lucena, done" for
    "Plays the Lucena position without the book")."""
    tokens = [t.lower().replace("’", "'") for t in re.findall(r"[\w'’]+", aim)]
    opens = len(tokens) >= 2 and tokens[0].endswith("s") and not tokens[0].endswith("ss") and tokens[1] in _DETERMINERS
    verb = tokens[0] if opens else None
    if verb is None or verb not in content or verb in found or concepts_named(verb):
        return True
    return any(s is None or any(_same(w, t) for t in _words(s)) for w, s in found.items())


def _opening_doing_told(
    aim: str, content: set[str], found: dict[str, str | None], text: str, *, beside_place: bool
) -> bool:
    """An indicator opening with a doing of a kind ("Building their house", "Weaving with her grandmother", "Going to
    the market") is not met by its thing or its company alone: "Our house was on the hill" builds nothing. The doing
    is told by its own family's words ("we built our own house of brick") or its signs."""
    first = re.match(r"\s*([A-Za-z]+ing)\b", aim)
    doing = first.group(1).lower() if first else None
    if doing is None or doing not in content or doing in found or len(content) < 2 or len(found) > 1:
        return True  # more of it told than one thing ("the Atlantic … the convoys" for "Crossing the Atlantic …")
    # the kinds told by their signs or things (a house built, a harvest, weaving), not a general doing ("Playing",
    # "Going": "took me out for the mackerel" goes fishing)
    families = tuple(
        c
        for c in concepts_named(doing, beside_place=beside_place)
        if c.signs or (c in MORE_CONCEPTS and not c.personal)
    )
    said = {w for c in families for w in c.heads | c.says}
    return not families or any(w in said or _same(doing, w) for w in _words(text))


_DETERMINERS = frozenset(
    "the a an one two three her his their my our its this that these those some each every".split()
)


def _asked_is_told(content: set[str], found: set[str], aim: str, beside_place: bool) -> bool:
    """A name, place or year of an indicator never meets it alone: "His wedding to Shirin" is not met
    by Shirin named on the road out, nor "Her first job in Houston" by arriving in Houston. An
    indicator asking more than its names ("Time in Angola" asks only the place) needs more than them
    told, and one naming a concept in general (wedding, job, winter) needs that concept told."""
    names = _names_in(aim)
    asked = content - names
    if asked and not found - names:
        return False
    point = WITHOUT.search(aim.lower())
    if point and point.group(1) in content and point.group(1) not in found:
        return False  # "A phrase without a break": what it is without is the point, not the phrase alone
    general = {w for w in asked if concepts_named(w, beside_place=beside_place) and w not in ADDING_HEADS}
    # A general word that only qualifies the next ("a cloth business", "a coffee farm") does not tell
    # the thing alone: "I started at the fabric shop" starts no cloth business of one's own.
    tokens = [t.lower().replace("’", "'").removesuffix("'s") for t in re.findall(r"[\w'’]+", aim)]
    # a trade before "work" is the work told ("his father's blacksmith work")
    qualifying = {
        a
        for a, b in pairwise(tokens)
        if a in general and b in general and b not in _WHERE and not (b == "work" and a in TRADES)
    }
    # a season only dates it: "The duck hunt in spring" is no duck bought in April
    what = (general - qualifying - _WHERE - _SEASONS) or (general - qualifying)
    return not general or bool(what & found)


def _placed_as_asked(word: str, sentence: str, text: str, names: set[str], places: list[str]) -> bool:
    """A concept read by phrases that say no place (:data:`PLACED`: "the first winter", "the police carried us
    away") tells an aim naming a place only with that place said in the answer and, for :data:`PLACED_ALONE`, no
    other place in the phrase's sentence unless that one names it too: "Our first house in Suva" is no settling in
    Auckland. Its own word said
    ("we settled") tells it."""
    families = [c for c in concepts_named(word) if c.name in PLACED]
    if not families or not names:
        return True
    if any(w in c.says or _same(word, w) for c in families for w in _words(sentence)):
        return True
    alone = any(c.name in PLACED_ALONE for c in families)
    alone = alone and not names & _words(sentence)  # "we arrived in Toronto; we rented a room on College Street"
    others = [p for p in places if alone and p in sentence and not _words(p) & names]
    return bool(names & _words(text)) and not others


# General words that say where, not what: "army service overseas" is army service, wherever it was,
# and a holiday overseas tells none of it.
_WHERE = frozenset({"overseas", "abroad"})
_SEASONS = frozenset({"spring", "summer", "autumn", "fall", "winter"})


def _names_beside_the_rest(
    found: dict[str, str | None], names: set[str], *, beside_place: bool = False, clauses: list[_Clause] | None = None
) -> dict[str, str | None]:
    """An indicator's name counts where the rest of it is told: "Her first job in Houston" is not
    met by a first job in Saigon and a flight to Houston later, each in its own sentence. A year
    dates the whole answer ("In February 1953 the dykes broke. ... the family ..."), and so does a
    name that stands for a time the answer tells in its own words ("The Depression. ... we walked
    to the coast": a name with a concept of its own, told by it or by its name)."""
    told = {sentence for word, sentence in found.items() if word not in names and sentence}
    if not told:
        return found
    sentences = list(dict.fromkeys(c.sentence for c in clauses or ()))
    return {
        word: sentence
        for word, sentence in found.items()
        if word not in names
        or _YEAR_WORD.match(word)
        or sentence is None
        or any(word in _words(t) for t in told)
        or concepts_named(word, beside_place=beside_place)
        or _heads(sentence, told, sentences)
    }


_HEADS_FOR = 3  # sentences a short heading sentence stands over


def _heads(sentence: str, told: set[str], sentences: list[str]) -> bool:
    """A short sentence naming what the next ones tell, as a heading does: "Hong Kong is the big part. In 1993 the
    agency took me … I cooked, I washed": Hong Kong is where the work was. Only before what is told, and near it
    ("I had my first job in Saigon. Later we flew to Houston." names Houston after the job)."""
    if sentence not in sentences or len(re.findall(r"[\w'’]+", sentence)) > _BARE:
        return False
    k = sentences.index(sentence)
    return any(t in sentences and 0 < sentences.index(t) - k <= _HEADS_FOR for t in told)


def _met_with_whom(
    found: dict[str, str | None], aim: str, content: set[str], clauses: list[_Clause]
) -> dict[str, str | None]:
    """A meeting is told with whom it was: "Meeting her husband" is not met by meeting a couple at a
    caravan park, nor by "Ron's my husband" with no meeting, but by the meeting and him told within
    two sentences ("he asked me for the barn dance ... I'm going to marry him"). Whom is any word of
    the indicator after the meeting ("Meeting his wife Kusum": the wife or Kusum)."""
    tokens = [t.lower().replace("’", "'").removesuffix("'s") for t in re.findall(r"[\w'’]+", aim)]
    at = next((k for k, t in enumerate(tokens) if any(c.name == "meeting" for c in concepts_named(t))), None)
    if at is None or tokens[at] not in content:
        return found
    whom = {w for t in tokens[at + 1 :] for w in (t, KIN.get(t)) if w in content}
    if not whom:
        return found
    sentences = list(dict.fromkeys(c.sentence for c in clauses))
    met = tokens[at]

    def near(word: str) -> bool:
        a, b = found[met], found[word]
        return a not in sentences or b not in sentences or abs(sentences.index(a) - sentences.index(b)) <= 2

    told = met in found and any(w in found and near(w) for w in whom)
    return found if told else {w: s for w, s in found.items() if w != met and w not in whom}


def _names_in(aim: str) -> set[str]:
    """An indicator's names, places and years: capitalised words after the first that are no
    relative or title ("Shirin", "Houston"; not "Abuela" of "How he met Abuela Socorro")."""
    tokens = re.findall(r"[\w'’]+", aim)[1:]
    words = {t.lower().replace("’", "'").removesuffix("'s") for t in tokens if t[:1].isupper() and t != "I"}
    return {w for w in words if w not in KIN and w not in TITLES} | {t for t in tokens if _YEAR_WORD.match(t)}


# "'s" that is "is" or "us", not a possessive.
_NOT_POSSESSIVE = frozenset("it's that's there's here's he's she's what's who's let's where's one's".split())
_CLAUSE = re.compile(
    r"\s*[,;:–—()]\s*|\s+-\s+|\s+(?:and|but|while|whereas|though|although|because|until|till)\s+", re.IGNORECASE
)
_WAS = frozenset({"was", "were", "am", "is", "became", "become"})


@dataclass(frozen=True)
class _Clause:
    sentence: str
    raw: tuple[str, ...]  # lower-case tokens as written ("father's")
    words: tuple[str, ...]  # without "'s"
    starts: tuple[int, ...] = ()  # where each token starts in ``text``
    text: str = ""  # the clause as said, for a concept's phrases
    offered: int = 1_000_000  # the first token said only as what the person offers to tell, if any
    after: int = 0  # how many words the answer says after this clause's sentence

    def phrase_at(self, family: Concept) -> set[int]:
        """The tokens standing for a phrase of the family told here ("took me on" -> "on"); not where a "no"
        just before the phrase denies it ("never get full marks") or its own "no" is asked ("no mistakes?")."""
        if any(p.search(self.sentence) for p in family.phrases_not_in):
            return set()
        asked = self.sentence.rstrip().endswith("?")
        at = set()
        for found in (m for p in family.phrases for m in p.finditer(self.text) if m.start("at") in self.starts):
            first = next(j for j, s in enumerate(self.starts) if s >= found.start())
            if any(t in NEGATORS or t.endswith("n't") for t in self.raw[max(0, first - 3) : first]):
                continue
            if asked and any(t in NEGATORS for t in re.findall(r"[\w']+", found.group(0).lower())):
                continue
            at.add(self.starts.index(found.start("at")))
        return at

    def unlike_at(self, families: tuple[Concept, ...]) -> set[int]:
        """The tokens said here in another sense than the families' ("a flock of starlings")."""
        return self._at(tuple(p for family in families for p in family.unlike))

    def contrary_at(self, family: Concept) -> set[int]:
        """The tokens standing for the family's opposite told here ("missed about half" -> "missed")."""
        return self._at(family.contrary)

    def _at(self, patterns: tuple[re.Pattern[str], ...]) -> set[int]:
        return {
            self.starts.index(m.start("at"))
            for p in patterns
            for m in p.finditer(self.text)
            if m.start("at") in self.starts
        }


def _clauses(text: str) -> list[_Clause]:
    out = []
    sentences = re.split(r"(?<=[.!?])\s+", text.strip())
    counts = [len(re.findall(r"[\w'’]+", s)) for s in sentences]
    asked_for = _asked_for(sentences, counts)
    for k, sentence in enumerate(sentences):
        after = sum(counts[k + 1 :])
        put_off = put_off_span(sentences, k)
        promised, reach = _promised(sentence)
        at = 0
        for part in _CLAUSE.split(sentence):
            start = sentence.find(part, at) if part else at
            at = start + len(part)
            spans = list(re.finditer(r"[\w'’]+", part))
            raw = tuple(m.group(0).lower().replace("’", "'") for m in spans)
            if raw:
                words = tuple(t.removesuffix("'s") for t in raw)
                offer = offered_from(part)
                if promised is not None and start < reach and (offer is None or start + offer > promised):
                    offer = max(0, promised - start)  # "Next week I'll give you the Army, Germany": all to come
                offered = next((j for j, m in enumerate(spans) if offer is not None and m.start() >= offer), 1_000_000)
                if k in asked_for:
                    offered, after = 0, asked_for[k]
                told_after = after
                if put_off and put_off[0] <= start + len(part) and start < put_off[1]:
                    offered, told_after = 0, 0  # named, then put off to another day
                out.append(_Clause(sentence, raw, words, tuple(m.start() for m in spans), part, offered, told_after))
    return out


def _contrary_told(content: set[str], clauses: list[_Clause], *, beside_place: bool) -> bool:
    """The opposite of a concept the indicator names told and not denied: "Passing clean off both feet" is
    not met by twenty passes left and right, "missed about half of them" (``Concept.contrary``); "didn't
    miss one" is no miss."""
    families = [c for w in sorted(content) for c in concepts_named(w, beside_place=beside_place) if c.contrary]
    return any(
        not _denied(clause, i)
        for c in families
        for clause in clauses
        # a score with few misses counts its misses itself ("forty-seven right, three mistakes")
        if not (c.scored and _scored([clause], c.scored))
        for i in clause.contrary_at(c)
    )


# A promise to tell it another time: "Next week I'll give you the Army", "I'll tell you the rest tomorrow",
# "another day we'll do the wedding". What follows the promise is to come, not told (a promise with no
# later time, "I'll tell you: we married in June", tells on).
_PROMISE = re.compile(
    r"\b(?:i|we)(?:'ll|’ll|\s+will|\s+shall|'m\s+going\s+to|’m\s+going\s+to|\s+am\s+going\s+to|\s+can)\s+"
    r"(?:(?:then|gladly|happily)\s+)?(?:tell|give|show|do|talk\s+about|get\s+to)\b(?:\s+(?:you|ye|ya))?"
    r"(?:\s+(?:all\s+)?(?:about|of))?",
    re.IGNORECASE,
)
# The same promise in the plain present, as many speak it: "Next time I tell you how I met her", "tomorrow
# I tell you about Andrés", "another day we talk about the strikes". Only with its later time in its own
# clause: "I tell you, we married in June" and "every time I tell you about him I cry" promise nothing.
_PROMISE_NOW = re.compile(
    r"\b(?:i|we)\s+(?:tell|show|talk\s+about)\b(?:\s+(?:you|ye|ya))?(?:\s+(?:all\s+)?(?:about|of))?",
    re.IGNORECASE,
)
_LATER = re.compile(
    r"\b(?:next\s+(?:week|time|session|visit|month|sunday|monday|tuesday|wednesday|thursday|friday|saturday)"
    r"|another\s+(?:time|day|week|session)|some\s+other\s+(?:time|day)|tomorrow|later\s+on|in\s+a\s+later)\b",
    re.IGNORECASE,
)
# Where a promise's clause ends: a stop (";", ":", a dash, a bracket), "but …", or a new subject after
# a comma ("…, I joined the Army in 1952"; not "the day Ron and I married"); its list of things to come
# runs on over "," and "and" ("the Navy, Malta, the lot", "the Navy and Malta").
_PROMISE_ENDS = re.compile(
    r"\s*[;:–—()]|\s+-\s+|\s+(?:but|because|though|although|whereas|so)\s+"
    r"|,\s*(?:and\s+)?(?:then\s+)?(?=(?:i|we|he|she|they)(?:'[a-z]+|’[a-z]+)?\s)",
    re.IGNORECASE,
)


def _promised(sentence: str) -> tuple[int | None, int]:
    """Where a promise to tell something another time ends in the sentence (what follows is to come,
    not told) and how far that reaches: only its own clause ("Tomorrow I'll tell you about the Army;
    I joined the Army in 1952" tells the joining). (None, 0) where the sentence promises nothing."""
    promise = _PROMISE.search(sentence)
    if promise is None:
        return _promised_now(sentence)
    end = _PROMISE_ENDS.search(sentence, promise.end())
    reach = end.start() if end else len(sentence)
    return (promise.end(), reach) if _LATER.search(sentence[:reach]) else (None, 0)


def _promised_now(sentence: str) -> tuple[int | None, int]:
    """A promise in the plain present ("Next time I tell you how I met her"): its later time in the
    promise's own clause, from the last stop or comma before it to where the promise ends."""
    for promise in _PROMISE_NOW.finditer(sentence):
        end = _PROMISE_ENDS.search(sentence, promise.end())
        reach = end.start() if end else len(sentence)
        start = max(sentence.rfind(c, 0, promise.start()) for c in ",;:–—(") + 1
        later = _LATER.search(sentence, start, reach)
        if later and not (later.start() >= promise.end() and _TOLD_ON.match(sentence, later.end())):
            return promise.end(), reach
    return None, 0


# The story going on in the past from a later time said after "I tell you" ("I tell you, the next week we
# married"): the story's time, not a promise.
_TOLD_ON = re.compile(
    r"\s*,?\s*(?:i|we|he|she|they|my\s+\w+|our\s+\w+)\s+(?:(?:were|was|had|got)\s+)?"
    r"(?:\w+ed|were|was|had|went|came|met|got|left|took|saw|made|wed|began|ran|flew|sailed|moved)\b",
    re.IGNORECASE,
)


# A subject named in bare words and asked for ("… nobody ever asks me about? The gutting. The herring girls.
# Ask me that one."): the words are what the person wants asked, not yet told.
_ASK_ME_THAT = re.compile(
    r"^\W*(?:so\s+|now\s+|go\s+on\s+(?:and\s+)?|you\s+(?:should|must|can)\s+)?ask\s+(?:me|us)\s+"
    r"(?:about\s+)?(?:that|this|it|them|those)\b",
    re.IGNORECASE,
)
_BARE = 6  # words of a sentence that only names a subject ("The herring girls.")


def _asked_for(sentences: list[str], counts: list[int]) -> dict[int, int]:
    """Sentences that only name what the next ones ask to be asked about, each with how much the answer
    says after the asking (what it then goes on to tell, not the asking itself)."""
    out: dict[int, int] = {}
    for k, sentence in enumerate(sentences):
        if not _ASK_ME_THAT.search(sentence):
            continue
        j = k - 1
        while j >= 0 and counts[j] <= _BARE and not sentences[j].rstrip().endswith("?"):
            out[j] = sum(counts[k + 1 :])
            j -= 1
    return out


# How much an answer must say after an offer for the offer's words to count as told ("I want to talk
# about the Navy. I enlisted in 1950 and they sent me …"), not as a subject still to come.
_GOES_ON = 10


def _of_another(clause: _Clause, i: int, object_: str) -> bool:
    """The verb at ``i`` said of another thing than the indicator's: "learned not to ask", "learned
    to lip-read" for "Learning to dive"."""
    after = [w for w in clause.words[i + 1 : i + 4] if w not in {"not", "never", "how"}]
    if len(after) < 2 or after[0] != "to":
        return False
    families = concepts_named(object_)
    return not (_same(object_, after[1]) or any(after[1] in c.says for c in families))


def _owned(aim: str) -> set[str]:
    """The words a "his/her/their" of the indicator governs: "Her first job" -> job, "His war
    service" -> war, service; "Why her parents left Japan" -> parents (the leaving is theirs)."""
    owned = {m.group(1).lower() for m in _TIME_AS.finditer(aim)}
    governing = False
    tokens = re.findall(r"[\w'’]+", aim.lower().replace("’", "'"))
    for token, after in zip(tokens, [*tokens[1:], ""], strict=True):
        word = token.removesuffix("'s")
        if word in _SUBJECTS and concepts_named(after):
            owned.add(after)  # "How she learned to sew": the learning is hers, as "her learning" would be
        if word in _POSSESSIVE:
            governing = True
        elif governing and word not in ORDINALS:
            if word in _FILLER:
                governing = False
                continue
            owned.add(word)
            if word in KIN or word in KIN.values() or word in _RELATIVES:
                governing = False  # "her parents": what follows is theirs
    return owned


_RELATIVES = frozenset("parents grandparents siblings family children kids folks relatives".split())
_US = frozenset({"family", "folks"})  # the person's own among them: "her family moving" is her moving too
# "Her time as a telephonist", "His years as a docker": the role is the person's.
_TIME_AS = re.compile(
    r"\b(?:his|her|their|your)\s+(?:\w+\s+)?(?:time|years|days|life|spell|stint)\s+as\s+(?:an?\s+)?(\w+)", re.IGNORECASE
)


def _doings(aim: str) -> set[str]:
    """An indicator that opens with a doing asks for the person's own doing, with what it governs:
    "Playing music with his brothers" -> playing, music (his brothers playing while he carried
    the cases is not it); "Meeting her husband" -> meeting. Up to a little word or a name."""
    tokens = re.findall(r"[\w'’]+", aim)
    if not tokens or not tokens[0].lower().endswith("ing") or tokens[0].lower() in _FILLER:
        return set()
    doing = {tokens[0].lower()}
    for token in tokens[1:]:
        if token.lower() in _FILLER or token[:1].isupper():
            break
        doing.add(token.lower())
    return doing


_SUBJECTS = frozenset({"he", "she", "they"})


def _objects(aim: str) -> dict[str, str]:
    """What an indicator's verb is of, said as "to" and a verb: "Learning to dive" -> {"learning":
    "dive"}, "How she learned to sew" -> {"learned": "sew"}; never a place ("Coming to Canada")."""
    tokens = re.findall(r"[\w'’]+", aim)
    return {
        a.lower(): c.lower()
        for a, b, c in zip(tokens, tokens[1:], tokens[2:], strict=False)
        if b.lower() == "to" and not c[:1].isupper() and c.lower() not in _FILLER
    }


def _where_and_when(aim: str, found: dict[str, str | None]) -> set[str]:
    """The place and year of an indicator whose move the answer tells in other words, naming places
    of its own: "Why he left Hungary in 1956" told as "if we stay, they will take us ... we walked
    to Andau". The leaving is what is asked; from where and when is the indicator's own wording."""
    moved = any(
        sentence is not None
        and any(word in c.with_place for c in concepts_named(word, beside_place=True))
        and not any(_same(word, t) for t in _words(sentence))
        for word, sentence in found.items()
    )
    if not moved:
        return set()
    tokens = re.findall(r"[\w'’]+", aim)[1:]
    return {t.lower().removesuffix("'s") for t in tokens if (t[:1].isupper() and t != "I") or _YEAR_WORD.match(t)}


_YEAR_WORD = re.compile(r"^(?:1[5-9]|20)\d\d$")
_SHORT_YEAR_BEFORE = frozenset(MONTHS) | frozenset("summer winter spring autumn fall".split())
_TENS = ("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
_UNITS = ("", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
_TEENS = ("ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen").split()


def _year_said(wanted: str, clause: _Clause, i: int) -> bool:
    """The indicator's year said short at token ``i``: "'57" (its century is the indicator's), or
    "57" / "fifty-seven" after its century ("nineteen fifty-seven"), a month or season ("June of 57",
    "the summer of fifty-seven") or last in its clause after "in" ("that was in 57"). Never a count
    ("57 of us", "in 57 days")."""
    if not _YEAR_WORD.match(wanted):
        return False
    words, short = clause.words, wanted[2:]
    if words[i] == "'" + short:
        return True
    n = int(short)
    spoken = [_TEENS[n - 10]] if 10 <= n < 20 else [w for w in (_TENS[n // 10], _UNITS[n % 10]) if w]
    if n < 10 or (words[i : i + len(spoken)] != tuple(spoken) and words[i] != short):
        return False
    end = i + (1 if words[i] == short else len(spoken))
    before = [w for w in words[max(0, i - 2) : i] if w != "of"]
    century = int(wanted[:2])
    if before and (before[-1] in _SHORT_YEAR_BEFORE or (10 <= century < 20 and before[-1] == _TEENS[century - 10])):
        return True
    return i >= 1 and words[i - 1] == "in" and end == len(words)


def _names_place(aim: str) -> bool:
    """A capitalised word after the first: "Why her parents left Japan", "Coming to Canada"."""
    return any(w[:1].isupper() and w != "I" for w in re.findall(r"[\w'’]+", aim)[1:])


def _relatives_owning(aim: str) -> dict[str, str]:
    """The words a relative of the indicator owns, with that relative's role: "Her father's job at
    the harbour" -> {"job": "father"}, "His mum's cooking" -> {"cooking": "mother"}; and a doing a
    relative is the subject of: "Her children growing up" -> {"growing_up": "children"} (their growing
    up, not hers)."""
    owners: dict[str, str] = {}
    owner: str | None = None
    tokens = re.findall(r"[\w'’]+", aim.lower().replace("’", "'"))
    for token, after in zip(tokens, [*tokens[1:], ""], strict=True):
        word = token.removesuffix("'s").removesuffix("'")
        if token.endswith(("'", "'s")) and (word in KIN or word in KIN.values() or word in _RELATIVES - _US):
            owner = KIN.get(word, word)
        elif owner is not None and word not in _FILLER and word not in ORDINALS:
            owners.setdefault(word, owner)
        elif not token.endswith("'s") and (word in KIN or word in _RELATIVES - _US) and concepts_named(after):
            owners.setdefault(after, KIN.get(word, word))
    return owners


def _told(
    wanted: str,
    clauses: list[_Clause],
    *,
    ranks: set[str],
    personal: bool,
    beside_place: bool = False,
    owner: str | None = None,
    exact: bool = False,
    object_: str | None = None,
    doing: bool = False,
    people: frozenset[str] = frozenset(),
    naming: frozenset[str] = frozenset(),
    asked: frozenset[str] = frozenset(),
    days: bool = False,
    own_only: bool = False,
) -> str | None:
    """The sentence that tells an indicator word, or None. ``owner``: the relative whose the
    word is ("father" for "Her father's job"), whose role also tells it ("my father was a docker").
    ``exact``: a name, said whole ("England" is not told by "land", nor "Portland" by "port").
    ``object_``: what the word is of in the indicator ("dive" of "Learning to dive"): the word said
    of another thing ("you learned not to ask", "we learned to lip-read") does not tell it. A word
    said only as what the person offers to tell ("Ask me about the regatta") tells it only when the
    answer goes on to tell more. ``doing``: the person's own doing ("Playing music with his brothers"),
    not told where someone else (``people``: the answer's people by name) does it ("now they played",
    "Clyde the fiddle"). ``naming``: the indicator's words that name what a ``named`` family's signs tell
    ("holy", "ghost" of "The Holy Ghost feast"), said beside the signs or in the question answered
    (``asked``), or, with ``days``, a day of it named (an indicator naming no particular feast: "The
    feasts of her childhood" by "the saint's day"; "Celebrating Diwali" or "The harvest festival" is not
    told on another feast's day)."""
    families = concepts_named(wanted, beside_place=beside_place)
    scored = next((s for c in families if c.scored and (s := _scored(clauses, c.scored))), None)
    if scored is not None:
        return scored
    own_life = own_only or any(c.personal for c in families)  # "job", "war", "her years in Leeds": the person's
    signed = _signed(families, clauses, naming, asked, days=days)
    said = [(c, j) for c in clauses for j, w in enumerate(c.words) if owner and any(w in f.says for f in families)]
    mine = {c.sentence for c, j in said if _own(c, j) and not bore(owner, c.sentence)}  # "I was born at home"
    for clause in clauses:
        phrased = {c.name: clause.phrase_at(c) for c in families if c.phrases}
        unlike = clause.unlike_at(families)
        for i, word in enumerate(clause.words):
            family: Concept | None = None
            year = exact and _year_said(wanted, clause, i)  # "'57" for 1957
            if (exact and word != wanted and not year) or i in unlike:
                continue
            if i >= clause.offered and clause.after < _GOES_ON:
                continue  # "Ask me about the regatta. That I remember.": named as what is to come, not told
            if object_ and _of_another(clause, i, object_):
                continue
            if not year and not _same(wanted, word) and _kin_of_kin(clause, i) != wanted:
                family = next(
                    (
                        c
                        for c in families
                        if word in c.says
                        or i in phrased.get(c.name, ())
                        or word in signed.get((c.name, clause.sentence), ())
                        or (_role_of(c, clause, i, owner) if owner else _as_role(c, clause, i))
                    ),
                    None,
                )
                if family is None:
                    continue
                signed_here = signed.get((family.name, clause.sentence), ())
                if family.signs_own and word in signed_here and (word not in family.signs[0] or not _own(clause, i)):
                    continue  # "she cooked us a feast": a chore of someone else's; "we visited Madame": none
                if owner and word in signed_here and sentence_by_other(clause.sentence, owner, naming):
                    continue  # "My uncle went out past the reef and came back with mackerel": not her father's
            # a phrase carries its own "no": "no gap", "without the music" are told, not denied
            said_as_phrase = any(i in at for at in phrased.values())
            if (_denied(clause, i) and not said_as_phrase) or (ranks and _ranked_otherwise(clause, i, ranks)):
                continue
            if personal and _someone_elses(clause, i):
                continue
            if doing and _done_by_another(clause, i, people):
                continue
            if other_doer(clause.raw, i, owner, doing=doing, aim=naming, sentence=clause.sentence):
                continue  # "my uncles fished" for "his father's fishing", "the family next door celebrated"
            if (
                owner
                and (_own(clause, i) or clause.sentence in mine)
                and not (bore(owner, clause.sentence) or with_owner(clause.sentence, owner))
            ):
                continue  # "I worked at the docks" is no answer to "her father's job"
            if owner and i >= 2 and _someone_elses(clause, i - 1):
                continue  # "the neighbour's girls grew up" is no answer to "her children growing up"
            if own_only and passed_through(clause.sentence):
                continue  # "We changed planes in London": no time of the person's there
            there = own_only and lived_at(clause.sentence, word)  # "London was grey when we came"
            if personal and (family.personal if family else own_life) and not (_own(clause, i) or there):
                continue  # "my father worked" is no answer to "her job", nor "the war was over" to "his war"
            return clause.sentence
    return None


# A score, read with its numbers as digits ("26 right , the other 4 i was stupid", "i got 9 out of 10"):
# how many right, how many wrong, and of how many.
_RIGHT = re.compile(r"\b(\d+)\s+(?:of\s+them\s+)?(?:right|correct|solved)\b(?!\s+(?:turns?|hands?|sides?|away)\b)")
_WRONG = re.compile(
    r"\b(\d+)\s+(?:of\s+them\s+)?(?:wrong|incorrect|mistakes?|errors?|missed|misses)\b"
    r"|\bthe\s+other\s+(\d+)\b(?!\s+(?:of\s+(?:us|them)|people|men|women|children|kids|days|weeks|years)\b)"
)
_OUT_OF = re.compile(
    r"\b(?:got|get|scored|solved|did|made|had)\s+(\d+)\s+(?:out\s+of|of|from)\s+(\d+)\b"
    r"|\b(\d+)\s+(?:out\s+of|of|from)\s+(\d+)\s+(?:right|correct|solved)\b"
)

_MISSES_AFTER = re.compile(r"\s+(?:of\s+them\s+)?(?:wrong|incorrect|mistakes?|errors?|missed|misses)\b")


def _scored(clauses: list[_Clause], share: float) -> str | None:
    """The sentence telling a score whose misses are at most ``share`` of the tries: "Twenty-six right, the
    other four I was stupid" (4 of 30), "I got 9 out of 10"; not "twelve right, the other eighteen wrong",
    nor a count of right ones with nothing to say of how many tries ("twenty right")."""
    for sentence in dict.fromkeys(c.sentence for c in clauses):
        said = words_to_digits(sentence)
        right = wrong = total = None
        if out_of := _OUT_OF.search(said):
            right, total = (int(g) for g in (out_of.groups()[:2] if out_of.group(1) else out_of.groups()[2:]))
            if out_of.group(1) and _MISSES_AFTER.match(said, out_of.end()):
                right = total - right  # "I got nine out of ten wrong": the score told as its misses
        elif (got := _RIGHT.search(said)) and (missed := _WRONG.search(said, got.end())):
            right, wrong = int(got.group(1)), int(missed.group(1) or missed.group(2))
            total = right + wrong
        if right is not None and total and right <= total and (total - right) <= share * total:
            return sentence
    return None


def _signed(
    families: tuple[Concept, ...],
    clauses: list[_Clause],
    naming: frozenset[str] = frozenset(),
    asked: frozenset[str] = frozenset(),
    *,
    days: bool = False,
) -> dict[tuple[str, str], set[str]]:
    """(family, sentence) -> the sign words there of a thing told by its making, where enough of the
    family's sign groups meet in that sentence and the ones beside it; for a ``named`` family, where it
    is named there too (a word of ``naming``, or with ``days`` a day of it), or the question answered
    (``asked``) named it."""
    signed: dict[tuple[str, str], set[str]] = {}
    sentences = list(dict.fromkeys(c.sentence for c in clauses))
    for family in (f for f in families if f.signs):
        words = [_words(s) for s in sentences]
        named_before = any(_same(n, a) for n in naming for a in asked)
        for k, sentence in enumerate(sentences):
            near = set().union(*words[max(0, k - 1) : k + 2])
            if family.named and not named_before:
                said = " ".join(sentences[max(0, k - 1) : k + 2])
                if not any(_same(n, w) for n in naming for w in near) and not (
                    days and any(d.search(said) for d in family.days)
                ):
                    continue
            window = " ".join(sentences[max(0, k - 1) : k + 2])
            if any(p.search(window) for p in family.signs_not_in):
                continue
            if sum(bool(group & near) for group in family.signs) >= family.signs_needed:
                signed[(family.name, sentence)] = {w for group in family.signs for w in group & words[k]}
    return signed


def _same(wanted: str, word: str) -> bool:
    """The word itself, by stem, inside a compound ("farmhouse" by "house"), or a relative's role."""
    if word == wanted or _inflected(word, wanted) or KIN.get(word) == wanted:
        return True
    if "_" in wanted:
        return False  # a head of two words ("company_town") is told by its family, not by "town"
    if word in _ROLES and wanted in _ROLES:
        return False  # a relative is no compound of another: "mother" does not tell "grandmother"
    # the compound's last part, by stem: "backwaters" by "water", "farmhouses" by "house"; not
    # "grandmother" by "other" (a head of four letters or more, starting with a consonant)
    return (
        len(word) >= 4
        and word[0] not in "aeiou"
        and len(wanted) > len(word)
        and any(_inflected(word, wanted[i:]) for i in range(1, len(wanted) - 3))
    )


_ROLES = frozenset(KIN) | frozenset(KIN.values()) | frozenset(KIN_OF_KIN.values())


def _kin_of_kin(clause: _Clause, i: int) -> str | None:
    """ "my father's mother" at "mother": the grandmother."""
    if not i or not clause.raw[i - 1].endswith("'s"):
        return None
    pair = (KIN.get(clause.words[i - 1], ""), KIN.get(clause.words[i], ""))
    return KIN_OF_KIN.get(pair)


def _as_role(family: Concept, clause: _Clause, i: int) -> bool:
    """A workplace or trade told as the person's role: "I was a typist", "I started at the mill"."""
    return clause.words[i] in family.kinds and _own(clause, i) and _role_cued(clause.words, i)


def _role_cued(words: tuple[str, ...], i: int) -> bool:
    """A cue that the workplace or trade at ``i`` is someone's role, not a place or person nearby."""
    before = words[max(0, i - 3) : i]
    if ROLE_VERBS & set(words[max(0, i - _REACH) : i]) or "into" in before:
        return True  # "I started at the mill", "I went into the mill", "into service"
    if len(before) >= 2 and before[-1] in {"a", "an"} and (before[-2] in _WAS or before[-2] == "as"):
        return True  # "I was a nurse", "a place as a kitchen maid"
    if before and (before[-1] in _WAS or before[-1] == "as") and words[i] in OCCUPATIONS:
        # a trade said without its article, as many speak it: "I was conductor on the buses"; not "I was maid
        # of honour"
        return words[i + 1 : i + 3] not in {("of", "honour"), ("of", "honor")}
    if len(before) == 3 and before[-1] in {"a", "an"} and before[-2] in _OBJECTS and before[-3] in _MADE:
        return True  # "they made him a stoker"
    # "cut cane for the sugar mill", "dived for the merchants": working for someone
    return words[i] in WORKPLACES | EMPLOYERS and any(
        before[j] == "for" and before[j + 1] in {"the", "a"} for j in range(len(before) - 1)
    )


_OBJECTS = frozenset("me him her us them".split())
_MADE = frozenset("made make makes making appointed promoted".split())


def _role_of(family: Concept, clause: _Clause, i: int, owner: str) -> bool:
    """A workplace or trade told as a relative's role: "My father, Aurelio, was a stevedore" for
    "Her father's job" (the nearest person before it in the sentence is that relative, or he/she)."""
    word = clause.words[i]
    if word not in family.kinds:
        return False
    if not _role_cued(clause.words, i):
        return False
    tokens = [t.lower().replace("’", "'").removesuffix("'s") for t in re.findall(r"[\w'’]+", clause.sentence)]
    if word not in tokens:
        return False
    for token in reversed(tokens[: tokens.index(word)]):
        if token in SELF:
            return False
        if token in KIN or token in KIN.values() or token in {"he", "she"}:
            return KIN.get(token, token) == owner or token in {"he", "she"}
    return False


def _denied(clause: _Clause, i: int) -> bool:
    return any(t in NEGATORS or t.endswith("n't") for t in clause.raw[max(0, i - 4) : i])


def _ranked_otherwise(clause: _Clause, i: int, ranks: set[str]) -> bool:
    """ "my second job" for "her first job"."""
    return any(t in (ORDINALS | {"another", "new"}) - ranks for t in clause.words[max(0, i - 2) : i])


def _someone_elses(clause: _Clause, i: int) -> bool:
    """ "my father's job", "his wedding": the thing is another person's."""
    before = clause.raw[i - 1] if i else ""
    return before in OTHER_OWNERS or (before.endswith("'s") and before not in _NOT_POSSESSIVE)


def _done_by_another(clause: _Clause, i: int, people: frozenset[str]) -> bool:
    """The doing at ``i`` said of someone else, the person nowhere in it: "now they played", "Clyde
    the fiddle", "my brothers played"; not "we played", "the boys of our street played", "he asked
    me to dance", "Mum taught me to dive" (the person is in it)."""
    if SELF & set(clause.words[i : i + 4]):
        return False
    for j in range(i - 1, max(-1, i - 1 - _REACH), -1):
        word = clause.words[j]
        if word in SELF or word in OWN:
            return False
        if (
            word in _OTHERS
            or (word.endswith("s") and word[:-1] in _OTHERS)  # "my neighbours celebrated"
            or _named(clause, j, people)
            or (clause.raw[j].endswith("'s") and clause.raw[j] not in _NOT_POSSESSIVE)
        ):
            return True
    return False


def _named(clause: _Clause, j: int, people: frozenset[str]) -> bool:
    """Someone by name at ``j``: one of the answer's people, or a capital inside a sentence ("Clyde")."""
    if clause.words[j] in people:
        return True
    initial = j == 0 and clause.sentence.startswith(clause.text)
    if clause.words[j] in _CALENDAR and j and clause.words[j - 1] in _WHEN:
        return False  # "In March the lambs were born", "on Sunday": a date, no one by name
    return not initial and clause.words[j] != "i" and clause.text[clause.starts[j]].isupper()


_CALENDAR = frozenset(MONTHS) | frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
_WHEN = frozenset("in on since by until till through last next every early late mid of that this each one".split())


def _own(clause: _Clause, i: int) -> bool:
    """The clause tells it of the person: the nearest one before it is "I", "we", "me" or "my"
    ("Dad got me a job", "my first job"), not someone else ("my mother found work"); failing
    any before, the nearest after it ("work at the cannery was what I did"). A phrase standing at
    the person ("taught us to read") is theirs."""
    if clause.words[i] in SELF:
        return True
    for j in range(i - 1, max(-1, i - 1 - _REACH), -1):
        word = clause.words[j]
        if word in SELF or (word in OWN and (j == i - 1 or (j == i - 2 and clause.words[j + 1] in _MODIFIERS))):
            return True
        if word in _OTHERS or (clause.raw[j].endswith("'s") and clause.raw[j] not in _NOT_POSSESSIVE):
            return False
        if word in _YOUNG_ONES and j and clause.words[j - 1] in OWN:
            return False  # "I watched my girls grow up": their growing up
    for word in clause.words[i + 1 : i + 1 + _REACH]:
        if word in SELF:
            return True
        if word in _OTHERS:
            return False
    return False


# How far from a word its subject or role cue is looked for: a clause's subject is near it, and
# a run-on answer of thousands of words is read in linear time.
_REACH = 12
# Between "my" and what is the person's: "my first job", "our own house".
_MODIFIERS = ORDINALS | frozenset("own very real proper whole old new big dear".split())
# Someone else in a clause: a pronoun, a relative, a person by role ("the teacher").
# The person's children said as their young ones: "my girls", "our boys", "my kids".
_YOUNG_ONES = frozenset("children kids girls boys lads lasses bairns weans sons daughters".split())
_OTHERS = frozenset({"he", "she", "they", "him", "them", *KIN, *PERSON_NOUNS}) - SELF


def _in_topic(wanted: str, topic: set[str], *, beside_place: bool = False, exact: bool = False) -> bool:
    if exact:
        return wanted in topic
    families = concepts_named(wanted, beside_place=beside_place)
    return any(_same(wanted, w) or any(w in c.says for c in families) for w in topic)


def _words(text: str) -> set[str]:
    """The answer's words, with the role of each kin word ("mum" also counts as "mother")."""
    words = {w.lower().replace("’", "'").removesuffix("'s").removesuffix("'") for w in re.findall(r"[\w'’]+", text)}
    return words | {KIN[w] for w in words if w in KIN}


# A Snowball stemmer keeps the word it works on in its own fields: one per thread (answers are
# also read in worker threads, agent.continuation), never one shared.
_STEMMERS = threading.local()
# what may follow the letters two forms of one word share: "leave"/"leaving", "move"/"moved",
# "marry"/"married". Not "er", "ness", "ity", "al": those make another word that Snowball also folds
# in ("office"/"officer", "busy"/"business"); nor a doubled consonant: "a trap" someone fell into
# is no "trapping", so "swim"/"swimming" stay apart, as they did before Snowball.
_INFLECTIONS = frozenset({"", "e", "s", "es", "d", "ed", "ing", "ings", "y", "ies", "ied", "ying"})


@lru_cache(maxsize=16384)
def _stem(word: str) -> str:
    """The word's English Snowball stem: "leave", "leaving" and "leaves" are all "leav"."""
    stemmer = getattr(_STEMMERS, "english", None)
    if stemmer is None:
        stemmer = _STEMMERS.english = snowballstemmer.stemmer("english")
    return stemmer.stemWord(word)


def _inflected(a: str, b: str) -> bool:
    """Two forms of one word: the same Snowball stem, and past the letters they share only an
    inflection ("moved"/"moving", "dance"/"dancing"), not a word made from another ("engine"/"engineer")."""
    shared = 0
    while shared < min(len(a), len(b)) and a[shared] == b[shared]:
        shared += 1
    return shared > 0 and a[shared:] in _INFLECTIONS and b[shared:] in _INFLECTIONS and _stem(a) == _stem(b)


def _quote(sentence: str) -> str:
    """The sentence of the answer that holds the evidence, quoted."""
    return clean(f"In their words: “{clean(sentence, 400)}”", 500)
