"""Memory gaps: "I don't remember", a detail gone said as a figure, and the thing forgotten, said back
so the interviewer can offer a gentler way in (memory, not refusal)."""

from __future__ import annotations

import re

from agent.guided import (
    lost_parts,
    memory_clouded,
    memory_effaced,
    memory_gone,
    memory_unseen,
    out_of_reach,
    whole_blank,
)
from agent.guided.naming import reflect

_UNSURE = re.compile(
    r"\b(?:don'?t|do\s+not|can'?t|cannot|couldn'?t|could\s+not)\s+(?:really\s+)?(?:remember|recall|recollect|say)\b"
    r"|\b(?:can'?t|cannot|couldn'?t|could\s+not)\s+(?:really\s+|even\s+)?picture\b|\bdraw(?:ing|s)?\s+a\s+blank\b"
    r"|\bnot\s+sure\b|\bno\s+idea\b|\bdon'?t\s+know\b|\bmemory'?s?\s+(?:is\s+)?(?:hazy|gone|fuzzy)\b"
    # (never what one will not forget: "the face I'll never forget", "I can't forget it")
    r"|\bit'?s\s+(?:all\s+)?(?:a\s+)?blur\b|(?<!\bnever\s)(?<!n't\s)(?<!n’t\s)(?<!\bnot\s)(?:\bforgotten\b|\bforget\b)",
    re.IGNORECASE,
)


def unsure(text: str) -> bool:
    """ "I don't remember", "I can't recall", "not sure", or a detail gone said as a figure
    (:func:`lost`): memory, not refusal."""
    # (a memory never held: "I was too small to remember", "nobody ever told us", "I only know what Mum said")
    # (or plainly in other words: "I have no memory of the crossing", "I couldn't tell you what happened")
    # (or said whole: "I remember nothing of it", :mod:`whole_blank`)
    return (
        bool(_UNSURE.search(text))
        or lost(text)
        or out_of_reach.never_held(text)
        or out_of_reach.said_plainly(text)
        or whole_blank.said_whole(text)
    )


