"""
Active verbs found back from the people or things they take: an object
shifted past a short phrase ("killed on Tuesday two soldiers"), a further
object after a first one no figure reads ("killed the village head and 11
others"), and the verb before a pronoun or pair word ("killing them both").
Linking and the one-person and pair readers ask them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from conflictfigures import _lexicon as lx
from conflictfigures._extraction.rules import active_ending_at
from conflictfigures._extraction.shifted import shifted_phrase_start
from conflictfigures._extraction.text import words_at
from conflictfigures._extraction.triggers import active_phrases_at, intended
from conflictfigures.models import Category

if TYPE_CHECKING:
    from conflictfigures._extraction.numbers import NumberReading
    from conflictfigures._extraction.text import Token


def read_shifted_active(
    tokens: list[Token], num: NumberReading
) -> tuple[tuple[Category | None, Category | None], int] | None:
    """
    ``ACTIVE_TRIGGER SHIFTED_PHRASE NUMBER`` (see :mod:`.shifted`): the
    trigger's categories and first token when the count is its object
    shifted past the phrase ("PKK killed with bomb one Turkish soldier",
    "killed on Tuesday two soldiers"); not after a passive's auxiliary,
    which takes no object.
    """
    start = shifted_phrase_start(tokens, num.first - 1)
    if start is None or start < 0:
        return None
    found = active_ending_at(tokens, start)
    if found is not None and found[1] > 0 and tokens[found[1] - 1].low in lx.BE_FORMS:
        return None
    return found


#: How many tokens the first object of a verb may hold when only a later
#: member of its list is counted.
_FIRST_OBJECT_TOKENS = 8


def first_object_before(
    tokens: list[Token], num: NumberReading, end: int
) -> tuple[tuple[Category | None, Category | None], int] | None:
    """
    ``ACTIVE_TRIGGER OBJECT "and" NUMBER NP``, where ``OBJECT`` opens with
    an article, a possessive or a name and holds no verb, number or clause
    break: a further object of the verb when no figure reads the first
    ("killed the village head and 11 others", "killed the owner of the shop
    and two customers").  The group (ending at ``end``) must not open a
    clause of its own ("... and 11 hostages were freed").  Returns the
    trigger's categories and first token.
    """
    k = num.first - 1
    n = len(tokens)
    if k < 2 or tokens[k].low != "and" or (end < n and tokens[end].low in lx.FINITE_AUXILIARIES):
        return None
    for m in range(k - 1, max(0, k - 1 - _FIRST_OBJECT_TOKENS), -1):
        tok = tokens[m]
        if tok.is_capitalized or tok.low in ("the", "a", "an") or tok.low in lx.POSSESSIVES:
            found = active_ending_at(tokens, m - 1)
            if found is not None:
                return found
        elif not tok.is_word or tok.low in lx.NP_STOP or tok.low in lx.ACTIVE_TRIGGERS:
            return None
    return None


def people_trigger_before(tokens: list[Token], i: int) -> tuple[Category, int] | None:
    """The people category of an active trigger (or phrase) ending just before ``i``."""
    k = i - 1
    if k >= 0 and tokens[k].low in ("also", "all"):
        k -= 1
    if k < 0:
        return None
    for words, people, _equipment in active_phrases_at(tokens, k):
        m = len(words)
        if people is not None and k - m + 1 >= 0 and words_at(tokens, k - m + 1, words):
            # one person searched for is a target, not missing
            return (people, k - m + 1) if people is not Category.MISSING else None
    trig = lx.ACTIVE_TRIGGERS.get(tokens[k].low)
    if trig is None or trig[0] is None or trig[0] is Category.REFUGEES or intended(tokens, k):
        return None
    if tokens[k].low.startswith(("lo", "los")):  # "lost him" is not a killing
        return None
    if tokens[k].low.startswith("seiz") and tokens[i].low not in lx.PEOPLE_NOUNS:
        return None  # "seized Boeing": things are seized, people only as such
    return trig[0], k
