"""
The linking rules, one function each, whose docstring is its grammar:
each joins a counted group to a trigger across the words between them.
"""

from __future__ import annotations

from conflictfigures import _lexicon as lx
from conflictfigures._extraction.crossers import rescues_migrants, snatched_to_safety, untold_flight
from conflictfigures._extraction.deaths import (
    death_after,
    death_after_phrase,
    main_death,
    soldiers_fell,
    to_death_end,
)
from conflictfigures._extraction.executions import executed, led_fate, led_then_harmed, phrase_fate
from conflictfigures._extraction.heads import noun_class, plural, plural_group
from conflictfigures._extraction.held import found_since, held_no_one, holding_party
from conflictfigures._extraction.hosts import received_by_country
from conflictfigures._extraction.injuries import (
    injury_after,
    injury_after_escape,
    lost_limb,
    read_injury,
)
from conflictfigures._extraction.labels import label_before
from conflictfigures._extraction.lists import uncounted_members_start
from conflictfigures._extraction.modifiers import skip_modifier
from conflictfigures._extraction.numbers import (
    NUMBER_STARTERS,
    NumberReading,
    read_number,
)
from conflictfigures._extraction.set_off import verb_aside_start
from conflictfigures._extraction.shifted import count_after_shift
from conflictfigures._extraction.tenses import perfect_aux, possessed, still_to_come
from conflictfigures._extraction.text import GLUED, Token, words_at
from conflictfigures._extraction.triggers import (
    LOSS_PHRASE_LASTS,
    PASSIVE_BY_FIRST,
    active_phrases_at,
    among_those_phrase,
    intended,
    is_adverb,
    nominal_by_of,
    passive_phrase_at,
    perfect_of_passive,
    speaker_label,
)
from conflictfigures._extraction.verbs import (
    coordinated_condition,
    coordinated_phrase,
    coordinated_trigger,
    fatal_part_after,
    losses_verb_at,
    means_outcome,
    missing_after,
    missing_now_after,
    rescued_before,
    second_verb,
)
from conflictfigures.models import Category

#: How far a group's second verb may stand after its first.
_SECOND_VERB_REACH = 12


def _second_passive_ahead(tokens: list[Token], k: int) -> bool:
    """
    Whether "and" or "but" and a form of "be" follow the word at ``k`` within
    its clause ("left the scene but was later arrested"): a cheap look before
    the group's second verb is read.
    """
    n = len(tokens)
    for m in range(k + 1, min(n, k + _SECOND_VERB_REACH)):
        low = tokens[m].low
        if low in ("and", "but"):
            return any(tokens[j].low in lx.BE_FORMS for j in range(m + 1, min(n, m + 4)))
        if low in lx.MODIFIER_STOPS or not tokens[m].is_word:
            return False
    return False


#: Nouns of an injury that, had, are rather a condition (an illness) than a hurt.
_CONDITIONS = frozenset({"illness", "illnesses", "exhaustion", "poisoning", "irritation"})
#: Words after an injury had that end its phrase ("had minor injuries and", "which").
_AFTER_INJURY = lx.PREPOSITIONS | lx.RELATIVE_PRONOUNS | {"and", "or", "but", "while"}


def _had_as_hurt(tokens: list[Token], end: int) -> bool:
    """
    Whether an injury "had" (its noun ending at ``end``) is a hurt: no
    illness, and the noun of no compound ("trauma training").
    """
    if tokens[end - 1].low in _CONDITIONS:
        return False
    if (
        tokens[end - 1].low in ("cuts", "cut")
        and end + 2 < len(tokens)
        and tokens[end].low in ("to", "in")
        and tokens[end + 2].low not in lx.BODY_PARTS
    ):
        return False  # "Three workers have cuts to their pay"
    nxt = tokens[end] if end < len(tokens) else None
    return nxt is None or not nxt.is_word or nxt.is_capitalized or nxt.low in _AFTER_INJURY


