"""
Figures out of raw news text.

:func:`extract` is lenient: it reads a whole article, boilerplate and all, and
returns every figure it can defend, never raising on any ``str``.
:func:`parse_figure` is strict: it reads one short phrase as exactly one
figure or raises :class:`~conflictfigures.InvalidFigure`.

The grammar, one rule per function below (``NP`` is the counted group's
words, ``AUX`` words such as "were", "had been", "also")::

    total     = TOTAL_VERB ... TOTAL_NOUN ("of" NP TRIGGER)? ... ("to" | "at") NUMBER
    passive   = NUMBER ("of")? NP? AUX* PASSIVE_TRIGGER
    self      = NUMBER NP(head in SELF_COUNTING_NOUNS)      "three martyrs"
    active    = ACTIVE_TRIGGER NUMBER NP?                   "killing four insurgents"
    list      = NUMBER NP ("," | "and" | "as well as") NUMBER NP ... TRIGGER
    zero      = ("no" | "none" | "no one") NP? AUX* PASSIVE_TRIGGER

Each sentence is read once, left to right, with bounded look-around, so
extraction is linear in the input.
"""

from __future__ import annotations

import bisect
import datetime as dt
from typing import TYPE_CHECKING

from conflictfigures import _lexicon as lx
from conflictfigures._dates import (
    DATE_STARTERS,
    DateMention,
    PeriodMention,
    find_dates,
    find_periods,
)
from conflictfigures._numbers import NUMBER_STARTERS, NumberReading, read_number
from conflictfigures._text import GLUED, Sentence, Token, blocks, sentence_spans, visible
from conflictfigures.errors import InvalidDate, InvalidFigure, InvalidText
from conflictfigures.models import Category, Count, Figure, Qualifier, Source, Span
from conflictfigures.policy import DEFAULT_POLICY, BoundsPolicy

if TYPE_CHECKING:
    from collections.abc import Iterator

__all__ = ["extract", "parse_figure"]

_QUOTES = frozenset("\"'\u201c\u201d\u2018\u2019\u00ab\u00bb")
_DASHES = lx.DASHES
_AGENT_SUFFIXES = ("er", "or", "ist", "ant", "ian")
_ONE_PERSON_STARTERS = frozenset(
    {"him", "her", "he", "she", "senior", "suspected", "insurgent", "militant"}
)
_SUBSET_DETERMINERS = frozenset({"the", "these", "those", "several", "multiple", "numerous"})


def _key_words(phrase: tuple[str, ...]) -> tuple[str, ...]:
    """
    The words of a trigger phrase that stand for it in the anchor screen: those
    holding a trigger stem ("custody" in "taken into custody"), else its first.
    """
    stemmed = tuple(w for w in phrase if lx.TRIGGER_SCREEN_RE.search(w))
    return stemmed or phrase[:1]


#: Forms of "take" that open a capture around its group ("took ... into custody").
_TAKE = frozenset({"take", "takes", "took", "taken", "taking"})
#: The single words that close it ("took 15 soldiers hostage").
_CAPTIVE = frozenset({"prisoner", "prisoners", "captive", "captives", "hostage", "hostages"})
#: Words an of-phrase after the group may not hold: they close the capture.
_TAKE_CLOSERS = _CAPTIVE | {"into"}


#: Words that can anchor a figure in a sentence; a sentence with none of them
#: is not read further.
_ANCHORS = frozenset(
    set(lx.PASSIVE_TRIGGERS)
    | set(lx.ACTIVE_TRIGGERS)
    | set(lx.SELF_COUNTING_NOUNS)
    | {word for word, category in lx.TOTAL_NOUNS.items() if category is not None}
    | {w for words, _, _ in lx.PASSIVE_PHRASES + lx.ACTIVE_PHRASES for w in _key_words(words)}
    | _CAPTIVE
    | {"custody"}
)
_NUMBER_STARTERS = NUMBER_STARTERS
_ZERO_WORDS = frozenset({"no", "none", "nobody"})
#: Lower-case words that can start a reading (capitalized words and digits can too).
_READING_STARTERS = frozenset(_NUMBER_STARTERS | _ZERO_WORDS | _ONE_PERSON_STARTERS)
#: A byte table that keeps ASCII letters, folded to lower case, and turns every
#: other byte into a space: an ASCII text's words then split out of its bytes
#: in one C-level pass (several times faster than a regular expression).
_FOLD_WORDS = bytes(c + 32 if 65 <= c <= 90 else c if 97 <= c <= 122 else 32 for c in range(256))


def _fold_ascii(segment: str) -> bytes:
    """An ASCII ``segment`` as bytes, letters lower-cased and every other byte a space."""
    return segment.encode("ascii").translate(_FOLD_WORDS)


def _folded_words(segment: str) -> list[bytes]:
    """
    The words of ``segment``, lower-cased, as ASCII bytes: ASCII letters are
    kept and every other character breaks words.  Outside ASCII, invisible
    marks go first ("kil\u00adled" is "killed", as the tokenizer reads it), so
    every token whose lower-case form is an ASCII word is among them.
    """
    if segment.isascii():
        return _fold_ascii(segment).split()
    return visible(segment.lower()).encode("utf-8").translate(_FOLD_WORDS).split()


#: The anchor words and month names as bytes, for the screen over folded text.
_ANCHOR_BYTES = frozenset(w.encode() for w in _ANCHORS if w.isascii() and w.isalpha())
_MONTH_BYTES = frozenset(w.encode() for w in lx.MONTHS if w.isascii() and w.isalpha())
#: Nouns before "of" that start a one-person reading ("the death of Hemat").
_OF_NOUNS = frozenset({"death", "deaths", "capture", "killing", "arrest", "detention", "lives"})
#: The words between a one-person group and its passive trigger.
_ONE_PERSON_AUX = frozenset(set(lx.AUXILIARIES) | {"subsequently", "engaged", "and"})
#: How far before a passive trigger a one-person reading may start.
_ONE_PERSON_REACH = 24
_LIST_JOINERS = frozenset({",", "and", ";", "plus"})
#: Words that continue a list after an active trigger ("as well as", "along with").
_LIST_LINKS = frozenset({"as", "well", "along", "with", "together"})
_PLACE_PREPS = frozenset({"in", "near", "around", "outside", "inside", "across", "throughout"})
_PLACE_NOUNS = frozenset(
    {
        "province",
        "region",
        "city",
        "district",
        "governorate",
        "area",
        "state",
        "county",
        "village",
        "town",
        "oblast",
        "region's",
        "border",
    }
)
_DIRECTIONS = frozenset(
    [
        "north",
        "south",
        "east",
        "west",
        "northwest",
        "northeast",
        "southwest",
        "southeast",
        "northern",
        "southern",
        "eastern",
        "western",
        "northwestern",
        "northeastern",
        "southwestern",
        "southeastern",
        "central",
        "north-west",
        "north-east",
        "south-west",
        "south-east",
    ]
)
_NOT_PLACES = frozenset(set(lx.WEEKDAYS) | set(lx.MONTHS) | {"the", "a", "an"})

_Phrase = tuple[tuple[str, ...], Category | None, Category | None]


def _phrases_by(phrases: tuple[_Phrase, ...], position: int) -> dict[str, tuple[_Phrase, ...]]:
    """Index trigger phrases by their first (``0``) or last (``-1``) word, keeping their order."""
    index: dict[str, list[_Phrase]] = {}
    for phrase in phrases:
        index.setdefault(phrase[0][position], []).append(phrase)
    return {word: tuple(found) for word, found in index.items()}


#: Passive phrases by the word they start with ("taken" into custody).
_PASSIVE_BY_FIRST = _phrases_by(lx.PASSIVE_PHRASES, 0)
#: Active phrases by the word just before the counted group ("the death of").
_ACTIVE_BY_LAST = _phrases_by(lx.ACTIVE_PHRASES, -1)
_NAME_PARTICLES = frozenset(
    {
        "al",
        "el",
        "bin",
        "ibn",
        "abu",
        "abd",
        "de",
        "van",
        "von",
        "der",
        "da",
        "di",
        "du",
        "la",
        "le",
    }
)
_PRONOUNS = frozenset({"it", "he", "she", "they", "we", "i", "you", "who", "which", "that"})


