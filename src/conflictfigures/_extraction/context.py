"""
What the words around a figure say of it, within its sentence: where its
clause starts, what joins it to a running total before it, the day a clause
says a conflict began, "since then" (whether a reading counts the attacker
moved to :mod:`.attackers` in session 44). Each reads a bounded stretch of
the sentence's lower-case words, or walks it once.
"""

from __future__ import annotations

import bisect
import itertools
from typing import TYPE_CHECKING

from conflictfigures import _lexicon as lx
from conflictfigures._extraction.between import DAYS_JOINED, SPAN_ENDS, SPAN_OPENERS
from conflictfigures._extraction.dates import PeriodMention, covering, safe_date
from conflictfigures._extraction.spans import YEAR_DIGITS
from conflictfigures._extraction.text import has_before
from conflictfigures._extraction.triggers import past_participle, perfect_adverb
from conflictfigures.models import Period

if TYPE_CHECKING:
    import datetime as dt

    from conflictfigures._extraction.dates import DateMention
    from conflictfigures._extraction.reading import Reading
    from conflictfigures._extraction.text import Token

__all__ = [
    "anothers_period",
    "began_before",
    "better_period",
    "claimed_perfect_infinitive",
    "clause_start",
    "counted_part_between",
    "dated_before_comma",
    "day_ranges",
    "place_clause_between",
    "region",
    "rider",
    "since_then",
    "trailing_claim_words",
    "unlisted_after",
]


def since_then(
    lows: list[str],
    periods: list[PeriodMention],
    mentions: list[DateMention],
    end: dt.date,
    earlier: dt.date | None = None,
) -> list[PeriodMention]:
    """
    "since then" after a date in its sentence, or else after the point in
    time the document told last (``earlier``: a date or a period's start):
    the period from that date to ``end`` ("Twelve people were buried on Saturday, and since then 40
    have been arrested"; "... displaced since November 27. The monitor said
    826 people had been killed since then"). The periods stay in order.
    """
    found = list(periods)
    dated = sorted((d for d in mentions if d.date <= end), key=lambda d: d.last)
    j = 0  # the dates that end before k: dated[:j]
    for k in range(len(lows) - 1):
        if lows[k] == "since" and lows[k + 1] == "then":
            while j < len(dated) and dated[j].last <= k:
                j += 1
            start = dated[j - 1].date if j else earlier
            if start is not None and start <= end:
                found.append(PeriodMention(k, k + 2, Period(start=start, end=end)))
    return sorted(found, key=lambda p: p.first) if len(found) > len(periods) else periods


def day_ranges(
    lows: list[str], periods: list[PeriodMention], mentions: list[DateMention], end: dt.date
) -> list[PeriodMention]:
    """
    The days of one month told as a range around a date, from the first day
    to the last: ``DAY "-" DATE`` ("Fighting on 10-11 October", "Week of 1-7
    July 2026"), ``DATE "-" DAY`` ("April 15-17, 2014"), and two days joined
    by "and" after "on" ("on 28 and 29 November 2020", "on April 15 and
    16"; days at most a week apart, as for two weekdays) or by "to" after
    "from" or "between" ("from April 15 to 17"). A year after the last day
    is the range's. The periods stay in order.
    """
    found = list(periods)
    in_period = covering(periods)
    for m in mentions:
        k = m.first
        if in_period(k):
            continue  # ("between 1 and 7 March": read as a period already)
        if k >= 2 and lows[k - 2].isdigit() and _joins_days(lows, k - 1, k - 3):
            day = int(lows[k - 2]) if len(lows[k - 2]) <= 2 else 0
            if 1 <= day < m.date.day and m.date <= end and _near(lows[k - 1], m.date.day - day):
                found.append(
                    PeriodMention(k - 2, m.last, Period(start=m.date.replace(day=day), end=m.date))
                )
            continue
        j = m.last
        if (
            j + 1 < len(lows)
            and lows[m.last - 1].isdigit()
            and len(lows[m.last - 1]) <= 2
            and lows[j + 1].isdigit()
            and len(lows[j + 1]) <= 2
            and _joins_days(lows, j, k - 1)
        ):
            # "April 15-17": the month's first day read as the date
            last = int(lows[j + 1])
            year, stop = _year_after(lows, j + 2)
            first = _in_year(m.date, year, m.date.day)
            final = _in_year(m.date, year, last)
            if (
                first is not None
                and final is not None
                and first < final <= end
                and _near(lows[j], last - first.day)
                and _days_end(lows, stop, dashed=lows[j] in lx.DASHES)
            ):
                found.append(PeriodMention(k, stop, Period(start=first, end=final)))
    return sorted(found, key=lambda p: p.first) if len(found) > len(periods) else periods


