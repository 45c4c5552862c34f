"""Aggregation: matching rules, contradictions, corroboration, running totals, estimates, tally."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import attrs
import pytest

from conflictfigures import (
    ACLED_ESTIMATE,
    DEFAULT_ESTIMATE,
    MINMAX_ESTIMATE,
    Category,
    Claim,
    ClaimKind,
    Count,
    EstimatePolicy,
    Figure,
    InvalidFigure,
    InvalidPolicy,
    InvalidRecord,
    Ledger,
    Period,
    Source,
    Span,
    extract,
    tally,
    to_record,
)
from conflictfigures._groups import normalise_claimant, normalise_subject, resolve_claimants
from conflictfigures._places import normalise_place

THU = dt.date(2020, 2, 27)
WED = dt.date(2020, 2, 26)
FEB = Period(start=dt.date(2020, 2, 1), end=THU)


def fig(
    stated: int | None,
    qualifier: str = "exact",
    *,
    category: str = "killed",
    subject: str | None = "Turkish soldiers",
    side: str | None = None,
    location: str | None = "Idlib",
    date: dt.date | None = THU,
    outlet: str | None = "Haaretz",
    doc_id: str | None = None,
    published: dt.date | None = THU,
    claimed_by: str | None = None,
    cumulative: bool = False,
    period: Period | None = None,
    rounding: int = 1,
    vague: str | None = None,
    start: int = 0,
) -> Figure:
    count = Count.read(stated, qualifier, rounding=rounding, vague=vague)
    surface = f"{count} {subject}"
    return Figure(
        category=category,
        count=count,
        span=Span(start=start, end=start + len(surface)),
        surface=surface,
        source=Source(outlet=outlet, published=published, doc_id=doc_id or outlet),
        subject=subject,
        side=side,
        location=location,
        date=date,
        period=period,
        cumulative=cumulative or period is not None,
        claimed_by=claimed_by,
    )


def only_claim(figures: list[Figure]) -> Claim:
    claims = Ledger(figures).claims()
    assert len(claims) == 1, [c.key.id for c in claims]
    return claims[0]


# ---------------------------------------------------------------------------
# Matching rules
# ---------------------------------------------------------------------------

SAME_GROUP = [
    pytest.param("Turkish soldiers", None, id="soldiers"),
    pytest.param("Turkish troops", None, id="troops"),
    pytest.param("its soldiers", "Turkey", id="its soldiers, side given"),
    pytest.param("Turkish military", None, id="military"),
    pytest.param("service members", "Turkey", id="service members"),
    pytest.param("Turkish security personnel", None, id="security personnel"),
    pytest.param("martyrs", "Turkish", id="martyrs, demonym side"),
]


@pytest.mark.parametrize(("subject", "side"), SAME_GROUP)
def test_subjects_normalise_to_one_group(subject: str, side: str | None) -> None:
    assert normalise_subject(Category.KILLED, subject, side) == ("Turkey", "military")


@pytest.mark.parametrize(
    ("subject", "role"),
    [
        ("civilians", "civilians"),
        ("people", "civilians"),
        ("citizens", "civilians"),
        ("suspected insurgents", "fighters"),
        ("Taliban fighters", "fighters"),
        ("others", None),
        ("two individuals", None),
        # "officers" alone may be police or army: no role, so it agrees with either
        ("officers", None),
        ("13 officers", None),
        ("police officers", "police"),
        ("army officers", "military"),
    ],
)
def test_role_table(subject: str, role: str | None) -> None:
    assert normalise_subject(Category.KILLED, subject, None)[1] == role


def test_armoured_is_armored() -> None:
    a = normalise_subject(Category.EQUIPMENT_DESTROYED, "armoured personnel carriers", None)
    b = normalise_subject(Category.EQUIPMENT_DESTROYED, "armored personnel carrier", None)
    assert a == b == (None, "armored personnel carrier")


@pytest.mark.parametrize(
    ("written", "path"),
    [
        ("Idlib", ("syria", "northwest syria", "idlib")),
        ("the northwestern region of Idlib", ("syria", "northwest syria", "idlib")),
        ("Syria\u2019s northwestern province of Idlib", ("syria", "northwest syria", "idlib")),
        ("northwest Syria", ("syria", "northwest syria")),
        ("in and around Tripoli", ("libya", "tripoli")),
        ("Libya", ("libya",)),
        ("Washer district, Helmand province", ("afghanistan", "helmand", "washer")),
        ("the northwest province", None),
        ("Saraqeb", ("syria", "northwest syria", "idlib", "saraqeb")),
        ("Atlantis", ("atlantis",)),
    ],
)
def test_place_paths(written: str, path: tuple[str, ...] | None) -> None:
    assert normalise_place(written) == path


def test_figures_in_wider_and_vague_places_join_the_specific_incident() -> None:
    claim = only_claim(
        [
            fig(2, location="Idlib", outlet="A"),
            fig(2, location="northwest Syria", outlet="B"),
            fig(2, location="the northwest province", outlet="C"),
            fig(2, location=None, outlet="D"),
        ]
    )
    assert claim.key.place == ("syria", "northwest syria", "idlib")
    assert claim.outlets == ("A", "B", "C", "D")


def test_a_wider_place_with_two_specific_incidents_stays_apart() -> None:
    claims = Ledger(
        [
            fig(2, location="Idlib", outlet="A"),
            fig(3, location="Aleppo", outlet="B"),
            fig(5, location="northwest Syria", outlet="C"),
        ]
    ).claims()
    assert len(claims) == 3
    assert (
        Ledger([fig(2, location="Idlib"), fig(3, location="Aleppo", outlet="B")]).contradictions()
        == []
    )


def test_different_sides_groups_categories_and_places_are_different_claims() -> None:
    figures = [
        fig(2),
        fig(2, subject="Syrian soldiers", outlet="B"),
        fig(2, subject="Turkish civilians", outlet="C"),
        fig(2, category="wounded", outlet="D"),
        fig(2, location="Tripoli", outlet="E"),
    ]
    assert len(Ledger(figures).claims()) == 5


def test_adjacent_days_from_different_documents_are_one_claim_and_flagged() -> None:
    claim = only_claim([fig(2, date=WED, outlet="The New Arab"), fig(2, outlet="Haaretz")])
    assert claim.dates == (WED, THU)
    assert claim.possibly_same_incident


def test_adjacent_days_in_one_document_are_two_incidents() -> None:
    claims = Ledger([fig(2, date=WED), fig(3, date=THU, start=40)]).claims()
    assert [c.dates for c in claims] == [(WED,), (THU,)]
    assert not any(c.possibly_same_incident for c in claims)


def test_two_days_apart_are_two_claims() -> None:
    assert len(Ledger([fig(2, date=dt.date(2020, 2, 25)), fig(2, outlet="B")]).claims()) == 2


def test_unknown_side_is_taken_from_the_same_document() -> None:
    figures = [
        fig(3, outlet="The Defense Post"),
        fig(3, subject="soldiers", location=None, outlet="The Defense Post", start=50),
        fig(4, subject="Syrian soldiers", outlet="Other"),
    ]
    claims = Ledger(figures).claims()
    assert [(c.key.side, len(c.figures)) for c in claims] == [("Syria", 1), ("Turkey", 2)]


def test_undated_figures_are_read_as_of_publication() -> None:
    claim = only_claim([fig(2, date=None, location="Libya")])
    assert claim.key.kind is ClaimKind.TOTAL
    assert claim.key.date == THU


# ---------------------------------------------------------------------------
# Claimants and corroboration
# ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "written",
    [
        "Turkey's defense ministry",
        "the Turkish Defence Ministry",
        "Turkey\u2019s Ministry of Defence",
    ],
)
def test_ministry_spellings_are_one_claimant(written: str) -> None:
    assert normalise_claimant(written).label == "Turkey defense ministry"


def test_bare_ministry_takes_the_country_of_the_document() -> None:
    names = [normalise_claimant(x) for x in ("Turkey", "the defense ministry", "the ministry")]
    resolved = resolve_claimants(names)
    assert {resolved[n].label for n in names} == {"Turkey government", "Turkey defense ministry"}


def test_one_statement_in_three_outlets_is_one_claimant() -> None:
    claim = only_claim(
        [
            fig(50, "more_than", subject="Syrian forces", outlet="Haaretz", claimed_by="Turkey"),
            fig(
                50,
                "more_than",
                subject="Syrian forces members",
                outlet="The Moscow Times",
                claimed_by="Turkey's defense ministry",
            ),
            fig(
                50,
                "more_than",
                subject="Syrian forces",
                outlet=None,
                doc_id="004",
                claimed_by="Turkish officials",
            ),
        ]
    )
    assert claim.outlets == ("Haaretz", "The Moscow Times", "doc:004")
    assert claim.independent_claimants == ("state:Turkey",)
    assert claim.consistent


def test_unattributed_reports_count_their_outlet() -> None:
    claim = only_claim([fig(2, outlet="A"), fig(2, outlet="B", claimed_by="Recep Tayyip Erdogan")])
    assert claim.independent_claimants == ("claimant:Erdogan", "outlet:A")


# ---------------------------------------------------------------------------
# Contradictions
# ---------------------------------------------------------------------------

MILLION = 1_000_000


@pytest.mark.parametrize(
    ("a", "b", "conflict"),
    [
        pytest.param(
            (3_600_000, "exact", 100_000),
            (3_700_000, "exact", 100_000),
            True,
            id="3.6 million vs 3.7 million",
        ),
        pytest.param(
            (3_600_000, "more_than", 100_000),
            (3_700_000, "exact", 100_000),
            False,
            id="more than 3.6 million vs 3.7 million",
        ),
        pytest.param((19, "at_least", 1), (20, "exact", 1), False, id="at least 19 vs 20"),
        pytest.param((19, "exact", 1), (20, "exact", 1), True, id="19 vs 20"),
        pytest.param(
            (MILLION, "nearly", MILLION),
            (None, "vague", 1),
            False,
            id="nearly a million vs hundreds of thousands",
        ),
    ],
)
def test_contradiction_is_judged_on_bounds(
    a: tuple[int, str, int], b: tuple[int | None, str, int], conflict: bool
) -> None:
    def total(spec: tuple[int | None, str, int], outlet: str) -> Figure:
        stated, qualifier, rounding = spec
        vague = "hundreds of thousands" if qualifier == "vague" else None
        return fig(
            stated,
            qualifier,
            rounding=rounding,
            vague=vague,
            category="refugees",
            subject="Syrian refugees",
            location="Turkey",
            date=None,
            outlet=outlet,
        )

    found = Ledger([total(a, "A"), total(b, "B")]).contradictions()
    assert bool(found) is conflict


def test_contradiction_lists_every_report_on_each_side() -> None:
    figures = [
        fig(2, outlet="Haaretz", claimed_by="Turkey"),
        fig(2, outlet="The Moscow Times", claimed_by="Turkey"),
        fig(2, "at_least", outlet=None, doc_id="004"),
        fig(3, outlet="The Defense Post", claimed_by="Recep Tayyip Erdogan"),
    ]
    [c] = Ledger(figures).contradictions()
    assert [str(s.count) for s in c.sides] == ["2", "at least 2", "3"]
    assert c.conflicts == ((0, 2),)
    assert c.sides[0].outlets == ("Haaretz", "The Moscow Times")
    assert c.sides[2].claimants == ("Erdogan",)
    assert c.kind == "conflict"
    assert c.relation == "same"


def test_same_claimant_changing_its_figure_is_a_revision() -> None:
    figures = [
        fig(2, outlet="A", claimed_by="Turkey's defense ministry"),
        fig(
            3, outlet="B", claimed_by="the Turkish Defence Ministry", published=dt.date(2020, 2, 28)
        ),
    ]
    [c] = Ledger(figures).contradictions()
    assert c.kind == "revision"


def test_a_place_total_above_the_wider_total_is_a_contradiction() -> None:
    figures = [
        fig(2, location="Libya", date=None, claimed_by="Recep Tayyip Erdogan"),
        fig(
            16,
            "at_least",
            location="Tripoli",
            date=None,
            cumulative=True,
            claimed_by="Khaled al-Mahjoub",
            start=90,
        ),
    ]
    [c] = Ledger(figures).contradictions()
    assert c.relation == "within"
    assert [str(s.count) for s in c.sides] == ["at least 16", "2"]
    assert [s.place for s in c.sides] == [("libya", "tripoli"), ("libya",)]
    assert c.kind == "conflict"


def test_a_smaller_place_total_inside_the_wider_one_is_fine() -> None:
    figures = [
        fig(380_000, "more_than", subject="people", location="Syria", date=None, cumulative=True),
        fig(
            None,
            "vague",
            vague="hundreds",
            subject="civilians",
            date=None,
            cumulative=True,
            outlet="B",
        ),
    ]
    assert Ledger(figures).contradictions() == []


def test_totals_on_different_dates_are_a_time_series_not_a_contradiction() -> None:
    early = Period(start=dt.date(2019, 12, 1), end=dt.date(2020, 2, 4))
    late = Period(start=dt.date(2019, 12, 1), end=THU)
    figures = [
        fig(
            520_000,
            rounding=10_000,
            category="displaced",
            subject="people",
            period=early,
            date=None,
            outlet="A",
        ),
        fig(
            MILLION,
            "nearly",
            rounding=MILLION,
            category="displaced",
            subject="civilians",
            period=late,
            date=None,
            outlet="B",
        ),
    ]
    ledger = Ledger(figures)
    assert ledger.contradictions() == []
    [series] = ledger.running_totals()
    assert [p.as_of for p in series.points] == [dt.date(2020, 2, 4), THU]


# ---------------------------------------------------------------------------
# Running totals
# ---------------------------------------------------------------------------


def test_running_total_beside_the_incidents() -> None:
    figures = [
        fig(13, subject="Turkish soldiers", period=FEB, date=None, outlet="A"),
        fig(2, outlet="A", start=40),
        fig(3, outlet="B", claimed_by="Recep Tayyip Erdogan"),
        fig(15, subject="Turkish military", period=FEB, date=None, outlet="A", start=80),
        fig(20, subject="Turkish security personnel", period=FEB, date=None, outlet="C"),
    ]
    ledger = Ledger(figures)
    [series] = ledger.running_totals()
    first, last = series.points
    assert [str(c) for c in first.claim.counts] == ["13"]
    assert first.as_of == WED
    assert [str(c) for c in last.claim.counts] == ["15", "20"]
    assert (last.derived_low, last.derived_high) == (15, 16)
    assert last.reconciles == (True, False)
    assert series.reconciled is False
    totals = [c for c in ledger.contradictions() if c.key.kind is ClaimKind.TOTAL]
    assert [[str(s.count) for s in c.sides] for c in totals] == [["15", "20"]]


def test_a_lower_total_after_a_higher_one_is_flagged_as_revised_down() -> None:
    figures = [
        fig(20, period=FEB, date=None),
        fig(12, period=Period(start=FEB.start, end=dt.date(2020, 2, 28)), date=None, outlet="B"),
    ]
    [series] = Ledger(figures).running_totals()
    assert [p.revised_down for p in series.points] == [False, True]


def test_a_total_without_a_period_joins_the_period_only_where_both_can_be_true() -> None:
    """
    An unperioded total takes the one period reported for its place when its
    count fits that period's reports; one that cannot (it may count over a
    longer stretch) stays a total of its own, and no contradiction is made.
    """
    since = Period(start=dt.date(2019, 12, 1), end=THU)

    def displaced(stated: int | None, qualifier: str, outlet: str, **more: Any) -> Figure:
        return fig(
            stated,
            qualifier,
            category="displaced",
            subject="civilians",
            date=None,
            cumulative=True,
            outlet=outlet,
            **more,
        )

    figures = [
        displaced(1_000_000, "nearly", "A", period=since),
        displaced(950_000, "about", "B", rounding=50_000),
        displaced(None, "vague", "C", vague="millions"),
    ]
    ledger = Ledger(figures)
    by_start = {c.key.period_start: {str(x) for x in c.counts} for c in ledger.claims()}
    assert by_start == {since.start: {"nearly 1,000,000", "about 950,000"}, None: {"millions"}}
    assert ledger.contradictions() == []


# ---------------------------------------------------------------------------
# Estimates and policies
# ---------------------------------------------------------------------------

CONFLICT = [fig(2, outlet="A"), fig(2, "at_least", outlet="B"), fig(3, outlet="C")]
AGREE = [fig(3, "at_least", outlet="A"), fig(5, "up_to", outlet="B"), fig(4, outlet="C")]


@pytest.mark.parametrize(
    ("figures", "policy", "expected"),
    [
        pytest.param(CONFLICT, DEFAULT_ESTIMATE, (2, 2, 3), id="ucdp conflict"),
        pytest.param(AGREE, DEFAULT_ESTIMATE, (4, 4, 4), id="ucdp agreement: intersection"),
        pytest.param(CONFLICT, ACLED_ESTIMATE, (2, 2, 3), id="acled conflict"),
        pytest.param(CONFLICT, MINMAX_ESTIMATE, (2, 2, None), id="minmax: open ceiling"),
        pytest.param(AGREE, MINMAX_ESTIMATE, (0, 0, None), id="minmax agreement: full range"),
    ],
)
def test_estimate_policies(
    figures: list[Figure], policy: EstimatePolicy, expected: tuple[int, int, int | None]
) -> None:
    [est] = Ledger(figures, policy=policy).estimates()
    assert (est.low, est.best, est.high) == expected
    assert est.policy == policy.name
    assert est.key == Ledger(figures).claims()[0].key


def test_acled_reads_vague_words_its_way() -> None:
    figures = [fig(None, "vague", vague="dozens")]
    assert Ledger(figures, policy=ACLED_ESTIMATE).estimates()[0].best == 12
    assert Ledger(figures).estimates()[0].best == 36


def test_a_callable_replaces_the_policy() -> None:
    def highest(claim: Claim) -> tuple[int, int, int | None]:
        top = max(f.count.low for f in claim.figures)
        return top, top, top

    [est] = Ledger(CONFLICT, policy=highest).estimates()
    assert (est.low, est.best, est.high, est.policy) == (3, 3, 3, "highest")


def test_policies_are_frozen_and_validated() -> None:
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        DEFAULT_ESTIMATE.name = "x"  # type: ignore[misc]
    with pytest.raises(
        InvalidPolicy, match="'best' must be 'median', 'lowest', 'midpoint' or 'first', got 'mean'"
    ):
        EstimatePolicy(name="x", best="mean")  # type: ignore[arg-type]
    with pytest.raises(InvalidPolicy, match="'policy' must be an EstimatePolicy or a callable"):
        Ledger(policy=3)  # type: ignore[arg-type]


# ---------------------------------------------------------------------------
# Ledger basics
# ---------------------------------------------------------------------------


def test_ledger_is_a_set_of_figures() -> None:
    ledger = Ledger([fig(2), fig(2)])
    assert len(ledger) == 1
    ledger.add(fig(3, outlet="B"))
    assert len(ledger) == 2
    assert fig(3, outlet="B") in ledger
    assert list(ledger) == [fig(2), fig(3, outlet="B")]
    assert repr(ledger) == "Ledger(2 figures, policy=ucdp)"


def test_figures_alike_but_for_their_count_and_claimant_are_all_held() -> None:
    # Same words, position, document and date: the ledger tells them apart
    # by their other fields, and still holds each equal figure once.
    def alike(n: int, claimed_by: str | None = None) -> Figure:
        return attrs.evolve(fig(2), count=Count.exact(n), claimed_by=claimed_by)

    figures = [alike(n) for n in range(40)] + [alike(5, "the army"), alike(5), alike(5, "the army")]
    ledger = Ledger(figures)
    assert len(ledger) == 41
    assert list(ledger) == [*figures[:40], figures[40]]
    assert alike(39) in ledger
    assert alike(5, "the army") in ledger
    assert alike(40) not in ledger
    assert alike(6, "the army") not in ledger
    assert "a figure" not in ledger
    assert ledger == Ledger(reversed(figures)) != Ledger(figures[:40])
    assert list(ledger.merge(Ledger([alike(41), alike(3)]))) == [*ledger, alike(41)]


def test_answers_follow_additions() -> None:
    ledger = Ledger([fig(2)])
    assert ledger.contradictions() == []
    ledger.add(fig(3, outlet="B"))
    assert len(ledger.contradictions()) == 1


def test_ledger_refuses_non_figures() -> None:
    with pytest.raises(InvalidFigure, match="a ledger holds Figure objects, got dict"):
        Ledger([{}])  # type: ignore[list-item]


def test_merge_refuses_different_policies() -> None:
    with pytest.raises(
        InvalidPolicy,
        match="cannot merge ledgers with different estimate policies: 'ucdp' and 'acled'",
    ):
        Ledger().merge(Ledger(policy=ACLED_ESTIMATE))


def test_from_records_round_trips() -> None:
    figures = CONFLICT
    assert Ledger.from_records(to_record(f) for f in figures) == Ledger(figures)


# ---------------------------------------------------------------------------
# Records
# ---------------------------------------------------------------------------


def test_records_are_json_and_keep_provenance() -> None:
    figures = [
        fig(2, outlet="Haaretz", claimed_by="Turkey"),
        fig(3, outlet="The Defense Post", claimed_by="Recep Tayyip Erdogan"),
        fig(15, period=FEB, date=None, outlet="The Moscow Times"),
    ]
    ledger = Ledger(figures)
    results: list[Any] = [
        *ledger.claims(),
        *ledger.contradictions(),
        *ledger.running_totals(),
        *ledger.estimates(),
    ]
    for result in results:
        record = to_record(result)
        assert json.loads(json.dumps(record)) == record
    contradiction = to_record(ledger.contradictions()[0])
    assert {"category", "subject", "location", "date", "period", "sides", "kind"} <= set(
        contradiction
    )
    side = contradiction["sides"][0]
    assert {"stated", "qualifier", "low", "high"} <= set(side["count"])
    report = side["reports"][0]
    assert report == to_record(figures[0])
    assert (report["outlet"], report["claimed_by"], report["published"]) == (
        "Haaretz",
        "Turkey",
        "2020-02-27",
    )
    claim = to_record(ledger.claims()[0])
    assert claim["n_outlets"] == 2
    assert [r["outlet"] for r in claim["reports"]] == ["Haaretz", "The Defense Post"]


def test_to_record_still_refuses_other_types() -> None:
    with pytest.raises(InvalidRecord, match=r"to_record\(\) takes a Figure, got int"):
        to_record(3)  # type: ignore[arg-type]


# ---------------------------------------------------------------------------
# Tally
# ---------------------------------------------------------------------------


def test_tally_sums_distinct_incidents() -> None:
    figures = [
        fig(4, subject="insurgents", location=None),
        fig(1, subject="civilian", location=None, start=30),
    ]
    est = tally(figures)[Category.KILLED]
    assert (est.low, est.best, est.high) == (5, 5, 5)


def test_tally_sums_two_people_of_a_perfect_with_no_date() -> None:
    # One person who "had been killed" is one death, not a running total that
    # the other would repeat.
    text = "An officer and a soldier had been killed and four others were injured in two bombings."
    assert tally(extract(text, published="2023-03-16"))[Category.KILLED].best == 2


def test_tally_counts_a_repeated_mention_once() -> None:
    figures = [
        fig(4, subject="insurgents", location="Helmand province"),
        fig(4, subject="insurgents", location=None, date=None, start=60),
    ]
    assert tally(figures)[Category.KILLED].low == 4


def test_tally_does_not_count_the_commander_after_a_commander() -> None:
    one = Count.exact(1)
    figures = [
        attrs.evolve(
            fig(1, subject="commander"),
            surface="a commander",
            span=Span(start=0, end=11),
            count=one,
        ),
        attrs.evolve(
            fig(1, subject="commander", location=None),
            surface="the commander",
            span=Span(start=40, end=53),
            count=one,
        ),
        fig(2, subject="associates", location=None, start=60, category="killed"),
    ]
    assert tally(figures)[Category.KILLED].low == 3


def test_tally_drops_a_vague_summary_of_exact_mentions() -> None:
    figures = [
        fig(None, "vague", vague="several", subject="insurgents", location=None),
        fig(1, subject="Taliban commander", location=None, start=40),
        fig(2, subject="associates", location=None, start=80),
    ]
    assert tally(figures)[Category.KILLED].low == 3


@pytest.mark.parametrize(
    "subject", ["worshippers", "passengers", "students", "bystanders", "football fans", "tourists"]
)
def test_civilians_named_by_what_they_were_doing_are_civilians(subject: str) -> None:
    # one group with "people" and "civilians": rival counts of one attack
    # ("40 worshippers" ... "at least 50 people") are one claim's, not two groups
    from conflictfigures._groups import normalise_subject  # noqa: PLC0415

    assert normalise_subject(Category.KILLED, subject, None) == (None, "civilians")
    assert normalise_subject(Category.KILLED, "people", None) == (None, "civilians")


def test_tally_counts_a_ceiling_of_another_group_beside_an_exact_count() -> None:
    # "up to ten" holds any count below it: it sums up only people it may
    # count, not the policeman before it.
    text = "One policeman was injured. Up to ten bystanders were also wounded."
    est = tally(extract(text, published="2023-03-16"))[Category.WOUNDED]
    assert (est.low, est.best, est.high) == (1, 11, 11)
    text = "Up to 10 people were hurt. Two policemen and three civilians were injured."
    est = tally(extract(text, published="2023-03-16"))[Category.WOUNDED]
    assert (est.low, est.best) == (0, 10)


def test_tally_counts_an_open_bound_beside_the_exact_member_of_its_list() -> None:
    # "at least one officer and one soldier were injured": two people, the
    # open bound no summary of the exact count listed with it.
    text = "Ten bodies were found and at least one officer and one soldier were injured."
    est = tally(extract(text, published="2023-03-16"))[Category.WOUNDED]
    assert (est.low, est.best) == (2, 2)


@pytest.mark.parametrize(
    ("text", "killed", "wounded"),
    [
        ("Three hikers were struck by lightning, and one of them died.", 1, 2),
        ("Five people were hurt in the crash. Two of the injured later died in hospital.", 2, 3),
        ("A gunman injured six people, one of whom died later.", 1, 5),
        ("Four people were injured in the storm. Two people died in a separate crash.", 2, 4),
        ("Four people were injured. One man was killed in the attack.", 1, 4),
        ("Officers found two men suffering from gunshot wounds; one was pronounced dead.", 1, 1),
        (
            "Officers found two men with gunshot wounds. One was pronounced dead at a hospital.",
            1,
            1,
        ),
        ("Five soldiers were wounded and two died.", 2, 5),
        ("A man and a woman were injured in the blast. The man died in hospital.", 1, 1),
        ("Two brothers were wounded; the younger one died.", 1, 1),
        ("One person was killed and 4 injured. The person killed was a colonel.", 1, 4),
        ("Lightning struck two men, killing one and injuring the other.", 1, 1),
        ("Lightning struck two men. One was killed and the other was hospitalized.", 1, 1),
        ("Three people were hit by a car on Main Street; one died.", 1, 2),
        ("A falling tree struck four campers, killing one and injuring three.", 1, 3),
        ("Lightning struck two men, killing one. Two others were hurt by debris.", 1, 3),
        (
            "A man was killed and a woman was wounded in a shooting. He was pronounced dead.",
            1,
            1,
        ),
        ("A woman was shot in the neck and wounded. She succumbed to her wounds.", 1, 0),
        ("A 6-year-old boy was shot on Friday. The child died in hospital.", 1, 0),
        ("A man was shot on Friday. The victim died in hospital.", 1, 0),
        ("A girl was shot on Friday. The boy died in hospital.", 1, 1),
        ("Lightning struck five campers, including a girl who died.", 1, 4),
        ("Four people were injured, including a boy who died.", 1, 3),
        ("Lightning struck two men. A man was killed and another man was hurt.", 1, 1),
        ("Lightning struck two men. A woman was killed.", 1, 2),
        ("Five people were shot, two of them fatally, early Sunday.", 2, 3),
        ("Two police officers were shot, one fatally, while serving a warrant.", 1, 1),
        (
            (
                "A gunman opened fire, killing one person and wounding 12. "
                "One of the critically injured died on Sunday."
            ),
            2,
            11,
        ),
        ("Two soldiers were killed and five wounded. One of the wounded later died.", 3, 4),
        ("Man dies after shooting. Two men were wounded on Sunday. One of them died.", 1, 1),
        (
            (
                "One woman died and 12 customers were injured; one of the critically injured died "
                "on Sunday."
            ),
            2,
            11,
        ),
        (
            (
                "Gunmen fired on a crowd, killing one and injuring 11. "
                "The crowd included two border guards, one of whom was killed."
            ),
            1,
            11,
        ),
    ],
    ids=[
        "of them",
        "of the injured later",
        "of whom",
        "a death of its own",
        "no fate told",
        "pronounced dead, group unsaid",
        "pronounced dead in the next sentence, group unsaid",
        "a death unsaid may be others",
        "the man named again",
        "the younger one of the group",
        "a group carried to the wounded is not theirs",
        "struck: the dead and the other are its parts",
        "struck: the other in the next sentence",
        "hit: the rest are hurt",
        "struck: killed and injured parts",
        "struck: two others are further people",
        "'he' is no woman of the wounded",
        "'she' is the woman wounded",
        "'the child' is the boy wounded",
        "'the victim' is the one wounded",
        "'the boy' is no girl wounded",
        "struck: a part named with 'including' is one of them",
        "a death named after 'including' is one of the wounded",
        "struck: one of the men named in the singular",
        "struck: a woman is not one of the men",
        "shot, some fatally: the rest are wounded",
        "shot, one fatally: the other is wounded",
        "of the critically injured: adds to the dead beside them",
        "of the wounded later: adds to the dead beside them",
        "a headline's death is the fate told after it",
        "a death in the lead's own sentence is beside the fate",
        "of whom: a count of its own sentence, not the wounded",
    ],
)
def test_tally_counts_the_wounded_who_die_once_as_dead(
    text: str, killed: int, wounded: int
) -> None:
    # Rule 5: a death told as the fate of the wounded just before is taken off
    # the wounded (every incident counted: "Two people died in a separate crash").
    found = tally(extract(text, published="2023-03-16"), incidents="all")
    assert (found[Category.KILLED].best, found[Category.WOUNDED].best) == (killed, wounded)


def test_shot_beside_a_death_of_another_group_is_how_the_dead_died() -> None:
    # (guard) only the fate of some of those shot right after "shot" ("Four
    # people were shot, one fatally") keeps "shot" a count of the hurt after
    # a death the story told; a death of another group beside it does not.
    text = (
        "ZIPRA shot down the airliner, killing 48 civilians. 38 were killed in the "
        "crash and 10 survivors were shot with automatic weapons."
    )
    found = tally(extract(text, published="2023-03-16"))
    assert found[Category.KILLED].best == 48
    assert Category.WOUNDED not in found


@pytest.mark.parametrize(
    ("text", "best"),
    [
        ("Hundreds flee floods\n\nAt least 1,500 people fled their homes, officials said.", 1500),
        ("Some 40 people were hurt in the crash. Later, dozens were hurt in a fire.", 76),
    ],
    ids=["a lead that understates", "a vague count after the numbers adds"],
)
def test_tally_drops_a_vague_lead_below_the_numbers_after_it(text: str, best: int) -> None:
    # Rule 2b: a vague word told before every number of its document, its
    # range below their sum, is their lead, not more people.
    found = tally(extract(text, published="2023-03-16"))
    assert [e.best for e in found.values()] == [best]


@pytest.mark.parametrize(
    ("text", "best"),
    [
        (
            (
                "Among the dead were 13 U.S. service members; at least 170 Afghans were also "
                "killed in the bombing."
            ),
            183,
        ),
        ("At least 30 people were killed. Three journalists were among the dead.", 30),
        ("At least 30 people were killed. Two teachers were also among the dead.", 30),
        (
            (
                "Some 200 people perished when the ferry capsized, although only 78 bodies had "
                "been recovered."
            ),
            200,
        ),
        ("Police found 3 bodies in a house. Two people were killed in a separate attack.", 5),
        (
            (
                "Clashes in the province have killed 89 people since Sunday, a monitor said. "
                "The dead include 46 fighters and at least four children."
            ),
            89,
        ),
    ],
    ids=[
        "people also killed are beside the part",
        "a part among the dead",
        "(guard) people also among the dead are inside a count of anyone (after a review)",
        "bodies recovered of a larger count of the dead",
        "bodies found in a sentence of their own",
        "a part of a running total",
    ],
)
def test_tally_reads_parts_of_the_dead(text: str, best: int) -> None:
    # Rule 2c: a part among the dead, and the bodies found of a larger count.
    found = tally(extract(text, published="2023-03-16"), incidents="all")
    assert found[Category.KILLED].best == best


@pytest.mark.parametrize(
    ("text", "killed", "with_perpetrators"),
    [
        ("Five people, including the gunman, died in a shooting at a bank.", 4, 5),
        ("Two officers were wounded and the suspect was killed in a shootout.", 0, 1),
        ("A deputy was injured and a suspect was killed following a shootout.", 0, 1),
        ("The two suspects were shot dead by police.", 0, 2),
        ("Police killed 32 drug suspects in the raids.", 32, 32),
        ("The agency said three of the suspects had been executed on Wednesday.", 3, 3),
        (
            (
                "Rebels raided the village and killed 9 civilians. Two of the attackers"
                " were killed by soldiers who responded."
            ),
            9,
            11,
        ),
        (
            "Police said five people were killed, and the suspect died after shooting himself.",
            5,
            6,
        ),
        ("Police shot and killed a man who they said opened fire on officers.", 0, 1),
        (
            (
                "A man was killed and a woman injured in a murder-suicide attempt. Officers found"
                " a 52-year-old man dead from a self-inflicted gunshot wound."
            ),
            1,
            1,
        ),
        (
            (
                "Gunmen killed at least 20 civilians in raids on two villages on Sunday. Soldiers"
                " later killed about ten terrorists in pursuit operations."
            ),
            20,
            30,
        ),
        (
            (
                "Insurgents beheaded three men in a raid on Thursday. Forces said on Friday they"
                " had killed six insurgents in a pursuit operation."
            ),
            3,
            9,
        ),
        ("Troops killed 12 militants in a raid on their hideout.", 12, 12),
        (
            (
                "Gangs killed at least 12 residents on Saturday. The national police said 28 gang"
                " members were killed in a counter-operation."
            ),
            12,
            40,
        ),
        (
            "A man has been shot dead by police after allegedly stabbing two people at a mall.",
            0,
            1,
        ),
        (
            (
                "A gunman killed two shoppers and wounded a store employee before he was shot"
                " dead by a responding officer."
            ),
            2,
            3,
        ),
        (
            (
                "Police say four people were found dead inside a home. Investigators said the"
                " suspected shooter, a man who lived in the home, was among the dead."
            ),
            3,
            4,
        ),
        ("A man was shot dead by police in a raid on his home.", 1, 1),
        (
            (
                "A train derailed in Andhra Pradesh on Wednesday, killing nine passengers,"
                " officials said. A railway ministry spokesperson in Delhi later said the toll"
                " had risen to 11 after two of the injured died in hospital."
            ),
            11,
            11,
        ),
        (
            (
                "Air strikes killed 21 people on Wednesday. The military said its troops had"
                " killed about 70 fighters in ground clashes."
            ),
            91,
            91,
        ),
    ],
    ids=[
        "the attacker inside the count's words",
        "the suspect named with 'the'",
        "a suspect named with 'a'",
        "the two suspects",
        "suspects with no 'the' are victims",
        "some of the suspects are no suspect named again",
        "dead attackers in a sentence of their own are added, not rivals",
        "the suspect and his shooting himself are one attacker",
        "one police killed who opened fire is the attacker",
        "a man dead of a self-inflicted wound may be the man killed",
        "an armed group's dead killed by soldiers after its victims are attackers (rule 0h)",
        "insurgents killed by forces after the men they beheaded",
        "an operation's report that counts only the group's dead keeps them",
        "gang members killed by the police after the gang's victims",
        "shot dead by police after an attack of his own",
        "'he' shot dead by an officer after the attack",
        "a later sentence puts the attacker among the dead counted before",
        "shot dead by police with no attack of his own told is a victim",
        "a place in a speaker's words is no place of the toll he gives",
        "fighters, whom a war's both sides have, are no attackers",
    ],
)
def test_tally_sets_the_attacker_apart(text: str, killed: int, with_perpetrators: int) -> None:
    # Rule 0f: the attackers who die are counted only with ``perpetrators``.
    found = tally(extract(text, published="2023-03-16"))
    both = tally(extract(text, published="2023-03-16"), perpetrators=True)
    assert (found[Category.KILLED].best if Category.KILLED in found else 0) == killed
    assert both[Category.KILLED].best == with_perpetrators


@pytest.mark.parametrize(
    ("text", "best"),
    [
        ("Residents said 30 people were killed, but a police spokesman said only 12 had died.", 30),
        (
            (
                "An IED struck a convoy on Monday, killing 15 soldiers and 4 civilian drivers, the"
                " army said. A security source put the number of dead at more than 30."
            ),
            19,
        ),
        (
            (
                "Twelve soldiers were killed when militants attacked a base on Saturday, the army"
                " said. The militants said they had killed 40 soldiers."
            ),
            12,
        ),
        (
            (
                "Bombers killed 12 people at a market, the emergency agency said. A member of a"
                " vigilante group gave a higher toll of 18 dead."
            ),
            12,
        ),
        (
            (
                "At least 18 people were killed when gang members stormed the town on Sunday, local"
                " officials said. A rights group said it had recorded 22 deaths."
            ),
            18,
        ),
        (
            (
                "The toll from Saturday's strike has risen to nine after a man died in hospital,"
                " the administration said. The mayor, however, put the toll at 10."
            ),
            9,
        ),
        ("Gunmen killed 23 people, according to residents, 17 according to an army spokesman.", 23),
        ("Residents said 30 people were killed. A police spokesman said only 12 people died.", 30),
        (
            (
                "A bomb killed 38 people, Iraqi police sources said. A second bomb in Dora "
                "killed 2 people, police sources said."
            ),
            40,
        ),
        ("Police said 2 people were killed in Kabul. Three soldiers were killed in Kabul.", 5),
        (
            (
                "At least 11 killed in strike on Nuseirat\n\nThe strike on a school in central "
                "Gaza killed at least 11 people, the civil defence agency said."
            ),
            11,
        ),
    ],
    ids=[
        "rival sources in one sentence",
        "a toll another source sets rivals the count before it",
        "the same group counted again by another source is a rival report",
        "a toll another source gives, its verb before the toll's words, rivals the count before",
        "another source's count of deaths is anyone's, a rival of the count before",
        "a toll set against a running total is a rival total, not one of the later death",
        "another source's number with its verb left out",
        "rival sources in two sentences",
        "two names of one source: parts",
        "one number without a source: parts",
        "a headline placed elsewhere than its body twin",
    ],
)
def test_tally_reads_rival_sources_and_headline_twins_once(text: str, best: int) -> None:
    # Rule 1a: numbers of one group from rival sources are one claim, not parts
    # (its best the first told, under the tally's default estimate).
    found = tally(extract(text, published="2023-03-16"), incidents="all")
    assert found[Category.KILLED].best == best


@pytest.mark.parametrize(
    ("text", "best"),
    [
        ("A man and two women were hurt in the crash. All three were taken to hospital.", 3),
        ("A driver and a passenger were injured. Both were taken to a clinic.", 2),
        (
            (
                "A driver was hurt in the crash. A bystander was also injured. The flood caused "
                "the injury of both men."
            ),
            2,
        ),
        ("Two men were hurt in Kabul. A man and two women were hurt in Herat. All three fled.", 5),
        ("All 40 passengers on the bus were hurt.", 40),
        ("Two people were hurt in a crash. All 40 passengers on a bus were hurt.", 42),
        (
            (
                "Two guards were wounded; one was treated at the scene and the other was"
                " taken to hospital."
            ),
            2,
        ),
        (
            (
                "Officers shot and wounded a man who had stabbed two bystanders. All three"
                " were taken to hospital."
            ),
            3,
        ),
    ],
    ids=[
        "all three after one and two",
        "both after two singles",
        "both inside a figure's words",
        "the last counts only",
        "all told first",
        "counts that do not add up",
        "one and the other after two are those two",
        "all three after a man and those he had stabbed",
    ],
)
def test_tally_counts_a_group_taken_up_with_all_once(text: str, best: int) -> None:
    # Rule 2f: "all three", "both" whose number is exactly the sum of the
    # counts told just before it takes those people up again.
    found = tally(extract(text, published="2023-03-16"))
    assert found[Category.WOUNDED].best == best


@pytest.mark.parametrize(
    ("text", "best"),
    [
        ("Four people were injured; two are in serious condition.", 4),
        ("Two people remain in critical condition.", 2),
        ("Three men were shot outside a bar. All three are expected to survive.", 3),
    ],
    ids=["a part by its condition", "the condition alone", "expected to survive"],
)
def test_tally_counts_the_wounded_by_their_condition_once(text: str, best: int) -> None:
    # Rule 2g: a count by condition after a wounded count at least as large is a part of it.
    found = tally(extract(text, published="2023-03-16"))
    assert found[Category.WOUNDED].best == best


def test_tally_uses_a_running_total_instead_of_the_incidents_it_covers() -> None:
    week = Period(start=THU - dt.timedelta(days=5), end=THU)
    figures = [
        fig(2, outlet="A"),
        fig(15, subject="Turkish military", period=week, date=None, outlet="A", start=40),
    ]
    est = tally(figures)[Category.KILLED]
    assert (est.low, est.best, est.high) == (15, 15, 15)


def test_tally_counts_the_same_toll_told_as_a_total_once() -> None:
    # Rule 0g: "Death toll rises to 73 ... 73 people had died" is one toll.
    text = (
        "Tanker explosion: Death toll rises to 73 in Niger State. Officials said on Wednesday "
        "that 73 people had died after a fuel tanker overturned near Essa on Saturday."
    )
    assert tally(extract(text, published="2025-10-16"))[Category.KILLED].best == 73


def test_tally_leaves_out_a_running_total_from_long_before_the_incident() -> None:
    # Rule 0g: "two soldiers were killed on Thursday, bringing Turkish military
    # fatalities to 15 so far this month": the month is the story's background.
    figures = [
        fig(2, outlet="A"),
        fig(15, subject="Turkish military", period=FEB, date=None, outlet="A", start=40),
    ]
    assert tally(figures)[Category.KILLED].best == 2
    alone = tally(figures[1:])[Category.KILLED]
    assert (alone.low, alone.best, alone.high) == (15, 15, 15)
    text = (
        "Shelling killed 12 people over the past day, the ministry said, bringing the toll "
        "since January 1 to 940."
    )
    assert tally(extract(text, published="2023-03-16"))[Category.KILLED].best == 12


def test_a_total_with_no_place_over_stocks_of_several_places_is_their_whole() -> None:
    # Tally rule 3: "More than 2 million people have fled Sudan ... Chad hosts
    # 600,000 of them and Egypt hosts 450,000": the total is the whole, and
    # the hosts' stocks are inside it (each had taken the whole: 4 million).

    def stock(stated: int, qualifier: str, place: str | None, start: int) -> Figure:
        return fig(
            stated, qualifier, category="refugees", subject="people", location=place,
            date=None, cumulative=True, outlet="A", start=start,
        )  # fmt: skip

    figures = [
        stock(2_000_000, "more_than", None, 0),
        stock(600_000, "exact", "Chad", 60),
        stock(450_000, "exact", "Egypt", 90),
    ]
    found = tally(figures)[Category.REFUGEES]
    assert (found.low, found.best) == (2_000_001, 2_000_000)
    # (a total with no place beside one place's is that place's, as before)
    same = tally([figures[0], figures[1]])[Category.REFUGEES]
    assert (same.low, same.best) == (2_000_001, 2_000_000)
    # the stocks of several places with no whole add up
    apart = tally(figures[1:])[Category.REFUGEES]
    assert apart.best == 1_050_000
    # (after a review) a total with no place smaller than the places' sum is
    # no whole of theirs, nor a narrower total of any one of them
    small = tally([stock(90_000, "exact", None, 0), *figures[1:]])[Category.REFUGEES]
    assert small.best == 1_050_000


def test_tally_of_nothing_is_empty() -> None:
    assert tally([]) == {}


def test_monthly_totals_at_several_places_each_take_their_own_incidents() -> None:
    # Tally rule 3 through its indexes: each live total covers the incidents
    # of its place and month only; an incident elsewhere is added, and one
    # without a place is taken by a total rather than added.
    figures = []
    for place in ("Idlib", "Aleppo"):
        for month in (1, 2):
            first = dt.date(2020, month, 1)
            end = dt.date(2020, month, 10)
            figures.append(
                fig(40, subject="civilians", location=place, outlet=f"{place}{month}", date=None,
                    period=Period(start=first, end=end), published=end)
            )  # fmt: skip
            figures += [
                fig(1, subject="civilians", location=place, date=first + dt.timedelta(days=d),
                    outlet=f"{place}{month}/{d}", published=end)
                for d in range(5)
            ]  # fmt: skip
    figures.append(fig(3, subject="civilians", location="Kabul", date=dt.date(2020, 1, 3)))
    figures.append(fig(2, subject="civilians", location=None, date=dt.date(2020, 2, 3)))
    found = tally(figures)[Category.KILLED]
    assert (found.low, found.best, found.high) == (163, 163, 163)


def test_results_made_quickly_equal_those_attrs_makes() -> None:
    # The analysis makes keys, claims, estimates, contradictions and their
    # sides through slot setters (``_aggregation.construct``): every field, the
    # derived range included, must be what attrs' ``__init__`` gives.
    from conflictfigures._aggregation import construct  # noqa: PLC0415 - private helpers
    from conflictfigures._aggregation.results import (  # noqa: PLC0415
        ClaimKey,
        Contradiction,
        ContradictionSide,
        Estimate,
        RunningTotal,
        TotalPoint,
    )

    figures = (fig(3, outlet="A"), fig(5, "at_least", outlet="B"), fig(4, "about", outlet="C"))
    fields: dict[str, Any] = {
        "category": Category.KILLED,
        "kind": ClaimKind.INCIDENT,
        "side": "Turkey",
        "group": "military",
        "place": ("syria", "idlib"),
        "date": THU,
    }
    key = construct.new_key(*fields.values())
    assert key == ClaimKey(**fields)
    assert repr(key) == repr(ClaimKey(**fields))
    for part in (figures[:1], figures[1:], figures):
        made = construct.new_claim(key, part, ("x",) * len(part), ("y",) * len(part), (THU,))
        built = Claim(
            key=key,
            figures=part,
            claimants=("x",) * len(part),
            independents=("y",) * len(part),
            dates=(THU,),
        )
        assert made == built
        assert (made.low, made.high, made.consistent) == (built.low, built.high, built.consistent)
    est = construct.new_estimate(Category.KILLED, 3, 4, 5, "ucdp", key, (made,))
    assert est == Estimate(
        category=Category.KILLED, low=3, best=4, high=5, policy="ucdp", key=key, claims=(made,)
    )
    with pytest.raises(InvalidPolicy, match="got low=5, best=4, high=3"):
        construct.new_estimate(Category.KILLED, 5, 4, 3, "ucdp", key, (made,))
    # An estimate whose numbers were checked before is made without the check.
    assert construct.new_estimate(
        Category.KILLED, 3, 4, 5, "ucdp", key, (made,), check=False
    ) == Estimate(
        category=Category.KILLED, low=3, best=4, high=5, policy="ucdp", key=key, claims=(made,)
    )
    side = construct.new_side(figures[0].count, None, figures[:1], ("x",), ("y",))
    assert side == ContradictionSide(
        count=figures[0].count,
        place=None,
        figures=figures[:1],
        claimants=("x",),
        independents=("y",),
    )
    for relation in ("same", "within"):
        made_c = construct.new_contradiction((made,), (side,), "conflict", relation)
        built_c = Contradiction(claims=(made,), sides=(side,), kind="conflict", relation=relation)
        assert made_c == built_c
        assert repr(made_c) == repr(built_c)
    point_fields: dict[str, Any] = {
        "as_of": THU,
        "claim": made,
        "derived_low": 3,
        "derived_high": None,
        "base": None,
        "incidents": (made,),
        "incident_low": 3,
        "incident_high": 5,
        "reconciles": (True, None),
        "revised_down": False,
    }
    point = construct.new_point(*point_fields.values())
    assert point == TotalPoint(**point_fields)
    assert repr(point) == repr(TotalPoint(**point_fields))
    total_fields: dict[str, Any] = {
        "category": Category.KILLED,
        "side": "Turkey",
        "group": None,
        "place": ("syria",),
        "period_start": THU,
        "points": (point,),
        "incidents": (made,),
    }
    total = construct.new_running_total(*total_fields.values())
    assert total == RunningTotal(**total_fields)
    assert repr(total) == repr(RunningTotal(**total_fields))


def test_two_figures_at_one_place_of_a_document_tally_in_any_order() -> None:
    # A document's figures are read in a total order of their own: two
    # running totals at one place (which the property test's corpora may
    # make) give the same tally whichever is given first.
    day, month = Period(start=THU, end=THU), Period(start=THU.replace(day=1), end=THU)
    a = fig(0, outlet="The New Arab", date=None, cumulative=True, period=day)
    b = fig(1, outlet="The New Arab", date=None, cumulative=True, period=month)
    a = attrs.evolve(a, span=b.span, surface=b.surface)
    ahead = tally([a, b])[Category.KILLED]
    behind = tally([b, a])[Category.KILLED]
    assert (ahead.low, ahead.best, ahead.high) == (behind.low, behind.best, behind.high)
