"""The laws of aggregation, each a property over drawn sets of figures."""

from __future__ import annotations

import datetime as dt
from typing import Any

import attrs
from hypothesis import example, given, settings, strategies as st

from conflictfigures import (
    ACLED_POLICY,
    DEFAULT_ESTIMATE,
    DEFAULT_POLICY,
    MINMAX_ESTIMATE,
    Category,
    ClaimKind,
    Count,
    Figure,
    Ledger,
    Period,
    Qualifier,
    Source,
    Span,
    strategies as cfst,
    tally,
    to_record,
)

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
        assert est.low <= est.best or any(
            f.count.qualifier is Qualifier.MORE_THAN and est.best >= (f.count.stated or 0)
            for f in claim.figures
        )
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


@settings(max_examples=40, deadline=None)
@given(corpora, st.data())
def test_a_part_changes_no_answer(figures: list[Figure], data: st.DataObject) -> None:
    """
    A part of a figure ("including five children", ``part_of`` set) is held
    by the ledger but changes no claim, contradiction, running total,
    estimate or tally.
    """
    before = snapshot(Ledger(figures)), tally(figures)
    if figures:
        whole = data.draw(st.sampled_from(figures))
        count = Count.exact(data.draw(st.integers(min_value=0, max_value=10**6)))
        part = attrs.evolve(whole, count=count, part_of=whole.span)
        ledger = Ledger([*figures, part])
        assert part in ledger
        assert (snapshot(ledger), tally([*figures, part])) == before


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
    """
    A tally's estimate is ordered: 0 <= low <= best <= high; with open
    floors, whose best is their stated number below their low ("more than
    40": best 40, low 41), the best may sit below the low.
    """
    for est in tally(figures).values():
        assert est.best >= 0
        assert est.high is None or est.low <= est.high
        assert est.high is None or est.best <= est.high
        if not any(f.count.qualifier is Qualifier.MORE_THAN for f in figures):
            assert est.low <= est.best


def test_exact_count_helper_is_exact() -> None:
    """The law above reads an exact figure as one with low == high."""
    assert Count.exact(3).low == Count.exact(3).high == 3


# ---------------------------------------------------------------------------
# B1-B4: laws found broken by independent property tests, each with its
# smallest reproducer as an @example, run with 500 examples.
# ---------------------------------------------------------------------------

LAW = settings(max_examples=500, deadline=None)
TUESDAY = dt.date(2020, 2, 25)


def said(
    count: Count,
    *,
    outlet: str = "AP",
    doc: str = "1",
    at: int = 0,
    category: Category = Category.KILLED,
    subject: str | None = None,
    location: str | None = None,
    date: dt.date | None = None,
    period: Period | None = None,
    claimed_by: str | None = None,
    surface: str | None = None,
    published: dt.date = TUESDAY,
) -> Figure:
    """A figure from one document (``outlet``/``doc``), at character ``at``."""
    text = surface or f"{count} {subject or ''}".strip()
    return Figure(
        category=category,
        count=count,
        span=Span(start=at, end=at + len(text)),
        surface=text,
        source=Source(outlet=outlet, published=published, doc_id=f"{outlet}-{doc}"),
        subject=subject,
        location=location,
        date=date,
        period=period,
        cumulative=period is not None,
        claimed_by=claimed_by,
    )


SINCE_DECEMBER = Period(start=dt.date(2019, 12, 1), end=TUESDAY)
UN_36M = said(
    Count.read(3_600_000, "exact", rounding=100_000),
    outlet="Reuters",
    category=Category.DISPLACED,
    subject="people",
    location="northwest Syria",
    period=SINCE_DECEMBER,
    claimed_by="the UN",
)
IOM_MORE_36M = said(
    Count.read(3_600_000, "more_than", rounding=100_000),
    outlet="AFP",
    category=Category.DISPLACED,
    subject="people",
    location="northwest Syria",
    period=SINCE_DECEMBER,
    claimed_by="IOM",
)
IOM_365M = attrs.evolve(IOM_MORE_36M, count=Count.read(3_650_000, "exact", rounding=10_000))


