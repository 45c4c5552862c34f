"""
Stocks: counts that stand without a verb of their own in the sentence, as
situation reports and ministries write them: places with their counts in
brackets ("Chad (600,000), Egypt (450,000)") and a ministry's dashed list
of losses ("tanks — 6,712 (+10)"). Households counted in their people
moved to :mod:`.households` in session 64.
"""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING

import attrs

from conflictfigures import _lexicon as lx
from conflictfigures._extraction.attribution import claimant_words, is_pronoun_claim
from conflictfigures._extraction.between import between_dates
from conflictfigures._extraction.chunks import read_np
from conflictfigures._extraction.claims import find_claims
from conflictfigures._extraction.counts import count, running_total
from conflictfigures._extraction.crossers import fleeing_noun
from conflictfigures._extraction.dates import find_dates
from conflictfigures._extraction.gazetteer import country_end
from conflictfigures._extraction.heads import noun_class
from conflictfigures._extraction.hosts import hosts_opening, received_by_country
from conflictfigures._extraction.numbers import NumberReading, read_number
from conflictfigures._extraction.periods import find_periods, last_day
from conflictfigures._extraction.rankings import ranked_places
from conflictfigures._extraction.reading import Reading
from conflictfigures._extraction.text import Sentence
from conflictfigures.models import Category, Qualifier, trusted_span

if TYPE_CHECKING:
    from collections.abc import Iterator

    from conflictfigures._extraction.text import Token
    from conflictfigures.models import Figure, Period, Source
    from conflictfigures.policy import BoundsPolicy


#: The smallest number in brackets read as a stock after a name that is no country.
_STOCK_FLOOR = 150
#: How many words an aside after the count may take inside its brackets
#: ("South Sudan (more than 1 million, including returnees)").
_ASIDE_WORDS = 6
#: How far before a bracket that follows no name its host country may stand
#: ("Egypt hosts the largest number (1.5 million)").
_HOST_REACH = 6


def _host_before(tokens: list[Token], k: int) -> bool:
    """
    ``COUNTRY WORD{1,5} "("`` with the "(" at ``k``: a country that opens the
    words before a bracket (its host: "Uganda hosts the most (900,000)").
    """
    for m in range(k - 2, max(-1, k - 1 - _HOST_REACH), -1):
        if not tokens[m].is_word:
            return False
        if country_end(tokens, m) is not None:
            return True
    return False


def _bracket_count(tokens: list[Token], k: int) -> NumberReading | None:
    """
    ``(NAME | COUNTRY WORD+) "(" NUMBER ("," WORD+)? ")"`` with the "(" at
    ``k``: the number, else ``None``.  The words after a comma are an aside
    on the count ("(more than 1 million, including returnees)").
    """
    n = len(tokens)
    if not (k > 0 and tokens[k - 1].is_word):
        return None
    if not tokens[k - 1].is_capitalized and not _host_before(tokens, k):
        return None
    num = read_number(tokens, k + 1) if k + 1 < n else None
    if num is None or num.stated is None or num.last >= n:
        return None
    j = num.last
    if tokens[j].low in lx.PERSON_UNITS:
        j += 1  # "(around 1.3 million people; 31.2% of the EU total)"
    if j < n and tokens[j].text in (",", ";"):
        # an aside on the count, or its share: "(more than 1 million,
        # including returnees)", "(956,000; 22.6%)", "(956,000, or 22.6%)"
        j += 1
        while (
            j < n
            and j - num.last <= _ASIDE_WORDS + 2
            and (tokens[j].is_word or tokens[j].is_digits or tokens[j].text == "%")
        ):
            j += 1
    return num if j < n and tokens[j].text == ")" else None


def _parts_between(
    tokens: list[Token], whole: Reading, bracket: int, counts: list[NumberReading]
) -> bool:
    """
    Whether the places in brackets after a stock break it down: a part's
    opener stands between the stock and the first bracket ("mostly to
    Uganda (80,000)", "including Chad (40,000)") and the counts add up to
    no more than the stock.
    """
    if whole.number.stated is None or sum(num.stated or 0 for num in counts) > whole.number.stated:
        return False
    return any(tokens[m].low in lx.PART_OPENERS for m in range(whole.last, bracket))


