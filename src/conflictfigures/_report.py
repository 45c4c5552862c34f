"""
The report a person reads at a glance, and its JSON form.

:func:`render_report` lays a ledger out in sections: figures by outlet, the
contradictions with both sides and who said what, corroborated claims,
running totals, the toll by category per place and period, and notes on what could not be
resolved (documents with no publication date, outlets not named).
:func:`report_record` is the same content as one JSON-ready document with
the keys ``figures``, ``claims``, ``contradictions``, ``running_totals`` and
``estimates`` (each a list of :func:`conflictfigures.to_record` records).
"""

from __future__ import annotations

from collections import defaultdict
from typing import TYPE_CHECKING, Any

import attrs

from conflictfigures.aggregate import tally
from conflictfigures.serialize import to_record

if TYPE_CHECKING:
    import datetime as dt
    from collections.abc import Iterable, Sequence

    from conflictfigures._places import PlacePath
    from conflictfigures.aggregate import (
        Claim,
        ClaimKey,
        Contradiction,
        ContradictionSide,
        Estimate,
        EstimatePolicy,
        EstimateRule,
        Ledger,
        RunningTotal,
    )
    from conflictfigures.models import Category, Figure, Source

__all__ = ["DocumentSummary", "render_report", "report_record", "tolls"]

#: The keys of :func:`report_record`, in order.
REPORT_KEYS = ("figures", "claims", "contradictions", "running_totals", "estimates")

_QUOTE_WIDTH = 96
#: The most pairs of a contradiction the report lists.
_MAX_PAIRS = 12


@attrs.frozen(kw_only=True)
class DocumentSummary:
    """
    One document the report read: its name for people, its provenance, and
    the figures extracted from it.
    """

    name: str
    source: Source
    figures: tuple[Figure, ...]


def report_record(ledger: Ledger) -> dict[str, list[dict[str, Any]]]:
    """
    Return the ledger as one JSON-ready document: every figure, claim,
    contradiction, running total and estimate as its record.
    """
    return {
        "figures": [to_record(f) for f in ledger],
        "claims": [to_record(c) for c in ledger.claims()],
        "contradictions": [to_record(c) for c in ledger.contradictions()],
        "running_totals": [to_record(t) for t in ledger.running_totals()],
        "estimates": [to_record(e) for e in ledger.estimates()],
    }


# -- small formatters ----------------------------------------------------


def _range(low: int, high: int | None) -> str:
    if high is None:
        return f"at least {low:,}"
    if low == high:
        return f"{low:,}"
    return f"{low:,} to {high:,}"


def _when(figure: Figure) -> str | None:
    if figure.period is not None:
        start, end = figure.period.start, figure.period.end
        if start is not None and end is not None:
            return f"{start.isoformat()} to {end.isoformat()}"
        if start is not None:
            return f"since {start.isoformat()}"
        if end is not None:
            return f"up to {end.isoformat()}"
    if figure.date is not None:
        return f"on {figure.date.isoformat()}"
    return None


def _outlet(figure: Figure) -> str:
    src = figure.source
    if src.outlet:
        return src.outlet
    return f"outlet not named ({src.doc_id or src.url or 'unknown document'})"