class _Reading:
    """A figure under construction, before provenance is attached."""

    __slots__ = (
        "active",
        "category",
        "cumulative",
        "first",
        "head",
        "last",
        "np",
        "number",
        "perfect",
        "side",
        "subject",
    )

    def __init__(self, number: NumberReading, category: Category) -> None:
        self.number = number
        self.category = category
        self.first = number.first  # first token of the figure's words
        self.last = number.last  # one past the last token of its words
        self.np: tuple[int, int] = (number.last, number.last)
        self.head: str | None = None
        self.subject: str | None = None
        self.side: str | None = None
        self.cumulative = False
        self.perfect = False
        self.active = False


# ---------------------------------------------------------------------------
# Arguments
# ---------------------------------------------------------------------------


def _check_published(published: object) -> dt.date | None:
    """Return ``published`` as a date, or raise :class:`InvalidDate`."""
    if published is None:
        return None
    if isinstance(published, dt.datetime):
        return published.date()
    if isinstance(published, dt.date):
        return published
    if isinstance(published, str):
        # A date ("2020-02-27") or a whole ISO datetime, whose own calendar
        # date is used; anything else, even with a date in front, is refused.
        text = published.strip()
        try:
            return dt.date.fromisoformat(text)
        except ValueError:
            pass
        try:
            return dt.datetime.fromisoformat(text).date()
        except ValueError:
            raise InvalidDate(
                f"'published' must be an ISO date (YYYY-MM-DD), got {published!r}"
            ) from None
    raise InvalidDate(
        f"'published' must be a datetime.date, an ISO date string or None, got {published!r}"
    )


def _check_optional_str(name: str, value: object) -> str | None:
    if value is None or isinstance(value, str):
        return value
    raise InvalidText(f"{name!r} must be a str or None, got {type(value).__name__}")


# ---------------------------------------------------------------------------
# The counted group
# ---------------------------------------------------------------------------


def _read_np(tokens: list[Token], j: int) -> tuple[int, int, int]:
    """
    Read the counted group's words from ``tokens[j]``:
    ``np = ("of" DETERMINER?)? WORD (("-" | "'s") WORD)* ...``, at most six words.

    Returns ``(start, end, next)``: the words' token range and the index after.
    """
    n = len(tokens)
    k = j
    # A closing quote glued after the number ("'More Than 50' Syrian Forces").
    if k < n and tokens[k].text in _QUOTES and tokens[k].gap == GLUED:
        k += 1
    if k < n and tokens[k].low == "of" and k + 1 < n and tokens[k + 1].is_word:
        k += 1
    start = k
    words = 0
    while k < n and words < 7:
        tok = tokens[k]
        low = tok.low
        if tok.is_word:
            # Any of these ends the group; the words that can are screened
            # with one lookup first.
            if low in _NP_ENDERS and (
                (
                    low == "of"
                    and not (
                        # "members of the armed forces", "personnel of the army"
                        words
                        and tokens[k - 1].low in ("members", "member", "personnel", "units", "unit")
                        and k + 1 < n
                        and tokens[k + 1].is_word
                    )
                    and not (
                        # A proper name with "of" inside: "Islamic Movement of Uzbekistan".
                        words
                        and tokens[k - 1].is_capitalized
                        and k + 1 < n
                        and tokens[k + 1].is_capitalized
                        and tokens[k + 1].low not in lx.MONTHS
                    )
                )
                or (low in lx.NP_STOP and not (low in lx.DETERMINERS and k == start))
                or (low in lx.PASSIVE_TRIGGERS and (words or low != "missing"))
                or (words and low in lx.AUXILIARIES)
            ):
                break
            if (
                # The group ends after its noun ("refugees already camped"),
                # but a name used as a modifier does not end it ("Taliban
                # attack coordinator").
                words
                and tokens[k - 1].low in _COUNTED
                and not tokens[k - 1].is_capitalized
                and tokens[k - 1].low != "other"  # "one other suspected insurgent"
                and low not in _COUNTED
            ):
                break
            words += 1
            k += 1
            continue
        if (
            tok.text == "("
            and words
            and k + 2 < n
            and tokens[k + 1].is_word
            and tokens[k + 1].text.isupper()
            and tokens[k + 2].text == ")"
        ):
            # An acronym in parentheses: "Islamic Movement of Uzbekistan (IMU) leader".
            k += 3
            continue
        if tok.text in _DASHES and tok.gap == GLUED and words and k + 1 < n:
            nxt = tokens[k + 1]
            if nxt.is_word and nxt.gap == GLUED:
                k += 2
                continue
        break
    end = k
    # Never end on a determiner or "of".
    while end > start and tokens[end - 1].low in lx.DETERMINERS:
        end -= 1
    return start, end, end


#: The words that can end a counted group's words by themselves (see ``_read_np``).
_NP_ENDERS = frozenset({"of"} | set(lx.NP_STOP) | set(lx.PASSIVE_TRIGGERS) | set(lx.AUXILIARIES))
#: The nouns that can head a counted group.
_COUNTED = frozenset(set(lx.PEOPLE_NOUNS) | set(lx.EQUIPMENT_NOUNS) | set(lx.SELF_COUNTING_NOUNS))


def _noun_class(low: str | None) -> str:
    """Return "people", "equipment", "self", "not" or "unknown" for a head noun."""
    if low is None:
        return "none"
    if low in lx.SELF_COUNTING_NOUNS:
        return "self"
    if low in lx.NOT_COUNTED_NOUNS:
        return "not"
    if low in lx.EQUIPMENT_NOUNS:
        return "equipment"
    if low in lx.PEOPLE_NOUNS:
        return "people"
    if low in lx.SIDES and low.endswith("s"):
        return "people"
    if low.endswith(_AGENT_SUFFIXES) and not low.endswith("s") and low not in lx.NOT_AGENTS:
        # "coordinator", "manufacturer", "extremist": one who does something.
        return "agent"
    return "unknown"


def _choose(categories: tuple[Category | None, Category | None], cls: str) -> Category | None:
    """Pick the people or the equipment category of a trigger for a head class."""
    people, equipment = categories
    if cls == "equipment":
        return equipment
    if cls == "agent":
        return people if equipment is None else None
    if cls in ("people", "none"):
        return people
    if cls == "self":
        return people
    return None


def _side_of(tokens: list[Token], start: int, end: int) -> str | None:
    for k in range(start, end):
        side = lx.SIDES.get(tokens[k].low)
        if side is not None:
            return side
    return None


def _plural(low: str) -> bool:
    return low.endswith("s") or low in {
        "personnel",
        "police",
        "people",
        "children",
        "men",
        "women",
        "military",
        "crew",
        "staff",
        "forces",
        "artillery",
        "aircraft",
    }


# ---------------------------------------------------------------------------
# Grammar rules
# ---------------------------------------------------------------------------


#: Participles that open a clause describing a counted group ("men associated
#: with the compound"), skipped on the way to the group's verb.
_LINKING_PARTICIPLES = frozenset({"associated", "affiliated", "linked", "connected", "tied"})


