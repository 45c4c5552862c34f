"""
Milestones and totals past their number: "crossed the three-million mark",
"the death toll passes 31,000", "has reached 950,000", "rose above 11,000";
not a fear or a chance ("fears of the death toll reaching 10,000") nor a
bare form no total takes ("the top 3 commanders").  The totals reader asks them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from conflictfigures import _lexicon as lx
from conflictfigures.models import Qualifier

if TYPE_CHECKING:
    from conflictfigures._extraction.numbers import NumberReading
    from conflictfigures._extraction.text import Token


def passed_total(tokens: list[Token], num: NumberReading) -> bool:
    """
    ``TOTAL_VERB ("above" | "past" | "beyond") NUMBER`` ("rose above 11,000"),
    or ``TOTAL_VERB WORD* TOTAL_NOUN WORD* ("above" | ...) NUMBER`` in one
    clause, the total the verb's object ("pushed the death toll past 100",
    "pushed the total number of Palestinians killed ... past 30,000"): a
    total past its number.
    """
    i = num.first
    if not (
        i >= 2
        and num.stated is not None
        and num.qualifier is Qualifier.EXACT
        and tokens[i - 1].low in lx.PAST_WORDS
    ):
        return False
    if tokens[i - 2].low in lx.TOTAL_VERBS:
        return True
    noun = False
    for j in range(i - 2, max(-1, i - 2 - _OBJECT_REACH), -1):
        low = tokens[j].low
        if low in (",", ";", ".", ":"):
            return False
        if low in lx.TOTAL_VERBS:
            return noun and j + 1 < i - 2
        noun = noun or low in lx.TOTAL_NOUNS
    return False


#: How many words a total that is its verb's object may take before "past".
_OBJECT_REACH = 20


#: Milestone verbs in the bare form a plural subject takes ("arrivals top
#: 149,000"), which many other words share ("the top 3", "to pass 5").
_BARE_MILESTONES = frozenset({"top", "pass", "cross", "surpass", "exceed"})


#: Words before such a form that make it no total's verb.
_NO_SUBJECT = frozenset(
    {"the", "a", "an", "to", "will", "would", "could", "can", "may", "might", "must", "not"}
    | {"did", "do", "does", "should"}
)


def milestone_verb(tokens: list[Token], num: NumberReading) -> int | None:
    """
    ``MILESTONE_VERB "the" NUMBER MILESTONE_NOUN``: "crossed the
    three-million mark", "passed the 1,000 threshold"; or ``TOTAL_NOUN
    MILESTONE_VERB NUMBER``: "death toll passes 31,000", "toll tops 100";
    the verb's index.
    """
    i, j = num.first, num.last
    if (
        i >= 2
        and j < len(tokens)
        and tokens[j].low in lx.MILESTONE_NOUNS
        and tokens[i - 1].low == "the"
        and tokens[i - 2].low in lx.MILESTONE_VERBS
    ):
        return i - 2
    if i >= 2 and after_milestone_verb(tokens, num) and tokens[i - 2].low in lx.TOTAL_NOUNS:
        return i - 1
    return None


#: How far before a toll's noun the "with" of its absolute phrase may stand.
_WITH_REACH = 4


#: How far before the toll's noun its clause is read for a fear or a chance.
_CHANCE_REACH = 12


#: Words before such a phrase that make its number a fear or a chance, no count.
_PROJECTING = lx.CHANCE_WORDS | lx.MODALS | lx.PROJECTION_WORDS | lx.IF_WORDS


def _absolute_toll(tokens: list[Token], noun: int) -> bool:
    """
    Whether the total's words ending at ``noun`` open an absolute phrase with "with"
    ("with the death toll reaching 45"), in a clause that tells no fear or
    chance before it ("a 35% chance of fatalities exceeding 1,000", "fears of
    the death toll reaching 10,000": no count; but "Officials warned of more
    strikes, with the death toll reaching 45").
    """
    if noun < 0:
        return False  # (the participle opens the sentence: no toll's noun before it)
    if not (
        tokens[noun].text == ","  # ("The death toll, reaching 45 on Monday")
        or any(t.low == "with" for t in tokens[max(0, noun - _WITH_REACH) : noun])
    ):
        return False
    lo = max(-1, noun - 1 - _CHANCE_REACH)
    clause = next((j for j in range(noun - 1, lo, -1) if tokens[j].text in (",", ";")), lo)
    # (the noun itself too: "with some estimates reaching 1,000")
    return _PROJECTING.isdisjoint(t.low for t in tokens[clause + 1 : noun + 1])


def modal_estimate(tokens: list[Token], i: int) -> bool:
    """
    Whether the words before index ``i`` guess at a count that is:
    ``ESTIMATE_MODAL BELIEF_ADVERB? ESTIMATE_STATE`` ("could number", "may
    well be") or ``ESTIMATE_MODAL "have" "been"`` ("may have been"), not of a
    scenario (:func:`_hypothetical`). A modal before a verb that moves a
    total ("could rise to") projects instead.
    """
    if i < 2:
        return False
    verb = tokens[i - 1].low
    if verb == "been":
        guessed = i >= 3 and tokens[i - 2].low == "have" and tokens[i - 3].low in lx.ESTIMATE_MODALS
    elif verb in lx.ESTIMATE_STATES:
        k = i - 2
        if tokens[k].low in lx.BELIEF_ADVERBS and k:
            k -= 1
        guessed = tokens[k].low in lx.ESTIMATE_MODALS
    else:
        return False
    return guessed and not _hypothetical(tokens, i)


#: Words before a modal's guess that make it a scenario's, no count ("In a
#: worst-case scenario, the death toll could be 250,000", "Officials warned
#: the toll could be as high as 1,000").
_SCENARIO_WORDS = (
    lx.CHANCE_WORDS
    | lx.IF_WORDS
    | frozenset(
        {
            "worst",
            "projected",
            "projects",
            "forecast",
            "forecasts",
            "predicted",
            "predicts",
            "model",
        }
    )
)
#: Words after a guessed number that make it a share ("40 percent higher").
_SHARE_AFTER = frozenset({"%", "percent", "per", "times", "fold"})
#: Words after "by" that name a time to come ("by August", "by morning").
_BY_LATER = (
    frozenset(lx.MONTHS)
    | frozenset(lx.WEEKDAYS)
    | {"the", "morning", "tomorrow", "tonight", "then"}
)
#: How far before or after a guessed number its scenario or condition may
#: stand ("Officials warned ...", "... if the dam fails").
_CONDITION_REACH = 24


def _hypothetical(tokens: list[Token], i: int) -> bool:
    """
    Whether a modal's guess at ``i`` is of a scenario, not of what is: a word
    of a fear, a chance, a model or a condition up to ``_CONDITION_REACH``
    words before it, a
    condition after it ("if the storm makes landfall", "should a quake
    strike"), a time to come after "by" ("by August", "by 2050"), or a share
    right after the number ("40 percent higher").
    """
    n = len(tokens)
    # (a bounded reach back, so that a sentence of many guesses is read in
    # linear time)
    if any(
        tokens[m].low in _SCENARIO_WORDS or (tokens[m].low == "by" and _later_after(tokens, m + 1))
        for m in range(max(0, i - _CONDITION_REACH), i)
    ):
        return True  # "By 2050, the number of climate refugees could be 200 million"
    for m in range(i, min(n, i + _CONDITION_REACH)):
        low = tokens[m].low
        if low in (".", "!", "?"):
            return False
        if m < i + _SHARE_REACH and low in _SHARE_AFTER:
            return True
        if low in lx.IF_WORDS or (low == "should" and m > i):
            return True
        if low == "by" and _later_after(tokens, m + 1):
            return True
    return False


def _later_after(tokens: list[Token], m: int) -> bool:
    """Whether a time to come starts at ``m``, after "by" ("August", "2050", "the end")."""
    return m < len(tokens) and (tokens[m].low in _BY_LATER or tokens[m].is_digits)


#: How many words after a guess's first word a share's word may stand ("as many as 40 percent").
_SHARE_REACH = 6


def ranged_from(tokens: list[Token], num: NumberReading) -> bool:
    """
    ``RANGE_VERB "from" NUMBER ("to" | "-") NUMBER``: "estimates of the death
    toll range from 3,000 to 11,300", the range the total's estimates span.
    """
    i = num.first
    if not (
        i >= 2
        and num.stated_high is not None
        and tokens[i - 1].low == "from"
        and tokens[i - 2].low in lx.RANGE_VERBS
    ):
        return False
    # The subject's head is a count's: the noun before its first "of" ("Estimates
    # of the dead"), else the last noun before the verb ("the death toll");
    # not "The ages of the dead ranged from 3 to 80".
    n = len(tokens)
    if num.last + 1 < n and (
        tokens[num.last].low in ("per", "a", "each")
        or (tokens[num.last].low == "in" and tokens[num.last + 1].low in ("each", "every"))
    ):
        return False  # "ranged from 10 to 20 in each village": a spread, no total
    head = None
    counted = False  # (a total's noun in the subject: "Estimates of the dead")
    of_what = False  # (an "of" naming what the estimates count)
    for k in range(i - 3, max(-1, i - 3 - _RANGE_SUBJECT_REACH), -1):
        low = tokens[k].low
        if low in (",", ";", ":", ".") or low in lx.CLAUSE_JOINERS:
            break
        counted = counted or low in lx.TOTAL_NOUNS
        if low == "of" and k:
            head = tokens[k - 1].low
            of_what = True
        elif head is None and low not in lx.AUXILIARIES and tokens[k].is_word:
            head = low
    # Estimates of what no total's noun names count nothing the reader
    # knows, as "while estimates of the displaced varied from"; bare
    # estimates count the story's toll, as "estimates range from".
    return head in lx.TOTAL_NOUNS or (head in _ESTIMATE_NOUNS and (counted or not of_what))


#: How far back a range's subject is read.
_RANGE_SUBJECT_REACH = 12
#: Nouns of a count's estimates that may head a range's subject.
_ESTIMATE_NOUNS = frozenset({"estimates", "estimate", "figures", "counts", "tallies"})


def after_milestone_verb(tokens: list[Token], num: NumberReading) -> bool:
    """
    ``MILESTONE_VERB NUMBER``: "tops 100", "has reached 950,000"; the number
    exact, or qualified after a verb that states it ("numbered at least 40").
    """
    i = num.first
    if i > 2 and tokens[i - 1].low == "record" and tokens[i - 2].low in ("a", "new"):
        # "reached a record 6 million", "hit a new record 300"
        i -= 3 if tokens[i - 2].low == "new" and tokens[i - 3].low == "a" else 2
    if i == 0 or num.stated is None:
        return False
    if tokens[i - 1].low in _BARE_MILESTONES and (i < 2 or tokens[i - 2].low in _NO_SUBJECT):
        return False  # "the top 3 commanders", "tried to pass 5 checkpoints": no total's verb
    said = lx.MILESTONE_VERBS.get(tokens[i - 1].low)
    if said is None and (modal_estimate(tokens, i) or ranged_from(tokens, num)):
        # "the dead could number 50,000": a guess at the total; "estimates
        # of the dead range from 1,000 to 3,000": its estimates' span
        said = Qualifier.EXACT
    if said is not None and tokens[i - 1].low.endswith("ing") and not _absolute_toll(tokens, i - 2):
        return False  # "a 35% chance of fatalities exceeding 1,000": no count
    return said is not None and (
        num.qualifier is Qualifier.EXACT
        or (said is Qualifier.EXACT and num.qualifier is not Qualifier.VAGUE)
    )
