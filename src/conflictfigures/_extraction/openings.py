"""
Parts told in a sentence that opens on them: a sentence that opens on a
part of the figure just before it ("Among them were 14 children.", "Of the
dead, 171 were children", "Of the 84, 31 were in Wajima and 38 in Suzu"),
its parts' groups and places, and the figures such a sentence reads on its
own marked as parts of that figure.  Moved out of :mod:`.breakdowns` (which
keeps the parts of a figure told in an earlier sentence) in session 42.
"""

from __future__ import annotations

import itertools
from typing import TYPE_CHECKING

import attrs

from conflictfigures import _lexicon as lx
from conflictfigures._extraction.attribution import WORD_EDGES, claimant_words, is_pronoun_claim
from conflictfigures._extraction.chunks import read_np
from conflictfigures._extraction.claims import find_claims, may_claim
from conflictfigures._extraction.counts import count
from conflictfigures._extraction.flight_stays import (
    STAY_OPENING_BYTES,
    stay_opening,
)
from conflictfigures._extraction.heads import COUNTED, noun_class
from conflictfigures._extraction.numbers import NumberReading, read_number
from conflictfigures._extraction.parts import place_after
from conflictfigures._extraction.text import Sentence, sentence_spans
from conflictfigures._extraction.where import find_place
from conflictfigures.models import Category, trusted_span

if TYPE_CHECKING:
    from conflictfigures._extraction.text import Token
    from conflictfigures.models import Figure
    from conflictfigures.policy import BoundsPolicy

__all__ = ["PART_OPENINGS", "following_part", "opened_parts", "opening_parts"]


#: The words that open a sentence naming a part of the figure before it.
PART_OPENINGS = (
    [b"among", b"them"],
    [b"among", b"those"],
    [b"of", b"them"],
    [b"of", b"those"],
    [b"of", b"these"],
    [b"this", b"includes"],
    [b"this", b"included"],
    [b"these", b"include"],
    [b"these", b"included"],
    [b"that", b"includes"],
    [b"those", b"include"],
)


#: The first words of those openings.
_PART_FIRSTS = frozenset(words[0] for words in PART_OPENINGS)


#: The words before a state that opens a sentence's parts ("Of the dead",
#: "Of those killed": session 51).
_NAMED_OPENERS = frozenset({b"the", b"those"})
#: "Of the dead", "Among the injured": the state a sentence's opening names,
#: whose figure just before it the parts are of.
_NAMED_WHOLES = {
    word.encode(): category for word, category in (lx.STATE_GROUPS | lx.DEATH_WHOLES).items()
} | {
    b"victims": Category.KILLED,
    b"deceased": Category.KILLED,  # "Of the deceased, 32 were police officers"
    b"displaced": Category.DISPLACED,
}


#: The words that name the figure just before as a whole after "of" ("Of
#: the total", "Of this number"), and their determiners.
_TOTAL_WORDS = [[b"total"], [b"number"], [b"figure"]]
_TOTAL_DETERMINERS = [[b"the"], [b"this"], [b"that"]]


#: How many figures back a named whole ("Of the dead") is looked for.
_NAMED_REACH = 12


