"""
Rule 5 of the tally (docs/aggregation.md): the wounded who later die are
counted once, as dead.  A death told as the fate of the people of a wounded
figure right before it ("Four people were injured. One of them died in
hospital") is taken off the wounded, and adds to the dead counted beside
those wounded.  Linear in the document's figures.
"""

from __future__ import annotations

import itertools
import re
from collections import defaultdict
from typing import TYPE_CHECKING, Any

from conflictfigures import _lexicon as lx
from conflictfigures._aggregation.documents import (
    LATER_FATE_RE,
    between,
    head_word,
    plain,
    said_after,
    said_before,
)
from conflictfigures._groups import singular_noun
from conflictfigures.models import Category

if TYPE_CHECKING:
    from collections.abc import Iterable

    from conflictfigures.models import Figure, Source, Span

__all__ = ["Fate", "beside_other_deaths", "deaths_among_wounded", "fates_of_wounded"]

#: A death (or a further wounded figure) told as the fate of a wounded
#: figure: the figure, its lead (the wounded figure) and how many of the lead
#: it takes.
Fate = tuple["Figure", "Figure", int]

#: Words of a running total's own words ("raising the death toll to four").
_TOTAL_WORDS = lx.RISE_WORDS | {"toll", "total", "tally"}

#: A death told as the fate of people counted just before: "one of them",
#: "one of whom", "two of the injured", "one of the critically wounded" (one
#: "-ly" word may stand before the state); "among" before the hurt as "of"
#: ("a woman among the injured died"; not "among them", a part).
_FATE_OF_RE = re.compile(
    r"\bof (?:them|whom|those|the (?:[a-z]+ly )?(?:injured|wounded|hurt|victims))\b"
    r"|\bamong the (?:[a-z]+ly )?(?:injured|wounded|hurt)\b"
)


def _fate_of(f: Figure, lead: Figure) -> bool:
    """
    Whether ``f`` counts some "of" the lead's people (:data:`_FATE_OF_RE`):
    "of them", "of whom" and "of those" point at the lead only if its own
    sentence counts no people before it ("The visitors included two border
    guards, one of whom was killed" counts of the guards).
    """
    found = _FATE_OF_RE.search(f.surface.lower())
    if found is None:
        return False
    if " the " in found.group() or f.sentence is None or f.sentence_span is None:
        return True
    if f.sentence_span == lead.sentence_span:
        return True
    words = [w.strip(",;:") for w in f.sentence[: f.span.start - f.sentence_span.start].split()]
    # a number before a plural noun at most three words on ("two border guards")
    return not any(
        (w.isdecimal() or w.lower() in lx.UNITS or w.lower() in lx.TENS)
        and any(n.endswith("s") and n.islower() for n in words[i + 1 : i + 4])
        for i, w in enumerate(words)
    )


def _of_the_lead(f: Figure, lead: Figure) -> bool:
    """
    Whether ``f``'s sentence opens on "Of the" (or "Of those") and the
    lead's own number, told there or before: some of the lead's people
    ("Of the 70 taken to hospital with burns, 13 died over the following
    week"; "... 70 were taken to hospital. Of the 70, 13 died").
    """
    if f.sentence is None or f.sentence_span is None:
        return False
    words = f.sentence[: f.span.start - f.sentence_span.start].lower().split()[:_FRONTED_WORDS]
    if len(words) < 3 or words[0] != "of" or words[1] not in ("the", "those"):
        return False
    if not _of_the_hurt(words[2:]):
        return False  # "Of the 70 people arrested, 13 died in custody": others
    told = words[2].strip(",").replace(",", "")
    number = int(told) if told.isdecimal() else lx.UNITS.get(told)
    return number is not None and number == lead.count.stated


#: How many words of a sentence's opening "Of the N ..., " are read.
_FRONTED_WORDS = 12


def _of_the_hurt(words: list[str]) -> bool:
    """
    Whether the fronted phrase "Of the N ...," (``words`` from the number on)
    names no people of another fate: none if its words up to the comma hold
    a state or a noun of another category ("Of the 70 people arrested", "Of
    the 70 who were arrested", "Of the 70 detainees"), unless they tell the
    hurt's care ("Of the 70 taken to hospital with burns").
    """
    other = False
    for w in words[1:]:
        word = w.strip(",")
        state = lx.PASSIVE_TRIGGERS.get(word)
        kind = state[0] if state is not None else lx.SELF_COUNTING_NOUNS.get(word)
        if kind is Category.WOUNDED or word in lx.TREATED_VERBS or word in lx.CARE_PLACE_WORDS:
            return True
        other = other or (kind is not None and kind is not Category.KILLED)
        if w.endswith(","):
            break
    return not other


