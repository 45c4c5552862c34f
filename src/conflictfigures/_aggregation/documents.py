"""
Rules that read one document's structure before its counts are added
(docs/aggregation.md): a count told about another event is background (rule
0c), a part named "among the dead" is inside the count (2c), later counts
detail a first sentence's summary (2d), a total told after its parts
takes them in (2e); rule 5 (the wounded who die) is in
:mod:`~conflictfigures._aggregation.fates`.  Each is linear in the
document's figures.
"""

from __future__ import annotations

import datetime as dt
import functools
import itertools
import re
from collections import defaultdict
from typing import TYPE_CHECKING, Any, Literal

import attrs

from conflictfigures import _lexicon as lx
from conflictfigures._aggregation.results import (
    DATE_TOLERANCE,
    Claim,
    ClaimKey,
    ClaimKind,
    Estimate,
    holds,
    scopes_agree,
)
from conflictfigures._groups import FOUGHT_ROLES
from conflictfigures._places import is_unplaced
from conflictfigures.models import Category, Qualifier

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Iterator

    from conflictfigures.models import Figure, Source, Span


class Unit:
    """Claims a tally counts once (a repeated mention joins the first)."""

    __slots__ = ("claims", "estimate", "lists", "total")

    def __init__(self, claim: Claim, est: Estimate) -> None:
        self.claims = [claim]
        self.estimate = est
        #: The lists its figures are members of (see :func:`list_ids`).
        self.lists: set[tuple[Any, ...]] = set()
        self.total = claim.key.kind is ClaimKind.TOTAL and any(f.cumulative for f in claim.figures)

    @property
    def key(self) -> ClaimKey:
        return self.claims[0].key


#: What may stand between two members of one list ("one child, one teenager
#: and two adults").
_LIST_GAPS = frozenset({"", "and", "or", "as well as", "along with", "together with"})


def _set_off(piece: str) -> bool:
    """
    Whether words set off by commas after a list member name it again: an
    age ("his father, 52, and his brother"), an appositive ("his father, a
    retired teacher, and"), a name ("a priest, Father Kingsley Eze, and").
    """
    first = (piece.split() or [""])[0]
    return piece.isdecimal() or first.lower() in ("a", "an") or first[:1].isupper()


def between(a: Figure, b: Figure) -> str | None:
    """The words of ``a``'s sentence between ``a`` and a later ``b``, else ``None``."""
    sentence_span = a.sentence_span
    if a.sentence is None or sentence_span is None or b.span.start < a.span.end:
        return None
    offset = sentence_span.start
    return a.sentence[a.span.end - offset : b.span.start - offset]


def plain(gap: str) -> str:
    """A gap's words, lower-cased, without commas, one space apart."""
    return " ".join(gap.replace(",", " ").split()).lower()


#: How many texts :func:`words_in` keeps the words of.
_TEXTS_HELD = 256


@functools.lru_cache(maxsize=_TEXTS_HELD)
def words_in(text: str | None) -> frozenset[str]:
    """
    A text's words in lower case, without the punctuation around them (kept
    for the last texts asked about: the figures of one long sentence ask
    about it again and again, and stay linear).
    """
    return frozenset(w.strip(".,;:!?\"'()[]-") for w in (text or "").lower().split())


def head_word(f: Figure) -> str:
    """The last word of a figure's group, lower-cased ("" without a group)."""
    return (f.subject or "").lower().rsplit(" ", 1)[-1]


def unrecovered_dead(f: Figure) -> bool:
    """
    Whether a count of the dead by a noun of the dead ("bodies") tells them
    still where they died, in its words or right after them
    (:data:`lx.UNRECOVERED_PHRASES`: "at least 30 bodies were still under
    the rubble", "30 bodies were yet to be recovered"): dead beyond those a
    toll told before counts, as "30 more bodies" are; not those a
    determiner or a part names again ("The 30 bodies", "Twelve of the
    bodies", "all 30").
    """
    head = head_word(f)
    if f.category is not Category.KILLED or lx.SELF_COUNTING_NOUNS.get(head) is not Category.KILLED:
        return False
    said = f"{f.surface} {said_after(f, _UNRECOVERED_REACH)}".lower().split()
    words = [w.strip(lx.WORD_EDGES) for w in said]
    # (the word before the count, and its words up to its noun)
    before = said_before(f, _DETERMINER_REACH, words=False).split()[-1:]
    named = [*(w.strip(lx.WORD_EDGES) for w in before), *words]
    if any(w in lx.DETERMINERS or w == "all" for w in itertools.takewhile(head.__ne__, named)):
        return False
    return any(
        tuple(words[k : k + len(phrase)]) == phrase
        for k in range(len(words))
        for phrase in _UNRECOVERED_BY_FIRST.get(words[k], ())
    )


