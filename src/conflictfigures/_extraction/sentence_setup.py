"""
What a sentence's figures share, read once a sentence before its figures
are assembled: its readings, with what the story notes of a sentence that
holds none, and the dates that may date a statement rather than an
incident. Moved out of ``assembly`` in session 63, when it reached 800 lines.
"""

from __future__ import annotations

from collections import deque
from typing import TYPE_CHECKING

from conflictfigures import _lexicon as lx
from conflictfigures._extraction.attribution import note_claim
from conflictfigures._extraction.bodies import bodies_of_group
from conflictfigures._extraction.clause_claims import note_statement_day
from conflictfigures._extraction.datelines import in_dateline
from conflictfigures._extraction.executions import executions_lived
from conflictfigures._extraction.framed import FRONTING_WORDS, note_block_period
from conflictfigures._extraction.labels import victims_unfounded
from conflictfigures._extraction.linking import read_sentence
from conflictfigures._extraction.periods import find_periods
from conflictfigures._extraction.pronoun_tolls import tolls_again
from conflictfigures._extraction.rates import one_in_n
from conflictfigures._extraction.same_number import numbers_told_again
from conflictfigures._extraction.sentence_checks import record_before
from conflictfigures._extraction.sentence_periods import note_times
from conflictfigures._extraction.triggers import lost_in_location
from conflictfigures._extraction.when import (
    dates_a_statement,
    reported_before,
    reported_ends,
    statement_anchors,
    told_night,
)
from conflictfigures.models import Category

if TYPE_CHECKING:
    import datetime as dt
    from collections.abc import Set as AbstractSet

    from conflictfigures._extraction.dates import DateMention
    from conflictfigures._extraction.discourse import Doc
    from conflictfigures._extraction.reading import Reading
    from conflictfigures._extraction.text import Sentence, Token

__all__ = ["sentence_readings", "statement_dates"]


#: What a story told of deaths with no count of them adds to the groups it
#: counted: the dead, with no noun (so no later part names them again), for
#: whom "the victims" are (see :func:`.member_links.link_inverted`).
_DEATHS_UNCOUNTED: frozenset[tuple[Category, str]] = frozenset({(Category.KILLED, "")})


def _refugees_spoken(tokens: list[Token]) -> bool:
    """
    Whether a sentence speaks of refugees as people ("Refugees continue to
    pour into Chad"): not a word of a name ("Refugees International", "the
    Norwegian Refugee Council") nor one that only qualifies a place, a body
    or a rule ("the Maghazi refugee camp", "the UN refugee agency").
    """
    n = len(tokens)
    return any(
        tok.low in lx.REFUGEES_SPOKEN_WORDS
        and not (k and tok.is_capitalized)
        and not (k + 1 < n and tokens[k + 1].low in lx.REFUGEE_QUALIFIED_NOUNS)
        for k, tok in enumerate(tokens)
    )