def _passive(
    tokens: list[Token], np: tuple[int, int, int]
) -> tuple[tuple[Category | None, Category | None], int, int, bool] | None:
    """
    ``passive = NUMBER NP? AUX* PASSIVE_TRIGGER``.

    Returns the trigger's categories, its token range and whether the verb is
    in the perfect ("have been killed").
    """
    n = len(tokens)
    k = np[2]
    perfect = False
    skipped = 0
    # "the targeted individual, who was detained"
    if k + 1 < n and tokens[k].text == "," and tokens[k + 1].low == "who" and np[1] > np[0]:
        k += 2
    elif k < n and tokens[k].low == "who" and np[1] > np[0]:
        k += 1
    elif (
        k + 1 < n
        and np[1] > np[0]
        and tokens[k].low in _LINKING_PARTICIPLES
        and tokens[k + 1].low in ("with", "to")
    ):
        # "several men associated with the compound were taken into custody":
        # a short participle clause, then the group's own verb.
        m = k + 2
        while (
            m < n
            and m < k + 8
            and tokens[m].is_word
            and tokens[m].low not in lx.AUXILIARIES
            and tokens[m].low not in lx.PASSIVE_TRIGGERS
        ):
            m += 1
        if m < n and tokens[m].low in lx.AUXILIARIES:
            k = m
    while k < n and skipped < 6:
        tok = tokens[k]
        if tok.low in ("have", "has", "had"):
            perfect = True
        if tok.low in lx.AUXILIARIES or (tok.text in _QUOTES):
            k += 1
            skipped += 1
            continue
        break
    if k >= n:
        return None
    for words, people, equipment in _PASSIVE_BY_FIRST.get(tokens[k].low, ()):
        if all(k + i < n and tokens[k + i].low == w for i, w in enumerate(words)):
            return (people, equipment), k, k + len(words), perfect
    trig = lx.PASSIVE_TRIGGERS.get(tokens[k].low)
    if trig is None:
        return None
    # "two soldiers killed" needs a noun before it; "five others wounded" too.
    if tokens[k].low == "missing" and np[0] == np[1] and skipped == 0:
        return None
    # "fled" and "died" take no auxiliary in the passive sense but are fine.
    last = k + 1
    if last < n and tokens[last].text in _QUOTES and tokens[last].gap == GLUED:
        last += 1
    return trig, k, last, perfect


def _active(
    tokens: list[Token], num: NumberReading
) -> tuple[tuple[Category | None, Category | None], int] | None:
    """
    ``active = ACTIVE_TRIGGER FILLER? NUMBER``: return the trigger's categories and
    its first token.
    """
    k = num.first - 1
    skipped = 0
    while (
        k >= 0
        and skipped < 2
        and tokens[k].low in ("also", "another", "a", "total", "of", "at", "least", "some", "all")
    ):
        if tokens[k].low == "of" and not (k > 0 and tokens[k - 1].low == "total"):
            break
        k -= 1
        skipped += 1
    if k < 0:
        return None
    for words, people, equipment in _ACTIVE_BY_LAST.get(tokens[k].low, ()):
        m = len(words)
        if k - m + 1 >= 0 and all(tokens[k - m + 1 + i].low == w for i, w in enumerate(words)):
            return (people, equipment), k - m + 1
    # "was detained along with several of his associates"
    if k >= 2 and tokens[k].low == "with" and tokens[k - 1].low in ("along", "together"):
        passive = lx.PASSIVE_TRIGGERS.get(tokens[k - 2].low)
        if passive is not None:
            return passive, k - 2
    trig = lx.ACTIVE_TRIGGERS.get(tokens[k].low)
    if trig is None or _intended(tokens, k):
        return None
    return trig, k


def _taken(
    tokens: list[Token], num: NumberReading, np: tuple[int, int, int]
) -> tuple[tuple[int, int, int], int, int] | None:
    """
    ``TAKE ("the" | "all")? NUMBER NP ("of" WORD{1,4})? ("into" "custody" | CAPTIVE)``:
    a form of "take" before the number and the capture after its group.

    Returns the group (without a closing word it swallowed), the first token
    of "take" and the index after the closing words.
    """
    k = num.first - 1
    if k >= 0 and tokens[k].low in ("the", "all"):
        k -= 1
    if k < 0 or tokens[k].low not in _TAKE:
        return None
    n = len(tokens)
    start, end, j = np
    if end - start >= 2 and tokens[end - 1].low in _CAPTIVE:
        # The group read on into the closing word: "15 soldiers hostage".
        return (start, end - 1, end - 1), k, end
    if j < n and tokens[j].low == "of":
        # "the two occupants of the vehicle into custody"
        m = j + 1
        while m < n and m <= j + 4 and tokens[m].is_word and tokens[m].low not in _TAKE_CLOSERS:
            m += 1
        j = m
    if j < n and tokens[j].low in _CAPTIVE:
        return np, k, j + 1
    if j + 1 < n and tokens[j].low == "into" and tokens[j + 1].low == "custody":
        return np, k, j + 2
    return None


def _intended(tokens: list[Token], k: int) -> bool:
    """Whether the verb at ``k`` is an intention, not a report ("an operation to detain")."""
    return k > 0 and tokens[k - 1].low == "to" and not tokens[k].low.endswith(("ed", "ing"))


def _total(
    tokens: list[Token], num: NumberReading
) -> tuple[Category, int, tuple[int, int] | None] | None:
    """
    ``total = TOTAL_VERB ... TOTAL_NOUN ("of" NP TRIGGER)? ... ("to" | "at") NUMBER``
    or ``"death toll of" NUMBER``.

    Returns the category, the first token of the phrase and the counted group's
    token range when the phrase names one.
    """
    i = num.first
    if i == 0 or tokens[i - 1].low not in ("to", "at", "of"):
        return None
    joiner = tokens[i - 1].low
    lo = max(0, i - 26)
    verb_at: int | None = None
    noun_at: int | None = None
    category: Category | None = None
    group: tuple[int, int] | None = None
    for k in range(i - 2, lo - 1, -1):
        tok = tokens[k]
        if tok.text in (".", ";", "!", "?"):
            break
        if tok.low in lx.TOTAL_VERBS and verb_at is None:
            verb_at = k
        if tok.low in lx.TOTAL_NOUNS and noun_at is None:
            noun_at = k
    if noun_at is None:
        return None
    if joiner == "of" and noun_at != i - 2:
        return None
    if joiner in ("to", "at") and verb_at is None:
        return None
    noun = tokens[noun_at].low
    category = lx.TOTAL_NOUNS[noun]
    if noun in ("number", "total", "tally", "count", "figure", "casualties", "toll"):
        # "the number of Turkish security personnel killed", "the total of troops killed"
        j = noun_at + 1
        if j < len(tokens) and tokens[j].low == "of":
            start, end, nxt = _read_np(tokens, j)
            if end > start:
                group = (start, end)
            k = nxt
            while k < i - 1 and k < nxt + 3 and tokens[k].low in lx.AUXILIARIES:
                k += 1
            if k < i - 1:
                trig = lx.PASSIVE_TRIGGERS.get(tokens[k].low)
                if trig is not None and trig[0] is not None:
                    category = trig[0]
        if noun == "toll" and category is None:
            category = Category.KILLED
    elif noun_at > 0:
        # "Turkish military fatalities": the words before the noun name the group.
        start = noun_at
        while (
            start > 0
            and start > noun_at - 4
            and tokens[start - 1].is_word
            and (
                tokens[start - 1].low not in lx.NP_STOP
                and tokens[start - 1].low not in lx.TOTAL_VERBS
                and tokens[start - 1].low not in lx.DETERMINERS
                and tokens[start - 1].low != "death"
            )
        ):
            start -= 1
        if start < noun_at:
            group = (start, noun_at)
    if category is None:
        return None
    first = min(k for k in (verb_at, noun_at) if k is not None)
    if tokens[first].low not in lx.TOTAL_VERBS and first > 0 and tokens[first - 1].low == "death":
        first -= 1
    return category, first, group


# ---------------------------------------------------------------------------
# Claims, places, time
# ---------------------------------------------------------------------------


def _claim_word(tok: Token) -> bool:
    """Whether a word may stand inside a claimant's name ("the UN refugee agency")."""
    low = tok.low
    if not tok.is_word or low in _PRONOUNS or low in lx.REPORTING_VERBS:
        return False
    if low in ("of", "for", "on") or tok.is_capitalized:
        return low not in lx.WEEKDAYS and low not in lx.MONTHS
    return (
        low not in lx.NP_STOP
        and low not in lx.PASSIVE_TRIGGERS
        and low not in lx.ACTIVE_TRIGGERS
        and low not in lx.CLAIM_SKIPPABLE
        and low not in lx.TOTAL_NOUNS
    )


