"""
Gapped lists: further members of a list whose verb is left out, told by
their place or day ("11 dead in Greece, 4 in Bulgaria, 7 in Turkey", "killed
12 villagers in Kware and another 4 at Kubwa Sabo", "21 bodies had been
recovered inside the church and six more in nearby houses"), and the
country lists of stocks ("Turkey hosts 3.2 million refugees, Lebanon about
800,000").  Moved from :mod:`lists` in session 32 (it passed 900 lines).
"""

from __future__ import annotations

import bisect
import datetime as dt
from typing import TYPE_CHECKING

from conflictfigures import _lexicon as lx
from conflictfigures._extraction.chunks import read_np
from conflictfigures._extraction.dates import day_of, shift, year_of
from conflictfigures._extraction.gazetteer import country_start
from conflictfigures._extraction.reading import Reading
from conflictfigures._extraction.text import GLUED, past_form
from conflictfigures.models import Category, Qualifier

if TYPE_CHECKING:
    from conflictfigures._extraction.dates import DateMention
    from conflictfigures._extraction.numbers import NumberReading
    from conflictfigures._extraction.text import Token

__all__ = ["GAP_PLACE_PREPS", "gapped_day", "gapped_member"]


#: How many capitalized words a place of a gapped list may hold.
_PLACE_WORDS = 4
#: How many tokens may stand between two members of a gapped list.
_GAP_TOKENS = 12
#: The prepositions of a gapped member's place ("4 in Anka", "another 4 at
#: Kubwa Sabo", "3 near Kupiansk").
GAP_PLACE_PREPS = frozenset({"in", "at", "near"})
#: The words of a gapped member that count further people of the group
#: before ("and 2 more at Amo", "and three others in Kano").
_GAP_FURTHER = frozenset({"more", "others", "other"})


#: Adverbs of time between a gapped member's number and its place.
_GAP_ADVERBS = frozenset({"later", "earlier"})


def _place_end(tokens: list[Token], k: int) -> int | None:
    """
    ``("in" | "at" | "near") "the"? NAME{1,4} (PLACE_NOUN | SITE_NOUN)? STREET?``
    at ``k`` ("in Maru", "in the Kharkiv region", "at Kubwa Sabo village",
    "at the Al Noor mosque on Deans Avenue"): the index after the place,
    else ``None``.
    """
    n = len(tokens)
    if k + 1 >= n or tokens[k].low not in GAP_PLACE_PREPS:
        return None
    m = k + 2 if tokens[k + 1].low == "the" else k + 1
    if m > k + 1:
        # a common noun of the place before its name: "in the neighbouring
        # village of Mabanta", "in the district of Kailali"
        noun = m + 1 if m + 1 < n and not tokens[m].is_capitalized and tokens[m].is_word else m
        if (
            noun + 2 < n
            and tokens[noun].low in lx.PLACE_NOUNS
            and tokens[noun + 1].low == "of"
            and tokens[noun + 2].is_capitalized
        ):
            m = noun + 2
    start = m
    while (
        m < n
        and m <= start + _PLACE_WORDS
        and (
            (tokens[m].is_capitalized and tokens[m].is_word)
            # a hyphen inside a name: "Castilla-La Mancha"
            or (
                m > start
                and tokens[m].text == "-"
                and tokens[m].gap == GLUED
                and m + 1 < n
                and tokens[m + 1].is_capitalized
            )
        )
    ):
        m += 1
    if m == start:
        return None
    if m < n and (tokens[m].low in lx.PLACE_NOUNS or tokens[m].low in lx.SITE_NOUNS):
        m += 1  # "at Kubwa Sabo village", "at the Linwood mosque"
    if (
        m + 2 < n
        and tokens[m].text == "("
        and tokens[m + 1].text.isupper()
        and tokens[m + 2].text == ")"
    ):
        m += 3  # its acronym: "at the Jinnah Postgraduate Medical Centre (JPMC)"
    return _street_end(tokens, m) or m


def _street_end(tokens: list[Token], k: int) -> int | None:
    """
    ``"on" NAME{1,4} STREET`` at ``k``, the street a place stands on ("at the
    Al Noor mosque on Deans Avenue"): the index after it, else ``None``.
    """
    n = len(tokens)
    if k + 2 >= n or tokens[k].low != "on":
        return None
    m = k + 1
    while m < n and m <= k + _PLACE_WORDS and tokens[m].is_capitalized and tokens[m].is_word:
        m += 1
    return m if m > k + 1 and tokens[m - 1].low in _STREET_NOUNS else None


