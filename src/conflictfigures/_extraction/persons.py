"""
Single people: readings of one person, or of a few named ones, counted
without a number ("arrested Mawawi Akbar", "killing him", "he was killed",
"killed village chief Ali Musa", "John Smith, 34, and Mary Jones, 29, were
killed").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from conflictfigures import _lexicon as lx
from conflictfigures._extraction.ages import age_set_off
from conflictfigures._extraction.chunks import read_np
from conflictfigures._extraction.claimant_phrases import article_source
from conflictfigures._extraction.deaths import death_after_phrase
from conflictfigures._extraction.heads import noun_class, plural
from conflictfigures._extraction.injuries import injury_after_escape, read_injury
from conflictfigures._extraction.numbers import NumberReading, count_word, read_number
from conflictfigures._extraction.numerals import age_end
from conflictfigures._extraction.objects import people_trigger_before
from conflictfigures._extraction.reading import Reading
from conflictfigures._extraction.results import read_result_of_one, result_after
from conflictfigures._extraction.rules import object_at
from conflictfigures._extraction.text import GLUED, initial
from conflictfigures._extraction.triggers import ACTIVE_PHRASE_ENDS, passive_phrase_at
from conflictfigures._extraction.verbs import (
    coordinated_condition,
    coordinated_trigger,
    group_verb_at,
    means_outcome,
    verb_follows,
)
from conflictfigures.models import Category, Qualifier

if TYPE_CHECKING:
    from conflictfigures._extraction.text import Token

#: The words between a one-person group and its passive trigger.
ONE_PERSON_AUX = frozenset(set(lx.AUXILIARIES) | {"subsequently", "engaged", "and"})


#: How far before a passive trigger a one-person reading may start.
ONE_PERSON_REACH = 24


#: The words around which a one-person reading can start (see
#: :func:`one_person_near`): an active trigger, the last word of an active
#: phrase, a noun before "of" ("the death of"), "him" and "her".
NEAR_WORDS = (
    frozenset(lx.ACTIVE_TRIGGERS)
    | {w for w, _ in ACTIVE_PHRASE_ENDS}
    | lx.OF_NOUNS
    | {"him", "her"}
)


def is_name(tok: Token) -> bool:
    """Whether a capitalized word may be part of a person's name (no side, day, month or noun)."""
    low = tok.low
    return (
        tok.is_word
        and tok.is_capitalized
        and low not in lx.SIDES
        and low not in lx.WEEKDAYS
        and low not in lx.MONTHS
        and low not in lx.PEOPLE_NOUNS
        and low not in lx.EQUIPMENT_NOUNS
        and low not in lx.NP_STOP
        and low not in lx.AGENT_NOUNS
        and low not in lx.PRONOUNS
    )


def singular_group_end(tokens: list[Token], i: int) -> int | None:
    """
    Read a name or a singular group without a number from ``tokens[i]``
    ("Mawawi Akbar", "Taliban leader Saifullah", "senior Taliban commander").

    Returns the index after it, or ``None`` when the words are not one person.
    """
    n = len(tokens)
    k = i
    saw_name = False
    saw_noun = False
    while k < n and k < i + 7:
        t = tokens[k]
        if t.is_word and t.low in lx.PEOPLE_NOUNS:
            if plural(t.low) or t.low in lx.COLLECTIVE_NOUNS:
                if (
                    t.low in lx.COLLECTIVE_NOUNS
                    and k + 1 < n
                    and tokens[k + 1].low in lx.PEOPLE_NOUNS
                ):
                    k += 1  # a group's name before one of its people: "Police Officer John Smith"
                    continue
                return None
            saw_noun = True
            k += 1
            continue
        name = is_name(t)
        if name or (t.is_word and t.is_capitalized and t.low in lx.SIDES):
            saw_name = saw_name or name
            k += 1
            continue
        if t.is_word and t.low in (
            "senior",
            "suspected",
            "local",
            "top",
            "mid-level",
            "associated",
            "al",
        ):
            k += 1
            continue
        if t.text in lx.DASHES and k + 1 < n and tokens[k + 1].gap == GLUED and k > i:
            k += 1
            continue
        if t.text == "." and t.gap == GLUED and k > i and saw_name and initial(tokens[k - 1]):
            k += 1  # an initial in a name: "local chief Mamadou B. and his two sons"
            continue
        break
    if not (saw_name or saw_noun) or k == i:
        return None
    return k


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