def _is_source(tokens: list[Token]) -> bool:
    """Whether the words can name a source: a name, an agency, or people who speak."""
    return any(
        t.is_capitalized
        or t.low in lx.AGENT_NOUNS
        or t.low in lx.PEOPLE_NOUNS
        or t.low.endswith(_AGENT_SUFFIXES)
        for t in tokens
        if t.is_word and t.low not in ("the", "a", "an")
    )


def _claimant_left(tokens: list[Token], k: int) -> tuple[int, int] | None:
    """
    Read the claimant's words ending just before ``tokens[k]`` (a reporting
    verb), skipping time words between them ("the ministry earlier on Thursday
    said"): ``claimant = DETERMINER? WORD{1,8}``.
    """
    j = k - 1
    skipped = 0
    while (
        j >= 0
        and skipped < 5
        and tokens[j].low in lx.CLAIM_SKIPPABLE
        and not (
            tokens[j].is_capitalized and tokens[j].low not in lx.WEEKDAYS and tokens[j].low != "on"
        )
    ):
        j -= 1
        skipped += 1
    end = j + 1
    words = 0
    while j >= 0 and words < 9:
        tok = tokens[j]
        if tok.low in ("the", "a", "an"):
            j -= 1
            break
        if _claim_word(tok) or (
            tok.low in _NAME_PARTICLES and j + 1 < len(tokens) and tokens[j + 1].text in _DASHES
        ):
            j -= 1
            words += 1
            continue
        if tok.text in _DASHES and j > 0 and tok.gap == GLUED and words:
            j -= 1
            continue
        break
    start = j + 1
    while start < end and tokens[start].low in ("of", "for", "on"):
        start += 1
    while end > start and tokens[end - 1].low in ("of", "for", "on", "the", "a", "an"):
        end -= 1
    if start >= end or not _is_source(tokens[start:end]):
        return None
    return start, end


def _claimant_right(tokens: list[Token], k: int) -> tuple[int, int] | None:
    """
    Read the claimant's words starting at ``tokens[k]`` ("according to the UN",
    "said Colonel Ivanov"): ``claimant = DETERMINER? WORD{1,8}``.
    """
    n = len(tokens)
    j = k
    if j < n and tokens[j].low in ("the", "a", "an"):
        j += 1
    words = 0
    while j < n and words < 8:
        tok = tokens[j]
        if _claim_word(tok) or (
            tok.low in _NAME_PARTICLES and words and j + 1 < n and tokens[j + 1].text in _DASHES
        ):
            j += 1
            words += 1
            continue
        if tok.text in _DASHES and words and j + 1 < n and tokens[j + 1].gap == GLUED:
            j += 1
            continue
        break
    end = j
    while end > k and tokens[end - 1].low in ("of", "for", "on", "the", "a", "an"):
        end -= 1
    if end <= k or not _is_source(tokens[k:end]):
        return None
    return k, end


#: Words a claim hangs on: reporting verbs and "according (to)", "claims (by)", "citing".
_CLAIM_WORDS = frozenset(
    set(lx.REPORTING_VERBS)
    | {"according", "claims", "claim", "statement", "statements", "citing", "quoting"}
)


def _claims(tokens: list[Token]) -> list[tuple[int, int, int]]:
    """
    Return the sentence's claims as ``(anchor, start, end)``: the reporting
    word's index and the claimant's token range.
    """
    found: list[tuple[int, int, int]] = []
    n = len(tokens)
    for k in [k for k, t in enumerate(tokens) if t.low in _CLAIM_WORDS]:
        low = tokens[k].low
        if low == "according" and k + 1 < n and tokens[k + 1].low == "to":
            rng = _claimant_right(tokens, k + 2)
            if rng is not None:
                found.append((k, *rng))
            continue
        if (
            low in ("claims", "claim", "statement", "statements")
            and k + 1 < n
            and tokens[k + 1].low == "by"
        ):
            rng = _claimant_right(tokens, k + 2)
            if rng is not None:
                found.append((k, *rng))
            continue
        if low in ("citing", "quoting"):
            rng = _claimant_right(tokens, k + 1)
            if rng is not None:
                found.append((k, *rng))
            continue
        if low not in lx.REPORTING_VERBS:
            continue
        rng = _claimant_left(tokens, k)
        if rng is None and k + 1 < n:
            prev = tokens[k - 1] if k > 0 else None
            if prev is None or prev.text in _QUOTES or prev.text == ",":
                rng = _claimant_right(tokens, k + 1)
        if rng is not None:
            found.append((k, *rng))
    return found


def _place(tokens: list[Token], lo: int, hi: int, preps: list[int]) -> tuple[int, int] | None:
    """
    Find the first place phrase ("in northwest Syria", "near Idlib") in
    ``tokens[lo:hi]``; ``preps`` are the sentence's indices of place
    prepositions, in order.
    """
    after = lo
    for p in range(bisect.bisect_left(preps, lo), len(preps)):
        k = preps[p]
        if k >= hi:
            break
        if k < after:
            continue
        j = k + 1
        # "in and around Tripoli"
        if j + 1 < hi and tokens[j].low in ("and", "or") and tokens[j + 1].low in _PLACE_PREPS:
            j += 2
        if j < hi and tokens[j].low == "the":
            j += 1
        start = j
        saw_name = False
        while j < hi:
            tok = tokens[j]
            if (
                tok.is_word
                and tok.is_capitalized
                and tok.low not in _NOT_PLACES
                and tok.low not in lx.INCIDENT_NOUNS
            ):
                saw_name = True
                j += 1
            elif (
                (tok.is_word and (tok.low in _DIRECTIONS or tok.low in _PLACE_NOUNS))
                or (
                    (tok.low == "of" and saw_name)
                    or (tok.low == "of" and j > start and tokens[j - 1].low in _PLACE_NOUNS)
                )
                or (tok.text in _DASHES and j > start and j + 1 < hi and tokens[j + 1].gap == GLUED)
            ):
                j += 1
            else:
                break
        # "in Dangam district, Kunar province", "near Idlib, Syria": the
        # wider place after a comma belongs to the same phrase.
        while (
            saw_name
            and j + 1 < hi
            and tokens[j].text == ","
            and tokens[j + 1].is_capitalized
            and tokens[j + 1].low not in _NOT_PLACES
        ):
            m = j + 1
            while m < hi and m < j + 5 and tokens[m].is_word and tokens[m].is_capitalized:
                m += 1
            wider = m < hi and tokens[m].low in _PLACE_NOUNS
            if wider:
                m += 1
            elif not (m == j + 2 and tokens[j + 1].low in lx.COUNTRIES):
                break
            j = m
        end = j
        while end > start and tokens[end - 1].low == "of":
            end -= 1
        nxt = tokens[end] if end < len(tokens) else None
        demonym_only = all(
            tokens[m].low in lx.SIDES
            and not tokens[m].low.endswith("a")
            and tokens[m].low
            not in {
                "turkey",
                "syria",
                "russia",
                "ukraine",
                "afghanistan",
                "iraq",
                "iran",
                "israel",
                "lebanon",
                "libya",
                "yemen",
            }
            for m in range(start, end)
            if tokens[m].is_capitalized
        )
        adjective_use = (
            nxt is not None
            and nxt.is_word
            and not nxt.is_capitalized
            and nxt.low not in lx.NP_STOP
            and nxt.low not in _PLACE_NOUNS
        )
        if saw_name and not demonym_only and not adjective_use:
            return start, end
        after = max(k + 1, end)
    return None


def _host(tokens: list[Token], before: int) -> tuple[int, int] | None:
    """The host country of a refugee stock: the nearest country name before it."""
    for k in range(before - 1, max(-1, before - 30), -1):
        tok = tokens[k]
        if tok.is_capitalized and tok.is_word and tok.low.removesuffix("'s") in lx.COUNTRIES:
            return k, k + 1
    return None


