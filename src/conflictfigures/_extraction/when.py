"""
When a figure happened: the date nearest it and whether a statement dates
it, a period that frames its sentence or its list, a change in brackets
whose period is not the total's, and the counts told with a total in its
time (datelines and the day a story is set on are :mod:`.story_days`'s; the
days figures then take from their document's incident are
:mod:`.incident_days`'s).
"""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING

from dateutil.relativedelta import relativedelta

from conflictfigures import _lexicon as lx
from conflictfigures._extraction.context import (
    anothers_period,
    clause_between,
)
from conflictfigures._extraction.dates import (
    DAY_BACK,
    DateMention,
    PeriodMention,
    shift,
)
from conflictfigures._extraction.numbers import ordinal_value
from conflictfigures.models import Period

if TYPE_CHECKING:
    import datetime as dt
    from collections.abc import Set as AbstractSet

    from conflictfigures._extraction.discourse import Doc
    from conflictfigures._extraction.reading import Reading
    from conflictfigures._extraction.text import Token


#: How many words before a perfect's figure its "also" may stand, or inside
#: its words ("have also destroyed 19,190").
_ALSO_REACH = 3


def carried_period(
    lows: list[str],
    r: Reading,
    doc: Doc,
    carried: Period | None,
    so_far: int | None,
    *,
    told: bool,
) -> PeriodMention | None:
    """
    The period the sentences before named for a figure with no time of its
    own (``told``: whether its sentence names a period): in a sentence that
    names none, a perfect with "also" goes on with the period up to now
    told last (``carried``; "... have destroyed 9,386 tanks since February
    24, 2022. ... have also destroyed 19,190 armoured vehicles"), and a
    count after "so far" (at ``so_far``) with the story's since-period
    ("Since 24 January, ... So far we have confirmed 36 Russian tanks
    lost"); in any sentence, a total or perfect that tells the running total
    of its category again, a little higher ("... since October 7 past
    30,000. ... the ministry put the toll at 30,035": ``Doc.restated_total``).
    """
    if not told:
        if (
            r.perfect
            and carried is not None
            and "also" in lows[max(0, r.first - _ALSO_REACH) : r.last]
            # (a story that dated its war counts from its start, later)
            and doc.war_start is None
        ):
            return PeriodMention(r.first, r.first, carried)
        if doc.since_period is not None and so_far is not None and so_far < r.first:
            return PeriodMention(r.first, r.first, doc.since_period)
    if (r.cumulative or r.perfect) and (
        again := doc.restated_total(r.category, r.number.stated)
    ) is not None:
        return PeriodMention(r.first, r.first, again)
    return None


def told_night(
    lows: list[str], dates: list[DateMention], said: AbstractSet[int], *, night_before: bool
) -> None:
    """
    Date in place a lone "overnight" among ``dates`` by the day of the
    sentence's statement (``said``: the indices of the dates that may date
    one) when that day is before publication: the night that ended on the
    day it was told ("Armed men killed 98 people in an overnight massacre,
    the government said on Thursday": Thursday; alone, "overnight" is the
    night that ended on the day of publication); not a statement tied to
    another time ("a week after officials said on Monday").  In a text that
    also tells of "last night" (``night_before``), "overnight" is that night,
    dated the day before publication as "last night" is, so one night is not
    told on two days.
    """
    if night_before:
        for k, d in enumerate(dates):
            if d.last == d.first + 1 and lows[d.first] == "overnight":
                before = shift(d.date, DAY_BACK)
                if before is not None:
                    dates[k] = DateMention(d.first, d.last, before)
    told = next(
        (dates[i] for i in sorted(said) if dates_a_statement(lows, dates[i].first, dates[i].last)),
        None,
    )
    if told is None:
        return
    for k, d in enumerate(dates):
        if d.last != d.first + 1 or lows[d.first] != "overnight" or told.date >= d.date:
            continue
        if abs(d.first - told.first) <= _NIGHT_TOLD_REACH and not _tied_to_another_time(
            lows, told.first
        ):
            dates[k] = DateMention(d.first, d.last, told.date)


#: How far apart a statement's day and the "overnight" it dates may stand,
#: and how far before the statement's day a word may tie it to another time.
_NIGHT_TOLD_REACH = 40
_TIED_REACH = 6


