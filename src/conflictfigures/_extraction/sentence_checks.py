"""
Small tests the sentence loop of :mod:`.linking` asks about the figures it
has read: whether a count "of them" is a part of the figure before, whether
"shot" was told alone, where reading goes on after a figure, whether a dash
closes an aside, and how an attacker's death by his own hand is told.
Moved from :mod:`.linking` in session 43 (it passed 850 lines).
"""

from __future__ import annotations

import itertools
from typing import TYPE_CHECKING

from conflictfigures import _lexicon as lx
from conflictfigures._extraction.text import GLUED
from conflictfigures.models import Category, Qualifier

if TYPE_CHECKING:
    from conflictfigures._extraction.numbers import NumberReading
    from conflictfigures._extraction.reading import Reading
    from conflictfigures._extraction.text import Token

__all__ = [
    "CARE_SHARE_WORDS",
    "care_share",
    "dashed_aside",
    "killed_after_attack",
    "killing_said_once",
    "one_by_one",
    "read_on_from",
    "refugees_still",
    "same_fate_of_them",
    "shot_alone",
]


#: Words of care or condition that tell how some of the hurt fare.
CARE_SHARE_WORDS = frozenset(
    {"hospital", "hospitals", "hospitalized", "hospitalised", "treatment", "treated"}
    | {"condition", "clinic", "clinics", "icu", "airlifted"}
)
#: Words between a figure of the hurt and a share of them in care.
_SHARE_JOINS = frozenset({",", "and", ";", "while", "with", "of", "whom"})


def care_share(lows: list[str], prev: Reading, r: Reading) -> bool:
    """
    ``HURT_FIGURE ("," | "and" | ";")+ NUMBER VERB_OF_CARE``: whether a bare
    count of the hurt in care, right after a figure of the hurt and no more
    than it counts, is a part of it ("Five people were hurt and three were
    taken to hospital": 5, of whom 3; "Twelve people were injured; four
    needed hospital treatment").
    """
    return (
        prev.category is Category.WOUNDED
        and r.category is Category.WOUNDED
        and r.np[0] == r.np[1]  # (a bare count: "two others were taken" are more)
        and not prev.parts
        and r.number.stated is not None
        and prev.number.stated is not None
        and r.number.stated < prev.number.stated
        and 0 < r.first - prev.last <= 2
        and all(low in _SHARE_JOINS for low in lows[prev.last : r.first])
        and not CARE_SHARE_WORDS.isdisjoint(lows[r.first : r.last])
    )


def refugees_still(lows: list[str], readings: list[Reading]) -> None:
    """
    Make refugees of a count of "them" that a verb of shelter or arrival
    reads displaced right after a count of refugees: refugees who reach a
    camp abroad stay refugees ("Nearly 4,000 Syrian Kurds have crossed into
    the Kurdistan Region ..., about 1,700 of them children who arrived with
    their families at the Bardarash camp").
    """
    for prev, r in itertools.pairwise(readings):
        k = r.number.last
        if (
            prev.category is Category.REFUGEES
            and r.category is Category.DISPLACED
            and lows[k : k + 1] == ["of"]
            and lows[k + 1 : k + 2] in (["them"], ["whom"])
            and r.number.stated is not None
            and prev.number.stated is not None
            and r.number.stated <= prev.number.stated
            # (a verb of shelter or arrival in its words: not "left 12,000
            # of them homeless", "have displaced 20,000 of them", anew)
            and not lx.REFUGE_STAY_WORDS.isdisjoint(lows[r.first : r.last])
        ):
            r.category = Category.REFUGEES


def same_fate_of_them(lows: list[str], prev: Reading, r: Reading) -> bool:
    """
    ``FIGURE ... NUMBER ("of" ("them" | "whom")) VERB``: whether a count of
    "them" in the category of the figure right before it, no more than it
    counts, is a part of that figure, not more people ("88 people were
    injured, and 43 of them were still in hospital": 88, of whom 43); a fate
    of another category stays apart ("and five of them died": the tally's
    rule 5).
    """
    k = r.number.last
    return (
        k + 1 < len(lows)
        and lows[k] == "of"
        and lows[k + 1] in ("them", "whom")
        and r.category is prev.category
        and r.number.stated is not None
        and prev.number.stated is not None
        and r.number.stated <= prev.number.stated
        and not r.parts
    )


def shot_alone(lows: list[str], r: Reading, readings: list[Reading]) -> bool:
    """
    Whether a figure is the wounded of "shot" told alone ("Two men were
    shot"), not a count of the shot whose dead the next figure tells as a
    share of them ("At least 100 people were shot, 18 of them fatally").
    """
    return (
        r.category is Category.WOUNDED
        and lows[r.last - 1] == "shot"
        and not r.parts
        and lows[r.first : r.last].count("shot") == 1
        and not any(
            x.category is Category.KILLED
            and r.last <= x.first <= r.last + 1
            and lows[x.number.last : x.number.last + 1] == ["of"]
            and lows[x.number.last + 1 : x.number.last + 2] in (["them"], ["whom"])
            for x in readings
        )
    )