#: Street nouns, capitalised as the end of a street's name ("Deans Avenue").
_STREET_NOUNS = frozenset({"avenue", "street", "road", "boulevard", "lane", "drive", "highway"})


#: Prepositions of a place told by common nouns ("in nearby houses",
#: "inside the church"), read only beside a member of further people.
_COMMON_PLACE_PREPS = frozenset({"in", "at", "near", "inside", "outside", "on"})
#: Words that may end such a place: a joiner, or a relative clause about it
#: ("in nearby houses that had been set on fire").
_COMMON_PLACE_ENDS = frozenset({"and", "or", "but"}) | lx.RELATIVE_PRONOUNS


def _common_place_end(tokens: list[Token], k: int) -> int | None:
    """
    ``PREP WORD{1,4}`` at ``k``, ended by punctuation, a joiner or a relative
    pronoun ("inside the church", "in nearby houses that ..."): the index
    after the place, else ``None`` (a verb in it or after it makes it a
    clause of its own: "14 others inside the building were rescued", "20
    others in the building escaped unhurt").
    """
    n = len(tokens)
    if k + 1 >= n or tokens[k].low not in _COMMON_PLACE_PREPS:
        return None
    m = k + 1
    while m < n and m <= k + _PLACE_WORDS and tokens[m].is_word:
        low = tokens[m].low
        if low in _COMMON_PLACE_ENDS:
            break
        if low in lx.BE_FORMS or low in lx.AUXILIARIES or _participle(low):
            return None
        m += 1
    if m == k + 1 or (m < n and tokens[m].is_word and tokens[m].low not in _COMMON_PLACE_ENDS):
        return None
    return m


#: The words that open a figure's cause before its place ("died of suspected
#: sunstroke in Aurangabad", "killed by lightning in Ohio").
_CAUSE_OPENERS = frozenset({"of", "from", "by"})
#: How many words a cause before the place may hold.
_CAUSE_WORDS = 3


def _past_cause(tokens: list[Token], k: int) -> int:
    """
    ``("of" | "from" | "by") WORD{1,3}`` at ``k``, lower-case words right
    before a place ("of suspected sunstroke in Aurangabad"): the index of
    the place, else ``k``.
    """
    n = len(tokens)
    if k >= n or tokens[k].low not in _CAUSE_OPENERS:
        return k
    m = k + 1
    while (
        m < n
        and m <= k + _CAUSE_WORDS
        and tokens[m].is_word
        and not tokens[m].is_capitalized
        and tokens[m].low not in GAP_PLACE_PREPS
        and tokens[m].low not in lx.LIST_JOINERS
    ):
        m += 1
    return m if m > k + 1 and _place_end(tokens, m) is not None else k


#: A day told from another ("the previous night", "the following day").
_DAY_FROM_ANOTHER = lx.DAY_BEFORE_PAIRS | lx.DAY_AFTER_PAIRS
#: The parts of a day after its weekday ("on Tuesday night").
_WEEKDAY_PARTS = lx.PARTS_OF_DAY | {"night"}


def _day_end(tokens: list[Token], k: int, *, relative: bool = False) -> int | None:
    """
    ``"on" WEEKDAY PART_OF_DAY?``, or with ``relative`` ``"the"
    DAY_FROM_ANOTHER``, at ``k`` ("on Monday", "on Tuesday night", "the
    previous night"): the index after it, else ``None``.  A member told by
    a day from another is not read: its day would be the figure's.
    """
    n = len(tokens)
    if k + 1 < n and tokens[k].low == "on" and tokens[k + 1].low in lx.WEEKDAYS:
        return k + 3 if k + 2 < n and tokens[k + 2].low in _WEEKDAY_PARTS else k + 2
    if k + 2 < n and tokens[k].low == "on":
        return _calendar_day_end(tokens, k + 1)
    if relative and k + 1 < n:
        if (
            k + 2 < n
            and tokens[k].low == "the"
            and (tokens[k + 1].low, tokens[k + 2].low) in _DAY_FROM_ANOTHER
        ):
            return k + 3
        if tokens[k].low == "that" and tokens[k + 1].low in _THAT_DAY_PARTS:
            return k + 2  # "that evening", "that night"
    return None


