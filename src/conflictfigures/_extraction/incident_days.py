"""
The days a document's figures take from the incident its story tells, once
every sentence is read: undated incident figures take the story's day; the
counts told on the few days after it that follow up its people (the wounded
still in hospital, bodies recovered, the dead found) take the incident's day;
counts "the following day" or "five days earlier" count their days from it.
"""

from __future__ import annotations

import datetime as dt
import functools
import itertools
from typing import TYPE_CHECKING

import attrs

from conflictfigures import _lexicon as lx
from conflictfigures._extraction.context import perfect_verb_before
from conflictfigures._extraction.dates import shift
from conflictfigures._headlines import in_title_line
from conflictfigures.models import Category

if TYPE_CHECKING:
    from collections.abc import Set as AbstractSet

    from conflictfigures.models import Figure, Span


#: Words that put an arrest inside the incident ("arrested at the scene
#: during the attack", "as they fled").
_DURING_WORDS = frozenset({"during", "scene", "fled", "fleeing"})


def _during_incident(sentence: str | None) -> bool:
    """Whether a sentence puts its arrests inside the incident (see ``_DURING_WORDS``)."""
    return sentence is not None and not _DURING_WORDS.isdisjoint(
        sentence.lower().replace(",", " ").split()
    )


def fill_discourse_dates(
    figures: list[Figure],
    dated: list[bool],
    scene: dt.date | None = None,
    told: dt.date | None = None,
) -> list[Figure]:
    """
    Give undated incident figures the date of the incident the article is
    telling: the day a sentence before its first figure sets it on
    (``scene``), else its lead, the first incident figure the text dates,
    else the day a later sentence tells it on (``told``).
    Background incidents carry their own dates ("a suicide attack ... Dec.
    19"), so they are not taken as the article's incident.
    """
    lead = scene or _first_incident_day(figures, dated) or told
    if lead is None:
        return figures
    filled: list[Figure] = []
    last = lead  # the incident told last, for "the following day"
    # (the sentences that tell the dead or hurt)
    harmed_in = {f.sentence_span for f in figures if f.category in lx.HARM_CATEGORIES}
    lead_told = scene is not None  # (whether the lead's day was told before)
    for f, has in zip(figures, dated, strict=True):
        if has and f.date is not None and not f.cumulative:
            earlier = _days_before(f) if lead_told else 0
            lead_told = True
            published = f.source.published
            if (
                earlier < 0
                and published is not None
                and f.date == shift(published, dt.timedelta(days=earlier))
                and lead != published
                and (before := shift(lead, dt.timedelta(days=earlier))) is not None
            ):
                # "a day earlier", "the previous day" read against the report's
                # day: the day before the story's incident instead
                filled.append(attrs.evolve(f, date=before))
                continue
            last = f.date
        elif not has and not f.cumulative and (day := _statement_goes_on(f, filled)) is not None:
            # "JNIM said it had attacked a convoy on Sunday, destroying 18
            # vehicles. It also claimed to have killed 'dozens' of soldiers":
            # the day of the sentence before, whose statement goes on
            filled.append(attrs.evolve(f, date=day))
            continue
        elif (
            not has
            and not f.cumulative
            and f.category is Category.DETAINED
            and f.date is not None
            and f.date > lead
            and f.sentence_span not in harmed_in
            and not _during_incident(f.sentence)
        ):
            # arrests told with a statement's day after the story's incident
            # ("The directorate said on Friday it had arrested five suspected
            # ISIS members", after Thursday's bombing): a response of the
            # statement's day, not the incident's toll (but "one of the
            # attackers blew himself up ... and one was captured alive": the
            # incident's, beside its dead)
            filled.append(f)
            continue
        elif not has and not f.cumulative:
            # (undated, or dated by its statement's day only)
            # (days later count from the incident told last, days earlier
            # from the story's: "The attack came a day after shelling killed two")
            later = days_later(_clause_of(f))
            if later < 0:
                later = _days_before(f)
            date = shift(last if later > 0 else lead, dt.timedelta(days=later))
            filled.append(attrs.evolve(f, date=date) if date is not None else f)
            continue
        elif (
            f.cumulative
            and f.date is None
            and f.period is None
            and f.category in lx.HARM_CATEGORIES
            and (
                not lx.TOLL_WORDS.isdisjoint(f.surface.lower().split())
                # (or a count in the perfect of the story's own event: "At
                # least 50 people have died in the floods")
                or _of_the_event(f)
                # (or the other part of such a toll, riding on it: "The final
                # tally was 796 killed and 1,562 wounded")
                or _rides_on_toll(f, filled, lead)
            )
            and not _war_toll(f)
        ):
            # a toll with no period of its own is the toll of the incident
            # the article tells ("Floods struck on Thursday ... bringing the
            # death toll to 19"): its day, as readers date it; not a count
            # in the perfect ("19 troops have been killed"), which may run
            # over a war, nor a stock, whose day is its "as of" (tried in
            # session 20: dating them by the story's day raised blind date
            # accuracy by up to 0.031 but moved the seeds' stocks off their
            # time series)
            filled.append(attrs.evolve(f, date=lead))
            continue
        elif (
            has
            and f.date is None
            and not f.cumulative
            and f.period is None
            and f.category in (Category.WOUNDED, Category.MISSING)
            and _part_of_the_harmed(f)
            and _follows_up(f)
        ):
            # undated by its statement's day, telling the state of the
            # incident's people ("On Sunday, prosecutors said ...; eleven of
            # the injured remain in hospital"): the incident's day (not a
            # death, which the tally may take for a rival's count of the day)
            filled.append(attrs.evolve(f, date=last))
            continue
        elif _incident_displacement(f):
            # people the incident told last drove from home ("An estimated
            # 1,250 people have been displaced", "about 15,000 had fled to
            # temporary shelters"): its day, as readers date them
            filled.append(attrs.evolve(f, date=lead))
            continue
        filled.append(f)
    return filled


