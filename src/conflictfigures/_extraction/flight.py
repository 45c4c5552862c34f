"""
Flight and shelter: the phrases after a counted group that say it left home
(displaced) or went abroad (refugees), read where no fixed phrase of the
lexicon says it ("crossed the Moei River into Thailand", "arrived in
Armenia", "spending a second night in the open", "moved to evacuation
centres").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from conflictfigures import _lexicon as lx
from conflictfigures._extraction.crossers import (
    DWELLERS,
    FLEEING_WORDS,
    fleeing_people,
    forces_cross,
    no_flight,
    purpose_after,
)
from conflictfigures._extraction.gazetteer import country_end, country_start
from conflictfigures._extraction.going_abroad import (
    PLACE_FOLLOWERS,
    border_crossed_end,
    gone_abroad,
    landed_by_sea,
    landing_end,
)
from conflictfigures._extraction.text import words_at
from conflictfigures.models import Category

if TYPE_CHECKING:
    from collections.abc import Set as AbstractSet

    from conflictfigures._extraction.text import Token
    from conflictfigures._lexicon.verbs import Phrase


def arrival_phrase(tokens: list[Token], k: int) -> Phrase | None:
    """
    ``ARRIVAL_VERB ("in" | "into" | "at") "the"? COUNTRY``: people who
    arrived in another country, refugees ("120,000 people had arrived in
    Armenia"); not an arrival at a hospital or in a town.  Migrants who
    arrive are refugees at any named place but one of care ("Over 1,000
    migrants arrived on the Italian island of Lampedusa"; not "arrived at
    dawn").  With no place after the verb, the country a relative clause
    hangs on (see :func:`_where_country`).
    """
    n = len(tokens)
    if k < n and tokens[k].low in _REACH_VERBS:
        return _reached_abroad(tokens, k)
    if k >= n or tokens[k].low not in lx.ARRIVAL_VERBS:
        return None
    if k + 1 < n and tokens[k + 1].low == "to":
        return None  # ("arrived to seek help": no place)
    if (by_sea := landed_by_sea(tokens, k)) is not None:
        return by_sea
    if k + 1 == n or tokens[k + 1].low not in ("in", "into", "at", "on"):
        # "followed by South Sudan, where more than 600,000 people have arrived"
        return ((tokens[k].low,), Category.REFUGEES, None) if _where_country(tokens, k) else None
    if k + 2 >= n:
        return None
    m = k + 3 if tokens[k + 2].low == "the" else k + 2
    if m >= n:
        return None  # (a text cut short: "arrived in the")
    end = country_end(tokens, m) if tokens[k + 1].low != "on" else None
    if (
        end is None
        and m > k + 2
        and tokens[k + 1].low != "on"
        # (people who flee, not soldiers or aid workers; the displaced stay
        # displaced, "displaced people arrived in the Sudanese town of
        # Tawila", unless named as another country's people: "newly
        # displaced Sudanese arrived in the Chadian border town of Adré")
        and fleeing_people(tokens, k)
        and (
            not _displaced_before(tokens, k)
            or _other_people(tokens[max(0, k - _WHERE_REACH) : k], tokens[m].low)
        )
    ):
        end = _demonym_place_end(tokens, m)  # "arrived in the Chadian border town of Adré"
    if end is None and any(
        t.low in lx.MIGRANT_NOUNS for t in tokens[max(0, k - _MIGRANTS_REACH) : k]
    ):
        end = landing_end(tokens, m)
        if end is not None and any(
            t.low in lx.CARE_PLACE_WORDS for t in tokens[m : m + _MIGRANTS_REACH]
        ):
            return None  # "migrants arrived at a hospital in Tripoli": in care
    if end is not None:
        return (
            None
            if no_flight(tokens, k, end)
            else (tuple(t.low for t in tokens[k:end]), Category.REFUGEES, None)
        )
    return None


#: Verbs of reaching a place, which take it with no preposition ("have reached Italy").
_REACH_VERBS = frozenset(lx.REACH_VERBS)


def _reached_abroad(tokens: list[Token], k: int) -> Phrase | None:
    """
    ``"reached" "the"? (COUNTRY | NAME)`` at ``k``: people who flee and
    reached another country ("More than 30,000 migrants have reached Italy
    by sea"), or migrants any named place ("reached the Canary Islands");
    not a place in the country the people fled within (only migrants and
    countries count), nor a total ("the toll reached 50": no place).
    """
    n = len(tokens)
    if k + 1 >= n:
        return None
    m = k + 2 if tokens[k + 1].low == "the" else k + 1
    migrants = any(t.low in lx.MIGRANT_NOUNS for t in tokens[max(0, k - _MIGRANTS_REACH) : k])
    end = country_end(tokens, m) if migrants or fleeing_people(tokens, k) else None
    if end is None and migrants:
        end = landing_end(tokens, m)  # "reached the Canary Islands", "reach Lampedusa"
    if end is None:
        return None
    return (
        None
        if no_flight(tokens, k, end)
        else (tuple(t.low for t in tokens[k:end]), Category.REFUGEES, None)
    )


def _displaced_before(tokens: list[Token], k: int) -> bool:
    """Whether "displaced" stands among the words before the arrival verb at ``k``."""
    return any(t.low == "displaced" for t in tokens[max(0, k - _WHERE_REACH) : k])


def _other_people(group: list[Token], place_demonym: str) -> bool:
    """Whether a group names a people of another country than the place's demonym's."""
    country = lx.COUNTRY_DEMONYMS.get(place_demonym)
    return country is not None and any(
        t.is_capitalized and lx.COUNTRY_DEMONYMS.get(t.low) not in (None, country) for t in group
    )


def _demonym_place_end(tokens: list[Token], m: int) -> int | None:
    """
    ``DEMONYM "border"? PLACE_NOUN`` at ``m`` after "the": a place named
    by the country it lies in ("the Chadian border town of Adré", "the
    Ugandan district"), the index after the place's noun; else ``None``.
    """
    n = len(tokens)
    if m >= n or not tokens[m].is_capitalized or tokens[m].low not in lx.COUNTRY_DEMONYMS:
        return None
    j = m + 1
    if j < n and tokens[j].low == "border":
        j += 1
    return j + 1 if j < n and tokens[j].low in lx.PLACE_NOUNS else None


#: How many words "where" may stand before an arrival verb ("where more
#: than 600,000 people have arrived").
_WHERE_REACH = 10


def _where_country(tokens: list[Token], k: int) -> bool:
    """
    ``COUNTRY "," "where" WORD{1,9} ARRIVAL`` before the verb at ``k``, with no
    mark between: arrivals in the country the relative clause hangs on
    ("South Sudan, where more than 600,000 people have arrived"), people who
    flee (not rescuers, soldiers or hostages; displaced people stay
    displaced), in a country named alone (not "Kassala, Sudan, where" nor
    "in eastern Sudan, where": a place in their own country, maybe).
    """
    if not fleeing_people(tokens, k) or _displaced_before(tokens, k):
        return False  # (rescuers, soldiers, hostages; "displaced people" stay displaced)
    for w in range(k - 1, max(0, k - _WHERE_REACH) - 1, -1):
        low = tokens[w].low
        if low == "where":
            if w < 2 or tokens[w - 1].text != ",":
                return False
            start = country_start(tokens, w - 1)
            # a country named alone, no town's country ("Kassala, Sudan,
            # where") nor a region of one ("in eastern Sudan, where")
            return (
                start is not None
                and start > 0
                and tokens[start - 1].text != ","
                and (
                    tokens[start - 1].low not in lx.DIRECTIONS
                    # (a region of the country crossed into: "crossed into
                    # eastern Chad, where some 600,000 people have arrived")
                    or (
                        start > 2
                        and tokens[start - 2].low == "into"
                        and tokens[start - 3].low in lx.CROSSING_VERBS
                    )
                )
            )
        if not (tokens[w].is_word or tokens[w].is_digits):
            return False
    return False


def arrived_abroad(tokens: list[Token], k: int) -> tuple[int, int] | None:
    """
    ``AUX* (ARRIVAL | CROSSING)`` at ``k``, right after a group: the group
    went to another country, whatever it was before ("100,417 forcibly
    displaced persons have arrived in Armenia": refugees). The phrase's
    token range, or ``None``.
    """
    n = len(tokens)
    while k < n and tokens[k].low in lx.AUXILIARIES:
        k += 1
    if k >= n:
        return None
    phrase = arrival_phrase(tokens, k) or crossing_phrase(tokens, k)
    return (k, k + len(phrase[0])) if phrase is not None else None


#: How far before a verb of arrival its migrants may stand, and how far after
#: it a place of care.
_MIGRANTS_REACH = 4


#: How many words may name what was crossed ("the Moei River", "the Darién Gap").
_CROSSED_WORDS = 5


def crossing_phrase(tokens: list[Token], k: int) -> Phrase | None:
    """
    ``"crossed" "the" WORD{1,5} ("into" | "to") "the"? COUNTRY``,
    ``"crossed" "the" "English"? SEA`` or ``"entered" "the"? COUNTRY``:
    people who crossed into another country, refugees ("Some 4,200 people
    crossed the Moei River into Thailand", "11,500 migrants have crossed the
    English Channel", "8,000 Rohingyas have entered Bangladesh"); not a state's forces or
    fighters, whose crossing is an incursion ("Russian troops entered Ukraine").
    """
    n = len(tokens)
    low = tokens[k].low
    if k + 1 >= n or low not in lx.CROSSING_VERBS:
        return None  # (a country may end the text: "About 8,000 Rohingya enter Bangladesh")
    m = k + 1
    if low.startswith("cross") and (point := _border_point_end(tokens, m)) is not None:
        # "about 4,000 crossing on Monday alone at the Hamdayet and Lugdi border points"
        if forces_cross(tokens, k):
            return None
        return tuple(t.low for t in tokens[k:point]), Category.REFUGEES, None
    if low.startswith("cross") and words_at(tokens, m, ("out", "of")):
        # "874,000 people had crossed out of Ukraine into neighbouring countries"
        j = m + 3 if m + 2 < n and tokens[m + 2].low == "the" else m + 2
        left = country_end(tokens, j) if j < n else None
        if left is None or forces_cross(tokens, k):
            return None
        return tuple(t.low for t in tokens[k:left]), Category.REFUGEES, None
    if low.startswith("cross"):
        if m + 1 >= n:
            return None
        if tokens[m].low != "the" and not (tokens[m].is_capitalized and tokens[m].is_word):
            # ("crossed into", "crossed the border": lexicon phrases; a name
            # crossed needs no article: "crossed Lake Chad into neighbouring Chad")
            return None
        sea = m + 2 if tokens[m + 1].low == "english" and m + 2 < n else m + 1
        if tokens[sea].low in lx.CROSSED_SEAS and tokens[sea].is_capitalized:
            # "have crossed the English Channel in small boats": abroad (not
            # "some 156,000 Allied troops crossed the English Channel")
            if forces_cross(tokens, k):
                return None
            return tuple(t.low for t in tokens[k : sea + 1]), Category.REFUGEES, None
        for j in range(m + 1, min(n, m + 2 + _CROSSED_WORDS)):
            if tokens[j].low in ("into", "to"):
                m = j + 1
                break
            if not tokens[j].is_word or tokens[j].low in lx.MODIFIER_STOPS:
                return _migrants_crossed(tokens, k, j)
        else:
            return _migrants_crossed(tokens, k, j + 1)
    if m < n and tokens[m].low == "the":
        m += 1
    if m < n and tokens[m].low in lx.NEIGHBOURING:
        m += 1
    end = country_end(tokens, m)
    if (
        end is None
        and m < n
        and tokens[m].low == "country"
        and tokens[m - 1].low == "the"
        and fleeing_people(tokens, k)
    ):
        end = m + 1  # "entered the country": the story's country, come into from abroad
    if end is None:
        return None
    return (
        None
        if no_flight(tokens, k, end)
        else (tuple(t.low for t in tokens[k:end]), Category.REFUGEES, None)
    )


#: How many tokens may name the place left before "for" another country.
_LEFT_PLACE_WORDS = 4


#: Nouns of a place where a border is crossed, after "border" ("border points").
BORDER_POINTS = frozenset(
    {"point", "points", "crossing", "crossings", "post", "posts", "checkpoint", "checkpoints"}
)
#: How many tokens a crossing's day and "at the" may take before the border point.
_BORDER_POINT_REACH = 9


def _migrants_crossed(tokens: list[Token], k: int, end: int) -> Phrase | None:
    """
    ``"crossed" "the" WORD* NAME WORD*`` ending at ``end``, with migrants
    (``lx.MIGRANT_NOUNS``) right before the verb: a route of migration
    crossed, refugees ("More than 400,000 migrants have crossed the
    dangerous Darién jungle"; not "migrants crossed the road", no name, nor
    "the A1 motorway", no route: ``lx.ROUTE_NOUNS``).
    """
    named = [j for j in range(k + 2, end) if tokens[j].is_capitalized]
    route = [j for j in range(k + 2, end) if tokens[j].low in lx.ROUTE_NOUNS]
    if (
        not named
        or not route
        or not any(t.low in lx.MIGRANT_NOUNS for t in tokens[max(0, k - _MIGRANTS_REACH) : k])
    ):
        return None
    return tuple(t.low for t in tokens[k : max(named[-1], route[-1]) + 1]), Category.REFUGEES, None


def _border_point_end(tokens: list[Token], m: int) -> int | None:
    """
    ``WORD{0,9} ("at" | "through" | "via") WORD* "border" BORDER_POINT`` from
    ``m``, right after a verb of crossing, with no clause break or number:
    a border crossed at its crossing point ("crossed at the Lugdi border
    point", "crossing on Monday alone at the Hamdayet and Lugdi border
    points"); the index after the point's noun.
    """
    n = len(tokens)
    if m < n and tokens[m].low == "back":
        return None  # "crossed back at the Masnaa border crossing": returnees
    at = False
    for j in range(m, min(n - 1, m + _BORDER_POINT_REACH)):
        tok = tokens[j]
        if tok.low in ("at", "through", "via"):
            at = True
        elif at and tok.low == "border" and tokens[j + 1].low in BORDER_POINTS:
            return None if purpose_after(tokens, j + 2) else j + 2
        elif not tok.is_word or tok.low in lx.AUXILIARIES:
            return None
    return None


#: How far before a verb of going a participle of flight of its group may stand.
_FLEEING_REACH = 10


def departure_phrase(tokens: list[Token], k: int) -> Phrase | None:
    """
    ``MOTION_VERB ("into" | "to" | "across") "the"? COUNTRY``, ``LEAVE_VERB
    "the"? COUNTRY`` or ``FORCED_AWAY_VERB ("out" "of" | "from") "the"? COUNTRY``:
    people who went abroad, refugees ("Around 8,000 Rohingya have slipped
    into Bangladesh", "More than 7.7 million people have left Ukraine",
    "have been driven out of Kosovo");
    not a state's forces or fighters ("US troops left Iraq"); residents who
    left their place at home are displaced (:func:`_home_left_end`).
    """
    n = len(tokens)
    low = tokens[k].low
    m = k + 1
    if low in lx.GOING_VERBS:
        return gone_abroad(tokens, k)
    if low in lx.MOTION_VERBS:
        # after "into", "to" or "across": "have escaped to Thailand"
        if m >= n or tokens[m].low not in ("into", "to", "across"):
            return None
        m += 1
        if tokens[m - 1].low == "across" and (border := border_crossed_end(tokens, m)):
            # (the country after the border is the place gone into: "walked
            # across the border into Ukraine to join the army" is no flight)
            into = border + 1 if border < n and tokens[border].low in ("into", "to") else None
            if into is not None and into < n and tokens[into].low == "the":
                into += 1
            place_end = (
                country_end(tokens, into) if into is not None and into < n else None
            ) or border
            if place_end > border and (
                # (a flight told around it, or a place left: "walked across
                # the border into Chad from Darfur, fleeing RSF attacks")
                any(
                    t.low in FLEEING_WORDS
                    for t in tokens[max(0, k - _FLEEING_REACH) : place_end + _FLEEING_REACH]
                )
                or (place_end < n and tokens[place_end].low == "from")
            ):
                place_end = border
            return (
                None
                if no_flight(tokens, k, place_end)
                else (tuple(t.low for t in tokens[k:border]), Category.REFUGEES, None)
            )
    elif low in lx.FORCED_AWAY_VERBS:
        # made to leave a country: "400,000 ethnic Albanians have been driven
        # out of Kosovo", "expelled from Kuwait"
        if words_at(tokens, m, ("out", "of")):
            m += 2
        elif m < n and tokens[m].low == "from":
            m += 1
        else:
            return None
    elif low not in lx.LEAVE_VERBS:
        return None
    if m < n and tokens[m].low == "the":
        m += 1
    end = country_end(tokens, m) if m < n else None
    if end is None and low in lx.LEAVE_VERBS:
        # a place left for another country: "have left Nagorno-Karabakh for Armenia"
        for j in range(m + 1, min(n - 1, m + 1 + _LEFT_PLACE_WORDS)):
            if tokens[j].low in ("for", "to", "into"):
                end = country_end(tokens, j + 1)
                break
            if not (tokens[j].is_word and tokens[j].is_capitalized) and tokens[j].text != "-":
                break
    if end is None and low == "left" and (home := _home_left_end(tokens, k)) is not None:
        # residents who left their place at home: displaced ("More than 1,000
        # of the island's roughly 1,700 residents have left", "Some 5,000
        # villagers left the area")
        return tuple(t.low for t in tokens[k:home]), Category.DISPLACED, None
    if end is None:
        return None
    return (
        None
        if no_flight(tokens, k, end)
        else (tuple(t.low for t in tokens[k:end]), Category.REFUGEES, None)
    )


#: The places at home residents leave ("left the town", "have left the area").
_HOME_PLACES = frozenset(
    {"town", "city", "village", "area", "island", "region", "district", "neighbourhood"}
    | {"neighborhood", "valley", "settlement", "province"}
)


def _home_left_end(tokens: list[Token], k: int) -> int | None:
    """
    ``DWELLERS AUX* "left" "the" HOME_PLACE`` (the place no modifier of a
    noun, its clause telling no purpose: no "for", no return or work), or
    ``DWELLERS ("have" | "has" | "had") "left"`` with nothing more to its
    clause (at ``k``): those who dwell in a place who left it ("Some 5,000
    villagers left the area", "More than 1,000 residents have left"); not
    those who stay ("Only 200 residents are left"), the discharged ("35
    people have left"), travellers ("300,000 people left the city ahead of
    the Eid holiday") or returnees ("2,000 families left the camp to return
    to their villages"); the index after the phrase.
    """
    if not _residents_before(tokens, k, residents=DWELLERS):
        return None
    n = len(tokens)
    if k + 2 < n and tokens[k + 1].low == "the" and tokens[k + 2].low in _HOME_PLACES:
        after = tokens[k + 3] if k + 3 < n else None
        if (
            after is not None
            and after.is_word
            and not after.is_capitalized
            and (after.low == "for" or after.low not in PLACE_FOLLOWERS)
        ) or purpose_after(tokens, k + 3):
            return None  # "left the town hall", "left the city for the holidays"
        return k + 3  # "left the area"
    if k < 1 or tokens[k - 1].low not in ("have", "has", "had"):
        return None
    if k + 1 >= n or tokens[k + 1].text in (".", ",", ";", "!"):
        return k + 1  # "have left."
    return None


#: How long an acronym in a shelter's name may be ("UN", "IOM").
_ACRONYM = 5
#: How many words may describe a shelter ("in crowded makeshift camps").
_SHELTER_WORDS = 2


#: How many words may name the night spent ("spent Wednesday night", "spent the night").
_NIGHT_WORDS = 2


def _night_spent(tokens: list[Token], k: int) -> int:
    """
    After "spent" at ``k``, the index past ``WORD{0,2} ("night" | "nights")``
    ("spent Wednesday night at the shelter", "spent the night in Red Cross
    shelters"), else ``k`` (no night spent: no shelter read).
    """
    for j in range(k + 1, min(len(tokens), k + 2 + _NIGHT_WORDS)):
        if tokens[j].low in ("night", "nights"):
            return j + 1
        if not tokens[j].is_word:
            break
    return k


def shelter_phrase(tokens: list[Token], k: int) -> Phrase | None:
    """
    ``((SHELTER_VERB | ARRIVAL_VERB)? ("in" | "at") | MOVE_VERB ("to" | "into"))
    shelter``: people in
    shelter away from home, or moved there ("were staying in public
    shelters", "living in makeshift camps", "in collective centres", "had
    been moved to cyclone shelters"); see :func:`shelter_end`.
    """
    low = tokens[k].low
    # (an arrival "in" or "at" a shelter is a stay there: "93,000 people
    # arrived in displacement sites")
    j = k + 1 if low in lx.SHELTER_VERBS or low in lx.MOVE_VERBS or low in lx.ARRIVAL_VERBS else k
    took_shelter = low in _TAKE_FORMS and k + 2 < len(tokens) and tokens[k + 1].low == "shelter"
    if took_shelter:
        j = k + 2  # "had taken shelter in cyclone centres", "forced to take shelter in tents"
    night = False
    if low in lx.NIGHT_VERBS:
        j = _night_spent(tokens, k)
        night = j > k
    elif j > k and j < len(tokens) and tokens[j].low == "overnight" and low in lx.SHELTER_VERBS:
        j, night = j + 1, True  # "stayed overnight at the Salina Bicentennial Center"
    if j >= len(tokens):
        return None
    if j > k and low not in lx.MOVE_VERBS and (end := _away_end(tokens, j)) is not None:
        # out of doors, or with relatives ("sleeping in the open", "spending
        # a second night in parks", "sheltering with host families")
        return tuple(t.low for t in tokens[k:end]), Category.DISPLACED, None
    # (one moved goes "to" a shelter; one who took shelter, or stays, is "in" it)
    if low in lx.MOVE_VERBS and not took_shelter:
        prepositions: tuple[str, ...] = ("to", "into")
    else:
        prepositions = ("in", "at") if j > k else ("in",)
    if tokens[j].low not in prepositions:
        return None
    if (
        low in lx.SHELTER_VERBS
        and tokens[j].low == "in"
        and (abroad := stay_abroad(tokens, k, j + 1))
    ):
        # "400,000 Sudanese are staying in eastern Chad": a people in another
        # country (not "living in": expatriates live abroad too)
        return tuple(t.low for t in tokens[k:abroad]), Category.REFUGEES, None
    found = shelter_end(tokens, j + 1)
    if (
        found is None
        and (low in _RELOCATING or low in _STAYING or took_shelter)
        and _residents_before(tokens, k)
        and (end := _night_place_end(tokens, j + 1))
        and (low not in _STAYING or _stay_away(tokens, k, end))
    ):
        # moved to a public building, or sheltering there ("were shifted to
        # a nearby municipal school", "relocated to community halls", "are
        # staying in community halls, schools and churches", "had taken
        # shelter in government-run facilities or hotels")
        found = (end, Category.DISPLACED)
    if found is None and night and k > 0 and tokens[k - 1].low in lx.NIGHT_GROUPS:
        # a night away from home in a public building ("spent the night in
        # hotels and a sports hall", "at the Fort Cobb-Broxton school gym")
        end = _night_place_end(tokens, j + 1)
        found = None if end is None else (end, Category.DISPLACED)
    if found is None:
        return None
    end, category = found
    return tuple(t.low for t in tokens[k:end]), category, None


#: How far before a verb of staying the people's name of its group may stand.
_PEOPLE_REACH = 6


def stay_abroad(tokens: list[Token], k: int, m: int) -> int | None:
    """
    ``DIRECTION? COUNTRY`` at ``m`` after a verb of staying at ``k`` and
    "in", whose group, within six words before the verb, names a people of
    another country by its demonym ("400,000 Sudanese are sheltering in
    eastern Chad"); the index after the country, else ``None`` ("Syrians
    sheltering in Syria", "people sheltering in Chad").
    """
    n = len(tokens)
    if m + 1 < n and tokens[m].low in lx.DIRECTIONS and not tokens[m].is_capitalized:
        m += 1
    end = country_end(tokens, m) if m < n else None
    if end is None:
        return None
    place = " ".join(t.low for t in tokens[m:end])
    for tok in tokens[max(0, k - _PEOPLE_REACH) : k]:
        home = lx.COUNTRY_DEMONYMS.get(tok.low) if tok.is_capitalized else None
        if home is not None and home.lower() != place:
            return end
    return None


#: Words of a building that holds people for another reason than shelter.
_NOT_SHELTERS = frozenset({"detention", "quarantine", "student", "students", "parliament"})
#: How far past the first building its list of kinds may run.
_KINDS_REACH = 6

#: Public buildings where travellers stay: a stay there is no flight by itself.
_LODGINGS = frozenset({"hotel", "hotels", "motel", "motels", "hostel", "hostels"})


def _stay_away(tokens: list[Token], k: int, end: int) -> bool:
    """
    Whether a stay in the public building ending at ``end`` (after the verb
    at ``k``) is a stay away from home: for no purpose told after it, in
    several kinds of building, not hotels ("are staying in community halls,
    schools and churches"), or by those who dwell nearby; not "stayed in the
    stadium to watch the match", "stayed in hotels after flights were
    cancelled", "housed in detention centres", "slept in churches".
    """
    if end < len(tokens) and tokens[end].low in ("for", "to"):
        return False
    if any(t.low in _NOT_SHELTERS for t in tokens[k:end]):
        return False  # "housed in detention centres", "staying in student halls"
    # several kinds of building, as a shelter's report lists them ("in
    # community halls, schools and churches"), or the stay of those who dwell nearby
    kinds = {t.low for t in tokens[k : end + _KINDS_REACH] if t.low in lx.NIGHT_PLACES}
    return len(kinds - _LODGINGS) >= 2 or _residents_before(tokens, k, residents=DWELLERS)


#: The people whom a move to a public building makes displaced ("40
#: residents were shifted to a nearby school"; not bodies, detainees,
#: soldiers or hostages).
_RESIDENT_NOUNS = frozenset(
    {"residents", "people", "families", "villagers", "persons", "inhabitants", "households"}
    | {"evacuees", "locals", "tenants", "others"}
)
#: How far before its verb of moving the group's noun may stand ("were moved").
_RESIDENT_REACH = 4


def _residents_before(
    tokens: list[Token], k: int, residents: AbstractSet[str] | None = None
) -> bool:
    """
    Whether the group before the verb at ``k`` (past its auxiliaries, and
    past what it is "of": "40 residents of two adjoining buildings") is of
    residents (``residents``: their nouns, by default those a move to a
    public building makes displaced).
    """
    nouns = _RESIDENT_NOUNS if residents is None else residents
    j = k - 1
    while (
        j >= 0
        and j > k - 1 - _RESIDENT_REACH
        and (tokens[j].low in lx.AUXILIARIES or tokens[j].low in lx.BE_FORMS)
    ):
        j -= 1
    for m in range(j, max(-1, j - _RESIDENT_REACH * 2), -1):
        if tokens[m].low in nouns:
            return m == j or tokens[m + 1].low == "of"
        if not tokens[m].is_word:
            return False
    return False


#: The forms of "take" before "shelter" ("had taken shelter in cyclone centres").
_TAKE_FORMS = frozenset({"take", "takes", "took", "taken", "taking"})
#: Verbs of moving people that make a public building their shelter ("were
#: shifted to a nearby municipal school"; not "taken to a school").
_RELOCATING = frozenset({"moved", "relocated", "shifted", "evacuated", "bused", "bussed"})
#: Verbs of staying that make a public building a shelter for residents
#: ("about 6,000 people are staying in community halls"; not "living").
_STAYING = frozenset(
    {"stay", "stays", "stayed", "staying", "sheltering", "sheltered", "housed"}
    | {"sleep", "sleeps", "sleeping", "slept"}  # "5,000 people are sleeping in sports halls"
)


def _away_end(tokens: list[Token], j: int) -> int | None:
    """
    ``("in" | "on") OUTDOORS | "with" WORD? HOST_PEOPLE`` at ``j``, after a
    verb of staying: a stay away from home that names no shelter ("in the
    open", "on the streets", "with relatives", "with host families"); the
    index after it.
    """
    n = len(tokens)
    prep = tokens[j].low
    if prep in ("in", "on"):
        for words in lx.OUTDOORS:
            end = j + 1 + len(words)
            # (not "in the open field", which names a place)
            if (
                end <= n
                and all(tokens[j + 1 + m].low == w for m, w in enumerate(words))
                and (end == n or tokens[end].low not in ("field", "fields", "ground"))
            ):
                return end
        return None
    if prep == "with":
        for m in range(j + 1, min(n, j + 3)):
            if tokens[m].low in lx.HOST_PEOPLE:
                return m + 1
            if not tokens[m].is_word or tokens[m].is_capitalized:
                return None
    return None


#: How many words a public building spent the night in may take before its noun.
_NIGHT_PLACE_WORDS = 5


def _night_place_end(tokens: list[Token], k: int) -> int | None:
    """
    ``(WORD | NAME | "-" | "and")* NIGHT_PLACE`` from ``k``: a public
    building where a night was spent ("the Fort Cobb-Broxton school gym",
    "hotels and a sports hall", "government-run facilities or hotels"); the
    index after its noun.
    """
    for m in range(k, min(len(tokens), k + 1 + _NIGHT_PLACE_WORDS)):
        tok = tokens[m]
        if tok.low in lx.NIGHT_PLACES:
            return m + 1
        if not (tok.is_word or tok.text in lx.DASHES) or (
            tok.low in lx.MODIFIER_STOPS and tok.low not in ("and", "or")
        ):
            return None
    return None


def shelter_end(tokens: list[Token], k: int) -> tuple[int, Category] | None:
    """
    ``WORD{0,2} (SHELTER | SITE_WORD SITE)`` from ``k``, after "in", "to" or
    "into": a shelter away from home ("public shelters", "evacuation
    centres"), whose people are displaced, or refugees in "refugee camps".
    Returns the index after it and the category.
    """
    n = len(tokens)
    refugees = False
    start = k
    if start < n and tokens[start].low in _ABOUT and start + 1 < n and tokens[start + 1].is_digits:
        start += 1  # "staying in about 370 evacuation shelters"
    if start < n and tokens[start].is_digits:
        start += 1  # "remain in 180 shelters"
    if start < n and tokens[start].low == "the":
        start += 1  # "at the UN protection site"
    joined = False
    limit = start + 1 + _SHELTER_WORDS
    for m in range(start, min(n, limit + _SHELTER_WORDS + 1)):
        if m >= limit:
            return None
        tok = tokens[m]
        low = tok.low
        if tok.is_word and tok.text.isupper() and len(tok.text) <= _ACRONYM:
            continue  # a body's acronym: "the UN protection site", "IDP camps"
        if low in ("and", "or") and m > start and not joined:
            # places joined before the shelter, the shelter's words after
            # the joiner: "moved to military garrisons and relief camps"
            joined, limit = True, m + 2 + _SHELTER_WORDS
            continue
        if low in lx.SHELTER_NOUNS or (
            low in lx.SHELTER_SITES and m > k and tokens[m - 1].low in lx.SHELTER_SITE_WORDS
        ):
            return m + 1, Category.REFUGEES if refugees else Category.DISPLACED
        if not tok.is_word or tok.is_capitalized or low in lx.MODIFIER_STOPS:
            return None
        refugees = refugees or low == "refugee"
    return None


#: The one-word qualifiers an estimated count of shelters may take ("in some
#: 9,000 cyclone shelters").
_ABOUT = frozenset(words[0] for words, _ in lx.QUALIFIERS if len(words) == 1)
