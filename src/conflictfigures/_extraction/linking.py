"""
Linking: reads a sentence left to right and tries the linking rules of
:mod:`.links` in order on every number it meets.
"""

from __future__ import annotations

import bisect
from itertools import compress, pairwise
from typing import TYPE_CHECKING

from conflictfigures import _lexicon as lx
from conflictfigures._extraction.articles import counts_no_one
from conflictfigures._extraction.breakdowns import place_with_member
from conflictfigures._extraction.candidates import make_candidate
from conflictfigures._extraction.colon_lists import COLON_REACH, colon_breakdown
from conflictfigures._extraction.deaths import read_self_killing
from conflictfigures._extraction.earlier_totals import changed_from, earlier_total
from conflictfigures._extraction.gapped import gapped_member
from conflictfigures._extraction.included import AMONG_WHICH, link_included
from conflictfigures._extraction.links import RULES
from conflictfigures._extraction.listed_parts import aside_parts
from conflictfigures._extraction.lists import (
    MEMBER_PHRASE_WORDS,
    speaks_at,
)
from conflictfigures._extraction.located import located_abroad
from conflictfigures._extraction.member_links import of_them
from conflictfigures._extraction.numbers import (
    ARTICLES,
    COMMON_AFTER_ARTICLE,
    NUMBER_STARTERS,
    QUALIFIER_SECONDS,
    NumberReading,
    read_number,
)
from conflictfigures._extraction.partitives import (
    INTAKE_VERBS,
    PAIR_WORDS,
    apposed_state,
    care_intake,
    care_intake_passive,
    fronted_state,
    of_state_told,
    pair_reading,
    sibling_partitive,
    state_partitive,
)
from conflictfigures._extraction.parts import (
    FATAL_LEADS,
    PART_LEADS,
    bare_part,
    died_before,
    fatal_of_harmed,
    fatal_part,
    part_lead,
    part_of_earlier,
    share_after_with,
)
from conflictfigures._extraction.persons import (
    NEAR_WORDS,
    ONE_PERSON_AUX,
    one_person_near,
    read_one_person,
)
from conflictfigures._extraction.phrases import PHRASE_REACH, phrase_between
from conflictfigures._extraction.reading import (
    Reading,
    perpetrator_reading,
)
from conflictfigures._extraction.results import result_after
from conflictfigures._extraction.sentence_checks import (
    dashed_aside,
    killed_after_attack,
    killing_said_once,
    next_in_aside,
    read_on_from,
)
from conflictfigures._extraction.sentence_rules import sentence_rules
from conflictfigures._extraction.stocks import (
    superlative_stock,
)
from conflictfigures._extraction.text import GLUED, TokenFlags
from conflictfigures._extraction.trailing import (
    MEMBER_LEADS,
    host_member,
    rival_member,
    trailing_member,
)
from conflictfigures._extraction.triggers import ANCHORS, PASSIVE_BY_FIRST, PASSIVE_FIRSTS
from conflictfigures._extraction.unreal import hypothetical, read_zero
from conflictfigures._extraction.verbs import coordinated_condition
from conflictfigures.models import Category, Qualifier

if TYPE_CHECKING:
    from collections.abc import Set as AbstractSet

    from conflictfigures._extraction.candidates import Candidate
    from conflictfigures._extraction.text import Token

#: Lower-case words that can start a number, a zero or a pair (digits can too).
_NUMBER_STARTER_WORDS = frozenset(NUMBER_STARTERS | lx.ZERO_WORDS | PAIR_WORDS)


#: How many figures before a share its whole may stand in the same sentence.
_SHARE_WHOLE_REACH = 8


