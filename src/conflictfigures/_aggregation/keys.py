"""
Stage 2: claim keys, and figures grouped into claims.

:func:`build_claims` fills each figure's unknown parts from the known claims
it fits (:func:`~conflictfigures._aggregation.matching.resolve`), splits
incident dates into windows of a day, joins a total that names its incident
to that incident, and splits out earlier states of a total (the incidents a
total's scope covers are found through
:mod:`~conflictfigures._aggregation.timelines`).
"""

from __future__ import annotations

import itertools
from array import array
from collections import defaultdict
from itertools import chain
from operator import eq, itemgetter
from typing import TYPE_CHECKING, Any, NamedTuple

import attrs

from conflictfigures._aggregation.construct import new_claim, new_key
from conflictfigures._aggregation.matching import MatchIndex, fits_period, resolve
from conflictfigures._aggregation.normalise import claimants, document_sides, normalise
from conflictfigures._aggregation.results import (
    DATE_TOLERANCE,
    Claim,
    ClaimKey,
    ClaimKind,
    add,
    consensus,
    count_key,
    iso,
    overlaps,
    shift,
)
from conflictfigures._aggregation.timelines import IncidentIndex, covered, incident_index

if TYPE_CHECKING:
    import datetime as dt
    from collections.abc import Mapping, Sequence, Set as AbstractSet
    from typing import TypeAlias

    from conflictfigures._aggregation.matching import Target
    from conflictfigures._aggregation.normalise import Claimant, Doc, Scope, TotalGroup
    from conflictfigures._places import PlacePath
    from conflictfigures.models import Category, Figure

    #: An incident's claim: category, side, group, place and date.
    _Incident: TypeAlias = tuple[Category, str | None, str | None, PlacePath | None, dt.date]

__all__ = ["Grouped", "build_claims", "figure_sort_key"]


def _opt(value: object) -> tuple[bool, str]:
    return (value is not None, "" if value is None else str(value))


def _cheap_sort_key(figure: Figure) -> tuple[Any, ...]:
    """
    The leading fields of :func:`figure_sort_key`: provenance and position.

    Each optional field is a pair, whether it is given and its value: the
    order ``_opt`` gives, without building strings (ISO dates sort as the
    dates do, and two absent values are equal pairs that are never ordered
    by their ``None``). It runs once per figure of every claim.
    """
    src = figure.source
    published, outlet, doc_id, url = src.published, src.outlet, src.doc_id, src.url
    span = figure.span
    return (
        published is not None,
        published,
        outlet is not None,
        outlet,
        doc_id is not None,
        doc_id,
        url is not None,
        url,
        span.start,
        span.end,
        figure.surface,
    )


def figure_sort_key(figure: Figure) -> tuple[Any, ...]:
    """
    A total order on figures (by publication, outlet, document, position,
    then every other field), so that results never depend on insertion order.
    """
    period = figure.period
    return (
        *_cheap_sort_key(figure),
        figure.category.value,
        count_key(figure.count),
        _opt(figure.subject),
        _opt(figure.side),
        _opt(figure.location),
        _opt(figure.date),
        _opt(None if period is None else (iso(period.start), iso(period.end))),
        figure.cumulative,
        _opt(figure.claimed_by),
        _opt(figure.sentence),
        _opt(None if figure.sentence_span is None else figure.sentence_span.start),
    )


def _windows(by_date: Mapping[dt.date, list[int]], doc_of: Sequence[Doc]) -> list[list[dt.date]]:
    """
    Split incident dates (the figures reported on each) into windows of at
    most one day, in date order.

    Rule: going from the earliest date, a date joins the current window if
    it is within ``DATE_TOLERANCE`` of the window's first date and no
    document reports on both (a document that gives two dates means two
    incidents). The documents are looked up only for dates that near.
    """
    windows: list[list[dt.date]] = []
    docs: set[Doc] | None = None  # the current window's documents, once needed
    doc = doc_of.__getitem__  # (the documents are read in C, without a set per date)
    for day in sorted(by_date):
        if windows and day - windows[-1][0] <= DATE_TOLERANCE:
            if docs is None:
                docs = set()
                for d in windows[-1]:
                    docs.update(map(doc, by_date[d]))
            if docs.isdisjoint(map(doc, by_date[day])):
                windows[-1].append(day)
                docs.update(map(doc, by_date[day]))
                continue
        windows.append([day])
        docs = None
    return windows