def _joins_days(lows: list[str], joiner: int, before: int) -> bool:
    """
    Whether the word at ``joiner`` joins the day before it to the next into
    one range: a dash, "and" after "on" (``before`` is the word before the
    range), "to" or "through" after "from" or "between".
    """
    word = lows[joiner]
    opener = lows[before] if before >= 0 else ""
    return (
        word in lx.DASHES
        or (word == "and" and opener in ("on", "between"))
        or (word in SPAN_ENDS and opener in SPAN_OPENERS)
    )


def _near(joiner: str, days: int) -> bool:
    """Whether days ``days`` apart joined by ``joiner`` make one range ("and": a week at most)."""
    return joiner != "and" or days <= DAYS_JOINED


def _year_after(lows: list[str], j: int) -> tuple[int | None, int]:
    """The year at ``j`` (after an optional comma) and the index after it, else (None, ``j``)."""
    k = j + 1 if j < len(lows) and lows[j] == "," else j
    if k < len(lows) and lows[k].isdigit() and len(lows[k]) == YEAR_DIGITS:
        return int(lows[k]), k + 1
    return None, j


def _days_end(lows: list[str], k: int, *, dashed: bool = False) -> bool:
    """
    Whether the word at ``k`` may follow the last day of a range "April 15
    and 16": the end, a stop, a year (read before), a word of
    :data:`_AFTER_DAYS`, after a ``dashed`` range a noun of the events the
    days span ("the September 13-14 clashes"); not a count's words ("on April 3 and 4 more on
    April 10", "8 soldiers died on June 10 and 12 on June 11").
    """
    return (
        k == len(lows)
        or not lows[k].isalnum()
        or lows[k] in _AFTER_DAYS
        # the range before the events it spans, dashed: "in the September
        # 13-14 clashes" (not "on June 10 and 12 clashes were reported")
        or (dashed and (lows[k] in lx.SPAN_EVENT_NOUNS or lows[k] in lx.INCIDENT_NOUNS))
    )


#: Words that may follow the last day of a range: its place's or its
#: clause's ("on April 15 and 16 in Kano", "near the border", "after
#: raiding", "when"); not "on", another day's.
_AFTER_DAYS = frozenset(
    {"when", "while", "during", "amid", "in", "near", "at", "after", "before", "across", "along"}
)


def _in_year(date: dt.date, year: int | None, day: int) -> dt.date | None:
    """The day ``day`` of ``date``'s month, in ``year`` when one is told."""
    return safe_date(year or date.year, date.month, day)


#: The words before "same period" or "that period" that make it one.
_SAME_PERIOD_PREPS = frozenset({"in", "during", "over", "for", "within"})


def same_period(
    lows: list[str], periods: list[PeriodMention], before: Period
) -> list[PeriodMention]:
    """
    ``("in" | "during" | "over") ("the same" | "that") ("period" | "time")``:
    the period the document named last ("killed 71 in the past 24 hours ...
    112 were wounded in the same period"; "since October 8 ... Another 18
    soldiers have been killed in that time"). The periods stay in order.
    """
    found = list(periods)
    for k in range(1, len(lows) - 1):
        if lows[k + 1] not in ("period", "time"):
            continue
        if lows[k] == "that" and lows[k - 1] in _SAME_PERIOD_PREPS:
            found.append(PeriodMention(k - 1, k + 2, before))
        elif (
            lows[k] == "same"
            and k > 1
            and lows[k - 1] == "the"
            and lows[k - 2] in _SAME_PERIOD_PREPS
        ):
            found.append(PeriodMention(k - 2, k + 2, before))
    return sorted(found, key=lambda p: p.first) if len(found) > len(periods) else periods


#: How many words "with" and what began may hold before the date ("began
#: with an attack on police stations in Mocimboa da Praia in October 2017").
_BEGAN_WITH_REACH = 12


