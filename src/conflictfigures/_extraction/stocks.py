"""
Stocks: counts that stand without a verb of their own in the sentence, as
situation reports and ministries write them: places with their counts in
brackets ("Chad (600,000), Egypt (450,000)"), a ministry's dashed list of
losses ("tanks — 6,712 (+10)"), and households counted in their people
("8,560 households (approximately 51,360 individuals)").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from conflictfigures import _lexicon as lx
from conflictfigures._extraction.chunks import noun_class
from conflictfigures._extraction.gazetteer import country_end
from conflictfigures._extraction.numbers import NumberReading, read_number
from conflictfigures._extraction.reading import Reading
from conflictfigures.models import Category, Qualifier

if TYPE_CHECKING:
    from conflictfigures._extraction.text import Token


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
    if tokens[j].text == ",":
        j += 1
        while j < n and j - num.last <= _ASIDE_WORDS and tokens[j].is_word:
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


def bracket_stocks(tokens: list[Token], after: Reading | None = None) -> list[Reading]:
    """
    ``NAME "(" NUMBER ")" ("," | "and") NAME "(" NUMBER ")" ...`` in a
    sentence that counts one category of people and reads no other figure:
    a count for each place ("Chad (600,000), Egypt (450,000) and South
    Sudan (300,000) host the most refugees").  At least two are needed: one
    number in brackets after a name is more often a year or an aside; and
    the names are countries or the numbers large, for a small number in
    brackets after a name is an age ("Emma (16)").

    ``after``, a stock the sentence read before them, gives its category to
    the places listed after it ("Poland has registered 985,000 refugees,
    followed by the Czech Republic (380,000), Bulgaria (180,000) ...").
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
    # Pontilla (45)"): the names must be countries, or the numbers large.
    if not all(tokens[k - 1].low in lx.COUNTRIES for k, _ in found) and any(
        (num.stated or 0) < _STOCK_FLOOR for _, num in found
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
    if category is None or category is Category.CASUALTIES:
        return []
    return [Reading(num, category) for num in counts]


#: How many words a group of a dashed list of losses may hold ("armoured combat vehicles").
_LOSS_GROUP_WORDS = 4


def _change_after(tokens: list[Token], k: int) -> bool:
    """Whether ``"(" "+" NUMBER ...`` opens at ``k``: the change since the report before."""
    return k + 3 < len(tokens) and tokens[k].text == "(" and tokens[k + 1].text == "+"


def dash_losses(tokens: list[Token], lows: list[str]) -> list[Reading]:
    """
    ``LOSSES ... (GROUP (DASH NUMBER CHANGE? | "~"? NUMBER CHANGE) (","|";")?){2,}``
    with ``CHANGE = "(" "+" NUMBER ")"``: a report of losses as ministries write
    it ("the total combat losses of the enemy were approximately: personnel —
    about 428,300 (+950), tanks — 6,712 (+10), armoured combat vehicles —
    12,853 (+21)"; "Russian losses ...: personnel ~405,080 (+1,070); tanks
    6,507 (+9)"): each group of
    equipment is a running total destroyed, "personnel" a running total of
    casualties (killed and wounded together, as these reports count them).
    The number in brackets is the change since the report before, kept in
    the figure's words but not counted.  At least two groups are needed, in
    a sentence with a word of ``LOSS_WORDS`` (``lows``: its words, lower-case).
    """
    if lx.LOSS_WORDS.isdisjoint(lows):
        return []
    n = len(tokens)
    found: list[Reading] = []
    for k in range(1, n - 1):
        dash = tokens[k].text in lx.DASHES
        if not (dash or tokens[k].is_digits or tokens[k].text == "~") or not tokens[k - 1].is_word:
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
        start = k - 1
        while start > 0 and tokens[start - 1].is_word and k - start < _LOSS_GROUP_WORDS:
            start -= 1
        head = tokens[k - 1].low
        if head == "personnel":
            category = Category.CASUALTIES
        elif noun_class(head) == "equipment":
            category = Category.EQUIPMENT_DESTROYED
        else:
            continue
        r = Reading(num, category)
        r.np, r.head, r.first = (start, k), head, start
        last = num.last
        if _change_after(tokens, last):
            close = next(
                (m for m in range(last + 2, min(n, last + 5)) if tokens[m].text == ")"), None
            )
            last = close + 1 if close is not None else last
        r.last = last
        r.cumulative = True
        found.append(r)
    return found if len(found) >= 2 else []


def _persons_before_or(tokens: list[Token], j: int) -> NumberReading | None:
    """``NUMBER PERSON_UNIT "or"`` ending right before ``j``: the number, else ``None``."""
    if j < 3 or tokens[j - 1].low != "or" or tokens[j - 2].low not in lx.PERSON_UNITS:
        return None
    for m in range(max(0, j - 7), j - 2):  # (the longest reading first: "more than 960,000")
        num = read_number(tokens, m)
        if num is not None and num.last == j - 2 and num.stated is not None:
            return num
    return None


def households_as_people(tokens: list[Token], r: Reading) -> Reading:
    """
    ``NUMBER HOUSEHOLDS ("(" | "," "or") QUALIFIER? NUMBER PERSON_UNIT`` or
    ``NUMBER PERSON_UNIT "or" QUALIFIER? NUMBER HOUSEHOLDS``: one group
    counted in homes and in people ("8,560 households (approximately 51,360
    individuals) were displaced", "70,000 families, or about 215,000 people",
    "960,000 persons or around 240,000 families"); the figure counts the
    people.
    """
    if r.head not in lx.HOUSEHOLD_NOUNS:
        return r
    n, k = len(tokens), r.np[1]
    people: NumberReading | None = None
    if k + 1 < n and tokens[k].text == "(":
        num = read_number(tokens, k + 1)
        if (
            num is not None
            and num.stated is not None
            and num.last + 1 < n
            and tokens[num.last].low in lx.PERSON_UNITS
            and tokens[num.last + 1].text == ")"
        ):
            people = num
    if people is None and k + 2 < n and tokens[k].text == "," and tokens[k + 1].low == "or":
        # "More than 70,000 families, or about 215,000 people, were staying ..."
        num = read_number(tokens, k + 2)
        if (
            num is not None
            and num.stated is not None
            and num.last < n
            and tokens[num.last].low in lx.PERSON_UNITS
        ):
            people = num
    start = r.number.first
    if people is None:
        people = _persons_before_or(tokens, start)
        start = people.first if people is not None else start
    if people is None:
        return r
    out = Reading(people, r.category)
    for name in ("cumulative", "perfect", "active", "listed", "trigger", "verb", "side"):
        setattr(out, name, getattr(r, name))
    out.np = (people.last, people.last + 1)
    out.head = tokens[people.last].low
    out.first, out.last = min(r.first, start), max(r.last, people.last + 1)
    return out
