"""
Running-total charts for the HTML report: Vega-Lite specifications built
with altair, drawn to static SVG by vl-convert (the ``html`` extra).

One chart per :class:`~conflictfigures.RunningTotal`: each outlet's reported
totals as a line with points over the as-of dates (a triangle for a floor
with no ceiling, a thin bar for a range), the sum of the incident reports as
a dashed grey line over a pale band, the earlier total plus the incidents
since as a grey bar, and a red ring around every reported total that does
not match that bar. The SVG keeps its words as ``<text>`` (searchable, copyable) and
fetches nothing: the data is inline and vl-convert runs in-process.

vl-convert's SVG is written for any host; inline in our page it carries
much that draws nothing (ARIA text repeating the table below each chart,
class names, empty groups, coordinates to 14 decimals), which
:func:`compact_svg` takes out: a chart shrinks to about two fifths.
"""

from __future__ import annotations

import datetime as dt
import functools
import importlib
import json
import re
from collections import defaultdict
from typing import TYPE_CHECKING, Any, NamedTuple

from conflictfigures._report import _outlet

if TYPE_CHECKING:
    from collections.abc import Sequence
    from types import ModuleType

    from conflictfigures.aggregate import RunningTotal
    from conflictfigures.models import Count

__all__ = ["INCIDENT_SUM", "RECOMPUTED", "compact_svg", "draw_charts", "total_chart"]

#: Legend entries of the two reference series drawn beside the outlets.
INCIDENT_SUM = "sum of incident reports"
RECOMPUTED = "earlier total + incidents since"

# Tableau 10 without its red and grey: red marks a mismatch, grey the reference series.
_PALETTE = ("#4e79a7", "#f28e2b", "#76b7b2", "#59a14f",
            "#edc948", "#b07aa1", "#ff9da7", "#9c755f")  # fmt: skip
_DATASET = {INCIDENT_SUM: "incidents", RECOMPUTED: "recomputed"}
_REFERENCE_COLOURS = ("#7f7f7f", "#3a3a3a")
_MISMATCH_COLOUR = "#d62728"
_EPOCH = dt.date(1970, 1, 1)
_DAY_MS = 86_400_000
# How far apart coinciding points are set, as a fraction of the chart's time span.
_DODGE = 0.025
_WIDTH = 700
# A series with one as-of date has no time to show: a narrow chart.
_NARROW = 280
_HEIGHT = 180


class _Libraries(NamedTuple):
    altair: ModuleType
    vl_convert: ModuleType


def _libraries() -> _Libraries:
    """Import the plotting libraries, or say which extra provides them."""
    try:
        return _Libraries(importlib.import_module("altair"), importlib.import_module("vl_convert"))
    except ImportError as exc:
        raise ImportError(
            "the HTML report draws its charts with altair and vl-convert-python: "
            "install the 'html' extra (pip install 'conflictfigures[html]')"
        ) from exc


def _value(count: Count) -> int:
    """Where a count is plotted: the number stated, else its floor (a vague word)."""
    return count.stated if count.stated is not None else count.low


def _rows(total: RunningTotal) -> tuple[list[dict[str, Any]], list[dict[str, Any]], list[str]]:
    """
    The reported totals and the reference ranges, as chart rows, and the
    outlets. A range with no ceiling runs to the top of the chart, with
    ``closed`` false.
    """
    reported: dict[tuple[str, str, int, int, int | None], dict[str, Any]] = {}
    references: list[dict[str, Any]] = []
    for point in total.points:
        day = point.as_of.isoformat()
        matches = dict(zip(point.claim.counts, point.reconciles, strict=False))
        for figure in point.claim.figures:
            count = figure.count
            outlet = _outlet(figure)
            reported[day, outlet, _value(count), count.low, count.high] = {
                "as_of": day,
                "series": outlet,
                "value": _value(count),
                "low": count.low,
                "high": count.high,
                "ranged": count.high != count.low,
                "open": count.high is None,
                "mismatch": matches.get(count) is False,
            }
        if total.incidents:
            references.append(
                {
                    "as_of": day,
                    "series": INCIDENT_SUM,
                    "value": point.incident_low,
                    "high": point.incident_high,
                }
            )
        if point.derived_low is not None:
            references.append(
                {
                    "as_of": day,
                    "series": RECOMPUTED,
                    "value": point.derived_low,
                    "high": point.derived_high,
                }
            )
    rows = list(reported.values())
    top = max(
        [r["value"] for r in (*rows, *references)]
        + [r["high"] for r in (*rows, *references) if r["high"] is not None],
        default=0,
    )
    for row in (*rows, *references):
        row["closed"] = row["high"] is not None
        if row["high"] is None:
            row["high"] = top
    _dodge(rows, [p.as_of for p in total.points])
    for row in references:
        row["t"] = _millis(row["as_of"])
    outlets = sorted({r["series"] for r in rows}, key=str.casefold)
    return rows, references, outlets


