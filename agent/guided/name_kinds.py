"""What one capitalised name is, from the words just around it (:func:`kind_of_name`): a person, a place,
a thing, or undecided at a sentence's start; with the appositions that explain a name ("Vickers, a shell
factory", "Bessie the cow") and a cloth called by a name ("an Ankara print"). Split from
:mod:`agent.guided.capitalised`, which finds the runs and asks this of each."""

from __future__ import annotations

import itertools
import re
from typing import TYPE_CHECKING

from agent.guided.calendar_names import names_a_time
from agent.guided.firms_and_forces import no_one_acting
from agent.guided.halls_named import met_in_hall
from agent.guided.landforms import LANDFORMS, TEAM_AFTER
from agent.guided.lexicon import (
    CLUB_WORDS,
    COUNTRIES,
    DETERMINERS,
    EVENT_WORDS,
    FAMILY_NAMES,
    HONORIFICS,
    KIN,
    MONTHS,
    NOT_NAMES,
    ORG_WORDS,
    PART_OF_PLACE,
    PERSON_LEADS,
    PERSON_NOUNS,
    PERSON_VERBS,
    PLACE_LEADS,
    PLACE_PREFIXES,
    PLACE_WORDS,
    POSSESSIVES,
    REGIONS,
    RULERS,
    SCRIPTURES,
    SHIP_PREFIXES,
    THING_NOUNS,
    TITLES,
    TITLES_AFTER,
    TITLES_OF_OTHER_LANGUAGES,
)
from agent.guided.name_words import SAYING, YEAR, is_given_name, no_possessive, plain_word
from agent.guided.named_by_kind import animal_after, animal_before
from agent.guided.names import FEMALE, MALE
from agent.guided.not_people import named_right_after, not_a_person
from agent.guided.person_acts import TRADES, acts_as_person, by_trade, owns_kin
from agent.guided.person_cues import (
    ADDRESSING,
    AUTHORED,
    BARE_VERBS,
    CLERGY,
    DID,
    GIVING,
    HABITUAL,
    HOUSEHOLD,
    HOUSEHOLD_FOLLOWS,
    LIST_GOES_ON,
    OBJECTS,
    QUESTIONING,
    SAY,
    SURNAME,
    WEDDED,
    given_in_marriage,
    met_and_told_of,
)
from agent.guided.place_cues import (
    BELONGING,
    COMPASS,
    COUNTRIES_WITH_THE,
    FARTHER,
    LOCATING,
    ON_SOMEONE,
    PLACE_ENDS,
    PLACE_SUFFIX,
    RIVER_VERBS,
    SETTLED,
    SIDES,
    SITES,
    SOMEWHERE,
    SPOKE,
    TOWN_SUFFIX,
)
from agent.guided.publications import named_paper
from agent.guided.thing_cues import (
    ANIMALS,
    BRANDS,
    BUSINESSES,
    CLOTH_NAMES,
    CLOTH_VERBS,
    CLOTHS,
    FEASTS,
    FIRM_KINDS,
    GARMENTS,
    GOING_TO,
    HOUSE_KINDS,
    INSTITUTIONS,
    LINES_OF_PLAY,
    NEW_THINGS,
    ONLINE,
    PLAYING,
    PUTTING,
    SERVICES,
    SOCIETY_HALLS,
    STORMS,
    STUDYING,
    THING_ADJECTIVES,
    VESSEL_TITLES,
    VOYAGING,
    WATER_AND_LAND,
    WIND_VERBS,
)
from agent.guided.trip_places import trip_set_off
from agent.guided.work_words import OCCUPATIONS

if TYPE_CHECKING:
    from agent.guided.annotate import Known


def _family_name(words: list[str]) -> bool:
    """A family by its plural name: "the Kowalskis", "the Joneses" (one word in "s", not owned)."""
    return len(words) == 1 and len(words[0]) > 3 and words[0].endswith("s") and not re.search(r"['’]s$", words[0])


# What one does at a shop or a spot named like someone: "sold perfume at Yves Rocher", "surfed at Jaco" (not
# "laughed at Yves", "shouted at John Lewis": those take "at" a person).
_DONE_AT = frozenset(
    """worked work working sold selling shopped shopping served serving surfed surfing swam swimming camped camping
    holidayed employed""".split()
)
# Dishes and hairdos named for someone, said after the name: "Olivier salad", "a Marcel wave", "Melba sauce"; not
# after giving ("gave Olivier salad": to him).
_NAMED_DISHES = frozenset("salad salads sauce sponge wave waves".split())
_GIVING = frozenset("gave give giving brought bring served serve fed feed handed passed sent".split())

# Place words that are common surnames too ("Peter Weir", "Sally Field", "Benny Hill", "Van Dam").
_SURNAME_PLACE_WORDS = frozenset("weir dam field fields brook brooks hill hills lake".split())


# Words after a name that make it a firm's: "the Gobi factory", "the Altai works" (with ``ORG_WORDS``)
_WORKS_AFTER = frozenset(
    """factory factories works mill mills plant brand cashmere shop store mints mint sweets candy candies chocolate
    chocolates cigarettes beer lager cola""".split()
)  # and what they make: "Andes mints", "Sahara cigarettes"


