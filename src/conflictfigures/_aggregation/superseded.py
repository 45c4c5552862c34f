"""
Rule 0e of the tally (docs/aggregation.md): a count its source says was
given up for another ("up from an earlier toll of 45", "had earlier put the
toll at 45", "the figure of 40 was incorrect") stands only alone; beside
the count that replaced it, it is not counted.  The tests read bounded
windows of a figure's sentence, so the rule is linear in the figures.
"""

from __future__ import annotations

import itertools
import re
from typing import TYPE_CHECKING

from conflictfigures import _lexicon as lx
from conflictfigures._aggregation.documents import (
    THE_EVENT_RE,
    kept_beside_own,
    said_after,
    said_before,
    words_in,
)
from conflictfigures._aggregation.incidents import apart_in_time
from conflictfigures.models import Qualifier

if TYPE_CHECKING:
    from conflictfigures.models import Category, Figure, Span

__all__ = ["superseded_dropped"]


#: Words that make a figure one its source has given up ("up from an earlier
#: toll of 45", "revising an earlier toll of 95", "had earlier put the toll
#: at 45").
_SUPERSEDED = (
    "earlier toll",
    "previous toll",
    "initial toll",
    "earlier figure",
    "previous figure",
    "up from",
    "down from",
    "compared with",
    "compared to",
    "from an earlier",
    "from a previous",
    "from the previous",
    "from an initial",
    "revising",
    "revised from",
    "had earlier",
    "had initially",
    "had previously",
    "earlier said",
    "previously said",
    "said earlier",
)
#: A count set beside another as its multiple, right before the count
#: ("nearly double the 64,529 who arrived in the same period of 2022"; not
#: "killed 120 on Monday, double the daily average, and wounded 250").
_MULTIPLE_BEFORE_RE = re.compile(r"\b(?:" + "|".join(sorted(lx.MULTIPLES)) + r")\s+the\s*$")


#: A statement in the pluperfect ("had said") gave a count up for another
#: when "earlier" or its like stands beside it ("Earlier, the ministry had
#: said four people were killed").
_SAID_BEFORE = ("had said", "had reported", "had announced", "had put", "had given", "had told")


#: A statement its source made first and then changed ("A transit authority
#: spokesman initially put the number of injured at 16, but updated the
#: figure to 23", "Local sources initially spoke of some 37 dead", "first
#: spoke of 16 deaths", "The government first said eight people had died";
#: not "were initially taken to hospital"), or made before the document's
#: own ("The de facto authorities earlier reported 25 deaths"; "first" only
#: before a verb of an estimate or of saying), or early reports' ("Initial
#: police reports said 12 people had been killed").
_FIRST_SAID_RE = re.compile(
    r"\b(?:initially|originally|earlier|previously)\s+"
    r"(?:put|puts|said|reported|gave|announced|told|set|estimated"
    r"|spoke of|talked of)\b"
    # "first" only before a verb of an estimate ("first spoke of 16 deaths";
    # not "first reported by Reuters", a scoop, nor "at first said")
    r"|\b(?<!the )(?<!a )(?<!at )first\s+(?:put|spoke of|talked of|said)\b"
    # early reports given up for a later count ("Initial police reports said
    # 12 people had been killed. ... police put the dead at 47": session 54)
    r"|\b(?:initial|first|early|preliminary)\s+(?:[a-z]+\s+)?reports?\s+"
    r"(?:said|put|spoke of|suggested|indicated)\b"
)


#: A day named before such a statement, which dates it before the story's
#: own ("On Friday, authorities had said 23 were dead").
_DAY_BEFORE_RE = re.compile(
    r"\b(?:on|by|late|early)\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b"
)


_EARLIER = ("earlier", "previously", "initially", "initial")
#: Openings of a sentence that tell its statement was made before the
#: document's own, in any past ("Previously, the army stated one soldier had
#: fallen"); not "Earlier,", which opens the day's earlier events as often.
_BEFORE_NOW = ("previously", "initially")
#: Verbs of a source's statement in the simple past, after such an opening.
_STATED = frozenset({"said", "stated", "reported", "announced", "told", "put", "gave"})


#: How long the opening of a sentence such a word may start is.
_OPENING_CHARS = max(map(len, _EARLIER))


#: The count a total was changed from, after the one it was changed to
#: ("was revised down to eight from 10", "rose to 14 from 9").
_CHANGED_FROM_RE = re.compile(r"\b(?:to|at)\s+[\w,.]+\s+from\s*$")


