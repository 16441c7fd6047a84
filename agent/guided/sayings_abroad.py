"""Words of another language said inside English that open like a name or a relative and are neither: a call on God
("Ma Doue", "Mon Dieu", "Mein Gott", "Meu Deus", "Bondye"), and Thai and Lao sayings opening with "mai", "not"
("Mai pen rai": never mind; "mai chai": no; "mai mee": there is none). "Mai" the given name and the Hindi mother
stay someone elsewhere in the answer (``kin_or_name``). The reader (``annotate``) records no one for these.
"""

from __future__ import annotations

import re

# God, in the calls of other languages: "Ma Doue" (Breton), "Mon Dieu", "Mein Gott", "Meu Deus", "Mio Dio", "Bondye"
GODS = frozenset("doue dieu gott deus dio dios bondye bože boze boga".split())
# "mai" then the word it denies
_MAI_SAYING = re.compile(r"\bMai\s+(?:pen|bpen|mee|mii|chai|ao|dai|ru|khao)\b")


def no_one_said(person: str, text: str) -> bool:
    """``person`` read from ``text`` is a word of a call or a saying (see the module), never someone."""
    if person.lower() in GODS:
        return True
    if person != "Mai":
        return False
    said = [m.start() for m in re.finditer(r"\bMai\b", text)]
    return bool(said) and all(_MAI_SAYING.match(text, at) for at in said)