def sentence_readings(
    doc: Doc, sent: Sentence, reference: dt.date | None, mentions: list[DateMention] | None
) -> tuple[list[Reading], list[str], list[str]]:
    """
    The sentence's readings, with its words (lower case) and the words of the
    sentence before; the story notes what the sentence tells (its claim, its
    statement's day, its periods) when it holds no figure.
    """
    tokens = sent.tokens
    lows = [t.low for t in tokens]  # (a comprehension: cheaper than map over attrgetter)
    counted: AbstractSet[tuple[Category, str]] = doc.counted
    if doc.deaths_spoken and Category.KILLED not in doc.counted_categories:
        counted = doc.counted | _DEATHS_UNCOUNTED
    told: AbstractSet[Category] = doc.told
    known: AbstractSet[Category] = doc.counted_categories
    if doc.refugees_spoken and lx.DISPLACEMENT_CATEGORIES.isdisjoint(told):
        # (a flight abroad told in words, no count of it yet: the story's flight)
        told = doc.told | {Category.REFUGEES}
        known = known | {Category.REFUGEES}
    readings = read_sentence(tokens, lows, counted, known, doc.last_category, harmed=told)
    if readings and ("in" in lows or "out" in lows):
        readings = [r for r in readings if not one_in_n(tokens, r.number)]  # "one in five"
    if readings and ("location" in lows or "locationally" in lows):
        # drones "lost in location": jammed off the radar, none destroyed
        readings = [r for r in readings if not lost_in_location(tokens, r.last - 1)]
    if not doc.refugees_spoken and not lx.REFUGEES_SPOKEN_WORDS.isdisjoint(lows):
        doc.refugees_spoken = _refugees_spoken(tokens)
    if not doc.deaths_spoken:
        # (a killing told, not denied: "Police said no one was killed")
        doc.deaths_spoken = not lx.DEATH_DEED_WORDS.isdisjoint(lows) and lx.ZERO_WORDS.isdisjoint(
            lows
        )
    lows_before = doc.previous
    # ("had previously been arrested"; "Type: Fraud. Victims: 40 pensioners": no dead)
    readings = victims_unfounded(doc, lows, [r for r in readings if not record_before(lows, r)])
    readings = tolls_again(doc, sent, lows, readings)  # "... put it at more than 300"
    readings = numbers_told_again(tokens, readings)  # "injured a similar number"
    readings = executions_lived(doc.text, sent, lows, readings)  # "... Both will recover"
    readings = bodies_of_group(doc, sent, lows, readings)  # "... 7 men .... Their bodies were"
    doc.previous = lows
    doc.previous_sentence = sent
    if not readings:
        note_claim(doc, sent, tokens, lows)
        note_statement_day(doc, sent, mentions or [])
        if lows and lows[0] in FRONTING_WORDS and doc.published is not None:
            note_block_period(doc, tokens, find_periods(tokens, reference), sent.start)
        if reference is not None and (mentions or "since" in lows):
            note_times(tokens, lows, mentions or [], reference, doc)
        return [], lows, lows_before
    return readings, lows, lows_before


def statement_dates(
    doc: Doc,
    tokens: list[Token],
    lows: list[str],
    dates: list[DateMention],
    date_firsts: list[int],
    *,
    claims: list[tuple[int, int, int]],
    readings: list[Reading],
) -> tuple[frozenset[int], list[int], frozenset[int], deque[tuple[int, int]]]:
    """
    The sentence's dates that may date a statement rather than an incident
    (by index), the statement each date stands after, the first tokens of
    the yielding dates, and the statements' anchors in order with their
    dates' first tokens (``date_firsts``: each date's first token).
    """
    n = len(tokens)
    reported = reported_ends(lows, readings) if dates else frozenset()
    datelined = [in_dateline(tokens, d) for d in dates]
    yielding = frozenset(
        i
        for i, d in enumerate(dates)
        if dates_a_statement(lows, d.first, d.last)
        or datelined[i]
        # "19 bodies had been recovered by Tuesday": as of then, not the
        # incident's day (the sentence's or the story's)
        or (d.first and lows[d.first - 1] == "by")
        # "OCHA had reported 11,300 dead on Saturday": when it was said
        or reported_before(lows, reported, d)
    )
    if "overnight" in lows and (yielding or doc.night_before):
        told_night(lows, dates, yielding, night_before=doc.night_before)
    statement_after = statement_anchors(dates, claims, lows) if dates else []
    # A date after the sentence's first figure trails it ("Three soldiers
    # were killed on Tuesday, the army said, adding that ..."): the
    # incident's, not the statement's.
    statement_after = [
        n if d.first >= readings[0].last else after
        for d, after in zip(dates, statement_after, strict=True)
    ]
    # The dates that may date a statement, by where they stand; the
    # statements' anchors in order, each with its date's first token: a date
    # an earlier figure took for its incident is dropped from the front as
    # the figures are read, so each figure looks at the earliest one left.
    yielding_firsts = frozenset(dates[i].first for i in yielding)
    # (a dateline's day is the filing's, no statement's: the story's day fills
    # a figure its own clause leaves undated)
    statements = deque(
        sorted(
            (after, first)
            for after, first, dateline in zip(statement_after, date_firsts, datelined, strict=True)
            if not dateline
        )
    )
    return yielding, statement_after, yielding_firsts, statements
