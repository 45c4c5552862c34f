"""
Tokens and sentences over the original text.

Every token and sentence keeps offsets into the text as passed in, so spans
slice back to the exact words.
Both passes are single left-to-right scans: linear in the input.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from conflictfigures._lexicon import ABBREVIATIONS, INVISIBLE, TOKEN_RE

if TYPE_CHECKING:
    from collections.abc import Iterator

__all__ = ["Sentence", "Token", "blocks", "sentences", "tokenize"]

#: Line breaks of every kind (a paragraph or a line of a headline ends here).
_LINE_BREAK_RE = re.compile(r"[\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]")

_END_PUNCT = frozenset(".!?\u2026")
#: Invisible marks inside a word, dropped from its lower-case form: a
#: character class, so matching is linear.
_INVISIBLE_RE = re.compile("[" + INVISIBLE + "]")
_CLOSERS = frozenset("\"'\u201d\u2019)]\u00bb")
_OPENERS = frozenset("\"'\u201c\u2018([\u00ab")
_LINE_END_PUNCT = frozenset('.!?:;"\u201d\u2019)]\u2026')


class Token:
    """
    One token: its text, its lower-case form, its offsets, and what kind of
    token it is (computed once, read many times).
    """

    __slots__ = ("end", "is_capitalized", "is_digits", "is_word", "low", "start", "text")

    def __init__(self, text: str, start: int, end: int) -> None:
        self.text = text
        low = text.lower()
        if not low.isascii():
            # "sol\u00addiers" (a soft hyphen) reads as "soldiers".
            low = _INVISIBLE_RE.sub("", low.replace("\u2019", "'"))
        self.low = low
        self.start = start
        self.end = end
        first = text[0]
        #: Whether the token is made of letters.
        self.is_word = first.isalpha()
        #: Whether the token is a run of digits (with inner separators).
        self.is_digits = first.isdecimal()
        #: Whether the token starts with a capital letter.
        self.is_capitalized = first.isupper()

    def __repr__(self) -> str:
        return f"Token({self.text!r}, {self.start}, {self.end})"


class Sentence:
    """A sentence: its offsets in the text and its tokens."""

    __slots__ = ("end", "start", "tokens")

    def __init__(self, tokens: list[Token]) -> None:
        self.tokens = tokens
        self.start = tokens[0].start
        self.end = tokens[-1].end


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Return the tokens of ``text[start:end]`` with offsets into ``text``."""
    stop = len(text) if end is None else end
    return [Token(m.group(), m.start(), m.end()) for m in TOKEN_RE.finditer(text, start, stop)]


def blocks(text: str) -> Iterator[tuple[int, int]]:
    """
    Yield ``(start, end)`` of the text's blocks: lines, except that a line that
    ends without punctuation and is followed by a line starting in lower case
    continues into it (hard-wrapped text).
    """
    n = len(text)
    pos = 0
    block_start: int | None = None
    while pos <= n:
        m = _LINE_BREAK_RE.search(text, pos)
        line_end = m.start() if m else n
        line = text[pos:line_end]
        stripped = line.strip()
        if stripped:
            if block_start is None:
                block_start = pos + (len(line) - len(line.lstrip()))
            nxt = _next_line_start(text, line_end)
            joins = nxt is not None and stripped[-1] not in _LINE_END_PUNCT and text[nxt].islower()
            if not joins:
                yield block_start, pos + len(line.rstrip())
                block_start = None
        elif block_start is not None:
            # A blank line always ends a block.
            yield block_start, pos
            block_start = None
        if m is None:
            break
        pos = m.end()
    if block_start is not None:
        yield block_start, len(text.rstrip())


def _next_line_start(text: str, line_end: int) -> int | None:
    """Return the offset of the first character of the next line, if it is not blank."""
    if line_end >= len(text):
        return None
    i = line_end + 1
    if text[line_end] == "\r" and i < len(text) and text[i] == "\n":
        i += 1
    j = i
    n = len(text)
    while j < n and text[j] in " \t\u00a0":
        j += 1
    if j >= n or _LINE_BREAK_RE.match(text, j):
        return None
    return j


def sentences(text: str, start: int, end: int) -> Iterator[Sentence]:
    """Yield the sentences of the block ``text[start:end]``."""
    tokens = tokenize(text, start, end)
    n = len(tokens)
    first = 0
    i = 0
    while i < n:
        tok = tokens[i]
        if tok.text in _END_PUNCT and _ends_sentence(tokens, i):
            j = i + 1
            while j < n and tokens[j].text in _CLOSERS and tokens[j].start == tokens[j - 1].end:
                j += 1
            yield Sentence(tokens[first:j])
            first = j
            i = j
            continue
        i += 1
    if first < n:
        yield Sentence(tokens[first:])


def _ends_sentence(tokens: list[Token], i: int) -> bool:
    """Whether the full stop (or ! or ?) at ``tokens[i]`` ends a sentence."""
    n = len(tokens)
    j = i + 1
    while j < n and tokens[j].text in _CLOSERS and tokens[j].start == tokens[j - 1].end:
        j += 1
    if j >= n:
        return True
    nxt = tokens[j]
    if tokens[i].text == ".":
        prev = tokens[i - 1] if i > 0 else None
        if prev is not None and prev.end == tokens[i].start:
            if prev.low in ABBREVIATIONS:
                return False
            if len(prev.text) == 1 and prev.text.isalpha():
                # An initial ("U.S.", "J. Smith").
                return False
        if nxt.start == tokens[i].end:
            # "3.6" is one token; "example.org" or ".5" are not sentence ends.
            return False
    return nxt.text[0].isupper() or nxt.text[0].isdecimal() or nxt.text in _OPENERS
