"""Runs of capitalised words in an answer, found and typed as people, places or things
(:func:`capitalised`): where a run starts and ends (initials, a road's number, a patronymic), and what the
sentence around it settles (a name alone before where it lies, a pet named after its clause, a name listed
with places). The decision from the words just before and after a name is :mod:`agent.guided.name_kinds`."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from agent.guided.firms_and_forces import SHOP_ENDS, no_one_acting
from agent.guided.lexicon import (
    COUNTRIES,
    DETERMINERS,
    EVENT_WORDS,
    FAMILY_WORDS,
    FIGURES,
    HONORIFICS,
    KIN_ALSO_NAMES,
    KIN_ALSO_TOWNS,
    KIN_OF_OTHER_LANGUAGES,
    NATIONALITIES,
    NOT_NAMES,
    ORG_WORDS,
    PLACE_LEADS,
    PLACE_WORDS,
    POSSESSIVES,
    QUESTION_WORDS,
    REGIONS,
    RULERS,
    SHIP_PREFIXES,
    THING_NOUNS,
    TITLES,
    TITLES_AFTER,
    TITLES_OF_OTHER_LANGUAGES,
)
from agent.guided.name_kinds import CONGREGATIONS, NUMBERS, cloth_after, kind_of_name
from agent.guided.name_words import SAYING, TOKEN, is_given_name, is_name_word, no_possessive, plain_word
from agent.guided.named_by_kind import role_after_origin
from agent.guided.not_places import no_place
from agent.guided.person_cues import DID, INTERJECTIONS, TOGETHER, WORKS
from agent.guided.person_states import told_as_it, told_as_person
from agent.guided.place_cues import (
    GONE_TO,
    JOURNEY,
    KIN_AS_PLACE,
    LOCATING,
    ROAD_LEADS,
    ROAD_NUMBER,
    ROAD_WORDS,
    SAINTS,
    SETTLED,
    SITES,
    SIZED,
    stands_high,
)
from agent.guided.thing_cues import ANIMALS, STORM_CAME, STORM_WORDS, VESSELS

if TYPE_CHECKING:
    from agent.guided.annotate import Known

# A sentence ends at a stop, not at the stop of "St." or "Mrs." ("we went to St. Edward's"), nor after
# initials ("T.S. Eliot", "K.L. Saigal").
_SENTENCES = re.compile(
    r"(?<!\b[A-Z]\.[A-Z]\.)(?<!\bSt\.)(?<!\bMr\.)(?<!\bMs\.)(?<!\bDr\.)(?<!\bMt\.)(?<!\bFt\.)(?<!\bMrs\.)(?<!\bSte\.)"
    r"(?<=[.!?;:])\s+|\n+|\s+[—–]\s+"
)
# "Siti binti Saad", "Ahmad bin Said", "Ibn Battuta's": a patronymic joins the father's name to the name.
_CONNECTORS = frozenset({"of", "de", "la", "van", "von", "da", "del", "upon", "bin", "binti", "bint", "ibn"}) | {
    # "Rue du Commerce", "Rua das Flores", "Piazza della Signoria", "Luigi di Napoli" (not "do": "made Peter do Maths")
    *"du des dos das di della delle degli".split()
}


def _place_word_after(tokens: list[str], i: int) -> bool:
    """A place's word after the next name word or two: "the Mae Ping river", "Mae Kok valley"."""
    return any(t.lower() in PLACE_WORDS for t in tokens[i + 2 : i + 4])


# Works a title names: "Out of Africa was the film we saw".
_WORKS = frozenset("film films movie book song show programme program play series novel album picture".split())


def _kin_word(token: str) -> bool:
    """A family's word of another language said capitalised ("Padar", "Mor"), which may be a place's name too."""
    return token[:1].isupper() and not token.isupper() and token.lower() in KIN_OF_OTHER_LANGUAGES


def _road(tokens: list[str], i: int) -> bool:
    """A road's number where a road is: "on the M6", "took the A1", "the N7 motorway"."""
    if not ROAD_NUMBER.match(tokens[i]):
        return False
    led = i >= 2 and tokens[i - 1].lower() == "the" and tokens[i - 2].lower() in ROAD_LEADS | PLACE_LEADS
    return led or (tokens[i + 1 : i + 2] != [] and tokens[i + 1].lower() in ROAD_WORDS)


# Titles said alone as the name of the one the teller worked for or under: "Madam said no", "Sahib's car".
_TITLES_AS_NAMES = frozenset({"Madam", "Memsahib", "Sahib", "Señora", "Patrón", "Sir"})


def _title_as_name(tokens: list[str], i: int, breaks: set[int], *, paired: bool = False) -> bool:
    """A title of service said alone as someone's name, doing what people do ("Madam said no", "Sir taught us",
    "and then Memsahib had the dog shot"); not one spoken to ("Yes, Madam,", "Dear Sir,"), nor before a name
    ("Madam Leung"). Only as the one who acts: said as an owner or in a comparison ("Madam's mother", "more kind
    than Madam") the title is an aside, and the answer is about someone else."""
    if tokens[i] not in _TITLES_AS_NAMES | _PLAIN_TITLES:
        return False
    nxt = tokens[i + 1] if i + 1 < len(tokens) and i + 1 not in breaks else ""
    pair = nxt == "and" and tokens[i + 2 : i + 3] != [] and tokens[i + 2] in _TITLES_AS_NAMES | _PLAIN_TITLES
    if pair and not paired and (i == 0 or i in breaks):
        return _title_as_name(tokens, i + 2, breaks, paired=True)  # "Sir and Madam went to England": both acting
    if not paired and i >= 2 and tokens[i - 1] == "and" and tokens[i - 2] in _TITLES_AS_NAMES | _PLAIN_TITLES:
        return _title_as_name(tokens, i, breaks, paired=True)  # the second of "Sir and Madam went"
    if tokens[i] in _PLAIN_TITLES and nxt.lower() not in SAYING | DID | _SERVED_DID:
        return False  # "Teacher was my dream", "Boss is what he wanted": an everyday word, unless one acting
    if nxt[:1].isupper() or nxt.lower() not in PERSON_VERBS_AFTER_TITLE:
        return False  # "Madam Leung", "Sir Walter": the title of a name
    then = [t.lower() for t in tokens[i + 2 : i + 4]]
    if nxt in ("would", "could", "can", "will", "did") and then[:1] == ["you"]:
        return False  # "Sir would you like tea, the waiter asked": said to them, unpunctuated
    if nxt in ("was", "is") and (then[:1] == ["what"] or then in _AS_A_WORD or then[1:2] in (["word"], ["title"])):
        return False  # "Sir is a title the Queen gives", "Sahib was his name for the dog": the title as a word
    # not "our Sir", "the Madam", "Dear Sir", "Yes Madam" (the title as a word, or said to them)
    return i == 0 or i in breaks or tokens[i - 1].lower() not in DETERMINERS | POSSESSIVES.keys() | _TO_THEM


