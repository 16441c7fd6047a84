"""Names said to and of the person: what to call them (the family's or their own wish), their words
said back ("my" as "your"), a topic title inside a sentence, and a question id's slug."""

from __future__ import annotations

import re

from agent.guided.display_forms import quoted_nickname, titled_greeting
from agent.guided.double_names import nordic_double
from agent.guided.family_first import family_first_given, told_given
from agent.guided.family_prefixes import own_given_first, without_family_word
from agent.guided.given_last import MORE_SURNAMES_FIRST, mongolian_given, vietnamese_given
from agent.guided.lexicon import KIN, KIN_ALSO_NAMES, NOT_NAMES, TITLES, TITLES_AFTER
from agent.guided.names import FEMALE, MALE


def address_name(display_name: str, called: str | None = None) -> str:
    """What the interviewer calls the person: what they like to be called when it is known
    (``person.called``: the family set it, or the storyteller said it, see :func:`called_name`),
    else a name read from the display name: "Dad (Walter Kowalski)" → "Walter", "Grandma Rosa" → "Rosa".

    Beside a full name in brackets, a name the family put before it is what they call the person:
    "Abuelo Chucho (Jesús Ortega Lara)" → "Chucho", "Lola Cora (Corazon Villanueva)" → "Cora"; a
    single word there is the relation in the family's words ("Mummi (Aili Virtanen)" → "Aili").
    A nickname is never guessed from a given name: "Opa (Hendrik Verhoeven)" is Hendrik until told.
    """
    if called and called.strip():
        return " ".join(called.split())
    if (nick := quoted_nickname(display_name)) is not None:
        return nick  # "Maryvonne 'Vonig' Le Bihan" → "Vonig" (``display_forms``)
    if (formal := titled_greeting(display_name)) is not None:
        return formal  # "Mr. Cleveland Arzu" → "Mr. Arzu"
    inner = re.findall(r"\(([^)]*)\)", display_name)
    outer = re.sub(r"\([^)]*\)", " ", display_name)
    said = [w.strip(".,") for w in outer.split() if w.strip(".,")]
    last = said[-1].lower() if said else ""
    kin_of_two = " ".join(said[-2:]).lower() in KIN  # "Por Por (Leung Siu Fong)", "Gung Gung (Wong Kai Ming)"
    if (
        inner
        and len(said) >= 2
        and last not in KIN
        and last not in TITLES
        and last not in TITLES_AFTER
        and not kin_of_two
    ):
        before = said[-2].lower()
        if before in KIN or before not in TITLES:  # "Abuelo Chucho", "Lola Cora"; not "Dr. Smith"
            return said[-1]
    for part in [*inner, outer]:
        said_words = without_family_word(_without_honours([w.strip(".,") for w in part.split() if w.strip(".,")]))
        if " ".join(said_words).lower() in KIN:
            continue  # "Por Por", "Gung Gung": the relation in the family's words, two words long
        if len(said_words) >= 2 and said_words[0] == "Ah" and said_words[1][:1].isupper():
            return f"Ah {said_words[1]}"  # "Ah Keung": the Cantonese familiar "Ah" is how they are called
        words = [w for i, w in enumerate(said_words) if _given_not_title(said_words, i)]
        if words and (given := vietnamese_given(said_words[said_words.index(words[0]) :])) is not None:
            return given  # "Nguyen Thi Lan" → "Lan": the given name is the last word
        if words and (given := mongolian_given(said_words[said_words.index(words[0]) :])) is not None:
            return given  # "Dorjiin Tsetsegmaa" → "Tsetsegmaa": the parent's name in the genitive comes first
        if words and (given := family_first_given(said_words[said_words.index(words[0]) :])) is not None:
            return given  # "Chea Sokha" → "Sokha", "Nagy Erzsébet" → "Erzsébet" (``family_first``)
        if len(words) >= 2 and _surname_first(words):
            return " ".join(words[1:3] if "-" not in words[1] else words[1:2])  # "Kim Soon-ja", "Leung Siu Fong"
        if words:  # a title after the name still says a surname or more followed ("Noor Jahan Begum")
            return given_name(words, more=len(said_words) - said_words.index(words[0]) > 2)
    return " ".join(display_name.split()) or display_name


