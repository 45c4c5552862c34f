"""Records: the JSON-ready shape, exact round trips, typed errors on bad records."""

from __future__ import annotations

import datetime as dt
import io
import json
from pathlib import Path

import pytest

from conflictfigures import (
    FIGURE_KEYS,
    Category,
    Count,
    Figure,
    InvalidRecord,
    Period,
    Source,
    Span,
    from_record,
    read_jsonl,
    to_record,
    write_jsonl,
)

SENTENCE = "Turkey, which already hosts 3.7 million Syrian refugees, has closed its border."


def _figure() -> Figure:
    start = SENTENCE.index("3.7")
    surface = "3.7 million Syrian refugees"
    return Figure(
        category=Category.REFUGEES,
        count=Count.read(3_700_000, "exact", rounding=100_000),
        subject="Syrian refugees",
        side="Syria",
        location="Turkey",
        period=Period(start=None, end=dt.date(2020, 2, 27)),
        cumulative=True,
        span=Span(start=100 + start, end=100 + start + len(surface)),
        surface=surface,
        sentence=SENTENCE,
        sentence_span=Span(start=100, end=100 + len(SENTENCE)),
        source=Source(
            outlet="The Moscow Times",
            url="https://example.org/a",
            published=dt.date(2020, 2, 27),
            doc_id="001",
        ),
    )


def test_record_has_the_scorer_keys_and_provenance() -> None:
    rec = to_record(_figure())
    assert list(rec) == list(FIGURE_KEYS)
    assert rec["category"] == "refugees"
    assert rec["stated"] == 3_700_000
    assert rec["qualifier"] == "exact"
    assert (rec["low"], rec["high"]) == (3_650_000, 3_749_999)
    assert rec["period"] == [None, "2020-02-27"]
    assert rec["outlet"] == "The Moscow Times"
    assert rec["published"] == "2020-02-27"
    assert rec["text"] == "3.7 million Syrian refugees"
    json.dumps(rec)  # JSON-ready


def test_round_trip_is_exact() -> None:
    fig = _figure()
    assert from_record(to_record(fig)) == fig
    assert from_record(json.loads(json.dumps(to_record(fig)))) == fig


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"category": "maimed"}, "unknown category 'maimed'"),
        ({"low": -1}, "'low' must be >= 0: -1"),
        ({"period": ["2020-02-27", "2020-02-01"]}, "'end' must be on or after 'start'"),
        ({"period": "2020-02"}, "a period must be a list of two items, got '2020-02'"),
        ({"stated": "3.7m"}, "expected a whole number, got '3.7m' @ $.stated"),
        ({"published": "27/02/2020"}, "expected an ISO date (YYYY-MM-DD), got '27/02/2020'"),
        ({"cumulative": "yes"}, "expected true or false, got 'yes' @ $.cumulative"),
        ({"colour": "red"}, "unknown keys ['colour'] in figure record"),
        ({"text": "3.7 million"}, "'surface' must be as long as 'span'"),
    ],
    ids=[
        "category",
        "negative",
        "period-order",
        "period-shape",
        "stated-type",
        "date-format",
        "bool-type",
        "extra-key",
        "span-text",
    ],
)
def test_bad_records_raise_typed_errors(change: dict[str, object], message: str) -> None:
    rec = {**to_record(_figure()), **change}
    with pytest.raises(InvalidRecord) as info:
        from_record(rec)
    assert message in str(info.value)
    assert isinstance(info.value, ValueError)


def test_missing_key_is_named() -> None:
    rec = to_record(_figure())
    del rec["span"]
    with pytest.raises(InvalidRecord, match="missing key 'span'"):
        from_record(rec)


def test_to_record_refuses_non_figures() -> None:
    with pytest.raises(InvalidRecord, match="to_record\\(\\) takes a Figure, got dict"):
        to_record({})  # type: ignore[arg-type]


def test_jsonl_round_trip(tmp_path: Path) -> None:
    figs = [_figure(), _figure()]
    path = tmp_path / "figures.jsonl"
    assert write_jsonl(figs, path) == 2
    assert list(read_jsonl(path)) == figs
    buf = io.StringIO()
    write_jsonl(figs, buf)
    buf.seek(0)
    assert list(read_jsonl(buf)) == figs


def test_jsonl_names_the_bad_line() -> None:
    good = json.dumps(to_record(_figure()))
    with pytest.raises(InvalidRecord, match="line 2: not JSON"):
        list(read_jsonl(io.StringIO(good + "\n{oops\n")))