#: A toll changed again right after it, in its sentence ("was raised to 160
#: and then lowered to 157", "put at 40, later revised to 38").
_THEN_CHANGED_RE = re.compile(
    r"\s*,?\s*(?:and\s+|but\s+)?(?:then|later|subsequently)\s+(?:\w+\s+)?"
    r"(?:lowered|raised|revised|cut|corrected|reduced|increased|updated|adjusted)\b"
)


#: How far before a figure's words those words may stand.
_SUPERSEDED_REACH = 40


#: Words right after a count, in its sentence, that say it was wrong ("had
#: told local radio that 10 people were killed, a figure police later said
#: was incorrect"): a word of error, after a noun or pronoun that names the
#: count among the first words after it.
_WRONG_WORDS = frozenset({"incorrect", "inaccurate", "erroneous", "wrong", "mistaken"})


_COUNT_WORDS = lx.COUNT_NAME_NOUNS | {"which"}
#: Words of being right that "not" before them makes words of error ("the
#: figure of 101 dead announced by the committee was not accurate").
_RIGHT_WORDS = frozenset({"accurate", "correct", "true"})


def _count_named_before(before: str) -> bool:
    """
    Whether the words right before a figure name it as a count ("the figure
    of 101 dead", "a toll of 60"): ``COUNT_WORD "of"`` just before it.
    """
    return before.rstrip().endswith(_COUNT_OF)


_COUNT_OF = tuple(f"{word} of" for word in sorted(_COUNT_WORDS))


#: How far after a figure's words they may stand, and how many words the
#: noun of the count may stand after it.
_WRONG_REACH = 90


_COUNT_WORD_REACH = 3


#: How a correction opens the sentence of the count it gives up ("An earlier
#: version of this story, citing a local official, said 40 people were killed",
#: "An earlier toll released Saturday night had put the number of dead at 50").
_CORRECTED = tuple(
    f"{article} {when} {noun}"
    for article in ("a", "an", "the")
    for when in ("earlier", "previous")
    for noun in ("version", "report", "toll", "figure", "count", "tally", "estimate")
) + tuple(
    f"{article} {when} {noun}"
    for article in ("a", "an", "the")
    for when in ("initial", "first")
    for noun in ("toll", "figure")
)


#: How long a correction's opening may be.
_CORRECTED_CHARS = max(map(len, _CORRECTED))


def _corrected(sentence: str) -> bool:
    """Whether a sentence opens as a correction, past quotes and a "Correction:" label."""
    opening = sentence[: _CORRECTED_CHARS + 16].lstrip("".join(lx.QUOTES) + " ").lower()
    if opening.startswith("correction:"):
        opening = opening[len("correction:") :].lstrip()
    return opening.startswith(_CORRECTED)


def _superseded(figure: Figure) -> bool:
    if figure.count.stated == 0 and figure.count.qualifier is Qualifier.EXACT:
        # "nobody had been killed ... By Sunday, one of them had succumbed":
        # no one, until a count of its document says otherwise
        return True
    window, given_up = _without_aside(figure)
    if given_up:
        return True  # ", which had said 1,200 people were killed, now says 1,500"
    before = window.removesuffix(figure.surface.lower())
    if _corrected(figure.sentence or ""):
        return True
    after_text = said_after(figure, _WRONG_REACH)
    # (the nearer words after it, read twice below: a change of the toll right after it)
    near = after_text[:_SUPERSEDED_REACH]
    lows = [w.strip(".,;:\"'") for w in after_text.split()]
    named = not _COUNT_WORDS.isdisjoint(lows[:_COUNT_WORD_REACH]) or _count_named_before(before)
    if named and (
        not _WRONG_WORDS.isdisjoint(lows)
        # "was not accurate", "is not correct"
        or any(w in _RIGHT_WORDS and prev == "not" for prev, w in itertools.pairwise(lows))
    ):
        return True
    if _FIRST_SAID_RE.search(window):
        return True
    if figure.cumulative and _THEN_CHANGED_RE.match(near):
        return True  # "was raised to 160 and then lowered to 157": 160, changed again
    changed_from = _CHANGED_FROM_RE.search(before)
    if (
        changed_from is None
        and figure.cumulative
        and before.rstrip().endswith(" from")
        and (after := near.split()[:2])[:1] == ["to"]
        and after[1:2]
        and after[1][:1].isdigit()
    ):
        return True  # "revised the death toll from 288 to 275": 288, the count replaced
    if (figure.sentence or "")[:_OPENING_CHARS].lower().startswith(_BEFORE_NOW) and not (
        _STATED.isdisjoint(w.strip(",.\"'") for w in before.split())
    ):
        return True  # "Previously, the TNI stated one soldier had fallen": a count since given up
    return (
        (any(w in window for w in _SUPERSEDED) or changed_from is not None)
        or (
            any(w in window for w in _SAID_BEFORE)
            and (
                any(w in window for w in _EARLIER)
                or _DAY_BEFORE_RE.search(window) is not None
                # "Earlier on Wednesday, the Ministry of Defense had said nine ..."
                or (figure.sentence or "")[:_OPENING_CHARS].lower().startswith(_EARLIER)
            )
        )
    )


