"""
Lists: groups joined by list words that one verb ends ("five tanks, two APCs
and one howitzer were destroyed"), members trailing a figure ("in addition
to 3 civilians"), and lists of parts kept apart from them ("including a
woman and a child").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from conflictfigures import _lexicon as lx
from conflictfigures._extraction.ages import age_set_off, ages_set_off, past_aged
from conflictfigures._extraction.chunks import read_np
from conflictfigures._extraction.heads import noun_class, one_person_noun, plural
from conflictfigures._extraction.member_phrases import own_verb_after, past_member_phrase
from conflictfigures._extraction.numbers import (
    NUMBER_STARTERS,
    NumberReading,
    count_word,
)
from conflictfigures._extraction.text import abbreviation_dot, possessive
from conflictfigures._extraction.triggers import is_adverb
from conflictfigures.models import Category

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

    from conflictfigures._extraction.reading import Reading
    from conflictfigures._extraction.text import Token


def bare_kin(tok: Token) -> bool:
    """Whether a token is a lower-case noun for one person ("son", "daughter")."""
    return not tok.is_capitalized and one_person_noun(tok.low)


#: How many tokens a bracketed aside between list members may take, brackets included.
_BRACKET_ASIDE = 8


def past_bracket_aside(tokens: list[Token], k: int) -> int:
    """The index after a short aside in brackets opening at ``k``, else ``k``."""
    if k < len(tokens) and tokens[k].text == "(":
        for m in range(k + 1, min(len(tokens), k + _BRACKET_ASIDE)):
            if tokens[m].text == ")":
                return m + 1
    return k


#: How many words an "of" phrase after a list member may hold.
_OF_PHRASE_WORDS = 7


#: Words that open a phrase hanging off a list member before the list word
#: ("Two soldiers from the 5th brigade and three civilians", "Two pickup
#: trucks fitted with machine guns and dozens of motorbikes").
_MEMBER_PHRASE_OPENERS = frozenset({"of", "from", "with"}) | lx.PLACE_PREPS
#: Participles that open such a phrase with "with".
_FITTED = frozenset({"fitted", "armed", "equipped", "mounted", "loaded"})
#: The prepositions after such a participle ("fitted with", "mounted on").
_FITTED_PREPS = frozenset({"with", "on", "onto", "in", "atop"})
#: The words one of which such a phrase holds.
MEMBER_PHRASE_WORDS = _MEMBER_PHRASE_OPENERS | _FITTED


def past_of_phrase(tokens: list[Token], k: int) -> int:
    """
    ``("of" | "from" | "with" | PLACE_PREP | FITTED ("with" | PLACE_PREP)) WORD{1,7} ("("
    ASIDE ")")?`` at ``k``, before a list word: the index of the list word
    after a phrase hanging off a group ("Eight jawans of the District
    Reserve Guard (DRG) and a civilian driver were killed", "Two soldiers
    from the 5th brigade and three civilians", "Two pickup trucks fitted
    with machine guns and dozens of motorbikes"), else ``k``. The phrase
    holds words only (and ordinals: "5th"), no verb of the list's.
    """
    n = len(tokens)
    start = k
    if k >= n or tokens[k].low not in _MEMBER_PHRASE_OPENERS:
        if (shared := _second_noun_end(tokens, k)) is not None:
            return shared  # "18 IDF soldiers and reservists and 10 civilians"
        if not (k + 1 < n and tokens[k].low in _FITTED and tokens[k + 1].low in _FITTED_PREPS):
            return k  # (a phrase: "fitted with machine guns", "mounted on a truck")
        k += 1
    m = k + 1
    words = 0
    while m < n and words <= _OF_PHRASE_WORDS:
        tok = tokens[m]
        if tok.low in lx.LIST_JOINERS:
            if not (words and _counts_next(tokens, m + 1)):
                # (the phrase's own list: "from the village and its surroundings")
                if tok.text == "," or not words:
                    return start
                words += 1
                m += 1
                continue
            return m
        if tok.text == "(":
            shut = past_bracket_aside(tokens, m)
            if shut == m:
                return start
            m = shut
            continue
        if tok.is_digits and m + 1 < n and tokens[m + 1].low in lx.ORDINAL_ENDINGS:
            m += 2  # "the 5th brigade"
            words += 1
            continue
        if (
            not tok.is_word
            or tok.low in lx.PASSIVE_TRIGGERS
            or tok.low in lx.AUXILIARIES
            or tok.low in lx.ACTIVE_TRIGGERS
        ):
            return start
        words += 1
        m += 1
    return start


def _second_noun_end(tokens: list[Token], k: int) -> int | None:
    """
    ``("and" | "or") PEOPLE_NOUN LIST_JOINER COUNT`` at ``k``: a second noun
    the member's number counts with its first ("18 IDF soldiers and
    reservists and 10 Israeli civilians"), before the list word of the next
    member; the index of that list word, else ``None``.
    """
    if k + 3 >= len(tokens) or tokens[k].low not in ("and", "or"):
        return None
    noun = tokens[k + 1].low
    if noun not in lx.PEOPLE_NOUNS or not plural(noun) or noun in ("other", "others"):
        return None
    joiner = k + 2
    if tokens[joiner].low in lx.LIST_JOINERS and _counts_next(tokens, joiner + 1):
        return joiner
    return None


def _counts_next(tokens: list[Token], k: int) -> bool:
    """
    Whether a count starts at ``k``: digits, a word a number starts with, or
    a possessive before a person ("and his brother"; not "and its
    surroundings").
    """
    if k >= len(tokens):
        return False
    low = tokens[k].low
    if low in lx.POSSESSIVES:
        return k + 1 < len(tokens) and noun_class(tokens[k + 1].low) == "people"
    return tokens[k].is_digits or low in NUMBER_STARTERS


def without_change(gap: list[Token]) -> list[Token]:
    """
    The words between two list members without the change since the last
    report in brackets that may open them ("1,050 personnel (+20), eight
    tanks (+1)", "(+1,070 over the past day)"), or a short aside in brackets.
    """
    if len(gap) > 2 and gap[0].text == "(" and gap[1].text in lx.CHANGE_SIGNS:
        close = next((i for i, t in enumerate(gap) if t.text == ")"), None)
        if close is not None:
            return gap[close + 1 :]
    if len(gap) > 2 and gap[0].text == "(":
        # a short aside in brackets after a member: "Four members of the
        # Civilian Joint Task Force (CJTF) and a soldier", "Four soldiers
        # (two officers) and a civilian"
        close = next((i for i, t in enumerate(gap[:_BRACKET_ASIDE]) if t.text == ")"), None)
        if close is not None:
            return gap[close + 1 :]
    return gap


def list_gap(gap: list[Token]) -> bool:
    """
    Whether the words between two list members join them: list words, and a
    possessive right after a joiner ("and his two sons", not "of its four"),
    after an age set off after the first ("his father, 52, and his brother")
    or a change in brackets ("1,050 personnel (+20), eight tanks (+1)").
    """
    # (one age, or the ages of a group's members: "Two men, aged 30 and 32,
    # and a woman aged 61")
    aged = max(age_set_off(gap, 0), ages_set_off(gap, 0))
    if aged:
        gap = gap[aged:]
    elif len(gap) > 2 and (past := past_aged(gap, 0)):
        gap = gap[past:]  # "A man aged 18 and two women"
    gap = _past_second_noun(without_change(gap))
    if len(gap) > 1 and gap[-1].low in ("all", "both") and gap[-2].low in lx.LIST_JOINERS:
        gap = gap[:-1]  # a whole before the member's number: "and all 29 drones"
    # (a bare noun for one person between joiners is a member whose
    # possessive is said once: "his wife, son and two guards")
    gap = [t for t in gap if not bare_kin(t)] if len(gap) > 2 else gap
    if len(gap) > 2 and gap[-2].low == "the" and _owner(gap[-1].low):
        gap = gap[:-1]  # "and the couple's five children": "the couple's" as "their"
        if gap[-2].low not in lx.LIST_JOINERS:
            return False
        gap = gap[:-1]
    elif gap and gap[-1].low in lx.POSSESSIVES:
        if len(gap) < 2 or gap[-2].low not in lx.LIST_JOINERS:
            return False
        gap = gap[:-1]
    return all(t.low in lx.LIST_JOINERS or t.low in lx.LIST_LINKS for t in gap)


#: The owners whose possessive opens a member as "their" does: a family's
#: own ("the couple's five children", "the victim's two cousins"); not a
#: group's or one person's by trade ("the militia's 200 members withdrew",
#: "the farmer's six children watched"), whose members are more often the
#: subject of a clause of their own.
_KIN_OWNERS = frozenset({"couple", "family", "victim"})


def _owner(low: str) -> bool:
    """Whether a word is a family's possessive (:data:`_KIN_OWNERS`: "couple's")."""
    return possessive(low) and low[:-2] in _KIN_OWNERS


#: How many words a member's second noun of equipment may hold ("and other armoured vehicles").
_SECOND_NOUN_WORDS = 4


def _past_second_noun(gap: list[Token]) -> list[Token]:
    """
    The words between two members after a second noun of the first, when
    it names equipment ("250 tanks and other armoured vehicles, 150
    artillery pieces and rocket launchers and 39 air defence systems"): one
    member told by two nouns, a comma or "and", then the next.
    """
    if len(gap) < 3 or gap[0].low not in ("and", "or"):
        return gap
    for e in range(2, min(len(gap), 2 + _SECOND_NOUN_WORDS)):
        if gap[e].text == "," or gap[e].low == "and":
            if gap[e - 1].low in lx.EQUIPMENT_NOUNS and all(
                t.is_word and t.low not in lx.LIST_JOINERS for t in gap[1:e]
            ):
                return gap[e:]
            return gap
    return gap


#: Prepositions a speaker's noun may take before its verb, and how long that
#: phrase may be ("a leader of a pastoralist association said").
_SPEAKER_PREPS = frozenset({"of", "for", "at", "in", "with", "from"})
_SPEAKER_PHRASE = 10


def speaks_at(tokens: list[Token], k: int) -> bool:
    """
    ``NP CLAIM_SKIPPABLE* REPORTING_VERB`` with the group ending at ``k``:
    the group is the speaker of the sentence ("..., two security officials
    said"; "..., the Ministry of Interior said on Monday"), never a member of
    a list before it.
    """
    n = len(tokens)
    if k < n and tokens[k].low in lx.SOURCE_NOUNS:
        k += 1  # a group ending before its noun of sources: "two police sources said"
    if k < n and tokens[k].low in _SPEAKER_PREPS:
        # "a leader of a pastoralist association said", "the state
        # commissioner for internal security said": words only, then the verb
        # (a clause of the group's own ends it: "A police officer in
        # Bahrain was shot dead in an attack claimed by ...")
        m = k + 1
        while (
            m < min(n, k + _SPEAKER_PHRASE)
            and tokens[m].is_word
            and tokens[m].low not in lx.BE_FORMS
            and tokens[m].low not in lx.PASSIVE_TRIGGERS
        ):
            if tokens[m].low in lx.REPORTING_VERBS and not tokens[m].is_capitalized:
                return True  # (not a name: "a brother of Said Ghozlani")
            m += 1
        return False
    if k < n and tokens[k].low == "and":
        # a speaker beside another: "a rescue official and witnesses said"
        for m in range(k + 1, min(n, k + _SPEAKER_PHRASE)):
            if tokens[m].low in lx.REPORTING_VERBS and not tokens[m].is_capitalized:
                return True
            if not tokens[m].is_word or tokens[m].low in lx.NP_STOP:
                break
    while k < n and tokens[k].low in lx.CLAIM_SKIPPABLE:
        k += 1
    return k < n and tokens[k].low in lx.REPORTING_VERBS and not tokens[k].is_capitalized


def same_kind(noun: str, category: Category) -> bool:
    """
    Whether a further member's head ``noun`` counts what a figure of
    ``category`` counts: equipment for equipment, else people or doers.
    """
    return noun_class(noun) in (("equipment",) if category.is_equipment else ("people", "agent"))


def continues_active(
    tokens: list[Token], prev: Reading, num: NumberReading, np: tuple[int, int, int]
) -> bool:
    """
    ``ACTIVE_FIGURE LIST_JOINER NUMBER NP``: a further object of the active
    figure just before ("killed his mother and two brothers"); not a part by
    how badly ("injuring eight others, two critically") and not the speaker
    ("wounding 10 others, two officials said").
    """
    if not 0 < num.first - prev.last <= _ASIDE_TOKENS + 6:
        return False  # (a bounded look: many numbers in one sentence stay linear)
    kin = (
        prev.number.stated == 1
        and tokens[num.first].low in lx.POSSESSIVES
        # (no speaker after them: "killed a farmer working in his field, his
        # wife and a neighbour told reporters")
        and not any(
            t.low in lx.REPORTING_VERBS
            for t in tokens[max(np[1], np[2]) : max(np[1], np[2]) + _SPEAKER_REACH]
        )
    )
    # (past a phrase hanging off the member: "shot down two MiG-29 aircraft
    # of the Ukrainian Air Force and 265 drones", "seized a Pantsir system
    # mounted on a truck, eight armored vehicles")
    start = (
        past_of_phrase(tokens, prev.last)
        if prev.last < num.first and tokens[prev.last].low in ("of", *_FITTED)
        else past_member_phrase(tokens, prev.last, num.first)
        # (members with nouns of their own, each with a place: not "4 people
        # in Kerala and 9 in Tamil Nadu", a member told by its place alone)
        if np[1] > np[0] and tokens[num.first].low not in ("both", "all", "each")
        else prev.last
    )
    if start != prev.last and np[1] > np[0] and not same_kind(tokens[np[1] - 1].low, prev.category):
        # (past the phrase, a member of the same kind: not the phrase's own
        # list, "arrested a man armed with an axe and two knives")
        return False
    gap = _past_second_noun(_after_aside(without_change(tokens[start : num.first]), kin=kin))
    if (
        any(t.low == "with" for t in gap)
        and not any(t.low in ("along", "together") for t in gap)
        and np[1] > np[0]
        and noun_class(tokens[np[1] - 1].low) not in ("people", "self")
    ):
        return False  # "with" a thing is the means: "killed his two daughters with a hammer"
    if (
        gap
        and gap[0].low in _STATES_AFTER
        and not prev.category.is_equipment
        and prev.verb >= 0
        and (tokens[prev.verb].low in lx.LOSE_VERBS or tokens[prev.verb].low in lx.LOSS_WORDS)
    ):
        # the member's own state after its group: "lost up to 125 servicemen
        # killed, 2 tanks and 4 motor vehicles", or its two states ("losses
        # amounted to 90 troops killed and wounded, 3 tanks")
        paired = len(gap) > 3 and gap[1].low in ("and", "or") and gap[2].low in _STATES_AFTER
        gap = gap[3:] if paired else gap[1:]
    return (
        # (or a total of things that names its trigger: see :func:`.links.link_total`)
        (prev.active or prev.trigger is not None or _nominal_harm(tokens, prev))
        and 0 < len(gap) <= 4
        and not (np[0] == np[1] and np[2] < len(tokens) and is_adverb(tokens[np[2]]))
        and list_gap(gap)
        # (a semicolon with no "and" before a bare count ends the verb's
        # objects: "Storm kills 4; 20,000 without power"; not a list of
        # groups, "destroyed 12 tanks; 4 APCs; 2 howitzers")
        and not (
            np[0] == np[1] and any(t.text == ";" for t in gap) and all(t.low != "and" for t in gap)
        )
        and not speaks_at(tokens, max(np[1], np[2]))
    )


def _nominal_harm(tokens: list[Token], prev: Reading) -> bool:
    """
    Whether a figure is the object of a noun of death or killing ("the deaths
    of 28 soldiers", "the killing of two journalists"), which a list goes on
    as a verb's does ("... and 11 civilians").
    """
    k = prev.number.first
    return (
        k >= 2
        and tokens[k - 1].low == "of"
        and (tokens[k - 2].low in lx.DEATH_WHOLES or tokens[k - 2].low in lx.KILLING_NOUNS)
    )


#: How far after a member of one's own people a speaker's verb makes them speakers.
_SPEAKER_REACH = 6
#: A people member's state right after its group in a list of losses.
_STATES_AFTER = frozenset({"killed", "dead", "wounded", "injured", "captured"})

#: Words that open an aside about a list member's make-up ("2,000 armoured
#: vehicles, including US Humvees, and 40 aircraft").
ASIDE_OPENERS = frozenset({"including", "includes", "mostly", "mainly", "many", "most"})
#: Articles that open an appositive no figure read, naming the member before
#: again ("his father, a retired teacher, and his brother").
_ARTICLES = lx.ARTICLE_WORDS
#: What may open an aside about a list member: an opener or an article.
_APPOSITIVE_OPENERS = ASIDE_OPENERS | _ARTICLES
#: How many tokens such an aside may hold.
_ASIDE_TOKENS = 10


def _after_aside(gap: list[Token], *, kin: bool = False) -> list[Token]:
    """
    The words between two list members, without an aside about the first
    that holds no number (``"," ASIDE_OPENER WORD* ","``, or an appositive no
    figure read: ``"," ARTICLE WORD* ","`` or a name ``"," NAME+ ","``), or a
    phrase of time
    or place before a comma (``PREPOSITION WORD* ","``: "lost 1,160 soldiers
    over the past 24 hours, along with 12 tanks"); the gap as it is when it
    opens neither.  With ``kin`` (one person before, a member of someone's
    own after: "killed a candidate for the assembly, his driver and a
    guard"), the phrase may be a participle's too ("a candidate running for
    a seat, his driver"), and the list need not go on after the comma.
    """
    if len(gap) >= 3 and (
        gap[0].low in lx.ADJUNCT_OPENERS
        or (
            kin
            and gap[0].is_word
            and gap[0].low.endswith("ing")
            and not gap[0].is_capitalized
            and gap[0].low not in lx.ACTIVE_TRIGGERS
        )
    ):
        for k in range(1, min(len(gap), _ASIDE_TOKENS + 1)):
            tok = gap[k]
            if tok.text == ",":
                rest = gap[k:]
                # a comma alone after the phrase lists nothing ("in Habhab,
                # 12 miles north of Baquba"): a word of the list must follow
                listed = kin or any(t.low in ADDER_ENDS or t.low == "and" for t in rest)
                return rest if listed else gap
            if abbreviation_dot(gap, k):
                continue  # (a month's or a title's full stop is its word's: "since Feb. 24,")
            if not (tok.is_word or tok.is_digits) or tok.low in lx.MODIFIER_STOPS:
                return gap
        return gap
    if len(gap) < 4 or gap[0].text != ",":
        return gap
    if gap[1].is_capitalized:
        # a name set off after a person: "a Catholic priest, Father Kingsley Eze, and his driver"
        return _to_closing_comma(gap, _in_name)
    if gap[1].low in _APPOSITIVE_OPENERS or share_opens(gap, 1):
        # (or a share of the member: "Thirty-five civilians, 31 of them
        # women, and seven soldiers")
        return _to_closing_comma(gap, _in_aside)
    return gap


def share_opens(tokens: Sequence[Token], i: int) -> bool:
    """
    Whether a share of the group before opens at ``tokens[i]``:
    ``(PART_QUANTIFIER | NUMBER) "of" ("them" | "whom")`` ("most of
    them", "31 of them", "five of whom").
    """
    first = tokens[i]
    return (
        i + 2 < len(tokens)
        and (first.low in lx.PART_QUANTIFIERS or first.is_digits or bool(count_word(first)))
        and tokens[i + 1].low == "of"
        and tokens[i + 2].low in ("them", "whom")
    )


def _in_name(tok: Token) -> bool:
    return tok.is_capitalized or tok.text == "."


def _in_aside(tok: Token) -> bool:
    return not tok.is_digits and (tok.is_word or tok.text in ("-", "."))


def _to_closing_comma(gap: list[Token], inside: Callable[[Token], bool]) -> list[Token]:
    """
    The gap from the comma that closes an aside opened by its first two
    tokens, when every word before that comma may stand ``inside`` it (within
    :data:`_ASIDE_TOKENS`); else the gap as it is.
    """
    for k in range(2, min(len(gap), _ASIDE_TOKENS + 2)):
        if gap[k].text == ",":
            return gap[k:]
        if not inside(gap[k]):
            return gap
    return gap


#: How many tokens a list of uncounted members before a counted one may hold.
_UNCOUNTED_TOKENS = 8
#: How many words one such member may hold ("small arms").
_UNCOUNTED_WORDS = 2


def uncounted_members_start(tokens: list[Token], k: int) -> int | None:
    """
    ``NOUN+ ("," NOUN+)* "and"`` ending at the "and" at ``k``: members of a
    list with no number ("seized weapons, ammunition and seven vehicles");
    the index of the token before them, where the list's verb may end, else
    ``None``.  A member's words are nouns in lower case: no verb, particle
    or preposition ("houses burned down, shops looted and several people").
    """
    if k < 2 or tokens[k].low != "and":
        return None
    words = member = 0
    member_end = k  # where the member read now ends (its head before it)
    for m in range(k - 1, max(-1, k - 1 - _UNCOUNTED_TOKENS), -1):
        tok = tokens[m]
        low = tok.low
        if tok.text == "," and member:
            member, member_end = 0, m
            continue
        if (
            member
            and count_word(tok)
            and noun_class(tokens[member_end - 1].low) not in ("people", "equipment", "agent")
            and m > 0
            and (tokens[m - 1].text == "," or not tokens[m - 1].is_capitalized)
        ):
            # "torched 40 homes and two police vehicles": a counted member
            # that is no figure; the list's verb, or another member, before
            # it (not when the last member has a verb of its own: "destroyed
            # 40 homes and 3 people died")
            if own_verb_after(tokens, k):
                return None
            words += 1
            if tokens[m - 1].text == ",":
                continue
            return m - 1
        if (
            not tok.is_word
            or tok.is_capitalized
            or member == _UNCOUNTED_WORDS
            or low in NUMBER_STARTERS
            or low in lx.PREPOSITIONS
            or low in lx.DETERMINERS
            or low in lx.AUXILIARIES
            or low in lx.ACTIVE_TRIGGERS
            or low in lx.PASSIVE_TRIGGERS
            or low.endswith(("ed", "ing"))
        ):
            return m if words and member else None
        words += 1
        member += 1
    return None


def elided_after(
    tokens: list[Token], readings: list[Reading], num: NumberReading, np: tuple[int, int, int]
) -> bool:
    """
    ``FIGURE ("," | ";" | "and" | "with")+ NUMBER TRIGGER``: a number with no group
    of its own right after a figure shares that figure's clause ("31,272 had
    been killed and 73,024 wounded since October 7", "have killed 83 people,
    with 111 missing"): its tense, time and place.
    """
    if not readings or np[0] != np[1]:
        return False
    start = readings[-1].last
    if not 0 < num.first - start <= _ELIDED_REACH:
        return False  # (a bounded look: many numbers in one sentence stay linear)
    gap = tokens[start : num.first]
    if len(gap) <= 2 and all(t.low in ("and", ",", "with", ";") for t in gap):
        return True  # (";" as headlines set counts apart: "40 dead; 20 missing")
    # (past the figure's own cause and place: "at least 44 civilians have
    # been killed by mines in the Kharkiv region and 112 injured")
    return gap[-1].low == "and" and all(
        (t.is_word or t.text == ",")
        and t.low not in lx.BE_FORMS
        and t.low not in lx.AUXILIARIES
        and t.low not in lx.RELATIVE_PRONOUNS
        for t in gap
    )


#: How many tokens a figure's own words after its verb may take before an
#: elided member ("killed by mines in the Kharkiv region and 112 injured").
_ELIDED_REACH = 12


#: Words after a bare participle of displacement that tell where from: a
#: crossing, for the host a country hosts ("displaced from Sudan").
_ABROAD_AFTER = frozenset({"from", "across", "out"})


def displaced_group(tokens: list[Token], np: tuple[int, int, int]) -> tuple[int, int, int] | None:
    """
    ``("internally")? DISPLACEMENT_PARTICIPLE NOUN`` right after a number
    that a verb of hosting counts ("the camp shelters 40,000 displaced
    people"), or the participle alone as its noun ("is now hosting over one
    million displaced"), or after a group ("people displaced by earlier
    violence", :func:`_displaced_after`): people displaced at home, not
    refugees; the group's range.
    """
    if np[0] != np[1]:
        return _displaced_after(tokens, np)
    k = _displacement_at(tokens, np[2])
    if k is None:
        return None
    start, end, nxt = read_np(tokens, k + 1)
    if end > start:
        return np[2], end, nxt
    if k + 1 < len(tokens) and tokens[k + 1].low in _ABROAD_AFTER:
        return None  # "hosting more than 600,000 displaced from Sudan": refugees
    return np[2], k + 1, k + 1


#: Words after "displaced" that tell how or when, not where from ("people
#: displaced by earlier violence"; not "displaced from Sudan").
_DISPLACED_HOW = frozenset({"by", "in", "during", "after", "since", "when", ",", "."})


def _displaced_after(tokens: list[Token], np: tuple[int, int, int]) -> tuple[int, int, int] | None:
    """
    ``NP "internally"? DISPLACEMENT_PARTICIPLE ("by" | "in" | "during" ...)``
    after a number a verb of hosting counts: a group displaced at home
    ("Yelwata hosts thousands of people displaced by earlier violence"), its
    range unchanged; none when the participle says where from.
    """
    k = _displacement_at(tokens, np[1])
    if k is None or (k + 1 < len(tokens) and tokens[k + 1].low not in _DISPLACED_HOW):
        return None
    return np


def _displacement_at(tokens: list[Token], k: int) -> int | None:
    """Where a participle of displacement stands at ``k`` (past "internally"), else ``None``."""
    if k < len(tokens) and tokens[k].low == "internally":
        k += 1
    cats = lx.PASSIVE_TRIGGERS.get(tokens[k].low) if k < len(tokens) else None
    return k if cats is not None and cats[0] is Category.DISPLACED else None


def list_before(
    tokens: list[Token], pending: list[tuple[NumberReading, tuple[int, int, int]]], first: int
) -> list[tuple[NumberReading, tuple[int, int, int]]]:
    """
    The pending groups that form one list with the group starting at
    ``first``: each joined to the next by list words only ("five tanks, two
    APCs and one howitzer"), read back from ``first`` until the chain breaks.
    """
    chain: list[tuple[NumberReading, tuple[int, int, int]]] = []
    for p_num, p_np in reversed(pending):
        if (
            p_num.first > 1
            and tokens[p_num.first - 1].low in ASIDE_OPENERS
            and tokens[p_num.first - 2].text == ","
            and [t.low for t in tokens[p_np[1] : first]] == [",", "and"]
        ):
            # a part in an aside the list goes on after: "Four personnel,
            # including an officer, and four civilians were injured"
            continue
        if p_num.article and p_num.first and tokens[p_num.first - 1].low in _PLACE_OBJECT_PREPS:
            break  # "died inside the theater and two more died": a place, no member
        gap = _after_aside(tokens[p_np[1] : first])
        if not gap or not list_gap(gap):
            break  # ("a mother and her three children": a possessive after the joiner)
        if any(t.text == ";" for t in gap) and (
            tokens[first].low in ("a", "an") or (not chain and all(t.low != "and" for t in gap))
        ):
            # "carted away 100 residents; a vigilante was shot", "carried 142
            # students and three soldiers; 79 people were wounded": a new
            # clause (a list's last member after a semicolon takes "and":
            # "five tanks; two APCs; and one howitzer were destroyed")
            break
        chain.append((p_num, p_np))
        first = p_num.first
    chain.reverse()
    return chain


#: Prepositions whose object, with an article, is a place and no list member.
_PLACE_OBJECT_PREPS = lx.PLACE_PREPS | {"at"}

#: How far back a list of parts may have opened.
_PART_LIST_REACH = 12


def in_part_list(tokens: list[Token], i: int) -> bool:
    """
    Whether the number at ``i`` stands in a list of parts opened just before
    it ("including a woman and a child", "among the dead four policemen"):
    only list words, commas and the members' words stand between.
    """
    for j in range(i - 1, max(-1, i - 1 - _PART_LIST_REACH), -1):
        tok = tokens[j]
        low = tok.low
        if low in lx.PART_OPENERS and low != "excluding":
            return True
        if low == "." and j > 0 and tokens[j - 1].low in lx.PART_OPENERS:
            continue  # the full stop of "incl."
        if (
            low in ("dead", "them", "injured", "wounded")
            and j >= 2
            and tokens[j - 2].low == "among"
        ):
            return True
        if (
            low in lx.ACTIVE_TRIGGERS
            or low in lx.PASSIVE_TRIGGERS
            or (low in lx.MODIFIER_STOPS and low not in ("and", "or"))
            or tok.text in ("(", ")")
        ):
            return False
    return False


def appositives_dropped(tokens: list[Token], readings: list[Reading]) -> list[Reading]:
    """
    ``ONE_PERSON_WITH_RELATIVE_CLAUSE "," ONE_PERSON ...``: a person named
    again in an appositive after a person whose death a relative clause told
    ("The man who died, 26-year-old DeShawn Carter, was pronounced dead") is
    the same person, not one more; so is a person described again, with a
    relative clause telling the same death, after the one an active verb or
    a nominal killed ("the killing of our driver Omar, a father of four who
    was shot on Monday").
    """
    out: list[Reading] = []
    for r in readings:
        p = out[-1] if out else None
        if (
            p is not None
            and r.number.stated == 1
            and p.number.stated == 1
            and r.category is p.category
            and r.first == p.last + 1
            and tokens[p.last].text == ","
            and (
                any(t.low in lx.RELATIVE_PRONOUNS for t in tokens[p.first : p.last])
                or (
                    p.active
                    and (
                        tokens[p.last - 1].is_capitalized
                        or tokens[p.last - 1].low in lx.PEOPLE_NOUNS
                    )
                    and any(t.low in lx.RELATIVE_PRONOUNS for t in tokens[r.first : r.last])
                )
            )
        ):
            continue
        out.append(r)
    return out


#: The words that add a trailing member to the figure before ("four injured,
#: in addition to 3 civilians"), as word tuples ending before the number.
ADDERS = (("in", "addition", "to"), ("as", "well", "as"), ("along", "with"), ("plus",))


#: The words the adders end in: any other word before the number ends none.
ADDER_ENDS = frozenset(words[-1] for words in ADDERS)