def _raw_sort_key(figure: Figure) -> tuple[Any, ...]:
    """
    The fields of :func:`_cheap_sort_key` as they are. Where no field is
    ``None`` beside a value, these sort as those keys do (``None`` equals
    ``None``; a value and ``None`` never compare, they raise).
    """
    src = figure.source
    span = figure.span
    return (src.published, src.outlet, src.doc_id, src.url, span.start, span.end, figure.surface)


def _in_order(figures: Sequence[Figure], indexes: list[int]) -> list[int]:
    """
    The indexes in the figures' total order (see :func:`figure_sort_key`).

    Built with C-level ``map``, ``zip`` and ``itemgetter`` rather than
    comprehensions: it runs once per claim. The fields are
    sorted as they are (``_raw_sort_key``); if that meets ``None`` beside a
    value, with :func:`_cheap_sort_key`, which orders it first.
    """
    if len(indexes) < 2:
        return indexes
    if len(indexes) == 2:  # (a fifth of all claims) one comparison, no sort
        i, j = indexes
        a, b = _raw_sort_key(figures[i]), _raw_sort_key(figures[j])
        try:
            if a < b:
                return indexes
            if b < a:
                return [j, i]
        except TypeError:  # ``None`` beside a value: as below
            pass
    picked = itemgetter(*indexes)(figures)
    keyed = list(zip(map(_raw_sort_key, picked), indexes, strict=True))
    try:
        keyed.sort()
    except TypeError:  # ``None`` beside a value: the pairs of ``_cheap_sort_key``
        keyed = list(zip(map(_cheap_sort_key, picked), indexes, strict=True))
        keyed.sort()
    keys = list(map(_first_item, keyed))
    if any(map(eq, keys, keys[1:])):  # two figures alike in provenance and position
        return sorted(sorted(indexes), key=lambda i: figure_sort_key(figures[i]))
    return list(map(_second, keyed))


def _make_claim(  # noqa: PLR0917 - one call site per kind of claim, read in order
    key: ClaimKey,
    indexes: list[int],
    figures: Sequence[Figure],
    names: Sequence[Claimant],
    shared: dict[tuple[Any, ...], tuple[Any, ...]],
    dates: tuple[dt.date, ...] = (),
) -> Claim:
    """
    The claim of some figures, in their order. Its tuples of claimants and
    dates are taken from ``shared`` when an equal one was made before: a
    few patterns ("no claimant", twice) recur across most claims.
    """
    if len(indexes) == 1:
        name = names[indexes[0]]
        labels: tuple[str | None, ...] = (name.label,)
        return new_claim(
            key,
            (figures[indexes[0]],),
            shared.setdefault(labels, labels),
            (name.independent,),
            shared.setdefault(dates, dates),
        )
    pick = itemgetter(*_in_order(figures, indexes))
    found = pick(names)
    labels = tuple(map(_first_item, found))
    return new_claim(
        key,
        pick(figures),
        shared.setdefault(labels, labels),
        tuple(map(_second, found)),
        shared.setdefault(dates, dates),
    )


#: The first and second item of a pair (a claimant's label and independent
#: key; a sort key's index), read in C.
_first_item, _second = itemgetter(0), itemgetter(1)


def _join_named_incidents(
    docs: Sequence[Doc],
    named: list[tuple[int, TotalGroup, Scope]],
    targets: Mapping[int, _Incident],
) -> dict[int, _Incident]:
    """
    Item: a total that names its incident ("the death toll from Tuesday's air
    strike rose to 19") and says no date, place or group of its own joins
    the one incident of its category its document reports (on the weekday
    it names, if it names one). With none or several, it stays a total.
    """
    by_doc: dict[tuple[Doc, Category], set[_Incident]] = defaultdict(set)
    for i, target in targets.items():
        by_doc[(docs[i], target[0])].add(target)
    joined = {}
    for i, (_, _, _, names_incident), (category, _, _, _) in named:
        found = by_doc.get((docs[i], category), set())
        if names_incident is not None and names_incident >= 0:
            found = {t for t in found if t[4].weekday() == names_incident}
        if len(found) == 1:
            joined[i] = next(iter(found))
    return joined


