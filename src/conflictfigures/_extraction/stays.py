"""
Stays that modify a group: a participle of where people stay and its place
before the group's own verb of harm ("At least 330 IDPs sheltering in UNRWA
facilities have been killed": killed, no displacement).  Moved out of
:mod:`.modifiers` in session 49.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from conflictfigures import _lexicon as lx
from conflictfigures._extraction.set_off import region_aside_end
from conflictfigures._extraction.verbs import verb_follows

if TYPE_CHECKING:
    from conflictfigures._extraction.text import Token

__all__ = ["harm_after_stay"]

#: How far past the participle its group's verb may stand.
_STAY_REACH = 15


#: Participles of where people stay, which may modify a group before its
#: own verb ("IDPs sheltering in UNRWA facilities have been killed").
_STAY_PARTICIPLES = lx.STAY_PARTICIPLES | {"hiding"}


def harm_after_stay(tokens: list[Token], k: int) -> int | None:
    """
    Where a participle of staying at ``k`` and its phrase of place modify
    their group: the index of the auxiliary of a passive verb
    (:func:`.verbs.verb_follows`) after them, within
    reach and before a clause break or a number; else ``None`` (the stay
    is the group's own verb: "330 people sheltering in schools").
    """
    if tokens[k].low not in _STAY_PARTICIPLES:
        return None
    m, limit = k + 1, min(len(tokens), k + _STAY_REACH)
    while m < limit:
        tok = tokens[m]
        if tok.low in lx.AUXILIARIES:
            # (a harm, not a state that goes on with the stay: "sheltering in
            # the hospital were trapped")
            return m if verb_follows(tokens, m) and not _trapped_after(tokens, m) else None
        if tok.text == "," and (shut := region_aside_end(tokens, m)) is not None:
            # the place's region: "sheltering in the compound at Qana,
            # southern Lebanon, were killed"
            limit = min(len(tokens), limit + shut - m)
            m = shut + 1
            continue
        if not tok.is_word or tok.low in lx.RELATIVE_PRONOUNS:
            return None
        m += 1
    return None


def _trapped_after(tokens: list[Token], m: int) -> bool:
    """Whether "trapped" follows the auxiliaries at ``m`` ("were trapped", "remain trapped")."""
    while m < len(tokens) and tokens[m].low in lx.AUXILIARIES:
        m += 1
    return m < len(tokens) and tokens[m].low == "trapped"
