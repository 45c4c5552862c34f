"""
Rule 0k of the tally (docs/aggregation.md): a document's main incident.

A report leads with its incident and may go on to others: "In a separate
attack, three people were killed", "In coordinated attacks elsewhere in the
province, 14 security personnel ... were killed", "Minutes later a second
blast killed four". Event coders record the incident the report leads with;
the tally does the same by default (``incidents="main"``) and leaves out a
later count of harm whose sentence names another event before the count's
words ("separate", "separately", "elsewhere", "meanwhile", "in another",
"another attack", "a second blast"), unless the sentence names the lead's
event again ("Meanwhile, 11 others were wounded in the shooting", "in the
same ambush"). With ``incidents="all"`` every incident a document tells is
counted, as lists of incidents sum them ("The first bombing ... 48 people
were injured. The second bombing ... wounded 13").

Measured in session 28 (docs/aggregation.md): "also" in a sentence naming
an event, and a place the gazetteer tells apart from the lead's, set apart
more of the blind readers' incidents but cost the Wikipedia lists, which
sum, more; they are left out. Documents are told apart by their source (see
:func:`conflictfigures.tally`). Linear in the figures.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from typing import TYPE_CHECKING

from conflictfigures import _lexicon as lx
from conflictfigures._aggregation.documents import (
    LATER_FATE_RE,
    first_in_each_document,
    head_word,
    opens_on_the_event,
    said_after,
    said_before,
    sums_several,
    words_in,
)
from conflictfigures._aggregation.sums import SUM_RE
from conflictfigures._places import country_of
from conflictfigures.models import Category

if TYPE_CHECKING:
    from conflictfigures.models import Figure

__all__ = ["apart_in_time", "numbered_killings_dropped", "separate_incidents_dropped"]

#: The events a word of order or of another names ("a second blast").
_EVENTS = (
    "attack|attacks|blast|blasts|bomb|bombing|bombings|explosion|explosions|raid|raids"
    "|strike|strikes|incident|shooting|shootings|clash|clashes|ambush"
)
#: Words that tell of another event than the one a report leads with, before
#: a figure's words in its sentence ("In a separate attack, three people were
#: killed"; not "wounded by a stray bullet in a separate room"): an ordinal
#: event only indefinite ("a second blast", not "the second strike on the
#: neighbourhood", the lead's own, nor "a second shooting victim"); "three other
#: bombings" and "in other attacks" too.
_ANOTHER_EVENT_RE = re.compile(
    r"\b(?:separate(?:ly)?|elsewhere|meanwhile"
    rf"|in another|another (?:{_EVENTS})|an? similar (?:{_EVENTS})"
    rf"|(?:two|three|four|five|several|\d+|in) other (?:{_EVENTS})"
    rf"|an? (?:second|third|fourth|fifth|sixth) (?:{_EVENTS})(?! victim))\b"
)
#: A sentence that opens on hours from the lead's ("Hours later, a bomb went
#: off prematurely in nearby Sidoarjo, killing three", "Hours earlier, 13
#: police officers were killed in Amalfi"): another event told beside the
#: lead, unless the count is more of the lead's people or a later death of
#: them, or the lead's attackers did it (:data:`_THE_ATTACKERS`: a spree).
_HOURS_APART_RE = re.compile(
    r"(?:(?:just |only |some |a few |several )?hours (?:later|earlier)"
    # the same day, told before the lead's hour: "Earlier on Thursday a bomb
    # aimed at a paramilitary vehicle killed 11 people" (session 54)
    r"|earlier (?:on|that) [a-z]+|earlier in the day)\b"
)
#: Days from the lead's opening a sentence ("Five days later", "The next
#: night", "A week earlier"): another day's event, whoever did it (no spree
#: runs so long: session 54).
_DAYS_APART_RE = re.compile(
    r"(?:(?:a|one|two|three|four|five|six|seven|several|a few|\d+) (?:days?|weeks?) "
    r"(?:later|earlier)|the (?:next|following) (?:day|night|morning|week))\b"
)
#: Words that name the lead's attackers again ("Hours earlier the pair had
#: shot dead the owner of a shop", "he", "the gunman"): one spree.
_THE_ATTACKERS = frozenset({"he", "she", "they", "pair", "same"}) | lx.PERPETRATOR_NOUNS
#: Another event named right after a count's words ("four people were killed
#: in a separate tavern shooting", "in another attack"; not "in a separate
#: room", no event).
_ANOTHER_EVENT_AFTER_RE = re.compile(
    r"^\W*(?:[a-z'-]+\s+){0,3}?in (?:(?:a|two|three|several) )?"
    rf"(?:separate|another) (?:[a-z'-]+ )?(?:{_EVENTS})\b"
)
#: Words after a count that name the lead's own place ("at the same market",
#: "at the scene", "nearby").
_SAME_PLACE_RE = re.compile(r"\b(?:the same|the scene|nearby)\b")
#: "another" site struck in a clause of time after a count ("10 people were
#: killed when another school in the city was hit"), which sets the count
#: apart from a lead told on another day; not where the lead's people went
#: or were found ("died in a hospital in another town", "in another
#: village"), nor a compound ("another home-made bomb").
_ANOTHER_SITE_RE = re.compile(
    r"\b(?:when|as|after) another "
    rf"(?:{'|'.join(sorted(lx.SITE_NOUNS, key=len, reverse=True))})\b(?!-)"
    r"(?:\s+[a-z'-]+){0,6}?\s+(?:was|were)\s+(?:hit|struck|attacked|shelled|bombed|targeted)\b"
)
#: Words of a count that tell more of the lead's people ("Two more of the wounded").
_MORE_OF_THE_LEAD = frozenset({"more", "further", "other", "others", "another", "of"})
#: Events spread over a whole country ("in protests across the country").
_NATIONWIDE_RE = re.compile(
    r"\b(?:protests|demonstrations|riots|unrest|violence|clashes|attacks)"
    r" (?:across the country|across the nation|around the country|nationwide)\b"
)
#: Words of a lead that tells a country-wide event itself ("during nationwide protests").
_NATIONWIDE_WORDS = frozenset({"nationwide", "countrywide"})


def _country_sum(text: str) -> bool:
    """
    Whether lower-case words around a count tell a sum over a whole country:
    a word of a sum and "across" the country or a country's name ("In total,
    at least 47 people were killed and 190 injured across Ukraine").
    """
    if SUM_RE.search(text) is None:
        return False  # (the words of a sum, as documents reads them: "In total", "in all")
    words = text.replace(",", " ").replace(".", " ").split()
    return any(
        a == "across"
        and ((b in ("the", "all") and c in ("country", "nation")) or country_of(b) is not None)
        for a, b, c in zip(words, words[1:], [*words[2:], ""], strict=False)
    )


#: How many leads :func:`_tells_nationwide` keeps its answer for.
_LEADS_HELD = 64


@functools.lru_cache(maxsize=_LEADS_HELD)
def _tells_nationwide(sentence: str | None) -> bool:
    """
    Whether a lead's sentence tells events over the whole country itself
    ("during nationwide protests"); kept for the last leads asked about (the
    figures of one document ask about its lead again and again).
    """
    return _NATIONWIDE_RE.search((sentence or "").lower()) is not None or not (
        _NATIONWIDE_WORDS.isdisjoint(words_in(sentence))
    )


#: Events of which a report tells several by their plural ("in reprisal
#: attacks", "Russian strikes ... have killed"); not blasts or explosions,
#: which one event holds many of.
_PLURAL_EVENTS = "attacks|bombings|raids|strikes|shootings|clashes"
#: The lead's event named again ("in the same ambush", "in the shooting"; not
#: "on the same highway", a place):
#: "Meanwhile, 11 others were wounded in the shooting" is the same incident.
_SAME_EVENT_RE = re.compile(rf"\bthe (?:same (?:[a-z]+ )?)?(?:{_EVENTS})\b")
#: Several events, none named before ("in shootings across the city", "in
#: reprisal attacks", "in operations in North Gondar"; not "in the attacks",
#: the lead's, nor "during rescue operations") after a preposition: a count
#: of them is no count of the one incident a report leads with. Not blasts
#: or explosions, which one event holds many of ("wounded by secondary
#: explosions"), and not events the lead's sentence named ("before clashes
#: broke out ... wounded in clashes with the gunmen").
_SEVERAL_EVENTS_RE = re.compile(
    r"\b(?:in|during|from|by)\s+(?!(?:the|these|those|both|its|their)\b)(?:[a-z-]+\s+){0,4}?"
    rf"({_PLURAL_EVENTS}|incidents"
    r"|(?<!rescue )(?<!recovery )(?<!relief )(?<!search )(?<!evacuation )operations)\b"
)
#: Several events as the subject of the harm, a few words before its verb
#: ("In the past week, Russian strikes on the region have killed 19",
#: "Other attacks across the country killed 7"; not "the strikes", nor
#: events that do something else: "as Israeli strikes continued").
_EVENTS_HARMED_RE = re.compile(
    r"(?<!\bthe )(?<!these )(?<!those )(?<!\bits )(?<!their )"
    rf"\b({_PLURAL_EVENTS})\s+(?:[a-z-]+\s+){{0,4}}?"
    r"(?:have\s+|has\s+|had\s+)?(?:killed|wounded|injured|left)\b"
)
#: How far before a figure's words the words of another event are read, and
#: how far after them its several events.
_BEFORE_REACH = 160
_AFTER_REACH = 80


def _sets_apart(figure: Figure, lead: Figure, *, one_lead: bool) -> bool:
    """
    Whether a figure is dated days from its lead (:func:`_another_day`), or
    its sentence names another event before its words
    (:data:`_ANOTHER_EVENT_RE`; not for a toll that rose: "Meanwhile, the
    death toll had risen to nine") or right after them
    (:data:`_ANOTHER_EVENT_AFTER_RE`: "four people were killed in a separate
    tavern shooting") and not the lead's again
    (:data:`_SAME_EVENT_RE`, anywhere in the sentence); or several events
    (:func:`_of_several`), in a running total ("With this massacre, the
    number of civilians killed by air raids ... since Monday rises to 121")
    or after a lead of ``one_lead`` event. Read in bounded windows around
    the figure's words, so that many figures in one sentence stay linear.
    """
    if _another_day(figure, lead):
        # an incident days from the lead's: "Two weeks ago, 21 teenagers
        # were found dead at the Enyobeni tavern" after a tavern shooting's
        # toll of Sunday, whatever event it names: "The attack came two days
        # after a military operation ... killed 11"
        return True
    if apart_in_time(figure):
        return True  # "Hours later, a bomb went off ... in nearby Sidoarjo, killing three"
    before = LATER_FATE_RE.sub(" ", said_before(figure, _BEFORE_REACH, words=False))
    told = said_before(figure, _BEFORE_REACH, words=True)
    after = said_after(figure, _AFTER_REACH)
    near = told + " " + after
    if _SAME_EVENT_RE.search(near) is not None:
        return False
    if (
        figure.cumulative
        and figure.period is not None
        and _NATIONWIDE_RE.search(near) is not None
        and not _tells_nationwide(lead.sentence)
    ):
        # a running total of events over the whole country, after a lead of
        # one place's ("at least 11 people had been killed in protests across
        # the country since last week" after two shot dead in Nakuru)
        return True
    if (
        figure.date is not None
        and lead.date is not None
        and figure.date != lead.date
        and _MORE_OF_THE_LEAD.isdisjoint(figure.surface.lower().split())
        and _ANOTHER_SITE_RE.search(_clause_of(told, after, figure)) is not None
    ):
        # an incident of another day at another site: "It was the third
        # strike on a school in a week. On Thursday, 10 people were killed
        # when another school ... was hit" (not "Another deputy was shot")
        return True
    if _country_sum(near) and not _tells_nationwide(lead.sentence):
        # a sum over the whole country after a lead of one place's: "In
        # total, at least 47 people were killed and 190 injured across
        # Ukraine" after Kyiv's toll
        return True
    if (
        _ANOTHER_EVENT_AFTER_RE.search(after.lower()) is not None
        # (not more of the lead's people, nor the lead's own site: "seven
        # more people were killed in another explosion at the same market")
        and _MORE_OF_THE_LEAD.isdisjoint(figure.surface.lower().split())
        and _SAME_PLACE_RE.search(after.lower()) is None
    ):
        return True
    another = _ANOTHER_EVENT_RE.search(before)
    if another is not None and not (
        # "Meanwhile, officials said the death toll had risen to nine": the lead's toll
        another.group() == "meanwhile"
        and figure.cumulative
        and not lx.RISE_WORDS.isdisjoint(figure.surface.lower().split())
    ):
        return True
    several = (
        (_SEVERAL_EVENTS_RE.search(near) or _undetermined(near, _EVENTS_HARMED_RE.search(near)))
        if one_lead or figure.cumulative
        else None
    )
    if several is None:
        return False
    # (not the events the lead's sentence named, as they are: "before clashes
    # broke out"; an operation named once is its operations: "killed 6
    # militants in an operation ... killed in follow-up operations")
    events = several.group(1)
    lead_words = words_in(lead.sentence)
    return events not in lead_words and not (events == "operations" and "operation" in lead_words)


#: Words before a noun of events that make them the story's own, told
#: before ("The four bombings left a total of 23 dead", "all the attacks").
_DETERMINED = frozenset({"the", "these", "those", "both", "its", "their", "all", "such"})
#: How many words before the noun of events are looked at.
_DETERMINER_REACH = 3


def _undetermined(text: str, found: re.Match[str] | None) -> re.Match[str] | None:
    """
    ``found`` unless a determiner or a count stands among the few words
    before its noun of events ("The four bombings left a total of 23 dead":
    the story's own bombings summed, no other events).
    """
    if found is None:
        return None
    before = text[max(0, found.start() - 40) : found.start()].split()[-_DETERMINER_REACH:]
    if any(w in _DETERMINED or w.isdigit() or w in lx.UNITS or w in lx.TENS for w in before):
        return None
    return found


#: How many days from the lead's a count of one incident tells another
#: incident (a day apart is still the lead's night or its morning after).
_OTHER_DAY = 2


def _another_day(figure: Figure, lead: Figure) -> bool:
    """
    Whether a count of one incident is dated days from its lead's (another incident).

    A count with no running total and no period, dated :data:`_OTHER_DAY`
    days or more from its dated lead, whose sentence tells an event of its
    own (an active verb of harm before the count, or :data:`_OWN_EVENT_RE`),
    is another incident, as event coders keep apart ("Two weeks ago, 21
    teenagers were found dead", "The attack came two days after a military
    operation ... killed 11"; not "Two policemen died on Wednesday"). Not the lead's
    people or its event told on a later day (a review found each of these
    dropped by a first reading):

    - more of the lead's people or a part of them ("two more people died",
      "Another two villagers died", "two of the wounded");
    - the lead's event named again with "the" ("A boy who was shot in the
      attack died on Thursday"; not in a clause of another event: "The
      attack came two days after ..."), or at its sentence's start ("The raid
      on April 20 killed 11", :func:`documents.opens_on_the_event`);
    - dead who were hurt before or found after ("A wounded woman died", "a
      woman pulled from the rubble died in hospital", ``lx.LATER_TOLL_WORDS``),
      bodies found, or a toll at the end of the days it ran ("by which time
      21 people had been killed");
    - counts of the week before a lead that tells a later day of their
      incident: a later death, a funeral or a burial, the event named with
      "the", or the count's day ("A woman stabbed in the attack died on
      Tuesday ... The attacker killed six on Saturday");
    - counts after a disaster's lead, which runs for days;
    - the lead's toll told rising ("The toll rose further on Tuesday when a
      strike on a house killed 11").
    """
    if (
        figure.cumulative
        or figure.period is not None
        or figure.date is None
        or lead.date is None
        or abs((figure.date - lead.date).days) < _OTHER_DAY
    ):
        return False
    said = said_before(figure, _BEFORE_REACH, words=False)
    sentence = (figure.sentence or "").lower()
    own = figure.surface.lower().split()
    deed = _a_deed(own)
    if not (deed or _own_event(sentence)):
        return False  # (no event of its own told: "Two policemen died on Wednesday")
    lead_words = words_in(lead.sentence)
    return not (
        _more_of_the_lead(own)
        # ("Another two villagers died"; not "another gunman shot dead eight")
        or ((not own or own[0] not in _DEED_VERBS) and said.split()[-1:] in _MORE_LAST)
        or (
            not deed  # (a deed is its own: "In retaliation for the attack the army ... killed 30")
            and _SAME_EVENT_RE.search(sentence) is not None
            and lx.CAME_AFTER_VERBS.isdisjoint(said.split())
            and "after" not in said.split()
        )
        or opens_on_the_event(figure)
        # (the dead's own words: "A wounded woman died", "a woman pulled from
        # the rubble died"; not "killed 8 and wounded 20" in its sentence)
        or (not deed and not lx.LATER_TOLL_WORDS.isdisjoint(own))
        or head_word(figure) in lx.BODY_NOUNS
        or any(phrase in sentence for phrase in _TOLL_AT_THE_END)
        or _HURT_BEFORE_RE.search(figure.surface.lower()) is not None
        or (
            dt.timedelta(0) < lead.date - figure.date <= _FOLLOWUP_DAYS
            and _tells_a_later_day(lead, figure.date)
        )
        # (a disaster's days, its count told as the disaster's: "On
        # Wednesday, landslides triggered by the rains ... killing 30")
        or not (lx.DISASTER_NOUNS - _NO_DISASTER).isdisjoint(lead_words & words_in(figure.sentence))
        or not lx.RISE_WORDS.isdisjoint(said.split())
    )


def apart_in_time(figure: Figure) -> bool:
    """
    Whether a count of the dead in a sentence that opens on hours from the
    lead's (:data:`_HOURS_APART_RE`) tells another event: a deed or an event
    of its own, no more of the lead's people, no later death, no bodies, and
    not the lead's attackers again (a spree); or on days
    (:data:`_DAYS_APART_RE`: "Five days later security forces shot dead five
    men"), whoever did it. Not the wounded of a later
    statement ("Hours later, the governor said 40 people had been injured").
    """
    opening = (figure.sentence or "").lower()
    days = _DAYS_APART_RE.match(opening) is not None
    if (
        figure.cumulative
        or figure.category is not Category.KILLED
        or (not days and _HOURS_APART_RE.match(opening) is None)
    ):
        return False
    own = figure.surface.lower().split()
    words = words_in(figure.sentence)
    return (
        (_a_deed(own) or _own_event(opening))
        and not _more_of_the_lead(own)
        and lx.LATER_TOLL_WORDS.isdisjoint(own)
        and head_word(figure) not in lx.BODY_NOUNS
        and lx.LATER_DEATH_WORDS.isdisjoint(words)
        and (days or _THE_ATTACKERS.isdisjoint(words))
    )


def _own_event(sentence: str) -> bool:
    """
    Whether a lower-case sentence tells an event of its own: :data:`_OWN_EVENT_RE`,
    or attackers named in it ("11 people died when gunmen opened fire").
    """
    return _OWN_EVENT_RE.search(sentence) is not None or not _AGENTS.isdisjoint(words_in(sentence))


#: The attackers whose naming tells an event of their own.
_AGENTS = lx.PERPETRATOR_NOUNS | lx.ARMED_GROUP_WORDS


#: The words of a deed that kills or hurts, as a count's main verb: its
#: first word ("killed 11 people") or its last ("11 people were killed",
#: "were shot dead"); not a death alone ("Two policemen died").
_DEATHS_ALONE = frozenset({"died", "dies", "dead", "succumbed", "perished", "drowned"})
_DEED_VERBS = (
    frozenset(lx.ACTIVE_TRIGGERS) | frozenset(lx.PASSIVE_TRIGGERS) | {"shot", "gunned"}
) - _DEATHS_ALONE
#: Words of a disaster that name no one disaster both a lead and a count tell.
_NO_DISASTER = frozenset({"disaster", "tragedy", "collapse"})


def _a_deed(words: list[str]) -> bool:
    """Whether a count's words tell a deed of harm as its main verb (see :data:`_DEED_VERBS`)."""
    if not words:
        return False
    last = words[-1].strip(".,;:")
    return (
        words[0] in _DEED_VERBS
        or last in _DEED_VERBS
        or (last == "dead" and len(words) > 1 and words[-2] in _DEED_VERBS)
    )


#: Words of a count's sentence that tell an event of its own: an event
#: named with "a", "an", "another" or an ordinal ("a roadside bomb", "a
#: military operation", "the second massacre ... in a week"), or a time
#: before the story's ("Two weeks ago", "earlier this month", "last week").
_OWN_EVENT_RE = re.compile(
    r"\b(?:a|an|another|second|third|fourth|fifth)\s+(?:[a-z-]+\s+){0,2}?"
    rf"(?:{_EVENTS}|bomb|bombs|massacre|massacres|operation|explosion|landslide)\b"
    r"|\b(?:ago|earlier|previous|last (?:week|month|year|weekend))\b"
)
#: A relative clause that tells the dead were hurt before ("A 32-year-old man
#: who was shot in the stomach died on Tuesday").
_HURT_BEFORE_RE = re.compile(
    r"\b(?:who|that) (?:was|were|had been) (?:shot|stabbed|hurt|injured|wounded|burned)\b"
)
#: The phrases of a toll at the end of the days an event ran.
_TOLL_AT_THE_END = ("by which time", "by the time")
#: How many days before a lead of a later day its incident's counts may be told.
_FOLLOWUP_DAYS = dt.timedelta(days=7)


def _tells_a_later_day(lead: Figure, day: dt.date) -> bool:
    """
    Whether a lead tells a later day of an incident of ``day``: a later
    death ("died of his wounds", or a death after a word of hurt: "A woman
    stabbed in the attack ... died on Tuesday"), a mourning, or that day's
    name ("killed in Saturday's attack").
    """
    words = words_in(lead.sentence)
    name = _DAY_NAMES[day.weekday()]
    died = lead.surface.lower().rstrip(".").rsplit(" ", 1)[-1] in lx.DIED_FORMS
    return (
        not lx.LATER_DEATH_WORDS.isdisjoint(words)
        or not lx.MOURNING_WORDS.isdisjoint(words)
        or (died and not _HURT_WORDS.isdisjoint(words))
        or name in words
        or f"{name}'s" in words
    )


#: Words of hurt before a later death in a lead ("A woman stabbed in the attack ... died").
_HURT_WORDS = frozenset({"stabbed", "shot", "injured", "wounded", "hurt", "burned"})


#: The weekdays' names in the calendar's order (Monday first).
_DAY_NAMES = tuple(sorted(lx.WEEKDAYS, key=lx.WEEKDAYS.__getitem__))
#: Words right before a count that make it more of the lead's people ("Another two villagers").
_MORE_LAST = (["another"], ["further"], ["more"])


def _more_of_the_lead(words: list[str]) -> bool:
    """
    Whether a count's words tell more of people told before: a word of
    more ("two more people", "another victim") or a part ("two of the
    wounded", "one of them"; not "11 members of the group", nor "three
    members of another family": words after an "of" are another group's).
    """
    if "of" in words:
        at = words.index("of")
        if (
            0 < at < len(words) - 1
            and _numeral(words[at - 1])
            and words[at + 1] in _PARTITIVE_DETERMINERS
        ):
            return True  # "two of the wounded", "one of them"
        words = words[:at]
    return any(
        w in _MORE_OF_THE_LEAD and w != "of" and not (w == "more" and nxt == "than")
        for w, nxt in zip(words, [*words[1:], ""], strict=True)
    )  # (not "more than 15 people": a qualifier)


#: Words after a number's "of" that make it a part of people told ("two of the wounded").
_PARTITIVE_DETERMINERS = frozenset({"the", "them", "those", "these", "whom"})


def _numeral(word: str) -> bool:
    """Whether a lower-case word is a number, in digits or words ("two", "12")."""
    return word.replace(",", "").isdigit() or word in lx.UNITS or word in lx.TENS


def _one_incident_of_harm(figure: Figure) -> bool:
    """Whether a figure counts killed or wounded of one incident: no running total, no period."""
    return figure.category in lx.HARM_CATEGORIES and not figure.cumulative and figure.period is None


def _numbered_killings(figure: Figure) -> bool:
    """
    Whether a running total numbers the killings so far by an ordinal
    ("making it the fifth killing by them in a week", "the city's 23rd
    homicide", "the third person to be shot dead"): its words open on the
    ordinal; the report's incident is among them, and they are never its count.
    """
    if not figure.cumulative or figure.category is not Category.KILLED:
        return False
    first = figure.surface.lower().split(maxsplit=1)[0]
    return first in lx.COUNTING_ORDINALS or (
        first[:-2].isdigit() and first[-2:] in lx.ORDINAL_ENDINGS
    )


def numbered_killings_dropped(figures: list[Figure]) -> list[Figure]:
    """
    The figures without the killings numbered by an ordinal ("making it the
    fifth killing by the gang in a week"): the killings so far, of which the
    report's are some; a tally of its incidents, main or all, never counts them.
    """
    return [f for f in figures if not _numbered_killings(f)]


def _clause_of(told: str, after: str, figure: Figure) -> str:
    """
    The clause of a figure's words in its bounded window (``told``: the
    window before and the words, which end it; ``after``: the window after
    them): from the last comma or semicolon before its words to the first
    after them.
    """
    at = max(0, len(told) - (figure.span.end - figure.span.start))
    opened = max(told.rfind(",", 0, at), told.rfind(";", 0, at)) + 1
    ends = [k for k in (after.find(","), after.find(";")) if k >= 0]
    return told[opened:] + " " + after[: min(ends) if ends else len(after)]


def separate_incidents_dropped(figures: list[Figure]) -> list[Figure]:
    """
    Rule 0k: each document's counts of harm (killed, wounded) after its lead
    (its first such count of one incident: no running total, no period)
    whose sentence names another event, or several events not named with
    "the" (a running total's too, and after a lead of one event, a count's).
    Counts in the lead's sentence and other totals stay (rules 0g and 3 read
    them); the killings numbered by an ordinal are gone before
    (:func:`numbered_killings_dropped`, in every tally).
    """
    leads = first_in_each_document(figures, _one_incident_of_harm)
    if not leads:
        return figures
    # (a lead that sums several incidents, "Air strikes killed 21", may go on
    # with more of them: "troops killed about 70 fighters in ground attacks")
    one = {source for source, lead in leads.items() if not sums_several(lead.sentence)}
    return [
        f
        for f in figures
        if (lead := leads.get(f.source)) is None
        or f is lead
        or f.span.start < lead.span.start
        or f.sentence_span == lead.sentence_span
        or f.category not in lx.HARM_CATEGORIES
        or not _sets_apart(f, lead, one_lead=f.source in one)
    ]