def _file(by_date: dict[Any, list[int]], day: Any, idx: list[int], merged: list[list[int]]) -> None:  # noqa: ANN401 - a date or period start
    """File a group's figures under a date (or period start) of their claim's scope."""
    found = by_date.get(day)
    if found is None:
        by_date[day] = idx
    else:
        found.extend(idx)
        merged.append(found)


def _first_of_second(item: tuple[Any, list[int]]) -> int:
    """The first figure of a list, the second item of a pair."""
    return item[1][0]


def _first_figure(item: tuple[Any, dict[Any, list[int]]]) -> int:
    """The first figure of a scope's lists (each in index order)."""
    return min(idx[0] for idx in item[1].values())


class Grouped(NamedTuple):
    """
    Claims in key order; the index of the incident claims; and the position
    of each claim in the order the claims were made, which is the order of
    their first figures and about the order they lie in memory (a stage that
    reads each claim's figures for that claim alone reads them in this
    order, not scattered).
    """

    claims: list[Claim]
    incidents: IncidentIndex
    made: Sequence[int]


def build_claims(figures: Sequence[Figure]) -> Grouped:
    """
    Group figures into claims (see docs/aggregation.md, "Matching rules");
    return them in key order, with the index of the incident claims and
    the order they were made in.

    What is read from each figure (stage 1) lives only while keys are
    resolved: claims are made from the figures' documents alone.
    """
    reading = normalise(figures)
    document_sides(reading)
    index = MatchIndex(reading, figures)
    names = claimants(figures, reading)
    scopes, docs = reading.scopes, reading.docs
    incidents: dict[tuple[Any, ...], dict[dt.date, list[int]]] = defaultdict(dict)
    totals: dict[tuple[Any, ...], dict[dt.date | None, list[int]]] = defaultdict(dict)
    placed: dict[int, _Incident] = {}
    named: list[tuple[int, TotalGroup, Scope]] = []
    track = any(names_incident is not None for *_, names_incident in reading.totals)
    inner = index.inner
    #: The targets with a more specific place below them, per category and
    #: incident date (read without building a slot per group).
    inner_at: dict[Category, dict[dt.date | None, AbstractSet[Target]]] = defaultdict(dict)
    for slot in index.support:
        if slot[1]:
            inner_at[slot[0]][slot[2]] = inner(slot)
    #: The lists of figures that took more than one group's: sorted below.
    merged: list[list[int]] = []
    # A group's figures share what the rules read but their documents: a
    # group fully known (an incident with no more specific place to narrow
    # to, a total with its period start) is filed at once, and only the
    # figures of the others are resolved one by one.
    for (number, date), idx in reading.incidents.items():
        category, side, group, place = scopes[number]
        if (
            side is None
            or group is None
            or place is None
            or (side, group, place, None) in inner_at[category][date]
        ):
            own: Target = (side, group, place, None)
            for i in idx:
                to = resolve(index, category, own, date, docs[i], figures[i].count, incident=True)
                _file(incidents[(category, *to[:3])], date, [i], merged)
                if track:
                    placed[i] = (category, *to[:3], date)
        else:
            _file(incidents[(category, side, group, place)], date, idx, merged)
            if track:
                placed.update(dict.fromkeys(idx, (category, side, group, place, date)))
    for total, idx in reading.totals.items():
        number, as_of, start, names_incident = total
        category, side, group, place = scope = scopes[number]
        if names_incident is not None:
            named.extend((i, total, scope) for i in idx)
        elif side is None or group is None or place is None or start is None:
            own = (side, group, place, start)
            for i in idx:
                to = resolve(index, category, own, as_of, docs[i], figures[i].count, incident=False)
                _file(totals[(category, *to[:3], as_of)], to[3], [i], merged)
        else:
            _file(totals[(category, side, group, place, as_of)], start, idx, merged)
    del index, reading  # the largest transient structures: free them before claims are made
    for idx in merged:
        idx.sort()
    # The totals in the order of their first figures, as each was first met.
    totals = {
        fields: dict(sorted(by_start.items(), key=_first_of_second))
        for fields, by_start in sorted(totals.items(), key=_first_figure)
    }
    named.sort(key=_first_item)
    joined = _join_named_incidents(docs, named, placed) if named else {}
    for i, (_, as_of, _, _), scope in named:
        if i in joined:
            *joined_scope, day = joined[i]
            incidents[tuple(joined_scope)].setdefault(day, []).append(i)
        else:
            totals.setdefault((*scope, as_of), {}).setdefault(None, []).append(i)
    del placed, named, joined
    jobs = _incident_jobs(incidents, docs)
    del incidents, docs
    shared: dict[tuple[Any, ...], tuple[Any, ...]] = {}
    claims, made, runs = _incident_claims(jobs, figures, names, shared)
    del jobs
    by_scope = incident_index(claims, runs)
    first_runs: list[tuple[Category, int, int]] | None = None
    if runs is not None:  # the categories' runs, from the scopes' (no claim read)
        first_runs = []
        at = 0
        for scope, of_scope in runs:
            if first_runs and first_runs[-1][0] is scope[0]:
                first_runs[-1] = (scope[0], first_runs[-1][1], at + len(of_scope))
            else:
                first_runs.append((scope[0], at, at + len(of_scope)))
            at += len(of_scope)
    del runs
    #: The figures of each total claim, by the fields of its key (a plain
    #: tuple hashes without a Python call), with its key.
    total_groups: dict[tuple[Any, ...], tuple[ClaimKey, list[int]]] = {}
    for (cat, side, group, place, as_of), by_start in totals.items():
        groups: Mapping[dt.date | None, list[int]] = by_start
        if None in by_start:
            starts = [s for s in by_start if s is not None]
            groups = {s: by_start[s] for s in starts}
            # A total without a period start joins the one period reported
            # for its (known) place, where it fits that period's reports.
            target = starts[0] if len(starts) == 1 and place is not None else None
            dated = [figures[i].count for i in by_start[target]] if target is not None else []
            for i in by_start[None]:
                fits = fits_period(figures[i].count, dated)
                groups.setdefault(target if fits else None, []).append(i)
        for start, idx in groups.items():
            key = new_key(cat, ClaimKind.TOTAL, side, group, place, as_of, start)
            for k, part in _earlier_states(key, idx, figures, by_scope):
                fields = (
                    (cat, side, group, place, as_of, start)
                    if k is key
                    else (k.category, k.side, k.group, k.place, k.date, k.period_start)
                )
                group_of = total_groups.get(fields)
                if group_of is None:
                    total_groups[fields] = (k, list(part))
                else:
                    group_of[1].extend(part)
    del totals
    stated = [_make_claim(k, idx, figures, names, shared) for k, idx in total_groups.values()]
    made_totals = _ranks(stated, [_total_order(f) for f in total_groups])
    stated = _placed(stated, made_totals)
    # Both lists are in key order, which runs by category, then incidents
    # before totals: merging them by category (stable) keeps that order.
    claims, (incidents_land, totals_land) = _merge_by_category(claims, stated, first_runs)
    made_at = array("l", map(incidents_land.__getitem__, made))
    made_at.extend(map(totals_land.__getitem__, made_totals))
    return Grouped(claims, by_scope, made_at)


