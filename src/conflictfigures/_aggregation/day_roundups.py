"""
A day's toll across a region told first, then its incidents place by place
("At least nine people were killed in election violence on Saturday. In
Murshidabad, a party worker was hacked to death, and two supporters were
shot dead in Cooch Behar"): the placed counts after it, on its day, are its
parts while they add up to no more than it (added in session 63).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from conflictfigures import _lexicon as lx
from conflictfigures._aggregation.documents import said_before, says_separate
from conflictfigures._extraction.when import roundup_sentence
from conflictfigures._places import is_unplaced, is_within, normalise_place

if TYPE_CHECKING:
    from collections.abc import Iterable

    from conflictfigures.models import Category, Figure, Source

__all__ = ["in_day_roundup"]

#: How many characters before a count its "more" or "another" is looked for.
_MORE_REACH = 40


def _roundup_lead(f: Figure) -> bool:
    """
    Whether a figure is a day's toll of many incidents: of the dead or hurt,
    dated to a day, more than one person, and its sentence a round-up ("across", "in
    several attacks", "clashes") or a toll of a diffuse harm ("violence",
    "unrest", "fighting").
    """
    if (
        f.category not in lx.HARM_CATEGORIES  # (a day's arrests are operations of their own)
        or f.date is None
        or f.cumulative
        or f.part_of is not None
        or f.count.low < 2
    ):
        return False
    lows = "".join(c if c.isalpha() else " " for c in (f.sentence or "").lower()).split()
    return roundup_sentence(lows) or not lx.WAR_NOUNS.isdisjoint(lows)


def _placed_within(f: Figure, lead: Figure) -> bool:
    """Whether a count names a place of its own, within the lead's place if it has one."""
    here, there = normalise_place(f.location), normalise_place(lead.location)
    if here is None:
        return False
    # (a name the gazetteer does not place may lie inside any place)
    return there is None or is_unplaced(here) or is_unplaced(there) or is_within(here, there)


def in_day_roundup(figures: Iterable[Figure]) -> set[int]:
    """
    Of ``figures``, in each document's order, the ids of the counts told
    after a document's first count of their category, when that count is a
    day's round-up (:func:`_roundup_lead`):
    each in a later sentence, in a place of its own (within the lead's),
    on the lead's day, with no "more", "another" or separate matter, when
    they add up to no more than the lead (a running total and a rival
    claimant's count are passed over; any other later count of the category
    ends the rule for the document: "Other bombs in Kut killed 8" is read
    with the sums' rules).
    """
    leads: dict[tuple[Source, Category], Figure | None] = {}
    held: dict[tuple[Source, Category], int] = {}
    placed: dict[tuple[Source, Category], list[int]] = {}
    for f in figures:  # (in each document's order)
        kind = (f.source, f.category)
        if kind not in leads:
            leads[kind] = f if _roundup_lead(f) else None
            continue
        lead = leads[kind]
        if (
            lead is None
            or f.sentence_span is None
            or lead.sentence_span is None
            or f.sentence_span.start <= lead.sentence_span.start
            # (a running total or a rival's count is no incident of the day)
            or f.cumulative
            or f.part_of is not None
            or f.claimed_by not in (None, lead.claimed_by)
        ):
            continue
        if (
            f.date != lead.date
            or not _placed_within(f, lead)
            or not lx.FURTHER_WORDS.isdisjoint(said_before(f, _MORE_REACH, words=True).split())
            or says_separate(f.sentence)
        ):
            # a count of more, of another day or place: the lead's counts
            # are not told place by place (the rules for sums read them)
            leads[kind] = None
            continue
        held[kind] = held.get(kind, 0) + f.count.low
        placed.setdefault(kind, []).append(id(f))
    # (all of them or none: counts that add up to more than the lead are
    # no breakdown of it)
    return {
        i
        for kind, ids in placed.items()
        if (lead := leads[kind]) is not None and held[kind] <= lead.count.low
        for i in ids
    }
