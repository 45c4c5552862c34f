"""
Parts told in a later sentence: figures that name a part of a figure told
in an earlier sentence ("Two of the injured were in critical condition";
"The dead included 14 students"; "The other victims, a girl and two men,
were taken to hospital").  A sentence that opens on a part of the figure
just before it ("Among them were 14 children.") is :mod:`.openings`'.
"""

from __future__ import annotations

import re
from collections import defaultdict, deque
from typing import TYPE_CHECKING

import attrs

from conflictfigures import _lexicon as lx
from conflictfigures._extraction.chunks import read_np
from conflictfigures._extraction.reading import Reading
from conflictfigures._extraction.text import GLUED

if TYPE_CHECKING:
    from conflictfigures._extraction.numbers import NumberReading
    from conflictfigures._extraction.text import Token
    from conflictfigures.models import Category, Figure, Span

__all__ = ["later_parts", "place_with_member"]


#: "of the injured", "among those killed", "among the dead" before a figure:
#: the group it is a part of, and the category that group names.
_LATER_PART_CATEGORY = {
    word: category
    for word, category in (lx.STATE_GROUPS | lx.DEATH_WHOLES).items()
    if category in lx.HARM_CATEGORIES
}
_LATER_PART_RE = re.compile(
    r"\b(?P<prep>of|among)\s+(?:the|those)\s+(?:(?P<number>\d[\d,.]*)\s+)?(?P<state>"
    + "|".join([*_LATER_PART_CATEGORY, "victims"])
    + r")\b[^.;]{0,60}$"
)
#: "the dead included" right before a figure: who some of them were ("the
#: victims included": the harmed of the figure's own category; "the foreign
#: victims included": a word may qualify the state, or a number count it,
#: "the 1,311 dead included"; or the number alone names a whole told
#: before, "The 22 includes 19 killed in Nairobi"; or an aside opens on
#: them, "The injured, among them four policemen, were shifted ...").
_INCLUDED_RE = re.compile(
    r"\b(?:the|those)\s+(?:(?:[a-z]+\s+|(?P<number>\d[\d,.]*)\s+)?(?P<state>"
    + "|".join([*_LATER_PART_CATEGORY, "victims"])
    + r")|(?P<bare>\d[\d,.]*))(?:\s+(?:"
    + "|".join(sorted(lx.INCLUDE_VERBS))
    # (the space before the figure and its first 60 characters, the window's reach)
    + r")|,\s+among\s+them)\b[^.;]{0,61}$"
)
#: A place (or group) named the worst hit, opening its share of a total
#: told before ("Sindh has been the worst-hit province, with 402 deaths").
_WORST_HIT_RE = re.compile(r"\b(?:worst|hardest|most|badly)[- ](?:hit|affected)\b")
#: The first place of a ranking with places after it ("Jalisco has the
#: highest number with 14,964 missing, followed by ..."; session 51): in a
#: sentence with "followed by" only (a review found "the largest humanitarian
#: crisis" elsewhere made one country's toll a share of another's).
_RANKING_HEAD_RE = re.compile(
    r"\bthe (?:highest|largest|biggest|greatest|most)\b"
    r"|\bthe (?:main|top|leading) (?:destination|host)\b"
)
#: How far before a figure its sentence may name the worst hit.
_WORST_HIT_REACH = 80
#: A place or a day a count is told of "alone" ("In the city of Derna alone,
#: 1,100 people were killed", "On Monday alone, 40 died"): a share of a
#: larger count told before.
#: How far past the start of a figure's words its "alone" may stand ("1,100
#: people were killed in Derna alone").
_ALONE_AFTER = 120
#: The words that open a place's or a day's phrase before "alone".
_ALONE_OPENERS = frozenset({"in", "on", "at", "during", "from", "yesterday", "today"})
_ALONE_RE = re.compile(
    r"\b(?:" + "|".join(sorted(_ALONE_OPENERS)) + r")\b[^,.;:]{0,40}\balone\b", re.IGNORECASE
)
#: The words of a number's qualifier ("more than", "at least"): a count may
#: follow "alone" with no comma ("In Gaza City alone more than 9,000").
_QUALIFIER_WORDS = frozenset(words for words, _ in lx.QUALIFIERS)
#: The most words a qualifier holds.
_QUALIFIER_LENGTH = max(len(words) for words in _QUALIFIER_WORDS)
#: Words of a time a phrase before "alone" may name ("In the first week alone").
_TIME_NOUNS = lx.AGE_UNITS | lx.LONG_SPAN_UNITS
#: Words right before the phrase that make "alone" one's own, no share: a
#: verb of being or of staying ("who lived in Kabul alone", "was in the
#: field alone").
_LONELY_BEFORE = lx.BE_FORMS | lx.SHELTER_VERBS
#: The words between "among the dead" and its part: a copula, or none.
_AMONG_COPULAS: tuple[list[str], ...] = (["were"], ["was"], ["are"], ["is"], [])
#: How far a figure's words are read for its "of the injured".
_LATER_PART_REACH = 60
#: How far before a figure's words its "of the injured" may open.
_LATER_OPENER_REACH = 24
#: How far before a figure's words an opener with a counted whole may open
#: ("Among the 1,311 dead were", "The 300 detained included").
_NUMBERED_OPENER_REACH = 48