#: How many words the first place of a ranking may take ("Azad Jammu and Kashmir").
_RANKED_NAME_WORDS = 5


def _followed_by_name(tokens: list[Token], start: int, bracket: int) -> bool:
    """
    ``"followed" "by" NAME "("`` between ``start`` and the first bracket at
    ``bracket``: a ranking of places after a count ("with 427 deaths,
    followed by Punjab (214)"); not ages after a later event ("followed by a
    second blaze that destroyed the homes of Mary Jones (45)").
    """
    k = bracket - 1
    while k > start and bracket - k <= _RANKED_NAME_WORDS and tokens[k].is_capitalized:
        k -= 1
    return (
        k < bracket - 1 and k > start and tokens[k].low == "by" and tokens[k - 1].low == "followed"
    )


def bracket_stocks(
    tokens: list[Token], after: Reading | None = None, earlier: Category | None = None
) -> list[Reading]:
    """
    ``NAME "(" NUMBER ")" ("," | "and") NAME "(" NUMBER ")" ...`` in a
    sentence that counts one category of people and reads no other figure:
    a count for each place ("Chad (600,000), Egypt (450,000) and South
    Sudan (300,000) host the most refugees").  At least two are needed: one
    number in brackets after a name is more often a year or an aside; and
    the names are countries or the numbers large, for a small number in
    brackets after a name is an age ("Emma (16)").

    With no word of a category in the sentence, countries after a verb of
    flight, crossing or arrival and "to", "into", "across" or "in" are where
    refugees went ("They include people who crossed into Egypt (1.2
    million), South Sudan (about 850,000) ...").

    ``after``, a stock the sentence read before them, gives its category to
    the places listed after it ("Poland has registered 985,000 refugees,
    followed by the Czech Republic (380,000), Bulgaria (180,000) ...").
    ``earlier``, the category of the document's last figure before the
    sentence: after refugees, countries listed after "to", "into" or "in",
    in a sentence that opens on those people again, are where more of them
    went ("The rest have gone mainly to Hungary
    (180,163), Slovakia (128,169) and Moldova (82,762)").
    """
    start = 0 if after is None else after.last
    found = [
        (k, num)
        for k in range(start, len(tokens))
        if tokens[k].text == "(" and (num := _bracket_count(tokens, k))
    ]
    if len(found) < 2:
        return []
    # Ages in brackets after names are no stocks ("Emma (16) and Itting
    # Pontilla (45)"): the names must be countries, or the numbers large,
    # or a ranking after a count of the dead or hurt ("with 427 deaths,
    # followed by Punjab (214), Sindh (58) ... and Balochistan (24)").
    ranked = (
        after is not None
        and after.category in lx.HARM_CATEGORIES
        and _followed_by_name(tokens, after.last, found[0][0])
    )
    if (
        not ranked
        and not all(tokens[k - 1].low in lx.COUNTRIES for k, _ in found)
        and any((num.stated or 0) < _STOCK_FLOOR for _, num in found)
    ):
        return []
    counts = [num for _, num in found]
    if after is not None:
        listed = [Reading(num, after.category) for num in counts]
        if _parts_between(tokens, after, found[0][0], counts):
            # "About 120,000 people have fled, mostly to Uganda (80,000) and
            # Kenya (30,000)": where the people of the stock went
            after.parts = (after.parts or []) + listed
            return []
        return listed
    category: Category | None = None
    for tok in tokens:
        low = tok.low
        category = lx.SELF_COUNTING_NOUNS.get(low)
        if category is None:
            trig = lx.ACTIVE_TRIGGERS.get(low) or lx.PASSIVE_TRIGGERS.get(low)
            category = trig[0] if trig is not None else None
        if category is not None:
            break
    if category is None and all(_country_before(tokens, k) for k, _ in found):
        # "They include people who crossed into Egypt (1.2 million), South
        # Sudan (about 850,000) ...": the people a verb of flight takes into
        # the countries named are refugees
        category = _fled_into(tokens, found[0][0])
        if (
            category is None
            and earlier is Category.REFUGEES
            and (
                (
                    not _PEOPLE_AGAIN.isdisjoint(t.low for t in tokens[:_PEOPLE_AGAIN_WORDS])
                    and _abroad(tokens, found[0][0])
                )
                # "Turkey (460,000), Iraq (168,000) and Egypt (110,000) account
                # for most of the rest": the hosts open, the people follow
                or hosts_opening(tokens, found)
            )
        ):
            category = Category.REFUGEES
    if category is None or category is Category.CASUALTIES:
        return []
    return [Reading(num, category) for num in counts]


