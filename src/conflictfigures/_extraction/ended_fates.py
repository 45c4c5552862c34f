"""
People whose harm has ended: the parts of a count of the freed, rescued or
returned ("Troops rescued 42 kidnap victims, including 16 children", "have
returned home since December, including 580,000 refugees") and captives
named by a release told done ("facilitated the release of 1,708
detainees"): no one held, in flight or uprooted, as "30 detainees were
released" counts no one.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from conflictfigures import _lexicon as lx
from conflictfigures._extraction.chunks import NUMBER_WORDS
from conflictfigures._extraction.numbers import read_number
from conflictfigures.models import Category

if TYPE_CHECKING:
    from conflictfigures._extraction.numbers import NumberReading
    from conflictfigures._extraction.reading import Reading
    from conflictfigures._extraction.text import Token

__all__ = ["ended_parts_dropped", "released_by_name"]

#: The categories an end of a harm undoes.
_ENDED = frozenset({Category.DETAINED, Category.REFUGEES, Category.DISPLACED})
#: How far back from a part its "including" may stand (past earlier members:
#: "including 580,000 refugees from abroad and 1.5 million ...").
_PART_REACH = 12
#: How far back from "including" the whole's number may stand.
_WHOLE_REACH = 16
#: How many words (a qualifier) may stand between an end's verb and the
#: whole's number ("rescued more than 40").
_QUALIFIER_WORDS = 3
#: Tokens that end the clause a part or its whole is read in.
_PART_LIST_ENDS = frozenset({";", ":", "."})


def released_by_name(tokens: list[Token], num: NumberReading) -> bool:
    """
    ``DONE "the"? RELEASE_NOUN ("and" NOUN)? "of" NUMBER`` before ``num``:
    captives a release told done frees ("facilitated the release of 1,708
    detainees", "after the release and transfer of 40 prisoners"; not
    "called for the release of", people still held).
    """
    k = num.first - 1
    if k < 2 or tokens[k].low != "of":
        return False
    k -= 1
    if k >= 2 and tokens[k - 1].low == "and":
        k -= 2  # "the release and transfer of"
    if tokens[k].low not in lx.ENDED_FATE_WORDS:
        return False
    k -= 1
    if k >= 0 and tokens[k].low == "the":
        k -= 1
    return k >= 0 and tokens[k].low in lx.RELEASE_DONE_WORDS


def _harm_word(tok: Token) -> bool:
    """Whether a token is a verb of a harm (or a fate), which a clause of its own holds."""
    return tok.low in lx.PASSIVE_TRIGGERS or tok.low in lx.ACTIVE_TRIGGERS


def _part_opener(tokens: list[Token], first: int) -> int | None:
    """
    The index of the "including" (or "among them") that opens the list of
    parts a count at ``first`` stands in, else ``None``.
    """
    for k in range(first - 1, max(-1, first - 1 - _PART_REACH), -1):
        tok = tokens[k]
        if tok.low == "including":
            return k
        if tok.low == "them" and k and tokens[k - 1].low == "among":
            return k - 1
        if tok.text in _PART_LIST_ENDS or _harm_word(tok) or tok.low in lx.FINITE_AUXILIARIES:
            return None
    return None


def _ended_whole(tokens: list[Token], k: int) -> bool:
    """
    Whether the count right before the parts' opener at ``k`` is of people
    whose harm ended: a verb of release, rescue or return right before it
    ("rescued 42 kidnap victims") or its own verb after it ("2.1 million
    Syrians have returned home"), before any verb of harm.
    """
    for m in range(k - 1, max(-1, k - 1 - _WHOLE_REACH), -1):
        tok = tokens[m]
        if tok.text in _PART_LIST_ENDS:
            return False
        if not (tok.is_digits or tok.low in NUMBER_WORDS):
            continue
        num = read_number(tokens, m)
        if num is None or not num.stated:
            continue
        before = tokens[max(0, m - 1 - _QUALIFIER_WORDS) : m]
        if any(t.low in lx.ENDED_FATE_WORDS for t in before):
            return True
        for t in tokens[num.last : k]:
            if t.low in lx.ENDED_FATE_WORDS:
                return True
            if _harm_word(t):
                return False
        return False
    return False


def ended_parts_dropped(tokens: list[Token], readings: list[Reading]) -> list[Reading]:
    """
    The readings but those of people held, in flight or uprooted told as
    parts of a count whose harm ended ("rescued 42 kidnap victims,
    including 16 children").
    """
    return [
        r
        for r in readings
        if r.category not in _ENDED
        or (k := _part_opener(tokens, r.number.first)) is None
        or not _ended_whole(tokens, k)
    ]
