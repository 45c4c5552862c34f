"""
Sums: the people of a list that one verb counts are one figure ("two
soldiers, 4 civilians and a police officer were killed": 7), but the
members of a list of parts stay parts each ("including a priest and four of
his relatives": parts of 1 and 4, as readers code them, no part of 5); a
possessive said once counts each kin after it ("killed his wife, daughter
and son").
"""

from __future__ import annotations

import copy
from typing import TYPE_CHECKING

from conflictfigures import _lexicon as lx
from conflictfigures._extraction.chunks import aged
from conflictfigures._extraction.heads import group_class, head_word
from conflictfigures._extraction.lists import bare_kin
from conflictfigures._extraction.numbers import NumberReading, count_word, read_number
from conflictfigures._extraction.reading import Reading
from conflictfigures._extraction.text import GLUED
from conflictfigures.models import Category, Qualifier

if TYPE_CHECKING:
    from collections.abc import Callable, Set as AbstractSet

    from conflictfigures._extraction.text import Token

__all__ = ["elided_kin", "list_sums", "parts_kept", "restated_in_parts"]


#: How many people a list with an elided possessive may add.
_ELIDED_MEMBERS = 6


def elided_kin(tokens: list[Token], readings: list[Reading]) -> list[Reading]:
    """
    ``POSSESSIVE PERSON ("," PERSON)* ("," | "and") PERSON``: the further
    members of a list whose possessive is said once, each a bare noun for
    one person after an active figure of one's own ("killed his wife,
    daughter and son": three); the readings with those members after their
    list's first.
    """
    out: list[Reading] = []
    n = len(tokens)
    for r in readings:
        out.append(r)
        if not (r.active and r.number.stated == 1 and r.np[1] == r.np[0] + 1 and r.np[0] > 0):
            continue
        if tokens[r.np[0] - 1].low not in lx.POSSESSIVES:
            continue
        k, added = r.last, 0
        while k + 1 < n and added < _ELIDED_MEMBERS and tokens[k].low in (",", "and"):
            m = k + 1 if tokens[k].low == "and" or tokens[k + 1].low != "and" else k + 2
            if m >= n:
                break
            low = tokens[m].low
            if not bare_kin(tokens[m]):
                break
            end = m + 1
            if end < n and tokens[end].low not in (",", "and", ".") and not tokens[end].is_word:
                break
            member = Reading(NumberReading(m, end, 1, Qualifier.EXACT), r.category)
            member.np, member.head, member.active, member.listed = (m, end), low, True, True
            member.side = r.side
            out.append(member)
            k, added = end, added + 1
    return out


def _kin_member(tokens: list[Token], r: Reading) -> bool:
    """Whether a list member is named by a possessive ("his wife", "their three children")."""
    k = min(r.number.first, r.np[0])
    return (k > 0 and tokens[k - 1].low in ("his", "her", "their")) or (
        k < len(tokens) and tokens[k].low in ("his", "her", "their")
    )


#: The qualifiers a list's first member may give the whole ("At least 20
#: students and two teachers were killed": at least 22).
_SUM_LEADS = frozenset({Qualifier.EXACT, Qualifier.AT_LEAST, Qualifier.MORE_THAN, Qualifier.ABOUT})


def _two_sides(tokens: list[Token], prev: Reading, r: Reading) -> bool:
    """
    Whether one of two list members names a state's forces and the other
    those they fight, or one the attackers and the other not.
    """
    a = {t.low for t in tokens[prev.np[0] : prev.np[1]]}
    b = {t.low for t in tokens[r.np[0] : r.np[1]]}
    return bool(
        (a & lx.FORCE_WORDS and b & lx.FIGHTER_WORDS)
        or (a & lx.FIGHTER_WORDS and b & lx.FORCE_WORDS)
        # ("Two hostages and three kidnappers": victims and their captors)
        or (prev.head in lx.ESCAPING_NOUNS) != (r.head in lx.ESCAPING_NOUNS)
    )