def points(count: Count) -> tuple[int, int]:
    """The lowest and highest number a report gives (stated, or as bounds)."""
    from conflictfigures._aggregation.estimates import report_points  # noqa: PLC0415

    return report_points(count, DEFAULT_POLICY)


@LAW
@given(cfst.corpora(max_size=10))
@example([UN_36M, IOM_MORE_36M])
@example([UN_36M, IOM_365M])
def test_b1_exact_rounded_figures_lie_within_their_claim(figures: list[Figure]) -> None:
    """
    B1: every exact figure's stated number (rounded or not) lies within its
    claim's range and its estimate's, and every best estimate, under every
    shipped policy, lies between the lowest and highest number its reports
    give (item 7).
    """
    for policy in (DEFAULT_ESTIMATE, MINMAX_ESTIMATE):
        ledger = Ledger(figures, policy=policy)
        for claim, est in zip(ledger.claims(), ledger.estimates(), strict=True):
            given_points = [points(f.count) for f in claim.figures]
            assert min(p[0] for p in given_points) <= est.best
            assert est.best <= max(p[1] for p in given_points)
            if policy is not DEFAULT_ESTIMATE:
                continue
            for f in claim.figures:
                if f.count.qualifier is Qualifier.EXACT and f.count.stated is not None:
                    n = f.count.stated
                    assert claim.low <= n
                    assert claim.high is None or n <= claim.high
                    assert est.low <= n
                    assert est.high is None or n <= est.high


SINGLE_SURFACES = ("a Turkish soldier", "the local police chief", "1 Turkish soldier", "commander")
SINGLE_SUBJECTS = ("Turkish soldier", "local police chief", "commander", "militant")


@st.composite
def distinct_singles(draw: st.DrawFn) -> list[Figure]:
    """
    Single people killed in scopes that cannot be one: each on its own date,
    three days from the next, however written ("a", "the", "1", bare), in
    one or several documents.
    """
    n = draw(st.integers(1, 6))
    found = []
    for i in range(n):
        surface = draw(st.sampled_from(SINGLE_SURFACES))
        found.append(
            said(
                Count.exact(1),
                outlet=draw(st.sampled_from(["AP", "AFP"])),
                doc=draw(st.sampled_from(["1", "2"])),
                at=i * 100,
                subject=draw(st.sampled_from(SINGLE_SUBJECTS)),
                location=draw(st.sampled_from(["Idlib", "Aleppo", None])),
                date=TUESDAY + dt.timedelta(days=3 * i),
                surface=surface,
                published=TUESDAY + dt.timedelta(days=3 * n),
            )
        )
    return found


@LAW
@given(distinct_singles())
@example(
    [
        said(
            Count.exact(1),
            subject="Turkish soldier",
            location="Idlib",
            date=TUESDAY - dt.timedelta(days=1),
            surface="A Turkish soldier was killed",
        ),
        said(
            Count.exact(1),
            at=102,
            subject="local police chief",
            location="Aleppo",
            date=TUESDAY,
            surface="killed the local police chief",
        ),
    ]
)
@example(
    [
        said(Count.exact(1), outlet="AP", subject="Turkish soldier", date=TUESDAY),
        said(
            Count.exact(1),
            outlet="AFP",
            subject="Turkish soldier",
            date=TUESDAY + dt.timedelta(days=20),
        ),
    ]
)
def test_b2_tally_counts_distinct_single_people(figures: list[Figure]) -> None:
    """B2: single people who cannot be the same person are each counted, however written."""
    assert tally(figures)[Category.KILLED].best == len(figures)


def copied(figures: list[Figure], doc_id: str) -> list[Figure]:
    """Another outlet's syndicated copy of one document."""
    return [
        attrs.evolve(f, source=attrs.evolve(f.source, outlet="Syndicate", doc_id="syndicated"))
        for f in figures
        if f.source.doc_id == doc_id
    ]