def read_sentence(
    tokens: list[Token],
    lows: list[str],
    counted: AbstractSet[tuple[Category, str]] = frozenset(),
    known: AbstractSet[Category] = frozenset(),
    earlier: Category | None = None,
    *,
    harmed: AbstractSet[Category] = frozenset(),
) -> list[Reading]:
    """
    Apply the grammar rules to one sentence (``lows``: its tokens' lower-case
    forms); ``counted`` holds the (category, head noun) of the groups the
    document has counted before, which a part of them names again,
    ``known`` their categories, and ``earlier`` the category of its last
    figure before the sentence (which a bare total's number counts: "The
    governor's office put the number at 22"); ``harmed``, the categories of
    every figure read before (whom "the victims" are).
    """
    readings: list[Reading] = []
    words = frozenset(lows)  # (each screen below a look-up, not a scan of the sentence)
    if (
        ANCHORS.isdisjoint(words)
        and not (
            # (a people counted abroad, or people coming in, after a flight:
            # see :mod:`.located` and :mod:`.elided_flight`)
            Category.REFUGEES in known
            and (
                not lx.FLIGHT_STORY_WORDS.isdisjoint(words)
                or (earlier is Category.REFUGEES and ("(" in words or ":" in words))
            )
        )
        # (a tracker's list after things counted: see :func:`.verbs.tally_lists`)
        and not (
            earlier is not None and earlier.is_equipment and not lx.TALLY_VERBS.isdisjoint(words)
        )
        and not (
            # (the words ``screen.sets_bare_total`` lets through: "put the number
            # at 22", "raised the figure to 105")
            earlier is not None
            and not lx.BARE_TOTAL_NOUNS.isdisjoint(words)
            and (
                (
                    "at" in words
                    and not (
                        lx.TOLL_SETTING_VERBS.isdisjoint(words) and lx.TOTAL_VERBS.isdisjoint(words)
                    )
                )
                or ("to" in words and not lx.TOTAL_VERBS.isdisjoint(words))
            )
        )
    ):
        return readings  # no word in the sentence can carry a figure
    # Where a one-person reading can start: right after an active trigger (or
    # one word later: "also", "all"), or a few words before a passive one.
    # A one-person passive ("Akbar was detained", "Taliban Commander Killed")
    # ends in a trigger after an auxiliary, or in a capitalized one.
    # (The indices of the words in a set are picked out in C: compress over
    # the set's membership of each word.)
    positions = range(len(lows))
    # The words the rules look around, in one pass.
    hits = list(compress(positions, map(_LINK_WORDS.__contains__, lows)))
    # Where a passive verb can be: the passive rule looks only near one.
    verbs_at = [k for k in hits if lows[k] in _PASSIVE_VERBS]
    # (A one-person passive's verb is among them, so no second pass is needed.)
    passive_at = [
        k
        for k in verbs_at
        # "he was fatally shot"
        if (k > 1 and lows[k - 1] in lx.FATAL_ADVERBS and lows[k - 2] in ONE_PERSON_AUX)
        or (
            (lows[k] in _ONE_PERSON_VERBS or lows[k] in lx.SUFFER_VERBS)
            and (
                (k > 0 and lows[k - 1] in ONE_PERSON_AUX)
                or (tokens[k].is_capitalized and lows[k] in lx.PASSIVE_TRIGGERS)
                or (k == 1 and lows[0] in lx.PEOPLE_NOUNS)  # "Man dies after ..."
                # a headline's person and age: "Man, 23, killed and seven injured"
                or (
                    k >= 4
                    and lows[k - 1] == ","
                    and tokens[k - 2].is_digits
                    and lows[k - 3] == ","
                    and lows[k - 4] in lx.PEOPLE_NOUNS
                    and tokens[k - 4].is_capitalized
                )
                # "John Smith suffered minor injuries": a name, then its injury
                or (lows[k] in lx.SUFFER_VERBS and k > 0 and tokens[k - 1].is_capitalized)
                or (
                    k > 0
                    and (
                        lows[k - 1] in ("he", "she", ",", "and")
                        or (tokens[k - 1].is_capitalized and tokens[k - 1].is_word)
                    )
                    and (
                        lows[k] in lx.INTRANSITIVE_TRIGGERS
                        or lows[k] in lx.INTRANSITIVE_PHRASE_FIRSTS
                    )
                )
            )
        )
    ]
    # Only tokens that can start a reading are visited; every other token
    # would be stepped over.
    starts = list(compress(positions, map(_STARTS.__getitem__, tokens)))
    near = one_person_near(lows, hits, passive_at)
    # The words only a few rules look for are looked for in one pass first:
    # most sentences hold none of them.
    rare = not _RARE_WORDS.isdisjoint(words)
    if_words = (rare and not lx.IF_WORDS.isdisjoint(words)) or (
        "have" in words and not lx.UNREAL_MODALS.isdisjoint(words)  # "could have killed dozens"
    )
    # Where an attacker dies by his own hand ("before killing himself").
    self_killing = (
        set()
        if not rare
        or (
            lx.REFLEXIVES.isdisjoint(words)
            and "own" not in words
            and "inflicted" not in words
            and "being" not in words
        )
        else {k for k, low in enumerate(lows) if low in _SELF_KILLING_FIRST}
    )
    if self_killing:
        starts = sorted(set(starts) | self_killing)
    i = 0
    n = len(tokens)
    pending_list: list[tuple[NumberReading, tuple[int, int, int]]] = []
    # The article the screen below last found may count someone (-1: none).
    counts_at = -1
    # The count a total changed from, until the total after it is read.
    changed: NumberReading | None = None
    for start in starts:
        if start < i:
            continue
        tok = tokens[start]
        kind = _STARTS[tok]
        if kind is _ONE_PERSON and start not in near:
            continue  # a one-person word where no one-person reading can start
        i = start
        if i in self_killing:
            end = read_self_killing(tokens, i)
            if (
                end is not None
                and lows[i] == "being"
                and not killed_after_attack(lows, i, readings)
            ):
                end = None
            if end is not None and lows[i] == "then" and not killing_said_once(lows, i, readings):
                end = None
            if end is not None:
                if (lows[i] in lx.UNTOLD_OUTCOME_HARMS or lows[i] == "shooting") and any(
                    # the sentence's subject wounded, whom "himself" stands for
                    x.category is Category.WOUNDED and x.number.stated == 1 and not x.active
                    for x in readings
                ):
                    # "was critically wounded after accidentally shooting
                    # himself": the cause of the wound told, no death
                    pending_list.clear()
                    i = end
                    continue
                r = perpetrator_reading(tokens, i, end)
                if (lived := coordinated_condition(tokens, i)) is not None:
                    # "shot himself ... and is in serious condition": he lived
                    r.category, r.last = Category.WOUNDED, lived
                if "accidentally" in lows[max(0, i - 4) : i]:
                    # "accidentally shot (and killed) himself": no attacker
                    r.side = None
                readings.append(r)
                pending_list.clear()
                i = r.last
                continue
        if (
            kind is _ARTICLE
            and not pending_list
            and i + 1 < n
            and COMMON_AFTER_ARTICLE[tokens[i + 1]]
            and lows[i + 1] not in FATAL_LEADS
            # (a member, or a part that ``bare_part`` below reads after a
            # figure: "5 fled. a Taliban" in a sentence the split kept whole)
            and not (readings and i and (lows[i - 1] in MEMBER_LEADS or lows[i - 1] in PART_LEADS))
        ):
            if counts_no_one(tokens, i, i + 1):
                # The commonest start, settled at once: an article that counts
                # no one ("the operation"), where no rule tried below could
                # read anything (read_number would read the article alone,
                # which read_figure drops; the words around it open no member
                # and no fatal part).
                i += 1
                continue
            counts_at = i
        if kind is _QUALIFIER and (i + 1 == n or lows[i + 1] not in QUALIFIER_SECONDS[tok.low]):
            continue  # "in", "as", "at" with no qualifier's next word: read_number reads nothing
        num = read_number(tokens, i) if tok.is_digits or tok.low in NUMBER_STARTERS else None
        zero = False
        if num is None and tok.low in PAIR_WORDS and (pair := pair_reading(tokens, i)) is not None:
            # "killing them both", "Neither ... survived", "None of the 40
            # passengers survived" (before "none" is read as a count of none)
            readings.append(pair)
            pending_list.clear()
            i = pair.last
            continue
        if num is None and tok.low in lx.ZERO_WORDS:
            num = read_zero(tokens, i)
            zero = num is not None
            if zero and i + 1 < n and lows[i + 1] in lx.ADDED_WORDS:
                # "No other injuries were reported": none beyond those told,
                # no count of its own
                i += 1
                continue
        if num is None:
            if (
                # One person starts a name or a group ("Mawawi Akbar", "senior
                # Taliban commander", "him"), near a trigger it could hang on.
                i in near
                and tok.is_word
                and (
                    tok.low in lx.ONE_PERSON_STARTERS
                    or (tok.is_capitalized and not (i and tokens[i - 1].is_capitalized))
                )
            ):
                one = read_one_person(tokens, i)
                if (
                    one is not None
                    and not (if_words and hypothetical(tokens, one.first))
                    and not died_before(tokens, readings, one)
                ):
                    readings.append(one)
                    pending_list.clear()
                    i = one.last
            continue
        if if_words and hypothetical(tokens, num.first):
            i = num.last
            continue
        if (
            num.first
            and lows[num.first - 1] == "from"
            and num.qualifier in (Qualifier.RANGE, Qualifier.EXACT)
            and (before := changed_from(tokens, num)) is not None
        ):
            changed = before  # "had risen from 5 to 14": the total at "to" is read next
            i = before.last
            continue
        # the aside's next member ("killed - six men, 14 women and nine children -")
        further = bool(readings) and next_in_aside(tokens, readings[-1], num)
        dashed = (
            bare_part(tokens, readings, num, listed=further)
            if further
            or (
                readings
                and num.first
                # (or past a phrase of place: "killed all 40 people on board —
                # 36 pilgrims and four crew")
                and (
                    readings[-1].last == num.first - 1
                    # (a spaced dash only: "5-5-5" is no aside, and each
                    # number of it would read the phrase again)
                    or (
                        readings[-1].last < num.first - 1 <= readings[-1].last + PHRASE_REACH
                        and tokens[num.first - 1].gap != GLUED
                        and tokens[num.first - 1].text in lx.DASHES
                        and phrase_between(tokens, readings[-1].last, num.first - 1)
                    )
                )
                and tokens[num.first - 1].text in lx.DASHES
                and dashed_aside(tokens, num.first)
                # (a fatal share is none: "were shot, one of them fatally")
                and fatal_of_harmed(tokens, num) is None
            )
            else None
        )
        reading = (
            [dashed]  # "leaving eight dead — six men and two women —": its parts
            if dashed is not None
            # "all but one of them were arrested": the rest of a group told, no count
            else None
            if num.first > 1 and lows[num.first - 1] == "but" and lows[num.first - 2] == "all"
            else read_figure(
                tokens,
                num,
                readings,
                pending_list,
                zero=zero,
                counted=counted,
                earlier=earlier,
                verbs_at=verbs_at,
                may_count=num.first == counts_at,
            )
        )
        if not reading and tok.low == "her" and result_after(lows, i):
            # "beat her to death": "her" is the person, not a possessive
            one = read_one_person(tokens, i)
            reading = [one] if one is not None else None
        if (
            reading
            and len(reading) == 1
            and readings
            and readings[-1].listed
            and reading[0].category is not readings[-1].category
            and reading[0].np[0] == reading[0].np[1]
            and (gapped := gapped_member(tokens, readings[-1], num)) is not None
        ):
            # a member of a gapped list goes on with the list's verb ("42
            # died at Al Noor Mosque, seven at the Linwood Islamic Centre and
            # one in hospital": died there, not in care)
            reading = [gapped]
        if not reading and readings and not pending_list:
            trailing = (
                trailing_member(tokens, readings[-1], num)
                or host_member(tokens, readings[-1], num)
                or gapped_member(tokens, readings[-1], num)
                or place_with_member(tokens, readings[-1], num)  # "followed by Sindh with 289"
                or rival_member(tokens, readings[-1], num)
                or earlier_total(tokens, readings[-1], num)  # "rose to 151, up from 115"
            )
            reading = [trailing] if trailing is not None else reading
        elif (
            not reading
            and readings
            and len(pending_list) == 1
            and pending_list[0][0] is num
            and (trailing := trailing_member(tokens, readings[-1], num)) is not None
        ):
            # a member added past an aside on the figure's share, which the
            # list reader held for a verb ("745 civilians, most of them
            # Alawites killed in Latakia, as well as 125 members of
            # government security forces")
            pending_list.clear()
            reading = [trailing]
        if not reading:
            fatal = (
                fatal_of_harmed(tokens, num)  # "Two men were shot, one fatally"
                # "University Medical Center received 104 patients" (in a
                # story of harm: patients alone may be the sick)
                or (
                    care_intake(tokens, num)
                    if num.first
                    and lows[num.first - 1] in INTAKE_VERBS
                    and (
                        lows[num.first - 1] == "treating"
                        or readings
                        or not lx.HARM_CATEGORIES.isdisjoint(harmed)
                    )
                    else None
                )
                # "a doctor said 58 patients had been admitted" (in a story of harm)
                or (
                    care_intake_passive(tokens, num)
                    if readings or not lx.HARM_CATEGORIES.isdisjoint(harmed)
                    else None
                )
            )
            reading = [fatal] if fatal is not None else reading
        if not reading and num.last + 2 < n and lows[num.last] == "of":
            # "28 of the dead were from the valley": some of those in a state
            # ("the victims": the dead when the story counted any, else the hurt)
            state = state_partitive(tokens, num, _victims(readings, harmed))
            reading = [state] if state is not None else reading
        if not reading and num.first > 3 and lows[0] == "of" and lows[num.first - 1] == ",":
            # "Of the dead, 386 were children": the state told first
            state = fronted_state(tokens, num, _victims(readings, harmed))
            reading = [state] if state is not None else reading
        if not reading and num.first > 2 and lows[num.first - 1] == ",":
            # "The dead, 16 in all, included ...": a count set off beside its state
            apposed = apposed_state(tokens, num)
            reading = [apposed] if apposed is not None else reading
        if not reading and readings and num.last < n and lows[num.last] in lx.BE_FORMS:
            shares = readings[-1].parts
            if shares:
                # "... 11 of the dead were men and three were women": a second
                # share of the state, a part of the whole the first share is a
                # part of (only then: a share read alone may be a part the tally
                # finds by its words, which the second share's elided words are not)
                if (sibling := sibling_partitive(tokens, shares[-1], num)) is not None:
                    shares.append(sibling)
                    i = max(num.last, i + 1)
                    continue
            elif (
                # (its whole in a sentence before: ``breakdowns.later_parts``
                # makes both shares its parts; the figures just before are
                # looked at, so a long sentence stays linear)
                all(
                    r.category is not readings[-1].category
                    for r in readings[-_SHARE_WHOLE_REACH:-1]
                )
                and (sibling := sibling_partitive(tokens, readings[-1], num)) is not None
            ):
                # "The toll rose to 100. ... 97 of the dead were policemen and
                # three were civilians": a second share of a whole told before
                reading = [sibling]
        if (
            not reading
            and num.first > 3
            and (
                lows[num.first - 1] == "including"
                or (lows[num.first - 1] in AMONG_WHICH and lows[num.first - 2] == "among")
            )
        ):
            # "lost two battalions' worth of equipment, including 36 tanks"
            included = link_included(tokens, num, readings)
            reading = [included] if included is not None else reading
        if not reading:
            # "hosts the largest number, about 2.8 million" (or in brackets); a
            # people counted abroad in a story of flight ("1.2 million Sudanese in Chad")
            share = (superlative_stock(tokens, num) if num.first > 3 else None) or located_abroad(
                tokens, num, known
            )
            reading = [share] if share is not None else reading
        if (
            not reading
            and readings
            and not pending_list
            and num.first
            and part_lead(lows, num.first)
        ):
            part = (
                share_after_with(tokens, readings, num)  # "rose to 50, with 20 in Kabul"
                if lows[num.first - 1] == "with"
                else bare_part(tokens, readings, num)  # "killed 12 people, including five children"
            )
            reading = [part] if part is not None else reading
        if reading and num.article and speaks_at(tokens, max(reading[0].np[1], num.last)):
            reading = []  # "..., most of them women and children, a provincial spokesman said"
        if reading:
            # "adding that none of them was in critical condition": of those
            # told before, no count of its own
            reading = [
                r for r in reading if not (r.number.stated == 0 and of_them(tokens, r.number))
            ]
        if reading and readings:
            whole = readings[-1]
            kept = []
            for r in reading:
                if not (
                    part_of_earlier(tokens, readings, r) or of_state_told(tokens, whole, r)
                ) or fatal_part(tokens, whole, r):
                    kept.append(r)
                elif r.head in lx.SELF_COUNTING_NOUNS and tokens[r.number.first - 1].low == "with":
                    continue  # "wounding nine others with several injuries": their injuries
                elif r.number.stated == 0:
                    continue  # "injuring five, none of them seriously": no part
                elif whole.parts and r.first < whole.parts[-1].last:
                    continue  # inside the part before: "four of her pupils" holds "her pupils"
                elif whole.parts is None:
                    whole.parts = [r]  # "killed 12 people, including five children"
                else:
                    whole.parts.append(r)
            reading = kept
        after = max(num.last, i + 1)
        if changed is not None and reading and reading[0].cumulative:
            # the count the total changed from, of its category
            replaced = Reading(changed, reading[0].category)
            replaced.cumulative = True
            # (of the total's group and side: "the toll of soldiers rose from 5 to 14")
            replaced.np, replaced.head = reading[0].np, reading[0].head
            replaced.side, replaced.subject = reading[0].side, reading[0].subject
            reading = [replaced, *reading]
        changed = None
        if not reading and pending_list and pending_list[-1][0] is num:
            # a list member waits for its verb: go on after its words, past
            # its phrase ("Two residents of the village and a policeman"; not
            # past a verb its words hold: "An explosive device went off
            # killing a civilian and ...")
            held = lows[num.last : pending_list[-1][1][2]]
            if not MEMBER_PHRASE_WORDS.isdisjoint(held) and not any(
                low in lx.ACTIVE_TRIGGERS or low in lx.PASSIVE_TRIGGERS for low in held
            ):
                after = max(after, pending_list[-1][1][2])
        if reading:
            for r in reading:
                if r.last - r.np[1] > 3 and (aside := aside_parts(tokens, r)):
                    r.parts = aside  # "Five persons, including two women, were killed"
                elif ":" in lows[r.last : r.last + COLON_REACH]:
                    # where they went or who they were, after a colon: its parts
                    # (read no more: "killed 13: nine South Africans, three ...")
                    r.parts = colon_breakdown(tokens, r) or None
                    if r.parts:
                        after = max(after, r.parts[-1].last)
            readings.extend(reading)
            # Go on after the furthest figure this number reads (its words
            # may start before it: "killed both her parents").
            after = max(after, *(read_on_from(lows, r) for r in reading))
        i = after
    return sentence_rules(
        tokens,
        lows,
        words,
        readings,
        pending_list=pending_list,
        story=(known, earlier, harmed),
        rare=rare,
    )