# Titles said before or after a name, by the sex they tell (None: either): "Mr Asante", "Miss Robinson",
# "Sharma Sahib". A title of service said alone in the same answer or a later one is another name for the one so
# named ("we called him Sir. Sir was strict"), unless the sexes differ ("Mr Jones came. Madam said no").
_NAMING_TITLES: dict[str, str | None] = {
    **dict.fromkeys("mr mister sir sahib saab señor senor monsieur herr bwana master baas patrón".split(), "m"),
    **dict.fromkeys("mrs miss ms missus madam madame mme mlle memsahib señora senora frau mistress".split(), "f"),
    **dict.fromkeys("nyonya".split(), "f"),
    **dict.fromkeys("dr doctor professor teacher boss sensei mwalimu".split(), None),
}
_TITLED_BEFORE = re.compile(
    r"\b((?i:" + "|".join(sorted(_NAMING_TITLES, key=len, reverse=True)) + r"))\.? +([A-ZÀ-Þ][\w'’-]+)"
)
_TITLED_AFTER = re.compile(r"\b([A-ZÀ-Þ][\w'’-]+) +((?i:sahib|saab|ji|sensei))\b")


def _titled_named(text: str, title: str, known: Known) -> str | None:
    """Whom a title of service said alone is, when the answer (or an earlier one) names someone with a title
    ("Mr Asante", "Sharma Sahib"), the sexes agreeing: "" when this answer names them (they are read there), the
    name an earlier answer gave ("Madam Leung") otherwise; None when no one is so named ("Sir taught us"). The
    title must be capitalised ("the doctor Smith" is no title) and the name no title itself ("Sir Madam")."""
    said = _NAMING_TITLES.get(title.lower())
    for named in [text, *sorted(known.people)]:
        found = [(m.group(1), m.group(2)) for m in _TITLED_BEFORE.finditer(named)]
        found += [(m.group(2), m.group(1)) for m in _TITLED_AFTER.finditer(named)]
        for word, name in found:
            if not word[:1].isupper() or no_possessive(name).lower() in _NAMING_TITLES:
                continue
            sex = _NAMING_TITLES.get(word.lower())
            if said is None or sex is None or said == sex:
                return "" if named is text else named
    return None


_TO_THEM = frozenset("dear yes no thank thanks please okay ok".split())
# Titles of service that are everyday words too, someone only when acting: "Boss said we had to work on
# Christmas", "Teacher beat us", "Missus said no visitors", "Nyonya gave me the machine".
_PLAIN_TITLES = frozenset({"Boss", "Teacher", "Missus", "Nyonya", "Baas", "Master", "Mistress"})
# Deeds of the one served, beside DID: "Sir scolded me", "Teacher caned us".
_SERVED_DID = frozenset(
    "scolded caned punished slapped hit shouted called asked paid hired fired sacked fed gave let allowed".split()
)
# What a title said alone is, as a word: "Madam is a word I hated", "Sahib was his name for the dog".
_AS_A_WORD = [[a, b] for a in ("a", "the", "his", "her", "their", "our", "my") for b in ("word", "title", "name")]


PERSON_VERBS_AFTER_TITLE = (
    SAYING | DID | frozenset("was were is had has would could did didn't wanted liked".split()) | _SERVED_DID
)


_ORDINAL = frozenset("st nd rd th".split())
# The words a street numbered in order ends in ("168th Street", "5th Avenue", "the 3rd Arrondissement").
_NUMBERED_WAYS = frozenset(
    """street avenue road lane boulevard drive terrace arrondissement precinct ward st ave av blvd rd cross main
    concession""".split()
)
# Ways said lower case after their number: "the 16th arrondissement".
_LOWER_WAYS = frozenset({"arrondissement"})
# A way's word after the first ("3rd Main Road", "4th Cross Road"): the name goes on.
_WAY_ENDS = frozenset("road street avenue".split())
# Ways and blocks named by a number after them: "Sector 15", "Block 5", "Calle 8", "Carrera 7".
_WAYS_BEFORE_NUMBERS = frozenset({"Sector", "Block", "Calle", "Carrera", "Avenida", "Rua", "Soi", "Phase"})


def _numbered_street(sentence: str, spans: list[re.Match[str]], i: int) -> int:
    """Where a street called by its number in order ends ("on 168th Street", "at 5th Avenue and Main"), or 0:
    a number, its ordinal's letters joined to it, then a capitalised word for a way; not "the 5th of May", nor
    "our 25th Anniversary"."""
    if i + 2 >= len(spans) or not spans[i].group(0).isdigit() or spans[i + 1].group(0) not in _ORDINAL:
        return 0
    if spans[i].end() != spans[i + 1].start() or sentence[spans[i + 1].end() : spans[i + 2].start()] != " ":
        return 0
    way = spans[i + 2].group(0)
    if not ((way[:1].isupper() and way.lower() in _NUMBERED_WAYS) or way in _LOWER_WAYS):
        return 0
    more = spans[i + 3].group(0) if i + 3 < len(spans) else ""
    joined = i + 3 < len(spans) and sentence[spans[i + 2].end() : spans[i + 3].start()] == " "
    return i + 4 if joined and more[:1].isupper() and more.lower() in _WAY_ENDS else i + 3


def _way_by_number(sentence: str, spans: list[re.Match[str]], i: int) -> int:
    """Where a way or block named by the number after it ends ("in Sector 15", "on Calle 8"), or 0; not opening
    a sentence ("Block 5 of the exam"), nor the number's own word ("Calle Ocho")."""
    if i == 0 or i + 1 >= len(spans) or spans[i].group(0) not in _WAYS_BEFORE_NUMBERS:
        return 0
    if sentence[spans[i].end() : spans[i + 1].start()] != " " or not spans[i + 1].group(0).isdigit():
        return 0
    return i + 2


# Letters of a country or a body, not a person's initials: "the U.S. Army", "U.K. Border".
_COUNTRY_LETTERS = frozenset("us usa uk un eu ussr gb nz uae dc".split())
_NOT_OF_PEOPLE = ORG_WORDS | PLACE_WORDS | THING_NOUNS | EVENT_WORDS


def _initialled(sentence: str, spans: list[re.Match[str]], i: int) -> int:
    """Where a person named by initials ends ("T.S. Eliot", "J.R.R. Tolkien", "K.L. Amma"), or 0: two
    initials or more, each with its stop, then a name (or a title after one); not "the U.S. Navy"."""
    k = i
    while k < len(spans) and re.fullmatch(r"[A-Z]", spans[k].group(0)) and sentence[spans[k].end() :][:1] == ".":
        k += 1
    if k - i < 2 or k >= len(spans) or "".join(m.group(0) for m in spans[i:k]).lower() in _COUNTRY_LETTERS:
        return 0
    if i and spans[i - 1].group(0).lower() in DETERMINERS:
        return 0
    end = k
    while end < min(len(spans), k + 2) and not sentence[spans[end - 1].end() : spans[end].start()].strip(" ."):
        word = spans[end].group(0)
        named = is_name_word(word) or (end == k and word.lower() in TITLES_AFTER and word[:1].isupper())
        if not named or plain_word(word) in _NOT_OF_PEOPLE:
            break
        end += 1
    return end if end > k else 0


