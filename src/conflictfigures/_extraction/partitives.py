"""
Partitives and pairs: some of the people in a state told by who they were
("28 of the dead were from the valley", "Women accounted for 98 of the
deaths"), a share beside its sibling ("two of them critically"), and the
pair words ("killing them both", "Neither ... survived"). Read by
:mod:`.linking`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from conflictfigures import _lexicon as lx
from conflictfigures._extraction.chunks import read_np
from conflictfigures._extraction.heads import noun_class
from conflictfigures._extraction.injuries import injury_within
from conflictfigures._extraction.numbers import NumberReading, read_number
from conflictfigures._extraction.objects import people_trigger_before
from conflictfigures._extraction.reading import Reading
from conflictfigures._extraction.text import name_possessive
from conflictfigures._extraction.triggers import past_participle
from conflictfigures.models import Category, Qualifier

if TYPE_CHECKING:
    from conflictfigures._extraction.text import Token


#: How far after the state of a partitive its verb may stand ("27 of those
#: killed in the village on Tuesday were civilians").
_STATE_VERB_REACH = 10


#: The verbs that say who some of the people in a state were.
_STATE_VERBS = (
    lx.BE_FORMS
    | lx.INCLUDE_VERBS
    # where or how some of them were: "48 of the deaths occurred in Mai Mahiu",
    # "Ten of the injured remain in hospital"
    | {"occurred", "happened", "remain", "remained", "came"}
    # where the dead fell: "Of the dead, 288 fell at Rabaa"
    | {"fell"}
)


#: Verbs of a hospital or a morgue taking in some of the hurt or the dead
#: ("received 42 of the injured", "admitted 12 of the wounded").
_TAKING_IN_VERBS = lx.CARE_INTAKE_VERBS | {"airlifted", "evacuated", "transferred"}
#: The verbs by which a place of care takes people in, and of their care
#: ("received 104 patients", "was treating four gunshot victims").
INTAKE_VERBS = lx.CARE_INTAKE_VERBS | {"treating"}
#: The people a place of care takes in ("University Medical Center received
#: 104 patients").
_TAKEN_IN = frozenset({"patients", "people", "persons", "victims"})
#: The groups whose care tells them hurt ("treating four gunshot victims").
_CARED_HURT = frozenset({"victims", "survivors"})


def care_intake(tokens: list[Token], num: NumberReading) -> Reading | None:
    """
    ``CARE_PLACE ("received" | "admitted") NUMBER ("patients" | "people" |
    "victims")``: the hurt a hospital took in ("University Medical Center
    received 104 patients"; not "admitted 300 patients with cholera", whose
    illness is no injury, nor "received 50 people seeking shelter"); and
    ``"treating" NUMBER NP``, the injury told after it or the group its care
    tells hurt ("was treating seven patients for burns", "treating four
    gunshot victims"; not "treating 300 cholera patients a day").  Tried
    only when no linking rule reads the number.
    """
    k = num.first
    if k < 2 or tokens[k - 1].low not in INTAKE_VERBS or not num.stated or num.article:
        return None
    start, end, _ = read_np(tokens, num.last)
    if end <= start:
        return None
    n = len(tokens)
    injury_after = (
        end + 1 < n and tokens[end].low in ("with", "for") and injury_within(tokens, end + 1)
    )
    if tokens[k - 1].low == "treating":
        if not (
            injury_after
            or tokens[end - 1].low in _CARED_HURT
            or any(t.low in lx.INJURY_NOUNS for t in tokens[start:end])
        ):
            return None
    else:
        place = tokens[k - 2].low
        if not (
            place in lx.CARE_PLACE_WORDS
            or (k >= 3 and (tokens[k - 3].low, place) in lx.CARE_PLACE_PAIRS)
        ):
            return None
        if end - start != 1 or tokens[start].low not in _TAKEN_IN:
            return None
        if (
            end < n
            and not injury_after
            and (tokens[end].low in ("with", "for") or tokens[end].low.endswith(("ing", "ed")))
        ):
            # "admitted 300 patients with cholera", "received 50 people
            # seeking shelter": the sick, or those come for something else
            return None
    r = Reading(num, Category.WOUNDED)
    r.np, r.head, r.last = (start, end), tokens[end - 1].low, end
    return r


#: The participles of a place of care taking the hurt in, after the group
#: ("58 patients had been admitted").
_TAKEN_IN_PASSIVE = frozenset({"admitted", "hospitalised", "hospitalized"})
#: How many auxiliaries may stand between the group and its participle.
_TAKEN_IN_AUX = 3


def care_intake_passive(tokens: list[Token], num: NumberReading) -> Reading | None:
    """
    ``NUMBER ("patients" | "people" | "victims") AUX{1,3} ("admitted" |
    "hospitalised")``: the hurt a place of care took in, told in the passive
    ("a doctor said 58 patients had been admitted, five of them in critical
    condition"); not "admitted with cholera" or "for" an illness, nor
    "admitted to" anything but care ("admitted to the programme"). Tried
    only in a story of harm, when no linking rule reads the number.
    """
    if not num.stated or num.article:
        return None
    start, end, _ = read_np(tokens, num.last)
    if end - start != 1 or tokens[start].low not in _TAKEN_IN:
        return None
    n = len(tokens)
    k = end
    while k < n and k - end < _TAKEN_IN_AUX and tokens[k].low in lx.AUXILIARIES | lx.BE_FORMS:
        k += 1
    if k == end or k >= n or tokens[k].low not in _TAKEN_IN_PASSIVE:
        return None
    after = tokens[k + 1].low if k + 1 < n else ""
    if after in ("with", "for") and not injury_within(tokens, k + 2):
        return None  # "were admitted with cholera"
    if after == "to" and not (
        k + 2 < n and (tokens[k + 2].low in lx.CARE_PLACE_WORDS or tokens[k + 2].low == "hospital")
    ):
        return None  # "admitted to the programme"
    r = Reading(num, Category.WOUNDED)
    r.np, r.head, r.last = (start, end), tokens[end - 1].low, k + 1
    return r


#: Verbs of a share before "NUMBER of the STATE" ("Women accounted for 98 of
#: the deaths", "Children made up 40 of the injured").
_SHARE_VERBS = frozenset(
    (verb, particle)
    for verbs, particle in (("account accounts accounted", "for"), ("make makes made", "up"))
    for verb in verbs.split()
)


def _state_category(low: str, harmed: Category | None) -> Category | None:
    """
    The category of the people a state's word names ("dead", "injured",
    "deaths"); "victims" are of the category ``harmed`` when it is a harm.
    """
    category = lx.STATE_GROUPS.get(low) or lx.DEATH_WHOLES.get(low)
    if category is None and low == "victims" and harmed in lx.HARM_CATEGORIES:
        return harmed
    return category


def state_partitive(
    tokens: list[Token], num: NumberReading, harmed: Category | None = None
) -> Reading | None:
    """
    ``NUMBER "of" ("the" | "those") STATE WORD* (BE | "included")``: some of
    the people in a state, told by who they were ("28 of the dead were from
    the valley"; "at least 27 of those killed in the village on Tuesday were
    civilians"): a figure of the state's category, a part of the state's
    figure when one was told.  A fate of their own after them is read by the
    rules ("Five of the injured died"), and so is no reading here; "None of
    the killed were Americans" counts no one.  "The victims" are of the
    category ``harmed``: the dead when the story counted any, else the hurt
    ("Twelve people were killed. Five of the victims were children"). A share
    told before it is one too, of the people named before its verb ("Women
    accounted for 98 of the deaths"), and so are some of the hurt or the dead
    a hospital took in ("The hospital received 42 of the injured").
    """
    n, j = len(tokens), num.last
    if not num.stated or num.article or j + 3 >= n or tokens[j].low != "of":
        return None
    if tokens[j + 1].low not in ("the", "those"):
        return None
    category = _state_category(tokens[j + 2].low, harmed)
    k = num.first
    if (
        k >= 3
        and (tokens[k - 2].low, tokens[k - 1].low) in _SHARE_VERBS
        and (tokens[k - 3].is_word or tokens[k - 3].text == ",")
    ):
        # "Women accounted for 98 of the deaths": who they were, before the
        # verb (or a place set off by an aside: "Al Haouz province, where
        # the epicenter was located, accounts for 1,351 of the deaths")
        category = category or lx.SELF_COUNTING_NOUNS.get(tokens[j + 2].low)
        if category is None or category not in lx.HARM_CATEGORIES:
            return None
        r = Reading(num, category)
        r.first, r.last = k - 2, j + 3
        if tokens[k - 3].is_word:
            r.np, r.head, r.first = (k - 3, k - 2), tokens[k - 3].low, k - 3
        return r
    if category is None:
        return None
    if k >= 1 and tokens[k - 1].low in _TAKING_IN_VERBS and category in lx.HARM_CATEGORIES:
        # "The hospital received 42 of the injured": some of the hurt, where they were taken
        r = Reading(num, category)
        r.np, r.head, r.last = (j + 2, j + 3), tokens[j + 2].low, j + 3
        return r
    for m in range(j + 3, min(n, j + 3 + _STATE_VERB_REACH)):
        low = tokens[m].low
        if low in _STATE_VERBS:
            r = Reading(num, category)
            r.np = (j + 2, j + 3)
            r.head = tokens[j + 2].low
            r.last = j + 3
            if low in lx.BE_FORMS and m == j + 3:
                _attackers_named(tokens, r, m + 1)
            return r
        if (
            low in lx.PASSIVE_TRIGGERS
            or low in lx.ACTIVE_TRIGGERS
            or low in lx.AUXILIARIES
            or not (tokens[m].is_word or tokens[m].is_digits)
        ):
            return None
    return None


#: How many words the fronted state of a partitive may hold after its noun
#: ("Of the 184 victims counted by the UN's office in Haiti, 127 were ...").
_FRONTED_REACH = 20


def fronted_state(
    tokens: list[Token], num: NumberReading, harmed: Category | None = None
) -> Reading | None:
    """
    ``"of" ("the" | "those") NUMBER? STATE WORD* "," NUMBER``, the "of"
    opening the sentence: some of the people in a state, the state told
    first ("Of the dead, 386 were children"; "Of the 40 injured, nine were
    women"; "Of the 184 victims counted by the UN, 127 were older men and
    women"): a figure of the state's category, as :func:`state_partitive`
    reads "386 of the dead were children"; "the victims" are of the
    category ``harmed``.  Tried only when no rule reads the number: a fate
    of their own ("Of the injured, five later died") is the rules'.
    """
    k = num.first
    if not num.stated or num.article or k < 4 or tokens[k - 1].text != ",":
        return None
    if tokens[0].low != "of" or tokens[1].low not in ("the", "those") or k - 1 > _FRONTED_REACH:
        return None
    state = 2
    if (counted := read_number(tokens, 2)) is not None and counted.vague is None:
        state = counted.last  # "Of the 40 injured"
    if state >= k - 1:
        return None
    low = tokens[state].low
    category = _state_category(low, harmed)
    if category is None or category not in lx.HARM_CATEGORIES:
        return None
    if any(not (t.is_word or t.text in _FRONTED_MARKS) for t in tokens[state + 1 : k - 1]):
        return None  # (one clause, no number: not "Of the dead, 20 in May and 12 in June, ...")
    n, verb = len(tokens), num.last
    if verb >= n or tokens[verb].low not in _STATE_VERBS:
        return None  # (a verb of who they were or where: not "62 have been identified")
    r = Reading(num, category)
    r.np, r.head = (state, state + 1), low
    if tokens[verb].low in lx.BE_FORMS:
        start, end, _ = read_np(tokens, verb + 1)
        if end > start and past_participle(tokens[end - 1].low):
            # what befell them, the state still their group: "Of the dead,
            # 12 were buried on Sunday"
            r.last = end
        elif end > start and noun_class(tokens[end - 1].low) in ("people", "unknown"):
            # who they were: "Of the dead, 49 were policemen"
            r.np, r.head, r.last = (start, end), tokens[end - 1].low, end
    else:
        r.last = verb + 1  # "288 fell"
    return r


#: The marks the words after a fronted state may hold ("counted by the UN's
#: office (BINUH)").
_FRONTED_MARKS = frozenset({"'s", "(", ")", "'"})


#: Words that tell a count apposed to its state as the whole ("16 in all").
_IN_ALL = (("in", "all"), ("in", "total"), ("altogether",))


def apposed_state(tokens: list[Token], num: NumberReading) -> Reading | None:
    """
    ``("the" | "those") STATE "," NUMBER ("in" "all" | "in" "total")? ","``:
    a count set off beside the people in a state it counts ("The dead, 16
    in all, included five children and an infant girl"): a figure of the
    state's category, its group the state.
    """
    i, n = num.first, len(tokens)
    if (
        i < 3
        or not num.stated
        or num.article
        or tokens[i - 1].text != ","
        or tokens[i - 3].low not in ("the", "those")
    ):
        return None
    category = lx.STATE_GROUPS.get(tokens[i - 2].low) or lx.DEATH_WHOLES.get(tokens[i - 2].low)
    if category is None:
        return None
    k = num.last
    for words in _IN_ALL:
        if tuple(t.low for t in tokens[k : k + len(words)]) == words:
            k += len(words)
            break
    if k >= n or tokens[k].text != ",":
        return None
    r = Reading(num, category)
    r.np, r.head, r.first, r.last = (i - 2, i - 1), tokens[i - 2].low, i - 3, k
    return r


def _attackers_named(tokens: list[Token], r: Reading, k: int) -> None:
    """
    Mark in place a share of the dead or hurt whose verb to be names
    attackers at ``k`` as theirs ("six of the dead were raiders": the
    raiders, side ``PERPETRATOR_SIDE``, whom a tally of the victims leaves
    out of the whole).
    """
    start, end, _ = read_np(tokens, k)
    if end < len(tokens) and (tokens[end].text in lx.QUOTES or tokens[end].low == "'s"):
        return  # an owner, not the people: "four of the dead were the kidnappers' hostages"
    if end > start and tokens[end - 1].low in lx.PERPETRATOR_NOUNS:
        r.np, r.head, r.last = (start, end), tokens[end - 1].low, end
        r.side = lx.PERPETRATOR_SIDE


#: Words that join a second share of a state to the first ("Eleven of the
#: dead were men and three were women", "..., while three were from Sindh").
_SHARE_JOINERS = frozenset({"and", "while", "whereas", "but", ","})


def sibling_partitive(tokens: list[Token], prev: Reading, num: NumberReading) -> Reading | None:
    """
    ``SHARE JOINER+ NUMBER BE``: a second share of the state the share
    before it named, its "of the STATE" elided ("Eleven of the dead were
    men and three were women"; "Eleven of the victims were from Punjab,
    while three were residents of Sindh"): a figure of the first share's
    category and group.
    """
    n, j = len(tokens), prev.number.last
    if (
        not num.stated
        or num.article
        or num.last >= n
        or tokens[num.last].low not in lx.BE_FORMS
        or j + 2 >= n
        or tokens[j].low != "of"
        or tokens[j + 1].low not in ("the", "those")
        or prev.np != (j + 2, j + 3)
        or not 0 < num.first - prev.last <= _SIBLING_REACH
    ):
        return None
    if tokens[num.first - 1].low not in _SHARE_JOINERS:
        return None
    r = Reading(num, prev.category)
    r.np, r.head = prev.np, prev.head
    r.last = num.last
    return r


#: How far after the first share's words the second share may start.
_SIBLING_REACH = 12


def of_state_told(tokens: list[Token], whole: Reading, r: Reading) -> bool:
    """
    ``WHOLE ... NUMBER "of" ("the" | "those") STATE``: some of the people in
    the state of the figure just before, no more than it counts ("killed 300
    people, and at least 27 of those killed in the village were civilians").
    """
    j = r.number.last
    return (
        j + 2 < len(tokens)
        and tokens[j].low == "of"
        and tokens[j + 1].low in ("the", "those")
        and lx.STATE_GROUPS.get(tokens[j + 2].low) is r.category is whole.category
        and whole.last <= r.number.first
        and (r.number.stated or 0) <= (whole.number.stated or 0)
    )


#: How far after "neither" its verb may stand ("Neither of the two climbers survived").
_NEITHER_REACH = 8


#: The words a pair reading starts with: :func:`pair_reading` reads no other
#: ("none" only as "none of the 40 passengers survived").
PAIR_WORDS = frozenset({"both", "neither", "none"})


#: How far before a trigger the "have" of an unreal past may stand.
_UNREAL_REACH = 3


def _unreal_before(tokens: list[Token], k: int) -> bool:
    """Whether "could/would/might (ADVERB) have" stands before the trigger at ``k``."""
    for j in range(k - 1, max(0, k - _UNREAL_REACH) - 1, -1):
        if tokens[j].low == "have":
            return j > 0 and (
                tokens[j - 1].low in lx.UNREAL_MODALS
                or (j > 1 and tokens[j - 2].low in lx.UNREAL_MODALS)
            )
    return False


def _ends_clause(tokens: list[Token], k: int) -> bool:
    """Whether the clause ends at ``k``: the sentence's end, a mark, or "and"."""
    return k >= len(tokens) or not tokens[k].is_word or tokens[k].low == "and"


def pair_reading(tokens: list[Token], i: int) -> Reading | None:
    """
    Two people counted by a word for a pair: ``ACTIVE_TRIGGER "them"? "both"``
    ("opened fire on two farmers, killing them both"; "killing both." with
    the clause ending after it), or ``"neither" ...
    "survived"`` (both died).
    """
    low = tokens[i].low
    if low == "both" and i >= 1 and (tokens[i - 1].low == "them" or _ends_clause(tokens, i + 1)):
        # "killing them both"; "beat two men and set them on fire, killing
        # both" (its object alone, the clause ending after it)
        found = people_trigger_before(tokens, i - 1 if tokens[i - 1].low == "them" else i)
        if found is None or _unreal_before(tokens, found[1]):
            return None  # (nor "the crash could easily have killed both")
        r = Reading(NumberReading(i, i + 1, 2, Qualifier.EXACT), found[0])
        r.first, r.last, r.active = found[1], i + 1, True
        return r
    if low == "none":
        return _none_survived(tokens, i)
    if low == "neither":
        for j in range(i + 1, min(len(tokens), i + _NEITHER_REACH)):
            t = tokens[j]
            if t.low in lx.SURVIVED_VERBS:
                r = Reading(NumberReading(i, i + 1, 2, Qualifier.EXACT), Category.KILLED)
                r.last = j + 1
                return r
            if not t.is_word or (t.low in lx.MODIFIER_STOPS and t.low != "nor"):
                return None
    return None


#: How far after its number "survived" may stand ("None of the 157 people on
#: board Ethiopian Airlines Flight 302 survived").
_NONE_REACH = 12
#: Words between the number and "survived" that make it no death: a clause
#: of its own ("None of the 40 passengers who survived the crash were
#: hurt") or a hypothesis ("would have survived").
_NOT_NONE_SURVIVED = lx.RELATIVE_PRONOUNS | lx.MODALS | frozenset({"not", "never"})
#: Words right after "survived" that say they lived ("survived unhurt").
_SURVIVED_WELL = frozenset(
    {"unhurt", "unscathed", "uninjured", "unharmed", "intact", "without", "with"}
)


def _none_survived(tokens: list[Token], i: int) -> Reading | None:
    """
    ``"none" "of" ("the" | POSSESSIVE) NUMBER WORD* "survived"``: everyone
    the number counts died ("None of the 40 passengers and crew on board
    survived": 40 killed), the verb within twelve tokens, no mark, relative
    pronoun or modal between ("who survived the crash", "would have
    survived"), and no word after it that says they lived ("survived
    unhurt", "survived without injuries").
    """
    n = len(tokens)
    if not (
        i + 3 < n
        and tokens[i + 1].low == "of"
        and (tokens[i + 2].low == "the" or tokens[i + 2].low in lx.POSSESSIVES)
    ):
        return None
    num = read_number(tokens, i + 3)
    if num is None or num.stated is None or num.qualifier is not Qualifier.EXACT:
        return None
    added = 0  # ("None of the 22 passengers and four crew survived": 26)
    j = num.last
    while j < min(n, num.last + _NONE_REACH):
        t = tokens[j]
        if t.low == "and" and (more := read_number(tokens, j + 1)) is not None:
            if more.stated is None or more.qualifier is not Qualifier.EXACT:
                return None
            added += more.stated
            j = more.last
            continue
        if t.low in lx.SURVIVED_VERBS:
            if j + 1 < n and tokens[j + 1].low in _SURVIVED_WELL:
                return None
            if added:
                num = NumberReading(num.first, num.last, num.stated + added, Qualifier.EXACT)
            r = Reading(num, Category.KILLED)
            r.first, r.last = i, j + 1
            start, end, _ = read_np(tokens, num.last)
            if start < end <= j:
                r.np, r.head = (start, end), tokens[end - 1].low
            return r
        if t.low in _NOT_NONE_SURVIVED or not (t.is_word or t.is_digits):
            return None
        j += 1
    return None


def whole_of_a_part(tokens: list[Token], num: NumberReading) -> bool:
    """
    ``SHARE "of" ("the" | POSSESSIVE) NUMBER``: the number counts the whole
    a share is taken of, and the verb after it is the share's ("Many of the
    500 workers were killed", "Two-thirds of the 300 residents have fled":
    not 500 killed nor 300 displaced).
    """
    j = num.first
    return (
        j >= 3
        and (
            tokens[j - 1].low == "the"
            or tokens[j - 1].low in lx.POSSESSIVES
            # a name's own: "1.9 million of Gaza's 2.1 million people"
            or name_possessive(tokens[j - 1])
        )
        and tokens[j - 2].low == "of"
        and tokens[j - 3].low in lx.WHOLE_SHARE_WORDS
    )
