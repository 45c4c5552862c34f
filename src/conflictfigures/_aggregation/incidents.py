"""
Rule 0k of the tally (docs/aggregation.md): a document's main incident.

A report leads with its incident and may go on to others: "In a separate
attack, three people were killed", "In coordinated attacks elsewhere in the
province, 14 security personnel ... were killed", "a third blast in Kandahar
killed one civilian". Event coders record the incident the report leads
with; the tally does the same by default (``incidents="main"``) and leaves
out a later count of harm whose sentence names another event in words
("separate", "separately", "elsewhere", "meanwhile", "in another", "another
attack", "a second blast"). With ``incidents="all"`` every incident a
document tells is counted, as lists of incidents sum them ("The first
bombing ... 48 people were injured. The second bombing ... wounded 13").

Measured in session 28 (docs/aggregation.md): "also" in a sentence naming
an event, and a place the gazetteer tells apart from the lead's, set apart
eight more of the blind readers' incidents but cost the Wikipedia lists,
which sum, nine more; they are left out. Linear in the figures.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from conflictfigures import _lexicon as lx
from conflictfigures._aggregation.documents import LATER_FATE_RE

if TYPE_CHECKING:
    from conflictfigures.models import Figure, Source

__all__ = ["separate_incidents_dropped"]

#: The events a word of order or of another names ("a second blast").
_EVENTS = (
    "attack|attacks|blast|blasts|bomb|bombing|bombings|explosion|explosions|raid|raids"
    "|strike|strikes|incident|shooting|shootings|clash|clashes|ambush"
)
#: Words that tell of another event than the one a report leads with.
_ANOTHER_EVENT_RE = re.compile(
    r"\b(?:separate(?:ly)?|elsewhere|meanwhile"
    rf"|in another|another (?:{_EVENTS})"
    rf"|(?:second|third|fourth|fifth|sixth) (?:{_EVENTS}))\b"
)


def _sets_apart(figure: Figure) -> bool:
    """Whether a figure's sentence names another event (:data:`_ANOTHER_EVENT_RE`)."""
    sentence = LATER_FATE_RE.sub(" ", (figure.sentence or "").lower())
    return _ANOTHER_EVENT_RE.search(sentence) is not None


def separate_incidents_dropped(figures: list[Figure]) -> list[Figure]:
    """
    Rule 0k: each document's counts of harm (killed, wounded) after its lead
    (its first such count of one incident: no running total, no period)
    whose sentence names another event; counts in the lead's sentence,
    totals and counts over a period stay (rules 0g and 3 read them).
    """
    leads: dict[Source, Figure] = {}
    for f in figures:
        lead = leads.get(f.source)
        if (
            f.category in lx.HARM_CATEGORIES
            and not f.cumulative
            and f.period is None
            and (lead is None or f.span.start < lead.span.start)
        ):
            leads[f.source] = f
    if not leads:
        return figures
    return [
        f
        for f in figures
        if (lead := leads.get(f.source)) is None
        or f is lead
        or f.category not in lx.HARM_CATEGORIES
        or f.cumulative
        or f.period is not None
        or f.span.start < lead.span.start
        or f.sentence_span == lead.sentence_span
        or not _sets_apart(f)
    ]
