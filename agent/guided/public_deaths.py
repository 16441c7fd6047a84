"""A death in the news, not the teller's loss: a ruler, a president, a dictator, a king or a singer killed or
dead, heard of as the whole country heard of it ("they killed the Jefe, Trujillo, on the road", "when the old
King died the radio played nothing but hymns", "we watched the Queen's funeral on the television", "the day
Kennedy was killed, the papers were all black"). A listener follows that as history, not with condolence. Its own
module because it is one rule asked of every word for dying (:func:`grief._figure`): the one who died is read
beside the word (before "died", after "killed" or "the funeral of"), and is a public figure when said by an
office (never with a relative or "my" beside it: "they killed the president and my father with him" is a loss),
or by a name the answer tells was in the news (the radio, the papers, the whole country), never one of the
teller's own ("my friend Kwame", "Uncle Tomás")."""

from __future__ import annotations

import re

from agent.guided.lexicon import KIN
from agent.guided.name_words import sentence_at

# An office, a rank or a crown: what a public figure is said by (in English and, said inside English, the
# teller's own word for the ruler: "el Jefe", "the Duce", "the Shah")
_OFFICE = (
    r"(?:president|vice[\s-]president|prime\s+minister|premier|chancellor|king|queen|emperor|empress|tsar|czar"
    r"|tsarina|shah|sultan|emir|pope|dictator|chairman|caudillo|generalissimo|jefe|duce|f[üu]hrer|ayatollah"
    r"|crown\s+prince|prince|princess|senator|governor|governor[\s-]general|head\s+of\s+state|maharaja|maharajah"
    r"|mahatma|rajah|archbishop|patriarch|field\s+marshal|marshal|general(?!\s+(?:store|practitioner|manager"
    r"|hospital|election|strike|dealer))|singer|film\s+star|movie\s+star|pop\s+star|actor|actress|footballer"
    r"|boxer|poet\s+laureate)"
    # … of a country, never of a club, a firm or a village the teller belonged to ("the president of our club")
    r"(?!\s+of\s+(?:the\s+|our\s+|my\s+|his\s+|her\s+)?(?:\w+\s+)?(?:club|union|society|association|company|firm"
    r"|school|board|bank|church|parish|mosque|temple|council|village|co-?op\w*|guild|league|team|band|lodge))"
)
_OFFICE_SAID = re.compile(
    r"\b(?:the|our|their|old|late|great|beloved|young|new|former|first|el|la|il|der|le|[A-Z]\w+['’]s)\s+"
    r"(?:(?:old|late|great|beloved|young|new|former|first|last|famous|big)\s+)?" + _OFFICE + r"\b"
    # a title before a name: "President Kennedy", "King Hussein", "Chairman Mao"
    r"|\b(?-i:President|King|Queen|Emperor|Empress|Tsar|Czar|Shah|Sultan|Emir|Pope|Chairman|General|Marshal"
    r"|Prince|Princess|Senator|Governor|Ayatollah|Premier|Chancellor)\s+(?-i:[A-Z])\w+",
    re.IGNORECASE,
)
# The news: heard on the radio, read in the papers, grieved by a whole country
_NEWS = re.compile(
    r"\b(?:radio|wireless|television|tv|telly|newspapers?|the\s+papers|headlines?|news\s*reel|bulletin|broadcast"
    r"|(?:the\s+)?whole\s+(?:country|nation|world|island)|all\s+(?:the\s+|over\s+the\s+)?(?:country|nation|world)"
    r"|the\s+nation|state\s+funeral|national\s+mourning|assassinat\w*)\b",
    re.IGNORECASE,
)
# One of the teller's own: a relative, "my", someone by their role in the family's life
_KIN_WORD = "|".join(sorted((re.escape(k) for k in KIN if k != "boss"), key=len, reverse=True))
_OWN = re.compile(
    r"\b(?:my|our|mine|(?:his|her|their)\s+(?:own\s+)?(?:wife|husband|son|daughter|mother|father|brother|sister"
    r"|children|family))\b|\b(?:" + _KIN_WORD + r")\b",
    re.IGNORECASE,
)
_NAME = re.compile(r"(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+){0,2}")
# Where the one who died is said, beside the word: the words before "died" back to the clause's start, the words
# after "killed" or "the funeral of" up to the sentence's end
_CLAUSE_START = re.compile(
    r".*(?:[.!?;:]|\b(?:and|but|when|while|after|before|since|that|because|until|till|then|so)\b)\s*", re.I | re.S
)
_SENTENCE_END = re.compile(r"[.!?;]")
_APPOSED = re.compile(
    r"(?:(?!\b(?:it|was|were|is|had|they|we|i|he|she)\b)[^,]){0,30},\s*(?:(?:my|our)\b|(?:" + _KIN_WORD + r")\b)"
    r"(?:\s+[\w'’-]+){0,2}\s*(?:,|$|\band\b|\bwho\b)",
    re.IGNORECASE,
)
_PASSIVE = re.compile(r"\b(?:was|were|got|had\s+been|been|be)\s+(?:\w+\s+)?$", re.IGNORECASE)


