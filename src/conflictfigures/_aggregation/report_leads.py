"""
A report that leads with its period's total: "Since the outbreak of fighting
on 15 April, the ministry reports 705 people killed ... In El Geneina, at
least 280 people were killed between 24 and 27 April" is a situation report
or a rights report whose news is the total; the dated incidents it tells
after, inside that period, are its parts, not the story's incident beside
which the total is background.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from conflictfigures import _lexicon as lx
from conflictfigures._aggregation.documents import first_in_each_document, words_in

if TYPE_CHECKING:
    from conflictfigures.models import Figure

__all__ = ["report_parts_dropped", "report_totals"]


def report_totals(figures: list[Figure]) -> set[int]:
    """
    The ``id`` of each document's period total that leads it: the first
    figure its document tells, a running total whose period's start is told,
    credited to a source, and told as a report's in its sentence
    (``lx.REPORT_WORDS``: "the ministry reports 705 people killed", "said in a
    report on Thursday"). Never one in a story that leads with an incident,
    nor a news story's total ("Israeli strikes have killed 1,200 people in
    Lebanon since October, the health ministry said"), whose day is the news.
    """
    leads = first_in_each_document(figures, lambda _: True)
    return {
        id(f)
        for f in leads.values()
        if f.cumulative
        and f.claimed_by is not None
        and f.period is not None
        and f.period.start is not None
        and f.date is None
        and not lx.REPORT_WORDS.isdisjoint(words_in(f.sentence))
    }


def report_parts_dropped(figures: list[Figure]) -> list[Figure]:
    """
    The figures less those a report's leading period total holds (see
    :func:`report_totals`): a later count of its document and category told
    inside its period (dated, or over days, within it; "since the fighting
    began" with no day resolved) and no larger than it. The total stands for
    them: "In El Geneina, at least 280 people were killed between 24 and 27
    April" is in "705 people killed" since 15 April.
    """
    leads = report_totals(figures)
    if not leads:
        return figures
    totals = {(f.source, f.category): f for f in figures if id(f) in leads}
    return [f for f in figures if not _held(f, totals.get((f.source, f.category)))]


def _held(f: Figure, total: Figure | None) -> bool:
    """Whether a figure is one its document's leading period total holds."""
    if total is None or f is total or f.span.start < total.span.end:
        return False
    period = total.period
    if period is None or period.start is None or total.count.stated is None:
        return False
    high = f.count.high if f.count.high is not None else f.count.low
    if high > total.count.stated:
        return False
    first = f.date or (f.period.start if f.period is not None else None)
    last = f.date or (f.period.end if f.period is not None else None)
    if first is None and last is None:
        return False  # (an undated count says nothing of when)
    return (first is None or first >= period.start) and (
        last is None or period.end is None or last <= period.end
    )
