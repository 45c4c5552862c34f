"""
An onlooker's sight of the dead: "bombed the village ..., killing 19
civilians ... A Reuters correspondent who reached the village later in the
day saw 11 bodies" is a sighting of the incident's dead, at most its toll,
not 11 more deaths.  So is a place's intake of bodies told before the
toll ("15 bodies had been brought in ... Police later said 30 people had
died"): the bodies brought in so far, at most the toll.  An intake told
after a toll is left to the rules of parts ("At least 11 villagers were
killed ... the clinic had received eight bodies ... three other victims").
"""

from __future__ import annotations

import itertools
from typing import TYPE_CHECKING

from conflictfigures import _lexicon as lx
from conflictfigures._aggregation.another_incident import names_another_incident
from conflictfigures._aggregation.documents import words_in
from conflictfigures.models import Category

if TYPE_CHECKING:
    from conflictfigures.models import Figure

__all__ = ["sighting", "sightings_dropped"]

#: How many words may stand between the sighting verb and the count ("saw
#: at least 11 bodies", "counted some 40 corpses").
_VERB_REACH = 3
#: How many characters before the count the observer may stand ("A Reuters
#: correspondent who reached the village later in the day saw"): bounded,
#: so each count is read in constant time.
_REACH = 160


def sighting(f: Figure) -> bool:
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


def _intake(f: Figure) -> bool:
    """
    Whether a count of the dead is bodies (no "more" or "other") brought in
    or to a place, or taken in by one ("15 bodies have been brought in",
    "the morgue received 12 bodies"): a place's intake so far.
    """
    if f.category is not Category.KILLED or f.sentence is None or f.sentence_span is None:
        return False
    own = words_in(f.surface)
    if lx.BODY_NOUNS.isdisjoint(own) or not lx.FURTHER_WORDS.isdisjoint(own):
        return False
    start = f.span.start - f.sentence_span.start
    end = f.span.end - f.sentence_span.start
    around = [
        w.strip(".,;:!?\"'()")
        for w in f.sentence[max(start - _INTAKE_BEFORE, 0) : end + _INTAKE_AFTER].lower().split()
    ]
    return not lx.CARE_INTAKE_VERBS.isdisjoint(around) or any(
        a == "brought" and b in ("in", "to") for a, b in itertools.pairwise(around)
    )


#: How far before and after a count its intake's verb may stand ("the
#: morgue received 12 bodies"; "15 bodies had been brought in"): bounded.
_INTAKE_BEFORE = 40
_INTAKE_AFTER = 40


def sightings_dropped(figures: list[Figure]) -> list[Figure]:
    """
    The figures less each onlooker's sight of bodies (:func:`sighting`)
    told after an incident's count of the dead in its document that is at
    least as large (and on no other day): the sight is of those dead; and
    less each intake of bodies (:func:`_intake`) told before such a count
    that holds it.
    """
    out: list[Figure] = []
    tolls: dict[object, list[Figure]] = {}
    intakes: list[Figure] = []
    for f in sorted(figures, key=lambda f: f.span.start):
        if sighting(f) and any(_holds(t, f) for t in tolls.get(f.source, [])):
            continue
        if f.category is Category.KILLED and not f.cumulative and f.count.stated is not None:
            if not _intake(f):
                # (the intakes told before it that it holds)
                held = {
                    id(i)
                    for i in intakes
                    if i.source == f.source
                    and _holds(f, i)
                    and not names_another_incident((f.sentence or "").lower().split(), 0, (i, f))
                }
                out = [g for g in out if id(g) not in held]
                intakes = [i for i in intakes if id(i) not in held]
            tolls.setdefault(f.source, []).append(f)
        if _intake(f):
            intakes.append(f)
        out.append(f)
    kept = {id(f) for f in out}
    return [f for f in figures if id(f) in kept]


def _holds(toll: Figure, sight: Figure) -> bool:
    """
    Whether an incident's toll holds a later sight of bodies: as large, not
    another day's, and not of another place or incident (:func:`_elsewhere`).
    """
    high = sight.count.high if sight.count.high is not None else sight.count.low
    return (
        toll.count.stated is not None
        and high <= toll.count.stated
        and (toll.date is None or sight.date is None or toll.date == sight.date)
        and not _elsewhere(toll, sight)
    )


def _elsewhere(toll: Figure, sight: Figure) -> bool:
    """
    Whether a sight of bodies is of other dead than a toll's: in a place of
    its own, neither's name holding the other's ("killed 40 people in Gaza
    City ... In Rafah, a correspondent saw 11 bodies"), or in a sentence
    that names an incident or place of its own ("after a separate attack",
    "In the west"; not "who reached the village later in the day").
    """
    if toll.location is not None and sight.location is not None:
        a, b = toll.location.lower(), sight.location.lower()
        if a not in b and b not in a:
            return True
    words = (sight.sentence or "").lower().split()
    return names_another_incident(words, 0, (toll, sight))
