"""
The periods a sentence tells, as its document reads them (its own, "since
then", between two dates, day ranges, "the same period", a war's
since-clauses, named events' starts), and what a sentence notes of time on
its document for the sentences after it.  Moved out of :mod:`.when` in
session 51.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from conflictfigures import _lexicon as lx
from conflictfigures._extraction.between import between_dates
from conflictfigures._extraction.context import day_ranges, same_period, since_then
from conflictfigures._extraction.datelines import in_dateline
from conflictfigures._extraction.event_starts import named_event_periods
from conflictfigures._extraction.periods import find_periods
from conflictfigures._extraction.since import since_the_war, war_relative_start, war_start_told
from conflictfigures._extraction.when import dates_a_statement, in_change, told_audience

if TYPE_CHECKING:
    import datetime as dt

    from conflictfigures._extraction.dates import DateMention, PeriodMention
    from conflictfigures._extraction.discourse import Doc
    from conflictfigures._extraction.text import Token

__all__ = ["note_times", "sentence_periods"]


def _said_in(lows: list[str], first: int, last: int) -> bool:
    """
    Whether the period at ``first`` tells when a source spoke: right after a
    reporting verb in the past, active ("reported in 2018 that"; not "more
    deaths were reported in the past 24 hours", nor the noun "Kaduna states"),
    right after the audience of a relative clause's telling ("who told
    reporters last week": an appositive's story), or right after the number
    of a toll it set ("raised its count to 82 in October"; not "killed 82
    people in October").
    """
    k = first - 1
    if (
        k >= 0
        and lows[k] in lx.REPORTING_VERBS
        and not lows[k].endswith("s")
        and not (k and lows[k - 1] in lx.BE_FORMS)
    ):
        # (not when the count is the verb's object right after it: "Police
        # reported in January 45 homicides", the count over January)
        return not (last < len(lows) and _count_word(lows[last]))
    if (told := told_audience(lows, first)) > 0 and _relative_verb(lows, told):
        return True  # "a journalist who told reporters last week that ..."
    return _set_toll_in(lows, first, last, k)


#: How many words a claimant may skip between a relative pronoun and its verb ("who had earlier").
_RELATIVE_SKIPS = 3


def _relative_verb(lows: list[str], k: int) -> bool:
    """Whether the verb at ``k`` is its relative clause's own ("who told", "who had told")."""
    for j in range(k - 1, max(-1, k - 2 - _RELATIVE_SKIPS), -1):
        if lows[j] in lx.RELATIVE_PRONOUNS:
            return True
        if lows[j] not in lx.CLAIM_SKIPPABLE:
            return False
    return False


def _set_toll_in(lows: list[str], first: int, last: int, k: int) -> bool:
    """
    Whether a bare month or year "in" at ``first`` (ending before ``last``)
    tells when a source set its own count, the number at ``k``: "Amnesty
    raised its count to 82 in October", "revised its death toll to 140 in
    January". Not the count's own period: a toll named by what it counts
    ("put the number of civilians killed at 3,000 in ...", "the civilian
    death toll"), a period of more than a month or year ("in the first six
    months", "in October alone"), nor one a comparison follows ("in 2023, up
    from 900", "in January, the highest monthly total").
    """
    if (
        k < 1
        or lows[first] != "in"
        or not _count_word(lows[k])
        or not _bare_time(lows, first, last)
    ):
        return False
    for j in range(k - 1, max(-1, k - _SET_TOLL_REACH), -1):
        if lows[j] in lx.TOLL_SETTING_VERBS and not lows[j].endswith("s"):
            # the toll's words: a possessive and the toll's nouns, then "to" or "at"
            return (
                j + 2 < k
                and lows[j + 1] in lx.POSSESSIVES
                and all(w in lx.TOTAL_NOUNS or w == "death" for w in lows[j + 2 : k - 1])
            )
        if lows[j] in (",", ";", ".") or lows[j] in lx.CLAUSE_JOINERS:
            return False
    return False


def _bare_time(lows: list[str], first: int, last: int) -> bool:
    """
    Whether "in" at ``first`` names a bare month or year ("in October", "in
    2008, the group said"; not "in October alone", "in the first six
    months" nor "in 2023, up from 900 a year earlier").
    """
    if not all(w in lx.MONTHS or _count_word(w) for w in lows[first + 1 : last]):
        return False
    if last < len(lows) and lows[last] == "alone":
        return False  # "in October alone": the count's own month
    after = lows[last + 1 : last + 1 + _COMPARISON_REACH] if last < len(lows) else []
    return not any(w in _COMPARISON_WORDS or w in lx.SUPERLATIVES for w in after)


#: How far before a toll's number the verb that set it may stand.
_SET_TOLL_REACH = 8
#: How many words after a period's comma a comparison may stand ("up from", "the highest").
_COMPARISON_REACH = 3
#: Words of a comparison after a count's period ("up from 900", "compared with").
_COMPARISON_WORDS = frozenset({"up", "down", "compared", "than", "against"})


def _count_word(low: str) -> bool:
    """Whether a lower-cased token is a number in digits ("82", "1,100")."""
    return low.replace(",", "").isdigit()


def sentence_periods(
    tokens: list[Token],
    lows: list[str],
    mentions: list[DateMention],
    reference: dt.date | None,
    doc: Doc,
) -> list[PeriodMention]:
    """
    The periods a sentence tells, in order, as its document reads them: its
    own (not a change's in brackets), "since then", between two dates, day
    ranges, "the same period" the document named last, and "since the
    conflict started" after a since-clause dated the war. Notes on ``doc``
    the period named last, the last since-period up to now (for "so far"),
    the point in time told last (for "since then") and the war's start.
    """
    periods = [
        p
        for p in find_periods(tokens, reference)
        if not in_change(tokens, p.first)
        # (not when something was said: "A committee reported in 2018 that
        # 587 had died" counts no deaths of 2018)
        and not _said_in(lows, p.first, p.last)
    ]
    if "then" in lows and reference is not None:
        # (up to publication, past a statement's day told before)
        periods = since_then(lows, periods, mentions, doc.published or reference, doc.last_point)
    if len(mentions) > 1 and reference is not None:
        periods = between_dates(lows, periods, mentions, reference)
    if mentions and reference is not None:
        periods = day_ranges(lows, periods, mentions, reference)
    if ("period" in lows or "time" in lows) and doc.last_period is not None:
        periods = same_period(lows, periods, doc.last_period)
    if reference is not None and ("since" in lows or mentions):
        # "since the conflict started": the war the document dated before
        # (the war the story dates first: a later since-clause may tell
        # background, "blockaded since the Hamas takeover in 2007")
        doc.war_start = doc.war_start or war_start_told(tokens, lows, mentions, reference)
        if mentions and ("which" in lows or "that" in lows):
            # "The war, which erupted on 15 April last year, has driven ..."
            relative = war_relative_start(lows, mentions, doc.published or reference)
            if relative is not None:
                periods = sorted([*periods, relative], key=lambda p: p.first)
                doc.war_start = doc.war_start or relative.period.start
        if doc.war_start is not None and "since" in lows:
            end = doc.published or reference  # (up to publication, past dates told since)
            periods = since_the_war(tokens, lows, periods, doc.war_start, end)
    if reference is not None:
        periods = named_event_periods(
            tokens, lows, mentions, periods, doc, end=doc.published or reference
        )
        if doc.war_start is None and "since" in lows:
            # a war the story dated nowhere, no event named: from the bare date
            # the story's running count ran from before ("Since October 7, ...
            # killed since the war began"), else from no day told ("killed
            # since the invasion")
            periods = since_the_war(
                tokens, lows, periods, doc.since_day, doc.published or reference
            )
    if periods:
        doc.last_period = periods[-1].period
        running = [p for p in periods if lows[p.first] == "since" and p.period.end == doc.published]
        if running:
            doc.since_period = running[-1].period  # ("Since 24 January, ..."; for "so far")
            told = running[-1].first + 1
            start = running[-1].period.start
            day_at = told + 2 if told + 2 < len(lows) and lows[told + 1] == "." else told + 1
            if (
                day_at < len(lows)
                # a day of a month ("Since October 7", "since 24 February"):
                # no month or year alone nor a year's first day, which count
                # anything (since January, 500 people have died of cholera)
                and (
                    (lows[told] in lx.MONTHS and _day_number(lows[day_at]))  # ("Feb. 24")
                    or (_day_number(lows[told]) and lows[told + 1] in lx.MONTHS)
                )
                and start is not None
                and (start.month, start.day) != (1, 1)
            ):
                doc.since_day = start  # a bare date's
        # (a total's since-period and its part's past day in one sentence, for "also")
        doc.since_with_last = bool(running) and len(periods) > 1
    # (the point told last in the sentence: its last date, or the start of
    # its last period when that ends later; not when something was said, a
    # dateline's day, nor an "as of" day: "..., the UN said on Tuesday")
    last_date = max(
        (
            d
            for d in mentions
            if not dates_a_statement(lows, d.first, d.last)
            and not in_dateline(tokens, d)
            and not (d.first and lows[d.first - 1] == "by")
        ),
        key=lambda d: d.last,
        default=None,
    )
    if periods and (last_date is None or periods[-1].last >= last_date.last):
        doc.last_point = periods[-1].period.start or doc.last_point
    elif last_date is not None and (reference is None or last_date.date <= reference):
        doc.last_point = last_date.date
    return periods


def note_times(
    tokens: list[Token],
    lows: list[str],
    mentions: list[DateMention],
    reference: dt.date,
    doc: Doc,
) -> None:
    """
    Note what a sentence with no figure tells of time for the sentences
    after it: the start of the story's war ("Monday marks one year since the
    outbreak of war in Sudan on 15 April 2023"), the period it names and the
    point a later "since then" runs from ("Since then, more than 8.6 million
    people have fled"); the period named last stays a figure's ("In the same
    period" after "Talks were held from 2 to 5 May" is the figures' before).
    """
    named = doc.last_period
    sentence_periods(tokens, lows, mentions, reference, doc)
    doc.last_period = named


#: The most digits a day of a month has.
_DAY_DIGITS = 2


def _day_number(low: str) -> bool:
    """Whether a word is a day of a month's number ("7", "24"; not "2014")."""
    return low.isdigit() and len(low) <= _DAY_DIGITS
