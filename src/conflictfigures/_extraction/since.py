"""
Periods that start at a point and run to publication: "since March",
"since the war began in 2011", "since Monday", "since last year", "since
April 15" (read by :mod:`.periods`); and the day a story's war began, as a
since-clause dates it, which a later "since the invasion began" with no date
of its own takes (read by :mod:`.when`).
"""

from __future__ import annotations

import datetime as dt
import itertools
from typing import TYPE_CHECKING

from dateutil.relativedelta import relativedelta

from conflictfigures import _lexicon as lx
from conflictfigures._extraction.dates import (
    DAY_BACK,
    WEEKDAY_OBJECTS,
    DateMention,
    PeriodMention,
    at,
    day_of,
    month_date,
    optional_year,
    safe_date,
    shift,
    small_number,
    year_of,
)
from conflictfigures._extraction.set_off import region_aside_end
from conflictfigures._extraction.spans import PERIOD_UNITS, back_by, compares
from conflictfigures._extraction.text import has_before, possessive
from conflictfigures._lexicon import MONTHS, WEEKDAYS
from conflictfigures.models import Period

if TYPE_CHECKING:
    from conflictfigures._extraction.discourse import Doc
    from conflictfigures._extraction.reading import Reading
    from conflictfigures._extraction.text import Token


#: How many words after "since" its date may stand ("since the full-scale
#: invasion began in February 2022"), and how many with no word of harm or
#: count between ("since the beginning of the military operation
#: "Deterrence of Aggression" launched by HTS and allied factions on
#: November 27"; not past a main clause's own verb: "since the army launched
#: an operation against the rebels killed 12 soldiers on Tuesday").
SINCE_REACH = 12
SINCE_NAMED_REACH = 20
#: How many words in brackets the date may stand past the reach besides
#: (session 56).
_BRACKETED_REACH = 8


