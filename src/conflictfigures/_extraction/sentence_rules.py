"""
The rules that read a sentence whole once its numbers are linked: a
whole's parts after a colon, sums of lists, gapped members, joint harms,
named lists, ordinal tolls, fates told of "them", flights told again,
places in brackets and dashed losses.  Moved out of
:func:`.linking.read_sentence` in session 55 (``linking`` had passed 800
lines); the rules are tried in the order of their calls.
"""

from __future__ import annotations

import bisect
from itertools import accumulate
from typing import TYPE_CHECKING

from conflictfigures import _lexicon as lx
from conflictfigures._extraction.country_colons import colon_stocks
from conflictfigures._extraction.deaths import died_apart
from conflictfigures._extraction.elided_flight import arrivals_at_home, elided_flights
from conflictfigures._extraction.ended_fates import ended_parts_dropped
from conflictfigures._extraction.households import households_as_people
from conflictfigures._extraction.listed_as import listed_as
from conflictfigures._extraction.lists import appositives_dropped
from conflictfigures._extraction.member_links import uncounted_list_end
from conflictfigures._extraction.named import may_name, named_list
from conflictfigures._extraction.obituaries import AGE_AFTER_DEATH, died_of_age
from conflictfigures._extraction.object_fates import object_fates
from conflictfigures._extraction.ordinals import may_number_killings, ordinal_tolls
from conflictfigures._extraction.parts import animals_again, colon_parts
from conflictfigures._extraction.reading import (
    Reading,
    join_harms,
    joint_harms,
    lost_as_casualties,
)
from conflictfigures._extraction.sentence_checks import (
    CARE_SHARE_WORDS,
    care_share,
    one_by_one,
    refugees_still,
    same_fate_of_them,
    shot_alone,
)
from conflictfigures._extraction.stocks import (
    bracketed_changes,
    dash_losses,
    listed_stocks,
)
from conflictfigures._extraction.sums import (
    aside_kinds,
    aside_members,
    elided_kin,
    gapped_by_place,
    list_sums,
    parts_kept,
    restated_in_parts,
)
from conflictfigures._extraction.unaccounted import unaccounted_readings
from conflictfigures.models import Category

if TYPE_CHECKING:
    from collections.abc import Set as AbstractSet

    from conflictfigures._extraction.numbers import NumberReading
    from conflictfigures._extraction.text import Token

__all__ = ["sentence_rules"]

#: What may follow a member of a ministry's dashed list of losses.
_LIST_GOES_ON = frozenset({",", ";", ".", "and"})


def _sidearm_alone(r: Reading, readings: list[Reading]) -> bool:
    """
    Whether ``r`` takes one sidearm, by its article, with no other equipment
    counted beside it ("a handgun was recovered near the scene", "Police
    seized a pistol"): evidence a crime story tells, no war equipment
    captured (but "recovered two rifles and a pistol" counts it).
    """
    return (
        r.category is Category.EQUIPMENT_CAPTURED
        and r.number.article
        and r.head in lx.SIDEARM_NOUNS
        and not any(o is not r and o.category.is_equipment for o in readings)
    )


