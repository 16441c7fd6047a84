"""What a model writes, made fit to show: text-written tool calls taken out, the rest cleaned.

Small models often write a tool call as text instead of calling it: a fenced JSON block,
``<tool_call>…</tool_call>``, ``({"name": …, "arguments": …}``, ``annotate_response;{…}``.
:func:`split_reply` finds those (a real tool's name: a call; anything else: dropped), and
:func:`clean` strips what is left of machine text, role labels and wrapping quotes.
:func:`problem` says why a cleaned reply is still not usable as a question (the loop then
asks the guided interviewer). :class:`StreamFilter` applies the same rules to a stream,
holding text back until it is sure the text is prose.
"""

from __future__ import annotations

import json
import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field

from agent.model import InteractionView, TextSink, ToolCall
from agent.pronouns import agree

_DECODER = json.JSONDecoder()
_QUOTES = '"“”«»'
_ROLE = r"(?:interviewer|assistant|storyloom|agent|ai|bot|coach|tutor|system)"
_LEADING_ROLE = re.compile(rf"^\s*(?:\*\*)?{_ROLE}\s*(?:\*\*)?\s*:\s*(?:\*\*)?\s*", re.IGNORECASE)
_OTHER_SPEAKER = re.compile(r"^\s*(?:user|human|person|storyteller|you)\s*:", re.IGNORECASE | re.MULTILINE)
_MARKERS = re.compile(
    r"```[a-zA-Z]*|</?tool_call>|</?tools?>|</?function[^>]*>|<\|[a-z_]+\|>|\[/?TOOL_CALLS\]|\[/?INST\]",
    re.IGNORECASE,
)
_WORD = re.compile(r"[^\W\d_]{2,}")
_SENTENCE_END = re.compile(r"[.?!…](?=[\s\"”»)]|$)")


@dataclass(slots=True)
class Split:
    text: str  # the reply with every piece of machine text taken out (not yet cleaned)
    calls: list[ToolCall] = field(default_factory=list)  # text-written calls naming a real tool
    dropped: list[str] = field(default_factory=list)  # machine text that named no tool (or was cut off)

    @property
    def had_machine_text(self) -> bool:
        return bool(self.calls or self.dropped)


def split_reply(text: str, tool_names: Collection[str]) -> Split:
    """Take text-written tool calls (and any other JSON) out of ``text``."""
    out = Split("")
    kept: list[str] = []
    pos = 0
    i = text.find("{")
    while i != -1:
        try:
            value, end = _DECODER.raw_decode(text, i)
        except json.JSONDecodeError:
            if re.match(r"\{\s*(\"|$)", text[i:]):  # JSON cut off (at the token cap): drop the rest
                start = _call_prefix(text, i, pos, tool_names)[0]
                kept.append(text[pos:start])
                out.dropped.append(text[start:])
                pos = len(text)
                break
            i = text.find("{", i + 1)
            continue
        start, named = _call_prefix(text, i, pos, tool_names)
        call = _as_call(value, named, tool_names, len(out.calls))
        if call is not None:
            out.calls.append(call)
        else:
            out.dropped.append(text[start:end])
        kept.append(text[pos:start])
        pos = _call_suffix(text, end)
        i = text.find("{", pos)
    kept.append(text[pos:])
    joined = "".join(kept)
    # A call written as name(args) without JSON, e.g. ``annotate_response()``, or a bare tool name line.
    names = "|".join(re.escape(n) for n in tool_names)
    if names:
        bare = re.compile(rf"(?:^|\s)(?:{names})\s*(?:\([^)]*\)|;)?(?=\s|$)")
        found = bare.findall(joined)
        if found:
            out.dropped.extend(f.strip() for f in found)
            joined = bare.sub(" ", joined)
    stripped = _MARKERS.sub(" ", joined)
    if stripped != joined:
        out.dropped.append("markers")
    out.text = stripped
    return out


_BEFORE_JSON = re.compile(
    r"(?:\b(?P<name>[A-Za-z_]\w*)\s*[;:(]?\s*)?(?P<wrap>(?:```[a-zA-Z]*\s*|<tool_call>\s*|\(\s*)*)$"
)


def _call_prefix(text: str, brace: int, floor: int, tool_names: Collection[str]) -> tuple[int, str | None]:
    """Where the machine text around the JSON at ``brace`` starts, and the tool named just before it."""
    m = _BEFORE_JSON.search(text, floor, brace)
    if m is None:
        return brace, None
    name = m.group("name")
    if name is not None and name in tool_names:
        return m.start(), name
    return m.start("wrap"), None


