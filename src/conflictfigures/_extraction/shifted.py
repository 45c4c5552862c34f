"""
Objects shifted past a short phrase: a verb's time or instrument told between
it and the count it takes, as reports written in a second language and
translated wire copy often order them ("PKK killed with bomb one Turkish
soldier", "Gunmen killed on Tuesday two soldiers", "killed in cold blood
three farmers"). The phrase is a day, a word of the report's own day, a
"with" phrase of a few words or "in cold blood"; the verb before it is read as
if it stood right before the count (see :func:`.rules.read_active`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from conflictfigures import _lexicon as lx
from conflictfigures._extraction.heads import noun_class
from conflictfigures._extraction.numbers import NUMBER_STARTERS, count_word, read_number

if TYPE_CHECKING:
    from conflictfigures._extraction.text import Token

__all__ = ["count_after_shift", "shifted_phrase_start"]

#: How many words a "with" phrase of an instrument may hold ("with a roadside bomb").
_WITH_WORDS = 3
#: Words that end a "with" phrase's search: a count, a clause or another
#: group begins there, no instrument ("killed along with his wife", "clashed
#: with police, killing").
_WITH_STOPS = frozenset({"and", "or", "but", "who", "which", "that", "along", "together"})


#: Words that open a group, so end no phrase before a count ("with her two
#: daughters", "with the three", "with a further two being injured").
_OPENING_WORDS = (
    lx.POSSESSIVES | lx.ACTIVE_FILLERS | frozenset({"a", "an", "the", "all", "both", "some"})
)


def shifted_phrase_start(tokens: list[Token], k: int) -> int | None:
    """
    ``(("on" WEEKDAY PART_OF_DAY?) | DAY_WORD | ("last" "night") | ("with"
    WORD{1,3}) | ("in" "cold" "blood"))`` ending at ``k``, right before a
    count: the index of the word before the phrase, where a verb that takes
    the count as its object may end; else ``None``. A "with" phrase holds
    no preposition ("was stabbed with a screwdriver by a Palestinian": the
    doer, no object).
    """
    if k < 1:
        return None
    last = tokens[k]
    if not last.is_word or last.low in _OPENING_WORDS:
        # (every phrase ends in a word, and none in one that opens a group:
        # "fled with her two daughters" counts her companions)
        return None
    low = last.low
    if low in lx.NEAR_DAY_WORDS:
        return k - 1
    if low == "night" and tokens[k - 1].low == "last":
        return k - 2 if k >= 2 else None
    if k >= 2 and low == "blood" and tokens[k - 1].low == "cold" and tokens[k - 2].low == "in":
        return k - 3 if k >= 3 else None
    day = k - 1 if low in lx.PARTS_OF_DAY or low == "night" else k
    if day >= 1 and tokens[day].low in lx.WEEKDAYS and tokens[day - 1].low == "on":
        return day - 2 if day >= 2 else None
    for j in range(k, max(-1, k - _WITH_WORDS - 1), -1):
        tok = tokens[j]
        if tok.low == "with":
            return j - 1 if j < k else None
        if not tok.is_word or tok.low in _WITH_STOPS or tok.low in lx.PREPOSITIONS:
            return None  # ("stabbed with a screwdriver by a Palestinian": the doer)
    return None


#: How many words a phrase an object is shifted past may hold ("on Monday night").
_SHIFT_WORDS = 4


def count_after_shift(tokens: list[Token], k: int) -> bool:
    """
    Whether a count follows the verb at ``k`` past a phrase it may be shifted
    past (:func:`.shifted.shifted_phrase_start`: "The gunman killed with a
    rifle two guards"): the verb is then active voice, no state of the
    group before it.
    """
    if _counted_before(tokens, k):
        return False  # "Two soldiers killed on Tuesday 3 km from the border": their state
    for m in range(k + 1, min(len(tokens) - 1, k + 1 + _SHIFT_WORDS)):
        after = tokens[m + 1]
        if (
            (after.is_digits or after.low in NUMBER_STARTERS)
            and shifted_phrase_start(tokens, m) == k
            and (num := read_number(tokens, m + 1)) is not None
        ):
            # the count must be of people or equipment ("3 km", "2 weeks",
            # "12 were released" are no object)
            return any(
                noun_class(t.low) in _OBJECT_CLASSES
                for t in tokens[num.last : num.last + _OBJECT_NOUN_REACH]
                if t.is_word
            ) and noun_class(tokens[num.last].low) in (*_OBJECT_CLASSES, "unknown")
    return False


#: How many words before a verb a count of its group may stand ("the 4 protesters detained").
_COUNTED_REACH = 4


def _counted_before(tokens: list[Token], k: int) -> bool:
    """
    Whether a counted group ends right before the verb at ``k`` ("Two
    soldiers killed", "the 4 protesters detained"): the verb is then the
    group's state, told after it, and takes no object.
    """
    if k == 0 or noun_class(tokens[k - 1].low) not in _OBJECT_CLASSES:
        return False
    for j in range(k - 2, max(-1, k - 2 - _COUNTED_REACH), -1):
        tok = tokens[j]
        if count_word(tok):
            return True
        if not tok.is_word:
            return False
    return False


#: The kinds of noun a shifted object counts.
_OBJECT_CLASSES = ("people", "equipment", "agent")
#: How many words after a shifted count its noun may stand ("two Turkish soldiers").
_OBJECT_NOUN_REACH = 3
