"""
The linking rules, one function each, whose docstring is its grammar:
each joins a counted group to a trigger across the words between them.
"""

from __future__ import annotations

from conflictfigures import _lexicon as lx
from conflictfigures._extraction.chunks import (
    is_name,
    noun_class,
    plural,
    read_injury,
    singular_group_end,
    skip_modifier,
)
from conflictfigures._extraction.numbers import (
    NUMBER_STARTERS,
    NumberReading,
    read_number,
)
from conflictfigures._extraction.reading import Reading
from conflictfigures._extraction.text import GLUED, Token, words_at
from conflictfigures._extraction.triggers import (
    ACTIVE_PHRASE_ENDS,
    TAKE_CLOSERS,
    active_phrases_at,
    intended,
    passive_phrase_at,
)
from conflictfigures._extraction.verbs import coordinated_trigger, is_adverb
from conflictfigures.models import Category, Qualifier

#: The words between a one-person group and its passive trigger.
ONE_PERSON_AUX = frozenset(set(lx.AUXILIARIES) | {"subsequently", "engaged", "and"})


#: How far before a passive trigger a one-person reading may start.
ONE_PERSON_REACH = 24


def read_passive(
    tokens: list[Token], np: tuple[int, int, int]
) -> tuple[tuple[Category | None, Category | None], int, int, bool] | None:
    """
    ``passive = NUMBER NP MODIFIER? AUX* (VERB "and")? PASSIVE_TRIGGER``, or
    ``... AUX* VERB "to" "death"`` ("were burned to death").

    ``MODIFIER`` is what hangs off the group without changing its count (see
    :func:`~conflictfigures._extraction.chunks.skip_modifier`); ``AUX`` also
    takes adverbs ("were mistakenly killed") and a coordinated verb ("were
    shot and killed").  A trigger with no auxiliary that takes an object
    ("two bombs killed five people") is active voice: the group is the agent,
    and this rule does not apply.

    Returns the trigger's categories, its token range and whether the verb is
    in the perfect ("have been killed").
    """
    n = len(tokens)
    k = skip_modifier(tokens, np)
    perfect = False
    passive_aux = False
    skipped = 0
    while k < n and skipped < 6:
        tok = tokens[k]
        low = tok.low
        if perfect_aux(tokens, k):
            perfect = True
        passive_aux = passive_aux or low in lx.BE_FORMS
        if (
            low in lx.FATAL_ADVERBS
            and k + 1 < n
            and tokens[k + 1].is_word
            and (skipped or not takes_object(tokens, k + 1))
        ):
            # "was fatally shot", "were mortally wounded"
            return (Category.KILLED, None), k, k + 2, perfect
        if (
            low in lx.AUXILIARIES
            # "got light injuries": a verb of suffering with its injury, not "got killed"
            and not (low in lx.SUFFER_VERBS and read_injury(tokens, k + 1) is not None)
        ) or (tok.text in lx.QUOTES or is_adverb(tok)):
            k += 1
            skipped += 1
            continue
        if (
            skipped
            and k + 2 < n
            and tokens[k + 1].low in ("and", "or")
            and tok.is_word
            and (low.endswith(("ed", "en")) or low in lx.IRREGULAR_PARTICIPLES)
            and low not in lx.PASSIVE_TRIGGERS
            and tokens[k + 2].low in lx.PASSIVE_TRIGGERS
        ):
            k += 2  # "were shot and killed": the second verb decides
            continue
        break
    if k >= n:
        return None
    phrase = passive_phrase_at(tokens, k)
    if phrase is not None:
        words, people, equipment = phrase
        if not skipped and takes_object(tokens, k + len(words) - 1):
            return None  # "a policeman shot dead eight officers": active
        end = k + len(words)
        # "was struck by lightning and killed": the death decides.
        then = _death_after_phrase(tokens, end) if people is not Category.KILLED else None
        if then is not None:
            return lx.PASSIVE_TRIGGERS[tokens[then].low], then, then + 1, perfect
        return (people, equipment), k, end, perfect
    if (
        skipped
        and k + 2 < n
        and tokens[k].is_word
        and tokens[k + 1].low == "to"
        and tokens[k + 2].low == "death"
    ):
        return (Category.KILLED, None), k, k + 3, perfect
    if (
        tokens[k].low in lx.SUFFER_VERBS
        or (tokens[k].low == "with" and not skipped)  # "4 others with minor injuries"
        or (tokens[k].low in lx.TREATED_VERBS and k + 1 < n and tokens[k + 1].low == "for")
    ):
        injury = read_injury(tokens, k + 2 if tokens[k].low in lx.TREATED_VERBS else k + 1)
        if injury is not None:
            category, end = injury
            return (category, None), k, end, perfect
    trig = lx.PASSIVE_TRIGGERS.get(tokens[k].low)
    if trig is None:
        if skipped and passive_aux and (m := coordinated_trigger(tokens, k)) is not None:
            # "was washed into the ocean by a wave and drowned"
            return lx.PASSIVE_TRIGGERS[tokens[m].low], m, m + 1, perfect
        return None
    # "two soldiers killed" needs a noun before it; "five others wounded" too.
    if tokens[k].low == "missing" and np[0] == np[1] and skipped == 0 and np[0] > 1:
        return None  # but a headline's "Hundreds missing after floods"
    if tokens[k].low in lx.LOSE_VERBS and not passive_aux:
        return None  # "five tanks were lost"; not "two men lost their jobs"
    if tokens[k].low in lx.ACTIVE_TRIGGERS and (
        # "two bombs killed five people", "the blasts appear to have killed
        # nobody": active voice, the group is the agent
        (
            not skipped
            and (
                takes_object(tokens, k)
                # "two gunmen killed police officers"; but "seven wounded soldiers"
                or (
                    np[1] > np[0]
                    and tokens[np[1] - 1].low not in ("other", "others", "more")
                    # a noun, not "additional": "three additional wounded insurgents"
                    and noun_class(tokens[np[1] - 1].low) in ("people", "agent", "equipment")
                    and _bare_people_object(tokens, k + 1)
                )
            )
        )
        or (perfect and not passive_aux)
    ):
        return None
    # "were kidnapped and killed", "were wounded and later died": a death
    # coordinated after the first verb is what befell the group.
    then = _death_after(tokens, k)
    if then is not None and trig[0] is not Category.KILLED:
        return lx.PASSIVE_TRIGGERS[tokens[then].low], then, then + 1, perfect
    # "fled" and "died" take no auxiliary in the passive sense but are fine.
    last = k + 1
    if last < n and tokens[last].text in lx.QUOTES and tokens[last].gap == GLUED:
        last += 1
    return trig, k, last, perfect


