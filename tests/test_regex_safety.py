"""
No regular expression in conflictfigures backtracks catastrophically.

Each pattern gets the worst input we could construct for it at 1 MB: a long
run of exactly the characters its quantifiers accept, ending in a character
that makes the match fail.
Each test asserts the result, so a pattern that finished by accident with the
wrong answer fails too.
Why each pattern is safe is written in ``docs/reliability.md``.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from pathlib import Path

import pytest

from conflictfigures import _charts, _groups, _lexicon, _places, extract, to_record
from conflictfigures._aggregation.alone import _EVENT_BEGAN_RE
from conflictfigures._aggregation.attackers import _ATTACKED_RE
from conflictfigures._aggregation.background import (
    _ADDS_TO_EVENT_RE,
    _BACKGROUND_RE,
    _EARLIER_RE,
)
from conflictfigures._aggregation.conditions import _CONDITION_RE, _RESUMED_RE
from conflictfigures._aggregation.documents import (
    LATER_FATE_RE,
    SUMMARY_RE,
    THE_EVENT_RE,
)
from conflictfigures._aggregation.fates import _DEFINITE_RE, _FATE_OF_RE, _WOUNDED_DIED_RE
from conflictfigures._aggregation.incidents import (
    _ANOTHER_EVENT_RE,
    _ANOTHER_SITE_RE,
    _EVENTS_HARMED_RE,
    _HOURS_APART_RE,
    _HURT_BEFORE_RE,
    _NATIONWIDE_RE,
    _OWN_EVENT_RE,
    _SAME_EVENT_RE,
    _SEVERAL_EVENTS_RE,
)
from conflictfigures._aggregation.rivals import _COMPARED_RE, _OWNS_ATTACK_RE, _PLACE_NAMED_RE
from conflictfigures._aggregation.sums import _SUM_AFTER_RE, SUM_RE
from conflictfigures._extraction import text as _text
from conflictfigures._extraction.codes import _CODE_RE, _SEX_CODE_RES
from conflictfigures._extraction.discourse import _TITLE_WORD
from conflictfigures.aggregate import _DEFINITE, _INDEFINITE
from conflictfigures.models import iso_date
from conflictfigures.quantities import _CANDIDATE_RE

SRC = Path(__file__).resolve().parents[1] / "src" / "conflictfigures"
N = 500_000  # two-character units: 1 MB

#: Every place a regular expression is built, per module; docs/reliability.md
#: explains each.  A new pattern fails this table until it is reviewed there.
REVIEWED = {
    "_lexicon/words.py": 3,  # TOKEN_RE, ASCII_TOKEN_RE, TRIGGER_SCREEN_RE
    "_extraction/text.py": 4,  # _INVISIBLE_RE, _END_RE, _GAPPED_TOKEN_RE, _ASCII_GAPPED_TOKEN_RE
    "_groups.py": 9,  # _WORD, _SPELLING_RE, 2x possessive re.sub, 4x _MINISTRIES + annotation
    "_places.py": 3,  # _SPLIT, _WORD, possessive re.sub
    "quantities.py": 1,  # _CANDIDATE_RE
    "_aggregation/anaphora.py": 2,  # DEFINITE, INDEFINITE
    "_aggregation/documents.py": 3,  # SUMMARY_RE, LATER_FATE_RE, THE_EVENT_RE
    "_aggregation/sums.py": 2,  # SUM_RE, _SUM_AFTER_RE
    "_aggregation/conditions.py": 2,  # _RESUMED_RE, _CONDITION_RE
    # _BACKGROUND_RE, _WAR_LONG_RE, _SINCE_EVENT_RE, _EARLIER_RE,
    # _EVENT_BEGAN_RE, _AVENGED_RE, _ADDS_TO_EVENT_RE,
    # _ANOTHER_WORDS_RE; _CAME_AFTER_RE (session 54: negated classes between
    # fixed words, anchored at the end of a 240-character window);
    # _NUMBERED_KILLING_RE (session 55: an ordinal, at most one word, a
    # killing noun: alternations of fixed words, no nested repetition, read
    # in the window before the figure)
    "_aggregation/alone.py": 2,
    "_aggregation/background.py": 8,
    # _COMPARED_RE (session 55: alternations of fixed words, one anchored
    # at the sentence's start; read only for totals of an earlier span)
    "_aggregation/comparisons.py": 1,
    # _DAY_BEFORE_RE, _CHANGED_FROM_RE, _FIRST_SAID_RE, _MULTIPLE_BEFORE_RE;
    # _THEN_CHANGED_RE (session 54: matched at the start of the 40 characters
    # after a figure, no nested repetition); _WORD_RE (review 64: the words
    # of a relative aside, one class under one "+", in a 320-character window)
    "_aggregation/superseded.py": 6,
    # _LATER_PART_RE and _INCLUDED_RE, read in a window of at most 84
    # characters; _OTHERS_RE and _SUBJECT_END_RE, in the first 24 and 200
    # characters of a sentence; _REST_RE, in the sentence of a figure that
    # follows a larger one of its category; _WORST_HIT_RE, _RANKING_HEAD_RE
    # and _REST_BEFORE_RE, in a window before a figure; + the annotation of
    # _said_before; _ALONE_RE (session 59: a bounded run between fixed words,
    # in a 200-character window around a figure; review 60: built from
    # _ALONE_OPENERS, on the window's own case with re.IGNORECASE, no
    # punctuation required after "alone")
    "_extraction/breakdowns.py": 10,
    "_aggregation/fates.py": 3,  # _FATE_OF_RE, _DEFINITE_RE, _WOUNDED_DIED_RE
    # _ANOTHER_EVENT_RE, _SAME_EVENT_RE, _SEVERAL_EVENTS_RE, _EVENTS_HARMED_RE, _NATIONWIDE_RE,
    # _ANOTHER_SITE_RE, _ANOTHER_EVENT_AFTER_RE, _SAME_PLACE_RE (bounded windows after a figure),
    # _HOURS_APART_RE (anchored), _HURT_BEFORE_RE, _OWN_EVENT_RE (session 50),
    # _DAYS_APART_RE (session 54: anchored, alternatives of fixed words)
    "_aggregation/incidents.py": 12,
    "_aggregation/normalise.py": 1,  # _NAMED_INCIDENT
    "_extraction/codes.py": 2,  # _CODE_RE, _SEX_CODE_RES
    "_sources.py": 4,  # _FOLD, _POSSESSIVE, _ALIAS_RE, _CAPITALISED
    "_charts.py": 4,  # _TAG, _IDLE, _LONG_NUMBER, _GROUP
    "_aggregation/attackers.py": 1,  # _ATTACKED_RE
    "_aggregation/rivals.py": 3,  # _OWNS_ATTACK_RE, _COMPARED_RE, _PLACE_NAMED_RE
    "_extraction/discourse.py": 1,  # _TITLE_WORD
}
_REGEX_USE = re.compile(
    r"\bre\.(?:compile|sub|subn|match|fullmatch|search|findall|finditer|split|Pattern)\b"
)


def test_every_regular_expression_is_reviewed() -> None:
    """The table above lists every module that builds a pattern, with its count."""
    found = Counter(
        {
            path.relative_to(SRC).as_posix(): len(
                _REGEX_USE.findall(path.read_text(encoding="utf-8"))
            )
            for path in SRC.rglob("*.py")
        }
    )
    assert +found == Counter(REVIEWED)


# ---------------------------------------------------------------------------
# _lexicon.TOKEN_RE and _lexicon.ASCII_TOKEN_RE
# ---------------------------------------------------------------------------

#: The token patterns; the ASCII one runs on ASCII sentences, so every worst
#: input made of ASCII runs through both.
TOKEN_PATTERNS = [_lexicon.TOKEN_RE, _lexicon.ASCII_TOKEN_RE]
GAPPED_PATTERNS = [_text._GAPPED_TOKEN_RE, _text._ASCII_GAPPED_TOKEN_RE]


@pytest.mark.parametrize("pattern", TOKEN_PATTERNS, ids=["unicode", "ascii"])
def test_token_re_digit_groups_ending_in_a_separator(pattern: re.Pattern[str]) -> None:
    """
    "1,1,...,1,," : the digit alternative takes every group, fails once on the
    last comma and gives back one group; the commas are their own tokens.
    """
    text = "1," * N + ","
    tokens = [m.span() for m in pattern.finditer(text)]
    assert tokens == [(0, 2 * N - 1), (2 * N - 1, 2 * N), (2 * N, 2 * N + 1)]


@pytest.mark.parametrize("pattern", TOKEN_PATTERNS, ids=["unicode", "ascii"])
def test_token_re_mixed_separators(pattern: re.Pattern[str]) -> None:
    """On "1.1,1.1,...": any mix of "." and "," between digit groups is one token."""
    text = "1.1," * (N // 2) + "."
    tokens = [m.group() for m in pattern.finditer(text)]
    assert tokens == [text[: 2 * N - 1], ",", "."]


def test_ascii_token_re_apostrophes_ending_in_an_apostrophe() -> None:
    """On "a'a'...a''" in ASCII: one word with inner apostrophes, then the last two."""
    text = "a'" * N + "'"
    tokens = [m.group() for m in _lexicon.ASCII_TOKEN_RE.finditer(text)]
    assert tokens == [text[: 2 * N - 1], "'", "'"]


def test_token_re_apostrophes_ending_in_an_apostrophe() -> None:
    """On "a'a'...a''": one word with inner apostrophes, then the apostrophes."""
    text = "a\u2019" * N + "'"
    tokens = [m.group() for m in _lexicon.TOKEN_RE.finditer(text)]
    assert tokens == [text[: 2 * N - 1], "\u2019", "'"]


@pytest.mark.parametrize("pattern", TOKEN_PATTERNS, ids=["unicode", "ascii"])
def test_token_re_alternating_digits_and_letters(pattern: re.Pattern[str]) -> None:
    """On "1a1a1a...": every switch of alternative starts a new one-character token."""
    text = "1a" * N
    tokens = list(pattern.finditer(text))
    assert len(tokens) == 2 * N
    assert tokens[-1].span() == (2 * N - 1, 2 * N)


def test_token_re_space_grouped_thousands_ending_short() -> None:
    """
    "1 000 000 ... 000 00": each group is a separator and exactly three digits
    (a lookahead checks no fourth follows), so the run splits one way; the
    last, short group is not joined.
    """
    text = "1" + "\u00a0000" * (N // 2) + "\u00a000"
    tokens = [m.span() for m in _lexicon.TOKEN_RE.finditer(text)]
    assert tokens == [(0, len(text) - 3), (len(text) - 2, len(text))]


def test_token_re_space_grouped_four_digits() -> None:
    """ "1 0000 1 0000 ...": the lookahead refuses every four-digit group at once."""
    text = "1\u202f0000 " * (2 * N // 7)
    tokens = [m.group() for m in _lexicon.TOKEN_RE.finditer(text)]
    assert tokens == ["1", "0000"] * (2 * N // 7)


def test_token_re_invisible_marks_draw_no_token() -> None:
    """A megabyte of invisible marks is no token at all."""
    ranges = [(0xAD, 0xAD), (0x180E, 0x180E), (0x200B, 0x200F), (0x202A, 0x202E)]
    ranges += [(0x2060, 0x2064), (0x2066, 0x2069), (0xFEFF, 0xFEFF)]
    marks = "".join(chr(c) for lo, hi in ranges for c in range(lo, hi + 1))
    text = marks * (2 * N // len(marks))
    assert list(_lexicon.TOKEN_RE.finditer(text)) == []


@pytest.mark.parametrize("pattern", TOKEN_PATTERNS, ids=["unicode", "ascii"])
def test_token_re_a_million_digits(pattern: re.Pattern[str]) -> None:
    """One run of a million digits is one token."""
    text = "9" * (2 * N)
    assert [m.span() for m in pattern.finditer(text)] == [(0, 2 * N)]


@pytest.mark.parametrize("pattern", GAPPED_PATTERNS, ids=["unicode", "ascii"])
def test_gapped_token_re_after_a_megabyte_of_spaces(pattern: re.Pattern[str]) -> None:
    """A megabyte of spaces, then a word: one piece, the gap taken once."""
    text = " " * (2 * N) + "killed"
    assert [len(piece) for piece in pattern.findall(text)] == [len(text)]


def test_gapped_token_re_after_spaces_and_marks() -> None:
    """Spaces and invisible marks interleaved for a megabyte, then a word: one piece."""
    text = " \u200b" * N + "killed"
    assert _text._GAPPED_TOKEN_RE.findall(text) == [text]


def test_sentence_ending_in_a_megabyte_of_spaces_and_marks() -> None:
    """
    The gapped patterns run only on stretches that end in a token: a sentence
    ending in a megabyte of spaces and marks drops them first, in one pass.
    """
    text = "5 killed" + " \u200b" * N
    sentence = _text.Sentence(text, 0, len(text))
    assert [t.text for t in sentence.tokens] == ["5", "killed"]
    assert (sentence.start, sentence.end) == (0, 8)


# ---------------------------------------------------------------------------
# _lexicon.TRIGGER_SCREEN_RE
# ---------------------------------------------------------------------------

#: Prefixes of many trigger stems, each one letter short of matching.
NEAR_TRIGGERS = (
    "kil dea fata marty slai woun inju detai arres captu abduc displa casual abando neutral "
)


def test_trigger_screen_near_misses() -> None:
    """
    1 MB of stems one letter short: the pattern is a trie of literals of at
    most eleven letters, so each position costs a bounded number of comparisons.
    """
    text = NEAR_TRIGGERS * (2 * N // len(NEAR_TRIGGERS))
    assert _lexicon.TRIGGER_SCREEN_RE.search(text) is None
    found = _lexicon.TRIGGER_SCREEN_RE.search(text + "killed")
    assert found is not None
    assert found.span() == (len(text), len(text) + 4)


def test_trigger_screen_repeated_prefix() -> None:
    """On "kikiki...": the same letter pair over and over matches nothing."""
    assert _lexicon.TRIGGER_SCREEN_RE.search("ki" * N) is None
    assert _lexicon.TRIGGER_SCREEN_RE.search("los" * N) is None
    assert _lexicon.TRIGGER_SCREEN_RE.search("host" * N) is not None


def test_literal_trie_matches_exactly_its_words() -> None:
    """The trie pattern matches each word, and nothing shorter than one."""
    words = ("kill", "kidnap", "host", "hostage", "lose", "losing", "lost")
    pattern = re.compile(_lexicon.literal_trie(words))
    for word in words:
        assert pattern.fullmatch(word), word
    for near in ("ki", "kil", "kidna", "hos", "los", "losi", "k"):
        assert pattern.fullmatch(near) is None, near


# ---------------------------------------------------------------------------
# _text.blocks: the block scan (str.splitlines, no pattern)
# ---------------------------------------------------------------------------


def test_blocks_on_a_line_without_breaks() -> None:
    """A 1 MB line is one block."""
    text = "a " * N + "b"
    assert list(_text.blocks(text)) == [(0, len(text))]


def test_token_re_word_ending_in_invisible_marks() -> None:
    """A word, then a megabyte of soft hyphens and no letter: one token, the marks dropped."""
    text = "a" + "\u00ad" * (2 * N) + "!"
    assert [m.group() for m in _lexicon.TOKEN_RE.finditer(text)] == ["a", "!"]


def test_end_re_on_a_megabyte_of_full_stops() -> None:
    """
    "a.a.a. ... " and ". . . ...": every full stop is a candidate, each looked at
    in a bounded stretch; glued ones end nothing, and only the last spaced one is
    followed by a capital.
    """
    glued = "a." * N + "b"
    assert list(_text.sentence_spans(glued, 0, len(glued))) == [(0, len(glued))]
    spaced = ". " * N + "A"
    assert list(_text.sentence_spans(spaced, 0, len(spaced))) == [
        (0, 2 * N - 1),
        (2 * N, 2 * N + 1),
    ]


def test_end_re_full_stop_before_a_megabyte_of_spaces() -> None:
    """A full stop, a megabyte of spaces, then a capital: the spaces are crossed once."""
    text = "It ended." + " " * (2 * N) + "Then more."
    assert list(_text.sentence_spans(text, 0, len(text))) == [(0, 9), (len(text) - 10, len(text))]


def test_invisible_re_on_a_word_full_of_marks() -> None:
    """A 1 MB word of letters and soft hyphens: its lower-case form drops every mark."""
    word = "a\u00ad" * N + "b"
    [token] = _text.tokenize(word)
    assert token.low == "a" * N + "b"
    assert _text._INVISIBLE_RE.sub("", "\u200b" * (2 * N)) == ""


def test_blocks_on_a_megabyte_of_line_breaks() -> None:
    """A million line breaks of every kind make no block; text after them makes one."""
    breaks = "\r\n\v\f\x1c\x1d\x1e\x85\u2028\u2029"
    text = breaks * (2 * N // len(breaks))
    assert list(_text.blocks(text)) == []
    assert list(_text.blocks(text + "end.")) == [(len(text), len(text) + 4)]


def test_blocks_on_a_megabyte_of_wrapped_lines() -> None:
    """Lower-case lines without punctuation join into one block, in one pass."""
    text = "word\n" * (2 * N // 5) + "end."
    assert list(_text.blocks(text)) == [(0, len(text))]


# ---------------------------------------------------------------------------
# _groups and _places: words, spellings, ministries, place splitting
# ---------------------------------------------------------------------------


def test_word_res_on_one_long_word() -> None:
    """On "a-a-...a!": one character class with "+", one word, no backtracking."""
    text = "a-" * N + "!"
    for pattern in (_groups._WORD, _places._WORD):
        assert pattern.findall(text) == [text[:-1]]


def test_possessive_suffix_on_a_run_of_apostrophes() -> None:
    """The possessive "'s$" on 1 MB of apostrophes: a linear scan, last two removed."""
    word = "'" * (2 * N) + "s"
    assert re.sub(r"['\u2019]s$", "", word) == "'" * (2 * N - 1)
    assert _places._words("Idlib\u2019s") == ["idlib"]


def test_spelling_re_near_misses() -> None:
    """On "armouarmou...": alternatives are literals, nothing to fold, text unchanged."""
    text = "armou" * (2 * N // 5)
    assert _groups._SPELLING_RE.search(text) is None
    assert _groups._fold_spelling("Armoured " * 1_000) == "Armored " * 1_000


def test_ministry_res_near_misses() -> None:
    """A megabyte of ministry names one letter short: no match, then one at the end."""
    text = "ministry of national defens ministry of the interio " * (2 * N // 52)
    for pattern, _name in _groups._MINISTRIES:
        assert pattern.search(text) is None
    defense = _groups._MINISTRIES[0][0]
    found = defense.search(text + "ministry of national defence")
    assert found is not None
    assert found.end() == len(text) + len("ministry of national defence")


def test_place_split_re_near_misses() -> None:
    """On "i nea o i nea o": word-bounded literals, no split in 1 MB, one split after."""
    text = "i nea o " * (2 * N // 8)
    assert _places._SPLIT.split(text) == [text]
    assert _places._SPLIT.split(text + "near x") == [text, " x"]


def test_iso_date_on_long_input() -> None:
    """No pattern any more: a length check first, so 1 MB of digits and dashes is no date."""
    text = "2020-02-2" * (2 * N // 9)
    for bad in (text, "\u0662\u0660\u0662\u0660-02-27", "20200227", "2020-W09-4"):
        with pytest.raises(ValueError, match="not a date as YYYY-MM-DD"):
            iso_date(bad)
    assert iso_date("2020-02-27") == dt.date(2020, 2, 27)


# ---------------------------------------------------------------------------
# _CANDIDATE_RE and _DEFINITE
# ---------------------------------------------------------------------------


def test_quantity_candidates_near_misses() -> None:
    """
    "1 million - square kilometr": every quantifier is bounded ({0,20}, "?"),
    so each start position reads at most about sixty characters and fails.
    """
    unit = "1 million - square kilometr "
    text = unit * (2 * N // len(unit))
    assert _CANDIDATE_RE.search(text) is None
    found = _CANDIDATE_RE.search(text + "1 million - square kilometres")
    assert found is not None
    assert found.span() == (len(text), len(text) + len("1 million - square kilometres"))


def test_quantity_candidates_on_digit_groups() -> None:
    """On "1,1,1,...x": a word boundary before every digit, each attempt at most 21 characters."""
    text = "1," * N + "x"
    assert _CANDIDATE_RE.search(text) is None
    assert _CANDIDATE_RE.search("$" + "1," * N) is not None


def test_definite_article_re_near_misses() -> None:
    """A word-bounded literal: 1 MB of "th" finds nothing, "the" at the end is found."""
    text = "th " * (2 * N // 3)
    assert _DEFINITE.search(text) is None
    found = _DEFINITE.search(text + "The")
    assert found is not None
    assert found.start() == len(text)


def test_indefinite_article_re_near_misses() -> None:
    """Word-bounded literals: 1 MB of "anothe" finds nothing, "another" at the end is found."""
    text = "anothe " * (2 * N // 7)
    assert _INDEFINITE.search(text) is None
    found = _INDEFINITE.search(text + "another")
    assert found is not None
    assert found.span() == (len(text), len(text) + 7)


def test_summary_re_near_misses() -> None:
    """Word-bounded literals: 1 MB of "attack acros" finds nothing; "attacks" at the end does."""
    text = "attack acros " * (2 * N // 13)
    assert SUMMARY_RE.search(text) is None
    found = SUMMARY_RE.search(text + "attacks")
    assert found is not None
    assert found.span() == (len(text), len(text) + 7)


def test_sum_re_near_misses() -> None:
    """1 MB of "the 12 attack" and "in al" finds nothing; "in all" at the end is found."""
    text = "the 12 attack in al " * (2 * N // 20)
    assert SUM_RE.search(text) is None
    found = SUM_RE.search(text + "in all")
    assert found is not None
    assert found.span() == (len(text), len(text) + 6)


def test_sum_after_re_is_anchored() -> None:
    """
    Matched at one position only (the start of a 16-character window): 1 MB
    of spaces before "in al" is one linear pass; "in all parts" is no sum.
    """
    assert _SUM_AFTER_RE.match(" " * (2 * N) + "in al") is None
    assert _SUM_AFTER_RE.match(" in all parts of") is None
    assert _SUM_AFTER_RE.match(" in all.") is not None
    assert _SUM_AFTER_RE.match(", in total, incl") is not None


def test_later_fate_re_near_misses() -> None:
    """Word-bounded literals: 1 MB of "later die died late" finds nothing; "died later" does."""
    text = "later die died late " * (2 * N // 20)
    assert LATER_FATE_RE.search(text) is None
    found = LATER_FATE_RE.search(text + "died later")
    assert found is not None
    assert found.span() == (len(text), len(text) + 10)


def test_background_re_near_misses() -> None:
    """
    1 MB of "days afte comes " finds nothing; each start position reads a
    bounded stretch (the clause run stops at its first comma, and tally only
    searches a 120-character window).
    """
    text = "days afte comes, " * (2 * N // 17)
    assert _BACKGROUND_RE.search(text) is None
    assert _BACKGROUND_RE.search(text + "days after the blast ") is not None
    assert _BACKGROUND_RE.search(text + "the attack came two days after ") is not None
    clauses = "follows the raid on Rais, wher since the siege, in whic " * (2 * N // 57)
    assert _BACKGROUND_RE.search(clauses) is None
    assert _BACKGROUND_RE.search(clauses + "follows the raid on Rais, where ") is not None


def test_adds_to_event_re_near_misses() -> None:
    """
    1 MB of "more of the of the wounded " finds nothing: each start reads a
    literal word, at most two words and a literal verb, or a literal phrase
    and at most 40 characters (tally only searches the 120 characters
    before a background clause).
    """
    text = "more more more of the wounded of the injured, " * (2 * N // 46)
    assert _ADDS_TO_EVENT_RE.search(text) is None
    assert _ADDS_TO_EVENT_RE.search(text + "more people died") is not None
    assert _ADDS_TO_EVENT_RE.search(text + "of the wounded later died") is not None


def test_earlier_re_near_misses() -> None:
    """
    1 MB of "five days earl earlier this wee " finds nothing: each start reads
    a literal count word, a space run and a fixed word (tally only searches a
    window of 240 characters before a figure and 30 after its words).
    """
    text = "five days earl earlier this wee a week earl " * (2 * N // 44)
    assert _EARLIER_RE.search(text) is None
    assert _EARLIER_RE.search(text + "five days earlier") is not None
    assert _EARLIER_RE.search(text + "earlier this week") is not None
    assert _EARLIER_RE.search(text + "a week earlier") is not None


def test_another_event_re_near_misses() -> None:
    """1 MB of near misses ("separat", "anothe attack", "second attac") finds nothing."""
    text = "separat anothe attack second attac elsewher " * (2 * N // 44)
    assert _ANOTHER_EVENT_RE.search(text) is None
    assert _ANOTHER_EVENT_RE.search(text + "a second blast") is not None
    same = "the sam thee raid " * (2 * N // 18)
    assert _SAME_EVENT_RE.search(same) is None
    assert _SAME_EVENT_RE.search(same + "in the same ambush") is not None


def test_owns_attack_and_compared_re_near_misses() -> None:
    """
    1 MB of near misses ("claimed the a b attack": two words where one may
    stand, "a lower tol") finds nothing: literal words and one optional word.
    """
    text = "claimed the a b attack claime responsibility a lower tol higher death tolls" * (N // 40)
    assert _OWNS_ATTACK_RE.search(text) is None
    assert _OWNS_ATTACK_RE.search(text + " claimed the suicide bombing") is not None
    assert _COMPARED_RE.search(text.replace("tolls", "tollz")) is None
    assert _COMPARED_RE.search(text + " gave a lower death toll of 30") is not None
    turned = "toll was much much highe: toll is highe " * (N // 40)
    assert _COMPARED_RE.search(turned) is None
    assert _COMPARED_RE.search(turned + "the toll was far higher") is not None


def test_place_named_re_near_misses() -> None:
    """
    1 MB of near misses ("in kaduna" in lower case, "within Kano": no word
    boundary before "in") finds nothing: literal words, one whitespace run.
    """
    text = "in kaduna within Kano at   9 " * (N // 28)
    assert _PLACE_NAMED_RE.search(text) is None
    assert _PLACE_NAMED_RE.search(text + "in Kaduna") is not None


def test_nationwide_re_near_misses() -> None:
    """1 MB of near misses ("protests across the county", "riots nationwid") finds nothing."""
    text = "protests across the county riots nationwid clashes around the countr " * (N // 68)
    assert _NATIONWIDE_RE.search(text) is None
    assert _NATIONWIDE_RE.search(text + "killed in protests across the country") is not None


def test_another_site_re_near_misses() -> None:
    """
    1 MB of near misses ("when another schoolboy", "as another school in the
    old town of the north was", "after another home-made") finds nothing:
    after the site at most six words are read before "was" or "were".
    """
    text = (
        "when another schoolboy was hit as another school in the old town of the north was hit "
        "after another home-made was hit when another deputy was hit "
    ) * (N // 64)
    assert _ANOTHER_SITE_RE.search(text) is None
    assert _ANOTHER_SITE_RE.search(text + "when another school in the city was hit") is not None


def test_own_event_re_near_misses() -> None:
    """
    1 MB of near misses ("a big bad old attacker", "another of the") finds
    nothing: after the article at most two words are read before the event.
    """
    text = ("a big bad old attacker another of the second man an agoraphobic ") * (N // 32)
    assert _OWN_EVENT_RE.search(text) is None
    assert _OWN_EVENT_RE.search(text + "a roadside bomb") is not None


def test_hours_apart_and_hurt_before_re_near_misses() -> None:
    """
    1 MB of near misses finds nothing: ``_HOURS_APART_RE`` is anchored and
    ``_HURT_BEFORE_RE`` reads three fixed words.
    """
    text = "hours laterally who was shooting that were hurtful " * (N // 25)
    assert _HOURS_APART_RE.match(text) is None
    assert _HURT_BEFORE_RE.search(text) is None
    assert _HOURS_APART_RE.match("hours later, a bomb") is not None
    assert _HURT_BEFORE_RE.search(text + "who was shot") is not None


def test_several_events_re_near_misses() -> None:
    """
    1 MB of near misses ("in big bad attack", "in the attacks") finds
    nothing: after "in" at most four words are read before the plural noun.
    """
    text = "in big bad attack in the attacks during a b c d e shootings " * (2 * N // 60)
    assert _SEVERAL_EVENTS_RE.search(text) is None
    assert _SEVERAL_EVENTS_RE.search(text + "in shootings across the city") is not None
    assert _SEVERAL_EVENTS_RE.search(text + "during rescue operations") is None


def test_events_harmed_re_near_misses() -> None:
    """
    1 MB of near misses ("strikes a b c d e killed": five words between,
    "the strikes killed") finds nothing: at most four words are read after
    the plural noun, and "the" before it is a fixed-width look back.
    """
    text = "strikes a b c d e killed the strikes killed " * (2 * N // 44)
    assert _EVENTS_HARMED_RE.search(text) is None
    assert _EVENTS_HARMED_RE.search(text + "russian strikes on the region have killed") is not None


def test_event_res_near_misses() -> None:
    """
    1 MB of near misses finds nothing: ``THE_EVENT_RE`` is anchored by
    ``match`` (once per sentence) and reads at most two words before its
    noun; ``_EVENT_BEGAN_RE`` is an alternation of literal words.
    """
    text = "the big bad wolf bega " * (2 * N // 22)
    assert THE_EVENT_RE.match(text) is None
    assert THE_EVENT_RE.match("the missile strike on april 19 killed") is not None
    assert _EVENT_BEGAN_RE.search(text) is None
    assert _EVENT_BEGAN_RE.search(text + "which began on april 29") is not None


# ---------------------------------------------------------------------------
# _charts: compacting vl-convert's SVG
# ---------------------------------------------------------------------------


def test_svg_tag_re_on_a_megabyte_of_open_brackets() -> None:
    """
    "<<<...<" and "<aaa...a": a tag holds no "<", so each attempt stops at
    the next one; a tag never closed is read once.
    """
    assert _charts._TAG.search("<" * 2 * N) is None
    assert _charts._TAG.search("<" + "a" * 2 * N) is None
    found = _charts._TAG.search("<" * 2 * N + "g>")
    assert found is not None
    assert found.span() == (2 * N - 1, 2 * N + 2)


def test_svg_idle_attributes_re_near_misses() -> None:
    """
    ' aria-aaa...a' (no "=") and ' class="...' (never closed): the name is
    one run under one "+", the value one class under one "*".
    """
    assert _charts._IDLE.search(" aria-" + "a" * 2 * N) is None
    assert _charts._IDLE.search(' class="' + "a" * 2 * N) is None
    unclosed = ' role="x' * (2 * N // 8)
    assert len(_charts._IDLE.findall(unclosed)) == 2 * N // 16


def test_svg_long_number_re_on_a_megabyte_of_digits() -> None:
    """
    "111...1.11": an attempt starts only at a run's first digit, and gives
    the run back one digit at a time, one comparison each.
    """
    assert _charts._LONG_NUMBER.search("1" * 2 * N + ".11") is None
    found = _charts._LONG_NUMBER.search("1" * 2 * N + ".111")
    assert found is not None
    assert found.span() == (0, 2 * N + 4)
    assert _charts._LONG_NUMBER.findall("1.1" * (2 * N // 3)) == []


def test_compact_svg_on_a_megabyte_of_hostile_text() -> None:
    """The whole compaction on 1 MB of groups, brackets and digits: linear, and exact."""
    groups = "<g>" * (N // 8) + "</g>" * (N // 8)
    assert _charts.compact_svg("<svg >" + groups + "</svg>") == (
        '<svg font-family="sans-serif" ></svg>'
    )
    text = "<svg ><text>" + "&lt;" * N + "1" * N + ".5" + "</text></svg>"
    assert _charts.compact_svg(text) == text.replace("<svg ", '<svg font-family="sans-serif" ')


def test_code_re_near_misses() -> None:
    """
    1 MB of "M123" and "F???X" (codes without a known place, glued) finds
    nothing; a code at the end is found.
    """
    text = "M123 F???X " * (2 * N // 11)
    for pattern, code in ((_CODE_RE, "M50MH"), *zip(_SEX_CODE_RES, ("M50MH", "F7PH"), strict=True)):
        assert pattern.search(text) is None
        found = pattern.search(text + code)
        assert found is not None
        assert found.span() == (len(text), len(text) + len(code))


def test_fate_of_re_near_misses() -> None:
    """
    Word-bounded literals and one "-ly" word: 1 MB of "of the injure of tho"
    and "of the badly injure" finds nothing; "of whom" does.
    """
    text = "of the injure of tho of the badly injure " * (2 * N // 41)
    assert _FATE_OF_RE.search(text) is None
    found = _FATE_OF_RE.search(text + "of whom")
    assert found is not None
    assert found.span() == (len(text), len(text) + 7)


def test_wounded_died_re_near_misses() -> None:
    """
    Anchored at the start: 1 MB of "six wounded soldiers had since" with no
    death finds nothing at once; a wounded group's death is found.
    """
    text = "six wounded soldiers had since " * (2 * N // 31)
    assert _WOUNDED_DIED_RE.search(text) is None
    assert _WOUNDED_DIED_RE.search("six wounded soldiers had since died") is not None
    assert _WOUNDED_DIED_RE.search("two of the injured workers later died") is not None


def test_title_word_near_misses() -> None:
    """
    1 MB of capitals with no lower case after them, and of one long word,
    finds nothing at once; a name in the text is found once.
    """
    assert _TITLE_WORD.findall("AB" * (N // 2)) == []
    assert _TITLE_WORD.findall("Ab" + "c" * N + "D") == []
    found = _TITLE_WORD.findall("KALABURAGI: ... in Kalaburagi on Friday")
    assert found == ["Kalaburagi", "Friday"]


def test_resumed_re_near_misses() -> None:
    """
    Anchored at the end: 1 MB of "all of the x " (and of runs of spaces after
    "all") finds nothing; "all of the " at the end is found.
    """
    text = ("all of the x all" + " " * 64 + "x ") * (N // 82)
    assert _RESUMED_RE.search(text) is None
    found = _RESUMED_RE.search(text + "all of the ")
    assert found is not None
    assert found.span() == (len(text), len(text) + 11)


def test_definite_re_near_misses() -> None:
    """Anchored at the end: 1 MB of "the younger x " finds nothing; "the younger " at the end."""
    text = "the younger x " * (N // 14)
    assert _DEFINITE_RE.search(text) is None
    found = _DEFINITE_RE.search(text + "the younger ")
    assert found is not None
    assert found.span() == (len(text), len(text) + 12)


def test_condition_re_near_misses() -> None:
    """1 MB of "in serious conditio " finds nothing; "in serious condition" at the end does."""
    text = "in serious conditio " * (N // 20)
    assert _CONDITION_RE.search(text) is None
    found = _CONDITION_RE.search(text + "in serious condition")
    assert found is not None
    assert found.span() == (len(text), len(text) + 20)


# ---------------------------------------------------------------------------
# _extraction.parts._LATER_PART_RE
# ---------------------------------------------------------------------------


def test_later_part_pattern_reads_a_bounded_window() -> None:
    """
    "of the injured" is looked for only in the words just before a figure
    (and its first words), so a long sentence of such openers costs a
    constant per figure; one farther back names no part.
    """
    near = "Twelve people were injured. Two of the injured were in critical condition."
    far = (
        "Twelve people were injured. Of the injured, "
        + "doctors said the ward was full and the staff were tired and " * 3
        + "two were in critical condition."
    )
    parts = [r["part_of"] is not None for r in map(to_record, extract(near))]
    assert parts == [False, True]
    assert [(r["stated"], r["part_of"]) for r in map(to_record, extract(far))] == [
        (12, None),
        (2, None),
    ]


def test_the_rest_of_a_group_is_looked_for_at_the_start_of_a_sentence_only() -> None:
    """
    "The other victims" is matched in a sentence's first characters and its
    verb looked for in the first 200: a long subject of such figures costs a
    constant per figure, and one that starts later is no part.
    """
    opener = "Four people were shot, one fatally. The other victims, "
    text = opener + "a man, " * 20_000 + "and a woman were taken to hospital."
    records = [to_record(f) for f in extract(text)]
    # (the list is one sum; its verb far past the first 200 characters, it
    # is no part of the first figure)
    parts = sum(r["part_of"] == records[0]["span"] for r in records)
    assert parts <= 200 // len("a man, ") + 1
    assert any(r["stated"] == 20_001 and r["part_of"] is None for r in records)


@pytest.mark.parametrize("pattern", TOKEN_PATTERNS, ids=["unicode", "ascii"])
def test_token_re_digits_then_a_calibre_near_miss(pattern: re.Pattern[str]) -> None:
    """
    A megabyte of digit runs each followed by "mmm" (no calibre: a letter after
    "mm") reads as digits and words, in linear time; "155mm" is one token.
    """
    text = "1.5mmm " * (2 * N // 7)
    assert len(pattern.findall(text)) == 2 * (2 * N // 7)
    assert pattern.findall("a 155mm gun") == ["a", "155mm", "gun"]


def test_attacked_re_near_misses() -> None:
    """
    ``_ATTACKED_RE`` is anchored (``match``): a megabyte of near misses ("who
    had tried to attac ") is read once from its start and finds nothing.
    """
    text = " who had tried to attac " * (2 * N // 24)
    assert _ATTACKED_RE.match(text) is None
    assert _ATTACKED_RE.match(", who had tried to storm the base") is not None


def test_multiple_before_re_near_misses() -> None:
    """
    ``_MULTIPLE_BEFORE_RE`` is anchored at the end: a megabyte of "double the"
    each followed by a word is read once and finds nothing; at the end it finds one.
    """
    from conflictfigures._aggregation.superseded import _MULTIPLE_BEFORE_RE  # noqa: PLC0415

    text = "double the x " * (2 * N // 13)
    assert _MULTIPLE_BEFORE_RE.search(text) is None
    assert _MULTIPLE_BEFORE_RE.search(text + "twice the ") is not None


def test_alone_re_near_misses() -> None:
    """
    ``breakdowns._ALONE_RE`` reads at most 40 characters between an opener
    and "alone": a megabyte of near misses ("in Derna alon ", an opener 41
    characters before "alone") finds nothing in linear time; the pattern
    ignores case ("In Derna ALONE").
    """
    from conflictfigures._extraction.breakdowns import _ALONE_RE  # noqa: PLC0415

    text = "in Derna alon " * (2 * N // 14)
    assert _ALONE_RE.search(text) is None
    far = "at " + "x" * 41 + " alone "
    assert _ALONE_RE.search(far * (2 * N // len(far))) is None
    found = _ALONE_RE.search(text + "In Derna ALONE, 1,100")
    assert found is not None
    assert found.group().endswith("ALONE")


def test_war_long_campaign_near_misses() -> None:
    """
    ``alone._WAR_LONG_RE``'s campaign branch takes at most two words between
    "since the start of the" and the campaign's noun: a megabyte of near
    misses (three words between) finds nothing; two words match.
    """
    from conflictfigures._aggregation.alone import _WAR_LONG_RE  # noqa: PLC0415

    miss = "since the start of the big new ground operation "
    text = miss * (2 * N // len(miss))
    assert _WAR_LONG_RE.search(text) is None
    found = _WAR_LONG_RE.search(text + "since the start of the special military operation")
    assert found is not None
    assert found.group().endswith("operation")


def test_war_long_hostilities_near_misses() -> None:
    """
    ``alone._WAR_LONG_RE``'s hostilities branch (session 63) is a literal
    after "since the start of": a megabyte of near misses (a word between)
    finds nothing; "since the beginning of hostilities" matches.
    """
    from conflictfigures._aggregation.alone import _WAR_LONG_RE  # noqa: PLC0415

    miss = "since the start of renewed hostilities "
    text = miss * (2 * N // len(miss))
    assert _WAR_LONG_RE.search(text) is None
    found = _WAR_LONG_RE.search(text + "since the beginning of hostilities in the north")
    assert found is not None
    assert found.group().endswith("hostilities")