def listed_stocks(
    tokens: list[Token], lows: list[str], readings: list[Reading], earlier: Category | None
) -> list[Reading]:
    """
    The sentence's readings with the counts of places listed in brackets
    (:func:`bracket_stocks`: alone, or after a stock or a harm the sentence
    read first) or ranked after "followed by" with "with" their counts
    (:func:`.rankings.ranked_places`) added, in order of their numbers.
    """
    if "(" in lows and not readings:
        return bracket_stocks(tokens, earlier=earlier)  # "Chad (600,000), Egypt (450,000) ..."
    if readings and "(" in lows[readings[0].last :]:
        # places listed in brackets after a stock the sentence read first:
        # the last figure before the first bracket ("nearly 1.8 million have
        # crossed into neighbouring countries, including Chad (over 580,000)
        # ..., while 6.8 million are internally displaced")
        bracket = lows.index("(", readings[0].last)
        whole = max((r for r in readings if r.last <= bracket), key=lambda r: r.last)
        if (
            whole.category.is_stock
            or whole.category in lx.DISPLACEMENT_CATEGORIES
            # "with 402 deaths, followed by Khyber Pakhtunkhwa (264), Balochistan
            # (244) and Punjab (188)": a ranking of places, or their part
            or (
                whole.category in lx.HARM_CATEGORIES
                and not lx.BREAKDOWN_OPENERS.isdisjoint(lows[whole.last : bracket])
            )
        ):
            listed = bracket_stocks(tokens, after=whole)
            if listed:
                return sorted(readings + listed, key=lambda r: r.first)
    if "followed" in lows and (ranked := ranked_places(tokens, readings, earlier)):
        return sorted(readings + ranked, key=lambda r: r.first)
    return readings


def _fled_into(tokens: list[Token], first: int) -> Category | None:
    """
    ``FLEEING_NOUN WORD* FLIGHT_VERB INTO "the"? COUNTRY "("`` with the first
    bracket at ``first``: people who flee, taken by the verb into the first
    country of the list, are refugees ("people who crossed into Egypt (1.2
    million)"; not "aid trucks crossed into Gaza from Egypt (12,400)",
    "tourists flocked to France (100 million)", "came mostly from Tunisia").
    """
    for m in range(first - 2, 0, -1):
        if tokens[m].low in lx.REFUGE_INTO and tokens[m - 1].low in _INTO_COUNTRY_VERBS:
            named = m + 2 if tokens[m + 1].low == "the" else m + 1
            if country_end(tokens, named) == first and any(
                t.low in lx.FLEEING_NOUNS for t in tokens[: m - 1]
            ):
                return Category.REFUGEES
            return None
    return None


#: How many words a country's name may take ("the Central African Republic").
_COUNTRY_WORDS = 4


def _country_start(tokens: list[Token], k: int) -> int | None:
    """Where a country's name ending right before the bracket at ``k`` starts, else ``None``."""
    return next(
        (
            m
            for m in range(k - 1, max(-1, k - 1 - _COUNTRY_WORDS), -1)
            if country_end(tokens, m) == k
        ),
        None,
    )


def _country_before(tokens: list[Token], k: int) -> bool:
    """Whether a country's name ends right before the bracket at ``k``."""
    return _country_start(tokens, k) is not None


#: The words that name the refugees told before again, opening the sentence
#: of their hosts ("The rest have gone mainly to Hungary (180,163)", "Most
#: are in Turkey (460,000)"; not "Measles cases have been reported in Chad
#: (1,200)"), and how many of its first words may hold one.
_PEOPLE_AGAIN = frozenset(
    {"rest", "remainder", "most", "majority", "many", "others", "they", "some", "these", "those"}
)
_PEOPLE_AGAIN_WORDS = 3


def _abroad(tokens: list[Token], first: int) -> bool:
    """
    Whether the country before the first bracket (at ``first``) follows a
    preposition that takes people to it or has them in it ("gone mainly to
    Hungary (", "are in Turkey ("; "the" may stand between).
    """
    m = _country_start(tokens, first)
    if m is not None and m > 0 and tokens[m - 1].low == "the":
        m -= 1
    return m is not None and m > 0 and tokens[m - 1].low in lx.REFUGE_INTO


