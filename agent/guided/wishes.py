"""What the storyteller asks of the interview, read from their words: more about something, a change
of subject, to stop for today, to go on, or to skip a question."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from agent.guided import enough_said, leaving_for, own_close, stop_here, subject_orders
from agent.guided.leave_now import leaves_now
from agent.guided.lexicon import KIN, NOT_NAMES
from agent.guided.names import FEMALE, MALE

_SUBJECT = r"(?P<subject>[^.?!;\n]{2,80})"
# What a story is kept in: written in, or recorded on. Each rule below names the record by these, and adds only
# words of its own ("record", "story" where a story is put in it; "session" where it is closed).
_WRITTEN_IN = r"book|file|notes|notebook"
_RECORDED_ON = r"recording|recorder|tape|computer|machine|laptop"
_RECORD_NOUNS = _WRITTEN_IN + "|" + _RECORDED_ON
# Kept for the record, as the teller wants it: "on record", "on the tape", "in your book", "kept", "written down",
# "remembered" (never kept quiet, private, secret, out of it or to oneself).
_KEPT = (
    r"(?:(?:down\s+)?on\s+(?:the\s+)?(?:record|tape|recording|paper)|in\s+(?:the|your|this|that|my|our)\s+(?:\w+\s+)?"
    r"(?:" + _WRITTEN_IN + r"|record|recording|story)|(?:kept|saved|recorded|written\s+down|put\s+down"
    r"|remembered|told)\b(?!\s+(?:quiet|private|secret|back|out|off|between|to\s+(?:yourself|myself|ourselves)"
    r"|from|away|under)\b))"
)
_WANTED = (
    r"|\bwhat\s+(?:i|we)(?:'d|\s+would)?\s+(?:really\s+|most\s+|truly\s+)?(?:want|like|love|wish)\s+"
    r"(?:to\s+(?:have|see|get|be)\s+)?"
)
# A change of subject said as such, at the head of a sentence: "something different", "now something other", "a
# different kettle of fish altogether", "on another note" (never "that's a different kettle of fish", a comparison).
_OTHER = (
    r"(?:(?:and\s+|but\s+)?now,?\s+|ok(?:ay)?,?\s+|right,?\s+(?:now,?\s+)?|well,?\s+)?"
    r"(?:something\s+(?:(?:completely|quite|totally|entirely)\s+)?(?:different|else|other)"
    r"|(?:an?\s+)?(?:(?:whole|completely|totally)\s+)?(?:different|other|another)\s+kettle\s+of\s+fish"
    r"|on\s+(?:a\s+different|another)\s+(?:note|subject|tack)|(?:to\s+)?chang(?:e|ing)\s+the\s+subject)"
    r"(?:\s+(?:altogether|entirely|now))*"
)
# "Can you ask me more about the school?", "tell me more about Maureen", "ask me about my uncle Yaw"
_ASK = re.compile(
    r"\b(?:ask(?:\s+me)?|tell\s+me|talk|hear|know|say)\s+(?:some\s+|a\s+(?:bit|little)\s+)?more\s+about\s+"
    + _SUBJECT
    + r"|\bask\s+me\s+(?:about|more\s+about)\s+"
    + _SUBJECT.replace("subject", "subject2")
    # what the listener ought to hear: "you should hear about the Palais instead", "you'll want to know about the
    # strike" (never the past: "you should have heard about it"; never "it" or someone: "you should know about him")
    + r"|\byou(?:'d|\s+would|'ll|\s+will)?\s+(?:really\s+)?(?:should|ought\s+to|must|have\s+to|need\s+to|want\s+to"
    r"|got\s+to|gotta)\s+(?:really\s+)?(?:hear|know|learn)\s+(?:more\s+|a\s+(?:bit|little)\s+)?(?:about|of)\s+"
    r"(?!(?:it|that|this|them|him|her|me|us)\b)"
    + _SUBJECT.replace("subject", "subject33")
    # a part of the story to put in: "put the part in about the railroad", "put in also the part about the parcels",
    # "write in the bit about the flood" (never "put the kettle on", "he put the part in", "don't put in the bit")
    + r"|(?:^|(?<=[.!?,;:]\s)|(?<=\bplease\s)|(?<=\bjust\s)|(?<=\bthen\s)|(?<=\bso\s)|(?<=\band\s))"
    r"(?:put|write|get|add|keep|include|stick)\s+(?:(?:in|down|also|too)\s+)*(?:the|that)\s+(?:\w+\s+)?"
    r"(?:part|bit|piece|story)\s+(?:(?:in|down|also|too)\s+)*(?:about|of|with)\s+"
    + _SUBJECT.replace("subject", "subject32")
    # "I wish somebody would ask me about the mill", "nobody ever asks me about X"
    + r"|\b(?:wish|if\s+only)\s+(?:some(?:body|one)|any(?:body|one)|you|they|people|the\s+\w+)"
    r"\s+(?:would|could|had|will)\s+(?:\w+\s+)?(?:ask(?:ed)?\s+me|let\s+me\s+tell)\s+(?:more\s+)?about\s+"
    + _SUBJECT.replace("subject", "subject3")
    # a subject nobody asks about, said as such: "nobody ever asks me about the tannery", "and what no one has
    # asked me about? The ferries. The night crossings." (never the past: "nobody asked me about it then")
    # (never a thing no longer asked, or the not asking welcomed: "about the weather any more", "and that's fine")
    + r"|\b(?:nobody|no\s+one|no-one)\s+(?:ever\s+)?(?:asks|has\s+(?:ever\s+)?asked)\s+(?:me\s+)?(?:about|of)\s+"
    r"(?=[^?]*(?:[.!]|$))(?![^.?!]*\b(?:any\s*more|these\s+days|nowadays|thank\s+god|thankfully|and\s+(?:that'?s|that\s+is"
    r"|i'?m|i\s+am)\s+(?:fine|ok(?:ay)?|good|glad|happy|all\s+right|alright))\b)"
    + _SUBJECT.replace("subject", "subject36")
    + r"|\bwhat\s+(?:(?:has|did)\s+)?(?:nobody|no\s+one|no-one)\s+(?:ever\s+)?(?:asks|asked|has\s+(?:ever\s+)?asked)"
    r"\s+(?:me\s+)?(?:about|of)\s*\?\s+(?!(?:nothing|none|not\s+(?:much|a\s+thing|anything)|everything|no\s*(?:thing|one)"
    r"|you'?ve\s+asked)\b)(?P<subject37>[^.?!;:,\n]{2,40}?)\s*[.!](?:\s+(?P<more37>[^.?!;:,\n]{2,40}?)\s*[.!])?"
    # "you'd get me going on the harvest fair", "get me started about the tram strike" (never "don't get me
    # started on the council", a complaint held back)
     + r"|(?<!\bdon't\s)(?<!\bdon’t\s)(?<!\bnot\s)(?<!\bnever\s)\b(?:get|got|set|start)\s+me\s+(?:going|started|talking"
    r"|off)\s+(?:on|about)\s+"
    + _SUBJECT.replace("subject", "subject25")
    # the best of it not reached yet: "I haven't even got to the part where Grandad lost his boot"
    + r"|\b(?:i|we)\s+(?:ain'?t|haven'?t|have\s+not|'ve\s+not|hasn'?t)\s+(?:even\s+|yet\s+)*"
    r"(?:(?:got|gotten|get|come)\s+(?:(?:round|around|up)\s+)?(?:to|as\s+far\s+as)|reached)\s+(?:yet\s+)?"
    r"(?P<subject26>the\s+(?:\w+\s+)?(?:part|bit)\s+(?:where|when|about|with)\b[^.?!;\n]{2,80})"
    # what to put in the record, said as an order: "You want something for your book? Write down the ice
    # houses." (kept only when the answer speaks of the record: :func:`request`; never "put the kettle on")
     + r"|(?:^|(?<=[.!?]\s))(?:so\s+|then\s+|just\s+|ok(?:ay)?,?\s+)?(?:put|write|record|note|add)\s+(?:down\s+|in\s+)?"
    r"(?P<subject24>(?:the|my|our|about\s+the)\s+[^.?!;:,\n]{2,40}?)(?:\s+(?:in|into|down|on)\s+(?:it|there|that"
    r"|(?:your|the|this)\s+(?:\w+\s+)?(?:" + _RECORD_NOUNS + r"|record|story|list|phone)))?\s*[.!]",
    re.IGNORECASE,
)
# The answer speaks of the record, where an order to put something in it goes.
_RECORD = re.compile(
    r"\b(?:" + _RECORD_NOUNS + r"|write\s+(?:it|that)\s+down"
    r"|for\s+the\s+(?:children|grandchildren|family))\b",
    re.IGNORECASE,
)
# An order that tells what to do with a thing, not what to put in the record: "put the kettle on".
_NOT_RECORDED = re.compile(r"\b(?:on|off|out|away|up|back|down|to\s+bed|to\s+sleep|aside|together|right)$", re.I)
# A wish to tell, its head ("let me tell", "let me first tell", "allow me to speak", "make I talk"), never told of
# someone ("she let me speak to the keeper"): :data:`_SWITCH` hears the subject after it, :func:`offers_to_tell` the
# wish before its subject is said or with none.
_LET_ME_TELL = (
    r"(?<!\bhe\s)(?<!\bshe\s)(?<!\bthey\s)(?<!\bwe\s)(?<!\byou\s)(?<!\bwho\s)(?<!\bwould\s)(?<!\bnever\s)"
    r"\b(?:let|make|mek|allow|permit)\s+(?:me|i|mi)\s+(?:(?:now|rather|instead|first)\s+)*(?:to\s+)?(?:now\s+)?"
    r"(?:tell|talk|speak)"
)
# "I want to talk about the Navy", "Let me tell you about Angola instead", "speaking of work, …"
_SWITCH = re.compile(
    r"\b(?:(?:i(?:'d|\s+would|\s+should)?\s+(?:really\s+|very\s+much\s+|much\s+)?(?:want|like|love)"
    r"(?:\s+nothing\s+better\s+than)?|i'?m\s+going|let'?s|can\s+we|could\s+we|may\s+i|if\s+i\s+may)"
    r"\s+(?:to\s+)?(?:talk|tell\s+you|speak|move\s+on|go\s+on|turn)\s+(?:about|to|of)\s+"
    + _SUBJECT
    # "let me tell you about Angola", and in other Englishes "make I tell you about …", "mek mi tell yu bout …"
    + r"|"
    + _LET_ME_TELL
    + r"\s+(?:(?:to\s+)?(?:you|yu)\s+)?(?:(?:now|instead|rather)\s+)*(?:a\s+(?:bit|little)\s+)?"
    r"(?:about|of|bout|'bout)\s+"
    + _SUBJECT.replace("subject", "subject2")
    # the teller leading the listener somewhere in the life, said as a sentence of its own: "Now let me take you to
    # Whitechapel.", "I'm not finished today. Let me take you to Durban." (never inside someone's words: "he said let
    # me take you to the doctor")
    + r"|(?:^|(?<=[.!?]\s))(?:(?:now|okay|ok|so|right|and|come)\s*,?\s+)?(?:(?:let|make|mek|allow)\s+(?:me|mi)"
    r"|i(?:'ll|\s+will)|now\s+i)\s+(?:(?:now|first|quickly)\s+)*(?:take|bring|carry)\s+(?:you|yu)\s+"
    r"(?:(?:now|back|quickly)\s+)*(?:to|into|over\s+to)\s+"
    + _SUBJECT.replace("subject", "subject39")
    # "let me tell you instead how I got to Bochum": the journey is the subject
    + r"|\b(?:let|make|mek|allow|permit)\s+(?:me|i|mi)\s+(?:(?:now|rather|instead|first)\s+)*(?:to\s+)?tell\s+"
    r"(?:you\s+|yu\s+)?(?:(?:now|instead|rather)\s+)*"
    r"(?P<subject7>how\s+(?:i|we)\s+(?:got|came|went|ended\s+up|arrived|moved)\s+(?:to|in|here)\b[^.?!;\n]{0,60})"
    # a wish: "what I'd love to tell the children about is Timkat", "what I'd talk about for hours is the regatta"
    # (a wish said by "would" or by "love to", never a habit: "what we talk about is the weather"), "Timkat is
    # what I want to talk about"
     + r"|\bwhat\s+(?:i|we)(?:(?:'d|\s+would|\s+could)\s+(?:really\s+)?(?:(?:love|like|want)\s+to\s+)?"
    r"|\s+(?:really\s+)?(?:love|like|want)\s+to\s+)(?:tell|talk|speak|go\s+on)\s+(?:\w+\s+){0,3}?(?:about|of)\s+"
    r"(?:(?:all|for|till|until|through)\s+(?:\w+\s+){1,2}?)?(?:is|are)\s+"
    + _SUBJECT.replace("subject", "subject8")
    # … said to the listener after a digression: "but what I wanted to tell you about was the regatta"
    + r"|\bwhat\s+i\s+(?:really\s+)?(?:wanted|meant|was\s+going)\s+to\s+(?:tell|show)\s+you(?:\s+(?:about|of))?\s+"
    r"(?:is|was)\s+"
    + _SUBJECT.replace("subject", "subject23")
    + r"|(?:^|(?<=[.!?]\s))(?P<subject9>[^.?!;\n]{2,50}?)\s+(?:is|are)\s+what\s+i(?:'d|\s+would)?\s+(?:really\s+)?"
    r"(?:love|like|want)\s+to\s+(?:tell|talk|speak)\b"
    # a change of subject said as such, then what to do next: "different kettle of fish altogether, I want to do
    # Adelaide" (never "I want to do the dishes" said alone)
    + r"|(?:^|(?<=[.!?]\s))"
    + _OTHER
    + r"\s*[,;:—–]\s*(?:so\s+|now\s+)?(?:i(?:'d|\s+would)?\s+(?:want|like|love)\s+to|i'?m\s+going\s+to|i'?ll"
    r"|let'?s|let\s+me)\s+(?:do|have|tell\s+you\s+about|talk\s+about|turn\s+to|get\s+(?:on\s+)?to|move\s+on\s+to)\s+"
    + _SUBJECT.replace("subject", "subject31")
    # … or the subject said at once: "Now something different: coming to Montreal", "Something else now - the war years"
    + r"|(?:^|(?<=[.!?]\s))"
    + _OTHER
    + r"\s*(?::|—|–|\s-)\s*"
    + _SUBJECT.replace("subject", "subject3")
    # a jump said as one: "let me jump now, to Toronto", "now we move on to the war", "I'll skip ahead to 1960";
    # a plain "go" only when the speaker leads it ("let me go now to Toronto", "make I go to Birmingham"),
    # never a story told in the present ("now we go to the market", "I have to go to the clinic")
    + r"|\b(?:(?:let\s+(?:me|us)|let'?s|make\s+(?:i|me)|mek\s+mi|(?:and\s+)?now,?\s+(?:i|we)(?:'ll|\s+will|\s+must)?"
    r"|i(?:'ll|\s+will)|i\s+(?:want|have|must|need)\s+to|can\s+we|shall\s+we)\s+(?:now\s+)?"
    r"(?:jump|skip|move\s+on|turn|fast[\s-]?forward|leap|switch|go\s+on|pass\s+on)"
    r"|(?:let\s+(?:me|us)|let'?s|make\s+(?:i|me)|mek\s+mi|can\s+we|shall\s+we)\s+(?:now\s+)?(?:go|pass))"
    r"(?:\s*,?\s+(?:now|ahead|forward|on|over|across|straight|quickly|a\s+bit|a\s+little))*\s*,?\s+(?:on\s*)?to\s+"
    r"(?!(?:[\w'’-]+\s+){0,3}conclusions?\b(?!\s+of\b))"  # "I'll jump to (the obvious) conclusion(s)": no subject
    + _SUBJECT.replace("subject", "subject4")
    # "now I go to something else", "now we come to another part": the subject follows (see :func:`request`)
    + r"|\bnow,?\s+(?:i|we)\s+(?:go|come|pass|turn|move)\s+(?:on\s+)?to\s+(?P<subject6>(?:something|another|other"
    r"|a\s+different|the\s+next)\b[^.?!;:\n]{0,30})"
    # "Now, about Toronto.", "On to Toronto now.", "Moving on to the war years, …" (said as a heading)
    + r"|(?:^|(?<=[.!?]\s))(?:and\s+|so\s+|but\s+)?(?:now,?\s+about|(?:moving\s+)?on\s+to)\s+"
    + r"(?P<subject5>[^.?!;:,\n]{2,40}?)(?=\s*(?:now\s*)?(?:[.!?:;,—–]|$))"
    # a marker said as a sentence, then the subject as a heading: "So. Los Angeles. In 1976 …", "Now something
    # other. Chicago. In 1966 …" (:func:`_heading`)
    + r"|(?:^|(?<=[.!?]\s))(?:anyway|anyhow|so|right|well|okay|ok|now|enough\s+of\s+that|"
    + _OTHER
    # and said formally: "But I digress.", "I find I am meandering."
    + r"|(?:but\s+)?i\s+(?:digress|(?:find\s+i\s+am|am|'m)\s+(?:meandering|digressing|rambling|wandering)(?:\s+on)?))"
    r"\s*[.!]+\s+"
    r"(?P<subject10>[A-ZÀ-Þ][^.?!;:,\n]{1,40}?)\s*[.!]\s+\S"
    # what others wish to hear, now: "the children wish to hear of X", "what I'd like is for the children
    # to hear about X" (never the past: "Father did not want to hear of it")
     + r"|\b(?:wish|wishes|want|wants|would\s+like|'d\s+like|long|longs|ask|asks|love|loves)\s+(?:is\s+)?"
    r"(?:for\s+(?:\w+\s+){1,3}?)?"
    r"to\s+(?:hear|know|learn)\s+(?:more\s+)?(?:about|of)\s+"
    + _SUBJECT.replace("subject", "subject11")
    # "I have not said anything about the dhows!", "we haven't talked about the war yet"
    + r"|\b(?:i|we)\s+(?:have\s+not|haven'?t|'ve\s+not|have\s+never|'ve\s+never)\s+(?:yet\s+)?(?:said|told\s+you|spoken"
    r"|talked|told)\s+(?:anything\s+|a\s+word\s+|much\s+|yet\s+)?(?:about|of)\s+"
    + _SUBJECT.replace("subject", "subject12")
    # … said in the past with "yet": "I did not tell you yet about the accordion", "we didn't yet tell you of the flood"
    + r"|\b(?:i|we)\s+(?:did\s+not|didn'?t)\s+(?:yet\s+tell\s+you|tell\s+you\s+yet)\s+(?:about|of)\s+"
    + _SUBJECT.replace("subject", "subject34")
    # a question the storyteller asks themself, then answers: "Bibi, why Mombasa? So. In 1970 …"
    + r"|\b(?:why|how\s+come|and\s+why)\s+(?P<subject13>[A-ZÀ-Þ][^.?!;:,\n]{1,40}?)\s*\?\s+(?:so|well|anyway|anyhow"
    r"|right|okay|ok)\s*[.,!:]"
    # a wish asked of oneself and answered: "You know what I'd talk about all night? The regatta."
     + r"|\bwhat\s+(?:i|we)(?:'d|\s+would|\s+could)\s+(?:really\s+)?(?:(?:love|like|want)\s+to\s+)?"
    r"(?:tell|talk|speak|go\s+on)\s+(?:\w+\s+){0,3}?(?:about|of)\b[^.?!\n]{0,50}\?\s+(?P<subject14>[^.?!;:,\n]{2,40}?)\s*[.!]"
    # … or what to keep, asked and answered: "You know what I'd most like saved? Not the farm. The dairy." (a wish
    # for the record, never "you know what I want? a cup of tea", nor "what did we have on record? nothing")
    + _WANTED
    + _KEPT
    + r"[^.?!\n]{0,30}\?\s+(?:(?:no|not)\b[^.?!\n]{1,40}[.!]\s+)?(?P<subject28>[^.?!;:,\n]{2,40}?)\s*[.!]"
    # … what belongs there, asked: "What ought to be in the recording, then? The ferry."
    + r"|\bwhat\s+(?:should|ought\s+to|must|has\s+to|needs\s+to|would|'d)\s+(?:really\s+)?(?:go|be|get|end\s+up)\s+"
    r"(?:in|into|on)\s+(?:the|your|this|that|my|our)\s+(?:\w+\s+)?(?:" + _RECORD_NOUNS + r"|record|story)"
    r"\b[^.?!\n]{0,20}\?\s+(?:(?:no|not)\b[^.?!\n]{1,40}[.!]\s+)?"
    r"(?P<subject29>[^.?!;:,\n]{2,40}?)\s*[.!]"
    # … and said plainly: "what I'd want kept is the dairy", "what we'd like on the tape is Aunt Ida's shop"
    + _WANTED
    + _KEPT
    + r"[^.?!\n]{0,30}?\s+(?:is|are|would\s+be)\s+"
    + _SUBJECT.replace("subject", "subject30")
    # … or said as a wish: "if there's one thing I'd want on the tape, it's the regatta", "the one thing I'd want
    # kept is the regatta"
    + r"|\b(?:if\s+there(?:'s|\s+is|\s+was)\s+one\s+thing|the\s+one\s+thing)\s+(?:that\s+)?(?:i|we)(?:'d|\s+would)?\s+"
    r"(?:want|like|love|wish)\b[^.?!,]{0,40}?(?:,\s*it(?:'s|\s+is|\s+would\s+be|'d\s+be|\s+was)|\s+(?:is|would\s+be))\s+"
    + _SUBJECT.replace("subject", "subject16")
    # what the teller wants to leave to others, now: "what I'd want the grandchildren to have from me is the
    # regatta", "the thing I want to pass on to them is the dairy" (never a wish of the past: "the thing I wanted
    # them to have was a proper house"; never a wish for oneself or for their good: "the thing I want to have is a
    # rest", "what I want them to have is a good education")
    + r"|\b(?:the\s+(?:one\s+|only\s+|main\s+)?thing|what)\s+(?:that\s+)?(?:i|we)(?:'d|\s+would)?\s+"
    r"(?:really\s+|most\s+)?(?:want|like|wish|hope)\s+(?:(?:them|him|her|(?:the|my|our)\s+(?:\w+\s+)?\w+)\s+to\s+"
    r"(?:(?:have|keep|get|take|carry|inherit)\s+from\s+(?:me|us)|remember\s+(?:me|us)\s+(?:by|for))\b"
    r"|to\s+(?:leave|pass\s+on|hand\s+down|hand\s+on|give)\b)"
    r"[^.?!]{0,40}?\s+(?:is|are|would\s+be)\s+"
    + _SUBJECT.replace("subject", "subject35")
    # the thread let go and another named: "Let me tell you Lagos instead", "Never mind the mill, that's
    # nothing. Hamburg, I tell you Hamburg, …"
    + r"|\b(?:let|make|mek)\s+(?:me|i|mi)\s+tell\s+(?:you|yu)\s+(?P<subject17>[^.?!;:,\n]{2,30}?)"
    r"\s+(?:instead|rather)\b"
    + r"|\b(?:that'?s|that\s+is|it'?s)\s+nothing\b[^?]{0,80}?[.!,]\s+(?P<subject18>[A-ZÀ-Þ][^.?!;:,\n]{1,30}?),\s+"
    r"(?:i\s+tell\s+you|i'?m\s+telling\s+you|i\s+say)\s*,?\s+(?P=subject18)\b"
    # what others must hear, now: "what my grandchildren should know, the ones abroad, is the flood year"
     + r"|\bwhat\s+(?:\w+\s+){1,3}?(?:must|should|need\s+to|needs\s+to|ought\s+to|have\s+to|has\s+to)\s+(?:hear"
    r"|know|learn|be\s+told)\b[^.?!]{0,80}?\s+(?:is|are)\s+"
    + _SUBJECT.replace("subject", "subject20")
    # a story owed to the listener: "I still owe you the ferry crossing", "the mill is still owed to you"
    + r"|\b(?:i|we)\s+(?:still\s+)?owe\s+you\s+(?:still\s+)?(?:the\s+story\s+(?:of|about)\s+)?"
    + _SUBJECT.replace("subject", "subject21")
    + r"|(?:^|(?<=[.!?]\s))(?:and\s+|but\s+)?(?P<subject22>[^.?!;:\n]{2,40}?)\s+(?:is|are)\s+still\s+(?:owed|owing)"
    r"(?:\s+(?:to\s+)?you)?\s*[.!,]"
    # a subject named and praised as the story to tell: "Kabaddi, now that is a story worth telling", "The
    # regatta! There's a tale for you." (never "that's a story for another day")
     + r"|(?:^|(?<=[.!?]\s))(?P<subject27>[^.?!;:,—–\n]{2,40}?)\s*(?:—|–|\s-|,|!|:)\s*"
    r"(?:now,?\s+|oh,?\s+|ah,?\s+|and\s+)?(?:that|there|this)(?:'s|’s|\s+is)\s+(?:a|one|the)\s+(?:real\s+|proper\s+|good\s+|fine\s+|true\s+)?"
    r"(?:story|tale|yarn)\b(?!\s+for\s+(?:another|some\s+other|a\s+different|later|next)\b)(?![^.?!]{0,30}\b(?:not\s+"
    r"(?:today|now)|another\s+(?:day|time))\b)"
    # the old subject dismissed, the new one said next: "Forget the farm. It was Leeds after that", "Enough about
    # school already, let me tell you the shipyard", and as second-language English says it: "Right, enough Accra,
    # let me skip, I tell you Hamburg", "Leave the farm now, I will tell you Leeds"
     + r"|(?:^|(?<=[.!?]\s))(?:(?:oh|ach|och|but|so|well|ok(?:ay)?|right|now),?\s+)?"
    r"(?:never\s+mind\s+|forget(?:\s+about)?\s+|enough\s+(?:(?:with|of|about)\s+|(?=(?-i:[A-ZÀ-Þ])))|leave\s+)[^.?!;:,\n]{1,30}?(?:\s+(?:already|now|behind))?"
    r"\s*[.!,;]\s+(?:let\s+(?:me|us)\s+(?:jump|skip|move\s+on)(?:\s+(?:now|ahead|on))?\s*[.!,;]\s+)?(?:then\s+)?"
    r"(?:it\s+was|then\s+came|next\s+(?:was|came)"
    r"|(?:let\s+me|i'?ll|i\s+will|i\s+want\s+to|i)\s+tell\s+(?:you\s+)?(?:about\s+)?)\s*"
    r"(?P<subject38>(?:the\s+)?(?-i:[A-ZÀ-Þ])[^.?!;:,\n]{1,30}?)(?=\s*(?:[.!?:;,]|$|\s+(?:after|then|next|instead|now)\b))"
    + r"|\benough\s+(?:of|about)\s+[^.?!;:,\n]{1,30}?[.!,]\s+(?P<subject19>[A-ZÀ-Þ][^.?!;:,\n]{1,30}?),\s+"
    r"(?:i\s+tell\s+you|i'?m\s+telling\s+you|i\s+say)\s*,?\s+(?P=subject19)\b" + r")",
    re.IGNORECASE,
)
# Who or what, after a dismissal, does a thing in the story, told on ("it was John after that who ran it", "it was
# Jimmy then, Jimmy who fed them", "then came Mum with the tea"), or arrives in it ("then came the Blitz"): no
# new subject, as a place one went next is ("then came Toronto")
_ACTS_IN_STORY = re.compile(
    r"(?:" + "|".join(sorted(map(re.escape, KIN), key=len, reverse=True)) + r")\b"
    r"|[^.?!;:]*?\b(?:who|whom)\b|[^.?!;:,]*?\s+with\b"
    r"|(?<=came\s)the\b|(?<=came\s\s)the\b",
    re.IGNORECASE,
)
# A switch that names no subject yet ("now I go to something else"): the subject is the next
# short sentence ("Pulau Bidong."), a few words with no verb of telling.
_ELSE = re.compile(
    r"^(?:something\s+(?:else|different)|another\s+(?:thing|story|subject|part|time|chapter)|other\s+things?"
    r"|a\s+different\s+(?:thing|story|part|time|chapter)|the\s+next\s+(?:thing|part|chapter))$",
    re.IGNORECASE,
)
# A saying verb after words that would be a wish: they were someone's words ("…, said my father", "…, she told him")
_SAID_AFTER = re.compile(
    r"[,;]\s*(?:(?:he|she|they|we|i|my\s+\w+|the\s+\w+|\w+)\s+)?(?:said|says|told|tells|asked|shouted|called)\b"
    r"|[,;]\s*(?:said|says|told|asked|shouted)\s+(?:he|she|they|my|the|our|his|her)\b",
    re.IGNORECASE,
)
_ELSE_FIRST = re.compile(r"^(?:something\s+(?:else|different)|another\s+thing)\s*[,:—–-]\s*", re.IGNORECASE)
_NEXT_SUBJECT = re.compile(r"\s*(?P<subject>[^.?!;:\n]{2,60})[.!:;]")
_SUBJECT_TAIL = re.compile(
    r"(?:,|\s+(?:instead|now|please|too|as\s+well|for\s+a\s+(?:bit|while|moment)|first|then|again))+\s*$"
    r"|\s+(?:because|since|when|where|and\s+(?:i|we|how|why)|but|otherwise|unless|or\s+(?:else|we|i|you))\b.*$"
    # "Birmingham now, for that is the other half of me life", "Toronto, where we …"
    r"|\s*[,—–]\s*(?:for|as|so|which|that|who|where|when|because|since|cause|'cause|it|this|he|she|they|we|i"
    r"|you|nobody|no\s+one|everybody|everyone|but|and|though|although|how|what|why|not|only|if|otherwise|else|unless"
    r"|or\s+(?:else|we|i|you|it))\b.*$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Request:
    kind: str  # "ask": more about something in this story; "switch": a change of subject
    subject: str  # as the person said it ("the school", "my uncle Yaw")
    # words said after the wish: one said last ("… for the children to hear about X.") told nothing of X
    words_after: int = field(default=0, compare=False)


# What is owed that is no story: money, an apology, a favour, a drink.
_OWED_NOT = re.compile(
    r"\b(?:money|rent|debt|debts|loan|pounds?|dollars?|euros?|rand|pesos?|rupees?|cents?|pence|quid|bucks|apology"
    r"|thanks|favou?r|drink|beer|pint|lunch|dinner|coffee|one|nothing|anything|everything|my\s+life|a\s+lot|much)\b"
    r"|\d",
    re.IGNORECASE,
)


# What is kept that names no story: "nothing much", "private", "between us".
_KEPT_NOT = re.compile(
    r"(?:nothing|anything|everything|something|none|no|not|private|secret|quiet|between|that|this|it)\b", re.IGNORECASE
)


def request(text: str) -> Request | None:
    """An explicit wish about what to talk about next, and its subject."""
    for kind, pattern in (("ask", _ASK), ("switch", _SWITCH)):
        for match in pattern.finditer(text):
            raw = next((v for k, v in match.groupdict().items() if k.startswith("subject") and v), "")
            # "about something else, the railway, because …" → "the railway"
            subject = _subject(_ELSE_FIRST.sub("", raw.strip()))
            if match.groupdict().get("subject26"):  # "the part where Grandad lost his boot": the clause is the part
                subject = re.split(r"\s*[,;—–]\s*", raw.strip())[0]
            if _ELSE.match(subject):
                # "Now I go to something else. Pulau Bidong. In 1979 …": the subject is said next.
                said = _NEXT_SUBJECT.match(text, match.end() + (text[match.end() :].find(".") + 1))
                subject = _subject(said.group("subject")) if said and len(said.group("subject").split()) <= 5 else ""
            headed = (
                "subject10",
                "subject13",
                "subject14",
                "subject17",
                "subject18",
                "subject19",
                "subject27",
                "subject28",
                "subject29",
                "subject37",
            )
            if any(match.groupdict().get(k) for k in headed):
                if not _heading(subject):
                    continue
                # said as a sentence of its own ("The klapa."): said back inside one, "the klapa"
                subject = _inside(subject)
            more = match.groupdict().get("more37")
            if more and _heading(more.strip()):  # "The gutting. The herring girls.": one subject said in two
                subject = f"{subject} and {_inside(_subject(more))}"
            if match.groupdict().get("subject39") and _SAID_AFTER.search(raw):
                continue  # "I'll take you to the station myself, said my father": someone's words, no wish
            if match.groupdict().get("subject38") and (
                subject.split()[-1].lower() in NOT_NAMES or _ACTS_IN_STORY.match(text, match.start("subject38"))
            ):
                continue  # "Never mind the rain. It was Monday after that": a day; "it was John who ran it": a doer
            if match.groupdict().get("subject24") and (
                _NOT_RECORDED.search(subject) or not _RECORD.search(subject_orders.beside_landing(text))
            ):
                continue  # "put the kettle on", "put the coins in the machine"
            kept = any(match.groupdict().get(k) for k in ("subject28", "subject29", "subject30"))
            if kept and _KEPT_NOT.match(subject):  # "what I want on the record? Nothing much."
                continue
            owed = match.groupdict().get("subject21") or match.groupdict().get("subject22")
            if owed and _OWED_NOT.search(subject):
                continue
            if subject and subject.lower() not in ("it", "that", "this", "them", "him", "her"):
                return Request(kind, subject, len(text[match.end() :].split()))
    if (left := leaving_for.left_for(text)) is not None:  # "Let me leave Ndar now and tell you about Marseille"
        return Request("switch", *left)
    if found := _announced(text) or _how_it_was_done(text) or _posted_after_marker(text):
        return found
    asked = subject_orders.ordered(text)  # "you didn't ask about X yet", "write down X", "put X in"
    return Request("ask", *asked) if asked else None


# A wish to tell how a thing was done, said as one: "I want to tell you how we make the island", "let me tell you
# how my mother cured the fish", "I'd like to tell you how I met your grandfather" (the doing is the subject, asked
# about by name), or to be asked it: "ask me how we make the mask", "you should ask me how Grandad built the boat"
# (said to the listener, never told of others: "people ask me how we make it"). Never how it felt or was ("I want
# to tell you how hard it was", "let me tell you how it was", "how I felt"), nor a journey, which is a change of
# subject (:data:`_SWITCH`: "let me tell you how I got to Bochum").
_HOW_DONE = re.compile(
    r"(?:\b(?:" + _LET_ME_TELL + r"|i(?:'d|\s+would)?\s+(?:really\s+)?(?:want|like|love)\s+to\s+tell)\s+(?:you|yu)"
    # "ask me how" opens its sentence or follows a word to the listener, never a comma of others' doings
    # ("Tourists come to the stall, ask me how we make the nets") nor a saying quoted ("always say: ask me how")
    r"|(?:^|(?<=[.!?]\s)|(?<=\bgo\son,\s)|(?<=\bso\s)|(?<=\bnow\s)|(?<=\bthen\s)|(?<=\bplease\s)|(?<=\bjust\s)"
    r"|(?<=\byou\scan\s)|(?<=\byou\sshould\s)|(?<=\byou\smust\s)|(?<=\byou\scould\s)|(?<=\byou\sought\sto\s)"
    r"|(?<=\bwhy\sdon't\syou\s)|(?<=\bwhy\snot\s))ask\s+me)\s+"
    r"(?:(?:now|first|instead)\s+)?(?P<subject>how\s+(?:i|we|they|(?:my|our)\s+[a-zà-ÿ]+|(?-i:[A-ZÀ-Þ])[\w'’-]+)\s+"
    r"(?!(?:was|were|is|are|felt|feel|got|came|went|ended|arrived|moved|suffered|cried|missed|hated|loved)\b)"
    r"[a-zà-ÿ]+\b[^.?!;,\n]{2,60})",
    re.IGNORECASE,
)

# A doing the teller then says they do not know, or a wonder ("ask me how I ever found the time! I don't know
# myself", "you could ask me how my mother made the soup, but I never learned it"): nothing to tell
_NOT_KNOWN = re.compile(
    r"\bever\b|\b(?:i|we)\s+(?:never|don't|do\s+not|didn't|did\s+not|can't|cannot|couldn't)\s+(?:\w+\s+)?"
    r"(?:know|knew|learn|learned|learnt|remember|understand|understood|find\s+out)\b|\bi\s+(?:have|had)\s+no\s+idea\b",
    re.IGNORECASE,
)


def _how_it_was_done(text: str) -> Request | None:
    """A wish to tell how a thing was done (:data:`_HOW_DONE`): more about that doing."""
    said = text.replace("’", "'")
    if (wish := _HOW_DONE.search(said)) is None:
        return None
    if _NOT_KNOWN.search(wish.group("subject")) or _NOT_KNOWN.search(said, wish.end(), wish.end() + 60):
        return None
    return Request("ask", _subject(wish.group("subject")), len(text[wish.end() :].split()))


# A new subject announced as one to the listener, then named as a heading that ends the sentence: "And now I tell
# you another thing, different thing: Almaty.", "that's what I want to tell you now, something else, the festa.",
# "another thing I tell you now, different: Arequipa.", "Another thing: the regatta." (the marker leads its clause).
# Never a thing that goes on with the story ("another thing I remember about the farm is the smell", "something
# else happened that day", "I'll tell you something else, he was a hard man").
_TELL_YOU = (
    r"(?:(?:let\s+me|make\s+(?:i|me)|i(?:\s+(?:will|want\s+to|wanna|must|have\s+to|can|am\s+going\s+to)|'ll"
    r"|'m\s+going\s+to|'m\s+gonna)?)\s+tell\s+you)(?:\s+(?:now|first|next|today))*"
)
_ANOTHER = (
    r"(?:an?other|one\s+more|(?:a\s+)?different|(?:a\s+)?new)\s+(?:thing|story|subject|matter|topic|chapter)"
    r"|something\s+(?:(?:completely|quite|totally|entirely)\s+)?(?:else|different|new)"
)
_ANNOUNCED = re.compile(
    rf"(?:\b{_TELL_YOU}\s*,?\s+(?:{_ANOTHER})|\b(?:{_ANOTHER})\s*,?\s+{_TELL_YOU}"
    rf"|(?:^|(?<=[.!?]\s))(?:(?:and|so|but)\s*,?\s+)?(?:(?:then|now)\s*,?\s+)?(?:{_ANOTHER}))"
    # said again in other words: "another thing, different thing:", "another thing I tell you now, different:"
    rf"(?:\s*,?\s+(?:{_ANOTHER}|(?:a\s+)?(?:different|new|other)))?(?:\s*,?\s+now)?"
    r"\s*(?::|—|–|\s-|,)\s*(?P<subject>[^.?!;:,\n]{1,40}?)\s*(?:[.!]|$)",
    re.IGNORECASE,
)
# Who is spoken to, after a comma, is no subject: "let me tell you something else, my friend.", the listener called
# by kin or a pet name ("my grandson", "love", "pet", "my dear"); a bare given name that ends the answer is the
# listener's too ("Something else, Sarah."; :func:`_announced`).
_CALLED = re.compile(
    r"^(?:my\s+)?(?:(?:little|young|old)\s+)?(?:friend|dear|dearie|deary|love|lovey|luv|darling|sweetheart|sweetie"
    r"|honey|pet|petal|hen|duck|ducky|chick|boy|girl|child|kid|kiddo|son|sonny|lad|lass|hijo|hija|mijo|mija|balam|beta"
    r"|habibi|grandson|granddaughter|grandchild|grandkid|grandchildren|grandkids|children|kids|young\s+man"
    r"|young\s+lady)$",
    re.I,
)


def _announced(text: str) -> Request | None:
    """A new subject announced and named as a heading (:data:`_ANNOUNCED`): a name, or a thing said with its article
    or its owner ("the festa", "my wedding"), a few words that tell nothing (:func:`_heading`, no past verb)."""
    for match in _ANNOUNCED.finditer(text):
        subject = match.group("subject").strip()
        first = subject.split()[0] if subject else ""
        named = first[:1].isupper() or first.lower() in ("the", "my", "our", "a", "an", "his", "her", "their")
        if not named or not _heading(subject) or _CALLED.match(subject) or _called_by_name(text, match):
            continue
        if any(re.fullmatch(r"[a-z]{2,}(?<!e)ed", w) for w in subject.split()[1:]):  # "the war changed"; not "speed"
            continue
        return Request("switch", _inside(subject), len(text[match.end() :].split()))
    return None


def _called_by_name(text: str, match: re.Match[str]) -> bool:
    """The heading is one given name after a comma, the answer's last word ("Something else, Sarah."): the one
    spoken to, not a subject ("Another thing: Almaty.", "Another thing, Rafiq. He …" stay subjects)."""
    subject = match.group("subject").strip()
    return (
        text[: match.start("subject")].rstrip().endswith(",")
        and subject.lower() in FEMALE | MALE
        and not text[match.end() :].strip()
    )


# A wish to tell said before its subject or with none yet: "let me tell you …", "can I just say something?", "I'd
# like to talk first", and "before the next one, …" (something to tell before the next question).
_TO_TELL = re.compile(
    _LET_ME_TELL
    + r"\b|\b(?:can|could|may|might)\s+i\s+(?:just\s+|first\s+|quickly\s+)?(?:tell|talk|speak|say\s+something)\b"
    r"|\bi(?:'d|\s+would|\s+should)?\s+(?:really\s+|very\s+much\s+|much\s+)?(?:want|like|love)\s+to\s+"
    r"(?:just\s+|first\s+)?(?:tell|talk|speak)\b"
    r"|\bbefore\s+(?:the\s+|your\s+)?next\s+(?:one|question)\b",
    re.IGNORECASE,
)


def offers_to_tell(text: str) -> bool:
    """A wish to tell something first, said as one: with its subject (:func:`request`), before it ("let me first
    tell you about …" cut before the subject) or with none yet ("can I tell you something?"). No answer to a
    question asked: the tutor does not grade it (:func:`agent.guided.grading.no_attempt`)."""
    return bool(_TO_TELL.search(text.replace("’", "'"))) or request(text) is not None


# An offer to tell, or a wish to hear, said just before what is offered: "ask me about the regatta", "let me
# tell you about X", "I want to talk about X", "I should like to speak of X", "they wish to hear of X",
# "speaking of X", "what about X". :func:`request` hears the whole wish; :func:`offered_from` only where the
# offered words begin, for a reader that must not count them as told yet (``records``).
_OFFER = re.compile(
    r"\b(?:ask\s+(?:me|him|her|us)\s+(?:about|of)|(?:tell|talk|speak|hear)\s+(?:you\s+|them\s+)?(?:about|of)"
    r"|speaking\s+of|what\s+about)\s+",
    re.IGNORECASE,
)


def offered_from(text: str) -> int | None:
    """Where the words offered to tell begin, after the last offer in ``text`` ("Ask me about the regatta":
    at "the"), or None when it offers nothing."""
    end = None
    for offer in _OFFER.finditer(text):
        end = offer.end()
    return end


# "Anyhow." / "Anyway." said as a sentence, then no heading but a story: where the teller was sent or
# posted ("They sent me to Halifax", "I was posted to Lagos") is where the new part of the life happens;
# a place merely gone to on the way ("went in to St. John's and signed on") is not.
_MARKER = re.compile(r"(?:^|(?<=[.!?]\s))(?:anyway|anyhow|enough\s+of\s+that|but\s+i\s+digress)\s*[.!]+\s+", re.I)
_POSTED = re.compile(
    r"\b(?i:(?:sent|posted|transferred|drafted|shipped)\s+(?:me|us)|(?:i|we)\s+(?:was|were)\s+(?:sent|posted|transferred"
    r"|drafted|shipped))\s+(?i:(?:out|off|over|down|up|away)\s+)?to\s+"
    r"(?P<place>[A-ZÀ-Þ][\w'’.-]*(?:\s+[A-ZÀ-Þ][\w'’-]*){0,2})"
)


def new_subject_at(text: str) -> int | None:
    """Where a change of subject said by a marker sentence ("Anyhow.") begins, or None."""
    marker = _MARKER.search(text)
    return marker.end() if marker else None


def _posted_after_marker(text: str) -> Request | None:
    """A change of subject said by a marker and then told: its subject is where one was posted, if told,
    or where the journey went that follows a thread said to be finished (:func:`_journey_after_finished`)."""
    for marker in _MARKER.finditer(text):
        if (posted := _POSTED.search(text, marker.end())) is not None:
            place = posted.group("place").rstrip(".")
            if place.split()[0].lower() not in NOT_NAMES:  # "sent me to Sunday school" names no place
                return Request("switch", place, len(text[marker.end() :].split()))
    return _journey_after_finished(text)


# A thread closed by the teller ("the sheep were finished for me in sixty-two.", "school was over for me at
# fourteen.") and, in the very next sentence, a journey taken ("I took the boat from A to B and the train to
# C"): the new part of the life is where the journey ended, the last "to C" before the first comma.
_FINISHED = re.compile(r"\b(?:was|were)\s+(?:finished|over)\s+for\s+me\b[^.!?]{0,30}[.!]\s+", re.IGNORECASE)
_JOURNEY = re.compile(
    r"(?:then\s+|so\s+)?(?:i|we)\s+(?:took|caught|boarded|got\s+on)\s+(?:the|a)\s+(?:boat|ship|ferry|steamer|train"
    r"|bus|coach|plane)\b(?P<route>[^.!?,;]*)",
    re.IGNORECASE,
)
_DESTINATION = re.compile(r"\bto\s+(?P<place>[A-ZÀ-Þ][\w'’-]*(?:\s+[A-ZÀ-Þ][\w'’-]*){0,2})")


def _journey_after_finished(text: str) -> Request | None:
    for finished in _FINISHED.finditer(text):
        if (journey := _JOURNEY.match(text, finished.end())) is None:
            continue
        places = [m.group("place") for m in _DESTINATION.finditer(journey.group("route"))]
        if places and places[-1].split()[0].lower() not in NOT_NAMES:
            return Request("switch", places[-1], len(text[finished.end() :].split()))
    return None


def _inside(heading: str) -> str:
    """A heading said as a sentence of its own ("The klapa."), as said back inside one: "the klapa"."""
    return re.sub(r"^(The|An?)(?=\s+[a-zà-ÿ])", lambda m: m.group(1).lower(), heading)


def _heading(subject: str) -> bool:
    """A heading names a thing in a few words and tells nothing: "Los Angeles", "The war years";
    not "That was that", "We went home", "Yes"."""
    words = re.sub(r"['’]\w+", "", subject.lower()).split()  # "It's seventy years": "it" tells, names nothing
    return 0 < len(words) <= 4 and words[0] not in _NOT_HEADING and not _NOT_HEADING & set(words[1:])


_NOT_HEADING = frozenset(
    """i you he she it we they that this there then yes no not what who why how is was were are am be been had has
    have did do does went came got said says made saw never always just anyway so well okay ok right now oh ah
    alright yeah hmm""".split()
)


def _subject(raw: str) -> str:
    """A subject as said, without what trails it ("Birmingham now, for that is …" → "Birmingham")."""
    subject, before = raw.strip(), ""
    while subject != before:
        before, subject = subject, _SUBJECT_TAIL.sub("", subject).strip(" ,'\"“”")
    return subject


# The body that tells it is enough, now: a limb that aches ("my back is complaining"), or any part that says so
# ("my hip says that's it", "my eyes stay pau", "my head is done in").
_LIMBS = r"back|knees?|legs?|hips?|bones|feet|joints|shoulders?|arms?|wrists?|hands?|fingers"
_BODY = _LIMBS + r"|eyes|ears|head|brain|body|voice|throat"
# Tired, or had enough for today: a wish to stop ("I'm getting a bit tired", "my voice is going",
# "that's enough for today", "my ears are ringing now", "next time I tell you more"), never "I'm
# not tired" nor a tiredness told of the past ("my ears were ringing after the blast").
# A close for today said plainly, now (issue 9), never the same words told of a day in the story.
_TODAY = r"for\s+(?:today|tonight|now|this\s+time|one\s+day)\b(?!'s)"  # never "today's catch"
_OPENER = r"(?:(?:right|well|ok(?:ay)?|k|so|aye|yes|yeah|ja|oh|ah|eh|there|and|anyway|now)\s*,?\s+)*"
_NEXT_DAY = r"(?:next\s+(?:week|time|month|visit|weekend|(?:mon|tues|wednes|thurs|fri|satur|sun)day)|tomorrow)"
# what someone said in the story is told, not said now: "Dad would say, we're done for the day, lads"
_NOT_REPORTED = "".join(
    rf"(?<!{verb}{mark}\s)" for verb in ("say", "said", "says", "shout", "yell") for mark in ("", ",", ":")
)
# "that's it" said after a yes or a "so" agrees or sums up ("Yes, that's it, my grandson wants …", "So that's it, …"):
# each form, for the look-behind of :data:`_CLOSE_SAID_PLAINLY`'s close with a reason
_AGREED_IT = "".join(
    rf"(?<!\b{yes}{gap}{that}\sit)"
    for yes in ("yes", "yeah", "yep", "aye", "ja", "so", "exactly", "right", "well")
    for gap in (r",\s", r"\s")
    for that in ("that's", "that’s", "thats", r"that\sis")
)
_CLOSE_SAID_PLAINLY = "".join(
    [
        # "we're done for today", "I'm finished for the day", "we're about through for tonight": said now
        # ("we were done for the day when the whistle went" is told)
        r"|"
        + _NOT_REPORTED
        + r"\b(?:i'?m|i\s+am|we're|we\s+are)\s+(?:(?:all|about|just\s+about|pretty\s+much|well\s+and\s+truly)\s+)?",
        r"(?:done|finished|through)\s+(?:" + _TODAY + r"|for\s+the\s+(?:day|night|evening)\b)",
        # the same without the verb, as other Englishes say it: "we done for today", "mi done for now",
        # "we pau for today" (Hawaii Pidgin pau, finished), "I don finish for today" (Nigerian Pidgin)
        r"|\b(?:i|we|mi|me|us)\s+(?:stay\s+|all\s+|don\s+)?(?:done|finish(?:ed)?|pau)\s+" + _TODAY,
        # "pau" is no English word: "pau for today", or said as a close on its own ("All pau, brah.",
        # "Pau already.", "I stay pau."), never "pau hana", a job that was pau in the story, nor the town
        # ("Pau, in the Pyrenees", "the train to Pau for tonight")
        r"|(?-i:\bpau|(?:^|(?<=[.!?]\s))Pau)\s+" + _TODAY,
        r"|(?:^|[.!?,]\s*)" + _OPENER + r"(?:(?:(?:i|we|me|us|all|everything)\s+(?:stay\s+|all\s+)?|stay\s+)pau",
        r"(?:\s+(?:already|now|pau))?(?:\s*,\s*[^\W\d_]+)?\s*(?:[.!,]|$)|pau(?:\s+(?:already|now|pau))?\s*(?:[.!]|$))",
        # "my eyes stay pau", "my head is done in": the body says it, now
        r"|\bmy\s+(?:" + _BODY + r")\s+(?:stay|are|is)\s+(?:all\s+)?(?:pau|done\s+in)\b",
        # Nigerian Pidgin "e don do" (it is enough), "I don tire" (I am tired)
        # (never "I don tire easily", "don't" typed without its apostrophe)
        r"|\b(?:e|i|we)\s+don\s+(?:tire|do)(?:\s*(?:[.!,]|$)|\s+now\b|\s+" + _TODAY + r")",
        # "that's it for today", "that's all for tonight, love", "that's me for today", "that'll be all for
        # now" ("that's it for the old mill" tells of the mill)
        r"|"
        + _NOT_REPORTED
        + r"\bthat(?:'s|\s+is|'ll\s+be|\s+will\s+be)\s+(?:it|all|me|us|all\s+from\s+me|it\s+from\s+me)\s+"
        + _TODAY,
        # "I've had enough for one day", "we've done enough for today", "I've said enough now" ("we'd had
        # enough for one day by the time …" is told; "I've had enough of farming" is no close)
        r"|\b(?:i|we)(?:'ve|\s+have)\s+(?:had|said|talked|done|told\s+you|spoken|covered)\s+",
        r"(?:(?:quite|about|just\s+about|more\s+than)\s+)?enough\s+(?:"
        + _TODAY
        + r"|for\s+the\s+day\b|now\b|already\b)",
        # "We'll pick it up next week", "can we carry on tomorrow?", "let's talk again next Sunday"
        # ("he picked it up next week" is told, and so is what someone said: "Dad said we'll …")
        r"|" + _NOT_REPORTED + r"\b(?:we'll|we\s+(?:will|can|could|shall|might)|let'?s|let\s+us|shall\s+we|can\s+we",
        r"|could\s+we|you\s+can|i'll)\s+(?:(?:maybe|perhaps|just|then)\s+)?",
        r"(?:pick\s+(?:it|this|that|things)\s+up(?:\s+again)?|pick\s+up\s+again|carry\s+on|go\s+on|continue|resume",
        r"|finish(?:\s+(?:it|this|off|up|the\s+rest))?|do\s+(?:some\s+)?more|do\s+the\s+rest",
        r"|talk\s+(?:again|more|some\s+more)|have\s+another\s+(?:go|chat|talk|session)|come\s+back\s+to\s+(?:it|this|that))",
        r"\s+(?:(?:again|then)\s+)?(?:" + _NEXT_DAY + r"|another\s+(?:day|time)|some\s+other\s+(?:day|time))\b",
        # "Right, pet, enough." as a sentence of its own, with the next time named after it ("… Next week I'll
        # tell you the war"); "Okay, enough. Let me tell you about the war." goes on, and names no next time
        r"|(?:^|[.!?]\s*)"
        + _OPENER
        + _NOT_REPORTED
        + r"(?:[^\W\d_]+\s*,\s*){0,2}enough\s*[.!](?=.*\b"
        + _NEXT_DAY
        + r")"
        # (never told as said or thought then: "Tomorrow the diet starts, I said to myself back then")
        + r"(?!.*(?:,\s*(?:i|he|she|we|they)\s+(?:said|thought|told|promised|swore)\b"
        r"|\b(?:back\s+then|in\s+those\s+days|at\s+the\s+time)\b))",
        # "See you next week.", "Till tomorrow, then." as a sentence of its own
        r"|(?:^|[.!?,]\s*)"
        + _OPENER
        + _NOT_REPORTED
        + r"(?:see\s+you|till|until|talk\s+(?:to\s+you\s+)?(?:again\s+)?)\s+"
        + _NEXT_DAY,
        r"(?:\s*,?\s*then)?(?:\s*,\s*[^\W\d_]+)?\s*[.!]",
        # "Right, I'm off to bed.", "I'm away to my bed now, pet", "we're off home": the close, said now
        # ("Dad was off to bed by eight", "I'm off to bed at nine every night" are told)
        r"|(?:^|[.!?,]\s*)" + _OPENER + _NOT_REPORTED + r"(?:i'?m|i\s+am|we're|we\s+are)\s+(?:off|away)\s+",
        r"(?:to\s+(?:my\s+)?(?:bed|sleep|kip)|home|to\s+(?:have\s+)?(?:a\s+)?(?:lie[\s-]down|nap|rest|kip))",
        r"(?:\s+now)?(?:\s*,\s*[^\W\d_]+)?\s*(?:[.!]|$)",
        # a short "I'm done." or "That's me finished." as a sentence of its own ("I'm done with farming",
        # "I wasn't done", "I'm done, he told the foreman" are not)
        r"|(?:^|[.!?]\s+)" + _OPENER + r"(?:i'?m|i\s+am|we're|we\s+are|that'?s\s+(?:me|us)|(?:i|we|mi)(?=\s+done))\s+",
        r"(?:all\s+|about\s+)?(?:done|finished|through)(?:\s+(?:now|then|here))?(?:\s*,\s*[^\W\d_]+)?\s*(?:[.!]|$)",
        # the same without the speaker: "Done for the day.", "All finished for tonight, love." as a sentence of its
        # own ("Done for the day, we walked home", "Finished for the day at five" are told)
        r"|(?:^|[.!?]\s+)" + _OPENER + r"(?:all\s+)?(?:done|finished|through)\s+(?:" + _TODAY,
        r"|for\s+the\s+(?:day|night|evening)\b)(?:\s*,\s*[^\W\d_]+)?\s*(?:[.!]|$)",
        # "Right, that's me.", "Okay, that's me, the bus is at six": in Scots and Irish English, I'm finished. Only
        # after an opener, never a photo shown ("That's me in the pram", "Right, that's me, second from the left",
        # "Well, that's me. I was nine then.")
        r"|(?:^|[.!?]\s+)(?:(?:ok(?:ay)?|right|well|so|aye|anyway|and)\s*,?\s+)+that(?:'s|\s+is)\s+me",
        r"(?:\s*(?:[.!]|$)(?!\s*(?:i|we)\s+(?:was|were|had)\b)|\s*,(?!\s*(?:in|on|at|with|the|a|an|first|second|third",
        r"|fourth|far|left|right|there|here|holding|standing|sitting|aged?|when|as|back|next|beside|behind|between|wearing",
        r"|up|down|front|middle|me|i|with)\b))",
        # "Okay, that's enough, my son needs the car.", "Right, that'll do, the bus is at four": a close with the
        # reason it must stop now after a comma, an errand or someone else's need ("that's enough sugar", "that's
        # enough about him, ask me about the farm" and "That's enough, the foreman said, …" are none)
        # (a word of address may come first: "Okay walaal, that's enough, …", "Right pet, that'll do, …")
        r"|(?:^|[.!?]\s+)"
        + _OPENER
        + r"(?:[^\W\d_]+\s*,\s*)?that(?:'s|\s+is|'ll\s+do|\s+will\s+do)(?:\s+(?:enough|plenty|it))?"
        # (only a close word says it: "enough", "plenty", "that'll do", or "that's it" said now or not after a yes:
        # "Yes, that's it, …", "So that's it, …" agree or sum up, "That is, …" is "I mean")
        r"(?:(?<=enough)|(?<=plenty)|(?<=\sdo)|(?<=\bit)(?:(?=\s+(?:now|for\s+(?:now|today|tonight))\b)|"
        + _AGREED_IT
        + r"))"
        r"(?:\s+(?:now|then|for\s+(?:now|today|tonight)))?\s*,\s*"
        # … and a reason about now: an errand the teller must go to ("I have to fetch the kids", never "we have to
        # remember the name", "I have to say", "we have to go back to 1950"), someone's need now ("my son needs the
        # car", never "my grandson wants to study"), the bus or someone come for them, never told as what was done
        # every day or then ("the bus is at four every day", "they'd all be waiting on the pier"), nor one that goes
        # on with the telling: back to the story, or "we" (the teller and the listener) back to anything ("I have to
        # get back to the story of the wedding", "we have to get back to my brother"; "I need to get back to the
        # kids" is an errand), the story named, or a sequence told ("we have to make the bread first, then the
        # fire"; "then I'll lie down" is the teller's own next)
        r"(?!we(?:'ve|\s+have)?\s+(?:got\s+to|gotta|have\s+to|need\s+to|must)\s+(?:go|get|come|head)\s+back\b)"
        r"(?:(?:i|we)(?:'ve|\s+have)?\s+(?:got\s+to|gotta|have\s+to|need\s+to|must)\s+(?:go(?!\s+back\s+to\b"
        # (never going on, "I must go on", nor a thing fetched to show: "I must go and find the photo")
        r"|\s+(?:on|through|over|slowly)\b|\s+and\s+(?:find|get|fetch|bring|look\s+for)\s+(?:the|my|a|our)\s+(?:\w+\s+)?"
        r"(?:photos?|pictures?|album|letters?|glasses|spectacles|books?|box|map|papers?|certificate|documents?)\b)"
        r"|get|fetch"
        r"|collect|pick|leave|head|run|feed|catch|make|cook|put|see\s+to|walk|let|take|meet|pop|nip|dash|check\s+on"
        r"|lie\s+down|rest|be\s+(?:off|going|at|in|somewhere))\b",
        r"|(?:my|our|the)\s+(?:\w+\s+){0,2}?(?:needs?|wants?)\s+(?:the|me|us|my|our|it|his|her|their|a)\b",
        r"|the\s+(?:bus|train|ferry|taxi|tram|boat|lift|school\s+run|kids|children|bairns|tea|dinner|doctor|nurse)",
        r"(?:'s|\s+is|\s+comes|\s+goes|\s+leaves|\s+will\s+be)\s+(?:at|in|due|here|coming|waiting|ready|on)\b",
        r"|[^\W\d_]+(?:\s+[^\W\d_]+)?(?:\s+is|'s|\s+are|'re)\s+(?:coming|waiting|here)\s+"
        r"(?:for\s+(?:me|us)|to\s+(?:get|fetch|collect|take|pick)|now)\b)",
        r"(?![^.!?]*\b(?:said|says|say|shouted|told\s+(?:us|me|him|her|them)|every|always|usually|everywhere|used\s+to"
        r"|that\s+was|(?:i|we|he|she|they)(?:'d|\s+would)|stor(?:y|ies)|tales?|telling|(?:go|get|come)\s+back\s+to\s+"
        r"(?:the\s+|that\s+|my\s+)?(?:part|bit|point|subject|question|beginning|start|war|days|years|\d{4})"
        r"|then(?!\s*,?\s*(?:i|we)(?:'ll|'m|'re|\s+(?:will|can|shall|am|are|need|have|must|might|should|go|rest))\b"
        r"|\s+(?:again|maybe|perhaps)\b|\s*(?:[.!?,]|$))"
        r")\b)",
        # the body says it is enough, now: "my hip says that's it for today", "the knees are telling me enough"
        # ("my knees told me that's enough, so I gave up football" is told)
        r"|\b(?:my|the|me|dis|this)\s+(?:" + _BODY + r")\s+",
        r"(?:say|says|saying|(?:is|are|keeps?)\s+(?:telling|saying)(?:\s+me)?",
        r"|tells?\s+me)\s*,?\s*(?:that(?:'s|\s+is)\s+(?:it|all|me|us|enough)|enough|stop|no\s+more",
        r"|(?:it'?s\s+)?time\s+to\s+(?:stop|rest))\b",
        # "Another day, love." as a sentence of its own: the rest another day
        r"|(?:^|[.!?]\s+)" + _OPENER + r"(?:another|some\s+other)\s+day(?:\s*,?\s*then)?(?:\s*,\s*[^\W\d_]+)?\s*[.!]",
        # Hindi, Punjabi, Urdu "bas" (enough), "khatam" (finished) in Indian and Pakistani English: only said
        # of today or now, never Bas the name
        r"|\b(?:bas|khatam)\s*,?\s*(?:" + _TODAY + r"|khatam\b|enough\b)",
        # "let's wrap it up for today", "let's call it a night"
        r"|\b(?:let'?s|let\s+us|can\s+we|could\s+we|shall\s+we)\s+(?:wrap\s+(?:it|this|things)\s+up|wrap\s+up",
        r"|call\s+it\s+a\s+night)(?:\s+(?:here|there|now)|\s+" + _TODAY + r"|\s*[.!?]|\s*$)",
    ]
)
_TIRED = re.compile(
    r"\b(?:i'?m|i\s+am|(?:i|me)\s+stay)\s+(?:(?:getting|feeling|growing|rather|quite|a\s+(?:little|bit)|so|very|too|really"
    r"|now|proper|pretty|well|fair|dead|totally|completely|absolutely)\s+)*"
    r"(?:tired|weary|worn\s+out|exhausted|sleepy|flagging|fading|fatigued|spent|done\s+in"
    # the same said in other Englishes: "I'm knackered", "I'm fair wabbit", "I'm bushed"; "all in", "beat" only
    # said alone ("I'm all in favour", "I'm beat by the crossword" are not)
    r"|knackered|wabbit|puggled|bushed|pooped|zonked|fagged\s+out|dead\s+on\s+my\s+feet"
    # "I'm wrung out, love", "I'm all talked out", "I'm out of puff" (never "I was wrung out after the shift")
    r"|(?:wrung|played|tuckered|talked|washed)\s+out|out\s+of\s+(?:puff|steam|breath)"
    r"|(?:all\s+in|beat|whacked)(?=\s*(?:[.!,]|now\b|$)))\b"
    # tired of a thing is a complaint, not a close ("I'm tired of that piece"; "tired of talking", "of all this" is one)
    r"(?!\s+of\s+(?!(?:talking|speaking|sitting|remembering|answering|questions)\b|(?:all\s+)?(?:this|it|everything)"
    r"\s*(?:[.!,]|$|now\b|today\b)))"
    # terse and formal closes: "That'll do.", "we might resume upon another occasion", "we might leave it there"
    r"|(?:^|[.!?]\s+)(?:right\s*,?\s+|well\s*,?\s+|ok(?:ay)?\s*,?\s+)?that(?:'ll|\s+will)\s+do(?:\s+(?:for\s+(?:now|today)"
    r"|now))?\s*[.!]"
    r"|\b(?:resume|continue|carry\s+on|go\s+on|pick\s+(?:it|this|that)\s+up|finish(?:\s+(?:it|this|the\s+rest))?)"
    r"\s+(?:(?:up)?on\s+|at\s+|in\s+)?(?:another|some\s+other|a\s+later|a\s+further)\s+(?:occasion|day|time|visit)\b"
    r"(?!\s+(?:of|at|in)\b)"
    r"|\b(?:we|let'?s|let\s+us)\s+(?:might|could|may|shall|should|can)?\s*(?:leave|stop)\s+it\s+(?:there|here|at\s+that)\b"
    r"|\b(?:my\s+)?throat(?:'s|\s+is)\s+(?:(?:gone|getting|very|quite|rather|all)\s+)?(?:dry|parched|sore|hoarse)\b"
    r"|\b(?:my|the)\s+voice\s+(?:is\s+)?(?:goes|going|giving\s+out|gone)\b"
    r"|\b(?:that'?s|that\s+is|it'?s|it\s+is)\s+(?:enough|plenty)\s+for\s+(?:today|now|one\s+day|this\s+time)\b"
    r"|\b(?:let'?s|can\s+we|could\s+we|i'?d\s+like\s+to|i\s+want\s+to|i\s+need\s+to)\s+(?:(?:stop|rest|finish)"
    r"(?:\s+(?:here|there|now|for\s+(?:today|now|the\s+day))|\s*(?:[.!?]|$))"
    r"|call\s+it\s+a\s+day|leave\s+it\s+(?:there|here)\s+for\s+today)"
    # a stop for today said plainly, as the care lines offer it: "I'd rather stop here for today", "I'd sooner we
    # finished there.", "Stop here for today, please", "we can stop for now", "I'll stop there for today" (never
    # told: "the bus would stop here for today's market", "I'd rather stop at the bakery")
    r"|\b(?:i|we)(?:'d|\s+would)\s+(?:much\s+)?(?:rather|sooner|prefer\s+to)\s+(?:we\s+)?(?:stop(?:ped)?|rest(?:ed)?"
    r"|finish(?:ed)?|leave\s+it|left\s+it)(?:\s+(?:here|there|now))?(?:\s+" + _TODAY + r"|\s*(?:[.!?,]|$))"
    r"|(?:^|(?<=[.!?,]\s))"
    + _OPENER
    + _NOT_REPORTED
    + r"(?:please\s*,?\s+)?(?:let'?s\s+|(?:we|i)(?:'ll|\s+(?:can|could"
    r"|should|might|will))\s+|maybe\s+we\s+(?:can\s+|could\s+)?)?(?:just\s+)?stop\s+(?:(?:here|there|now)\s+)?"
    + _TODAY
    +
    # "let's knock off there", "shall we call it quits?", "we'll pack it in for today" (never "we'd knock off at
    # five", "let's knock off the top")
    r"|\b(?:let'?s|let\s+us|can\s+we|could\s+we|shall\s+we|we(?:'ll|\s+will|\s+can|\s+might|\s+could))\s+"
    r"(?:knock\s+off|call\s+it\s+quits|pack\s+it\s+in|pack\s+up)(?:\s+(?:here|there|now)\b|\s+"
    + _TODAY
    + r"|\s*(?:[.!?,]|$))"
    # the next visit said to the listener: "you come back Thursday", "come again tomorrow, love" (never "when you come
    # back Thursday", nor what someone said: "Dad said, you come back Thursday")
    r"|(?<!\bwhen\s)(?<!\bif\s)(?<!\btill\s)(?<!\buntil\s)(?<!\bbefore\s)(?<!\bafter\s)"
    + _NOT_REPORTED
    + r"(?:\byou\s+|(?:^|(?<=[.!?,]\s)))come\s+(?:back|again|round)\s+(?:on\s+)?(?:next\s+)?"
    r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|tomorrow|next\s+(?:week|time)|another\s+day)\b"
    r"|\bi\s+need\s+(?:a\s+)?(?:rest|lie[\s-]down|nap)\b"
    # "Enough for today.", "Enough for the night.", "Ishi, enough now." said as a sentence of its own
    r"|(?:^|[.!?,]\s*|\b(?:ok(?:ay)?|well|ah|oh|so)\s+)enough\s+(?:for\s+(?:today|tonight|now|one\s+day|this\s+time"
    r"|the\s+(?:day|night|evening))|now)\s*[.!,]"
    # the body says it, now: "my ears are ringing", "my eyes are closing", "my head is full"
    r"|\bmy\s+(?:ears?\s+(?:are|is)\s+(?:ringing|buzzing)|eyes\s+are\s+(?:closing|shutting|drooping|heavy)"
    r"|head\s+is\s+(?:full|spinning|swimming|buzzing|aching|heavy))\b"
    # "my back is complaining now": a body that hurts, now
    r"|\bmy\s+(?:" + _LIMBS + r")\s+(?:is|are)\s+"
    r"(?:complaining|aching|hurting|sore|stiff|talking|grumbling|creaking|protesting|playing\s+up)"
    r"(?:\s+(?:now|today|already)\b|\s*[,.!])"
    # "next time you come, I tell you more": a close
    r"|\bnext\s+time\b[^.!?]{0,60}?\b(?:i(?:'ll|\s+will|\s+can)?\s+tell\s+you\s+(?:more|the\s+rest|the\s+others?)\b"
    r"|(?:we|you)(?:'ll|\s+will|\s+can)?\s+(?:do|hear|go\s+on\s+with)\s+(?:more|the\s+rest)\b)"
    # a time to meet again said as the close: "Tomorrow again, same time.", "Same time tomorrow."
    r"|(?:^|[.!?]\s+)(?:\w+,\s+)?(?:tomorrow\s+again|again\s+tomorrow|same\s+time\s+tomorrow)"
    r"(?:\s*,?\s*same\s+time)?\s*[.!]" + _CLOSE_SAID_PLAINLY,
    re.IGNORECASE,
)
_NOT_TIRED = re.compile(
    r"\b(?:not|n'?t|never)\s+(?:(?:a\s+bit|at\s+all|yet|so|very|too)\s+)?(?:tired|weary|exhausted)\b", re.IGNORECASE
)

# Closes said in people's own ways, each heard only in a sentence said now (:func:`_said_now`).
# "Enough today, my legs are asleep.", "Enough tonight, love": enough for today without the "for" (never enough of
# a thing, "enough today about him, ask me about the farm"), or said in the teller's other language ("c'est assez
# pour à soir", "basta por hoy", "genug für heute").
_ENOUGH_TODAY = re.compile(
    r"(?:^|[.!?,]\s*)" + _OPENER + r"(?:(?:that'?s|it'?s)\s+)?enough\s+(?:today|tonight)"
    r"\s*(?:[.!]|,(?!\s*(?:about|of|with|on)\b)|$)"
    r"|\b(?:c'est\s+)?(?:assez|tout|fini|ça\s+suffit)\s+pour\s+(?:à\s+soir|a\s+soir|ce\s+soir|aujourd'hui|astheure)"
    r"|\b(?:basta|suficiente|es\s+todo)\s+(?:por|para)\s+hoy\b|\bbasta\s+per\s+(?:oggi|stasera)\b|\bgenug\s+für\s+heute\b",
    re.IGNORECASE,
)
# The rest of the telling put to a later session, the telling named: "Tomorrow more, tomorrow I tell you about
# Andrés", "More next time, I'll tell you the rest of Lagos". One subject put off ("the army years I'll tell you next
# time"), a next time in the story ("Next time I went to Almaty, I took the train") and more of a thing ("Tomorrow more
# snow came") are none; a bare "More tomorrow." may be one item of a routine put off, and is left to the routine.
# ("the next time I tell you about the war, remind me" is a time in the talk)
_LATER = r"(?<!\bthe\s)(?<!\bthat\s)(?:" + _NEXT_DAY + r"|another\s+(?:day|time)|some\s+other\s+(?:day|time))"
_TOLD_LATER = re.compile(
    rf"(?:^|[.!?,]\s*)(?:(?:{_LATER})\s+(?:more|the\s+rest)|(?:more|the\s+rest)\s+(?:{_LATER}))\s*[,;]"
    r"[^.!?]*\b(?:i|we)(?:'ll|\s+will|\s+can|\s+shall)?\s+(?:tell|show)\s+you\b(?!\s*,)",
    re.IGNORECASE,
)
# The body spent, now: "my legs are asleep", "my eyes are finished", "my feet are numb now", "my back is gone"
# (never told of then, "my legs were asleep", nor of always, "my eyes are finished these days").
_BODY_SPENT = re.compile(
    rf"\bmy\s+(?:{_BODY}|foot|eye)\s+(?:is|are|'s|'re)\s+(?:(?:all|completely|totally|quite|already)\s+)?"
    r"(?:asleep|numb|finished|done|gone|dead|closing|falling\s+asleep|going\s+to\s+sleep|giving\s+(?:up|out))"
    r"(?:\s+(?:now|already|for\s+(?:today|tonight|one\s+day)))?\s*(?:[.!,;]|$)"
    r"(?![^.!?]*\b(?:any\s*more|these\s+days|for\s+years|since|always|no\s+longer)\b)",
    re.IGNORECASE,
)
# … and what, after it, goes on telling: the telling taken up again or set against it ("but I can talk all day",
# "Anyway, the ferry …", "So, the farm"), the listener asked to go on or to speak up, or the body told as lasting or
# of then: a past ("I lost it in Korea", "we walked twelve miles that day", "it went in the eighties"), a habit
# or a time since ("I use the chair now", "since the fall"). Then the body is a thing told, not a close; said last,
# or with only why it stops now ("this room is cold", "The needle won't go in."), it is one.
_TELLING_GOES_ON = re.compile(
    r"\b(?:but|though|although|however|still|anyway|anyhow|where\s+was\s+i|as\s+i\s+was\s+saying|back\s+to)\b"
    r"|(?:^|[.!?,;:]\s*)(?:and\s+)?(?:so|now|right|well|ok(?:ay)?)\s*[,:]\s*(?:the|about|my|our|that|where)\b"
    r"|\b(?:go\s+on|carry\s+on|keep\s+going|ask\s+me|next\s+(?:one|question)|speak\s+up|louder"
    r"|you(?:'ll|\s+will)\s+have\s+to)\b"
    r"|\b(?:was|were|had|did|went|came|lost|took|got(?!\s+to\b)|left|broke|fell|ran|gave|made|began|wore|sat|stood"
    r"|ago|since|years?|always|never|any\s*more|these\s+days|no\s+longer|(?<!n't\s)(?<!cannot\s)uses?|used"
    r"|that\s+(?:day|night|year|winter|summer|time)|in\s+(?:the\s+)?(?:\d{4}|\d{2}s|\w+ties))\b"
    # (a past in -ed, never a state said now: "I'm wrecked", "I feel drained")
    r"|(?<!\bam\s)(?<!'m\s)(?<!\bis\s)(?<!'s\s)(?<!\bare\s)(?<!'re\s)(?<!\bfeel\s)(?<!\bso\s)(?<!\btoo\s)"
    r"(?<!\bvery\s)\b(?!(?:need|bed|red|shed|tired|seed|feed|speed|bleed|breed|weed|indeed)\b)[a-z]{2,}ed\b",
    re.IGNORECASE,
)
_TELLING_WORDS = 12  # more than this after the body spent goes on telling, whatever it says
# A reason for the body's state now is no telling going on: done today or just now ("I've talked too much", "I sat
# too long", "I walked to the shops this morning") or the weather got into it ("the cold got into them"); a clause
# with a time of then or one's telling in it stays telling ("I walked too far in the war", "we sat too long, back
# in 1950", "I lost it in Korea").
_REASON_NOW = re.compile(
    r"\b(?:i|we)(?:'ve|\s+have)\s+(?:been\s+)?[a-z]+"
    r"|\btoo\s+(?:much|long|far|many)\b|\b(?:so\s+much|all\s+day|for\s+(?:hours|\w+\s+hours)|today|this\s+(?:morning"
    r"|afternoon|evening)|earlier|just\s+now)\b"
    r"|\b(?:the\s+)?(?:cold|damp|wet|chill|frost|wind|heat|rain)\s+(?:got|went|came)\s+(?:in(?:to)?|at|to)\b",
    re.IGNORECASE,
)
_THEN = re.compile(
    r"\b(?:ago|since|years?|then|when|war|army|that\s+(?:day|night|year|winter|summer|time)"
    r"|in\s+(?:the\s+)?(?:\d{4}|\d{2}s|\w+ties)|but|anyway|so)\b|\b(?:in|at)\s+[A-Z]",
)


def _told_after(after: str) -> str:
    """``after`` without its clauses that only give a reason for the body's state now (:data:`_REASON_NOW`)."""
    clauses = re.split(r"(?<=[.!?,;])\s+", after)
    return " ".join(c for c in clauses if not (_REASON_NOW.search(c) and not _THEN.search(c)))


def _body_spent_now(text: str) -> bool:
    """The body spent said now with nothing after it that goes on telling (:data:`_TELLING_GOES_ON`)."""
    for sentence in re.split(r"(?<=[.!?])\s+", text):
        found = _BODY_SPENT.search(sentence)
        if not found or _SAID_THEN.search(sentence[: found.end()]) or _said_after(sentence[found.end() :]):
            continue
        after = text[text.index(sentence) + found.end() :]
        if len(after.split()) <= _TELLING_WORDS and not _TELLING_GOES_ON.search(_told_after(after)):
            return True
    return False


# Going now, for a reason of one's own: "my shift starts at six, I have to run", "Sorry, I must go now, the bus",
# "we'd better be off" (never "I have to go to the doctor on Tuesdays", "I had to run", nor the story's "and we must
# go", "the letter came, I must go").
_MUST_GO = re.compile(
    r"(?:^|[.!?,;]\s*)(?:(?:ok(?:ay)?|right|well|so|sorry|oh|ah|now)\s*,?\s+)*(?:i\s+(?:have\s+to|must|need\s+to"
    r"|gotta|got\s+to|have\s+got\s+to)|i'?ve\s+got\s+to|(?:i|we)'d\s+better)\s+(?:run|go|dash|fly|scoot|leave"
    r"|be\s+off|be\s+going|get\s+going|head\s+off|make\s+a\s+move)(?:\s+(?:now|soon|then|too))?\s*(?:[.!,;]|$)",
    re.IGNORECASE,
)
# What tells a sentence of then, or of someone else: the words said in the story, a habit, the past.
_SAID_THEN = re.compile(
    r"\b(?:said|says|say|told|tells|shouted|asked|promised|thought|would|used\s+to|every|always|each|whenever"
    r"|when|if|was|were|had|did|came|went)\b",
    re.IGNORECASE,
)
# … and words told said after them ("Enough tonight, the sergeant said, we march at dawn", "Enough today, the
# teacher would say, and we ran out"): a verb of saying in any tense; "say" with someone else saying it ("Mum would
# say", "he used to say"), never the teller's own "I'd say", "I must say" nor a saying borrowed now ("as my mother
# would say")
_SAID_AFTER = re.compile(
    r"\b(?:said|says|told|tells|shouted|shouts|yelled|cried|whispered|replied|answered|asked|asks|promised|thought)\b"
    r"|(?<!\bas\s)\b(?P<who>[^\W\d_]+)(?:\s+would|'d|\s+used\s+to|\s+always|\s+did|\s+will|'ll)\s+say\b",
    re.IGNORECASE,
)


def _said_after(rest: str) -> bool:
    """Whether ``rest`` of a sentence tells the words before it as someone's (:data:`_SAID_AFTER`)."""
    for found in _SAID_AFTER.finditer(rest):
        who = (found.group("who") or "").lower()
        if who in ("i", "we") or re.search(r"\bas\s+(?:[^\W\d_]+\s+){0,2}$", rest[: found.start()]):
            continue
        return True
    return False


def _said_now(rule: re.Pattern[str], text: str) -> bool:
    """Whether ``rule`` is heard in a sentence said to the listener now, not one telling words or habits of then."""
    for sentence in re.split(r"(?<=[.!?])\s+", text):
        if (
            (found := rule.search(sentence))
            and not _SAID_THEN.search(sentence[: found.end()])
            and not _said_after(sentence[found.end() :])
        ):
            return True
    return False


# Leave-taking as the answer's last words: "Thank you, bye bye.", "Merci, bonne nuit.", "Gaumarjos, good night."
# (a toast, thanks or a word of address beside it). Never a farewell told ("she said good night to the horses",
# "Good night, she said."), nor one to a place or someone named in the story ("Goodbye, Malta.").
_FAREWELL = (
    r"good[\s-]*night|night[\s-]night|nighty[\s-]night|(?:good[\s-]*)?bye(?:[\s-]bye)?(?:\s+now)?|ta[\s-]?ra|cheerio"
    r"|so\s+long|farewell|take\s+care|god\s+bless|see\s+you(?:\s+(?:soon|later|then))?|bonne\s+nuit|bonsoir"
    r"|au\s+revoir|à\s+(?:la\s+prochaine|demain|bientôt)|adieu|buenas\s+noches|adi[oó]s|hasta\s+(?:luego|mañana|pronto)"
    r"|ciao|chao|tsch[üu]ss?|auf\s+wiedersehen|gute\s+nacht|buona\s*notte|arrivederci|do\s+svidaniya|poka"
    r"|(?:khuda|allah)\s+hafiz|sayonara|oyasumi|ma'?a\s+salama|nabad\s+gelyo|kwaheri|tot\s+ziens|do\s+widzenia"
    r"|hej\s+då|adeus|tchau|alvida|zai\s*jian|hamba\s+kahle|sala\s+kahle|le(?:hitra'?ot|\s+hitra'?ot)"
)
_BESIDE_FAREWELL = (
    r"thank\s+you(?:\s+(?:so|very)\s+much)?|thanks|ta|cheers|merci(?:\s+beaucoup)?|gracias|danke|grazie|obrigad[oa]"
    r"|spasibo|rahmat|shukran|asante|gaumarjos|salud|sl[aá]inte|prost|santé|l'?chaim|sk[aå]l|na\s+zdorovie|yamas"
    r"|kampai|ok(?:ay)?|right|well|so|now|then|and|for\s+now|for\s+today"
)
_ADDRESSED = r"(?-i:(?:my\s+)?(?!(?:he|she|they|we|you|it|i)\b)[a-zà-ÿ]+)"  # ", love", ", hijo", ", my dear"
_LEAVE_TAKING = re.compile(
    rf"^(?:(?:{_BESIDE_FAREWELL})\s*[,!.]?\s+)*(?:{_FAREWELL})(?:\s*[,!.]?\s+(?:{_FAREWELL}|{_BESIDE_FAREWELL}))*"
    rf"(?:\s*,\s*{_ADDRESSED})?\s*[.!]*$",
    re.IGNORECASE,
)


# A farewell told in the sentence just before, so that the last one gives its words ("… and said goodnight to each of
# us. Good night.", "She waved from the bus. Bye bye.", "The lads shouted after the bus. Cheerio!", "My sister
# signed her letters the same way. Take care."): someone's saying or waving reported, in the past or as a habit
# (:data:`_REPORTED`), and a farewell word in it, a sign-off of letters or calls, words announced ("the same way",
# "like this", "these words"), or the verb with nothing after it but where ("shouted after the bus", "called from the
# window"; never "said about the war", what was said). The teller's own leave-taking before the last words is none:
# "Thank you, take care. Goodnight.", "I'd better say goodbye now. Bye bye.", "My wife calls. Bye!", "The taxi's here
# and the driver waves. Bye!" (what goes on now, not told).
_SAYING_OR_WAVING = (
    r"said|says|say|shouted|shouts|called|calls|cried|yelled|yells|sang|sings|whispered|whispers|waved|waves|wrote"
    r"|writes|signed|signs|answered|replied|kissed|hugged"
)
_FAREWELL_TOLD = re.compile(
    rf"\b(?:{_FAREWELL})\b|\b(?:the\s+same|these|those|his|her|their|last)\s+(?:way|words)\b|\blike\s+(?:this|that)\b"
    r"|\b(?:sign(?:ed|s)?|end(?:ed|s)?|clos(?:ed|es)|finish(?:ed|es))\s+(?:off\s+)?(?:all\s+)?(?:his|her|their|my|our"
    r"|the|every|each)\s+(?:\w+\s+)?(?:letters?|calls?|notes?|cards?|postcards?|messages?|prayers?|broadcasts?|shows?)\b"
    rf"|\b(?:{_SAYING_OR_WAVING})\b(?:\s+(?:us|them|him|her|me))?(?:\s+(?:out|back|after|from|across|over|up|down|to"
    r"|at|through)\b[^.!?]*)?\s*[.!?:]*$",
    re.IGNORECASE,
)
# … reported: a verb of saying, waving or signing off in the past ("said", "waved", "signed"; never after "I've", "I
# have": done now), or in the present with a habit ("he always says", "every night she calls", "used to sign").
_REPORTED = re.compile(
    r"(?<!'ve\s)(?<!\bhave\s)\b(?:said|shouted|called|cried|yelled|sang|whispered|waved|wrote|signed|answered|replied"
    r"|kissed|hugged|ended|closed|finished)\b"
    r"|\b(?:always|every|each|used\s+to|would)\b[^.!?]*\b(?:says?|shouts?|calls?|cries|yells?|sings?|whispers?|waves?"
    r"|writes?|signs?|ends?|closes?|finish(?:es)?)\b",
    re.IGNORECASE,
)


def _takes_leave(text: str) -> bool:
    """Whether the answer's last sentence is a leave-taking said to the listener (:data:`_LEAVE_TAKING`), not the
    words of a farewell the sentence before it reports (:data:`_REPORTED`, :data:`_FAREWELL_TOLD`)."""
    sentences = re.split(r"(?<=[.!?])\s+", text.strip())
    if not _LEAVE_TAKING.match(sentences[-1]):
        return False
    before = sentences[-2] if len(sentences) > 1 else ""
    return not (_REPORTED.search(before) and _FAREWELL_TOLD.search(before))


# Tiredness set aside at the answer's end by a wish to go on now, in the same sentence: "My voice is going, but I'm
# fine, go on.", "My throat is dry, but carry on." — the last contrast of the last sentence, words of that sentence
# before it, and the teller's own going on, now, after it (:func:`_goes_on_anyway`). Never "but I can't go on", a
# later time ("but let's go on next week", "but carry on next Tuesday?", "but ask me again on Monday", "in the
# morning", "soon"), someone else carrying on ("but my son can carry on with you", "but you go on without me"), nor a
# "But …" of its own.
_CONTRAST = re.compile(r"\b(?:but|though|still|anyway)\b", re.IGNORECASE)
_GO_ON_NOW = re.compile(
    r"\b(?:go\s+on|carry\s+on|keep\s+going|continue|next\s+(?:one|question)|ask\s+(?:me|away)|fire\s+away)\b",
    re.IGNORECASE,
)
_DAY_NAME = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
_NOT_GOING_ON_NOW = re.compile(
    r"\b(?:not|no|never|cannot)\b|n't\b"
    rf"|\b(?:{_DAY_NAME}s?|next\s+(?!one\b|question\b)\w+|tomorrow|another|some\s+other|later|soon"
    r"|again\s+(?:on|in|at|next|when)|morning|afternoon|evening|weekend|week|when\s+you|without\s+me)\b"
    # someone else carries on: "my son can carry on", "she will go on with you", "carry on with my daughter"
    r"|\b(?:(?:my|our|his|her|their)\s+\w+|he|she|they)\s+(?:can|could|will|'ll|may|might|should|go|carries)\b"
    r"|\bwith\s+(?:my|our|his|her|their)\s+\w+",
    re.IGNORECASE,
)


def _goes_on_anyway(text: str) -> bool:
    """Whether the last sentence sets tiredness aside with a wish to go on now (see :data:`_CONTRAST`); one pass
    over the sentence, whatever it repeats."""
    last = re.split(r"(?<=[.!?])\s+", text.strip())[-1]
    contrasts = [found.start() for found in _CONTRAST.finditer(last)]
    if not contrasts or not last[: contrasts[-1]].strip(" ,;:-"):
        return False
    after = last[contrasts[-1] :]
    return bool(_GO_ON_NOW.search(after)) and not _NOT_GOING_ON_NOW.search(after)


# The telling's next part announced after a stop word: "Enough now. Time for my favourite part: the wedding.",
# "That's enough of school. On to the happy bit." (a stop of one part, not of the session, unless a later day is
# named).
_NEXT_PART = re.compile(
    r"\b(?:time\s+for|now\s+(?:for|to|comes)|on\s+to|next\s+(?:is|comes)|here\s+comes)\s+(?:my|the|our)\s+"
    r"(?:[^\W\d_]+\s+){0,2}?(?:part|bit|chapter|story|years)\b",
    re.IGNORECASE,
)
_LATER_DAY = re.compile(r"\b(?:today|tonight|tomorrow|next\s+(?:time|week)|another\s+day)\b", re.IGNORECASE)


def tired(text: str | None) -> bool:
    """ "I'm getting tired now", "my voice is going", "that's enough for today": a wish to stop
    for today (not "I'm not tired", not "I was tired after the night shift", not "I'm tired, but go on"); also said
    in people's own ways: a later session named for the rest, the body spent now, going now, a leave-taking at the
    end."""
    if not text:
        return False
    text = text.replace("’", "'")  # "I’m done" as a phone types it
    if _NOT_TIRED.search(text) or _goes_on_anyway(text) or stop_here.taken_back(text):
        return False
    if _NEXT_PART.search(text) and not _LATER_DAY.search(text):
        return False
    if any(not enough_said.stop_reported(text, m) for m in _TIRED.finditer(text)) or _takes_leave(text):
        return True
    if _body_spent_now(text) or leaves_now(text):  # a stop word and a reason to leave now (leave_now)
        return True
    if any(_said_now(rule, text) for rule in (_ENOUGH_TODAY, _TOLD_LATER, _MUST_GO)) or enough_said.closes(text):
        return True
    return own_close.closes(text)  # "That's good for today.", "My thumbs are finished. Ndatenda, good night."


_NOT_DONE = re.compile(
    r"\b(?:not|n't)\s+(?:done|finished|through)(?:\s+yet)?\b|\b(?:are|am|is|'re|'m)\s+not\s+(?:yet\s+)?finish\b"
    r"|\b(?:there'?s|i'?ve\s+got|i\s+have|i'?ve)\s+"
    r"(?:(?:a\s+lot|lots|plenty|much|so\s+much)\s+)?more\s+to\s+(?:tell|say)\b|\bthere'?s\s+more\b"
    # "don't stop" said to the interviewer, never a rule or habit told ("you don't stop for nobody")
    r"|\bkeep\s+going\b|(?<!\byou\s)(?<!\bwe\s)(?<!\bi\s)(?<!\bthey\s)(?<!\bhe\s)(?<!\bshe\s)\bdon'?t\s+stop\b"
    r"|\bnot\s+yet\b"
    # "I've barely got started", "I'm only just getting warmed up" (never "I'd only just got started at the mill")
    r"|\b(?:i'?ve|i\s+have|we'?ve|we\s+have|i'?m|i\s+am)\s+(?:barely|only\s+just|just|hardly)\s+(?:got|get|getting|gotten)\s+"
    r"(?:started|going|warmed\s+up)(?:\s*(?:[.!,]|$)|\s+(?:here|now|love|dear|pet)\b)"
    # "don't close it yet", "don't shut that off", "pray do not switch it off": the recording is not done
    r"|\b(?:don'?t|do\s+not)\s+(?:you\s+)?(?:dare\s+)?(?:close|shut|switch|turn|stop|end|finish|wrap)\s+(?:it|this|that"
    r"|us|the\s+"
    r"(?:" + _RECORDED_ON + r"|session|interview|thing))(?:\s+(?:up|off|down))?(?:\s+(?:yet|just\s+yet|now))?"
    r"(?<=yet|off|now)\b"
    # "don't you wrap up on me", "don't finish yet", "not wrapping up yet": the person is not done
    r"|\b(?:don'?t|do\s+not)\s+(?:you\s+)?(?:wrap|wind)\s+(?:(?:it|this|things|us)\s+)?(?:up|down)\b"
    r"|\b(?:don'?t|do\s+not)\s+(?:you\s+)?(?:finish|end|stop|close)\s+(?:(?:it|this|us)\s+)?(?:yet|on\s+me|already)\b"
    # "don't you go pressing that red button on me", "don't hit the stop button yet"
    r"|\b(?:don'?t|do\s+not)\s+(?:you\s+)?(?:go\s+)?(?:mash|press|push|hit|click|tap|touch|jab)(?:ing)?\s+(?:on\s+)?"
    r"(?:that|the|this|your)\s+(?:\w+\s+){0,2}?(?:button|key|switch)\b"
    # "I ain't even got to the part where …", "we haven't reached the good bit yet"
    r"|\b(?:i|we)\s+(?:ain'?t|haven'?t|have\s+not|'ve\s+not|hasn'?t)\s+(?:even\s+|yet\s+)*(?:(?:got|gotten|come)\s+"
    r"(?:(?:round|around|up)\s+)?(?:to|as\s+far\s+as)|reached)\s+(?:yet\s+)?the\s+(?:\w+\s+)?(?:part|bit)\b"
    r"|\b(?:i|we)\s+(?:have\s+not|haven'?t|'ve\s+not)\s+(?:yet\s+)?(?:said|told\s+you|spoken|talked)\s+(?:anything\s+|a\s+word\s+)?"
    r"(?:about|of)\b"
    # "don't close your little machine on me", "don't switch the recorder off yet"
    r"|\b(?:don'?t|do\s+not)\s+(?:you\s+)?(?:close|shut|switch|turn|stop)\s+(?:off\s+)?(?:your|the|that|this)\s+"
    r"(?:\w+\s+){0,2}?(?:" + _RECORD_NOUNS + r"|gadget)\b",
    re.IGNORECASE,
)


def not_done(text: str | None) -> bool:
    """ "We're not done yet", "there's more": the person wants to carry on."""
    return bool(text and (_NOT_DONE.search(text) or own_close.more_to_give(text)))  # "I have more to give you"


_GO_ON = re.compile(
    r"\b(?:go\s+on|keep\s+going|carry\s+on|continue|i'?m\s+(?:all\s+right|alright|ok|okay|fine)|it'?s\s+(?:all\s+right|"
    r"alright|ok|okay))\b",
    re.IGNORECASE,
)


def goes_on(text: str) -> bool:
    return bool(_GO_ON.search(text))


_DECLINE = re.compile(
    # a memory let go of on purpose: "I don't have it in my head now, I made my peace and I put it away"
    r"\bin\s+my\s+(?:head|mind)\b[^.!?]{0,40}?\b(?:made\s+(?:my|our)\s+peace|put\s+(?:it|that|them|all\s+that)\s+away)\b"
    r"|\brather\s+not\b|\bnext\s+question\b|\bdon'?t\s+want\s+to\s+(?:talk|go\s+into)\b|^\W*(?:no|nope|nothing|none)\W*$",
    re.IGNORECASE,
)
# Said to the interviewer only in a few words ("Let's leave that.", "Nothing more to say."); inside a
# story they tell it ("with bread in a cloth and nothing else", "we had to move on", "the pass").
_DECLINE_SHORT = re.compile(
    # "skip", "pass" as words, never a name ("up by Harrison Pass", "Skip Jones") nor what others do, told ("every
    # shop we pass", "the boats that pass"; asked, it is still one: "can we skip this?", see :func:`declined`)
    r"\bnothing\s+(?:more|else)\b|\bthat'?s\s+all\b|(?-i:\b(?:skip|pass)\b)(?P<told>)|(?-i:(?:^|(?<=[.!?]\s))(?:Skip|Pass)\b(?!\s+[A-Z]))"
    r"|\bleave\s+(?:that|it|this)\b|\bmove\s+on\b",
    re.IGNORECASE,
)
_DECLINE_ANSWER_WORDS = 20  # a whole answer this short, or …
_DECLINE_WORDS = 10  # … a sentence this short in a longer one


def declined(text: str | None) -> bool:
    """A skip or "I'd rather not" (a skipped question is ``None``); "nothing else", "move on", "leave
    that" only said in a few words, never inside a story ("walked to Addis with nothing else")."""
    if text is None or _DECLINE.search(text):
        return True
    sentences = re.split(r"(?<=[.!?…])\s+", text)
    if len(text.split()) <= _DECLINE_ANSWER_WORDS:
        return any(_declines(s) for s in sentences)
    return any(len(s.split()) <= _DECLINE_WORDS and _declines(s) for s in sentences)


# "skip"/"pass" said by the teller of this talk: first in its clause, after I/let's, after "can/shall we" or a
# hedge and "we" ("I think we skip that part", "maybe we pass on that one", "let's just say we pass"), …
_DECLINER = re.compile(
    r"(?:^|[,;:—–-]\s*|\b(?:(?:(?<=^)|(?<=[,;:]\s)|(?<=\bso\s)|(?<=\bwell\s)|(?<=\bthink\s)|(?<=\bguess\s))(?:i|we)|i'?ll|i'?d|let'?s|let\s+us|just|please|we'?ll|we'?d|you\s+can|"
    r"(?:think|maybe|perhaps|say|guess|suppose|rather|can|could|shall|may|might|should|then|so|ok|okay|well|yes|no)"
    r"\s+we)\s+)$",
    re.IGNORECASE,
)
# … and then nothing, or only what is passed over: "we skip it, yes", "we pass on that one" (never "we pass it
# round", "as I pass the lock")
_DECLINED_THING = re.compile(
    r"(?:\s+(?:on\s+)?(?:that|this|it|them|the\s+(?:next\s+)?question)(?:\s+(?:one|part|bit|question|story|time))?)?"
    r"\s*(?:[.!?,;…]|$|\s+(?:please|for\s+now|today|if\s+you\s+don'?t\s+mind)\b)",
    re.IGNORECASE,
)


def _declines(sentence: str) -> bool:
    """A sentence declines (:data:`_DECLINE_SHORT`), "skip"/"pass" only as said by the teller (:data:`_DECLINER`,
    :data:`_DECLINED_THING`), never told of others or of time ("every shop we pass", "the years pass")."""
    for match in _DECLINE_SHORT.finditer(sentence):
        if match.group("told") is None:
            return True
        if _DECLINER.search(sentence[: match.start()]) and _DECLINED_THING.match(sentence, match.end()):
            return True
    return False
