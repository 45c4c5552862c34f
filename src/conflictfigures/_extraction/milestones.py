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


#: Adverbs of the present between a total's verb and its number ("the
#: death toll is now 250", "has already reached 1,000" reads without one).
_VERB_ADVERBS = lx.STAY_ADVERBS | {"officially"}


def number_start(tokens: list[Token], i: int) -> int:
    """
    Where the words before a total's number at ``i`` end, past "a record"
    ("reached a record 6 million", "hit a new record 300") and an adverb
    after a milestone's verb ("the death toll is now 250", "was officially
    300"): the number's own start when neither stands there.
    """
    if i < 2:
        return i
    before = tokens[i - 1].low
    if before == "record" and i > 2 and tokens[i - 2].low in ("a", "new"):
        return i - (3 if tokens[i - 2].low == "new" and tokens[i - 3].low == "a" else 2)
    if before in _VERB_ADVERBS and tokens[i - 2].low in lx.MILESTONE_VERBS:
        return i - 1
    return i


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
    return guessed and not _hypothetical(tokens, i, past=verb == "been")


#: Words in a modal's own clause before its guess that make it a scenario's
#: ("Officials warned the toll could be as high as 1,000", "a model projects
#: the dead could number 10,000"); not "estimates", which guess at what is
#: ("Estimates suggest the death toll could be as high as 5,000").
_SCENARIO_WORDS = (lx.CHANCE_WORDS - {"estimates"}) | lx.IF_WORDS | lx.FORECAST_WORDS
#: Words in a clause set off before a guess that make it a scenario's ("In
#: one scenario, ...", "Under the UN's model, ..."); not a fear or a
#: warning, of something else there ("Amid fears of reprisals, ...").
_FRONTED_SCENARIO_WORDS = _SCENARIO_WORDS - lx.FEAR_WORDS - lx.IF_WORDS
#: Words of a condition that opens a clause ("if the dam fails", "should a quake strike").
_CONDITION_OPENERS = lx.IF_WORDS | {"should"}
#: Words after a guessed number that make it a multiple ("five times higher", "10-fold").
_MULTIPLE_WORDS = frozenset({"times", "fold"})
#: Words that end a guess's own clause.
_CLAUSE_ENDS = frozenset({",", ";", ":", "though", "although"}) | lx.CLAUSE_JOINERS
#: How far before or after a guessed number its scenario or condition may
#: stand ("Officials warned ...", "... if the dam fails").
_CONDITION_REACH = 24


def _hypothetical(tokens: list[Token], i: int, *, past: bool = False) -> bool:
    """
    Whether a modal's guess at ``i`` is of a scenario, not of what is: a word
    of a fear, a chance, a model or a condition in the guess's own clause
    before it, a fronted clause of a condition or a scenario ("If the dam
    fails,", "By 2050,", "In a worst-case scenario,"), a condition after it
    ("if the storm makes landfall", "should a quake strike"), a time to come
    after "by" ("by August", "by the end of the year"; never after a guess
    at the past, "may have been 3,000 by the end of the siege"), or a share
    right after the number ("40 percent higher").
    """
    # (a bounded reach either way, so that a sentence of many guesses is
    # read in linear time)
    return _scenario_before(tokens, i, past) or _condition_after(tokens, i, past)


def _scenario_before(tokens: list[Token], i: int, past: bool) -> bool:
    """
    Whether the guess's own clause before ``i`` tells a scenario (up to its
    speaking verb: "Amid fears of reprisals, villagers said the dead could
    number 60" is a guess), or a clause fronted before it, past the
    speaker's words, opens with a condition or names a scenario ("If the dam
    fails, officials said, the dead could number 3,000").
    """
    own = True
    spoken = False  # whether the speaker's words stand between (", officials said,")
    said = False  # whether a speaker's verb was passed
    for m in range(i - 1, max(-1, i - 1 - _CONDITION_REACH), -1):
        low = tokens[m].low
        if low in (".", "!", "?"):
            return False
        if low in _CLAUSE_ENDS:
            if spoken and low in (",", ":"):
                spoken = False  # the comma before the speaker: "If the dam fails, officials said,"
                continue
            if not own or low not in (",", ":"):
                return False  # (an earlier clause of its own: "..., and the dead could")
            own = False
        elif _scenario_word(tokens, m, own) or (
            (own or _opens_clause(tokens, m))
            and _condition_at(tokens, m, past)
            # (past a speaker, "by" a time to come only before a year: "By
            # 2050, experts say ..."; "By Monday night, officials said ..."
            # is when they spoke)
            and not (said and low == "by" and not tokens[m + 1].text.isdecimal())
        ):
            return True
        elif low in lx.REPORTING_VERBS:
            # the speaker's words: a condition or scenario fronted before
            # them is still the guess's ("If the dam fails, officials said,
            # the dead could number 3,000")
            own, spoken, said = False, True, True
    return False