def _death_after(tokens: list[Token], k: int) -> int | None:
    """
    ``TRIGGER ","? ("and" | "but" | "where" PRONOUN) AUX* ADVERB* DEATH_TRIGGER``
    after ``k``: the index of the death ("was rushed to the hospital, but
    pronounced dead", "was taken to a hospital where he died").
    """
    n = len(tokens)
    j = k + 1
    if j < n and tokens[j].text == ",":
        j += 1
    if j + 1 >= n or tokens[j].low not in ("and", "but", "where"):
        return None
    j += 1
    if tokens[j - 1].low == "where":
        if tokens[j].low not in lx.DIED_THERE:
            return None
        j += 1
    k = j - 2
    while j < n and j < k + 5 and (tokens[j].low in lx.AUXILIARIES or is_adverb(tokens[j])):
        j += 1
    low = tokens[j].low if j < n else ""
    trig = lx.PASSIVE_TRIGGERS.get(low)
    # "was injured and lost both his legs": a loss is no death
    if trig is None or trig[0] is not Category.KILLED or low in lx.LOSE_VERBS:
        return None
    return j


def _death_after_phrase(tokens: list[Token], end: int) -> int | None:
    """
    A death coordinated after a trigger phrase ending at ``end``, past the
    agent of a phrase ending in "by" ("were hit by sniper fire and killed").
    """
    then = _death_after(tokens, end - 1)
    if then is None and tokens[end - 1].low == "by":
        for j in range(end + 1, min(len(tokens), end + 5)):
            if tokens[j].low in ("and", "but") or tokens[j].text == ",":
                return _death_after(tokens, j - 1)
            if not tokens[j].is_word:
                break
    return then