#: The subjects of a sentence that goes on with the statement before it.
_GOING_ON_SUBJECTS = frozenset({"it", "he", "she", "they"})
#: How many characters of a sentence's opening hold its first three words.
_OPENING_CHARS = 64
#: How many characters may part a sentence from the one before it (spaces).
_NEXT_SENTENCE_GAP = 3


def _rides_on_toll(f: Figure, filled: list[Figure], lead: dt.date | None) -> bool:
    """
    Whether the figure read just before ``f``, in its sentence, is a toll of
    harm with no period that took the incident's day ``lead``: ``f``, a
    running count with no day of its own, is its other part.
    """
    if not filled or lead is None:
        return False
    before = filled[-1]
    return (
        before.sentence_span == f.sentence_span
        and before.cumulative
        and before.period is None
        and before.date == lead
        and before.category in lx.HARM_CATEGORIES
    )


def _statement_goes_on(f: Figure, filled: list[Figure]) -> dt.date | None:
    """
    The day of the sentence right before an undated figure's, when the
    figure's sentence goes on with that statement: ``PRONOUN "also"``
    opening it ("It also claimed to have killed 'dozens' of soldiers", "They
    also said ..."), and the sentence before dated a figure of an incident.
    """
    if f.sentence is None or f.sentence_span is None or not filled:
        return None
    # (the opening's words only: each figure of a long sentence reads a few)
    words = f.sentence[:_OPENING_CHARS].lower().split()[:3]
    if len(words) < 2 or words[0] not in _GOING_ON_SUBJECTS or "also" not in words[1:]:
        return None
    before = filled[-1]
    if (
        before.sentence_span is None
        or before.date is None
        or before.cumulative
        or not 0 <= f.sentence_span.start - before.sentence_span.end <= _NEXT_SENTENCE_GAP
    ):
        return None
    return before.date


def _of_the_event(f: Figure) -> bool:
    """
    Whether a running count with no period names an incident or a disaster
    around it, and no war, "since", total or "million" (``_STOCK_WORDS``):
    the count of the story's own event so far ("At least 50 people have died
    in the flash floods").
    """
    text = _text_around(f)
    words = set(text.split())
    if words.isdisjoint(_EVENT_NOUNS) or not words.isdisjoint(_STOCK_WORDS):
        return False
    # the event after the count, its cause ("have died in flash floods"), or
    # named again with "the" ("The earthquake has killed"); not events in
    # general as the subject ("Road accidents have killed", "Israeli strikes
    # have killed")
    after = (
        set(text[text.find(f.surface.lower()) :].split()) if f.surface.lower() in text else set()
    )
    return not after.isdisjoint(_EVENT_NOUNS) or any(
        f"{d} {noun}" in text for d in ("the", "this", "that") for noun in words & _EVENT_NOUNS
    )