# A detail gone, said as a figure: "my memory is a sieve for that", "his name, no. That one flew away,
# like a bird", "the words after that, gone. It's gone.", "it slipped away", "a blank".
_LOST = re.compile(
    r"\b(?:memory|head|mind)\s+(?:is|was|'s)\s+(?:like\s+)?(?:a\s+|the\s+)?(?:sieve|colander|net\s+with\s+holes)\b"
    # a name held in the head that will not come: "her name I have in my head, and it will not come out", "his
    # name's behind a door in my head, and the door won't open", "that name on the tip of my tongue and it's never
    # once come off" (never someone who won't come back, nor what was on the tip of one's tongue to say)
    r"|(?:^|(?<=[.!?…]\s))(?=[^.!?]*\b(?:name|names|word|words|title)\b)(?=[^.!?]*\b(?:(?:in|inside)\s+my\s+"
    r"(?:head|mind|memory)|on\s+(?:the\s+tip\s+of\s+)?my\s+tongue)\b)[^.!?]*?\b(?:it|that|name|names|word|words|title|door)"
    r"\s*(?:(?:just|still|simply)\s+)?(?:(?:will\s+not|won'?t|would\s+not"
    r"|wouldn'?t|does\s+not|doesn'?t|can'?t|cannot)\s+(?:\w+\s+)?(?:come\s+(?:out|back|off|up|to\s+me)|open)"
    r"|(?:'s|has|have|had|is)\s+never\s+(?:once\s+)?(?:come|came)\s+(?:out|back|off|up|to\s+me))\b"
    r"|\b(?:name|names|word|title|it)(?:'s|\s+is|\s+was)\s+(?:right\s+|just\s+|still\s+)?on\s+the\s+tip\s+of\s+my\s+"
    r"tongue\b(?!\s+to\b)"
    # a name shut away, said without "in my head": "the name is behind a door and I don't have the key", "her
    # name's locked away somewhere" (never a nameplate "behind the door", nor words "locked up in the old trunk")
    r"|\b(?:name|names|word|words|title)(?:'s|\s+is|\s+was|\s+are|\s+were)\s+(?:\w+\s+){0,2}?"
    r"(?:behind\s+a\s+(?:door|wall)|locked\s+(?:away|up)(?!\s+in\s+(?:the|a|an|his|her|our|their|its)\b))\b"
    # a hole where the name should be: "where the name ought to be there's just a hole"
    r"|\bwhere\s+(?:the|his|her|its|their)\s+name\s+(?:ought\s+to|should|used\s+to|would)\s+be\b[^.!?]{0,30}?"
    r"\b(?:a\s+hole|a\s+gap|a\s+blank|nothing|empty)\b|\b(?:a\s+)?(?:hole|gap|blank)\s+where\s+(?:the|his|her|its"
    r"|their)\s+name\s+(?:ought\s+to|should|used\s+to)\s+be\b"
    r"|\b(?:flew|flown|slipped|slid|ran|run|went)\s+(?:away|off|out)\b[^.!?]{0,30}?\b(?:like|from\s+me|of\s+my\s+(?:head|mind"
    r"|memory|hands?))\b|\bslipped\s+(?:my\s+mind|away|through)\b|\b(?:escapes|escaped)\s+me\b"
    r"|\b(?:his|her|their|the)\s+(?:name|names|words|tune|face|date|year)\s*(?:,|\.\.\.|…)\s*(?:no|nothing|gone)\s*[.!…]"
    r"|\b(?:what|who)\s+was\s+(?:his|her|its|their|the)\s+name\s*(?:[.?…,]+\s*)+(?:no|gone|nothing|blank)\b"
    # reached for and gone, past a word said to oneself: "what was his name, ara, it went.", "her face... eh, it's
    # gone.", "what was she called, och, that's gone"
    # (never a thing gone and remembered: "the stick went. Gone. He broke it", nor "her name, Rosa. It went to her
    # sister": the word between is a lowercase one, and what went is the name or the face, "it" at the clause's end)
    r"|\b(?:(?:(?:what|who)\s+was\s+)?(?:his|her|its|their|the)\s+(?:name|names|face|faces)|(?:what|who)\s+was\s+"
    r"(?:he|she|they)\s+called)\s*(?:[.?…,]+\s*)+"
    r"(?:(?-i:[a-zà-ÿ])[^\W\d_]*\s*[.?…,!]+\s*){0,2}(?:it|that)(?:['’]s|\s+is|\s+has)?\s+(?:went|gone)\s*(?:[.!…]|$)"
    # the name or the face said first, then not brought: "her face I cannot bring it.", "his name I can't get back"
    # (never "I cannot bring it to you", nor a face not seen that night: "his face I couldn't see, it was dark")
    r"|\b(?:his|her|their|the)\s+(?:name|names|face|faces)\s+(?:i|we)\s+(?:can'?t|cannot|couldn'?t|could\s+not)"
    r"\s+(?:quite\s+|just\s+|seem\s+to\s+)?(?:bring|get|find|catch|place|reach|call)(?:\s+(?:it|that|them))?"
    r"(?:\s+(?:back|up|to\s+mind))?\s*(?:[.!,…]|$)"
    # the thing seen still, the one not: "I see the stick, not him.", "I can see the hat, but not her face." (the
    # present of remembering; never "I saw the stick, not him", an event)
    r"|\bi\s+(?:can\s+|still\s+|only\s+)*see\s+(?:the|his|her|their|a|an)\s+[^.!?,]{1,30},\s*(?:but\s+)?not\s+"
    r"(?:him|her|them|(?:his|her|their|the)\s+(?:face|faces|name))\s*[.!…]"
    r"|\b(?P<thing>(?:(?:his|her|their|the|my|our)\s+)?(?:name|names|words|tune|face|date|year)\b[^.!?,]{0,20}?),\s*gone\s*[.!…]"
    r"|\bit'?s\s+(?:all\s+)?gone(?:\s*,\s*(?:all\s+of\s+it|every\s+bit|the\s+lot))?\s*[.!…]"
    r"|\b(?:it'?s|is|goes|went|all)\s+(?:a\s+|all\s+)?blank\b"
    # "name's gone out of me", "the inside has quite gone from me", "what was he called... no"
    # (a memory, never the fight that "went out of me", nor the snow "clean gone" by morning)
    r"|\b(?:gone|went|slipped|passed)\s+(?:clean\s+|clear\s+|right\s+|quite\s+|entirely\s+|completely\s+)?"
    r"(?:out\s+of|from)\s+my\s+(?:head|mind|memory)\b"
    r"|\b(?:name|names|word|words|face|tune|date|year|it|that)(?:['’]s|\s+has|\s+had|\s+is)?\s+(?:clean\s+|clear\s+"
    r"|right\s+|quite\s+|entirely\s+|completely\s+)?(?:gone|went|slipped)\s+(?:clean\s+|clear\s+|right\s+)?"
    r"(?:out\s+of|from)\s+me\b"
    r"|\b(?:has|have|had|['’]s)\s+(?:quite|clean|clear|entirely|completely|all)\s+gone\s+(?:out\s+of|from)\s+me\b"
    r"|(?:^|[.!?…]\s+)clean\s+gone\s*[.!…]"
    r"|\b(?:what|who)\s+was\s+(?:he|she|it|they)\s+called\s*(?:[.?…,]+\s*)+no\b"
    # "that name the sea has taken", "the years have taken his face"
    r"|\b(?:name|names|face|faces|tune|words|word)\b[^.!?]{0,20}?\b(?:has|have)\s+(?:taken|swallowed|eaten|stolen)\s*[.!…]"
    r"|\b(?:time|the\s+years|age|the\s+sea|the\s+wind)\s+(?:has|have)\s+(?:taken|swallowed|eaten|stolen)\s+(?:it|that"
    r"|the\s+name|(?:his|her|their)\s+(?:name|face))\b"
    # blown or washed away by the weather: "the east wind blew that one clean out of my head", "the river
    # doesn't give things back" (never a wind that blew the roof off, nor a bank that gives nothing back)
    r"|\b(?:[\w'’-]+\s+){0,4}?(?:blew|blown|blows|swept|washed|carried|took|taken)\s+(?:it|that(?:\s+one)?|them|those"
    r"|(?:his|her|their|the)\s+(?:name|names|face|faces|words|tune))\s+(?:clean\s+|clear\s+|right\s+|straight\s+)?"
    r"(?:out\s+of|from|away\s+from)\s+my\s+(?:head|mind|memory)\b"
    r"|\b(?:wind|winds|sea|tide|river|snow|snows|rain|fog|mist|storm|gale|[\w]+-?easter|[\w]+-?wester|mistral"
    r"|sirocco|bora|f[oö]hn|monsoon)\s+(?:doesn'?t|does\s+not|don'?t|do\s+not|never|won'?t|will\s+not)\s+gives?\s+"
    r"(?:things|it|them|anything|that|much|nothing)\s+back\b"
    # rubbed out like chalk: "it's wiped clean, like chalk off a blackboard", "wiped from my head"
    r"|\b(?:wiped|rubbed|washed)\s+(?:clean|out|away|off)\b[^.!?]{0,12}?\blike\s+(?:chalk|a\s+slate|a\s+blackboard)\b"
    r"|\b(?:wiped|rubbed|erased)\s+(?:clean\s+)?(?:from|out\s+of|off)\s+my\s+(?:head|mind|memory)\b"
    # asked of oneself as a fragment and answered no: "The boys, my friends, names? No.", "her face? Nothing." (never
    # a question told in the story: "did they give their names? No, they just took him")
    r"|(?:^|[.!?,;:…—–]\s*)(?:(?:his|her|their|the|its)\s+)?(?:name|names|face|faces|words|tune)\s*\?\s*(?:no|nope|nothing"
    r"|gone|none)\b"
    # reached for and come back with nothing: "I go reaching down in there for it and come back up with an empty
    # net", "I fish for her name and nothing bites", "I dig for it and come up dry" (never the boats that came
    # back empty, nor fishing for eels and coming home with nothing: the thing sought is the memory)
    r"|\b(?:reach\w*|fish\w*|dig|digs|digging|dug|grop\w+|rummag\w+|feel\w*|dredg\w+)"
    r"\s+(?:\w+\s+){0,4}?for\s+(?:it|that(?:\s+one)?|(?:his|her|their|the)\s+(?:name|names|face|words?|tune))\b"
    r"[^.!?]{0,50}?\b(?:(?:come|comes|came|coming|get|got)\s+(?:back\s+)?(?:up\s+)?(?:with\s+)?(?:(?:an?|my)\s+)?"
    r"(?:empty|nothing|dry)|nothing\s+(?:bites|comes|came|there)|it'?s\s+not\s+there|(?:an?\s+)?empty\s+(?:net|hand|hands"
    r"|hook|line|bucket|pot|trap))\b"
    # no longer held in the head: "I don't have it in my head no more", "I haven't got her name in my mind any more",
    # "it's not in my head now", "the words of that hymn are not in my head any more", "I can't hold the tune in my
    # head any more" (never a will not had: "I don't have it in my head to argue", nor one still had, nor one not
    # had at hand and then given: "I don't have the date in my head, it was the 4th of May"), and never one let go
    # of gladly or on purpose ("…, thank God", "I made my peace and I put it away": that is a decline)
    r"|(?:\b(?:i|we)\s+(?:(?:don'?t|do\s+not|haven'?t|have\s+not|can'?t|cannot|can\s+not)\s+"
    r"(?:got\s+|have\s+|hold\s+|keep\s+)?|no\s+longer\s+(?:have\s+|hold\s+|keep\s+)?)(?:it|that|them"
    r"|(?:his|her|their|the|that|this)\s+(?:name|names|face|words|tune|song|hymn|prayer|poem|date|year)"
    r"(?:\s+of\s+(?:\w+\s+){0,2}?\w+)?)\s+in\s+my\s+(?:head|mind|memory)\s*,?\s*(?:no\s+more|any\s*more|any\s+longer|now)"
    r"|\b(?:it'?s|it\s+is|that'?s|that\s+is|they'?re|they\s+are|is|are)\s+(?:not|no\s+longer)\s+in\s+my"
    r"\s+(?:head|mind|memory)\s*,?\s*(?:no\s+more|any\s*more|any\s+longer|now))\b"
    r"(?![^.!?]{0,40}\b(?:thank\s+(?:god|goodness|heaven|heavens)|thankfully|good\s+riddance|made\s+(?:my|our)\s+peace"
    r"|put\s+(?:it|that|them|all\s+that)\s+away))"
    # known for years and now gone: "Sixty years I knew it, and now, nothing."
    r"|\b(?:i|we)\s+knew\s+(?:it|that|them|(?:his|her|their|the)\s+(?:name|names|face|words|tune))\b[^.!?]{0,30}?"
    r"\bnow\s*,?\s*(?:nothing|gone|blank|not\s+a\s+thing)\b",
    re.IGNORECASE,
)