def _same_side(tokens: list[Token], prev: Reading, r: Reading, kin: bool) -> bool:
    """
    Whether two list members may be of one count by their sides: the same
    side; one's kin are of one's side ("an American nurse and her
    daughter"); an unarmed member a people's name sides beside one no word
    sides ("A woman and a Japanese man were killed": 2); armed men, two
    nations and an attacker who dies stay apart.
    """
    if r.side == prev.side or (kin and r.side is None):
        return True
    sides = (prev.side, r.side)
    # (an unsided member beside an unarmed one a people's name sides; not
    # "Five Russian soldiers and two civilians", nor two nations, "Two
    # Israelis and three Palestinians were killed in the clashes": two sides)
    unsided = prev if prev.side is None else r
    return (
        None in sides
        # (single people, as a list of the dead one by one names them; not a
        # group and who they were: "three suspected smugglers, a Turkish
        # national and two Pakistanis")
        and prev.number.stated == 1
        and r.number.stated == 1
        and all(side is None or side in _NATIONS for side in sides)
        and not any(_armed(x) for x in (prev, r))
        # (the unsided member a common noun, not a people the lexicon does
        # not know: "four Chinese and one Briton" stay apart)
        and not (unsided.np[1] > unsided.np[0] and tokens[unsided.np[1] - 1].is_capitalized)
    )


#: The sides a people's name gives (countries), as against an armed group's
#: ("three Hamas commanders, two women and a child": two counts).
_NATIONS = frozenset(lx.COUNTRY_DEMONYMS.values())


def _armed(r: Reading) -> bool:
    """Whether a list member's words name armed men or a side's settlers."""
    return r.head is not None and (r.head in lx.ARMED_WORDS or r.head in ("settler", "settlers"))


def _joins_sum(
    tokens: list[Token],
    prev: Reading,
    last: Reading,
    r: Reading,
    kin: bool,
    *,
    known: bool,
    told: bool,
) -> bool:
    """
    Whether list member ``r`` adds its people to the figure ``prev`` before
    it (a sum's first member), whose last member is ``last`` (``prev``
    itself if it is no sum); ``known``: whether the story counted people of
    its category before; ``told``: whether the figure so far has parts told
    of it ("including two children").
    """
    if not (
        r.listed
        and r.category is prev.category
        and not r.category.is_equipment
        # (places' stocks stay apart: "Turkey hosts 3.2 million, Lebanon 800,000")
        and r.category not in lx.DISPLACEMENT_CATEGORIES
        # (a member with its own group: not "12 in Bihar, 9 in Assam", "and
        # another"; an age names one person: "a 2-year-old boy and a 13-year-old")
        and (r.np[1] > r.np[0] or aged(tokens, r.number))
        and tokens[r.number.first].low != "another"
        # (a gapped member told apart: "7 at Amo and 2 more at Kubwa")
        and tokens[r.np[1] - 1].low != "more"
        and _same_side(tokens, prev, r, kin)
        and r.cumulative == prev.cumulative
        and r.number.qualifier is Qualifier.EXACT
        and prev.number.qualifier in _SUM_LEADS
        and r.number.stated is not None
        and prev.number.stated is not None
    ):
        return False
    if known and any(
        x.number.stated == 1 and tokens[x.number.first].low == "the" for x in (last, r)
    ):
        # "captured a sub-commander ... detained the commander and two of his
        # associates": one the story told of before, whom the tally matches
        return False
    if _two_sides(tokens, last, r):
        return False  # "14 security personnel and 21 militants": two counts
    # (not after an appositive: "its two occupants - a man and his son",
    # "injuring two people; a woman and a child")
    return not any(
        tokens[m].text == ";"
        or (
            tokens[m].text in lx.DASHES
            and (tokens[m].gap != GLUED or tokens[m + 1].low in lx.ARTICLE_WORDS)
        )
        for m in range(last.first, r.first)
    ) and (kin or not told)


def _told_parts(r: Reading) -> list[Reading]:
    """The parts told of a reading ("including two children"), not its list's members."""
    members = r.members or ()
    return [p for p in r.parts or () if not any(p is m for m in members)]


#: The words that join a list's last member ("two soldiers, 4 civilians and a
#: police officer").
_LAST_JOINERS = frozenset({"and", "&", "plus"})


#: Heads that name people as no group of their own: members after them and a
#: comma say who they were ("killing two civilians, a 7-year-old girl and her
#: grandmother"; "four members of the same family, a mother and three of her
#: children").
_SOME_PEOPLE = frozenset(
    {"people", "persons", "individuals", "others", "civilians", "members", "relatives"}
    | {"residents", "villagers"}
)


#: How many members after a group of a role are summed to compare with it.
_AS_MANY_REACH = 6


