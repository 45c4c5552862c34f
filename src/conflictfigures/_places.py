"""
A small gazetteer: place names as written, to paths in a place hierarchy.

Aggregation needs to know that "Idlib", "Idlib province" and "the Idlib
region" are one place, that Idlib lies in "northwest Syria", which lies in
"Syria", and that "Tripoli" lies in "Libya".
This module keeps that knowledge as data (no network, no external gazetteer):
a path runs from the country down, ``("syria", "northwest syria", "idlib")``.

Rules, in order (see docs/aggregation.md):

1. Lower-case, fold "northwestern" to "northwest", drop articles, generic
   nouns ("province", "region", "city", ...), "in and around", "near".
2. A name in :data:`_PLACES` gives its path; a country name gives a one-item
   path.
3. "X district, Y province" and "X in Y": the most specific known part gives
   the path; an unknown proper name before it is appended as a child.
4. Nothing left but direction words and generic nouns ("the northwest
   province", "the region") is a vague place: ``None``, which aggregation
   treats as unknown, not as a place of its own.
5. An unknown proper name is its own one-item path: compatible only with
   itself.

Also here: demonyms and country names to one canonical country name, used to
normalise sides ("Turkish" and "Turkey" are "Turkey").
"""

from __future__ import annotations

import re
from functools import lru_cache
from types import MappingProxyType
from typing import TYPE_CHECKING

from conflictfigures._lexicon.countries import COUNTRY_DEMONYMS, COUNTRY_NAMES

if TYPE_CHECKING:
    from collections.abc import Mapping

__all__ = [
    "PlacePath",
    "country_of",
    "is_within",
    "normalise_place",
]


def _split(text: str) -> list[str]:
    """Split a word table written as one string (tables read better that way)."""
    return text.split()


#: A place as a path from its country down; the last item is the place itself.
PlacePath = tuple[str, ...]

#: Country names (lower case) and their other names, to the canonical name:
#: the lexicon's table of the world's countries, and Gaza.
_COUNTRY_NAMES: Mapping[str, str] = MappingProxyType({**COUNTRY_NAMES, "gaza": "Palestine"})

#: Demonyms (lower case) to the canonical country name.
_DEMONYMS: Mapping[str, str] = COUNTRY_DEMONYMS

#: Places below country level: name (lower case, generic nouns removed) to
#: path. Regions are listed before the places inside them. A place that has
#: several common spellings is listed under each.
_PLACES: Mapping[str, PlacePath] = MappingProxyType(
    {
        # Syria: the northwest and its provinces.
        "northwest syria": ("syria", "northwest syria"),
        "idlib": ("syria", "northwest syria", "idlib"),
        "idleb": ("syria", "northwest syria", "idlib"),
        "saraqeb": ("syria", "northwest syria", "idlib", "saraqeb"),
        "nairab": ("syria", "northwest syria", "idlib", "nairab"),
        "aleppo": ("syria", "northwest syria", "aleppo"),
        "hama": ("syria", "hama"),
        "latakia": ("syria", "latakia"),
        "damascus": ("syria", "damascus"),
        "homs": ("syria", "homs"),
        "deir ez-zor": ("syria", "deir ez-zor"),
        "raqqa": ("syria", "raqqa"),
        # Libya.
        "tripoli": ("libya", "tripoli"),
        "benghazi": ("libya", "benghazi"),
        "misrata": ("libya", "misrata"),
        "sirte": ("libya", "sirte"),
        # Turkey.
        "ankara": ("turkey", "ankara"),
        "istanbul": ("turkey", "istanbul"),
        "reyhanli": ("turkey", "hatay", "reyhanli"),
        "hatay": ("turkey", "hatay"),
        # Afghanistan: provinces named in ISAF releases.
        **{
            name: ("afghanistan", name)
            for name in _split(
                "badakhshan badghis baghlan balkh bamyan daykundi farah faryab ghazni ghor "
                "helmand herat jowzjan kabul kandahar kapisa khost kunar kunduz laghman logar "
                "nangarhar nimroz nuristan paktia paktika panjshir parwan samangan sar-e pol "
                "takhar uruzgan wardak zabul"
            )
        },
        "paktiya": ("afghanistan", "paktia"),
        "oruzgan": ("afghanistan", "uruzgan"),
        "zabol": ("afghanistan", "zabul"),
        # Ukraine: oblasts often named in loss reports.
        "donetsk": ("ukraine", "donetsk"),
        "luhansk": ("ukraine", "luhansk"),
        "kharkiv": ("ukraine", "kharkiv"),
        "kherson": ("ukraine", "kherson"),
        "zaporizhzhia": ("ukraine", "zaporizhzhia"),
        "crimea": ("ukraine", "crimea"),
        "kyiv": ("ukraine", "kyiv"),
        # Gaza and Israel.
        "gaza strip": ("palestine", "gaza"),
        "west bank": ("palestine", "west bank"),
    }
)

#: Words that say what kind of place a name is, never which place.
_GENERIC = frozenset(
    _split(
        "province provinces region regions area areas city town village villages "
        "district districts governorate governorates country state territory enclave "
        "border frontier countryside outskirts vicinity oblast county zone pocket part "
        "parts"
    )
)

