"""
A person named again in an appositive after the one person just counted,
not a further member of a list: after a name ("killed Nur Mohammad, the
Taliban deputy governor,"), after a person of one's own ("killed his father,
a retired teacher, and his brother"), after one person introduced with "a"
("killed a hostage, a 36-year-old engineer, on 4 December"), or ending the
clause with no list going on ("killed a policeman, a 45-year-old father of
three."; session 59).  Moved out of :mod:`.lists` in session 59.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from conflictfigures import _lexicon as lx
from conflictfigures._extraction.ages import age_set_off, past_aged
from conflictfigures._extraction.dates import DATE_STARTERS, year_of
from conflictfigures._extraction.heads import head_word
from conflictfigures._extraction.numbers import read_number
from conflictfigures._extraction.numerals import age_end

if TYPE_CHECKING:
    from conflictfigures._extraction.numbers import NumberReading
    from conflictfigures._extraction.reading import Reading
    from conflictfigures._extraction.text import Token

__all__ = ["appositive_of"]


def appositive_of(
    tokens: list[Token], prev: Reading, num: NumberReading, np: tuple[int, int, int]
) -> bool:
    """
    ``PERSON ("," AGE)? "," ("the" | "a" | "an") NP``: the one person just
    read, named again in an appositive, not a further member of a list:
    after a name ("killed Nur Mohammad, the Taliban deputy governor,",
    "killed Ananta Bijoy Das, 30, a blogger,") or after a person of one's
    own ("killed his father, a retired teacher, and his brother"), where the
    appositive is indefinite and closed by a comma; or after one person
    introduced with "a" when no list goes on after the closing comma
    ("killed a hostage, a 36-year-old engineer, on 4 December").
    """
    first, n = num.first, len(tokens)
    if not (num.article and first > 0 and tokens[first - 1].text == ","):
        return False
    opener = tokens[first].low
    if opener not in ("the", "a", "an"):
        return False
    if prev.last != first - 1 and age_set_off(tokens, prev.last) != first - 1:
        return False
    if tokens[prev.last - 1].is_capitalized and (prev.number.stated or 0) <= 1:
        return True  # (a name's appositive; not a count's people: "two Britons, a teacher")
    end = max(np[1], np[2])
    if opener == "the" or _two_people(prev.head, head_word(tokens, np)):
        return False  # "killed a man, a woman at the bus stop": two
    if (end >= n or tokens[end].text != ",") and not _ends_one_person_list(tokens, prev, end):
        return False
    if end >= n or tokens[end].text != ",":
        return True  # "killed a policeman, a 45-year-old father of three."
    if prev.np[1] > prev.np[0] and tokens[prev.np[0] - 1].low in lx.POSSESSIVES:
        return True
    # after one person introduced with "a", an appositive that no list goes
    # on from: "killed a hostage, a 36-year-old engineer, on 4 December";
    # not "killed a hostage, a soldier, and a policeman"
    after = tokens[end + 1] if end + 1 < n else None
    return (
        prev.number.stated == 1
        and tokens[prev.number.first].low in ("a", "an")
        and after is not None
        and after.low not in lx.LIST_JOINERS
        and after.low not in ("a", "an", "the")
        and not after.is_digits
        and read_number(tokens, end + 1) is None
    )


#: How far past an appositive its clause is read for a list that goes on.
_APPOSITIVE_CLAUSE_REACH = 24


def _ends_one_person_list(tokens: list[Token], prev: Reading, end: int) -> bool:
    """
    Whether an appositive ending at ``end`` (no closing comma) names again
    the one person ``prev`` counted, introduced with "a" or told last in its
    list after "and" ("killed a policeman, a 45-year-old father of three.",
    "killing 12 visitors and the bomber, a 21-year-old student with links
    to the group."): no list joiner nor count stands after it in its clause.
    """
    if prev.number.stated != 1:
        return False
    opener = tokens[prev.number.first].low
    before = tokens[prev.first - 1].low if prev.first > 0 else ""
    if (opener not in ("a", "an") and before != "and") or before == ",":
        return False  # (a list's member after a comma: "a doctor, a nurse, a paramedic")
    if not _describes(tokens, prev.last + 2, end):
        return False  # another person: "killed a pilot, a co-pilot."
    for k in range(end, min(len(tokens), end + _APPOSITIVE_CLAUSE_REACH)):
        t = tokens[k]
        if t.text in (".", ";", ":") or t.low in lx.FINITE_AUXILIARIES:
            return True
        if (t.is_digits or t.low in lx.UNITS) and tokens[k - 1].low == "of":
            continue  # the appositive's own "of": "a father of three"
        if t.low in ("and", "or", ",") or t.is_digits or t.low in lx.UNITS:
            return False
    return end + _APPOSITIVE_CLAUSE_REACH >= len(tokens)


def _describes(tokens: list[Token], start: int, end: int) -> bool:
    """
    Whether the words of an appositive from ``start`` to ``end`` describe a
    person rather than name one more: an age ("a 45-year-old father", "a
    woman aged 60"), or a preposition's phrase after its noun ("a father of
    three", "a student with links to", "a nurse at the local hospital"; two
    people of other kinds or roles are told apart by :func:`_two_people`
    first: "a man, a woman at the bus stop"), not a phrase of the deed's
    time or spot (:func:`_deed_adjunct`: "a herder on Tuesday").
    """
    if any(age_end(tokens, k) is not None for k in range(start + 1, end)):
        return True  # "a 45-year-old father"
    return end < len(tokens) and (
        (tokens[end].low in lx.PREPOSITIONS and not _deed_adjunct(tokens, end))
        or past_aged(tokens, end) != end
    )


#: How many words a phrase of time may take before its word of time ("in
#: the early hours of Sunday").
_TIME_PHRASE_REACH = 6


def _deed_adjunct(tokens: list[Token], j: int) -> bool:
    """
    Whether the preposition at ``j`` opens a phrase of the deed's time or
    spot, which describes no one ("killed a farmer, a herder on Tuesday",
    "in the early hours of Sunday", "at dawn", "at the scene";
    ``lx.DEATH_SPOTS``): a word of a date or a time of day ends the phrase,
    before any mark or other preposition ("on the night shift" is no time;
    "at the local hospital" describes the person).
    """
    n = len(tokens)
    if any(tuple(t.low for t in tokens[j : j + len(spot)]) == spot for spot in lx.DEATH_SPOTS):
        return True
    if tokens[j].low == "of":
        return False
    for k in range(j + 1, min(n, j + 1 + _TIME_PHRASE_REACH)):
        tok = tokens[k]
        if not (tok.is_word or tok.is_digits) or (tok.low in lx.PREPOSITIONS and tok.low != "of"):
            return False
        if _time_word(tok):
            nxt = tokens[k + 1] if k + 1 < n else None
            return nxt is None or not nxt.is_word or nxt.low in lx.PREPOSITIONS or _time_word(nxt)
    return False


def _time_word(tok: Token) -> bool:
    """Whether ``tok`` is a word of a date or a time of day ("Sunday", "March", "dawn", "2023")."""
    if tok.is_digits:
        return year_of(tok) is not None
    return tok.low in DATE_STARTERS or tok.low in lx.DAY_TIMES


def _two_people(head: str | None, other: str | None) -> bool:
    """
    Whether two nouns of one person never name the same one: of opposite
    kinds (``lx.OTHER_KINDS``: a man and a woman, a child and an adult) or
    two different roles of one setting (``lx.EXCLUSIVE_ROLES``: a driver and
    a passenger, a doctor and a nurse, a policeman and a soldier).
    """
    if head is None or other is None or head == other:
        return False
    for one, two in lx.OTHER_KINDS:
        if (head in one and other in two) or (head in two and other in one):
            return True
    for roles in lx.EXCLUSIVE_ROLES:
        held = [k for k, nouns in enumerate(roles) if head in nouns or other in nouns]
        if len(held) == 2:
            return True
    return False