def _tied_to_another_time(lows: list[str], day: int) -> bool:
    """
    Whether the statement whose day stands at ``day`` is tied to another
    time by a word of time in its own clause before it ("a week after
    officials said on Monday"; not the incident's own "killed overnight when
    militants attacked ..., the army said on Monday", past a comma).
    """
    for k in range(day - 1, max(-1, day - 1 - _TIED_REACH), -1):
        if lows[k] in (",", ";"):
            return False
        if lows[k] in lx.PERIOD_BOUNDS or lows[k] in ("ago", "when"):
            return True
    return False


def statement_anchors(
    dates: list[DateMention], claims: list[tuple[int, int, int]], lows: list[str]
) -> list[int]:
    """
    For each date, the earliest reporting word of a claim whose claimant comes
    after the date ("On Tuesday, the leader confirmed ..."): a figure after
    that word is dated by the statement, not by this date.  A source of its
    own clause after "with" states nothing of the main clause's day
    ("Clashes erupted on Monday, with the ministry saying 56 were killed"),
    nor does one in a relative clause ("A bombing on Monday, which officials
    said killed 12 people").
    """
    by_start = sorted(
        (c_start, anchor)
        for anchor, c_start, _ in claims
        # (nor one in a relative clause, which tells of its head's deed: "A
        # suicide bombing on Monday, which officials said killed 12 people")
        if not (
            c_start > 0
            and (lows[c_start - 1] in ("with", "which") or _relative_that(lows, c_start - 1))
        )
    )
    starts = [c for c, _ in by_start]
    suffix_min = [0] * len(by_start)
    low = 1 << 62
    for i in range(len(by_start) - 1, -1, -1):
        low = min(low, by_start[i][1])
        suffix_min[i] = low
    out = []
    for d in dates:
        i = bisect.bisect_left(starts, d.last)
        out.append(suffix_min[i] if i < len(by_start) else 1 << 62)
    return out


def _relative_that(lows: list[str], k: int) -> bool:
    """
    Whether "that" at ``k`` opens a relative clause, after its head noun ("A
    blast that police said killed 12"); not a cleft's ("It was not until
    Thursday that the coast guard said") nor a verb of saying's ("said that").
    """
    before = lows[k - 1] if k else ""
    if lows[k] != "that" or not before.isalpha() or before in lx.REPORTING_VERBS:
        return False
    cleft = range(max(0, k - _CLEFT_REACH), k - 1)
    return not any(lows[j] == "it" and lows[j + 1] in lx.BE_FORMS for j in cleft)


#: How far before its "that" a cleft's "It was" may stand ("It was only on Wednesday that").
_CLEFT_REACH = 8


#: How far before a figure the "a day after" of its clause may stand.
_DAYS_BACK_REACH = 12


def day_before_after(lows: list[str], date_m: DateMention, r: Reading) -> dt.date | None:
    """
    The day of a figure's deed when the figure stands in a clause after its
    sentence's date opened by "a day after" or "N days after": that many
    days before the date ("The bodies of two civilians were found on
    Wednesday, a day after North Korea's artillery attack killed two South
    Korean marines": the marines on Tuesday); else ``None``.
    """
    if date_m.last > r.first or date_m.date is None:
        return None
    for k in range(r.first - 1, max(date_m.last, r.first - _DAYS_BACK_REACH) - 1, -1):
        if (
            lows[k] == "after"
            and k >= 2
            and lows[k - 1] in ("day", "days")
            and lows[k - 2] in lx.DAYS_LATER_COUNTS
            and k - 2 >= date_m.last
        ):
            return shift(date_m.date, relativedelta(days=-lx.DAYS_LATER_COUNTS[lows[k - 2]]))
    return None


def day_before_told(
    lows: list[str], date_m: DateMention, told: DateMention | None
) -> dt.date | None:
    """
    The day before ``told`` (the incident day an earlier figure of the
    sentence took) when ``date_m`` is "the previous day" or "the previous
    night" after it ("detained on Tuesday night, down from around 2,000 the
    previous night": Monday); else ``None`` (against the publication day,
    as read alone).
    """
    if (
        told is None
        or told is date_m
        or told.date is None
        or told.last > date_m.first
        or "previous" not in lows[date_m.first : date_m.last]
    ):
        return None
    return shift(told.date, relativedelta(days=-1))


