"""Tokens and sentences: offsets into the text as passed in, and shared tokens."""

from __future__ import annotations

import pytest

from conflictfigures._extraction import text as _text
from conflictfigures._extraction.text import APART, GLUED, ONE_APART, Sentence


def test_a_sentence_keeps_every_token_offset() -> None:
    """Each token's start and end slice its own text out of the original."""
    text = "  Gen. Ali said\u00a0 1,200 F-35s\u200bwere \u201cdowned\u201d on 27 Feb. "
    sentence = Sentence(text, 2, len(text) - 1)
    assert [text[a:b] for a, b in zip(sentence.starts, sentence.ends, strict=True)] == [
        t.text for t in sentence.tokens
    ]
    assert [t.text for t in sentence.tokens][:6] == ["Gen", ".", "Ali", "said", "1,200", "F"]
    assert (sentence.start, sentence.end) == (2, len(text) - 1)


def test_the_gap_before_each_token() -> None:
    """Glued, one character apart (a space or an invisible mark), or further; the first is apart."""
    tokens = _text.tokenize("F-35 1 200\u200bx  y")
    assert [(t.text, t.gap) for t in tokens] == [
        ("F", APART),
        ("-", GLUED),
        ("35", GLUED),
        ("1", ONE_APART),
        ("200", ONE_APART),
        ("x", ONE_APART),
        ("y", APART),
    ]


def test_tokens_are_shared_by_text_and_gap() -> None:
    """One object per text after one gap, wherever it occurs."""
    first = _text.tokenize("two soldiers killed")
    second = _text.tokenize("Three soldiers killed-soldiers")
    assert first[1] is second[1]  # "soldiers" after a space
    assert second[3].text == "-"
    assert second[4].text == "soldiers"
    assert second[4] is not first[1]  # glued to the dash
    assert second[4].low == "soldiers"


def test_the_token_tables_stay_bounded() -> None:
    """No text can make the shared tables grow without limit."""

    def word(n: int) -> str:
        letters = ""
        while True:
            n, r = divmod(n, 26)
            letters += chr(97 + r)
            if n == 0:
                return letters

    count = _text._TOKENS_HELD + 10
    tokens = _text.tokenize(" ".join(word(n) for n in range(count)))
    assert len(tokens) == count
    assert len(_text._TOKENS) <= _text._TOKENS_HELD
    assert [t.text for t in tokens[-2:]] == [word(count - 2), word(count - 1)]


def test_an_empty_stretch_has_no_tokens() -> None:
    """A stretch of spaces is a sentence without tokens that starts and ends where it starts."""
    sentence = Sentence("a    b", 1, 5)
    assert sentence.tokens == []
    assert (sentence.start, sentence.end) == (1, 1)


def test_the_gap_characters_are_every_space_and_invisible_mark() -> None:
    """What a gap can hold: exactly the characters the token patterns skip between tokens."""
    import re  # noqa: PLC0415

    spaces = {chr(c) for c in range(0x110000) if chr(c).isspace()}
    assert spaces == {chr(c) for c in range(0x110000) if re.fullmatch(r"\s", chr(c))}
    assert set(_text._GAP_CHARS) == spaces | _text._INVISIBLE_SET


def test_every_line_break_is_a_space_that_ends_a_block() -> None:
    """Blocks strip a line's break with its trailing spaces: every break splitlines knows is one."""
    breaks = [c for c in map(chr, range(0x3001)) if len(f"a{c}b".splitlines()) == 2]
    assert breaks == list("\n\v\f\r\x1c\x1d\x1e\x85\u2028\u2029")
    assert all(c.isspace() for c in breaks)
    for c in breaks:
        text = f"Two soldiers were killed.{c}Three were wounded."
        assert [text[a:b] for a, b in _text.blocks(text)] == [
            "Two soldiers were killed.",
            "Three were wounded.",
        ]


