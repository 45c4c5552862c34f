"""
Background told in a clause about another event (rule 0c): a count inside
"a day after twin blasts killed almost 30 people", "comes 10 days after",
"since the attack that killed", a comparison with an earlier event or a
hedged aside is not counted beside its document's own counts of its
category; alone, it is the document's count. Moved out of ``alone`` in
session 63, when it reached 800 lines.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from conflictfigures import _lexicon as lx
from conflictfigures._aggregation.documents import (
    kept_beside_own,
    said_after,
    said_before,
)

if TYPE_CHECKING:
    from conflictfigures.models import Figure

__all__ = ["BACKGROUND_REACH", "background_dropped"]


#: A figure told inside a clause about an earlier or later event: "just a
#: day after twin blasts in the capital killed almost 30 people", "comes 10
#: days after another firefight that left 13 soldiers dead", "follows the
#: kidnapping of 36 workers"; no comma may stand between, and the event must
#: be named ("Another explosion shortly after killed three more" is this
#: story's own; the window is bounded, so the trailing run is read in
#: constant time).
_BACKGROUND_RE = re.compile(
    r"(?:\b(?:days?|weeks?|months?|hours?|years?|shortly|just|soon|only)\s+(?:after|before)\b"
    r"|\bfollows\b|\bc[oa]mes?\b[^,;.]{0,60}\bafter\b)\s*[^,;\s][^,;]*$"
    # (a span of time or "came ... after" right before the figure: "The attack
    # came two days after 2 labourers were shot dead", "a week after a man
    # was stabbed"; not "shortly after", this story's own)
    r"|(?:\b(?:days?|weeks?|months?|years?)\s+(?:after|before)|\bc[oa]mes?\b[^,;.]{0,60}\bafter)"
    r"\s*$"
    # (a relative clause of place or event after the earlier event's name
    # and a comma: "came less than a month after the massacre at Rais, where
    # the authorities acknowledged 98 dead", "follows the carnage in
    # Relizane, where the official toll of 78 dead was disputed", "since the
    # January 4 raid on an army depot, in which four soldiers were killed")
    r"|(?:\bfollow(?:s|ed)\b|\bc[oa]mes?\b[^,;.]{0,60}\bafter\b|\bsince\s+(?:the|a|an)\b"
    r"|\b(?:days?|weeks?|months?|years?)\s+(?:after|before)\b)"
    r"[^,;.]{1,100},\s*(?:where|in\s+which|during\s+which|when)\b[^,;.]{0,120}$"
    # (a bare "which" only after a story's "came ... after" or a span of
    # time, and no perfect: "comes less than a month after the twin
    # bombings of 15 June, which killed 38 people"; not "since the start of
    # Russia's invasion, which has forced more than 6 million to flee")
    r"|(?:\bc[oa]mes?\b[^,;.]{0,60}\bafter\b|\b(?:days?|weeks?|months?|years?)\s+(?:after|before)\b)"
    r"[^,;.]{1,100},\s*which\b(?!\s+ha(?:s|ve|d)\b)[^,;.]{0,120}$"
)
#: A killing numbered by an ordinal ("the city's 41st homicide", "the third
#: killing"): the story's own event, which a clause "after" it then tells.
_NUMBERED_KILLING_RE = re.compile(
    r"\b(?:\d+(?:st|nd|rd|th)|"
    + "|".join(sorted(lx.COUNTING_ORDINALS))
    + r")\s+(?:[a-z-]+\s+)?(?:"
    + "|".join(sorted(lx.KILLING_NOUNS))
    + r")\b"
)
#: The earlier event's own participle right after its comma, the figure's
#: words, read in a window twice as long ("The shooting came hours after men
#: in a passing car fired on a church in the same district ..., killing four
#: people": session 54).
_CAME_AFTER_RE = re.compile(r"\bc[oa]mes?\b[^,;.]{0,60}\bafter\b[^,;.]{1,180},\s*$")
#: Words of a harm that may have happened, before the verb that ends a
#: figure's words ("eight additional civilians may have died").
_HEDGES = (" may have ", " might have ", " could have ")
#: How many words may follow the hedge: the verb, and "been" before it.
_HEDGED_VERB_WORDS = 2


def _hedged(surface: str) -> bool:
    """Whether a figure's own verb is hedged ("may have died"; not "Four people, who may ...")."""
    for hedge in _HEDGES:
        k = surface.rfind(hedge)
        if k >= 0 and len(surface[k + len(hedge) :].split()) <= _HEDGED_VERB_WORDS:
            return True
    return False


#: Words before a background clause that add its count to that event's toll
#: ("Two more people died ...", "Two of the wounded died ...": a later death
#: of the event named after them, no other incident's).
_ADDS_TO_EVENT_RE = re.compile(
    r"\b(?:more|further|additional)\s+(?!than\b)(?:\w+\s+){0,2}"
    r"(?:died|dead|deaths|succumbed|bodies)\b"
    r"|\bof\s+the\s+(?:wounded|injured)\b[^,;]{0,40}\b(?:died|succumbed)\b"
)

