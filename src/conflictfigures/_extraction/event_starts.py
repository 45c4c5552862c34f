"""
Periods of a named event the story dated before, narrower than a whole war
(whose start :mod:`.since` keeps): "since Turkey launched its military
offensive in northeast Syria on Oct. 9" or "the cross-border operation began
on 6 August" dates an operation; a later "since the start of the
offensive" or "since the incursion began" with no date of its own runs
from that day to publication. The nouns and their kinds
are ``lx.NAMED_EVENTS``; :mod:`.when` notes the starts and reads the
phrases, sentence by sentence.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from conflictfigures import _lexicon as lx
from conflictfigures._extraction.dates import PeriodMention, covering
from conflictfigures._extraction.spans import compares
from conflictfigures.models import Period

if TYPE_CHECKING:
    import datetime as dt

    from conflictfigures._extraction.dates import DateMention
    from conflictfigures._extraction.discourse import Doc
    from conflictfigures._extraction.text import Token

__all__ = ["named_event_periods"]

#: Verbs of an event's start ("the operation began on 6 August", "launched
#: its offensive on Oct. 9"); not of a later phase.
_START_VERBS = frozenset({"began", "begun", "started", "launched", "erupted"})
#: How many words a start verb may stand before its date, with no stop or
#: reporting verb between ("launched its offensive in the north on March
#: 2"), and its event's noun before the verb or between the verb and the date.
_VERB_TO_DATE = 8
_NOUN_TO_VERB = 6
#: Words before an event's noun that name an earlier one ("since the last
#: escalation").
_EARLIER_EVENT = frozenset({"last", "previous", "earlier", "former", "past", "first", "second"})
#: How many words may stand before an event's noun in a phrase that names it
#: again ("the Turkish military offensive").
_MODIFIERS = 3


def _starts_told(
    lows: list[str], mentions: list[DateMention], periods: list[PeriodMention]
) -> dict[str, dt.date]:
    """
    The start days a sentence tells of named events, by their kind: the start
    of a since-period whose words hold the event's noun ("since Turkey
    launched its military offensive ... on Oct. 9"), or a date a few words
    after a verb of starting with the noun near ("the cross-border operation
    began on 6 August", "launched the operation on 9 February").
    """
    found: dict[str, dt.date] = {}
    for p in periods:
        if lows[p.first] != "since" or p.period.start is None:
            continue
        # (its words, and an "of" phrase right after its date: "since the
        # launch on 9 February of the comprehensive 'Sinai 2018' operation")
        after = p.last + _NOUN_TO_VERB + 2 if lows[p.last : p.last + 1] == ["of"] else p.last
        for low in lows[p.first + 1 : after]:
            if low in (",", ";", "."):
                break
            if (kind := lx.NAMED_EVENTS.get(low)) is not None:
                found.setdefault(kind, p.period.start)
                break
    for m in mentions:
        verb = None
        for v in range(m.first - 1, max(-1, m.first - 1 - _VERB_TO_DATE), -1):
            if lows[v] in (",", ";", ".") or lows[v] in lx.REPORTING_VERBS:
                break
            if lows[v] in _START_VERBS:
                verb = v
                break
        if verb is None:
            continue
        for low in lows[max(0, verb - _NOUN_TO_VERB) : m.first]:
            if (kind := lx.NAMED_EVENTS.get(low)) is not None:
                found.setdefault(kind, m.date)
                break
    return found


def _since_the_event(
    tokens: list[Token],
    lows: list[str],
    periods: list[PeriodMention],
    starts: dict[str, dt.date],
    end: dt.date,
) -> list[PeriodMention]:
    """
    ``"since" "the" (BEGINNING "of" "the"?)? WORD{0,3} EVENT START_VERB?``
    with no time of its own, an event of a kind whose start the story told
    (``starts``): the period from that start to ``end`` ("since the start of
    the incursion", "since the offensive began"). A phrase inside a period
    read already, a comparison's ("the deadliest since ...", "the fifth
    since the operation began"), or one of an earlier or another named event
    ("since the last escalation", "since the Arab Spring uprising") is left
    alone; "during the operations" is not read (a review found it overriding
    a count's own day). The periods stay in order.
    """
    in_period = covering(periods)
    found = list(periods)
    n = len(lows)
    for k in range(n - 2):
        if lows[k] != "since" or lows[k + 1] != "the":
            continue
        if in_period(k):
            continue
        if lows[k] == "since" and (
            compares(tokens, k) or not lx.COUNTING_ORDINALS.isdisjoint(lows[max(0, k - 2) : k])
        ):
            continue  # "the deadliest since ...", "the fifth since the operation began"
        j = k + 2
        if (
            lows[k] == "since"
            and lows[j] in lx.BEGINNING_NOUNS
            and j + 1 < n
            and lows[j + 1] == "of"
        ):
            j += 2
            if j < n and lows[j] == "the":
                j += 1
        m = next(
            (
                m
                for m in range(j, min(n, j + _MODIFIERS + 1))
                if lx.NAMED_EVENTS.get(lows[m]) is not None
            ),
            None,
        )
        if m is None or not all(w.isalpha() or w == "-" for w in lows[j:m]):
            continue
        if (
            not _EARLIER_EVENT.isdisjoint(lows[j:m])
            or sum(t.is_capitalized for t in tokens[j:m]) > 1
        ):
            continue  # another event: "since the last escalation", "the Arab Spring uprising"
        kind = lx.NAMED_EVENTS[lows[m]]
        if kind not in starts or starts[kind] > end:
            continue
        last = m + 1
        if last < n and lows[last] in _START_VERBS:
            last += 1
        if last < n and (lows[last] in ("in", "on", "last", "this") or lows[last][:1].isdigit()):
            continue  # a time of its own: "since the offensive began in April 2002"
        found.append(PeriodMention(k, last, Period(start=starts[kind], end=end)))
    return sorted(found, key=lambda p: p.first) if len(found) > len(periods) else periods


def named_event_periods(
    tokens: list[Token],
    lows: list[str],
    mentions: list[DateMention],
    periods: list[PeriodMention],
    doc: Doc,
    *,
    end: dt.date,
) -> list[PeriodMention]:
    """
    A sentence's periods with its phrases that name again an event the
    story dated before (up to ``end``); notes on ``doc`` the starts of the
    named events it tells, for the sentences after it.
    """
    if doc.event_starts and "since" in lows:
        periods = _since_the_event(tokens, lows, periods, doc.event_starts, end)
    for kind, start in _starts_told(lows, mentions, periods).items():
        doc.event_starts.setdefault(kind, start)
    return periods