def _call_suffix(text: str, end: int) -> int:
    m = re.match(r"\s*(?:\)|```|</tool_call>|;)*", text[end:])
    return end + (m.end() if m else 0)


def _as_call(value: object, named: str | None, tool_names: Collection[str], index: int) -> ToolCall | None:
    if not isinstance(value, dict):
        return None
    name, args = named, value
    if isinstance(value.get("name"), str) and ("arguments" in value or "parameters" in value):
        name = value["name"]
        args = value.get("arguments", value.get("parameters"))
        if isinstance(args, str):
            try:
                args = json.loads(args)
            except json.JSONDecodeError:
                return None
    elif isinstance(value.get("function"), dict):  # {"type": "function", "function": {...}}
        return _as_call(value["function"], named, tool_names, index)
    if name not in tool_names or not isinstance(args, dict):
        return None
    return ToolCall(f"text_call_{index}", name, json.dumps(args))


def clean(text: str, person_name: str | None = None) -> str:
    """Role labels, wrapping quotes, a made-up next turn of the person, stray whitespace: gone."""
    s = text.strip()
    cut = _OTHER_SPEAKER.search(s)
    if person_name:
        named = re.search(rf"^\s*{re.escape(person_name)}\s*:", s, re.IGNORECASE | re.MULTILINE)
        if named is not None and (cut is None or named.start() < cut.start()):
            cut = named
    if cut is not None and cut.start() > 0:
        s = s[: cut.start()]
    while True:
        before = s
        s = _LEADING_ROLE.sub("", s).strip()
        s = s.lstrip(_QUOTES + "'` ").strip()
        if s == before:
            break
    s = s.rstrip("`").rstrip()
    if sum(s.count(q) for q in '"“”') % 2 == 1 and s and s[-1] in _QUOTES:
        s = s[:-1].rstrip()  # the end of a wrapping quote whose start was already taken off
    s = re.sub(r"[ \t]+", " ", s)
    s = re.sub(r"\s*\n\s*\n\s*", "\n\n", s)
    return s.strip()


def trim_to_sentence(text: str) -> str:
    """A reply cut off at the token cap, back to its last complete sentence ('' if none)."""
    ends = list(_SENTENCE_END.finditer(text))
    return text[: ends[-1].end()].strip() if ends else ""


def echoes(text: str, instructions: str, n: int = 5, names: Collection[str] = ()) -> bool:
    """Whether ``text`` repeats ``n`` words in a row of the instructions (small models echo them), the person's
    names left out of both: the 0.5B model said "Greet Papus warmly in one sentence." to a cue that named him
    "Papus Jozef Horvath". ``instructions`` is only our short task line or cue, so five words are enough."""
    left_out = {w for name in names for w in re.findall(r"\w+", name.lower())}
    said = [w for w in re.findall(r"\w+", text.lower()) if w not in left_out]
    if len(said) < n:
        return False
    told = [w for w in re.findall(r"\w+", instructions.lower()) if w not in left_out]
    grams = {tuple(told[i : i + n]) for i in range(len(told) - n + 1)}
    return any(tuple(said[i : i + n]) in grams for i in range(len(said) - n + 1))


_QUOTE_WORDS = 3  # words in a row of a private answer that a reply may not say back


def quotes(text: str, answer: str, n: int = _QUOTE_WORDS) -> bool:
    """Whether ``text`` says back ``n`` words in a row of ``answer`` with one of four letters or more
    among them ("your aunt Gertrud passed away", "her funeral in Ghent"), not only small words
    ("and I was")."""
    said = re.findall(r"\w+", text.lower())
    told = re.findall(r"\w+", answer.lower())
    grams = {tuple(told[i : i + n]) for i in range(len(told) - n + 1)}
    runs = (tuple(said[i : i + n]) for i in range(len(said) - n + 1))
    return any(run in grams and any(len(w) >= 4 for w in run) for run in runs)


_THIRD_PERSON = frozenset("s he she him her his hers they them their theirs".split())


def reads_intention(text: str, intention: str | None, n: int = 6) -> bool:
    """Whether ``text`` says back ``n`` words in a row of the session's intention that speak of
    someone in the third person ("help you with Halmeoni's life in the sea … how she came to Los
    Angeles"): the family wrote it about the storyteller, and read aloud it talks past them.
    A run without such a word ("growing up on the farm in Iowa") is a fair question's words."""
    if not intention:
        return False
    said = re.findall(r"\w+", text.lower())
    told = re.findall(r"\w+", intention.lower())
    grams = {tuple(told[i : i + n]) for i in range(len(told) - n + 1)}
    runs = (tuple(said[i : i + n]) for i in range(len(said) - n + 1))
    return any(run in grams and _THIRD_PERSON.intersection(run) for run in runs)


