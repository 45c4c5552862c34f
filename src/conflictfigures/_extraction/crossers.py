"""
Crossers: whether the people a verb of crossing, arriving or staying
counts are people in flight, by the head of their group ("people",
"Venezuelans", "villagers"; not "troops", "pilgrims", "buses"), the verb
before it ("recorded", not "pushed back") and the purpose or return after
it ("for the Arbaeen pilgrimage", "in the other direction").  Moved out of
:mod:`.flight` in session 48.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from conflictfigures import _lexicon as lx

if TYPE_CHECKING:
    from conflictfigures._extraction.text import Token

__all__ = [
    "DWELLERS",
    "crossers_flee",
    "crossing_people",
    "fleeing_noun",
    "fleeing_people",
    "forces_cross",
    "purpose_after",
    "rescued_migrants",
    "rescues_migrants",
]


#: Words of a purpose or a return in a leaving's clause: no flight.
_PURPOSES = frozenset(
    {"return", "returned", "returning", "holiday", "holidays", "work", "jobs", "search"}
    | {"vacation", "pilgrimage", "hajj", "school", "study", "festival", "treatment"}
    # a move back, no flight: "crossed in the other direction", "were pushed
    # back", "are deported", "arrived as reinforcements"
    | {"back", "direction", "deported", "reinforcements"}
)
#: How far a leaving's clause is read for its purpose.
_PURPOSE_REACH = 10


def purpose_after(tokens: list[Token], k: int) -> bool:
    """Whether a purpose or a return follows ``k`` in its clause ("on Monday to return to ...")."""
    for tok in tokens[k : k + _PURPOSE_REACH]:
        if tok.low in _PURPOSES:
            return True
        if tok.text in (".", ";", ":"):
            return False
    return False


#: Those who dwell in a place, whose leaving it is flight (not "people", who
#: also leave hospitals and events).
DWELLERS = frozenset(
    {"residents", "inhabitants", "villagers", "families", "households", "locals", "tenants"}
)


#: How far before a verb of crossing a state's forces or fighters may stand.
_CROSSERS_REACH = 8
#: Verbs that count a group crossing or arriving, whose object it may be
#: ("recorded some 317,000 people crossing into Syria"); any other verb
#: before it acts on it ("pushed back 300 Syrians crossing", "beat 40 migrants").
_COUNTING_VERBS = frozenset(
    {"recorded", "counted", "registered", "saw", "reported", "logged", "observed", "spotted"}
    | {"tallied", "estimated", "documented", "tracked", "noted", "processed", "checked"}
    | {"cleared", "assisted", "received", "welcomed", "hosted"}
)


#: Other words before a group that act on it ("shot", "beat", "caught",
#: "pushed back").
_ACTING_ON = lx.WOUNDING_VERBS | {"beat", "caught", "held", "kept", "back"}


def crossing_people(tokens: list[Token], first: int, np: tuple[int, int, int], k: int) -> bool:
    """
    Whether a group whose number starts at ``first`` and a participle of
    crossing or arrival right after it at ``k`` ("some 317,000 people
    crossing into Syria") count people in flight: people who flee or a
    people's name, or no noun; no verb before it but one that counts them;
    no purpose or move back after it (:func:`purpose_after`: "for the
    Arbaeen pilgrimage", "each day are deported back").
    """
    if np[1] > np[0]:
        head = tokens[np[1] - 1]
        # (or those who dwell in a place: "About 4,200 villagers crossed on Monday alone")
        if not (fleeing_noun(head) or head.low in DWELLERS):
            return False
    before = tokens[first - 1] if first else None
    if (
        before is not None
        and before.is_word
        and before.low not in _COUNTING_VERBS
        and (
            before.low.endswith("ed")
            or before.low in lx.ACTIVE_TRIGGERS
            or before.low in _ACTING_ON
        )
    ):
        return False
    return crossers_flee(tokens, np, k) and not purpose_after(tokens, k + 1)


def crossers_flee(tokens: list[Token], np: tuple[int, int, int], k: int) -> bool:
    """
    Whether the group ``np`` that crosses at ``k`` may be people in flight:
    no armed men, attackers, settlers or people who travel for their work,
    faith, studies or leisure among its words (``lx.NOT_IN_FLIGHT_NOUNS``:
    "About 300 Russian troops crossed into Kursk", "About 50 Israeli
    settlers crossed into the village", "3,000 Sikh pilgrims crossed into
    Pakistan"), unless people who flee follow them right before the verb
    ("soldiers and their families crossed into India").
    """
    if fleeing_people(tokens, k):
        return True
    return not any(t.low in _NOT_IN_FLIGHT for t in tokens[np[0] : np[1]])


#: People who cross as no one in flight: armed men, attackers, settlers.
_NOT_IN_FLIGHT = lx.ARMED_WORDS | lx.PERPETRATOR_NOUNS | lx.NOT_IN_FLIGHT_NOUNS


def fleeing_people(tokens: list[Token], k: int) -> bool:
    """
    Whether the group right before a verb of entering at ``k`` (past its
    auxiliaries) are people who flee: a noun of them (`lx.FLEEING_NOUNS`) or
    a people's name ("14,000 Venezuelans entered the country"; not tourists,
    workers, pilgrims or "ten armed men").
    """
    j = k - 1
    while j >= 0 and (tokens[j].low in lx.AUXILIARIES or tokens[j].low in ("also", "reportedly")):
        j -= 1
    if j < 0:
        return False
    return fleeing_noun(tokens[j])


def fleeing_noun(tok: Token) -> bool:
    """
    Whether a group's head names people who flee: a noun of them
    (``lx.FLEEING_NOUNS``, ``lx.MIGRANT_NOUNS``) or a people's name, a
    capitalised plural ("Venezuelans"; not an acronym, "US troops") or a
    demonym with no plural "s" ("400,000 Congolese have arrived").
    """
    return (
        tok.low in lx.FLEEING_NOUNS
        or tok.low in lx.MIGRANT_NOUNS
        or (tok.is_capitalized and tok.low.endswith("s") and not tok.text.isupper())
        or (tok.is_capitalized and tok.low in lx.COUNTRY_DEMONYMS)
    )


def forces_cross(tokens: list[Token], k: int) -> bool:
    """Whether a state's forces or fighters cross at ``k``: an incursion, no refugees."""
    return any(t.low in lx.ARMED_WORDS for t in _crossers(tokens, k))


def _crossers(tokens: list[Token], k: int) -> list[Token]:
    """
    The words before a verb of crossing at ``k`` that may name who crossed:
    those before a participle or "from", whose words name whom they fled
    ("villagers fleeing the rebels have entered Chad": the villagers).
    """
    window = tokens[max(0, k - _CROSSERS_REACH) : k]
    for j in range(len(window) - 1, -1, -1):
        low = window[j].low
        if low == "from" or (low.endswith("ing") and window[j].is_word and len(low) > 4):
            return window[:j]
    return window


#: How many tokens the object of a verb of rescue may take before its
#: noun of migrants ("rescued some 600 Tunisian migrants").
_RESCUED_WORDS = 5


def _rescue_verb_end(tokens: list[Token], k: int) -> int | None:
    """
    The index after a verb of rescue at sea at ``k`` (``lx.SEA_RESCUE_VERBS``;
    "picked" with "up"), else ``None``.
    """
    low = tokens[k].low
    if low not in lx.SEA_RESCUE_VERBS:
        return None
    if low == "picked":
        return k + 2 if k + 1 < len(tokens) and tokens[k + 1].low == "up" else None
    return k + 1


def rescued_migrants(tokens: list[Token], k: int) -> int | None:
    """
    ``MIGRANT_NOUN AUX* SEA_RESCUE_VERB`` with the verb at ``k``: migrants
    taken from the sea or their boats on their way abroad, refugees ("1,100
    migrants were intercepted at sea", "600 migrants rescued off
    Lampedusa"; not "30 villagers were rescued", "two drones were
    intercepted"); the index after the verb, else ``None``.
    """
    end = _rescue_verb_end(tokens, k)
    if end is None:
        return None
    j = k - 1
    while j >= 0 and (tokens[j].low in lx.AUXILIARIES or tokens[j].low in ("also", "reportedly")):
        j -= 1
    return end if j >= 0 and tokens[j].low in lx.MIGRANT_NOUNS else None


def rescues_migrants(tokens: list[Token], k: int) -> bool:
    """
    ``SEA_RESCUE_VERB NUMBER? WORD{0,5} MIGRANT_NOUN`` with the verb at
    ``k`` and no clause break in the object: a rescue or interception of
    migrants, refugees ("The Italian coast guard rescued 600 migrants",
    "Libyan coast guards intercepted 1,100 migrants at sea"; not "rescued
    30 villagers", "intercepted 35 drones").
    """
    end = _rescue_verb_end(tokens, k)
    if end is None:
        return False
    counted = False  # (a qualifier before the number: "more than 600 migrants")
    for tok in tokens[end : end + 1 + _RESCUED_WORDS]:
        if tok.low in lx.MIGRANT_NOUNS:
            return True
        if tok.is_digits:
            counted = True
        elif not tok.is_word or (counted and tok.low in lx.NP_STOP):
            return False
    return False