def kind_of_name(
    words: list[str],
    before: list[str],
    after: list[str],
    *,
    at_start: bool,
    known: Known,
    comma_after: bool = False,
    comma_before: bool = False,
    lead: list[str] | None = None,
    apposition: list[str] | None = None,
    epithet: bool = False,
    together: bool = False,
    near: bool = False,
) -> str:
    """person, place, thing, "start" (undecided at a sentence's start) or "" (nothing to record); ``together``:
    the words just before tell of something done side by side ("worked", "shared a flat"); ``near``: "by" means
    beside, after a place ("at Westfield by Otahuhu", ``_near``); ``lead``: the sentence's words before the name."""
    name = no_possessive(" ".join(words))
    first, last = words[0].lower(), words[-1].lower()
    lowered = {part for w in words for part in w.lower().split("-")}  # "the Co-op" is a co-operative
    if name.lower() in KIN:
        return ""  # "Bà Nội" is read as the relative (``relatives``)
    listed_name = plain_word(no_possessive(words[0])) in FEMALE | MALE or first in TITLES
    elsewhere = not_a_person(words, before, after, given=listed_name, known_person=name in known.people, lead=lead)
    if elsewhere is not None:
        return elsewhere  # a god, "the settlement called Wainikoro", "Karen Jeppe Jemaran", "in Motibhai's shop"
    if not comma_before and named_right_after(lead if lead is not None else before, after):
        return "thing"  # "our cow Daisy gave milk", "the boat Mary Rose took us out" (not "off the boat, Santa Cruz")
    if after[:1] and after[0] in SOCIETY_HALLS and met_in_hall(before) and not re.search(r"['’]s$", words[-1]):
        return "place"  # "the bingo starts at the Legion hall", "we danced in the Orange hall" (``halls_named``)
    if names_a_time(name, after[0] if after else "") and name not in known.people:
        return "thing"  # "in Bhadarvo, in the Shraddh days", "from Asharh month", "the White Month": a time
    if named_paper(words, before, lead if lead is not None else before) and name not in known.places:
        return "thing"  # "I read it in the Gleaner", "in the Straits Times", "the Corriere della Sera": a paper
    if first in SHIP_PREFIXES or lowered & ORG_WORDS or last in EVENT_WORDS or name in known.things:
        return "thing"  # "the USS Missouri", "the Navy", "Wakes Week", "Iran Air", "Birmingham City Transport"
    gone_to = before[-1:] == ["to"] and before[-2:-1] and before[-2] in GOING_TO  # "we sailed to Komodo": the island
    held_on = before[-1:] == ["on"] and before[-2:-1] and before[-2] in ONLINE and name.lower() in SERVICES
    if (name.lower() in BRANDS and not gone_to) or held_on:
        return "thing"  # "my shift at Tesco", "Stockfish says", "the lessons on Zoom": a shop, an engine, a site
    nxt_word = after[0] if after else ""
    played = nxt_word == "line" and set(before) & STUDYING
    if before[-1:] == ["the"] and not comma_after and (nxt_word in LINES_OF_PLAY or played):
        return "thing"  # "the Najdorf variation", "played through the Mar del Plata line": a line of play
    if (first in STORMS and len(words) > 1) or (before[-1:] and before[-1] in STORMS):
        return "thing"  # "Hurricane Betsy", "the typhoon Ruby": a storm named like a woman
    made = re.search(r"['’]s$", words[-1]) is not None and after[:1] and after[0] in AUTHORED
    if ((before[-1:] and before[-1] in PLAYING) or before[-2:] == ["struck", "up"]) and not made:
        return "thing"  # "I play Mary Ann on it", "Mama sang Sally Gardens", "the band struck up X": a tune
        # (not "we played Sheku's song": whoever made what was played, below)
    if cloth_after(words, before, after) and not comma_after and not re.search(r"['’]s$", words[-1]):
        return "thing"  # "the George wrapper", "an Ankara print", "Harris tweed": a cloth named by a name, no one
    if before[-1:] == ["the"] and first in VESSEL_TITLES and len(words) > 2 and last in PLACE_WORDS:
        return "place"  # "the Lady Minto Hospital", "the Queen Mary Hospital": a building named for her
    if before[-1:] == ["the"] and first in VESSEL_TITLES and len(words) > 1:
        return "thing"  # "on the Miss Evelyn", "the Lady Grace": a boat named for a woman, not the woman
    if re.search(r"['’]s$", words[-1]) and comma_after and _explained_as_business(apposition or []):
        return "thing"  # "Fred's, that little bar on Sixth Street": a business by its owner's name
    if comma_before and before[-1:] and before[-1] in SOMEWHERE:
        return "place"  # "a lady from up north somewhere, Alexandria maybe": the somewhere named
    # set off on both sides after a place word: "up the holy mountain, Nhlangakazi,", "to the island, Nomuka." (not
    # "the village, Thabo,", "the school, Mr Dlamini,": someone named)
    # "the farm, Kowalski, the foreman,", "the market, Lupe, my aunt's friend,": someone said by who they are
    set_off = comma_before and (comma_after or not after) and before[-1:] != [] and before[-1] in PLACE_WORDS
    set_off = set_off and not explained_as_someone(apposition or [])
    if set_off and not listed_name and not is_given_name(words[0]) and name not in known.people:
        return "place"
    if before[-1:] == ["the"] and before[-3:-2] == ["born"] and before[-2] in ("on", "in", "at"):
        return "place"  # "I was born on the Isle Dernière": where one was born
    if before[-1:] == ["the"] and after[:1] and after[0] in RIVER_VERBS and not is_given_name(words[0]):
        return "place"  # "where the Atchafalaya bends", "the Irrawaddy flooded": a river
    if first == "new" and len(words) > 1 and words[1].lower() not in NEW_THINGS:
        return "place"  # "New Orleans", "New Iberia", "New Delhi" (not "New Year", "the New Testament")
    wed_to = name.lower() not in COUNTRIES | REGIONS and name not in known.places  # not "gave him to Germany"
    if given_in_marriage(before) and wed_to and not set((apposition or [])[:3]) & PLACE_WORDS:
        return "person"  # "Abba gave me to Abdul Haque from Syedpur": a husband, not a place gone to
    if before[-1:] in (["called"], ["named"]) and set(before[:-1]) & PERSON_NOUNS:
        return "person"  # "a big man they called Medo, the bear": a nickname, not the bear
    if trip_set_off(before, apposition or []) and not is_given_name(words[0]) and name not in known.people:
        return "place"  # "the plane from Dalanzadgad, my first airplane": the place, the trip set off (``trip_places``)
    told_before = lead if lead is not None else before
    beast = animal_before(told_before, comma_before=comma_before, comma_after=comma_after)
    where = before[-1:] in (["in"], ["at"], ["near"], ["from"], ["to"])  # "our neighbour in Gyumri, that goat ate"
    beast = beast or (animal_after(apposition or []) and not where)
    if beast and name not in known.people:
        return "thing"  # "one ewe he talked to like a wife, Kolla,", "Deacon, that old mule" (``named_by_kind``)
    if name.lower() in SCRIPTURES or _explained_as_thing(apposition or []) or _explained_as_firm(apposition or []):
        return "thing"  # "the Quran"; "Kiroboto, the water-seller's donkey", "the Kachcheri, the government offices"
    self_named = before[-2:] in (["called", "me"], ["call", "me"], ["calls", "me"], ["i", "was"], ["i", "am"])
    self_named = self_named or before[-1:] in (["i'm"], ["i’m"])
    # not where one is from: "I'm Texas born and raised", "I was Glasgow bred", "I am Lagos through and through"
    from_there = (after[:1] != [] and after[0] in _BRED) or name.lower() in COUNTRIES | REGIONS or name in known.places
    if self_named and not re.search(r"['’]s$", words[-1]) and not from_there:
        # "they still called me Charlie", "I was Charlie ten years", "at the plant I'm Mr. Jones": the teller's own
        # name (not "I was Maria's friend", "I am Tomás's daughter": whose they were)
        return ""
    if _vocative(before, after, comma_before=comma_before, comma_after=comma_after):
        return ""  # "they ask me, Bibi, why…": the teller addressed, not someone told of
    where = before[-1:] in (["in"], ["near"]) and not is_given_name(words[0])  # "the school in Kegen, the teacher…"
    if _explained_as_kin(apposition or []) and last not in PLACE_WORDS and not where:
        return "person"  # "Bride, the wife, named her", "Okonkwo, the drummer,": someone said by the role
    house = before[-1:] == ["the"] and after[:1] and after[0] in ("house", "home") and not is_given_name(words[0])
    kind_of_house = first in HOUSE_KINDS or first in THING_NOUNS or first in PLACE_WORDS  # "the Opera house"
    if house and not kind_of_house and name not in known.places and name.lower() not in COUNTRIES | REGIONS:
        return "person"  # "the Thibodeaux house went by whole": a family by its house
    if _explained_as_date(apposition or []) and not is_given_name(words[0]):
        return "thing"  # "Dia da Raça, the tenth of June": a day kept, not a place (later "on Dia da Raça")
    if before[-2:-1] and before[-2] in FEASTS and before[-1] == "of":
        return "thing"  # "the feast of San Gennaro", "the fiesta of Santa Ana": a day, not the saint's town
    if before[-1:] == ["the"] and after[:1] and after[0] in WIND_VERBS and not is_given_name(words[0]):
        return "thing"  # "the Mistral blew", "the Fremantle Doctor blows in": a wind, not a place or a doctor
    if epithet and not is_given_name(words[0]) and name not in known.people and not set(before[-1:]) & GIVING:
        return "thing"  # "Bles the mule,", "me and Fido the dog.": an animal or a thing by its name
    if first in COMPASS and len(words) > 1 and " ".join(words[1:]).lower() in COUNTRIES | REGIONS:
        return "place"  # "all East Africa", "Northern Ontario"
    if last in CLUB_WORDS and (len(words) > 1 or before[-1:] == ["the"]):
        return "thing"  # "Aston Villa", "the Villa": a football club
    if before[-1:] == ["the"] and before[-2:-1] and before[-2] in THING_NOUNS and not is_given_name(words[0]):
        return "thing"  # "a grey warship, the Mauritius": a ship, even one named after a country
    dedicated = len(words) > 2 and words[1] == "of"  # "Our Lady of Lourdes", "Sister of Mercy": no one
    # "the Don River", "Pak Lurah": a title of another language before a place's word names the place ("Mr Hill",
    # "Dr Park" stay someone: a title of courtesy stands only before a surname)
    # "the Don River", "Pak Lurah": a title of another language that also opens places' names, before a place's
    # word, names the place; a title of one's own language stands before a surname that is a place's word too
    # ("Professor Park", "Doctor Street", "Madam Jiang", "Bu Park")
    dedicated = dedicated or (
        len(words) > 1
        and first in _PLACE_TITLES | TITLES_OF_OTHER_LANGUAGES
        and last in PLACE_WORDS - _SURNAME_PLACE_WORDS - _TITLED_SURNAMES
    )  # and any family word of another language before one: "the Apo Hotel", "Khala Road"
    dedicated = dedicated or (len(words) > 1 and words[1].lower() == first)  # "Keri Keri": a name doubled, no title
    # "the Mas Pujol farm", "the Don Camillo films": a name before the noun it names, after "the", is no one
    named_noun = after[:1] != [] and after[0] in PLACE_WORDS | THING_NOUNS and not re.search(r"['’]s$", words[-1])
    dedicated = dedicated or (before[-1:] == ["the"] and first.rstrip(".") not in HONORIFICS and named_noun)
    titled_place = first in _PLACE_TITLES | _WORK_TITLES and _titled_place(words, before, after, apposition or [])
    if titled_place:  # "landed at Don Muang", "buried in Père Lachaise", "Madam Butterfly was the opera"
        return "" if titled_place == "none" else titled_place
    # a title of another language said alone where one goes or lives, no name after it: "we went to Fra every May",
    # "we lived in Padre" (not "I wrote to Sister", "gave it to Madame": said or given to someone)
    where_alone = len(words) == 1 and first in TITLES and first not in HONORIFICS | _NAMING_ALONE and name == words[0]
    gone = before[-1:] == ["to"] and before[-2:-1] != [] and before[-2] in GOING_TO | PLACE_WORDS  # "the bridge to Fra"
    if where_alone and (gone or before[-1:] in (["in"], ["at"], ["from"])) and not set(before[-2:-1]) & _TO_SOMEONE:
        return "place"
    if (first in TITLES and not dedicated and (len(words) > 1 or first not in TITLES_OF_OTHER_LANGUAGES | RULERS)) or (
        len(words) == 1 and first in FAMILY_NAMES and not set(before[-1:]) & (ANIMALS | THING_NOUNS)
    ):
        return "person"  # "Miss Peterson", "Signor Bruno", "Irmã Lurdes", "Cô Lan", "Mumma"
    nxt = after[0] if after else ""
    owned = before[-1:] and (before[-1] in DETERMINERS or before[-1] in POSSESSIVES)
    opening = at_start and nxt in KIN and not is_given_name(words[0])  # "Yesterday Amma came": the relative alone
    if not owned and (
        (nxt in TITLES_AFTER and not comma_after and not opening) or (len(words) > 1 and last in TITLES_AFTER)
    ):
        return "person"  # "Ayşe Teyze", "Mehmet Bey", "Sunita Aunty"; not "my Canadian uncle"
    aboard = before[-2:] in (["on", "the"], ["aboard", "the"])
    if aboard and name.lower() in COUNTRIES and name.lower() not in COUNTRIES_WITH_THE:
        return "thing"  # "she came over on the Venezuela": a ship named after a country, not "the Gambia"
    possessed = re.search(r"['’]s$", words[-1]) is not None
    trade = after[2] if after[:1] == ["was"] and after[1:2] in (["the"], ["a"], ["an"]) and after[2:3] else ""
    if trade and (trade in OCCUPATIONS or trade in PERSON_NOUNS) and before[-1:] != ["from"]:
        return "person"  # "Ruby was the nurse at the clinic": someone by her work (not "Elmira was the town")
    if before[-2:-1] and before[-2] in SPOKE and before[-1] == "to" and not possessed:
        return "person"  # "I said to Bev walking home": spoken to, not gone to
    if before[-2:-1] and before[-2] in SITES and before[-1] == "at" and not possessed:
        return "place"  # "the Holden works at Elizabeth", "the mill at Florence": where a workplace is
    if before[-1:] == ["at"] and set(before[:-1]) & _DONE_AT and not possessed:
        return "place"  # "sold perfume at Yves Rocher", "we surfed at Jaco": a shop or a spot, named like someone
    if len(words) == 1 and after[:1] != [] and after[0] in _NAMED_DISHES and not set(before[-1:]) & _GIVING:
        return "thing"  # "Olivier salad every New Year", "my Marcel wave": a dish or a hairdo named for someone
    if nxt == "way" and before[-1:] and before[-1] in LOCATING | {"from"} and not possessed:
        return "place"  # "a shearer from out Wilcannia way", "up Dubbo way" (not "Nan's way")
    if before[-3:-2] and before[-3] in SETTLED and before[-2:] == ["under", "the"] and not possessed:
        return "place"  # "a village under the Tatras": the mountains it lies under
    named_place = before[-1:] in (["was"], ["is"]) and before[-2:-1] != [] and before[-2] in PLACE_WORDS
    if named_place and not possessed and not is_given_name(words[0]) and name not in known.people:
        return "place"  # "our island was Tribuna", "the village is Kegen": the place named
    lived_at = comma_before and comma_after and before[-1:] and before[-1] in PLACE_WORDS | SITES
    lived_at = lived_at and bool(set(before[:-1]) & HOUSEHOLD) and after[:1] not in _OWNERS_AFTER
    if lived_at and not possessed and not is_given_name(words[0]) and name not in known.people:
        return "place"  # "we lived at camp, Qipisa, down the Sound": the camp, named
    had = comma_before and comma_after and before[-2:-1] in (["my"], ["our"]) and (nxt in DID or nxt in PERSON_VERBS)
    if had and not {before[-1]} & (ANIMALS | THING_NOUNS | PLACE_WORDS) and name not in known.places:
        return "person"  # "my ganger, Ġanni, showed me": someone the teller had, by what they were to them
    # (not "We named the puppy Siberia", "I learned Java at night school", "Java coffee": an animal's name, a
    # computer language, a coffee)
    not_land = set(before[-1:]) & (ANIMALS | THING_NOUNS) or (
        name.lower() in _LANDS_ALSO_WORDS and _said_as_word(before, after)
    )
    # "the Gobi factory", "Sahara Airlines": a firm named for a desert or a range (``landforms``), no place
    not_land = not_land or (name.lower() in LANDFORMS and nxt in ORG_WORDS | _WORKS_AFTER)
    # "the Rockies play in Denver", "a Rockies game", "the Andes won 2-1": a team named for a range, no place
    not_land = not_land or (name.lower() in LANDFORMS and nxt in TEAM_AFTER)
    if (name.lower() in COUNTRIES or name.lower() in REGIONS) and not not_land:
        return "place"  # "Let me tell you about Angola", "the Philippines", "Texas"
    if before[-1:] == ["the"] and first in WATER_AND_LAND and len(words) > 1 and (nxt in VOYAGING or aboard):
        return "thing"  # "the Cape Wrath across to the mainland", "aboard the Lake Erie": a boat named for a place
    if first in PLACE_PREFIXES and len(words) > 1:
        return "place"  # "Cerro Cordillera", "Avenida Brasil", "Lake Como", "Cinema Rex"
    if PLACE_SUFFIX.search(words[-1]):
        return "place"  # "Hado-ri", "Jeju-do", "Gangnam-gu", "Asakusa-machi": a Korean or Japanese place
    acting = nxt in PERSON_VERBS or after[:3] in (["was", "the", "one"], ["were", "the", "ones"])
    if TOWN_SUFFIX.match(words[-1]) and not acting and not is_given_name(words[0]):
        return "place"  # "Hicksville", "Sevastopol" (not "Melville wrote it")
    if "of" in words[1:-1] and words[words.index("of") - 1].lower() in PLACE_WORDS:
        return "place"  # "the Old Town of Mombasa", "the University of Ghana"
    if _explained_as_place(apposition or []):
        return "place"  # "Jan Meda, the big field,": a name a place noun explains
    if len(words) == 1 and first in PLACE_WORDS and before[-1:] == ["the"]:
        return "place"  # "just below the Piazza", "down at the Harbour"
    region = nxt in REGIONS or nxt in COUNTRIES or " ".join(after[:2]) in REGIONS
    if comma_after and region and not is_given_name(words[0]) and name not in known.people:
        return "place"  # "Houston, Texas", "Kumasi, Ghana" (not "I told Jack, Texas was too far")
    owner = re.search(r"['’]s$", words[-1]) is not None and bool(after) and after[0] not in _NOT_NOUNS
    if owner and after[0] in AUTHORED and not set(before[-1:]) & DETERMINERS:
        return "person"  # "Sparrow's tune", "Byron's poem": whoever made it
    if (
        not at_start
        and not comma_after
        and not set(before[-1:]) & DETERMINERS
        and after[:1]
        and after[0] in BARE_VERBS
        and after[1:2]
        and after[1] in OBJECTS
        and name not in known.places
    ):
        return "person"  # "Okonkwo fix them for me", "when Shani carry the baby": a verb said without its ending
    # the noun a name stands before, not one after a comma ("in Iisalmi, washing the churns")
    if not comma_after and (nxt in THING_NOUNS or (nxt.endswith("ing") and after[1:] and after[1] in THING_NOUNS)):
        if owner and (is_given_name(words[0]) or name in known.people):
            return "person"  # "Harbans Singh's bicycle shop": the shop is his
        return "thing"  # "the Monarch cookstove", "our Singer sewing machine", "the Zsolnay factory"
    if not comma_after and nxt in SOCIETY_HALLS and not owner and not met_in_hall(before):
        return "thing"  # "the Podhalanie hall burned", "the Legion hall committee": the society that meets there
    side = nxt in SIDES and after[1:2] != ["of"] and not is_given_name(words[0])  # not "the Carter side of the family"
    described = at_start and len(words) == 1 and name.lower() in _DESCRIBING  # "Black mountains, they say"
    if (nxt in PLACE_WORDS or side) and not comma_after and not re.search(r"['’]s$", words[-1]) and not described:
        return "place"  # "the Mecsek hills", "the Punnamada lake", "Széchenyi tér" (not "Tommy's school")
    # a name that opens a clause after the thing and does what people do is someone: "I watched it on the
    # telephone, Nino held it up" (not "two horses, Bles and Mina", "the boat, Johanna, sank")
    opens_clause = comma_before and not comma_after and (nxt in DID or nxt in PERSON_VERBS)
    if before[-1:] and before[-1] in THING_NOUNS and not is_given_name(words[0]) and name not in known.people:
        return "person" if opens_clause else "thing"  # "the boat Johanna", "two horses, Bles and Mina"
    if before[-2:-1] and before[-2] in ("the", "a", "an") and before[-1] in THING_ADJECTIVES:
        return "thing"  # "the grey Fordson", "a red Vespa": a person is rarely "the grey X"
    if before[-1:] and before[-1] in ("named", "called"):
        noun = before[-2] if len(before) > 1 else ""
        if noun in THING_NOUNS:
            return "thing"  # "a horse named Dolly"
        if noun in PERSON_NOUNS or noun in KIN:
            return "person"  # "a weaver called Mrs Duckworth"
    lead = before[:-1] if before[-1:] == ["the"] else before  # "at the Ritz"
    # "from the Dorze weavers", "the Sami herdsmen": a people, not a place
    people = (nxt[-1:] == "s" and nxt[:-1] in PERSON_NOUNS) or (
        nxt.endswith("men") and nxt.removesuffix("men") + "man" in PERSON_NOUNS
    )
    put = lead[-2:-1] and lead[-2] in PUTTING  # "put in the Nutella": what a thing is put into
    # "then off Tomás went": someone setting out, not a place out at sea ("went down off Rockall")
    put = put or (lead[-1:] == ["off"] and (nxt in PERSON_VERBS or nxt in {"went", "goes", "go", "ran", "came"}))
    # "Peter Weir", "Sally Field", "Jean-Claude Van Dam": a given name, then a place word that is a surname too,
    # is someone, unless said where one goes or is ("a picnic at Victoria Dam")
    said_where = lead[-1:] != [] and (lead[-1] in PLACE_LEADS or lead[-1] in {"on", "up", "down", "over"})
    surnamed = last in _SURNAME_PLACE_WORDS and is_given_name(words[0]) and not said_where
    if (lead and lead[-1] in PLACE_LEADS and not is_given_name(words[0]) and not owner and not people and not put) or (
        (last in PLACE_WORDS or (last in PLACE_ENDS and first not in THING_NOUNS)) and len(words) > 1 and not surnamed
    ):
        return "place"  # not a street word alone: "called me Út" (the last-born), not a road
    belongs = lead[-2:-1] != [] and lead[-2] in BELONGING and not is_given_name(words[0]) and name not in known.people
    # "the walls of Rosa's house", "the edge of Maria's field": the one who owns it, not a place
    owns_it = possessed and (is_given_name(words[0]) or (lead[-2:-1] != [] and lead[-2] in _BUILT_PARTS))
    if lead[-2:-1] and lead[-1] == "of" and (lead[-2] in PART_OF_PLACE or lead[-2] in PLACE_WORDS or belongs):
        if owns_it:
            return "person"
        return "place"  # "the top of the Rhondda Fach", "the outskirts of Lyon", "the church of St Anne"
    with_people = after[:1] == ["and"] and after[1:2] != [] and (after[1] in POSSESSIVES or after[1] in KIN)
    if near and not is_given_name(words[0]) and name not in known.people and not possessed and not with_people:
        return "place"  # "the works at Westfield by Otahuhu", "a house by Mangere": beside a place, not by whom
    if lead[-1:] == ["by"] and lead[-2:-1] and lead[-2] in LOCATING | {"round", "over"} and not is_given_name(words[0]):
        return "place"  # "down by the Old Pier", "up by Tollan Gap", "out by the Ridge": where, not by whom
    if lead[-2:] == ["out", "of"] and not is_given_name(words[0]) and not owner:
        return "place"  # "four miles out of Kandy"
    if lead[-2:-1] and lead[-2] in FARTHER and lead[-1] == "than" and not is_given_name(words[0]):
        return "place"  # "I'd never been further than Cardiff", "no doctor nearer than Tralee"
    if (
        before[-1:] == ["on"]
        and not set(before[-2:-1]) & ON_SOMEONE
        and not is_given_name(words[0])
        and not owner
        and name not in known.people
    ):
        return "place"  # "we lived on Skye", "everyone on Hamra knew him" (not "relied on Bert")
    dated = after[:1] and (after[0] in _MONTHS or bool(YEAR.match(after[0])))
    # the date, then nothing done: not "Ruby, 1954, was a good year for her" (someone, then a year said aside)
    undated = list(itertools.dropwhile(lambda w: w in _MONTHS or w.isdigit() or w == "of", after))
    done_after = bool(undated) and (undated[0] in _VERBLIKE or undated[0] in PERSON_VERBS or undated[0] in DID)
    if (
        at_start
        and comma_after
        and dated
        and not done_after
        and not is_given_name(words[0])
        and name not in known.people
    ):
        return "place"  # "Lagos, March 1983.", "Quetta, 1961, the rains": a dateline opens with where
    if at_start and comma_after and not is_given_name(words[0]) and name not in known.people:
        rest = list(itertools.dropwhile(lambda w: w in LOCATING, after))
        lead_word = rest[0] if rest else ""
        if lead_word in PLACE_LEADS | {"on"} or (
            lead_word == "the" and after[0] in LOCATING and rest[1:2] and rest[1] in _ENDS_OF_PLACES
        ):
            return "place"  # "Maerdy, right at the top of the valley", "Tralee, in County Kerry", "X, up the top end"
    ends = list(itertools.dropwhile(lambda w: w in LOCATING, after))
    lies = comma_after and ends[:1] == ["the"] and after[0] in LOCATING and ends[1:2] and ends[1] in _ENDS_OF_PLACES
    if lies and not is_given_name(words[0]) and name not in known.people:
        return "place"  # "the Gaiety, down the bottom of Mill Lane": a place by where it lies in another
    if before[-1:] and before[-1] in DETERMINERS and nxt in PERSON_NOUNS and not comma_after:
        return "place" if name in known.places else ""  # "a Liverpool girl": where she is from, not a thing
    household = comma_after or not after or after[0] in HOUSEHOLD_FOLLOWS  # not "the Dodgers fans"
    if (
        before[-2:] == ["with", "the"]
        and before[-3:-2]
        and before[-3] in HOUSEHOLD
        and _family_name(words)
        and household
    ):
        return "person"  # "we boarded with the Novaks", "we lodged with the Kowalskis": a household
    joined = len(words) > 2 and any(w in _ROMANCE_JOINS for w in words[1:-1])  # "Costa del Sol"
    sailed = before[-2:] == ["on", "the"] and before[-3:-2] != [] and before[-3] in VOYAGING | _CROSSED
    joined = joined and before[-1:] == ["the"] and before[-2:-1] != [] and before[-2] in _WHERE_THE and not sailed
    joined = joined and name not in known.people | known.things
    # not a feast so named, nor what one talks on about: "get me going on the Courir de Mardi Gras"
    joined = joined and not any(" ".join(words[k:]).lower() in NOT_NAMES for k in range(1, len(words)))
    joined = joined and not (before[-2:-1] == ["on"] and before[-3:-2] != [] and before[-3] in _GOING_ON)
    if joined and not is_given_name(words[0]) and first not in VESSEL_TITLES:
        return "place"  # "on the Isla de Margarita", "at the Hotel de Ville", "along the Costa del Sol"
    # "the Belgians called the city Léopoldville", "they named the village Newtown": the place so named
    renamed = before[-2:-1] == ["the"] and before[-1] in PLACE_WORDS and before[-3:-2] != [] and before[-3] in _NAMING
    if renamed and not owner and name not in known.people:
        return "place"
    # "a house by the Danube", "down in the south, by the Douro": beside a river or a place, not made by someone
    beside = before[-2:] == ["by", "the"] and before[-3:-2] != [] and before[-3] in _BESIDE_AFTER
    beside = beside and words[0].lower() not in _LIVED_BY  # not "we lived by the Book", "by the Rule of St Benedict"
    if beside and not is_given_name(words[0]) and name not in known.people and not owner and not name.endswith("s"):
        return "place"
    done_for = after[:1] != [] and after[0] in _DONE_FOR and after[1:2] != [] and after[1] in _TO_WHOM
    relative = before[-1:] == ["that"] and len(lead or before) >= 2  # not "That Ford made me late", the car
    if relative and done_for and not owner and name not in known.places | known.things and not no_one_acting(name):
        # "the dress that Marisol sewed us", "a kite that Tomás made me": one doing for them (not a firm, "the
        # parcel that Amazon sent me", "the letters that Barclays sent us")
        return "person"
    quarter = before[-1:] != [] and before[-1] in COMPASS_LOWER and not is_given_name(words[0]) and not owner
    # not a school's form or a faith: "the lower Sixth", "eastern Orthodox chants", "a southern Baptist"
    quarter = quarter and first not in _FORMS and first not in CONGREGATIONS and first not in NOT_NAMES
    if quarter and name not in known.people and nxt not in PERSON_VERBS:
        return "place"  # "in south London", "out in west Cork": the part of a land named
    if before[-1:] and before[-1] in DETERMINERS and not comma_before:
        return "thing"  # a person is rarely "the Philco" or "our Singer" (but "after that, Tregaron" is no "that X")
    # "with" leads to someone (even a town's name when done side by side: "I worked with Adelaide"), but not
    # what one is finished with: a place known, or the name the sentence ends on ("Enough with Leeds now")
    with_someone = before[-1:] == ["with"] and together and not owner
    led = before[-1:] and before[-1] in PERSON_LEADS and (name not in known.places or with_someone)
    finished = name in known.places or comma_after or not after or after[0] in _CLAUSE_ENDS
    led = led and not (before[-1] == "with" and before[-2:-1] and before[-2] in _DONE_WITH and finished)
    led = led or (before[-1:] and before[-1] in WEDDED and not owner)  # "I married Adelaide"
    met = before[-1:] != [] and before[-1] in _MET and before[-2:-1] != [] and before[-2] in _WHO_MEETS
    led = led or (met and not owner and name not in known.places)  # "I met Mercedes" (not "the road met Highway 9")
    if name in known.people or is_given_name(words[0]) or led:
        return "person"
    if nxt in PERSON_VERBS and _short_for(name, known.people):
        return "person"  # "Kusu would have scolded me" after "Kusum, my wife": a known name said short
    listed = comma_before and comma_after and after[:1] and after[0] in LIST_GOES_ON
    if (before[-1:] in (["me"], ["i"]) and listed) or (comma_after and after[:2] in (["me", "and"], ["and", "me"])):
        return "person"  # "we went, me, Shirin, the two girls": listed with the teller (not "told me, Laci, if")
    if after[:2] in (["and", "i"], ["and", "me"]) and not comma_after:
        return "person"  # "Sun-ok and I were the youngest": someone beside the teller
    if name in known.places and not owner:
        return "place"  # what an earlier answer named a place, where nothing here says otherwise ("all Addis went")
    if at_start and SURNAME.match(words[-1]) and (nxt in DID or nxt in PERSON_VERBS):
        return "person"  # "McAllister sold the farm", "O'Rourke built it": an Irish or Scots surname acting
    if at_start and nxt in HABITUAL and set(after[1:3]) & (SAYING | SAY):
        return "person"  # "Mateo used to say", "Nunu would tell us": only a person says and tells
    if comma_before and before[-1:] and before[-1] in KIN and (comma_after or not after) and not owner:
        return "person"  # "the eldest daughter, Ines, so": a relative's name said after the relative
    if nxt in PERSON_VERBS and (not at_start or nxt in SAYING):
        return "person"  # "Paolo whistled", "Yaw laughed"
    unplaced = name.lower() not in COUNTRIES | REGIONS | NOT_NAMES and name not in known.places
    by_craft = (
        by_trade(after, PERSON_NOUNS) and not owner and not comma_after and before[-1:] not in (["called"], ["named"])
    )
    if unplaced and ((acts_as_person(after, name) and not owner) or owns_kin(words, after) or by_craft):
        return "person"  # "Hayrig washed her hands", "Mayrig put wet cloths on him", "Mayrig's brother"
    seen = met_and_told_of(before, after, comma_after=comma_after, given=listed_name or is_given_name(words[0]))
    if unplaced and not owner and seen:
        return "person"  # "I first saw Mandla, he was carrying the big drum": someone seen, then "he"
    return "start" if at_start else ""


