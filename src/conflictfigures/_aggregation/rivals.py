"""
Rival reports told apart: a count a document sets against an earlier one
with a word of contrast, from a source of its own ("Police said four people
were killed. Residents, however, said at least seven bodies were found";
"the army acknowledged the loss of about 20 soldiers, while JNIM claimed to
have killed 107"), is another report of the same people, not more people.
It joins the earlier count's claim (its group, day, place and side), where
the claim's rival sources are estimated as one under the estimate policy
(rule 1a).  So does a later sentence's count of anyone ("people", "bodies",
"dead") from another source with no word of contrast, whatever group the
earlier count names, when it tells no other day or place and no more
people ("killing 17 ..., according to the RSF. Emergency Lawyers said it
had counted no fewer than 23 dead").
"""

from __future__ import annotations

import itertools
import re
import string
from collections import defaultdict, deque
from typing import TYPE_CHECKING

import attrs

from conflictfigures import _lexicon as lx
from conflictfigures._aggregation.anaphora import one_by_name
from conflictfigures._aggregation.another_incident import (
    INCIDENT_AFTER_REACH,
    names_another_incident,
    told_elsewhere,
)
from conflictfigures._aggregation.attackers import armed_group
from conflictfigures._aggregation.documents import (
    SEPARATE_BEFORE,
    figures_of_other_kinds,
    head_word,
    of_a_few_days,
    said_after,
    said_before,
    says_separate,
    unrecovered_dead,
)
from conflictfigures._aggregation.rival_frames import (
    CONTRAST,
    CONTRAST_REACH,
    dated_rival,
    days_agree,
    different_sides,
    enemy_named,
    name_words,
    own_side_named,
    share_alone,
    sides_named,
    two_sources,
)
from conflictfigures._aggregation.sightings import sighting
from conflictfigures._aggregation.weighed import rejects, set_toll
from conflictfigures.models import Category

if TYPE_CHECKING:
    from collections.abc import Sequence

    from conflictfigures.models import Figure, Source, Span

__all__ = ["different_sides", "name_words", "rival_sources", "rivals_joined"]


def _same_people(a: Figure, b: Figure) -> bool:
    """
    Whether two counts' groups may be the same people ("people" and "bodies";
    never two sides' men: "105 Armenian servicemembers", "71 of its soldiers").
    """
    if a.side is not None and b.side is not None and a.side != b.side:
        return False
    if own_side_named(a, b) or own_side_named(b, a):
        return False
    ha, hb = head_word(a), head_word(b)
    return (
        not ha or not hb or _same_group(ha, hb) or ha in lx.ANYONE_GROUPS or hb in lx.ANYONE_GROUPS
    )


def _same_group(a: str, b: str) -> bool:
    """
    Whether two head nouns name the same group ("officers" and "policemen"),
    or armed men and a name their enemy gives them ("200 Russian soldiers
    have been killed ... fighters had killed more than 1,000 occupiers").
    """
    return (
        a == b
        or any(a in family and b in family for family in lx.SAME_GROUP_FAMILIES)
        or (a in lx.ENEMY_NAMES and b in lx.ARMED_WORDS)
        or (b in lx.ENEMY_NAMES and a in lx.ARMED_WORDS)
    )


def _rival(earlier: Figure, later: Figure) -> bool:
    return (
        earlier.category is later.category
        and earlier.part_of is None
        # (a toll with no period is an incident's count a set toll rivals:
        # "rose to 86, officials said ... Community leaders put the toll at 93")
        and (
            not earlier.cumulative
            # (a set toll of one incident and another source's count of its
            # dead: "Police put the death toll at 125, ... while residents
            # ... said more than 300 had died")
            or earlier.period is None
            # (a compared toll of the same day: "... on Sunday, when 3 people
            # were shot dead" is no toll of Saturday's shootings)
            or (compared_toll(later) and days_agree(earlier, later))
            # (the other side's name for the same men, against a toll of a
            # few days' fighting: "200 soldiers have been killed in three
            # days ... fighters had killed more than 1,000 occupiers")
            or (
                enemy_named(later)
                and of_a_few_days(earlier)
                # (not a source of the earlier's own side, whose enemy is
                # the other side: "a Ukrainian commander said ... occupiers")
                and (
                    later.claimed_by is None
                    or earlier.side not in sides_named(name_words(later.claimed_by))
                )
            )
        )
        and later.claimed_by is not None
        # (the writer's own count, no source named, and a source's after it
        # are rival tellings too: "98 people had been killed. Survivors put the
        # toll at more than 200")
        and (
            two_sources(earlier.claimed_by, later.claimed_by)
            if earlier.claimed_by is not None
            # (but not a toll of a scope of its own: "A suicide bomber killed
            # 14 people at a checkpoint. The UN put the number of civilians
            # killed in the province at 120")
            else later.location is None and not _scoped(later.surface)
        )
        and _same_people(earlier, later)
    )


