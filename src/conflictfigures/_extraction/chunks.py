"""
Noun-phrase chunks: the counted group after a number, its head noun and
the class of that noun (people, equipment, self-counting, not counted);
what hangs off the group without changing its count is stepped over in
:mod:`~conflictfigures._extraction.modifiers`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from conflictfigures import _lexicon as lx
from conflictfigures._extraction.heads import COUNTED, noun_class, plural
from conflictfigures._extraction.injuries import injury_within
from conflictfigures._extraction.numerals import age_end
from conflictfigures._extraction.text import (
    GLUED,
    Token,
    initial,
    model_code,
    model_letters,
    name_possessive,
    possessive,
)
from conflictfigures._extraction.triggers import (
    PASSIVE_BY_FIRST,
    harm_after_state,
    is_adverb,
    passive_phrase_at,
    past_participle,
)
from conflictfigures._extraction.verbs import phrase_at

if TYPE_CHECKING:
    from conflictfigures._extraction.numbers import (
        NumberReading,
    )


def _hyphen_first(tokens: list[Token], k: int) -> bool:
    """Whether ``tokens[k]`` is glued by a hyphen to the word after it ("on-duty", "at-risk")."""
    return (
        k + 2 < len(tokens)
        and tokens[k + 1].text == "-"
        and tokens[k + 1].gap == GLUED
        and tokens[k + 2].gap == GLUED
        and tokens[k + 2].is_word
    )


#: Reporting verbs after a group's first word that end it ("two hospitals
#: told DW"; not before a number: "Authorities told 5,000 residents to leave").
_GROUP_ENDING_SPEECH = frozenset({"told", "tells"})


#: Words of degree before a state used as a noun ("the most severely wounded").
_DEGREE_WORDS = frozenset({"most", "more", "least", "less"})


def read_np(tokens: list[Token], j: int) -> tuple[int, int, int]:
    """
    Read the counted group's words from ``tokens[j]``:
    ``np = ("of" DETERMINER?)? WORD (("-" | "'s") WORD)* ...``, at most seven words
    (and seven more after the first "of" inside it: "members of the ...").

    Returns ``(start, end, next)``: the words' token range and the index after.
    """
    n = len(tokens)
    k = j
    opening_quote = -1  # (where a quote opened right after the number, if one did)
    quote = tokens[k] if k < n else None
    if quote is not None and quote.text in lx.QUOTES:
        # A closing quote glued after the number ("'More Than 50' Syrian Forces").
        if quote.gap == GLUED:
            k += 1
        elif (
            k + 2 < n
            and scare_quoted(tokens, (k + 1, k + 2))
            and tokens[k + 1].is_word
            and tokens[k + 1].gap == GLUED
        ):
            opening_quote = k
            k += 1  # a word in scare quotes: 64 "rioters"
        elif (quoted := _quoted_words_end(tokens, k)) is not None:
            return k + 1, quoted, quoted + 1  # words in quotes: 11 "looters and disturbers"
    if (
        k + 2 < n
        and tokens[k].low == "of"
        and (tokens[k + 1].is_digits or tokens[k + 1].low in NUMBER_WORDS)
        and tokens[k + 2].is_word
    ):
        k += 2  # "shot down 19 of 25 drones": the group after the whole
    elif k < n and tokens[k].low == "of" and (whole := _owned_whole(tokens, k + 1)) is not None:
        k = whole  # "90 of the village's 200 inhabitants": the group after the whole
    elif k < n and tokens[k].low == "of" and k + 1 < n and tokens[k + 1].is_word:
        k += 1
    state = k + 1
    opener = k < n and (tokens[k].low == "the" or (tokens[k].low == "those" and k > j))
    while (
        opener
        and state < n
        and state < k + 3
        and (tokens[state].low in _DEGREE_WORDS or is_adverb(tokens[state]))
    ):
        state += 1  # "35 of the most severely wounded"
    if (
        opener
        and state < n
        and tokens[state].low in lx.PASSIVE_TRIGGERS
        and lx.PASSIVE_TRIGGERS[tokens[state].low][0] is not None
        # "two of the kidnapped officers": a participle before its noun
        and not (state + 1 < n and tokens[state + 1].low in COUNTED)
    ):
        # A state used as a noun: "one of the injured died", "the dead",
        # "7 of those wounded", "35 of the most severely wounded".
        return k, state + 1, state + 1
    start = k
    words = 0
    limit = _NP_WORDS
    if (
        k + 1 < n
        and (tokens[k].is_digits or tokens[k].low in NUMBER_WORDS)
        and (aged := age_end(tokens, k + 1)) is not None
    ):
        # "Two 19-year-old university students": the age is a word of the group
        k = aged
        words = 1
    member_of = False  # inside what members are members of ("members of the ...")
    while k < n and words < limit:
        tok = tokens[k]
        low = tok.low
        # "and" inside what members are members of, joining a second body
        joins_body = member_of and low == "and" and _body_joined(tokens, k + 1)
        if (
            not words
            and low in lx.COUNT_ATTESTERS
            and k + 1 < n
            and tokens[k + 1].low in lx.PASSIVE_TRIGGERS
        ):
            break  # "6 confirmed dead", "20 reported killed": how the state is known, no group
        if (
            not words
            and low in lx.COUNT_ATTESTERS
            and k + 1 < n
            and (tokens[k + 1].low in COUNTED or tokens[k + 1].low in lx.INJURY_NOUNS)
        ):
            # "7 reported injuries", "12 confirmed deaths": how the count is
            # known, inside the group.
            words += 1
            k += 1
            continue
        if words and low in _GROUP_ENDING_SPEECH:
            break  # "two Minsk hospitals told DW that ...": a reporting verb ends the group
        if tok.is_capitalized and low in lx.WEEKDAYS:
            break  # "killed at least 12 Friday night": a day, no group
        if (
            words
            and low.endswith("ing")
            and tokens[k - 1].low in lx.NOT_COUNTED_NOUNS
            and (plural(tokens[k - 1].low) or tokens[k - 1].low not in _COMPOUND_FIRSTS)
        ):
            # "with both sides reporting fresh civilian deaths", "an attack
            # targeting ...": a participle's own (not a compound: "Five
            # hospital cleaning staff")
            break
        if tok.is_word:
            # Any of these ends the group; the words that can are screened
            # with one lookup first.
            if low in NP_ENDERS and (
                (
                    low == "of"
                    and not (
                        # "members of the armed forces", "personnel of the army"
                        words
                        and tokens[k - 1].low in lx.GROUP_OF_HEADS
                        and k + 1 < n
                        and tokens[k + 1].is_word
                    )
                    and not (
                        # A proper name with "of" inside: "Islamic Movement of Uzbekistan".
                        words
                        and tokens[k - 1].is_capitalized
                        and k + 1 < n
                        and tokens[k + 1].is_capitalized
                        and tokens[k + 1].low not in lx.MONTHS
                    )
                )
                or (
                    low in lx.NP_STOP
                    and not (low in lx.DETERMINERS and k == start)
                    and not joins_body
                    # (the first word of a compound: "two on-duty officers")
                    and not _hyphen_first(tokens, k)
                )
                or (
                    low in lx.PASSIVE_TRIGGERS
                    and (words or low != "missing")
                    # "the kidnapped officers", "his deceased body": a
                    # participle after a determiner
                    and not (
                        (words or k == start)
                        and k > 0
                        and tokens[k - 1].low in lx.DETERMINERS
                        and k + 1 < n
                        and tokens[k + 1].low in COUNTED
                    )
                    # "18 displaced people killed", "Seven other displaced
                    # people were wounded": a state before the noun, then the
                    # verb that befell them
                    and not (
                        (
                            not words
                            # ("Seven other displaced people", "18 internally
                            # displaced persons, most of them women, were killed")
                            or (
                                words == 1
                                and (
                                    tokens[k - 1].low in lx.ADDED_WORDS or is_adverb(tokens[k - 1])
                                )
                            )
                        )
                        and k + 2 < n
                        and tokens[k + 1].low in COUNTED
                        and harm_after_state(tokens, k)
                    )
                    # "captured an abandoned T-90M tank": a state of the
                    # things before their noun, the verb's object
                    and not (
                        not words
                        and _equipment_ahead(tokens, k + 1)
                        and _active_before(tokens, start)
                    )
                )
                or (words and (low in lx.AUXILIARIES or low in lx.SUFFER_VERBS))
                # a harm told alone after a plural ("the bodies of four
                # mineworkers shot during clashes"): no noun of the group
                or (words and low in _BARE_HARMS and tokens[k - 1].low.endswith("s"))
                # right after the number, a harm before a place or its state
                # ("Two shot in Washington Park", "two shot dead"): no noun
                or (
                    not words
                    and low in _BARE_HARMS
                    and (
                        k + 1 == n
                        or not tokens[k + 1].is_word
                        or tokens[k + 1].low in lx.ADJUNCT_OPENERS
                        or tokens[k + 1].low in lx.PASSIVE_TRIGGERS
                    )
                )
                # a determiner inside the words starts a phrase of its own ("An
                # AFP tally puts the death toll"), but after "of" ("members of
                # the armed forces")
                or (
                    words
                    and low in _INNER_DETERMINERS
                    and tokens[k - 1].low not in lx.PREPOSITIONS
                    # (not a letter of a model's code, "M2A2", nor after "them":
                    # "one of them a doctor")
                    and tok.gap != GLUED
                    # (a name's letter: "Group A of", "Binh An commune"; not a
                    # title-cased headline's "Kill 12 Villagers A Day After")
                    and not (
                        low in ("a", "an")
                        and tok.is_capitalized
                        and not (k + 1 < n and tokens[k + 1].is_capitalized)
                    )
                    and tokens[k - 1].low not in ("them", "whom")
                )
                or low in lx.GROUP_ENDING_VERBS
                # "One remains in critical condition", "two remain missing":
                # the verb, not the dead's remains ("12 remains of soldiers")
                or (
                    low == "remains"
                    and not words
                    and k + 1 < n
                    and tokens[k + 1].low != "of"
                    and (
                        tokens[k + 1].low in lx.PREPOSITIONS
                        or tokens[k + 1].low in lx.PASSIVE_TRIGGERS
                    )
                )
                # "another sustained critical injuries": the verb of an elided group
                or (not words and low in lx.SUFFER_VERBS and injury_within(tokens, k + 1))
            ):
                break
            if (
                not words
                and k + 1 < n
                and tokens[k + 1].low in lx.PASSIVE_TRIGGERS
                and is_adverb(tok)
                # (but a state that names a people, its noun and a harm after
                # it: "18 internally displaced persons were killed")
                and not (
                    k + 2 < n
                    and tokens[k + 2].low in lx.PEOPLE_NOUNS
                    and harm_after_state(tokens, k + 1)
                )
            ):
                break  # "and another seriously wounded": the adverb of the verb after
            if low == "of" and words and tokens[k - 1].low in lx.GROUP_OF_HEADS:
                member_of = True
            if low == "of" and words and limit == _NP_WORDS:
                # what members are members of has words of its own: "two staff
                # members of the medical charity Sante Sans Limites" (once)
                limit = words + _NP_WORDS
            if (
                # The group ends after its noun ("refugees already camped"),
                # but a name used as a modifier does not end it ("Taliban
                # attack coordinator").
                words
                and tokens[k - 1].low in COUNTED
                and not tokens[k - 1].is_capitalized
                and tokens[k - 1].low != "other"  # "one other suspected insurgent"
                and not (low == "of" and tokens[k - 1].low in lx.GROUP_OF_HEADS)
                and not joins_body
                # "civilian defence volunteers" goes on; "worker suffered" ends;
                # "police sub inspector" goes on, "police fired" ends.
                and (
                    (
                        plural(tokens[k - 1].low)
                        and tokens[k - 1].low not in lx.COLLECTIVE_NOUNS
                        and tokens[k - 1].low not in lx.ATTRIBUTIVE_PLURALS
                    )
                    or not _compound_goes_on(tokens, k)
                )
                and low not in COUNTED
                # "two refugee camps": a place the singular noun names, no people
                and (plural(tokens[k - 1].low) or low not in lx.SITE_NOUNS)
            ):
                break
            if low in _GROUP_BREAKS and (
                (low in NUMBER_WORDS and not _compound_adjective(tokens, k))
                or ((words or low in lx.FLIGHT_VERBS) and phrase_at(tokens, k))
                # "and more than 165,000 forced from their homes": a participle's
                # phrase of three words or more right after the number, the
                # group elided
                or (
                    not words
                    and past_participle(low)
                    and (phrase := passive_phrase_at(tokens, k))
                    and len(phrase[0]) >= 3
                )
            ):
                # "Syrians registered as refugees", "12 remain unaccounted for",
                # "About 20,000 crossed into Chad"; a number word starts a
                # figure of its own ("wounded 2 five ...")
                break
            if joins_body:
                # a second body's words ("members of the Syrian Democratic
                # Forces and Kurdish police"), once
                limit, member_of = limit + 3, False
            words += 1
            k += 1
            continue
        if (
            tok.is_digits
            and words
            and possessive(tokens[k - 1].low)
            and (aged := age_end(tokens, k + 1)) is not None
        ):
            # an age after an owner, a word of the group: "his girlfriend's
            # 15-year-old son"
            k = aged
            words += 1
            continue
        if (
            tok.text == "("
            and words
            and k + 2 < n
            and tokens[k + 1].is_word
            and tokens[k + 1].text.isupper()
            and tokens[k + 2].text == ")"
        ):
            # An acronym in parentheses: "Islamic Movement of Uzbekistan (IMU) leader".
            k += 3
            continue
        if (
            tok.text in lx.QUOTES
            and tok.gap == GLUED
            and words
            # (closing the quote opened right after the number)
            and opening_quote == start - 1
            and tokens[k - 1].is_capitalized
            and k + 1 < n
            and tokens[k + 1].is_word
            and tokens[k + 1].low not in lx.AUXILIARIES
            and tokens[k + 1].low not in lx.PASSIVE_TRIGGERS
            and tokens[k + 1].low not in lx.NP_STOP
        ):
            start = opening_quote  # (the group's words take both quotes)
            k += 1  # a name in quotes inside the group: 2 "Grad" multiple rocket launchers
            continue
        if (
            tok.text in lx.DASHES
            and tok.text not in lx.LONG_DASHES
            and tok.gap == GLUED
            and words
            and k + 1 < n
        ):
            nxt = tokens[k + 1]
            if (
                words >= 2
                and nxt.gap == GLUED
                and (nxt.low.endswith("ed") or nxt.low in lx.IRREGULAR_PARTICIPLES)
                and plural(tokens[k - 2].low)
                and k + 2 < n
                and not tokens[k + 2].is_word
            ):
                # a compound adjective after the noun, its complement:
                # "declared all 23 districts calamity-hit," ends at "districts"
                k -= 1
                break
            if nxt.gap == GLUED and (nxt.is_word or (nxt.is_digits and model_code(tokens, k + 1))):
                k += 2  # "pro-government fighters", "two T-72 tanks"
                continue
        if tok.is_digits and words:
            before = tokens[k - 1]
            if (tok.gap == GLUED and model_letters(before)) or (
                # a model's name and number apart: "four Leopard 2 tanks"
                tok.gap != GLUED
                and before.is_word
                and before.is_capitalized
                and k + 1 < n
                and (
                    tokens[k + 1].low in lx.EQUIPMENT_NOUNS
                    # a numbered name as a modifier: "a Grade 9 pupil", "two Ward 7 residents"
                    or (before.low in lx.NUMBERED_NAMES and tokens[k + 1].is_word)
                )
            ):
                # (or its letters and number with no dash: "three M113
                # carriers", "two R5s", its plural "s" read as a word)
                k += 1
                continue
        if (
            tok.text == "."
            and tok.gap == GLUED
            and words
            and tokens[k - 1].is_capitalized
            and tokens[k - 1].low in lx.ABBREVIATIONS
            and k + 1 < n
            and tokens[k + 1].is_capitalized
        ):
            k += 1  # an abbreviation inside a name: "Two St. Francis residents"
            continue
        if tok.text == "." and tok.gap == GLUED and words and initial(tokens[k - 1]):
            # Initials: "U.S. soldiers", "U.N. peacekeepers"
            if k + 1 < n and tokens[k + 1].gap == GLUED and initial(tokens[k + 1]):
                k += 2
                continue
            if k + 1 < n and (
                (tokens[k + 1].is_word and not tokens[k + 1].is_capitalized)
                # "two U.S. Marines", "a U.S. Reaper drone": a name goes on
                # (not a new sentence's first word: "to the U.S. The ...",
                # "U.S. He said")
                or (
                    tokens[k + 1].is_word
                    and tokens[k + 1].low not in lx.NP_STOP
                    and tokens[k + 1].low not in lx.DETERMINERS
                    and tokens[k + 1].low not in lx.CLAIM_PRONOUNS
                    # (nor another country's word: "wounded four U.S. Iraqi
                    # Kurdish officials said ...", a new sentence)
                    and tokens[k + 1].low not in lx.SIDES
                )
                # "four U.S.-made Bradley fighting vehicles"
                or (
                    tokens[k + 1].text in lx.DASHES
                    and tokens[k + 1].gap == GLUED
                    and k + 2 < n
                    and tokens[k + 2].gap == GLUED
                    and tokens[k + 2].is_word
                )
            ):
                k += 1  # the full stop after the last initial
                continue
        break
    end = k
    # Never end on a determiner or "of"; what is dropped is still read
    # ("five of them later died").
    while end > start and tokens[end - 1].low in lx.DETERMINERS:
        end -= 1
    return start, end, k


#: How many tokens after a state before a noun of equipment may name its
#: model ("an abandoned T-90M tank": T, -, 90, M).
_MODEL_TOKENS = 5


def _equipment_ahead(tokens: list[Token], k: int) -> bool:
    """
    Whether a noun of equipment stands at ``k`` or past a model's name and
    code right after it ("abandoned tank", "abandoned T-90M tank"), glued
    pieces and capitalised words only.
    """
    for j in range(k, min(len(tokens), k + _MODEL_TOKENS)):
        tok = tokens[j]
        if tok.low in lx.EQUIPMENT_NOUNS:
            return True
        if not (tok.is_capitalized or tok.is_digits or (tok.text == "-" and tok.gap == GLUED)):
            return False
    return False


#: How far before a group its count and the active verb that takes it may reach.
_ACTIVE_REACH = 5


def _active_before(tokens: list[Token], start: int) -> bool:
    """
    Whether an active trigger stands a few words before a group's words
    starting at ``start``, with its count between ("captured an abandoned
    tank", "seized more than 20 damaged trucks"): the group is its object.
    """
    for i in range(start - 1, max(-1, start - 1 - _ACTIVE_REACH), -1):
        tok = tokens[i]
        if tok.low in lx.ACTIVE_TRIGGERS:
            return True
        if not (tok.is_digits or tok.low in NUMBER_WORDS or tok.low in _COUNT_PHRASE_WORDS):
            return False  # (not past other words: "recovered pieces of 2 downed drones")
    return False


#: Words of a count between an active verb and its object's words.
_COUNT_PHRASE_WORDS = frozenset(
    {"a", "an", "another", "more", "than", "about", "some", "nearly", "almost", "around"}
    | {"over", "at", "least", "up", "to"}
)


def _body_joined(tokens: list[Token], k: int) -> bool:
    """
    Whether the words from ``k``, after "and" inside what members are
    members of, name a second body of theirs ("Thirteen members of the state
    police and prosecutor's office", "members of the army and police"), not
    a count or group of its own ("members of the family and three
    neighbours", "and a soldier") nor a verb ("and wounded two").
    """
    if k + 1 >= len(tokens):
        return False
    tok = tokens[k]
    return (
        tok.is_word
        and tok.low not in NUMBER_WORDS
        and tok.low not in lx.ARTICLE_WORDS
        and tok.low not in NP_ENDERS
        and tok.low not in lx.DETERMINERS
        and (tok.low not in COUNTED or tok.low in lx.FORCE_WORDS)
        and tok.low not in lx.ACTIVE_TRIGGERS
        # (a verb or an adverb of the clause: "and wounding 12", "and critically")
        and not past_participle(tok.low)
        and not tok.low.endswith("ing")
        and not is_adverb(tok)
    )


#: How many words a group may hold (and what its members are members of).
_NP_WORDS = 7


def _owned_whole(tokens: list[Token], k: int) -> int | None:
    """
    ``("the" | POSSESSIVE) WORD* OWNER "'s"? NUMBER WORD`` from ``k``, after
    "of": a whole counted with its owner ("of the village's 200
    inhabitants", "of its 40 crew", "of the five hostages"); the index after
    its number.
    """
    n = len(tokens)
    if k >= n:
        return None
    if name_possessive(tokens[k]):
        k -= 1  # a name's own: "of Gaza's 2.1 million people"
    elif tokens[k].low != "the" and tokens[k].low not in lx.POSSESSIVES:
        return None
    for m in range(k + 1, min(n - 1, k + 4)):
        tok = tokens[m]
        if (
            (tok.is_digits or tok.low in NUMBER_WORDS)
            and tokens[m + 1].is_word
            and tokens[m + 1].low not in lx.PASSIVE_TRIGGERS
        ):
            return m + 1
        if not tok.is_word or tok.low in NP_ENDERS:
            return None
    return None


#: Determiners that cannot stand inside a group's words but after a preposition.
#: (an article too: "over the past 12 months an average of 1,800 ...")
_INNER_DETERMINERS = (lx.DETERMINERS - {"of", "whom", "them"}) | {"a", "an"}


#: How many words a group in quotes may hold ("looters and disturbers").
_QUOTED_WORDS = 4


def _quoted_words_end(tokens: list[Token], k: int) -> int | None:
    """
    Where the closing quote stands of a group of two to four lower-case
    words in quotes opening at ``k`` (11 "looters and disturbers" had been
    killed: a source's words for those it counts), else ``None``.
    """
    n = len(tokens)
    if k + 3 >= n or tokens[k].text not in lx.QUOTES or tokens[k + 1].gap != GLUED:
        return None
    for m in range(k + 2, min(n, k + 2 + _QUOTED_WORDS)):
        tok = tokens[m]
        if tok.text in lx.QUOTES and tok.gap == GLUED:
            return m if all(t.is_word and not t.is_capitalized for t in tokens[k + 1 : m]) else None
        if not tok.is_word:
            return None
    return None


def scare_quoted(tokens: list[Token], np: tuple[int, int]) -> bool:
    """Whether a group of one word stands in quotes (64 "rioters")."""
    start, end = np
    return (
        end == start + 1
        and start > 0
        and end < len(tokens)
        and tokens[start - 1].text in lx.QUOTES
        and tokens[end].text in lx.QUOTES
    )


#: Harms a passive phrase of one word tells, read only with their outcome ("shot").
_BARE_HARMS = frozenset(words[0] for words, _, _ in lx.PASSIVE_PHRASES if len(words) == 1)

#: The words that can end a counted group's words by themselves (see ``read_np``).
NP_ENDERS = frozenset(
    {"of"}
    | lx.GROUP_ENDING_VERBS
    | set(lx.NP_STOP)
    | set(lx.PASSIVE_TRIGGERS)
    | set(lx.AUXILIARIES)
    | lx.SUFFER_VERBS
    | _INNER_DETERMINERS
    | _BARE_HARMS
)


#: Number words: each starts a figure of its own.
NUMBER_WORDS = frozenset(lx.UNITS) | frozenset(lx.TENS)
#: The words that may end a group inside its loop: number words and the first
#: words of passive phrases (screened with one lookup).
_GROUP_BREAKS = NUMBER_WORDS | frozenset(PASSIVE_BY_FIRST)


#: Adjectives in "-ed" that stand inside a compound before its counted noun
#: ("police armored vehicles", "army unmanned aerial vehicles").
_ED_ADJECTIVES = frozenset(
    {"armored", "armoured", "unmanned", "armed", "tracked", "wheeled", "guided", "mounted"}
    | {"motorized", "motorised", "mechanized", "mechanised", "improvised"}
)

#: How many dashes joining words a compound may hold past its three words.
_COMPOUND_DASHES = 2


#: Nouns of no one that may open a compound before a participle ("Five
#: hospital cleaning staff", "12 cattle herding youths"): places and animals.
_COMPOUND_FIRSTS = lx.SITE_NOUNS | lx.ANIMAL_NOUNS | lx.POSITION_NOUNS


def _compound_goes_on(tokens: list[Token], k: int) -> bool:
    """
    Whether the lower-case words from ``k`` go on to a counted noun within
    three words, so the singular noun before them is a modifier ("civilian
    defence volunteers"), not the group's head ("an insurgent demonstrating
    hostile intent", "the facilitator along with").
    """
    n = len(tokens)
    limit = min(n, k + 3)
    for j in range(k, min(n, k + 3 + _COMPOUND_DASHES)):
        if j >= limit:
            break
        tok = tokens[j]
        if tok.text in lx.DASHES and tok.gap == GLUED and j + 1 < n and tokens[j + 1].gap == GLUED:
            limit = min(n, limit + 1)  # a word joined by a dash is one: "police pick-up trucks"
            continue
        if tok.is_digits and tok.gap == GLUED and j > k and tokens[j - 1].text in lx.DASHES:
            continue  # a model's number after its dash: "air force MiG-23 fighter jet"
        if (
            not tok.is_word
            # (a name inside the compound goes on to its noun: "paramilitary
            # Frontier Corps soldiers"; not a day, "civilian Monday")
            or (tok.is_capitalized and (tok.low in lx.WEEKDAYS or tok.low in lx.MONTHS))
            or tok.low in lx.NP_STOP
            or tok.low in lx.DETERMINERS
            or tok.low in lx.REPORTING_VERBS
        ):
            return False
        if (
            tok.low.endswith("ed")
            and not tok.is_capitalized
            # (an adjective in "-ed" before a counted noun: "police armored
            # vehicles"; not a verb: "A police officer stopped motorists")
            and not (tok.low in _ED_ADJECTIVES and j + 1 < n and tokens[j + 1].low in COUNTED)
        ) or tok.low in lx.VERB_LIKE:
            return False  # (a verb; not a name, "Red Crescent")
        if (
            tok.low in COUNTED
            or (plural(tok.low) and noun_class(tok.low) == "agent")
            or (j == k and tok.low in lx.COLLECTIVE_NOUNS)
        ):
            # ("police reservists": a plural of doers is the head; "a
            # vigilante group": a body of them)
            return True
        if plural(tok.low) and (tok.low in lx.POSITION_NOUNS or tok.low in lx.SITE_NOUNS):
            # "135 military outposts", "army posts", "135 military junta
            # positions": the body's places (not past a participle: "seven
            # police guarding checkpoints")
            return not any(t.low.endswith("ing") and not t.is_capitalized for t in tokens[k:j])
        if (
            j == k
            and plural(tok.low)
            and tok.low not in lx.PASSIVE_TRIGGERS
            and tok.low not in lx.ACTIVE_TRIGGERS
            and tok.low not in lx.FLIGHT_VERBS
            and (j + 1 == len(tokens) or not tokens[j + 1].is_word)
            # (after a possessive and one noun: "its civilian auxiliaries.";
            # not "one civilian survives.")
            and k >= 2
            and tokens[k - 2].low in lx.POSSESSIVES
        ):
            return True  # a plural ending the phrase is its head
        if (
            j + 1 < len(tokens)
            and tokens[j + 1].low in lx.FINITE_AUXILIARIES
            and not tok.low.endswith(("ing", "ly"))
        ):
            return True  # "members of the bomb squad were killed": the noun ends it
    return False


def _compound_adjective(tokens: list[Token], k: int) -> bool:
    """
    Whether the number word at ``k``, right after a count, is joined by a
    hyphen to a word that is no number: an adjective inside the counted
    group ("18 one-way attack drones"), no count of its own.
    """
    return (
        k > 0
        and (tokens[k - 1].is_digits or tokens[k - 1].low in NUMBER_WORDS)
        and k + 2 < len(tokens)
        and tokens[k + 1].text == "-"
        and tokens[k + 1].gap == GLUED
        and tokens[k + 2].gap == GLUED
        and tokens[k + 2].is_word
        and tokens[k + 2].low not in NUMBER_WORDS
    )


#: How many words may stand between a participle and the noun it qualifies.
_PARTICIPLE_REACH = 4


def noun_after_participle(tokens: list[Token], k: int) -> int | None:
    """``PARTICIPLE WORD{0,3} COUNTED_NOUN``: the index after the noun a participle qualifies."""
    for m in range(k, min(len(tokens), k + _PARTICIPLE_REACH)):
        tok = tokens[m]
        if not tok.is_word or tok.low in lx.NP_STOP or tok.low in lx.DETERMINERS:
            return None
        if noun_class(tok.low) in ("people", "equipment"):
            end = m + 1
            while end < len(tokens) and noun_class(tokens[end].low) in ("people", "equipment"):
                end += 1  # "captured armoured personnel carriers"
            return end
    return None


def aged(tokens: list[Token], num: NumberReading) -> bool:
    """Whether a number of one ends in an age ("a 16-year-old")."""
    return (
        num.stated == 1 and num.last > num.first + 1 and tokens[num.last - 1].low in ("old", "olds")
    )
