"""
The source that opens a sentence, as :mod:`.claims` reads it for a claim
whose verb comes later: the subject of "..., saying" ("The Interior
Ministry gave a lower toll, saying ..."), or a speaker opening the sentence
past a participle, a preposition's phrase or a dateline in capitals
("Speaking to reporters, the governor ...", "PESHAWAR: The police ...").
Moved out of :mod:`.claims` in session 42.
"""

from __future__ import annotations

from conflictfigures import _lexicon as lx
from conflictfigures._extraction.chunks import NUMBER_WORDS
from conflictfigures._extraction.claimant_phrases import claimant_right
from conflictfigures._extraction.numbers import read_number
from conflictfigures._extraction.speakers import NAME_AFTER_TOKENS, is_name, is_source, speaker_noun
from conflictfigures._extraction.text import Token, possessive

__all__ = ["opening_speaker", "subject_saying"]


#: How many words a participle opening a sentence may take before its comma
#: ("Contacted,", "Reached by telephone,").
_OPENING_WORDS = 4


#: The marks that close a dateline in capitals ("PESHAWAR:", "GOMA —").
_DATELINE_ENDS = frozenset({":"}) | lx.DASHES


def _participle_opening(tokens: list[Token], k: int) -> int:
    """
    Where the subject starts after a participle or a preposition's phrase
    that opens the sentence and its comma ("Contacted, the police
    spokesperson confirmed ...", "Speaking to reporters, the governor said",
    "In Rawalpindi, the military ..."), or after a dateline in capitals
    ("PESHAWAR: The Khyber-Pakhtunkhwa police ..."), else 0.
    """
    dateline = 0
    while (
        dateline < min(k, _OPENING_WORDS)
        and tokens[dateline].text.isupper()
        and tokens[dateline].is_word
    ):
        dateline += 1
    if dateline and dateline < k and tokens[dateline].text in _DATELINE_ENDS:
        return dateline + 1  # "PESHAWAR: The Khyber-Pakhtunkhwa police ..., saying"
    if not tokens or not (
        tokens[0].low.endswith(("ed", "ing"))
        # "In Rawalpindi, Pakistan's military ... accused Indian troops ..., saying"
        or (tokens[0].low in lx.PREPOSITIONS and tokens[0].is_capitalized)
    ):
        return 0
    for m in range(1, min(k, _OPENING_WORDS + 1)):
        if tokens[m].text == ",":
            return m + 1
        if not tokens[m].is_word:
            return 0
    return 0


def _named_between(tokens: list[Token], end: int, k: int) -> int:
    """
    How many tokens from ``end`` (before ``k``) give a source's description
    the name of its person set off by commas ("the Police Public Relations
    Officer, DSP Ann Iorwuese, confirmed"), else 0.
    """
    if end >= k or tokens[end].text != ",":
        return 0
    for m in range(end + 2, min(k, end + 2 + NAME_AFTER_TOKENS)):
        if tokens[m].text == ",":
            return m - end if is_name(tokens, end + 1, m) else 0
    return 0


def subject_saying(tokens: list[Token], k: int) -> tuple[int, int] | None:
    """
    ``SOURCE VERB ... ("," | "statement") "saying"`` at ``k``: the source
    that opens the sentence says what follows "saying" ("The Interior
    Ministry gave a lower toll, saying eight people had died"; "Al Shabaab
    claimed responsibility, saying it had killed 35 soldiers"; "The army
    issued a statement saying ..."). Returns the source's token range.
    """
    before = tokens[k - 1] if k >= 2 else None
    if before is None or (before.text != "," and before.low not in ("statement", "statements")):
        return None
    return _opening_source(tokens, k)


def opening_speaker(tokens: list[Token], k: int) -> tuple[int, int] | None:
    """
    The source opening the sentence when it names one who speaks: an agency
    or a speaker by its noun, a name of two words or more, or an acronym
    alone ("JNIM"); not a count
    ("Three marines ..."), a preposition's phrase ("After the strike ..."),
    nor an owner ("The PKK's fighters ...").
    """
    rng = _opening_source(tokens, k)
    if rng is None:
        return None
    words = tokens[rng[0] : rng[1]]
    first, last = words[0], words[-1]
    if (
        first.is_digits
        or first.low in NUMBER_WORDS
        or first.low in lx.NP_STOP  # "After the strike the security force ..."
        or possessive(last.low)
    ):
        return None
    named = sum(t.is_capitalized for t in words if t.low not in ("the", "a", "an")) >= 2 or (
        len(words) == 1 and len(first.text) > 1 and first.text.isupper()  # an acronym: "JNIM"
    )
    spoken = any(speaker_noun(t.low) for t in words)
    return rng if named or spoken else None


def _opening_source(tokens: list[Token], k: int) -> tuple[int, int] | None:
    """The source that opens the sentence, as the subject of a verb before ``k``."""
    opening = _participle_opening(tokens, k)
    rng = claimant_right(tokens, opening)
    if rng is None or rng[1] >= k:
        return None
    start, end = rng
    # "the Police Public Relations Officer, DSP Ann Iorwuese,"
    end += _named_between(tokens, end, k)
    while start < end and tokens[start].low in lx.SENTENCE_OPENERS:
        start += 1  # "But the local diocese has issued a statement saying": the diocese
    while end > start and not (tokens[end - 1].is_capitalized or speaker_noun(tokens[end - 1].low)):
        end -= 1  # up to the name's last word: not its verb ("The army issued")
    if end > start and (num := read_number(tokens, start)) is not None and not num.article:
        return None  # a count, no source: "JUBA: Some 2,000 refugees crossed ..., saying"
    return (start, end) if end > start and is_source(tokens[start:end]) else None
