"""Practice sessions: walk the routine's sections and items in order, ticking each one off.

An answer about the item just asked is read as done ("played it, about 8 minutes"), not
done ("skipped it") or unclear (one follow-up, then move on). The next item is the first
one neither completed nor already asked about, so nothing is asked twice. When the
routine is through, completion indicators about finishing it are marked and an end is
proposed.

The coach listens as well as ticks: a loss told beside an item done or not, or told with no word
of the item (which then waits, unreported), is met with care before anything else
(:mod:`agent.guided.care`); a wish to go back to an item not done ("let me do the scales", "the
etude is still owed") asks it again; "don't wrap up on me" reopens a closed routine while items
are left; an item named with a duration is that item done whatever was asked last; and
tiredness or "same time tomorrow" (:func:`wishes.tired`) ends the session.

Between the items it listens as the story planner does: a rest asked for ("let me rest the hand a
minute") is no report and no end, and the item waits (so does an item whose question was answered with
a loss or a story); a wish to tell something ("I want to tell you about X", :func:`wishes.request`) is
taken up by name, and the memory told then is followed by name (the story planner's choice of whom);
an item left without a time ("leave them") is offered once before the end while planned time is left;
no praise beside an answer kept private.

It ticks only what was done: an item put off with another done "instead" is not done (the other is, when
named); an aside and a return ("hold on, I have to get up … I'm back") is no report; an item named in
"before I do X, …" is still to come; an item told done by name (or by a word of its name only it holds)
is ticked whatever was asked, even after the end was proposed, and tiredness beside it proposes the end
again; an item put off while something it needs is on its way ("hasn't arrived yet") is offered once.

An answer telling of several items is read item by item, each by the words about it ("X first, I did it … The
Y I left for now"): X is done, Y noted and not asked next; "I went back and did the Y" is Y done; a slip
denied ("didn't stop once") is no skip. An item done only in part ("half of them", "only some") is noted, not
ticked, and offered once before the end. A question back or a story of someone with no word of the item or of
how it went is no report; "that'll do … done for tonight" ends the session without ticking the item asked.
A part is no part when the whole is told done beside it ("played every one"), when it is a clock time or a count
("half past eight", "half a dozen") or a verdict on how the part went ("some slower"). A clause naming several
items without a stop ("X done Y not yet") gives each its own words; "after the X" only places a doing in time; a
doing by someone else ("the band played the X", "Jim did the X", "not me") is no report of the speaker's.

An answer is the item it tells of: one opening with another item by name (or a word only that item holds) is that
item's ("Backing tracks, fifteen minutes each", "the solo I played Sunday at church, today no"), the one asked waits,
and an item told not done or in part in an earlier answer is not asked next. An item told done in its own words stays
done whatever life is told after it ("… done, twice. His forty days was Sunday … I could not go."). "Half." as a
clause is a part ("Half?" asked is none), "I stopped there" only when nothing says the whole ("finished.", "all of
them"); "Another day." beside an item not finished puts the item off, not the session. A wait asked for now ("wait one
minute, the kettle … then we continue") is no report when nothing after it reports (a yes, "all good", "twice
through" after it do), its minute no time taken unless said to be ("that's all it took"); "I'm okay, go on" and a body
said finished beside a goodnight tell nothing of the item; a "one" that counts no time ("next one") is no duration.
A duration is read whole ("an hour and a quarter" 75, "1h15" 75), never a clock time ("at a quarter past four"), a
count ("4 times") or the number of an item's name ("Kayda 3, done").
An errand said before the report ("Wait, I need a glass of water first", "let me first move the car") is no report.
An item graded half there ("Half good, let's say.") or a fraction of it done ("about a third of it") is a part, and
someone else's saying given instead of a report ("my teacher would say: …") is none.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from typing import Any

from agent.guided import (
    care,
    enough_now,
    freeform,
    grief,
    item_heard,
    item_kin,
    item_result,
    item_told,
    item_verdict,
    own_close,
    story,
    wishes,
)
from agent.guided.doer_other import performed_by_other
from agent.guided.leave_now import leaves_now, says_a_duty
from agent.guided.name_words import sentences
from agent.guided.naming import address_name, reflect, slug
from agent.guided.numbers import format_number, words_to_digits
from agent.guided.pause_words import BREAK, HOLD_ON
from agent.guided.phrasing import join, pick, rotate
from agent.guided.practice_minutes import duration_minutes
from agent.guided.records import annotation, indicator_marks
from agent.guided.state import Outcome, Turn, clean, elapsed_ms, item_id, read_turn, sentence
from agent.model import PromptInfo, TurnContext
from agent.private import PRIVATE_NOTES
from agent.tools import Args, KeepPrivateArgs, MarkIndicatorArgs, ProposeEndArgs, UpdateItemArgs

# "didn't stop once", "couldn't miss", "never dropped one": a slip denied is said of an item done, not passed over.
_SLIP = r"(?!\s+(?:\w+\s+)?(?:stop|drop|miss|break|lose|slip|fumble|falter|stumble|crack|hesitate|pause|rush|flub)\w*)"
# "later" as a put-off, never a time told ("twenty minutes later it settled") or a comparison ("later than planned").
_LATER_WORD = (
    r"(?<!minutes\s)(?<!minute\s)(?<!mins\s)(?<!hours\s)(?<!hour\s)(?<!seconds\s)(?<!moment\s)later(?!\s+than\b)"
)
_NOT_DONE = re.compile(
    r"\b(?:skip(?:ped)?|(?:didn'?t|did not|couldn'?t|could not)" + _SLIP + r"|not yet|haven'?t|have not|no time"
    r"|ran out of time"
    r"|missed|" + _LATER_WORD + r"|gave up|not\s+(?:now|today)|(?:come|get|go)\s+back\s+to\s+(?:it|them|that|those)"
    r"|leave\s+(?:it|them|that|those)(?=\s*(?:[.,;!]|$|for|out|aside|be\b|alone))|give\s+(?:it|them)\s+a\s+miss"
    r"|pass\s+on\s+(?:it|them|that|those))\b"
    # "the scales I don't do today", "I won't get to it", "instead I worked on …": the item asked was not done
    r"|\b(?:don'?t|do\s+not|won'?t|will\s+not)\s+(?:\w+\s+)?(?:do|play|practi[sc]e|get\s+to|make|sew|start)\b"
    r"|\binstead\s*,?\s+(?:i|we)\b"
    # "Did them off the other hand instead.": something else done in its place; "The octaves, no.": said no to
    r"|\binstead\s*(?:[.!?;]|$)|,\s*(?:no|nope)\s*(?:[.!?;]|$)"
    r"|^\W*(?:no|nope|not)\b",
    re.IGNORECASE,
)
_DONE = re.compile(
    r"\b(?:done|finished|played|completed|did|practi[sc]ed|ran through|went through|got through|nailed"
    # never a leave-taking: "good night", "goodbye"
    r"|yes|yep|yeah|ok|okay|sure|went\s+well"
    # nor a quality said of someone's thing ("his good foot", "my great-grandfather", "her fine hands")
    r"|(?<!\bhis\s)(?<!\bher\s)(?<!\bmy\s)(?<!\bour\s)(?<!\byour\s)(?<!\btheir\s)(?<!\bits\s)"
    r"(?:good(?![\s-]*(?:night|bye|morning|evening|afternoon|day|luck)\b)|fine|great))\b",
    re.IGNORECASE,
)
# A wish to do an item (now, not later): "let me do X", "I want another go at X", "X is still owed".
_WANT = re.compile(
    r"\b(?:let\s+(?:me|us)|let'?s|i(?:'d|\s+would)?\s+(?:like|want|wish|love)\s+to|can\s+i|could\s+i|may\s+i|i'?ll"
    r"|i\s+will|i'?m\s+going\s+to|i\s+(?:must|have\s+to|need\s+to))\s+(?:now\s+|still\s+|just\s+|first\s+)?"
    r"(?:do|play|try|practi[sc]e|run|go\s+back\s+to|come\s+back\s+to|return\s+to|take\s+up|have\s+(?:a|another)\s+go\s+at"
    r"|give)\b"
    # "I start the etude now", "I'll begin on the scales": said of an item, a wish to do it now
    r"|\bi(?:'ll|\s+will)?\s+(?:start|begin)(?:\s+on)?\b"
    r"|\b(?:another|one\s+more|a\s+second)\s+(?:go|try|shot|attempt|run)\s+at\b|\bback\s+to\b"
    r"|\b(?:is|are|'s)\s+still\s+(?:owed|to\s+(?:do|play|come)|left|waiting|due)\b",
    re.IGNORECASE,
)
# A shortfall owned in a report: the aim about that item is not met yet.
_SHORTFALL = re.compile(
    r"\b(?:still|far|much|a\s+bit|a\s+little|way)\s+too\s+\w+|\bnot\s+(?:yet\s+)?(?:up\s+to|quite|near)\b"
    # "not at tempo", "not at 120 yet" (never a place a flaw is denied at: "not at the start, not at the end")
    r"|\bnot\s+(?:yet\s+)?at\b(?!\s+(?:the\s+)?(?:start|end|beginning|top|bottom|first|all|once|home)\b)"
    # "the next one will be better", "could be better", "not as even as I'd like"
    r"|\b(?:the\s+)?next\s+(?:one|time|go)\s+(?:will|'ll|is\s+going\s+to)\s+be\s+better\b|\bcould\s+be\s+better\b"
    r"|\bnot\s+(?:as|so)\s+\w+\s+as\b"
    r"|\bnot\s+there\s+yet\b|\bnowhere\s+near\b|\bstill\s+(?:not|rough|shaky|slow|heavy|stumbling|behind)\b"
    # the item judged unready: "Not ready. Not even close", "it isn't ready yet" (never "not ready to stop")
    r"|\b(?:not|isn'?t|aren'?t|wasn'?t)\s+(?:yet\s+|quite\s+|even\s+)?ready\b(?!\s+to\b)|\bnot\s+even\s+close\b"
    # what the aim is for has not happened yet: "they haven't heard it yet", "ain't here to hear it yet"
    r"|\b(?:not|ain'?t|isn'?t|aren'?t|haven'?t|hasn'?t|hadn'?t|never|nobody|no\s+one)\b[^.!?]{0,40}\byet\b",
    re.IGNORECASE,
)
# A rest asked for in the middle of the routine: a pause, not a report and not the end ("give me a minute", "I need
# a short break": :mod:`agent.guided.pause_words`, the tutor's too).
_REST = re.compile(
    r"\b(?:let\s+me|i(?:'ll|\s+will|\s+need\s+to|\s+have\s+to|\s+must|\s+want\s+to|'d\s+like\s+to)|i\s+got\s+to|must)"
    r"\s+(?:just\s+)?(?:rest|stretch|shake\s+out|sit\s+down|catch\s+my\s+breath|get\s+(?:a|some)\s+(?:water|drink)"
    r"|have\s+a\s+(?:sip|drink|breather|rest|break))\b|" + BREAK,
    re.IGNORECASE,
)
# An aside between items ("hold on, I have to stand up … okay, I'm back"): a pause and a return told, no report.
_ASIDE = re.compile(
    HOLD_ON + r"|\b(?:have|need|got)\s+to\s+(?:stand|get)\s+up\b"
    # "Excuse me a minute, the cat …": an excuse with "a minute" is a wait as "one minute" is
    # (said as a wait: a pause after it, never "Sorry, a minute was all it took")
    r"|^\W*(?:sorry|excuse\s+me|pardon(?:\s+me)?)\W+(?:a|one|just\s+a)\s+(?:sec(?:ond)?|moment|minute|tick)\b"
    r"(?=\s*(?:[,.;:!…—–-]|please\b|$))"
    # "Sorry, my phone.", "Excuse me, the doorbell!": an excuse naming what breaks in, said as a sentence of its own
    # (what calls one away: never "Sorry, my bad.", "Sorry, the chisel slipped.")
    r"|^\W*(?:sorry|excuse\s+me|pardon(?:\s+me)?)\W+(?:my|the|that|our|his|her)\s+(?:[^\W\d_]+\s+)?"
    r"(?:(?:phone|mobile|cell|door|doorbell|bell|kettle|timer|alarm|oven|dog|cat|baby|postman|neighbour|grandson"
    r"|granddaughter|husband|wife|son|daughter|mum|mom|dad|kids?|children|boss|visitor|medicine|pills?|tablets?"
    r"|insulin|drops)s?|door\s?bell)"
    r"(?:\s+again)?\s*(?:[.!…]|$)",
    re.IGNORECASE,
)
_BACK = re.compile(
    r"\bwhere\s+(?:was\s+i|were\s+we)\b|\b(?:i'?m|i\s+am)\s+(?:back|here)(?:\s+(?:now|again))?\b|\b(?:sit|sat|sitting)\s+(?:down\s+)?(?:again|back)\b",
    re.IGNORECASE,
)
# A return promised after a wait asked for now: "… then we continue", "I'll be right back", "back in a sec" (never a
# doing told: "then we continued with the scales").
_RESUME = re.compile(
    r"\bthen\s+(?:we|i)\s+(?:continue|carry\s+on|go\s+on|keep\s+going|start\s+again)\s*(?:[.!,]|$)"
    r"|\b(?:i'?ll|i\s+will)\s+be\s+(?:right\s+)?back\b|\bback\s+in\s+(?:a|one|two|five|\d+)\s+(?:sec|min|moment|tick)"
    r"|\bdon'?t\s+go\s+(?:anywhere|away)\b",
    re.IGNORECASE,
)
# A wait said at the opening by its own words ("Hang on, the phone.", "Wait one minute, the kettle …"), not a bare
# "One minute." (to "how long?" an answer).
_WAIT_OPENS = re.compile(
    r"^\W*(?:(?:oh|ah|sorry|okay|ok)\s*,?\s+)?(?:wait|hold\s+on|hang\s+on|just\s+a)\b"
    # "Excuse me, one minute, the postman": an excuse and a wait word open the answer
    r"|^\W*(?:sorry|excuse\s+me|pardon(?:\s+me)?)\W+(?:one|a|just\s+a)\s+(?:sec(?:ond)?|moment|minute|tick)\b",
    re.I,
)
# The words of having done something (never "okay", "good", "sure": said of anything).
_DID = re.compile(
    r"\b(?:done|finished|played|completed|did|practi[sc]ed|ran through|went through|got through|ready)\b", re.IGNORECASE
)
# "Before I do the sash, …": the item named is still to come, not reported.
_BEFORE = re.compile(
    r"\bbefore\s+(?:i|we)\s+(?:\w+\s+)?(?:do|start|play|begin|try|get\s+to|go\s+on\s+to|move\s+on\s+to)\b",
    re.IGNORECASE,
)
_LATER = re.compile(
    r"\b(?:" + _LATER_WORD + r"|tomorrow|next\s+time|another\s+day|not\s+now|not\s+today)\b", re.IGNORECASE
)
# An item put off ("leave them", "not now", "I'll come back to it") is offered once before the end while
# planned time is left; one skipped ("skipped it, no time") or put off for the day ("not today",
# "tomorrow") is not asked again.
_PUT_OFF = re.compile(
    r"\b(?:leave|let)\s+(?:it|them|that|those)\b(?!\s+(?:\w+\s+)?"
    + item_kin.SETTLES
    + r")|\bnot\s+(?:now|yet|just\s+now)\b|\b"
    + _LATER_WORD
    + r"\b|\bfor\s+now\b"
    r"|\b(?:come|get|go)\s+back\s+to\b|\bhold\s+off\b",
    re.IGNORECASE,
)
_FOR_TODAY = re.compile(
    r"\b(?:today|tonight|tomorrow|next\s+time|another\s+day|this\s+week|no\s+time|skip(?:ped)?)\b", re.IGNORECASE
)
# An item put off while something it needs is on its way ("the reeds haven't come yet", "the glaze is not dry
# yet"): that may change within the session, so it is offered once before the end even if put off "today".
_WAITING = re.compile(
    r"\bnot\s+(?:come|here|arrived|back|dry|ready|delivered)\s+yet\b"
    r"|\b(?:hasn'?t|haven'?t|isn'?t|aren'?t|has\s+not|have\s+not|is\s+not|are\s+not)\s+"
    r"(?:come|arrived|here|back|dry|ready|delivered)\s+yet\b|\bon\s+(?:its|their|her|his)\s+way\b",
    re.IGNORECASE,
)
# An item done only in part ("half of them", "only some", "got halfway through"): noted, not ticked off, and offered
# once before the end while planned time is left (never "half an hour", "at half speed", "half the time").
# A verdict on how a part went, not a part done: "half of them were clean", "only some bits rough", "some slower",
# "half of them twice over" (a word for the part may come between: "some passages were scratchy").
_VERDICT = (
    r"(?!\s+(?:(?:of\s+)?\w+\s+)?(?:were|was|are|is|felt|feel|sounded|sound|went|came|still|twice|again|over"
    r"|slower|faster|better|worse|cleaner|rougher|rough|shaky|scratchy|sloppy|a\s+bit|a\s+little|too)\b)"
)
# The item graded as half there ("Half good, let's say.", "it's half done", "only half right"; never a half of it said
# ("the first half good"), nor both halves graded: "half good, half bad"), or a fraction of it done ("about a third of
# it", "two thirds of the border", "a quarter, then the phone"; never a time, "a quarter of an hour", "an hour and a
# quarter", nor a go counted: "a third time through"); "Half." as a clause of its own, "half of it".
_PART_OF_IT = (
    r"(?<!first\s)(?<!second\s)(?<!other\s)(?<!last\s)(?<!the\s)(?<!each\s)(?<!a\s)\bhalf[\s-]+"
    r"(?:good|right|done|finished|there|ok|okay|clean|worked|working)\b(?!\W+(?:and\s+)?half\b)"
    r"|(?<!and\s)\b(?:a|one|two|three|four)[\s-]+(?:thirds?|quarters?|fifths?)\b(?:\s+(?:done|finished|through)\b"
    r"|\s+of\s+(?:them|it|those|these|my|the\b(?!\s+(?:time|way|hour|day|week)\b))" + _VERDICT + r"|\s*(?=[,.;:!…]|$))"
    r"|(?:^|[,.;:!?]\s*)(?:(?:only|just|about|maybe)\s+)?half\s*(?:[,.;:!…]|$)"
    r"|(?<!other\s)(?<!second\s)(?<!remaining\s)(?<!last\s)\bhalf\s+(?:of\s+)?(?:them|it)\b(?!\s+(?:an?|the)\s)"
    + _VERDICT
)
_PARTLY = re.compile(
    r"(?<!other\s)(?<!second\s)(?<!remaining\s)(?<!last\s)\bhalf\s+(?:of\s+)?"
    r"(?:them|those|it\b(?!\s+(?:an?|the)\s+(?:hour|minute|speed|tempo))"
    # a whole word, never a time ("half the evening went on it" was "half the eve")
    r"|(?:the|my)\s+(?!(?:time|hour|speed|tempo|way|day|evening|night|morning|afternoon|session|lesson)\b)\w+\b)"
    + _VERDICT
    + r"|\bhalf\s*way\s+(?:through|done)\b"
    # never a clock time or a count: "about half past eight", "maybe half a dozen times"
    r"|\b(?:about|around|roughly|maybe|only|just)\s+half\b"
    r"(?!\s+(?:past\b|(?:an?\s+)?(?:hour|minute|second|speed|tempo|time|dozen|score)s?\b))"
    r"|\b(?:only|just)\s+(?:(?:got|did|managed|played)\s+)?(?:some|part|a\s+few)\b(?!\s+(?:minutes?|mins?|hours?)\b)"
    + _VERDICT
    + r"|\b(?:some|part)\s+of\s+(?:them|it|those|the\b(?!\s+(?:time|way)\b))"
    + _VERDICT
    # "Half." as a clause of its own ("The Caro-Kann, half.", "Half, then the phone"; never "two and a half", "half an
    # hour"), or a stop partway told ("I stopped there", "got stuck halfway", "stopped in the middle")
    # ("Half?" asked is none)
    + r"|(?:^|[,.;:!?]\s*)(?:(?:only|just|about|maybe)\s+)?half\s*(?:[,.;:!…]|$)"
    r"|\b(?:i|we)\s+(?:stopped|got\s+stuck|gave\s+up)\s+(?:there|halfway|half\s+way|partway|part\s+way|midway"
    r"|in\s+the\s+middle)\b|" + _PART_OF_IT,
    re.IGNORECASE,
)
# "I stopped there": how people end a report too ("Long tones, finished. I stopped there for the day"), a part only
# when nothing in the answer says the whole (:func:`_in_part`).
_STOPPED_THERE = re.compile(r"\b(?:i|we)\s+stopped\s+there\b", re.IGNORECASE)
# The item said done as a clause's verdict ("Long tones, finished.", "done, ten minutes", "I did them."), never a
# part done ("done the first set", "half done"), nor the speaker or the body ("I was done", "my lips were done").
_DONE_SAID = re.compile(
    r"\b(?:done|finished|completed)\s*(?=[,.;:!…]|$)"
    r"|\b(?:did|played|finished|practi[sc]ed|completed)\s+(?:them|it|those|the\s+lot)\s*(?=[,.;:!…]|$)",
    re.IGNORECASE,
)
_NOT_OF_THE_ITEM = re.compile(
    r"\b(?:half|not|partly|almost|nearly|never|halfway|i'?m|i\s+(?:am|was)|we'?re|we\s+(?:are|were)|me|you"
    r"|(?:eyes|head|brain|hands?|fingers|arms?|wrists?|back|legs|feet|voice|lips)\s+(?:is|are|were|was|'re|'s))\W*$"
    r"|n'?t\W*$",
    re.IGNORECASE,
)
# "all of them" ending a clause ("Long tones, all of them, and I stopped there", "that was all of them"), never a
# subject of how they went ("all of them cracked").
_ALL_OF = re.compile(r"\ball\s+of\s+(?:them|it|those|these)\s*(?=[,.;:!…]|$)", re.IGNORECASE)
# Before "all of them" or a done word in its clause: the whole denied, only meant, or a part named ("the first page
# done", "I wanted all of them").
_DENIED = re.compile(
    r"\b(?:not|never|no|almost|nearly|half|some|wanted|meant|tried|hoped|planned|supposed|should|would|could|first"
    r"|second|last|one|two|three|four|five|few|part|page|bar|bars|line|lines|set|section|bit|start|beginning)\b|n'?t\b"
    r"|(?<!\ball\s)\bof\s+(?:them|those|these|it)\b",
    re.IGNORECASE,
)
# The whole told done in the same answer, which a part said beside it does not undo: "played every one", "then all
# of it", "today I did the rest", "I played them all", an answer opening "All of them, …" (never "not all").
_WHOLE = re.compile(
    r"(?:^\W*|\bthen\s+|" + _DID.pattern + r"\s+(?:through\s+)?)"
    r"(?:all\b(?!\s+(?:day|night|week|morning|afternoon|evening|along|the\s+time)\b)"
    r"|every\s+(?:one|last|single)\b|each\s+one\b)"
    r"|" + _DID.pattern + r"\s+(?:the\s+(?:rest|lot)\b|(?:them|those|it)\s+all\b)",
    re.IGNORECASE,
)
# "Played the reel, no.": a tag "no" after a doing in the same stretch of words is no denial ("The jig, no." is).
_TAG_NO = re.compile(r"((?:^|[.!?;,])[^.!?;,]*" + _DID.pattern + r"[^.!?;,]*),\s*(?:no|nope)\s*(?=[.!?;]|$)", re.I)
# Someone else as the doer ("he", "my tutor", "the ceilidh band", "everyone", "the others"); a name too, where the
# routine's own words are known (:func:`_others_unsaid`).
_OTHER = (
    r"\b(?:he|she|they|you|(?:my|his|her|their|your|our)\s+\w+|every(?:one|body)|(?:all\s+)?the\s+others"
    r"|the\s+(?:\w+\s+)?(?:band|group|class|team|orchestra|choir|kids|children|pupils|students|players|rest\s+of\s+them))"
)
_THEIRS = re.compile(_OTHER + r"\s+(?:\w+\s+)?$", re.IGNORECASE)
# Only a doing done by someone, never a state ("my scales done", "they were finished" are the speaker's report).
_ACTIVE = r"(?:did|played|practi[sc]ed|ran\s+through|went\s+through|got\s+through|finished|completed)\b"
_OTHERS_DID = re.compile(
    _OTHER + r"\s+(?:(?!(?:i|we|were|was|are|is|be|been|got|get)\b)\w+\s+)?" + _ACTIVE, re.IGNORECASE
)
_NAME_DID = re.compile(r"\b([A-Z][a-z']+)\s+(?:(?:then|also|just|already)\s+)?(?i:" + _ACTIVE + ")")
_NO_NAMES = frozenset("both all everything today tonight yesterday this these those it".split())
# The speaker says the doing was not theirs: "not me", "I only watched", "I just listened".
_NOT_MINE = re.compile(
    r"\bnot\s+me\b|\bwithout\s+me\b(?!\s+(?:\w+ing|even)\b)"  # never "without me watching them"
    r"|\bi\s+(?:just|only|merely)\s+(?:listened|watched|looked\s+on|sat\s+(?:and\s+)?(?:listened|watched))\b(?!\s+back\b)",
    re.IGNORECASE,
)
# A put-off in the sentence naming the item ("the etude I left for now, I'll come back to it"): no wish to do it now.
_DEFER = re.compile(r"\bfor\s+now\b|\b(?:i|we)\s+(?:'ve\s+|have\s+|am\s+|'m\s+)?(?:left|leaving)\b", re.IGNORECASE)
_FINISH_WORDS = frozenset("every all each whole entire full complete completed finish finished through".split())
_ROUTINE_WORDS = frozenset("exercise exercises item items section sections routine practice session".split())


@dataclass(frozen=True)
class Report:
    status: str  # "done", "partly" (done in part: not ticked off), "not_done" or "unclear"
    minutes: float | None = None


def parse_report(text: str | None, known: frozenset[str] = frozenset()) -> Report:
    """How an exercise went, from the person's words (None means they skipped the question); ``known``: the
    routine's words, never a name of someone else doing it."""
    if text is None or not text.strip():
        return Report("not_done")
    minutes = duration_minutes(text, known)
    if _NOT_MINE.search(text):
        return Report("not_done")  # "everyone did the reel, not me"
    if _in_part(text, known) or item_verdict.not_ready(text):
        return Report("partly", minutes)  # "half of them"; "Not ready, carallo.": played, not at the mark yet
    if _NOT_DONE.search(_TAG_NO.sub(r"\1", text)) and minutes is None:
        return Report("not_done")
    own = _others_unsaid(text, known)
    if own != text and minutes is None and not _DID.search(own):
        return Report("unclear")  # "the band played the jig": someone else's doing, no report of the speaker's
    if minutes is None and not _DONE.search(text) and (unmade := item_told.not_made(text)):
        return Report(unmade)  # "The alif I will do tomorrow", "Ustaz showed me four rows": no doing of the speaker's
    if minutes is not None or _DONE.search(text) or len(_sayings_unsaid(text).split()) >= 6:
        return Report("done", minutes)
    return Report("unclear")


