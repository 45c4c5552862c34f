"""
Injuries after a verb of suffering or of coming through: "sustained minor
injuries", "suffered fatal gunshot wounds" (killed), "escaped with burns",
"needed hospital treatment", "lost a leg"; not care for what is no injury
("hospital treatment for malnutrition").  Chunks, rules and the one-person
readers all read them, so they live below them, beside the verb groups.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from conflictfigures import _lexicon as lx
from conflictfigures._extraction.care import treated_for_no_injury
from conflictfigures._extraction.text import GLUED
from conflictfigures._extraction.triggers import passive_phrase_at, past_participle
from conflictfigures.models import Category

if TYPE_CHECKING:
    from conflictfigures._extraction.text import Token


def injury_after_escape(tokens: list[Token], k: int) -> tuple[Category, int] | None:
    """
    ``ESCAPE_VERB PARTICLE{0,2} (("from" | "to" | "at" | "into") WORD{1,4})?
    "with" injury`` at ``k``: coming through with a wound ("escaped with
    burns", "rescued with minor injuries", "pulled out alive with injuries",
    "escaped from the burning house with burns"), or coming to care with it
    ("went to hospital with a gunshot wound", ``lx.CARE_ARRIVAL_VERBS``
    before a place of care); see :func:`read_injury`.
    """
    n = len(tokens)
    if k >= n or (tokens[k].low not in lx.ESCAPE_VERBS and not _came_to_care(tokens, k)):
        return None
    j = k + 1
    while j < min(n, k + 3) and tokens[j].low in lx.ESCAPE_PARTICLES:
        j += 1
    if j < n and tokens[j].low in _PLACE_OPENERS:
        # a place come out of, words only ("from the rubble", "from the wreckage")
        stop = min(n, j + 6)
        j += 1
        while j < stop and tokens[j].is_word and tokens[j].low != "with":
            j += 1
    if j < n and tokens[j].low == "with":
        return read_injury(tokens, j + 1)
    return None


#: The words that open the place one came out of or came to ("from the
#: rubble", "to hospital", "at a clinic").
_PLACE_OPENERS = frozenset({"from", "to", "at", "into"})
#: How far after a verb of coming its place of care may stand.
_CARE_REACH = 5


def _came_to_care(tokens: list[Token], k: int) -> bool:
    """
    Whether a verb of coming at ``k`` brings its person to a place of care
    within a few words ("went to hospital", "turned up at a clinic").
    """
    return tokens[k].low in lx.CARE_ARRIVAL_VERBS and any(
        t.low in lx.CARE_PLACE_WORDS for t in tokens[k + 1 : k + 1 + _CARE_REACH]
    )


def _between_modifiers(tokens: list[Token], j: int, k: int) -> bool:
    """
    Whether the joiner at ``j`` (after the injury phrase's start ``k``) stands
    between two words that may modify one injury, neither a word that ends a
    group ("arm and hand wounds", "gunshot, burn and panga wounds").
    """
    return (
        k < j < len(tokens) - 1
        and tokens[j - 1].is_word
        and tokens[j - 1].low not in lx.NP_STOP
        and tokens[j + 1].is_word
        and tokens[j + 1].low not in lx.NP_STOP
    )


def _last_injury(tokens: list[Token], j: int, k: int) -> int:
    """
    The index after the last injury noun of a list that the noun at ``j``
    opens ("with gunshot, burn and panga wounds": after "wounds"), within
    the phrase's reach from ``k``; after ``j`` when none follows.
    """
    end = j + 1
    words = 0  # (the kinds' words since the last noun or joiner: two at most)
    for m in range(j + 1, min(len(tokens), k + _INJURY_WORDS)):
        tok = tokens[m]
        if tok.low in lx.INJURY_NOUNS and tokens[m - 1].text != ",":
            end, words = m + 1, 0
        elif tok.text == "," or tok.low in ("and", "or"):
            words = 0
        elif tok.is_word and tok.low not in lx.NP_STOP and tok.low not in lx.POSSESSIVES:
            words += 1
            if words > _KIND_WORDS:
                break
        else:
            break
    return end


#: How many words may qualify one injury of a list ("and severe head wounds").
_KIND_WORDS = 2


#: How many words an injury's phrase may hold with its noun ("fatal gunshot
#: wounds", "gunshot, burn and panga wounds").
_INJURY_WORDS = 8


#: How bad an injury is, fatal or not ("serious or fatal injuries").
_GRADES = lx.INJURY_GRADES | lx.FATAL_WORDS


def read_injury(tokens: list[Token], k: int) -> tuple[Category, int] | None:
    """
    ``injury = ADJECTIVE{0,3} (INJURY_NOUN | BROKEN BODY_PART) | CARE_KIND
    CARE_NOUN`` after a verb of suffering ("sustained minor injuries",
    "suffered fatal gunshot wounds", "received a broken arm", "needed
    hospital treatment"): wounded,
    or killed when a fatal word qualifies it.  Returns the category and the
    index after the noun.
    """
    fatal = False
    if medical_care_at(tokens, k):
        # care for the hurt: "needed hospital treatment", "sought medical help"
        return Category.WOUNDED, k + 2
    if k < len(tokens) and tokens[k].low == "from":
        k += 1  # "suffering from gunshot wounds"
    elif k + 1 < len(tokens) and tokens[k].low == "treatment" and tokens[k + 1].low == "for":
        k += 2  # "received treatment for burns", "needed treatment for smoke inhalation"
    listed = False  # (a comma between kinds of the injury, closed by "and" or "or")
    for j in range(k, min(len(tokens), k + _INJURY_WORDS)):
        low = tokens[j].low
        if low in lx.INJURY_NOUNS:
            return (Category.KILLED if fatal else Category.WOUNDED), _last_injury(tokens, j, k)
        if low in lx.BROKEN_WORDS and j + 1 < len(tokens) and tokens[j + 1].low in lx.BODY_PARTS:
            return Category.WOUNDED, j + 2  # "sustained a broken ankle"
        if tokens[j].text in lx.DASHES and tokens[j].gap == GLUED:
            continue  # "non-life threatening injuries"
        if low == "to" and j > k and tokens[j - 1].low in lx.INJURY_GRADES:
            continue  # "minor to moderate injuries"
        if (
            low in ("and", "or")
            and _between_modifiers(tokens, j, k)
            and tokens[j + 1].low not in lx.AUXILIARIES
        ):
            # two modifiers of one injury: "suffered arm and hand wounds",
            # "with gunshot and shrapnel wounds", "minor or moderate injuries",
            # "fatal head and chest injuries"; not a fatal grade beside another
            # ("serious or fatal injuries": the dead and the hurt together, no
            # count of either)
            if (fatal or tokens[j + 1].low in lx.FATAL_WORDS) and (
                tokens[j - 1].low in _GRADES and tokens[j + 1].low in _GRADES
            ):
                return None
            listed = False
            continue
        if (
            low == ","
            and not listed
            and _between_modifiers(tokens, j, k)
            and any(t.low in ("and", "or") for t in tokens[j + 1 : k + _INJURY_WORDS])
        ):
            listed = True  # "with gunshot, burn and panga wounds"
            continue
        if not tokens[j].is_word or low in lx.NP_STOP:
            return None
        # (not after "non-": "non-fatal gunshot wounds" are no death)
        fatal = fatal or (low in lx.FATAL_WORDS and not _negated(tokens, j))
    return None


#: The words between a verb of loss and the part of the body lost ("lost a
#: leg", "lost both his legs", "lost one of her hands").
_LIMB_OWNERS = lx.POSSESSIVES | {"a", "an", "one", "both", "of", "the", "two"}


def lost_limb(tokens: list[Token], k: int) -> int | None:
    """
    ``LOSE_VERB (DETERMINER | POSSESSIVE | "both" | "one" "of")* BODY_PART``
    at ``k`` ("lost a leg", "lost both their legs", "lost limbs"): an injury
    (an amputation), no death; the index after the part, else ``None``.
    """
    n = len(tokens)
    if k >= n or tokens[k].low not in lx.LOSE_VERBS:
        return None
    j = k + 1
    while j < n and j <= k + 3 and tokens[j].low in _LIMB_OWNERS:
        j += 1
    return j + 1 if j < n and tokens[j].low in lx.BODY_PARTS else None


#: How far after a noun of care its "for" may stand ("help at the clinic for cholera").
_CARE_FOR_REACH = 5


def medical_care_at(tokens: list[Token], k: int) -> bool:
    """
    ``CARE_KIND CARE_NOUN`` at ``k``: care for the hurt ("hospital
    treatment"); not care for what is no injury ("hospital treatment for
    malnutrition", "sought medical help at the clinic for cholera").
    """
    n = len(tokens)
    if not (
        k + 1 < n
        and tokens[k].low in lx.MEDICAL_CARE_KINDS
        and tokens[k + 1].low in lx.MEDICAL_CARE_NOUNS
    ):
        return False
    for j in range(k + 2, min(n, k + 2 + _CARE_FOR_REACH)):
        if tokens[j].low == "for":
            return not treated_for_no_injury(tokens, j)
        if not tokens[j].is_word and tokens[j].text != ",":
            break  # (past a comma: "received hospital treatment, mostly for diarrhoea")
    return True


def injury_within(tokens: list[Token], k: int) -> bool:
    """
    Whether an injury noun stands within two words from ``k`` ("critical
    injuries") or ends a list of its kinds ("gunshot, burn and panga
    wounds"), or care for the hurt at ``k`` ("medical attention").
    """
    if any(t.low in lx.INJURY_NOUNS for t in tokens[k : k + 3]) or medical_care_at(tokens, k):
        return True
    # (a list of the injury's kinds before its noun: "with gunshot, burn and
    # panga wounds"; its commas closed by "and" or "or")
    comma = joined = False
    for t in tokens[k : k + _INJURY_WORDS]:
        if t.low in lx.INJURY_NOUNS:
            return joined or not comma
        if t.text == ",":
            comma = True
        elif t.low in ("and", "or"):
            joined = True
        elif not t.is_word or t.low in lx.NP_STOP:
            return False
    return False


def injury_after(tokens: list[Token], k: int) -> tuple[Category, int] | None:
    """
    The injury after a verb of suffering at ``k`` (see :func:`read_injury`);
    after "had" or "has" ("23 had minor injuries"), none that a verb of its
    own tells ("had escaped serious injuries", "had been injured") or a
    phrase of its own ("had their heads cut off": a death done to them, no
    injury they carry).
    """
    if tokens[k].low in lx.HAVE_FORMS and (
        k + 1 >= len(tokens)
        or tokens[k + 1].low in lx.AUXILIARIES
        or tokens[k + 1].low in ("not", "never", "no")
        or past_participle(tokens[k + 1].low)
        or passive_phrase_at(tokens, k + 1) is not None
    ):
        return None
    return read_injury(tokens, k + 1)


def _negated(tokens: list[Token], j: int) -> bool:
    """Whether "non" and a glued dash stand right before ``j`` ("non-fatal")."""
    return (
        j >= 2
        and tokens[j - 1].text in lx.DASHES
        and tokens[j - 1].gap == GLUED
        and tokens[j - 2].low == "non"
    )
