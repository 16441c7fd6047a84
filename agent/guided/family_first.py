"""Two-word names said family name first, of the cultures where that is the order (Khmer, Hungarian, Japanese), and
the teller saying so in an answer; kept apart from ``given_last`` (Vietnamese and Mongolian names) and ``naming``.

* :func:`family_first_given`: "Chea Sokha" is Sokha, "Nagy Erzsébet" Erzsébet, "Tanaka Yoshiko" Yoshiko, "Hun Sen"
  Sen: the first word a common family name of one of those cultures (never a Western given name too: "Sam", "Abe",
  "Simon", "Kim"), the second no family name of them, and a given name of the same kind (a Hungarian given name
  from the list; a Japanese one of Japanese syllables). "Sokha Chea", "Erzsébet Nagy", "Yoshiko Tanaka" (the Western
  order), "Sok Chea" (two family names: which is which is not known), "Nagy Tom" and "Tanaka Smith" are left to
  ``naming``: the first word is the greeting.
* :func:`told_given`: "Sokha. Chea is the family name, with us it comes first", "Nagy is my family name; I am
  Erzsébet", "Tanaka is the surname, my given name is Yoshiko", "with us the family name comes first, so I am
  Sokha", "My given name is Sokha": the name the teller gives beside the family name they set apart, beside the
  order they say, or plainly as their given name. Never a
  title with it ("on the papers I am Mr. Sokha"), the family name itself ("Smith is my last name, I'm Smith at
  work"), someone's possession ("I am Anna's widow"), a people or a faith ("I am Cambodian", "I am Khmer"), nor a
  family name told of someone else ("Kowalski was my father's family name").
"""

from __future__ import annotations

import re
import unicodedata

from agent.guided.lexicon import KIN, NOT_NAMES, TITLES

_KHMER = frozenset(
    """chea sok chhim keo meas hun prak tep touch ouk nhem yim nuon chhay chhun khieu nhek pich thach ung yos nget
    chhoeun mam hem srun kong heng seng sim lay pen som chan ros em vong""".split()
)
_HUNGARIAN = frozenset(
    """nagy kovacs toth szabo horvath varga kiss molnar nemeth farkas balogh papp takacs juhasz lakatos meszaros
    olah racz fekete szilagyi torok feher gal kis szucs kocsis orsos pinter fodor szalai sipos magyar gulyas biro
    kiraly katona bogdan balog boros fazekas kelemen orosz somogyi veres budai vincze hegedus deak pap illes vass
    szoke voros lengyel bognar bodnar szuts hajdu halasz szekely kozma pasztor bakos dudas virag barna novak soos
    nemes pataki balla csonka berki bencze kardos erdelyi csizmadia""".split()
)
_JAPANESE = frozenset(
    """sato suzuki takahashi tanaka watanabe ito yamamoto nakamura kobayashi kato yoshida yamada sasaki yamaguchi
    matsumoto inoue kimura hayashi shimizu yamazaki ikeda hashimoto yamashita ishikawa nakajima maeda fujita ogawa
    goto okada hasegawa murakami kondo ishii saito sakamoto endo aoki fujii nishimura fukuda ota miura fujiwara
    okamoto matsuda nakagawa nakano harada tamura takeuchi kaneko wada nakayama ishida ueda morita shibata sakai kudo
    yokoyama miyazaki miyamoto uchida takagi ando taniguchi maruyama imai takada higa oshiro kinjo arakaki nakamoto
    yamashiro tamaki shimabukuro nishida kikuchi noguchi matsui sakurai kinoshita nomura arai iwasaki""".split()
)
FAMILY_FIRST = _KHMER | _HUNGARIAN | _JAPANESE
# Given names of the West or elsewhere (and words) that are one of those family names too: never read as one here
# ("Kato Kaelin", "Kato Mukasa": Kato a Ganda given name; "Bogdan Adam": Bogdan a Slavic and Romanian one)
_WESTERN = frozenset(
    "sam abe simon kim lay pen em chan ros som long mam heng sim ken major barna kato bogdan ota".split()
)
_HUNGARIAN_GIVEN = frozenset(
    """erzsebet maria ilona katalin eva anna margit zsuzsanna judit agnes julianna erika iren magdolna piroska edit
    ildiko krisztina andrea gizella rozalia terezia etelka jolan klara sarolta borbala emoke eniko reka eszter csilla
    tunde hajnalka gyongyi aniko marianna monika timea orsolya zsofia boglarka dora vilma aranka valeria hedvig
    janos istvan jozsef laszlo ferenc zoltan sandor gabor attila peter tibor lajos imre bela gyula mihaly tamas
    andras csaba miklos gyorgy karoly antal erno dezso geza jeno kalman pal zsolt balazs daniel adam levente bence
    mate gergely robert norbert vilmos arpad endre barnabas szabolcs otto tivadar elemer lorinc gusztav rezso aladar
    balint denes kornel viktor""".split()
)
# A name of Japanese syllables, three or more ("Yoshiko", "Hiroshi", "Kenji", "Akira"; never "Smith", "Tom")
_ROMAJI = re.compile(r"(?:(?:sh|ch|ts|[kgnhbpmr]y|[kgsztdnhbpmyrwfj])?[aeiou]|n(?![aeiouy]))+")


def _plain(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c)).lower()


