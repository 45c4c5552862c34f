"""
A figure under construction (:class:`Reading`), passed from the linking
rules to figure assembly, and what the rules' readings are made of once
read: deaths and injuries joined into casualties (and where a sentence
joins them, :func:`joint_harms`), a toll an ordinal's death brings, an
evacuation that takes the hurt to care.
"""

from __future__ import annotations

import bisect
import itertools
from typing import TYPE_CHECKING

from conflictfigures import _lexicon as lx
from conflictfigures._extraction.heads import head_word, side_of
from conflictfigures._extraction.numbers import (
    NumberReading,
    ordinal_at,
    ordinal_compound,
    read_number,
)
from conflictfigures.models import Category, Qualifier

if TYPE_CHECKING:
    from collections.abc import Iterable

    from conflictfigures._extraction.text import Token


class Reading:
    """A figure under construction, before provenance is attached."""

    __slots__ = (
        "active",
        "category",
        "change",
        "cumulative",
        "day_shift",
        "first",
        "head",
        "last",
        "listed",
        "members",
        "np",
        "number",
        "parts",
        "perfect",
        "place",
        "rival",
        "side",
        "subject",
        "trigger",
        "verb",
    )

    def __init__(self, number: NumberReading, category: Category) -> None:
        self.number = number
        self.category = category
        self.first = number.first  # first token of the figure's words
        self.last = number.last  # one past the last token of its words
        self.np: tuple[int, int] = (number.last, number.last)
        self.head: str | None = None
        self.subject: str | None = None
        self.side: str | None = None
        self.cumulative = False
        #: Whether the figure is the change a running total made since the
        #: report before ("tanks - 6,827 (+12)": the 12), a part of it.
        self.change = False
        self.perfect = False
        self.active = False
        #: Whether the figure joins a list with the one before, sharing its
        #: verb ("destroyed 12 tanks, 20 vehicles and 35 guns over the past day").
        self.listed = False
        #: An active figure's trigger categories (people, equipment), which a
        #: further member of its list takes ("captured 45 soldiers and four tanks").
        self.trigger: tuple[Category | None, Category | None] | None = None
        #: Where an active figure's trigger stands, which a further member of
        #: its list shares ("Russia has lost 6,500 tanks, ... and 10,200
        #: artillery systems": its side and tense); -1 for none.
        self.verb = -1
        #: Whether the figure is another source's number for the figure
        #: before ("17 according to an army spokesman"): its source follows it.
        self.rival = False
        #: The parts read after the figure ("including five children"), each
        #: a figure of its own that says what this one is made of.
        self.parts: list[Reading] | None = None
        #: The members of a list summed into this reading, in order (see
        #: :func:`.sums.list_sums`).
        self.members: list[Reading] | None = None
        #: Where the figure's people were, when a reader found it beside
        #: them with no preposition (a ranked place: "followed by Tamaulipas
        #: with 11,966"); ``None``: the assembly looks for a place phrase.
        self.place: tuple[int, int] | None = None
        #: Days from the day of the figure before to this one's, for a
        #: gapped member told by a day from it ("and four the next day": 1).
        self.day_shift = 0


def finish(reading: Reading, tokens: list[Token], np: tuple[int, int, int]) -> Reading:
    """Attach the counted group's token range, head noun and side to a reading."""
    reading.np = (np[0], np[1])
    if np[1] > np[0]:
        reading.head = head_word(tokens, np)
        reading.side = side_of(tokens, np[0], np[1])
    return reading


#: How far back "themselves" looks for the counted attackers it names.
_ATTACKERS_REACH = 16


def _attackers_before(tokens: list[Token], first: int) -> NumberReading | None:
    """
    The count of the attackers a "themselves" at ``first`` names: a number
    right before the last plural attacker noun before it ("Two suicide
    bombers detonated their vests, killing themselves").
    """
    for k in range(first - 1, max(-1, first - 1 - _ATTACKERS_REACH), -1):
        if tokens[k].low in lx.PERPETRATOR_NOUNS and tokens[k].low.endswith("s"):
            for m in range(k - 1, max(-1, k - 4), -1):
                num = read_number(tokens, m)
                if num is not None and num.stated is not None and not num.article:
                    return num
            return None
    return None


#: The words of a self-killing phrase that name who dies ("himself", "self-inflicted").
_WHO_DIES = lx.REFLEXIVES | {"self"}


