"""
Who among a document's dead is an attacker (rule 0f): the attacker who dies
by his own hand or is shot dead, one a count of the dead names among them,
and an armed group's dead killed by the forces it attacked; a tally of the
victims leaves them out, one with ``perpetrators=True`` adds them.
"""

from __future__ import annotations

import functools
import re
from collections import defaultdict
from typing import TYPE_CHECKING

import attrs

from conflictfigures import _lexicon as lx
from conflictfigures._aggregation.documents import said_after, said_before, words_in
from conflictfigures._aggregation.results import DATE_TOLERANCE
from conflictfigures.models import Category, Count, Qualifier

if TYPE_CHECKING:
    from collections.abc import Sequence

    from conflictfigures.models import Figure, Span


#: A killing that ends in the killer's own death, told by its kind.
_SELF_KILLING_EVENTS = ("murder-suicide", "murder suicide")
#: The groups of a count that names no one in particular ("2 dead", "three
#: people", "the bodies of four people").
_ANYONE_DEAD = frozenset({"people", "persons", "dead", "killed"}) | lx.BODY_NOUNS
#: The pairs and grown-ups a murder-suicide's count of the dead names, of
#: whom the killer is one ("An elderly couple were found dead in what
#: deputies described as a murder-suicide", "Two men dead in murder-suicide").
_BOTH_OF_THEM = frozenset({"couple", "pair", "men", "women", "adults"})

#: How far after a count of the dead "including the shooter" may stand.
_PERPETRATOR_PART_REACH = 40


def _perpetrator_inside(figure: Figure) -> bool:
    """
    Whether a count of the dead names its attacker among them, in its words
    or right after them: "Four people are dead, including the suspected
    shooter", "Five people, including the gunman, died", "sixteen people
    were dead, the gunman among them"; or a count of no
    one in particular in a sentence telling a murder-suicide ("2 dead in
    apparent murder-suicide"; not "shot his wife and two children in a
    murder-suicide").
    """
    if figure.sentence is None or figure.sentence_span is None:
        return False
    if _tells_self_killing(figure.sentence) and (
        figure.subject is None
        or figure.subject.lower() in _ANYONE_DEAD
        or figure.subject.lower().rsplit(" ", 1)[-1] in _BOTH_OF_THEM
    ):
        return True  # "2 dead in apparent murder-suicide": the killer is one of them
    start = figure.span.start - figure.sentence_span.start
    end = figure.span.end - figure.sentence_span.start
    words = figure.sentence[start : end + _PERPETRATOR_PART_REACH].lower().replace(",", " ")
    after = words.split()
    for i, word in enumerate(after[: len(after) - 1]):
        if word == "among" and after[i + 1].rstrip(".;") == "them":
            # "sixteen people were dead, the gunman among them"
            return not lx.PERPETRATOR_NOUNS.isdisjoint(after[max(0, i - 2) : i])
        if word.lstrip("(") in ("including", "incl."):
            # "including the suspected shooter", "9 dead including bomber"
            rest = after[i + 1 : i + 4]
            if rest and rest[0] in ("the", "a", "one"):
                rest = rest[1:]
            if rest and rest[0] == "suspected":
                rest = rest[1:]
            return (
                bool(rest) and rest[0].rstrip(".;)") in lx.PERPETRATOR_NOUNS
            )  # (not "the gunman's wife")
    return False


#: Words by which a later sentence puts the attacker among the dead counted
#: before ("the suspected shooter ... was among the dead").
_AMONG_THE_DEAD = ("among the dead", "among those killed", "among those found dead")


def _named_among_the_dead(figure: Figure) -> bool:
    """
    Whether a dead attacker's own sentence puts him among the dead counted
    before it ("Investigators said the suspected shooter, a 39-year-old man
    who lived in the home, was among the dead").
    """
    return (
        figure.side == lx.PERPETRATOR_SIDE
        and figure.category is Category.KILLED
        and _puts_among_the_dead(figure.sentence or "")
    )


