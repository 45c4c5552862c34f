"""
The day a story is set on and the dates that are no incident's: a date in
parentheses or a dateline, the latest absolute date a sentence gives as the
reference for relative words, the day a story's first sentences tell
("today", a statement's day when it tells a deed done by then), and a date
that bounds an event rather than dating it. Used by :mod:`.assembly` and :mod:`.document`.
"""

from __future__ import annotations

import bisect
import datetime as dt
import itertools
from typing import TYPE_CHECKING

from conflictfigures import _lexicon as lx
from conflictfigures._extraction.datelines import in_dateline, in_parentheses
from conflictfigures._extraction.spans import PERIOD_UNITS
from conflictfigures._extraction.text import past_form, possessive
from conflictfigures._extraction.when import dates_a_statement, day_before_after, day_before_told
from conflictfigures.models import Category

if TYPE_CHECKING:
    from conflictfigures._extraction.dates import DateMention
    from conflictfigures._extraction.reading import Reading
    from conflictfigures._extraction.text import Token


#: How many words before "on DATE" a verb of an "as of" day may stand.
_AS_OF_REACH = 4


def explicit_reference(
    tokens: list[Token], mentions: list[DateMention], published: dt.date
) -> dt.date | None:
    """
    The latest absolute date ("04 February 2020") among a sentence's date
    ``mentions``, if before publication and not a period's bound ("since
    October 7").
    """
    found: dt.date | None = None
    lows = [t.low for t in tokens]
    for m in mentions:
        first = tokens[m.first]
        if first.low in lx.WEEKDAYS or first.low in ("yesterday", "today", "tonight", "last"):
            continue
        if m.first and tokens[m.first - 1].low in lx.PERIOD_BOUNDS:
            continue  # "since October 7" starts a period; it is no "as of" date
        if _in_since_clause(tokens, m.first):
            continue  # "since fighting broke out on 15 April": nor does a since-clause's
        if (
            m.first > 1
            and lows[m.first - 1] == "on"
            # ("last updated its count on 12 March": the figures' "as of" day)
            and lx.AS_OF_VERBS.isdisjoint(lows[max(0, m.first - _AS_OF_REACH) : m.first - 1])
            and not dates_a_statement(lows, m.first, m.last)
        ):
            # "killed 13 passengers on 28 November": an event's day, no "as
            # of" (but "last updated on 12 March" is one)
            continue
        if m.date <= published:
            found = m.date
    return found


#: How many words before its date a since-clause's "since" may stand.
_SINCE_CLAUSE_REACH = 12


def _in_since_clause(tokens: list[Token], first: int) -> bool:
    """
    ``"since" WORD* DATE``, no comma or semicolon between: the date at
    ``first`` tells when a since-clause's event began ("since fighting broke
    out on 15 April").
    """
    for k in range(first - 1, max(-1, first - 1 - _SINCE_CLAUSE_REACH), -1):
        low = tokens[k].low
        if low == "since":
            return True
        if low in (",", ";"):
            return False
    return False


#: How far before a verb of beginning its subject's noun may stand ("The
#: assault on the military base at Hawadley began").
_BEGUN_REACH = 8


def _incident_began(lows: list[str]) -> bool:
    """
    Whether the first verb of beginning in a sentence begins an incident
    ("The assault on the military base began on Wednesday"): an incident's
    noun in its subject, no war's ("the war started on 15 April", "the
    offensive began in August" start periods).
    """
    b = next(k for k, low in enumerate(lows) if low in lx.BEGIN_VERBS)
    subject = lows[max(0, b - _BEGUN_REACH) : b]
    return not lx.INCIDENT_NOUNS.isdisjoint(subject) and lx.WAR_NOUNS.isdisjoint(subject)