def sentence_rules(
    tokens: list[Token],
    lows: list[str],
    words: AbstractSet[str],
    readings: list[Reading],
    *,
    pending_list: list[tuple[NumberReading, tuple[int, int, int]]],
    story: tuple[AbstractSet[Category], Category | None, AbstractSet[Category]],
    rare: bool,
) -> list[Reading]:
    """
    The sentence's readings (``readings``, from the linking rules; ``lows``
    and ``words``: its tokens' lower-case forms, as a list and a set;
    ``pending_list``: list members still waiting for their verb) once the
    rules that read it whole have run; ``story`` holds the categories the
    document counted, the category of its last figure and the categories
    of every figure before (see :func:`.linking.read_sentence`), and
    ``rare`` whether the sentence holds a word only some rules look for.
    """
    known, earlier, harmed = story
    n = len(tokens)
    if len(readings) > 2 and (":" in words or "," in words):
        readings = colon_parts(lows, readings)  # a whole's parts after its colon or comma
    kinds: list[tuple[int, list[Reading]]] = []
    for k, told in enumerate(readings):
        r = told
        if r.parts is not None and len(r.parts) > 1 and (summed := aside_members(tokens, r)):
            # "killed 10 troops, among them a colonel, and six civilians": 16
            if summed.category.is_equipment:
                kinds.append((k, aside_kinds(summed)))  # "six rifles, ..., and four handguns"
            r = readings[k] = summed
        if r.parts is not None and one_by_one(r):
            # "killing three people — a vendor, a soldier and a girl —": who
            # they were, one by one, no part of them counted apart
            r.parts = None
    for k, listed_kinds in reversed(kinds):
        readings[k + 1 : k + 1] = listed_kinds
    if pending_list and (listed := uncounted_list_end(tokens, pending_list)):
        readings = sorted(readings + listed, key=lambda r: r.first)
    if readings and ("," in words or "and" in words):
        readings = elided_kin(tokens, readings)  # "killed his wife, daughter and son"
        # "two soldiers and a policeman", "a man and his son"
        readings = list_sums(tokens, readings, known)
        if "and" in words:
            # "killing at least 3 people in West Bengal and 7 in neighbouring Bangladesh"
            readings = gapped_by_place(tokens, readings)
        # "killed 12 people, 4 soldiers and 8 civilians": 12, told again in parts
        readings = restated_in_parts(tokens, readings)
        if not lx.RELATIVE_PRONOUNS.isdisjoint(words):
            readings = appositives_dropped(tokens, readings)  # "The man who died, John Ray, ..."
    if len(readings) > 1 and not lx.CARE_PLACE_WORDS.isdisjoint(words):
        died_apart(tokens, readings)  # "died at the scene and two others in hospital"
    if readings and not lx.DIED_FORMS.isdisjoint(words) and not AGE_AFTER_DEATH.isdisjoint(words):
        readings = [r for r in readings if not died_of_age(tokens, r)]  # "dies at 68"
    if rare and readings and not lx.ANIMAL_NOUNS.isdisjoint(words):
        readings = [r for r in readings if not animals_again(tokens, r)]
    if readings and (pairs := joint_harms(lows)):
        join_harms(readings, pairs)
    if readings and not lx.LOSE_VERBS.isdisjoint(words):
        lost_as_casualties(readings, lows)  # "lost up to 465 troops, one tank and ..."
    if readings and not lx.HOUSEHOLD_NOUNS.isdisjoint(words):
        readings = [households_as_people(tokens, r) for r in readings]
    if (
        may_name(lows)
        and (named := named_list(tokens, lows, other_figures=bool(readings))) is not None
    ):
        # "Killed were Jose Martinez, 45, and his nephew Luis, 19": the list
        # counts the people it names, whatever was read inside it
        readings = [r for r in readings if not named.first <= r.first < named.last]
        readings.append(named)
        readings.sort(key=lambda r: r.first)
    if may_number_killings(words) and (tolls := ordinal_tolls(tokens)):
        # "the city's 23rd homicide of 2016": a running total the ordinal
        # tells, where no figure read already holds its words (found by
        # bisection over the readings' starts and furthest ends: linear)
        ordered = sorted(readings, key=lambda r: r.first)
        firsts = [r.first for r in ordered]
        reach = list(accumulate((r.last for r in ordered), max))
        readings = sorted(
            readings
            + [
                t
                for t in tolls
                if (j := bisect.bisect_right(firsts, t.first) - 1) < 0 or t.first >= reach[j]
            ],
            key=lambda r: r.first,
        )
    if (
        readings
        and ("including" in words or "among" in words)
        and not lx.ENDED_FATE_WORDS.isdisjoint(words)
    ):
        readings = ended_parts_dropped(tokens, readings)  # "rescued 42, including 16 children"
    if "for" in words and not lx.ACCOUNT_WORDS.isdisjoint(words):
        readings = unaccounted_readings(tokens, readings)  # "60 people we cannot account for"
    # "abducted five farmers and killed them", "shot his wife and her mother to death"
    readings = object_fates(tokens, lows, words, readings)
    if "them" in words or "whom" in words:
        # "88 people were injured, and 43 of them were still in hospital":
        # the 43 are some of the 88, in their category
        refugees_still(lows, readings)
        readings = parts_kept(readings, lambda prev, r: same_fate_of_them(lows, prev, r))
    if len(readings) > 1 and not CARE_SHARE_WORDS.isdisjoint(words):
        # "Five people were hurt and three were taken to hospital": the three
        # are some of the five
        readings = parts_kept(readings, lambda prev, r: care_share(lows, prev, r))
    if Category.KILLED in harmed and "shot" in words:
        # "Man killed in Bronx shooting. A 32-year-old man was shot multiple
        # times": "shot" alone after a death the story told is how the dead
        # died, no one more hurt
        readings = [r for r in readings if not shot_alone(lows, r, readings)]
    readings = elided_flights(tokens, lows, readings, earlier, harmed)  # "129,000 arrived"
    readings = arrivals_at_home(tokens, lows, readings, earlier, harmed)  # "150,000 new arrivals"
    readings = listed_as(tokens, lows, readings, words)  # "lists 286 tanks as destroyed"
    if not lx.SIDEARM_NOUNS.isdisjoint(words):
        readings = [r for r in readings if not _sidearm_alone(r, readings)]
    if ":" in words and (
        earlier is Category.REFUGEES
        or any(r.category is Category.REFUGEES for r in readings)
        or not lx.REFUGEES_SPOKEN_WORDS.isdisjoint(words)
    ):
        # countries with their counts after colons ("Hungary: 180,163; Slovakia: 128,169")
        readings = colon_stocks(tokens, readings)
    if not rare:
        return readings  # none of the rules below has a word to go on
    if "(" in words or "followed" in words:
        # places listed with their counts, in brackets or ranked
        readings = listed_stocks(tokens, lows, readings, earlier)
    if not readings:
        readings = dash_losses(tokens, lows)  # "tanks — 6,712 (+10), armoured vehicles — 12,853"
    else:
        if "+" in words:
            bracketed_changes(tokens, readings)  # "have destroyed 3,796 tanks (+4), ..."
        if rare and not lx.DASHES.isdisjoint(words):
            # "personnel - about 17,200 people killed, tanks - 597, aircraft -
            # 127": the dashed losses beside a member a rule read
            # (none of a group a rule read: "lost 30 tanks - 12 of them T-90s -")
            # (the tokens the readings cover, marked in one pass)
            edges = [0] * (n + 1)
            for r in readings:
                edges[r.first] += 1
                edges[r.last] -= 1
            covered = list(accumulate(edges))
            # (nor a count that goes on: "14 tanks - 6 more than a day earlier -")
            losses = [
                d
                for d in dash_losses(tokens, lows)
                if not any(covered[d.first : d.number.last])
                and (d.last >= len(lows) or lows[d.last] in _LIST_GOES_ON)
            ]
            if losses:
                readings = sorted(readings + losses, key=lambda r: r.first)
    return readings
