"""
Who is counted and who claims it: subjects to (side, role), claimants to a
normal form, and outlets to a key.

Data (word tables) first, then one small function per rule.
The rules are documented in docs/aggregation.md; each function's docstring
states its rule.
"""

from __future__ import annotations

import re
from functools import lru_cache
from types import MappingProxyType
from typing import TYPE_CHECKING

import attrs

from conflictfigures import _lexicon as lx
from conflictfigures._places import country_of

if TYPE_CHECKING:
    from collections.abc import Iterable, Mapping

    from conflictfigures.models import Category, Source

__all__ = [
    "FOUGHT_ROLES",
    "ClaimantName",
    "normalise_claimant",
    "normalise_side",
    "normalise_subject",
    "outlet_key",
    "resolve_claimants",
]


def _split(text: str) -> list[str]:
    """Split a word table written as one string (tables read better that way)."""
    return text.split()


# ---------------------------------------------------------------------------
# Roles: the kind of group counted, whatever the words.
# ---------------------------------------------------------------------------

#: Multi-word group names, checked before single head nouns (longest first).
_ROLE_PHRASES: tuple[tuple[str, str], ...] = (
    ("security personnel", "military"),
    ("security forces", "military"),
    ("service members", "military"),
    ("service member", "military"),
    ("forces members", "military"),
    ("force members", "military"),
    ("armed forces", "military"),
    ("military personnel", "military"),
    ("police officers", "police"),
    ("police officer", "police"),
)

#: Head nouns (singular, lower case) to the role they count.
_ROLE_NOUNS: Mapping[str, str] = MappingProxyType(
    {
        **dict.fromkeys(
            _split(
                "soldier troop military serviceman servicewoman personnel force army martyr "
                "marine paratrooper commando conscript recruit cadet sailor pilot "
                "ranger gendarme guard peacekeeper airman crewman"
            ),
            "military",
        ),
        **dict.fromkeys(_split("police policeman policewoman"), "police"),
        **dict.fromkeys(
            _split(
                "civilian people citizen resident villager inhabitant child "
                "kid woman man boy girl baby infant refugee migrant family adult teenager youth "
                "worshipper passenger student pupil pilgrim shopper customer patron farmer "
                "fisherman tourist spectator fan commuter motorist pedestrian bystander "
                "mourner guest trader vendor herder"
            ),
            "civilians",
        ),
        **dict.fromkeys(
            _split(
                "insurgent militant fighter rebel jihadist terrorist gunman extremist suspect "
                "taliban militia militiaman combatant attacker bomber facilitator operative "
                "mercenary"
            ),
            "fighters",
        ),
        **dict.fromkeys(_split("journalist reporter"), "journalists"),
        **dict.fromkeys(_split("doctor medic nurse"), "medics"),
        **dict.fromkeys(_split("leader commander"), "leaders"),
    }
)

#: The roles of armed men, and the roles they fight (the roles above but those
#: of fighters and their leaders).
FIGHTER_ROLES = frozenset({"fighters", "leaders"})
FOUGHT_ROLES = frozenset(_ROLE_NOUNS.values()) - FIGHTER_ROLES

#: Words that name no group at all: the text counts "others" of a group said
#: elsewhere. A subject made only of these has no role (it is unknown).
_NO_ROLE = frozenset(
    _split(
        "other others another more them those these it one ones member members "
        "him her individual individuals person persons detainee detainees "
        # a police officer or an army one, said alone
        "officer officers "
        # what befell them says nothing of who they are ("the three fatalities")
        "fatality fatalities death deaths victim victims casualty casualties dead body bodies "
        "deceased wounded injured missing "
        "injury injuries reported confirmed documented recorded serious minor critical"
    )
)

#: British spellings folded to American ones in equipment names.
_SPELLING: Mapping[str, str] = MappingProxyType(
    {
        "armoured": "armored",
        "armour": "armor",
        "defence": "defense",
        "calibre": "caliber",
        "metre": "meter",
    }
)

