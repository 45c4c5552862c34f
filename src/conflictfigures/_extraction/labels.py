"""
Labelled lines of figures: a state or a counted noun before a colon opens
the line and gives its number a category ("Missing: 12", "Total deaths: 5",
"Internally displaced persons (IDPs): 2,118,406"). Read by :mod:`.rules`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from conflictfigures import _lexicon as lx

if TYPE_CHECKING:
    from conflictfigures._extraction.text import Token
    from conflictfigures.models import Category

#: Words before a label that keep it one ("Total deaths: 5", "Reported fatalities: 31").
_LABEL_WORDS = frozenset({"total", "reported", "confirmed", "estimated"})


def label_before(
    tokens: list[Token], k: int
) -> tuple[tuple[Category | None, Category | None], int] | None:
    """
    ``"Total"? LABEL ":" NUMBER`` at the start of a line of figures, with
    ``":"`` at ``k``: a state or a counted noun as the label ("Missing: 12",
    "Dead: 3", "Deaths: 45", "IDPs: 38,000", "Total deaths: 5", "Reported
    fatalities: 31"); the label's
    categories and index.
    """
    if k < 1 or tokens[k].text != ":":
        return None
    label = tokens[k - 1]
    total = k >= 2 and tokens[k - 2].low in _LABEL_WORDS and tokens[k - 2].is_capitalized
    if total and k >= 3 and tokens[k - 3].is_word:
        return None
    if not total and (not label.is_capitalized or (k >= 2 and tokens[k - 2].is_word)):
        # (a label opens its line: "Missing: 12", "Total deaths: 5"), or a
        # longer label that opens it with its state or counted noun
        return _long_label(tokens, k)
    passive = lx.PASSIVE_TRIGGERS.get(label.low)
    if passive is not None and label.low not in lx.ACTIVE_TRIGGERS:
        return passive, k - 1
    counted = lx.SELF_COUNTING_NOUNS.get(label.low)
    if counted is not None:
        return (counted, None), k - 1
    return None


#: How many tokens a longer label may hold before its colon.
_LONG_LABEL = 14


#: Marks that open a line of a list before its label.
_BULLETS = frozenset({"\u2022", "-", "*", "\u2013", "\u2014", "\u25aa", "\u00b7"})


def _long_label(
    tokens: list[Token], k: int
) -> tuple[tuple[Category | None, Category | None], int] | None:
    """
    ``LABEL WORD+ ":" NUMBER`` opening its line, whose first word (after
    "internally") is a state or a counted noun: "Displaced in accommodation
    centres: 8,420", "Refugees from Burkina Faso in neighbouring countries:
    96,000", "Internally displaced persons (IDPs): 2,118,406".
    """
    j = k - 1
    while j > 0 and k - j < _LONG_LABEL and tokens[j - 1].text not in _BULLETS:
        if not (tokens[j - 1].is_word or tokens[j - 1].is_digits or tokens[j - 1].text in "(),"):
            return None
        j -= 1
    if k - j >= _LONG_LABEL:
        return None
    if not tokens[j].is_capitalized:
        return None  # a label opens with a capital
    if tokens[j].low == "internally" and j + 1 < k:
        j += 1  # "Internally displaced persons (IDPs):"
    first = tokens[j]
    if not first.is_word:
        return None
    passive = lx.PASSIVE_TRIGGERS.get(first.low)
    if passive is not None:
        return passive, j
    counted = lx.SELF_COUNTING_NOUNS.get(first.low)
    return ((counted, None), j) if counted is not None else None
