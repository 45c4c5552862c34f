"""
Stage 1: what the matching rules read from each figure.

:func:`normalise` reads one figure (group and side, place, kind and date,
period start, document); :func:`document_sides` and :func:`claimants` fill
in what only the figure's own document can say.
"""

from __future__ import annotations

import re
from collections import defaultdict
from functools import lru_cache
from typing import TYPE_CHECKING, Any, NamedTuple

from conflictfigures._groups import (
    ClaimantName,
    normalise_claimant,
    normalise_subject,
    outlet_key,
    resolve_claimants,
)
from conflictfigures._places import PlacePath, normalise_place
from conflictfigures._sources import by_role, resolve
from conflictfigures.models import Category

if TYPE_CHECKING:
    import datetime as dt
    from collections.abc import Sequence

    from conflictfigures.models import Figure

__all__ = ["Claimant", "Doc", "Norm", "claimants", "document_sides", "normalise"]

#: A document, numbered within one analysis: figures with the same id, URL,
#: outlet and publication date are one document.
Doc = int

#: "the death toll from Tuesday's air strike", "the toll of the attack": a
#: total that names the incident it counts. Bounded repeats keep it linear.
_NAMED_INCIDENT = re.compile(
    r"\btoll\s+(?:from|of|in)\s+(?:the\s+|this\s+|that\s+)?"
    r"(?:(?P<day>monday|tuesday|wednesday|thursday|friday|saturday|sunday)['\u2019]s\s+)?"
    r"(?:[\w-]+\s+){0,3}?"
    r"(?:air\s*strikes?|strikes?|attacks?|bombings?|blasts?|explosions?|shelling|raids?"
    r"|ambush|massacre|assault|bombardment)\b",
    re.IGNORECASE,
)
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


class Norm(NamedTuple):
    """What the matching rules read from one figure."""

    category: str  # the category's value: cheaper to hash than the enum
    incident: bool  # an incident (not cumulative, dated, no period), else a total
    side: str | None
    group: str | None
    place: PlacePath | None
    date: dt.date | None  # incident date, or the total's as-of date
    period_start: dt.date | None
    doc: Doc
    names_incident: int | None  # a total naming its incident: -1, or its weekday (0 Monday)


def _named_incident(figure: Figure, group: str | None, place: PlacePath | None) -> int | None:
    """
    Whether a total with no period, group or place of its own names the
    incident it counts ("the death toll from Tuesday's air strike rose to
    19"): ``None`` if not, else the weekday it names (0 is Monday), or -1.
    """
    if not figure.cumulative or figure.period is not None or group is not None or place is not None:
        return None
    found = _NAMED_INCIDENT.search(figure.sentence or figure.surface)
    if found is None:
        return None
    if figure.date is not None:
        # Extraction dated the incident the total names ("Tuesday's strike").
        return figure.date.weekday()
    day = found.group("day")
    return -1 if day is None else _WEEKDAYS.index(day.lower())


@lru_cache(maxsize=262_144)
def _scope(
    category: str, subject: str | None, side: str | None, location: str | None
) -> tuple[str | None, str | None, PlacePath | None]:
    """Side, group and place of a figure, read once per way of writing them."""
    side, group = normalise_subject(Category(category), subject, side)
    return side, group, normalise_place(location)


def normalise(figure: Figure, docs: dict[tuple[Any, ...], Doc]) -> Norm:
    """
    Read one figure for matching (see docs/aggregation.md, "Matching rules").

    ``docs`` numbers the documents seen so far (it grows with new ones).
    """
    category = figure.category._value_  # the plain attribute behind ``.value``
    side, group, place = _scope(category, figure.subject, figure.side, figure.location)
    period = figure.period
    date = figure.date
    incident = not figure.cumulative and date is not None and period is None
    src = figure.source
    doc = docs.setdefault((src.doc_id, src.url, src.outlet, src.published), len(docs))
    return Norm(
        category,
        incident,
        side,
        group,
        place,
        date if incident else figure.as_of,
        None if period is None else period.start,
        doc,
        None if incident else _named_incident(figure, group, place),
    )


def document_sides(norms: Sequence[Norm]) -> list[str | None]:
    """
    Fill a figure's unknown side from its own document.

    Rule: a group without a side ("two soldiers", "20 service members")
    takes the side the same document gives that group in figures of the same
    category, if it gives exactly one.
    """
    found: dict[tuple[Doc, str, str], set[str]] = defaultdict(set)
    for n in norms:
        if n.side is not None and n.group is not None:
            found[(n.doc, n.category, n.group)].add(n.side)
    sides: list[str | None] = []
    for n in norms:
        side = n.side
        if side is None and n.group is not None:
            known = found.get((n.doc, n.category, n.group), ())
            if len(known) == 1:
                side = next(iter(known))
        sides.append(side)
    return sides


class Claimant(NamedTuple):
    """A claimant in normal form: its label, and the key of its independent source."""

    label: str
    independent: str


@lru_cache(maxsize=65_536)
def _alone(text: str) -> Claimant | ClaimantName:
    """A claimant read without its document: a known source, else its normal form."""
    known = resolve(text)
    if known is not None:
        return Claimant(known.name, known.group)
    return normalise_claimant(text)


def claimants(figures: Sequence[Figure], norms: Sequence[Norm]) -> list[Claimant | None]:
    """
    Each figure's claimant, read within its document.

    Rules: a known source (``_sources.SOURCES``) is that source; a bare
    mention by role ("the monitor") is the source of that role the document
    named before it; a state organ without a country is the one country the
    document's other state claimants speak for (``resolve_claimants``).
    """
    per_doc: dict[Doc, list[int]] = defaultdict(list)
    for i, f in enumerate(figures):
        if f.claimed_by is not None:
            per_doc[norms[i].doc].append(i)
    out: list[Claimant | None] = [None] * len(figures)
    states: dict[frozenset[ClaimantName], dict[ClaimantName, ClaimantName]] = {}
    for idx in per_doc.values():
        idx.sort(key=lambda i: (figures[i].span.start, figures[i].span.end, figures[i].surface))
        read = {i: _alone(figures[i].claimed_by or "") for i in idx}
        names = frozenset(r for r in read.values() if isinstance(r, ClaimantName))
        in_doc = states.get(names)
        if in_doc is None:
            in_doc = states[names] = resolve_claimants(names)
        written: list[str] = []
        for i in idx:
            text = figures[i].claimed_by or ""
            r = read[i]
            if isinstance(r, ClaimantName):
                again = resolve(text, earlier=written) if written and by_role(text) else None
                r = Claimant(again.name, again.group) if again else _claimant(in_doc[r])
            out[i] = r
            written.append(text)
    return out


@lru_cache(maxsize=65_536)
def _claimant(name: ClaimantName) -> Claimant:
    """One :class:`Claimant` per normal form, shared by its figures."""
    return Claimant(name.label, name.independent)


def unattributed(figure: Figure) -> str:
    """The independent key of an unattributed figure: its outlet."""
    return _outlet_independent(outlet_key(figure.source))


@lru_cache(maxsize=65_536)
def _outlet_independent(outlet: str) -> str:
    """One string per outlet, shared by all its figures."""
    return f"outlet:{outlet}"
