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
    "with" NUMBER)*``: a count for each place ranked after the first, at
    its place, of the first count's category (:func:`_ranked_category`).
    The first count is read too when no figure holds it.  The readings to
    add, in order of their numbers.
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
    category = told.category if told is not None else _ranked_category(tokens, head, earlier)
    if category is None or category.is_equipment:
        return []
    held = {r.number.first for r in readings} | {
        p.number.first for r in readings for p in r.parts or ()
    }
    members: list[Reading] = []
    j = k + 2
    while (member := _ranked_member(tokens, j)) is not None:
        num, place = member
        if num.first not in held:  # (a member another reader holds is passed, not the end)
            members.append(_listed(num, category, told, place))
        j = num.last
        if j < n and lows[j] in _MEMBER_NOUNS:
            j += 1  # "with 11,966 missing", "with 185,000 people"
        if j + 1 < n and lows[j] in (",", ";") and lows[j + 1] == "and":
            j += 2
        elif j < n and lows[j] in (",", ";", "and"):
            j += 1  # ("followed by Jordan with 515,000; Turkey, 460,000; and Egypt, 111,000")
        else:
            break
    if not members:
        return []
    opener = _subject_place(tokens, head.first)
    if told is None:
        members.insert(0, _listed(head, category, None, opener))
    elif told.place is None:
        told.place = opener  # "Sindh remains the worst-hit province with 578 deaths"
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
                before = tokens[num.first - 1].low
                # a superlative and a comma before it: the most, then its count
                superlative = before == "," and tokens[num.first - 2].low in lx.SIZE_SUPERLATIVES
                return num if before in ("with", "for") or superlative else None
    return None


def _ranked_category(
    tokens: list[Token], head: NumberReading, earlier: Category | None
) -> Category | None:
    """
    The category a ranking's first count names: by the words after it, a
    state ("14,964 missing"), a whole after "of the" ("347 of the deaths"),
    a noun that counts itself ("347 deaths"); else by the noun the ranking
    is of, before it ("reported the most deaths with 150"); else, with no
    noun or a people's after it and only a ranking's words before it
    ("Poland hosts the most with 1.5 million", "Bogotá remains the main
    destination, with 313,528 Venezuelans"), the category of the figure
    before the sentence (``earlier``).  ``None`` when the ranking is of
    something else ("Texas carried out the most executions with 8", "Spain
    received the most asylum requests with 120,000"; a review found them
    read as deaths).
    """
    lows = [t.low for t in tokens[max(0, head.first - 1 - _HEAD_REACH) : head.last + 3]]
    last = head.last - max(0, head.first - 1 - _HEAD_REACH)
    after = lows[last] if last < len(lows) else ""
    if after == "of" and last + 2 < len(lows) and lows[last + 1] == "the":
        after = lows[last + 2]
    named = lx.STATE_GROUPS.get(after) or lx.SELF_COUNTING_NOUNS.get(after)
    if named is not None:
        return named
    if not (after in (",", ".", "") or after in lx.PEOPLE_NOUNS or after in lx.COUNTRY_DEMONYMS):
        return None
    for tok in reversed(tokens[max(0, head.first - 1 - _HEAD_REACH) : head.first - 1]):
        low = tok.low
        if low in (".", ";", ":"):
            break
        noun = lx.STATE_GROUPS.get(low) or lx.SELF_COUNTING_NOUNS.get(low)
        if noun is not None:
            return noun  # "Ontario reported the most deaths with 150"
        if tok.is_word and not tok.is_capitalized and low not in _RANKING_WORDS:
            return None  # the ranking is of something else
    return earlier


#: The words of a ranking before its first count, which name nothing counted
#: ("Poland hosts the most with", "Jalisco has the highest number with").
_RANKING_WORDS = frozenset(
    {"the", "a", "an", "by", "far", "most", "highest", "largest", "biggest", "greatest"}
    | {"top", "main", "leading", "number", "share", "total", "toll", "tally", "worst"}
    | {"hardest", "hit", "affected", "has", "had", "have", "is", "was", "are", "were"}
    | {"remains", "remained", "remain", "hosts", "hosted", "host", "recorded", "records"}
    | {"reported", "reports", "registered", "counted", "saw", "sees", "accounts"}
    | {"accounted", "accounting", "led", "leads", "topped", "tops", "ranks", "ranked"}
    | {"alone", "also", "destination", "province", "state", "region", "district"}
    | {"county", "city", "country", "place", "lost", "took", "taken", "suffered"}
    | {"received", "in", "so", "people"}
)


def _ranked_member(tokens: list[Token], j: int) -> tuple[NumberReading, tuple[int, int]] | None:
    """
    ``"the"? PLACE ("with" | ",") NUMBER`` at ``j``: the number and the
    place's span, else ``None``.
    """
    n = len(tokens)
    if j < n and tokens[j].low == "the":
        j += 1  # "the Czech Republic with 500,000"
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
    # "Jordan with 515,000", or set off by a comma: "Turkey, 460,000"
    if m == j or m + 1 >= n or tokens[m].low not in ("with", ","):
        return None
    num = read_number(tokens, m + 1)
    if num is None or num.stated is None or num.article:
        return None
    return num, (j, m)


def _subject_place(tokens: list[Token], first: int) -> tuple[int, int] | None:
    """
    The place that is the subject of a ranking's verb before its first
    count at ``first`` ("Jalisco has the highest number with", "Officials
    say Jalisco has ...", "Sindh was the worst-hit province"): the
    capitalized words right before the first verb of a ranking, else ``None``
    (not "Police made the most arrests", "In Mexico, ...").
    """
    for v in range(1, first):
        if tokens[v].low not in _SUBJECT_VERBS:
            continue
        m = v
        while (
            m > 0
            and v - m < _PLACE_WORDS
            and tokens[m - 1].is_capitalized
            and tokens[m - 1].is_word
        ):
            m -= 1
        if m == v or tokens[m].low in _NOT_PLACES or (m > 0 and tokens[m - 1].low == "in"):
            return None
        return m, v
    return None


#: The verbs a ranked place is the subject of ("Jalisco has", "Sindh was").
_SUBJECT_VERBS = frozenset(
    {"has", "had", "is", "was", "remains", "remained", "hosts", "hosted", "recorded"}
    | {"reported", "registered", "saw", "accounts", "accounted", "accounting", "leads"}
    | {"led", "tops", "topped", "lost", "took", "suffered", "absorbed", "received"}
)


#: Capitalized words before a ranking's verb that name no place.
_NOT_PLACES = (
    lx.PRONOUNS
    | lx.DETERMINERS
    | {"this", "a", "an", "most", "some", "all", "officials", "police", "authorities"}
)


def _listed(
    num: NumberReading, category: Category, told: Reading | None, place: tuple[int, int] | None
) -> Reading:
    """
    A reading of a ranked place's count, at its place (so the tally keeps a
    whole with no place above the places it ranks), a total as the
    ranking's first figure is (a running total when no figure was read
    there: a ranking ranks totals).
    """
    r = Reading(num, category)
    r.place = place
    # (a ranking ranks totals: each place's count is one, never an incident's)
    r.cumulative = told.cumulative if told is not None else True
    return r