def _as_many_after(tokens: list[Token], readings: list[Reading], i: int) -> bool:
    """
    Whether the reading before ``i`` counts people of a role
    (``lx.ROLE_PEOPLE``) and the list that starts at ``i``, up to its member
    after "and", counts as many: who they were, not more of them.
    """
    prev = readings[i - 1]
    if prev.head not in lx.ROLE_PEOPLE or prev.number.stated is None:
        return False
    total = 0
    for k in range(i, min(len(readings), i + _AS_MANY_REACH)):
        r = readings[k]
        if r.category is not prev.category or r.number.stated is None or _staff_of(prev, r):
            return False
        total += r.number.stated
        if k > i and any(t.low in _LAST_JOINERS for t in tokens[readings[k - 1].last : r.first]):
            return total == prev.number.stated
    return False


def _staff_of(served: Reading, member: Reading) -> bool:
    """
    Whether ``member`` is of the crew or staff (``lx.STAFF_NOUNS``) of the
    passengers, customers or guests ``served`` counts: none of them ("killed
    two passengers, a driver and a conductor": four).
    """
    return served.head in lx.SERVED_PEOPLE and any(
        m.head in lx.STAFF_NOUNS for m in member.members or [member]
    )


def _list_ends(tokens: list[Token], readings: list[Reading]) -> list[bool]:
    """
    For each reading, whether it is the last member of a list, joined to the
    one before by "and", or a middle member after a comma whose list goes on
    to one ("38 people, a local leader" is no list: an appositive); read
    from the last reading back, each gap once.
    """
    n = len(readings)
    ends = [False] * n
    for i in range(n - 1, 0, -1):
        prev = readings[i - 1]
        gap = tokens[prev.last : readings[i].first]
        if gap and gap[0].text == "," and prev.head in _SOME_PEOPLE:
            continue  # "38 people, a local leader and a teacher": who they were
        if gap and gap[0].text == "," and _as_many_after(tokens, readings, i):
            continue  # "two co-workers, a foreman and a mechanic": who they were
        ends[i] = any(t.low in _LAST_JOINERS for t in gap) or (
            i + 1 < n and readings[i + 1].listed and ends[i + 1]
        )
    return ends


def list_sums(
    tokens: list[Token], readings: list[Reading], known: AbstractSet[Category] = frozenset()
) -> list[Reading]:
    """
    ``MEMBER ("," MEMBER)* ("," | "and") MEMBER VERB``: the people of a list
    that one verb counts are one figure, as a reader sums them ("two
    soldiers, 4 civilians and a police officer were killed": 7; "At least 20
    students and two teachers": at least 22), and so is a list whose later
    members are the first one's kin ("a man, his wife and their three
    children", "a village chief and his two bodyguards").  Equipment lists
    stay a figure per kind, and so does a list with one the story may have
    told of before (``known``: the categories of the groups it counted):
    "the commander and two of his associates".
    """
    out: list[Reading] = []
    kin: list[bool] = []  # whether each reading out names kin (its possessive said once)
    ends: list[bool] | None = None
    # The members joined to ``out[-1]`` so far, summed once when the list
    # ends (each member once: a list of n members is read in n steps), and
    # whether the sum so far has parts told of it.
    added: list[Reading] = []
    told = False
    for i, r in enumerate(readings):
        prev = out[-1] if out else None
        own = _kin_member(tokens, r)
        family = own or (bool(kin) and kin[-1])
        if prev is not None and _joins_sum(
            tokens,
            prev,
            readings[i - 1],
            r,
            family,
            known=r.category in known,
            told=told if added else bool(_told_parts(prev)),
        ):
            if not family and (ends := ends or _list_ends(tokens, readings)) and not ends[i]:
                _sum_added(tokens, out, added)
                out.append(r)
                kin.append(own)
                continue
            if not added:
                told = any(_told_parts(m) for m in prev.members or [prev])
            added.append(r)
            told = told or bool(_told_parts(r))
            kin[-1] = family
            continue
        _sum_added(tokens, out, added)
        out.append(r)
        kin.append(own)
    _sum_added(tokens, out, added)
    return _appositives_kept(tokens, out)


def parts_kept(
    readings: list[Reading],
    told_in: Callable[[Reading, Reading], bool],
    *,
    members: bool = False,
) -> list[Reading]:
    """
    The readings, but each that ``told_in(previous, reading)`` finds to tell
    the figure kept right before it in parts made a part of that figure (its
    members, with ``members``: a list's sum stands for them).
    """
    kept: list[Reading] = []
    for r in readings:
        prev = kept[-1] if kept else None
        if prev is not None and told_in(prev, r):
            prev.parts = [*(prev.parts or ()), *((r.members or [r]) if members else [r])]
            continue
        kept.append(r)
    return kept


