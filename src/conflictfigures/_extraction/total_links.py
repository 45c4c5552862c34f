"""
The linking rule of running totals (:func:`link_total`): a total's verb and
noun and the number they set ("bringing the death toll to 20", "put the
number of dead at nine", read by :mod:`.totals`), and what the number then
counts. Tried first in :data:`.links.RULES` (moved out of :mod:`.links` in
session 57, when that module passed 800 lines).
"""

from __future__ import annotations

from itertools import pairwise
from typing import TYPE_CHECKING

from conflictfigures import _lexicon as lx
from conflictfigures._extraction.heads import side_of
from conflictfigures._extraction.milestones import modal_estimate
from conflictfigures._extraction.numbers import NumberReading
from conflictfigures._extraction.reading import Reading
from conflictfigures._extraction.totals import read_total
from conflictfigures._extraction.triggers import is_adverb
from conflictfigures.models import Category, Qualifier

if TYPE_CHECKING:
    from conflictfigures._extraction.candidates import Candidate
    from conflictfigures._extraction.text import Token

__all__ = ["link_total"]


#: Verbs of a total set by estimate ("was estimated at 50").
_ESTIMATE_VERBS = frozenset({"estimated", "estimates", "estimate"})


def link_total(c: Candidate) -> list[Reading] | None:
    """
    ``total = TOTAL_VERB ... TOTAL_NOUN ... ("to" | "at") NUMBER``: "bringing
    the death toll to 20" (see :func:`.totals.read_total`).
    """
    if c.zero:
        return None
    total = read_total(c.tokens, c.num)
    if total is None:
        return None
    category, first, group, milestone, passed = total
    if category is None and c.np[1] > c.np[0]:
        # "revised its own tally to 3,958 deaths": the noun after the number says
        category = lx.SELF_COUNTING_NOUNS.get(c.tokens[c.np[1] - 1].low)
    if category is None and c.num.last < len(c.tokens):
        # "bringing the total ... to 2,036 killed and 9,535 wounded": the
        # state right after the number says
        state = lx.PASSIVE_TRIGGERS.get(c.tokens[c.num.last].low)
        category = state[0] if state is not None else None
    if category is None:
        # "..., raising the total to 250": the total of the figure before,
        # or of the document's figure before ("The governor's office put the
        # number at 22": a toll set, no total of its own)
        if c.readings:
            category = c.readings[-1].category
        elif c.earlier is not None and c.num.first >= 2 and _bare_total(c.tokens, first, c.num):
            category = c.earlier
        else:
            return None
    elif (
        category is Category.CASUALTIES
        and c.readings
        and c.readings[-1].category in (Category.KILLED, Category.WOUNDED)
        and any(t.low == "losses" for t in c.tokens[first : c.num.first])
        and not _loss_report(c.tokens, c.readings[-1])
    ):
        # "three soldiers had been killed, bringing its losses since the
        # start of the ground offensive to 395": losses of the dead before
        category = c.readings[-1].category
    num = c.num
    if passed:
        # "rose above 11,000": more than that, the word in its words
        num = NumberReading(num.first - 1, num.last, num.stated, Qualifier.MORE_THAN)
    elif (
        num.qualifier is Qualifier.EXACT
        and num.first > 1
        and c.tokens[num.first - 1].low == "at"
        and c.tokens[num.first - 2].low in _ESTIMATE_VERBS
    ):
        # "the death toll was estimated at 50": about that many
        num = NumberReading(num.first, num.last, num.stated, Qualifier.ABOUT)
    elif num.qualifier is Qualifier.EXACT and modal_estimate(c.tokens, num.first):
        # "Haiti's dead could number 50,000": a guess, as many as that
        num = NumberReading(num.first, num.last, num.stated, Qualifier.UP_TO)
    elif milestone is not None and num.qualifier is Qualifier.EXACT:
        # "crossed the three-million mark": at least that many, the mark in its
        # words; a qualified number keeps its own word ("reached more than 300")
        # ("the three-million mark": the noun is in its words; not "is now 250")
        mark = milestone == num.first - 2 and c.tokens[num.first - 1].low == "the"
        num = NumberReading(
            num.first, num.last + mark, num.stated, lx.MILESTONE_VERBS[c.tokens[milestone].low]
        )
    r = Reading(num, category)
    if category.is_equipment and c.cls == "equipment":
        # a total of things, which a list of other things' totals may go
        # on ("bringing the total to more than 1,700 tanks and some 1,400
        # artillery pieces"; see :func:`.lists.continues_active`)
        r.trigger = (None, category)
    # The total's words never swallow a figure read before it ("bringing 2
    # fatalities to 15").
    r.first = max(first, c.readings[-1].last) if c.readings else first
    r.last = num.last if r.trigger is None else max(num.last, c.np[1])
    if c.np[1] > c.np[0] and (
        (num.first and c.tokens[num.first - 1].low == "of")
        # "has risen to 9,770 martyrs, including 4,008 children"
        or (c.np[0] == num.last and c.cls in ("people", "self"))
    ):
        # "the deaths of 26 people, including 9 children": the people are the
        # total's words, and what follows them may be its parts
        r.last = max(r.last, c.np[1])
    # Deaths no verb of a total moves and no milestone marks, their number
    # hung on the noun by "of", are one event's dead ("the blast caused the
    # deaths of 12 people"): the people after it are its group, and no
    # running total is told (a "toll" stays one, as "put the toll at" does).
    noun = (  # the noun before "of"
        c.tokens[num.first - 2].low
        if num.first > 1 and c.tokens[num.first - 1].low == "of"
        else None
    )
    of_noun = (
        milestone is None
        and noun is not None
        and noun != "toll"
        and not any(t.low in lx.TOTAL_VERBS for t in c.tokens[first : num.first])
        # (a perfect or a war's span keeps a total: "The war has caused the
        # deaths of more than 30,000 people", "since the invasion began")
        and not any(t.low in _PERFECT_OR_SPAN or t.low in lx.WAR_NOUNS for t in c.tokens)
    )
    r.cumulative = not of_noun
    if group is None and noun in _DEATH_NOUNS and c.np[1] > c.np[0]:
        group = (c.np[0], c.np[1])  # "the deaths of 12 passengers": the passengers
    if group is not None:
        r.np = group
        r.head = c.tokens[group[1] - 1].low
        r.side = side_of(c.tokens, group[0], group[1])
        if group[0] > num.last:
            # an inverted total's words run on over its noun and the clause
            # that says whom it counts: "raised to 13 the number of people
            # killed in Sunday's bombings" (whose day is the figure's)
            r.last = _clause_end(c.tokens, group[1])
    return [r]