#: The phrases of the dead still where they died, by their first word.
_UNRECOVERED_BY_FIRST = {
    first: tuple(p for p in lx.UNRECOVERED_PHRASES if p[0] == first)
    for first in {p[0] for p in lx.UNRECOVERED_PHRASES}
}
#: How far after a count of the dead the words of where they lie are read.
_UNRECOVERED_REACH = 40
#: How far before a count the determiner that names its people again is read.
_DETERMINER_REACH = 8


def listed_after(a: Figure, b: Figure) -> bool:
    """Whether ``b`` follows ``a`` in one list: one sentence, nothing between but a joiner."""
    gap = between(a, b)
    if gap is None:
        return False
    pieces = [p.strip() for p in gap.split(",")]
    if len(pieces) >= 3 and not pieces[0] and _set_off(pieces[1]):
        gap = ",".join(pieces[2:])
    return len(gap) < 16 and plain(gap) in _LIST_GAPS


#: Words that make a figure a part of a count given elsewhere ("three
#: journalists were among the dead"; the first member of "Among the dead were
#: four policemen and ...", "The dead included two journalists and ...").
_AMONG = (" among the ", " among those ", " included ", " include ", " includes ")


def _among_figures(incidents: list[Unit]) -> set[int]:
    """
    The ``id`` of each figure that names a part with the words of
    :data:`_AMONG`, and of each member listed after one (the further members
    of "Among the dead were four policemen and two children").
    """
    figures = sorted(
        (f for u in incidents for c in u.claims for f in c.figures),
        key=lambda f: (str(f.source), f.span.start),
    )
    among: set[int] = set()
    previous: Figure | None = None
    for f in figures:
        if any(w in " " + f.surface.lower() for w in _AMONG) or (
            previous is not None and id(previous) in among and listed_after(previous, f)
        ):
            among.add(id(f))
        previous = f
    return among


#: Nouns of the dead found or recovered: a count of them beside a larger
#: count of the dead in its sentence is how many of those were found.
BODY_NOUNS = lx.BODY_NOUNS


def _bodies_within(incidents: list[Unit]) -> set[int]:
    """
    The indices of the units that count bodies found of a larger count of
    the dead in their sentence ("Some 200 people perished ..., although only
    78 bodies had been recovered"): parts, not more dead.
    """
    largest: dict[tuple[Source, Span | None], int] = defaultdict(int)
    for u in incidents:
        for c in u.claims:
            for f in c.figures:
                if head_word(f) not in BODY_NOUNS:
                    key = (f.source, f.sentence_span)
                    largest[key] = max(largest[key], u.estimate.best)
    return {
        i
        for i, u in enumerate(incidents)
        if all(
            head_word(f) in BODY_NOUNS
            and f.sentence_span is not None
            and largest.get((f.source, f.sentence_span), 0) > u.estimate.best
            for c in u.claims
            for f in c.figures
        )
    }


def parts_dropped(incidents: list[Unit]) -> list[Unit]:
    """
    Rule 2c: "at least 30 people were killed ... three journalists were
    among the dead": a part named with "among" is inside what the same
    document counts besides (but people "also" killed), when that is at
    least as large, and is not counted again; so are the bodies found of a
    larger count of the dead in their sentence (:func:`_bodies_within`).
    """
    found = _bodies_within(incidents)
    if found:
        incidents = [u for i, u in enumerate(incidents) if i not in found]
    parts = _among_figures(incidents)
    if not parts:
        return incidents
    among = [all(id(f) in parts for c in u.claims for f in c.figures) for u in incidents]
    # what each document counts besides, unit by unit
    wholes: dict[Source, list[Unit]] = defaultdict(list)
    for u, part in zip(incidents, among, strict=True):
        # (people "also" killed are beside the part, not a whole it is in:
        # "Among the dead were 13 U.S. service members; at least 170 Afghans
        # were also killed")
        if not part and not all(
            " also " in f" {f.surface.lower()} " for c in u.claims for f in c.figures
        ):
            for source in {f.source for c in u.claims for f in c.figures}:
                wholes[source].append(u)
    return [
        u
        for u, part in zip(incidents, among, strict=True)
        if not part
        or not any(
            _whole_of(wholes.get(f.source, []), u) >= u.estimate.best
            for c in u.claims
            for f in c.figures
        )
    ]