#: The parts of a day told as the day of the figure before ("that evening").
_THAT_DAY_PARTS = _WEEKDAY_PARTS | {"day"}


def _calendar_day_end(tokens: list[Token], k: int) -> int | None:
    """
    ``DAY MONTH | MONTH DAY`` at ``k``, a day of the calendar ("8 August",
    "September 7"): the index after it (and after its year, "8 August
    2015"), else ``None``.
    """
    n = len(tokens)
    if k + 1 >= n:
        return None
    first, second = tokens[k], tokens[k + 1]
    if (day_of(first) is not None and second.low in lx.MONTHS) or (
        first.low in lx.MONTHS and day_of(second) is not None
    ):
        end = k + 2
    else:
        return None
    if (
        end + 1 < n
        and tokens[end].low in _DAY_RANGE_JOINERS
        and day_of(tokens[end + 1]) is not None
        and not (end + 2 < n and tokens[end + 2].low == "on" and _calendar_day_end(tokens, end + 3))
    ):
        return None  # days of a range: "on March 10 and 11 in Kano" (not "and 12 on March 11")
    if end + 1 < n and tokens[end].text == "," and year_of(tokens[end + 1]) is not None:
        return end + 2
    return end + 1 if end < n and year_of(tokens[end]) is not None else end


#: Words that join the days of a range ("March 10 and 11").
_DAY_RANGE_JOINERS = frozenset({"and", "to"}) | lx.DASHES


def _bare_care_end(tokens: list[Token], k: int) -> bool:
    """
    ``"in" ("the" | "a")? CARE_PLACE`` at ``k`` ending its member ("and one
    in hospital", "one in a hospital,"): nothing of a state after it.
    """
    n = len(tokens)
    if k + 1 >= n or tokens[k].low != "in":
        return False
    m = k + 2 if tokens[k + 1].low in ("the", "a") else k + 1
    return (
        m < n
        and tokens[m].low in lx.CARE_PLACE_WORDS
        and (m + 1 == n or not tokens[m + 1].is_word or tokens[m + 1].low in ("and", "or"))
    )


def _where_when_end(tokens: list[Token], k: int, *, relative: bool = False) -> int | None:
    """
    A place, a day, or a place and a day, at ``k`` ("in Maru on Monday", "on
    Saturday"; with ``relative``, "the previous night"): the index after
    them, else ``None``.
    """
    end = _place_end(tokens, k)
    if end is None:
        return _day_end(tokens, k, relative=relative)
    return _day_end(tokens, end, relative=relative) or end


def _list_gap_with_day(tokens: list[Token], k: int, end: int) -> int | None:
    """
    Whether ``tokens[k:end]`` holds only list joiners and at most one day
    ("..., on Sunday another 4 at Kubwa Sabo"): the gap of a gapped list.
    The index of the member's day in it (after a joiner: "and the next day
    another 4 at ..."), ``-1`` for none, else ``None`` (no gap of a list).
    """
    day, told = -1, False
    joined = False
    while k < end:
        if tokens[k].low in ("and", ","):
            k, joined = k + 1, True
            continue
        after = None if told else _day_end(tokens, k, relative=True)
        if after is None or after > end:
            return None
        # (a day before the joiner is the figure's own: "found near a canal
        # that evening and a further two")
        k, told, day = after, True, k if joined else -1
    return day


def _day_shift(tokens: list[Token], k: int) -> int:
    """
    The days from the day of the figure before to the one a day phrase at
    ``k`` tells ("the next day": 1, "the previous night": -1, "on Monday",
    "that evening": 0).
    """
    if k >= len(tokens) or tokens[k].low != "the":
        return 0
    pair = tuple(t.low for t in tokens[k + 1 : k + 3])
    return 1 if pair in lx.DAY_AFTER_PAIRS else -1 if pair in lx.DAY_BEFORE_PAIRS else 0


def gapped_day(
    r: Reading, before: tuple[dt.date | None, int], dates: list[DateMention], firsts: list[int]
) -> dt.date | None:
    """
    The day of a gapped member told by a day from the figure before's
    (``r.day_shift``: "Six people died on Friday, four the next day and two
    on Sunday": the four on Saturday): from the day of the figure before
    (``before``, with where it was told), else from the last of ``dates``
    (their first words ``firsts``) told before the member's own words;
    never from one told after them ("and two the next day, before a truce
    took hold on Monday"). ``None`` when neither is told.
    """
    day, told = before
    if day is None or told > r.first:
        j = bisect.bisect_left(firsts, r.first) - 1
        if j < 0 or dates[j].last > r.first:
            return None
        day = dates[j].date
    return None if day is None else shift(day, dt.timedelta(days=r.day_shift))