def _appositives_kept(tokens: list[Token], out: list[Reading]) -> list[Reading]:
    """
    ``FIGURE "," MEMBER ("," MEMBER)* "and" MEMBER`` after people of no group
    of their own: the members say who the figure's people were ("killing two
    civilians, a 7-year-old girl and her grandmother": 2, of whom the girl
    and her grandmother), a part of it when they are no more than it counts.
    """
    return parts_kept(out, lambda prev, r: _appositive_of(tokens, prev, r))


def _appositive_of(tokens: list[Token], prev: Reading, r: Reading) -> bool:
    """Whether ``r`` names who the people of ``prev`` were (see :func:`_appositives_kept`)."""
    return (
        (
            prev.head in _SOME_PEOPLE
            # (people of a role, who a list may add to: as many only, "killing
            # two co-workers, a foreman and a mechanic"; not "two co-workers,
            # a foreman and two mechanics", five)
            or (
                prev.head in lx.ROLE_PEOPLE
                and r.number.stated == prev.number.stated
                and not _staff_of(prev, r)
            )
        )
        and r.category is prev.category
        and r.first == prev.last + 1
        and r.number.stated is not None
        and prev.number.stated is not None
        and 1 < r.number.stated <= prev.number.stated
        and (
            # after a semicolon, members that the same verb takes, as
            # in "injuring two people; a woman and a child"
            (tokens[prev.last].text == ";" and r.verb == prev.verb)
            or (
                tokens[prev.last].text == ","
                # one person first, and none of a force of its own ("a
                # mother and three of her children"; not "three
                # civilians, two soldiers and a policeman", three groups)
                and (r.members or [r])[0].number.stated == 1
                and not any(m.head in lx.ARMED_WORDS for m in r.members or [r])
            )
        )
    )


def restated_in_parts(tokens: list[Token], readings: list[Reading]) -> list[Reading]:
    """
    The sums of lists that tell the figure right before them again in its
    parts (:func:`_restated_in_parts`) dropped, their members made parts of
    that figure.
    """
    return parts_kept(readings, lambda prev, r: _restated_in_parts(tokens, prev, r), members=True)


def _restated_in_parts(tokens: list[Token], prev: Reading, r: Reading) -> bool:
    """
    ``FIGURE ("," | ":") MEMBER ("," MEMBER)* "and" MEMBER`` whose members
    name no group of their own and add up to the figure: the figure told
    again in its parts ("killed 23 people, eight at a bar and 15 at a
    hospital": 23, of which 8 and 15; not 46).
    """
    return (
        bool(r.members)
        and r.category is prev.category
        and r.first == prev.last + 1
        and tokens[prev.last].text in (",", ":")
        and r.number.stated is not None
        and prev.number.stated is not None
        # (as many, of people at large, "killed 12 people, 4 soldiers and 8
        # civilians", or of no group of their own; not "9 soldiers, 4
        # policemen and 5 civilians", three groups)
        and r.number.stated == prev.number.stated
        and (
            prev.head in lx.PEOPLE_AT_LARGE
            or all(m.np[1] == m.np[0] or m.head == prev.head for m in r.members or ())
        )
    )


def _sum_added(tokens: list[Token], out: list[Reading], added: list[Reading]) -> None:
    """The list members ``added`` summed into the figure ``out[-1]``; ``added`` emptied."""
    if added:
        merged = _summed(out[-1], added)
        if any(r.side != merged.side and not _kin_member(tokens, r) for r in added):
            # (one member sided, another not: the sum is of no one side; its
            # members as parts keep theirs, and kin take their own's side)
            merged.side = None
        out[-1] = _with_counted_members(tokens, merged)
        added.clear()


def _merged(prev: Reading, r: Reading) -> Reading:
    """One figure of the people of ``prev`` and of the list member ``r`` after it."""
    return _summed(prev, [r])


def _summed(prev: Reading, added: list[Reading]) -> Reading:
    """One figure of the people of ``prev`` and of the list members ``added`` after it."""
    last = added[-1]
    total = (prev.number.stated or 0) + sum(r.number.stated or 0 for r in added)
    merged = Reading(
        NumberReading(prev.number.first, last.number.last, total, prev.number.qualifier),
        prev.category,
    )
    for name in ("cumulative", "perfect", "active", "trigger", "verb", "side", "head"):
        setattr(merged, name, getattr(prev, name))
    merged.listed = prev.listed
    # (a member named by its age has no group words: "a 17-year-old and an
    # 18-year-old" names no group, "a 2-year-old boy and a 13-year-old" boys)
    named = [m.np for m in (prev, *added) if m.np[1] > m.np[0]]
    merged.np = (named[0][0], named[-1][1]) if named else prev.np
    merged.first = min(prev.first, *(r.first for r in added))
    merged.last = max(prev.last, *(r.last for r in added))
    members = [*(prev.members or [prev]), *added]
    merged.members = members
    told = [p for m in members for p in _told_parts(m)]
    if told:
        # "10 troops and six civilians, among them a schoolboy": parts of all
        merged.parts = told
    return merged