# Someone else's saying, said as theirs by habit ("my teacher would say: Godelieve, stop dreaming, work", "Gran always
# said you cannot rush linen", "as Dad used to tell me, …"; never the speaker's own: "I'd say it went fine").
_SAYING = re.compile(
    r"\b(?!(?:i|we|you)\b)[^\W\d_]+(?:(?:'d|\s+would|\s+used\s+to)(?:\s+always)?\s+(?:say|tell\s+(?:me|us))"
    r"|\s+(?:always|often|still)\s+(?:said|says|told\s+(?:me|us))|\s+says)\b(?:\s+(?:to\s+(?:me|us)|that)\b)?",
    re.IGNORECASE,
)


def _sayings_unsaid(text: str) -> str:
    """The words without someone else's saying and the clause bringing it in: said after a colon or a quote mark, up to
    the sentence's end or the closing mark ("Ha, my teacher would say: Minji, slow hand, quiet mind." is "Ha,"); said
    as a clause, up to the clause's end. A saying holding a verdict or a doing ("she'd say it's done, and it is") is
    kept: that may be the item's report."""
    for said in reversed(list(_SAYING.finditer(text))):
        start = max((text.rfind(c, 0, said.start()) for c in ",.;:!?…"), default=-1) + 1
        quote = re.match(r"\s*(?:,\s*)?(?::\s*)?([“\"«„‘]?)", text[said.end() :])
        rest = text[said.end() + quote.end() :]
        direct = quote.group(1) or text[said.end() : said.end() + quote.end()].count(":")
        closing = r"[”\"»“’]" if quote.group(1) else r"[.!?…](?=\s|$)" if direct else r"[,;.!?…]"
        end = re.search(closing, rest)
        words = rest[: end.start() if end else len(rest)]
        if not _DONE.search(words):
            text = text[:start] + text[said.end() + quote.end() + (end.end() if end else len(rest)) :]
    return text


