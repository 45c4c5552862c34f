"""
A body's own statement: an outlet that names a body ("NSW Police Force",
"UNHCR (news release)") claims the figures that name no source. A body's
own release told as a report: when the source of a text's first
attributed figure names the outlet that publishes it ("UNHCR, the UN Refugee
Agency, said today", published by UNHCR), the figures naming no source are
that body's; a newspaper's figures naming none stay the writer's own.
Our own texts.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

from conflictfigures import extract

if TYPE_CHECKING:
    from collections.abc import Set as AbstractSet

DAY = dt.date(2025, 3, 14)

RELEASE = (
    "At least 61 migrants are missing after a boat capsized off Zuwara, the"
    " International Organization for Migration (IOM) said today.\n\n"
    "The bodies of eight people were recovered by fishermen."
)
STOCK = (
    "More than 100,000 refugees have crossed into Uganda since 1 January, UNHCR,"
    " the UN Refugee Agency, said today.\n\n"
    "Uganda already hosts some 1.8 million refugees."
)


@pytest.mark.parametrize(
    ("text", "outlet", "claimant"),
    [
        (RELEASE, "IOM", "the International Organization for Migration (IOM)"),
        (RELEASE, "International Organization for Migration", None),
        (STOCK, "UNHCR", "UNHCR"),
        (STOCK, "unhcr", "UNHCR"),
    ],
)
def test_an_outlet_named_as_the_lead_source_claims_the_rest(
    text: str, outlet: str, claimant: str | None
) -> None:
    figures = extract(text, published=DAY, outlet=outlet)
    lead, last = figures[0], figures[-1]
    assert last.claimed_by == (claimant or lead.claimed_by)
    assert last.claimed_by is not None


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        (RELEASE, "Frontier Daily"),  # a newspaper: the writer's own
        (RELEASE, None),
        (RELEASE, "   "),
        (RELEASE, "IO"),  # a part of a word names no outlet
        (
            (
                "Twelve protesters were shot dead, a Reuters witness said.\n\n"
                "More than 200 people have been arrested."
            ),
            "Reuters",  # the outlet's word inside a source that is not the outlet
        ),
        (
            (
                "Three soldiers were killed, the National Guard said.\n\n"
                "Gunmen kidnapped 20 students."
            ),
            "The National",
        ),
        (
            (
                "Five people died on the route, IOM's Missing Migrants Project said.\n\n"
                "The bodies of eight people were recovered by fishermen."
            ),
            "IOM",  # a project of the outlet's, in the possessive: not the outlet itself
        ),
    ],
)
def test_other_outlets_leave_unattributed_figures_alone(text: str, outlet: str | None) -> None:
    figures = extract(text, published=DAY, outlet=outlet)
    # (the paragraph naming no source takes the one source the text names,
    # as readers carry it; never the outlet)
    assert figures[-1].claimed_by == figures[0].claimed_by
    assert figures[-1].claimed_by is not None
    assert figures[-1].claimed_by != outlet


UNSOURCED = (
    "Fifteen people were certified dead at the scene and seven others are receiving"
    " medical treatment.\n\nPolice recovered more than 100 spent cartridges."
)


@pytest.mark.parametrize(
    ("outlet", "claimant"),
    [
        ("NSW Police Force", "NSW Police Force"),
        ("South African Police Service (media statement)", "South African Police Service"),
        (
            "National Disaster Management Authority, Pakistan (sitrep)",
            "National Disaster Management Authority",
        ),
        ("UNHCR (news release)", "UNHCR"),
        ("IOM press release", "IOM"),
        ("OCHA Flash Update", "OCHA"),
        # news outlets, whatever their words: the writer's own
        ("Anadolu Agency", None),
        ("Punjab Herald News Service", None),
        ("Radio Okapi (English summary)", None),
        ("Channels Television", None),
        ("Reuters", None),
        ("The Kathmandu Post (English edition)", None),
        ("Reuters (summary)", None),
        ("Al Jazeera (live update)", None),
        ("Police Oracle", None),
        ("Kyiv Independent Daily Briefing", None),
    ],
)
def test_an_outlet_that_names_a_body_claims_its_own_statement(
    outlet: str, claimant: str | None
) -> None:
    figures = extract(UNSOURCED, published=DAY, outlet=outlet)
    assert [f.claimed_by for f in figures] == [claimant, claimant]


def test_a_paragraph_is_read_for_a_claim_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """
    The carries across paragraphs read each paragraph's words for a claim
    once, not once a figure: a long paragraph of unattributed figures stays
    linear.
    """
    from conflictfigures._extraction import paragraph_claims  # noqa: PLC0415

    reads: list[tuple[int, int]] = []
    read = paragraph_claims._claims_before

    def counted(
        text: str,
        spans: list[tuple[int, int]],
        k: int,
        end: int,
        claiming: dict[int, int],
        **words: AbstractSet[str],
    ) -> bool:
        if k not in claiming:
            reads.append((id(claiming), k))
        return read(text, spans, k, end, claiming, **words)

    monkeypatch.setattr(paragraph_claims, "_claims_before", counted)
    lead = "A bomb killed three people, police said.\n\n"
    middle = "In Abala, 2 people were killed and 3 wounded. " * 200
    # one source (the one-source carry), then two (the next paragraph's carry)
    for text, last in (
        (lead + middle, -1),
        (lead + middle + "\n\nIn Kano, 4 died, a medic said.", -2),
    ):
        reads.clear()
        figures = extract(text, published=DAY)
        assert len(figures) == 401 - last - 1
        assert figures[last].claimed_by == "police"
        assert len(reads) == len(set(reads)) == 1


TRACKER = (
    "Documenting the Battle of Vuhledar\n\n"
    "So far we have confirmed 36 Russian tanks lost: 31 destroyed and 5 captured.\n\n"
    "A further 61 infantry fighting vehicles were destroyed, the brigade's commander said."
)


@pytest.mark.parametrize(
    ("text", "outlet", "claimants"),
    [
        (TRACKER, "Oryx", ["Oryx", "Oryx", "the brigade's commander"]),
        (TRACKER, None, [None, None, "the brigade's commander"]),
        (
            '"We have counted 38 bodies," a coordinator told reporters. Another 5 were hurt.',
            "Actualite.cd",
            ["a coordinator", "a coordinator"],
        ),
        (
            "Troops killed 12 people on Monday. We have documented 40 such raids this year.",
            "Daily Star",
            ["Daily Star"],
        ),
    ],
    ids=[
        "the writer counts as 'we': the outlet claims its own figures",
        "(guard) no outlet, no claimant",
        "(guard) a quoted 'we' is its speaker's",
        "a 'we' of counting, with its count, in a paragraph that quotes no one",
    ],
)
def test_a_writer_counting_as_we_is_its_outlet(
    text: str, outlet: str | None, claimants: list[str | None]
) -> None:
    figures = extract(text, published=DAY, outlet=outlet)
    assert [f.claimed_by for f in figures] == claimants


def test_we_is_read_outside_quotes_in_one_pass() -> None:
    from conflictfigures._extraction.attribution import counts_as_we  # noqa: PLC0415

    assert counts_as_we("So far we\u2019ve geolocated 12 tanks.")
    assert counts_as_we("So far we have geolocated 12 tanks.")
    assert not counts_as_we("\u201cWe have counted 38 bodies,\u201d he said.")
    assert counts_as_we("\u201cThey fled,\u201d he said.\n\nWe counted 38 bodies.")
    assert not counts_as_we("\u201cThey fled,\u201d he said. We counted 38 bodies.")
    assert not counts_as_we("we")
    # (guards: a headline in single quotes, a quote over paragraphs, an
    # interview's answer, a "we" that counts nothing)
    assert not counts_as_we("Sudan war: 'In one street alone we counted 40 bodies'")
    assert not counts_as_we("\u201cThe shells hit.\n\n\u201cWe counted 38 bodies,\u201d she said.")
    assert not counts_as_we("A: We have documented 1,200 civilian deaths.")
    assert not counts_as_we("In a podcast we recorded last week, the minister spoke.")
    assert not counts_as_we("We have identified the soldier killed on Monday.")