def capitalised(text: str, *, exclude: set[str], known: Known) -> tuple[list[str], list[str], list[str]]:
    """Runs of capitalised words, typed from their context as people, places or things."""
    runs: list[tuple[str, str]] = []  # (name, kind)
    mid_people: set[str] = set()
    by_place: set[str] = set()  # names read as a place only for "by" after a place ("the house by Mangere")
    pets: set[str] = set()  # names the answer set off after an animal
    sentences = _SENTENCES.split(text.strip())
    storm = bool(STORM_WORDS & set(re.findall(r"[a-z]+", text.lower())) or STORM_CAME.search(text))
    for number, sentence in enumerate(sentences):
        spans = list(TOKEN.finditer(sentence))
        # a known name written in capitals, as carved or on a sign ("TOM WAS HERE, LEKEITIO 1961"), is that name
        tokens = [_known_in_capitals(m.group(0), known) for m in spans]
        alone = {n for n, m in enumerate(spans) if tokens[n] != m.group(0)}  # each such word a name of its own
        # a comma (or any mark but a stop) between two capitalised words ends the run: "Africa, Benghazi"
        breaks = {n for n in range(1, len(spans)) if sentence[spans[n - 1].end() : spans[n].start()].strip(" .")}
        # "Wray & Nephew", "Marks & Spencer": names joined by "&" are a firm
        firms = {n for n in range(1, len(spans)) if sentence[spans[n - 1].end() : spans[n].start()].strip() == "&"}
        previous: tuple[int, str] | None = None  # where the last run ended, and its kind
        chain = 0  # places so far in a list joined by commas ("Singapore, Colombo, …")
        undecided: tuple[int, int] | None = None  # the last run left open after a comma: (where it ended, its row)
        kinds_here: list[str] = []  # the kinds of this sentence's runs so far
        route: tuple[int, int] | None = None  # the last run left open, a route's start if "to" a place follows
        i = 0
        while i < len(tokens):
            paired = _firm_of_two(tokens, i, breaks, known)
            if paired:
                runs.append((paired, "thing"))  # "the Horn and Hardart on Fifty-Seventh Street": one firm's name
                i += 3
                continue
            if _month_named(tokens, i):
                runs.append((tokens[i], "person"))  # "May liked the ones with the shiny top"
                mid_people.add(tokens[i])
                i += 1
                continue
            if _road(tokens, i):
                runs.append((tokens[i], "place"))  # "on the M6", "down the A1": a road by its number
                i += 1
                continue
            if tokens[i] == "Ah" and tokens[i + 1 : i + 2] != [] and tokens[i + 1].lower() in _CRIED_WITH_AH:
                i += 2  # "at Haeundae, Ah Lord, I cried": a cry, no name and no place in a list
                continue
            alias = _titled_named(text, tokens[i], known) if _title_as_name(tokens, i, breaks) else None
            if alias is not None:
                # "Mr Asante, we called him Sir. Sir was strict": another name for Mr Asante, no one new; said in a
                # later answer ("Madam said no" after "Madam Leung"), the one an earlier answer named
                if alias:
                    runs.append((alias, "person"))
                    mid_people.add(alias)
                i += 1
                continue
            if _title_as_name(tokens, i, breaks):
                runs.append((no_possessive(tokens[i]), "person"))  # "Madam said no", "more kind than Madam"
                mid_people.add(no_possessive(tokens[i]))
                i += 1
                continue
            numbered = _numbered_street(sentence, spans, i) or _way_by_number(sentence, spans, i)
            if numbered:
                runs.append((sentence[spans[i].start() : spans[numbered - 1].end()], "place"))
                i = numbered  # "a room on 168th Street", "the dance on 145th Street", "up 5th Avenue"
                continue
            initialled = _initialled(sentence, spans, i)
            if initialled:
                said = sentence[spans[i].start() : spans[initialled - 1].end()]
                runs.append((said, "person"))  # "T.S. Eliot wrote it", "K.L. Saigal sang": someone by initials
                mid_people.add(said)
                i = initialled
                continue
            # "MG Road", "JFK Airport", "KLCC Park": letters before a place's word start its name
            lettered = tokens[i].isalpha() and tokens[i].isupper() and 2 <= len(tokens[i]) <= 4 and i + 1 not in breaks
            lettered = lettered and tokens[i + 1 : i + 2] != [] and tokens[i + 1].lower() in PLACE_WORDS
            lettered = lettered and tokens[i + 1][:1].isupper()
            national = tokens[i].lower() in NATIONALITIES and i + 1 < len(tokens) and is_name_word(tokens[i + 1])
            # "Mister Kowalczyk": the title said in full starts the name ("Mister" alone is no one)
            surname = i + 1 < len(tokens) and is_name_word(tokens[i + 1]) and tokens[i + 1].lower() not in NUMBERS
            national = national or (tokens[i] in _SAID_TITLES and surname)  # not "Mister Six", a nickname's translation
            # "the two boys, Ah Keung and Ah Wai": the Cantonese "Ah" before a name, never opening a sentence, where
            # it is a cry ("Ah Paris, what a city")
            national = national or (surname and _cantonese_ah(tokens, i, breaks, known))
            kin_place = _kin_word(tokens[i]) and KIN_AS_PLACE.search(sentence[: spans[i].start()])
            # "left Pola in 1947", "came from Pola": a family's word that is a town's name too, left or come from
            kin_place = kin_place or (
                tokens[i].lower() in KIN_ALSO_TOWNS and _LEFT_FROM.search(sentence[: spans[i].start()])
            )
            # "the boat to Padar"; not "drove to Oupa Hendrik's farm", the relative with a name
            kin_place = kin_place and not re.match(r"['’]s\b|\s+[A-ZÀ-Þ]", sentence[spans[i].end() :])
            # "Out of Africa": a question word or a cry opening a title with "of" (read below as no one)
            titled = tokens[i][:1].isupper() and tokens[i].lower() in QUESTION_WORDS and i + 2 < len(tokens)
            titled = titled and tokens[i + 1] == "of" and is_name_word(tokens[i + 2]) and i + 1 not in breaks
            # opening a sentence, only a work said as one ("Out of Nairobi we drove" goes somewhere)
            titled = titled and (i > 0 or bool(_WORKS & {t.lower() for t in tokens[i + 3 : i + 8]}))
            # "Mai Street", "the Apo Hotel": a family's word opening a place's name is the place
            kin_place = kin_place or (
                _kin_word(tokens[i])
                and i + 1 not in breaks
                and tokens[i + 1 : i + 2] != []
                and tokens[i + 1][:1].isupper()
                and tokens[i + 1].lower() in PLACE_WORDS
            )
            # "Mae Sot", "Mae Hong Son", "Tad Hamilton": a family's word that is a given name too, never said before a
            # name as a title, opens a name of several words (a place or someone), as it did before it was kin
            opening = _kin_word(tokens[i]) and tokens[i].lower() in KIN_ALSO_NAMES - TITLES_OF_OTHER_LANGUAGES
            opening = opening and i + 1 not in breaks and tokens[i + 1 : i + 2] != [] and is_name_word(tokens[i + 1])
            opening = opening and bool(GONE_TO.search(sentence[: spans[i].start()]) or _place_word_after(tokens, i))
            # "married at the Madre de Dios church", "the bells of Madre de Dios" (said so before): a family's word
            # opening a dedication with a small word inside, where a place's word follows or it is known
            dedication = _kin_word(tokens[i]) and i + 3 <= len(tokens) and tokens[i + 1] in _CONNECTORS
            dedication = dedication and not {i + 1, i + 2} & breaks and is_name_word(tokens[i + 2])
            dedication = dedication and (
                (tokens[i + 3 : i + 4] != [] and tokens[i + 3].lower() in PLACE_WORDS)
                or " ".join(tokens[i : i + 3]) in known.places
            )
            opening = opening or dedication
            named = is_name_word(tokens[i]) or kin_place or titled or opening
            if not named and tokens[i].lower() not in SHIP_PREFIXES and not national and not lettered:
                i += 1
                continue
            start = i
            words = [tokens[i]]
            i += 1
            while i < len(tokens) and len(words) < 4 and i not in breaks and not {start, i} & alone:
                joins = tokens[i] in _CONNECTORS and i + 1 < len(tokens) and is_name_word(tokens[i + 1])
                # a family word of another language ending a name is part of it: "Inis Mor", "Ben Mor"
                ending = (
                    _kin_word(tokens[i])
                    and tokens[i].lower() not in TITLES_AFTER
                    and (words[-1].lower() not in TITLES or words[-1].lower().rstrip(".") in HONORIFICS | RULERS)
                )
                # "Doctor Who", "The Who": a question word ending a title (read below as no one)
                ending = ending or (
                    tokens[i][:1].isupper() and tokens[i].lower() in QUESTION_WORDS and not is_given_name(words[-1])
                )
                if is_name_word(tokens[i]) or joins or ending:
                    words.append(tokens[i])
                else:
                    break
                i += 1
            if len(words) == 1 and words[0].lower() in SHIP_PREFIXES and not words[0].isupper():
                continue
            before = [t.lower() for t in tokens[max(0, start - 3) : start]]
            after = [t.lower() for t in tokens[i : i + 3]]
            near = _near(tokens, start, previous, breaks)
            kind = kind_of_name(
                words,
                before,
                after,
                at_start=start == 0,
                known=known,
                comma_after=i in breaks,
                comma_before=start in breaks,
                lead=[t.lower() for t in tokens[:start]],
                apposition=_apposition(sentence, spans, i) if i in breaks else [],
                epithet=_epithet(tokens, i, breaks),
                together=any(t.lower() in TOGETHER for t in tokens[max(0, start - 5) : start]),
                near=near,
            )
            later = [t.lower() for t in tokens[i : i + 6]]
            if kind in ("start", "") and not set(range(i, i + 5)) & set(breaks) and role_after_origin(later):
                kind = "person"  # "Ragna from Hvannasund was the forewoman" (``named_by_kind``)
            if opening and not is_name_word(tokens[start]) and kind != "place":
                continue  # "Tad Hamilton", "Mae West": someone, read with the family's word (``kin_and_roles``)
            if start in firms or i in firms:
                kind = "thing"
            cantonese = (
                no_possessive(" ".join(words)).lower() not in KIN_OF_OTHER_LANGUAGES
            )  # "Ah Mui" is the sister (``relatives``)
            cantonese = cantonese and _cantonese_ah(tokens, start, breaks, known)
            if words[0] == "Ah" and start > 0 and len(words) > 1 and kind in ("", "start") and cantonese:
                kind = "person"  # "Ah Keung", "Ah Wai": someone called by the familiar "Ah"
            if any(w.lower() in QUESTION_WORDS for w in words):
                kind = ""  # "We watched Doctor Who", "Out of Africa was the film": a title of a work, no one
            if kin_place and len(words) == 1 and kind in ("", "start", "person"):
                kind = "place"  # "a little boat to Padar": the island, though a family's word too
            figure = " ".join(words).lower() in FIGURES or (
                start > 0
                and tokens[start - 1][:1].isupper()
                and " ".join(tokens[start - 1 : i]).lower() in FIGURES
                and not (start > 1 and tokens[start - 2].lower() in POSSESSIVES)
            )
            if figure:
                kind = ""  # "Mother Nature had her say", "Lady Luck": a figure of speech, no one in the story
            # "Our buffalo was Ai Dam, Black Boy, big like a house": the animal's name, then again in other words
            again = previous is not None and previous[0] == start and runs != [] and runs[-1][0] in pets
            again = again and (i in breaks or i == len(tokens)) and not is_given_name(words[0])
            if (_pet(tokens, start, i, breaks) or _pet_named(tokens, start, breaks) or again) and no_possessive(
                " ".join(words)
            ) not in known.people:
                pets.add(
                    no_possessive(" ".join(words))
                )  # "a galah in a cage on the verandah, Mister Percy, …": the bird
            if kind in ("place", "", "start") and _vessel_named(sentence, spans, tokens, start):
                kind = "thing"  # "the big tanker from Libya, the Santa Lucia, three shifts": the tanker's name
            beside = before[-1:] + [t.lower() for t in tokens[i + 1 : i + 2] if tokens[i : i + 1] == ["the"]]
            if kind == "thing" and set(beside) & ANIMALS:
                pets.add(
                    no_possessive(" ".join(words))
                )  # "our mare, Kasztanka,", "Bles the mule": an animal all answer long
            said_as = no_possessive(" ".join(words))
            unplaced = said_as not in known.places | known.things and said_as.lower() not in COUNTRIES | REGIONS
            # "I grew up in Kerlouan. Kerlouan was furious": a place this answer named, never someone by a feeling
            unplaced = unplaced and (said_as, "place") not in runs
            # what was told before it, this sentence and the last ("We had a little terrier. Biscuit was so scared")
            told_before = [t.lower() for t in TOKEN.findall(" ".join(sentences[max(0, number - 1) : number]))]
            told_before += [t.lower() for t in tokens[:start]]
            told = i not in breaks and unplaced and told_as_person([t.lower() for t in tokens[i : i + 10]], told_before)
            if kind in ("", "start") and told and not no_one_acting(said_as) and said_as.lower() not in NOT_NAMES:
                kind = "person"  # "Jhon Fredy was so angry", "Job was the worst of them" (``person_states``)
            renamed = i in breaks and [t.lower() for t in tokens[i : i + 3]] in _CALL_IT and not is_given_name(words[0])
            if kind in ("", "start") and renamed and any(k == "place" for _, k in runs):
                kind = "place"  # "born in Stann Creek Town. Dangriga, we call it now": the place's other name
            high = i not in breaks and not is_given_name(words[0]) and stands_high(sentence[spans[i - 1].end() :])
            if kind in ("", "start", "person") and high:
                kind = "place"  # "Wilson is at five thousand five hundred feet": where a place stands
            if kind in ("person", "start") and i not in breaks and told_as_it([t.lower() for t in tokens[i : i + 3]]):
                kind = "place" if said_as in known.places else ""  # "Gourin emptied itself into New York"
            if said_as in pets:
                kind = "thing"  # "… and Mister Percy outlived half the street": still the bird
            couple = tokens[i : i + 1] == ["and"] and i + 2 < len(tokens) and is_given_name(tokens[i + 1])
            if kind in ("", "start") and couple and is_name_word(tokens[i + 2]) and i + 1 not in breaks:
                kind = "person"  # "Merv and Joy Dawson": one of a couple named with their surname
            deed = tokens[i].lower() if i < len(tokens) and i not in breaks else ""
            spoken_of = {t.lower() for t in tokens[i + 1 :]} & {"him", "he", "his"}  # "she" is said of ships and towns
            if kind == "start" and deed in _DEEDS and spoken_of and no_possessive(" ".join(words)) not in known.places:
                kind = "person"  # "Bolat drove a ZIL for the bus park, that is how I met him": a man's deed, then him
            alone_in_sentence = start == 0 and len(words) == len([t for t in tokens if not t.isdigit()])
            if alone_in_sentence and storm and no_possessive(" ".join(words)) not in known.people:
                kind = "thing"  # "Camille. August of '69, she came ashore at night": a storm, not a woman
            if kind in ("", "start") and alone_in_sentence:
                kind = _listed_alone(sentences, number, known) or kind  # "Liverpool. Londonderry. Back again."
                if kind == "echo":
                    continue  # "and ran. Ran!": a word cried again, no name
            if alone_in_sentence and kind in ("", "start", "person") and _placed_next(sentences, number):
                kind = "place"  # "Gary. McDowell County, West Virginia.": a name, then where it lies
            if kind in ("", "start") and alone_in_sentence and _introduced(sentences, number, words, known):
                kind = "person"  # "Clovis. Took his mask off and there he was": a name, then what he did
            listed = previous is not None and tokens[previous[0] : start] in ([], ["and"], ["or"])
            if (
                kind == "thing"
                and previous is not None
                and previous[1] == "place"
                and chain >= 2
                and tokens[previous[0] : start] == ["the"]
                and previous[0] in breaks
                and (i in breaks or i == len(tokens))
                and no_possessive(" ".join(words)) not in known.things
            ):
                kind = "place"  # "Singapore, Colombo, the Suez, Port Said": a stop in a list of places
            crossed = before[-1:] in (["through"], ["via"]) and set(before[-2:-1]) & _PASSING
            crossed = crossed and any(k == "place" for k in kinds_here) and not re.search(r"['’]s$", words[-1])
            crossed = crossed and words[0].lower() not in TITLES and no_possessive(" ".join(words)) not in known.people
            if crossed and kind in ("", "start", "person"):
                kind = "place"  # "up to Broome and Derby, and home through Alice": a stop on the way
            raw = kind  # before a list lends it its neighbour's kind
            owned_name = (
                re.search(r"['’]s$", words[-1]) is not None
            )  # "the corner of Delancey, Rubin's,": a shop, no stop
            if kind in ("", "start") and listed and previous[1] in ("place", "thing") and not is_given_name(words[0]):
                # "the coast of Africa, Benghazi and further", "two horses, Bles and Mina"
                kind = "" if owned_name and previous[1] == "place" else previous[1]
            where = [t.lower().replace("’", "'") for t in tokens[i : i + 6]]
            told_where = any(where[k : k + 2] == ["that's", "where"] for k in range(len(where)))
            if (
                kind in ("", "start")
                and told_where
                and not is_given_name(words[0])
                and no_possessive(" ".join(words)) not in known.people
            ):
                kind = "place"  # "It was Leeds after that, that's where we met": the name said as where
            roll = (
                start in breaks
                and (i in breaks or i == len(tokens))
                and no_possessive(" ".join(words)) not in known.places
            )
            if kind in ("", "start") and listed and previous[1] == "person" and roll:
                kind = "person"  # "with Wanda, Big Mo, Tiny, Lefty.": a roll of names after someone
            comma = start in breaks and sentence[spans[start - 1].end() : spans[start].start()].strip() == ","
            before_place = previous is not None and previous[1] == "place"
            if kind == "place" and undecided is not None and undecided[0] == start and comma:
                # "the whole week, Maitland, Sea Point, wherever": the open name before a place in a list
                runs[undecided[1]] = (runs[undecided[1]][0], "place")
                before_place = True
            joined = listed or (previous is not None and tokens[previous[0] : start] == ["the"])
            chain = (chain + 1 if before_place and joined else 1) if kind == "place" else 0
            opened = kind in ("", "start") and comma and not is_given_name(words[0]) and words[0].lower() not in TITLES
            undecided = (i, len(runs)) if opened else None
            if kind == "place" and route is not None and tokens[route[0] : start] == ["to"]:
                runs[route[1]] = (runs[route[1]][0], "place")  # "the Arrow, Roanoke to Columbus": a route's ends
            # a route set off by a comma: "the Arrow, Roanoke to Columbus," (not "wrote Hollis to", nor a
            # carrier opening a sentence, "Qantas to London, my first flight")
            open_end = raw in ("", "start") and start in breaks and not is_given_name(words[0])
            route = (i, len(runs)) if open_end else None
            # "we had Juanito and then Rosa", "about Askar and Dana": a name said with someone is someone too
            paired = previous is not None and tokens[previous[0] : start] in (["and"], ["and", "then"])
            paired = paired and after[:1] not in (["was"], ["is"], ["has"])  # not "I met Dana and Kegen was cold"
            open_pair = paired and runs != [] and runs[-1][0] not in known.places | known.things
            # not things someone owns, said in the plural before the "and": "came with their Chevrolets, and Baron
            # Kevork" (but "my Amalia and Rosa")
            owned_many = runs != [] and runs[-1][0].endswith("s") and not is_given_name(runs[-1][0])
            # a plural's shape: listed off by a comma, or a consonant before the "s" ("Chevrolets", "Fords"); not
            # a name's own ending ("my Marcus and Julia", "my Nikos and Eleni")
            owned_many = owned_many and (
                not re.search(r"[aeiouy]s$", runs[-1][0])
                or bool(re.search(rf"\b{re.escape(runs[-1][0])}\s*,\s*and\b", sentence))
            )
            open_pair = open_pair and not (
                owned_many and re.search(rf"\b(?:their|his|her|our|my)\s+{re.escape(runs[-1][0])}\b", sentence)
            )
            if open_pair and kind == "person" and runs[-1][1] in ("", "start"):
                runs[-1] = (runs[-1][0], "person")
            name_here = no_possessive(" ".join(words))
            if paired and kind in ("", "start") and previous[1] == "person" and name_here not in known.places:
                kind = "person"
            previous = (i, kind)
            if (
                len(words) == 1
                and words[0].endswith("s")
                and before[-1:] == ["the"]
                and any(t.lower() in FAMILY_WORDS for t in tokens[:start])
            ):
                kind = "person"  # "the Italian family on the next farm, the Bertolinis"
            name = no_possessive(" ".join(words))
            if kind == "thing" and not re.search(r"['’]s$", words[-1]) and cloth_after(words, before, after):
                name = f"{name} {tokens[i]}"  # "the George wrapper" is kept whole: a later "George" is still someone
            if kind == "place" and words[0].lower() in SAINTS:
                # a saint's church or school keeps its name as said: "St. Edward's"
                said = re.search(r"[\s.]{1,3}".join(map(re.escape, words)), sentence)
                name = said.group(0) if said else " ".join(words)
            if kind == "person" and words[0].lower() in TITLES:
                said = re.search(r"[\s.]{1,3}".join(map(re.escape, words)), sentence)
                name = no_possessive(said.group(0)) if said else name  # "Mr. Ondaatje" as said, not "Mr Ondaatje"
            styled = _styled(tokens, start, i, words)
            if styled:
                kind, name = "person", styled  # "when His Holiness came", "Her Majesty opened it": one so styled
            if kind == "person" and tokens[i : i + 1] == ["ji"] and i not in breaks:
                name = f"{name} ji"  # "Master ji", "Sharma ji": the honorific is how the person is called
            if kind in ("person", "start") and len(words) > 1 and plain_word(words[-1]) in SHOP_ENDS:
                kind = "thing"  # "Folake Fabrics", "Rossi Motors": a shop or a maker named for its owner
            housed = tokens[i + 1 : i + 2] != [] and tokens[i + 1].lower() in PLACE_WORDS  # "… Lutheran Church"
            congregation = i < len(tokens) and i not in breaks and tokens[i][:1].isupper()
            if congregation and tokens[i].lower() in CONGREGATIONS and not housed:
                # "Bethel Baptist gave us blankets", "Faith Methodist paid the rent": a congregation by its name, no
                # one (not "Faith was a Methodist": a word between); its church where one goes or is ("went to
                # Bethel Baptist", "married at Grace Lutheran"), a place
                gone = kind == "place" or GONE_TO.search(sentence[: spans[start].start()])
                gone = gone and not re.search(r"['’]s$", tokens[i])
                kind, name = "place" if gone else "thing", f"{name} {tokens[i]}"
            if kind == "person" and start > 0:
                mid_people.add(name)
            if kind == "place" and near:
                by_place.add(name)
            runs.append((name, kind))
            kinds_here.append(kind)
    people: list[str] = []
    places: list[str] = []
    things: list[str] = []
    for name, kind in runs:
        if kind == "listed":  # names said alone one after another: a journey's stops, beside other places
            journey = any(k == "place" for _, k in runs) and JOURNEY & set(re.findall(r"[a-z]+", text.lower()))
            kind = "place" if journey else ""
        if kind == "start":  # a sentence's first word: a person only if seen as one mid-sentence
            kind = "person" if name in mid_people else ""
        if kind == "place" and name in by_place and name in mid_people:
            kind = "person"  # "we ate with Mere, and the house by Mere was full": someone elsewhere, by whom
        if not kind or name in exclude or (name.lower() in NOT_NAMES and name not in mid_people):
            continue
        target = {"person": people, "place": places, "thing": things}[kind]
        if name not in target:
            target.append(name)
    # "sang in Sicilian", "a Keralite shop", "ninety in Celsius": an adjective of a place or a scale, no place
    named_places = set(places) | known.places
    places = [p for p in places if not no_place(p, named_places, text)]
    # "Txuri the dog, … I talk to Txuri in Euskera": what the answer shows to be an animal or a thing
    # is not also where one talks to it
    return people, [p for p in places if p not in things], things


