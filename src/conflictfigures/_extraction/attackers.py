"""
The attacker among a sentence's dead and hurt: whether a reading counts the
one who attacked (an attacker's noun, "the suspect", a pronoun for the
attacker the sentence opened with, one dead by his own hand or shot by the
force of law after his attack), kept apart from the victims as a group of
his own; and whether a flight after a verb is his escape.  Moved out of
:mod:`.context` in session 44; each test reads a bounded stretch of the
sentence's lower-case words.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from conflictfigures import _lexicon as lx
from conflictfigures._extraction.heads import plural
from conflictfigures._extraction.numbers import NUMBER_STARTERS
from conflictfigures.models import Category

if TYPE_CHECKING:
    from conflictfigures._extraction.reading import Reading

__all__ = ["ONE_PERPETRATOR", "attacker_reading", "escape_after", "last_one_person"]


#: Pronouns of one person, and the nouns of one attacker they may stand for.
ONE_PRONOUNS = lx.ONE_PRONOUNS


ONE_PERPETRATOR = frozenset(w for w in lx.PERPETRATOR_NOUNS if not w.endswith(("s", "men")))


def last_one_person(lows: list[str], k: int) -> str | None:
    """
    The last noun of one person before ``k``, whom a pronoun there stands
    for ("The gunman killed three people before police shot him": the
    gunman; "A bomber targeted a militia leader, killing him": the leader).
    """
    for j in range(k - 1, max(-1, k - 1 - _PRONOUN_REACH), -1):
        low = lows[j]
        if low in lx.PEOPLE_NOUNS and not plural(low):
            return low
    return None


#: How far back a pronoun's person may stand, in tokens (bounded: linear work).
_PRONOUN_REACH = 40


def attacker_alone(lows: list[str]) -> bool:
    """
    Whether a sentence's one person is its attacker, whom "he" or "she"
    opening the next sentence stands for: one person opens it as the subject
    of an attack ("A man opened fire inside a church, killing 26 people. He
    was later found dead"), and no other one person is named after him ("A
    man shot a neighbour. He died": either of them).
    """
    n = len(lows)
    if n < 3 or lows[0] not in ("a", "an", "the"):
        return False
    j = 1
    reach = min(n - 1, _SUBJECT_REACH)
    while j < reach and not (lows[j] in lx.PEOPLE_NOUNS and not plural(lows[j])):
        j += 1
    if j >= reach or lows[j + 1] not in lx.ATTACK_VERBS:
        return False
    return not any(
        w in ONE_PRONOUNS or (w in lx.PEOPLE_NOUNS and not plural(w))
        for w in lows[j + 2 : j + 2 + _PRONOUN_REACH]
    )


def escape_after(lows: list[str], k: int) -> bool:
    """
    Whether the words from ``k``, right after a verb of flight, make it an
    escape: "two men fled on foot", "fled the scene", "fled in a dark sedan",
    "fled westbound in a grey sedan".
    """
    if (tuple(lows[k : k + 2])) in lx.ESCAPE_MANNERS:
        return True
    if k < len(lows) and lows[k].endswith("bound"):
        k += 1  # (the way driven: "fled westbound in a grey sedan")
        if (tuple(lows[k : k + 2])) in lx.ESCAPE_MANNERS:
            return True
    return (
        k < len(lows)
        and lows[k] == "in"
        and not lx.ESCAPE_VEHICLES.isdisjoint(lows[k + 1 : k + 1 + _VEHICLE_REACH])
    )


#: How far after "in" an escape's vehicle may stand ("in a dark grey sedan").
_VEHICLE_REACH = 4


def attacker_subject(lows: list[str], k: int) -> bool:
    """
    Whether "he" or "she" at ``k`` stands for the attacker who opens its
    sentence ("The gunman, a 45-year-old former employee, killed five
    co-workers and wounded two others before he was fatally shot"): an
    attacker's noun after the article, then his attack, and no other one
    person named between the attack and ``k``.
    """
    if k < 3 or lows[0] not in ("a", "an", "the"):
        return False
    if lows[1] not in ONE_PERPETRATOR:
        # "A longtime city engineer opened fire ..., killing 12 people, before
        # he was fatally wounded": one who opens the sentence by opening fire
        # (not the force of law: "A police officer opened fire")
        return _opens_fire(lows, k)
    verb = next((j for j in range(2, k) if lows[j] in lx.ATTACK_VERBS), None)
    return verb is not None and not any(
        w in ONE_PRONOUNS or (w in lx.PEOPLE_NOUNS and not plural(w)) for w in lows[verb + 1 : k]
    )


#: How many words the subject who opens fire may take ("A longtime city engineer").
_FIRER_WORDS = 5


def _opens_fire(lows: list[str], k: int) -> bool:
    """
    Whether the sentence opens on one person who "opened fire" and harmed
    people by it ("A longtime city engineer opened fire inside the building,
    killing 12 people before he was fatally wounded": up to five words after
    the article, none of the force of law or a count), not on attackers ("A
    guard opened fire on the gunmen before he was killed": a defender), with
    no other one person between the fire and ``k``.
    """
    for j in range(2, min(k - 1, _FIRER_WORDS + 2)):
        if lows[j] == "opened" and lows[j + 1] == "fire":
            subject = lows[1:j]
            after = lows[j + 2 : k]
            return (
                lx.LAW_NOUNS.isdisjoint(subject)
                and _LAW_ONES.isdisjoint(subject)
                and not any(w.isdigit() or plural(w) for w in subject)
                # (he harmed people: "killing 12 people", "wounding three")
                and not _HARM_GERUNDS.isdisjoint(after)
                # (not fire at attackers: "opened fire on the gunmen")
                and lx.PERPETRATOR_NOUNS.isdisjoint(after[:_FIRED_ON_WORDS])
                and not any(
                    w in ONE_PRONOUNS or (w in lx.PEOPLE_NOUNS and not plural(w)) for w in after
                )
            )
        if not lows[j].isalpha() and "-" not in lows[j]:
            return False
    return False


#: One of the force of law, in the singular ("A policeman opened fire").
_LAW_ONES = frozenset(
    {"policeman", "policewoman", "guard", "bodyguard", "soldier", "sergeant", "constable"}
)
#: The harm an attacker does by opening fire, told after it.
_HARM_GERUNDS = frozenset({"killing", "wounding", "injuring"})
#: How many words after "opened fire" its target may stand ("on the gunmen").
_FIRED_ON_WORDS = 4


def attacker_clause(lows: list[str], k: int) -> bool:
    """
    Whether a relative clause at ``k``, right after one person's words, makes
    him the attacker in a sentence where the force of law is named: "who"
    and an attack he did ("Police shot and killed a
    man who opened fire on officers", "a man who they said charged at
    officers", "a man who had stabbed two bystanders"), past what a source
    says and "had"; not "who was shot".
    """
    n = len(lows)
    if k >= n or lows[k] not in ("who", "that") or lx.LAW_NOUNS.isdisjoint(lows):
        return False  # (the force of law shoots him: "Police shot and killed")
    j = k + 1
    while j < min(n, k + _CLAUSE_SKIP) and (
        lows[j] in _CLAUSE_FILLERS or lows[j] in lx.REPORTING_VERBS
    ):
        j += 1
    if j >= n:
        return False
    if lows[j] == "charged":
        return j + 1 < n and lows[j + 1] in ("at", "toward", "towards")
    if lows[j] == "went":
        # "the soldier who went on a 17-hour rampage", "went on a shooting spree"
        return any(w in _RAMPAGE_WORDS for w in lows[j + 1 : j + 1 + _RAMPAGE_REACH])
    return lows[j] in lx.ATTACK_VERBS and lows[j] not in ("killed", "shot")


#: Nouns of an attack one "went on" ("a rampage", "a shooting spree"), and
#: how far after "went" they may stand ("went on a 17-hour rampage").
_RAMPAGE_WORDS = frozenset({"rampage", "spree"})
_RAMPAGE_REACH = 6


#: How far after a death its "by" and the force of law may stand ("was shot
#: dead by a responding officer").
_BY_LAW_REACH = 5


#: How far after the force of law "after" and the attack may stand.
_AFTER_ATTACK_REACH = 4


def killed_by_law(lows: list[str], end: int) -> bool:
    """
    Whether a death ending at ``end`` is told as done "by" the force of law
    ("was shot dead by a responding officer", "shot dead by police").
    """
    n = len(lows)
    if end >= n or lows[end] != "by":
        return False
    return any(lows[j] in lx.LAW_NOUNS for j in range(end + 1, min(n, end + _BY_LAW_REACH)))


def after_attack(lows: list[str], end: int) -> bool:
    """
    Whether "after" and an attack by the one who died follow a death by the
    force of law ("shot dead by police after allegedly stabbing two people").
    """
    n = len(lows)
    for j in range(end, min(n, end + _BY_LAW_REACH + _AFTER_ATTACK_REACH)):
        if lows[j] == "after":
            k = j + 1
            while k < n and lows[k] in _CLAUSE_FILLERS:
                k += 1
            return k < n and lows[k] in lx.ATTACK_GERUNDS
    return False


#: The words before a participle that make its harm one suffered, not done
#: ("was wounded", "had been injured", "and injured").
_PASSIVE_BEFORE = lx.BE_FORMS | frozenset({"and", "or", "left"})

#: The words an object of harm opens with (a number, an article, a possessive).
_OBJECT_OPENERS = NUMBER_STARTERS | lx.POSSESSIVES | frozenset({"a", "an", "the"})

#: How many words may stand between "before" and the one the force of law
#: kills, or its verb ("before armed officers shot him dead").
_BEFORE_LAW_WORDS = 3


def law_ends_attack(lows: list[str], r: Reading) -> bool:
    """
    Whether one person's death is the force of law ending the attack the
    sentence told before it: after harm the sentence's subject did (active,
    no noun of the force of law before it, no "by" after it), "before" and
    the force of law killing him or her ("killing at least 84 people ...
    before the driver was shot dead by police", "killed seven people ...
    before officers shot him dead"; not "before police shot dead a
    bystander": the one named must be "the" one or a pronoun; not "was
    wounded in the leg by rubber bullets before soldiers shot him dead",
    nor "Police fired live rounds, injuring 15 protesters, before officers
    shot him dead": harm he suffered, or the police did).
    """
    if r.number.stated != 1 or r.category is not Category.KILLED:
        return False
    start, end = r.np
    if end - start == 1 and lows[start] in ("him", "her") and start == r.first + 1:
        # active: the force of law right before the verb ("officers shot him dead")
        subject = r.first - 1
        if subject < 0 or lows[subject] not in lx.LAW_NOUNS:
            return False
    elif killed_by_law(lows, r.last) and lows[start] in ("the", "he", "she"):
        subject = start  # passive: "the driver was shot dead by police"
    elif killed_by_law(lows, r.last) and start > 0 and lows[start - 1] == "the":
        subject = start - 1
    else:
        return False
    opener = next(
        (
            k
            for k in range(subject - 1, max(subject - _BEFORE_LAW_WORDS, 0) - 1, -1)
            if lows[k] == "before"
        ),
        None,
    )
    if opener is None:
        return False
    # the first harm told, done by the sentence's subject (active), who is
    # not the force of law, and not done "by" anyone (passive)
    harm = next(
        (k for k in range(opener) if lows[k] in lx.HARM_WORDS or lows[k] in _HARM_GERUNDS), None
    )
    return (
        harm is not None
        and (harm == 0 or lows[harm - 1] not in _PASSIVE_BEFORE)
        # (with its object, people counted: "killed seven", "stabbed a man";
        # not "left 20 people wounded before")
        and harm + 1 < opener
        and (lows[harm + 1] in _OBJECT_OPENERS or lows[harm + 1].isdigit())
        and lx.LAW_NOUNS.isdisjoint(lows[:harm])
        and "by" not in lows[harm:opener]
    )


#: Words between "who" and the attack (a source's words, "had", adverbs).
_CLAUSE_FILLERS = frozenset(
    {"police", "they", "officers", "authorities", "had", "allegedly", "reportedly", "then"}
)


_CLAUSE_SKIP = 6


#: How many words an attacker's noun may stand from its article ("A
#: 23-year-old man").
_SUBJECT_REACH = 5


#: How far after a death its cause may say it was self-inflicted.
_SELF_INFLICTED_REACH = 8


def self_inflicted(lows: list[str], end: int) -> bool:
    """Whether the words after a death at ``end`` call it self-inflicted (a suicide)."""
    window = lows[end : end + _SELF_INFLICTED_REACH]
    return (
        any(w == "inflicted" and j >= 2 and window[j - 2] == "self" for j, w in enumerate(window))
        or "self-inflicted" in window
    )


#: The nouns of one the story suspects ("the suspect was killed").
_SUSPECTS = frozenset({"suspect", "suspects"})


#: The marks of a possessive after a noun ("the kidnappers' youngest captive").
_POSSESSIVE_MARKS = frozenset({"'", "'s", "\u2019", "\u2019s"})


def attacker_reading(lows: list[str], r: Reading, lows_before: list[str]) -> bool:
    """
    Whether a reading of the dead or hurt counts the attacker, a group of
    his own beside the victims (side ``PERPETRATOR_SIDE``): an attacker's
    noun, "the suspect", "he" or "she" for the attacker the sentence or the
    one before opened with, one who opened fire in a relative clause, one
    dead by his own hand, or one shot dead by the force of law after an
    attack of his own ("the gunman was shot dead", "A man has been shot dead
    by police after allegedly stabbing two people").
    """
    return (
        r.head in lx.PERPETRATOR_NOUNS
        # "the suspect was killed in an exchange of gunfire", "one suspect
        # was fatally wounded": the one the story suspects (not "Police
        # killed 32 drug suspects")
        or (
            r.head in _SUSPECTS
            and any(
                k > 0
                and (lows[k - 1] == "the" or (lows[k - 1] in ("a", "one") and r.head == "suspect"))
                and not (k > 1 and lows[k - 2] == "of")
                for k in (r.first, r.np[0])
            )
        )
        # "The gunman killed three people before police shot him dead"
        or (
            r.np[1] - r.np[0] == 1
            and lows[r.np[0]] in ONE_PRONOUNS
            and last_one_person(lows, r.np[0]) in ONE_PERPETRATOR
        )
        # "The gunman, a former employee, killed five co-workers before he was shot"
        or (
            r.np[1] - r.np[0] == 1
            and lows[r.np[0]] in ("he", "she")
            and attacker_subject(lows, r.np[0])
        )
        # "Police shot and killed a man who opened fire on officers"
        or (
            r.number.stated == 1
            and r.category is Category.KILLED
            and attacker_clause(lows, r.np[1])
        )
        # "A man opened fire ..., killing 26 people. He was later found dead"
        or (
            r.np == (0, 1)
            and lows[0] in ("he", "she")
            and r.category is Category.KILLED
            and attacker_alone(lows_before)
        )
        # "He was later found dead of a self-inflicted gunshot wound"
        or (r.number.stated == 1 and self_inflicted(lows, r.last))
        # "One person died: the hijacker, a 34-year-old man ...": the dead
        # named after a colon
        or (
            r.number.stated == 1
            and r.last + 2 < len(lows)
            and lows[r.last] == ":"
            and lows[r.last + 1] in ("the", "a", "an")
            and lows[r.last + 2] in lx.PERPETRATOR_NOUNS
            # (not a possessive: "One hostage died: the kidnappers' youngest captive")
            and not (r.last + 3 < len(lows) and lows[r.last + 3] in _POSSESSIVE_MARKS)
        )
        # "killed seven people ... before officers shot him dead"
        or law_ends_attack(lows, r)
        # "... before he was shot dead by a responding officer", "A man
        # has been shot dead by police after allegedly stabbing two people"
        or (
            r.number.stated == 1
            and r.category is Category.KILLED
            and killed_by_law(lows, r.last)
            and (
                (r.np[1] - r.np[0] == 1 and lows[r.np[0]] in ("he", "she"))
                or after_attack(lows, r.last)
            )
        )
    )
