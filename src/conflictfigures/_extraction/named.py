"""
People counted by their names: a list of named people after a state that
opens the sentence ("Killed were Jose Martinez, 45, and his nephew Luis,
19") or after "identified as" with a state ("Police identified the people
killed as Jamal Price, 27; Devon Walker, 24; and Kiara Lewis, 20") is one
figure of as many people as it names.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from conflictfigures import _lexicon as lx
from conflictfigures._extraction.numbers import NumberReading
from conflictfigures._extraction.persons import is_name
from conflictfigures._extraction.reading import Reading
from conflictfigures.models import Category, Qualifier

if TYPE_CHECKING:
    from conflictfigures._extraction.text import Token

__all__ = ["may_name", "named_list"]


def may_name(lows: list[str]) -> bool:
    """Whether a sentence (its words, lower-case) may hold a list of named people."""
    return (len(lows) > 2 and lows[0] in _STATES) or "identified" in lows


#: The most people one list may name.
_MOST_NAMES = 20
#: How many words a name may take ("Kiara Lewis", "Mary Ann de Souza").
_NAME_WORDS = 4
#: How many lower-case words may stand before a name ("his nephew Luis").
_BEFORE_NAME = 3
#: How far before "as" the state of "identified ... as" may stand.
_IDENTIFIED_REACH = 16
#: The states a list of names may be of.
_STATES = {
    "killed": Category.KILLED,
    "dead": Category.KILLED,
    "slain": Category.KILLED,
    "wounded": Category.WOUNDED,
    "injured": Category.WOUNDED,
}


def _an_age(tok: Token) -> bool:
    text = tok.text
    return len(text) <= 3 and text.isdecimal() and text.isascii() and 0 < int(text) <= 120


def _in_name(tok: Token) -> bool:
    """Whether a word may be part of a person's name here: no state, no acronym."""
    return is_name(tok) and tok.low not in lx.PASSIVE_TRIGGERS and not tok.text.isupper()


def _names(tokens: list[Token], k: int) -> tuple[int, int]:
    """
    ``MEMBER (("," | ";") "and"? MEMBER | "and" MEMBER)*`` with ``MEMBER =
    (POSSESSIVE? WORD{0,2})? NAME ("," AGE)?`` from ``k``: how many people it
    names and where it ends (0 when it is no list of names).
    """
    n, count, j = len(tokens), 0, k
    while j < n and count < _MOST_NAMES:
        m = j
        while m < n and m < j + _BEFORE_NAME and tokens[m].is_word and not tokens[m].is_capitalized:
            m += 1  # "his nephew"
        start = m
        while m < n and m < start + _NAME_WORDS and _in_name(tokens[m]):
            m += 1
        if m == start:
            return (count, j) if count else (0, k)
        count += 1
        if m + 1 < n and tokens[m].text == "," and _an_age(tokens[m + 1]):
            m += 2  # "Jamal Price, 27"
        if m < n and tokens[m].text in (",", ";"):
            m += 1
        if m < n and tokens[m].low == "and":
            m += 1
        if m == j or (tokens[m - 1].is_word and tokens[m - 1].low != "and"):
            return count, m  # no joiner after the member: the list ends
        j = m
    return count, j


def _opening_state(tokens: list[Token]) -> tuple[Category, int] | None:
    """
    ``STATE BE`` opening the sentence ("Killed were", "Dead are"), or ``...
    "identified" ... STATE ... "as"`` ("identified the people killed in
    Saturday's shooting as"): the state's category and where the names start.
    """
    n = len(tokens)
    if n > 2 and tokens[0].low in _STATES and tokens[1].low in ("were", "was", "are", "is"):
        return _STATES[tokens[0].low], 2
    for i, tok in enumerate(tokens):
        if tok.low != "identified":
            continue
        for j in range(i + 1, min(n, i + _IDENTIFIED_REACH)):
            if tokens[j].low == "as":
                state = next(
                    (
                        _STATES[t.low]
                        for t in tokens[max(0, i - _IDENTIFIED_REACH) : j]
                        if t.low in _STATES
                    ),
                    None,
                )
                return (state, j + 1) if state is not None else None
    return None


def named_list(tokens: list[Token], *, other_figures: bool) -> Reading | None:
    """
    The figure of a list of named people after a state (see the module), else
    ``None``; after "identified as" only in a sentence with no other figure
    (``other_figures``).
    """
    opening = _opening_state(tokens)
    if opening is None:
        return None
    category, k = opening
    if k != 2 and other_figures:
        return None  # "left two wounded, identified as ...": the names are of that count
    count, end = _names(tokens, k)
    if count < 1 or not (
        end >= len(tokens) or not tokens[end].is_word or tokens[end].low in lx.PREPOSITIONS
    ):
        return None
    r = Reading(NumberReading(k, end, count, Qualifier.EXACT), category)
    r.first, r.last = 0 if k == 2 else k, end
    return r