def told_day(
    tokens: list[Token], mentions: list[DateMention], published: dt.date
) -> dt.date | None:
    """
    The day a sentence tells its story on: its first date with a day that is
    no statement's ("said on Monday"), beginning's ("the war started on 15
    April"), period's bound or dateline's. Read in a sentence before any
    figure dated, it sets the story's scene ("On 18 May 2024, JNIM militants
    ambushed a military convoy"; "Russia attacked Ukraine on May 18 ...,
    the Air Force reported"); in a later sentence with no figure of its own
    ("A woman and two children have died in a house fire. Crews were called
    ... at about 02:15 on Monday"), it dates the story's figures only when
    nothing before does (see :func:`.incident_days.fill_discourse_dates`).
    "today" and "tonight" are the report's time when another day follows
    ("Tonight, the county is counting the cost of the tornado that touched
    down yesterday": yesterday).
    """
    lows = [t.low for t in tokens]
    if not lx.BEGIN_VERBS.isdisjoint(lows) and not _incident_began(lows):
        return None
    if len(mentions) > 1 and tokens[mentions[0].first].low in lx.PRESENT_DAY_WORDS:
        mentions = [*mentions[1:], mentions[0]]
    if len(mentions) > 1:
        # a day that names the incident comes first: "pleaded guilty Wednesday
        # ... in connection with the Jan. 29, 2017, shooting" is set on the
        # day of the shooting
        mentions = sorted(mentions, key=lambda m: not _names_incident(tokens, m))
    for m in mentions:
        if m.first and tokens[m.first - 1].low in lx.PERIOD_BOUNDS and not _event_day(tokens, m):
            continue
        if (
            dates_a_statement(lows, m.first, m.last)
            or in_parentheses(tokens, m)
            or in_dateline(tokens, m)
            or _caption(tokens, m, published)
            # a page's stamp ("Published 15 March 2023"), or another event's
            # day a later one came after ("The attack comes days after a
            # March 10 ambush")
            or not lx.STAMP_WORDS.isdisjoint(lows[max(0, m.first - 2) : m.first])
            or came_after(lows, m.first)
            or m.date > published
            # (a day to come: "will appear before a prosecutor on Monday")
            or to_come(tokens, m.first)
        ):
            continue
        return m.date
    return None


#: How many tokens before its day an event's verb may stand ("hit by a
#: Russian Kh-22 missile on Jan. 14").
_EVENT_VERB_REACH = 10


def event_day_told(
    tokens: list[Token], mentions: list[DateMention], day: dt.date, before: int
) -> bool:
    """
    Whether a mention of ``day`` follows a verb of an event in its clause
    (``lx.EVENT_VERBS``, or "hit" before "by": "the apartment block hit by
    a Russian missile on Jan. 14"): the day the event happened, not one of
    what followed it ("ended their search on Monday"), nor of an event a
    count is told after, nor one in a relative clause ("Al-Shabaab, which
    ambushed a convoy on Jan. 3, has killed ..."); told before the token
    ``before``, where the sentence's first count starts (not "has reached
    400, and a ferry capsized on Monday").
    """
    for m in mentions:
        if m.date != day or m.first >= before:
            continue
        for k in range(m.first - 1, max(-1, m.first - 1 - _EVENT_VERB_REACH), -1):
            low = tokens[k].low
            if low in (",", ";", ":", "."):
                break
            if low in lx.EVENT_VERBS or (low == "hit" and tokens[k + 1].low == "by"):
                # (not an earlier event the count is told after: "has
                # reached 31,000, five months after militants stormed the
                # border on Oct. 7"; nor a relative clause's)
                return _BEFORE_EVENT_WORDS.isdisjoint(
                    t.low for t in tokens[max(0, k - _AFTER_REACH) : k]
                )
    return False


#: Words that set an event before the time a count is told at, or in a
#: relative clause, and how far before the event's verb they may stand
#: ("five months after militants stormed", "which ambushed a convoy").
_BEFORE_EVENT_WORDS = frozenset({"after", "since", "before", "following", "which", "who"})
_AFTER_REACH = 4


