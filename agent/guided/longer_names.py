"""Longer names of other things that hold an expected name, for the quiz grader (through
:func:`agent.guided.other_names.as_asked`).

The grader finds the expected words anywhere in an answer, so a longer name that holds them reads as the answer:
"German measles" (rubella) for measles, "Northern Ireland" for Ireland, "sweet potato" for potato, "mezzo forte"
for forte, and, through the short forms and synonyms of :mod:`agent.guided.trade_words`, "stomach flu"
(gastroenteritis) for influenza or "a combi oven" for a combination boiler. A strict examiner fails them: each
names another illness, country, food, instrument or marking. :func:`longer_masked` writes such a name said as one
word ("germanmeasles"), so no expected word is read inside it, unless an expected answer is that thing
("rubella" still takes "German measles", "Northern Ireland" stays right where it is asked).

Two kinds:

* fixed names of other things (:data:`LONGER`): illnesses named after another (German measles, stomach flu,
  yellow fever), places named after another (New Mexico, Papua New Guinea, South Sudan, New South Wales), foods
  (peanut butter, coconut milk, cream of tartar, water chestnut), voices and instruments (mezzo-soprano, bass
  clarinet, English horn), varieties of another colour (Grenache Blanc), things named after a trade's short
  form (a combi oven, an immersion blender, a fridge magnet);
* an Italian marking turned by the word before it (:data:`_TURNED`): "mezzo forte" is no forte, "non legato" no
  legato, "meno mosso" no mosso.

The expected name is read as the head of the longer one (its last words in English, its first in a Latin or
Romance order), so a longer name that says what it is made of still names that ("peanut butter" names the nut).
Never a name that only adds a part or a place of the same thing ("southern Spain", "the fridge door", "swine
flu", "a fever of forty"), which stay as they are.
"""

from __future__ import annotations

import re

# One thing a line: its longer name first, then its other names (an expected answer among them keeps it).
LONGER = """
german measles|rubella
stomach flu|gastric flu|tummy bug|gastroenteritis
diabetes insipidus
hay fever|allergic rhinitis
yellow fever
scarlet fever|scarlatina
glandular fever|mononucleosis|mono
rheumatic fever
typhoid fever|typhoid
dengue fever|dengue
swine fever
northern ireland
new mexico
papua new guinea
new guinea
equatorial guinea
guinea-bissau|guinea bissau
south sudan
new south wales
new england
new york
new jersey
new hampshire
new orleans
new brunswick
new caledonia
west virginia
french guiana
american samoa
east timor|timor-leste
south africa
central african republic
sweet potato|yam
peanut butter
cocoa butter
shea butter
coconut milk
almond milk
oat milk
soy milk|soya milk
rice milk
cream of tartar
cream cheese
ice cream
water chestnut
horse chestnut|conker
jerusalem artichoke|sunchoke
root beer
ginger beer
rock salmon|huss|dogfish
bombay duck
mezzo-soprano|mezzo soprano
bass clarinet
bass guitar
english horn|cor anglais
grenache blanc|garnacha blanca
grenache gris|garnacha gris
tempranillo blanco
riesling italico|welschriesling
combi oven|combination oven|combi steamer
combi drill|combination drill
immersion blender|stick blender|hand blender
fridge magnet
conspicuous consumption
"""

_LINES = [[n.strip() for n in line.split("|") if n.strip()] for line in LONGER.strip().splitlines() if line.strip()]

# Italian markings turned into others by the word before them.
_TURNED = re.compile(
    r"(?<![\w-])(?P<by>mezzo|mezza|meno|non)[\s-]+"
    r"(?P<term>forte|piano|legato|staccato|vibrato|mosso|allegro|troppo|voce|divisi|tanto)(?![\w-])",
    re.IGNORECASE,
)


_ARTICLE = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)


def _words(name: str) -> str:
    return re.sub(r"[\s-]+", " ", name.strip().lower())


def _pattern(name: str) -> re.Pattern[str]:
    """A name as said: any case, its words apart or hyphenated, a plural on its last word."""
    words = [re.escape(w) for w in re.split(r"[\s-]+", name)]
    return re.compile(r"(?<![\w-])" + r"[\s-]+".join(words) + r"(?:s|es)?(?![\w-])", re.IGNORECASE)


def _one_word(found: re.Match[str]) -> str:
    return re.sub(r"[\s-]+", "", found.group(0)).lower()


# Words after a name that make it another thing in Latin or Romance order ("diabetes insipidus", "Grenache Blanc",
# "Guinea-Bissau", "cream of tartar"): there the expected name said first is read inside it too.
_AFTER = "blanc|blanca|blanco|gris|insipidus|bissau|italico|of"


def longer_masked(answer: str, expected: tuple[str, ...] | list[str], names: list[str] | None = None) -> str:
    """``answer`` with each longer name of another thing (see the module's docstring) written as one word where
    it holds an expected name as its head (its last words, or its first before a word of :data:`_AFTER`: "German
    measles", "diabetes insipidus"; never "peanut butter" for peanuts, which names them) or one of ``names`` (the
    expected things' other names that the grader writes as the expected name, "flu" for influenza, "combi" for a
    combination boiler) anywhere in it; never where an expected answer names that thing or holds that name ("hay
    fever" stays as said where no fever is asked, "Northern Ireland" where it is asked)."""
    wanted = [" " + _words(re.sub(r"[^\w\s-]", " ", e)) + " " for e in expected]

    def plain(found: list[str]) -> set[str]:
        said = {_words(_ARTICLE.sub("", n.strip().rstrip("."))) for n in found} - {""}
        return said | {h[: -len(e)] for h in said for e in ("s", "es") if h.endswith(e) and len(h) > len(e) + 2}

    heads, others = plain(list(expected)), plain(names or [])

    def holds(longer: str) -> bool:
        return any(
            longer.endswith(f" {h}") or re.match(rf"{re.escape(h)} (?:{_AFTER})\b", longer) for h in heads
        ) or any(f" {h} " in f" {longer} " for h in others)

    for line in _LINES:
        if any(f" {_words(n)} " in w for n in line for w in wanted) or not holds(_words(line[0])):
            continue
        answer = _pattern(line[0]).sub(_one_word, answer)

    def turned(found: re.Match[str]) -> str:
        said = _words(found.group(0))
        if any(f" {said} " in w for w in wanted) or not holds(said):
            return found.group(0)
        return _one_word(found)

    return _TURNED.sub(turned, answer)