def _scoped(surface: str) -> bool:
    """
    Whether a count's words name a scope of their own by a unit of the map
    or a country ("the number of civilians killed in the province",
    "across the country").
    """
    words = surface.lower().split()
    return any(
        a in ("in", "across", "throughout")
        and b == "the"
        and (c in lx.PLACE_UNIT_NOUNS or c == "country")
        for a, b, c in zip(words, words[1:], words[2:], strict=False)
    )


#: Words that make a later count more people, or another matter: no rival.
_MORE_OR_ELSE = lx.FURTHER_WORDS | {"also", "separate"} | lx.TOPIC_SHIFTS


def _another_telling(earlier: Figure, later: Figure) -> bool:
    """
    Whether a later sentence's count is another source's telling of the
    earlier count, with no word of contrast ("Villagers have recovered 52
    bodies, a civil society leader said ... The army spokesman said 43
    civilians had been killed"; "left 16 inmates dead ... The ombudsman said
    his office had counted 19 bodies"): its own sentence, a group of anyone's
    (whatever group the earlier names), the same day and place where both
    tell one, and no word of more people or another matter before or in its
    words ("three more", "Separately").
    """
    if later.sentence_span is None or later.sentence_span == earlier.sentence_span:
        return False
    if lx.PERPETRATOR_SIDE in (earlier.side, later.side):
        return False  # an attacker's own death is no count of his victims
    if armed_group(earlier) and not armed_group(later):
        # "All 33 terrorists involved in the attack were killed ... Of the 26
        # martyred, 18 were personnel of the army": the attackers' dead are
        # no count of anyone else's
        return False
    if (
        (later_head := head_word(later))
        and later_head not in lx.ANYONE_GROUPS
        and not _same_group(later_head, head_word(earlier))
    ):
        # ("nine of its paramedics": a group of its own, perhaps more; but the
        # same group named again is the same people: "at least 30 soldiers
        # ... were killed. JNIM claimed to have killed 'about 50' soldiers")
        return False
    if not days_agree(earlier, later):
        return False
    if not _places_agree(earlier, later):
        return False
    # (not the "more" of a qualifier: "put the number of dead at more than 30";
    # nor "later" before a verb of telling: "UNAMA later said 53 people were
    # killed and 110 wounded", a later telling, no later matter; but "also"
    # before a group of its own tells more: "Three soldiers were killed ...
    # Police also said two civilians were killed")
    said = _without_later_telling(
        _words_of_further(said_before(later, CONTRAST_REACH, words=True)),
        said_after(later, INCIDENT_AFTER_REACH).split(),
        own_group=bool(later_head)
        and later_head not in lx.NO_KIND_HEADS
        and not _same_group(later_head, head_word(earlier)),
        earlier=earlier,
        later=later,
    )
    if not _MORE_OR_ELSE.isdisjoint(said):
        return False
    # (nor an onlooker's sight of bodies of another place or incident: "In a
    # nearby hamlet, reporters counted six bodies after another raid")
    if sighting(later) and names_another_incident(
        (later.sentence or "").lower().split(), 0, (earlier, later)
    ):
        return False
    # (a count its sentence tells the rest of is a part: "four bodies had
    # been retrieved ... while rescue teams were still trying to reach the
    # other five")
    words = (later.sentence or "").lower().split()
    return not any(a == "the" and b in lx.REST_WORDS for a, b in itertools.pairwise(words))


