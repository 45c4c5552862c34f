"""strategies.reports(): valid figures, controlled agreement and conflict, argument checks."""

from __future__ import annotations

from typing import Any

import attrs
import pytest
from hypothesis import given, settings, strategies as st
from hypothesis.errors import InvalidArgument

from conflictfigures import Category, Figure, Ledger, strategies as cfst


@settings(max_examples=50)
@given(cfst.reports(max_agreeing=5, max_conflicting=3))
def test_reports_are_valid_figures(figures: list[Figure]) -> None:
    """Drawn reports pass every validator: rebuilding them re-runs each one."""
    for f in figures:
        assert Figure(**attrs.asdict(f, recurse=False)) == f
        assert f.sentence is not None
        assert f.sentence_span is not None
        offset = f.span.start - f.sentence_span.start
        assert f.sentence[offset : offset + len(f.surface)] == f.surface


@settings(max_examples=50)
@given(cfst.reports(min_agreeing=1, max_agreeing=5, min_conflicting=0, max_conflicting=3))
def test_reports_form_one_claim_and_conflict_as_asked(figures: list[Figure]) -> None:
    """All reports land in one claim; it contradicts exactly when a conflicting report was drawn."""
    ledger = Ledger(figures)
    [claim] = ledger.claims()
    assert len(claim.outlets) == len(figures)
    first = figures[0].count.low
    has_conflict = any(f.count.low > first for f in figures if f.count.high == f.count.low)
    assert bool(ledger.contradictions()) is has_conflict


@given(cfst.reports(categories=st.just(Category.DETAINED), min_value=5, max_value=5))
def test_reports_respect_their_arguments(figures: list[Figure]) -> None:
    assert {f.category for f in figures} == {Category.DETAINED}
    assert figures[0].count.low == figures[0].count.high == 5


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"min_agreeing": 3, "max_agreeing": 2}, "min_agreeing=3 is above max_agreeing=2"),
        ({"min_conflicting": -1}, "min_conflicting must be >= 0, got -1"),
        ({"min_value": 9, "max_value": 1}, "min_value=9 is above max_value=1"),
        (
            {"min_agreeing": 0, "max_conflicting": 1},
            "conflicting reports need min_agreeing >= 1 to conflict with",
        ),
    ],
)
def test_bad_arguments_raise_invalid_argument(kwargs: dict[str, Any], message: str) -> None:
    with pytest.raises(InvalidArgument, match=message):
        cfst.reports(**kwargs)


@settings(max_examples=50)
@given(cfst.corpora(max_size=8))
def test_corpora_are_valid_figures(figures: list[Figure]) -> None:
    """Drawn corpora pass every validator: rebuilding each figure re-runs them."""
    for f in figures:
        assert Figure(**attrs.asdict(f, recurse=False)) == f


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [({"min_size": -1}, "min_size must be >= 0"), ({"min_size": 3, "max_size": 2}, "above")],
)
def test_corpora_refuse_bad_sizes(kwargs: dict[str, Any], message: str) -> None:
    """Bad sizes raise InvalidArgument when the strategy is built."""
    with pytest.raises(InvalidArgument, match=message):
        cfst.corpora(**kwargs)