def problem(
    text: str,
    max_chars: int,
    tool_names: Collection[str],
    instructions: str = "",
    asked: Collection[str] = (),
    person_name: str | None = None,
    intention: str | None = None,
    answer: str | None = None,
    *,
    exchanges: Sequence[tuple[str | None, str]] = (),
    kind: str = "story",
) -> str | None:
    """Why ``text`` cannot be shown as the interviewer's question, or None if it can.
    ``asked``: the session's earlier questions, oldest first; ``answer``: the person's last answer;
    ``exchanges``: the recent (question, answer) pairs, oldest first (whose pronouns the reply keeps:
    :func:`agent.pronouns.agree` puts a contradiction right first where it can); ``kind``: the session's
    (only a story has a storyteller for the model to speak as)."""
    if not text.strip():
        return "empty"
    if len(_WORD.findall(text)) < 2:
        return "no words"
    if re.search(r"[{}\[\]<>]|\"\w+\"\s*:|```", text) or any(
        re.search(rf"\b{re.escape(n)}\b", text) for n in tool_names
    ):
        return "machine text"
    if len(text) > max_chars:
        return "over the cap"
    if instructions and echoes(text, instructions, names=[person_name] if person_name else ()):
        return "echoed the instructions"
    if _REFUSAL.search(text):
        return "an assistant's refusal"
    if person_name and _of_the_person(text, person_name):
        return "speaks of the person, not to them"
    if reads_intention(text, intention):
        return "reads the intention aloud"
    if answer and says_back(text, answer):
        return "says the person's answer back"
    if kind == "story" and tells_as_the_person(text):
        return "speaks as the person"
    if exchanges and agree(text, exchanges) != text:
        return "a pronoun contradicts the person's"
    said = _normal(text)  # a short prompt ("Go on.", "And then?") may come back; a question should not
    if len(said.split()) >= 4 and any(_normal(before) == said for before in asked):
        return "repeats an earlier question"
    if len(said.split()) >= 3 and asked and _normal(list(asked)[-1]) == said:
        return "repeats the last question"  # held-out violin: "What did you do?" four turns running
    if asked_before(text, asked):
        return "repeats an earlier question"
    return None


_INVITE = re.compile(
    r"^(?:(?:so|now|then|and|please|next|first|perhaps|maybe)\b[,:]?\s+)*(?:do\s+|could you\s+|would you\s+)?"
    r"(?:tell me|tell us|describe|share|talk (?:to me )?about|walk me through|say more|go on|take me|"
    r"picture|think (?:of|back)|imagine|let me know|start with|try|play|begin with)\b",
    re.IGNORECASE,
)
_LEAD = re.compile(
    r"^(?:you mentioned|you said|you told me|let's|let us|i'd love|i would love|of course|yes|gladly|and )",
    re.IGNORECASE,
)
_SENTENCES = re.compile(r"(?<=[.?!…])[\"”»)]*\s+")
_ACK_WORDS = 30  # a statement kept in front of the added question is one short acknowledgement
_ACK_SENTENCES = 2


def sentences(text: str) -> list[str]:
    return [s.strip() for s in _SENTENCES.split(text.strip()) if s.strip()]


_MOST_QUESTIONS = 2  # "Where were you? Who was with you?" is one turn's asking; more is a questionnaire


def first_questions(text: str, most: int = _MOST_QUESTIONS) -> str:
    """``text`` up to its ``most``-th question: a small model sometimes runs on with a chain of template
    questions ("What did Ozite do? What was his name? What was his father? …"), and an interviewer asks one
    thing at a time. Everything before the first question (an acknowledgement) is kept."""
    said = sentences(text)
    asking = [n for n, s in enumerate(said) if s.rstrip("\"”»)' ").endswith("?")]
    if len(asking) <= most:
        return text
    return " ".join(said[: asking[most - 1] + 1])


def invites(text: str, items: Collection[str] = ()) -> bool:
    """Whether ``text`` leaves the person something to answer: a question, a sentence that asks them
    to tell or do something ("Tell me about…", "Start with the long tones."), or, in a practice or
    study session, the next item itself (``items``: its exercise names and question prompts)."""
    if "?" in text:
        return True
    if any(_INVITE.match(s) for s in sentences(text)):
        return True
    low = _normal(text)
    return any(len(n) >= 3 and f" {n} " in f" {low} " for n in (_normal(i) for i in items))


