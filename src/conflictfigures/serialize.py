"""
JSON-ready records for figures, and JSON Lines helpers.

A record is a flat ``dict`` of JSON types (the shape the evaluation scorer and
the exports read): the count's fields and the source's fields sit beside the
figure's own, dates are ISO strings, spans and periods are two-item lists.
:func:`from_record` reads a record back into the identical :class:`Figure`.

One private :class:`cattrs.Converter` does the typed work (dates, enums,
spans, periods, validation errors with their path); this module only flattens
and unflattens.

>>> from conflictfigures import Category, Count, Figure, Span
>>> fig = Figure(category=Category.KILLED, count=Count.exact(2),
...              span=Span(start=0, end=3), surface="two")
>>> rec = to_record(fig)
>>> rec["category"], rec["stated"], rec["span"]
('killed', 2, [0, 3])
>>> from_record(rec) == fig
True
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

import cattrs
from cattrs.errors import ClassValidationError, ForbiddenExtraKeysError

from conflictfigures._aggregation.results import (
    Claim,
    ClaimKey,
    ClaimKind,
    Contradiction,
    Estimate,
    RunningTotal,
    TotalPoint,
    iso,
    place_label,
)
from conflictfigures._checks import iter_figures
from conflictfigures._output import check_stream, replace_file
from conflictfigures.errors import ConflictFiguresError, InvalidRecord, InvalidType
from conflictfigures.models import (
    Category,
    Count,
    Figure,
    Period,
    Qualifier,
    Source,
    Span,
    iso_date,
)

if TYPE_CHECKING:
    from collections.abc import Callable

__all__ = [
    "FIGURE_KEYS",
    "from_record",
    "read_jsonl",
    "to_record",
    "write_jsonl",
]

#: Every key of a figure record, in the order :func:`to_record` writes them.
FIGURE_KEYS: tuple[str, ...] = (
    "category",
    "stated",
    "stated_high",
    "qualifier",
    "vague",
    "low",
    "high",
    "rounding",
    "subject",
    "side",
    "location",
    "date",
    "period",
    "cumulative",
    "claimed_by",
    "outlet",
    "url",
    "published",
    "doc_id",
    "span",
    "text",
    "sentence",
    "sentence_span",
    "part_of",
)

_COUNT_KEYS = ("stated", "stated_high", "qualifier", "vague", "low", "high", "rounding")
_SOURCE_KEYS = ("outlet", "url", "published", "doc_id")


def _date_from_iso(value: object, _type: object) -> dt.date:
    if isinstance(value, dt.datetime):
        raise InvalidRecord(f"expected an ISO date, got a datetime {value!r}")
    if isinstance(value, dt.date):
        return value
    if not isinstance(value, str):
        raise InvalidRecord(f"expected an ISO date string, got {value!r}")
    try:
        return iso_date(value)
    except ValueError:
        raise InvalidRecord(f"expected an ISO date (YYYY-MM-DD), got {value!r}") from None


def _pair(value: object, what: str) -> tuple[Any, Any]:
    if not isinstance(value, (list, tuple)) or len(value) != 2:
        raise InvalidRecord(f"{what} must be a list of two items, got {value!r}")
    return value[0], value[1]


def _strict_int(value: object, _type: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise InvalidRecord(f"expected a whole number, got {value!r}")
    return value


def _strict_str(value: object, _type: object) -> str:
    if not isinstance(value, str):
        raise InvalidRecord(f"expected a string, got {value!r}")
    return value


def _strict_bool(value: object, _type: object) -> bool:
    if not isinstance(value, bool):
        raise InvalidRecord(f"expected true or false, got {value!r}")
    return value


def _count_record(count: Count) -> dict[str, Any]:
    """A count inside a result record: its fields, and how it reads."""
    return {
        "stated": count.stated,
        "stated_high": count.stated_high,
        "qualifier": count.qualifier.value,
        "vague": count.vague,
        "low": count.low,
        "high": count.high,
        "rounding": count.rounding,
        "text": str(count),
    }


def _key_record(key: ClaimKey) -> dict[str, Any]:
    return {
        "claim": key.id,
        "category": key.category.value,
        "kind": key.kind.value,
        "side": key.side,
        "group": key.group,
        "location": place_label(key.place),
        "place": None if key.place is None else list(key.place),
        "date": None if key.date is None else key.date.isoformat(),
        "period": None
        if key.period_start is None and key.kind is ClaimKind.INCIDENT
        else [iso(key.period_start) or None, iso(key.date) or None],
    }


def _claim_record(claim: Claim, reports: Callable[[Iterable[Figure]], list[Any]]) -> dict[str, Any]:
    return {
        **_key_record(claim.key),
        "subject": claim.subject,
        "dates": [d.isoformat() for d in claim.dates],
        "possibly_same_incident": claim.possibly_same_incident,
        "low": claim.low,
        "high": claim.high,
        "consistent": claim.consistent,
        "outlets": list(claim.outlets),
        "n_outlets": len(claim.outlets),
        "claimants": sorted({c for c in claim.claimants if c is not None}),
        "independent_claimants": list(claim.independent_claimants),
        "n_independent_claimants": len(claim.independent_claimants),
        "reports": reports(claim.figures),
    }


def _contradiction_record(
    c: Contradiction, reports: Callable[[Iterable[Figure]], list[Any]]
) -> dict[str, Any]:
    key = _key_record(c.key)
    return {
        "category": key["category"],
        "subject": c.claims[-1].subject,
        "location": key["location"],
        "date": key["date"],
        "period": key["period"],
        "kind": c.kind,
        "relation": c.relation,
        "claims": [cl.key.id for cl in c.claims],
        "sides": [
            {
                "count": _count_record(side.count),
                "location": place_label(side.place),
                "conflicts": n,
                "outlets": list(side.outlets),
                "claimants": sorted({x for x in side.claimants if x is not None}),
                "reports": reports(side.figures),
            }
            for side, n in zip(c.sides, c.conflict_counts(), strict=True)
        ],
    }


def _point_record(
    p: TotalPoint, reports: Callable[[Iterable[Figure]], list[Any]]
) -> dict[str, Any]:
    return {
        "as_of": p.as_of.isoformat(),
        "claim": p.claim.key.id,
        "counts": [
            {**_count_record(count), "reconciles": ok}
            for count, ok in zip(p.claim.counts, p.reconciles, strict=True)
        ],
        "derived": None
        if p.derived_low is None
        else {
            "low": p.derived_low,
            "high": p.derived_high,
            "base": iso(p.base) or None,
            "incidents": [c.key.id for c in p.incidents],
        },
        "incident_sum": {"low": p.incident_low, "high": p.incident_high},
        "revised_down": p.revised_down,
        "reconciled": p.reconciled,
        "reports": reports(p.claim.figures),
    }


def _running_total_record(
    r: RunningTotal,
    reports: Callable[[Iterable[Figure]], list[Any]],
    claim: Callable[[Claim], dict[str, Any]],
) -> dict[str, Any]:
    return {
        "category": r.category.value,
        "subject": r.subject,
        "side": r.side,
        "group": r.group,
        "location": place_label(r.place),
        "place": None if r.place is None else list(r.place),
        "period_start": iso(r.period_start) or None,
        "reconciled": r.reconciled,
        "points": [_point_record(p, reports) for p in r.points],
        "incidents": [claim(c) for c in r.incidents],
    }


def _estimate_record(e: Estimate, claim: Callable[[Claim], dict[str, Any]]) -> dict[str, Any]:
    return {
        "category": e.category.value,
        "low": e.low,
        "best": e.best,
        "high": e.high,
        "policy": e.policy,
        "claim": None if e.key is None else e.key.id,
        "claims": [claim(c) for c in e.claims],
    }


def _span_list(span: Span) -> list[int]:
    return [span.start, span.end]


def _period_list(period: Period) -> list[str | None]:
    return [
        None if period.start is None else period.start.isoformat(),
        None if period.end is None else period.end.isoformat(),
    ]


def _figure_record(figure: Figure) -> dict[str, Any]:
    """
    The flat record of a figure, keys in :data:`FIGURE_KEYS` order: the
    converter's hook for :class:`Figure`.

    Written out field by field rather than through cattrs' generic
    ``unstructure_attrs_asdict`` and then flattened: a record is made for
    every figure of every table, and this is a quarter of the time
    (``tests/test_serialize.py`` holds it to the field-by-field record of
    the converter's hooks). Enum values are read as ``_value_``: ``.value``
    is a Python-level property.
    """
    count = figure.count
    source = figure.source
    date = figure.date
    period = figure.period
    published = source.published
    sentence_span = figure.sentence_span
    part_of = figure.part_of
    return {
        "category": figure.category._value_,
        "stated": count.stated,
        "stated_high": count.stated_high,
        "qualifier": count.qualifier._value_,
        "vague": count.vague,
        "low": count.low,
        "high": count.high,
        "rounding": count.rounding,
        "subject": figure.subject,
        "side": figure.side,
        "location": figure.location,
        "date": None if date is None else date.isoformat(),
        "period": None if period is None else _period_list(period),
        "cumulative": figure.cumulative,
        "claimed_by": figure.claimed_by,
        "outlet": source.outlet,
        "url": source.url,
        "published": None if published is None else published.isoformat(),
        "doc_id": source.doc_id,
        "span": _span_list(figure.span),
        "text": figure.surface,
        "sentence": figure.sentence,
        "sentence_span": None if sentence_span is None else _span_list(sentence_span),
        "part_of": None if part_of is None else _span_list(part_of),
    }


class _Held:
    """The records a shared converter made, by the identity of their figure or claim."""

    def __init__(self) -> None:
        # Each object kept alive beside its record, so no other takes its identity.
        self.figures: dict[int, tuple[Figure, dict[str, Any]]] = {}
        self.claims: dict[int, tuple[Claim, dict[str, Any]]] = {}


def _make_converter(*, held: _Held | None = None) -> cattrs.Converter:
    """
    The converter; with ``held``, one whose records share the record of
    each figure and claim they hold (each is converted once, kept in ``held``).
    """
    conv = cattrs.Converter(forbid_extra_keys=True)
    conv.register_unstructure_hook(dt.date, dt.date.isoformat)
    conv.register_structure_hook(dt.date, _date_from_iso)
    conv.register_structure_hook(int, _strict_int)
    conv.register_structure_hook(str, _strict_str)
    conv.register_structure_hook(bool, _strict_bool)
    conv.register_unstructure_hook(Span, _span_list)
    conv.register_structure_hook(
        Span,
        lambda v, _t: Span(
            start=_strict_int(_pair(v, "a span")[0], int),
            end=_strict_int(_pair(v, "a span")[1], int),
        ),
    )
    conv.register_unstructure_hook(Period, _period_list)

    def _period(value: object, _t: object) -> Period:
        start, end = _pair(value, "a period")
        return Period(
            start=None if start is None else _date_from_iso(start, dt.date),
            end=None if end is None else _date_from_iso(end, dt.date),
        )

    conv.register_structure_hook(Period, _period)
    conv.register_structure_hook(Category, lambda v, _t: Category.parse(v))
    conv.register_structure_hook(Qualifier, lambda v, _t: Qualifier.parse(v))

    # Records: a figure is flat; a result keeps every figure's record under "reports".
    def reports(figures: Iterable[Figure]) -> list[Any]:
        return [figure_record(f) for f in figures]

    figures = None if held is None else held.figures
    claims = None if held is None else held.claims

    def figure_record(figure: Figure) -> dict[str, Any]:
        if figures is None:
            return _figure_record(figure)
        held = figures.get(id(figure))
        if held is None:
            held = figures[id(figure)] = (figure, _figure_record(figure))
        return held[1]

    def claim_record(claim: Claim) -> dict[str, Any]:
        if claims is None:
            return _claim_record(claim, reports)
        held = claims.get(id(claim))
        if held is None:
            held = claims[id(claim)] = (claim, _claim_record(claim, reports))
        return held[1]

    conv.register_unstructure_hook(Figure, figure_record)
    conv.register_unstructure_hook(Claim, claim_record)
    conv.register_unstructure_hook(Contradiction, lambda c: _contradiction_record(c, reports))
    conv.register_unstructure_hook(
        RunningTotal, lambda r: _running_total_record(r, reports, claim_record)
    )
    conv.register_unstructure_hook(Estimate, lambda e: _estimate_record(e, claim_record))
    return conv


_CONVERTER = _make_converter()


def converter() -> cattrs.Converter:
    """
    Return the library's configured converter (shared, do not re-register hooks).

    Other modules use it for their own result records.
    """
    return _CONVERTER


Result = Figure | Claim | Contradiction | RunningTotal | Estimate


class SharedRecords:
    """
    A function that makes the records :func:`to_record` makes, the record of
    each figure and claim made once and shared by every record that holds it
    (see :func:`shared_records`).
    """

    def __init__(self) -> None:
        self._held = _Held()
        self._conv = _make_converter(held=self._held)

    def __call__(self, result: Result) -> dict[str, Any]:
        """Return the record of a figure or result, as :func:`to_record` does."""
        made: dict[str, Any] = self._conv.unstructure(result)
        return made

    def clear(self) -> None:
        """
        Drop the records held: they are freed as soon as nothing else holds
        them (a converter's hooks form reference cycles, which only the
        cyclic collector would otherwise free, with every record held).
        """
        self._held.figures.clear()
        self._held.claims.clear()


def shared_records() -> SharedRecords:
    """
    Return a function that makes the records :func:`to_record` makes, the
    record of each figure and claim made once and shared by every record
    that holds it (a claim's reports, its estimate, a running total's
    incidents): the way to convert many results of one ledger.

    The records it returns share their nested records: change none of them.
    It keeps every figure and claim it met alive until it is cleared
    (:meth:`SharedRecords.clear`).
    """
    return SharedRecords()


def to_record(figure: Result) -> dict[str, Any]:
    """
    Return the JSON-ready record of a figure, keys in :data:`FIGURE_KEYS` order,
    or of an aggregation result (:class:`~conflictfigures.Claim`,
    :class:`~conflictfigures.Contradiction`,
    :class:`~conflictfigures.RunningTotal`, :class:`~conflictfigures.Estimate`),
    which keeps the figure record of every figure behind it under ``reports``.

    Args:
        figure: the figure or result.

    Returns:
        A ``dict`` of JSON types; for a figure, flat, and ``text`` is the
        figure's words.

    Raises:
        InvalidRecord: ``figure`` is none of these types.
    """
    if not isinstance(figure, (Figure, Claim, Contradiction, RunningTotal, Estimate)):
        raise InvalidRecord(
            f"to_record() takes a Figure, got {type(figure).__name__} "
            "(a Claim, Contradiction, RunningTotal or Estimate also works)"
        )
    record: dict[str, Any] = _CONVERTER.unstructure(figure)
    return record


def _where(exc: BaseException, path: str = "$") -> list[str]:
    """Flatten a cattrs validation error into ``message @ $.path`` lines."""
    if isinstance(exc, ClassValidationError):
        lines: list[str] = []
        for sub in exc.exceptions:
            note = getattr(sub, "__notes__", None) or []
            name = ""
            for n in note:
                text = str(n)
                if text.startswith("Structuring class") and "@ attribute" in text:
                    name = text.rsplit("@ attribute ", 1)[-1].split(" ", maxsplit=1)[0]
            lines.extend(_where(sub, f"{path}.{name}" if name else path))
        return lines
    if isinstance(exc, ForbiddenExtraKeysError):
        return [f"unknown keys {sorted(exc.extra_fields)} @ {path}"]
    if isinstance(exc, KeyError):
        return [f"missing key {exc.args[0]!r} @ {path}"]
    return [f"{exc} @ {path}"]


def from_record(record: Mapping[str, Any]) -> Figure:
    """
    Read a record written by :func:`to_record` back into a :class:`Figure`.

    Missing optional keys read as ``None`` (``cumulative`` as ``False``);
    unknown keys are refused so that no data is silently dropped.

    Raises:
        InvalidRecord: the record is not a mapping, has unknown keys, or a
            value of the wrong type or an impossible value; the message names
            the key, e.g. ``@ $.period``.
    """
    if not isinstance(record, Mapping):
        raise InvalidRecord(f"a record must be a mapping, got {type(record).__name__}")
    extra = sorted(set(record) - set(FIGURE_KEYS))
    if extra:
        raise InvalidRecord(f"unknown keys {extra} in figure record")
    for key in ("category", "qualifier", "low", "span", "text"):
        if key not in record:
            raise InvalidRecord(f"missing key {key!r} @ $.{key}")
    count = {k: record[k] for k in _COUNT_KEYS if record.get(k) is not None}
    count.setdefault("high", None)
    count.setdefault("stated", None)
    source = {k: record[k] for k in _SOURCE_KEYS if record.get(k) is not None}
    nested: dict[str, Any] = {
        k: record[k]
        for k in FIGURE_KEYS
        if k not in _COUNT_KEYS
        and k not in _SOURCE_KEYS
        and k != "text"
        and record.get(k) is not None
    }
    nested["count"] = count
    nested["source"] = source
    nested["surface"] = record["text"]
    try:
        return _CONVERTER.structure(nested, Figure)
    except ConflictFiguresError as exc:
        if isinstance(exc, InvalidRecord):
            raise
        raise InvalidRecord(f"invalid figure record: {exc}") from exc
    except (ClassValidationError, ForbiddenExtraKeysError) as exc:
        problems = [
            p.replace("$.count.", "$.").replace("$.source.", "$.").replace("@ $.count", "@ $")
            for p in _where(exc)
        ]
        raise InvalidRecord("invalid figure record: " + "; ".join(problems)) from exc
    except (TypeError, ValueError) as exc:
        raise InvalidRecord(f"invalid figure record: {exc}") from exc


def write_jsonl(figures: Iterable[Figure], path_or_file: str | Path | IO[str]) -> int:
    """
    Write one record per line (UTF-8, no ASCII escaping) and return how many.

    ``path_or_file`` is a path (replaced only once the whole file is
    written; see :func:`conflictfigures.write_csv` for which paths are
    refused) or a text stream.
    """
    if isinstance(path_or_file, (str, Path)):
        return replace_file(path_or_file, lambda handle: write_jsonl(figures, handle), newline=None)
    check_stream(path_or_file)
    n = 0
    for figure in iter_figures(figures):
        path_or_file.write(json.dumps(to_record(figure), ensure_ascii=False))
        path_or_file.write("\n")
        n += 1
    return n


def read_jsonl(path_or_file: str | Path | IO[str]) -> Iterator[Figure]:
    """
    Yield the figures of a JSON Lines file written by :func:`write_jsonl`.

    Blank lines are skipped.

    Raises:
        InvalidRecord: a line is not UTF-8 (read from a path), not JSON (or
            nested too deeply to read), or not a figure record; the message
            names the line number.
        InvalidType: ``path_or_file`` is neither a path nor a text stream
            (``bytes``, a binary stream).
    """
    if isinstance(path_or_file, (str, Path)):
        with Path(path_or_file).open("rb") as handle:
            yield from _read_lines(_decoded(handle))
        return
    if isinstance(path_or_file, (bytes, bytearray)) or not hasattr(path_or_file, "__iter__"):
        raise InvalidType(
            f"read_jsonl() needs a path or a text stream, got {type(path_or_file).__name__}"
        )
    yield from _read_lines(enumerate(path_or_file, start=1))


def _decoded(handle: IO[bytes]) -> Iterator[tuple[int, str]]:
    """Number and decode the lines of a binary file, naming a line that is not UTF-8."""
    for lineno, raw in enumerate(handle, start=1):
        try:
            yield lineno, raw.decode("utf-8-sig" if lineno == 1 else "utf-8")
        except UnicodeDecodeError as exc:
            raise InvalidRecord(
                f"line {lineno}: not UTF-8: byte {raw[exc.start]:#04x} at column {exc.start + 1}"
            ) from exc


def _read_lines(lines: Iterable[tuple[int, object]]) -> Iterator[Figure]:
    for lineno, line in lines:
        if not isinstance(line, str):
            raise InvalidType(
                f"read_jsonl() needs a text stream, got a line of {type(line).__name__} "
                f"(line {lineno}); open the file in text mode"
            )
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InvalidRecord(f"line {lineno}: not JSON: {exc.msg}") from exc
        except RecursionError as exc:
            raise InvalidRecord(f"line {lineno}: not JSON: nested too deeply to read") from exc
        try:
            yield from_record(record)
        except InvalidRecord as exc:
            raise InvalidRecord(f"line {lineno}: {exc}") from exc


# Keep Source and Count importable from here for the converter's forward refs.
_ = (Source, Count)
