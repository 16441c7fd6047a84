"""A capitalised word said as a word or as a feeling, not as someone: "Bowa is a word I never learned", "Joy was
what we felt", "Hope was all we had". A given name ("Joy", "Hope", "Faith") or a
family's word ("Bowa") opening such a clause is talked about, not met; the reader (``annotate``) records no one.

Not "Joy was what we called her", "Nana was the name we used for her" (a name given to someone), nor "Joy was the
word's best friend": only the word, a feeling or what one had or felt follows.
"""

from __future__ import annotations

import re

# "is a word", "was the name", "is a term", "was the only word"
_A_WORD = r"(?:is|was)\s+(?:a|an|the|one)\s+(?:\w+\s+)?(?:word|name|term|expression|saying)\b(?!['’]s)"
# "was what we felt", "is all we had", "was the only thing I knew"
_A_FEELING = (
    r"(?:is|was)\s+(?:what|all|the\s+only\s+thing)\s+(?:we|i|they|you|he|she|everyone|everybody)\s+"
    r"(?:felt|feel|had|have|knew|know|wanted|needed)\b"
)
# the word then someone it names: "was the name we used for her", "was what we called him"
_OF_SOMEONE = r"(?![^.!?]*\b(?:for|called|call|calls)\s+(?:her|him|them)\b)"
_SAID = re.compile(rf"\s+(?:{_A_WORD}|{_A_FEELING}){_OF_SOMEONE}", re.IGNORECASE)


def said_as_word(word: str, text: str) -> bool:
    """Every time ``word`` is said in ``text`` it is said as a word or a feeling (see the module)."""
    places = [m.end() for m in re.finditer(rf"(?<![\w'’-]){re.escape(word)}(?![\w'’-])", text)]
    return bool(places) and all(_SAID.match(text, at) for at in places)
