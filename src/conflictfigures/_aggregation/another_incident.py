"""
Whether a later clause names an incident of its own, and so tells more
people than a count before it, not the one incident told again ("Police
also reported 12 people killed in a shooting"; "in a nearby village"; "the
previous day"): a word of a new matter, an event named with an indefinite
determiner, or a place or day that is not the earlier count's (rule 1a's
"also" and opening "Later,", :mod:`.rivals`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from conflictfigures import _lexicon as lx
from conflictfigures._aggregation.documents import said_after, said_before

if TYPE_CHECKING:
    from collections.abc import Sequence

    from conflictfigures.models import Figure

__all__ = ["INCIDENT_AFTER_REACH", "names_another_incident", "told_elsewhere"]


def names_another_incident(
    words: Sequence[str], told: int = 0, pair: tuple[Figure | None, Figure | None] = (None, None)
) -> bool:
    """
    Whether a clause's words name an incident of its own: a word of a new
    matter ("separately", "elsewhere"), an event's noun (or a munition's)
    after an indefinite or counting determiner in its noun phrase ("in a
    shooting", "when a second bomb exploded", "in another attack"; not "the
    attack" or "the blast", the story's incident named again), or, in the
    words from ``told`` on (what the verb of telling tells, not its
    speaker's own place: "Police in two provinces also said"), a place or
    day of their own (:func:`_other_place_or_day`, against the ``pair``'s
    earlier count).  A comparison ends the words ("25 were killed, up from
    the 20 announced yesterday": the day is the earlier count's).
    """
    clean = _before_comparison([w.strip(lx.WORD_EDGES) for w in words], told)
    if not lx.NEW_MATTER_WORDS.isdisjoint(clean):
        return True
    if any(w in _INDEFINITE and _event_after(clean, k, _EVENT_NOUNS) for k, w in enumerate(clean)):
        return True
    return _other_place_or_day(clean[told:], *pair)


def told_elsewhere(earlier: Figure, later: Figure) -> bool:
    """
    Whether a later count's words and the words after it name a place or a
    day that are not the ``earlier`` count's (:func:`_other_place_or_day`:
    "Floods killed 40 people in the north ... also said 12 people had died
    in the south"), up to a comparison.
    """
    said = f"{later.surface} {said_after(later, INCIDENT_AFTER_REACH)}".lower().split()
    clean = _before_comparison([w.strip(lx.WORD_EDGES) for w in said], 0)
    return _other_place_or_day(clean, earlier, later)


def _before_comparison(clean: list[str], told: int) -> list[str]:
    """The words up to the first comparison from ``told`` on ("up from", "compared with")."""
    end = next(
        (k for k in range(told, len(clean) - 1) if (clean[k], clean[k + 1]) in lx.COMPARED_FROM),
        len(clean),
    )
    return clean[:end]


def _event_after(clean: Sequence[str], k: int, nouns: frozenset[str]) -> bool:
    """Whether an event's noun of ``nouns`` is in the noun phrase the determiner at ``k`` opens."""
    for nxt in clean[k + 1 : k + 1 + _EVENT_NOUN_REACH]:
        if nxt in nouns:
            return True
        if nxt in lx.ARTICLE_WORDS or nxt in lx.PREPOSITIONS:
            break
    return False


def _other_place_or_day(clean: Sequence[str], earlier: Figure | None, later: Figure | None) -> bool:
    """
    Whether a clause's words name a place or a day of their own: a place
    counted or told by a common noun after an indefinite or counting word
    ("in a nearby village", "in two other provinces"), a compass point ("in
    the south"), events with no article ("in clashes"), or a day told from
    another ("the previous day", "a week ago", "overnight").  The story's
    event named again ("in the blast at a mosque in the west of the city")
    ends the reading: where and when it was are the story's.  Beside an
    ``earlier`` count, a place is another only when a word of nearness or
    of another names it ("a nearby village") or the earlier count's words
    hold no such noun (:func:`_told_around`: "in the south" after "in the
    south of the country" is the same place), and a day only when the
    earlier count's words tell none, or its :attr:`Figure.date` is not the
    ``later`` count's.  With no earlier count (a sentence read alone, with
    no count to set it against), none is read.
    """
    if earlier is None or later is None:
        return False
    told: list[str] | None = None  # (the earlier count's words, read once if needed)
    for k, w in enumerate(clean):
        if w == "the" and _event_after(clean, k, _STORY_EVENTS):
            return False
        place = _place_at(clean, k)
        day = place is None and _day_at(clean, k)
        if place is None and not day:
            continue
        if place == "":
            return True
        told = _told_around(earlier, later) if told is None else told
        if place is not None and place not in told:
            return True
        if day and not (
            earlier.date is not None and earlier.date == later.date and _tells_a_day(told)
        ):
            return True
    return False


def _place_at(clean: Sequence[str], k: int) -> str | None:
    """
    The noun of a place a preposition at ``k`` names by a common noun
    (see :func:`_other_place_or_day`), "" when a word of nearness or of another
    makes it another place ("in a nearby village", "in two other
    provinces"), or ``None`` when it names none.
    """
    if clean[k] not in _PLACE_PREPS or k + 1 >= len(clean):
        return None
    nxt = clean[k + 1 : k + 1 + _EVENT_NOUN_REACH]
    first = nxt[0]
    if first in lx.PLACES_COUNTED or first in _BARE_EVENTS:
        return first
    if first == "the" and len(nxt) > 1 and nxt[1] in lx.DIRECTIONS:
        return nxt[1]
    if not (first in _INDEFINITE or first in lx.UNITS or first.isdigit()):
        return None
    for x in nxt:
        if x in lx.NEAR_WORDS or x in lx.ADDED_WORDS:
            return ""
        if x in lx.PLACE_NOUNS or x in lx.PLACES_COUNTED:
            return x
    return None


def _day_at(clean: Sequence[str], k: int) -> bool:
    """Whether the words at ``k`` tell a day before the report's ("yesterday", "last week")."""
    w = clean[k]
    return w in lx.PAST_DAY_WORDS or (
        w in lx.BEFORE_DAY_WORDS and k + 1 < len(clean) and clean[k + 1] in lx.DAY_SPAN_NOUNS
    )


def _told_around(f: Figure, later: Figure) -> list[str]:
    """
    A count's words and those around it in its sentence, lower-cased, bare:
    a bounded window, which ends where a ``later`` count of its sentence
    starts ("...; police also said 6 were killed in the north").
    """
    reach = INCIDENT_AFTER_REACH
    if later.sentence_span == f.sentence_span and later.span.start >= f.span.end:
        reach = min(reach, later.span.start - f.span.end)
    window = f"{said_before(f, _BEFORE_REACH, words=True)} {said_after(f, reach)}"
    return [w.strip(lx.WORD_EDGES) for w in window.split()]


def _tells_a_day(words: list[str]) -> bool:
    """Whether words tell a day: a weekday's or a month's name, or a day before the report's."""
    return any(w in lx.WEEKDAYS or w in lx.MONTHS or _day_at(words, k) for k, w in enumerate(words))


#: Prepositions of a place an event was in.
_PLACE_PREPS = lx.PLACE_PREPS | {"at"}
#: Events in the plural or with no article: others than the story's one
#: ("in clashes", "in fighting").
_BARE_EVENTS = lx.SPAN_EVENT_NOUNS | frozenset(
    w for w in lx.INCIDENT_NOUNS | lx.DISASTER_NOUNS if w.endswith("s")
)


#: Determiners of an incident other than the story's ("a shooting", "a
#: second bomb", "another attack"; not "the first", "the same", "the last").
_INDEFINITE = (
    frozenset({"a", "an", "separate"})
    | lx.ADDED_WORDS
    | (lx.ORDINALS - {"first", "last", "latest", "previous", "same", "only"})
)
#: Nouns of an incident, a disaster or a munition that may name one.
_EVENT_NOUNS = lx.INCIDENT_NOUNS | lx.DISASTER_NOUNS | lx.INTERCEPTED_NOUNS
#: Nouns of an event that, after "the", name the story's own ("in the blast", "the fighting").
_STORY_EVENTS = _EVENT_NOUNS | _BARE_EVENTS
#: How many words after its determiner an event's noun may stand ("a suicide car bombing").
_EVENT_NOUN_REACH = 3
#: How far after a count the words that may name its incident are read.
INCIDENT_AFTER_REACH = 60
#: How far before a count an earlier count's words are read for its place or day.
_BEFORE_REACH = 120
