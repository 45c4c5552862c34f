"""
The discourse of one document: what its sentences share as they are read
in order (the source named last, the groups counted, the story's day, the
period named last), kept on a :class:`Doc`.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from conflictfigures import _lexicon as lx
from conflictfigures.models import Category

if TYPE_CHECKING:
    import datetime as dt

    from conflictfigures._extraction.text import Sentence
    from conflictfigures.models import Period, Source
    from conflictfigures.policy import BoundsPolicy


def tells_last_night(text: str) -> bool:
    """
    Whether a text tells of "last night", the night before it was filed (not
    "the last night of the Eid holiday").
    """
    for form in lx.LAST_NIGHT_FORMS:
        at = text.find(form)
        while at >= 0:
            before = text[max(0, at - 4) : at].lower()
            after = text[at + len(form) : at + len(form) + 3].lower()
            if not before.endswith("the ") and not after.startswith(" of"):
                return True
            at = text.find(form, at + 1)
    return False


#: How many days a part's "past day" may span (the day and the one before).
_DAY_PERIOD = 2


class Doc:
    """Per-document state shared by its sentences."""

    def __init__(
        self, text: str, published: dt.date | None, source: Source, policy: BoundsPolicy
    ) -> None:
        self.text = text
        self.published = published
        self._night_before: bool | None = None
        self._tells_deaths: bool | None = None
        self.source = source
        self.policy = policy
        #: The source named last, for a claim a pronoun makes ("they said"),
        #: and where the sentence that named it starts.
        self.claimant: str | None = None
        self.claimant_at = -1
        #: Whether that source issued a text ("reported", "said in a
        #: statement"), which "according to the report" then names.
        self.claimant_issued = False
        #: The sources named so far, latest last (a bounded few), which a
        #: description names again ("The ministry said": see
        #: :func:`.named_again.named_before`).
        self.sources: list[str] = []
        #: The last stretch of text the screen skipped that holds a reporting
        #: verb: read only when a pronoun's claim needs its source ("Ukraine's
        #: air force said Russia launched 128 drones. ... 98 were downed, it said").
        self.unread_claim: tuple[int, int] | None = None
        #: The last full date told (day, month and year), whose year a later
        #: date of its month without one takes (see ``story_years.carry_year``).
        self.full_date: dt.date | None = None
        #: The period up to now a since-clause named last, in a sentence with
        #: figures or none ("Since 24 January, Russian forces have launched
        #: repeated assaults"): what a later "so far" counts over.
        self.since_period: Period | None = None
        #: The day a since-clause of a bare date named last runs from ("Since
        #: October 7, ..."), which a later "since the war began" runs from
        #: in a story that dated no war (no event's start: "Since the
        #: offensive began on 10 October, ...").
        self.since_day: dt.date | None = None
        #: The period named last, for "in the same period".
        self.last_period: Period | None = None
        #: The last running total up to publication of each category, its
        #: number and period, which a toll told again a little higher and
        #: with no time of its own restates ("... since October 7 past
        #: 30,000. ... the ministry put the toll at 30,035").
        self.running: dict[Category, tuple[int, Period]] = {}
        #: Whether the sentence that named the last period also named a
        #: since-period up to now (a total's, before its part's past day).
        self.since_with_last = False
        #: The point in time named last (a date, or a period's start), in a
        #: sentence with figures or none: what a later "since then" runs
        #: from ("The war began on 15 April 2023. Since then, ...").
        self.last_point: dt.date | None = None
        #: The day the story's war began, as a since-clause dated it
        #: ("Since the conflict began on 15 April 2023")
        self.war_start: dt.date | None = None
        #: The start days of named events narrower than a war, by their kind
        #: ("the cross-border operation began on 6 August": an operation's),
        #: which a later "since the start of the incursion" runs from.
        self.event_starts: dict[str, dt.date] = {}
        #: Where a paragraph starts whose opening sentence, with no figure,
        #: fronts a period up to now ("Over the past day, units ... improved
        #: their position."), and that period: its figures' time.
        self.block_period: tuple[int, Period] | None = None
        #: The period a tracker's paragraph fronts for its lines of equipment
        #: ("Since 24 February 2022, we have confirmed ... Infantry fighting
        #: vehicles: 3,012 destroyed"): its start offset and the period.
        self.tracker_period: tuple[int, Period] | None = None
        #: The (category, head noun) of every group counted so far.
        self.counted: set[tuple[Category, str]] = set()
        #: The categories of those groups.
        self.counted_categories: set[Category] = set()
        #: The categories of every figure read so far, group or none.
        self.told: set[Category] = set()
        #: Whether a sentence read so far told a killing, counted or not, and
        #: denied none ("went from house to house, torturing and killing
        #: residents"; ``lx.DEATH_DEED_WORDS``): then the victims a later
        #: sentence lists are the dead.
        self.deaths_spoken = False
        #: Whether a sentence read so far spoke of refugees in words, counted
        #: or not ("Refugees continue to pour into Chad from Darfur.";
        #: ``lx.REFUGEES_SPOKEN_WORDS``): a flight abroad the story tells, whose
        #: people a later count may leave unnamed ("About 48,000 people have
        #: been registered at the Adre crossing").
        self.refugees_spoken = False
        #: the category of the last figure read, which a bare total's number counts
        self.last_category: Category | None = None
        #: Where the paragraph being read starts, and the source a label
        #: opening it named ("OCHA Flash Update No. 4: ..."), which speaks
        #: for the paragraph's sentences that name none.
        self.block = 0
        self.label_claim: tuple[int, str] | None = None
        #: The words of the last sentence read for figures, for whom "he"
        #: or "she" opening the next stands.
        self.previous: list[str] = []
        #: That sentence (for what only the sentence right before may name:
        #: "put it at 300" after its toll; where it ends is read when needed).
        self.previous_sentence: Sentence | None = None
        #: The span of the sentence right before in the same block, read
        #: or screened out (whose group "Their bodies" may be: :mod:`.bodies`).
        self.before: tuple[int, int] | None = None
        #: The head noun of the last single person counted in each category
        #: in the sentences before (see :func:`.parts.restates_single`).
        self.singles: dict[Category, str] = {}
        #: Where the last sentence with no figure that told a statement issued
        #: on a day starts, and that day ("Police gave an update at a news
        #: conference on Tuesday evening."): the figures its source speaks
        #: for next are dated by it as a statement's day dates its own.
        self.statement_day: tuple[int, dt.date] | None = None
        #: The day a sentence before the first figure sets the story on.
        self.scene: dt.date | None = None
        #: The day a dateline standing as its own sentence names ("BELGOROD,
        #: December 31. /TASS/."): the story's day only when nothing else dates it.
        self.dateline_day: dt.date | None = None
        #: Where the last sentence starts that read a group and named its own
        #: source (see :func:`.attribution.attribute_lead`).
        self.source_at = -1
        #: The first incident's day a sentence with figures dated (the
        #: story's incident), and how far back each source's own counts
        #: went: what a source carried to a sentence naming none may speak
        #: for (see :mod:`.carried_claims`).
        self.incident_day: dt.date | None = None
        self.counted_since: dict[str, dt.date] = {}
        #: Whether an issuer claims the text as its own release (found when
        #: first needed, see :func:`.document.read_document`).
        self.issued: bool | None = None
        self._title_words: frozenset[str] | None = None

    @property
    def refugees_told(self) -> bool:
        """Whether the story told refugees so far: counted, or spoken of in words."""
        return self.refugees_spoken or Category.REFUGEES in self.counted_categories

    @property
    def night_before(self) -> bool:
        """
        Whether the text tells of "last night", which an "overnight" in it
        then names too (see :func:`.when.told_night`): the whole text is
        searched once, when a sentence first asks.
        """
        if self._night_before is None:
            self._night_before = tells_last_night(self.text)
        return self._night_before

    @property
    def tells_deaths(self) -> bool:
        """
        Whether the text speaks of deaths anywhere, in a word of death or of
        a killing (``lx.DEATH_WORDS``, ``lx.DEATH_DEED_WORDS``: "the death
        toll", "the bodies", "the massacre") not denied in its own phrase
        (:func:`_denied`: "no deaths", "No one was killed"; not "Case No.
        12: homicide", "It was not clear who killed them"): the record a
        "Victims:" line counts the dead of. The whole text is read once,
        when first asked.
        """
        if self._tells_deaths is None:
            raw = self.text.lower().split()
            words = [w.strip(_WORD_MARKS) for w in raw]
            self._tells_deaths = any(
                (w in lx.DEATH_WORDS or w in lx.DEATH_DEED_WORDS) and not _denied(raw, words, k)
                for k, w in enumerate(words)
            )
        return self._tells_deaths

    def restated_total(self, category: Category, stated: int | None) -> Period | None:
        """
        The period of the running total of ``category`` told last when a
        toll of ``stated`` tells it again: at least its number and at most a
        tenth more (the same count refined, not a count of its own).
        """
        told = self.running.get(category)
        if told is None or stated is None:
            return None
        number, period = told
        return period if number <= stated <= number * _RESTATED_RATIO else None

    def period_up_to_now(self) -> Period | None:
        """
        The period up to publication the sentences before named, which a
        count told with "also" goes on with ("... have destroyed 9,386 tanks
        since February 24, 2022. ... have also destroyed 19,190 armoured
        vehicles"): the last one named, or the story's since-period when the
        last was a part's past day in the same sentence ("have lost 145,850
        since 24 February 2022 ..., including 790 over the past day").
        """
        last, since = self.last_period, self.since_period
        if last is None or last.end != self.published:
            return None
        if (
            since is not None
            and self.since_with_last
            and since.end == self.published
            and last.start is not None
            and last.end is not None
            and (last.end - last.start).days < _DAY_PERIOD
        ):
            return since
        return last

    def writes_as_name(self, word: str) -> bool:
        """
        Whether the document writes ``word`` (any case) as a name somewhere
        inside a sentence, capitalised and then in lower case ("... at the
        hospital in Kalaburagi"): a place or a person's name, as an acronym
        seldom is (a sentence's first word is capitalised whatever it is).
        The words are gathered once, on first use.
        """
        if self._title_words is None:
            text = self.text
            self._title_words = frozenset(
                m.group()
                for m in _TITLE_WORD.finditer(text)
                if m.start() > 1
                and text[m.start() - 2] not in ".!?:\n"
                and text[m.start() - 1] == " "
            )
        return word[:1].upper() + word[1:].lower() in self._title_words


#: Marks a word of the text may carry at either end ("deaths.", "(killed").
_WORD_MARKS = "\"'()[],.;:!?\u2018\u2019\u201c\u201d"
#: How far before a word of death its denial is read: a determiner up to
#: this many words back ("no reports of deaths"), or a subject or adverb
#: past up to this many auxiliaries ("No one was reported killed").
_DENIAL_REACH = 3


def _denied(raw: list[str], words: list[str], k: int) -> bool:
    """
    Whether the word of death at ``k`` of the text's ``words`` (``raw``: as
    written, lower-cased, marks kept) is denied in its own phrase: by a
    determiner of its noun or of the noun it follows, past at most two words
    ("no deaths", "no civilian deaths", "no reports of deaths", "without
    casualties"), or, past auxiliaries (``lx.AUXILIARIES``, at most three),
    by a negation of its verb ("were not killed") or a subject that names no
    one ("Nobody died", "No one was reported killed", "none of them died",
    "None of the victims died", "Neither man was killed", "It was not a
    killing"; not "It was not clear who killed them").  A word that ends on a mark or
    a number ends the phrase: "Case No. 12: homicide" denies nothing.
    """

    def clean(j: int) -> bool:
        return j >= 0 and raw[j].endswith(words[j]) and bool(words[j])

    for j in range(k - 1, max(-1, k - 1 - _DENIAL_REACH), -1):
        if not (clean(j) and words[j].isalpha()):
            break  # ("Case No. 12: homicide")
        if words[j] in lx.DENYING_DETERMINERS:
            return True
    j = k - 1
    if j >= 1 and words[j] in ("a", "an") and clean(j):
        j -= 1  # "It was not a killing"
    while j >= 0 and k - 1 - j < _DENIAL_REACH and words[j] in lx.AUXILIARIES and clean(j):
        j -= 1
    if j >= 1 and words[j] == "them" and words[j - 1] == "of":
        j -= 2  # "none of them died"
    elif j >= 2 and words[j - 1] == "the" and words[j - 2] == "of" and words[j].isalpha():
        j -= 3  # "None of the victims died"
    elif j >= 1 and words[j - 1] == "neither" and words[j].isalpha():
        return True  # "Neither man was killed"
    if not clean(j):
        return False
    low = words[j]
    return (
        low in lx.DENYING_ADVERBS
        or low in lx.DENYING_SUBJECTS
        or (low == "one" and j > 0 and words[j - 1] == "no" and clean(j - 1))
    )


#: A word written as a name: a capital, then lower-case letters.
_TITLE_WORD = re.compile(r"\b[A-Z][a-z]+\b")


#: How much higher a toll told again may be than the running total it
#: restates ("past 30,000" ... "30,035").
_RESTATED_RATIO = 1.1
