"""
Sources carried across paragraphs: a paragraph that names no source goes on
with a statement told before it. In a text whose body names one source, every
such paragraph is that source's (:func:`sole_source_claims`); in a text of
many sources, the paragraph right after one that named a source goes on with
that source's statement (:func:`next_paragraph_claims`). Both stop at what a
reader takes for the writer's own background: a figure of another day, or
over a period when the source counted none.
"""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING

import attrs

from conflictfigures import _lexicon as lx
from conflictfigures._extraction.attribution import WORD_EDGES
from conflictfigures._extraction.claims import CLAIM_WORDS

if TYPE_CHECKING:
    from collections.abc import Set as AbstractSet

    from conflictfigures.models import Figure

__all__ = ["next_paragraph_claims", "sole_source_claims"]


def sole_source_claims(
    figures: list[Figure], text: str, headline_end: int, spans: list[tuple[int, int]]
) -> list[Figure]:
    r"""
    The figures of a paragraph that names no source, in a text whose body
    names one source only, are that source's: a reader carries it across
    paragraphs ("... according to the General Staff of the Armed Forces of
    Ukraine.\n\nIn total, the enemy has lost 3,094 tanks.\n\nThe data are
    being verified, the General Staff noted."). The source's name may be
    shortened by its last words ("the General Staff"). A paragraph with a
    figure that names a source keeps its own reading (a lead beside a rival
    count of a source is the writer's), and so does one with a word of a
    claim the reader did not tie to a figure ("based on an AFP tally", "she
    told Reuters"); a headline's source is not the body's. The story's
    background is the writer's: a figure dated on a day none of the
    source's figures is, or counted over a period when none of the source's
    is ("In 2023, shelling killed 190 people in the province"). ``spans``:
    the text's blocks (paragraphs), in order.
    """
    body = [f for f in figures if f.span.start >= headline_end]
    sourced = [f for f in body if f.claimed_by is not None]
    if not sourced or len(sourced) == len(body):
        return figures
    longest = max((f.claimed_by for f in sourced if f.claimed_by is not None), key=len)
    full = longest.lower().removeprefix("the ").split()
    for f in sourced:
        name = (f.claimed_by or "").lower().removeprefix("the ").split()
        if full[: len(name)] != name:
            return figures  # two sources ("Israel" beside "Israeli rights group B'Tselem")
    days = {f.date for f in sourced}
    over_periods = any(f.period is not None for f in sourced)
    starts = [start for start, _ in spans]
    taken = {bisect.bisect_right(starts, f.span.start) for f in sourced}
    out = []
    claiming: dict[int, int] = {}  # (each paragraph's words read once)
    for f in figures:
        k = bisect.bisect_right(starts, f.span.start)
        if (
            f.claimed_by is None
            and f.span.start >= headline_end
            and k not in taken
            and (f.date is None or f.date in days)
            and (f.period is None or over_periods)
            and not _claims_before(text, spans, k, len(text), claiming)
        ):
            out.append(attrs.evolve(f, claimed_by=longest))
        else:
            out.append(f)
    return out


def next_paragraph_claims(
    figures: list[Figure], text: str, headline_end: int, spans: list[tuple[int, int]]
) -> list[Figure]:
    r"""
    A figure that names no source, in the paragraph right after one whose
    figures named theirs, goes on with the statement of the source that
    paragraph named last ("Three people were killed ..., police said.\n\nA
    20-year-old man was killed at the scene ..."), when no figure of its
    own paragraph named a source before it and no word of a claim comes
    before the end of its sentence ("..., the official said" speaks for
    what follows it). Only the next paragraph: a reader does not carry a
    statement past a paragraph of the writer's own. The background is the
    writer's, as in :func:`sole_source_claims`: a figure dated on a day
    none of that paragraph's sourced figures is, or counted over a period
    or up to now when none of them is ("Another 400 Palestinians have been
    killed in the West Bank" after one raid's count), or told of another
    matter (see :func:`_another_matter`). ``spans``: the text's blocks
    (paragraphs), in order.
    """
    if all(f.claimed_by is not None for f in figures):
        return figures
    starts = [start for start, _ in spans]
    sourced: dict[int, list[Figure]] = {}  # each paragraph's figures that name a source
    for f in figures:
        if f.claimed_by is not None and f.span.start >= headline_end:
            sourced.setdefault(bisect.bisect_right(starts, f.span.start), []).append(f)
    if not sourced:
        return figures
    # what each paragraph's sourced figures tell, gathered once (a long
    # paragraph after another stays linear)
    told = {k: _Told(group) for k, group in sourced.items()}
    out = []
    claiming: dict[int, int] = {}  # (each paragraph's words read once)
    for f in figures:
        k = bisect.bisect_right(starts, f.span.start)
        before = told.get(k - 1)
        own = sourced.get(k)
        if (
            f.claimed_by is None
            and f.span.start >= headline_end
            and before is not None
            and not (own and own[0].span.start < f.span.start)
            and (f.date is None or f.date in before.days)
            and (f.period is None or before.periods)
            and (not f.cumulative or before.cumulative)
            and f.sentence_span is not None
            and not _another_matter(f, before)
            and not _claims_before(
                text, spans, k, f.sentence_span.end, claiming, words=_SAYING_WORDS
            )
        ):
            out.append(attrs.evolve(f, claimed_by=before.source))
        else:
            out.append(f)
    return out


