"""Extraction on tables of real-world phrasing, alone and inside surrounding text."""

from __future__ import annotations

from typing import Any

import pytest

from conflictfigures import extract, to_record
from tests.cases.clauses import (
    EXAMPLES_CLAUSE_NO_FIGURE,
    EXAMPLES_CLAUSE_XFAIL,
    EXAMPLES_CLAUSES,
)
from tests.cases.extraction import ALL_EXAMPLES, EXAMPLES_NO_FIGURE, EXAMPLES_XFAIL, Row

EXAMPLES = ALL_EXAMPLES + EXAMPLES_CLAUSES
NO_FIGURE = EXAMPLES_NO_FIGURE + EXAMPLES_CLAUSE_NO_FIGURE
XFAIL = EXAMPLES_XFAIL + EXAMPLES_CLAUSE_XFAIL

BEFORE = (
    "Share this article\nSend in e-mail\n\nSign up for our newsletter. "
    "Click the alert icon to follow topics:\n\n"
)
AFTER = "\n\nRead more: Related articles\nAdvertisement\n\u00a9 2023 All rights reserved."


def _check(text: str, published: str | None, expected: list[dict[str, Any]], note: str) -> None:
    records = [to_record(f) for f in extract(text, published=published, outlet="Wire")]
    # ``part``: whether the figure is a part of another (its ``part_of``
    # span, which the test holds to the whole's own span below)
    got = [
        {k: (r["part_of"] is not None) if k == "part" else r[k] for k in e}
        for r, e in zip(records, expected, strict=False)
    ]
    assert got == expected, (note, records)
    assert len(records) == len(expected), (note, records)
    spans = [r["span"] for r in records]
    for r in records:
        assert text[r["span"][0] : r["span"][1]] == r["text"]
        assert r["outlet"] == "Wire"
        assert r["part_of"] is None or r["part_of"] in spans, (note, records)


def _ids(rows: list[Row]) -> list[str]:
    return [row[3] for row in rows]


@pytest.mark.parametrize(("text", "published", "expected", "note"), EXAMPLES, ids=_ids(EXAMPLES))
def test_example(
    text: str, published: str | None, expected: list[dict[str, Any]], note: str
) -> None:
    _check(text, published, expected, note)


@pytest.mark.parametrize(("text", "published", "expected", "note"), EXAMPLES, ids=_ids(EXAMPLES))
def test_example_in_context(
    text: str, published: str | None, expected: list[dict[str, Any]], note: str
) -> None:
    """The same figures come out of a page with boilerplate around the sentence."""
    _check(BEFORE + text + AFTER, published, expected, note)


@pytest.mark.parametrize(("text", "published", "expected", "note"), NO_FIGURE, ids=_ids(NO_FIGURE))
def test_no_figure(
    text: str, published: str | None, expected: list[dict[str, Any]], note: str
) -> None:
    assert [to_record(f)["text"] for f in extract(text, published=published)] == expected, note
    in_context = extract(BEFORE + text + AFTER, published=published)
    assert [to_record(f)["text"] for f in in_context] == [], note


@pytest.mark.parametrize(("text", "published", "expected", "note"), XFAIL, ids=_ids(XFAIL))
@pytest.mark.xfail(strict=True, reason="known limitation, see the row's note")
def test_known_limitation(
    text: str, published: str | None, expected: list[dict[str, Any]], note: str
) -> None:
    _check(text, published, expected, note)


def test_table_size() -> None:
    """The issue asks for at least 80 rows of real-world phrasing beyond the seeds."""
    assert len(ALL_EXAMPLES) + len(EXAMPLES_NO_FIGURE) >= 80


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Police arrested a suspect in the raid.", ("detained", 1, "exact", None)),
        ("A handful of soldiers were wounded.", ("wounded", None, "vague", "a handful")),
        ("A number of civilians were killed.", ("killed", None, "vague", "a number")),
        ("A couple of soldiers were hurt.", ("wounded", None, "vague", "a couple")),
        ("A minimum of 12 people died.", ("killed", 12, "at_least", None)),
        ("An estimated 300 people fled.", ("displaced", 300, "about", None)),
        ("A dozen fighters were captured.", ("detained", 12, "exact", None)),
        ("Half a million people have been displaced.", ("displaced", 500_000, "exact", None)),
        ("The two soldiers were killed.", ("killed", 2, "exact", None)),
        ("Three were killed and another five were wounded.", ("wounded", 5, "exact", None)),
    ],
)
def test_an_article_is_one_unless_a_number_follows(
    text: str, expected: tuple[str, int | None, str, str | None]
) -> None:
    """ "a", "an", "the", "another": one of a singular noun, or part of the number after."""
    last = extract(text)[-1]
    assert (
        last.category.value,
        last.count.stated,
        last.count.qualifier.value,
        last.count.vague,
    ) == (expected)
