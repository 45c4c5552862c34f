"""
Running totals: "bringing the death toll to 20", "put the number of dead at
nine", milestones ("crossed the two-million mark", "the death toll passes
31,000") and totals that rose past their number ("rose above 11,000").
"""

from __future__ import annotations

import itertools
from typing import TYPE_CHECKING, NamedTuple

from conflictfigures import _lexicon as lx
from conflictfigures._extraction.chunks import read_np
from conflictfigures._extraction.crossers import fleeing_noun
from conflictfigures._extraction.dates import date_word, year_of
from conflictfigures._extraction.flows import FLOW_NOUNS, flow_category, then_abroad
from conflictfigures._extraction.gazetteer import country_end, flight_category
from conflictfigures._extraction.heads import COUNTED, noun_class
from conflictfigures._extraction.milestones import (
    after_milestone_verb,
    milestone_verb,
    modal_estimate,
    number_start,
    passed_total,
    ranged_from,
)
from conflictfigures._extraction.numbers import ARTICLES, NumberReading
from conflictfigures._extraction.text import GLUED
from conflictfigures._extraction.triggers import is_adverb, no_war_losses, passive_phrase_at
from conflictfigures.models import Category, Qualifier

if TYPE_CHECKING:
    from conflictfigures._extraction.text import Token


#: A people in flight that may be a milestone's subject with no noun of a
#: total ("Refugees fleeing Ukraine top 2 million").
_STOCK_NOUNS = frozenset(
    noun
    for noun, category in lx.SELF_COUNTING_NOUNS.items()
    if category in (Category.REFUGEES, Category.DISPLACED) and noun.endswith("s")
)


#: prepositions that hang a population on the total noun before it
_POPULATION_OF = frozenset({"among", "in", "of", "within", "across", "inside", "for"})


class Total(NamedTuple):
    """A running total as :func:`read_total` reads it."""

    #: ``None`` for a bare "the total", which takes the category of the figure it adds to
    category: Category | None
    #: the first token of the phrase
    first: int
    #: the counted group's token range, when the phrase names one
    group: tuple[int, int] | None
    #: the index of a milestone verb before the number ("crossed", "topped"), if any
    milestone: int | None
    #: whether the total went past its number ("rose above 11,000")
    passed: bool


def _population_category(tokens: list[Token], at: int) -> Category | None:
    """``("refugee" | "displaced" | ...) "population"``: the people in a state.

    A town's population is no one's count, so any other word before it gives
    None.
    """
    before = tokens[at - 1].low if at else ""
    trig = lx.PASSIVE_TRIGGERS.get(before)
    category = lx.SELF_COUNTING_NOUNS.get(before + "s") or (trig[0] if trig else None)
    return category if category in lx.DISPLACEMENT_CATEGORIES else None


#: How many tokens before its number a total's noun and verb may stand ("The
#: death toll from the suicide bombing at the Mawoud-e-Nur education centre
#: in Kabul's Dasht-e-Barchi area on Friday has risen to 47": names joined by
#: dashes are several tokens each).
_TOTAL_REACH = 40


#: Verbs that file a group under a state after "as" ("registered as missing").
_LABEL_VERBS = frozenset({"registered", "listed", "recorded", "classified", "counted"})


#: Totals of a flow or a wave, which may also be the group of another total
#: ("arrivals top 1,500"; "the number of arrests passed 5,000").
_FLOW_NOUNS = frozenset(
    noun
    for noun, category in lx.TOTAL_NOUNS.items()
    if category in (Category.REFUGEES, Category.DETAINED)
)


