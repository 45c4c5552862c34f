"""
Running totals told by an ordinal, as local news numbers its killings:
"the city's 23rd homicide of 2016", "Winnipeg's ninth and tenth homicides of
2024", "the third person to be shot dead on Merseyside this year". The
ordinal's place (the last of two joined) is the count of the killed so far:
a running total, whose period the sentence may tell ("of 2016", "this
year"). An ordinal of one's own people ("the third died", "a third victim")
is read elsewhere (:func:`~conflictfigures._extraction.reading.ordinal_toll`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from conflictfigures import _lexicon as lx
from conflictfigures._extraction.heads import one_person_noun
from conflictfigures._extraction.numbers import NumberReading, ordinal_value
from conflictfigures._extraction.reading import Reading, finish
from conflictfigures._extraction.text import GLUED, possessive
from conflictfigures.models import Category, Qualifier

if TYPE_CHECKING:
    from collections.abc import Set as AbstractSet

    from conflictfigures._extraction.text import Token

__all__ = ["may_number_killings", "ordinal_tolls"]

#: Nouns of a killing an ordinal numbers ("the 23rd homicide").
_KILLINGS = lx.KILLING_NOUNS
#: Nouns of one person an ordinal numbers among the killed ("the third person
#: to be shot dead").
_ONE_KILLED = frozenset({"person", "victim"})
#: The most digits an ordinal's place may take (a city's homicides, a war's
#: deaths; "the 99999999999999999999th" is no count).
_MOST_DIGITS = 7
#: The words that may stand right before the ordinal: "the", or a possessive.
_OWNERS = frozenset({"the"}) | lx.POSSESSIVES


#: Words that may follow an ordinal's noun of killing ("the 23rd homicide of
#: 2016", "the fifth killing by them in a week", "Edmonton's 12th homicide this
#: year"): a place, a time or the verb after; any other word makes the noun
#: its modifier ("the second murder trial").
_AFTER_KILLING = lx.PREPOSITIONS | lx.BE_FORMS | {"this", "so", "since", "and", "to", "that"}


#: The participles of killing a numbered person may take ("the third
#: journalist killed in Mexico this year").
_KILLED_PARTICIPLES = frozenset(
    word
    for word, (people, _) in lx.PASSIVE_TRIGGERS.items()
    if people is Category.KILLED and word.endswith("ed") and word not in ("died", "perished")
)
#: Words before a number that open the span a numbered person's killing is
#: counted in ("in 2024"; "so far", "since" and "this year" are read apart),
#: and how far after the participle the span may stand.
_CALENDAR_OPENERS = frozenset({"this", "in", "of", "during", "over"})
_SPAN_REACH = 5


def may_number_killings(words: AbstractSet[str]) -> bool:
    """Whether a sentence (its set of lower-case words) may number its killings by an ordinal."""
    return not (
        _KILLINGS.isdisjoint(words)
        and _ONE_KILLED.isdisjoint(words)
        and _KILLED_PARTICIPLES.isdisjoint(words)
    ) and not (lx.COUNTING_ORDINALS.isdisjoint(words) and lx.ORDINAL_ENDINGS.isdisjoint(words))


def _counted_in_a_span(tokens: list[Token], k: int) -> bool:
    """
    Whether a span of time follows within a few words from ``k`` ("this
    year", "so far", "since January", "in 2024"): the count of a numbered
    person runs over it ("the third journalist killed in Mexico this year";
    not "The second soldier killed was a medic", one of the story's people).
    """
    window = tokens[k : k + _SPAN_REACH]
    return any(
        t.low in ("so", "since")
        or (t.low == "this" and m + 1 < len(window) and window[m + 1].low in _CALENDAR_SPANS)
        or (t.low in _CALENDAR_OPENERS and m + 1 < len(window) and window[m + 1].is_digits)
        for m, t in enumerate(window)
    )


#: The spans "this" may open for a count so far ("this year"; not "this morning").
_CALENDAR_SPANS = frozenset({"year", "month", "week", "season", "decade"})


def _ordinal_at(tokens: list[Token], k: int) -> tuple[int, int] | None:
    """An ordinal at ``k`` ("tenth", "23" "rd"): its place and the index after it."""
    tok = tokens[k]
    if tok.is_digits and k + 1 < len(tokens):
        end = tokens[k + 1]
        text = tok.text.replace(",", "")
        if (
            end.low in lx.ORDINAL_ENDINGS
            and end.gap == GLUED
            and text.isdigit()
            and len(text) <= _MOST_DIGITS
        ):
            return int(text), k + 2
        return None
    value = ordinal_value(tok)
    return (value, k + 1) if value is not None else None


def _owned(tokens: list[Token], k: int) -> bool:
    """Whether "the" or an owner stands before ``k`` ("its", "the city's", "Memphis'")."""
    if k == 0:
        return False
    before = tokens[k - 1]
    if before.low in _OWNERS or possessive(before.low):
        return True
    # "Memphis' 200th": an apostrophe alone after a plural or a name in "s"
    return before.text in ("'", "\u2019") and k > 1 and tokens[k - 2].low.endswith("s")


def _killed_after(tokens: list[Token], k: int) -> int | None:
    """
    ``("to" "be")? KILLED`` or ``"to" "die"`` at ``k`` ("to be shot dead",
    "killed", "to die"): the index after it, else ``None``.
    """
    n = len(tokens)
    if k + 1 < n and tokens[k].low == "to" and tokens[k + 1].low == "die":
        return k + 2
    if k + 1 < n and tokens[k].low == "to" and tokens[k + 1].low == "be":
        k += 2
    if k >= n:
        return None
    low = tokens[k].low
    if low == "shot" and k + 1 < n and tokens[k + 1].low == "dead":
        return k + 2
    trig = lx.PASSIVE_TRIGGERS.get(low)
    # a participle ("killed", "murdered"), not a verb of the person's own
    # ("The second victim died in hospital": one of the story's people)
    participle = low.endswith("ed") and low not in ("died", "perished")
    return k + 1 if trig is not None and trig[0] is Category.KILLED and participle else None


def ordinal_tolls(tokens: list[Token]) -> list[Reading]:
    """
    ``("the" | OWNER) ORDINAL ("and" ORDINAL)? KILLING`` ("Winnipeg's ninth
    and tenth homicides") or ``"the" ORDINAL PERSON ("to" "be")? KILLED``
    ("the third person to be shot dead"): a running total of the killed,
    the ordinal's place.
    """
    out: list[Reading] = []
    n = len(tokens)
    for k in range(1, n - 1):
        found = _ordinal_at(tokens, k)
        if found is None or not _owned(tokens, k):
            continue
        value, j = found
        if j + 1 < n and tokens[j].low == "and" and (second := _ordinal_at(tokens, j + 1)):
            value, j = second  # "the ninth and tenth homicides": ten so far
        if j >= n:
            continue
        noun = tokens[j].low
        if noun in _KILLINGS:
            end = j + 1
            after = tokens[end] if end < n else None
            if after is not None and after.is_word and after.low not in _AFTER_KILLING:
                continue  # a noun after it: "the second murder trial", "murder conviction"
        elif noun in _ONE_KILLED and tokens[k - 1].low == "the":
            killed = _killed_after(tokens, j + 1)
            if killed is None:
                continue
            end = killed
        elif (
            tokens[k - 1].low == "the"
            and one_person_noun(noun)
            and (killed := _killed_after(tokens, j + 1)) is not None
            and _counted_in_a_span(tokens, killed)
        ):
            # "the third journalist killed in Mexico this year"
            end = killed
        else:
            continue
        r = finish(
            Reading(NumberReading(k, j, value, Qualifier.EXACT), Category.KILLED),
            tokens,
            (j, j + 1, j + 1),
        )
        r.last = end
        r.cumulative = True
        out.append(r)
    return out
