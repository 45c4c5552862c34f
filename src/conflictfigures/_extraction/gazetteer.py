"""
Country names in a sentence's tokens, of one word or several ("Chad",
"Burkina Faso", "the Central African Republic"), read forwards from where
one may start or backwards from where one may end, and flight abroad to
one (:func:`flight_category`).  The names themselves live in
:mod:`conflictfigures._lexicon.countries`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from conflictfigures import _lexicon as lx
from conflictfigures._extraction.crossers import no_flight
from conflictfigures._extraction.text import GLUED, possessive
from conflictfigures.models import Category

if TYPE_CHECKING:
    from conflictfigures._extraction.text import Token

#: The most words a country's name has after its first ("Antigua and Barbuda").
_LONGEST = max(
    (len(rest) for rests in lx.COUNTRY_CONTINUATIONS.values() for rest in rests), default=0
)


def country_end(tokens: list[Token], m: int) -> int | None:
    """
    The index after a country's name starting at ``tokens[m]``, capitalised
    ("Chad", "Mauritania's", "Burkina Faso"), else ``None``.
    """
    if m >= len(tokens) or not tokens[m].is_capitalized:
        return None
    low = tokens[m].low
    for rest in lx.COUNTRY_CONTINUATIONS.get(low, ()):
        end = m + 1 + len(rest)
        if end <= len(tokens) and all(
            tokens[m + 1 + i].low.removesuffix("'s") == word for i, word in enumerate(rest)
        ):
            return end
    return m + 1 if low.removesuffix("'s") in lx.COUNTRIES else None


def country_start(tokens: list[Token], end: int) -> int | None:
    """Where a country's name ending right before ``tokens[end]`` starts, else ``None``."""
    for length in range(_LONGEST + 1, 1, -1):
        m = end - length
        if m >= 0 and tokens[m].low in lx.COUNTRY_CONTINUATIONS and country_end(tokens, m) == end:
            return m
    m = end - 1
    return m if m >= 0 and country_end(tokens, m) == end else None


#: Verbs of being moved that a country after "to" takes abroad ("Nearly
#: 2,500 Afghans were evacuated to Qatar", "20,000 were displaced across the
#: border into Ethiopia": refugees; "evacuated to shelters" stays displacement).
_MOVED_ABROAD = frozenset({"evacuated", "airlifted", "relocated", "resettled", "displaced"})
#: The nouns of a border, and the prepositions that cross one.
_BORDERS = frozenset({"border", "borders"})
_ACROSS = frozenset({"across", "over"})


def _country_abroad(tokens: list[Token], m: int) -> bool:
    """
    Whether a country's name at ``m`` is the place gone to, not a part of it
    ("into Lebanon's Bekaa valley", "into Turkey-controlled areas"): no
    possessive at its end and no dash glued after it.
    """
    end = country_end(tokens, m)
    if end is None or possessive(tokens[end - 1].low):
        return False
    return not (end < len(tokens) and tokens[end].text == "-" and tokens[end].gap == GLUED)


#: Of those, the verb that "in" a country takes abroad too ("were resettled
#: in Canada"; not "evacuated in buses").
_SETTLED_IN = frozenset({"resettled"})
#: The prepositions that take those verbs to a country ("evacuated to Qatar").
_MOVED_INTO = frozenset({"to", "into"})


