"""
Stage 6: the toll a set of figures reports, per category.

The rules are numbered as in :func:`conflictfigures.tally` and
docs/aggregation.md.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from typing import TYPE_CHECKING, Any

import attrs

from conflictfigures import _lexicon as lx
from conflictfigures._aggregation.alone import (
    LAST_DAYS,
    days_spanned,
    long_totals_dropped,
)
from conflictfigures._aggregation.anaphora import anaphora_dropped, named_ones_within
from conflictfigures._aggregation.attackers import (
    armed_dead_apart,
    attackers_counted,
    perpetrators_apart,
    victims_only,
)
from conflictfigures._aggregation.background import background_dropped
from conflictfigures._aggregation.comparisons import past_totals_dropped
from conflictfigures._aggregation.conditions import (
    conditions_dropped,
    feared_more,
    first_told_at,
    resumed_dropped,
)
from conflictfigures._aggregation.coverage import Coverage, live_totals
from conflictfigures._aggregation.day_roundups import in_day_roundup
from conflictfigures._aggregation.document_parts import list_ids, one_document_parts
from conflictfigures._aggregation.documents import (
    Unit,
    details_dropped,
    parts_dropped,
    units_of_other_kinds,
    unrecovered_dead,
)
from conflictfigures._aggregation.earlier_stocks import earlier_stocks_dropped
from conflictfigures._aggregation.estimates import (
    EstimatePolicy,
    EstimateRule,
    policy_name,
    told_as_revision,
)
from conflictfigures._aggregation.fates import (
    beside_other_deaths,
    deaths_among_wounded,
    fates_of_wounded,
)
from conflictfigures._aggregation.incidents import (
    numbered_killings_dropped,
    separate_incidents_dropped,
)
from conflictfigures._aggregation.keys import figure_sort_key
from conflictfigures._aggregation.ordinal_members import ordinal_members_counted
from conflictfigures._aggregation.repeats import merged_repeats
from conflictfigures._aggregation.report_leads import report_parts_dropped
from conflictfigures._aggregation.restated import (
    harmed_totals,
    in_risen_lead,
    in_told_totals,
    risen_over_other_groups,
)
from conflictfigures._aggregation.results import (
    Claim,
    Estimate,
    add,
    count_key,
    holds,
    scopes_agree,
)
from conflictfigures._aggregation.retold import restated_dropped
from conflictfigures._aggregation.rivals import (
    rivals_joined,
)
from conflictfigures._aggregation.sightings import sightings_dropped
from conflictfigures._aggregation.stocks import stocks_dropped
from conflictfigures._aggregation.sums import bare_totals_dropped, says_sum, totals_dropped
from conflictfigures._aggregation.superseded import superseded_dropped
from conflictfigures._aggregation.twins import headline_twins_dropped
from conflictfigures.models import Category, Figure, Qualifier, Source

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Sequence

__all__ = ["tally_figures"]

#: Words of a running total that rose to its number: what "more" died beside
#: it in its sentence is in it ("the toll rose to 12 after two more died").
_RISES = lx.RISE_WORDS
#: Words that make a figure a further group, added to the others ("two
#: additional suspects", "several other insurgents", "another militant").
_ADDITIVE = lx.FURTHER_WORDS
#: Openings of one person more than those counted, with no noun ("The other
#: was taken to hospital, where he died", "The second died there").
_ONE_MORE_OPENINGS = ("the other ", "the second ", "the third ", "the fourth ", "the fifth ")


def _source_key(source: Source) -> tuple[Any, ...]:
    return tuple((v is not None, "" if v is None else str(v)) for v in attrs.astuple(source))


def _content(figure: Figure) -> tuple[Any, ...]:
    """What a figure says, apart from where it was published and at which offset."""
    return (
        figure.category.value,
        count_key(figure.count),
        figure.subject,
        figure.side,
        figure.location,
        figure.date,
        figure.period,
        figure.cumulative,
        figure.claimed_by,
        figure.surface,
        figure.sentence,
        figure.source.published,
    )


def without_copies(figures: Iterable[Figure]) -> list[Figure]:
    """
    Rule 0a: a syndicated copy (another document whose figures say exactly
    what one document's say, published the same day) is one report: only the
    document first in source order is kept.
    """
    by_doc: dict[Source, list[Figure]] = defaultdict(list)
    for f in dict.fromkeys(figures):
        by_doc[f.source].append(f)
    kept: dict[frozenset[tuple[tuple[Any, ...], int]], Source] = {}
    for source, found in by_doc.items():
        # The document's figures as a multiset: no order needed, so no
        # figure's sentence is ever copied to be compared (linear in figures).
        signature = frozenset(Counter(_content(f) for f in found).items())
        seen = kept.get(signature)
        if seen is None or _source_key(source) < _source_key(seen):
            kept[signature] = source
    sources = set(kept.values())
    return [f for source, found in by_doc.items() if source in sources for f in found]


def _tally_part(
    figure: Figure, first_of_kind: dict[tuple[Any, ...], int], totalled: set[tuple[Any, ...]]
) -> str:
    """
    Rule 0b: which part of an article a figure counts in.

    A further group ("two additional suspects") is added to the rest, so it
    may not be merged with the rest as a rival report of the same people.
    "Others" and "other" are further only after a figure of its category in
    its sentence ("two were wounded and three others wounded"), or opening
    a sentence after a group of its category named before: in "killing a
    girl and injuring 20 others" or "Two men died. Three other people were
    taken to hospitals" they are others than the dead; "more"
    only after a figure of its category in the document ("left 8 dead and 11
    more injured" are 11 wounded, not 11 more), not over a period ("13 more
    deaths were reported in the last 24 hours", the first of its category in
    its sentence: the rise of a running count, inside it), and not beside a running
    total of its category that rose in its sentence ("the toll rose to 12
    after two more victims died": the two are in the twelve).  So are the
    dead still under the rubble (:func:`documents.unrecovered_dead`: "killed
    at least 120 people ... at least 30 bodies were still under the
    rubble": dead beyond those counted).
    ``first_of_kind`` holds where each sentence's and each document's first
    figure of each category starts; ``totalled``, the sentences (as
    :func:`_kind_in_sentence`) that state a running total that rose.
    """
    words = set((figure.subject or "").lower().replace("-", " ").split())
    surface = figure.surface.lower()
    further = (
        bool(words & _ADDITIVE - {"others", "other", "more"})
        or surface.startswith("other ")
        or (
            # opening its sentence, no part of a group the sentence named
            figure.sentence_span is not None
            and figure.span.start == figure.sentence_span.start
            and surface.startswith(_ONE_MORE_OPENINGS)
        )
    )
    # ("another" as "others": "Two people are dead and another is in the
    # hospital" is one hurt beside the dead, no further hurt)
    if not further and (
        "others" in words
        or "other" in words
        or " other" in surface
        or surface.startswith("another ")
    ):
        first = first_of_kind.get(_kind_in_sentence(figure), figure.span.start)
        # ... or, opening its sentence, after a group of its category the
        # document named before ("Lightning struck two men. Two others were
        # hurt by debris"; not "..., killing 8 and injuring 30 others").
        if first_of_kind.get(_sentence_of(figure)) == figure.span.start:
            first = min(first, first_of_kind.get(_named_kind(figure), first))
        further = first < figure.span.start
    if (
        not further
        and ("more" in words or unrecovered_dead(figure))
        and _kind_in_sentence(figure) not in totalled
        # ("The toll has risen to 1,391. 13 more deaths were reported in
        # the last 24 hours": a running count's rise over its own period,
        # inside the total told before it, not more people)
        and (
            figure.period is None
            or first_of_kind.get(_kind_in_sentence(figure), figure.span.start) < figure.span.start
        )
    ):
        first = first_of_kind.get(_kind_in_document(figure), figure.span.start)
        further = first < figure.span.start
    return "additional" if further or _also_before(figure) else "rest"


def _toll_rose_before(figures: list[Figure], risen: dict[tuple[Any, ...], int]) -> None:
    """
    Rule 0d's untold total: a sentence that says the death toll rose from an
    earlier number with no total of its own ("the toll rose from 48
    overnight after four people died in hospital") tells a rise of the
    largest count of the dead told before it in its document, which its
    deaths are inside. Adds such sentences to ``risen``, the ceiling that
    count; ``figures`` are in each document's order (as ``figure_sort_key``
    sorts them).
    """
    largest: dict[tuple[Any, ...], int] = {}
    rose: dict[tuple[Any, ...], bool] = {}  # (each sentence read once: linear in a long one)
    for f in figures:
        kind = _kind_in_sentence(f)
        ceiling = largest.get(_kind_in_document(f))
        if (
            kind not in risen
            and ceiling is not None
            and f.category is Category.KILLED
            and f.sentence is not None
            and not f.cumulative
            and (
                rose[sentence]
                if (sentence := _sentence_of(f)) in rose
                else rose.setdefault(sentence, _toll_rose(f.sentence))
            )
        ):
            risen[kind] = ceiling
        if f.count.stated is not None and kind not in risen:
            largest[_kind_in_document(f)] = max(ceiling or 0, f.count.low)


def _toll_rose(sentence: str) -> bool:
    """
    Whether a sentence says a toll rose from an earlier number ("the toll
    rose from 48 overnight"): the number told before is the risen toll; a
    rise with no "from" adds ("The toll rose on Tuesday when a strike killed
    11 more").
    """
    words = sentence.lower().replace(",", " ").split()
    return any(
        w in lx.TOLL_HEADS
        and k + 2 < len(words)
        and words[k + 1] in _RISES
        and words[k + 2] == "from"
        for k, w in enumerate(words)
    )


def _in_risen_total(figure: Figure, risen: dict[tuple[Any, ...], int]) -> bool:
    """
    Rule 0d: "The death toll from the bombing climbed to 31 on Sunday after
    four of the wounded died": a count of the category of a running total
    that rose in its sentence, no larger than it and not set apart
    ("separate"), is in it ("Fifteen people were certified dead and another
    died in hospital, bringing the number of deceased to 16": 16).
    """
    ceiling = risen.get(_kind_in_sentence(figure))
    if ceiling is None:
        return False
    if figure.cumulative and not (
        # the day's rise itself, told as more: "has risen to 210, with 22
        # more people confirmed dead in the past 24 hours"
        (
            (days := days_spanned(figure)) is not None
            and days <= LAST_DAYS
            and "more" in (figure.subject or "").lower().split()
        )
        # a smaller count of no period of its own, no total that rose
        # itself: "Hengaw has verified the deaths of three protesters,
        # bringing to 10 the number of Kurdish citizens killed"
        or (
            figure.period is None
            and figure.count.low < ceiling
            and _RISES.isdisjoint(figure.surface.lower().split())
        )
    ):
        return False
    return figure.count.low <= ceiling and "separate" not in (figure.sentence or "").lower()


def _kind_in_sentence(figure: Figure) -> tuple[Any, ...]:
    return (figure.source, figure.sentence_span, figure.category)


def _kind_in_document(figure: Figure) -> tuple[Any, ...]:
    return (figure.source, figure.category)


def _sentence_of(figure: Figure) -> tuple[Any, ...]:
    return (figure.source, figure.sentence_span)


def _named_kind(figure: Figure) -> tuple[Any, ...]:
    """The key of the document's first figure of a category whose group is named, not "others"."""
    return (figure.source, figure.category, "named")


def _also_before(figure: Figure) -> bool:
    """Whether "also" stands just before the figure's words ("also detained one")."""
    if figure.sentence is None or figure.sentence_span is None:
        return False
    offset = figure.span.start - figure.sentence_span.start
    return figure.sentence[max(0, offset - 6) : offset].strip().lower().endswith("also")


def _sum_estimates(a: Estimate, b: Estimate) -> Estimate:
    return attrs.evolve(
        a,
        low=a.low + b.low,
        best=a.best + b.best,
        high=add(a.high, b.high),
        key=None,
        claims=a.claims + b.claims,
    )


def _is_loose(unit: Unit) -> bool:
    """A unit stated only in vague or open-ended words ("several", "more than 10")."""
    return all(
        f.count.qualifier not in (Qualifier.EXACT, Qualifier.RANGE)
        for c in unit.claims
        for f in c.figures
    )


def _summaries_dropped(incidents: list[Unit]) -> list[Unit]:
    """
    Rule 2b: "detained several insurgents ... detained the commander and two
    of his associates": a vague or open-ended mention whose range holds the
    sum of the exact mentions summarises them, and is not counted again.
    A member of one list with an exact mention is counted beside it, not
    a summary of it ("at least one officer and one soldier were injured").
    So does a vague word told before every number of its document whose
    range lies below their sum (a lead that understates: "Thousands remain
    missing" ... "at least 10,000 people are still missing").
    """
    exact = [u for u in incidents if not _is_loose(u)]
    stated = [u for u in incidents if not _is_vague(u)]
    if not stated:
        return incidents
    total = sum(u.estimate.best for u in exact)
    stated_total = sum(u.estimate.best for u in stated)
    listed = set().union(*(u.lists for u in exact))
    #: Where each document's first stated number starts.
    first_stated: dict[Source, int] = {}
    for u in stated:
        for c in u.claims:
            for f in c.figures:
                first_stated[f.source] = min(first_stated.get(f.source, f.span.start), f.span.start)
    return [
        u
        for u in incidents
        if not _is_loose(u)
        or not (
            (
                exact
                and u.lists.isdisjoint(listed)
                and holds(u.estimate, total)
                # a ceiling alone holds any count: it sums up only people it
                # may count ("One policeman was injured ... Up to ten
                # bystanders were also wounded" are two groups)
                and (u.estimate.low > 0 or all(scopes_agree(u.key, e.key) for e in exact))
                # nor a count of another kind of people ("at least 11
                # children ... two adults were also among the dead")
                and not any(units_of_other_kinds(u, e) for e in exact)
            )
            or (_is_vague(u) and stated_total > u.estimate.low and _leads(u, first_stated))
        )
    ]


def _is_vague(unit: Unit) -> bool:
    """A unit stated only in vague words ("thousands", "several")."""
    return all(f.count.qualifier is Qualifier.VAGUE for c in unit.claims for f in c.figures)


def _leads(unit: Unit, first_stated: dict[Source, int]) -> bool:
    """Whether every figure of a unit comes before its document's first stated number."""
    return all(
        f.source in first_stated and f.span.start < first_stated[f.source]
        for c in unit.claims
        for f in c.figures
    )


def _tally_category(
    category: Category,
    units: list[Unit],
    policy: EstimatePolicy | EstimateRule,
    first_told: dict[tuple[Source, Category], int],
) -> Estimate:
    lists = list_ids(f for u in units for c in u.claims for f in c.figures)
    if lists:
        for u in units:
            u.lists = {lists[id(f)] for c in u.claims for f in c.figures if id(f) in lists}
    # Rule 2c over incidents and totals alike: "have killed 89 people since
    # Sunday ... The dead include 46 fighters" names a part of a total.
    kept = parts_dropped(merged_repeats(units))
    live, superseded = live_totals(bare_totals_dropped([u for u in kept if u.total]))
    incidents = _summaries_dropped(
        totals_dropped(
            restated_dropped(details_dropped(anaphora_dropped([u for u in kept if not u.total])))
        )
    )
    low = best = 0
    high: int | None = 0
    # Rule 3: each live total takes the incidents it covers that no live
    # total before it took, and is raised by the narrower totals it covers.
    by_incidents, by_totals = Coverage(incidents), Coverage(superseded)
    for unit in live:
        key = unit.key
        # A vague count it covers is in it and never raises its stated
        # number ("put the toll at 36 ..., adding that several dozen
        # terrorists were killed" stays 36).
        covered = [i for i in by_incidents.covered(key, take=True) if not _is_vague(incidents[i])]
        narrower = [superseded[i].estimate for i in by_totals.covered(key, take=False)]
        e = unit.estimate
        if covered and _revises(unit, [incidents[i] for i in covered]):
            # "At least 78 people drowned ... The government later put the
            # toll at 23 dead": the revision stands for what it covers
            low, best, high = low + e.low, best + e.best, add(high, e.high)
            continue
        c_low = max([sum(incidents[i].estimate.low for i in covered), *(t.low for t in narrower)])
        c_best = max(
            [sum(incidents[i].estimate.best for i in covered), *(t.best for t in narrower)]
        )
        low += max(e.low, c_low)
        # What it covers raises the total's best only past the total's own
        # floor: "more than 50" stays best 50 beside a narrower "51".
        best += c_best if c_best > e.low else e.best
        high = add(high, e.high if e.high is None else max(e.high, c_best))
    used = by_incidents.taken
    for i, inc in enumerate(incidents):
        if i not in used:
            if feared_more(inc, first_told):
                high = add(high, inc.estimate.high)  # "Many more were feared dead"
                continue
            low += inc.estimate.low
            best += inc.estimate.best
            high = add(high, inc.estimate.high)
    # The best may sit below the low only by open floors, each of whose best
    # is its stated number ("more than 200": best 200, low 201).
    if high is not None:
        high = max(high, best, low)
    claims = tuple(c for u in sorted(kept, key=lambda u: u.key.sort_key()) for c in u.claims)
    return Estimate(
        category=category, low=low, best=best, high=high, policy=policy_name(policy), claims=claims
    )


def _revises(total: Unit, covered: list[Unit]) -> bool:
    """
    Whether a total is told as a revision (`lx.REVISION_WORDS` before it in
    its sentence) after every incident it covers, in their one document, and
    counts no further people.
    """
    told = [f for c in total.claims for f in c.figures]
    before = [f for u in covered for c in u.claims for f in c.figures]
    # (not further people: "They were later found to have killed seven other people")
    further = any(_ADDITIVE & set((f.subject or "").lower().split()) for f in told)
    return (
        not further
        and all(told_as_revision(f) for f in told)
        and all(f.source == t.source and f.span.end <= t.span.start for t in told for f in before)
    )


def _tally_core(
    claims: Sequence[Claim],
    estimates: Sequence[Estimate],
    policy: EstimatePolicy | EstimateRule,
    first_told: dict[tuple[Source, Category], int],
) -> dict[Category, Estimate]:
    """
    The tally of one part's claims and their estimates (``first_told``: where
    each document's first count of each category the tally reads starts).
    """
    by_category: dict[Category, list[Unit]] = defaultdict(list)
    for claim, est in zip(claims, estimates, strict=True):
        for part, part_est in one_document_parts(claim, est, policy):
            by_category[claim.key.category].append(Unit(part, part_est))
    return {
        category: _tally_category(category, units, policy, first_told)
        for category, units in sorted(by_category.items(), key=lambda kv: kv[0].value)
    }


def _entry_key(figure: Figure) -> tuple[Any, ...]:
    """
    The order the tally reads a document's figures in: by position, the
    larger of two at one place first, then every other field.
    """
    count = figure.count
    larger = -(count.high if count.high is not None else count.low)
    return (figure.span.start, figure.span.end, larger, *figure_sort_key(figure))


def _in_document_order(figures: Iterable[Figure]) -> list[Figure]:
    """The figures, each document's in :func:`_entry_key` order, the documents as first met."""
    documents: dict[object, list[Figure]] = {}
    for f in figures:
        documents.setdefault(f.source, []).append(f)
    return [f for told in documents.values() for f in sorted(told, key=_entry_key)]


def tally_figures(
    figures: Iterable[Figure],
    analyse: Callable[[list[Figure]], tuple[list[Claim], list[Estimate]]],
    policy: EstimatePolicy | EstimateRule,
    *,
    perpetrators: bool = False,
    main_only: bool = False,
) -> dict[Category, Estimate]:
    """
    The tally (see :func:`conflictfigures.tally`) of a document's figures
    and their parts; ``analyse`` groups a part's
    figures into claims and estimates them (a ledger does). The attackers who
    die are set apart (unless ``perpetrators``) only once the counts that take
    them up are dropped: "killed his wife and daughter before turning the gun
    on himself. Police found all three bodies" is 2 victims, not 5.
    """
    parts: dict[str, list[Figure]] = defaultdict(list)
    # (each document's figures in a total order first, the documents as
    # given: the rules read a document's figures in its order, and two
    # figures at one place must not be read in the order given; of two
    # there, the larger first)
    figures = ordinal_members_counted(_in_document_order(figures))  # rule 0o
    # (a figure's parts are counted in it, and are wholes rule 0j sums to)
    wholes = [f for f in figures if f.part_of is not None and not _named_member(f)]
    figures = risen_over_other_groups([f for f in figures if f.part_of is None])
    # ("the city's 41st homicide this year": the killings so far, never a
    # count of the story's own, so never one beside which another is background)
    figures = numbered_killings_dropped(figures)
    # ("In 2021, the figure stood at 12" beside "this year": a comparison, rule 0m)
    figures = past_totals_dropped(figures)
    joined = rivals_joined(headline_twins_dropped(without_copies(figures)))
    joined = earlier_stocks_dropped(background_dropped(joined))  # ("adding to 162,000 already ...")
    told = resumed_dropped(superseded_dropped(long_totals_dropped(stocks_dropped(joined))))
    told = sightings_dropped(report_parts_dropped(told))  # (a report's total, a toll: their parts)
    told = armed_dead_apart(told, joined)  # (added as attackers with ``perpetrators``)
    if not perpetrators:
        told = [f for f in victims_only(told, wholes) if f.side != lx.PERPETRATOR_SIDE]
    else:
        told = attackers_counted(told, wholes)
    kept = conditions_dropped(told)
    if harmed := harmed_totals(kept):
        kept = [f for f in kept if id(f) not in harmed]  # rule 0j: the dead and hurt together
    if main_only:
        kept = separate_incidents_dropped(kept)  # rule 0k: the incident a report leads with
    kept = named_ones_within(kept)  # "John Kamau ... was killed. Two people died": 2
    kept = sorted(kept, key=figure_sort_key)
    if roundup_parts := in_day_roundup(kept):
        kept = [f for f in kept if id(f) not in roundup_parts]  # a day's toll, place by place
    first_of_kind: dict[tuple[Any, ...], int] = {}
    for f in kept:
        keys = [_kind_in_sentence(f), _kind_in_document(f), _sentence_of(f)]
        if f.subject is not None and _ADDITIVE.isdisjoint(f.subject.lower().split()):
            keys.append(_named_kind(f))
        for key in keys:
            first_of_kind[key] = min(first_of_kind.get(key, f.span.start), f.span.start)
    risen: dict[tuple[Any, ...], int] = {}
    for f in kept:
        if f.cumulative and not _RISES.isdisjoint(f.surface.lower().split()):
            kind = _kind_in_sentence(f)
            risen[kind] = max(risen.get(kind, 0), f.count.low)
    _toll_rose_before(kept, risen)
    totalled = set(risen)
    # (the fates first: "One of the wounded later died, raising the death
    # toll to four" is in the total, and still one fewer wounded)
    fates = fates_of_wounded(kept)
    told_kept = kept  # (the parts counted before a risen total's own deaths are set aside)
    if risen:
        # (and a story that leads with a risen toll: its incident's counts after it)
        inside_lead = in_risen_lead(kept, _RISES)
        kept = [f for f in kept if not _in_risen_total(f, risen) and id(f) not in inside_lead]
    # Rule 5: a death among the wounded adds to the dead counted beside them.
    later = beside_other_deaths(kept, fates)
    # rule 0j: "killing eight ... six died ... two others": the eight told
    restated, inside = in_told_totals(told_kept, later, wholes)
    attackers = perpetrators_apart(kept) if perpetrators else set()
    summed = _sums_told(kept)
    for f in kept:
        if id(f) in inside:
            continue  # "nine of the victims died ... two others succumbed": in the eleven
        if id(f) in attackers:
            name = "attackers"
        elif id(f) in restated:
            name = "rest"
        elif id(f) in later:
            name = "additional"
        else:
            name = _tally_part(f, first_of_kind, totalled)
            if name == "additional" and f.span.start < summed.get(_kind_in_document(f), -1):
                name = "rest"
        parts[name].append(f)
    out: dict[Category, Estimate] = {}
    first_told = first_told_at(told_kept)
    for _, part in sorted(parts.items()):
        claims, estimates = analyse(part)
        for category, est in _tally_core(claims, estimates, policy, first_told).items():
            seen = out.get(category)
            out[category] = est if seen is None else _sum_estimates(seen, est)
    wounded = out.get(Category.WOUNDED)
    if wounded is not None and (died := deaths_among_wounded(fates)):
        out[Category.WOUNDED] = _less(wounded, died)
    return dict(sorted(out.items(), key=lambda kv: kv[0].value))


def _named_member(part: Figure) -> bool:
    """
    Whether a part is a single person a list's sum names in its own words
    ("Two journalists and a police officer were killed": the officer). The
    tally's rules read a sum by its counted members, as before such people
    were parts ("Twelve students and a teacher ... Nine students were shot
    dead ..., while three others died": 13).
    """
    return (
        part.part_of is not None
        and part.count.stated == 1
        and part.part_of.start <= part.span.start < part.part_of.end
        and part.surface.split(" ", 1)[0].lower() in lx.ONE_PERSON_OPENERS
    )


def _sums_told(figures: Sequence[Figure]) -> dict[tuple[Any, ...], int]:
    """
    Rule 2e over the parts: where, in each document and category, the last
    count said to be the sum of those told before it starts ("Two more died
    ... In total, five soldiers were killed"), when the counts before it add
    up to no more than it can hold: the further ones ("Two more") are then read
    beside it, in its part, and it takes them in.
    """
    last: dict[tuple[Any, ...], Figure] = {}
    for f in figures:
        if not f.cumulative and says_sum(f):
            last[_kind_in_document(f)] = f  # (in the document's order)
    if not last:
        return {}
    told: dict[tuple[Any, ...], int] = defaultdict(int)
    for f in figures:
        total = last.get(kind := _kind_in_document(f))
        if total is not None and not f.cumulative and f.span.start < total.span.start:
            told[kind] += f.count.low
    return {
        kind: total.span.start
        for kind, total in last.items()
        if total.count.high is None or told[kind] <= total.count.high
    }


def _less(est: Estimate, died: int) -> Estimate:
    """The wounded less those of them who died (rule 5), never below none."""
    return attrs.evolve(
        est,
        low=max(est.low - died, 0),
        best=max(est.best - died, 0),
        high=None if est.high is None else max(est.high - died, 0),
    )
