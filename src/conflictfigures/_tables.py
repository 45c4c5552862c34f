"""
The results of an analysis as tables, one row per record, written to Parquet.

Six tables, each a folder of Parquet files, one file per category
(``claims/killed.parquet``, ...), so that one process and a Dask cluster
write the same files: ``figures``, ``claims``, ``contradictions``,
``running_totals``, ``estimates`` and ``tallies``.
A row is the record :func:`conflictfigures.to_record` gives, its top-level
keys as columns (:data:`COLUMNS`): text, whole numbers and booleans as
such, lists of text (places, dates, outlets, claimants) as lists, and the
nested records (``reports``, ``sides``, ``points``, ``incidents``,
``claims``) as JSON text.
A figure's row adds ``claim``, the id of the claim it is in; a tally's row
is the tally's estimate record for one category and place
(:func:`conflictfigures._report.tolls`), with the place's ``location`` and
``place``.

Writing needs the ``parquet`` extra (pyarrow).
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from conflictfigures._aggregation.results import place_label
from conflictfigures._report import tolls
from conflictfigures.errors import InvalidType
from conflictfigures.models import Category, Figure
from conflictfigures.serialize import FIGURE_KEYS, Result, shared_records, to_record as plain_record

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
    from importlib.machinery import ModuleSpec
    from types import ModuleType

    import pyarrow as pa

    from conflictfigures._aggregation.results import Claim, Estimate
    from conflictfigures.aggregate import Ledger

__all__ = [
    "COLUMNS",
    "TABLES",
    "WITHOUT_PANDAS",
    "ParquetExtraMissing",
    "arrow_without_pandas",
    "category_records",
    "check_tables",
    "read_records",
    "require_pyarrow",
    "write_category",
    "write_table",
    "write_tables",
]

#: The tables, in the order they are written.
TABLES = ("figures", "claims", "contradictions", "running_totals", "estimates", "tallies")

#: Rows converted to Arrow and written at a time, so a large category's
#: records are never all held at once.
_CHUNK = 4096

Record = dict[str, Any]

# Column types: text, whole number, boolean, list of text, list of whole
# numbers, and JSON text for nested records.
_STR, _INT, _BOOL, _STRS, _INTS, _JSON = "str", "int", "bool", "strs", "ints", "json"

_FIGURE_TYPES = {"stated": _INT, "stated_high": _INT, "low": _INT, "high": _INT, "rounding": _INT}
_FIGURE_TYPES |= {"cumulative": _BOOL, "span": _INTS, "sentence_span": _INTS, "period": _STRS}
_FIGURE_TYPES |= {"part_of": _INTS}

#: Each table's columns and their types, in the order of the records' keys.
COLUMNS: Mapping[str, tuple[tuple[str, str], ...]] = {
    "figures": (*((k, _FIGURE_TYPES.get(k, _STR)) for k in FIGURE_KEYS), ("claim", _STR)),
    "claims": (
        ("claim", _STR),
        ("category", _STR),
        ("kind", _STR),
        ("side", _STR),
        ("group", _STR),
        ("location", _STR),
        ("place", _STRS),
        ("date", _STR),
        ("period", _STRS),
        ("subject", _STR),
        ("dates", _STRS),
        ("possibly_same_incident", _BOOL),
        ("low", _INT),
        ("high", _INT),
        ("consistent", _BOOL),
        ("outlets", _STRS),
        ("n_outlets", _INT),
        ("claimants", _STRS),
        ("independent_claimants", _STRS),
        ("n_independent_claimants", _INT),
        ("reports", _JSON),
    ),
    "contradictions": (
        ("category", _STR),
        ("subject", _STR),
        ("location", _STR),
        ("date", _STR),
        ("period", _STRS),
        ("kind", _STR),
        ("relation", _STR),
        ("claims", _STRS),
        ("sides", _JSON),
    ),
    "running_totals": (
        ("category", _STR),
        ("subject", _STR),
        ("side", _STR),
        ("group", _STR),
        ("location", _STR),
        ("place", _STRS),
        ("period_start", _STR),
        ("reconciled", _BOOL),
        ("points", _JSON),
        ("incidents", _JSON),
    ),
    "estimates": (
        ("category", _STR),
        ("low", _INT),
        ("best", _INT),
        ("high", _INT),
        ("policy", _STR),
        ("claim", _STR),
        ("claims", _JSON),
    ),
    "tallies": (
        ("category", _STR),
        ("location", _STR),
        ("place", _STRS),
        ("low", _INT),
        ("best", _INT),
        ("high", _INT),
        ("policy", _STR),
        ("claims", _JSON),
    ),
}


#: The environment variable that has :func:`write_table` call
#: :func:`arrow_without_pandas` first: the command sets it for its local
#: cluster's workers, whose conversions are the tables' own.
WITHOUT_PANDAS = "CONFLICTFIGURES_ARROW_WITHOUT_PANDAS"


class _NoPandas:
    """A finder that has ``import pandas`` fail, while pyarrow looks for it."""

    def find_spec(
        self, name: str, _path: Sequence[str] | None = None, _target: ModuleType | None = None
    ) -> ModuleSpec | None:
        if name == "pandas" or name.startswith("pandas."):
            raise ModuleNotFoundError(f"No module named {name!r}", name=name)
        return None


def arrow_without_pandas() -> None:
    """
    Have pyarrow convert Python lists in this process without importing pandas.

    pyarrow's first conversion of a list looks for pandas (to tell pandas
    objects apart) and imports it: 1.2 to 1.5 s of CPU on the development
    machine, for tables that hold no pandas object. Called before that
    first conversion (pandas not imported yet), it has pyarrow look while
    pandas cannot be imported, so pyarrow goes on without it; pyarrow
    still imports pandas when asked for pandas (``Table.to_pandas``), but
    until then it takes a pandas object given to ``pyarrow.array`` for a
    plain sequence. So it is for a process whose conversions are the
    tables' own: the command's, and its local cluster's workers.
    """
    if "pandas" in sys.modules:
        return
    import pyarrow as pa  # noqa: PLC0415 - an optional extra

    finder = _NoPandas()
    sys.meta_path.insert(0, finder)
    try:
        pa.array([0])
    finally:
        sys.meta_path.remove(finder)


class ParquetExtraMissing(ImportError):
    """Writing or reading the tables needs the ``parquet`` extra (pyarrow)."""


def require_pyarrow() -> None:
    """
    Raises:
        ParquetExtraMissing: pyarrow is not installed.
    """
    try:
        import pyarrow.parquet  # noqa: F401, PLC0415 - an optional extra
    except ImportError as exc:
        raise ParquetExtraMissing(
            "Parquet tables need the 'parquet' extra: pip install 'conflictfigures[parquet]'"
        ) from exc


def parts_of(ledger: Ledger, category: Category) -> Iterator[Figure]:
    """
    The figures of a category that are parts of another ("including five
    children"): in no claim, they are written in the figures table with no
    claim, so that no figure is lost.
    """
    for figure in ledger:
        if figure.part_of is not None and figure.category is category:
            yield figure


def category_records(
    ledger: Ledger,
    category: Category,
    *,
    shared: bool = False,
    convert: Callable[[Result], Record] | None = None,
) -> dict[str, Iterator[Record]]:
    """
    The records of one category's results in a ledger, table by table, each
    made as it is read.

    A ledger that holds other categories' figures as context (a
    neighbourhood of ``conflictfigures.distributed``) gives this category's
    records only; its own category's results are complete.
    With ``shared``, the records share their nested records (a claim's
    reports are the same dicts in its estimate), each made once: faster,
    for records written and dropped; change none of them. ``convert``, if
    given, makes the records instead.
    """
    claims = [c for c in ledger.claims() if c.key.category is category]
    to_record = convert or (shared_records() if shared else plain_record)

    def figures() -> Iterator[Record]:
        for claim in claims:
            claim_id = claim.key.id
            for figure in claim.figures:
                yield {**to_record(figure), "claim": claim_id}
        for figure in parts_of(ledger, category):
            yield {**to_record(figure), "claim": None}

    def tallies() -> Iterator[Record]:
        for _category, place, est in tolls(claims, policy=ledger.policy):
            record = to_record(est)
            del record["claim"]  # a tally is no one claim's estimate
            yield {
                "category": record.pop("category"),
                "location": place_label(place),
                "place": None if place is None else list(place),
                **record,
            }

    return {
        "figures": figures(),
        "claims": (to_record(c) for c in claims),
        "contradictions": (
            to_record(c) for c in ledger.contradictions() if c.key.category is category
        ),
        "running_totals": (to_record(t) for t in ledger.running_totals() if t.category is category),
        "estimates": (to_record(e) for e in ledger.estimates() if e.category is category),
        "tallies": tallies(),
    }


def _arrow_type(kind: str) -> pa.DataType:
    import pyarrow as pa  # noqa: PLC0415 - an optional extra

    return {
        _STR: pa.string(),
        _INT: pa.int64(),
        _BOOL: pa.bool_(),
        _STRS: pa.list_(pa.string()),
        _INTS: pa.list_(pa.int64()),
        _JSON: pa.string(),
    }[kind]


def _schema(table: str) -> pa.Schema:
    import pyarrow as pa  # noqa: PLC0415 - an optional extra

    return pa.schema([(name, _arrow_type(kind)) for name, kind in COLUMNS[table]])


def _column(values: list[Any], kind: str) -> list[Any]:
    if kind != _JSON:
        return values
    return [None if v is None else json.dumps(v, ensure_ascii=False) for v in values]


def _chunks(records: Iterable[Record]) -> Iterator[list[Record]]:
    chunk: list[Record] = []
    for record in records:
        chunk.append(record)
        if len(chunk) == _CHUNK:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


class _TableFile:
    """One table's Parquet file, written a chunk of :data:`_CHUNK` rows at a time."""

    def __init__(self, table: str, path: str | Path) -> None:
        require_pyarrow()
        if os.environ.get(WITHOUT_PANDAS):
            arrow_without_pandas()
        import pyarrow.parquet as pq  # noqa: PLC0415 - an optional extra

        self._schema = _schema(table)
        self._columns = COLUMNS[table]
        self._writer = pq.ParquetWriter(str(path), self._schema)
        self._chunk: list[Record] = []
        self.rows = 0

    def add(self, record: Record) -> None:
        self._chunk.append(record)
        if len(self._chunk) == _CHUNK:
            self._flush()

    def _flush(self) -> None:
        import pyarrow as pa  # noqa: PLC0415 - an optional extra

        chunk, self._chunk = self._chunk, []
        arrays = [
            pa.array(_column([r[name] for r in chunk], kind), type=_arrow_type(kind))
            for name, kind in self._columns
        ]
        self._writer.write_table(pa.Table.from_arrays(arrays, schema=self._schema))
        self.rows += len(chunk)

    def close(self) -> None:
        if self._chunk:
            self._flush()
        self._writer.close()


