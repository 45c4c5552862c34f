"""
A death told with the age it came at ("Amal Haddad, the surgeon who kept the
hospital running, dies at 68", "The poet died aged 81 on Sunday"): an
obituary's death of one person, no one killed.  A cause told after the age
("died at 68 after being shot", "from his wounds") keeps the death.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from conflictfigures import _lexicon as lx
from conflictfigures.models import Category

if TYPE_CHECKING:
    from conflictfigures._extraction.reading import Reading
    from conflictfigures._extraction.text import Token

__all__ = ["AGE_AFTER_DEATH", "died_of_age"]

#: The words an age at death follows ("dies at 68", "died aged 81").
AGE_AFTER_DEATH = frozenset({"at", "aged"})
#: Words after the age that tell the death's cause or a place by its number
#: ("after being shot", "from wounds", "of injuries"): the death stays.
_CAUSE_WORDS = frozenset({"after", "from", "of", "following", "when", "in"})
#: What may end the age's clause ("dies at 68", "died at 81, his family said").
_AGE_ENDS = frozenset({",", ".", ";", "!", "\u2014", "\u2013"})
#: Words of the day after it ("died at 81 on Sunday", "last week").
_DAY_OPENERS = frozenset({"on", "last", "this", "yesterday", "today", "overnight"})
#: How far after the age a cause is looked for (a bounded look: linear).
_CAUSE_REACH = 12
#: The oldest age read as one.
_OLDEST = 120


def _age_at(tokens: list[Token], j: int) -> bool:
    """
    Whether ``tokens[j]`` is an age that ends its clause: digits no older
    than ``_OLDEST``, then the sentence's end, a comma or a day ("on
    Sunday"), and no word of a cause after it (nor a street's name: "at 68
    Main Street").
    """
    if j >= len(tokens) or not tokens[j].is_digits or not tokens[j].text.isdecimal():
        return False
    if int(tokens[j].text) > _OLDEST:
        return False
    after = tokens[j + 1] if j + 1 < len(tokens) else None
    if after is not None and not (
        after.text in _AGE_ENDS or after.low in _DAY_OPENERS or after.low in lx.WEEKDAYS
    ):
        return False  # "died at 3 a.m.", "at 68 Main Street": a time, an address
    if after is not None and after.text == "." and j + 2 < len(tokens):
        return False  # (an abbreviation's dot, "at 3 p.m. on Monday")
    return not any(t.low in _CAUSE_WORDS for t in tokens[j + 1 : j + 1 + _CAUSE_REACH])


def died_of_age(tokens: list[Token], r: Reading) -> bool:
    """
    Whether ``r`` is one death told by its age alone: a killing of one whose
    words end on a finite "died" or "dies", then "at" or "aged" and an age
    (see :func:`_age_at`).
    """
    k = r.last
    return (
        r.category is Category.KILLED
        and r.number.stated == 1
        and 0 < k < len(tokens) - 1
        and tokens[k - 1].low in lx.DIED_FORMS
        and tokens[k].low in AGE_AFTER_DEATH
        and _age_at(tokens, k + 1)
    )
