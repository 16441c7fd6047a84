"""A parent's or grandparent's word called out to the teller by a child or grandchild in the story is the teller, not
the teller's own parent: "my son Milan went to Glasgow first, he said Dad, come", "my daughter rang and said, Mum,
come and live with us", "my grandson shouted Grandpa, look, a moose!". The word is a call (said right after a verb of
saying, a comma or "!" after it) and the one calling is of the younger generation, named before in the sentence.

Kept apart from ``kin_and_roles`` as one rule. Never where the teller or an elder calls ("I said, Mum, I am going",
"Mum said, Dad, come and eat": the teller's parents), nor where the word is told of ("my son said Dad was a hero",
"my grandson wrote to Grandpa every week").
"""

from __future__ import annotations

import re

# the words a child calls a parent or a grandparent by (their roles in ``lexicon.KIN``)
ELDER_ROLES = frozenset({"mother", "father", "grandmother", "grandfather"})
# "called out", never "called" alone: "my daughter is called Mai, she lives in Sydney" gives a name
_SAYING = (
    r"(?:said|says|say|shouted|shouts|called\s+out|calls\s+out|cried|cries|wrote|writes|asked|asks|yelled|yells|whispered|"
    r"begged|begs|screamed|told\s+(?:me|us|him|her)|tells\s+(?:me|us|him|her)|goes|went)(?:\s+out|\s+up)?"
)
_CALLED_BEFORE = re.compile(rf"\b{_SAYING}\s*[,:]?\s*[\"“‘']?\s*$", re.IGNORECASE)
_A_CALL_AFTER = re.compile(r"^\s*[\"”’']?\s*[,!]\s*(?!(?:my|our|his|her|their|your|the)\b)", re.IGNORECASE)
_YOUNGER = re.compile(
    r"\b(?:sons?|daughters?|grandsons?|granddaughters?|grand-?kids?|grandchild(?:ren)?|kids?|children|child|boys?|"
    r"girls?|nephews?|nieces?|nosisim|little\s+ones?|babies|baby|youngest|eldest|oldest)\b",
    re.IGNORECASE,
)
_TELLER_OR_ELDER_SAYS = re.compile(
    r"\b(?:I|we|mum|mom|mother|mama|dad|father|papa|grandma|grandpa|granny|nan|gran|wife|husband)\b\s*(?:,\s*)?"
    rf"(?:\w+\s+){{0,2}}{_SAYING}\s*[,:]?\s*[\"“‘']?\s*$",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)")


def called_to_teller(text: str, start: int, end: int, role: str) -> bool:
    """``text[start:end]`` is a parent's or grandparent's word called out to the teller by a younger one (see the
    module)."""
    if role not in ELDER_ROLES:
        return False
    head, rest = text[:start], text[end:]
    if not _CALLED_BEFORE.search(head) or not _A_CALL_AFTER.match(rest):
        return False
    begin = max((m.end() for m in _SENTENCE_END.finditer(head)), default=0)
    sentence_head = head[begin:]
    if _TELLER_OR_ELDER_SAYS.search(sentence_head):
        return False  # "I said, Mum, ...", "Mum said, Dad, come and eat"
    return _YOUNGER.search(sentence_head) is not None