# The small words inside a Romance place's name ("Isla de Margarita", "Costa del Sol", "Ponte da Barca"), and where
# a name with one is said after "the".
_ROMANCE_JOINS = frozenset("de del da do dos das della di du des".split())
_WHERE_THE = frozenset("on in at near along across to from into onto".split())
# Going on about something, talking on it: "get me going on the Courir de Mardi Gras", "she'd harp on the Festa".
_GOING_ON = frozenset("going go goes talking talk talked harping harp harped rambling ramble keep carry".split())
# Voyages made on a ship so named: "sailed on the Vasco da Gama", "we crossed on the Conte di Savoia".
_CROSSED = frozenset("crossed sailed came went travelled traveled voyage passage trip".split())
# Titles said alone as the one so called, whatever the words before: "I went to Sister", "wrote to Madame".
_NAMING_ALONE = frozenset(
    """sister brother father mother aunt uncle auntie grandma grandpa nana doctor professor madame monsieur
    mister lady widow imam rabbi sheikh pastor reverend rev teacher padre madre père pere fray fra""".split()
)
# Naming a place: "called the town X", "named the village X", "renamed the street X".
_NAMING = frozenset("called call calls named name names renamed rename".split())
# What one does for someone, said with whom after it ("made me carry", "taught us"): only a person does it.
_DONE_FOR = frozenset("made taught told showed sent sewed knitted cooked".split())
_TO_WHOM = frozenset("me us him her them".split())
# Where one was born and grew up, said after the place: "Glasgow born and bred", "Texas raised".
_BRED = frozenset("born bred raised reared schooled through".split())
# A school's forms, said "the lower Sixth", "the upper Fifth".
_FORMS = frozenset("first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth".split())
# The churches a congregation's name ends in, said capitalised after it ("Faith Methodist", "Bethel Baptist"), and
# faiths said with a lower-case compass before them ("eastern Orthodox").
CONGREGATIONS = frozenset(
    """Lutheran Methodist Baptist Presbyterian Anglican Episcopal Episcopalian Adventist Pentecostal Congregational
    Wesleyan Catholic Orthodox Reformed Evangelical Moravian Mennonite""".lower().split()
)
# The parts of a land said in lower case before its name: "north Kerala", "south Jakarta", "west Cork".
COMPASS_LOWER = frozenset("north south east west northern southern eastern western central upper lower".split())
# Words after which "by the" means beside: a dwelling, a work, a quarter of a land, "up", "down", "lived" ("a house by
# the Danube", "in the south, by the Douro", "we lived by the Volga"); not "a song by the", "written by the".
# What one lives by, as a rule of life, said capitalised after "lived by the": "the Book", "the Rule of St Benedict".
_LIVED_BY = frozenset(
    "rule rules law laws code codes book books word gospel gospels bible creed commandments teachings precepts".split()
)
_BESIDE_AFTER = SETTLED | SITES | COMPASS_LOWER | LOCATING | frozenset("lived live living sat stood walked".split())