def _appositive_after(tokens: list[Token], k: int) -> bool:
    """
    Whether an appositive opens at the comma ``k`` after a name: an age set
    off (", 12,") or a noun phrase with its article (", a 19-year-old
    student"); not a list or a part (", Hindus and others", ", including
    children"), nor a source (", the UN said").
    """
    if k + 1 >= len(tokens) or tokens[k].text != ",":
        return False
    if age_set_off(tokens, k) > k:
        return True
    # (an article's phrase that ends in a verb of saying is a source, no
    # appositive: ", the UN said", ", a UN report said"; not ", a driver who
    # told colleagues ...")
    return tokens[k + 1].low in lx.ARTICLE_WORDS and not article_source(tokens, k + 1)


def read_one_person(tokens: list[Token], i: int) -> Reading | None:
    """
    ``one = ACTIVE_TRIGGER ("him" | "her" | NAME)`` or ``("he" | "she") AUX* TRIGGER``:
    a single person referred to without a number ("killing him", "arrested
    Mawawi Akbar", "he was killed").
    """
    tok = tokens[i]
    if not tok.is_word or not (tok.is_capitalized or tok.low in lx.ONE_PERSON_STARTERS):
        return None
    if tok.low in lx.ZERO_WORDS or tok.low in ("neither", "either"):
        return None  # "Neither deputy was hurt": no one
    if i > 0 and (tokens[i - 1].is_word and tokens[i - 1].is_capitalized and tok.is_capitalized):
        return None  # only at the start of a name or group
    if tok.low in ("him", "her") and (result := read_result_of_one(tokens, i)) is not None:
        return result
    found = people_trigger_before(tokens, i)
    title = i
    if found is None and tok.is_capitalized:
        # "killed village chief Ali Musa", "shot dead journalist Ahmed Khan":
        # a title without an article before the name
        titled = _title_before(tokens, i)
        if titled is not None:
            title, found = titled
    last: int | None
    if tok.low == "her" and _possessive_her(tokens, i):
        return None  # "wounded her two grandchildren": her group is counted
    if tok.low in ("him", "her") and found is not None:
        last = i + 1
    elif tok.low not in ("he", "she") and (
        tok.is_capitalized or tok.low in ("senior", "suspected", "insurgent", "militant")
    ):
        last = singular_group_end(tokens, i)
        if last is None:
            return None
        if last < len(tokens) and tokens[last].low in lx.PLACE_NOUNS:
            return None  # "captured Merawi town": a place, no one
        if (
            found is not None
            and last == i + 1
            and (tok.low in lx.PEOPLES_NAMES or tok.low in lx.DEMONYM_WORDS)
            and not _appositive_after(tokens, last)
        ):
            # "killed Rohingya fleeing the village", "killed Rohingya,
            # including children": a people after its verb, uncounted (not a
            # person so named, an appositive after the name: "killed Hazara,
            # 12, as she walked to school")
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


def _possessive_her(tokens: list[Token], i: int) -> bool:
    """
    Whether "her" at ``i`` owns the group after it, a number or people ("her
    two grandchildren", "her husband"), rather than being the one harmed
    ("wounded her in the leg").
    """
    if i + 1 >= len(tokens):
        return False
    nxt = tokens[i + 1]
    return count_word(nxt) or nxt.low in lx.PEOPLE_NOUNS


def _title_before(tokens: list[Token], i: int) -> tuple[int, tuple[Category, int]] | None:
    """
    ``ACTIVE_TRIGGER WORD? PERSON_NOUN`` in lower case right before the name
    at ``i``, a title without an article after a trigger ("killed village
    chief", "shot dead journalist"): where the title starts and the
    trigger's people category and index, else ``None``.
    """
    k = i - 1
    if k < 1 or tokens[k].is_capitalized or not tokens[k].is_word:
        return None
    if noun_class(tokens[k].low) != "people" or plural(tokens[k].low):
        return None
    m = k - 1
    if (
        tokens[m].is_word
        and not tokens[m].is_capitalized
        and tokens[m].low not in lx.ACTIVE_TRIGGERS
        and tokens[m].low not in lx.NP_STOP
        and m > 0
        and (found := people_trigger_before(tokens, m)) is not None
    ):
        return m, found  # "village chief"
    found = people_trigger_before(tokens, k)
    return (k, found) if found is not None else None