def _in_part(text: str, known: frozenset[str] = frozenset()) -> bool:
    """Done only in part: a part said ("half of them", "I stopped halfway") and the whole not ("played every one",
    "all of them" said in a clause of its own, no "not" before it); "I stopped there" only when the item is not said
    done either ("Long tones, finished. I stopped there for the day" is done); the routine's own words (``known``) name
    no part ("Two backing tracks done")."""
    if not _PARTLY.search(text) or _WHOLE.search(text):
        return False
    if any(not _DENIED.search(_clause(text, m, known)) for m in _ALL_OF.finditer(text)):
        return False
    if _PARTLY.search(_STOPPED_THERE.sub(" ", text)):
        return True
    return not any(
        not _NOT_OF_THE_ITEM.search(text[max(0, m.start() - 30) : m.start()])
        and not _DENIED.search(_clause(text, m, known))
        for m in _DONE_SAID.finditer(text)
    )


def _clause(text: str, match: re.Match[str], known: frozenset[str]) -> str:
    """The words of the clause before ``match``, but the routine's own."""
    words = re.findall(r"[a-z']+", re.split(r"[,.;:!?…]", text[: match.start()])[-1].lower())
    return " ".join(w for w in words if w not in known)


def _others_unsaid(text: str, known: frozenset[str] = frozenset()) -> str:
    """The words without someone else's doing ("the band played", "Fiona did"); a capitalised word is a name only
    when it is none of ``known`` (the routine's words) nor a word that opens a sentence ("Then", "So")."""
    text = _OTHERS_DID.sub(" ", text)
    if not known:
        return text
    stop = known | _LEAD_WORDS | _NO_NAMES
    return _NAME_DID.sub(lambda m: m.group(0) if m.group(1).lower() in stop else " ", text)


