"""
Stage 5: a low / best / high estimate per claim, under a replaceable policy.

Whatever the policy, a best estimate lies between the lowest and the highest
number the reports give, as stated or as bounds (:func:`report_points`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from operator import attrgetter, itemgetter
from typing import Any, Literal

import attrs

from conflictfigures import _lexicon as lx
from conflictfigures._aggregation.construct import new_estimate
from conflictfigures._aggregation.results import Claim, Estimate, consensus, memory_order
from conflictfigures._aggregation.weighed import rejected_report
from conflictfigures._checks import check_rule_result
from conflictfigures.errors import InvalidPolicy
from conflictfigures.models import Count, Figure, Qualifier
from conflictfigures.policy import ACLED_POLICY, DEFAULT_POLICY, BoundsPolicy

__all__ = [
    "ACLED_ESTIMATE",
    "DEFAULT_ESTIMATE",
    "MINMAX_ESTIMATE",
    "UCDP_ESTIMATE",
    "EstimatePolicy",
    "EstimateRule",
    "estimate",
    "estimate_claims",
    "policy_name",
]

#: A replacement estimate rule: takes a claim, returns ``(low, best, high)``.
EstimateRule = Callable[[Claim], tuple[int, int, int | None]]


_count_of = attrgetter("count")
_second = itemgetter(1)

#: Per count object (by identity): the count, its best number and report points.
_Memo = dict[int, tuple[Count, int, int, int]]


def _lower_median(values: Sequence[int]) -> int:
    ordered = sorted(values)
    return ordered[(len(ordered) - 1) // 2]


def report_points(count: Count, bounds: BoundsPolicy, best: int | None = None) -> tuple[int, int]:
    """
    The lowest and highest number a report gives, as stated or as bounds:
    an exact count gives its number (a rounded "3.6 million" gives
    3,600,000, not the numbers that round to it); a range its two ends; a
    vague word its floor and its best reading ("dozens": 24 and 36);
    qualified words their number and their bounds ("more than 40": 40 to 41,
    "up to 5": 0 to 5). ``best`` is the count's best reading, if known.
    """
    if count.qualifier is Qualifier.EXACT and count.stated is not None:
        return count.stated, count.stated
    if count.qualifier is Qualifier.RANGE and count.stated is not None:
        return count.stated, count.stated_high or count.stated
    if best is None:
        best = bounds.best(count)
    if count.stated is None:
        return min(count.low, best), best
    top = max(count.stated, best, count.low if count.high is None else count.high)
    return min(count.low, count.stated, best), top


def _latest(figures: Sequence[Figure], idx: list[int]) -> list[int]:
    """
    Of one independent claimant's reports (``idx``, positions in
    ``figures``), its latest: those published last and, within one
    document, the last one written (a source that revised its figure
    stands by the new one).

    One pass: the latest publication date so far, with the last report of
    each document on that date.
    """
    never = dt.date.min
    last_day = never
    docs: dict[tuple[Any, ...], tuple[int, int]] = {}
    for i in idx:
        f = figures[i]
        src = f.source
        day = src.published or never
        if not docs or day > last_day:
            last_day = day
            docs = {(src.doc_id, src.url, src.outlet): (f.span.start, i)}
        elif day == last_day:
            key = (src.doc_id, src.url, src.outlet)
            last = docs.get(key)
            start = f.span.start
            if last is None or start >= last[0]:
                docs[key] = (start, i)
    return [i for _, i in docs.values()]


def _per_claimant(claim: Claim, counts: Sequence[Count], bests: Sequence[int]) -> list[int]:
    """
    The best numbers the median is taken of: one per independent claimant
    and distinct count among that claimant's latest reports (:func:`_latest`;
    a count's best number is a function of the count, so which of two equal
    counts is kept does not matter).

    A claimant with one report, or whose reports all state one count
    object, gives that count's best number: which of its reports are the
    latest is looked up only where its counts differ.
    """
    by_claimant: dict[str, list[int]] = {}
    for i, ind in enumerate(claim.independents):
        found = by_claimant.get(ind)
        if found is None:
            by_claimant[ind] = [i]
        else:
            found.append(i)
    values: list[int] = []
    for reports in by_claimant.values():
        idx = reports
        if len(idx) > 1 and len({id(counts[i]) for i in idx}) > 1:
            idx = _latest(claim.figures, idx)
        if len(idx) == 1 or len({id(counts[i]) for i in idx}) == 1:
            values.append(bests[idx[0]])
        else:  # (equal counts joined: hashed only here)
            values.extend({counts[i]: bests[i] for i in idx}.values())
    return values


def _counts_key(inds: Sequence[str], counts: Sequence[Count]) -> tuple[int, ...] | None:
    """
    For a claim where some claimant has several reports, the ids of the
    counts the shipped rule reads, one per claimant, in the order of the
    ids (as for a claim of one report per claimant, the ids of its counts);
    ``None`` where a claimant states several count objects (its latest
    reports are then looked up).

    Where each claimant states one count object, the rule reads the claim
    as it reads a claim of one report per claimant with those counts: the
    consensus range, the lowest and highest numbers and whether all are
    open floors depend only on which counts are stated, and the median is
    taken over one best number per claimant (:func:`_per_claimant`).
    """
    pairs = set(zip(inds, map(id, counts), strict=True))
    if len(pairs) != len(set(inds)):
        return None
    return tuple(sorted(map(_second, pairs)))


def _ordered_text(value: object, name: str, choices: tuple[str, ...]) -> None:
    if value not in choices:
        quoted = ", ".join(repr(c) for c in choices[:-1]) + f" or {choices[-1]!r}"
        raise InvalidPolicy(f"{name!r} must be {quoted}, got {value!r}")


@attrs.frozen(kw_only=True)
class EstimatePolicy:
    """
    How a claim's reports become one low / best / high estimate.

    A frozen object: copy and change it with :func:`attrs.evolve`, or pass any
    callable ``(claim) -> (low, best, high)`` (an :data:`EstimateRule`)
    wherever a policy is accepted.

    Attributes:
        name: a label for records.
        low: ``"consensus"``: the claim's consensus floor (the intersection of
            agreeing reports, the lowest floor when they conflict);
            ``"lowest"``: always the lowest floor.
        best: ``"median"``: the lower median of the reports' best numbers,
            one per independent claimant and count, taking only each
            claimant's latest reports; ``"lowest"``: the low estimate (the
            most conservative figure); ``"midpoint"``: halfway between low
            and high (``low`` without a ceiling); ``"first"``: when all the
            reports are one document's, the best number of the first told
            (the low and high widened to hold it), else as ``"median"``.
            Whichever, the best is kept between the lowest and the highest
            number the reports give.
        high: ``"consensus"``: the claim's consensus ceiling;
            ``"highest"``: the highest ceiling reported, ``None`` if any
            report has none.
        bounds: re-read every count under this bounds policy first (``None``:
            keep the bounds the figures carry).

    >>> UCDP_ESTIMATE.best, ACLED_ESTIMATE.best, MINMAX_ESTIMATE.high
    ('median', 'lowest', 'highest')

    .. versionadded:: 0.1.0
    """

    name: str
    low: Literal["consensus", "lowest"] = attrs.field(default="consensus")
    best: Literal["median", "lowest", "midpoint", "first"] = attrs.field(default="median")
    high: Literal["consensus", "highest"] = attrs.field(default="consensus")
    bounds: BoundsPolicy | None = None

    @low.validator
    def _check_low(self, _a: attrs.Attribute[Any], value: object) -> None:
        _ordered_text(value, "low", ("consensus", "lowest"))

    @best.validator
    def _check_best(self, _a: attrs.Attribute[Any], value: object) -> None:
        _ordered_text(value, "best", ("median", "lowest", "midpoint", "first"))

    @high.validator
    def _check_high(self, _a: attrs.Attribute[Any], value: object) -> None:
        _ordered_text(value, "high", ("consensus", "highest"))

    def __call__(self, claim: Claim) -> tuple[int, int, int | None]:
        """Return ``(low, best, high)`` for a claim."""
        return self._estimate(claim, None)

    def _estimate(
        self,
        claim: Claim,
        memo: _Memo | None,
        reported: Sequence[Count] | None = None,
        one_each: bool | None = None,
    ) -> tuple[int, int, int | None]:
        """
        ``(low, best, high)`` for a claim; ``memo`` keeps the best number and
        report points of each count object already read under the figures'
        own bounds (by identity, with the count, which keeps it alive).
        ``reported``: the figures' counts, and ``one_each``: whether each
        report has its own claimant, when already read.
        """
        counts = list(map(_count_of, claim.figures)) if reported is None else reported
        if self.bounds is None:
            reading = DEFAULT_POLICY
            c_low, c_high = claim.low, claim.high
        else:
            reading = self.bounds
            counts = [c.rebound(reading) for c in counts]
            c_low, c_high, _ = consensus(counts)
        low = c_low if self.low == "consensus" else min(c.low for c in counts)
        high: int | None
        if self.high == "consensus":
            high = c_high
        else:
            high = None if any(c.high is None for c in counts) else max(c.high or 0 for c in counts)
        if high is not None and high < low:
            low = high
        # Each report's best number (an exact count's is its number, under any
        # bounds policy) and the lowest and highest number the reports give.
        exact, more_than = Qualifier.EXACT, Qualifier.MORE_THAN
        bests: list[int] = []
        lowest = highest = -1
        only_open_floors = True
        if self.bounds is not None:
            memo = None  # re-read counts are new objects: nothing to share
        for c in counts:
            q = c.qualifier
            stated = c.stated
            if q is exact and stated is not None:
                b = bottom = top = stated
            else:
                seen = None if memo is None else memo.get(id(c))
                if seen is not None and seen[0] is c:
                    _, b, bottom, top = seen
                else:
                    b = reading.best(c)
                    bottom, top = report_points(c, reading, b)
                    if memo is not None:
                        memo[id(c)] = (c, b, bottom, top)
            bests.append(b)
            if bottom < lowest or lowest < 0:
                lowest = bottom
            if top > highest:  # noqa: PLR1730 - no max() call per figure
                highest = top
            if q is not more_than:
                only_open_floors = False
        if self.best == "first" and len(bests) > 1 and len({f.source for f in claim.figures}) == 1:
            # one document's rival tellings: its first, as the story leads
            # with it ("killed at least 21 civilians ... Civil society sources
            # put the death toll higher, at 27": 21), the others its range;
            # unless a later one is told as a revision ("The UN mission later
            # said 35 people had been killed": 35)
            order = sorted(range(len(claim.figures)), key=lambda i: claim.figures[i].span.start)
            revised = [i for i in order[1:] if told_as_revision(claim.figures[i])]
            # (the first told with a number: a vague word before it leads no
            # count, 'confirmed "dozens" of deaths ... at least 55 bodies had
            # been counted': 55)
            # (event coders record a number over a vague word, even one below
            # its floor: '"dozens" of people were injured ... paramedics took
            # 20 people to hospital' is 20)
            # (nor a count of reports its statement rejects: "Officials
            # rejected claims by residents that more than 100 people had
            # died, insisting the toll stood at 23": 23)
            lead = next(
                (
                    i
                    for i in order
                    if claim.figures[i].count.qualifier is not Qualifier.VAGUE
                    and not rejected_report(claim.figures[i])
                ),
                order[0],
            )
            best = bests[revised[-1] if revised else lead]
            return min(low, best), best, None if high is None else max(high, best)
        if self.best == "lowest":
            best = low
        elif self.best == "midpoint":
            best = low if high is None else (low + high) // 2
        elif len(bests) == 1:
            best = bests[0]
        else:
            inds = claim.independents
            if one_each is None:
                one_each = len(set(inds)) == len(inds)
            if one_each:  # one report per claimant: each counts
                best = _lower_median(bests)
            else:
                best = _lower_median(_per_claimant(claim, counts, bests))
        best = min(max(best, lowest), highest)
        if not only_open_floors:
            # Only open floors alone keep their stated number below the low:
            # "more than 40" is best 40 (the number event coders record) with
            # low 41; beside other reports the best stays within the range.
            best = max(low, best)
        if high is not None:
            best = min(best, high)
        return low, best, high


def told_as_revision(figure: Figure) -> bool:
    """
    Whether a figure is told as a revision of a toll: a verb of revision
    before its number in its sentence ("revised the death toll down to 84";
    `lx.REVISION_WORDS`; "raised" only before a toll's noun, "raised the
    toll to 38", not "raised the alarm"), or "later" right before a verb of
    telling or of setting a toll ("The UN mission later said 35 people had
    been killed", "later put the toll at 23"; or "now": "now speaks of 62
    dead"), or before a noun of a count ("Later counts by local officials
    ... put it at more than 300"), of everyone (no group, or
    people: "a doctor later said 18 bodies had been brought to the hospital"
    counts one hospital's); not "reached later by phone, said"; a count
    told as "widely accepted" ("whose count is now widely accepted, put it
    at more than 400"); or, in its
    own words, the whole toll of its incident (:func:`_told_as_whole`).
    """
    if figure.sentence is None or figure.sentence_span is None:
        return False
    # (the words just before the figure, so that a sentence of many figures
    # is read in linear time)
    before = figure.span.start - figure.sentence_span.start
    words = (
        figure.sentence[
            max(0, before - _REVISION_CHARS) : figure.span.end - figure.sentence_span.start
        ]
        .lower()
        .split()
    )
    # (a revision of another clause with a source of its own is none of this
    # count's: "... later put the toll at about 50 dead; Timorese
    # organisations abroad compiled lists of 271 killed"; but "Officials
    # later raised the toll; 45 people are now known to have died", "revised
    # the toll on Tuesday, but said only 25 had died" are the revision's)
    clause = 1 + max((k for k, w in enumerate(words[:-1]) if not _own_clause([w])), default=-1)
    if not _source_of_its_own(words[clause:-1]):
        clause = 0
    for k, w in enumerate(words[clause:], clause):
        after = words[k + 1 : k + 1 + _TOLL_REACH]
        if w in ("raised", "raises"):
            if not lx.COUNT_NAME_NOUNS.isdisjoint(after):
                return True
        elif w in ("later", "now"):
            # ("now" as "later": "Local civil society now speaks of 62 dead")
            if (
                after
                and (
                    after[0] in lx.TOLL_TELLING_VERBS
                    # ("Later counts ... put it at 300"; in the count's clause)
                    or (after[0] in _LATER_COUNTS and _own_clause(words[k + 1 :]))
                )
                and _of_everyone(figure)
            ):
                return True
        elif w in lx.REVISION_WORDS or (
            # "survivors and human rights groups, whose count is now widely
            # accepted, put it at more than 400": the count that stands (not
            # "not widely accepted", nor a phrase of another clause)
            w.rstrip(",;") == "accepted"
            and k > 0
            and words[k - 1] in _ACCEPTED_HOW
            and not _NEGATIONS.intersection(words[max(0, k - 3) : k - 1])
            and _own_clause(words[k:])
        ):
            return True
    opening = figure.sentence[:before].lower().split() if before <= _OPENING_CHARS else []
    own = figure.surface.lower().split()
    if _told_as_whole(own):
        return True
    # (the whole's noun named right before the figure's words: "gave what he
    # called a final figure of 29 dead")
    named = figure.sentence[max(0, before - _NAMED_WHOLE_CHARS) : before].lower().split()[-3:]
    return (len(named) == 3 and named[2] == "of" and _told_as_whole(named[:2])) or (
        # "In total, 17 people were wounded": the sentence opens with it; not
        # "In total, 9 bodies have been identified", a count so far
        opening in _WHOLE_OPENINGS and "bodies" not in own
    )


#: How many characters before a figure its whole's noun may stand ("a final figure of").
_NAMED_WHOLE_CHARS = 30
#: How many characters before a figure its verb of revision may stand.
_REVISION_CHARS = 300
#: The longest opening read as the whole's ("In total, ").
_OPENING_CHARS = 20

#: A sentence's opening words that tell the count after them as the whole.
_WHOLE_OPENINGS = (["in", "total,"], ["in", "all,"], ["altogether,"], ["overall,"])


def _told_as_whole(words: list[str]) -> bool:
    """
    Whether a figure's own words tell it as the whole of its incident: a
    whole's word before the toll's noun ("put the overall toll at 50 dead",
    whatever group a rival told before: "29 children") or "in all",
    "altogether" ("17 people in all were wounded"); not the same words in a
    clause around it ("The full toll was not immediately known, but a doctor
    said 8 bodies ...", "In all likelihood ..., police said only 18 ...").
    """
    for k, w in enumerate(words):
        after = words[k + 1 : k + 3]
        if w in lx.WHOLE_TOLL_WORDS and not lx.COUNT_NAME_NOUNS.isdisjoint(after):
            return True
        if (w == "in" and after and after[0].strip(",") == "all") or w == "altogether":
            return True
    return False


#: How far after a verb of raising the nouns of its count may stand.
_TOLL_REACH = 4


def _source_of_its_own(words: list[str]) -> bool:
    """
    Whether a clause's words up to its count name a source of their own: a
    verb of telling, counting or setting a toll after its first word ("exile
    groups abroad compiled lists of"; not "said only 25", whose source is the
    clause's before).
    """
    return any(w.strip(",") in lx.COUNT_TELLING_VERBS for w in words[1:])


#: Words that deny what follows them ("not widely accepted").
_NEGATIONS = lx.DENIAL_WORDS | {"isn't", "aren't", "wasn't"}


def _own_clause(words: list[str]) -> bool:
    """Whether words run on in one clause (no ";" and no "but" between them and the count)."""
    return not any(w.endswith(";") or w == "but" for w in words)


#: Words before "accepted" that tell a count as the one that stands.
_ACCEPTED_HOW = frozenset({"widely", "generally", "broadly", "universally"})

#: Nouns of a count that "later" makes a later count ("Later counts by local
#: officials ... put it at more than 300", "later estimates").
_LATER_COUNTS = frozenset({"counts", "count", "estimates", "figures", "tallies", "tally"})


def _of_everyone(figure: Figure) -> bool:
    """
    Whether a figure counts no group of its own, or people at large (or
    "others" than the dead beside them: "wounding 27 others", whose rival a
    later telling joined to them).
    """
    subject = (figure.subject or "").lower().split()
    return not subject or subject[-1] in ("people", "persons", "civilians", "dead", "others")


#: UCDP GED-style: low and high bound what the reports allow together, best is
#: the median report. The default.
UCDP_ESTIMATE = EstimatePolicy(name="ucdp")

#: The library's default estimate policy (:data:`UCDP_ESTIMATE`).
DEFAULT_ESTIMATE = UCDP_ESTIMATE

#: The tally's default: UCDP's, but one document's rival tellings of a count
#: take the first told as best, as the story leads with it and event coders
#: record it (:func:`conflictfigures.tally`).
TALLY_ESTIMATE = EstimatePolicy(name="ucdp-first", best="first")

#: ACLED-style: the most conservative figure is the best estimate, and vague
#: words take ACLED's fixed readings.
ACLED_ESTIMATE = EstimatePolicy(name="acled", best="lowest", bounds=ACLED_POLICY)

#: IBC- and Airwars-style minimum-maximum range over every report, best halfway
#: (kept between the lowest and highest number reported).
MINMAX_ESTIMATE = EstimatePolicy(name="minmax", low="lowest", best="midpoint", high="highest")


def policy_name(policy: EstimatePolicy | EstimateRule) -> str:
    """The name a policy is recorded under."""
    if isinstance(policy, EstimatePolicy):
        return policy.name
    return str(getattr(policy, "__name__", type(policy).__name__))


def estimate(claim: Claim, policy: EstimatePolicy | EstimateRule) -> Estimate:
    """The estimate of one claim under a policy (a rule of the user's is checked)."""
    return estimate_claims((claim,), policy)[0]


def estimate_claims(
    claims: Iterable[Claim],
    policy: EstimatePolicy | EstimateRule,
    made: Sequence[int] | None = None,
) -> list[Estimate]:
    """
    The estimate of each claim under a policy (a rule of the user's is
    checked), in the order of the claims; ``made``: the positions of the
    claims in the order the shipped rule reads them (default: the order
    they lie in memory).
    """
    name = policy_name(policy)
    # The shipped rule (not a subclass's own ``__call__``) shares what it
    # reads of each count object across the claims.
    own = (
        policy
        if isinstance(policy, EstimatePolicy) and type(policy).__call__ is EstimatePolicy.__call__
        else None
    )
    memo: _Memo = {}
    #: Where each claimant states one count (as one object), the shipped
    #: rule's estimate is a function of those counts alone, one per
    #: claimant, in any order (see :func:`_counts_key`): computed once per
    #: collection of count objects (by identity, in the order of their ids,
    #: with the counts, which keeps them alive).
    by_counts: dict[tuple[int, ...], tuple[tuple[Count, ...], tuple[int, int, int | None]]] = {}
    claims = list(claims)
    found: list[Estimate | None] = [None] * len(claims)
    if own is None:
        for i, claim in enumerate(claims):
            if not isinstance(policy, EstimatePolicy):
                low, best, high = check_rule_result(policy(claim), policy)
            else:
                low, best, high = policy(claim)
            key = claim.key
            found[i] = new_estimate(key.category, low, best, high, name, key, (claim,))
        return found  # type: ignore[return-value]  # every place filled
    # The shipped rule's estimate of a claim depends on that claim alone:
    # the claims are read in the order they lie in memory, where their
    # figures lie too (twice as quick as reading them scattered, in key
    # order, at 300,000 figures), and each estimate put in its claim's place.
    for i in memory_order(claims) if made is None else made:
        claim = claims[i]
        counts = tuple(map(_count_of, claim.figures))
        inds = claim.independents
        one_each = len(inds) == 1 or len(set(inds)) == len(inds)
        if len(inds) == 1:
            ids: tuple[int, ...] | None = (id(counts[0]),)
        elif one_each:  # one report per claimant: each counts
            ids = tuple(sorted(map(id, counts)))
        else:
            ids = _counts_key(inds, counts)
        seen = None if ids is None else by_counts.get(ids)
        key = claim.key
        if seen is None:
            low, best, high = own._estimate(claim, memo, counts, one_each)  # noqa: SLF001
            if ids is not None:
                by_counts[ids] = (counts, (low, best, high))
            found[i] = new_estimate(key.category, low, best, high, name, key, (claim,))
        else:  # (numbers already checked when first made)
            low, best, high = seen[1]
            found[i] = new_estimate(key.category, low, best, high, name, key, (claim,), check=False)
    return found  # type: ignore[return-value]  # every place filled