def _total_order(fields: tuple[Any, ...]) -> tuple[str, ...]:
    """:meth:`ClaimKey.sort_key` of a total's key, from its fields (no key read)."""
    return (*_scope_order(fields[:4], ClaimKind.TOTAL), iso(fields[4]), iso(fields[5]))


def _ranks(claims: list[Claim], orders: list[tuple[str, ...]] | None = None) -> array[int]:
    """
    The position of each claim in key order (a stable sort); ``orders``:
    each claim's :meth:`ClaimKey.sort_key`, when already made.
    """
    if orders is None:
        orders = [c.key.sort_key() for c in claims]
    order = sorted(range(len(claims)), key=orders.__getitem__)
    ranks = array("l", bytes(8 * len(claims)))
    for rank, j in enumerate(order):
        ranks[j] = rank
    return ranks


def _placed(claims: list[Claim], ranks: Sequence[int]) -> list[Claim]:
    """The claims, each put at its rank."""
    placed: list[Claim | None] = [None] * len(claims)
    for claim, rank in zip(claims, ranks, strict=True):
        placed[rank] = claim
    return [c for c in placed if c is not None]


def _category_runs(claims: list[Claim]) -> list[tuple[Category, int, int]]:
    """The runs of claims of one category, as (category, start, end), in order."""
    found: list[tuple[Category, int, int]] = []
    current: Category | None = None
    start = 0
    for j, claim in enumerate(claims):
        category = claim.key.category
        if category is not current:
            if current is not None:
                found.append((current, start, j))
            current, start = category, j
    if current is not None:
        found.append((current, start, len(claims)))
    return found