# A style said of one high person with "His", "Her" or "Your": "His Holiness", "Her Majesty", "His Excellency".
_STYLES = frozenset("holiness majesty excellency eminence highness grace lordship ladyship beatitude".split())


def _styled(tokens: list[str], start: int, end: int, words: list[str]) -> str:
    """ "His Holiness came to Toronto", "Her Royal Highness opened the ward": the style with its "His" or "Her",
    said of someone; not where it names a place or a body ("Her Majesty's Theatre", "His Majesty's Prison")."""
    if not start or tokens[start - 1] not in ("His", "Her", "Your") or plain_word(words[-1]) not in _STYLES:
        return ""
    if len(words) > 1 and not (len(words) == 2 and words[0] == "Royal"):
        return ""
    owning = re.search(r"['’]s$", words[-1]) and tokens[end : end + 1]
    if owning and (tokens[end][:1].isupper() or tokens[end].lower() in _STYLED_BODIES):
        return ""  # "Her Majesty's Theatre", "Her Majesty's ship Hood", "His Majesty's government"
    return f"{tokens[start - 1]} {no_possessive(' '.join(words))}"


# What "Her Majesty's" names that is no person: "Her Majesty's ship Hood", "His Majesty's government".
_STYLED_BODIES = frozenset(
    "ship ships government service services prison prisons forces navy army theatre customs pleasure stationery".split()
)