#: A sentence that opens on the rest of a group told before ("The other
#: victims", "The remaining two", "The others").
_OTHERS_RE = re.compile(r"(?:the|all the)\s+(?:other|remaining)\b|the\s+(?:others|rest)\b")
#: The verbs that end such a subject.
_SUBJECT_END_RE = re.compile(r"\b(?:were|was|are|is|remain|remained|had|have)\b")
#: How far into its sentence such a figure may start (a subject is short),
#: and how many characters the opener is looked for in: each figure costs a
#: constant, however long its sentence.
_SUBJECT_REACH = 200
_OPENER_CHARS = 24


def _among_the_others(sentence: str, start: int) -> bool:
    """
    Whether a figure starting at ``start`` in ``sentence`` stands in a
    subject that opens on the rest of a group ("The other victims, a
    15-year-old girl and two men, ages 22 and 31, were taken to area
    hospitals"): before the subject's verb.
    """
    opener = _OTHERS_RE.match(sentence[:_OPENER_CHARS].lower())
    if start > _SUBJECT_REACH or opener is None or start < opener.end():
        return False  # (nor the opener itself: "The other died in hospital", one more)
    return _SUBJECT_END_RE.search(sentence[:start].lower()) is None


#: How far after a figure its sentence may tell the rest of the toll.
_REST_REACH = 160
#: "the other five", "the remaining 12" in a figure's sentence.
_REST_ALTERNATION = "|".join(sorted(lx.REST_WORDS - {"rest"}))
_REST_RE = re.compile(r"\bthe\s+(?:" + _REST_ALTERNATION + r")\s+([a-z]+|\d+)\b")


#: "the other" or "the remaining" right before a figure's words: the rest of a group.
_REST_BEFORE_RE = re.compile(r"\bthe\s+(?:" + _REST_ALTERNATION + r")\s*$")
#: How far before a figure's words that is looked for.
_REST_BEFORE_CHARS = 16


def _said_before(sentence: str, start: int, chars: int, pattern: re.Pattern[str]) -> bool:
    """Whether ``pattern`` is found in the ``chars`` characters before ``start``, in lower case."""
    return pattern.search(sentence[max(0, start - chars) : start].lower()) is not None


