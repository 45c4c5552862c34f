"""
Who a figure counts: its group's words as written, or the group of the
figure before it ("killing 26 people and wounding 55 others": other
people), a tracker's label for equipment, and its side (the attacker kept
apart from the victims).  Moved out of :mod:`.assembly` in session 44.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from conflictfigures import _lexicon as lx
from conflictfigures._extraction.attackers import attacker_reading
from conflictfigures._extraction.chunks import scare_quoted
from conflictfigures._extraction.heads import equipment_label, one_of_the_attackers, others_of
from conflictfigures._extraction.labels import breakdown_label
from conflictfigures.models import Category

if TYPE_CHECKING:
    from collections.abc import Callable

    from conflictfigures._extraction.reading import Reading
    from conflictfigures._extraction.text import Token

__all__ = ["group_words", "own_total_noun", "set_group"]


def group_words(
    text: str,
    lows: list[str],
    np: tuple[int, int],
    start_of: Callable[[int], int],
    ends: list[int],
) -> str | None:
    """
    The words of a counted group as written, past the pronoun of a part
    ("10 of them children": "children"), none for how badly alone ("13 of
    them critically").
    """
    first, last = np[0], np[1]
    if last - first > 1 and lows[first] in ("them", "whom"):
        first += 1
    if last <= first or (last - first == 1 and lows[first].endswith("ly")):
        return None
    return text[start_of(first) : ends[last - 1]]


#: The nouns of the dead a bare count "of" may follow ("the bodies of all seven").
_BODIES = lx.BODY_NOUNS


def _bodies_before(lows: list[str], first: int) -> int | None:
    """
    Where "bodies" stands in ``"bodies" "of" "all"? NUMBER`` before a count
    with no group of its own at ``first`` ("the bodies of all eight").
    """
    k = first - 1
    if k >= 0 and lows[k] == "all":
        k -= 1
    if k >= 1 and lows[k] == "of" and lows[k - 1] in _BODIES:
        return k - 1
    return None


def own_total_noun(lows: list[str], r: Reading) -> bool:
    """
    Whether a cumulative reading's words open with a total's own noun
    before its number ("number of injured has reached 158", "death toll
    rose to 12"): a count of the whole category.
    """
    return r.cumulative and any(
        low in lx.TOLL_WORDS or low in lx.BARE_TOTAL_NOUNS
        for low in lows[r.first : min(r.number.first, r.first + _TOTAL_NOUN_REACH)]
    )


#: How many words after a total's first word its noun may stand ("the
#: number of injured", "death toll from the clashes": the first few).
_TOTAL_NOUN_REACH = 3


def set_group(
    text: str,
    tokens: list[Token],
    lows: list[str],
    r: Reading,
    *,
    previous: Reading | None,
    start_of: Callable[[int], int],
    ends: list[int],
    lows_before: list[str],
) -> None:
    """
    Set the subject and side of reading ``r`` of a sentence (``lows_before``:
    the sentence before's lower-case words), given the figure ``previous``
    read right before it: the group as written, or the group before's.
    """
    # Who is counted: as written, or the group of the figure before.
    if r.np[1] > r.np[0] and scare_quoted(tokens, r.np):
        # 11 "agents": the source's word for whom it killed, no group
        # apart from the one another source names
        r.subject = None
    elif r.np[1] > r.np[0]:
        r.subject = group_words(text, lows, r.np, start_of, ends)
        if (
            previous is not None
            and not previous.category.is_equipment
            # (others beside an attacker are others than him)
            and previous.side != lx.PERPETRATOR_SIDE
            and (others := others_of(tokens, r.np, r.head, previous.head))
        ):
            r.subject = others  # "killing 26 people and wounding 55 others": other people
        if (
            r.head in ("others", "other", "more")
            and previous is not None
            and r.side is None
            # "killing the bomber and injuring two others": others than
            # him; but "one of the attackers ... the other" is one of them,
            # and so are "three others" after "one of the attackers"
            and (
                previous.side != lx.PERPETRATOR_SIDE
                or r.head == "other"
                or one_of_the_attackers(lows, previous.last, r.first)
                # (more of the same fate are more of them: "neutralised 12
                # bandits and eliminated 9 more")
                or (r.head == "more" and r.category is previous.category)
            )
        ):
            r.side = previous.side
    elif r.category.is_equipment and (
        tracker := equipment_label(tokens, r.number.first)
        or breakdown_label(tokens, r.number.first)
    ):
        r.subject = text[start_of(tracker[0]) : ends[tracker[1] - 1]]  # a tracker's label
    elif (body := _bodies_before(lows, r.number.first)) is not None:
        # "found the bodies of all seven": bodies, no one in particular
        r.subject = text[start_of(body) : ends[body]]
    elif (
        previous is not None
        and not (r.cumulative and r.category is previous.category)
        # (the bodies of the dead are no other category's group: "recovered
        # the bodies of 12 ... evacuated 300 injured people")
        and not (
            r.category is not previous.category and (previous.subject or "").lower() in _BODIES
        )
        # (an attacker's own death names no group for the objects of a
        # verb after it, "blew himself up, killing 12 and wounding 30", nor
        # for a part, "..., including five dead"; but "one attacker blew
        # himself up, three were shot dead" are more of the attackers)
        and not (
            (lows[previous.np[0]] in lx.REFLEXIVES or lows[previous.np[0]] == "self")
            and (r.active or "including" in lows[max(0, r.first - 2) : r.first])
        )
        # nor an attacker across a semicolon: "12 civilians killed plus the
        # bomber; 48 injured" are victims
        and not (previous.side == lx.PERPETRATOR_SIDE and ";" in lows[previous.last : r.first])
        # nor one person's noun for several ("Man, 23, killed and seven injured")
        and not (
            previous.number.stated == 1
            and (r.number.stated or 0) > 1
            and previous.np[1] - previous.np[0] == 1
            and tokens[previous.np[0]].is_capitalized
        )
    ):
        # (a running total counts all of its category, not the group
        # before: "a toddler died, bringing the toll to 12"; nor does a total
        # told with its own noun count the further people of a rise before
        # it: "nine more died, while the number of injured has reached 80")
        if not (
            own_total_noun(lows, r)
            and not lx.FURTHER_WORDS.isdisjoint(lows[previous.np[0] : previous.np[1]])
        ):
            r.subject = previous.subject
        r.side = previous.side
    if r.category in (Category.KILLED, Category.WOUNDED) and attacker_reading(lows, r, lows_before):
        r.side = lx.PERPETRATOR_SIDE  # "the gunman was shot dead": apart from the victims
