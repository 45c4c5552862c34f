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

from typing import TYPE_CHECKING, TypeVar

from conflictfigures._extraction.numerals import (
    AGE_AFTER,
    AGE_BEFORE,
    age_end,
    in_ages,
    is_date_context,
    read_plain,
)
from conflictfigures._extraction.text import (
    GLUED,
    TokenFlags,
    dotted_meridiem,
    model_code,
    past_form,
    possessive,
    words_at,
)
from conflictfigures._lexicon import (
    AUXILIARIES,
    COUNTING_ORDINALS,
    COUNTING_PLACES,
    DASHES,
    FRACTION_NOUNS,
    INTRANSITIVE_TRIGGERS,
    PARENT_NOUNS,
    PEOPLE_NOUNS,
    QUALIFIERS,
    SCALES,
    SET_OF_NOUNS,
    TENS,
    TIME_WORDS,
    TOLD_AGAIN,
    TRAILING_QUALIFIERS,
    TWIN,
    UNITS,
    VAGUE_WORDS,
)
from conflictfigures.models import Qualifier

if TYPE_CHECKING:
    from conflictfigures._extraction.text import Token

__all__ = ["NUMBER_STARTERS", "NumberReading", "count_word", "dimension_at", "read_number"]

_V = TypeVar("_V")

_RANGE_JOINERS = frozenset({"to", "or"}) | DASHES


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
        if possessive(tokens[m].low):
            return m + 1 if tokens[m + 1].low in PARENT_NOUNS else None
        if not (tokens[m].is_word or tokens[m].low == "-"):
            return None
    return None


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
    | {"dozen"}
    | set(SET_OF_NOUNS)
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


#: Words after an article that may make it something else than one of a
#: noun: a number, a scale, a qualifier, an age ("a year-old ...").
_ARTICLE_SLOW_AFTER = _NOT_ARTICLE_AFTER | AGE_AFTER


#: The years a number right before a vague word may be ("In 2014 thousands
#: of people fled": a year, not the count the vague word is part of).
_YEARS = range(1800, 2200)


def count_word(tok: Token) -> bool:
    """Whether a token is a count's word: digits, or a number's word ("two", "twenty")."""
    return tok.is_digits or tok.low in UNITS or tok.low in TENS


def _count_before(tok: Token) -> bool:
    """Whether a token right before a vague word is a count it belongs to ("1,348 multiple")."""
    if tok.low in UNITS:
        return True
    text = tok.text.replace(",", "")
    return tok.is_digits and not (len(text) == 4 and text.isdigit() and int(text) in _YEARS)


def ordinal_value(tok: Token) -> int | None:
    """The place a counting ordinal past the first names ("fourth": 4, "3rd": 3), else ``None``."""
    if not _is_ordinal(tok):
        return None
    low = tok.low
    if low in COUNTING_ORDINALS:
        return COUNTING_PLACES[low]
    return int(low[:-2])


def ordinal_at(tokens: list[Token], k: int) -> tuple[int, int] | None:
    """
    A counting ordinal past the first at ``k``, in words ("fourth") or in
    digits with its glued ending ("19th", which the tokens hold as "19" and
    "th"): its place and the index after it, else ``None``.
    """
    if k >= len(tokens):
        return None
    tok = tokens[k]
    if _is_ordinal(tok):
        value = ordinal_value(tok)
        return None if value is None else (value, k + 1)
    if (
        tok.is_digits
        and len(tok.text) <= 4
        and k + 1 < len(tokens)
        and tokens[k + 1].gap == GLUED
        and tokens[k + 1].low in ("st", "nd", "rd", "th")
        and int(tok.text) > 1
    ):
        return int(tok.text), k + 2
    return None


def ordinal_compound(tokens: list[Token], k: int) -> bool:
    """
    Whether the word at ``k`` is joined to the next by a dash, as an ordinal
    is in a compound modifier ("a sixth-grade student", "a first-year
    student"): a grade or a year, no place among a count.
    """
    return k + 1 < len(tokens) and tokens[k + 1].text == "-" and tokens[k + 1].gap == GLUED


