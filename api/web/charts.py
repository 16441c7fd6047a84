"""Small charts drawn on the server as inline SVG: no script, no chart library, nothing from a CDN.

Each chart is a ``viewBox`` that scales to its container (a phone's width or a desktop
card), carries a ``<title>`` and a ``<desc>`` stating its numbers for screen readers, and
has a ``data-chart`` name the page's tests look for. Text is escaped; only numbers we
computed go into coordinates.
"""

from __future__ import annotations

import hashlib
import math
from collections.abc import Sequence
from dataclasses import dataclass, field

from markupsafe import Markup, escape

WIDTH, HEIGHT = 400, 220
LEFT, RIGHT, TOP, BOTTOM = 44, 12, 14, 34
KIND_COLOURS = {"story": "#1d5c8f", "practice": "#1a7f37", "study": "#9a6700"}
LEVEL_NAMES = ["introduction", "exploration", "deep dive", "completion"]


@dataclass(frozen=True, slots=True)
class Line:
    name: str
    values: Sequence[float | None]
    colour: str = "#1d5c8f"
    dashed: bool = False
    dots: bool = True


@dataclass(frozen=True, slots=True)
class Bar:
    label: str
    parts: dict[str, float] = field(default_factory=dict)  # stacked, in the order given


def _number(value: float) -> str:
    """A short label: 0.875, 12.5, 1,250."""
    if value == 0:
        return "0"
    if abs(value) >= 1000:
        return f"{value:,.0f}"
    digits = max(0, 2 - math.floor(math.log10(abs(value))))
    return f"{value:.{digits}f}".rstrip("0").rstrip(".") if digits else f"{value:.0f}"


def _ticks(low: float, high: float, count: int = 4) -> list[float]:
    """Round tick values covering ``[low, high]`` (1, 2, 2.5 or 5 times a power of ten apart)."""
    if high <= low:
        high = low + (abs(low) or 1.0)
    raw = (high - low) / count
    power = 10 ** math.floor(math.log10(raw))
    step = next(m * power for m in (1, 2, 2.5, 5, 10) if m * power >= raw)
    start = math.floor(low / step) * step
    ticks = []
    value = start
    while value < high + step * 0.999 and len(ticks) < 12:
        ticks.append(round(value, 10))
        value += step
    return ticks


def _svg(name: str, title: str, desc: str, body: list[str], height: int = HEIGHT) -> Markup:
    ident = f"chart-{name}-{hashlib.sha1((title + desc).encode()).hexdigest()[:8]}"
    return Markup(
        f'<svg class="chart" data-chart="{escape(name)}" viewBox="0 0 {WIDTH} {height}" role="img" '
        f'preserveAspectRatio="xMidYMid meet" aria-labelledby="{ident}-t {ident}-d" '
        f'xmlns="http://www.w3.org/2000/svg">'
        f'<title id="{ident}-t">{escape(title)}</title><desc id="{ident}-d">{escape(desc)}</desc>'
        + "".join(body)
        + "</svg>"
    )


def _axes(ticks: list[float], y: object, labels: Sequence[str], x: object, unit: str = "") -> list[str]:
    body = []
    for tick in ticks:
        at = y(tick)  # type: ignore[operator]
        body.append(
            f'<line class="grid" x1="{LEFT}" x2="{WIDTH - RIGHT}" y1="{at:.1f}" y2="{at:.1f}"/>'
            f'<text class="tick" x="{LEFT - 6}" y="{at + 4:.1f}" text-anchor="end">{escape(_number(tick))}{unit}</text>'
        )
    every = max(1, math.ceil(len(labels) / 6))
    last = len(labels) - 1
    for index, label in enumerate(labels):
        shown = index == last or (index % every == 0 and last - index >= every)
        if shown and (index == 0 or label != labels[index - 1]):  # a run of one date is labelled once
            body.append(
                f'<text class="tick" x="{x(index):.1f}" y="{HEIGHT - BOTTOM + 18}" '  # type: ignore[operator]
                f'text-anchor="middle">{escape(label)}</text>'
            )
    return body