#: How many sentences the tests below keep their answers for (a long
#: sentence of many figures asks again and again, and stays linear).
_SENTENCES_HELD = 256


@functools.lru_cache(maxsize=_SENTENCES_HELD)
def _tells_self_killing(sentence: str) -> bool:
    """Whether a sentence tells a murder-suicide (:data:`_SELF_KILLING_EVENTS`)."""
    lowered = sentence.lower()
    return any(kind in lowered for kind in _SELF_KILLING_EVENTS)


@functools.lru_cache(maxsize=_SENTENCES_HELD)
def _puts_among_the_dead(sentence: str) -> bool:
    """Whether a sentence puts someone among the dead (:data:`_AMONG_THE_DEAD`)."""
    lowered = sentence.lower()
    return any(words in lowered for words in _AMONG_THE_DEAD)


def _counts_its_attacker(figures: list[Figure], parts: Sequence[Figure] = ()) -> dict[int, int]:
    """
    The counts of the dead that hold their attackers, by id, with how many
    they hold: one that names him in its words ("Four people are dead,
    including the suspected shooter": 1); the whole a part names attackers
    of ("At least 38 people were killed, including four assailants": 4;
    ``parts``, the figures' parts); a document's first count of the dead
    before a sentence that puts him among them ("four people were found
    dead ... the suspected shooter ... was among the dead": 1).
    """
    found = {id(f): 1 for f in figures if f.category is Category.KILLED and _perpetrator_inside(f)}
    attackers = [
        f
        for f in (*figures, *parts)
        if f.category is Category.KILLED
        and (_named_among_the_dead(f) or (f.part_of is not None and _attacker_part(f)))
    ]
    if not attackers:
        return found
    # Each document's counts of the dead, in order, and by their words'
    # span, looked up per attacker (not the whole corpus scanned for each one).
    counts: dict[object, list[Figure]] = defaultdict(list)
    by_span: dict[tuple[object, Span], Figure] = {}
    for f in figures:
        if f.category is Category.KILLED and f.side != lx.PERPETRATOR_SIDE and f.part_of is None:
            counts[f.source].append(f)
            by_span.setdefault((f.source, f.span), f)
    for attacker in attackers:
        whole = (
            by_span.get((attacker.source, attacker.part_of))
            if attacker.part_of is not None
            else None
        )
        if whole is None and _named_among_the_dead(attacker):
            # (the first count before the sentence that puts him among them;
            # not a part of the attackers' own count: "All six attackers
            # were killed: one blew himself up ...")
            whole = next(
                (f for f in counts.get(attacker.source, ()) if f.span.start < attacker.span.start),
                None,
            )
        if whole is not None and not _of_armed_men(whole):
            # (the most any one telling names: "including four assailants
            # ... the four attackers were among the dead" are four, not eight)
            found[id(whole)] = max(found.get(id(whole), 0), attacker.count.stated or 1)
    return found


def _of_armed_men(whole: Figure) -> bool:
    """
    Whether a count of the dead counts an armed group's men, whose attackers
    among them are no victims apart ("Troops killed 30 terrorists, including
    three suicide bombers").
    """
    words = (whole.subject or "").lower().split()
    # (not a state's forces: "Twelve soldiers were killed, including two attackers")
    return bool(words) and (words[-1] in lx.ARMED_GROUP_WORDS or words[-1] in lx.PERPETRATOR_NOUNS)


def _attacker_part(part: Figure) -> bool:
    """
    Whether a part of the dead names attackers inside its whole ("including
    four assailants"; not "rose to 63 - excluding the bomber", told apart).
    """
    if part.count.stated is None:
        return False  # ("including dozens of attackers": how many, untold)
    words = (part.subject or "").lower().split()
    named = part.side == lx.PERPETRATOR_SIDE or (bool(words) and words[-1] in lx.PERPETRATOR_NOUNS)
    return named and _EXCLUDING.isdisjoint(said_before(part, _EXCLUDED_REACH, words=False).split())