def _rest_told(f: Figure, whole: Figure | None) -> bool:
    """
    Whether the sentence of a figure told after ``whole`` (of its category,
    in an earlier sentence) names the rest of ``whole``'s people, so that
    the figure and the rest make up the whole ("Nine ... were killed. ...
    four bodies had been retrieved ... the other five").
    """
    if (
        whole is None
        or whole.sentence_span == f.sentence_span
        or whole.count.stated is None
        or f.count.stated is None
        or f.count.stated >= whole.count.stated
        or f.sentence is None
    ):
        return False
    # (a bounded window after the figure: many figures in a sentence stay linear)
    at = f.span.end - f.sentence_span.start if f.sentence_span is not None else 0
    found = _REST_RE.search(f.sentence[at : at + _REST_REACH].lower())
    word = found.group(1) if found is not None else ""
    rest = int(word) if word.isdigit() else lx.UNITS.get(word)
    return rest is not None and rest + f.count.stated == whole.count.stated


#: How many wholes of a category before a share of one are looked at.
_WHOLES_KEPT = 4


def _larger_before(wholes: deque[Figure], f: Figure, *, undated: bool = False) -> Figure | None:
    """
    The latest of ``wholes`` in an earlier sentence, a running total or an
    incident of ``f``'s day, that counts more than ``f``; with ``undated``,
    also one with no day when ``f`` has none ("Nearly 2,000 dead in Libya
    floods ... In the city of Derna alone, 1,100 people were killed").
    """
    for whole in reversed(wholes):
        if (
            # (a share told undated is of the story's day: dates are filled later)
            (
                whole.cumulative
                or (f.date in (None, whole.date) and (whole.date is not None or undated))
            )
            and whole.sentence_span != f.sentence_span
            and (f.count.stated or 0) < (whole.count.stated or 0)
        ):
            return whole
    return None


def _holding(wholes: deque[Figure], f: Figure) -> Figure | None:
    """
    The latest of ``wholes`` if it counts at least as many as ``f`` (or
    counts in words); else an earlier one that does and is of the latest
    one's incident, a running total or a count of its day ("The death toll
    rose to 154 after a woman ... died. Of the dead, 98 were women" is of
    the 154, not of the woman; not "In 2016, a gunman killed 49 people ...
    On Saturday, ... killing 2 people": another incident's); else the latest.
    """
    latest = _last(wholes)
    stated = f.count.stated or 0
    if latest is None or latest.count.stated is None or latest.count.stated >= stated:
        return latest
    return next(
        (
            w
            for w in reversed(wholes)
            if (w.count.stated is None or w.count.stated >= stated)
            and (w.cumulative or (w.date is not None and w.date == latest.date))
        ),
        latest,
    )


def _alone_share(window: str) -> bool:
    """
    Whether ``window`` (the text around a figure) tells its count of a place
    or a day "alone": a share of a larger count ("In the city of Derna alone,
    1,100 people were killed", "In Gaza City alone more than 9,000", "killed
    in Derna alone."). The phrase after "in", "on", "at" ... names a place or
    a time (a capital, a digit, a time noun), stands after no verb of being
    or staying, and "alone" ends its clause or a count follows it; not one
    person's being alone ("was at home alone", "lived in the hills alone").
    """
    m = _ALONE_RE.search(window)
    if m is None:
        return False
    # (the phrase from the opener nearest "alone": "in Zamfara who were at home alone")
    words = window[m.start() : m.end()].split()[:-1]
    j = max((k for k, w in enumerate(words) if w.lower() in _ALONE_OPENERS), default=0)
    phrase = words[j + 1 :]
    if phrase and not any(
        w[0].isupper() or w[0].isdigit() or w.lower() in _TIME_NOUNS for w in phrase
    ):
        return False  # "at home alone", "in her farm alone": no place's name
    before = (window[: m.start()].split() + words[:j])[-1:]
    if before and before[0].lower() in _LONELY_BEFORE:
        return False  # "who lived in Kabul alone", "was in the field alone"
    rest = window[m.end() : m.end() + _AFTER_ALONE_CHARS].lstrip()
    after = rest.lower().split()[:_QUALIFIER_LENGTH]
    return bool(after) and (
        rest[0] in ",.;"
        or rest[0].isdigit()
        or after[0] in lx.UNITS
        or after[0] in lx.TENS
        or any(tuple(after[: len(q)]) == q for q in _QUALIFIER_WORDS)
    )