#: What reading a token can start, by token: a number (or a zero, or a
#: pair), an article's number (the number a plain article reads, see
#: :func:`read_sentence`; "her" is left a number: "beat her to death"), a
#: number only through a qualifier ("in excess of", "as many as"; a word
#: that can start nothing else), only a one-person reading (a name, a group,
#: a pronoun), or none.
_NUMBER, _ONE_PERSON, _NONE, _ARTICLE, _QUALIFIER = 1, 2, 0, 3, 4
_STARTS = TokenFlags(
    lambda tok: (
        _ARTICLE
        if tok.low in ARTICLES and tok.low != "her"
        else _QUALIFIER
        if tok.low in QUALIFIER_SECONDS
        and tok.low not in lx.ZERO_WORDS
        and tok.low not in PAIR_WORDS
        and tok.low not in lx.ONE_PERSON_STARTERS
        and not tok.is_capitalized
        else _NUMBER
        if tok.is_digits or tok.low in _NUMBER_STARTER_WORDS
        else _ONE_PERSON
        if tok.is_word and (tok.is_capitalized or tok.low in lx.ONE_PERSON_STARTERS)
        else _NONE
    )
)


#: Words a one-person passive can end in: a trigger, or a trigger phrase's first word.
_ONE_PERSON_VERBS = frozenset(lx.PASSIVE_TRIGGERS) | frozenset(PASSIVE_BY_FIRST)