def acknowledgement(text: str) -> str | None:
    """``text`` as the opening of a reply when it is one short acknowledgement ("That sounds like a
    happy kitchen."); None when it is a speech of its own (a retelling, advice, a summary), which
    is better replaced than prefixed to a question."""
    said = sentences(text)
    words = len(_WORD.findall(text))
    if not said or len(said) > _ACK_SENTENCES or words > _ACK_WORDS or "\n" in text.strip():
        return None
    if not re.search(r"[.!…]$", text.strip()):
        return None  # cut off, or a list: not a sentence to build on
    if re.search(r"[\"“”]", text):
        return None  # quoting: 'The answer to the question "a cell wall" is a membrane.' (a wrong grade)
    if len(found := _WORD.findall(text)) >= 2 and all(w[0].isupper() for w in found):
        return None  # names only: "Mr. Fontenot, Ras." (the 0.5B model on held-out Odile) says nothing
    return text.strip()


def question_part(text: str) -> str:
    """The question at the end of an interviewer's reply: its last sentences that ask (a
    greeting and an acknowledgement before them are left out), or the whole text."""
    said = sentences(text)
    end = len(said)
    while end > 0 and not ("?" in said[end - 1] or _INVITE.match(said[end - 1])):
        end -= 1
    if end == 0:
        return text.strip()
    start = end - 1
    while start > 0 and ("?" in said[start - 1] or _INVITE.match(said[start - 1])):
        start -= 1
    if start > 0 and _LEAD.match(said[start - 1]):
        start -= 1  # "You mentioned your grandmother Maria." names who the question's "her" is
    return " ".join(said[start:end])


# "I'm sorry, but I can't assist with that.", "I don't have enough information to answer your question",
# "How can I assist you today?": the 0.5B model answering as a chat assistant, not an interviewer.
_REFUSAL = re.compile(
    r"\b(?:I can(?:'|’)?not|I can(?:'|’)t|I am unable to|I'm unable to) (?:assist|help|answer|provide)|"
    r"\bdon(?:'|’)t have enough information\b|\bas an AI\b|\bhow can I (?:assist|help) you\b",
    re.IGNORECASE,
)
_AUX = r"(?:did|does|do|has|had|was|is|would|could|can|will)"
_SAYS = r"(?:said|says|say|told|tells|tell|mentioned|mentions|mention|described|describes|describe|remembers|remember)"


def _of_the_person(text: str, person_name: str) -> bool:
    """ "What did Kofi Mensah say about the beach?": the 0.5B model, told "Kofi Mensah just said …",
    asks about the person instead of asking them."""
    inner = re.findall(r"\(([^)]*)\)", person_name)  # "Mum (Inês Carvalho)": Inês too
    names = {person_name.strip(), *(p.split()[0] for p in [person_name.strip(), *inner] if p.split())} - {""}
    for name in names:
        n = re.escape(name)
        if re.search(rf"\b{_AUX}\s+{n}\b|\b{n}\s+(?:{_AUX}\s+)?{_SAYS}\b", text, re.IGNORECASE):
            return True
    return False


# The storyteller's own telling, in their first person: "I remember the mine whistle", "my father came
# home black", "we moved to Leeds". The interviewer speaks in the first person too ("I'd love to hear…",
# "I wonder…", "I've kept those words of yours", "where we left off", "our time is nearly up"): of itself
# and the conversation, or to the person ("you"), never of a life with its own people and past.
_IRREGULAR_PAST = frozenset(
    """went came grew saw took made knew left ran sat stood fought bought brought built found gave lost met
    paid rode sang slept spent swam taught won wore ate drank drove fell flew hid held lay led rang rose sold
    sent shot shut stole woke broke caught chose dug drew forgot froze hung lit became beat bit blew fed fled
    sank shook swept tore wept wound""".split()
)
# What the interviewer says it did or felt ("I've noted that", "we talked about…", "I loved that").
_CONVERSATION_VERBS = frozenset(
    """talked spoke said told mentioned asked covered discussed noted kept wrote written heard reached
    finished started stopped paused got loved liked enjoyed appreciated noticed wondered hoped thought felt
    imagined pictured guessed understood gathered meant saved recorded wanted tried missed shared explored""".split()
)
# What the interviewer may call its own or the conversation's ("my condolences", "our time together").
_INTERVIEWER_OWN = frozenset(
    """time session sessions conversation chat talk question questions pleasure condolences sympathy
    sympathies thanks apologies apology heart mind notes note guess goodness god gosh dear word honour
    honor privilege name role goal purpose aim task journey interview""".split()
)
_SECOND_PERSON = re.compile(r"\b(?:you|your|yours|yourself|yourselves|y'all)\b", re.IGNORECASE)
_QUOTED = re.compile(r"[\"“][^\"“”]*[\"”]")
_TELLING = re.compile(
    r"\b(?:I|we)\s+(?:(?:still|always|never|often|once|all|both|also|even|then|just)\s+)?(?:remember|recall)\b|"
    r"\bI(?:'ll| will) never forget\b|\b(?:I|we) (?:can|could) still (?:see|hear|smell|taste|feel|picture)\b|"
    r"\b(?:I|we) used to\b",
    re.IGNORECASE,
)
_FIRST_PAST = re.compile(
    r"\b(?:I|we)(?:['’]ve)?\s+(?:(?:still|always|never|often|once|all|both|also|even|then|just|first)\s+)?"
    r"([a-z]+)(?:\s+(\w+))?",
    re.IGNORECASE,
)
_OWNED = re.compile(r"\b(?:my|our)\s+((?:[^\W\d_][\w'’-]*\s*){1,3})", re.IGNORECASE)