# … or said by an image only, beside a name or a face not come back: the store of it emptied ("that cupboard's
# been cleared out", "the page is blank", "the shelf is bare") or the one forgotten gone into the fog ("he's off
# into the mist, that one"). Said alone these tell of a drawer or a walk in the fog.
_EMPTIED = re.compile(
    r"\b(?:drawer|drawers|shelf|shelves|cupboard|box|page|slate|larder|pantry|filing\s+cabinet|attic)"
    r"(?:['’]s|\s+(?:is|was|has\s+been|had\s+been|they|someone|somebody))?\s+(?:\w+\s+)?(?:cleaned\s+out|cleared(?:\s+out)?"
    r"|emptied|bare|empty|wiped(?:\s+clean)?|blank)\b"
    r"|\b(?:he|she|they|it|that\s+one)(?:['’]s|\s+is|\s+has|\s+was)?\s+(?:gone|away|off|faded|vanished|disappeared)"
    r"\s+(?:off\s+|away\s+)?(?:in|into)\s+(?:the\s+)?(?:fog|mist|haze|murk|haar|cloud|clouds|smoke|darkness)\b",
    re.IGNORECASE,
)
# … or said plainly as not coming: "I can't get it.", "I cannot place it now", "couldn't bring it (back)" (said alone
# these tell of a key, a job or a bus: "I can't get it to start", "couldn't get the bus")
_NOT_COMING = re.compile(
    r"\b(?:can'?t|cannot|couldn'?t|could\s+not)\s+(?:quite\s+|just\s+|seem\s+to\s+)?(?:(?:get|catch|find|place|reach"
    r"|think\s+of)\s+(?:it|that|her|him|that\s+one)|bring\s+(?:it|that|her|him)(?:\s+(?:back|up|to\s+mind))?"
    r"|call\s+(?:it|that|her|him)\s+(?:back|up|to\s+mind))"
    r"(?:\s+(?:now|back|any\s*more))?"
    r"(?:\s*,\s*[^\W\d_]+)?\s*(?:[.!…]|$)",
    re.IGNORECASE,
)
# … or reached for again and again, in vain: "I try and I try, no.", "I tried and tried, nothing comes" (said alone
# these tell of an exam or a door: "I try and I try, and in the end I passed")
_TRIED = re.compile(
    r"\b(?:i|we)\s+(?:keep\s+trying|(?:try|tried)\s+and\s+(?:i\s+|we\s+)?(?:try|tried))(?:\s+again)?\s*[,.…;—–]+\s*"
    r"(?:but\s+)?(?:no|nothing(?:\s+comes|\s+came)?|not\s+a\s+thing|it\s+won'?t\s+come)\s*(?:[.!,…]|$)",
    re.IGNORECASE,
)
# The name or the face left hanging, not given nor kept ("but his name? …", "his face... he's off into the mist",
# "Not the name."; never "her name was Mary", "her name was on every letter", "her face I remember")
_NAME_OR_FACE = re.compile(
    r"\b(?:(?:his|her|their|the|a)\s+(?:name|face)|not\s+the\s+(?:name|face)|what\s+was\s+(?:he|she)\s+called)"
    r"\s*(?:\?|\.\.\.|…|[.,;:—–]|\s-)",
    re.IGNORECASE,
)