def _whole_of(wholes: list[Unit], part: Unit) -> int:
    """
    What a document counts besides a part that people of the part's kind
    may be in: no count of another kind (:func:`units_of_other_kinds`: "at
    least 11 children were killed ... two adults were also among the dead"
    are 13), -1 for none.
    """
    kept = [u.estimate.best for u in wholes if not units_of_other_kinds(u, part)]
    return sum(kept) if kept else -1


def units_of_other_kinds(a: Unit, b: Unit) -> bool:
    """
    Whether two units count kinds of people no one is of both
    (`lx.OTHER_KINDS`): on one axis, every word of kind in the one's group
    and words is of one side, and every such word of the other's of the
    other side ("children" and "two adults"; not "two men and one woman" and
    "a 31-year-old woman", nor "30 women and children" and "Twelve children").
    """
    return _apart(
        _kinds([f for c in a.claims for f in c.figures]),
        _kinds([f for c in b.claims for f in c.figures]),
    )


def figures_of_other_kinds(a: Figure, b: Figure) -> bool:
    """:func:`units_of_other_kinds` for two figures."""
    return _apart(_kinds([a]), _kinds([b]))


def _apart(kinds_a: list[set[int]], kinds_b: list[set[int]]) -> bool:
    return any(
        len(ka) == 1 and len(kb) == 1 and ka != kb for ka, kb in zip(kinds_a, kinds_b, strict=True)
    )


def _kinds(figures: list[Figure]) -> list[set[int]]:
    """For each axis of `lx.OTHER_KINDS`, the sides the figures' words name (0, 1 or both)."""
    words: set[str] = set()
    for f in figures:
        for text in (f.subject or "", f.surface):
            words.update(_letters(text))
        words.update(_kinds_after(f))
    return [
        {side for side, nouns in enumerate(axis) if not nouns.isdisjoint(words)}
        for axis in lx.OTHER_KINDS
    ]


#: How many words after a figure's own a group's further nouns may run.
_KINDS_AFTER = 6
#: Every noun of kind, and what may join them ("30 men, women and children").
_KIND_WORDS = frozenset().union(*(side for axis in lx.OTHER_KINDS for side in axis))
_KIND_JOINERS = frozenset({"and", "or"})


def _letters(text: str) -> list[str]:
    """A text's words of letters, lower-cased (punctuation as spaces)."""
    return "".join(ch if ch.isalpha() else " " for ch in text.lower()).split()


def _kinds_after(f: Figure) -> list[str]:
    """
    The nouns of kind right after a figure's words that its group goes on
    with ("killed 30 men, women and children": women, children), read while
    only such nouns and joiners follow.
    """
    if f.sentence is None or f.sentence_span is None:
        return []
    start = f.span.end - f.sentence_span.start
    found: list[str] = []
    for word in _letters(f.sentence[start : start + 60])[:_KINDS_AFTER]:
        if word in _KIND_WORDS:
            found.append(word)
        elif word not in _KIND_JOINERS:
            break
    return found


def member_heads(f: Figure) -> list[str]:
    """The head of each member of a figure's group ("men and one woman": men, woman)."""
    return [
        member.rsplit(" ", 1)[-1]
        for member in (f.subject or "").lower().replace(",", " and ").split(" and ")
        if member.strip()
    ] or [""]


def sentences_of(unit: Unit) -> set[tuple[Source, Span | None]]:
    return {(f.source, f.sentence_span) for c in unit.claims for f in c.figures}


def risen_toll(f: Figure) -> bool:
    """
    Whether a figure is a toll risen to its number with no period ("The
    death toll ... rose to 43 on Sunday"): a day's rise told after it
    ("11 more people lost their lives in the last 24 hours") is inside it.
    """
    return f.cumulative and f.period is None and not lx.RISE_WORDS.isdisjoint(words_in(f.surface))


