"""
People no one can yet account for: the missing, told by a negated "account
for" after their count ("We still have about 60 people we cannot account
for", "40 residents who have not been accounted for", "12 workers are yet to
be accounted for"). "unaccounted for" is a passive phrase of its own; "have
been accounted for", with no negation, counts the found, and no one here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from conflictfigures import _lexicon as lx
from conflictfigures._extraction.numbers import read_number
from conflictfigures._extraction.reading import Reading, finish
from conflictfigures.models import Category

if TYPE_CHECKING:
    from conflictfigures._extraction.text import Token

__all__ = ["unaccounted_readings"]
#: Words of a negation before "account for" ("cannot", "have not been", "are yet to be").
_NEGATIONS = frozenset({"not", "cannot", "never", "yet"})
#: Words that may stand between the counted group and "account for": a
#: relative pronoun, the subject of the clause, modals and auxiliaries.
_BETWEEN = (
    lx.RELATIVE_PRONOUNS
    | lx.PRONOUNS
    | lx.AUXILIARIES
    | _NEGATIONS
    | {"can", "could", "will", "whom", "officials", "authorities", "rescuers", "police"}
)
#: How many words a group and what stands after it may hold before "account".
_REACH = 10
#: How many words the counted group may hold after its number ("people", "foreign workers").
_GROUP_WORDS = 3
#: How many words a number and its qualifier may hold ("more than 60").
_QUALIFIER_WORDS = 3


def _negated(tokens: list[Token], k: int) -> bool:
    """Whether a negation stands within three words before ``k`` ("cannot", "haven't been")."""
    return any(t.low in _NEGATIONS or t.low.endswith("n't") for t in tokens[max(0, k - 3) : k])


#: Words after "account for" that leave it no object of its own ("... cannot
#: account for and fear are dead", "... not been accounted for since Friday").
_AFTER_GAP = lx.PREPOSITIONS | {"and", "but", "yet", "since", "so", "after", "as", "still"}


def _no_object(tokens: list[Token], k: int) -> bool:
    """
    Whether "account for" ends its clause before ``k``: the people counted
    before it are its object ("60 people we cannot account for"; not "Two
    soldiers could not account for their rifles").
    """
    return k >= len(tokens) or not tokens[k].is_word or tokens[k].low in _AFTER_GAP


def _reading_before(tokens: list[Token], k: int) -> Reading | None:
    """
    ``NUMBER GROUP BETWEEN* `` ending right before ``k``: the group's count
    as missing, its group a noun of people, else ``None``.
    """
    m = k - 1
    while m >= max(0, k - _REACH) and tokens[m].low in _BETWEEN:
        m -= 1
    # the group: up to a few words, its last a noun of people
    group_end = m + 1
    if m < 0 or tokens[m].low not in lx.PEOPLE_NOUNS:
        return None
    for start in range(m, max(0, m - _GROUP_WORDS), -1):
        if not tokens[start].is_word:
            return None
        # the widest number that ends right before the group ("about 60")
        found = None
        for i in range(start - 1, max(-1, start - 1 - _QUALIFIER_WORDS), -1):
            num = read_number(tokens, i)
            if num is not None and num.stated and not num.article and num.last == start:
                found = num
        if found is not None:
            r = finish(Reading(found, Category.MISSING), tokens, (start, group_end, group_end))
            r.last = k + 2
            return r
    return None


def unaccounted_readings(tokens: list[Token], readings: list[Reading]) -> list[Reading]:
    """
    The readings, with the missing a negated "account for" tells after
    their count added where no reading holds that count already.
    """
    held = {r.number.first for r in readings}
    added = [
        r
        for k in range(1, len(tokens) - 1)
        if tokens[k].low in lx.ACCOUNT_WORDS
        and tokens[k + 1].low == "for"
        and _no_object(tokens, k + 2)
        and _negated(tokens, k)
        and (r := _reading_before(tokens, k)) is not None
        and r.number.first not in held
    ]
    return sorted(readings + added, key=lambda r: r.first) if added else readings
