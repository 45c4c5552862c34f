"""
Rule 2h of the tally (docs/aggregation.md): a later count that tells a
document's lead again (its people as of a later hour, by another source,
or one by one) is the lead once more, not more people.  Read over one
document's incidents (each incident's sentence read up to its words, so a
sentence of very many incidents costs more than its length); the other rules
of a document's structure are in :mod:`~conflictfigures._aggregation.documents`.
"""

from __future__ import annotations

from collections import defaultdict
from typing import TYPE_CHECKING

import attrs

from conflictfigures import _lexicon as lx
from conflictfigures._aggregation.documents import (
    SEPARATE_BEFORE,
    SUMMARY_RE,
    Unit,
    by_document,
    head_word,
    may_detail,
    said_up_to,
    says_separate,
    sentences_of,
    words_in,
)

if TYPE_CHECKING:
    from conflictfigures._aggregation.results import ClaimKey
    from conflictfigures.models import Source, Span


def restated_dropped(incidents: list[Unit]) -> list[Unit]:
    """
    Rule 2h: "Nine people were killed on Monday ... seven bodies had been
    recovered by Tuesday"; "killing at least 12 persons ... the police put
    it at about 10 persons killed": a later count of a document's lead (its
    first count, of at least two people, not a summary of several
    incidents), no larger than the lead, of anyone ("people", "bodies",
    "the dead") or of the lead's own group (or of any group that tells the
    lead's exact number again in a sentence naming no incident: "Three
    people died ... Two women and a man were pronounced dead"), in a scope
    inside the lead's
    (side and place agree; its day the lead's or one of the week after),
    and set apart by no word ("separate", "another", "also", "a second
    attack") nor by a place it opens on ("In Tazwell County, ..."), tells
    the lead's people again: a restatement, a rival's count or a detail,
    not more people.
    """
    drop: set[int] = set()
    for found in by_document(incidents):
        lead = found[0][1]
        top = lead.estimate.best
        lead_figures = [f for c in lead.claims for f in c.figures]
        # (each sentence once, however many of the lead's figures it holds)
        lead_sentences = {f.sentence or "" for f in lead_figures}
        if (
            top < 2
            # (words without a number yield to numbers: rule 2b)
            or any(f.count.stated is None for f in lead_figures)
            # (a summary of several incidents is detailed by them: rule 2d)
            or any(SUMMARY_RE.search(s.lower()) for s in lead_sentences)
        ):
            continue
        # the lead's groups and its parts' ("killing 41 people, including 37
        # students ... 17 students were burned to death": the students again)
        heads = {head_word(f) for f in lead_figures} | {
            w for s in lead_sentences for w in _part_words(s)
        }
        scope = attrs.evolve(lead.key, group=None)
        said = sentences_of(lead)
        for _, u in found[1:]:
            figures = [f for c in u.claims for f in c.figures]
            if (
                u.estimate.best <= top
                and u.lists.isdisjoint(lead.lists)
                and said.isdisjoint(sentences_of(u))
                and (
                    all(
                        f.subject is None
                        or head_word(f) in lx.NO_KIND_HEADS
                        or head_word(f) in heads
                        for f in figures
                    )
                    # the lead's exact number again, naming no incident of
                    # its own, as in "Three people died ... Two women and a
                    # man were pronounced dead" (not "six trekkers died in an
                    # avalanche")
                    or all(
                        f.count.low == f.count.high == top
                        and lx.INCIDENT_NOUNS.isdisjoint(words_in(f.sentence))
                        for f in figures
                    )
                )
                and not any(
                    _ordinal_apart(said_up_to(f).split()) or fronted_place(f.sentence)
                    for f in figures
                )
                and may_detail(scope, u, summary=False, parts=False, later=True)
            ):
                drop.add(id(u))
        drop |= _told_one_by_one(found, drop, said, scope, top)
    return [u for u in incidents if id(u) not in drop] if drop else incidents


def _ordinal_apart(words: list[str]) -> bool:
    """
    Whether a counting ordinal without "the", or before an event, stands
    among lower-case words ("a third victim": more of them; "the second
    bombing": another event); "the third died" names one of the lead's
    people.
    """
    return any(
        w in lx.COUNTING_ORDINALS
        and (
            k == 0
            or words[k - 1] != "the"
            # "The second bombing ... wounded 13": another event
            or (k + 1 < len(words) and words[k + 1].strip(",;:.") in lx.INCIDENT_NOUNS)
        )
        for k, w in enumerate(words)
    )


def _told_one_by_one(
    found: list[tuple[int, Unit]],
    drop: set[int],
    said: set[tuple[Source, Span | None]],
    scope: ClaimKey,
    top: int,
) -> set[int]:
    """
    Rule 2h's parts: the later counts of one person each in one sentence
    that add up to the lead's number exactly, two or more, each in its
    scope, tell its people one by one ("Two men were slashed ... A
    44-year-old man suffered serious lacerations, and his 20-year-old son
    received a cut"; "wounded two deputies ..., striking one deputy in the
    leg and another in the shoulder"): the ids of their units.
    """
    by_sentence: dict[tuple[Source, Span | None], list[Unit]] = defaultdict(list)
    for _, u in found[1:]:
        sentences = sentences_of(u)
        if id(u) in drop or len(sentences) != 1 or not said.isdisjoint(sentences):
            continue
        if any(f.count.low != 1 or f.count.high != 1 for c in u.claims for f in c.figures):
            continue  # (one person each: "Gunmen shot dead 4 ... and killed a council member")
        by_sentence[next(iter(sentences))].append(u)
    return {
        id(u)
        for units in by_sentence.values()
        if len(units) > 1
        and sum(u.estimate.best for u in units) == top
        # (in the lead's scope and on its day, in a sentence, the one all
        # its units are told in, that sets nothing apart: not "On Tuesday,
        # one man was shot in Towson", "A bystander was also shot", "In
        # Kabul, a policeman was wounded")
        and not fronted_place(sentence := units[0].claims[0].figures[0].sentence)
        and not says_separate(sentence)
        and all(
            may_detail(scope, u, summary=False, parts=True) and u.key.date in (None, scope.date)
            for u in units
        )
        and not _more_of_them(units)
        for u in units
    }


def _more_of_them(units: list[Unit]) -> bool:
    """
    Whether a run of one-person counts tells more people: "another" or
    "other" before a member's words ("Another deputy and a resident were
    shot"), but for the second of "one ... and another", which parts them.
    """
    first = min((f for u in units for c in u.claims for f in c.figures), key=lambda f: f.span.start)
    parted = " one " in f" {first.surface.lower()} "
    return any(
        not (parted and f is not first) and any(w in said_up_to(f)[-24:] for w in SEPARATE_BEFORE)
        for u in units
        for c in u.claims
        for f in c.figures
    )


def _part_words(sentence: str | None) -> list[str]:
    """The words after the first word that opens a part in a sentence ("including 37 students")."""
    words = (sentence or "").lower().replace(",", " ").split()
    k = next((i for i, w in enumerate(words) if w in lx.PART_OPENERS), len(words))
    return words[k + 1 : k + 1 + _PART_WORDS]


#: How many words after its opener a lead's part may name its people with.
_PART_WORDS = 6


def fronted_place(sentence: str | None) -> bool:
    """Whether a sentence opens on a place of its own ("In Tazwell County, ...")."""
    words = (sentence or "").split(maxsplit=2)
    return len(words) > 1 and words[0] in ("In", "At", "Near") and words[1][:1].isupper()
