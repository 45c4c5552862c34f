"""
Periods that frame more than one figure: a period that opens its sentence
("Since October 7, more than 35,000 have been killed and 79,000 wounded"),
the period a paragraph's opening sentence fronts for the losses after it
("Over the past day, ... The enemy lost up to 230 servicemen"), and the
period a heading names before the colon of its list ("The total combat
losses of the enemy from 24.02 to 29.03 were approximately: ..., tanks -
597").
"""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING

from conflictfigures import _lexicon as lx
from conflictfigures._extraction.heads import equipment_label
from conflictfigures.models import Category

if TYPE_CHECKING:
    from conflictfigures._extraction.dates import PeriodMention
    from conflictfigures._extraction.discourse import Doc
    from conflictfigures._extraction.reading import Reading
    from conflictfigures._extraction.text import Token
    from conflictfigures.models import Period

__all__ = [
    "FRONTING_WORDS",
    "block_period_of",
    "fronted_period",
    "heading_period",
    "list_marks",
    "note_block_period",
    "opens_sentence",
]


#: Words a sentence may start with before a fronted period ("But since ...").
_FRONT_OPENERS = frozenset(
    {"and", "but", "so", "yet", "meanwhile", "overall", "in", "total", "all", ","}
)


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
    if p.last >= first or tokens[p.last].text != ",":
        return None
    if not opens_sentence(tokens, p) and not _ends_setting(tokens, p):
        return None
    return p


def opens_sentence(tokens: list[Token], p: PeriodMention) -> bool:
    """
    Whether the fronted period ``p`` opens its sentence ("Since October 7,
    ..."), not a phrase of setting ("During the battles on October 3-4,
    ..."), whose days frame no running total.
    """
    start = 0
    while start < p.first and tokens[start].low in _FRONT_OPENERS:
        start += 1
    return p.first == start


def _ends_setting(tokens: list[Token], p: PeriodMention) -> bool:
    """
    Whether the period ``p`` ends an opening phrase of setting that names
    fighting or an incident, before any comma ("During the battles on the
    front line on October 3-4, units destroyed 7 tanks ..., and up to 200
    servicemen were killed"; not "During talks in Geneva on 5-6 March", nor
    a sentence that counts since something after it, a running total's).
    """
    k = 0
    while k < p.first and tokens[k].low in _FRONT_JOINERS:
        k += 1
    phrase = [t.low for t in tokens[k : p.first]]
    return (
        bool(phrase)
        and phrase[0] in _SETTING_OPENERS
        and len(phrase) <= _SETTING_REACH
        and "," not in phrase
        and not _SETTING_EVENTS.isdisjoint(phrase)
        and all(t.low != "since" for t in tokens[p.last :])
    )


#: Words that open a phrase of setting a fronted period may end, and how
#: many words that phrase may hold before it; the nouns of fighting or an
#: incident one of which it must name; joiners before it.
_SETTING_OPENERS = frozenset({"during", "in", "on", "over", "amid", "throughout"})
_SETTING_REACH = 10
_SETTING_EVENTS = (
    lx.INCIDENT_NOUNS
    | lx.WAR_NOUNS
    | lx.HARM_EVENT_NOUNS
    | lx.DISASTER_NOUNS
    | {"battle", "battles", "clashes", "fighting", "attacks", "violence", "unrest", "riots"}
    | {"protests", "demonstrations"}
)
_FRONT_JOINERS = frozenset({"and", "but", "so", "yet", ","})


def note_block_period(
    doc: Doc,
    tokens: list[Token],
    periods: list[PeriodMention],
    start: int,
    *,
    opening: bool = True,
) -> None:
    """
    Note the period a paragraph's opening sentence, which counts no one,
    fronts up to now ("Over the past day, units of the Battlegroup West
    have improved their tactical position."): the time of the paragraph's
    figures that tell none of their own ("The enemy's losses amounted to up
    to 230 servicemen"); with ``opening`` false, any sentence of the
    paragraph that fronts one, its own figures read ("Since 24 February
    2022, we have confirmed 2,690 Russian tanks destroyed ... Infantry
    fighting vehicles: 3,012 destroyed").
    """
    fronted = fronted_period(tokens, periods, len(tokens))
    if (
        fronted is not None
        and (start == doc.block if opening else start >= doc.block)
        and fronted.period.end == doc.published
        and fronted.period.start is not None
    ):
        if opening:
            doc.block_period = (doc.block, fronted.period)
        else:
            doc.tracker_period = (doc.block, fronted.period)