def _names(name: str) -> re.Pattern[str]:
    """An item's name as said: its words in order, a plural or singular either way ("the ornament")."""
    words = [
        re.escape(w[:-1] if w.endswith("s") and len(w) > 3 else w) + "s?" for w in re.findall(r"[^\W_]+", name.lower())
    ]
    return re.compile(r"\b" + r"\W+".join(words) + r"\b", re.IGNORECASE)


def _names_any(said: str, items: list[dict[str, Any]]) -> bool:
    """Whether ``said`` names an item of the routine, by its name or a word of it no other item holds."""
    return any(_names(i["name"]).search(said) or _head(i, items).search(said) for i in items)


def wanted(text: str, items: list[dict[str, Any]]) -> dict[str, Any] | None:
    """The item the person asks to do (again) now: named in a sentence that says the wish."""
    for said in sentences(text):
        said = re.sub(_BEFORE.pattern + r"[^,;]*", "", said, flags=re.IGNORECASE)  # "before I start on X," is no wish
        if _WANT.search(said) and not _LATER.search(said) and not _DEFER.search(said):
            for item in items:
                if _names(item["name"]).search(said) or _head(item, items).search(said):
                    return item
    return None


def reported(
    text: str, items: list[dict[str, Any]], routine: list[dict[str, Any]] | None = None
) -> dict[str, Any] | None:
    """The item an answer opens with, named then given a duration ("Scales, twenty minutes …"), by its name or by a
    word of it no other item of the ``routine`` holds ("Two rapid games on Lichess, fifteen minutes each" for "Two
    rapid games online")."""
    first = sentences(text)[:1]
    if not first:
        return None
    for item in items:
        named = _names(item["name"]).search(first[0])
        head = None if named else _head(item, routine or items).search(first[0])
        after = first[0][(named or head).end() :] if named or head else ""
        # by one word of its name only with a unit of time ("Puzzles, thirty, finished" counts puzzles)
        timed = duration_minutes(after) is not None and (named is not None or _UNIT.search(words_to_digits(after)))
        if (named or head) and (named or head).start() <= 20 and timed:
            return item
    return None


_UNIT = re.compile(r"\b(?:minutes?|mins?|hours?|hrs?)\b", re.IGNORECASE)


def _aims_met(ctx: TurnContext, turn: Turn, name: str, items: list[dict[str, Any]]) -> list[MarkIndicatorArgs]:
    """What the practice was for ("Scales from memory"), read in an item's report as a story's aims
    are; an aim that names an item of the routine (by its name, or a word of it only that item holds:
    "Annotates one of her games" for "Annotate one game") only in that item's own report, and never in
    one that owns a shortfall ("still too slow", "not up to tempo yet")."""
    marks = indicator_marks(ctx, turn, scene_saved=False, about=name)
    aims = [str(a.get("text") or "") for a in ctx.success_indicators]
    others = [i["name"] for i in items if i["name"] != name]
    heads = [_head(i, items) for i in items if i["name"] != name]
    short = bool(_SHORTFALL.search(turn.text or ""))
    own = next((i for i in items if i["name"] == name), None)
    head = _head(own, items) if own is not None else _NEVER
    result = item_result.result_told(turn.text or "") or item_heard.heard(turn.text or "")
    marked = {m.index for m in marks}
    marks += [
        MarkIndicatorArgs(which="success", index=k, evidence=clean(f"In their words: “{result}”", 500))
        for k, aim in enumerate(aims)
        if result and k not in marked and not ctx.success_indicators[k].get("met") and item_result.restates(aim, name)
    ]  # "The drone in tune with the chanter", told in the tuning's report as "now it's one sound"
    return [
        m
        for m in marks
        if not any(_names(other).search(aims[m.index]) for other in others)
        and not any(other.search(aims[m.index]) for other in heads)
        and not (short and (_names(name).search(aims[m.index]) or head.search(aims[m.index])))
        and not performed_by_other(m.evidence)  # "My sister played them clean, and I listened"
    ]