def opening_parts(
    text: str,
    span: tuple[int, int],
    words: list[bytes],
    figures: list[Figure],
    policy: BoundsPolicy,
) -> list[Figure]:
    """
    The parts a sentence (``span``, its folded ``words``) names of the figure
    just before it when it opens with a part's opening ("Among them were 14
    children."; "Of those, 12 were children"; "Of the dead, 171 were
    children": the last figure of the sentence before of the state it names);
    none when it opens otherwise or the figure before is not right before it.
    """
    if not figures or not words:
        return []
    if words[0] not in _PART_FIRSTS:
        return _counted_partitive(text, span, words, figures, policy) or _stays_of_flight(
            text, span, words, figures, policy
        )
    whole: Figure | None = figures[-1]
    named = _NAMED_WHOLES.get(words[2]) if len(words) > 2 and words[1] in _NAMED_OPENERS else None
    opened = 3 if named is not None else 2
    sent: Sentence | None = None
    if named is not None:
        # The state names the whole: the last figure of it told before, even
        # with other counts between ("The death toll rose to 153 ... The
        # number of injured stood at 133 ... Of the dead, 97 were women"),
        # no part itself (a bounded look back).
        # One person told last is one of them, not the whole ("rose to 154
        # after a woman ... died. Of the dead, 98 were women": 154).
        told = [
            f
            for f in itertools.islice(reversed(figures), _NAMED_REACH)
            if f.category is named and f.part_of is None
        ]
        whole = next((f for f in told if f.count.stated != 1), told[0] if told else None)
    elif words[0] == b"of" and words[1:2] in _TOTAL_DETERMINERS and words[2:3] in _TOTAL_WORDS:
        # The figure just before named as a whole: "Of the total, about 3.5
        # million are in West Bengal, 900,000 in ... Tripura"
        opened = 3
    elif words[1:2] == [b"the"]:
        # The count named again: "Of the 84, 31 were in the city of Wajima"
        sent = Sentence(text, *span)
        again = _count_again(sent.tokens, figures, len(figures))
        if again is None:
            # (or the people of a flight named again: "Of the new arrivals,
            # some 135,000 are staying in or around the registered camps")
            return _stays_of_flight(text, span, words, figures, policy)
        whole, opened = again
    elif words[:2] not in PART_OPENINGS:
        return []
    if (
        whole is None
        or whole.sentence_span is None
        or (named is None and text[whole.sentence_span.end : span[0]].strip())
    ):
        return []
    named_whole = opened > 2
    if sent is None and text[span[0] : span[0] + 1] in lx.DOUBLE_QUOTES:
        opened += 1  # a quote that opens it: "\"Of the dead, 32 were police,\" he said"
    return following_part(
        text, sent or Sentence(text, *span), whole, policy, opened=opened, named=named_whole
    ) or _stays_of_flight(text, span, words, figures, policy)


#: The pronouns of a partitive that opens a sentence ("12 of them were children").
_PARTITIVE_PRONOUNS = frozenset({"them", "those", "these"})
#: Those, folded, and how many of a sentence's first words hold its number
#: and "of" ("More than 1.2 million of them"): a screen before tokenizing.
_PARTITIVE_PRONOUN_BYTES = frozenset(word.encode() for word in _PARTITIVE_PRONOUNS)
_PARTITIVE_WORDS = 8


#: How many of a sentence's first words may hold the source and verb that
#: frame a partitive ("Aripov told a press conference that 32,000 of the
#: refugees were children"), and how many words the verb's object may hold.
_FRAME_WORDS = 8
_FRAME_OBJECT_WORDS = 4
_REPORTING_BYTES = frozenset(word.encode() for word in lx.REPORTING_VERBS)


def _after_frame(tokens: list[Token]) -> int:
    """
    Where the words after a source's verb of saying start ("He said that
    ...", "Aripov told a press conference that ..."), the verb among the
    sentence's first words and no number before it; else past the end.
    """
    n = len(tokens)
    for k in range(min(n, _FRAME_WORDS + 2)):
        tok = tokens[k]
        if tok.is_digits or tok.text in (",", ";", ":"):
            return n
        if tok.low in lx.REPORTING_VERBS:
            for j in range(k + 1, min(n, k + 2 + _FRAME_OBJECT_WORDS)):
                if tokens[j].low == "that":
                    return j + 1
            return k + 1 if k + 1 < n and tokens[k + 1].low != "that" else n
    return n


def _may_open_partitive(opening: list[bytes], reach: int) -> bool:
    """
    Whether a sentence's first words (folded) may hold a partitive's "of"
    and its pronoun, or "of the" in the first ``reach`` words.
    """
    return b"of" in opening and (
        not _PARTITIVE_PRONOUN_BYTES.isdisjoint(opening)
        or any(
            opening[i] == b"of" and opening[i + 1] == b"the"
            for i in range(min(reach, len(opening) - 1))
        )
    )


