"""
Hypothesis strategies for conflictfigures' models.

Needs the ``hypothesis`` extra: ``pip install conflictfigures[hypothesis]``.
Every strategy draws only valid objects (they pass the models' validators),
keyword arguments have defaults, and each docstring says what it shrinks
towards.

>>> from hypothesis import given
>>> from conflictfigures import strategies as cfst
>>> @given(cfst.counts())
... def test_bounds(count):
...     assert count.high is None or count.low <= count.high
>>> test_bounds()

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import datetime as dt
import string

import attrs
from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument

from conflictfigures.models import Category, Count, Figure, Period, Qualifier, Source, Span
from conflictfigures.policy import DEFAULT_POLICY, BoundsPolicy

__all__ = [
    "categories",
    "corpora",
    "counts",
    "dates",
    "figures",
    "periods",
    "qualifiers",
    "reports",
    "sources",
]

_MIN_DATE = dt.date(1990, 1, 1)
_MAX_DATE = dt.date(2035, 12, 31)
_WORDS = (
    st.text(alphabet=string.ascii_letters + " -'\u2019", min_size=1, max_size=30)
    .map(str.strip)
    .filter(bool)
)


def categories() -> st.SearchStrategy[Category]:
    """
    Draw a :class:`~conflictfigures.Category`; shrinks towards ``KILLED``.
    """
    return st.sampled_from(list(Category))


def qualifiers() -> st.SearchStrategy[Qualifier]:
    """
    Draw a :class:`~conflictfigures.Qualifier`; shrinks towards ``EXACT``.
    """
    return st.sampled_from(list(Qualifier))


_any_category = categories
_any_qualifier = qualifiers


def dates(
    *, min_value: dt.date = _MIN_DATE, max_value: dt.date = _MAX_DATE
) -> st.SearchStrategy[dt.date]:
    """
    Draw a :class:`datetime.date` in ``[min_value, max_value]``; shrinks
    towards ``min_value``.

    Raises:
        InvalidArgument: ``min_value`` is after ``max_value``.
    """
    if min_value > max_value:
        raise InvalidArgument(f"min_value={min_value} is after max_value={max_value}")
    return st.dates(min_value=min_value, max_value=max_value)


def periods(
    *, min_value: dt.date = _MIN_DATE, max_value: dt.date = _MAX_DATE, open_ends: bool = True
) -> st.SearchStrategy[Period]:
    """
    Draw a valid :class:`~conflictfigures.Period` inside the given dates.

    With ``open_ends`` (the default) either end may be ``None``, never both.
    Shrinks towards a closed one-day period at ``min_value``.
    """
    if min_value > max_value:
        raise InvalidArgument(f"min_value={min_value} is after max_value={max_value}")

    @st.composite
    def _draw(draw: st.DrawFn) -> Period:
        a = draw(dates(min_value=min_value, max_value=max_value))
        b = draw(dates(min_value=a, max_value=max_value))
        if open_ends:
            which = draw(st.sampled_from(["closed", "open_start", "open_end"]))
            if which == "open_start":
                return Period(start=None, end=b)
            if which == "open_end":
                return Period(start=a, end=None)
        return Period(start=a, end=b)

    return _draw()


def counts(
    *,
    min_value: int = 0,
    max_value: int = 10_000_000,
    qualifiers: st.SearchStrategy[Qualifier] | None = None,
    policy: BoundsPolicy = DEFAULT_POLICY,
) -> st.SearchStrategy[Count]:
    """
    Draw a :class:`~conflictfigures.Count` whose bounds come from ``policy``.

    Args:
        min_value: smallest stated number.
        max_value: largest stated number (also the top of a range).
        qualifiers: which qualifiers to draw (default: all of them).
        policy: the bounds policy (vague words are drawn from its table).

    Shrinks towards ``Count.exact(min_value)``.

    Raises:
        InvalidArgument: ``min_value`` is negative or above ``max_value``.
    """
    if min_value < 0:
        raise InvalidArgument(f"min_value must be >= 0, got {min_value}")
    if min_value > max_value:
        raise InvalidArgument(f"min_value={min_value} is above max_value={max_value}")
    quals = _any_qualifier() if qualifiers is None else qualifiers
    vague_words = sorted(policy.vague)

    @st.composite
    def _draw(draw: st.DrawFn) -> Count:
        q = draw(quals)
        if q is Qualifier.VAGUE:
            if not vague_words:
                return Count.read(min_value, Qualifier.EXACT, policy=policy)
            return Count.read(None, q, vague=draw(st.sampled_from(vague_words)), policy=policy)
        stated = draw(st.integers(min_value=min_value, max_value=max_value))
        rounding = 1
        if draw(st.booleans()):
            rounding = draw(st.sampled_from([1, 10, 100, 1_000, 10_000, 100_000]))
            stated -= stated % rounding
            if stated < min_value:
                rounding, stated = 1, min_value
        if q is Qualifier.RANGE:
            high = draw(st.integers(min_value=stated, max_value=max(stated, max_value)))
            return Count.read(stated, q, stated_high=high, rounding=1, policy=policy)
        return Count.read(stated, q, rounding=rounding, policy=policy)

    return _draw()


_any_count = counts


def sources(
    *,
    outlets: st.SearchStrategy[str | None] | None = None,
    min_date: dt.date = _MIN_DATE,
    max_date: dt.date = _MAX_DATE,
) -> st.SearchStrategy[Source]:
    """
    Draw a :class:`~conflictfigures.Source`.

    ``outlets`` draws outlet names (default: short names or ``None``).
    Shrinks towards a source with no outlet, URL, date or id.
    """
    outlet_st = st.one_of(st.none(), _WORDS) if outlets is None else outlets
    return st.builds(
        Source,
        outlet=outlet_st,
        url=st.one_of(
            st.none(),
            _WORDS.map(lambda w: "https://example.org/" + "-".join(w.lower().split())),
        ),
        published=st.one_of(st.none(), dates(min_value=min_date, max_value=max_date)),
        doc_id=st.one_of(st.none(), st.text(alphabet=string.hexdigits, min_size=1, max_size=16)),
    )


_any_source = sources


def figures(
    *,
    categories: st.SearchStrategy[Category] | None = None,
    counts: st.SearchStrategy[Count] | None = None,
    sources: st.SearchStrategy[Source] | None = None,
    subjects: st.SearchStrategy[str | None] | None = None,
) -> st.SearchStrategy[Figure]:
    """
    Draw a valid :class:`~conflictfigures.Figure` with consistent provenance:
    its ``surface`` is its ``sentence`` at its ``span``.

    Each argument replaces the strategy for that field.
    Shrinks towards a killed figure with an exact count and little else.
    """
    cat_st = _any_category() if categories is None else categories
    count_st = _any_count() if counts is None else counts
    source_st = _any_source() if sources is None else sources
    subject_st = st.one_of(st.none(), _WORDS) if subjects is None else subjects

    @st.composite
    def _draw(draw: st.DrawFn) -> Figure:
        count = draw(count_st)
        surface = draw(st.text(min_size=1, max_size=40))
        before = draw(st.text(max_size=20))
        after = draw(st.text(max_size=20))
        offset = draw(st.integers(min_value=0, max_value=100_000))
        sentence = before + surface + after
        start = offset + len(before)
        with_sentence = draw(st.booleans())
        period = draw(st.one_of(st.none(), periods()))
        return Figure(
            category=draw(cat_st),
            count=count,
            span=Span(start=start, end=start + len(surface)),
            surface=surface,
            source=draw(source_st),
            subject=draw(subject_st),
            side=draw(st.one_of(st.none(), _WORDS)),
            location=draw(st.one_of(st.none(), _WORDS)),
            date=draw(st.one_of(st.none(), dates())),
            period=period,
            cumulative=draw(st.booleans()) or period is not None,
            claimed_by=draw(st.one_of(st.none(), _WORDS)),
            sentence=sentence if with_sentence else None,
            sentence_span=Span(start=offset, end=offset + len(sentence)) if with_sentence else None,
        )

    return _draw()


#: Ways of writing one counted group: aggregation reads them as one group.
_SAME_GROUP = ("Turkish soldiers", "Turkish troops", "Turkish military", "Turkish service members")
#: Ways of writing one place: aggregation reads them as one place.
_SAME_PLACE = ("Idlib", "Idlib province", "the Idlib region", "Syria's Idlib")
_PEOPLE = (Category.KILLED, Category.WOUNDED, Category.MISSING, Category.DETAINED)


def _agreeing_count(draw: st.DrawFn, true: int) -> Count:
    """Draw a count whose implied range contains ``true``."""
    kind = draw(st.sampled_from(["exact", "at_least", "more_than", "up_to", "range", "about"]))
    if kind == "at_least":
        return Count.read(draw(st.integers(0, true)), Qualifier.AT_LEAST)
    if kind == "more_than" and true > 0:
        return Count.read(draw(st.integers(0, true - 1)), Qualifier.MORE_THAN)
    if kind == "up_to":
        return Count.read(draw(st.integers(true, true + 50)), Qualifier.UP_TO)
    if kind == "range":
        low = draw(st.integers(0, true))
        return Count.read(low, Qualifier.RANGE, stated_high=draw(st.integers(true, true + 50)))
    if kind == "about":
        return Count.read(true, Qualifier.ABOUT)
    return Count.exact(true)


def reports(
    *,
    min_agreeing: int = 1,
    max_agreeing: int = 5,
    min_conflicting: int = 0,
    max_conflicting: int = 0,
    categories: st.SearchStrategy[Category] | None = None,
    min_value: int = 0,
    max_value: int = 1_000,
) -> st.SearchStrategy[list[Figure]]:
    """
    Draw reports of one incident by several outlets, with controlled agreement
    and conflict.

    Every report counts the same group ("Turkish soldiers", "Turkish troops",
    ...) in the same place ("Idlib", "Idlib province", ...) on the same date,
    so :class:`conflictfigures.Ledger` puts them in one claim.
    The agreeing reports (between ``min_agreeing`` and ``max_agreeing``) all
    admit one true number: the first states it exactly, the others say "at
    least", "more than", "up to", a range or "about" around it. The
    conflicting reports (between ``min_conflicting`` and ``max_conflicting``)
    each state an exact number above it, so each conflicts with the first
    agreeing report.
    Each report has its own outlet and its sentence, span and surface agree.

    Args:
        min_agreeing: fewest agreeing reports.
        max_agreeing: most agreeing reports.
        min_conflicting: fewest conflicting reports.
        max_conflicting: most conflicting reports.
        categories: the category (default: killed, wounded, missing or
            detained).
        min_value: smallest true number.
        max_value: largest true number.

    Shrinks towards one exact report of ``min_value`` killed.

    Raises:
        InvalidArgument: a minimum above its maximum, a negative size or
            value, or conflicting reports without an agreeing one.

    >>> from hypothesis import given
    >>> from conflictfigures import Ledger
    >>> @given(reports(min_conflicting=1, max_conflicting=2))
    ... def test_conflict_found(figures):
    ...     assert len(Ledger(figures).contradictions()) == 1
    >>> test_conflict_found()

    .. versionadded:: 0.1.0
    """
    for name, lo, hi in (
        ("agreeing", min_agreeing, max_agreeing),
        ("conflicting", min_conflicting, max_conflicting),
        ("value", min_value, max_value),
    ):
        if lo < 0:
            raise InvalidArgument(f"min_{name} must be >= 0, got {lo}")
        if lo > hi:
            raise InvalidArgument(f"min_{name}={lo} is above max_{name}={hi}")
    if max_conflicting > 0 and min_agreeing < 1:
        raise InvalidArgument("conflicting reports need min_agreeing >= 1 to conflict with")
    cat_st = st.sampled_from(_PEOPLE) if categories is None else categories

    @st.composite
    def _draw(draw: st.DrawFn) -> list[Figure]:
        category = draw(cat_st)
        true = draw(st.integers(min_value, max_value))
        day = draw(dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2030, 12, 31)))
        n_agree = draw(st.integers(min_agreeing, max_agreeing))
        n_conflict = draw(st.integers(min_conflicting, max_conflicting))
        counts = [Count.exact(true)] if n_agree else []
        counts += [_agreeing_count(draw, true) for _ in range(n_agree - 1)]
        gaps = draw(st.lists(st.integers(1, 1_000), min_size=n_conflict, max_size=n_conflict))
        counts += [Count.exact(true + gap) for gap in gaps]
        result = []
        for i, count in enumerate(counts):
            subject = draw(st.sampled_from(_SAME_GROUP))
            place = draw(st.sampled_from(_SAME_PLACE))
            surface = f"{count} {subject}"
            sentence = f"{surface} were reported {category.value} in {place}."
            result.append(
                Figure(
                    category=category,
                    count=count,
                    span=Span(start=0, end=len(surface)),
                    surface=surface,
                    source=Source(outlet=f"Outlet {i}", published=day, doc_id=f"doc-{i}"),
                    subject=subject,
                    side="Turkey",
                    location=place,
                    date=day,
                    sentence=sentence,
                    sentence_span=Span(start=0, end=len(sentence)),
                )
            )
        return result

    return _draw()


#: Places nested inside each other, and one apart: Idlib lies in northwest
#: Syria, which lies in Syria; Aleppo is elsewhere in Syria.
_NESTED_PLACES = ("Idlib", "northwest Syria", "Syria", "Aleppo")
#: Groups written the way articles write them, one with no group at all.
_CORPUS_SUBJECTS = ("Turkish soldiers", "Turkish troops", "civilians", "people", "others")
#: Claimants: a monitor under two names and a role, a state under three.
_CORPUS_CLAIMANTS = (
    None,
    "the Syrian Observatory for Human Rights",
    "the monitor",
    "SOHR",
    "Turkey's defense ministry",
    "Turkish officials",
    "the White Helmets",
)
_CORPUS_OUTLETS = ("Reuters", "AFP", "Haaretz", "The New Arab")
_CORPUS_DAY = dt.date(2020, 2, 20)


def _hard_count(draw: st.DrawFn) -> Count:
    """
    A count from the hard cases: a rounded figure in millions (or with its
    "more than" twin), an open bound, a vague word, a small exact number.
    """
    kind = draw(st.sampled_from(["small", "millions", "open", "vague", "about"]))
    if kind == "millions":
        stated = draw(st.integers(10, 60)) * 100_000
        q = draw(st.sampled_from([Qualifier.EXACT, Qualifier.MORE_THAN, Qualifier.NEARLY]))
        return Count.read(stated, q, rounding=100_000)
    if kind == "open":
        q = draw(st.sampled_from([Qualifier.AT_LEAST, Qualifier.MORE_THAN, Qualifier.UP_TO]))
        return Count.read(draw(st.integers(0, 40)), q)
    if kind == "vague":
        return Count.read(None, Qualifier.VAGUE, vague=draw(st.sampled_from(["dozens", "several"])))
    if kind == "about":
        return Count.read(draw(st.integers(1, 40)), Qualifier.ABOUT)
    return Count.exact(draw(st.integers(0, 40)))


def _corpus_figure(draw: st.DrawFn, doc: int, position: int, count: Count) -> Figure:
    outlet = _CORPUS_OUTLETS[doc % len(_CORPUS_OUTLETS)]
    day = _CORPUS_DAY + dt.timedelta(days=draw(st.integers(0, 4)))
    shape = draw(st.sampled_from(["incident", "incident", "total", "undated"]))
    period = None
    if shape == "total":
        period = Period(start=draw(st.sampled_from([None, dt.date(2020, 2, 1)])), end=day)
    surface = str(count)
    sentence = f"{surface} were reported."
    start = position * 100
    return Figure(
        category=draw(st.sampled_from([Category.KILLED, Category.DISPLACED])),
        count=count,
        span=Span(start=start, end=start + len(surface)),
        surface=surface,
        source=Source(outlet=outlet, published=day, doc_id=f"{outlet}-{doc}"),
        subject=draw(st.sampled_from(_CORPUS_SUBJECTS)),
        side=None,
        location=draw(st.sampled_from((*_NESTED_PLACES, None))),
        date=day if shape == "incident" else None,
        period=period,
        cumulative=shape != "incident",
        claimed_by=draw(st.sampled_from(_CORPUS_CLAIMANTS)),
        sentence=sentence,
        sentence_span=Span(start=start, end=start + len(sentence)),
    )


def _copy(figures: list[Figure], doc_id: str, outlet: str) -> list[Figure]:
    """The figures of one document as another outlet republished them."""
    return [
        attrs.evolve(f, source=attrs.evolve(f.source, outlet=outlet, doc_id=f"{outlet}-copy"))
        for f in figures
        if f.source.doc_id == doc_id
    ]


def corpora(*, min_size: int = 0, max_size: int = 12) -> st.SearchStrategy[list[Figure]]:
    """
    Draw figures from a few documents that reach aggregation's hard cases.

    Counts are rounded millions (with "more than" and "nearly" the same
    number), open bounds ("at least", "more than", "up to"), vague words
    ("dozens", "several"), "about" and small exact numbers.
    Places are nested (Idlib in northwest Syria in Syria) or apart (Aleppo).
    Claimants name one monitor three ways ("the Syrian Observatory for Human
    Rights", "SOHR", "the monitor") and one state two ways.
    Some documents give a revision series (one claimant, the same scope, a
    number that changes), and some are syndicated: another outlet's exact
    copy of a document.

    Args:
        min_size: fewest figures before copies are added.
        max_size: most figures before copies are added.

    Shrinks towards an empty list (towards ``min_size`` small exact
    incidents in one document).

    Raises:
        InvalidArgument: a negative size, or ``min_size`` above ``max_size``.

    .. versionadded:: 0.1.0
    """
    if min_size < 0:
        raise InvalidArgument(f"min_size must be >= 0, got {min_size}")
    if min_size > max_size:
        raise InvalidArgument(f"min_size={min_size} is above max_size={max_size}")

    @st.composite
    def _draw(draw: st.DrawFn) -> list[Figure]:
        n = draw(st.integers(min_size, max_size))
        result: list[Figure] = []
        for i in range(n):
            doc = draw(st.integers(0, 3))
            figure = _corpus_figure(draw, doc, i, _hard_count(draw))
            result.append(figure)
            if draw(st.integers(0, 5)) == 0:  # the same claimant revises its figure
                revised = Count.exact(figure.count.low + draw(st.integers(1, 9)))
                text = str(revised)
                result.append(
                    attrs.evolve(
                        figure,
                        count=revised,
                        span=Span(start=i * 100 + 50, end=i * 100 + 50 + len(text)),
                        surface=text,
                        sentence=None,
                        sentence_span=None,
                    )
                )
        copy = draw(st.booleans())
        if copy and result:  # a syndicated copy of one document
            doc_id = draw(st.sampled_from(sorted({f.source.doc_id or "" for f in result})))
            result += _copy(result, doc_id, "Syndicate")
        return result

    return _draw()
