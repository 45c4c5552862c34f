"""
Numbers as news writes them: "at least 1,200", "3.6 million", "twenty-five",
"one hundred and twenty", "a dozen", "10 to 15", "dozens", "hundreds of
thousands".

:func:`read_number` reads one number expression starting at a token and
returns a :class:`NumberReading`, or ``None``.
It looks at a bounded number of tokens, so reading every position of a
sentence is linear.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING, TypeVar

from conflictfigures._extraction.text import (
    GLUED,
    ONE_APART,
    TokenFlags,
    dotted_meridiem,
    model_code,
    words_at,
)
from conflictfigures._lexicon import (
    AGE_UNITS,
    AGE_WORDS,
    COUNTING_ORDINALS,
    COUNTING_PLACES,
    DASHES,
    DIGIT_ONLY_SCALES,
    MONTHS,
    PARENT_NOUNS,
    PEOPLE_NOUNS,
    QUALIFIERS,
    SCALES,
    TENS,
    TIME_WORDS,
    TRAILING_QUALIFIERS,
    TWIN,
    UNITS,
    VAGUE_WORDS,
)
from conflictfigures.models import Qualifier

if TYPE_CHECKING:
    from conflictfigures._extraction.text import Token

__all__ = ["NUMBER_STARTERS", "NumberReading", "read_number"]

_V = TypeVar("_V")

#: Longest digit string read as a count; longer runs are identifiers or noise.
_MAX_DIGITS = 15
_DASHES = DASHES
_RANGE_JOINERS = frozenset({"to", "or"}) | DASHES
#: Thousands separators the tokenizer keeps inside a number, read as ",";
#: the Arabic decimal separator, read as ".".
_SEPARATORS = str.maketrans(
    {"\u00a0": ",", "\u202f": ",", "\u2009": ",", "'": ",", "\u066c": ",", "\u066b": "."}
)


class NumberReading:
    """One number expression: where it is, what it says, how it is qualified."""

    __slots__ = (
        "article",
        "first",
        "last",
        "qualifier",
        "scaled_unit",
        "stated",
        "stated_high",
        "vague",
        "written_digits",
    )

    def __init__(
        self,
        first: int,
        last: int,
        stated: int | None,
        qualifier: Qualifier,
        *,
        stated_high: int | None = None,
        vague: str | None = None,
        scaled_unit: int | None = None,
        written_digits: bool = False,
        article: bool = False,
    ) -> None:
        self.first = first  # index of the first token (qualifier included)
        self.last = last  # index one past the last token
        self.stated = stated
        self.qualifier = qualifier
        self.stated_high = stated_high
        self.vague = vague
        self.scaled_unit = scaled_unit
        self.written_digits = written_digits
        self.article = article  # "a"/"an"/"one" before a singular noun

    def __repr__(self) -> str:
        return (
            f"NumberReading({self.first}-{self.last}, {self.stated}, {self.qualifier.value}, "
            f"high={self.stated_high}, vague={self.vague})"
        )


_new = object.__new__


def article_reading(i: int) -> NumberReading:
    """
    ``NumberReading(i, i + 1, 1, Qualifier.EXACT, article=True)``, the
    reading of an article before a noun, built without the class call (which
    costs three times as much with its keyword): it is the commonest reading.
    """
    r: NumberReading = _new(NumberReading)
    r.first = i
    r.last = i + 1
    r.stated = 1
    r.qualifier = Qualifier.EXACT
    r.stated_high = None
    r.vague = None
    r.scaled_unit = None
    r.written_digits = False
    r.article = True
    return r


def _digits_value(tok: Token) -> tuple[Decimal, int] | None:
    """Return the value of a digit token and its count of decimals, or ``None``."""
    text = tok.text.translate(_SEPARATORS)
    if len(text) > _MAX_DIGITS + 6:
        return None
    if "," in text:
        groups = text.split(",")
        if "." in groups[-1]:
            last, _, frac = groups[-1].partition(".")
            groups[-1] = last
        else:
            frac = ""
        if not (1 <= len(groups[0]) <= 3 and all(len(g) == 3 for g in groups[1:])):
            return None
        digits = "".join(groups) + ("." + frac if frac else "")
    else:
        digits = text
    if digits.count(".") > 1:
        return None
    whole = digits.split(".")[0]
    if len(whole) > _MAX_DIGITS:
        return None
    try:
        value = Decimal(digits)
    except InvalidOperation:
        return None
    decimals = len(digits.split(".")[1]) if "." in digits else 0
    return value, decimals


def _read_words(tokens: list[Token], i: int) -> tuple[int, int, bool] | None:
    """
    Read a number written in words from ``tokens[i]``: "two", "twenty-five",
    "twenty five", "one hundred and twenty", "two million", "two thousand
    million".

    ``number = group (SCALE group?)*``, ``group = (UNIT "hundred" "and"?)?
    (TENS ("-"? UNIT)? | UNIT)``, with scales in falling order (a larger
    scale right after a smaller one multiplies all before it: "two thousand
    million").  Words that do not make one number ("five five", "twenty
    twenty", "five million million") are no number: ``None``.  The
    arithmetic is exact.

    Returns ``(value, next index, has_scale)`` or ``None``.
    """
    n = len(tokens)
    total = 0
    current = 0
    seen = False
    has_scale = False
    last = ""  # what the previous word was: "unit", "teen", "tens", "hundred", "scale"
    last_scale = 0
    j = i
    while j < n and j - i <= 12:
        low = tokens[j].low
        if low in UNITS:
            value = UNITS[low]
            if last in ("unit", "teen") or (last == "tens" and value >= 10):
                return None  # "five five", "twenty twelve"
            current += value
            last = "unit" if value < 10 else "teen"
            seen = True
            j += 1
        elif low in TENS:
            if last in ("unit", "teen", "tens"):
                return None  # "twenty twenty", "five twenty"
            current += TENS[low]
            last = "tens"
            seen = True
            j += 1
            # "twenty-five"
            if (
                j + 1 < n
                and tokens[j].text in _DASHES
                and tokens[j].gap == GLUED
                and tokens[j + 1].low in UNITS
                and UNITS[tokens[j + 1].low] < 10
            ):
                current += UNITS[tokens[j + 1].low]
                last = "unit"
                j += 2
        elif seen and low == "hundred":
            if last not in ("unit", "teen") or current >= 100:
                return None  # "twenty hundred", "one hundred hundred"
            current *= 100
            last = "hundred"
            has_scale = True
            j += 1
        elif seen and low in SCALES and low not in DIGIT_ONLY_SCALES:
            scale = SCALES[low]
            if last == "scale":
                if scale <= last_scale:
                    return None  # "five million million"
                total *= scale  # "two thousand million"
            else:
                if last_scale and scale >= last_scale:
                    return None  # "five million three million"
                total += current * scale
            current = 0
            last_scale = scale
            last = "scale"
            has_scale = True
            j += 1
        elif (
            seen
            and low == "and"
            and has_scale
            and j + 1 < n
            and (tokens[j + 1].low in UNITS or tokens[j + 1].low in TENS)
        ):
            last = "and"
            j += 1
        elif (
            seen
            and last != "scale"
            and tokens[j].text in _DASHES
            and tokens[j].gap == GLUED
            and j + 1 < n
            and tokens[j + 1].gap == GLUED
            and (tokens[j + 1].low == "hundred" or tokens[j + 1].low in SCALES)
            and tokens[j + 1].low not in DIGIT_ONLY_SCALES
        ):
            j += 1  # "three-million", "two-thousand"
        else:
            break
    if not seen:
        return None
    return total + current, j, has_scale


def _scale_after(tokens: list[Token], j: int, *, after_digits: bool) -> tuple[int, int] | None:
    """Return ``(scale, next index)`` when a scale word follows at ``j``."""
    if j >= len(tokens):
        return None
    tok = tokens[j]
    low = tok.low
    if low not in SCALES:
        return None
    if low in DIGIT_ONLY_SCALES:
        # "6.3m", "1.2bn": only glued to digits.
        if not after_digits or tok.gap != GLUED:
            return None
    elif tok.gap == GLUED:
        return None
    return SCALES[low], j + 1


def _plain_group(tok: Token, size: int | None) -> bool:
    """Whether a token is a bare digit group (of ``size`` digits, or 1 to 3)."""
    text = tok.text
    if not text.isdecimal():
        return False
    return len(text) == size if size is not None else 1 <= len(text) <= 3


def _space_grouped(tokens: list[Token], i: int) -> bool:
    """
    Whether ``tokens[i]`` is one group of digits written with plain spaces
    between thousands ("1 200", "12 500 000"): a short group followed by a
    three-digit group one space later, or a three-digit group after one.
    """
    tok = tokens[i]
    n = len(tokens)
    if (
        i + 1 < n
        and _plain_group(tok, None)
        and _plain_group(tokens[i + 1], 3)
        and tokens[i + 1].gap == ONE_APART
    ):
        return True
    return (
        i > 0
        and _plain_group(tok, 3)
        and _plain_group(tokens[i - 1], None)
        and tok.gap == ONE_APART
    )


def _read_plain(tokens: list[Token], i: int) -> tuple[int, int, int | None, bool, bool] | None:
    """
    Read a number without qualifier or range at ``tokens[i]``.

    Returns ``(value, next index, scaled unit, written in digits, article)``.
    """
    n = len(tokens)
    tok = tokens[i]
    low = tok.low
    if tok.is_digits:
        parsed = _digits_value(tok)
        if parsed is None:
            return None
        value, decimals = parsed
        j = i + 1
        # Glued letters that are not a scale ("10km", "2nd") or a glued
        # designation before ("M5", "S-400", "F-35") make it no count.
        if j < n and tokens[j].gap == GLUED and tokens[j].is_word and tokens[j].low not in SCALES:
            return None
        if i > 0:
            prev = tokens[i - 1]
            if tok.gap == GLUED and (prev.is_word or prev.is_digits):
                return None
            if (
                prev.text in _DASHES
                and tok.gap == GLUED
                and i > 1
                and prev.gap == GLUED
                and tokens[i - 2].is_word
            ):
                return None
        if _space_grouped(tokens, i):
            # "1 200" with a plain space: 1,200 in some styles, two numbers in
            # others; reading either would risk a number the text does not say.
            return None
        scale = _scale_after(tokens, j, after_digits=True)
        if scale is not None:
            unit, j = scale
            total = value * unit
            if total != total.to_integral_value():
                return None
            place = unit // (10**decimals) if decimals else unit
            return int(total), j, max(int(place), 1), False, False
        if decimals:
            return None  # "3.6" people: not a count without a scale word
        return int(value), j, None, True, False
    if (
        low in ("another", "the", "his", "her")
        and i + 1 < n
        and not (tokens[i + 1].is_digits or tokens[i + 1].low in UNITS or tokens[i + 1].low in TENS)
    ):
        # "detained another militant", "killed the insurgent": one person, if the
        # counted noun turns out singular (the caller checks).
        return 1, i + 1, None, False, True
    if low in ("a", "an"):
        # "a dozen", "a million", "half a million", "a pair of" are numbers;
        # "a soldier" is one.
        if i + 1 < n and tokens[i + 1].low == "dozen":
            return 12, i + 2, None, False, False
        if i + 3 < n and tokens[i + 1].low == "pair" and tokens[i + 2].low == "of":
            return 2, i + 3, None, False, False  # "a pair of cattle traders": two
        scale = _scale_after(tokens, i + 1, after_digits=False)
        if scale is not None:
            unit, j = scale
            return unit, j, unit, False, False
        return 1, i + 1, None, False, True
    if low == "dozen":
        return 12, i + 1, None, False, False
    if low == "both" and i + 1 < n and tokens[i + 1].is_word:
        # "both men were detained": two, if a plural group follows (the caller
        # checks); but "both the driver and his passenger" joins two groups,
        # each counting itself.
        for k in range(i + 1, min(n, i + _BOTH_REACH)):
            word = tokens[k].low
            if word == "and" and k > i + 1:
                return None
            if not tokens[k].is_word or word.endswith(("s", "men")) or word in _BOTH_STOPS:
                break
        return 2, i + 1, None, False, False
    if low == "half" and words_at(tokens, i + 1, ("a",)):
        scale = _scale_after(tokens, i + 2, after_digits=False)
        if scale is not None:
            unit, j = scale
            return unit // 2, j, unit // 2, False, False
        if i + 2 < n and tokens[i + 2].low == "dozen":
            return 6, i + 3, None, False, False
        return None
    if (
        i
        and tokens[i - 1].is_word
        and (tokens[i - 1].low in UNITS or tokens[i - 1].low in TENS or tokens[i - 1].low in SCALES)
    ):
        return None  # inside words that made no one number ("five five", "twenty twenty")
    words = _read_words(tokens, i)
    if words is None:
        return None
    amount, j, has_scale = words
    if j < n and tokens[j].low == "dozen":
        return amount * 12, j + 1, None, False, False
    # "two million": the scale word carries rounding of one unit of itself.
    if has_scale and amount >= 1_000_000 and amount % 1_000_000 == 0:
        unit = 1_000_000
        while amount % (unit * 1_000) == 0 and unit < 1_000_000_000:
            unit *= 1_000
        return amount, j, unit, False, False
    return amount, j, None, False, False


def _is_date_context(tokens: list[Token], i: int, j: int) -> bool:
    """
    Whether the number at ``tokens[i:j]`` is part of a date ("27 February",
    "Feb 27", "February 2020"): a day or a year beside a month name, not a
    count ("February 200 people").
    """
    text = tokens[i].text
    if j != i + 1 or not text.isdecimal():
        return False
    value = int(text) if len(text) <= 4 else 0
    if not (1 <= value <= 31 or 1900 <= value <= 2100):
        return False
    if j < len(tokens) and tokens[j].low.rstrip(".") in MONTHS:
        return True
    if i > 0:
        prev = tokens[i - 1]
        if prev.low in MONTHS and prev.low != "may":
            return True
        if prev.text == "." and i > 1 and tokens[i - 2].low in MONTHS:
            # "Nov. 5"; but not after a month that has its day before it:
            # "on 4 Nov. 5 soldiers killed" counts five soldiers
            return not (i > 2 and tokens[i - 3].text.isdecimal() and len(tokens[i - 3].text) <= 2)
    return False


def _by_first_word(
    table: tuple[tuple[tuple[str, ...], _V], ...],
) -> dict[str, tuple[tuple[tuple[str, ...], _V], ...]]:
    """Index a table of word sequences by their first word, keeping its order."""
    index: dict[str, list[tuple[tuple[str, ...], _V]]] = {}
    for words, value in table:
        index.setdefault(words[0], []).append((words, value))
    return {k: tuple(v) for k, v in index.items()}


_QUALIFIERS_BY_FIRST = _by_first_word(QUALIFIERS)
#: Words read as "one" before a singular noun.
#: Words that count one before a singular noun ("a soldier", "his wife").
ARTICLES = frozenset({"a", "an", "the", "his", "her", "its", "their", "another"})
#: Possessives of people, before one of their own: an age ("his 5-year-old
#: sister": one person) or their parents ("their parents": two).
_PERSON_POSSESSIVES = frozenset({"his", "her", "their"})
#: How many tokens the owner of "his girlfriend's parents" may take.
_OWNER_REACH = 4


def _owner_before_parents(tokens: list[Token], k: int) -> int | None:
    """``POSSESSIVE WORD{0,3} NOUN "'s" PARENTS`` from ``k``: where the parents stand."""
    for m in range(k, min(len(tokens) - 1, k + _OWNER_REACH)):
        if tokens[m].low.endswith(("'s", "\u2019s")):
            return m + 1 if tokens[m + 1].low in PARENT_NOUNS else None
        if not (tokens[m].is_word or tokens[m].low == "-"):
            return None
    return None


#: How far after "both" the "and" of "both X and Y" may stand.
_BOTH_REACH = 5
#: Words that end the group after "both" before any "and" ("both were
#: killed and ...", "both children").
_BOTH_STOPS = frozenset({"were", "was", "are", "have", "had", "died", "children", "people"})
#: Words that start a number of their own making ("half a million", "a
#: dozen", "between 10 and 15", "both men"), besides number words.
_OWN_STARTERS = ARTICLES | {"half", "dozen", "between", "both", TWIN}
_VAGUE_BY_FIRST = _by_first_word(VAGUE_WORDS)
_TRAILING_BY_FIRST = _by_first_word(TRAILING_QUALIFIERS)
#: Words that can start a number expression; any other word is skipped at once.
NUMBER_STARTERS = frozenset(
    set(_QUALIFIERS_BY_FIRST) | set(_VAGUE_BY_FIRST) | set(UNITS) | set(TENS) | _OWN_STARTERS
)
#: Words after an article that make it something else: a number ("the two"),
#: a scale ("a million"), "a dozen", a qualifier or vague count ("a few",
#: "an estimated"), or a range joiner.
_NOT_ARTICLE_AFTER = frozenset(
    set(UNITS)
    | set(TENS)
    | set(SCALES)
    | _RANGE_JOINERS
    | {"dozen", "pair"}
    | {words[1] for words, _ in QUALIFIERS + VAGUE_WORDS if words[0] in ARTICLES and words[1:]}
)
#: Starters that begin a number only through a qualifier ("in excess of",
#: "as many as", "at least"): without one, no number starts there.
_QUALIFIER_ONLY = frozenset(
    set(_QUALIFIERS_BY_FIRST) - set(_VAGUE_BY_FIRST) - set(UNITS) - set(TENS) - _OWN_STARTERS
)

#: For each starter that begins a number only through a qualifier, the words
#: its qualifiers go on with ("in" -> "excess"): without one of them next, no
#: number starts there, which is found before anything else is tried.
QUALIFIER_SECONDS = {
    first: frozenset(words[1] for words, _ in _QUALIFIERS_BY_FIRST[first])
    for first in _QUALIFIER_ONLY
    if all(len(words) > 1 for words, _ in _QUALIFIERS_BY_FIRST[first])
}


def age_end(tokens: list[Token], k: int) -> int | None:
    """
    ``age = NUMBER "-"? AGE_UNIT "-"? ("old" | "olds")``: the index after the
    age whose number ends just before ``tokens[k]``, or ``None``: an age is
    never a count.
    """
    n = len(tokens)
    if k < n and tokens[k].text in DASHES:
        k += 1
    if k >= n or tokens[k].low not in AGE_UNITS:
        return None
    k += 1
    if k < n and tokens[k].text in DASHES:
        k += 1
    if k < n and tokens[k].low in ("old", "olds"):
        return k + 1
    return None


def age_list_end(tokens: list[Token], k: int) -> int | None:
    """
    ``ages = ("aged" | "age" | "ages") AGE_OPENER? NUMBER (("and" | "," | "to" |
    "-") NUMBER)*``: the index after the ages that start at ``tokens[k]``, or
    ``None`` ("aged 6 and 4", "aged between 20 and 30", "ranging in age from 17
    to 45", "between the ages of 18 and 25").
    """
    n = len(tokens)
    if k + 2 < n and tokens[k].low == "between" and tokens[k + 1].low == "the":
        k += 2  # "between the ages of 18 and 25"
    if k >= n or tokens[k].low not in AGE_WORDS:
        return None
    j = k + 1
    if j < n and tokens[j].low in _AGE_OPENERS:
        j += 1
    end: int | None = None
    while j < n:
        plain = _read_plain(tokens, j)
        if plain is None:
            break
        end = j = plain[1]
        if j + 1 < n and (tokens[j].low in ("and", ",", "to") or tokens[j].text in DASHES):
            j += 1
            continue
        break
    return end


#: Words that may stand between an age word and its first age ("aged between
#: 20 and 30", "in age from 17 to 45", "the ages of 18 and 25").
_AGE_OPENERS = frozenset({"between", "from", "of"})
#: The words that can stand right before a number of a list of ages, and
#: right after the number of an age: screened before the ages are read.
_AGE_BEFORE = AGE_WORDS | _AGE_OPENERS | {"and", ",", "to"} | DASHES
_AGE_AFTER = AGE_UNITS | DASHES


def _in_ages(tokens: list[Token], i: int) -> bool:
    """Whether the number at ``i`` stands in a list of ages ("aged 6 and 4")."""
    for k in range(i - 1, max(-1, i - 8), -1):
        low = tokens[k].low
        if low in AGE_WORDS:
            end = age_list_end(tokens, k)
            return end is not None and end > i
        if not (
            tokens[k].is_digits
            or low in ("and", ",", "to")
            or tokens[k].text in DASHES
            or (low in _AGE_OPENERS and k > 0 and tokens[k - 1].low in AGE_WORDS)
        ):
            return False
    return False


#: Words after an article that may make it something else than one of a
#: noun: a number, a scale, a qualifier, an age ("a year-old ...").
_ARTICLE_SLOW_AFTER = _NOT_ARTICLE_AFTER | _AGE_AFTER


def ordinal_value(tok: Token) -> int | None:
    """The place a counting ordinal past the first names ("fourth": 4, "3rd": 3), else ``None``."""
    if not _is_ordinal(tok):
        return None
    low = tok.low
    if low in COUNTING_ORDINALS:
        return COUNTING_PLACES[low]
    return int(low[:-2])


def _is_ordinal(tok: Token) -> bool:
    """Whether a word is a counting ordinal past the first ("third", "4th")."""
    low = tok.low
    if low in COUNTING_ORDINALS:
        return True
    return tok.is_word and low[:-2].isdigit() and low.endswith(("st", "nd", "rd", "th"))


#: Whether a word after an article leaves it the common article reading of
#: :func:`read_number`: no number, scale, qualifier, age or ordinal, not
#: "other" ("the other 2") and no parents ("their parents": two).
COMMON_AFTER_ARTICLE = TokenFlags(
    lambda tok: (
        not tok.is_digits
        and tok.low not in _ARTICLE_SLOW_AFTER
        and tok.low != "other"
        and tok.low not in PARENT_NOUNS
        and not _is_ordinal(tok)
    )
)


def _digits_echo(tokens: list[Token], k: int, value: int) -> bool:
    """
    Whether ``"(" DIGITS ")"`` at ``k`` repeats in digits the number just read
    in words, as police and court statements write it ("Twelve (12)
    persons were killed").
    """
    return (
        k + 2 < len(tokens)
        and tokens[k].text == "("
        and tokens[k + 2].text == ")"
        and tokens[k + 1].text.replace(",", "").isdecimal()
        and tokens[k + 1].text.isascii()
        and int(tokens[k + 1].text.replace(",", "")) == value
    )


#: The qualifiers a range after them leaves a range ("about 60-80").
_RANGE_AS_IS = frozenset({Qualifier.EXACT, Qualifier.ABOUT})
#: The qualifiers a range after them bounds from below ("at least 10-15": 10).
_RANGE_FLOORS = frozenset({Qualifier.AT_LEAST, Qualifier.MORE_THAN})


def read_number(tokens: list[Token], i: int) -> NumberReading | None:
    """
    Read a qualified number expression starting at ``tokens[i]``:
    ``QUALIFIER? (VAGUE | NUMBER (("to" | "-") NUMBER)?)``, or
    ``"between" NUMBER "and" NUMBER``.
    """
    start = tokens[i]
    if start.low in ARTICLES and i + 1 < len(tokens) and COMMON_AFTER_ARTICLE[tokens[i + 1]]:
        # The common case at once: "the insurgent", "a soldier" (read below too).
        if start.low in _PERSON_POSSESSIVES and (k := _owner_before_parents(tokens, i + 1)):
            return NumberReading(i, k, 2, Qualifier.EXACT)  # "his ex-girlfriend's parents"
        return article_reading(i)
    if not start.is_digits and start.low not in NUMBER_STARTERS:
        return None
    if start.is_digits and model_code(tokens, i):
        return None  # "a T-90 tank" counts one tank, not 90
    if start.is_digits and len(start.text) > 2 and start.text[0] == "0":
        return None  # "at about 0200": a time of day, no count
    if (
        start.is_digits
        and i > 0
        and start.gap == GLUED
        and tokens[i - 1].text == "."
        and (i == 1 or tokens[i - 1].gap != GLUED)  # (a dot after a space)
    ):
        return None  # "a .303 rifle", ".50-calibre": a calibre, no count
    if (
        start.is_capitalized
        and (start.low in UNITS or start.low in TENS)
        and i > 0
        and tokens[i - 1].is_word
        and tokens[i - 1].is_capitalized
        and tokens[i - 1].gap != GLUED
        # running text after it, no counted noun: not a title-case headline
        # ("Gunmen Kill Two Soldiers") nor "KABUL Two soldiers were killed"
        and i + 1 < len(tokens)
        and tokens[i + 1].is_word
        and not tokens[i + 1].is_capitalized
        and tokens[i + 1].low not in PEOPLE_NOUNS
        and not tokens[i + 1].low.endswith("s")
    ):
        return None  # a number word inside a name: "taken to Regional One in critical condition"
    n = len(tokens)
    if (
        start.low == "the"
        and i + 2 < n
        and tokens[i + 1].low == "other"
        and (tokens[i + 2].is_digits or tokens[i + 2].low in UNITS or tokens[i + 2].low in TENS)
    ):
        return None  # "injuring the other 2": the number after counts them
    if start.low in ARTICLES and i + 1 < n:
        # The common case first: "the insurgent", "a soldier" (one, if the
        # counted noun turns out singular; the caller checks).  What follows
        # is no number, scale, qualifier, age or ordinal, so none of the
        # readings tried below before this one applies.
        after = tokens[i + 1]
        if after.low in PARENT_NOUNS and (start.low in _PERSON_POSSESSIVES or start.low == "the"):
            return NumberReading(i, i + 1, 2, Qualifier.EXACT)  # "their parents", "the twins"
        if not (
            after.is_digits
            or after.low in _ARTICLE_SLOW_AFTER
            or (start.low in ("a", "an") and _is_ordinal(after))
        ):
            return article_reading(i)
    if start.low == TWIN:
        # "Twin brothers aged 19 were killed": two people
        if i + 1 < n and tokens[i + 1].low in PEOPLE_NOUNS and tokens[i + 1].low.endswith("s"):
            return NumberReading(i, i + 1, 2, Qualifier.EXACT)
        return None
    seconds = QUALIFIER_SECONDS.get(start.low)
    if seconds is not None and (i + 1 >= n or tokens[i + 1].low not in seconds):
        return None  # "in", "as", "at" that start no qualifier: the common case
    if (
        (start.low in ("a", "an", "one", "the") or start.low in _PERSON_POSSESSIVES)
        and i + 1 < n
        and (tokens[i + 1].is_digits or tokens[i + 1].low in UNITS or tokens[i + 1].low in TENS)
    ):
        # "a 54-year-old man", "one 19-year-old male", "the 16-year-old
        # driver": one person of an age.
        age = _read_plain(tokens, i + 1)
        if age is not None and (end := age_end(tokens, age[1])) is not None:
            return NumberReading(i, end, 1, Qualifier.EXACT, article=start.low != "one")
    if i == 0 or not tokens[i - 1].is_word:
        # A headline's bare age: "Thirty-five year old man drowned" is one
        # man (the caller checks that the noun is singular).
        age = _read_plain(tokens, i)
        if age is not None and (end := age_end(tokens, age[1])) is not None:
            return NumberReading(i, end, 1, Qualifier.EXACT, article=True)
    if start.low in ("a", "an") and i + 1 < n and _is_ordinal(tokens[i + 1]):
        # "a third victim", "wounded a fourth one": one more person.
        end = i + 3 if i + 2 < n and tokens[i + 2].low == "one" else i + 2
        return NumberReading(i, end, 1, Qualifier.EXACT)
    if start.low in ARTICLES:
        # The common case, read at once: "the insurgent", "a soldier" (one, if
        # the counted noun turns out singular; the caller checks).
        if i + 1 < n:
            after = tokens[i + 1]
            if not (after.is_digits or after.low in _NOT_ARTICLE_AFTER):
                return article_reading(i)
        elif start.low in ("a", "an"):
            return article_reading(i)
    qualifier = Qualifier.EXACT
    j = i
    for words, qual in _QUALIFIERS_BY_FIRST.get(start.low, ()):
        if words_at(tokens, i, words):
            qualifier = qual
            j = i + len(words)
            break
    if j == i and start.low in _QUALIFIER_ONLY:
        return None
    between = False
    if qualifier is Qualifier.EXACT and tokens[i].low == "between":
        between = True
        j = i + 1
    if j >= n:
        return None
    # Skip an opening quote glued to the number: "'More Than 50'".
    for words, word in _VAGUE_BY_FIRST.get(tokens[j].low, ()):
        if words_at(tokens, j, words):
            k = j + len(words)
            if k < n and tokens[k].low == "of":
                k += 1
            if word == "many" and qualifier is not Qualifier.EXACT:
                # "as many as" is a qualifier, handled above.
                return None
            return NumberReading(i, k, None, Qualifier.VAGUE, vague=word)
    plain = _read_plain(tokens, j)
    if plain is None:
        return None
    value, k, unit, digits, article = plain
    if j and tokens[j - 1].low in _AGE_BEFORE and _in_ages(tokens, j):
        return None  # "aged 6 and 4"
    if article and qualifier is not Qualifier.EXACT:
        return None  # "over the weekend", "about a week": a qualifier counts no article
    if (
        _is_date_context(tokens, j, k)
        or (k < n and tokens[k].low in _AGE_AFTER and age_end(tokens, k) is not None)
        or (k < n and digits and (tokens[k].low in TIME_WORDS or dotted_meridiem(tokens, k)))
    ):
        return None  # a date, an age or a clock time ("612 PST", "4 a.m.") is no count
    stated_high: int | None = None
    if k + 1 < n and (
        (between and tokens[k].low == "and") or (not between and tokens[k].low in _RANGE_JOINERS)
    ):
        high = _read_plain(tokens, k + 1)
        if high is not None and not high[4] and high[0] > value:
            if _is_date_context(tokens, k + 1, high[1]):
                return None
            hv, hk, hunit, hdigits, _ = high
            # "1.5 to 2 million": the scale of the top applies to the bottom.
            if hunit is not None and unit is None and value < hv // max(hunit, 1):
                value *= hunit
                unit = hunit
            if hv > value:
                stated_high = hv
                k = hk
                unit = unit if unit is not None else hunit
                digits = digits and hdigits
    if between and stated_high is None:
        return None
    if stated_high is None and k + 1 < n:
        for words, qual in _TRAILING_BY_FIRST.get(tokens[k].low, ()):
            if words == ("+",) and not (digits and tokens[k].gap == GLUED):
                continue  # "100+" only: "the 100 + 20" adds
            if words_at(tokens, k, words) and qualifier in (Qualifier.EXACT, qual):
                qualifier = qual  # "three or more minor injuries", "some 20 or so"
                k += len(words)
                break
    if stated_high is not None:
        # "about 60-80": the range is the estimate ("approx.", "some", "around")
        qualifier = Qualifier.RANGE if qualifier in _RANGE_AS_IS else qualifier
        if qualifier in _RANGE_FLOORS:
            stated_high = None  # "at least 10-15", "more than 10 to 15": the floor
        elif qualifier is not Qualifier.RANGE:
            # "up to 10-15": keep the top as the qualified number.
            value, stated_high = stated_high, None
    elif not digits and _digits_echo(tokens, k, value):
        k += 3  # "Twelve (12) persons": the words, then their digits in brackets
    return NumberReading(
        i,
        k,
        value,
        qualifier,
        stated_high=stated_high,
        scaled_unit=unit,
        written_digits=digits,
        article=article and qualifier is Qualifier.EXACT,
    )
