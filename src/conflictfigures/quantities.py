"""
Unit-bearing quantities (areas, distances, money) kept as their own kind.

"Government forces captured more than 1,500 square kilometres of territory"
states no casualty, but the area is worth keeping.
:func:`quantities` finds candidate spans cheaply (a number next to a unit word
or a currency sign) and hands only those short spans to quantulum3, whose
unit disambiguation is too slow to run over whole articles.
Quantities are never casualty figures: :func:`conflictfigures.extract` does
not return them.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import re
import warnings
from typing import Any

import attrs

from conflictfigures.errors import InvalidText
from conflictfigures.models import Span

__all__ = ["Quantity", "quantities"]

#: A number followed, within two words, by a unit word, or preceded by a
#: currency sign.  Each part is a bounded run of one character class, so the
#: pattern is linear.
_CANDIDATE_RE = re.compile(
    r"""
    (?:[$\u20ac\u00a3]\s?\d[\d,.]{0,20}(?:\s?(?:million|billion|bn|m|k))?)  # $2, EUR 1.2bn
    |
    (?:\b\d[\d,.]{0,20}
       (?:\s(?:million|billion))?
       \s?(?:-\s?)?
       (?:square\s|sq\.?\s|cubic\s)?
       (?:km|kilometres|kilometers|kilometre|kilometer|miles|mile|hectares|hectare
         |acres|acre|metres|meters|tonnes|tons|litres|liters|dollars|euros|pounds
         |percent|per\scent)\b)
    """,
    re.VERBOSE | re.IGNORECASE,
)


@attrs.frozen(kw_only=True)
class Quantity:
    """
    A quantity with a unit, as quantulum3 reads it, with its place in the text.

    Attributes:
        value: the number (``1500.0``).
        unit: quantulum3's unit name (``"square kilometre"``).
        entity: what kind of quantity (``"area"``, ``"currency"``, ``"length"``).
        surface: the words, exactly ``text[span.start:span.end]``.
        span: where the words sit in the text passed in.

    .. versionadded:: 0.1.0
    """

    value: float
    unit: str
    entity: str
    surface: str
    span: Span


def _parser() -> Any:  # noqa: ANN401 - quantulum3 ships no types
    with warnings.catch_warnings():
        # quantulum3 warns at import that its optional classifier is missing;
        # we only read short, unambiguous spans, where it is not needed.
        warnings.simplefilter("ignore")
        from quantulum3 import parser  # noqa: PLC0415 - slow import, only when used

    return parser


def quantities(text: str) -> list[Quantity]:
    """
    Return the unit-bearing quantities in a text (areas, lengths, money, ...).

    >>> [(q.value, q.unit) for q in quantities("They captured 1,500 square kilometres.")]
    [(1500.0, 'square kilometre')]

    Raises:
        InvalidText: ``text`` is not a ``str``.
    """
    if not isinstance(text, str):
        raise InvalidText(f"quantities() needs the text as a str, got {type(text).__name__}")
    found: list[Quantity] = []
    parser = None
    for match in _CANDIDATE_RE.finditer(text):
        if parser is None:
            parser = _parser()
        offset = match.start()
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            parsed = parser.parse(match.group())
        for q in parsed:
            start, end = q.span
            if q.unit.name == "dimensionless":
                continue
            found.append(
                Quantity(
                    value=float(q.value),
                    unit=str(q.unit.name),
                    entity=str(q.unit.entity.name),
                    surface=text[offset + start : offset + end],
                    span=Span(start=offset + start, end=offset + end),
                )
            )
    return found