def flight_category(tokens: list[Token], t_first: int, t_last: int) -> Category | None:
    """
    ``FLIGHT_VERB ... ("to" | "into" | "across") (COUNTRY | "abroad" | "the border")``
    or ``... "as" "refugees"``: people who fled across a border are refugees.

    Returns :attr:`Category.REFUGEES` when the words after a verb of flight
    take it abroad, else ``None``.
    """
    if tokens[t_first].low not in lx.FLIGHT_VERBS:
        return None
    n = len(tokens)
    # "sought refuge in Chad": "in" takes people abroad after a verb of refuge.
    into = lx.REFUGE_INTO if tokens[t_first].low in lx.REFUGE_VERBS else lx.FLIGHT_INTO
    # A phrase may end in its preposition ("crossed into"): look from there.
    start = t_last - 1 if t_last > t_first + 1 and tokens[t_last - 1].low in into else t_last
    for j in range(start, min(n, t_last + 7)):
        tok = tokens[j]
        low = tok.low
        if low == "as" and j + 1 < n and tokens[j + 1].low in ("refugees", "refugee"):
            return Category.REFUGEES
        if low in into:
            m = j + 1
            if m < n and tokens[m].low == "the":
                m += 1
            if m < n and (
                tokens[m].low in lx.ABROAD_WORDS
                or (tokens[m].is_capitalized and tokens[m].low.removesuffix("'s") in lx.COUNTRIES)
            ):
                return Category.REFUGEES
        if low in ("abroad", "overseas") or (
            low == "the" and j + 1 < n and tokens[j + 1].low in ("border", "country")
        ):
            return Category.REFUGEES
        if tok.text in (".", ";", ",") or tok.is_digits:
            return None
    return None


def read_result(
    tokens: list[Token], num: NumberReading, np: tuple[int, int, int]
) -> tuple[Category, int, int] | None:
    """
    ``VERB NUMBER NP RESULT``: an active verb, its object and what befell it
    ("stabbed a shopkeeper to death", "shot four villagers dead", "left
    50,000 people homeless", "forced 20,000 into temporary shelters").

    Returns the category, the verb's index and the index after the result.
    """
    j = np[2]
    caused = _caused_injury(tokens, num, j)
    if caused is not None:
        return caused
    results = _RESULTS_BY_FIRST.get(tokens[j].low) if j < len(tokens) else None
    if results is None:
        return None
    k = num.first - 1
    if k >= 0 and tokens[k].low in ("another", "also", "all"):
        k -= 1
    if k < 0:
        return None
    verb = tokens[k]
    if (
        not verb.is_word
        or verb.is_capitalized
        or verb.low in lx.NP_STOP
        or verb.low in lx.DETERMINERS
        or verb.low in lx.PREPOSITIONS
    ):
        return None
    for words, category in results:
        if words_at(tokens, j, words):
            if words == ("alive",) and verb.low not in lx.ALIVE_VERBS:
                return None  # "found two climbers alive"
            if verb.low in lx.SENTENCE_VERBS:
                return None  # "sentenced 14 people to death": a sentence, no death
            return category, k, j + len(words)
    return None


#: Verbs after an object that give what befell it ("causing critical injuries").
_CAUSING = frozenset({"causing", "inflicting", "leaving"})
#: How many words of a modifier may stand between the group and "causing".
_CAUSED_REACH = 8
#: Words before an object on which harm fell ("a tree fell on a girl").
_FELL_ON = frozenset({"on", "onto", "upon", "into"})


def _caused_injury(
    tokens: list[Token], num: NumberReading, j: int
) -> tuple[Category, int, int] | None:
    """
    ``(VERB | "on" | "into") NUMBER NP ","? "causing" INJURY`` with no "to"
    after it: harm that fell on the group ("a tree fell on a girl, causing
    critical injuries", "struck a pedestrian, causing serious injuries"),
    past a modifier of the group of a few words ("a girl viewing a softball
    game, causing ...").
    """
    n = len(tokens)
    for m in range(j, min(n, j + _CAUSED_REACH)):
        if tokens[m].text == "," or tokens[m].low in _CAUSING:
            j = m
            break
        if not tokens[m].is_word or tokens[m].low in lx.MODIFIER_STOPS:
            return None
    if j < n and tokens[j].text == ",":
        j += 1
    if j >= n or tokens[j].low not in _CAUSING or num.first == 0:
        return None
    before = tokens[num.first - 1]
    if not before.is_word or (before.low in lx.PREPOSITIONS and before.low not in _FELL_ON):
        return None
    injury = read_injury(tokens, j + 1)
    if (
        injury is None
        or (injury[1] < n and tokens[injury[1]].low == "to")
        # "hit two automobiles causing two minor injuries": the injuries are counted
        or any(
            t.is_digits or t.low in lx.UNITS or t.low in lx.TENS for t in tokens[j + 1 : injury[1]]
        )
    ):
        return None
    return injury[0], num.first - 1, injury[1]


