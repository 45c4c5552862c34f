"""
The article screen: whether "the" or "a" before a group surely counts no one
("the operation", "a combined Afghan and coalition force"), decided from the
words' kinds without chunking the group, so that most articles are dropped
before :func:`.chunks.read_np` (it mirrors that function's stopping rules;
``tests/test_extract_screens.py`` holds the two together).
"""

from __future__ import annotations

from conflictfigures import _lexicon as lx
from conflictfigures._extraction.chunks import NP_ENDERS
from conflictfigures._extraction.heads import noun_class, plural_only
from conflictfigures._extraction.objects import people_trigger_before
from conflictfigures._extraction.text import GLUED, Token, TokenFlags
from conflictfigures._extraction.triggers import ACTIVE_BY_LAST, is_adverb

#: Number words: each starts a figure of its own.
_NUMBER_WORDS = frozenset(lx.UNITS) | frozenset(lx.TENS)


#: What the article screen (:func:`counts_no_one`) makes of a token: a word
#: that may go on a group, one that may head a group counted as one, one
#: that surely ends a group after its first word, a passive trigger (which
#: ends it unless a determiner stands before: "the kidnapped officers"),
#: another word that may not start a group, a dash, a full stop, a bracket
#: or other mark that ``read_np`` may step over, any other mark.
_PLAIN, _HEAD, _STOP, _PASSIVE, _NOT_FIRST, _DASH, _STOP_MARK, _UNSURE, _MARK = range(9)


class _ScreenKinds(dict[Token, int]):
    """The screen's kind of each token, by token (tokens are shared)."""

    def __missing__(self, tok: Token) -> int:
        if len(self) >= _KINDS_HELD:
            self.clear()
        low = tok.low
        kind: int
        if not tok.is_word:
            kind = (
                _DASH
                if tok.text in lx.DASHES
                else _STOP_MARK
                if tok.text == "."
                else _UNSURE
                if tok.text == "("
                else _MARK
            )
        elif low in _SURE_STOPS:
            kind = _STOP
        elif (
            noun_class(low) in ("people", "equipment", "agent", "self")
            and not plural_only(low)
            and low not in lx.COLLECTIVE_NOUNS
        ) or low == "head":  # ("a village head": a person, see candidates.make_candidate)
            kind = _HEAD
        elif low in lx.EQUIPMENT_MODELS and tok.is_capitalized:
            kind = _HEAD  # "the Bradley": a weapon system (see heads.head_word)
        elif low in lx.PASSIVE_TRIGGERS:
            kind = _PASSIVE
        elif low in _UNSURE_FIRST:
            kind = _NOT_FIRST
        else:
            kind = _PLAIN
        self[tok] = kind
        return kind


_KINDS_HELD = 200_000
_KINDS = _ScreenKinds()
#: Words that, right after an article, may start no group (or a group read
#: another way: "of", "the injured", "the other", "the third", "its more"
#: for a group left out after equipment): the screen leaves them to ``read_np``.
_UNSURE_FIRST = (
    NP_ENDERS | lx.DETERMINERS | _NUMBER_WORDS | {"other", "more"} | lx.COUNTING_ORDINALS
)
#: Words that end a group after its first word, whatever surrounds them.
_SURE_STOPS = lx.NP_STOP | frozenset(lx.AUXILIARIES) | lx.SUFFER_VERBS
#: Words that may end an active trigger before an article ("killed the ...").
_TRIGGER_ENDS = frozenset(ACTIVE_BY_LAST) | frozenset(lx.ACTIVE_TRIGGERS)
#: How far back a list member's article looks for a verb that befalls only
#: people (see :func:`.candidates.make_candidate`).
_OBJECT_REACH = 6
#: Whether a word holds the stem of a verb that befalls only people, by token.
_PEOPLE_ONLY = TokenFlags(lambda tok: tok.low.startswith(lx.PEOPLE_ONLY_STEMS))
#: How many tokens the screen reads before it gives up.
_SCREEN_REACH = 16


def people_harm_after(tokens: list[Token], m: int) -> bool:
    """
    Whether an auxiliary at ``m`` opens a verb of harm only people suffer
    ("was killed", "were wounded"; not "was destroyed").
    """
    if tokens[m].low not in lx.BE_FORMS and tokens[m].low not in lx.PERFECT_AUXILIARIES:
        return False
    for j in range(m + 1, min(len(tokens), m + 3)):
        trig = lx.PASSIVE_TRIGGERS.get(tokens[j].low)
        if trig is not None:
            return trig[0] in lx.HARM_CATEGORIES and trig[1] is None
        if tokens[j].low not in lx.BE_FORMS:
            return False
    return False


