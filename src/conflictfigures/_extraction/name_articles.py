"""
Two shapes of a source's name the claimant reader's leftward walk misses.

An article inside an organisation's name ("Save the Children", "Stop the
War Coalition"): a lower-case "the" between two capitalised words, the first
of which opens the name and is no adverb, day or joining word of the
sentence ("Later the Red Cross said", "On Monday the UN said" keep the name
after "the").  Read by the claimant reader walking leftward from its verb.

A body in lower case that owns a document by its possessive ("the army's
communique spoke of 51 arrested", "the ministry's report cited 40 dead"):
the owner of the document is its source, as a capitalised one is ("The
Navy's first report").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from conflictfigures import _lexicon as lx
from conflictfigures._extraction.speakers import claim_word, speaker_noun
from conflictfigures._extraction.text import possessive

if TYPE_CHECKING:
    from conflictfigures._extraction.text import Token

__all__ = ["article_in_name", "possessive_owner"]

#: Endings of the adverbs that open a sentence ("Separately", "Afterwards").
_ADVERB_ENDINGS = ("ly", "wards", "ward")


def article_in_name(tokens: list[Token], j: int) -> bool:
    """
    Whether the "the" at ``tokens[j]`` stands inside a name whose words after
    it are capitalised ("Save the Children said"): the word before it is
    capitalised, opens the name (nothing capitalised before it) and is no
    word that opens a sentence or a phrase of time or place.
    """
    if not (0 < j < len(tokens) - 1) or tokens[j].text != "the":
        return False
    before, after = tokens[j - 1], tokens[j + 1]
    if not (before.is_word and before.is_capitalized and after.is_capitalized):
        return False
    low = before.low
    if (
        low in lx.CLAIM_SKIPPABLE
        or low in lx.SENTENCE_OPENERS
        or low in lx.ADJUNCT_OPENERS
        or low in lx.PRONOUNS
        or low in lx.WEEKDAYS
        or low in lx.MONTHS
        or low in lx.REPORTING_VERBS
        or low.endswith(_ADVERB_ENDINGS)
    ):
        return False
    # (the name opens at that word: "Save" after a comma or the sentence's start)
    # (nor a place after its preposition: "killed in Gaza the Health Ministry said")
    return j == 1 or not (
        (tokens[j - 2].is_word and tokens[j - 2].is_capitalized)
        or tokens[j - 2].low in lx.ADJUNCT_OPENERS
    )


#: How many words a document's owner may take before its possessive ("the
#: regional health ministry's").
_OWNER_WORDS = 4


def possessive_owner(tokens: list[Token], d: int) -> tuple[int, int] | None:
    """
    The owner before the document's noun at ``tokens[d]`` when the word
    right before it (or before "own") is a body's possessive ("the army's
    communique", "the army's own communique"): the
    words from its article (or the first of up to ``_OWNER_WORDS`` words) to
    the possessive, when the possessive's noun is a body or a speaker
    (``lx.BODY_HEADS``, ``lx.ISSUER_NOUNS`` or ``speaker_noun``); else ``None``.
    """
    if d >= 2 and tokens[d - 1].low == "own":
        d -= 1  # "the army's own communique"
    if d < 1 or not possessive(tokens[d - 1].low):
        return None
    head = tokens[d - 1].low[:-2]
    if not (head in lx.BODY_HEADS or head in lx.ISSUER_NOUNS or speaker_noun(head)):
        return None
    start = d - 1
    while start > max(0, d - 1 - _OWNER_WORDS) and tokens[start - 1].is_word:
        low = tokens[start - 1].low
        if low in lx.ARTICLE_WORDS:
            start -= 1
            break
        if not claim_word(tokens[start - 1]) or possessive(low):
            break
        start -= 1
    return start, d