def _without_later_telling(
    words: list[str],
    after: Sequence[str] = (),
    *,
    own_group: bool = False,
    earlier: Figure | None = None,
    later: Figure | None = None,
) -> list[str]:
    """
    The words less an adverb that qualifies a telling, not its count: a
    "later" right before or after a verb of telling or of setting a toll
    ("UNAMA later said 53 people were killed", "Police said later that",
    "the NUG later put the number at 168", "survivors later listed 53
    victims"): a later telling, no later matter.  So are "also" beside such
    a verb and an opening "Later," or "Also," before one ("Police also said
    that 45 people were killed", "Later, police said 45 people were killed
    in the attack": the one incident told again, review 62), unless the
    clause, with the words ``after`` its count, names an incident of its own
    (:func:`names_another_incident`: "Police also reported 12 people killed
    in a shooting", "Later, police said 12 people were killed when a second
    bomb exploded": more, review 61; its place or day read after the verb
    of telling, against the ``earlier`` count's when the ``later`` one's
    is told), or its count names a group of its own (``own_group``: "Police
    also said two civilians were killed" after three soldiers).
    """
    n = len(words)

    def telling(k: int) -> bool:
        return 0 <= k < n and words[k].strip(",") in lx.COUNT_TELLING_VERBS

    def told_from(i: int) -> int:
        """Where the words told by the verb beside an adverb at ``i`` start (0: no verb)."""
        if telling(i + 1):
            return i + 2
        if telling(i - 1):
            return i + 1
        opening = range(1, min(n, _OPENING_TELLING_REACH)) if i == 0 else ()
        return next((k + 1 for k in opening if telling(k)), 0)

    def qualifies(i: int, w: str) -> bool:
        return w in _SPEECH_ADVERBS and told_from(i) > 0

    qualified = [i for i, w in enumerate(words) if qualifies(i, w.strip(","))]
    if not qualified:
        return words
    # (the clause is read for its incident once, however many adverbs it holds)
    another = own_group or names_another_incident(
        [*words, *after], told_from(qualified[0]), (earlier, later)
    )
    dropped = {
        i
        for i in qualified
        if not another or (words[i].strip(",") == "later" and (telling(i + 1) or telling(i - 1)))
    }
    return [w for i, w in enumerate(words) if i not in dropped]


#: Adverbs that may qualify a source's telling, not its count (not
#: "separately", which tells another matter: "Police separately said ...").
_SPEECH_ADVERBS = frozenset({"later", "also"})
#: How far into its clause an opening adverb's telling verb may stand ("Later, police said").
_OPENING_TELLING_REACH = 5


def rivals_joined(figures: list[Figure]) -> list[Figure]:
    """
    The figures, each count a document sets against an earlier count of its
    category with a word of contrast ("however", "but", "while", "whereas",
    "disputed", "contradicting") from a source of its own made a report of
    the earlier count's people: its group, day, place, period and side.
    """
    out = list(figures)
    # (document, category) -> the indices of its last few counts, and of its
    # last few counts of more than one, latest last
    last: dict[tuple[object, object], deque[int]] = {}
    several: dict[tuple[object, object], deque[int]] = {}
    # (and of its last few counts of more than one, whatever their period:
    # the counts a compared toll rivals, "has killed 37 people since
    # Saturday ... gave a lower toll of more than 30 dead")
    any_total: dict[tuple[object, object], deque[int]] = {}
    for i, f in enumerate(figures):
        key = (f.source, f.category)
        compared = f.cumulative and compared_toll(f)  # (read once a figure)
        # (a side's name for the men it fights rivals the other side's toll
        # of a few days' fighting: "have been killed in three days")
        enemy = enemy_named(f) and of_a_few_days(f)
        # (a toll a source sets rivals a count of several: "killing 15
        # soldiers and 4 civilian drivers, the army said. A security source
        # ... put the number of dead at 'more than 30'"; not one more death)
        earlier = (
            any_total.get(key)
            if enemy
            else (any_total.get(key) if compared else several.get(key))
            if f.cumulative
            else last.get(key)
        )
        # the latest earlier count of the same people, past counts of other
        # groups between ("killing seven officers ... 12 insurgents were
        # killed ... the Taliban claimed it had killed 15 policemen"), if
        # this one rivals it
        j = (
            next(
                (
                    j
                    for j in reversed(earlier)
                    if _same_people(figures[j], f) and not _fate_of_hurt(figures[j])
                ),
                None,
            )
            if earlier
            and f.part_of is None
            and (
                not f.cumulative
                or set_toll(f)
                or (compared and of_a_few_days(f))
                or enemy
                or dated_rival(f)
            )
            else None
        )
        weighed = j is not None and _weighed_report(figures[j], f)
        if j is not None and not (weighed or _rivals(figures[j], f)):
            j = None
        if j is None and earlier and f.part_of is None:
            # "Officials rejected claims by residents that more than 100 people
            # had died, insisting the toll stood at 23": the claims' rival
            j = next((m for m in reversed(earlier) if rejects(figures[m], f)), None)
        if j is not None:
            e = out[j]
            out[i] = attrs.evolve(
                f,
                subject=e.subject,
                date=e.date,
                location=e.location,
                period=e.period,
                side=e.side,
                cumulative=e.cumulative,
                # (a weighed report speaks for the reports it names, not for
                # the statement that weighs it)
                claimed_by=_reports_named(f) if weighed else f.claimed_by,
            )
            continue
        if f.part_of is None and (
            not f.cumulative
            # (or a toll of one incident a source set, which another source's
            # count of its dead rivals: "Police put the death toll at 125,
            # ... while residents ... said more than 300 had died")
            or (f.period is None and set_toll(f))
        ):
            last.setdefault(key, deque(maxlen=_RIVALS_KEPT)).append(i)
        if (
            f.part_of is None
            and (not f.cumulative or f.period is None)
            and (f.count.stated is None or f.count.stated > 1)
        ):
            several.setdefault(key, deque(maxlen=_RIVALS_KEPT)).append(i)
        if (
            f.part_of is None
            and (f.count.stated is None or f.count.stated > 1)
            and of_a_few_days(f)
        ):
            any_total.setdefault(key, deque(maxlen=_RIVALS_KEPT)).append(i)
    return out