def _without_aside(figure: Figure) -> tuple[str, bool]:
    """
    The :data:`_SUPERSEDED_REACH` characters before a figure and its words,
    past a relative aside closed before them (", which officials had put at
    200 on Monday," before "was 250": the aside tells of another count, not
    of this one), and whether the figure stands in such an aside that its
    main clause gives up with "now" and a verb of telling (", which had said
    1,200 people, 40 of them children, were killed, now says 1,500 died":
    the 1,200 and the 40).  The aside is read word by word (a comma inside a
    number, "1,200", or the aside's own before its verb, "which on March 3,
    2024, said", closes none), in a bounded window.
    """
    wide = said_before(figure, _ASIDE_REACH, words=True)
    text = wide + said_after(figure, _ASIDE_REACH)
    spans = [(m.start(), m.end()) for m in _WORD_RE.finditer(text)]
    words = [text[i:j].strip(_QUOTES) for i, j in spans]
    start = len(wide) - (figure.span.end - figure.span.start)
    first = next((k for k, (i, _) in enumerate(spans) if i >= start), len(spans))
    last = next((k for k, (i, _) in enumerate(spans) if i >= len(wide)), len(spans))
    opener = next(
        (
            k
            for k in range(first - 1, 0, -1)
            if words[k] in lx.ASIDE_RELATIVES and words[k - 1][-1:] == ","
        ),
        None,
    )
    if opener is None:
        return _tail(wide, figure), False
    closed, given_up = _aside_closed(words, opener, (first, last))
    if closed is not None:
        wide = wide[: spans[opener - 1][1] - 1] + wide[spans[closed][1] :]
    return _tail(wide, figure), given_up


def _aside_closed(
    words: list[str], opener: int, figure: tuple[int, int]
) -> tuple[int | None, bool]:
    """
    The word whose comma closes a relative aside opening at ``opener``
    before a figure whose words are ``figure`` (first, last + 1): the last
    comma before them, past the aside's own verb, that a main clause's verb
    follows (one of telling or an auxiliary, after an adverb: "now says",
    "was 250"); or else the first comma after their start that a verb of
    telling follows (``>= first``: the figure stands in the aside); or else
    the first comma past the aside's own verb, in the figure's words too
    ("which officials had put at 200 on Monday, rose to 250", the figure's
    words "on Monday, rose to 250"); ``None`` when none closes it before
    the figure or in its words.  With it, whether the figure stands in the
    aside and the main clause after it opens with "now" ("now says").
    """
    first, last = figure
    n = len(words)
    verb = False
    closed = fallback = None
    for k in range(opener + 1, n - 1):
        if k >= first and closed is not None:
            break
        w = words[k]
        verb = verb or w.rstrip(",") in _ASIDE_VERBS
        if w[-1:] != "," or not (verb or k >= first):
            continue
        j = k + 1 + (words[k + 1] in lx.PERFECT_ADVERBS)
        main = words[j] if j < n else ""
        if main in lx.COUNT_TELLING_VERBS or (k < first and main in lx.FINITE_AUXILIARIES):
            if k >= first:
                return None, words[k + 1] == "now"  # (the figure in the aside)
            closed = k
        elif k < last and fallback is None:
            fallback = k
    return (fallback if closed is None else closed), False


def _tail(wide: str, figure: Figure) -> str:
    """The last of a window: a figure's words and the :data:`_SUPERSEDED_REACH` before them."""
    return wide[max(0, len(wide) - len(figure.surface) - _SUPERSEDED_REACH) :]


#: How far before a figure its relative aside is looked for.
_ASIDE_REACH = 160
#: A word, as the aside is read.
_WORD_RE = re.compile(r"\S+")
#: The verbs of an aside of its own before the comma that closes it.
_ASIDE_VERBS = lx.COUNT_TELLING_VERBS | lx.FINITE_AUXILIARIES
#: Quotes around a word, which the aside's reading passes over.
_QUOTES = "".join(lx.QUOTES)


#: Words that open a new statement of the same source between two counts of
#: a sentence ("had earlier put the toll at 12, but said on Monday that 20").
_NEW_STATEMENT = frozenset({"but", "however", "now", "later", "said", "says", "say"})


