"""
Misuse of the extraction API gets typed errors with whole, clear messages.

Text that is not a ``str`` raises :class:`InvalidText` (a ``TypeError`` and a
``ValueError``); a publication date that is not a date raises
:class:`InvalidDate`.
A publication date in the future is accepted without a warning (decision
recorded in docs/reliability.md): extraction never reads the clock.
"""

from __future__ import annotations

import datetime as dt

import pytest

from conflictfigures import (
    ConflictFiguresError,
    InvalidDate,
    InvalidText,
    extract,
    parse_figure,
)

SENTENCE = "Two soldiers were killed yesterday."


# ---------------------------------------------------------------------------
# Text
# ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "type_name"),
    [
        (b"Two soldiers were killed.", "bytes"),
        (bytearray(b"Two soldiers were killed."), "bytearray"),
        (None, "NoneType"),
        (42, "int"),
        (["Two soldiers were killed."], "list"),
    ],
    ids=["bytes", "bytearray", "None", "int", "list"],
)
def test_text_that_is_not_str(value: object, type_name: str) -> None:
    """Bytes, None and other non-str text raise InvalidText, naming the type."""
    with pytest.raises(InvalidText) as info:
        extract(value)  # type: ignore[arg-type]
    assert str(info.value) == f"extract() needs the text as a str, got {type_name}"
    assert isinstance(info.value, TypeError)
    assert isinstance(info.value, ValueError)
    assert isinstance(info.value, ConflictFiguresError)


def test_parse_figure_text_that_is_not_str() -> None:
    """The strict parser raises the same InvalidText for bytes."""
    with pytest.raises(InvalidText, match=r"^extract\(\) needs the text as a str, got bytes$"):
        parse_figure(b"two soldiers were killed")  # type: ignore[arg-type]


def test_invalid_text_is_caught_as_type_error_or_value_error() -> None:
    """Code that already catches TypeError or ValueError keeps working."""
    with pytest.raises(TypeError):
        extract(None)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="got NoneType"):
        extract(None)  # type: ignore[arg-type]


def test_empty_and_blank_text() -> None:
    """Empty or blank text is a str: no figures, no error."""
    assert extract("") == []
    assert extract(" \n\t\u00a0\u2028") == []


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("outlet", "'outlet' must be a str or None, got int"),
        ("url", "'url' must be a str or None, got int"),
        ("doc_id", "'doc_id' must be a str or None, got int"),
    ],
)
def test_provenance_that_is_not_str(name: str, message: str) -> None:
    """Outlet, URL and document id must be str or None."""
    with pytest.raises(InvalidText) as info:
        extract(SENTENCE, **{name: 7})  # type: ignore[arg-type]
    assert str(info.value) == message


def test_policy_of_the_wrong_type() -> None:
    """A policy that is not a BoundsPolicy is refused by name."""
    with pytest.raises(InvalidText) as info:
        extract(SENTENCE, policy="acled")  # type: ignore[arg-type]
    assert str(info.value) == "'policy' must be a BoundsPolicy, got str"


# ---------------------------------------------------------------------------
# Publication date
# ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "published",
    ["27/02/2020", "Feb 27, 2020", "yesterday", "", "2020-02-30", "2020-13-01"],
)
def test_published_string_that_is_not_an_iso_date(published: str) -> None:
    """A string that is not an ISO date (or not a real day) raises InvalidDate."""
    with pytest.raises(InvalidDate) as info:
        extract(SENTENCE, published=published)
    assert str(info.value) == (f"'published' must be an ISO date (YYYY-MM-DD), got {published!r}")
    assert isinstance(info.value, ValueError)
    assert isinstance(info.value, ConflictFiguresError)


@pytest.mark.parametrize(
    "published",
    [20200227, 2020.5, b"2020-02-27", ["2020-02-27"]],
    ids=["int", "float", "bytes", "list"],
)
def test_published_of_the_wrong_type(published: object) -> None:
    """An int, float, bytes or list where a date is expected raises InvalidDate."""
    with pytest.raises(InvalidDate) as info:
        extract(SENTENCE, published=published)  # type: ignore[arg-type]
    assert str(info.value) == (
        f"'published' must be a datetime.date, an ISO date string or None, got {published!r}"
    )


@pytest.mark.parametrize(
    "published",
    [
        dt.date(2020, 2, 27),
        "2020-02-27",
        " 2020-02-27\n",
        "2020-02-27T23:30:00+14:00",
        dt.datetime(2020, 2, 27, 23, 30),  # noqa: DTZ001 - naive on purpose
        dt.datetime(2020, 2, 27, 23, 30, tzinfo=dt.UTC),
        dt.datetime(2020, 2, 27, 0, 5, tzinfo=dt.timezone(dt.timedelta(hours=14))),
        dt.datetime(2020, 2, 27, 23, 55, tzinfo=dt.timezone(dt.timedelta(hours=-12))),
    ],
    ids=[
        "date",
        "iso",
        "iso-padded",
        "iso-datetime",
        "naive",
        "utc",
        "utc+14",
        "utc-12",
    ],
)
def test_published_forms_that_name_the_same_day(published: object) -> None:
    """
    Every accepted form means the day as written: a datetime, naive or aware,
    gives its own calendar date, never converted to UTC or local time, so
    "yesterday" is the day before the publisher's date.
    """
    figures = extract(SENTENCE, published=published)  # type: ignore[arg-type]
    assert [(f.source.published, f.date) for f in figures] == [
        (dt.date(2020, 2, 27), dt.date(2020, 2, 26))
    ]


