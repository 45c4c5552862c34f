"""
What hangs off a counted group without changing its count, stepped over on
the way to the group's verb: participles and prepositional phrases, relative
clauses, asides between commas, dashes or brackets, parts ("among them five
children"), places of two names or counted places ("from Let Pan Taw and
three neighbouring villages"), and a second noun of the group ("Four
soldiers and civilian JTF members died"; those live in :mod:`.coordinated`).
"""

from __future__ import annotations

from conflictfigures import _lexicon as lx
from conflictfigures._extraction.ages import age_set_off, ages_set_off
from conflictfigures._extraction.chunks import NUMBER_WORDS
from conflictfigures._extraction.coordinated import (
    coordinated_noun_verb,
    noun_list_verb,
    object_before,
    thing_after_article,
)
from conflictfigures._extraction.dates import date_word, in_date
from conflictfigures._extraction.injuries import injury_after_escape, injury_within
from conflictfigures._extraction.numbers import NUMBER_STARTERS
from conflictfigures._extraction.numerals import age_list_end
from conflictfigures._extraction.part_verbs import (
    ASIDE_REACH as _ASIDE_REACH,
    CLAUSE_ENDS,
    part_verb,
)
from conflictfigures._extraction.rates import flow_rate_at
from conflictfigures._extraction.set_off import (
    date_aside_end,
    distance_aside_end,
    place_aside_end,
    region_aside_end,
)
from conflictfigures._extraction.stays import harm_after_stay
from conflictfigures._extraction.text import GLUED, Token, initial
from conflictfigures._extraction.triggers import (
    is_adverb,
    passive_phrase_at,
    past_participle,
)
from conflictfigures._extraction.verbs import GROUP_VERB_STARTS, group_verb_at, verb_follows


def _main_verb_after(tokens: list[Token], k: int) -> int | None:
    """
    The main clause's verb after a relative clause's verb, in reach: a finite
    auxiliary before a trigger ("who were kidnapped on the road were shot
    and killed"), or an intransitive death ("A man who was shot in the head
    during a road-rage incident on Interstate 35 on Friday died Sunday").
    """
    m, limit = k - 1, min(len(tokens), k + _MAIN_VERB_REACH)
    while m + 1 < limit:
        m += 1
        t = tokens[m]
        if _time_phrase_at(tokens, m):
            continue  # "who stormed the building after the blast were killed"
        if t.text == "," and (
            (shut := place_aside_end(tokens, m)) is not None
            or (shut := date_aside_end(tokens, m)) is not None
        ):
            # "who had sought refuge in the church compound at Nyarubuye,
            # near the Tanzanian border, were slaughtered"; "who was stabbed
            # outside a bar on Friday, Oct. 13, died"
            m, limit = shut, min(len(tokens), limit + shut - m)
            continue
        if t.text == "." and date_word(tokens, m):
            continue  # a month cut short: "who was stabbed on Oct. 13 died"
        if _second_participle(tokens, m):
            continue  # "who were abducted by the PKK and held in a cave ... were killed"
        if t.low in lx.MODIFIER_STOPS or t.text in (",", "(", ")") or t.low in NUMBER_WORDS:
            return None  # (a count of its own: "The soldier who killed two civilians died")
        if (
            t.is_digits
            and not (tokens[m - 1].is_capitalized and tokens[m - 1].low in lx.NUMBERED_NAMES)
            and not in_date(tokens, m)  # ("who signed the 2016 peace accord were killed")
        ):
            return None
        if t.low in lx.FINITE_AUXILIARIES and verb_follows(tokens, m):
            return m
        if t.low in _MAIN_DEATHS:
            return m
    return None


def _second_participle(tokens: list[Token], m: int) -> bool:
    """
    Whether "and" at ``m`` joins a second participle to a relative clause's
    passive, sharing its auxiliary ("who were abducted and held in a cave"):
    the clause goes on, its "and" starts no clause. A second participle that
    is a fate of its own ("who were abducted and killed") is not stepped over.
    """
    if tokens[m].low != "and" or m + 1 >= len(tokens):
        return False
    nxt = tokens[m + 1].low
    return (
        past_participle(nxt)
        and nxt not in lx.PASSIVE_TRIGGERS
        and nxt not in lx.INTRANSITIVE_TRIGGERS
        and nxt not in lx.AUXILIARIES
    )