#: Verbs that take people into the countries a list in brackets names
#: (with "to", "into", "across", "in" after them).
_INTO_COUNTRY_VERBS = (
    lx.FLIGHT_VERBS
    | frozenset(lx.CROSSING_VERBS)
    | frozenset(lx.ARRIVAL_VERBS)
    | frozenset(lx.MOTION_VERBS)
)


#: Those of a host country, which also is "the main" or "the top" one.
_HOST_SUPERLATIVES = lx.SIZE_SUPERLATIVES | {"main", "top", "leading"}
#: How many words the group after "number of" may hold.
_SHARE_GROUP_WORDS = 4


#: Words that may stand between the comma and a host's share ("hosts the
#: largest number, with more than 1.2 million").
_SHARE_LEADS = frozenset({"at", "with"})


def _fleeing_count(tokens: list[Token], num: NumberReading) -> bool:
    """
    Whether the count a host's share is counts people who flee: a group
    with no noun ("with 3.6 million.", "with 3.2 million at the end of
    2023"), or whose head is one of ``lx.FLEEING_NOUNS`` or
    ``lx.MIGRANT_NOUNS``, or a people's name ("2.89 million Venezuelans",
    "3.2 million registered Syrians"; not "1,200 tonnes of honey", "35,000
    US troops", "foreign visitors").
    """
    start, end, _ = read_np(tokens, num.last)
    if end == start:
        return True  # "with 3.2 million at the end of 2023"
    return fleeing_noun(tokens[end - 1])  # (a people's name: "Venezuelans"; not "US troops")


def _fleeing_group(words: list[Token]) -> bool:
    """
    Whether the words after a host's superlative name people who flee, or
    none ("the largest number", "the largest number of refugees", "the most
    Syrians"; not "of asylum applications", "of wounded Palestinians").
    """
    named = [t for t in words if t.is_word and t.low not in ("of", "number", "share")]
    if not named:
        return True
    head = named[-1]
    return (
        (fleeing_noun(head) and (len(named) == 1 or not head.is_capitalized))
        # "the largest number of those fleeing", "of those who fled"
        or (named[0].low == "those" and any(t.low in lx.FLIGHT_VERBS for t in named))
    )


def superlative_stock(tokens: list[Token], num: NumberReading) -> Reading | None:
    """
    ``TRIGGER "the" SUPERLATIVE ("number" ("of" GROUP)?)? "," ("at" | "with")? NUMBER``: the
    number a host's share is, told after it ("Colombia hosts the largest
    number, about 2.8 million"; "Chad hosts the most refugees, about
    600,000"): a figure of the trigger's category, or of the group's when it
    counts itself; after "the SUPERLATIVE HOST_ADJECTIVE country" (any
    verb; "main", "top" and "leading" count as superlatives there), refugees,
    when the count counts people who flee ("Colombia remains the main
    receiving country, with 2.89 million Venezuelans").
    """
    k = num.first - 1
    if k > 0 and tokens[k].low in _SHARE_LEADS:
        k -= 1  # "hosts the largest number, at around 1.5 million"
    if k < 3 or tokens[k].text not in (",", "(") or num.stated is None:
        return None  # (or in brackets: "hosted the largest number of refugees (around 1.3 million")
    m = k - 1
    group_end = k
    while (
        m > 0
        and k - m <= _SHARE_GROUP_WORDS
        and tokens[m].low != "number"
        and tokens[m].low not in _HOST_SUPERLATIVES
    ):
        if not tokens[m].is_word:
            return None
        m -= 1
    category = lx.SELF_COUNTING_NOUNS.get(tokens[group_end - 1].low) if m < k - 1 else None
    host = (
        category is None
        and tokens[group_end - 1].low in lx.ABROAD_NOUNS
        and not lx.HOST_ADJECTIVES.isdisjoint(t.low for t in tokens[m + 1 : group_end])
        and _fleeing_count(tokens, num)
    )
    if host:
        # "Colombia remains the main receiving country, with 2.89 million
        # Venezuelans": the people a host country took in
        category = Category.REFUGEES
    if tokens[m].low == "number":
        m -= 1
    superlatives = _HOST_SUPERLATIVES if host else lx.SIZE_SUPERLATIVES
    if m < 2 or tokens[m].low not in superlatives or tokens[m - 1].low != "the":
        return None
    verb = m - 2
    trig = lx.ACTIVE_TRIGGERS.get(tokens[verb].low)
    if (
        trig is None
        and (host_verb := received_by_country(tokens, verb)) is not None
        and _fleeing_group(tokens[m + 1 : group_end])
    ):
        # "Egypt has received the largest number, more than 255,000" (not
        # "the largest number of asylum applications", "of patients")
        trig, verb = (Category.REFUGEES, None), host_verb
    category = category or (trig[0] if trig is not None else None)
    if category is None or category is Category.CASUALTIES:
        return None
    r = Reading(num, category)
    r.first = verb
    return r


