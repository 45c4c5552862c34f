"""
Stage 6, rule 2a of the tally: a single person named again ("captured a
Taliban leader ... detained the commander"; "Two men were killed ... Lamar
Mabry died") is not counted again.
"""

from __future__ import annotations

import re
from collections import defaultdict
from typing import TYPE_CHECKING

from conflictfigures import _lexicon as lx
from conflictfigures._aggregation.results import DATE_TOLERANCE, scopes_agree
from conflictfigures.models import Qualifier

if TYPE_CHECKING:
    from conflictfigures._aggregation.documents import Unit
    from conflictfigures.models import Figure, Source

__all__ = [
    "DEFINITE",
    "INDEFINITE",
    "anaphora_dropped",
    "is_single",
    "named_ones_within",
    "one_by_name",
]

#: A single person named as someone known ("the commander").
DEFINITE = re.compile(r"\bthe\b", re.IGNORECASE)
#: The words that introduce one person ("a Russian", "one Pakistani").
_INTRODUCING = lx.INDEFINITE_ARTICLES | {"one"}
#: A single person introduced ("a soldier", "one militant", "another").
INDEFINITE = re.compile(r"\b(?:" + "|".join(sorted(_INTRODUCING)) + r")\b|\d", re.IGNORECASE)


def _is_definite_one(unit: Unit) -> bool:
    """
    A unit of one person named as someone already known: with "the"
    ("detained the commander"), "he" or "she", or bare ("detained Haqqani
    leader"), but not introduced with "a", "an", "one", "another" or a numeral.
    """
    return all(
        f.count.qualifier is Qualifier.EXACT
        and f.count.stated == 1
        and (
            f.surface.lower().startswith(("he ", "she "))  # "She was treated and released"
            or DEFINITE.search(f.surface) is not None
            or INDEFINITE.search(f.surface) is None
        )
        for c in unit.claims
        for f in c.figures
    )


def is_single(unit: Unit) -> bool:
    return unit.estimate.low == unit.estimate.high == 1


#: The first words of a single that can only point back in its document ("His
#: body was found March 21", "he died"): its date says when it was found or
#: told, not who it is.
_POINTING_BACK = frozenset({"he", "she", "his", "her", "him"})


def _opens_pointing_back(figure: Figure) -> bool:
    """Whether a figure's words open with a pronoun ("his body", "he died")."""
    return figure.surface[: figure.surface.find(" ")].lower() in _POINTING_BACK


def _points_back(unit: Unit) -> bool:
    return all(_opens_pointing_back(f) for c in unit.claims for f in c.figures)


def _mentioned_before(earlier: Unit, later: Unit) -> bool:
    """Whether a document names ``earlier``'s person before ``later``'s, in agreeing scopes."""
    a, b = earlier.key, later.key
    if not scopes_agree(a, b, places="document") or (
        a.date is not None
        and b.date is not None
        and abs(a.date - b.date) > DATE_TOLERANCE
        and not _points_back(later)
    ):
        return False
    first: dict[Source, int] = {}
    for c in earlier.claims:
        for f in c.figures:
            first[f.source] = min(first.get(f.source, f.span.start), f.span.start)
    return any(
        f.source in first and first[f.source] < f.span.start
        for c in later.claims
        for f in c.figures
    )


def _by_name(unit: Unit) -> bool:
    """Whether a single person is told by name or pronoun ("Lamar Mabry died", "he died")."""
    return all(
        (f.subject or "").lower() in _POINTING_BACK
        or _opens_pointing_back(f)
        or (
            f.subject is not None
            and f.subject[:1].isupper()
            and DEFINITE.search(f.surface) is None
            and INDEFINITE.search(f.surface) is None
        )
        for c in unit.claims
        for f in c.figures
    )