#: How many names a list of places inside a group's words may hold.
_NAME_LIST_ITEMS = 8


def _name_list_end(tokens: list[Token], k: int) -> int | None:
    """
    ``NAME ("," NAME)* ","? "and" NAME PLACE_UNITS?`` from the comma at ``k``
    after a name: names listed inside a group's words ("in Gegharkunik,
    Vayots Dzor and Syunik provinces", "from Gaza, Rafah and Khan Younis");
    the index after the last name (and its places' noun), else ``None``.
    """
    n = len(tokens)
    j = k
    for _ in range(_NAME_LIST_ITEMS):
        last = tokens[j].low == "and"
        if not last and tokens[j].text != ",":
            return None
        j += 1
        if not last and j < n and tokens[j].low == "and":
            last, j = True, j + 1
        if not (j < n and tokens[j].is_capitalized and tokens[j].is_word):
            return None
        while j < n and tokens[j].is_capitalized and tokens[j].is_word:
            j += 1
        if last:
            return j + 1 if j < n and tokens[j].low in lx.PLACE_UNIT_PLURALS else j
        if j >= n:
            return None
    return None


#: Words of time that open a phrase, not a clause, inside a relative clause
#: before a noun or a participle ("after the blast", "while playing").
_PHRASE_OPENERS = frozenset({"after", "before", "while", "until"})


def _time_phrase_at(tokens: list[Token], k: int) -> bool:
    """
    Whether a word of time at ``k`` opens a phrase, not a clause: the word
    after it is an article or a possessive before an event's noun ("after
    the blast"), a time of day or a weekday ("before dawn", "after Sunday"),
    or an "-ing" form ("while playing").
    """
    m = k + 1
    if tokens[k].low not in _PHRASE_OPENERS or m >= len(tokens):
        return False
    low = tokens[m].low
    if low in ("the", "a", "an") or low in lx.POSSESSIVES:
        # an event's noun after it ("after the blast"), not a subject of a
        # clause of its own ("after their husbands were killed")
        return any(t.low in lx.INCIDENT_NOUNS for t in tokens[m + 1 : m + 1 + _PHRASE_NOUN_REACH])
    return (
        low in lx.PARTS_OF_DAY
        or low in lx.DAY_TIMES
        or low in lx.WEEKDAYS
        or (low.endswith("ing") and len(low) > _ING_STEM)
    )


#: How many words after an article may name the phrase's event ("after the suicide blast").
_PHRASE_NOUN_REACH = 2
#: The shortest "-ing" form read as a participle ("playing"; not "king").
_ING_STEM = 5


#: Intransitive deaths that may be a main clause's verb after a relative clause.
_MAIN_DEATHS = frozenset({"died", "dies", "succumbed", "perished"})
#: How far past a relative clause's verb the main clause's verb may stand.
_MAIN_VERB_REACH = 28


#: Words right after a group that are its verb: no modifier to step over.
_VERB_AT_ONCE = (frozenset(lx.AUXILIARIES) | frozenset(lx.PASSIVE_TRIGGERS)) - lx.MODIFIER_OPENERS

#: How far a modifier may run before the group's verb (an aside's reach is
#: ``part_verbs.ASIDE_REACH``).
_MODIFIER_REACH = 15


def _decade(tokens: list[Token], m: int) -> bool:
    """Whether the digits at ``m`` are an age by decade ("in his 30s"), no count."""
    return tokens[m - 1].low in lx.POSSESSIVES and m + 1 < len(tokens) and tokens[m + 1].low == "s"


