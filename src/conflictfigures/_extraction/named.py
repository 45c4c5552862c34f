"""
People counted by their names: a list of named people after a state that
opens the sentence ("Killed were Jose Martinez, 45, and his nephew Luis,
19", "Dead: Rosa Alvarez, 52; her son Luis, 30; ..."), after "identified
as" with a state ("Police identified the people killed as Jamal Price, 27;
Devon Walker, 24; and Kiara Lewis, 20"), or set off by semicolons before
its passive verb ("Andre Coleman, 18; Jamal Pierce, 17; and Marco Diaz,
19, were killed") is one figure of as many people as it names.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from conflictfigures import _lexicon as lx
from conflictfigures._extraction.numbers import NumberReading
from conflictfigures._extraction.persons import is_name
from conflictfigures._extraction.reading import Reading
from conflictfigures._extraction.text import GLUED
from conflictfigures._extraction.verbs import verb_follows
from conflictfigures.models import Category, Qualifier

if TYPE_CHECKING:
    from conflictfigures._extraction.text import Token

__all__ = ["may_name", "named_list"]


def may_name(lows: list[str]) -> bool:
    """Whether a sentence (its words, lower-case) may hold a list of named people."""
    return (
        (len(lows) > 2 and lows[0] in _STATES)
        or "identified" in lows
        or ("the" in lows and not _NAMED_GROUPS.keys().isdisjoint(lows))
        or ";" in lows  # ("Andre Coleman, 18; Jamal Pierce, 17; and ... were killed")
    )


#: The most people one list may name.
_MOST_NAMES = 20
#: How many words a name may take ("Kiara Lewis", "Mary Ann de Souza").
_NAME_WORDS = 4
#: How many lower-case words may stand before a name ("his nephew Luis").
_BEFORE_NAME = 4
#: How far before "as" the state of "identified ... as" may stand.
_IDENTIFIED_REACH = 16
#: The states a list of names may be of.
_STATES = {
    "killed": Category.KILLED,
    "dead": Category.KILLED,
    "slain": Category.KILLED,
    "wounded": Category.WOUNDED,
    "injured": Category.WOUNDED,
}
#: The groups named as a whole before their names ("the dead were ...",
#: "the victims have been identified as ..."), by category: the victims of
#: a story are its dead, as the police who name them mean it.
_NAMED_GROUPS = {**_STATES, "deceased": Category.KILLED, "victims": Category.KILLED}
#: How many words a description after a member's age may take in a list set
#: off by semicolons ("Patrick Quinn, 48, a bread server; ...").
_DESCRIPTION_WORDS = 6


def _an_age(tok: Token) -> bool:
    text = tok.text
    return len(text) <= 3 and text.isdecimal() and text.isascii() and 0 < int(text) <= 120


def _in_name(tok: Token) -> bool:
    """Whether a word may be part of a person's name here: no state, no acronym."""
    return is_name(tok) and tok.low not in lx.PASSIVE_TRIGGERS and not tok.text.isupper()


def _names(tokens: list[Token], k: int) -> tuple[int, int]:
    """
    ``MEMBER (("," | ";") "and"? MEMBER | "and" MEMBER)*`` with ``MEMBER =
    (POSSESSIVE? WORD{0,2})? NAME ("," AGE)?`` from ``k``: how many people it
    names and where it ends (0 when it is no list of names).
    """
    n, count, j = len(tokens), 0, k
    while j < n and count < _MOST_NAMES:
        m = j
        words = 0
        while (
            m < n
            and words < _BEFORE_NAME
            and (
                (tokens[m].is_word and not tokens[m].is_capitalized)
                or (tokens[m].text in lx.DASHES and tokens[m].gap == GLUED and m > j)
            )
        ):
            words += tokens[m].is_word
            m += 1  # "his nephew", "his brother-in-law"
        if m > j and m + 1 < n and tokens[m].text == "," and _in_name(tokens[m + 1]):
            m += 1  # "his brother-in-law, Gerard McAleese"
        start = m
        while m < n and m < start + _NAME_WORDS and _in_name(tokens[m]):
            m += 1
        if m == start:
            return (count, j) if count else (0, k)
        count += 1
        if m + 1 < n and tokens[m].text == "," and _an_age(tokens[m + 1]):
            m += 2  # "Jamal Price, 27"
            if m < n and tokens[m].text == ",":
                # a description before the semicolon that ends the member:
                # "Patrick Quinn, 48, a bread server; his brother-in-law, ..."
                shut = next(
                    (
                        e
                        for e in range(m + 1, min(n, m + 2 + _DESCRIPTION_WORDS))
                        # (no verb: "Marco Diaz, 19, were wounded; Coleman
                        # later died" ends the list at "were")
                        if not (
                            tokens[e].is_word
                            and not tokens[e].is_capitalized
                            and tokens[e].low not in lx.AUXILIARIES
                        )
                    ),
                    n,
                )
                if shut < n and tokens[shut].text == ";":
                    m = shut
        if m < n and tokens[m].text in (",", ";"):
            m += 1
        if m < n and tokens[m].low == "and":
            m += 1
        if m == j or (tokens[m - 1].is_word and tokens[m - 1].low != "and"):
            return count, m  # no joiner after the member: the list ends
        j = m
    return count, j


