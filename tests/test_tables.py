"""The results as Parquet tables: one row per record, one file per table and category."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings

import conflictfigures._tables as tables_module
from conflictfigures import Category, Ledger, read_documents, to_record
from conflictfigures._documents import seeds_folder
from conflictfigures._output import new_folder
from conflictfigures._report import tolls
from conflictfigures._tables import (
    COLUMNS,
    TABLES,
    category_records,
    check_tables,
    read_records,
    write_tables,
)
from conflictfigures.cli import main
from conflictfigures.errors import InvalidOutput, InvalidType
from conflictfigures.serialize import shared_records
from conflictfigures.strategies import corpora

pytest.importorskip("pyarrow")

SEEDS = seeds_folder()


def _seeds_ledger() -> Ledger:
    return Ledger([f for d in read_documents([SEEDS]) for f in d.figures()])


def _sorted(records: list[dict[str, Any]]) -> list[str]:
    return sorted(json.dumps(r, sort_keys=True) for r in records)


def _all_records(ledger: Ledger, table: str) -> list[dict[str, Any]]:
    return [r for c in Category for r in category_records(ledger, c)[table]]


def test_the_columns_are_the_records_keys() -> None:
    """A change to a record's keys must change the tables' columns with it."""
    ledger = _seeds_ledger()
    for table in TABLES:
        records = _all_records(ledger, table)
        assert records, table
        assert all(list(r) == [name for name, _kind in COLUMNS[table]] for r in records), table


def test_the_tables_read_back_as_the_records(tmp_path: Path) -> None:
    ledger = _seeds_ledger()
    written = write_tables(ledger, tmp_path)
    for table in TABLES:
        records = _all_records(ledger, table)
        assert written[table] == len(records)
        assert _sorted(read_records(tmp_path, table)) == _sorted(records)
        files = sorted(p.name for p in (tmp_path / table).iterdir())
        assert files == sorted(f"{c.value}.parquet" for c in Category)  # empty ones too
    claims = read_records(tmp_path, "claims")
    assert _sorted(claims) == _sorted([to_record(c) for c in ledger.claims()])
    figures = read_records(tmp_path, "figures")
    assert {r["claim"] for r in figures} == {r["claim"] for r in claims}
    assert _sorted([{k: v for k, v in r.items() if k != "claim"} for r in figures]) == _sorted(
        [to_record(f) for f in ledger]
    )


def test_a_large_category_is_written_in_runs_with_the_same_rows(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Past the shared-records limit, runs of claims and renewed records write the same rows."""
    ledger = _seeds_ledger()
    write_tables(ledger, tmp_path / "shared")
    monkeypatch.setattr(tables_module, "_SHARED_FIGURES", 0)
    monkeypatch.setattr(tables_module, "_CLAIMS_AT_A_TIME", 2)
    monkeypatch.setattr(tables_module, "_CHUNK", 3)
    made: list[int] = []
    real = shared_records

    def counted() -> Any:
        made.append(1)
        return real()

    monkeypatch.setattr(tables_module, "shared_records", counted)
    written = write_tables(ledger, tmp_path / "runs")
    assert len(made) > len(ledger.claims()) // 2  # renewed run by run
    for table in TABLES:
        assert written[table] == len(_all_records(ledger, table))
        # In the same order, row for row.
        assert read_records(tmp_path / "runs", table) == read_records(tmp_path / "shared", table)