def numbers(result: dict[Category, Any]) -> dict[Category, tuple[int, int, int | None]]:
    """A tally's numbers, without the claims behind them."""
    return {c: (e.low, e.best, e.high) for c, e in result.items()}


NAD_ALI = [
    said(
        Count.exact(4),
        at=17,
        subject="insurgents",
        location="Nad Ali",
        date=TUESDAY,
        surface="killed four insurgents",
    ),
    said(
        Count.exact(2),
        at=100,
        subject="insurgents",
        location="Nad Ali",
        date=TUESDAY,
        surface="killed two insurgents",
    ),
]


@LAW
@given(cfst.corpora(min_size=1, max_size=10), st.data())
@example(NAD_ALI, None)
def test_b3_a_syndicated_copy_changes_no_tally(
    figures: list[Figure], data: st.DataObject | None
) -> None:
    """B3: adding another outlet's exact copy of a document changes no number of the tally."""
    docs = sorted({f.source.doc_id or "" for f in figures})
    doc_id = docs[0] if data is None else data.draw(st.sampled_from(docs))
    assert numbers(tally(figures + copied(figures, doc_id))) == numbers(tally(figures))


PLACES_NESTED = (("Syria", "Idlib"), ("northwest Syria", "Idlib"), ("Idlib", "Idlib"))
STARTS = (dt.date(2019, 12, 1), dt.date(2020, 1, 1), dt.date(2020, 2, 1))


@st.composite
def nested_totals(draw: st.DrawFn) -> tuple[Figure, Figure]:
    """
    A total and a narrower total inside it (place within, period starting no
    earlier, as of no later) whose count fits under the wider total's floor.
    """
    wide_place, narrow_place = draw(st.sampled_from(PLACES_NESTED))
    wide_start = draw(st.sampled_from(STARTS[:2]))
    narrow_start = draw(st.sampled_from([s for s in STARTS if s > wide_start]))
    wide_count = draw(
        st.sampled_from(["exact", "at_least", "more_than"]).flatmap(
            lambda q: st.integers(50, 5_000).map(lambda n: Count.read(n, q))
        )
    )
    narrow_count = Count.exact(draw(st.integers(0, wide_count.low)))
    day = TUESDAY - dt.timedelta(days=draw(st.integers(0, 3)))
    wide = said(
        wide_count,
        subject="civilians",
        location=wide_place,
        period=Period(start=wide_start, end=TUESDAY),
    )
    narrow = said(
        narrow_count,
        at=84,
        outlet=draw(st.sampled_from(["AP", "AFP"])),
        subject="civilians",
        location=narrow_place,
        period=Period(start=narrow_start, end=day),
    )
    return wide, narrow


@LAW
@given(nested_totals())
@example(
    (
        said(
            Count.read(300, "at_least"),
            subject="civilians",
            location="Idlib",
            period=SINCE_DECEMBER,
        ),
        said(
            Count.exact(41),
            at=84,
            subject="civilians",
            location="Idlib",
            period=Period(start=dt.date(2020, 2, 1), end=TUESDAY),
        ),
    )
)
def test_b4_a_narrower_total_is_not_added_to_the_wider(pair: tuple[Figure, Figure]) -> None:
    """B4: a running total inside a wider one (place, period) that fits under it adds nothing."""
    wide, narrow = pair
    assert numbers(tally([wide, narrow])) == numbers(tally([wide]))


@given(
    cfst.counts(max_value=3),
    cfst.counts(max_value=3),
    st.sampled_from([DEFAULT_POLICY, ACLED_POLICY]),
)
def test_count_keys_tell_unequal_counts_apart(a: Count, b: Count, policy: Any) -> None:
    # The analysis finds a claim's distinct counts by their sort keys
    # (``CountKeys``), so equal keys must mean equal counts, and vice versa.
    from conflictfigures._aggregation.results import count_key  # noqa: PLC0415 - private

    for x, y in ((a, b), (a.rebound(policy), b), (a.rebound(policy), b.rebound(policy))):
        assert (x == y) == (count_key(x) == count_key(y))