def perpetrator_reading(tokens: list[Token], first: int, last: int) -> Reading:
    """
    Attackers who died by their own hand: killed, a side of their own; one
    ("killing himself"), or as many as the attackers "themselves" names, at
    least two.
    """
    count = NumberReading(first, last, 1, Qualifier.EXACT)
    if any(t.low == "themselves" for t in tokens[first:last]):
        attackers = _attackers_before(tokens, first)
        stated = attackers.stated if attackers is not None else None
        count = (
            NumberReading(first, last, stated, attackers.qualifier)
            if attackers is not None and stated is not None
            else NumberReading(first, last, 2, Qualifier.AT_LEAST)
        )
    r = Reading(count, Category.KILLED)
    r.last = last
    who = next((k for k in range(first, last) if tokens[k].low in _WHO_DIES), first + 1)
    r.np = (who, who + 1)
    r.side = lx.PERPETRATOR_SIDE
    # "killing himself and 15 others": the others are the verb's further objects
    r.active = tokens[first].low in lx.ACTIVE_TRIGGERS
    return r


def dead_stay_dead(
    category: Category, head: str | None, said: Iterable[str] = ()
) -> Category | None:
    """
    A wounded, detained or missing reading of a group that counts the dead
    ("bodies") is a death ("37 bodies had been brought to the hospital",
    "Five bodies were taken away", "At least 30 bodies are still under the
    rubble"); but bodies that the trigger's words (``said``) tell lost are
    no deaths told ("Five bodies were missing from the morgue", "went
    missing"): no reading (``None``).
    """
    if (
        category in (Category.WOUNDED, Category.DETAINED, Category.MISSING)
        and lx.SELF_COUNTING_NOUNS.get(head or "") is Category.KILLED
    ):
        if category is Category.MISSING and not lx.LOST_WORDS.isdisjoint(said):
            return None
        return Category.KILLED
    return category


#: How far before and after a figure's words the words it is joined by may stand.
_JOINT_REACH = 3


def join_harms(readings: list[Reading], pairs: list[int]) -> None:
    """
    Make casualties of each death or injury figure beside a pair of joined
    triggers (``pairs``: their first words' indices, see
    :func:`joint_harms`): "1,120 soldiers had been killed or
    wounded", "lost 900 troops killed and wounded", "killing or wounding 200
    people".  A pair whose words another figure holds is two verbs, each
    with its figure ("shot two of his colleagues dead and wounded a fifth
    one"); with a number between them the triggers are no pair ("12 killed
    and 40 wounded").
    """
    # How many figures hold each word of a pair, found by bisection so that a
    # sentence of many figures and pairs is still read in linear time.
    words = sorted({w for k in pairs for w in (k, k + 2)})
    held: dict[int, int] = dict.fromkeys(words, 0)
    for q in readings:
        for j in range(bisect.bisect_left(words, q.first), len(words)):
            if words[j] >= q.last:
                break
            held[words[j]] += 1
    for r in readings:
        if r.category not in lx.HARM_CATEGORIES:  # what "killed or wounded" joins
            continue
        for j in range(bisect.bisect_left(pairs, r.first - _JOINT_REACH), len(pairs)):
            k = pairs[j]
            if k >= r.last + _JOINT_REACH:
                break
            # held by no figure but this one
            if all(held[w] == (1 if r.first <= w < r.last else 0) for w in (k, k + 2)):
                r.category = Category.CASUALTIES
                break


#: How far after "evacuated" the care it is for may stand.
_CARE_REACH = 4


def medical_evacuation(
    tokens: list[Token], np: tuple[int, int, int], t_first: int, t_last: int
) -> bool:
    """
    Whether an evacuation takes the hurt to care, not people from their
    homes: the group is the wounded ("eight of the wounded were evacuated")
    or care follows ("evacuated to hospital", "for further treatment").
    """
    if tokens[t_first].low != "evacuated":
        return False
    if np[1] > np[0] and tokens[np[1] - 1].low in ("wounded", "injured"):
        return True
    return any(
        t.low in lx.CARE_PLACE_WORDS or t.low in lx.CARE_REASONS or t.low == "care"
        for t in tokens[t_last : t_last + _CARE_REACH]
    )


def ordinal_toll(tokens: list[Token], num: NumberReading) -> int | None:
    """
    ``("a" | "an") ORDINAL NP`` as the subject of a death: the toll the
    death brings the count to ("A fourth victim has died": four dead so
    far), else ``None``.
    """
    if num.stated != 1 or num.first + 1 >= len(tokens) or tokens[num.first].low not in ("a", "an"):
        return None
    placed = ordinal_at(tokens, num.first + 1)
    if placed is None or ordinal_compound(tokens, placed[1] - 1):
        return None  # "A sixth-grade student was killed": a grade, no place among the dead
    if placed[1] < len(tokens) and tokens[placed[1]].low in lx.SCENE_PERSON_NOUNS:
        return None  # "A third man was killed in the raid": one of the story's people
    return placed[0]


#: The categories that make a sentence a report of losses beside the people it counts.
_LOSS_REPORT = frozenset(
    {
        Category.CASUALTIES,
        Category.EQUIPMENT_DESTROYED,
        Category.EQUIPMENT_DAMAGED,
        Category.EQUIPMENT_CAPTURED,
        Category.EQUIPMENT_ABANDONED,
    }
)