def earlier_statement_day(
    lows: list[str], statement: tuple[int, int], dates: list[DateMention]
) -> dt.date | None:
    """
    The day of a statement before its figures (``statement``: its reporting
    word and its date's first word) when it is told in the past perfect,
    made before the story's time: its day dates what it counted ("On Monday,
    the ISPR had said that eight terrorists were killed", "Earlier on
    Friday, Ukrainian Railways had reported 30 dead"); else ``None`` ("On
    Tuesday, the leader confirmed that two soldiers were killed in Libya"
    stays undated, and so does a count as of a day: "By Tuesday, officials
    had reported 30 deaths").
    """
    anchor, first = statement
    if anchor == 0 or lows[anchor - 1] != "had" or up_to_day(lows, first):
        return None
    return next((d.date for d in dates if d.first == first), None)


#: Verbs of telling an audience ("told parliament on Tuesday").
_TELLING_VERBS = frozenset({"told", "tells", "briefed", "informed", "addressed"})


def dates_a_statement(lows: list[str], first: int, last: int | None = None) -> bool:
    """
    ``(REPORTING_VERB | STATEMENT_NOUN) "on"? DATE``, ``"told" AUDIENCE "on"
    DATE`` or ``"on" DATE (TOLL_SETTING_VERB | DISCLOSURE_VERB)``: the date
    at ``first`` (ending before ``last``) is when something was said or made
    known ("the army said on Tuesday", "a police statement on Monday said",
    "told parliament on Tuesday"; "The ministry on Tuesday put the toll at
    36", "Police on Sunday identified the two people killed in Saturday
    night's shooting": the incident is dated by the story).
    """
    k = first - 1 if first and lows[first - 1] != "on" else first - 2
    if (
        k >= 0
        and (lows[k] in lx.REPORTING_VERBS or lows[k] in lx.STATEMENT_NOUNS)
        # (a post of forces is a place: "attacked an army post on Saturday")
        and not (lows[k] == "post" and k > 0 and lows[k - 1] in _POST_HOLDERS)
    ):
        return True
    if first and lows[first - 1] == "on" and told_audience(lows, first - 1) >= 0:
        return True  # "told parliament on Tuesday", "told AFP on Monday"
    if first and lows[first - 1] == "on" and _released_by(lows, first - 1):
        return True  # "figures released by the Health Ministry on Wednesday"
    return (
        last is not None
        and first > 0
        and lows[first - 1] == "on"
        and last < len(lows)
        and (
            lows[last] in lx.TOLL_SETTING_VERBS
            # "Police on Sunday identified the two people killed in ..."
            or lows[last] in lx.DISCLOSURE_VERBS
            # "The Nigerian Army on Thursday confirmed that 23 soldiers were
            # killed when insurgents attacked a base last Sunday"
            or lows[last] in lx.REPORTING_VERBS
        )
    )


#: Words before "post" that make it a place held, no statement.
_POST_HOLDERS = lx.FORCE_WORDS | {"border", "guard", "checkpoint", "observation", "command"}
#: How many words an audience told may take ("told The Associated Press on Monday").
_AUDIENCE_WORDS = 3
#: Words that open what is told, no audience ("told that police on Monday ...").
_TOLD_OPENERS = (
    frozenset({"that", "how", "what", "why", "whether", "of", "about", "to", "whom"})
    | lx.RELATIVE_PRONOUNS
    | lx.UNITS.keys()
)


#: Participles of making figures known before "by" and their source
#: ("figures released by the Health Ministry on Wednesday").
_RELEASED_PARTICIPLES = frozenset(
    {"released", "published", "issued", "compiled", "provided", "reported", "announced"}
)
#: How many words the source after "by" may take, an acronym in brackets
#: counted ("reported by the State Emergency Service (SES) on Tuesday").
_RELEASER_WORDS = 8


def _released_by(lows: list[str], on: int) -> bool:
    """
    ``RELEASED_PARTICIPLE "by" WORD{1,7} "on"`` ending at ``on`` (an acronym
    in brackets among the words): the day a source made figures known
    ("According to figures released by the Health Ministry on Wednesday, 312
    people have died"; "This was reported by the State Emergency Service
    (SES) on Tuesday morning"), no day of what they count.
    """
    for k in range(on - 2, max(0, on - 2 - _RELEASER_WORDS), -1):
        if lows[k] == "by":
            return k > 0 and lows[k - 1] in _RELEASED_PARTICIPLES
        if not (lows[k].replace("'", "").isalpha() or lows[k] in ("(", ")")):
            return False
    return False


