"""Exports: CSV, HXL-tagged CSV and the typed DataFrame, one row per figure with provenance."""

from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path

import pytest
from hypothesis import given, settings, strategies as st

from conflictfigures import (
    CSV_COLUMNS,
    FIGURE_KEYS,
    HXL_COLUMNS,
    Category,
    Count,
    Figure,
    Period,
    Source,
    Span,
    strategies as cfst,
    to_dataframe,
    write_csv,
    write_hxl,
)

SENTENCE = "Turkey said more than 50 Syrian forces had been killed."
SOURCE = Source(
    outlet="Haaretz",
    url="https://example.org/a",
    published=dt.date(2020, 2, 27),
    doc_id="000",
)


def _killed() -> Figure:
    start = SENTENCE.index("more")
    surface = "more than 50 Syrian forces"
    return Figure(
        category=Category.KILLED,
        count=Count.read(50, "more_than"),
        subject="Syrian forces",
        side="Syria",
        location="Idlib",
        date=dt.date(2020, 2, 27),
        claimed_by="Turkey",
        span=Span(start=start, end=start + len(surface)),
        surface=surface,
        sentence=SENTENCE,
        sentence_span=Span(start=0, end=len(SENTENCE)),
        source=SOURCE,
    )


def _refugees() -> Figure:
    return Figure(
        category=Category.REFUGEES,
        count=Count.read(3_700_000, "exact", rounding=100_000),
        subject="Syrian refugees",
        period=Period(end=dt.date(2020, 2, 27)),
        cumulative=True,
        span=Span(start=0, end=11),
        surface="3.7 million",
    )


def _wounded() -> Figure:
    return Figure(
        category=Category.WOUNDED,
        count=Count.read(None, "vague", vague="dozens"),
        span=Span(start=0, end=6),
        surface="dozens",
        source=SOURCE,
    )


def _read(text: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(text, newline="")))


def test_csv_columns_are_the_record_keys_with_pairs_split() -> None:
    expected = (
        *FIGURE_KEYS[: FIGURE_KEYS.index("period")],
        "period_start",
        "period_end",
        "cumulative",
        "claimed_by",
        "outlet",
        "url",
        "published",
        "doc_id",
        "span_start",
        "span_end",
        "text",
        "sentence",
        "sentence_start",
        "sentence_end",
        "part_of_start",
        "part_of_end",
    )
    assert expected == CSV_COLUMNS


def test_csv_rows_hold_the_record_values() -> None:
    out = io.StringIO(newline="")
    assert write_csv([_killed(), _refugees()], out) == 2
    header, killed, refugees = _read(out.getvalue())
    assert header == list(CSV_COLUMNS)
    assert dict(zip(header, killed, strict=True)) == {
        "category": "killed",
        "stated": "50",
        "stated_high": "",
        "qualifier": "more_than",
        "vague": "",
        "low": "51",
        "high": "",
        "rounding": "1",
        "subject": "Syrian forces",
        "side": "Syria",
        "location": "Idlib",
        "date": "2020-02-27",
        "period_start": "",
        "period_end": "",
        "cumulative": "false",
        "claimed_by": "Turkey",
        "outlet": "Haaretz",
        "url": "https://example.org/a",
        "published": "2020-02-27",
        "doc_id": "000",
        "span_start": "12",
        "span_end": "38",
        "text": "more than 50 Syrian forces",
        "sentence": SENTENCE,
        "sentence_start": "0",
        "sentence_end": str(len(SENTENCE)),
        "part_of_start": "",
        "part_of_end": "",
    }
    row = dict(zip(header, refugees, strict=True))
    assert (row["period_start"], row["period_end"], row["cumulative"]) == (
        "",
        "2020-02-27",
        "true",
    )


def test_csv_to_a_path_is_written_whole(tmp_path: Path) -> None:
    path = tmp_path / "figures.csv"
    path.write_text("old", encoding="utf-8")
    assert write_csv([_killed()], path) == 1
    assert len(_read(path.read_text(encoding="utf-8"))) == 2
    assert sorted(p.name for p in tmp_path.iterdir()) == ["figures.csv"]


def test_csv_to_a_path_keeps_the_old_file_when_a_figure_fails(tmp_path: Path) -> None:
    path = tmp_path / "figures.csv"
    path.write_text("old", encoding="utf-8")

    def figures() -> object:
        yield _killed()
        raise RuntimeError("extraction died")

    with pytest.raises(RuntimeError, match="extraction died"):
        write_csv(figures(), path)  # type: ignore[arg-type]
    assert path.read_text(encoding="utf-8") == "old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["figures.csv"]


def test_hxl_has_a_header_row_and_a_hashtag_row() -> None:
    out = io.StringIO(newline="")
    assert write_hxl([], out) == 0
    header, tags = _read(out.getvalue())
    assert header == [name for name, _tag, _get in HXL_COLUMNS]
    assert tags == [
        "#meta+category",
        "#affected+killed",
        "#affected+injured",
        "#affected+missing",
        "#affected+detained",
        "#affected+displaced",
        "#affected+refugees",
        "#affected+casualties",
        "#indicator+equipment+destroyed+num",
        "#indicator+equipment+captured+num",
        "#indicator+equipment+damaged+num",
        "#indicator+equipment+abandoned+num",
        "#meta+stated",
        "#meta+qualifier",
        "#indicator+min",
        "#indicator+max",
        "#meta+subject",
        "#meta+side",
        "#loc+name",
        "#date+occurred",
        "#date+start",
        "#date+end",
        "#meta+cumulative",
        "#meta+claimant",
        "#meta+source",
        "#meta+url",
        "#date+reported",
        "#meta+id",
        "#meta+text",
        "#description+sentence",
    ]