def _cantonese_ah(tokens: list[str], i: int, breaks: set[int], known: Known) -> bool:
    """The Cantonese "Ah" before a name ("the two boys, Ah Keung and Ah Wai", "my cousin Ah Keung"); never opening
    a sentence, nor a cry: after words of saying or thinking ("I thought, Ah Paris", "shouted Ah Ha"), or before a
    word cried with it or a place ("Ah Lord", "Ah God", "Ah Kenya")."""
    if tokens[i] != "Ah" or i == 0 or i + 1 >= len(tokens) or i + 1 in breaks:
        return False
    nxt = tokens[i + 1]
    if nxt.lower() in _CRIED_WITH_AH or nxt.lower() in COUNTRIES | REGIONS or nxt in known.places:
        return False
    return tokens[i - 1].lower() not in _SAID_ALOUD


# Left or come from: "everyone left Pola", "we came from Pola" (a town, not the grandfather).
_LEFT_FROM = re.compile(r"\b(?:left|leave|leaving|fled|flee|fleeing|from|evacuated)\s+$", re.IGNORECASE)
# Words cried after "Ah": "Ah Lord", "Ah God", "Ah Ha", "Ah Well".
_CRIED_WITH_AH = frozenset("lord god ha haa hah well yes no oh dear jesus allah mary man boy me so ya".split())
# Words after which "Ah" is said aloud: "I thought, Ah Paris", "the children shouted Ah Ha".
_SAID_ALOUD = frozenset(
    """said say says thought think thinks cried cry shouted shout sighed whispered exclaimed screamed yelled went
    go goes murmured prayed""".split()
)