#: Nouns of an incident or a disaster whose count so far is the story's own.
_EVENT_NOUNS = lx.INCIDENT_NOUNS | lx.DISASTER_NOUNS


def _text_around(f: Figure) -> str:
    """A figure's clause within :data:`_STOCK_REACH` characters of it, lower-cased."""
    start, end = _clause_bounds(f)
    if f.sentence_span is not None:
        at = f.span.start - f.sentence_span.start
        start = max(start, at - _STOCK_REACH)
        end = min(end, f.span.end - f.sentence_span.start + _STOCK_REACH)
    return (f.sentence or "")[start:end].lower().replace(",", " ").replace(".", " ")


def _words_around(f: Figure) -> set[str]:
    """The words of :func:`_text_around`."""
    return set(_text_around(f).split())


def _part_of_the_harmed(f: Figure) -> bool:
    """
    Whether a figure counts some of the incident's hurt or missing ("eleven
    of the injured remain in hospital", "two of them are in critical
    condition").
    """
    words = _text_around(f).split()
    return any(
        a == "of" and (b == "them" or (b == "the" and lx.STATE_GROUPS.get(c) is f.category))
        for a, b, c in zip(words, [*words[1:], ""], [*words[2:], "", ""], strict=True)
    )


def _incident_displacement(f: Figure) -> bool:
    """
    Whether an undated count of the displaced, with no period, tells the
    people the story's incident drove from home: no war, no "since", no
    total over a war in its clause (a stock of a war keeps no day: "The
    fighting has displaced nearly a million people since December").
    """
    if f.category is not Category.DISPLACED or f.date is not None or f.period is not None:
        return False
    # (a bounded window of the clause around the figure: many figures in one
    # long sentence stay linear)
    return _words_around(f).isdisjoint(_STOCK_WORDS) and not _war_toll(f)


#: How many characters around a count its event's or stock's words are looked for.
_STOCK_REACH = 160


#: Words of a clause that make a count a stock of a war or a rate, no incident's.
_STOCK_WORDS = lx.WAR_NOUNS | lx.STOCK_WORDS


#: How many days before publication a dated incident told after the story's
#: own undated ones may be; one told earlier is another, earlier event.
_EARLIER_EVENT_DAYS = 7


def _first_incident_day(figures: list[Figure], dated: list[bool]) -> dt.date | None:
    """
    The day of the first incident figure the text dates, unless undated
    incident figures come before it and it lies more than a week before
    publication: then it is an earlier event the story recalls ("Two people
    were killed ... This is the third attack against the palace in the last
    two weeks, including a suicide bombing on March 14 which left four
    people dead"), no day of the story's own.
    """
    undated_before = False
    for f, has in zip(figures, dated, strict=True):
        if has and f.date is not None:
            published = f.source.published
            if undated_before and (
                (published is not None and (published - f.date).days > _EARLIER_EVENT_DAYS)
                # ("Two soldiers were killed ..., the ministry said on
                # Tuesday. ... Separately, a soldier was martyred on Sunday":
                # another matter's day; not "later on Friday", the story's)
                or _another_matter(f, lx.NEW_MATTER_WORDS)
            ):
                return None
            return f.date
        # (a title line's figure, undated, is the story's: "40 killed in ..."
        # before "On March 1, gunmen killed 40")
        undated_before = undated_before or (not has and not f.cumulative and not in_title_line(f))
    return None


def _war_toll(figure: Figure) -> bool:
    """
    Whether a war's verb in the present perfect takes the figure as its
    object ("The 12-year insurgency has left more than 40,000 people dead"):
    a count over the war, no incident's toll (see
    :func:`~conflictfigures._extraction.context.perfect_verb_before`).
    """
    if figure.sentence is None or figure.sentence_span is None:
        return False
    at = figure.span.start - figure.sentence_span.start
    # (a bounded look back, past the perfect's subject: linear in many figures)
    before = figure.sentence[max(0, at - _WAR_TOLL_REACH) : at].lower().split()
    return perfect_verb_before([w.strip(",;:()") for w in before], len(before))


#: How many characters before a figure its war's perfect and subject are read.
_WAR_TOLL_REACH = 300


