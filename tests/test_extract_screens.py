"""
The extractor's screens, which skip work that could find nothing, change no
result: with each screen turned off, extraction reads the same figures.
"""

from __future__ import annotations

import importlib
import pkgutil
import random
from pathlib import Path

import pytest

import tests.cases
from conflictfigures import extract, to_record
from conflictfigures._extraction import candidates, linking
from conflictfigures._extraction.articles import counts_no_one
from conflictfigures._extraction.numbers import read_number
from conflictfigures._extraction.screen import UNFOLDABLE, fold_text, folded_words
from conflictfigures._extraction.text import tokenize

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


def _case_texts() -> list[str]:
    """Every text of every table in ``tests/cases``."""
    texts: set[str] = set()
    for info in pkgutil.iter_modules(tests.cases.__path__):
        module = importlib.import_module(f"tests.cases.{info.name}")
        for name, value in vars(module).items():
            if name.startswith("EXAMPLES") and isinstance(value, list):
                texts.update(
                    row[0] for row in value if isinstance(row, tuple) and isinstance(row[0], str)
                )
    return sorted(texts)


CASE_TEXTS = _case_texts()
SEED_TEXTS = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]


def _shuffled(count: int) -> list[str]:
    """Sentences of the case tables' words drawn at random: articles in odd places."""
    rng = random.Random(20261201)  # noqa: S311 - reproducible sentences, not a secret
    words = " ".join(CASE_TEXTS).split()
    return [
        " ".join(rng.choice(words) for _ in range(rng.randint(3, 30))) + "." for _ in range(count)
    ]


def _records(texts: list[str]) -> list[list[dict[str, object]]]:
    return [[to_record(f) for f in extract(t, published="2023-03-16")] for t in texts]


def test_there_are_cases_to_screen() -> None:
    assert len(CASE_TEXTS) > 200


@pytest.mark.parametrize("which", ["cases", "seeds", "shuffled"])
def test_the_article_screen_changes_no_figure(which: str, monkeypatch: pytest.MonkeyPatch) -> None:
    texts = {"cases": CASE_TEXTS, "seeds": SEED_TEXTS, "shuffled": _shuffled(3000)}[which]
    screened = _records(texts)
    monkeypatch.setattr(linking, "counts_no_one", lambda *_: False)
    assert _records(texts) == screened


@pytest.mark.parametrize("which", ["cases", "seeds", "shuffled"])
def test_passing_over_qualifier_starters_changes_no_figure(
    which: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """ "in", "as", "at" without a qualifier's next word: read in full, they give the same."""
    texts = {"cases": CASE_TEXTS, "seeds": SEED_TEXTS, "shuffled": _shuffled(3000)}[which]
    screened = _records(texts)
    monkeypatch.setattr(linking, "_QUALIFIER", object())  # no token is of that kind now
    assert _records(texts) == screened


def test_an_article_the_screen_drops_is_one_the_reader_drops() -> None:
    """Wherever the screen says an article counts nothing, the full reading agrees."""
    dropped = 0
    for text in CASE_TEXTS + _shuffled(3000):
        tokens = tokenize(text)
        for i in range(len(tokens)):
            num = read_number(tokens, i)
            if num is None or not num.article or not counts_no_one(tokens, num.first, num.last):
                continue
            dropped += 1
            # the candidate is built without the screen (read_figure runs it first)
            candidate = candidates.make_candidate(tokens, num, [], [], zero=False)
            assert candidate is None, (text, i)
    assert dropped > 1000


def test_a_text_outside_ascii_folds_to_the_words_the_screen_reads() -> None:
    """
    Every character outside ASCII but the unfoldable ones breaks words as
    ``folded_words`` reads them, so a text folded a byte for each character
    holds the same words at the text's own offsets; each unfoldable one
    reads otherwise, and keeps a text from folding.
    """
    chars = [chr(c) for c in range(0x80, 0x110000) if chr(c) not in UNFOLDABLE]
    text = "x" + "x".join(chars) + "x"
    folded = fold_text(text)
    assert folded is not None
    assert len(folded) == len(text)
    assert folded.split() == folded_words(text) == [b"x"] * (len(chars) + 1)
    for char in UNFOLDABLE:
        assert fold_text("kil" + char + "led") is None
        assert folded_words("kil" + char + "led") != [b"kil", b"led"]