def _opens_statement(figure: Figure, start: int) -> bool:
    """Whether a new statement opens between ``start`` and a figure of its sentence."""
    if figure.sentence is None or figure.sentence_span is None:
        return True
    offset = figure.sentence_span.start
    between = figure.sentence[start - offset : figure.span.start - offset].lower().split()
    return not _NEW_STATEMENT.isdisjoint(w.strip(",;:") for w in between)


def superseded_dropped(figures: list[Figure]) -> list[Figure]:
    """
    Rule 0e: a count its document says was given up for another ("rose to
    63, up from an earlier toll of 45", "killed 84 people, revising an
    earlier toll of 95", "was revised down to eight from 10", "Officials
    had earlier put the toll at 45",
    "Earlier, the ministry had said four people were killed", "An earlier
    version of this story ... said 40 people were killed", "10 people were
    killed, a figure police later said was incorrect") is not counted
    beside that document's other counts of its category; alone, it is the
    document's count.  So is a count of no one ("Police said nobody had been
    killed ... By Sunday, one of the wounded had succumbed": 1).
    """
    marked = [_superseded(f) for f in figures]
    # the rest of a statement given up goes with it ("had said late on
    # Wednesday that 21 passengers were martyred ..., while four personnel
    # embraced martyrdom"): its source's later counts of the kind in its sentence
    given_up: dict[tuple[Span | None, str | None, Category], int] = {}
    for f, m in zip(figures, marked, strict=True):
        key = (f.sentence_span, f.claimed_by, f.category)
        if m and f.count.stated != 0 and f.sentence_span is not None and key not in given_up:
            given_up[key] = f.span.start  # (figures come in text order)
    if given_up:
        # (each gap read once: where each statement was read up to, and
        # whether a new one opened by then)
        read_to: dict[tuple[Span | None, str | None, Category], tuple[int, bool]] = {}
        out = []
        for f, m in zip(figures, marked, strict=True):
            key = (f.sentence_span, f.claimed_by, f.category)
            start = given_up.get(key)
            if m or start is None or start >= f.span.start:
                out.append(m)
                continue
            at, opened = read_to.get(key, (start, False))
            opened = opened or _opens_statement(f, at)
            read_to[key] = (f.span.start, opened)
            out.append(not opened)
        marked = out
    # (a count told as more people, or of another incident, replaces none:
    # "Local sources initially spoke of 12 dead. Two more people died in
    # hospital": 14)
    replaced = [m or _further(f) for f, m in zip(figures, marked, strict=True)]
    kept = set(map(id, kept_beside_own(figures, replaced)))
    # a count set beside another as its multiple goes beside any other count
    # of its kind ("More than 120,000 migrants ..., nearly double the 64,529
    # who arrived in 2022": 120,000, whatever "more" says)
    beside = [_set_beside(f) for f in figures]
    told = {f.category for f, b in zip(figures, beside, strict=True) if not b}
    return [
        f
        for f, m, b in zip(figures, marked, beside, strict=True)
        if (not m or id(f) in kept) and not (b and f.category in told)
    ]


def _set_beside(figure: Figure) -> bool:
    """Whether a count is the one another is set beside as its multiple ("double the 64,529")."""
    before = said_before(figure, _SUPERSEDED_REACH, words=True).removesuffix(figure.surface.lower())
    return _MULTIPLE_BEFORE_RE.search(before) is not None


#: Words of a count told as more people or another incident's, which gives
#: no count before it up.
_FURTHER = lx.FURTHER_WORDS | frozenset({"also", "separate", "second"})


def _further(figure: Figure) -> bool:
    """
    Whether a count is told as more people or another incident's ("Two more
    people died", "Another attack on Sheikh killed 9"), in its words or the
    few before them, or in a sentence that opens days or hours apart with a
    deed of its own (:func:`.incidents.apart_in_time`).
    """
    words = set(said_before(figure, _SUPERSEDED_REACH, words=True).split()) | set(
        (figure.subject or "").lower().split()
    )
    # (or a deed told days or hours apart, in the writer's voice, of no event
    # named with "the": "The next night attackers killed at least 15 people
    # in the nearby village", after "initially put the toll at 48"; not "Two
    # days later, officials said gunmen had killed 20 people in the attack")
    return not _FURTHER.isdisjoint(w.strip(".,;:\"'") for w in words) or (
        apart_in_time(figure)
        and lx.REPORTING_VERBS.isdisjoint(words_in(figure.sentence))
        and THE_EVENT_RE.search((figure.sentence or "").lower()) is None
    )
