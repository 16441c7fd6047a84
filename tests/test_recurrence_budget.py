"""Validating a series' rule costs work that does not depend on the machine or the hour.

The probe for a first occurrence is bounded by traced lines, not seconds, so a loaded machine
cannot turn a valid rule into a 422; and it stops at the first occurrence, so an everyday rule
costs a few thousand lines, far inside the budget, while a rule that never matches hits it.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from db.errors import InvalidField
from db.services.recurrence import _PROBE_BUDGET_LINES, Recurrence, _OverBudget, _within_budget, parse

EVERYDAY = ["FREQ=DAILY", "FREQ=WEEKLY;BYDAY=TU", "FREQ=MONTHLY;BYMONTHDAY=31", "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29"]


@pytest.mark.parametrize("rule", EVERYDAY)
def test_an_everyday_rule_finds_its_first_occurrence_in_a_small_fraction_of_the_budget(rule: str) -> None:
    recurrence = Recurrence(rule, datetime(2027, 3, 1, 10), "Europe/Berlin")
    first = _within_budget(recurrence.first, _PROBE_BUDGET_LINES // 20)
    assert first is not None and first == recurrence.between(first, first + timedelta(days=1))[0]


@pytest.mark.parametrize("rule", ["FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30", "FREQ=DAILY;BYMONTH=4;BYMONTHDAY=31"])
def test_a_rule_that_never_matches_is_stopped_by_the_budget_and_refused(rule: str) -> None:
    recurrence = Recurrence(rule, datetime(2027, 3, 1, 10), "Europe/Berlin")
    with pytest.raises(_OverBudget):
        _within_budget(recurrence.first, _PROBE_BUDGET_LINES)
    with pytest.raises(InvalidField) as refused:
        now = datetime(2027, 1, 1, tzinfo=UTC)
        parse(rule, datetime(2027, 3, 1, 10), "Europe/Berlin", until=None, count=None, now=now)
    assert refused.value.field == "rrule"


def test_the_first_occurrence_honours_until_and_count() -> None:
    assert Recurrence("FREQ=MONTHLY;BYMONTHDAY=31", datetime(2027, 2, 1, 10), "UTC", count=1).first() is not None
    until = datetime.fromisoformat("2027-02-20T00:00:00+00:00")
    assert Recurrence("FREQ=MONTHLY;BYMONTHDAY=31", datetime(2027, 2, 1, 10), "UTC", until=until).first() is None
