"""
Tolls a source sets, and reports a statement rejects: "A security source
put the number of dead at 'more than 30'" sets a toll of the incident's
dead, which may rival another count (:func:`set_toll`); in "Officials
rejected claims by residents that more than 100 people had died, insisting
the toll stood at 23" the first count is what the rejected claims told
(:func:`rejected_report`), which the statement's own count rivals
(:func:`rejects`) and which never leads a document's rival tellings.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from conflictfigures import _lexicon as lx
from conflictfigures._aggregation.documents import said_after, said_before

if TYPE_CHECKING:
    from conflictfigures.models import Figure

__all__ = ["rejected_report", "rejects", "set_toll"]


#: Verbs by which a source sets a toll of its own ("put the number of dead
#: at 'more than 30'", "gave a toll of five"); not "putting", whose clause
#: carries a toll on ("..., putting the toll at 30").
_SET_TOLL_WORDS = (lx.PUT_VERBS - {"putting"}) | lx.GIVE_VERBS


def set_toll(figure: Figure) -> bool:
    """
    Whether a running total is a toll a source sets for the incident, with
    no period and no rise ("A security source put the number of dead at
    'more than 30'"): a count of the incident's dead, which may rival another.
    """
    words = figure.surface.lower().split()
    # (the verb may stand before the figure's words: "gave a higher toll of 18")
    before = said_before(figure, _SET_TOLL_REACH, words=False).split()[-_SET_TOLL_WORDS_BEFORE:]
    return (
        figure.period is None
        and not (_SET_TOLL_WORDS.isdisjoint(words) and _SET_TOLL_WORDS.isdisjoint(before))
        and lx.RISE_WORDS.isdisjoint(words)
        and lx.RISE_WORDS.isdisjoint(before)
    )


#: How many characters, and words, before a toll's own words its setting
#: verb may stand ("gave a higher toll of 18 dead").
_SET_TOLL_REACH = 40
_SET_TOLL_WORDS_BEFORE = 3


#: How many words may name who made the claims ("claims by local residents that").
_CLAIMANT_WORDS = 4
#: How far before a count's words its rejected report is read.
_REJECTED_REACH = 80
#: How many words after a count's own may call its reports false.
_FALSE_WORDS = 10
#: How many words before "that" may name the claims a text calls false.
_SPREAD_WORDS = 8
#: What is stripped from the words after a count before they are read.
_PUNCTUATION = ".,;:!?\"'\u201d\u2019"


def rejected_report(figure: Figure) -> bool:
    """
    Whether a count is what reports or claims told that a statement rejects,
    right after their words: ``DENIAL_VERB REPORT_ADJECTIVE* REPORT_NOUN
    ("by" WORD{1,3})? ("that" | "of")`` ("Officials rejected claims by
    residents that more than 100 people had died", "denied reports of 30
    dead").
    """
    words = said_before(figure, _REJECTED_REACH, words=False).replace(",", " ").split()
    if not words or words[-1] not in ("that", "of"):
        return False
    # (claims the text calls false after them, their spread told between:
    # "Claims circulating online that 500 inmates were killed are false")
    if not lx.HEARSAY_NOUNS.isdisjoint(words[-_SPREAD_WORDS:-1]) and _called_false(figure):
        return True
    k = len(words) - 2
    by = next(
        (j for j in range(k, max(-1, k - _CLAIMANT_WORDS), -1) if words[j] == "by"),
        None,
    )
    if by is not None:
        k = by - 1  # (past who made them: "claims by residents that")
    if k < 0 or words[k] not in lx.HEARSAY_NOUNS:
        return False
    k -= 1
    while k >= 0 and words[k] in lx.REPORT_ADJECTIVES:
        k -= 1
    return k >= 0 and words[k] in lx.DENIAL_VERBS


def _called_false(figure: Figure) -> bool:
    """
    Whether the words right after a count's clause call the reports or claims
    that told it wrong: ``("is" | "are" | "was" | "were") WORD? FALSITY_WORD``
    within a few words ("Claims that 500 inmates were killed are false",
    "reports that 40 soldiers died were entirely baseless").
    """
    after = [
        w.strip(_PUNCTUATION) for w in said_after(figure, _REJECTED_REACH).split()[:_FALSE_WORDS]
    ]
    return any(
        w in lx.PLAIN_BE and not lx.FALSITY_WORDS.isdisjoint(after[i + 1 : i + 3])
        for i, w in enumerate(after)
    )


def rejects(earlier: Figure, f: Figure) -> bool:
    """
    Whether ``f`` is the count of the statement that rejected the report the
    ``earlier`` count of its sentence told ("Officials rejected claims by
    residents that more than 100 people had died, insisting the toll stood
    at 23"): another source's, no rejected report itself.
    """
    return (
        earlier.category is f.category
        and f.sentence_span is not None
        and earlier.sentence_span == f.sentence_span
        and earlier.span.end <= f.span.start
        and earlier.part_of is None
        and f.claimed_by != earlier.claimed_by
        and rejected_report(earlier)
        and not rejected_report(f)
    )