def _stays_of_flight(
    text: str,
    span: tuple[int, int],
    words: list[bytes],
    figures: list[Figure],
    policy: BoundsPolicy,
) -> list[Figure]:
    """
    A sentence that opens on a count of people staying somewhere (see
    :func:`.flight_stays.stay_opening`) after a figure of refugees or
    displaced people, the last figure told: where the people of that figure
    are, a part of it ("Nearly 10 million people have fled East Pakistan
    into India. About 3.5 million are in West Bengal"; "About 160,000 are
    living in the 21 camps"), or more of them after "another" or "a
    further" ("A further 20,000 are living in makeshift shelters"), in the
    flight's category; none otherwise.
    """
    if STAY_OPENING_BYTES.isdisjoint(words[:_STAY_WORDS]):
        return []
    whole = last = figures[-1]
    if whole.part_of is not None:
        # (a part told last speaks for its whole: "... 444,600 are in Albania")
        whole = next(
            (
                f
                for f in reversed(figures[-_WHOLE_REACH:])
                if f.span == whole.part_of and f.part_of is None
            ),
            whole,
        )
    if (
        whole.category not in lx.DISPLACEMENT_CATEGORIES
        or whole.sentence_span is None
        or last.sentence_span is None
        # (the flight, or a stay of its people, told a sentence or two
        # before: not one told paragraphs back)
        or _sentences_between(text, last.sentence_span.end, span[0]) > _STAY_GAP
    ):
        return []
    sent = Sentence(text, *span)
    stay = stay_opening(sent.tokens)
    if stay is None:
        return []
    if _left_place(sent.tokens[stay.end - 1], whole.sentence):
        return []  # "... fled Sudan into Chad. Another 20,000 are still in Sudan": at home
    if (
        stay.bare
        and not stay.more
        and (listed := following_part(text, sent, whole, policy, opened=stay.num.first))
    ):
        # a list of where they are: "About 3.5 million are in West Bengal and
        # 900,000 in the small hill state of Tripura"
        return listed
    high = whole.count.high
    if not stay.more and high is not None and (stay.num.stated or 0) > high:
        return []  # (no part larger than its whole)
    part = _part_figure(
        text,
        sent,
        whole,
        policy,
        num=stay.num,
        words=(stay.group, stay.end, None),
        claimed_by=_own_claimant(text, sent, whole.claimed_by),
    )
    return [attrs.evolve(part, part_of=None) if stay.more else part]


#: How many of a sentence's first words may hold its verb of staying.
_STAY_WORDS = 12
#: How many figures back a part's whole may stand, and how many sentences
#: may stand between a flight and the sentence that tells where its people stay.
_WHOLE_REACH = 8
_STAY_GAP = 1
#: Verbs and prepositions of leaving, before the place a flight left.
_LEAVING_WORDS = frozenset({"fled", "fleeing", "from", "left", "leaving", "escaped"})


def _sentences_between(text: str, start: int, end: int) -> int:
    """
    How many sentences stand between ``start`` and ``end`` (the end of one
    sentence and the start of another), by the document's own splitter,
    counted to one past the gap allowed.
    """
    return sum(1 for _ in itertools.islice(sentence_spans(text, start, end), _STAY_GAP + 1))


def _left_place(place: Token, sentence: str | None) -> bool:
    """
    Whether the capitalized place a stay ends on is the one its flight left,
    in the flight's sentence: its name's last word, after a leaving word and
    at most a few words of the name or of "their homes in" ("fled Sudan",
    "from Sudan", "fled the Central African Republic", "fled their homes
    in Sudan").
    """
    if not (place.is_capitalized and place.is_word) or sentence is None:
        return False
    words = [w.strip(WORD_EDGES) for w in sentence.split()]
    for k, w in enumerate(words):
        if w != place.text:
            continue
        for j in range(k - 1, max(-1, k - 1 - _LEFT_NAME_WORDS), -1):
            low = words[j].lower()
            if low in _LEAVING_WORDS:
                return True
            if not (words[j][:1].isupper() or low in _NAME_FILLERS):
                break
    return False


#: How many words of a name, or of "their homes in", may stand between a
#: leaving word and the place's last word.
_LEFT_NAME_WORDS = 6
#: Words inside a place's name or before it after a leaving word.
_NAME_FILLERS = frozenset({"the", "of", "their", "homes", "home", "in"})


