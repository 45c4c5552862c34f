"""The models reject impossible values with typed errors that say what and which value."""

from __future__ import annotations

import datetime as dt
import inspect

import attrs
import pytest

from conflictfigures import (
    Category,
    ConflictFiguresError,
    Count,
    Figure,
    InvalidCount,
    InvalidFigure,
    InvalidPeriod,
    InvalidSpan,
    Period,
    Qualifier,
    Source,
    Span,
    UnknownCategory,
    UnknownQualifier,
    extract,
)
from conflictfigures.models import trusted_figure, trusted_source, trusted_span

SENTENCE = "Turkey said two Turkish soldiers were killed."


def _figure(**overrides: object) -> Figure:
    fields: dict[str, object] = {
        "category": Category.KILLED,
        "count": Count.exact(2),
        "span": Span(start=12, end=44),
        "surface": "two Turkish soldiers were killed",
        "sentence": SENTENCE,
        "sentence_span": Span(start=0, end=len(SENTENCE)),
        "source": Source(outlet="Haaretz", published=dt.date(2020, 2, 27)),
    }
    fields.update(overrides)
    return Figure(**fields)  # type: ignore[arg-type]


def test_a_valid_figure_keeps_every_field() -> None:
    fig = _figure(subject="Turkish soldiers", side="Turkey", claimed_by="Turkey")
    assert SENTENCE[fig.span.start : fig.span.end] == fig.surface
    assert fig.as_of == dt.date(2020, 2, 27)
    assert fig.source.outlet == "Haaretz"


@pytest.mark.parametrize(
    ("kwargs", "error", "message"),
    [
        (
            {"stated": -3, "qualifier": "exact", "low": 0, "high": 0},
            InvalidCount,
            "'stated' must be >= 0: -3",
        ),
        (
            {"stated": 5, "qualifier": "exact", "low": 5, "high": 4},
            InvalidCount,
            "'high' must be >= 'low' (5), got 4",
        ),
        (
            {"stated": 5, "qualifier": "exact", "low": 6, "high": 9},
            InvalidCount,
            "a exact count's bounds must contain its stated number 5, got [6, 9]",
        ),
        (
            {"stated": None, "qualifier": "vague", "low": 1, "high": 9},
            InvalidCount,
            "a vague count needs its word in 'vague', got None",
        ),
        (
            {"stated": 3, "qualifier": "vague", "vague": "dozens", "low": 24, "high": 99},
            InvalidCount,
            "a vague count states no number, got stated=3",
        ),
        (
            {"stated": 10, "qualifier": "range", "stated_high": 5, "low": 5, "high": 10},
            InvalidCount,
            "'stated_high' must be >= 'stated' (10) for a range, got 5",
        ),
        (
            {"stated": 10, "qualifier": "exact", "stated_high": 15, "low": 10, "high": 10},
            InvalidCount,
            "'stated_high' is only for ranges, got 15",
        ),
        (
            {"stated": 50, "qualifier": "more_than", "low": 40, "high": 50},
            InvalidCount,
            "'more than 50' cannot have 'high' 50 <= 50",
        ),
        (
            {"stated": 2, "qualifier": "exact", "low": 2, "high": 2, "rounding": 0},
            InvalidCount,
            "'rounding' must be an int >= 1, got 0",
        ),
        (
            {"stated": 2, "qualifier": "likely", "low": 2, "high": 2},
            UnknownQualifier,
            (
                "unknown qualifier 'likely'; expected one of: exact, at_least, more_than, up_to, "
                "fewer_than, about, nearly, range, vague"
            ),
        ),
        (
            {"stated": True, "qualifier": "exact", "low": 1, "high": 1},
            InvalidCount,
            "'stated' must be an int, got True",
        ),
    ],
    ids=[
        "negative",
        "high-below-low",
        "exact-outside",
        "vague-no-word",
        "vague-with-number",
        "range-reversed",
        "stated-high-not-range",
        "more-than-capped",
        "rounding-zero",
        "unknown-qualifier",
        "bool-is-not-a-count",
    ],
)
def test_count_rejects_impossible_values(
    kwargs: dict[str, object], error: type[Exception], message: str
) -> None:
    with pytest.raises(error) as info:
        Count(**kwargs)  # type: ignore[arg-type]
    assert str(info.value) == message
    assert isinstance(info.value, ValueError)
    assert isinstance(info.value, ConflictFiguresError)


def test_unknown_category_names_the_choices() -> None:
    with pytest.raises(UnknownCategory) as info:
        Category.parse("maimed")
    assert str(info.value).startswith("unknown category 'maimed'; expected one of: killed, ")
    assert Category.parse(" KILLED ") is Category.KILLED
    assert Category.EQUIPMENT_DESTROYED.is_equipment
    assert not Category.WOUNDED.is_equipment


def test_unknown_category_in_a_figure_is_refused() -> None:
    with pytest.raises(UnknownCategory):
        _figure(category="maimed")


