"""
The tenses that make a figure a count up to a day: whether an auxiliary
makes a perfect ("has killed", "have been displaced"), whether "had" is
reported speech shifted back ("the ministry said three officers had been
wounded") or a deed told before the story's, and whether "had" is the
verb of having ("had minor injuries").  Moved out of :mod:`.rules` in
session 44; each reads a bounded stretch of tokens.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from conflictfigures import _lexicon as lx
from conflictfigures._extraction.triggers import past_participle, perfect_adverb

if TYPE_CHECKING:
    from conflictfigures._extraction.reading import Reading
    from conflictfigures._extraction.text import Token

__all__ = [
    "backshifted",
    "earlier_deed",
    "perfect_aux",
    "perfect_before",
    "possessed",
    "still_to_come",
]


#: How far back a reporting verb makes a past perfect reported speech.
_REPORTED_REACH = 20


def backshifted(tokens: list[Token], k: int) -> bool:
    """
    Whether "had" at ``k`` is reported speech shifted back ("the ministry
    said three officers had been wounded": they were wounded; also in a
    clause joined by "and that" to the speech), or a deed
    told before the story's in a relative clause ("a man who had stabbed two
    bystanders"), not a total as of a past day ("by Monday, 40 people had
    been killed").
    """
    if (
        k > 0
        and tokens[k - 1].low in lx.RELATIVE_PRONOUNS
        and k + 1 < len(tokens)
        and tokens[k + 1].low != "been"
    ):
        return True  # (an active deed only: "who had been shot" may still be a total)
    start = max(0, k - _REPORTED_REACH)
    if any(
        tokens[j].low in lx.REPORTING_VERBS or tokens[j].low == "saying" for j in range(start, k)
    ):
        return True  # (also after "saying": "with the army saying its forces had killed 120")
    # a second clause of the same speech: "said that five ... had been killed
    # in an exchange of fire and that two soldiers had embraced martyrdom"
    joined = next(
        (
            j
            for j in range(k - 1, start, -1)
            if tokens[j].low == "that" and tokens[j - 1].low == "and"
        ),
        None,
    )
    if joined is not None and any(
        tokens[j].low in lx.REPORTING_VERBS for j in range(max(0, joined - _REPORTED_REACH), joined)
    ):
        return True
    # a second "had" of the same speech joined by "and", its reporting verb
    # further back: "said ... that nine of its soldiers had died in the dawn
    # assault on the base ..., and 15 others had been wounded"
    for j in range(k - 1, max(0, k - 2 * _REPORTED_REACH), -1):
        if tokens[j].low == "had":
            return any(tokens[m].low == "and" for m in range(j + 1, k)) and any(
                tokens[m].low in lx.REPORTING_VERBS for m in range(max(0, j - _REPORTED_REACH), j)
            )
    return False


#: How far after a modal's "have" a "since" keeps it a count up to now.
_MODAL_SINCE_REACH = 12


def perfect_aux(tokens: list[Token], k: int) -> bool:
    """
    Whether ``tokens[k]`` makes a perfect that counts up to a day: "has",
    "have", or "had" that is no reported speech shifted back (see
    :func:`backshifted`).
    """
    low = tokens[k].low
    if low == "have" and k > 0:
        j = k - 2 if k > 1 and perfect_adverb(tokens[k - 1].low) else k - 1
        if tokens[j].low in lx.MODALS and not any(
            t.low == "since" for t in tokens[k + 1 : k + 1 + _MODAL_SINCE_REACH]
        ):
            # "may (already) have drowned": a likely past, no count up to
            # now (but "might have been killed ... since the siege began" is)
            return False
    return low in ("have", "has") or (low == "had" and not backshifted(tokens, k))


def possessed(tokens: list[Token], k: int) -> bool:
    """
    Whether "had" or "have" before ``k`` is the verb of having, no
    perfect: an injury noun or its modifier follows ("Three victims had
    injuries that were not life-threatening", "had minor injuries").
    """
    return k < len(tokens) and (
        tokens[k].low in lx.INJURY_NOUNS
        or (
            k + 1 < len(tokens)
            and tokens[k + 1].low in lx.INJURY_NOUNS
            and tokens[k].is_word
            # (not the participle of having: "12,000 children have had injuries")
            and tokens[k].low not in ("had", "been")
            and not past_participle(tokens[k].low)
        )
    )


def perfect_before(tokens: list[Token], k: int) -> bool:
    """
    Whether a perfect's auxiliary (see :func:`perfect_aux`) stands at ``k``
    or before one or two adverbs ending there ("has also lost", "have
    already killed").
    """
    j = k
    while j > 0 and j > k - 2 and perfect_adverb(tokens[j].low):
        j -= 1
    return perfect_aux(tokens, j)


#: Adverbs that may stand between "are" and "to be" of what is still to come.
_STILL_WORDS = frozenset({"still", "yet", "also", "now"})


def still_to_come(tokens: list[Token], start: int, k: int) -> bool:
    """
    Whether the auxiliaries from ``start`` to the verb at ``k`` say what is
    still to come: ``BE ADVERB? "to" "be"`` ("About 59,000 more were still
    to be evacuated", "3,000 people are to be evacuated on Monday"); not a
    hedge between them ("are believed to be dead").
    """
    for j in range(start, k - 2):
        if tokens[j].low in lx.BE_FORMS and tokens[j].low not in ("be", "been", "being"):
            m = j + 1
            while m < k and tokens[m].low in _STILL_WORDS:
                m += 1
            if m + 1 < k + 1 and tokens[m].low == "to" and tokens[m + 1].low == "be":
                return True
    return False


#: Words that name the moment a past perfect counts up to ("By Wednesday
#: night, police had recovered 21 bodies", "had died so far", "as of").
_UP_TO_WORDS = frozenset({"by", "so", "as", "until", "till", "since", "total", "toll", "tally"})
#: Words that tell the deed of a past perfect done before another ("Before
#: taking over the school the guerrillas had shot dead two women").
_BEFORE_WORDS = frozenset({"before", "earlier"})
#: How far around a past perfect its "before" and its up-to words are read.
_DEED_REACH = 16


def earlier_deed(lows: list[str], r: Reading) -> bool:
    """
    Whether an active count in the past perfect ("had shot dead two
    women") tells a deed done before another the sentence tells ("before",
    "earlier"), with no moment it counts up to (``_UP_TO_WORDS``), all
    within a bounded window around it; or a share of people told before
    does in its own words ("78 of them had died").
    """
    window = lows[max(0, r.first - _DEED_REACH) : r.last + _DEED_REACH]
    after = r.number.last
    if (
        lows[after : after + 2] in (["of", "them"], ["of", "whom"])
        and "had" in lows[after : r.last]
    ):
        # the fate of a share of people told before, in the past perfect
        # ("By the time the trucks arrived, 78 of them had died"): their
        # incident's count, unless a moment it counts up to is named ("had
        # been killed by 2020"; a moment of the story told by a clause, "by
        # the time", is none)
        return all(
            w not in _UP_TO_WORDS or (w == "by" and window[k + 1 : k + 3] == ["the", "time"])
            for k, w in enumerate(window)
        )
    return (
        r.active
        and "had" in lows[max(0, r.first - 3) : r.first + 1]
        and not _BEFORE_WORDS.isdisjoint(window)
        and _UP_TO_WORDS.isdisjoint(window)
    )