#: The heads of the hurt told as others of the group before ("with 12 others wounded").
_SAME_GROUP_OTHERS = frozenset({"others", "other", "more"})


def lost_as_casualties(readings: list[Reading], lows: list[str]) -> None:
    """
    People "lost" in a sentence that also counts equipment or casualties are
    the casualties of a report of losses, killed and wounded together, as
    loss reports count them ("The enemy lost up to 465 troops, one tank and
    three armoured fighting vehicles", "Russia lost 1,340 troops in the past
    day, bringing its total losses to about 612,900"), and so are people lost
    over the past day, as a daily report of losses counts them ("Russian
    forces lost 1,270 troops over the past day", and the total it brings);
    elsewhere "lost 20 service members" are dead, and so are those lost
    beside the hurt told apart ("it had lost nine fighters, with 12 others
    wounded, and had seized eight armoured vehicles").
    """
    if _LOSS_REPORT.isdisjoint(r.category for r in readings) and not _daily(lows):
        return
    if any(r.category is Category.WOUNDED and r.head in _SAME_GROUP_OTHERS for r in readings):
        return
    lost = False
    for r in readings:
        if (
            r.category is Category.KILLED
            and r.verb >= 0
            and lows[r.verb] in lx.LOSE_VERBS
            # (not told dead: "lost up to 125 servicemen killed, 2 tanks")
            and not (r.last < len(lows) and lows[r.last] in ("killed", "dead"))
        ):
            r.category = Category.CASUALTIES
            lost = True
        elif (
            lost
            and r.category is Category.KILLED
            and r.cumulative
            # (not a total that names death: "bringing the death toll to 40")
            and not any(stem in low for low in lows[r.first : r.last] for stem in lx.DEATH_STEMS)
        ):
            # "..., bringing the total it says Moscow has lost to about
            # 920,000": the total of the losses told before it
            r.category = Category.CASUALTIES


def _daily(lows: list[str]) -> bool:
    """
    Whether a sentence counts over the past day, as a daily report of losses
    does ("Russian forces lost 1,270 troops over the past day").
    """
    return any(
        (low == "past" and nxt in ("day", "24")) or (low == "last" and nxt == "24")
        for low, nxt in itertools.pairwise(lows)
    )


#: Verbs of harm that name its means, whose outcome may be told beside them.
_MEANS = frozenset({"stabbed", "stabbing"})


def _harm_words() -> dict[str, Category]:
    """
    The verb forms and adjectives of death and of injury, each with its
    category; not the nouns ("body", "injury"), nor a verb of loss ("was
    injured and lost his leg").
    """
    found: dict[str, Category] = {}
    for table in (lx.PASSIVE_TRIGGERS, lx.ACTIVE_TRIGGERS, lx.SELF_COUNTING_NOUNS):
        for word, value in table.items():
            category = value[0] if isinstance(value, tuple) else value
            if (
                category in (Category.KILLED, Category.WOUNDED)
                and (word.endswith(("ed", "ing")) or word in _HARM_PARTICIPLES)
                and word not in lx.LOSE_VERBS
                # a means, not an outcome: "were stabbed and killed" are dead
                and word not in _MEANS
            ):
                found.setdefault(word, category)
    return found


#: Participles and adjectives of harm without a regular ending.
_HARM_PARTICIPLES = frozenset({"dead", "hurt", "slain"})


#: Words of death and of injury ("killed", "dead", "wounding", "injured").
HARM_WORDS = _harm_words()

#: The words that join death and injury into one count ("killed or wounded").
_OR_JOINERS = frozenset({"or", "and", "and/or"})


#: Verbs of a death that follows an injury told before them ("injured and
#: died"), never joined with it into one count of casualties.
_DIED_AFTER = frozenset({"die", "died", "dies", "perished", "succumbed"})


def joint_harms(lows: list[str]) -> list[int]:
    """
    Where ``HARM JOINER HARM`` of the two kinds stands in a sentence (``lows``:
    its words, lower-case): death and injury joined into one count ("killed
    or wounded", "dead and injured"), by the index of the first word.
    """
    found: list[int] = []
    for k in itertools.compress(range(1, len(lows) - 1), map(_OR_JOINERS.__contains__, lows[1:-1])):
        kind = HARM_WORDS.get(lows[k - 1])
        other = HARM_WORDS.get(lows[k + 1])
        if (
            kind is not None
            and other is not None
            and other is not kind
            # like forms: "killing and injuring", not "1 soldier killed and wounding another 25"
            and lows[k - 1].endswith("ing") == lows[k + 1].endswith("ing")
            # "was seriously injured and died": one after the other, a death
            and lows[k + 1] not in _DIED_AFTER
        ):
            found.append(k - 1)
    return found
