"""
Phrase readers of session 49 that ``triggers.passive_phrase_at`` asks
after its lexicon phrases: migrants rescued at sea, people picked up by a
force, a shelter told in another country, the country a crossing goes into,
and a noun a word of refuge modifies.  Moved out of :mod:`.triggers` in
session 49.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from conflictfigures import _lexicon as lx
from conflictfigures._extraction.crossers import rescued_migrants
from conflictfigures._extraction.flight import stay_abroad
from conflictfigures._extraction.gazetteer import country_end
from conflictfigures.models import Category

if TYPE_CHECKING:
    from conflictfigures._extraction.text import Token
    from conflictfigures._lexicon.verbs import Phrase

__all__ = [
    "REFUGE_NOUNS",
    "crossed_into_end",
    "noun_after",
    "picked_up_phrase",
    "rescue_phrase",
    "sheltered_abroad",
]


def sheltered_abroad(tokens: list[Token], k: int, length: int) -> int | None:
    """
    Where a phrase of shelter at ``k`` (``length`` words, ending in "in" or
    a place of shelter with "in" after it) goes on with another country
    than its people's own (see :func:`.flight.stay_abroad`): the index after
    the country, else ``None``.
    """
    end = k + length
    if tokens[end - 1].low == "in":
        return stay_abroad(tokens, k, end)
    if end + 1 < len(tokens) and tokens[end].low == "in":
        return stay_abroad(tokens, k, end + 1)
    return None


#: Words of a rescue or an evacuation, whose people a force picks up to save them.
_RESCUE_SCENE_WORDS = frozenset(
    {"stranded", "survivors", "rescued", "evacuated", "safety", "shelters", "returned", "bused"}
)
#: How many words may stand between "picked up by" and the force's noun.
_FORCE_WORDS_BEFORE = 3


def picked_up_phrase(tokens: list[Token], k: int) -> Phrase | None:
    """
    ``"picked" "up" "by" WORD{0,3} FORCE_WORD`` at ``k``: people taken in by
    police or troops, detained ("Forty-two people were picked up by police";
    not "picked up by a rescue boat").
    """
    n = len(tokens)
    if not (k + 3 < n and tokens[k].low == "picked" and tokens[k + 1].low == "up"):
        return None
    if tokens[k + 2].low != "by":
        return None
    if not _RESCUE_SCENE_WORDS.isdisjoint(t.low for t in tokens):
        return None  # "picked up by the army and bused to safety": a rescue
    for m in range(k + 3, min(n, k + 4 + _FORCE_WORDS_BEFORE)):
        if tokens[m].low in lx.FORCE_WORDS or tokens[m].low == "authorities":
            if m + 1 < n and tokens[m + 1].low in lx.FORCE_WORDS:
                continue  # ("security forces": the head after)
            if noun_after(tokens, m + 1):
                return None  # "picked up by army helicopters": a force's craft
            return tuple(t.low for t in tokens[k : m + 1]), Category.DETAINED, None
        if not tokens[m].is_word:
            return None
    return None


def crossed_into_end(tokens: list[Token], k: int) -> int:
    """
    The index after the country a verb of crossing at ``k`` goes into
    ("cross into Lebanon from Syria": after "Lebanon"), else after the verb.
    """
    m = k + 1
    while m < len(tokens) and tokens[m].low in ("into", "to", "the"):
        m += 1
    return country_end(tokens, m) or k + 1 if m < len(tokens) else k + 1


#: The nouns of refuge that may modify a noun after them ("safety precautions").
REFUGE_NOUNS = frozenset({"safety", "sanctuary"})


def noun_after(tokens: list[Token], m: int) -> bool:
    """Whether a lower-case word, no preposition or verb, stands at ``m``: a noun modified."""
    if m >= len(tokens):
        return False
    tok = tokens[m]
    return (
        tok.is_word
        and not tok.is_capitalized
        and tok.low not in lx.NP_STOP
        and tok.low not in lx.PREPOSITIONS
        and tok.low not in lx.ABROAD_ADVERBS
        and tok.low not in _TIME_ADVERBS
        and not tok.low.endswith(("ed", "ly"))
    )


#: Words of time after a noun that modify no noun ("by security forces overnight").
_TIME_ADVERBS = frozenset({"overnight", "today", "yesterday", "tonight", "earlier", "later"})


def rescue_phrase(tokens: list[Token], k: int) -> Phrase | None:
    """Migrants rescued or intercepted at sea (see :func:`.crossers.rescued_migrants`)."""
    end = rescued_migrants(tokens, k)
    return None if end is None else (tuple(t.low for t in tokens[k:end]), Category.REFUGEES, None)