def lost(text: str) -> bool:
    """A detail gone, said as a figure ("my memory is a sieve for that", "his name, no. That one flew
    away", a name or a face left hanging and said gone by an image, :data:`_EMPTIED`, as not coming,
    :data:`_NOT_COMING`, or as reached for in vain, :data:`_TRIED`): the speaker dwells on the gap, and a
    gentler way in is owed, even in a longer answer."""
    if _LOST.search(text) or lost_parts.part_gone(text):  # a part of a song or a story lost too
        return True
    if memory_gone.gone_like(text):  # "It's gone, like a canoe past the reef"
        return True
    if out_of_reach.out_of_reach(text):  # "I can't bring it back up", "it's a locked box, and the key is gone"
        return True
    if memory_effaced.effaced(text):  # "Those tracks are blown over", "in my head it is a whitewashed wall"
        return True
    if memory_clouded.clouded(text):  # "fog lying over that one", "that one the years ate", "no drawer for it"
        return True
    if memory_unseen.unseen(text):  # "when I was small... nothing comes", "my cousins tell me we …, I can't see it"
        return True
    # the image said of the name or the face: after it, as what became of it
    return any(
        _EMPTIED.search(text, hanging.end())
        or _NOT_COMING.search(text, hanging.end())
        or _TRIED.search(text, hanging.end())
        for hanging in _NAME_OR_FACE.finditer(text)
    )