def _places_agree(a: Figure, b: Figure) -> bool:
    """
    Whether two counts tell no two different places: a name and the name
    with a noun of its unit are one ("in Kabul", "in Kabul province").
    """
    return a.location is None or b.location is None or _named(a.location) == _named(b.location)


def _named(location: str) -> str:
    """A place's name without the noun of its unit after it ("Kabul province": "Kabul")."""
    name, _, noun = location.rpartition(" ")
    if name[-1:].isalpha() and name.split()[-1][:1].isupper() and noun.lower() in _UNIT_NOUNS:
        return name
    return location


def _named_or_none(location: str | None) -> str | None:
    """A place's name as :func:`_named` reads it, or ``None`` for none."""
    return None if location is None else _named(location)


#: Nouns of a unit of the map after its name ("Kabul province"; not "border").
_UNIT_NOUNS = lx.PLACE_NOUNS - {"border", "region's"}


def _fate_of_hurt(f: Figure) -> bool:
    """
    Whether a count is of the hurt, named so, in another state ("several of
    the wounded died"): no count of the people a rival's count may report
    ("'We now have 30 dead'").
    """
    return f.category is not Category.WOUNDED and (
        lx.STATE_GROUPS.get(head_word(f)) is Category.WOUNDED
    )


#: How many earlier counts of a kind a later one may rival.
_RIVALS_KEPT = 3


#: Words right before a count that make it a report a statement weighs
#: ("dismissing reports of 2,000 dead", "denied claims that 300 were killed").
_REPORTED = ("reports of ", "reports that ", "claims of ", "claims that ", "rumours of ")
#: How far before a count's words such words may stand.
_REPORTED_REACH = 24
#: How far after a weighed report a word of more people is looked for.
_REPORTED_AROUND = 40


def _weighed_report(earlier: Figure, f: Figure) -> bool:
    """
    Whether ``f`` is a report another statement weighs, right after it names
    "reports of" or "claims that" ("no more than 150 people were killed ...,
    dismissing reports of 2,000 dead"): a rival telling of the earlier count's
    people, whoever relays it.
    """
    return (
        earlier.category is f.category
        and earlier.part_of is None
        and not earlier.cumulative
        and _same_people(earlier, f)
        and _places_agree(earlier, f)
        and any(w in said_before(f, _REPORTED_REACH, words=False) for w in _REPORTED)
        # (no more people around it: "There were also reports of 12 people
        # killed in a separate attack")
        and _MORE_OR_ELSE.isdisjoint(
            _words_of_further(
                said_before(f, _REPORTED_REACH, words=True) + " " + said_after(f, _REPORTED_AROUND)
            )
        )
    )


