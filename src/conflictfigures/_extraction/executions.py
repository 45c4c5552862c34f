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
- the manner is an execution's: "by a firing squad", "in cold blood", "one
  by one", "execution-style", "summarily", "in the back of the head"; a shot
  at close range ("at close range", "point-blank") or in the head, which a
  shooting the victim lives through may tell too, only with a second such
  sign ("had been shot at close range ..., most in the head");
- their burial or their remains follow in the sentence: "were shot and
  buried", "the other eight were shot by troops; the bodies were dumped in a
  shallow grave" (a noun of remains after its determiner only: not "the
  gunman remains at large").

No word of the living may stand from the group's first word to the end of
the sentence ("were shot at close range and are in critical condition",
"shot in the head and taken to hospital", "but both survived"), nor a weapon
that rarely kills ("with rubber bullets", "a BB gun"), nor a part's fate
("one fatally"); nor any in the first words of the next sentence ("Both
are expected to recover": :func:`executions_lived`).  Each test reads a
bounded window of tokens, so the reader is linear in the sentence.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from conflictfigures import _lexicon as lx
from conflictfigures._extraction.triggers import is_adverb
from conflictfigures.models import Category

if TYPE_CHECKING:
    from conflictfigures._extraction.reading import Reading
    from conflictfigures._extraction.text import Sentence, Token

__all__ = ["executed", "executions_lived", "led_then_harmed"]

#: How far after a leading-away verb its "and" and the harm may stand
#: ("were lined up against the walls of the gurdwara and of a neighbouring
#: house in Chittisinghpora, Anantnag district, and shot").
_LED_REACH = 30
#: How far after the harm its manner may stand ("shot by soldiers of the
#: 33rd division at close range", "shot at close range on 4 August, most in
#: the head").
_MANNER_REACH = 16
#: How far after the harm its remains or burial may be told ("were shot by
#: troops; the bodies were dumped"); past a semicolon, only as the next
#: clause's first words.
_BURIAL_REACH = 40
_PAST_SEMICOLON = 3
#: How far past the harm a word of the living is looked for.
_LIVING_REACH = 60
#: Marks that end the stretch a manner is looked for in: another clause or statement.
_STRETCH_ENDS = frozenset({";", ".", ":", "but", "while", "whereas"})
#: Words before a noun of remains that make it one ("their bodies", "the remains").
_REMAINS_OWNERS = lx.POSSESSIVES | {"the", "whose", "human"}
#: Words between "in" and "head" ("in the head", "in their heads").
_HEAD_OWNERS = lx.POSSESSIVES | {"the"}
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
    return nxt != "at" or _manner_at(tokens, h + 1) is not None


def _manner_at(tokens: list[Token], j: int) -> str | None:
    """
    The kind of manner that ends at or after ``j`` within two words: "sure"
    (``lx.EXECUTION_MANNERS``, ``lx.EXECUTION_MANNER_WORDS``, "in the back of
    the head"), "close" (``lx.CLOSE_RANGE_MANNERS``, ``lx.CLOSE_RANGE_WORDS``,
    ``("in" | "through") OWNER? "head"``); else ``None``.
    """
    n = len(tokens)
    for m in range(j, min(n, j + 3)):
        low = tokens[m].low
        pair = (tokens[m - 1].low, low) if m > 0 else ("", low)
        if low in lx.EXECUTION_MANNER_WORDS or pair in lx.EXECUTION_MANNERS:
            return "sure"
        if low in lx.CLOSE_RANGE_WORDS or pair in lx.CLOSE_RANGE_MANNERS:
            return "close"
    if j < n and tokens[j].low in ("in", "through"):
        m = j + 1
        if m < n and tokens[m].low in _HEAD_OWNERS:
            m += 1
        back = m + 2 < n and tokens[m].low == "back" and tokens[m + 1].low == "of"
        if back:
            m += 2
            if tokens[m].low in _HEAD_OWNERS:
                m += 1
        if m < n and tokens[m].low in _HEADS:
            return "sure" if back else "close"
    return None


def _living_from(tokens: list[Token], start: int, h: int) -> bool:
    """
    Whether a word of the living or of a weapon that rarely kills stands
    from the group's first word to the sentence's end (within reach), or a
    part's fate after the harm ("one fatally").
    """
    stretch = tokens[start : h + _LIVING_REACH]
    lows = {t.low for t in stretch}
    return (
        not lx.LIVING_WORDS.isdisjoint(lows)
        or not lx.LESS_LETHAL_WORDS.isdisjoint(lows)
        or not lx.OUTCOME_ADVERBS.isdisjoint(t.low for t in tokens[h : h + _LIVING_REACH])
    )


def executed(tokens: list[Token], start: int, h: int, *, led: bool = False) -> bool:
    """
    Whether the harm at ``h`` done to the group starting at ``start`` is an
    execution (see the module): ``led`` when the group was led away first
    (:func:`led_then_harmed`), else a sure manner after the harm within its
    stretch, two signs of a shot at close range, or remains or burial after
    it; and no word of the living in the sentence.
    """
    if tokens[h].low not in lx.UNTOLD_OUTCOME_HARMS or _living_from(tokens, start, h):
        return False
    if led or _buried_after(tokens, h):
        return True
    n = len(tokens)
    close = 0
    m = h + 1
    while m < min(n, h + _MANNER_REACH) and tokens[m].low not in _STRETCH_ENDS:
        kind = _manner_at(tokens, m)
        if kind == "sure":
            return True
        if kind == "close":
            close += 1
            m += 3  # (past its words: one sign is read once)
            continue
        m += 1
    return close >= 2


def _buried_after(tokens: list[Token], h: int) -> bool:
    """
    Whether a burial, a grave or the remains of the dead are told after the
    harm at ``h``, within reach and before any other count ("were shot and
    buried", "were shot by troops; the bodies were dumped"; not "where police
    found the bodies of two other men", nor "the gunman remains at large").
    """
    n = len(tokens)
    semicolon = None
    for m in range(h + 1, min(n, h + 1 + _BURIAL_REACH)):
        t = tokens[m]
        if t.is_digits or (t.low in lx.UNITS and t.low != "one"):
            return False
        if t.text == ";":
            semicolon = m
            continue
        if semicolon is not None and m - semicolon > _PAST_SEMICOLON:
            return False
        remains = t.low in lx.BODY_NOUNS and tokens[m - 1].low in _REMAINS_OWNERS
        if remains or t.low in lx.BURIAL_WORDS:
            after = {x.low for x in tokens[m + 1 : m + 4]}
            return not ("of" in after and not after.isdisjoint(lx.FURTHER_WORDS))
    return False


def executions_lived(
    text: str, sent: Sentence, lows: list[str], readings: list[Reading]
) -> list[Reading]:
    """
    The sentence's readings, each execution it read (a killing whose words
    end in a harm of untold outcome, "Two men were shot in the head") made
    the wounded again, with its members and parts, when the next sentence
    tells someone alive in its first 200 characters ("... on Friday. Both are
    expected to recover"), unless it opens on one person and the group is
    more ("Thirty-five men were lined up ... and shot. One man ... survived":
    one of many lived); read only for a sentence that holds such a killing.
    """
    shot = [
        r
        for r in readings
        if r.category is Category.KILLED
        and lows[r.last - 1] in lx.UNTOLD_OUTCOME_HARMS
        and not (r.last >= 2 and lows[r.last - 2] in lx.FATAL_ADVERBS)
    ]
    if not shot:
        return readings  # (the usual case: the next sentence is not read)
    living = _lives_after(text, sent.end)
    if living is None:
        return readings
    for r in shot:
        if living == "one" and (r.number.stated or 0) > 1:
            continue  # "... lined up and shot. One man ... survived": one of many lived
        for x in (r, *(r.members or ()), *(r.parts or ())):
            if x.category is Category.KILLED:
                x.category = Category.WOUNDED
    return readings


#: Words that open a sentence on one person ("One man, hit in the hip,
#: survived", "A survivor said").
_ONE_OPENERS = frozenset({"one", "a", "an", "only"})


def _lives_after(text: str, end: int) -> str | None:
    """
    Whether the sentence after the one ending at character ``end`` of
    ``text`` holds a word of ``lx.LIVING_WORDS`` in its first 200
    characters: "one" when it opens on one person ("One man ... survived"),
    "some" when on others ("Both are expected to recover"), else ``None``.
    """
    window = text[end : end + 200]
    stop = window.find(".", 1)
    words = [
        w.strip(",;:\"'()") for w in window[: stop if stop > 0 else len(window)].lower().split()
    ]
    if lx.LIVING_WORDS.isdisjoint(words):
        return None
    return "one" if words and words[0] in _ONE_OPENERS else "some"