def _before(text: str, at: int) -> str:
    """The clause before the word: its subject ("the old King", "Kennedy")."""
    head = text[:at]
    start = _CLAUSE_START.match(head)
    return head[start.end() if start else 0 :]


# … up to another clause: ", and in our street the shops closed" (never "and my father with him": one object)
_NEXT_CLAUSE = re.compile(
    r",\s*(?:and|but|so|then|when|while|after)\b|\b(?:and|but)\s+(?:in|on|at|then|we|i|they|everybody|everyone|nobody)\b",
    re.IGNORECASE,
)


def _after(text: str, at: int) -> str:
    """The rest of the clause after the word: its object ("the Jefe, Trujillo, on the road")."""
    end = _SENTENCE_END.search(text, at)
    said = text[at : end.start() if end else len(text)]
    other = _NEXT_CLAUSE.search(said)
    return said[: other.start()] if other else said


def _public(said: str, text: str, at: int) -> bool:
    """``said`` (the words where the dead is) names a public figure and none of the teller's own."""
    if not said.strip():
        return False
    office = _OFFICE_SAID.search(said)
    if _OWN.search(_OFFICE_SAID.sub(" ", said)):  # ("our president" is the country's; "my father" is one's own)
        return False
    if office:
        return True
    # a name only: public when the answer tells it as news, and never said as one of the teller's own elsewhere
    names = [n for n in _NAME.findall(said) if n.split()[0].lower() not in KIN and n.lower() not in ("i", "they")]
    if not names or not _NEWS.search(sentence_at(text, at)):
        return False
    for name in names:
        own = re.search(rf"\b(?:my|our)\s+(?:[\w'’-]+\s+){{0,2}}{re.escape(name)}\b", text, re.IGNORECASE)
        kin = re.search(rf"\b(?:{_KIN_WORD})\s+{re.escape(name)}\b", text, re.IGNORECASE)
        if own or kin:
            return False
    return True


def said_of_public_figure(said: str, text: str, at: int) -> bool:
    """``said`` (the words naming who died, at ``at`` in ``text``) is a public figure, none of the teller's own."""
    return _public(said, text, at)


def public_death(text: str, match: re.Match[str]) -> bool:
    """The word for dying at ``match`` is said of a public figure (see the module's docstring)."""
    word = match.group(0).lower()
    before, after = text[: match.start()], text[match.end() :]
    if word == "killed" and not _PASSIVE.search(before):
        # "they killed the Jefe, Trujillo": the object; an object that is a pronoun is whoever it stands for
        return _public(_after(text, match.end()), text, match.start())
    if word.startswith(("funeral", "burial")):
        owner = re.search(r"(\S+(?:\s+\S+){0,2})['’]s\s+$", before)
        if owner:
            return _public(owner.group(1), text, match.start())
        of = re.match(r"\s+(?:of|for)\s+", after)
        return bool(of) and _public(_after(text, match.end() + of.end()), text, match.start())
    if word in ("died", "dies", "dying", "killed", "buried") or word.startswith("passed"):
        # (one of the teller's own said after, beside it: "The general died in 1970, my grandfather")
        subordinate = re.search(
            r"\b(?:when|after|before|since|until|till|because|while|the\s+day|the\s+year)\s+$",
            text[: match.start() - len(_before(text, match.start()))],
            re.IGNORECASE,
        )
        if not subordinate and _APPOSED.match(_after(text, match.end())):
            return False
        return _public(_before(text, match.start()), text, match.start())
    return False
