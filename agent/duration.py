"""How a length of time is written for people: one format everywhere (summaries, pages).

"<1 min", "25 min", "1 h 05 min", "2 h": whole minutes, because "1.6 minutes" in a summary
and "2 min" on the page beside it read as two different lengths.
"""

from __future__ import annotations


def minutes(value: float | None) -> str:
    """``value`` minutes as people read them; a dash for nothing."""
    if value is None:
        return "—"
    if 0 < value < 0.5:
        return "<1 min"
    total = round(value)
    if total < 60:
        return f"{total} min"
    hours, rest = divmod(total, 60)
    return f"{hours} h {rest:02d} min" if rest else f"{hours} h"
