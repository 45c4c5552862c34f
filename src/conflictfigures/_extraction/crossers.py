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
from conflictfigures._extraction.rates import rate_after

if TYPE_CHECKING:
    from conflictfigures._extraction.text import Token

__all__ = [
    "DWELLERS",
    "crossers_flee",
    "crossing_people",
    "fleeing_noun",
    "fleeing_people",
    "forces_cross",
    "no_flight",
    "purpose_after",
    "rescued_at_sea",
    "rescued_migrants",
    "rescues_migrants",
    "snatched_to_safety",
    "untold_flight",
]


#: Words of a purpose or a return in a leaving's clause: no flight.
_PURPOSES = frozenset(
    {"return", "returned", "returning", "holiday", "holidays", "work", "jobs", "search"}
    | {"vacation", "pilgrimage", "hajj", "school", "study", "festival", "treatment"}
    | {"umrah", "arbaeen", "ski", "season", "cup", "tournament", "vote", "fight", "swap"}
    # events people travel to: "arrived in Jeddah for talks" (session 50)
    | {"talks", "summit", "meeting", "conference", "inauguration", "funeral", "concert", "match"}
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
    # (the group's own clause: not "As RSF fighters advanced, 20,000 Sudanese
    # crossed", nor a source before it: "Army officials said 20,000 Sudanese
    # crossed")
    cut = max(
        (
            j
            for j, t in enumerate(window)
            if t.low in _CLAUSE_OPENERS or t.low in lx.REPORTING_VERBS
        ),
        default=-1,
    )
    window = window[cut + 1 :]
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


def rescued_at_sea(tokens: list[Token], k: int) -> int | None:
    """
    A verb of rescue at ``k`` told at sea by a word of the sea around it
    ("83 people were picked up from a second dinghy"), no word of captivity
    or return: the index after the verb, else ``None``.  Whoever the rescued
    are: the caller knows the story is one of flight abroad.
    """
    end = _rescue_verb_end(tokens, k)
    return end if end is not None and _at_sea(tokens, k) else None


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
    # (migrants told rescued are at sea unless the words say otherwise: "1,100
    # migrants were rescued on Sunday"; not "... rescued from a truck")
    if j < 0 or tokens[j].low not in lx.MIGRANT_NOUNS or not _at_sea(tokens, k, told=False):
        return None
    return end


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
    for m in range(end, min(len(tokens), end + 1 + _RESCUED_WORDS)):
        tok = tokens[m]
        if tok.low in lx.MIGRANT_NOUNS:
            # the group's head ("600 migrants"; not "12 migrant workers")
            after = tokens[m + 1] if m + 1 < len(tokens) else None
            head = (
                after is None
                or not after.is_word
                or after.low in lx.NP_STOP
                or after.low in lx.PREPOSITIONS
                or after.low in lx.AT_SEA_WORDS  # ("600 migrants off Lampedusa")
                or after.low.endswith(("ed", "ing"))  # ("migrants stranded", "migrants crossing")
            )
            return head and _at_sea(tokens, k, last=m)
        if tok.is_digits:
            counted = True
        elif not tok.is_word or tok.low == "of" or (counted and tok.low in lx.NP_STOP):
            return False
    return False


#: How far around a verb of rescue its words of the sea or of captivity may stand.
_SEA_REACH = 14


def _at_sea(tokens: list[Token], k: int, *, told: bool = True, last: int = 0) -> bool:
    """
    Whether the words around a verb of rescue at ``k`` (and after its object
    ending at ``last``, past an aside: "rescued nearly 700 migrants, most of
    them Rohingya from Myanmar, from a sinking boat") set it at sea ("off
    Lampedusa", "the coast guard", "from a dinghy"; with ``told`` false, no
    word on land will do: "rescued from a truck", "at the southern
    border"), and none make the rescued captives or the stopped sent back
    ("kidnapped migrants from a stash house", "and returned them to
    Tripoli"): migrants in flight.
    """
    words = {t.low for t in tokens[max(0, k - _SEA_REACH) : max(k, last) + _SEA_REACH]}
    if not words.isdisjoint(lx.NOT_AT_LARGE_WORDS):
        return False
    if not words.isdisjoint(lx.AT_SEA_WORDS):
        return True
    return not told and words.isdisjoint(lx.ON_LAND_WORDS)


#: Verbs that let or help a group do what its plain verb says, and the words
#: before them that make the deed one not done ("will not let 2 million
#: Gazans perish"; "Hungary let 4,000 migrants enter", "helped 2,000 people
#: cross into Poland" were done).
_LETTING = frozenset({"let", "lets", "letting", "help", "helps", "helping", "allow", "allows"})
_NOT_DONE = frozenset({"will", "would", "could", "can", "must", "should", "not", "never", "to"})
#: How far before a verb that lets the words of a deed not done may stand.
_NOT_DONE_REACH = 3
#: How far before a plain verb a verb that lets its group do it may stand.
_LET_REACH = 6


def untold_flight(tokens: list[Token], k: int) -> bool:
    """
    Whether a plain or present form of a verb of flight, motion or dying at
    ``k`` (``lx.PRESENT_FLOW_FORMS``) tells no flight or death: a bare
    infinitive after a word of an attempt, a wish or a wait and "to" ("About
    300 Afghans tried to cross into Iran") or
    after a verb that lets its group do it, the deed not done ("will not let
    2 million Gazans perish"), or a flow's habit by its rate in the plain
    present ("About 8,000 Ukrainians cross into Moldova every day"; the
    progressive is a flow the readers count: "About 2,000 people a day are
    crossing").  A headline's present ("5,000 Sudanese cross into Chad")
    tells one.
    """
    if tokens[k].low not in lx.PRESENT_FLOW_FORMS:
        return False
    if k > 1 and tokens[k - 1].low == "to" and tokens[k - 2].low in lx.TRYING_WORDS:
        return True  # (not "managed to cross", "were able to reach", "forced ... to flee")
    for j in range(k - 1, max(-1, k - 1 - _LET_REACH), -1):
        tok = tokens[j]
        if tok.low in _LETTING:
            return any(t.low in _NOT_DONE for t in tokens[max(0, j - _NOT_DONE_REACH) : j])
        if not (tok.is_word or tok.is_digits) or tok.low in lx.AUXILIARIES:
            break
    # (a flow told with its rate is a habit, no count of people who moved:
    # "About 8,000 Ukrainians cross into Moldova every day"; deaths with a
    # rate stay the rates every count has, "3,000 people drown every year")
    window = [t.low for t in tokens[k + 1 : k + 1 + _RATE_WINDOW]]
    return tokens[k].low not in _DYING and rate_after(window, 0, len(window))


#: How far after a present verb its rate may stand ("enter Iran every day").
_RATE_WINDOW = 10
#: The present forms of dying among ``lx.PRESENT_FLOW_FORMS``.
_DYING = frozenset({"drown", "drowns", "perish"})


def no_flight(tokens: list[Token], k: int, end: int) -> bool:
    """
    Whether people who cross, arrive or go at ``k`` into the place ending
    at ``end`` are in no flight: armed men or attackers in their group
    (:func:`_counted_group`), or, for a verb other than one of fleeing,
    travellers (by their lower-case words, a headline's Title Case too:
    "300 Russian Troops Cross Into Ukraine", "Some 2,000 Tourists Enter
    Spain"), unless people who flee are named right before the verb; a
    purpose in the verb's own clause ("for hajj", "to vote", "after
    prisoner swap"); or a people going into its own country ("Over 300
    Pakistanis reach Pakistan from Sudan": a return; not "Sudanese crossed
    into South Sudan").
    """
    group = _counted_group(tokens, k)
    fleeing = tokens[k].low in _FLEEING_FORMS
    barred = _ARMED if fleeing else _NOT_IN_FLIGHT
    if not _fleeing_word_before(tokens, k) and any(t.low in barred for t in group):
        return True
    if fleeing:
        # (people who flee may go to their people's country, and for any
        # reason: "More than 80,000 Armenians have fled Nagorno-Karabakh for
        # Armenia", "fled into Chad in search of safety")
        return False
    if _purpose_in_clause(tokens, end):
        return True
    place = [t.low for t in tokens[k + 1 : end]]
    return any(
        t.is_capitalized
        and (home := lx.COUNTRY_DEMONYMS.get(t.low)) is not None
        and _names_country(place, home.lower().split())
        # (not named by a place of their own: "Karabakh Armenians poured into Armenia")
        and not (j and group[j - 1].is_capitalized and group[j - 1].is_word)
        for j, t in enumerate(group)
    )


#: Armed men, attackers and escaped prisoners: no people in flight whatever
#: their verb ("Some 2,000 prisoners escaped to Niger").
_ARMED = (
    lx.ARMED_WORDS | lx.PERPETRATOR_NOUNS | lx.CAPTIVE_WORDS | {"inmates", "inmate", "convicts"}
)
#: Words of a longer country's name before a shorter one ("South Sudan", not "Sudan").
_NAME_PREFIXES = frozenset(
    {"south", "north", "east", "west", "central", "new", "equatorial", "democratic", "republic"}
)


def _names_country(place: list[str], country: list[str]) -> bool:
    """
    Whether the words of a place end in a country's whole name ("into
    syria"), not a longer name ending in it ("into south sudan" is no
    "sudan", "into nigeria" no "niger").
    """
    size = len(country)
    if place[-size:] != country:
        return False
    return len(place) == size or place[-size - 1] not in _NAME_PREFIXES


def _purpose_in_clause(tokens: list[Token], end: int) -> bool:
    """
    Whether a purpose or a return is told after a place ending at ``end``,
    in the verb's own clause and right after a word that leads one ("for
    the hajj", "to vote", "after prisoner swap", "for medical treatment");
    not across a comma or a new clause ("..., many hoping to return",
    "ahead of the rainy season", "in search of safety").
    """
    for m in range(end, min(len(tokens), end + _PURPOSE_WORDS)):
        tok = tokens[m]
        if tok.low in _PURPOSE_STOPS:
            return False
        if (
            tok.low in _PURPOSES
            and tok.low not in _NO_PURPOSE_ALONE
            and any(t.low in _PURPOSE_LEADS for t in tokens[max(0, m - 2) : m])
        ):
            return True
    return False


#: Purpose words too common in flight news to tell a purpose ("in search of
#: safety", "the fight for El Geneina", "the rainy season", "a school").
_NO_PURPOSE_ALONE = frozenset({"search", "fight", "season", "school"})
#: Words that end a verb's own clause before its purpose could be told.
_PURPOSE_STOPS = frozenset(
    {",", ";", ":", ".", "and", "but", "where", "though", "while", "as", "since", "who", "ahead"}
)
#: Words that lead a purpose or a return ("for hajj", "to vote", "after
#: prisoner swap", "in swap", "on holiday").
_PURPOSE_LEADS = frozenset({"for", "to", "after", "in", "on", "ski"})
#: How far after the place its purpose may stand in the verb's clause.
_PURPOSE_WORDS = 6


def _counted_group(tokens: list[Token], k: int) -> list[Token]:
    """
    The counted group before a verb at ``k``: from its number (the nearest
    digits or number word in the crossers' window, :func:`_crossers`) up to
    an "of", "by", a relative pronoun or a participle that ends its head
    ("8,000 residents of villages attacked by militiamen": the residents;
    "counted 20,000 Sudanese who crossed": the Sudanese); with no number,
    the window itself.
    """
    window = _crossers(tokens, k)
    start = next(
        (j for j in range(len(window) - 1, -1, -1) if window[j].is_digits),
        None,
    )
    if start is None:
        return window
    group = window[start:]
    for j in range(1, len(group)):
        low = group[j].low
        if low in ("of", "by", "who", "that", "which") or (
            j > 1 and low.endswith("ed") and group[j].is_word
        ):
            return group[:j]
    return group


#: Words that end the clause before a group ("As fighters advanced, ...").
_CLAUSE_OPENERS = frozenset(
    {";", ":", ".", "as", "when", "while", "after", "because", "but", "that"}
)
#: The verbs of fleeing itself, whose people may go to their people's country.
_FLEEING_FORMS = frozenset({"fled", "flee", "flees", "fleeing", "escaped", "escape", "escapes"})
#: Those forms and "escaping", as a participle of the group tells flight.
FLEEING_WORDS = _FLEEING_FORMS | {"escaping"}


def _fleeing_word_before(tokens: list[Token], k: int) -> bool:
    """Whether a noun of people who flee, in lower case, ends the group before ``k``."""
    j = k - 1
    while j >= 0 and (tokens[j].low in lx.AUXILIARIES or tokens[j].low in ("also", "reportedly")):
        j -= 1
    return (
        j >= 0
        and not tokens[j].is_capitalized
        and (tokens[j].low in lx.FLEEING_NOUNS or tokens[j].low in lx.MIGRANT_NOUNS)
    )


#: How far after a verb of snatching its "from" may stand ("snatched 40
#: stranded residents from rooftops").
_FROM_REACH = 8


def _from_peril(tokens: list[Token], k: int) -> bool:
    """
    Whether ``"from" DETERMINER? PERIL`` follows the verb at ``k`` within its
    clause (``lx.PERILS``: "snatched 12 people from the floodwaters", "from
    the rubble"): a rescue, no kidnapping.
    """
    n = len(tokens)
    for m in range(k + 1, min(n - 1, k + _FROM_REACH)):
        if tokens[m].low == "from":
            j = m + 2 if tokens[m + 1].low in lx.DETERMINERS and m + 2 < n else m + 1
            # (the peril's own noun, no compound: not "from the river bank")
            return tokens[j].low in lx.PERILS and (
                j + 1 == n
                or not tokens[j + 1].is_word
                or tokens[j + 1].low in lx.PREPOSITIONS
                or tokens[j + 1].low in lx.CLAUSE_JOINERS
            )
        if not (tokens[m].is_word or tokens[m].is_digits):
            return False
    return False


#: Doers that snatch people to hold them, not to save them ("armed" of
#: anyone: "Armed men on motorbikes snatched ...").
_SNATCHERS = lx.PERPETRATOR_NOUNS | lx.FIGHTER_WORDS | {"pirates", "traffickers", "armed"}
#: How far back the subject of a verb of snatching is read.
_SNATCHER_REACH = 12


def _armed_before(tokens: list[Token], k: int) -> bool:
    """
    Whether an armed or criminal doer stands in the clause before the verb at
    ``k`` ("Gunmen in military uniforms snatched", "Armed men on motorbikes
    snatched"), back to a comma or a clause's joiner.
    """
    for t in reversed(tokens[max(0, k - _SNATCHER_REACH) : k]):
        if t.low in _SNATCHERS:
            return True
        if t.text in (",", ";") or t.low in lx.CLAUSE_JOINERS:
            return False
    return False


def snatched_to_safety(tokens: list[Token], k: int) -> bool:
    """
    Whether the people a verb of snatching at ``k`` takes are saved, not
    kidnapped: snatched from a peril (``lx.PERILS``: "Rescuers snatched 12
    people from the floodwaters") by no armed or criminal doer ("Gunmen
    snatched 12 fishermen from the river" is a kidnapping).
    """
    return _from_peril(tokens, k) and not _armed_before(tokens, k)