#: How many words a group of a dashed list of losses may hold ("armoured combat vehicles").
_LOSS_GROUP_WORDS = 4


def _change_after(tokens: list[Token], k: int) -> bool:
    """Whether ``"(" "+" NUMBER ...`` opens at ``k``: the change since the report before."""
    return k + 3 < len(tokens) and tokens[k].text == "(" and tokens[k + 1].text == "+"


#: How many tokens an aside in brackets after a loss's group may take.
_ASIDE_WORDS = 6


def dash_losses(tokens: list[Token], lows: list[str], *, listed: bool = False) -> list[Reading]:
    """
    ``LOSSES ... (GROUP (DASH NUMBER CHANGE? | "~"? NUMBER CHANGE) (","|";")?){2,}``
    with ``CHANGE = "(" "+" NUMBER ")"``: a report of losses as ministries write
    it ("the total combat losses of the enemy were approximately: personnel —
    about 428,300 (+950), tanks — 6,712 (+10), armoured combat vehicles —
    12,853 (+21)"; "Russian losses ...: personnel ~405,080 (+1,070); tanks
    6,507 (+9)"): each group of
    equipment is a running total destroyed, "personnel" a running total of
    casualties (killed and wounded together, as these reports count them).
    The number in brackets is the change since the report before (the
    day's losses, in a daily report): a figure of its own, of the same group,
    which a tally reads inside the running total.  At least two groups are needed, in
    a sentence with a word of ``LOSS_LIST_WORDS`` (``lows``: its words, lower-case);
    one is enough on a line ``listed`` under a heading of losses (see
    :func:`listed_losses`).
    """
    if not listed and lx.LOSS_LIST_WORDS.isdisjoint(lows):
        return []
    n = len(tokens)
    found: list[Reading] = []
    for k in range(1, n - 1):
        # (a listed line may set its group off with a colon: "tanks: 8,209 (+11)")
        dash = tokens[k].text in lx.DASHES or (listed and tokens[k].text == ":")
        if not (dash or tokens[k].is_digits or tokens[k].text == "~"):
            continue
        g = k - 1  # the group's last word, before an aside in brackets
        if dash and tokens[g].text == ")":
            # an aside: "personnel (killed and wounded) - about 1,069,440 (+870)"
            opening = next(
                (m for m in range(g - 1, max(0, g - _ASIDE_WORDS), -1) if tokens[m].text == "("),
                None,
            )
            g = opening - 1 if opening else g
        if not tokens[g].is_word:
            continue
        j = k + 1 if dash else k
        approx = j < n and tokens[j].text == "~"
        num = read_number(tokens, j + approx) if j + approx < n else None
        if num is None or num.stated is None:
            continue
        if approx and num.qualifier is Qualifier.EXACT:
            num = NumberReading(j, num.last, num.stated, Qualifier.ABOUT)  # "personnel ~405,080"
        if not dash and not _change_after(tokens, num.last):
            continue  # with no dash, only the change in brackets makes it a loss report
        start = g
        while start > 0 and tokens[start - 1].is_word and g + 1 - start < _LOSS_GROUP_WORDS:
            start -= 1
        head = tokens[g].low
        if head == "personnel":
            category = Category.CASUALTIES
        elif noun_class(head) == "equipment":
            category = Category.EQUIPMENT_DESTROYED
        else:
            continue
        r = Reading(num, category)
        r.np, r.head, r.first = (start, g + 1), head, start
        last = num.last
        change = None
        if _change_after(tokens, last):
            close = next(
                (m for m in range(last + 2, min(n, last + 5)) if tokens[m].text == ")"), None
            )
            if close is not None:
                change = read_number(tokens, last + 2)
                last = close + 1
        r.last = last
        r.cumulative = True
        found.append(r)
        if change is not None and change.stated and change.last < last:
            # the change is the loss since the report before: a part of the
            # total (none on a day with none: "MLRS - 692 (+0)")
            step = Reading(change, category)
            step.np, step.head, step.first, step.last = (start, g + 1), head, change.first, last - 1
            step.cumulative = step.change = True
            r.parts = [step]
    return found if len(found) >= (1 if listed else 2) else []


