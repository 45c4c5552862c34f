"""
Figures from many outlets, set side by side: claims, corroboration,
contradictions, running totals and estimates.

A :class:`Ledger` holds figures from any number of documents.
It groups them into :class:`Claim` objects (the same thing counted: same
category, group, side, place and incident date or as-of date), says how many
outlets and independent claimants stand behind each claim, finds the
:class:`Contradiction` objects among them (reports whose ranges cannot all be
true), lays running totals out in time as :class:`RunningTotal` objects beside
the sum of the incident reports, and gives each claim a low / best / high
:class:`Estimate` under a replaceable :class:`EstimatePolicy`.
:func:`tally` answers the everyday question for one article or any set of
figures: what toll does it report, per category?

Every result is a function of the *set* of figures: the order they were added
in, adding one twice, or building ledgers over parts of a corpus and merging
them changes nothing. The matching rules are in docs/aggregation.md.

>>> import datetime as dt
>>> from conflictfigures import Category, Count, Figure, Source, Span
>>> def report(n, outlet, qualifier="exact"):
...     return Figure(category=Category.KILLED, count=Count.read(n, qualifier),
...                   span=Span(start=0, end=3), surface="two",
...                   subject="Turkish soldiers", location="Idlib",
...                   date=dt.date(2020, 2, 27), source=Source(outlet=outlet))
>>> ledger = Ledger([report(2, "Haaretz"), report(2, "AP", "at_least"), report(3, "AFP")])
>>> [claim] = ledger.claims()
>>> claim.key.id
'killed/incident/Turkey/military/syria>northwest syria>idlib/2020-02-27'
>>> [c.low for c in ledger.contradictions()[0].counts]
[2, 2, 3]
>>> est = ledger.estimates()[0]
>>> est.low, est.best, est.high
(2, 2, 3)

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import contextlib
import gc
from typing import TYPE_CHECKING, Any, Literal, NamedTuple

from conflictfigures._aggregation.anaphora import DEFINITE, INDEFINITE
from conflictfigures._aggregation.contradictions import contradictions as find_contradictions
from conflictfigures._aggregation.estimates import (
    ACLED_ESTIMATE,
    DEFAULT_ESTIMATE,
    MINMAX_ESTIMATE,
    TALLY_ESTIMATE,
    UCDP_ESTIMATE,
    EstimatePolicy,
    EstimateRule,
    estimate_claims,
    policy_name,
)
from conflictfigures._aggregation.keys import build_claims
from conflictfigures._aggregation.results import (
    DATE_TOLERANCE,
    Claim,
    ClaimKey,
    ClaimKind,
    Contradiction,
    ContradictionSide,
    Estimate,
    RunningTotal,
    TotalPoint,
)
from conflictfigures._aggregation.tally import tally_figures
from conflictfigures._aggregation.totals import running_totals as find_running_totals
from conflictfigures._checks import check_figures, check_iterable
from conflictfigures.errors import InvalidFigure, InvalidPolicy, InvalidType
from conflictfigures.models import Category, Figure
from conflictfigures.serialize import from_record

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator, Mapping, Sequence

__all__ = [
    "ACLED_ESTIMATE",
    "DATE_TOLERANCE",
    "DEFAULT_ESTIMATE",
    "MINMAX_ESTIMATE",
    "TALLY_ESTIMATE",
    "UCDP_ESTIMATE",
    "Claim",
    "ClaimKey",
    "ClaimKind",
    "Contradiction",
    "ContradictionSide",
    "Estimate",
    "EstimatePolicy",
    "EstimateRule",
    "Ledger",
    "RunningTotal",
    "TotalPoint",
    "tally",
]

#: Kept importable here for the regex-safety tests (the patterns live in the tally stage).
_DEFINITE, _INDEFINITE = DEFINITE, INDEFINITE


@contextlib.contextmanager
def _no_cyclic_gc() -> Iterator[None]:
    """
    Pause the cyclic garbage collector (reference counting still frees
    memory). The analysis allocates millions of small acyclic objects, and
    the collector's repeated full passes over them would nearly double its
    time on large ledgers.

    On the way out, the objects allocated meanwhile are moved to the oldest
    generation (``gc.freeze`` then ``gc.unfreeze``, both constant-time)
    instead of being traversed all at once by the first young collection
    after the collector is enabled again (2 s at a million figures); they are
    examined at the next full collection, like any long-lived object (an
    application that froze objects itself is left as it was). The previous
    state is restored.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            if gc.get_freeze_count() == 0:  # never thaw what the application froze
                gc.freeze()
                gc.unfreeze()
            gc.enable()