def _results_by_first() -> dict[str, tuple[tuple[tuple[str, ...], Category], ...]]:
    """The result phrases by their first word, longest first."""
    index: dict[str, list[tuple[tuple[str, ...], Category]]] = {}
    for words, category in sorted(lx.RESULT_WORDS.items(), key=lambda kv: -len(kv[0])):
        index.setdefault(words[0], []).append((words, category))
    return {word: tuple(found) for word, found in index.items()}


_RESULTS_BY_FIRST = _results_by_first()


def read_self_killing(tokens: list[Token], k: int) -> int | None:
    """
    ``SELF_KILLING_PHRASE``: an attacker who dies by his own hand ("before
    killing himself", "blew himself up", "took his own life") at ``k``.

    Returns the index after the phrase.
    """
    for words in lx.SELF_KILLING_PHRASES:
        if all(k + i < len(tokens) and tokens[k + i].low == w for i, w in enumerate(words)):
            return k + len(words)
    return None


def takes_object(tokens: list[Token], k: int) -> bool:
    """
    Whether the verb at ``k`` is followed by its object ("killed five people",
    "killed the police chief", "killed him"): the verb is then active voice.
    """
    n = len(tokens)
    if k + 1 >= n:
        return False
    nxt = tokens[k + 1]
    if nxt.low in lx.OBJECT_STARTS:
        return True
    if not (nxt.is_digits or nxt.low in NUMBER_STARTERS):
        return False
    if k + 2 < n and tokens[k + 2].low in lx.TIME_PHRASE_NOUNS:
        return False
    return read_number(tokens, k + 1) is not None


#: How far back a reporting verb makes a past perfect reported speech.
_REPORTED_REACH = 20


def backshifted(tokens: list[Token], k: int) -> bool:
    """
    Whether "had" at ``k`` is reported speech shifted back ("the ministry
    said three officers had been wounded": they were wounded), not a total
    as of a past day ("by Monday, 40 people had been killed").
    """
    return any(tokens[j].low in lx.REPORTING_VERBS for j in range(max(0, k - _REPORTED_REACH), k))


def perfect_aux(tokens: list[Token], k: int) -> bool:
    """
    Whether ``tokens[k]`` makes a perfect that counts up to a day: "has",
    "have", or "had" that is no reported speech shifted back (see
    :func:`backshifted`).
    """
    low = tokens[k].low
    return low in ("have", "has") or (low == "had" and not backshifted(tokens, k))


def _object_at(tokens: list[Token], j: int) -> bool:
    """Whether an object starts at ``j``: a number, an article, a name, a people noun."""
    if j >= len(tokens):
        return False
    tok = tokens[j]
    return (
        tok.is_digits
        or (tok.is_word and tok.is_capitalized)
        or (tok.low in NUMBER_STARTERS and read_number(tokens, j) is not None)
        or tok.low in lx.OBJECT_STARTS
        or _bare_people_object(tokens, j)
    )


def _bare_people_object(tokens: list[Token], j: int) -> bool:
    """
    ``WORD? PEOPLE_NOUN`` at ``j``, lower case and with no number: a bare
    plural object ("civilians", "police officers", "unarmed protesters").
    """
    for m in (j, j + 1):
        if m >= len(tokens):
            return False
        tok = tokens[m]
        if not tok.is_word or tok.is_capitalized or tok.low in lx.NP_STOP:
            return False
        if tok.low in lx.PEOPLE_NOUNS and tok.low not in ("other", "others"):
            return plural(tok.low)
    return False


