"""
Lists: groups joined by list words that one verb ends ("five tanks, two APCs
and one howitzer were destroyed"), members trailing a figure ("in addition
to 3 civilians"), and lists of parts kept apart from them ("including a
woman and a child").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from conflictfigures import _lexicon as lx
from conflictfigures._extraction.chunks import noun_class, read_np, side_of
from conflictfigures._extraction.reading import Reading
from conflictfigures._extraction.text import words_at

if TYPE_CHECKING:
    from conflictfigures._extraction.numbers import NumberReading
    from conflictfigures._extraction.text import Token


def list_gap(gap: list[Token]) -> bool:
    """
    Whether the words between two list members join them: list words, and a
    possessive right after a joiner ("and his two sons", not "of its four").
    """
    if gap and gap[-1].low in lx.POSSESSIVES:
        if len(gap) < 2 or gap[-2].low not in lx.LIST_JOINERS:
            return False
        gap = gap[:-1]
    return all(t.low in lx.LIST_JOINERS or t.low in lx.LIST_LINKS for t in gap)


def list_before(
    tokens: list[Token], pending: list[tuple[NumberReading, tuple[int, int, int]]], first: int
) -> list[tuple[NumberReading, tuple[int, int, int]]]:
    """
    The pending groups that form one list with the group starting at
    ``first``: each joined to the next by list words only ("five tanks, two
    APCs and one howitzer"), read back from ``first`` until the chain breaks.
    """
    chain: list[tuple[NumberReading, tuple[int, int, int]]] = []
    for p_num, p_np in reversed(pending):
        gap = tokens[p_np[1] : first]
        if not gap or not all(t.low in lx.LIST_JOINERS or t.low in lx.LIST_LINKS for t in gap):
            break
        chain.append((p_num, p_np))
        first = p_num.first
    chain.reverse()
    return chain


#: What "among the ..." names when it opens a list of parts.
_AMONG_WHAT = frozenset({"dead", "them", "injured", "wounded", "victims"})
#: How far back a list of parts may have opened.
_PART_LIST_REACH = 12


def in_part_list(tokens: list[Token], i: int) -> bool:
    """
    Whether the number at ``i`` stands in a list of parts opened just before
    it ("including a woman and a child", "among the dead four policemen"):
    only list words, commas and the members' words stand between.
    """
    for j in range(i - 1, max(-1, i - 1 - _PART_LIST_REACH), -1):
        tok = tokens[j]
        low = tok.low
        if low in lx.PART_OPENERS and low != "excluding":
            return True
        if (
            low in ("dead", "them", "injured", "wounded")
            and j >= 2
            and tokens[j - 2].low == "among"
        ):
            return True
        if (
            low in lx.ACTIVE_TRIGGERS
            or low in lx.PASSIVE_TRIGGERS
            or (low in lx.MODIFIER_STOPS and low not in ("and", "or"))
            or tok.text in ("(", ")")
        ):
            return False
    return False


#: The words that add a trailing member to the figure before ("four injured,
#: in addition to 3 civilians"), as word tuples ending before the number.
_ADDERS = (("in", "addition", "to"), ("as", "well", "as"), ("along", "with"), ("plus",))
#: The words the adders end in: any other word before the number ends none.
_ADDER_ENDS = frozenset(words[-1] for words in _ADDERS)


def trailing_member(tokens: list[Token], prev: Reading, num: NumberReading) -> Reading | None:
    """
    ``FIGURE ","? ("in addition to" | "as well as" | "along with" | "plus")
    NUMBER NP``, with no verb of its own: more people (or equipment) of the
    figure's category ("One officer was killed and four injured, in addition
    to 3 civilians").
    """
    j = num.first
    if j == 0 or tokens[j - 1].low not in _ADDER_ENDS:
        return None
    for words in _ADDERS:
        k = j - len(words)
        if k >= 0 and words_at(tokens, k, words):
            break
    else:
        return None
    if k > 0 and tokens[k - 1].text == ",":
        k -= 1
    if k != prev.last or num.stated is None:
        return None
    start, end, _ = read_np(tokens, num.last)
    kinds = ("equipment",) if prev.category.is_equipment else ("people", "agent")
    if end <= start or noun_class(tokens[end - 1].low) not in kinds:
        return None
    r = Reading(num, prev.category)
    r.np, r.head, r.last = (start, end), tokens[end - 1].low, end
    r.side = side_of(tokens, start, end)
    return r
