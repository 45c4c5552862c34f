"""
Noun-phrase chunks: the counted group after a number, its head noun and
the class of that noun (people, equipment, self-counting, not counted).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from conflictfigures import _lexicon as lx
from conflictfigures._extraction.text import GLUED, Token

if TYPE_CHECKING:
    from conflictfigures.models import Category


def read_np(tokens: list[Token], j: int) -> tuple[int, int, int]:
    """
    Read the counted group's words from ``tokens[j]``:
    ``np = ("of" DETERMINER?)? WORD (("-" | "'s") WORD)* ...``, at most six words.

    Returns ``(start, end, next)``: the words' token range and the index after.
    """
    n = len(tokens)
    k = j
    # A closing quote glued after the number ("'More Than 50' Syrian Forces").
    if k < n and tokens[k].text in lx.QUOTES and tokens[k].gap == GLUED:
        k += 1
    if k < n and tokens[k].low == "of" and k + 1 < n and tokens[k + 1].is_word:
        k += 1
    start = k
    words = 0
    while k < n and words < 7:
        tok = tokens[k]
        low = tok.low
        if tok.is_word:
            # Any of these ends the group; the words that can are screened
            # with one lookup first.
            if low in NP_ENDERS and (
                (
                    low == "of"
                    and not (
                        # "members of the armed forces", "personnel of the army"
                        words
                        and tokens[k - 1].low in ("members", "member", "personnel", "units", "unit")
                        and k + 1 < n
                        and tokens[k + 1].is_word
                    )
                    and not (
                        # A proper name with "of" inside: "Islamic Movement of Uzbekistan".
                        words
                        and tokens[k - 1].is_capitalized
                        and k + 1 < n
                        and tokens[k + 1].is_capitalized
                        and tokens[k + 1].low not in lx.MONTHS
                    )
                )
                or (low in lx.NP_STOP and not (low in lx.DETERMINERS and k == start))
                or (low in lx.PASSIVE_TRIGGERS and (words or low != "missing"))
                or (words and low in lx.AUXILIARIES)
            ):
                break
            if (
                # The group ends after its noun ("refugees already camped"),
                # but a name used as a modifier does not end it ("Taliban
                # attack coordinator").
                words
                and tokens[k - 1].low in COUNTED
                and not tokens[k - 1].is_capitalized
                and tokens[k - 1].low != "other"  # "one other suspected insurgent"
                and low not in COUNTED
            ):
                break
            words += 1
            k += 1
            continue
        if (
            tok.text == "("
            and words
            and k + 2 < n
            and tokens[k + 1].is_word
            and tokens[k + 1].text.isupper()
            and tokens[k + 2].text == ")"
        ):
            # An acronym in parentheses: "Islamic Movement of Uzbekistan (IMU) leader".
            k += 3
            continue
        if tok.text in lx.DASHES and tok.gap == GLUED and words and k + 1 < n:
            nxt = tokens[k + 1]
            if nxt.is_word and nxt.gap == GLUED:
                k += 2
                continue
        break
    end = k
    # Never end on a determiner or "of".
    while end > start and tokens[end - 1].low in lx.DETERMINERS:
        end -= 1
    return start, end, end


#: The words that can end a counted group's words by themselves (see ``read_np``).
NP_ENDERS = frozenset({"of"} | set(lx.NP_STOP) | set(lx.PASSIVE_TRIGGERS) | set(lx.AUXILIARIES))


#: The nouns that can head a counted group.
COUNTED = frozenset(set(lx.PEOPLE_NOUNS) | set(lx.EQUIPMENT_NOUNS) | set(lx.SELF_COUNTING_NOUNS))


def noun_class(low: str | None) -> str:
    """Return "people", "equipment", "self", "not" or "unknown" for a head noun."""
    if low is None:
        return "none"
    if low in lx.SELF_COUNTING_NOUNS:
        return "self"
    if low in lx.NOT_COUNTED_NOUNS:
        return "not"
    if low in lx.EQUIPMENT_NOUNS:
        return "equipment"
    if low in lx.PEOPLE_NOUNS:
        return "people"
    if low in lx.SIDES and low.endswith("s"):
        return "people"
    if low.endswith(lx.AGENT_SUFFIXES) and not low.endswith("s") and low not in lx.NOT_AGENTS:
        # "coordinator", "manufacturer", "extremist": one who does something.
        return "agent"
    return "unknown"


def choose(categories: tuple[Category | None, Category | None], cls: str) -> Category | None:
    """Pick the people or the equipment category of a trigger for a head class."""
    people, equipment = categories
    if cls == "equipment":
        return equipment
    if cls == "agent":
        return people if equipment is None else None
    if cls in ("people", "none"):
        return people
    if cls == "self":
        return people
    return None


def side_of(tokens: list[Token], start: int, end: int) -> str | None:
    for k in range(start, end):
        side = lx.SIDES.get(tokens[k].low)
        if side is not None:
            return side
    return None


def plural(low: str) -> bool:
    return low.endswith("s") or low in {
        "personnel",
        "police",
        "people",
        "children",
        "men",
        "women",
        "military",
        "crew",
        "staff",
        "forces",
        "artillery",
        "aircraft",
    }


def is_name(tok: Token) -> bool:
    low = tok.low
    return (
        tok.is_word
        and tok.is_capitalized
        and low not in lx.SIDES
        and low not in lx.WEEKDAYS
        and low not in lx.MONTHS
        and low not in lx.PEOPLE_NOUNS
        and low not in lx.EQUIPMENT_NOUNS
        and low not in lx.NP_STOP
        and low not in lx.AGENT_NOUNS
        and low not in lx.PRONOUNS
    )


def singular_group_end(tokens: list[Token], i: int) -> int | None:
    """
    Read a name or a singular group without a number from ``tokens[i]``
    ("Mawawi Akbar", "Taliban leader Saifullah", "senior Taliban commander").

    Returns the index after it, or ``None`` when the words are not one person.
    """
    n = len(tokens)
    k = i
    saw_name = False
    saw_noun = False
    while k < n and k < i + 7:
        t = tokens[k]
        if t.is_word and t.low in lx.PEOPLE_NOUNS:
            if plural(t.low) or t.low in lx.COLLECTIVE_NOUNS:
                if t.low == "taliban" and k + 1 < n and tokens[k + 1].low in lx.PEOPLE_NOUNS:
                    k += 1
                    continue
                return None
            saw_noun = True
            k += 1
            continue
        if is_name(t) or (t.is_word and t.is_capitalized and t.low in lx.SIDES):
            saw_name = saw_name or is_name(t)
            k += 1
            continue
        if t.is_word and t.low in (
            "senior",
            "suspected",
            "local",
            "top",
            "mid-level",
            "associated",
            "al",
        ):
            k += 1
            continue
        if t.text in lx.DASHES and k + 1 < n and tokens[k + 1].gap == GLUED and k > i:
            k += 1
            continue
        break
    if not (saw_name or saw_noun) or k == i:
        return None
    return k