def _quote(figure: Figure, width: int = _QUOTE_WIDTH) -> str:
    """The figure's sentence (or its words), cut to ``width`` around the figure."""
    if figure.sentence is None or figure.sentence_span is None:
        text, start, end = figure.surface, 0, len(figure.surface)
    else:
        text = figure.sentence
        start = figure.span.start - figure.sentence_span.start
        end = start + len(figure.span)
    flat = text.replace("\r", " ").replace("\n", " ")  # same length: offsets still hold
    if len(flat) <= width:
        return f'"{flat.strip()}"'
    room = max(width - (end - start), 0)
    lo = max(0, start - room // 2)
    hi = min(len(flat), lo + width)
    lo = max(0, hi - width)
    head = "..." if lo > 0 else ""
    tail = "..." if hi < len(flat) else ""
    return f'"{head}{flat[lo:hi].strip()}{tail}"'


def _details(figure: Figure) -> list[str]:
    """What a figure counts, where, when and per whom, as short phrases (not escaped)."""
    details = [figure.subject or "(group not named)"]
    if figure.location:
        details.append(f"in {figure.location}")
    when = _when(figure)
    if when:
        details.append(when)
    if figure.cumulative:
        details.append("running total")
    if figure.claimed_by:
        details.append(f"per {figure.claimed_by}")
    return details


def _figure_line(figure: Figure) -> str:
    return f"{figure.category.value:<20} {figure.count!s:<22} {' · '.join(_details(figure))}"


def _key_line(
    key: ClaimKey, *, location: str | None, subject: str, dates: Sequence[dt.date]
) -> str:
    parts = [key.category.value, subject]
    if location:
        parts.append(location)
    if key.kind.value == "incident":
        if dates and len(dates) > 1:
            parts.append("on " + " or ".join(d.isoformat() for d in dates))
        elif key.date is not None:
            parts.append(f"on {key.date.isoformat()}")
        else:
            parts.append("date unknown")
    else:
        since = f"since {key.period_start.isoformat()}, " if key.period_start else ""
        parts.append(
            f"{since}as of {key.date.isoformat()}" if key.date else f"{since}as of an unknown date"
        )
    return " · ".join(parts)


def _claim_line(claim: Claim) -> str:
    return _key_line(claim.key, location=claim.location, subject=claim.subject, dates=claim.dates)


def _reporter(figure: Figure, claimant: str | None) -> str:
    who = figure.claimed_by or claimant
    return f"{_outlet(figure)}, per {who}" if who else f"{_outlet(figure)}, unattributed"


# -- sections --------------------------------------------------------------


def _figures_by_outlet(documents: Sequence[DocumentSummary]) -> list[str]:
    outlets: dict[str | None, list[DocumentSummary]] = defaultdict(list)
    for doc in documents:
        outlets[doc.source.outlet].append(doc)
    lines = ["FIGURES BY OUTLET", ""]
    order = sorted(outlets, key=lambda o: (o is None, (o or "").casefold()))
    for outlet in order:
        lines.append(outlet if outlet is not None else "Outlet not named")
        for doc in outlets[outlet]:
            published = doc.source.published
            when = f"published {published.isoformat()}" if published else "no publication date"
            n = len(doc.figures)
            lines.append(f"  {doc.name} · {when} · {n} figure{'' if n == 1 else 's'}")
            lines.extend(f"    {_figure_line(figure)}" for figure in doc.figures)
        lines.append("")
    return lines


def _side_lines(side: ContradictionSide) -> list[str]:
    plural = "" if len(side.figures) == 1 else "s"
    lines = [f"  {side.count!s:<22} {len(side.figures)} report{plural}"]
    for figure, claimant in zip(side.figures, side.claimants, strict=True):
        lines.append(f"      {_reporter(figure, claimant)}: {_quote(figure)}")
    return lines


def _contradictions(items: Sequence[Contradiction]) -> list[str]:
    lines = [f"CONTRADICTIONS ({len(items)})", ""]
    if not items:
        lines.extend(["  None: every claim's reports can all be true at once.", ""])
    for item in items:
        outer = item.claims[-1]
        kind = (
            "the same source revised its figure"
            if item.kind == "revision"
            else "different sources disagree"
        )
        if item.relation == "within":
            inner = item.claims[0]
            kind += (
                f"; the total for {inner.location or 'a place'} exceeds the total for "
                f"{outer.location or 'the wider place'}"
            )
        lines.append(f"{_claim_line(outer)} ({kind})")
        for side in item.sides:
            lines.extend(_side_lines(side))
        counts = item.conflict_counts()
        if len(item.sides) > 2 and not all(n == len(item.sides) - 1 for n in counts):
            pairs: list[str] = []
            for a in range(len(item.sides)):
                for b in range(a + 1, len(item.sides)):
                    if len(pairs) < _MAX_PAIRS and counts[a] and item.conflicting(a, b):
                        pairs.append(f"{item.sides[a].count} vs {item.sides[b].count}")
                if len(pairs) >= _MAX_PAIRS:
                    break
            shown = ", ".join(pairs)
            more = sum(counts) // 2 - len(pairs)
            lines.append(
                f"  cannot both be true: {shown}" + (f" and {more} more" if more > 0 else "")
            )
        lines.append("")
    return lines


def _outlets(figures: Iterable[Figure]) -> list[str]:
    return sorted({_outlet(f) for f in figures}, key=str.casefold)


def _corroborated(claims: Sequence[Claim]) -> list[str]:
    shared = [c for c in claims if len(c.outlets) > 1]
    agreed = [c for c in shared if c.consistent]
    lines = [f"CORROBORATED CLAIMS ({len(agreed)}: more than one outlet, all compatible)", ""]
    if not agreed:
        lines.extend(["  None.", ""])
    for claim in agreed:
        outlets = _outlets(claim.figures)
        sources = len(claim.independent_claimants)
        lines.append(f"{_claim_line(claim)}: {_range(claim.low, claim.high)}")
        lines.append(
            f"  {len(outlets)} outlets ({', '.join(outlets)}); "
            f"{sources} independent source{'' if sources == 1 else 's'}"
        )
    disputed = len(shared) - len(agreed)
    if agreed:
        lines.append("")
    if disputed:
        lines.extend(
            [
                (
                    f"  {disputed} more claim{'s' if disputed > 1 else ''} carried by several "
                    "outlets with figures that disagree: see CONTRADICTIONS."
                ),
                "",
            ]
        )
    return lines


def _total_line(total: RunningTotal) -> str:
    """What a running total counts: category, group, place, period start."""
    parts = [total.category.value, total.subject]
    if total.place:
        parts.append(" ".join(w.capitalize() for w in total.place[-1].split()))
    if total.period_start:
        parts.append(f"since {total.period_start.isoformat()}")
    return " · ".join(parts)


def _running_totals(totals: Sequence[RunningTotal]) -> list[str]:
    lines = [f"RUNNING TOTALS ({len(totals)})", ""]
    if not totals:
        lines.extend(["  None.", ""])
    for total in totals:
        lines.append(_total_line(total))
        for point in total.points:
            reports: dict[str, list[str]] = defaultdict(list)
            for figure in point.claim.figures:
                reports[str(figure.count)].append(_outlet(figure))
            said = "; ".join(
                f"{count} ({', '.join(sorted(set(outlets), key=str.casefold))})"
                for count, outlets in reports.items()
            )
            lines.append(f"  as of {point.as_of.isoformat()}: {said}")
            if point.derived_low is not None and (point.base is not None or point.incidents):
                verdict = "matches" if point.reconciled else "does not match"
                lines.append(
                    f"    earlier total plus incidents since: "
                    f"{_range(point.derived_low, point.derived_high)} ({verdict})"
                )
            if point.revised_down:
                lines.append("    lower than the previous total: a revision, not growth")
        lines.append("")
    return lines


def _period(figures: Iterable[Figure]) -> str:
    """The days some figures speak for: from the earliest start or date to the latest as-of."""
    starts = [d for f in figures for d in (f.period.start if f.period else None, f.date) if d]
    ends = [f.as_of for f in figures if f.as_of is not None]
    if not ends:
        return "no date"
    first, last = min(starts or ends), max(ends)
    return last.isoformat() if first == last else f"{first.isoformat()} to {last.isoformat()}"


def tolls(
    claims: Iterable[Claim], *, policy: EstimatePolicy | EstimateRule | None = None
) -> list[tuple[Category, PlacePath | None, Estimate]]:
    """
    The toll per category and place: :func:`conflictfigures.tally` of the
    figures of one category's claims at one place (the claim key's place;
    ``None`` when no place is given), ordered by category, then place (no
    place last).

    Within one place, incidents are summed and the widest, latest total
    replaces the incidents it covers; different places are never added
    together, so a national total is not added to one town's incidents, nor
    one overlapping stock to another. A group whose only figures are
    attackers who died by their own hand has no toll.

    The report's toll table and the ``tallies`` of the Parquet tables
    (``conflictfigures.distributed``) are both this function's rows.
    """
    groups: dict[tuple[Category, PlacePath | None], list[Figure]] = defaultdict(list)
    for claim in claims:
        groups[(claim.key.category, claim.key.place)].extend(claim.figures)
    rows: list[tuple[Category, PlacePath | None, Estimate]] = []
    for (category, place), figures in sorted(groups.items(), key=_by_category_and_place):
        est = tally(figures, policy=policy).get(category)
        if est is not None:
            rows.append((category, place, est))
    return rows


def _by_category_and_place(
    item: tuple[tuple[Category, PlacePath | None], object],
) -> tuple[str, bool, PlacePath]:
    (category, place), _figures = item
    return (category.value, place is None, place or ())


def _toll(claims: Sequence[Claim]) -> list[str]:
    """The toll per category, place and period (see :func:`tolls`)."""
    rows: dict[str, list[tuple[str, Estimate, str]]] = defaultdict(list)
    for category, place, est in tolls(claims):
        where = " > ".join(p.title() for p in place) if place else "place not given"
        period = _period([f for c in est.claims for f in c.figures])
        rows[category.value].append((where, est, period))
    head = (
        "TOLL BY CATEGORY (per place and period, places never added together; "
        "repeats counted once; low / best / high)"
    )
    lines = [head, ""]
    if not rows:
        lines.extend(["  No figures.", ""])
    for name in sorted(rows):
        lines.append(f"  {name}")
        for where, est, period in sorted(rows[name], key=lambda r: r[0]):
            high = "no ceiling" if est.high is None else f"{est.high:,}"
            lines.append(
                f"    {where[:38]:<38} {est.low:>12,} {est.best:>12,} {high:>12}  ({period})"
            )
        lines.append("")
    return lines


def _notes(documents: Sequence[DocumentSummary]) -> list[str]:
    lines: list[str] = []
    undated = [d.name for d in documents if d.source.published is None]
    if undated:
        lines.append(
            f"- {len(undated)} document{'s have' if len(undated) > 1 else ' has'} no publication "
            'date, so relative dates in it ("on Thursday", "so far this month") were left '
            "unresolved: " + ", ".join(undated)
        )
    unnamed = [d.name for d in documents if d.source.outlet is None]
    if unnamed:
        lines.append(
            f"- {len(unnamed)} document{'s name' if len(unnamed) > 1 else ' names'} no outlet; "
            "each is counted as its own outlet: " + ", ".join(unnamed)
        )
    return ["NOTES", "", *lines, ""] if lines else []


def render_report(
    ledger: Ledger,
    documents: Sequence[DocumentSummary],
    *,
    title: str,
) -> str:
    """
    Return the text report of a ledger built from ``documents``.

    Args:
        ledger: the figures of the documents.
        documents: what was read, in order.
        title: what the report is about (``"bundled seeds"``, a store's path).
    """
    figures = list(ledger)
    outlets = {d.source.outlet for d in documents if d.source.outlet is not None}
    n_docs = len(documents)
    head = (
        f"conflictfigures report · {title} · {n_docs} document{'s' if n_docs != 1 else ''} · "
        f"{len(outlets)} named outlet{'s' if len(outlets) != 1 else ''} · "
        f"{len(figures)} figure{'s' if len(figures) != 1 else ''}"
    )
    lines = [head, "=" * min(len(head), 100), ""]
    lines += _figures_by_outlet(documents)
    lines += _contradictions(ledger.contradictions())
    lines += _corroborated(ledger.claims())
    lines += _running_totals(ledger.running_totals())
    lines += _toll(ledger.claims())
    lines += _notes(documents)
    while lines and not lines[-1]:
        lines.pop()
    return "\n".join(lines) + "\n"
