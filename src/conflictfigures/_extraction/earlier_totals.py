"""
Totals changed and counts told before them: the count a total was changed
from ("has risen to 151, up from 115 a day earlier", "revised down to 8 from
10": :func:`changed_from`) and the earlier count of the same toll told
right after it (:func:`earlier_total`). Read by :mod:`.linking` after a
running total (moved out of :mod:`.totals` in session 60, when that module
passed 800 lines).
"""

from __future__ import annotations

import itertools
from typing import TYPE_CHECKING

from conflictfigures import _lexicon as lx
from conflictfigures._extraction.chunks import read_np
from conflictfigures._extraction.heads import noun_class
from conflictfigures._extraction.numbers import NumberReading
from conflictfigures._extraction.reading import Reading
from conflictfigures.models import Qualifier

if TYPE_CHECKING:
    from conflictfigures._extraction.text import Token

__all__ = ["changed_from", "earlier_total"]


#: How many words may stand between a total's verb and its noun, and
#: between the noun and "from" ("revised the death toll in the triple train
#: accident near Bahanaga Bazar station from 288 to 275").
_TOLL_NAME_WORDS = 3
_TOLL_PHRASE_WORDS = 16


def _toll_named_before(tokens: list[Token], at: int) -> bool:
    """
    ``TOTAL_VERB WORD{0,2} TOTAL_NOUN PHRASE? "from"`` ending at ``at``: the
    toll named after its verb, its phrase of place between ("revised the
    toll from", "revised the death toll in the train accident from"; a
    place's commas too: "raised its toll for the night attack on Solhan, in
    Yagha province, from 132 to 160").
    """
    for k in range(at - 1, max(-1, at - 1 - _TOLL_PHRASE_WORDS), -1):
        low = tokens[k].low
        if low in (";", ".", ":") or (
            low == ","
            and not (k >= 2 and (tokens[k - 1].is_capitalized or tokens[k - 2].is_capitalized))
        ):
            return False  # (a comma only after a place's name: "Solhan,", "Yagha province,")
        if low in lx.TOTAL_NOUNS:
            return any(
                tokens[v].low in lx.TOTAL_VERBS for v in range(max(0, k - _TOLL_NAME_WORDS), k)
            )
    return False


def changed_from(tokens: list[Token], num: NumberReading) -> NumberReading | None:
    """
    ``TOTAL_VERB "from" NUMBER "to" NUMBER``, read as a range: a total that
    changed from one count to another ("The toll had risen from 5 to 14";
    "revised the toll from 21 to 37"); the first count alone (the count the
    total replaced), whose "to" and the total after it are read next.
    """
    i = num.first
    if i < 2 or tokens[i - 1].low != "from":
        return None
    # (a fall is no range: "revised the death toll from 288 to 275" reads
    # 288 alone, its "to" and the new total next)
    falls = (
        num.qualifier is Qualifier.EXACT
        and num.last + 1 < len(tokens)
        and tokens[num.last].low == "to"
        and tokens[num.last + 1].is_digits
    )
    if num.qualifier is not Qualifier.RANGE and not falls:
        return None
    if tokens[i - 2].low not in lx.TOTAL_VERBS and not _toll_named_before(tokens, i - 1):
        return None
    if falls:
        return num
    for k in range(i + 1, num.last):
        if tokens[k].low == "to":
            return NumberReading(i, k, num.stated, Qualifier.EXACT)
    return None


#: How many words of day or place may stand between a total and the "up
#: from" of the count it replaced.
_TOTAL_TO_EARLIER = 8


def _counted_clause(tokens: list[Token], num: NumberReading) -> bool:
    """
    Whether a clause of counting or of what befell them follows a count
    set beside another, past its group: a relative clause ("who arrived"),
    a participle ("recorded in 2022") or its time ("in 2022").
    """
    _, end, _ = read_np(tokens, num.last)
    if end >= len(tokens):
        return False
    low = tokens[end].low
    return low in ("who", "that", "in", "during", "last") or (
        low.endswith("ed") and tokens[end].is_word
    )


