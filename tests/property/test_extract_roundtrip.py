"""Figures drawn at random, written into news sentences, and read back unchanged."""

from __future__ import annotations

import datetime as dt
from typing import Any

from hypothesis import given, settings, strategies as st

from conflictfigures import extract, to_record

PUBLISHED = dt.date(2023, 3, 16)  # a Thursday
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
WORDS = {
    1: "one",
    2: "two",
    3: "three",
    4: "four",
    5: "five",
    6: "six",
    7: "seven",
    8: "eight",
    9: "nine",
    10: "ten",
    11: "eleven",
    12: "twelve",
    13: "thirteen",
    14: "fourteen",
    15: "fifteen",
    20: "twenty",
    30: "thirty",
    40: "forty",
}
PEOPLE = ["soldiers", "civilians", "Russian soldiers", "police officers", "militants", "people"]
EQUIPMENT = ["tanks", "armoured vehicles", "drones", "howitzers"]
VERBS = {
    "killed": ["killed"],
    "wounded": ["wounded", "injured"],
    "detained": ["detained", "arrested"],
    "equipment_destroyed": ["destroyed"],
}
CLAIMANTS = ["the defence ministry", "the army", "local officials", "the UN", "Reuters"]
QUALIFIER_WORDS = {
    "exact": [""],
    "at_least": ["at least "],
    "more_than": ["more than ", "over "],
    "nearly": ["nearly ", "almost "],
    "about": ["about ", "around ", "some "],
    "up_to": ["up to ", "as many as "],
    "fewer_than": ["fewer than "],
}
VAGUE = ["dozens", "hundreds", "several", "scores", "thousands"]


def _number(draw: st.DrawFn, value: int) -> str:
    if value in WORDS and draw(st.booleans()):
        return WORDS[value]
    if value >= 1_000_000 and value % 100_000 == 0 and draw(st.booleans()):
        return f"{value / 1_000_000:g} million"
    return f"{value:,}"


@st.composite
def reports(draw: st.DrawFn) -> tuple[str, dict[str, Any]]:
    """A sentence and the record fields it must read back as."""
    category = draw(st.sampled_from(sorted(VERBS)))
    subject = draw(st.sampled_from(EQUIPMENT if category.startswith("equipment") else PEOPLE))
    verb = draw(st.sampled_from(VERBS[category]))
    claimant = draw(st.sampled_from(CLAIMANTS))
    day = draw(st.integers(min_value=0, max_value=6))
    weekday = WEEKDAYS[day]
    date = PUBLISHED - dt.timedelta(days=(PUBLISHED.weekday() - day) % 7)
    kind = draw(st.sampled_from(["number", "range", "vague"]))
    expected: dict[str, Any] = {
        "category": category,
        "subject": subject,
        "claimed_by": claimant,
        "date": date.isoformat(),
    }
    if kind == "vague":
        word = draw(st.sampled_from(VAGUE))
        count = word if word == "several" else f"{word} of"
        expected.update(stated=None, qualifier="vague", vague=word, stated_high=None)
        count = count[0].upper() + count[1:]
    elif kind == "range":
        low = draw(st.integers(min_value=2, max_value=500))
        high = draw(st.integers(min_value=low + 1, max_value=low + 500))
        form = draw(st.sampled_from(["between {} and {}", "{} to {}"]))
        count = form.format(f"{low:,}", f"{high:,}")
        expected.update(stated=low, stated_high=high, qualifier="range")
        count = count[0].upper() + count[1:]
    else:
        qualifier = draw(st.sampled_from(sorted(QUALIFIER_WORDS)))
        value = draw(
            st.one_of(
                st.sampled_from(sorted(WORDS)),
                st.integers(min_value=2, max_value=99_999),
                st.integers(min_value=11, max_value=99).map(lambda v: v * 100_000),
            )
        )
        words = draw(st.sampled_from(QUALIFIER_WORDS[qualifier]))
        count = words + _number(draw, value)
        count = count[0].upper() + count[1:]
        expected.update(stated=value, stated_high=None, qualifier=qualifier)
    template = draw(
        st.sampled_from(
            [
                "{count} {subject} were {verb} on {day}, {claimant} said.",
                "{Claimant} said {lower} {subject} had been {verb} on {day}.",
                "According to {claimant}, {lower} {subject} were {verb} on {day}.",
            ]
        )
    )
    text = template.format(
        count=count,
        lower=count[0].lower() + count[1:],
        subject=subject,
        verb=verb,
        day=weekday,
        claimant=claimant,
        Claimant=claimant[0].upper() + claimant[1:],
    )
    if template.startswith("{Claimant}"):
        expected["claimed_by"] = claimant[0].upper() + claimant[1:]
    return text, expected


@settings(max_examples=300, deadline=None)
@given(reports())
def test_rendered_figures_read_back_unchanged(report: tuple[str, dict[str, Any]]) -> None:
    """A figure written into a news sentence from a template is extracted with every field."""
    text, expected = report
    figures = extract(text, published=PUBLISHED)
    assert len(figures) == 1, (text, [to_record(f) for f in figures])
    record = to_record(figures[0])
    assert {k: record[k] for k in expected} == expected, text
    assert text[record["span"][0] : record["span"][1]] == record["text"]
