"""
Screening: which blocks and sentences hold a word a figure can hang on,
read from their bytes folded to lower case in one C-level pass.
"""

from __future__ import annotations

from conflictfigures import _lexicon as lx
from conflictfigures._extraction.text import visible
from conflictfigures._extraction.triggers import ANCHORS

#: A byte table that keeps ASCII letters, folded to lower case, and turns every
#: other byte into a space: an ASCII text's words then split out of its bytes
#: in one C-level pass (several times faster than a regular expression).
FOLD_WORDS = bytes(c + 32 if 65 <= c <= 90 else c if 97 <= c <= 122 else 32 for c in range(256))


def fold_ascii(segment: str) -> bytes:
    """An ASCII ``segment`` as bytes, letters lower-cased and every other byte a space."""
    return segment.encode("ascii").translate(FOLD_WORDS)


def folded_words(segment: str) -> list[bytes]:
    """
    The words of ``segment``, lower-cased, as ASCII bytes: ASCII letters are
    kept and every other character breaks words.  Outside ASCII, invisible
    marks go first ("kil\u00adled" is "killed", as the tokenizer reads it), so
    every token whose lower-case form is an ASCII word is among them.
    """
    if segment.isascii():
        return fold_ascii(segment).split()
    # A lone surrogate (from json.loads or surrogateescape) is no letter.
    return visible(segment.lower()).encode("utf-8", "replace").translate(FOLD_WORDS).split()


#: The anchor words and month names as bytes, for the screen over folded text.
ANCHOR_BYTES = frozenset(w.encode() for w in ANCHORS if w.isascii() and w.isalpha())


MONTH_BYTES = frozenset(w.encode() for w in lx.MONTHS if w.isascii() and w.isalpha())