#: How many days after the incident a count told on a later day is still its
#: count ("Divers recovered 19 more bodies on Monday" of Sunday's capsizing).
_AFTER_INCIDENT = dt.timedelta(days=3)


def incident_day_kept(figures: list[Figure], day: dt.date | None) -> list[Figure]:
    """
    The figures, those dated on the few days after the incident's ``day``
    (named by a sentence that tells it happen: "The launch overturned in a
    storm on Sunday afternoon") dated by it instead: a toll that rose, bodies
    recovered, a statement's day are the incident's, as readers date them
    ("Divers recovered 19 more bodies on Monday ..., taking the toll to 37":
    Sunday's). A count over a period keeps its period, and no day; the day
    of a lead whose words tell the attack itself stays the incident's
    (:func:`_deed_day`).
    """
    if day is None:
        return figures
    # (a day on which a figure's sentence tells the deed itself stays the
    # incident's: "killed at least 27 people in an attack on the village on
    # Saturday" before "fighters entered the village late on Friday")
    kept = _deed_day(figures)
    return [
        attrs.evolve(f, date=day)
        if f.date is not None
        and f.period is None
        and f.category is not Category.DETAINED  # (arrests come on their own day)
        and dt.timedelta(0) < f.date - day <= _AFTER_INCIDENT
        and f.date != kept
        else f
        for f in figures
    ]


def last_week_dated(figures: list[Figure], day: dt.date | None) -> list[Figure]:
    """
    The figures, those told "last week" whose week holds ``day`` (the day a
    later sentence tells the incident happen) dated by it (see
    :func:`_last_week_of`).
    """
    if day is None:
        return figures
    said: dict[tuple[Span | None, str | None], bool] = {}  # (each sentence's words read once)
    out = []
    for f in figures:
        key = (f.sentence_span, f.sentence)
        if key not in said:
            words = [w.strip(".,;:") for w in (f.sentence or "").lower().split()]
            pairs = set(itertools.pairwise(words))
            said[key] = (
                ("last", "week") in pairs
                and _NOT_ONE_INCIDENT.isdisjoint(words)
                and lx.COMPARED_FROM.isdisjoint(pairs)
            )
        out.append(
            attrs.evolve(f, date=day, period=None, cumulative=False)
            if said[key] and _last_week_of(f, day)
            else f
        )
    return out


#: Words that make a count told "last week" no simple past of one incident:
#: a count up to now or over places ("have killed 150 since", "across the
#: country").
_NOT_ONE_INCIDENT = frozenset({"has", "have", "since", "across"})


def _last_week_of(f: Figure, day: dt.date) -> bool:
    """
    Whether a figure over a calendar week ("last week", its sentence read
    by :func:`last_week_dated`) holds ``day``, the day a later sentence tells
    its killings happen ("Soldiers killed at least 80 civilians in the town
    last week ... The killings took place on January 29"): that day is its
    incident's, the week only the writer's vagueness. Not arrests.
    """
    period = f.period
    return (
        period is not None
        and period.start is not None
        and period.end is not None
        and period.start <= day <= period.end
        and (period.end - period.start).days == _WEEK_DAYS - 1
        and f.category is not Category.DETAINED  # (arrests come on their own day)
    )


#: The days of a calendar week ("last week": its Monday to its Sunday).
_WEEK_DAYS = 7


def _deed_day(figures: list[Figure]) -> dt.date | None:
    """
    The day of the story's lead when its words tell the deed itself: the
    first dated count of the dead or hurt in a sentence of the body (one
    that ends as a sentence does, no headline), its words opening on a verb
    of attack ("killed at least 27 people"), in a sentence that tells no
    arrests (whose day is theirs: "Police arrested two teenagers on Tuesday
    in connection with a shooting that killed two people"). Else ``None``.
    """
    arrests = {f.sentence_span for f in figures if f.category is Category.DETAINED}
    for f in figures:
        if (
            f.date is None
            or f.period is not None
            or f.category not in (Category.KILLED, Category.WOUNDED)
            or not (f.sentence or "").rstrip().endswith(_SENTENCE_ENDS)
        ):
            continue
        words = f.surface.lower().split()
        if words and words[0] in lx.ATTACK_VERBS and f.sentence_span not in arrests:
            return f.date
        return None
    return None


#: How a sentence of a body ends (a headline ends with none of these).
_SENTENCE_ENDS = tuple(sorted(lx.SENTENCE_END_MARKS))