def _counted_partitive(
    text: str,
    span: tuple[int, int],
    words: list[bytes],
    figures: list[Figure],
    policy: BoundsPolicy,
) -> list[Figure]:
    """
    ``NUMBER "of" ("them" | "those" | "these") BE NP``, the whole sentence
    but its end: a sentence that counts a part of the figure just before it
    by who they are ("100,514 people had entered Armenia. About 30,000 of
    them are children."); the part, in its whole's time and statement, when
    its group is of the whole's kind and no larger than it; else none (a
    verb of its own is another reading: "Four of them later died").  Not
    when "them" may be others: figures of two categories in the whole's
    sentence ("40 were killed and 120 wounded"), or a number after the
    whole there ("..., as aid groups sent in 80 staff").
    """
    # (after a source's verb of saying, the partitive opens its object:
    # "He said 32,000 of them were children")
    frame = next((i + 1 for i, w in enumerate(words[:_FRAME_WORDS]) if w in _REPORTING_BYTES), 0)
    if b"of" in words[:frame]:
        frame = 0  # (the source after the part: "Twelve of them were women, the governor said")
    reach = _FRAME_OBJECT_WORDS + 1 + _DIGITS_REACH if frame else _DIGITS_REACH
    if not _may_open_partitive(words[frame : frame + reach + _PARTITIVE_WORDS], reach):
        return []  # (most sentences: no partitive opens them, nothing tokenized)
    whole = figures[-1]
    told = whole.sentence_span
    if told is None or text[told.end : span[0]].strip():
        return []
    if len({f.category for f in figures if f.sentence_span == told and f.part_of is None}) > 1:
        return []
    sent = Sentence(text, *span)
    tokens = sent.tokens
    start = _after_frame(tokens) if frame else 0
    aside = _share_aside(tokens, start)
    num = aside[0] if aside else read_number(tokens, start) if start < len(tokens) else None
    if num is None or num.article or num.stated is None or num.vague is not None:
        return []
    k = num.last
    if aside is not None:
        be = aside[1]  # "Over half of them — 658 — were Egyptians"
    elif k + 3 >= len(tokens) or tokens[k].low != "of":
        return []
    elif tokens[k + 1].low in _PARTITIVE_PRONOUNS:
        be = k + 2
    elif tokens[k + 1].low == "the" and _names_stock(tokens[k + 2].low, whole):
        be = k + 3  # "Some 30,000 of the refugees are children"
    else:
        return []
    if whole.category.is_stock and (stay := _stay_at(tokens, be)) is not None:
        # where a part of a stock lives: "Around 80,000 of them live in the
        # Zaatari camp", "about 6,000 of them were living at the Adagom settlement"
        return [
            _part_figure(
                text,
                sent,
                whole,
                policy,
                num=num,
                words=(None, stay[1], stay[0]),
                claimed_by=_own_claimant(text, sent, whole.claimed_by),
            )
        ]
    if be + 1 >= len(tokens) or tokens[be].low not in lx.BE_FORMS:
        return []
    np = read_np(tokens, be + 1)
    if np[1] == np[0] or np[1] >= len(tokens):
        return []
    end = tokens[np[1]]
    if not (
        (np[1] + 1 == len(tokens) and end.text in (".", "!"))
        # (or a source after it: "12 of them were women, the governor said")
        or (
            end.text == ","
            and any(t.low in lx.REPORTING_VERBS for t in tokens[np[1] :])
            and not any(t.is_digits for t in tokens[np[1] :])
        )
    ):
        return []  # (the group ends the sentence: not "12 of them were in hospital")
    if noun_class(tokens[np[1] - 1].low) not in ("unknown", "people"):
        return []
    high = whole.count.high if whole.count.high is not None else whole.count.stated
    if whole.category.is_equipment or high is None or num.stated > high:
        return []
    if _others_counted_after(text, whole):
        return []  # ("..., as aid groups sent in 80 staff. Ten of them are doctors")
    claimed_by = _own_claimant(text, sent, whole.claimed_by)
    return [
        _part_figure(
            text, sent, whole, policy, num=num, words=(np[0], np[1], None), claimed_by=claimed_by
        )
    ]


#: How many words a share before its "of" may hold ("more than half").
_SHARE_WORDS = 4
#: The marks that set a share's count off ("Over half of them — 658 — were").
_ASIDE_MARKS = frozenset({",", *lx.DASHES})


