"""
Tokens and sentences over the original text.

Every token and sentence keeps offsets into the text as passed in, so spans
slice back to the exact words.
Both passes are single left-to-right scans: linear in the input.
"""

from __future__ import annotations

import re
from itertools import accumulate, chain, compress, islice
from typing import TYPE_CHECKING, TypeVar

from conflictfigures._lexicon import (
    ABBREVIATIONS,
    ASCII_TOKEN_RE,
    DASHES,
    EQUIPMENT_MODELS,
    INVISIBLE,
    MONTHS,
    TOKEN_RE,
    WEEKDAYS,
)

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator

__all__ = [
    "Sentence",
    "Token",
    "TokenFlags",
    "blocks",
    "model_code",
    "sentence_spans",
    "sentences",
    "tokenize",
    "visible",
    "words_at",
]


_END_PUNCT = frozenset(".!?\u2026")
#: Invisible marks inside a word, dropped from its lower-case form: a
#: character class, so matching is linear.
_INVISIBLE_RE = re.compile("[" + INVISIBLE + "]")
#: Characters that may end a sentence; each is a candidate checked in Python.
_END_RE = re.compile("[.!?\u2026]")
_INVISIBLE_SET = frozenset(
    chr(c)
    for lo, hi in (
        (0xAD, 0xAD),
        (0x180E, 0x180E),
        (0x200B, 0x200F),
        (0x202A, 0x202E),
        (0x2060, 0x2064),
        (0x2066, 0x2069),
        (0xFEFF, 0xFEFF),
    )
    for c in range(lo, hi + 1)
)
_CLOSERS = frozenset("\"'\u201d\u2019)]\u00bb")
_LINE_START_MARKS = frozenset("\"'\u201c\u2018([\u00ab")
_LINE_END_PUNCT = frozenset('.!?:;"\u201d\u2019)]\u2026')


def visible(text: str) -> str:
    """``text`` without its invisible marks ("kil\u00adled" becomes "killed")."""
    return _INVISIBLE_RE.sub("", text)


#: The gap before a token: none (glued to the token before it, as "F" and
#: "-" and "35" in "F-35"), one character, or more (or the sentence's first token).
GLUED, ONE_APART, APART = 0, 1, 2


class Token:
    """
    One token: its text, the gap before it (:data:`GLUED`, :data:`ONE_APART`
    or :data:`APART`), its lower-case form, and what kind of token it is.

    Tokens are shared: every occurrence of one text after one kind of gap is
    the same object, built once.  Where an occurrence stands in the text is
    kept by its :class:`Sentence` (``starts`` and ``ends``).
    """

    __slots__ = ("gap", "is_capitalized", "is_digits", "is_word", "low", "text")

    def __init__(self, text: str, gap: int = APART) -> None:
        self.text = text
        self.gap = gap
        low = text.lower()
        if not low.isascii():
            # "sol\u00addiers" (a soft hyphen) reads as "soldiers".
            low = visible(low.replace("\u2019", "'"))
        first = text[0]
        last = text[-1]
        #: The lower-case form, whether the token is made of letters, whether it
        #: is a run of digits (with inner separators), whether it starts with a
        #: capital letter. (A calibre, "155mm", ends in letters: a word, as a
        #: modifier of its gun is, and no count.)
        self.low = low
        self.is_word = last.isalpha()
        self.is_digits = last.isdecimal()
        self.is_capitalized = first.isupper()

    def __repr__(self) -> str:
        return f"Token({self.text!r}, gap={self.gap})"


#: A token with the gap before it (spaces and invisible marks, possessively:
#: no token starts with either, so giving any back could never help).  Run
#: only on stretches that end in a token, where every match succeeds.
_GAPPED_TOKEN_RE = re.compile(
    "[\\s" + INVISIBLE + "]*+(?:" + TOKEN_RE.pattern + ")", TOKEN_RE.flags
)
#: The same for ASCII stretches, with the faster ASCII token pattern.
_ASCII_GAPPED_TOKEN_RE = re.compile(r"\s*+(?:" + ASCII_TOKEN_RE.pattern + ")")
#: Every character a gap between tokens can hold: the spaces (``str.isspace``,
#: the regular expressions' ``\\s``; none lies above U+3000) and the invisible marks.
_GAP_CHARS = "".join(c for c in map(chr, range(0x3001)) if c.isspace()) + "".join(
    sorted(_INVISIBLE_SET)
)
#: The same as a set: whether a character is a space or an invisible mark, in one look-up.
_GAP_SET = frozenset(_GAP_CHARS)
#: How many distinct gap-and-token pieces the table keeps before it starts
#: afresh, so no text can make it grow without limit.
_TOKENS_HELD = 150_000