#: Words that make the deaths before a background clause another incident's
#: ("Four more soldiers died in a separate ambush, a month after ...").
_ANOTHER_WORDS_RE = re.compile(r"\b(?:separate|another|new|second)\b")

#: How far before a figure its background clause may open.
BACKGROUND_REACH = 120


#: A figure that opens a clause of "since", the event a period runs from:
#: "police have killed 16 people since an officer was shot dead on
#: Thursday", "since gunmen killed 12 worshippers" (not "since Monday 40
#: people have died": a time, whose figure is the clause's own).
_SINCE_EVENT_RE = re.compile(r"\bsince\s+(?:(?:the|a|an)\s+)?(?:([a-z][\w-]*)\s+)?$")


#: A time before the story's news, told before a figure in its sentence or
#: right after its words: "Earlier in the week, five teenagers were found
#: dead in Cali", "had abducted 11 gold miners earlier in the week", "Five
#: days earlier, a bus hit an explosive device, killing four passengers", "A
#: week earlier, on March 15, gunmen killed 58 people".
_EARLIER_RE = re.compile(
    r"\bearlier\s+(?:this|in\s+the)\s+(?:week|month|year)\b"
    r"|\b(?:a|one|two|three|four|five|six|seven)\s+(?:days?|weeks?|months?)\s+earlier\b"
)
#: How far after a figure's words such a time may stand.
_EARLIER_AFTER = 30


def _background(figure: Figure) -> bool:
    """
    Whether a figure is told inside a clause about another event, or an
    earlier one, or as what may have happened ("reports that as many as
    eight additional civilians may have died"): beside the document's own
    counts, no count of its own.
    """
    if _hedged(figure.surface.lower()):
        return True
    before = said_before(figure, BACKGROUND_REACH, words=False)
    clause = _BACKGROUND_RE.search(before)
    if clause is not None and _NUMBERED_KILLING_RE.search(before[: clause.start()]):
        # "investigating the city's 41st homicide this year after a man was
        # found shot": the killing the ordinal numbers is the event after it
        clause = None
    if (
        clause is not None
        and _ADDS_TO_EVENT_RE.search(before[: clause.start()]) is not None
        and not _ANOTHER_WORDS_RE.search(before[: clause.start()])
    ):
        # "Two more people died in hospital on Thursday, days after the
        # stampede at the stadium, where 23 people were crushed to death":
        # the deaths add to that event's toll, the story's own
        clause = None
    if clause is not None:
        return True
    longer = said_before(figure, 2 * BACKGROUND_REACH, words=False)
    if (
        (_CAME_AFTER_RE.search(longer) is not None and figure.surface.split()[0].endswith("ing"))
        or _earlier_before(longer)
        or _EARLIER_RE.search(said_after(figure, _EARLIER_AFTER)) is not None
    ):
        return True
    since = _SINCE_EVENT_RE.search(before)
    if since is not None and (since.group(1) is None or since.group(1) not in lx.SINCE_TIMES):
        return True
    return _compared_event(before)


def _earlier_before(before: str) -> bool:
    """
    Whether an earlier time (:data:`_EARLIER_RE`) stands before a figure in
    its own clause: "Earlier in the week, five teenagers were found dead",
    "Earlier this week, on Monday, a suicide bomber killed five"; not inside
    a relative clause about someone ("A worker who had been fired earlier in
    the week returned on Wednesday and opened fire, killing three people")
    or another subordinate clause ("After clashes earlier this week, gunmen
    on Thursday killed 12 villagers").
    """
    for found in _EARLIER_RE.finditer(before):
        opened = max(before.rfind(",", 0, found.start()), before.rfind(";", 0, found.start()))
        if _SUBORDINATORS.isdisjoint(before[opened + 1 : found.start()].split()):
            return True
    return False


#: Words that open a clause hanging off another, whose time is its own ("A
#: worker who had been fired earlier in the week", "After clashes earlier
#: this week, gunmen on Thursday killed 12").
_SUBORDINATORS = lx.RELATIVE_PRONOUNS | {"after", "following", "amid", "since", "before"}


