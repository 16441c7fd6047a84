"""Months of other calendars and the feasts and rites kept in them are times, not places: "every year in Bhadarvo,
in the Shraddh days", "from Asharh month the haor comes up", "at the White Month no guests came", "in Kislev".
Read in ``name_kinds``; without this, "in X" read as a place.

Only names that are no given name, town or common word: not Kartik, Shravan, Ashwin, Chaitra (given names), Bhadra,
Aso (a river and a town, a volcano), Tir, Mehr, Azar, Dey, Bahman, Av, Sivan, Rajab, Shaban, Safar (words or names):
those are times only before "month" ("in Kartik month"), which any name is.
"""

from __future__ import annotations

CALENDAR = frozenset(
    """baisakh vaisakh vaishakh boishakh jeth jyeshtha jaishtha asharh ashadh ashadha asadh sraban srabon bhadrapad
    bhadarvo bhadrapada bhado bhadon asoj kartak aghan agrahayan agrahayon magsar margashirsha poush paush pous push
    magh maagh phalgun phagun falgun fagun
    muharram ramadan ramzan ramazan shawwal dhul-hijja dhul-hijjah zulhijja
    tishrei tishri cheshvan heshvan kislev tevet shevat nisan iyar tammuz elul
    farvardin ordibehesht khordad mordad shahrivar esfand
    shraddh shraadh shradh navratri navaratri diwali deepavali divali holi pongal onam chhath losar naadam songkran
    chuseok obon vesak wesak hanukkah chanukah purim sukkot pesach passover nowruz norooz navruz tet thingyan
    matariki hogmanay beltane samhain walpurgis ramadhan""".split()
) | frozenset({"white month", "tsagaan sar", "durga puja", "pitru paksha", "yom kippur", "rosh hashanah", "eid"})
# a time noun right after a name: "from Asharh month", "the White Month"
MONTH_WORDS = frozenset({"month", "months"})


def names_a_time(name: str, nxt: str) -> bool:
    """``name`` (as said) is a month, a feast or a rite of some calendar, or said before "month" (see the module)."""
    low = name.lower()
    return low in CALENDAR or low.split()[-1] in MONTH_WORDS or nxt in MONTH_WORDS
