"""
How a text qualifies a number: the vocabulary shared by the data model
(:mod:`conflictfigures.models`) and the bounds rules
(:mod:`conflictfigures.policy`).

It sits below both, so that data flows one way: ``models`` builds counts
from a bounds policy, and ``policy`` reads qualifiers, never the models.
``Qualifier`` is public as :class:`conflictfigures.Qualifier` (and from
:mod:`conflictfigures.models`).
"""

from __future__ import annotations

import enum
from typing import TypeVar

from conflictfigures.errors import UnknownQualifier

__all__ = ["Qualifier", "parse_member"]

_E = TypeVar("_E", bound=enum.Enum)


def parse_member(cls: type[_E], name: object, error: type[ValueError], what: str) -> _E:
    """
    The member of the enum ``cls`` that ``name`` is, or whose value it
    names in any case and spacing; else ``error``, listing the choices.
    """
    if isinstance(name, cls):
        return name
    if isinstance(name, str):
        try:
            return cls(name.strip().lower())
        except ValueError:
            pass
    choices = ", ".join(m.value for m in cls)
    raise error(f"unknown {what} {name!r}; expected one of: {choices}")


class Qualifier(enum.Enum):
    """
    How the text qualifies a number.

    ``"more than 50"`` is ``MORE_THAN``; ``"dozens"`` is ``VAGUE``;
    ``"10 to 15"`` is ``RANGE``.

    .. versionadded:: 0.1.0
    """

    EXACT = "exact"
    AT_LEAST = "at_least"
    MORE_THAN = "more_than"
    UP_TO = "up_to"
    FEWER_THAN = "fewer_than"
    ABOUT = "about"
    NEARLY = "nearly"
    RANGE = "range"
    VAGUE = "vague"

    #: Members are singletons compared by identity, so they hash by identity
    #: too: a C slot instead of ``Enum.__hash__`` (a Python call hashing the
    #: name), which every hash of a figure, count or claim key pays.
    __hash__ = object.__hash__

    @classmethod
    def parse(cls, name: Qualifier | str) -> Qualifier:
        """
        Return the qualifier for a record name such as ``"at_least"``.

        Raises:
            UnknownQualifier: ``name`` is not a qualifier.

        >>> Qualifier.parse("more_than")
        <Qualifier.MORE_THAN: 'more_than'>
        """
        return parse_member(cls, name, UnknownQualifier, "qualifier")