def tells_as_the_person(text: str) -> bool:
    """Whether ``text`` tells the storyteller's own story in their first person ("I remember the mine
    whistle, my father came home…"): the model speaking as the person instead of asking them. A sentence
    that speaks to the person ("I remember you said…") or of the interviewer's own doing ("I'd love to
    hear…", "I've noted that", "where we left off") is not one."""
    for sentence in sentences(_QUOTED.sub(" ", text)):
        if _SECOND_PERSON.search(sentence):
            continue
        if _TELLING.search(sentence):
            return True
        for m in _FIRST_PAST.finditer(sentence):
            verb, after = m.group(1).lower(), (m.group(2) or "").lower()
            past = verb in _IRREGULAR_PAST or (verb.endswith("ed") and len(verb) > 4)
            if (
                past
                and verb not in _CONVERSATION_VERBS
                and not (verb in ("left", "went", "walked") and after in ("off", "through", "over"))
            ):
                return True
        for m in _OWNED.finditer(sentence):
            words = re.findall(r"[^\W\d_]+", m.group(1).lower())
            if words and not _INTERVIEWER_OWN.intersection(words):
                return True
    return False


_SAID_BACK_WORDS = 3  # an opening sentence this long that is the person's own is their words, not ours


def says_back(text: str, answer: str) -> bool:
    """Whether ``text`` opens with the person's last answer: all of it, or one of its sentences
    ("No sense dwelling on it. Ask your next one." came back with a question added). A reply that
    speaks their words as its own is not the interviewer speaking; a few of their words inside a
    question of its own ("Queenie the mule — what was she like to work beside?") are."""
    told = _normal(answer)
    said = _normal(text)
    if not told or not said:
        return False
    if said == told or (len(told.split()) >= _SAID_BACK_WORDS and f"{said} ".startswith(f"{told} ")):
        return True
    opening = _normal(sentences(text)[0])
    return len(opening.split()) >= _SAID_BACK_WORDS and opening in {_normal(s) for s in sentences(answer)}


_REPEAT_WORDS = 3  # shorter prompts ("And then?", "Go on.") may come back; "Who was father?" twice may not


def asked_before(text: str, asked: Collection[str]) -> bool:
    """Whether the question ``text`` ends on was already asked in this session, whatever opens it
    ("I can almost see Fort Jackson as you describe it. When you look back on … what does it mean
    to you?" five times, each behind another place; "Who was father?" three turns apart). The asking
    part (:func:`question_part`) keeps a "Tell me about Leroy." or "You mentioned Cincinnati." before
    it: that names who "he" or "it" is, so another name is another question."""
    if "?" not in text and not any(_INVITE.match(s) for s in sentences(text)):
        return False
    part = _normal(question_part(text))
    if len(part.split()) < _REPEAT_WORDS:
        return False
    return any(part == _normal(question_part(before)) for before in asked)


_COPIED_WORDS = 6  # a lead-in this long said word for word before is copied ("Thank you." may come back)


def without_copied_lead(text: str, asked: Collection[str]) -> str:
    """``text`` without the sentences before its question that an earlier reply of this session already
    said word for word, when they come to six words or more. The 0.5B model, reading the guided
    interviewer's replies in its history, opened seven replies running with "That sounds like it was
    hard. Thank you for sharing it with me. I've kept those words of yours.": a feeling the answer did
    not tell and a save nobody made. Its own question after them stays (then checked like any)."""
    said = sentences(text)
    part = question_part(text)
    if part == text.strip() or not said:
        return text
    lead = said[: max(len(said) - len(sentences(part)), 0)]
    before = {_normal(s) for earlier in asked for s in sentences(earlier)}
    copied = [s for s in lead if _normal(s) in before]
    if sum(len(_normal(s).split()) for s in copied) < _COPIED_WORDS:
        return text
    return " ".join([*(s for s in lead if s not in copied), part])


