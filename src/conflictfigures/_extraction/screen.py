"""
Screening: which blocks and sentences hold a word a figure can hang on,
read from their bytes folded to lower case in one C-level pass.
"""

from __future__ import annotations

from conflictfigures import _lexicon as lx
from conflictfigures._extraction.text import _INVISIBLE_SET, visible
from conflictfigures._extraction.triggers import ANCHORS

#: A byte table that keeps ASCII letters, folded to lower case, and turns every
#: other byte into a space: an ASCII text's words then split out of its bytes
#: in one C-level pass (several times faster than a regular expression).
FOLD_WORDS = bytes(c + 32 if 65 <= c <= 90 else c if 97 <= c <= 122 else 32 for c in range(256))


def fold_ascii(segment: str) -> bytes:
    """An ASCII ``segment`` as bytes, letters lower-cased and every other byte a space."""
    return segment.encode("ascii").translate(FOLD_WORDS)


#: What keeps a text outside ASCII from folding character for character: the
#: invisible marks (dropped inside a word, they join its halves) and the two
#: characters whose lower-case form holds an ASCII letter (U+0130, "I" with a
#: dot, and U+212A, the Kelvin sign); ``tests/test_extract_screens.py`` checks
#: every character.
UNFOLDABLE = _INVISIBLE_SET | {"\u0130", "\u212a"}


def fold_text(text: str) -> bytes | None:
    """
    ``text`` folded as :func:`fold_ascii` folds ASCII, a byte for each
    character and every character outside ASCII a space, so its words are
    those :func:`folded_words` reads, at the text's own offsets; ``None``
    when a character of :data:`UNFOLDABLE` stands in it.
    """
    if text.isascii():
        return fold_ascii(text)
    raw = text.encode("ascii", "replace")
    # Every character outside ASCII is a "?" now: only those are looked at.
    p = raw.find(b"?")
    while p >= 0:
        if text[p] in UNFOLDABLE:
            return None
        p = raw.find(b"?", p + 1)
    return raw.translate(FOLD_WORDS)


def folded_words(segment: str) -> list[bytes]:
    """
    The words of ``segment``, lower-cased, as ASCII bytes: ASCII letters are
    kept and every other character breaks words.  Outside ASCII, invisible
    marks go first ("kil\u00adled" is "killed", as the tokenizer reads it), so
    every token whose lower-case form is an ASCII word is among them.
    """
    if segment.isascii():
        return fold_ascii(segment).split()
    # A lone surrogate (from json.loads or surrogateescape) is no letter.
    return visible(segment.lower()).encode("utf-8", "replace").translate(FOLD_WORDS).split()


#: The anchor words and month names as bytes, for the screen over folded text.
ANCHOR_BYTES = frozenset(w.encode() for w in ANCHORS if w.isascii() and w.isalpha())


#: A tracker's verbs of listing, as bytes (see :func:`.verbs.tally_lists`).
TALLY_VERB_BYTES = frozenset(w.encode() for w in lx.TALLY_VERBS)

#: Reporting verbs, as bytes: a sentence the screen skips may still name the
#: source a later "it said" stands for.
CLAIM_BYTES = frozenset(w.encode() for w in lx.REPORTING_VERBS if w.isascii() and w.isalpha())
_PERCEIVING_BYTES = frozenset(w.encode() for w in lx.PERCEIVING_GERUNDS)
#: The verbs by which a source issues a statement, and its nouns, as bytes
#: ("The Israeli military issued a statement on Thursday morning. It said ...").
_ISSUING_BYTES = frozenset(w.encode() for w in lx.ISSUING_VERBS)
_ANNOUNCEMENT_BYTES = frozenset(w.encode() for w in lx.ANNOUNCEMENT_NOUNS if w.isascii())


def names_claim(words: list[bytes]) -> bool:
    """
    Whether a sentence's folded words may name a source: a reporting verb,
    or a verb of issuing with a statement's noun (see ``CLAIM_BYTES``).
    """
    if not _PERCEIVING_BYTES.isdisjoint(words) and any(
        w in _PERCEIVING_BYTES and words[k - 1] in CLAIM_BYTES for k, w in enumerate(words) if k
    ):
        return False  # "after a neighbour reported hearing screams": what it heard
    return not CLAIM_BYTES.isdisjoint(words) or (
        not _ISSUING_BYTES.isdisjoint(words) and not _ANNOUNCEMENT_BYTES.isdisjoint(words)
    )