def _verb_after_aside(tokens: list[Token], k: int) -> int | None:
    """
    ``"," ASIDE "," (AGE ",")? VERB`` from the comma at ``k``: the group's verb
    after an aside that names it again ("..., identified as Jasmine Ortiz,
    19, died"), else ``None``.
    """
    n = len(tokens)
    m = k + 1
    limit = min(n, k + _ASIDE_REACH)
    aged = False  # (numbers after "aged" are ages: "brothers aged 37 and 40")
    while m < limit and tokens[m].text != "," and tokens[m].low not in CLAUSE_ENDS:
        aged = aged or tokens[m].low in lx.AGE_WORDS
        if (
            (tokens[m].is_digits or tokens[m].low in NUMBER_WORDS)
            and not aged
            and not (m + 1 < n and tokens[m + 1].low in lx.SHARE_WORDS)
        ):
            # a count of its own: "..., killing two employees, was shot dead"
            # (a share is none: "..., or nearly 85 per cent of the population, are")
            return None
        m += 1
    if not (m + 1 < limit and tokens[m].text == "," and m > k + 1):
        return None
    if age_set_off(tokens, m) == m + 2:
        m += 2
    if tokens[m + 1].low in ("who", "which"):
        # a relative clause of its own after the aside: "Ten men from Inn Din
        # village, Rakhine State, who had been detained the day before, were"
        shut = next(
            (
                j
                for j in range(m + 2, min(len(tokens), m + 2 + _ASIDE_REACH))
                if tokens[j].text == ","
            ),
            None,
        )
        if shut is None:
            return None
        m = shut
    return m + 1 if verb_follows(tokens, m + 1) or group_verb_at(tokens, m + 1) else None


def _being_verb(
    tokens: list[Token], np: tuple[int, int, int], k: int, *, nested: bool
) -> int | None:
    """
    The group's main verb after ``"being" PARTICIPLE`` at ``k``, right after
    it or past an aside set off by a comma ("The man being chased, who was
    also shot, was later arrested"; not from inside another modifier); a
    participle that is itself a state ("being held", "being treated") gives
    way only to a death ("Two people being treated at the hospital died";
    not "migrants being held in the centre fled").
    """
    main = _main_verb_after(tokens, k + 2)
    if main is None and not nested and tokens[k + 2].text == ",":
        past = skip_modifier(tokens, (np[0], k + 2, k + 2), nested=True)
        main = past if past > k + 2 else None
    if main is None:
        return None
    if tokens[k + 1].low in lx.PASSIVE_TRIGGERS and not any(
        t.low in lx.DEATH_WORDS for t in tokens[main : main + 3]
    ):
        return None
    return main


#: How far before a group the dash that opens its aside may stand.
_DASH_REACH = 24


def _closing_dash(tokens: list[Token], start: int, k: int) -> bool:
    """
    Whether the dash at ``k`` closes an aside opened by a dash before the
    group starting at ``start`` (a spaced dash, or a long one glued: not the
    hyphen inside a word).
    """

    def is_dash(tok: Token) -> bool:
        return tok.text in lx.DASHES and (tok.gap != GLUED or tok.text != "-")

    if not is_dash(tokens[k]):
        return False
    opened = next(
        (d for d in range(start - 1, max(-1, start - 1 - _DASH_REACH), -1) if is_dash(tokens[d])),
        None,
    )
    if opened is None:
        return False
    # (an aside of the list itself, no clause of its own: not "The convoy -
    # carrying two doctors and three nurses - was hit", "- which was
    # carrying ... -"; but "- Ahmed, his wife and ... -", "- named as ... -")
    first = tokens[opened + 1]
    return first.low not in lx.RELATIVE_PRONOUNS and not (
        first.text.islower() and first.low.endswith("ing") and first.low not in lx.PART_OPENERS
    )