class _Tokens(dict[str, Token]):
    """
    Tokens by the piece of text they are read from: the gap before the token
    and the token.  Built on first sight, then looked up.
    """

    def __missing__(self, piece: str) -> Token:
        text = piece.lstrip(_GAP_CHARS)
        gap = len(piece) - len(text)
        if len(self) >= _TOKENS_HELD:
            self.clear()
            _WORDS.clear()  # it holds these tokens: it starts afresh too
        token = self[piece] = Token(text, GLUED if gap == 0 else ONE_APART if gap == 1 else APART)
        return token


_TOKENS = _Tokens()


def _word_pieces(word: str) -> list[str]:
    """The pieces of a word (a run of visible characters) one space after the word before it."""
    gapped = " " + word
    return (_ASCII_GAPPED_TOKEN_RE if gapped.isascii() else _GAPPED_TOKEN_RE).findall(gapped)


class _Words(dict[str, tuple[Token, ...]]):
    """
    The tokens of a word one space after the word before it, by the word.
    Built on first sight, then looked up.
    """

    def __missing__(self, word: str) -> tuple[Token, ...]:
        tokens = tuple(map(_TOKENS.__getitem__, _word_pieces(word)))
        if len(self) >= _TOKENS_HELD:
            self.clear()
        self[word] = tokens
        return tokens


_WORDS = _Words()

#: What a :class:`TokenFlags` table holds for each token.
_Flag = TypeVar("_Flag", bool, int)


class TokenFlags(dict[Token, _Flag]):
    """
    Whether each token passes ``test`` (or what kind of token it is), by
    token: tokens are shared, so each distinct token is judged once and a
    sentence's tokens are then picked out in C (``compress`` over ``map`` of
    the table's lookups).
    """

    def __init__(self, test: Callable[[Token], _Flag]) -> None:
        super().__init__()
        self.test: Callable[[Token], _Flag] = test

    def __missing__(self, tok: Token) -> _Flag:
        if len(self) >= _TOKENS_HELD:
            self.clear()  # as the tokens' own table does
        flag = self[tok] = self.test(tok)
        return flag

    def indices(self, tokens: list[Token]) -> compress[int]:
        """The indices of the tokens that pass, in order."""
        return compress(range(len(tokens)), map(self.__getitem__, tokens))


#: The length of the piece of text a token glued or one space apart is read
#: from (its text and its gap), by token: in a sentence of words one space
#: apart, the tokens after the first are all such, and their ends are the
#: running sum of these lengths.
_PIECE_LENGTHS = TokenFlags(lambda tok: len(tok.text) + (1 if tok.gap == ONE_APART else 0))


#: Makes a sentence's first token apart, whatever precedes it.
_FIRST_GAP = "  "


class Sentence:
    """
    A sentence of ``text[start:end]``, tokenized: its tokens, and for each the
    offsets in the text where it starts and ends.
    """

    __slots__ = ("_at", "_ends", "tokens")

    def __init__(self, text: str, start: int, end: int) -> None:
        segment = text[start:end]
        if segment and (segment[-1] in _GAP_SET):
            segment = segment.rstrip(_GAP_CHARS)
        tokens: list[Token]
        self._at = start
        # The usual case, words one space apart (no other space, no invisible
        # mark): each word's tokens are looked up by the word, as if a space
        # stood before the first too, all in C; the ends are counted only
        # when first asked for (most sentences never need them).
        split = segment.split() if segment.isascii() or segment.isprintable() else None
        if split is not None and " ".join(split) == segment:
            tokens = list(chain.from_iterable(map(_WORDS.__getitem__, split)))
            self._ends: list[int] | None = None
        else:
            # Each piece is a token with the gap before it: the token is looked
            # up by its piece, and the pieces' running lengths are the tokens'
            # ends, all in C.
            pieces = (_ASCII_GAPPED_TOKEN_RE if segment.isascii() else _GAPPED_TOKEN_RE).findall(
                segment
            )
            tokens = list(map(_TOKENS.__getitem__, pieces))
            ends = self._ends = list(accumulate(map(len, pieces), initial=start))
            del ends[0]
        if tokens:
            tokens[0] = _TOKENS[_FIRST_GAP + tokens[0].text]
        self.tokens = tokens

    @property
    def ends(self) -> list[int]:
        """Where each token ends in the text."""
        ends = self._ends
        if ends is None:
            # Words one space apart: the first token starts the sentence, and
            # each token after it ends its piece's length after the one before.
            tokens = self.tokens
            ends = self._ends = (
                list(
                    accumulate(
                        map(_PIECE_LENGTHS.__getitem__, islice(tokens, 1, None)),
                        initial=self._at + len(tokens[0].text),
                    )
                )
                if tokens
                else []
            )
        return ends

    @property
    def start(self) -> int:
        """Where the sentence's first token starts in the text."""
        return self.start_of(0) if self.tokens else self._at

    @property
    def end(self) -> int:
        """Where the sentence's last token ends in the text."""
        return self.ends[-1] if self.tokens else self._at

    def start_of(self, k: int) -> int:
        """Where token ``k`` starts in the text: its end less its length."""
        return self.ends[k] - len(self.tokens[k].text)

    @property
    def starts(self) -> list[int]:
        """Where each token starts in the text."""
        return [self.start_of(k) for k in range(len(self.tokens))]