# Titles said in full, not names themselves, that start a name: "Mister Kowalczyk", "Madam Leung".
_SAID_TITLES = frozenset({"Mister", "Madam"})


# Deeds only people do, opening a sentence with a name: "Bolat drove a ZIL", "Aroha taught us" (not "had", "won":
# "Leeds won the cup").
_DEEDS = frozenset(
    "drove rode carried taught wrote sang brought built bought sold paid married met showed sent gave".split()
)


# Months that are also given names, and the words before a month that make it a time ("in May", "last June")
_MONTH_NAMES = frozenset({"April", "May", "June"})
_BEFORE_A_MONTH = frozenset("in of last next early late mid since until till by through that this every each".split())


_ONLY_PEOPLE_DO = SAYING | frozenset("liked loved married wore knew thought wanted danced wrote cooked baked".split())


def _month_named(tokens: list[str], i: int) -> bool:
    """A month doing what people do is someone of that name: "May liked the shiny ones", "May and me,
    we got the chippy"; not "in May", "May 1968", "the May we married"."""
    if tokens[i] not in _MONTH_NAMES or (i and tokens[i - 1].lower() in _BEFORE_A_MONTH | DETERMINERS):
        return False
    after = [t.lower() for t in tokens[i + 1 : i + 3]]
    if after in (["and", "me"], ["and", "i"]):
        return True  # "in '68 May and me, we got the chippy"
    # only what people do, not what a month does too ("June came early", "May would bring the rain")
    return bool(after) and after[0] in _ONLY_PEOPLE_DO and not (i and tokens[i - 1].isdigit())


