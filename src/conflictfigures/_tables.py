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
from pathlib import Path
from typing import TYPE_CHECKING, Any

from conflictfigures._aggregation.results import place_label
from conflictfigures._report import tolls
from conflictfigures.errors import InvalidType
from conflictfigures.models import Category
from conflictfigures.serialize import FIGURE_KEYS, shared_records, to_record as plain_record

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Iterator, Mapping

    import pyarrow as pa

    from conflictfigures.aggregate import Ledger

__all__ = [
    "COLUMNS",
    "TABLES",
    "ParquetExtraMissing",
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


def category_records(
    ledger: Ledger, category: Category, *, shared: bool = False
) -> dict[str, Iterator[Record]]:
    """
    The records of one category's results in a ledger, table by table, each
    made as it is read.

    A ledger that holds other categories' figures as context (a
    neighbourhood of ``conflictfigures.distributed``) gives this category's
    records only; its own category's results are complete.
    With ``shared``, the records share their nested records (a claim's
    reports are the same dicts in its estimate), each made once: faster,
    for records written and dropped; change none of them.
    """
    claims = [c for c in ledger.claims() if c.key.category is category]
    to_record = shared_records() if shared else plain_record

    def figures() -> Iterator[Record]:
        for claim in claims:
            claim_id = claim.key.id
            for figure in claim.figures:
                yield {**to_record(figure), "claim": claim_id}

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


def write_table(records: Iterable[Record], table: str, path: str | Path) -> int:
    """
    Write one table's records to one Parquet file, a chunk at a time;
    return the number of rows. The file is written even when there are none.
    """
    require_pyarrow()
    import pyarrow as pa  # noqa: PLC0415 - an optional extra
    import pyarrow.parquet as pq  # noqa: PLC0415

    schema = _schema(table)
    columns = COLUMNS[table]
    rows = 0
    with pq.ParquetWriter(str(path), schema) as writer:
        for chunk in _chunks(records):
            arrays = [
                pa.array(_column([r[name] for r in chunk], kind), type=_arrow_type(kind))
                for name, kind in columns
            ]
            writer.write_table(pa.Table.from_arrays(arrays, schema=schema))
            rows += len(chunk)
    return rows


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


def write_category(
    ledger: Ledger, category: Category, folder: str | Path, tables: Iterable[str] = TABLES
) -> dict[str, int]:
    """
    Write one category's rows of the tables (``<folder>/<table>/<category>.parquet``);
    return the rows written per table.
    """
    out = Path(folder)
    records = category_records(ledger, category, shared=True)
    written: dict[str, int] = {}
    for table in check_tables(tables):
        (out / table).mkdir(parents=True, exist_ok=True)
        path = out / table / f"{category.value}.parquet"
        written[table] = write_table(records[table], table, path)
    return written


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
