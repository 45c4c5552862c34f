"""
The source of a list of counts after a colon that a body releases: "The
rights commission has released new numbers: 22 killed, 300 injured and 50
arrested", "The ministry published its latest figures: ...".  The body that
issues the figures (``lx.ISSUING_VERBS``, a noun of figures or of an
announcement right before the colon) is the source of what follows the
colon, whatever source the sentence before named.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from conflictfigures import _lexicon as lx
from conflictfigures._extraction.claimant_phrases import claimant_left
from conflictfigures._extraction.triggers import is_adverb

if TYPE_CHECKING:
    from conflictfigures._extraction.text import Token

__all__ = ["released_list_source"]

#: How far into its sentence the colon may stand (past an entry's stamp and a
#: long name with its acronym: "14:20 - The Kenya National Commission on
#: Human Rights (KNCHR) has just released new numbers:").
_COLON_REACH = 28
#: How many words may stand between the verb and the noun of figures ("new",
#: "its latest", "updated casualty").
_NOUN_WORDS = 3
#: Adverbs of time between the body and its verb that no "-ly" tells
#: ("has just released").
_JUST_WORDS = frozenset({"just", "now", "also", "today"})
#: The nouns of what is released before the list.
_RELEASED_NOUNS = lx.FIGURE_NOUNS | lx.ANNOUNCEMENT_NOUNS | {"data", "statistics", "count"}


def released_list_source(tokens: list[Token]) -> tuple[int, int, int] | None:
    """
    ``(colon, start, end)`` for ``SOURCE AUX? ISSUING_VERB WORD{0,3}
    FIGURE_NOUN ":"``: the colon's index and the source's token range, read
    leftward from the verb as any claimant before its verb is; else ``None``.
    """
    colon = next(
        (
            j
            for j, t in enumerate(tokens[:_COLON_REACH])
            if t.text == ":" and j >= 3 and tokens[j - 1].low in _RELEASED_NOUNS
        ),
        None,
    )
    if colon is None:
        return None
    verb = next(
        (
            j
            for j in range(colon - 2, max(0, colon - 2 - _NOUN_WORDS) - 1, -1)
            if tokens[j].low in lx.ISSUING_VERBS
        ),
        None,
    )
    if not verb:
        return None
    if any(not t.is_word or t.low in lx.ISSUING_VERBS for t in tokens[verb + 1 : colon - 1]):
        return None
    at = verb
    while at > 1 and (tokens[at - 1].low in _JUST_WORDS or is_adverb(tokens[at - 1])):
        at -= 1  # "has just released", "has finally published"
    rng = claimant_left(tokens, at)
    if rng is None or rng[0] >= rng[1]:
        return None
    return colon, rng[0], rng[1]