def bracketed_changes(tokens: list[Token], readings: list[Reading]) -> None:
    """
    ``NUMBER GROUP "(" "+" NUMBER ")"`` after a count of losses that a verb
    read ("have destroyed 3,796 tanks (+4), 7,460 armoured combat vehicles
    (+6)"): the change since the report before, a part of the count (then a
    running total) as in :func:`dash_losses`, set on each reading it follows.
    """
    n = len(tokens)
    for r in readings:
        end = r.np[1] if r.np is not None else r.last
        if not (r.category in _CHANGING and _change_after(tokens, end)):
            continue
        # (the change may tell its time: "(+1,070 over the past day)")
        close = next(
            (m for m in range(end + 2, min(n, end + _CHANGE_TOKENS)) if tokens[m].text == ")"),
            None,
        )
        change = read_number(tokens, end + 2) if close is not None else None
        if (
            change is None
            or change.stated is None
            or close is None
            or change.last > close
            # (only words of the past day after it: not "(+12% since January)",
            # "(+3 civilians)", "(+ 3 who died later)")
            or any(t.low not in _CHANGE_TIME_WORDS for t in tokens[change.last : close])
        ):
            continue
        step = Reading(change, r.category)
        step.np, step.head, step.first, step.last = r.np, r.head, change.first, close
        step.cumulative = step.change = True
        r.parts = [*(r.parts or []), step]
        r.cumulative = True  # (a count that changes since the report before runs on)


#: How many tokens past a count's group a change in brackets may close.
_CHANGE_TOKENS = 9
#: The words a change may tell its time by ("(+1,070 over the past day)").
_CHANGE_TIME_WORDS = frozenset(
    {"over", "in", "during", "the", "past", "last", "day", "24", "hours", "per"}
    | {"since", "yesterday", "previous", "report", "from", "a", "daily"}
)
#: The categories whose running totals a daily report gives with a change.
_CHANGING = frozenset(
    {
        Category.EQUIPMENT_DESTROYED,
        Category.EQUIPMENT_CAPTURED,
        Category.CASUALTIES,
        Category.KILLED,
    }
)


#: How many lines in a row a list of losses may hold whose group is unknown.
_UNKNOWN_LINES = 2


def _loss_shaped(tokens: list[Token]) -> bool:
    """``WORD+ (DASH | ":") NUMBER``: a line shaped as a loss report's, whatever its group."""
    k = 0
    while k < len(tokens) and tokens[k].is_word:
        k += 1
    return (
        0 < k < len(tokens) - 1
        and (tokens[k].text in lx.DASHES or tokens[k].text == ":")
        and tokens[k + 1].is_digits
    )


def _lines_after(text: str, start: int) -> Iterator[tuple[int, int]]:
    """
    The spans of the lines after ``start`` (which ends a line) that hold
    anything, past empty ones: the heading's lines may each be a paragraph
    of their own, as web pages copy them ("... stand at:" then
    "personnel - around 12,000;", a blank line, "tanks - 389;"); the
    caller stops at the first line that tells no loss.
    """
    pos = start
    while pos < len(text):
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        if text[pos:end].strip():
            yield pos, end
        pos = end + 1