# Titles of honour before a name, not in :data:`TITLES` (which are read in any text): "Sir John Smith", "Dame
# Judi Dench", "Lord Byron"; and the Malaysian "Tan Sri", "Puan Sri", "Dato' Sri", "Toh Puan" (Tan is a surname
# alone: only before "Sri").
_HONOURS = frozenset("sir dame lord".split())
_BEFORE_SRI = frozenset("tan puan dato dato' datuk datin toh".split())


def _without_honours(words: list[str]) -> list[str]:
    """A display name's words without a title of honour opening it: "Sir John Smith" → John Smith, "Puan Sri
    Rahmah" → Rahmah."""
    while len(words) > 1 and words[0].lower() in _HONOURS:
        words = words[1:]
    if len(words) > 2 and words[0].lower() in _BEFORE_SRI and words[1].lower() in ("sri", "seri"):
        words = words[2:]
    return words


# Chinese and Korean surnames, said first: "Leung Siu Fong", "Kim Soon-ja", "Lee Chong Wei".
_SURNAMES_FIRST = (
    frozenset(
        """kim lee yi park pak choi choe jung jeong kang cho jo yoon yun jang chang lim im han oh seo shin kwon hwang
    ahn song jeon hong ko moon yang son bae baek heo nam yoo ryu chan chen chow chiu cheung leung wong wang zhang
    zhao liu huang ng ho lau lai lam kwok tang tsang yeung fung mak tse hui poon siu""".split()
    )
    | MORE_SURNAMES_FIRST
)


def _surname_first(words: list[str]) -> bool:
    """A Chinese or Korean full name, the surname first: a known surname, then a given name of two syllables said
    apart or joined by a hyphen ("Leung Siu Fong", "Kim Soon-ja"); not "Lee Harvey Oswald", "Kim Anderson"."""
    if words[0].lower() not in _SURNAMES_FIRST or words[1].lower() in _WESTERN_SECONDS:
        return False
    if "-" in words[1]:
        return words[1].lower() not in MALE | FEMALE  # "Kim Soon-ja", "Park Ji-sung"
    # of three words, two short syllables ("Siu Fong", "Mei Ling", "Chong Wei"), not "Lee Harvey Oswald"
    return len(words) == 3 and all(_SYLLABLE.fullmatch(w) for w in words[1:])


# One syllable of Chinese or Korean in Latin letters: "Siu", "Fong", "Mei", "Ling", "Kai", "Ming", "Jong", "Un".
_SYLLABLE = re.compile(r"[A-Z][a-z]{0,4}(?<=[aeiouyngmkptw])")
# Second given names of the West said after a first that is a surname in the East: "Lee Ann Womack".
_WESTERN_SECONDS = frozenset("ann anne mae may jo sue lou ray roy jay lee lynn beth".split())


def _given_not_title(words: list[str], i: int) -> bool:
    """Whether a display name's word is no relative or title: "Grandma Rosa", "Tonton Jean" drop their first word,
    but a kin word or a title of another language that is a given name too ("Inna", "Mor", "Lala") is the given
    name before a surname ("Inna Petrova", "Mor Diop", "Lala Khan"): a display name is not a relative said alone."""
    low = words[i].lower()
    if low not in KIN and low.rstrip(".") not in TITLES:
        return True
    if low not in KIN_ALSO_NAMES:
        return False
    nxt = words[i + 1].lower() if i + 1 < len(words) else ""
    if nxt and own_given_first(low, nxt):
        return True  # "Lola Kate Evans": her own given name, then a second (``family_prefixes``)
    # "Ama Ata Aidoo": a given name of two such words before a surname
    two = nxt in KIN_ALSO_NAMES and i + 2 < len(words) and words[i + 2].lower() not in KIN
    return bool(nxt) and words[i + 1][:1].isupper() and (nxt not in KIN or two) and nxt not in MALE | FEMALE


