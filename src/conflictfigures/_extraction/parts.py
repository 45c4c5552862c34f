"""
Parts, breakdowns and repeats: a figure that names a part of the one just
before it ("killed 12 people, including three children", "injuring eight
others, two critically"), or people already counted ("he" after the one man
who died, "three others" after a cow), is no new count.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from conflictfigures import _lexicon as lx
from conflictfigures._extraction.candidates import pair_number
from conflictfigures._extraction.chunks import read_np
from conflictfigures._extraction.heads import head_word, noun_class, plural
from conflictfigures._extraction.numbers import NUMBER_STARTERS, NumberReading, read_number
from conflictfigures._extraction.phrases import (
    PHRASE_PREPS,
    PHRASE_REACH,
    REFUGE_PREPS,
    STAY_PREPS,
    flight_place,
    phrase_between,
    relative_between,
)
from conflictfigures._extraction.place_shares import next_place_share, place_share
from conflictfigures._extraction.reading import Reading, finish
from conflictfigures._extraction.text import GLUED
from conflictfigures._extraction.triggers import is_adverb, passive_phrase_at, plain_stretch
from conflictfigures.models import Category

if TYPE_CHECKING:
    from collections.abc import Set as AbstractSet

    from conflictfigures._extraction.text import Token


#: How far back from a part its opener may stand ("including two children
#: and one woman").
_PART_REACH = 12


def part_of_earlier(tokens: list[Token], readings: list[Reading], r: Reading) -> bool:
    """
    ``FIGURE ","? ("including" | "among them" | "(") PART`` or ``FIGURE ","
    NUMBER "of" ...``: a figure that breaks down the one just before it, of
    the same category ("There were 7 injuries, including one serious
    injury"; "27 people were injured (seven were taken to hospital, another
    20 were slightly hurt)"; "killed two soldiers, one of them a medic"; a
    share by place, :mod:`.place_shares`: "killed 96 people in the region,
    71 in Kenya and 25 in Tanzania"; an opener past a relative clause,
    :func:`~conflictfigures._extraction.phrases.relative_between`), is part
    of it, not a new count.
    """
    prev = readings[-1]
    if (
        prev.category is not r.category
        # one attacker's own death has no parts: "a suicide bomber blew himself
        # up ..., including five dead" are parts of the casualties before
        or (prev.side == lx.PERPETRATOR_SIDE and prev.number.stated == 1)
        or prev.last >= r.number.first
        or tokens[r.number.first].low in lx.ADDED_WORDS
        # no part is larger than its whole: "killing a deputy minister, two
        # of his bodyguards and three staff members" lists more people
        or (r.number.stated or 0) > (prev.number.stated or float("inf"))
    ):
        return False  # "... and another five died later" adds to the count
    first, n = r.number.first, len(tokens)
    if (
        prev.parts
        and r.place is not None
        and prev.parts[-1].place is not None
        and first > prev.parts[-1].last
        and all(t.text in (",", "and") for t in tokens[prev.parts[-1].last : first])
    ):
        return True  # the next place's share: "454,000 of them to Poland and 100,000 to Hungary"
    if place_share(tokens, prev, r) or next_place_share(tokens, prev, r):
        return True  # "killed 96 people in the region, 71 in Kenya and 25 in Tanzania"
    # Where its "of" stands: after the number, or inside a vague one's
    # words, as in "several of them with severe burns".
    of_at = r.number.last
    if r.number.vague is not None and of_at > first and tokens[of_at - 1].low == "of":
        of_at -= 1
    if (
        first == prev.last + 1
        and tokens[prev.last].text == ","
        and r.np[1] - r.np[0] == 1
        and is_adverb(tokens[r.np[0]])
    ):
        return True  # by how badly: "injuring eight others, two critically"
    told = prev.parts[-1].last if prev.parts else prev.last
    if (
        tokens[first - 1].text == ","
        and (first == prev.last + 1 or phrase_between(tokens, told, first - 1))
        and r.np[1] == r.np[0]
        and r.number.last + 1 < n
        and tokens[r.number.last].low == "in"
        # (a condition or a place of care, not a place: "killed 12 people,
        # five in the capital and seven in the north")
        and _condition_at(tokens, r.number.last + 1)
    ):
        # how they are: "50 people were injured, two in a critical condition"
        # (or after a part: "..., 36 of whom remained in hospital on Sunday,
        # two in a critical condition")
        return True
    if (
        first > 0
        and (tokens[first - 1].text == "," or tokens[first - 1].text in lx.DASHES)
        and (
            first == prev.last + 1
            # (past where a flight went: "had crossed out of Ukraine into
            # neighbouring countries, about 454,000 of them into Poland")
            or phrase_between(
                tokens, prev.last, first - 1, flight=prev.category in lx.DISPLACEMENT_CATEGORIES
            )
            # (past its own predicate: "At least 12 bodies were recovered, 10 of them children")
            or _own_predicate(tokens, prev.last, first)
        )
        and of_at < n
        and tokens[of_at].low == "of"
    ):
        # an appositive: "killed two soldiers, one of them a medic" (or "— 9 of
        # them", or past a phrase: "killing 14 civilians with machetes, 5 of them women")
        return True
    if (
        tokens[first - 1].text == ","
        and of_at + 1 < n
        and tokens[of_at].low == "of"
        and tokens[of_at + 1].low == "whom"
    ):
        return True  # "35 were injured in the blast, 3 of whom seriously": of the same figure
    opener = None
    for j in range(first - 1, max(prev.last - 1, first - 1 - _PART_REACH), -1):
        low = tokens[j].low
        if low == "." and j > 0 and tokens[j - 1].low in lx.PART_OPENERS:
            continue  # "5 IDPs killed incl. 3 children": the full stop of "incl."
        if (
            low in lx.PART_OPENERS
            or (low in ("them", "whom") and j > 0 and tokens[j - 1].low in ("among", "of"))
            # "wounding nine others with several injuries": their injuries
            or (low == "with" and r.head in lx.SELF_COUNTING_NOUNS)
        ):
            opener = j - 1 if low in ("them", "whom") else j
            break
        if tokens[j].text in (")", "(") or (low in lx.MODIFIER_STOPS and low not in ("and", "or")):
            break
    if opener is None:
        # A bracket opened right after the earlier figure and not yet closed
        # (or past a phrase of place or time: "claimed 2,320 lives in the two
        # states — 1,735 in Andhra Pradesh and 585 in Telangana —").
        shut = next(
            (
                j
                for j in range(prev.last, min(first, prev.last + PHRASE_REACH + 1))
                if tokens[j].text == "(" or (tokens[j].text in lx.DASHES and tokens[j].gap != GLUED)
            ),
            None,
        )
        spans = [prev.last, prev.last + 1]
        if shut is not None and shut > prev.last + 1 and phrase_between(tokens, prev.last, shut):
            spans = [shut]
        for j in spans:
            if j < r.number.first and tokens[j].text == "(":
                closed = any(t.text == ")" for t in tokens[j + 1 : r.number.first])
                opener = None if closed else j
                break
            if j < r.number.first and tokens[j].text in lx.DASHES and tokens[j].gap != GLUED:
                # "leaving eight dead — six men and two women —": a dashed aside
                closed = any(t.text in lx.DASHES for t in tokens[j + 1 : r.number.first])
                opener = None if closed else j
                break
    return (
        opener is not None
        and (
            0 <= opener - prev.last <= 1
            or phrase_between(
                tokens,
                prev.last,
                opener,
                flight=prev.category in lx.DISPLACEMENT_CATEGORIES,
            )
            or _own_predicate(tokens, prev.last, opener)
            or relative_between(
                tokens, prev.last, opener, flight=prev.category in lx.DISPLACEMENT_CATEGORIES
            )
        )
        and not _aside_closed(tokens, opener, first)
    )


#: How many words a figure's own predicate may hold ("had been counted"),
#: and the phrase after its participle ("attributed to the tornado").
_PREDICATE_WORDS = 4
_PREDICATE_PHRASE = 4
#: The prepositions that may open that phrase (of place or way too: "262,000
#: refugees have arrived through the Morini crossing, including ...").
_PREDICATE_PREPS = lx.PREPOSITIONS | PHRASE_PREPS


def _own_predicate(tokens: list[Token], start: int, end: int) -> bool:
    """
    ``(BE | AUXILIARY)+ PARTICIPLE ","`` from ``start`` to the opener at
    ``end``: the predicate of a figure its reading did not take in ("43
    bodies had been counted, including 15 members of a militia"; "12
    bodies were recovered, including two children"), so its part follows it.
    """
    if (
        not 2 <= end - start <= _PREDICATE_WORDS + _PREDICATE_PHRASE + 1
        or tokens[end - 1].text != ","
    ):
        return False
    words = [t.low for t in tokens[start : end - 1]]
    if not all(t.is_word for t in tokens[start : end - 1]):
        return False
    # (a short phrase after the participle: "17 fatalities were attributed
    # to the tornado, including one in Carroll County")
    k = 0
    while k < len(words) and (words[k] in lx.BE_FORMS or words[k] in lx.AUXILIARIES):
        k += 1
    if k == 0 or k >= len(words) or k > _PREDICATE_WORDS:
        return False
    participle, phrase = words[k], words[k + 1 :]
    return (participle.endswith("ed") or participle in lx.IRREGULAR_PARTICIPLES) and (
        not phrase
        or (
            len(phrase) <= _PREDICATE_PHRASE
            and (
                phrase[0] in _PREDICATE_PREPS
                # the place a verb of arrival takes: "52,000 refugees have
                # reached the border post, 6,000 of them in the past day"
                or (
                    phrase[0] == "the"
                    and (participle in lx.ARRIVAL_VERBS or participle in lx.CROSSING_VERBS)
                )
            )
            and not any(w in lx.PASSIVE_TRIGGERS or w in lx.ACTIVE_TRIGGERS for w in phrase)
        )
    )


#: The words a part's number may follow: its opener, a bracket, a list word,
#: "them" ("among them"), the full stop of "incl.", the group "among the dead"
#: names, a verb after it ("among the victims there is").
PART_LEADS = (
    lx.PART_OPENERS
    | {",", "(", "and", "them", "whom", "."}
    | lx.DASHES  # "killing 22 IDPs — 9 of them children —"
    | {
        "dead",
        "victims",
        "injured",
        "wounded",
        "is",
        "are",
        "were",
        "was",
    }
)


def part_lead(lows: list[str], first: int) -> bool:
    """
    Whether the word before a number at ``first`` may lead a part: a word of
    :data:`PART_LEADS`, or "all" right after an opener ("among them all four
    gunmen", "including all three suspects": the whole of a group of its own).
    """
    before = lows[first - 1]
    return before in PART_LEADS or (
        first > 1
        and (
            # (a share by place after a comma: "rose to 50, with 20 in Kabul")
            (before == "with" and lows[first - 2] == ",")
            or (
                before == "all"
                and (lows[first - 2] in lx.PART_OPENERS or lows[first - 2] in ("them", "whom"))
            )
        )
    )


def share_after_with(
    tokens: list[Token], readings: list[Reading], num: NumberReading
) -> Reading | None:
    """
    ``FIGURE "," "with" NUMBER PLACE``: a share of the figure just before
    told by its place alone ("rose to 50, with 20 in Kabul"), a reading of
    its category for the figure to keep as its part (see
    :func:`~conflictfigures._extraction.place_shares.place_share`).
    """
    share = Reading(num, readings[-1].category)
    return share if part_of_earlier(tokens, readings, share) else None


def bare_part(
    tokens: list[Token], readings: list[Reading], num: NumberReading, *, listed: bool = False
) -> Reading | None:
    """
    ``FIGURE ","? ("including" | "among them" | "of whom" | "(") NUMBER NP``,
    the part with no verb of its own ("killed 12 people, including five
    children"; "detained 40 soldiers (two generals)"; "of whom five were
    children"; a stock's people by where they are: "96,000, of whom 38,000
    in Mali and 29,000 in Côte d'Ivoire"; after a comma, a share by place:
    "died in the heatwave, 41 in Sindh"): a reading of the figure's
    category, for the figure to keep as its part (see
    :func:`part_of_earlier`), when its noun counts people or equipment as
    the figure does (a noun the lexicon does not know, after people, is
    people).
    """
    whole = readings[-1]
    r = part_group(tokens, whole, num, num.last, listed=listed)
    n = num.last
    if r is None and n + 1 < len(tokens):
        if tokens[n].low in lx.BE_FORMS and tokens[num.first - 1].low == "whom":
            r = part_group(tokens, whole, num, n + 1)  # "of whom five were children"
        elif (
            n + 3 < len(tokens)
            and tokens[num.first - 1].text == ","
            and tokens[n].low == "of"
            and tokens[n + 1].low in ("them", "whom")
            and tokens[n + 2].low in lx.BE_FORMS
            # (not a fate of their own: "21 of whom were declared dead")
            and passive_phrase_at(tokens, n + 3) is None
            and not any(
                t.low in lx.PASSIVE_TRIGGERS or t.low in lx.STATE_GROUPS
                for t in tokens[n + 3 : n + 6]
            )
        ):
            # "received 60 wounded within three hours, 17 of whom were children"
            r = part_group(tokens, whole, num, n + 3)
        elif (
            tokens[n].low == "of"
            and tokens[n + 1].low in ("them", "whom")
            and (
                n + 2 == len(tokens)
                or tokens[n + 2].low in _OF_THEM_WHERE
                or tokens[n + 2].low in lx.PART_TIME_OPENERS
                # where some of a flight's people went: "had crossed out of
                # Ukraine, about 454,000 of them into Poland"
                or place_after(tokens, n + 2, whole.category, article=True)
            )
        ):
            # "61 of them in Kandy district", "41 of them over the Bryansk
            # region": where they were
            r = Reading(num, whole.category)
            r.last = n + 2
            _went_to(tokens, r, n + 2)
        elif (
            n + 3 < len(tokens)
            and tokens[num.first - 1].text == ","
            and tokens[n].low == "of"
            and tokens[n + 1].low in ("them", "whom")
            and _kind_word(tokens[n + 2])
            and (tokens[n + 3].text in _KIND_ENDS or tokens[n + 3].low == "and")
        ):
            # "seized 24 vehicles, six of them armoured, along with ...": of
            # what kind some of them were
            r = Reading(num, whole.category)
            r.last = n + 3
        elif (
            whole.category is Category.WOUNDED
            and n + 3 < len(tokens)
            and tokens[n].low == "of"
            and tokens[n + 1].low in ("them", "whom")
            and tokens[n + 2].low == "by"
            and tokens[n + 3].low in lx.CARE_MEANS
        ):
            # "18 patients were taken to hospitals, two of them by
            # helicopter": how some of the hurt were taken
            r = Reading(num, whole.category)
            r.last = n + 4
        elif (
            anywhere := tokens[num.first - 1].text in _PLACE_PART_LEADS or bool(whole.parts)
        ) and tokens[n].low in lx.PART_TIME_OPENERS:
            r = Reading(num, whole.category)  # "including 25,000 last week": its own time
        elif place_after(
            tokens,
            n,
            whole.category,
            article=False,
            # after a dash, a bracket or "including", or another part, a
            # place names where some of any figure's people were ("killed
            # 12 people - nine in Mississippi and three in Alabama -"), and
            # after a comma where its place holds theirs (``place_share``:
            # "died in the heatwave, 41 in Sindh")
            anywhere=anywhere or tokens[num.first - 1].text == ",",
        ) or (
            # "893,720 personnel, including 1,310 over the past day"
            n + 2 < len(tokens)
            and tokens[n].low in ("over", "in", "during")
            and tokens[n + 1].low == "the"
            and tokens[n + 2].low in ("past", "last")
        ):
            r = Reading(num, whole.category)  # "96,000, of whom 38,000 in Mali"
            # (the past day's: the change since the report before, of the
            # day before publication)
            r.change = n + 3 < len(tokens) and tokens[n + 3].low in ("day", "24")
            _went_to(tokens, r, n)
    return r if r is not None and part_of_earlier(tokens, readings, r) else None


def _went_to(tokens: list[Token], r: Reading, j: int) -> None:
    """
    Where some of a flight's people went, ``("to" | "into") PLACE`` at ``j``
    ("454,000 of them into Poland", "and 100,000 to Hungary"): the part's
    own place, its words running to the place's end.
    """
    if (
        r.category in lx.DISPLACEMENT_CATEGORIES
        and j < len(tokens)
        and tokens[j].low in _WENT_TO
        and (place := flight_place(tokens, j)) is not None
    ):
        r.place, r.last = place, place[1]


#: The prepositions of where a flight's people went (not "in": a place
#: phrase after the part says where they are).
_WENT_TO = REFUGE_PREPS & lx.FLIGHT_INTO


#: What closes the one word of a part's kind ("six of them armoured,").
_KIND_ENDS = frozenset({",", ".", ")", ";"}) | lx.DASHES


def _kind_word(tok: Token) -> bool:
    """
    Whether ``tok`` may tell alone of what kind some of a figure's own are
    ("armoured", "Russian"): a word, no number, no adverb of how badly
    ("two of them fatally"), no verb of harm and no state ("wounded").
    """
    low = tok.low
    return (
        tok.is_word
        and not tok.is_digits
        and not is_adverb(tok)
        and low not in NUMBER_STARTERS
        and low not in lx.PASSIVE_TRIGGERS
        and low not in lx.ACTIVE_TRIGGERS
        and low not in lx.STATE_GROUPS
        and low not in lx.MODIFIER_STOPS
        # (not a fate of their own: "5 of whom escaped", "two of them freed")
        and low not in lx.ESCAPE_VERBS
        and low not in lx.FLIGHT_VERBS
        and low not in _FATES
    )


#: Fates of some of a figure's people that say nothing of their kind.
_FATES = frozenset({"released", "freed", "rescued", "returned", "recovered", "survived"})


#: The prepositions of where (or who, or how) some of a figure's own ("of them") were.
_OF_THEM_WHERE = frozenset(
    {"in", "at", "from", "over", "inside", "outside", "near"}
    # who or how: "52 of them under the age of 18", "seven of them by
    # detonating their explosive vests"
    | {"under", "aged", "by"}
)
#: What a part by place of any figure may follow.
_PLACE_PART_LEADS = lx.DASHES | {"(", "including"}


def place_after(
    tokens: list[Token], j: int, category: Category, *, article: bool, anywhere: bool = False
) -> bool:
    """
    ``("in" | "to") "the"? NAME`` at ``j`` (or "into" after refugees),
    after a number of displaced people or refugees (or of any people,
    ``anywhere``): where that part of them is ("38,000 in Mali"; with
    ``article``, also "1.2 million in the North-West").
    """
    m = j + 2 if article and j + 2 < len(tokens) and tokens[j + 1].low == "the" else j + 1
    if (
        anywhere
        and m < len(tokens)
        and tokens[j].low in _WHERE_OR_HOW
        and tokens[m].is_word
        and not tokens[m].is_digits
    ):
        # (after a dash, a bracket, "including" or another part, any place
        # or cause: "26 people — 19 inside the church and seven in
        # surrounding homes", "nine deaths - seven from lightning and two
        # from a wall collapse")
        return True
    # (refugees by where they went too: "including some 600,000 into Chad")
    preps = REFUGE_PREPS if category is Category.REFUGEES else STAY_PREPS
    return (
        (anywhere or category in lx.DISPLACEMENT_CATEGORIES)
        and m < len(tokens)
        and tokens[j].low in preps
        and tokens[m].is_capitalized
    )


#: The prepositions of where some of a figure's people (or drones, "34
#: over the Kursk region") were, or of what befell them.
_WHERE_OR_HOW = frozenset({"in", "inside", "outside", "at", "on", "near", "from", "across", "over"})


def part_group(
    tokens: list[Token], whole: Reading, num: NumberReading, j: int, *, listed: bool = False
) -> Reading | None:
    """
    The group of a part whose number is ``num`` and whose words start at
    ``j``; ``listed`` for a further member of a list of parts of people, in
    which one noun the lexicon does not know, after an article, is a person
    ("six Americans, a Briton, a German and two Afghans").
    """
    np = read_np(tokens, j)
    if np[1] <= np[0]:
        return None
    head = tokens[np[1] - 1]
    if not head.is_word or head.low in lx.PREPOSITIONS or head.low in lx.RELATIVE_PRONOUNS:
        return None  # "two of whom were colleagues": no group of its own
    if num.article and plural(head.low):
        return None  # "including his miners": an article counts one
    cls = noun_class(head_word(tokens, np))  # (a model: "including two R5s")
    if (
        cls in ("unknown", "agent")
        and not whole.category.is_equipment
        and (not num.article or (listed and (cls == "agent" or head.is_capitalized)))
    ):
        cls = "people"  # "arrested about 40 soldiers, including two generals"; "reservists"
    if cls not in ("people", "equipment") or (cls == "equipment") != whole.category.is_equipment:
        return None
    counted = pair_number(tokens, num, head.low)
    n = len(tokens)
    if head.low in lx.GROUP_OF_NOUNS and np[1] + 1 < n and tokens[np[1]].low == "of":
        # "among them a family of six": the group's own number
        inner = read_number(tokens, np[1] + 1)
        if inner is not None and inner.stated is not None and not inner.article:
            counted = NumberReading(num.first, inner.last, inner.stated, inner.qualifier)
            np = (np[0], inner.last, inner.last)
    if counted is num and num.article and head.low in lx.GROUP_OF_NOUNS:
        return None  # "including a whole family": a group of no told size, not one
    r = finish(Reading(counted, whole.category), tokens, np)
    r.last = np[1]
    return r


#: Words after a comma that make the counts after it no parts of the whole
#: before it: a verb, a day or month, a comparison, another event.
_COMMA_PART_STOPS = (
    lx.BE_FORMS
    | lx.AUXILIARIES
    | frozenset(lx.PASSIVE_TRIGGERS)
    | frozenset(lx.ACTIVE_TRIGGERS)
    | frozenset(lx.WEEKDAYS)
    | frozenset(lx.MONTHS)
    | {"compared", "than", "versus", "separate", "other", "another", "while", "whereas"}
)


def colon_parts(lows: list[str], readings: list[Reading]) -> list[Reading]:
    """
    ``WHOLE (":" | ",") PART ("," PART)* "and" PART``: the readings after a
    whole a colon or a comma closes, two or more of its category whose
    counts sum exactly to it (after a comma, counts whose noun is elided),
    are its parts, with its side ("All six attackers were killed: one blew
    himself up at the gate and five were shot dead"; "At least 46 people
    were killed, 29 in Swat and 17 in Shangla"), no figures of their own;
    ``lows`` are the sentence's words.
    """
    out: list[Reading] = []
    k = 0
    while k < len(readings):
        whole = readings[k]
        out.append(whole)
        k += 1
        stated = whole.number.stated
        if (
            whole.last >= len(lows)
            or lows[whole.last] not in (":", ",")
            or not stated
            or whole.parts
        ):
            continue
        total, j = 0, k
        while (
            j < len(readings)
            and total < stated
            and readings[j].category is whole.category
            and readings[j].number.stated is not None
        ):
            total += readings[j].number.stated or 0
            j += 1
        if (
            j - k >= 2
            and total == stated
            # after a comma, counts whose noun is elided only ("29 in Swat and
            # 17 in Shangla"; not a list's members: "killing two soldiers, a
            # policeman and a guard"), with no verb, day or comparison of
            # their own ("2 were killed in Kandahar", "three on Monday",
            # "compared with 6 in January")
            and (
                lows[whole.last] == ":"
                or (
                    all(r.np[0] == r.np[1] for r in readings[k:j])
                    and _COMMA_PART_STOPS.isdisjoint(lows[whole.last : readings[j - 1].last])
                )
            )
        ):
            whole.parts = readings[k:j]
            for part in whole.parts:
                part.side = whole.side or part.side
            k = j
    return out


#: Words that count inside an aside ("including three children, two women, and a man").
_COUNT_WORDS = (
    frozenset(lx.UNITS) | frozenset(lx.TENS) | {w for words, _ in lx.VAGUE_WORDS for w in words}
)


def _aside_closed(tokens: list[Token], opener: int, first: int) -> bool:
    """
    Whether an aside without a number closes with ``"," ("and" | "or")``
    between its opener and the number at ``first``: "seized 2,000 armoured
    vehicles, including US Humvees, and 40 aircraft" goes on with the list
    (not "including three children, two women, and a man", whose aside counts).
    """
    for j in range(opener + 1, first - 1):
        tok = tokens[j]
        if (tok.is_digits and tok.gap != GLUED) or tok.low in _COUNT_WORDS:
            return False  # (not a model's digits: "two R5s")
        if tok.text == "," and tokens[j + 1].low in ("and", "or"):
            return True
    return False


def fatal_part(tokens: list[Token], whole: Reading, r: Reading) -> bool:
    """
    A part by how badly whose adverb is fatal ("wounding five people, one
    fatally") counts the dead: the reading becomes a killing of the whole's
    group, kept as a figure.
    """
    if r.np[1] - r.np[0] == 1 and tokens[r.np[0]].low in lx.FATAL_ADVERBS:
        r.category = Category.KILLED
        r.np, r.head, r.side = whole.np, whole.head, whole.side
        return True
    return False


def _condition_at(tokens: list[Token], k: int) -> bool:
    """Whether a condition or a place of care starts at ``k`` ("a critical condition")."""
    if k < len(tokens) and tokens[k].low in ("a", "an", "the"):
        k += 1
    return k < len(tokens) and (
        tokens[k].low in lx.CONDITION_WORDS or tokens[k].low in lx.CARE_PLACE_WORDS
    )


def died_before(tokens: list[Token], readings: list[Reading], one: Reading) -> bool:
    """
    Whether "he" or "she" names the one person the sentence has already
    counted dead ("a peacekeeper succumbed to his injuries when he was taken
    to hospital"): the harm that killed that person is no new count.
    """
    return (
        one.category is Category.WOUNDED
        and tokens[one.np[0]].low in ("he", "she")
        and any(r.category is Category.KILLED and r.number.stated == 1 for r in readings)
    )


#: How far back the animals "others" may stand for are looked for.
_ANIMAL_REACH = 40


def animals_again(tokens: list[Token], r: Reading) -> bool:
    """
    Whether a reading's "others" are more of the animals named before it ("one
    cow killed and three others injured"): the nearest counted noun before
    it is an animal.
    """
    if r.head not in ("others", "other", "more"):
        return False
    for k in range(r.first - 1, max(-1, r.first - 1 - _ANIMAL_REACH), -1):
        low = tokens[k].low
        if low in lx.ANIMAL_NOUNS:
            return True
        if low in lx.PEOPLE_NOUNS and low not in ("others", "other"):
            return False
    return False


#: Participles of harm that may precede a fatal part ("were shot, one fatally").
_HARMED = frozenset({"shot", "stabbed", "hit", "struck", "wounded", "injured", "hurt", "attacked"})
#: How far before the comma the participle may stand.
_HARMED_REACH = 12


#: The words :func:`fatal_of_harmed` needs right after a number ("one fatally",
#: "two of them fatally"): before any other word it reads nothing.
FATAL_LEADS = lx.FATAL_ADVERBS | {"of"}


def fatal_of_harmed(tokens: list[Token], num: NumberReading) -> Reading | None:
    """
    ``GROUP AUX HARMED ("," | DASH) NUMBER ("of" "them")? FATAL_ADVERB``: of the people
    harmed, those harmed fatally died ("Two men were shot, one fatally";
    "Five people were stabbed, two of them fatally").
    """
    n = len(tokens)
    j = num.last
    if j + 1 < n and tokens[j].low == "of" and tokens[j + 1].low == "them":
        j += 2
    if j >= n or tokens[j].low not in lx.FATAL_ADVERBS or num.stated is None:
        return None
    k = num.first - 1
    if k < 1 or (tokens[k].text != "," and tokens[k].text not in lx.DASHES):
        return None  # (a dash too: "Seven people were shot - one of them fatally -")
    # The participle, perhaps with a phrase of place or time after it ("were
    # shot outside the club, two of them fatally").
    for m in range(k - 1, max(-1, k - 1 - _HARMED_REACH), -1):
        if tokens[m].low in _HARMED:
            break
    else:
        return None
    if not plain_stretch(tokens, m + 1, k):
        return None
    r = Reading(num, Category.KILLED)
    r.last = j + 1
    return r


def restates_the_harmed(lows: list[str], r: Reading, told: AbstractSet[Category]) -> bool:
    """
    Whether a reading names again, by "the" and its state, one person of a
    category a sentence before counted ("14 people were shot, one of them
    fatally. The dead man was identified as Terrell Jones, 22"): the person
    counted, not one more; so does a list of names "identified as" the
    people of a category counted before.
    """
    k = r.number.first
    if r.category not in told:
        return False
    if k > 0 and lows[k - 1] == "as" and "identified" in lows:
        return True  # "The dead man was identified as Terrell Jones, 22"
    return (
        r.number.stated == 1
        and k + 1 < len(lows)
        and lows[k] == "the"
        and lx.STATE_GROUPS.get(lows[k + 1]) is r.category
    )


def restates_single(lows: list[str], r: Reading, singles: dict[Category, str]) -> bool:
    """
    Whether a reading names again, in a later sentence, the single person a
    sentence before counted in its category: "he" or "she", "the" and the
    same noun ("wounding one officer, authorities said. The officer, a
    five-year veteran, was in stable condition"; "A man was shot in the
    chest. He was in stable condition") or another noun of that one
    (:func:`~conflictfigures._lexicon.same_single`: "The victim", "The
    child"), or a name whose title is the noun ("A police officer was
    killed ... Officer Marcus Greer, 29, died"). Such a figure restates one
    already counted and is not given again.
    """
    if r.number.stated != 1 or r.category not in singles or r.np[1] <= r.np[0]:
        return False
    if lows[r.np[0]] in ("he", "she"):
        return r.np[1] - r.np[0] == 1
    before = singles[r.category]
    if r.number.first == r.np[0] and r.head is None:
        # a name whose title is the noun that counted him: "A police
        # officer was killed ... Officer Marcus Greer, 29, died"
        return lows[r.np[0]] == before
    return lows[r.number.first] == "the" and r.head is not None and lx.same_single(r.head, before)
