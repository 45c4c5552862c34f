"""Round trips hold for every valid figure."""

from __future__ import annotations

import json

import attrs
from hypothesis import given

from conflictfigures import (
    FIGURE_KEYS,
    Count,
    Figure,
    Source,
    from_record,
    strategies as cfst,
    to_record,
)
from conflictfigures.serialize import converter


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


def _field_by_field(figure: Figure) -> dict[str, object]:
    """
    The record as cattrs makes it field by field with the converter's hooks
    (the figure's, the count's and the source's fields, flattened), which
    the written-out figure record must equal.
    """
    conv = converter()
    nested = {
        a.name: conv.unstructure(getattr(figure, a.name))
        for a in attrs.fields(Figure)
        if a.name not in ("count", "source")
    }
    flat = {
        **conv.unstructure_attrs_asdict(figure.count),
        **conv.unstructure_attrs_asdict(figure.source),
        "text": nested.pop("surface"),
        **nested,
    }
    return {key: flat[key] for key in FIGURE_KEYS}


@given(cfst.figures())
def test_record_is_the_field_by_field_record(figure: Figure) -> None:
    """
    The figure record, written out for speed, is the record of every field
    through the converter's hooks, key for key and in order; no field of a
    figure, its count or its source is left out.
    """
    names = {a.name for cls in (Figure, Count, Source) for a in attrs.fields(cls)}
    assert names - {"count", "source", "surface"} | {"text"} == set(FIGURE_KEYS)
    record = to_record(figure)
    assert list(record.items()) == list(_field_by_field(figure).items())
