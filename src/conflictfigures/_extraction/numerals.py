"""
Plain numbers: digits ("1,200", "3.6", "1 200"), number words ("twenty-five",
"one hundred and twenty", "a dozen"), a scale after either ("3.6 million");
and the numbers that are no counts: days and years beside a month (dates) and
ages ("a 34-year-old", "aged 6 and 4", "between the ages of 18 and 25").

:func:`read_plain` reads one such number at a token, with no qualifier: the
numbers stage (:mod:`numbers`) puts qualifiers, ranges and articles around
it. Each call looks at a bounded number of tokens.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING

from conflictfigures._extraction.text import GLUED, ONE_APART, words_at
from conflictfigures._lexicon import (
    AGE_UNITS,
    AGE_WORDS,
    DASHES,
    DIGIT_ONLY_SCALES,
    MONTHS,
    PASSIVE_TRIGGERS,
    PEOPLE_NOUNS,
    RANGE_VERBS,
    SCALES,
    SET_OF_NOUNS,
    TENS,
    UNITS,
)

if TYPE_CHECKING:
    from conflictfigures._extraction.text import Token

__all__ = [
    "AGE_AFTER",
    "AGE_BEFORE",
    "age_end",
    "age_list_end",
    "in_ages",
    "is_date_context",
    "read_plain",
]

#: Longest digit string read as a count; longer runs are identifiers or noise.
_MAX_DIGITS = 15
#: Thousands separators the tokenizer keeps inside a number, read as ",";
#: the Arabic decimal separator, read as ".".
_SEPARATORS = str.maketrans(
    {"\u00a0": ",", "\u202f": ",", "\u2009": ",", "'": ",", "\u066c": ",", "\u066b": "."}
)


#: How far after "both" the "and" of "both X and Y" may stand.
_BOTH_REACH = 5
#: Words that end the group after "both" before any "and" ("both were
#: killed and ...", "both children").
_BOTH_STOPS = frozenset({"were", "was", "are", "have", "had", "died", "children", "people"})


def _indian_grouped(text: str) -> bool:
    """Whether digits are grouped the Indian way, in pairs before the thousands ("1,23,000")."""
    groups = text.split(",")
    return (
        len(groups) >= 3
        and 1 <= len(groups[0]) <= 2
        and all(len(g) == 2 for g in groups[1:-1])
        and len(groups[-1]) == 3
    )


def _after_month(tokens: list[Token], i: int) -> bool:
    """Whether a month's name (or its abbreviation and point) stands right before ``i``."""
    j = i - 1
    if j > 0 and tokens[j].text == ".":
        j -= 1
    return j >= 0 and tokens[j].low in MONTHS


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
        western = 1 <= len(groups[0]) <= 3 and all(len(g) == 3 for g in groups[1:])
        # the Indian grouping, lakhs and crores in pairs before the thousands
        # ("1,23,000" is 123,000; "7,24,500" is 724,500)
        if not (western or _indian_grouped(",".join(groups))):
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
                and tokens[j].text in DASHES
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
            and tokens[j].text in DASHES
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


