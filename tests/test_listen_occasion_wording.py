"""The question about a public figure seen in person says the figure as the teller did ("the Pope", "his
holiness"), so a line that opens with the figure starts its sentence with a capital, never "the Pope in person:"."""

from __future__ import annotations

import pytest

from agent.guided.phrasing import variants


@pytest.mark.parametrize("figure", ["the Pope", "his holiness", "President Kennedy"])
def test_every_line_starts_with_a_capital(figure: str) -> None:
    lines = variants("story/occasion", figure=figure)
    assert len(lines) == 3
    assert all(line[0].isupper() for line in lines)
    assert all(figure[1:] in line for line in lines)
