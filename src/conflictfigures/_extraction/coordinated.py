"""
Nouns coordinated with a counted group that share its count, stepped over
on the way to the group's verb: a second noun with no number of its own
("Four soldiers and civilian JTF members died", "more than 460 patients
and their companions were killed") and bare nouns listed after the group
("At least 535 men, women and children were killed", "109 Russian tanks,
armored vehicles and artillery pieces destroyed").  Moved out of
:mod:`.modifiers` in session 44; each reads a few words from where it
starts.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from conflictfigures import _lexicon as lx
from conflictfigures._extraction.heads import COUNTED, noun_class, plural
from conflictfigures._extraction.numbers import NUMBER_STARTERS
from conflictfigures._extraction.triggers import PASSIVE_BY_FIRST
from conflictfigures._extraction.verbs import group_verb_at, phrase_at

if TYPE_CHECKING:
    from conflictfigures._extraction.text import Token

__all__ = ["coordinated_noun_verb", "noun_list_verb", "object_before", "thing_after_article"]


#: Nouns of a body of people, plural in sense, that a coordinated noun may
#: end in ("the fate of 25 patients and medical staff").
_BODIES_OF_PEOPLE = frozenset({"staff", "personnel", "crew"})


#: How many words a coordinated noun without a number may have.
_COORDINATED_REACH = 5


def coordinated_noun_verb(tokens: list[Token], k: int, *, owners: bool = True) -> int | None:
    """
    ``GROUP ("and" | "or") "their"? WORD{0,4} PLURAL_NOUN VERB``: a second
    noun with no number of its own shares the group's count ("Four soldiers
    and civilian JTF members died", "more than 460 patients and their
    companions were killed"; "their" only when ``owners``, the group no
    verb's object); returns the index of the group's verb.
    """
    n = len(tokens)
    for m in range(k, min(n - 1, k + _COORDINATED_REACH)):
        tok = tokens[m]
        low = tok.low
        if m == k and low == "their" and owners:
            # "460 patients and their companions were killed": the owners' own
            # people (not after a verb's object: "rescued 30 hostages and
            # their captors were killed")
            continue
        if not tok.is_word or tok.is_digits or low in lx.NP_STOP or low in lx.DETERMINERS:
            return None
        if low in NUMBER_STARTERS or low in lx.PASSIVE_TRIGGERS or low in lx.ACTIVE_TRIGGERS:
            return None  # "and several herders": a count of its own
        # (or a people by a capitalised plural: "27,000 Rakhine Buddhists and
        # Hindus"; or a body of people: "25 patients and medical staff")
        if (low in COUNTED and (plural(low) or low in _BODIES_OF_PEOPLE)) or (
            tok.is_capitalized and low.endswith("s")
        ):
            after = tokens[m + 1]
            if (
                after.low in lx.INTRANSITIVE_TRIGGERS
                or group_verb_at(tokens, m + 1)
                # "and police officers lost their lives"
                or (after.low in PASSIVE_BY_FIRST and phrase_at(tokens, m + 1))
                # a bare participle, as headlines and lists of losses write
                # it (thirty tanks and other armored vehicles destroyed)
                or (after.low in lx.PASSIVE_TRIGGERS and after.low.endswith("ed"))
            ):
                return m + 1
            if after.low in COUNTED and plural(after.low):
                continue  # a noun before its head: "and police officers"
            if after.low == "of":
                # whose they were, before the verb: "130 tanks and other
                # armored vehicles of the enemy have been destroyed"
                return _verb_past_owner(tokens, m + 2)
            return None
        if (
            low.endswith("s")
            and not low.endswith("ss")
            and noun_class(low) in ("unknown", "agent")
            and (tokens[m + 1].low in lx.INTRANSITIVE_TRIGGERS or group_verb_at(tokens, m + 1))
        ):
            # a plural the lexicon does not know, or of doers, right before
            # the group's verb, as in "18 climbers and guides were killed",
            # "Thirteen state police officers and prosecutors were killed"
            return m + 1
    return None


#: How many words an owner after "of" may hold before the group's verb ("of the enemy").
_OWNER_WORDS = 4


#: The words that end an owner's words before the verb ("of the enemy", not "of whom").
_OWNER_STOPS = lx.NP_STOP - {"the"}


def _verb_past_owner(tokens: list[Token], k: int) -> int | None:
    """The group's verb within a few words from ``k``, past an owner's words only."""
    for v in range(k, min(len(tokens), k + _OWNER_WORDS)):
        if tokens[v].low in lx.INTRANSITIVE_TRIGGERS or group_verb_at(tokens, v):
            return v
        if not tokens[v].is_word or tokens[v].low in _OWNER_STOPS:
            return None
    return None


def object_before(tokens: list[Token], first: int) -> bool:
    """
    Whether a past verb stands right before a one-word number before the
    group's words at ``first``: the group is its object, no subject a list
    after it joins ("After the rebels released 12 hostages, soldiers and
    police were injured").
    """
    j = first - 2
    return j >= 0 and tokens[j].low.endswith("ed") and tokens[j].low not in lx.AUXILIARIES


#: How many nouns a list of bare nouns after a counted group may hold.
_NOUN_LIST_ITEMS = 6


def noun_list_verb(tokens: list[Token], k: int) -> int | None:
    """
    ``GROUP ("," WORD{0,2} PLURAL_NOUN)+ ","? ("and" | "or") PLURAL_NOUN
    VERB`` from the comma at ``k``: bare nouns listed after a group share its
    count ("At least 535 men, women and children were killed", "109 Russian
    tanks, armored vehicles and artillery pieces destroyed"); returns the
    index of the group's verb.
    """
    n = len(tokens)
    m = k
    for _ in range(_NOUN_LIST_ITEMS):
        if m + 2 >= n or tokens[m].text != ",":
            return None
        if tokens[m + 1].low in ("and", "or"):
            return coordinated_noun_verb(tokens, m + 2)
        # the member's plural noun, past up to two words before it ("armored vehicles")
        j = m + 1
        while j < n and not (tokens[j].low in COUNTED and plural(tokens[j].low)):
            if j - m > _LIST_NOUN_MODIFIERS or not _bare_modifier(tokens[j]):
                return None
            j += 1
        m = j + 1
        if m >= n:
            return None
        if tokens[m].low in ("and", "or"):
            return coordinated_noun_verb(tokens, m + 1)
    return None


#: How many words may stand before a bare listed noun ("armored vehicles").
_LIST_NOUN_MODIFIERS = 2


def _bare_modifier(tok: Token) -> bool:
    """Whether a token may modify a bare listed noun: a word, no number, stop or verb."""
    low = tok.low
    return (
        tok.is_word
        and low not in lx.NP_STOP
        and low not in lx.DETERMINERS
        and low not in NUMBER_STARTERS
        and low not in lx.PASSIVE_TRIGGERS
        and low not in lx.ACTIVE_TRIGGERS
    )


#: How many words a coordinated place or vehicle may run to its head.
_THING_WORDS = 4
#: Words that end a coordinated object before its head could be read.
_THING_ENDS = (
    lx.MODIFIER_STOPS
    | lx.RELATIVE_PRONOUNS
    | frozenset(lx.AUXILIARIES)
    | lx.INTRANSITIVE_TRIGGERS
    | lx.PREPOSITIONS
)


def thing_after_article(tokens: list[Token], i: int) -> bool:
    """
    ``ARTICLE WORD{1,4}`` at ``i`` whose head is no person: a second place or
    vehicle coordinated with a preposition's object ("aboard a jet and an Army
    helicopter", "from the village and the town").  A person as its head is a
    second counted group ("Three soldiers in the convoy and a civilian died").
    """
    n = len(tokens)
    if i >= n or tokens[i].low not in lx.ARTICLE_WORDS:
        return False
    head = ""
    for j in range(i + 1, min(n, i + 1 + _THING_WORDS)):
        tok = tokens[j]
        if tok.text == "-" and head:
            return False  # a compound's head unread: "and a passer-by"
        if not tok.is_word or tok.low in _THING_ENDS or tok.low in NUMBER_STARTERS:
            break
        if group_verb_at(tokens, j):
            break
        head = tok.low
    return bool(head) and noun_class(head) not in ("people", "self", "agent")
