"""
Extraction and aggregation on a Dask cluster, with the answers of one process.

This module needs the ``dask`` extra (``pip install 'conflictfigures[dask]'``);
the rest of the library never imports it.

The analysis is partitioned by a *neighbourhood key*, the figure's category.
Figures can meet in one claim, contradiction or running total only when they
have the same category (every matching rule in docs/aggregation.md compares
figures of one category); the one rule that looks across categories, the
reading of claimants within a document ("the ministry" after "Turkey's
defense ministry"), looks only inside one document, and only at the figures
that name a claimant.
So each category's neighbourhood holds every figure of that category and,
as context, the figures naming a claimant in the documents those figures
come from; the results of a neighbourhood are kept for its own category
only, and the whole set of results is exactly the one process's results (a
property test checks this over random partitionings of random corpora).
No finer key follows the rules: a figure that does not say its place, side
or group joins the one known claim of its category that fits, at any place
(half the figures of the open development sets name no place), totals are
matched at any date, and a running total is set against every incident of
its place and period; so the figures of one category can all meet.

Figures travel as each document's figures of one category, pickled once on
the worker that extracted them and unpickled once in their neighbourhood:
grouping them (first by document, so that rows with one document's key are
read together as the ledger reads them, then by category) moves bytes, never
object graphs, and nothing is gathered on the client.

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

import hashlib
import json
import pickle
from array import array
from collections import defaultdict
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

try:
    import dask.bag as db
    from dask.base import compute, persist
    from dask.delayed import delayed
except ImportError as exc:  # pragma: no cover - exercised without the extra
    raise ImportError(
        "conflictfigures.distributed needs the 'dask' extra: pip install 'conflictfigures[dask]'"
    ) from exc

from conflictfigures._documents import Document
from conflictfigures._tables import TABLES, category_records, check_tables, write_category
from conflictfigures.aggregate import (
    DEFAULT_ESTIMATE,
    EstimatePolicy,
    EstimateRule,
    Ledger,
    _no_cyclic_gc,
)
from conflictfigures.errors import InvalidPolicy, InvalidType, type_name
from conflictfigures.models import Category, Figure
from conflictfigures.policy import BoundsPolicy
from conflictfigures.serialize import from_record, to_record

if TYPE_CHECKING:
    from collections.abc import Iterator

    from distributed import Client

__all__ = [
    "KINDS",
    "Analysis",
    "analyse",
    "analyse_documents",
    "extract_figures",
    "neighbourhood",
    "records_by_kind",
]

#: The result kinds of an analysis, in the order :meth:`Analysis.compute` returns them.
KINDS = ("claims", "contradictions", "running_totals", "estimates", "tallies")

#: Characters of text sent to a worker at a time by :func:`analyse_documents`
#: (about a second of extraction), and the most documents.
BATCH_CHARS = 1_000_000
BATCH_DOCUMENTS = 2_000

#: Extraction batches waiting or running per worker while the client reads.
_AHEAD = 3

Record = dict[str, Any]
_DocKey = tuple[str | None, str | None, str | None, Any]
#: One bucket of a batch's figures, ready to travel: its documents' digests
#: (8 bytes each) and category masks (2 bytes each); per category, its
#: figures pickled; per category, the context it reads, pickled.
_Part = tuple[bytes, bytes, dict[str, bytes], dict[str, bytes]]
_Policy = EstimatePolicy | EstimateRule

_CATEGORIES = tuple(c.value for c in Category)
_INDEX = {c: i for i, c in enumerate(_CATEGORIES)}


def neighbourhood(record: Mapping[str, Any]) -> str:
    """
    Return the neighbourhood key of a figure record: its category.

    Figures with different keys never meet in one claim, contradiction or
    running total.

    >>> neighbourhood({"category": "killed"})
    'killed'
    """
    return str(record["category"])


# -- figures, packed per bucket and category ----------------------------------


def _doc_key(figure: Figure) -> _DocKey:
    """The document a figure comes from, as the ledger tells documents apart."""
    src = figure.source
    return (src.doc_id, src.url, src.outlet, src.published)


def _digest(key: _DocKey) -> int:
    """A document key's 64-bit digest, the same in every process (``hash`` of text is not)."""
    text = repr(key).encode("utf-8", "backslashreplace")
    return int.from_bytes(hashlib.blake2b(text, digest_size=8).digest(), "little")