def _verb_of_its_own(low: str) -> bool:
    """Whether a word after a gapped member's place is a verb of the member's own."""
    return (
        low in lx.AUXILIARIES
        or _participle(low)
        or low in lx.INTRANSITIVE_VERBS
        or low in lx.FLIGHT_VERBS
        # "300 in Gaza City waiting for treatment"
        or (low.endswith("ing") and len(low) > _ING_WORD)
    )


#: How long a word in "-ing" must be to read as a verb's form ("waiting"; not "king").
_ING_WORD = 5


def _participle(low: str) -> bool:
    """Whether a word reads as a participle: a verb in the past in "-ed", or an irregular one."""
    return past_form(low) or low in lx.IRREGULAR_PARTICIPLES


def _own_passive_end(tokens: list[Token], k: int, end: int) -> int:
    """
    After a figure that counts itself ("21 bodies"), its own passive verb
    ("had been recovered", "were found"), before ``end``: the index after
    it, else ``k``.
    """
    m = k
    while m < end and (tokens[m].low in lx.AUXILIARIES or tokens[m].low in lx.BE_FORMS):
        m += 1
    if m > k and m < end and _participle(tokens[m].low):
        return m + 1
    if m > k + 1 and _participle(tokens[m - 1].low):
        return m  # "had been found": a participle that is an auxiliary's word too
    return k


def _stock_country(tokens: list[Token], j: int, num: NumberReading) -> int | None:
    """
    Where the country's name starts of a stock's member whose number starts
    at ``j``: ``("the" "Republic" "of")? COUNTRY "with"? QUALIFIER?
    NUMBER`` ("Lebanon 800,000", "Lebanon about 800,000", "the Republic of
    Moldova about 83,000", "Chad with around 120,000", "South Sudan with
    nearly 100,000"), else ``None``.
    """
    start = None
    for last in (j, j - 1) if num.qualifier is not Qualifier.EXACT else (j,):
        # (a qualifier outside the number's words: "Lebanon some 800,000")
        end = last - 1 if last > 0 and tokens[last - 1].low == "with" else last
        start = country_start(tokens, end) if end > 0 else None
        if start is not None:
            break
    if start is None:
        return None
    if start >= 2 and tokens[start - 1].low == "of" and tokens[start - 2].low == "republic":
        start -= 2  # "the Republic of Moldova"
    if start >= 1 and tokens[start - 1].low == "the":
        start -= 1
    return start


def _added_start(tokens: list[Token], j: int) -> int:
    """
    Where the words that tell a number at ``j`` counts more start: "another",
    "a further", "an additional" right before it; else ``j``.
    """
    if j < 1 or tokens[j - 1].low not in lx.ADDED_WORDS:
        return j
    return j - 2 if j >= 2 and tokens[j - 2].low in ("a", "an") else j - 1


def _country_told(tokens: list[Token], prev: Reading) -> bool:
    """
    ``COUNTRY REPORT_VERB FIGURE``: a figure a country tells or records of
    its own ("Indonesia reported 199 deaths"), whose list may go on with
    other countries' counts, their verb left out ("and India 98"); or such
    a country's count in the list ("France 3,200").
    """
    j = prev.number.first
    if prev.listed:
        return j >= 1 and country_start(tokens, j) is not None  # ("France 3,200 and Italy 2,900")
    return (
        j >= 2
        and (tokens[j - 1].low in lx.REPORTING_VERBS or tokens[j - 1].low in lx.TALLY_VERBS)
        and country_start(tokens, j - 1) is not None
    )