def _opening_state(tokens: list[Token], lows: list[str]) -> tuple[Category, int] | None:
    """
    ``STATE BE`` opening the sentence ("Killed were", "Dead are"), ``"the"
    GROUP BE ("identified" | "named")? "as"?`` inside it ("the dead were",
    "the victims were identified as"), or ``... "identified" ... GROUP ...
    "as"`` ("identified the people killed in Saturday's shooting as"): the
    group's category and where the names start (``lows``: the tokens'
    lower-case forms, which the scans read).
    """
    n = len(lows)
    if n > 2 and lows[0] in _STATES and lows[1] in ("were", "was", "are", "is", ":"):
        return _STATES[lows[0]], 2  # (a label too: "Dead: Rosa Alvarez, 52; her son ...")
    for i in range(n - 3):
        if lows[i] != "the" or lows[i + 1] not in _NAMED_GROUPS:
            continue
        if i > 0 and lows[i - 1] in ("among", "of"):
            continue  # some of the group: "Among the dead were Amina (16) and ..."
        j = i + 2
        while j < n and j < i + 6 and lows[j] in _BEFORE_NAMES:
            j += 1
        if lows[j - 1] == "as" and lows[j - 2] not in ("identified", "named"):
            continue  # ("as" only after a verb of naming: not "the dead were as many as")
        if j > i + 2 and lows[i + 2] in _BE_OR_HAVE and j < n and _in_name(tokens[j]):
            return _NAMED_GROUPS[lows[i + 1]], j
    for i, low in enumerate(lows):
        if low != "identified":
            continue
        for j in range(i + 1, min(n, i + _IDENTIFIED_REACH)):
            if lows[j] == "as":
                state = next(
                    (
                        _NAMED_GROUPS[w]
                        for w in lows[max(0, i - _IDENTIFIED_REACH) : j]
                        if w in _NAMED_GROUPS
                    ),
                    None,
                )
                return (state, j + 1) if state is not None else None
    return None


#: The words between a group named as a whole and its names.
_BEFORE_NAMES = frozenset({"were", "are", "have", "had", "been", "identified", "named", "as"})
#: The verbs such a group's names follow.
_BE_OR_HAVE = frozenset({"were", "are", "have", "had"})


def named_list(tokens: list[Token], lows: list[str], *, other_figures: bool) -> Reading | None:
    """
    The figure of a list of named people after a state (see the module), else
    ``None``; after "identified as" only in a sentence with no other figure
    (``other_figures``).
    """
    opening = _opening_state(tokens, lows)
    if opening is None:
        return _names_before_verb(tokens, lows) if ";" in lows else None
    category, k = opening
    if k != 2 and other_figures:
        return None  # "left two wounded, identified as ...": the names are of that count
    count, end = _names(tokens, k)
    if count < 1 or not (
        end >= len(tokens)
        or not tokens[end].is_word
        or tokens[end].low in lx.PREPOSITIONS
        # (a relative clause of the last member: "and James Hanna, 61, who had been")
        or (tokens[end].low in lx.RELATIVE_PRONOUNS and tokens[end - 1].text == ",")
    ):
        return None
    r = Reading(NumberReading(k, end, count, Qualifier.EXACT), category)
    r.first, r.last = 0 if k == 2 else k, end
    return r


def _names_before_verb(tokens: list[Token], lows: list[str]) -> Reading | None:
    """
    Named people set off by semicolons opening the sentence, then their
    passive verb of harm: ``MEMBER (";" "and"? MEMBER)+ "," AUXILIARY+
    TRIGGER`` ("Andre Coleman, 18; Jamal Pierce, 17; and Marco Diaz, 19,
    were killed"): one figure of as many people, of the trigger's
    category; else ``None`` (a list set off by commas is read by the
    linking rules).
    """
    count, end = _names(tokens, 0)
    if count < 2 or ";" not in lows[:end] or not verb_follows(tokens, end):
        return None
    m = end
    while m < len(lows) and lows[m] in lx.AUXILIARIES and lows[m] not in lx.PASSIVE_TRIGGERS:
        m += 1
    trig = lx.PASSIVE_TRIGGERS.get(lows[m]) if m < len(lows) else None
    if trig is None or trig[0] is None:
        return None
    r = Reading(NumberReading(0, end, count, Qualifier.EXACT), trig[0])
    r.last = m + 1
    return r