def _pack(figures: Iterable[Figure], buckets: int) -> tuple[_Part, ...]:
    """
    A batch's figures, grouped by document and split into ``buckets`` by
    the document's digest; in each bucket, the figures of each category
    pickled together, and for each category the figures that name a
    claimant in the same documents' other categories (its context), and an
    index of the documents (digests and category masks).
    """
    by_doc: dict[_DocKey, dict[str, list[Figure]]] = {}
    for f in figures:
        by_doc.setdefault(_doc_key(f), defaultdict(list))[f.category.value].append(f)
    digests = [array("Q") for _ in range(buckets)]
    masks = [array("H") for _ in range(buckets)]
    own: list[dict[str, list[Figure]]] = [defaultdict(list) for _ in range(buckets)]
    context: list[dict[str, list[Figure]]] = [defaultdict(list) for _ in range(buckets)]
    for key, categories in by_doc.items():
        digest = _digest(key)
        b = digest % buckets
        digests[b].append(digest)
        masks[b].append(sum(1 << _INDEX[c] for c in categories))
        for c, fs in categories.items():
            own[b][c].extend(fs)
            if len(categories) > 1:
                for d, others in categories.items():
                    if d != c:
                        context[b][c].extend(f for f in others if f.claimed_by is not None)
    return tuple(
        (
            digests[b].tobytes(),
            masks[b].tobytes(),
            {c: _dumps(fs) for c, fs in own[b].items()},
            {c: _dumps(fs) for c, fs in context[b].items() if fs},
        )
        for b in range(buckets)
    )


def _dumps(figures: list[Figure]) -> bytes:
    return pickle.dumps(figures, protocol=pickle.HIGHEST_PROTOCOL)


def _loads(blob: bytes) -> list[Figure]:
    figures: list[Figure] = pickle.loads(blob)  # noqa: S301 - our own, pickled on the cluster
    return figures


def _figure(item: object) -> Figure:
    if isinstance(item, Figure):
        return item
    if isinstance(item, Mapping):
        return from_record(item)
    raise InvalidType(
        f"'figures' must hold figure records or Figure objects, got {type_name(item)}"
    )


def _pack_items(items: Iterable[object], buckets: int) -> tuple[_Part, ...]:
    """A partition of figure records (or figures), packed."""
    return _pack((_figure(item) for item in items), buckets)


def _extract(documents: Iterable[object], policy: BoundsPolicy | None) -> Iterator[Figure]:
    for document in documents:
        if not isinstance(document, Document):
            raise InvalidType(f"'documents' must hold Document objects, got {type_name(document)}")
        yield from document.figures(policy=policy)


def _extract_packed(
    documents: Iterable[object], policy: BoundsPolicy | None, buckets: int
) -> tuple[_Part, ...]:
    """Run on a worker: a batch of documents, extracted and packed."""
    return _pack(_extract(documents, policy), buckets)


def _figures_of(document: object, policy: BoundsPolicy | None) -> list[Record]:
    return [to_record(f) for f in _extract([document], policy)]


# -- one bucket, split by category ---------------------------------------------


def _by_category(parts: list[_Part]) -> tuple[list[bytes], ...]:
    """
    One bucket of every batch, sent to each category: that category's
    figures, and their context.

    A document whose rows landed in several batches is one document, as the
    ledger reads it: a row without figures of a category sends that
    category the figures of its own that name a claimant (taken out of its
    batch's blobs; the index finds such documents by digest, and a digest
    shared by two documents only adds a document's own figures as context).
    """
    out: tuple[list[bytes], ...] = tuple([] for _ in _CATEGORIES)
    rows: dict[int, list[tuple[int, int]]] = defaultdict(list)
    seen: set[int] = set()
    again: set[int] = set()
    for digests, _masks, own, context in parts:
        for c, blob in own.items():
            out[_INDEX[c]].append(blob)
        for c, blob in context.items():
            out[_INDEX[c]].append(blob)
        for digest in array("Q", digests):
            (again if digest in seen else seen).add(digest)
    if not again:
        return out
    for p, (digests, masks, _own, _context) in enumerate(parts):
        for digest, mask in zip(array("Q", digests), array("H", masks), strict=True):
            if digest in again:
                rows[digest].append((p, mask))
    unpickled: dict[tuple[int, str], list[Figure]] = {}
    for digest, same in rows.items():
        every = 0
        for _p, mask in same:
            every |= mask
        for p, mask in same:
            lacking = every & ~mask
            if not lacking:
                continue
            named = []
            for c in _categories(mask):
                if (p, c) not in unpickled:
                    unpickled[(p, c)] = _loads(parts[p][2][c])
                named += [
                    f
                    for f in unpickled[(p, c)]
                    if f.claimed_by is not None and _digest(_doc_key(f)) == digest
                ]
            if named:
                blob = _dumps(named)
                for c in _categories(lacking):
                    out[_INDEX[c]].append(blob)
    return out