#: Words that tell a part left out of its whole ("excluding the bomber").
_EXCLUDING = frozenset({"excluding", "except", "besides", "plus"})
#: How far before a part such a word may stand.
_EXCLUDED_REACH = 24


def _bodies_with_the_killer(figures: list[Figure]) -> set[int]:
    """
    The ids of the counts of no one in particular ("five bodies", "five
    dead", "the bodies of all five", "the remains of all five") one more
    than an exact count of victims told before them, in a document whose
    attacker killed himself: the victims and the killer
    ("shot and killed his wife and three of their children ... before
    turning the gun on himself. ... Officers found five bodies": 4 victims).
    """
    self_killed = {
        f.source
        for f in figures
        if f.side == lx.PERPETRATOR_SIDE and f.category is Category.KILLED and _by_own_hand(f)
    }
    if not self_killed:
        return set()
    found: set[int] = set()
    victims: dict[object, set[int]] = defaultdict(set)  # each document's victim counts so far
    for f in figures:
        if (
            f.source not in self_killed
            or f.category is not Category.KILLED
            or f.side == lx.PERPETRATOR_SIDE
            or f.count.qualifier is not Qualifier.EXACT
            or f.count.stated is None
        ):
            continue
        if (f.subject or "").lower() in _ANYONE_DEAD and f.count.stated - 1 in victims[f.source]:
            found.add(id(f))
        elif f.part_of is None:
            victims[f.source].add(f.count.stated)
    return found


def victims_only(figures: list[Figure], parts: Sequence[Figure] = ()) -> list[Figure]:
    """
    Rule 0f, for a tally of the victims (attackers kept apart): a count of
    the dead that names its attacker among them ("Four people are dead,
    including the suspected shooter"), or that a later sentence puts him
    among ("... the suspected shooter ... was among the dead"), or a count
    of bodies one more than the victims of a killer who killed himself
    (:func:`_bodies_with_the_killer`), counts one fewer; an exact count only.
    """
    holding = _counts_its_attacker(figures, parts)
    for key in _bodies_with_the_killer(figures):
        holding[key] = max(holding.get(key, 0), 1)
    return [
        attrs.evolve(f, count=_fewer(f.count, holding[id(f)]))
        if f.category is Category.KILLED
        and f.side != lx.PERPETRATOR_SIDE
        and f.count.stated is not None
        and id(f) in holding
        and f.count.stated > holding[id(f)]
        else f
        for f in figures
    ]


def _fewer(count: Count, held: int) -> Count:
    """
    A count with ``held`` people fewer, its qualifier kept ("At least 15
    people were killed ... Among the dead are the bomber and a police
    officer": at least 14 victims).
    """
    stated = count.stated or 0
    if count.qualifier is Qualifier.EXACT:
        return Count.exact(stated - held)
    return attrs.evolve(
        count,
        stated=stated - held,
        low=max(0, count.low - held),
        high=None if count.high is None else max(0, count.high - held),
        stated_high=None if count.stated_high is None else count.stated_high - held,
    )


def attackers_counted(figures: list[Figure], parts: Sequence[Figure] = ()) -> list[Figure]:
    """
    Rule 0f, for a tally with the attackers: the dead attackers of a
    document whose count of the dead already holds him are no further
    people ("3 dead in apparent murder-suicide" ... "before killing
    himself": 3 in all; ``parts``, the figures' parts, may put him among
    the dead).
    """
    holding = _counts_its_attacker(figures, parts)
    if not holding:
        return figures
    inside = {f.source for f in figures if id(f) in holding}
    return [
        f
        for f in figures
        if not (
            f.side == lx.PERPETRATOR_SIDE
            and f.category is Category.KILLED
            and f.source in inside
            # (not more of them: "Kenyan forces said they had killed two more gunmen")
            and _FURTHER.isdisjoint(f.surface.lower().split())
        )
    ]


