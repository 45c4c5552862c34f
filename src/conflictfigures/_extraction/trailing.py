"""
Members that follow a complete figure with no verb of their own: more of
its category added by "as well as", "in addition to", "along with" or
"plus" ("One officer was killed and four injured, in addition to 3
civilians"), past an aside on a share of it; a further host of refugees
("followed by Iran with 3.4 million"); a rival's count of the same people
("17, according to an army spokesman").  Moved out of :mod:`.lists` in
session 44.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from conflictfigures import _lexicon as lx
from conflictfigures._extraction.chunks import read_np
from conflictfigures._extraction.heads import side_of
from conflictfigures._extraction.lists import (
    ADDER_ENDS,
    ADDERS,
    ASIDE_OPENERS,
    same_kind,
    share_opens,
)
from conflictfigures._extraction.numbers import count_word
from conflictfigures._extraction.phrases import phrase_between
from conflictfigures._extraction.reading import Reading
from conflictfigures._extraction.text import words_at

if TYPE_CHECKING:
    from conflictfigures._extraction.numbers import NumberReading
    from conflictfigures._extraction.text import Token
    from conflictfigures.models import Category

__all__ = ["MEMBER_LEADS", "companion_link", "host_member", "rival_member", "trailing_member"]


#: The words :func:`trailing_member` and :func:`host_member` need right before
#: a number: after any other word neither reads it.
MEMBER_LEADS = ADDER_ENDS | {"with"}


#: The words that join a list's first member to the next as a companion
#: ("a HIG leader along with two suspected insurgents was detained").
_COMPANION_LINKS = (("along", "with"), ("together", "with"), ("as", "well", "as"))


def companion_link(tokens: list[Token], k: int) -> bool:
    """Whether :data:`_COMPANION_LINKS` words start at ``k`` (one further member follows)."""
    return any(words_at(tokens, k, words) for words in _COMPANION_LINKS)


def trailing_member(tokens: list[Token], prev: Reading, num: NumberReading) -> Reading | None:
    """
    ``FIGURE SHARE_ASIDE? ","? ("in addition to" | "as well as" | "along
    with" | "plus") NUMBER NP (("," | "and") NUMBER NP)*``, with no verb of its own:
    more people (or equipment) of the figure's category ("One officer was
    killed and four injured, in addition to 3 civilians"; "745 civilians,
    most of them Alawites, as well as 125 soldiers and 148 fighters").
    """
    j = num.first
    if j == 0:
        return None
    before = tokens[j - 1].low
    if before in ("and", ",") and j - 1 == prev.last and _added(tokens, prev):
        # the adder's list goes on: "as well as 125 soldiers and 148
        # fighters", "along with 70 automatic rifles, nine rocket launchers"
        k = prev.last
    elif before not in ADDER_ENDS:
        return None
    else:
        for words in ADDERS:
            k = j - len(words)
            if k >= 0 and words_at(tokens, k, words):
                break
        else:
            return None
        if k > 0 and tokens[k - 1].text == ",":
            k -= 1
    if num.stated is None or not (
        k == prev.last
        or _share_aside(tokens, prev.last, k)
        # (past the figure's phrase of place or time: "were killed in the
        # fighting around the city, along with three Malawian peacekeepers")
        or (tokens[k].text == "," and phrase_between(tokens, prev.last, k))
    ):
        return None
    start, end, _ = read_np(tokens, num.last)
    if end <= start or not same_kind(tokens[end - 1].low, prev.category):
        return None
    category: Category | None = prev.category
    if (
        end < len(tokens)
        and not prev.category.is_equipment
        and tokens[end].low in lx.PASSIVE_TRIGGERS
    ):
        # "41 were killed along with 63 members wounded": the member's own participle
        category = lx.PASSIVE_TRIGGERS[tokens[end].low][0]
    if category is None:
        return None
    r = Reading(num, category)
    r.np, r.head, r.last = (start, end), tokens[end - 1].low, end
    r.side = side_of(tokens, start, end)
    return r


def _added(tokens: list[Token], r: Reading) -> bool:
    """Whether a figure's number follows an adder's words ("as well as 125 soldiers")."""
    j = r.number.first
    return any(j >= len(words) and words_at(tokens, j - len(words), words) for words in ADDERS)


#: How many tokens an aside on a share of a figure may hold before an adder.
_SHARE_ASIDE_TOKENS = 16


def _share_aside(tokens: list[Token], start: int, end: int) -> bool:
    """
    ``"," ((PART_QUANTIFIER | NUMBER) "of" ("them" | "whom") | ASIDE_OPENER)
    WORD*`` from ``start`` to the comma at ``end``: an aside on a share of
    the figure before it, with no other number, mark or break of its own
    ("745 civilians, most of them Alawites killed in executions in Latakia,
    as well as 125 members of government security forces"; "Eight other
    children were injured, five of them critically, along with two adults").
    """
    if not (
        end < len(tokens)
        and 2 < end - start <= _SHARE_ASIDE_TOKENS
        and tokens[start].text == ","
        and tokens[end].text == ","
    ):
        return False
    first = tokens[start + 1]
    # (a share counted by its own number: "Eight other children were
    # injured, five of them critically, along with two adults")
    counted = bool(count_word(first)) or first.is_digits
    opened = first.low in ASIDE_OPENERS or share_opens(tokens, start + 1)
    rest = start + 2 if counted else start + 1
    return opened and not any(
        count_word(t) or not (t.is_word or t.text in ("'", "-")) for t in tokens[rest:end]
    )


#: How many words may stand between a stock and the next host's "with".
_HOST_REACH = 8


def host_member(tokens: list[Token], prev: Reading, num: NumberReading) -> Reading | None:
    """
    ``STOCK WORD{0,8} COUNTRY "with" NUMBER NP?``: a further host of the
    refugees (or displaced people) counted just before, by its own number
    ("Turkey hosts 3.4 million refugees, followed by Iran with 3.4 million
    and Colombia with 2.5 million").  The number's group, when it has one,
    is the stock's own.
    """
    j = num.first
    if (
        j < 2
        or num.stated is None
        or tokens[j - 1].low != "with"
        or tokens[j - 2].low not in lx.COUNTRIES
        or prev.category not in lx.DISPLACEMENT_CATEGORIES
        or not 0 < j - 2 - prev.last <= _HOST_REACH
        or any(not (t.is_word or t.text == ",") for t in tokens[prev.last : j - 2])
    ):
        return None
    start, end, _ = read_np(tokens, num.last)
    if end > start and tokens[end - 1].low != prev.head:
        return None
    r = Reading(num, prev.category)
    r.np, r.head, r.last = (start, end), prev.head, max(end, num.last)
    return r


#: How far after a figure another source's number for it may stand.
_RIVAL_REACH = 14


#: Verbs another source gives its number with, right before it ("some sources say 36").
_RIVAL_VERBS = frozenset(
    {"say", "says", "said", "put", "puts", "gave", "give", "gives"}
    # a count another source confirmed or kept ("the governor's office later confirmed 27")
    | {"confirmed", "confirms", "reported", "reports", "counted", "recorded", "estimated"}
)


def rival_member(tokens: list[Token], prev: Reading, num: NumberReading) -> Reading | None:
    """
    ``FIGURE ... "," NUMBER NP? "according" "to" SOURCE`` or ``FIGURE "," SOURCE
    ("say" | "says" | ...) NUMBER`` (or ``FIGURE ... ";" SOURCE "says" NUMBER``):
    another source's number for the people of the figure before, its verb
    left out ("23 dead according to the local administrator, 17 according to
    an army spokesman"; "At least 30 people were killed, some sources say
    36"; "official says 2,600 dead in Beijing crackdown; government says
    300").  A figure of the same category and group, no more people: a tally
    reads the two as rival reports.
    """
    j, n = num.first, len(tokens)
    if num.stated is None or num.article or j <= prev.last or j - prev.last > _RIVAL_REACH:
        return None
    gap = tokens[prev.last : j]
    semicolon = any(t.text == ";" for t in gap)
    if not (semicolon or "," in (t.text for t in gap)) or any(
        t.low in lx.PASSIVE_TRIGGERS or t.low in lx.ACTIVE_TRIGGERS or t.is_digits for t in gap
    ):
        return None
    start, end, _ = read_np(tokens, num.last)
    if end > start and tokens[end - 1].low != prev.head:
        return None
    after = max(end, num.last)
    according = after + 1 < n and tokens[after].low == "according" and tokens[after + 1].low == "to"
    said = j > 0 and tokens[j - 1].low in _RIVAL_VERBS and gap[-2].text != ","
    # (a semicolon sets another source's clause apart: "Red Cross official
    # says 2,600 dead in Beijing crackdown; government says 300")
    # (the number ends its clause: not "; police say 21 were arrested")
    bare = (
        after >= n
        or not tokens[after].is_word
        # (the source's next verb: "later confirmed 27 and said that ...")
        or (after + 1 < n and tokens[after].low == "and" and tokens[after + 1].low in _RIVAL_VERBS)
    )
    if not (according or (said and (gap[0].text == "," or (semicolon and bare)))):
        return None
    r = Reading(num, prev.category)
    r.np, r.head, r.last = (start, end), prev.head, after
    r.side, r.rival = prev.side, according
    return r