def _merge_by_category(
    first: list[Claim],
    second: list[Claim],
    first_runs: list[tuple[Category, int, int]] | None = None,
) -> tuple[list[Claim], tuple[array[int], array[int]]]:
    """
    Two lists in key order merged by category, each category's claims of
    ``first`` before those of ``second`` (a stable merge), one pass each;
    with where each claim of each list lands. ``first_runs``: the runs of
    ``first`` (:func:`_category_runs`), when known.
    """
    #: The runs of each category in each list, as (start, end) positions.
    runs: dict[str, tuple[list[tuple[int, int]], list[tuple[int, int]]]] = {}
    for side, found in enumerate((first_runs or _category_runs(first), _category_runs(second))):
        for category, start, end in found:
            runs.setdefault(category._value_, ([], []))[side].append((start, end))
    merged: list[Claim] = []
    lands = (array("l", bytes(8 * len(first))), array("l", bytes(8 * len(second))))
    for value in sorted(runs):
        for side, part in enumerate(runs[value]):
            claims = (first, second)[side]
            for start, end in part:
                lands[side][start:end] = array("l", range(len(merged), len(merged) + end - start))
                merged += claims[start:end]
    return merged, lands


class _Jobs(NamedTuple):
    """
    The incident claims to make: one job per claim (its first figure, its
    scope's number, its dates, its window's number within the scope, and
    its figures), each at its first figure's place (a figure is in one
    claim), so that the jobs are read in order of their first figures, in
    C, without a sort; the scopes; and the number of windows of each.
    """

    jobs: list[tuple[int, int, tuple[dt.date, ...], int, list[int]] | None]
    scopes: list[tuple[Any, ...]]
    windows_of: list[int]


def _incident_jobs(
    incidents: dict[tuple[Any, ...], dict[dt.date, list[int]]], doc_of: Sequence[Doc]
) -> _Jobs:
    """
    The incident claims of each scope (category, side, group and place):
    its dates grouped in windows (:func:`_windows`). Empties ``incidents``,
    so that each claim's list of figures lives only until its claim is made.
    """
    jobs: list[tuple[int, int, tuple[dt.date, ...], int, list[int]] | None] = [None] * len(doc_of)
    scopes = list(incidents)
    windows_of: list[int] = []
    for s, by_date in enumerate(incidents.values()):
        if len(by_date) == 1:
            [(day, idx)] = by_date.items()
            jobs[idx[0]] = (idx[0], s, (day,), 0, idx)
            windows_of.append(1)
            continue
        windows = _windows(by_date, doc_of)
        windows_of.append(len(windows))
        for number, window in enumerate(windows):
            if len(window) == 1:
                idx = by_date[window[0]]
                jobs[idx[0]] = (idx[0], s, (window[0],), number, idx)
                continue
            # Each date's figures are in index order: its first is its least
            # (read, like the figures, in C).
            parts = list(map(by_date.__getitem__, window))
            first = min(map(_first_item, parts))
            jobs[first] = (first, s, tuple(window), number, list(chain.from_iterable(parts)))
    incidents.clear()
    return _Jobs(jobs, scopes, windows_of)


