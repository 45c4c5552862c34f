"""
Extraction on hostile and malformed text: large inputs, long runs, markup,
every Unicode space and dash, bidirectional marks, control characters and
digits of other scripts.

No test here times anything.
Each runs at a stated size and asserts what extraction returns; linear growth
is asserted by counting work (token visits) at two sizes, not by a clock.
The timed growth figures are in ``benchmarks/bench_extract.py``.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, SupportsIndex, overload

import pytest

from conflictfigures import Category, Figure, Qualifier, extract
from conflictfigures._extraction.text import Sentence, Token

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator


SEEDS = Path(__file__).resolve().parents[1] / "seeds"
MB = 1_000_000


def seed_articles() -> str:
    """The five seed articles, each followed by a blank line."""
    return "".join(
        path.read_text(encoding="utf-8") + "\n\n" for path in sorted(SEEDS.glob("*.txt"))
    )


def assert_valid(text: str, figures: list[Figure]) -> None:
    """Every figure's span slices back to its words, inside its sentence."""
    for f in figures:
        assert text[f.span.start : f.span.end] == f.surface
        assert f.sentence_span is not None
        assert text[f.sentence_span.start : f.sentence_span.end] == f.sentence
        assert f.sentence_span.contains(f.span)


def summary(figures: list[Figure]) -> list[tuple[str, str, str]]:
    """``(category, count as text, surface)`` of each figure."""
    return [(f.category.value, str(f.count), f.surface) for f in figures]


# ---------------------------------------------------------------------------
# Large inputs
# ---------------------------------------------------------------------------


def test_ten_megabytes_of_articles() -> None:
    """
    10 MB of article text (the seeds repeated) gives each copy's figures,
    at each copy's offsets: nothing is lost, invented or shifted at scale.
    """
    one = seed_articles()
    copies = 10 * MB // len(one) + 1
    text = one * copies
    assert len(text) >= 10 * MB
    single = extract(one)
    figures = extract(text)
    assert single
    assert len(figures) == copies * len(single)
    for k, f in enumerate(figures):
        copy, i = divmod(k, len(single))
        expected = single[i]
        offset = copy * len(one)
        assert (f.span.start, f.span.end) == (
            expected.span.start + offset,
            expected.span.end + offset,
        )
        assert f.surface == expected.surface
        assert (f.category, f.count, f.subject, f.side) == (
            expected.category,
            expected.count,
            expected.subject,
            expected.side,
        )
    assert_valid(text, figures[: len(single)] + figures[-len(single) :])


