"""
Rules 2e and 3a (docs/aggregation.md): a count said to be the sum of those
told before it takes them in ("The four bombings left a total of 23 dead"),
and a running total that names neither place nor period is the same total
as a later named one that holds its count.  Each is linear in the
document's figures.
"""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING

from conflictfigures._aggregation.documents import by_document, said_after, said_before

if TYPE_CHECKING:
    from conflictfigures._aggregation.documents import Unit
    from conflictfigures.models import Figure


#: How far before a figure's words a word that makes it a sum may stand.
_SUM_REACH = 100


#: Words that make a count the sum of those told before it ("The four
#: bombings left a total of 23 dead", "In all, 40 people were killed"), before
#: or after its words (the alternatives both patterns share).
_SUM_WORDS = "in total|all told|altogether"
SUM_RE = re.compile(
    rf"\b(?:a total of|in all|{_SUM_WORDS}"
    r"|(?:the|these|both) (?:two|three|four|five|six|seven|eight|nine|ten|\d+|twin) "
    r"(?:attacks|bombings|blasts|explosions|incidents|strikes|raids))\b"
)


#: The same words right after a figure's ("at least 35 were dead in total",
#: "40 people were killed in all."; not "in all parts of the country").
_SUM_AFTER_RE = re.compile(rf",?\s+(?:{_SUM_WORDS}|in all(?=\s*(?:[,.;]|$)))")
#: How far after a figure's words its sum's words are looked for.
_SUM_AFTER_REACH = 16


def says_sum(figure: Figure) -> bool:
    """
    Whether a figure's words are said to be the sum of counts told before
    them ("The four bombings left a total of 23 dead", "In all, 40 people
    were killed", "at least 35 were dead in total").
    """
    return (
        SUM_RE.search(said_before(figure, _SUM_REACH, words=True)) is not None
        or _SUM_AFTER_RE.match(said_after(figure, _SUM_AFTER_REACH)) is not None
    )


def _bare(unit: Unit) -> bool:
    """Whether a unit's figures name neither a place nor a period ("toll passes 27,500")."""
    return all(f.location is None and f.period is None for c in unit.claims for f in c.figures)


#: How many named totals after a bare one are set beside it.
_BARE_REACH = 8


def bare_totals_dropped(totals: list[Unit]) -> list[Unit]:
    """
    Rule 3a: a running total that names neither place nor period (a
    headline's "Gaza toll passes 27,500") is the same total as a later one
    of its document that names them and whose count it holds ("at least
    27,585 Palestinians have been killed ... since October 7"), on the same
    side or with no side of its own: it is not counted beside it.
    """
    if len(totals) < 2:
        return totals
    drop: set[int] = set()
    for found in by_document(totals):
        bare = [_bare(u) for _, u in found]
        named = [(start, u) for (start, u), b in zip(found, bare, strict=True) if not b]
        starts = [start for start, _ in named]
        for (start, unit), b in zip(found, bare, strict=True):
            if not b:
                continue
            est = unit.estimate
            # The nearest few named totals after it (a bounded look: linear).
            first = bisect.bisect_right(starts, start)
            for _, other in named[first : first + _BARE_REACH]:
                o = other.estimate
                if (
                    unit.key.side in (None, other.key.side)
                    and o.low >= est.low
                    and (est.high is None or o.best <= est.high)
                ):
                    drop.add(id(unit))
                    break
    return [u for u in totals if id(u) not in drop] if drop else totals


def totals_dropped(incidents: list[Unit]) -> list[Unit]:
    """
    Rule 2e: "... killing 12 people ... killing one person ... The four
    bombings left a total of 23 dead": a later count said to be the sum of
    what came before ("a total of", "in all", "the four bombings"), in the
    same document, at least as large as the counts before it, takes them in;
    they are not counted again.
    """
    drop: set[int] = set()
    for found in by_document(incidents):
        for idx in range(len(found) - 1, 0, -1):
            total = found[idx][1]
            if not any(says_sum(f) for c in total.claims for f in c.figures):
                continue
            before = [u for _, u in found[:idx] if id(u) not in drop]
            est = total.estimate
            # An open total ("more than 30") holds any sum above its floor.
            if before and (
                sum(u.estimate.best for u in before) <= est.best
                or (est.high is None and sum(u.estimate.low for u in before) <= est.low)
            ):
                drop.update(id(u) for u in before)
            break  # the last such total takes in everything before it
    return [u for u in incidents if id(u) not in drop] if drop else incidents