# Titles of other languages that also open the names of places, works and things: "Don Muang" (an airport), "Pak
# Kret" (a town), "Père Lachaise" (a cemetery), "Khun Yuam", "Datuk Keramat", "Mas Macias" (a Catalan farm), "Don
# Quixote", "Pak Choi"; before a given name they are someone ("Don Fello", "Pak Harjo", "Khun Lek").
_PLACE_TITLES = frozenset("don pak bu mas khun daw père pere mère mere datuk nha".split())
# Titles that open many towns' names ("Nha Trang", "Nha Bè" in Vietnam; the Kriolu "Nha Lena" a woman): where one is
# or goes, a place even before a given name ("stationed at Nha Trang"; "sold fish to Nha Lena" stays someone).
_TOWNS_FIRST = frozenset({"nha"})
# Titles of courtesy that open works' names only ("Madam Butterfly", "Madame Tussauds"), never a place's.
_WORK_TITLES = frozenset("madam madame".split())
# Surnames that are place words too, kept after a title ("Madam Park", "Bu Jiang").
_TITLED_SURNAMES = _SURNAME_PLACE_WORDS | frozenset("park jiang".split())
# Works, dishes and figures named with such a title: not someone the teller knew.
_TITLED_WORKS = frozenset(
    """madam tussauds|madame tussauds|madam tussaud's|madam butterfly|madame butterfly|don quixote|don quijote
    |don giovanni|don carlos|don pasquale|don juan|père noël|pere noel|père noel|mère christianity
    |mere christianity|pak choi|pak choy|don camillo|madam secretary""".replace("\n", " ").split("|")
)
_TITLED_FIGURES = frozenset({"père noël", "pere noel", "père noel", "pere noël"})
_TITLED_WORKS = frozenset(" ".join(w.split()) for w in _TITLED_WORKS)
# Where a name so titled is gone, been or laid: "landed at Don Muang", "buried in Père Lachaise" (not "said to Pak
# Harjo", "laughed at Khun Lek": said or done to someone)
_WHERE_LEADS = frozenset("in at near into outside around along past via through across beyond".split())
_TO_SOMEONE = frozenset(
    """said say says told tell wrote write writes spoke speak talked talk sent send gave give given brought bring
    handed lent sold showed laughed looked shouted smiled stared waved pointed yelled married introduced""".split()
)
# Setting off, or what one travels in, before "to" or "from": "left from Don Muang", "the ferry to Pak Kret".
_SETTING_OFF = frozenset("left departed landed flight ferry boat train bus plane ship".split())
# Where a place is told of after "was": "Khun Yuam was the district", "Datuk Keramat was where we rented".
_PLACE_TOLD = frozenset("district village town city area quarter suburb neighbourhood neighborhood island farm".split())


