"""
Equipment left unsaid: a figure whose group is elided ("200 destroyed, 40
damaged", "and 229 more captured") counts the equipment of the figures
before it, through a colon, "of which" or "N more". Moved out of
``candidates`` in session 63, when it reached 800 lines.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from conflictfigures import _lexicon as lx
from conflictfigures._extraction.heads import equipment_label, noun_class

if TYPE_CHECKING:
    from conflictfigures._extraction.numbers import NumberReading
    from conflictfigures._extraction.reading import Reading
    from conflictfigures._extraction.text import Token

__all__ = ["elided_equipment"]


#: How many figures back an elided group may look for its equipment (bounded: linear work).
_ELIDED_REACH = 12
#: How far after the figure before "another N" may stand and still be more of its group.
_ANOTHER_REACH = 12


def elided_equipment(
    tokens: list[Token], num: NumberReading, readings: list[Reading], *, more: bool = False
) -> bool:
    """
    Whether the figures right before ``num``, each within two tokens of the
    next, lead back to a group of equipment through groups left unsaid; a
    colon or "of which" before a figure opens a breakdown of the one before
    it, however far ("lost 310 tanks in the region: 200 destroyed, 40
    damaged"); ``more``: the number's group is "more", which may reach back
    past the setting of the figure before.
    """
    at = num.first
    if equipment_label(tokens, at) is not None:
        return True  # a tracker's line: "Infantry fighting vehicles: 3,012 destroyed, 702 captured"
    # "another" reaches further back: "had downed 64 of the 112 drones Russia
    # launched overnight, while another 41 were lost"
    reach = _ANOTHER_REACH if at and tokens[at - 1].low == "another" else 2
    for r in readings[: -_ELIDED_REACH - 1 : -1]:
        if not (
            0 < at - r.last <= reach
            or (r.last < at and tokens[at - 1].text == ":")
            # "lost at least 4,100 tanks since February 2022, of which 2,950
            # were destroyed, 160 damaged": a breakdown of the figure before
            or (r.last < at and at >= 2 and (tokens[at - 2].low, tokens[at - 1].low) == _OF_WHICH)
            # "N more" past the place and time of the figure before ("109
            # tanks destroyed in the region since Sept. 6, and 229 more captured")
            # (a bare participle after it: not "12 more were arrested", people)
            or (
                more
                and at - 1 > r.last
                and _joined_past_setting(tokens, r.last, at)
                and _equipment_participle(tokens, num.last + 1)
            )
        ):
            return False
        reach = 2
        if r.head is not None:
            return noun_class(r.head) == "equipment"
        at = r.number.first
    return at > 1 and tokens[at - 1].text == ":" and _counted_equipment_before(tokens, at - 1)


_OF_WHICH = ("of", "which")


def _equipment_participle(tokens: list[Token], k: int) -> bool:
    """
    Whether a bare participle at ``k`` may tell what befell equipment
    ("229 more captured"; not "12 more injured", "40 more arrested", nor an
    auxiliary: "12 more were arrested").
    """
    if k >= len(tokens):
        return False
    trig = lx.PASSIVE_TRIGGERS.get(tokens[k].low)
    return trig is not None and trig[1] is not None


#: How many tokens of place and time may stand between a figure and "and N more".
_SETTING_TOKENS = 12


def _joined_past_setting(tokens: list[Token], start: int, at: int) -> bool:
    """
    Whether ``tokens[start:at]`` are a phrase of place or time closed by
    "and" (or ", and"): words, digits and the points of abbreviations, no
    verb of a figure, auxiliary or clause break.
    """
    if not 1 < at - start <= _SETTING_TOKENS or tokens[at - 1].low != "and":
        return False
    end = at - 2 if tokens[at - 2].text == "," else at - 1
    return all(
        (t.is_word or t.is_digits or t.text == ".")
        and (t.low not in lx.AUXILIARIES or t.low == "since")  # ("since Sept. 6")
        and t.low not in lx.PASSIVE_TRIGGERS
        and t.low not in lx.ACTIVE_TRIGGERS
        and t.low not in lx.RELATIVE_PRONOUNS
        for t in tokens[start:end]
    )


#: How far before a colon the counted equipment it breaks down may stand.
_BEFORE_COLON = 10


def _counted_equipment_before(tokens: list[Token], colon: int) -> bool:
    """
    Whether a number and a noun of equipment stand before ``colon`` in its
    clause, though no figure read them ("has now documented 2,933 Russian
    tanks lost since February 2022: 1,959 destroyed, ...").
    """
    for j in range(colon - 1, max(0, colon - _BEFORE_COLON), -1):
        tok = tokens[j]
        if tok.text in (",", ";", ":"):
            return False
        if tok.is_word and noun_class(tok.low) == "equipment":
            return any(t.is_digits for t in tokens[max(0, j - 4) : j])
    return False