def respond(ctx: TurnContext) -> Outcome:
    turn = read_turn(ctx)
    items = [(s, i) for s in ctx.data.get("sections") or [] for i in s.get("items") or []]
    if not items:
        return freeform.respond(ctx, turn, "exercise")
    calls: list[tuple[str, Args]] = []
    if (note := annotation(turn)) is not None:
        calls.append(("annotate_response", note))
    # As in a story: a death, an illness, abuse or money told beside an item stays in the transcript
    # only, so the item's notes (which the summary reads) keep the report without it.
    private = grief.sensitive(turn.text) if turn.answer is not None else None
    if private:
        calls.append(("keep_private", KeepPrivateArgs(topic=private)))  # type: ignore[arg-type]
    by_id = {i["id"]: (s, i) for s, i in items}
    known = _known([i for _, i in items])
    done = {i["id"]: i.get("actual_duration_minutes") for _, i in items if i.get("completed")}
    current = asked = item_id(turn.last)
    if (turn.last_id or "").startswith(_HOLDS):
        current = None  # care, or a story between: the item it holds waits, this answer is no report
    text = turn.text or ""
    left = [i for _, i in items if i["id"] not in done]
    told = _told(text, [i for _, i in items]) if text else {}
    told_done = _told_done(told, by_id, text)
    aside = False  # a question back or a story of someone told instead of a report
    # An item named then given a duration is that item's report, whatever was asked last.
    if text and (named := reported(text, [i for _, i in items])) is not None:
        current = named["id"]
    elif (named := told_done) is not None and named["id"] != current:
        current = named["id"]  # "The sash, both ends sewn, it's ready", whatever was asked (or none)
    elif (
        _asked_again(turn.last_id)
        and current in by_id
        and not _plain_report(text, by_id[current][1]["name"])
        and not item_told.by_work(text, _head(by_id[current][1], [i for _, i in items]))  # "The alif. Four rows."
        and not item_kin.told(text, by_id[current][1]["name"])  # "The ground pork … in the pan till not pink"
        and not item_result.by_result(text)  # "every one clean, not one swallowed": its result, no name
    ):
        # An item asked again (after a rest, once more before the end) is answered by its report; a
        # story told instead ("what I really want on record is …") leaves the item open, unreported.
        current = None
    elif current in by_id and _before(text, by_id[current][1]["name"]):
        current = None  # "before I do the sash, …": the item asked is still to come
    elif current is None and asked in told and asked not in done and not _before(text, by_id[asked][1]["name"]):
        current = asked  # the item waiting (after care or a story) reported by name: "Skipped the cuts."
    elif current in by_id and _goes_on_only(text, by_id[current][1], [i for _, i in items]):
        current = None  # "I'm okay. Music is good for this. Go on.": the speaker is alright; the item waits
    elif (
        current in by_id
        and not _wait_asked(text, by_id[current][1], [i for _, i in items])
        and _no_report(turn, text, by_id[current][1], [i for _, i in items])
    ):
        current, aside = None, True  # "Who hears this after?", "Dad used to say …": the item waits
    elif current in by_id and current not in told and (other := _opens_with_other(text, told, by_id[current][1])):
        current = other  # "Philidor I did Thursday at the club, today no.": that item's words; the one asked waits
    # An answer telling of several items: each one's report is the words about it.
    things = _as_things(text, told, current, [i for _, i in items])  # other items' words only as its things
    report_text = told[current] if current in told and len(told) > 1 and not things else text
    if told_done is not None and told_done["id"] == current:
        # told done in its own words: what follows of something else ("… done, twice. His forty days was Sunday …
        # I could not go.") does not undo it; the minutes may be said anywhere in the answer
        report_text = _unsaid_instead(told[current])
        if len(told) == 1:  # but a grade of it said after ("… I did three fans of six. … Half good, let's say.")
            report_text = join(report_text, _part_after(text, told[current], known))
    report_text = _wait_unsaid(report_text)
    want = wanted(text, left) if text else None
    if want is not None and want["id"] == current and parse_report(text, known).minutes is not None:
        want = None  # "Scales, ten minutes, I'd like another go at them tomorrow" is a report
    tired = (wishes.tired(text) or enough_now.stops(text)) and not wishes.not_done(text)  # "Davai, enough. …"
    if tired and (duties := [s for s in sentences(text) if says_a_duty(s) and _names_any(s, [i for _, i in items])]):
        # "That's all, I need to tighten the ropes on the drum": what the teller must do is the routine's, no errand
        tired = wishes.tired(" ".join(s for s in sentences(text) if s not in duties))
    if tired and _unfinished(text, told, [i for _, i in items]):
        # "Caro-Kann, half. I stopped there. Another day.": the item put off, not the session closed
        tired = wishes.tired(" ".join(s for s in sentences(text) if not _ITEM_ANOTHER_DAY.match(s)))
    if tired and current in by_id and current not in told and duration_minutes(text, known) is None:
        # "That'll do. Finished for tonight.": the end said, no report of the item asked (or offered)
        current = current if _DID.search(_END_SAID.sub("", text)) else None
    # "Ask me about X" / "I want to tell you about X" (the story planner's reader): an item by name is a
    # wish to do it; anything else is taken up below, and told instead of a report it leaves the item open.
    wish = wishes.request(text) if text and want is None and not tired else None
    if wish is not None and (named := next((i for i in left if _names(i["name"]).search(wish.subject)), None)):
        want, wish = named, None
    if wish is not None and current in by_id and not _said_done(text):
        current = None
    digressed = (current is None and (turn.last_id or "").startswith(_DIGRESSION)) or _asked_again(turn.last_id)
    digressed = digressed or aside
    # "Let me rest the hand a minute": a pause asked for is no report of the item and no end.
    resting = bool(_REST.search(text)) and not tired and duration_minutes(text) is None and want is None
    # "Hold on, I have to stand up … okay, I'm back": an aside and a return, with no word of doing
    away = bool(_ASIDE.search(text) and _BACK.search(text)) and not _DID.search(text)
    now_item = by_id[current][1] if current in by_id else None
    away = (away and duration_minutes(text) is None) or _wait_asked(text, now_item, [i for _, i in items])
    if (
        away
        and now_item
        and not (_names(now_item["name"]).search(text) or _by_participle(text, now_item, [i for _, i in items]))
    ):
        resting = resting or want is None
    resting = (
        resting and current in by_id and current not in done and reported(text, left, [i for _, i in items]) is None
    )
    ticked = False
    ack = noted = None  # noted: the item this answer reported (done or not)
    partly_now = None  # the item this answer told done in part ("only half the line"): offered once with time left
    if (
        turn.answer is not None
        and current in by_id
        and not resting
        and not (want is not None and want["id"] == current)
    ):
        name = by_id[current][1]["name"]
        report = parse_report(report_text, known)
        if report.status == "done" and report.minutes is None and (other := item_kin.other_status(report_text)):
            report = Report(other)  # "Tomorrow I'll fry it", "My husband fried the filling": not the teller's now
        if report.status == "done" and len(told) == 1 and report_text != text:
            report = Report("done", parse_report(_wait_unsaid(text), known).minutes)  # as the whole answer gives them
        if _asked_again(turn.last_id) and report.minutes is None and not _DONE.search(report_text):
            # asked again, put off once more ("they'll keep till tomorrow", "let it be"): not done
            put_off = _LATER.search(report_text) or _PUT_OFF.search(report_text)
            report = Report("not_done") if put_off else report
        notes = PRIVATE_NOTES if private else clean(turn.text, 5_000) if turn.text else "Skipped."
        if grief.sorrow(text) is not None and not _plain_report(text, name):
            # "My father passed away last night.": a loss told with no word of the item reports nothing; it waits
            current = None
        elif report.status == "done":
            calls.append(
                (
                    "update_item",
                    UpdateItemArgs(
                        item_id=current, completed=True, notes=notes, actual_duration_minutes=report.minutes
                    ),
                )
            )
            done[current] = report.minutes if report.minutes is not None else done.get(current)
            ticked = True
            calls.extend(("mark_indicator", m) for m in _aims_met(ctx, turn, name, [i for _, i in items]))
            noted = name
            ack = rotate(ctx.session_id, turn.count, "practice/done", item=name, minutes=_fmt(report.minutes))
            if turn.reading is not None and turn.reading.sentiment in ("negative", "mixed"):
                ack = join(ack, rotate(ctx.session_id, turn.count, "practice/struggle", item=name))
        elif report.status == "unclear" and turn.last_category == "exercise":
            calls.append(("update_item", UpdateItemArgs(item_id=current, notes=notes)))
            qid = f"{current}.more"
            text = pick(ctx.session_id, qid, "practice/followup", said=turn.said, item=name)
            return Outcome(text, PromptInfo("followup", qid, item_id=current), calls)
        else:
            calls.append(("update_item", UpdateItemArgs(item_id=current, notes=notes)))
            noted = name
            bank = {"not_done": "practice/passed", "partly": "practice/partly"}.get(report.status, "practice/noted")
            # offered once only when the person said nothing of ending ("Half the nocturne, I must go now" closes)
            ends = item_told.ends_asked(text) or leaves_now(text)
            partly_now = current if report.status == "partly" and not ends else None
            ack = rotate(ctx.session_id, turn.count, bank, item=name)
            if report.status == "not_done" and (other := _instead(text, [i for i in left if i["id"] != current])):
                # "the scales I don't do today, so instead I played the etude, that part is done"
                calls.append(("update_item", UpdateItemArgs(item_id=other["id"], completed=True, notes=notes)))
                done[other["id"]] = None
                ack = join(ack, rotate(ctx.session_id, turn.count, "practice/done", item=other["name"], minutes=None))

    # Other items told of by name as not done, put off or done in part ("the etude I left for now"): noted
    # in their own words, and not asked next.
    passed_now = set()
    for key, said in told.items():
        if key != current and key not in done and parse_report(said, known).status in ("not_done", "partly"):
            calls.append(
                ("update_item", UpdateItemArgs(item_id=key, notes=PRIVATE_NOTES if private else clean(said, 5_000)))
            )
            passed_now.add(key)
    # the item asked, unreported while another was told of, waits too
    unreported = current not in by_id or resting or (current != asked and asked not in passed_now)
    # The item asked and not reported (a rest, a loss or a story told instead): it waits, carried by the
    # questions between, and is asked again when the person goes on.
    hold = asked if asked in by_id and asked not in done and unreported else None
    hold = None if (turn.last_id or "").endswith(".offer") else hold  # offered once, never pressed
    # A loss told comes first, beside an item done or not, or instead of a report: no praise, a moment offered.
    if (met := care.meet(ctx, turn, calls, waiting=hold, item=noted)) is not None:
        return met
    if resting and current in by_id:
        qid = f"{current}.rest.{turn.count}"
        rest = pick(ctx.session_id, qid, "practice/rest", said=turn.said, item=by_id[current][1]["name"])
        return Outcome(rest, PromptInfo("exercise", qid, item_id=current), calls)
    if want is None and ack is None:
        ack = care.resume(ctx, turn)

    greeting = None
    if turn.first or ctx.opening:
        sections = [
            f"{s['name']} ({_fmt(s.get('planned_minutes'))} min)" if s.get("planned_minutes") else s["name"]
            for s in ctx.data["sections"]
        ]
        greeting = pick(
            ctx.session_id,
            "opening",
            "practice/opening",
            person_name=address_name(ctx.person_name, ctx.person_called),
            intention=sentence(ctx.intention),
            sections=sections,
            count=len(items),
            returning=not turn.first,
        )
    if wish is not None:
        # Taken up by name as the story planner takes it up, then back to the routine.
        said = reflect(wish.subject)
        qid = _fresh(turn, f"ask.{slug(wish.subject)}")
        plural = bool(re.search(r"(?<![su'’])s$", said.split()[-1])) if said.split() else False
        question = pick(ctx.session_id, qid, "story/ask", said=turn.said, subject=said, plural=plural)
        return Outcome(join(greeting, ack, question), PromptInfo("followup", qid, item_id=hold), calls)
    if not tired and current not in by_id and want is None and digressed and (follow := _follow(ctx, turn)) is not None:
        # A memory told in answer to a wish taken up: followed by name, as in a story.
        info = PromptInfo(follow.info.category, follow.info.question_id, item_id=hold)
        return Outcome(join(greeting, ack, follow.text), info, calls)

    # Next: the item waiting (asked, then a rest, a loss or a story between), else one not asked yet.
    upcoming = [(s, i) for s, i in items if i["id"] == hold] if want is None else []
    # never one told of by name as not done or done in part in an earlier answer (offered once before the end)
    upcoming += [
        (s, i)
        for s, i in items
        if i["id"] not in done
        and i["id"] not in turn.asked_ids
        and i["id"] not in passed_now
        and parse_report(i.get("notes") or "?", known).status not in ("not_done", "partly")
    ]
    if tired and want is None:
        upcoming = []  # tired, or "same time tomorrow": the session ends here
    elif want is not None or (wishes.not_done(text) and "closing" in turn.asked_ids):
        # Back to an item passed over ("let me do the scales now", "don't wrap up, the etude is owed").
        again = want or next((i for _, i in items if i["id"] not in done), None)
        if again is not None:
            section = next(s for s, i in items if i is again)
            qid = f"{again['id']}.again.{turn.count}"
            question = pick(
                ctx.session_id,
                qid,
                "practice/again",
                item=again["name"],
                description=sentence(again.get("description")),
                section=section["name"],
            )
            return Outcome(join(greeting, ack, question), PromptInfo("exercise", qid, item_id=again["id"]), calls)
    if upcoming and upcoming[0][1]["id"] in turn.asked_ids:
        section, item = upcoming[0]
        qid = f"{item['id']}.again.{turn.count}"
        question = pick(
            ctx.session_id,
            qid,
            "practice/again",
            said=turn.said,
            item=item["name"],
            description=sentence(item.get("description")),
            section=section["name"],
        )
        return Outcome(join(greeting, ack, question), PromptInfo("exercise", qid, item_id=item["id"]), calls)
    if upcoming:
        section, item = upcoming[0]
        bridge = None
        previous = by_id[current][0] if current in by_id else None
        if previous is not None and previous["id"] != section["id"] and not greeting:
            finished = all(i["id"] in done for i in previous.get("items") or [])
            bridge = pick(
                ctx.session_id,
                f"to.{section['id']}",
                "practice/section",
                section=section["name"],
                planned=_fmt(section.get("planned_minutes")),
                finished=previous["name"] if finished else None,
            )
        question = pick(
            ctx.session_id,
            item["id"],
            "practice/item",
            item=item["name"],
            description=sentence(item.get("description")),
            planned=_fmt(item.get("planned_minutes")),
            section=section["name"],
        )
        return Outcome(
            join(greeting, ack, bridge, question), PromptInfo("exercise", item["id"], item_id=item["id"]), calls
        )
    passed = [
        i
        for _, i in items
        if i["id"] not in done
        and (i["id"] == partly_now or i["id"] != current)
        and (
            i["id"] == partly_now
            or _WAITING.search(i.get("notes") or "")
            or _PARTLY.search(i.get("notes") or "")
            or item_verdict.not_ready(i.get("notes") or "")
            or (_PUT_OFF.search(i.get("notes") or "") and not _FOR_TODAY.search(i.get("notes") or ""))
        )
    ]
    offered = any(q.endswith(".offer") for q in turn.asked_ids)
    if passed and not tired and not offered and "closing" not in turn.asked_ids and not _time_up(ctx):
        # The routine is through but for an item passed over, with time left: offered once, the end
        # left to the person ("leave it for another day" or "that's me for today" closes).
        item = passed[0]
        qid = f"{item['id']}.offer"
        question = pick(
            ctx.session_id,
            qid,
            "practice/offer",
            said=turn.said,
            item=item["name"],
            person_name=address_name(ctx.person_name, ctx.person_called),
            plural=item["name"].lower().endswith("s"),
        )
        return Outcome(join(greeting, ack, question), PromptInfo("exercise", qid, item_id=item["id"]), calls)
    return _close(
        ctx,
        turn,
        items,
        done,
        join(greeting, ack),
        calls,
        praise=not private,
        again=tired and ticked,
        stop=tired and (bool(_STOP_SAID.search(text)) or own_close.closes(text)),  # "Ndatenda, good night."
    )