def _categories(mask: int) -> list[str]:
    return [c for i, c in enumerate(_CATEGORIES) if mask >> i & 1]


def _ledger(parts: list[list[bytes]], policy: _Policy) -> Ledger:
    """
    A neighbourhood's ledger: its figures unpickled once (our own, pickled
    on the cluster), the cyclic collector paused while they are (a figure
    is several acyclic objects; its passes over them cost a third of the
    unpickling).
    """
    with _no_cyclic_gc():
        figures = [f for part in parts for blob in part for f in _loads(blob)]
    return Ledger(figures, policy=policy)


def _category_results(
    category: str, parts: list[list[bytes]], policy: _Policy
) -> dict[str, list[Record]]:
    """Run on a worker: one neighbourhood's results, as records."""
    records = category_records(_ledger(parts, policy), Category(category))
    return {kind: list(records[kind]) for kind in KINDS}


def _category_tables(
    category: str, parts: list[list[bytes]], policy: _Policy, folder: str, tables: tuple[str, ...]
) -> dict[str, int]:
    """Run on a worker: write one neighbourhood's rows of the tables; the rows written."""
    return write_category(_ledger(parts, policy), Category(category), folder, tables)


# -- the analysis ----------------------------------------------------------------


class Analysis:
    """
    The results of :func:`analyse` or :func:`analyse_documents`: lazy, and
    computed on the cluster.

    The attributes are Dask bags of records; they share one graph, so
    compute them together (:meth:`compute`, :meth:`persist`,
    :meth:`write_jsonl`), or have the workers write every table to Parquet
    (:meth:`write_parquet`, which analyses once more).

    Attributes:
        claims: claim records.
        contradictions: contradiction records.
        running_totals: running-total records.
        estimates: estimate records.
        tallies: toll records, one per category and place
            (``conflictfigures._report.tolls``).

    .. versionadded:: 0.1.0
    """

    __slots__ = (
        "_client",
        "_held",
        "_neighbourhoods",
        "_per_bucket",
        "_policy",
        "claims",
        "contradictions",
        "estimates",
        "running_totals",
        "tallies",
    )

    def __init__(
        self,
        per_bucket: list[Any],
        policy: _Policy,
        *,
        client: Client | None = None,
        held: list[Any] | None = None,
    ) -> None:
        # Each bucket's documents split by category (a tuple, one list per category).
        self._per_bucket = per_bucket
        neighbourhoods = tuple(
            [bucket[i] for bucket in per_bucket] for i in range(len(_CATEGORIES))
        )
        self._neighbourhoods = neighbourhoods
        self._client = client
        # The futures of the extracted batches: their data lives as long as the analysis.
        self._held = held or []
        self._policy = policy
        results = [
            delayed(_category_results, pure=True)(category, parts, policy)
            for category, parts in zip(_CATEGORIES, neighbourhoods, strict=True)
        ]
        bags = {kind: db.from_delayed([r[kind] for r in results]) for kind in KINDS}
        self.claims: db.Bag = bags["claims"]
        self.contradictions: db.Bag = bags["contradictions"]
        self.running_totals: db.Bag = bags["running_totals"]
        self.estimates: db.Bag = bags["estimates"]
        self.tallies: db.Bag = bags["tallies"]

    def bags(self) -> tuple[db.Bag, ...]:
        """Return the bags, in the order of :data:`KINDS`."""
        return tuple(getattr(self, kind) for kind in KINDS)

    def persist(self, **kwargs: object) -> tuple[db.Bag, ...]:
        """Compute the results into the cluster's memory; return the bags, as :meth:`bags`."""
        return tuple(persist(*self.bags(), **kwargs))

    def compute(self, **kwargs: object) -> tuple[list[Record], ...]:
        """
        Return the lists of records, in the order of :data:`KINDS`, each
        sorted (on the client: for results that fit in memory).
        """
        computed = compute(*self.bags(), **kwargs)
        return tuple(sorted(records, key=_order) for records in computed)

    def write_jsonl(self, folder: str | Path, **kwargs: object) -> None:
        """
        Write each kind of record as JSON Lines files, one per category
        (``claims-0.jsonl``, ...), from the workers, in one computation.
        """
        writes = [
            bag.map(json.dumps, ensure_ascii=False).to_textfiles(
                f"{folder}/{kind}-*.jsonl", compute=False
            )
            for kind, bag in zip(KINDS, self.bags(), strict=True)
        ]
        compute(*writes, **kwargs)

    def write_parquet(
        self, folder: str | Path, *, tables: Iterable[str] = TABLES, **kwargs: object
    ) -> dict[str, int]:
        """
        Have the workers write the tables (by default all of figures, claims,
        contradictions, running totals, estimates and tallies) as Parquet,
        one file per table and category (``<folder>/claims/killed.parquet``;
        see docs/corpus.md); return the rows written per table, the only
        thing the client receives. On a ``dask.distributed`` cluster (and
        no ``kwargs`` for :func:`dask.compute`), each category is placed
        when the sizes are known, the largest first, on the worker with the
        least work so far.

        ``folder`` must be one the workers can write to (on one machine, any
        folder; on a cluster, shared storage). It needs the ``parquet`` extra
        on the workers.
        """
        chosen = check_tables(tables)
        where = str(Path(folder).resolve())
        client = self._client or _default_client()
        if client is not None and not kwargs:
            return self._write_balanced(client, where, chosen)
        writes = [
            delayed(_category_tables, pure=True)(category, parts, self._policy, where, chosen)
            for category, parts in zip(_CATEGORIES, self._neighbourhoods, strict=True)
        ]
        total = dict.fromkeys(chosen, 0)
        for written in compute(*writes, **kwargs):
            for table, rows in written.items():
                total[table] += rows
        return total

    def _write_balanced(
        self, client: Client, where: str, tables: tuple[str, ...]
    ) -> dict[str, int]:
        """
        :meth:`write_parquet` on the client's cluster, the neighbourhoods
        balanced over the workers: once the documents are grouped, each
        neighbourhood's size is known, and the largest are placed first,
        each on the worker with the least work so far.
        """
        # Every bucket's part of every category, split out before any
        # neighbourhood starts: split later, a part on a busy worker would
        # wait behind the neighbourhood running there (a small category
        # waiting for the largest to end, its own worker idle).
        parts = client.compute([p for category in self._neighbourhoods for p in category])
        sizes = client.gather(client.map(_blob_bytes, parts, pure=False))
        n = len(self._per_bucket)
        total = [sum(sizes[i * n : (i + 1) * n]) for i in range(len(_CATEGORIES))]
        load = dict.fromkeys(sorted(client.scheduler_info().get("workers", {})), 0)
        writes = []
        for i in sorted(range(len(_CATEGORIES)), key=lambda i: -total[i]):
            worker = min(load, key=lambda w: load[w]) if load else None
            if worker is not None:
                load[worker] += total[i]
            writes.append(
                client.submit(
                    _category_tables,
                    _CATEGORIES[i],
                    parts[i * n : (i + 1) * n],
                    self._policy,
                    where,
                    tables,
                    workers=None if worker is None else [worker],
                    # (allowed only beside a worker named: with none known,
                    # any worker may run it anyway)
                    allow_other_workers=worker is not None,
                    priority=total[i],
                    pure=False,
                )
            )
        written = dict.fromkeys(tables, 0)
        for done in client.gather(writes):
            for table, rows in done.items():
                written[table] += rows
        return written