# Stock delight ("That's so wonderful.", "How lovely!", "What a beautiful memory.", "I love that!"): a sentence that
# says nothing of the answer. The 0.5B model opened four replies of one story with "That's so wonderful.", one just
# after a child's death had been met with care.
_DELIGHT = re.compile(
    r"^(?:(?:oh(?:\s+my(?:\s+goodness)?)?|ah|wow|aw+|my\s+goodness)[,!]?\s+)*"
    r"(?:(?:(?:that|this|it)(?:['’]s|\s+is|\s+was|\s+sounds)\s+|how\s+|what\s+(?:an?\s+)?)?"
    r"(?:(?:so|really|just|truly|absolutely|very|such\s+an?)\s+)*"
    r"(?:wonderful|lovely|amazing|great|fantastic|beautiful|delightful|marvell?ous|brilliant|awesome|incredible"
    r"|splendid|fabulous|terrific|superb|exciting|fascinating|charming|sweet|nice|cool|neat|precious|joy|delight)"
    r"(?:\s+(?:memory|memories|story|stories|thing|news|moment|picture|image|detail|to\s+hear))?"
    r"|i\s+(?:just\s+|really\s+)?love\s+(?:that|this|it|hearing\s+(?:that|this)))"
    r"(?:,\s*[^\W\d_]+)?\s*[.!…]+$",
    re.IGNORECASE,
)


def stock_delight(sentence: str) -> bool:
    """``sentence`` is an exclamation of delight and nothing else ("That's so wonderful.", "How lovely, Ana!")."""
    return bool(_DELIGHT.match(sentence.strip().strip('"“”')))


def without_stock_delight(text: str, asked: Collection[str], *, after_care: bool, answer: str | None = None) -> str:
    """``text`` without its stock delight (:func:`stock_delight`) before its question, when a loss was just met with
    care (``after_care``) or an earlier reply of the session (``asked``: the model's own, not the guided ones) already
    said one: warmth that says nothing of the answer rings false beside a death, and worse each time it comes back.
    The first one stays, and any one when the ``answer`` told good news ("What wonderful news!" of a birth after a
    loss) or, away from care, asked something (the delight may be the reply: "It's lovely!")."""
    said = sentences(text)
    if not any(stock_delight(s) for s in said if "?" not in s):
        return text
    if answer and (good_news(answer) or ("?" in answer and not after_care)):
        return text
    if not after_care and not any(stock_delight(s) for before in asked for s in sentences(before)):
        return text
    return " ".join(s for s in said if "?" in s or not stock_delight(s))


def models_replies(asked: Sequence[InteractionView]) -> list[str]:
    """The replies of ``asked`` in the model's words: not the guided interviewer's said instead (a fallback, a guided
    moment), whose "What a lovely memory." is no delight the model already said."""
    own = []
    for view in asked:
        data = view.data or {}
        if view.agent_prompt and (data.get("fallback") or {}).get("by") != "guided" and not data.get("guided_moment"):
            own.append(view.agent_prompt)
    return own


# Good news told: a birth, a wedding, a recovery, a safe return, an exam passed ("my daughter was born, strong and
# healthy"); never denied nor beside a death ("he never recovered", "born, and died a week later").
_GOOD_NEWS = re.compile(
    r"\b(?:was|were|got|is|are|been)\s+born\b|\bgave\s+birth\b|\b(?:got|were|was)\s+(?:married|engaged)\b"
    r"|\b(?:recovered|pulled\s+through|cured|in\s+remission|safe\s+and\s+sound|came\s+home\s+safe|graduated"
    r"|passed\s+(?:the|my|his|her|their|our)\s+(?:\w+\s+)?(?:exams?|test)|got\s+the\s+(?:job|place|scholarship))\b",
    re.IGNORECASE,
)
_NEWS_UNDONE = re.compile(
    r"\b(?:never|not|no|n['’]t|died|dead|death|stillborn|lost|passed\s+away|buried|funeral)\b", re.IGNORECASE
)


def good_news(answer: str) -> bool:
    """``answer`` tells good news in a sentence of its own (:data:`_GOOD_NEWS`)."""
    return any(_GOOD_NEWS.search(s) and not _NEWS_UNDONE.search(s) for s in sentences(answer))