#: Words a group's passive verb can start with (see :func:`.rules.read_passive`);
#: the words a one-person passive can end in are among them.
_PASSIVE_VERBS = (
    frozenset(lx.PASSIVE_TRIGGERS)
    | PASSIVE_FIRSTS
    | lx.SUFFER_VERBS
    | lx.TREATED_VERBS
    | lx.FATAL_ADVERBS
    | lx.INJURY_NOUNS
    | lx.BROKEN_WORDS  # "escaped with broken legs"
    | {"death", "dying"}  # ("with one other person dying later": see rules.read_passive)
)
#: The words :func:`read_sentence` picks out first: passive verbs and the
#: words one-person readings start around.
_LINK_WORDS = _PASSIVE_VERBS | NEAR_WORDS
#: How far after a group its passive verb may stand (asides, parts, modifiers).
_PASSIVE_REACH = 48

#: The first words of the phrases in which an attacker kills himself.
_SELF_KILLING_FIRST = frozenset(words[0] for words in lx.SELF_KILLING_PHRASES)

#: The words only a few rules need, each rule's words in one set: the
#: hypothetical (``IF_WORDS``), the attacker who kills himself, animals
#: counted again, stocks in brackets and a ministry's dashed losses
#: (``LOSS_LIST_WORDS``, which :func:`.stocks.dash_losses` needs).
_RARE_WORDS = (
    lx.IF_WORDS
    | lx.REFLEXIVES
    | {"own", "inflicted", "being"}
    | lx.ANIMAL_NOUNS
    | {"(", "followed"}
    | lx.LOSS_LIST_WORDS
)


