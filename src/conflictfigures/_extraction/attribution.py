"""
Attribution across sentences: the source a figure takes from the sentences
around it when its own names none. A headline's figure takes its body
twin's source and place; a paragraph's lead takes the source its next
sentence names for the same statement; a source in brackets closing an
entry speaks for the entry (see :func:`note_source`); a body named again
by a description ("The monitor said") is the body named before
(:func:`names_again`). The document's last named source, which a
pronoun's claim ("it said") stands for, is kept as each sentence's claims
are read (:func:`read_claimants`, :func:`note_claim`).
"""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING

import attrs

from conflictfigures import _lexicon as lx
from conflictfigures._extraction.carried_claims import told_experience
from conflictfigures._extraction.chunks import NUMBER_WORDS
from conflictfigures._extraction.claimant_phrases import claimant_right
from conflictfigures._extraction.claims import CITING, find_claims, may_claim
from conflictfigures._extraction.clause_claims import (
    issues_text,
    opens_new_matter,
    subject_before,
    subject_within,
    tells_statement,
)
from conflictfigures._extraction.issuers import outlet_body, release_issuer, statement_issuer
from conflictfigures._extraction.named_again import (
    SOURCES_KEPT,
    issuing_body,
    named_before,
    names_again,
)
from conflictfigures._extraction.speakers import bracketed_after, is_source, named_after
from conflictfigures._extraction.text import Sentence, sentence_spans, tokenize
from conflictfigures.models import Qualifier

if TYPE_CHECKING:
    import datetime as dt
    from collections.abc import Set as AbstractSet

    from conflictfigures._extraction.discourse import Doc
    from conflictfigures._extraction.reading import Reading
    from conflictfigures._extraction.text import Token
    from conflictfigures.models import Category, Figure, Period, Span

__all__ = [
    "WORD_EDGES",
    "attribute_lead",
    "headline_claims",
    "issuer_claims",
    "note_source",
    "same_statement",
    "unattributed",
]


def headline_claims(figures: list[Figure], headline_end: int) -> list[Figure]:
    """
    A headline's figure is the same report as its body twin, the first later
    figure of the same category and stated number: it takes the twin's place
    when the twin names one ("At least 11 killed in strike on Nuseirat" ...
    "The strike on a school in central Gaza killed at least 11 people"), and
    the claimant of the first twin that names one ("Turkey says two soldiers
    killed" ... "Two soldiers were killed, the ministry said") when the
    headline names none or no one in particular ("..., monitor says"), and
    the twin's group when the headline's count names none ("Two dead" ...
    "Two people are dead"), and the twin's period, or else its day, when
    the headline tells neither.
    """
    if headline_end <= 0 or not any(f.span.end <= headline_end for f in figures):
        return figures
    claimants: dict[tuple[Category, int | None], str] = {}
    places: dict[tuple[Category, int | None], str | None] = {}
    subjects: dict[tuple[Category, int | None], str | None] = {}
    periods: dict[tuple[Category, int | None], Period | None] = {}
    days: dict[tuple[Category, int | None], dt.date | None] = {}
    for f in figures:
        if f.span.start >= headline_end:
            key = (f.category, f.count.stated)
            places.setdefault(key, f.location)
            subjects.setdefault(key, f.subject)
            periods.setdefault(key, f.period)
            days.setdefault(key, f.date)
            if f.claimed_by is not None:
                claimants.setdefault(key, f.claimed_by)
    out = []
    for f in figures:
        key = (f.category, f.count.stated)
        if f.span.end <= headline_end and key not in places:
            # a headline's round number for its body twin's ("Russia has now
            # lost more than 6,000 pieces" ... "at least 6,024 pieces")
            key = _rounded_twin(f, places) or key
        told = f
        if f.span.end <= headline_end:
            if (f.claimed_by is None or _generic_source(f.claimed_by)) and key in claimants:
                told = attrs.evolve(told, claimed_by=claimants[key])
            if places.get(key) is not None:
                told = attrs.evolve(told, location=places[key])
            if f.subject is None and subjects.get(key) is not None:
                # "Two dead, three injured in stabbings" ... "Two people are dead": people
                told = attrs.evolve(told, subject=subjects[key])
            if (
                f.period is None
                and (period := periods.get(key)) is not None
                # (an open period up to publication, of a running total; and
                # a headline that tells no day of its own)
                and period.end == f.source.published
                and not _tells_a_day(f.sentence)
            ):
                # "Monsoon toll climbs to 121" ... "At least 121 people have
                # lost their lives ... since the onset of monsoon on June 13"
                told = attrs.evolve(told, period=period, date=None, cumulative=True)
            elif (
                f.date is None
                and f.period is None
                and periods.get(key) is None
                and (day := days.get(key)) is not None
                and not _tells_a_day(f.sentence)
            ):
                # "Ecuador prison riot toll rises to 118" ... "The death toll
                # from a clash that erupted on Tuesday rose to 118": its day
                told = attrs.evolve(told, date=day)
        out.append(told)
    return _since_told_in_headline(out, headline_end)