def test_the_command_writes_its_tables_without_importing_pandas(tmp_path: Path) -> None:
    """pyarrow's conversions would import pandas (over a second); the command keeps it out."""
    pytest.importorskip("pandas")
    out = tmp_path / "tables"
    code = (
        "import sys; from conflictfigures.cli import main; "
        f"status = main(['report', '--format', 'parquet', '-o', {str(out)!r}]); "
        "print(status, 'pandas' in sys.modules)"
    )
    done = subprocess.run(  # noqa: S603 - our own interpreter
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert done.stdout.split()[-2:] == ["0", "False"]
    assert len(read_records(out, "claims")) == len(_seeds_ledger().claims())


def test_the_tallies_are_the_reports_toll_rows() -> None:
    """One row per category and place of the report's toll table."""
    ledger = _seeds_ledger()
    rows = [
        (t["category"], t["location"], t["place"], t["low"], t["best"], t["high"])
        for t in _all_records(ledger, "tallies")
    ]
    expected = [
        (c.value, p[-1].title() if p else None, list(p) if p else None, e.low, e.best, e.high)
        for c, p, e in tolls(ledger.claims())
    ]
    assert sorted(rows, key=repr) == sorted(expected, key=repr)
    assert ("killed", "Idlib") in {(r[0], r[1]) for r in rows}


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(figures=corpora(max_size=14))
def test_shared_records_are_the_records_of_to_record(figures: list[Any]) -> None:
    ledger = Ledger(figures)
    record = shared_records()
    results: list[Any] = [
        *ledger,
        *ledger.claims(),
        *ledger.contradictions(),
        *ledger.running_totals(),
        *ledger.estimates(),
    ]
    assert [record(r) for r in results] == [to_record(r) for r in results]


def test_shared_records_are_dropped_when_cleared() -> None:
    """Cleared, a shared converter holds no record: each is freed without the cyclic collector."""
    ledger = _seeds_ledger()
    record = shared_records()
    figure, claim = next(iter(ledger)), ledger.claims()[0]
    first = (record(figure), record(claim))
    assert (record(figure), record(claim)) == first
    assert record(figure) is first[0]
    record.clear()
    assert record(figure) is not first[0]
    assert record(claim) is not first[1]
    assert (record(figure), record(claim)) == first


def test_table_names_are_checked() -> None:
    assert check_tables(["tallies", "claims"]) == ("claims", "tallies")
    with pytest.raises(InvalidType, match="no table 'claim'; the tables are figures, claims"):
        check_tables(["claim"])
    with pytest.raises(InvalidType, match="not one str"):
        check_tables("claims")


# -- the folder ----------------------------------------------------------------------------


def test_a_new_folder_is_put_in_place_only_when_complete(tmp_path: Path) -> None:
    target = tmp_path / "out"

    def half_written() -> None:
        with new_folder(target) as folder:
            (folder / "half").write_text("x", encoding="utf-8")
            raise RuntimeError

    with pytest.raises(RuntimeError):
        half_written()
    assert list(tmp_path.iterdir()) == []  # neither the folder nor its temporary
    with new_folder(target) as folder:
        (folder / "whole").write_text("x", encoding="utf-8")
    assert [p.name for p in target.iterdir()] == ["whole"]
    empty = tmp_path / "empty"
    empty.mkdir()
    with new_folder(empty) as folder:
        (folder / "f").write_text("x", encoding="utf-8")
    assert [p.name for p in empty.iterdir()] == ["f"]


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda p: (p / "x").write_text("x", encoding="utf-8"), "the folder is not empty"),
        (lambda p: p.rmdir() or p.write_text("x", encoding="utf-8"), "is not a folder"),
    ],
)
def test_an_occupied_folder_is_refused_before_anything_is_written(
    tmp_path: Path, make: Any, message: str
) -> None:
    target = tmp_path / "out"
    target.mkdir()
    make(target)
    before = sorted(tmp_path.rglob("*"))
    with pytest.raises(InvalidOutput, match=message), new_folder(target):
        pytest.fail("the block must not run")
    assert sorted(tmp_path.rglob("*")) == before


# -- the command -----------------------------------------------------------------------------


def _run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    status = main(list(argv), stdout=out, stderr=err)
    return status, out.getvalue(), err.getvalue()


def test_report_writes_the_tables(tmp_path: Path) -> None:
    out = tmp_path / "tables"
    status, said, err = _run("report", "--format", "parquet", "-o", str(out))
    ledger = _seeds_ledger()
    assert (status, err) == (0, "")
    n = len(ledger.claims())
    assert said.startswith(f"{out}: {len(ledger)} figures, {n} claims, ")
    assert said.endswith(" tallies\n")
    assert _sorted(read_records(out, "estimates")) == _sorted(
        [to_record(e) for e in ledger.estimates()]
    )
    only = tmp_path / "claims-only"
    assert _run("report", "--format", "parquet", "-o", str(only), "--tables", "claims")[0] == 0
    assert [p.name for p in only.iterdir()] == ["claims"]


def test_report_parquet_is_refused_without_a_new_folder(tmp_path: Path) -> None:
    status, out, err = _run("report", "--format", "parquet")
    assert (status, out) == (2, "")
    assert err == (
        "conflictfigures: error: --format parquet writes a folder of tables: "
        "name it with -o FOLDER\n"
    )
    (tmp_path / "old").write_text("x", encoding="utf-8")
    status, out, err = _run("report", "--format", "parquet", "-o", str(tmp_path))
    assert (status, out) == (2, "")
    assert (
        err == f"conflictfigures: error: {tmp_path}: the folder is not empty; give a new folder\n"
    )
    assert [p.name for p in tmp_path.iterdir()] == ["old"]


def test_report_parquet_without_pyarrow_says_which_extra(tmp_path: Path) -> None:
    script = (
        "import sys\n"
        "sys.modules['pyarrow'] = None\n"
        "from conflictfigures.cli import main\n"
        f"sys.exit(main(['report', '--format', 'parquet', '-o', {str(tmp_path / 'out')!r}]))\n"
    )
    done = subprocess.run(  # noqa: S603 - our own interpreter
        [sys.executable, "-c", script], capture_output=True, text=True, check=False, timeout=60
    )
    assert done.returncode == 2
    assert done.stderr == (
        "conflictfigures: error: Parquet tables need the 'parquet' extra: "
        "pip install 'conflictfigures[parquet]'\n"
    )
    assert list(tmp_path.iterdir()) == []