#: The qualifiers before a multiple ("nearly double the 64,529").
_MULTIPLE_QUALIFIERS = frozenset({"nearly", "almost", "roughly", "about", "more", "than", "over"})
#: Words between "from" and the count a total replaced ("from an earlier 128").
_EARLIER_WORDS = frozenset({"earlier", "previous", "initial"})


def earlier_total(tokens: list[Token], prev: Reading, num: NumberReading) -> Reading | None:
    """
    ``TOTAL ","? ("up" | "down")? "from" ARTICLE? EARLIER? (TOLL "of")?
    NUMBER`` right after a running total: the count it replaced ("has risen
    to 151, up from 115 a day earlier"; "revised down the death toll to 126
    from an earlier 128", "... to 84, from an earlier figure of 101"), of
    the total's category, which the tally drops beside it (rule 0e).  Past
    the total's day or place, or after any count, only "up from", "down
    from" or "compared with" says it was replaced ("rose to 63 on Tuesday,
    up from 41 on Sunday"; "44,730 migrants have landed in Italy so far
    this year, down from 114,256"; "31 miners had died so far this year,
    compared with 49 in the whole of 2023").
    """
    if num.stated is None or num.article:
        return None
    j = num.first - 1
    low = tokens[j].low if j >= 0 else ""
    if low == "of" and j >= 2 and tokens[j - 1].low in lx.TOTAL_NOUNS:
        # the earlier count named as a toll: "from an earlier figure of 101",
        # "from a previous death toll of 128"
        j -= 2
        if tokens[j].low.startswith(lx.DEATH_STEMS):
            j -= 1
        low = tokens[j].low
    if j >= 0 and low in _EARLIER_WORDS:
        j -= 1
    if j >= 0 and tokens[j].low in ("an", "a", "the"):
        j -= 1
    word = tokens[j].low if j >= 0 else ""
    compared = j >= 2 and word in ("with", "to") and tokens[j - 1].low == "compared"
    if j >= 2 and word in lx.MULTIPLES and tokens[j + 1].low == "the":
        # "more than double the 248,284 recorded in 2022": a multiple of the
        # count set beside it, told by a clause of its own (not "double the
        # 40,000 it was designed for", a capacity)
        if not _counted_clause(tokens, num):
            return None
        j -= 1
        while j > 0 and tokens[j].low in _MULTIPLE_QUALIFIERS:
            j -= 1  # ("nearly double the 64,529 who arrived")
        j += 2  # (so that ``k`` below stands right before the multiple's words)
        compared = True
    if j < 1 or not (compared or word == "from"):
        return None
    if (prev.cumulative or prev.perfect or prev.category.is_stock) and _revised_from(tokens, j):
        # "the UN refugee agency said, revising its estimate upwards from
        # 313,000": the count the total replaced, past its statement
        r = Reading(num, prev.category)
        r.cumulative = True
        return r
    k = j - 2 if compared else j - 1
    # ("compared with 49 in the whole of 2023": the count set beside it)
    turned = compared or tokens[k].low in ("up", "down")
    if not (turned or prev.cumulative):
        return None  # (a count "up from" another need not be a total: "landed ..., down from")
    if turned and not compared:
        k -= 1
    if k >= 0 and tokens[k].text == ",":
        k -= 1
    if (
        k + 1 != prev.last
        and not (
            # past the total's day or place: "rose to 63 on Tuesday, up from 41
            # on Sunday"; "have landed in Italy so far this year, down from 114,256"
            turned
            and 0 < k + 1 - prev.last <= _TOTAL_TO_EARLIER
            and not any(
                # ("since" opens the total's period here: "57 murders since
                # the start of the year, up from 49")
                (t.low in lx.AUXILIARIES and t.low != "since")
                or t.low in lx.PASSIVE_TRIGGERS
                or t.low in lx.ACTIVE_TRIGGERS
                or t.text in (",", ";", ":")
                for t in tokens[prev.last : k + 1]
            )
        )
        and not (turned and _source_aside(tokens, prev.last, k + 1))
    ):
        return None
    start, end, _ = read_np(tokens, num.last)
    head = tokens[end - 1].low if end > start else prev.head
    if (
        head is not None
        and head != prev.head
        and head.endswith("s")
        and head not in lx.AGE_UNITS
        and noun_class(head) not in (("equipment",) if prev.category.is_equipment else _PEOPLE)
    ):
        # a count of other things: "50 murders ..., compared with 40
        # robberies" (not "95 people" or "95 victims" after "civilians")
        return None
    r = Reading(num, prev.category)
    r.cumulative = prev.cumulative
    return r