#: How far past an inverted total's group its clause may run.
_INVERTED_CLAUSE_REACH = 10


def _clause_end(tokens: list[Token], k: int) -> int:
    """Where the clause from ``k`` ends: at a comma, a stop or a dash, within reach."""
    end = min(len(tokens), k + _INVERTED_CLAUSE_REACH)
    while k < end and tokens[k].text not in _CLAUSE_MARKS:
        k += 1
    return k


_CLAUSE_MARKS = frozenset({",", ".", ";", ":", "!", "?", "(", ")"}) | lx.DASHES


def _bare_total(tokens: list[Token], first: int, num: NumberReading) -> bool:
    """
    Whether a total that names nothing it counts is set by a source ("put
    the number at 22": its noun bare before "at") or moved ("raised the
    figure to 105", "The figure later rose to 105", "the figure stood at
    230,671": a bare noun of a total, not "the toll", before "to" or "at"
    with no other noun between).
    """
    joiner, before = tokens[num.first - 1].low, tokens[num.first - 2].low
    if joiner == "at" and tokens[first].low in lx.TOLL_SETTING_VERBS:
        return before in lx.TOTAL_NOUNS
    between = tokens[first + 1 : num.first - 1]
    return joiner in ("to", "at") and (
        (joiner == "to" and before in lx.BARE_TOTAL_NOUNS)
        or (
            tokens[first].low in lx.BARE_TOTAL_NOUNS
            and len(between) <= _BARE_TOTAL_VERB_REACH
            and any(t.low in lx.TOTAL_VERBS for t in between)
            # (only the verb's words: not "the number of cars damaged rose to 30")
            and all(
                t.low in lx.TOTAL_VERBS or t.low in lx.AUXILIARIES or is_adverb(t) for t in between
            )
        )
    )


#: How many words may stand between a bare total's noun and its "to" ("The
#: figure has since risen sharply to").
_BARE_TOTAL_VERB_REACH = 4


#: The nouns of a toll whose people follow "of" ("the deaths of 12 passengers").
_DEATH_NOUNS = frozenset({"deaths", "death", "killings", "killing"})
#: Words that keep "the deaths of N" a running total: a perfect, or a span.
_PERFECT_OR_SPAN = frozenset({"has", "have", "had", "since", "so"})


def _loss_report(tokens: list[Token], r: Reading) -> bool:
    """
    Whether a figure is a loss report's own count, whose losses are
    casualties: people "lost" ("Russia lost 1,340 troops"), or killed and
    wounded together ("1,230 soldiers killed or wounded").
    """
    words = [t.low for t in tokens[r.first : min(len(tokens), r.last + 2)]]
    return not lx.LOSE_VERBS.isdisjoint(words) or any(
        a in ("or", "and")
        and b in lx.PASSIVE_TRIGGERS
        and lx.PASSIVE_TRIGGERS[b][0] is not r.category
        for a, b in pairwise(words)
    )