def _is_ordinal(tok: Token) -> bool:
    """Whether a word is a counting ordinal past the first ("third", "4th")."""
    low = tok.low
    if low in COUNTING_ORDINALS:
        return True
    return tok.is_word and low[:-2].isdigit() and low.endswith(("st", "nd", "rd", "th"))


#: Words between "the" and a count of the people they single out ("the
#: other 2", "the remaining 12", "the last three", "the first two").
_COUNT_AFTER_THE = frozenset({"other", "remaining", "last", "final", "first"})

#: Whether a word after an article leaves it the common article reading of
#: :func:`read_number`: no number, scale, qualifier, age or ordinal, not
#: "other" ("the other 2") and no parents ("their parents": two).
COMMON_AFTER_ARTICLE = TokenFlags(
    lambda tok: (
        not tok.is_digits
        and tok.low not in _ARTICLE_SLOW_AFTER
        and tok.low not in _COUNT_AFTER_THE
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


def _clock_part(tokens: list[Token], j: int, first: Token, after: Token | None) -> bool:
    """
    Whether the digits at ``j`` (``first``; ``after``: the token after them) stand on
    either side of a glued colon with digits on its other side: ``DIGITS ":"
    DIGITS``, a time of day ("2:50 a.m.", "10:22 p.m.") or a score, never a
    count.
    """
    if after is not None and after.text == ":" and after.gap == GLUED:
        return j + 2 < len(tokens) and tokens[j + 2].gap == GLUED and tokens[j + 2].is_digits
    return j >= 2 and first.gap == GLUED and tokens[j - 1].text == ":" and tokens[j - 2].is_digits


def dimension_at(joiner: Token, first: Token) -> bool:
    """
    Whether a number is a dimension's second side, not a count.

    ``joiner`` is the token right before the number and ``first`` the one
    before that: "-by-" or "x" glues the two sides ("six-by-six", "4x4",
    "two-by-four"), a size or a drive.  (The first side is never read as a
    count: nothing it could count follows it.)
    """
    if joiner.gap != GLUED:
        return False
    if joiner.low == "x":
        return first.is_digits or first.low in UNITS
    return joiner.text in DASHES and first.low == "by" and first.gap == GLUED


def read_number(tokens: list[Token], i: int) -> NumberReading | None:
    """
    Read a qualified number expression starting at ``tokens[i]``:
    ``QUALIFIER? (VAGUE | NUMBER (("to" | "-") NUMBER)?)``, or
    ``"between" NUMBER "and" NUMBER``; ``None`` past the last token (a
    text cut short after a verb: "The town has received").
    """
    if i >= len(tokens):
        return None
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
        and tokens[i + 1].low in _COUNT_AFTER_THE
        and (tokens[i + 2].is_digits or tokens[i + 2].low in UNITS or tokens[i + 2].low in TENS)
    ):
        # "injuring the other 2", "killing the last three terrorists": the
        # number after counts them
        return None
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
            or (start.low in ("a", "an") and ordinal_at(tokens, i + 1) is not None)
        ):
            return article_reading(i)
    if start.low == TWIN:
        # "Twin brothers aged 19 were killed": two people
        if i + 1 < n and tokens[i + 1].low in PEOPLE_NOUNS and tokens[i + 1].low.endswith("s"):
            return NumberReading(i, i + 1, 2, Qualifier.EXACT)
        return None
    if (
        start.low == "the"
        and i + 2 < n
        and tokens[i + 1].low in TOLD_AGAIN
        and tokens[i + 2].low == "number"
        and (i + 3 == n or tokens[i + 3].low != "of")
    ):
        # "killing ten and injuring the same number": an article's count, which
        # ``same_number.numbers_told_again`` sets to the count before it
        return article_reading(i)
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
        age = read_plain(tokens, i + 1)
        if age is not None and (end := age_end(tokens, age[1])) is not None:
            return NumberReading(i, end, 1, Qualifier.EXACT, article=start.low != "one")
    if i == 0 or not tokens[i - 1].is_word:
        # A headline's bare age: "Thirty-five year old man drowned" is one
        # man (the caller checks that the noun is singular).
        age = read_plain(tokens, i)
        if age is not None and (end := age_end(tokens, age[1])) is not None:
            return NumberReading(i, end, 1, Qualifier.EXACT, article=True)
    if start.low in ("a", "an") and (placed := ordinal_at(tokens, i + 1)) is not None:
        past = placed[1]  # (past "third", or past "19th")
        if past < n and tokens[past].low == "of":
            return None  # "a sixth of the population": a share, no count
        if ordinal_compound(tokens, past - 1):
            return article_reading(i)  # "a sixth-grade student": one, of a grade
        # "a third victim", "wounded a fourth one", "A 19th victim": one more person.
        end = past + 1 if past < n and tokens[past].low == "one" else past
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
            if j == i and i and _count_before(tokens[i - 1]):
                return None  # "1,348 multiple rocket launchers": a word of the group
            k = j + len(words)
            if k < n and tokens[k].low == "of":
                k += 1
            if word == "many" and qualifier is not Qualifier.EXACT:
                # "as many as" is a qualifier, handled above.
                return None
            if word == "many" and (
                k >= n
                or not tokens[k].is_word
                or tokens[k].low in AUXILIARIES
                or past_form(tokens[k].low)
                or tokens[k].low in INTRANSITIVE_TRIGGERS
            ):
                return None  # "Many fled", "Many were killed": people told before, no count
            if j == i and i and tokens[i - 1].low == "how":
                return None  # "it is not known how many were killed": a question, no count
            if k < n and tokens[k].low in AGE_AFTER and age_end(tokens, k) is not None:
                return None  # "infants only a few months old": an age, no count
            return NumberReading(i, k, None, Qualifier.VAGUE, vague=word)
    plain = read_plain(tokens, j)
    if plain is None:
        return None
    value, k, unit, digits, article = plain
    if j and tokens[j - 1].low in AGE_BEFORE and in_ages(tokens, j):
        return None  # "aged 6 and 4"
    next_tok = tokens[k] if k < n else None
    if article and qualifier is not Qualifier.EXACT:
        return None  # "over the weekend", "about a week": a qualifier counts no article
    if (
        is_date_context(tokens, j, k)
        or (next_tok is not None and next_tok.low in AGE_AFTER and age_end(tokens, k) is not None)
        or (
            digits
            and next_tok is not None
            and (next_tok.low in TIME_WORDS or dotted_meridiem(tokens, k))
        )
        or (digits and _clock_part(tokens, j, start if j == i else tokens[j], next_tok))
    ):
        # a date, an age or a clock time ("612 PST", "4 a.m.", "about 2:50")
        # is no count
        return None
    stated_high: int | None = None
    if k + 1 < n and (
        (between and tokens[k].low == "and") or (not between and tokens[k].low in _RANGE_JOINERS)
    ):
        high = read_plain(tokens, k + 1)
        if high is not None and not high[4] and high[0] > value:
            if is_date_context(tokens, k + 1, high[1]):
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
                if k < n and tokens[k].low in AGE_AFTER and age_end(tokens, k) is not None:
                    return None  # "students between 11 and 15 years old": ages
    if between and stated_high is None:
        return None
    if stated_high is None and k + 1 < n:
        for words, qual in _TRAILING_BY_FIRST.get(tokens[k].low, ()):
            if words == ("+",) and not (digits and tokens[k].gap == GLUED):
                continue  # "100+" only: "the 100 + 20" adds
            if words[0] == "-" and not (
                tokens[k].gap == GLUED and k + 1 < n and tokens[k + 1].gap == GLUED
            ):
                continue  # "1,700-plus", "40-odd"; not "killed 12 - plus three others"
            if words_at(tokens, k, words) and qualifier in (Qualifier.EXACT, qual):
                qualifier = qual  # "three or more minor injuries", "some 20 or so"
                k += len(words)
                break
    if (
        stated_high is None
        and k + 1 < n
        and tokens[k].text == "-"
        and (tokens[k + 1].low in FRACTION_NOUNS or tokens[k + 1].low + "s" in FRACTION_NOUNS)
    ):
        return None  # "two-thirds of them", "one-fifth": a share, no count
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