def _known_in_capitals(token: str, known: Known) -> str:
    said = token.title()
    return said if len(token) > 1 and token.isupper() and (said in known.places or said in known.people) else token


# A clause told in the passive, where "by" names who did it: "was raised in Apia by Lupe", "written at Oxford by".
_BE = frozenset("was were been being be is are got get gets".split())
_DONE_TO = frozenset(
    """written built made run drawn sung taught brought kept held given taken done grown raised owned painted
    founded started opened photographed""".split()
)


# Who does what a participle-like past says, it then being active: "we built", "they had kept", "who painted".
_DOERS = frozenset("i we they he she you who had have has".split())


def _near(tokens: list[str], start: int, previous: tuple[int, str] | None, breaks: set[int]) -> bool:
    """ "by" right before the name means beside, the name a place: after a place just read ("at Westfield by
    Otahuhu") or a place, works or dwelling noun ("the factory by Mangere", "a house by Papatoetoe"); not in a
    passive clause ("raised in Apia by Lupe", "a song written at Oxford by Tolkien"), nor after a work and what it
    shows ("a painting of the harbour by Tamati": by whom it was made)."""
    if start < 2 or tokens[start - 1].lower() != "by" or start in breaks:
        return False
    placed = previous is not None and previous[1] == "place" and previous[0] == start - 1
    noun = tokens[start - 2].lower()
    if not placed and noun not in PLACE_WORDS | SITES | SETTLED:
        return False
    opened = max([b for b in breaks if b < start], default=0)
    clause = [t.lower() for t in tokens[opened : start - 1]]
    made = [k for k, word in enumerate(clause) if word in WORKS]
    if made and len(clause) - made[-1] <= 6 and clause[made[-1] + 1 : made[-1] + 2] in (["of"], ["about"], ["from"]):
        return False  # "a painting of the harbour by Tamati", "the song about the village by Ioane": its maker
    # "written at Oxford by" is done to it; "they built a church at the village by Otara" is done by them
    done_to = [k for k, word in enumerate(clause) if word in _DONE_TO and (k == 0 or clause[k - 1] not in _DOERS)]
    return not done_to and not any(
        word in _BE and any(w.endswith("ed") or w in _DONE_TO for w in clause[k + 1 : k + 3])
        for k, word in enumerate(clause)
    )


def _vessel_named(sentence: str, spans: list[re.Match[str]], tokens: list[str], start: int) -> bool:
    """The name set after a boat just said, with "the": "the big tanker from Libya, the Santa Lucia,", "an old
    ferry, the San Miguel," (the vessel last before the comma, or with where it was from)."""
    lead = start - 1
    if lead < 2 or tokens[lead].lower() != "the":
        return False
    if sentence[spans[lead - 1].end() : spans[lead].start()].strip() != ",":
        return False
    last = [t.lower() for t in tokens[max(0, lead - 3) : lead]]
    return last[-1] in VESSELS or (len(last) == 3 and last[1] == "from" and last[0] in VESSELS)


def _epithet(tokens: list[str], i: int, breaks: set[int]) -> bool:
    """After a name, "the" and an animal or object noun, then a mark: "Fido the dog," "Bessie the cow."."""
    return (
        tokens[i : i + 1] == ["the"]
        and i + 1 < len(tokens)
        and tokens[i + 1].lower() in THING_NOUNS
        and (i + 2 == len(tokens) or i + 2 in breaks)
    )


def _introduced(sentences: list[str], number: int, words: list[str], known: Known) -> bool:
    """A name said alone, and the next sentence tells what he or she did: "Ramiro. He drove the bus.",
    "Clovis. Took his mask off"; not a place ("Lekeitio. He was born there.") nor a storm."""
    name = no_possessive(" ".join(words))
    if len(name) < 3 or name.lower() in INTERJECTIONS:
        return False  # "Ha. He was the boss of that family": a laugh, not a name
    if number + 1 >= len(sentences) or name in known.places or name.lower() in COUNTRIES | REGIONS:
        return False
    nxt = [t.lower() for t in TOKEN.findall(sentences[number + 1])]
    # "there" of a place, not "there he was"
    there = any(t in ("there", "here") and nxt[k + 1 : k + 2] not in (["he"], ["she"]) for k, t in enumerate(nxt[:10]))
    if not nxt or there or set(nxt[:10]) & {"born", "place", "town", "village", "city"}:
        return False
    if nxt[0] in ("he", "she"):
        return True
    return (nxt[0] in DID or nxt[0].endswith("ed")) and bool(set(nxt[1:4]) & {"his", "her", "him"})