_WORD = re.compile(r"[\w'\u2019-]+")
_NOT_HEAD_WORDS = frozenset(
    _split(
        "the a an its their his her our these those of some all another other "
        # number words, in case a number's words were kept in the subject
        "one two three four five six seven eight nine ten eleven twelve dozen"
    )
)


def singular_noun(word: str) -> str:
    """Return a plain English singular: "carriers" -> "carrier", "men" stays."""
    irregular = {"men": "man", "women": "woman", "children": "child", "people": "people"}
    if word in irregular:
        return irregular[word]
    if word.endswith("men") and len(word) > 4:
        return word[:-3] + "man"
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("ches", "shes", "sses", "xes")):
        return word[:-2]
    if word.endswith("s") and not word.endswith(("ss", "us", "is")) and len(word) > 3:
        return word[:-1]
    return word


def _fold_spelling(text: str) -> str:
    """Fold British spellings ("armoured", "defence") to American ones, any case."""
    return _SPELLING_RE.sub(lambda m: _match_case(m.group(0), _SPELLING[m.group(0).lower()]), text)


def _match_case(written: str, folded: str) -> str:
    return folded.capitalize() if written[:1].isupper() else folded


_SPELLING_RE = re.compile("|".join(_SPELLING), re.IGNORECASE)


def _tokens(text: str) -> list[str]:
    words = (w.strip("'\u2019").lower() for w in _WORD.findall(text))
    return [re.sub(r"['\u2019]s$", "", w) for w in words if w]


@lru_cache(maxsize=65_536)
def normalise_side(side: str | None) -> str | None:
    """
    Return a side's canonical name: a country for a country name or demonym
    ("Turkish", "turkey" -> "Turkey"), else the words as written with their
    case and spacing tidied; ``None`` stays ``None``.

    >>> normalise_side("turkish"), normalise_side("  Haftar's   forces ")
    ('Turkey', "Haftar's forces")
    """
    if side is None:
        return None
    tidy = " ".join(side.split())
    if not tidy:
        return None
    return country_of(tidy) or tidy


@lru_cache(maxsize=262_144)
def normalise_subject(
    category: Category, subject: str | None, side: str | None
) -> tuple[str | None, str | None]:
    """
    Return ``(side, role)`` for a counted group.

    Rules:

    - The side is the figure's own side, normalised; without one, the first
      demonym or country name in the subject ("Turkish soldiers" -> Turkey).
    - People: a multi-word group name ("security personnel") or the head noun
      (the last word that is in the role table) gives the role: soldiers,
      troops, military, service members, forces members -> ``military``;
      civilians, people, citizens, worshippers, passengers -> ``civilians``; insurgents, militants,
      fighters -> ``fighters``. A head noun not in the table is its own role
      (its singular). A subject of only "others", "more", ... has no role.
    - Equipment: the role is the subject without its demonym, with British
      spellings folded and the last word made singular, so "armoured personnel
      carriers" and "armored personnel carrier" are one role.

    >>> from conflictfigures.models import Category
    >>> normalise_subject(Category.KILLED, "Syrian forces members", None)
    ('Syria', 'military')
    >>> normalise_subject(Category.EQUIPMENT_DESTROYED, "armoured personnel carriers", None)
    (None, 'armored personnel carrier')
    >>> normalise_subject(Category.WOUNDED, "others", "Turkey")
    ('Turkey', None)
    """
    words = _tokens(_fold_spelling(subject)) if subject else []
    own_side = normalise_side(side)
    found_side: str | None = None
    rest: list[str] = []
    for word in words:
        country = country_of(word)
        if country is not None:
            found_side = found_side or country
        else:
            rest.append(word)
    the_side = own_side or found_side
    rest = [w for w in rest if w not in _NOT_HEAD_WORDS and not w.isdigit()]
    if not rest:
        return the_side, None
    if category.is_equipment:
        names = [*rest[:-1], singular_noun(rest[-1])]
        return the_side, " ".join(names)
    joined = " ".join(rest)
    for phrase, role in _ROLE_PHRASES:
        if phrase in joined:
            return the_side, role
    singulars = [singular_noun(w) for w in rest]
    for word in reversed(singulars):
        if word in _ROLE_NOUNS:
            return the_side, _ROLE_NOUNS[word]
    if all(w in _NO_ROLE for w in rest):
        return the_side, None
    return the_side, singulars[-1]


