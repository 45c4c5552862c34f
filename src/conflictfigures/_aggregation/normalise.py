"""
Stage 1: what the matching rules read from each figure.

:func:`normalise` reads each figure (group and side, place, kind and date,
period start, document); :func:`document_sides` and :func:`claimants` fill
in what only the figure's own document can say.
"""

from __future__ import annotations

import re
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

if TYPE_CHECKING:
    import datetime as dt
    from collections.abc import Sequence

    from conflictfigures.models import Category, Figure, Source

__all__ = [
    "Claimant",
    "Doc",
    "IncidentGroup",
    "Reading",
    "Scope",
    "TotalGroup",
    "claimants",
    "document_sides",
    "normalise",
]

#: A document: its source's class, outlet, URL, publication date and id, a
#: plain tuple, equal exactly when the sources are equal (figures with the
#: same id, URL, outlet and publication date are one document), which hashes
#: and compares without a Python call.
Doc = tuple[Any, ...]

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


if TYPE_CHECKING:
    from typing import TypeAlias

    #: A scope as read from a figure: category, side, group and place.
    Scope: TypeAlias = tuple[Category, str | None, str | None, PlacePath | None]

    #: An incident's figures, grouped: its scope's number and its date.
    IncidentGroup: TypeAlias = tuple[int, dt.date]

    #: A total's figures, grouped: its scope's number, its as-of date, its
    #: period start, and for a total naming its incident, -1 or its weekday
    #: (0 Monday), else ``None``.
    TotalGroup: TypeAlias = tuple[int, dt.date | None, dt.date | None, int | None]


def _named_incident(figure: Figure, group: str | None, place: PlacePath | None) -> int | None:
    """
    Whether a total with no period, group or place of its own names the
    incident it counts ("the death toll from Tuesday's air strike rose to
    19"): ``None`` if not, else the weekday it names (0 is Monday), or -1.
    """
    if not figure.cumulative or figure.period is not None or group is not None or place is not None:
        return None
    found = _incident_named_in(figure.sentence or figure.surface)
    if found is None:
        return None
    if figure.date is not None:
        # Extraction dated the incident the total names ("Tuesday's strike").
        return figure.date.weekday()
    return found


@lru_cache(maxsize=4_096)
def _incident_named_in(sentence: str) -> int | None:
    """
    The weekday (0 is Monday) of the incident a sentence's total names, -1
    for none, or ``None`` when it names none; read once per sentence, so a
    sentence of many totals is read in linear time.
    """
    found = _NAMED_INCIDENT.search(sentence)
    if found is None:
        return None
    day = found.group("day")
    return -1 if day is None else _WEEKDAYS.index(day.lower())


@lru_cache(maxsize=262_144)
def _scope(
    category: Category, subject: str | None, side: str | None, location: str | None
) -> tuple[str | None, str | None, PlacePath | None]:
    """Side, group and place of a figure, read once per way of writing them."""
    side, group = normalise_subject(category, subject, side)
    return side, group, normalise_place(location)


class Reading(NamedTuple):
    """
    What :func:`normalise` reads. The figures grouped by what the matching
    rules read from them, the document apart: ``incidents`` (an incident is
    not cumulative, dated and without a period) and ``totals``, each group's
    figures in index order; the scopes by number, and each scope's number;
    each figure's document; each figure's claimant as far as the figure
    alone says (the outlet's own reporting, for all of them), for
    :func:`claimants` to complete; and the figures that name a claimant, by
    document.
    """

    incidents: dict[IncidentGroup, list[int]]
    totals: dict[TotalGroup, list[int]]
    scopes: list[Scope]
    numbers: dict[Scope, int]
    docs: list[Doc]
    names: list[Claimant]
    attributed: dict[Doc, list[int]]

    def number(self, scope: Scope) -> int:
        """The number of a scope (numbered now if new)."""
        found = self.numbers.setdefault(scope, len(self.scopes))
        if found == len(self.scopes):
            self.scopes.append(scope)
        return found


def normalise(figures: Sequence[Figure]) -> Reading:
    """
    Read each figure for matching (see docs/aggregation.md, "Matching rules").

    Figures that say the same scope (numbered), date, period start and
    named incident are grouped as they are read, so the rules that follow
    run once per group, not once per figure: most reports of an incident
    share all of these, their documents apart.

    A document is the tuple of its source's fields (``Doc``), not numbered:
    most documents hold few figures, and a dictionary of them all would cost
    more than the few places that compare or hash them. One loop, with the
    ways of writing a scope read once each: it runs once per figure, and
    reads for :func:`claimants` too (its outlet, whether it names a
    claimant), so the figures are read once.
    """
    #: Each way of writing a scope, with its scope's number.
    written_as: dict[tuple[Any, ...], int] = {}
    reading = Reading({}, {}, [], {}, [], [], {})
    incidents, totals, scopes = reading.incidents, reading.totals, reading.scopes
    doc_of = reading.docs.append
    names = reading.names
    name_of = names.append
    by_outlet: dict[str, Claimant] = {}
    attributed = reading.attributed
    for i, figure in enumerate(figures):
        category = figure.category
        written = (category, figure.subject, figure.side, figure.location)
        number = written_as.get(written)
        if number is None:
            number = written_as[written] = reading.number((category, *_scope(*written)))
        period = figure.period
        date = figure.date
        src = figure.source
        outlet = src.outlet
        doc = (src.__class__, outlet, src.url, src.published, src.doc_id)
        doc_of(doc)
        if outlet:
            name = by_outlet.get(outlet)
            if name is None:
                name = by_outlet[outlet] = unattributed(src)
        else:
            name = unattributed(src)
        name_of(name)
        if figure.claimed_by is not None:
            found = attributed.get(doc)
            if found is None:
                attributed[doc] = [i]
            else:
                found.append(i)
        if date is not None and period is None and not figure.cumulative:
            dated = (number, date)
            found = incidents.get(dated)
            if found is None:
                incidents[dated] = [i]
            else:
                found.append(i)
            continue
        if period is not None and period.end is not None:
            as_of: dt.date | None = period.end
        else:
            as_of = src.published if date is None else date  # ``Figure.as_of``, inline
        _, _, group, place = scopes[number]
        total = (
            number,
            as_of,
            None if period is None else period.start,
            _named_incident(figure, group, place),
        )
        found = totals.get(total)
        if found is None:
            totals[total] = [i]
        else:
            found.append(i)
    return reading