def read_active(
    tokens: list[Token], num: NumberReading
) -> tuple[tuple[Category | None, Category | None], int] | None:
    """
    ``active = ACTIVE_TRIGGER FILLER? NUMBER``: return the trigger's categories and
    its first token.
    """
    k = num.first - 1
    skipped = 0
    label = _label_before(tokens, k)
    if label is not None:
        return label
    if k >= 2 and tokens[k].low == "of" and tokens[k - 1].low in lx.GROUP_OF_NOUNS:
        # "killed an entire family of seven", "executed a group of 12 prisoners"
        k -= 2
        if tokens[k].low in ("entire", "whole", "large", "small"):
            k -= 1
        if k >= 0 and tokens[k].low in ("a", "an", "the"):
            k -= 1
    while k >= 0 and skipped < 3 and tokens[k].low in lx.ACTIVE_FILLERS:
        if tokens[k].low == "of" and not (k > 0 and tokens[k - 1].low == "total"):
            break
        if tokens[k].low == "the" and tokens[k + 1].low != "other":
            break  # "the two individuals" names a group already counted
        k -= 1
        skipped += 1
    if k < 0:
        return None
    for words, people, equipment in active_phrases_at(tokens, k):
        m = len(words)
        if k - m + 1 >= 0 and words_at(tokens, k - m + 1, words):
            return (people, equipment), k - m + 1
    # "was detained along with several of his associates", "detaining them
    # along with one other insurgent": the verb before the first group
    if k >= 2 and tokens[k].low == "with" and tokens[k - 1].low in ("along", "together"):
        for m in range(k - 2, max(-1, k - 6), -1):
            low = tokens[m].low
            trigger = lx.PASSIVE_TRIGGERS.get(low) or lx.ACTIVE_TRIGGERS.get(low)
            if trigger is not None:
                return trigger, m
            if not tokens[m].is_word:
                break
    trig = lx.ACTIVE_TRIGGERS.get(tokens[k].low)
    if k > 0 and tokens[k - 1].low in lx.FATAL_ADVERBS:
        # "fatally shot two policemen", "fatally injuring a woman"
        return (Category.KILLED, None), k - 1
    if trig is None or intended(tokens, k):
        return None
    return trig, k


def _label_before(
    tokens: list[Token], k: int
) -> tuple[tuple[Category | None, Category | None], int] | None:
    """
    ``LABEL ":" NUMBER`` at the start of a line of figures, with ``":"`` at
    ``k``: a state or a counted noun as the label ("Missing: 12", "Dead: 3",
    "Deaths: 45", "IDPs: 38,000"); the label's categories and index.
    """
    if k < 1 or tokens[k].text != ":" or (k >= 2 and tokens[k - 2].is_word):
        return None
    label = tokens[k - 1]
    if not label.is_capitalized:
        return None
    passive = lx.PASSIVE_TRIGGERS.get(label.low)
    if passive is not None and label.low not in lx.ACTIVE_TRIGGERS:
        return passive, k - 1
    counted = lx.SELF_COUNTING_NOUNS.get(label.low)
    if counted is not None:
        return (counted, None), k - 1
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
    if j < n and tokens[j].low == "of":
        # "the two occupants of the vehicle into custody"
        m = j + 1
        while m < n and m <= j + 4 and tokens[m].is_word and tokens[m].low not in TAKE_CLOSERS:
            m += 1
        j = m
    if j < n and tokens[j].low in lx.CAPTIVE_WORDS:
        return np, k, j + 1
    if j + 1 < n and tokens[j].low == "into" and tokens[j + 1].low == "custody":
        return np, k, j + 2
    if j + 1 < n and tokens[j].low == "as":
        m = j + 2 if tokens[j + 1].low == "a" else j + 1
        if m < n and tokens[m].low in lx.TROPHY_WORDS:
            return np, k, m + 1  # "took two tanks as trophies", "a tank as a trophy"
    return None


def hypothetical(tokens: list[Token], first: int) -> bool:
    """Whether an "if" ("unless", "whether") stands in the same clause, a few words before."""
    for k in range(first - 1, max(-1, first - 5), -1):
        low = tokens[k].low
        if low in (",", ";", "."):
            return False
        if low in lx.IF_WORDS:
            return True
    return False


def read_zero(tokens: list[Token], i: int) -> NumberReading | None:
    """``zero = ("no" | "none" | "no" "-"? "one" | "nobody") NP? AUX* TRIGGER``."""
    low = tokens[i].low
    if low in ("none", "nobody"):
        return NumberReading(i, i + 1, 0, Qualifier.EXACT)
    if low == "no" and i + 1 < len(tokens):
        if tokens[i + 1].low == "one":
            return NumberReading(i, i + 2, 0, Qualifier.EXACT)
        if tokens[i + 1].text == "-" and i + 2 < len(tokens) and tokens[i + 2].low == "one":
            return NumberReading(i, i + 3, 0, Qualifier.EXACT)  # "No-one was hurt"
        if tokens[i + 1].is_word:
            return NumberReading(i, i + 1, 0, Qualifier.EXACT)
    return None


#: The words around which a one-person reading can start (see
#: :func:`one_person_near`): an active trigger, the last word of an active
#: phrase, a noun before "of" ("the death of"), "him" and "her".
NEAR_WORDS = (
    frozenset(lx.ACTIVE_TRIGGERS)
    | {w for w, _ in ACTIVE_PHRASE_ENDS}
    | lx.OF_NOUNS
    | {"him", "her"}
)