def _reports_named(f: Figure) -> str:
    """The word that names the reports a weighed count is ("reports", "claims")."""
    said = said_before(f, _REPORTED_REACH, words=False)
    return max(_REPORTED, key=said.rfind).split()[0]


def _words_of_further(text: str) -> list[str]:
    """A text's words, lower-cased, without the "more" of a qualifier ("more than 200")."""
    words = text.lower().replace(",", " ").split()
    return [
        w
        for w, nxt in itertools.zip_longest(words, words[1:])
        if not (w == "more" and nxt == "than")
    ]


def _rivals(earlier: Figure, f: Figure) -> bool:
    """
    Whether ``f`` is another source's report of the ``earlier`` count (a
    weighed report, :func:`_weighed_report`, is tested apart).
    """
    return (
        _rival(earlier, f)
        # (one person named by name is no count of several: "Damien
        # Sanderson, 31, was found dead ... Ten people were killed")
        and not (one_by_name(earlier) and (f.count.low or 0) > 1)
        # (more people are no one's rival: "two more victims died ...
        # Twelve people died at the scene" are not one count told twice;
        # nor "nine of the victims died on the spot while two others
        # succumbed")
        and _MORE_OR_ELSE.isdisjoint(_further_words(earlier))
        and _MORE_OR_ELSE.isdisjoint(_words_of_further(f.surface))
        # (nor the dead still under the rubble, beyond those counted)
        and not unrecovered_dead(f)
        # (nor a count of another place: "killed at least 17 civilians in
        # Nyala ..., while the army accused the RSF of firing on a market in
        # Omdurman where five people died")
        and _places_agree(earlier, f)
        and (
            any(w in said_before(f, CONTRAST_REACH, words=False) for w in CONTRAST)
            or _beside_semicolon(earlier, f)
            or _another_telling(earlier, f)
            or share_alone(earlier, f)
            or ((_attackers_claim(f) or compared_toll(f)) and days_agree(earlier, f))
        )
    )


#: How far after a count its words of a total or another matter are read.
_AFTER_REACH = 40
#: Words that make a count the total of what was told ("overall", "in all").
_TOTAL_WORDS = frozenset({"overall", "total", "altogether", "all"})
#: A place named by a preposition and a capitalized word ("in Kaduna").
_PLACE_NAMED_RE = re.compile(r"\b(?:in|at|near|outside)\s+[A-Z]")


def _beside_semicolon(earlier: Figure, f: Figure) -> bool:
    """
    Whether a semicolon sets ``f`` beside the ``earlier`` count in their one
    sentence, each with its own source ("The government announced 134 dead
    and 55 injured; the Fulani association said 157 people had been
    killed"): a rival account, as after "while".
    """
    if (
        f.sentence is None
        or f.sentence_span is None
        or f.sentence_span != earlier.sentence_span
        or earlier.span.end > f.span.start
    ):
        return False
    start = f.sentence_span.start
    between = f.sentence[earlier.span.end - start : f.span.start - start]
    if ";" not in between:
        return False
    # (not a count of another place: "12 people were killed in Kano; in
    # Kaduna, officials said 20 people were killed"; nor of another matter,
    # of another group, or a total: "...; residents said 31 people were
    # killed on Sunday in a separate raid", "three officers ...; 12
    # civilians", "...; the morgue said 55 people had been killed overall";
    # the days may differ, rival counts being told on days of their own)
    semicolon = earlier.span.end - start + between.rindex(";")
    end = f.span.end - start
    later = f.sentence[semicolon:end]
    # (the "more" of a qualifier after it is no more people: "lists of 271
    # killed and more than 250 missing")
    told_after = _words_of_further(f.sentence[end : end + _AFTER_REACH].replace(".", " "))
    after = set(told_after)
    # (not "later" before a verb of telling: "the NUG later put the number at 168")
    words = set(
        _without_later_telling(
            later.lower().replace(",", " ").split(), told_after, earlier=earlier, later=f
        )
    )
    ha, hb = head_word(earlier), head_word(f)
    return (
        _PLACE_NAMED_RE.search(later) is None
        and _MORE_OR_ELSE.isdisjoint(words | after)
        and _TOTAL_WORDS.isdisjoint(after)
        and (not ha or not hb or _same_group(ha, hb) or lx.ANYONE_HEADS & {ha, hb} != set())
    )