# ---------------------------------------------------------------------------
# Claimants
# ---------------------------------------------------------------------------

#: Words that make a claimant an organ of a state (with its country).
_STATE_WORDS = frozenset(
    _split(
        "ministry minister government officials official authorities authority army "
        "military president presidency spokesman spokeswoman spokesperson office "
        "command forces presidential cabinet state embassy governor police defense "
        "interior foreign communications director agency"
    )
)

#: Ways of naming a ministry, folded to one name.
_MINISTRIES: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"\b(ministry of (national )?defen[cs]e|defen[cs]e ministry|mod)\b"), "defense"),
    (re.compile(r"\b(ministry of foreign affairs|foreign ministry)\b"), "foreign"),
    (re.compile(r"\b(ministry of (the )?interior|interior ministry)\b"), "interior"),
    (re.compile(r"\b(ministry of health|health ministry)\b"), "health"),
)

#: Words that only say how a claimant is described: titles, articles.
_TITLES = frozenset(
    _split(
        "the a an mr mrs ms dr president prime minister general gen leader head chief "
        "spokesman spokeswoman spokesperson commander senior top"
    )
)

#: Words that mean "the government" when they stand alone with a country.
_GOVERNMENT = frozenset(_split("government officials official authorities authority state"))


@attrs.frozen
class ClaimantName:
    """
    A claimant in normal form.

    ``country`` is the state the claimant speaks for (``None``: not known or
    not a state organ); ``body`` names it within that country (``"defense
    ministry"``, ``"government"``) or is the person's surname or the
    organisation's words.
    ``state`` says whether it is an organ of a state; all organs of one
    state count as one independent claimant.
    """

    country: str | None
    body: str
    state: bool

    @property
    def label(self) -> str:
        """A readable name: ``"Turkey defense ministry"``, ``"Erdogan"``."""
        if self.country is None:
            return self.body
        return f"{self.country} {self.body}"

    @property
    def independent(self) -> str:
        """
        The key of the independent claimant: the country for a state organ
        whose country is known, else the label.
        """
        if self.state and self.country is not None:
            return f"state:{self.country}"
        return f"claimant:{self.label}"