def _names_incident(tokens: list[Token], m: DateMention) -> bool:
    """
    ``("in" | "with" | "over" | "for" | "during") "the" DATE ","? INCIDENT``:
    the date at ``m`` modifies the noun of the incident a story is about
    ("in the June 4 shootings", "in connection with the Jan. 29, 2017,
    shooting", "over the March 22 bombing").
    """
    if m.first < 2 or tokens[m.first - 1].low != "the":
        return False
    j = m.last + 1 if m.last < len(tokens) and tokens[m.last].text == "," else m.last
    if j >= len(tokens) or tokens[j].low not in _INCIDENT_NAMES:
        return False
    # (the incident the story is about, as a plea's, a charge's or a trial's:
    # "in the June 4 shootings", "in connection with the Jan. 29 shooting",
    # "over the March 3 attack"; not one it came after or recalls, "a month
    # after the Oct. 7 attack", "since the Jan. 29 massacre", "echoed the
    # Oct. 27 shooting")
    return tokens[m.first - 2].low in _ABOUT_THE_INCIDENT


def possessive_incident(tokens: list[Token], m: DateMention) -> bool:
    """
    ``DAY "'s" INCIDENT``: the date at ``m`` is the day of the incident its
    possessive names ("from Friday's attack on their base", "Sunday's
    bombing"), the story's when a figure of its sentence has no day of its own.
    """
    if not (m.first == m.last - 1 and tokens[m.first].low.endswith(("'s", "\u2019s"))):
        return False
    # (its noun may follow a word or two: "Friday's bomb attack", "Sunday's
    # deadly suicide bombing"; session 56)
    for k in range(m.last, min(len(tokens), m.last + 1 + _INCIDENT_MODIFIERS)):
        if tokens[k].low in _INCIDENT_NAMES:
            return True
        if not (tokens[k].is_word and tokens[k].low.isalpha() and not tokens[k].is_capitalized):
            return False
    return False


#: How many words may stand between a day's possessive and its incident's noun.
_INCIDENT_MODIFIERS = 2
#: Words before "the" and a dated incident that make it the story's own.
_ABOUT_THE_INCIDENT = frozenset({"in", "with", "over", "for", "during"})
#: Nouns of an incident a date may modify ("the June 4 shootings").
_INCIDENT_NAMES = (
    lx.INCIDENT_NOUNS
    | lx.HARM_EVENT_NOUNS
    | lx.DISASTER_NOUNS
    | {"shootings", "stabbings", "rampage", "siege", "crackdown"}
)


def came_after(lows: list[str], first: int, *, event: bool = True) -> bool:
    """
    Whether ``lows[first]`` stands after a verb of :data:`_CAME_AFTER` and
    "after" in its sentence ("The attack comes days after a March 10
    ambush"): the day of the event before, not the story's; with ``event``,
    a noun phrase opens what follows "after" ("after a", "after the", "after
    its"), else any clause ("came a week after rebels killed nine").
    """
    verb = next(
        (
            j
            for j in range(first - 1, max(-1, first - 1 - _CAME_AFTER_REACH), -1)
            if lows[j] in _CAME_AFTER
        ),
        None,
    )
    if verb is None or "after" not in lows[verb:first]:
        return False
    # past a span of days or more, before another event ("comes days after
    # a March 10 ambush", "came a week after the"; not "came after midnight
    # on Sunday", "came only hours after nightfall", "came off the tracks
    # shortly after 07:00")
    after = lows.index("after", verb)
    between = lows[verb + 1 : after]
    return (
        any(PERIOD_UNITS.get(w) not in (None, "hours") for w in between)
        and all(
            w in PERIOD_UNITS or w in lx.UNITS or w.isdigit() or w in lx.SPAN_FILLERS
            for w in between
        )
        and after + 1 < first
        and (
            not event or lows[after + 1] in ("a", "an", "the") or lows[after + 1] in lx.POSSESSIVES
        )
    )


#: How many words before a date its "came ... after" may stand (a bounded
#: look back: a sentence of many dates stays linear).
_CAME_AFTER_REACH = 12


#: The verbs of ``lx.CAME_AFTER_VERBS`` that tie an event to an earlier one
#: (not "happened" or "occurred": "The disaster occurred shortly after 10
#: p.m. Tuesday" is the event's own time).
_CAME_AFTER = lx.CAME_AFTER_VERBS - {"happened", "occurred"}


