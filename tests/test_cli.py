"""The conflictfigures command: report, extract, ingest, and one clear line per problem."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from conflictfigures import Figure, extract, read_documents, to_record
from conflictfigures._documents import seeds_folder
from conflictfigures.cli import main
from conflictfigures.export import CSV_COLUMNS

SEEDS = seeds_folder()
OUTLETS = ["Haaretz", "The Defense Post", "The Moscow Times", "The New Arab"]


class _Tty(io.StringIO):
    def isatty(self) -> bool:
        return True


def _run(*argv: str, stderr: io.StringIO | None = None) -> tuple[int, str, str]:
    out = io.StringIO()
    err = io.StringIO() if stderr is None else stderr
    status = main(list(argv), stdout=out, stderr=err)
    return status, out.getvalue(), err.getvalue()


def _seed_figures() -> list[Figure]:
    figures: list[Figure] = []
    for doc in read_documents([SEEDS]):
        src = doc.source
        figures += extract(
            doc.text,
            published=src.published,
            outlet=src.outlet,
            url=src.url,
            doc_id=src.doc_id,
        )
    return figures


def _articles(tmp_path: Path, manifest: str | None, **files: str | bytes) -> Path:
    tmp_path.mkdir(parents=True, exist_ok=True)
    for name, content in files.items():
        path = tmp_path / f"{name}.txt"
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
    if manifest is not None:
        (tmp_path / "manifest.csv").write_text(manifest, encoding="utf-8")
    return tmp_path


ONE = "Two Turkish soldiers were killed in Idlib on Thursday, the ministry said."
TWO = "Three Turkish soldiers were killed in Idlib on Thursday, Erdogan said."


# -- report ------------------------------------------------------------------------


def test_report_with_no_path_reads_the_bundled_seeds() -> None:
    status, out, err = _run("report")
    assert (status, err) == (0, "")
    figures = _seed_figures()
    lines = out.splitlines()
    assert lines[0] == (
        f"conflictfigures report · bundled seeds · 5 documents · 4 named outlets · "
        f"{len(figures)} figures"
    )
    sections = [line for line in lines if line.isupper() or line.split(" (")[0].isupper()]
    assert [s.split(" (")[0] for s in sections] == [
        "FIGURES BY OUTLET",
        "CONTRADICTIONS",
        "CORROBORATED CLAIMS",
        "RUNNING TOTALS",
        "TOLL BY CATEGORY",
        "NOTES",
    ]
    body = out[: out.index("CONTRADICTIONS")]
    assert [line for line in lines[: lines.index(sections[1])] if line in OUTLETS] == OUTLETS
    assert "Outlet not named" in body
    haaretz = [f for f in figures if f.source.outlet == "Haaretz"]
    assert f"  000_8f274eec51550566.txt · published 2020-02-27 · {len(haaretz)} figures" in body
    assert (
        "    killed               more than 50           Syrian forces · "
        "in northwestern region of Idlib · on 2020-02-27 · per Turkey"
    ) in body
    assert len([line for line in body.splitlines() if line.startswith("    ")]) == len(figures)
    assert (
        "- 1 document names no outlet; each is counted as its own outlet: 004_39d00b181fe23653.txt"
    ) in out


def test_report_shows_both_sides_of_a_contradiction_and_who_said_what(tmp_path: Path) -> None:
    folder = _articles(
        tmp_path,
        "file,outlet,published,url\none.txt,Haaretz,2020-02-27,\ntwo.txt,AFP,2020-02-27,\n",
        one=ONE,
        two=TWO,
    )
    status, out, err = _run("report", str(folder))
    assert (status, err) == (0, "")
    block = out[out.index("CONTRADICTIONS") : out.index("CORROBORATED CLAIMS")]
    assert block.splitlines() == [
        "CONTRADICTIONS (1)",
        "",
        "killed · Turkey military · Idlib · on 2020-02-27 (different sources disagree)",
        "  2                      1 report",
        f'      Haaretz, per the ministry: "{ONE}"',
        "  3                      1 report",
        f'      AFP, per Erdogan: "{TWO}"',
        "",
    ]


def test_report_on_files_without_a_date_says_relative_dates_were_left_unresolved(
    tmp_path: Path,
) -> None:
    folder = _articles(tmp_path, None, one=ONE, two=TWO)
    status, out, err = _run("report", str(folder))
    assert (status, err) == (0, "")
    assert f"conflictfigures report · {folder} · 2 documents · 0 named outlets" in out
    assert "  one.txt · no publication date · 1 figure" in out
    assert (
        "- 2 documents have no publication date, so relative dates in it "
        '("on Thursday", "so far this month") were left unresolved: one.txt, two.txt'
    ) in out


def test_report_to_a_file_writes_it_whole(tmp_path: Path) -> None:
    target = tmp_path / "report.txt"
    status, out, err = _run("report", "--output", str(target))
    assert (status, out, err) == (0, "", "")
    assert target.read_text(encoding="utf-8").startswith("conflictfigures report · bundled seeds")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.txt"]


def test_report_json_has_the_five_keys_and_who_said_what(tmp_path: Path) -> None:
    folder = _articles(
        tmp_path,
        "file,outlet,published,url\none.txt,Haaretz,2020-02-27,\ntwo.txt,AFP,2020-02-27,\n",
        one=ONE,
        two=TWO,
    )
    status, out, err = _run("report", str(folder), "--format", "json")
    assert (status, err) == (0, "")
    record = json.loads(out)
    assert list(record) == ["figures", "claims", "contradictions", "running_totals", "estimates"]
    figures = [json.loads(line) for line in _run("extract", str(folder))[1].splitlines()]
    assert record["figures"] == figures
    assert len(record["claims"]) == 1
    assert len(record["estimates"]) == 1
    assert record["running_totals"] == []
    [contradiction] = record["contradictions"]
    assert {k: contradiction[k] for k in ("category", "location", "date", "period")} == {
        "category": "killed",
        "location": "Idlib",
        "date": "2020-02-27",
        "period": None,
    }
    sides = contradiction["sides"]
    assert [(s["count"]["stated"], s["count"]["qualifier"]) for s in sides] == [
        (2, "exact"),
        (3, "exact"),
    ]
    assert [(s["count"]["low"], s["count"]["high"]) for s in sides] == [(2, 2), (3, 3)]
    reports = [
        {k: r[k] for k in ("outlet", "claimed_by", "published", "sentence")}
        for s in sides
        for r in s["reports"]
    ]
    assert reports == [
        {
            "outlet": "Haaretz",
            "claimed_by": "the ministry",
            "published": "2020-02-27",
            "sentence": ONE,
        },
        {"outlet": "AFP", "claimed_by": "Erdogan", "published": "2020-02-27", "sentence": TWO},
    ]


def test_report_json_on_the_seeds() -> None:
    status, out, err = _run("report", "--format", "json", "--estimate", "acled")
    assert (status, err) == (0, "")
    record = json.loads(out)
    assert record["figures"] == [to_record(f) for f in _seed_figures()]
    assert record["contradictions"]
    assert all(len(c["sides"]) >= 2 for c in record["contradictions"])
    assert {e["policy"] for e in record["estimates"]} == {"acled"}


# -- extract -----------------------------------------------------------------------


def test_extract_jsonl_is_one_record_per_figure() -> None:
    status, out, err = _run("extract")
    assert (status, err) == (0, "")
    assert [json.loads(line) for line in out.splitlines()] == [
        to_record(f) for f in _seed_figures()
    ]


def test_extract_csv_and_hxl() -> None:
    n = len(_seed_figures())
    _status, out, _err = _run("extract", "--format", "csv")
    rows = list(csv.reader(io.StringIO(out)))
    assert rows[0] == list(CSV_COLUMNS)
    assert len(rows) == n + 1
    _status, out, _err = _run("extract", "--format", "hxl")
    rows = list(csv.reader(io.StringIO(out)))
    assert rows[1][:3] == ["#meta+category", "#affected+killed", "#affected+injured"]
    assert len(rows) == n + 2


def test_provenance_flags_for_a_single_file(tmp_path: Path) -> None:
    folder = _articles(tmp_path, None, one=ONE)
    status, out, err = _run(
        "extract",
        str(folder / "one.txt"),
        "--outlet",
        "Reuters",
        "--published",
        "2020-02-27",
        "--url",
        "https://example.org/one",
    )
    assert (status, err) == (0, "")
    [record] = [json.loads(line) for line in out.splitlines()]
    assert (record["outlet"], record["published"], record["url"], record["doc_id"]) == (
        "Reuters",
        "2020-02-27",
        "https://example.org/one",
        "one",
    )
    assert record["date"] == "2020-02-27"  # "on Thursday" resolved against the date given


def test_manifest_beside_the_files_gives_provenance(tmp_path: Path) -> None:
    folder = _articles(
        tmp_path,
        "file,outlet,published,url\none.txt,Haaretz,2020-02-27,https://example.org/1\n",
        one=ONE,
        two=TWO,
    )
    _status, out, _err = _run("extract", str(folder))
    records = [json.loads(line) for line in out.splitlines()]
    assert [(r["doc_id"], r["outlet"], r["published"]) for r in records] == [
        ("one", "Haaretz", "2020-02-27"),
        ("two", None, None),
    ]
    assert records[1]["date"] is None  # no publication date: "on Thursday" unresolved


# -- problems: one line, status 2, the rest still processed -------------------------


def test_a_bad_file_among_many_is_reported_and_the_others_processed(tmp_path: Path) -> None:
    folder = _articles(tmp_path, None, one=ONE, bad=b"caf\xe9 " + ONE.encode(), two=TWO)
    status, out, err = _run("extract", str(folder))
    assert status == 2
    assert (
        err == f"conflictfigures: error: {folder / 'bad.txt'}: not UTF-8: byte 0xe9 at offset 3\n"
    )
    assert [json.loads(line)["doc_id"] for line in out.splitlines()] == ["one", "two"]


def test_a_manifest_missing_a_column_is_one_line(tmp_path: Path) -> None:
    folder = _articles(tmp_path, "file,outlet,published\none.txt,X,\n", one=ONE)
    status, out, err = _run("report", str(folder))
    assert status == 2
    assert err == (
        f"conflictfigures: error: {folder / 'manifest.csv'}: missing column 'url' "
        "(has 'file', 'outlet', 'published')\n"
    )
    assert "0 documents" in out


def test_an_impossible_date_stops_before_anything_is_written(tmp_path: Path) -> None:
    target = tmp_path / "out.jsonl"
    status, out, err = _run("extract", "--published", "2020-02-30", "-o", str(target))
    assert (status, out) == (2, "")
    assert err == (
        "conflictfigures: error: --published: impossible date '2020-02-30' "
        "(day is out of range for month)\n"
    )
    assert not target.exists()


def test_a_missing_file(tmp_path: Path) -> None:
    status, _out, err = _run("report", str(tmp_path / "nope.txt"))
    assert status == 2
    assert err == f"conflictfigures: error: {tmp_path / 'nope.txt'}: no such file\n"


def test_url_needs_exactly_one_file() -> None:
    status, out, err = _run("extract", str(SEEDS), "--url", "https://example.org")
    assert (status, out) == (2, "")
    assert err == (
        "conflictfigures: error: --url is the URL of one document: give it with exactly one file\n"
    )


def test_paths_and_db_together_are_refused(tmp_path: Path) -> None:
    status, _out, err = _run("report", str(SEEDS), "--db", str(tmp_path / "x.sqlite"))
    assert status == 2
    assert err == "conflictfigures: error: give article PATHs or --db, not both\n"


def test_usage_errors_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["frobnicate"], stdout=io.StringIO(), stderr=io.StringIO()) == 2
    assert "invalid choice: 'frobnicate'" in capsys.readouterr().err


# -- the store from the command line -------------------------------------------------


def test_ingest_then_report_and_extract_from_the_store(tmp_path: Path) -> None:
    db = tmp_path / "figures.sqlite"
    n = len(_seed_figures())
    status, out, err = _run("ingest", str(SEEDS), "--db", str(db))
    assert (status, err) == (0, "")
    assert out == (
        f"{db}: 5 documents read: 5 added, 0 new versions, 0 already stored; "
        f"{n} figures added; 5 documents in the store\n"
    )
    status, out, err = _run("ingest", str(SEEDS), "--db", str(db))
    assert out == (
        f"{db}: 5 documents read: 0 added, 0 new versions, 5 already stored; "
        "0 figures added; 5 documents in the store\n"
    )
    _status, from_store, _err = _run("extract", "--db", str(db))
    _status, from_files, _err = _run("extract")
    assert from_store == from_files
    status, report, err = _run("report", "--db", str(db))
    assert (status, err) == (0, "")
    _status, seeds_report, _err = _run("report")
    assert report.splitlines()[0] == (
        f"conflictfigures report · {db} · 5 documents · 4 named outlets · {n} figures"
    )

    def analysis(text: str) -> str:
        return text[text.index("CONTRADICTIONS") : text.index("NOTES")]

    assert analysis(report) == analysis(seeds_report)


def test_a_changed_article_at_the_same_url_is_a_new_version(tmp_path: Path) -> None:
    db = tmp_path / "figures.sqlite"
    article = _articles(tmp_path / "a", None, one=ONE) / "one.txt"
    url = "https://example.org/one"
    _run("ingest", str(article), "--url", url, "--db", str(db))
    article.write_text(TWO, encoding="utf-8")
    status, out, _err = _run("ingest", str(article), "--url", url, "--db", str(db))
    assert status == 0
    assert "0 added, 1 new version, 0 already stored" in out
    _status, out, _err = _run("extract", "--db", str(db))
    assert [json.loads(line)["stated"] for line in out.splitlines()] == [3]


def test_a_store_that_is_not_ours_is_one_line_and_left_alone(tmp_path: Path) -> None:
    db = tmp_path / "notes.sqlite"
    db.write_text("not a database\n", encoding="utf-8")
    for argv in (["ingest", str(SEEDS)], ["report"], ["extract"]):
        status, out, err = _run(*argv, "--db", str(db))
        assert (status, out) == (2, "")
        assert err == (
            f"conflictfigures: error: {db}: not a SQLite database; "
            "refusing to use it as a conflictfigures store\n"
        )
    assert db.read_text(encoding="utf-8") == "not a database\n"


def test_report_on_a_missing_store(tmp_path: Path) -> None:
    status, _out, err = _run("report", "--db", str(tmp_path / "none.sqlite"))
    assert status == 2
    assert err == f"conflictfigures: error: {tmp_path / 'none.sqlite'}: no such store\n"
    assert not (tmp_path / "none.sqlite").exists()


# -- progress ----------------------------------------------------------------------


def test_progress_shows_on_a_terminal_only() -> None:
    status, _out, err = _run("extract", stderr=_Tty())
    assert status == 0
    assert err.startswith("\r0 documents [")
    assert err.endswith("\r")  # the bar is taken off the screen at the end
    assert "documents [" not in err.rsplit("\r", 2)[-2]
    status, _out, err = _run("extract")
    assert (status, err) == (0, "")


def test_problems_clear_the_progress_line(tmp_path: Path) -> None:
    folder = _articles(tmp_path, None, a=ONE, b=b"\xff")
    status, _out, err = _run("extract", str(folder), stderr=_Tty())
    assert status == 2
    assert f" \rconflictfigures: error: {folder / 'b.txt'}: not UTF-8" in err


# -- as a program --------------------------------------------------------------------


def _program(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONIOENCODING": "ascii"}
    return subprocess.run(  # noqa: S603 - our own interpreter and module
        [sys.executable, "-m", "conflictfigures", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
        cwd=cwd,
        env=env,
        timeout=120,
    )


def test_python_m_conflictfigures_writes_utf8_and_no_traceback(tmp_path: Path) -> None:
    done = _program("report")
    assert (done.returncode, done.stderr) == (0, "")
    assert done.stdout.startswith("conflictfigures report · bundled seeds")
    folder = _articles(tmp_path, None, bad=b"\xff\xfe")
    done = _program("report", str(folder))
    assert done.returncode == 2
    assert done.stderr == (
        f"conflictfigures: error: {folder / 'bad.txt'}: not UTF-8: byte 0xff at offset 0\n"
    )


def test_the_console_script_is_installed() -> None:
    script = Path(sys.executable).with_name("conflictfigures")
    if not script.exists():
        pytest.skip("the project is not installed in this interpreter's environment")
    done = subprocess.run(  # noqa: S603 - our own console script
        [str(script), "--version"], capture_output=True, text=True, check=False, timeout=60
    )
    assert (done.returncode, done.stdout) == (0, "conflictfigures 0.1.0.dev0\n")