#: Words that tell attackers beyond those a count of the dead holds.
_FURTHER = lx.FURTHER_WORDS


def perpetrators_apart(figures: list[Figure]) -> set[int]:
    """
    Rule 0f, for a tally with the attackers: the ids of the dead attackers
    ("Two of the attackers were killed by soldiers") to be added to the
    victims, never read as rival reports of them ("killed 9 civilians"), in
    the documents with no count that already names its attacker among its
    dead ("Five people, including the gunman, died"): there he is inside.
    One who killed himself is left to the claims, as before: the dead found
    may be counted with him.
    """
    holding = _counts_its_attacker(figures)
    inside = {f.source for f in figures if id(f) in holding}
    dead = [
        f
        for f in figures
        if f.side == lx.PERPETRATOR_SIDE
        and f.category is Category.KILLED
        and f.source not in inside
    ]
    # (one who killed himself joins them where others are set apart: "the
    # suspect ... died after shooting himself" is one attacker told twice)
    apart = {f.source for f in dead if not _by_own_hand(f)}
    return {id(f) for f in dead if f.source in apart}


def _by_own_hand(figure: Figure) -> bool:
    """
    Whether a dead attacker killed himself ("before killing herself", "took
    his own life"): a count of the dead found may hold him ("A woman and her
    two young children were found dead ... before killing herself" are 3).
    """
    words = figure.surface.lower().split()
    return (
        not lx.REFLEXIVES.isdisjoint(words)
        or "own" in words
        # "found a 52-year-old man dead from a self-inflicted gunshot wound"
        or "self-inflicted" in (figure.sentence or "").lower()
    )


#: The words of those who attack: an armed group's members, and those a
#: crime's report names by their deed ("four suspects were fatally wounded"
#: in a shootout with police after a heist, "the robbers").
_ATTACKER_WORDS = lx.ARMED_GROUP_WORDS | lx.ESCAPING_NOUNS


def armed_group(figure: Figure) -> bool:
    """
    Whether a figure counts the members of an armed group or those a
    crime's report names by their deed ("six insurgents", "four suspects";
    a group in scare quotes, which has no subject, by its words: 'killed four
    "terrorists"').
    """
    words = figure.subject if figure.subject is not None else figure.surface
    return not _ATTACKER_WORDS.isdisjoint(words_in(words))


def _victims(figure: Figure) -> bool:
    """
    Whether a figure counts someone killed or hurt outside an armed group,
    or taken by attackers ("abducted six members of a family").
    """
    return (
        (figure.category in lx.HARM_CATEGORIES or _abducted(figure))
        and figure.side != lx.PERPETRATOR_SIDE
        and figure.count.stated != 0
        and not armed_group(figure)
    )


def _abducted(figure: Figure) -> bool:
    """Whether a figure counts people taken by attackers (`lx.ABDUCTION_WORDS` in its words)."""
    return figure.category is Category.DETAINED and not lx.ABDUCTION_WORDS.isdisjoint(
        figure.surface.lower().split()
    )


def _law_killed_beside(lead: Figure, f: Figure) -> bool:
    """
    Whether an armed group's dead ``f`` are told in an abduction's sentence
    (``lead``), killed by the force of law named between the two ("abducted
    six people ... during a gunfight in which security forces killed 10
    suspected militants"; not "Bandits abducted 20 villagers and killed
    three community leaders").
    """
    if f.sentence_span != lead.sentence_span or f.sentence is None or f.sentence_span is None:
        return False
    between = f.sentence[
        lead.span.end - f.sentence_span.start : f.span.start - f.sentence_span.start
    ]
    words = between.lower().replace(",", " ").split()
    return not (lx.LAW_NOUNS.isdisjoint(words) and lx.FORCE_WORDS.isdisjoint(words))


