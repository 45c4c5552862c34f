"""
Figure assembly: each reading becomes a :class:`~conflictfigures.Figure`
with its group, side, place, date, period and claimant, sentence by
sentence (:mod:`.document` reads the sentences in order).
"""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING

import attrs

from conflictfigures import _lexicon as lx
from conflictfigures._extraction.datelines import in_parentheses
from conflictfigures._extraction.dates import (
    DateMention,
    PeriodMention,
    covering,
    may_date,
)
from conflictfigures._extraction.story_days import (
    after_event_between,
    clause_day,
    possessive_incident,
    so_far_at,
    to_come,
)
from conflictfigures._extraction.story_years import dates_in_story, full_date_told
from conflictfigures._extraction.stretch_period import displaced_period, part_period, stretch_period
from conflictfigures.models import (
    Category,
    Figure,
    Period,
    Qualifier,
    trusted_figure,
    trusted_span,
)

if TYPE_CHECKING:
    import datetime as dt
    from collections.abc import Iterator

    from conflictfigures._extraction.discourse import Doc
    from conflictfigures._extraction.reading import Reading
    from conflictfigures._extraction.text import Sentence
from conflictfigures._extraction.attackers import escape_after
from conflictfigures._extraction.attribution import (
    cited,
    in_a_claimant,
    paragraph_source,
    read_claimants,
    without_dateline,
)
from conflictfigures._extraction.carried_claims import carried_claim
from conflictfigures._extraction.claims import find_claims, may_claim
from conflictfigures._extraction.clause_claims import (
    carried_day,
    claim_of,
    names_war,
)
from conflictfigures._extraction.context import (
    anothers_period,
    began_before,
    clause_start,
    dated_before_comma,
    incident_subject,
    next_verb_of,
    perfect_verb_before,
    region,
    rider,
    trailing_claim_words,
    unlisted_after,
)
from conflictfigures._extraction.counts import count
from conflictfigures._extraction.framed import (
    FRONTING_WORDS,
    block_period_of,
    fronted_period,
    heading_period,
    list_marks,
    note_block_period,
    opens_sentence,
)
from conflictfigures._extraction.gapped import gapped_day
from conflictfigures._extraction.groups import group_words, set_group
from conflictfigures._extraction.held import held_stock
from conflictfigures._extraction.known_perfect import one_act_infinitive
from conflictfigures._extraction.month_incidents import incident_month, war_total
from conflictfigures._extraction.nearest import nearest_date
from conflictfigures._extraction.parts import restates_single, restates_the_harmed
from conflictfigures._extraction.rates import dated_crossing, rate_after
from conflictfigures._extraction.sentence_periods import sentence_periods
from conflictfigures._extraction.sentence_setup import sentence_readings, statement_dates
from conflictfigures._extraction.since import war_count, when_clause_day
from conflictfigures._extraction.tenses import earlier_deed
from conflictfigures._extraction.total_days import TotalDays
from conflictfigures._extraction.when import (
    as_of_day,
    as_of_period,
    carried_period,
    compared_period,
    earlier_statement_day,
    incident_last,
    incident_reach,
    incident_weekend,
    list_period,
    of_those_before,
    roundup_sentence,
    told_with,
    weekend_time,
)
from conflictfigures._extraction.where import figure_place, part_places, place_preps