#: The words a sentence that fronts a period may open with ("Over the past day, ...").
FRONTING_WORDS = frozenset({"over", "in", "during", "within", "since"})


def block_period_of(doc: Doc, r: Reading, tokens: list[Token]) -> Period | None:
    """
    The period a loss report's paragraph fronts (:func:`note_block_period`)
    for one of its losses or casualties that tells no time of its own; for
    equipment on a tracker's line ("Infantry fighting vehicles: 3,012
    destroyed"), also the period a sentence of the paragraph with figures of
    its own fronted.
    """
    if (
        doc.tracker_period is not None
        and doc.tracker_period[0] == doc.block
        and r.category.is_equipment
        and equipment_label(tokens, r.number.first) is not None
    ):
        return doc.tracker_period[1]
    # (losses as a ministry's summary counts them: "Over the past day, ...
    # The enemy lost up to 55 servicemen and two tanks"; a story's dead and
    # hurt after "Over the past week, violence has surged" are an incident's)
    if (
        (r.category.is_equipment or r.category is Category.CASUALTIES)
        and doc.block_period is not None
        and doc.block_period[0] == doc.block
    ):
        return doc.block_period[1]
    return None


def list_marks(lows: list[str]) -> tuple[list[int], list[int]]:
    """Where a sentence's colons and its semicolons stand, for :func:`heading_period`."""
    return (
        [k for k, w in enumerate(lows) if w == ":"],
        [k for k, w in enumerate(lows) if w == ";"],
    )


def heading_period(
    marks: tuple[list[int], list[int]],
    first: int,
    periods: list[PeriodMention],
    period_firsts: list[int],
) -> PeriodMention | None:
    """
    ``HEADING PERIOD ... ":" ... FIGURE``: the period the heading of a list
    names before its colon, for a running total in the list that tells no
    time of its own ("The total combat losses of the enemy from 24.02 to
    29.03 were approximately: personnel - about 17,200 people killed, tanks
    - 597": 24 February to 29 March); ``None`` past a second colon, a
    semicolon or with no period before the colon (``first``: the figure's
    first token; ``marks``: :func:`list_marks`).
    """
    j = bisect.bisect_left(period_firsts, first) - 1
    if j < 0:
        return None
    colons, semicolons = marks
    end = periods[j].last

    def between(found: list[int]) -> int:
        return bisect.bisect_left(found, first) - bisect.bisect_left(found, end)

    return periods[j] if between(colons) == 1 and between(semicolons) == 0 else None


#: Words that open the clause of an event a period's count is told after
#: ("the city's 41st homicide this year after a man was found shot dead").
_EVENT_OPENERS = frozenset({"after", "when"})


def event_clause_between(lows: list[str], last: int, first: int) -> bool:
    """
    Whether "after" or "when" opens a clause whose subject is a figure at
    ``first`` (at most two words between), after a period that ends at
    ``last``: the figure is the event's, which the period does not frame
    ("... investigating the city's 41st homicide this year after a man was
    found shot to death": the man's death has no period; but "In 2023, when
    the war resumed, 300 people were killed" keeps it, as does a figure in a
    relative clause of a noun "after" takes: "after the 1992 bombing of the
    embassy in which 29 people died").
    """
    return any(
        lows[k] in _EVENT_OPENERS for k in range(max(last, first - 1 - _SUBJECT_LEAD), first)
    )


#: How many words may stand between "after" and the figure that is its clause's subject.
_SUBJECT_LEAD = 2