def began_before(lows: list[str], first: int) -> bool:
    """
    ``BEGIN_VERB "out"? ("on" | "in")?`` before the date at ``first`` (or
    opening it), or ``BEGIN_VERB "out"? ("with" | "between") WORD{1,12}
    ("on" | "in")`` with no comma between ("The insurgency, which began with
    an attack on police stations in Mocimboa da Praia in October 2017, has
    killed ...", "A year after fighting erupted between the army and the RSF
    on 15 April 2023, more than 8.6 million people have been forced from
    their homes").
    """
    verb = first - 2 if first > 1 and lows[first - 1] == "out" else first - 1
    if verb >= 0 and lows[first] not in ("on", "in") and lows[verb] in lx.BEGIN_VERBS:
        return True  # "which began March 15", "broke out March 15": right after its verb
    prep = first if lows[first] in ("on", "in") else first - 1
    if prep < 1 or lows[prep] not in ("on", "in"):
        return False
    k = prep - 1
    if lows[k] == "out" and k > 0:
        k -= 1  # "broke out"
    if lows[k] in lx.BEGIN_VERBS:
        return True
    for j in range(prep - 1, max(0, prep - 1 - _BEGAN_WITH_REACH) - 1, -1):
        if lows[j] in lx.CLAUSE_BREAKS or lows[j] == ",":
            return False
        if j < prep - 1 and lows[j] in ("with", "between") and j:
            verb = j - 2 if j > 1 and lows[j - 1] == "out" else j - 1
            if lows[verb] in lx.BEGIN_VERBS:
                return True
    return False


def clause_start(lows: list[str], lo: int, first: int) -> int:
    """
    Where the clause of a figure starting at ``first`` begins within
    ``[lo, first)``: after the last semicolon or comma and joiner, else
    ``lo``. A date before it belongs to the clause before ("The death toll
    rose to 45 on Monday, and 12 people were injured on Tuesday").
    """
    for k in range(first - 1, lo - 1, -1):
        if lows[k] == ";" or (
            lows[k] == "," and k + 1 < first and lows[k + 1] in lx.CLAUSE_JOINERS
        ):
            return k + 1
    return lo


#: How far a clause break after a claim may be looked for.
_CLAUSE_REACH = 24


def clause_between(lows: list[str], anchor: int, first: int) -> bool:
    """
    Whether a new clause opens between a claim's word at ``anchor`` and a
    figure at ``first`` (``"," JOINER`` or ";"): the claim closed the clause
    before the figure's.
    """
    lo = max(anchor + 1, first - _CLAUSE_REACH)
    return clause_start(lows, lo, first) != lo


#: How many words a relative clause after a group may hold before its time.
_RELATIVE_REACH = 8


def relative_clause_between(lows: list[str], last: int, first: int) -> bool:
    """
    ``GROUP (RELATIVE | PRONOUN AUXILIARY) WORD* PERIOD``, no comma: a
    relative clause opens right after the group a figure ends with at
    ``last`` and holds the period at ``first`` ("shot and killed seven
    hostages it had been holding since February 7", "freed 12 workers who
    had been held since March"): the time of the clause's own verb, not the
    figure's.
    """
    return (
        last < first <= last + _RELATIVE_REACH
        and (
            lows[last] in lx.RELATIVE_PRONOUNS
            or (lows[last] in lx.CLAIM_PRONOUNS and lows[last + 1] in lx.AUXILIARIES)
        )
        and "," not in lows[last:first]
    )


def anothers_period(tokens: list[Token], lows: list[str], last: int, first: int) -> bool:
    """
    Whether a period at ``first``, after a figure ending at ``last``, is
    told of something else than the figure: a relative clause on its group,
    a part that counts someone, or a clause about a place.
    """
    return (
        relative_clause_between(lows, last, first)
        # "lost 472,400 troops ..., including 1,250 over the past day": the
        # period of the part
        or counted_part_between(tokens, last, first)
        or place_clause_between(lows, last, first)
    )


#: How many words an aside before a figure may hold before its period.
_ASIDE_REACH = 10