# Given names of two words. "Abdul", "Abdel", "Ghulam" ("servant of") go with the given name after them ("Abdul
# Karim"); before a word of lineage ("Abdul Khan") the address is the first word, as for any name.
_BOUND = frozenset("abdul abdel abdal abdur abdus abdul abd abdil abdoul abdool ghulam".split())
# First words that with the next make one given name before a surname: "Gul Zaman Khan", "Mohammad Ali Shah",
# "Noor Jahan Begum"; not before a word of lineage ("Mohammad bin Salim", "Gul Khan").
_JOINED_FIRST = frozenset("gul mohammad muhammad mohammed muhammed mohamed mohd noor nur".split())
_LINEAGE = frozenset(
    """khan shah singh kaur begum bibi bano bin ibn bint binti al el ul ud uddin ud-din ali-khan sheikh syed sayed
    qureshi siddiqui malik chaudhry chaudhary butt mirza baig afridi yousafzai durrani""".split()
)
# Western doubles: "Mary Ann Cole", "Ana Maria Reyes", "Jean Paul Roy", "Juan Carlos Ortiz": the second word a
# given name of the same sex; otherwise it is a middle name or a surname ("Maria Martin", "Henk de Vries").
# Of two words only, a second that is a common surname too is the surname ("Jean Graham", "Juan Martin",
# "Noor Hassan"); before a surname it is still the double ("Jean Thomas Roy").
_ALSO_SURNAMES = frozenset(
    """graham thomas douglas stewart stuart martin james henry lewis george howard scott grant russell gordon morgan
    kelly shelley rose grace allen wallace francis paul louis bernard lawrence laurence vincent marshall dean hassan
    hussain hussein ahmed ahmad rahman karim hamid jordan ross murray neil neal duncan craig campbell miles mitchell
    joseph thompson fernando martín martins diaz díaz ramos simon""".split()
)
_DOUBLED_FEMALE = frozenset("mary marie maria maría ana anna".split())
_DOUBLED_MALE = frozenset("jean juan josé jose luis".split())


def given_name(words: list[str], *, more: bool = False) -> str:
    """The given name of a full name, its first word, or its first two where they make one given name:
    "Gul Zaman Khan" → "Gul Zaman", "Abdul Karim" → "Abdul Karim", "Mary Ann Cole" → "Mary Ann", "Henk de
    Vries" → "Henk", "Mei Lin Chow" → "Mei" (a double only by a first word known to start one). ``more``: words
    followed the two (a title after them, as "Begum"), so the second is no surname."""
    if len(words) < 2:
        return words[0] if words else ""
    first, second = words[0].lower(), words[1].lower()
    if not words[1][:1].isupper() or second in _LINEAGE:
        return words[0]
    if first in _BOUND:
        return f"{words[0]} {words[1]}"
    if len(words) == 2 and not more and second in _ALSO_SURNAMES:
        return words[0]  # "Jean Graham", "Juan Martin": of two words, the second is the surname
    if first in _JOINED_FIRST and (len(words) >= 3 or more or second in MALE or second in FEMALE):
        return f"{words[0]} {words[1]}"  # "Mohammad Ali", "Gul Zaman Khan"; not "Mohammad Rahimi"
    doubled = (first in _DOUBLED_FEMALE and second in FEMALE) or (first in _DOUBLED_MALE and second in MALE)
    if doubled and second not in (MALE if first in _DOUBLED_FEMALE else FEMALE):
        return f"{words[0]} {words[1]}"
    if nordic_double(first, second, surname_after=len(words) >= 3 or more):  # "Elle Márjá Sara", "Per Olav"
        return f"{words[0]} {words[1]}"
    return words[0]


# How the storyteller says what they like to be called, about themself and in the present:
# "call me Henk", "everyone calls me Henk", "my friends call me Bess", "I go by Bill", "I'd rather
# be called Liz", "I'm Bill to everyone", "Henk is what they call me". A name is one to three
# capitalised words (a title may come first: "Mrs. Dale"): "call me crazy", "call me back" name no one.
_A = r"['’]"
_WORD = r"[A-ZÀ-Þ][\w’'-]*"


def _named(group: str) -> str:
    return rf"(?P<{group}>(?:(?:Mr|Mrs|Ms|Miss|Dr|Mister)\.?\s+)?{_WORD}(?:\s+{_WORD}){{0,2}})"


