"""Unit-bearing quantities are kept as their own kind, never as casualty figures."""

from __future__ import annotations

import pytest

from conflictfigures import InvalidText, Quantity, extract, quantities

TEXT = (
    "In recent weeks, government troops have captured more than 1,500 square kilometres "
    "of rebel territory. The war has cost $2 billion. Please support us from just $2."
)


def test_areas_and_money_are_quantities() -> None:
    found = quantities(TEXT)
    assert [(q.value, q.unit, q.entity) for q in found] == [
        (1500.0, "square kilometre", "area"),
        (2_000_000_000.0, "dollar", "currency"),
        (2.0, "dollar", "currency"),
    ]
    for q in found:
        assert isinstance(q, Quantity)
        assert TEXT[q.span.start : q.span.end] == q.surface


def test_quantities_are_never_figures() -> None:
    assert extract(TEXT) == []


def test_text_without_units_has_no_quantities() -> None:
    assert quantities("Two soldiers were killed in one day.") == []


def test_non_text_is_refused() -> None:
    with pytest.raises(InvalidText, match="quantities\\(\\) needs the text as a str, got bytes"):
        quantities(b"1,500 km")  # type: ignore[arg-type]
