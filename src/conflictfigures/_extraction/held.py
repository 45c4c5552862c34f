"""
Held: whether "held" holds anyone ("Funerals for the 12 victims were being
held", "held accountable", "held by the hands" hold no one; "held by
Russia" does), and whether a count of the held tells a custody that stands
("are still being held", "remain in prison": a stock).  Moved out of
:mod:`.rules` and :mod:`.triggers` in session 48.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from conflictfigures import _lexicon as lx
from conflictfigures._extraction.numbers import count_word
from conflictfigures._extraction.text import words_at

if TYPE_CHECKING:
    from conflictfigures._extraction.text import Token

__all__ = ["custody_stock", "found_since", "held_no_one", "holding_party", "register_stock"]


#: Nouns of an event held for people ("Funerals for the 12 victims were
#: being held"), and words after "held" that hold no one ("held accountable").
_HELD_EVENTS = frozenset(
    [
        "funeral",
        "funerals",
        "prayer",
        "prayers",
        "memorial",
        "memorials",
        "vigil",
        "vigils",
        "service",
        "services",
        "burial",
        "burials",
        "ceremony",
        "ceremonies",
        "trial",
        "trials",
        "hearing",
        "hearings",
        "mass",
    ]
)
_HELD_NOT_HELD = frozenset({"accountable", "responsible", "liable", "up", "back"})
#: How many tokens a count may take between "for the" and its group.
_HELD_COUNT_TOKENS = 4


def holding_party(tokens: list[Token], k: int) -> bool:
    """
    Whether a captor follows "held by" or "prisoners of" at ``k``: a name
    ("Russia", "the Taliban") or armed men or attackers ("the rebels",
    "gunmen"); not "prisoners of the siege", "of fear".
    """
    if k < len(tokens) and tokens[k].low == "the":
        k += 1
    if k >= len(tokens):
        return False
    tok = tokens[k]
    return (
        (tok.is_capitalized and tok.is_word)
        or tok.low in lx.ARMED_WORDS
        or (tok.low in lx.PERPETRATOR_NOUNS)
    )


def held_no_one(tokens: list[Token], group: int, end: int) -> bool:
    """
    Whether "held" holds no one: an event held for the people counted
    ("Funerals for the 12 victims were being held": the noun of an event,
    then "for" or "of", before the count), or a phrase after it ("held
    accountable", "held responsible").
    """
    if end < len(tokens) and tokens[end].low in _HELD_NOT_HELD:
        return True
    if tokens[end - 1].low == "by" and not holding_party(tokens, end):
        return True  # "Both girls were held by the hands": no captor
    j = group - 1
    while (
        j > 0
        and group - j <= _HELD_COUNT_TOKENS
        and (tokens[j].low in ("the", ",") or count_word(tokens[j]))
    ):
        j -= 1
    return j > 0 and tokens[j].low in ("for", "of") and tokens[j - 1].low in _HELD_EVENTS


#: Words of a custody that stands now, not an arrest told: "are currently
#: held in Israeli prisons", "were still being held in Russian captivity".
_HELD_NOW = frozenset({"are", "is", "remain", "remains", "still", "currently"})


#: Places of custody that hold people for long ("prisons", "captivity"), and
#: "held" itself ("are still being held"); "in custody" after an arrest is
#: the arrest's own people.
_STANDING_CUSTODY = (lx.CUSTODY_NOUNS - {"custody"}) | {"held"}


def custody_stock(lows: list[str], first: int, last: int) -> bool:
    """
    Whether the words ``lows[first:last]`` of a figure of detained people
    tell a custody that stands (a stock, no incident): a prison or captivity,
    or "held" itself, with a present or "still" before it ("are still being
    held", "remain in prison").
    """
    words = lows[first:last]
    return not _STANDING_CUSTODY.isdisjoint(words) and not _HELD_NOW.isdisjoint(words)


#: Verbs of a register's state after a present "be" ("are officially listed
#: as missing", "remain registered as displaced"), and how many words (adverbs)
#: may stand between the two.
_REGISTER_VERBS = frozenset({"listed", "registered", "recorded"})
_REGISTER_GAP = 2
#: How many words before or after a register's count an incident's noun or
#: clause may stand ("are listed as missing after the storm on Monday").
_REGISTER_INCIDENT_REACH = 10
_EVENT_NOUNS = lx.INCIDENT_NOUNS | lx.DISASTER_NOUNS


def register_stock(lows: list[str], first: int, last: int) -> bool:
    """
    Whether the words ``lows[first:last]`` of a figure tell people a register
    holds in a state now: ``("are" | "is" | "remain" | "remains") WORD{0,2}
    REGISTER_VERB "as"`` ("more than 100,000 people are officially listed as
    missing", "40,000 remain registered as displaced"), a stock, unless an
    incident's noun stands within reach of it or an "after" clause follows
    ("Five fishermen are listed as missing after the storm", "were killed in
    the collapse and four are listed as missing": that incident's missing).
    The past ("were listed as missing") and "still" ("three crew members are
    still listed as missing") tell the incident's.
    """
    for k in range(first + 1, last - 1):
        if lows[k] not in _REGISTER_VERBS or lows[k + 1] != "as":
            continue
        be = lows[max(first, k - 1 - _REGISTER_GAP) : k]
        # (the past, and those "still" listed, are an incident's: "were listed
        # as missing", "three crew are still listed as missing")
        if _HELD_NOW.isdisjoint(be) or "were" in be or "still" in be:
            return False
        after = lows[last : last + _REGISTER_INCIDENT_REACH]
        around = lows[max(0, first - _REGISTER_INCIDENT_REACH) : last + _REGISTER_INCIDENT_REACH]
        return lx.AFTER_WORDS.isdisjoint(after) and _EVENT_NOUNS.isdisjoint(around)
    return False


def held_stock(lows: list[str], first: int, last: int, *, detained: bool) -> bool:
    """A custody (of the ``detained``) or a register's state that stands: a stock, no incident."""
    return (detained and custody_stock(lows, first, last)) or register_stock(lows, first, last)


#: How far past a relative clause's "missing" the main clause's verb may stand.
_FOUND_REACH = 12
#: How many words a reporting aside between commas may hold (", officials said,").
_ASIDE_WORDS = 4


def found_since(tokens: list[Token], first: int, k: int) -> bool:
    """
    Whether the state "missing" at ``k`` is told in a relative clause on the
    group starting at ``first`` ("eight people who had been missing", "four
    hikers who went missing on Friday") whose main verb tells them found,
    rescued or back ("... walked into a police post on Tuesday", "... were
    found alive on Sunday"): those missing are missing no more.  The main
    verb is the first finite verb after the clause, past a phrase of "after"
    or "before" ("after the raid", "before their arrest") and a reporting
    aside (", officials said,"), past no clause of its own ("when their boat
    capsized", "after they returned"), and none negated ("have not been
    found", "were never found", "have yet to be found").
    """
    if not any(t.low in lx.RELATIVE_PRONOUNS for t in tokens[first:k]):
        return False
    end = min(len(tokens), k + _FOUND_REACH)
    j = k + 1
    while j < end:
        low = tokens[j].low
        if low == ",":
            j = _past_aside(tokens, j)
            if j < 0:
                return False
            continue
        if low in (".", "!", "?") or low in lx.REPORTING_VERBS or _opens_clause(tokens, j):
            return False  # (another clause's verb: "when they returned", "said they had found")
        if low in lx.DENYING_ADVERBS or any(words_at(tokens, j, p) for p in lx.NOT_YET_PHRASES):
            return False  # "have not been found", "have yet to be found"
        if low in lx.FOUND_AGAIN_WORDS and (low != "turned" or words_at(tokens, j + 1, ("up",))):
            return j + 1 >= len(tokens) or tokens[j + 1].low != "no"  # (not "found no trace")
        j += 1
    return False


def _opens_clause(tokens: list[Token], j: int) -> bool:
    """
    Whether the word at ``j`` opens a clause of its own (``lx.CLAUSE_BREAKS``):
    "after" and "before" only before a subject, not before a phrase's
    determiner ("after the raid", "before their arrest", "after being
    seized").
    """
    low = tokens[j].low
    return low in lx.CLAUSE_BREAKS and (
        low not in ("after", "before") or not _opens_phrase(tokens, j + 1)
    )


def _opens_phrase(tokens: list[Token], j: int) -> bool:
    """Whether the word at ``j`` opens a noun phrase ("the raid", "their arrest", "being")."""
    return j < len(tokens) and (tokens[j].low in lx.NOUN_PHRASE_STARTS or tokens[j].is_digits)


def _past_aside(tokens: list[Token], j: int) -> int:
    """
    The index past a reporting aside that opens with the comma at ``j`` (",
    officials said,"), else ``-1``: a comma ends the scan.
    """
    for m in range(j + 1, min(len(tokens), j + 2 + _ASIDE_WORDS)):
        if tokens[m].low == ",":
            said = any(t.low in lx.REPORTING_VERBS for t in tokens[j + 1 : m])
            return m + 1 if said else -1
        if not tokens[m].is_word:
            return -1
    return -1