def _share_aside(tokens: list[Token], start: int) -> tuple[NumberReading, int] | None:
    """
    ``WORD* SHARE "of" PRONOUN MARK NUMBER MARK``: a share of the figure
    before with its count set off by dashes or commas ("Over half of them —
    658 — were Egyptians", "Nearly a third of those, 41, were children");
    the count and the index after the closing mark, else ``None``.
    """
    n = len(tokens)
    k = next(
        (i for i in range(start + 1, min(n, start + _SHARE_WORDS + 1)) if tokens[i].low == "of"),
        None,
    )
    if (
        k is None
        or k + 3 >= n
        or not (tokens[k - 1].low in lx.FRACTION_NOUNS or tokens[k - 1].low in lx.WHOLE_SHARE_WORDS)
        or tokens[k + 1].low not in _PARTITIVE_PRONOUNS
        or tokens[k + 2].text not in _ASIDE_MARKS
    ):
        return None
    num = read_number(tokens, k + 3)
    if num is None or num.last >= n or tokens[num.last].text != tokens[k + 2].text:
        return None
    return num, num.last + 1


#: How far into a sentence's first words (numbers left out) a partitive of
#: "the" may open ("Some 30,000 of the refugees"): a screen before tokenizing.
_DIGITS_REACH = 3
#: The nouns by which a story names its people in flight again, beside the
#: whole's own ("of the refugees", "of the arrivals", "of the displaced").
_STOCK_NOUNS = lx.MIGRANT_NOUNS | {"newcomers", "displaced", "evacuees", "idps"}


def _names_stock(word: str, whole: Figure) -> bool:
    """Whether "the" and ``word`` name again a stock's people ("of the refugees")."""
    if not whole.category.is_stock:
        return False
    return word in _STOCK_NOUNS or word == (whole.subject or "").lower().rsplit(" ", 1)[-1]


def _stay_at(tokens: list[Token], k: int) -> tuple[int, int] | None:
    """
    ``BE? SHELTER_VERB ("in" | "at") PLACE`` from ``k`` to the sentence's end
    (or a source after a comma), no number in it: where the preposition is
    and where the place ends, else ``None``.
    """
    n = len(tokens)
    if k < n and tokens[k].low in lx.BE_FORMS:
        k += 1
    if not (k + 2 < n and tokens[k].low in lx.SHELTER_VERBS and tokens[k + 1].low in ("in", "at")):
        return None
    end = k + 2
    while end < n and tokens[end].text not in (",", ".", ";", "!"):
        if tokens[end].is_digits:
            return None
        end += 1
    return k + 1, end


def _others_counted_after(text: str, whole: Figure) -> bool:
    """
    Whether a number before a noun of people follows ``whole`` in its
    sentence ("Fighting has displaced 50,000 people, as aid groups sent in
    80 staff"): others whom "them" may name.
    """
    told = whole.sentence_span
    if told is None:
        return False
    toks = Sentence(text, told.start, told.end)
    tokens = toks.tokens
    return any(
        tokens[i].is_digits and tokens[i + 1].low in COUNTED and toks.start_of(i) >= whole.span.end
        for i in range(len(tokens) - 1)
    )


def _count_again(
    tokens: list[Token], figures: list[Figure], before: int
) -> tuple[Figure, int] | None:
    """
    ``("of" | "among") "the" NUMBER ","``: a sentence that opens on the count
    of a figure of the sentence before it again ("The quake killed 84 people
    and injured 300. Of the 84, 31 were in Wajima"): that figure (among
    ``figures[:before]``) and where the parts start, else ``None``.
    """
    num = read_number(tokens, 2) if len(tokens) > 3 and before else None
    if (
        num is None
        or num.article
        or num.stated is None
        or num.last >= len(tokens)  # (a text cut off after the number: "Of the 5-7")
        or tokens[num.last].text != ","
    ):
        return None
    last = figures[before - 1].sentence_span
    for k in range(before - 1, max(-1, before - 1 - _NAMED_REACH), -1):
        f = figures[k]
        if f.sentence_span != last:
            break
        if f.count.stated == num.stated and f.part_of is None:
            return f, num.last + 1
    return None


def parts_beside_read(
    text: str,
    span: tuple[int, int],
    words: list[bytes],
    figures: list[Figure],
    before: int,
    *,
    policy: BoundsPolicy,
) -> list[Figure]:
    """
    The parts a sentence that read figures of its own (``figures[before:]``)
    also names by its opening, of a figure before it, where none of its own
    stands ("Of the dead, 386 were children, the report showed, while 1,634
    people were injured": the 386, beside the injured the sentence read);
    see :func:`opening_parts`.
    """
    if before == 0 or not words or words[0] not in _PART_FIRSTS:
        return []
    own = figures[before:]
    return [
        p
        for p in opening_parts(text, span, words, figures[:before], policy)
        if all(p.span.end <= f.span.start or p.span.start >= f.span.end for f in own)
    ]