def _same_day(a: Figure, b: Figure) -> bool:
    """Whether two figures may tell one day's incident (either undated, or a day apart)."""
    return a.date is None or b.date is None or abs(a.date - b.date) <= DATE_TOLERANCE


#: A relative clause right after an armed group's dead that tells they
#: attacked ("killed 70 al-Shabaab fighters who attacked a military base",
#: "gunmen who had stormed the hotel").
_ATTACKED_RE = re.compile(
    r"\s*,?\s*(?:who|that)\s+(?:had\s+)?(?:tried\s+to\s+)?"
    r"(?:attack|attacked|storm|stormed|raid|raided|ambush|ambushed|assault|assaulted)\b"
)
#: How far after a figure's words the clause of their attack is read.
_ATTACKED_REACH = 40


def _attacked(figure: Figure) -> bool:
    """
    Whether a count of an armed group's dead (or of fighters) tells, right
    after its words, that they attacked ("killed 70 fighters who attacked a
    military base").
    """
    words = words_in(figure.subject if figure.subject is not None else figure.surface)
    return (
        figure.category is Category.KILLED
        # (fighters too: the clause tells which side they are on)
        and not (_ATTACKER_WORDS.isdisjoint(words) and lx.FIGHTER_WORDS.isdisjoint(words))
        and _ATTACKED_RE.match(said_after(figure, _ATTACKED_REACH)) is not None
    )


def armed_dead_apart(figures: list[Figure], told: Sequence[Figure] = ()) -> list[Figure]:
    """
    Rule 0h, for a tally of the victims: in a document whose first count of
    the dead, hurt or abducted is of the victims of an attack ("Gunmen killed
    at least 20 civilians ...", "Seven soldiers were killed in an ambush by
    guerrillas", "Armed militants abducted six members of a family": then
    only the dead the force of law killed in the abduction's own sentence),
    an armed group's dead ("Soldiers later killed 'about ten terrorists' in
    pursuit operations", "Two guerrillas died in the ensuing
    combat") are attackers, set apart like a gunman shot dead. A document
    that leads with the group's dead (an operation's report: "the security
    force killed three insurgents") keeps them: they are its incident; so
    does one whose group's dead are told on another day than the victims
    (another incident), unless the words right after the dead tell their
    attack and the document counts victims too ("killed 70 fighters who
    attacked a military base ... seven soldiers had been killed"). The lead
    is read among ``told``, the document's figures before any was dropped,
    when given (a count its source gave up still tells whom the story is
    about).
    """
    leads: dict[object, Figure] = {}
    for f in told or figures:
        if (
            (f.category in lx.HARM_CATEGORIES or _abducted(f))
            and f.count.stated != 0
            and not f.part_of
        ):
            # (the document's first, in whatever order the figures come)
            seen = leads.get(f.source)
            if seen is None or f.span.start < seen.span.start:
                leads[f.source] = f
    victims = {source for source, f in leads.items() if _victims(f)}
    # (a document that counts victims besides: the attackers' dead whose
    # clause tells their attack are set apart whatever it leads with,
    # "Somalia's army says it killed 70 fighters who attacked a military
    # base ... seven soldiers had been killed")
    counted = {f.source for f in told or figures if _victims(f) and not _attacked(f)}
    if not victims and not counted:
        return figures
    return [
        attrs.evolve(f, side=lx.PERPETRATOR_SIDE)
        if f.category is Category.KILLED
        and f.side != lx.PERPETRATOR_SIDE
        and (
            (
                f.source in victims
                and armed_group(f)
                and _same_day(f, leads[f.source])
                # (after an abduction, only the dead of its own sentence: "abducted
                # six people ... during a gunfight in which security forces killed
                # 10 suspected militants"; not a later operation's)
                and (not _abducted(leads[f.source]) or _law_killed_beside(leads[f.source], f))
            )
            or (f.source in counted and _attacked(f))
        )
        else f
        for f in figures
    ]