def _titled_name(tokens: list[Token], i: int, last: int) -> bool:
    """
    Whether ``tokens[i:last]`` are a title for a person and a plain name
    after it ("Journalist Ali Hassan", "rights activist Adama Kone").
    """
    return (
        last - i >= 3
        and _plain_name(tokens, last - 2, last)
        and any(t.low in lx.PEOPLE_NOUNS and not plural(t.low) for t in tokens[i : last - 2])
    )


def _plain_name(tokens: list[Token], i: int, last: int) -> bool:
    """
    Whether ``tokens[i:last]`` name a person with no title: a first name and
    a surname, none of them a function word, a number or a month ("Terrence
    Woods", not "Two Seven" or "State The").
    """
    words = tokens[i:last]
    return (
        len(words) >= 2
        and all(t.is_word and t.is_capitalized for t in words)
        and not any(
            t.low in lx.NP_STOP
            or t.low in lx.DETERMINERS
            or t.low in lx.UNITS
            or t.low in lx.TENS
            or t.low in lx.MONTHS
            or t.low in lx.PEOPLE_NOUNS
            for t in words
        )
    )


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


#: How many capitalized words the place of "of PLACE ," after a name may hold.
_OF_PLACE_WORDS = 4


def _of_place(tokens: list[Token], k: int) -> int | None:
    """
    ``"of" NAME+ ","`` at ``k``, where a person is from, set off after the
    name and its age ("Brianna Cole, 19, of Camden, was shot"): the index
    after the comma, else ``None``.
    """
    n = len(tokens)
    m = k + 1
    while m < n and m <= k + _OF_PLACE_WORDS and tokens[m].is_capitalized:
        m += 1
    return m + 1 if k + 1 < m < n and tokens[m].text == "," else None


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
    if named is not None and (
        named[1] >= n
        or (
            tokens[named[1]].low not in ("were", "are", "have")
            and tokens[named[1]].low not in lx.INTRANSITIVE_TRIGGERS
        )
    ):
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
        if age_set_off(tokens, k - 1) == k + 1:
            k += 2  # an age after the appositive: "The man, identified as Derek Lyle, 31, died"
        if k < n and tokens[k].low == "of" and (place := _of_place(tokens, k)) is not None:
            k = place  # "Brianna Cole, 19, of Camden, was shot"
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
    if (
        trig is None
        and low in lx.FATAL_ADVERBS
        and skipped
        and k + 1 < n
        and (
            tokens[k + 1].low in lx.UNTOLD_OUTCOME_HARMS
            or lx.PASSIVE_TRIGGERS.get(tokens[k + 1].low, (None,))[0] is Category.WOUNDED
        )
    ):
        trig, end = (Category.KILLED, None), k + 2  # "he was fatally shot"
    if trig is not None and (outcome := means_outcome(tokens, k)) is not None:
        trig, end = (Category.KILLED, None), outcome  # "was stabbed to death"
    suffered = False
    if trig is None and (escaped := injury_after_escape(tokens, k)) is not None:
        # "A 35-year-old man escaped with burns", "She was rescued with minor injuries"
        trig, end, suffered = (escaped[0], None), escaped[1], True
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
    # The first verb: here, or skipped as an auxiliary ("was found with ...").
    first_verb = k if _participle(low) else k - 1 if _participle(tokens[k - 1].low) else -1
    if (
        trig is None
        and be
        and first_verb > 0
        and (second := coordinated_trigger(tokens, first_verb)) is not None
    ):
        # a second verb after a first that is no trigger: "was shot and killed"
        low = tokens[second].low
        trig, end = lx.PASSIVE_TRIGGERS[low], second + 1
    if (
        trig is None
        and be
        and first_verb > 0
        and (lived := coordinated_condition(tokens, first_verb)) is not None
    ):
        # "was shot multiple times and is in critical condition": he lived
        trig, end = (Category.WOUNDED, None), lived
    if trig is None or trig[0] is None or trig[0] in lx.DISPLACEMENT_CATEGORIES:
        return None
    if (
        skipped
        and (not be or tokens[k - 1].low in lx.PERFECT_AUXILIARIES)
        and (low in lx.ACTIVE_TRIGGERS or end > k + 1)
    ):
        # "the Netherlands has killed", "whom he had held hostage", "The
        # father is believed to have killed": active
        return None
    if (
        low in lx.PEOPLE_ONLY_PHRASE_FIRSTS
        and trig[0] is Category.WOUNDED
        and not (
            tokens[last - 1].low in ("he", "she")
            or any(t.low in lx.PEOPLE_NOUNS for t in tokens[i:last])
        )
    ):
        return None  # "the Muqur District was struck by an IED"
    category = trig[0]
    if category is not Category.KILLED and (then := death_after_phrase(tokens, end)) is not None:
        category, end = Category.KILLED, then + 1
    pronoun = tokens[last - 1].low in ("he", "she")
    # A headline's bare noun: "Man dies after being struck by falling tree".
    headline = (
        # (or after a headline's label: "Birmingham stabbings: Man, 23, killed")
        (i == 0 or tokens[i - 1].text == ":" or tokens[i - 1].text in lx.DASHES)
        and last == i + 1
        and tokens[i].low in lx.PEOPLE_NOUNS
        and tokens[i].is_capitalized
        and not plural(tokens[i].low)
        and not object_at(tokens, end)
    )
    if (
        not skipped
        and not headline
        and not suffered  # a verb of suffering with its injury is no headline's bare verb
        and not (
            (
                pronoun
                or ((i == 0 or not tokens[i - 1].is_word) and _plain_name(tokens, i, last))
                or _titled_name(tokens, i, last)
            )
            and (low in lx.INTRANSITIVE_TRIGGERS or low in lx.INTRANSITIVE_PHRASE_FIRSTS)
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


def _participle(low: str) -> bool:
    """Whether a lower-case word may be a past participle ("shot", "found", "stabbed")."""
    return low.endswith(("ed", "en")) or low in lx.IRREGULAR_PARTICIPLES


def _kin_after(tokens: list[Token], j: int) -> tuple[int, int]:
    """
    ``POSSESSIVE NUMBER? WORD? PERSON`` at ``j``, people of the named one's
    own ("her grandson", "his younger brother", "his two sons"): the index
    after them and how many they are, or ``(j, 0)``.
    """
    n = len(tokens)
    if j + 1 >= n or tokens[j].low not in lx.POSSESSIVES:
        return j, 0
    count, m = 1, j + 1
    num = read_number(tokens, m)
    if num is not None and num.stated is not None and not num.article:
        count, m = num.stated, num.last
    for k in (m, m + 1):
        if k < n and tokens[k].low in lx.PEOPLE_NOUNS and plural(tokens[k].low) == (count > 1):
            return k + 1, count
        if k >= n or not tokens[k].is_word or tokens[k].is_capitalized:
            break
    return j, 0


def _named_list(tokens: list[Token], i: int, last: int) -> tuple[int, int] | None:
    """
    ``NAME AGE? (("," | "and" | "," "and") NAME AGE?)+`` from the name at
    ``[i, last)``, ``AGE = "," NUMBER ","``: how many people the list names
    (two or more) and the index of the verb after it ("John Smith, 34, and
    Mary Jones, 29, were killed").
    """
    n = len(tokens)
    if not all(is_name(t) for t in tokens[_after_title(tokens, i, last) : last]):
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
        k = age_set_off(tokens, k)
        j = k + 1 if k < n and tokens[k].text == "," else k
        if j < n and tokens[j].low == "and":
            j += 1
        if j == k:
            break
        m = start = _after_title(tokens, j, min(n, j + 4))
        while m < n and m < j + 4 and is_name(tokens[m]):
            m += 1
        members = 1
        if m == start:
            m = j  # (a title with no name after it names no one here)
        if m == j:
            # "Maria Lopez, 63, and her grandson, 9, were killed", "and his two sons"
            m, members = _kin_after(tokens, j)
        if m == j:
            break
        count, k = count + members, m
    if count < 2:
        return None
    return count, (k + 1 if k < n and tokens[k].text == "," else k)


def _after_title(tokens: list[Token], i: int, last: int) -> int:
    """
    Where a name starts after the capitalized titles at ``i`` ("Mayor John
    Smith", "Councillor Marielle Franco"): words for one person, in
    capitals, with a name after them before ``last``; else ``i``.
    """
    k = i
    while (
        k < last - 1
        and tokens[k].is_capitalized
        and (
            (tokens[k].low in lx.PEOPLE_NOUNS and not plural(tokens[k].low))
            # a force's name before its title: "Police Officer Dana Reyes"
            or (tokens[k].low in lx.COLLECTIVE_NOUNS and tokens[k + 1].low in lx.PEOPLE_NOUNS)
        )
    ):
        k += 1
    return k if k < last and is_name(tokens[k]) else i


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


#: How many people a list of singular members may add.
_MEMBERS_HELD = 4
#: The words that may open a singular member.
_MEMBER_OPENERS = lx.POSSESSIVES | {"the", "a", "an"}


def singular_members(tokens: list[Token], k: int) -> list[tuple[int, int]]:
    """
    ``("and" | ",") DETERMINER? AGE? SINGULAR_PEOPLE_NOUN``, repeated from
    ``k``: further single people after a first ("the mother and son", "his
    wife, son and 14-year-old daughter"), each as its first word and its
    noun's index; empty when the list does not end at a verb of the group.
    """
    n = len(tokens)
    found: list[tuple[int, int]] = []
    j = k
    while j < n and tokens[j].low in ("and", ",") and len(found) < _MEMBERS_HELD:
        m = j + 1
        first = m
        if m < n and tokens[m].low in _MEMBER_OPENERS:
            m += 1
        if m < n and tokens[m].is_digits and (end := age_end(tokens, m + 1)) is not None:
            m = end  # "14-year-old daughter"
        if not (
            m < n
            and tokens[m].low in lx.PEOPLE_NOUNS
            and not plural(tokens[m].low)
            and tokens[m].low not in ("other", "another")
        ):
            return []
        found.append((first, m))
        j = m + 1
    if not found or j >= n or not (verb_follows(tokens, j) or group_verb_at(tokens, j)):
        return []
    return found


#: How many words may stand between "and" and a verb whose object is "them"
#: ("and later killed them", "and then shot them dead").
_THEM_VERB_REACH = 2
#: How far before "them" the group it stands for may be counted.
_THEM_REACH = 24
#: Words after "them" that tell a death of a verb of harm ("shot them dead").
_DEATH_RESULTS = (("dead",), ("to", "death"))


def fates_of_them(tokens: list[Token], lows: list[str], readings: list[Reading]) -> list[Reading]:
    """
    ``NUMBER NP ... "and" WORD{0,2} VERB "them" RESULT?``: what befell a group
    counted before as the object of another verb, told of it by "them"
    ("Gunmen abducted five farmers and killed them": 5 killed besides 5
    abducted; "took nine men off the bus and shot them dead": 9 killed).
    The readings with each such fate added, in text order (``lows``: the
    tokens' lower-case forms).
    """
    added: list[Reading] = []
    for k, low in enumerate(lows):
        if low != "them" or k < 2:
            continue
        fate = _fate_of_them(lows, k)
        if fate is None:
            continue
        category, verb, end = fate
        if not (
            any(lows[j] == "and" for j in range(max(0, verb - 1 - _THEM_VERB_REACH), verb))
            # or the clause's participle after a comma: "ambushed two SUVs
            # carrying four contractors, killing them"
            or (lows[verb - 1] == "," and lows[verb].endswith("ing"))
        ):
            continue  # only a second verb of the group's clause: "and (later) killed them"
        group = _group_before(tokens, readings, verb)
        if group is None or any(
            r.category is category and r.number.stated == group.number.stated for r in readings
        ):
            continue  # (a fate the sentence told already: "7 people were killed ...")
        r = Reading(group.number, category)
        r.np, r.head, r.side = group.np, group.head, group.side
        r.first, r.last = group.number.first, end
        r.active = True
        added.append(r)
    if not added:
        return readings
    return sorted(readings + added, key=lambda r: r.first)


def _fate_of_them(lows: list[str], k: int) -> tuple[Category, int, int] | None:
    """
    The category of the verb before "them" at ``k`` (or before "all of
    them"), its index and the end of its words ("killed them all").
    """
    v = k - 3 if k >= 3 and lows[k - 1] == "of" and lows[k - 2] == "all" else k - 1
    verb = lows[v]
    end = k + 2 if k + 1 < len(lows) and lows[k + 1] == "all" else k + 1
    trigger = lx.ACTIVE_TRIGGERS.get(verb)
    if trigger is not None and trigger[0] in (Category.KILLED, Category.WOUNDED):
        return trigger[0], v, end
    if verb in lx.WOUNDING_VERBS:
        for words in _DEATH_RESULTS:
            if tuple(lows[k + 1 : k + 1 + len(words)]) == words:
                return Category.KILLED, k - 1, k + 1 + len(words)
    return None


def _after_preposition(tokens: list[Token], j: int) -> bool:
    """Whether a preposition takes the noun at ``j``, past a determiner ("from the others")."""
    k = j - 1 if j and tokens[j - 1].low in lx.DETERMINERS else j
    return k > 0 and tokens[k - 1].low in lx.PREPOSITIONS


def _group_before(tokens: list[Token], readings: list[Reading], verb: int) -> Reading | None:
    """
    The group "them" stands for: the last figure of people read before the
    verb, of another fate ("abducted five farmers"), else a count of people
    no verb read ("took nine men off the bus"), as a reading of it.
    """
    for r in reversed(readings):
        if r.last <= verb and r.np[1] > r.np[0] and r.number.stated is not None:
            return (
                r
                # the object of an active verb, its "them" in the same clause
                # ("arrested four men who had robbed the couple and killed
                # them": the couple)
                if r.active
                and not r.category.is_equipment
                and verb - r.last <= _THEM_REACH
                and lx.RELATIVE_PRONOUNS.isdisjoint(t.low for t in tokens[r.last : verb])
                else None
            )
    for j in range(verb - 1, max(-1, verb - 1 - _THEM_REACH), -1):
        low = tokens[j].low
        if low in ("they", "them") or (
            low in lx.PEOPLE_NOUNS
            and plural(low)
            and not _counted_before(tokens, j)
            and not _after_preposition(tokens, j)
        ):
            # "them" are other people: "attacked the villagers and killed
            # them" (not a preposition's: "separated eleven miners from the
            # others, bound their hands and killed them")
            return None
        num = read_number(tokens, j)
        if (
            num is None
            or num.stated is None
            or num.article
            or num.last >= verb
            # an object, after its verb ("took nine men off the bus"); not
            # the subject ("Six soldiers ambushed the militants and killed them")
            or num.first == 0
            or not tokens[num.first - 1].is_word
            or tokens[num.first - 1].is_capitalized
            or tokens[num.first - 1].low in lx.PREPOSITIONS
            or tokens[num.first - 1].low in lx.CLAUSE_JOINERS
            or tokens[num.first - 1].low == "or"
        ):
            continue
        # the group's words ("carrying four American private security
        # contractors"), its head people (not "four houses with six people")
        start, end, _ = read_np(tokens, num.last)
        head = tokens[end - 1].low if start < end <= verb else ""
        if head in lx.PEOPLE_NOUNS and plural(head):
            r = Reading(num, Category.KILLED)
            r.np, r.head = (start, end), head
            return r
    return None


#: How many words before a noun of people its group's number may stand.
_THEM_GROUP_WORDS = 5


def _counted_before(tokens: list[Token], j: int) -> bool:
    """
    Whether the noun at ``j`` heads a counted group: a number in the few
    words before it, with no other noun of people between ("four American
    private security contractors", "eleven Hazara miners": a people's name
    before the noun is its modifier; not "three soldiers attacked the villagers").
    """
    for t in reversed(tokens[max(0, j - _THEM_GROUP_WORDS) : j]):
        if count_word(t):
            return True
        if not t.is_word or (t.low in lx.PEOPLE_NOUNS and not t.is_capitalized):
            return False
    return False
