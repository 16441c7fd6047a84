"""Render the Jinja2 templates in ``prompts/`` (StrictUndefined: a missing value is a bug)."""

from __future__ import annotations

from functools import cache
from typing import Any

from jinja2 import Environment, PackageLoader, StrictUndefined


@cache
def environment() -> Environment:
    # Built on first use, not at import; templates are plain text, so no HTML escaping.
    return Environment(
        loader=PackageLoader("prompts", "."),
        undefined=StrictUndefined,
        autoescape=False,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=False,
    )


def render(template: str, /, **context: Any) -> str:
    return environment().get_template(template).render(**context).strip()
