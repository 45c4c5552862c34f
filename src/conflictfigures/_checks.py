"""
Argument checks at the boundary of public entry points.

Each check raises the library's typed errors with a message that names the
argument and what it got: :class:`~conflictfigures.errors.InvalidType` (a
:class:`TypeError`) for a value of the wrong type,
:class:`~conflictfigures.errors.NotAFigure` for an item that is not a
figure, :class:`~conflictfigures.errors.InvalidPolicy` for an estimate rule
that returns something that is not an estimate.

>>> check_figures([None])
Traceback (most recent call last):
...
conflictfigures.errors.NotAFigure: 'figures' must hold Figure objects, got NoneType at position 0
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from typing import Any

from conflictfigures.errors import InvalidPolicy, InvalidType, NotAFigure, type_name
from conflictfigures.models import Figure

__all__ = [
    "check_callable",
    "check_figures",
    "check_iterable",
    "check_rule_result",
    "iter_figures",
]


def check_iterable(value: object, name: str, *, of: str = "Figure objects") -> Iterable[Any]:
    """
    Return ``value`` when it is an iterable of items (not a ``str``,
    ``bytes`` or a mapping, whose iteration is never what was meant).

    Raises:
        InvalidType: it is not.
    """
    if isinstance(value, (str, bytes, bytearray, Mapping)) or not isinstance(value, Iterable):
        raise InvalidType(f"{name!r} must be an iterable of {of}, got {type_name(value)}")
    return value


def iter_figures(value: object, name: str = "figures") -> Iterator[Figure]:
    """
    Yield the figures of an iterable, checking each as it comes (so that a
    stream is still read lazily).

    Raises:
        InvalidType: ``value`` is not an iterable (raised at once).
        NotAFigure: an item is not a :class:`Figure` (raised when it is reached).
    """
    items = check_iterable(value, name)

    def checked() -> Iterator[Figure]:
        for position, item in enumerate(items):
            if not isinstance(item, Figure):
                raise NotAFigure(
                    f"{name!r} must hold Figure objects, got {type_name(item)} "
                    f"at position {position}"
                )
            yield item

    return checked()


def check_figures(value: object, name: str = "figures") -> list[Figure]:
    """
    Return the figures of an iterable as a list, every item checked.

    Raises:
        InvalidType: ``value`` is not an iterable.
        NotAFigure: an item is not a :class:`Figure`.
    """
    return list(iter_figures(value, name))


def check_callable(value: object, name: str) -> None:
    """
    Refuse a value that should be callable (or ``None``) and is not.

    Raises:
        InvalidType: it is neither.
    """
    if value is not None and not callable(value):
        raise InvalidType(f"{name!r} must be callable or None, got {type_name(value)}")


def _is_count(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and value >= 0


def check_rule_result(result: object, rule: object) -> tuple[int, int, int | None]:
    """
    Return an estimate rule's ``(low, best, high)`` when it is one: three
    numbers, ``0 <= low <= best`` and ``high`` ``None`` or ``>= best``.

    Raises:
        InvalidPolicy: the rule returned anything else; the message names
            the rule and what it returned.
    """
    name = getattr(rule, "name", None) or getattr(rule, "__name__", None) or type_name(rule)
    if isinstance(result, tuple) and len(result) == 3:
        low, best, high = result
        if (
            _is_count(low)
            and _is_count(best)
            and (high is None or _is_count(high))
            and low <= best
            and (high is None or best <= high)
        ):
            return low, best, high
    shown_result = repr(result)
    if len(shown_result) > 80:
        shown_result = shown_result[:77] + "..."
    raise InvalidPolicy(
        f"the estimate rule {name!r} must return (low, best, high) as whole numbers with "
        f"0 <= low <= best <= high (high may be None), got {shown_result}"
    )