def since_period(tokens: list[Token], i: int, published: dt.date) -> PeriodMention | None:
    """
    Read "since (early|late)? MONTH (YEAR)?", "since YEAR", "since Monday"
    within a few words.
    """
    nxt = at(tokens, i + 1)
    # (a day's possessive too: "since Sunday's disputed election")
    day_word = nxt.low[:-2] if nxt is not None and possessive(nxt.low) else None
    if (
        nxt is not None
        and (nxt.low in WEEKDAYS or day_word in WEEKDAYS)
        # (a day's event whose own count follows in the clause is no start:
        # "Since Monday's attack killed 40 people, ...": the 40 are Monday's)
        and not (day_word in WEEKDAYS and _harm_in_clause(tokens, i + 2))
    ):
        # "since Monday": from the Monday on or before publication
        weekday = WEEKDAYS[day_word if day_word in WEEKDAYS else nxt.low]
        start = shift(published, relativedelta(weekday=WEEKDAY_OBJECTS[weekday](-1)))
        if start is not None:
            return PeriodMention(i, i + 2, Period(start=start, end=published))
    harm = False  # (a word of harm or a count seen since "since")
    in_place = False  # (inside a place's commas: "in Rakhine State, Myanmar, on 25 August")
    # (words in brackets are not counted: "since fighting between the Sudan
    # Armed Forces (SAF) and the paramilitary Rapid Support Forces (RSF)
    # spread to the city on April 24")
    bracketed = 0  # (how many words so far were brackets or inside them)
    depth = 0
    for j in range(i + 1, min(i + SINCE_NAMED_REACH + _BRACKETED_REACH, len(tokens))):
        tok = tokens[j]
        depth += (tok.text == "(") - (tok.text == ")")
        if depth > 0 or tok.text == ")":
            bracketed += 1
        if j - bracketed >= i + SINCE_NAMED_REACH:
            break
        if tok.text == "," and (in_place := _place_comma(tokens, j, in_place=in_place)):
            continue
        if tok.text in (".", ";", ","):
            return None
        harm = harm or tok.low in lx.PASSIVE_TRIGGERS or tok.low in lx.ACTIVE_TRIGGERS
        if j - bracketed >= i + SINCE_REACH and harm:
            return None
        relative = _since_relative(tokens, j, published)
        if relative is not None:
            last = j + 2 if tok.low == "last" else j + 1
            return PeriodMention(i, last, Period(start=relative, end=published))
        year = year_of(tok)
        if year is not None and year <= published.year:
            return PeriodMention(i, j + 1, Period(start=dt.date(year, 1, 1), end=published))
        if tok.low in ("year", "month") and j > i + 1 and tokens[j - 1].low == "the":
            # "since the start of the year", "since the beginning of the month"
            start = published.replace(day=1)
            if tok.low == "year":
                start = start.replace(month=1)
            return PeriodMention(i, j + 1, Period(start=start, end=published))
        day_first = day_of(tok)
        if day_first is not None and at(tokens, j + 1) is not None:
            # "since 7 October"
            month_tok = tokens[j + 1]
            if month_tok.low in MONTHS and month_tok.is_capitalized:
                return _since_day(tokens, (i, j + 2), MONTHS[month_tok.low], day_first, published)
        if (
            tok.low in MONTHS
            and tok.is_capitalized
            # ("May" only where no modal stands: right after "since" or its
            # "early", or before a day or a year: "since May 3")
            and (
                tok.low != "may"
                or j == i + 1
                or tokens[j - 1].low in ("early", "late", "mid")
                # ("since the start of May": a part of the month before "of")
                or (tokens[j - 1].low == "of" and tokens[j - 2].low in _PARTS_OF_A_MONTH)
                or day_of(at(tokens, j + 1)) is not None
                or year_of(at(tokens, j + 1)) is not None
            )
        ):
            month = MONTHS[tok.low]
            m = j + 1
            if at(tokens, m) is not None and tokens[m].text == ".":
                m += 1  # "since Oct. 7"
            day = day_of(at(tokens, m))
            if day is not None:  # "since April 15"
                return _since_day(tokens, (i, m + 1), month, day, published)
            year = year_of(at(tokens, m))
            last = m + 1 if year is not None else j + 1
            if year is None and (named := _named_year(tokens, m, published)) is not None:
                year, last = named  # "since October last year"
            if year is None:
                year = published.year if month <= published.month else published.year - 1
            # (the middle or the last third of the month: "since mid-April"
            # from the 15th, "since late August" from the 21st)
            part = tokens[j - 2].low if tokens[j - 1].text in lx.DASHES else tokens[j - 1].low
            first_day = safe_date(year, month, _PART_STARTS.get(part, 1))
            if first_day is None or first_day > published:
                return None
            return PeriodMention(i, last, Period(start=first_day, end=published))
        # (a count read past its date's chance: "since the army killed 12 ...")
        harm = harm or (tok.is_digits and year_of(tok) is None)
    return None


def _place_comma(tokens: list[Token], j: int, *, in_place: bool) -> bool:
    """
    Whether the comma at ``j`` belongs to a place's name, between its
    capitalized parts ("Rakhine State, Myanmar"), or closes it before the
    preposition of a date (``in_place``: a place's comma came before;
    "..., Myanmar, on 25 August").
    """
    if j == 0 or j + 1 >= len(tokens) or not tokens[j - 1].is_capitalized:
        return False
    nxt = tokens[j + 1]
    if in_place:
        return nxt.low in ("on", "in")
    # a closed apposition: a region, then a comma ("Myanmar,"; not
    # "since the fall of Kabul, Taliban fighters have ...")
    return region_aside_end(tokens, j) is not None


def _harm_in_clause(tokens: list[Token], k: int) -> bool:
    """Whether a trigger stands from ``k`` before the clause's next mark (a few words)."""
    for tok in tokens[k : k + SINCE_REACH]:
        if tok.text in (",", ".", ";"):
            return False
        if tok.low in lx.PASSIVE_TRIGGERS or tok.low in lx.ACTIVE_TRIGGERS:
            return True
    return False


#: The first day of a part of a month before its name ("since mid-April").
_PART_STARTS = {"mid": 15, "late": 21}


#: Nouns of a part of a month before "of" ("since the start of May").
_PARTS_OF_A_MONTH = frozenset({"start", "beginning", "end", "middle", "close"})