#: The verbs that set or move a toll and the bare nouns of a total, as
#: bytes: a sentence with no trigger word may still set the count of the
#: figure before it ("The governor's office put the number at 22", "raised
#: the figure to 105").
_TOLL_SETTING_BYTES = frozenset(w.encode() for w in lx.TOLL_SETTING_VERBS)
_TOTAL_VERB_BYTES = frozenset(w.encode() for w in lx.TOTAL_VERBS)
_BARE_TOTAL_BYTES = frozenset(w.encode() for w in lx.BARE_TOTAL_NOUNS)


def sets_bare_total(words: list[bytes]) -> bool:
    """
    Whether a sentence's folded words may set a bare total ("put the number
    at 22", "raised the figure to 105", "The figure later rose to 105", "the
    figure stood at 230,671").
    """
    return not _BARE_TOTAL_BYTES.isdisjoint(words) and (
        (
            b"at" in words
            and not (_TOLL_SETTING_BYTES.isdisjoint(words) and _TOTAL_VERB_BYTES.isdisjoint(words))
        )
        or (b"to" in words and not _TOTAL_VERB_BYTES.isdisjoint(words))
    )


#: A month's name, or the first word of a holiday that names a day of the
#: year ("New Year's Day"), as bytes: a word that may date a paragraph.
MONTH_BYTES = frozenset(w.encode() for w in lx.MONTHS if w.isascii() and w.isalpha()) | {
    words[1 if words[0] == "new" else 0].encode() for words in lx.HOLIDAYS
}
#: Weekdays and the days before publication told by name ("yesterday",
#: "overnight", "last night"), as bytes: a sentence before a story's first
#: figure may set it on one.
WEEKDAY_BYTES = frozenset(w.encode() for w in lx.WEEKDAYS if w.isascii() and w.isalpha()) | {
    b"yesterday",
    b"overnight",
    b"night",
}

#: The words of a day that, before the story's first figure, may set the
#: story's day: a weekday's, and the report's own ("An earthquake of
#: magnitude 5.7 occurred at 04.17 local time today", "a landslide struck
#: the road early this morning").
STORY_DAY_BYTES = WEEKDAY_BYTES | {b"today", b"tonight", b"morning", b"afternoon", b"evening"}

#: Words that make a later paragraph's weekday another matter's day, not the
#: story's ("The president is due to visit on Tuesday", "A similar raid took
#: place on Monday last month").
_OTHER_DAY_BYTES = frozenset(
    w.encode() for w in ("will", "due", "would", "expected", "similar", "last", "next", "planned")
)


#: The words of a story of flight as bytes: in a story that counted
#: refugees, a people named in another country, or people coming in, may be
#: counted (see :mod:`.located` and :mod:`.elided_flight`).
FLIGHT_STORY_BYTES = frozenset(
    w.encode() for w in lx.FLIGHT_STORY_WORDS if w.isascii() and w.isalpha()
)


def skips_block(
    words: list[bytes], *, before_story: bool, day_wanted: bool, flight_told: bool = False
) -> bool:
    """
    Whether a paragraph (its folded ``words``) can be passed unread: it has
    no word a figure hangs on, and it is neither a paragraph before the
    story's first figure that may set its day (``before_story``: a weekday
    or a month among other words, not a liveblog's heading of a day alone),
    nor a later one that tells the story's day while none is known yet
    (``day_wanted``: "... came off the tracks shortly after 07:00 on
    Friday.", not "The president is due to visit on Tuesday"), nor one that
    names a people in a story that counted refugees (``flight_told``).
    """
    if not ANCHOR_BYTES.isdisjoint(words):
        return False
    if flight_told and not FLIGHT_STORY_BYTES.isdisjoint(words):
        return False  # ("There are now 1.2 million Sudanese in Chad", after a flight)
    days = not WEEKDAY_BYTES.isdisjoint(words)
    if (
        before_story
        and not (STORY_DAY_BYTES.isdisjoint(words) and MONTH_BYTES.isdisjoint(words))
        and not all(w in STORY_DAY_BYTES or w in MONTH_BYTES or w.isdigit() for w in words)
    ):
        return False
    return not (day_wanted and days and _OTHER_DAY_BYTES.isdisjoint(words))