def flight_category(tokens: list[Token], t_first: int, t_last: int) -> Category | None:
    """
    ``FLIGHT_VERB ... ("to" | "into" | "across") (COUNTRY | "abroad" | "the border")``,
    ``FLIGHT_VERB COUNTRY`` or ``... "as" "refugees"``: people who fled across a
    border, or fled their country, are refugees.

    Returns :attr:`Category.REFUGEES` when the words after a verb of flight
    take it abroad, else ``None``.
    """
    moved = tokens[t_first].low in _MOVED_ABROAD
    if tokens[t_first].low not in lx.FLIGHT_VERBS and not moved:
        # a verb of flight inside the phrase: "forced to flee to neighbouring countries"
        inner = range(t_last - 1, t_first, -1)
        t_first = next((j for j in inner if tokens[j].low in lx.FLIGHT_VERBS), -1)
        if t_first < 0:
            return None
    n = len(tokens)
    refuge = tokens[t_first].low in lx.REFUGE_VERBS or tokens[t_first].low in _SETTLED_IN
    if (
        not refuge
        and not moved
        and t_last < n
        and (left := country_end(tokens, t_last)) is not None
        # (not a place of the country: "have fled Haiti's capital")
        and not possessive(tokens[left - 1].low)
    ):
        # "600,000 people had fled Burundi": the country left (or gone into)
        return None if no_flight(tokens, t_first, left) else Category.REFUGEES
    if moved and t_first and tokens[t_first - 1].low == "internally":
        return None  # "remain internally displaced across Ukraine": at home
    # "sought refuge in Chad": "in" takes people abroad after a verb of refuge;
    # after a verb of being moved, only "to" or "into" a country does (not
    # "displaced across Ukraine"; "across the border" does, read below)
    into = lx.REFUGE_INTO if refuge else _MOVED_INTO if moved else lx.FLIGHT_INTO
    # A phrase may end in its preposition ("crossed into"): look from there.
    start = t_last - 1 if t_last > t_first + 1 and tokens[t_last - 1].low in into else t_last
    for j in range(start, min(n, t_last + 7)):
        tok = tokens[j]
        low = tok.low
        if low == "as" and j + 1 < n and tokens[j + 1].low in ("refugees", "refugee"):
            return Category.REFUGEES
        if low in ("inside", "within"):
            return None  # "to flee their homes inside the country": at home
        if low in into:
            m = j + 1
            if m < n and tokens[m].low in ("the", "its", "their"):
                m += 1  # ("fled across its borders": the country's own)
            if m + 1 < n and tokens[m].low in lx.DIRECTIONS and not tokens[m].is_capitalized:
                m += 1  # "crossed into northern Lebanon"
            if m < n and (
                # (a border is crossed only across or over it: not "fled to
                # the border, where they are stranded")
                (_abroad(tokens, m) and (tokens[m].low not in _BORDERS or low in _ACROSS))
                # (a part of a country named by its possessive is abroad but
                # for the displaced: "crossed into Thailand's Mae Hong Son
                # province", "sought shelter in Thailand's Tak province"; not
                # "displaced into Lebanon's Bekaa valley")
                or (
                    _country_abroad(tokens, m)
                    if tokens[t_first].low == "displaced"
                    else country_end(tokens, m) is not None
                )
            ):
                # (not armed men, travellers, a purpose or a return home:
                # "300 Russian Troops Cross Into Ukraine", "Some 5,000
                # Lebanese cross into Lebanon from Syria")
                end = country_end(tokens, m) or m + 1
                return None if no_flight(tokens, t_first, end) else Category.REFUGEES
            if tokens[t_first].low.startswith("cross") and (town := _town_in_country(tokens, m)):
                # "crossed into Adré, Chad": a town abroad (not a people's own:
                # "Ukrainians crossed into the Zaporizhzhia region of Ukraine")
                return None if no_flight(tokens, t_first, town) else Category.REFUGEES
            if (
                tokens[t_first].low.startswith("cross")
                # (a place by its name: not "crossed into the village")
                and _named_place_at(tokens, m)
                and _people_named_before(tokens, t_first)
                and not _from_after(tokens, m)
            ):
                # "1,200 Congolese had crossed into Gisenyi": a people crossing
                # is a border crossed
                return Category.REFUGEES
        if low in lx.ABROAD_ADVERBS or (
            low in _BORDER_DETERMINERS
            and (border := _border_after(tokens, j + 1)) is not None
            and not _modifies_a_noun(tokens, border)
            # (the border or country as the verb's object, "fled the country",
            # "crossed its southern border", or a border crossed over; not
            # "displaced from other areas of the country", "forced to flee
            # their homes along the border with Lebanon")
            and (j == t_last or (tokens[border].low != "country" and tokens[j - 1].low in _ACROSS))
        ):
            return Category.REFUGEES  # "crossed the border", "crossed its southern border"
        if tok.text in (".", ";", ",") or tok.is_digits:
            return None
    return None


def _named_place_at(tokens: list[Token], m: int) -> bool:
    """
    Whether a place named by its name starts at ``m`` ("Gisenyi", "the
    Kurdistan Region" past its "the", "the state of Zulia").
    """
    n = len(tokens)
    if m + 2 < n and not tokens[m].is_capitalized and tokens[m + 1].low == "of":
        m += 2  # "the state of Zulia"
    return m < n and tokens[m].is_capitalized and tokens[m].is_word


#: How far after a place crossed into its "from" may stand.
_FROM_REACH = 6


def _from_after(tokens: list[Token], m: int) -> bool:
    """
    Whether "from" follows the place crossed into at ``m`` in its clause: a
    move between places at home ("crossed into Rafah from Khan Younis").
    """
    for tok in tokens[m : m + _FROM_REACH]:
        if tok.low == "from":
            return True
        if not tok.is_word:
            return False
    return False


