"""Round trips hold for every valid figure."""

from __future__ import annotations

import json

import attrs
from hypothesis import given

from conflictfigures import Figure, from_record, strategies as cfst, to_record


@given(cfst.figures())
def test_record_round_trip(figure: Figure) -> None:
    """from_record(to_record(f)) == f, also through JSON text."""
    assert from_record(to_record(figure)) == figure
    assert from_record(json.loads(json.dumps(to_record(figure)))) == figure


@given(cfst.figures())
def test_drawn_figures_are_valid(figure: Figure) -> None:
    """Strategies draw only valid figures: rebuilding them re-runs every validator."""
    rebuilt = Figure(**attrs.asdict(figure, recurse=False))
    assert rebuilt == figure
    assert figure.count.high is None or figure.count.low <= figure.count.high
