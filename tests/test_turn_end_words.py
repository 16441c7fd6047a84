"""The words as a second end-of-turn signal (audio.endpoint.reading): which last words cannot end a sentence.

By category (articles, possessives, conjunctions, titles, contracted auxiliaries, a word broken off; a
preposition, an auxiliary or a subject pronoun unless the sentence strands it), in wordings of no
benchmark set, with the look-alikes that must not read as open. Whisper's full stop counts for nothing.
"""

from __future__ import annotations

import pytest

from audio.endpoint import Reading, reading


@pytest.mark.parametrize(
    "text",
    [
        "Then my father bought a",  # article
        "We all climbed into the.",  # Whisper's full stop on a fragment changes nothing
        "She kept every",
        "He sold the farm to our",  # possessive determiner
        "I packed up my",
        "We waited and",  # conjunction
        "The harvest was late because",
        "It rained all summer, but",
        "I asked her whether",
        "We called on Mrs.",  # title
        "The doctor was Dr",
        "And I think we'd",  # contracted auxiliary
        "Then she said it's",
        "Well, um",  # a filler: still thinking
        "My uncle built a wooden b-",  # a word broken off
        "The cottage belonged to a cousin of",  # a preposition nothing strands
        "We sent the parcels from",
        "Every winter we went to",
        "The best teacher I ever had was",  # an auxiliary nothing strands
        "After the war the shop had",
        "In the spring of that year they",  # a subject pronoun
        "Once the rain stopped, she",
        "My brother and I were",  # an auxiliary after someone, in a telling: it goes on
        "Every Sunday after mass we would",
    ],
)
def test_a_last_word_that_cannot_end_a_sentence_reads_open(text: str) -> None:
    assert reading(text) is Reading.OPEN


@pytest.mark.parametrize(
    "text",
    [
        "Nobody knew where the money came from.",  # a wh-word strands the preposition
        "I can't remember what it was all about",
        "That's just how it was.",  # … and the auxiliary
        "I never learned who she was",
        "I wanted to.",  # "to" standing for a verb
        "We didn't have to",
        "Neither did I.",  # a subject pronoun after an auxiliary
        "He was taller than I",
        "Yes, I can.",  # an auxiliary straight after someone stands for the verb (review of 07e479d)
        "Mm, I think I have.",
        "He told me to.",
        "Oh well",  # too few words to read
        "Yes.",
        "",
    ],
)
def test_a_last_word_that_ends_a_sentence_in_its_construction_is_unsure(text: str) -> None:
    assert reading(text) is Reading.UNSURE


@pytest.mark.parametrize(
    "text",
    [
        "The ferry left at dawn",  # no full stop: the words alone read finished
        "That was the house we lived in.",  # particles end phrasal verbs, and a stranded "in"
        "That is where I grew up",
        "My grandmother passed away",
        "We named the dog after her",  # "her", "his": pronouns as well as possessives
        "The bicycle was his",
        "The wedding was in May",  # the month, not the auxiliary
        "We always ate at Maggie's",
        "My uncle had a well-to-do friend",  # a hyphen inside a word is no broken-off word
        "They worked the mill together",
        "I left school at 14.",  # a number ends a sentence (review of 07e479d: digits were no words)
        "The year was 1963.",
    ],
)
def test_any_other_transcript_of_three_words_or_more_reads_finished(text: str) -> None:
    assert reading(text) is Reading.FINISHED


@pytest.mark.parametrize(
    "text",
    [
        "When I was small, we spent every summer with",  # the wh-word is in a clause before the comma
        "The house that my father built burned in the war. Afterwards we lived with",  # … the sentence before
        "Nobody knew what the letter said and my mother waited for",  # … the clause before the conjunction
        "I can't tell you how cold it was; every morning the pipes were",
        "So every morning we walked to",  # a "so", "when" or "that" opening the clause joins it, strands nothing
        "When the war ended my uncle came back from",
        "That winter the whole village was",
    ],
)
def test_a_strander_outside_the_last_clause_leaves_its_preposition_or_auxiliary_open(text: str) -> None:
    assert reading(text) is Reading.OPEN


@pytest.mark.parametrize(
    "text",
    [
        "We sold the farm, which I was never fond of",  # the strander after the comma is in the last clause
        "After the war we went back, and nobody remembered where we came from",
        "When I was small, I never asked what it was for",
        "That was the man that I worked for",  # the opening "that" joins; the second strands
        "The lodger that Mrs. Pryce was fond of",  # a title's full stop ends no clause
        "The bike that cost 3.50 was the one I saved for",  # nor does a decimal point
    ],
)
def test_a_strander_in_the_last_clause_still_strands(text: str) -> None:
    assert reading(text) is Reading.UNSURE