def test_sentences_end_at_every_end_mark() -> None:
    """Full stops alone, or with question and exclamation marks and ellipses, end sentences."""
    for marks in ("...", "?!\u2026", ".?.", "!!!"):
        text = (
            f"Two were killed{marks[0]} Gen. Ali said 3.6 were hurt{marks[1]} Five fled{marks[2]}"
        )
        spans = list(_text.sentence_spans(text, 0, len(text)))
        assert [text[a:b] for a, b in spans] == [
            f"Two were killed{marks[0]}",
            f"Gen. Ali said 3.6 were hurt{marks[1]}",
            f"Five fled{marks[2]}",
        ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The train left at 7:33 a.m. Of the injured, 62 were passengers.",
            ["The train left at 7:33 a.m.", "Of the injured, 62 were passengers."],
        ),
        (
            "It happened at 7:33 a.m. Monday in Paris.",
            ["It happened at 7:33 a.m. Monday in Paris."],
        ),
        ("It happened at 7:33 a.m. ET on Monday.", ["It happened at 7:33 a.m. ET on Monday."]),
        ("Shots rang out at 10 p.m. Eastern time.", ["Shots rang out at 10 p.m. Eastern time."]),
    ],
)
def test_a_meridiem_ends_a_sentence_before_a_capitalised_word(
    text: str, expected: list[str]
) -> None:
    """ "a.m." or "p.m." ends its sentence before a capital that is no day, month or zone."""
    assert [text[a:b] for a, b in _text.sentence_spans(text, 0, len(text))] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Two were wounded in Moncton, N.B. The man entered his pleas Friday.",
            ["Two were wounded in Moncton, N.B.", "The man entered his pleas Friday."],
        ),
        (
            "Police in Washington, D.C. They said two died.",
            ["Police in Washington, D.C.", "They said two died."],
        ),
        ("Two U.S. Army medics were wounded.", ["Two U.S. Army medics were wounded."]),
        ("Two U.S. A-10 pilots were killed.", ["Two U.S. A-10 pilots were killed."]),
        ("Gen. The Lord Dannatt spoke.", ["Gen. The Lord Dannatt spoke."]),
        ("J. The Smith said.", ["J. The Smith said."]),
    ],
)
def test_dotted_initials_end_a_sentence_before_an_opening_word(
    text: str, expected: list[str]
) -> None:
    """
    Dotted initials ("N.B.", "D.C.") end their sentence before a capitalized
    word that opens sentences and is no name's part ("The", "They"); not
    before a name ("U.S. Army"), nor after an abbreviation or one initial.
    """
    assert [text[a:b] for a, b in _text.sentence_spans(text, 0, len(text))] == expected


def _pieces_read_whole(text: str, start: int, end: int) -> tuple[list[tuple[str, int]], list[int]]:
    """A stretch's tokens and ends read with the gapped token patterns over the whole stretch."""
    segment = text[start:end].rstrip(_text._GAP_CHARS)
    pattern = _text._ASCII_GAPPED_TOKEN_RE if segment.isascii() else _text._GAPPED_TOKEN_RE
    pieces = pattern.findall(segment)
    tokens = [_text._TOKENS[piece] for piece in pieces]
    if tokens:
        tokens[0] = _text._TOKENS[_text._FIRST_GAP + tokens[0].text]
    ends, at = [], start
    for piece in pieces:
        at += len(piece)
        ends.append(at)
    return [(t.text, t.gap) for t in tokens], ends


def test_words_one_space_apart_read_as_the_whole_stretch_reads() -> None:
    """
    A sentence of words one space apart is read word by word from a table;
    its tokens, gaps and ends are those the patterns read over the whole.
    """
    import random  # noqa: PLC0415

    rng = random.Random(7)  # noqa: S311 - reproducible texts, not a secret
    parts = [
        "Two", "soldiers", "were", "killed,", "3.6", "million", "1'000", "F-35s",
        "U.S.", "Turkey\u2019s", "(AFP)", "\u201cdowned\u201d", "\u00e9t\u00e9", "\u0661\u0662",
        "x\u00a0y", "a\u200bb", "kil\u00adled", "-", "...", "1,200", "\u2014", "'s",
    ]  # fmt: skip
    gaps = [" ", " ", " ", " ", "  ", "\n", "\u00a0", "\t", "\u2009"]
    for _ in range(3000):
        words = [rng.choice(parts) for _ in range(rng.randint(1, 12))]
        text = "".join(rng.choice(gaps) + w for w in words)
        start = len(text) - len(text.lstrip(_text._GAP_CHARS))
        sentence = Sentence(text, start, len(text))
        assert ([(t.text, t.gap) for t in sentence.tokens], sentence.ends) == _pieces_read_whole(
            text, start, len(text)
        )


def test_only_the_space_is_both_a_space_and_printable() -> None:
    """So a printable sentence split at its spaces holds every gap it has: one space each."""
    assert [c for c in map(chr, range(0x110000)) if c.isspace() and c.isprintable()] == [" "]
    assert not any(c.isprintable() for c in _text._INVISIBLE_SET)


def test_the_word_table_stays_bounded() -> None:
    """Words made of tokens already known cannot make the word table grow without limit."""
    count = _text._TOKENS_HELD + 10
    text = " ".join(f"{n % 10}-{n}" for n in range(count))
    sentence = Sentence(text, 0, 10**9)
    assert len(sentence.tokens) == 3 * count
    assert len(_text._WORDS) <= _text._TOKENS_HELD
    assert sentence.ends[-1] == len(text)
    assert len(_text._PIECE_LENGTHS) <= _text._TOKENS_HELD


def test_a_calibre_glued_to_its_digits_is_one_word() -> None:
    """'155mm' and '7.62mm' are words (modifiers of a gun), no digits; '155 mm' stays two tokens."""
    tokens = _text.tokenize("a 155mm gun, 7.62mm rounds, 155 mm, 1mmm")
    assert [(t.text, t.is_word, t.is_digits) for t in tokens] == [
        ("a", True, False),
        ("155mm", True, False),
        ("gun", True, False),
        (",", False, False),
        ("7.62mm", True, False),
        ("rounds", True, False),
        (",", False, False),
        ("155", False, True),
        ("mm", True, False),
        (",", False, False),
        ("1", False, True),
        ("mmm", True, False),
    ]
    assert [t.text for t in _text.tokenize("a 155mm gun \u00e9")] == ["a", "155mm", "gun", "\u00e9"]