def skip_modifier(tokens: list[Token], np: tuple[int, int, int], *, nested: bool = False) -> int:
    """
    ``MODIFIER = "," ASIDE "," | "(" ASIDE ")" | OPENER WORD{0,14}``: step over
    what hangs off a counted group without changing its count, to its verb.

    An aside between commas or in parentheses ("Nine villagers, among them
    three women, were killed"), a relative clause ("miners who had been
    trapped underground died"), a participle or prepositional phrase
    ("fighters thought to belong to the group were killed", "members of a
    family were killed").  A modifier never crosses a new clause
    (``MODIFIER_STOPS``) or a number in digits.

    Returns the index of the group's verb when one follows the modifier, else
    the index right after the group.
    """
    n = len(tokens)
    k = np[2]
    if np[1] < k < n and tokens[np[1]].low == "of":
        # the "of" a group gave back before a number: "Seven members of one
        # family were killed" goes on from "of one family"
        k = np[1]
    if k >= n:
        return k
    tok = tokens[k]
    if (
        tok.low == "being"
        and np[1] > np[0]
        and k + 2 < n
        and past_participle(tokens[k + 1].low)
        and (after_being := _being_verb(tokens, np, k, nested=nested)) is not None
    ):
        # a passive participle of the group's own, the main verb after it:
        # "The man being chased was later arrested", "Three men being
        # questioned were arrested"
        return after_being
    if tok.low in _VERB_AT_ONCE:
        return k  # the common case: the verb follows the group at once
    if flow_rate_at(tokens, k) and (verb_follows(tokens, k + 2) or group_verb_at(tokens, k + 2)):
        return k + 2  # a flow's rate after the group: "About 2,000 people a day are crossing"
    if (
        tok.low in ("and", "or")
        and (verb := coordinated_noun_verb(tokens, k + 1, owners=not object_before(tokens, np[0])))
        is not None
    ):
        return verb  # "Eight police and army soldiers have been killed"
    if (
        tok.text == ","
        and not object_before(tokens, np[0])
        and (verb := noun_list_verb(tokens, k)) is not None
    ):
        return verb  # "At least 535 men, women and children were killed"
    if tok.text == "," and k + 1 < n and group_verb_at(tokens, k + 1):
        return k + 1  # a stray comma: "22 people, were killed"
    if k + 1 < n and _closing_dash(tokens, np[0], k) and group_verb_at(tokens, k + 1):
        # a dashed aside's last member: "The victims - two men and a girl -
        # were taken to hospital", "The victims—two men and a girl—were"
        return k + 1
    # An aside between spaced dashes: "7 people - 4 men and 3 women - were hurt".
    dash = tok.text in lx.DASHES and tok.gap != GLUED
    part = part_verb(tokens, k + 1 if tok.text == "," else k)
    closing = ages_set_off(tokens, k)
    if closing > k and (verb_follows(tokens, closing + 1) or group_verb_at(tokens, closing + 1)):
        return closing + 1  # "Three boys, aged 15, 16 and 18, have been arrested"
    if (
        closing > k
        and closing + 2 < n
        and tokens[closing + 1].low in lx.RELATIVE_PRONOUNS
        and verb_follows(tokens, closing + 2)
    ):
        # "the three girls, aged six, seven and nine, who were killed": the
        # relative clause's verb after the ages (or the main clause's after
        # it: "Two brothers, aged 19 and 22, who were wounded in the blast,
        # died in hospital")
        return (
            _main_verb_after(tokens, closing + 3)
            or _verb_after_clause(tokens, closing + 3)
            or closing + 2
        )
    if tok.text in (",", "(") or dash:
        close = tok.text if dash else "," if tok.text == "," else ")"
        m = k + 1
        limit = min(n, k + _ASIDE_REACH)
        while True:
            while (
                m < limit
                # (a dash inside a word is no closing dash: "a 20-year-old man")
                and (tokens[m].text != close or (dash and tokens[m].gap == GLUED))
                and (tokens[m].low not in CLAUSE_ENDS or _inner_dot(tokens, m))
            ):
                m += 1
            if not (m + 1 < limit and tokens[m].text == close and m > k + 1):
                break
            aged = close == "," and age_set_off(tokens, m) == m + 2
            if aged:
                m += 2  # an age after the aside: "The man, identified as Derek Lyle, 31, died"
            if verb_follows(tokens, m + 1) or group_verb_at(tokens, m + 1):
                return m + 1
            if (
                not aged
                and tokens[m + 1].text not in (",", "(")
                and tokens[m + 1].text not in lx.DASHES
                and (past := skip_modifier(tokens, (np[0], m + 1, m + 1), nested=True)) > m + 1
            ):
                # a modifier after the aside: "Thirteen soldiers - nine South
                # Africans and four Malawians - serving with the mission were
                # killed", "Four employees (two Americans and two Poles) of a
                # security company were killed" (once: what follows opens no
                # aside of its own)
                return past
            if not (aged and m + 2 < limit):
                break
            # people listed by name and age: "Two other men, Anthony Ruiz,
            # 26, and Jonathan Crowe, 44, died", "Ann Lee, 30, Bo Kim, 41, and"
            if tokens[m + 1].low == "and":
                m += 2
            elif tokens[m + 1].is_capitalized and tokens[m + 1].is_word:
                m += 1
            else:
                break
        if part is not None:
            return part  # "Ten policemen, including two officers were killed"
        if close == "," and k + 1 < n and tokens[k + 1].low in lx.RELATIVE_PRONOUNS:
            k += 1  # "the targeted individual, who was detained"
            tok = tokens[k]
        else:
            return k
    if part is not None:
        return part  # "9 people including civilians and policemen were killed"
    if (np[1] == np[0] and tok.low != "who") or tok.is_capitalized or not tok.is_word:
        return k  # (a bare count takes a relative clause of people: "1.8 million who fled")
    low = tok.low
    if low == "whose":
        # a clause on what the group owns, then the group's own verb: "300
        # families whose homes were destroyed had been forced to take
        # shelter", "Five men whose car was hit by a rocket were killed"
        verb = _clause_verb_end(tokens, _subject_end(tokens, k))
        main = _main_verb_after(tokens, verb) if verb else None
        return k if main is None or _speech_between(tokens, verb, main) else main
    ages = age_list_end(tokens, k)
    if ages is not None:  # "two girls aged 6 and 4 are killed"
        return ages if verb_follows(tokens, ages) else k
    if (verb := harm_after_stay(tokens, k)) is not None:
        # where the group stays, then what befell it: "At least 330 IDPs
        # sheltering in UNRWA facilities have been killed"
        return verb
    # a participle with its complement: "civilians caught in the crossfire"
    reduced = past_participle(low) and (
        k + 1 < n and tokens[k + 1].low in lx.PARTICIPLE_COMPLEMENTS
    )
    if low in lx.SPEAKING_VERBS and not (k + 1 < n and tokens[k + 1].low == "to"):
        return k  # a speaker: "A spokesman said dozens of people ..." (not "said to belong")
    if not (
        low in lx.MODIFIER_OPENERS
        or (
            (low.endswith(("ed", "ing")) or reduced)
            and low not in lx.PASSIVE_TRIGGERS
            and low not in lx.ACTIVE_TRIGGERS
            and low not in lx.AUXILIARIES
            and low not in lx.REPORTING_VERBS  # "a spokesman said three officers ..."
            and low not in lx.INCLUDE_VERBS  # "The 12 wounded included three children"
        )
    ):
        return k
    relative = low in lx.RELATIVE_PRONOUNS
    if relative and verb_follows(tokens, k + 1):
        # "policemen who were kidnapped on the road were shot and killed":
        # the main clause's verb, when one follows, is what befell them.
        return _main_verb_after(tokens, k + 2) or k + 1
    if (low in lx.WITH_INJURY_VERBS and injury_after_escape(tokens, k) is not None) or (
        low in lx.SUFFER_VERBS and injury_within(tokens, k + 1)
    ):
        # the group's own verb with its wound: "A passenger survived with
        # gunshot wounds and ...", "Two soldiers sustained gunshot wounds and ..."
        return k
    # A first verb of the group's own ("insurgents presented a threat and were
    # killed"): its second verb, after "and", may be the trigger.
    predicate = low.endswith("ed") and low not in lx.MODIFIER_OPENERS
    m = k + 1
    # (a relative clause may run longer: "A man who was shot in the head
    # during a road-rage incident on Interstate 35 on Friday died")
    limit = min(n, k + (_MAIN_VERB_REACH if relative else _MODIFIER_REACH))
    while m < limit:
        t = tokens[m]
        if predicate and t.low == "and" and verb_follows(tokens, m + 1):
            return m + 1
        if t.text == "," and m + 1 < n and group_verb_at(tokens, m + 1):
            # "two members belonging to the council, were killed", "a person
            # inside the house, received minor injuries"
            return m + 1
        if t.text == "," and (verb := _verb_after_aside(tokens, m)) is not None:
            return verb  # "A passenger in his car, identified as Jasmine Ortiz, 19, died"
        if t.text == "," and (verb := part_verb(tokens, m + 1)) is not None:
            return verb  # "Nine members of one family, among them five children, were killed"
        if (
            t.text == ","
            and tokens[m - 1].is_capitalized
            and (names := _name_list_end(tokens, m)) is not None
        ):
            # places listed by name inside the group's words: "civilians from
            # border communities in Gegharkunik, Vayots Dzor and Syunik provinces"
            limit = min(n, limit + names - m)
            m = names
            continue
        if t.text == "," and (
            (shut := distance_aside_end(tokens, m)) is not None
            or (shut := date_aside_end(tokens, m)) is not None
            or (shut := region_aside_end(tokens, m)) is not None
        ):
            # a distance, a date or a place's region set off by commas:
            # "working on the gas project in Afungi, 10 kilometres away,
            # remain unaccounted for", "shot ... on Tuesday, Sept. 13, 2022,
            # died", "civilians sheltering in the compound at Qana, southern
            # Lebanon, were killed"
            limit = min(n, limit + shut - m)
            m = shut + 1
            continue
        if t.text == "(":
            shut = _closing_bracket(tokens, m, limit)
            if shut is None:
                break
            m = shut + 1  # "soldiers of the Frontier Corps (FC) were killed"
            continue
        if t.text in lx.DASHES and t.gap == GLUED and m + 1 < n and tokens[m + 1].gap == GLUED:
            limit = min(n, limit + 2)  # a word joined by a dash counts as one: "UN-backed"
            m += 1
            continue
        if t.text in lx.DASHES and t.gap != GLUED:
            # an aside between spaced dashes: "five members of one family - a
            # father, mother and three daughters - were killed"
            shut = next(
                (
                    j
                    for j in range(m + 1, min(n, m + _ASIDE_REACH))
                    if tokens[j].text == t.text and tokens[j].gap != GLUED
                ),
                None,
            )
            if shut is not None and (
                verb_follows(tokens, shut + 1) or group_verb_at(tokens, shut + 1)
            ):
                return shut + 1
            break
        if t.low in _RELATIVE_ADVERBS or (not relative and t.low in lx.RELATIVE_PRONOUNS):
            # A relative clause here belongs to the nearer noun; the group's
            # verb may still follow it after a comma ("a person inside the
            # house where the tree fell, received minor injuries"), or as the
            # main clause's verb after a relative clause with its own verb
            # ("Four men from the Meitei community who had gone to collect
            # firewood were found dead", "Three workers at the plant that
            # was bombed were killed", "Five people at a market where a bomb
            # exploded were killed").
            verb = _clause_verb_end(tokens, m + 1 if t.low != "where" else _subject_end(tokens, m))
            if (
                verb
                and (main := _main_verb_after(tokens, verb)) is not None
                # (not past the main clause's own verb of speech: "Two residents
                # of the village where the attack happened said their
                # neighbours were killed")
                and not _speech_between(tokens, verb, main)
                # (nor past a harm of the clause's own subject: "Two men at the
                # checkpoint where a soldier was shot dead were arrested")
                and not (t.low == "where" and verb_follows(tokens, verb - 1))
            ):
                return main
            return _comma_verb_after(tokens, m + 1, limit) or np[2]
        if t.low == "and" and low in lx.PREPOSITIONS and (places := _places_counted(tokens, m + 1)):
            m = places  # places counted: "from Let Pan Taw and three neighbouring villages"
            continue
        if (
            t.low == "and"
            # (or a participle's complement, to a name: "soldiers serving
            # with the Southern African Development Community and Monusco forces")
            and m + 1 < limit
            and (low in lx.PREPOSITIONS or (low.endswith("ing") and tokens[m + 1].is_capitalized))
            and tokens[m + 1].is_word
            and tokens[m + 1].low not in NUMBER_WORDS
            # (an article only before a place or vehicle: "aboard a jet and
            # an Army helicopter", not "in the convoy and a civilian")
            and (tokens[m + 1].low not in NUMBER_STARTERS or thing_after_article(tokens, m + 1))
            # (not a second verb: "shot 12 people in the market and fled")
            and not past_participle(tokens[m + 1].low)
            and tokens[m + 1].low not in lx.INTRANSITIVE_TRIGGERS
            and tokens[m + 1].low not in lx.FLIGHT_VERBS
        ):
            # a place of two names or kinds ("About 4,000 people from Tinkim
            # and surrounding hamlets had fled"); a number after "and" starts
            # a second counted group: two people from the village and three soldiers
            m += 1
            continue
        if relative and _time_phrase_at(tokens, m):
            m += 1  # "Three gunmen who stormed the building after the blast were killed"
            continue
        if t.text == "." and date_word(tokens, m):
            m += 1  # a month cut short: "A woman who was shot on Oct. 2 died"
            continue
        if t.text == "." and _inner_dot(tokens, m):
            # an initial's dot, no word of its own: "from a Mormon community
            # with dual U.S.-Mexican citizenship were killed"
            limit = min(n, limit + 1)
            m += 1
            continue
        if (
            m == k + 3
            and low in lx.SUSPECT_PARTICIPLES
            and tokens[k + 1].low in lx.SUSPECT_PREPS
            and tokens[m - 1].low in lx.ATTACK_GERUNDS
        ):
            m += 1  # "A man suspected of stabbing three people was shot": the deed's count
            continue
        if (
            t.low in lx.MODIFIER_STOPS
            or t.text in _MODIFIER_ENDS
            # (an age by decade is no count: "a man in his 30s"; nor a number
            # in a name: "on Interstate 35")
            or (
                t.is_digits
                and not _decade(tokens, m)
                and not (tokens[m - 1].is_capitalized and tokens[m - 1].low in lx.NUMBERED_NAMES)
                and not in_date(tokens, m)
                # (a preposition takes it, as a word: "4,100 people from 13
                # villages have been evacuated")
                and tokens[m - 1].low not in lx.PREPOSITIONS
            )
            # A count of its own starts there, unless a preposition takes it
            # ("seven people from one family were wounded").
            or (t.low in NUMBER_WORDS and tokens[m - 1].low not in lx.PREPOSITIONS)
        ):
            break
        if t.low in GROUP_VERB_STARTS and group_verb_at(tokens, m):
            return m
        if (
            t.low in lx.INTRANSITIVE_TRIGGERS
            and t.low != "dead"
            # "fled" after a phrase of place or origin only ("residents of
            # the village fled"); after a clause it may be another's flight
            and (t.low != "fled" or low in lx.PREPOSITIONS)
            and (relative or reduced or low in lx.PREPOSITIONS or low.endswith("ing"))
        ):
            # "miners who had been trapped underground died", "two
            # children from the same family died", "a peacekeeper sitting in
            # the vehicle succumbed", "three civilians caught in the
            # crossfire also died"
            return m
        if (
            low in lx.PREPOSITIONS
            and (t.low in lx.FLIGHT_VERBS or t.low in lx.ARRIVAL_VERBS)
            and passive_phrase_at(tokens, m)
        ):
            # "About 1,500 residents of Malam Fatori crossed into Niger",
            # "More than 1,000 migrants in 13 boats arrived in Spain"
            return m
        m += 1
    return np[2]