def counts_no_one(tokens: list[Token], first: int, last: int) -> bool:
    """
    Whether the article at ``tokens[first:last]`` surely counts nothing,
    decided without chunking its group ("the operation", "a combined Afghan
    and coalition force"): no active trigger of people ends right before it
    (:func:`.objects.people_trigger_before`, as the candidate reads it), and its
    group's words hold no noun an article counts as one (a singular noun of
    people or equipment, an agent, a self-counting noun).  ``False`` when
    unsure: the group is then chunked and judged in full.

    It reads the group's words as :func:`read_np` would, up to a mark or a
    word that surely ends the group, or its seventh word; a mark ``read_np``
    may step over (acronyms, initials) leaves it unsure, words joined by a
    dash are read together.
    """
    n = len(tokens)
    if last != first + 1 or last >= n:
        return False
    kinds = _KINDS
    if tokens[first].low == "another" and tokens[last].low in lx.WEEKDAYS:
        return False  # "killed Friday and another Saturday": one more, elided (read in full)
    if kinds[tokens[last]] != _PLAIN or (
        # "another seriously wounded": the group is elided, read in full
        last + 1 < n and kinds[tokens[last + 1]] == _PASSIVE and is_adverb(tokens[last])
    ):
        return False
    if first:
        # A trigger of people right before: "killed the ...", "also detained
        # a ..." (the word before is looked up first: most end no trigger).
        before = tokens[first - 1].low
        if (
            before in _TRIGGER_ENDS
            or (before in ("also", "all") and first > 1 and tokens[first - 2].low in _TRIGGER_ENDS)
        ) and people_trigger_before(tokens, first) is not None:
            return False
        if (
            before in ("and", ",")
            and tokens[first].low != "the"
            and any(map(_PEOPLE_ONLY.__getitem__, tokens[max(0, first - _OBJECT_REACH) : first]))
        ):
            return False  # a further object of a people verb: "killed a lawmaker and a ..."
    m = last + 1
    if m + 1 < n and tokens[m].low == "and" and kinds[tokens[m + 1]] == _HEAD:
        # "a more and refugee", "a climbed and refugee": the candidate may
        # read a group past the word and "and" (as it reads "two more"), so a
        # head after them is read in full
        return False
    if m < n and kinds[tokens[m]] in (_STOP, _MARK):
        # the usual case: "the operation.", "an Afghan and ..."; but "A
        # novice was killed" may be someone, "an M16" or "a Leopard 2" something
        return not _model_digits(tokens, m) and not people_harm_after(tokens, m)
    words = 1
    while m < n:
        kind = kinds[tokens[m]]
        if kind in (_PLAIN, _NOT_FIRST):
            words += 1
            if words == 7 or m >= last + _SCREEN_REACH:
                return words == 7
            m += 1
        elif kind in (_STOP, _MARK):
            # "A novice was killed": a noun the lexicon does not know, whose
            # verb only people suffer, may be someone (read in full); a
            # model's digits glued to its letters ("an M16") are equipment
            return not _model_digits(tokens, m) and not people_harm_after(tokens, m)
        elif kind == _PASSIVE:
            if tokens[m - 1].low not in lx.DETERMINERS:
                return True
            words += 1
            m += 1
        elif kind == _DASH:
            if not (tokens[m].gap == GLUED and m + 1 < n and tokens[m + 1].gap == GLUED):
                return True
            if kinds[tokens[m + 1]] == _HEAD or tokens[m + 1].is_digits:
                return False  # (a model, "the Su-25s": equipment, read in full)
            m += 2  # "Afghan-led": both words of the group
        elif kind == _STOP_MARK:
            # After a capital: initials or an abbreviation may go on, unsure.
            return not tokens[m - 1].is_capitalized
        else:  # a noun that may head one, an acronym in brackets
            return False
    return True


def _model_digits(tokens: list[Token], m: int) -> bool:
    """
    Whether ``tokens[m]`` is a model's digits, glued to its letters ("M16")
    or after a capitalised name ("a Leopard 2 tank"): equipment maybe.
    """
    tok = tokens[m]
    return tok.is_digits and (tok.gap == GLUED or tokens[m - 1].is_capitalized)