def read_total(tokens: list[Token], num: NumberReading) -> Total | None:
    """
    ``total = TOTAL_VERB ... TOTAL_NOUN ("of" NP TRIGGER)? ... ("to" | "at") NUMBER``,
    ``TOTAL_NOUN ... MILESTONE_VERB NUMBER`` ("the number of displaced
    people has reached 2 million") or ``"death toll of" NUMBER``.
    """
    i = num.first
    if num.last == i + 1 and tokens[i].low in ARTICLES:
        return None  # "..., according to the Central Disaster ...": a word's person, no total
    if i > 1 and tokens[i - 1].text in lx.QUOTES and tokens[i - 1].low not in _WORDS_BEFORE:
        i -= 1  # "put the number of dead at 'more than 50'": the quote is no word
    i = number_start(tokens, i)  # "has climbed to a record 1.4 million", "is now 250"
    joined = i - 1  # where the joiner stands
    if (
        i > 1
        and num.qualifier is not Qualifier.EXACT
        and tokens[i].low == "as"
        and tokens[i - 1].low in lx.TOTAL_NOUNS
    ):
        joined = i  # "put the toll as high as 82": the number's own "as" joins, as "at" does
    elif i == 0 or (
        tokens[i - 1].low not in _WORDS_BEFORE
        and not modal_estimate(tokens, i)
        and not ranged_from(tokens, num)
    ):
        return None  # the common case: no word a total's number can follow
    milestone = milestone_verb(tokens, num) if joined < i else None
    passed = milestone is None and passed_total(tokens, num)
    if passed:
        milestone = i - 2  # "rose above 11,000", "climbed past 500"
    # "the number of refugees who have fled topped 1.5 million": the noun
    # further back, and it must say what is counted
    loose = milestone is None and after_milestone_verb(tokens, num)
    if loose:
        milestone = i - 1
    if milestone is None and joined < i and tokens[i - 1].low not in ("to", "at", "of"):
        return None
    joiner = "to" if milestone is not None else "at" if joined == i else tokens[i - 1].low
    lo = max(0, i - _TOTAL_REACH)
    verb_at: int | None = milestone
    noun_at: int | None = None
    category: Category | None = None
    group: tuple[int, int] | None = None
    # Where the words that say what is counted end: before the number, or,
    # in "bringing to 17 the number of troops killed", a few words after it.
    stop = i
    behind_population: int | None = None
    stock_at: int | None = None  # a people in flight before a milestone's verb
    inverted = _inverted_total(tokens, num)
    if inverted is not None:
        verb_at, noun_at = inverted
        stop = min(len(tokens), noun_at + _INVERTED_REACH)
        lo = i  # (no look back)
    for k in range(joined - 1, lo - 1, -1):
        tok = tokens[k]
        if tok.text in (".", ";", "!", "?") and not (
            # the stop of an abbreviation inside the sentence: "since Oct. 7"
            tok.text == "." and tok.gap == GLUED and k and tokens[k - 1].low in lx.ABBREVIATIONS
        ):
            break
        if verb_at is None and (
            tok.low in lx.TOTAL_VERBS or (joiner == "at" and tok.low in lx.AT_TOTAL_VERBS)
        ):
            verb_at = k
        if tok.low in lx.TOTAL_NOUNS and noun_at is None:
            if tok.low in _FLOW_NOUNS and k and tokens[k - 1].low == "of":
                continue  # "the number of arrests": the group of the number before
            noun_at = k
        elif tok.low in lx.TOTAL_NOUNS and behind_population is None:
            behind_population = k
        elif loose and stock_at is None and tok.low in _STOCK_NOUNS:
            stock_at = k
    if (
        noun_at is None
        and stock_at is not None
        and tokens[i - 1].low not in _COPULAS
        # (not those going home: "Afghan refugees returning from Iran top 500,000")
        and lx.RETURN_WORDS.isdisjoint(t.low for t in tokens[stock_at:i])
    ):
        # a people in flight as the milestone's subject, no noun of a total:
        # "Refugees fleeing Ukraine top 2 million", "Syrian refugees in
        # Lebanon pass 1 million"
        people = lx.SELF_COUNTING_NOUNS[tokens[stock_at].low]
        start = stock_at - 1 if stock_at and tokens[stock_at - 1].is_capitalized else stock_at
        return Total(people, start, (start, stock_at + 1), milestone, passed)
    if noun_at is None:
        return None
    if (
        tokens[noun_at].low == "population"
        and behind_population is not None
        and (
            _population_category(tokens, noun_at) is None
            or any(t.low in _POPULATION_OF for t in tokens[behind_population + 1 : noun_at])
        )
    ):
        # "the number of deaths in the town, whose population is 8,000, rose
        # to 12": a population that counts no one gives way to the noun
        # before it, as does one a preposition hangs on that noun ("the death
        # toll among the displaced population rose to 40")
        noun_at = behind_population
    if verb_at is not None and projected(tokens, verb_at):
        return None  # "the toll could rise above 100": a fear, no count
    if joiner == "of" and noun_at != i - 2 and inverted is None:
        return None
    if joiner in ("to", "at") and verb_at is None and not _toll_at(tokens, noun_at, num):
        return None
    if joiner == "at" and any(
        (t.is_digits or t.low in lx.UNITS) and nxt.low in COUNTED
        for t, nxt in itertools.pairwise(tokens[noun_at + 1 : i])
    ):
        return None  # "recorded the deaths of 12 people at 3 sites": the count told before "at"
    told_before = False  # a count the toll held, in an aside before its copula
    if milestone == i - 1 and tokens[milestone].low in _COPULAS:
        if _new_subject(tokens[noun_at + 1 : milestone]):
            return None  # "the toll was 12 and the town's population is 8,000"
        told_before = tokens[noun_at + 1].text == "," and _counted_aside(
            tokens, noun_at + 2, milestone
        )
    noun = tokens[noun_at].low
    if (
        noun == "displacement"
        and noun_at + 1 < len(tokens)
        and (tokens[noun_at + 1].low in lx.SHELTER_SITES)
    ):
        return None  # "12 displacement sites": a kind of place, no total
    if noun == "losses" and (joiner != "to" or no_war_losses(tokens, noun_at)):
        # "the losses of the enemy were ...": a phrase of losses (triggers);
        # "Job losses rose to 4,000 workers": no war's
        return None
    category = lx.TOTAL_NOUNS[noun]
    if noun in FLOW_NOUNS:
        # "Tourist arrivals in Egypt rose to 14 million": travel, no flight;
        # "The influx of displaced people into Goma has reached 500,000": displaced
        category = flow_category(tokens, noun_at)
        if category is None:
            return None
    if noun == "population":
        category = _population_category(tokens, noun_at)
        if category is None:
            return None
        group = (noun_at - 1, noun_at + 1)
    elif noun in ("number", "total", "tally", "count", "figure", "casualties", "toll"):
        # "the number of Turkish security personnel killed", "the total of troops killed"
        j = noun_at + 1
        state = (
            _state_before_group(tokens, j + 1, stop) if j < stop and tokens[j].low == "of" else None
        )
        after = lx.PASSIVE_TRIGGERS.get(tokens[j].low) if j < stop else None
        if state is not None:
            # "the number of internally displaced people": the state says what is counted
            category, group = state
        elif after is not None and after[0] is not None:
            category = after[0]  # "bringing the total killed since October to 2,119"
        elif (
            j < stop
            and noun in ("number", "total", "count")
            and _found_dead(tokens, j, stop)
            # (no things counted after the number: "stood at 30 weapons")
            and (num.last >= len(tokens) or noun_class(tokens[num.last].low) != "equipment")
        ):
            # "bringing the number recovered to at least 110": bodies found, the dead
            category = Category.KILLED
        elif j < stop and tokens[j].low in ("who", "that"):
            # "bringing the total who have crossed into Chad to 180,000"
            category = _clause_category(tokens, j + 1, stop)
        elif j < len(tokens) and tokens[j].low == "of":
            start, end, nxt = read_np(tokens, j)
            if end - start > 1 and tokens[end - 1].low in lx.TOTAL_VERBS:
                # the total's verb, no noun of the group: "the number of missing rose to 152"
                end = nxt = end - 1
            if end > start and tokens[end - 1].low not in lx.INCIDENT_NOUNS and end <= stop:
                # (not "the toll of the bombing": an event, no group; nor a
                # qualifier of the number: "a toll of more than 30")
                group = (start, end)
            k = nxt
            # (a relative clause's subject too: "the number of warplanes it has downed")
            while (
                k < stop - 1
                and k < nxt + 4
                and (
                    tokens[k].low in lx.AUXILIARIES
                    or tokens[k].low in lx.RELATIVE_SUBJECTS
                    or is_adverb(tokens[k])  # "the number of people internally displaced"
                )
                # ("left" is the verb before a country: "who have left Kosovo")
                and not (tokens[k].low in lx.LEAVE_VERBS and country_end(tokens, k + 1))
            ):
                k += 1
            if k + 2 < stop and tokens[k].low in _LABEL_VERBS and tokens[k + 1].low == "as":
                k += 2  # "the number of people registered as missing"
            if k < stop - 1:
                # ("the number of American drones it has brought down"; "the
                # number of people who have lost their homes": displaced)
                trig = _clause_trigger(tokens, k)
                equipment = (
                    group is not None and noun_class(tokens[group[1] - 1].low) == "equipment"
                )
                if trig is not None and trig[1] is not None and equipment:
                    category = trig[1]  # "the number of Russian warplanes it has downed"
                elif trig is not None and trig[0] is not None:
                    # "the number of Armenians who have fled to Armenia": abroad
                    category = flight_category(tokens, k, k + 1) or trig[0]
                    if category is Category.DISPLACED and then_abroad(tokens, k + 1, stop):
                        # "the number of Rohingyas who have fled violence in
                        # Rakhine State and entered Bangladesh": abroad
                        category = Category.REFUGEES
        if category is None and group is not None:
            # "the number of refugees rose to 3 million": the group counts
            # itself, or a word of it says what befell it ("the number of
            # internally displaced people")
            category = lx.SELF_COUNTING_NOUNS.get(tokens[group[1] - 1].low)
            # (a state alone too: "the number of missing"; or after its
            # pronoun, "the number of those killed", session 56)
            pronoun = tokens[group[0]].low in _STATE_PRONOUNS
            for k in range(group[0], group[1] - (group[1] - group[0] > 1 and not pronoun)):
                if category is not None:
                    break
                trig = lx.PASSIVE_TRIGGERS.get(tokens[k].low)
                category = trig[0] if trig is not None else None
            if pronoun and category is not None:
                group = None  # (a state, no group: "those killed" are "the dead")
        if noun == "toll" and category is None:
            category = Category.KILLED
    elif noun_at > 0:
        # "Turkish military fatalities": the words before the noun name the group.
        start = noun_at
        while (
            start > 0
            and start > noun_at - 4
            and tokens[start - 1].is_word
            and (
                tokens[start - 1].low not in lx.NP_STOP
                and tokens[start - 1].low not in lx.TOTAL_VERBS
                and tokens[start - 1].low not in lx.DETERMINERS
                and tokens[start - 1].low not in _INDEFINITE
                and tokens[start - 1].low != "death"
            )
        ):
            start -= 1
        if start < noun_at:
            group = (start, noun_at)
    if (
        noun == "losses"
        and num.last < len(tokens)
        and noun_class(tokens[num.last].low) == "equipment"
    ):
        category = Category.EQUIPMENT_DESTROYED  # "bringing its losses to 120 tanks"
    second = _second_state(tokens, i, noun_at)
    if second is not None:
        category, group = second, None  # "the number of dead at 2,946 and the injured at 5,674"
    if category is Category.CASUALTIES and num.last < len(tokens):
        # "bringing the casualties to 43 dead and 240 wounded": the state
        # after the number says which casualties
        # (past a noun of people: "put the casualties at six policemen killed")
        k = num.last
        if k + 1 < len(tokens) and noun_class(tokens[k].low) in ("people", "agent"):
            k += 1
        after = lx.PASSIVE_TRIGGERS.get(tokens[k].low)
        if after is not None and after[0] in (Category.KILLED, Category.WOUNDED):
            category = after[0]
    if category is None and (
        loose
        or joiner not in ("to", "at")
        or verb_at is None
        # (an inverted total's noun stands past its number: "bringing to 111
        # the number of victims", the victims of the figure before)
        or (noun_at > verb_at + 3 and inverted is None)
    ):
        return None  # a bare total needs its verb: "bringing the total to 250"
    first = min(k for k in (verb_at, noun_at) if k is not None)
    if told_before and milestone is not None:
        # "The death toll, which officials had put at 200 on Monday, was 250
        # on Tuesday": the aside's words (its day) are the earlier count's
        first = milestone
    if tokens[first].low not in lx.TOTAL_VERBS and first > 0 and tokens[first - 1].low == "death":
        first -= 1
    return Total(category, first, group, milestone, passed)