# A surname of the Soviet pattern, said first on papers (Russian, Uzbek, Kazakh, Tajik, Azeri...): "Yusupova",
# "Ivanov", "Aliyeva", "Petrova"; five letters or more ("Lev" and "Eva" are given names) and never a given name that
# ends the same way ("Geneva", "Yakov")
_SOVIET_SURNAME = re.compile(r"\w{2,}(?:ova|eva|yeva|ov|ev|yev|skaya|sky|skiy)")
_NOT_SURNAME = frozenset("geneva yakov iakov jakov yaakov".split())
# A second word that is no given name: "Petrov Junior", "Ivanova Street"
_NOT_GIVEN = frozenset("junior senior street avenue road lane square prospekt ulitsa".split())


def _soviet_surname(word: str) -> bool:
    return len(word) >= 5 and word not in _NOT_SURNAME and _SOVIET_SURNAME.fullmatch(word) is not None


def family_first_given(words: list[str]) -> str | None:
    """The given name of a two-word name said family name first (see the module), or None for any other."""
    if len(words) != 2 or not all(w[:1].isupper() for w in words):
        return None
    first, second = (_plain(w) for w in words)
    if (
        _soviet_surname(first)
        and not _soviet_surname(second)
        and second.isalpha()
        and len(second) >= 3
        and second not in _NOT_GIVEN
    ):
        return words[1]  # "Yusupova Mukhabbat", "Ivanov Ivan": surname first, as on Soviet papers
    if first in _WESTERN or first not in FAMILY_FIRST or second in FAMILY_FIRST:
        return None
    if first in _HUNGARIAN:
        return words[1] if second in _HUNGARIAN_GIVEN else None
    if first in _JAPANESE:
        fits = _ROMAJI.fullmatch(second) is not None and len(re.findall(r"[aeiou]", second)) >= 2
        return words[1] if fits else None
    # Khmer: a given name of one word, letters only, never a Western given name said after a family name
    return words[1] if second.isalpha() and second not in _HUNGARIAN_GIVEN and len(second) >= 3 else None


_WORD = r"(?-i:[A-ZÀ-Þ])[\w’'-]+"
# "Chea is the family name", "Nagy is my family name", "Tanaka is our surname", "Chea is the last name"
_FAMILY_SAID = re.compile(
    rf"(?:^|(?<=[\s,;:.]))(?P<family>{_WORD})(?:\s+is|['’]s)\s+(?:the|my|our)\s+(?:(?:family|last)\s+name|surname)"
    r"\b(?![^.!?;]{0,20}\b(?:of|was)\b)",
    re.IGNORECASE,
)
# The given name said beside it: "I am Sokha", "I'm Erzsébet", "my (given|first) name is Yoshiko", "call me Lan"
_GIVEN_SAID = re.compile(
    rf"\b(?:i\s+am|i['’]m|my\s+(?:given|first|own)\s+name\s+is|(?:the\s+)?given\s+name\s+is)\s+(?:just\s+|only\s+)?"
    rf"(?P<given>{_WORD})(?![’'](?:s\b))",
    re.IGNORECASE,
)


# The order said, not the family name: "with us the family name comes first, so I am Sokha"
_ORDER_SAID = re.compile(
    r"\b(?:family\s+name|surname|last\s+name)s?\s+(?:always\s+)?(?:comes?|goes|go|is\s+(?:said|written|put))\s+first\b",
    re.IGNORECASE,
)
# Said after "I am", never a name: a faith, a people, a language not in ``NOT_NAMES``
_NO_GIVEN = frozenset(
    """khmer buddhist christian hindu jewish sikh protestant orthodox lutheran baptist methodist anglican
    magyar nisei issei sansei""".split()
)


# The given name said plainly as the teller's own, now: "My given name is Sokha.", "my first name is Dara; Chea is
# for the forms" (never "my given name is long", "my first name was Hattie", "my mother's first name is Ana")
_OWN_GIVEN = re.compile(
    rf"(?:^|(?<=[\s,;:.]))my\s+(?:given|first|christian|own)\s+name\s+is\s+(?:just\s+|only\s+|simply\s+)?"
    rf"(?P<given>{_WORD})\b(?![’'](?:s\b))(?!\s+(?-i:[A-ZÀ-Þ]))",
    re.IGNORECASE,
)


def told_given(text: str) -> str | None:
    """The given name the teller says they are, beside the family name they set apart or plainly as their given
    name (see the module), or None."""
    said = re.split(r"(?<=[.!?;])\s+", text.strip())
    for own in _OWN_GIVEN.finditer(text):
        if _a_given(own.group("given"), ""):
            return own.group("given")
    for at, sentence in enumerate(said[:4]):
        family = _FAMILY_SAID.search(sentence)
        if family is None and _ORDER_SAID.search(sentence):
            # "With us the family name comes first, so I am Sokha": the given name said in that sentence or the next
            for given in _GIVEN_SAID.finditer(" ".join(said[at : at + 2])):
                if _a_given(given.group("given"), ""):
                    return given.group("given")
        if family is None:
            continue
        fam = family.group("family")
        if fam.lower() in NOT_NAMES or fam.lower() in KIN:
            continue
        near = " ".join(said[max(0, at - 1) : at + 3])
        for given in _GIVEN_SAID.finditer(near):
            if _a_given(given.group("given"), fam):
                return given.group("given")
        # the answer opens on the name alone: "Sokha. Chea is the family name …"
        if at <= 1 and re.fullmatch(rf"{_WORD}\s*[.!]", said[0].strip()) and _a_given(said[0].strip(" .!"), fam):
            return said[0].strip(" .!")
    return None


def _a_given(word: str, family: str) -> bool:
    low = word.lower()
    if low in _NO_GIVEN or low.rstrip(".") in TITLES:
        return False
    return low != family.lower() and low not in NOT_NAMES and low not in KIN