# ---------------------------------------------------------------------------
# Sentence reading
# ---------------------------------------------------------------------------


#: The words that make a figure hypothetical ("if another soldier was hurt").
_IF_WORDS = frozenset({"if", "unless", "whether"})


def _hypothetical(tokens: list[Token], first: int) -> bool:
    """Whether an "if" ("unless", "whether") stands in the same clause, a few words before."""
    for k in range(first - 1, max(-1, first - 5), -1):
        low = tokens[k].low
        if low in (",", ";", "."):
            return False
        if low in _IF_WORDS:
            return True
    return False


def _zero(tokens: list[Token], i: int) -> NumberReading | None:
    """``zero = ("no" | "none" | "no one" | "nobody") NP? AUX* TRIGGER``."""
    low = tokens[i].low
    if low in ("none", "nobody"):
        return NumberReading(i, i + 1, 0, Qualifier.EXACT)
    if low == "no" and i + 1 < len(tokens):
        if tokens[i + 1].low == "one":
            return NumberReading(i, i + 2, 0, Qualifier.EXACT)
        if tokens[i + 1].is_word:
            return NumberReading(i, i + 1, 0, Qualifier.EXACT)
    return None


def _read_sentence(tokens: list[Token], lows: list[str]) -> list[_Reading]:
    """Apply the grammar rules to one sentence (``lows``: its tokens' lower-case forms)."""
    readings: list[_Reading] = []
    if _ANCHORS.isdisjoint(lows):
        return readings  # no word in the sentence can carry a figure
    # Where a one-person reading can start: right after an active trigger (or
    # one word later: "also", "all"), or a few words before a passive one.
    # A one-person passive ("Akbar was detained", "Taliban Commander Killed")
    # ends in a trigger after an auxiliary, or in a capitalized one.
    passive_at = [
        k
        for k, low in enumerate(lows)
        if low in lx.PASSIVE_TRIGGERS
        and ((k > 0 and lows[k - 1] in _ONE_PERSON_AUX) or tokens[k].is_capitalized)
    ]
    # Only tokens that can start a number or a one-person reading are visited;
    # every other token would be stepped over.
    starts = [
        k
        for k, t in enumerate(tokens)
        if t.is_digits or t.is_capitalized or t.low in _READING_STARTERS
    ]
    if_words = not _IF_WORDS.isdisjoint(lows)
    i = 0
    pending_list: list[tuple[NumberReading, tuple[int, int, int]]] = []
    for start in starts:
        if start < i:
            continue
        i = start
        tok = tokens[i]
        num = read_number(tokens, i) if tok.is_digits or tok.low in _NUMBER_STARTERS else None
        zero = False
        if num is None and tok.low in _ZERO_WORDS:
            num = _zero(tokens, i)
            zero = num is not None
        if num is None:
            if (
                # One person starts a name or a group ("Mawawi Akbar", "senior
                # Taliban commander", "him"), near a trigger it could hang on.
                tok.is_word
                and (
                    tok.low in _ONE_PERSON_STARTERS
                    or (tok.is_capitalized and not (i and tokens[i - 1].is_capitalized))
                )
                and (_passive_within(passive_at, i) or _after_active(lows, i))
            ):
                one = _one_person(tokens, i)
                if one is not None and not (if_words and _hypothetical(tokens, one.first)):
                    readings.append(one)
                    pending_list.clear()
                    i = one.last
            continue
        if if_words and _hypothetical(tokens, num.first):
            i = num.last
            continue
        reading = _read_figure(tokens, num, readings, pending_list, zero=zero)
        after = max(num.last, i + 1)
        if reading:
            readings.extend(reading)
            # Go on after the furthest figure this number starts.
            for r in reading:
                if r.first >= num.first and r.last > after:
                    after = r.last
        i = after
    return readings


def _after_active(lows: list[str], i: int) -> bool:
    """Whether an active trigger ("killing", "the death of") ends one or two words before ``i``."""
    for k in (i - 1, i - 2):
        if k < 0:
            break
        low = lows[k]
        if low in lx.ACTIVE_TRIGGERS or (low == "of" and k > 0 and lows[k - 1] in _OF_NOUNS):
            return True
    return False


def _passive_within(passive_at: list[int], i: int) -> bool:
    """Whether a passive trigger stands at ``i`` or within reach after it."""
    j = bisect.bisect_left(passive_at, i)
    return j < len(passive_at) and passive_at[j] - i <= _ONE_PERSON_REACH


def _people_trigger_before(tokens: list[Token], i: int) -> tuple[Category, int] | None:
    """The people category of an active trigger (or phrase) ending just before ``i``."""
    k = i - 1
    if k >= 0 and tokens[k].low in ("also", "all"):
        k -= 1
    if k < 0:
        return None
    for words, people, _equipment in _ACTIVE_BY_LAST.get(tokens[k].low, ()):
        m = len(words)
        if (
            people is not None
            and k - m + 1 >= 0
            and all(tokens[k - m + 1 + j].low == w for j, w in enumerate(words))
        ):
            return people, k - m + 1
    trig = lx.ACTIVE_TRIGGERS.get(tokens[k].low)
    if trig is None or trig[0] is None or trig[0] is Category.REFUGEES or _intended(tokens, k):
        return None
    if tokens[k].low.startswith(("lo", "los")):  # "lost him" is not a killing
        return None
    return trig[0], k


def _is_name(tok: Token) -> bool:
    low = tok.low
    return (
        tok.is_word
        and tok.is_capitalized
        and low not in lx.SIDES
        and low not in lx.WEEKDAYS
        and low not in lx.MONTHS
        and low not in lx.PEOPLE_NOUNS
        and low not in lx.EQUIPMENT_NOUNS
        and low not in lx.NP_STOP
        and low not in lx.AGENT_NOUNS
        and low not in _PRONOUNS
    )


def _one_person(tokens: list[Token], i: int) -> _Reading | None:
    """
    ``one = ACTIVE_TRIGGER ("him" | "her" | NAME)`` or ``("he" | "she") AUX* TRIGGER``:
    a single person referred to without a number ("killing him", "arrested
    Mawawi Akbar", "he was killed").
    """
    tok = tokens[i]
    if not tok.is_word or not (tok.is_capitalized or tok.low in _ONE_PERSON_STARTERS):
        return None
    if i > 0 and (tokens[i - 1].is_word and tokens[i - 1].is_capitalized and tok.is_capitalized):
        return None  # only at the start of a name or group
    found = _people_trigger_before(tokens, i)
    last: int | None
    if tok.low in ("him", "her") and found is not None:
        last = i + 1
    elif tok.is_capitalized or tok.low in ("senior", "suspected", "insurgent", "militant"):
        last = _singular_group_end(tokens, i)
        if last is None:
            return None
        if found is None:
            return _one_person_passive(tokens, i, last)
    else:
        return _one_person_passive(tokens, i, i + 1) if tok.low in ("he", "she") else None
    if found is None or last is None:
        return None
    category, first = found
    r = _Reading(NumberReading(i, last, 1, Qualifier.EXACT), category)
    r.first = first
    r.last = last
    r.np = (i, last)
    r.active = True
    return r


def _singular_group_end(tokens: list[Token], i: int) -> int | None:
    """
    Read a name or a singular group without a number from ``tokens[i]``
    ("Mawawi Akbar", "Taliban leader Saifullah", "senior Taliban commander").

    Returns the index after it, or ``None`` when the words are not one person.
    """
    n = len(tokens)
    k = i
    saw_name = False
    saw_noun = False
    while k < n and k < i + 7:
        t = tokens[k]
        if t.is_word and t.low in lx.PEOPLE_NOUNS:
            if _plural(t.low) or t.low in lx.COLLECTIVE_NOUNS:
                if t.low == "taliban" and k + 1 < n and tokens[k + 1].low in lx.PEOPLE_NOUNS:
                    k += 1
                    continue
                return None
            saw_noun = True
            k += 1
            continue
        if _is_name(t) or (t.is_word and t.is_capitalized and t.low in lx.SIDES):
            saw_name = saw_name or _is_name(t)
            k += 1
            continue
        if t.is_word and t.low in (
            "senior",
            "suspected",
            "local",
            "top",
            "mid-level",
            "associated",
            "al",
        ):
            k += 1
            continue
        if t.text in _DASHES and k + 1 < n and tokens[k + 1].gap == GLUED and k > i:
            k += 1
            continue
        break
    if not (saw_name or saw_noun) or k == i:
        return None
    return k


