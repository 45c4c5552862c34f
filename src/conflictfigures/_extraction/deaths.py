"""
Deaths told after another verb: the main clause's death after a participle
hanging off the group ("wounded in the blast later died"), a death
coordinated after a harm ("was rushed to the hospital, but pronounced
dead"), an attacker's death by his own hand ("before killing himself"), and
a death whose verb is left out after a death told at its spot ("died at the
scene and two others in hospital").
"""

from __future__ import annotations

import itertools
from typing import TYPE_CHECKING

from conflictfigures import _lexicon as lx
from conflictfigures._extraction.dates import date_word
from conflictfigures._extraction.text import words_at
from conflictfigures._extraction.triggers import PASSIVE_BY_FIRST, is_adverb, passive_phrase_at
from conflictfigures._extraction.verbs import coordinated_phrase, coordinated_trigger
from conflictfigures.models import Category

if TYPE_CHECKING:
    from conflictfigures._extraction.reading import Reading
    from conflictfigures._extraction.text import Token

#: How far after a participle hanging off the group its main verb may stand.
_MAIN_VERB_REACH = 18


def main_death(tokens: list[Token], k: int, *, many: bool) -> tuple[int, Category] | None:
    """
    ``PARTICIPLE WORD* (AUX | ADVERB)* (DEATH_TRIGGER | "missing")`` after the
    participle at ``k``, within one clause (no comma, clause word or number
    between, but an aside of parts): the index of the main clause's death
    and its category ("wounded in the blast later died", "abducted on Monday
    were found dead"), or of those still missing ("35 people abducted by the
    ADF were still missing"); for ``many`` (a group of more than one), not a
    fate whose verb agrees with one ("One of the 12 injured soldiers has
    died").
    """
    n = len(tokens)
    m = k + 1
    while m < min(n, k + _MAIN_VERB_REACH):
        t = tokens[m]
        if t.text == "," and m + 1 < n and tokens[m + 1].low in lx.PART_OPENERS:
            # past an aside of its parts: "42 displaced people, including 17
            # children, were hacked to death"
            shut = next(
                (j for j in range(m + 2, min(n, m + _PART_ASIDE)) if tokens[j].text == ","), None
            )
            if shut is None:
                return None
            m = shut + 1
            continue
        if date_word(tokens, m):
            m += 1  # a date, no count: "wounded on Oct. 2 died"
            continue
        if t.low in lx.MODIFIER_STOPS or not t.is_word or t.low in ("and", "or"):
            return None
        if many and t.low in lx.SINGULAR_AUXILIARIES:
            return None
        if t.low in lx.FINITE_AUXILIARIES or t.low in lx.INTRANSITIVE_TRIGGERS or is_adverb(t):
            j = m
            while j < n and j < m + 4 and (tokens[j].low in lx.AUXILIARIES or is_adverb(tokens[j])):
                j += 1
            if j < n and _death_at(tokens, j):
                return j, Category.KILLED
            if j < n and tokens[j].low == "missing" and tokens[k].low != "missing":
                return j, Category.MISSING
            if t.low in lx.FINITE_AUXILIARIES:
                return None  # the main verb is no death: "were taken to hospital"
        m += 1
    return None


#: How many tokens an aside of parts between a group and its verb may hold.
_PART_ASIDE = 12


def _death_at(tokens: list[Token], j: int) -> bool:
    """
    Whether a death is told at ``j``: a trigger of death ("killed", not
    "lost"), a phrase of one ("shot dead", "burned alive"), or a verb "to
    death", alone or after another ("hacked or shot to death").
    """
    low = tokens[j].low
    trig = lx.PASSIVE_TRIGGERS.get(low)
    if trig is not None and trig[0] is Category.KILLED and low not in lx.LOSE_VERBS:
        return True
    phrase = passive_phrase_at(tokens, j) if low in PASSIVE_BY_FIRST else None
    if phrase is not None and phrase[1] is Category.KILLED:
        return True
    return to_death_end(tokens, j) is not None


#: Verbs "to death" that tell a feeling, no death ("scared to death").
_TO_DEATH_IDIOMS = frozenset(
    {"scared", "frightened", "terrified", "worried", "bored", "tickled", "loved", "sick", "fought"}
)