# What is not remembered: "I don't remember the house", "the house after …, I don't remember it",
# "The first film I saw at the Taj, what was it... I can't remember".
_GAP = re.compile(
    r"\b(?:don'?t|do\s+not|can'?t|cannot|couldn'?t|could\s+not|never)\s+(?:really\s+|even\s+)?(?:remember|recall"
    r"|recollect|picture)\b(?P<thing>[^.?!;\n]{0,60})",
    re.IGNORECASE,
)
_GAP_NOTHING = re.compile(
    r"^\s*(?:(?:much|anything|a\s+thing|any|a\s+lot|most|all)(?:\s+(?:else|more))?(?:\s+(?:about|of)\s+(?P<rest>.*))?"
    r"|it|that|this|them|him|her|those|nothing|now|well|either|exactly|properly|clearly|really)?\s*$",
    re.IGNORECASE,
)
_GAP_CUT = re.compile(
    r"\s*(?:,|—|–|\.\.\.|…|\s(?:but|and|because|though|although|so|at\s+all|any\s*more|anymore|now|either|properly"
    r"|clearly|exactly|well|one\s+bit|what|when|where|which|who|whether|how)\b).*$",
    re.IGNORECASE,
)
_LEAD = re.compile(r"^(?:(?:but|and|so|oh|well|now|ah|yes|no|and\s+then)\b[\s,]*)+", re.IGNORECASE)
_NOUN_PHRASE = re.compile(
    r"^(?P<np>(?:the|my|our|his|her|their|that|this|those|these)\s+[^,.!?;:…—–]{2,60}?)"
    r"(?:\s+(?:after|then|later|before|there|again|too|now|itself))*\s*(?:[,.!?;:…—–]|$)",
    re.IGNORECASE,
)
_OWNER = re.compile(r"^(?P<who>(?:the|my|our|his|her|their)\s+\w+)['’]s?\s+(?:name|face|voice)\b", re.IGNORECASE)
_GAP_TRAIL = re.compile(r"(?:\s+(?:at|the|in|on|of|a|an|to|from|we|i|with|and|my|our))+$", re.IGNORECASE)
# What a forgotten detail is (a year, a name, a date): the answer around it is the memory.
_DETAILS = frozenset(
    """year years date dates day days month months time times age exact address number numbers word words reason
    price prices details detail street name names order season""".split()
)