def read_plain(tokens: list[Token], i: int) -> tuple[int, int, int | None, bool, bool] | None:
    """
    Read a number without qualifier or range at ``tokens[i]``.

    Returns ``(value, next index, scaled unit, written in digits, article)``.
    """
    n = len(tokens)
    tok = tokens[i]
    low = tok.low
    if tok.is_digits:
        parsed = _digits_value(tok)
        if parsed is None or (_indian_grouped(tok.text) and _after_month(tokens, i)):
            # ("On March 12,15,000 people fled": a day glued to the count)
            return None
        value, decimals = parsed
        j = i + 1
        # Glued letters that are not a scale ("10km", "2nd") or a glued
        # designation before ("M5", "S-400", "F-35") make it no count; a
        # word of harm or of people glued by a lost space still follows
        # one ("24 dead and 50wounded").
        if (
            j < n
            and tokens[j].gap == GLUED
            and tokens[j].is_word
            and tokens[j].low not in SCALES
            and not _lost_space(tokens[j])
        ):
            return None
        if i > 0:
            prev = tokens[i - 1]
            if tok.gap == GLUED and (prev.is_word or prev.is_digits):
                return None
            if (
                prev.text in DASHES
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
        if i + 3 < n and tokens[i + 1].low in SET_OF_NOUNS and tokens[i + 2].low == "of":
            # "a pair of cattle traders": two; "a trio of suspected thieves": three
            return SET_OF_NOUNS[tokens[i + 1].low], i + 3, None, False, False
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


#: How long a word glued to digits must be to be read as one after a lost space.
_GLUED_WORD = 5


def _lost_space(tok: Token) -> bool:
    """
    Whether a word glued to the digits before it is a word of harm or of
    people that a lost space joined to its count ("50wounded", "12people";
    not "10km", "9mm", "2nd").
    """
    low = tok.low
    return len(low) >= _GLUED_WORD and (low in PASSIVE_TRIGGERS or low in PEOPLE_NOUNS)


def is_date_context(tokens: list[Token], i: int, j: int) -> bool:
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
        if (
            value >= 1900
            and prev.text == ","
            and i > 2
            and tokens[i - 2].text.isdecimal()
            and len(tokens[i - 2].text) <= 2
            and tokens[i - 3].low.rstrip(".") in MONTHS
        ):
            return True  # the year of "since February 24, 2022 to 3,745"
    return False


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
    to 45", "between the ages of 18 and 25"; also an age range told in years
    with no age word: "between 17 and 25 years old").
    """
    n = len(tokens)
    if k < n and tokens[k].low in ("between", "from"):
        years = _years_old_end(tokens, k + 1)
        if years is not None:
            return years  # "between 17 and 25 years old", "from 14 to 16 years of age"
    if k + 2 < n and tokens[k].low == "between" and tokens[k + 1].low == "the":
        k += 2  # "between the ages of 18 and 25"
    if k >= n or tokens[k].low not in AGE_WORDS:
        return None
    j = k + 1
    if j < n and tokens[j].low in _AGE_RANGE_VERBS:
        j += 1  # "whose ages range from 17 to 59"
    if j < n and tokens[j].low in _AGE_OPENERS:
        j += 1
    end: int | None = None
    while j < n:
        plain = read_plain(tokens, j)
        if plain is None:
            break
        end = j = plain[1]
        if j + 1 < n and (tokens[j].low in ("and", ",", "to") or tokens[j].text in DASHES):
            j += 1
            continue
        break
    return end


def _years_old_end(tokens: list[Token], j: int) -> int | None:
    """
    ``NUMBER ("and" | "to" | "-") NUMBER "years" ("old" | "of" "age")`` from
    ``j``: the index after it, else ``None``.
    """
    n = len(tokens)
    first = read_plain(tokens, j)
    if first is None or first[1] + 1 >= n:
        return None
    k = first[1]
    if not (tokens[k].low in ("and", "to") or tokens[k].text in DASHES):
        return None
    second = read_plain(tokens, k + 1)
    if second is None or second[1] + 1 >= n or tokens[second[1]].low != "years":
        return None
    m = second[1] + 1
    if tokens[m].low == "old":
        return m + 1
    if m + 1 < n and tokens[m].low == "of" and tokens[m + 1].low == "age":
        return m + 2
    return None


#: Words that may stand between an age word and its first age ("aged between
#: 20 and 30", "in age from 17 to 45", "the ages of 18 and 25").
_AGE_OPENERS = frozenset({"between", "from", "of"})
#: Verbs between an age word and its opener ("whose ages range from 17 to 59").
_AGE_RANGE_VERBS = RANGE_VERBS
#: The words that can stand right before a number of a list of ages, and
#: right after the number of an age: screened before the ages are read.
AGE_BEFORE = AGE_WORDS | _AGE_OPENERS | {"and", ",", "to"} | DASHES
AGE_AFTER = AGE_UNITS | DASHES


def in_ages(tokens: list[Token], i: int) -> bool:
    """
    Whether the number at ``i`` stands in a list of ages ("aged 6 and 4"; not
    a count after them: "A man aged forty and two of his children were
    killed").
    """
    if i + 1 < len(tokens) and (tokens[i + 1].low == "of" or tokens[i + 1].low in PEOPLE_NOUNS):
        return False
    if i >= 3 and tokens[i - 1].text in DASHES and tokens[i - 3].text in DASHES:
        return False  # a chain of numbers joined by dashes ("5-5-5") is no list of ages
    for k in range(i - 1, max(-1, i - 8), -1):
        low = tokens[k].low
        if low in AGE_WORDS:
            end = age_list_end(tokens, k)
            return end is not None and end > i
        if not (
            tokens[k].is_digits
            or low in UNITS  # "aged four and six"
            or low in TENS
            or low in ("and", ",", "to")
            or tokens[k].text in DASHES
            or (
                low in _AGE_OPENERS
                and k > 0
                and (
                    tokens[k - 1].low in AGE_WORDS
                    or (
                        tokens[k - 1].low in _AGE_RANGE_VERBS
                        and k > 1
                        and tokens[k - 2].low in AGE_WORDS
                    )
                )
            )
            or (low in _AGE_RANGE_VERBS and k > 0 and tokens[k - 1].low in AGE_WORDS)
        ):
            return False
    return False