def test_one_megabyte_line_without_punctuation() -> None:
    """
    A 1 MB line of article words with no punctuation and no line break is
    one sentence: figures at its start and its very end are found, with spans
    into the line.
    """
    words = " ".join(
        w for w in seed_articles().split() if w.isalpha() and w.lower() not in ("killed", "wounded")
    )
    head = "two soldiers were killed "
    tail = " five soldiers were wounded"
    filler = (words + " ") * (MB // (len(words) + 1) + 1)
    text = head + filler + tail
    assert len(text) >= MB
    assert "\n" not in text
    figures = extract(text)
    assert_valid(text, figures)
    assert figures[0].surface == "two soldiers were killed"
    assert figures[0].span.start == 0
    assert (figures[-1].surface, figures[-1].span.end) == ("five soldiers were wounded", len(text))
    assert figures[-1].count.stated == 5
    assert figures[-1].category is Category.WOUNDED


def test_hundred_thousand_digits_in_a_row() -> None:
    """A run of 100,000 digits is no count; the figures around it are kept."""
    digits = "7" * 100_000
    assert extract(digits) == []
    assert extract(digits + " soldiers were killed.") == []
    text = f"Two soldiers were killed. {digits} 5 civilians were wounded."
    figures = extract(text)
    assert_valid(text, figures)
    assert summary(figures) == [
        ("killed", "2", "Two soldiers were killed"),
        ("wounded", "5", "5 civilians were wounded"),
    ]


def test_qualifiers_repeated_thousands_of_times() -> None:
    """
    "at least at least ... 5" reads as "at least 5": the figure's words start
    at the last qualifier, so the span stays short.
    """
    text = "at least " * 5_000 + "5 soldiers were killed."
    figures = extract(text)
    assert summary(figures) == [("killed", "at least 5", "at least 5 soldiers were killed")]
    assert figures[0].span.start == len("at least ") * 4_999
    mixed = "more than about nearly up to as many as " * 2_000 + "5 soldiers were killed."
    figures = extract(mixed)
    assert_valid(mixed, figures)
    assert summary(figures) == [("killed", "up to 5", "as many as 5 soldiers were killed")]


def test_thousands_of_part_asides_before_a_source() -> None:
    """
    A source before a thousand asides of parts ("including children") is
    read in bounded work, no recursion (session 55, after a review: it had
    raised RecursionError); no source is named then.
    """
    text = "Amnesty International" + ", including children" * 1200 + ", said 12 people died."
    figures = extract(text)
    assert [(f.count.stated, f.claimed_by) for f in figures] == [(12, None)]


@pytest.mark.parametrize(
    "text",
    ["Twelve people were killed, and police put at", "Twelve people were killed, police raised to"],
)
def test_a_sentence_cut_off_after_a_total_verb(text: str) -> None:
    """A text cut off after "put at" or "raised to" gives its figures, no crash (session 55)."""
    assert [f.count.stated for f in extract(text)] == [12]


@pytest.mark.parametrize(
    "text",
    ["Nearly 2,000 people died. Of the 5-7", "Twelve villagers were shot dead. Of the a dozen"],
)
def test_a_text_cut_off_after_of_the_and_a_number(text: str) -> None:
    """
    A text cut off right after "Of the" and its number, after a sentence with
    a figure, gives that figure, no crash (review 61: IndexError, older than
    session 60).
    """
    assert len(extract(text)) == 1


def test_numbers_separated_by_thousands_of_commas() -> None:
    """
    Malformed digit groups ("12,12,12", "1,000,...,000" past 15 digits, runs
    of commas) are no counts; a well-formed figure after them still is.
    """
    assert extract(",".join(["12"] * 5_000) + " soldiers were killed.") == []
    assert extract("1" + ",000" * 5_000 + " soldiers were killed.") == []
    text = "," * 100_000 + " 5 soldiers were killed."
    figures = extract(text)
    assert_valid(text, figures)
    assert summary(figures) == [("killed", "5", "5 soldiers were killed")]
    text = ", ".join(["12"] * 50_000) + " and 7 soldiers were killed."
    figures = extract(text)
    assert_valid(text, figures)
    assert [f.count.stated for f in figures][-1:] == [7]


# ---------------------------------------------------------------------------
# Markup passed as text
# ---------------------------------------------------------------------------

HTML_UNIT = (
    '<div class="article"><p>5 soldiers were killed</p>'
    "<script>var killed = 5; if (x) { killed++ }</script>"
    '<img src="a.png" alt="dead"/></div>\n'
)


def test_html_markup_and_scripts_passed_as_text() -> None:
    """
    Markup is not stripped: a figure between tags is read with its span
    inside the tags, code in a script reads as no figure, a tag inside a
    phrase breaks it, and entities are not decoded.
    Strip HTML before calling :func:`extract`.
    """
    figures = extract(HTML_UNIT)
    assert summary(figures) == [("killed", "5", "5 soldiers were killed")]
    assert figures[0].span.start == HTML_UNIT.index("5 soldiers")
    assert extract("<b>5</b> soldiers were <i>killed</i>") == []
    assert extract("5&nbsp;soldiers were killed") == []
    assert extract('<div data-killed="5">killed</div>') == []
    page = HTML_UNIT * (MB // len(HTML_UNIT) + 1)
    figures = extract(page)
    assert len(figures) == page.count(HTML_UNIT)
    assert_valid(page, figures[:3] + figures[-3:])


# ---------------------------------------------------------------------------
# Unicode spaces, dashes, bidirectional marks, control characters
# ---------------------------------------------------------------------------

UNICODE_SPACES = [
    "\u00a0",
    *(chr(c) for c in range(0x2000, 0x200B)),
    "\u202f",
    "\u205f",
    "\u3000",
    "\t",
]


@pytest.mark.parametrize("space", UNICODE_SPACES, ids=lambda s: f"U+{ord(s):04X}")
def test_every_unicode_space_separates_words(space: str) -> None:
    """Every Unicode space reads like a space; the span keeps the space as written."""
    words = ["at", "least", "5", "soldiers", "were", "killed"]
    text = space.join(words) + "."
    figures = extract(text)
    assert summary(figures) == [("killed", "at least 5", text[:-1])]
    assert figures[0].count.qualifier is Qualifier.AT_LEAST


#: Every Unicode dash and hyphen that may join two numbers or two number words.
DASHES = ["-", *map(chr, range(0x2010, 0x2016)), "\u2212", "\ufe63", "\uff0d"]


@pytest.mark.parametrize("dash", DASHES, ids=lambda d: f"U+{ord(d):04X}")
def test_every_unicode_dash_makes_a_range(dash: str) -> None:
    """For every dash, "10{dash}15 soldiers were killed" is the range 10 to 15."""
    text = f"10{dash}15 soldiers were killed."
    figures = extract(text)
    assert_valid(text, figures)
    assert [(f.count.qualifier, f.count.stated, f.count.stated_high) for f in figures] == [
        (Qualifier.RANGE, 10, 15)
    ]


@pytest.mark.parametrize("dash", DASHES, ids=lambda d: f"U+{ord(d):04X}")
def test_every_unicode_dash_inside_number_words(dash: str) -> None:
    """With any dash or hyphen, "twenty-five" is 25, never 5; the surface keeps the dash."""
    text = f"twenty{dash}five soldiers were killed."
    figures = extract(text)
    assert [(f.count.stated, f.surface) for f in figures] == [(25, text[:-1])]


@pytest.mark.parametrize("dash", ["\u2010", "\u2011", "\u2012", "\u2013", "\u2014", "\u2015"])
def test_dashes_as_punctuation_do_not_join_numbers(dash: str) -> None:
    """A dash between two clauses joins nothing: each figure keeps its own number."""
    text = f"Two soldiers were killed {dash} 5 civilians were wounded."
    figures = extract(text)
    assert_valid(text, figures)
    assert [(f.category, f.count.stated) for f in figures] == [
        (Category.KILLED, 2),
        (Category.WOUNDED, 5),
    ]


BIDI_MARKS = ["\u200e", "\u200f", "\u061c", *map(chr, range(0x202A, 0x202F)), "\u2066", "\u2069"]


@pytest.mark.parametrize("mark", BIDI_MARKS, ids=lambda m: f"U+{ord(m):04X}")
def test_bidi_marks_around_a_sentence(mark: str) -> None:
    """Directional marks around the words are kept out of the figure's span."""
    text = f"{mark}5 soldiers were killed{mark}.{mark} {mark}Two civilians were wounded.{mark}"
    figures = extract(text)
    assert_valid(text, figures)
    assert summary(figures) == [
        ("killed", "5", "5 soldiers were killed"),
        ("wounded", "2", "Two civilians were wounded"),
    ]


#: Characters a reader cannot see: zero-width, bidirectional, byte-order mark.
INVISIBLE = ["\u200b", "\u200c", "\u200d", "\u200e", "\u200f", "\u202b", "\u2060", "\ufeff"]


@pytest.mark.parametrize("mark", INVISIBLE, ids=lambda m: f"U+{ord(m):04X}")
def test_invisible_marks_between_words(mark: str) -> None:
    """
    A mark a reader cannot see, between words, hides no figure; inside the
    figure's words it stays in the span, after them it is left out.
    """
    text = f"5 {mark}soldiers {mark}were killed{mark}."
    figures = extract(text)
    assert [(f.count.stated, f.surface) for f in figures] == [(5, text[:-2])]


@pytest.mark.parametrize("mark", ["\u00ad", "\u200b", "\u2060"], ids=["U+00AD", "U+200B", "U+2060"])
def test_invisible_marks_inside_a_word(mark: str) -> None:
    """
    A soft hyphen or zero-width space inside "soldiers" hides no figure: the
    word keeps its mark in its span and reads without it.
    """
    text = f"5 sol{mark}diers were killed."
    [figure] = extract(text)
    assert (figure.count.stated, figure.subject) == (5, f"sol{mark}diers")
    assert text[figure.span.start : figure.span.end] == figure.surface


CONTROLS = [chr(c) for c in range(0x20) if chr(c) not in "\t\n\r"] + ["\x7f", "\x85"]


@pytest.mark.parametrize("control", CONTROLS, ids=lambda c: f"U+{ord(c):04X}")
def test_control_characters(control: str) -> None:
    """
    A control character between sentences loses nothing.
    Inside a phrase, one that Python counts as white space (``\\v``, ``\\f``,
    ``\\x1c``-``\\x1f``, ``\\x85``) separates words like a space or a wrapped
    line; any other is a token of its own and ends the phrase:
    "5 soldiers\\x00 were killed" is deliberately no figure, since nothing
    says what the byte stood for.
    """
    text = f"5 soldiers were killed.{control} Two civilians were wounded.{control}"
    figures = extract(text)
    assert_valid(text, figures)
    assert summary(figures) == [
        ("killed", "5", "5 soldiers were killed"),
        ("wounded", "2", "Two civilians were wounded"),
    ]
    inside = [f.count.stated for f in extract(f"5 soldiers{control} were killed.")]
    assert inside == ([5] if control.isspace() else [])


# ---------------------------------------------------------------------------
# Digits of other scripts
# ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("written", "value"),
    [
        ("\u0663", 3),  # ARABIC-INDIC DIGIT THREE
        ("\u0661\u0662", 12),
        ("\u06f5", 5),  # EXTENDED ARABIC-INDIC (Persian) FIVE
        ("\u0969", 3),  # DEVANAGARI THREE
        ("\uff13", 3),  # FULLWIDTH DIGIT THREE
        ("\uff11,\uff12\uff10\uff10", 1200),
        ("\U0001d7d3", 5),  # MATHEMATICAL BOLD DIGIT FIVE
        ("1\u0663", 13),  # one run of decimal digits, whatever their scripts
    ],
)
def test_digits_of_other_scripts_are_read(written: str, value: int) -> None:
    """
    Decision: every Unicode decimal digit (category Nd) is read as its value,
    because the tokenizer's ``\\d`` and Python's ``int``/``Decimal`` both
    accept them; the surface keeps the digits as written.
    """
    text = f"{written} soldiers were killed."
    figures = extract(text)
    assert [(f.count.stated, f.surface) for f in figures] == [
        (value, f"{written} soldiers were killed")
    ]


@pytest.mark.parametrize("written", ["\u00b2", "\u2155", "\u2462", "\u0f33"])
def test_digit_like_characters_that_are_not_decimal_are_no_count(written: str) -> None:
    """Superscripts, fractions, circled and half digits are not decimal digits: no count."""
    assert extract(f"{written} soldiers were killed.") == []


@pytest.mark.parametrize(
    "text",
    [
        "5 soldiers were killed.\u00b2",  # a footnote marker after a sentence
        "5 soldiers were killed on \u00b3 March.",
        "Five soldiers were killed in the past \u00b2 days.",
        "5 soldiers were killed \u2460",
        "5 soldiers were killed in \u00b2\u00b2\u00b2\u00b2.",
    ],
)
def test_superscript_digits_near_a_figure(text: str) -> None:
    """A footnote marker or circled digit near a figure is no number and no date."""
    figures = extract(text, published="2020-02-27")
    assert [(f.count.stated, f.date) for f in figures] == [(5, None)]


@pytest.mark.parametrize(
    "written",
    [
        "\u0661\u066c\u0662\u0660\u0660",  # Arabic thousands separator
        "1\u202f200",  # narrow no-break space (French, SI grouping)
        "1\u00a0200",  # no-break space
        "1\u2009200",  # thin space
        "1'200",  # Swiss grouping
    ],
)
def test_grouped_thousands(written: str) -> None:
    """Thousands grouped with any of these separators are one number, 1,200, never 200."""
    text = f"{written} soldiers were killed."
    figures = extract(text)
    assert [(f.count.stated, f.surface) for f in figures] == [(1200, text[:-1])]


def test_space_grouping_needs_groups_of_three() -> None:
    """A no-break space before a group that is not three digits groups nothing."""
    figures = extract("1\u00a02000 soldiers were killed.")
    assert [(f.count.stated, f.surface) for f in figures] == [(2000, "2000 soldiers were killed")]


# ---------------------------------------------------------------------------
# Linear work, counted
# ---------------------------------------------------------------------------


class CountingTokens(list[Token]):
    """A sentence's token list that counts the tokens every access touches."""

    touched = 0

    @overload
    def __getitem__(self, i: SupportsIndex) -> Token: ...
    @overload
    def __getitem__(self, i: slice) -> list[Token]: ...
    def __getitem__(self, i: SupportsIndex | slice) -> Token | list[Token]:
        got = super().__getitem__(i)
        CountingTokens.touched += len(got) if isinstance(got, list) else 1
        return got

    def __iter__(self) -> Iterator[Token]:
        CountingTokens.touched += len(self)
        return super().__iter__()


#: The extraction stages that build sentences of their own.
_SENTENCE_BUILDERS = ("document", "openings", "attribution", "bodies", "stocks", "clause_claims")


@pytest.fixture
def token_visits(monkeypatch: pytest.MonkeyPatch) -> Callable[[str], int]:
    """Return a function that extracts from a text and returns the tokens visited."""

    class CountingSentence(Sentence):
        """A sentence whose token list counts the visits."""

        def __init__(self, text: str, start: int, end: int) -> None:
            super().__init__(text, start, end)
            self.tokens = CountingTokens(self.tokens)

    # (every stage that builds its own sentences: the document's reader, and
    # those that read a sentence again for its parts, sources or bodies)
    for name in _SENTENCE_BUILDERS:
        monkeypatch.setattr(
            sys.modules[f"conflictfigures._extraction.{name}"], "Sentence", CountingSentence
        )

    def visits(text: str) -> int:
        CountingTokens.touched = 0
        figures = extract(text)
        assert_valid(text, figures)
        return CountingTokens.touched

    return visits


HOSTILE = [
    pytest.param(lambda k: seed_articles() * k, id="articles"),
    pytest.param(lambda k: "soldiers killed wounded the men were two " * (150 * k), id="no punct"),
    pytest.param(lambda k: "killed " + "a " * (3_000 * k), id="a a a"),
    pytest.param(lambda k: "at least " * (2_000 * k) + "5 soldiers were killed.", id="qualifiers"),
    pytest.param(lambda k: ", ".join(["12"] * (3_000 * k)) + " soldiers killed.", id="commas"),
    pytest.param(lambda k: "killed 5 soldiers and " * (150 * k), id="figures in one sentence"),
    pytest.param(
        lambda k: "Officials said 5 soldiers were killed on Thursday this month and " * (100 * k),
        id="claims, dates and periods in one sentence",
    ),
    pytest.param(lambda k: "killed 5 soldiers in Idlib and " * (300 * k), id="placed figures"),
    pytest.param(lambda k: "5 tanks, " * (1_000 * k) + "were destroyed.", id="list"),
    pytest.param(lambda k: HTML_UNIT * (50 * k), id="html"),
    pytest.param(lambda k: "arrested " + "Ahmed " * (3_000 * k) + "said", id="names"),
    pytest.param(lambda k: "killed 5" + "-5" * (300 * k) + " soldiers killed.", id="numbers after"),
    pytest.param(lambda k: "5 killed or wounded, " * (500 * k) + "said.", id="joined harms"),
    pytest.param(
        lambda k: "seized 5 tanks, including old ones, and " * (500 * k) + "4 guns.", id="asides"
    ),
    pytest.param(lambda k: "The gunman shot him dead and " * (300 * k), id="pronouns"),
    pytest.param(lambda k: "lost 10 tanks: " + "1 destroyed, " * (500 * k) + ".", id="breakdown"),
    pytest.param(lambda k: "taken to a local " * (300 * k) + "hospital", id="places of care"),
    pytest.param(lambda k: "killed 2 on Monday and since then " * (200 * k), id="since then"),
    pytest.param(lambda k: "killed 2 since Monday and on Friday " * (200 * k), id="in periods"),
    pytest.param(lambda k: "5 died in hospital and " * (200 * k), id="care with no place"),
    pytest.param(lambda k: "the toll could be 5, " * (200 * k) + ".", id="guesses in one sentence"),
    pytest.param(
        lambda k: "12 people from " + "Gaza, " * (500 * k) + "and Rafah were killed.",
        id="places listed by name",
    ),
    pytest.param(
        lambda k: "destroyed 9 tanks in the area since May 6, and 2 more captured, " * (100 * k),
        id="more past a setting",
    ),
    pytest.param(
        lambda k: "120 civilians, most of them women, as well as 5 soldiers and " * (100 * k),
        id="adders past asides",
    ),
    # session 56: the event's day before a toll, a since-clause's brackets,
    # countries after colons, stays of a flight's people, a span's aside
    pytest.param(
        lambda k: "A boat sank on Monday, as the death toll rose to 9, " * (100 * k) + ".",
        id="event days before tolls",
    ),
    pytest.param(
        lambda k: "40 were killed since fighting " + "( ( SAF ) ) " * (200 * k) + "began on May 4.",
        id="brackets in a since-clause",
    ),
    pytest.param(
        lambda k: "Refugees in Europe: " + "Hungary: 180, " * (300 * k) + ".", id="colon lists"
    ),
    pytest.param(
        lambda k: (
            "About 2 million people fled into Chad. "
            + "Some 10 are staying in or around the registered camps. " * (100 * k)
        ),
        id="stays",
    ),
    pytest.param(
        lambda k: "From 24 February 2022, " + "which , " * (300 * k) + "to 13 March 2023, 40 died.",
        id="a span's aside",
    ),
    # session 57: states in brackets after a count, totals of things listed
    pytest.param(
        lambda k: "at 1,200 units (" + "destroyed: 673, " * (300 * k) + "captured: 409).",
        id="bracketed states",
    ),
    pytest.param(
        lambda k: "bringing the total to 1,700 tanks" + " and 14 guns" * (300 * k) + ".",
        id="totals of things listed",
    ),
    pytest.param(
        lambda k: (
            "Troops destroyed 9 tanks. The tally , " + "the list , " * (100 * k) + "lists 7 guns."
        ),
        id="a tracker's tally",
    ),
    # probe 64: asides of sources between semicolons, "It said" after a
    # body's sentence, statements issued before counts
    pytest.param(
        lambda k: "killed 5 - 7, according to police - ; 3 died" * (100 * k) + ".",
        id="sources in dashed asides",
    ),
    pytest.param(
        lambda k: "The army struck the town. It said 5 were killed. " * (100 * k),
        id="pronouns after a body",
    ),
    pytest.param(
        lambda k: "Police issued a statement. In the past day, 4 were arrested. " * (100 * k),
        id="statements issued",
    ),
]


@pytest.mark.parametrize("make", HOSTILE)
def test_work_grows_linearly(
    make: Callable[[int], str], token_visits: Callable[[str], int]
) -> None:
    """
    Doubling a hostile input at most doubles the tokens extraction visits
    (plus 5% slack), and no input costs more than 100 visits a character.
    """
    small, large = make(2), make(4)
    v_small, v_large = token_visits(small), token_visits(large)
    assert v_large <= 2.1 * v_small + 100
    assert v_large <= 100 * len(large)


def test_every_anchor_word_holds_a_trigger_stem() -> None:
    """
    The stems name the word of a trigger phrase that stands for it in the
    anchor screen ("custody" in "taken into custody"); every word the grammar
    can anchor a figure on must start with one ("displacing", "the detention
    of" once did not).
    """
    from conflictfigures._extraction.triggers import ANCHORS as _ANCHORS  # noqa: PLC0415
    from conflictfigures._lexicon import TRIGGER_SCREEN_RE  # noqa: PLC0415

    missed = sorted(word for word in _ANCHORS if TRIGGER_SCREEN_RE.match(word) is None)
    assert missed == []


def test_the_block_screen_folds_case_and_splits_at_every_non_letter() -> None:
    """
    The byte-level screen finds an anchor word in capitals, glued to digits or
    punctuation, broken by a soft hyphen, next to curly quotes or other
    scripts, or spelt with a letter whose lower case is ASCII (the Kelvin
    sign), as the tokenizer does.
    """
    texts = [
        "TWO SOLDIERS WERE KILLED IN THE ATTACK.",
        "Two soldiers were Killed;",
        "Police said 3 people were\tkilled-",
        "Three civilians were kil\u00adled on Monday.",
        "\u201cThree civilians were killed,\u201d the caf\u00e9 owner said.",
        "Three civilians were \u212aILLED.",
    ]
    found = [[(f.category.value, f.count.stated) for f in extract(t)] for t in texts]
    assert found == [[("killed", 2)], [("killed", 2)], [("killed", 3)]] + [[("killed", 3)]] * 3


def test_windows_line_endings_read_like_unix_ones() -> None:
    """A hard-wrapped paragraph with "\\r\\n" breaks joins like one with "\\n"."""
    unix = "Two Turkish soldiers\nwere killed on Thursday, the ministry said.\n\nAnother line.\n"
    windows = unix.replace("\n", "\r\n")
    read_unix = extract(unix, published="2020-02-28")
    read_windows = extract(windows, published="2020-02-28")
    assert [(f.category, f.count.stated, f.subject, f.claimed_by) for f in read_windows] == [
        (Category.KILLED, 2, "Turkish soldiers", "the ministry")
    ]
    assert [(f.category, f.count, f.subject, f.date, f.claimed_by) for f in read_windows] == [
        (f.category, f.count, f.subject, f.date, f.claimed_by) for f in read_unix
    ]
    assert_valid(windows, read_windows)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a self-counting noun before "the other": no KeyError, one more person
        ("Two martyrs were killed and the other was wounded.", [("killed", 2), ("wounded", 1)]),
        ("Two refugees died. linked the other.", [("killed", 2)]),
        # a total's noun and a milestone verb before a vague count: no assertion
        ("treated wounded others dead crossed several hurt shelling.", [("wounded", None)]),
        # a dateline's agency in brackets that closes the sentence: no IndexError
        ("Tuesday (1.2 ( Eve ( (+ )", []),
        ("BEIRUT, March 12 (Reuters)", []),
        # "the" and a closing quote ending the text after a figure: no IndexError
        ('5 dead the"', [("killed", 5)]),
        ("Seven soldiers were killed in the'", [("killed", 7)]),
    ],
)
def test_shuffled_words_that_once_crashed(
    text: str, expected: list[tuple[str, int | None]]
) -> None:
    """Sentences of shuffled case words that once raised inside the reader."""
    got = [(f.category.value, f.count.stated) for f in extract(text, published="2023-03-16")]
    assert got == expected