def told_audience(lows: list[str], on: int) -> int:
    """
    ``TELLING_VERB WORD{1,3}``, the words no clause's opener, ending before
    ``on`` (an "on" or a period's first word): an audience told ("told
    reporters", "told AFP", "briefed the council"), whose "on" DATE or
    period is the time of telling. The verb's index, else -1.
    """
    for k in range(on - 1, max(-1, on - 2 - _AUDIENCE_WORDS), -1):
        low = lows[k]
        if low in _TELLING_VERBS:
            return k if k < on - 1 else -1
        if low in _TOLD_OPENERS or not low.replace("'", "").isalpha():
            return -1
    return -1


#: Calendar spans after "last" that name when one incident happened.
_LAST_SPANS = frozenset({"week", "weekend", "month"})
#: How far before a span "last" may be from the incident it dates ("were
#: killed in a coordinated attack on two army positions in northern Benin
#: last week").
_INCIDENT_REACH = 16
#: How many words may name the incident after its article ("a coordinated attack").
_INCIDENT_WORDS = 3


def incident_last(lows: list[str], r: Reading, period: PeriodMention) -> bool:
    """
    ``"in" ("a" | "an") WORD{0,2} INCIDENT ... "last" ("week" | "weekend" | "month")``
    after a figure in the simple past: the week one incident happened in, not
    a running total over it ("Fifty-four soldiers were killed in a
    coordinated attack on two army positions ... last week": an incident of
    an undated day, which a later sentence may tell, "the attack on April
    17"; not "have been killed in attacks since last week").
    """
    first = period.first
    if (
        r.perfect
        or r.cumulative
        or first < r.last
        or lows[first] != "last"
        or first + 1 >= len(lows)
        or lows[first + 1] not in _LAST_SPANS
    ):
        return False
    if first - r.last > _INCIDENT_REACH:
        return False
    between = lows[r.last : first]
    return any(
        between[k] == "in"
        and between[k + 1] in ("a", "an")
        and not lx.INCIDENT_NOUNS.isdisjoint(between[k + 2 : k + 2 + _INCIDENT_WORDS])
        for k in range(len(between) - 2)
    )


#: Words before "the weekend" that tell when an incident happened.
_WEEKEND_TIMES = frozenset({"over", "at", "last"})
#: Words of a round-up of several events in a sentence ("across Gaza",
#: "in several attacks", "a wave of strikes"): a weekend's tally, no incident.
_ROUNDUP_WORDS = lx.ROUNDUP_WORDS
#: Nouns of events whose plural, or whose mass, makes a sentence a round-up
#: ("Clashes killed 20", "Floods killed 15", "Violence over the weekend").
_EVENT_NOUNS = lx.INCIDENT_NOUNS | lx.DISASTER_NOUNS
#: How many words before an active verb its subject is looked at, and after
#: a figure its "when" and the event verb after it.
_SUBJECT_WORDS = 8
_WHEN_REACH = 14
_WHEN_VERB_REACH = 10


def weekend_time(lows: list[str], period: PeriodMention) -> bool:
    """``("over" | "at" | "last") "the"? "weekend"``: a weekend's period."""
    return lows[period.last - 1] == "weekend" and lows[period.first] in _WEEKEND_TIMES


def _events_noun(word: str) -> bool:
    """Whether a word names events in the plural ("clashes", "floods", "strikes")."""
    return word.endswith("s") and (word[:-1] in _EVENT_NOUNS or word[:-2] in _EVENT_NOUNS)


def roundup_sentence(lows: list[str]) -> bool:
    """
    Whether a sentence rounds up several events: a round-up's word ("across",
    "several", "separate") or events in the plural ("strikes", "clashes",
    "floods"). Read once a sentence.
    """
    return not _ROUNDUP_WORDS.isdisjoint(lows) or any(_events_noun(w) for w in lows)


