"""
Claims a sentence tells with no verb of saying: what a source found ("A UN
report found that"), an event as a source names it ("in what police are
calling a murder-suicide"), and what reports said ("denied reports of 30
dead"). Moved out of ``claims`` in session 63, when it passed 800 lines.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from conflictfigures import _lexicon as lx
from conflictfigures._extraction.chunks import NUMBER_WORDS
from conflictfigures._extraction.claimant_phrases import claimant_left
from conflictfigures._extraction.clause_claims import finding_body

if TYPE_CHECKING:
    from conflictfigures._extraction.text import Token

__all__ = ["NAMING_VERBS", "finding_claims", "naming_claims", "reports_told"]


def finding_claims(tokens: list[Token], lows: list[str]) -> list[tuple[int, int, int]]:
    """
    ``CLAIMANT "found" "that"`` ("A UN report published on Tuesday found that
    300 civilians were killed", "investigators found that"): what a source
    found is its claim; not "were found" (a passive: "bodies were found that
    had been dumped").
    """
    found: list[tuple[int, int, int]] = []
    for k in (i for i, low in enumerate(lows) if low == "found"):
        if k == 0 or k + 1 >= len(lows) or lows[k + 1] != "that":
            continue
        if lows[k - 1] in lx.BE_FORMS or lows[k - 1] in lx.AUXILIARIES:
            continue
        rng = claimant_left(tokens, k) or finding_body(tokens, k)
        if rng is not None:
            found.append((k, *rng))
    return found


#: Verbs that name an event a source's way after "what" ("in what police
#: are calling a murder-suicide", "after what officials described as").
NAMING_VERBS = frozenset(
    {"calling", "called", "call", "calls", "describe", "described", "describes"}
    | {"describing", "termed", "terms"}
)


def naming_claims(tokens: list[Token], lows: list[str]) -> list[tuple[int, int, int]]:
    """
    ``"what" CLAIMANT AUX? NAMING_VERB`` ("in what police are calling a
    murder-suicide", "after what Winnipeg police describe as a string of
    stabbings"): the source whose account the sentence tells.
    """
    found: list[tuple[int, int, int]] = []
    n = len(tokens)
    for k in (i for i, low in enumerate(lows) if low == "what"):
        verb = next(
            (j for j in range(k + 2, min(n, k + _NAMING_REACH)) if lows[j] in NAMING_VERBS), None
        )
        if verb is None:
            continue
        end = verb - 1 if lows[verb - 1] in lx.BE_FORMS else verb
        rng = claimant_left(tokens, end)
        if (
            rng is not None
            and rng[0] in (k, k + 1)
            and k + 1 < rng[1] == end
            and not lx.OFFICIAL_NOUNS.isdisjoint(t.low for t in tokens[k + 1 : end])
        ):
            found.append((verb, k + 1, end))  # (the claimant's words read back take in "what")
    return found


#: How far after "what" its naming verb may stand ("what the provincial
#: police are calling").
_NAMING_REACH = 8


#: Words right before such a noun that cannot be a subject of "reports" as a
#: verb ("amid reports that", "There were reports that").
_REPORT_NOUN_LEADS = frozenset(
    lx.ARTICLE_WORDS | lx.PREPOSITIONS | lx.BE_FORMS | {"these", "those", "some"}
)


#: Words that may open a count after "reports of" ("reports of more than 30 dead").
_COUNT_OPENERS = NUMBER_WORDS | frozenset(
    {"more", "over", "at", "about", "around", "nearly", "almost", "some", "up", "as", "dozens"}
)


def reports_told(tokens: list[Token], k: int) -> tuple[int, int] | None:
    """
    ``LEAD? REPORT_ADJECTIVE* ("reports" | "claims") "that"`` or
    ``DENIAL_VERB REPORT_ADJECTIVE* ("reports" | "claims") "of" COUNT``: the
    count told is what the reports said ("dismissing earlier reports that
    more than 50 people died", "The army denied reports of 30 dead"), not
    the claim of the sentence's subject. "that" after the noun needs a verb
    of denial before it, or the sentence's start or a word that cannot be
    the subject of "reports" as a verb (an article, a preposition, "were")
    with no speaker before to pass the reports on ("he was alarmed by
    reports that"). Returns the reports' words.
    """
    if k + 1 >= len(tokens) or tokens[k + 1].low not in ("that", "of"):
        return None
    start = k
    while start > 0 and tokens[start - 1].low in lx.REPORT_ADJECTIVES:
        start -= 1
    lead = tokens[start - 1].low if start > 0 else None
    denied = lead in lx.DENIAL_VERBS
    if tokens[k + 1].low == "of" and not (
        denied
        # a count right after "of" ("denied reports of 30 dead"; not "claims
        # of responsibility for the strike, which killed 30")
        and k + 2 < len(tokens)
        and (tokens[k + 2].is_digits or tokens[k + 2].low in _COUNT_OPENERS)
    ):
        return None
    if (
        not denied
        and (
            (lead is not None and lead not in _REPORT_NOUN_LEADS)
            # "Grandi said he was alarmed by reports that ...": the speaker passes them on
            or any(t.low in lx.REPORTING_VERBS for t in tokens[:start])
        )
    ):
        return None
    return start, k + 1
