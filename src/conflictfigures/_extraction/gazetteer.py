"""
Country names in a sentence's tokens, of one word or several ("Chad",
"Burkina Faso", "the Central African Republic"), read forwards from where
one may start or backwards from where one may end.  The names themselves
live in :mod:`conflictfigures._lexicon.countries`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from conflictfigures import _lexicon as lx

if TYPE_CHECKING:
    from conflictfigures._extraction.text import Token

#: The most words a country's name has after its first ("Antigua and Barbuda").
_LONGEST = max(
    (len(rest) for rests in lx.COUNTRY_CONTINUATIONS.values() for rest in rests), default=0
)


def country_end(tokens: list[Token], m: int) -> int | None:
    """
    The index after a country's name starting at ``tokens[m]``, capitalised
    ("Chad", "Mauritania's", "Burkina Faso"), else ``None``.
    """
    if m >= len(tokens) or not tokens[m].is_capitalized:
        return None
    low = tokens[m].low
    for rest in lx.COUNTRY_CONTINUATIONS.get(low, ()):
        end = m + 1 + len(rest)
        if end <= len(tokens) and all(
            tokens[m + 1 + i].low.removesuffix("'s") == word for i, word in enumerate(rest)
        ):
            return end
    return m + 1 if low.removesuffix("'s") in lx.COUNTRIES else None


def country_start(tokens: list[Token], end: int) -> int | None:
    """Where a country's name ending right before ``tokens[end]`` starts, else ``None``."""
    for length in range(_LONGEST + 1, 1, -1):
        m = end - length
        if m >= 0 and tokens[m].low in lx.COUNTRY_CONTINUATIONS and country_end(tokens, m) == end:
            return m
    m = end - 1
    return m if m >= 0 and country_end(tokens, m) == end else None