def opened_parts(text: str, words: list[bytes], figures: list[Figure], before: int) -> None:
    """
    Mark in place the figures a sentence read (``figures[before:]``) as parts
    of the figure right before it when the sentence opens with a part's
    opening ("Nearly 1.3 million people are now internally displaced, the
    IOM said. Of these, about 240,000 are living in 246 displacement
    sites"): those of the whole's category and no larger, in its statement.
    """
    if before == 0 or len(words) < 2:
        return
    whole = figures[before - 1]
    first = figures[before]
    if words[:2] not in PART_OPENINGS:
        if words[0] not in (b"of", b"among") or words[1] != b"the" or first.sentence_span is None:
            return
        # "Of the 84, 31 died in Wajima and 38 in Suzu"
        span = first.sentence_span
        again = _count_again(Sentence(text, span.start, span.end).tokens, figures, before)
        if again is None:
            return
        whole = again[0]
    if whole.sentence_span is None or whole.part_of is not None:
        return
    if (
        first.sentence_span is None
        or text[whole.sentence_span.end : first.sentence_span.start].strip()
    ):
        return  # (right after the whole's sentence only)
    for k in range(before, len(figures)):
        f = figures[k]
        if (
            f.part_of is None
            and f.category is whole.category
            and f.count.stated is not None
            and (whole.count.stated is None or f.count.stated <= whole.count.stated)
        ):
            figures[k] = attrs.evolve(
                f,
                part_of=whole.span,
                claimed_by=f.claimed_by or whole.claimed_by,
                # (a part where no place of its own is told is where its whole was)
                location=f.location or whole.location,
            )


#: How far a list of parts may go from one member's number to the next
#: ("about 1.2 million in the North-West (Sagaing, Magway and Chin) and 650,000").
_MEMBER_REACH = 16


#: Words that end a list of parts (a new clause starts there).
_MEMBER_STOPS = lx.MODIFIER_STOPS - {"and", "or", ","}


def _part_words(
    tokens: list[Token], num: NumberReading, whole: Figure, placed: bool
) -> tuple[int | None, int, int | None] | None:
    """
    Where the group of a part whose number is ``num`` starts, where its
    words end and where the preposition of its place stands: its group ("14
    children"; after a verb to be, "40 were women"), or its place, for
    displaced people and refugees ("650,000 in Rakhine": no group,
    ``None``), for any people after a verb to be ("31 were in the city of
    Wajima"), and for the members after such a part (``placed``: "and 38 in
    Suzu"); ``None`` for neither.
    """
    n = len(tokens)
    np = read_np(tokens, num.last)
    be = num.last < n and tokens[num.last].low in lx.BE_FORMS
    if np[1] == np[0] and be:
        np = read_np(tokens, num.last + 1)  # "Of those, 40 were women"
    if np[1] > np[0]:
        cls = noun_class(tokens[np[1] - 1].low)
        # (a noun the lexicon does not know is of the whole's kind: "4 T-90s")
        ok = cls in ("unknown", "equipment" if whole.category.is_equipment else "people")
        return (np[0], np[1], None) if ok else None
    at = num.last + 1 if be and not whole.category.is_equipment else num.last
    if be and at < n and tokens[at].low in lx.STAY_ADVERBS:
        at += 1  # "500,000 are now in Chad"
    if at < n and place_after(
        tokens, at, whole.category, article=True, anywhere=placed or at > num.last
    ):
        return None, num.last, at  # (the number alone: its place is no count)
    return None


def _place_words(text: str, sent: Sentence, at: int) -> str | None:
    """
    The name of the place a part's preposition at ``at`` opens ("in the city
    of Wajima"); none for where they came from ("14 were from Kavre
    district": who they were) or a place of care ("12 were in Kabul's
    Emergency Hospital": where they are treated, not where they were hurt).
    """
    tokens = sent.tokens
    if tokens[at].low not in lx.PLACE_PREPS and tokens[at].low not in ("at", "on"):
        return None
    place = find_place(tokens, at, len(tokens), [at])
    if place is None or any(t.low in lx.CARE_PLACE_WORDS for t in tokens[place[0] : place[1]]):
        return None
    return text[sent.start_of(place[0]) : sent.ends[place[1] - 1]]


