"""
Who may rival whom (:mod:`.rivals`): the sides a source's name speaks for,
a side's name for the men it fights, the words of contrast that set a count
against another, a share of the incident told "alone", and an incident's
count of a day a word of contrast sets against another's, whatever its
tense.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from conflictfigures import _lexicon as lx
from conflictfigures._aggregation.another_incident import names_another_incident
from conflictfigures._aggregation.documents import head_word, said_before

if TYPE_CHECKING:
    from conflictfigures.models import Figure

__all__ = [
    "CONTRAST",
    "CONTRAST_REACH",
    "dated_rival",
    "days_agree",
    "different_sides",
    "enemy_named",
    "name_words",
    "own_side_named",
    "share_alone",
    "sides_named",
    "two_sources",
]


#: Words that set a count against one told before it.
CONTRAST = (" however", "however,", " but ", " while ", " whereas ", "disput", "contradict")


#: How far before a count's words its word of contrast may stand.
CONTRAST_REACH = 120


#: The sides that are states, by their names.
_STATES = frozenset(lx.COUNTRY_NAMES.values())


#: How far before a count its "alone" may stand ("One hospital alone received some").
_ALONE_REACH = 40


#: Words before "alone" that make it one's own, no share ("who lived alone").
_LONELY_BEFORE = lx.BE_FORMS | lx.SHELTER_VERBS


def own_side_named(namer: Figure, other: Figure) -> bool:
    """
    Whether a side's name for the men it fights counts other men than
    another count: its source speaks for the other count's side ("Russia
    said 300 Ukrainian soldiers were killed. Ukraine's military said it had
    killed 1,000 occupiers": Ukraine's enemy, not Ukrainians).
    """
    return (
        other.side is not None
        and namer.claimed_by is not None
        and enemy_named(namer)
        and other.side in sides_named(name_words(namer.claimed_by))
    )


def name_words(name: str) -> list[str]:
    """A source's name as its words, lower-cased, without articles."""
    return [w for w in name.lower().split() if w not in lx.ARTICLE_WORDS]


def two_sources(a: str, b: str) -> bool:
    """
    Whether two names are two sources: no word of one is the other's head,
    or they speak for different sides ("a provincial spokesman" and "Taliban
    spokesman Qari Yousef Ahmadi").
    """
    wa, wb = name_words(a), name_words(b)
    return different_sides(wa, wb) or (bool(wa and wb) and wa[-1] not in wb and wb[-1] not in wa)


def different_sides(wa: list[str], wb: list[str]) -> bool:
    """
    Whether two sources' names (their :func:`name_words`) speak for different
    sides: each names a side and the two differ, or one names a side that is
    no state's, the other none, and their last words differ ("a provincial
    spokesman" and "Taliban spokesman Qari Yousef Ahmadi"; not "Iraqi police
    sources" and "police sources", nor "the Pakistani military" and "a
    military spokesman").
    """
    if not (wa and wb):
        return False
    sides_a, sides_b = sides_named(wa), sides_named(wb)
    if sides_a and sides_b:
        return sides_a != sides_b
    # one side named against none: two sources only when it is no state's
    # (a state's adjective names its own bodies: "the Pakistani military",
    # "a military spokesman")
    named = sides_a or sides_b
    return bool(named) and not named <= _STATES and wa[-1] != wb[-1]


def sides_named(words: list[str]) -> set[str]:
    """The sides a source's words name ("Taliban spokesman ...": the Taliban)."""
    found = set()
    for w in words:
        side = lx.SIDES.get(w.replace("\u2019", "'").removesuffix("'s"))
        if side is not None:
            found.add(side)
    return found


def dated_rival(f: Figure) -> bool:
    """
    Whether a running total is an incident's count a word of contrast sets
    against another's: told of a day, over no period ("killed five people,
    contradicting a statement ... that the strike had killed three").
    """
    return (
        f.period is None
        and f.date is not None
        and any(w in said_before(f, CONTRAST_REACH, words=False) for w in CONTRAST)
    )


def enemy_named(f: Figure) -> bool:
    """Whether a count's group is a side's name for the men it fights ("occupiers")."""
    return head_word(f) in lx.ENEMY_NAMES


def share_alone(earlier: Figure, f: Figure) -> bool:
    """
    Whether a later sentence's count is a share of the story's incident told
    "alone" ("138 people were injured in the strike ... One hospital alone
    received some 200 wounded"): at most the incident's count, so another
    telling of it, not more people; on the same day.
    """
    if (
        f.sentence is None
        or f.sentence_span is None
        or f.sentence_span == earlier.sentence_span
        or not days_agree(earlier, f)
    ):
        return False
    before = said_before(f, _ALONE_REACH, words=False).replace(",", " ").split()
    # ("alone" right after the share's noun, a word or two before the count;
    # not one's own: "a man who lived alone said")
    k = len(before) - 1 - before[::-1].index("alone") if "alone" in before[-2:] else -1
    return (
        k > 0
        and before[k - 1] not in _LONELY_BEFORE
        and lx.COUNT_TELLING_VERBS.isdisjoint(before[k + 1 :])
        and not names_another_incident(f.sentence.lower().split(), 0, (earlier, f))
    )


def days_agree(a: Figure, b: Figure) -> bool:
    """Whether two counts tell no two different days."""
    return a.date is None or b.date is None or a.date == b.date
