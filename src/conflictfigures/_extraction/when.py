"""
When a figure happened: the date nearest it and whether a statement dates
it, a period that frames its sentence or its list, a change in brackets
whose period is not the total's, datelines, the day a story is set on, and
the date undated incident figures take from their document.
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import itertools
from typing import TYPE_CHECKING

import attrs

from conflictfigures import _lexicon as lx
from conflictfigures._extraction.context import perfect_verb_before
from conflictfigures._extraction.numbers import ordinal_value
from conflictfigures._extraction.text import possessive
from conflictfigures._headlines import in_title_line
from conflictfigures.models import Category, Qualifier

if TYPE_CHECKING:
    from conflictfigures._extraction.dates import DateMention, PeriodMention
    from conflictfigures._extraction.reading import Reading
    from conflictfigures._extraction.text import Token
    from conflictfigures.models import Figure


def statement_anchors(dates: list[DateMention], claims: list[tuple[int, int, int]]) -> list[int]:
    """
    For each date, the earliest reporting word of a claim whose claimant comes
    after the date ("On Tuesday, the leader confirmed ..."): a figure after
    that word is dated by the statement, not by this date.
    """
    by_start = sorted((c_start, anchor) for anchor, c_start, _ in claims)
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
    if k >= 0 and (lows[k] in lx.REPORTING_VERBS or lows[k] in lx.STATEMENT_NOUNS):
        return True
    if first and lows[first - 1] == "on" and _told_audience(lows, first - 1):
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
        )
    )


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
_RELEASED_PARTICIPLES = frozenset({"released", "published", "issued", "compiled", "provided"})


def _released_by(lows: list[str], on: int) -> bool:
    """
    ``RELEASED_PARTICIPLE "by" WORD{1,4} "on"`` ending at ``on``: the day a
    source made figures known ("According to figures released by the Health
    Ministry on Wednesday, 312 people have died"), no day of what they count.
    """
    for k in range(on - 2, max(0, on - 2 - _AUDIENCE_WORDS - 1), -1):
        if lows[k] == "by":
            return k > 0 and lows[k - 1] in _RELEASED_PARTICIPLES
        if not lows[k].replace("'", "").isalpha():
            return False
    return False


def _told_audience(lows: list[str], on: int) -> bool:
    """
    ``TELLING_VERB WORD{1,3} "on"``, the words no clause's opener, ending at
    ``on``: an audience told ("told reporters", "told AFP", "briefed the
    council"), whose "on" DATE is the day of telling.
    """
    for k in range(on - 1, max(-1, on - 2 - _AUDIENCE_WORDS), -1):
        low = lows[k]
        if low in _TELLING_VERBS:
            return k < on - 1
        if low in _TOLD_OPENERS or not low.replace("'", "").isalpha():
            return False
    return False


#: How many dates on either side of a figure are looked at for the nearest.
DATE_REACH = 16


def nearest_date(
    dates: list[DateMention],
    *,
    firsts: list[int],
    statement_after: list[int],
    lo: int,
    hi: int,
    anchor: int,
    yielding: frozenset[int] = frozenset(),
    prefer_after: bool = False,
) -> DateMention | None:
    """
    The incident date of a figure at ``anchor``: the nearest date in its own
    stretch ``[lo, hi)`` of the sentence, else the nearest in the sentence;
    dates that only date a statement about it are skipped, and the dates in
    ``yielding`` (the indices of dates right after a reporting verb, and of
    a dateline's) yield to any other date of the stretch and, when the
    stretch holds only such dates, to any other date of the sentence.
    With ``prefer_after`` (a figure after another), a date of the stretch
    after the figure comes first: one before it trails the figure before
    ("killed on Saturday and another died of wounds on Monday").
    """

    def usable(i: int) -> bool:
        return statement_after[i] >= anchor

    a = bisect.bisect_left(firsts, lo)
    b = bisect.bisect_left(firsts, hi)

    def nearest(found: list[int]) -> DateMention:
        return dates[min(found, key=lambda i: abs(firsts[i] - anchor))]

    inside = [i for i in range(a, b) if usable(i)]
    # "The army said Sunday that nine soldiers were killed on Friday",
    # "NAIROBI, March 14 - ... killed ... early on Monday": the day a
    # statement was made or a story filed yields to the incident's own,
    # in the stretch or else in the sentence.
    own = [i for i in inside if i not in yielding]
    if own:
        after = [i for i in own if firsts[i] >= anchor] if prefer_after else []
        return nearest(after or own)
    centre = bisect.bisect_left(firsts, anchor)
    near = [
        i
        for i in range(max(0, centre - DATE_REACH), min(len(dates), centre + DATE_REACH))
        if usable(i) and not (inside and i in yielding)
    ]
    if near:
        return nearest(near)
    return nearest(inside) if inside else None


#: Words a sentence may start with before a fronted period ("But since ...").
_FRONT_OPENERS = frozenset({"and", "but", "so", "yet", "meanwhile", "overall", "in"})


def fronted_period(
    tokens: list[Token], periods: list[PeriodMention], first: int
) -> PeriodMention | None:
    """
    ``OPENER? PERIOD "," ...``: a period that opens its sentence, set off by a
    comma before the first figure, frames the whole sentence ("Since October
    7, more than 35,000 have been killed and 79,000 wounded"; ``first``: the
    first figure's first token).
    """
    if not periods:
        return None
    p = periods[0]
    start = 0
    while start < p.first and tokens[start].low in _FRONT_OPENERS:
        start += 1
    if p.first != start or p.last >= first or tokens[p.last].text != ",":
        return None
    return p


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
_ROUNDUP_WORDS = frozenset({"across", "several", "separate", "series", "string", "wave", "spate"})
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


#: How far into its sentence a dateline's date may start ("KYIV, Ukraine, March 3 -").
_DATELINE_REACH = 8


#: How far after a list's last member the period they share may start, and
#: how far when no comma stands between (a phrase of place first: "were
#: killed and 37 others wounded in clashes between rival cattle keepers in
#: Jonglei State's Pigi County over the weekend").
_LIST_PERIOD_REACH = 6
_LIST_PERIOD_PHRASE_REACH = 16


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


def in_parentheses(tokens: list[Token], mention: DateMention) -> bool:
    """
    Whether a date stands alone in parentheses: a dateline ("KABUL, Afghanistan
    (April 15, 2011) -"), which dates the release, not the incident.
    """
    return (
        mention.first > 0
        and tokens[mention.first - 1].text == "("
        and mention.last < len(tokens)
        and tokens[mention.last].text == ")"
    )


#: How many tokens an agency's name in a dateline's brackets may take.
_AGENCY_REACH = 8


def in_dateline(tokens: list[Token], mention: DateMention) -> bool:
    """
    Whether a date is a dateline's, after the place's comma at the start of
    the sentence and before its dash ("NAIROBI, March 14 -", "BEIRUT, March
    12 (Reuters) -", "Bogota, Feb 20 (EFE).-"): the day the story was filed,
    which yields to a day of the incident's own.
    """
    first, last, n = mention.first, mention.last, len(tokens)
    if not (0 < first <= _DATELINE_REACH and tokens[first - 1].text == "," and last < n):
        return False
    if tokens[last].text == "(":  # the agency in brackets: "(Reuters) -"
        # (an outlet of several tokens: "(bdnews24.com)")
        close = next(
            (k for k in range(last, min(n, last + _AGENCY_REACH)) if tokens[k].text == ")"), None
        )
        last = close + 1 if close is not None else last
    if last + 1 < n and tokens[last].text == "." and tokens[last + 1].text in lx.DASHES:
        last += 1  # "Bogota, Feb 20 (EFE).- Two farmers died"
    return last < n and tokens[last].text in lx.DASHES


def explicit_reference(
    tokens: list[Token], mentions: list[DateMention], published: dt.date
) -> dt.date | None:
    """
    The latest absolute date ("04 February 2020") among a sentence's date
    ``mentions``, if before publication and not a period's bound ("since
    October 7").
    """
    found: dt.date | None = None
    for m in mentions:
        first = tokens[m.first]
        if first.low in lx.WEEKDAYS or first.low in ("yesterday", "today", "tonight", "last"):
            continue
        if m.first and tokens[m.first - 1].low in lx.PERIOD_BOUNDS:
            continue  # "since October 7" starts a period; it is no "as of" date
        if _in_since_clause(tokens, m.first):
            continue  # "since fighting broke out on 15 April": nor does a since-clause's
        if m.date <= published:
            found = m.date
    return found


#: How many words before its date a since-clause's "since" may stand.
_SINCE_CLAUSE_REACH = 12


def _in_since_clause(tokens: list[Token], first: int) -> bool:
    """
    ``"since" WORD* DATE``, no comma or semicolon between: the date at
    ``first`` tells when a since-clause's event began ("since fighting broke
    out on 15 April").
    """
    for k in range(first - 1, max(-1, first - 1 - _SINCE_CLAUSE_REACH), -1):
        low = tokens[k].low
        if low == "since":
            return True
        if low in (",", ";"):
            return False
    return False


#: How far before a verb of beginning its subject's noun may stand ("The
#: assault on the military base at Hawadley began").
_BEGUN_REACH = 8


def _incident_began(lows: list[str]) -> bool:
    """
    Whether the first verb of beginning in a sentence begins an incident
    ("The assault on the military base began on Wednesday"): an incident's
    noun in its subject, no war's ("the war started on 15 April", "the
    offensive began in August" start periods).
    """
    b = next(k for k, low in enumerate(lows) if low in lx.BEGIN_VERBS)
    subject = lows[max(0, b - _BEGUN_REACH) : b]
    return not lx.INCIDENT_NOUNS.isdisjoint(subject) and lx.WAR_NOUNS.isdisjoint(subject)


def told_day(
    tokens: list[Token], mentions: list[DateMention], published: dt.date
) -> dt.date | None:
    """
    The day a sentence tells its story on: its first date with a day that is
    no statement's ("said on Monday"), beginning's ("the war started on 15
    April"), period's bound or dateline's. Read in a sentence before any
    figure dated, it sets the story's scene ("On 18 May 2024, JNIM militants
    ambushed a military convoy"; "Russia attacked Ukraine on May 18 ...,
    the Air Force reported"); in a later sentence with no figure of its own
    ("A woman and two children have died in a house fire. Crews were called
    ... at about 02:15 on Monday"), it dates the story's figures only when
    nothing before does (see :func:`fill_discourse_dates`).
    "today" and "tonight" are the report's time when another day follows
    ("Tonight, the county is counting the cost of the tornado that touched
    down yesterday": yesterday).
    """
    lows = [t.low for t in tokens]
    if not lx.BEGIN_VERBS.isdisjoint(lows) and not _incident_began(lows):
        return None
    if len(mentions) > 1 and tokens[mentions[0].first].low in lx.PRESENT_DAY_WORDS:
        mentions = [*mentions[1:], mentions[0]]
    for m in mentions:
        if m.first and tokens[m.first - 1].low in lx.PERIOD_BOUNDS and not _event_day(tokens, m):
            continue
        if (
            dates_a_statement(lows, m.first, m.last)
            or in_parentheses(tokens, m)
            or in_dateline(tokens, m)
            or m.date > published
        ):
            continue
        return m.date
    return None


#: Verbs that tell something happen on the report's own day ("An earthquake
#: ... occurred at 04.17 local time today", "a force targeted a leader ...
#: today"), besides the event and attack verbs.
_HAPPENED_VERBS = (
    lx.EVENT_VERBS | lx.ATTACK_VERBS | frozenset({"occurred", "happened", "targeted", "hit"})
)


def tells_today(tokens: list[Token], mentions: list[DateMention]) -> bool:
    """
    Whether a sentence's dates set a story's day: any date but the report's
    own ("today", "tonight"), or that one in a sentence that tells something
    happen in the past tense (a verb in "-ed" or of an event), nothing to
    come, the word no possessive ("An earthquake of
    magnitude 5.7 occurred at 04.17 local time today", "a security force
    conducted an operation ... today"; not "Today marks one year since the
    earthquake", "Parliament will vote today", "Tonight's vigil will honour
    the victims").
    """
    if any(tokens[m.first].low not in lx.PRESENT_DAY_WORDS for m in mentions):
        return True
    lows = [t.low for t in tokens]
    return (
        not any(possessive(lows[m.first]) for m in mentions)
        and _FUTURE_WORDS.isdisjoint(lows)
        and any(
            low in _HAPPENED_VERBS or (len(low) > _ED_WORD and low.endswith("ed")) for low in lows
        )
    )


def _past_verb(low: str) -> bool:
    """Whether a word reads as a verb in the past: one of an event, or in "-ed"."""
    return low in _HAPPENED_VERBS or (len(low) > _ED_WORD and low.endswith("ed"))


#: Words of a time still to come ("Parliament will vote today").
_FUTURE_WORDS = frozenset({"will", "shall", "would", "going"})
#: How long a word ending in "-ed" must be to read as a verb in the past ("fled", "bed": no).
_ED_WORD = 4


#: Words before a date that make it a period's bound, but not before the day
#: of an event it names ("the toll from Thursday's strikes", "died after
#: Saturday night's attack").
_EVENT_DAY_BOUNDS = frozenset({"from", "after"})


def _event_day(tokens: list[Token], m: DateMention) -> bool:
    """
    ``("from" | "after") DATE PART_OF_DAY? "'s"``: the date at ``m`` names
    the day of the event after it ("the toll from Thursday night's
    strikes"), no period's bound.
    """
    if tokens[m.first - 1].low not in _EVENT_DAY_BOUNDS:
        return False
    if possessive(tokens[m.last - 1].low):
        return True
    if m.last >= len(tokens):
        return False
    after = tokens[m.last].low
    return possessive(after) and (after[:-2] in lx.PARTS_OF_DAY or after[:-2] == "night")


def fill_discourse_dates(
    figures: list[Figure],
    dated: list[bool],
    scene: dt.date | None = None,
    told: dt.date | None = None,
) -> list[Figure]:
    """
    Give undated incident figures the date of the incident the article is
    telling: the day a sentence before its first figure sets it on
    (``scene``), else its lead, the first incident figure the text dates,
    else the day a later sentence tells it on (``told``).
    Background incidents carry their own dates ("a suicide attack ... Dec.
    19"), so they are not taken as the article's incident.
    """
    lead = scene or _first_incident_day(figures, dated) or told
    if lead is None:
        return figures
    filled: list[Figure] = []
    last = lead  # the incident told last, for "the following day"
    lead_told = scene is not None  # (whether the lead's day was told before)
    for f, has in zip(figures, dated, strict=True):
        if has and f.date is not None and not f.cumulative:
            earlier = _days_before(f) if lead_told else 0
            lead_told = True
            published = f.source.published
            if (
                earlier < 0
                and published is not None
                and f.date == published + dt.timedelta(days=earlier)
                and lead != published
            ):
                # "a day earlier", "the previous day" read against the report's
                # day: the day before the story's incident instead
                filled.append(attrs.evolve(f, date=lead + dt.timedelta(days=earlier)))
                continue
            last = f.date
        elif not has and not f.cumulative:
            # (undated, or dated by its statement's day only)
            # (days later count from the incident told last, days earlier
            # from the story's: "The attack came a day after shelling killed two")
            later = days_later(_clause_of(f))
            if later < 0:
                later = _days_before(f)
            date = (last if later > 0 else lead) + dt.timedelta(days=later)
            filled.append(attrs.evolve(f, date=date))
            continue
        elif (
            f.cumulative
            and f.date is None
            and f.period is None
            and f.category in lx.HARM_CATEGORIES
            and not lx.TOLL_WORDS.isdisjoint(f.surface.lower().split())
            and not _war_toll(f)
        ):
            # a toll with no period of its own is the toll of the incident
            # the article tells ("Floods struck on Thursday ... bringing the
            # death toll to 19"): its day, as readers date it; not a count
            # in the perfect ("19 troops have been killed"), which may run
            # over a war, nor a stock, whose day is its "as of" (tried in
            # session 20: dating them by the story's day raised blind date
            # accuracy by up to 0.031 but moved the seeds' stocks off their
            # time series)
            filled.append(attrs.evolve(f, date=lead))
            continue
        filled.append(f)
    return filled


#: How many days before publication a dated incident told after the story's
#: own undated ones may be; one told earlier is another, earlier event.
_EARLIER_EVENT_DAYS = 7


def _first_incident_day(figures: list[Figure], dated: list[bool]) -> dt.date | None:
    """
    The day of the first incident figure the text dates, unless undated
    incident figures come before it and it lies more than a week before
    publication: then it is an earlier event the story recalls ("Two people
    were killed ... This is the third attack against the palace in the last
    two weeks, including a suicide bombing on March 14 which left four
    people dead"), no day of the story's own.
    """
    undated_before = False
    for f, has in zip(figures, dated, strict=True):
        if has and f.date is not None:
            published = f.source.published
            if (
                undated_before
                and published is not None
                and (published - f.date).days > _EARLIER_EVENT_DAYS
            ):
                return None
            return f.date
        # (a title line's figure, undated, is the story's: "40 killed in ..."
        # before "On March 1, gunmen killed 40")
        undated_before = undated_before or (not has and not f.cumulative and not in_title_line(f))
    return None


def _war_toll(figure: Figure) -> bool:
    """
    Whether a war's verb in the present perfect takes the figure as its
    object ("The 12-year insurgency has left more than 40,000 people dead"):
    a count over the war, no incident's toll (see
    :func:`~conflictfigures._extraction.context.perfect_verb_before`).
    """
    if figure.sentence is None or figure.sentence_span is None:
        return False
    before = figure.sentence[: figure.span.start - figure.sentence_span.start].lower().split()
    return perfect_verb_before([w.strip(",;:()") for w in before], len(before))


#: How many days after the incident a count told on a later day is still its
#: count ("Divers recovered 19 more bodies on Monday" of Sunday's capsizing).
_AFTER_INCIDENT = dt.timedelta(days=3)


def incident_day_kept(figures: list[Figure], day: dt.date | None) -> list[Figure]:
    """
    The figures, those dated on the few days after the incident's ``day``
    (named by a sentence that tells it happen: "The launch overturned in a
    storm on Sunday afternoon") dated by it instead: a toll that rose, bodies
    recovered, a statement's day are the incident's, as readers date them
    ("Divers recovered 19 more bodies on Monday ..., taking the toll to 37":
    Sunday's). A count over a period keeps its period, and no day.
    """
    if day is None:
        return figures
    return [
        attrs.evolve(f, date=day)
        if f.date is not None
        and f.period is None
        and f.category is not Category.DETAINED  # (arrests come on their own day)
        and day < f.date <= day + _AFTER_INCIDENT
        else f
        for f in figures
    ]


def _follows_up(figure: Figure) -> bool:
    """
    Whether a figure's clause tells what became of the incident's people
    (:func:`_followup_clause`).
    """
    return _followup_clause(_clause_of(figure))


#: How many clauses :func:`_followup_clause` keeps its answer for.
_CLAUSES_HELD = 256


@functools.lru_cache(maxsize=_CLAUSES_HELD)
def _followup_clause(clause: str) -> bool:
    """
    Whether a clause tells what became of an incident's people, and no event
    of its own: a word of their state or fate (``lx.FOLLOWUP_WORDS``: "still",
    "remain", "hospital", "critical", "unaccounted", "succumbed") or some of
    a group told before ("of the injured", "of them"), and no incident noun,
    event verb or attacker's verb ("in a separate attack", "a wall
    collapsed", "gunmen killed three farmers", "killing two"). Kept for the
    last clauses asked about: the figures of one long sentence ask again.
    """
    words = [w.strip(",;:()\"'") for w in clause.lower().split()]
    seen = set(words)
    if not (
        lx.INCIDENT_NOUNS.isdisjoint(seen)
        and lx.EVENT_VERBS.isdisjoint(seen)
        and lx.ATTACK_VERBS.isdisjoint(seen)
        and lx.ATTACK_GERUNDS.isdisjoint(seen)
    ):
        return False
    return not lx.FOLLOWUP_WORDS.isdisjoint(seen) or any(
        a == "of" and b in _GROUP_TOLD_WORDS for a, b in itertools.pairwise(words)
    )


#: Words after "of" that name a group told before ("two of the injured", "one of them").
_GROUP_TOLD_WORDS = frozenset({"the", "them", "whom", "those"})


def followups_on_lead_day(
    figures: list[Figure], dated: list[bool], scene: dt.date | None
) -> list[Figure]:
    """
    The figures (in text order), those their own sentences date on the
    three days after the story's incident (its ``scene``, else its first
    dated incident) and that tell what became of its people, no event of
    their own (:func:`_followup_clause`), dated by the incident instead: the
    wounded still in hospital, the missing still unaccounted for, a victim
    who died of wounds are the incident's, as
    readers date them ("seven other people were injured Saturday ... Two of
    the injured were still hospitalized Sunday": Saturday's); not the dead
    after a story that opens on a toll as of its day ("The death toll from
    Sunday's shooting rose to five on Monday": two of the wounded who died on
    Wednesday are more). A count over a
    period, a running total and arrests keep their own day; so does a clause
    with an incident, an event's verb or an attacker's ("On Sunday, gunmen
    killed three farmers"), or with no word of a state or fate ("Four more
    civilians were wounded in Kherson on Tuesday").
    """
    first = next((f for f, own in zip(figures, dated, strict=True) if own and f.date), None)
    # (a toll as of its day: deaths after it are more)
    after_toll = first is not None and first.cumulative
    lead = scene or _first_incident_day(figures, dated)
    if lead is None:
        return figures
    return [
        attrs.evolve(f, date=lead)
        if own
        and f.date is not None
        and lead < f.date <= lead + _AFTER_INCIDENT
        and f.period is None
        and not f.cumulative
        and f.category is not Category.DETAINED
        and not (after_toll and f.category is Category.KILLED)
        and _follows_up(f)
        else f
        for f, own in zip(figures, dated, strict=True)
    ]


#: Words of a count of the dead found, recovered or buried ("Divers recovered
#: 19 more bodies on Monday", "villagers buried 17 bodies on Monday morning"),
#: besides "found dead".
_BODY_WORDS = frozenset({"bodies", "corpses"})


def _another_matter(figure: Figure) -> bool:
    """
    Whether a figure's sentence opens on another matter ("In a separate
    incident, 2 journalists were found dead", "Separately, ..."): its own
    day, no follow-up of the story's incident.
    """
    words = (figure.sentence or "").lower().replace(",", " ").split()
    return not lx.TOPIC_SHIFTS.isdisjoint(words[: lx.TOPIC_SHIFT_REACH + 1])


def _of_bodies(figure: Figure) -> bool:
    """Whether a figure counts the dead found: "bodies", "corpses", "found dead"."""
    words = figure.surface.lower().split()
    return not _BODY_WORDS.isdisjoint(words) or any(
        a == "found" and b == "dead" for a, b in itertools.pairwise(words)
    )


def bodies_on_incident_day(figures: list[Figure], dated: list[bool]) -> list[Figure]:
    """
    The figures (in text order), the counts of bodies dated on the three days after the
    document's first dated incident (its first count of the harmed with a
    day, no running total, no bodies) dated by that incident instead, as
    readers date the dead found, recovered or buried after it ("killing 12
    residents" on Sunday ... "villagers buried 17 bodies on Monday
    morning": Sunday's, and so a rival count of the same dead). Only the
    counts their own sentences date (``dated``, in the figures' order): a
    day the discourse gave keeps it ("18 civilians killed; 5 bodies found
    the next day").
    """
    lead = next(
        (
            f.date
            for f in figures
            if f.date is not None
            and not f.cumulative
            and f.category in lx.HARM_CATEGORIES
            and not _of_bodies(f)
        ),
        None,
    )
    if lead is None:
        return figures
    return [
        attrs.evolve(f, date=lead)
        if own
        and _of_bodies(f)
        and not _another_matter(f)
        and f.date is not None
        and f.period is None
        and lead < f.date <= lead + _AFTER_INCIDENT
        else f
        for f, own in zip(figures, dated, strict=True)
    ]


def _days_before(figure: Figure) -> int:
    """
    How many days before the story's incident the words of a figure's clause
    up to its own end put it, as a negative count, else 0 (see
    :func:`days_later`): the time before the figure or in its words ("Five
    days earlier, a bus hit a mine, killing four"; "came a day after shelling
    killed two"), not after it ("killed 30 people, up from 25 a day
    earlier"; "The attack, which wounded 30, came a day after ..."), and no
    clause with a day of its own ("On Thursday ... the previous day").
    """
    clause = _clause_of(figure)
    if figure.sentence_span is not None and figure.sentence is not None:
        start = figure.sentence.find(clause)
        end = figure.span.end - figure.sentence_span.start - max(start, 0)
        clause = clause[: max(end, 0)]
    lows = clause.lower().split()
    if not (lx.WEEKDAYS.keys() | lx.MONTHS.keys()).isdisjoint(w.strip(",.") for w in lows):
        return 0
    return min(0, days_later(clause))


#: How many sentences :func:`days_later` keeps its answer for.
_SENTENCES_HELD = 256


def _clause_of(figure: Figure) -> str:
    """
    The stretch of a figure's sentence between the semicolons around it
    ("18 civilians killed; 10 abducted; 5 bodies found the next day": the
    last clause only is the next day).
    """
    sentence = figure.sentence or ""
    if ";" not in sentence or figure.sentence_span is None:
        return sentence
    at = figure.span.start - figure.sentence_span.start
    start = sentence.rfind(";", 0, at) + 1
    end = sentence.find(";", at)
    return sentence[start : end if end >= 0 else len(sentence)]


@functools.lru_cache(maxsize=_SENTENCES_HELD)
def days_later(sentence: str) -> int:
    """
    How many days after the incident told before it a sentence puts its own
    ("In reprisal, youths killed two herders the following day": 1; "two
    days later": 2), or before it, as a negative count ("Five days earlier,
    a bus hit an explosive device": -5; "a strike the previous day", "the
    day before"; "The attack came a day after shelling killed two people":
    -1), else 0; not when it is the day of a statement ("Police said the
    following day that ...", "officials said a day earlier"). Kept for the
    last sentences asked about: the figures of one long sentence ask again,
    and stay linear.
    """
    words = sentence.lower().replace(",", " ").replace(".", " ").split()
    for i, word in enumerate(words):
        counted = (
            i >= 2 and words[i - 1] in ("day", "days") and words[i - 2] in lx.DAYS_LATER_COUNTS
        )
        first = i - 2 if counted else i - 1 if i and words[i - 1] == "the" else i
        if first and words[first - 1] in lx.REPORTING_VERBS:
            continue  # "Police said the following day that ...": when it was said
        pair = (word, words[i + 1]) if i + 1 < len(words) else None
        if pair in lx.DAY_AFTER_PAIRS:
            return 1
        if pair in lx.DAY_BEFORE_PAIRS and (word == "previous" or (i and words[i - 1] == "the")):
            return -1
        if counted and word == "later":
            return lx.DAYS_LATER_COUNTS[words[i - 2]]
        if counted and (
            word in lx.DAYS_EARLIER_WORDS
            or (word == "after" and first and words[first - 1] in lx.CAME_AFTER_VERBS)
        ):
            return -lx.DAYS_LATER_COUNTS[words[i - 2]]
    return 0


#: The verbs of a flight abroad that a day may date: refugees on the move,
#: no stock.
_CROSSING_WORDS = lx.FLIGHT_VERBS | frozenset(lx.ARRIVAL_VERBS) | frozenset(lx.CROSSING_VERBS)


def dated_crossing(lows: list[str], r: Reading, date_m: DateMention | None) -> bool:
    """
    Whether refugees are a dated flight, no stock: a day for the figure and a
    verb of flight, arrival or crossing in its words, not in the perfect
    ("Some 4,200 people crossed the Moei River into Thailand on Thursday").
    """
    return (
        date_m is not None
        and not r.perfect
        and r.number.qualifier not in (Qualifier.VAGUE, Qualifier.NEARLY)
        and not _CROSSING_WORDS.isdisjoint(lows[r.first : r.last])
    )


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