def first_in_each_document(
    figures: Iterable[Figure], keep: Callable[[Figure], bool]
) -> dict[Source, Figure]:
    """The first figure (by position) of each document that ``keep`` accepts."""
    firsts: dict[Source, Figure] = {}
    for f in figures:
        first = firsts.get(f.source)
        if (first is None or f.span.start < first.span.start) and keep(f):
            firsts[f.source] = f
    return firsts


def _first_sentence(unit: Unit) -> set[tuple[Source, Span | None]]:
    """The sentence of a unit's first-told figure (as :func:`sentences_of` gives sentences)."""
    first = min((f for c in unit.claims for f in c.figures), key=lambda f: f.span.start)
    return {(first.source, first.sentence_span)}


#: Words that set an incident apart from the one told before ("In a
#: separate attack", "Elsewhere", "Additionally", "two other attacks").
_SEPARATE = (
    "separate",
    "elsewhere",
    "additional",
    "in addition",
    "meanwhile",
    "moreover",
    "earlier",
    "later",
    "same day",
    "also",
    "further",
    "incident",
    "reprisal",
    "retaliat",
    "follow-up",
    "counter-attack",
    "counterattack",
    " then ",
)


#: A victim's own fate told later ("died later in hospital", "later
#: succumbed", "died hours later"): the same people, not a separate incident.
LATER_FATE_RE = re.compile(
    r"\b(?:later (?:died|succumbed|passed away|was pronounced|were pronounced)"
    r"|(?:died|succumbed|passed away|pronounced dead)"
    r" (?:(?:hours|days|minutes|a day|an hour|a week) )?later)\b"
)


#: Words that set a figure apart only before its own words in its sentence
#: ("Another two died"; not "..., and three other children were injured").
SEPARATE_BEFORE = ("another", "other ")


def _after_sets_apart(sentence: str) -> bool:
    """Whether " after " stands in a (lower-case) sentence other than right after a harm.

    "After" sets a sentence's figures apart ("After the attack, police killed
    three"), but not right after a word of harm (`lx.HARM_WORDS`), where it
    tells the harm's cause ("17 students were burned to death after the
    militants set a dormitory on fire, while 20 others were shot": the same
    attack).
    """
    k = sentence.find(" after ")
    while k >= 0:
        if sentence[max(0, k - _HARM_CHARS) : k].rsplit(" ", 1)[-1] not in lx.HARM_WORDS:
            return True
        k = sentence.find(" after ", k + 1)
    return False


#: How many characters the word before "after" is looked for in: the longest
#: word of harm and the space before it.
_HARM_CHARS = 1 + max(map(len, lx.HARM_WORDS))

#: What marks a lead sentence as the summary of several incidents ("a string
#: of attacks across Iraq", "explosions in central Iraq", "in two attacks"):
#: a plural incident noun or a word of spread (not a crossing: "taken across
#: the border into Congo").
SUMMARY_RE = re.compile(
    r"\b(?:"
    + "|".join(sorted(w for w in lx.INCIDENT_NOUNS if w.endswith("s")))
    + r"|across(?!\s+the\s+(?:border|frontier|river|road|street|line)\b)"
    + r"|throughout|string of|series of|wave of|spate of)\b"
)


def sums_several(sentence: str | None) -> bool:
    """Whether a sentence sums several incidents (:data:`SUMMARY_RE`: "Air strikes killed 21")."""
    return sentence is not None and SUMMARY_RE.search(sentence.lower()) is not None


#: How many days after a summary count its exact parts may be told.
_PARTS_LATER = dt.timedelta(days=7)