def _rounded_twin(
    headline: Figure, told: dict[tuple[Category, int | None], str | None]
) -> tuple[Category, int | None] | None:
    """
    The key of the body figure (in ``told``) of a headline figure's category
    whose number its round number stands for: a qualified number of two or
    more trailing zeros ("more than 6,000", "passes 690,000") and a body
    number it stands for at its last non-zero digit: cut to a floor ("more
    than 6,000": 6,024; "over 7,900": 7,953), to a ceiling ("nearly
    700,000": 691,400) or rounded ("about 6,000": 5,980), within half its
    unit for a number of one digit ("nearly 2,000": 1,501 to 1,999, not
    1,100; "more than 100": not 12 nor 180); the nearest; else ``None`` (an exact round number is a
    count of its own: "government says 300").
    """
    stated = headline.count.stated
    qualifier = headline.count.qualifier
    if stated is None or stated < _ROUND_LEAST or qualifier is Qualifier.EXACT:
        return None
    unit = 1
    while stated % (unit * 10) == 0:
        unit *= 10
    if unit < _ROUND_LEAST:
        return None
    if stated < 10 * unit:
        # one digit ("more than 100", "nearly 2,000") stands for a number
        # within half its unit: 101 to 149, 1,501 to 1,999 ("toll crosses
        # 600": 622; not 180, nor 1,100)
        unit //= 2
    above = qualifier in (Qualifier.AT_LEAST, Qualifier.MORE_THAN)
    below = qualifier in (Qualifier.UP_TO, Qualifier.FEWER_THAN, Qualifier.NEARLY)
    near = [
        key
        for key in told
        if key[0] is headline.category
        and key[1] is not None
        and key[1] != stated
        and (
            stated < key[1] < stated + unit  # "more than 6,000": 6,024; "over 7,900": 7,953
            if above
            else stated - unit < key[1] < stated  # "nearly 700,000": 691,400
            if below
            else 2 * abs(key[1] - stated) < unit  # "about 6,000": 5,980
        )
    ]
    return min(near, key=lambda key: abs((key[1] or 0) - stated), default=None)


#: The least unit of a headline's round number (two trailing zeros: "6,000", "1,100").
_ROUND_LEAST = 100