def _millis(day: str) -> float:
    """A date as Vega's time value: milliseconds since 1970-01-01 UTC."""
    return (dt.date.fromisoformat(day) - _EPOCH).days * _DAY_MS


def _dodge(rows: list[dict[str, Any]], dates: Sequence[dt.date]) -> None:
    """
    Set each row's time ``t``, moving outlets that report the same number on
    the same date a little apart so that every outlet's point stays visible.
    """
    span = max((max(dates) - min(dates)).days, 1) if dates else 1
    step = span * _DAY_MS * _DODGE
    same: dict[tuple[str, int], list[dict[str, Any]]] = defaultdict(list)
    for row in rows:
        same[row["as_of"], row["value"]].append(row)
    for group in same.values():
        series = sorted({r["series"] for r in group}, key=str.casefold)
        for row in group:
            shift = series.index(row["series"]) - (len(series) - 1) / 2
            row["t"] = _millis(row["as_of"]) + shift * step


def total_chart(total: RunningTotal) -> dict[str, Any]:
    """
    Return the Vega-Lite specification of one running total's chart.

    The specification is plain JSON-ready data; its rows are in
    ``datasets``.
    """
    reported, references, outlets = _rows(total)
    datasets: dict[str, list[dict[str, Any]]] = {"reported": reported}
    if references:
        datasets["incidents"] = [r for r in references if r["series"] == INCIDENT_SUM]
        datasets["recomputed"] = [r for r in references if r["series"] == RECOMPUTED]
    refs = [name for name in (INCIDENT_SUM, RECOMPUTED) if datasets.get(_DATASET[name])]
    colours = [_PALETTE[i % len(_PALETTE)] for i in range(len(outlets))]
    scale = {
        "domain": [*outlets, *refs],
        "range": [*colours, *_REFERENCE_COLOURS[: len(refs)]],
    }
    spec: dict[str, Any] = json.loads(_template(with_references=bool(references)))
    spec["width"] = _WIDTH if len(total.points) > 1 else _NARROW
    spec["datasets"] = datasets
    ticks = _ticks([p.as_of for p in total.points])
    for layer in spec["layer"]:
        encoding = layer["encoding"]
        if ticks is not None and "axis" in encoding.get("x", {}):
            encoding["x"]["axis"]["tickCount"] = ticks
        if "color" in encoding:
            encoding["color"]["scale"] = scale
        if "title" in encoding.get("y", {}):
            encoding["y"]["title"] = f"{total.category.value} (total)"
    return spec