def _heading_says(
    text: str, span: tuple[int, int], source: Source
) -> tuple[Period | None, str | None]:
    """
    The period and the source a heading of losses names ("Russia's total
    equipment losses since the start of the full-scale invasion ..., according
    to the General Staff"), each ``None`` when it names none.
    """
    sent = Sentence(text, *span)
    tokens = sent.tokens
    periods = find_periods(tokens, source.published)
    mentions = find_dates(tokens, source.published)
    if len(mentions) > 1 and source.published is not None:
        # "... from February 24, 2022 to August 14, 2025, Russia's losses ..."
        periods = between_dates([t.low for t in tokens], periods, mentions, source.published)
    period = periods[-1].period if periods else None
    claims = find_claims(tokens)
    if not claims or is_pronoun_claim(tokens, claims[-1][1], claims[-1][2]):
        return period, None  # (no source, or "it said": whose, unknown here)
    return period, claimant_words(text, sent, claims[-1][1], claims[-1][2])


#: The verbs that destroy, as a heading of a list of losses may end on them.
_HEADING_VERBS = tuple(sorted(lx.LOSS_LIST_WORDS - lx.LOSS_WORDS))


def listed_losses(
    text: str, source: Source, policy: BoundsPolicy, figures: list[Figure]
) -> list[Figure]:
    """
    A heading of losses (or of what a side destroyed: "Ukraine's defenders
    have also destroyed:") ending its line with a colon, then one line per
    group, perhaps bulleted, as ministries post them ("Approximate combat
    losses of the enemy from 24.02.22 to 01.10.24:" then "• personnel -
    about 659,850 (+1,270)", "• tanks - 8,873 (+12)"; or past a blank line,
    a colon setting each group off, as trackers copy them: "... to the
    following, according to the General Staff:" then "tanks: 8,209 (+11)"): each line a running
    total, read as :func:`dash_losses` reads a list in one sentence, until a
    line that is none.  Lines where ``figures`` (those read already) stand
    are left to them.
    """
    if "osses" not in text and "OSSES" not in text and not any(w in text for w in _HEADING_VERBS):
        return []  # no "losses", "Losses" or "LOSSES", no verb that destroys: the usual case
    found: list[Figure] = []
    read_at = sorted(f.span.start for f in figures)
    pos = 0
    while (colon := text.find(":", pos)) >= 0:
        pos = colon + 1
        line_end = text.find("\n", colon)
        if line_end < 0 or text[colon + 1 : line_end].strip():
            continue  # a colon that does not end its line
        heading_start = text.rfind("\n", 0, colon) + 1
        heading = text[heading_start:colon].lower().split()
        if lx.LOSS_LIST_WORDS.isdisjoint(heading) or not lx.DISASTER_NOUNS.isdisjoint(heading):
            # (a heading of losses, or of what a side destroyed: "have also
            # destroyed:"; not what a disaster did: "The floods have destroyed:")
            continue
        period, claimant = _heading_says(text, (heading_start, colon), source)
        unknown = 0  # the unknown groups read in a row
        for start, end in _lines_after(text, line_end):
            sent = Sentence(text, start, end)
            tokens = sent.tokens
            j = bisect.bisect_left(read_at, start)
            if j < len(read_at) and read_at[j] < end:
                continue  # (read as a sentence already)
            readings = dash_losses(tokens, [t.low for t in tokens], listed=True)
            if not readings:
                unknown += 1
                if unknown <= _UNKNOWN_LINES and _loss_shaped(tokens):
                    pos = end
                    continue  # a group the lexicon does not know: "air defence means - 727"
                break
            unknown = 0
            for r in readings:
                f_start, f_end = sent.start_of(r.first), sent.ends[r.last - 1]
                subject = text[f_start : sent.ends[r.np[1] - 1]]
                told = count(r.number, policy)
                total = running_total(
                    text,
                    source,
                    r.category,
                    told,
                    (f_start, f_end),
                    subject=subject,
                    line=(start, end),
                    period=period,
                    claimed_by=claimant,
                )
                found.append(total)
                # the change since the report before ("(+9)"): the last day's
                # losses, a part of the total, as in a sentence's list
                found.extend(
                    attrs.evolve(
                        total,
                        count=count(p.number, policy),
                        span=trusted_span(
                            sent.start_of(p.number.first), sent.ends[p.number.last - 1]
                        ),
                        surface=text[sent.start_of(p.number.first) : sent.ends[p.number.last - 1]],
                        period=last_day(period, source.published),
                        part_of=total.span,
                    )
                    for p in r.parts or ()
                    if p.change
                )
            pos = end
    return found