#: Words of the dead before "others" that make them others than the dead
#: ("killing at least 19 people and wounding 27 others"), no further people.
_DEAD_BEFORE = frozenset({"killing", "killed", "dead", "died"})
#: How many characters before a count its dead may stand.
_DEAD_BEFORE_REACH = 80


def _further_words(f: Figure) -> set[str]:
    """
    A count's own words, less "others" when it counts the hurt beside the
    dead told right before it ("killing at least 19 people and wounding 27
    others": others than the dead, no more people), and less the "more" of
    a qualifier ("more than 138 people were injured": no more people).
    """
    words = set(_words_of_further(f.surface))
    if (
        "others" in words
        and f.category is Category.WOUNDED
        and not _DEAD_BEFORE.isdisjoint(said_before(f, _DEAD_BEFORE_REACH, words=False).split())
    ):
        words.discard("others")
    return words


#: A toll told as another's, higher or lower ("gave a lower toll of more
#: than 30 dead and nearly 100 wounded", "put the figure higher, at 27").
_COMPARED_RE = re.compile(
    r"\b(?:lower|higher|smaller|larger|different|conflicting)"
    r" (?:death |casualty |overall )?(?:toll|tolls|figure|figures|count|tally|estimate|number)\b"
    # or the other way round: a resident said the toll was higher, putting it at 21
    r"|\b(?:toll|figure|number|count) (?:was|is|were|are) (?:much |far )?(?:higher|lower)\b"
)


def compared_toll(f: Figure) -> bool:
    """
    Whether a count is told as a toll set against another's, its clause
    opening on "a lower toll" or the like: a rival telling of the count
    before it, whatever its period.
    """
    said = said_before(f, CONTRAST_REACH, words=True)
    found = _COMPARED_RE.search(said)
    # (the comparison before the count's number: not "a much higher toll",
    # whose article was read as one)
    return found is not None and any(
        w.strip(",.'\"").replace(",", "").isdigit() or w in lx.UNITS
        for w in said[found.end() :].split()
    )


#: How an attacker's statement owns the attack ("claimed responsibility",
#: "claimed the attack", "claimed credit for the bombing").
_OWNS_ATTACK_RE = re.compile(
    r"\bclaim(?:ed|s|ing)? (?:responsibility|credit"
    r"|the (?:[a-z]+ )?(?:attack|bombing|assault|raid|strike|ambush))\b"
)


def _attackers_claim(f: Figure) -> bool:
    """
    Whether a count is the attackers' own telling of their victims, in the
    sentence in which they claim the attack ("Al-Shabaab claimed the attack
    ..., saying it had killed 'more than 15 apostate officials and
    soldiers'"): a rival telling of the story's count, whatever group it
    names.
    """
    said = said_before(f, CONTRAST_REACH, words=False)
    found = _OWNS_ATTACK_RE.search(said)
    if found is None or not _NO_CLAIM.isdisjoint(said[: found.start()].split()[-_NO_CLAIM_WORDS:]):
        return False  # ("No group has claimed responsibility")
    words = f.surface.lower().split()
    # the victims of their deed, not their own men ("said two of its
    # fighters had died")
    return not _HARMED_BY_THEM.isdisjoint(words) and _THEIR_OWN.isdisjoint(words)


#: Words that deny a claim before it ("No group has claimed", "has not claimed").
_NO_CLAIM = frozenset({"no", "not", "never", "yet", "nobody", "none"})
#: How many words before the claim such a word may stand.
_NO_CLAIM_WORDS = 3
#: The attackers' verbs of harm in their count's words ("had killed").
_HARMED_BY_THEM = frozenset({"killed", "killing", "wounded", "wounding", "injured", "injuring"})
#: Words that make the count the claimants' own men.
_THEIR_OWN = frozenset({"its", "their", "our", "own"})