#: "the" right before a single person's words, perhaps with one word between
#: ("the man", "the younger one"): one of a group named before.
_DEFINITE_RE = re.compile(r"\bthe (?:[a-z]+ )?$")
#: How far before a figure's words its "the" may stand.
_DEFINITE_REACH = 16


def _told_death(f: Figure) -> bool:
    """
    Whether a single death is named as one already told: "the", its group
    and a relative clause of its death ("The man who died, 41, was struck
    multiple times").
    """
    words = f.surface.lower().split()
    return f.count.low == 1 and len(words) >= 3 and words[0] == "the" and "who" in words[2:4]


def _named_again(f: Figure, wounded: list[list[Any]]) -> list[Any] | None:
    """
    The wounded figure (with how many of it were taken) a single death names
    again with "the": its group is theirs ("A man and a woman were shot. The
    man died"; "Two brothers were shot; the younger one died").
    """
    if f.count.low != 1 or f.subject is None:
        return None
    before = said_before(f, _DEFINITE_REACH, words=False)
    if not (f.surface[:4].lower() == "the " or _DEFINITE_RE.search(before)):
        return None
    group = f.subject.lower().removesuffix("s")
    for entry in reversed(wounded):
        w, taken = entry
        if (
            w.subject is not None
            # the group, or one member of a list's sum ("A man and a woman
            # were shot": "man and a woman")
            and (
                w.subject.lower().removesuffix("s") == group
                or group in (word.removesuffix("s") for word in w.subject.lower().split())
                # "A 6-year-old boy was shot ... The child died": that one again
                or (w.count.low == 1 and lx.same_single(group, head_word(w)))
            )
            and w.subject.lower() in w.surface.lower()  # named there, not carried
        ):
            return entry if taken < w.count.low else None
    return None


#: How far after the end of the wounded figure its fate may be told, in
#: characters (about the next sentence).
_FATE_REACH = 300


#: How far after a death's words its "later" may stand ("died hours later").
_LATER_AFTER = 30


def _elided_part(f: Figure, lead: Figure) -> bool:
    """
    Whether ``f`` counts some of the lead's people with its group unsaid:
    pronounced dead ("two men suffering from gunshot wounds; one was
    pronounced dead", "Officers found two men with gunshot wounds. One was
    pronounced dead at a hospital"), or "he" or "she" dying after one
    wounded ("was shot in the neck. He succumbed to his wounds"). Not any
    death left unsaid: in "five soldiers were wounded and two died" the two
    may be others.
    """
    words = f.surface.lower().split()
    if words and words[0] in ("he", "she") and lead.count.low == 1:
        # "was shot in the neck. He succumbed to his wounds"; not "a woman
        # was wounded ... He was pronounced dead"
        return head_word(lead) not in (lx.MALE_NOUNS if words[0] == "she" else lx.FEMALE_NOUNS)
    return (
        "pronounced" in words
        and f.sentence_span is not None
        and (f.subject is None or (f.subject == lead.subject and f.subject not in f.surface))
    )


def _untold_outcome(lead: Figure) -> bool:
    """
    Whether a wounded figure counts people harmed before their outcome is
    told ("Lightning struck two men", "three people were hit by the car"):
    all those harmed, the dead among them.
    """
    return not lx.UNTOLD_OUTCOME_HARMS.isdisjoint(lead.surface.lower().split())


def _outcome_part(f: Figure, lead: Figure) -> bool:
    """
    Whether ``f`` tells the outcome of some of the lead's people: its group
    unsaid ("killing one", "One was killed", "the other was hospitalized")
    or the lead's own; "two others were hurt" are further people, and a
    total is no one's outcome ("revised the figure to eight").
    """
    if f.cumulative and not lead.cumulative:
        return False  # "10 people were shot ... later revised the figure to eight": a total
    if (f.subject or "").lower() in ("other", "others"):
        # the rest of the group: "the other", "the others"
        words = said_before(f, _DEFINITE_REACH, words=True).split()
        return any(a == "the" and b in ("other", "others") for a, b in itertools.pairwise(words))
    if f.subject is None or (f.subject == lead.subject and f.subject not in f.surface):
        return True
    # one of the group named by its singular: "Lightning struck two men ...
    # A 33-year-old man was killed and another man was hospitalized"
    head, lead_head = head_word(f), head_word(lead)
    return f.count.low == 1 and head != lead_head and singular_noun(lead_head) == head


#: The words that open a part of the figure right before them ("Seven people
#: were shot, including a 15-year-old boy who died").
_PART_PHRASES = frozenset({"including", "among them", "among whom"})