def to_death_end(tokens: list[Token], j: int) -> int | None:
    """
    ``VERB ("and" | "or" WORD)? "to" "death"`` at ``j`` ("burned to death",
    "hacked or shot to death"): the index after "death", else ``None``.
    """
    n = len(tokens)
    v = j + 2 if j + 2 < n and tokens[j + 1].low in ("and", "or") and tokens[j + 2].is_word else j
    if (
        v + 2 < n
        and tokens[v + 1].low == "to"
        and tokens[v + 2].low == "death"
        # (a court's sentence kills no one: "84 people were sentenced to death";
        # nor a feeling: "were scared to death")
        and tokens[v].low not in lx.SENTENCE_VERBS
        and tokens[v].low not in _TO_DEATH_IDIOMS
    ):
        return v + 3
    return None


#: What joins a death to what befell the person before it.
_DEATH_JOINERS = frozenset({"and", "but", "where"})
_WHO_JOINERS = _DEATH_JOINERS | {"who"}


def death_after(tokens: list[Token], k: int, *, who: bool = False) -> int | None:
    """
    ``TRIGGER ","? ("and" | "but" | "where" PRONOUN) AUX* ADVERB* DEATH_TRIGGER``
    after ``k``: the index of the death ("was rushed to the hospital, but
    pronounced dead", "was taken to a hospital where he died"; not one only
    feared, "are missing and feared dead"); with ``who``,
    after an injury of the person a relative clause tells of ("a man with
    gunshot wounds who was pronounced dead at the scene").
    """
    n = len(tokens)
    j = k + 1
    if j < n and tokens[j].text == ",":
        j += 1
    if j + 1 >= n or tokens[j].low not in (_WHO_JOINERS if who else _DEATH_JOINERS):
        return None
    j += 1
    if tokens[j - 1].low == "where":
        if tokens[j].low not in lx.DIED_THERE:
            return None
        j += 1
    k = j - 2
    be = False
    while j < n and j < k + 5 and (tokens[j].low in lx.AUXILIARIES or is_adverb(tokens[j])):
        be = be or tokens[j].low in lx.BE_FORMS
        if tokens[j].low in lx.FEARED_FATES:
            return None  # "are missing and feared dead": missing, the death only feared
        j += 1
    low = tokens[j].low if j < n else ""
    if who and tokens[k + 1].low == "who" and not be and low not in lx.INTRANSITIVE_TRIGGERS:
        return None  # "a man with gunshot wounds who had killed his wife": his deed
    if low == "passed" and j + 1 < n and tokens[j + 1].low == "away":
        return j + 1  # "where he later passed away"
    trig = lx.PASSIVE_TRIGGERS.get(low)
    # "was injured and lost both his legs": a loss is no death; "were
    # wounded and killed two attackers": a deed
    if (
        trig is None
        or trig[0] is not Category.KILLED
        or low in lx.LOSE_VERBS
        or _object_after(tokens, j)
    ):
        return None
    return j


def death_after_phrase(tokens: list[Token], end: int) -> int | None:
    """
    A death coordinated after a trigger phrase ending at ``end``, past the
    agent of a phrase ending in "by" ("were hit by sniper fire and killed").
    """
    then = death_after(tokens, end - 1)
    if then is None and tokens[end - 1].low != "by":
        # "was shot in the chest outside a barbershop on Tuesday and died later"
        later = coordinated_trigger(tokens, end - 1, after_name=True)
        if (
            later is not None
            and lx.PASSIVE_TRIGGERS[tokens[later].low][0] is Category.KILLED
            # "was seriously injured and lost a leg": a loss is no death
            and tokens[later].low not in lx.LOSE_VERBS
            # "were wounded in the gunfight and killed three of the
            # attackers": their deed, no death of theirs
            and not _object_after(tokens, later)
        ):
            then = later
    if then is None and tokens[end - 1].low != "by":
        # "was found seriously injured and taken to hospital, where he died"
        second = coordinated_phrase(tokens, end - 1)
        if second is not None and second[2] > end:
            then = death_after(tokens, second[2] - 1)
    if then is None and tokens[end - 1].low == "by":
        for j in range(end + 1, min(len(tokens), end + 5)):
            if tokens[j].low in ("and", "but") or tokens[j].text == ",":
                return death_after(tokens, j - 1)
            if not tokens[j].is_word:
                break
    return then


