"""
Verb groups: the adverbs that stand among auxiliaries, a group's second,
coordinated verb, the verb of a group after what hangs off it, and the
"losses" whose verb comes after their owner and period (injuries after a
verb of suffering are in :mod:`~conflictfigures._extraction.injuries`).
Chunks, rules and the one-person readers all read them, so they live
below them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from conflictfigures import _lexicon as lx
from conflictfigures._extraction.dates import date_word
from conflictfigures._extraction.heads import noun_class, past_second_noun
from conflictfigures._extraction.injuries import injury_after_escape, read_injury
from conflictfigures._extraction.numbers import ARTICLES, NUMBER_STARTERS, read_number
from conflictfigures._extraction.text import abbreviation_dot, possessive, words_at
from conflictfigures._extraction.triggers import (
    PASSIVE_BY_FIRST,
    TAKE_CLOSERS,
    active_phrases_at,
    is_adverb,
    loss_phrases_at,
    no_war_losses,
    passive_phrase_at,
    past_participle,
)
from conflictfigures.models import Category

if TYPE_CHECKING:
    from collections.abc import Set as AbstractSet

    from conflictfigures._extraction.numbers import NumberReading
    from conflictfigures._extraction.text import Token


#: How far a coordinated verb phrase may run before its "and TRIGGER".
_COORDINATED_REACH = 20


def coordinated_trigger(tokens: list[Token], k: int, *, after_name: bool = False) -> int | None:
    """
    ``VERB WORD* ("and" | "but") AUX* TRIGGER``: the group's second verb, after
    a first verb phrase that is no trigger ("was washed into the ocean by a
    sneaker wave and drowned", "were rescued but later pronounced dead").
    The first phrase holds no count, comma or clause word; a measure ("thrown
    40 yards") is not a count.  Returns the trigger's index.
    """
    found = _coordinated(tokens, k, after_name=after_name)
    return found if found is not None and tokens[found].low in lx.PASSIVE_TRIGGERS else None


def coordinated_phrase(
    tokens: list[Token], k: int
) -> tuple[tuple[Category | None, Category | None], int, int] | None:
    """
    ``VERB WORD* "and" AUX* PASSIVE_PHRASE``: the group's second verb as a
    phrase ("was tasered and taken into custody", "were beaten and taken
    away"): its categories and token range, else ``None``.
    """
    found = _coordinated(tokens, k)
    phrase = passive_phrase_at(tokens, found) if found is not None else None
    if found is None or phrase is None:
        return None
    words, people, equipment = phrase
    return (people, equipment), found, found + len(words)


def _to_death_at(tokens: list[Token], v: int | None) -> bool:
    """``VERB (("and" | "or") VERB)? "to" "death"`` at ``v`` ("shot or hacked to death")."""
    if v is None:
        return False
    j = v + 3 if v + 1 < len(tokens) and tokens[v + 1].low in ("and", "or") else v + 1
    return words_at(tokens, j, ("to", "death")) and tokens[v].low not in lx.SENTENCE_VERBS


def second_verb(tokens: list[Token], k: int) -> int | None:
    """
    The first word of the group's second verb phrase after the verb at
    ``k`` (``VERB WORD* ("and" | "but") AUX*``, see :func:`coordinated_trigger`),
    whatever it tells ("were trapped underground and rescued"), else ``None``.
    """
    return _coordinated(tokens, k)


def _hurt(low: str) -> bool:
    """Whether a participle tells a harm that need not have killed ("shot", "wounded")."""
    return (
        low in lx.UNTOLD_OUTCOME_HARMS
        or lx.PASSIVE_TRIGGERS.get(low, (None, None))[0] is Category.WOUNDED
    )


def _object_after(tokens: list[Token], k: int) -> bool:
    """Whether a count, an article, a possessive or a name follows the verb at ``k``: its object."""
    if k + 1 >= len(tokens):
        return False
    nxt = tokens[k + 1]
    return (
        nxt.is_digits
        or nxt.low in ("the", "a", "an")
        or nxt.low in lx.OBJECT_STARTS
        or nxt.low in NUMBER_STARTERS
        or (
            nxt.is_capitalized
            and nxt.is_word
            and nxt.low not in lx.WEEKDAYS
            and nxt.low not in lx.MONTHS
        )
    )


def _phrase_or_end_after(tokens: list[Token], k: int) -> bool:
    """
    Whether the clause ends at ``k`` or a phrase of its own opens there (a
    preposition, a day, an adverb), no object of the verb before it
    ("arrested suspects", "captured footage of the attack").
    """
    if k >= len(tokens) or not tokens[k].is_word:
        return True
    nxt = tokens[k]
    return (
        nxt.low in lx.PREPOSITIONS
        or nxt.low in lx.CAPTURE_GOES_ON
        or nxt.low in lx.WEEKDAYS
        or nxt.low in lx.MONTHS
        or is_adverb(nxt)
    )


def relative_harm(tokens: list[Token], j: int, end: int) -> int | None:
    """
    ``"who" AUX* HARM`` at ``j`` (before ``end``), a relative clause set off
    by a comma that tells its person hurt: the index of the harm ("The man,
    who was also shot, was arrested", "captured a fourth, who was
    wounded"), in the passive of the moment (not "who had stabbed three
    people", a deed of his own, nor "who had been stabbed last year").
    """
    m = j + 1
    while m < end and (tokens[m].low in lx.AUXILIARIES or is_adverb(tokens[m])):
        m += 1
    aux = {t.low for t in tokens[j + 1 : m]}
    if (
        m < end
        and _hurt(tokens[m].low)
        and not aux.isdisjoint(("was", "were"))
        and "had" not in aux
        and not _object_after(tokens, m)
    ):
        return m
    return None


def second_fate(
    tokens: list[Token], group_end: int, t_first: int, t_last: int, category: Category
) -> tuple[Category, int, int] | None:
    """
    ``HARM WORD* "and" AUX* CAPTURE``: a group hurt, then held ("The
    suspect was shot and arrested", "was hospitalized and is in custody",
    "were wounded and captured"), both of which befell it, where a second
    verb of the same kind only tells the outcome ("were shot and killed");
    also a harm in the group's own relative clause before its capture
    ("The man, who was also shot, was later arrested").  ``group_end`` is
    where the group's words end, ``t_first`` and ``t_last`` the trigger
    read for it and ``category`` its category: the other fate's category
    and token range, before or after the trigger, else ``None``.
    """
    if category is Category.DETAINED:
        if words_at(tokens, t_last, ("in", "injured", "condition")):
            # "one terrorist was apprehended in injured condition"
            return Category.WOUNDED, t_last + 1, t_last + 3
        for j in range(group_end, t_first - 2):
            if tokens[j].low in ("who", "whom") and j > 0 and tokens[j - 1].low == ",":
                harm = relative_harm(tokens, j, t_first)
                return (Category.WOUNDED, harm, harm + 1) if harm is not None else None
        # the harm stepped over before the capture ("was shot and arrested")
        k = t_first - 1
        while k > 0 and (tokens[k].low in lx.AUXILIARIES or is_adverb(tokens[k])):
            k -= 1
        if k < 1 or tokens[k].low != "and":
            return None
        if _hurt(tokens[k - 1].low):
            return Category.WOUNDED, k - 1, k
        return None
    if category is not Category.WOUNDED:
        return None
    found = _coordinated(tokens, t_last - 1)
    if found is None:
        return None
    phrase = passive_phrase_at(tokens, found)
    if phrase is not None and phrase[1] is Category.DETAINED:
        end = found + len(phrase[0])
    elif lx.PASSIVE_TRIGGERS.get(tokens[found].low, (None, None))[0] is Category.DETAINED:
        end = found + 1
    else:
        return None
    if not _phrase_or_end_after(tokens, end) or any(
        words_at(tokens, end, pair) for pair in lx.NOT_HELD_AFTER
    ):
        # "were injured and arrested the suspect": a deed of theirs; "hurt and
        # detained in hospital", "captured on video": no one held
        return None
    return Category.DETAINED, found, end


def coordinated_condition(tokens: list[Token], k: int) -> int | None:
    """
    ``HARM WORD* "and" AUX* "in" STATE "condition"``: a harm told alone whose
    victim's condition follows, so he lived ("was shot multiple times and is
    in critical but stable condition"): the index after the condition, else
    ``None``.
    """
    if tokens[k].low not in lx.UNTOLD_OUTCOME_HARMS:
        return None
    found = _coordinated(tokens, k)
    if found is not None and tokens[found].low == "listed":
        found += 1  # "and are listed in stable condition"
    if found is None or found >= len(tokens) or tokens[found].low != "in":
        return None
    n = len(tokens)
    j = found + 1
    while j < n and j < found + _CONDITION_WORDS and tokens[j].is_word:
        if tokens[j].low == "condition":
            return j + 1
        j += 1
    return None


#: How far after "in" a condition's noun may stand ("in critical but stable condition").
_CONDITION_WORDS = 5


def _coordinated(tokens: list[Token], k: int, *, after_name: bool = False) -> int | None:
    """
    Where the second verb phrase starts after ``VERB WORD* "and" AUX*`` from
    ``k`` (see :func:`coordinated_trigger`): its first word after the
    auxiliaries, else ``None``; ``after_name``: ``k`` may end a name (the
    last word of a phrase, "taken to Dora Nginza Hospital").
    """
    n = len(tokens)
    if not tokens[k].is_word or (tokens[k].is_capitalized and not after_name):
        return None
    m = k + 1
    while m < min(n, k + _COORDINATED_REACH):
        t = tokens[m]
        if t.is_digits or t.low in NUMBER_STARTERS:
            measure = read_number(tokens, m)
            if (
                measure is not None
                and measure.last < n
                and (
                    tokens[measure.last].low in lx.MEASURE_UNITS
                    or tokens[measure.last].low in lx.SPAN_UNITS
                )
            ):
                # a measure, not a count: "was thrown 40 yards and injured",
                # "was stabbed a number of times and died", "was driven for
                # six hours to a hospital and died", "trapped for two days"
                m = measure.last + 1
                continue
        if t.low in ("and", "but") or (
            t.low == "before" and m + 1 < n and tokens[m + 1].low == "being"
        ):
            # "and drowned", "but later pronounced dead", "and then died",
            # "before being arrested"
            j = m + 1
            while (
                j < n
                and j < m + 4
                and (
                    tokens[j].low in lx.AUXILIARIES
                    or tokens[j].low in ("later", "then")
                    or is_adverb(tokens[j])
                )
            ):
                if tokens[j].low in lx.FEARED_FATES:
                    return None  # "are missing and feared dead": the second fate only feared
                j += 1
            return j if j < n else None
        if date_word(tokens, m):
            m += 1  # a date, no count: "were shot on October 12 and died", "on Oct. 2"
            continue
        if (
            t.is_digits
            or not t.is_word
            or t.low in lx.MODIFIER_STOPS
            or t.low in lx.PASSIVE_TRIGGERS
            # a count ("and two ..."), not a word that may start one ("in the head")
            or (
                t.low in NUMBER_STARTERS
                and t.low not in ARTICLES
                and read_number(tokens, m) is not None
            )
        ):
            return None
        m += 1
    return None


#: A group's verb of staying, before its state ("Four residents of the camp remain missing").
_REMAIN = frozenset({"remain", "remained"})
#: The words a group's verb after a modifier can start with (see group_verb_at).
GROUP_VERB_STARTS = lx.FINITE_AUXILIARIES | lx.SUFFER_VERBS | _REMAIN


def group_verb_at(tokens: list[Token], m: int) -> bool:
    """
    Whether the verb of a group stands at ``m`` after what hangs off it: a
    finite auxiliary before a trigger ("were killed"), or a verb of
    suffering before an injury ("received minor injuries"); nothing past the
    sentence's end (an aside that shuts it: "3 soldiers in Idlib - -").
    """
    if m >= len(tokens):
        return False
    low = tokens[m].low
    if low in lx.FINITE_AUXILIARIES or low in _REMAIN:
        return verb_follows(tokens, m)  # (and "remain missing", "remained in custody")
    return low in lx.SUFFER_VERBS and read_injury(tokens, m + 1) is not None


def phrase_at(tokens: list[Token], k: int) -> bool:
    """Whether a passive trigger phrase starts at ``k`` ("registered as refugees")."""
    return passive_phrase_at(tokens, k) is not None


def verb_follows(tokens: list[Token], k: int) -> bool:
    """
    Whether auxiliaries and a passive trigger start at ``k`` ("were later
    killed"), or a verb of coming through with its wound ("were found with
    fatal stab wounds").
    """
    n = len(tokens)
    j = k
    while j < n and j < k + 6 and (tokens[j].low in lx.AUXILIARIES or is_adverb(tokens[j])):
        if tokens[j].low in lx.FATAL_ADVERBS and j > k and j + 1 < n and tokens[j + 1].is_word:
            return True  # "were fatally shot"
        if tokens[j].low in lx.WITH_INJURY_VERBS and injury_after_escape(tokens, j) is not None:
            return True  # "were found with fatal stab wounds" ("found" is an auxiliary too)
        j += 1
    if j >= n:
        return False
    low = tokens[j].low
    if low in lx.PASSIVE_TRIGGERS or (low in PASSIVE_BY_FIRST and phrase_at(tokens, j)):
        return True
    if low in lx.TREATED_VERBS and j + 1 < n and tokens[j + 1].low == "for":
        return True  # "were treated for minor injuries"
    if low in lx.WITH_INJURY_VERBS and injury_after_escape(tokens, j) is not None:
        return True  # "were found with fatal stab wounds", "escaped with burns"
    if (
        j > k
        and (low.endswith(("ed", "en")) or low in lx.IRREGULAR_PARTICIPLES)
        and any(t.low in lx.BE_FORMS for t in tokens[k:j])
        and (
            coordinated_trigger(tokens, j)
            or coordinated_condition(tokens, j)
            or _to_death_at(tokens, _coordinated(tokens, j))
        )
    ):
        # "was thrown 40 yards and injured"; not "was pregnant ... and
        # injured"; "were made to kneel ... and then shot or hacked to death"
        return True
    to_death = low not in lx.SENTENCE_VERBS  # (a court's "sentenced to death" kills no one)
    return j + 2 < n and (
        (to_death and tokens[j + 1].low == "to" and tokens[j + 2].low == "death")
        or (tokens[j + 1].low in ("and", "or") and tokens[j + 2].low in lx.PASSIVE_TRIGGERS)
    )


def means_outcome(tokens: list[Token], k: int) -> int | None:
    """
    ``MEANS ("to" "death" | WORD* "and" AUX* DEATH)``: the death that tells
    the outcome of a harm named by its means at ``k`` ("was stabbed to
    death", "had been stabbed a number of times and died"); the index after
    its words, else ``None``.
    """
    n = len(tokens)
    if tokens[k].low not in lx.UNTOLD_OUTCOME_HARMS:
        return None
    if k + 2 < n and tokens[k + 1].low == "to" and tokens[k + 2].low == "death":
        return k + 3
    then = coordinated_trigger(tokens, k)
    if then is not None and lx.PASSIVE_TRIGGERS[tokens[then].low][0] is Category.KILLED:
        return then + 1
    return None


def read_taken(
    tokens: list[Token], num: NumberReading, np: tuple[int, int, int]
) -> tuple[tuple[int, int, int], int, int] | None:
    """
    ``TAKE ("the" | "all" | POSSESSIVE)? NUMBER NP ("of" WORD{1,4})? CLOSER`` with
    ``CLOSER = "into" "custody" | CAPTIVE | "as" "a"? TROPHY``: a form of
    "take" before the number and the capture after its group.

    Returns the group (without a closing word it swallowed), the first token
    of "take" and the index after the closing words.
    """
    k = num.first - 1
    if k >= 0 and (tokens[k].low in ("the", "all") or tokens[k].low in lx.POSSESSIVES):
        k -= 1  # "took all 12 passengers hostage", "took its 25 crew members hostage"
    if k < 0 or tokens[k].low not in lx.TAKE_VERBS:
        return None
    n = len(tokens)
    start, end, j = np
    if end - start >= 2 and tokens[end - 1].low in lx.CAPTIVE_WORDS:
        # The group read on into the closing word: "15 soldiers hostage".
        return (start, end - 1, end - 1), k, end
    if end - start == 1 and tokens[start].low in _SINGULAR_CAPTIVES:
        # a bare count and the closing word in the singular: "taking about 250 hostage"
        return (start, start, start), k, end
    if j < n and tokens[j].low == "of":
        # "the two occupants of the vehicle into custody"
        m = j + 1
        while m < n and m <= j + 4 and tokens[m].is_word and tokens[m].low not in TAKE_CLOSERS:
            m += 1
        j = m
    j = past_second_noun(tokens, j, _captive_at)  # "soldiers and militiamen prisoner"
    if j < n and tokens[j].low in lx.CAPTIVE_WORDS:
        return np, k, j + 1
    if j + 1 < n and tokens[j].low == "into" and tokens[j + 1].low == "custody":
        return np, k, j + 2
    if j + 1 < n and tokens[j].low == "as":
        m = j + 2 if tokens[j + 1].low == "a" else j + 1
        if m < n and tokens[m].low in lx.TROPHY_WORDS:
            return np, k, m + 1  # "took two tanks as trophies", "a tank as a trophy"
    return None


#: The words of captivity in the singular, which close a bare count ("took
#: about 250 hostage"; "took 250 hostages" counts hostages).
_SINGULAR_CAPTIVES = frozenset({"hostage", "captive", "prisoner"})


def _captive_at(tokens: list[Token], m: int) -> bool:
    """Whether a word of captivity stands at ``m`` ("prisoner", "hostage")."""
    return tokens[m].low in lx.CAPTIVE_WORDS


#: How many tokens may stand between "losses" and their verb.
_LOSSES_REACH = 16


def tally_lists(tokens: list[Token], k: int, end: int) -> int | None:
    """
    ``TALLY_NOUN WORD{0,10} ADVERB? TALLY_VERB`` ending right before a
    number at ``k``, whose things end at ``end``: the index of a tracker's
    verb that lists things with no verb of what befell them ("The General
    Staff's running tally also lists 7,276 armored combat vehicles", "The
    list, last updated on Oct. 10, includes 1,168 tanks"); else ``None``.
    Not a list "of" something but losses ("The Pentagon's list of promised
    aid includes 31 Abrams tanks"), nor things a participle or a clause
    after them tells another fate ("records 4,000 drones purchased from
    abroad", "300 vehicles it bought this year").
    """
    v = k - 1
    if v < 1 or tokens[v].low not in lx.TALLY_VERBS:
        return None
    if end < len(tokens) and (
        tokens[end].low in lx.RELATIVE_SUBJECTS or past_participle(tokens[end].low)
    ):
        return None
    # whether an "of" phrase stands between the noun and its verb, and
    # whether a word of losses stands after it
    of = loss = False
    for j in range(v - 1, max(-1, v - 1 - _TALLY_REACH), -1):
        tok = tokens[j]
        if tok.low in lx.TALLY_NOUNS:
            # (a list of losses named again or by its owner: "The list", "Oryx's
            # list"; not "The delivery list includes 40 trucks")
            bare = j and (tokens[j - 1].low == "the" or possessive(tokens[j - 1].low))
            return v if (tok.low != "list" or bare) and not of else None
        if tok.low in lx.LOSS_WORDS:
            loss = True  # "Oryx's list of Russian losses includes"
        elif tok.low == "of" and not loss:
            of = True
        if tok.text in (";", ":") or (tok.text == "." and not abbreviation_dot(tokens, j)):
            return None
        if tok.low in lx.FINITE_AUXILIARIES or tok.low in lx.PASSIVE_TRIGGERS:
            return None  # (a clause of its own between: "the list of those killed includes")
    return None


#: How many tokens a tally's noun may stand before its verb ("The list, last updated on Oct. 10,").
_TALLY_REACH = 12


def losses_before(tokens: list[Token], end: int) -> int | None:
    """
    ``"losses" ("of" | "from" | "since" | "in" | "to" | "over") WORD* `` ending
    right before ``tokens[end]``, with no comma, clause word or verb: the
    index of "losses" whose owner and period stand between it and its verb
    ("the total combat losses of the Russian forces from 24.02.22 to
    16.04.26 amounted to", "the losses of the enemy were").
    """
    for j in range(end - 1, max(-1, end - 1 - _LOSSES_REACH), -1):
        tok = tokens[j]
        if tok.low in lx.LOSS_WORDS:
            after = tokens[j + 1].low if j + 1 < end else ""
            return j if after in _LOSS_OWNER_OPENERS else None
        if _inside_dates(tokens, j):
            continue  # "between February 24, 2022 and March 14, 2025"
        if (
            tok.text in (",", ";")
            or tok.low in lx.MODIFIER_STOPS
            or tok.low in lx.FINITE_AUXILIARIES
        ):
            return None
    return None


def losses_verb_at(
    tokens: list[Token], k: int
) -> tuple[tuple[Category | None, Category | None], int] | None:
    """
    A verb of "losses" ending at ``k`` apart from them: past their owner and
    period ("the losses of the enemy were"), or "at" after losses a source
    puts at a count ("The SDF put its own losses at nine fighters");
    its categories (people as casualties, things destroyed) and the index
    of "losses", else ``None``.
    """
    for words, people, equipment in (*active_phrases_at(tokens, k), *loss_phrases_at(tokens, k)):
        m = len(words)
        if (
            words[0] in lx.LOSS_WORDS
            and words_at(tokens, k - m + 2, words[1:])
            and (owner := losses_before(tokens, k - m + 1)) is not None
        ):
            return (people, equipment), owner
    put = put_losses(tokens, k)
    if put is None or _counted_otherwise(tokens, k + 1):
        return None
    return (Category.CASUALTIES, Category.EQUIPMENT_DESTROYED), put[1]


#: How many words may stand between a verb that puts a count and the
#: "losses" it puts ("put the Russian army's own losses at").
_PUT_LOSSES_REACH = 5


def put_losses(tokens: list[Token], k: int) -> tuple[int, int] | None:
    """
    ``PUT_VERB WORD{0,5} "losses" ("of" ...)? "at"`` with "at" at ``k``:
    losses a source puts at a count, as "losses stood at" tells them
    ("put its own losses at nine fighters", "estimated government losses
    at 30 soldiers and four armoured vehicles"; not a war's losses of
    ``lx.NON_WAR_LOSSES``: "put economic losses at"); the indices of the
    verb and of "losses", else ``None``.
    """
    if tokens[k].low != "at" or k < 2:
        return None
    losses = k - 1 if tokens[k - 1].low == "losses" else losses_before(tokens, k)
    if losses is None or tokens[losses].low != "losses" or no_war_losses(tokens, losses):
        return None
    for j in range(losses - 1, max(-1, losses - 2 - _PUT_LOSSES_REACH), -1):
        low = tokens[j].low
        if low in lx.PUT_VERBS or low in lx.AT_TOTAL_VERBS:
            return j, losses
        if not (tokens[j].is_word or possessive(low)) or low in lx.MODIFIER_STOPS:
            return None
    return None


def _counted_otherwise(tokens: list[Token], i: int) -> bool:
    """
    Whether the count at ``i`` after losses put at it is no count of the
    losses' own: followed, past one noun of people, by a state of the dead
    or hurt, which says which ("at about 500 men killed", "at 40 dead"), or
    of people who bear no arms, no war's ("put its losses at 300 employees").
    """
    num = read_number(tokens, i)
    if num is None or num.last >= len(tokens):
        return False
    j = num.last
    low = tokens[j].low
    if noun_class(low) == "people" and low not in lx.ARMED_WORDS and low != "personnel":
        return True
    if j + 1 < len(tokens) and noun_class(low) in ("people", "agent"):
        j += 1
    state = lx.PASSIVE_TRIGGERS.get(tokens[j].low)
    return state is not None and state[0] in (Category.KILLED, Category.WOUNDED)


def _inside_dates(tokens: list[Token], j: int) -> bool:
    """
    Whether the comma or "and" at ``j`` stands inside a period's dates: a
    comma before a year, "and" between a year or day and the next date.
    """
    tok = tokens[j]
    nxt = tokens[j + 1] if j + 1 < len(tokens) else None
    if nxt is None:
        return False
    if tok.text == ",":
        return nxt.is_digits and len(nxt.text) == 4
    if tok.low == "and" and j > 0:
        return tokens[j - 1].is_digits and (nxt.is_digits or nxt.low in lx.MONTHS)
    return False


#: Words that open what stands between "losses" and their verb.
_LOSS_OWNER_OPENERS = frozenset({"of", "from", "since", "in", "to", "over", "during"})


def rescued_before(tokens: list[Token], first: int) -> bool:
    """
    ``RESCUE WORD{0,3} GROUP``, within the group's clause: a verb of rescue
    governs the group starting at ``first`` ("pull out 18 people trapped",
    "rescued 85 kidnapped hostages"; not "hostages are freed, and nine
    members surrendered").
    """
    for k in range(first - 1, max(-1, first - 5), -1):
        tok = tokens[k]
        if tok.low in _RESCUED_WORDS or (
            # a headline's present ("Troops rescue 2 kidnapped Indonesians"),
            # not an intent ("vowed to rescue", "called for a rescue of")
            tok.low in _RESCUE_PRESENT
            and not (k and tokens[k - 1].low in _INTENT_BEFORE)
            # (nor a noun's modifier: "rescue officials said 21 people were still missing")
            and not (
                k + 1 < first
                and tokens[k + 1].is_word
                and tokens[k + 1].low not in NUMBER_STARTERS
                and tokens[k + 1].low not in lx.DETERMINERS
            )
        ):
            return True
        if tok.low in _RESCUE_BREAKS:
            return False
    return False


#: A rescue done ("rescued", "freed"), which frees a group of the captive; not
#: one intended ("vowed to rescue 20 kidnapped students") nor "out of 40".
_RESCUED_WORDS = frozenset({"rescued", "freed", "extricated", "saved"})
_RESCUE_PRESENT = frozenset({"rescue", "rescues", "free", "frees"})
_INTENT_BEFORE = frozenset({"to", "a", "the", "of", "for"})
#: Words that end the stretch a rescue before a group may stand in.
_RESCUE_BREAKS = frozenset({",", ";", "and", "but", "while"})


def missing_now_after(tokens: list[Token], k: int) -> bool:
    """
    ``"still"? "be" MISSING_STATE`` at ``k``, after "may", "might" or "could": those
    feared missing now, an estimate ("more than 500 people may still be
    missing"; not "may be killed", a fate to come).
    """
    if words_at(tokens, k, ("still",)):
        k += 1
    n = len(tokens)
    if not (words_at(tokens, k, ("be", "missing")) or words_at(tokens, k, ("be", "trapped"))):
        return False
    # (after it, the clause's end or where they are: not missing out on
    # school, missing vaccinations, missing from the count, nor trapped
    # only if the tunnel floods)
    after = tokens[k + 2] if k + 2 < n else None
    if after is not None and after.low == "from":
        # a place they went missing from ("from the village of Kalikot"), not
        # a list ("missing from the count", "from voter rolls")
        j = k + 4 if words_at(tokens, k + 3, ("the",)) else k + 3
        return j < n and (tokens[j].low in lx.PLACE_NOUNS or tokens[j].is_capitalized)
    if not (after is None or not after.is_word or after.low in lx.MISSING_WHERE):
        return False
    # (no condition in its own clause: "might be trapped if the tunnel floods")
    for t in tokens[k + 2 :]:
        if t.text in (",", ";") or t.low in ("though", "but"):
            return True
        if t.low in ("if", "unless"):
            return False
    return True


#: How many tokens a harmed group may hold before its fatal part.
_HARMED_GROUP = 6


def fatal_part_after(tokens: list[Token], k: int) -> bool:
    """
    ``HARM NUMBER WORD* "," NUMBER ("of" "them")? OUTCOME_ADVERB`` after the
    harm at ``k``: how its object fared is told of a part of it ("shot five
    people, one fatally"; "shot four men, two of them fatally"; "stabbed
    three people, one critically"), or ``HARM NUMBER WORD* "," "killing"
    NUMBER`` with fewer killed than harmed ("shot five people, killing two").
    """
    n = len(tokens)
    for j in range(k + 1, min(n, k + 2 + _HARMED_GROUP)):
        if tokens[j].text == "," and j + 2 < n and tokens[j + 1].low == "killing":
            whole, part = read_number(tokens, k + 1), read_number(tokens, j + 2)
            return (
                whole is not None
                and part is not None
                and whole.stated is not None
                and part.stated is not None
                and part.stated < whole.stated
            )
        if tokens[j].text == ",":
            part = read_number(tokens, j + 1) if j + 1 < n else None
            if part is None:
                return False
            m = part.last
            if m + 1 < n and tokens[m].low == "of" and tokens[m + 1].low == "them":
                m += 2
            return m < n and tokens[m].low in lx.OUTCOME_ADVERBS
        if not tokens[j].is_word and not tokens[j].is_digits:
            return False
    return False


def gate_open(
    tokens: list[Token], num: NumberReading, np: tuple[int, int, int], verbs: AbstractSet[str]
) -> bool:
    """
    ``VERB NUMBER NOUN`` or ``NUMBER NOUN AUX* VERB`` with one of the noun's
    verbs ("claimed 14 lives", "took 250 hostages", "30 lives were lost",
    "his body was found").
    """
    if num.first and tokens[num.first - 1].low in verbs:
        return True
    for k in range(np[2], min(len(tokens), np[2] + 4)):
        low = tokens[k].low
        if low in verbs:
            # (not hostages "taken to safety", "taken across the crossing":
            # moved, not seized; "taken to Gaza" they were)
            return not (low == "taken" and _taken_away(tokens, k + 1))
        if low not in lx.AUXILIARIES:
            break
    return False


def _taken_away(tokens: list[Token], k: int) -> bool:
    """
    Whether the words at ``k``, after "taken", move captives, no seizing of
    them: ``lx.TAKEN_AWAY_WORDS`` ("taken across the Rafah crossing"), or
    "to" before safety or a place of care ("taken to safety", "taken to a
    hospital"; not "taken to Gaza").
    """
    if k >= len(tokens):
        return False
    if tokens[k].low in lx.TAKEN_AWAY_WORDS:
        return True
    return tokens[k].low == "to" and any(
        t.low == "safety" or t.low in lx.CARE_PLACE_WORDS for t in tokens[k + 1 : k + 4]
    )


def missing_after(tokens: list[Token], k: int) -> int | None:
    """
    ``CAPTURE WORD* "and" AUX* "missing"`` after the capture at ``k`` ("were
    abducted and remain missing", "were taken by the attackers and are still
    missing"): the index of "missing", else ``None``.
    """
    later = coordinated_trigger(tokens, k)
    if later is not None and lx.PASSIVE_TRIGGERS[tokens[later].low][0] is Category.MISSING:
        return later
    return None
