"""
Extraction and aggregation on a Dask cluster, with the answers of one process.

This module needs the ``dask`` extra (``pip install 'conflictfigures[dask]'``);
the rest of the library never imports it.

Figures travel between processes as records (:func:`conflictfigures.to_record`
dicts), never as object graphs, and results come back as Dask bags of
records, so that nothing is gathered whole on the client.

The analysis is partitioned by a *neighbourhood key*, the figure's category.
Figures can meet in one claim, contradiction or running total only when they
have the same category (every matching rule in docs/aggregation.md compares
figures of one category); the one rule that looks across categories, the
reading of claimants within a document ("the ministry" after "Turkey's
defense ministry"), looks only inside one document.
So each category's neighbourhood holds every figure of that category and,
as context, every other figure of the documents those figures come from;
the results of a neighbourhood are kept for its own category only.
The whole set of results is then exactly the one process's results (a
property test checks this over random partitionings of random corpora).

>>> import dask.bag as db
>>> from conflictfigures import Document, Source
>>> docs = db.from_sequence([
...     Document(text="Two Turkish soldiers were killed in Idlib.", source=Source(outlet="AP")),
...     Document(text="Three Turkish soldiers were killed in Idlib.", source=Source(outlet="AFP")),
... ], npartitions=2)
>>> analysis = analyse(extract_figures(docs))
>>> claims, contradictions = analysis.compute(scheduler="sync")[:2]
>>> len(claims), [c["sides"][0]["count"]["stated"] for c in contradictions]
(1, [2])
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

import attrs

try:
    import dask.bag as db
    from dask.base import compute, persist
except ImportError as exc:  # pragma: no cover - exercised without the extra
    raise ImportError(
        "conflictfigures.distributed needs the 'dask' extra: pip install 'conflictfigures[dask]'"
    ) from exc

from conflictfigures._documents import Document
from conflictfigures.aggregate import DEFAULT_ESTIMATE, EstimatePolicy, EstimateRule, Ledger
from conflictfigures.errors import InvalidPolicy, InvalidType, type_name
from conflictfigures.policy import BoundsPolicy
from conflictfigures.serialize import to_record

if TYPE_CHECKING:
    from collections.abc import Iterable, Mapping
    from pathlib import Path

__all__ = ["KINDS", "Analysis", "analyse", "extract_figures", "neighbourhood", "records_by_kind"]

#: The result kinds of an analysis, in the order :meth:`Analysis.compute` returns them.
KINDS = ("claims", "contradictions", "running_totals", "estimates")

Record = dict[str, Any]
_DocKey = tuple[str | None, str | None, str | None, str | None]


def neighbourhood(record: Mapping[str, Any]) -> str:
    """
    Return the neighbourhood key of a figure record: its category.

    Figures with different keys never meet in one claim, contradiction or
    running total.

    >>> neighbourhood({"category": "killed"})
    'killed'
    """
    return str(record["category"])


def _document_key(record: Mapping[str, Any]) -> _DocKey:
    """The document a figure record comes from, as the ledger tells documents apart."""
    return (record.get("doc_id"), record.get("url"), record.get("outlet"), record.get("published"))


def _figures_of(document: object, policy: BoundsPolicy | None) -> list[Record]:
    if not isinstance(document, Document):
        raise InvalidType(f"'documents' must hold Document objects, got {type_name(document)}")
    return [to_record(f) for f in document.figures(policy=policy)]


def extract_figures(documents: db.Bag, *, policy: BoundsPolicy | None = None) -> db.Bag:
    """
    Extract the figures of a bag of documents, in parallel.

    Args:
        documents: a bag of :class:`conflictfigures.Document` objects.
        policy: the bounds policy for extraction.

    Returns:
        A bag of figure records (:func:`conflictfigures.to_record`), each
        document's in its order.

    Raises:
        InvalidType: ``documents`` is not a bag, or ``policy`` is not a
            bounds policy; an item that is not a document raises when the bag
            is computed.
    """
    if not isinstance(documents, db.Bag):
        raise InvalidType(f"'documents' must be a dask.bag.Bag, got {type_name(documents)}")
    if policy is not None and not isinstance(policy, BoundsPolicy):
        raise InvalidType(f"'policy' must be a BoundsPolicy or None, got {type_name(policy)}")
    figures: db.Bag = documents.map(_figures_of, policy).flatten()
    return figures


def _fan_out(group: tuple[_DocKey, list[Record]]) -> list[tuple[str, list[Record]]]:
    """A document's figures, once for each category among them (its context there)."""
    _key, records = group
    return [(category, records) for category in sorted({neighbourhood(r) for r in records})]