def _named_year(tokens: list[Token], k: int, published: dt.date) -> tuple[int, int] | None:
    """``("last" | "this") "year"`` at ``k``: the year it names and the index after it."""
    first, second = at(tokens, k), at(tokens, k + 1)
    if first is None or second is None or second.low != "year":
        return None
    if first.low == "last":
        return published.year - 1, k + 2
    return (published.year, k + 2) if first.low == "this" else None


def _since_day(
    tokens: list[Token], span: tuple[int, int], month: int, day: int, published: dt.date
) -> PeriodMention | None:
    """
    The period of "since April 15" up to publication; ``span`` is where
    "since" stands and where an optional year may follow the day.
    """
    i, k = span
    year, last = optional_year(tokens, k)
    if year is None and (named := _named_year(tokens, k, published)) is not None:
        year, last = named  # "since October 7 last year"
    start = month_date(year, month, day, published)
    if start is not None and start > published and year is None:
        start = safe_date(published.year - 1, month, day)
    if start is None or start > published:
        return None
    return PeriodMention(i, last, Period(start=start, end=published))


def _since_relative(tokens: list[Token], j: int, published: dt.date) -> dt.date | None:
    """
    The start a relative date at ``tokens[j]`` inside a since-clause gives:
    "N UNITS ago" ("since the protests erupted three weeks ago"), "last
    week|month|year" (its first day), or a weekday ("since fighting broke
    out on Saturday": the latest such day up to publication).
    """
    tok = tokens[j]
    if tok.low == "ago" and j >= 2:
        amount = small_number(tokens[j - 2])
        unit = PERIOD_UNITS.get(tokens[j - 1].low)
        if unit is None:
            return None
        return shift(published, -back_by(1 if amount is None else amount, unit))
    nxt = at(tokens, j + 1)
    if tok.low == "last" and nxt is not None:
        if nxt.low == "week":
            return shift(published, relativedelta(days=-(published.weekday() + 7)))
        if nxt.low == "month":
            last_day = shift(published.replace(day=1), DAY_BACK)
            return None if last_day is None else last_day.replace(day=1)
        if nxt.low == "year" and published.year > 1:
            return dt.date(published.year - 1, 1, 1)
    if tok.low in WEEKDAYS:
        return shift(published, relativedelta(weekday=WEEKDAY_OBJECTS[WEEKDAYS[tok.low]](-1)))
    return None


#: Nouns of a seizure of power, which a story of the rule after it dates its
#: totals from as it dates a war's ("since the military takeover", "since
#: the coup"; "since the army seized power in February 2021").
_SEIZURES = frozenset({"coup", "takeover", "putsch"})


#: Verbs of seizing power, before "power" ("since the army seized power").
_SEIZING_VERBS = frozenset({"seized", "took", "grabbed", "assumed"})


#: Nouns of fighting that name the war only with a verb of its beginning
#: ("since the fighting began"; not "since the fighting resumed").
_FIGHTING = frozenset({"fighting", "violence"})


#: How many words may stand before a war's noun ("since the full-scale
#: invasion": three tokens; "since the military takeover").
_WAR_MODIFIERS = 3


#: Every noun of a whole war a since-clause with no date names.
_NOUNS_OF_WARS = lx.WHOLE_WAR_NOUNS | _SEIZURES | _FIGHTING


#: How many words after a war's noun its verb of beginning may stand ("The
#: war in Gaza began on 7 October").
_WAR_TO_VERB = 4
#: Verbs of a war's later phase or its end, no start of it ("since the war
#: resumed", "since the civil war ended in 2009").
_PHASE_VERBS = frozenset(
    {"resumed", "escalated", "intensified", "spread", "reached", "ended", "finished", "stopped"}
)
#: Verbs of a war's beginning, no later phase ("began", "broke out"; not
#: "escalated", which the lexicon's verbs of beginning hold too).
_START_VERBS = lx.BEGIN_VERBS - _PHASE_VERBS


#: How many words after "since" a war's noun may stand ("Since the conflict
#: in Sudan began on 15 April 2023", "since the start of the full-scale
#: invasion on February 24, 2022").
_WAR_REACH = 9