#: How many characters after "alone" are read for the word that follows it.
_AFTER_ALONE_CHARS = 24


def _last(wholes: deque[Figure]) -> Figure | None:
    """The latest of ``wholes``, if any."""
    return wholes[-1] if wholes else None


def _share_of(f: Figure, whole: Figure) -> Figure:
    """A place's share of a running total: a part of it, over its period."""
    if f.period is None and whole.period is not None:
        f = attrs.evolve(f, date=None, period=whole.period, cumulative=True)
    return attrs.evolve(f, part_of=whole.span)


def _number_before(text: str) -> bool:
    """Whether ``text`` ends in a number (digits or a number word)."""
    words = text.split()
    if not words:
        return False
    last = words[-1]
    # ("twenty-three": a number word's pieces)
    return last[:1].isdigit() or all(w in lx.UNITS or w in lx.TENS for w in last.split("-"))


def later_parts(figures: list[Figure]) -> None:
    """
    Mark in place the figures that name a part of a figure told in an
    earlier sentence: "57 were injured. Of the injured, 12 were being
    treated in the ICU"; "Two of the injured were in critical condition";
    "The cyclone killed 14 people. Among the dead were two Rohingya
    refugees" (killed, whatever noun names them); the rest of a group of the
    dead or hurt, in the subject of a later sentence ("Four people were
    shot ... The other victims, a 15-year-old girl and two men, were taken
    to area hospitals"), or named "the other 27 dead". The whole is the
    latest earlier figure of the category, not itself a part, at least as
    large. The share of the place named the worst hit is a part of the
    latest of the last few running totals of its category (or incidents of
    its day) that counts more
    ("At least 1,136 people have been killed ... since June 14. Sindh has
    been the worst-hit province, with 402 deaths, followed by Khyber
    Pakhtunkhwa (264) ..."), over its period, and so are the places ranked
    after it in its sentence.
    """
    #: The last few wholes of each category, latest last.
    recent: defaultdict[Category, deque[Figure]] = defaultdict(lambda: deque(maxlen=_WHOLES_KEPT))
    #: The last few parts of each category ("Six children" of "Six children and a teacher").
    parts: defaultdict[Category, deque[Figure]] = defaultdict(lambda: deque(maxlen=_WHOLES_KEPT))
    #: The sentence that names the worst hit, and the total its figures share.
    ranked: tuple[Span | None, Figure] | None = None
    #: The whole a list after "the N dead included" is of, in its own sentence.
    numbered_whole: Span | None = None
    #: The figures by their spans, for the whole a part names.
    by_span = {g.span: g for g in figures}
    for k, told in enumerate(figures):
        f = told
        if (
            ranked is not None
            and f.part_of is None
            and f.sentence_span == ranked[0]
            and f.category is ranked[1].category
        ):
            # the places ranked after the worst hit ("followed by Punjab (188)")
            f = figures[k] = _share_of(f, ranked[1])
        if f.part_of is None and f.sentence is not None and f.sentence_span is not None:
            sentence = f.sentence
            start = f.span.start - f.sentence_span.start
            # (a bounded window: the words before the figure and its first words)
            end = min(f.span.end - f.sentence_span.start, start + _LATER_PART_REACH)
            opened = max(0, start - _LATER_OPENER_REACH)
            window = f.sentence[opened:end].lower()
            found = _LATER_PART_RE.search(window)
            wide_opened = max(0, start - _NUMBERED_OPENER_REACH)
            if (
                found is None
                and wide_opened < opened
                # (a cheap test first: the words such an opener holds)
                and ("includ" in window or "among" in f.sentence[wide_opened:start].lower())
                and _INCLUDED_RE.search(window) is None
            ):
                # a whole counted before its verb stands further back, as in
                # "Among the 1,311 dead were 830 civilians"
                wide = f.sentence[wide_opened:end].lower()
                if any(
                    (m := regex.search(wide)) is not None and m.group("number") is not None
                    for regex in (_LATER_PART_RE, _INCLUDED_RE)
                ):
                    opened, window = wide_opened, wide
                    found = _LATER_PART_RE.search(window)
            if (
                found is not None
                and (found.group("state") in lx.DEATH_WHOLES or found.group("state") == "victims")
                and found.group("prep") == "of"
                and opened + found.start() > 0
                and not _number_before(window[: found.start()])
            ):
                # "Of the deaths" opens its sentence, "63 of the deaths" follows
                # its number; "in the wake of the deaths" names no whole, nor
                # "Relatives of the victims said six people had died"
                found = None
            # ("Twenty-three of the victims died": the victims of the
            # figure's own category)
            category = (
                _LATER_PART_CATEGORY.get(
                    found.group("state"), f.category if f.category in lx.HARM_CATEGORIES else None
                )
                if found
                else None
            )
            included = None
            # "the 1,311 dead included", "Among the 15 executed were": a
            # whole counted in its own sentence, right before its verb
            numbered = found is not None and found.group("number") is not None
            if category is None and (included := _INCLUDED_RE.search(window)) is not None:
                # "The dead included 14 students", "the victims included five children"
                category = _LATER_PART_CATEGORY.get(
                    included.group("state"),
                    f.category if f.category in lx.HARM_CATEGORIES else None,
                )
                numbered = included.group("number") is not None or bool(included.group("bare"))
            # "Among the dead were two civilians hit by stray bullets": the
            # dead, however the words after them tell how they died
            named_state = (
                found is not None
                and found.group("prep") == "among"
                # (before the figure, not in its own words)
                and found.end("state") <= start - opened
                and window[found.end("state") : start - opened].split() in _AMONG_COPULAS
            )
            if (
                category is None
                and f.category in lx.HARM_CATEGORIES
                and _among_the_others(f.sentence, start)
            ):
                category = f.category  # "The other victims, a girl and two men, were taken ..."
            if (
                category is None
                and (
                    (
                        f.category in lx.HARM_CATEGORIES
                        and _said_before(sentence, start, _WORST_HIT_REACH, _WORST_HIT_RE)
                    )
                    or (
                        not f.category.is_equipment
                        and "followed by" in sentence
                        and (
                            _said_before(sentence, start, _WORST_HIT_REACH, _RANKING_HEAD_RE)
                            # (or in its own words: "Lebanon has taken in the
                            # most, with 716,000 people registered, followed by")
                            or _RANKING_HEAD_RE.search(sentence[start:end].lower()) is not None
                        )
                    )
                )
                and (whole := _larger_before(recent[f.category], f)) is not None
            ):
                # "At least 1,136 people have been killed ... Sindh has been the
                # worst-hit province, with 402 deaths, followed by ...": a share
                # of the running total, and so are the places after it
                f = figures[k] = _share_of(f, whole)
                ranked = (f.sentence_span, whole)
                continue
            if (
                category is None
                and f.category in lx.HARM_CATEGORIES
                and _alone_share(sentence[max(0, start - _WORST_HIT_REACH) : start + _ALONE_AFTER])
                and (whole := _larger_before(recent[f.category], f, undated=True)) is not None
            ):
                # "Nearly 2,000 dead in Libya floods ... In the city of Derna
                # alone, 1,100 people were killed": a part of the whole, its
                # own day and period kept ("At the Munigi camp alone, workers
                # counted 800 bodies ... on Wednesday morning")
                f = figures[k] = attrs.evolve(f, part_of=whole.span)
                continue
            if (
                category is None
                and f.category in lx.HARM_CATEGORIES
                # "the other" or "the remaining" right before it
                and _said_before(sentence, start, _REST_BEFORE_CHARS, _REST_BEFORE_RE)
                and (whole := _last(recent[f.category])) is not None
                and (f.count.stated or 0) < (whole.count.stated or 0)
            ):
                # "left 28 people dead, including a police officer ... Police said
                # the other 27 dead were suspected members of a drug gang": the
                # rest of the 28, not more dead
                category = f.category
            if (
                category is None
                and k
                and (
                    _next_member_of(
                        figures[k - 1], f, within=figures[k - 1].part_of == numbered_whole
                    )
                    or (
                        _second_share(figures[k - 1], f)
                        and _within_whole(f, _whole_of(by_span, figures[k - 1]))
                    )
                )
            ):
                # "The victims included five Iranians, four Chinese and four
                # Russians": the list's later members are parts of its whole
                f = figures[k] = attrs.evolve(f, part_of=figures[k - 1].part_of)
                continue
            if (
                category is None
                and (group := _group_counted(f, recent[f.category], parts[f.category], by_span))
                is not None
            ):
                # "Soldiers killed 10 Rohingya men ... Two of the men were
                # hacked to death": some of the group counted before
                figures[k] = attrs.evolve(f, part_of=group.span)
                continue
            if category is None and _rest_told(f, _last(recent[f.category])):
                # "Nine coal miners were killed ... four bodies had been
                # retrieved while rescue teams were still trying to reach
                # the other five": some of the nine, the rest told beside them
                category = f.category
            # (victims told no fate of their own: "Eleven of the victims were
            # Black"; not "Five of the victims later died", "Six of the
            # victims were hospitalised", whose words give their category)
            anyone = (
                found is not None
                and found.group("state") == "victims"
                and not _fate_told(sentence[start : start + _FATE_REACH])
            )
            # (victims more than the latest dead are of the other harm's
            # whole, read below, before any earlier whole of the dead)
            latest = _last(recent[category]) if category is not None else None
            whole = latest if anyone else _holding(recent[category], f) if category else None
            if included is not None and not _names_whole(included.group("bare"), whole):
                whole = None  # "The 22 includes": the whole of 22 told before, none other
            if anyone and whole is not None and (f.count.stated or 0) > (whole.count.stated or 0):
                # "Thirteen people were shot, 10 of them fatally ... Eleven of
                # the victims were Black": more victims than dead are some of
                # all those hit, the whole of the other harm that holds them
                whole = next(
                    (
                        w
                        for c in lx.HARM_CATEGORIES
                        if c is not category
                        and (w := _last(recent[c])) is not None
                        and (f.count.stated or 0) <= (w.count.stated or 0)
                    ),
                    whole,
                )
                category = whole.category
            if (
                category is not None
                and whole is not None
                and (
                    whole.sentence_span != f.sentence_span
                    # "N of the deaths" after its whole in one sentence ("At
                    # least 108 people were killed ..., adding that fewer than
                    # 20 of the deaths could be attributed to artillery")
                    or (
                        found is not None
                        and found.group("prep") == "of"
                        and found.group("state") in lx.DEATH_WHOLES
                        and whole.span.end <= f.span.start
                    )
                    # "the 1,311 dead included 830 civilians": the whole
                    # counted right before its verb
                    or (numbered and whole.span.end <= f.span.start)
                )
                # its own state, or a group the lexicon counts as displaced
                # or refugees ("Among the dead were two Rohingya refugees");
                # never a fate ("Five of the injured died")
                and (
                    f.category is category
                    or (anyone and f.category in lx.HARM_CATEGORIES)
                    or (
                        f.category in lx.DISPLACEMENT_CATEGORIES
                        and (found is None or found.group("state") not in lx.DEATH_WHOLES)
                    )
                    or (named_state and f.category in lx.HARM_CATEGORIES)
                )
                and (whole.count.stated is None or (f.count.stated or 0) <= whole.count.stated)
            ):
                # (in its whole's place when it names none of its own and its
                # whole is the latest told: "killing 28 people in Nepal. Of
                # the dead, 14 were from Kavre district")
                f = figures[k] = attrs.evolve(
                    f,
                    category=category,
                    part_of=whole.span,
                    location=(
                        f.location
                        if f.location is not None or whole is not latest
                        else whole.location
                    ),
                )
                if numbered:
                    numbered_whole = whole.span  # (its list's later members are parts too)
        if f.part_of is None and f.side != lx.PERPETRATOR_SIDE:
            # (an attacker counted apart is no whole the victims' parts are of:
            # "17 people were killed when a bomber blew herself up ... the
            # dead included five children")
            recent[f.category].append(f)
        elif f.part_of is not None:
            parts[f.category].append(f)


