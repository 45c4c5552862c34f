"""
Misuse of every public entry point: each bad argument raises the library's
typed error (the TypeError family for a wrong type, a named ValueError
subclass for a bad value) with a message naming the argument and what it got,
never an untyped error from deep inside.

One row = the call as written, the error class, the message (a regex on the
whole message) and a note.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from conflictfigures import (
    MAX_COUNT,
    BoundsPolicy,
    Category,
    ConflictFiguresError,
    Count,
    Document,
    Figure,
    InvalidCount,
    InvalidDate,
    InvalidFigure,
    InvalidPeriod,
    InvalidPolicy,
    InvalidRecord,
    InvalidSpan,
    InvalidText,
    InvalidType,
    Ledger,
    NotAFigure,
    Period,
    Qualifier,
    Source,
    Span,
    Store,
    UnknownCategory,
    UnknownQualifier,
    extract,
    from_record,
    parse_figure,
    quantities,
    read_document,
    read_documents,
    read_jsonl,
    tally,
    to_dataframe,
    to_record,
    write_csv,
    write_hxl,
    write_jsonl,
)
from conflictfigures._checks import (
    check_callable,
    check_figures,
    check_iterable,
    check_rule_result,
    iter_figures,
)
from conflictfigures.export import csv_rows

FIG = Figure(
    category=Category.KILLED, count=Count.exact(2), span=Span(start=0, end=3), surface="Two"
)


def bad(value: object) -> Any:
    """An argument typed as anything, for calls a type checker would refuse."""
    return value


A: Any = None


def _store(tmp: Path) -> Store:
    return Store(tmp / "s.sqlite")


# (call, error, message, note); the call takes a scratch folder.
Row = tuple[Callable[[Path], object], type[Exception], str, str]

EXAMPLES_BUGS_CAUGHT: list[Row] = [
    (
        lambda _t: write_hxl([A], io.StringIO()),
        NotAFigure,
        r"'figures' must hold Figure objects, got NoneType at position 0",
        "an AttributeError from a column getter",
    ),
    (
        lambda t: _store(t).add(Document(text="Two"), [A]),
        NotAFigure,
        r"'figures' must hold Figure objects, got NoneType at position 0",
        "the docstring promised a typed error; got AttributeError",
    ),
    (
        lambda t: _store(t).add(bad("text"), []),
        InvalidType,
        r"'document' must be a Document, got str",
        "AttributeError: 'str' object has no attribute 'source'",
    ),
    (
        lambda _t: list(read_jsonl(bad(b"{}"))),
        InvalidType,
        r"read_jsonl\(\) needs a path or a text stream, got bytes",
        "iterated the bytes as numbers",
    ),
    (
        lambda _t: list(read_jsonl(io.StringIO("[" * 100_000))),
        InvalidRecord,
        r"line 1: not JSON: nested too deeply to read",
        "RecursionError",
    ),
    (
        lambda t: list(read_jsonl(_latin1_jsonl(t))),
        InvalidRecord,
        r"line 2: not UTF-8: byte 0xe9 at column 16",
        "UnicodeDecodeError with no line number",
    ),
    (
        lambda _t: Count.read(10**400, "about"),
        InvalidCount,
        (
            r"'stated' must be at most 1,000,000,000,000,000,000 \(10\*\*18\), "
            r"got a number of 401 digits"
        ),
        "OverflowError from the policy's float arithmetic",
    ),
    (
        lambda _t: Count.read(None, "vague", vague=bad(5)),
        InvalidType,
        r"'vague' must be a str or None, got int: 5",
        "AttributeError inside the policy",
    ),
    (
        lambda _t: Count.exact(5).compatible(bad(5)),
        InvalidType,
        r"'other' must be a Count, got int: 5",
        "AttributeError: 'int' object has no attribute 'low'",
    ),
    (
        lambda _t: Count.read(5, "exact", rounding=-1),
        InvalidCount,
        r"'rounding' must be >= 1, got -1",
        "a message about 'high'",
    ),
    (
        lambda _t: Count.read(5, "exact", rounding=0),
        InvalidCount,
        r"'rounding' must be >= 1, got 0",
        "a message about 'high'",
    ),
    (
        lambda t: _store(t).text(10**30),
        KeyError,
        r"1000000000000000000000000000000",
        "OverflowError: Python int too large to convert to SQLite INTEGER",
    ),
    (
        lambda t: _store(t).text(bad("1")),
        InvalidType,
        r"'document_id' must be an int, got str",
        "read as no such document",
    ),
    (
        lambda t: _store(t).find(A),
        InvalidType,
        r"'sha256' must be a str, got NoneType",
        "read as no such document",
    ),
    (
        lambda t: _store(t).ingest(A),
        InvalidType,
        r"'documents' must be an iterable of Document objects, got NoneType",
        "TypeError: 'NoneType' object is not iterable",
    ),
    (
        lambda t: _store(t).ingest([bad("a.txt")]),
        InvalidType,
        r"'documents' must hold Document objects, got str at position 0",
        "AttributeError: 'str' object has no attribute 'sha256'",
    ),
    (
        lambda t: _store(t).ingest([], policy=bad("acled")),
        InvalidType,
        r"'policy' must be a BoundsPolicy or None, got str",
        "accepted, to fail on the first document",
    ),
    (
        lambda t: _store(t).ingest([], on_result=bad(5)),
        InvalidType,
        r"'on_result' must be callable or None, got int",
        "accepted, to fail after the first document was stored",
    ),
    (
        lambda _t: Store(A),
        InvalidType,
        r"'path' must be a str or a Path, got NoneType",
        "TypeError from pathlib",
    ),
    (
        lambda _t: Figure(category="killed", count=bad(5), span=Span(start=0, end=1), surface="x"),
        InvalidType,
        r"'count' must be a Count, got int: 5",
        "attrs' TypeError whose message is a tuple",
    ),
    (
        lambda _t: Document(text="x", source=bad("Haaretz")),
        InvalidType,
        r"'source' must be a Source, got str: 'Haaretz'",
        "attrs' TypeError whose message is a tuple",
    ),
    (
        lambda _t: read_document(A),
        InvalidType,
        r"'path' must be a str or a Path, got NoneType: None",
        "TypeError from pathlib",
    ),
    (
        lambda _t: read_documents(A),
        InvalidType,
        r"'paths' must be an iterable of paths, got NoneType",
        "TypeError: 'NoneType' object is not iterable, at the first document",
    ),
    (
        lambda _t: read_documents(bad("articles")),
        InvalidType,
        r"'paths' must be an iterable of paths, got str",
        "read each letter as a file ('a: no such file')",
    ),
    (
        lambda _t: read_documents([], published=bad("2020-02-27")),
        InvalidType,
        r"'published' must be a datetime.date or None, got str: '2020-02-27'",
        "accepted, to fail on the first document",
    ),
    (
        lambda _t: write_csv([], A),
        InvalidType,
        r"'path_or_file' must be a path or a text stream, got NoneType: None",
        "TypeError from the csv module",
    ),
    (
        lambda _t: write_jsonl([FIG], A),
        InvalidType,
        r"'path_or_file' must be a path or a text stream, got NoneType: None",
        "AttributeError; an empty list returned 0 as if written",
    ),
    (
        lambda _t: write_csv([FIG], bad(io.BytesIO())),
        InvalidType,
        r"'path_or_file' must be a text stream, got a binary BytesIO",
        "TypeError from the csv module",
    ),
    (
        lambda _t: write_hxl([], io.StringIO(), policy=bad("acled")),
        InvalidType,
        r"'policy' must be a BoundsPolicy or None, got str",
        "AttributeError at the first figure",
    ),
    (
        lambda _t: to_dataframe(bad(5)),
        InvalidType,
        r"'figures' must be an iterable of Figure objects, got int",
        "TypeError: 'int' object is not iterable",
    ),
    (
        lambda _t: list(csv_rows([A])),
        NotAFigure,
        r"'figures' must hold Figure objects, got NoneType at position 0",
        "InvalidRecord from to_record",
    ),
    (
        lambda _t: from_record({**to_record(FIG), "qualifier": "more_than", "high": None}),
        InvalidRecord,
        r"invalid figure record: 'more than 2' cannot have 'low' 2 <= 2 @ \$",
        "a 'more than 2' with low 2 (or 0) was accepted",
    ),
    (
        lambda _t: from_record({**to_record(FIG), "published": "20200227"}),
        InvalidRecord,
        r".*expected an ISO date \(YYYY-MM-DD\), got '20200227'.*",
        "read as 2020-02-27 although records are YYYY-MM-DD",
    ),
    (
        lambda _t: from_record({**to_record(FIG), "date": "2020-W09-4"}),
        InvalidRecord,
        r".*expected an ISO date \(YYYY-MM-DD\), got '2020-W09-4'.*",
        "read as a week date",
    ),
    (
        lambda t: _store(t).add(Document(text="Nothing here."), [FIG]),
        InvalidSpan,
        (
            r"figure 0 is not a figure of this document: its span 0-3 holds 'Not', "
            r"not its words 'Two'"
        ),
        "figures of another text were stored",
    ),
    (
        lambda _t: tally([A]),
        NotAFigure,
        r"'figures' must hold Figure objects, got NoneType at position 0",
        "AttributeError: 'NoneType' object has no attribute 'subject'",
    ),
    (
        lambda _t: tally(bad("abc")),
        InvalidType,
        r"'figures' must be an iterable of Figure objects, got str",
        "AttributeError: 'str' object has no attribute 'subject'",
    ),
    (
        lambda _t: Ledger(A),
        InvalidType,
        r"'figures' must be an iterable of Figure objects, got NoneType",
        "TypeError: 'NoneType' object is not iterable",
    ),
    (
        lambda _t: Ledger.from_records(A),
        InvalidType,
        r"'records' must be an iterable of records, got NoneType",
        "TypeError: 'NoneType' object is not iterable",
    ),
    (
        lambda _t: Ledger([FIG], policy=bad(print)).estimates(),
        InvalidPolicy,
        r"the estimate rule 'print' must return \(low, best, high\) .*, got None",
        "TypeError: cannot unpack non-iterable NoneType object",
    ),
]

EXAMPLES_ALREADY_TYPED: list[Row] = [
    (
        lambda _t: extract(A),
        InvalidText,
        r"extract\(\) needs the text as a str, got NoneType",
        "",
    ),
    (
        lambda _t: extract("x", published=bad(5)),
        InvalidDate,
        r"'published' must be a datetime.date, an ISO date string or None, got 5",
        "",
    ),
    (
        lambda _t: parse_figure(A),
        InvalidText,
        r"extract\(\) needs the text as a str, got NoneType",
        "",
    ),
    (
        lambda _t: quantities(A),
        InvalidText,
        r"quantities\(\) needs the text as a str, got NoneType",
        "",
    ),
    (
        lambda _t: Count.read(bad("5"), "exact"),
        InvalidType,
        r"'stated' must be an int or None, got str: '5'",
        "",
    ),
    (lambda _t: Count.read(5, "bogus"), UnknownQualifier, r"unknown qualifier 'bogus'; .*", ""),
    (lambda _t: Count.exact(-1), InvalidCount, r"'n' must be >= 0, got -1", ""),
    (lambda _t: Count.exact(MAX_COUNT + 1), InvalidCount, r"'n' must be at most .*19 digits", ""),
    (
        lambda _t: Count.exact(bad(value=True)),
        InvalidType,
        r"'n' must be an int, got bool: True",
        "",
    ),
    (lambda _t: Span(start=-1, end=2), InvalidSpan, r"'start' must be >= 0: -1", ""),
    (lambda _t: Period(), InvalidPeriod, r"a period needs a 'start' or an 'end', got neither", ""),
    (lambda _t: Source(outlet=bad(5)), InvalidFigure, r"'outlet' must be a str or None, got 5", ""),
    (lambda _t: Category.parse(bad(5)), UnknownCategory, r"unknown category 5; .*", ""),
    (lambda _t: Qualifier.parse(A), UnknownQualifier, r"unknown qualifier None; .*", ""),
    (lambda _t: Document(text=A), InvalidText, r"'text' must be a str, got NoneType", ""),
    (lambda _t: to_record(A), InvalidRecord, r"to_record\(\) takes a Figure, got NoneType .*", ""),
    (lambda _t: from_record(A), InvalidRecord, r"a record must be a mapping, got NoneType", ""),
    (
        lambda _t: BoundsPolicy(about_band=5),
        InvalidPolicy,
        r"'about_band' must be in \[0, 1\), got 5",
        "",
    ),
    (lambda _t: Ledger([A]), InvalidFigure, r"a ledger holds Figure objects, got NoneType", ""),
    (
        lambda _t: Ledger(policy=bad(5)),
        InvalidPolicy,
        r"'policy' must be an EstimatePolicy or a callable, got 5",
        "",
    ),
    (lambda _t: Ledger().merge(A), InvalidFigure, r"merge\(\) takes a Ledger, got NoneType", ""),
]


def _latin1_jsonl(folder: Path) -> Path:
    path = folder / "latin1.jsonl"
    line = to_record(FIG)
    path.write_bytes((json.dumps(line) + "\n").encode() + b'{"outlet": "caf\xe9"}\n')
    return path


def _ids(rows: list[Row]) -> list[str]:
    """Each row's number and error; its note says what the call did before."""
    return [f"{i}-{row[1].__name__}" for i, row in enumerate(rows)]