def war_start_told(
    tokens: list[Token], lows: list[str], mentions: list[DateMention], published: dt.date
) -> dt.date | None:
    """
    The day a war, a campaign or a seizure of power began that a
    since-clause tells with a date ("Since the conflict began on 15 April
    2023", "since the war began in February 2022", "the deadliest since the
    army seized power in February 2021", a comparison whose time is no
    figure's period), or a clause of a whole war's beginning with one of the
    sentence's dates (``mentions``: "The war began on 15 April 2023", "The
    war in Gaza began on 7 October"; not "the fighting", which may be a
    town's): the start a later "since the war began" with no date takes (see
    :func:`since_the_war`).
    """
    if mentions:
        starts = {d.first: d.date for d in mentions}
        n = len(lows)
        for k in range(1, n - 2):
            # (a whole war: "the fighting began on 10 October" may be a town's)
            if lows[k] not in lx.WHOLE_WAR_NOUNS or lows[k - 1] != "the":
                continue
            # (its verb a few words on: "The war in Gaza began on 7 October")
            v = next(
                (
                    v
                    for v in range(k + 1, min(n - 1, k + 1 + _WAR_TO_VERB))
                    if lows[v] in _START_VERBS or not tokens[v].is_word
                ),
                None,
            )
            if v is not None and lows[v] in _START_VERBS:
                m = v + 2 if lows[v + 1] == "out" else v + 1
                if m < len(lows) and lows[m] in ("on", "in"):
                    m += 1
                if m in starts:
                    return starts[m]
    for k, low in enumerate(lows):
        if low != "since":
            continue
        p = since_period(tokens, k, published)
        if p is None or p.period.start is None:
            continue
        words = lows[k + 1 : min(p.last, k + _WAR_REACH)]
        if (
            (
                not (lx.WHOLE_WAR_NOUNS.isdisjoint(words) and _SEIZURES.isdisjoint(words))
                or any(a in _SEIZING_VERBS and b == "power" for a, b in itertools.pairwise(words))
                # "since Russia invaded the country on February 24": an invasion's
                # start told to the month (not "since Israel invaded Lebanon in 1982")
                or ("invaded" in words and not MONTHS.keys().isdisjoint(lows[k + 1 : p.last]))
            )
            and not _PHASE_VERBS.intersection(lows[k + 1 : p.last])
        ):
            return p.period.start
    return None


#: How many words may stand between a war's noun and the comma of its
#: relative clause ("The war between the army and the RSF, which ..."), and
#: between that clause's verb and its date ("which erupted in the capital
#: Khartoum on 15 April").
_WAR_TO_RELATIVE = 8
_RELATIVE_TO_DATE = 10


def war_relative_start(
    lows: list[str], mentions: list[DateMention], published: dt.date
) -> PeriodMention | None:
    """
    ``"the" WORD{0,3} WAR WORD* "," ("which" | "that") START_VERB "out"?
    WORD* DATE "," ("has" | "have")``: a whole war whose relative clause
    tells the day it began, the subject of a perfect ("The war between the
    army and the RSF, which erupted in the capital Khartoum on 15 April
    last year, has driven nearly 10 million people from their homes"): its
    count runs from that day to publication.  The period spans the clause,
    so its date is no incident's day; ``None`` when no such clause stands.
    """
    starts = {d.first: d for d in mentions}
    n = len(lows)
    for c in range(2, n - 3):
        if (
            lows[c] != ","
            or lows[c + 1] not in ("which", "that")
            or lows[c + 2] not in _START_VERBS
        ):
            continue
        war = next(
            (
                k
                for k in range(c - 1, max(0, c - 1 - _WAR_TO_RELATIVE), -1)
                if lows[k] in lx.WHOLE_WAR_NOUNS
            ),
            None,
        )
        if war is None or not any(
            _war_determiner(lows[d]) for d in range(max(0, war - 1 - _WAR_MODIFIERS), war)
        ):
            continue
        if any(not (low.isalpha() or low == "-") for low in lows[war + 1 : c]):
            continue  # (no mark between the war and its clause)
        v = c + 3 if c + 3 < n and lows[c + 3] == "out" else c + 2
        date = next(
            (starts[k] for k in range(v + 1, min(n, v + 1 + _RELATIVE_TO_DATE)) if k in starts),
            None,
        )
        if date is None or not lx.CLAUSE_BREAKS.isdisjoint(lows[v + 1 : date.first]):
            continue
        close = date.last
        if close < n and lows[close] in ("last", "this") and close + 1 < n:
            close += 2  # "on 15 April last year"
        if close + 1 >= n or lows[close] != ",":
            continue
        if not ({"has", "have"} & set(lows[close + 1 : close + 4])):
            continue  # (a perfect as the main verb: the war's count up to now)
        if date.date > published:
            continue
        return PeriodMention(c, close, Period(start=date.date, end=published))
    return None


