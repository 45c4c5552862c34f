"""
One past incident dated only by its month or year ("militants who attacked
a college in April 2015, killing 148 people"; "a shell killed 68 people in
February 1994"; "in clashes over a land dispute in July last year, 49 people
were killed"), told apart from a count over that month or year ("killed 300
people in March", "Clashes killed 300 people in 2023").

Decision (probe 65): a ``Figure``'s ``date`` holds a day and its ``period``
the stretch a running total covers, so such an incident is an incident
(``cumulative=False``) with neither: its day is untold, and the story's day
never fills it (the month is known and is not the story's).
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from conflictfigures import _lexicon as lx
from conflictfigures._extraction.dates import PeriodMention
from conflictfigures.models import Period

if TYPE_CHECKING:
    from conflictfigures._extraction.reading import Reading

#: How many words before the figure or its month an incident's words may stand.
_REACH = 14
#: How many words after the figure or its month they may stand ("killed 31
#: civilians in July 1992 in the attack on Zecovi").
_AFTER = 6
#: The most words the figure, its month and the words around them may span.
_WINDOW = 60
#: How many words may stand between a determiner and its incident noun ("a
#: busy Mogadishu intersection", "a drive-by shooting").
_NOUN_WORDS = 4
#: Determiners that make an incident noun one incident.
_ONE = frozenset({"a", "an", "the", "one", "that", "this", "single"})
#: Nouns of one incident, singular, that a year may date ("killing" and
#: "massacre" only a month: a year's "the killing of 300 protesters" may
#: gather many).
_MONTH_EVENT_NOUNS = (
    lx.SINGLE_INCIDENT_NOUNS
    | frozenset(w for w in lx.DISASTER_NOUNS if not w.endswith("s"))
    | lx.MONTH_INCIDENT_NOUNS
)
_EVENT_NOUNS = _MONTH_EVENT_NOUNS - frozenset({"killing", "massacre"})
#: Nouns of fighting that name one event when a single cause follows them
#: ("in clashes over a land dispute").
_FIGHT_NOUNS = frozenset({"clashes", "fighting", "violence", "riots", "clash"})


def _month_or_year(period: PeriodMention, published: dt.date | None) -> str | None:
    """``"month"`` or ``"year"`` for a whole calendar month or year past before publication."""
    start, end = period.period.start, period.period.end
    if start is None or end is None or start.day != 1 or period.vague:
        return None
    if published is not None and end >= published:
        return None
    if start.month == end.month and start.year == end.year:
        after = end + dt.timedelta(days=1)
        return "month" if after.day == 1 else None
    if (start.month, end.month, end.day) == (1, 12, 31) and start.year == end.year:
        return "year"
    return None


def _one_noun(lows: list[str], k: int, nouns: frozenset[str]) -> bool:
    """Whether a determiner of one stands up to ``_NOUN_WORDS`` words before the noun at ``k``."""
    return lows[k] in nouns and any(
        w in _ONE or w.endswith("'s") for w in lows[max(0, k - _NOUN_WORDS) : k]
    )


def _one_doer(lows: list[str], k: int) -> bool:
    """
    Whether the noun at ``k`` is one attacker at the head of its clause's
    subject (``lx.ONE_DOER_NOUNS``): a determiner of one up to
    ``_NOUN_WORDS`` words before it ("a suicide bomber", "a lone gunman"),
    and a verb, an auxiliary, a relative pronoun, a preposition or a comma
    after it; not a modifier of a group ("The militant group", "A rebel
    commander", "The terrorist group's fighters").
    """
    if lows[k] not in lx.ONE_DOER_NOUNS or k + 1 >= len(lows):
        return False
    after = lows[k + 1]
    return not lx.ONE_DOER_DETERMINERS.isdisjoint(lows[max(0, k - _NOUN_WORDS) : k]) and (
        after == "," or after.endswith("ed") or after in _DOER_NEXT or after in lx.ACTIVE_TRIGGERS
    )


#: Words that may follow one attacker at the head of a subject ("a gunman
#: who", "a sniper shot", "a bomber in a car").
_DOER_NEXT = lx.AUXILIARIES | lx.ATTACK_VERBS | lx.RELATIVE_PRONOUNS | lx.PREPOSITIONS


def _when_clause(lows: list[str], last: int, k: int) -> bool:
    """Whether "when" opens the clause of the verb at ``k`` after a figure ("when they raided")."""
    return "when" in lows[max(last, k - _WHEN_WORDS) : k]


#: How many words may stand between "when" and its attack's verb ("when the gunmen attacked").
_WHEN_WORDS = 3
#: How many words a month's when-clause may run before its figure ("in
#: September 2016, when barrel bombs dropped on the ward killed two").
_MONTH_WHEN_WORDS = 10


def _month_when(lows: list[str], period: PeriodMention, first: int) -> bool:
    """
    ``MONTH ","? "when" CLAUSE`` with the figure from ``first`` inside the
    clause: the month's one occasion ("in September 2016, when barrel bombs
    killed two patients"), as ``since.when_clause_day`` reads a day's. Not
    past a clause break, a comma but before the clause's participle, or a
    verb of a war's beginning ("in March 2011, when the uprising began").
    """
    k = period.last + (period.last < len(lows) and lows[period.last] == ",")
    return (
        k + 1 < first <= k + 1 + _MONTH_WHEN_WORDS
        and lows[k] == "when"
        and lx.CLAUSE_BREAKS.isdisjoint(lows[k + 1 : first])
        and not any(lows[j] == "," and not lows[j + 1].endswith("ing") for j in range(k, first))
        and lx.BEGIN_VERBS.isdisjoint(lows[k + 1 : first])
    )


def _single_cause(lows: list[str], k: int) -> bool:
    """``FIGHT "over" ("a" | "an")``: fighting over one cause ("clashes over a land dispute")."""
    return (
        lows[k] in _FIGHT_NOUNS
        and k + 2 < len(lows)
        and lows[k + 1] == "over"
        and lows[k + 2] in ("a", "an")
    )


def incident_month(
    lows: list[str], r: Reading, period: PeriodMention | None, published: dt.date | None
) -> Period | None:
    """
    The month or year of a figure in the simple past with a whole past month or year as
    its period tells one incident of that month or year: a singular noun of
    one incident or one attacker with its determiner ("a shell killed 68
    people", "a suicide bomber killed 20 people last month",
    "were killed in the attack", "the killing of at least 31 civilians" in a
    month), a participle's toll after a verb of one attack ("who attacked
    the college ..., killing 148") or a toll before one told by "when"
    ("killed 148 people when they attacked the college"), or fighting over one cause ("in clashes
    over a land dispute") near the figure or its month, in a sentence that
    rounds up no events ("in attacks", "across the region"). A count with
    none of these ("killed 300 people in March"), a perfect or a running
    total keeps the month as its period. ``None`` for any other figure.
    """
    if period is None or r.perfect or r.cumulative:
        return None
    kind = _month_or_year(period, published)
    if kind is None:
        return None
    lo = max(0, min(r.first, period.first) - _REACH)
    hi = min(len(lows), max(r.last, period.last) + _AFTER)
    if hi - lo > _WINDOW:
        return None  # (a month far from its figure; and each figure reads a bounded window)
    nouns = _MONTH_EVENT_NOUNS if kind == "month" else _EVENT_NOUNS
    # (a month's when-clause tells one occasion, its weapons plural or not)
    one = kind == "month" and _month_when(lows, period, r.first)
    for k in range(lo, hi):
        low = lows[k]
        # (a war's, or several events': "killed in the war in 1994", "in attacks")
        several = low in lx.ROUNDUP_WORDS or (
            not one and low.endswith("s") and low[:-1] in lx.INCIDENT_NOUNS
        )
        if (several or low in lx.WAR_NOUNS) and not _single_cause(lows, k):
            return None
        one = (
            one
            or _one_noun(lows, k, nouns)
            or _single_cause(lows, k)
            or (low in lx.ASSAULT_VERBS and (k < r.first or _when_clause(lows, r.last, k)))
            or (k < r.first and _one_doer(lows, k))
        )
    return period.period if one else None


#: Prepositions that put a count inside a war ("killed in", "during", "throughout").
_WAR_PREPOSITIONS = frozenset({"in", "during", "throughout"})
#: How many words before the figure, and after it, a war's phrase may stand,
#: and how many may stand between "the" and the war's noun ("the 1992-95 war
#: in Bosnia", "the country's long civil war").
_WAR_BEFORE = 8
_WAR_AFTER = 8
_WAR_WORDS = 3


def war_total(lows: list[str], r: Reading, published: dt.date | None) -> PeriodMention | None:
    """
    ``("in" | "during" | "throughout") "the" WORD{0,3} WAR`` near an undated
    figure in the simple past: the war's whole toll, no incident ("More than
    100,000 people were killed during the 1992-95 war in Bosnia"), as the
    perfect's "have died in the conflict" is. Marks ``r`` a running total
    and returns the years a range before the war's noun names ("1992-95",
    "1992-1995") as its period, else ``None``. Not beside one incident's
    noun ("killed in an attack in the war").
    """
    if r.perfect or r.cumulative:
        return None
    lo, hi = max(0, r.first - _WAR_BEFORE), min(len(lows), r.last + _WAR_AFTER)
    if not lx.SINGLE_INCIDENT_NOUNS.isdisjoint(lows[lo:hi]):
        return None
    for k in range(lo, hi - 1):
        if lows[k] not in _WAR_PREPOSITIONS or lows[k + 1] != "the":
            continue
        for j in range(k + 2, min(hi, k + 3 + _WAR_WORDS)):
            if (
                lows[j] in lx.WHOLE_WAR_NOUNS
                and (j > k + 2 or lows[j] in lx.BARE_WAR_NOUNS)
                and _phrase_ends(lows, j + 1)
                and not _local_quarrel(lows, j)
            ):
                r.cumulative = True
                years = _years(lows[k + 2 : j], published)
                return PeriodMention(k, j + 1, years) if years is not None else None
            if not (lows[j].isalnum() or lows[j] in lx.DASHES):
                break
    return None


def _local_quarrel(lows: list[str], j: int) -> bool:
    """
    Whether the conflict at ``j`` is a local quarrel, no war: "over" a cause
    ("the conflict over land") or "between" two common nouns ("the conflict
    between the clans", "between two villages"); not between states or a
    state's forces ("between Armenia and Azerbaijan", "between the army and
    the rebels"), nor another war noun ("the war between Iran and Iraq").
    """
    if lows[j] != "conflict" or j + 1 >= len(lows) or lows[j + 1] not in lx.LOCAL_BETWEEN:
        return False
    if lows[j + 1] == "over":
        return True
    pair = lows[j + 2 : j + 4]
    return (
        len(pair) == 2
        and pair[0] in lx.LOCAL_PAIR_OPENERS
        and pair[1] not in lx.STATE_SIDE_NOUNS
        and pair[1] not in lx.DEMONYM_WORDS
    )


def _phrase_ends(lows: list[str], k: int) -> bool:
    """Whether a noun phrase ends before ``k`` ("the civil war in", not "the war zone")."""
    return k >= len(lows) or not lows[k].isalpha() or lows[k] in _PHRASE_ENDS


#: Words a war's noun phrase may end before.
_PHRASE_ENDS = lx.PREPOSITIONS | lx.RELATIVE_PRONOUNS | {"and", "when", "where"}


def _years(words: list[str], published: dt.date | None) -> Period | None:
    """The years of a range among ``words`` ("1992-95", "1992-1995"), ended before publication."""
    for k in range(len(words) - 2):
        first, dash, last = words[k : k + 3]
        if dash not in lx.DASHES or not (len(first) == 4 and first.isdigit() and last.isdigit()):
            continue
        if len(last) == 2:
            last = first[:2] + last
        if len(last) != 4 or last <= first:
            continue
        end = dt.date(int(last), 12, 31)
        if published is not None and end >= published:
            return None
        return Period(start=dt.date(int(first), 1, 1), end=end)
    return None
