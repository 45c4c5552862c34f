"""
One document's different numbers for one group (rule 1a): the parts each
number counts, the lists whose members are told once, and the toll of the
incident that holds the parts. Moved out of ``tally`` in session 63, when
it passed 800 lines.
"""

from __future__ import annotations

import itertools
from collections import defaultdict
from typing import TYPE_CHECKING, Any

import attrs

from conflictfigures._aggregation.documents import listed_after
from conflictfigures._aggregation.estimates import EstimatePolicy, EstimateRule, estimate
from conflictfigures._aggregation.repeats import introduced_kind
from conflictfigures._aggregation.rivals import rival_sources
from conflictfigures.models import Qualifier

if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence

    from conflictfigures._aggregation.results import Claim, Estimate
    from conflictfigures.models import Count, Figure, Source

__all__ = ["list_ids", "one_document_parts"]


def list_ids(figures: Iterable[Figure]) -> dict[int, tuple[Any, ...]]:
    """
    The list each figure is a member of, by ``id`` of the figure, for the
    figures that share a list with another: members of one list stand in
    one sentence with nothing between them but a comma or a joiner.
    Linear after a sort by position.
    """
    by_sentence: dict[tuple[Source, Any], list[Figure]] = defaultdict(list)
    for f in figures:
        if f.sentence_span is not None:
            by_sentence[f.source, f.sentence_span].append(f)
    ids: dict[int, tuple[Any, ...]] = {}
    for (source, sentence_span), found in by_sentence.items():
        if len(found) < 2:
            continue
        found.sort(key=lambda f: (f.span.start, f.span.end))
        for prev, f in itertools.pairwise(found):
            if listed_after(prev, f):
                chain = ids.setdefault(id(prev), (source, sentence_span, prev.span.start))
                ids[id(f)] = chain
    return ids


def _part_key(count: Count) -> Count | None:
    return count if count.qualifier in (Qualifier.EXACT, Qualifier.RANGE) else None


def _part_keys(figures: Sequence[Figure]) -> list[tuple[Count | None, int]]:
    """
    Each figure's part: its exact count, and how many members of its list
    gave that count before it. A list does not repeat itself: "one child,
    one teenager and two adults were injured" counts two people of one, not
    one person twice; nor does a document that introduces one person after
    another ("A woman was killed. A man was killed.").
    """
    lists = list_ids(figures)
    seen: dict[tuple[Any, Count | None], int] = defaultdict(int)
    keys: list[tuple[Count | None, int]] = []
    # The people each document introduces, by what they are: a new kind of
    # person is a new person ("A woman was killed. A man was killed."); the
    # same kind again may be the same one told twice.
    introduced: dict[tuple[Source, str], int] = {}
    kinds: dict[Source, int] = defaultdict(int)  # how many kinds each document introduced
    for f in figures:
        count = _part_key(f.count)
        chain = lists.get(id(f))
        kind = None if chain is not None else introduced_kind(f)
        if kind is not None:
            order = introduced.get(kind)
            if order is None:
                order = introduced[kind] = kinds[f.source]
                kinds[f.source] += 1
            keys.append((count, order))
            continue
        if chain is None:
            keys.append((count, 0))
            continue
        keys.append((count, seen[chain, count]))
        seen[chain, count] += 1
    return keys


def one_document_parts(
    claim: Claim, est: Estimate, policy: EstimatePolicy | EstimateRule
) -> list[tuple[Claim, Estimate]]:
    """
    Rule 1a: when a document gives different exact numbers for one group,
    they are different people ("captured a Taliban facilitator ... multiple
    suspected insurgents were detained"), not rival reports; each number is
    a part of its own, unless each number names its own source
    (:func:`.rivals.rival_sources`); a toll of the incident among them holds the
    rest when it can (:func:`_toll_of_parts`). This holds when every
    document of the claim gives
    the same numbers (copies and rewrites of one report); documents that
    disagree stay one claim, judged as a contradiction.
    """
    if rival_sources(claim.figures):
        return [(claim, est)]
    keys = _part_keys(claim.figures)
    per_doc: dict[Source, set[tuple[Count | None, int]]] = defaultdict(set)
    for f, key in zip(claim.figures, keys, strict=True):
        per_doc[f.source].add(key)
    shapes = {frozenset(v) for v in per_doc.values()}
    if len(shapes) != 1 or len(next(iter(shapes))) < 2:
        return [(claim, est)]
    by_count: dict[tuple[Count | None, int], list[int]] = defaultdict(list)
    for i, key in enumerate(keys):
        by_count[key].append(i)
    parts: list[tuple[Claim, Estimate]] = []
    for idx in by_count.values():
        part = _sub_claim(claim, idx)
        parts.append((part, estimate(part, policy)))
    return _toll_of_parts(claim, parts, policy)


def _sub_claim(claim: Claim, idx: Sequence[int]) -> Claim:
    """The claim of some of a claim's figures (``idx``), each with its claimant."""
    return attrs.evolve(
        claim,
        figures=tuple(claim.figures[i] for i in idx),
        claimants=tuple(claim.claimants[i] for i in idx),
        independents=tuple(claim.independents[i] for i in idx),
    )


def _toll_of_parts(
    claim: Claim, parts: list[tuple[Claim, Estimate]], policy: EstimatePolicy | EstimateRule
) -> list[tuple[Claim, Estimate]]:
    """
    The parts of a claim that holds a toll of its incident (a total that
    named its incident and joined it): the toll alone when it holds the
    other parts together ("killed 12 people ... The death toll from the
    attack rose to 30" is 30, not 42), else every part.
    """
    tolls = [i for i, f in enumerate(claim.figures) if f.cumulative]
    if not tolls:
        return parts
    toll = _sub_claim(claim, tolls)
    toll_est = estimate(toll, policy)
    others = sum(e.best for c, e in parts if not any(f.cumulative for f in c.figures))
    return [(toll, toll_est)] if toll_est.best >= others else parts
