"""
Executions: a harm whose outcome is untold ("shot") is a killing when its
sentence tells an execution, not a wounding.

"Four people were shot" alone is the wounded, as shooting reports and those
who code them mean it (see ``triggers._bare_harm``).  An atrocity report
writes the same verb of the dead, and tells it by what surrounds the verb:

- the people were held, led away or made ready first, the harm their
  group's second verb: "Thirty-five men were lined up against the walls of
  the temple and shot", "26 detainees were taken from their cells to the
  desert and shot";
- the manner is an execution's: "shot at close range", "at point-blank
  range", "by a firing squad", "in cold blood", "one by one",
  "execution-style", "shot in the head" (a wound there is as often told of
  the dead: ``lx.WOUND_SITES`` leaves the head out);
- their remains or burial follow in the sentence: "were shot and buried",
  "the other eight were shot by troops; the bodies were dumped in a shallow
  grave".

No word of the living may stand in the group's stretch of the sentence,
from its first word to the next count or the end of its clause ("were shot
at close range and are in critical condition", "shot in the head and taken
to hospital": wounded, as before).  Each test reads a bounded window of
tokens, so the reader is linear in the sentence.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from conflictfigures import _lexicon as lx
from conflictfigures._extraction.triggers import is_adverb

if TYPE_CHECKING:
    from conflictfigures._extraction.text import Token

__all__ = ["executed", "led_then_harmed"]

#: How far after a leading-away verb its "and" and the harm may stand
#: ("were lined up against the walls of the gurdwara and of a neighbouring
#: house in Chittisinghpora, Anantnag district, and shot").
_LED_REACH = 30
#: How far after the harm its manner may stand ("shot by soldiers of the
#: 33rd division at close range").
_MANNER_REACH = 10
#: Words that end the stretch a manner or a word of the living is looked
#: for in: another clause or statement.
_STRETCH_ENDS = frozenset({";", ".", ":", "but", "while", "whereas"})
#: How far after the harm its remains or burial may be told ("were shot by
#: troops; the bodies were dumped").
_BURIAL_REACH = 40
#: Possessives and articles before "head" ("in the head", "in their heads").
_HEAD_OWNERS = frozenset({"the", "his", "her", "their"})
#: The words of the head.
_HEADS = frozenset({"head", "heads"})


def led_then_harmed(tokens: list[Token], v: int) -> int | None:
    """
    ``LED_AWAY_VERB WORD{0,30} "and" ("then" | ADVERB)* HARM`` from the
    group's first verb at ``v``: the index of the harm ("were lined up
    against the wall and shot", "were taken to a hilltop and then shot"),
    else ``None``.  The stretch holds no count, no form of "be" (a clause of
    its own) and no relative pronoun, and the harm is neither "shot down"
    nor "shot at" with nothing hit.
    """
    n = len(tokens)
    if v >= n or tokens[v].low not in lx.LED_AWAY_VERBS:
        return None
    for m in range(v + 1, min(n - 1, v + _LED_REACH)):
        low = tokens[m].low
        if low == "and":
            h = m + 1
            while h < n and (tokens[h].low in ("then", "later") or is_adverb(tokens[h])):
                h += 1
            if h < n and tokens[h].low in lx.UNTOLD_OUTCOME_HARMS and _hit(tokens, h):
                return h
            continue
        if (
            low in _STRETCH_ENDS
            or low in lx.BE_FORMS
            or low in lx.RELATIVE_PRONOUNS
            or tokens[m].is_digits
        ):
            return None
    return None


def _hit(tokens: list[Token], h: int) -> bool:
    """Whether the harm at ``h`` struck its people: not "shot down", not "shot at" alone."""
    nxt = tokens[h + 1].low if h + 1 < len(tokens) else ""
    if nxt == "down":
        return False
    return nxt != "at" or _manner_at(tokens, h + 1)


def _manner_at(tokens: list[Token], j: int) -> bool:
    """
    Whether a manner of execution ends at or after ``j`` within two words:
    ``lx.EXECUTION_MANNERS`` ("close range", "firing squad"), a word of
    ``lx.EXECUTION_MANNER_WORDS``, or ``("in" | "through") ("the" | "his" |
    "her" | "their")? ("back" "of" ...)? "head"``.
    """
    n = len(tokens)
    for m in range(j, min(n, j + 3)):
        low = tokens[m].low
        if low in lx.EXECUTION_MANNER_WORDS or (
            m > 0 and (tokens[m - 1].low, low) in lx.EXECUTION_MANNERS
        ):
            return True
    if j < n and tokens[j].low in ("in", "through"):
        m = j + 1
        if m < n and tokens[m].low in _HEAD_OWNERS:
            m += 1
        if m + 2 < n and tokens[m].low == "back" and tokens[m + 1].low == "of":
            m += 2
            if tokens[m].low in _HEAD_OWNERS:
                m += 1
        return m < n and tokens[m].low in _HEADS
    return False


def _stretch_end(tokens: list[Token], h: int) -> int:
    """Where the harm's stretch ends: the next count, clause end or statement end."""
    n = len(tokens)
    for m in range(h + 1, n):
        t = tokens[m]
        if t.low in _STRETCH_ENDS or t.is_digits or (t.low in lx.UNITS and t.low != "one"):
            return m
    return n


def executed(tokens: list[Token], start: int, h: int, *, led: bool = False) -> bool:
    """
    Whether the harm at ``h`` done to the group starting at ``start`` is an
    execution (see the module): ``led`` when the group was led away first
    (:func:`led_then_harmed`), else a manner after the harm within its
    stretch, or remains or burial after it in the sentence; and no word of
    the living from ``start`` to the stretch's end.
    """
    if tokens[h].low not in lx.UNTOLD_OUTCOME_HARMS:
        return False
    end = _stretch_end(tokens, h)
    if not lx.LIVING_WORDS.isdisjoint(t.low for t in tokens[start:end]):
        return False
    if not lx.OUTCOME_ADVERBS.isdisjoint(t.low for t in tokens[h:end]):
        return False  # "were shot at close range, one fatally": the part tells the fate
    return (
        led
        or any(_manner_at(tokens, m) for m in range(h + 1, min(end, h + _MANNER_REACH)))
        or _buried_after(tokens, h)
    )


def _buried_after(tokens: list[Token], h: int) -> bool:
    """
    Whether remains or a burial are told after the harm at ``h``, within
    reach and before any other count ("were shot and buried", "were shot by
    troops; the bodies were dumped"; not "were shot near the market, where
    police found the bodies of two other men", whose bodies are others').
    """
    n = len(tokens)
    for m in range(h + 1, min(n, h + 1 + _BURIAL_REACH)):
        t = tokens[m]
        if t.is_digits or (t.low in lx.UNITS and t.low != "one"):
            return False
        if t.low in lx.BURIAL_WORDS:
            after = {x.low for x in tokens[m + 1 : m + 4]}
            return not ("of" in after and not after.isdisjoint(lx.FURTHER_WORDS))
    return False
