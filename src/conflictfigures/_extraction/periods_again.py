"""
Periods named again: a figure told "during the quarter", "in the period" or
"over the same period" counts over the span the story named last ("Between
October and December alone, 1,410 people were killed ... Gangs also
kidnapped at least 147 people during the quarter"). Read by
:mod:`.document` over the whole document's figures, in text order (session
57, from the blind set s79, odd half).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import attrs

if TYPE_CHECKING:
    from conflictfigures.models import Figure, Period, Span

__all__ = ["periods_named_again"]

#: Nouns of a span a definite article names again ("the quarter", "the period").
_SPAN_NOUNS = frozenset({"period", "quarter", "month", "week", "year", "months", "weeks"})
#: Prepositions of a figure's span before its noun ("during the quarter").
_SPAN_PREPOSITIONS = frozenset({"in", "during", "over", "throughout", "for"})
#: Words of a span named before, between the article and the noun ("the same period").
_AGAIN_WORDS = frozenset({"same"})
#: Words after the noun that make it a span of its own or a comparison
#: ("the same period last year", "the month before", "the week ahead").
_OWN_SPAN_AFTER = frozenset({"last", "before", "earlier", "ahead", "of", "to", "since", "ending"})


def periods_named_again(figures: list[Figure]) -> list[Figure]:
    """
    Each figure with neither day nor period whose sentence tells its span as
    ``PREPOSITION ("the" | "that") "same"? SPAN_NOUN`` ("during the
    quarter", "in that period", "over the same period"; not "the same period
    last year", "the month of May") takes the last period with a first day
    that a figure before it in the document was given, as a running count
    over it; a figure with none before keeps none.
    """
    last: Period | None = None
    out: list[Figure] = []
    named: dict[Span | None, bool] = {}  # (each sentence read once, however many figures it holds)
    for f in figures:
        told = f
        if f.period is not None and f.period.start is not None:
            last = f.period
        elif last is not None and f.date is None and f.period is None:
            if f.sentence_span not in named:
                named[f.sentence_span] = _named_again(f.sentence)
            if named[f.sentence_span]:
                told = attrs.evolve(f, period=last, cumulative=True)
        out.append(told)
    return out


def _named_again(sentence: str | None) -> bool:
    """Whether a sentence names a span again ("during the quarter"; see above)."""
    if sentence is None:
        return False
    words = [w.strip(",.;:()\"'") for w in sentence.lower().split()]
    for k, w in enumerate(words):
        if w not in _SPAN_NOUNS or k < 2:
            continue
        j = k - 1
        if words[j] in _AGAIN_WORDS:
            j -= 1
        if (
            j >= 1
            and words[j] in ("the", "that")
            and words[j - 1] in _SPAN_PREPOSITIONS
            and not (k + 1 < len(words) and words[k + 1] in _OWN_SPAN_AFTER)
        ):
            return True
    return False
