"""
Hosts: a country that takes people in ("Egypt has registered more than
500,000": refugees), countries with their counts in brackets that host
the people told before ("Turkey (460,000) and Iraq (168,000) account for
most of the rest"), and the sites or parts of a country whose people are
displaced at home ("110 displacement sites now shelter", "The Artibonite
department hosts").  Moved out of :mod:`.flight` in session 48.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from conflictfigures import _lexicon as lx
from conflictfigures._extraction.dates import year_of
from conflictfigures._extraction.gazetteer import country_start

if TYPE_CHECKING:
    from conflictfigures._extraction.numbers import NumberReading
    from conflictfigures._extraction.text import Token

__all__ = ["hosts_opening", "received_by_country", "sites_before"]


#: How many words may stand between a host country and its verb.
_HOST_GAP = 3
#: Those a country receives who are not refugees: freed captives, the dead.
_NOT_TAKEN_IN = lx.CAPTIVE_WORDS | {"detainees", "bodies", "remains", "body"}


def received_by_country(tokens: list[Token], k: int) -> int | None:
    """
    ``COUNTRY HOST_AUXILIARY{0,3} (RECEIVING_VERB | TAKE_IN_VERB "in")``
    ending at ``tokens[k]``, before its object: people a country took in,
    refugees ("Egypt has registered more than 500,000", "Ethiopia has taken
    in close to 40,000"); the verb's first index, else ``None`` (not "the
    hospital received 40 patients", "the ministry registered 12 deaths").
    """
    low = tokens[k].low
    if low == "in" and k > 0 and tokens[k - 1].low in lx.TAKE_IN_VERBS:
        k -= 1
    elif low not in lx.RECEIVING_VERBS:
        return None
    if any(t.low in _NOT_TAKEN_IN for t in tokens[k + 1 : k + 1 + _HOST_GAP + 3]):
        return None  # "Israel received four hostages": freed, not taken in
    j = k
    while j > 0 and k - j < _HOST_GAP and tokens[j - 1].low in lx.HOST_AUXILIARIES:
        j -= 1
    if j > 1 and tokens[j - 1].text == ",":
        # past an aside on the country: "Moldova, a country of 2.6 million, has taken in"
        opened = next(
            (m for m in range(j - 2, max(0, j - 2 - _ASIDE_WORDS), -1) if tokens[m].text == ","),
            None,
        )
        if opened is not None:
            j = opened
    return k if j > 0 and country_start(tokens, j) is not None else None


#: How many tokens an aside on a host country may hold.
_ASIDE_WORDS = 10


#: How far before a verb of hosting its subject's sites may stand.
_SITES_REACH = 3
#: How far before such a verb the relative pronoun of its clause may stand.
_RELATIVE_REACH = 5


def sites_before(tokens: list[Token], verb: int) -> bool:
    """
    Whether the subject right before a verb of hosting names sites or camps
    ("110 displacement sites now shelter", "the camps host") or a named
    part of a country ("The Artibonite department hosts"): the people they
    hold are displaced in their own country, not refugees.
    """
    lo = max(0, verb - _SITES_REACH)
    for k in range(verb - 1, max(0, verb - _RELATIVE_REACH) - 1, -1):
        if tokens[k].low in lx.RELATIVE_PRONOUNS:
            # past a relative clause to its noun: "the Bulengo and Lushagala
            # sites, which were already hosting more than 300,000 people"
            lo = max(0, k - _SITES_REACH)
            break
        if not tokens[k].is_word:
            break
    if (
        verb > 1
        and tokens[verb - 1].low in lx.HOSTING_UNITS
        and tokens[verb - 2].is_capitalized
        and tokens[verb - 2].low not in lx.COUNTRIES
    ):
        return True  # "The Artibonite department hosts another 240,000": a part of the country
    return any(t.low in lx.SHELTER_SITES for t in tokens[lo:verb])


#: How many words after a list of hosts may hold the people told before.
_HOSTED_AGAIN_REACH = 6


def hosts_opening(tokens: list[Token], found: list[tuple[int, NumberReading]]) -> bool:
    """
    ``COUNTRY "(" NUMBER ")" (JOINER+ COUNTRY "(" NUMBER ")")+ WORD{0,5}
    HOSTED_AGAIN_WORD`` opening the sentence, the last word ending its clause:
    countries that host some of the people told before, with their counts
    ("Turkey (460,000), Iraq (168,000) and Egypt (110,000) account for most
    of the rest"); no count a year ("Turkey (2011) and Iraq (2013)").
    """
    end, n = 0, len(tokens)
    for k, num in found:
        start = country_start(tokens, k)
        if (
            start is None
            or year_of(tokens[k + 1]) is not None
            or any(t.low not in lx.LIST_JOINERS for t in tokens[end:start])
        ):
            return False
        end = next((j + 1 for j in range(num.last, n) if tokens[j].text == ")"), n)
    for j in range(end, min(n, end + _HOSTED_AGAIN_REACH)):
        if tokens[j].low in lx.HOSTED_AGAIN_WORDS:
            return j + 1 == n or not tokens[j + 1].is_word
        if not tokens[j].is_word:
            return False
    return False