def line_chart(
    name: str,
    title: str,
    labels: Sequence[str],
    lines: Sequence[Line],
    *,
    low: float | None = None,
    high: float | None = None,
    unit: str = "",
) -> Markup:
    """Lines over the same x positions (one per session); ``None`` values leave a gap."""
    values = [v for line in lines for v in line.values if v is not None]
    if not values:
        return _svg(name, title, "No data yet.", [])
    ticks = _ticks(min(values) if low is None else low, max(values) if high is None else high)
    bottom, top = ticks[0], ticks[-1]
    plot_w, plot_h = WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM
    count = max(len(labels), 1)

    def x(index: int) -> float:
        return LEFT + (plot_w * (index + 0.5) / count)

    def y(value: float) -> float:
        return TOP + plot_h * (1 - (value - bottom) / ((top - bottom) or 1))

    body = _axes(ticks, y, labels, x, unit)
    for line in lines:
        points = [(x(i), y(v)) for i, v in enumerate(line.values) if v is not None]
        path = " ".join(f"{px:.1f},{py:.1f}" for px, py in points)
        dash = ' stroke-dasharray="6 4"' if line.dashed else ""
        body.append(
            f'<polyline class="series" data-series="{escape(line.name)}" fill="none" stroke="{line.colour}" '
            f'stroke-width="2.5"{dash} points="{path}"/>'
        )
        if line.dots:
            body.extend(
                f'<circle class="point" cx="{px:.1f}" cy="{py:.1f}" r="3.5" fill="{line.colour}"/>' for px, py in points
            )
    desc = "; ".join(
        f"{line.name}: " + ", ".join("—" if v is None else _number(v) + unit for v in line.values) for line in lines
    )
    return _svg(name, title, desc, body)


def bar_chart(name: str, title: str, bars: Sequence[Bar], *, colours: dict[str, str], unit: str = "") -> Markup:
    """Stacked bars, one per period (e.g. minutes per week, split by kind)."""
    totals = [sum(bar.parts.values()) for bar in bars]
    ticks = _ticks(0.0, max([*totals, 0.0]) or 1.0)
    top = ticks[-1]
    plot_w, plot_h = WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM
    count = max(len(bars), 1)
    slot = plot_w / count

    def x(index: int) -> float:
        return LEFT + slot * (index + 0.5)

    def y(value: float) -> float:
        return TOP + plot_h * (1 - value / (top or 1))

    body = _axes(ticks, y, [bar.label for bar in bars], x, unit)
    width = max(2.0, slot * 0.7)
    for index, bar in enumerate(bars):
        base = 0.0
        for part, value in bar.parts.items():
            if value <= 0:
                continue
            y_top, y_bottom = y(base + value), y(base)
            body.append(
                f'<rect class="bar" data-part="{escape(part)}" x="{x(index) - width / 2:.1f}" y="{y_top:.1f}" '
                f'width="{width:.1f}" height="{max(y_bottom - y_top, 0.5):.1f}" fill="{colours.get(part, "#57606a")}">'
                f"<title>{escape(bar.label)}: {escape(part)} {escape(_number(value))}{escape(unit)}</title></rect>"
            )
            base += value
    desc = ", ".join(f"{bar.label}: {_number(total)}{unit}" for bar, total in zip(bars, totals, strict=True))
    return _svg(name, title, desc, body)


def coverage_chart(name: str, title: str, events: Sequence[tuple[str, int]]) -> Markup:
    """One row per life event: four steps (introduction → completion), filled up to the level reached."""
    row, label_w, gap = 30, 130, 4
    height = TOP + row * max(len(events), 1) + 40
    step_w = (WIDTH - label_w - RIGHT - gap * 3) / 4
    body = []
    for index, (event, level) in enumerate(events):
        top = TOP + index * row
        short = event if len(event) <= 18 else event[:17] + "…"
        body.append(f'<text class="label" x="{label_w - 8}" y="{top + 17}" text-anchor="end">{escape(short)}</text>')
        for step in range(4):
            filled = step < level
            body.append(
                f'<rect class="step{" filled" if filled else ""}" x="{label_w + step * (step_w + gap):.1f}" '
                f'y="{top + 4}" width="{step_w:.1f}" height="{row - 10}" rx="3" '
                f'fill="{"#1d5c8f" if filled else "#ece8e1"}"><title>{escape(LEVEL_NAMES[step])}</title></rect>'
            )
    for step, level_name in enumerate(LEVEL_NAMES):
        x = label_w + step * (step_w + gap) + step_w / 2
        y = height - 24 + 16 * (step % 2)  # staggered: the four names do not fit side by side on a phone
        body.append(f'<text class="tick" x="{x:.1f}" y="{y}" text-anchor="middle">{level_name}</text>')
    desc = "; ".join(f"{event}: {LEVEL_NAMES[level - 1] if level else 'not yet told'}" for event, level in events)
    return _svg(name, title, desc, body, height=height)