def _since_told_in_headline(figures: list[Figure], headline_end: int) -> list[Figure]:
    """
    A body twin of a headline's running total up to publication, itself a
    running total with no period in a sentence that says "since" with no
    date it could read ("General Staff: Russia has lost 9,331 tanks in
    Ukraine since Feb. 24, 2022" ... "Russia has lost 9,331 tanks, 18,939
    armored fighting vehicles ... since the start of the full-scale
    invasion"), takes the headline's period, and so do its sentence's other
    running totals with none.
    """
    told: dict[tuple[Category, int | None], Period] = {}
    for f in figures:
        if (
            f.span.end <= headline_end
            and f.period is not None
            and f.period.end == f.source.published
            and f.period.start is not None
        ):
            told.setdefault((f.category, f.count.stated), f.period)
    if not told:
        return figures
    spans: dict[Span | None, Period] = {}
    sinces: dict[Span | None, int] = {}  # (each sentence's count of "since", read once)
    for f in figures:
        if (
            f.span.start >= headline_end
            and f.period is None
            and f.cumulative
            and (f.category, f.count.stated) in told
        ):
            if f.sentence_span not in sinces:
                sinces[f.sentence_span] = (f.sentence or "").lower().split().count("since")
            # (one "since", the twin's: not a sentence with another count's)
            if sinces[f.sentence_span] == 1:
                spans.setdefault(f.sentence_span, told[(f.category, f.count.stated)])
    if not spans:
        return figures
    return [
        attrs.evolve(f, period=spans[f.sentence_span], date=None)
        if f.span.start >= headline_end
        and f.period is None
        and f.cumulative
        and f.sentence_span in spans
        else f
        for f in figures
    ]


def _tells_a_day(sentence: str | None) -> bool:
    """Whether a headline names a day ("on Tuesday", "today")."""
    words = {w.strip(WORD_EDGES) for w in (sentence or "").lower().split()}
    return not words.isdisjoint(lx.WEEKDAYS) or not words.isdisjoint(lx.NEAR_DAY_WORDS)


def _generic_source(claimant: str) -> bool:
    """
    Whether a claimant names no one in particular ("monitor", "the
    officials"): a headline's "monitor says" is the source its body names.
    """
    return all(w in lx.AGENT_NOUNS or w in ("the", "a", "an") for w in claimant.lower().split())


def unattributed(figures: list[Figure], start: int) -> bool:
    """Whether none of a sentence's figures (``figures[start:]``) names a source."""
    return all(f.claimed_by is None for f in figures[start:])


def same_statement(figures: list[Figure], start: int, end: int, tokens: list[Token]) -> bool:
    """
    Whether the sentence after a lead's figures (``figures[start:end]``), with
    figures ``figures[end:]`` and words ``tokens``, goes on with the same
    statement: it opens no other matter ("Meanwhile", "In a separate
    attack", "Days later"), it is no contested claim ("Al-Shabab falsely
    claimed that 30 soldiers were killed") and it gives no other number for a
    category of the lead's (a rival count: "killing 13 people ... The
    ministry states the death toll at 14").
    """
    if any(t.low in lx.TOPIC_SHIFTS for t in tokens[: lx.TOPIC_SHIFT_REACH]):
        return False
    if any(t.low.startswith("claim") for t in tokens):
        return False
    lead = {(f.category, f.count.stated) for f in figures[start:end]}
    categories = {category for category, _ in lead}
    shares: set[str | None] = set()  # the groups of the lead's people counted in part
    for f in figures[end:]:
        if f.category not in categories or (f.category, f.count.stated) in lead:
            continue
        if _some_of_those(f, lead):
            shares.add(f.subject)
        elif f.subject is None or f.subject not in shares:
            # (a second share of the same group is one too: "Twenty of the
            # dead were soldiers and four were foreign nationals")
            return False
    return True


#: How many words a part's number may take before its "of the" ("More than 50 of the dead"),
#: and how many characters of its words are read for them.
_PART_NUMBER_WORDS = 4
_PART_CHARS = 80


def _number_word(word: str) -> bool:
    """Whether a word of a surface ends a count ("50", "two")."""
    return any(ch.isdigit() for ch in word) or word in NUMBER_WORDS


def _some_of_those(f: Figure, lead: AbstractSet[tuple[Category, int | None]]) -> bool:
    """
    Whether a figure counts some of a lead's people ("two of the dead were
    ironworkers", "More than 50 of the dead were lawyers"): "of the",
    "of them" or "of those" right after its number (not "three residents of
    the building"), no more than the lead counts.
    """
    words = f.surface[:_PART_CHARS].lower().split()[: _PART_NUMBER_WORDS + 3]
    told = any(
        b == "of" and c in ("the", "them", "those") and _number_word(a)
        for a, b, c in zip(words, words[1:], words[2:], strict=False)
    )
    return told and any(
        category is f.category and stated is not None and (f.count.stated or 0) <= stated
        for category, stated in lead
    )