def _caption(tokens: list[Token], m: DateMention, published: dt.date) -> bool:
    """
    Whether the full date ``m`` closes a photo's caption: a line with no
    stop at its end, the date (with its year) before a credit ("...
    2020Credit: Burhan Ozbilici, AP"), or last after a place a week or more
    before publication, an archive photo's ("... addresses his ruling
    party's legislators, in Ankara, Turkey, January 14, 2020" in a story of
    February 27): the day of the photo, not the story's (not a title's
    "Operational Update, Jan. 10, 2011", "Sudan: Clashes in Khartoum, 17
    April 2023" a day before publication).
    """
    if (
        tokens[-1].text in lx.SENTENCE_END_MARKS
        or tokens[-1].text == ")"
        or not any(len(t.text) == 4 and t.is_digits for t in tokens[m.first : m.last])
    ):
        return False
    if m.last < len(tokens):
        return tokens[m.last].low in lx.CAPTION_CREDITS
    # ", in Ankara, Turkey, January 14, 2020": a place, then the date
    place = tokens[max(0, m.first - _CAPTION_PLACE) : m.first]
    return (
        (published - m.date).days >= _ARCHIVE_DAYS
        and any(t.low == "in" for t in place)
        and place[-1].text == ","
    )


#: How many days before publication a caption's date shows an archive photo.
_ARCHIVE_DAYS = 7


#: How many words a caption's place may hold before its date ("in Ankara, Turkey,").
_CAPTION_PLACE = 6


#: Participles of the deeds a statement's "had" may tell done by its day: of
#: harm, capture, attack or an event ("had overrun", "had killed", "had
#: seized"); not "had identified the bomber", "had warned residents".
_DEED_VERBS = (
    frozenset(lx.ACTIVE_TRIGGERS)
    | lx.ATTACK_VERBS
    | lx.EVENT_VERBS
    | frozenset({"overrun", "overran", "repelled", "taken", "shelled", "bombed"})
)
#: How many words after a statement's day its "had" may stand ("said on
#: Saturday it had overrun"), and how many after "had" its participle.
_HAD_REACH = 4
_PARTICIPLE_REACH = 3


def said_had_day(
    tokens: list[Token], mentions: list[DateMention], published: dt.date
) -> dt.date | None:
    """
    ``REPORTING_VERB "on"? DATE WORD{0,3} "had" WORD{0,2} DEED``: the day of
    a statement that tells a deed of harm, capture or attack done by then
    ("The Arakan Army said on Saturday it had overrun the regime's base"):
    the story's day, as readers date such a lead, when no other day sets it;
    else ``None`` ("said on Monday they had identified the bomber", "had
    released the hostages" tell no deed of the story).
    """
    lows = [t.low for t in tokens]
    for m in mentions:
        if m.date > published or not dates_a_statement(lows, m.first, m.last):
            continue
        window = lows[m.last : m.last + _HAD_REACH + 1]
        if "had" not in window:
            continue
        k = m.last + window.index("had")
        if not _DEED_VERBS.isdisjoint(lows[k + 1 : k + 1 + _PARTICIPLE_REACH]):
            return m.date
    return None


#: Verbs that tell something happen on the report's own day ("An earthquake
#: ... occurred at 04.17 local time today", "a force targeted a leader ...
#: today"), besides the event and attack verbs.
_HAPPENED_VERBS = (
    lx.EVENT_VERBS | lx.ATTACK_VERBS | frozenset({"occurred", "happened", "targeted", "hit"})
)


def tells_today(tokens: list[Token], mentions: list[DateMention]) -> bool:
    """
    Whether a sentence's dates set a story's day: any date but the report's
    own ("today", "tonight"), or that one in a sentence that tells something
    happen in the past tense (a verb in "-ed" or of an event), nothing to
    come, the word no possessive ("An earthquake of
    magnitude 5.7 occurred at 04.17 local time today", "a security force
    conducted an operation ... today"; not "Today marks one year since the
    earthquake", "Parliament will vote today", "Tonight's vigil will honour
    the victims").
    """
    if any(
        tokens[m.first].low not in lx.PRESENT_DAY_WORDS and tokens[m.first].low != "this"
        for m in mentions
    ):
        return True  # (not "this morning", the report's own day as "today" is)
    lows = [t.low for t in tokens]
    return (
        not any(possessive(lows[m.first]) for m in mentions)
        and _FUTURE_AUXILIARIES.isdisjoint(lows)
        and any(_past_verb(low) for low in lows)
    )


