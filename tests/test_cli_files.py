"""
Odd files, folders and outputs on the command line: names that are not
UTF-8, link loops, named pipes, full or closed standard output, output paths
that are not regular files, names that would forge a line, placeholder dates.
"""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from conflictfigures import InvalidManifest, InvalidOutput, Store, read_documents, write_csv
from conflictfigures._documents import parse_date
from conflictfigures.cli import main

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX file names and pipes")

TEXT = "Two soldiers were killed in Idlib on Thursday, the ministry said."


def _run(*argv: str) -> tuple[int, str, str]:
    out = io.StringIO()
    err = io.StringIO()
    status = main(list(argv), stdout=out, stderr=err)
    return status, out.getvalue(), err.getvalue()


def _cli(*argv: str, timeout: float | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(  # noqa: S603 - our own interpreter and module
        [sys.executable, "-m", "conflictfigures", *argv],
        capture_output=True,
        text=True,
        check=False,
        timeout=timeout,
    )


def _latin1_name(folder: Path) -> Path:
    """A file whose name is the Latin-1 bytes of "café.txt" (not UTF-8)."""
    folder.mkdir(exist_ok=True)
    raw = os.fsencode(folder) + b"/caf\xe9.txt"
    with open(raw, "w", encoding="utf-8") as handle:  # noqa: PTH123 - a bytes path
        handle.write(TEXT)
    (folder / "plain.txt").write_text("Three civilians were wounded.", encoding="utf-8")
    return Path(os.fsdecode(raw))


def test_a_file_name_that_is_not_utf8_is_ingested_losslessly(tmp_path: Path) -> None:
    name = _latin1_name(tmp_path / "articles")
    db = tmp_path / "s.sqlite"
    status, out, err = _run("ingest", str(tmp_path / "articles"), "--db", str(db))
    assert (status, err) == (0, "")
    assert "2 added" in out
    with Store(db, read_only=True) as store:
        paths = sorted(d.path or "" for d in store.documents())
        ids = sorted(f.source.doc_id or "" for f in store.figures())
    assert paths == sorted([str(name), str(tmp_path / "articles" / "plain.txt")])
    assert os.fsencode(paths[0]).endswith(b"/caf\xe9.txt")
    assert ids == ["caf\udce9", "plain"]


@pytest.mark.parametrize("fmt", ["csv", "hxl", "jsonl"])
def test_a_file_name_that_is_not_utf8_is_exported_escaped(tmp_path: Path, fmt: str) -> None:
    _latin1_name(tmp_path / "articles")
    target = tmp_path / f"out.{fmt}"
    status, _out, err = _run(
        "extract", str(tmp_path / "articles"), "--format", fmt, "-o", str(target)
    )
    assert (status, err) == (0, "")
    text = target.read_text(encoding="utf-8")
    assert "caf\\udce9" in text
    if fmt == "jsonl":
        ids = [json.loads(line)["doc_id"] for line in text.splitlines()]
        assert "caf\udce9" in ids


def test_a_file_name_that_is_not_utf8_on_standard_output(tmp_path: Path) -> None:
    _latin1_name(tmp_path / "articles")
    run = _cli("extract", str(tmp_path / "articles"), "--format", "csv")
    assert (run.returncode, run.stderr) == (0, "")
    assert "caf\\udce9" in run.stdout


def test_a_symlink_loop_reads_each_file_once(tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    (folder / "inner").mkdir(parents=True)
    (folder / "inner" / "a.txt").write_text(TEXT, encoding="utf-8")
    (folder / "inner" / "up").symlink_to("..")
    (folder / "inner" / "me").symlink_to(".")
    (folder / "again").symlink_to("inner")
    (folder / "b.txt").symlink_to("inner/a.txt")
    docs = list(read_documents([folder, folder / "inner" / "a.txt"]))
    assert [Path(d.path or "").name for d in docs] == ["a.txt"]


def test_a_symlink_web_stays_linear(tmp_path: Path) -> None:
    """Twenty folders each linking to all the others: read once, not 20! times."""
    folder = tmp_path / "web"
    folder.mkdir()
    for i in range(20):
        (folder / f"d{i}").mkdir()
        (folder / f"d{i}" / f"{i}.txt").write_text(f"{i + 2} soldiers were killed.", "utf-8")
    for i in range(20):
        for j in range(20):
            if i != j:
                (folder / f"d{i}" / f"to{j}").symlink_to(folder / f"d{j}")
    docs = list(read_documents([folder]))
    assert sorted(Path(d.path or "").name for d in docs) == sorted(f"{i}.txt" for i in range(20))


def test_a_named_pipe_is_skipped_with_a_note(tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a.txt").write_text(TEXT, encoding="utf-8")
    os.mkfifo(folder / "pipe.txt")
    run = _cli("report", str(folder), "--format", "json", timeout=60)
    assert run.returncode == 2
    assert run.stderr == (
        f"conflictfigures: error: {folder / 'pipe.txt'}: is a named pipe (FIFO), "
        "not a regular file; skipped\n"
    )
    assert len(json.loads(run.stdout)["figures"]) == 1
    run = _cli("extract", str(folder / "pipe.txt"), timeout=60)
    assert run.returncode == 2
    assert "is a named pipe (FIFO)" in run.stderr


def test_a_full_standard_output_is_one_line() -> None:
    if not Path("/dev/full").exists():
        pytest.skip("no /dev/full")
    with Path("/dev/full").open("w", encoding="utf-8") as full:
        run = subprocess.run(
            [sys.executable, "-m", "conflictfigures", "report"],
            stdout=full,
            stderr=subprocess.PIPE,
            text=True,
            check=False,
        )
    assert run.returncode == 2
    assert run.stderr == (
        "conflictfigures: error: cannot write to standard output: No space left on device\n"
    )


def test_a_closed_standard_output_is_one_line() -> None:
    run = subprocess.run(  # noqa: S602 - a fixed shell line, to close stdout
        f"{sys.executable} -m conflictfigures report >&-",
        shell=True,
        capture_output=False,
        stderr=subprocess.PIPE,
        text=True,
        check=False,
    )
    assert run.returncode == 2
    assert run.stderr == (
        "conflictfigures: error: cannot write to standard output: it is closed; give -o FILE\n"
    )


@pytest.mark.parametrize(
    ("make", "kind"),
    [
        pytest.param(os.mkfifo, "a named pipe (FIFO)", id="fifo"),
        pytest.param(lambda p: p.mkdir(), "a folder", id="folder"),
        pytest.param(lambda p: p.symlink_to("/dev/null"), "a character device", id="device"),
    ],
)
def test_output_that_is_not_a_regular_file_is_refused(
    tmp_path: Path, make: object, kind: str
) -> None:
    target = tmp_path / "out"
    make(target)  # type: ignore[operator]
    before = sorted(p.name for p in tmp_path.iterdir())
    status, out, err = _run("report", "-o", str(target))
    assert (status, out) == (2, "")
    assert err == (
        f"conflictfigures: error: {target}: is {kind}; output is written only to a regular file\n"
    )
    assert sorted(p.name for p in tmp_path.iterdir()) == before
    with pytest.raises(InvalidOutput):
        write_csv([], target)


def test_output_through_a_symlink_replaces_its_target_and_keeps_the_link(tmp_path: Path) -> None:
    target = tmp_path / "real.csv"
    target.write_text("old\n", encoding="utf-8")
    target.chmod(0o640)
    link = tmp_path / "link.csv"
    link.symlink_to("real.csv")
    assert _run("extract", "--format", "csv", "-o", str(link))[0] == 0
    assert link.is_symlink()
    assert target.read_text(encoding="utf-8").startswith("category,")
    assert target.stat().st_mode & 0o777 == 0o640
    assert sorted(p.name for p in tmp_path.iterdir()) == ["link.csv", "real.csv"]
    dangling = tmp_path / "dangling.csv"
    dangling.symlink_to("nowhere/x.csv")
    status, _out, err = _run("extract", "-o", str(dangling))
    assert status == 2
    assert "a symbolic link to nothing" in err


def test_names_that_would_forge_a_line_are_quoted(tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    forged = "x.txt: ok\nconflictfigures: all good \x1b[2J"
    (folder / f"{forged}.txt").write_bytes(b"\xff not utf-8")
    status, _out, err = _run("report", str(folder))
    assert status == 2
    [line] = err.splitlines()
    assert "\x1b" not in err
    assert line == (
        f"conflictfigures: error: {str(folder / (forged + '.txt'))!r}: "
        "not UTF-8: byte 0xff at offset 0"
    )


def test_a_report_shows_odd_names_quoted(tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "evil\x1b]0;pwned\x07.txt").write_text(TEXT, encoding="utf-8")
    status, out, _err = _run("report", str(folder))
    assert status == 0
    assert "\x1b" not in out
    assert "\x07" not in out
    assert "'evil\\x1b]0;pwned\\x07.txt'" in out


@pytest.mark.parametrize("day", ["0001-01-01", "9999-12-31"])
def test_placeholder_dates_are_refused_on_the_command_line(tmp_path: Path, day: str) -> None:
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    db = tmp_path / "s.sqlite"
    status, out, err = _run("ingest", str(tmp_path / "a.txt"), "--published", day, "--db", str(db))
    assert (status, out) == (2, "")
    which = "first" if day.startswith("0001") else "last"
    assert err == (
        f"conflictfigures: error: --published: {day!r} is the {which} day of the calendar, "
        "a placeholder rather than a date; leave it empty when the date is unknown\n"
    )
    assert not db.exists()
    with pytest.raises(ValueError, match="placeholder"):
        parse_date(day)


def test_placeholder_dates_in_a_manifest_fail_only_that_file(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "b.txt").write_text(TEXT.replace("Two", "Five"), encoding="utf-8")
    (tmp_path / "manifest.csv").write_text(
        "file,outlet,published,url\na.txt,X,9999-12-31,\nb.txt,Y,2020-02-27,\n", encoding="utf-8"
    )
    errors: list[Exception] = []
    docs = list(read_documents([tmp_path], errors=errors))  # type: ignore[arg-type]
    assert [d.source.outlet for d in docs] == ["Y"]
    [error] = errors
    assert isinstance(error, InvalidManifest)
    assert str(error) == (
        f"{tmp_path / 'manifest.csv'} line 2: 'published' of 'a.txt': '9999-12-31' is the last "
        "day of the calendar, a placeholder rather than a date; leave it empty when the date "
        "is unknown"
    )


@pytest.mark.parametrize("name", ["inner/a.txt", "../x.txt", "/etc/hostname", ".."])
def test_a_manifest_row_naming_a_path_is_reported(tmp_path: Path, name: str) -> None:
    (tmp_path / "inner").mkdir()
    (tmp_path / "inner" / "a.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "b.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "manifest.csv").write_text(
        f"file,outlet,published,url\n{name},X,2020-02-27,\nb.txt,Y,,\n", encoding="utf-8"
    )
    errors: list[Exception] = []
    docs = list(read_documents([tmp_path], errors=errors))  # type: ignore[arg-type]
    assert sorted(d.source.outlet or "" for d in docs) == ["", "Y"]
    [error] = errors
    assert str(error) == (
        f"{tmp_path / 'manifest.csv'} line 2: 'file' {name!r} is a path; a manifest describes "
        "only the files in its own folder (give that folder its own manifest.csv)"
    )