def official_source(claimant: str | None) -> bool:
    """
    Whether a source speaks for the record: an agency or an official by
    its noun ("Memphis police", "a spokeswoman for the ministry"), or a name
    in capitals with an acronym or a title ("The PSNI", "Superintendent
    Howard Grant"; not "neighbours", "Witnesses", "activists", "Maria Lopez"
    or "Israel").
    """
    if not claimant:
        return False
    words = claimant.lower().replace("'s", "").split()
    if not lx.OFFICIAL_NOUNS.isdisjoint(words):
        return True
    # an acronym or a person by title ("The PSNI", "Sgt. Rob Carver"), no
    # one's plain name ("Maria Lopez", who lives next door) or a country's
    names = claimant.split()
    return (
        len(names) <= _NAME_WORDS
        and all(w[:1].isupper() or w in _NAME_LINKS for w in names)
        and any(
            (len(w) > 1 and w.isupper()) or w.lower().rstrip(".") in lx.PERSON_TITLES for w in names
        )
    )


#: How many words a source's name may take, and the words inside one that
#: stay in lower case ("The PSNI", "Office of the Governor").
_NAME_WORDS = 6
_NAME_LINKS = frozenset({"the", "of", "for", "and", "de", "al"})


def attribute_lead(figures: list[Figure], start: int, end: int, claimant: str | None) -> None:
    """
    Give the figures of a sentence that names no source, ``figures[start:end]``,
    the source the next sentence of its paragraph
    names while it reads a group of its own: the statement's source told
    after its lead ("A bus plunged into a ravine, killing 27 passengers.
    Sixteen others were rescued with injuries, police said.";
    "... was found dead on Tuesday. Kent Police said the man, 38, ...").
    """
    if claimant is None:
        return
    for k in range(start, end):
        if figures[k].claimed_by is None:
            figures[k] = attrs.evolve(figures[k], claimed_by=claimant)


#: How many tokens the subject of a sentence that confirms the figures before
#: it may hold ("Those casualty figures were given by ...").
_CONFIRMING_SUBJECT = 4


def confirmed_by(text: str, sent: Sentence) -> str | None:
    """
    ``("This" | "That" | DEMONSTRATIVE? FIGURE_NOUN) BE CONFIRMING_VERB "by"
    SOURCE``: a sentence that names the source of the figures just before
    it ("Those figures were given by Captain Mohamed Hussein", "This was
    confirmed by the police"): the source's words, else ``None``.
    """
    tokens = sent.tokens
    n = len(tokens)
    if n < 4 or tokens[0].low not in lx.CONFIRMING_OPENERS:
        return None
    j = 1
    if tokens[0].low not in ("this", "that"):
        while j < min(n, _CONFIRMING_SUBJECT) and tokens[j].low not in lx.FIGURE_NOUNS:
            if not tokens[j].is_word:
                return None
            j += 1
        if j >= n or tokens[j].low not in lx.FIGURE_NOUNS:
            return None
        j += 1
    if j < n and tokens[j].low in ("have", "has"):
        j += 1
    if not (j + 2 < n and tokens[j].low in lx.BE_FORMS):
        return None
    j += 1
    if tokens[j].low not in lx.CONFIRMING_VERBS:
        return None
    by = j + 1
    while by < min(n - 1, j + 1 + _WHEN_WORDS) and _time_word(tokens[by].low):
        by += 1  # its day first: "The toll was given on Sunday by civil society"
    if tokens[by].low != "by":
        return None
    rng = claimant_right(tokens, by + 1)
    if rng is None:
        return None
    first, last = rng
    # (the source's name only: "Bellingcat using satellite imagery")
    for m in range(first + 1, last):
        if tokens[m].low.endswith("ing") or tokens[m].low in ("but", "and", "via"):
            last = m
            break
    named = [t for t in tokens[first:last] if t.is_word and t.low not in ("the", "a", "an")]
    if (
        not named
        or not is_source(tokens[first:last])
        # evidence, no source: "confirmed by DNA tests", "by CCTV footage";
        # a people's adjective alone: "reported by pro-Russian Telegram channels"
        or named[-1].low in lx.EVIDENCE_NOUNS
        or all(t.low in lx.COUNTRY_DEMONYMS or "-" in t.text for t in named)
    ):
        return None
    return text[sent.start_of(first) : sent.ends[last - 1]]