#: Direction words, folded to one spelling.
_DIRECTIONS: Mapping[str, str] = MappingProxyType(
    {
        "north": "north",
        "northern": "north",
        "south": "south",
        "southern": "south",
        "east": "east",
        "eastern": "east",
        "west": "west",
        "western": "west",
        "northwest": "northwest",
        "northwestern": "northwest",
        "north-west": "northwest",
        "north-western": "northwest",
        "northeast": "northeast",
        "northeastern": "northeast",
        "north-east": "northeast",
        "north-eastern": "northeast",
        "southwest": "southwest",
        "southwestern": "southwest",
        "south-west": "southwest",
        "south-western": "southwest",
        "southeast": "southeast",
        "southeastern": "southeast",
        "south-east": "southeast",
        "south-eastern": "southeast",
        "central": "central",
    }
)

#: Words dropped before lookup: articles and the prepositions of "in and around".
_DROP = frozenset(_split("the a an in and around near of its their outside inside"))

_SPLIT = re.compile(r",|;|\bin\b|\bnear\b|\bof\b")
_WORD = re.compile(r"[\w'\u2019-]+")


def _words(text: str) -> list[str]:
    """Lower-case words, with possessive "'s" and stray quotes removed."""
    words = (w.strip("'\u2019") for w in _WORD.findall(text.lower()))
    return [re.sub(r"['\u2019]s$", "", w) for w in words]


def country_of(word: str | None) -> str | None:
    """
    Return the canonical country for a country name or demonym, else ``None``.

    >>> country_of("Turkish"), country_of("turkey"), country_of("Atlantis")
    ('Turkey', 'Turkey', None)
    """
    if word is None:
        return None
    key = " ".join(_words(word))
    if key.endswith("s") and key[:-1] in _DEMONYMS:  # "Syrians", "Afghans"
        key = key[:-1]
    return _COUNTRY_NAMES.get(key) or _DEMONYMS.get(key)


def _known(words: list[str]) -> PlacePath | None:
    """Return the deepest known place named by any run of ``words``."""
    found: list[PlacePath] = []
    for size in range(len(words), 0, -1):
        for i in range(len(words) - size + 1):
            gram = " ".join(words[i : i + size])
            if gram in _PLACES:
                found.append(_PLACES[gram])
            elif gram in _COUNTRY_NAMES:
                found.append((_COUNTRY_NAMES[gram].lower(),))
    return max(found, key=len) if found else None


def _part(text: str) -> PlacePath | None:
    """Read one comma- or "in"-separated part of a place name."""
    words = [_DIRECTIONS.get(w, w) for w in _words(text) if w not in _DROP]
    core = [w for w in words if w not in _GENERIC]
    directions = [w for w in core if w in _DIRECTIONS.values()]
    names = [w for w in core if w not in _DIRECTIONS.values()]
    if not names:
        return None  # "the northwest province": a direction, no name
    path = _known(core) or _known(names)
    if path is None:
        return (" ".join(core),)
    if len(path) == 1 and directions:
        region = f"{directions[0]} {path[0]}"
        return _PLACES.get(region, (*path, region))
    return path


@lru_cache(maxsize=65_536)
def normalise_place(text: str | None) -> PlacePath | None:
    """
    Return the path of a place name as written, or ``None`` when the words
    name no particular place.

    >>> normalise_place("the northwestern region of Idlib")
    ('syria', 'northwest syria', 'idlib')
    >>> normalise_place("northwest Syria")
    ('syria', 'northwest syria')
    >>> normalise_place("in and around Tripoli")
    ('libya', 'tripoli')
    >>> normalise_place("Washer district, Helmand province")
    ('afghanistan', 'helmand', 'washer')
    >>> normalise_place("the northwest province") is None
    True
    """
    if text is None:
        return None
    parts = [p for p in (_part(piece) for piece in _SPLIT.split(text)) if p is not None]
    if not parts:
        return None
    known = [p for p in parts if p[0] in _KNOWN_ROOTS]
    if not known:
        return parts[0]
    best = max(known, key=len)
    # An unknown proper name written before the known place lies inside it.
    first = parts[0]
    if first is not best and len(first) == 1 and first[0] not in _KNOWN_ROOTS:
        return (*best, first[0])
    return best


_KNOWN_ROOTS = frozenset(
    {name.lower() for name in _COUNTRY_NAMES.values()} | {path[0] for path in _PLACES.values()}
)


def is_within(inner: PlacePath, outer: PlacePath) -> bool:
    """
    Whether ``inner`` is ``outer`` or lies inside it.

    >>> is_within(("libya", "tripoli"), ("libya",))
    True
    >>> is_within(("syria",), ("syria", "northwest syria"))
    False
    """
    return inner[: len(outer)] == outer


def is_unplaced(path: PlacePath) -> bool:
    """
    Whether a path is a name the gazetteer does not place ("Shah Joy"): one
    part that is no known country or region, so it may lie inside any place.

    >>> is_unplaced(("shah joy",)), is_unplaced(("syria",))
    (True, False)
    """
    return len(path) == 1 and path[0] not in _KNOWN_ROOTS
