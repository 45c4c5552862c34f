"""
Trigger words and phrases with their voice: the passive phrases by their
first word, the active ones by their last, and the words that anchor a
sentence at all.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, TypeVar

from conflictfigures import _lexicon as lx
from conflictfigures._extraction.care import (
    STILL_IN_CARE,
    care_end,
    custody_phrase,
    named_care_place,
    to_care,
    treated_for_no_injury,
)
from conflictfigures._extraction.crossers import no_flight, untold_flight
from conflictfigures._extraction.flight import (
    arrival_phrase,
    crossing_phrase,
    departure_phrase,
    shelter_phrase,
)
from conflictfigures._extraction.phrase_readers import (
    REFUGE_NOUNS,
    crossed_into_end,
    noun_after,
    picked_up_phrase,
    rescue_phrase,
    sheltered_abroad,
)
from conflictfigures.models import Category

#: A phrase table's value.
V = TypeVar("V")

if TYPE_CHECKING:
    from collections.abc import Iterable, Mapping

    from conflictfigures._extraction.text import Token
    from conflictfigures._lexicon.verbs import Phrase


def past_participle(low: str) -> bool:
    """Whether a lower-case word may be a past participle ending in "-ed" or irregular ("held")."""
    return low.endswith("ed") or low in lx.IRREGULAR_PARTICIPLES


def is_adverb(tok: Token) -> bool:
    """Whether a word is an adverb that may stand among auxiliaries ("mistakenly")."""
    low = tok.low
    return (
        len(low) > 4
        and low.endswith("ly")
        and tok.is_word
        and not tok.is_capitalized
        and low not in lx.NOT_ADVERBS
    )


def perfect_adverb(low: str) -> bool:
    """
    Whether a word may stand between a perfect's auxiliary and its participle
    ("has already claimed", "has also lost", "have summarily killed").
    """
    return low in lx.PERFECT_ADVERBS or low.endswith("ly")


def key_words(phrase: tuple[str, ...]) -> tuple[str, ...]:
    """
    The words of a trigger phrase that stand for it in the anchor screen: those
    starting with a trigger stem ("custody" in "taken into custody"), else its first.
    """
    stemmed = tuple(w for w in phrase if lx.TRIGGER_SCREEN_RE.match(w))
    return stemmed or phrase[:1]


#: Words an of-phrase after the group may not hold: they close the capture.
TAKE_CLOSERS = lx.CAPTIVE_WORDS | {"into"}


#: Words that can anchor a figure in a sentence; a sentence with none of them
#: is not read further.
ANCHORS = frozenset(
    set(lx.PASSIVE_TRIGGERS)
    | set(lx.ACTIVE_TRIGGERS)
    | set(lx.SELF_COUNTING_NOUNS)
    | {word for word, category in lx.TOTAL_NOUNS.items() if category is not None}
    | {w for words, _, _ in lx.PASSIVE_PHRASES + lx.ACTIVE_PHRASES for w in key_words(words)}
    | lx.CAPTIVE_WORDS
    | lx.TROPHY_WORDS
    | lx.INJURY_NOUNS  # a verb of suffering counts only with its injury
    | lx.BROKEN_WORDS  # or with a broken part of the body
    | {"custody"}
    | lx.ACCOUNT_WORDS  # negated: "60 people we cannot account for" (see ``unaccounted``)
    | lx.CUSTODY_NOUNS  # "held in Israeli prisons" (see ``custody_phrase``)
    | {"alive"}  # after a verb of burning or burying (see ``results.read_result``)
    | lx.FOUND_VERBS  # more bodies (see ``self_links.link_more_bodies``)
    | lx.SURVIVED_VERBS  # after "neither" (see ``partitives.pair_reading``)
    # a place of care by its name, or the reason for the trip ("for treatment")
    | lx.CARE_PLACE_WORDS
    | {first for first, _ in lx.CARE_PLACE_PAIRS}
    | lx.CARE_REASONS
    | frozenset(lx.ARRIVAL_VERBS)  # in another country (see ``flight.arrival_phrase``)
    | frozenset(lx.CROSSING_VERBS)  # into another country (see ``flight.crossing_phrase``)
    | frozenset(lx.MOTION_VERBS + lx.LEAVE_VERBS)  # abroad (see ``flight.departure_phrase``)
    | lx.FORCED_AWAY_VERBS  # the same ("driven out of Kosovo")
    | {"dying"}  # after a group "with" takes (see ``rules.read_passive``)
    | lx.GOING_VERBS  # the same
    | lx.RECEIVING_VERBS  # by a country (see ``hosts.received_by_country``)
    | lx.TAKE_IN_VERBS  # "Germany took in 1.1 million Ukrainians" (the same)
    | lx.SEA_RESCUE_VERBS  # migrants' (see ``crossers.rescued_migrants``)
    # an attacker's death by his own hand ("He then turned the gun on himself")
    | lx.REFLEXIVES
    | {"life", "lives", "inflicted"}
    # a site of shelter told by a kind no other word anchors ("living in a
    # tented camp"; "relief camps" and "displacement sites" are anchored)
    | {"tented", "tent", "makeshift", "housing", "cyclone", "welfare"}
    | {"shifted", "moved", "relocated"}  # to a shelter (see ``flight.shelter_phrase``)
    | {"cross"}  # a result: "pushed some 700 people to cross into Chad"
    | {"fleeing"}  # a result: "The raid sent more than 2,000 people fleeing"
    | lx.FATE_NOUNS  # an unknown fate (see ``results.unknown_fate``)
    | {"drove", "driven"}  # a result abroad: "drove some 730,000 Rohingya into Bangladesh"
    | {"striking"}  # and a wound's place: "striking one officer in the arm"
    # a night away from home in a public building ("spent the night in hotels")
    | lx.NIGHT_VERBS
    | {"overnight", "accommodation"}
    | lx.KILLING_NOUNS  # numbered by an ordinal (see ``ordinals.ordinal_tolls``)
    | {"sleeping", "slept"}  # out of doors: "sleeping in the open" (see ``_away_end``)
)


def phrases_by(phrases: tuple[Phrase, ...], position: int) -> dict[str, tuple[Phrase, ...]]:
    """Index trigger phrases by their first (``0``) or last (``-1``) word, keeping their order."""
    index: dict[str, list[Phrase]] = {}
    for phrase in phrases:
        index.setdefault(phrase[0][position], []).append(phrase)
    return {word: tuple(found) for word, found in index.items()}


#: Passive phrases by the word they start with ("taken" into custody).
PASSIVE_BY_FIRST = phrases_by(lx.PASSIVE_PHRASES, 0)
#: Every word a passive phrase may start at: a lexicon phrase's first word,
#: or one a phrase function alone reads (migrants "rescued" or people
#: "picked up" by police: see :mod:`.phrase_readers`; people who "went"
#: abroad: ``flight.departure_phrase``).
PASSIVE_FIRSTS = frozenset(PASSIVE_BY_FIRST) | lx.SEA_RESCUE_VERBS | lx.GOING_VERBS


def phrase_lengths(phrases: Iterable[tuple[str, ...]]) -> dict[str, tuple[int, ...]]:
    """The lengths the phrases of each first word come in, longest first."""
    lengths: dict[str, set[int]] = {}
    for words in phrases:
        lengths.setdefault(words[0], set()).add(len(words))
    return {first: tuple(sorted(found, reverse=True)) for first, found in lengths.items()}


def longest_at(
    tokens: list[Token],
    k: int,
    by_words: Mapping[tuple[str, ...], V],
    lengths: Mapping[str, tuple[int, ...]],
) -> tuple[int, V] | None:
    """
    The length and value of the longest phrase of ``by_words`` starting at
    ``tokens[k]``, found by looking up the words at each length a phrase of
    that first word has (``lengths``, see :func:`phrase_lengths`): a few
    look-ups however many phrases share a first word ("shot in the leg",
    "taken to a nearby hospital" are generated in their hundreds).
    """
    found = lengths.get(tokens[k].low)
    if found is None:
        return None
    n = len(tokens)
    # (the words as far as the longest phrase reaches, read once)
    words = tuple(t.low for t in tokens[k : k + found[0]])
    for length in found:
        if k + length <= n and (value := by_words.get(words[:length])) is not None:
            return length, value
    return None


#: Each passive phrase by its words, and the lengths the phrases of each
#: first word come in, longest first.
_PASSIVE_BY_WORDS: dict[tuple[str, ...], Phrase] = {p[0]: p for p in reversed(lx.PASSIVE_PHRASES)}
_PASSIVE_LENGTHS = phrase_lengths(_PASSIVE_BY_WORDS)


def among_those_phrase(tokens: list[Token], k: int) -> bool:
    """Whether ``"among" "those"`` at ``k`` comes before a passive phrase ("taken into custody")."""
    return (
        k + 2 < len(tokens)
        and tokens[k + 1].low == "those"
        and passive_phrase_at(tokens, k + 2) is not None
    )


def lost_in_location(tokens: list[Token], k: int) -> bool:
    """
    Whether "lost" at ``k`` is an air force's "lost in location" (or
    "locationally lost"): drones jammed off the radar, not shot down.
    """
    if k < 0 or tokens[k].low != "lost":
        return False
    if k and tokens[k - 1].low == "locationally":
        return True
    j = k + 1
    if j < len(tokens) and tokens[j].text in lx.QUOTES:
        j += 1
    return j + 1 < len(tokens) and tokens[j].low == "in" and tokens[j + 1].low == "location"


def _fate_hedged(tokens: list[Token], k: int) -> bool:
    """
    Whether ``HEDGE "to" "have" "been"`` ends right before ``k`` ("are
    believed to have been swept away"): a fate told unknown.
    """
    return (
        k >= 4
        and tokens[k - 4].low in lx.FATE_HEDGES
        and [t.low for t in tokens[k - 3 : k]] == ["to", "have", "been"]
    )


def passive_phrase_at(tokens: list[Token], k: int) -> Phrase | None:
    """
    The longest passive phrase starting at ``tokens[k]`` (see
    :func:`longest_at`).
    """
    if tokens[k].low not in PASSIVE_FIRSTS:
        return None  # a word that starts no passive phrase is read no further
    if untold_flight(tokens, k):
        return None  # "tried to cross into Iran", "enter Israel every day"
    if tokens[k].low in lx.CROSSING_VERBS and no_flight(tokens, k, crossed_into_end(tokens, k)):
        return None  # "300 Russian Troops Cross Into Ukraine", "Lebanese cross into Lebanon"
    n = len(tokens)
    longest = longest_at(tokens, k, _PASSIVE_BY_WORDS, _PASSIVE_LENGTHS)
    if longest is not None:
        length, found = longest
        if length == 1 and not _bare_harm(tokens, k):
            return None
        if found[0] in lx.SWEPT_AWAY and not _fate_hedged(tokens, k):
            return None  # (a plain "were swept away" counts no one missing)
        if (
            found[0][-1] == "away"
            and found[1] is Category.DETAINED
            and (to_care(tokens, k + length) or _by_kin(tokens, k + length))
        ):
            # "taken away in an ambulance": to care; "had been taken away by
            # relatives": the dead, to be buried; not abducted
            return None
        if found[0][-1] == "treatment" and treated_for_no_injury(tokens, k + length):
            return None  # "undergoing treatment for cholera": a patient, no one hurt
        if found[0][-1] in REFUGE_NOUNS and noun_after(tokens, k + length):
            return None  # "took safety precautions", "sought safety guarantees"
        if found[1] is Category.DISPLACED and (abroad := sheltered_abroad(tokens, k, length)):
            # "400,000 Sudanese are sheltering in eastern Chad", "200,000
            # Sudanese are living in camps in Chad": a people abroad
            return tuple(t.low for t in tokens[k:abroad]), Category.REFUGEES, None
        return found
    if (
        tokens[k].low == "in"
        and k
        and tokens[k - 1].low in STILL_IN_CARE
        and (named := named_care_place(tokens, k + 1)) is not None
    ):
        # "Thirty-six remain in Christchurch Hospital"
        return tuple(t.low for t in tokens[k:named]), Category.WOUNDED, None
    # "taken by ambulance to Lock Haven Hospital": the means before "to"
    by = 2 if k + 3 < n and tokens[k + 1].low == "by" and tokens[k + 2].low in lx.CARE_MEANS else 0
    if k + 2 + by < n and (tokens[k].low, tokens[k + 1 + by].low) in lx.CARE_VERBS:
        end = care_end(tokens, k + 2 + by)
        if end is not None:
            return tuple(t.low for t in tokens[k:end]), Category.WOUNDED, None
    return (
        shelter_phrase(tokens, k)
        or arrival_phrase(tokens, k)
        or crossing_phrase(tokens, k)
        or departure_phrase(tokens, k)
        or rescue_phrase(tokens, k)
        or picked_up_phrase(tokens, k)
        or custody_phrase(tokens, k)
    )


#: Words that may stand between "were" and a harm told alone ("were all shot").
_BETWEEN_BE_AND_HARM = frozenset({"also", "all", "both", "each"})
#: How far after "shot" a death told of the same people may stand ("was
#: shot in the chest outside his home on Friday and later died").
_DEATH_REACH = 30
#: Words of a place after a headline's "N shot" ("Two shot in Washington
#: Park"); not "at" or "into", which a shooter fires ("Two officers shot at
#: the car").
_HEADLINE_PLACES = frozenset({"in", "near", "outside", "inside", "during", "after", "on"})
#: How many words may stand between a harm told alone and its comma.
_HARM_TO_COMMA = 12


def plain_stretch(tokens: list[Token], start: int, end: int) -> bool:
    """
    Whether ``tokens[start:end]`` are words that change no count: a phrase
    of place or time after a harm ("across Marston City between Wednesday
    night and early Thursday"), no clause break or other stop word but the
    "and" of a "between".
    """
    between = False
    for tok in tokens[start:end]:
        low = tok.low
        if low == "and" and between:
            between = False
            continue
        if not tok.is_word or low in lx.MODIFIER_STOPS:
            return False
        between = between or low == "between"
    return True


#: Words between "N of them" and its death ("one of them later died").
_BEFORE_DEATH = frozenset({"later", "subsequently", "has", "had", "have", "since"})


def _died_of_them(tokens: list[Token], j: int) -> bool:
    """``NUMBER "of" "them" ADVERB* ("died" | "succumbed")`` at ``j``."""
    n = len(tokens)
    if j + 3 >= n or not (tokens[j].is_digits or tokens[j].low in lx.UNITS):
        return False
    if tokens[j + 1].low != "of" or tokens[j + 2].low != "them":
        return False
    m = j + 3
    while m < n and tokens[m].low in _BEFORE_DEATH:
        m += 1
    return m < n and tokens[m].low in ("died", "succumbed")


def _own_count_start(tokens: list[Token], k: int) -> int:
    """
    Where the words before "shot" at ``k`` that may tell its people's death
    start: within reach, after the last count before it (in "1 dead, 22
    shot" the dead are others; in "The victim, who died at the scene, was
    shot" they are the same).
    """
    lo = max(0, k - _DEATH_REACH)
    for j in range(k - 1, lo - 1, -1):
        if tokens[j].is_digits or tokens[j].low in lx.UNITS:
            return j
    return lo


def fired_at(tokens: list[Token], k: int) -> bool:
    """Whether "shot" at ``k`` is "shot at" with no place after "at": fired on."""
    n = len(tokens)
    return (
        k + 1 < n
        and tokens[k + 1].low == "at"
        and (k + 2 == n or not tokens[k + 2].is_word or tokens[k + 2].low in lx.FIRED_AT_ENDS)
    )


#: Those who take their own away: the dead to burial ("five victims had
#: already been taken away by relatives").
_KIN_TAKERS = frozenset({"relatives", "family", "families", "kin", "kinsmen", "parents"})


def _by_kin(tokens: list[Token], k: int) -> bool:
    """
    Whether ``"by" ("their" | "the")? KIN_TAKER`` follows at ``k``, the kin
    the people's own (not another's: "taken away by relatives of the militia
    commander").
    """
    n = len(tokens)
    if k >= n or tokens[k].low != "by":
        return False
    j = k + 2 if k + 1 < n and tokens[k + 1].low in ("their", "the", "his", "her") else k + 1
    return j < n and tokens[j].low in _KIN_TAKERS and not (j + 1 < n and tokens[j + 1].low == "of")


def no_war_losses(tokens: list[Token], k: int) -> bool:
    """
    Whether the losses or loss at ``k`` are no war's: a word of
    ``lx.NON_WAR_LOSSES`` one or two words before ("Job losses total 4,000
    workers", "heavy job losses reached 4,000") or right after its "of"
    ("losses of jobs").
    """
    if not lx.NON_WAR_LOSSES.isdisjoint(t.low for t in tokens[max(0, k - 2) : k]):
        return True
    return (
        k + 2 < len(tokens) and tokens[k + 1].low == "of" and tokens[k + 2].low in lx.NON_WAR_LOSSES
    )


def shot_alone(tokens: list[Token], k: int) -> bool:
    """
    Whether "shot" at ``k`` tells a hit and nothing more: no death told
    around it, no wound told after it ("were shot at close range and were
    seriously wounded"), not "shot at" with no place (fired on).
    """
    return (
        tokens[k].low == "shot"
        and lx.DEATH_WORDS.isdisjoint(t.low for t in tokens[_own_count_start(tokens, k) : k + 1])
        # (remains told after it are those shot, and tell an execution:
        # "were shot by troops; the bodies were dumped", see ``executions``)
        # (nor is "execution-style": a manner, see ``executions``)
        and lx.DEATH_WORDS.isdisjoint(
            t.low
            for j, t in enumerate(tokens[k + 1 : k + 1 + _DEATH_REACH], k + 1)
            if t.low not in lx.BODY_NOUNS and not _styled(tokens, j)
        )
        and not fired_at(tokens, k)
        and not any(
            lx.PASSIVE_TRIGGERS.get(t.low, (None,))[0] is Category.WOUNDED
            for t in tokens[k + 1 : k + 1 + _DEATH_REACH]
        )
    )


def _styled(tokens: list[Token], j: int) -> bool:
    """Whether the word at ``j`` opens a manner in "-style" ("execution-style")."""
    return j + 2 < len(tokens) and tokens[j + 1].text == "-" and tokens[j + 2].low == "style"


def _bare_harm(tokens: list[Token], k: int) -> bool:
    """
    ``BE ADVERB* HARM WORD{0,12} ("," | DASH) NUMBER ("of" "them")? OUTCOME_ADVERB``
    or ``BE ADVERB* HARM WORD{0,12} "and" NUMBER "of" "them" "died"``:
    a harm told alone is read only when its sentence tells the fate of some
    of those harmed ("Five people were shot, two of them fatally", "Two
    police officers were shot, one fatally, while serving a warrant", "Four
    people were shot, one critically", "Three people were shot Monday
    night and one of them died"): all those harmed, the dead among them.
    "shot" alone in a sentence that tells no death within 30 words of it
    ("Two men were shot while standing on the sidewalk") is the wounded, as
    shooting reports and those who code them mean it; with a death told
    around it ("was shot and later died", "The victim, who died at the
    scene, was shot") the death decides, and "shot at" with no place after
    it is fired on, no one hit.
    """
    n = len(tokens)
    if (
        k > 0
        and (tokens[k - 1].is_digits or tokens[k - 1].low in lx.UNITS)
        # (the count opens its clause, as in a headline: not "fired one shot in the air")
        and (k < 2 or not tokens[k - 2].is_word)
        and (k + 1 == n or not tokens[k + 1].is_word or tokens[k + 1].low in _HEADLINE_PLACES)
        and shot_alone(tokens, k)
    ):
        return True  # a headline's "Two shot in Washington Park", "22 shot near Union Station"
    j = k - 1
    while j >= max(0, k - 3) and (tokens[j].low in _BETWEEN_BE_AND_HARM or is_adverb(tokens[j])):
        j -= 1
    if j < 0 or tokens[j].low not in lx.BE_FORMS:
        return False
    if shot_alone(tokens, k):
        # "A 15-year-old student was shot Friday morning", "Two men were
        # shot while standing on the sidewalk": hit by gunfire, no death told
        return True
    m = k + 1
    # (or a dash: "Seven people were shot - one of them fatally - outside a bar")
    while (
        m < n
        and m <= k + _HARM_TO_COMMA
        and tokens[m].text != ","
        and tokens[m].text not in lx.DASHES
    ):
        if tokens[m].low == "and" and _died_of_them(tokens, m + 1):
            return True  # "Three people were shot Monday night and one of them died"
        m += 1
    if not plain_stretch(tokens, k + 1, m):
        return False
    m += 1
    if m >= n or not (tokens[m].is_digits or tokens[m].low in lx.UNITS):
        return False
    m += 3 if m + 2 < n and tokens[m + 1].low == "of" and tokens[m + 2].low == "them" else 1
    return m < n and tokens[m].low in lx.OUTCOME_ADVERBS


#: Active phrases by the word just before the counted group ("the death of").
ACTIVE_BY_LAST = phrases_by(lx.ACTIVE_PHRASES, -1)


def _by_last_two() -> dict[tuple[str, str | None], tuple[Phrase, ...]]:
    """
    :data:`ACTIVE_BY_LAST` narrowed by the word before the last: under
    ``(last, before)`` the phrases that can end in those two words, in their
    order; under ``(last, None)`` the one-word phrases alone.
    """
    index: dict[tuple[str, str | None], tuple[Phrase, ...]] = {}
    for last, phrases in ACTIVE_BY_LAST.items():
        for before in {words[-2] for words, _, _ in phrases if len(words) > 1}:
            index[last, before] = tuple(p for p in phrases if len(p[0]) == 1 or p[0][-2] == before)
        alone = tuple(p for p in phrases if len(p[0]) == 1)
        if alone:
            index[last, None] = alone
    return index


_ACTIVE_BY_LAST_TWO = _by_last_two()

#: The last two words of the active phrases of two words or more, as
#: ``(last, before)``, but for the phrases ending in "of" ("shot dead" is
#: ``("dead", "shot")``).
ACTIVE_PHRASE_ENDS = frozenset(
    key for key in _ACTIVE_BY_LAST_TWO if key[1] is not None and key[0] != "of"
)


def speaker_label(tokens: list[Token], k: int) -> bool:
    """
    Whether ``tokens[k]`` is a transcript's label of a speaker: a
    capitalized word, no participle, opening its sentence before a colon
    ("HOST: Sixty?", "Host:"; not "KILLED: 23", a fact box's count).
    """
    return (
        k == 0
        and len(tokens) > 1
        and tokens[1].text == ":"
        and tokens[0].is_capitalized
        and not past_participle(tokens[0].low)
    )


def active_phrases_at(tokens: list[Token], k: int) -> tuple[Phrase, ...]:
    """
    The active phrases that may end at ``tokens[k]``, in the order of
    :data:`ACTIVE_BY_LAST`: those whose word before the last matches too,
    and the one-word ones.
    """
    if k:
        found = _ACTIVE_BY_LAST_TWO.get((tokens[k].low, tokens[k - 1].low))
        if found is not None:
            return found
    return _ACTIVE_BY_LAST_TWO.get((tokens[k].low, None), ())


#: The nouns of an act told as "the NOUN of" its objects ("the seizure of 40
#: rifles", "the killing of two men"), with their categories.
NOMINAL_OF: dict[str, tuple[Category | None, Category | None]] = {
    p[0][1]: (p[1], p[2])
    for p in lx.ACTIVE_PHRASES
    if len(p[0]) == 3 and p[0][0] == "the" and p[0][2] == "of"
}
#: How many words the doer of a nominal act may take between its noun and
#: "of" ("the seizure by the factions of").
_NOMINAL_BY_WORDS = 5


def nominal_by_of(
    tokens: list[Token], k: int
) -> tuple[tuple[Category | None, Category | None], int] | None:
    """
    ``"the" ADJECTIVE{0,2} NOMINAL ("by" WORD{1,5} | "," ASIDE ",")? "of"``
    ending at ``k``: an act told as a noun, with its manner, its doer or an
    aside before its objects ("documented the seizure by the factions of at
    least 48 tanks", "the unlawful killing, including summary execution, of
    73 civilians"); its categories and first token.
    """
    if tokens[k].low != "of" or k < 2:
        return None
    noun = k - 1
    if tokens[noun].text == ",":
        # an aside set off by commas: back to its opening comma
        noun = (
            next(
                (
                    j
                    for j in range(k - 2, max(0, k - 2 - _NOMINAL_ASIDE_WORDS), -1)
                    if tokens[j].text == ","
                ),
                0,
            )
            - 1
        )
    else:
        for j in range(k - 2, max(1, k - 2 - _NOMINAL_BY_WORDS), -1):
            tok = tokens[j]
            if tok.low == "by":
                noun = j - 1
                break
            if not tok.is_word and tok.text not in lx.QUOTES:
                break  # (a doer in quotes: "the execution by the 'Islamic State' of")
    if noun < 1 or (found := NOMINAL_OF.get(tokens[noun].low)) is None:
        return None
    the = noun - 1
    while the > 0 and noun - the <= _NOMINAL_ADJECTIVES and _adjective(tokens[the]):
        the -= 1  # "the unlawful killing", "the summary execution"
    if noun == k - 1 and the == noun - 1:
        return None  # "the killing of": the phrase itself (:data:`lx.ACTIVE_PHRASES`)
    return (found, the) if tokens[the].low == "the" else None


#: How many adjectives may stand between "the" and a nominal act's noun.
_NOMINAL_ADJECTIVES = 2
#: How many words an aside between a nominal act's noun and "of" may hold.
_NOMINAL_ASIDE_WORDS = 6


def _adjective(tok: Token) -> bool:
    """
    Whether a word before a nominal act's noun may describe it ("unlawful",
    "summary"; not an act undone, ``lx.UNDONE_ACT_WORDS``: "the attempted
    killing of", "the imminent execution of").
    """
    return (
        tok.is_word
        and not tok.is_capitalized
        and tok.low not in lx.ARTICLE_WORDS
        and tok.low not in lx.UNDONE_ACT_WORDS
    )


#: The words a passive trigger or a passive phrase of up to three words ends with.
PASSIVE_LASTS = frozenset(lx.PASSIVE_TRIGGERS) | frozenset(
    p[0][-1] for p in lx.PASSIVE_PHRASES if len(p[0]) <= 3
)

#: The words an active phrase "losses VERB ..." ends with ("to", "were").
LOSS_PHRASE_LASTS = frozenset(p[0][-1] for p in lx.ACTIVE_PHRASES if p[0][0] in lx.LOSS_WORDS)


def passive_ending_at(tokens: list[Token], k: int) -> tuple[Phrase, int] | None:
    """
    A passive trigger word or phrase of two or three words ending at
    ``tokens[k]`` ("sunk", "blown up"), with its first token; used as an
    active perfect after "have" ("had sunk two patrol boats").
    """
    for length in (3, 2):
        if k - length + 1 >= 0:
            words = tuple(t.low for t in tokens[k - length + 1 : k + 1])
            found = _PASSIVE_BY_WORDS.get(words)
            if found is not None:
                return found, k - length + 1
    trig = lx.PASSIVE_TRIGGERS.get(tokens[k].low)
    if trig is None:
        return None
    return ((tokens[k].low,), trig[0], trig[1]), k


def loss_phrases_at(tokens: list[Token], k: int) -> tuple[Phrase, ...]:
    """
    The phrases "losses VERB" whose one-word verb is ``tokens[k]`` ("losses
    were"), for a verb that stands apart from "losses" ("the losses of the
    enemy were").
    """
    return _ACTIVE_BY_LAST_TWO.get((tokens[k].low, "losses"), ())


#: How far back a verb joined by "and" may find the modal of the verb before it.
_MODAL_REACH = 10


def _modal_before(tokens: list[Token], k: int) -> bool:
    """
    Whether a modal stands before the verb at ``k``, past adverbs ("could
    easily kill"), or before the first of two verbs joined by "and" ("could
    kill up to 10,000 people and leave 1 million homeless").
    """
    j = k - 1
    while j >= 0 and (is_adverb(tokens[j]) or tokens[j].low == "not"):
        j -= 1
    if j >= 0 and tokens[j].low in lx.MODALS:
        return True
    if j < 0 or tokens[j].low != "and":
        return False
    for m in range(j - 1, max(0, j - _MODAL_REACH), -1):
        if not (tokens[m].is_word or tokens[m].is_digits) or tokens[m].low in lx.CLAUSE_BREAKS:
            return False
        if tokens[m].low in lx.MODALS:
            return True
    return False


def intended(tokens: list[Token], k: int) -> bool:
    """
    Whether the verb at ``k`` is an intention or a hypothesis, not a report:
    "an operation to detain", "could kill up to 10,000 people", "would
    displace 200,000" (a modal before a verb in its plain form).
    """
    low = tokens[k].low
    if k == 0 or low.endswith(("ed", "ing")):
        return False
    return tokens[k - 1].low == "to" or (not low.endswith("s") and _modal_before(tokens, k))


def perfect_of_passive(
    tokens: list[Token], k: int
) -> tuple[tuple[Category | None, Category | None], int] | None:
    """
    ``("have" | "has" | "had") ADVERB* PARTICIPLE``: a passive trigger's
    participle made active by "have" ("had sunk two patrol boats", "its
    fighters had blown up three tanks", "has displaced two million people");
    not "have been".  Returns its categories and first token.
    """
    if tokens[k].low not in PASSIVE_LASTS or not any(
        t.low in lx.PERFECT_HAVE_FORMS for t in tokens[max(0, k - 5) : k]
    ):
        return None  # (the cheap tests first: most words before a number are neither)
    found = passive_ending_at(tokens, k)
    if found is None or found[0][0][0] in lx.LOSE_VERBS:
        return None
    (_, people, equipment), first = found
    j = first - 1
    while j >= 0 and (is_adverb(tokens[j]) or tokens[j].low in ("also", "already", "now")):
        j -= 1
    if j < 0 or tokens[j].low not in lx.PERFECT_HAVE_FORMS:
        return None
    return (people, equipment), first


#: What may befall a group already described by its state.
_HARMS_AFTER_STATE = frozenset(
    {Category.KILLED, Category.WOUNDED, Category.MISSING, Category.DETAINED}
)
#: How many words may stand between a group's noun and its verb after a
#: state that describes the group ("18 displaced people were killed").
_STATE_VERB_REACH = 3
#: How many tokens an aside between that noun and its verb may hold.
_STATE_ASIDE_REACH = 16


def harm_after_state(tokens: list[Token], k: int) -> bool:
    """
    Whether, after the state at ``k`` and the counted noun right after it
    (the caller checks), another verb of harm follows closely ("18
    displaced people killed", "two wounded soldiers later died"): the state
    describes the group, and the verb is what befell them. An aside set off
    by commas after the noun is stepped over.
    """
    n = len(tokens)
    start = k + 2
    if start < n and tokens[start].text == ",":
        # past an aside set off by commas ("At least 17 displaced people, most
        # of them women and children queuing for water, were killed")
        close = next(
            (
                m
                for m in range(start + 1, min(n, start + 1 + _STATE_ASIDE_REACH))
                if tokens[m].text in (",", ".", ";")
            ),
            None,
        )
        if close is None or tokens[close].text != ",":
            return False
        start = close + 1
    for m in range(start, min(n, start + _STATE_VERB_REACH)):
        low = tokens[m].low
        if low in lx.PASSIVE_TRIGGERS:
            # a harm of its own ("killed", "died", "abducted"), not a move
            # ("Seven wounded soldiers were evacuated": the wounded)
            return lx.PASSIVE_TRIGGERS[low][0] in _HARMS_AFTER_STATE and (
                lx.PASSIVE_TRIGGERS[low] != lx.PASSIVE_TRIGGERS[tokens[k].low]
            )
        if not (low in lx.AUXILIARIES or is_adverb(tokens[m])):
            return False
    return False


#: Modals that make what follows a possibility, no count.
_POSSIBLE_MODALS = frozenset({"could", "would", "may", "might"})
#: How far before a number its clause's modal may stand ("could lead to").
_COUNT_MODAL_REACH = 4


def possible_before(tokens: list[Token], first: int) -> bool:
    """
    ``MODAL WORD{0,3} NUMBER``: a modal right before the words that govern a
    count ("could cause 300 deaths", "may lead to 500 more deaths").
    """
    for k in range(first - 1, max(-1, first - 1 - _COUNT_MODAL_REACH), -1):
        low = tokens[k].low
        if low in _POSSIBLE_MODALS:
            return True
        if not tokens[k].is_word or low in lx.REPORTING_VERBS:
            return False
    return False