_STRONG = re.compile(
    # "(you can / please / just) call me X", "everyone calls me X", "my friends call me X"
    rf"(?:\b(?P<who>\w+(?:{_A}\w+)?)\s+)?(?i:(?:all|still|usually|mostly|always|just|simply|now)\s+)?"
    rf"(?i:(?P<verb>call|calls)\s+me\s+(?:just\s+|simply\s+)?)"
    + _named("name")
    # "I go by X", "I've always gone by X", "I'd rather be called X", "I prefer to be called X"
    + rf"|(?i:\bi(?:{_A}ve|{_A}d|\s+have|\s+would)?\s+(?:(?:always|usually|mostly|just|really|much|rather|now)\s+)*"
    r"(?:go(?:ne)?\s+by|(?:prefer|like|rather|want)\s+(?:to\s+)?be(?:ing)?\s+called|answer\s+to)\s+(?:just\s+)?)"
    + _named("name2")
    # "I'm Bill to everyone", "I'm just Bess to my friends"
    + rf"|(?i:\bi{_A}?m\s+(?:just\s+|simply\s+)?)"
    + _named("name3")
    + r"(?i:\s+to\s+(?:everyone|everybody|all|my\s+\w+|friends))\b"
    # "Henk is what everyone calls me", "Bill's what they call me"
    + rf"|{_named('name4')}(?i:(?:\s+is|{_A}s)\s+what\s+(?:\w+\s+){{1,3}}calls?\s+me)\b"
)
# "oh, it's Henk, please", "please, it's just Henk", "just Henk is fine"; and "it's Henk" in a
# sentence about being called ("Hendrik, but nobody calls me that, it's Henk").
_ITS = re.compile(
    rf"(?i:\bit{_A}?s\s+(?:just\s+)?)" + _named("name") + r"(?P<please>(?i:\s*,?\s+please)\b)?"
    rf"|(?i:\bplease\s*,?\s+(?:it{_A}?s\s+|just\s+)+)"
    + _named("name2")
    + r"|(?i:\bjust\s+)"
    + _named("name3")
    + r"(?i:\s+(?:is\s+fine|will\s+do))\b"
)
_ABOUT_NAMES = re.compile(rf"\b(?:calls?|calling)\s+me\b|\bgo\s+by\b|\bmy\s+name\b|\bname{_A}s\b", re.IGNORECASE)
# Not a wish: denied ("nobody calls me that", "don't call me Hendrik") or told of the past ("Mum
# would call me Liesje"), in the words just before it.
_DENIED = re.compile(
    rf"\b(?:not|never|nobody|no\s+one|none|don{_A}?t|doesn{_A}?t|didn{_A}?t|won{_A}?t|stop|would|used\s+to|dare)\b"
    rf"|\w{_A}d$",
    re.IGNORECASE,
)
# Someone else's words reported ("she said, call me Mrs. Dale"), anywhere before it in the sentence.
_REPORTED = re.compile(r"\b(?:said|says|told|tells|asked|asks|wrote|writes|shouted|replied)\b", re.IGNORECASE)
# The word before "call me": a wish to the interviewer ("please call me", "you can call me") …
_ASKING = frozenset(
    "please can may could should must to will would just simply do you but and so or oh well then now yes no ok okay"
    " instead rather".split()
)
# … or people who call the storyteller so ("everyone calls me", "my friends call me"): not "we" telling
# of a horse ("we called the horse Bles"), not "he" or "she" (someone else's pet name).
_CALLERS = frozenset(
    """everyone everybody people folk folks friends family kids children grandchildren they all most many lads
    girls boys mates pals colleagues neighbours neighbors""".split()
)


def called_name(text: str | None) -> str | None:
    """What the storyteller says they like to be called ("everyone calls me Henk" → "Henk"), or None.

    Only their own words about themself, now: "call me Henk", "my friends call me Bess", "I go by
    Bill", "oh, it's Henk, please", "Hendrik, but nobody calls me that, it's Henk". Not someone else
    ("everyone called my father Kees", "we called the horse Bles"), not the past ("at school they
    called me Lofty"), not a denial, a question or reported words, and never a pronoun, a day, or a
    relation's word others use for them ("the grandchildren call me Opa"). The last one said wins.
    """
    if not text:
        return None
    strong: str | None = None
    weak: str | None = None
    for sentence in re.split(r"(?<![MD]r\.)(?<!Mrs\.)(?<!Ms\.)(?<!St\.)(?<=[.!?;])\s+|\n+", text):
        if sentence.rstrip().endswith("?"):
            continue
        for match in _STRONG.finditer(sentence):
            if name := _wish(sentence, match):
                strong = name
        about = _ABOUT_NAMES.search(sentence)
        for match in _ITS.finditer(sentence):
            head = sentence[: match.start()]
            if (match.group("name") and not match.group("please") and not about) or _REPORTED.search(head):
                continue
            if _DENIED.search(_clause(head)):
                continue
            weak = _name(match.group("name") or match.group("name2") or match.group("name3"), kin_ok=True) or weak
    return strong or weak or told_given(text)  # "Sokha. Chea is the family name …" (``family_first``)