def _named_part(f: Figure, lead: Figure) -> bool:
    """Whether ``f`` opens with :data:`_PART_PHRASES` right after ``lead``, in its sentence."""
    if f.sentence_span is None or f.sentence_span != lead.sentence_span:
        return False
    gap = between(lead, f)
    return gap is not None and len(gap) < 24 and plain(gap) in _PART_PHRASES


def fates_of_wounded(figures: Iterable[Figure]) -> list[Fate]:
    """
    In one document, each death told as the fate of the people of the
    wounded figure right before it ("Four people were injured. One of them
    died in hospital", "three were hurt; one later succumbed", "two men
    suffering from gunshot wounds; one was pronounced dead", "Four people
    were injured, including a boy who died"), with its lead and how many of
    the lead it takes. Only the figure right before (of death or injury) is
    the lead, but a death whose own words name its group as wounded ("six
    wounded soldiers had since died") is one of the last wounded figure's
    people however far after it; no more is taken off a wounded figure than
    its own low.
    """
    by_source: dict[Source, list[Figure]] = defaultdict(list)
    for f in figures:
        if f.category in lx.HARM_CATEGORIES:
            by_source[f.source].append(f)
    fates: list[Fate] = []
    for found in by_source.values():
        if len(found) < 2:
            continue
        found.sort(key=lambda f: (f.span.start, f.span.end))
        lead: Figure | None = None
        untold = False  # whether the lead's harm is told before its outcome
        taken = 0
        wounded: list[list[Any]] = []  # the wounded figures in reach, each with its taken
        last_wounded: list[Any] | None = None  # the last wounded figure, however far
        dead_words: set[str] = set()  # the words of the single deaths told so far
        dead_counts: set[int] = set()  # the counts of the dead told so far
        for f in found:
            if f.category is Category.KILLED and _dead_one_again(f, dead_words):
                continue  # "a 19-year-old man is dead ... The 19-year-old ... was pronounced dead"
            if f.category is Category.KILLED and _last_of_the_dead(f, dead_counts):
                continue  # "Three people were killed ... the third died hours later": one of them
            if f.category is Category.KILLED:
                dead_counts.add(f.count.low)
            if f.category is Category.KILLED and f.count.low == f.count.high == 1:
                dead_words.update(f.surface.lower().split())
            if f.category is Category.WOUNDED:
                if (
                    lead is not None
                    and untold
                    and f.span.start - lead.span.end <= _FATE_REACH
                    and _outcome_part(f, lead)
                    and f.count.low <= lead.count.low - taken
                ):
                    # "struck two men, killing one and injuring the other"
                    taken += f.count.low
                    fates.append((f, lead, f.count.low))
                    continue
                lead, taken, untold = f, 0, _untold_outcome(f)
                last_wounded = [f, 0]
                wounded.append(last_wounded)
                continue
            if f.cumulative and not _TOTAL_WORDS.isdisjoint(f.surface.lower().split()):
                continue  # "..., raising the death toll to four": a total, no one's fate
            wounded = [e for e in wounded if f.span.start - e[0].span.end <= _FATE_REACH]
            if lead is not None and taken >= f.count.low and _told_death(f):
                continue  # "..., one fatally. The man who died, 41, ...": that death again
            named = _named_again(f, wounded)
            if named is not None:
                named[1] += 1
                fates.append((f, named[0], 1))
                if named[0] is lead:
                    taken += 1
                continue
            if (
                last_wounded is not None
                and _wounded_died(f)
                and (taken if last_wounded[0] is lead else last_wounded[1]) + f.count.low
                <= last_wounded[0].count.low
            ):
                # "23 soldiers were killed and 17 wounded ... A local official
                # said six wounded soldiers had since died": theirs, however
                # far after them and whatever deaths of their own stand between
                if last_wounded[0] is lead:
                    taken += f.count.low
                else:
                    last_wounded[1] += f.count.low
                fates.append((f, last_wounded[0], f.count.low))
                continue
            if lead is None or f.span.start - lead.span.end > _FATE_REACH:
                lead = None
                continue
            if (
                _fate_of(f, lead)
                or _of_the_lead(f, lead)
                # ("Two of the wounded later died", "one died hours later in
                # hospital": the death's own words and those right after, as
                # one text with single spaces)
                or LATER_FATE_RE.search(
                    " ".join((f.surface + said_after(f, _LATER_AFTER)).lower().split())
                )
                # (more pronounced dead than the lead's people are no fate of
                # theirs: "Two men were killed and a third was wounded ... Two
                # were pronounced dead at the scene")
                or (_elided_part(f, lead) and f.count.low <= lead.count.low - taken)
                or (untold and _outcome_part(f, lead))
                or _named_part(f, lead)
            ):
                step = min(f.count.low, lead.count.low - taken)
                taken += step
                fates.append((f, lead, step))
            else:
                lead = None  # a death of its own: the lead is no longer right before
    return fates