def may_detail(
    scope: ClaimKey, unit: Unit, *, summary: bool, parts: bool, later: bool = False
) -> bool:
    """
    Whether a later unit can detail a lead's scope: scopes agree, and no
    word sets it apart in its sentence ("another", "other" only before its
    own words).  After a summary lead, a place the gazetteer does not know
    may lie inside the lead's ("across Iraq" ... "in Mahmoudiyah"); when
    the later counts are its parts (they add up to it exactly), no word
    sets them apart ("Other bombings in Kirkuk killed 10") and a lead
    without a place takes in theirs.
    """
    key = attrs.evolve(unit.key, group=None)
    if parts and summary:
        # the exact parts of a summary of several incidents may be of any
        # side ("Four UN mission staff were killed in two attacks. A Chinese
        # peacekeeper was killed in the first ...")
        key = attrs.evolve(key, side=scope.side)
    if (
        (summary or later)
        and scope.place is not None
        and key.place is not None
        and is_unplaced(key.place)
    ):
        key = attrs.evolve(key, place=None)
    # A lead without a place takes in placed counts only when they are its
    # exact parts ("across several cities ... 72 in Baghdad ... 54 in Kirkuk").
    places: Literal["inside", "inside_known"] = "inside" if parts else "inside_known"
    if not scopes_agree(scope, key, places=places) or (
        scope.date is not None
        and key.date is not None
        and abs(scope.date - key.date) > DATE_TOLERANCE
        # exact parts may be told on the days after ("seven bodies had been
        # recovered by Tuesday ... two people succumbed on Wednesday")
        and not ((parts or later) and dt.timedelta(0) < key.date - scope.date <= _PARTS_LATER)
    ):
        return False
    if parts:
        return True
    for c in unit.claims:
        for f in c.figures:
            sentence = LATER_FATE_RE.sub(" ", (f.sentence or "").lower())
            before = said_up_to(f)
            if (
                _holds_separate(sentence)
                or any(w in before for w in SEPARATE_BEFORE)
                # (the bodies of "all" the dead, found "after" anything, are
                # still the dead counted: "Officers found the bodies of all
                # eight after going to the house for a welfare check")
                or (_after_sets_apart(sentence) and not _all_bodies(f))
            ):
                return False
    return True


def _all_bodies(f: Figure) -> bool:
    """Whether a figure counts the bodies of "all" ("the bodies of all eight")."""
    return head_word(f) in BODY_NOUNS and "all" in f.surface.lower().split()


def _holds_separate(sentence: str) -> bool:
    """
    Whether a lower-case sentence (its later fates cut out) holds a word of
    :data:`_SEPARATE`, or opens on a time before the story's ("Before taking
    over the school the guerrillas had shot dead two women").
    """
    return any(w in sentence for w in _SEPARATE) or sentence.lstrip().startswith("before ")


#: The longest period of one incident's few days ("since Saturday"), not a war's months.
INCIDENT_DAYS = 7


def of_a_few_days(f: Figure) -> bool:
    """Whether a count has no period, or one of an incident's few days (:data:`INCIDENT_DAYS`)."""
    period = f.period
    return period is None or (
        period.start is not None
        and period.end is not None
        and (period.end - period.start).days <= INCIDENT_DAYS
    )


def says_separate(sentence: str | None) -> bool:
    """
    Whether a sentence, its victims' later fates cut out ("died later in
    hospital"), holds a word that sets its counts apart (:data:`_SEPARATE`).
    """
    return _holds_separate(LATER_FATE_RE.sub(" ", (sentence or "").lower()))


def by_document(incidents: list[Unit]) -> list[list[tuple[int, Unit]]]:
    """
    The units of each document that holds two or more, each with where its
    first figure starts, in the document's order (units told by one document
    only).
    """
    by_source: dict[Source, list[tuple[int, Unit]]] = defaultdict(list)
    for u in incidents:
        figures = [f for c in u.claims for f in c.figures]
        if len({f.source for f in figures}) == 1:
            by_source[figures[0].source].append((min(f.span.start for f in figures), u))
    return [sorted(found, key=lambda su: su[0]) for found in by_source.values() if len(found) > 1]


def said_before(figure: Figure, reach: int, *, words: bool) -> str:
    """
    At most ``reach`` characters of the figure's sentence before its words
    (and the words, with ``words``), lower-cased: a bounded window, so that
    many figures in one long sentence cost linear time.  Without a sentence,
    the words alone, or nothing.
    """
    if figure.sentence is None or figure.sentence_span is None:
        return figure.surface.lower() if words else ""
    start = figure.span.start - figure.sentence_span.start
    end = figure.span.end - figure.sentence_span.start if words else start
    return figure.sentence[max(0, start - reach) : end].lower()


