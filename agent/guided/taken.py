"""A death said by what took the one who died or how they were killed, with no word for dying: "the sea took my
husband", "the fever took our little Rosa", "my uncle was executed in '37", "they murdered my father", "the
soldiers took my brother from the house and we never saw him again", "Grandmother is no more", "our son was born
sleeping". A listener hears each of these as a death in any country. Its own module beside :mod:`passing` (a
death said as a leaving); :func:`grief.death_said` asks :func:`taken` of each answer.

Never a thing taken ("the river took our boat"), someone taken somewhere ("the war took my father to Burma for
four years"), a public figure killed in the news (:mod:`public_deaths`: "they executed the King"), a goodbye
("he went to Australia and we never saw him again"), nor "no more" of a habit ("she is no more a child")."""

from __future__ import annotations

import re

from agent.guided.being_or_thing import KIN_WORDS, PEOPLE_WORDS, SOMEONE
from agent.guided.name_words import sentence_at
from agent.guided.public_deaths import said_of_public_figure

# Someone, said as the one taken: a relative or someone by their role (with "my", "our", "his" …), a name, or by pronoun
_PERSON = (
    r"(?:him|her|them|(?:my|our|his|her|their)\s+(?:(?:little|old|young|baby|eldest|youngest|only|dear|poor|beloved)\s+)?"
    r"(?:"
    + KIN_WORDS
    + "|"
    + PEOPLE_WORDS
    + r"|one|boy|girl|twins?|first-?born|last-?born)\b(?:\s+(?-i:[A-Z])[\w'’-]+)?"
    r"|(?:(?:our|my)\s+(?:little\s+)?)?(?-i:[A-Z])[\w'’-]+)"
)
# What takes a life: the sea, an illness, the war, the mine
_TAKER = (
    r"(?:sea|ocean|river|lake|waves?|fever|flu|influenza|war|mine|pit|cancer|illness|sickness|disease|plague|cholera"
    r"|typhoid|typhus|smallpox|measles|diphtheria|epidemic|pandemic|virus|covid|tb|consumption|storm|flood|famine"
    r"|malaria|pneumonia|polio|tuberculosis|dysentery|ebola|aids|yellow\s+fever|sleeping\s+sickness"
    r"|hunger|mountain|avalanche|snow|ice|cold|drink|bottle|drugs|heroin)"
)
_TOOK = re.compile(
    r"\b(?:the\s+)?"
    + _TAKER
    + r"\s+(?:had\s+|has\s+|finally\s+|then\s+)?(?:took|taken|takes|claimed|swallowed)\s+(?P<who>"
    + _PERSON
    # … never somewhere, nor for a while: "took my father to Burma", "took him away for four years", "took my
    # brother for ten days", "took my father out every morning", "took Grandma by surprise", "took my cousin downstream"
    + r")(?![\w'’-])(?!\s+(?:to|into|off|away\s+(?:to|for|from)|from|out|abroad|overseas|for(?!\s+(?:good|ever))"
    r"|all\s+over|across|around|round|with|by\s+(?:surprise|storm)|down\w*|up\w*|along|far|back|home"
    # … nor every day to work: "the mine took my father every morning at five"
    r"|every|each|most|early|under\w*|at\s+(?:dawn|\d|one|two|three|four|five|six|seven|eight))\b)",
    re.IGNORECASE,
)
# … a thing of theirs taken, not them ("the flood took my uncle's house", "the war took my father's best years"),
# and someone given back after ("the war took my father in 1939 and gave him back in 1946")
_OWNER = re.compile(r"['’]s?$|^['’]s\b")
_GIVEN_BACK = re.compile(
    r"\b(?:gave|give|sent|send|brought|bring|spat|returned)\s+(?:him|her|them)\s+back\b|\b(?:he|she|they)\s+"
    r"(?:came|come|got)\s+(?:back|home)\b(?!\s+(?:in\s+a\s+(?:coffin|box)|dead))|\b(?:he|she|they)\s+returned\b",
    re.IGNORECASE,
)
# "is no more" said alone, or with only a time or a blessing after ("Grandmother is no more, she went in '88", "he is
# no more now"); never "no more" = "no longer" before what they do or are ("my father is no more working", "she is no
# more a child", "Grandma is no more strict than any other")
_NO_MORE = re.compile(
    r"\b(?:he|she|(?:my|our)\s+(?:" + KIN_WORDS + r")|(?-i:[A-Z])[\w'’-]+)\s+(?:is|was)\s+no\s+more\b"
    r"(?=\s*(?:[.,;:!?)—–-]|$)|\s+(?:now|since|today|these\s+days|and|but|sadly|alas|with\s+us|in\s+this\s+world"
    r"|on\s+this\s+earth|for\s+(?:many|some|two|three|four|five|ten|\d+)\s+years)\b)",
    re.IGNORECASE,
)
_BORN_STILL = re.compile(
    r"\bborn\s+(?:sleeping|asleep|still|dead|without\s+(?:a\s+)?breath)\b(?!\s+(?:in|at)\s+the\s+(?:morning|night))",
    re.IGNORECASE,
)
# Killed by someone's hand, said of someone: "my uncle was executed", "they murdered my father", "shot him dead"
_BY_HAND = (
    r"(?:executed|murdered|assassinated|lynched|hanged|beheaded|massacred|shot\s+dead|gunned\s+down|hacked\s+to\s+death"
    r"|beaten\s+to\s+death|stabbed\s+to\s+death|put\s+to\s+death|burned\s+alive|slaughtered)"
)
_NOT_WOUNDED = (
    r"(?![^.!?;]{0,40}\b(?:in\s+the\s+(?:leg|arm|foot|hand|shoulder|knee|thigh|back|side)|a\s+look|a\s+glance|wounded"
    r"|survived|but\s+(?:he|she)\s+(?:lived|survived|recovered)|limped|hospital)\b)"
)
_KILLED_BY_HAND = re.compile(
    r"\b(?:was|were|got|had\s+been|has\s+been)\s+(?:\w+\s+)?"
    + _BY_HAND
    + r"\b(?!\s+(?:by\s+(?:the\s+)?(?:critics|press|reviews?|choir|band)|in\s+the\s+(?:papers|press|reviews?))\b)"
    # … never in a game or in effigy ("got slaughtered in the chess final", "hanged in effigy", "murdered at chess")
    r"(?!\s+(?:in\s+effigy|in\s+(?:the\s+|a\s+)?(?:[\w-]+\s+)?(?:final|semi-?final|match|game|derby|league|cup"
    r"|tournament|election|polls|debate|exam|quiz|race)s?|at\s+(?:chess|cards|poker|draughts|checkers|scrabble"
    r"|the\s+polls|the\s+ballot\s+box))\b)"
    r"|\b(?:executed|murdered|assassinated|lynched|hanged|beheaded|massacred|slaughtered)\s+(?P<object>"
    + _PERSON
    + r")"
    r"|\b(?:shot|gunned|cut|struck)\s+(?P<shot>" + _PERSON + r")\s+(?:dead|down\s+dead)\b"
    # shot by those who kill: "the soldiers shot my uncle in front of the house", "was shot by the militia" (never
    # hurt: "in the leg"; never a photograph or a look: "shot my uncle a look", "shot by the photographer")
    r"|\b(?:soldiers|militia\w*|army|rebels|guerrillas|guards|troops|gunmen|police|policemen|the\s+\w+\s+army)\s+"
    r"(?:had\s+)?shot\s+(?P<gunned>"
    + _PERSON
    + r")(?![\w'’-])"
    + _NOT_WOUNDED
    + r"|\b(?:was|were|got|had\s+been)\s+shot\s+by\s+(?:the\s+|a\s+)?(?:soldiers?|militia\w*|army|rebels?|guerrillas?"
    r"|guards?|troops|gunmen|gunman|police|policemen?|sniper|firing\s+squad)\b" + _NOT_WOUNDED,
    re.IGNORECASE,
)
# … the one it was done to said just before "was executed" (read backwards: the pattern of someone is long)
_SUBJECT = re.compile(SOMEONE + r"(?:-[\w'’]+)*\s+$", re.IGNORECASE)


