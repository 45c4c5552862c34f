"""
Ages set off after a person ("John Smith, 34, and ...", "his father, 52,"):
never counts, and the lists they stand in go on past them.

An age after its number and a list of ages after an age word are read with
the plain numbers, in :mod:`numerals`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from conflictfigures._lexicon import (
    MONTHS,
    PART_OPENERS,
    PEOPLE_NOUNS,
    PREPOSITIONS,
    TENS,
    UNITS,
    WEEKDAYS,
)

if TYPE_CHECKING:
    from conflictfigures._extraction.numbers import NumberReading
    from conflictfigures._extraction.text import Token


#: The oldest age read between commas after a name.
_OLDEST = 120


def age_set_off(tokens: list[Token], k: int) -> int:
    """
    ``"," AGE ","`` at ``k``, an age in digits between commas ("his father,
    52, and his brother"): the index of its second comma, or ``k`` when
    none stands there.
    """
    if (
        k + 2 < len(tokens)
        and tokens[k].text == ","
        and tokens[k + 2].text == ","
        and _age(tokens[k + 1].text)
    ):
        return k + 2
    return k


def ages_set_off(tokens: list[Token], k: int) -> int:
    """
    ``"," "aged"? AGE (("," | "and") AGE)+ ","`` at ``k``: the ages of a
    group's members between commas ("Three boys, aged 15, 16 and 18, have
    been arrested", "Two other teens, 15 and 17, were hit"; in words after
    "aged": "the three girls, aged six, seven and nine, who were killed"):
    the index of the closing comma, or ``k`` when none stands there.
    """
    n = len(tokens)
    if k >= n or tokens[k].text != ",":
        return k
    j = k + 1
    aged = j < n and tokens[j].low in ("aged", "ages")
    j += aged

    def age(tok: Token) -> bool:
        return _age(tok.text) or (aged and (tok.low in UNITS or tok.low in TENS))

    ages = 0
    while j < n and age(tokens[j]):
        ages += 1
        j += 1
        if j + 1 < n and tokens[j].low == "and" and age(tokens[j + 1]):
            j += 1
            continue
        if j < n and tokens[j].text == ",":
            if j + 1 < n and age(tokens[j + 1]):
                j += 1
                continue
            return j if ages >= 2 or (aged and ages) else k
        break
    return k


def past_aged(tokens: list[Token], k: int) -> int:
    """Past ``"aged" AGE`` at ``k`` ("A man aged 18 and two women"), else ``k``."""
    if k + 1 < len(tokens) and tokens[k].low == "aged" and tokens[k + 1].is_digits:
        return k + 2
    return k


def _age(text: str) -> bool:
    """Whether a token is an age in digits."""
    return text.isdecimal() and text.isascii() and 0 < int(text) <= _OLDEST


#: What may close an age set off after a person ("his brother, 14, at
#: home", "the neighbor's son, 40.").
_AGE_CLOSERS = frozenset({",", ".", ";", ")"})


def age_after_name(tokens: list[Token], num: NumberReading, *, person: bool = False) -> bool:
    """
    ``(NAME | PERSON) "," DIGITS ("," | "." | ";" | ")")``: an age set off
    after a person's name ("John Smith, 34, and Mary Jones, 29, were
    killed") or after a noun of one person (``person``: "killed his
    father, 52, and his brother, 14"), never a count; not after a place or
    a day ("In Kandahar, 12, including five children, were wounded").
    """
    first, last, n = num.first, num.last, len(tokens)
    if not (first >= 2 and last == first + 1):
        return False
    name = tokens[first - 2]
    return (
        num.written_digits
        and num.stated is not None
        and num.stated <= _OLDEST
        and tokens[first - 1].text == ","
        and (last == n or tokens[last].text in _AGE_CLOSERS)
        and (
            person
            or (
                name.is_capitalized
                and name.is_word
                and name.low not in WEEKDAYS
                and name.low not in MONTHS
                and not (first >= 3 and tokens[first - 3].low in PREPOSITIONS)
            )
        )
        and not (last + 1 < n and tokens[last + 1].low in PART_OPENERS)
    )


#: How many ages a list set off after a group may hold.
_MOST_AGES = 6


def _an_age(token: Token) -> bool:
    return len(token.text) <= 3 and _age(token.text)


def ages_after_group(tokens: list[Token], num: NumberReading) -> bool:
    """
    ``PEOPLE_NOUN "," AGE (("," | "and" | "," "and") AGE)+ CLOSER``: a number
    in a list of ages set off after a group of people ("The victims, 15 and
    16, were taken to hospital"; "the boys, 14, 15 and 17, were arrested"),
    never a count.
    """
    first, n = num.first, len(tokens)
    if not (num.written_digits and num.last == first + 1 and _an_age(tokens[first])):
        return False
    start = first
    for _ in range(_MOST_AGES):  # back to the first age of the list
        k = start - 1
        if k >= 0 and tokens[k].low == "and":
            k -= 1
        if k >= 0 and tokens[k].text == "," and k - 1 >= 0 and _an_age(tokens[k - 1]):
            k -= 1
        if k == start - 1 or k < 0 or not _an_age(tokens[k]):
            break
        start = k
    if start < 2 or tokens[start - 1].text != "," or tokens[start - 2].low not in PEOPLE_NOUNS:
        return False
    ages, k = 1, start + 1
    while k < n and ages <= _MOST_AGES:
        if tokens[k].text == "," and k + 1 < n and tokens[k + 1].low == "and":
            k += 1
        if tokens[k].low not in (",", "and") or k + 1 >= n or not _an_age(tokens[k + 1]):
            break
        ages, k = ages + 1, k + 2
    return ages >= 2 and (k == n or tokens[k].text in _AGE_CLOSERS)