def _titled_place(words: list[str], before: list[str], after: list[str], apposition: list[str]) -> str:
    """A name opened by a title of another language that also opens places' names (``_PLACE_TITLES``), read
    as a place or a thing where the words around say so, else "" (and the title makes it someone)."""
    name = " ".join(w.lower() for w in words)
    if re.sub(r"['’]s$", "", name) in _TITLED_WORKS or name in _TITLED_WORKS:
        return "thing"  # "Madam Tussauds was our first outing", "We read Don Quixote", "We grew Pak Choi"
    if name in _TITLED_FIGURES:
        return "none"  # "Père Noël brought oranges": a figure of a feast, no one the teller knew
    if len(words) < 2 or words[0].lower() in _WORK_TITLES or re.search(r"['’]s$", words[-1]):
        return ""  # "at Pak Harjo's": the title of someone
    if _explained_as_place(apposition):
        return "place"  # "the choir of Mère Marie, the church"
    given = is_given_name(words[1]) and words[0].lower() not in _TOWNS_FIRST  # "at Nha Trang" (Trang a name too)
    if given or (len(words) == 2 and words[1].lower() in _TITLED_SURNAMES):
        return ""  # "Don Marie", "Bu Park": the title of someone
    rest = {w.lower() for w in words[1:]}
    if rest & (PLACE_WORDS | PLACE_ENDS | THING_NOUNS | {"house", "mill", "mills", "parkway"}):
        return "place"  # "the Don Valley Parkway", "the Pak Tea House", "Daw Mill"
    if after[:1] and after[0] in PLACE_WORDS and after[0] not in ("house", "home"):
        return "place"  # "Don Bosco school", "the Don Bosco college"
    people = after[:1] and after[0].endswith("s") and after[0][:-1] in PERSON_NOUNS
    if before[-1:] == ["the"] and people:
        return "thing"  # "the Don Bosco boys": a school's pupils, no one
    lead = before[:-1] if before[-1:] == ["the"] else before
    done_to = lead[-2:-1] != [] and lead[-2] in _TO_SOMEONE
    if lead[-1:] and lead[-1] in _WHERE_LEADS and not done_to:
        return "place"  # "we landed at Don Muang", "buried in Père Lachaise", "a flat in Pak Tam Chung"
    if lead[-1:] in (["to"], ["from"]) and lead[-2:-1] != [] and lead[-2] in GOING_TO | _SETTING_OFF:
        return "place"  # "we moved to Pak Chong", "the ferry to Pak Kret"
    if after[:1] in (["was"], ["is"]):
        told = after[1:2] == ["where"] or (
            after[1:2] and after[1] in ("the", "our", "my", "a") and after[2:3] and after[2] in _PLACE_TOLD
        )
        return "place" if told else ""  # "Khun Yuam was the district where I taught", "Mas Macias was our village"
    return ""


