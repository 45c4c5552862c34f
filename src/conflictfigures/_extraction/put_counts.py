"""
Counts a source puts: "put the death toll at 45", "revised down to 10 the
number of people killed", "gives a higher toll of 56", "put its own losses
at nine fighters".  The verb's subject is the count's claimant; the claims
reader asks these (moved out of :mod:`.claims` in session 62).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from conflictfigures import _lexicon as lx
from conflictfigures._extraction.numbers import read_number
from conflictfigures._extraction.verbs import put_losses

if TYPE_CHECKING:
    from conflictfigures._extraction.text import Token

__all__ = ["COUNTS_OF_A_SOURCE", "puts_a_count"]

#: Nouns for what a source counts, before "by" or "from" and the source
#: ("figures from the ministry"); not "the toll from the strike".
COUNTS_OF_A_SOURCE = frozenset(
    {"tally", "tallies", "count", "counts", "figures", "data", "estimate", "estimates"}
)


def puts_a_count(tokens: list[Token], k: int) -> bool:
    """
    Whether "put" (or "raised", "revised", "gave" ...) at ``k`` sets a total
    ("put the death toll at 45", "revised down the death toll", "gives a
    higher toll of 56").
    """
    start, n = k + 1, len(tokens)
    if _puts_losses(tokens, k):
        return True  # "The SDF put its own losses at nine fighters"
    if (
        start + 2 < n
        and tokens[start].low == "what"
        and tokens[start + 2].low in ("called", "described", "termed")
    ):
        # "gave what he called a final figure of 29 dead"
        start += 4 if start + 3 < n and tokens[start + 3].low == "as" else 3
    if (
        start + 2 < n
        and tokens[start].low in lx.REVISING_PARTICLES
        and tokens[start + 1].low == "to"
    ):
        start += 1  # "revised down to 10 the number of people killed", "revised up to 60"
    if (
        start + 1 < n
        and tokens[start].low in ("to", "at")
        and (num := read_number(tokens, start + 1)) is not None
    ):
        start = num.last  # the inverted total: "raised to 13 the number of people killed"
    elif (
        start < n
        and tokens[start].low not in lx.ARTICLE_WORDS
        and (num := read_number(tokens, start)) is not None
        and (num.last == n or tokens[num.last].text in (".", ";", ","))
    ):
        return True  # a bare count, its noun the count's before: "community leaders give 121"
    for j in range(start, min(len(tokens), start + 4)):
        if (
            tokens[j].low in lx.TOTAL_NOUNS
            or tokens[j].low in lx.BARE_TOTAL_NOUNS
            or tokens[j].low in COUNTS_OF_A_SOURCE
            # (the names of the dead a source gives, as tribal leaders gave the names of 46 men)
            or (tokens[j].low in lx.DISCLOSED_NOUNS and tokens[k].low in lx.GIVE_VERBS)
        ):
            # ("put the death toll at 45", "put the exact figure at 34,014",
            # "gave an estimate of 10,000 dead")
            return True
        if (
            tokens[j].low not in lx.BEFORE_TOTAL_WORDS
            # (a toll attested: "put the confirmed toll at 2,275 dead")
            and tokens[j].low not in lx.COUNT_ATTESTERS
            # whose toll: "put the Turkish death toll at 34"
            and not (tokens[j].is_capitalized and tokens[j].low in lx.COUNTRY_DEMONYMS)
        ):
            return False
    return False


def _puts_losses(tokens: list[Token], k: int) -> bool:
    """Whether the verb at ``k`` puts losses at a count (see :func:`.verbs.put_losses`)."""
    at = next(
        (j for j in range(k + 2, min(len(tokens), k + _PUT_AT_REACH)) if tokens[j].low == "at"),
        None,
    )
    put = put_losses(tokens, at) if at is not None else None
    return put is not None and put[0] == k


#: How far after a verb that puts a count its "at" may stand.
_PUT_AT_REACH = 12