def write_table(records: Iterable[Record], table: str, path: str | Path) -> int:
    """
    Write one table's records to one Parquet file, a chunk at a time;
    return the number of rows. The file is written even when there are none.
    """
    out = _TableFile(table, path)
    try:
        for record in records:
            out.add(record)
    finally:
        out.close()
    return out.rows


def check_tables(tables: Iterable[str]) -> tuple[str, ...]:
    """
    The tables asked for, in :data:`TABLES` order.

    Raises:
        InvalidType: ``tables`` is text rather than names, or names a table
            that does not exist.
    """
    if isinstance(tables, str):
        raise InvalidType(f"'tables' must be table names, not one str: {tables!r}")
    asked = list(tables)
    unknown = [t for t in asked if t not in TABLES]
    if unknown:
        raise InvalidType(f"no table {unknown[0]!r}; the tables are {', '.join(TABLES)}")
    return tuple(t for t in TABLES if t in asked)


#: Claims whose records are made and written together by :func:`write_category`
#: in a category of more than :data:`_SHARED_FIGURES` figures.
_CLAIMS_AT_A_TIME = 2048

#: The most figures of one category whose records are all held while its
#: tables are written (about 1.4 KB each).
_SHARED_FIGURES = 200_000


def write_category(
    ledger: Ledger, category: Category, folder: str | Path, tables: Iterable[str] = TABLES
) -> dict[str, int]:
    """
    Write one category's rows of the tables (``<folder>/<table>/<category>.parquet``);
    return the rows written per table.

    Each figure's and claim's record is made once and shared by every row
    that holds it (a claim's reports, its estimate, a contradiction's sides,
    a running total's incidents) while the category has at most
    :data:`_SHARED_FIGURES` figures. In a larger one, the records held are
    bounded: the figures, claims and estimates are written together, a run
    of :data:`_CLAIMS_AT_A_TIME` claims at a time, each claim's figure
    records made once for its figures' rows, its own row and its estimate's,
    then dropped, and the other tables' records are shared within a chunk
    of rows; a million figures' records would take about 1.4 GB.
    """
    out = Path(folder)
    chosen = check_tables(tables)
    pairs = [
        (c, e)
        for c, e in zip(ledger.claims(), ledger.estimates(), strict=True)
        if c.key.category is category
    ]
    convert = _Shared(bounded=sum(len(c.figures) for c, _e in pairs) > _SHARED_FIGURES)
    files: dict[str, _TableFile] = {}
    try:
        for table in chosen:
            (out / table).mkdir(parents=True, exist_ok=True)
            files[table] = _TableFile(table, out / table / f"{category.value}.parquet")
        _write_claims(pairs, files, convert)
        if "figures" in files:
            for figure in parts_of(ledger, category):
                files["figures"].add({**convert(figure), "claim": None})
        _write_results(ledger, category, files, convert)
    finally:
        convert.clear()
        for file in files.values():
            file.close()
    return {table: file.rows for table, file in files.items()}