def _one_person_passive(tokens: list[Token], i: int, last: int) -> _Reading | None:
    """
    ``NAME ("," APPOSITIVE ",")? ("was" | "is") AUX* TRIGGER``, or
    ``("he" | "she") AUX* TRIGGER``.
    """
    n = len(tokens)
    k = last
    if k < n and tokens[k].text == ",":
        # An appositive: "Muhammad Yah, a senior Taliban commander, was killed".
        m = k + 1
        while m < n and m < k + 16 and tokens[m].text != ",":
            m += 1
        if m >= n or tokens[m].text != ",":
            return None
        k = m + 1
    singular = False
    skipped = 0
    while k < n and skipped < 4 and tokens[k].low in _ONE_PERSON_AUX:
        singular = singular or tokens[k].low in ("was", "is", "has")
        k += 1
        skipped += 1
    if k >= n:
        return None
    if skipped and not singular and tokens[last - 1].low not in ("he", "she"):
        return None
    trig = lx.PASSIVE_TRIGGERS.get(tokens[k].low)
    if trig is None or trig[0] is None or trig[0] in (Category.DISPLACED, Category.REFUGEES):
        return None
    if not skipped and not tokens[k].is_capitalized:
        return None  # only a headline says "Taliban Commander Killed"
    if not skipped and not any(t.low in lx.PEOPLE_NOUNS for t in tokens[i:last]):
        return None
    r = _Reading(NumberReading(i, last, 1, Qualifier.EXACT), trig[0])
    r.last = k + 1
    r.np = (i, last)
    return r


def _finish(reading: _Reading, tokens: list[Token], np: tuple[int, int, int]) -> _Reading:
    """Attach the counted group's token range, head noun and side to a reading."""
    reading.np = (np[0], np[1])
    if np[1] > np[0]:
        reading.head = tokens[np[1] - 1].low
        reading.side = _side_of(tokens, np[0], np[1])
    return reading


def _read_figure(
    tokens: list[Token],
    num: NumberReading,
    readings: list[_Reading],
    pending: list[tuple[NumberReading, tuple[int, int, int]]],
    *,
    zero: bool,
) -> list[_Reading] | None:
    """Read the figure a number starts, trying the rules in order."""
    n = len(tokens)
    if zero and tokens[num.first].low == "no":
        # "No Afghan or coalition forces were killed": allow "or"/"and" inside.
        k = num.last
        while (
            k < n
            and k < num.last + 6
            and tokens[k].is_word
            and tokens[k].low not in lx.AUXILIARIES
            and tokens[k].low not in lx.PASSIVE_TRIGGERS
        ):
            k += 1
        np = (num.last, k, k)
    else:
        np = _read_np(tokens, num.last)
    head = tokens[np[1] - 1].low if np[1] > np[0] else None
    cls = _noun_class(head)
    # "one of the insurgents detained", "two of the detainees": a part of a
    # group already counted, named again, unless a verb of its own follows
    # ("two of its soldiers were killed").
    subset = (
        num.last + 1 < n
        and tokens[num.last].low == "of"
        and tokens[num.last + 1].low in _SUBSET_DETERMINERS
    )
    if cls == "not":
        pending.clear()
        return None
    if num.article and (
        (np[1] > np[0] and tokens[np[0]].low in lx.ORDINALS)
        or cls not in ("people", "equipment", "agent")
        or head is None
        or _plural(head)
        or head in lx.COLLECTIVE_NOUNS
    ):
        return None
    if (
        num.stated is not None
        and num.qualifier is Qualifier.EXACT
        and num.written_digits
        and (
            1900 <= num.stated <= 2100
            and "," not in tokens[num.first].text
            and cls not in ("people", "equipment", "self")
        )
    ):
        return None

    # Rule total: "bringing the death toll to 20".
    if not zero:
        total = _total(tokens, num)
        if total is not None:
            category, first, group = total
            r = _Reading(num, category)
            r.first = first
            r.last = num.last
            r.cumulative = True
            if group is not None:
                r.np = group
                r.head = tokens[group[1] - 1].low
                r.side = _side_of(tokens, group[0], group[1])
            pending.clear()
            return [r]

    # Rule passive: "two Turkish soldiers were killed".
    passive = _passive(tokens, np)
    if passive is not None and cls in ("people", "equipment", "none", "self", "unknown", "agent"):
        cats, t_first, t_last, perfect = passive
        if (cls == "unknown" and np[1] - np[0] > 0) or (subset and t_first == np[2]):
            cats = (None, None)
        passive_cat = _choose(cats, cls)
        if passive_cat is not None:
            out: list[_Reading] = []
            # A list whose last member carries the trigger: "five tanks, two
            # APCs and one howitzer were destroyed".
            for p_num, p_np in pending:
                p_head = tokens[p_np[1] - 1].low if p_np[1] > p_np[0] else None
                p_cat = _choose(cats, _noun_class(p_head))
                if p_cat is None:
                    continue
                pr = _finish(_Reading(p_num, p_cat), tokens, p_np)
                pr.last = p_np[1]
                pr.perfect = perfect
                out.append(pr)
            pending.clear()
            r = _finish(_Reading(num, passive_cat), tokens, np)
            r.last = t_last
            r.perfect = perfect
            out.append(r)
            return out

    # self-counting: "three martyrs", "3.6 million Syrian refugees"
    if cls == "self" and head is not None and not zero and not subset:
        r = _finish(_Reading(num, lx.SELF_COUNTING_NOUNS[head]), tokens, np)
        r.last = np[1]
        pending.clear()
        return [r]

    # A capture around its group: "took the two occupants into custody",
    # "took 15 soldiers hostage".
    if not zero and cls in ("people", "none", "agent") and not (cls == "none" and num.article):
        taken = _taken(tokens, num, np)
        if taken is not None:
            held, t_first, t_last = taken
            r = _finish(_Reading(num, Category.DETAINED), tokens, held)
            r.first = t_first
            r.last = t_last
            r.active = True
            pending.clear()
            return [r]

    # active: "killing four insurgents", "destroyed an air-defence missile system"
    if not zero:
        active = _active(tokens, num)
        if active is None and readings:
            prev = readings[-1]
            if (
                prev.active
                and 0 < num.first - prev.last <= 4
                and all(
                    t.low in _LIST_JOINERS or t.low in _LIST_LINKS
                    for t in tokens[prev.last : num.first]
                )
            ):
                active = (
                    (
                        prev.category if not prev.category.is_equipment else None,
                        prev.category if prev.category.is_equipment else None,
                    ),
                    prev.first,
                )
        if active is not None and cls in ("people", "equipment", "none", "agent"):
            cats, t_first = active
            chosen = _choose(cats, cls)
            if chosen is not None and not (cls == "none" and num.article):
                r = _finish(_Reading(num, chosen), tokens, np)
                r.first = (
                    t_first if t_first >= (readings[-1].last if readings else 0) else num.first
                )
                r.last = max(np[1], num.last)
                r.active = True
                # "has lost 20 service members"
                if t_first > 0 and tokens[t_first - 1].low in ("has", "have", "had"):
                    r.perfect = True
                pending.clear()
                return [r]

    # A list member waiting for its trigger.
    if cls in ("people", "equipment") and not zero:
        after = tokens[np[1]].low if np[1] < n else ""
        if after in _LIST_JOINERS:
            pending.append((num, np))
            return None
    pending.clear()
    return None


# ---------------------------------------------------------------------------
# Document assembly
# ---------------------------------------------------------------------------


