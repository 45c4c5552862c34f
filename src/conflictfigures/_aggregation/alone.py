"""
Counts that stand only alone: a count its document tells as background (a
running total from long before its incidents, or the same toll told twice,
rule 0g; a clause about another event, rule 0c, is read in
:mod:`.background`) or says was given up for another (rule 0e) is not
counted beside the document's own counts of its category; alone, it is the
document's count.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from typing import TYPE_CHECKING

from conflictfigures import _lexicon as lx
from conflictfigures._aggregation.background import BACKGROUND_REACH
from conflictfigures._aggregation.documents import (
    first_in_each_document,
    kept_beside_own,
    opens_on_the_event,
    risen_toll,
    said_before,
    words_in,
)
from conflictfigures._aggregation.report_leads import report_totals
from conflictfigures._headlines import in_headline
from conflictfigures.models import Category

if TYPE_CHECKING:
    import datetime as dt

    from conflictfigures.models import Figure, Source

__all__ = [
    "LAST_DAYS",
    "days_spanned",
    "long_totals_dropped",
]


#: How many days before its document's first incident a running total may
#: start and still be the incident's own toll ("five people have died since
#: Monday"); one that starts earlier is the story's background.
_BACKGROUND_DAYS = 7


#: An event's own start in a total's sentence ("which began on April 29",
#: "since the siege began"): its toll, no calendar's.
_EVENT_BEGAN_RE = re.compile(r"\b(?:began|begun|started|erupted|broke out|struck)\b")


#: A total over a whole war whose start the sentence does not date ("since
#: the war began", "since the start of the conflict", "in the war").
_WAR_LONG_RE = re.compile(
    r"\b(?:since|throughout|during|in)\s+the\s+(?:(?:start|beginning|outbreak)\s+of\s+the\s+)?"
    r"(?:[a-z-]+\s+){0,2}(?:war|conflict|invasion|insurgency)\b(?!-)"
    # (a campaign's start: "since the start of the special military operation", "of hostilities")
    r"|\bsince\s+the\s+(?:start|beginning|outbreak)\s+of\s+(?:the\s+"
    r"(?:[a-z-]+\s+){0,2}(?:operation|offensive|campaign)|(?:the\s+)?hostilities)\b"
)


#: How many words before a war's span a superlative makes it a comparison.
_COMPARED_WORDS = 6


def _war_long(figure: Figure) -> bool:
    """
    Whether a total's sentence counts over a whole war ("since the war
    began"), not in a comparison ("the largest displacement since the civil
    war broke out").
    """
    return _counts_a_war(figure.sentence)


#: How many sentences :func:`_counts_a_war` keeps its answer for.
_SENTENCES_HELD = 256


@functools.lru_cache(maxsize=_SENTENCES_HELD)
def _counts_a_war(sentence: str | None) -> bool:
    """:func:`_war_long` of one sentence (kept for the last ones: a long sentence of totals)."""
    sentence = (sentence or "").lower()
    found = _WAR_LONG_RE.search(sentence)
    if found is None:
        return False
    before = sentence[: found.start()].split()[-_COMPARED_WORDS:]
    return lx.SUPERLATIVES.isdisjoint(before)


def long_totals_dropped(figures: list[Figure]) -> list[Figure]:
    """
    Rule 0g: "Gunmen killed nine people on Sunday ... 2,000 people have been
    killed in the state so far this year": a running total whose period starts
    more than a week before its document's first incident of its category is
    the story's background, not counted beside the incidents the document
    reports (the ledger keeps it among the running totals); alone, it is the
    document's count. An incident is dated by its date, else its document's
    publication date, or a count over a week or less by its period's start
    ("killed 12 people over the past day"), and a toll with no period by its
    date when the text gives one ("the toll from the quake late Saturday rose
    to 84"). So is a total over a whole war whose start is undated ("39,000
    have been killed since the war began"), and a total with no period whose
    number is an incident's of its document ("Death toll rises to 73 ... 73
    people had died"): the same toll told twice; and a total with no period
    more than twice the largest count its document told before it
    (:func:`_dwarfs_incidents`). Never a report's leading period total
    (:func:`report_leads.report_totals`): its incidents are its parts.
    """
    first: dict[tuple[Source, Category], dt.date] = {}
    told: set[tuple[Source, Category, int | None]] = set()
    totalled: set[tuple[Source, Category]] = set()  # the kinds a total was told of
    # a long total told before a count of the last day or two, and larger:
    # the count is its rise ("The death toll ... has climbed to 1,061 since
    # June 14 ... 28 people lost their lives in the past 24 hours": the 28
    # are in the 1,061, no incident of their own; not a vague war's toll told
    # after a day's fighting)
    largest: dict[tuple[Source, Category], int] = {}
    rises = []
    for f in figures:
        key = (f.source, f.category)
        rises.append(_last_days(f) and (f.count.stated or 0) < largest.get(key, 0))
        if (_long_total(f) or risen_toll(f)) and f.count.stated is not None:
            largest[key] = max(largest.get(key, 0), f.count.stated)
    for f, rise in zip(figures, rises, strict=True):
        period = f.period
        # (an incident of a month or year only is of that time, not the publication's)
        day = f.date or (period.end if period and not f.cumulative else None) or f.source.published
        if f.cumulative and period is not None and period.start is not None:
            # a count over a few days is the incident's ("on Monday and
            # Tuesday"), unless it adds to a total told before ("The toll
            # ... has risen to 1,391. Thirteen more deaths were reported in
            # the last 24 hours": the day's rise of the story's own toll)
            short = (days := days_spanned(f)) is not None and days <= _BACKGROUND_DAYS
            added = (f.source, f.category) in totalled and not _ADDED.isdisjoint(
                (f.subject or "").lower().split()
            )
            day = period.start if short and not added and not rise else None
            if not short:
                totalled.add((f.source, f.category))
        elif not f.cumulative:
            told.add((f.source, f.category, f.count.stated))
        else:
            # a toll with no period is its incident's when the text dates
            # it: the quake's toll, dated late Saturday, rose to 84; an
            # undated one in a headline ("Gaza toll passes 27,500") dates
            # nothing; in the body it is the story's own toll, as of its
            # publication (the flooding's "at least 37 people"); a vague one
            # ("Thousands fled to Chad") is no count a total told beside it is
            # the background of
            day = f.date or (
                None if in_headline(f) or f.count.stated is None else f.source.published
            )
        key = (f.source, f.category)
        if day is not None and (key not in first or day < first[key]):
            first[key] = day
    if not told and not first:
        return [f for f, rise in zip(figures, rises, strict=True) if not rise]
    marked = []
    # The day of each document's first incident of harm, of either kind: a
    # story of one stabbing tells the year's homicides as its background, a
    # total with no incident of its own kind ("Three people stabbed ...
    # Winnipeg has recorded 35 homicides so far in 2022"), dropped even alone.
    # (only a story that leads with an incident: its first count of harm is
    # no running total, as the flood's "have killed 136 people since" is)
    first_harm: dict[Source, dt.date] = {}
    leads = first_in_each_document(figures, lambda f: f.category in lx.HARM_CATEGORIES)
    for (source, category), day in first.items():
        lead = leads.get(source)
        if (
            category in lx.HARM_CATEGORIES
            and lead is not None
            and not lead.cumulative
            and (source not in first_harm or day < first_harm[source])
        ):
            first_harm[source] = day
    # A story that leads with people seized, before any harm, tells its
    # harm's totals over a period starting two weeks or more before as
    # background too ("seized as many as 150 employees ... Since January,
    # 154 university professors have been murdered"; not the missing of a
    # flood, an arrest's, nor a siege's toll since the gunmen stormed the
    # building days before).
    seized_days = {
        source: day
        for source, lead in first_in_each_document(
            figures, lambda f: f.category in _LEAD_CATEGORIES
        ).items()
        if lead.category is Category.DETAINED
        and not lead.cumulative
        and not _SEIZING_WORDS.isdisjoint(words_in(lead.surface))
        and (day := first.get((source, Category.DETAINED))) is not None
    }
    apart: set[int] = set()
    # An incident dated more than a week before its story's lead (the lead's
    # day, else the publication's) is an earlier one, the story's background
    # ("It was the second mass shooting in Khayelitsha this month: on 2
    # September, four people were killed in Site B").
    lead_days = {
        source: lead.date or source.published
        for source, lead in leads.items()
        if not lead.cumulative and lead.period is None
    }
    incidents = _incidents_before(figures)
    kind_leads, reports = _first_of_each_kind(figures), report_totals(figures)
    for f, rise in zip(figures, rises, strict=True):
        start = f.period.start if f.cumulative and f.period is not None else None
        day = first.get((f.source, f.category)) if start is not None else None
        harm = first_harm.get(f.source)
        seized = seized_days.get(f.source)
        if (
            day is None
            and f.cumulative
            and f.category in lx.HARM_CATEGORIES
            and start is not None
            and (
                (harm is not None and (harm - start).days > _BACKGROUND_DAYS)
                or (seized is not None and (seized - start).days > _SEIZED_BACKGROUND_DAYS)
            )
            # (not the toll of an event that began then: "The floods, which
            # began on April 29, have killed 107")
            and _EVENT_BEGAN_RE.search((f.sentence or "").lower()) is None
        ):
            apart.add(id(f))
        lead_day = lead_days.get(f.source)
        if _earlier_month(f, leads.get(f.source), lead_day):
            apart.add(id(f))  # (dropped even alone, as the month's total was)
        marked.append(
            rise
            or id(f) in apart
            or (
                not f.cumulative
                and f.date is not None
                and lead_day is not None
                and (lead_day - f.date).days > _BACKGROUND_DAYS
                # (not the story's event named again: "A man died on Thursday
                # of wounds he sustained in a raid on Jenin. The raid on
                # April 20 killed 11")
                and not opens_on_the_event(f)
            )
            or (
                start is not None
                and day is not None
                and (day - start).days
                > (_EXODUS_DAYS if f.category is Category.REFUGEES else _BACKGROUND_DAYS)
                and id(f) not in reports
                # (a toll told final that is its story's first of its kind
                # is its incident's, however long ago: "put the final death
                # toll at 587, up from the 358 announced"; not an older
                # event's after the lead's)
                and not (
                    kind_leads.get((f.source, f.category)) is f
                    and _told_final(f.surface.lower().split())
                )
            )
            # "more than 39,000 Palestinians have been killed since the war
            # began": a war's toll, however undated its start
            or (f.cumulative and (f.period is None or f.period.start is None) and _war_long(f))
            # "Death toll rises to 73 ... 73 people had died": the toll of
            # that incident, told twice
            or (
                f.cumulative
                and f.period is None
                and f.count.stated is not None
                and (f.source, f.category, f.count.stated) in told
            )
            or _dwarfs_incidents(f, incidents)
        )
    # (a rise goes whatever else is dropped: its total is there)
    risen = {id(f) for f, rise in zip(figures, rises, strict=True) if rise} | apart
    return [f for f in kept_beside_own(figures, marked) if id(f) not in risen]


#: How long before a day's crossings abroad the total of their exodus may
#: start and still hold them, no background (a year: the story's exodus;
#: "Some 2.5 million people have fled Ukraine since Feb. 24 ... On Sunday,
#: 82,000 people crossed": 2.5
#: million; not "Bangladesh has sheltered more than 700,000 Rohingya since
#: 2017" beside the day's 8,000).
_EXODUS_DAYS = 366


#: The categories of a story's lead incident: harm, and people seized (a
#: kidnapping's story); and how many days before a lead of people seized a
#: total of harm must start to be its background (two weeks: a siege's toll
#: since the building was stormed days before is its own; a detention
#: release's "so far this month" is not).
_LEAD_CATEGORIES = lx.HARM_CATEGORIES | {Category.DETAINED}
_SEIZED_BACKGROUND_DAYS = 14
#: Words of people seized by force in a lead's own words: an abduction, not
#: an arrest ("Police detained 14 people over the clashes" tells the
#: clashes' toll as its own, and so does one that "seized 20 guns").
_SEIZING_WORDS = lx.ABDUCTION_WORDS | {"seized", "seizing", "snatched"}


def _earlier_month(f: Figure, lead: Figure | None, lead_day: dt.date | None) -> bool:
    """
    Whether a figure is one incident of a month or year only ("In clashes over a land dispute
    in July last year, 49 people were killed") that ended before its story's lead of harm
    (its day or month, else the publication's: "last month" in a story of Monday's attack is
    another month's, however near), and is not that lead: background, dropped even alone, as
    that month's total was. A lead over a period sets nothing apart.
    """
    if lead is None or lead is f or (lead.cumulative and lead.period is not None):
        return False  # (no lead, or a lead over a period: "16 were killed in March")
    own = lead.period.start if lead.period is not None and lead.date is None else None
    day = lead_day or own or f.source.published
    return (
        not f.cumulative
        and f.date is None
        and f.period is not None
        and f.period.end is not None
        and day is not None
        and day > f.period.end
    )


def days_spanned(figure: Figure) -> int | None:
    """The days a figure's period spans when both its bounds are told, else ``None``."""
    period = figure.period
    if period is None or period.start is None or period.end is None:
        return None
    return (period.end - period.start).days


def _long_total(figure: Figure) -> bool:
    """Whether a figure is a running total over more than ``_BACKGROUND_DAYS``."""
    return (
        figure.cumulative and (days := days_spanned(figure)) is not None and days > _BACKGROUND_DAYS
    )


#: The longest span, in days, of a count of a report's last day or two (a
#: running total's rise over it).
LAST_DAYS = 2


def _last_days(figure: Figure) -> bool:
    """Whether a figure counts the last day or two up to its publication ("past 24 hours")."""
    published = figure.source.published
    return (
        (days := days_spanned(figure)) is not None
        and days <= LAST_DAYS
        and (published is None or (figure.period is not None and figure.period.end == published))
    )


#: Words that make a count an addition to a total told before ("13 more deaths").
_ADDED = lx.ADDED_WORDS | {"more", "new"}


#: One incident named ("The final toll of the attack was 24 dead"): its own toll.
_SINGLE_INCIDENT = frozenset(w for w in lx.INCIDENT_NOUNS if not w.endswith("s"))


#: Words that tell a count as the incident's toll updated ("Local reports
#: later suggested the death toll was over 100").
_UPDATED = frozenset({"later", "now", "updated"})
#: How many words "final" may stand before the noun of the total it tells
#: the incident's last ("The final tally", "the final death toll").
_FINAL_REACH = 2


def _first_of_each_kind(figures: list[Figure]) -> dict[tuple[Source, Category], Figure]:
    """The first figure (by position) of each category of harm in each document."""
    firsts: dict[tuple[Source, Category], Figure] = {}
    for f in figures:
        key = (f.source, f.category)
        if f.category in lx.HARM_CATEGORIES and (
            key not in firsts or f.span.start < firsts[key].span.start
        ):
            firsts[key] = f
    return firsts


def _told_final(words: list[str]) -> bool:
    """
    Whether words tell a total the incident's last: "final" before a noun
    of a total ("The final tally was 796 killed", "the final death toll";
    not "In the final year of the war").
    """
    return any(
        w == "final" and not lx.TOTAL_NOUNS.keys().isdisjoint(words[k + 1 : k + 1 + _FINAL_REACH])
        for k, w in enumerate(words)
    )


#: How many times its document's largest incident before it an undated
#: total must be to be the story's background.
_BACKGROUND_TIMES = 2
#: The least such a background total counts (a war's, a campaign's, a
#: season's); a few more dead told later are a story's own ("four men who
#: had been shot and killed").
_BACKGROUND_LEAST = 10


def _incidents_before(
    figures: list[Figure],
) -> dict[tuple[Source, Category], list[tuple[int, int]]]:
    """
    Each document's incidents of each category with a stated number, as
    (where each starts, the largest number told up to there), in order.
    """
    found: dict[tuple[Source, Category], list[tuple[int, int]]] = {}
    for f in figures:
        # (an incident, or the story's own toll with no period: "Flooding has
        # killed at least 37 people ... The rains have killed 259 people")
        if (
            (not f.cumulative or f.period is None)
            # (hosts' stocks of refugees are no incidents: "... 90,000 ...
            # Chad hosts 600,000"; a day's crossings are)
            and not (f.cumulative and f.category is Category.REFUGEES)
            and f.count.stated is not None
            and f.part_of is None
        ):
            found.setdefault((f.source, f.category), []).append((f.span.start, f.count.stated))
    for key, told in found.items():
        told.sort()
        found[key] = list(
            zip((s for s, _ in told), itertools.accumulate((n for _, n in told), max), strict=True)
        )
    return found


def _dwarfs_incidents(
    figure: Figure, incidents: dict[tuple[Source, Category], list[tuple[int, int]]]
) -> bool:
    """
    Whether a running total with no period, told after an incident (or a
    toll with no period) of its document and more than twice the largest
    told before it, is the story's background ("Gunmen killed 17 displaced people ... at
    least 1,870 civilians have been killed", "killed 14 civilians ... 29
    civilians had been killed"), unless its words say it rose ("bringing the
    toll to 40"), its sentence names one incident ("The final toll of the
    attack was 24 dead") or an update before it ("reports later suggested the
    death toll was over 100"), or a source sets it in its words, at most ten
    times the count before (:func:`_sets_toll`: "The government put the
    death toll at 121. Local officials put the toll at more than 300"): the
    incident's own toll.
    """
    if not figure.cumulative or (figure.period is not None and figure.period.start is not None):
        return False  # (a period with no start is as long as none: "so far this monsoon season")
    if figure.category.is_equipment:
        return False  # (kinds of equipment, no incident toll: "had lost 30 aircraft and 211 tanks")
    told = incidents.get((figure.source, figure.category))
    if (
        not told
        or not lx.RISE_WORDS.isdisjoint(figure.surface.lower().split())
        or not _SINGLE_INCIDENT.isdisjoint(words_in(figure.sentence))
        # (its words tell it final: "The final tally was 796 killed")
        or _updated_before(before := said_before(figure, BACKGROUND_REACH, words=False).split())
        # (its words, or those right before them, tell it final: "The final tally was 796")
        or _told_final(before[-_FINAL_REACH:] + figure.surface.lower().split())
    ):
        return False
    i = bisect.bisect_left(told, (figure.span.start,)) - 1
    # (a total in words is measured by its floor: "tens of thousands")
    low = figure.count.low
    return (
        i >= 0
        and low >= _BACKGROUND_LEAST
        and low > _BACKGROUND_TIMES * told[i][1]
        and not (low <= _SET_TOLL_TIMES * told[i][1] and _sets_toll(figure))
    )


#: How many times the count before it a toll a source sets may be and still
#: be a rival of the incident's (not its background).
_SET_TOLL_TIMES = 10


def _sets_toll(figure: Figure) -> bool:
    """
    Whether a source sets the toll in the figure's own words ("Local
    officials put the toll at more than 300", "put it at more than 400"),
    in a sentence that names no war: another source's toll of the incident.
    """
    words = figure.surface.lower().split()
    if "at" not in words or not lx.WAR_NOUNS.isdisjoint(words_in(figure.sentence)):
        return False
    at = words.index("at")
    verb = next((k for k in range(at - 1, -1, -1) if words[k] in lx.TOLL_SETTING_VERBS), None)
    # (the toll bare, of no scope of its own: not "put the number of civilians
    # killed in the province at 120", "the total number of people killed by
    # the militants")
    return verb is not None and all(w in _BARE_TOLL_WORDS for w in words[verb + 1 : at])


#: The words of a bare toll a source sets ("put the death toll at", "put it at").
_BARE_TOLL_WORDS = frozenset(
    {"the", "death", "toll", "its", "their", "it", "overall", "final", "official", "national"}
)


def _updated_before(words: list[str]) -> bool:
    """
    Whether words before a total tell it as an update (`_UPDATED`: "reports
    later suggested", "the toll now stands at"), or the toll rising ("But
    the toll climbed through the night, and by early Saturday police put the
    dead at 47"); not a war's age ("The war, now in its 22nd month, has
    killed tens of thousands").
    """
    return any(
        (w in _UPDATED and not (w == "now" and k + 1 < len(words) and words[k + 1] == "in"))
        or (w == "toll" and not lx.RISE_WORDS.isdisjoint(words[k + 1 : k + 3]))
        for k, w in enumerate(words)
    )
