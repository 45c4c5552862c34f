"""
Extraction keeps its promises on any text: it returns figures whose spans
point at their words, inside their sentence, with bounds that hold.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings, strategies as st

from conflictfigures import (
    ConflictFiguresError,
    Figure,
    InvalidText,
    Qualifier,
    extract,
)

SEEDS = Path(__file__).resolve().parents[2] / "seeds"

#: Sentences of the seed articles, split on full stops and line breaks.
SEED_SENTENCES = sorted(
    {
        part.strip()
        for path in SEEDS.glob("*.txt")
        for line in path.read_text(encoding="utf-8").splitlines()
        for part in line.split(". ")
        if part.strip()
    }
)

#: Qualifiers whose bounds must contain the stated number.
CONTAINS_STATED = frozenset({Qualifier.EXACT, Qualifier.AT_LEAST, Qualifier.ABOUT, Qualifier.RANGE})

#: Characters real pages put between words: Unicode spaces, dashes, marks, controls.
HOSTILE_CHARS = (
    "\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f"
    "\u3000\u2010\u2011\u2012\u2013\u2014\u2015\u2212\u200b\u200e\u200f\u202a\u202e\u2066"
    "\u2069\ufeff\x00\x07\x1b\x7f\x85\u2028\u2029\r\n\t,.;:'\"\u2019\u201c\u201d-"
    "\u0663\uff13\u0969"
)


junk = st.text(alphabet=st.sampled_from(HOSTILE_CHARS), max_size=8) | st.text(max_size=12)
pieces = st.lists(st.sampled_from(SEED_SENTENCES) | junk, max_size=12)
seed_mixes = pieces.map("".join) | pieces.map(" ".join)


def check_figures(text: str, figures: list[Figure]) -> None:
    """Every invariant a caller relies on for the figures of ``text``."""
    assert isinstance(figures, list)
    previous_start = -1
    for f in figures:
        assert isinstance(f, Figure)
        assert 0 <= f.span.start < f.span.end <= len(text)
        assert text[f.span.start : f.span.end] == f.surface
        assert f.surface == f.surface.strip()
        assert f.sentence_span is not None
        assert f.sentence is not None
        assert text[f.sentence_span.start : f.sentence_span.end] == f.sentence
        assert f.sentence_span.contains(f.span)
        assert f.span.start >= previous_start, "figures come in text order"
        previous_start = f.span.start
        c = f.count
        assert c.high is None or c.low <= c.high
        if c.qualifier in CONTAINS_STATED:
            assert c.stated is not None
            assert c.low <= c.stated
            assert c.high is None or c.stated <= c.high
        if c.qualifier is Qualifier.RANGE:
            assert c.stated is not None
            assert c.stated_high is not None
            assert c.stated <= c.stated_high
            assert c.high is None or c.stated_high <= c.high
        if c.qualifier is Qualifier.VAGUE:
            assert c.stated is None
            assert c.vague is not None


@settings(max_examples=300, deadline=None)
@given(st.text())
@example("")
@example("\u0663 soldiers were killed.")
@example("killed 5" + "-5" * 50 + " soldiers were killed.")
@example("10\u201015 soldiers were killed.")
@example("5 soldiers were killed.\u00b2")
@example("Two soldiers were killed yesterday \u2460 \u00b3 March \u00b2\u00b2\u00b2\u00b2.")
def test_extract_on_any_text(text: str) -> None:
    """
    On any ``str``, ``extract`` returns a list of figures (never raises); each
    span slices back to its surface inside its sentence, and the bounds of
    exact, at-least, about and range counts contain the stated number.
    """
    check_figures(text, extract(text))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(seed_mixes, st.sampled_from([None, "2020-02-27"]))
@example("Two soldiers were killed\u200f and five wounded.", "2020-02-27")
@example("at least at least at least 5 soldiers were killed.", None)
@example("Three soldiers were killed on Thursday, February 27.\u00b2", None)
@example(
    "\u0661\u066c\u0662\u0660\u0660 soldiers were killed in the past \u00b2 days.", "2020-02-27"
)
def test_extract_on_seed_sentences_mixed_with_junk(text: str, published: str | None) -> None:
    """
    Seed sentences glued to random junk and hostile characters: figures still
    slice back to their words and their bounds hold, with or without a
    publication date.
    """
    check_figures(text, extract(text, published=published))


@settings(max_examples=100, deadline=None)
@given(
    st.binary()
    | st.none()
    | st.integers()
    | st.floats()
    | st.lists(st.text(max_size=3), max_size=3)
    | st.builds(bytearray, st.binary())
)
def test_extract_rejects_non_str_with_a_typed_error(value: object) -> None:
    """Anything but a ``str`` raises :class:`InvalidText`, a library error and a TypeError."""
    with pytest.raises(InvalidText) as info:
        extract(value)  # type: ignore[arg-type]
    assert isinstance(info.value, ConflictFiguresError)
    assert isinstance(info.value, TypeError)
    assert str(info.value) == f"extract() needs the text as a str, got {type(value).__name__}"


#: ASCII text made of the characters tokens are cut from: letters, digits, the
#: separators digit groups use, apostrophes, punctuation and every ASCII space.
ascii_texts = st.text(
    alphabet=st.sampled_from("aZ09,.'\" -!?;:()\t\n\r\x0b\x0c\x1c\x1d\x1e\x1f\x00\x7f"), max_size=60
) | st.text(alphabet=st.characters(max_codepoint=127), max_size=60)


@given(ascii_texts)
@example("1'000'000 a'b'' 3.6,2 x''y")
def test_the_ascii_token_pattern_cuts_ascii_text_as_the_full_one(text: str) -> None:
    """ASCII sentences are tokenized with the faster pattern: same tokens, same offsets."""
    from conflictfigures._lexicon import ASCII_TOKEN_RE, TOKEN_RE  # noqa: PLC0415

    def cut(pattern: object) -> list[tuple[str, int, int]]:
        assert isinstance(pattern, type(TOKEN_RE))
        return [(m.group(), *m.span()) for m in pattern.finditer(text)]

    assert cut(ASCII_TOKEN_RE) == cut(TOKEN_RE)