# Taken and never seen again: "they came for my brother in the night … we never saw him again"
# (someone taken, never a thing: "Mum took a job in Accra", "Dad took the night bus", "picked up his suitcase")
_TAKEN_AWAY = re.compile(
    r"\b(?:taken|arrested|detained|seized|disappeared)\b|\b(?:took|dragged|came\s+for|picked\s+up|rounded\s+up)"
    r"\s+(?:away\s+)?" + _PERSON + r"(?![\w'’-])",
    re.IGNORECASE,
)
_NEVER_AGAIN = re.compile(
    r"\b(?:never|didn'?t|did\s+not)\s+(?:saw|see|seen|heard\s+from|heard\s+of)\s+(?:him|her|them)\s+(?:again|alive"
    r"|any\s*more)\b"
    # … for good, never until a day or for a while ("we didn't see him again until Christmas", "… for a week")
    r"(?!\s+(?:until|till|for(?!\s+(?:good|ever))|before|that\s+(?:day|night|week|month|year|summer|winter)"
    r"|all\s+(?:day|week|month|summer|winter|year)|the\s+(?:whole|rest\s+of\s+the)|\w+\s+(?:days|weeks|months)"
    r"\s+later)\b)"
    r"|\b(?:he|she|they)\s+(?:never|did\s+not|didn'?t)\s+(?:came|come)\s+(?:back|home|out)\b"
    r"(?!\s+(?:the\s+same|the\s+way|quite|as|like|that\s+night|till|until|for|before|in\s+time)\b)",
    re.IGNORECASE,
)
# … not one who went on a journey of their own: "he went to Australia and we never saw him again"
_WENT_AWAY = re.compile(
    r"\b(?:emigrated|went\s+(?:to|abroad|overseas|off)|sailed|moved|left\s+for|ran\s+off|ran\s+away|married)\b",
    re.IGNORECASE,
)
_SENTENCE = re.compile(r"[^.!?]+[.!?]*")