def _follows_up(figure: Figure) -> bool:
    """
    Whether a figure's clause tells what became of the incident's people
    (:func:`_followup_clause`).
    """
    return _followup_clause(_clause_of(figure))


#: How many clauses :func:`_followup_clause` keeps its answer for.
_CLAUSES_HELD = 256


@functools.lru_cache(maxsize=_CLAUSES_HELD)
def _followup_clause(clause: str) -> bool:
    """
    Whether a clause tells what became of an incident's people, and no event
    of its own: a word of their state or fate (``lx.FOLLOWUP_WORDS``: "still",
    "remain", "hospital", "critical", "unaccounted", "succumbed") or some of
    a group told before ("of the injured", "of them"), and no incident noun,
    event verb or attacker's verb ("in a separate attack", "a wall
    collapsed", "gunmen killed three farmers", "killing two"). Kept for the
    last clauses asked about: the figures of one long sentence ask again.
    """
    words = [w.strip(",;:()\"'") for w in clause.lower().split()]
    seen = set(words)
    if not (
        lx.INCIDENT_NOUNS.isdisjoint(seen)
        and lx.EVENT_VERBS.isdisjoint(seen)
        and lx.ATTACK_VERBS.isdisjoint(seen)
        and lx.ATTACK_GERUNDS.isdisjoint(seen)
    ):
        return False
    return not lx.FOLLOWUP_WORDS.isdisjoint(seen) or any(
        a == "of" and b in _GROUP_TOLD_WORDS for a, b in itertools.pairwise(words)
    )


#: Words after "of" that name a group told before ("two of the injured", "one of them").
_GROUP_TOLD_WORDS = frozenset({"the", "them", "whom", "those"})


def followups_on_lead_day(
    figures: list[Figure], dated: list[bool], scene: dt.date | None
) -> list[Figure]:
    """
    The figures (in text order), those their own sentences date on the
    three days after the story's incident (its ``scene``, else its first
    dated incident) and that tell what became of its people, no event of
    their own (:func:`_followup_clause`), dated by the incident instead: the
    wounded still in hospital, the missing still unaccounted for, a victim
    who died of wounds are the incident's, as
    readers date them ("seven other people were injured Saturday ... Two of
    the injured were still hospitalized Sunday": Saturday's); not the dead
    after a story that opens on a toll as of its day ("The death toll from
    Sunday's shooting rose to five on Monday": two of the wounded who died on
    Wednesday are more). A count over a
    period, a running total and arrests keep their own day; so does a clause
    with an incident, an event's verb or an attacker's ("On Sunday, gunmen
    killed three farmers"), or with no word of a state or fate ("Four more
    civilians were wounded in Kherson on Tuesday").
    """
    first = next((f for f, own in zip(figures, dated, strict=True) if own and f.date), None)
    # (a toll as of its day: deaths after it are more)
    after_toll = first is not None and first.cumulative
    lead = scene or _first_incident_day(figures, dated)
    if lead is None:
        return figures
    return [
        attrs.evolve(f, date=lead)
        if own
        and f.date is not None
        and dt.timedelta(0) < f.date - lead <= _AFTER_INCIDENT
        and f.period is None
        and not f.cumulative
        and f.category is not Category.DETAINED
        and not (after_toll and f.category is Category.KILLED)
        and _follows_up(f)
        else f
        for f, own in zip(figures, dated, strict=True)
    ]


def _another_matter(figure: Figure, shifts: AbstractSet[str] = lx.TOPIC_SHIFTS) -> bool:
    """
    Whether a figure's sentence opens on another matter ("In a separate
    incident, 2 journalists were found dead", "Separately, ..."): its own
    day, no follow-up of the story's incident (``shifts``: the words that
    say so).
    """
    words = (figure.sentence or "").lower().replace(",", " ").split()
    return not shifts.isdisjoint(words[: lx.TOPIC_SHIFT_REACH + 1])


def _of_bodies(figure: Figure) -> bool:
    """Whether a figure counts the dead found: "bodies", "corpses", "found dead"."""
    words = figure.surface.lower().split()
    bodies = lx.BODY_NOUNS - {"remains"}  # (not the verb: "the toll remains")
    return not bodies.isdisjoint(words) or any(
        a == "found" and b == "dead" for a, b in itertools.pairwise(words)
    )