def _screen(figure: Figure) -> int:
    """
    The hash of fields that tell most figures apart: equal figures have
    equal fields, so this is a key under which a figure's equals are found,
    without the hash of a whole figure (its count, span, source and period
    each hash in a Python call too). Read attribute by attribute, which is
    quicker than ``operator.attrgetter`` on dotted names.
    """
    src = figure.source
    return hash(
        (figure.surface, figure.span.start, src.doc_id, src.outlet, src.published, figure.date)
    )


class _Analysis(NamedTuple):
    claims: list[Claim]
    contradictions: list[Contradiction]
    running_totals: list[RunningTotal]
    made: Sequence[int]  # the claims' positions in the order they were made


class Ledger:
    """
    A set of figures from any number of documents, and what they say together.

    Args:
        figures: the figures to start with.
        policy: how estimates are made: an :class:`EstimatePolicy` (default
            :data:`DEFAULT_ESTIMATE`) or any callable ``(claim) -> (low, best,
            high)``.

    A ledger is a set: adding a figure it holds changes nothing, and every
    answer depends only on which figures it holds, never on their order.
    Answers are computed when asked for and kept until a figure is added.
    Iterating yields the figures in the order they were first added.

    >>> Ledger().claims()
    []

    .. versionadded:: 0.1.0
    """

    __slots__ = ("_analysis", "_estimates", "_figures", "_policy", "_screened")

    def __init__(
        self,
        figures: Iterable[Figure] = (),
        *,
        policy: EstimatePolicy | EstimateRule | None = None,
    ) -> None:
        if policy is not None and not callable(policy):
            raise InvalidPolicy(f"'policy' must be an EstimatePolicy or a callable, got {policy!r}")
        self._policy: EstimatePolicy | EstimateRule = DEFAULT_ESTIMATE if policy is None else policy
        #: The figures, distinct, in the order first added.
        self._figures: list[Figure] = []
        #: Each figure by the hash of its ``_screen`` fields (a set, as a
        #: dict, where several figures share one, so that even figures alike
        #: in all those fields are found in constant time).
        self._screened: dict[int, Figure | dict[Figure, None]] = {}
        self._analysis: _Analysis | None = None
        self._estimates: list[Estimate] | None = None
        self.extend(figures)

    @property
    def policy(self) -> EstimatePolicy | EstimateRule:
        """The estimate policy."""
        return self._policy

    def add(self, figure: Figure) -> None:
        """
        Add one figure (a figure already held is ignored).

        Raises:
            InvalidFigure: ``figure`` is not a :class:`Figure`.
        """
        self.extend((figure,))

    def extend(self, figures: Iterable[Figure]) -> None:
        """
        Add figures (those already held are ignored).

        Each figure is hashed once; figures are read for matching when an
        answer is asked for, and what is read is not kept.

        Raises:
            InvalidFigure: an item is not a :class:`Figure`.
        """
        held, screened = self._figures, self._screened
        n = len(held)
        check_iterable(figures, "figures")
        try:
            for figure in figures:
                if not isinstance(figure, Figure):
                    raise InvalidFigure(
                        f"a ledger holds Figure objects, got {type(figure).__name__}"
                    )
                # ``_screen(figure)``, inline: this loop runs once per figure.
                src = figure.source
                key = hash(
                    (
                        figure.surface,
                        figure.span.start,
                        src.doc_id,
                        src.outlet,
                        src.published,
                        figure.date,
                    )
                )
                found = screened.get(key)
                if found is None:
                    screened[key] = figure
                elif found is figure:
                    continue
                elif isinstance(found, Figure):
                    if found == figure:
                        continue
                    screened[key] = {found: None, figure: None}
                elif figure in found:
                    continue
                else:
                    found[figure] = None
                held.append(figure)
        finally:
            if len(held) != n:
                self._analysis = None
                self._estimates = None

    def __len__(self) -> int:
        """Return the number of distinct figures held."""
        return len(self._figures)

    def __iter__(self) -> Iterator[Figure]:
        """Iterate over the figures, in the order first added."""
        return iter(self._figures)

    def __contains__(self, figure: object) -> bool:
        """Whether the ledger holds this figure."""
        if not isinstance(figure, Figure):
            hash(figure)  # as a set: an unhashable object raises TypeError
            return False
        found = self._screened.get(_screen(figure))
        if found is None or isinstance(found, Figure):
            return found == figure
        return figure in found

    def __eq__(self, other: object) -> bool:
        """Ledgers are equal when they hold the same figures under the same policy."""
        if not isinstance(other, Ledger):
            return NotImplemented
        return (
            self._policy == other._policy
            and len(self) == len(other)
            and all(f in other for f in self._figures)
        )

    __hash__ = None  # type: ignore[assignment]  # mutable

    def __repr__(self) -> str:
        """Return ``Ledger(<n> figures, policy=<name>)``."""
        return f"Ledger({len(self)} figures, policy={policy_name(self._policy)})"

    def merge(self, other: Ledger) -> Ledger:
        """
        Return a new ledger holding the figures of both.

        ``a.merge(b) == b.merge(a)``, merging is associative, and the result
        equals a ledger built from all the figures at once, so ledgers built
        over parts of a corpus (in parallel) merge into the ledger of the whole.

        Raises:
            InvalidPolicy: the two ledgers have different estimate policies.
        """
        if not isinstance(other, Ledger):
            raise InvalidFigure(f"merge() takes a Ledger, got {type(other).__name__}")
        if self._policy != other._policy:
            raise InvalidPolicy(
                f"cannot merge ledgers with different estimate policies: "
                f"{policy_name(self._policy)!r} and {policy_name(other._policy)!r}"
            )
        merged = Ledger(self._figures, policy=self._policy)
        merged.extend(other._figures)
        return merged

    @classmethod
    def from_records(
        cls,
        records: Iterable[Mapping[str, Any]],
        *,
        policy: EstimatePolicy | EstimateRule | None = None,
    ) -> Ledger:
        """
        Build a ledger from figure records (as written by :func:`conflictfigures.to_record`).

        Raises:
            InvalidType: ``records`` is not an iterable.
            InvalidRecord: a record is not a figure record.
        """
        check_iterable(records, "records", of="records")
        return cls((from_record(r) for r in records), policy=policy)

    def _analyse(self) -> _Analysis:
        if self._analysis is None:
            with _no_cyclic_gc():
                self._analysis = self._compute()
        return self._analysis

    def _compute(self) -> _Analysis:
        # A part ("including five children") tells what a figure is made of:
        # no claim, total or estimate may count it beside its whole.
        claims, incidents, made = build_claims([f for f in self._figures if f.part_of is None])
        return _Analysis(
            claims,
            find_contradictions(claims, made),
            find_running_totals(claims, incidents),
            made,
        )

    def claims(self) -> list[Claim]:
        """
        Return the claims: every figure that is no part (:attr:`Figure.part_of`)
        is in exactly one, ordered by key.

        See docs/aggregation.md for the matching rules.
        """
        return list(self._analyse().claims)

    def contradictions(self) -> list[Contradiction]:
        """
        Return the claims whose reports cannot all be true, and totals that
        do not fit inside the total of a wider place.
        """
        return list(self._analyse().contradictions)

    def running_totals(self) -> list[RunningTotal]:
        """
        Return one timeline per category, side, group, place and period
        start that has reported totals, each point beside the incidents.
        """
        return list(self._analyse().running_totals)

    def estimates(self) -> list[Estimate]:
        """Return one estimate per claim, in the order of :meth:`claims`."""
        if self._estimates is None:
            analysis = self._analyse()
            with _no_cyclic_gc():
                self._estimates = estimate_claims(analysis.claims, self._policy, analysis.made)
        return list(self._estimates)


