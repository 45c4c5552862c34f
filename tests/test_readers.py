"""read_articles: JSON Lines, CSV, Parquet, folders and saved web pages."""

from __future__ import annotations

import datetime as dt
import gzip
import json
from pathlib import Path

import pytest

from conflictfigures import (
    ConflictFiguresError,
    Document,
    DocumentError,
    InvalidArticle,
    InvalidType,
    Source,
    UnreadableDocument,
    read_articles,
)

BODY = "Two soldiers were killed in the clashes, officials said."


def _jsonl(path: Path, rows: list[object]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def _read(path: Path, **columns: str) -> tuple[list[Document], list[str]]:
    errors: list[DocumentError] = []
    docs = list(read_articles(path, errors=errors, **columns))
    return docs, [str(e) for e in errors]


# -- JSON Lines ------------------------------------------------------------------


def test_jsonl_columns_are_mapped_by_keyword(tmp_path: Path) -> None:
    export = _jsonl(
        tmp_path / "export.jsonl",
        [
            {
                "body": BODY,
                "site": "Haaretz",
                "link": "https://x.org/1",
                "date": "2020-02-27",
                "key": 17,
                "headline": "Clashes",
            },
            {"body": BODY + " Again.", "site": "Reuters", "date": "2020-02-28T23:10:00Z"},
            {"body": "no site", "site": None},
        ],
    )
    docs, errors = _read(
        export,
        text="body",
        outlet="site",
        url="link",
        published="date",
        doc_id="key",
        title="headline",
    )
    assert errors == []
    assert [d.source for d in docs] == [
        Source(
            outlet="Haaretz",
            url="https://x.org/1",
            published=dt.date(2020, 2, 27),
            doc_id="17",
        ),
        Source(outlet="Reuters", published=dt.date(2020, 2, 28), doc_id="export:2"),
        Source(doc_id="export:3"),
    ]
    assert docs[0].title == "Clashes"
    assert docs[0].text == BODY
    assert [f.surface for f in docs[0].figures()] == ["Two soldiers were killed"]


def test_jsonl_usual_column_names_need_no_keyword(tmp_path: Path) -> None:
    export = _jsonl(
        tmp_path / "a.ndjson",
        [{"text": BODY, "outlet": "AP", "published": "2021-01-02", "url": "u", "id": "a1"}],
    )
    [doc] = read_articles(export)
    assert doc.source == Source(outlet="AP", url="u", published=dt.date(2021, 1, 2), doc_id="a1")


def test_jsonl_bad_rows_are_named_and_the_others_read(tmp_path: Path) -> None:
    export = tmp_path / "export.jsonl"
    export.write_bytes(
        b"\xef\xbb\xbf"
        + json.dumps({"body": BODY}).encode()
        + b"\n"
        + b"{not json\n"
        + b"[1, 2]\n"
        + b"\n"
        + json.dumps({"body": 3}).encode()
        + b"\n"
        + json.dumps({"title": "no body"}).encode()
        + b"\n"
        + json.dumps({"body": "x", "date": "2019-02-29"}).encode()
        + b"\n"
        + b'{"body": "caf\xe9"}\n'
        + json.dumps({"body": "x", "date": "2020-01-01X10:00"}).encode()
        + b"\n"
        + json.dumps({"body": "x", "site": ["a"]}).encode()
        + b"\n"
        + json.dumps({"body": "last", "date": None, "site": ""}).encode()
        + b"\n"
    )
    docs, errors = _read(export, text="body", published="date", outlet="site")
    assert [d.text for d in docs] == [BODY, "last"]
    assert docs[1].source == Source(doc_id="export:11")
    assert errors == [
        f"{export} line 2: not JSON: Expecting property name enclosed in double quotes at column 2",
        f"{export} line 3: not a JSON object but list",
        f"{export} line 5: 'body' must be text, got int: 3",
        f"{export} line 6: no 'body'",
        f"{export} line 7: 'date': impossible date '2019-02-29' (day is out of range for month)",
        f"{export} line 8: not UTF-8: byte 0xe9 at offset 13",
        f"{export} line 9: 'date': not a date as YYYY-MM-DD: '2020-01-01X10:00'",
        f"{export} line 10: 'site' must be text, got list: ['a']",
    ]


def test_bad_rows_are_raised_together_after_the_good_documents(tmp_path: Path) -> None:
    export = _jsonl(tmp_path / "e.jsonl", [{"text": "a"}, {"text": None}, {"text": "b"}, 4])
    seen: list[str] = []
    with pytest.raises(ExceptionGroup) as info:
        seen.extend(d.text for d in read_articles(export))
    assert seen == ["a", "b"]
    assert str(info.value) == "2 articles could not be read (2 sub-exceptions)"
    assert [type(e) for e in info.value.exceptions] == [InvalidArticle, InvalidArticle]
    first = info.value.exceptions[0]
    assert isinstance(first, InvalidArticle)
    assert first.row == 2
    assert isinstance(first, ConflictFiguresError)
    assert isinstance(first, ValueError)


def test_gzip_jsonl_is_read_and_named_by_its_stem(tmp_path: Path) -> None:
    export = tmp_path / "news.jsonl.gz"
    with gzip.open(export, "wt", encoding="utf-8") as out:
        out.write(json.dumps({"text": BODY}) + "\n")
    [doc] = read_articles(export)
    assert doc.source.doc_id == "news:1"


def test_a_row_may_lack_a_named_column_but_not_every_row(tmp_path: Path) -> None:
    export = _jsonl(tmp_path / "e.jsonl", [{"text": "a", "d": "2020-01-01"}, {"text": "b"}])
    docs, errors = _read(export, published="d")
    assert [d.source.published for d in docs] == [dt.date(2020, 1, 1), None]
    assert errors == []
    docs, errors = _read(export, published="day", outlet="site")
    assert [d.text for d in docs] == ["a", "b"]
    assert errors == [f"{export}: no row has the columns 'day', 'site'"]


# -- CSV -------------------------------------------------------------------------


def test_csv_rows_with_quoted_newlines_and_long_text(tmp_path: Path) -> None:
    long_text = "word " * 40_000  # beyond the csv module's default field limit
    export = tmp_path / "export.csv"
    export.write_text(
        f'Body,Source,Date\n"{BODY}\nSecond paragraph.",Haaretz,2020-02-27\n{long_text},AP,\n',
        encoding="utf-8",
    )
    docs, errors = _read(export, text="Body", outlet="Source", published="Date")
    assert errors == []
    assert docs[0].text == BODY + "\nSecond paragraph."
    assert docs[0].source == Source(
        outlet="Haaretz", published=dt.date(2020, 2, 27), doc_id="export:1"
    )
    assert docs[1].text == long_text
    assert docs[1].source.published is None


def test_csv_bad_rows_are_named(tmp_path: Path) -> None:
    export = tmp_path / "export.csv"
    export.write_bytes(
        b"text,published\n"
        b"good,2020-01-01\n"
        b"too,many,fields\n"
        b"caf\xe9,2020-01-01\n"
        b"fine,01/02/2020\n"
        b",,\n"
        b"also good,\n"
    )
    docs, errors = _read(export)
    assert [d.text for d in docs] == ["good", "also good"]
    assert errors == [
        f"{export} row 2: has 3 fields, the header has 2",
        f"{export} row 3: 'text' is not UTF-8: byte 0xe9 at offset 3",
        f"{export} row 4: 'published': not a date as YYYY-MM-DD: '01/02/2020'",
    ]


def test_a_table_without_the_named_column_stops_before_any_row(tmp_path: Path) -> None:
    export = tmp_path / "export.csv"
    export.write_text("body,when\nx,2020-01-01\n", encoding="utf-8")
    docs, errors = _read(export, published="date")
    assert docs == []
    assert errors == [f"{export}: no columns 'date', 'text' (has 'body', 'when')"]


def test_tsv_is_read_with_tabs(tmp_path: Path) -> None:
    export = tmp_path / "export.tsv"
    export.write_text(f"text\toutlet\n{BODY}\tAP, Paris desk\n", encoding="utf-8")
    [doc] = read_articles(export)
    assert (doc.text, doc.source.outlet) == (BODY, "AP, Paris desk")


def test_a_json_document_is_refused_not_read_as_one_text(tmp_path: Path) -> None:
    export = tmp_path / "export.json"
    export.write_text(json.dumps([{"text": BODY}]), encoding="utf-8")
    docs, errors = _read(export)
    assert docs == []
    message = (
        "a JSON document is not a table of articles: write one object per line (JSON Lines, .jsonl)"
    )
    assert errors == [f"{export}: {message}"]


# -- Parquet ---------------------------------------------------------------------


def test_parquet_dates_timestamps_and_bad_rows(tmp_path: Path) -> None:
    pa = pytest.importorskip("pyarrow")
    pq = pytest.importorskip("pyarrow.parquet")
    export = tmp_path / "scrape.parquet"
    table = pa.table(
        {
            "content": [BODY, None, "second"],
            "day": [dt.date(2020, 2, 27), dt.date(2020, 2, 28), None],
            "seen": [
                dt.datetime(2020, 3, 1, 22, 5, tzinfo=dt.UTC),
                None,
                dt.datetime(2020, 3, 2, 1, 0, tzinfo=dt.UTC),
            ],
            "outlet": ["AP", "AP", None],
        }
    )
    pq.write_table(table, export, row_group_size=2)
    docs, errors = _read(export, text="content", published="day")
    assert [d.text for d in docs] == [BODY, "second"]
    assert docs[0].source == Source(outlet="AP", published=dt.date(2020, 2, 27), doc_id="scrape:1")
    assert errors == [f"{export} row 2: 'content' must be text, got NoneType: None"]
    docs, _errors = _read(export, text="content", published="seen")
    assert [d.source.published for d in docs] == [dt.date(2020, 3, 1), dt.date(2020, 3, 2)]


def test_a_file_that_is_not_parquet_is_one_error(tmp_path: Path) -> None:
    pytest.importorskip("pyarrow")
    export = tmp_path / "broken.parquet"
    export.write_text("not parquet", encoding="utf-8")
    docs, errors = _read(export)
    assert docs == []
    assert len(errors) == 1
    assert errors[0].startswith(f"{export}: not Parquet: ")


# -- folders and saved web pages ---------------------------------------------------

PAGE = """<!doctype html><html><head><title>Clashes near the border</title>
<meta property="og:url" content="https://example.org/clashes">
<meta property="og:site_name" content="Example News">
<meta name="date" content="2020-02-27"></head>
<body><nav>Home | World | Sport</nav>
<article><h1>Clashes near the border</h1>
<p>Two soldiers were killed on Tuesday in clashes near the border, officials said.</p>
<p>At least 12 civilians were wounded, according to the health ministry.</p></article>
<footer>Copyright Example News</footer></body></html>"""


def test_saved_pages_keep_their_main_text_and_metadata(tmp_path: Path) -> None:
    pytest.importorskip("trafilatura")
    (tmp_path / "clashes.html").write_text(PAGE, encoding="utf-8")
    (tmp_path / "note.txt").write_text(BODY, encoding="utf-8")
    (tmp_path / "empty.htm").write_text("<html><body></body></html>", encoding="utf-8")
    docs, errors = _read(tmp_path)
    assert errors == [f"{tmp_path / 'empty.htm'}: no article text found in the page"]
    page, note = docs
    assert page.title == "Clashes near the border"
    assert page.source == Source(
        outlet="Example News",
        url="https://example.org/clashes",
        published=dt.date(2020, 2, 27),
        doc_id="clashes",
    )
    assert "Home | World" not in page.text
    assert "Copyright" not in page.text
    figures = page.figures()
    assert [f.surface for f in figures] == [
        "Two soldiers were killed",
        "At least 12 civilians were wounded",
    ]
    for fig in figures:
        assert page.text[fig.span.start : fig.span.end] == fig.surface
    assert note.text == BODY


def test_manifest_provenance_overrides_the_pages_own(tmp_path: Path) -> None:
    pytest.importorskip("trafilatura")
    (tmp_path / "clashes.html").write_text(PAGE, encoding="utf-8")
    (tmp_path / "manifest.csv").write_text(
        "file,outlet,published,url\nclashes.html,Haaretz,,\n", encoding="utf-8"
    )
    [doc] = read_articles(tmp_path)
    assert doc.source.outlet == "Haaretz"
    assert doc.source.published == dt.date(2020, 2, 27)


def test_column_names_do_not_apply_to_a_folder(tmp_path: Path) -> None:
    with pytest.raises(InvalidArticle, match="is not a table"):
        read_articles(tmp_path, text="body")


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"text": 3}, "'text' must be a str or None, got int: 3"),
        ({"published": ""}, "'published' must name a column, got an empty str"),
        ({"errors": ()}, "'errors' must be a list or None, got tuple"),
    ],
)
def test_wrong_argument_types_are_refused_at_once(
    tmp_path: Path, kwargs: dict[str, object], message: str
) -> None:
    with pytest.raises(InvalidType) as info:
        read_articles(tmp_path / "x.jsonl", **kwargs)  # type: ignore[arg-type]
    assert str(info.value) == message


def test_a_missing_table_is_one_unreadable_document(tmp_path: Path) -> None:
    docs, errors = _read(tmp_path / "gone.jsonl")
    assert docs == []
    assert errors == [f"{tmp_path / 'gone.jsonl'}: no such file"]
    with pytest.raises(ExceptionGroup) as info:
        list(read_articles(tmp_path / "gone.csv"))
    assert isinstance(info.value.exceptions[0], UnreadableDocument)