def _default_client() -> Client | None:
    """The ``dask.distributed`` client that computations go to, if there is one."""
    try:
        from distributed import default_client  # noqa: PLC0415 - optional
    except ImportError:  # pragma: no cover - dask without distributed
        return None
    try:
        client: Client = default_client()
    except ValueError:  # no client
        return None
    return client


def _blob_bytes(blobs: list[bytes]) -> int:
    """The bytes of figures one bucket sends to one category."""
    return sum(len(blob) for blob in blobs)


def _order(record: Mapping[str, Any]) -> str:
    """A total order on result records (their JSON), so two runs compare record for record."""
    return json.dumps(record, sort_keys=True, default=str)


def _check_policy(policy: object) -> _Policy:
    if policy is not None and not callable(policy):
        raise InvalidPolicy(f"'policy' must be an EstimatePolicy or a callable, got {policy!r}")
    return DEFAULT_ESTIMATE if policy is None else policy


def _check_partitions(npartitions: object) -> None:
    if npartitions is not None and (
        not isinstance(npartitions, int) or isinstance(npartitions, bool) or npartitions < 1
    ):
        raise InvalidType(f"'npartitions' must be an int >= 1, got {npartitions!r}")


def _grouped(
    packed: list[Any],
    buckets: int,
    policy: _Policy,
    *,
    client: Client | None = None,
    held: list[Any] | None = None,
) -> Analysis:
    """
    The analysis of partitions of packed figures: each split by document
    into ``buckets``, each bucket split by category.
    """
    per_bucket = [
        delayed(_by_category, nout=len(_CATEGORIES), pure=True)([p[b] for p in packed])
        for b in range(buckets)
    ]
    return Analysis(per_bucket, policy, client=client, held=held)