def _past_verb(low: str) -> bool:
    """Whether a word reads as a verb in the past: one of an event, or in "-ed"."""
    return low in _HAPPENED_VERBS or past_form(low)


#: Words of a time still to come ("Parliament will vote today").
_FUTURE_AUXILIARIES = frozenset({"will", "shall", "would", "going"})


#: Words before a date that make it a period's bound, but not before the day
#: of an event it names ("the toll from Thursday's strikes", "died after
#: Saturday night's attack").
_EVENT_DAY_BOUNDS = frozenset({"from", "after"})


def _event_day(tokens: list[Token], m: DateMention) -> bool:
    """
    ``("from" | "after") DATE PART_OF_DAY? "'s"``: the date at ``m`` names
    the day of the event after it ("the toll from Thursday night's
    strikes"), no period's bound.
    """
    if tokens[m.first - 1].low not in _EVENT_DAY_BOUNDS:
        return False
    if possessive(tokens[m.last - 1].low):
        return True
    if m.last >= len(tokens):
        return False
    after = tokens[m.last].low
    return possessive(after) and (after[:-2] in lx.PARTS_OF_DAY or after[:-2] == "night")


#: How many words before a figure an "after" clause of its event may open.
_AFTER_EVENT_REACH = 30
#: How many words after "after" the event's noun may stand ("after a massive
#: landslide", "after the mudslide").
_AFTER_EVENT_WORDS = 3


def after_event_between(lows: list[str], start: int, first: int) -> bool:
    """
    Whether an "after" clause of an event opens between a date (ending at
    ``start``) and a figure (at ``first``): "Rescue workers on Tuesday
    searched for survivors after a landslide tore through the town, killing
    at least 43": the day is the search's, the figure the event's, which
    happened before it (a window of a few words before the figure).
    """
    for k in range(max(start, first - _AFTER_EVENT_REACH), first):
        if lows[k] != "after":
            continue
        for j in range(k + 1, min(first - 1, k + 1 + _AFTER_EVENT_WORDS)):
            # the event with a verb of its own ("after a landslide tore
            # through the town"; not "bombed hideouts on Monday after the
            # attack, killing eight": the bombing's own toll)
            if (lows[j] in lx.INCIDENT_NOUNS or lows[j] in lx.DISASTER_NOUNS) and (
                lows[j + 1] in lx.EVENT_VERBS or lows[j + 1] in _EVENT_PHRASE_FIRSTS
            ):
                return True
    return False


#: The first words of the phrases that tell an event happen ("tore through").
_EVENT_PHRASE_FIRSTS = frozenset(a for a, _ in lx.EVENT_PHRASES)
#: How many words an "after" clause may run from a running total to the
#: day of the event it tells.
_EVENT_DAY_REACH = 16
#: How many days before publication the event's day may be.
_EVENT_DAY_AGE = 7


def event_day_after(
    lows: list[str], last: int, dates: list[DateMention], date_firsts: list[int], published: dt.date
) -> dt.date | None:
    """
    ``TOTAL ... "after" ... EVENT_VERB ... DATE``: the day of the event an
    "after" clause right after a running total tells happen, the incident
    that total counts ("the number of bodies recovered had reached 78, two
    days after a trawler capsized and sank overnight into Wednesday":
    Wednesday); ``None`` when no such clause follows the total (ending at
    ``last``) within a few words, it holds no verb of an event, a span of
    weeks or more stands before "after" ("five months after Hamas militants
    stormed southern Israel on Oct. 7"), or the day is more than a week old.
    """
    j = bisect.bisect_left(date_firsts, last)
    if j == len(dates) or date_firsts[j] - last > _EVENT_DAY_REACH:
        return None
    d = dates[j]
    between = lows[last : d.first]
    if "after" not in between or not _CLAUSE_ENDS.isdisjoint(between):
        return None
    k = between.index("after")
    if (
        (k and between[k - 1] in lx.LONG_SPAN_UNITS)
        or lx.EVENT_VERBS.isdisjoint(between[k + 1 :])
        or not dt.timedelta(0) <= published - d.date <= dt.timedelta(days=_EVENT_DAY_AGE)
    ):
        return None
    return d.date