#: How many words the subject of a whole war's perfect may hold from its
#: noun to the auxiliary ("The war in Sudan has killed", "the conflict
#: between the army and the RSF has").
_WAR_SUBJECT_REACH = 8


def war_subject(lows: list[str], verb: int) -> bool:
    """
    Whether the verb at ``verb`` is in the perfect with a whole war as the
    head of its subject: ``DETERMINER WORD{0,3} WAR (PREPOSITION WORD*)?
    ("has" | "have") WORD? VERB`` with no mark between, the determiner "the",
    "this" or a possessive, no preposition before it ("The conflict has
    killed at least 14,600 people", "the two-year war in Sudan has also
    driven ...", "Sudan's war has displaced", "So far the conflict has
    killed"): a count of the war up to now, which a document that dated the
    war counts from its start (not "A drone strike near the front line of
    the war has killed", "The latest escalation in the war", "the war zone";
    a war named by its place, "The Tigray war", is taken as the story's).
    """
    aux = has_before(lows, verb)
    if aux < 1:
        return False
    war = next(
        (
            k
            for k in range(aux - 1, max(-1, aux - 1 - _WAR_SUBJECT_REACH), -1)
            if lows[k] in lx.WHOLE_WAR_NOUNS
            or not (lows[k].isalpha() or lows[k] == "-" or possessive(lows[k]))
        ),
        -1,
    )
    if war < 1 or lows[war] not in lx.WHOLE_WAR_NOUNS:
        return False
    if war + 1 < aux and not (lows[war + 1] in lx.PREPOSITIONS or lows[war + 1] in lx.PLACE_PREPS):
        return False  # ("the war zone has")
    d = war - 1
    while d > 0 and war - d <= _WAR_MODIFIERS and not _war_determiner(lows[d]):
        d -= 1
    if not _war_determiner(lows[d]):
        return False
    # (its clause's subject: not "the front line of the war", "in the war")
    before = lows[d - 1] if d > 0 else ""
    return not (before in lx.PREPOSITIONS or before in lx.PLACE_PREPS or before == "during")


def _war_determiner(low: str) -> bool:
    """Whether a word determines a war's noun: "the", "this", a possessive ("Sudan's")."""
    return low in ("the", "this") or possessive(low)