def anaphora_dropped(incidents: list[Unit]) -> list[Unit]:
    """
    Rule 2a: "captured a Taliban leader ... detained the commander": a single
    person named with "the" refers back to a single person the same
    document named before, in a scope that agrees, and is not counted again;
    so does one told by name or pronoun after a count of several ("Two men
    were killed ... Lamar Mabry died").
    An attacker who dies by his own hand ("before turning the gun on
    himself") is no victim named again, nor a victim him.
    """
    # Only a count of the same document can name the person before: each
    # definite one is set beside the counts of its own documents, not all.
    sources = [{f.source for c in u.claims for f in c.figures} for u in incidents]
    by_source: dict[Source, list[Unit]] = defaultdict(list)
    for u, found in zip(incidents, sources, strict=True):
        for source in found:
            by_source[source].append(u)
    drop: set[int] = set()
    for u, found in zip(incidents, sources, strict=True):
        if not is_single(u) or not _is_definite_one(u):
            continue
        near = {id(o): o for source in found for o in by_source[source]}
        attacker = u.key.side == lx.PERPETRATOR_SIDE
        named = _by_name(u)
        if any(
            _mentioned_before(o, u)
            for o in near.values()
            # the attacker who kills himself is none of his victims
            if o is not u
            and o.lists.isdisjoint(u.lists)
            and (o.key.side == lx.PERPETRATOR_SIDE) == attacker
            # one of several is named by name or "he" ("Two men were killed
            # ... Lamar Mabry died"), not by a kind ("Two children ... the
            # father was injured")
            and (named or is_single(o))
        ):
            drop.add(id(u))
    return [u for u in incidents if id(u) not in drop] if drop else incidents


def _introduced_one(f: Figure) -> bool:
    """Whether a figure's words open by introducing one person ("a Russian"), not naming one."""
    return f.surface.split(" ", 1)[0].lower() in _INTRODUCING


#: Words of a count that make its people further ones ("Two others were also killed").
_FURTHER = lx.FURTHER_WORDS | frozenset({"also"})


def one_by_name(f: Figure) -> bool:
    """
    Whether a figure counts one person by name ("Damien Sanderson"): a
    subject of capitalized words, no noun of people, not introduced ("a
    Russian").
    """
    words = (f.subject or "").split()
    return (
        f.count.stated == 1
        and not _introduced_one(f)
        and bool(words)
        and all(w[:1].isupper() for w in words)
        and words[-1].lower() not in lx.PEOPLE_NOUNS
    )


def named_ones_within(figures: list[Figure]) -> list[Figure]:
    """
    Rule 2a for one person counted by name beside a count of several of its
    category in its document, on its day (or either undated), that names no
    further people ("also", "other", "more"): the person is one of them and
    is not counted again ("John Kamau, a boda boda rider, was killed ... Two
    people died in the crash": 2; "Damien Sanderson, 31, was found dead ...
    Ten people were killed": 10). Linear: each document's counts of several
    are gathered once.
    """
    several: dict[tuple[Source, object], list[Figure]] = defaultdict(list)
    for f in figures:
        if (f.count.low or 0) > 1 and f.part_of is None and f.side != lx.PERPETRATOR_SIDE:
            words = set(f.surface.lower().split()) | set((f.subject or "").lower().split())
            if _FURTHER.isdisjoint(words):
                several[f.source, f.category].append(f)
    if not several:
        return figures
    return [
        f
        for f in figures
        if not (
            one_by_name(f)
            and f.part_of is None
            and f.side != lx.PERPETRATOR_SIDE
            and any(_on_its_day(f, g) for g in several.get((f.source, f.category), ()))
        )
    ]


def _on_its_day(one: Figure, g: Figure) -> bool:
    """
    Whether one person's count falls on the day of a count of several, or
    either is undated, or, for a running total, on a day from the total's
    to its publication, when the person died with no act of killing told
    ("A second victim of Saturday's shooting has died, bringing the toll to
    two ... Maria Diaz, 19, died Monday night": one of the two; not "On
    Monday, a man was shot dead").
    """
    if g.date is None or one.date is None or abs(g.date - one.date) <= DATE_TOLERANCE:
        return True
    published = g.source.published
    return (
        g.cumulative
        and published is not None
        and g.date <= one.date <= published
        and not lx.DYING_WORDS.isdisjoint(one.surface.lower().split())
    )