def test_naive_and_aware_datetimes_mix_without_error() -> None:
    """
    Figures extracted with a naive and with an aware publication datetime
    carry plain dates, so they compare, sort and aggregate together.
    """
    naive = extract(SENTENCE, published=dt.datetime(2020, 2, 27, 9, 0))  # noqa: DTZ001
    aware = extract(
        SENTENCE,
        published=dt.datetime(2020, 2, 27, 9, 0, tzinfo=dt.timezone(dt.timedelta(hours=3))),
    )
    assert naive == aware
    dates = [f.source.published for f in naive + aware]
    assert all(type(d) is dt.date for d in dates)
    assert sorted(f.as_of for f in naive + aware if f.as_of is not None) == [
        dt.date(2020, 2, 26),
        dt.date(2020, 2, 26),
    ]


def test_publication_date_in_the_future_is_accepted_without_warning() -> None:
    """
    Decision: a future publication date is accepted silently (pytest turns any
    warning into an error here); archives and fixtures use them, and
    extraction never reads the clock to know what "future" is.
    """
    figures = extract(SENTENCE, published="2999-01-01")
    assert [(f.source.published, f.date) for f in figures] == [
        (dt.date(2999, 1, 1), dt.date(2998, 12, 31))
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Two soldiers were killed yesterday.",
        "Two soldiers were killed on Thursday.",
        "Two soldiers were killed last night.",
        "Two soldiers have been killed last month.",
        "Two soldiers have been killed since December.",
        "Two soldiers have been killed in the past 200 years.",
        # (a month range of last year, found by a fuzzer)
        "Two soldiers were killed between October and November.",
    ],
)
def test_publication_date_at_the_edge_of_the_calendar(text: str) -> None:
    """
    "0001-01-01" is a common placeholder for a missing date in scraped
    metadata: a relative date that would fall before the calendar stays
    unresolved instead of overflowing, and the figure is kept.
    """
    figures = extract(text, published="0001-01-01")
    assert [(f.count.stated, f.date, f.period) for f in figures] == [(2, None, None)]


def test_publication_date_at_the_end_of_the_calendar() -> None:
    """The last representable day resolves "yesterday" and "this month" normally."""
    figures = extract(
        "Two soldiers were killed yesterday. Five have been killed this month.",
        published=dt.date.max,
    )
    assert [(f.count.stated, f.date, f.cumulative) for f in figures] == [
        (2, dt.date(9999, 12, 30), False),
        (5, None, True),
    ]


@pytest.mark.parametrize("junk", ["2020-02-27junk", "2020-02-27 on Thursday", "27/02/2020"])
def test_a_date_string_with_anything_after_it_is_refused(junk: str) -> None:
    """Only a whole ISO date or datetime is read; a date with junk after it is not cut short."""
    with pytest.raises(InvalidDate) as info:
        extract("Two soldiers were killed.", published=junk)
    assert str(info.value) == f"'published' must be an ISO date (YYYY-MM-DD), got {junk!r}"


@pytest.mark.parametrize(
    ("text", "published"),
    [
        # (found by a fuzzer in session 42)
        ("On Monday last week, 5 civilians died.", "0001-01-01"),
        ("5 civilians died on Tuesday of last week.", "0001-01-03"),
        ("Today 77 died. A day earlier, 14 tanks were destroyed.", "0001-01-01"),
        ("The attack on Monday killed 5. A day earlier, 3 died.", "0001-01-07"),
        ("5 people were killed since the war began on Jan. 5.", "0001-01-01"),
    ],
)
def test_days_counted_back_past_the_calendars_first_day(text: str, published: str) -> None:
    """A day counted back from the story's past the calendar's start stays unresolved, no crash."""
    figures = extract(text, published=published)
    assert figures
    bounds = [(f.period.start, f.period.end) for f in figures if f.period is not None]
    assert all(a is None or b is None or a <= b for a, b in bounds)


def test_a_part_of_a_dropped_vague_count_goes_to_the_count_it_told_again() -> None:
    """
    "dozens died" after "Five killed" tells the five again and is no figure;
    its parts are the five's (they pointed at a figure not in the output).
    """
    figures = extract(
        "Five killed, dozens died. Of the dead, 12 were women.", published="2024-03-14"
    )
    spans = {f.span for f in figures}
    assert [f.count.stated for f in figures] == [5, 12]
    assert all(f.part_of is None or f.part_of in spans for f in figures)


def test_a_range_of_days_in_digits_runs_forward() -> None:
    """Each end of "from 24.02 to 29.03" read alone put its end a year before its start."""
    figures = extract("From 24.02 to 29.03, 12 people were killed.", published="2024-03-14")
    assert [(f.count.stated, f.period and (f.period.start, f.period.end)) for f in figures] == [
        (12, (dt.date(2023, 2, 24), dt.date(2023, 3, 29)))
    ]


def test_a_change_since_the_last_report_on_the_calendars_first_day() -> None:
    """The day before the first day of the calendar is none: the change keeps no period."""
    figures = extract("Russia had lost 15 tanks (+9).", published="0001-01-01")
    assert [(f.count.stated, f.period) for f in figures] == [(15, None), (9, None)]