class _Told:
    """What a paragraph's sourced figures tell: days, places, spans, the source named last."""

    __slots__ = ("cumulative", "days", "periods", "places", "source")

    def __init__(self, figures: list[Figure]) -> None:
        self.days = {g.date for g in figures}
        self.places = {g.location for g in figures if g.location is not None}
        self.periods = any(g.period is not None for g in figures)
        self.cumulative = any(g.cumulative for g in figures)
        self.source = figures[-1].claimed_by


def _another_matter(f: Figure, before: _Told) -> bool:
    """
    Whether a figure's sentence tells another matter than the statement of
    the sourced figures ``before`` it: another place than theirs that opens
    the sentence ("In Kandahar, two soldiers were killed" after a count in
    Kabul; a place after the count may be a site of the same story), a word
    that sets it apart ("separately", "meanwhile", "a similar attack"), a
    quote it stands in (a witness's words), or a span up to now ("since the
    rainy season began") when none of theirs had one.
    """
    sentence = f.sentence or ""
    places = before.places
    if (
        f.location is not None
        and places
        and f.location not in places
        and sentence.startswith(("In ", "At "))
        and f.location in sentence.split(",", 1)[0]
    ):
        return True  # a place the sentence opens with: "In Kandahar, two soldiers ..."
    tokens = [w.strip(WORD_EDGES) for w in sentence.lower().split()]
    words = set(tokens)
    if not _OTHER_MATTER_WORDS.isdisjoint(words):
        return True
    if any(
        w == "previous" and (k + 1 == len(tokens) or tokens[k + 1] not in _TIMES_BEFORE)
        for k, w in enumerate(tokens)
    ):
        return True  # "A previous attack on the village" (not "the previous night")
    if f.sentence_span is not None:
        # inside a quote: an odd number of quotation marks before the figure
        # (a witness's words; not scare quotes after it)
        lead = sentence[: f.span.start - f.sentence_span.start]
        if sum(ch in lx.DOUBLE_QUOTES for ch in lead) % 2:
            return True
    return "since" in words and not before.periods


#: The words of a claim that name a source of the paragraph's own: verbs of
#: saying, "according to", a record that "showed" or a "count" (not
#: "registered", "recorded", "found" or "identified", which also tell a
#: count or its people: "1.56 million Ukrainians registered for temporary
#: protection", "were found dead").
_SAYING_WORDS = (
    lx.REPORTING_VERBS
    | {"according", "citing", "quoted", "quoting", "saying", "per", "statement", "disclosed"}
    | {"showed", "shows", "show", "count", "counted", "tally", "tallied"}
)
#: Words that set a sentence apart from the statement told before it.
_OTHER_MATTER_WORDS = (
    lx.NEW_MATTER_WORDS
    | {"similar"}
    # other speakers, whose accounts their own words tell
    | {"witness", "witnesses", "survivor", "survivors"}
)
#: The times "previous" may name in a statement going on ("the previous night").
_TIMES_BEFORE = frozenset({"day", "night", "evening", "morning", "afternoon", "week", "report"})


def _claims_before(
    text: str,
    spans: list[tuple[int, int]],
    k: int,
    end: int,
    claiming: dict[int, int],
    *,
    words: AbstractSet[str] = CLAIM_WORDS,
) -> bool:
    """
    Whether paragraph ``k`` (1-based, of ``spans``) holds a word a claim
    hangs on (of ``words``: "said", "according", "tally") before offset
    ``end``, not after "the" and what a source issued ("the data show", "the
    report said": the source named before, going on); where its first such
    word stands (-1: nowhere) is found once per paragraph (``claiming``).
    """
    if k not in claiming:
        start, stop = spans[k - 1]
        claiming[k] = -1
        at = start
        before = ("", "")  # (the two words before)
        for word in text[start:stop].split():
            at = text.find(word, at, stop)  # (each word found from the last one's end)
            low = word.lower().strip(WORD_EDGES)
            if low in words and not (before[0] == "the" and before[1] in lx.ISSUED_NOUNS):
                claiming[k] = at
                break
            before = (before[1], low)
            at += len(word)
    return 0 <= claiming[k] < end