#: Prepositions of motion a passive phrase may end in, whose object is the
#: phrase's own place ("crossed into the region"; not "struck by", whose
#: object may be the doer of an active verb).
_PHRASE_END_PREPOSITIONS = frozenset({"into", "across", "onto", "to", "from"})


#: Words after "held" that tell where, when or why people are held.
_HELD_AFTER = frozenset(
    {"in", "at", "after", "over", "for", "on", "since", "without", "near", "following"}
)


#: How people are held for a moment only ("held at gunpoint" and robbed).
_HELD_BRIEFLY = frozenset({"gunpoint", "knifepoint"})


def read_passive(
    tokens: list[Token], np: tuple[int, int, int], *, many_from: int | None = None
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

    ``many_from`` is where the group's number starts when it counts more
    than one: a plural group is no subject of a verb that agrees with one
    ("a man who stabbed two women ... was shot").

    Returns the trigger's categories, its token range and whether the verb is
    in the perfect ("have been killed").
    """
    n = len(tokens)
    if (
        np[2] < n
        and tokens[np[2]].low == "dying"
        and any(t.low == "with" for t in tokens[max(0, np[0] - _WITH_REACH) : np[0]])
        and not _DIED_WHEN.isdisjoint(t.low for t in tokens[np[2] + 1 : np[2] + 5])
    ):
        # a death told as a circumstance: "..., with one other person dying
        # later at Christchurch Hospital" (not an ongoing "with 300 children
        # dying of hunger every day")
        return (Category.KILLED, None), np[2], np[2] + 1, False
    k = skip_modifier(tokens, np)
    if (
        many_from is not None
        and k < n
        and tokens[k].low in lx.SINGULAR_AUXILIARIES
        and plural_group(tokens, np, many_from)
    ):
        return None  # "a man who stabbed two women ... was shot": the verb is not theirs
    perfect = False
    passive_aux = False
    last_aux = ""
    skipped = 0
    verb_start = k
    while k < n and skipped < 6:
        tok = tokens[k]
        low = tok.low
        if perfect_aux(tokens, k) and not possessed(tokens, k + 1):
            perfect = True
        passive_aux = passive_aux or low in lx.BE_FORMS
        if low == "among" and last_aux in lx.BE_FORMS and among_those_phrase(tokens, k):
            k += 2  # "were among those taken into custody": the phrase of their state
            skipped += 1
            continue
        if (
            low == "brought"
            and k + 2 < n
            and tokens[k + 1].low == "in"
            and tokens[k + 2].low in lx.PASSIVE_TRIGGERS
        ):
            k += 2  # "had been brought in wounded", "were brought in dead": the state
            skipped += 1
            continue
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
            and not (
                (low in lx.SUFFER_VERBS or low in lx.HAVE_FORMS)
                and injury_after(tokens, k) is not None
            )
            # "was left with life-changing injuries": "left" with its injury
            and not (low in lx.WITH_INJURY_VERBS and injury_after_escape(tokens, k) is not None)
            # "have left their homes": a phrase of its own, no auxiliary
            and not (low in PASSIVE_BY_FIRST and passive_phrase_at(tokens, k) is not None)
        ) or (
            tok.text in lx.QUOTES
            or is_adverb(tok)
            # "may have been killed", "may already have died": a likely
            # past, not a hypothesis
            or (
                low in lx.PAST_MODALS
                and k + 1 < n
                and (
                    tokens[k + 1].low == "have"
                    or (
                        k + 2 < n
                        and tokens[k + 2].low == "have"
                        and tokens[k + 1].low in lx.PERFECT_ADVERBS
                    )
                )
            )
            # "may still be missing": an estimate of those missing now
            or ((low in lx.PAST_MODALS or low == "could") and missing_now_after(tokens, k + 1))
            # "have so far been killed", "have thus far died"
            or (skipped and low in ("so", "thus", "far") and _so_far_at(tokens, k))
        ):
            if low in lx.AUXILIARIES:
                last_aux = low
            k += 1
            skipped += 1
            continue
        if (
            skipped
            and k + 2 < n
            and tokens[k + 1].low in ("and", "or")
            and tok.is_word
            and (low.endswith(("ed", "en")) or low in lx.IRREGULAR_PARTICIPLES)
            and (low not in lx.PASSIVE_TRIGGERS or low in lx.UNTOLD_OUTCOME_HARMS)
            and tokens[k + 2].low in lx.PASSIVE_TRIGGERS
        ):
            k += 2  # "were shot and killed": the second verb decides
            continue
        break
    if untold_flight(tokens, min(k, n - 1)):
        return None  # "will not let 2 million Gazans perish", "3,000 people drown every year"
    if k >= n or (tokens[k].low not in lx.TREATED_VERBS and still_to_come(tokens, verb_start, k)):
        return None  # (but "Five people are to be treated for injuries": hurt now)
    if (
        tokens[k].low == "held"
        and (
            (np[1] > np[0] and noun_class(tokens[np[1] - 1].low) in ("people", "agent"))
            # a bare count held in a named place: "3,500 had been held in Karachi"
            or (
                np[0] == np[1]
                and passive_aux
                and k + 2 < n
                and tokens[k + 1].low in ("in", "at")
                and tokens[k + 2].is_capitalized
            )
        )
        and (
            k + 1 == n
            or tokens[k + 1].low in _HELD_AFTER
            or not (tokens[k + 1].is_word or tokens[k + 1].is_digits)
        )
        and not held_no_one(tokens, np[0], k + 1)
        and not (k + 2 < n and tokens[k + 2].low in _HELD_BRIEFLY)
    ):
        # people held, the clause ending or a phrase of where or why after it
        # ("Westgate siege over: 67 dead, 11 suspects held", "Five men were
        # held after the raid"; not "Two men held talks")
        return (Category.DETAINED, None), k, k + 1, perfect
    if (
        not skipped
        and tokens[k].is_word
        # (a death done, no ongoing one: "children starving to death")
        and not tokens[k].low.endswith("ing")
        and (death := to_death_end(tokens, k)) is not None
        and not object_at(tokens, death)
    ):
        # with no auxiliary, a verb "to death" with no object after it:
        # "Sixty-two people burned to death at the scene", "Five climbers
        # froze to death" (not "Two men beat to death a shopkeeper")
        return (Category.KILLED, None), k, death, perfect
    phrase = passive_phrase_at(tokens, k)
    if phrase is None and not passive_aux and soldiers_fell(tokens, np, k):
        return (Category.KILLED, None), k, k + 1, perfect  # "Eight soldiers fell in southern Gaza"
    if phrase is not None:
        words, people, equipment = phrase
        if people is Category.MISSING and found_since(tokens, np[0], k + len(words) - 1):
            return None  # "Four hikers who went missing on Friday were found alive"
        if "held" in words and held_no_one(tokens, np[0], k + len(words)):
            return None  # "Funerals for the 12 victims were being held"
        if (
            words == ("prisoners", "of")
            and not (k + 2 < n and tokens[k + 2].low == "war")
            and not holding_party(tokens, k + 2)
        ):
            return None  # "Two million residents are now prisoners of the siege"
        if (
            not passive_aux
            # (a phrase ending in a preposition has no object of its own:
            # "have crossed into the region")
            and words[-1] not in _PHRASE_END_PREPOSITIONS
            and takes_object(tokens, k + len(words) - 1)
        ):
            return None  # "a policeman (also) shot dead eight officers": active
        end = k + len(words)
        # "was struck by lightning and killed": the death decides.
        then = death_after_phrase(tokens, end) if people is not Category.KILLED else None
        if then is not None:
            return lx.PASSIVE_TRIGGERS[tokens[then].low], then, then + 1, perfect
        if people in _CAPTIVE_CATEGORIES and (later := missing_after(tokens, k)) is not None:
            # "were taken by the attackers and remain missing"
            return (Category.MISSING, None), later, later + 1, perfect
        if (
            people is Category.WOUNDED
            # (the harm alone, or "shot in the back" of the head)
            and (len(words) == 1 or words[-1] == "back")
            and executed(tokens, np[0], k)
        ):
            # "were shot by a firing squad", "were shot and buried": killed
            people = Category.KILLED
        return (people, equipment), k, end, perfect
    if skipped and tokens[k].is_word and (death := to_death_end(tokens, k)) is not None:
        return (Category.KILLED, None), k, death, perfect  # "were hacked or shot to death"
    if tokens[k].low in lx.WITH_INJURY_VERBS and (escaped := injury_after_escape(tokens, k)):
        return (escaped[0], None), k, escaped[1], perfect  # "Two people escaped with burns"
    cared = k + 1 < n and tokens[k + 1].low == "with" and tokens[k].low in _CARE_WORDS
    if (
        np[1] > np[0]  # (a group of its own: not "Three soldiers were wounded; one lost a leg")
        and tokens[k - 1].low not in lx.RELATIVE_PRONOUNS  # ("a man who lost a leg in 2015")
        and (limb := lost_limb(tokens, k)) is not None
    ):
        return (Category.WOUNDED, None), k, limb, perfect  # "Two children lost their legs"
    if (
        tokens[k].low in lx.SUFFER_VERBS
        or tokens[k].low in lx.HAVE_FORMS  # "23 had minor injuries"
        or (tokens[k].low == "with" and not skipped)  # "4 others with minor injuries"
        or (tokens[k].low in lx.TREATED_VERBS and k + 1 < n and tokens[k + 1].low == "for")
        or cared  # "22 people had been admitted with wounds"
    ):
        injury = (
            read_injury(tokens, k + 2)
            if tokens[k].low in lx.TREATED_VERBS or cared
            else injury_after(tokens, k)
        )
        if (
            injury is not None
            and tokens[k].low in lx.HAVE_FORMS
            and not _had_as_hurt(tokens, injury[1])
        ):
            injury = (
                None  # "5,000 people have chronic illnesses", "20 doctors have trauma training"
            )
        if injury is not None:
            category, end = injury
            if category is Category.WOUNDED and (died := death_after(tokens, end - 1, who=True)):
                # "a man with gunshot wounds who was pronounced dead": the death decides
                return (Category.KILLED, None), died, died + 1, perfect
            return (category, None), k, end, perfect
    trig = lx.PASSIVE_TRIGGERS.get(tokens[k].low)
    if trig is not None and tokens[k].low in lx.UNTOLD_OUTCOME_HARMS:
        if passive_aux and (outcome := means_outcome(tokens, k)) is not None:
            # "had been stabbed a number of times and died": the death decides
            return (Category.KILLED, None), outcome - 1, outcome, perfect
        if not passive_aux and (
            takes_object(tokens, k)
            or (k + 2 < len(tokens) and tokens[k + 1].low == "to" and tokens[k + 2].low == "death")
        ):
            return None  # "a militant fatally stabbed a policeman": active
    if trig is None:
        m = (
            coordinated_trigger(tokens, k)
            if (skipped and passive_aux)
            or (
                tokens[k].is_word
                and tokens[k].low not in lx.LIST_JOINERS
                and _second_passive_ahead(tokens, k)
            )
            else None
        )
        if (
            m is not None
            and (
                (skipped and passive_aux)
                # "The driver left the scene but was later arrested": the second
                # verb's own "was" makes it the group's passive (not after a list
                # word: "A leader and his guard were shot and killed")
                or (
                    tokens[k].low not in lx.LIST_JOINERS
                    and any(t.low in lx.BE_FORMS for t in tokens[max(k, m - 3) : m])
                )
            )
        ):
            # "was washed into the ocean by a wave and drowned"; a phrase
            # before its first word ("were locked in a house and burned
            # alive": "burned" alone is equipment's)
            phrase = passive_phrase_at(tokens, m)
            if phrase is not None and len(phrase[0]) > 1:
                return (phrase[1], phrase[2]), m, m + len(phrase[0]), perfect
            return lx.PASSIVE_TRIGGERS[tokens[m].low], m, m + 1, perfect
        if skipped and passive_aux and (lived := coordinated_condition(tokens, k)) is not None:
            # "were shot and are in stable condition": they lived
            return (Category.WOUNDED, None), k, lived, perfect
        if (
            skipped
            and (passive_aux or _second_passive_ahead(tokens, k))
            and (second := coordinated_phrase(tokens, k)) is not None
        ):
            # "was tasered and taken into custody"; "had laid down their arms
            # and been taken into custody" (the second verb's own "been");
            # "were made to kneel and shot in the back of the head": executed
            return (phrase_fate(tokens, np[0], k, second), second[0][1]), *second[1:], perfect
        if (
            passive_aux
            and (then := second_verb(tokens, k)) is not None
            and (death := to_death_end(tokens, then)) is not None
        ):
            # "were made to kneel beside a grave and then shot or hacked to death"
            return (Category.KILLED, None), then, death, perfect
        if (
            passive_aux
            and (harm := led_then_harmed(tokens, k)) is not None
            and not takes_object(tokens, harm)
            and (fate := led_fate(tokens, np[0], k, harm)) is not None
        ):
            # "were lined up against a wall and shot": an execution; "were
            # pulled over and shot": the wounded
            return (fate, None), harm, harm + 1, perfect
        return None
    # "two soldiers killed" needs a noun before it; "five others wounded" too.
    if tokens[k].low == "missing" and np[0] == np[1] and skipped == 0 and np[0] > 1:
        return None  # but a headline's "Hundreds missing after floods"
    if tokens[k].low == "missing" and found_since(tokens, np[0], k):
        return None  # "Eight people who had been missing ... walked into a police post"
    if tokens[k].low in lx.LOSE_VERBS and not passive_aux:
        return None  # "five tanks were lost"; not "two men lost their jobs"
    if (
        (trig[0] in _CAPTIVE_CATEGORIES and rescued_before(tokens, np[0]))
        or (
            tokens[k].low == "trapped"
            and (
                (k and tokens[k - 1].low in _NOT_STILL_TRAPPED)
                or any(t.low in _FREED_WORDS for t in tokens[max(0, np[0] - 4) : np[0]])
                # "were trapped underground and rescued on Friday", "and
                # later pulled out alive"
                or (
                    (then := second_verb(tokens, k)) is not None
                    and any(t.low in _FREED_WORDS for t in tokens[then : then + 2])
                )
                # "killed nine workers, many of them trapped behind a locked door":
                # how the dead died, no one missing
                or any(t.low in ("them", "whom") for t in tokens[max(0, k - 3) : k])
            )
        )
    ):
        # "worked to pull out 18 people trapped under the debris", "rescued
        # 85 kidnapped hostages": the rescued are no longer held or missing;
        # "was briefly trapped", "his body was found trapped", "are feared
        # trapped": no one missing
        return None
    if tokens[k].low in lx.ACTIVE_TRIGGERS and (
        # "two bombs killed five people", "the blasts appear to have killed
        # nobody": active voice, the group is the agent
        (
            # (an adverb may stand before it: "A gunman also killed two people")
            not passive_aux
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
        # "The father is believed to have killed his wife": the perfect's
        # participle right after "have" is active, whatever came before
        or last_aux in lx.PERFECT_AUXILIARIES
    ):
        return None
    # "Three civilians wounded in the blast later died": a participle with no
    # auxiliary hangs off the group; a death in the main clause after it decides.
    if (
        not last_aux
        and not passive_aux
        and np[1] > np[0]  # (a participle before its noun is read with it: "One homeless man")
        # right after its group, no modifier stepped over but an adverb of
        # the participle ("A soldier seriously wounded in the attack died")
        and k - np[2] == skipped <= 1
        and trig[0] is not Category.KILLED
        and (main := main_death(tokens, k, many=many_from is not None))
    ):
        return (main[1], None), main[0], main[0] + 1, perfect
    # "were kidnapped and killed", "were wounded and later died": a death
    # coordinated after the first verb is what befell the group.
    # ("were kidnapped on Monday and then executed": past the first verb's
    # own phrases too)
    then = death_after_phrase(tokens, k + 1) if trig[0] is not Category.KILLED else None
    if then is not None:
        return lx.PASSIVE_TRIGGERS[tokens[then].low], then, then + 1, perfect
    if (
        trig[0] is not Category.KILLED
        and (second := coordinated_phrase(tokens, k)) is not None
        and second[0][0] is Category.KILLED
    ):
        # "were trapped inside the house and burned alive": a death told by
        # a phrase of words ("burned" alone is equipment's)
        return (Category.KILLED, None), second[1], second[2], perfect
    if trig[0] in _CAPTIVE_CATEGORIES and (later := missing_after(tokens, k)) is not None:
        # "were abducted and remain missing": what is known of them now
        return (Category.MISSING, None), later, later + 1, perfect
    # "fled" and "died" take no auxiliary in the passive sense but are fine.
    last = k + 1
    if last < n and tokens[last].text in lx.QUOTES and tokens[last].gap == GLUED:
        last += 1
    return trig, k, last, perfect


#: How far after a number a verb of its own group may stand ("and two children were killed").
_OWN_VERB_REACH = 5
#: How far before a group "with" may stand for its "dying" to be a death told
#: as a circumstance ("with at least two more people dying").
_WITH_REACH = 5
#: Words after such a "dying" that tell a death done, no ongoing one.
_DIED_WHEN = frozenset({"later", "afterwards", "subsequently", "hospital", "scene", "way"})
#: The verbs of care before "with" and an injury ("had been admitted with wounds").
_CARE_WORDS = frozenset(verb for verb, _ in lx.CARE_VERBS)
#: Words before "trapped" that say the trapped are not missing.
_NOT_STILL_TRAPPED = frozenset(
    {"briefly", "temporarily", "momentarily", "found", "freed", "feared", "believed"}
)
#: The categories of the held and the missing, whom a rescue before their group frees.
_CAPTIVE_CATEGORIES = frozenset({Category.DETAINED, Category.MISSING})
#: Words before a group of the trapped or the captive that tell them rescued
#: ("pull out 18 people trapped", "rescued 85 kidnapped hostages").
_FREED_WORDS = frozenset(
    {"rescued", "rescue", "rescuing", "out", "freed", "free", "freeing", "extricated", "saved"}
)


def _so_far_at(tokens: list[Token], k: int) -> bool:
    """Whether ``tokens[k]`` is a word of "so far" or "thus far" among auxiliaries."""
    low = tokens[k].low
    if low == "far":
        return tokens[k - 1].low in ("so", "thus")
    return k + 1 < len(tokens) and tokens[k + 1].low == "far"


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
        return count_after_shift(tokens, k)
    if k + 2 < n and tokens[k + 2].low in lx.TIME_PHRASE_NOUNS:
        return False  # "killed one night"
    num = read_number(tokens, k + 1)
    # a span of time, qualified or not, is no object ("killed over two days")
    return num is not None and not (num.last < n and tokens[num.last].low in lx.SPAN_UNITS)


def object_at(tokens: list[Token], j: int) -> bool:
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


#: Quotation marks that open a quote.
_OPENING_QUOTES = frozenset({'"', "\u201c", "'", "\u2018"})


def _state_after(tokens: list[Token], k: int) -> bool:
    """Whether a state follows at ``k``, past a word of how it is known ("6 confirmed dead")."""
    if k < len(tokens) and tokens[k].low in lx.COUNT_ATTESTERS:
        k += 1
    return k < len(tokens) and tokens[k].low in lx.PASSIVE_TRIGGERS


def read_active(
    tokens: list[Token], num: NumberReading
) -> tuple[tuple[Category | None, Category | None], int] | None:
    """
    ``active = ACTIVE_TRIGGER FILLER? NUMBER``: return the trigger's categories and
    its first token.
    """
    k = num.first - 1
    skipped = 0
    label = label_before(tokens, k)
    if label is not None and not _state_after(tokens, num.last):
        # (not "Casualties: 5 killed, 9 wounded": the state after the number decides)
        return label
    if tokens[k].text == ":" and _state_after(tokens, num.last):
        # "Sialkot lynching: 118 arrested", "Ferry sinking: 6 confirmed
        # dead": the number has a verb of its own
        return None
    if k >= 2 and tokens[k].low == "of" and tokens[k - 1].low in lx.GROUP_OF_NOUNS:
        # "killed an entire family of seven", "executed a group of 12 prisoners"
        k -= 2
        if tokens[k].low in ("entire", "whole", "large", "small"):
            k -= 1
        if k >= 0 and tokens[k].low in ("a", "an", "the"):
            k -= 1
    if (
        k >= 0
        and tokens[k].low in lx.ACTIVE_FILLERS
        and (found := active_ending_at(tokens, k)) is not None
    ):
        return found  # a phrase that ends in a filler's word: "losses stood at 1,771 tanks"
    # (an opening quote too, glued to what it opens: 'killed "around 10
    # terrorists"'; and a closing quote glued to the verb it closes:
    # "'eliminated' about 1,420 servicemen")
    while (
        k >= 0
        and skipped < 3
        and (
            (tok := tokens[k]).low in lx.ACTIVE_FILLERS
            or (tok.text in _OPENING_QUOTES and tok.gap != GLUED and tokens[k + 1].gap == GLUED)
            or (
                tok.text in lx.QUOTES
                and tok.gap == GLUED
                and k > 0
                and tokens[k - 1].is_word
                and tokens[k + 1].gap != GLUED
            )
        )
    ):
        if tok.low == "of" and not (k > 0 and tokens[k - 1].low == "total"):
            break
        if tok.low == "the" and tokens[k + 1].low != "other" and not _harms_before(tokens, k):
            # "the two individuals" names a group already counted; the object
            # of a harm is counted as a passive's subject would be ("killing
            # the driver and wounding the three passengers")
            break
        k -= 1
        skipped += 1
    if k < 0:
        return None
    if (aside := verb_aside_start(tokens, k)) is not None:
        k = aside - 1  # "We have lost, as of this morning, 23 lives": the verb before the aside
    if tokens[k + 1].text == ":" and (found := _verb_before_span(tokens, k)) is not None:
        return (
            found  # "the following have been destroyed since the beginning of ...: 647 airplanes"
        )
    if (
        not num.article
        and (start := uncounted_members_start(tokens, k)) is not None
        and (found := active_ending_at(tokens, start)) is not None
        and found[0][1] is not None
        # (not a clause of its own: "destroyed homes and two children were killed")
        and lx.FINITE_AUXILIARIES.isdisjoint(
            t.low for t in tokens[num.last : num.last + _OWN_VERB_REACH]
        )
    ):
        return found  # "seized weapons, ammunition and seven vehicles": a verb of equipment
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
    return active_ending_at(tokens, k)


def _harms_before(tokens: list[Token], k: int) -> bool:
    """Whether an active verb of death or injury stands right before ``tokens[k]``."""
    trigger = lx.ACTIVE_TRIGGERS.get(tokens[k - 1].low) if k > 0 else None
    return trigger is not None and trigger[0] in (Category.KILLED, Category.WOUNDED)


#: How many tokens a time phrase between a verb and its colon may hold.
_SPAN_BEFORE_COLON = 16
#: Words that open a time phrase between a verb and the colon of its list.
_COLON_SPAN_OPENERS = frozenset({"since", "over", "during", "in", "from", "so", "as", "between"})


def _verb_before_span(
    tokens: list[Token], k: int
) -> tuple[tuple[Category | None, Category | None], int] | None:
    """
    ``ACTIVE_TRIGGER TIME_PHRASE ":"`` with the phrase ending at ``k``: a
    list's verb told before the time it covers ("the following have been
    destroyed since the beginning of the operation: 647 airplanes, ...",
    "destroyed over the past day: 11 tanks"); the trigger's categories and
    first token, else ``None``.
    """
    if active_ending_at(tokens, k) is not None:
        return None  # (the verb stands right before the colon: read as ever)
    for j in range(k, max(0, k - _SPAN_BEFORE_COLON), -1):
        tok = tokens[j]
        if tok.text in (":", ";") or tok.low in lx.CLAUSE_JOINERS:
            return None
        if tok.low in _COLON_SPAN_OPENERS:
            # (the time set off by a comma: "had destroyed, since the start
            # of the counteroffensive: 250 tanks")
            v = j - 2 if j > 1 and tokens[j - 1].text == "," else j - 1
            found = active_ending_at(tokens, v)
            if found is not None:
                return found
    return None


def active_ending_at(
    tokens: list[Token], k: int
) -> tuple[tuple[Category | None, Category | None], int] | None:
    """
    The active trigger (phrase or word) that ends at ``tokens[k]``: its
    categories and first token. A speaker's label ("HOST:") is no verb.
    """
    if speaker_label(tokens, k):
        return None
    for words, people, equipment in active_phrases_at(tokens, k):
        m = len(words)
        if k - m + 1 >= 0 and words_at(tokens, k - m + 1, words):
            return (people, equipment), k - m + 1
    if tokens[k].low == "of" and (nominal := nominal_by_of(tokens, k)) is not None:
        return nominal  # "the seizure by the factions of at least 48 tanks"
    if tokens[k].low in LOSS_PHRASE_LASTS and (losses := losses_verb_at(tokens, k)) is not None:
        return losses  # "the losses of the enemy were", "put its own losses at"
    low = tokens[k].low
    if low in lx.SEA_RESCUE_VERBS and rescues_migrants(tokens, k):
        return (Category.REFUGEES, None), k  # "The coast guard rescued 600 migrants"
    if low in lx.SNATCH_VERBS and snatched_to_safety(tokens, k):
        return None  # "Rescuers snatched 12 people from the floodwaters": saved
    trig = lx.ACTIVE_TRIGGERS.get(low)
    if k > 0 and tokens[k - 1].low in lx.FATAL_ADVERBS:
        # "fatally shot two policemen", "fatally injuring a woman"
        return (Category.KILLED, None), k - 1
    if trig is None and (perfect := perfect_of_passive(tokens, k)) is not None:
        return perfect
    if trig is None and tokens[k].low in lx.UNTOLD_OUTCOME_HARMS and fatal_part_after(tokens, k):
        # "a gunman who shot five people, one fatally" or "..., killing two":
        # all five harmed, the part tells who died ("Police shot two
        # suspects" alone stays no figure: tried in session 39, it moved no
        # blind set and read deaths told in the next sentence as wounds)
        return (Category.WOUNDED, None), k
    if (
        trig is None
        and k >= 2
        and tokens[k - 1].low == "and"
        and tokens[k].low.endswith("ed")
        and tokens[k].low not in lx.PASSIVE_TRIGGERS
        and (first := lx.ACTIVE_TRIGGERS.get(tokens[k - 2].low)) is not None
    ):
        # "have arrested and charged a 24-year-old man", "kidnapped and
        # tortured three farmers": a second verb of the same object
        trig, k = first, k - 2
    if trig is None and (host := received_by_country(tokens, k)) is not None:
        trig, k = (Category.REFUGEES, None), host  # "Egypt has registered more than 500,000"
    if trig is None or intended(tokens, k):
        return None
    return trig, k