def _disappeared(text: str) -> re.Match[str] | None:
    sentences = [(s.start(), s.group(0)) for s in _SENTENCE.finditer(text)]
    for n, (_, sentence) in enumerate(sentences):
        never = _NEVER_AGAIN.search(sentence)
        if not never:
            continue
        near = " ".join(s for _, s in sentences[max(0, n - 1) : n + 1])
        if _TAKEN_AWAY.search(near) and not _WENT_AWAY.search(near):
            return _NEVER_AGAIN.search(text, sentences[n][0])
    return None


def taken(text: str) -> re.Match[str] | None:
    """A death said by what took them or how they were killed (see the module's docstring), or None."""
    for m in _KILLED_BY_HAND.finditer(text):
        who = m.group("object") or m.group("shot") or m.group("gunned")
        if who is None:  # (passive: "my uncle was executed"; never a song "murdered by the choir")
            if not _SUBJECT.search(text, max(0, m.start() - 60), m.start()):
                continue
            clause = re.split(r"[.!?;,]", text[: m.start()])[-1]
            who = clause
        if not said_of_public_figure(who, text, m.start()):
            return m
    return _took(text) or _NO_MORE.search(text) or _BORN_STILL.search(text) or _disappeared(text)


def _took(text: str) -> re.Match[str] | None:
    for m in _TOOK.finditer(text):
        if _OWNER.search(m.group("who")) or _OWNER.search(text[m.end() : m.end() + 3]):
            continue
        sentence = sentence_at(text, m.start())
        if not _GIVEN_BACK.search(sentence):
            return m
    return None