def event_day_before(
    tokens: list[Token],
    lows: list[str],
    first: int,
    dates: list[DateMention],
    *,
    date_firsts: list[int],
    published: dt.date,
) -> dt.date | None:
    """
    ``EVENT_VERB WORD{0,8} DATE ... TOTAL``: the day of the event a clause
    before a running total (starting at ``first``) tells happen, the
    incident that total counts ("Divers on Friday resumed the search ...
    inside a migrant boat that caught fire and sank off Lampedusa on
    Thursday, as the confirmed death toll rose to 111": Thursday, not the
    search's Friday), or of an incident a day's possessive names ("over
    Monday's raid, as the death toll rose to 11"); the latest such day
    before the total, at most a week old; ``None`` when no verb of an event
    stands within a few words before any day (session 56).
    """
    j = bisect.bisect_left(date_firsts, first)
    for d in reversed(dates[max(0, j - _DAYS_LOOKED) : j]):
        before = lows[max(0, d.first - _EVENT_VERB_REACH) : d.first]
        # (or a day's own incident: "over Monday's raid, as the death toll rose to 11")
        if not possessive_incident(tokens, d) and (
            lx.EVENT_VERBS.isdisjoint(before) or not _CLAUSE_ENDS.isdisjoint(before)
        ):
            continue
        if not _CLAUSE_ENDS.isdisjoint(lows[d.last : first]):
            continue  # ("Police said Monday's raid was unrelated; the death toll from the floods")
        if dt.timedelta(0) <= published - d.date <= dt.timedelta(days=_EVENT_DAY_AGE):
            return d.date
        return None
    return None


def state_event_day(
    tokens: list[Token],
    lows: list[str],
    r: Reading,
    date_m: DateMention,
    dates: list[DateMention],
    *,
    date_firsts: list[int],
    published: dt.date,
) -> dt.date | None:
    """
    The dead or the missing a dated clause finds or seeks are of the event
    their sentence dates otherwise: an "after" clause right after them
    ("Rescuers searched on Thursday for hundreds of migrants feared missing
    after a boat capsized early Wednesday": Wednesday; "pulled 78 bodies
    from the sea on Thursday after ...") or a day's possessive incident
    ("Four more bodies were pulled from the rubble yesterday, bringing the
    number of people killed in Friday's bomb attack ... to 201": Friday),
    unless the figure's own words tell the deed ("killed five people on
    Thursday after ..."); ``None`` when no such event is told (session 56).
    """
    if r.category not in _STATE_CATEGORIES or possessive_incident(tokens, date_m):
        return None
    if any(w in lx.ACTIVE_TRIGGERS or w in _DEED_PASSIVES for w in lows[r.first : r.last]):
        return None
    if date_m.last <= r.first and "after" in lows[r.last : r.last + _EVENT_DAY_REACH]:
        after = event_day_after(lows, r.last, dates, date_firsts, published)
        if after is not None:
            return after
    return next((d.date for d in dates[:_DAYS_LOOKED] if possessive_incident(tokens, d)), None)


#: How many of a sentence's days are looked at for an event's (a bound: a
#: sentence of many days and many figures stays linear).
_DAYS_LOOKED = 8
#: The categories whose people an event leaves in their state.
_STATE_CATEGORIES = frozenset({Category.KILLED, Category.MISSING})
#: The passive words of a deed done to the people (not their state: "dead", "missing").
_DEED_PASSIVES = frozenset(lx.PASSIVE_TRIGGERS) - {"dead", "missing", "bodies"}
#: How many words before a day its event's verb may stand ("sank off the
#: Italian island of Lampedusa on Thursday").
_EVENT_VERB_REACH = 9
#: The words that end a clause inside a sentence, besides a comma.
_CLAUSE_ENDS = frozenset({";", ":"}) | (lx.CLAUSE_JOINERS - {"and"})
#: How many words before a figure the toll it names may stand.
_TOLL_REACH = 3
_TOLL_CLAUSE_REACH = 40