def _counted_members(tokens: list[Token], merged: Reading) -> list[Reading]:
    """
    The members of a list's sum counted by a number of their own ("Eight
    soldiers and a civilian driver": the 8 soldiers; not the "daughter" of
    "his wife and daughter"), and beside them the single people it names
    with their group's words (the driver).
    """
    members = merged.members or ()
    counted = [
        m
        for m in members
        if m.number.stated is not None
        and m.number.stated > 1  # (not an age's digits: "his 14-year-old daughter")
        and not m.number.article
        # (its number's words, past a qualifier: "At least 254 security personnel")
        and any(count_word(t) for t in tokens[m.number.first : m.number.last])
    ]
    if not counted:
        return []  # ("A 19-year-old man and a 17-year-old boy": the people told, no count)
    # One person the list names beside counted ones, with its group's words
    # ("Two journalists and a police officer", "Eight personnel ... and their
    # civilian driver", "13 children and a pregnant woman").
    counted_ids = {id(m) for m in counted}
    return [
        m
        for m in members
        if id(m) in counted_ids
        or (
            m.number.stated == 1
            # (with an article, or "One officer and two conscripts")
            and (m.number.article or tokens[m.number.first].low == "one")
            and m.np[1] > m.np[0]
            # (a person's noun, or one the lexicon does not know: "a village
            # head", "a waitress"; not an article, "a a")
            and _names_someone(tokens, m.np)
        )
    ]


def _names_someone(tokens: list[Token], np: tuple[int, int]) -> bool:
    """Whether a member's group words name a person (or a noun the lexicon does not know)."""
    group = (np[0], np[1], np[1])
    cls = group_class(tokens, group)
    return cls in ("people", "agent") or (
        cls == "unknown" and head_word(tokens, group) not in lx.ARTICLE_WORDS
    )


def _own_words(member: Reading) -> Reading:
    """A list member as a part: its number and group's words only (not the list's verb)."""
    last = max(member.np[1], member.number.last)
    if member.first == member.number.first and member.last == last:
        return member
    part = copy.copy(member)
    part.first, part.last = member.number.first, last
    return part


def _with_counted_members(tokens: list[Token], merged: Reading) -> Reading:
    """
    A list's sum with its members counted by a number of their own as its
    parts, as a reader who codes each member finds them ("Eight soldiers and
    a civilian driver were killed": 9, of whom 8 soldiers).
    """
    counted = [_own_words(m) for m in _counted_members(tokens, merged)]
    if counted:
        merged.parts = [*(merged.parts or ()), *counted]  # (``_merged`` kept no member there)
    return merged


def _closes_aside(tokens: list[Token], part: Reading, after: Reading) -> bool:
    """
    Whether exactly ``"," "and"`` stands between a first part and the
    reading after it: the close of an aside, in which a list of two has no
    comma ("10 troops, among them a colonel, and six civilians").
    """
    return [t.low for t in tokens[part.last : after.first]] == [",", "and"]


#: How an aside about a list's first member opens, right after its group.
_ASIDE_OPENINGS = frozenset({(",", "including"), (",", "among", "them"), (",", "incl", ".")})


def aside_members(tokens: list[Token], whole: Reading) -> Reading | None:
    """
    ``NP "," OPENER PART "," "and" NP``: an aside about the first member of
    a list closed by ", and", the list going on after it ("killed 10
    troops, among them a colonel, and six civilians": 16 killed, the colonel
    a part; "Four personnel, including an officer, and four civilians were
    injured": 8): the members after the aside summed into the whole, which
    keeps the aside's part; equipment is not summed but returned whole with
    its parts, for :func:`aside_kinds` to count kind by kind; ``None`` when
    the parts read no such aside.
    """
    parts = whole.parts or []
    if len(parts) < 2 or whole.number.stated is None:
        return None
    first = parts[0]
    if tuple(t.low for t in tokens[whole.np[1] : first.number.first]) not in _ASIDE_OPENINGS:
        return None
    if not _closes_aside(tokens, first, parts[1]):
        return None
    if any(p.number.stated is None for p in parts[1:]):
        return None
    if whole.category.is_equipment:
        return whole  # counted kind by kind: see aside_kinds
    summed = _summed(whole, parts[1:])
    summed.parts = [first]
    return summed