# Lands whose names are words of other things: "Java" (a computer language, a coffee).
_LANDS_ALSO_WORDS = frozenset({"java"})
_LEARNED = frozenset(
    """learned learnt learn learning learns write writes wrote writing written code codes coded coding program
    programs programmed teach teaches taught know knows knew speak""".split()
)


def _said_as_word(before: list[str], after: list[str]) -> bool:
    """ "I learned Java at night school", "writes Java", "Java coffee": the word, not the island."""
    return bool(set(before[-1:]) & _LEARNED) or (after[:1] != [] and after[0] in _JAVA_NOUNS)


_JAVA_NOUNS = frozenset("coffee code program programs programmer programmers developer script beans".split())


# The built parts of a place: "the gold roofs of Tashilhunpo", but "the walls of Rosa's house" are hers.
_BUILT_PARTS = frozenset("roofs rooftops walls gates".split())


# Meeting and embracing, done to someone: "that is where I met Mercedes", "I kissed Paris goodbye" is rare enough.
_MET = frozenset("met meet meets kissed hugged dated".split())
# Who meets: the teller or someone, or an adverb of when ("I first met", "then met"), not a road or a river.
_WHO_MEETS = frozenset("i we he she they you first finally never then later soon once also just to".split())


# What one is "with" when finished with it, a person or a place alike: "done with", "enough with", "through with";
# said at the sentence's end ("Enough with Brooklyn already"), never "pulled through with Hemi beside us".
_DONE_WITH = frozenset("done enough finished through".split())
# Words that describe a place opening a sentence, capitalised only for that: "Black mountains, they say", "Green
# hills everywhere" (a name's own place word is capitalised: "Black Mountain", "Green Hills Road")
_DESCRIBING = frozenset(
    """black white red green blue yellow brown grey gray golden dark big little small great high low tall steep
    wide""".split()
)
_CLAUSE_ENDS = frozenset("now already anyway then though altogether yet".split())
# Words after a name and a date that say it did something: "Eliot, 1954, came to stay" is no dateline.
_VERBLIKE = frozenset("was were is are had has came went stayed left arrived died".split())