def test_hxl_puts_the_best_reading_in_the_categorys_column() -> None:
    out = io.StringIO(newline="")
    assert write_hxl([_killed(), _wounded(), _refugees()], out) == 3
    _header, tags, killed, wounded, refugees = _read(out.getvalue())
    killed_row = dict(zip(tags, killed, strict=True))
    assert {k: v for k, v in killed_row.items() if v} == {
        "#meta+category": "killed",
        "#affected+killed": "50",
        "#meta+stated": "more than 50",
        "#meta+qualifier": "more_than",
        "#indicator+min": "51",
        "#meta+subject": "Syrian forces",
        "#meta+side": "Syria",
        "#loc+name": "Idlib",
        "#date+occurred": "2020-02-27",
        "#meta+cumulative": "false",
        "#meta+claimant": "Turkey",
        "#meta+source": "Haaretz",
        "#meta+url": "https://example.org/a",
        "#date+reported": "2020-02-27",
        "#meta+id": "000",
        "#meta+text": "more than 50 Syrian forces",
        "#description+sentence": SENTENCE,
    }
    wounded_row = dict(zip(tags, wounded, strict=True))
    assert wounded_row["#affected+injured"] == "36"
    assert wounded_row["#affected+killed"] == ""
    assert (wounded_row["#indicator+min"], wounded_row["#indicator+max"]) == ("24", "99")
    refugees_row = dict(zip(tags, refugees, strict=True))
    assert refugees_row["#affected+refugees"] == "3700000"
    assert (refugees_row["#date+start"], refugees_row["#date+end"]) == ("", "2020-02-27")


@settings(max_examples=30, deadline=None)
@given(st.lists(cfst.figures(), max_size=4))
def test_every_figure_is_one_full_row(figures: list[Figure]) -> None:
    """Contract: each export writes exactly one row per figure, every row full width."""
    for write, width, headers in (
        (write_csv, len(CSV_COLUMNS), 1),
        (write_hxl, len(HXL_COLUMNS), 2),
    ):
        out = io.StringIO(newline="")
        assert write(figures, out) == len(figures)
        rows = _read(out.getvalue())
        assert len(rows) == len(figures) + headers
        assert all(len(row) == width for row in rows)


def test_dataframe_has_typed_columns() -> None:
    pd = pytest.importorskip("pandas")
    frame = to_dataframe([_killed(), _wounded(), _refugees()])
    assert list(frame.columns) == list(CSV_COLUMNS)
    assert len(frame) == 3
    assert list(frame["category"].cat.categories) == [c.value for c in Category]
    assert frame["qualifier"].dtype.name == "category"
    assert str(frame["low"].dtype) == "Int64"
    assert frame["low"].tolist() == [51, 24, 3_650_000]
    assert frame["high"].isna().tolist() == [True, False, False]
    assert str(frame["published"].dtype) == "datetime64[ns]"
    assert frame["published"][0] == pd.Timestamp("2020-02-27")
    assert frame["published"].isna().tolist() == [False, False, True]
    assert frame["cumulative"].dtype == bool
    assert frame["cumulative"].tolist() == [False, False, True]
    assert isinstance(frame["outlet"].dtype, pd.StringDtype)
    assert frame["outlet"].isna().tolist() == [False, False, True]


def test_dataframe_of_no_figures_keeps_the_columns_and_types() -> None:
    pytest.importorskip("pandas")
    frame = to_dataframe([])
    assert list(frame.columns) == list(CSV_COLUMNS)
    assert len(frame) == 0
    assert str(frame["stated"].dtype) == "Int64"
    assert str(frame["date"].dtype) == "datetime64[ns]"


def _formula_figure() -> Figure:
    return Figure(
        category=Category.KILLED,
        count=Count.exact(2),
        subject='=HYPERLINK("http://x")',
        side="+cmd",
        location="-1+2",
        claimed_by="@SUM(A1)",
        span=Span(start=0, end=4),
        surface="\tTwo",
        source=Source(outlet="\r=1", doc_id="=2", url="https://example.org/=3"),
    )


@pytest.mark.parametrize("writer", [write_csv, write_hxl], ids=["csv", "hxl"])
def test_cells_that_a_spreadsheet_would_run_start_with_a_quote(writer: object) -> None:
    out = io.StringIO(newline="")
    writer([_formula_figure()], out)  # type: ignore[operator]
    cells = [cell for row in _read(out.getvalue())[1:] for cell in row]
    assert not [c for c in cells if c[:1] in {"=", "+", "-", "@", "\t", "\r"}]
    for text in ('=HYPERLINK("http://x")', "+cmd", "-1+2", "@SUM(A1)", "\tTwo", "\r=1", "=2"):
        assert "'" + text in cells
    assert "https://example.org/=3" in cells
    assert "2" in cells


def test_dataframes_keep_the_text_as_it_is() -> None:
    frame = to_dataframe([_formula_figure()])
    assert frame["subject"][0] == '=HYPERLINK("http://x")'