def _neighbourhood_results(
    group: tuple[str, list[tuple[str, list[Record]]]], policy: EstimatePolicy | EstimateRule
) -> dict[str, list[Record]]:
    """Analyse one category's neighbourhood; keep the results of that category."""
    category, documents = group
    ledger = Ledger.from_records((r for _c, records in documents for r in records), policy=policy)
    return {
        "claims": [to_record(c) for c in ledger.claims() if c.key.category.value == category],
        "contradictions": [
            to_record(c) for c in ledger.contradictions() if c.key.category.value == category
        ],
        "running_totals": [
            to_record(t) for t in ledger.running_totals() if t.category.value == category
        ],
        # one estimate per claim, in the claims' order
        "estimates": [
            to_record(e)
            for c, e in zip(ledger.claims(), ledger.estimates(), strict=True)
            if c.key.category.value == category
        ],
    }


@attrs.frozen(kw_only=True)
class Analysis:
    """
    The results of :func:`analyse`, as Dask bags of records.

    Each bag is lazy; they share one graph, so compute or persist them
    together (:meth:`compute`, :meth:`persist`, :meth:`write_jsonl`) to run
    the analysis once.

    Attributes:
        claims: claim records.
        contradictions: contradiction records.
        running_totals: running-total records.
        estimates: estimate records.

    .. versionadded:: 0.1.0
    """

    claims: db.Bag
    contradictions: db.Bag
    running_totals: db.Bag
    estimates: db.Bag

    def bags(self) -> tuple[db.Bag, db.Bag, db.Bag, db.Bag]:
        """Return the four bags, in the order of :data:`KINDS`."""
        return (self.claims, self.contradictions, self.running_totals, self.estimates)

    def persist(self, **kwargs: object) -> Analysis:
        """Compute the results into the cluster's memory; the client holds nothing."""
        return Analysis(**dict(zip(KINDS, persist(*self.bags(), **kwargs), strict=True)))

    def compute(self, **kwargs: object) -> tuple[list[Record], ...]:
        """
        Return the four lists of records, each ordered as a :class:`Ledger`
        orders its results (on the client: for results that fit in memory).
        """
        computed = compute(*self.bags(), **kwargs)
        return tuple(sorted(records, key=_order) for records in computed)

    def write_jsonl(self, folder: str | Path, **kwargs: object) -> None:
        """
        Write each kind of record as JSON Lines files, one per partition
        (``claims-0.jsonl``, ...), from the workers, in one computation.
        """
        writes = [
            bag.map(json.dumps, ensure_ascii=False).to_textfiles(
                f"{folder}/{kind}-*.jsonl", compute=False
            )
            for kind, bag in zip(KINDS, self.bags(), strict=True)
        ]
        compute(*writes, **kwargs)


def _order(record: Mapping[str, Any]) -> str:
    """A total order on result records (their JSON), so two runs compare record for record."""
    return json.dumps(record, sort_keys=True, default=str)


def analyse(
    figures: db.Bag,
    *,
    policy: EstimatePolicy | EstimateRule | None = None,
    npartitions: int | None = None,
) -> Analysis:
    """
    Analyse a bag of figure records as one :class:`Ledger` would, partitioned
    by neighbourhood (see the module's documentation).

    Args:
        figures: a bag of figure records, e.g. from :func:`extract_figures`
            or :func:`conflictfigures.to_record`.
        policy: the estimate policy (default
            :data:`conflictfigures.DEFAULT_ESTIMATE`); it is shipped to the
            workers, so a callable must pickle.
        npartitions: how many partitions the neighbourhoods are spread over
            (default: as many as the bag has, at most one per category).

    Returns:
        The claims, contradictions, running totals and estimates, as bags of
        records (:func:`conflictfigures.to_record`).

    Raises:
        InvalidType: ``figures`` is not a bag.
        InvalidPolicy: ``policy`` is not a policy.
    """
    if not isinstance(figures, db.Bag):
        raise InvalidType(f"'figures' must be a dask.bag.Bag, got {type_name(figures)}")
    if policy is not None and not callable(policy):
        raise InvalidPolicy(f"'policy' must be an EstimatePolicy or a callable, got {policy!r}")
    if npartitions is not None and (
        not isinstance(npartitions, int) or isinstance(npartitions, bool) or npartitions < 1
    ):
        raise InvalidType(f"'npartitions' must be an int >= 1, got {npartitions!r}")
    parts = npartitions or figures.npartitions
    documents = figures.groupby(_document_key, shuffle="tasks", npartitions=parts)
    neighbourhoods = documents.map(_fan_out).flatten()
    grouped = neighbourhoods.groupby(_first, shuffle="tasks", npartitions=parts)
    results = grouped.map(_neighbourhood_results, DEFAULT_ESTIMATE if policy is None else policy)
    return Analysis(**{kind: results.pluck(kind).flatten() for kind in KINDS})


def _first(pair: tuple[str, object]) -> str:
    return pair[0]


def records_by_kind(ledger: Ledger) -> tuple[list[Record], ...]:
    """
    Return a ledger's results as :meth:`Analysis.compute` does, to compare
    a cluster's answers with one process's.
    """
    found: Iterable[Iterable[Any]] = (
        ledger.claims(),
        ledger.contradictions(),
        ledger.running_totals(),
        ledger.estimates(),
    )
    return tuple(sorted((to_record(x) for x in results), key=_order) for results in found)
