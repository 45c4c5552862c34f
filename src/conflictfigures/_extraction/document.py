"""
Document reading: the text's blocks and sentences are screened, the
sentences that can hold a figure are read (:mod:`.assembly`), and the
document's undated incident figures take the day of the incident it tells.
"""

from __future__ import annotations

import bisect
import itertools
from typing import TYPE_CHECKING

import attrs

from conflictfigures import _lexicon as lx
from conflictfigures._extraction.assembly import sentence_figures
from conflictfigures._extraction.attribution import (
    attribute_lead,
    confirmed_by,
    headline_claims,
    issuer_claims,
    note_source,
    official_source,
    same_statement,
    unattributed,
)
from conflictfigures._extraction.breakdowns import later_parts
from conflictfigures._extraction.clause_claims import note_statement_day
from conflictfigures._extraction.codes import storm_codes
from conflictfigures._extraction.datelines import in_dateline
from conflictfigures._extraction.dates import find_dates
from conflictfigures._extraction.discourse import Doc
from conflictfigures._extraction.entry_stamps import clock_stamped
from conflictfigures._extraction.incident_days import (
    bodies_on_incident_day,
    deaths_raising_a_total,
    fill_discourse_dates,
    followups_on_lead_day,
    incident_day_kept,
    last_week_dated,
    parts_on_whole_day,
)
from conflictfigures._extraction.issuers import release_issuer, statement_issuer
from conflictfigures._extraction.lost_alike import lost_alike
from conflictfigures._extraction.openings import opened_parts, opening_parts, parts_beside_read
from conflictfigures._extraction.outcomes import LOSS_BYTES, split_by_outcome
from conflictfigures._extraction.paragraph_claims import next_paragraph_claims, sole_source_claims
from conflictfigures._extraction.periods_again import periods_named_again
from conflictfigures._extraction.screen import (
    ANCHOR_BYTES,
    FLIGHT_STORY_BYTES,
    MONTH_BYTES,
    STORY_DAY_BYTES,
    TALLY_VERB_BYTES,
    WEEKDAY_BYTES,
    fold_ascii,
    fold_text,
    folded_words,
    names_claim,
    sets_bare_total,
    skips_block,
)
from conflictfigures._extraction.sentence_periods import note_times
from conflictfigures._extraction.stocks import listed_losses
from conflictfigures._extraction.story_days import (
    event_day_told,
    explicit_reference,
    said_had_day,
    tells_today,
    to_come,
    told_day,
)
from conflictfigures._extraction.story_years import dates_in_story
from conflictfigures._extraction.text import Sentence, blocks, sentence_spans
from conflictfigures._extraction.vague_shares import vague_shares_dropped
from conflictfigures.models import Category

if TYPE_CHECKING:
    import datetime as dt

    from conflictfigures._extraction.text import Token
    from conflictfigures.models import Figure, Source
    from conflictfigures.policy import BoundsPolicy


def _issued(doc: Doc) -> bool:
    """Whether an issuer claims the document as its own release or statement (found once)."""
    if doc.issued is None:
        doc.issued = release_issuer(doc.text) is not None or statement_issuer(doc.text) is not None
    return doc.issued


def _tells_incident(tokens: list[Token]) -> bool:
    """
    Whether a sentence tells an incident happen: a verb or phrase of an event
    ("capsized", "opened fire", "tore through") or an incident's noun before
    "occurred", "happened" or "took place" (:func:`_event_occurred`).
    """
    return (
        not lx.EVENT_VERBS.isdisjoint(t.low for t in tokens)
        or any((a.low, b.low) in lx.EVENT_PHRASES for a, b in itertools.pairwise(tokens))
        or _event_occurred(tokens)
    )


#: How many words the definite subject of :func:`_day_of_the_told` may hold.
_TOLD_SUBJECT_WORDS = 4