#: How many words of time may stand between a confirming verb and its "by".
_WHEN_WORDS = 3


def _time_word(low: str) -> bool:
    """A word of a day's phrase: "on", "late", "Sunday", "yesterday", "evening"."""
    return low in lx.DAY_PHRASE_WORDS or low in lx.WEEKDAYS or low in lx.RELATIVE_DAY_WORDS


#: How many tokens a paragraph's closing source note may hold.
_NOTE_TOKENS = 6
#: What may end the sentence before a closing source note.
_NOTE_AFTER = frozenset(".;:!?")


def note_source(text: str, start: int, end: int) -> tuple[int, int] | None:
    """
    ``"(" SOURCE ")"`` closing a paragraph after its last sentence, as event
    logs name the source of the whole entry ("One person died after a house
    collapsed. (DMC)", "... Bomber also killed. (ISPR/hospital sources)"): the
    source's character range in ``text[start:end]``, or ``None``. The source
    is an acronym alone or words with an agency's noun, no number.
    """
    stop = end
    while stop > start and text[stop - 1].isspace():
        stop -= 1
    if stop - start < 3 or text[stop - 1] != ")":
        return None  # (the usual case, decided at once)
    opening = text.rfind("(", max(start, stop - 80), stop)
    if opening <= start or text[max(start, opening - 8) : opening].rstrip()[-1:] not in _NOTE_AFTER:
        return None
    name = tokenize(text, opening + 1, stop - 1)
    if not name or len(name) > _NOTE_TOKENS or any(t.is_digits for t in name):
        return None
    words = [t for t in name if t.is_word]
    if not (
        any(t.low in lx.AGENT_NOUNS for t in words)
        or (len(name) == 1 and len(name[0].text) > 2 and name[0].text.isupper())
    ):
        return None
    return opening + 1, stop - 1


#: How many sources a document holds before the oldest are let go (the
#: latest few of them are looked at: ``named_again.SOURCES_KEPT``).
_SOURCES_HELD = 16


def _remember(doc: Doc, source: str) -> None:
    """Keep a named source for a description to name again, the latest few."""
    doc.sources.append(source)
    if len(doc.sources) > _SOURCES_HELD:
        del doc.sources[:-SOURCES_KEPT]


def claimant_words(text: str, sent: Sentence, c_start: int, c_end: int) -> str:
    """
    The words of a claim's source (tokens ``c_start`` to ``c_end`` of
    ``sent``), with its acronym or other name after it ("the Inter-Services
    Public Relations (ISPR)", "the Syrian Civil Defence (White Helmets)",
    "..., Colonel Jean-Paul Mateso.").
    """
    tokens = sent.tokens
    last = c_end + bracketed_after(tokens, c_end)
    last += named_after(tokens, last)
    start, end = sent.start_of(c_start), sent.ends[last - 1]
    words = text[start:end].split()
    if words and _dotted_initials(words[-1]) and text[end : end + 1] == ".":
        end += 1  # the stop of "U.N." ("according to U.N. estimates")
    return text[start:end]


def _dotted_initials(word: str) -> bool:
    """Whether a word is initials with stops inside, its last one cut off ("U.N", "U.S")."""
    return len(word) >= 3 and all(ch == "." if k % 2 else ch.isupper() for k, ch in enumerate(word))