def _incident_claims(
    made_jobs: _Jobs,
    figures: Sequence[Figure],
    names: Sequence[Claimant],
    shared: dict[tuple[Any, ...], tuple[Any, ...]],
) -> tuple[list[Claim], array[int], list[tuple[tuple[Any, ...], list[Claim]]] | None]:
    """
    The incident claims of each scope (:func:`_incident_jobs`), in key
    order; the position of each, in the order they were made; and each
    scope with its claims, in key order (``None`` where scopes' keys order
    alike).

    Claims are made in the order of their figures (by each claim's first
    figure), not scope by scope: the figures are read where they lie in
    memory, one after the other, which at a million figures takes a third
    of the time of reading them scattered. Each claim is put in its place
    in key order directly: its scope's rank plus its window's number (a
    scope's windows run in date order), so no key is built per claim.
    Scopes whose keys order alike (only ``None`` beside an empty text
    could) are rare: then the claims are sorted by key instead. Each job
    is dropped once its claim is made (with its list of figures).
    """
    jobs, scopes, windows_of = made_jobs
    orders = [_scope_order(scope) for scope in scopes]
    ranked = sorted(range(len(scopes)), key=orders.__getitem__)
    by_rank = all(orders[a] < orders[b] for a, b in itertools.pairwise(ranked))
    offset = [0] * len(scopes)
    at = 0
    for s in ranked:
        offset[s] = at
        at += windows_of[s]
    slots: list[Claim | None] = [None] * at
    made: list[Claim] = []
    incident = ClaimKind.INCIDENT
    made_at = array("l")
    for job in jobs:
        if job is None:
            continue
        first, s, dates, number, idx = job
        jobs[first] = None
        cat, side, group, place = scopes[s]
        key = new_key(cat, incident, side, group, place, dates[0])
        claim = _make_claim(key, idx, figures, names, shared, dates)
        if by_rank:
            slots[offset[s] + number] = claim
            made_at.append(offset[s] + number)
        else:
            made.append(claim)
    if not by_rank:
        made_at = _ranks(made)
        return _placed(made, made_at), made_at, None
    claims = [c for c in slots if c is not None]
    runs = [(scopes[s], claims[offset[s] : offset[s] + windows_of[s]]) for s in ranked]
    return claims, made_at, runs


def _scope_order(scope: tuple[Any, ...], kind: ClaimKind = ClaimKind.INCIDENT) -> tuple[str, ...]:
    """The leading part of :meth:`ClaimKey.sort_key` for a scope's claims of one kind."""
    category, side, group, place = scope
    return (
        category._value_,
        kind._value_,
        side or "",
        group or "",
        "\x00".join(place or ()),
    )


def _earlier_states(
    key: ClaimKey,
    indexes: list[int],
    figures: Sequence[Figure],
    index: IncidentIndex,
) -> list[tuple[ClaimKey, list[int]]]:
    """
    Split out totals that describe the state before the day's incidents.

    Rule: when the totals reported for one date disagree, a lower total
    that, plus the incidents reported within a day of that date, matches a
    higher total reported for the same date is the total *before* those
    incidents ("earlier this month, 13 were killed" beside "bringing the
    toll to 15"): it moves to a claim dated the day before the first of
    those incidents, a point in the time series rather than a side of a
    contradiction.
    """
    if key.date is None or len(indexes) < 2 or consensus(figures[i].count for i in indexes)[2]:
        return [(key, indexes)]  # (the reports all agree: no earlier state to split out)
    counts = sorted({figures[i].count for i in indexes}, key=count_key)
    recent = covered(key, index, shift(key.date, -2))
    if not recent:
        return [(key, indexes)]
    add_low = sum(c.low for c in recent)
    add_high: int | None = 0
    for c in recent:
        add_high = add(add_high, c.high)
    earlier = {
        u
        for u in counts
        if u.high is not None
        and any(
            v.low > u.high and overlaps(v, u.low + add_low, add(u.high, add_high)) for v in counts
        )
    }
    before = shift(min(c.dates[0] for c in recent), -1)
    if not earlier or before is None:
        return [(key, indexes)]
    return [
        (attrs.evolve(key, date=before), [i for i in indexes if figures[i].count in earlier]),
        (key, [i for i in indexes if figures[i].count not in earlier]),
    ]