def aside_before(lows: list[str], first: int, last: int, figure: int) -> bool:
    """
    ``"," (RELATIVE | PARTICIPLE PREPOSITION?) WORD* PERIOD WORD* "," WORD?
    FIGURE``: a period from ``first`` to ``last`` inside an aside set off by
    commas between a group and the figure's words at ``figure`` is the
    time of the aside's own verb ("A former police officer, dismissed from
    the force in June over a drug charge, killed 36 people": no period of
    the killings; "The gunman, who was released last month, shot dead
    three people").
    """
    opened = next(
        (k for k in range(first - 1, max(first - _ASIDE_REACH, 0) - 1, -1) if lows[k] == ","),
        None,
    )
    if opened is None or opened + 1 >= first:
        return False
    word = lows[opened + 1]
    # a relative pronoun, or a participle with its own phrase after it
    # ("dismissed from", "released last month"; not "armored vehicles")
    if not (
        word in lx.RELATIVE_PRONOUNS
        or (
            (word in lx.IRREGULAR_PARTICIPLES or (word.endswith("ed") and len(word) > 3))
            and (lows[opened + 2] in lx.PREPOSITIONS or opened + 2 == first)
        )
    ):
        return False
    if not lx.BEGIN_VERBS.isdisjoint(lows[opened:first]):
        return False  # the time its subject began ("The war, which began in 2014, has displaced")
    closed = next(
        (k for k in range(last, min(figure, last + _ASIDE_REACH)) if lows[k] == ","), None
    )
    # the figure's own words right after the aside ("..., killed 36 people";
    # not a list's next member, "..., and 229 more captured")
    return (
        closed is not None
        and figure - closed <= 2
        and lx.LIST_JOINERS.isdisjoint(lows[closed + 1 : figure])
        and ";" not in lows[opened:figure]
    )


def place_clause_between(lows: list[str], last: int, first: int) -> bool:
    """
    ``PLACE_NOUN RELATIVE ("has" | "have" | "had") WORD* PERIOD``, no comma
    in the clause, between a figure's end at ``last`` and a period at ``first``: the period
    is in a clause about a place ("in a region that has been mostly calm
    since India quelled an insurgency", "in a town which has been under
    siege since May"), not the figure's.
    """
    return any(
        lows[k] in lx.RELATIVE_PRONOUNS
        and lows[k - 1] in lx.PLACE_NOUNS
        and k + 1 < first
        and lows[k + 1] in ("has", "have", "had")
        and "," not in lows[k:first]
        for k in range(last + 1, first)
    )


def counted_part_between(tokens: list[Token], last: int, first: int) -> bool:
    """
    ``PART_OPENER WORD* PERIOD``, the aside still open at the period, between
    a figure's end at ``last`` and a period at ``first``: the period is the
    part's ("including 1,250 over the past day", "including Omar Hassan, a
    commander wanted for an attack in March 2021"). A part closed by a comma
    before the period leaves it the figure's ("killed more than 34,000
    people, including 14,000 children, since October 7"; "detained for
    offences, including disobeying police orders, since the protests began").
    So is one right after a share "of them" ("262,000 refugees have arrived,
    25,000 of them in the past 24 hours"; not one past the share's words:
    "most of them women and children, in the past week").
    """
    return tokens[first - 1].low != "," and (
        any(t.low in lx.PART_OPENERS for t in itertools.islice(tokens, last, first))
        or (
            first - last >= 3
            and tokens[first - 2].low == "of"
            and tokens[first - 1].low in ("them", "whom")
        )
    )


#: How far past a figure its clause is read for a time of its own.
_OWN_TIME_REACH = 12


def _clause_end(lows: list[str], k: int) -> int:
    """Where the clause going on at ``k`` ends: its next comma or stop, within reach."""
    end = min(len(lows), k + _OWN_TIME_REACH)
    return next((j for j in range(k, end) if lows[j] in lx.CLAUSE_BREAKS or lows[j] == ","), end)


def next_verb_of(lows: list[str], previous: Reading, r: Reading) -> bool:
    """
    ``FIGURE ","? "and" VERB FIGURE``, both active, or ``FIGURE ","? "and"
    FIGURE``, both in the perfect, or a further member of the list of
    ``previous`` in its clause: ``r`` is the object of a second verb of the
    subject of ``previous`` ("shelling between 11 and 17 August killed at
    least 42 civilians and injured 96 others"), the next clause of the same
    count ("since June; at least 64 people have died and 20,000 have been
    displaced") or shares its verb, so it shares the time the first was
    told in.
    """
    if (
        r.listed
        and previous.last <= r.first
        and lx.CLAUSE_BREAKS.isdisjoint(lows[previous.last : r.first])
        # (not one with a verb of its own: "31,341 dead and 12 killed in a strike")
        and not any(
            w in lx.PASSIVE_TRIGGERS or w in lx.ACTIVE_TRIGGERS for w in lows[r.first : r.last]
        )
        # (nor one told with a time of its own: "and 12 in Niger a year earlier")
        and lx.OWN_TIME_WORDS.isdisjoint(lows[r.last : _clause_end(lows, r.last)])
    ):
        # a further member of the list, sharing its verb: "which in February
        # and March 2023 killed more than 160 people in Mozambique and more
        # than 1,000 in Malawi"
        return True
    if r.active and previous.active:
        return previous.last < r.verb and lows[previous.last : r.verb] in (["and"], [",", "and"])
    return (
        r.perfect
        and previous.perfect
        and not r.active
        and lows[previous.last : r.first] in (["and"], [",", "and"])
    )


