"""
Claimants set off by commas before their verb: "A spokesman for the army,
Colonel Ahmed Ali, said", "Hospital officials, speaking on condition of
anonymity ..., said".  Moved out of :mod:`.claims` in session 55 (which
had passed 800 lines).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from conflictfigures import _lexicon as lx
from conflictfigures._extraction.claimant_phrases import claimant_left
from conflictfigures._extraction.speakers import described_speaker, is_name
from conflictfigures._extraction.triggers import is_adverb

if TYPE_CHECKING:
    from conflictfigures._extraction.text import Token

__all__ = ["aside_claimant"]


def aside_claimant(tokens: list[Token], k: int) -> tuple[int, int] | None:
    """
    The claimant before the aside that ends right before the reporting verb
    at ``k`` and its auxiliaries and adverbs ("has documented", "later
    said"): see :func:`_appositive_claimant`; its token range, else ``None``.
    """
    return _appositive_claimant(tokens, _auxiliaries_before(tokens, k))


#: Prepositions that open a statement's circumstance between its source and
#: its verb ("in a statement carried by ...", "on Friday evening").
_SPEECH_SETTING_PREPS = frozenset({"in", "on", "at", "during", "through"})
#: How many words an appositive between a claimant and its verb may hold.
_APPOSITIVE_REACH = 12
#: How many words a participle or relative clause there may hold ("Hospital
#: officials, speaking on condition of anonymity because they were not
#: authorized to brief reporters, said").
_ASIDE_REACH = 24


#: How many asides of parts a claimant may stand before ("Witnesses, among
#: them two nurses, said").
_PART_ASIDES = 3


def _aside_opening(tokens: list[Token], k: int) -> int | None:
    """
    The comma that opens the aside whose closing comma stands right before
    ``tokens[k]``, within reach and not the sentence's first token; else ``None``.
    """
    if k < 2 or tokens[k - 1].text != ",":
        return None
    m = k - 2
    while m >= 0 and m > k - _ASIDE_REACH and tokens[m].text != ",":
        m -= 1
    return m if m >= 1 and tokens[m].text == "," else None


def _appositive_claimant(tokens: list[Token], k: int) -> tuple[int, int] | None:
    """
    ``HEAD "," APPOSITIVE "," REPORTING_VERB``: "A spokesman for the army,
    Colonel Ahmed Ali, said", "Ahmed Ali, a spokesman for the army, said";
    the aside may be a longer participle or relative clause ("Hospital
    officials, speaking on condition of anonymity ..., said").
    The claimant is the head when it names a source, else the appositive;
    a source's description and the person's name are kept together ("The
    governor of Borno, Babagana Zulum, said", "Ko Zaw Min, the group's
    leader, said").
    """
    m = _aside_opening(tokens, k)
    # A part of a count told in an aside is no speaker: the head before it
    # ("Amnesty International, which documented 66 deaths, including
    # children, said"; "Local officials, including the mayor, said"), at
    # most a few such asides back (bounded: no recursion on hostile text).
    for _ in range(_PART_ASIDES):
        if m is None or tokens[m + 1].low not in lx.PART_OPENERS:
            break
        before = _aside_opening(tokens, m + 1)
        if before is None:
            # the head opening the sentence, its subject ("Local officials,
            # including the mayor, said"; not a complement: "Nine of the dead
            # were members of the staff, including the principal, said ...")
            head = claimant_left(tokens, m)
            return head if head is not None and head[0] == 0 else None
        k, m = m + 1, before
    if m is None or tokens[m + 1].low in lx.PART_OPENERS:
        return None
    head = claimant_left(tokens, m)
    if k - m > _APPOSITIVE_REACH and not (
        tokens[m + 1].low.endswith("ing")
        or tokens[m + 1].low in lx.RELATIVE_PRONOUNS
        # a circumstance of the statement: "Security services, in a
        # statement carried by the official APS news agency on Friday, said"
        or tokens[m + 1].low in _SPEECH_SETTING_PREPS
        or described_speaker(tokens, head, m)
    ):
        return None  # a long aside is a clause: "speaking on condition of anonymity ..."
    inner = claimant_left(tokens, k - 1)
    if head is not None:
        if (
            inner is not None
            and inner[0] == m + 1
            and (is_name(tokens, *inner) or is_name(tokens, *head))
        ):
            return head[0], inner[1]
        return head
    return inner if inner is not None and inner[0] > m else None


def _auxiliaries_before(tokens: list[Token], k: int) -> int:
    """
    The index of the first of the auxiliaries and adverbs right before
    ``tokens[k]`` ("has documented", "had earlier put", "later said").
    """
    while k > 0 and (
        tokens[k - 1].low in ("has", "have", "had")
        or tokens[k - 1].low in lx.SOURCE_VERB_ADVERBS
        or is_adverb(tokens[k - 1])
    ):
        k -= 1
    return k
