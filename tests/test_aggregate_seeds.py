"""
Acceptance: over the figures extracted from the five seed articles (no
hand-made figures), the ledger shows what ../shared/eval/seeds_story.md says
a careful analyst reads out of them: disagreements A to E, none of the
listed agreements, and the running totals.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from conflictfigures import (
    Category,
    ClaimKind,
    Contradiction,
    Ledger,
    RunningTotal,
    read_documents,
    to_record,
)

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
IDLIB = ("syria", "northwest syria", "idlib")
THU = dt.date(2020, 2, 27)
#: The article whose outlet is not named is counted under its document id.
UNNAMED = "doc:" + next(SEEDS.glob("004_*.txt")).stem


@pytest.fixture(scope="module")
def ledger() -> Ledger:
    figures = [f for doc in read_documents([SEEDS]) for f in doc.figures()]
    assert len(figures) > 40
    return Ledger(figures)


def counts(c: Contradiction) -> list[str]:
    return [str(s.count) for s in c.sides]


def conflicting(c: Contradiction) -> set[frozenset[str]]:
    return {frozenset({str(c.sides[i].count), str(c.sides[j].count)}) for i, j in c.conflicts}


def outlets(c: Contradiction, count: str) -> set[str]:
    return {o for s in c.sides if str(s.count) == count for o in s.outlets}


def find(
    ledger: Ledger, category: Category, kind: ClaimKind, place: tuple[str, ...]
) -> Contradiction:
    found = [
        c
        for c in ledger.contradictions()
        if c.key.category is category
        and c.key.kind is kind
        and c.key.side == "Turkey"
        and c.key.group == "military"
        and c.key.place == place
    ]
    assert len(found) == 1, [c.key.id for c in ledger.contradictions()]
    return found[0]


def test_a_soldiers_killed_in_the_strike(ledger: Ledger) -> None:
    """A: 2 (Haaretz, The Moscow Times, 004, the ministry in The Defense Post) vs 3 (Erdogan)."""
    c = find(ledger, Category.KILLED, ClaimKind.INCIDENT, IDLIB)
    assert frozenset({"2", "3"}) in conflicting(c)
    assert {"Haaretz", "The Moscow Times", "The Defense Post"} <= outlets(c, "2")
    assert UNNAMED in outlets(c, "at least 2")
    assert "The Defense Post" in outlets(c, "3")
    three = next(s for s in c.sides if str(s.count) == "3")
    assert any(x is not None and "Erdogan" in x for x in three.claimants)
    assert THU in c.claims[0].dates
    # Every report is listed with outlet, claimant, sentence and date.
    for side in to_record(c)["sides"]:
        for report in side["reports"]:
            assert report["published"] == "2020-02-27"
            assert report["sentence"]


def test_b_soldiers_wounded_in_the_strike(ledger: Ledger) -> None:
    """B: 5 (Haaretz, The Moscow Times, 004) vs 2 (The Defense Post, The New Arab)."""
    c = find(ledger, Category.WOUNDED, ClaimKind.INCIDENT, IDLIB)
    assert conflicting(c) == {frozenset({"2", "5"})}
    assert outlets(c, "5") == {"Haaretz", "The Moscow Times", UNNAMED}
    assert outlets(c, "2") == {"The Defense Post", "The New Arab"}
    assert c.claims[0].possibly_same_incident  # The New Arab dates it a day earlier


def test_c_running_total_of_military_deaths(ledger: Ledger) -> None:
    """C: 15 (The Moscow Times) vs 19 (The New Arab) vs 20 (The Defense Post), on 2020-02-27."""
    c = find(ledger, Category.KILLED, ClaimKind.TOTAL, IDLIB)
    assert c.key.date == THU
    pairs = conflicting(c)
    assert {frozenset({"15", "19"}), frozenset({"15", "20"}), frozenset({"19", "20"})} <= pairs
    assert frozenset({"at least 19", "20"}) not in pairs
    assert outlets(c, "15") == {"The Moscow Times"}
    assert outlets(c, "19") == {"The New Arab"}
    assert outlets(c, "20") == {"The Defense Post"}
    assert "13" not in counts(c)  # the parts are not a side of the disagreement


def test_d_refugees_in_turkey(ledger: Ledger) -> None:
    """D: 3.6 million (Haaretz) vs 3.7 million (The Moscow Times); "more than 3.6 million" fits."""
    [c] = [x for x in ledger.contradictions() if x.key.category is Category.REFUGEES]
    assert conflicting(c) == {frozenset({"3,600,000", "3,700,000"})}
    assert outlets(c, "3,600,000") == {"Haaretz"}
    assert outlets(c, "3,700,000") == {"The Moscow Times"}
    assert outlets(c, "more than 3,600,000") == {"The New Arab"}


def test_e_soldiers_killed_in_libya(ledger: Ledger) -> None:
    """E: 2 (Erdogan) vs at least 16 (Khaled al-Mahjoub), in The New Arab."""
    [c] = [x for x in ledger.contradictions() if x.key.place and x.key.place[0] == "libya"]
    assert set(counts(c)) == {"2", "at least 16"}
    assert c.kind == "conflict"


def test_agreements_are_not_disagreements(ledger: Ledger) -> None:
    """None of the agreements the story lists is reported as a disagreement."""
    for c in ledger.contradictions():
        pairs = conflicting(c)
        assert frozenset({"more than 3,600,000", "3,700,000"}) not in pairs
        assert frozenset({"nearly 1,000,000", "hundreds of thousands"}) not in pairs
        assert "520,000" not in counts(c)
        assert c.key.category is not Category.EQUIPMENT_DESTROYED
        assert not (c.key.category is Category.KILLED and c.key.side == "Syria")


def test_displacement_since_december_is_not_a_disagreement(ledger: Ledger) -> None:
    """
    "Home to millions of people displaced" gives no period: it cannot be true
    beside "nearly a million since December", so it stands as a total of its
    own, and the since-December claim holds its compatible reports together.
    """
    displaced = [c for c in ledger.contradictions() if c.key.category is Category.DISPLACED]
    assert displaced == []
    [december] = [
        c
        for c in ledger.claims()
        if c.key.category is Category.DISPLACED
        and c.key.period_start == dt.date(2019, 12, 1)
        and c.key.date == THU
    ]
    assert december.consistent
    assert {"nearly 1,000,000", "hundreds of thousands"} <= {str(x) for x in december.counts}
    assert "millions" not in {str(x) for x in december.counts}
    [millions] = [c for c in ledger.claims() if "millions" in {str(x) for x in c.counts}]
    assert millions.key.period_start is None


def test_syrian_forces_killed_corroborated_by_three_outlets_one_claimant(ledger: Ledger) -> None:
    [claim] = [
        c
        for c in ledger.claims()
        if c.key.category is Category.KILLED and c.key.side == "Syria" and c.key.date == THU
    ]
    assert claim.consistent
    assert claim.outlets == ("Haaretz", "The Moscow Times", UNNAMED)
    assert claim.independent_claimants == ("state:Turkey",)


def test_equipment_agrees_item_by_item_whatever_the_spelling(ledger: Ledger) -> None:
    destroyed = {
        c.key.group: c
        for c in ledger.claims()
        if c.key.category is Category.EQUIPMENT_DESTROYED and c.key.date == THU
    }
    for group, n in [("tank", "5"), ("armored personnel carrier", "2"), ("armored truck", "2"),
                     ("howitzer", "1")]:  # fmt: skip
        claim = destroyed[group]
        assert [str(x) for x in claim.counts] == [n]
        assert claim.outlets == ("Haaretz", "The Moscow Times")


def test_displacement_figures_form_a_time_series(ledger: Ledger) -> None:
    [series] = [
        r
        for r in ledger.running_totals()
        if r.category is Category.DISPLACED
        and any(p.as_of == dt.date(2020, 2, 4) for p in r.points)
    ]
    early, late = series.points
    assert [str(x) for x in early.claim.counts] == ["520,000"]
    assert {"nearly 1,000,000", "hundreds of thousands"} <= {str(x) for x in late.claim.counts}


def military_deaths(ledger: Ledger) -> RunningTotal:
    [series] = [
        r
        for r in ledger.running_totals()
        if r.category is Category.KILLED
        and r.side == "Turkey"
        and r.group == "military"
        and r.place == IDLIB
        and r.period_start == dt.date(2020, 2, 1)
    ]
    return series


def test_running_totals_reported_beside_the_incidents(ledger: Ledger) -> None:
    """Reported totals 15 / 19 / 20 on 2020-02-27, and they do not all reconcile."""
    series = military_deaths(ledger)
    last = series.points[-1]
    assert last.as_of == THU
    assert {"15", "19", "20"} <= {str(x) for x in last.claim.counts}
    assert series.reconciled is False


def test_running_totals_rebuilt_from_the_parts(ledger: Ledger) -> None:
    """13 earlier this month plus 2 or 3 on 2020-02-27: 15 or 16; 15 reconciles, 19 and 20 not."""
    series = military_deaths(ledger)
    first, last = series.points[-2:]
    assert [str(x) for x in first.claim.counts] == ["13"]
    assert {"Haaretz", "The Moscow Times"} <= set(first.claim.outlets)
    assert (last.derived_low, last.derived_high) == (15, 16)
    verdict = {str(c): ok for c, ok in zip(last.claim.counts, last.reconciles, strict=True)}
    assert verdict["15"] is True
    assert verdict["19"] is False
    assert verdict["20"] is False