def read_claimants(
    doc: Doc, sent: Sentence, tokens: list[Token], claims: list[tuple[int, int, int]]
) -> tuple[list[str | None], bool]:
    """
    Each claim's words, a pronoun's being the source the document named
    before it; the document's last named source is updated. Also whether any
    claim names a source of its own (not a pronoun).
    """
    claimants: list[str | None] = []
    named = False
    for anchor, c_start, c_end in claims:
        pronoun = is_pronoun_claim(tokens, c_start, c_end)
        if not pronoun:
            words = claimant_words(doc.text, sent, c_start, c_end)
            again = named_before(words, doc.sources, doc.text, sent.start)
            if (
                again is None
                and (body := issuing_body(words)) is not None
                and len(body.split()) == 2
            ):
                # "According to the platform's latest figures", no body named
                # before holding its noun: the body as described ("the platform")
                words = body
            if again is not None:
                doc.claimant = again  # "The ministry": the Health Ministry named before
            elif doc.claimant is None or not names_again(words, doc.claimant):
                doc.claimant = words  # (else "The monitor": the body named before)
                _remember(doc, words)
            doc.claimant_at = sent.start
            doc.claimant_issued = issues_text(tokens, anchor)
            named = True
        elif doc.unread_claim is not None and doc.unread_claim[0] > doc.claimant_at:
            _read_unread_claim(doc)
        if pronoun and c_start == 0 and (subject := subject_before(doc, tokens[0].low)) is not None:
            doc.claimant, doc.claimant_at = subject  # "The army struck Rafah. It said": the army
        elif (
            pronoun
            and not named
            and (own := subject_within(doc.text, sent, tokens[c_start].low, c_start)) is not None
        ):
            doc.claimant, doc.claimant_at = own, sent.start  # "The RSF published video it said"
        if pronoun and tokens[c_start].low in lx.ISSUED_NOUNS and not doc.claimant_issued:
            # "According to the report": only a source that issued one ("the
            # General Staff reported"), not one that spoke of another's: the
            # police who said they were investigating the UN report
            claimants.append(None)
            continue
        claimants.append(doc.claimant)
    return claimants, named


#: How many characters (spaces) may part two sentences next to each other.
_SENTENCE_GAP = 8


def paragraph_source(doc: Doc, start: int, *, unread: bool = True) -> str | None:
    """
    The source a sentence that names none (starting at ``start``) speaks for:
    a label opening its paragraph ("OCHA Flash Update No. 4: ..."), else the
    source its paragraph named last, in a sentence with figures or in the
    sentence right before, which the screen skipped for having none ("The
    army said the attack began at dawn. Twelve soldiers were wounded"; not
    other matters sentences before, a bounded look): that one only when
    ``unread`` (the sentence tells no period or war of the writer's
    background) or it told a statement issued; ``None`` in a paragraph that
    named none, or for a sentence on other matters ("In other news, ...").
    """
    if doc.label_claim is not None and doc.label_claim[0] == doc.block:
        return doc.label_claim[1]
    if opens_new_matter(doc.text, start):
        return None
    if (
        doc.unread_claim is not None
        and doc.block <= doc.unread_claim[0] < start
        and doc.unread_claim[0] > doc.claimant_at
        and start - doc.unread_claim[1] <= _SENTENCE_GAP
        and not doc.text[doc.unread_claim[1] : start].strip()
        and (unread or tells_statement(doc.text, *doc.unread_claim))
    ):
        _read_unread_claim(doc)
    if doc.claimant is not None and doc.block <= doc.claimant_at < start:
        return doc.claimant
    return None


def _read_unread_claim(doc: Doc) -> None:
    """
    Read the source of the stretch the screen skipped (see ``Doc.unread_claim``)
    as the document's last named source, if it names one; once.
    """
    assert doc.unread_claim is not None  # noqa: S101 - the caller checks
    start, end = doc.unread_claim
    doc.unread_claim = None
    for s_start, s_end in sentence_spans(doc.text, start, end):
        sent = Sentence(doc.text, s_start, s_end)
        for anchor, c_start, c_end in find_claims(sent.tokens):
            if not is_pronoun_claim(sent.tokens, c_start, c_end):
                doc.claimant = doc.text[sent.start_of(c_start) : sent.ends[c_end - 1]]
                doc.claimant_at = s_start
                doc.claimant_issued = issues_text(sent.tokens, anchor)
                _remember(doc, doc.claimant)