def one_person_near(lows: list[str], hits: list[int], passive_at: list[int]) -> set[int]:
    """
    The indices of a sentence (``lows``: its lower-case words) where a
    one-person reading can start: at or up to :data:`ONE_PERSON_REACH` words
    before a one-person passive (``passive_at``), one or two words after an
    active trigger ("killing", "the death of") or the last word of an active
    phrase ("shot dead", "gunned down"), and at "him" or "her" before a
    result phrase (:func:`result_after`).  ``hits`` are the indices of the
    sentence's words in :data:`NEAR_WORDS` (and maybe others), in order.
    """
    near: set[int] = set()
    for k in passive_at:
        near.update(range(max(0, k - ONE_PERSON_REACH), k + 1))
    n = len(lows)
    for k in hits:
        low = lows[k]
        if low not in NEAR_WORDS:
            continue
        if low in ("him", "her") and result_after(lows, k):
            near.add(k)
        if low in lx.ACTIVE_TRIGGERS or (k > 0 and (low, lows[k - 1]) in ACTIVE_PHRASE_ENDS):
            near.add(k + 1)
            near.add(k + 2)
            near.add(k + 3)  # a name after a title: "killed village chief Ali Musa"
        if low in lx.OF_NOUNS and k + 1 < n and lows[k + 1] == "of":
            near.add(k + 2)  # "the death of ..."
            near.add(k + 3)
    return near


def people_trigger_before(tokens: list[Token], i: int) -> tuple[Category, int] | None:
    """The people category of an active trigger (or phrase) ending just before ``i``."""
    k = i - 1
    if k >= 0 and tokens[k].low in ("also", "all"):
        k -= 1
    if k < 0:
        return None
    for words, people, _equipment in active_phrases_at(tokens, k):
        m = len(words)
        if people is not None and k - m + 1 >= 0 and words_at(tokens, k - m + 1, words):
            return people, k - m + 1
    trig = lx.ACTIVE_TRIGGERS.get(tokens[k].low)
    if trig is None or trig[0] is None or trig[0] is Category.REFUGEES or intended(tokens, k):
        return None
    if tokens[k].low.startswith(("lo", "los")):  # "lost him" is not a killing
        return None
    if tokens[k].low.startswith("seiz") and tokens[i].low not in lx.PEOPLE_NOUNS:
        return None  # "seized Boeing": things are seized, people only as such
    return trig[0], k


def read_one_person(tokens: list[Token], i: int) -> Reading | None:
    """
    ``one = ACTIVE_TRIGGER ("him" | "her" | NAME)`` or ``("he" | "she") AUX* TRIGGER``:
    a single person referred to without a number ("killing him", "arrested
    Mawawi Akbar", "he was killed").
    """
    tok = tokens[i]
    if not tok.is_word or not (tok.is_capitalized or tok.low in lx.ONE_PERSON_STARTERS):
        return None
    if i > 0 and (tokens[i - 1].is_word and tokens[i - 1].is_capitalized and tok.is_capitalized):
        return None  # only at the start of a name or group
    if tok.low in ("him", "her") and (result := read_result_of_one(tokens, i)) is not None:
        return result
    found = people_trigger_before(tokens, i)
    title = i
    if found is None and tok.is_capitalized:
        # "killed village chief Ali Musa", "shot dead journalist Ahmed Khan":
        # a title without an article before the name
        title = _title_before(tokens, i)
        found = people_trigger_before(tokens, title) if title < i else None
    last: int | None
    if tok.low in ("him", "her") and found is not None:
        last = i + 1
    elif tok.low not in ("he", "she") and (
        tok.is_capitalized or tok.low in ("senior", "suspected", "insurgent", "militant")
    ):
        last = singular_group_end(tokens, i)
        if last is None:
            return None
        if found is None:
            return read_one_person_passive(tokens, i, last)
    else:
        return read_one_person_passive(tokens, i, i + 1) if tok.low in ("he", "she") else None
    if found is None or last is None:
        return None
    category, first = found
    r = Reading(NumberReading(i, last, 1, Qualifier.EXACT), category)
    r.first = first
    r.last = last
    r.np = (title, last)
    r.active = True
    return r


