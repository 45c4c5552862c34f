"""The command on tables of articles: JSON Lines, CSV and Parquet, streamed, bad rows named."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from conflictfigures import Store, read_articles, read_documents, read_jsonl
from conflictfigures._documents import seeds_folder
from conflictfigures._tables import TABLES, read_records
from conflictfigures.cli import main

SEEDS = seeds_folder()
KILLED = "Two soldiers were killed in the clashes, officials said."
WOUNDED = "At least 12 civilians were wounded on Tuesday, the ministry said."


def _run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    status = main(list(argv), stdout=out, stderr=err)
    return status, out.getvalue(), err.getvalue()


def _export(tmp_path: Path) -> Path:
    rows: list[object] = [
        {"body": KILLED, "site": "Haaretz", "date": "2020-02-27T08:00:00Z"},
        {"body": WOUNDED, "site": "Reuters", "date": "2020-02-28"},
        {"body": None, "site": "AP"},
        {"body": KILLED + " Again.", "site": "AP", "date": "yesterday"},
    ]
    path = tmp_path / "export.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def test_ingest_a_jsonl_export_names_each_bad_row_and_goes_on(tmp_path: Path) -> None:
    export = _export(tmp_path)
    db = tmp_path / "store.sqlite"
    status, out, err = _run(
        "ingest",
        str(export),
        "--text",
        "body",
        "--outlet-column",
        "site",
        "--published-column",
        "date",
        "--db",
        str(db),
    )
    assert status == 2
    assert err.splitlines() == [
        f"conflictfigures: error: {export} line 3: 'body' must be text, got NoneType: None",
        f"conflictfigures: error: {export} line 4: 'date': not a date as YYYY-MM-DD: 'yesterday'",
        "conflictfigures: 2 files or rows could not be read; each is named above",
    ]
    assert out.startswith(f"{db}: 2 documents read: 2 added")
    with Store(db, read_only=True) as store:
        sources = sorted((d.source.outlet, str(d.source.published)) for d in store.documents())
    assert sources == [("Haaretz", "2020-02-27"), ("Reuters", "2020-02-28")]


def test_extract_from_csv_matches_the_library(tmp_path: Path) -> None:
    export = tmp_path / "news.csv"
    export.write_text(
        f'Body,Outlet\n"{KILLED}\nMore text.",Haaretz\n"{WOUNDED}",Reuters\n', encoding="utf-8"
    )
    status, out, err = _run("extract", str(export), "--text", "Body", "--outlet-column", "Outlet")
    assert (status, err) == (0, "")
    got = list(read_jsonl(io.StringIO(out)))
    want = [f for d in read_articles(export, text="Body", outlet="Outlet") for f in d.figures()]
    assert got == want
    assert [f.source.outlet for f in got] == ["Haaretz", "Reuters"]


def test_outlet_and_published_values_override_the_tables(tmp_path: Path) -> None:
    export = _export(tmp_path)
    status, out, _err = _run(
        "extract", str(export), "--text", "body", "--outlet", "Wire", "--published", "2021-01-01"
    )
    assert status == 2  # the row without text is still reported
    sources = {(f.source.outlet, str(f.source.published)) for f in read_jsonl(io.StringIO(out))}
    assert sources == {("Wire", "2021-01-01")}


def test_report_reads_tables_beside_folders(tmp_path: Path) -> None:
    export = _export(tmp_path)
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a.txt").write_text(WOUNDED, encoding="utf-8")
    status, out, _err = _run(
        "report", str(export), str(folder), "--text", "body", "--format", "json"
    )
    assert status == 2
    record = json.loads(out)
    outlets = {f["outlet"] for f in record["figures"]}
    doc_ids = {f["doc_id"] for f in record["figures"]}
    assert outlets == {None}
    assert doc_ids == {"export:1", "export:2", "export:4", "a"}  # row 3 has no text


def test_report_reads_parquet(tmp_path: Path) -> None:
    pa = pytest.importorskip("pyarrow")
    pq = pytest.importorskip("pyarrow.parquet")
    export = tmp_path / "scrape.parquet"
    pq.write_table(pa.table({"text": [KILLED, WOUNDED], "outlet": ["AP", "AFP"]}), export)
    status, out, err = _run("extract", str(export), "--format", "csv")
    assert (status, err) == (0, "")
    assert len(out.splitlines()) == 3


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (
            ["extract", "{tmp}", "--text", "body"],
            (
                "--text and the --*-column options name the columns of a table "
                "(.jsonl, .csv, .parquet); no table was given"
            ),
        ),
        (
            ["extract", "{tmp}/export.jsonl", "--url", "https://x.org"],
            "--url is the URL of one document: give it with exactly one file",
        ),
        (
            ["extract", "--db", "{tmp}/s.sqlite", "--title-column", "t"],
            "--text and --*-column name the columns of a table; not with --db",
        ),
    ],
)
def test_column_options_out_of_place_are_refused(
    tmp_path: Path, argv: list[str], message: str
) -> None:
    _export(tmp_path)
    status, out, err = _run(*[a.replace("{tmp}", str(tmp_path)) for a in argv])
    assert (status, out) == (2, "")
    assert err == f"conflictfigures: error: {message}\n"


def test_a_table_named_column_missing_is_one_line(tmp_path: Path) -> None:
    export = tmp_path / "e.csv"
    export.write_text("body\nx\n", encoding="utf-8")
    status, out, err = _run("extract", str(export), "--published-column", "date")
    assert (status, out) == (2, "")
    assert err == (f"conflictfigures: error: {export}: no columns 'date', 'text' (has 'body')\n")


# -- parallel extraction ------------------------------------------------------------


def test_workers_give_the_output_of_one_process(tmp_path: Path) -> None:
    pytest.importorskip("distributed")
    export = _export(tmp_path)
    argv = ["extract", str(export), str(SEEDS), "--text", "body"]
    status, one, err = _run(*argv)
    assert status == 2
    assert _run(*argv, "--workers", "2") == (status, one, err)
    db = tmp_path / "store.sqlite"
    status, out, _err = _run("ingest", str(SEEDS), "--db", str(db), "--workers", "2")
    figures = [f for d in read_documents([SEEDS]) for f in d.figures()]
    summary = (
        f"{db}: 5 documents read: 5 added, 0 new versions, 0 already stored; "
        f"{len(figures)} figures added; 5 documents in the store\n"
    )
    assert (status, out) == (0, summary)
    with Store(db, read_only=True) as store:
        assert store.figures() == figures


def test_workers_write_the_tables_of_one_process(tmp_path: Path) -> None:
    """
    report --format parquet --workers 2: the documents are read here, the
    figures extracted, analysed and written by two worker processes.
    """
    pytest.importorskip("distributed")
    pytest.importorskip("pyarrow")

    export = _export(tmp_path)
    argv = ["report", str(export), str(SEEDS), "--text", "body", "--format", "parquet"]
    status, out, err = _run(*argv, "-o", str(tmp_path / "one"))
    assert status == 2  # the export's bad rows, named on stderr
    assert _run(*argv, "-o", str(tmp_path / "two"), "--workers", "2") == (
        status,
        out.replace(str(tmp_path / "one"), str(tmp_path / "two")),
        err,
    )
    for table in TABLES:
        one, two = (
            sorted(json.dumps(r, sort_keys=True) for r in read_records(tmp_path / f, table))
            for f in ("one", "two")
        )
        assert one == two, table


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--workers", "0"], "argument --workers: must be a whole number >= 1, got '0'"),
        (
            ["--workers", "2", "--scheduler", "tcp://x:1"],
            "argument --scheduler: not allowed with argument --workers",
        ),
    ],
)
def test_worker_options_are_checked(
    argv: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, _err = _run("extract", *argv)  # argparse writes to sys.stderr
    assert (status, out) == (2, "")
    err = capsys.readouterr().err
    assert err.splitlines()[-1] == f"conflictfigures extract: error: {message}"