def _short_for(name: str, people: frozenset[str]) -> bool:
    """A name said short, the start of someone an earlier answer named: "Kusu" for Kusum, "Kate" for Katerina."""
    return len(name) >= 3 and " " not in name and any(p != name and p.startswith(name) for p in people)


_MONTHS = frozenset(MONTHS)


# After "Baba's" these are no noun it owns: "from Baba's atelier" is not a place called Baba,
# "at Mario's and then home" may be.
_NOT_NOUNS = PLACE_LEADS | frozenset({"and", "or", "but", "when", "where", "with", "for"})


# Verbs that hand or make someone a garment: "gave George shirts", "sewed Ana dresses" (George is given them).
_GARMENTED = GIVING | frozenset("made make makes bought buy buys sewed sewn sew knitted knit wove got".split())


# What a cloth word may say the trade or works of, the name then where they are: "the Lancashire cotton mills".
_CLOTH_WORKS = (
    PLACE_WORDS | SITES | FIRM_KINDS | BUSINESSES | frozenset("trade industry merchant merchants stall stalls".split())
)


# Before a name, what makes the cloth it names a kind of cloth: an article, a number (``NUMBERS``) or "of"
# ("the Ngozi wrapper", "two Ankara prints", "a jacket of Harris tweed", "in a Paisley shawl").
_CLOTH_LEADS = DETERMINERS | frozenset("an these those of many several few no any such".split())


def cloth_after(words: list[str], before: list[str], after: list[str]) -> bool:
    """The name stands before a cloth or garment and is the KIND of cloth ("the George wrapper", "an Ankara
    print", "of Harris tweed"): after an article, a number or "of", or a name cloths are known by (``CLOTH_NAMES``:
    "George wrappers cost…", "sold Harris tweed"; a given name among them, George, only before the cloth, not a
    garment: "ironed George shirt" is his); after an owner only a word that is no given name ("my
    Lancashire cotton dress", not "her Ngozi wrapper"). A name said bare before a garment is whose it is, in
    the Englishes that leave out the 's ("Ngozi wrapper was blue", "in Desmond jacket"), no cloth. A word that
    is a verb too ("print", "check") is a cloth only after an article or an owner or before another cloth word
    ("the Madras check shirt"); not after a verb of giving or making ("gave George shirts"), nor before the
    works or trade of the cloth ("the Lancashire cotton mills")."""
    if not after or set(before[-1:]) & _GARMENTED:
        return False
    if after[1:2] and after[1] in _CLOTH_WORKS:
        return False  # "the Lancashire cotton mills", "the Kampala cloth market": where the cloth trade is
    lead = before[-1] if before else ""
    kind, owned = lead in _CLOTH_LEADS or lead in NUMBERS, lead in POSSESSIVES
    then_cloth = after[1:2] != [] and after[1] in CLOTHS | CLOTH_VERBS
    if not (after[0] in CLOTHS or (after[0] in CLOTH_VERBS and (kind or owned or then_cloth))):
        return False
    if kind or (words[0].lower() in CLOTH_NAMES and not (is_given_name(words[0]) and after[0] in GARMENTS)):
        return True
    return owned and not is_given_name(words[0])