def analyse(
    figures: db.Bag,
    *,
    policy: EstimatePolicy | EstimateRule | None = None,
    npartitions: int | None = None,
) -> Analysis:
    """
    Analyse a bag of figure records (or :class:`conflictfigures.Figure`
    objects) as one :class:`Ledger` would, partitioned by neighbourhood (see
    the module's documentation).

    Args:
        figures: a bag of figure records, e.g. from :func:`extract_figures`
            or :func:`conflictfigures.to_record`, or of figures.
        policy: the estimate policy (default
            :data:`conflictfigures.DEFAULT_ESTIMATE`); it is shipped to the
            workers, so a callable must pickle.
        npartitions: how many groups the documents are gathered in on their
            way to the neighbourhoods (default: as many as the bag has
            partitions).

    Returns:
        The claims, contradictions, running totals, estimates and tallies.

    Raises:
        InvalidType: ``figures`` is not a bag, or ``npartitions`` is not a
            whole number of at least 1; an item that is neither a record nor
            a figure raises when the analysis is computed.
        InvalidPolicy: ``policy`` is not a policy.
    """
    if not isinstance(figures, db.Bag):
        raise InvalidType(f"'figures' must be a dask.bag.Bag, got {type_name(figures)}")
    chosen = _check_policy(policy)
    _check_partitions(npartitions)
    buckets = npartitions or figures.npartitions
    packed = [
        delayed(_pack_items, nout=buckets, pure=True)(p, buckets) for p in figures.to_delayed()
    ]
    return _grouped(packed, buckets, chosen)