def _names_whole(bare: str | None, whole: Figure | None) -> bool:
    """
    Whether a number that stands alone for a whole ("The 22 includes") is
    ``whole``'s count (no number alone: any whole).
    """
    if not bare:
        return True
    return whole is not None and bare.rstrip(".,").replace(",", "") == str(whole.count.stated)


def _group_counted(
    f: Figure, wholes: deque[Figure], parts: deque[Figure], by_span: dict[Span, Figure]
) -> Figure | None:
    """
    The latest whole of ``f``'s category told in an earlier sentence (or
    clause, after a semicolon) whose group ends in the noun ``f`` counts
    some "of the" ("killed 10 Rohingya Muslim men ... Two of the men were
    hacked to death"; "killed 12 insurgents. Two civilians were also
    killed. One of the insurgents died later"), at least as large, else
    ``None``; or the whole of such a group counted as its part ("Six
    children and a teacher were wounded; two of the children remain in
    critical condition": a part of the seven).
    """
    words = f.surface.lower().split()
    if len(words) < 4 or words[1:3] != ["of", "the"]:
        return None
    for group in (*reversed(wholes), *reversed(parts)):
        head = (group.subject or "").lower().split()[-1:]
        whole = by_span.get(group.part_of) if group.part_of is not None else group
        if (
            head == [words[3]]
            and whole is not None
            and _told_before(group, f)
            and (group.count.stated is None or (f.count.stated or 0) <= group.count.stated)
        ):
            return whole
    return None