def _ticks(dates: Sequence[dt.date]) -> dict[str, Any] | None:
    """
    Ticks on whole days for a timeline of weeks (about eight of them), else
    Vega's own (months, years): never a tick at noon, never thousands.
    """
    if not dates:
        return None
    days = (max(dates) - min(dates)).days
    if days > 120:
        return None
    return {"interval": "day", "step": max(1, -(-days // 8))}


@functools.cache
def _template(*, with_references: bool) -> str:
    """
    The chart's layers, as JSON, built once with altair: each series fills
    in its rows, colours, axis title and width (building every chart with
    altair costs about 0.2 s a chart).
    """
    alt = _libraries().altair
    colour = alt.Color(
        "series:N",
        scale=alt.Scale(domain=[], range=[]),
        legend=alt.Legend(
            title=None,
            orient="bottom",
            columns=3,
            labelLimit=240,
            symbolLimit=60,
            symbolType="circle",
            symbolOpacity=1,
        ),
    )
    x = alt.X(
        "t:T",
        title="as of",
        scale=alt.Scale(type="utc", padding=28, nice=False),
        axis=alt.Axis(format="%b %d, %Y", labelAngle=0, labelOverlap="greedy"),
    )
    y = alt.Y("value:Q", title="total", scale=alt.Scale(zero=False, padding=12))
    shape = alt.Shape(
        "open:N",
        scale=alt.Scale(domain=[False, True], range=["circle", "triangle-up"]),
        legend=None,
    )
    points = alt.Chart(alt.Data(name="reported"))
    layers = [
        points.mark_line(strokeWidth=1.5).encode(x=x, y=y, color=colour, detail="series:N"),
        points.transform_filter("datum.ranged")
        .mark_rule(strokeWidth=1.5, opacity=0.6)
        .encode(x=x, y="low:Q", y2="high:Q", color=colour),
        points.mark_point(filled=True, size=70, opacity=1).encode(
            x=x, y=y, color=colour, shape=shape
        ),
        points.transform_filter("datum.mismatch")
        .mark_point(filled=False, size=280, strokeWidth=2, color=_MISMATCH_COLOUR)
        .encode(x=x, y=y),
    ]
    if with_references:
        incident = alt.Chart(alt.Data(name=_DATASET[INCIDENT_SUM]))
        recomputed = alt.Chart(alt.Data(name=_DATASET[RECOMPUTED]))
        tick = {"thickness": 2, "size": 16}
        layers[:0] = [
            incident.mark_area(opacity=0.12).encode(x=x, y=y, y2="high:Q", color=colour),
            incident.mark_line(strokeDash=[4, 3], strokeWidth=1.5).encode(x=x, y=y, color=colour),
            recomputed.mark_rule(strokeWidth=7, opacity=0.35).encode(
                x=x, y=y, y2="high:Q", color=colour
            ),
            recomputed.mark_tick(**tick).encode(x=x, y=y, color=colour),
            recomputed.transform_filter("datum.closed")
            .mark_tick(**tick)
            .encode(x=x, y="high:Q", color=colour),
        ]
    chart = alt.layer(*layers).properties(width=_WIDTH, height=_HEIGHT)
    chart = chart.configure_view(stroke=None).configure_axis(labelFontSize=11, titleFontSize=11)
    return json.dumps(chart.to_dict(validate=False))


def draw_charts(specs: Sequence[dict[str, Any]]) -> list[str]:
    """Return each Vega-Lite specification drawn as SVG, compacted for an HTML page."""
    vl_convert = _libraries().vl_convert
    return [compact_svg(str(vl_convert.vegalite_to_svg(spec))) for spec in specs]


# -- compacting vl-convert's SVG --------------------------------------------------------

# A start or end tag. Vega escapes "<" and ">" in text and attribute values,
# so a tag ends at the first ">"; its text may hold a '"' (an outlet's name),
# which is why attributes are only ever edited inside a tag. A tag holds no
# "<", so an attempt never reads past the next one.
_TAG = re.compile(r"<[^<>]+>")
# Attributes that draw nothing inline in HTML: namespaces (the HTML parser
# sets them), Vega's class names and ARIA roles, and the defaults.
_IDLE = re.compile(
    r'\s(?:class|role|aria-[a-z]+|pointer-events|version|xmlns(?::\w+)?)="[^"]*"'
    r'| opacity="1"| font-family="sans-serif"'
)
# Coordinates as Vega computes them (35.95062254437273); a tenth of a pixel is
# enough. A number is read from its first digit only (not from inside a run).
_LONG_NUMBER = re.compile(r"(?<![\d.])-?\d+\.\d{3,}")
# The start and end tags of groups.
_GROUP = re.compile(r"<g[ >]|</g>")
# Vega's empty frames of axes: a background of no size, a foreground not shown.
_EMPTY_PATHS = ('<path d="M0,0h0v0h0Z"/>', '<path d="" display="none"/>')


def _tenth(match: re.Match[str]) -> str:
    text = f"{float(match.group(0)):.1f}"
    return text.removesuffix(".0")


def _tag(match: re.Match[str]) -> str:
    return _LONG_NUMBER.sub(_tenth, _IDLE.sub("", match.group(0)))


def compact_svg(svg: str) -> str:
    """
    Return vl-convert's SVG with what draws nothing inline in HTML taken out.

    Attributes that draw nothing go (ARIA labels, class names, namespaces,
    ``opacity="1"``); the one font is set once on the root; coordinates
    keep one decimal; empty paths and groups with no attributes go (their
    children stay). What is drawn, and every ``<text>``, is unchanged.
    """
    svg = _TAG.sub(_tag, svg)
    for empty in _EMPTY_PATHS:
        svg = svg.replace(empty, "")
    svg = svg.replace("<g/>", "")
    # A <g> with no attributes groups nothing worth keeping: drop it and its end.
    out: list[str] = []
    dropped: list[bool] = []  # for each open <g>: was its start tag dropped?
    at = 0
    for match in _GROUP.finditer(svg):
        out.append(svg[at : match.start()])
        at = match.end()
        group = match.group(0)
        if group == "<g>":
            dropped.append(True)
        elif group == "<g ":
            dropped.append(False)
            out.append(group)
        elif not dropped or dropped.pop() is False:  # an end with no start stays
            out.append(group)
    out.append(svg[at:])
    return "".join(out).replace("<svg ", '<svg font-family="sans-serif" ', 1)