def initial(tok: Token) -> bool:
    """Whether a token is one capital letter, an initial ("U" of "U.S.")."""
    return len(tok.text) == 1 and tok.text.isupper()


def abbreviation_dot(tokens: list[Token], k: int) -> bool:
    """
    Whether the token at ``k`` is a full stop glued to an abbreviation or an
    initial before it ("Feb." in "since Feb. 24", "Gen.", "U.S."): part of
    its word, not the end of a clause.
    """
    if k < 1 or tokens[k].text != "." or tokens[k].gap != GLUED:
        return False
    word = tokens[k - 1]
    return word.low in ABBREVIATIONS or initial(word)


def possessive(low: str) -> bool:
    """Whether a lower-case word ends in a possessive "'s" (either apostrophe)."""
    return low.endswith(("'s", "\u2019s"))


def name_possessive(tok: Token) -> bool:
    """Whether a word is a name's possessive ("Gaza's"): capitalised, in "'s"."""
    return tok.is_capitalized and possessive(tok.low)


#: How long a word ending in "-ed" must be to read as a verb in the past
#: ("fled", "bed": no; "listed", "killed": yes).
_PAST_FORM_LENGTH = 4


def has_before(lows: list[str], verb: int) -> int:
    """
    Where "has" or "have" stands within the two words before the verb at
    ``verb`` ("has killed", "has also driven"), else -1.
    """
    return next((j for j in range(verb - 1, max(-1, verb - 3), -1) if lows[j] in _HAS), -1)


#: The auxiliaries of a perfect up to now.
_HAS = frozenset({"has", "have"})


def past_form(low: str) -> bool:
    """Whether a lower-case word reads as a verb in the past: longer than four letters, in "-ed"."""
    return len(low) > _PAST_FORM_LENGTH and low.endswith("ed")


def words_at(tokens: list[Token], i: int, words: tuple[str, ...]) -> bool:
    """Whether the tokens from ``i`` (``i >= 0``) are ``words``, in lower case."""
    if i + len(words) > len(tokens):
        return False
    # A loop is about twice as fast as all() over a generator on one to four words.
    for k, word in enumerate(words):  # noqa: SIM110
        if tokens[i + k].low != word:
            return False
    return True


def model_code(tokens: list[Token], i: int) -> bool:
    """
    Whether the digits at ``i`` end a model designation glued to letters by a
    dash ("T-72", "Su-25", "BMP-2") or follow a weapon system's name
    ("Leopard 2", `lx.EQUIPMENT_MODELS`): a name, not a count.
    """
    if (
        i >= 1
        and len(tokens[i].text) <= _MODEL_MARK_DIGITS
        and tokens[i - 1].is_capitalized
        and tokens[i - 1].low in EQUIPMENT_MODELS
    ):
        return True  # a model's mark after its name: "three Leopard 2 tanks", "Challenger 2s"
    return (
        i >= 2
        and tokens[i].gap == GLUED
        and tokens[i - 1].text in DASHES
        and tokens[i - 1].gap == GLUED
        and tokens[i - 2].is_word
        and len(tokens[i - 2].text) <= 4
        and tokens[i - 2].text[:1].isupper()
    )


#: How many digits a model's mark after its name may have ("Leopard 2").
_MODEL_MARK_DIGITS = 2