# The questions a digression the person asked for is followed by: a wish taken up, someone or somewhere.
_DIGRESSION = ("ask.", "who.", "where.")
# The questions that hold an item asked and not yet reported (its id in their data): care, a digression.
_HOLDS = (care.PREFIX, *_DIGRESSION)


def _as_things(text: str, told: dict[str, str], current: str | None, items: list[dict[str, Any]]) -> bool:
    """The item asked told by its work, the other items' words said in it only as its things, with no doing, passing
    over or part of theirs ("Three jars: yellow, orange, black. Hot water, the powder, stirred with the chopsticks. The
    black is so black …" for "Mix the dye jars", beside "Yellow then orange" and "Black bath"): the whole answer is the
    asked item's report."""
    if current not in told or len(told) < 2 or not item_told.work_said(text):
        return False
    by_id = {i["id"]: i for i in items}
    # each other item's own sentence (the next one, joined to the last item a clause names, may be the asked item's)
    return all(_bare(sentences(said)[0], by_id[key], items) for key, said in told.items() if key != current)


def _before(text: str, name: str) -> bool:
    """A sentence says the item is still to come: "before I do the sash, I want to tell you …"."""
    return any(_BEFORE.search(said) and _names(name).search(said) for said in sentences(text))


def _told(text: str, items: list[dict[str, Any]]) -> dict[str, str]:
    """The items an answer tells of by name (id -> the words about it): named at a clause's opening ("The
    varnam I played right through …", "Skipped the cuts.") or as what was done ("I went back and did the
    sarali"), with the next clause when that names no other item ("The sash. Both ends sewn."). A clause naming
    several items gives each its own words ("scales done arpeggios not yet", said without a stop), or the whole
    clause when its own are only the name ("I did the scales and the arpeggios")."""
    clauses = [c for c in re.split(r"(?<=[.!?…;])\s+", text) if c]
    units = [(n, piece) for n, clause in enumerate(clauses) for piece in _pieces(clause, items)]
    told: dict[str, str] = {}
    for k, (n, piece) in enumerate(units):
        for item in items:
            if not _opens(piece, item, items):
                continue
            bare = _bare(piece, item, items)
            if bare and piece != clauses[n] and not _opens(clauses[n], item, items):
                continue  # "I did the scales with the reel on in the background": the reel is no report
            said = clauses[n] if bare else piece
            last = k + 1 == len(units) or units[k + 1][0] != n
            after = clauses[n + 1] if last and n + 1 < len(clauses) else ""
            alone = after and not any(
                _opens(after, o, items) or _names(o["name"]).search(after) for o in items if o is not item
            )
            told.setdefault(item["id"], f"{said} {after}" if alone else said)
    return told


# Where a clause naming several items is cut: at the last joining word or comma between two names.
_JOIN = re.compile(r",|\b(?:and|then|but|so|while)\b", re.IGNORECASE)
# An item that only places a doing in time ("after the flams, I did the hornpipe"): not the one done.
_PLACED = re.compile(
    r"\b(?:after|before|since|until|till|following)\s+(?:(?:the|my|our|those|these|doing|playing)\s+){0,2}$", re.I
)


def _pieces(clause: str, items: list[dict[str, Any]]) -> list[str]:
    """A clause cut before each item it names after the first (an item placing a doing in time is no cut)."""
    spans: list[tuple[int, int]] = []
    for item in items:
        for pattern in (_names(item["name"]), _head(item, items)):
            spans += [m.span() for m in pattern.finditer(clause) if not _PLACED.search(clause[: m.start()])]
    named: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if named and start < named[-1][1]:
            named[-1] = (named[-1][0], max(end, named[-1][1]))
        else:
            named.append((start, end))
    cuts = [0]
    for (_, end), (start, _) in itertools.pairwise(named):
        joins = list(_JOIN.finditer(clause, end, start))
        lead = re.search(r"(?:\b(?:the|my|those|these|both|all)\s+)*$", clause[end:start], re.I)
        cuts.append(joins[-1].start() if joins else end + (lead.start() if lead else len(clause[end:start])))
    return [clause[a:b] for a, b in zip(cuts, [*cuts[1:], len(clause)], strict=False) if clause[a:b].strip()]


def _bare(piece: str, item: dict[str, Any], items: list[dict[str, Any]]) -> bool:
    """The words about an item are its name only, no word of doing, passing over, part or how it went."""
    rest = _head(item, items).sub(" ", _names(item["name"]).sub(" ", piece))
    return not (_said_done(rest) or _PARTLY.search(rest) or _HOW_IT_WENT.search(rest) or _NOT_MINE.search(rest))


_PART_SAID = re.compile(_PART_OF_IT, re.IGNORECASE)


def _part_after(text: str, said: str, known: frozenset[str]) -> str | None:
    """The sentences of the answer beyond the item's own words that say it only part there ("Half good, let's say.",
    "I got through a third of it."), never a half of someone or something else ("half the family came")."""
    part = [s for s in sentences(text) if s not in said and _PART_SAID.search(s) and _in_part(s, known)]
    return " ".join(part) or None


def _unsaid_instead(said: str) -> str:
    """The words about an item without "instead": "instead I played the kriti" tells the kriti done."""
    return re.sub(r"\binstead\b(?!\s+of)", "", said, flags=re.IGNORECASE)


def _opens(said: str, item: dict[str, Any], items: list[dict[str, Any]]) -> bool:
    """The clause is about the item: it opens with its name (or a word only it holds), or names it as what was done."""
    named = _names(item["name"]).search(said) or _head(item, items).search(said)
    if named is None or _INSTEAD_OF.search(said[: named.start()]) or _PLACED.search(said[: named.start()]):
        return False  # "instead of the scales, …" tells what was done in their place; "after the scales, …" when
    return named.start() <= 20 or _done_to(said[: named.start()])


def _done_to(before: str) -> bool:
    """The words before an item end with the person's own doing of it ("I went back and did the", "then played
    all the"), never someone else's ("my teacher played the", "she did the")."""
    did = _DONE_TO.search(before)
    if did is None:
        return False
    lead = before[: did.start()].lower()
    if _THEIRS.search(lead):
        return False  # "I watched and the band played the"
    subjects = re.findall(r"\b(?:i|we|he|she|they|you)\b", lead)
    if subjects:
        return subjects[-1] in ("i", "we")
    return all(w in _LEAD_WORDS for w in re.findall(r"[a-z']+", lead))


_LEAD_WORDS = frozenset(
    "okay ok right so then and also instead after that first later finally yes yeah well just".split()
)


# "… and did the", "played all the": the words before an item named as what was done.
# How a go at something went ("it felt smoother", "came out flat", "too fast"): a report even with no word of doing.
_HOW_IT_WENT = re.compile(
    r"\b(?:felt|feels?|sounded|sounds|went|goes|came\s+out|coming\s+out|better|worse|smooth\w*|clean\w*|tempo|speed"
    r"|slow\w*|fast\w*|faster|tricky|hard(?:er)?|easy|easier|rough\w*|even(?:ly)?|shaky|sloppy|tight|loose)\b",
    re.IGNORECASE,
)
# The body said to be finished ("my eyes are finished", "my fingers are done"): tiredness, no item's report.
_BODY_DONE = (
    r"\b(?:my|the)\s+(?:eyes|head|brain|hands?|fingers|arms?|wrists?|back|legs|feet|voice|lips)\s+(?:is|are|'re|'s)\s+"
    r"(?:all\s+|completely\s+|totally\s+|just\s+)?(?:done|finished|through)\b"
)
# "done for today", "finished for tonight", the body finished: the session's end said, no item's report.
_END_SAID = re.compile(
    r"\b(?:done|finished|through)\s+for\s+(?:today|tonight|now|the\s+(?:day|night|evening))\b|" + _BODY_DONE,
    re.IGNORECASE,
)
# A stop said ("that's it for today", "I'm finished", "let's call it a day"), not a farewell only ("see you tomorrow!")
_STOP_SAID = re.compile(
    r"\bthat(?:'|’)?s\s+(?:it|all|me|enough)\b|\benough\s+for\s+(?:today|tonight|now)\b|\bi(?:'|’)?m\s+(?:done|finished)\b"
    r"|\b(?:done|finished|through)\s+for\s+(?:today|tonight|now|the\s+(?:day|night|evening))\b|\bcall\s+it\s+a\s+day\b"
    r"|\b(?:i\s+(?:have|need|must)\s+to|let(?:'|’)?s|time\s+to)\s+stop\b",
    re.IGNORECASE,
)
_INSTEAD_OF = re.compile(r"\binstead\s+of\s+(?:\w+\s+){0,2}$", re.IGNORECASE)
_DONE_TO = re.compile(_DID.pattern + r"\s+(?:(?:the|my|all|both|those|these|of)\s+){0,3}$", re.IGNORECASE)


def _told_done(told: dict[str, str], by_id: dict[str, Any], text: str = "") -> dict[str, Any] | None:
    """The first item told done by name (a word of doing of the speaker's in the words about it, none of passing
    over or of a part only), whatever was asked: "Ground strikes, done." is that item's report, even one ticked
    before; "the flams my tutor played", "Jim did the hornpipe" are not. The one item an answer names opens it and
    the rest of the answer is about it: its verdict may come last ("The drags in the bridge … I recorded them: ten
    out of ten. They're ready for the gig.")."""
    known = _known([i for _, i in by_id.values()])
    for key, said in told.items():
        rest = text[len(said) :] if text.lstrip().startswith(said.lstrip()[:30]) else ""
        if len(told) == 1 and rest and not _DID.search(said) and not _OTHERS_DID.search(rest):
            said = text  # never another's doing after ("He did it perfectly, it is ready for his concert.")
        said = _unsaid_instead(said)
        did = _DID.search(_others_unsaid(said, known)) or item_heard.heard(said)  # "The drobi … every time"
        if did and parse_report(said, known).status == "done" and not _BEFORE.search(said):
            return by_id[key][1]
    return None


