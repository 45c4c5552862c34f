"""
Well-known sources of conflict figures, their aliases, and who is independent
of whom.

Corroboration counts independent sources, so a claimant written three ways
("the Syrian Observatory for Human Rights", "SOHR", "the Britain-based war
monitor") must be one source, and two organs of one side (a state's news
agency and its ministry) must be one independent source.
:data:`SOURCES` is a small table of sources that news reports cite again and
again: monitors, civil defence and rescue groups, UN agencies, health
ministries and armed groups' media.
:func:`resolve` reads a claimant as written, optionally with the claimants
named earlier in the same document, so that "the monitor" is the monitor the
document already named.

>>> resolve("the Syrian civil defence").name
'Syria Civil Defence'
>>> resolve("the White Helmets").group
'source:Syria Civil Defence'
>>> resolve("the monitor", earlier=["the Syrian Observatory for Human Rights"]).name
'Syrian Observatory for Human Rights'
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

import attrs

from conflictfigures._places import country_of

if TYPE_CHECKING:
    from collections.abc import Iterable

__all__ = [
    "SOURCES",
    "KnownSource",
    "ResolvedSource",
    "by_role",
    "organisation_name",
    "resolve",
]


@attrs.frozen(kw_only=True)
class KnownSource:
    """
    One well-known source.

    Attributes:
        name: its canonical name.
        group: its independence group: ``"state:<country>"`` for an organ or
            outlet of a state (the same key the claimant rules give a
            ministry), else ``"source:<name>"`` of the body it speaks for.
        aliases: names that identify it anywhere in a claimant (lower case,
            words separated by single spaces).
        roles: the nouns a later mention may use for it alone ("the
            monitor", "the rescue group", "the agency").
    """

    name: str
    group: str
    aliases: tuple[str, ...]
    roles: tuple[str, ...] = ()


def _source(name: str, group: str, aliases: str, roles: str = "") -> KnownSource:
    return KnownSource(
        name=name,
        group=group,
        aliases=tuple(a.strip() for a in aliases.split(";") if a.strip()),
        roles=tuple(r.strip() for r in roles.split(";") if r.strip()),
    )


_UN = "source:United Nations"

#: The table: canonical name, independence group, aliases, roles.
#: UN agencies share one group: they publish through OCHA's clusters and one
#: agency's figure is usually another's.
#: A state's news agency is an organ of that state.
SOURCES: tuple[KnownSource, ...] = (
    # Monitors and documentation groups.
    _source(
        "Syrian Observatory for Human Rights",
        "source:Syrian Observatory for Human Rights",
        "syrian observatory for human rights; syrian observatory; sohr",
        "monitor; war monitor; observatory; monitoring group; rights group",
    ),
    _source(
        "Syrian Network for Human Rights",
        "source:Syrian Network for Human Rights",
        "syrian network for human rights; snhr",
        "network; rights group; monitor",
    ),
    _source(
        "Violations Documentation Center",
        "source:Violations Documentation Center",
        "violations documentation center; violations documentation centre",
        "monitor; center; centre",
    ),
    _source("Airwars", "source:Airwars", "airwars", "monitor; monitoring group"),
    _source("ACLED", "source:ACLED", "acled; armed conflict location and event data", "monitor"),
    _source("Iraq Body Count", "source:Iraq Body Count", "iraq body count", "monitor; project"),
    # Civil defence, rescue and medical groups.
    _source(
        "Syria Civil Defence",
        "source:Syria Civil Defence",
        "white helmets; syrian civil defence; syrian civil defense; syria civil defence; "
        "syria civil defense",
        "civil defence; civil defense; rescue group; rescuers; rescue service",
    ),
    _source(
        "Palestine Red Crescent Society",
        "source:Palestine Red Crescent Society",
        "palestine red crescent; palestinian red crescent",
        "red crescent; rescue service; aid group",
    ),
    _source(
        "International Committee of the Red Cross",
        "source:International Committee of the Red Cross",
        "international committee of the red cross; icrc",
        "red cross; committee; aid group",
    ),
    _source(
        "Medecins Sans Frontieres",
        "source:Medecins Sans Frontieres",
        "medecins sans frontieres; médecins sans frontières; doctors without borders; msf",
        "medical charity; aid group; charity",
    ),
    # UN agencies and missions.
    _source(
        "OCHA",
        _UN,
        "ocha; un office for the coordination of humanitarian affairs; "
        "office for the coordination of humanitarian affairs; un humanitarian office",
        "agency; un agency; office",
    ),
    _source("UNHCR", _UN, "unhcr; un refugee agency; un high commissioner for refugees", "agency"),
    _source(
        "IOM", _UN, "iom; international organization for migration; un migration agency", "agency"
    ),
    _source("WHO", _UN, "world health organization; un health agency", "agency"),
    _source("UNICEF", _UN, "unicef; un children's agency; un childrens agency", "agency"),
    _source("UNRWA", _UN, "unrwa; un relief and works agency", "agency"),
    _source(
        "OHCHR",
        _UN,
        "ohchr; un human rights office; un rights office; un human rights monitoring mission; "
        "hrmmu",
        "office; mission",
    ),
    _source("UNAMA", _UN, "unama; un assistance mission in afghanistan", "mission"),
    _source("United Nations", _UN, "united nations; un", "organisation; organization"),
    # Health ministries run by an armed group, and states' news agencies.
    _source(
        "Gaza Health Ministry",
        "source:Hamas",
        "gaza health ministry; health ministry in gaza; gaza ministry of health; "
        "hamas-run health ministry; hamas run health ministry",
        "ministry; health ministry",
    ),
    _source("SANA", "state:Syria", "sana; syrian arab news agency", "agency; news agency"),
    _source("IRNA", "state:Iran", "irna; islamic republic news agency", "agency; news agency"),
    _source("TASS", "state:Russia", "tass", "agency; news agency"),
    _source("Anadolu", "state:Turkey", "anadolu; anadolu agency", "agency; news agency"),
    # Armed groups' media.
    _source("Amaq", "source:Islamic State", "amaq; amaq news agency", "agency; news agency"),
    _source(
        "Taliban",
        "source:Taliban",
        "taliban; zabihullah mujahid; voice of jihad",
        "group; insurgents; spokesman",
    ),
    _source("Hezbollah", "source:Hezbollah", "hezbollah; al-manar; al manar", "group"),
    _source(
        "Houthis", "source:Houthis", "houthis; houthi; ansar allah; al-masirah; al masirah", "group"
    ),
)

_FOLD = re.compile(r"[^\w'\u2019]+")
_POSSESSIVE = re.compile(r"['\u2019]s\b")


def _fold(text: str) -> str:
    """Lower case, possessives and punctuation dropped, hyphens read as spaces."""
    text = _POSSESSIVE.sub("", text.casefold()).replace("-", " ")
    return " ".join(w.strip("'\u2019") for w in _FOLD.split(text) if w.strip("'\u2019"))


_BY_ALIAS: dict[str, KnownSource] = {
    _fold(alias): source for source in SOURCES for alias in source.aliases
}
#: One alternation of every alias, longest first, whole words only.
_ALIAS_RE = re.compile(
    r"\b(?:"
    + "|".join(re.escape(a) for a in sorted(_BY_ALIAS, key=lambda a: (-len(a), a)))
    + r")\b"
)
_ROLE_WORDS = frozenset(word for s in SOURCES for r in s.roles for word in r.split())
_ROLE_DETERMINERS = frozenset({"the", "a", "an", "this", "that"})


@attrs.frozen(kw_only=True)
class ResolvedSource:
    """
    A claimant read as a source: its canonical ``name`` and its independence
    ``group`` (sources in one group are not independent of each other).
    """

    name: str
    group: str


@lru_cache(maxsize=65_536)
def _known(text: str) -> KnownSource | None:
    found = _ALIAS_RE.search(_fold(text))
    return None if found is None else _BY_ALIAS[found.group(0)]


def _role_of(folded: str) -> str | None:
    """
    The role noun of a bare mention ("the monitor", "the Britain based war
    monitor", "the UN agency"): the longest role phrase it ends with.
    """
    words = folded.split()
    if not words or words[0] not in _ROLE_DETERMINERS or words[-1] not in _ROLE_WORDS:
        return None
    for n in range(min(3, len(words) - 1), 0, -1):
        phrase = " ".join(words[-n:])
        if any(phrase in s.roles for s in SOURCES):
            return phrase
    return None


@lru_cache(maxsize=65_536)
def by_role(claimant: str) -> bool:
    """
    Whether a claimant names a source only by its role ("the monitor"), so
    that only the document can say which source it is.

    >>> by_role("the war monitor"), by_role("SOHR")
    (True, False)
    """
    return _known(claimant) is None and _role_of(_fold(claimant)) is not None


def resolve(claimant: str, *, earlier: Iterable[str] = ()) -> ResolvedSource | None:
    """
    Read a claimant as a known source, or ``None`` when it is not one.

    Rules, in order:

    1. A claimant that contains an alias of a source in :data:`SOURCES` is
       that source ("the Britain-based Syrian Observatory for Human Rights").
    2. A bare mention by role ("the monitor", "the war monitor", "the rescue
       group", "the agency") is the latest source named in ``earlier`` (the
       claimants named before it in the same document) that has that role.
    3. A plural organisation name ("the White Knights") is an organisation,
       never a surname: it resolves to itself (see :func:`organisation_name`).

    Args:
        claimant: the claimant as written.
        earlier: the claimants named before it in the same document, in order.

    Raises:
        TypeError: ``claimant`` is not a string.

    >>> resolve("SOHR").group
    'source:Syrian Observatory for Human Rights'
    >>> resolve("Turkey's defense ministry") is None
    True
    """
    if not isinstance(claimant, str):
        msg = f"'claimant' must be a str, got {type(claimant).__name__}"
        raise TypeError(msg)
    known = _known(claimant)
    if known is not None:
        return ResolvedSource(name=known.name, group=known.group)
    role = _role_of(_fold(claimant))
    if role is not None:
        for before in reversed(list(earlier)):
            source = _known(before)
            if source is not None and role in source.roles:
                return ResolvedSource(name=source.name, group=source.group)
    organisation = organisation_name(claimant)
    if organisation is not None:
        return ResolvedSource(name=organisation, group=f"source:{organisation}")
    return None


_CAPITALISED = re.compile(r"[A-Z][\w'\u2019-]*")


def organisation_name(claimant: str) -> str | None:
    """
    The name of an organisation written as "the" and capitalised words ending
    in a plural ("the White Helmets", "the Popular Mobilization Forces"), or
    ``None``: such a name is a body, not a person with a surname.

    >>> organisation_name("the White Knights"), organisation_name("Hulusi Akar")
    ('White Knights', None)
    """
    words = claimant.split()
    if len(words) < 2 or words[0].casefold() != "the":
        return None
    name = words[1:]
    if not all(_CAPITALISED.fullmatch(w) and country_of(w) is None for w in name):
        return None
    last = name[-1]
    if not last.endswith("s") or last.endswith(("'s", "\u2019s", "ss")):
        return None
    return " ".join(name)
