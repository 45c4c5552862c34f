"""
What a counted group's head says: the class of its noun (people,
equipment, self-counting, not counted), the head itself ("crew members of
the bulk carrier": members), whether it is plural or one person, the side
its words name, and which of a trigger's categories it takes.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from conflictfigures import _lexicon as lx
from conflictfigures._extraction.text import model_tail, possessive
from conflictfigures._extraction.triggers import is_adverb, past_participle
from conflictfigures.models import Category

if TYPE_CHECKING:
    from collections.abc import Callable

    from conflictfigures._extraction.text import Token


#: The head of a group named by its model alone ("two Su-34s", "an M16"):
#: equipment (no word, so no noun of the lexicon is taken for it).
MODEL_HEAD = "<model>"
#: The nouns that can head a counted group.
COUNTED = frozenset(set(lx.PEOPLE_NOUNS) | set(lx.EQUIPMENT_NOUNS) | set(lx.SELF_COUNTING_NOUNS))


def _person_base(low: str) -> str:
    """A noun of kin without "step" ("stepfather" is a father's class)."""
    return low[4:] if low.startswith("step") and len(low) > 6 else low


#: How many tokens the phrases of time and place between a count's noun and
#: a relative after it may hold ("tanks during its counteroffensive near Mala
#: Tokmachka, of which").
_ADJUNCTS_REACH = 10


def head_before_adjuncts(tokens: list[Token], j: int) -> int:
    """
    The noun of people or things before phrases of time and place that end
    at ``j`` ("lost at least 16 tanks during its counteroffensive near Mala
    Tokmachka, of which ...": "tanks"), each opened by a preposition (not
    "of"); ``j`` itself when it is such a noun or none stands within reach.
    """
    if noun_class(tokens[j].low) in ("people", "equipment"):
        return j
    for i in range(j, max(0, j - _ADJUNCTS_REACH), -1):
        tok = tokens[i]
        if tok.low in lx.ADJUNCT_OPENERS:
            if noun_class(tokens[i - 1].low) in ("people", "equipment"):
                return i - 1
        elif not (tok.is_word or tok.is_digits) or tok.low in lx.MODIFIER_STOPS:
            return j
    return j


@functools.lru_cache(maxsize=8192)
def noun_class(low: str | None) -> str:
    """Return "people", "equipment", "self", "not" or "unknown" for a head noun."""
    if low is None:
        return "none"
    if low == MODEL_HEAD:
        return "equipment"
    if low in lx.SELF_COUNTING_NOUNS:
        return "self"
    if (
        low in lx.NOT_COUNTED_NOUNS
        or low in lx.INCIDENT_NOUNS
        or low in lx.INJURY_NOUNS
        or low in lx.PASSIVE_TRIGGERS
        or low in lx.ACTIVE_TRIGGERS
    ):
        return "not"
    if low in lx.EQUIPMENT_NOUNS:
        return "equipment"
    if low in lx.PEOPLE_NOUNS or low in lx.PEOPLE_SAME_IN_PLURAL:
        return "people"  # (a people's name as its person: "a Swiss", "a Portuguese")
    if (base := _person_base(low)) != low:
        return noun_class(base)  # "stepson" ("co-worker", "ex-wife": their last word)
    if low in lx.SIDES and low.endswith("s"):
        return "people"
    singular = low.removesuffix("s")
    if singular.endswith(lx.AGENT_SUFFIXES) and singular not in lx.NOT_AGENTS:
        # "coordinator", "traders", "extremists": ones who do something.
        return "agent"
    if low.endswith(("men", "man")) and len(low) > 4:  # "tribesmen", "a fisherman"
        return "agent"
    return "unknown"


def head_word(tokens: list[Token], np: tuple[int, ...]) -> str | None:
    """
    The head noun of a counted group's words ``tokens[np[0]:np[1]]``: its
    last word, but the kin of "his mother-in-law" and the members of "crew
    members of the bulk carrier" (what they are members of counts no people).
    """
    if np[1] <= np[0]:
        return None
    last = tokens[np[1] - 1]
    if (last.is_digits or last.text == "s") and model_tail(tokens, np[1]):
        return MODEL_HEAD  # "shot down two Su-34s"
    head = last.low
    if head in lx.EQUIPMENT_MODELS and last.is_capitalized:
        return MODEL_HEAD  # "16 Bradleys", "eight German-made Leopards": weapon systems
    if head == "arms" and np[1] - np[0] >= 2 and tokens[np[1] - 2].low == "small":
        return "weapons"  # "more than 300 small arms": weapons (not "both arms")
    if head == "seekers" and any(
        tokens[k].low == "asylum" for k in range(max(np[0], np[1] - 3), np[1] - 1)
    ):
        return "asylum-seekers"  # "3,500 asylum seekers", "asylum-seekers": refugees
    if head in lx.CRAFT_NOUNS and np[1] - np[0] >= 2 and _craft(tokens, np[1] - 1):
        return MODEL_HEAD  # "two Su-34 bombers", "fighter-bombers": aircraft
    if head in ("law", "laws") and np[1] - np[0] >= 5 and tokens[np[1] - 3].low == "in":
        return tokens[np[1] - 5].low  # "his mother-in-law": a mother
    if (
        np[1] - np[0] >= 3
        and tokens[np[0]].low in _PEOPLE_MEMBERS
        and tokens[np[0] + 1].low == "of"
    ):
        return tokens[np[0]].low  # "a member of the Popular Mobilisation Forces": a member
    if np[1] - np[0] >= 3 and noun_class(head) != "people":
        for k in range(np[0], np[1] - 2):
            if tokens[k].low in _PEOPLE_MEMBERS and tokens[k + 1].low == "of":
                return tokens[k].low  # "crew members of the bulk carrier": members
    if np[1] - np[0] >= 3 and noun_class(head) not in _COUNTED_CLASSES:
        # a list member's "of" phrase, its noun before it: "Two tanks of
        # German manufacture and three trucks" (tanks), "Eight jawans of the
        # District Reserve Guard and a driver" (jawans)
        for k in range(np[0] + 1, np[1] - 1):
            if (
                tokens[k].low == "of"
                and noun_class(tokens[k - 1].low) in ("people", "equipment")
                # ("pieces of furniture": what the pieces are of counts)
                and tokens[k - 1].low not in ("piece", "pieces")
            ):
                return tokens[k - 1].low
    return head


def _craft(tokens: list[Token], i: int) -> bool:
    """Whether the noun at ``i`` follows a model or "fighter-" ("Su-34 bombers")."""
    return model_tail(tokens, i) or (
        i >= 2 and tokens[i - 1].text == "-" and tokens[i - 2].low == "fighter"
    )


#: Nouns of people that are members of what follows their "of".
_PEOPLE_MEMBERS = frozenset({"members", "member", "personnel"})


def group_class(tokens: list[Token], np: tuple[int, int, int]) -> str:
    """
    The class of a counted group's head noun (see :func:`noun_class` and
    :func:`head_word`), a title of one who heads a body counting as people
    ("a village head").
    """
    return head_class(tokens, np, head_word(tokens, np))


def head_class(tokens: list[Token], np: tuple[int, int, int], head: str | None) -> str:
    """:func:`group_class` of a group whose :func:`head_word` is known: ``head``."""
    if head == "head" and np[1] - np[0] >= 2 and tokens[np[1] - 2].low in lx.HEADED_BODIES:
        return "people"
    cls = noun_class(head)
    if np[1] > np[0] and tokens[np[0]].low in lx.MEASURE_UNITS and cls not in _COUNTED_CLASSES:
        # a distance, whatever follows it: "a few metres away", "the 4100 block
        # of Pinecrest Drive" (but "a block president" is a person)
        return "not"
    return cls


#: The classes of a head that counts people or things.
_COUNTED_CLASSES = frozenset({"people", "equipment", "self", "agent"})


def flies_if_intercepted(trigger: str, head: str | None) -> bool:
    """
    Whether a trigger takes its group's head: an interception destroys only
    munitions in flight ("intercepted 35 drones"; "intercepted two boats"
    stopped them, and "intercepted two bombers" escorted them away), and
    stops migrants on their way abroad (refugees: see
    :func:`.crossers.rescues_migrants`).
    """
    return (
        trigger not in lx.INTERCEPT_VERBS
        or head in lx.INTERCEPTED_NOUNS
        or head in lx.MIGRANT_NOUNS
    )


def choose(categories: tuple[Category | None, Category | None], cls: str) -> Category | None:
    """Pick the people or the equipment category of a trigger for a head class."""
    people, equipment = categories
    if cls == "equipment":
        return equipment
    if cls in ("agent", "unknown"):
        # A noun the lexicon does not know is people when the trigger can
        # only mean people ("two hikers died", "three traders were killed").
        return people if equipment is None else None
    if cls in ("people", "none"):
        return people
    if cls == "self":
        return people
    return None


def side_of(tokens: list[Token], start: int, end: int) -> str | None:
    """The side the first side word of ``tokens[start:end]`` names ("Russian", "Israel's")."""
    for k in range(start, end):
        low = tokens[k].low
        side = lx.SIDES.get(low)
        if side is None and possessive(low):
            side = lx.SIDES.get(low[:-2])
        if side is not None:
            return side
    return None


#: How many words before its verb a loser's name may start ("the Russian army has lost").
_LOSER_REACH = 4


def loser_side(tokens: list[Token], verb: int) -> str | None:
    """
    ``SUBJECT AUX* LOSE_VERB``: the side named by the subject of a verb of
    loss ("Russia had lost 1,120 soldiers", "Ukrainian forces lost four
    tanks"), or the owner of losses ("Russian losses amounted to", "the
    losses of the Russian forces were"), ``verb`` its index; ``None`` for
    another verb or no side.
    """
    if tokens[verb].low not in lx.LOSE_VERBS and tokens[verb].low not in lx.LOSS_WORDS:
        return None
    k = verb
    while k > 0 and (tokens[k - 1].low in lx.AUXILIARIES or is_adverb(tokens[k - 1])):
        k -= 1
    start = k
    while start > 0 and k - start < _LOSER_REACH and tokens[start - 1].is_word:
        start -= 1
    owner = side_of(tokens, start, k)
    if owner is None and verb + 1 < len(tokens) and tokens[verb + 1].low == "of":
        # "the total combat losses of the Russian forces amounted to"
        end = verb + 2
        while end < len(tokens) and end < verb + 2 + _LOSER_REACH and tokens[end].is_word:
            end += 1
        owner = side_of(tokens, verb + 2, end)
    return owner


def plural(low: str) -> bool:
    """Whether a noun (lower-case) is plural: "-s", "-men" ("gunmen", "policemen") or a few more."""
    return low.endswith(("s", "men")) or low in _PLURAL_WITHOUT_ENDING


def plural_only(low: str) -> bool:
    """
    Whether a noun (lower-case) is plural and no singular besides: not one
    spelt alike in both numbers, which "a" counts as one ("a MiG-29 aircraft").
    """
    return plural(low) and low not in lx.SAME_IN_PLURAL and low not in lx.PEOPLE_SAME_IN_PLURAL


#: Nouns plural without a plural ending: people's (``PLURAL_PEOPLE``) and
#: collective ones.
_PLURAL_WITHOUT_ENDING = lx.PLURAL_PEOPLE | frozenset(
    {"personnel", "military", "crew", "staff", "forces", "aircraft"}
)


def one_person_noun(low: str) -> bool:
    """Whether a lower-case word is a noun of one person ("father", "neighbor"; not "family")."""
    return low in lx.PEOPLE_NOUNS and not plural(low) and low not in lx.COLLECTIVE_NOUNS


#: How many words a second noun of an object may hold ("and pro-government militiamen").
_SECOND_NOUN_WORDS = 2


def past_second_noun(
    tokens: list[Token], j: int, closes: Callable[[list[Token], int], bool]
) -> int:
    """
    Where the words that close an object start after ``"and" WORD{1,2}`` at
    ``j``, a second noun of the object with no count or article of its own
    ("took 2,000 Congolese soldiers and militiamen prisoner", "shot two men
    and women dead"; ``closes`` tells whether they start at an index), else
    ``j``.
    """
    n = len(tokens)
    if j >= n or tokens[j].low != "and":
        return j
    for m in range(j + 2, min(n, j + 2 + _SECOND_NOUN_WORDS)):
        word = tokens[m - 1]
        if (
            not word.is_word
            or word.low in lx.NP_STOP
            or word.low in lx.DETERMINERS
            or word.low in lx.ARTICLE_WORDS
            or word.low in lx.PRONOUNS
            or word.low in ("other", "others")
            # a verb of its own: "detained 6 men and shot others dead"
            or word.low in lx.ACTIVE_TRIGGERS
            or word.low.endswith("ed")
            or word.low in lx.UNITS
            or word.low in lx.TENS
        ):
            return j
        if closes(tokens, m):
            return m
    return j


def others_of(
    tokens: list[Token], np: tuple[int, ...], head: str | None, antecedent: str | None
) -> str | None:
    """
    ``NUMBER "others"`` (the group ``tokens[np[0]:np[1]]``, its head
    ``head``) after people at large, whose head is ``antecedent``: the
    others are more people, as a reader takes them ("killing 26 people and
    wounding 55 others": "other people"). Not the rest of a group ("the
    others"), nor others after a group of one kind ("two soldiers ... five
    others"), whose kind they need not share, nor others told apart after a
    comma ("20 others, including passers-by").
    """
    if (
        head != "others"
        or np[1] - np[0] != 1
        or (np[0] > 0 and tokens[np[0] - 1].low == "the")
        or antecedent not in _ANYONE_PLURALS
        # (others of their own kind: "wounded 20 others, including passers-by")
        or (np[1] < len(tokens) and tokens[np[1]].text == ",")
    ):
        return None
    return f"other {antecedent}"


#: Plural nouns of people at large, whose "others" are more people ("killing
#: 26 people and wounding 55 others"); after a group of one kind ("three
#: children ... 17 others", "two soldiers ... 30 others, mostly
#: travellers") the others need not be of that kind.
_ANYONE_PLURALS = lx.PEOPLE_AT_LARGE | {"civilians"}


#: How many words a tracker's label of equipment may hold ("Infantry fighting vehicles").
_LABEL_WORDS = 6
#: How far into its sentence a number of a tracker's line may stand (its
#: label, colon and up to four more numbers with their states before it).
_LABEL_REACH = _LABEL_WORDS + 1 + 4 * 3


def equipment_label(tokens: list[Token], at: int) -> tuple[int, int] | None:
    """
    ``LABEL ":" (DIGITS STATE ",")* DIGITS`` with the number at ``at``: a
    tracker's line of one kind of equipment, its label opening the sentence
    and ending in a noun of equipment ("Infantry fighting vehicles: 3,012
    destroyed, 702 captured", "Self-propelled artillery: 465 destroyed"), who
    the numbers count. Returns the label's token range.
    """
    if at > _LABEL_REACH:
        return None  # (the label opens the sentence: each number looks back a bounded way)
    j = at - 1
    while j > 0 and tokens[j].text != ":":
        tok = tokens[j]
        if not (tok.is_digits or tok.text == "," or tok.low in lx.PASSIVE_TRIGGERS):
            return None
        j -= 1
    if j < 1 or j > _LABEL_WORDS or tokens[j].text != ":":
        return None
    label = tokens[:j]
    if (
        not label[0].is_capitalized
        or not all(t.is_word or t.text == "-" for t in label)
        or noun_class(label[-1].low) != "equipment"
    ):
        return None
    return 0, j


#: How many words before the others' deed the forces that did it may stand.
_FORCES_BEFORE = 2
#: How many words before the end of an attacker's reading "one of the
#: attackers" may open it ("one of the attackers blew himself up").
_ONE_OF_REACH = 8


def one_of_the_attackers(lows: list[str], end: int, first: int) -> bool:
    """
    ``"one" "of" ("the" | "his" | "their") PERPETRATOR_NOUN`` in the few words
    before ``end``, and the forces that harmed the "others" at ``first``
    named between them: an attacker told as one of a group ("one of the
    attackers blew himself up, while security forces shot dead three
    others"), whose others are more of the attackers. Not the others the
    attacker harmed ("blew himself up, killing three others", "left two
    others dead, including a police officer").
    """
    if lx.FORCE_WORDS.isdisjoint(lows[max(end, first - _FORCES_BEFORE) : first]):
        return False  # (the forces right before their deed: "security forces shot dead")
    window = lows[max(0, end - _ONE_OF_REACH) : end]
    return any(
        window[k] == "one"
        and window[k + 1] == "of"
        and window[k + 2] in ("the", "his", "their")
        and window[k + 3] in lx.PERPETRATOR_NOUNS
        for k in range(len(window) - 3)
    )


def plural_group(tokens: list[Token], np: tuple[int, int, int], first: int) -> bool:
    """
    Whether a group counted from ``first`` has a plural head noun and
    nothing makes it one whole ("a total of 20 people", "a family of five"
    take "was") or sets it beside the subject ("a leader along with two
    insurgents was detained"), after a preposition or a verb that takes it
    as object ("between two groups", "stabbed two women"): where a subject
    stands, a plural with "was" is a writer's slip ("Three fishermen was
    hacked to death").
    """
    before = tokens[first - 1].low if first > 0 else ""
    if before in ("of", "with", "plus"):
        return False  # and a count beside the subject: "a leader along with two insurgents was"
    # ("held four bank employees hostage was shot": an irregular participle too)
    if not (before in lx.PREPOSITIONS or (past_participle(before) and tokens[first - 1].is_word)):
        # where a subject may stand, a writer's slip: "Three fishermen was hacked to death"
        return False
    if np[1] == np[0]:
        return True  # a bare count of more than one: "the 12 injured ... has died"
    head = tokens[np[1] - 1].low
    if head in lx.CAPTIVE_WORDS and np[1] - np[0] >= 2:
        head = tokens[np[1] - 2].low  # "held four bank employees hostage": the employees
    return head in lx.PLURAL_PEOPLE or (
        head.endswith(("s", "men")) and not head.endswith(("ss", "us", "is"))
    )


def armed_killing(
    cats: tuple[Category | None, Category | None], verb: str, head: str | None
) -> tuple[Category | None, Category | None]:
    """
    The categories of a trigger ``verb`` for a group whose head noun is
    ``head``: those of a verb of removing (``lx.ARMED_KILL_VERBS``) take
    the killed for armed men or attackers ("neutralised 23 terrorists",
    "eliminating up to 150 servicemen", "neutralised 12 armed robbers"), no
    one else; any other verb's stay as they are.
    """
    if (
        cats[0] is None
        and verb in lx.ARMED_KILL_VERBS
        and (head in lx.ARMED_WORDS or head in lx.PERPETRATOR_NOUNS)
    ):
        return Category.KILLED, cats[1]
    return cats


#: How many words may stand between the group before and a further "N more"
#: of it: the joiner and the further verb ("and neutralised 15 more").
_MORE_REACH = 3


def more_of(
    tokens: list[Token],
    np: tuple[int, ...],
    head: str | None,
    before: tuple[int, str | None] | None,
) -> str | None:
    """
    The head of ``NUMBER "more"`` (the group ``tokens[np[0]:np[1]]``) that a
    further verb joined to the figure before by "and" acts on: more of the
    group before, whose ``before`` is its end and its head ("eliminated 40
    militants and neutralised 15 more": militants, as "and wounded 15 more"
    are more militants); any other head stays itself.
    """
    if head != "more" or np[1] - np[0] != 1 or before is None or before[1] is None:
        return head
    last, antecedent = before
    if 0 < np[0] - 1 - last <= _MORE_REACH and tokens[last].low in ("and", ","):
        return antecedent
    return head