def _known(items: list[dict[str, Any]]) -> frozenset[str]:
    """The words of the routine's item names (never someone's name doing them)."""
    return frozenset(
        w for i in items for w in re.findall(r"[a-z']+|\d+", f"{i['name']} {words_to_digits(i['name'])}".lower())
    )


_NEVER = re.compile(r"(?!)")
# Words of manner any sentence may hold, never an item's own word
_PLAIN_WORDS = frozenset("even only still very well much less both".split())


def _head(item: dict[str, Any], items: list[dict[str, Any]]) -> re.Pattern[str]:
    """An item called by one word of its name ("the snail" for "Snail shell square", "the handles" for
    "Pulled handles"), a word no other item's name holds."""
    words = re.findall(r"[^\W_]+", item["name"].lower())
    own = [
        w
        for w in words
        if len(words) > 1
        and len(w) >= 4
        and w not in item_kin.GLUE
        and w not in _PLAIN_WORDS  # "not even to breathe" names no "Tremolo, five minutes even"
        and not words_to_digits(w).isdigit()  # "Three weeks it sounded …" names no "Variations one to three"
        and not any(_names(w).search(o["name"]) for o in items if o is not item)
    ]
    own_patterns = [_names(w).pattern for w in own] + [f for f in [item_told.family_of(item["name"])] if f]
    return re.compile("|".join(own_patterns), re.IGNORECASE) if own_patterns else _NEVER  # "the ba and her sisters"


def _by_participle(text: str, item: dict[str, Any], items: list[dict[str, Any]]) -> bool:
    """The item told done by a participle, its name's or its own word's ("Boards planed", "The warp is threaded")."""
    return item_told.done_by_participle(
        text, item["name"], re.compile(f"{_names(item['name']).pattern}|{_head(item, items).pattern}", re.I)
    )


def _instead(text: str, items: list[dict[str, Any]]) -> dict[str, Any] | None:
    """The item done in place of the one asked: every word of its name, in any order, in the sentence that
    says "instead" ("instead I cut the triangles for the border" for "Border triangles"), told done."""
    if not _DID.search(text):
        return None
    for said in sentences(text):
        if re.search(r"\binstead\b(?!\s+of)", said, re.IGNORECASE):
            for item in items:
                words = re.findall(r"[^\W_]+", item["name"].lower())
                if words and all(_names(w).search(said) for w in words):
                    return item
    return None


# Words said to someone else, told ("I tell him, push slowly", "she said to her son: go easy"): no verdict of the item.
_SAID_TO = re.compile(
    r"\b(?:i|we|he|she|they)\s+(?:tell|tells|told|say|says|said)\s+(?:to\s+)?(?:him|her|them|(?:my|his|her|our)\s+\w+"
    r"|(?-i:[A-Z]\w+))\s*[,:][^.!?]*",
    re.IGNORECASE,
)


def _no_report(turn: Turn, text: str, item: dict[str, Any], items: list[dict[str, Any]]) -> bool:
    """No report of the item asked: no word of doing, passing over or minutes, the item not named, and a question
    asked back ("Who hears this after?") or someone told of ("Dad used to say …"), never only a long answer."""
    if not text:
        return False
    if _names(item["name"]).search(text) or _head(item, items).search(text) or item_result.by_result(text):
        return False  # named, or told by how it went ("now they are one voice", "she stopped talking and listened")
    if item_kin.others_story(text):
        return True  # "My mociute made these every Sunday … tetis called it the Titanic": theirs, no report
    own = _others_unsaid(text, _known(items))
    if _NOT_MINE.search(text) or (own != text and not _DID.search(own) and duration_minutes(text) is None):
        return True  # "The ceilidh band played the jig. I only watched.": someone else's doing, no report
    if (bare := _sayings_unsaid(text)) != text and len(bare.split()) < 6:
        return not (_said_done(bare) or _PARTLY.search(bare) or _HOW_IT_WENT.search(bare))  # a saying, no report
    if _said_done(text) or _PARTLY.search(text):
        return False
    own = item_told.own_sentences(_SAID_TO.sub(" ", text))  # "He painted the names, fast fast": his, no verdict
    return "?" in text or (not _HOW_IT_WENT.search(own) and story.to_follow(turn) is not None)


def _opens_with_other(text: str, told: dict[str, str], asked: dict[str, Any]) -> str | None:
    """The item the answer opens with, told of by name, when the answer never names the one asked: its words are
    that item's, no report of the one asked ("Philidor I did Thursday at the club" when the King's Indian was
    asked)."""
    if _names(asked["name"]).search(text):
        return None
    return next((key for key, said in told.items() if text.lstrip().startswith(said.lstrip()[:30])), None)


def _wait_asked(text: str, item: dict[str, Any] | None = None, items: list[dict[str, Any]] | None = None) -> bool:
    """A wait asked for now, opening the answer or with a return promised ("Wait one minute, the kettle is
    screaming … then we continue", "one sec, I'll be right back"), and nothing of a report: no word of doing or of
    passing over, no duration but the wait's own ("one minute" there is no time the item took), nor the ``item``
    told done by a participle ("Sorry, my phone. Stock made, strained into jars. Where was I?")."""
    hold = _ASIDE.search(text) or item_kin.broke_in(text)  # "Oi, the door. That was Mrs K … Where was I?"
    opens = _WAIT_OPENS.search(text) or _RESUME.search(text) or _BACK.search(text)
    errand = _errand_first(text)
    if not (hold is not None and opens) and errand is None:
        return False
    rest = _ASIDE.sub(" ", text)
    passed = _NOT_DONE.search(rest) or _LATER.search(rest) or _PUT_OFF.search(rest)
    reports = _DID.search(rest) or passed or _PARTLY.search(rest) or duration_minutes(rest) is not None
    reports = reports or item_told.work_told(rest)  # "Sorry, one second. The alif, four rows, all clean and tall."
    reports = reports or (item is not None and _by_participle(rest, item, items or [item]))
    # with no wait word, how it went said after the errand's clause ("I need to rest my lip first, it went fine")
    after = text[errand:] if errand is not None and not (hold is not None and opens) else ""
    return not (reports or _verdict_after_wait(rest) or _HOW_IT_WENT.search(after))


# An errand said before the report, at the answer's opening: "Wait, I need a glass of water first", "hold on, let me
# feed the dog", "first I have to tune", "let me just fetch the rosin first" (never a telling: "I need to say first",
# "I had to tune first", nor a doing now: "I need to slow the runs down", said with no wait word and no "first").
_WAIT_WORD = (
    r"(?:wait|hold\s+on|hang\s+on|(?:one|just\s+a|give\s+me\s+a)\s+(?:sec(?:ond)?|moment|minute|tick))\b"
    r"(?:\W+(?:a|one)\s+(?:sec(?:ond)?|moment|minute|tick|bit)\b)?"
)
_ERRAND_OPENS = re.compile(
    r"^\W*(?:(?:oh|ah|sorry|okay|ok|um|erm|so|well)\W+)*(?:(" + _WAIT_WORD + r")\W+)?"
    r"(?:(?:first|before\s+that)\W+)?(?:(?:and|but|so)\s+)?"
    r"(?:i\s+(?:just\s+|really\s+|first\s+)?(?:need|have|must|gotta|got|'ve\s+got|want)|i'?ll|i\s+will|let\s+me|lemme"
    r"|i'?m\s+(?:just\s+)?(?:going|gonna)"
    # "Wait, I make a coffee first": a plain present said with a wait word and "first" (never a past or a thought)
    r"|(?P<bare>i)(?=\s+(?!(?:did|was|were|had|got|went|made|took|ran|think|thought|mean|guess|say|said|tell|told|know"
    r"|am|have|need|must|will|would|can|could|should|just|really|also|only)\b)[a-z]+(?<![^e]ed)\b))"
    r"\b(?>(?:\s+to\b)?(?:\s+(?:just|quickly|first|go\s+and|go)\b)*)"
    r"(?!\s+(?:tell|say|ask|explain|show|mention|admit|confess|talk|add|report|think|be\s+honest)\b)"
    r"(?=\s+\w)",
    re.IGNORECASE,
)


def _errand_first(text: str) -> int | None:
    """Where the clause ends of an errand to do before the report opening the answer, said after a wait word or said
    to come first in that clause ("let me go to Fall River now, because they ask me that first" is a story)."""
    errand = _ERRAND_OPENS.search(text)
    if errand is None:
        return None
    clause = re.split(r"[,;:.!?…—–]", text[errand.end() :], maxsplit=1)[0]
    first = re.search(r"\b(?:first|before\s+that)\b", errand.group(0) + clause, re.IGNORECASE)
    if errand.group("bare") is not None and not (errand.group(1) is not None and first):
        return None
    return errand.end() + len(clause) if errand.group(1) is not None or first else None


# The time a wait took said to be the item's: "Wait, one minute, that's all it took".
_TOOK = re.compile(r"\b(?:took|taken|that'?s\s+(?:all|how\s+long))\b", re.IGNORECASE)


def _wait_unsaid(text: str) -> str:
    """An answer opening with a wait, without the wait's words: its minute is no time the item took ("Hold on one
    minute, yes, all good"), unless said to be ("Wait, one minute, that's all it took")."""
    if not _WAIT_OPENS.search(text) or _TOOK.search(text):
        return text
    return _ASIDE.sub(" ", text)