def aside_kinds(whole: Reading) -> list[Reading]:
    """
    The equipment :func:`aside_members` found after an aside ("recovered six
    rifles, including two R5s, and four handguns"), each kind a figure of
    its own, as equipment lists are counted; the whole keeps the aside's part.
    """
    parts = whole.parts or []
    kinds = parts[1:]
    whole.parts = parts[:1]
    for kind in kinds:
        kind.listed = True
    return kinds


#: How many tokens a place may take before the "and" of a member told by
#: its place alone.
_GAPPED_PLACE_WORDS = 12
#: Marks a place's words may hold before that "and".
_PLACE_MARKS = frozenset({"-", "&", ","})
#: The prepositions of a place a gapped member is told by.
_GAPPED_PREPS = lx.PLACE_PREPS | {"at", "on"}


def _verb_of_its_own(tokens: list[Token], k: int) -> bool:
    """
    Whether a verb follows a gapped member's place from ``k`` before its
    clause ends ("and 15 in Gao were taken to hospital"): a clause of its
    own, no member told by its place alone.
    """
    for tok in tokens[k : k + _GAPPED_PLACE_WORDS]:
        if not tok.is_word and tok.text not in _PLACE_MARKS:
            return False
        if tok.low in lx.REPORTING_VERBS or tok.low == "with":
            # the source's verb, or a circumstance: "and seven at the Linwood
            # Islamic Centre, police said", "..., with one other person dying"
            return False
        if tok.low in lx.FINITE_AUXILIARIES or tok.low in lx.PASSIVE_TRIGGERS:
            return True
    return False


def gapped_by_place(tokens: list[Token], readings: list[Reading]) -> list[Reading]:
    """
    ``FIGURE PREP PLACE "and" NUMBER PREP PLACE``: a member told by its place
    alone, its noun and verb those of the figure before, summed into it as
    a reader sums a list ("killing at least 3 people in West Bengal and 7 in
    neighbouring Bangladesh": 10; "Six people died in Walthall County and two
    in neighboring Marion County": 8), each place's count a part of the sum
    (3 and 7, as readers record them); not a member told with "more" or
    "others" (a list of its own) and not equipment, displaced people or
    refugees, whose places stay apart, nor the shares of a state told
    first ("Of the dead, 288 fell at Rabaa and 90 at Nahda Square": parts
    of the dead, no sum of their own).
    """
    out: list[Reading] = []
    n = len(tokens)
    starts = {r.number.first for r in readings}
    for r in readings:
        member = None
        j = r.last
        if (
            r.number.stated is not None
            and not r.category.is_equipment
            and r.category not in lx.DISPLACEMENT_CATEGORIES
            and j < n
            and tokens[j].low in _GAPPED_PREPS
        ):
            for k in range(j + 1, min(n - 1, j + 1 + _GAPPED_PLACE_WORDS)):
                tok = tokens[k]
                if tok.low == "and":
                    num = read_number(tokens, k + 1)
                    if (
                        num is not None
                        and num.stated is not None
                        and not num.article
                        and num.first not in starts
                        and num.last < n
                        and tokens[num.last].low in _GAPPED_PREPS
                        and not _verb_of_its_own(tokens, num.last + 1)
                    ):
                        member = Reading(num, r.category)
                    break
                if (
                    tok.low in lx.MODIFIER_STOPS
                    or tok.low in lx.UNITS  # (a count of its own: "in the tornado, five in ...")
                    or not (
                        # (a name's dash or "&", an aside's comma: "at Just-In-Time
                        # Recreation, the bowling alley, and eight at ...")
                        tok.is_word or tok.text in _PLACE_MARKS
                    )
                ):
                    break
        if member is not None and tokens[0].low == "of" and r.np[1] <= r.number.first:
            # (its group before its number in a sentence opening on "Of": a
            # share of a state, and so is the member)
            member.np, member.head, member.first = r.np, r.head, member.number.first
            out += (r, member)
        elif member is not None:
            merged = _merged(r, member)
            merged.np = r.np
            # each place's count is a figure of its own too, a part of the sum
            member.np, member.head = r.np, r.head
            merged.parts = [*(r.parts or ()), r, member]
            out.append(merged)
        else:
            out.append(r)
    return out