def _told_before(group: Figure, f: Figure) -> bool:
    """Whether ``group`` is told in a sentence before ``f``'s, or a clause before its semicolon."""
    if group.sentence_span != f.sentence_span:
        return True
    return (
        f.sentence is not None
        and f.sentence_span is not None
        and group.span.end <= f.span.start
        and ";"
        in f.sentence[group.span.end - f.sentence_span.start : f.span.start - f.sentence_span.start]
    )


#: How many characters after a part's first word its own fate may be told.
_FATE_REACH = 80


def _fate_told(words: str) -> bool:
    """Whether the words tell a harm or care of their own ("later died", "taken to hospital")."""
    return any(
        w in lx.PASSIVE_TRIGGERS or w in lx.CARE_PLACE_WORDS or w in lx.DEATH_WORDS
        for w in words.lower().replace(",", " ").replace(".", " ").split()
    )


def _next_member_of(member: Figure, f: Figure, *, within: bool = False) -> bool:
    """
    Whether ``f`` follows the part ``member`` of a whole told in an earlier
    sentence (``within``: or in its own, counted before its verb, "the 1,311
    dead included 830 civilians, 231 members of the security forces and 250
    fighters") in one list, of its category and sentence, only a list's
    joiners between them ("five Iranians, four Chinese and four Russians";
    not the list a part's aside stands in: "killing 7 tourists, including
    four children, and another soldier").
    """
    if (
        member.part_of is None
        or f.sentence_span is None
        or (member.part_of.start >= f.sentence_span.start and not within)
        or f.category is not member.category
        or f.sentence_span != member.sentence_span
        or f.sentence is None
    ):
        return False
    offset = f.sentence_span.start
    between = f.sentence[member.span.end - offset : f.span.start - offset]
    # (a member names people, no clause of its own: not "..., and four more
    # people died in hospital")
    words = f.surface.lower().split()
    if any(
        w in lx.INTRANSITIVE_TRIGGERS or w in lx.PASSIVE_TRIGGERS or w in _FURTHER
        for w in words[1:]
    ):
        return False
    return 0 < len(between.strip()) <= _JOINER_CHARS and all(
        w in lx.LIST_JOINERS for w in between.replace(",", " , ").split()
    )