#: A death whose group is named as wounded: "six wounded soldiers had since
#: died", "two injured workers later died".
_WOUNDED_DIED_RE = re.compile(
    r"^\S+ (?:of the )?(?:wounded|injured) [a-z]+ (?:[a-z]+ )?(?:since |later )?died\b"
)


def _wounded_died(f: Figure) -> bool:
    """Whether a death's own words name its group as wounded (:data:`_WOUNDED_DIED_RE`)."""
    return _WOUNDED_DIED_RE.search(f.surface.lower()) is not None


def _dead_one_again(f: Figure, dead_words: set[str]) -> bool:
    """
    Whether a single death named with "the" names again one told dead
    before it in its document, by the word after "the" ("a 19-year-old man
    is dead ... The 19-year-old, identified as ..., was pronounced dead";
    "One of them, the 19-year-old, ..."):
    that death again, no fate of the wounded between them.  ``dead_words``
    are the words of the single deaths told before it (one lookup).
    """
    words = f.surface.lower().split(maxsplit=_ONE_OF_REACH)
    if words[:2] == ["one", "of"]:
        # past a share set off before it: "One of them, the 19-year-old, was
        # rushed to a trauma centre, where he was pronounced dead"
        k = next((i + 1 for i, w in enumerate(words[:_ONE_OF_REACH]) if w.endswith(",")), 0)
        words = words[k:] if k else []
    if f.count.low != 1 or len(words) < 2 or words[0] != "the":
        return False
    if words[1].strip(",.;:") not in dead_words:
        return False
    # (and the noun after it, when it has one, of the dead one's sex: "the
    # 19-year-old woman" is not "a 19-year-old man"; "the 19-year-old
    # student" or "victim" may be)
    noun = words[2].split(maxsplit=1)[0].strip(",.;:") if len(words) > 2 else ""
    return words[1].endswith(",") or noun in dead_words or not _other_sex(noun, dead_words)


def _other_sex(noun: str, dead_words: set[str]) -> bool:
    """Whether ``noun`` is of one sex and the dead told before only of the other."""
    for one, other in ((lx.FEMALE_NOUNS, lx.MALE_NOUNS), (lx.MALE_NOUNS, lx.FEMALE_NOUNS)):
        if noun in one:
            return one.isdisjoint(dead_words) and not other.isdisjoint(dead_words)
    return False


#: How many words "one of ..." may take before the comma that sets it off.
_ONE_OF_REACH = 5


def _last_of_the_dead(f: Figure, dead_counts: set[int]) -> bool:
    """
    Whether a death is "the" ordinal of a count of the dead told before,
    its last ("Three people were killed ... Two of the dead were pronounced
    dead at the scene; the third died hours later"): one of those dead.
    """
    words = f.surface.lower().split()
    return len(words) > 1 and words[0] == "the" and lx.COUNTING_PLACES.get(words[1]) in dead_counts


def deaths_among_wounded(fates: Iterable[Fate]) -> int:
    """How many of the wounded died: the sum of what each fate takes off its lead."""
    return sum(step for _, _, step in fates)


def beside_other_deaths(figures: Iterable[Figure], fates: Iterable[Fate]) -> set[int]:
    """
    The ids of the deaths among the wounded whose lead's sentence also
    counts dead ("killing one person and wounding 12. One of the critically
    injured died"), or after a toll of the dead told before the wounded
    ("killing 38 people. Seven people were wounded ..., where two of them
    later died"): the dead counted beside the wounded are other people, so
    the later death adds to them and is never a repeat of them.
    """
    deaths: dict[tuple[Source, Span], list[int]] = defaultdict(list)
    first_death: dict[Source, int] = {}  # where each document's first own toll starts
    for f in figures:
        if f.category is Category.KILLED and f.sentence_span is not None:
            deaths[(f.source, f.sentence_span)].append(f.span.start)
            # (a toll of several: one death before the wounded may be a
            # headline's of their fate, "Man dies after shooting")
            if not f.cumulative and f.part_of is None and f.count.low > 1:
                first_death[f.source] = min(first_death.get(f.source, f.span.start), f.span.start)
    return {
        id(f)
        for f, lead, step in fates
        if f.category is Category.KILLED
        and step
        and lead.sentence_span is not None
        and (
            # a death of the lead's sentence other than this one
            any(
                start != f.span.start for start in deaths.get((lead.source, lead.sentence_span), ())
            )
            # or a toll told before the wounded ("killing 38 people ...
            # Seven people were wounded ..., where two of them later died")
            or first_death.get(lead.source, lead.span.start) < lead.span.start
        )
    }
