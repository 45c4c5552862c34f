"""
A flight told again with its place left out: a count of people who
"crossed", "arrived" or "entered", with no place or object after the verb,
in a story that has already counted people in flight ("Some 120,000 people
have crossed into Poland since Thursday ... On Saturday alone, 129,000
people arrived"; "another 39,800 had crossed by 7 a.m. on Sunday").  The
verb goes on with the story's flight, and its people are of the category
the story's flight figures were: refugees after a flight abroad, displaced
people after a flight at home.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from conflictfigures import _lexicon as lx
from conflictfigures._extraction.chunks import NUMBER_WORDS, read_np
from conflictfigures._extraction.crossers import crossing_people, purpose_after, rescued_at_sea
from conflictfigures._extraction.flight import BORDER_POINTS
from conflictfigures._extraction.gazetteer import country_end
from conflictfigures._extraction.heads import noun_class
from conflictfigures._extraction.listed_parts import trailing_parts
from conflictfigures._extraction.numbers import read_number
from conflictfigures._extraction.reading import Reading, finish
from conflictfigures._extraction.tenses import perfect_aux
from conflictfigures._extraction.triggers import is_adverb
from conflictfigures.models import Category

if TYPE_CHECKING:
    from collections.abc import Set as AbstractSet

    from conflictfigures._extraction.text import Token

__all__ = ["ELIDED_FLIGHT_VERBS", "arrivals_at_home", "elided_flights", "flight_told"]


#: The verbs of a flight whose place the story has told before: crossing,
#: arriving, entering, pouring in, coming ashore (session 50: "ashore" after
#: a verb of landing, :data:`_LANDING`), a host's receiving or housing its
#: people (``lx.HOUSING_VERBS``, before their count, or after it in the
#: passive: "48,000 people have been registered"), people taken from the
#: sea (``lx.SEA_RESCUE_VERBS``) and people held up on the way abroad
#: (``lx.STRANDED_WORDS``, session 56).
ELIDED_FLIGHT_VERBS = (
    frozenset(lx.CROSSING_VERBS)
    | {"arrived", "arriving", "arrive"}
    | lx.COMING_IN_VERBS
    | lx.ASHORE_WORDS
    | lx.HOUSING_VERBS
    | lx.SEA_RESCUE_VERBS
    | lx.TAKE_IN_VERBS
    | lx.STRANDED_WORDS
)
#: The verbs of rescue at sea that take people in flight off the sea (not
#: an interception, which sends them back as often: "70,000 people were
#: intercepted at sea" by Tunisia's coast guard are no arrivals).
_RESCUE_VERBS = lx.SEA_RESCUE_VERBS - lx.INTERCEPT_VERBS
#: Verbs that land people with "ashore" after them ("came ashore", "were brought ashore").
_LANDING = frozenset({"came", "come", "coming", "brought", "washed"})
#: What may follow such a verb when its place is left out: the sentence's
#: end, a mark, or a phrase of time, of pace or of the point crossed at
#: ("crossed by 7 a.m.", "crossed on Saturday alone", "have crossed since
#: January", "crossed through Spin Boldak"); "in" and "on" only before a
#: time (:data:`_TIME_AFTER`: "arrived in recent days", not "arrived in
#: Brussels").
_AFTER_VERB = frozenset(
    {".", ",", ";", ":", "!", ")"}
    | {"since", "by", "during", "over", "so", "this", "last", "so-far", "overnight"}
    | {"yesterday", "today", "alone", "through", "via", "each", "every", "per"}
    | {"before", "after", "within", "between", "until", "daily", "earlier", "already"}
    | {"according", "said", "says", "and", "as", "while"}
    | frozenset(lx.WEEKDAYS)
)
#: Words after "in" or "on" that open a time ("in recent days", "on Sunday").
_TIME_AFTER = (
    frozenset({"recent", "the", "a", "one", "just", "less", "under"})
    | frozenset(lx.WEEKDAYS)
    | frozenset(lx.MONTHS)
)
#: Words of "the" that make "in the" or "on the" a time ("in the past week").
_TIME_NOUNS_AFTER_THE = frozenset(
    {"past", "last", "first", "same", "previous", "week", "weekend", "morning", "night"}
    | {"afternoon", "evening", "day", "month"}
)


#: How many words an elided flight's group may take after its number
#: ("children and adolescents", "more Ukrainians").
_GROUP_WORDS = 4
#: How many auxiliaries and adverbs may stand between the group and its verb
#: ("had already", "have been", "have so far been").
_AUX_WORDS = 4


def flight_told(earlier: Category | None, told: AbstractSet[Category]) -> Category | None:
    """
    The category of the story's flight, which an elided flight takes: the
    last figure's when it is one of flight, else the one category of flight
    told before (``told``), else ``None`` (none told, or both).
    """
    if earlier in lx.DISPLACEMENT_CATEGORIES:
        return earlier
    flights = told & lx.DISPLACEMENT_CATEGORIES
    return next(iter(flights)) if len(flights) == 1 else None


def elided_flights(
    tokens: list[Token],
    lows: list[str],
    readings: list[Reading],
    earlier: Category | None,
    told: AbstractSet[Category],
) -> list[Reading]:
    """
    ``NUMBER GROUP? (AUX | ADVERB){0,3} ELIDED_FLIGHT_VERB AFTER_VERB``, with
    ``GROUP`` people who may flee (no armed men, no travellers for work or
    faith) and the number no other figure's: people in the story's flight
    (:func:`flight_told`, from ``earlier``, the category of the figure
    before the sentence, and ``told``, those of every figure before) whose
    place is left out.  The readings, with these added in order of their
    numbers (``lows``: the tokens' lower-case forms).
    """
    if ELIDED_FLIGHT_VERBS.isdisjoint(lows):
        return readings
    # (the story's flight, or the sentence's own before: "about 140,000 people
    # have fled Libya into Tunisia, and 14,000 crossed at Ras Jdir on Tuesday")
    flight = flight_told(earlier, told) or flight_told(
        readings[-1].category if readings else None, told | {r.category for r in readings}
    )
    if flight is None:
        return readings
    read = {p.number.first for r in readings for p in (r, *(r.parts or ()))}  # (parts read too)
    found: list[Reading] = []
    abroad = flight is Category.REFUGEES and _abroad_only(tokens, lows, readings)
    for k, tok in enumerate(tokens):
        if tok.low not in ELIDED_FLIGHT_VERBS:
            continue
        if tok.low in lx.HOUSING_VERBS:
            if k > 0 and tokens[k - 1].low in lx.BE_FORMS:
                # the people taken in, before the verb: "About 48,000 people
                # have been registered at the Adre crossing"
                if not _place_left_out(tokens, k, abroad=abroad):
                    continue
                r = _group_before(tokens, k, read, flight)
            else:
                r = _received_after(tokens, k, read) if abroad else None
        elif tok.low in lx.TAKE_IN_VERBS:
            # "Berlin alone has taken in around 60,000" (a bare count too)
            taken = abroad and k + 1 < len(tokens) and tokens[k + 1].low == "in"
            r = _received_after(tokens, k + 1, read, bare=True) if taken else None
        elif tok.low in _RESCUE_VERBS:
            # people taken from the sea in a story of flight abroad: "83 people
            # were picked up from a second dinghy" (migrants are read so anywhere)
            r = (
                _group_before(tokens, k, read, flight)
                if abroad and rescued_at_sea(tokens, k) is not None
                else None
            )
        elif tok.low in lx.STRANDED_WORDS:
            # people held up on their way abroad, wherever: "Another 30,000
            # are stranded at the border" (a state, after a form of "be")
            held_up = abroad and k > 0 and tokens[k - 1].low in lx.BE_FORMS
            r = _group_before(tokens, k, read, flight) if held_up else None
        elif not _place_left_out(tokens, k, abroad=abroad):
            continue
        elif tok.low in lx.ASHORE_WORDS:
            # "250 people were brought ashore", "180 people had come ashore"
            landed = k > 0 and tokens[k - 1].low in _LANDING
            r = _group_before(tokens, k - 1, read, flight) if landed else None
        else:
            r = _group_before(tokens, k, read, flight)
        if r is not None and not _returning(tokens, r.first, k):
            r.last = max(r.last, k + 1)
            found.append(r)
            read.add(r.number.first)
    if not found:
        return readings
    for r in found:
        # "..., including 61 women and 65 children": its parts, which the
        # linking, done before, could not give it
        if parts := trailing_parts(tokens, r, read):
            r.parts = parts
            read.update(p.number.first for p in parts)
    return sorted(readings + found, key=lambda r: r.first)


#: Words of a sentence that set people's arrival inside their own country:
#: no story of flight abroad there ("internally displaced"; "inside" or
#: "within" only before a place's name: "Inside Sudan, about 3,000 people
#: arrived in Gedaref", not "within hours").
_AT_HOME_WORDS = frozenset({"internally", "idps", "idp"})
#: The points of the compass after "from the", people coming from a part of
#: their own country ("arrived in Lviv from the east").
_COMPASS = frozenset({"east", "west", "north", "south"})


def _abroad_only(tokens: list[Token], lows: list[str], readings: list[Reading]) -> bool:
    """
    Whether a sentence of a story of flight abroad may read people coming in
    at a named place, received, housed or taken from the sea as refugees:
    no displaced counted before in the sentence, and no word of it sets the
    arrival at home (:data:`_AT_HOME_WORDS`, "Inside Sudan", "from the east").
    """
    if any(r.category is Category.DISPLACED for r in readings):
        return False
    if not _AT_HOME_WORDS.isdisjoint(lows):
        return False
    if any(
        low in lx.INSIDE_WORDS and k + 1 < len(tokens) and tokens[k + 1].is_capitalized
        for k, low in enumerate(lows)
    ):
        return False
    return not any(
        a == "from" and b == "the" and c in _COMPASS
        for a, b, c in zip(lows, lows[1:], lows[2:], strict=False)
    )


def _returning(tokens: list[Token], first: int, k: int) -> bool:
    """
    Whether a word of return or expulsion stands a few words before the
    count at ``first`` or in the rest of the verb's clause after ``k`` ("Some
    300 deported Afghans arrived in Kabul", "arrived in Kabul on Tuesday,
    after being expelled", "on a repatriation flight").
    """
    if any(t.low in lx.RETURN_WORDS for t in tokens[max(0, first - _RETURN_REACH) : k + 1]):
        return True
    rest = tokens[k + 1 : k + 1 + _REST_REACH]
    for j, tok in enumerate(rest):
        if tok.text in (".", ";"):
            return False
        owned_home = tok.low == "home" and j > 0 and rest[j - 1].low in lx.POSSESSIVES
        if tok.low in lx.RETURN_WORDS and not owned_home:  # (not "their home town")
            return True
    return False


#: The nouns of people coming in whose category is the story's flight's.
_ARRIVAL_NOUNS = frozenset({"arrivals", "newcomers"})


def arrivals_at_home(
    tokens: list[Token],
    lows: list[str],
    readings: list[Reading],
    earlier: Category | None,
    told: AbstractSet[Category],
) -> list[Reading]:
    """
    The readings, with "arrivals" (or "newcomers") read as refugees made
    displaced where the story's flight is at home (:func:`flight_told`) and
    the sentence names no country ("some 150,000 new arrivals had been
    registered by Monday" in Tawila, after Darfur's displaced; "about 3,000
    new arrivals were registered in Baidoa").  New in session 50.
    """
    if _ARRIVAL_NOUNS.isdisjoint(lows) or flight_told(earlier, told) is not Category.DISPLACED:
        return readings
    if any(country_end(tokens, m) is not None for m in range(len(tokens))):
        return readings  # ("new arrivals in Chad": abroad)
    for r in readings:
        if r.category is Category.REFUGEES and r.head in _ARRIVAL_NOUNS:
            r.category = Category.DISPLACED
    return readings


def _place_left_out(tokens: list[Token], k: int, *, abroad: bool) -> bool:
    """
    Whether the verb at ``k`` is told with no place or object after it (see
    :data:`_AFTER_VERB`), or, in a story of flight abroad (``abroad``), with
    a named place ("arrived in Peshawar", "crossed at Chaman": session 50),
    and no move back, harm or care in the rest of its clause.
    """
    n = len(tokens)
    if k + 1 < n:
        nxt = tokens[k + 1].low
        if abroad and nxt in _AT_PLACE and _named_place(tokens, k + 2):
            pass  # (the place a story of flight abroad names: its host's)
        elif nxt in ("in", "on"):
            if k + 2 >= n or not (
                tokens[k + 2].low in _TIME_AFTER
                # "arrived in 24 hours", "crossed in three days"
                or (
                    (tokens[k + 2].is_digits or tokens[k + 2].low in NUMBER_WORDS)
                    and k + 3 < n
                    and tokens[k + 3].low in lx.SPAN_UNITS
                )
            ):
                return False
            if tokens[k + 2].low == "the" and (
                k + 3 >= n or tokens[k + 3].low not in _TIME_NOUNS_AFTER_THE
            ):
                return False
        elif nxt == "at":
            # the point crossed at: "arrived at border crossings"
            if not any(t.low == "border" or t.low in BORDER_POINTS for t in tokens[k + 2 : k + 5]):
                return False
        elif nxt not in _AFTER_VERB:
            return False
        elif nxt == "by" and not (
            k + 2 < n
            and (
                tokens[k + 2].is_digits
                or tokens[k + 2].low in _TIME_AFTER
                or tokens[k + 2].low in ("noon", "midnight", "evening", "nightfall", "dawn")
            )
        ):
            return False  # "arrived by ambulance": a means, no time
    for tok in tokens[k + 1 : k + 1 + _REST_REACH]:
        if tok.text in (".", ";", ","):
            break  # (the clause's end: not "..., according to the council")
        if tok.low == "to" or tok.low in _HURT_AFTER:
            # "arrived ... to collect food aid", "arrived and were pronounced dead"
            return False
    return not purpose_after(tokens, k + 1)  # ("crossed in the other direction")


#: Words of more people after a count, who stand for the story's own ("5,000 more").
_MORE = frozenset({"more", "others"})
#: How far before a verb of receiving its subject's words are read.
_HOST_REACH = 6
#: How far before a count a word of return may stand ("returnees", "deported").
_RETURN_REACH = 3
#: Prepositions of the place people in flight come in at.
_AT_PLACE = frozenset({"in", "at", "into", "near"})


def _named_place(tokens: list[Token], m: int) -> bool:
    """Whether a place's name starts at ``m``: "the"? and a capitalized word ("the Elegu")."""
    if m < len(tokens) and tokens[m].low == "the":
        m += 1
    return m < len(tokens) and tokens[m].is_capitalized and tokens[m].is_word


def _received_after(
    tokens: list[Token], k: int, read: set[int], *, bare: bool = False
) -> Reading | None:
    """
    ``RECEIVED NUMBER GROUP`` at ``k`` (with ``bare``, after "taken in", the
    group may be left out, but for a count scaled by "million": money as
    often): people a host received, in a story
    of flight abroad ("Turkish officials received 3,200 Syrians at the
    border", "We received 410 people this morning"); people who may flee or
    a bare count, no harm or care after them ("received 15 wounded").
    """
    if any(
        t.low in lx.NOT_HOST_WORDS or t.low in lx.CARE_PLACE_WORDS
        for t in tokens[max(0, k - _HOST_REACH) : k]
    ):
        return None  # "The hospital received 15 people", "The UN appeal has received 30 million"
    num = read_number(tokens, k + 1)
    if num is None or num.article or num.first in read:
        return None
    np = read_np(tokens, num.last)
    if np[1] == np[0]:
        # (a bare count may end its clause too: "The town of Adre alone has
        # received 140,000.")
        bare = bare or (num.last < len(tokens) and tokens[num.last].text in _FLIGHT_CLAUSE_ENDS)
        if not bare or num.scaled_unit is not None:
            return None  # people named: not "received 30 million"
    elif not crossing_people(tokens, k, np, np[1]):
        return None  # (the verb itself is asked of the group)
    if any(t.low in _HURT_AFTER for t in tokens[np[0] : np[2] + _REST_REACH]):
        return None  # "received 15 wounded", "received 20 bodies"
    return finish(Reading(num, Category.REFUGEES), tokens, np)


#: Marks that end a clause right after a bare count.
_FLIGHT_CLAUSE_ENDS = frozenset({".", ",", ";", ":", "!"})
#: How far the rest of an elided flight's clause is read.
_REST_REACH = 12
#: Words of harm or care in that rest: the arrivals are the hurt or the dead.
_HURT_AFTER = frozenset({"treated", "dead", "wounded", "injured", "hospital", "died"})


def _group_before(tokens: list[Token], k: int, read: set[int], flight: Category) -> Reading | None:
    """The elided flight whose verb is at ``k``: its group's reading, else ``None``."""
    j = k
    perfect = False
    while (
        j > 0
        and k - j < _AUX_WORDS
        and (
            tokens[j - 1].low in lx.AUXILIARIES
            or is_adverb(tokens[j - 1])
            or tokens[j - 1].low in ("also", "already", "reportedly", "still")
            # (and "so far" between: "people have so far been registered")
            or (tokens[j - 1].low == "far" and j > 1 and tokens[j - 2].low == "so")
            or (tokens[j - 1].low == "so" and j < len(tokens) and tokens[j].low == "far")
        )
    ):
        j -= 1
        perfect = perfect or perfect_aux(tokens, j)
    # (the widest number first: "More than 150,000 people", not "150,000 people")
    for start in range(max(0, j - 2 - _GROUP_WORDS), j):
        num = read_number(tokens, start)
        if num is None or num.article or num.last > j:
            continue
        if num.first in read or (
            # (an object of a preposition: "the number of 5,000 who arrived")
            num.first > 0 and tokens[num.first - 1].low in lx.PREPOSITIONS
        ):
            return None
        np = read_np(tokens, num.last)
        if np[1] > j:
            # (the verb read as a noun: "About 3,000 arrived", "Some 3,000 South
            # Sudanese arrived"): the group ends before it
            np = (
                (num.last, j, j)
                if all(t.is_word for t in tokens[num.last : j])
                else (
                    num.last,
                    num.last,
                    num.last,
                )
            )
        if np[2] != j and num.last != j and not _coordinated(tokens, np[2], j):
            continue
        if np[1] == np[0] + 1 and tokens[np[0]].low in _MORE:
            np = (np[0], np[0], np[2])  # "About 5,000 more entered": more of the story's people
        if num.first > 0 and (
            tokens[num.first - 1].low in lx.NUMBERED_NAMES or tokens[num.first - 1].low == "no"
        ):
            return None  # a number in a name: "Train 42 arrived from Kyiv", "train No. 715"
        if not crossing_people(tokens, num.first, np, k):
            return None  # "About 300 troops crossed on Sunday", "40 more buses had arrived"
        r = finish(Reading(num, flight), tokens, np)
        r.last = k + 1
        # (a day right after the verb makes it that day's flight, no count up
        # to it: "Around 129,000 had crossed on Saturday alone")
        r.perfect = perfect and not _on_a_day(tokens, k + 1)
        return r
    return None


def _on_a_day(tokens: list[Token], k: int) -> bool:
    """Whether "on" and a weekday stand at ``k`` ("on Saturday")."""
    return k + 1 < len(tokens) and tokens[k].low == "on" and tokens[k + 1].low in lx.WEEKDAYS


def _coordinated(tokens: list[Token], k: int, end: int) -> bool:
    """
    Whether ``("and" | "or") WORD{0,2} PLURAL`` runs from ``k`` to ``end``: a
    second noun of people sharing the group's count ("80,000 children and
    adolescents have crossed").
    """
    if not (k < end and tokens[k].low in ("and", "or") and 2 <= end - k <= _AUX_WORDS + 1):
        return False
    last = tokens[end - 1].low
    return (
        all(t.is_word and t.low not in lx.MODIFIER_STOPS for t in tokens[k + 1 : end])
        and last.endswith("s")
        and noun_class(last) in ("people", "unknown")
    )
