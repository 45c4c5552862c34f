"""
Rule 0j of the tally (docs/aggregation.md): a total told again in its parts.
A document that leads with a toll often breaks it down after: "killing eight
people and wounding three others. Six victims were declared dead at the
scene. Two others succumbed to their injuries in hospital." The "others" are
others than the six, not than the eight: six and two make the eight the
document told before, so the two are in that toll, never added to it.  The
arithmetic is the whole test; without a total the parts sum to, "others"
stay further people (rule 0b).  Linear in the document's figures.
"""

from __future__ import annotations

from collections import defaultdict
from typing import TYPE_CHECKING

import attrs

from conflictfigures import _lexicon as lx
from conflictfigures._aggregation.documents import (
    BODY_NOUNS,
    head_word,
    member_heads,
    of_a_few_days,
    said_before,
    says_separate,
)
from conflictfigures._places import is_unplaced, is_within, normalise_place
from conflictfigures.models import Category, Qualifier

if TYPE_CHECKING:
    import datetime as dt
    from collections.abc import Iterable, Set as AbstractSet

    from conflictfigures.models import Figure, Source, Span

__all__ = ["harmed_totals", "in_risen_lead", "in_told_totals", "risen_over_other_groups"]

#: The kinds of harm a harmed total holds, and the harms that tell no outcome.
HARMED = frozenset({Category.KILLED, Category.WOUNDED})
UNTOLD = lx.UNTOLD_OUTCOME_HARMS

#: How many figures before an "others" figure may be the parts it completes
#: ("Five died at the scene, one on the way and two others in hospital").
_MOST_PARTS = 3
#: How many days apart the total and its parts may be dated ("A third person
#: has died ... Doris Whitfield, 79, died Sunday ... Two other residents ...
#: were found dead ... the morning of the blaze, Jan. 10"), so that a count
#: of another incident weeks before is not taken for one of its parts.
_MOST_DAYS = 7


def _exact(figure: Figure) -> int | None:
    """The figure's count when it is one exact number, else None."""
    count = figure.count
    if count.qualifier is not Qualifier.EXACT or count.low != count.high:
        return None
    return count.low


def _floor_told(figure: Figure) -> int | None:
    """
    The number of an "at least" count: parts that add up to it exactly are
    its people told again ("At least 19 civilians were killed ... the
    hospital had received 14 bodies ... the bodies of five other victims").
    """
    count = figure.count
    return count.stated if count.qualifier is Qualifier.AT_LEAST else None


def _on_its_day_and_place(run: list[Figure], total: Figure) -> bool:
    """Whether each part is dated on the total's day, or not, and placed in its place, or not."""
    return all(
        (p.date is None or p.date == total.date)
        and (p.location is None or total.location is None or p.location == total.location)
        for p in run
    )


def _within_days(figures: list[Figure]) -> bool:
    """Whether the figures' days (of those dated) are within :data:`_MOST_DAYS` of each other."""
    days = [f.date for f in figures if f.date is not None]
    return not days or (max(days) - min(days)).days <= _MOST_DAYS


def _others(figure: Figure) -> bool:
    """
    Whether the figure counts "other" people, "others" or "more" (not
    "another"): "Ten of the victims died inside the theater and two more died
    at area hospitals" after "Twelve people were killed".
    """
    words = (figure.subject or "").lower().split()
    return (
        "others" in words
        or "other" in words
        or "more" in words
        or figure.surface.lower().startswith("other ")
    )


def _more_only(figure: Figure) -> bool:
    """Whether a figure counts "more" people, not "other(s)"."""
    words = (figure.subject or "").lower().split()
    return "more" in words and "others" not in words and "other" not in words


def _beyond_sums(figures: Iterable[Figure], parts: Iterable[Figure]) -> list[Figure]:
    """
    The parts, but those of a figure that is their sum and no more ("Seven
    people were killed at the bowling alley, and eight at the bar": 15, of
    7 and 8): the figure stands for them.
    """
    parts = list(parts)
    of: dict[tuple[Source, Span | None], int] = defaultdict(int)
    for p in parts:
        # (only parts inside the figure's own words, as a sum's are; not a
        # breakdown after it, "including 5 children and 4 adults")
        if p.part_of is not None and p.part_of.start <= p.span.start < p.part_of.end:
            of[(p.source, p.part_of)] += _exact(p) or 0
    summed = {
        (f.source, f.span)
        for f in figures
        if (count := _exact(f)) is not None and of.get((f.source, f.span)) == count
    }
    return [p for p in parts if (p.source, p.part_of) not in summed]