#: The words that may follow a verb of finding the dead in a total's phrase:
#: its complement or a time ("recovered from the lake", "recovered so far",
#: "found dead"); any other word is a state it finds ("found alive", "found
#: guilty", "found safe").
_AFTER_FINDING = lx.PARTICIPLE_COMPLEMENTS | lx.PERFECT_ADVERBS | lx.OWN_TIME_WORDS | lx.DEATH_WORDS


def _found_dead(tokens: list[Token], j: int, stop: int) -> bool:
    """
    Whether ``number FOUND_VERB ...`` before ``stop`` counts bodies found:
    "the number recovered to 110", "the number pulled from the rubble": yes;
    "the number found alive", "the number pulled out alive", "the number found
    guilty": no (the word after the verb is a state of the found).
    """
    if tokens[j].low not in lx.FOUND_VERBS:
        return False
    k = j + 1 if j + 1 < stop and tokens[j + 1].low == "out" else j  # "pulled out of"
    if k + 1 < stop and tokens[k + 1].low not in _AFTER_FINDING and not is_adverb(tokens[k + 1]):
        return False
    return all(t.low not in lx.OTHER_FATE_WORDS for t in tokens[j + 1 : stop])


def _clause_category(tokens: list[Token], k: int, stop: int) -> Category | None:
    """
    The category of the people a relative clause from ``k`` on a total's
    noun tells of, by its verb past the auxiliaries (before ``stop``): "the
    total who have crossed into Chad" counts refugees, "the number who have
    died" the dead; ``None`` with no trigger there.
    """
    while k < stop and (tokens[k].low in lx.AUXILIARIES or is_adverb(tokens[k])):
        k += 1
    if k >= stop:
        return None
    trig = _clause_trigger(tokens, k)
    if trig is None or trig[0] is None:
        return None
    return flight_category(tokens, k, k + 1) or trig[0]