def bodies_on_incident_day(figures: list[Figure], dated: list[bool]) -> list[Figure]:
    """
    The figures (in text order), the counts of bodies dated on the three days after the
    document's first dated incident (its first count of the harmed with a
    day, no running total, no bodies) dated by that incident instead, as
    readers date the dead found, recovered or buried after it ("killing 12
    residents" on Sunday ... "villagers buried 17 bodies on Monday
    morning": Sunday's, and so a rival count of the same dead). Only the
    counts their own sentences date (``dated``, in the figures' order): a
    day the discourse gave keeps it ("18 civilians killed; 5 bodies found
    the next day").
    """
    lead = next(
        (
            f.date
            for f in figures
            if f.date is not None
            and not f.cumulative
            and f.category in lx.HARM_CATEGORIES
            and not _of_bodies(f)
        ),
        None,
    )
    if lead is None:
        return figures
    return [
        attrs.evolve(f, date=lead)
        if own
        and _of_bodies(f)
        and not _another_matter(f)
        and f.date is not None
        and f.period is None
        and dt.timedelta(0) < f.date - lead <= _AFTER_INCIDENT
        else f
        for f, own in zip(figures, dated, strict=True)
    ]


def _days_before(figure: Figure) -> int:
    """
    How many days before the story's incident the words of a figure's clause
    up to its own end put it, as a negative count, else 0 (see
    :func:`days_later`): the time before the figure or in its words ("Five
    days earlier, a bus hit a mine, killing four"; "came a day after shelling
    killed two"), not after it ("killed 30 people, up from 25 a day
    earlier"; "The attack, which wounded 30, came a day after ..."), and no
    clause with a day of its own ("On Thursday ... the previous day").
    """
    sentence = figure.sentence or ""
    start, end = _clause_bounds(figure)
    if figure.sentence_span is not None:
        end = max(start, min(end, figure.span.end - figure.sentence_span.start))
    # (a bounded stretch before its end: the figures of one long sentence
    # each read their own few words, so the sentence stays linear)
    clause = sentence[max(start, end - _BEFORE_CHARS) : end]
    if not _DAY_NAMES.isdisjoint(w.strip(",.") for w in clause.lower().split()):
        return 0
    return min(0, days_later(clause))


#: How many characters before a figure's end its time before may be told
#: ("Five days earlier, a bus carrying wedding guests hit a mine on the road
#: to the village, killing four").
_BEFORE_CHARS = 240
#: The names of days and months, which give a clause a day of its own.
_DAY_NAMES = frozenset(lx.WEEKDAYS) | frozenset(lx.MONTHS)


#: How many sentences :func:`days_later` keeps its answer for.
_SENTENCES_HELD = 256


def _clause_of(figure: Figure) -> str:
    """
    The stretch of a figure's sentence between the semicolons around it
    ("18 civilians killed; 10 abducted; 5 bodies found the next day": the
    last clause only is the next day).
    """
    start, end = _clause_bounds(figure)
    return (figure.sentence or "")[start:end]


def _clause_bounds(figure: Figure) -> tuple[int, int]:
    """Where :func:`_clause_of`'s stretch starts and ends in the figure's sentence."""
    sentence = figure.sentence or ""
    if ";" not in sentence or figure.sentence_span is None:
        return 0, len(sentence)
    at = figure.span.start - figure.sentence_span.start
    end = sentence.find(";", at)
    return sentence.rfind(";", 0, at) + 1, end if end >= 0 else len(sentence)


