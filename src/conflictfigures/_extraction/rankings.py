"""
Places ranked by a count, each with its own ("Jalisco has the highest
number with 14,964 missing, followed by Tamaulipas with 11,966 and México
state with 9,869"; "Sindh was the worst-hit province, accounting for 347
of the deaths, followed by Khyber Pakhtunkhwa with 264").  The places in
brackets ("followed by Punjab (214)") are :func:`.stocks.bracket_stocks`'.
New in session 51.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from conflictfigures import _lexicon as lx
from conflictfigures._extraction.numbers import NUMBER_STARTERS, read_number
from conflictfigures._extraction.reading import Reading

if TYPE_CHECKING:
    from conflictfigures._extraction.numbers import NumberReading
    from conflictfigures._extraction.text import Token
    from conflictfigures.models import Category

__all__ = ["ranked_places"]

#: The nouns a ranked place's count may take ("with 11,966 missing").
_MEMBER_NOUNS = lx.PEOPLE_NOUNS | frozenset(lx.STATE_GROUPS) | frozenset(lx.SELF_COUNTING_NOUNS)
#: How far before "followed by" the ranking's first count may stand.
_HEAD_REACH = 16
#: How many words a ranked place's name may hold ("México state", "Norte de Santander").
_PLACE_WORDS = 4
#: Lower-case words a place's name may hold ("México state", "Norte de Santander").
_PLACE_INNER = frozenset(
    {"state", "province", "region", "district", "county", "department", "governorate"}
    | {"city", "de", "del", "of", "al", "el"}
)


def ranked_places(
    tokens: list[Token], readings: list[Reading], earlier: Category | None
) -> list[Reading]:
    """
    ``COUNT ... "followed" "by" PLACE "with" NUMBER (("," | "and") PLACE
    "with" NUMBER)*``: a count for each place ranked after the first,
    of the first count's category: the figure read at it, else what its
    own words name (a state, "14,964 missing"; "of the deaths", "347 of
    the deaths"), else, for a count of a people or of no noun, the
    category of the figure before the sentence (``earlier``: "Bogotá
    remains the main destination, with 313,528 Venezuelans, ..., followed
    by Norte de Santander with 185,000").  The first count is read too when
    no figure holds it.  The readings to add, in order of their numbers.
    """
    lows = [t.low for t in tokens]
    n = len(tokens)
    k = next((j for j in range(1, n - 2) if lows[j] == "followed" and lows[j + 1] == "by"), None)
    if k is None:
        return []
    head = _head_before(tokens, k)
    if head is None:
        return []
    told = next((r for r in readings if r.number.first == head.first), None)
    category = told.category if told is not None else _named_category(lows, head.last, earlier)
    if category is None or category.is_equipment:
        return []
    held = {r.number.first for r in readings} | {
        p.number.first for r in readings for p in r.parts or ()
    }
    members: list[Reading] = []
    j = k + 2
    while (num := _ranked_member(tokens, j)) is not None and num.first not in held:
        members.append(_listed(num, category, told))
        j = num.last
        if j < n and lows[j] in _MEMBER_NOUNS:
            j += 1  # "with 11,966 missing", "with 185,000 people"
        if j + 1 < n and lows[j] == "," and lows[j + 1] == "and":
            j += 2
        elif j < n and lows[j] in (",", "and"):
            j += 1
        else:
            break
    if not members:
        return []
    if told is None:
        members.insert(0, _listed(head, category, None))
    return members


def _head_before(tokens: list[Token], k: int) -> NumberReading | None:
    """
    The last count in the few words before "followed" at ``k``, after "with",
    "for" or "of" the ranking's words ("has the highest number with 14,964
    missing", "accounting for 347 of the deaths"); else ``None``.
    """
    for j in range(k - 1, max(0, k - _HEAD_REACH) - 1, -1):
        tok = tokens[j]
        if tok.text in (".", ";", ":"):
            return None
        if (tok.is_digits or tok.low in NUMBER_STARTERS) and j > 0:
            num = read_number(tokens, j)
            if num is not None and num.last <= k and num.stated is not None and not num.article:
                return num if tokens[num.first - 1].low in ("with", "for") else None
    return None


def _named_category(lows: list[str], last: int, earlier: Category | None) -> Category | None:
    """
    The category the words after a count ending at ``last`` name: a state
    ("14,964 missing"), a whole after "of the" ("347 of the deaths"), a
    noun that counts itself ("347 deaths"); else, with no noun or a
    people's, the category of the figure before (``earlier``).
    """
    after = lows[last] if last < len(lows) else ""
    if after == "of" and last + 2 < len(lows) and lows[last + 1] == "the":
        after = lows[last + 2]
    named = lx.STATE_GROUPS.get(after) or lx.SELF_COUNTING_NOUNS.get(after)
    if named is not None:
        return named
    if after in (",", "") or after in lx.PEOPLE_NOUNS or after in lx.COUNTRY_DEMONYMS:
        return earlier
    return None


def _ranked_member(tokens: list[Token], j: int) -> NumberReading | None:
    """``PLACE "with" NUMBER`` at ``j``: the number, else ``None``."""
    n = len(tokens)
    m = j
    while (
        m < n
        and m - j < _PLACE_WORDS
        and (
            (tokens[m].is_capitalized and tokens[m].is_word)
            or (m > j and tokens[m].low in _PLACE_INNER)
        )
    ):
        m += 1
    if m == j or m + 1 >= n or tokens[m].low != "with":
        return None
    num = read_number(tokens, m + 1)
    return num if num is not None and num.stated is not None and not num.article else None


def _listed(num: NumberReading, category: Category, told: Reading | None) -> Reading:
    """A reading of a ranked place's count, in the time of the ranking's first figure."""
    r = Reading(num, category)
    if told is not None:
        r.cumulative = told.cumulative
    return r