def without_dateline(
    doc: Doc, tokens: list[Token], claims: list[tuple[int, int, int]]
) -> list[tuple[int, int, int]]:
    """
    ``claims`` without a label that is a dateline: one word in capitals
    before a colon opening the sentence that the document also writes as a
    name ("KALABURAGI: Two men were beaten to death ... in Kalaburagi"), a
    place, where an acronym ("UNHCR:") is a source.
    """
    if (
        claims
        and claims[0][1] == 0
        and claims[0][2] == 1
        and tokens[claims[0][0]].text == ":"
        and doc.writes_as_name(tokens[0].text)
    ):
        return claims[1:]
    return claims


def note_claim(doc: Doc, sent: Sentence, tokens: list[Token], lows: list[str]) -> None:
    """
    Keep the source a sentence without figures names as the document's last
    named source, for a pronoun's claim after it ("The army said ... It
    added that 12 soldiers were wounded"), and as the source of the lead
    before it ("A man was shot and killed on Tuesday. Memphis police said
    officers found the victim ...": see ``attribute_lead``).
    """
    if may_claim(lows) and not told_experience(lows):  # ("reported hearing screams")
        claims = without_dateline(doc, tokens, find_claims(tokens, lows))
        if read_claimants(doc, sent, tokens, claims)[1]:
            doc.source_at = sent.start


#: Words of a source that names no one.
_UNNAMED = frozenset({"unnamed", "anonymous", "unidentified"})
#: How far after a source's verb its "citing" may stand ("reported, citing"),
#: and before it ("The agency, citing local officials, said": each claim a constant).
_CITING_REACH, _CITING_ASIDE = 3, 16


def cited(
    tokens: list[Token], claims: list[tuple[int, int, int]], anchors: list[int], k: int
) -> int:
    """
    The claim a figure takes when ``claims[k]`` is its source's: the source
    that source cites, in an aside before its verb or right after it ("The
    agency, citing local officials, said"; "..., the agency reported, citing
    local officials"), else ``k`` itself.  ``anchors`` are the claims'
    anchors in order: only the few between the source and just past its verb
    are looked at.
    """
    anchor, start, _ = claims[k]
    j = bisect.bisect_left(anchors, max(start, anchor - _CITING_ASIDE))  # (a short aside)
    while j < len(anchors) and anchors[j] <= anchor + _CITING_REACH:
        other, c_start, c_end = claims[j]
        if (
            j != k
            and tokens[other].low in CITING
            # (an unnamed source leaves the statement its teller's: "the
            # ministry added citing unnamed sources")
            and _UNNAMED.isdisjoint(t.low for t in tokens[c_start:c_end])
        ):
            return j
        j += 1
    return k


def outlet_issuer(figures: list[Figure], outlet: str | None, text: str | None = None) -> str | None:
    """
    The body the outlet names when the text is its own statement (see
    ``issuers.outlet_body``: "NSW Police Force", "UNHCR (news release)");
    else the source of a text's first attributed figure when it is the
    outlet that publishes the text: a body's own news release told as a report
    ("UNHCR, the UN Refugee Agency, said today ...", published by UNHCR;
    "the International Organization for Migration (IOM) said", published by
    IOM), whose figures naming no source are that body's; or the outlet
    itself when the writer counts in its own voice outside quotation marks
    (:func:`counts_as_we`). The source is the
    outlet when it is the outlet's name (after "the"), that name before an
    appositive's comma, or holds it as its acronym in brackets; not a source
    that only holds the outlet's words ("a Reuters witness", "the National
    Guard" for The National, "IOM's Missing Migrants Project").
    """
    if outlet is None or not (name := " ".join(outlet.lower().split())):
        return None
    if (body := outlet_body(outlet)) is not None:
        return body
    if text is not None and counts_as_we(text):
        return outlet  # "So far we have confirmed 36 Russian tanks lost": the outlet counts
    lead = next((f.claimed_by for f in figures if f.claimed_by is not None), None)
    if lead is None:
        return None
    said = " ".join(lead.lower().split())
    named = said.split(",", 1)[0].split("(", 1)[0].strip()
    named = named.removeprefix("the ")
    name = name.removeprefix("the ")
    if named == name or f"({name})" in said:
        return lead
    return None