@functools.lru_cache(maxsize=_SENTENCES_HELD)
def days_later(sentence: str) -> int:
    """
    How many days after the incident told before it a sentence puts its own
    ("In reprisal, youths killed two herders the following day": 1; "two
    days later": 2), or before it, as a negative count ("Five days earlier,
    a bus hit an explosive device": -5; "a strike the previous day", "the
    day before"; "The attack came a day after shelling killed two people":
    -1), else 0; not when it is the day of a statement ("Police said the
    following day that ...", "officials said a day earlier"). Kept for the
    last sentences asked about: the figures of one long sentence ask again,
    and stay linear.
    """
    words = sentence.lower().replace(",", " ").replace(".", " ").split()
    for i, word in enumerate(words):
        counted = (
            i >= 2 and words[i - 1] in ("day", "days") and words[i - 2] in lx.DAYS_LATER_COUNTS
        )
        first = i - 2 if counted else i - 1 if i and words[i - 1] == "the" else i
        said = first - 1 if first and words[first - 1] != "on" else first - 2
        if said >= 0 and words[said] in lx.REPORTING_VERBS:
            # "Police said (on) the following day that ...": when it was said
            continue
        pair = (word, words[i + 1]) if i + 1 < len(words) else None
        if pair in lx.DAY_AFTER_PAIRS:
            if i + 2 < len(words) and words[i + 2] in lx.REPORTING_VERBS:
                continue  # "hospital sources the next day said ...": when it was said
            return 1
        if pair in lx.DAY_BEFORE_PAIRS and (word == "previous" or (i and words[i - 1] == "the")):
            return -1
        if counted and word == "later":
            return lx.DAYS_LATER_COUNTS[words[i - 2]]
        if counted and (
            word == "earlier"
            or (word == "after" and first and words[first - 1] in lx.CAME_AFTER_VERBS)
        ):
            return -lx.DAYS_LATER_COUNTS[words[i - 2]]
    return 0


def deaths_raising_a_total(figures: list[Figure]) -> list[Figure]:
    """
    A death told after a running total of the dead of one dated incident,
    in a clause of "when" or "after" that says how the total rose, is a
    death of that incident and takes its day (not "another" or "a separate"
    attack's, nor one in another place), not the day of the rise or the death
    ("The death toll from Monday's mass shooting rose to seven on Tuesday
    when an 85-year-old man died at a hospital": the man's death is
    Monday's, as readers code it; "has risen to two after a 17-year-old girl
    died Monday night").
    """
    out = list(figures)
    for k in range(1, len(out)):
        prev, f = out[k - 1], out[k]
        if not (
            prev.cumulative
            and prev.period is None
            and prev.date is not None
            and prev.category is Category.KILLED
            and f.category is Category.KILLED
            and not f.cumulative
            and f.period is None
            and f.part_of is None
            and f.date is not None
            and f.date > prev.date
            and f.sentence is not None
            and f.sentence_span is not None
            and f.sentence_span == prev.sentence_span
        ):
            continue
        offset = f.sentence_span.start
        between = f.sentence[prev.span.end - offset : f.span.end - offset]
        words = set(between.lower().replace(",", " ").split())
        if (
            not _RAISING_JOINERS.isdisjoint(words)
            and ";" not in between
            and _ANOTHER_INCIDENT.isdisjoint(words)
            and (f.location is None or prev.location is None or f.location == prev.location)
        ):
            out[k] = attrs.evolve(f, date=prev.date)
    return out


#: The words that open a clause telling how a total rose ("when", "after").
_RAISING_JOINERS = frozenset({"when", "after"})
#: Words that make the death another incident's ("as a separate drone attack
#: killed three", "when another suicide bomber killed four").
_ANOTHER_INCIDENT = lx.NEW_MATTER_WORDS | {"another", "other", "second", "new", "fresh"}


def parts_on_whole_day(figures: list[Figure]) -> list[Figure]:
    """
    Each undated part of a dated figure with no period takes its whole's
    day: "The death toll from Saturday's crush rose to 154 ... Of the dead,
    98 were women" and "rose to 168 on Wednesday, including 36 children"
    count the incident's people, whose day is the whole's. A part of an
    undated whole over a period takes that period ("Between 27 and 31 March,
    troops executed at least 500 people ... Among the victims were 20 women
    and seven children"); a part of a part, its top whole's time.
    """
    by_span = {f.span: f for f in figures}
    out = []
    for f in figures:
        whole = by_span.get(f.part_of) if f.part_of is not None else None
        seen = 0
        while whole is not None and whole.part_of is not None and seen < _PART_DEPTH:
            whole = by_span.get(whole.part_of, whole)
            seen += 1
        if whole is None or f.date is not None or f.period is not None:
            out.append(f)
        elif whole.date is not None and whole.period is None:
            out.append(attrs.evolve(f, date=whole.date))
        elif whole.date is None and whole.period is not None:
            out.append(attrs.evolve(f, period=whole.period, cumulative=whole.cumulative))
        else:
            out.append(f)
    return out


#: How many wholes up a part's chain is followed (a part of a part of a whole).
_PART_DEPTH = 3