def incident_weekend(lows: list[str], r: Reading, roundup: bool) -> bool:
    """
    A figure in the simple past, in a sentence that rounds up nothing
    (``roundup``), of one incident told with a weekend (:func:`weekend_time`):
    the weekend that incident happened on, its day untold, no running
    total's period. One incident is an active verb's object whose subject
    names people, no events ("Gang members went house to house over the
    weekend, killing at least 12 people"; not "Israeli strikes killed 40
    people across Gaza"), or a figure followed by "when" and an event's verb
    ("Eight migrants drowned over the weekend when their dinghy capsized");
    a count with neither ("Some 30 people were killed over the weekend")
    keeps the weekend as its period.
    """
    if r.perfect or r.cumulative or roundup:
        return False
    if r.active and r.verb > 0:
        # (no event as the subject: "Violence over the weekend killed 25")
        subject = lows[max(0, r.verb - _SUBJECT_WORDS) : r.verb]
        return _EVENT_NOUNS.isdisjoint(subject) and lx.WAR_NOUNS.isdisjoint(subject)
    after = lows[r.last : r.last + _WHEN_REACH]
    return any(
        w == "when" and not lx.EVENT_VERBS.isdisjoint(after[k + 1 : k + 1 + _WHEN_VERB_REACH])
        for k, w in enumerate(after)
    )


#: How far after a list's last member the period they share may start, and
#: how far when no comma stands between (a phrase of place first: "were
#: killed and 37 others wounded in clashes between rival cattle keepers in
#: Jonglei State's Pigi County over the weekend").
_LIST_PERIOD_REACH = 6
_LIST_PERIOD_PHRASE_REACH = 16


def compared_period(
    lows: list[str], r: Reading, periods: list[PeriodMention], firsts: list[int]
) -> PeriodMention | None:
    """
    ``("up" | "down") "from" NUMBER PERIOD`` or ``"compared" ("with" |
    "to") FIGURE PERIOD``: the period right after a count set beside another
    is its own, not the sentence's ("41 homicides this year, up from 33 at
    the same point in 2023"; "compared with 11 deaths in the whole of 2022").
    """
    f = r.first
    multiple = f > 1 and lows[f - 1] == "the" and lows[f - 2] in lx.MULTIPLES
    if not (
        (f > 1 and lows[f - 1] == "from" and lows[f - 2] in ("up", "down"))
        or (f > 1 and lows[f - 1] in ("with", "to") and lows[f - 2] == "compared")
        or multiple
    ):
        return None
    j = bisect.bisect_left(firsts, r.last)
    if j < len(periods) and firsts[j] == r.last:
        return periods[j]
    if multiple and j < len(periods) and firsts[j] - r.last <= _MULTIPLE_CLAUSE:
        # past its clause's verb: "more than double the 248,284 recorded in
        # 2022", "nearly double the 64,529 who arrived in the same period of 2022"
        between = lows[r.last : firsts[j]]
        if not any(w in (",", ";", ":", ".") for w in between):
            return periods[j]
    return None


#: How many words the clause of a count set beside a multiple may hold
#: before its period ("who arrived in the same period of").
_MULTIPLE_CLAUSE = 7


#: How many members after a figure its list is followed to find their period.
_LIST_MEMBERS = 24


def list_period(
    readings: list[Reading],
    idx: int,
    periods: list[PeriodMention],
    period_firsts: list[int],
    lows: list[str],
) -> PeriodMention | None:
    """
    The period right after the list the reading at ``idx`` opens or is in,
    shared by every member ("has reported 705 deaths and 5,287 injuries
    since the fighting began on 15 April"): the one just after its last
    member, with no clause break between; else ``None``.
    """
    last = idx
    while (
        last + 1 < min(len(readings), idx + _LIST_MEMBERS)  # (bounded: linear work)
        and (
            readings[last + 1].listed
            # joined by list words alone: "705 deaths and 5,287 injuries"
            or all(
                w in lx.LIST_JOINERS or w == ","
                for w in lows[readings[last].last : readings[last + 1].first]
            )
        )
    ):
        last += 1
    if last == idx:
        return None
    end = readings[last].last
    j = bisect.bisect_left(period_firsts, end)
    if (
        j < len(periods)
        and (
            period_firsts[j] - end <= _LIST_PERIOD_REACH
            or (
                period_firsts[j] - end <= _LIST_PERIOD_PHRASE_REACH
                and "," not in lows[end : period_firsts[j]]
            )
        )
        and lx.CLAUSE_BREAKS.isdisjoint(lows[end : period_firsts[j]])
    ):
        return periods[j]
    return None


def ordinal_toll(tokens: list[Token], r: Reading) -> bool:
    """Whether a reading is the toll an ordinal's death brings ("A fourth victim has died")."""
    first = r.number.first
    return (
        tokens[first].low in ("a", "an")
        and first + 1 < len(tokens)
        and ordinal_value(tokens[first + 1]) == r.number.stated
    )