def _explained_as_place(apposition: list[str]) -> bool:
    """An article, at most two words more, ending in a place noun: "the big field", "a little village";
    not "the first one on our street"."""
    if apposition[:1] in (["the"], ["a"]) and any(
        apposition[k : k + 1] and apposition[k] in PLACE_WORDS and apposition[k + 1 : k + 2] in _RELATIVES
        for k in (1, 2)
    ):
        return True  # "Kasprowy, the mountain what looks like a bear", "Tullow, a town where nobody locks a door"
    if apposition[:1] in (["the"], ["a"]) and any(
        apposition[k : k + 1] and apposition[k] in PLACE_WORDS and apposition[k + 1 : k + 2] in _WHERE_IT_LIES
        for k in (1, 2, 3)
    ):
        return True  # "Jacmel, the most beautiful town in Haiti", "Bled, a little village near the lake"
    return (
        2 <= len(apposition) <= 4
        and apposition[0] in ("the", "a")
        and apposition[-1] in PLACE_WORDS
        and not set(apposition) & (PLACE_LEADS | {"on", "of", "one"})
    )


_RELATIVES = [["what"], ["that"], ["which"], ["where"]]
# After a name's comma, whose someone is: "we lived on the farm, Kojo, my brother, and me".
_OWNERS_AFTER = [["my"], ["our"], ["his"], ["her"], ["their"], ["and"]]
# Where a place noun lies, after it: "the most beautiful town in Haiti" (not "the best cook in the village":
# there the place is the last word, and the one explained a cook).
_WHERE_IT_LIES = [["in"], ["near"], ["on"], ["by"], ["outside"], ["above"], ["below"]]


def _explained_as_thing(apposition: list[str]) -> bool:
    """An apposition ending in an animal, object or institution: "the water-seller's donkey"; or one that
    opens with such a noun and tells of it ("the Santa Rosa, the motorboat that goes to the islands")."""
    head = next((n for n, w in enumerate(apposition[1:4], 1) if w in THING_NOUNS), 0)
    told = apposition[head + 1 : head + 2] in (["that"], ["which"])
    if apposition[:1] and apposition[0] in ("the", "a", "an") and head and told:
        return True
    return (
        2 <= len(apposition) <= 5
        and apposition[0] in ("the", "a", "an", "our", "my", "his", "her", "their")
        and (apposition[-1] in THING_NOUNS or apposition[-1] in ORG_WORDS or apposition[-1] in INSTITUTIONS)
        and not set(apposition) & (PLACE_LEADS | {"on", "of", "one"})
    )


def _explained_as_firm(apposition: list[str]) -> bool:
    """ "Nabisco, the big bakery on Kedzie", "Vickers, a shell factory": a firm by the kind of works it is
    (not "Tregaron, the mill town", where the works only says what kind of place)."""
    if len(apposition) < 2 or apposition[0] not in ("the", "a", "an"):
        return False
    for k in (
        1,
        2,
    ):  # the kind right after the article or one word ("the big bakery"; not "the quarter the Company built")
        if apposition[k : k + 1] and apposition[k] in FIRM_KINDS:
            rest = apposition[k + 1 : k + 2]
            return not rest or rest[0] not in PLACE_WORDS | {"town", "village", "country", "district"}
    return False


def _explained_as_date(apposition: list[str]) -> bool:
    """ "X, the second of January,", "X, the first Sunday of May": a name explained as a day of the year."""
    if 2 <= len(apposition) <= 6 and apposition[0] == "the" and bool(set(apposition) & _MONTHS):
        return True
    # "Saga Dawa, the holy month,", "Sinulog, the big festival,", "Nyepi, the day of silence": a time kept; not
    # "Solo, the big market town", nor "Ruth, the feast's cook"
    # (not "Bulawayo, the same year", "Mombasa, a real holiday", "Brighton, a bank holiday": a time the going fell in)
    if not (2 <= len(apposition) <= 5 and apposition[0] in ("the", "a")):
        return False
    pairs = {" ".join(apposition[k : k + 2]) for k in range(1, len(apposition) - 1)}
    head = [w for w in apposition[1:4] if w in _KEPT_TIMES] or pairs & _KEPT_PAIRS
    ends = apposition[-1] in _KEPT_TIMES or " ".join(apposition[-2:]) in _KEPT_PAIRS
    return bool(head) and ends


# What a holy or festive time is called by: "a festival", "the feast", "the day of silence", "the festival of
# lights"; a month or a year only as "the holy month", "the new year".
_KEPT_TIMES = frozenset("festival feast fast silence lights".split())
_KEPT_PAIRS = frozenset({"holy month", "fasting month", "new year", "lunar year", "sacred month"})


def _explained_as_kin(apposition: list[str]) -> bool:
    """ "Bride, the wife,", "Lar, my uncle,", "Okonkwo, the drummer,": someone said by the role; or by the role with
    one word before it ("Tomás, the old cook,", "Ines, the village midwife,")."""
    if len(apposition) == 3 and apposition[0] == "the" and apposition[1].isalpha():
        return apposition[2] in PERSON_NOUNS or apposition[2] in OCCUPATIONS
    role = apposition[-1:] != [] and (apposition[-1] in KIN or apposition[-1] in PERSON_NOUNS | OCCUPATIONS)
    return len(apposition) == 2 and apposition[0] == "the" and role


_WHOSE = frozenset("the a an my our his her their your".split())


def explained_as_someone(apposition: list[str]) -> bool:
    """ "Kowalski, the foreman,", "Hakimi, the old baker,", "Lupe, my aunt's friend,", "Adeyemi, our pastor,":
    someone by their work, kin or tie (not "Ixopo, the biggest town around")."""
    words = [no_possessive(w) for w in apposition[1:4]]
    return (
        apposition[:1] != []
        and apposition[0] in _WHOSE
        and any(w in KIN or w in PERSON_NOUNS or w in OCCUPATIONS or w in TRADES or w in CLERGY for w in words)
    )


def _explained_as_business(apposition: list[str]) -> bool:
    """ "Fred's, that little bar on Sixth Street", "Mario's, the café": a place of business."""
    return (
        len(apposition) >= 2
        and apposition[0] in ("the", "that", "a", "an", "this")
        and any(w in BUSINESSES for w in apposition[1:4])
    )


def _vocative(before: list[str], after: list[str], *, comma_before: bool, comma_after: bool) -> bool:
    """A name set off by commas after "ask me" and before the question: the teller addressed."""
    return (
        comma_before
        and comma_after
        and before[-1:]
        and before[-1] in ADDRESSING
        and after[:1]
        and (after[0] in QUESTIONING)
    )


NUMBERS = frozenset("one two three four five six seven eight nine ten eleven twelve".split())
# Parts of a place that say where another lies: "up the top end of Argent Street" (not "the whole sky").
_ENDS_OF_PLACES = PART_OF_PLACE - {"all", "whole"}
