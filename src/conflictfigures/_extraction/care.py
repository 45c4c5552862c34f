"""
Places of care and of custody after a verb: the hurt taken to hospital
("taken by ambulance to Lock Haven Hospital", "Thirty-six remain in
Christchurch Hospital"), treatment for what is no injury ("treatment for
cholera"), and people held in or taken to custody ("held in Israeli
prisons", "taken to a holding centre").  The trigger tables read them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from conflictfigures import _lexicon as lx
from conflictfigures._extraction.text import GLUED
from conflictfigures.models import Category

if TYPE_CHECKING:
    from conflictfigures._extraction.text import Token
    from conflictfigures._lexicon.verbs import Phrase


#: How many words after "treatment for" its injury may stand ("for severe burns").
_TREATED_FOR_WORDS = 3


def treated_for_no_injury(tokens: list[Token], k: int) -> bool:
    """
    Whether "for" at ``k`` names what a treatment is for, and no injury or
    wound is among the words after it ("treatment for cholera", "for
    malnutrition"; not "for gunshot wounds", "for severe burns").
    """
    if k >= len(tokens) or tokens[k].low != "for":
        return False
    return not any(
        t.low in lx.INJURY_NOUNS or t.low in lx.BODY_PARTS
        for t in tokens[k + 1 : k + 1 + _TREATED_FOR_WORDS]
    )


#: The heads of people told by a harm they came through ("survivors of").
_SURVIVOR_HEADS = frozenset({"survivors", "survivor", "victims", "victim"})
#: How far after "of" the harm survived may be told ("of sexual and gender-based violence").
_SURVIVED_WORDS = 4


def survivors_of_no_wound(tokens: list[Token], first: int, end: int) -> bool:
    """
    Whether the group in ``tokens[first:end]`` (or right after it) is of
    people who came through a harm that is no wound ("treated 120 survivors
    of gender-based violence"; not "survivors of the blast").
    """
    for j in range(first + 1, min(len(tokens), end + 1)):
        if tokens[j].low == "of" and tokens[j - 1].low in _SURVIVOR_HEADS:
            return any(
                t.low in lx.NON_BODILY_HARMS for t in tokens[j + 1 : j + 1 + _SURVIVED_WORDS]
            )
    return False


#: How many words may stand between "in" and the place of custody.
_CUSTODY_WORDS = 3


#: What may stand before "in" and a place of custody with no "held": a form
#: of "be" or "remain", or an adverb of time ("are still in Russian captivity").
_IN_CUSTODY_BEFORE = lx.BE_FORMS | {"remain", "remains", "remained", "still", "currently"}


def custody_phrase(tokens: list[Token], k: int) -> Phrase | None:
    """
    ``"held"? "in" WORD{0,3} CUSTODY``: people held in custody, a place's or
    a side's ("are currently held in Israeli prisons", "were still being
    held in Russian captivity", "four remain in captivity"); or taken to a
    place of custody (:func:`_taken_to_custody`).
    """
    n = len(tokens)
    if tokens[k].low == "taken" and k + 2 < n and tokens[k + 1].low == "to":
        return _taken_to_custody(tokens, k)
    j = k + 1 if tokens[k].low == "held" else k
    if j + 2 >= n or tokens[j].low != "in":
        return None
    if j == k and not (k > 0 and tokens[k - 1].low in _IN_CUSTODY_BEFORE):
        return None  # "attacked by two inmates in the central prison": where they are, no count
    for m in range(j + 1, min(n, j + 2 + _CUSTODY_WORDS)):
        if tokens[m].low in lx.CUSTODY_NOUNS:
            return tuple(t.low for t in tokens[k : m + 1]), Category.DETAINED, None
        if not tokens[m].is_word:
            return None
    return None


def _taken_to_custody(tokens: list[Token], k: int) -> Phrase | None:
    """
    ``"taken" "to" WORD{0,3} (CUSTODY | CUSTODY_PLACE_PAIR)`` from ``k``:
    people taken into custody by where they were taken ("were taken to a
    holding centre", "taken to police stations across the city").
    """
    n = len(tokens)
    for m in range(k + 2, min(n, k + 3 + _CUSTODY_WORDS)):
        low = tokens[m].low
        if low in lx.CUSTODY_NOUNS:
            return tuple(t.low for t in tokens[k : m + 1]), Category.DETAINED, None
        if m + 1 < n and (low, tokens[m + 1].low) in lx.CUSTODY_PLACE_PAIRS:
            return tuple(t.low for t in tokens[k : m + 2]), Category.DETAINED, None
        if not tokens[m].is_word:
            return None
    return None


#: Where the hurt are taken for care ("taken away in an ambulance").
_CARE_NOUNS = frozenset(
    {"ambulance", "ambulances", "hospital", "hospitals", "helicopter", "stretcher"}
)


def to_care(tokens: list[Token], k: int) -> bool:
    """Whether a means or place of care follows ``tokens[k]`` closely."""
    return any(t.low in _CARE_NOUNS for t in tokens[k : k + _CARE_REACH])


#: The words before "in" and a place of care by its name that tell the hurt
#: still there ("Thirty-six remain in Christchurch Hospital"; not "Thirty
#: doctors were in Kamal Adwan Hospital when troops stormed it").
STILL_IN_CARE = frozenset({"remain", "remains", "remained", "still"})


#: How many words of a name may stand before a place of care's noun ("in
#: St. Mary's Regional Medical Center").
_CARE_NAME_WORDS = 6


def named_care_place(tokens: list[Token], k: int) -> int | None:
    """
    ``NAME{1,6} (CARE_PLACE | CARE_PLACE_PAIR)`` from ``k``, after "in": a
    place of care by its name ("in Christchurch Hospital", "in Al-Shifa
    hospital", "in St. Mary's Medical Center"); the index after it.
    """
    n = len(tokens)
    j = k
    while j < n and j < k + _CARE_NAME_WORDS:
        tok = tokens[j]
        if j > k and (end := _care_place_end(tokens, j)) is not None:
            return end
        if not (
            (tok.is_word and tok.is_capitalized)
            or (j > k and tok.gap == GLUED and (tok.text in lx.DASHES or tok.text in (".", "'s")))
            or (j > k and tok.gap == GLUED and tokens[j - 1].text in lx.DASHES and tok.is_word)
        ):
            return None
        j += 1
    return None


def _care_place_end(tokens: list[Token], j: int) -> int | None:
    """
    The index after a place of care's noun at ``j``, one word or a pair
    ("hospital", "medical center"); else ``None``.
    """
    if tokens[j].low in lx.CARE_PLACE_WORDS:
        return j + 1
    if j + 1 < len(tokens) and (tokens[j].low, tokens[j + 1].low) in lx.CARE_PLACE_PAIRS:
        return j + 2
    return None


#: How many words a place of care may take after its verb ("taken to St.
#: Mary's Regional Medical Center").
_CARE_REACH = 9


def care_end(tokens: list[Token], k: int) -> int | None:
    """
    ``(WORD | ABBREVIATION ".")* (CARE_PLACE | "for" POSSESSIVE? CARE_REASON)``
    from ``k``, right after a verb of care and its preposition: a place of
    care by a name the phrases do not spell ("taken to Mercy Hospital",
    "transported to UP Health Systems for treatment").  The words before it
    hold no comma or clause word.  Returns the index after the place or reason.
    """
    n = len(tokens)
    for j in range(k, min(n, k + _CARE_REACH)):
        tok = tokens[j]
        low = tok.low
        if (end := _care_place_end(tokens, j)) is not None:
            return end
        if low == "for" and j > k:
            # "for treatment", "for his injuries", "for cuts and broken bones"
            m = j + 2 if j + 2 < n and tokens[j + 1].low in lx.POSSESSIVES else j + 1
            return (
                m + 1
                if m < n and (tokens[m].low in lx.CARE_REASONS or tokens[m].low in lx.INJURY_NOUNS)
                else None
            )
        if tok.text == "." and j > k and tok.gap == GLUED and len(tokens[j - 1].text) <= 3:
            continue  # "St. Mary's"
        if tok.text in lx.DASHES and j > k and tok.gap == GLUED:
            continue  # "Sinai-Grace Hospital"
        if (
            low == "and"
            and k < j < n - 1
            and tokens[j - 1].is_capitalized
            and tokens[j + 1].is_capitalized
        ):
            continue  # "taken to Mankweng and Polokwane hospitals"
        if low == "in" and j > k and j + 2 < n and tokens[j + 2].low == "condition":
            return (
                j + 3
            )  # a place by a name, then the state: "to Regional One in critical condition"
        if not tok.is_word or low in lx.MODIFIER_STOPS:
            return None
    return None