def _clause_trigger(tokens: list[Token], k: int) -> tuple[Category | None, Category | None] | None:
    """
    The categories of the verb of a total's clause at ``k``: its longest
    phrase first ("who have lost their homes": displaced), else the word;
    "lost" with an object is no death ("who have lost their jobs", "lost
    power"; but "lost at sea", "lost in the fighting").
    """
    if tokens[k].low in lx.LEAVE_VERBS and country_end(tokens, k + 1) is not None:
        # "the number of people who have left Kosovo": gone abroad (session
        # 56); not "the number of companies that have left Russia"
        return (Category.REFUGEES, None) if _may_flee(tokens, k) else None
    if (phrase := passive_phrase_at(tokens, k)) is not None:
        return phrase[1:]
    if (
        tokens[k].low in lx.LOSE_VERBS
        and k + 1 < len(tokens)
        and tokens[k + 1].is_word
        and tokens[k + 1].low not in lx.PREPOSITIONS
        and tokens[k + 1].low not in lx.NP_STOP  # (not "tanks lost has passed 3,000")
    ):
        return None  # "who have lost their jobs", "lost power" (not "lost at sea")
    return lx.PASSIVE_TRIGGERS.get(tokens[k].low)


#: How many words back from a clause's verb its group's noun may stand ("people who have").
_LEAVER_REACH = 4