# The coach's words for an item recorded ("Spider: done.", "Great, Sight reading is ticked off (12 minutes).", "Got it:
# Scales done in 8 minutes.", "Noted: Etude partly done"). The 0.5B model, reading them in its history, says them of
# what nobody recorded: "Great, Coffee is ticked off (12 minutes).", "Got it: Godelieve, stop dreaming, work." (the
# words a teacher used to say, quoted by the person).
_LABEL = re.compile(
    r"^\W*(?:great|good|ok(?:ay)?|right|thanks?(?:\s+you)?)?[,!\s]*"
    r"(?:(?:got\s+it|noted|done|recorded|logged)\s*:|(?:got\s+it|noted|recorded|logged)\s[-–—]\s)",
    re.I,
)
_RECORD_SAID = re.compile(
    r"\b(?:ticked|checked|crossed)\s+off\b|:\s*(?:done|finished|complete(?:d)?)\b"
    r"|\b(?:done|finished|completed)\s+in\s+(?:\d|an?\b|one\b|two\b|three\b|four\b|five\b|six\b|seven\b|eight\b|nine\b"
    r"|ten\b|eleven\b|twelve\b|fifteen\b|twenty\b|thirty\b|forty\b|fifty\b|half\b)"
    r"|\bpartly\s+done\b|\bin\s+the\s+notes\b|\b(?:i['’]ve|i\s+have)\s+(?:noted|recorded|logged|marked|ticked)\b"
    # "Marked the Nocturne as done.", "I'll mark the kata as finished" (the speaker's marking, not a teacher's)
    r"|(?:^\W*|\b(?:i|we)(?:['’](?:ll|ve)|\s+(?:will|have|just))?\s+)mark(?:ed)?\s+(?:\w+\s+){0,4}?as\s+"
    r"(?:done|finished|complete(?:d)?)\b",
    re.IGNORECASE,
)
# "ticked off" of someone annoyed, never an item: "You must have been ticked off when your thumb slipped", "it
# ticked him off", "I'd be ticked off at that".
_ANNOYED = re.compile(
    r"\b(?:i|you|he|she|we|they|teacher|someone|anyone)\b(?:\s+\w+){0,3}?\s+(?:be|been|was|were|am|are|is|get|got"
    r"|getting|feel|felt|'m|'re|’m|’re)\s+(?:so\s+|really\s+|a\s+(?:bit|little)\s+|quite\s+|pretty\s+)?ticked\s+off\b"
    r"|\bticked\s+(?:me|you|him|her|us|them)\s+off\b|\bticked\s+off\s+(?:when|at|with|about|that|because|by)\b",
    re.IGNORECASE,
)
# An item passed over, as the coach says it ("No problem, we'll leave Scales for now.", "Etude can wait for another
# day."): said by the 0.5B model of an item just reported done in twelve minutes.
_PASSED_SAID = re.compile(
    r"\bleave\s+(?:\w+\s+){1,5}for\s+(?:now|today|another\s+day|next\s+time)\b|\bcan\s+wait\b"
    r"|\bdid(?:n['’]t|\s+not)\s+happen\b",
    re.IGNORECASE,
)
_NOT_TICKED = re.compile(r"\bpartly\b|\bnot\s+(?:yet\s+)?ticked\b|\bpart\s+of\b|\bin\s+part\b", re.IGNORECASE)
_DONE_WORD = re.compile(r"\b(?:done|finished|complete(?:d)?|(?:ticked|checked|crossed)\s+off)\b|:\s*\d", re.IGNORECASE)
_NOTE_WORD = re.compile(r"\bnoted\b|\bnotes\b", re.IGNORECASE)
# A clause of a sentence: the record said in one ("Since the scales are already ticked off, the Nocturne is left.")
# names its own item, not the next clause's.
_CLAUSES = re.compile(r"\s*(?:[,;]|\s[-–—]\s|\bbut\b)\s*", re.IGNORECASE)
# "Etude No. 3", "Op. 10": an abbreviation before a number ends no sentence.
_NUMBERED = re.compile(r"\b(No|Nr|Op|Vol|Bk|Ex|Nos)\.(?=\s*\d)", re.IGNORECASE)
_DOT = "\u2024"


def said_sentences(text: str) -> list[str]:
    """:func:`sentences`, with a number's abbreviation ("No. 3", "Op. 10") kept inside its sentence."""
    return [s.replace(_DOT, ".") for s in sentences(_NUMBERED.sub(lambda m: m.group(1) + _DOT, text))]


@dataclass(frozen=True, slots=True)
class RecordSaid:
    """A sentence of a reply that says an item was recorded (``kind``): "done" (in these ``minutes``), "noted" (done
    in part, or a note) or "passed" (left for now). ``clause``: the words that say it (a label's whole sentence)."""

    sentence: str
    kind: str
    minutes: tuple[float, ...] = ()
    clause: str = ""


def clauses(said: str) -> list[str]:
    """The clauses of a sentence, as :func:`records_said` cuts them."""
    return [c for c in _CLAUSES.split(said) if c.strip()]