# The answer come back to the gap after "I don't remember": "still it is not there", "it does not come", "it won't
# come back", "Nothing. It is all dark." (read only after a gap said plainly, never of a bus or a house).
_STILL_GONE = re.compile(
    r"\b(?:still|yet)\b[^.!?]{0,20}?\b(?:it|that|they|the\s+name)\s+(?:is|was|are|were)(?:\s+not|n['’]t)\s+there\b"
    r"|\b(?:it|that|the\s+name)\s+(?:still\s+)?(?:does\s+not|doesn['’]t|will\s+not|won['’]t|did\s+not|didn['’]t)\s+"
    r"come(?:\s+(?:back|to\s+me))?\b|\b(?:it\s+is|it['’]s)\s+all\s+(?:dark|black|empty|gone)\b|^nothing\s*[.!…]",
    re.IGNORECASE,
)


def gap(text: str) -> str | None:
    """The thing the person says they do not remember, said back ("the house", "the first film
    you saw at the Taj", "the teacher at Southfield school"), or None: no gap named, only a
    pronoun with nothing before it, or a detail (a year, a name, a date) of a memory told around it."""
    found = _gap(text)
    return found[0] if found else None


def dwells_on_gap(text: str) -> bool:
    """The gap is what the answer is about: the thing is said first and then not remembered ("the
    house after, when we moved, I don't remember it"), or the answer comes back to it ("… Eight
    years in that house"), not a detail let go on the way to a memory ("I don't remember the year, but …")."""
    found = _gap(text)
    if found and found[1]:
        return True
    # "… I don't remember them.", "Me, I don't remember it at all, not the water, not the house."
    return memory_gone.ends_unremembered(text) or whole_blank.said_whole(text)


