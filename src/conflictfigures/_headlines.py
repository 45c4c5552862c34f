"""
Where a figure stands: in a title line (a headline, a subhead) or in the
body. One rule, read by extraction (a title's undated figure is the
story's) and by the tally (a headline's toll dates nothing).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from conflictfigures.models import Figure

__all__ = ["in_headline", "in_title_line"]

#: What ends a sentence of the body; a title line ends without it.
_STOPS = (".", "!", "?", '."', ".\u201d", '!"', '?"')


def in_title_line(figure: Figure) -> bool:
    """Whether a figure's sentence ends without a stop: a title line ("Teen dies in shooting")."""
    sentence = figure.sentence
    return sentence is not None and not sentence.rstrip().endswith(_STOPS)


def in_headline(figure: Figure) -> bool:
    """Whether a figure stands in its text's headline: a title line that opens the text."""
    span = figure.sentence_span
    return span is not None and span.start == 0 and in_title_line(figure)