def _compared_event(before: str) -> bool:
    """
    ``COMPLEMENT DETERMINER SUPERLATIVE WORD* "since" EVENT WORD* FIGURE`` in
    one clause: the figure
    counts the event a superlative compares the story with ("the country's
    bloodiest day since coordinated attacks in January 2011 left more than
    130 dead"), not a time ("the deadliest attack since 2015 killed 40").
    """
    cut = _clause_stop(before, len(before))
    clause = before[cut + 1 :].split()
    # (a time and "when": "the deadliest since May 2021, when a blast killed 85")
    when = bool(clause) and clause[0] == "when"
    relative = bool(clause) and (
        when
        or clause[0] in lx.RELATIVE_PRONOUNS
        # "..., in which some 1,200 people died", "during which"
        or (len(clause) > 1 and clause[1] in ("which", "whom") and clause[0] in lx.PREPOSITIONS)
    )
    if relative and cut > 0:
        # a relative clause on the event ("since the February 2010 earthquake
        # and tsunami, which killed 525 people"): the clause it hangs on too
        opened = _clause_stop(before, cut)
        clause = before[opened + 1 : cut].split() + clause
    if "since" not in clause:
        return False
    k = len(clause) - 1 - clause[::-1].index("since")
    # (the event's noun, past its article and the date that names it: "since
    # the February 2010 earthquake")
    article = k + 1 < len(clause) and clause[k + 1] in ("the", "a", "an")
    after = [
        w
        for w in clause[k + 1 : k + 5 if article else k + 2]
        if w not in ("the", "a", "an") and not (article and (w in lx.MONTHS or w[:1].isdigit()))
    ]
    event = after[0] if after else ""
    compared = any(
        w in lx.SUPERLATIVES and _complement_at(clause, j) for j, w in enumerate(clause[:k])
    )
    return (
        compared
        and (when or (event not in lx.SINCE_TIMES and not event[:1].isdigit()))
        and len(clause) - k > _COMPARED_EVENT_WORDS
    )


def _clause_stop(text: str, end: int) -> int:
    """
    Where the last comma, semicolon or full stop before ``end`` stands (-1:
    none); an abbreviation's stop after a letter alone is none ("the U.S.
    mainland"). Bounded by the window the caller reads.
    """
    stop = max(text.rfind(",", 0, end), text.rfind(";", 0, end))
    dot = text.rfind(".", 0, end)
    while (
        dot > stop
        and dot > 0
        and text[dot - 1].isalpha()
        and (dot < 2 or not text[dot - 2].isalpha())
    ):
        dot = text.rfind(".", 0, dot)  # (a letter alone before it: "u.s.")
    return max(stop, dot)


def _complement_at(words: list[str], j: int) -> bool:
    """
    Whether the superlative at ``j`` stands after its determiner (a possessive
    with its own article: "in the country's bloodiest") and a word of
    ``_COMPLEMENT_BEFORE``.
    """
    back = j - 2
    if back >= 0 and words[j - 1].endswith(("'s", "\u2019s")) and words[back] in ("the", "a"):
        back -= 1
    if back > 0 and words[back] == "it" and words[back - 1] in _MAKING:
        back -= 1  # "making it the deadliest hurricane since Katrina"
    return back >= 0 and words[back] in _COMPLEMENT_BEFORE


#: Words before a superlative's determiner that make it a complement, not
#: the subject of the figure's verb ("killed 93 people in the country's
#: bloodiest day since ..."; not "The deadliest attack since ... killed 40").
_COMPLEMENT_BEFORE = frozenset({"in", "was", "is", "are", "were", "marked", "making", "as", "been"})
#: Verbs of making whose object "it" a superlative complements ("making it the deadliest").
_MAKING = frozenset({"making", "makes", "made", "make"})
#: The fewest words after "since" that tell an event and a verb before the
#: figure ("since coordinated attacks left").
_COMPARED_EVENT_WORDS = 3


def background_dropped(figures: list[Figure]) -> list[Figure]:
    """
    Rule 0c: "A car bomb left at least 3 people dead in Aleppo, just a day
    after twin blasts in the capital killed almost 30 people": a count told
    inside a clause about an earlier (or later) event is background, not
    counted beside its document's own counts of its category; alone, it is
    the document's count. So is one told in a clause about the event an
    attack avenged, before or after a count of its category ("killing at
    least four people ... retaliation for operations that killed 11
    militants", "reprisals after villagers had killed two fighters. Some
    100 civilians were killed").
    """
    # (told first, an avenged event's count goes only beside a count of the
    # story's own: alone, it is the news)
    marked = [_background(f) or _avenged(f) for f in figures]
    return kept_beside_own(figures, marked)


#: An event a figure's clause says was avenged, the figure inside it: "may
#: have been retaliation for operations that killed 11 militants on Friday",
#: "in revenge for the killing of 12 soldiers", "a reprisal for the murder of
#: a man in the community last week", "a revenge attack for the 85
#: protesters crushed to death" (no comma between; not "In retaliation for
#: the attack the army ... killed 30 civilians", the retaliation's own).
_AVENGED_RE = re.compile(
    r"\b(?:retaliation|revenge|reprisals?)(?:\s+(?:attacks?|strikes?|killings?|raids?))?\s+"
    r"(?:for\b(?:[^,;]*\b(?:that|which|who|of)\b[^,;]*|\s+the\s*|\s*"
    # (the avenged event's own relative clause after its comma: "retaliation
    # for the IRA's Shankill Road bombing the previous week, in which nine
    # people were killed")
    r"|[^,;]*,\s*(?:in\s+which|during\s+which|where|when)\b[^,;]*)|after\b[^,;]*)$"
)


def _avenged(figure: Figure) -> bool:
    """
    Whether a figure is told inside a clause about the event its story's
    attack avenged (the caller asks only after the story told a count of its
    own: the headline's "attacks that killed 12 soldiers", told first, are
    its news).
    """
    return _AVENGED_RE.search(said_before(figure, BACKGROUND_REACH, words=False)) is not None
