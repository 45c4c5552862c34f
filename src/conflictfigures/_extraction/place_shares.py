"""
Shares by place: a figure followed by its split across places in a gapped
list with no verb of its own ("Floods have killed 96 people in the region,
71 in Kenya and 25 in Tanzania"; "At least 60 people died in the heatwave,
41 in Sindh and the rest in Balochistan"; "The combined death toll in
Turkey and Syria passed 21,000, with 17,674 people confirmed dead in Turkey
and at least 3,377 in Syria").  The members are parts of the figure, not
further members of a list ("Storms killed 12 people in Kenya, 7 in Uganda
and 5 in Tanzania": 24), when the figure's words name their places among
others ("in Turkey and Syria"), when the list leaves "the rest" of the
figure to a last place, or when the figure's place is wide ("across",
"throughout", "along") or names none (an event, a day, a noun of a region:
"in the heatwave", "in the region") and the list adds up to no more than
the figure.  A country holds no place here ("Five people were killed in
Israel, three in Gaza": 8), nor does a list's member ("9 in Lagos, 4 in
Ibadan, 2 in Abeokuta").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from conflictfigures import _lexicon as lx
from conflictfigures._extraction.gapped import GAP_PLACE_PREPS
from conflictfigures._extraction.numbers import read_number
from conflictfigures._extraction.phrases import phrase_between
from conflictfigures._extraction.text import words_at

if TYPE_CHECKING:
    from conflictfigures._extraction.reading import Reading
    from conflictfigures._extraction.text import Token

__all__ = ["next_place_share", "place_share", "share_place"]


#: How many words a share's place's name may hold.
_NAME_WORDS = 4
#: Prepositions of a place that spreads over others ("across central Europe").
_WIDE_PREPS = frozenset({"across", "throughout", "along"})
#: Prepositions before a place named in a figure's phrase.
_NAMED_PREPS = lx.PLACE_PREPS | {"at", "on", "along"}
#: How many shares a list of them may hold.
_SHARES = 12


def share_place(tokens: list[Token], k: int) -> tuple[int, int] | None:
    """
    ``("in" | "at" | "near") "the"? (NEAR_WORD | DIRECTION)* NAME{1,4}
    (PLACE_NOUN | SITE_NOUN)?`` at ``k`` ("in Kenya", "in Pakistan's Sindh
    province", "in neighbouring Balochistan", "at Al-Shifa hospital"): the
    first token of the name and the index after the place, else ``None``.
    """
    n = len(tokens)
    if k + 1 >= n or tokens[k].low not in GAP_PLACE_PREPS:
        return None
    m = k + 2 if tokens[k + 1].low == "the" else k + 1
    while m < n and (tokens[m].low in lx.NEAR_WORDS or tokens[m].low in lx.DIRECTIONS):
        m += 1
    start = m
    while (
        m < n
        and m - start < _NAME_WORDS
        and (
            _name_word(tokens[m])
            # a hyphen inside a name: "Al-Shifa"
            or (m > start and tokens[m].text == "-" and m + 1 < n and _name_word(tokens[m + 1]))
        )
    ):
        m += 1
    if m == start:
        return None
    if m < n and (tokens[m].low in lx.PLACE_NOUNS or tokens[m].low in lx.SITE_NOUNS):
        m += 1  # "in Borno state", "at Al-Shifa hospital"
    return start, m


def _name_word(tok: Token) -> bool:
    """Whether a token may be a word of a place's name: capitalized, no day and no month."""
    return (
        tok.is_word
        and tok.is_capitalized
        and tok.low not in lx.WEEKDAYS
        and tok.low not in lx.MONTHS
    )


#: How many lowercase modifiers may stand between an article and a site's
#: noun ("in a remote village", "at a crowded market").
_SITE_MODIFIERS = 2


def _names(tokens: list[Token], start: int, end: int) -> tuple[int, ...]:
    """
    Where the names of the places told in ``tokens[start:end]`` start: a
    name, a compass point ("in the north") or one site (``lx.ONE_SITE_NOUNS``:
    "in a village", "in a remote village", "at the rally").
    """
    out = []
    for k in range(start, end - 1):
        if tokens[k].low in _NAMED_PREPS:
            article = tokens[k + 1].low in ("the", "a", "an") and k + 2 < end
            m = k + 2 if article else k + 1
            while m < end - 1 and tokens[m].low in lx.DIRECTIONS and _name_word(tokens[m + 1]):
                m += 1  # "in northern Nigeria"
            if article:
                m = _site_after(tokens, m, end)
            if (
                _name_word(tokens[m])
                or tokens[m].low in lx.DIRECTIONS
                or tokens[m].low in lx.ONE_SITE_NOUNS
            ):
                out.append(m)
    return tuple(out)


def _site_after(tokens: list[Token], m: int, end: int) -> int:
    """
    The index of a site's noun up to ``_SITE_MODIFIERS`` lowercase words
    after ``m`` ("remote village", "small town"), else ``m``.
    """
    for j in range(m, min(end, m + _SITE_MODIFIERS + 1)):
        tok = tokens[j]
        if tok.low in lx.ONE_SITE_NOUNS:
            return j
        if not tok.is_word or tok.is_capitalized or tok.low in lx.PLACE_PREPS:
            break
    return m


def _among_others(tokens: list[Token], start: int, end: int, name: str) -> bool:
    """
    Whether ``tokens[start:end]`` names the place ``name`` beside another,
    joined by "and" or a comma ("the combined death toll in Turkey and Syria").
    """
    for k in range(start, end):
        if tokens[k].low == name and tokens[k].is_capitalized:
            near = {tokens[m].low for m in (k - 1, k + 1) if start <= m < end}
            if "and" in near or "," in near:
                return True
    return False


def _holds(tokens: list[Token], start: int, end: int) -> bool:
    """
    Whether the place phrase of a figure in ``tokens[start:end]`` may hold
    the places of its shares: a wide one ("across central Europe", "along
    the coast of Florida"), or none named ("in the region", "in the
    heatwave", "on Monday").
    """
    return any(tokens[k].low in _WIDE_PREPS for k in range(start, end)) or not _names(
        tokens, start, end
    )


def _list_sum(tokens: list[Token], share: Reading, k: int) -> tuple[int, bool]:
    """
    The sum of the list of shares from ``share`` (its place ending at
    ``k``), each ``("," | "and")+ NUMBER PLACE``, and whether "the rest" of
    the figure ends it ("and the rest in neighbouring Balochistan").
    """
    total = share.number.stated or 0
    n = len(tokens)
    for _ in range(_SHARES):
        m = k
        while m < n and tokens[m].low in (",", "and"):
            m += 1
        if m == k:
            break
        # (the words of what the others leave: "and the rest in Balochistan")
        if any(words_at(tokens, m, ("the", rest)) for rest in lx.HOSTED_AGAIN_WORDS):
            return total, True
        num = read_number(tokens, m)
        place = share_place(tokens, num.last) if num is not None and num.stated else None
        if num is None or num.stated is None or place is None:
            break
        total, k = total + num.stated, place[1]
    return total, False


def _further(tokens: list[Token], share: Reading) -> bool:
    """Whether a share's words count further people ("3 more in Gaza City", "another 3")."""
    return share.first > 0 and (
        tokens[share.first - 1].low in lx.ADDED_WORDS
        or any(tok.low in lx.FURTHER_WORDS for tok in tokens[share.first : share.last])
    )


def place_share(tokens: list[Token], whole: Reading, share: Reading) -> bool:
    """
    ``WHOLE PHRASE? "," ("with" SHARE | NUMBER) PLACE``, a share told by its
    place after a figure and its own phrase of place, time or cause (its
    number alone, "71 in Kenya", or after "with" its own words too, "with
    17,674 people confirmed dead in Turkey"): the first of the figure's
    parts by place, when the figure's words name its place among others,
    or the list of shares leaves "the rest" of the figure to a last place,
    or the figure's place holds theirs (:func:`_holds`) and they add up to
    no more than it.
    """
    lead = share.first - 1
    if lead < whole.last or whole.listed:
        return False  # (no share of a list's member: "9 in Lagos, 4 in Ibadan, 2 in Abeokuta")
    if tokens[lead].low == "with":
        lead -= 1
    elif share.last > share.number.last:
        return False  # (words of its own only after "with": "Ten died on Monday, three died ...")
    place = share_place(tokens, share.last) if tokens[lead].text == "," else None
    if (
        place is None
        or _further(tokens, share)
        or not (lead == whole.last or phrase_between(tokens, whole.last, lead))
    ):
        return False
    if _among_others(tokens, whole.first, lead, tokens[place[0]].low):
        return True
    stated = whole.number.stated
    total, rest = _list_sum(tokens, share, place[1])
    if stated is None:
        return False
    return (rest and total < stated) or (total <= stated and _holds(tokens, whole.first, lead))


def next_place_share(tokens: list[Token], whole: Reading, share: Reading) -> bool:
    """
    ``PART PLACE ("," | "and")+ SHARE PLACE``: a further share told by its
    place right after a part of ``whole`` told by its own ("71 of them in
    Kenya and 25 in Tanzania"), when the parts add up to no more than the
    whole, or the whole's words name the share's place among others ("The
    combined death toll in Turkey and Syria passed 21,000, with 17,674 ...
    in Turkey and at least 3,377 in Syria").
    """
    if not whole.parts or len(whole.parts) > _SHARES:
        return False
    told = share_place(tokens, whole.parts[-1].last)
    if told is None or told[1] >= share.first:
        return False
    place = share_place(tokens, share.last)
    if place is None or _further(tokens, share):
        return False
    if not all(tok.low in (",", "and") for tok in tokens[told[1] : share.first]):
        return False
    total = sum(p.number.stated or 0 for p in (*whole.parts, share))
    return total <= (whole.number.stated or 0) or _among_others(
        tokens, whole.first, whole.parts[0].first, tokens[place[0]].low
    )