def _object_after(tokens: list[Token], k: int) -> bool:
    """
    Whether an object follows the verb at ``k``: a pronoun, a number, or an
    article before no time ("killed a guard"; not "killed the next day",
    "pronounced dead an hour later").
    """
    if k + 1 >= len(tokens) or tokens[k].low in lx.INTRANSITIVE_TRIGGERS:
        return False  # ("died a short time later": no verb that takes one)
    nxt = tokens[k + 1].low
    after = tokens[k + 2].low if k + 2 < len(tokens) else ""
    # a time, no object: "killed the following day", "killed two days later",
    # "executed 24 hours later", "killed one by one"
    timed = after in lx.TIME_PHRASE_NOUNS or after in lx.SPAN_UNITS or after in _NOT_OBJECTS
    if nxt in ("a", "an", "the"):
        return bool(after) and not timed
    if tokens[k + 1].is_digits or nxt in lx.UNITS or nxt in lx.TENS:
        return not timed
    return nxt in lx.OBJECT_STARTS


#: Words after a verb's first word that make it no object ("the following
#: day", "one by one").
_NOT_OBJECTS = frozenset({"following", "by"})


def read_self_killing(tokens: list[Token], k: int) -> int | None:
    """
    ``SELF_KILLING_PHRASE``: an attacker who dies by his own hand ("before
    killing himself", "blew himself up", "took his own life") at ``k``.

    Returns the index after the phrase.
    """
    for words in lx.SELF_KILLING_PHRASES:
        if all(k + i < len(tokens) and tokens[k + i].low == w for i, w in enumerate(words)):
            return k + len(words)
    return None


#: What may stand between a death told at its spot and the next group.
_SPOT_JOINERS = frozenset({"and", ",", "while", "whereas"})
#: Words between the next group and its place of care ("two others later in
#: hospital", "another in a nearby hospital").
_CARE_OPENERS = frozenset({"in", "at", "later", "subsequently"}) | lx.CARE_DETERMINER_WORDS


def _spot_end(tokens: list[Token], k: int) -> int | None:
    """The index after a death's spot at ``k`` (`lx.DEATH_SPOTS`), or ``None``."""
    for spot in lx.DEATH_SPOTS:
        if words_at(tokens, k, spot):
            return k + len(spot)
    return None


def died_apart(tokens: list[Token], readings: list[Reading]) -> None:
    """
    ``DEATH SPOT JOINER{1,2} NUMBER NP? OPENER* CARE_PLACE`` (joiners "and",
    ",", "while", "whereas"; openers "later", "in", "at" and the words before
    a place of care, "a nearby"):
    a group told after a death at its spot with only a place of care is
    dead too, its verb left out ("Four people died at the scene and two
    others in hospital": 6 dead, not 2 in hospital; "were killed instantly,
    and another later at the hospital").  Without the spot the place of
    care is the group's state ("The blast left four dead and two others in
    hospital": hurt).  Changes the readings in place.
    """
    for before, r in itertools.pairwise(readings):
        if (
            before.category is not Category.KILLED
            or r.category is not Category.WOUNDED
            or r.active
            or (spot := _spot_end(tokens, before.last)) is None
        ):
            continue
        gap = tokens[spot : r.first]
        if not gap or len(gap) > 2 or any(t.low not in _SPOT_JOINERS for t in gap):
            continue
        care = tokens[r.np[1] : r.last]
        if (
            care
            and care[-1].low in lx.CARE_PLACE_WORDS
            and all(t.low in _CARE_OPENERS for t in care[:-1])
        ):
            r.category = Category.KILLED


def soldiers_fell(tokens: list[Token], np: tuple[int, int, int], k: int) -> bool:
    """
    ``FORCE_NOUN ("fell" | PERFECT "fallen") ("in" | "during") WORD``:
    soldiers who fell in a place or a fight, as armies tell their own dead
    ("Eight soldiers fell in southern Gaza", "fell during the raid", "one
    soldier had fallen in the clash"); not "fell in love", "fell into a
    river", nor anyone but a state's forces ("Three men fell in the river"
    is no death told).
    """
    return (
        (
            tokens[k].low == "fell"
            or (tokens[k].low == "fallen" and k > 0 and tokens[k - 1].low in lx.PERFECT_AUXILIARIES)
        )
        and any(t.low in lx.FORCE_WORDS for t in tokens[np[0] : np[1]])
        and k + 2 < len(tokens)
        and tokens[k + 1].low in ("in", "during")
        and tokens[k + 2].low not in _NOT_FALLEN
    )


#: Words after "fell in" that tell no death ("fell in love", "fell in line").
_NOT_FALLEN = frozenset({"love", "line", "behind", "step", "with"})