#: "We", alone or with "have" glued to it, and the words of "have" between
#: "we" and its participle.
_WE = frozenset({"we", "we've", "we\u2019ve", "we'd", "we\u2019d"})
_WE_HAVE = frozenset({"have", "had"})


def counts_as_we(text: str) -> bool:
    """
    Whether the writer counts in its own voice: "we", then "have" or "had"
    maybe, then a verb of counting (``lx.OWN_COUNT_VERBS``) and a number
    within a few words ("So far we have confirmed 36 Russian tanks lost"),
    in a paragraph that quotes no one (a quoted "We have counted 38 bodies"
    is its speaker's, and so is a paragraph of a quote or an interview's
    answer: any quotation mark, or a word opening with a single one, keeps
    the paragraph out).  One pass over the text's words.
    """
    for paragraph in text.split("\n"):
        words = paragraph.split()
        if not words or words[0] in _ANSWER_MARKS or any(_quotes(w) for w in words):
            continue
        for k, word in enumerate(words):
            low = word.lower().strip(",;:")
            if low not in _WE or k + 1 == len(words):
                continue
            v = k + 2 if low == "we" and words[k + 1].lower() in _WE_HAVE else k + 1
            if (
                v < len(words)
                and words[v].lower().strip(",.;:") in lx.OWN_COUNT_VERBS
                and any(
                    any(ch.isdigit() for ch in w) or w.lower() in lx.UNITS
                    for w in words[v + 1 : v + 1 + _WE_COUNT_REACH]
                )
            ):
                return True
    return False


#: How many words after its verb the writer's own count may stand ("we have
#: confirmed 36", "we have so far documented at least 1,200").
_WE_COUNT_REACH = 4
#: How an interview's answer opens ("A: We have documented ...").
_ANSWER_MARKS = frozenset({"A:", "A.", "Q:", "Q."})


def _quotes(word: str) -> bool:
    """Whether a word holds a quotation mark, or opens with a single one (\u2018, ')."""
    return any(ch in lx.DOUBLE_QUOTES for ch in word) or word[:1] in ("'", "\u2018")


def is_pronoun_claim(tokens: list[Token], start: int, end: int) -> bool:
    """
    Whether a claimant is a pronoun standing for a source named before
    ("they said"), or what that source issued ("according to the report").
    """
    return end == start + 1 and (
        tokens[start].low in lx.CLAIM_PRONOUNS
        or (tokens[start].low in lx.ISSUED_NOUNS and start > 0 and tokens[start - 1].low == "the")
    )


def issuer_claims(figures: list[Figure], text: str, outlet: str | None = None) -> list[Figure]:
    """
    The figures of a release its issuer claims, those whose own sentences
    and their neighbours name no source (see ``issuers.release_issuer`` and
    ``issuers.statement_issuer``); or of a text its outlet publishes as its
    own body's statement (see :func:`outlet_issuer`).
    """
    if not figures or all(f.claimed_by is not None for f in figures):
        return figures
    issuer = release_issuer(text) or statement_issuer(text) or outlet_issuer(figures, outlet, text)
    if issuer is None:
        return figures
    return [f if f.claimed_by is not None else attrs.evolve(f, claimed_by=issuer) for f in figures]


#: What a word's edges lose before it is looked up ("said," "tally.").
WORD_EDGES = ".,;:!?\"'()[]\u201c\u201d\u2018\u2019"


def _span_start(span: tuple[int, int]) -> int:
    return span[0]


def in_a_claimant(spans: list[tuple[int, int]], r: Reading) -> bool:
    """
    Whether a reading's words lie inside a claimant's (``spans`` sorted by
    start; found by bisection, so a sentence of many claims stays linear).
    """
    j = bisect.bisect_right(spans, r.first, key=_span_start) - 1
    return j >= 0 and spans[j][0] <= r.first and r.last <= spans[j][1]