def _pet(tokens: list[str], start: int, end: int, breaks: set[int]) -> bool:
    """A name set off by marks right after a clause about an animal ("we had a galah in a cage on the
    verandah, Mister Percy, Dad taught him…", "our old mare up the back paddock, Duchess."): the animal's
    name. The clause is an article and the animal, then only small words (not "our teacher, Mr Brown,")."""
    if start not in breaks or not (end in breaks or end == len(tokens)):
        return False
    opened = max([b for b in breaks if b < start], default=0)
    clause = [t.lower() for t in tokens[opened:start]]
    for k, word in enumerate(clause):
        # the animal right after the article or after one more word ("our old mare"), then small words
        at = next((n for n in (k + 1, k + 2) if clause[n : n + 1] and clause[n] in ANIMALS), None)
        if word in _OWNING and at is not None:
            return all(t == t.lower() for t in tokens[opened + at + 1 : start])
    return False


def _firm_of_two(tokens: list[str], i: int, breaks: set[int], known: Known) -> str:
    """Two names joined by "and" under one "the": a firm's or a shop's name ("met at the Horn and Hardart", "the
    Marks and Spencer in Leeds"); not two places or people ("in Leeds and Bradford", "the Smiths and the
    Joneses", "the Tigris and the Euphrates")."""
    if i < 1 or tokens[i - 1].lower() != "the" or tokens[i + 1 : i + 2] != ["and"] or len(tokens) < i + 3:
        return ""
    pair = [tokens[i], tokens[i + 2]]
    if {i, i + 1, i + 2} & breaks or not all(is_name_word(w) and not w.endswith(("s", "'s", "’s")) for w in pair):
        return ""
    if tokens[i + 3 : i + 4] != [] and tokens[i + 3][:1].isupper() and i + 3 not in breaks:
        return ""  # "the Horn and Hardart Company" is read as a run of its own
    if any(w in known.places or w in known.people or w.lower() in COUNTRIES | REGIONS for w in pair):
        return ""
    return "" if any(is_given_name(w) for w in pair) else f"{pair[0]} and {pair[1]}"


_NAMING = frozenset("was is named called".split())
# "Dangriga, we call it now", "Pang, they call it": another name of what was just named
_CALL_IT = [
    [who, call, "it"] for who in ("we", "they", "people", "everyone", "everybody") for call in ("call", "called")
]


def _pet_named(tokens: list[str], start: int, breaks: set[int]) -> bool:
    """The name said of an animal of the teller's, the animal opening its clause: "our buffalo was Ai Dam", "my dog
    is called Rex", "and our mare named Kasztanka" (not "our teacher was Mr Brown", "the vet who treated our dog
    was called Dr Naidoo")."""
    lead = [t.lower() for t in tokens[:start]]
    if not lead or lead[-1] not in _NAMING:
        return False
    end = len(lead) - 1 - (lead[-2:-1] in (["is"], ["was"]) and lead[-1] != "is" and lead[-1] != "was")
    for owner in (end - 2, end - 3):
        if owner < 0 or lead[owner] not in _OWNING or lead[end - 1] not in ANIMALS:
            continue
        return owner == 0 or owner in breaks or lead[owner - 1] in _CLAUSE_OPENERS
    return False


_CLAUSE_OPENERS = frozenset("and so then but".split())


# What comes and goes "through" a place, not a person: "home through Alice" (not "the job through Alice").
_PASSING = frozenset(
    "home back way went came drove passed rode flew travelled traveled sailed walked going coming driving".split()
)
_OWNING = frozenset("a an our my his her their".split())


def _placed_next(sentences: list[str], number: int) -> bool:
    """The next sentence only says where: "Gary. McDowell County, West Virginia." (not "Florence. My aunt.")."""
    if number + 1 >= len(sentences):
        return False
    said = [t for t in TOKEN.findall(sentences[number + 1]) if not t.isdigit()]
    if not said or not all(is_name_word(t) for t in said):
        return False
    lowered = " ".join(said).lower()
    return said[-1].lower() in PLACE_WORDS or any(lowered.endswith(place) for place in COUNTRIES | REGIONS)


def _listed_alone(sentences: list[str], number: int, known: Known) -> str:
    """A sentence that is only a name before a place lead is a place ("Merasheen. Out in Placentia Bay.");
    beside another such sentence of another name it is "listed" ("Liverpool. Londonderry. Back again.":
    a voyage's ports), a place if the answer names places too (not "Listen. Hwiiii." nor "Again. Again.").
    A word the sentence before said in lower case is an "echo", cried again: "every man ran. Ran! Down to the
    port"."""

    def only_name(sentence: str) -> bool:
        said = TOKEN.findall(sentence)
        tokens = said[:1] + [t for t in said[1:] if not t.isdigit()]  # "Chak 117. Near Lyallpur.": a numbered village
        return (
            0 < len(tokens) <= 3
            and all(is_name_word(t) for t in tokens)
            and not is_given_name(tokens[0])
            and no_possessive(" ".join(tokens)) not in known.people
            and tokens[0].lower() not in TITLES
        )

    if not only_name(sentences[number]):
        return ""
    said = TOKEN.findall(sentences[number])
    if number and len(said) == 1 and said[0].lower() in TOKEN.findall(sentences[number - 1]):
        return "echo"  # "dropped the hoe and ran. Ran! Down to the port": the word just said, cried again
    neighbours = sentences[max(0, number - 1) : number] + sentences[number + 1 : number + 2]
    if any(only_name(other) and other.strip(" .") != sentences[number].strip(" .") for other in neighbours):
        return "listed"
    for later in sentences[number + 1 : number + 3]:
        words = [t.lower() for t in TOKEN.findall(later)]
        if 2 <= len(words) <= 4 and words[0] in ("a", "an") and words[-1] in PLACE_WORDS:
            return "place"  # "Taishan. Toisan, we say. A village."
    if number + 1 < len(sentences):
        clause = [t.lower() for t in TOKEN.findall(re.split(r"[,;:—–]", sentences[number + 1])[0])]
        if 2 <= len(clause) <= 3 and clause[0] in SIZED and clause[-1] in PLACE_WORDS | {"place", "spot"}:
            return "place"  # "Lekeitio. Little town, on the coast.": the name explained as a place
    following = [t.lower() for t in TOKEN.findall(sentences[number + 1])[:2]] if number + 1 < len(sentences) else []
    lead = following[1:] if following[:1] and following[0] in LOCATING else following  # "Out in Placentia Bay"
    # (not "Fe. From ferrum, the Latin": two letters before where they come from are a symbol, a note)
    symbol = len(TOKEN.findall(sentences[number])) == 1 and len(sentences[number].strip(" .")) <= 2
    return "place" if lead and (lead[0] in PLACE_LEADS or lead[0] == "on") and not symbol else ""


def _apposition(sentence: str, spans: list[re.Match[str]], i: int) -> list[str]:
    """The words after a name's comma up to the next mark: "Jan Meda, the big field, in January" →
    the, big, field."""
    words: list[str] = []
    for n in range(i, len(spans)):
        if n > i and sentence[spans[n - 1].end() : spans[n].start()].strip() not in ("", "-"):
            break  # a hyphen joins "water-seller's"
        words.append(spans[n].group(0).lower())
    return words