def _verb_after_clause(tokens: list[Token], k: int) -> int | None:
    """
    The main clause's verb right after the comma that closes a relative
    clause running from ``k`` ("who were wounded in the blast, died in
    hospital"), in reach; else ``None``.
    """
    for m in range(k, min(len(tokens) - 1, k + _MODIFIER_REACH)):
        t = tokens[m]
        if t.text == ",":
            nxt = m + 1
            if (
                tokens[nxt].low in lx.INTRANSITIVE_TRIGGERS
                or verb_follows(tokens, nxt)
                or group_verb_at(tokens, nxt)
            ):
                return nxt
            return None
        if t.low in CLAUSE_ENDS:
            return None
    return None


def _speech_between(tokens: list[Token], verb: int, main: int) -> bool:
    """
    Whether the main clause's verb is past a verb of speech of its own ("Two
    residents of the village where the attack happened said their
    neighbours were killed").
    """
    return any(w.low in lx.REPORTING_VERBS or w.low == "that" for w in tokens[verb:main])


def _subject_end(tokens: list[Token], k: int) -> int:
    """
    Past the subject of the clause "where" opens at ``k`` ("where a bomb
    exploded", "where he is detained"): the index of the first word that may
    be its verb (an auxiliary or a past form), or ``k`` when none stands in
    a few words (or a number comes first: a count of its own).
    """
    for j in range(k + 1, min(len(tokens), k + 6)):
        t = tokens[j]
        if t.low in lx.AUXILIARIES or past_participle(t.low):
            return j
        if not t.is_word or t.low in NUMBER_WORDS or t.low in lx.MODIFIER_STOPS:
            break
    return k