def _may_flee(tokens: list[Token], k: int) -> bool:
    """
    Whether the group whose clause's verb stands at ``k`` may be people in
    flight: the total's own noun ("the number who have left"), or people
    ("people", "Syrians"), no one who leaves for work or trade ("companies
    that have left Russia", "tourists who have left Egypt"), no armed men
    ("French soldiers who have left Niger"), and none who leave to go home
    ("Syrians who have left Lebanon to return home").
    """
    if any(t.low in _GOING_HOME for t in tokens[k + 1 : k + 1 + _LEAVER_REACH]):
        return False
    for j in range(k - 1, max(-1, k - 1 - _LEAVER_REACH), -1):
        low = tokens[j].low
        if low in lx.AUXILIARIES or low in lx.RELATIVE_SUBJECTS or is_adverb(tokens[j]):
            continue
        return (
            low not in lx.NOT_IN_FLIGHT_NOUNS
            and low not in lx.ARMED_WORDS
            and (low in lx.TOTAL_NOUNS or noun_class(low) == "people" or fleeing_noun(tokens[j]))
        )
    return False


#: Words after a leaving verb of people going home, not in flight ("to return home").
_GOING_HOME = frozenset({"return", "home", "repatriation"})

#: The indefinite articles, which name no group before a total's noun ("An influx of").
_INDEFINITE = frozenset({"a", "an"})
#: Pronouns a total's group may open on before the state it counts ("those killed").
_STATE_PRONOUNS = frozenset({"those", "these", "the"})
#: How many words after an inverted total's noun may say what it counts.
_INVERTED_REACH = 12