@lru_cache(maxsize=65_536)
def normalise_claimant(text: str) -> ClaimantName:
    """
    Return the normal form of a claimant as written.

    Rules, in order:

    - lower case; "defence" is "defense"; possessive "'s" dropped;
    - a country name or demonym anywhere gives the country
      ("Turkey's defense ministry", "the Turkish Defence Ministry");
    - any of "ministry of defense", "defense ministry", "MoD" is the
      ``defense ministry`` (likewise foreign, interior, health);
    - a country alone, or with "government", "officials", "authorities", is
      the ``government``;
    - words of state ("ministry", "army", "president", "officials") make the
      claimant a state organ;
    - anything else is a person or an organisation: a capitalised name is
      keyed on its last word (the surname: "President Tayyip Erdogan" and
      "Recep Tayyip Erdogan" are both ``erdogan``).

    >>> normalise_claimant("the Turkish Defence Ministry").label
    'Turkey defense ministry'
    >>> normalise_claimant("Turkey's defense ministry").label
    'Turkey defense ministry'
    >>> normalise_claimant("Turkish officials").label
    'Turkey government'
    >>> normalise_claimant("Recep Tayyip Erdogan").label
    'Erdogan'
    """
    folded = _fold_spelling(text)
    words = _tokens(folded)
    country: str | None = None
    rest: list[str] = []
    for word in words:
        found = country_of(word)
        if found is not None and country is None:
            country = found
        elif found is None:
            rest.append(word)
    joined = " ".join(rest)
    for pattern, name in _MINISTRIES:
        if pattern.search(joined):
            return ClaimantName(country, f"{name} ministry", state=True)
    core = [w for w in rest if w not in _TITLES]
    titled = any(w in _STATE_WORDS or w in _TITLES - {"the", "a", "an"} for w in rest)
    if not core or all(w in _GOVERNMENT for w in core):
        if country is not None or core:
            return ClaimantName(country, "government", state=True)
        title = [w for w in rest if w not in {"the", "a", "an"}]
        return ClaimantName(country, " ".join(title) or "unknown", state=bool(title))
    proper = _proper_name(folded)
    if proper is not None:
        return ClaimantName(country, proper, state=titled)
    if any(w in _STATE_WORDS for w in core):
        return ClaimantName(country, " ".join(core), state=True)
    return ClaimantName(country, " ".join(core), state=False)


def _proper_name(text: str) -> str | None:
    """
    Return the last word of a person's or acronym's name as written, when the
    words after any title are all capitalised (particles such as "al-" or
    "bin" allowed): "Defense Minister Hulusi Akar" -> "Akar". Else ``None``.
    """
    raw = [w.strip("'\u2019") for w in _WORD.findall(text)]
    raw = [re.sub(r"['\u2019]s$", "", w) for w in raw if w]
    tail: list[str] = []
    for word in reversed(raw):
        low = word.lower()
        if low in _TITLES or low in _STATE_WORDS or country_of(word) is not None:
            break
        tail.append(word)
    tail.reverse()
    if not tail or len(tail) > 4:
        return None
    for word in tail:
        head = word.split("-", 1)[0].lower()
        if not word[:1].isupper() and head not in lx.NAME_PARTICLES:
            return None
    return tail[-1]


def resolve_claimants(names: Iterable[ClaimantName]) -> dict[ClaimantName, ClaimantName]:
    """
    Fill the country of a document's state claimants that do not name it.

    Rule: within one document, "the defense ministry" or "the ministry"
    without a country is the ministry of the one country the document's
    other state claimants speak for ("Turkey said ...; the defense ministry
    said ..."). When no country or several appear, the claimant stays as it
    is. Returns a mapping for every name given.

    >>> a = normalise_claimant("Turkey")
    >>> b = normalise_claimant("the defense ministry")
    >>> resolve_claimants([a, b])[b].label
    'Turkey defense ministry'
    """
    names = set(names)
    countries = {n.country for n in names if n.state and n.country is not None}
    resolved: dict[ClaimantName, ClaimantName] = {}
    ministries = sorted({n.body for n in names if n.state and n.body.endswith(" ministry")})
    for name in names:
        if name.state and name.country is None and len(countries) == 1:
            (country,) = countries
            body = name.body
            if body == "ministry" and len(ministries) == 1:
                body = ministries[0]
            resolved[name] = ClaimantName(country, body, state=True)
        else:
            resolved[name] = name
    return resolved


def outlet_key(source: Source) -> str:
    """
    Return the name an outlet is counted under: its name; without one, the
    document id or URL (``"doc:004"``), so that two unnamed outlets are not
    counted as one; ``"unknown outlet"`` when nothing identifies it.

    >>> from conflictfigures.models import Source
    >>> outlet_key(Source(outlet="Haaretz")), outlet_key(Source(doc_id="004"))
    ('Haaretz', 'doc:004')
    """
    if source.outlet:
        return source.outlet
    if source.doc_id:
        return f"doc:{source.doc_id}"
    if source.url:
        return f"url:{source.url}"
    return "unknown outlet"