def rider(lows: list[str], last: int, first: int, end: int) -> bool:
    """
    ``TOTAL ","? "with" FIGURE`` or ``TOTAL SELF_COUNTING_NOUN? ("and" | ",")
    FIGURE``, the figure (``first`` to ``end``) with no verb of its own:
    the words between join the figure to the total ("the death toll had
    risen to 31,341, with 73,134 wounded"; "the cumulative toll ... has
    reached 2,309 martyrs and 10,782 wounded", "to 2,036 killed and 9,535
    wounded"; not "rose to 40 and 12
    people were wounded").
    """
    between = lows[last:first]
    if "with" in between and all(w in lx.RIDER_WORDS for w in between):
        return True
    return (
        bool(between)
        # (or a comma of its list: "at 2,275 dead, 3,365 injured and 80 missing")
        and between[-1] in ("and", ",")
        and len(between) <= _RIDER_NOUN_WORDS
        # (its own noun, or the state the total's number counts: "to 2,036
        # killed and 9,535 wounded")
        and all(w in lx.SELF_COUNTING_NOUNS or w in lx.PASSIVE_TRIGGERS for w in between[:-1])
        and lx.BE_FORMS.isdisjoint(lows[first:end])
        and lx.AUXILIARIES.isdisjoint(lows[first:end])
        and lx.INTRANSITIVE_TRIGGERS.isdisjoint(lows[first:end])
        # (an incident of its own after it: "12 killed in a strike on a school")
        and (end >= len(lows) or lows[end] not in _OWN_EVENT_OPENERS)
    )


#: Words after a figure that open its own incident or cause ("12 killed in a
#: strike", "14 wounded by a bomb", "when ...").
_OWN_EVENT_OPENERS = frozenset({"in", "by", "when", "during", "after", "as", "while"})


#: How many words may join a total's other part after it: its own noun and "and".
_RIDER_NOUN_WORDS = 2


def unlisted_after(readings: list[Reading]) -> list[int]:
    """
    For each reading, the index of the first reading after it that is no
    further member of its list (``len(readings)``: none), found in one
    backward pass so that a long list costs linear time.
    """
    after = [len(readings)] * len(readings)
    for i in range(len(readings) - 2, -1, -1):
        after[i] = after[i + 1] if readings[i + 1].listed else i + 1
    return after


def region(readings: list[Reading], idx: int, n: int, after: list[int]) -> tuple[int, int]:
    """
    A figure's own stretch of the sentence: from the end of the figure
    before to the start of the next, where the members of a list that share
    one verb have the stretch of the whole list ("destroyed 12 tanks and 35
    guns over the past day" puts both in the past day); ``after``: see
    :func:`unlisted_after`.
    """
    lo = readings[idx - 1].last if idx > 0 else 0
    nxt = after[idx]
    hi = readings[nxt].first if nxt < len(readings) else n
    return lo, max(hi, lo)


#: How many words an aside on a speaker may hold ("JNIM, al Qaeda's
#: affiliate in the Sahel, claimed").
_ASIDE_WORDS = 12