def _region(readings: list[_Reading], idx: int, n: int) -> tuple[int, int]:
    lo = readings[idx - 1].last if idx > 0 else 0
    hi = readings[idx + 1].first if idx + 1 < len(readings) else n
    return lo, max(hi, lo)


def _statement_anchors(dates: list[DateMention], claims: list[tuple[int, int, int]]) -> list[int]:
    """
    For each date, the earliest reporting word of a claim whose claimant comes
    after the date ("On Tuesday, the leader confirmed ..."): a figure after
    that word is dated by the statement, not by this date.
    """
    by_start = sorted((c_start, anchor) for anchor, c_start, _ in claims)
    starts = [c for c, _ in by_start]
    suffix_min = [0] * len(by_start)
    low = 1 << 62
    for i in range(len(by_start) - 1, -1, -1):
        low = min(low, by_start[i][1])
        suffix_min[i] = low
    out = []
    for d in dates:
        i = bisect.bisect_left(starts, d.last)
        out.append(suffix_min[i] if i < len(by_start) else 1 << 62)
    return out


#: How many dates on either side of a figure are looked at for the nearest.
_DATE_REACH = 16


def _nearest_date(
    dates: list[DateMention],
    *,
    firsts: list[int],
    statement_after: list[int],
    lo: int,
    hi: int,
    anchor: int,
) -> DateMention | None:
    """
    The incident date of a figure at ``anchor``: the nearest date in its own
    stretch ``[lo, hi)`` of the sentence, else the nearest in the sentence;
    dates that only date a statement about it are skipped.
    """

    def usable(i: int) -> bool:
        return statement_after[i] >= anchor

    a = bisect.bisect_left(firsts, lo)
    b = bisect.bisect_left(firsts, hi)
    inside = [i for i in range(a, b) if usable(i)]
    if inside:
        return dates[min(inside, key=lambda i: abs(firsts[i] - anchor))]
    centre = bisect.bisect_left(firsts, anchor)
    near = [
        i
        for i in range(max(0, centre - _DATE_REACH), min(len(dates), centre + _DATE_REACH))
        if usable(i)
    ]
    if not near:
        return None
    return dates[min(near, key=lambda i: abs(firsts[i] - anchor))]


class _Doc:
    """Per-document state shared by its sentences."""

    def __init__(
        self, text: str, published: dt.date | None, source: Source, policy: BoundsPolicy
    ) -> None:
        self.text = text
        self.published = published
        self.source = source
        self.policy = policy


#: Counts already built, by policy and reading: a count is immutable and the
#: same few ("two", "several", "a") recur in every article.  The policies are
#: held here too, so an ``id`` in a key is never reused while it is cached.
_COUNTS: dict[tuple[object, ...], Count] = {}
_COUNT_POLICIES: dict[int, BoundsPolicy] = {}
_COUNTS_HELD = 4096


def _count(num: NumberReading, policy: BoundsPolicy) -> Count:
    key = (
        id(policy),
        num.stated,
        num.qualifier,
        num.stated_high,
        num.vague,
        num.scaled_unit,
        num.written_digits,
    )
    count = _COUNTS.get(key)
    if count is None:
        count = _new_count(num, policy)
        if len(_COUNTS) >= _COUNTS_HELD:
            _COUNTS.clear()
            _COUNT_POLICIES.clear()
        _COUNT_POLICIES[id(policy)] = policy
        _COUNTS[key] = count
    return count


def _new_count(num: NumberReading, policy: BoundsPolicy) -> Count:
    if num.qualifier is Qualifier.VAGUE:
        return Count.read(None, Qualifier.VAGUE, vague=num.vague, policy=policy)
    assert num.stated is not None  # noqa: S101 - readings other than vague carry a number
    rounding = policy.rounding_of(
        num.stated, scaled_unit=num.scaled_unit, written_digits=num.written_digits
    )
    if num.qualifier is Qualifier.RANGE:
        rounding = 1
    return Count.read(
        num.stated,
        num.qualifier,
        stated_high=num.stated_high,
        rounding=rounding,
        policy=policy,
    )


def _sentence_figures(
    doc: _Doc, sent: Sentence, reference: dt.date | None, mentions: list[DateMention] | None
) -> Iterator[tuple[Figure, bool]]:
    """
    Yield the sentence's figures, each with whether its date came from the
    sentence itself (``True``) or is still to be filled from the discourse.
    ``mentions`` are the sentence's dates when already found.
    """
    tokens = sent.tokens
    ends = sent.ends
    lows = [t.low for t in tokens]
    readings = _read_sentence(tokens, lows)
    if not readings:
        return
    text = doc.text
    n = len(tokens)

    start_of = sent.start_of
    if mentions is None:
        # Every date holds a starting word (a day number needs its month).
        mentions = [] if DATE_STARTERS.isdisjoint(lows) else find_dates(tokens, doc.published)
    dates = [d for d in mentions if not _in_parentheses(tokens, d)]
    periods = find_periods(tokens, reference)
    claims = [] if _CLAIM_WORDS.isdisjoint(lows) else _claims(tokens)
    # Everything below looks things up by position (bisect), so a sentence with
    # many figures, dates and claims is still read in linear time.
    anchors = [c[0] for c in claims]
    period_firsts = [p.first for p in periods]
    date_firsts = [d.first for d in dates]
    statement_after = _statement_anchors(dates, claims) if dates else []
    first_statement = min(statement_after, default=n)
    sentence_place: list[tuple[int, int] | None] = []  # computed when first needed
    preps: list[int] | None = None  # the place prepositions' indices, when first needed
    sentence_text = text[sent.start : sent.end]
    sentence_span = Span(start=sent.start, end=sent.end)
    previous: _Reading | None = None
    for idx, r in enumerate(readings):
        lo, hi = _region(readings, idx, n)
        # Who is counted: as written, or the group of the figure before.
        if r.np[1] > r.np[0]:
            r.subject = text[start_of(r.np[0]) : ends[r.np[1] - 1]]
            if r.head in ("others", "other", "more") and previous is not None and r.side is None:
                r.side = previous.side
        elif previous is not None:
            r.subject = previous.subject
            r.side = previous.side
        # Who claims it: the nearest claim before it, else the first after.
        claimed_by = None
        if claims:
            before = bisect.bisect_left(anchors, r.first) - 1
            chosen = claims[before] if before >= 0 else claims[0]
            claimed_by = text[start_of(chosen[1]) : ends[chosen[2] - 1]]
        if (
            r.side is None
            and r.subject is not None
            and claimed_by is not None
            and any(w in ("its", "our", "their") for w in r.subject.lower().split())
        ):
            for word in claimed_by.replace("\u2019", "'").split():
                side = lx.SIDES.get(word.lower()) or lx.SIDES.get(word.lower().removesuffix("'s"))
                if side is not None:
                    r.side = side
                    break
        # When: a period in the figure's own stretch of the sentence.
        period_m: PeriodMention | None = None
        j = bisect.bisect_left(period_firsts, lo)
        if j < len(periods) and period_firsts[j] < hi:
            period_m = periods[j]
        if r.category is Category.DISPLACED and period_m is None:
            j = bisect.bisect_left(period_firsts, r.first)
            period_m = periods[j] if j < len(periods) else None
        # "On Tuesday, the Turkish leader confirmed that two soldiers were
        # killed": a date before the claimant dates the statement, not the
        # incident, which is then left undated.
        date_m = (
            _nearest_date(
                dates,
                firsts=date_firsts,
                statement_after=statement_after,
                lo=lo,
                hi=hi,
                anchor=r.first,
            )
            if dates
            else None
        )
        dated_by_statement = date_m is None and first_statement < r.first
        cumulative = r.cumulative or period_m is not None or r.category.is_stock
        if (
            not cumulative
            and r.perfect
            and date_m is None
            # "have been killed in the attack" reports one incident.
            and not any(lows[k] in lx.INCIDENT_NOUNS for k in range(r.last, min(hi, r.last + 8)))
        ):
            cumulative = True
        if r.category is Category.DISPLACED:
            # Displacement is reported as a stock ("have fled", "nearly a
            # million displaced") unless the sentence dates one flight.
            cumulative = (
                cumulative
                or r.perfect
                or r.number.qualifier in (Qualifier.VAGUE, Qualifier.NEARLY)
                or date_m is None
            )
        period = period_m.period if period_m is not None else None
        date = None if cumulative else (date_m.date if date_m is not None else None)
        # Where.
        if preps is None:
            preps = [k for k, low in enumerate(lows) if low in _PLACE_PREPS]
        place = _place(tokens, r.last, hi, preps) or _place(tokens, lo, r.first, preps)
        if place is None:
            if not sentence_place:
                sentence_place.append(_place(tokens, 0, n, preps))
            place = sentence_place[0]
        if r.category is Category.REFUGEES:
            place = _host(tokens, r.first) or place
        location = text[start_of(place[0]) : ends[place[1] - 1]] if place else None
        start = start_of(r.first)
        end = ends[r.last - 1]
        figure = Figure(
            category=r.category,
            count=_count(r.number, doc.policy),
            span=Span(start=start, end=end),
            surface=text[start:end],
            source=doc.source,
            subject=r.subject,
            side=r.side,
            location=location,
            date=date,
            period=period,
            cumulative=cumulative,
            claimed_by=claimed_by,
            sentence=sentence_text,
            sentence_span=sentence_span,
        )
        previous = r
        yield figure, date is not None or cumulative or dated_by_statement


