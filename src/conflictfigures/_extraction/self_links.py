"""
The linking rules for nouns that count themselves: "three martyrs", "3.6
million Syrian refugees", "No casualties were reported" (``link_self``), and
a group said to be in a stock's state after a copula, "6.6 million are
refugees abroad" (``link_copula``).  Moved from :mod:`.links` in session 43
(it passed 800 lines); :mod:`.links` holds the table that tries them in order.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from conflictfigures import _lexicon as lx
from conflictfigures._extraction.chunks import NUMBER_WORDS
from conflictfigures._extraction.ended_fates import released_by_name
from conflictfigures._extraction.reading import Reading, finish
from conflictfigures._extraction.results import unknown_fate
from conflictfigures._extraction.rules import read_active
from conflictfigures._extraction.triggers import possible_before
from conflictfigures._extraction.verbs import gate_open
from conflictfigures.models import Category

if TYPE_CHECKING:
    from conflictfigures._extraction.candidates import Candidate
    from conflictfigures._extraction.text import Token

__all__ = ["link_copula", "link_counted_victims", "link_more_bodies", "link_self"]


#: How far after a list's first member the verb of harm that reads the list may stand.
_LIST_VERB_REACH = 12


def _harm_after_list(tokens: list[Token], k: int) -> bool:
    """
    Whether a list goes on at ``k`` ("and", ",") to a verb of harm in the
    passive within a few words, no other clause between ("Two asylum
    seekers and a guard were killed").
    """
    n = len(tokens)
    if k >= n or tokens[k].low != "and":
        return False  # (", and 15 were killed": a clause of its own)
    named = False  # whether the member after "and" names its people ("a guard")
    for j in range(k + 1, min(n, k + _LIST_VERB_REACH)):
        low = tokens[j].low
        cats = lx.PASSIVE_TRIGGERS.get(low)
        if cats is not None and cats[0] in _BEFALLING and tokens[j - 1].low in lx.BE_FORMS:
            return named
        if low in lx.CLAUSE_BREAKS or not tokens[j].is_word:
            return False
        named = named or (low not in lx.BE_FORMS and low not in lx.ARTICLE_WORDS)
    return False


#: The people's fates of an active verb that decide over a self-counting noun.
_BEFALLING = frozenset({Category.KILLED, Category.WOUNDED, Category.DETAINED})


def link_self(c: Candidate) -> list[Reading] | None:
    """
    ``self = NUMBER NP`` whose head counts itself: "three martyrs", "3.6
    million Syrian refugees", "No casualties were reported".
    """
    if c.cls != "self" or c.head is None or c.subset:
        return None
    if c.zero and c.head not in lx.ZERO_SELF_NOUNS:
        return None  # "no bodies were found" says nothing of the dead
    gate = lx.GATED_SELF_NOUNS.get(c.head)
    if gate is not None and not gate_open(c.tokens, c.num, c.np, gate):
        return None  # "saved 14 lives", "released 50 hostages"
    category = lx.SELF_COUNTING_NOUNS[c.head]
    if category is Category.DETAINED and (
        gate_open(c.tokens, c.num, c.np, lx.RELEASE_VERBS) or released_by_name(c.tokens, c.num)
    ):
        # "30 detainees were released", "freed 12 prisoners", "facilitated
        # the release of 1,708 detainees"
        return None
    if category in lx.DISPLACEMENT_CATEGORIES and gate_open(
        c.tokens, c.num, c.np, lx.RETURNED_VERBS
    ):
        return None  # "580,000 refugees have returned from abroad": returnees
    if c.num.stated == 1 and c.np[1] - c.np[0] <= 2 and _modifies_next(c.tokens, c.np[1]):
        return None  # "a death toll", "a total death toll", "received a death threat"
    active = read_active(c.tokens, c.num)
    if active is not None and (
        active[0][0] in lx.HARM_CATEGORIES
        or (active[0][0] in _BEFALLING and category in lx.DISPLACEMENT_CATEGORIES)
    ):
        # "militants killed 37 refugees", "had detained two refugees for
        # questioning": the verb says what befell them (not "seized 40
        # bodies": still the dead)
        return None
    if possible_before(c.tokens, c.num.first):
        return None  # "the heat could lead to hundreds of extra deaths": a fear
    if (
        category in lx.DISPLACEMENT_CATEGORIES
        # (a subject, no verb's object: not "sheltered 4,000 refugees, and")
        and (c.num.first == 0 or not c.tokens[c.num.first - 1].is_word)
        and _harm_after_list(c.tokens, c.np[2])
    ):
        return None  # "Two refugees and a guard were killed": a member of the list the verb reads
    r = finish(Reading(c.num, category), c.tokens, c.np)
    r.last = c.np[1]
    return [r]


#: Nouns before "of" that name the victims one by one ("compiled the names of 240 victims").
_NAMES_OF = frozenset({"names", "identities"})


def link_counted_victims(c: Candidate) -> list[Reading] | None:
    """
    ``(COUNT_VERB | ("names" | "identities") "of") NUMBER ADJECTIVE* "victims"``
    in a sentence of deaths or a document that counted the dead: the dead
    ("UN monitors who reached Taldou the day after the killings counted 108
    victims", "the Commission documented 268 victims", "compiled the names
    of 240 victims"; not "treated 40 victims", nor victims in a story of no
    deaths).
    """
    tokens, num = c.tokens, c.num
    if c.zero or c.head != "victims" or num.first == 0 or num.stated is None:
        return None
    before = tokens[num.first - 1].low
    if before not in lx.VICTIM_COUNT_VERBS and not (
        before == "of" and num.first > 1 and tokens[num.first - 2].low in _NAMES_OF
    ):
        return None
    if not (
        _found_where_or_when(tokens, c.np[1])
        or (c.np[1] < len(tokens) and tokens[c.np[1]].low == "of")  # "268 victims of the massacre"
    ):
        return None  # a state of their own: "identified 30 victims suffering from smoke inhalation"
    if not (
        any(cat is Category.KILLED for cat, _ in c.counted)
        # (before or after: "identify 41 victims by name, though witnesses
        # believed many more died")
        or any(t.low in lx.DEATH_STORY_WORDS for t in tokens)
    ):
        return None
    r = finish(Reading(num, Category.KILLED), tokens, c.np)
    r.last = c.np[1]
    return [r]


#: What may follow a verb of finding bodies: the clause's end, a place or a time.
_FOUND_THEN = frozenset({".", ",", ";", ")"}) | {
    "in",
    "at",
    "near",
    "inside",
    "under",
    "beneath",
    "from",
    "on",
    "along",
    "beside",
    "by",
    "later",
    "yesterday",
    "overnight",
    "today",
    "downstream",
    "nearby",
    "there",
}
#: Words after "in" or "from" that tell the found living ("in critical
#: condition", "from their injuries").
_FOUND_LIVING = lx.POSSESSIVES | lx.INJURY_GRADES | {"stable", "good", "fair", "poor", "a"}


def _found_where_or_when(tokens: list[Token], k: int) -> bool:
    """Whether a place, a time or nothing follows a verb of finding ending before ``k``."""
    if k >= len(tokens):
        return True
    low = tokens[k].low
    if low not in _FOUND_THEN:
        return False
    return not (
        low in ("in", "from") and k + 1 < len(tokens) and tokens[k + 1].low in _FOUND_LIVING
    )


def link_more_bodies(c: Candidate) -> list[Reading] | None:
    """
    ``("another" NUMBER | NUMBER "more") AUX* FOUND_VERB`` in a document that
    counted bodies before: more bodies, the dead ("Police recovered 11
    bodies. Four more were found in the bush the next day"; "... and
    another 44 were recovered from inside the hull"; not "found alive").
    """
    tokens, num, np = c.tokens, c.num, c.np
    if c.zero or num.stated is None:
        return None
    # (a shape that may be "N more" or "another N" first: a sentence of many
    # counts reads its figures before only for those)
    more = c.head == "more" and np[1] - np[0] == 1
    if not more and not (np[0] == np[1] and num.first > 0):
        return None
    body = next((h for cat, h in c.counted if cat is Category.KILLED and h in lx.BODY_NOUNS), None)
    if body is None:
        body = next(
            (r.head for r in c.readings if r.head in lx.BODY_NOUNS and r.last <= num.first), None
        )
    if body is None or not (more or tokens[num.first - 1].low == "another"):
        return None
    k = np[2]
    while k < len(tokens) and tokens[k].low in lx.BE_FORMS:
        k += 1
    if k >= len(tokens) or tokens[k].low not in lx.FOUND_VERBS:
        return None
    if not _found_where_or_when(tokens, k + 1):
        # "Four more were found alive", "found hiding", "found guilty", "found
        # with gunshot wounds", "pulled out alive", "recovered from their injuries"
        return None
    r = finish(Reading(num, Category.KILLED), tokens, np)
    r.head, r.last = body, k + 1
    return [r]


#: The self-counting nouns a group may be said to be after a copula ("6.6
#: million are refugees abroad"): stocks of people.
_STOCK_SELF_NOUNS = frozenset(
    noun
    for noun, category in lx.SELF_COUNTING_NOUNS.items()
    if category in lx.DISPLACEMENT_CATEGORIES and noun.endswith("s")
)


#: Words that may stand between the copula and the noun ("are now refugees").
_BEFORE_PREDICATE = lx.STAY_ADVERBS | {"all"}


def link_copula(c: Candidate) -> list[Reading] | None:
    """
    ``copula = NUMBER NP? BE ADVERB? STOCK_NOUN``: a group said to be refugees
    or displaced people ("6.6 million are refugees abroad", "some 3 million
    Syrians are now refugees"); the noun, not the group, is the category.
    A group whose fate is unknown is missing (see :func:`.results.unknown_fate`).
    """
    if c.zero or c.cls not in ("none", "people", "unknown"):
        return None
    tokens, n = c.tokens, len(c.tokens)
    before = tokens[c.num.first - 1].low if c.num.first else ""
    if before in ("the", "of") and (end := unknown_fate(tokens, c.num, c.np)) is not None:
        r = finish(Reading(c.num, Category.MISSING), tokens, c.np)
        r.last = end  # "The fate of 20 residents remains unknown"
        return [r]
    if c.subset:
        return None  # (not "Two of the victims were refugees": what some are)
    if before in ("the", "of"):
        return None  # "Most of the 300 people were refugees"
    k = c.np[2]
    if k >= n or tokens[k].low not in lx.BE_FORMS:
        return None
    k += 1
    while k < n and tokens[k].low in _BEFORE_PREDICATE:
        k += 1
    if k >= n or tokens[k].low not in _STOCK_SELF_NOUNS:
        return None
    r = finish(Reading(c.num, lx.SELF_COUNTING_NOUNS[tokens[k].low]), tokens, c.np)
    r.last = k + 1
    return [r]


#: Adverbs of spread and sum after a count, which modify no noun ("one death
#: nationwide", "one death apiece", "one death plus 14 injuries").
_SPREAD_WORDS = frozenset(
    {"nationwide", "statewide", "countrywide", "worldwide", "apiece", "each"}
    | {"plus", "overall", "altogether", "total"}
)


def _modifies_next(tokens: list[Token], k: int) -> bool:
    """
    Whether the word at ``k``, right after a singular noun, is the noun that
    one modifies ("a death toll", "a death threat", "a refugee camp"): a
    lower-case word that is no function word, no verb's form ("-ed",
    "-ing", a third person's "-s": "a death occurs"), no "-ly" adverb and
    none of the few adverbs of spread and sum ("one death nationwide",
    "one death plus 14 injuries"). An incident is told by its count ("at
    least one injury accident": one hurt).
    """
    if k >= len(tokens):
        return False
    tok = tokens[k]
    low = tok.low
    return (
        tok.is_word
        and not tok.is_capitalized
        and low not in lx.NP_STOP
        and low not in lx.DETERMINERS
        and low not in lx.PREPOSITIONS
        and low not in lx.REPORTING_VERBS
        and low not in lx.VERB_LIKE
        and low not in lx.AUXILIARIES
        and low not in NUMBER_WORDS
        and low not in lx.INCIDENT_NOUNS
        and low not in _SPREAD_WORDS
        and not low.endswith(("ed", "ing", "ly"))
        and not (low.endswith("s") and not low.endswith(("ss", "us", "is")))
    )