def _day_of_the_told(sent: Sentence, day_at: int, first_figure: int) -> bool:
    """
    Whether a sentence opens on the people a story told of, by a definite
    group with no count, and their harm, then a day, all before its own
    first figure (at ``first_figure`` in the text): the day the story's
    incident befell them ("The soldiers lost their lives on Monday in the
    operation zone, the ministry said, adding that the injured soldier
    ..."; not "The attack killed 12 on Monday").
    """
    tokens = sent.tokens
    if not (
        tokens
        and tokens[0].low == "the"
        and day_at < len(tokens)
        and sent.start_of(day_at) < first_figure
    ):
        return False
    harm = next(
        (
            k
            for k in range(1, day_at)
            if tokens[k].low in lx.DEATH_WORDS or tokens[k].low == "lives"
        ),
        None,
    )
    return (
        harm is not None
        and 1 < harm <= _TOLD_SUBJECT_WORDS + 1
        and all(t.is_word and not t.is_capitalized for t in tokens[1:harm])
        and not any(t.is_digits or t.low in lx.UNITS for t in tokens[:day_at])
    )


#: How many words before a verb of occurrence its incident's noun may stand.
_OCCURRED_REACH = 4


#: The verbs of occurrence that need their next word ("took place", "broke out").
_PHRASE_FIRSTS = frozenset(first for first, _ in lx.OCCURRENCE_PHRASES)


def _event_occurred(tokens: list[Token]) -> bool:
    """
    Whether a sentence tells the story's incident or disaster happen: its
    noun after "the", a few words before "occurred", "happened" or "took
    place" ("The disaster occurred at around 10:15 p.m. Saturday", "The
    attack took place on Friday"; not "what happened next", "A similar
    attack took place on Monday", nor a day tied to another event: "took
    place a day after Putin visited Mariupol on Saturday").
    """
    lows = [t.low for t in tokens]
    if not _OTHER_EVENT_WORDS.isdisjoint(lows) or any(
        a in lx.AGO_UNITS and b in _OTHER_EVENT_TIES for a, b in itertools.pairwise(lows)
    ):
        # ("took place a day after Putin visited Mariupol on Saturday", "days
        # after a similar crush"; not "shortly after 10 p.m. Tuesday")
        return False
    for k, low in enumerate(lows):
        if low not in lx.OCCURRENCE_VERBS:
            continue
        if low in _PHRASE_FIRSTS and (
            k + 1 >= len(lows) or (low, lows[k + 1]) not in lx.OCCURRENCE_PHRASES
        ):
            continue  # ("took place", "broke out")
        # the story's own event is named with "the" before the verb, as in
        # "The disaster occurred" or "The deadly blast happened"; a similar
        # attack named with "a" is another event
        subject = lows[max(0, k - _OCCURRED_REACH) : k]
        if "since" in subject:
            continue  # another event a comparison names: "since the Santika fire broke out"
        for j, w in enumerate(subject):
            if (
                w in lx.INCIDENT_NOUNS or w in lx.DISASTER_NOUNS or w in lx.HARM_EVENT_NOUNS
            ) and "the" in subject[:j]:
                return True
    return False


#: Words of a sentence that names another event ("a similar crush", "the
#: previous attack"), and the words that tie a span of days to one ("a day
#: after", "two days before").
_OTHER_EVENT_WORDS = frozenset({"similar", "previous", "earlier"})
_OTHER_EVENT_TIES = frozenset({"after", "before", "following", "earlier", "later"})


#: The first words of a sentence that tells a statement made before the story's own.
_EARLIER_STATEMENT = frozenset({b"previously", b"initially"})

#: The first words of a sentence that may name the source of the figures before it.
_CONFIRMING_OPENERS = frozenset(w.encode() for w in lx.CONFIRMING_OPENERS)

#: The longest first line read as a headline.
_HEADLINE_LENGTH = 200


def _story_counts(
    figures: list[Figure], dated: list[bool], headline_end: int
) -> tuple[bool, int | None]:
    """
    Whether the story (past its headline, whose figures are its body's
    twins) dated any figure so far, and, when every dated one is a running
    count with no day or period of its own ("with the death toll reaching
    45"; not "has killed more than 200 soldiers this year"), where the
    first starts; else ``None``.  Stops at the first dated event's figure.
    """
    first: int | None = None
    for f, d in zip(figures, dated, strict=True):
        if not d or (headline_end > 0 and f.span.start < headline_end):
            continue
        if not (f.cumulative and f.date is None and f.period is None):
            return True, None
        first = f.span.start if first is None else min(first, f.span.start)
    return first is not None, first


