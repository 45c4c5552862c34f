"""
Inverted lists: a state named first, then who were in it ("Among the dead
were a nurse, two paramedics and a journalist", "The foreign victims
included five Iranians", "Killed were two men and a woman"), and the lists
of things a participle opens ("Recovered from the scene were one AK-47
rifle, two pistols and four machetes"). Read by :mod:`.links`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from conflictfigures import _lexicon as lx
from conflictfigures._extraction.heads import noun_class
from conflictfigures._extraction.numbers import NUMBER_STARTERS, read_number
from conflictfigures._extraction.triggers import passive_phrase_at
from conflictfigures.models import Category, Qualifier

if TYPE_CHECKING:
    from conflictfigures._extraction.numbers import NumberReading
    from conflictfigures._extraction.text import Token

__all__ = ["inverted_list"]


#: The verbs of a list that names who were in a state ("Among the dead
#: were ...", "Those killed included ...").
_INVERTED_VERBS = lx.PLAIN_BE | lx.INCLUDE_VERBS | lx.COMPRISE_VERBS
#: How far back from a member the list's verb may stand.
_INVERTED_REACH = 24
#: How many words a number's qualifier takes at most ("no fewer than").
_QUALIFIER_REACH = 3


def inverted_list(
    tokens: list[Token], num: NumberReading, victims: Category | None = None
) -> tuple[tuple[Category | None, Category | None], int] | None:
    """
    ``("among"? ("the" | "those"))? STATE VERB MEMBER (("," | "and") MEMBER)*``
    with ``VERB = "were" | "was" | "included" | ...``, the number starting a
    member: who were in the state, named after it ("Among the dead were a
    nurse, two paramedics and a journalist", "Those killed included eleven
    women and a baby", "The injured included two journalists"; a bare state
    only when it opens the sentence: "Killed were two men and a woman").  "The
    victims" are of the category ``victims`` (the dead when the story counted
    any, else the hurt: "At least 40 people died. The victims included 17 men
    and 15 women").  Equipment is listed so too, after a participle that
    opens the sentence, perhaps with a place ("Recovered from the scene were
    one AK-47 rifle, two pistols and four machetes"), or after a noun of
    things ("Items recovered include 2 gun trucks").  A state counted by a
    number ("The 1,311 dead included 830 civilians") is read only for the
    dead or hurt and a first member in digits.  Returns the state's
    categories (people, equipment) and where the opening phrase starts.
    """
    for verb in range(num.first - 1, max(-1, num.first - 1 - _INVERTED_REACH), -1):
        tok = tokens[verb]
        if tok.low in _INVERTED_VERBS:
            # (read from the place's preposition as from the verb: "Among
            # those killed across the country were 12 children")
            k = _past_place(tokens, verb)
            # the state opens the sentence with no article: "Killed were two
            # men and a woman", "Wounded were four bystanders"
            bare = k == 1 or (k >= 2 and tokens[k - 2].text in _OPENING_MARKS)
            # a state of two words: "Among those rounded up were 2,839
            # soldiers", "Those taken hostage included ..." (read from its
            # last word, as a state of one)
            phrase = (
                passive_phrase_at(tokens, k - 2)
                if not bare and k >= 3 and tokens[k - 3].low in _INVERTED_OPENERS
                else None
            )
            two_words = phrase is not None and len(phrase[0]) == 2
            at = k - 1 if two_words else k
            # where the opener stands: right before the state, or before one
            # word of it ("The foreign victims included five Iranians")
            opener = at - 2
            if (
                not bare
                and opener >= 1
                and tokens[opener].low not in _INVERTED_OPENERS
                and tokens[opener - 1].low in ("the", "those")
                and _state_modifier(tokens[opener])
            ):
                opener -= 1
            if not bare and (opener < 0 or tokens[opener].low not in _INVERTED_OPENERS):
                return _placed_opening(tokens, k)
            trig = (
                (phrase[1], phrase[2])
                if phrase is not None and two_words
                else lx.PASSIVE_TRIGGERS.get(tokens[k - 1].low)
            )
            if victims is not None and not bare and tokens[k - 1].low == "victims":
                trig = (victims, None)
            elif not bare and tokens[k - 1].low == "losses":
                # "Among the losses were four Leopard 2 tanks": the dead or the destroyed
                trig = (Category.KILLED, Category.EQUIPMENT_DESTROYED)
            elif not bare and tokens[k - 1].low in _COUNTED_STATES:
                # "Among the martyrs are 175 medical staff", "Among the
                # hostages were 30 children": people a noun counts in its state
                trig = (lx.SELF_COUNTING_NOUNS[tokens[k - 1].low], None)
            elif (
                not bare
                and tokens[k - 1].low == "toll"
                and tokens[k - 2].low in ("the", "death")  # (not "the injury toll")
                and tok.low in lx.INCLUDE_VERBS
            ):
                trig = (Category.KILLED, None)  # "The (death) toll includes a soldier who ..."
            elif trig is None or not (two_words or tokens[k - 1].low.endswith(("ed", "ead"))):
                return None if bare else _placed_opening(tokens, k)
            if bare:
                return trig, k - 1
            if tokens[at - 2].is_digits and (
                trig[0] not in lx.HARM_CATEGORIES
                # (a first member in digits: "The 12 wounded included three
                # children" is read as one figure by the passive rule)
                or not (verb + 1 < len(tokens) and tokens[verb + 1].is_digits)
            ):
                return None  # ("The 300 detained included 40 minors": no parts read for it)
            if tokens[opener].low in lx.THING_NOUNS:
                return (None, trig[1]), opener  # "Items recovered include ..."
            start = opener - 1 if opener >= 1 and tokens[opener - 1].low == "among" else opener
            if (
                tokens[opener].low == "the"
                and start == opener
                and tok.low in lx.PLAIN_BE
                # (unless a count follows the verb at once: "The dead were two
                # soldiers and a civilian", "The remaining dead were 214 ...";
                # or one person named by a noun of people, a member of a list:
                # "The dead were the driver, a schoolteacher and ...")
                and not _counted_after(tokens, verb + 1)
                and not _person_member_after(tokens, verb + 1)
            ):
                return None  # "the injured were taken to hospital": the state is their own
            return trig, start
        if not (tok.is_word or tok.is_digits or tok.text in (",", "-")) or (
            tok.low in lx.NP_STOP
            and tok.low not in ("and", "or")
            # (an earlier member's qualifier: "Among the dead were at least 10
            # students and two teachers")
            and not _qualifies_a_number(tokens, verb)
        ):
            return None
    return None


#: How many words a person's noun may stand after its article ("a rubber tapper").
_PERSON_NOUN_REACH = 3


def _person_member_after(tokens: list[Token], k: int) -> bool:
    """
    Whether an article and a noun of one person, then a comma or "and",
    start at ``k``: the first member of a list ("The dead were the driver,
    a schoolteacher, a rubber tapper and his wife"; not "the injured were
    taken to hospital", "The dead were a mix of ...").
    """
    n = len(tokens)
    if k >= n or tokens[k].low not in ("a", "an", "the"):
        return False
    for j in range(k + 1, min(n, k + 1 + _PERSON_NOUN_REACH)):
        tok = tokens[j]
        if not tok.is_word:
            return False
        if j + 1 < n and tokens[j + 1].text in (",", "and"):
            return noun_class(tok.low) in ("people", "agent")
    return False


def _counted_after(tokens: list[Token], k: int) -> bool:
    """Whether a count, not an article, starts at ``k`` ("two soldiers", "at least 214")."""
    found = read_number(tokens, k) if k < len(tokens) else None
    return (
        found is not None
        and not found.article
        and found.stated is not None
        # (a share, no count: "The dead were 70 percent women and children")
        and not (found.last < len(tokens) and tokens[found.last].low in lx.SHARE_WORDS)
    )


#: Plural nouns that count people in a state, before an inverted list's verb.
_COUNTED_STATES = frozenset(
    noun
    for noun in lx.SELF_COUNTING_NOUNS
    if noun.endswith("s") and (noun in lx.PEOPLE_NOUNS or noun == "fatalities")
)


def _qualifies_a_number(tokens: list[Token], k: int) -> bool:
    """Whether ``tokens[k]`` is in the qualifier of a number ("at least 10", "more than 20")."""
    for j in range(k, max(-1, k - _QUALIFIER_REACH), -1):
        reading = read_number(tokens, j)
        if reading is not None and reading.qualifier is not Qualifier.EXACT:
            return k < reading.last
    return False


def _past_place(tokens: list[Token], k: int) -> int:
    """
    ``("the" | "those" | THING_NOUN) STATE PREPOSITION WORD{1,11} VERB`` before the verb at
    ``k``: the preposition after the state, where the state's phrase ends
    and a phrase of place or time starts ("Among those killed across the
    country were", "Those wounded in Gaza included", "Among those killed in
    the fighting around Goma between 23 and 27 January were"; no clause of
    its own between), else ``k``.
    """
    if k >= 3 and tokens[k - 1].low in lx.RELATIVE_DAY_WORDS:
        # "Among the dead overnight were nine members of one family": the time
        # after the state, its phrase ending there
        state = tokens[k - 2].low
        if tokens[k - 3].low in ("the", "those") and state in lx.PASSIVE_TRIGGERS:
            return k - 1
    for p in range(k - 2, max(1, k - 2 - _STATE_PHRASE_WORDS), -1):
        tok = tokens[p]
        if tok.low in _STATE_PHRASE_PREPS:
            state = tokens[p - 1].low
            if (
                # (or a noun of things: "Among the weapons seized at the base were")
                (tokens[p - 2].low in ("the", "those") or tokens[p - 2].low in lx.THING_NOUNS)
                and state in lx.PASSIVE_TRIGGERS
                and state.endswith(("ed", "ead"))
            ):
                return p
            continue  # (a phrase of more than one: "in the fighting around Goma")
        if not (tok.is_word or tok.is_digits) or tok.low in _PHRASE_ENDS:
            return k
    return k


#: The words that may open a state's phrase of place and time ("killed in",
#: "arrested during", "killed since").
_STATE_PHRASE_PREPS = lx.PLACE_PREPS | lx.PREPOSITIONS | lx.PERIOD_BOUNDS | {"during", "over"}
#: Words that end a state's phrase of place and time: another clause's.
_PHRASE_ENDS = lx.CLAUSE_BREAKS | lx.BE_FORMS | lx.AUXILIARIES


#: What may stand before the state of an inverted list.
_INVERTED_OPENERS = frozenset({"the", "those"}) | lx.THING_NOUNS


def _state_modifier(tok: Token) -> bool:
    """
    Whether a word may qualify an inverted list's state ("foreign",
    "Palestinian", "civilian", "remaining"; whether its members are parts of
    the whole told before is :func:`.breakdowns.later_parts`'s to say), or
    number it ("The 1,311 dead included 830 civilians, 231 members of the
    security forces and 250 fighters": parts of the 1,311).
    """
    return tok.is_digits or (
        tok.is_word
        and tok.low not in lx.NP_STOP
        and tok.low not in lx.PASSIVE_TRIGGERS
        and tok.low not in NUMBER_STARTERS
    )


#: How many words a place between an opening participle and its verb may hold,
#: and a phrase of place and time after the state of an inverted list.
_PLACED_WORDS = 5
_STATE_PHRASE_WORDS = 12


def _placed_opening(
    tokens: list[Token], k: int
) -> tuple[tuple[Category | None, Category | None], int] | None:
    """
    ``PARTICIPLE PREPOSITION WORD{1,4} VERB`` opening the sentence, the verb at
    ``k`` ("Recovered from the scene were ...", "Seized at the scene were
    ..."): the participle's categories and index, or ``None``.
    """
    for s in range(k - 2, max(-1, k - 2 - _PLACED_WORDS), -1):
        if s == 0 or tokens[s - 1].text in _OPENING_MARKS:
            trig = lx.PASSIVE_TRIGGERS.get(tokens[s].low)
            if (
                trig is None
                or not tokens[s].low.endswith("ed")
                or tokens[s + 1].low not in lx.PREPOSITIONS
                or not all(t.is_word for t in tokens[s + 1 : k])
            ):
                return None
            return trig, s
    return None


#: What may stand right before a state that opens an inverted list.
_OPENING_MARKS = frozenset({".", ":", ";", "\u2014", "-"})