def test_period_that_ends_before_it_starts() -> None:
    with pytest.raises(InvalidPeriod) as info:
        Period(start=dt.date(2020, 2, 27), end=dt.date(2020, 2, 1))
    assert str(info.value) == "'end' must be on or after 'start' (2020-02-27), got 2020-02-01"


def test_period_needs_an_end() -> None:
    with pytest.raises(InvalidPeriod, match="needs a 'start' or an 'end'"):
        Period()


def test_period_refuses_datetimes() -> None:
    with pytest.raises(InvalidPeriod, match="'start' must be a datetime.date or None"):
        Period(start=dt.datetime(2020, 2, 1, tzinfo=dt.UTC))


def test_period_overlap() -> None:
    feb = Period(start=dt.date(2020, 2, 1), end=dt.date(2020, 2, 29))
    assert feb.overlaps(Period(start=dt.date(2020, 2, 27), end=None))
    assert not feb.overlaps(Period(start=None, end=dt.date(2020, 1, 31)))


def test_span_rejects_reversed_and_negative() -> None:
    with pytest.raises(InvalidSpan, match=r"'end' must be >= 'start' \(5\), got 4"):
        Span(start=5, end=4)
    with pytest.raises(InvalidSpan, match="'start' must be >= 0: -1"):
        Span(start=-1, end=4)


def test_surface_must_match_span_and_sentence() -> None:
    with pytest.raises(InvalidSpan, match="'surface' must be as long as 'span'"):
        _figure(surface="two Turkish soldiers")
    with pytest.raises(InvalidSpan, match="is not the sentence's text at its span"):
        _figure(surface="TWO Turkish soldiers were killed")
    with pytest.raises(InvalidSpan, match="must contain 'span'"):
        _figure(sentence_span=Span(start=20, end=20 + len(SENTENCE)))
    with pytest.raises(InvalidSpan, match="given together"):
        _figure(sentence=None)


def test_figure_field_types_are_checked() -> None:
    with pytest.raises(InvalidFigure, match="'date' must be a datetime.date or None"):
        _figure(date="2020-02-27")
    with pytest.raises(InvalidFigure, match="'subject' must be a str or None"):
        _figure(subject=3)


def test_source_refuses_datetime_publication() -> None:
    with pytest.raises(InvalidFigure, match="'published' must be a datetime.date"):
        Source(published=dt.datetime(2020, 2, 27, tzinfo=dt.UTC))


def test_count_str_reads_like_the_text() -> None:
    assert str(Count.read(50, "more_than")) == "more than 50"
    assert str(Count.read(None, "vague", vague="dozens")) == "dozens"
    assert str(Count.read(10, "range", stated_high=15)) == "10 to 15"
    assert str(Count.read(3_600_000, Qualifier.EXACT, rounding=100_000)) == "3,600,000"


@pytest.mark.parametrize(
    ("qualifier", "low", "message"),
    [
        ("more_than", 0, "'more than 2' cannot have 'low' 0 <= 2"),
        ("more_than", 2, "'more than 2' cannot have 'low' 2 <= 2"),
        ("at_least", 0, "'at least 2' cannot have 'low' 0 below 2"),
    ],
)
def test_bounds_that_ignore_the_qualifier_are_refused(
    qualifier: str, low: int, message: str
) -> None:
    with pytest.raises(InvalidCount) as info:
        Count(stated=2, qualifier=qualifier, low=low, high=None)
    assert str(info.value).startswith(message)


def test_bounds_a_policy_gives_are_accepted() -> None:
    assert Count.read(2, "more_than").low == 3
    assert Count.read(3_600_000, "at_least", rounding=100_000).low == 3_550_000
    count = Count(
        stated=3_600_000, qualifier="at_least", low=3_550_000, high=None, rounding=100_000
    )
    assert count.low == 3_550_000


def test_trusted_constructors_build_what_the_checked_ones_build() -> None:
    """The extractor's unchecked builders set every field, as the checked classes would."""
    names = [a.name for a in attrs.fields(Figure)]
    assert list(inspect.signature(trusted_figure).parameters) == names
    assert trusted_span(3, 7) == Span(start=3, end=7)
    source_names = [a.name for a in attrs.fields(Source)]
    assert list(inspect.signature(trusted_source).parameters) == source_names
    source = Source(outlet="Wire", url=None, published=dt.date(2020, 2, 28), doc_id="d")
    trusted = trusted_source(outlet="Wire", url=None, published=dt.date(2020, 2, 28), doc_id="d")
    assert trusted == source
    assert hash(trusted) == hash(source)
    assert repr(trusted) == repr(source)
    text = (
        "KABUL, Afghanistan (Feb. 27, 2020) - The ministry said two Turkish soldiers were "
        "killed and five wounded in Idlib on Thursday, bringing the toll to 33 since Monday."
    )
    figures = extract(text, published="2020-02-28", outlet="Wire", doc_id="d")
    assert len(figures) >= 3
    for figure in figures:
        values = {name: getattr(figure, name) for name in names}
        checked = Figure(**values)
        assert trusted_figure(**values) == checked == figure
        assert hash(figure) == hash(checked)
        assert repr(figure) == repr(checked)