#: The role of people of no kind ("people", "civilians", "citizens"): a
#: document that names the nationality of some tells nothing of the others'.
_ANY_PEOPLE = "civilians"


def document_sides(reading: Reading) -> None:
    """
    Fill a figure's unknown side from its own document (moving the figure
    to the group of its scope with that side).

    Rule: a group without a side ("two soldiers", "20 service members")
    takes the side the same document gives that group in figures of the same
    category, if it gives exactly one; people of no kind ("Ten people were
    killed ... three Nepalese citizens died") take none.
    """
    scopes, docs = reading.scopes, reading.docs
    sideless = {
        n
        for n, (_, side, group, _) in enumerate(scopes)
        if side is None and group is not None and group != _ANY_PEOPLE
    }
    if not sideless:
        return
    groups: tuple[dict[Any, list[int]], ...] = (reading.incidents, reading.totals)
    wanted: set[tuple[Doc, Category, str | None]] = set()
    for of_kind in groups:
        for key, idx in of_kind.items():
            if key[0] in sideless:
                category, _, group, _ = scopes[key[0]]
                wanted.update((docs[i], category, group) for i in idx)
    #: The one side each document gives a group, ``None`` where it gives several.
    found: dict[tuple[Doc, Category, str | None], str | None] = {}
    for of_kind in groups:
        for key, idx in of_kind.items():
            category, side, group, _ = scopes[key[0]]
            if side is not None and group is not None:
                for i in idx:
                    wants = (docs[i], category, group)
                    if wants in wanted and found.setdefault(wants, side) != side:
                        found[wants] = None
    for of_kind in groups:
        moves: list[tuple[tuple[Any, ...], int]] = []
        for key, idx in list(of_kind.items()):
            if key[0] not in sideless:
                continue
            category, _, group, place = scopes[key[0]]
            stay = []
            for i in idx:
                given = found.get((docs[i], category, group))
                if given is None:
                    stay.append(i)
                else:
                    moves.append(((reading.number((category, given, group, place)), *key[1:]), i))
            if len(stay) != len(idx):
                if stay:
                    of_kind[key] = stay
                else:
                    del of_kind[key]
        touched = []
        for key, i in moves:
            into = of_kind.setdefault(key, [])
            into.append(i)
            touched.append(into)
        for into in touched:
            into.sort()


class Claimant(NamedTuple):
    """
    A claimant in normal form: its label (``None``: the outlet's own
    reporting), and the key of its independent source.
    """

    label: str | None
    independent: str


@lru_cache(maxsize=65_536)
def _alone(text: str) -> Claimant | ClaimantName:
    """A claimant read without its document: a known source, else its normal form."""
    known = resolve(text)
    if known is not None:
        return Claimant(known.name, known.group)
    return normalise_claimant(text)


def claimants(figures: Sequence[Figure], reading: Reading) -> list[Claimant]:
    """
    Each figure's claimant, read within its document (completing
    ``reading.names``, which it returns).

    Rules: a known source (``_sources.SOURCES``) is that source; a bare
    mention by role ("the monitor") is the source of that role the document
    named before it; a state organ without a country is the one country the
    document's other state claimants speak for (``resolve_claimants``).
    A figure that names no claimant is its outlet's own reporting
    (:func:`unattributed`).
    """
    out = reading.names
    per_doc = reading.attributed
    states: dict[frozenset[ClaimantName], dict[ClaimantName, ClaimantName]] = {}
    for idx in per_doc.values():
        if len(idx) == 1:
            out[idx[0]] = _sole(figures[idx[0]].claimed_by or "")
            continue
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
def _sole(text: str) -> Claimant:
    """
    The claimant of the one figure of its document that names one: the
    rules of :func:`claimants` with nothing else in the document, so a
    function of the text alone.
    """
    read = _alone(text)
    if isinstance(read, ClaimantName):
        return _claimant(resolve_claimants(frozenset((read,)))[read])
    return read


@lru_cache(maxsize=65_536)
def _claimant(name: ClaimantName) -> Claimant:
    """One :class:`Claimant` per normal form, shared by its figures."""
    return Claimant(name.label, name.independent)


def unattributed(source: Source) -> Claimant:
    """The claimant of a figure that names none: no label, its outlet as the independent key."""
    return _outlet_claimant(outlet_key(source))


@lru_cache(maxsize=65_536)
def _outlet_claimant(outlet: str) -> Claimant:
    """One claimant per outlet, shared by all its figures."""
    return Claimant(None, f"outlet:{outlet}")