def _scenario_word(tokens: list[Token], m: int, own: bool) -> bool:
    """
    Whether ``tokens[m]`` tells a fear, a chance, a model or a condition
    ("warned", "if") in the guess's own clause, or a chance or a model in a
    clause before it.
    """
    words = _SCENARIO_WORDS if own else _FRONTED_SCENARIO_WORDS
    return tokens[m].low in words or _worst_case(tokens, m)


def _opens_clause(tokens: list[Token], m: int) -> bool:
    """Whether ``tokens[m]`` opens a clause: first, or after a comma, a joiner or "that"."""
    return m == 0 or tokens[m - 1].low in _CLAUSE_ENDS or tokens[m - 1].low == "that"


def _condition_at(tokens: list[Token], m: int, past: bool) -> bool:
    """
    Whether a condition ("if", "should") or a time to come after "by"
    ("by August", "by 2050"; not after a guess at the past) starts at ``m``;
    not an idiom ("if anything", "as if").
    """
    low = tokens[m].low
    if low == "if" and (
        (m + 1 < len(tokens) and tokens[m + 1].low in lx.IF_IDIOM_WORDS)
        or (m > 0 and tokens[m - 1].low == "as")
    ):
        return False
    return low in _CONDITION_OPENERS or (low == "by" and not past and _later_after(tokens, m + 1))


def _worst_case(tokens: list[Token], m: int) -> bool:
    """Whether "worst case" or "worst-case" starts at ``m``."""
    if tokens[m].low != "worst":
        return False
    k = m + 1 + (m + 1 < len(tokens) and tokens[m + 1].text == "-")
    return k < len(tokens) and tokens[k].low == "case"


def _condition_after(tokens: list[Token], i: int, past: bool) -> bool:
    """
    Whether a condition, a time to come or a share follows the guess at
    ``i`` in its own clause ("could number 300 if the dam fails", "could be
    2,000 by August", "may be 40% higher"), or a later clause opens with a
    condition ("..., officials said, should the dam fail"); not a "whether"
    or a modal "should" inside a later clause ("though it is unclear
    whether", "and the government should declare").
    """
    own = True
    for m in range(i, min(len(tokens), i + _CONDITION_REACH)):
        low = tokens[m].low
        if low in (".", "!", "?", ";"):
            return False
        if low in _CLAUSE_ENDS:
            own = False
            continue
        share = own and m < i + _SHARE_REACH and _share_at(tokens, m)
        if share or ((own or tokens[m - 1].low in (",", ":")) and _condition_at(tokens, m, past)):
            return True
    return False


def _share_at(tokens: list[Token], m: int) -> bool:
    """
    Whether a share's or a multiple's word stands at ``m`` right after a
    number ("40% higher", "40 pc", "five times higher"); "per" only of a
    rate ("40 per cent"), never of a source ("400 per the Health Ministry").
    """
    low = tokens[m].low
    if not (low in lx.SHARE_WORDS or low in _MULTIPLE_WORDS) or m == 0:
        return False
    before = tokens[m - 1]
    if before.text == "-" and m > 1:
        before = tokens[m - 2]  # "10-fold"
    if not (before.is_digits or before.low in lx.UNITS or before.low in lx.TENS):
        return False
    return low != "per" or (m + 1 < len(tokens) and tokens[m + 1].low in lx.RATE_UNITS)


def _later_after(tokens: list[Token], m: int) -> bool:
    """
    Whether a time to come starts at ``m``, after "by": a month, a weekday, a
    year, "tomorrow", "next week" or "the end of" one ("by the end of the
    year", not "by the end of the siege" nor "by the government's count").
    """
    n = len(tokens)
    if m < n and tokens[m].low == "the" and m + 2 < n and tokens[m + 1].low == "end":
        m += 3 if tokens[m + 2].low == "of" else n
        if m < n and tokens[m].low in ("the", "this", "next", "that"):
            m += 1
        return m < n and (tokens[m].low in _END_TIMES or _later_time(tokens[m]))
    return m < n and (tokens[m].low == "next" or _later_time(tokens[m]))


def _later_time(token: Token) -> bool:
    """Whether ``token`` names a time "by" may reach: "August", "Friday", "2050", "tomorrow"."""
    low = token.low
    return (
        low in lx.MONTHS
        or low in lx.WEEKDAYS
        or low in lx.BY_LATER_WORDS
        or (token.is_digits and len(token.text) == 4)
    )


#: Times whose end "by the end of" reaches ("the week", "the year", "the summer").
_END_TIMES = lx.LONG_SPAN_UNITS | lx.TIME_PHRASE_NOUNS | frozenset(lx.SEASON_STARTS)


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
    i = number_start(tokens, num.first)
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
