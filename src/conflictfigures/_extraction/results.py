"""
Result phrases: what befell the object of an active verb, told after it
("stabbed a shopkeeper to death", "shot four villagers dead", "left 50,000
people homeless", "struck a pedestrian, causing serious injuries").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from conflictfigures import _lexicon as lx
from conflictfigures._extraction.crossers import DWELLERS
from conflictfigures._extraction.deaths import death_after_phrase
from conflictfigures._extraction.flight import shelter_end
from conflictfigures._extraction.gazetteer import country_end
from conflictfigures._extraction.going_abroad import border_crossed_end
from conflictfigures._extraction.heads import past_second_noun
from conflictfigures._extraction.injuries import read_injury
from conflictfigures._extraction.numbers import NumberReading, count_word
from conflictfigures._extraction.reading import Reading
from conflictfigures._extraction.triggers import intended, longest_at, phrase_lengths
from conflictfigures.models import Category, Qualifier

if TYPE_CHECKING:
    from conflictfigures._extraction.text import Token


#: The nouns after "neighbouring" that a verb forcing people drives them
#: abroad into ("into neighbouring countries"; not "states").
_ABROAD_NOUNS = lx.ABROAD_NOUNS - {"states"}


def read_result(
    tokens: list[Token], num: NumberReading, np: tuple[int, int, int]
) -> tuple[Category, int, int] | None:
    """
    ``VERB NUMBER NP RESULT``: an active verb, its object and what befell it
    ("stabbed a shopkeeper to death", "shot four villagers dead", "left
    50,000 people homeless", "forced 20,000 into temporary shelters").

    Returns the category, the verb's index and the index after the result.
    """
    j = np[2]
    caused = _caused_injury(tokens, num, j)
    if caused is not None:
        return caused
    j = _past_of_phrase(tokens, j)  # "forced 12,000 residents of the camp to flee"
    j = past_second_noun(tokens, j, _result_at)  # "shot two men and women dead"
    j = _past_place_phrase(tokens, j)  # "left 5,000 people in both countries homeless"
    result = _result_phrase_at(tokens, j) if j < len(tokens) else None
    # "forced more than 700,000 people into evacuation centres"
    at = tokens[j].low if j < len(tokens) else ""  # (the word after the object, read once)
    shelter = shelter_end(tokens, j + 1) if j + 1 < len(tokens) and at == "into" else None
    # "drove some 730,000 Rohingya into Bangladesh", "has driven more than 4
    # million abroad": forced abroad
    abroad = (
        (
            j + 1 < len(tokens)
            and at == "into"
            and (
                country_end(tokens, j + 2 if tokens[j + 1].low == "neighbouring" else j + 1)
                is not None
                # "into neighbouring countries" (not "neighbouring states", a
                # country's own in India or Nigeria), of people, no forces
                or (
                    j + 2 < len(tokens)
                    and tokens[j + 1].low in lx.NEIGHBOURING
                    and tokens[j + 2].low in _ABROAD_NOUNS
                    and not any(t.low in lx.ARMED_WORDS for t in tokens[num.first : np[1]])
                )
            )
        )
        or at in lx.ABROAD_ADVERBS
        # "drove more than 740,000 across the border" (not "5,000 fighters
        # across the border region")
        or (
            j + 1 < len(tokens)
            and at == "across"
            and border_crossed_end(tokens, j + 1) is not None
            and not any(t.low in lx.ARMED_WORDS for t in tokens[num.first : np[1]])
        )
    )
    if result is None and shelter is None and not abroad:
        return None
    k = num.first - 1
    if k >= 0 and tokens[k].low in ("another", "also", "all"):
        k -= 1
    if k < 0:
        return None
    verb = tokens[k]
    if (
        not verb.is_word
        or verb.is_capitalized
        or verb.low in lx.NP_STOP
        or verb.low in lx.DETERMINERS
        or verb.low in lx.PREPOSITIONS
        or intended(tokens, k)  # "could ... leave 1 million homeless": a hypothesis
    ):
        return None
    if shelter is not None:
        return shelter[1], k, shelter[0]
    if abroad:
        if verb.low not in lx.FORCING_VERBS:
            return None
        across = border_crossed_end(tokens, j + 1) if at == "across" else None
        return Category.REFUGEES, k, across or j + 1
    if result is None:
        return None
    words, category = result
    if words == ("alive",) and verb.low not in lx.ALIVE_VERBS:
        return None  # "found two climbers alive"
    if words == ("out", "of") and verb.low not in lx.FORCING_VERBS:
        return None  # "pulled 12 people out of the rubble": rescued
    if words[0] == "in" and not _wound_told(tokens, verb, num, j + len(words)):
        return None
    if words == ("fleeing",) and verb.low not in lx.SENDING_VERBS:
        return None  # "shot three villagers fleeing the attack": no flight counted
    if words[:2] == ("to", "cross") and not (
        verb.low in lx.SENDING_VERBS or verb.low in ("prompted", "caused", "led")
    ):
        return None  # "will allow 500 foreign nationals to cross into Egypt": a leave
    if words == ("to", "safety") and (
        verb.low not in lx.MOVE_VERBS or tokens[np[1] - 1].low not in _MOVED_POPULATION
    ):
        # "pulled 12 people to safety": rescued; "moved 300 troops", "40
        # patients", "1,500 artworks to safety": no one moved from home
        return None
    if (category is Category.EQUIPMENT_DESTROYED) != (verb.low in lx.FIRE_SETTING_VERBS):
        return None  # a fire set only by "set": "saw two trucks on fire" is none
    if verb.low in lx.SENTENCE_VERBS:
        return None  # "sentenced 14 people to death": a sentence, no death
    end = j + len(words)
    if (
        category is Category.WOUNDED
        and num.stated == 1
        and (death := death_after_phrase(tokens, end)) is not None
    ):
        # "took him to a hospital where he later passed away": a death
        return Category.KILLED, k, death + 1
    return category, k, end


#: How many words an of-phrase between an object and its result may hold.
_OF_PHRASE_WORDS = 3


#: The nouns of a population moved from home to safety ("moved some 110,000
#: people to safety"), as evacuations count them.
_MOVED_POPULATION = DWELLERS | {"people", "persons", "civilians", "individuals"}


def _past_of_phrase(tokens: list[Token], j: int) -> int:
    """
    Where a result starts after ``"of" WORD{1,3}`` at ``j`` (the object's
    of-phrase: "residents of the camp to flee", "two members of the family
    dead"), else ``j``.
    """
    n = len(tokens)
    if j >= n or tokens[j].low != "of":
        return j
    for m in range(j + 2, min(n, j + 2 + _OF_PHRASE_WORDS)):
        if not tokens[m - 1].is_word or tokens[m - 1].low in lx.NP_STOP:
            return j
        if _result_at(tokens, m):
            return m
    return j


def _result_at(tokens: list[Token], m: int) -> bool:
    """Whether a result phrase starts at ``m``."""
    return longest_at(tokens, m, lx.RESULT_WORDS, _RESULT_LENGTHS) is not None


def _result_phrase_at(tokens: list[Token], j: int) -> tuple[tuple[str, ...], Category] | None:
    """The longest result phrase starting at ``j`` (its words and category), else ``None``."""
    found = longest_at(tokens, j, lx.RESULT_WORDS, _RESULT_LENGTHS)
    if found is None:
        return None
    length, category = found
    return tuple(t.low for t in tokens[j : j + length]), category


def _wound_told(tokens: list[Token], verb: Token, num: NumberReading, end: int) -> bool:
    """
    Whether a part of the body ending at ``end`` tells a wound: after a verb
    of harm ("striking one officer in the arm"; not "found a man in the
    back of a car"), with no death right after it ("shot his wife in the
    chest, killing her": the death decides), on no pronoun ("shot him in
    the face": one the story named before), and not the part of something
    else ("in the back of the head").
    """
    return (
        verb.low in lx.WOUNDING_VERBS
        and tokens[num.first].low not in _OBJECT_PRONOUNS
        # "in the back of the head", "in the back of the convoy": a place
        and not (end < len(tokens) and tokens[end].low == "of")
        and not any(t.low.startswith(_DEATH_STARTS) for t in tokens[end : end + _DEATH_AFTER_WOUND])
    )


#: The pronouns of one the story named before ("shot him in the face").
_OBJECT_PRONOUNS = frozenset({"him", "her", "them"})
#: How far after a wound's place a death may stand and decide ("in the chest, killing her").
_DEATH_AFTER_WOUND = 5
#: How the words of a death begin ("killing", "died", "fatally").
_DEATH_STARTS = (*lx.DEATH_STEMS, "kill")
#: Verbs after an object that give what befell it ("causing critical injuries").
_CAUSING = frozenset({"causing", "inflicting", "leaving"})
#: How many words of a modifier may stand between the group and "causing".
_CAUSED_REACH = 8
#: Words before an object on which harm fell ("a tree fell on a girl").
_FELL_ON = frozenset({"on", "onto", "upon", "into"})


def _caused_injury(
    tokens: list[Token], num: NumberReading, j: int
) -> tuple[Category, int, int] | None:
    """
    ``(VERB | "on" | "into") NUMBER NP ","? "causing" INJURY`` with no "to"
    after it: harm that fell on the group ("a tree fell on a girl, causing
    critical injuries", "struck a pedestrian, causing serious injuries"),
    past a modifier of the group of a few words ("a girl viewing a softball
    game, causing ...").
    """
    n = len(tokens)
    for m in range(j, min(n, j + _CAUSED_REACH)):
        if tokens[m].text == "," or tokens[m].low in _CAUSING:
            j = m
            break
        if not tokens[m].is_word or tokens[m].low in lx.MODIFIER_STOPS:
            return None
    if j < n and tokens[j].text == ",":
        j += 1
    if j >= n or tokens[j].low not in _CAUSING or num.first == 0:
        return None
    before = tokens[num.first - 1]
    if not before.is_word or (before.low in lx.PREPOSITIONS and before.low not in _FELL_ON):
        return None
    injury = read_injury(tokens, j + 1)
    if (
        injury is None
        or (injury[1] < n and tokens[injury[1]].low == "to")
        # "hit two automobiles causing two minor injuries": the injuries are counted
        or any(count_word(t) for t in tokens[j + 1 : injury[1]])
    ):
        return None
    return injury[0], num.first - 1, injury[1]


#: The lengths the result phrases of each first word come in, longest first.
_RESULT_LENGTHS = phrase_lengths(lx.RESULT_WORDS)


#: How many words a place phrase between an object and its result may hold.
_PLACE_PHRASE_WORDS = 5


def _past_place_phrase(tokens: list[Token], j: int) -> int:
    """
    ``PLACE_PREP WORD{1,5}`` at ``j`` right before a result ("left 5,000
    people in the two provinces homeless", "left 12 people in the village
    dead"), or an aside (:func:`_past_aside`): where the result starts, else
    ``j``.
    """
    n = len(tokens)
    if j >= n:
        return j
    low = tokens[j].low
    if low == ",":
        return _past_aside(tokens, j)  # "sent 14 people, including six firefighters, to hospitals"
    if low not in lx.PLACE_PREPS:
        return j
    for m in range(j + 2, min(n, j + 2 + _PLACE_PHRASE_WORDS)):
        if m < n and tokens[m].low in _RESULT_LENGTHS and _result_phrase_at(tokens, m) is not None:
            return m
        tok = tokens[m - 1]
        if not tok.is_word or (
            tok.low in lx.NP_STOP and tok.low not in lx.DETERMINERS and tok.low != "both"
        ):
            return j
    return j


#: How many tokens such an aside may hold.
_ASIDE_TOKENS = 10


def _past_aside(tokens: list[Token], j: int) -> int:
    """
    ``"," ("including" | "among" ...) WORD* ","`` at ``j`` (the comma read by
    the caller): the index after the
    aside's closing comma ("sent 14 people, including six firefighters, to
    hospitals"), else ``j``.
    """
    n = len(tokens)
    if j + 2 >= n or tokens[j + 1].low not in lx.PART_OPENERS:
        return j
    for k in range(j + 2, min(n, j + 2 + _ASIDE_TOKENS)):
        if tokens[k].text == ",":
            return k + 1
        if not (tokens[k].is_word or tokens[k].is_digits or tokens[k].text == "-"):
            return j
    return j


def read_result_of_one(tokens: list[Token], i: int) -> Reading | None:
    """``VERB ("him" | "her") RESULT``: "police shot him dead", "beat her to death"."""
    one = NumberReading(i, i + 1, 1, Qualifier.EXACT)
    result = read_result(tokens, one, (i + 1, i + 1, i + 1))
    if result is None:
        return None
    category, first, last = result
    r = Reading(one, category)
    r.first = first
    r.last = last
    r.np = (i, i + 1)
    r.active = True
    return r


def result_after(lows: list[str], i: int) -> bool:
    """Whether a result phrase's first word follows ``i`` ("him dead", "her to death")."""
    return i + 1 < len(lows) and lows[i + 1] in _RESULT_LENGTHS


#: What may stand between a fate and its being unknown ("remains still unknown").
_FATE_VERBS = lx.BE_FORMS | {"remain", "remains", "remained", "still", "also", "yet"}


def unknown_fate(tokens: list[Token], num: NumberReading, np: tuple[int, int, int]) -> int | None:
    """
    ``"the" FATE_NOUN "of" "the"? NUMBER NP (BE | "remain")+ UNKNOWN_WORD``: people
    whose fate no one knows are missing ("The fate of 20 residents remains
    unknown", "the whereabouts of 12 fishermen are still unclear", "the fate
    of 60 residents of the building is still unknown"); not attackers or
    escaped inmates at large, nor a fate known "until" some time; returns
    the index after the unknown word.
    """
    k = num.first - 1
    if k > 0 and tokens[k].low == "the":
        k -= 1  # "the fate of the 20 residents"
    if k < 1 or tokens[k].low != "of" or tokens[k - 1].low not in lx.FATE_NOUNS:
        return None
    if any(
        t.low in lx.PERPETRATOR_NOUNS or t.low in lx.AT_LARGE_WORDS
        for t in tokens[num.last : np[1]]
    ):
        return None  # "the whereabouts of the three gunmen": at large, no one missing
    n = len(tokens)
    k = np[2]
    if k < n and tokens[k].low in ("of", "and"):
        # the group's own place: "the fate of 60 residents of the building";
        # people joined to it: "the whereabouts of 25 patients and medical staff"
        m = k + 1
        while m < n and m <= k + _OF_WORDS and tokens[m].is_word:
            if tokens[m].low in _FATE_VERBS:
                break
            m += 1
        k = m
    start = k
    while k < n and tokens[k].low in _FATE_VERBS:
        k += 1
    if k == start or k >= n or tokens[k].low not in lx.UNKNOWN_WORDS:
        return None
    if k + 1 < n and tokens[k + 1].low in ("until", "till"):
        return None  # "was unknown until rescuers found them alive"
    return k + 1


#: How many words the group's own "of" phrase may take before its verb.
_OF_WORDS = 4