def in_told_totals(
    figures: Iterable[Figure],
    further: AbstractSet[int] = frozenset(),
    wholes: Iterable[Figure] = (),
) -> tuple[set[int], set[int]]:
    """
    The ids of the "others" figures that, with the one to three figures of
    their category right before them (passing a running total told among
    them), sum to an exact count (or the number of an "at least" count) of
    that category told before the "others"
    in the same document, all within a week or undated (every "others" of the
    run is in it: "Four died in the shaft, three others in a side tunnel and
    two others near the lift" after "Nine miners were killed"; "A man ...
    died Friday, raising the number of people killed to three ... Two other
    men died at the scene").  ``further`` holds the ids of other figures
    told as more people, taken as "others" are: the deaths among the wounded
    that rule 5 adds to the dead counted before them ("Eight people died at
    the scene. Three others were taken to hospital, one of whom died" after
    "Nine dead").  ``wholes`` are counts the parts may make that are no
    parts themselves: the parts told of a figure ("killing 41 people,
    including 37 students ... 17 students were burned to death ..., while 20
    others were shot": the 17 and the 20 are the 37), and, as members of a
    run, the parts told of its total ("Eleven people died ... nine of the
    victims died on the spot while two others succumbed"). Returns those ids,
    and among them the ids of the runs that hold such a part: told inside
    the total, which counts them.
    """
    by_kind: dict[tuple[Source, Category], list[Figure]] = defaultdict(list)
    for f in figures:
        by_kind[(f.source, f.category)].append(f)
    whole_ids = set()
    for f in _beyond_sums(figures, wholes):
        if (f.source, f.category) in by_kind:
            by_kind[(f.source, f.category)].append(f)
            whole_ids.add(id(f))
    found: set[int] = set()
    inside: set[int] = set()
    for told in by_kind.values():
        told.sort(key=lambda f: (f.span.start, f.span.end))
        exact = [_exact(f) for f in told]
        first_told: dict[int, int] = {}  # each exact count, where it is first told
        for t, count in enumerate(exact):
            if (count := _floor_told(told[t]) if count is None else count) is not None:
                first_told.setdefault(count, t)
        for i, f in enumerate(told):
            own = exact[i]
            if (
                own is None
                or not (_others(f) or id(f) in further)
                or f.cumulative
                or id(f) in whole_ids
            ):
                continue
            total, run = own, [f]
            for b in range(i - 1, max(0, i - 2 * _MOST_PARTS) - 1, -1):
                before = told[b]
                if before.cumulative:
                    continue  # a running total told among the parts
                part = exact[b]
                if part is None or len(run) > _MOST_PARTS:
                    break
                total += part
                run.append(before)
                at = first_told.get(total, i)
                # (the total told before the earliest part, or a risen one
                # among them; a whole's part only as a part of that total:
                # "Twelve people were killed ... Ten of the victims died inside
                # the theater and two more died at area hospitals")
                if (
                    at < i
                    and id(told[at]) not in map(id, run)
                    and _within_days([*run, told[at]])
                    # (a floor's parts on its own day and in its own place:
                    # not "On Wednesday, gunmen killed 6 villagers in Gwoza.
                    # Four other people were killed in Bama")
                    and (exact[at] is not None or _on_its_day_and_place(run, told[at]))
                    and all(p.part_of == told[at].span for p in run if id(p) in whole_ids)
                    # ("more" only in a breakdown of the document's first
                    # count, beside a part of its own: "Ten died on Saturday
                    # and two more died on Sunday"; not "One more person died
                    # on Sunday and two more on Monday", which add)
                    and (
                        not any(_more_only(p) for p in run)
                        or (at == 0 and any(not _others(p) for p in run))
                    )
                ):
                    told_more = {id(p) for p in run if _others(p) or id(p) in further}
                    found.update(told_more)
                    # (a floor's parts are inside it, never a rival's range:
                    # "At least 19 ... 14 bodies ... five other victims")
                    if exact[at] is None or any(id(p) in whole_ids for p in run):
                        inside.update(told_more)
                    break
    return found, inside