def tally(
    figures: Iterable[Figure],
    *,
    policy: EstimatePolicy | EstimateRule | None = None,
    perpetrators: bool = False,
    incidents: Literal["main", "all"] = "main",
) -> dict[Category, Estimate]:
    """
    Return what a set of figures (one article, or any set) says the toll is,
    per category.

    Rules, in order:

    1. Figures are grouped into claims as in :class:`Ledger` (a figure
       repeated, or repeated by another outlet, is one claim).
    2. Repeated mentions: claims of one category with the same estimate whose
       group, side, place and date are compatible (one of them unknown, one
       place inside the other, dates a day apart) are counted once ("killing
       four insurgents" ... "four insurgents were also killed"); members
       of one list ("one child, one teenager and two adults") never are; a
       part "among the dead" and the details of a document's first, summary
       count ("left 40 dead ... in Baghdad, two car bombs killed 25") are
       inside it and not added to it.
    3. A running total (a cumulative figure) replaces the incidents it covers
       (same group and side, inside its place and period) rather than adding
       to them; the larger of the total and the incidents it covers is kept.
       Of several totals for one group, only the latest and widest counts.
       A total whose period starts more than a week before its document's
       first incident of its category is the story's background ("so far
       this year") and is left out beside that document's incidents.
    4. Everything left is summed: low with low, best with best, high with
       high (``None`` if any has no ceiling).

    A part of a figure (:attr:`Figure.part_of`: "including five children")
    is never counted: its whole is.

    Each document's main incident is what it counts (``incidents="main"``,
    as event coders record one event per report): a later count of killed
    or wounded after words of another event in its sentence ("In a separate
    attack", "elsewhere", "a second blast"; not when the sentence names the
    lead's event again, "in the same ambush") is left out beside the
    incident the document leads with; ``incidents="all"`` counts every
    incident a document tells. Documents are told apart by their
    :class:`Source`: give each text its ``url`` or ``doc_id`` when a set
    holds several texts of one day and outlet.

    An attacker who died by his own hand ("before killing himself"; side
    ``"perpetrator"``) is kept apart from the victims: counted only with
    ``perpetrators=True``; so is one a count of the dead names among them
    ("Four people are dead, including the suspected shooter" is three
    victims).

    Args:
        figures: the figures.
        policy: the estimate policy for each claim (default
            :data:`DEFAULT_ESTIMATE`).
        perpetrators: count the attackers who died by their own hand.
        incidents: ``"main"`` (each document's lead incident) or ``"all"``
            (every incident each document tells).

    Returns:
        A mapping from each category present to its :class:`Estimate`.

    >>> from conflictfigures import Category, Count, Figure, Span
    >>> fig = lambda n, subject: Figure(category=Category.KILLED, count=Count.exact(n),
    ...     span=Span(start=0, end=1), surface="x", subject=subject)
    >>> est = tally([fig(4, "insurgents"), fig(4, "insurgents"), fig(1, "civilian")])
    >>> est[Category.KILLED].best
    5
    """
    pol = TALLY_ESTIMATE if policy is None else policy
    if not isinstance(incidents, str):
        raise InvalidType(f"'incidents' must be a str, got {type(incidents).__name__}")
    if incidents not in ("main", "all"):
        raise InvalidPolicy(f"'incidents' must be 'main' or 'all', got {incidents!r}")

    def analyse(part: list[Figure]) -> tuple[list[Claim], list[Estimate]]:
        ledger = Ledger(part, policy=pol)
        return ledger.claims(), ledger.estimates()

    return tally_figures(
        check_figures(figures),
        analyse,
        pol,
        perpetrators=perpetrators,
        main_only=incidents == "main",
    )