def trailing_claim_words(tokens: list[Token], claims: list[tuple[int, int, int]]) -> set[int]:
    """
    The words of claims that follow what they report ("..., a UN spokesman
    said in Geneva"), and every claimant's own words ("officials in
    Kabul") with an aside on them before the verb ("JNIM, al Qaeda's
    affiliate in the Sahel, claimed"): a place there is where the statement
    was made or its speaker is, not where the figure happened.
    """
    words: set[int] = set()
    n = len(tokens)
    for anchor, c_start, c_end in claims:
        # a place inside the speaker's words is his ("A railway ministry
        # spokesperson in Delhi later said the toll had risen to 11")
        words.update(range(c_start, c_end))
        if c_end < anchor and tokens[c_end].text == ",":
            # and an aside on the speaker right before the verb ("JNIM, al
            # Qaeda's affiliate in the Sahel, claimed ...")
            m = c_end + 1
            while m < anchor and m - c_end <= _ASIDE_WORDS and tokens[m].text != ",":
                m += 1
            if (
                m + 1 <= anchor
                and tokens[m].text == ","
                and tokens[m + 1].is_word
                and not tokens[m + 1].is_capitalized  # (its verb, not a list's next name)
            ):
                words.update(range(c_end + 1, m))
        first = min(anchor, c_start)
        if first == 0 or (
            tokens[first - 1].text != "," and tokens[first - 1].text not in lx.QUOTES
        ):
            continue
        k = max(anchor, c_end - 1)
        while k < n and tokens[k].text not in (",", ".", ";", ":") and tokens[k].low != "that":
            words.add(k)
            k += 1
    return words


def claimed_perfect_infinitive(lows: list[str], first: int) -> bool:
    """
    Whether "to have" stands at or just before a figure's first words after
    a claim ("claimed in a statement to have killed 107 soldiers"): one act
    claimed, no count up to now ("were later found to have killed seven
    other people" stays one).
    """
    return any(
        lows[k] == "to" and lows[k + 1] == "have"
        for k in range(max(0, first - 3), min(first + 1, len(lows) - 1))
    ) and any(low.startswith("claim") for low in lows[max(0, first - 10) : first])


#: How many words before "has" may name its subject.
_PERFECT_SUBJECT_REACH = 30


#: How many words an incident's subject may hold before a perfect's auxiliary
#: ("A car bomb blast near a restaurant and hotel in Mogadishu has killed").
_INCIDENT_SUBJECT_REACH = 12


def incident_subject(lows: list[str], verb: int) -> bool:
    """
    Whether the verb at ``verb`` is in the perfect with one incident as its
    subject: ``("a" | "an") WORD{0,4} INCIDENT (PREPOSITION WORD*)? ("has" |
    "have") WORD? VERB`` with no comma between, its head a singular noun of
    one incident (``lx.SINGLE_INCIDENT_NOUNS``) and no span of time before it
    ("A car bomb blast near a restaurant in Mogadishu has killed at least
    one person and wounded two others": one incident's counts, no running
    total; not "Attacks have killed", "A bombing campaign has killed", "A
    military operation in North Waziristan has killed", "A months-long
    assault"); or the attackers right before the auxiliary ("Gunmen have
    killed 12 villagers", "Armed men have abducted 287 students").
    """
    aux = has_before(lows, verb)
    if (
        aux >= 1
        and (
            lows[aux - 1] in lx.PERPETRATOR_NOUNS or lows[max(0, aux - 2) : aux] == ["armed", "men"]
        )
        and _one_incident_told(lows, verb)
    ):
        # the attackers of one incident: "Armed men have abducted at least 287
        # students from a school", "Gunmen have killed 12 villagers in an
        # attack on Sunday" (not "Bandits have killed more than 2,000 people
        # in the northwest": a running total)
        return True
    if aux < 2:
        return False
    for d in range(aux - 1, max(-1, aux - 1 - _INCIDENT_SUBJECT_REACH), -1):
        low = lows[d]
        if low == "," or low in lx.CLAUSE_BREAKS:
            return False
        if low not in ("a", "an"):
            continue
        # the head: the first word after the article the subject's
        # preposition or the auxiliary follows (else an earlier article's:
        # "A car bomb blast near a restaurant in Mogadishu has")
        head = next(
            (
                h
                for h in range(d + 1, min(aux, d + 1 + _INCIDENT_MODIFIERS))
                if h + 1 == aux or lows[h + 1] in lx.PREPOSITIONS or lows[h + 1] in lx.PLACE_PREPS
            ),
            None,
        )
        if head is not None and lows[head] in lx.SINGLE_INCIDENT_NOUNS:
            return "long" not in lows[d + 1 : head]
    return False


#: How far after its verb the words of one incident may stand.
_ONE_INCIDENT_REACH = 12