def rival_sources(figures: Sequence[Figure]) -> bool:
    """
    Whether some document gives the claim's numbers from rival sources:
    every figure of it names its claimant, and two of them that may count
    the same people (not of other kinds, :func:`figures_of_other_kinds`:
    not "at least 11 children" and "two adults") share no word
    ("Residents said 30 people were killed, but a police spokesman said
    only 12 had died"; not "Iraqi police sources" and "police sources"):
    rival reports of the same people, never parts of them.
    """
    by_doc: dict[Source, dict[str, list[Figure]]] = defaultdict(dict)
    unnamed: dict[Source, list[Figure]] = defaultdict(list)
    for f in figures:
        if f.claimed_by is None:
            unnamed[f.source].append(f)
        else:
            by_doc[f.source].setdefault(f.claimed_by, []).append(f)
    for source, by_name in by_doc.items():
        if source in unnamed:
            if _writer_rivalled(unnamed[source], by_name):
                return True
            continue
        # two names of one source share a word ("Iraqi police sources",
        # "police sources"), unless they speak for different sides ("a
        # provincial spokesman", "Taliban spokesman Qari Yousef Ahmadi");
        # each name once, its words read once
        named = [(name_words(name), told) for name, told in by_name.items()]
        for (wa, told_a), (wb, told_b) in itertools.combinations(named, 2):
            if (frozenset(wa).isdisjoint(wb) or different_sides(wa, wb)) and any(
                not figures_of_other_kinds(a, b) for a in told_a for b in told_b
            ):
                return True
    return False


def _writer_rivalled(unnamed: list[Figure], by_name: dict[str, list[Figure]]) -> bool:
    """
    Whether the writer's own count (no source named) and a later count a
    source gives are rival tellings that rule 1b joined (the later one took
    the writer's group, day and place): "UN observers ... counted 108
    bodies ... opposition activists said more than 110 people had died",
    their counts unable both to be true (not "more than 10" and "15"), and
    the later one not told as more ("Another 3 people were killed ..., the
    governor said", "A further 9", "Later, 3 people": a second incident).
    The named figures are indexed by group, day and place first, so a
    document's pairs cost no more than its figures of one key.
    """
    keyed: dict[tuple[str | None, object, str | None], list[Figure]] = defaultdict(list)
    read: dict[Span, tuple[bool, int | None, bool]] = {}
    for told in by_name.values():
        for b in told:
            if not _told_as_more(b, read):
                keyed[b.subject, b.date, _named_or_none(b.location)].append(b)
    return any(
        a.span.start < b.span.start
        and a.sentence_span != b.sentence_span
        and not a.count.compatible(b.count)
        and not figures_of_other_kinds(a, b)
        # (an "also" passed over as the telling's, unless the count names a
        # place or day not the writer's: "also said 12 people had died in
        # the south" after 40 "in the north")
        and not (b.sentence_span is not None and read[b.sentence_span][2] and told_elsewhere(a, b))
        for a in unnamed
        for b in keyed.get((a.subject, a.date, _named_or_none(a.location)), ())
    )


def _told_as_more(f: Figure, read: dict[Span, tuple[bool, int | None, bool]]) -> bool:
    """
    Whether a figure's sentence sets it apart as more ("another", "a
    further", "later", "more" before its group): see
    :func:`documents.says_separate`.  Each sentence is read once, by its
    span in ``read`` (the figures of one document), so that many figures
    in one long sentence cost linear time.
    """
    if (f.subject or "").lower().startswith("more "):
        return True
    if f.sentence is None or f.sentence_span is None:
        return any(w in f.surface.lower() for w in SEPARATE_BEFORE)
    if f.sentence_span not in read:
        read[f.sentence_span] = _sentence_apart(f.sentence)
    separate, apart_from, _ = read[f.sentence_span]
    return separate or (apart_from is not None and apart_from <= f.span.end - f.sentence_span.start)


def _sentence_apart(sentence: str) -> tuple[bool, int | None, bool]:
    """
    What a sentence tells of its figures: whether it sets them all apart
    (:func:`documents.says_separate`, less its speech adverbs:
    :func:`_without_later_telling`), where its first word that sets apart
    the figures after it (:data:`documents.SEPARATE_BEFORE`: "another")
    ends, if it holds one, and whether a speech adverb was passed over.
    Only ASCII letters are lower-cased for the second, so that its offsets
    are the sentence's own.
    """
    words = sentence.lower().split()
    kept = _without_later_telling(words)
    separate = says_separate(" ".join(kept))
    ascii_lower = sentence.translate(_ASCII_LOWER)
    ends = [k + len(w) for w in SEPARATE_BEFORE if (k := ascii_lower.find(w)) >= 0]
    return separate, min(ends, default=None), len(kept) < len(words)


#: Upper-case ASCII letters to lower-case ones, and no other change.
_ASCII_LOWER = str.maketrans(string.ascii_uppercase, string.ascii_lowercase)