def _check(
    tmp_path: Path, call: Callable[[Path], object], error: type[Exception], message: str
) -> None:
    with pytest.raises(error) as info:
        call(tmp_path)
    text = str(info.value) if error is not KeyError else str(info.value.args[0])
    assert re.fullmatch(message, text, flags=re.DOTALL), text
    if error is not KeyError:
        assert isinstance(info.value, ConflictFiguresError)
    if isinstance(info.value, InvalidType):
        assert isinstance(info.value, TypeError)


@pytest.mark.parametrize(
    ("call", "error", "message"),
    [row[:3] for row in EXAMPLES_BUGS_CAUGHT],
    ids=_ids(EXAMPLES_BUGS_CAUGHT),
)
def test_bugs_caught(
    tmp_path: Path, call: Callable[[Path], object], error: type[Exception], message: str
) -> None:
    _check(tmp_path, call, error, message)


@pytest.mark.parametrize(
    ("call", "error", "message"),
    [row[:3] for row in EXAMPLES_ALREADY_TYPED],
    ids=_ids(EXAMPLES_ALREADY_TYPED),
)
def test_already_typed(
    tmp_path: Path, call: Callable[[Path], object], error: type[Exception], message: str
) -> None:
    _check(tmp_path, call, error, message)


# -- the checks themselves, for aggregate.py to call ---------------------------