def _clause_verb_end(tokens: list[Token], k: int) -> int:
    """
    ``AUX* ADVERB* VERB`` at ``k``, a relative clause's own verb ("had gone",
    "was bombed", "fled"): the index after it, or 0 when no verb opens there.
    """
    n = len(tokens)
    j = k
    while j < n and j < k + 4 and (tokens[j].low in lx.AUXILIARIES or is_adverb(tokens[j])):
        j += 1
    if j >= n or not tokens[j].is_word:
        return 0
    low = tokens[j].low
    if j > k and tokens[j - 1].low in lx.AUXILIARIES:
        return j + 1  # "had gone", "were standing", "was bombed"
    return j + 1 if past_participle(low) else 0


def _comma_verb_after(tokens: list[Token], k: int, limit: int) -> int | None:
    """
    ``CLAUSE "," VERB``: the group's verb after a comma that closes the
    relative clause starting at ``k``, when nothing else closes it first.
    """
    for m in range(k, min(len(tokens) - 1, limit + _MODIFIER_REACH)):
        t = tokens[m]
        if t.text == ",":
            return m + 1 if group_verb_at(tokens, m + 1) else None
        if t.low in CLAUSE_ENDS or t.is_digits or t.low in ("and", "or", "but"):
            return None
    return None


#: Words that open a relative clause of place or time ("the house where ...").
_RELATIVE_ADVERBS = frozenset({"where", "when"})