def said_after(figure: Figure, reach: int) -> str:
    """
    At most ``reach`` characters of the figure's sentence right after its
    words, lower-cased (nothing without a sentence): a bounded window.
    """
    if figure.sentence is None or figure.sentence_span is None:
        return ""
    end = figure.span.end - figure.sentence_span.start
    return figure.sentence[end : end + reach].lower()


def said_up_to(figure: Figure) -> str:
    """The figure's sentence up to the end of its words, lower-cased: what sets it apart."""
    if figure.sentence is None or figure.sentence_span is None:
        return figure.surface.lower()
    return figure.sentence[: figure.span.end - figure.sentence_span.start].lower()


def _other_side(lead_groups: set[str | None], group: str | None) -> bool:
    """
    Whether a later count's group is on the other side of a lead's: fighters
    after a lead that counts only the roles they fight, or one of those
    roles after a lead of fighters only ("Three militants were killed ...
    One soldier drowned": no detail of the three). A group of no known role
    ("his associates") may be either.
    """
    if group == "fighters":
        return lead_groups <= FOUGHT_ROLES
    return group in FOUGHT_ROLES and lead_groups == {"fighters"}


def details_dropped(incidents: list[Unit]) -> list[Unit]:
    """
    Rule 2d: "a string of attacks left 75 dead ... the wave began with 8
    bombings in Baghdad that killed 30": when the counts of a document's
    first sentence with a count (at least two people) add up to at least
    the sum of its later counts, every later count's scope lies inside it
    (side agrees, its place unknown or inside the lead's, dates near; the
    groups may be parts of its own) and no word sets a later one apart ("in a separate attack",
    "elsewhere", "additionally", "another"), the later counts detail it and
    are not counted again.
    """
    drop: set[int] = set()
    for found in by_document(incidents):
        lead = found[0][1]
        # The lead sentence's counts are the summary together ("killing
        # three civilians and three police officers"); later sentences detail
        # (the lead's first sentence: a lead told again later, "Of the four
        # injured, ...", leaves that later sentence's counts its details).
        said = _first_sentence(lead)
        summary = [u for _, u in found if not said.isdisjoint(sentences_of(u))]
        later = [u for _, u in found if said.isdisjoint(sentences_of(u))]
        whole = sum(u.estimate.best for u in summary)
        told = sum(u.estimate.best for u in later)
        if later and whole >= 2 and told > whole:
            # more told later than the lead: the lead's exact parts right
            # after it are still its details ("The tornado was responsible for
            # 17 fatalities. Thirteen people were killed in Rolling Fork, and
            # four more died in Silver City. ... the outbreak caused 21 deaths")
            drop.update(id(u) for u in _parts_right_after(found, said, lead, whole))
            continue
        if not later or whole < 2:
            continue
        if (
            all(f.count.stated is None for u in summary for c in u.claims for f in c.figures)
            and all(f.count.stated is not None for u in later for c in u.claims for f in c.figures)
            and all(holds(u.estimate, told) for u in summary)
        ):
            # "caused several injuries ... Three persons sustained minor
            # injuries": words without a number yield to the number within
            # their range (rule 2b)
            continue
        scope = attrs.evolve(lead.key, group=None)
        several = any(
            SUMMARY_RE.search(f.sentence.lower())
            for c in lead.claims
            for f in c.figures
            if f.sentence is not None
        )
        # Two or more later counts that add up to the summary are its parts,
        # after a summary of incidents or a count of anyone ("Three deaths
        # occurred in the county ... One homeless man died ... A woman and a
        # man also died").
        parts = len(later) > 1 and told == whole and (several or of_anyone(summary))
        # (a lead of anyone, "people", holds both sides: "killing at least 12
        # people ... at least eight of its fighters were killed")
        groups: set[str | None] = (
            {None} if any(anyone_told(summary)) else {u.key.group for u in summary}
        )
        if all(
            may_detail(scope, u, summary=several, parts=parts)
            and not _other_side(groups, u.key.group)
            # (nor people of another kind than the lead's: "At least eight
            # children were killed ... Four women were killed")
            and any(not units_of_other_kinds(w, u) for w in summary)
            # (nor the hurt who died since: "Gunmen killed 12 villagers. Two
            # of the wounded later died in hospital" are 14 dead)
            and not _deaths_of_the_hurt(u)
            for u in later
        ):
            drop.update(id(u) for u in later)
    return [u for u in incidents if id(u) not in drop] if drop else incidents