def gapped_member(tokens: list[Token], prev: Reading, num: NumberReading) -> Reading | None:
    """
    ``FIGURE WHERE_WHEN? ("," | "and")+ NUMBER NP? WHERE_WHEN`` or, for a
    stock, ``FIGURE ("," | "and")+ COUNTRY QUALIFIER? NUMBER``: a further
    member of a list whose verb is left out, counted in another place or on
    another day: "11 dead in Greece, 4 in Bulgaria, 7 in Turkey", "killed 6
    people in Maru on Monday, 4 in Anka on Tuesday", "killed 12 villagers in
    Kware and another 4 at Kubwa Sabo", "killed 7 on Friday and 9 on
    Saturday", "Turkey hosts 3.2 million refugees, Lebanon about 800,000 and
    Jordan 650,000".  The group, when the number has one, is the figure's
    own ("more" and "others" count further people of it); the figure's cause
    may stand before its place ("33 people died of suspected sunstroke in
    Aurangabad, 35 in Gaya and 10 in Nawada").
    """
    j = num.first
    if num.stated is None or num.article or j <= prev.last or j - prev.last > _GAP_TOKENS:
        return None
    k = _own_passive_end(tokens, prev.last, j)
    if k < j and tokens[k].low == "them" and tokens[k - 1].low == "of":
        k += 1  # "Colombia hosts about 2.8 million of them, Peru 1.6 million ..."
    # (or any count a country tells of its own: "Indonesia reported 199
    # deaths and India 98")
    stock = prev.category in lx.DISPLACEMENT_CATEGORIES or _country_told(tokens, prev)
    placed = True  # whether a place or a day must follow the number
    gap_end = j
    country = _stock_country(tokens, j, num) if stock else None
    if country is not None:
        gap_end, placed = country, False  # "..., Lebanon about 800,000"
    else:
        stock = False  # (a stock's member told by place, as any other)
    start, end, _ = read_np(tokens, num.last)
    # (further people may be told in places of common nouns: "21 bodies had
    # been recovered inside the church and six more in nearby houses")
    further = end > start and tokens[end - 1].low in _GAP_FURTHER
    common = False  # whether the figure's own place is told by common nouns
    place: int | None = None  # where the figure's own place or day ends
    if not stock:
        # "and another 4 at ...", "and a further two the next morning"
        gap_end = _added_start(tokens, j)
        place = _where_when_end(tokens, _past_cause(tokens, k), relative=True)
        if place is None:
            # (the figure's own place of common nouns: "28 bodies had been
            # found in a single bathroom and 14 on a stairwell"; not the
            # event it names, "killed in the tornado, five in Marshall County
            # and one in Cullman County": the parts of its count by place)
            place = _common_place_end(tokens, k)
            if place is not None and not (
                further
                or all(
                    t.low not in lx.INCIDENT_NOUNS and t.low not in lx.DISASTER_NOUNS
                    for t in tokens[k + 1 : place]
                )
            ):
                place = None
            common = place is not None
        if place is not None:
            k = place  # the place or day of the figure before
    gap_day = _list_gap_with_day(tokens, k, gap_end) if k < gap_end else None
    if gap_day is None:
        return None
    if end > start and tokens[end - 1].low not in (prev.head, *_GAP_FURTHER):
        return None
    after = max(end, num.last)
    if after < len(tokens) and tokens[after].low in _GAP_ADVERBS:
        after += 1  # "and one later in Christchurch Hospital"
    told = _where_when_end(tokens, after, relative=True)
    if (
        placed
        and told is None
        # (a place of common nouns only beside the figure's own: "inside the
        # church and six more in nearby houses", not "left three soldiers
        # killed and two others in the village"); a death list's member who
        # died in care, told alone ("42 died at Al Noor Mosque, seven at the
        # Linwood Islamic Centre and one in hospital"; not "25 in hospital in
        # critical condition", "40 in custody": a state of their own)
        and not (common and _common_place_end(tokens, after) is not None)
        and not (
            prev.listed
            and place is not None
            and prev.category is Category.KILLED
            and _bare_care_end(tokens, after)
        )
    ):
        return None  # a place or a day must follow: "4 in Bulgaria"
    if told is not None and told < len(tokens) and _verb_of_its_own(tokens[told].low):
        # a verb of its own: "Five died in Borno, 300 in Adamawa were
        # hospitalised", "12 were killed at the Jabalia camp, and 7,000 at
        # the Nuseirat camp fled south"
        return None
    r = Reading(num, prev.category)
    if gap_day >= 0:
        r.day_shift = _day_shift(tokens, gap_day)
    elif told is not None:
        own_day = _place_end(tokens, after) or after
        r.day_shift = _day_shift(tokens, own_day)
    r.np, r.head, r.last = (start, end), prev.head, max(end, num.last)
    r.side, r.perfect, r.cumulative = prev.side, prev.perfect, prev.cumulative
    r.listed = True  # one list with the figure before: its period is theirs
    return r