def _victims(readings: list[Reading], harmed: AbstractSet[Category]) -> Category | None:
    """
    The category "the victims" name in a sentence: the dead when the story
    (its sentence's readings or its categories ``harmed``) counted any,
    else the hurt, else none.
    """
    seen = {r.category for r in readings} | set(harmed)
    return next((c for c in (Category.KILLED, Category.WOUNDED) if c in seen), None)


def read_figure(
    tokens: list[Token],
    num: NumberReading,
    readings: list[Reading],
    pending: list[tuple[NumberReading, tuple[int, int, int]]],
    *,
    zero: bool,
    counted: AbstractSet[tuple[Category, str]] = frozenset(),
    earlier: Category | None = None,
    verbs_at: list[int] | None = None,
    may_count: bool = False,
) -> list[Reading] | None:
    """
    Read the figure a number starts, trying :data:`RULES` in order;
    ``verbs_at`` are the sentence's indices of words a passive verb can
    start with (``None``: look everywhere); ``may_count``: the article that
    starts the number was already found to count someone maybe
    (:func:`.articles.counts_no_one` said no).
    """
    if num.article and not pending and not may_count and counts_no_one(tokens, num.first, num.last):
        return None  # "the operation": an article before no single person or thing
    told = earlier is not None and earlier in lx.HARM_CATEGORIES  # ("The other" is one more)
    c = make_candidate(tokens, num, readings, pending, zero=zero, told_before=told)
    if c is not None:
        c.counted = counted
        c.earlier = earlier
        if verbs_at is not None:
            j = bisect.bisect_left(verbs_at, c.np[2])
            c.verb_near = j < len(verbs_at) and verbs_at[j] - c.np[2] < _PASSIVE_REACH
    if c is None:
        return None
    for rule in RULES:
        out = rule(c)
        if out is not None:
            if out:
                pending.clear()
                _more_refugees(c, out)
            return out or None
    if not (pending and of_them(tokens, num) and num.first - 1 in pending[-1][1][1:]):
        # (but a share of the member before keeps its list: "Thirty-five
        # civilians, 31 of them women, and seven soldiers were killed")
        pending.clear()
    return None