def since_the_war(
    tokens: list[Token],
    lows: list[str],
    periods: list[PeriodMention],
    start: dt.date | None,
    published: dt.date,
) -> list[PeriodMention]:
    """
    ``"since" "the" (BEGINNING "of" ("the" | "this")?)? WORD{0,3} WAR
    START_VERB?`` (``WAR``: a whole war, a seizure of power, or fighting or
    violence with a verb of its beginning) with no date of its own: the war
    the document dated before ("More than
    24,000 people are estimated to have been killed since the conflict
    started"; "since the start of the conflict"), from ``start`` to
    publication (from no day told, an open start, when the document dated
    no war: "since the invasion"); not a comparison ("the deadliest strike since the invasion
    began": no period) nor a clause with a date of its own ("since the civil
    war ended in 2009"), nor a war's end or later phase. The periods stay in
    order.
    """
    taken = {p.first for p in periods}
    found = list(periods)
    n = len(lows)
    for k in range(n - 2):
        if lows[k] != "since" or k in taken or lows[k + 1] != "the":
            continue
        if compares(tokens, k) or since_period(tokens, k, published) is not None:
            continue
        j = k + 2
        if lows[j] in lx.BEGINNING_NOUNS and j + 2 < n and lows[j + 1] == "of":
            j += 2
            if lows[j] in ("the", "this") and j + 1 < n:
                j += 1
        # (its modifiers: "since the full-scale invasion")
        m = j
        while (
            m < min(n - 1, j + _WAR_MODIFIERS)
            and lows[m] not in _NOUNS_OF_WARS
            and (lows[m].isalpha() or lows[m] == "-")
        ):
            m += 1
        if lows[m] not in _NOUNS_OF_WARS:
            continue
        j = m
        end = j + 1
        if lows[j] in _FIGHTING and not (end < n and lows[end] in _START_VERBS):
            continue  # ("since the fighting resumed": a phase, not the war)
        if end < n and lows[end] in _PHASE_VERBS:
            continue  # ("since the war ended", "since the war resumed")
        if end < n and lows[end] in _START_VERBS:
            end += 1
            if end < n and lows[end] == "out":
                end += 1  # "since the fighting broke out"
        if end < n and (lows[end] in ("in", "on") and end + 1 < n and lows[end + 1][:1].isdigit()):
            continue  # a date of its own, read as the since-clause's
        if start is not None and start > published:
            continue  # (a start the calendar cannot put before publication: year 1)
        found.append(PeriodMention(k, end, Period(start=start, end=published)))
    return sorted(found, key=lambda p: p.first) if len(found) > len(periods) else periods


#: The largest number a day of the month is.
_LAST_DAY = 31


def when_clause_day(lows: list[str], period: PeriodMention, first: int) -> DateMention | None:
    """
    ``"since" ... DAY "," "when" CLAUSE`` with a figure's words from
    ``first`` inside the clause: the day the period starts on, its event's
    ("since the war began on Oct. 7, when Hamas-led militants stormed into
    southern Israel, killing some 1,200 people and taking about 250
    hostage": that day's 1,200 dead, no count up to now); ``None`` when the
    period starts on no day told ("since 2011, when ..."), or a clause
    break, or a comma not followed by the clause's participle, stands between.
    """
    end = period.last
    start = period.period.start
    if (
        start is None
        or lows[period.first] != "since"
        or end + 1 >= first
        or lows[end] != ","
        or lows[end + 1] != "when"
        or not (lows[end - 1].isdigit() and int(lows[end - 1]) <= _LAST_DAY)
        or not lx.CLAUSE_BREAKS.isdisjoint(lows[end + 2 : first])
        # (past a comma, only the clause's participle goes on with its
        # event: "..., killing some 1,200 people"; not "..., the UN refugee
        # agency said on Tuesday, revising its estimate upwards from 313,000")
        or any(lows[k] == "," and not lows[k + 1].endswith("ing") for k in range(end + 2, first))
        # (not a war's start or escalation, "when fighting broke out ...,
        # killing at least 14,000 people", whose count runs on)
        or not lx.BEGIN_VERBS.isdisjoint(lows[end + 2 : first])
    ):
        return None
    return DateMention(period.first, end, start)


def war_count(lows: list[str], r: Reading, doc: Doc, *, told: bool) -> PeriodMention | None:
    """
    The war's period for a figure with no time of its own, in a story that
    dated its war: a perfect whose subject is the war ("The conflict has
    killed at least 14,600 people"), or people in flight counted up to now
    in a sentence that ``told`` no period ("A total of 922,400 people have
    crossed into Poland since Russia invaded on February 24 ... more than
    1.5 million refugees have fled Ukraine"): from the start the document
    dated to publication; else ``None``.
    """
    if (
        doc.war_start is None
        or doc.published is None
        or doc.war_start > doc.published
        or not (
            (r.perfect and r.active and war_subject(lows, r.first))
            or (
                r.category in lx.DISPLACEMENT_CATEGORIES
                and (r.perfect or r.cumulative)
                and not told
            )
        )
    ):
        return None
    return PeriodMention(r.first, r.first, Period(start=doc.war_start, end=doc.published))
