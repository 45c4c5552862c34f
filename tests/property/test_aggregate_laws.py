"""The laws of aggregation, each a property over drawn sets of figures."""

from __future__ import annotations

import datetime as dt
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from conflictfigures import (
    Category,
    ClaimKind,
    Count,
    Figure,
    Ledger,
    Period,
    Qualifier,
    Source,
    Span,
    tally,
    to_record,
)
from conflictfigures import strategies as cfst

DAY0 = dt.date(2020, 2, 20)
SUBJECTS = ["Turkish soldiers", "its soldiers", "Syrian forces", "civilians", "others", None]
PLACES = ["Idlib", "northwest Syria", "Aleppo", "Syria", "Tripoli", "Libya", None]
OUTLETS = ["Haaretz", "The Moscow Times", "The New Arab", None]
CLAIMANTS = [None, "Turkey's defense ministry", "the ministry", "Turkey", "Recep Tayyip Erdogan"]


@st.composite
def colliding_figures(draw: st.DrawFn) -> Figure:
    """
    A figure drawn from small pools of subjects, places, dates and outlets, so
    that drawn sets collide into shared claims, wildcards, adjacent days,
    running totals and nested places.
    """
    category = draw(st.sampled_from([Category.KILLED, Category.WOUNDED]))
    count = draw(
        cfst.counts(
            max_value=40,
            qualifiers=st.sampled_from(
                [Qualifier.EXACT, Qualifier.EXACT, Qualifier.AT_LEAST, Qualifier.UP_TO]
            ),
        )
    )
    day = DAY0 + dt.timedelta(days=draw(st.integers(0, 5)))
    shape = draw(st.sampled_from(["incident", "incident", "total", "undated"]))
    period = None
    date: dt.date | None = day
    if shape == "total":
        period = Period(start=draw(st.sampled_from([DAY0, None, dt.date(2020, 2, 1)])), end=day)
        date = None
    elif shape == "undated":
        date = None
    outlet = draw(st.sampled_from(OUTLETS))
    doc = draw(st.sampled_from(["1", "2", "3"]))
    start = draw(st.integers(0, 500))
    surface = str(count)
    return Figure(
        category=category,
        count=count,
        span=Span(start=start, end=start + len(surface)),
        surface=surface,
        source=Source(outlet=outlet, published=day, doc_id=f"{outlet}-{doc}"),
        subject=draw(st.sampled_from(SUBJECTS)),
        side=draw(st.sampled_from([None, None, "Turkey"])),
        location=draw(st.sampled_from(PLACES)),
        date=date,
        period=period,
        cumulative=shape == "total" or (shape == "undated" and draw(st.booleans())),
        claimed_by=draw(st.sampled_from(CLAIMANTS)),
    )


corpora = st.one_of(
    st.lists(colliding_figures(), max_size=25),
    cfst.reports(max_agreeing=4, max_conflicting=2).flatmap(
        lambda rs: st.lists(colliding_figures(), max_size=8).map(lambda extra: rs + extra)
    ),
)


def snapshot(ledger: Ledger) -> tuple[Any, ...]:
    """Everything a ledger answers, as comparable values."""
    return (
        ledger.claims(),
        ledger.contradictions(),
        ledger.running_totals(),
        ledger.estimates(),
    )


@settings(max_examples=60, deadline=None)
@given(corpora, st.randoms(use_true_random=False))
def test_order_does_not_matter(figures: list[Figure], random: Any) -> None:
    """Any permutation of the same figures gives the same claims, contradictions,
    running totals and estimates (and the same tally)."""
    shuffled = list(figures)
    random.shuffle(shuffled)
    assert snapshot(Ledger(figures)) == snapshot(Ledger(shuffled))
    assert tally(figures) == tally(shuffled)


@settings(max_examples=40, deadline=None)
@given(corpora, st.data())
def test_adding_a_report_twice_changes_nothing(figures: list[Figure], data: st.DataObject) -> None:
    """Adding a figure the ledger already holds changes no answer."""
    ledger = Ledger(figures)
    before = snapshot(ledger)
    if figures:
        ledger.add(data.draw(st.sampled_from(figures)))
    ledger.extend(figures)
    assert len(ledger) == len(set(figures))
    assert snapshot(ledger) == before