def _more_refugees(c: Candidate, out: list[Reading]) -> None:
    """
    Refugees still, a further number with no noun of its own told after
    refugees and read as displaced by where they live ("The camps host
    380,000 refugees. A further 20,000 are living in makeshift shelters"):
    the state tells where, not who they are.
    """
    r, tokens = out[0], c.tokens
    i, k = c.num.first, c.num.last
    if not (
        len(out) == 1
        and r.category is Category.DISPLACED
        and c.earlier is Category.REFUGEES
        and r.np[0] == r.np[1]
        and i > 0
        and tokens[i - 1].low in lx.ADDED_WORDS
    ):
        return
    while k < len(tokens) and k < c.num.last + _STAY_REACH and tokens[k].low in _BEFORE_STAY:
        k += 1  # "are now", "have been"
    # (a stay abroad, not a flight: not "Another 10,000 have fled their homes";
    # nor one told inside a named place: "are living in makeshift shelters
    # inside Sudan", not "within walking distance"; a flight tells how they
    # came, not where they stay: "after fleeing the fighting in Darfur"; a
    # place's name does not say which country it is in: "on the outskirts
    # of Ifo" is a camp abroad, "in Khartoum" is not)
    place = tokens[k + 1 : k + 1 + _STAY_PLACE_REACH]
    if (
        k < len(tokens)
        and tokens[k].low in lx.REFUGE_STAY_WORDS
        and not any(t.low in lx.INSIDE_WORDS and nxt.is_capitalized for t, nxt in pairwise(place))
    ):
        r.category = Category.REFUGEES


#: The words between a number and its stay ("are now living").
_BEFORE_STAY = lx.AUXILIARIES | lx.BE_FORMS | lx.STAY_ADVERBS
#: How many such words may stand there.
_STAY_REACH = 4
#: How far after the stay its place may stand.
_STAY_PLACE_REACH = 12