def _inverted_total(tokens: list[Token], num: NumberReading) -> tuple[int, int] | None:
    """
    ``TOTAL_VERB "down"? ("to" | "at") NUMBER "the" TOTAL_NOUN``: a
    total whose noun follows its number ("bringing to 17 the number of
    troops killed this month", "raising to 200 the death toll", "Police
    revised down to 10 the number of people killed", "put at 50 the number
    of dead"); the verb's and the noun's indices.
    """
    i, n = num.first, len(tokens)
    if i < 2 or tokens[i - 1].low not in ("to", "at"):
        return None
    verb = i - 3 if i >= 3 and tokens[i - 2].low in lx.TOTAL_PARTICLES else i - 2
    if tokens[verb].low not in lx.TOTAL_VERBS:
        return None
    k = num.last
    if k + 1 < n and tokens[k].low == "the":
        k += 1
        if k + 1 < n and tokens[k].low == "death":
            k += 1  # "the death toll"
        if tokens[k].low in lx.TOTAL_NOUNS:
            return verb, k
    return None


def _second_state(tokens: list[Token], i: int, noun_at: int) -> Category | None:
    """
    ``TOTAL ... ("and" | ",") "the"? (STATE | COUNTED_NOUN) ("at" | "to")
    NUMBER`` with the number at ``i``: a second count the same verb puts, of
    the people in another state ("put the number of dead at 2,946 and the
    injured at 5,674", "bringing the number of deaths to 45,028 and
    injuries to 106,962"); the state's category, else ``None``.
    """
    k = i - 2
    joiner = k - 2 if k >= 2 and tokens[k - 1].low == "the" else k - 1
    if joiner <= noun_at or tokens[joiner].low not in ("and", ","):
        return None
    trig = lx.PASSIVE_TRIGGERS.get(tokens[k].low)
    if trig is not None:
        return trig[0]
    return lx.SELF_COUNTING_NOUNS.get(tokens[k].low)


#: The words a total's number follows: a milestone verb ("tops 100"), a word
#: a total goes past ("rose above 11,000"), "the" of a milestone ("crossed the
#: three-million mark") or the joiner of a total ("to", "at", "of").
_WORDS_BEFORE = frozenset(lx.MILESTONE_VERBS) | lx.PAST_WORDS | {"the", "to", "at", "of"}


def projected(tokens: list[Token], k: int) -> bool:
    """
    Whether the verb at ``k`` is a projection: after a modal ("could rise",
    "may climb") or after "expected", "likely" or "feared" and "to"
    ("is expected to rise"); not "continued to rise".
    """
    if k < 1:
        return False
    before = tokens[k - 1].low
    if before in lx.MODALS:
        # (not a guess at what is: "the toll could be 2,000", see modal_estimate)
        return not (tokens[k].low in lx.ESTIMATE_STATES and before in lx.ESTIMATE_MODALS)
    return before == "to" and k >= 2 and tokens[k - 2].low in lx.PROJECTION_WORDS