#: How many words before a verb's auxiliaries may name its people ("Syrian Kurds").
_PEOPLE_WORDS = 2


def _people_named_before(tokens: list[Token], k: int) -> bool:
    """
    Whether the group right before the verb at ``k`` (past its auxiliaries)
    is named by a people's name or as migrants, and none of it is armed: a
    demonym ("1,200 Congolese", "Syrian Kurds", "1,500 Colombians"), not
    "Russian troops"; migrants, whose crossing is a border's ("About 8,000
    migrants crossed into Ceuta").
    """
    j = k - 1
    while j >= 0 and tokens[j].low in lx.AUXILIARIES:
        j -= 1
    if j < 0:
        return False
    window = tokens[max(0, j - _PEOPLE_WORDS) : j + 1]
    return not any(t.low in lx.ARMED_WORDS for t in window) and any(
        (t.is_capitalized and t.low in lx.COUNTRY_DEMONYMS) or t.low in lx.MIGRANT_NOUNS
        for t in window
    )


#: How many words a town's name may hold before its country ("Adré, Chad").
_TOWN_WORDS = 3


def _town_in_country(tokens: list[Token], m: int) -> int | None:
    """
    ``NAME{1,3} "," COUNTRY`` or ``NAME{1,3} PLACE_NOUN? "of" COUNTRY`` at
    ``m``: a town or region named with its country ("crossed into Adré,
    Chad", "have crossed into Andijan region of Uzbekistan"); the index
    after the country, else ``None``.
    """
    j = m
    while (
        j < len(tokens) and j - m < _TOWN_WORDS and tokens[j].is_capitalized and tokens[j].is_word
    ):
        j += 1
    if j == m or j + 1 >= len(tokens):
        return None
    if tokens[j].text == ",":
        return country_end(tokens, j + 1)
    if tokens[j].low in lx.PLACE_NOUNS:
        j += 1  # "Andijan region of Uzbekistan"
    if j + 1 < len(tokens) and tokens[j].low == "of":
        return country_end(tokens, j + 1)
    return None


#: Words before "border" or "country" that make it one being crossed.
_BORDER_DETERMINERS = frozenset({"the", "its", "their"})


def _border_after(tokens: list[Token], k: int) -> int | None:
    """The index of "border" (or "country") at ``k`` or past a direction ("southern border")."""
    if k + 1 < len(tokens) and tokens[k].low in lx.DIRECTIONS:
        k += 1
    return k if k < len(tokens) and tokens[k].low in ("border", "country") else None


#: Words after "border" that end its phrase: it names the border itself.
_AFTER_BORDER = (
    lx.PREPOSITIONS
    | lx.RELATIVE_DAY_WORDS
    | {
        "into",
        "and",
        "or",
        "early",
        "late",
        "since",
        "after",
        "before",
        "when",
        "as",
        "while",
        # a rate or a time after the border or country crossed: "crossing into
        # the country every day", "crossed the border this week"
        "every",
        "each",
        "per",
        "daily",
        "this",
        "last",
        "so",
        "alone",
    }
)


def _modifies_a_noun(tokens: list[Token], m: int) -> bool:
    """
    Whether "border" (or "country") at ``m`` modifies the lower-case noun
    after it ("fled their homes in the border municipalities", "to the border
    town of Rafah"): a place near the border, not across it.
    """
    k = m + 1
    return (
        k < len(tokens)
        and tokens[k].is_word
        and not tokens[k].is_capitalized
        and tokens[k].low not in _AFTER_BORDER
    )


def _abroad(tokens: list[Token], m: int) -> bool:
    """
    Whether ``tokens[m]`` takes a flight abroad ("to neighbouring countries",
    "across the border"); "neighbouring" before a name that is no country
    does not ("to neighbouring Bauchi state"), nor before a place at home
    ("to neighbouring towns").
    """
    if tokens[m].low not in lx.ABROAD_WORDS or (
        tokens[m].low in ("border", "borders") and _modifies_a_noun(tokens, m)
    ):
        return False  # (not "to the border town of Rafah")
    if tokens[m].low in lx.NEIGHBOURING and m + 1 < len(tokens) and tokens[m + 1].is_capitalized:
        return country_end(tokens, m + 1) is not None
    # (not "fled to neighbouring towns": places at home)
    return not (
        tokens[m].low in lx.NEIGHBOURING
        and m + 1 < len(tokens)
        and tokens[m + 1].is_word
        and tokens[m + 1].low not in lx.ABROAD_NOUNS
    )