# After a wait word, a report said plainly: a yes, how it went ("all good", "nice and steady", "went well", "they
# were easy") or a count of goes ("twice through").
_VERDICT_SAID = re.compile(
    r"\b(?:yes|yeah|yep|yup|fine|good|great|steady|smooth(?:ly)?|clean|easy|easier|well|lovely|perfect)\b"
    r"|\b(?:once|twice|three\s+times|four\s+times|\d+\s+times)\s+(?:through|over|round)\b",
    re.IGNORECASE,
)
# The words a plain report is made of besides its verdict: of the item ("it", "they", "the last one"), of how it went
# ("went", "felt", "nice and", "all"), of goes ("twice through", "three times") and of the time it took.
_REPORT_WORDS = frozenset(
    """yes yeah yep yup fine good great steady smooth smoothly clean easy easier well lovely perfect nice alright
    all and it they them those these was were went felt sounded came out today tonight very really quite pretty so
    just too again ok okay through twice once times three four five both of the last one every each right sweet
    no problem problems trouble bit little a took that's that is sorry oh ah um er erm hmm""".split()
)


def _verdict_after_wait(rest: str) -> bool:
    """The words after a wait are a plain report: every clause of them is made of report words, one at least says
    how it went, a question or a return promised aside ("Yes, all good", "Yeah, fine, nice and steady"; never "the
    dog's not well", "yes, I hear you, the phone", "Okay, I'm back", "yes? Who is it?")."""
    rest = re.sub(
        r"\b(?:a|one)\s+(?:sec(?:ond)?|minute|moment|mo|tick|bit)\b", " ", _WAIT_OPENS.sub(" ", rest), flags=re.I
    )
    clauses = []
    for said in re.split(r"(?<=[.!?…])\s+", rest):
        if said.rstrip().endswith("?") or _BACK.search(said) or _RESUME.search(said):
            continue
        clauses += [c for c in re.split(r"[,.;:!…]", said) if c.strip()]
    if not any(_VERDICT_SAID.search(c) for c in clauses):
        return False
    return all(set(re.findall(r"[a-z']+", c.lower())) <= _REPORT_WORDS for c in clauses)


# A put-off to another day said as a sentence of its own ("Another day.", "Next time, then.", "I'll finish it another
# day."): beside an item's report that it is not done or done in part, that item's, not the session's close.
_ITEM_ANOTHER_DAY = re.compile(
    r"^\W*(?:(?:ok(?:ay)?|well|so|and|but|maybe)\s*,?\s+)*(?:(?:i|we)(?:'ll|\s+will|\s+can)\s+(?:finish|do|try|play"
    r"|practi[sc]e)\s+(?:it|them|that|those|the\s+rest)\s+)?(?:(?:another|some\s+other)\s+(?:day|time)|next\s+time"
    r"|tomorrow(?:\s+again)?|again\s+tomorrow)"
    r"(?:\s*,?\s*then)?(?:\s*,\s*[^\W\d_]+)?\s*[.!…]*\s*$",
    re.IGNORECASE,
)


def _unfinished(text: str, told: dict[str, str], items: list[dict[str, Any]]) -> bool:
    """The answer reports an item not done or done only in part, by its name or as the answer's whole words."""
    known = _known(items)
    return any(parse_report(said, known).status in ("not_done", "partly") for said in [*told.values(), text])


# Said of oneself and a wish to go on ("I'm okay, go on", "I'm fine, carry on"; never "it's fine, next one", a verdict
# on the item): "I'm okay" somewhere, the go-on ending the answer after it. Two searches, each once over the text (a
# lookahead to the end after every "I'm okay" was quadratic).
_ALRIGHT = re.compile(r"\b(?:i'?m|i\s+am)\s+(?:all\s+right|alright|ok(?:ay)?|fine)\b", re.IGNORECASE)
_GO_ON_END = re.compile(
    r"\b(?:go\s+on|carry\s+on|keep\s+going|continue|let'?s\s+go\s+on|next\s+one)\s*[.!]*\s*$", re.IGNORECASE
)


def _goes_on_said(text: str) -> bool:
    """ "I'm okay", then the answer ends asking to go on."""
    alright = _ALRIGHT.search(text)
    return alright is not None and _GO_ON_END.search(text, alright.end()) is not None


def _goes_on_only(text: str, item: dict[str, Any], items: list[dict[str, Any]]) -> bool:
    """The speaker says they are alright and asks to go on, with nothing of the item: not named, no word of doing,
    of how it went or minutes ("I'm okay. Chess is good for this, the head has to go somewhere. Go on.")."""
    if not _goes_on_said(text) or _names(item["name"]).search(text) or _head(item, items).search(text):
        return False
    return not (_DID.search(text) or _HOW_IT_WENT.search(text) or duration_minutes(text) is not None)


def _asked_again(qid: str | None) -> bool:
    """An item asked again: after a rest, after a loss or a story between, or offered before the end."""
    return bool(qid) and bool(re.search(r"\.(?:rest|again)\.\d+$|\.offer$", qid or ""))


def _plain_report(text: str, name: str) -> bool:
    """A report said as one (minutes, "played it", "skip it", the item by name), not only by its length."""
    return _said_done(text) or bool(_names(name).search(text))


def _said_done(text: str) -> bool:
    """Minutes, a word of doing or of passing over said; a bare "No," opening a reply to a pause ("No, it's
    alright, …") is no skip."""
    text = re.sub(_BODY_DONE, " ", text, flags=re.IGNORECASE)  # "my eyes are finished" tells of no doing
    rest = re.sub(r"^\W*(?:no|nope|not)\b", "", text, flags=re.IGNORECASE)
    passed = _NOT_DONE.search(rest) or _LATER.search(text) or _PUT_OFF.search(text)
    passed = passed or item_verdict.not_ready(text)  # "Not ready, carallo.": a verdict on how it went
    return bool(duration_minutes(text) is not None or _DONE.search(text) or passed)


def _follow(ctx: TurnContext, turn: Turn) -> Outcome | None:
    """Someone or somewhere a memory told in a practice session names, asked about by name with the
    story planner's reading of who to follow (:mod:`agent.guided.story`)."""
    if turn.reading is None or turn.reading.short:
        return None
    who = story.to_follow(turn)
    if who is not None:
        qid = _fresh(turn, f"who.{who.key}")
        text = pick(ctx.session_id, qid, "story/who", said=turn.said, **who.words())
        return Outcome(text, PromptInfo("people", qid))
    place = story.place_to_follow(turn)
    if place is not None:
        qid = _fresh(turn, f"where.{slug(place)}")
        text = pick(ctx.session_id, qid, "story/where", said=turn.said, place=story.as_said(place, turn.text or ""))
        return Outcome(text, PromptInfo("scene", qid))
    return None


def _fresh(turn: Turn, qid: str) -> str:
    """``qid``, or ``qid.2``, ``qid.3``… when it was already asked (ids stay unique)."""
    n = 2
    fresh = qid
    while fresh in turn.asked_ids:
        fresh = f"{qid}.{n}"
        n += 1
    return fresh


def _time_up(ctx: TurnContext) -> bool:
    """The planned time is used up (no plan: never)."""
    if not ctx.scheduled_minutes:
        return False
    start = ctx.started_at or (ctx.asked[0].created_at if ctx.asked else ctx.now)
    return elapsed_ms(start, ctx.now) >= ctx.scheduled_minutes * 60_000


def _close(
    ctx: TurnContext,
    turn: Turn,
    items: list[tuple[dict[str, Any], dict[str, Any]]],
    done: dict[str, float | None],
    lead: str,
    calls: list[tuple[str, Args]],
    *,
    praise: bool = True,
    again: bool = False,
    stop: bool = False,
) -> Outcome:
    # The end is proposed once; again only when asked for beside an item done after it ("did the etude after
    # all, that's enough for today"): the routine changed since.
    proposed = sum(1 for q in turn.asked_ids if q == "goodbye" or q.startswith("closing"))
    if stop and not again and proposed == 1 and (turn.last_id or "") == "closing":
        # "That's it for today … bye" said in answer to the closing question: the end proposed again, once, with a
        # goodbye (said later, after notes, the end stays proposed once)
        name = address_name(ctx.person_name, ctx.person_called)
        calls.append(("propose_end", ProposeEndArgs(reason=f"{name} would like to stop for today.")))
        text = join(lead, pick(ctx.session_id, "goodbye", "practice/goodbye", said=turn.said, person_name=name))
        return Outcome(text, PromptInfo("closing", _fresh(turn, "goodbye")), calls)
    if "closing" in turn.asked_ids and not again:
        extra = 1 + sum(1 for q in turn.asked_ids if q.startswith("extra."))
        text = join(lead, pick(ctx.session_id, f"extra.{extra}", "practice/after_close", said=turn.said))
        return Outcome(text, PromptInfo("closing", f"extra.{extra}"), calls)
    minutes = sum(m for m in done.values() if m) or None
    left = [i["name"] for _, i in items if i["id"] not in done]
    spent = [
        f"{i['name']} ({_fmt(done[i['id']])} min)" if done.get(i["id"]) else i["name"]
        for _, i in items
        if i["id"] in done
    ]
    if not left:
        evidence = clean(f"All {len(items)} exercises marked done: {', '.join(spent)}.", 20_000)
        for index, indicator in enumerate(ctx.completion_indicators[:50]):
            if not indicator.get("met") and about_finishing(indicator.get("text") or ""):
                calls.append(("mark_indicator", MarkIndicatorArgs(which="completion", index=index, evidence=evidence)))
        reason = f"Every exercise in the routine is done ({len(items)} of {len(items)})."
    else:
        reason = f"The routine has been gone through: {len(done)} of {len(items)} done; not done: {', '.join(left)}."
    calls.append(("propose_end", ProposeEndArgs(reason=clean(reason, 20_000))))
    text = join(
        lead,
        pick(
            ctx.session_id,
            "closing",
            "practice/closing",
            person_name=address_name(ctx.person_name, ctx.person_called),
            done=len(done),
            total=len(items),
            minutes=_fmt(minutes),
            left=", ".join(left) or None,
            praise=praise,
        ),
    )
    return Outcome(text, PromptInfo("closing", _fresh(turn, "closing")), calls)


def about_finishing(text: str) -> bool:
    """ "Every exercise played", "Finish the routine": an indicator that finishing the items proves."""
    words = set(re.findall(r"[a-z]+", text.lower()))
    return bool(words & _FINISH_WORDS) and bool(words & _ROUTINE_WORDS)


def _fmt(minutes: Any) -> str | None:
    return format_number(round(float(minutes), 1)) if isinstance(minutes, int | float) and minutes else None