def _second_share(share: Figure, f: Figure) -> bool:
    """
    Whether ``f`` is a second share of the state the part ``share`` named,
    its "of the STATE" elided, in the same sentence ("97 of the dead were
    policemen and three were civilians"): the reader gives it the group of
    the first.
    """
    return (
        share.part_of is not None
        and f.part_of is None
        and f.category is share.category
        and f.sentence_span is not None
        and f.sentence_span == share.sentence_span
        and f.subject is not None
        and f.subject == share.subject
        and f.span.start > share.span.end
        and f.subject.lower() not in f.surface.lower()
    )


def _whole_of(by_span: dict[Span, Figure], part: Figure) -> Figure | None:
    """The figure a part is of, by its span, if it is among the figures."""
    return by_span.get(part.part_of) if part.part_of is not None else None


def _within_whole(f: Figure, whole: Figure | None) -> bool:
    """
    Whether a second share ``f`` may be some of ``whole``: no larger than it,
    and not told as more ("another 12 were treated at the scene").
    """
    if whole is None:
        return True
    if f.surface.split(" ", 1)[0].lower() in _FURTHER:
        return False
    return (f.count.stated or 0) <= (whole.count.stated or 0)


#: Words by which a count tells more people, no member of a list before it.
_FURTHER = frozenset({"more", "other", "others", "another", "additional"})