def toll_days(lows: list[str], dates: list[DateMention]) -> list[DateMention]:
    """
    ``"toll" ... ("from" | "of" | "in") DAY's``: the days by which a sentence
    names the toll of an incident ("The toll from Saturday's attack
    continued to climb on Tuesday, with sources putting the number of dead
    at around 200": Saturday), in order, for :func:`toll_day_of`.
    """
    return [
        d
        for d in dates
        if d.first >= 2
        and (
            lows[d.first].endswith("'s")
            # "the death toll in Friday evening's train accident"
            or (d.last < len(lows) and lows[d.last].removesuffix("'s") in _PARTS_OF_NIGHT)
        )
        and lows[d.first - 1] in ("from", "of", "in")
        and "toll" in lows[max(0, d.first - 1 - _TOLL_REACH) : d.first - 1]
    ]


#: The parts of a day a possessive may follow a weekday with ("Friday evening's").
_PARTS_OF_NIGHT = lx.PARTS_OF_DAY | {"night"}


def toll_day_of(
    lows: list[str], tolls: list[DateMention], toll_firsts: list[int], first: int
) -> dt.date | None:
    """
    The day of the toll a sentence named before a running total that tells
    no day of its own (at ``first``), in the same clause and a few words
    back (``tolls``: :func:`toll_days`, ``toll_firsts`` where each starts);
    else ``None``.
    """
    j = bisect.bisect_left(toll_firsts, first) - 1
    if j < 0 or first - tolls[j].last > _TOLL_CLAUSE_REACH:
        return None
    between = lows[tolls[j].last : first]
    return tolls[j].date if lx.CLAUSE_BREAKS.isdisjoint(between) else None


def so_far_at(lows: list[str]) -> int | None:
    """Where "so far" or "thus far" stands in a sentence ("So far we have confirmed ...")."""
    return next(
        (
            k
            for k, (a, b) in enumerate(itertools.pairwise(lows))
            if b == "far" and a in ("so", "thus")
        ),
        None,
    )


#: How many words before a date its verb of a time to come may stand ("was
#: expected to hit Florida's Gulf Coast on Wednesday").
_TO_COME_REACH = 8


def to_come(tokens: list[Token], first: int) -> bool:
    """
    Whether the date at ``first`` is of a time to come: in its clause (no
    comma or "and" between), "will" before a verb or a word of
    ``lx.FUTURE_WORDS`` before "to" ("was expected to hit ... on
    Wednesday", "will be buried on Friday"); not "the scheduled flight went
    down on Monday", "against the will of the elders", nor a harm's day
    after the verb ("will bury the 12 villagers killed on Saturday").
    """
    for k in range(first - 1, max(-1, first - 1 - _TO_COME_REACH), -1):
        low = tokens[k].low
        if low in (",", ";", "and", "but") or low in lx.PASSIVE_TRIGGERS:
            # (a harm's own day: "Families will bury the 12 villagers killed on Saturday")
            return False
        nxt = tokens[k + 1].low if k + 1 < len(tokens) else ""
        if (low == "will" and nxt not in ("of", ",")) or (low in lx.FUTURE_WORDS and nxt == "to"):
            return True
    return False


def clause_day(
    tokens: list[Token],
    lows: list[str],
    r: Reading,
    date_m: DateMention,
    found: tuple[list[DateMention], list[int]],
    *,
    last_incident: DateMention | None,
    published: dt.date | None,
) -> dt.date | None:
    """
    The day of the figure ``r`` that its clause's words shift from the day
    ``date_m`` its sentence dates it by, else ``None`` (``found``: the
    sentence's dates and their first indices): "found on Wednesday, a day
    after the attack killed two marines" (the deed of the after-clause, a
    day before); "about 1,000 were detained on Tuesday night, down from
    around 2,000 the previous night" (the night before Tuesday's);
    "searched on Thursday for hundreds of migrants feared missing after a
    boat capsized early Wednesday" (Wednesday's).
    """
    dates, date_firsts = found
    return (
        day_before_after(lows, date_m, r)
        or day_before_told(lows, date_m, last_incident)
        or (
            state_event_day(
                tokens, lows, r, date_m, dates, date_firsts=date_firsts, published=published
            )
            if published is not None
            else None
        )
    )