def _next_member(tokens: list[Token], k: int) -> NumberReading | None:
    """The number of the next member of a list of parts after ``tokens[k]``, else ``None``."""
    n, depth = len(tokens), 0
    for m in range(k, min(n - 1, k + _MEMBER_REACH)):
        text = tokens[m].text
        depth += (text == "(") - (text == ")")
        if text in (".", ";", ":") or tokens[m].low in _MEMBER_STOPS:
            return None
        if depth == 0 and (text == "," or tokens[m].low == "and"):
            num = read_number(tokens, m + 1)
            if num is not None and not num.article and num.stated is not None:
                return num
    return None


def following_part(
    text: str,
    sent: Sentence,
    whole: Figure,
    policy: BoundsPolicy,
    *,
    opened: int = 2,
    named: bool = False,
) -> list[Figure]:
    """
    ``OPENING ","? BE? PART (("," | "and") PART)*`` with ``PART = NUMBER NP |
    NUMBER BE NP | NUMBER ("in" | "to") PLACE``: a sentence that names parts of
    the figure just before it ("Israeli forces detained more than 200
    Palestinians. Among them were 14 children."; "Of those, 40 were women";
    "3.5 million are displaced. This includes about 1.2 million in the
    North-West and 650,000 in Rakhine"), each a figure with ``part_of`` in
    its whole's time and statement, in its own place when it names one;
    none when it names none.  No part is larger than its whole.  The parts
    start at ``opened``, past an opening that ``named`` the whole ("Of the
    dead", "Of the 84,"), where a part may be any state ("14 were from
    Kavre").
    """
    tokens = sent.tokens
    n = len(tokens)
    k = opened
    if k < n and tokens[k].text == ",":
        k += 1
    if k < n and tokens[k].low in lx.BE_FORMS:
        k += 1
    parts: list[Figure] = []
    num = read_number(tokens, k) if k < n else None
    claimed_by = whole.claimed_by if num is None else _own_claimant(text, sent, whole.claimed_by)
    placed = False
    while num is not None and not num.article:
        words = _part_words(tokens, num, whole, placed)
        if words is None and named and num.last < n and tokens[num.last].low in lx.BE_FORMS:
            words = None, num.last, None  # "Of the dead, 14 were in critical condition"
        high = whole.count.high
        if words is None or (high is not None and (num.stated or 0) > high):
            break
        placed = words[2] is not None
        parts.append(
            _part_figure(text, sent, whole, policy, num=num, words=words, claimed_by=claimed_by)
        )
        num = _next_member(tokens, words[1])
    return parts


def _own_claimant(text: str, sent: Sentence, claimed_by: str | None) -> str | None:
    """
    The source a sentence of parts names, the parts' own ("Of the dead, 19
    were in Nairobi, the KNCHR said"); else ``claimed_by``, the whole's.
    """
    tokens = sent.tokens
    if not may_claim([t.low for t in tokens]):
        return claimed_by
    return next(
        (
            claimant_words(text, sent, c_start, c_end)
            for _, c_start, c_end in find_claims(tokens)
            if not is_pronoun_claim(tokens, c_start, c_end)
        ),
        claimed_by,
    )


def _part_figure(
    text: str,
    sent: Sentence,
    whole: Figure,
    policy: BoundsPolicy,
    *,
    num: NumberReading,
    words: tuple[int | None, int, int | None],
    claimed_by: str | None,
) -> Figure:
    """
    The part of ``whole`` whose number is ``num`` and whose group, end and
    place's preposition are ``words`` (see :func:`_part_words`): in its
    whole's time and statement, in its own place when it names one.
    """
    group, end, at = words
    start, stop = sent.start_of(num.first), sent.ends[end - 1]
    return attrs.evolve(
        whole,
        count=count(num, policy),
        span=trusted_span(start, stop),
        surface=text[start:stop],
        subject=whole.subject if group is None else text[sent.start_of(group) : stop],
        sentence=text[sent.start : sent.end],
        sentence_span=trusted_span(sent.start, sent.end),
        part_of=whole.span,
        claimed_by=claimed_by,
        location=(at is not None and _place_words(text, sent, at)) or whole.location,
    )