#: How far back from a period a change in brackets may open.
_CHANGE_REACH = 8


def in_change(tokens: list[Token], first: int) -> bool:
    """
    Whether a period starting at ``first`` is the one of a change in
    brackets ("1,312,450 personnel (+1,070 over the past day)"): the change's,
    not the total's.
    """
    for j in range(first - 1, max(-1, first - 1 - _CHANGE_REACH), -1):
        if tokens[j].text == ")":
            return False
        if tokens[j].text == "(":
            return j + 1 < len(tokens) and tokens[j + 1].text in lx.CHANGE_SIGNS
    return False


#: The words after "N of" that stand for the group told just before ("six of them").
_GROUP_BEFORE_WORDS = frozenset({"them", "those", "these", "whom"})


def of_those_before(lows: list[str], r: Reading, previous: Reading) -> bool:
    """
    ``NUMBER "of" ("them" | "those" | "these" | "whom")`` right after the
    reading before, no semicolon between: some of that group ("35 people
    were shot, six of them fatally").
    """
    k = r.number.last
    return (
        r.first == r.number.first
        and k + 1 < len(lows)
        and lows[k] == "of"
        and lows[k + 1] in _GROUP_BEFORE_WORDS
        and previous.last <= r.first
        and ";" not in lows[previous.last : r.first]
    )


def told_with(lows: list[str], r: Reading, previous: Reading) -> bool:
    """
    Whether ``r`` is told with the figure before it, in its time: a part
    after "including" ("has verified 12,162 civilian deaths ..., including
    659 children killed"), or a count joined by "and" with no finite verb of
    its own ("12,162 civilian deaths and 26,919 injuries", "659 children
    killed and 1,747 children injured"); no semicolon between, and no time
    of its own after it.
    """
    if previous.last > r.first or ";" in lows[previous.last : r.first]:
        return False
    if r.first >= 1 and lows[r.first - 1] == "including":
        return True
    between = lows[previous.last : r.first]
    return (
        (
            between in (["and"], [",", "and"])
            # (past the phrase of the figure before, a perfect's gapped verb:
            # "have been killed in the offensive that began on October 27,
            # and 1,339 wounded")
            or (
                previous.perfect
                and between[-2:] == [",", "and"]
                and len(between) <= _GAPPED_REACH
                and ";" not in between
                # (no count between but a day's: "on October 27")
                and not any(
                    w[:1].isdigit() and lows[previous.last + i - 1] not in lx.MONTHS
                    for i, w in enumerate(between)
                )
            )
        )
        and not r.active
        and lx.FINITE_AUXILIARIES.isdisjoint(lows[r.first : r.last])
        and lx.OWN_TIME_WORDS.isdisjoint(lows[r.last : r.last + _OWN_TIME_REACH])
    )


#: How many words a perfect's phrase may hold before a gapped count joins it.
_GAPPED_REACH = 16
#: How far after a figure its own time may be told ("and 12 in Niger a year earlier").
_OWN_TIME_REACH = 6


def as_of_day(lows: list[str], date_m: DateMention) -> bool:
    """Whether a date is a count's "as of" day: ``"as" ("of" | "at") DATE``."""
    return _as_of_at(lows, date_m.first)


def _as_of_at(lows: list[str], first: int) -> bool:
    """Whether ``"as" ("of" | "at")`` stands right before ``first``."""
    return first >= 2 and lows[first - 2] == "as" and lows[first - 1] in ("of", "at")


#: Words before a day that make what is told of it a count up to then ("by Tuesday").
_UP_TO_DAY = frozenset({"by", "until", "till", "through"})


def up_to_day(lows: list[str], first: int) -> bool:
    """Whether the day at ``first`` ends a count: ``("by" | "until" | "as of") DATE``."""
    return (first > 0 and lows[first - 1] in _UP_TO_DAY) or _as_of_at(lows, first)


def as_of_period(
    lows: list[str],
    date_m: DateMention,
    period_m: PeriodMention | None,
    told_before: PeriodMention | None,
) -> PeriodMention | None:
    """
    ``"as" ("of" | "at") DATE`` closing a count over a period up to now, its
    own or ``told_before`` (the period of the figure it is told with): the
    day the count runs to ("Since 24 February 2022, HRMMU has verified 12,162
    civilian deaths and 26,919 injuries as of 31 October 2024": both from
    24 February 2022 to 31 October 2024).
    """
    base = period_m or told_before
    if (
        base is None
        or not as_of_day(lows, date_m)
        or base.period.start is None
        or date_m.date < base.period.start
        # (a closed period keeps its end: "In 2023, 2,500 migrants died ...,
        # according to IOM data as of 8 January" dates the data)
        or (base.period.end is not None and date_m.date > base.period.end)
    ):
        return None
    return PeriodMention(base.first, base.last, Period(start=base.period.start, end=date_m.date))


