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
from conflictfigures._aggregation.documents import first_in_each_document

if TYPE_CHECKING:
    import datetime as dt

    from conflictfigures.models import Figure, Source

__all__ = ["report_parts_dropped", "report_totals"]


def report_totals(figures: list[Figure]) -> set[int]:
    """
    The ``id`` of each document's period total that leads it: the first
    figure its document tells, a running total whose period's start is told,
    credited to a source whose claim is told as a report's
    (:func:`_told_as_report`: "the ministry reports 705 people killed", "said
    in a report on Thursday"). Never one in a story that leads with an
    incident, nor one whose document tells a later count dated within
    ``_NEWS_DAYS`` of the total's end (its publication): that count is the
    news, the total its background ("... the UN reports. On Monday, gunmen
    killed 40 villagers").
    """
    leads = first_in_each_document(figures, lambda _: True)
    news = _latest_days(figures)
    return {
        id(f)
        for f in leads.values()
        if f.cumulative
        and f.claimed_by is not None
        and f.period is not None
        and f.period.start is not None
        and f.date is None
        and not _news_after(f, news.get(f.source))
        and _told_as_report(f)
    }


#: How many days before a report's end a later count of its document may be
#: dated and still be the story's news (as ``alone._BACKGROUND_DAYS``).
_NEWS_DAYS = 7

#: How many words after its claimant a claim's report noun may stand ("the
#: UN said in its annual report", "the UN's latest report").
_REPORT_REACH = 6


def _latest_days(figures: list[Figure]) -> dict[Source, tuple[int, dt.date]]:
    """
    Each document's last-dated count that is no running total, by position:
    its start and its day (its date, or its period's last day).
    """
    latest: dict[Source, tuple[int, dt.date]] = {}
    for f in figures:
        day = f.date or (f.period.end if f.period is not None and not f.cumulative else None)
        if day is None or f.cumulative:
            continue
        held = latest.get(f.source)
        if held is None or day > held[1]:
            latest[f.source] = (f.span.start, day)
    return latest


def _news_after(total: Figure, news: tuple[int, dt.date] | None) -> bool:
    """Whether a later count of the total's document is dated in its last days."""
    end = total.period.end if total.period is not None else None
    return (
        news is not None
        and end is not None
        and news[0] > total.span.start
        and (end - news[1]).days <= _NEWS_DAYS
    )


def _told_as_report(f: Figure) -> bool:
    """
    Whether a figure's claim is told as a report's (``lx.REPORT_WORDS``): in
    the words right after its claimant, up to a comma ("the ministry reports",
    "the UN said in a report", "the UN's latest report"), or in its
    sentence's opening phrase ("In a report released on Thursday, the UN
    said"); not a report a relative clause names ("according to the ministry,
    which denied reports of mass graves").
    """
    sentence, claimant = f.sentence or "", f.claimed_by or ""
    at = sentence.find(claimant)
    if not claimant or at < 0:
        return False
    after = sentence[at + len(claimant) :]
    words = after.split(",", 1)[0].replace("'s ", " ").split()[:_REPORT_REACH]
    opening = sentence[:at].split(",", 1)
    told = words + (opening[0].split() if len(opening) > 1 else [])
    return not lx.REPORT_WORDS.isdisjoint(w.strip(".;:!?\"'()").lower() for w in told)


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