def dotted_meridiem(tokens: list[Token], k: int) -> bool:
    """Whether "a.m." or "p.m." starts at ``k`` (the tokenizer splits it at its dots)."""
    return (
        k + 2 < len(tokens)
        and tokens[k].low in ("a", "p")
        and tokens[k + 1].text == "."
        and tokens[k + 1].gap == GLUED
        and tokens[k + 2].low == "m"
        and tokens[k + 2].gap == GLUED
    )


def model_letters(tok: Token) -> bool:
    """
    Whether ``tok`` may be the letters of a model designation its digits are
    glued to with no dash ("M113", "R5", "AK47"): one to three capitals.
    """
    return tok.is_word and len(tok.text) <= 3 and tok.text.isupper()


def model_tail(tokens: list[Token], end: int) -> bool:
    """
    Whether the words ``tokens[:end]`` end on a model designation ("two
    Su-34s", "an M16", "three R5s"): a group of equipment.
    """
    last = end - 1
    if last >= 1 and tokens[last].text == "s" and tokens[last].gap == GLUED:
        last -= 1  # the plural: "Su-34s"
    return (
        last >= 1
        and tokens[last].is_digits
        and tokens[last].gap == GLUED
        and (model_code(tokens, last) or model_letters(tokens[last - 1]))
    )


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Return the tokens of ``text[start:end]``; :class:`Sentence` keeps their offsets."""
    return Sentence(text, start, len(text) if end is None else end).tokens


def blocks(text: str) -> Iterator[tuple[int, int]]:
    r"""
    Yield ``(start, end)`` of the text's blocks: lines, except that a line that
    ends without punctuation and is followed by a line starting in lower case
    continues into it (hard-wrapped text).

    Lines end at every line break ``str.splitlines`` knows, "\r\n" counting
    as one.
    """
    lines = text.splitlines(keepends=True)
    pos = 0
    block_start: int | None = None
    last = len(lines) - 1
    for idx, raw in enumerate(lines):
        body = raw.rstrip()  # every line break is a space to rstrip
        if body:
            if block_start is None:
                block_start = pos + len(body) - len(body.lstrip())
            if (
                idx < last
                and body[-1] not in _LINE_END_PUNCT
                and lines[idx + 1].lstrip(" \t\u00a0")[:1].islower()
            ):
                pos += len(raw)
                continue  # a hard-wrapped line: the block goes on
            yield block_start, pos + len(body)
            block_start = None
        pos += len(raw)
    if block_start is not None:
        yield block_start, len(text.rstrip())


def sentence_spans(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """
    Yield ``(start, end)`` of the sentences of the block ``text[start:end]``,
    trimmed of spaces, without tokenizing it.

    A sentence ends at ".", "!", "?" or "\u2026" (with any closing quotes or
    brackets glued after it) when the next visible character, after a space,
    starts a sentence: a capital, a digit or an opening quote.
    A full stop glued after an abbreviation ("Gen.", "Sept.") or an initial
    ("U.S.") ends none, nor does one glued to what follows ("3.6", ".org").
    Each candidate looks at a bounded stretch around it and every space run is
    crossed once, so the scan is linear.
    """
    first = start
    for p in _end_candidates(text, start, end):
        if p < first:
            continue
        q = p + 1
        while q < end and text[q] in _CLOSERS:
            q += 1
        r = q
        while r < end and text[r] in _GAP_SET:
            r += 1
        if r < end:
            if (
                text[p] == "."
                and (r == p + 1 or _glued_abbreviation(text, p, start))
                and not (r > q and _meridiem_ends(text, p, r, end))
                and not (r > q and _initials_end(text, p, r, end))
            ):
                continue
            c = text[r]
            if not (c.isupper() or c.isdecimal() or c in _LINE_START_MARKS):
                continue
        span = _trimmed(text, first, q)
        if span is not None:
            yield span
        first = r
    span = _trimmed(text, first, end)
    if span is not None:
        yield span


def _end_candidates(text: str, start: int, end: int) -> Iterator[int]:
    """
    The positions of the characters that may end a sentence in
    ``text[start:end]``, in order.  Most blocks end their sentences with full
    stops only: then ``str.find`` steps from one to the next.
    """
    if (
        text.find("!", start, end) >= 0
        or text.find("?", start, end) >= 0
        or text.find("\u2026", start, end) >= 0
    ):
        for m in _END_RE.finditer(text, start, end):
            yield m.start()
        return
    p = text.find(".", start, end)
    while p >= 0:
        yield p
        p = text.find(".", p + 1, end)


_LONGEST_ABBREVIATION = max(map(len, ABBREVIATIONS))

#: Words after "a.m." that go on with its sentence: days, months and zones
#: ("10 p.m. Eastern time").
_TIME_WORDS = (
    frozenset(WEEKDAYS)
    | frozenset(MONTHS)
    | frozenset({"eastern", "central", "pacific", "mountain", "atlantic", "local"})
)
#: How many characters after that word are read for "time" ("Kyiv time").
_ZONE_CHARS = 6
#: The longest word read after "a.m." to tell whether it opens a sentence.
_NEXT_WORD_CHARS = 12


def _meridiem_ends(text: str, p: int, r: int, end: int) -> bool:
    """
    Whether the full stop at ``p`` closes "a.m." or "p.m." and ends a
    sentence: the next word, at ``r``, is capitalised but neither a zone
    in capitals ("ET", "GMT") nor a day or month ("7:33 a.m. Monday"), as
    in "left the tracks at 7:33 a.m. Of the injured, ...".
    """
    if p < 3 or text[p - 3 : p + 1].lower() not in ("a.m.", "p.m."):
        return False
    k = r
    while k < end and k < r + _NEXT_WORD_CHARS and text[k].isalpha():
        k += 1
    word = text[r:k]
    # (a zone by its place: "9 a.m. Kyiv time")
    zone = text[k : k + _ZONE_CHARS].lstrip(" ").startswith("time")
    return (
        len(word) > 1
        and word[0].isupper()
        and not word.isupper()
        and word.lower() not in _TIME_WORDS
        and not zone
    )


#: Capitalized words that open a sentence and are no name's part: after
#: dotted initials they start a new sentence ("in Moncton, N.B. The man
#: entered ...").
_OPENING_WORDS = frozenset(
    {
        "The",
        "A",
        "An",
        "He",
        "She",
        "It",
        "They",
        "We",
        "His",
        "Her",
        "Its",
        "Their",
        "This",
        "That",
        "These",
        "Those",
        "There",
        "But",
        "After",
        "When",
        "While",
    }
)
#: The longest word of ``_OPENING_WORDS``.
_OPENING_CHARS = max(map(len, _OPENING_WORDS))


def _initials_end(text: str, p: int, r: int, end: int) -> bool:
    """
    Whether the full stop at ``p`` closes dotted initials ("N.B.", "U.S.",
    "D.C.") and ends a sentence: the next word, at ``r``, is one of
    ``_OPENING_WORDS`` ("... in Moncton, N.B. The 24-year-old entered the
    pleas Friday"; not "U.S. Army", "N.B. Power").
    """
    if p < 3 or not text[p - 1].isalpha() or text[p - 2] != "." or not text[p - 3].isalpha():
        return False
    k = r
    while k < end and k < r + _OPENING_CHARS + 1 and text[k].isalpha():
        k += 1
    return text[r:k] in _OPENING_WORDS and (k == end or text[k] in _GAP_SET)


def _glued_abbreviation(text: str, p: int, start: int) -> bool:
    """Whether the word glued before the full stop at ``p`` is an abbreviation or an initial."""
    longer = p - _LONGEST_ABBREVIATION - 1
    if longer >= start and text[longer:p].isalpha():
        return False  # the usual case: a word too long to be either
    k = p
    while k > start and k > p - 12 and text[k - 1].isalpha():
        k -= 1
    word = text[k:p]
    if not word or (k > start and (text[k - 1].isalpha() or text[k - 1].isdigit())):
        return False  # (a longer word, or a number's ending: "in their 20s.")
    return word.lower() in ABBREVIATIONS or len(word) == 1


def _trimmed(text: str, start: int, end: int) -> tuple[int, int] | None:
    """``[start, end)`` without spaces or invisible marks at either end; ``None`` if empty."""
    while start < end and text[start] in _GAP_SET:
        start += 1
    while end > start and text[end - 1] in _GAP_SET:
        end -= 1
    return (start, end) if start < end else None


def sentences(text: str, start: int, end: int) -> Iterator[Sentence]:
    """Yield the sentences of the block ``text[start:end]``, tokenized."""
    for s_start, s_end in sentence_spans(text, start, end):
        sentence = Sentence(text, s_start, s_end)
        if sentence.tokens:
            yield sentence