def past_semicolon(
    tokens: list[Token],
    lows: list[str],
    r: Reading,
    period_m: PeriodMention,
    table: tuple[list[PeriodMention], list[int], int],
    *,
    hi: int,
    date_firsts: list[int],
    published: dt.date | None,
) -> PeriodMention | None:
    """
    The period of a figure whose region's period ``period_m`` (at ``j`` of
    ``table``'s periods and their first tokens) closed the clause before a
    semicolon: the figure's own clause may tell its own after it ("a surge
    this year; ... 92 were killed in January and February"), else the clause
    before's time is not the figure's ("attacked villages between 15 and 17
    May; in Kubwat alone, 23 people were killed on 16 May"), unless the
    figure is a perfect with no time of its own counting over an open one
    ("... since June; at least 64 people have died and 20,000 have been
    displaced"; not "last week; ... 1,500 have been killed", nor one beside
    its own "since").
    """
    periods, firsts, j = table
    semi = r.first - 1 - lows[period_m.last : r.first][::-1].index(";")
    after = j + 1
    if (
        after < len(periods)
        and r.last <= firsts[after] < hi
        and firsts[after] > semi
        and not clause_between(lows, r.last, firsts[after])
        and not anothers_period(tokens, lows, r.last, firsts[after])
    ):
        return periods[after]
    if (
        r.perfect
        and period_m.period.end == published
        and "since" not in lows[semi + 1 : hi]
        and ";" not in lows[semi + 1 : hi]
        # (no date of its own in its clause)
        and bisect.bisect_right(date_firsts, semi) == bisect.bisect_left(date_firsts, hi)
    ):
        return period_m
    return None


def reported_ends(lows: list[str], readings: list[Reading]) -> frozenset[int]:
    """
    Where the counts end that a reporting verb takes as its object ("had
    reported 11,300 dead"), for :func:`reported_before` (read once a sentence).
    """
    return frozenset(
        r.last
        for r in readings
        if r.first > 0
        and lows[r.first - 1] in lx.COUNT_REPORTING_VERBS
        and lx.BE_FORMS.isdisjoint(lows[r.first : r.last])
    )


def reported_before(lows: list[str], reported: AbstractSet[int], date: DateMention) -> bool:
    """
    Whether a date follows right after (or after "on") a count that a
    reporting verb takes as its object (``reported``: where such counts end,
    see :func:`reported_ends`), and ends its clause ("had reported 11,300
    dead on Saturday, citing ..."): the day of the report, not of the
    incident (not "reported 11 soldiers killed on Monday in a separate
    ambush", nor "14 dead on Monday and 30 missing on Tuesday").
    """
    first = date.first
    end = first - 1 if first and lows[first - 1] == "on" else first
    last = date.last
    if last < len(lows) and lows[last] in lx.PARTS_OF_DAY:
        last += 1  # ("reported 66 dead on Saturday morning.")
    after = lows[last] if last < len(lows) else "."
    return after in _REPORT_DAY_ENDS and end in reported


#: What may follow a report's day: the end of its clause, or its source.
_REPORT_DAY_ENDS = frozenset({",", ".", ";", "citing", "according"})


#: How many words after a count in the perfect an incident's noun may stand.
_INCIDENT_REACH = 8


def incident_reach(readings: list[Reading], idx: int, lows: list[str], hi: int) -> int:
    """
    Where the words after a figure end that may name its incident: within
    reach in its own stretch, or past a count joined to it by "and" alone
    ("Five people have been killed and two others injured in a shooting":
    the shooting is the incident of both).
    """
    r = readings[idx]
    end = min(hi, r.last + _INCIDENT_REACH)
    if idx + 1 < len(readings):
        nxt = readings[idx + 1]
        if nxt.first == hi and lows[r.last : nxt.first] == ["and"]:
            after = readings[idx + 2].first if idx + 2 < len(readings) else len(lows)
            end = min(after, nxt.last + _INCIDENT_REACH)
    return end
