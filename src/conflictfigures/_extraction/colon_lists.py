"""
A figure's parts listed after a colon, read by :mod:`.linking`: where the
people of a figure of the displaced or refugees went ("have fled to
neighbouring countries: some 71,000 to Burundi, 41,000 to Uganda") and
groups whose counts add up to the figure ("13 foreign soldiers ...: nine
South Africans, three Malawians and one Uruguayan").  Moved out of
:mod:`.parts` in session 42.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from conflictfigures import _lexicon as lx
from conflictfigures._extraction.dates import date_word
from conflictfigures._extraction.flight_stays import STAY_AUX
from conflictfigures._extraction.numbers import read_number
from conflictfigures._extraction.parts import part_group
from conflictfigures._extraction.phrases import flight_place
from conflictfigures._extraction.place_shares import share_place
from conflictfigures._extraction.reading import Reading

if TYPE_CHECKING:
    from conflictfigures._extraction.text import Token

__all__ = ["COLON_REACH", "colon_breakdown"]


#: How far after a figure the colon of its breakdown may stand (its group's
#: words: "13 foreign soldiers deployed with the mission (SAMIDRC) and MONUSCO:").
COLON_REACH = 16


def _verb_after(tokens: list[Token], k: int) -> bool:
    """Whether a verb (or an adverb before one) follows the list member ending at ``k``."""
    if k >= len(tokens):
        return False
    low = tokens[k].low
    return (
        low in lx.BE_FORMS
        or low in lx.AUXILIARIES
        or low in lx.PASSIVE_TRIGGERS
        or low in lx.ACTIVE_TRIGGERS
        or low in ("also", "later", "all")
    )


#: Words of being or staying between a member's number and where they are
#: ("444,600 are in Albania", "some 30,000 have gone to Chad"), and how many.
_STAY_WORDS = STAY_AUX | lx.STAY_PARTICIPLES | {"gone", "went", "fled"}
_STAY_REACH = 3


def _past_stay(tokens: list[Token], j: int) -> int:
    """Past the words of being or staying at ``j`` (at most a few), else ``j``."""
    k = j
    while k < len(tokens) and k - j < _STAY_REACH and tokens[k].low in _STAY_WORDS:
        k += 1
    return k


def colon_breakdown(tokens: list[Token], whole: Reading) -> list[Reading]:
    """
    ``FIGURE WORD* ":" MEMBER (","? "and"? MEMBER)*``: the parts of a figure
    listed after a colon: where the people of a figure of the displaced or
    refugees went or are (``MEMBER = NUMBER STAY_WORD{0,3} ("to" | "in" |
    "into") (COUNTRY | NAME)``: "more than 140,000 Congolese have fled to
    neighbouring countries: some 71,000 to Burundi, 41,000 to Uganda, 15,000
    to Rwanda"; "860,000 ethnic Albanians had fled Kosovo since March 24:
    444,600 are in Albania, 247,800 in Macedonia"; no more than the whole
    together; of any other figure, ``MEMBER = NUMBER ("in" | "at" | "near")
    NAME``: "at least 24 people dead across central Europe: seven in
    Romania, seven in Poland, five in Czechia and five in Austria"), or, for
    any figure, two or more groups of its kind whose counts add up to it
    (``MEMBER = NUMBER NP``: "13 foreign soldiers deployed with the mission:
    nine South Africans, three Malawians and one Uruguayan"); none when the
    groups do not add up (a list of something else).
    """
    n = len(tokens)
    for m in range(whole.last, min(n, whole.last + COLON_REACH)):
        if tokens[m].text == ":":
            k = m + 1
            break
        # (a date's digits are no count: "had fled Kosovo since March 24:")
        if (tokens[m].is_digits and not date_word(tokens, m)) or tokens[m].text in (".", ";"):
            return []
    else:
        return []
    parts: list[Reading] = []
    grouped = False
    fled = whole.category in lx.DISPLACEMENT_CATEGORIES
    while k < n and (num := read_number(tokens, k)) is not None:
        j = num.last
        place = flight_place(tokens, _past_stay(tokens, j)) if fled else share_place(tokens, j)
        if place is not None:
            part = Reading(num, whole.category)
            part.last = end = place[1]
            part.place = place  # (its own place, whatever the whole's)
        else:
            group = part_group(tokens, whole, num, j, listed=bool(parts))
            if group is None:
                break
            part, grouped, end = group, True, group.last
        parts.append(part)
        k = end + 1 if end < n and tokens[end].text == "," else end
        if k < n and tokens[k].low == "and":
            k += 1
    if not grouped and sum(p.number.stated or 0 for p in parts) > (
        whole.number.stated or float("inf")
    ):
        return []  # (no parts larger than their whole: more people, told apart)
    if grouped and (
        len(parts) < 2
        or sum(p.number.stated or 0 for p in parts) != whole.number.stated
        # (a clause of its own: "adding: five soldiers and four police were
        # also wounded", "5 attackers and 3 soldiers died in the firefight")
        or _verb_after(tokens, parts[-1].last)
    ):
        # (not its breakdown: "killed 12 people: 40 more were hurt"; one
        # group names the whole again: "One person died: a passenger who ...")
        return []
    return parts