def _write_results(
    ledger: Ledger,
    category: Category,
    files: Mapping[str, _TableFile],
    convert: _Shared,
) -> None:
    """The rows of the other tables, records shared within a chunk."""
    for table in ("contradictions", "running_totals", "tallies"):
        if table in files:
            records = category_records(ledger, category, convert=convert)[table]
            for rows, record in enumerate(records, 1):
                files[table].add(record)
                if rows % _CHUNK == 0:
                    convert.renew()


def _write_claims(
    pairs: Sequence[tuple[Claim, Estimate]], files: Mapping[str, _TableFile], convert: _Shared
) -> None:
    """The rows of the figures, claims and estimates tables, a run of claims at a time."""
    figures, claims, estimates = (files.get(t) for t in ("figures", "claims", "estimates"))
    if figures is None and claims is None and estimates is None:
        return
    for start in range(0, len(pairs), _CLAIMS_AT_A_TIME):
        convert.renew()
        for claim, estimate in pairs[start : start + _CLAIMS_AT_A_TIME]:
            if figures is not None:
                claim_id = claim.key.id
                for figure in claim.figures:
                    figures.add({**convert(figure), "claim": claim_id})
            if claims is not None:
                claims.add(convert(claim))
            if estimates is not None:
                estimates.add(convert(estimate))
    convert.renew()


