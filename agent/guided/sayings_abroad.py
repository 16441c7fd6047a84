"""Words of another language said inside English that open like a name or a relative and are neither: a call on God
("Ma Doue", "Mon Dieu", "Mein Gott", "Meu Deus", "Bondye"), and Thai and Lao sayings opening with "mai", "not"
("Mai pen rai": never mind; "mai chai": no; "mai mee": there is none). "Mai" the given name and the Hindi mother
stay someone elsewhere in the answer (``kin_or_name``). Leave-takings that open with "until", a word that is a
family's word elsewhere: Wolof "Ba beneen yoon", "Ba suba" (until another time, until tomorrow; "Ba" the Vietnamese
father), Galician "Ata mañá", "Ata logo" (until tomorrow, see you soon; "Ata" a father or a grandfather in Turkic
tongues). The reader (``annotate``) records no one for these.
"""

from __future__ import annotations

import re

# God, in the calls of other languages: "Ma Doue" (Breton), "Mon Dieu", "Mein Gott", "Meu Deus", "Mio Dio", "Bondye"
GODS = frozenset("doue dieu gott deus dio dios bondye bože boze boga".split())
# "mai" then the word it denies
_MAI_SAYING = re.compile(r"\bMai\s+(?:pen|bpen|mee|mii|chai|ao|dai|ru|khao)\b")
# "until" then when: a leave-taking, said where a relative's word would open it
_UNTIL = re.compile(
    r"(?i:ba)\s+(?:beneen\s+yoon|beneen\s+yon|suba|ci\s+kanam|ëlëg)\b"
    r"|(?i:ata)\s+(?:mañá|mana|maña|logo|pronto|despois|a\s+volta|outra)\b"
)


def leave_taking_at(text: str, at: int) -> bool:
    """The word at ``at`` opens a leave-taking of another language ("Ba beneen yoon", "Ata mañá"), no relative."""
    return at >= 0 and _UNTIL.match(text, at) is not None


def no_one_said(person: str, text: str) -> bool:
    """``person`` read from ``text`` is a word of a call or a saying (see the module), never someone."""
    if person.lower() in GODS:
        return True
    if person != "Mai":
        return False
    said = [m.start() for m in re.finditer(r"\bMai\b", text)]
    return bool(said) and all(_MAI_SAYING.match(text, at) for at in said)