#: The classes of a noun that counts people or itself as the dead (a total's
#: earlier count may name its people anew: "95 people", "95 victims").
_PEOPLE = ("people", "agent", "self")

#: Words of a direction a total was revised in ("revising its estimate upwards").
_REVISED_WAYS = frozenset({"up", "upwards", "upward", "down", "downwards", "downward"})


def _revised_from(tokens: list[Token], j: int) -> bool:
    """
    ``TOTAL_VERB ("its" | "the" | "their") COUNT_NOUN REVISED_WAY? "from"``
    ending at ``j`` ("revising its estimate upwards from", "lowering the
    toll from"): a total moved from the count after it.
    """
    k = j - 1
    if k >= 0 and tokens[k].low in _REVISED_WAYS:
        k -= 1
    return (
        k >= 2
        and (tokens[k].low in lx.TOTAL_NOUNS or tokens[k].low in ("estimate", "estimates"))
        and tokens[k - 1].low in ("its", "the", "their")
        and tokens[k - 2].low in lx.TOTAL_VERBS
    )


#: How many tokens a source's aside between a total and its earlier count may hold.
_ASIDE_TOKENS = 20


def _source_aside(tokens: list[Token], start: int, end: int) -> bool:
    """
    ``WORD* "," WORD* (REPORTING_VERB | "according" "to") WORD* ","`` from
    ``start`` to ``end``: a source's aside between a total (and its day or
    period) and the count it replaced ("has risen to at least 160, the
    chairman said on Tuesday, up from 113 on Monday"; "336 homicides so far
    this year, according to police data, compared with 313").
    """
    stretch = tokens[start:end]
    comma = next((m for m, t in enumerate(stretch[: _TOTAL_TO_EARLIER + 1]) if t.text == ","), None)
    if comma is None or not _plain_words(stretch[:comma]):
        return False
    stretch = stretch[comma:]
    lows = [t.low for t in stretch]
    return (
        0 < len(stretch) <= _ASIDE_TOKENS
        and (
            any(low in lx.REPORTING_VERBS for low in lows)
            or any(a == "according" and b == "to" for a, b in itertools.pairwise(lows))
        )
        and not any(
            t.is_digits
            # ("said" is among the auxiliaries the group reader steps over,
            # and so is the "to" of "according to")
            or (
                t.low in lx.AUXILIARIES
                and t.low not in lx.REPORTING_VERBS
                and not (t.low == "to" and m and lows[m - 1] == "according")
            )
            or _verb_or_break(t)
            for m, t in enumerate(stretch)
        )
    )


def _verb_or_break(t: Token) -> bool:
    """Whether a token is a verb of a figure or breaks a sentence (";", ":")."""
    return t.low in lx.PASSIVE_TRIGGERS or t.low in lx.ACTIVE_TRIGGERS or t.text in (";", ":")


def _plain_words(stretch: list[Token]) -> bool:
    """Whether a stretch before a source's aside holds no verb and no break (a day, a period)."""
    return not any(t.low in lx.AUXILIARIES or t.text == "," or _verb_or_break(t) for t in stretch)
