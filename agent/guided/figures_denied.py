"""A figure the learner denies is no answer they give, for the quiz grader's reading of numbers.

Kept apart from grading.py (at its size limit). "Not eight." to how many legs a spider has was graded right: a
figure said after "not" is no figure said on its own, and the grader fell back on the last figure said, the denied
one. Words were already read so ("not Mars" is no Mars); figures now are too: "not 1945", "it isn't eleven",
"never eight" give no answer, and "not six, eight" / "eight, not ten" give the other figure. Only "not", "never" and
a verb with "n't" right before the figure deny it: "not more than eight", "not quite eight" say eight otherwise and
keep it. The words that may stand beside a figure said alone (:data:`BARE`) moved here with it from grading.py.
"""

from __future__ import annotations

# Words that may stand beside a number said as the answer on its own ("It's twenty-seven, I think.").
BARE = frozenset(
    "it s is its that thats answer i think guess maybe so well yes yeah oh ah um uh er no wait actually or sorry "
    "rather mean perhaps probably say ll".split()
)
_DENIERS = frozenset({"not", "never"})
# "isn't" and the like as the grader normalises them: "isn t"
_CONTRACTED = frozenset({"isn", "wasn", "aren", "weren", "ain", "doesn", "don", "didn", "hasn", "haven"})


def denied_at(words: list[str], n: int) -> bool:
    """Whether the figure at ``words[n]`` (normalised words) is denied by the words right before it."""
    if n >= 1 and words[n - 1] in _DENIERS:
        return True
    return n >= 2 and words[n - 1] == "t" and words[n - 2] in _CONTRACTED