def _deaths_of_the_hurt(unit: Unit) -> bool:
    """
    Whether a unit counts deaths among those hurt before ("Two of the
    wounded later died": its group is the hurt), no part of a count of the
    dead told before.
    """
    return all(
        f.category is Category.KILLED
        and lx.STATE_GROUPS.get(head_word(f) or "") is Category.WOUNDED
        for c in unit.claims
        for f in c.figures
    )


def _parts_right_after(
    found: list[tuple[int, Unit]], said: set[tuple[Source, Span | None]], lead: Unit, whole: int
) -> list[Unit]:
    """
    The later units right after the lead's sentence, two or more, in their
    document's order, that add up to the lead's exact count, each of no
    larger scope than the lead's and no further group of its own ("two
    other", "another" aside, "more" is a part's word here): the lead told
    again in its parts. Empty when none do.
    """
    if any(f.count.qualifier is not Qualifier.EXACT for c in lead.claims for f in c.figures):
        return []
    scope = attrs.evolve(lead.key, group=None)
    run: list[Unit] = []
    total = 0
    for _, u in found:
        if not said.isdisjoint(sentences_of(u)):
            continue  # (the lead's own sentence)
        if u.estimate.low != u.estimate.best or u.estimate.high != u.estimate.best:
            return []
        if not may_detail(scope, u, summary=False, parts=True):
            return []
        run.append(u)
        total += u.estimate.best
        if total == whole:
            return run if len(run) > 1 else []
        if total > whole:
            return []
    return []


def anyone_told(units: list[Unit]) -> Iterator[bool]:
    """For each figure of ``units``, whether it counts people of no kind ("Three deaths")."""
    return (
        f.subject is None or head_word(f) in lx.NO_KIND_HEADS
        for u in units
        for c in u.claims
        for f in c.figures
    )


def of_anyone(units: list[Unit]) -> bool:
    """Whether every figure of ``units`` counts people of no kind ("Three deaths occurred")."""
    return all(anyone_told(units))


def kept_beside_own(figures: list[Figure], marked: list[bool]) -> list[Figure]:
    """
    The figures less the marked ones whose document has an unmarked figure
    of their category (rules 0c and 0e): a marked count stands only alone.
    """
    if not any(marked):
        return figures
    own = {(f.source, f.category) for f, m in zip(figures, marked, strict=True) if not m}
    return [
        f
        for f, m in zip(figures, marked, strict=True)
        if not m or (f.source, f.category) not in own
    ]


#: A sentence that opens on an event named with "the" or a day's possessive
#: ("The raid on April 20 killed 11", "The earthquake that struck on April 25
#: killed", "Monday's attack killed five"): the story's event told again,
#: not an earlier one.
THE_EVENT_RE = re.compile(
    r"(?:the|(?:"
    + "|".join(lx.WEEKDAYS)
    + r")'s) (?:[a-z-]+ ){0,2}(?:"
    + "|".join(sorted(w for w in lx.INCIDENT_NOUNS | lx.DISASTER_NOUNS if w.isalpha()))
    + r")\b"
)


#: Words between a sentence's event and a count that put the count in a
#: clause of another event ("The attack came two days after a military
#: operation ... killed 11").
_OTHER_EVENT_WORDS = lx.CAME_AFTER_VERBS | {"after", "before"}


def opens_on_the_event(figure: Figure) -> bool:
    """
    Whether a figure's sentence opens on an event named with "the"
    (:data:`THE_EVENT_RE`) whose count it is: no word of another event's
    clause between them (:data:`_OTHER_EVENT_WORDS`).
    """
    sentence = (figure.sentence or "").lower()
    found = THE_EVENT_RE.match(sentence)
    if found is None:
        return False
    start = figure.span.start - (figure.sentence_span.start if figure.sentence_span else 0)
    parts = sentence[found.end() : max(start, 0)].split(",")
    # (not the words of an aside set off by commas: "The raid on March 1,
    # launched after a shooting attack on settlers, killed 11" is the raid's;
    # "The attack came two days after a raid in Lanao, Mindanao, killed 11" not)
    return _OTHER_EVENT_WORDS.isdisjoint(parts[0].split() + parts[-1].split())
