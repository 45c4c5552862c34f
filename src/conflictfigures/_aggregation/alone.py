"""
Counts that stand only alone: a count its document tells as background (a
clause about another event, rule 0c; a running total from long before its
incidents, or the same toll told twice, rule 0g) or says was given up for
another (rule 0e) is not counted beside the document's own counts of its
category; alone, it is the document's count.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from conflictfigures import _lexicon as lx
from conflictfigures._aggregation.documents import said_before
from conflictfigures.models import Qualifier

if TYPE_CHECKING:
    import datetime as dt

    from conflictfigures.models import Category, Figure, Source

__all__ = ["background_dropped", "long_totals_dropped", "superseded_dropped"]


#: A figure told inside a clause about an earlier or later event: "just a
#: day after twin blasts in the capital killed almost 30 people", "comes 10
#: days after another firefight that left 13 soldiers dead", "follows the
#: kidnapping of 36 workers"; no comma may stand between, and the event must
#: be named ("Another explosion shortly after killed three more" is this
#: story's own; the window is bounded, so the trailing run is read in
#: constant time).
_BACKGROUND_RE = re.compile(
    r"(?:\b(?:days?|weeks?|months?|hours?|years?|shortly|just|soon|only)\s+(?:after|before)\b"
    r"|\bfollows\b|\bcomes\b[^,;.]{0,60}\bafter\b)\s*[^,;\s][^,;]*$"
)
#: How far before a figure its background clause may open.
_BACKGROUND_REACH = 120


def _background(figure: Figure) -> bool:
    """Whether a figure is told inside a clause about another event."""
    before = said_before(figure, _BACKGROUND_REACH, words=False)
    return _BACKGROUND_RE.search(before) is not None


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
#: A statement in the pluperfect ("had said") gave a count up for another
#: when "earlier" or its like stands beside it ("Earlier, the ministry had
#: said four people were killed").
_SAID_BEFORE = ("had said", "had reported", "had announced", "had put", "had given")
#: A day named before such a statement, which dates it before the story's
#: own ("On Friday, authorities had said 23 were dead").
_DAY_BEFORE_RE = re.compile(
    r"\b(?:on|by|late|early)\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b"
)
_EARLIER = ("earlier", "previously", "initially", "initial")
#: The count a total was changed from, after the one it was changed to
#: ("was revised down to eight from 10", "rose to 14 from 9").
_CHANGED_FROM_RE = re.compile(r"\b(?:to|at)\s+[\w,.]+\s+from\s*$")
#: How far before a figure's words those words may stand.
_SUPERSEDED_REACH = 40


#: How a correction opens the sentence of the count it gives up ("An earlier
#: version of this story, citing a local official, said 40 people were killed").
_CORRECTED = ("an earlier version", "a previous version", "an earlier report")


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
    window = said_before(figure, _SUPERSEDED_REACH, words=True)
    if _corrected(figure.sentence or ""):
        return True
    changed_from = _CHANGED_FROM_RE.search(window.removesuffix(figure.surface.lower()))
    return (any(w in window for w in _SUPERSEDED) or changed_from is not None) or (
        any(w in window for w in _SAID_BEFORE)
        and (any(w in window for w in _EARLIER) or _DAY_BEFORE_RE.search(window) is not None)
    )


def superseded_dropped(figures: list[Figure]) -> list[Figure]:
    """
    Rule 0e: a count its document says was given up for another ("rose to
    63, up from an earlier toll of 45", "killed 84 people, revising an
    earlier toll of 95", "was revised down to eight from 10", "Officials
    had earlier put the toll at 45",
    "Earlier, the ministry had said four people were killed", "An earlier
    version of this story ... said 40 people were killed") is not counted
    beside that document's other counts of its category; alone, it is the
    document's count.  So is a count of no one ("Police said nobody had been
    killed ... By Sunday, one of the wounded had succumbed": 1).
    """
    return _kept_beside_own(figures, [_superseded(f) for f in figures])


def background_dropped(figures: list[Figure]) -> list[Figure]:
    """
    Rule 0c: "A car bomb left at least 3 people dead in Aleppo, just a day
    after twin blasts in the capital killed almost 30 people": a count told
    inside a clause about an earlier (or later) event is background, not
    counted beside its document's own counts of its category; alone, it is
    the document's count.
    """
    return _kept_beside_own(figures, [_background(f) for f in figures])


#: How many days before its document's first incident a running total may
#: start and still be the incident's own toll ("five people have died since
#: Monday"); one that starts earlier is the story's background.
_BACKGROUND_DAYS = 7


#: A total over a whole war whose start the sentence does not date ("since
#: the war began", "since the start of the conflict", "in the war").
_WAR_LONG_RE = re.compile(
    r"\b(?:since|throughout|during|in)\s+the\s+(?:(?:start|beginning|outbreak)\s+of\s+the\s+)?"
    r"(?:[a-z-]+\s+){0,2}(?:war|conflict|invasion|insurgency)\b(?!-)"
)


#: How many words before a war's span a superlative makes it a comparison.
_COMPARED_WORDS = 6


def _war_long(figure: Figure) -> bool:
    """
    Whether a total's sentence counts over a whole war ("since the war
    began"), not in a comparison ("the largest displacement since the civil
    war broke out").
    """
    sentence = (figure.sentence or "").lower()
    found = _WAR_LONG_RE.search(sentence)
    if found is None:
        return False
    before = sentence[: found.start()].split()[-_COMPARED_WORDS:]
    return lx.SUPERLATIVES.isdisjoint(before)


def long_totals_dropped(figures: list[Figure]) -> list[Figure]:
    """
    Rule 0g: "Gunmen killed nine people on Sunday ... 2,000 people have been
    killed in the state so far this year": a running total whose period starts
    more than a week before its document's first incident of its category is
    the story's background, not counted beside the incidents the document
    reports (the ledger keeps it among the running totals); alone, it is the
    document's count. An incident is dated by its date, else its document's
    publication date, or a count over a week or less by its period's start
    ("killed 12 people over the past day"), and a toll with no period by its
    date when the text gives one ("the toll from the quake late Saturday rose
    to 84"). So is a total over a whole war
    whose start is undated ("39,000 have been killed since the war began"),
    and a total with no period whose number is an
    incident's of its document ("Death toll rises to 73 ... 73 people had
    died"): the same toll told twice.
    """
    first: dict[tuple[Source, Category], dt.date] = {}
    told: set[tuple[Source, Category, int | None]] = set()
    for f in figures:
        day = f.date or f.source.published
        period = f.period
        if f.cumulative and period is not None and period.start is not None:
            # a count over a few days is the incident's ("on Monday and Tuesday")
            short = period.end is not None and (period.end - period.start).days <= _BACKGROUND_DAYS
            day = period.start if short else None
        elif not f.cumulative:
            told.add((f.source, f.category, f.count.stated))
        else:
            # a toll with no period is its incident's when the text dates
            # it: the quake's toll, dated late Saturday, rose to 84; an
            # undated one (a headline's "Gaza toll passes 27,500") dates nothing
            day = f.date
        key = (f.source, f.category)
        if day is not None and (key not in first or day < first[key]):
            first[key] = day
    if not told and not first:
        return figures
    marked = []
    for f in figures:
        start = f.period.start if f.cumulative and f.period is not None else None
        day = first.get((f.source, f.category)) if start is not None else None
        marked.append(
            (start is not None and day is not None and (day - start).days > _BACKGROUND_DAYS)
            # "more than 39,000 Palestinians have been killed since the war
            # began": a war's toll, however undated its start
            or (f.cumulative and f.period is None and _war_long(f))
            # "Death toll rises to 73 ... 73 people had died": the toll of
            # that incident, told twice
            or (
                f.cumulative
                and f.period is None
                and f.count.stated is not None
                and (f.source, f.category, f.count.stated) in told
            )
        )
    return _kept_beside_own(figures, marked)


def _kept_beside_own(figures: list[Figure], marked: list[bool]) -> list[Figure]:
    """
    The figures less the marked ones whose document has an unmarked figure
    of their category (rules 0c and 0e): a marked count stands only alone.
    """
    if not any(marked):
        return figures
    own = {(f.source, f.category) for f, m in zip(figures, marked, strict=True) if not m}
    return [
        f
        for f, m in zip(figures, marked, strict=True)
        if not m or (f.source, f.category) not in own
    ]
