"""
Casualty codes that agencies append to their narratives: the fatality codes
of the US National Weather Service's Storm Data ("(M42P, F36P, M94P)": sex,
age and where each person died, one code per death; NWS Directive 10-1605).

A storm narrative often tells one death in words and codes them all at its
end, so the codes are read as one running total of the dead for the whole
document, which the tally sets beside the deaths told in words (the wider
counts, never both added).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from conflictfigures import _lexicon as lx
from conflictfigures._extraction.counts import running_total
from conflictfigures.models import Category, Count, Qualifier

if TYPE_CHECKING:
    from conflictfigures.models import Figure, Source

#: The places of death Storm Data codes: two letters since 1996 (mobile home,
#: permanent home, vehicle, outside, in water, boating, camping, business,
#: church, school, ball field, golf, heavy equipment, long-span roof,
#: permanent structure, telephone, utility pole, other), one before.
_PLACES = "MH|PH|VE|OU|IW|BO|CA|BU|CH|SC|BF|GF|EQ|LS|PS|TE|UT|OT|H|M|O|V|P"
#: One code: sex, age (digits, or "?" when unknown) and a place ("M50MH": a
#: man of 50 in a mobile home).  Nothing repeats inside a code but the
#: digits and question marks, each bounded, so the pattern is linear.  It
#: starts with the sex, no letter or digit before it (looked behind after
#: the sex is read).
_CODE = rf"(?<![A-Za-z0-9]{{sex}})(?:[0-9]{{{{1,3}}}}|\?{{{{1,3}}}})(?:{_PLACES})(?![A-Za-z0-9])"
_CODE_RE = re.compile("[MF]" + _CODE.format(sex="[MF]"))
#: The codes of each sex: a pattern that starts with one letter is searched
#: for by stepping from one such letter to the next in C, several times
#: faster than trying a class of two letters at every character.
_SEX_CODE_RES = tuple(re.compile(sex + _CODE.format(sex=sex)) for sex in "MF")
#: How far from the end of a text its last code may start (with the spaces after it).
_TAIL = 16
#: What may stand between two codes of one run.
_BETWEEN = frozenset(" \t,;()")


def _closes(text: str, start: int, end: int) -> bool:
    """Whether a run of codes from ``start`` to ``end`` stands in brackets or ends its line."""
    before = text[max(0, start - 3) : start].rstrip(" \t")
    after = text[end : end + 3].lstrip(" \t")
    if before.endswith("(") and after.startswith(")"):
        return True
    return after[:1] in ("", "\n", "\r") and (before[-1:] in ("", ".", "\n") or start == 0)


def storm_codes(text: str, source: Source) -> Figure | None:
    """
    The deaths a narrative codes (see the module), as one running total of
    the killed whose words run from the first code to the last; ``None``
    when the text codes none or speaks of no death.
    """
    if "(M" not in text and "(F" not in text and _CODE_RE.search(text, len(text) - _TAIL) is None:
        return None  # no code in brackets, none at the end: the usual text, at once
    runs: list[tuple[int, int, int]] = []  # start, end, codes
    # The codes of both sexes in text order (two codes never overlap: each
    # ends before a letter or digit could start another).
    found = sorted(m.span() for pattern in _SEX_CODE_RES for m in pattern.finditer(text))
    for m_start, m_end in found:
        if runs and _BETWEEN.issuperset(text[runs[-1][1] : m_start]):
            start, _, codes = runs[-1]
            runs[-1] = (start, m_end, codes + 1)
        else:
            runs.append((m_start, m_end, 1))
    runs = [run for run in runs if _closes(text, run[0], run[1])]
    if not runs:
        return None
    lowered = text.lower()
    if not any(stem in lowered for stem in lx.DEATH_STEMS):
        return None
    deaths = sum(codes for _, _, codes in runs)
    start, end = runs[0][0], runs[-1][1]
    return running_total(
        text, source, Category.KILLED, Count.read(deaths, Qualifier.EXACT), (start, end)
    )