#: The longest stretch of joiners between two members (", and ").
_JOINER_CHARS = 8


#: How many words a place's name before "with" may hold.
_PLACE_WITH_WORDS = 5
#: What may stand before such a place: a list's joiners, "followed by".
_PLACE_WITH_OPENERS = frozenset({",", "and", "by"})


def place_with_member(tokens: list[Token], prev: Reading, num: NumberReading) -> Reading | None:
    """
    ``FIGURE ... ("," | "and" | "followed by") PLACE "with" NUMBER``: a
    further member of a breakdown by place, of the figure's category ("Sindh
    remains the worst-hit province with 578 deaths, followed by Khyber
    Pakhtunkhwa with 289, Balochistan with 263 and Islamabad with two"; "North
    Kivu alone accounts for about 2.4 million internally displaced persons,
    followed by Ituri with 1.7 million"). The place is a name in capitals;
    a noun after the number must be the figure's own or none ("with 121
    deaths").
    """
    j = num.first - 1
    if (
        num.stated is None
        or num.article
        or j < 2
        or tokens[j].low != "with"
        or prev.last > j
        or (
            prev.category not in lx.HARM_CATEGORIES
            and prev.category not in lx.DISPLACEMENT_CATEGORIES
        )
    ):
        return None
    start = j
    while (
        start > 0
        and j - start < _PLACE_WITH_WORDS
        and (
            tokens[start - 1].is_capitalized
            # a name joined by a hyphen: "Khyber-Pakhtunkhwa"
            or (
                tokens[start - 1].text in lx.DASHES
                and tokens[start - 1].gap == GLUED
                and start - 1 > 0
                and tokens[start - 2].is_capitalized
                and tokens[start].is_capitalized
            )
        )
    ):
        start -= 1
    if start == j or start <= prev.last or tokens[start - 1].low not in _PLACE_WITH_OPENERS:
        return None
    if tokens[start].low in lx.NP_STOP or any(t.low in lx.MONTHS for t in tokens[start:j]):
        return None
    n_start, n_end, _ = read_np(tokens, num.last)
    noun = tokens[n_end - 1].low if n_end > n_start else None
    if (
        noun is not None
        and noun != prev.head
        and lx.SELF_COUNTING_NOUNS.get(noun) is not prev.category
    ):
        return None
    r = Reading(num, prev.category)
    r.np, r.head = (n_start, n_end), prev.head
    r.first, r.last = start, max(n_end, num.last)
    r.side, r.perfect, r.cumulative = prev.side, prev.perfect, prev.cumulative
    r.listed = True
    return r