def analyse_documents(
    documents: db.Bag | Iterable[Document],
    *,
    bounds: BoundsPolicy | None = None,
    policy: EstimatePolicy | EstimateRule | None = None,
    npartitions: int | None = None,
    client: Client | None = None,
) -> Analysis:
    """
    Extract the figures of documents on the cluster and analyse them there:
    no figure is made a record, nor comes back to the client.

    ``documents`` is a bag of :class:`conflictfigures.Document` objects, or
    any iterable of them read on the client (a file read with
    :func:`conflictfigures.read_articles`). An iterable is read here, and
    sent to the workers in batches (about :data:`BATCH_CHARS` characters of
    text) as it is read, each extracted at once; only a few batches wait at
    a time, so the client holds a few batches however long the iterable.

    Args:
        documents: a bag of documents, or an iterable of them.
        bounds: the bounds policy for extraction.
        policy: the estimate policy, as for :func:`analyse`.
        npartitions: how many groups the documents are gathered in (default:
            the bag's partitions; for an iterable, the workers' number).
        client: the ``dask.distributed`` client that an iterable's batches
            are sent to (default: the current client).

    Raises:
        InvalidType: an argument of the wrong type; an item that is not a
            document raises when it is extracted.
        InvalidPolicy: ``policy`` is not a policy.
    """
    if bounds is not None and not isinstance(bounds, BoundsPolicy):
        raise InvalidType(f"'bounds' must be a BoundsPolicy or None, got {type_name(bounds)}")
    chosen = _check_policy(policy)
    _check_partitions(npartitions)
    if isinstance(documents, db.Bag):
        buckets = npartitions or documents.npartitions
        packed = [
            delayed(_extract_packed, nout=buckets, pure=True)(p, bounds, buckets)
            for p in documents.to_delayed()
        ]
        return _grouped(packed, buckets, chosen)
    if not isinstance(documents, Iterable) or isinstance(documents, (str, bytes, Mapping)):
        raise InvalidType(
            f"'documents' must be a dask.bag.Bag or an iterable of documents, "
            f"got {type_name(documents)}"
        )
    from distributed import get_client  # noqa: PLC0415 - only for a stream

    client = client or get_client()
    buckets = npartitions or max(1, len(client.scheduler_info().get("workers", {})))
    futures = _extract_stream(documents, client, bounds, buckets)
    packed = [delayed(f) for f in futures]
    return _grouped(packed, buckets, chosen, client=client, held=futures)


def _extract_stream(
    documents: Iterable[Document], client: Client, bounds: BoundsPolicy | None, buckets: int
) -> list[Any]:
    """
    Send the documents to the workers in batches as they are read, each to
    the worker with the fewest batches waiting, and have it extract them
    there; wait while every worker has :data:`_AHEAD` batches waiting.
    Return the futures of the packed figures.
    """
    from distributed import wait  # noqa: PLC0415 - only for a stream

    addresses: list[str | None] = [*sorted(client.scheduler_info().get("workers", {}))] or [None]
    waiting: dict[str | None, set[Any]] = {a: set() for a in addresses}
    futures: list[Any] = []
    for batch in _batches(documents):
        while True:
            for a in addresses:
                waiting[a] = {f for f in waiting[a] if not f.done()}
            target = min(addresses, key=lambda a: len(waiting[a]))
            if len(waiting[target]) < _AHEAD:
                break
            wait(set().union(*waiting.values()), return_when="FIRST_COMPLETED")
        where = None if target is None else [target]
        # Scattered, not an argument of the task: the scheduler keeps a task's
        # arguments as long as its result, and the texts would pile up here.
        [sent] = client.scatter([batch], workers=where, hash=False)
        future = client.submit(
            _extract_packed,
            sent,
            bounds,
            buckets,
            workers=where,
            allow_other_workers=True,
            pure=False,
        )
        del sent  # the batch is dropped once extracted
        waiting[target].add(future)
        futures.append(future)
    return futures


def _batches(documents: Iterable[Document]) -> Iterator[list[Document]]:
    batch: list[Document] = []
    chars = 0
    for doc in documents:
        batch.append(doc)
        chars += len(doc.text) if isinstance(doc, Document) else 0
        if chars >= BATCH_CHARS or len(batch) >= BATCH_DOCUMENTS:
            yield batch
            batch, chars = [], 0
    if batch:
        yield batch


def extract_figures(documents: db.Bag, *, policy: BoundsPolicy | None = None) -> db.Bag:
    """
    Extract the figures of a bag of documents, in parallel, as records.

    To analyse them as well, :func:`analyse_documents` skips the records.

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


def records_by_kind(ledger: Ledger) -> tuple[list[Record], ...]:
    """
    Return a ledger's results as :meth:`Analysis.compute` does, to compare
    a cluster's answers with one process's.
    """
    found: dict[str, list[Record]] = {kind: [] for kind in KINDS}
    for category in Category:
        records = category_records(ledger, category)
        for kind in KINDS:
            found[kind].extend(records[kind])
    return tuple(sorted(found[kind], key=_order) for kind in KINDS)
