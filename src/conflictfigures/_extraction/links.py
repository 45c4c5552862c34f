"""
The linking rules: each joins a counted group to what befell it in one
grammatical shape, its docstring that shape, and :data:`RULES` tries them in
order on every number :mod:`.linking` meets (packaging's ``_parser.py`` is
the model: one small function per production). The rules for lists live in
:mod:`.member_links`; the table is here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from conflictfigures import _lexicon as lx
from conflictfigures._extraction.appositive_people import appositive_of
from conflictfigures._extraction.candidates import Candidate, own_first
from conflictfigures._extraction.care import survivors_of_no_wound, treated_for_no_injury
from conflictfigures._extraction.chunks import aged, noun_after_participle, read_np
from conflictfigures._extraction.crossers import crossers_flee, crossing_people, fleeing_noun
from conflictfigures._extraction.deaths import main_death
from conflictfigures._extraction.flight import arrived_abroad
from conflictfigures._extraction.gazetteer import flight_category
from conflictfigures._extraction.heads import (
    armed_killing,
    choose,
    flies_if_intercepted,
    loser_side,
    more_of,
    noun_class,
    plural,
)
from conflictfigures._extraction.hosts import sites_before
from conflictfigures._extraction.lists import (
    continues_active,
    displaced_group,
    elided_after,
    list_before,
)
from conflictfigures._extraction.member_links import (
    bare_counts_after,
    link_as_were,
    link_inverted,
    link_list_member,
    members_read,
    of_them,
)
from conflictfigures._extraction.numbers import NumberReading, read_number
from conflictfigures._extraction.objects import first_object_before, read_shifted_active
from conflictfigures._extraction.partitives import whole_of_a_part
from conflictfigures._extraction.persons import singular_members
from conflictfigures._extraction.reading import (
    Reading,
    dead_stay_dead,
    finish,
    medical_evacuation,
    ordinal_toll,
)
from conflictfigures._extraction.results import read_result
from conflictfigures._extraction.rules import read_active, read_passive
from conflictfigures._extraction.self_links import (
    link_copula,
    link_counted_victims,
    link_more_bodies,
    link_self,
)
from conflictfigures._extraction.state_groups import link_state_group
from conflictfigures._extraction.tenses import perfect_before
from conflictfigures._extraction.total_links import link_total
from conflictfigures._extraction.triggers import no_war_losses, past_participle
from conflictfigures._extraction.verbs import (
    gate_open,
    read_taken,
    relative_harm,
    second_fate,
    tally_lists,
)
from conflictfigures.models import Category, Qualifier

if TYPE_CHECKING:
    from collections.abc import Callable

    from conflictfigures._extraction.text import Token


__all__ = ["RULES"]


#: Words of a singular whole before a count ("a total of 12 was", "the
#: number of dead, 40, is").
_SINGULAR_WHOLES = frozenset({"total", "number", "toll", "tally", "figure"})


#: How far after a participle's "by" a finite verb makes its group a subject.
_FINITE_REACH = 8


def _finite_after(tokens: list[Token], k: int) -> bool:
    """
    Whether a finite auxiliary or a form of "be" follows ``k`` before its
    clause ends ("injured by flying glass were taken to hospital").
    """
    for tok in tokens[k : k + _FINITE_REACH]:
        if tok.text in (",", ".", ";", ":"):
            return False
        if tok.low in lx.FINITE_AUXILIARIES or tok.low in lx.BE_FORMS:
            return True
    return False


#: The quantifiers whose share is the whole group ("all of whom").
_WHOLE_GROUP = lx.PART_QUANTIFIERS - lx.WHOLE_SHARE_WORDS


def _gerund_object(tokens: list[Token], first: int) -> bool:
    """
    Whether the count at ``first`` is the object of a gerund after a
    suspect's preposition (``lx.SUSPECT_PREPS``: "suspected of stabbing three
    people", "wanted for shooting two officers", "charged with killing"): a
    deed in the subject's description, whose objects a verb after it does not
    befall.
    """
    return (
        first >= 2
        and tokens[first - 1].low in lx.ATTACK_GERUNDS
        and tokens[first - 2].low in lx.SUSPECT_PREPS
    )


def link_passive(c: Candidate) -> list[Reading] | None:
    """
    ``passive = (NUMBER NP LIST_JOINER)* NUMBER NP MODIFIER? AUX* TRIGGER``:
    "two Turkish soldiers were killed", "five tanks, two APCs and one
    howitzer were destroyed"; a flight abroad makes refugees.

    The object of an active verb is no subject of a verb after it ("beheaded
    two sailors held hostage", "seized two IEDs that were destroyed"): the
    verb before the number decides, in :func:`link_active`.
    """
    tokens, num, np, cls = c.tokens, c.num, c.np, c.cls
    if not c.verb_near or cls not in ("people", "equipment", "none", "self", "unknown", "agent"):
        return None
    if (
        tokens[num.first].low in ("both", "all")
        and np[2] < len(tokens)
        and tokens[np[2]].low == "with"
        and c.readings
        and c.readings[-1].category is Category.KILLED
    ):
        # "found the bodies of the woman and the man, both with gunshot
        # wounds": the dead just counted, how they died (no rule reads it)
        return []
    # "The mother and son were wounded", "his wife and 14-year-old daughter":
    # one person, then others named without a number of their own.
    members = (
        singular_members(tokens, np[2])
        if num.stated == 1
        and cls == "people"
        and np[2] < len(tokens)
        and tokens[np[2]].low == "and"
        else []
    )
    if members:
        np = (np[0], np[1], members[-1][1] + 1)
    passive = read_passive(
        tokens, np, many_from=num.first if num.stated is not None and num.stated > 1 else None
    )
    if (
        passive is None
        and np[0] == np[1] == np[2]
        and np[2] < len(tokens)
        and tokens[np[2]].low == "missing"
        and elided_after(tokens, c.readings, num, np)
    ):
        # "left two soldiers dead and three missing": a bare count is missing
        # only right after a figure it shares its clause with
        passive = (lx.PASSIVE_TRIGGERS["missing"], np[2], np[2] + 1, False)
    if passive is None or (
        not (num.first and tokens[num.first - 1].low == "with")
        and read_active(tokens, num) is not None
    ):
        return None
    cats, t_first, t_last, perfect = passive
    if _gerund_object(tokens, num.first):
        return None  # "A man suspected of stabbing three people ... was shot": not the three
    if (
        c.readings
        and c.readings[-1].active
        and any(
            tokens[k].low == "of"
            and tokens[k + 1].low in ("whom", "which")
            and tokens[k - 1].low not in _WHOLE_GROUP
            and all(t.text != "," for t in tokens[k + 2 : t_first])
            for k in range(np[2], t_first - 1)
        )
        and continues_active(tokens, c.readings[-1], num, np)
    ):
        # "killed his son and 29 of his students, some of whom were taken
        # away": a further object's part's verb, no verb of its own (not
        # "all of whom"; not past the part's aside: "three of whom were
        # girls, were abducted")
        return None
    if (
        t_first == np[2]
        and t_last < len(tokens)
        and tokens[t_last].low == "by"
        and c.readings
        and c.readings[-1].active
        and c.readings[-1].category.is_equipment
        and not _finite_after(tokens, t_last + 1)
        and continues_active(tokens, c.readings[-1], num, np)
    ):
        # "seized 12 tanks and six rocket launchers abandoned by fleeing
        # units": a further object of the verb before, whose participle and
        # its doer say what had befallen it (as for the first object); not
        # people, nor a group whose clause goes on ("killed 12 people, and
        # 30 others injured by flying glass were taken to hospital")
        return None
    if (
        cats[0] in lx.DISPLACEMENT_CATEGORIES
        and t_first == np[2]
        and tokens[t_first].low.endswith("ing")
        and not crossing_people(tokens, num.first, np, t_first)
    ):
        # "Border guards shot 12 people crossing into Iran": harmed, no
        # flight counted; "counted 3 million Iranians crossing into Iraq for
        # the Arbaeen pilgrimage"
        return None
    if (
        whole_of_a_part(tokens, num)
        and (
            tokens[t_first - 1].low in lx.AUXILIARIES
            # (or a verb that takes none: "Many of the 300 people died")
            or tokens[t_first].low in lx.INTRANSITIVE_VERBS
        )
        # (a relative clause's own verb counts the whole: "Some of the 200
        # students who were kidnapped have been freed")
        and lx.RELATIVE_PRONOUNS.isdisjoint(t.low for t in tokens[num.last : t_first])
    ):
        # (a state right after the whole counts it: "Half of the 40 injured were children")
        return None
    if (
        num.stated is not None
        and num.stated > 1
        and t_first > 0
        and tokens[t_first - 1].low in lx.SINGULAR_AUXILIARIES
        and not any(t.low in _SINGULAR_WHOLES for t in tokens[max(0, num.first - 3) : num.first])
        and any(t.low in lx.RELATIVE_PRONOUNS for t in tokens[num.last : t_first])
    ):
        # "overpowered by two firefighters who were on duty at the fair and
        # was arrested": past the group's own relative clause, a verb in the
        # singular has another subject (but "Two policeman was killed", as
        # second-language reports write it, is theirs)
        return None
    if (
        tokens[t_first].low in lx.PEOPLE_ONLY_PHRASE_FIRSTS
        and cats[0] is Category.WOUNDED
        and cats[1] is None
        and cls not in ("people", "agent")
        # (a person of an age is people: "A 19-year-old was shot and is in
        # critical condition")
        and lx.AGE_UNITS.isdisjoint(t.low for t in tokens[num.first : num.last])
        # (nor a bare count before "shot", a headline's or one whose people
        # the story counted: "Two shot in Washington Park", "the other
        # eight were shot by troops")
        and not (
            np[0] == np[1]
            and tokens[t_first].low == "shot"
            and all(t.low in lx.AUXILIARIES for t in tokens[num.last : t_first])
        )
    ):
        return None  # "10 cars being hit by the tree"; but "two drones were shot down"
    if (
        np[1] == np[2] == t_first
        and t_last == t_first + 1
        and (np[0] == np[1] or noun_class(tokens[np[1] - 1].low) in ("none", "unknown"))
    ):
        # "1,200 captured Russian vehicles", "seven wounded soldiers", "three
        # additional wounded insurgents": the participle stands before its
        # noun, which decides the category.
        end = noun_after_participle(tokens, t_last)
        if end is not None:
            np = (t_last if np[0] == np[1] else np[0], end, end)
            cls = noun_class(tokens[end - 1].low)
            t_last = end
            many = num.stated is not None and num.stated > 1
            if cats[0] is not Category.KILLED and (main := main_death(tokens, end - 1, many=many)):
                # "Seven wounded soldiers later died": the main verb decides
                cats, t_first, t_last = (main[1], None), main[0], main[0] + 1
    if cats[0] is Category.DISPLACED:
        noun_end = noun_after_participle(tokens, t_last)
        if abroad := arrived_abroad(tokens, noun_end or t_last):
            # "100,417 forcibly displaced persons have arrived in Armenia": refugees
            if noun_end is not None and np[0] == np[1]:
                np = (t_first, noun_end, noun_end)  # (their group: "displaced persons")
            cats, (t_first, t_last) = (Category.REFUGEES, None), abroad
    if (
        c.subset
        and t_first == np[2]
        and t_last == t_first + 1
        and not (
            # "two of the hostages died", "leaving two of them dead"; but
            # "two of the dead" names a part of a group already counted
            np[1] > np[0]
            and (
                tokens[t_first].low in lx.INTRANSITIVE_TRIGGERS
                or (num.first and tokens[num.first - 1].low in lx.RESULT_VERBS)
            )
        )
    ):
        return None  # "one of the insurgents detained": a part named again
    if (
        np[0] == np[1]
        and cats[1] is not None
        and c.readings
        and c.readings[-1].category.is_equipment
        and bare_counts_after(tokens, c.readings[-1].last, num.first)
    ):
        # a bare count after a figure of equipment counts that equipment:
        # "291 tanks destroyed, along with 48 damaged and four captured"
        cls = "equipment"
    category = choose(armed_killing(cats, tokens[t_first].low, c.head), cls)
    if category is None or not flies_if_intercepted(tokens[t_first].low, c.head):
        return None
    # "37 bodies had been brought to the hospital"; not "Five bodies were missing"
    category = dead_stay_dead(category, c.head, (t.low for t in tokens[t_first:t_last]))
    if category is None:
        return []
    # "two border guards, one of whom was killed": a part of the group
    # before, no further member of its list.
    out = (
        []
        if of_them(tokens, num)
        else members_read(tokens, list_before(tokens, c.pending, num.first), cats, perfect)
    )
    if category is Category.DETAINED and gate_open(tokens, num, np, lx.RELEASE_VERBS):
        return None  # "Israel released 225 people detained in Gaza": a release
    if (
        category is Category.DISPLACED
        and np[1] - np[0] >= 2
        and lx.PASSIVE_TRIGGERS.get(tokens[np[0]].low, (None,))[0] is Category.WOUNDED
        # (moved, not fled: "Hundreds of wounded people have fled to Jordan")
        and (tokens[t_first].low in lx.MOVE_VERBS or tokens[t_first].low.startswith("evacuat"))
    ):
        category = Category.WOUNDED  # "Dozens of wounded people were evacuated": the hurt, moved
    if category is Category.DISPLACED:
        if medical_evacuation(tokens, np, t_first, t_last):
            return None  # "Eight of the wounded were evacuated for further care"
        if (
            num.article
            and t_last == t_first + 1
            and tokens[t_first].low in lx.FLIGHT_VERBS
            and (
                # (one person a relative clause describes: "a resident who
                # fled to Djibo told The Associated Press")
                tokens[t_first - 1].low in lx.RELATIVE_PRONOUNS
                or not (
                    t_last < len(tokens)
                    and (tokens[t_last].low in lx.POSSESSIVES or tokens[t_last].low in _FLED_WHERE)
                )
            )
        ):
            # "The owner has fled", "the driver fled the scene": one who got
            # away, no one displaced (but "A woman fled her home"), and no
            # object of a verb before ("arrested one suspect and the other fled")
            return []
        category = flight_category(tokens, t_first, t_last) or category
        if (
            category in lx.DISPLACEMENT_CATEGORIES
            and tokens[t_first].low in lx.CROSSING_VERBS
            and np[1] > np[0]  # (a bare count may be of anyone: "About 45,000 crossed into Niger")
            and not crossers_flee(tokens, np, t_first)
        ):
            # "About 300 Russian troops crossed into Kursk": an incursion, and
            # "50 Israeli settlers crossed into the village" no flight (but
            # "soldiers and their families crossed into India" fled abroad)
            return []
        if (
            category is Category.DISPLACED
            and lx.SELF_COUNTING_NOUNS.get(c.head or "") is Category.REFUGEES
            # (but refugees a disaster leaves homeless are displaced anew:
            # "left an estimated 7,000 refugees homeless", "without shelter")
            and tokens[t_first].low not in ("homeless", "without")
        ):
            # "3 million refugees have fled": abroad, as they say; "43,000
            # refugees have been moved to the new camps": still refugees
            category = Category.REFUGEES
    toll = ordinal_toll(tokens, num) if category is Category.KILLED and not members else None
    if toll is not None and any(
        toll - 1 == sum(r.number.stated or 0 for r in c.readings if r.category is told)
        for told in {r.category for r in c.readings} | {Category.KILLED}
    ):
        # "killing a farmer and his two sons; a fourth villager was found
        # dead", "had detained two men ... and that a third suspect had been
        # killed": one more of those told
        toll = None
    if toll is not None:
        # "A fourth victim of last week's shooting has died": the toll is now four
        num = NumberReading(num.first, num.last, toll, Qualifier.EXACT)
    r = finish(Reading(num, category), tokens, np)
    r.cumulative = r.cumulative or toll is not None
    r.last = np[1] if members else t_last  # list members end at their own words
    r.perfect = perfect
    elided = not out and elided_after(tokens, c.readings, num, np)
    r.listed = bool(out) or elided
    if elided:
        # "31,272 had been killed and 73,024 wounded": the verb's tense too
        r.perfect = perfect or c.readings[-1].perfect
    out.append(r)
    if not members and (other := second_fate(tokens, np[2], t_first, t_last, category)) is not None:
        # "The suspect was shot and arrested": hurt and held, two figures of one group
        o = finish(Reading(num, other[0]), tokens, np)
        o.last = other[2]
        o.perfect = perfect
        out.append(o)
    for idx, (m_first, noun) in enumerate(members):
        m = finish(
            Reading(NumberReading(m_first, m_first, 1, Qualifier.EXACT), category),
            tokens,
            (noun, noun + 1, noun + 1),
        )
        m.last = t_last if idx == len(members) - 1 else noun + 1
        m.perfect = perfect
        m.listed = True
        out.append(m)
    return out


#: Words after "fled" that tell where to: a flight, not a getaway ("fled to Chad").
_FLED_WHERE = lx.FLIGHT_INTO | {"abroad"}


def link_result(c: Candidate) -> list[Reading] | None:
    """
    ``result = VERB NUMBER NP RESULT``: "stabbed a shopkeeper to death",
    "left 50,000 people homeless" (see :func:`.results.read_result`).
    """
    if c.zero or c.cls not in ("people", "none", "agent", "unknown", "equipment"):
        return None
    result = read_result(c.tokens, c.num, c.np)
    if result is None:
        return None
    category, first, last = result
    if (c.cls == "equipment") != (category is Category.EQUIPMENT_DESTROYED):
        return None  # equipment set on fire; people set ablaze are no count read here
    # "brought 37 bodies to the hospital"; not "left five bodies missing"
    kept = dead_stay_dead(category, c.head, (t.low for t in c.tokens[first:last]))
    if kept is None:
        return []
    category = kept
    # the result's verb of flight, where it goes: "forced 200,000 people to
    # flee to neighbouring countries", "... to seek safety in neighbouring countries"
    flight = next(
        (j for j in range(last - 1, first, -1) if c.tokens[j].low in lx.FLIGHT_VERBS), None
    )
    if (
        category is Category.DISPLACED
        and flight is not None
        and flight_category(c.tokens, flight, last)
    ):
        category = Category.REFUGEES
    r = finish(Reading(c.num, category), c.tokens, c.np)
    r.first = own_first(c, first)  # not "2 fatalities 2 to death" read over the figure before
    r.last = last
    r.active = True
    r.perfect = _shares_perfect(c, first)
    return [r]


def link_capture(c: Candidate) -> list[Reading] | None:
    """
    ``capture = TAKE NUMBER NP ("of" WORD+)? ("into" "custody" | CAPTIVE | "as" TROPHY)``:
    "took the two occupants into custody", "took 15 soldiers hostage", "took
    two tanks as trophies".
    """
    if (
        c.zero
        or c.cls not in ("people", "none", "agent", "equipment")
        or (c.cls == "none" and c.num.article)
    ):
        return None
    taken = read_taken(c.tokens, c.num, c.np)
    num = c.num
    if taken is None and (member := _taken_with(c)) is not None:
        # "took 17 guards and two police officers hostage": one figure of both
        num, taken = member
    if taken is None:
        return None
    held, first, last = taken
    trophy = c.tokens[last - 1].low in lx.TROPHY_WORDS
    if trophy != (c.cls == "equipment"):
        return None  # people are taken prisoner, equipment as trophies
    category = Category.EQUIPMENT_CAPTURED if trophy else Category.DETAINED
    r = finish(Reading(num, category), c.tokens, held)
    r.first = first
    r.last = last
    r.active = True
    return [r]


def _taken_with(
    c: Candidate,
) -> tuple[NumberReading, tuple[tuple[int, int, int], int, int]] | None:
    """
    ``TAKE NUMBER NP "and" NUMBER NP CLOSER``: two groups taken as one
    ("took 17 guards and two police officers hostage"): their summed count
    (the first's qualifier) and the capture read over the second's group.
    """
    tokens, num = c.tokens, c.num
    j = c.np[2]
    if num.stated is None or j + 1 >= len(tokens) or tokens[j].low != "and":
        return None
    second = read_number(tokens, j + 1)
    if second is None or second.stated is None:
        return None
    np = read_np(tokens, second.last)
    if np[1] == np[0] or noun_class(tokens[np[1] - 1].low) not in ("people", "agent"):
        return None
    taken = read_taken(tokens, num, np)
    if taken is None:
        return None
    held, first, last = taken
    total = NumberReading(num.first, second.last, num.stated + second.stated, num.qualifier)
    return total, ((c.np[0], held[1], held[2]), first, last)


#: Verbs that also remove things from a list or a fleet, with "from" after
#: the object ("eliminated 14 aircraft from the air force's order").
_REMOVAL_VERBS = frozenset({"eliminated", "eliminating"})
#: How far after the object its "from" may stand.
_REMOVED_FROM_REACH = 3


def link_active(c: Candidate) -> list[Reading] | None:
    """
    ``active = ACTIVE_TRIGGER FILLER? NUMBER NP``, or a further member of the
    list an active figure opened (``... LIST_JOINER NUMBER NP``): "killing
    four insurgents", "killed his mother and two brothers".
    """
    tokens, num, np, cls, readings = c.tokens, c.num, c.np, c.cls, c.readings
    if c.zero:
        return None
    active = read_active(tokens, num)
    listed = False
    if active is None and readings:
        prev = readings[-1]
        if appositive_of(tokens, prev, num, np):
            # "killed Nur Mohammad, the Taliban deputy governor,", "the death of
            # Maulawi Tayeb, a local Taliban leader": the same man
            return None
        if continues_active(tokens, prev, num, np):
            listed = True
            active = (
                prev.trigger
                or (
                    prev.category if not prev.category.is_equipment else None,
                    prev.category if prev.category.is_equipment else None,
                ),
                prev.verb if prev.verb >= 0 else prev.first,
            )
    if active is None and cls in ("people", "none"):
        active = first_object_before(tokens, num, np[1])
    if active is None and cls in ("people", "equipment"):
        active = read_shifted_active(tokens, num)  # "killed with bomb one Turkish soldier"
    if (
        active is None
        and cls == "equipment"
        and c.earlier is not None
        and c.earlier.is_equipment
        and (listed_at := tally_lists(tokens, num.first, np[1])) is not None
    ):
        # "The General Staff's running tally also lists 7,276 armored combat
        # vehicles, ...": the things a tracker lists, as its story counted them
        active = (None, c.earlier), listed_at
    if (
        active is not None
        and active[1] > 0
        and tokens[active[1]].low in lx.LOSS_WORDS
        and no_war_losses(tokens, active[1])
    ):
        return None  # "Job losses total 4,000 workers": no war's
    if (
        active is not None
        and tokens[active[1]].low in _REMOVAL_VERBS
        and "from" in (t.low for t in tokens[np[1] : np[1] + _REMOVED_FROM_REACH])
    ):
        return None  # "the budget cut eliminated 14 aircraft from the order": removed
    if (
        active is not None
        and listed
        and np[1] < len(tokens)
        and (tokens[np[1]].low in lx.FINITE_AUXILIARIES or tokens[np[1]].low in lx.FLIGHT_VERBS)
    ):
        # "killed the gunman, and 11 hostages were freed", "kill six, thousands
        # flee": a clause of its own
        return None
    # "eliminated 40 militants and neutralised 15 more": more of the group before
    head = more_of(tokens, np, c.head, (readings[-1].last, readings[-1].head) if readings else None)
    if cls == "unknown" and head != c.head:
        cls = noun_class(head or "")
    if (
        active is None
        or not (
            cls in ("people", "equipment", "none", "agent", "self")
            # A noun the lexicon does not know is a victim only of a verb that
            # has no other sense ("killed three U.S. soldiers", not "executed
            # numerous attacks").
            or (
                cls == "unknown"
                and any(
                    t.low.startswith(lx.PEOPLE_ONLY_STEMS) for t in tokens[active[1] : num.first]
                )
            )
            # a people by its name, hosted ("hosts over 1.2 million Rohingyas",
            # "took in 10,000 Congolese")
            or (
                cls == "unknown"
                and active[0] == (Category.REFUGEES, None)
                and np[1] == np[0] + 1
                and tokens[np[0]].is_capitalized
                and (plural(tokens[np[0]].low) or fleeing_noun(tokens[np[0]]))
            )
        )
    ):
        return None
    cats, t_first = active
    if (
        cls == "people"
        and c.head in ("other", "others")
        and readings
        and readings[-1].category.is_equipment
    ):
        cls = "equipment"  # "destroying 14 combat vehicles and capturing six others": vehicles
    if (
        cls == "none"
        and tokens[t_first].low == "losses"
        and t_first
        and noun_class(tokens[t_first - 1].low) == "equipment"
    ):
        cls = "equipment"  # "Russian helicopter losses stand at 140": helicopters
    chosen = choose(armed_killing(cats, tokens[t_first].low, head), cls)
    if chosen is None or (
        cls == "none"
        and num.article
        and tokens[num.first].low != "another"
        # "killing a 17-year-old": the age names a person (not an age set off
        # after a name: "a French gendarme, Jean Serge Nerin, 53 years old")
        and not (tokens[num.first].low in ("a", "an") and aged(tokens, num))
    ):
        return None  # "injuring another": one more of the group before
    if not flies_if_intercepted(tokens[t_first].low, c.head):
        return None  # "intercepted two boats"
    if (
        chosen is Category.WOUNDED
        and tokens[t_first].low == "treated"
        and (treated_for_no_injury(tokens, np[1]) or survivors_of_no_wound(tokens, np[0], np[1]))
    ):
        # "treated 300 patients for cholera": the sick, no one hurt; "treated
        # 120 survivors of gender-based violence": no wound counted
        return None
    if chosen is Category.MISSING and (num.article or c.head in lx.ESCAPING_NOUNS):
        return None  # "searching for two suspects", "the leader": sought, not missing
    if (
        chosen is Category.DISPLACED
        and num.last < len(tokens)
        and lx.PASSIVE_TRIGGERS.get(tokens[num.last].low, (None,))[0] is Category.WOUNDED
    ):
        chosen = Category.WOUNDED  # "evacuated 100 injured people to hospitals": the hurt
    elif chosen is Category.DISPLACED and (
        c.head in lx.CARE_PEOPLE_NOUNS or medical_evacuation(tokens, np, t_first, np[1])
    ):
        # "evacuated 150 patients to other facilities", "evacuated 12 people to
        # hospital": people moved from care or to it, no one from their homes
        return None
    elif chosen is Category.REFUGEES and (displaced := displaced_group(tokens, np)) is not None:
        chosen, np = Category.DISPLACED, displaced  # "shelters 40,000 displaced people"
    elif chosen is Category.REFUGEES and sites_before(tokens, t_first):
        chosen = Category.DISPLACED  # "110 displacement sites now shelter some 180,000 people"
    r = finish(Reading(num, chosen), tokens, np)
    r.first = own_first(c, t_first)
    r.last = max(np[1], num.last)
    r.active = True
    r.trigger = cats
    r.verb = t_first
    r.listed = listed
    if listed and readings[-1].cumulative and not readings[-1].active:
        # a further member of a total's list is a total too ("bringing its
        # total losses to 3,000 tanks and 4,000 artillery systems"), not
        # things a participle tells another fate ("4,000 trucks bought from China")
        if np[1] < len(tokens) and past_participle(tokens[np[1]].low):
            return None
        r.cumulative = True
    if r.side is None:
        # "Russia has lost 1,120 soldiers", and each further member of its list
        r.side = loser_side(tokens, t_first)
    # "has lost 20 service members"
    # ("Ukraine said it had destroyed a landing ship": reported speech, no total)
    if t_first > 0 and perfect_before(tokens, t_first - 1):
        r.perfect = True  # (past an adverb: "has also lost")
    elif _shares_perfect(c, t_first):
        r.perfect = True
    j = r.last + 1
    if (
        chosen is Category.DETAINED
        and j + 2 < len(tokens)
        and tokens[r.last].text == ","
        and tokens[j].low in ("who", "whom")
        and (harm := relative_harm(tokens, j, min(len(tokens), j + 5))) is not None
    ):
        # "captured a fourth, who was wounded": held and hurt
        hurt = finish(Reading(num, Category.WOUNDED), tokens, np)
        hurt.first, hurt.last, hurt.active = r.first, harm + 1, True
        return [r, hurt]
    return [r]


def _shares_perfect(c: Candidate, verb: int) -> bool:
    """
    Whether the active verb at ``verb`` follows "and" right after a figure in
    the perfect read with a verb of its own: the second verb shares the
    auxiliary ("has killed tens of thousands of people and driven more than
    12 million from their homes").
    """
    return (
        verb > 0
        and c.tokens[verb - 1].low == "and"
        and bool(c.readings)
        and c.readings[-1].perfect
        and c.readings[-1].active
        and c.readings[-1].last == verb - 1
    )


#: The linking rules, in the order they are tried: the first that reads the
#: number wins.  A rule returns the figures it reads, ``[]`` when it keeps
#: the number waiting (a list member), or ``None`` when it does not apply.
RULES: tuple[Callable[[Candidate], list[Reading] | None], ...] = (
    link_total,
    link_more_bodies,
    link_counted_victims,
    link_passive,
    link_self,
    link_copula,
    link_result,
    link_capture,
    link_active,
    link_as_were,
    link_inverted,
    link_list_member,
    link_state_group,
)