def test_check_figures_and_iter_figures() -> None:
    assert check_figures(f for f in [FIG]) == [FIG]
    lazy = iter_figures([FIG, A])
    assert next(lazy) == FIG
    with pytest.raises(NotAFigure, match="got NoneType at position 1"):
        next(lazy)
    for bad in (None, "abc", b"abc", {"a": FIG}, 5):
        with pytest.raises(InvalidType, match="'figures' must be an iterable of Figure objects"):
            check_figures(bad)
    with pytest.raises(InvalidType, match="'records' must be an iterable of records, got int"):
        check_iterable(5, "records", of="records")


def test_check_callable() -> None:
    check_callable(None, "on_result")
    check_callable(print, "on_result")
    with pytest.raises(InvalidType, match="'on_result' must be callable or None, got int"):
        check_callable(5, "on_result")


@pytest.mark.parametrize(
    "result",
    [None, (1, 2), (2, 1, 3), (1, 2, 1), (-1, 0, 1), (1.5, 2, 3), (True, 2, 3), "123", [1, 2, 3]],
)
def test_check_rule_result_refuses_what_is_not_an_estimate(result: object) -> None:
    def shaky(_claim: object) -> object:
        return result

    with pytest.raises(
        InvalidPolicy, match=r"the estimate rule 'shaky' must return \(low, best, high\)"
    ):
        check_rule_result(result, shaky)


def test_check_rule_result_passes_estimates() -> None:
    assert check_rule_result((1, 2, None), print) == (1, 2, None)
    assert check_rule_result((0, 0, 0), print) == (0, 0, 0)


def test_placeholder_date_is_kept_by_the_api() -> None:
    """Document and Store take any datetime.date; only files and the CLI refuse placeholders."""
    doc = Document(text="x", source=Source(published=dt.date.max))
    assert doc.source.published == dt.date.max