def _wish(sentence: str, match: re.Match[str]) -> str | None:
    head = sentence[: match.start()]
    who = (match.group("who") or "").lower()
    clause = f"{_clause(head)} {who}".strip()
    if _REPORTED.search(head) or _DENIED.search(clause):
        return None
    kin_ok = True
    if match.group("name") is not None and who and who not in _ASKING:
        # Others call them so: people ("everyone", "my friends"), or someone of theirs ("my wife").
        if who not in _CALLERS and not re.search(r"\b(?:my|our)\s+\w+$", clause, re.IGNORECASE):
            return None
        kin_ok = False
    said = match.group("name") or match.group("name2") or match.group("name3") or match.group("name4")
    return _name(said, kin_ok=kin_ok)


def _clause(head: str) -> str:
    """The words of the clause just before a match (after the last comma, dash or conjunction)."""
    return re.split(r"[,:—–]|\b(?:but|and|though|although)\b", head, flags=re.IGNORECASE)[-1].strip()


def _name(said: str | None, *, kin_ok: bool) -> str | None:
    """A name as said (capitalised words, a title first), or None for a pronoun, a day, a filler."""
    kept: list[str] = []
    for word in (said or "").split():
        bare = word.strip(".,'’").lower()
        if bare in NOT_NAMES or not word[:1].isupper():
            break
        kept.append(word.rstrip(",'’"))
    if not kept or (len(kept) == 1 and kept[0].lower().rstrip(".") in TITLES - KIN.keys()):
        return None
    if not kin_ok and all(w.lower().rstrip(".") in KIN or w.lower().rstrip(".") in TITLES for w in kept):
        return None
    return " ".join(kept)  # how long a name may be is the people service's rule (db.services.people.clean_called)


_POSSESSIVE = {"my": "your", "our": "your", "me": "you", "i": "you", "mine": "yours", "myself": "yourself"}


# A word joined to the one before or after it by an apostrophe is part of that word, never "my/I":
# "Savai'i", "Hawai'i", "me'a"; an English contraction's tail ("I'd", "I've") still lets "I" be one.
_JOINED_BEFORE = rf"(?<!\w{_A})"
_JOINED_AFTER = rf"(?!{_A}(?!(?:s|d|ve|ll|m|re)\b)\w)"


def reflect(phrase: str) -> str:
    """A phrase said back to its speaker: "my uncle Yaw" → "your uncle Yaw"; never inside a word
    ("Boyhood on Savai'i" keeps its "i")."""
    return re.sub(
        rf"{_JOINED_BEFORE}\b(my|our|me|i|mine|myself)\b{_JOINED_AFTER}",
        lambda m: _POSSESSIVE[m.group(1).lower()],
        phrase,
        flags=re.IGNORECASE,
    )


def spoken_title(title: str) -> str:
    """A topic title as it sits inside a sentence, without quotes: "My first job" → "your first job",
    "Growing up on the farm" → "growing up on the farm" (names keep their capitals)."""
    words = reflect(title.strip().rstrip(".!?")).split()
    if not words:
        return title
    first = words[0]
    common = first.lower() in _LOWER_FIRST or (len(words) > 1 and words[1][:1].islower())
    name_like = first[1:].isupper() or first.endswith(("'s", "’s")) or first.lower() in FEMALE | MALE
    if first[:1].isupper() and common and not name_like:
        words[0] = first[0].lower() + first[1:]
    return " ".join(words)


_LOWER_FIRST = frozenset("the a an my your our growing moving life early first school work".split())


def slug(text: str) -> str:
    """A short stable key for a question id: "my uncle Yaw" → "uncle-yaw"."""
    words = re.findall(r"[a-zà-ÿ0-9]+", text.lower())
    words = [w for w in words if w not in ("my", "our", "your", "the", "a", "an")] or words
    return "-".join(words)[:40] or "it"