def _inner_dot(tokens: list[Token], m: int) -> bool:
    """
    Whether the token at ``m`` is a dot inside a name: glued to an initial
    ("U.S. citizens") or to a capitalized abbreviation before a capitalized
    word ("including police Lt. Brian Murphy").
    """
    if tokens[m].text != "." or tokens[m].gap != GLUED or m == 0:
        return False
    before = tokens[m - 1]
    return initial(before) or (
        before.is_capitalized
        and before.low in lx.ABBREVIATIONS
        and m + 1 < len(tokens)
        and tokens[m + 1].is_capitalized
    )


def _places_counted(tokens: list[Token], m: int) -> int:
    """
    The index after ``NUMBER WORD? PLACES_COUNTED`` at ``tokens[m]`` ("three
    nearby villages"), else 0.
    """
    if m >= len(tokens) or not (tokens[m].is_digits or tokens[m].low in NUMBER_WORDS):
        return 0
    return next(
        (
            j + 1
            for j in range(m + 1, min(len(tokens), m + 3))
            if tokens[j].low in lx.PLACES_COUNTED
        ),
        0,
    )


#: Marks that end a participle or prepositional modifier: a comma, or a
#: closing bracket (a group inside parentheses has no verb outside them).
_MODIFIER_ENDS = frozenset({",", ")", "[", "]"})


def _closing_bracket(tokens: list[Token], m: int, limit: int) -> int | None:
    """The index of the ")" closing the "(" at ``m`` before ``limit``, or ``None``."""
    for j in range(m + 1, limit):
        if tokens[j].text == ")":
            return j
        if tokens[j].text == "(" or tokens[j].low in CLAUSE_ENDS:
            return None
    return None