@settings(max_examples=40, deadline=None)
@given(corpora, corpora, corpora)
def test_merge_is_associative_commutative_and_the_union(
    a: list[Figure], b: list[Figure], c: list[Figure]
) -> None:
    """merge is associative and commutative, and equals the ledger built from the union."""
    la, lb, lc = Ledger(a), Ledger(b), Ledger(c)
    assert la.merge(lb) == lb.merge(la)
    assert la.merge(lb).merge(lc) == la.merge(lb.merge(lc))
    whole = Ledger(a + b + c)
    merged = la.merge(lb).merge(lc)
    assert merged == whole
    assert snapshot(merged) == snapshot(whole)


@settings(max_examples=60, deadline=None)
@given(cfst.reports(max_agreeing=6))
def test_overlapping_reports_never_contradict(figures: list[Figure]) -> None:
    """Reports whose ranges share a point never contradict each other."""
    assert Ledger(figures).contradictions() == []


@settings(max_examples=60, deadline=None)
@given(corpora)
def test_contradiction_is_symmetric_and_judged_on_overlap(figures: list[Figure]) -> None:
    """A pair of sides conflicts exactly when their ranges do not overlap, whichever
    way round; a contradiction always has a conflicting pair."""
    for c in Ledger(figures).contradictions():
        assert c.conflicts
        for i, a in enumerate(c.sides):
            for j, b in enumerate(c.sides):
                if c.relation == "same" and i < j:
                    assert ((i, j) in c.conflicts) is not a.count.compatible(b.count)
                    assert a.count.compatible(b.count) == b.count.compatible(a.count)


@settings(max_examples=60, deadline=None)
@given(corpora)
def test_exact_figures_lie_within_their_claim(figures: list[Figure]) -> None:
    """Every contributing exact figure (low == high) lies within its claim's
    [low, high] and its estimate's [low, high]."""
    ledger = Ledger(figures)
    for claim, est in zip(ledger.claims(), ledger.estimates(), strict=True):
        for f in claim.figures:
            if f.count.high == f.count.low:
                n = f.count.low
                assert claim.low <= n
                assert claim.high is None or n <= claim.high
                assert est.low <= n
                assert est.high is None or n <= est.high
        assert est.low <= est.best
        assert est.high is None or est.best <= est.high


@settings(max_examples=60, deadline=None)
@given(corpora)
def test_nothing_is_lost(figures: list[Figure]) -> None:
    """Every figure added is in exactly one claim, with its provenance intact."""
    claims = Ledger(figures).claims()
    held = [f for c in claims for f in c.figures]
    assert sorted(map(id, held)) == sorted(map(id, dict.fromkeys(figures)))
    assert len(held) == len(set(figures))
    records = [r for c in claims for r in to_record(c)["reports"]]
    assert sorted(map(str, records)) == sorted(str(to_record(f)) for f in set(figures))


@settings(max_examples=60, deadline=None)
@given(corpora)
def test_running_totals_never_decrease_unless_flagged(figures: list[Figure]) -> None:
    """Running totals built from incident reports never decrease over time; a
    reported total below the previous one is flagged as revised down."""
    for series in Ledger(figures).running_totals():
        previous = None
        for point in series.points:
            assert point.claim.key.kind is ClaimKind.TOTAL
            if previous is not None:
                assert point.as_of > previous.as_of
                assert point.incident_low >= previous.incident_low
                if previous.incident_high is not None and point.incident_high is not None:
                    assert point.incident_high >= previous.incident_high
                dropped = point.claim.high is not None and point.claim.high < previous.claim.low
                assert point.revised_down is dropped
            previous = point


@settings(max_examples=40, deadline=None)
@given(corpora)
def test_tally_bounds_are_ordered(figures: list[Figure]) -> None:
    """A tally's estimate is ordered: 0 <= low <= best <= high."""
    for est in tally(figures).values():
        assert 0 <= est.low <= est.best
        assert est.high is None or est.best <= est.high


def test_exact_count_helper_is_exact() -> None:
    """The law above reads an exact figure as one with low == high."""
    assert Count.exact(3).low == Count.exact(3).high == 3