def _title_before(tokens: list[Token], i: int) -> int:
    """
    ``WORD? PERSON_NOUN`` in lower case right before the name at ``i``, a
    title without an article ("village chief", "journalist"): where it
    starts, else ``i``.
    """
    k = i - 1
    if k < 1 or tokens[k].is_capitalized or not tokens[k].is_word:
        return i
    if noun_class(tokens[k].low) != "people" or plural(tokens[k].low):
        return i
    m = k - 1
    if (
        tokens[m].is_word
        and not tokens[m].is_capitalized
        and tokens[m].low not in lx.ACTIVE_TRIGGERS
        and tokens[m].low not in lx.NP_STOP
        and m > 0
        and people_trigger_before(tokens, m) is not None
    ):
        return m  # "village chief"
    return k


def read_result_of_one(tokens: list[Token], i: int) -> Reading | None:
    """``VERB ("him" | "her") RESULT``: "police shot him dead", "beat her to death"."""
    one = NumberReading(i, i + 1, 1, Qualifier.EXACT)
    result = read_result(tokens, one, (i + 1, i + 1, i + 1))
    if result is None:
        return None
    category, first, last = result
    r = Reading(one, category)
    r.first = first
    r.last = last
    r.np = (i, i + 1)
    r.active = True
    return r


def result_after(lows: list[str], i: int) -> bool:
    """Whether a result phrase's first word follows ``i`` ("him dead", "her to death")."""
    return i + 1 < len(lows) and lows[i + 1] in _RESULTS_BY_FIRST


def _names_a_person(tokens: list[Token], i: int, last: int) -> bool:
    """
    Whether ``tokens[i:last]`` name a person, not a place: a word for people
    ("the president"), a title before a name ("Mr. Huss"), or a first name and
    a surname ("John Smith").
    """
    words = [t for t in tokens[i:last] if t.is_word]
    if any(t.low in lx.PEOPLE_NOUNS for t in words):
        return True
    if i >= 2 and tokens[i - 1].text == "." and tokens[i - 2].low in lx.ABBREVIATIONS:
        return True
    return len(words) >= 2 and all(t.is_capitalized for t in words)


def read_one_person_passive(tokens: list[Token], i: int, last: int) -> Reading | None:
    """
    ``NAME ("," APPOSITIVE ",")? ("was" | "is") AUX* TRIGGER``, or
    ``("he" | "she") AUX* TRIGGER``; or two bare words for one person each,
    joined by "and", before a plural verb ("Wife and daughter were also
    injured", "Driver and passenger were killed"): two people; or a list of
    names, each perhaps with its age ("John Smith, 34, and Mary Jones, 29,
    were killed"): one person a name.
    """
    n = len(tokens)
    pair = _bare_pair(tokens, i, last)
    named = None if pair else _named_list(tokens, i, last)
    if named is not None and (named[1] >= n or tokens[named[1]].low not in ("were", "are", "have")):
        named = None  # "in Kirkuk, Ibrahim Isma'il, was killed": an appositive, one person
    members = 2 if pair else named[0] if named is not None else 1
    if pair:
        last += 2
    k = last
    if named is not None:
        k = named[1]  # the verb after the list
    elif k < n and tokens[k].text == ",":
        # An appositive: "Muhammad Yah, a senior Taliban commander, was killed".
        m = k + 1
        while m < n and m < k + 16 and tokens[m].text != ",":
            m += 1
        if m >= n or tokens[m].text != ",":
            return None
        k = m + 1
    singular = False
    be = False
    skipped = 0
    while k < n and skipped < 4 and tokens[k].low in ONE_PERSON_AUX:
        singular = singular or tokens[k].low in ("was", "is", "has")
        be = be or tokens[k].low in lx.BE_FORMS
        k += 1
        skipped += 1
    if k >= n:
        return None
    if skipped and not singular and tokens[last - 1].low not in ("he", "she") and members == 1:
        return None
    if members > 1 and singular:
        return None  # "Wife and daughter was": no pair the verb agrees with
    low = tokens[k].low
    trig = lx.PASSIVE_TRIGGERS.get(low)
    end = k + 1
    suffered = False
    if trig is None and low in lx.SUFFER_VERBS and not skipped:
        # "John Smith suffered minor injuries", "Mr. Huss received a large bruise"
        injury = read_injury(tokens, k + 1)
        if injury is not None and _names_a_person(tokens, i, last):
            trig, end, suffered = (injury[0], None), injury[1], True
    if trig is None:
        # A trigger phrase: "she was taken to the hospital", "he did not survive".
        phrase = passive_phrase_at(tokens, k)
        if phrase is not None:
            trig, end = (phrase[1], None), k + len(phrase[0])
    if trig is None or trig[0] is None or trig[0] in (Category.DISPLACED, Category.REFUGEES):
        return None
    if skipped and not be and (low in lx.ACTIVE_TRIGGERS or end > k + 1):
        return None  # "the Netherlands has killed", "whom he had held hostage": active
    if low in lx.PEOPLE_ONLY_PHRASE_FIRSTS and not (
        tokens[last - 1].low in ("he", "she")
        or any(t.low in lx.PEOPLE_NOUNS for t in tokens[i:last])
    ):
        return None  # "the Muqur District was struck by an IED"
    category = trig[0]
    if category is not Category.KILLED and (then := _death_after_phrase(tokens, end)) is not None:
        category, end = Category.KILLED, then + 1
    pronoun = tokens[last - 1].low in ("he", "she")
    # A headline's bare noun: "Man dies after being struck by falling tree".
    headline = (
        i == 0
        and last == 1
        and tokens[0].low in lx.PEOPLE_NOUNS
        and not plural(tokens[0].low)
        and not _object_at(tokens, end)
    )
    if (
        not skipped
        and not headline
        and not suffered  # a verb of suffering with its injury is no headline's bare verb
        and not (
            pronoun and (low in lx.INTRANSITIVE_TRIGGERS or low in lx.INTRANSITIVE_PHRASE_FIRSTS)
        )
    ):
        # Only a headline says "Taliban Commander Killed"; "he died" does too.
        if not tokens[k].is_capitalized:
            return None
        if not any(t.low in lx.PEOPLE_NOUNS for t in tokens[i:last]):
            return None
    r = Reading(NumberReading(i, last, members, Qualifier.EXACT), category)
    r.last = end
    r.np = (i, last)
    return r