def harmed_totals(figures: Iterable[Figure]) -> set[int]:
    """
    Rule 0j's harmed total: a later count of the harmed whose harm tells no
    outcome ("five people had been stabbed", "seven people were shot"),
    exactly the dead and the hurt its document counted before it (the first
    exact count of each), holds them both: "A man has died and four other
    people have been injured ... five people had been stabbed" tallies 1
    killed and 4 wounded, not 9 wounded. Returns the ids of such counts.
    """
    first: dict[tuple[Source, Category], tuple[Figure, int]] = {}
    harmed = sorted((f for f in figures if f.category in HARMED), key=lambda f: f.span.start)
    # (each sentence's count of harm, to see a harmed total stand alone in it)
    per_sentence: dict[tuple[Source, Span | None], int] = defaultdict(int)
    for f in harmed:
        per_sentence[(f.source, f.sentence_span)] += 1
    found: set[int] = set()
    for f in harmed:
        own = _exact(f)
        if own is None or f.period is not None:
            continue
        dead = first.get((f.source, Category.KILLED))
        hurt = first.get((f.source, Category.WOUNDED))
        if (
            f.category is Category.WOUNDED
            and dead is not None
            and hurt is not None
            and own == dead[1] + hurt[1]
            and _holds_them(f, (dead[0], hurt[0]))
            and per_sentence[(f.source, f.sentence_span)] == 1
        ):
            found.add(id(f))
            continue
        if not f.cumulative:
            first.setdefault((f.source, f.category), (f, own))
    return found


#: The words of an outcome told: a count with one is no harmed total ("five
#: people had been shot and wounded").
_OUTCOMES = frozenset({"wounded", "injured", "hurt", "killed", "died", "dead"})
#: How far before a count's words "another" or "more" may make it more people.
_MORE_REACH = 40


def _holds_them(f: Figure, told: tuple[Figure, Figure]) -> bool:
    """
    Whether a count whose harm tells no outcome ("five people had been
    stabbed") may hold the dead and the hurt told before it: no outcome in
    its words, no word of more people or another matter around them
    ("Another five", "had also been stabbed in a separate attack"), and the
    day of the counts it holds.
    """
    words = f.surface.lower().split()
    sentence = (f.sentence or "").lower()
    before = said_before(f, _MORE_REACH, words=False)
    return (
        not UNTOLD.isdisjoint(words)
        and _OUTCOMES.isdisjoint(words)
        and lx.FURTHER_WORDS.isdisjoint(words)
        and lx.FURTHER_WORDS.isdisjoint(before.split())
        and not any(w in sentence for w in ("also", "separate", "second", "another"))
        and all(f.date in (None, t.date) for t in told)
    )


#: How many days before a risen toll's day a count of its incident may be
#: dated (its deaths may be told up to :data:`_MOST_DAYS` after).
_RISEN_DAYS = 1


def _elsewhere(f: Figure, toll: Figure) -> bool:
    """
    Whether a count is told of a place the gazetteer knows outside the
    toll's known place ("The death toll from Sunday's bombing in Kabul ...
    In Kandahar, gunmen shot dead three police officers").
    """
    here, there = normalise_place(f.location), normalise_place(toll.location)
    return (
        here is not None
        and there is not None
        and not is_unplaced(here)
        and not is_unplaced(there)
        and not is_within(here, there)
    )


def _on_the_tolls_days(f: Figure, toll: Figure) -> bool:
    """
    Whether a count may be one of a risen toll's: dated within a day of the
    toll's own day ("rose to five on Monday": not "On Wednesday, two of the
    wounded died"), or, for a toll of a few days with no day of its own
    ("last weekend"), from the day before they start to a week after.
    """
    return _day_of_the_toll(f.date, toll)


def _day_of_the_toll(day: dt.date | None, toll: Figure) -> bool:
    """Whether a day (or none) falls on a risen toll's days (:func:`_on_the_tolls_days`)."""
    if day is None:
        return True
    if toll.date is not None:
        return abs((day - toll.date).days) <= _RISEN_DAYS
    if toll.period is None or toll.period.start is None:
        return True
    return -_RISEN_DAYS <= (day - toll.period.start).days <= _MOST_DAYS


#: Words of a count of bodies found, which a toll over its days may hold
#: (the nouns of bodies found, and "body" in a count's words: "the body of").
_BODY_WORDS = BODY_NOUNS | {"body"}


def _tolls_own_days(f: Figure, toll: Figure, rises: AbstractSet[str]) -> bool:
    """
    Whether a count over days is one of a risen toll's parts all the same:
    bodies counted on the toll's few days, no rise ("Firefighters recovered
    17 bodies from the building on Wednesday and Thursday", after "The death
    toll from Wednesday's fire rose to 19").
    """
    period = f.period
    return (
        period is not None
        and period.start is not None
        # (bodies found, no deaths of a cause of their own: "Heavy snowfall
        # has killed 7 people in avalanches since Tuesday" is more dead)
        and not _BODY_WORDS.isdisjoint(f.surface.lower().split())
        and of_a_few_days(f)
        and rises.isdisjoint(f.surface.lower().split())
        and _day_of_the_toll(period.start, toll)
    )