def read_on_from(lows: list[str], r: Reading) -> int:
    """
    Where reading goes on after figure ``r``: after its words, or inside the
    relative clause between one person and the verb ("A man who killed his
    parents was arrested": the parents are read too), or inside the deed he
    is suspected of ("A man suspected of stabbing three people was shot").
    """
    k = r.np[1]
    if r.active or not r.first < k < r.last:
        return r.last
    if (
        r.number.stated == 1
        and lows[k] in ("who", "whom")
        # a harm he did ("who killed his parents"), not who he is ("who is
        # also a preacher")
        and any(low in lx.ACTIVE_TRIGGERS for low in lows[k + 1 : k + 4])
    ):
        return k + 1
    if (
        lows[k] in lx.SUSPECT_PARTICIPLES
        and k + 1 < len(lows)
        and lows[k + 1] in lx.SUSPECT_PREPS
        and any(low in lx.ACTIVE_TRIGGERS for low in lows[k + 2 : k + 4])
    ):
        return k + 2
    return r.last


#: How many tokens a dashed aside may hold.
_DASHED_ASIDE = 16


def dashed_aside(tokens: list[Token], k: int) -> bool:
    """
    Whether the words from ``k`` close with a dash (or end the sentence)
    before any verb: an aside ("eight dead — six men and two women — and
    three injured"), not a clause of its own ("Two soldiers were killed — 5
    civilians were wounded").
    """
    n = len(tokens)
    reported = False
    for m in range(k, min(n, k + _DASHED_ASIDE)):
        t = tokens[m]
        if t.text in lx.DASHES and t.gap != GLUED:
            return True
        if t.low in lx.AUXILIARIES or t.low in lx.PASSIVE_TRIGGERS or t.low in lx.ACTIVE_TRIGGERS:
            return False
        reported = reported or t.low in lx.REPORTING_VERBS
    # (or the sentence's end, the aside never closed: "killing six people -
    # three students, a footballer and a driver."; not past a source's
    # verb, "- 2 soldiers, a Syrian told AFP.")
    return (
        not reported and n - k <= _DASHED_ASIDE and (n - 1 <= k or tokens[n - 1].text in (".", "!"))
    )


def next_in_aside(tokens: list[Token], whole: Reading, num: NumberReading) -> bool:
    """
    Whether a number right after a comma that closes the last part of
    ``whole`` goes on a list of parts its aside opened with a dash or a
    bracket ("Twenty-nine people were killed - six men, 14 women and nine
    children -", "left 29 dead (six men, 14 women and nine children)"): a
    further part, as the first was, while the aside is still open (its close
    before any verb, as :func:`dashed_aside` reads it, or the bracket's).
    """
    parts = whole.parts
    if not parts or parts[-1].last != num.first - 1 or tokens[num.first - 1].text != ",":
        return False
    opened = parts[0].number.first - 1
    if opened < 0:
        return False
    opener = tokens[opened].text
    if opener == "(":
        return any(t.text == ")" for t in tokens[num.first : num.first + _DASHED_ASIDE])
    return opener in lx.DASHES and tokens[opened].gap != GLUED and dashed_aside(tokens, num.first)


def killing_said_once(lows: list[str], i: int, readings: list[Reading]) -> bool:
    """
    Whether "then himself" at ``i`` takes the killing verb of the figure just
    before it ("killed his three children and then himself"): "and" before it
    and a killing of the attacker's own read.
    """
    return (
        i > 0
        and lows[i - 1] == "and"
        and bool(readings)
        and readings[-1].active
        and readings[-1].category is Category.KILLED
    )


def one_by_one(r: Reading) -> bool:
    """Whether a figure's parts name its people one by one, all of them."""
    parts = r.parts or []
    return (
        len(parts) > 1
        and all(p.number.stated == 1 and p.number.qualifier is Qualifier.EXACT for p in parts)
        and r.number.stated == len(parts)
    )


def killed_after_attack(lows: list[str], i: int, readings: list[Reading]) -> bool:
    """
    Whether "being killed" at ``i`` is the attacker's death after the harm he
    did: "before" right before it and a figure of his active verb read
    ("shot and killed two co-workers before being shot dead by a guard").
    """
    return (
        i > 0
        and lows[i - 1] == "before"
        and any(r.active and r.category in lx.HARM_CATEGORIES for r in readings)
    )


#: Adverbs between a group and its participle that tell a past record, not
#: the story's event ("The attacker had previously been arrested for assault").
_RECORD_WORDS = frozenset({"previously", "formerly"})


def record_before(lows: list[str], r: Reading) -> bool:
    """
    Whether a passive reading of people held tells a past record of theirs
    (an adverb of :data:`_RECORD_WORDS` between its group and its
    participle: "The gunman had previously been jailed for robbery"): no
    figure of the story. Of the dead and hurt it is an earlier incident, a
    figure still ("Five people were previously killed in the town").
    """
    return (
        r.category is Category.DETAINED
        and not r.active
        and not _RECORD_WORDS.isdisjoint(lows[r.np[1] : r.last])
    )
