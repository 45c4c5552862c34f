"""
Counts that name people a document told before, which the tally drops:
a count resumed by "all" or "both" ("All three people were taken to
hospital"), and the conditions of the hurt ("two of them in critical
condition"), beside the counts they take up; and the people feared to be
more than those told ("Many more were feared dead"), which only raise
the high.
"""

from __future__ import annotations

import bisect
import re
from collections import defaultdict
from typing import TYPE_CHECKING

from conflictfigures import _lexicon as lx
from conflictfigures._aggregation.documents import Unit, said_before
from conflictfigures.models import Category, Qualifier

if TYPE_CHECKING:
    from collections.abc import Iterable

    from conflictfigures.models import Figure, Source

__all__ = ["conditions_dropped", "feared_more", "first_told_at", "resumed_dropped"]


#: Words right before a number that take up a group already counted ("All
#: three people were taken to hospital", "all of the four"), and "both".
_RESUMED_RE = re.compile(r"\ball\s+(?:of\s+)?(?:(?:the|these|those)\s+)?$")
#: How far before a figure's words its "all" may stand.
_RESUMED_REACH = 20
#: How many counts told before it a group taken up may add up.
_RESUMED_MEMBERS = 6


def _resumes(figure: Figure) -> bool:
    """
    Whether a figure takes up a counted group ("All three people", "Both
    drivers", "the death of both men").
    """
    return figure.count.qualifier is Qualifier.EXACT and (
        _RESUMED_RE.search(said_before(figure, _RESUMED_REACH, words=False)) is not None
        or "both" in figure.surface.lower().split()
    )


def resumed_dropped(figures: list[Figure]) -> list[Figure]:
    """
    Rule 2f: "A man and two women received serious injuries. All three people
    were taken to hospital": a count with "all" or "both" whose number is
    exactly the sum of the counts of its category told just before it in its
    document (the last one, the last two, ...) takes up those people, and is
    not counted again.  "All 150 passengers died" told first, or after counts
    that do not add up to it, stands.  So is "the other" right after a count
    of its category of two or more: the one of them left.
    """
    resuming = [_resumes(f) or _the_other_left(f) for f in figures]
    if not any(resuming):
        return figures
    by_kind: dict[tuple[Source, Category], list[Figure]] = defaultdict(list)
    for f in figures:
        if not f.cumulative:
            by_kind[f.source, f.category].append(f)
    starts: dict[tuple[Source, Category], list[int]] = {}
    for kind, found in by_kind.items():
        found.sort(key=lambda f: f.span.start)
        starts[kind] = [f.span.start for f in found]
    drop: set[int] = set()
    for f, resumes in zip(figures, resuming, strict=True):
        if not resumes or f.cumulative:
            continue
        found = by_kind[f.source, f.category]
        at = bisect.bisect_left(starts[f.source, f.category], f.span.start)
        if _the_other_left(f):
            # "the other" is the one left of the group told before it, and
            # so are the parts told between them ("Two guards were wounded;
            # one was treated at the scene and the other was taken to hospital")
            parts: list[Figure] = []
            for before in reversed(found[max(0, at - _RESUMED_MEMBERS) : at]):
                if id(before) in drop or before.count.qualifier is not Qualifier.EXACT:
                    break
                if before.count.low >= max(sum(p.count.low for p in parts) + 1, 2):
                    drop.add(id(f))
                    drop.update(id(p) for p in parts)
                    break
                parts.append(before)
            continue
        told = 0
        for before in reversed(found[max(0, at - _RESUMED_MEMBERS) : at]):
            if id(before) in drop:
                continue
            if before.count.qualifier is not Qualifier.EXACT or _other_side(before, f):
                break  # ("killing a man, his wife and their son ... All three gunmen died")
            told += before.count.low
            if told >= f.count.low:
                break
        if told == f.count.low:
            drop.add(id(f))
    return [f for f in figures if id(f) not in drop] if drop else figures


def _other_side(before: Figure, f: Figure) -> bool:
    """
    Whether two counts are of the two sides of an attack, the attackers and
    their victims, so one never takes the other up ("killing a man, his
    pregnant wife and their four-year-old son. All three gunmen died").
    """
    return (before.side == lx.PERPETRATOR_SIDE) != (f.side == lx.PERPETRATOR_SIDE)