def sentence_figures(
    doc: Doc, sent: Sentence, reference: dt.date | None, mentions: list[DateMention] | None
) -> Iterator[tuple[Figure, bool]]:
    """
    Yield the sentence's figures, each with whether its date came from the
    sentence itself (``True``) or is still to be filled from the discourse.
    ``mentions`` are the sentence's dates when already found.
    """
    tokens = sent.tokens
    readings, lows, lows_before = sentence_readings(doc, sent, reference, mentions)
    if not readings:
        return
    ends = sent.ends
    doc.counted.update((r.category, r.head) for r in readings if r.head is not None)
    doc.counted_categories.update(r.category for r in readings if r.head is not None)
    doc.last_category = readings[-1].category
    text = doc.text
    n = len(tokens)

    start_of = sent.start_of
    if mentions is None:
        # Every date holds a starting word (a day number needs its month).
        mentions = (
            dates_in_story(tokens, doc.published, full_date=doc.full_date)
            if may_date(tokens, lows)
            else []
        )
    # (the story's own full date, which a later date of its month without a
    # year takes: "between 27 and 31 March 2022 ... on 27 March")
    doc.full_date = full_date_told(tokens, mentions) or doc.full_date
    # (the period up to now the sentences before named, which "also" goes on with)
    carried = doc.period_up_to_now()  # (which "also" goes on with)
    periods = sentence_periods(tokens, lows, mentions, reference, doc)
    if lows[0] in FRONTING_WORDS and doc.published is not None:
        # "Since 24 February 2022, we have confirmed 2,690 Russian tanks
        # destroyed ... Infantry fighting vehicles: 3,012 destroyed": the
        # tracker's lines after it count over its period
        note_block_period(doc, tokens, periods, sent.start, opening=False)
    # A date inside a period ("since Monday") starts the period, not an incident.
    in_period = covering(periods)
    dates = [
        d
        for d in mentions
        if not in_parentheses(tokens, d)
        and not in_period(d.first)
        # (nor a day to come: "Nine men arrested ... will appear before a
        # prosecutor on Monday")
        and not to_come(tokens, d.first)
    ]
    claims = without_dateline(doc, tokens, find_claims(tokens, lows)) if may_claim(lows) else []
    # Everything below looks things up by position (bisect), so a sentence with
    # many figures, dates and claims is still read in linear time.
    anchors = [c[0] for c in claims]
    claimants, named = read_claimants(doc, sent, tokens, claims)
    if named:
        doc.source_at = sent.start
    if claims and claims[0][1] == 0 and tokens[claims[0][0]].text == ":" and claimants[0]:
        doc.label_claim = (doc.block, claimants[0])  # "OCHA Flash Update No. 4: ..."
    # A sentence that names no source goes on with the statement of the
    # source its paragraph named last ("The army said ... Twelve soldiers were
    # wounded"), or of a label opening the paragraph ("OCHA Flash Update No.
    # 4: ..."); in a paragraph that named none, its figures are the writer's
    # own. "It said" and "he added" name theirs (the pronoun's claim).
    label = (
        paragraph_source(
            doc,
            sent.start,
            # (a source from a sentence with no figure speaks for an
            # incident's count, not for the writer's background over a span
            # or a war: "The army said it was investigating. The conflict has
            # killed 10,000 since 2015")
            unread=not periods and not names_war(lows),
        )
        if not claims
        else None
    )
    period_firsts = [p.first for p in periods]
    fronted = fronted_period(tokens, periods, readings[0].first)
    opening = fronted is not None and opens_sentence(tokens, fronted)
    so_far = so_far_at(lows) if "far" in lows else None
    date_firsts = [d.first for d in dates]
    yielding, statement_after, yielding_firsts, statements = statement_dates(
        doc, tokens, lows, dates, date_firsts, claims=claims, readings=readings
    )
    incident_firsts: set[int] = set()  # where the dates earlier figures took stand
    last_incident: DateMention | None = None
    sentence_place: list[tuple[int, int] | None] = []  # computed when first needed
    has_colon = ":" in lows  # (looked up once a sentence)
    total_days: TotalDays | None = None  # the days of running totals, when first needed
    marks: tuple[list[int], list[int]] | None = None  # colons and semicolons, when needed
    preps: list[int] | None = None  # the place prepositions' indices, when first needed
    sentence_text = text[sent.start : sent.end]
    sentence_span = trusted_span(sent.start, sent.end)
    previous: Reading | None = None
    previous_period: PeriodMention | None = None  # (the period it took)
    previous_day: tuple[dt.date | None, int] = (None, 0)  # (the day it took, told before)
    roundup: bool | None = None  # whether the sentence rounds up several events, when asked
    #: The period and day (when it has no period) of the running total just
    #: before, if the figure before is one
    total_before: tuple[PeriodMention | None, dt.date | None] | None = None
    list_after = unlisted_after(readings)
    # (once a sentence: the war's count up to now, in a story that dated its
    # war, and whether a since-clause stands here)
    war_period = (
        Period(start=doc.war_start, end=doc.published)
        if doc.war_start is not None
        and doc.published is not None
        and doc.war_start <= doc.published
        else None
    )
    has_since = war_period is not None and "since" in lows
    singles_before = dict(doc.singles)
    told_before = frozenset(doc.told)
    doc.told.update(r.category for r in readings)
    for r in readings:
        if r.number.stated == 1 and r.head is not None:
            doc.singles[r.category] = r.head
        if not r.perfect and perfect_verb_before(lows, r.first):
            r.perfect = True  # "The conflict has claimed more than 6,000 lives"
    singles_here: dict[Category, str] = {}  # (for "he" or "she" later in this sentence)
    claimant_spans = sorted((start, end) for _, start, end in claims)
    for idx, r in enumerate(readings):
        # (the state names whom the story counted, whatever day its sentence
        # tells: "... one of them fatally. The dead man was identified as",
        # "On Tuesday, the injured officer was flown to Islamabad")
        harmed_again = restates_the_harmed(lows, r, told_before)
        restated = restates_single(lows, r, singles_before) or (
            r.np[0] < r.np[1]
            and lows[r.np[0]] in ("he", "she")
            and restates_single(lows, r, singles_here)
        )
        if r.number.stated == 1 and r.head is not None:
            singles_here[r.category] = r.head
        if (
            harmed_again
            or (
                restated
                and (
                    not dates
                    # (a date of another clause before it: "The soldiers lost their
                    # lives on Monday, the ministry said, adding that the injured
                    # soldier was taken to hospital")
                    or all(
                        m.last < r.first
                        and "," in lows[m.last : r.first]
                        and not lx.REPORTING_VERBS.isdisjoint(lows[m.last : r.first])
                        for m in dates
                    )
                )
            )
        ):
            # "wounding one officer ... The officer was in stable condition"
            # (one with a date of its own is kept: it may date the story)
            continue
        if r.number.article and claimant_spans and in_a_claimant(claimant_spans, r):
            continue  # "abducted two of his wives, a regional official ... said": the speaker
        if r.head in lx.ESCAPING_NOUNS and r.category is Category.MISSING:
            continue  # "two suspects are still being searched for": sought, not missing
        if r.category in lx.DISPLACEMENT_CATEGORIES and (
            r.head in lx.ESCAPING_NOUNS or escape_after(lows, r.last)
        ):
            continue  # "the attacker fled", "two men fled on foot": an escape
        lo, hi = region(readings, idx, n, list_after)
        # Who is counted: as written, or the group of the figure before.
        set_group(
            text,
            tokens,
            lows,
            r,
            previous=previous,
            start_of=start_of,
            ends=ends,
            lows_before=lows_before,
        )
        # Who claims it: the nearest claim before it, else the first after
        # (see :func:`.clause_claims.claim_of`).
        claimed_by = label
        if claims and (which := claim_of(lows, claims, anchors, r)) is not None:
            claimed_by = claimants[cited(tokens, claims, anchors, which)]
        if (
            r.side is None
            and r.subject is not None
            and claimed_by is not None
            and any(w in ("its", "our", "their") for w in r.subject.lower().split())
        ):
            for word in claimed_by.replace("\u2019", "'").split():
                side = lx.SIDES.get(word.lower()) or lx.SIDES.get(word.lower().removesuffix("'s"))
                if side is not None:
                    r.side = side
                    break
        # When: a period in the figure's own stretch of the sentence.
        period_m = stretch_period(
            tokens,
            lows,
            r,
            (periods, period_firsts, date_firsts),
            (lo, hi),
            published=doc.published,
            others=readings,
        )
        if periods and (own_m := compared_period(lows, r, periods, period_firsts)):
            period_m = own_m
        if period_m is None and periods:
            period_m = list_period(readings, idx, periods, period_firsts, lows)
            if period_m is None and r.cumulative and has_colon:
                # "The total combat losses of the enemy from 24.02 to 29.03
                # were approximately: ..., tanks - 597"
                if marks is None:
                    marks = list_marks(lows)  # (read once a sentence)
                period_m = heading_period(marks, r.first, periods, period_firsts)
        # "Over the same weekend last year, 35 people were shot, six of
        # them fatally": some of the group before, in its time (when the
        # words tell no day of their own, below)
        of_those = (
            period_m is None
            and previous_period is not None
            and previous is not None
            and (of_those_before(lows, r, previous) or told_with(lows, r, previous))
        )
        # "were killed in an attack ... last week": its day untold (not the
        # statement's; the story's, if the document tells one)
        in_last = period_m is not None and incident_last(lows, r, period_m)
        if period_m is not None and not in_last and weekend_time(lows, period_m):
            if roundup is None:
                roundup = roundup_sentence(lows)  # (read once a sentence)
            in_last = incident_weekend(lows, r, roundup)
        if in_last:
            period_m = None
        if period_m is None and r.category is Category.DISPLACED and not in_last:
            period_m = displaced_period(tokens, lows, r, (periods, period_firsts))
        elif period_m is None and r.perfect:
            # A perfect tense shares the period later in its clause ("floods
            # have killed 40 and displaced 25,000 since Monday"), not one of
            # another clause ("had been killed ..., where ... since December").
            j = bisect.bisect_left(period_firsts, r.last)
            if (
                j < len(periods)
                and lx.CLAUSE_BREAKS.isdisjoint(lows[r.last : period_firsts[j]])
                and not anothers_period(tokens, lows, r.last, period_firsts[j])
                and not dated_before_comma(lows, date_firsts, r.last, period_firsts[j])
            ):
                period_m = periods[j]
        # "On Tuesday, the Turkish leader confirmed that two soldiers were
        # killed": a date before the claimant dates the statement, not the
        # incident, which is then left undated.
        date_m = (
            nearest_date(
                dates,
                firsts=date_firsts,
                statement_after=statement_after,
                lo=clause_start(lows, lo, r.first),
                hi=hi,
                anchor=r.first,
                yielding=yielding,
                prefer_after=idx > 0,
            )
            if dates
            else None
        )
        if date_m is None and dates and not (r.cumulative or r.perfect):
            # "declined to give a toll from Friday's attack on their base, as
            # the militants said they killed 63 soldiers": the incident's day
            date_m = next((d for d in dates if possessive_incident(tokens, d)), None)
        yields = date_m is not None and (
            date_m.first in yielding_firsts or after_event_between(lows, date_m.last, r.first)
        )
        if date_m is not None and doc.scene is not None and date_m.date != doc.scene and yields:
            # "An avalanche hit ... on Saturday. Three were killed, police said
            # on Sunday": the day of the statement; the story's day is the incident's
            date_m = None
        elif (
            yields
            and date_m is not None
            and last_incident is not None
            and date_m.first not in incident_firsts
        ):
            # "22 people were killed on Tuesday, the commission said on
            # Wednesday, adding that 50 were arrested": the sentence's incident day
            date_m = last_incident
        statement_day = None
        if yields and date_m is not None and date_m is not last_incident:
            # "killed at least 76 people ..., a rights group said Sunday": the
            # statement's day is no incident's; the story's day, if the
            # document tells one, dates the figure, else the statement's
            statement_day, date_m = date_m.date, None
        if (
            period_m is not None
            and date_m is not None
            and not (r.cumulative or r.perfect)
            and (
                period_m.vague
                # a clause of its own after the period's, with its own day:
                # "have fled since unrest began in mid-February, and 14,000
                # crossed at Ras Jdir on Tuesday alone"
                or (
                    period_m.last <= r.first < date_m.first
                    and r.first == r.number.first  # (no gapped verb: "and wounded 11,088 others")
                    and lows[r.first - 2 : r.first] == [",", "and"]
                )
            )
        ):
            # "killed 8 people on Tuesday, the latest of many shootings in
            # recent years": the figure's own day, not a vague span's
            period_m = None
        elif (date_m is None or (of_those and date_m.first < r.first)) and (
            of_those
            or (
                period_m is None
                and previous_period is not None
                and previous is not None
                and next_verb_of(lows, previous, r)
            )
        ):
            period_m = previous_period
        if date_m is not None and (
            as_of := as_of_period(lows, date_m, period_m, previous_period if of_those else None)
        ):
            period_m, date_m = as_of, None
        if (r.perfect or r.cumulative) and doc.published is not None:
            # "The clashes, which began on April 15, have killed 400": the
            # perfect counts from the day the clashes began to publication,
            # as does a running total ("takes the toll in the clashes that
            # began on May 3 to more than 110").
            began = period_m if period_m is not None else date_m
            if began is not None and began_before(lows, began.first):
                began_on = began.period.start if isinstance(began, PeriodMention) else began.date
                if began_on is not None and began_on <= doc.published:
                    period_m = PeriodMention(
                        began.first, began.last, Period(start=began_on, end=doc.published)
                    )
                    date_m = None
        if (
            period_m is not None
            and not r.category.is_stock
            and (event := when_clause_day(lows, period_m, r.first))
        ):
            period_m, date_m = (
                None,
                event,
            )  # "since ... on Oct. 7, when militants ..., killing 1,200"
        if (
            period_m is None
            and date_m is None
            and fronted is not None
            # (a phrase of setting's days are no running total's: "During the
            # battles on 5-6 March, ..., and Ukraine has lost 5,000 in the war")
            and (opening or not (r.perfect or r.cumulative))
        ):
            period_m = fronted  # "Since October 7, 35,000 have been killed and 79,000 wounded"
        if period_m is None and date_m is None:
            # "The conflict has killed at least 14,600 people": from the war's start
            period_m = war_count(lows, r, doc, told=bool(periods))
        if period_m is None and date_m is None:
            # a time the sentences before named: "also" goes on with it, "so
            # far" counts from the story's since-period, a toll told again restates it
            period_m = carried_period(lows, r, doc, carried, so_far, told=bool(periods))
        # "who attacked the college in April 2015, killing 148": its day untold, not the story's
        if month := incident_month(lows, r, period_m, doc.published):
            period_m, date_m, in_last = None, None, True
        elif period_m is None and date_m is None:
            period_m = war_total(lows, r, doc.published)  # "were killed in the civil war"
        # A statement's date before the figure leaves it undated, unless an
        # earlier figure took that date for its incident ("A strike on 17
        # March killed 30 people, according to officials, while the army
        # said it had killed twenty": the twenty are of that strike).
        while statements and statements[0][1] in incident_firsts:
            statements.popleft()
        dated_by_statement = date_m is None and bool(statements) and statements[0][0] < r.first
        if dated_by_statement and statement_day is None:
            statement_day = earlier_statement_day(lows, statements[0], dates)
        if statement_day is None and label is not None and not claims:
            statement_day = carried_day(doc, lows, r.last - 1)  # "Police gave an update ..."
        if rate := rate_after(lows, r.last, hi):
            date_m = None  # "kill more than 2,000 people every year": no incident's
        span, qual = (r.first, r.last), r.number.qualifier
        cumulative = (
            rate
            or r.cumulative
            or period_m is not None
            or (
                r.category.is_stock
                and not (date_m is not None and dated_crossing(lows, span, r.perfect, qual))
            )
            or held_stock(lows, r.first, r.last, detained=r.category is Category.DETAINED)
        )
        if date_m is not None and as_of_day(lows, date_m):
            cumulative = True  # "As of 12 March, 1.7 million are displaced": a count up to then
        if (
            not cumulative
            and r.perfect
            and date_m is None
            # one person "has been killed" is one death, not a running total
            and r.number.stated != 1
            # "A car bomb blast ... has killed at least one person and wounded
            # two others": one incident's counts
            and not (
                r.active
                and (
                    incident_subject(lows, r.first)
                    # (a verb sharing the auxiliary: "... has killed at least
                    # one person and wounded two others")
                    or (
                        previous is not None
                        and previous.active
                        and lows[previous.last : r.first] == ["and"]
                        and incident_subject(lows, previous.first)
                    )
                )
            )
            # "JNIM claimed to have killed 107 soldiers": a claim of one act;
            # "the shipwreck in which 78 are confirmed to have died": one incident
            and not one_act_infinitive(lows, r.first, r.last)
            # "The ministry gave a lower toll, saying eight people had died":
            # a past told in reported speech, not a count up to now
            and not (
                "had" in lows[r.first : r.last]
                and any(a < r.first and lows[a] == "saying" for a in anchors)
            )
            # "Before taking over the school the guerrillas had shot dead two
            # women": the past perfect of an earlier deed, no count up to a
            # moment the sentence names ("By Wednesday night, police had
            # recovered 21 bodies")
            and not earlier_deed(lows, r)
            # "have been killed in the attack" reports one incident; "since
            # the start of the operation" counts up to now.
            and not any(
                lows[k] in lx.INCIDENT_NOUNS and "since" not in lows[r.last : k]
                for k in range(r.last, incident_reach(readings, idx, lows, hi))
            )
        ):
            cumulative = True
        if r.category is Category.DISPLACED:
            # Displacement is reported as a stock ("have fled", "nearly a
            # million displaced") unless the sentence dates one flight.
            cumulative = (
                cumulative
                or r.perfect
                or r.number.qualifier in (Qualifier.VAGUE, Qualifier.NEARLY)
                or date_m is None
            )
        # A rider of the total before ("the death toll had risen to 31,341,
        # with 73,134 wounded"), past the total's own day ("rose to 154 as of
        # Monday morning, with 149 others injured"): the same count's other
        # part, of its period or of its incident's day
        ridden = total_before if previous is not None else None  # (the total it may ride on)
        rides = (
            previous is not None
            and ridden is not None
            and rider(lows, previous.last, r.first, r.last)
        )
        # (the total's day between: "as of 30 October, with 9,865 injured")
        rides_past_day = (
            not rides
            and previous is not None
            and ridden is not None
            and date_m is not None
            and previous.last <= date_m.first
            and date_m.last <= r.first
            and rider(
                lows,
                # (past its part of the day: "as of Monday morning")
                date_m.last + (lows[date_m.last] in lx.PARTS_OF_DAY),
                r.first,
                r.last,
            )
        )
        if ridden is not None and ((rides and not cumulative and date_m is None) or rides_past_day):
            cumulative = True
            period_m = ridden[0] or period_m
        rides = rides or rides_past_day
        period = period_m.period if period_m is not None else None
        if period is None and date_m is None and (paragraph := block_period_of(doc, r, tokens)):
            # "Over the past day, units ... improved their position. The
            # enemy lost up to 230 servicemen and a tank": the paragraph's time
            period, cumulative = paragraph, True
        if (
            war_period is not None
            and period is None
            and date_m is None
            and cumulative
            and not rate
            and not periods
            # (no since-clause of its own, undated: "since the fighting resumed")
            and not has_since
        ):
            # an undated running total in a story that dated its war ("Since
            # the conflict began on 15 April 2023 ... Some 6.8 million of them
            # are displaced inside Sudan"): the war's count up to now
            period = war_period
        date = None if cumulative else (date_m.date if date_m is not None else None)
        if r.day_shift and not cumulative:  # "and four the next day": from the day before's
            date = gapped_day(r, previous_day, dates, date_firsts)
        elif date is not None and date_m is not None:
            date = (
                clause_day(
                    tokens,
                    lows,
                    r,
                    date_m,
                    (dates, date_firsts),
                    last_incident=last_incident,
                    published=doc.published,
                )
                or date
            )
        if r.cumulative and period is None:
            if total_days is None:
                total_days = TotalDays(tokens, lows, dates, date_firsts, doc.published)
            date = total_days.day_of(r, date_m)
        if rides and ridden is not None and ridden[1] is not None and period is None:
            date = ridden[1]  # ("The death toll from Saturday's crush rose to 154, with ...")
        # Where.
        if preps is None:
            preps = place_preps(lows, trailing_claim_words(tokens, claims) if claims else set())
        place = figure_place(tokens, r, (lo, hi), preps, sentence_place)
        location = text[start_of(place[0]) : ends[place[1] - 1]] if place else None
        # (the writer's background is no carried source's: "came a week after")
        claimed_by = carried_claim(
            doc, lows, r.last - 1, (period, date), claimed_by, carried=label is not None
        )
        start = start_of(r.first)
        end = ends[r.last - 1]
        figure = trusted_figure(
            category=r.category,
            count=count(r.number, doc.policy),
            span=trusted_span(start, end),
            surface=text[start:end],
            source=doc.source,
            subject=r.subject,
            side=r.side,
            location=location,
            # the statement's day when nothing else dates it (the story's
            # day, if the document tells one, replaces it: has_date is False)
            date=date if date is not None or cumulative or in_last else statement_day,
            period=period or month,
            cumulative=cumulative,
            claimed_by=claimed_by,
            sentence=sentence_text,
            sentence_span=sentence_span,
        )
        previous, previous_period = r, period_m
        previous_day = (date, date_m.last if date_m is not None and not r.day_shift else r.last)
        if period is not None and period.end == doc.published and r.number.stated is not None:
            doc.running[r.category] = (r.number.stated, period)
        total_before = (
            (period_m, date if period is None else None) if r.cumulative or cumulative else None
        )
        # (a day from an untold one's is no story's day: "died in the fighting,
        # four the next day"; nor a month-dated past incident's, "in April 2015")
        untold = r.day_shift != 0 or month is not None
        has_date = date is not None or cumulative or dated_by_statement or untold
        if date is not None and date_m is not None:
            incident_firsts.add(date_m.first)
            last_incident = date_m
        parts = r.parts or ()
        # "killed 12 people, including five children": what the figure is made of, in
        # its time, place and statement; a place of its own before the next part ("92
        # died in Jajarkot and 40 in Rukum West"), the whole's then none but its own
        places = part_places(tokens, parts, hi, preps)
        spread = {text[start_of(a) : ends[b - 1]] for a, b in filter(None, places)}
        if len(spread) > 1 and figure.location in spread:
            figure = attrs.evolve(figure, location=None)
        yield figure, has_date
        for p, p_place in zip(parts, places, strict=True):
            p_start, p_end = start_of(p.first), ends[p.last - 1]
            subject = group_words(text, lows, p.np, start_of, ends)
            part = attrs.evolve(
                figure,
                count=count(p.number, doc.policy),
                span=trusted_span(p_start, p_end),
                surface=text[p_start:p_end],
                subject=subject or r.subject,
                side=p.side or r.side,
                location=(
                    text[start_of(p_place[0]) : ends[p_place[1] - 1]]
                    if p_place
                    else figure.location
                ),
                part_of=figure.span,
                period=part_period(p, figure.period, (periods, period_firsts), doc.published),
            )
            yield part, has_date