def in_risen_lead(figures: Iterable[Figure], rises: AbstractSet[str]) -> set[int]:
    """
    A story that leads with a risen toll of one incident ("Two more people
    have died ..., bringing the death toll to five") tells that incident's
    counts after it as its parts ("Three men were killed at the scene"): the
    ids of the later counts of the toll's category, in its document, not set
    apart ("another", "separate", a place that opens their sentence), dated
    on the toll's days (:func:`_on_the_tolls_days`), while they add up to no
    more than it (a count over a few of its days too, :func:`_tolls_own_days`).
    The toll is told in the sentence of its document's first figure of its
    category and counts no period longer than a week (a year's homicides are
    no incident's toll).
    """
    firsts: dict[tuple[Source, Category], Figure] = {}
    tolls: dict[tuple[Source, Category], Figure] = {}
    for f in figures:
        kind = (f.source, f.category)
        first = firsts.setdefault(kind, f)
        if (
            f.sentence_span == first.sentence_span
            and f.cumulative
            and of_a_few_days(f)
            and not rises.isdisjoint(f.surface.lower().split())
        ):
            tolls.setdefault(kind, f)
    held: dict[tuple[Source, Category], int] = {}
    found: set[int] = set()
    for f in figures:
        kind = (f.source, f.category)
        toll = tolls.get(kind)
        if toll is None or f.sentence_span == toll.sentence_span:
            continue
        if f.cumulative and not _tolls_own_days(f, toll, rises):
            continue
        if f.span.start < toll.span.start:
            continue
        own = said_before(f, _MORE_REACH, words=True).split()
        if (
            not _on_the_tolls_days(f, toll)
            or not lx.FURTHER_WORDS.isdisjoint(own)
            or says_separate(f.sentence)
            or _elsewhere(f, toll)  # "In Kandahar, gunmen shot dead three police officers"
        ):
            continue
        total = held.get(kind, 0) + f.count.low
        if total > toll.count.low:
            continue
        held[kind] = total
        found.add(id(f))
    return found


#: Heads of a count of people at large, whom no narrower total's group holds
#: ("seven people ... bringing the number of emergency workers killed to 40").
_AT_LARGE = lx.ANYONE_GROUPS | {
    "residents", "villagers", "protesters", "demonstrators", "others", "other", "victims",
    "passengers", "worshippers", "pedestrians", "bystanders", "persons",
}  # fmt: skip


class _Told:
    """What a document told of one category before a point: its counts' sum and names."""

    __slots__ = ("armed", "at_large", "heads", "low", "sides")

    def __init__(self) -> None:
        self.low = 0
        self.heads: set[str] = set()
        self.sides: set[str | None] = set()
        self.armed: set[bool] = set()
        self.at_large = False

    def add(self, f: Figure) -> None:
        heads = member_heads(f)
        self.low += f.count.low
        self.heads.update(heads)
        self.sides.add(f.side)
        self.armed.add(head_word(f) in lx.ARMED_WORDS)
        self.at_large = self.at_large or not _AT_LARGE.isdisjoint(heads)


def risen_over_other_groups(figures: list[Figure]) -> list[Figure]:
    """
    A running total of the dead or hurt that rose ("bringing the number of
    aid workers killed to 17") after counts of its category its document
    told before it under other names ("fifteen local staff ... were shot
    dead ... The bodies of two colleagues ... were found"): of anyone, so
    that it covers them (rule 3), when they add up to no more than it, none
    names its own group (rule 3 reads those) nor people at large ("seven
    people", "protesters": a narrower total does not hold them), none is of
    another side, and none is armed when it is not (or the reverse). The
    figures, with such totals' groups left untold; one pass.
    """
    told: dict[tuple[Source, Category], _Told] = {}
    widened: dict[int, Figure] = {}
    for f in figures:
        key = (f.source, f.category)
        if (
            f.cumulative
            and f.subject is not None
            and f.category in HARMED
            and f.count.stated is not None
            and f.side != lx.PERPETRATOR_SIDE
            and not lx.RISE_WORDS.isdisjoint(f.surface.lower().split())
            and (before := told.get(key)) is not None
        ):
            own = head_word(f)
            if (
                own not in before.heads
                and not before.at_large
                and before.sides <= {None, f.side}
                and before.armed == {own in lx.ARMED_WORDS}
                and before.low <= f.count.low
            ):
                widened[id(f)] = attrs.evolve(f, subject=None)
        elif not f.cumulative and f.part_of is None and f.side != lx.PERPETRATOR_SIDE:
            told.setdefault(key, _Told()).add(f)
    return [widened.get(id(f), f) for f in figures] if widened else figures