def _past_headline(figures: list[Figure], headline_end: int) -> bool:
    """
    Whether figures were read past the headline (that ends at
    ``headline_end``; 0: none, -1: not known yet): the story has begun. A
    headline's figures are its body's twins, and the body's first sentences
    may still set the story's day ("Russia launches massive Christmas strike;
    59 missiles and 54 drones downed" ... "Russia attacked ... on the
    morning of Dec. 25").
    """
    return bool(figures) and not (headline_end > 0 and figures[-1].span.start < headline_end)


def read_document(
    text: str, published: dt.date | None, source: Source, policy: BoundsPolicy
) -> list[Figure]:
    """
    Read a whole text: screen its blocks and sentences, read the sentences that
    can hold a figure, and give undated incident figures the article's date.
    """
    doc = Doc(text, published, source, policy)
    figures: list[Figure] = []
    dated: list[bool] = []
    entries: set[int] = set()  # where the figures an entry's day dates start
    headline_end = -1  # where the headline ends (0: none; -1: not known yet)
    told: tuple[int, int] | None = None  # a later sentence with a weekday and no figure
    # (the first figure of the sentence read last, and where it ends, for a
    # sentence after it that names their source)
    confirms: tuple[int, int] | None = None
    # The usual case: the text's words, lower-cased, straight from its bytes
    # (a byte for each character), which keep the text's offsets.
    folded_text = fold_text(text)
    lead: tuple[int, int] | None = None
    spans: list[tuple[int, int]] = []  # (the blocks, for the one-source carry)
    for b_start, b_end in blocks(text):
        spans.append((b_start, b_end))
        # An ASCII block's folded bytes keep its offsets, so its sentences
        # are screened from slices of them; other blocks, sentence by sentence.
        folded: bytes | None = None
        if folded_text is not None:
            folded = folded_text[b_start:b_end]
        else:
            block = text[b_start:b_end]
            if block.isascii():
                folded = fold_ascii(block)
        block_words = folded.split() if folded is not None else folded_words(text[b_start:b_end])
        if skips_block(
            block_words,
            before_story=published is not None
            and doc.scene is None
            and not _past_headline(figures, headline_end),
            day_wanted=told is None and bool(figures),
            flight_told=doc.refugees_told,
        ):
            if names_claim(block_words):
                doc.unread_claim = (b_start, b_end)
            continue
        reference = published
        doc.block = b_start
        # (``lead``: the figures of the sentence read last when none names a
        # source, and where that sentence ends; the story's lead paragraph,
        # its first figures after a headline, goes on to the first sentence
        # of the next, which may name its source: "A man was shot and killed
        # on Tuesday.\n\nMemphis police said ...")
        if lead is not None and not (
            lead[0] == 0
            or (headline_end > 0 and all(f.span.start < headline_end for f in figures[: lead[0]]))
        ):
            lead = None
        block_first = len(figures)
        entry_day: dt.date | None = None
        prior: tuple[int, int] | None = None  # (the sentence before, in the block)
        for s_start, s_end in sentence_spans(text, b_start, b_end):
            doc.before, prior = prior, (s_start, s_end)
            # Only sentences with a word that can carry a figure, or a month
            # that can date the paragraph, are tokenized and read.
            if s_start == b_start and s_end == b_end:
                words = block_words  # a block of one sentence
            elif folded is not None:
                words = folded[s_start - b_start : s_end - b_start].split()
            else:
                words = folded_words(text[s_start:s_end])
            reads = (
                not ANCHOR_BYTES.isdisjoint(words)
                or (doc.last_category is not None and sets_bare_total(words))
                # (a tracker's list after things counted: "The tally also lists 7,276 ...")
                or (
                    doc.last_category is not None
                    and doc.last_category.is_equipment
                    and not TALLY_VERB_BYTES.isdisjoint(words)
                )
                # (a people counted abroad, or people coming in, after a flight)
                or (doc.refugees_told and not FLIGHT_STORY_BYTES.isdisjoint(words))
                # (countries listed with counts in brackets after refugees:
                # see :func:`.stocks.bracket_stocks`)
                or (
                    doc.last_category is Category.REFUGEES
                    and (text.find("(", s_start, s_end) >= 0 or text.find(":", s_start, s_end) >= 0)
                )
            )
            # whether a sentence before this one gave figures (a headline's
            # are its body's twins: the story starts after it)
            told_before = _past_headline(figures, headline_end)
            # A month dates the paragraph only against a publication date; a
            # weekday before the story's first figure may set its day ("The
            # strike hit the centre shortly before dawn on Monday.").
            dates = published is not None and (
                not MONTH_BYTES.isdisjoint(words)
                or (
                    doc.scene is None
                    and not told_before
                    # a weekday, or a coder's "Date:" field ("Date: 2026-11-02.")
                    and not (STORY_DAY_BYTES.isdisjoint(words) and b"date" not in words)
                )
                # a log's entry in digits: "09/03/2025 - Lower Shabelle: ..."
                or (s_start == b_start and text[s_start].isdigit())
            )
            if not reads and (
                parts := opening_parts(text, (s_start, s_end), words, figures, policy)
            ):
                figures.extend(parts)  # "... detained 200 people. Among them were 14 children."
                dated.extend(dated[-1] for _ in parts)
            if (
                confirms is not None
                and confirms[1] < s_start
                # (the next sentence of its paragraph)
                and not text[confirms[1] : s_start].strip()
                and "\n" not in text[confirms[1] : s_start]
                and b"by" in words
                and words[0] in _CONFIRMING_OPENERS
                and (confirmer := confirmed_by(text, Sentence(text, s_start, s_end))) is not None
            ):
                # "Seven soldiers ... died in the blast. Those figures were
                # given by Captain Mohamed Hussein": the figures before are his
                attribute_lead(figures, confirms[0], len(figures), confirmer)
            confirms = None
            # (a "since" may date the story's war: "The attack was the
            # deadliest since the war began in 2011")
            since = published is not None and b"since" in words
            if not (reads or dates or since):
                if names_claim(words):
                    doc.unread_claim = (s_start, s_end)
                if told is None and figures and not WEEKDAY_BYTES.isdisjoint(words):
                    told = (s_start, s_end)  # read for its day only if nothing else dates the story
                lead = None
                continue
            sent = Sentence(text, s_start, s_end)
            # A month can date the rest of the block, but only against a
            # publication date; the sentence's dates are then found once.
            mentions = (
                dates_in_story(sent.tokens, published, full_date=doc.full_date) if dates else None
            )
            if (
                s_start == b_start
                and mentions
                and mentions[0].first == 0
                and sent.tokens[0].low not in lx.RELATIVE_DAY_WORDS
            ):
                # the day that opens the entry ("09/03/2025 - Lower Shabelle:
                # ..."; not the report's own "Tonight, ...")
                entry_day = mentions[0].date
            if reads:
                before = len(figures)
                for figure, has_date in sentence_figures(doc, sent, reference, mentions):
                    figures.append(figure)
                    dated.append(has_date)
                if len(figures) > before + 2 and not LOSS_BYTES.isdisjoint(words):
                    # "lost 310 tanks: 200 destroyed, 40 damaged, ...": the parts alone
                    for k in split_by_outcome(text, figures, before):
                        del figures[k], dated[k]
                if len(figures) > before:
                    confirms = (before, s_end)
                    # "... Of these, about 240,000 are living in displacement sites"
                    opened_parts(text, words, figures, before)
                    # "Of the dead, 386 were children, ..., while 1,634 were injured"
                    if parts := parts_beside_read(
                        text, (s_start, s_end), words, figures, before, policy=policy
                    ):
                        figures[before:before] = parts
                        dated[before:before] = [dated[before - 1]] * len(parts)
                elif parts := opening_parts(text, (s_start, s_end), words, figures, policy):
                    figures.extend(parts)  # "... 657 people have been killed. Of the dead, 171 ..."
                    dated.extend(dated[-1] for _ in parts)
                if (
                    lead is not None
                    and doc.source_at == s_start
                    and not text[lead[1] : s_start].strip()
                    # (in a paragraph, a sentence that reads figures of its
                    # own; across paragraphs, a source for the record, in a
                    # text no issuer claims as its own release)
                    and (
                        (len(figures) > before)
                        if lead[1] > b_start
                        else official_source(doc.claimant) and not _issued(doc)
                    )
                    and same_statement(figures, lead[0], before, sent.tokens)
                ):
                    attribute_lead(figures, lead[0], before, doc.claimant)
                lead = (
                    (before, s_end)
                    # the paragraph's first figures only: a later sentence
                    # without a source is the writer's ("The dead included
                    # six women. The military said ...")
                    if len(figures) > before == block_first and unattributed(figures, before)
                    else None
                )
                if (
                    told is None
                    and before
                    and len(figures) > before
                    and published is not None
                    and words[0] == b"the"
                    and not WEEKDAY_BYTES.isdisjoint(words)
                    and (days := mentions or find_dates(sent.tokens, published))
                    and _day_of_the_told(sent, days[0].first, figures[before].span.start)
                ):
                    # "Two soldiers were killed ..., the ministry said on
                    # Tuesday. The soldiers lost their lives on Monday ...,
                    # adding that the injured soldier was taken to hospital"
                    told = (s_start, s_end)
                if (
                    told is None
                    and before
                    # (or one whose figures a source gave before the story's:
                    # "Previously, the TNI stated one soldier had fallen in the
                    # incident which occurred on Saturday")
                    and (len(figures) == before or words[0] in _EARLIER_STATEMENT)
                    # (a weekday, or a date: "The blast tore through the mine
                    # at around 6:15 p.m. on Oct. 14"; not the start of an
                    # operation of days, "The operation, which started Sept. 25")
                    and (
                        not WEEKDAY_BYTES.isdisjoint(words)
                        or (
                            bool(mentions)
                            and (
                                lx.BEGIN_VERBS.isdisjoint(t.low for t in sent.tokens)
                                # (but an incident's start is the incident's: "The
                                # fire broke out at around 3:27 a.m. on Jan. 21")
                                or _event_occurred(sent.tokens)
                            )
                        )
                    )
                ):
                    told = (s_start, s_end)  # a later sentence that tells the day, no figure
                if headline_end == -1 and figures:
                    # The first block with a figure is a headline when it is
                    # short and ends without a full stop.
                    short = b_end - b_start <= _HEADLINE_LENGTH
                    headline_end = b_end if short and text[b_end - 1] not in ".!?" else 0
            else:
                lead = None
                if names_claim(words):
                    doc.unread_claim = (s_start, s_end)  # (read for its day only)
                    note_statement_day(doc, sent, mentions or [])
                if reference is not None and (mentions or since):
                    note_times(
                        sent.tokens, [t.low for t in sent.tokens], mentions or [], reference, doc
                    )
                if told is None and figures and mentions and _tells_incident(sent.tokens):
                    # a later sentence with a date and no figure word that
                    # tells the incident happen ("The blast tore through the
                    # mine at around 6:15 p.m. on Oct. 14")
                    told = (s_start, s_end)
            if mentions and published is not None:
                if doc.dateline_day is None and not reads and not figures:
                    doc.dateline_day = next(
                        (m.date for m in mentions if in_dateline(sent.tokens, m)), None
                    )
                explicit = explicit_reference(sent.tokens, mentions, published)
                if explicit is not None:
                    reference = explicit
                if doc.scene is None and not told_before:
                    dated_any, first_count = _story_counts(figures, dated, headline_end)
                else:
                    dated_any, first_count = True, None
                counts_only = first_count is not None
                if doc.scene is None and not told_before and (counts_only or not dated_any):
                    # (also the first sentence with figures, when it dated
                    # none of them)
                    doc.scene = told_day(sent.tokens, mentions, published)
                    if (
                        first_count is not None
                        and doc.scene is not None
                        and not event_day_told(
                            sent.tokens,
                            mentions,
                            doc.scene,
                            # (the day told before the sentence's first count)
                            bisect.bisect_left(sent.ends, first_count),
                        )
                    ):
                        doc.scene = None
                    if doc.scene is not None and not tells_today(sent.tokens, mentions):
                        doc.scene = None  # "Today marks one year since the earthquake."
                    if doc.scene is None and not _past_headline(figures, headline_end):
                        # "The AA said on Saturday it had overrun the base": the
                        # day of a deed told done by then, before any figure
                        doc.scene = said_had_day(sent.tokens, mentions, published)
        if entry_day is not None:
            # "09/03/2025 - Lower Shabelle: IED strike. 3 soldiers killed": the
            # entry's day dates its undated incidents
            for k in range(block_first, len(figures)):
                if not dated[k] and figures[k].date is None and not figures[k].cumulative:
                    figures[k] = attrs.evolve(figures[k], date=entry_day)
                    dated[k] = True
                    entries.add(figures[k].span.start)
        if len(figures) > block_first and (note := note_source(text, b_start, b_end)):
            # "... Bomber also killed. (ISPR/hospital sources)": the entry's source
            attribute_lead(figures, block_first, len(figures), text[note[0] : note[1]])
    coded = storm_codes(text, source)
    if coded is not None:
        figures.append(coded)  # "(M42P, F36P, M94P)": the deaths a storm report codes
        dated.append(True)
    for listed in listed_losses(text, source, policy, figures):
        figures.append(listed)  # "Combat losses of the enemy:" then "• tanks - 8,873 (+12)"
        dated.append(True)
    if any(a.span.start > b.span.start for a, b in itertools.pairwise(figures)):
        # Figures in text order, whatever order a sentence's rules read them in.
        order = sorted(range(len(figures)), key=lambda k: figures[k].span.start)
        figures = [figures[k] for k in order]
        dated = [dated[k] for k in order]
    later_parts(figures)  # "57 were injured. Of the injured, 12 were being treated in the ICU"
    # "Over the past 24 hours, the enemy lost up to 350 servicemen. Since August 6,
    # the enemy has lost more than 4,100 servicemen": one report's casualties
    figures = lost_alike(figures)
    told_on = incident_day = event_day = None
    if told is not None and published is not None:
        tokens = Sentence(text, *told).tokens
        # "A woman and two children have died in a house fire. Crews were
        # called ... on Monday": the day a later sentence tells the story on
        # (not after a total over a period later in the story: "More than
        # 3,000 civilians have been killed since the 2021 coup"; nor after an
        # incident told before the day: "The attackers struck late Monday.
        # ... troops had pursued the attackers on Tuesday and killed four")
        tells_story = doc.scene is None and not any(
            d and f.date is not None and f.span.start < told[0]
            for f, d in zip(figures, dated, strict=True)
        )
        # "Divers recovered 19 more bodies on Monday ... The launch overturned
        # in a storm on Sunday afternoon": the day the incident happened
        tells_incident = _tells_incident(tokens)
        if tells_story or tells_incident:
            # (not a day of what is to come: "Hurricane Milton was expected
            # to hit Florida's Gulf Coast on Wednesday")
            day = told_day(
                tokens,
                [m for m in find_dates(tokens, published) if not to_come(tokens, m.first)],
                published,
            )
            if tells_story:
                told_on = day
            if told_on is None and tells_incident:
                incident_day = day
            if tells_incident and not lx.HARM_EVENT_NOUNS.isdisjoint(t.low for t in tokens):
                event_day = day  # ("The killings took place on January 29": a count "last week")
    scene = doc.scene
    if scene is None and told_on is not None and any(dated):
        scene = told_on  # (told before the first dated incident: the story's day)
    if scene is None and told_on is None and all(f.date is None for f in figures):
        scene = doc.dateline_day  # ("DONETSK, March 12. /TASS/. Two civilians were killed")
    if scene is None and told_on is None and all(f.date is None for f in figures):
        # "09:40 — Police say at least eight people were killed": entries
        # stamped with a clock time alone were written on the page's day
        scene = published if clock_stamped(text) else None
    filled = followups_on_lead_day(
        bodies_on_incident_day(
            incident_day_kept(
                fill_discourse_dates(last_week_dated(figures, event_day), dated, scene, told_on),
                incident_day,
            ),
            dated,
        ),
        [own and f.span.start not in entries for f, own in zip(figures, dated, strict=True)],
        scene,
    )
    claimed = issuer_claims(
        headline_claims(
            deaths_raising_a_total(
                parts_on_whole_day(periods_named_again(vague_shares_dropped(filled)))
            ),
            headline_end,
        ),
        text,
        source.outlet,
    )
    return next_paragraph_claims(
        sole_source_claims(claimed, text, headline_end, spans), text, headline_end, spans
    )
