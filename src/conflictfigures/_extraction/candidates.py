"""
Candidates: a number and the group after it, chunked once and judged
whether it can be counted at all, as the linking rules see it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from conflictfigures import _lexicon as lx
from conflictfigures._extraction.ages import age_after_name, ages_after_group
from conflictfigures._extraction.articles import people_harm_after
from conflictfigures._extraction.chunks import aged, read_np
from conflictfigures._extraction.elided_equipment import elided_equipment
from conflictfigures._extraction.heads import (
    COUNTED,
    head_before_adjuncts,
    head_class,
    head_word,
    noun_class,
    one_person_noun,
    plural,
    plural_only,
)
from conflictfigures._extraction.numbers import (
    ARTICLES,
    NumberReading,
    count_word,
    dimension_at,
    ordinal_compound,
    read_number,
)
from conflictfigures._extraction.objects import people_trigger_before
from conflictfigures._extraction.part_verbs import CLAUSE_ENDS
from conflictfigures._extraction.text import GLUED, possessive
from conflictfigures._extraction.triggers import intended
from conflictfigures.models import Category, Qualifier

if TYPE_CHECKING:
    from collections.abc import Set as AbstractSet

    from conflictfigures._extraction.reading import Reading
    from conflictfigures._extraction.text import Token


class Candidate:
    """
    A number and the group after it, as the linking rules see them (built by
    :func:`make_candidate` without a class call: there is one for most numbers).
    """

    __slots__ = (
        "cls",
        "counted",
        "earlier",
        "head",
        "np",
        "num",
        "pending",
        "readings",
        "subset",
        "tokens",
        "verb_near",
        "zero",
    )

    tokens: list[Token]
    num: NumberReading
    #: the group's token range and the index after it
    np: tuple[int, int, int]
    #: its head noun
    head: str | None
    #: its class (see :func:`.chunks.noun_class`)
    cls: str
    #: the sentence's figures so far
    readings: list[Reading]
    #: list members waiting for their trigger
    pending: list[tuple[NumberReading, tuple[int, int, int]]]
    #: "no", "none", "no one"
    zero: bool
    #: "NUMBER of the NP": a part of a group named again
    subset: bool
    #: (category, head noun) of the groups counted earlier in the document
    counted: AbstractSet[tuple[Category, str]]
    #: the category of the document's last figure before the sentence
    earlier: Category | None
    #: Whether a word that can start a passive verb stands within reach
    verb_near: bool


_new = object.__new__


#: How many words a state used as a noun may take ("the most severely wounded").
_STATE_WORDS = 4

#: Nouns whose number after "of" counts everyone of a place, never a group
#: something befell ("the pre-war population of 22 million").
_WHOLES = frozenset({"population", "populace", "inhabitants"})


def _named_number(tokens: list[Token], num: NumberReading) -> bool:
    """Whether a number in digits is part of a name: after "Highway", "Flight", "Gate" ..."""
    before = tokens[num.first - 1]
    return (
        num.written_digits
        and num.qualifier is Qualifier.EXACT
        and before.is_capitalized
        and before.low in lx.NUMBERED_NAMES
    )


#: The words that may join two objects of one active verb ("killed a
#: lawmaker and a secretary", "killed a guard, a cook and a driver").
_OBJECT_JOINERS = (("and",), (",",), (",", "and"))
#: The words that may follow such a further object: a list word or a preposition.
_OBJECT_AFTER = lx.PREPOSITIONS | {"and", "or"}


def _next_victim(
    tokens: list[Token], readings: list[Reading], first: int, np: tuple[int, int, int]
) -> bool:
    """
    ``ACTIVE_FIGURE ("and" | ",") ARTICLE NOUN``: a further object of an
    active verb that befalls only people ("killed a lawmaker and a
    secretary"), whatever noun the lexicon does not know it by, when nothing
    but a mark, a list word or a preposition follows its group and its last
    word is no verb's form ("killed a soldier and a car exploded" has a
    clause of its own).
    """
    if not readings or tokens[first].low not in ("a", "an"):
        return False  # "killed a soldier and the operation ended": "the" names a thing
    prev = readings[-1]
    return (
        prev.active
        and prev.verb >= 0
        and not prev.category.is_equipment
        and tokens[prev.verb].low.startswith(lx.PEOPLE_ONLY_STEMS)
        and tuple(t.text for t in tokens[prev.last : first]) in _OBJECT_JOINERS
        and not tokens[np[1] - 1].low.endswith(("ed", "ing"))
        and (
            np[2] >= len(tokens) or not tokens[np[2]].is_word or tokens[np[2]].low in _OBJECT_AFTER
        )
    )


#: How many words an "of" phrase after a person may hold before an age
#: set off after it ("the driver of a pickup truck, 52,").
_OWNED_WORDS = 4


def _one_person_before(tokens: list[Token], k: int) -> bool:
    """
    Whether ``tokens[k]`` ends a noun of one person, or a short "of" phrase
    or relative clause after one ("his father", "the driver of a pickup",
    "The man who died"): what an age set off by commas after it belongs to.
    """
    if one_person_noun(tokens[k].low):
        return True
    for j in range(k - 1, max(0, k - _OWNED_WORDS - 1), -1):
        low = tokens[j].low
        if low in ("of", "who"):
            return j > 0 and one_person_noun(tokens[j - 1].low)
        if not tokens[j].is_word:
            return False
    return False


#: Heads of an article's group that name no one, whatever befalls them ("An
#: unknown number were wounded": how many is not told).
_NO_ONE_HEADS = frozenset({"number", "amount", "total", "majority", "lot"}) | lx.PRONOUNS


#: Parents named by how many children they have ("a father of four").
_PARENTS = frozenset(
    {"father", "mother", "parent", "grandfather", "grandmother", "grandparent", "dad", "mom", "mum"}
)


#: Words that, opening a sentence before a year, make it the time of what a
#: noun of harm counts, not its count ("In 2022 murders rose").
_YEAR_BEFORE = frozenset({"in", "since", "until", "during", "by", "before", "after", "for"})


def make_candidate(
    tokens: list[Token],
    num: NumberReading,
    readings: list[Reading],
    pending: list[tuple[NumberReading, tuple[int, int, int]]],
    *,
    zero: bool,
    told_before: bool = False,
) -> Candidate | None:
    """
    Chunk the group after a number and decide whether it can be counted at
    all: ``None`` for a noun that is never a casualty, an article before no
    single person or thing, a year (an article that surely counts no one is
    screened out before, by :func:`read_figure`).  ``told_before``: the
    document's last figure before the sentence counted people harmed (whose
    "The other" or "The second" opening the sentence is one more).
    """
    n = len(tokens)
    if num.last < n and tokens[num.last].low == "times":
        return None  # "shot multiple times Saturday": how often, not how many
    if (
        num.article
        and num.last < n
        and tokens[num.last].low in ARTICLES
        and not tokens[num.last].is_capitalized
    ):
        return None  # an article before another names no one ("a a"; not "an An-72")
    if num.first:
        before = tokens[num.first - 1]
        if _money_before(tokens, num.first, before):
            return None  # "a $10,000 bounty", "Rs 1 lakh": a sum
        if num.first >= 2 and (before.low == "of" or before.gap == GLUED):
            owner = tokens[num.first - 2]
            if before.low == "of" and (owner.low in lx.MEMBER_NOUNS or owner.low in _PARENTS):
                # "14 members of one family", "eight personnel of the District
                # Reserve Guard": whose members; "a father of four was shot":
                # his children; no count of its own
                return None
            if dimension_at(before, owner):
                return None  # "the six-by-six truck", "a 4x4": a vehicle's wheels, no count
    if _member_of_a_count(tokens, num):
        return None  # "He was one of four people killed": the count is the four
    if zero and tokens[num.first].low == "no":
        # "No Afghan or coalition forces were killed": allow "or"/"and" inside.
        k = num.last
        while (
            k < n
            and k < num.last + 6
            and tokens[k].is_word
            and tokens[k].low not in lx.AUXILIARIES
            and tokens[k].low not in lx.PASSIVE_TRIGGERS
        ):
            k += 1
        np = (num.last, k, k)
    else:
        np = read_np(tokens, num.last)
    head = head_word(tokens, np)  # ("crew members of the carrier": members)
    if head == "missing" and np[1] == np[0] + 1:
        np, head = (np[0], np[0], np[0]), None  # "and three missing": no group, a state
    if head is None and not zero:
        head = relative_head(tokens, num.first) or antecedent_head(tokens, num)
    if num.article and np[1] - np[0] == 1 and head in lx.COLLECTIVE_ADJECTIVES:
        return None  # "a massacre of the innocent": a class of people, no count
    # (a group with words has the head read above: its class is read from it)
    cls = noun_class(head) if np[1] == np[0] else head_class(tokens, np, head)
    if (
        cls in ("people", "unknown")
        and np[1] + 1 < n
        and tokens[np[1]].low == "and"
        and lx.SELF_COUNTING_NOUNS.get(tokens[np[1] + 1].low) is Category.REFUGEES
    ):
        # "2.8 million Venezuelan migrants and refugees": the pair is counted
        # as the refugees it names
        np, head, cls = (np[0], np[1] + 2, np[1] + 2), tokens[np[1] + 1].low, "self"
    if head in lx.CASE_NOUNS and (counted := _cases_of(tokens, np[1])) is not None:
        # "22 cases of abductions": the cases count what they are of, and
        # "of protesters" after them names whom ("cases of abductions of protesters")
        end = counted[0] + 1
        np, head, cls = _whom_of(tokens, end) or (np[0], end, end), counted[1], "self"
    if (
        head in lx.PASSIVE_TRIGGERS
        and tokens[np[0]].low in ("the", "those")
        and (np[1] - np[0] == 2 or (np[1] - np[0] <= _STATE_WORDS and np[1] == np[2]))
    ):
        # "the injured", "the dead", "those wounded", "the most severely
        # wounded": the people in that state
        cls = "people"
    if cls == "not" and pending and num.first and tokens[num.first - 1].low == "and":
        return None  # "100 guns, 25 grenades and 3,000 rounds ... were seized": see links
    if cls == "not" or (
        # "2,000 cattle looted and 3 herders killed": animals are no one,
        # whatever word the group ends on
        cls == "unknown" and not lx.ANIMAL_NOUNS.isdisjoint(t.low for t in tokens[np[0] : np[1]])
    ):
        pending.clear()
        return None
    if (
        (head is None or (head == "more" and np[1] - np[0] == 1))
        and not zero
        and elided_equipment(tokens, num, readings, more=head == "more")
    ):
        # An elided group is the group before: "two helicopters were damaged
        # and one was abandoned", "lost 40 tanks: 30 destroyed, 6 damaged".
        cls = "equipment"
    # "killing one driver and injuring the other": one more of the group
    # before; so is "the third" right after a count of the two others ("Two
    # were pronounced dead and the third was taken to a hospital"), but not
    # one of them ("Two men were wounded; the second ...")
    the_other = (
        num.article
        and (readings or (told_before and num.first == 0))
        and tokens[num.first].low == "the"
        # (a group's words left in the sentence: not "5 dead the\"" at its end)
        and np[0] < len(tokens)
        and (
            (
                tokens[np[0]].low == "other"
                # "the other child remains missing"
                and (np[1] - np[0] == 1 or (np[1] - np[0] == 2 and not plural(head or "s")))
            )
            or (
                np[1] - np[0] == 1
                and (
                    lx.COUNTING_PLACES.get(tokens[np[0]].low)
                    == sum(r.number.stated or 0 for r in readings) + 1
                    # a sentence of its own after the count: "Police found
                    # one man dead. The second was taken to hospital"
                    or (not readings and tokens[np[0]].low in lx.COUNTING_PLACES)
                )
            )
        )
    )
    if (
        head is not None
        and np[1] > np[0]
        and tokens[num.first].low in ("a", "an")
        and num.last - num.first == 2
        and tokens[num.first + 1].low in lx.ORDINALS
        and cls not in ("people", "equipment", "agent", "self")
        # (a people's name or an acronym counts someone: "A second American")
        and not tokens[np[1] - 1].is_capitalized
    ):
        return None  # "handed Lukashenko a sixth term": one more of no one counted
    if the_other and np[2] < n and _verb_of_its_own(tokens[np[2]].low):
        return None  # "arrested one suspect and the other escaped": not arrested
    if the_other:
        cls = noun_class(readings[-1].head) if readings and readings[-1].head else "people"
        if cls == "self":
            cls = "people"  # "two martyrs ... the other": one more person, no self-counting noun
    if (
        num.article
        and not the_other
        and (
            (
                np[1] > np[0]
                and tokens[np[0]].low in lx.ORDINALS
                # (not a compound of it: "a sixth-grade student", "a first-year student")
                and not (np[0] + 2 < np[1] and ordinal_compound(tokens, np[0]))
                # (nor a count told again: "injured the same number")
                and not (head == "number" and np[1] - np[0] == 2)
            )
            # "host the largest numbers": a superlative before a plural is no one
            or (
                np[1] > np[0] + 1
                and tokens[np[0]].low in lx.SUPERLATIVES
                and plural(tokens[np[0] + 1].low)
            )
            or (
                cls not in ("people", "equipment", "agent", "self")
                and head is not None
                # "fatally shot a clerk": a verb that befalls people counts one
                and not (
                    cls == "unknown"
                    and (
                        people_trigger_before(tokens, num.first) is not None
                        or _next_victim(tokens, readings, num.first, np)
                        # a member of a list of people waiting for its verb:
                        # "Sixteen mothers, two babies, a midwife and five ..."
                        or (pending and num.first and tokens[num.first - 1].low in (",", "and"))
                        # "A novice was killed": a harm only people suffer
                        # ("The bill was killed in committee" is no one)
                        or (
                            np[2] < n
                            and tokens[num.first].low in ("a", "an")
                            and head not in _NO_ONE_HEADS
                            and people_harm_after(tokens, np[2])
                        )
                    )
                    # "injured an additional 55", "killed a total of eight": the
                    # article's count follows
                    and not (
                        np[2] < n
                        and (tokens[np[2]].low == "of" or read_number(tokens, np[2]) is not None)
                    )
                )
            )
            # "a fatality", "one death" count themselves once; "the death of" does not
            or (
                cls == "self"
                and (
                    (
                        tokens[num.first].low not in lx.ONE_SELF_WORDS.get(head or "", ("a", "an"))
                        # "the driver's body": one person's, named by a possessive
                        and not (
                            head in lx.ONE_SELF_WORDS
                            and tokens[num.first].low == "the"
                            and np[1] - np[0] >= 2
                            and possessive(tokens[np[1] - 2].low)
                        )
                    )
                    or (np[2] < n and tokens[np[2]].low == "of")
                )
            )
            # "and another injured": the group of the figure before; "a
            # 16-year-old was killed": the age names a person
            or (head is None and tokens[num.first].low != "another" and not aged(tokens, num))
            or (head is not None and plural_only(head))
            or head in lx.COLLECTIVE_NOUNS
            or head in lx.MASS_EQUIPMENT_NOUNS
        )
    ):
        return None
    if (
        num.stated is not None
        and num.qualifier is Qualifier.EXACT
        and num.written_digits
        and 1900 <= num.stated <= 2100
        and "," not in tokens[num.first].text
        and (
            cls not in ("people", "equipment", "self")
            # a year after "the": "the 2022 beating death of an inmate", "the
            # 2019 murders of two students"
            or (
                num.first
                and tokens[num.first - 1].low == "the"
                and (np[1] - np[0] > 1 or cls == "self")
            )
            # an event's name or time: "2003 Goraždevac murders", "In 2022
            # deaths from political violence rose", "Since 2015 fatalities
            # have fallen" (the year opens the sentence)
            or (
                cls == "self"
                and (
                    (num.last < n and tokens[num.last].is_capitalized)
                    or (num.first == 1 and tokens[0].low in _YEAR_BEFORE)
                )
            )
        )
    ):
        return None  # a year
    if cls == "self" and any(t.low in lx.ATTEMPT_WORDS for t in tokens[num.last : np[1]]):
        return None  # "3 attempted murders": no one killed
    if (
        num.first > 1
        and tokens[num.first - 1].text == ","
        and age_after_name(tokens, num, person=_one_person_before(tokens, num.first - 2))
    ):
        return None  # "John Smith, 34, and Mary Jones, 29, were killed"; "his father, 52,"
    if (
        num.first
        and tokens[num.first - 1].low in lx.RESULT_VERBS
        and intended(tokens, num.first - 1)
    ):
        return None  # "could ... leave 1 million homeless": a hypothesis
    if num.first and _named_number(tokens, num):
        return None  # "on Highway 61", "Interstate 35": a name, no count
    if num.first > 1 and ages_after_group(tokens, num):
        return None  # "The victims, 15 and 16, were taken to hospital"
    if num.first > 1 and tokens[num.first - 1].low == "of" and tokens[num.first - 2].low in _WHOLES:
        return None  # "half the pre-war population of 22 million": everyone, no group harmed
    # "one of the insurgents detained", "two of the detainees": a part of a
    # group already counted, named again, unless a verb of its own follows
    # ("two of its soldiers were killed").
    subset = (
        num.last + 1 < n
        and tokens[num.last].low == "of"
        and tokens[num.last + 1].low in lx.SUBSET_DETERMINERS
    ) or (
        # "many of the casualties": the vague word took its "of" along
        num.vague is not None
        and num.last < n
        and tokens[num.last - 1].low == "of"
        and tokens[num.last].low in lx.SUBSET_DETERMINERS
    )
    num = pair_number(tokens, num, head)
    c: Candidate = _new(Candidate)
    c.tokens = tokens
    c.num = num
    c.np = np
    c.head = head
    c.cls = cls
    c.readings = readings
    c.pending = pending
    c.zero = zero
    c.subset = subset
    c.counted = frozenset()
    c.earlier = None
    c.verb_near = True
    return c


#: Forms of "be" before a member of a counted group ("He was one of four people killed").
_MEMBER_COPULAS = frozenset({"is", "are", "was", "were", "been", "be"})
#: Auxiliaries a member's group may have in its relative clause ("who had been killed").
_MEMBER_AUXILIARIES = frozenset({"were", "was", "had", "have", "has", "been"})


def _member_of_a_count(tokens: list[Token], num: NumberReading) -> bool:
    """
    ``BE NUMBER "of" NUMBER NP PASSIVE_TRIGGER``: the subject named as
    members of a group the second number counts with its own participle
    ("He was one of four people killed in the attack", "The brothers were
    two of at least 12 people wounded"), whose figure is the group's, read
    at the second number (as "among four people killed" is); not a share
    of a whole with no participle of its own ("Those killed were 12 of 40
    passengers on board": 12), nor one with a verb of its own ("Two of
    three hostages died").
    """
    j = num.last
    if not (
        num.first > 0
        and tokens[num.first - 1].low in _MEMBER_COPULAS
        and j + 1 < len(tokens)
        and tokens[j].low == "of"
    ):
        return False
    # ("one of the roughly 20 civilians": the group named as known)
    whole = read_number(tokens, j + 2 if tokens[j + 1].low == "the" else j + 1)
    if whole is None:
        return False
    end = read_np(tokens, whole.last)[1]
    if end + 2 < len(tokens) and tokens[end].low in lx.RELATIVE_PRONOUNS:
        # "one of four people who were killed", "who had been killed", "who died"
        end += 1
        while end < len(tokens) - 1 and tokens[end].low in _MEMBER_AUXILIARIES:
            end += 1
    return end < len(tokens) and tokens[end].low in lx.PASSIVE_TRIGGERS


def pair_number(tokens: list[Token], num: NumberReading, head: str | None) -> NumberReading:
    """
    ``("a" | "an" | "the") WORD* PAIR_NOUN``: two people, the number of a
    pair ("an elderly couple", "a honeymooning couple from Pune"); else ``num``.
    """
    if num.article and head in lx.PAIR_NOUNS and tokens[num.first].low in lx.ARTICLE_WORDS:
        return NumberReading(num.first, num.last, 2, Qualifier.EXACT)
    return num


def own_first(c: Candidate, first: int) -> int:
    """
    Where a figure's words start: at ``first`` (its verb or opening phrase)
    when that lies after the figure before, else at its number.
    """
    return first if first >= (c.readings[-1].last if c.readings else 0) else c.num.first


def _money_before(tokens: list[Token], first: int, before: Token) -> bool:
    """
    Whether a sign or code of money stands right before a number at
    ``first`` (``before``: the token before it).
    """
    if before.text == "." and first >= 2:
        before = tokens[first - 2]  # "Rs. 5 crore"
    return before.text in lx.CURRENCY_SIGNS or before.low in lx.CURRENCY_CODES


#: How far back a list member may look for the "of which" that opens its list.
_RELATIVE_REACH = 16


def relative_head(tokens: list[Token], first: int) -> str | None:
    """
    ``NOUN "," "of" ("which" | "whom") NUMBER ...``: the noun a relative
    partitive counts parts of, for the number that opens it and for each
    member of its list ("fired 40 missiles, of which 35 were shot down";
    "lost 2,900 tanks, of which 1,900 were destroyed, 150 damaged and 550
    captured").
    """
    for k in range(first - 1, max(2, first - _RELATIVE_REACH), -1):
        low = tokens[k].low
        if low in ("which", "whom") and tokens[k - 1].low == "of":
            j = k - 2
            if tokens[j].text == ",":
                j = _past_source_aside(tokens, j) - 1
            if j >= 0 and tokens[j].is_digits:
                return _losses_noun(tokens, j)  # "tank losses ... stand at 2,981, of which"
            if j >= 0 and tokens[j].is_word:
                return tokens[head_before_adjuncts(tokens, j)].low
            return None
        if low in lx.RELATIVE_LIST_STOPS:
            return None
    return None


#: How many tokens a source's aside ("according to the open-source
#: tracker") may hold between a count and its "of which".
_ASIDE_REACH = 10


def _past_source_aside(tokens: list[Token], comma: int) -> int:
    """
    Where a source's aside ``"," "according" "to" WORD+`` ending right before
    ``comma`` opens (its own comma), else ``comma``: "stand at 2,981,
    according to the open-source tracker, of which ...".
    """
    for j in range(comma - 1, max(1, comma - _ASIDE_REACH), -1):
        if not (tokens[j].is_word or tokens[j].text in lx.DASHES):
            return comma
        if tokens[j].low == "according" and tokens[j + 1].low == "to":
            return j - 1 if tokens[j - 1].text == "," else comma
    return comma


#: How far before a count of losses their noun may stand ("Visually
#: confirmed Russian tank losses since 24 February 2022 now stand at 2,981").
_LOSSES_NOUN_REACH = 14


def _losses_noun(tokens: list[Token], count: int) -> str | None:
    """
    The noun of equipment right before the "losses" a count at ``count``
    totals in its clause ("tank losses ... now stand at 2,981": "tank"),
    else ``None``.
    """
    for j in range(count - 1, max(0, count - _LOSSES_NOUN_REACH), -1):
        low = tokens[j].low
        if low in lx.RELATIVE_LIST_STOPS or low == ",":
            return None
        if low == "losses":
            before = tokens[j - 1].low
            return before if noun_class(before) == "equipment" else None
    return None


def _cases_of(tokens: list[Token], k: int) -> tuple[int, str] | None:
    """
    ``"of" WORD? NOUN`` at ``k``, the noun a plural one that counts itself
    ("cases of abductions", "incidents of extrajudicial killings"): the
    noun's index and word, else ``None``.  Not a crime's name in the
    singular, a police case's charge ("opened two cases of murder" after
    two deaths the story tells).
    """
    if k + 1 >= len(tokens) or tokens[k].low != "of":
        return None
    for j in (k + 1, k + 2):
        if j < len(tokens) and tokens[j].low in lx.SELF_COUNTING_NOUNS:
            return j, tokens[j].low
    return None


def _whom_of(tokens: list[Token], k: int) -> tuple[int, int, int] | None:
    """
    ``"of" NP`` at ``k`` after a noun of harm, its head people ("of
    protesters", "of local journalists"): the group it befell, as
    :func:`.chunks.read_np` gives it, else ``None``.
    """
    if k + 1 >= len(tokens) or tokens[k].low != "of":
        return None
    group = read_np(tokens, k + 1)
    if group[1] > group[0] and noun_class(tokens[group[1] - 1].low) == "people":
        return group
    return None


#: How far before a partitive "of them" the group it counts part of may stand.
_ANTECEDENT_REACH = 12


def antecedent_head(tokens: list[Token], num: NumberReading) -> str | None:
    """
    ``NOUN WORD* "," ACTIVE_VERB NUMBER "of" ("them" | "those")``: the noun a
    partitive after the number counts part of, the nearest counted noun
    before the number in its clause ("hit 14 Russian vehicles, destroying
    nine of them"; "surrounded 20 fighters, killing five of them"), or none
    when a number with a state and no noun stands nearer ("59 injured, 14 of
    them").
    """
    k = num.last
    if k + 1 >= len(tokens) or tokens[k].low != "of" or tokens[k + 1].low not in ("them", "those"):
        return None
    if num.first > 0 and tokens[num.first - 1].text == ",":
        # a clause opens on the number, no verb of the noun before it: "By
        # the time the trucks arrived, 78 of them had died" (not the trucks)
        return None
    for j in range(num.first - 1, max(-1, num.first - 1 - _ANTECEDENT_REACH), -1):
        low = tokens[j].low
        if low in COUNTED:
            return low
        if low in CLAUSE_ENDS:
            return None
        if count_word(tokens[j]) and j + 1 < num.first and tokens[j + 1].low in lx.PASSIVE_TRIGGERS:
            # a number with a state and no noun is the nearest group: "left 20
            # dead and 59 injured, 14 of them in critical condition" counts the
            # injured (not a date's or a code's number: "on 5 March")
            return None
    return None


def _verb_of_its_own(low: str) -> bool:
    """
    Whether a word after "the other" is a verb of its own that befalls no one
    ("escaped", "survived", "fled"): "the other" is then its subject, never
    one more object of a trigger before.
    """
    return (
        low not in lx.PASSIVE_TRIGGERS
        and low not in lx.AUXILIARIES
        and (low.endswith("ed") or low in lx.VERB_LIKE or low in lx.FLIGHT_VERBS)
    )