def _one_incident_told(lows: list[str], verb: int) -> bool:
    """
    Whether the clause after a verb at ``verb`` tells one incident: an
    incident's noun, a day ("on Sunday", "overnight"), or "from" one place
    ("from a school", "from the village").
    """
    after = lows[verb + 1 : verb + 1 + _ONE_INCIDENT_REACH]
    return any(
        w in lx.INCIDENT_NOUNS
        or w in lx.WEEKDAYS
        or w in ("overnight", "yesterday", "today")
        or (w == "from" and j + 1 < len(after) and after[j + 1] in ("a", "an", "the"))
        for j, w in enumerate(after)
    )


#: How many words may stand between an incident subject's article and its head.
_INCIDENT_MODIFIERS = 5


def perfect_verb_before(lows: list[str], first: int) -> bool:
    """
    Whether a verb in the present perfect whose subject is a war stands
    right before a figure's first words, its object ("The conflict has
    claimed more than 6,000 lives", "The 12-year insurgency has left more
    than 40,000 people dead"): a war's count up to now.  Not a reporting
    verb ("has said 40 people died"), nor "had" (a past), nor one incident's
    toll ("An explosion ... has left 20 people dead") or the count of those
    who counted ("Rescuers have recovered the bodies of two more people"):
    a noun of a war (``lx.WAR_NOUNS``) and none of an incident among the
    words before "has".
    """
    k = first - 1
    if k < 1 or not past_participle(lows[k]):
        return False
    if lows[k] in lx.REPORTING_VERBS and lows[k] != "claimed":
        return False  # (a toll "has claimed" its lives: the dead are its object)
    j = k - 1
    while j > 0 and perfect_adverb(lows[j]) and j > k - 3:
        j -= 1
    if lows[j] not in ("has", "have"):
        return False
    # a war's toll, by its subject: "The 12-year insurgency has left ...";
    # not one incident's ("An explosion ... has left 20 people dead"), nor a
    # count of those who counted ("Rescuers have recovered the bodies of two")
    subject = lows[max(0, j - _PERFECT_SUBJECT_REACH) : j]
    return not lx.WAR_NOUNS.isdisjoint(subject) and lx.INCIDENT_NOUNS.isdisjoint(subject)


def dated_before_comma(lows: list[str], date_firsts: list[int], last: int, first: int) -> bool:
    """
    Whether a date starts between a figure's end at ``last`` and a period at
    ``first`` and a comma stands between that date and the period: the
    figure's own day, the period another clause's ("killed 12 people on
    Friday, the latest attack in a wave that began in May"); not an as-of
    day, which is the total's ("had been killed by Friday, since the
    operation began in January", "as of Friday, since").
    """
    k = bisect.bisect_left(date_firsts, last)
    if k >= len(date_firsts) or date_firsts[k] >= first:
        return False
    at = date_firsts[k]
    as_of = at and (
        lows[at - 1] in ("by", "until", "through")
        or (at > 1 and (lows[at - 2], lows[at - 1]) in (("as", "of"), ("up", "to")))
    )
    return not as_of and "," in lows[at:first]


#: How many words may stand between a figure's words and a period of its own
#: right after them ("5,937 deaths in June": "in").
_NEXT_PERIOD_GAP = 1


def better_period(
    tokens: list[Token],
    found: tuple[list[PeriodMention], list[int], int],
    r: Reading,
    hi: int,
    chosen: PeriodMention,
) -> PeriodMention:
    """
    The period of a figure's stretch (``found``: the sentence's periods,
    their first tokens, and the index of ``chosen``, the first of the
    stretch up to ``hi``) that dates the figure ``r`` better than
    ``chosen``: one right after the figure's words (a preposition at most
    between) over one its clause told earlier ("killed since the invasion,
    though Moscow acknowledged 5,937 deaths in June"); and over a war's
    since-clause with no start told, the stretch's next period with a start
    before the next count (not a part's: "killed since the invasion,
    including 200 since January").  Else ``chosen``.
    """
    periods, period_firsts, j = found
    if chosen.last <= r.first:
        k = bisect.bisect_left(period_firsts, r.last)
        if (
            k < len(periods)
            and period_firsts[k] < hi
            and period_firsts[k] - r.last <= _NEXT_PERIOD_GAP
        ):
            chosen = periods[k]
    if chosen.period.start is None and tokens[chosen.first].low == "since":
        upto = next((m for m in range(r.last, hi) if tokens[m].is_digits), hi)
        chosen = next(
            (p for p in periods[j + 1 :] if p.first < upto and p.period.start is not None),
            chosen,
        )
    return chosen
