"""
Counts of no one and what might have been: "No one was hurt", "None of the
crew survived", and figures an "if" or a "could have" makes unreal ("If the
device had exploded, dozens could have been killed"). Read by :mod:`.linking`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from conflictfigures import _lexicon as lx
from conflictfigures._extraction.numbers import NumberReading
from conflictfigures.models import Qualifier

if TYPE_CHECKING:
    from conflictfigures._extraction.text import Token


def hypothetical(tokens: list[Token], first: int) -> bool:
    """
    Whether an "if" ("unless", "whether") stands in the same clause, a few
    words before, or what might have been ("could have", "would have"):
    "Had the device exploded, we could have been dealing with multiple
    fatalities" counts no one.
    """
    for k in range(first - 1, max(-1, first - _IF_REACH), -1):
        low = tokens[k].low
        if low in (",", ";", "."):
            return False
        if low in lx.IF_WORDS and k > first - _IF_WORD_REACH:
            return True
        if low == "have" and k > 0 and tokens[k - 1].low in lx.UNREAL_MODALS:
            return True
    return False


#: How far before a number an "if" may stand, and what might have been.
_IF_WORD_REACH = 5


_IF_REACH = 8


def read_zero(tokens: list[Token], i: int) -> NumberReading | None:
    """``zero = ("no" | "none" | "no" "-"? "one" | "nobody") NP? AUX* TRIGGER``."""
    low = tokens[i].low
    if low in ("none", "nobody"):
        return NumberReading(i, i + 1, 0, Qualifier.EXACT)
    if low == "no" and i + 1 < len(tokens):
        if i and tokens[i - 1].low == "of":
            return None  # "of no fixed address": a quality, no count
        if tokens[i + 1].low == "one":
            return NumberReading(i, i + 2, 0, Qualifier.EXACT)
        if tokens[i + 1].text == "-" and i + 2 < len(tokens) and tokens[i + 2].low == "one":
            return NumberReading(i, i + 3, 0, Qualifier.EXACT)  # "No-one was hurt"
        if (
            tokens[i + 1].low in _NO_WORD_OF
            and i + 2 < len(tokens)
            and tokens[i + 2].low in ("of", "on", "for", "about")
        ):
            # "made no mention of any deaths", "gave no figure for wounded",
            # "no word on casualties": nothing said, no count
            return None
        if tokens[i + 1].is_word:
            return NumberReading(i, i + 1, 0, Qualifier.EXACT)
    return None


#: Nouns of what was said or known after "no" and before "of", "on", "for"
#: or "about": "no" denies them, not the fate ("no mention of any deaths",
#: "no word of casualties", "gave no figure for wounded").
_NO_WORD_OF = frozenset(
    {
        "mention",
        "word",
        "information",
        "details",
        "confirmation",
        "sign",
        "signs",
        "indication",
        "news",
        "figures",
        "record",
        # (session 51: "gave no figure for wounded", "no toll for the injured")
        "figure",
        "toll",
        "number",
        "numbers",
        "breakdown",
        "count",
        "estimate",
        "data",
        "update",
    }
)