def _gap(text: str) -> tuple[str, bool] | None:
    sentences = re.split(r"(?<=[.!?…])\s+", text.strip())
    for at, sentence in enumerate(sentences):
        figure = (match := _GAP.search(sentence)) is None
        if figure and (match := _LOST.search(sentence)) is None:
            continue
        thing = _GAP_CUT.sub("", match.group("thing") or "").strip()
        if (nothing := _GAP_NOTHING.match(thing)) is not None:
            thing = _GAP_CUT.sub("", nothing.group("rest") or "").strip()
        fronted = not thing or bool(_GAP_NOTHING.match(thing))
        if fronted:
            # "the house after, when …, I don't remember it": the thing was said first, in this
            # sentence or the ones just before ("The teacher at Southfield school, now, what was her name...").
            before = [sentence[: match.start()], *reversed(sentences[max(0, at - 3) : at])]
            found = (_NOUN_PHRASE.match(_LEAD.sub("", b.strip())) for b in before if not _VOCATIVE.match(b.strip()))
            thing = next((f.group("np") for f in found if f is not None), "")
        thing = _GAP_TRAIL.sub("", " ".join(thing.split()[:10]))
        if figure and (owner := _OWNER.match(thing)):  # "The priest's name... my memory is a sieve": the priest
            thing = owner.group("who")
        words = [w.lower().strip(",'’") for w in thing.split()]
        if not thing or words[0] not in _DETERMINED:
            return None
        # a detail is let go on the way to a memory, unless it is one of a list of things gone, said first ("The
        # name of the pass, the villages where we slept, how many days, I don't remember"), or the answer comes
        # back to the gap ("… and still it is not there")
        after = [sentence[match.end() :], *sentences[at + 1 :]]
        back = any(_STILL_GONE.search(s.strip()) for s in after)
        listed = (
            fronted
            and sentence[: match.start()].count(",") >= 2
            and not re.search(r"\bbut\b", sentence[match.start() :], re.I)
        )
        if _DETAILS & set(words[:4]) and not (listed or back):
            return None
        rest = " ".join(sentences[:at] + sentences[at + 1 :]) if not fronted else ""
        content = [w for w in words[1:4] if w not in _DETERMINED and len(w) > 2]
        again = any(re.search(rf"\b{re.escape(w)}\b", rest, re.IGNORECASE) for w in content)
        said = re.sub(r"\b(?:we|us)\b", "you", reflect(thing[0].lower() + thing[1:]), flags=re.IGNORECASE)
        return said, fronted or again or back
    return None


# A term of address said as a sentence ("No, my darling.", "Ach, my dear."): said to the listener, never the
# thing forgotten.
_VOCATIVE = re.compile(
    r"^(?:(?:no|yes|oh|ah|ach|ag|well|now|ja|nee)\b[\s,]*)*(?:my|our)\s+(?:darling|dear|dearie|love|lovey|sweetheart"
    r"|child|girl|boy|friend|pet|honey|angel|treasure|precious|heart|son|daughter|lamb|duck)\s*[.!,…]*$",
    re.IGNORECASE,
)
_DETERMINED = frozenset("the my our his her their that this those these".split())
