"""
The bodies of a group counted just before: "Seven young men ... were forced
into two pickup trucks by armed men on the evening of 11 May. Their bodies,
with signs of torture, were found two days later in a ditch."  A reader
knows the seven are dead, though no sentence says so.

A sentence that opens on "Their bodies" or "The bodies" (or "remains") and
counts no dead of its own, right after a sentence of its paragraph that
counted a group of people and told no death, gives a figure of the dead:
that group's count, its noun the figure's subject.  Read once a sentence,
on its first two words; the sentence before is read again only then.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from conflictfigures import _lexicon as lx
from conflictfigures._extraction.chunks import read_np
from conflictfigures._extraction.heads import head_word, noun_class
from conflictfigures._extraction.numbers import (
    NUMBER_STARTERS,
    NumberReading,
    count_word,
    read_number,
)
from conflictfigures._extraction.reading import Reading
from conflictfigures._extraction.text import Sentence
from conflictfigures._extraction.triggers import past_participle
from conflictfigures.models import Category, Qualifier

if TYPE_CHECKING:
    from conflictfigures._extraction.discourse import Doc
    from conflictfigures._extraction.text import Token

__all__ = ["bodies_of_group"]

#: The nouns of what is left of the dead, after "their" or "the".
_REMAINS = lx.BODY_NOUNS
#: Words that tell a death: a sentence that holds one told its group's fate.
_DEATH_WORDS = lx.DEATH_STORY_WORDS | _REMAINS
#: Words that tell a group seized or attacked, whose bodies may be told
#: next: the verbs of abduction and detention, and of being taken away or
#: beaten ("were forced into two pickup trucks", "taken from their cells
#: ... and shot").
_SEIZED = frozenset(
    w for w, (people, _) in lx.PASSIVE_TRIGGERS.items() if people is Category.DETAINED
) | frozenset(
    lx.LED_AWAY_VERBS
    | lx.LED_BY_CAPTORS_VERBS
    | {"shot", "beaten", "tortured", "attacked", "ambushed"}
    # ("Four gunmen were neutralised, police said. Their bodies were later
    # displayed": the deed told by a euphemism, the bodies its truth)
    | {"neutralised", "neutralized"}
)
#: Words that deny a finding ("have not been found", "were never recovered").
_NOT_WORDS = frozenset({"not", "never", "yet"})
_FOUND_WORDS = frozenset({"found", "recovered", "located", "retrieved", "identified"})


def _not_found(lows: list[str]) -> bool:
    """
    Whether a sentence denies its bodies were found, a word of denial at
    most three words before the finding ("Their bodies have not been found",
    "were never recovered"; not "were never returned to the families; some
    remains were found").
    """
    return any(
        low in _FOUND_WORDS and not _NOT_WORDS.isdisjoint(lows[max(0, k - _NOT_REACH) : k])
        for k, low in enumerate(lows)
    )


#: How many words before a finding its denial may stand ("have not been found").
_NOT_REACH = 3


#: The qualifiers of a group's count its bodies may carry on (not a vague
#: "dozens", nor a range).
_CARRIED = frozenset({Qualifier.EXACT, Qualifier.ABOUT, Qualifier.AT_LEAST, Qualifier.MORE_THAN})


def bodies_of_group(
    doc: Doc, sent: Sentence, lows: list[str], readings: list[Reading]
) -> list[Reading]:
    """
    The sentence's readings, with the dead of the group the sentence before
    counted first (no death told there; for bodies, the group taken or
    attacked) when the sentence tells the whole group dead (``lows``:
    its tokens' lower-case forms): it opens on the group's bodies,
    ``("their" | "the") REMAINS`` not followed by "of" and a count of its
    own ("The bodies of 42 victims were later counted" counts itself), or
    holds ``"all" "of" "them" AUXILIARY* DEATH_WORD`` ("Within minutes all
    of them were dead").
    """
    if len(lows) < 3 or doc.before is None or any(r.category is Category.KILLED for r in readings):
        return readings
    tokens = sent.tokens
    bodies = _bodies_opening(tokens, lows)
    span = bodies or _all_dead(lows)
    if span is None:
        return readings
    if bodies is not None and _not_found(lows):
        return readings  # "Their bodies have not been found": missing, no dead told
    before = Sentence(doc.text, *doc.before).tokens
    if any(t.low in _DEATH_WORDS for t in before) or (
        bodies is not None and not any(t.low in _SEIZED for t in before)
    ):
        # the group's deaths were told ("Twelve were killed. The bodies ..."),
        # or, for bodies, the group was not seized nor attacked, so not the
        # dead: "More than 200 rescuers searched the rubble. The bodies were
        # taken to a morgue"
        return readings
    group = _people_counted(before)
    if group is None:
        return readings
    counted, head = group
    first, words, last = span
    number = NumberReading(
        first, first + words, counted.stated, counted.qualifier, stated_high=counted.stated_high
    )
    found = Reading(number, Category.KILLED)
    found.head = found.subject = head
    found.last = last
    return sorted([found, *readings], key=lambda r: r.first)


def _bodies_opening(tokens: list[Token], lows: list[str]) -> tuple[int, int, int] | None:
    """
    ``("their" | "the") REMAINS`` opening the sentence, no count of its own
    after "of": where the group's words start, how many they are, and where
    the figure's words end; else ``None``.
    """
    if lows[1] not in _REMAINS or lows[0] not in ("their", "the"):
        return None
    if lows[2] == "of" and len(tokens) > 3 and count_word(tokens[3]):
        return None
    return 0, 2, _verb_end(lows)


#: How many auxiliaries and adverbs may stand between "all of them" and its death.
_ALL_DEAD_REACH = 4


def _all_dead(lows: list[str]) -> tuple[int, int, int] | None:
    """
    ``"all" "of" "them" (AUXILIARY | ADVERB)+ DEATH_WORD`` or ``"all" "of"
    "them" ADVERB* ("died" | "perished")`` ("all of them were dead", "All of
    them were later killed", "all of them died"; not "All of those killed
    were from Punjab", whose dead are told elsewhere): as
    :func:`_bodies_opening`; else ``None``.
    """
    for k in range(len(lows) - 3):
        if lows[k] == "all" and lows[k + 1] == "of" and lows[k + 2] == "them":
            for m in range(k + 3, min(len(lows), k + 3 + _ALL_DEAD_REACH)):
                if lows[m] in lx.DEATH_WORDS and (
                    lows[m] in lx.DIED_FORMS or any(w in lx.AUXILIARIES for w in lows[k + 3 : m])
                ):
                    return k, 3, m + 1
                if lows[m] not in lx.AUXILIARIES and lows[m] not in _ADVERBS:
                    break
    return None


#: How far past "Their bodies" their verb may stand (past an aside: "Their
#: bodies, with signs of torture, were found").
_VERB_REACH = 12


def _verb_end(lows: list[str]) -> int:
    """
    The index after the participle of the bodies' passive verb ("Their
    bodies were never returned"), the figure's words; else after the bodies.
    """
    for k in range(2, min(len(lows) - 1, _VERB_REACH)):
        if lows[k] in lx.AUXILIARIES:
            m = k + 1
            while (
                m < len(lows)
                and (lows[m] in lx.AUXILIARIES or lows[m] in _ADVERBS)
                and not past_participle(lows[m])  # ("found" may be an auxiliary: "found dead")
            ):
                m += 1
            return m + 1 if m < len(lows) and past_participle(lows[m]) else 2
    return 2


#: Adverbs between the bodies' auxiliary and participle ("were later found").
_ADVERBS = frozenset(
    {"later", "never", "eventually", "subsequently", "finally", "all", "only", "also"}
)


def _people_counted(tokens: list[Token]) -> tuple[NumberReading, str] | None:
    """
    The first count of more than one person in ``tokens`` with its noun's
    head, a subject or an object ("Seven young men", "26 detainees",
    "abducted twelve farmers"; no preposition's), else ``None``.
    """
    for k, tok in enumerate(tokens):
        if not (tok.is_digits or tok.low in NUMBER_STARTERS):
            continue
        if k and tokens[k - 1].low in lx.PREPOSITIONS:
            continue  # a preposition's group: "in front of an assembly of about 200 residents"
        num = read_number(tokens, k)
        if num is None or num.stated is None or num.stated < 2 or num.qualifier not in _CARRIED:
            continue
        np = read_np(tokens, num.last)
        if np[1] <= np[0]:
            continue
        head = head_word(tokens, np)
        if head is not None and noun_class(head) in ("people", "self"):  # ("26 detainees")
            return num, head
    return None