def _clause(said: str, match: re.Match[str]) -> str:
    """The clause of ``said`` holding ``match``."""
    start = end = None
    for cut in _CLAUSES.finditer(said):
        if cut.end() <= match.start():
            start = cut.end()
        elif cut.start() >= match.end() and end is None:
            end = cut.start()
    return said[start or 0 : end if end is not None else len(said)].strip()


def records_said(text: str) -> list[RecordSaid]:
    """The sentences of ``text`` (none that asks) saying an item was recorded, as the coach says it."""
    found: list[RecordSaid] = []
    for said in said_sentences(text):
        if "?" in said:
            continue
        label, match = _LABEL.search(said), _RECORD_SAID.search(said)
        if label or (match is not None and not _ANNOYED.search(said)):
            clause = said if label or match is None else _clause(said, match)
            minutes = tuple(float(n) for n in re.findall(r"\d+(?:\.\d+)?", clause))
            noted = _NOT_TICKED.search(clause) or (_NOTE_WORD.search(clause) and not _DONE_WORD.search(clause))
            found.append(RecordSaid(said, "noted" if noted else "done", minutes, clause))
        elif (passed := _PASSED_SAID.search(said)) is not None:
            # the item passed over is the one said up to it ("Tea can wait", not "Good that the slip didn't happen in
            # the Nocturne")
            clause = _clause(said, passed)
            found.append(
                RecordSaid(said, "passed", clause=clause[: clause.find(passed.group(0)) + len(passed.group(0))])
            )
    return found


def without_sentences(text: str, dropped: Collection[str]) -> str:
    """``text`` without the sentences ``dropped`` (as :func:`records_said` cut them)."""
    return " ".join(s for s in said_sentences(text) if s not in dropped)


def _normal(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.lower()))


class StreamFilter:
    """Passes a streamed reply on to ``sink`` only once it is clearly prose, a word at a time.

    It holds back a leading quote or role label, and stops passing text on at the first
    sign of machine text (a brace, a fence, a tool name); the turn's result carries the
    final, cleaned reply either way. With ``hold`` nothing is passed on until :meth:`finish`
    (a reply to a private answer is checked whole first: it may say the answer's words back).
    """

    def __init__(
        self, sink: TextSink, tool_names: Collection[str], person_name: str | None = None, *, hold: bool = False
    ) -> None:
        self.sink = sink
        self.tool_names = tool_names
        self.person_name = person_name
        self.raw = ""
        self.sent = ""
        self.stopped = hold

    async def __call__(self, piece: str) -> None:
        self.raw += piece
        if self.stopped:
            return
        safe = self._safe(self.raw)
        if safe is None:
            self.stopped = True
            return
        if safe.startswith(self.sent) and len(safe) > len(self.sent):
            new, self.sent = safe[len(self.sent) :], safe
            await self.sink(new)

    async def finish(self, final: str) -> None:
        """Send what is left of ``final`` if the text sent so far is its beginning."""
        sent = self.sent.rstrip()
        if final.startswith(sent) and len(final) > len(sent):
            rest = final[len(sent) :]
            await self.sink(rest.lstrip() if self.sent != sent else rest)
            self.sent = final

    def _safe(self, raw: str) -> str | None:
        """The part of ``raw`` sure to be shown ('' while unsure), None once it is machine text."""
        s = raw.lstrip()
        while True:
            before = s
            s = _LEADING_ROLE.sub("", s).lstrip(_QUOTES + "'` ").lstrip()
            if s == before:
                break
        if not s:
            return ""
        if s[0] in "{[(<`" or s.startswith("```"):
            return None
        first = re.match(r"[A-Za-z_][A-Za-z0-9_]*", s)
        if first is not None and first.end() == len(s):
            return ""  # the first word may still be a role label or a tool name
        if first is not None and (first.group() in self.tool_names or s[first.end() : first.end() + 1] in ";({"):
            return None
        if first is not None and s[first.end() : first.end() + 1] == ":" and re.fullmatch(_ROLE, first.group(), re.I):
            return ""
        m = re.search(r"[{<`\[]|" + "|".join(rf"\b{re.escape(n)}\b" for n in self.tool_names or ["\0"]), s)
        if m is not None:
            s = s[: m.start()]
            self.stopped = True
        cut = _OTHER_SPEAKER.search(s)
        if cut is not None:
            s = s[: cut.start()]
            self.stopped = True
        last_space = max(s.rfind(" "), s.rfind("\n"))
        if self.stopped:
            return s.rstrip(_QUOTES + " \n")
        return s[: last_space + 1] if last_space >= 0 else ""