def _the_other_left(figure: Figure) -> bool:
    """
    Whether a count of one opens with "the other" and no number: the one left
    of a group told before it ("Two fishermen went missing; one was rescued
    and the other remains missing").
    """
    words = figure.surface.lower().split()
    return (
        figure.count.low == 1
        and words[:2] == ["the", "other"]
        and (len(words) < 3 or not words[2][:1].isdigit())
    )


#: Words that tell the state of people already hurt ("two are in serious
#: condition", "all three are expected to survive").
_CONDITION_RE = re.compile(r"\bin \w+ condition\b|\bexpected to survive\b")


def conditions_dropped(figures: list[Figure]) -> list[Figure]:
    """
    Rule 2g: "Four people were injured; two are in serious condition": a
    count of the wounded by their condition, told after a wounded count of
    its document at least as large, is a part of those people, not more.
    Told alone ("Two people remain in critical condition"), it is the count.
    """
    by_condition = {
        id(f)
        for f in figures
        if f.category is Category.WOUNDED and _CONDITION_RE.search(f.surface.lower())
    }
    if not by_condition:
        return figures
    largest: dict[Source, int] = {}
    drop: set[int] = set()
    for f in sorted(figures, key=lambda f: f.span.start):
        if f.category is not Category.WOUNDED:
            continue
        told = largest.get(f.source)
        if told is not None and f.count.low <= told and id(f) in by_condition:
            drop.add(id(f))
            continue
        largest[f.source] = max(told or 0, f.count.low)
    return [f for f in figures if id(f) not in drop] if drop else figures


def first_told_at(figures: Iterable[Figure]) -> dict[tuple[Source, Category], int]:
    """Where each document's first count of each category starts."""
    first: dict[tuple[Source, Category], int] = {}
    for f in figures:
        key = (f.source, f.category)
        first[key] = min(first.get(key, f.span.start), f.span.start)
    return first


def feared_more(unit: Unit, first_told: dict[tuple[Source, Category], int]) -> bool:
    """
    Whether a unit is only a vague count told as more under a fear or a
    belief ("Many more were feared dead", "though witnesses believed many
    more died"), after a count of its category in its document
    (``first_told``, :func:`first_told_at`) that it is more of: its people
    may be beyond the counts told, but event coders keep the counts, so it
    reaches the high only.  Told first ("30 people were rescued. Hundreds
    more are feared dead"), it is the count.
    """
    return all(
        f.count.qualifier is Qualifier.VAGUE
        and first_told.get((f.source, f.category), f.span.start) < f.span.start
        and _hedged_more(f)
        for c in unit.claims
        for f in c.figures
    )


def _hedged_more(figure: Figure) -> bool:
    """
    Whether a count of "more" is governed by a hedge: between "more" and its
    verb ("more were feared dead", "more may have died", "more were probably
    killed"), or as the verb or adverb its clause is the object of ("believed
    many more died", "fear that dozens more died", "possibly dozens more");
    not a modal or a verb of another clause before it ("could hear screams
    as dozens more died", "set fire to the church, and dozens more died").
    """
    words = [w.strip(lx.WORD_EDGES) for w in figure.surface.lower().split()]
    if "more" not in words:
        return False
    if not _HEDGES_WITHIN.isdisjoint(words[words.index("more") + 1 :]):
        return True
    before = [
        w.strip(lx.WORD_EDGES) for w in said_before(figure, _HEDGE_REACH, words=False).split()
    ]
    if before and before[-1] == "that":
        before.pop()
    return bool(before) and before[-1] in _HEDGES_BEFORE


#: Words of a fear, a belief or a guess between a count of "more" and its
#: verb ("Many more were feared dead", "may have died", "are likely dead").
_HEDGES_WITHIN = lx.FEARED_FATES | lx.PROJECTION_WORDS | lx.ESTIMATE_MODALS | lx.HEDGE_ADVERBS
#: Words of a fear, a belief or a guess right before such a count, whose
#: clause it is ("witnesses believed many more died", "officials fear that").
_HEDGES_BEFORE = lx.FEARED_FATES | lx.HEDGE_ADVERBS | lx.FEARS
#: How far before a count its hedge is looked for.
_HEDGE_REACH = 30