class _Shared:
    """
    :func:`conflictfigures.serialize.shared_records`; if ``bounded``,
    renewed on :meth:`renew` (the records held dropped).
    """

    def __init__(self, *, bounded: bool) -> None:
        self._bounded = bounded
        self._convert = shared_records()

    def __call__(self, result: Result) -> Record:
        return self._convert(result)

    def renew(self) -> None:
        if self._bounded:
            self.clear()
            self._convert = shared_records()

    def clear(self) -> None:
        """Drop the records held (freed at once, not left to the cyclic collector)."""
        self._convert.clear()


def write_tables(
    ledger: Ledger, folder: str | Path, tables: Iterable[str] = TABLES
) -> dict[str, int]:
    """Write every category's rows of the tables; return the rows written per table."""
    chosen = check_tables(tables)
    total = dict.fromkeys(chosen, 0)
    for category in Category:
        for table, rows in write_category(ledger, category, folder, chosen).items():
            total[table] += rows
    return total


def read_records(folder: str | Path, table: str) -> list[Record]:
    """
    Read one table's rows back as records (JSON text parsed), file by file
    in name order.
    """
    require_pyarrow()
    import pyarrow.parquet as pq  # noqa: PLC0415 - an optional extra

    decode: dict[str, Callable[[Any], Any]] = {
        name: json.loads for name, kind in COLUMNS[table] if kind == _JSON
    }
    records: list[Record] = []
    for path in sorted((Path(folder) / table).glob("*.parquet")):
        for row in pq.read_table(path).to_pylist():
            for name, load in decode.items():
                if row[name] is not None:
                    row[name] = load(row[name])
            records.append(row)
    return records
