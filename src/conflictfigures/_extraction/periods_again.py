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

from conflictfigures._extraction.attribution import WORD_EDGES

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
#: ("the same period last year", "the month before", "the week ahead", "the
#: weeks after the riot", "the quarter a year ago", "the period that followed").
_OWN_SPAN_AFTER = frozenset(
    {"last", "before", "earlier", "ahead", "of", "to", "since", "ending"}
    | {"after", "following", "prior", "that", "which", "a", "the", "when"}
)
#: Marks that end a figure's clause before a span told after it ("killed in
#: a strike, the most for any day during the month").
_CLAUSE_MARKS = frozenset(",;:()")


def periods_named_again(figures: list[Figure]) -> list[Figure]:
    """
    Each figure with neither day nor period whose sentence tells its span as
    ``PREPOSITION ("the" | "that") "same"? SPAN_NOUN`` ("during the
    quarter", "in that period", "over the same period"; not "the same period
    last year", "the month of May", "the weeks after the riot"), after it in
    its clause or in the sentence's opening ("During the same period, 40 ..."),
    takes the last period with a first day that a figure before it in the
    document was given, as a running count over it; a figure with none
    before keeps none.
    """
    last: Period | None = None
    out: list[Figure] = []
    named: dict[Span | None, list[tuple[int, int]]] = {}  # (each sentence read once)
    for f in figures:
        told = f
        if f.period is not None and f.period.start is not None:
            last = f.period
        elif last is not None and f.date is None and f.period is None:
            if f.sentence_span not in named:
                named[f.sentence_span] = _named_again(f.sentence)
            if _of_figure(f, named[f.sentence_span]):
                told = attrs.evolve(f, period=last, cumulative=True)
        out.append(told)
    return out


def _of_figure(f: Figure, phrases: list[tuple[int, int]]) -> bool:
    """
    Whether one of a sentence's phrases of a span named again (their
    character spans in it) is the figure's: in the sentence's opening before
    any clause's mark ("During the same period, 40 ...", "Of those killed in
    the quarter, 217 ..."), or after the figure in its clause.
    """
    if not phrases or f.sentence is None or f.sentence_span is None:
        return False
    end = f.span.end - f.sentence_span.start
    return any(
        _CLAUSE_MARKS.isdisjoint(f.sentence[:start])
        if start < end
        else _CLAUSE_MARKS.isdisjoint(f.sentence[end:start])
        for start, _ in phrases
    )


def _named_again(sentence: str | None) -> list[tuple[int, int]]:
    """Where a sentence names a span again ("during the quarter"; see above), as character spans."""
    if sentence is None:
        return []
    words: list[tuple[str, int, int]] = []
    at = 0
    for raw in sentence.split():
        start = sentence.find(raw, at)
        at = start + len(raw)
        words.append((raw.strip(WORD_EDGES).lower(), start, at))
    found = []
    for k, (w, _, end) in enumerate(words):
        if w not in _SPAN_NOUNS or k < 2:
            continue
        j = k - 1
        if words[j][0] in _AGAIN_WORDS:
            j -= 1
        if (
            j >= 1
            and words[j][0] in ("the", "that")
            and words[j - 1][0] in _SPAN_PREPOSITIONS
            # (a word after a clause's mark is another clause's: "during
            # the quarter, the UN said")
            and not (
                k + 1 < len(words)
                and words[k + 1][0] in _OWN_SPAN_AFTER
                and sentence[end - 1] not in _CLAUSE_MARKS
            )
        ):
            found.append((words[j - 1][1], end))
    return found