#: Words before a capitalized noun that make it a group's, not a name.
_GROUP_WORDS_BEFORE = frozenset({"other", "another", "the", "a", "an", "these", "those", "both"})
#: How many names a list of named people may hold.
_NAMES_HELD = 8


def _age_after(tokens: list[Token], k: int) -> int:
    """``"," AGE ","`` at ``k``, an age between commas: the index of its second comma, or ``k``."""
    if (
        k + 2 < len(tokens)
        and tokens[k].text == ","
        and tokens[k + 1].is_digits
        and tokens[k + 1].text.isdecimal()
        and 0 < int(tokens[k + 1].text) < 120
        and tokens[k + 2].text == ","
    ):
        return k + 2
    return k


def _named_list(tokens: list[Token], i: int, last: int) -> tuple[int, int] | None:
    """
    ``NAME AGE? (("," | "and" | "," "and") NAME AGE?)+`` from the name at
    ``[i, last)``, ``AGE = "," NUMBER ","``: how many people the list names
    (two or more) and the index of the verb after it ("John Smith, 34, and
    Mary Jones, 29, were killed").
    """
    n = len(tokens)
    if not all(is_name(t) for t in tokens[i:last]):
        return None
    before = tokens[i - 1] if i else None
    if before is not None and (
        before.is_digits
        or before.low in lx.UNITS
        or before.low in lx.TENS
        or before.low in _GROUP_WORDS_BEFORE
    ):
        return None  # "Two other Weathermen, Kathy Boudin and ...": a counted group's words
    count, k = 1, last
    while count < _NAMES_HELD:
        k = _age_after(tokens, k)
        j = k + 1 if k < n and tokens[k].text == "," else k
        if j < n and tokens[j].low == "and":
            j += 1
        if j == k:
            break
        m = j
        while m < n and m < j + 4 and is_name(tokens[m]):
            m += 1
        if m == j:
            break
        count, k = count + 1, m
    if count < 2:
        return None
    return count, (k + 1 if k < n and tokens[k].text == "," else k)


def _bare_pair(tokens: list[Token], i: int, last: int) -> bool:
    """
    ``PERSON_NOUN "and" PERSON_NOUN`` at ``i``, each one word for one person
    without an article ("Wife and daughter", "Driver and passenger").
    """
    return (
        last == i + 1
        and last + 1 < len(tokens)
        and tokens[last].low == "and"
        and all(
            t.low in lx.PEOPLE_NOUNS and not plural(t.low) and t.low not in lx.COLLECTIVE_NOUNS
            for t in (tokens[i], tokens[last + 1])
        )
    )
