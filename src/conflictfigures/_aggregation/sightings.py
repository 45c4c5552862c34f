"""
An onlooker's sight of the dead: "bombed the village ..., killing 19
civilians ... A Reuters correspondent who reached the village later in the
day saw 11 bodies" is a sighting of the incident's dead, at most its toll,
not 11 more deaths.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from conflictfigures import _lexicon as lx
from conflictfigures._aggregation.documents import words_in
from conflictfigures.models import Category

if TYPE_CHECKING:
    from conflictfigures.models import Figure

__all__ = ["sightings_dropped"]

#: How many words may stand between the sighting verb and the count ("saw
#: at least 11 bodies", "counted some 40 corpses").
_VERB_REACH = 3
#: How many characters before the count the observer may stand ("A Reuters
#: correspondent who reached the village later in the day saw"): bounded,
#: so each count is read in constant time.
_REACH = 160


def _sighting(f: Figure) -> bool:
    """
    Whether a count of the dead is an onlooker's sight of bodies: bodies (no
    "more", "other" or "another") that an observer noun before them, in
    their sentence, saw or counted.
    """
    if f.category is not Category.KILLED or f.sentence is None or f.sentence_span is None:
        return False
    own = words_in(f.surface)
    if lx.BODY_NOUNS.isdisjoint(own) or not lx.FURTHER_WORDS.isdisjoint(own):
        return False
    start = f.span.start - f.sentence_span.start
    before = [
        w.strip(".,;:!?\"'()") for w in f.sentence[max(start - _REACH, 0) : start].lower().split()
    ]
    return (
        not lx.OBSERVER_NOUNS.isdisjoint(before)
        and not lx.SIGHTING_VERBS.isdisjoint(before[-_VERB_REACH:])
        and lx.FURTHER_WORDS.isdisjoint(before[-_VERB_REACH:])
    )


def sightings_dropped(figures: list[Figure]) -> list[Figure]:
    """
    The figures less each onlooker's sight of bodies (:func:`_sighting`)
    told after an incident's count of the dead in its document that is at
    least as large (and on no other day): the sight is of those dead.
    """
    out: list[Figure] = []
    tolls: dict[object, list[Figure]] = {}
    for f in sorted(figures, key=lambda f: f.span.start):
        if _sighting(f) and any(_holds(t, f) for t in tolls.get(f.source, [])):
            continue
        if f.category is Category.KILLED and not f.cumulative and f.count.stated is not None:
            tolls.setdefault(f.source, []).append(f)
        out.append(f)
    kept = {id(f) for f in out}
    return [f for f in figures if id(f) in kept]


def _holds(toll: Figure, sight: Figure) -> bool:
    """Whether an incident's toll holds a later sight of bodies: as large, and not another day's."""
    high = sight.count.high if sight.count.high is not None else sight.count.low
    return (
        toll.count.stated is not None
        and high <= toll.count.stated
        and (toll.date is None or sight.date is None or toll.date == sight.date)
    )