def _state_before_group(
    tokens: list[Token], m: int, limit: int
) -> tuple[Category, tuple[int, int]] | None:
    """
    ``ADVERB* STATE NP`` from ``m``, before ``limit``: a group named by what
    befell it ("internally displaced people", "injured civilians"); its
    category and token range.
    """
    start = m
    while m < limit and tokens[m].low.endswith("ly"):
        m += 1  # "internally"
    if m + 1 >= limit:
        return None
    state = lx.PASSIVE_TRIGGERS.get(tokens[m].low)
    if state is None or state[0] is None or noun_class(tokens[m + 1].low) != "people":
        return None
    _, end, _ = read_np(tokens, m + 1)
    return state[0], (start, max(end, m + 2))


#: Copulas that state a total ("the death toll is 45"), only with the total as their subject.
_COPULAS = frozenset({"is", "was", "be"})
#: Words that start another subject between a total's noun and a copula.
_NEW_SUBJECT = frozenset({"and", "but", ",", ";", "while", "whereas"})


def _new_subject(between: list[Token]) -> bool:
    """
    Whether the words between a total's noun and its copula start another
    subject ("the toll was 12 and the town's population is 8,000"); an aside
    set off by commas right after the noun is the noun's ("The previous
    toll, announced on Tuesday, was 250").
    """
    if (
        len(between) > 2
        and between[0].text == ","
        and between[-1].text == ","
        and not any(t.low in _NEW_SUBJECT for t in between[1:-1])
    ):
        return False
    return any(t.low in _NEW_SUBJECT for t in between)


def _counted_aside(tokens: list[Token], lo: int, hi: int) -> bool:
    """
    Whether the words ``[lo, hi)`` of an aside between a toll's noun and its
    copula hold a count, digits that are no date ("The death toll, which officials had
    put at 200 on Monday, was 250"; not "The death toll, confirmed on 12
    March, is 40", "The toll, last updated in 2021, was 1,250").
    """
    return any(
        tokens[k].is_digits
        and not date_word(tokens, k)
        and not (year_of(tokens[k]) is not None and tokens[k - 1].low in lx.ADJUNCT_OPENERS)
        for k in range(lo, hi)
    )


def _toll_at(tokens: list[Token], noun_at: int, num: NumberReading) -> bool:
    """
    ``"toll" "now"? "at" NUMBER`` with nothing counted after the number: a
    toll stated with no verb, as headlines write it ("Yolanda death toll at
    1,774 - NDRRMC", "Quake toll now at 300"; not "the toll at 12 sites");
    or any total's noun with a copula ("The number of dead is now at 84").
    """
    i = num.first
    between = tokens[noun_at + 1 : i - 1]
    before = noun_at - 1
    if before >= 0 and tokens[before].low == "death":
        before -= 1
    k = len(between)
    while k and between[k - 1].low in lx.STAY_ADVERBS:
        k -= 1
    if k and between[k - 1].low in _TOLL_IS:
        # a copula after the total's words, which say what it counts ("The
        # number of displaced people is now at 40,000"), in one clause
        between = [t for t in between[: k - 1] if not t.is_word]
    elif tokens[noun_at].low != "toll":
        return False
    return (
        tokens[i - 1].low == "at"
        and all(t.low in lx.STAY_ADVERBS for t in between)
        # (not a toll for comparison: "compared with a death toll at 50")
        and not (before >= 0 and tokens[before].low in ("a", "an"))
        # the number ends the headline or its clause ("at 9/11", "at 5%": no toll)
        and (num.last == len(tokens) or tokens[num.last].text in _TOLL_AT_ENDS)
    )


#: The copulas of a total stated with "at" and no other verb.
_TOLL_IS = frozenset({"is", "was", "remains", "remained"})


#: What may follow a toll's number stated with no verb.
_TOLL_AT_ENDS = frozenset({",", ".", ";", ":", "\u2014", "\u2013", "-", "|", "(", ")", "[", "]"})