def _in_parentheses(tokens: list[Token], mention: DateMention) -> bool:
    """
    Whether a date stands alone in parentheses: a dateline ("KABUL, Afghanistan
    (April 15, 2011) -"), which dates the release, not the incident.
    """
    return (
        mention.first > 0
        and tokens[mention.first - 1].text == "("
        and mention.last < len(tokens)
        and tokens[mention.last].text == ")"
    )


def _explicit_reference(
    tokens: list[Token], mentions: list[DateMention], published: dt.date
) -> dt.date | None:
    """
    The latest absolute date ("04 February 2020") among a sentence's date
    ``mentions``, if before publication.
    """
    found: dt.date | None = None
    for m in mentions:
        first = tokens[m.first]
        if first.low in lx.WEEKDAYS or first.low in ("yesterday", "today", "tonight", "last"):
            continue
        if m.date <= published:
            found = m.date
    return found


def extract(
    text: str,
    *,
    published: dt.date | str | None = None,
    outlet: str | None = None,
    url: str | None = None,
    doc_id: str | None = None,
    policy: BoundsPolicy | None = None,
) -> list[Figure]:
    """
    Return every figure in a news text, each with its provenance.

    Args:
        text: the article as found, boilerplate and all.
        published: the publication date (a :class:`datetime.date`, a datetime,
            whose date is used, or an ISO string).  Relative words ("on
            Thursday", "so far this month") are resolved against it; without
            it they stay unresolved.
        outlet: who published it.
        url: where it was published.
        doc_id: your identifier for the document.
        policy: the bounds policy (default :data:`~conflictfigures.DEFAULT_POLICY`).

    Returns:
        The figures in text order; ``[]`` when there are none.

    Raises:
        InvalidText: ``text`` is not a ``str`` (or outlet, url, doc_id are
            neither ``str`` nor ``None``).
        InvalidDate: ``published`` is not a date or does not parse.

    >>> figs = extract("Two soldiers were killed and five wounded on Thursday.",
    ...                published="2020-02-27", outlet="Wire")
    >>> [(f.category.value, str(f.count), f.subject, f.date.isoformat()) for f in figs]
    [('killed', '2', 'soldiers', '2020-02-27'), ('wounded', '5', 'soldiers', '2020-02-27')]
    """
    if not isinstance(text, str):
        raise InvalidText(f"extract() needs the text as a str, got {type(text).__name__}")
    pub = _check_published(published)
    source = Source(
        outlet=_check_optional_str("outlet", outlet),
        url=_check_optional_str("url", url),
        published=pub,
        doc_id=_check_optional_str("doc_id", doc_id),
    )
    pol = DEFAULT_POLICY if policy is None else policy
    if not isinstance(pol, BoundsPolicy):
        raise InvalidText(f"'policy' must be a BoundsPolicy, got {type(pol).__name__}")
    doc = _Doc(text, pub, source, pol)
    figures: list[Figure] = []
    dated: list[bool] = []
    # The usual case, an ASCII text: its words, lower-cased, straight from its
    # bytes, which keep the text's offsets.
    folded_text = _fold_ascii(text) if text.isascii() else None
    for b_start, b_end in blocks(text):
        # An ASCII block's folded bytes keep its offsets, so its sentences
        # are screened from slices of them; other blocks, sentence by sentence.
        folded: bytes | None = None
        if folded_text is not None:
            folded = folded_text[b_start:b_end]
        else:
            block = text[b_start:b_end]
            if block.isascii():
                folded = _fold_ascii(block)
        block_words = folded.split() if folded is not None else _folded_words(text[b_start:b_end])
        if _ANCHOR_BYTES.isdisjoint(block_words):
            continue
        reference = pub
        for s_start, s_end in sentence_spans(text, b_start, b_end):
            # Only sentences with a word that can carry a figure, or a month
            # that can date the paragraph, are tokenized and read.
            if s_start == b_start and s_end == b_end:
                words = block_words  # a block of one sentence
            elif folded is not None:
                words = folded[s_start - b_start : s_end - b_start].split()
            else:
                words = _folded_words(text[s_start:s_end])
            reads = not _ANCHOR_BYTES.isdisjoint(words)
            dates = not _MONTH_BYTES.isdisjoint(words)
            if not (reads or dates):
                continue
            sent = Sentence(text, s_start, s_end)
            # A month can date the rest of the block, but only against a
            # publication date; the sentence's dates are then found once.
            mentions = find_dates(sent.tokens, pub) if dates and pub is not None else None
            if reads:
                for figure, has_date in _sentence_figures(doc, sent, reference, mentions):
                    figures.append(figure)
                    dated.append(has_date)
            if mentions and pub is not None:
                explicit = _explicit_reference(sent.tokens, mentions, pub)
                if explicit is not None:
                    reference = explicit
    return _fill_discourse_dates(figures, dated)


def _fill_discourse_dates(figures: list[Figure], dated: list[bool]) -> list[Figure]:
    """
    Give undated incident figures the date of the incident the article is
    telling: its lead, the first incident figure the text dates.  Background
    incidents carry their own dates ("a suicide attack ... Dec. 19"), so they
    are not taken as the article's incident.
    """
    lead = next((f.date for f, d in zip(figures, dated, strict=True) if d and f.date), None)
    if lead is None:
        return figures
    return [
        _evolve_date(f, lead) if not has and f.date is None and not f.cumulative else f
        for f, has in zip(figures, dated, strict=True)
    ]


def _evolve_date(figure: Figure, date: dt.date) -> Figure:
    import attrs  # noqa: PLC0415 - only needed here

    return attrs.evolve(figure, date=date)


def parse_figure(
    text: str,
    *,
    published: dt.date | str | None = None,
    policy: BoundsPolicy | None = None,
) -> Figure:
    """
    Read a short phrase as exactly one figure, strictly.

    >>> parse_figure("more than 50 Syrian forces were killed").count.low
    51

    Raises:
        InvalidFigure: the phrase holds no figure or more than one; the
            message shows the phrase with a caret under the problem.
        InvalidText: ``text`` is not a ``str``.
    """
    figures = extract(text, published=published, policy=policy)
    if len(figures) == 1:
        return figures[0]
    if not figures:
        raise InvalidFigure(f"Expected a figure in {text!r}\n    {text}\n    ^")
    second = figures[1].span.start
    raise InvalidFigure(
        f"Expected one figure, found {len(figures)} in {text!r}\n    {text}\n    {' ' * second}^"
    )
