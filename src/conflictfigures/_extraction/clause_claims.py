"""
Claims whose source stands in a clause of its own beside the sentence's
main one, and statements told in a sentence of their own.

- A statement issued: ``SOURCE ISSUING_VERB DETERMINER WORD{0,3}
  ANNOUNCEMENT_NOUN`` ("The Israeli military issued a statement on
  Thursday", "Police held a news conference"): the source spoke, and what
  its paragraph tells next, naming no source, it said (see
  ``attribution.paragraph_source``).
- A participle that goes on with the sentence's subject after a comma
  ("Officials rejected claims by residents ..., insisting the toll stood at
  23"), as "saying" does (``openers.subject_saying``).
- A verb of telling before its that-clause ("..., as aid agencies warned
  that some 630,000 people ...").
- A sentence-initial "It said" or "They said" after a sentence whose subject
  is a body that names no source: the body ("The army struck targets in
  Rafah on Thursday. It said ...").
- A claim inside a dashed aside speaks for its own clause alone ("82
  bodies; the rest - perhaps as many as 500, according to the UN - are
  believed ...").
- The day of a statement issued in a sentence of its own dates the figures
  its source speaks for next, as a statement's day dates its own.
"""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING

from conflictfigures import _lexicon as lx
from conflictfigures._extraction.claimant_phrases import before_who, claimant_left, with_source
from conflictfigures._extraction.context import clause_between
from conflictfigures._extraction.numbers import count_word
from conflictfigures._extraction.openers import opening_speaker, subject_saying
from conflictfigures._extraction.text import Sentence, sentence_spans, tokenize, words_at

if TYPE_CHECKING:
    import datetime as dt

    from conflictfigures._extraction.dates import DateMention
    from conflictfigures._extraction.discourse import Doc
    from conflictfigures._extraction.reading import Reading
    from conflictfigures._extraction.text import Token

__all__ = [
    "carried_day",
    "claim_of",
    "clause_claim",
    "finding_body",
    "issued_statement",
    "names_war",
    "note_statement_day",
    "participle_source",
    "subject_before",
    "subject_within",
    "tells_statement",
    "that_claim",
]


#: The words that may open what a body issues ("a statement", "its daily update").
_ISSUE_DETERMINERS = frozenset({"a", "an", "the", "its", "their", "his", "her", "new", "fresh"})
#: How many words may stand between that determiner and the statement's noun
#: ("its latest daily situation report").
_STATEMENT_MODIFIERS = 3
#: Statement nouns that name something else after these verbs ("held the
#: post of governor", "gave the address of the house").
_NOT_ISSUED = frozenset({"post", "address"})


def _statement_object(tokens: list[Token], j: int) -> bool:
    """
    ``DETERMINER WORD{0,3} ANNOUNCEMENT_NOUN`` at ``j``: what a body issues or
    gives when it speaks ("a statement", "its morning summary", "a news
    conference"); no count stands among the words.
    """
    n = len(tokens)
    if j >= n or tokens[j].low not in _ISSUE_DETERMINERS:
        return False
    for m in range(j + 1, min(n, j + 2 + _STATEMENT_MODIFIERS)):
        low = tokens[m].low
        if low in lx.ANNOUNCEMENT_NOUNS and low not in _NOT_ISSUED:
            return True
        if not tokens[m].is_word or count_word(tokens[m]):
            return False
    return False


def issued_statement(tokens: list[Token], k: int) -> bool:
    """
    Whether the verb at ``k`` issues a statement: ``ISSUING_VERB "out"?``
    then what a body issues ("issued a statement", "published its daily
    update", "gave an update", "held a news conference"); not "released 20
    hostages", "held the post of governor".
    """
    if tokens[k].low not in lx.ISSUING_VERBS:
        return False
    j = k + 1
    if j < len(tokens) and tokens[j].low == "out":
        j += 1  # "put out a statement"
    return _statement_object(tokens, j)


def clause_claim(tokens: list[Token], k: int) -> tuple[int, int] | None:
    """
    The source of a statement issued at ``k`` (see :func:`issued_statement`)
    or of a verb of telling before its that-clause (see :func:`that_claim`),
    else ``None``.
    """
    low = tokens[k].low
    if low in lx.ISSUING_VERBS and issued_statement(tokens, k):
        return claimant_left(tokens, k) or before_who(tokens, k)
    if low in lx.FINDING_VERBS:
        return _finding_claim(tokens, k)
    return that_claim(tokens, k) if low in lx.THAT_CLAIM_VERBS else None


def _finding_claim(tokens: list[Token], k: int) -> tuple[int, int] | None:
    """
    ``SOURCE FINDING_VERB TIME_WORD{0,3} "that"`` at ``k`` whose source holds
    a body that finds ("An inquest jury at ... Court has concluded that",
    "The tribunal ruled that"): the body; not "Rescuers found that" (no
    finding), "the search concluded".
    """
    rng = that_claim(tokens, k)
    if rng is None and _that_after(tokens, k):
        return finding_body(tokens, k)  # "The investigation concluded that"
    if rng is None or not any(t.low in lx.FINDING_BODIES for t in tokens[rng[0] : rng[1]]):
        return None
    return rng


#: How many words may stand between a finding body's determiner and its noun
#: ("The internal investigation").
_BODY_WORDS = 2


def finding_body(tokens: list[Token], k: int) -> tuple[int, int] | None:
    """
    ``DETERMINER WORD{0,2} FINDING_BODY`` right before the verb at ``k``
    ("The investigation found that", "The internal probe found that"): the
    body that finds (``lx.FINDING_BODIES``), which no speaker's noun names.
    """
    if k == 0 or tokens[k - 1].low not in lx.FINDING_BODIES:
        return None
    for m in range(k - 2, max(-1, k - 3 - _BODY_WORDS), -1):
        if tokens[m].low in lx.ARTICLE_WORDS or tokens[m].low in lx.POSSESSIVES:
            return m, k
        if not tokens[m].is_word or tokens[m].is_capitalized:
            return None
    return None


#: Prepositions that make such a participle no verb of saying ("adding to
#: the toll", "insisting on an inquiry", "warning of floods").
_NOT_SAYING_AFTER = lx.PREPOSITIONS | {"of", "to", "on", "for", "about", "with"}


def _goes_on(tokens: list[Token], k: int) -> bool:
    """
    Whether the participle of saying at ``k`` states what follows it
    ("insisting the toll stood at 23", "adding that 50 were arrested"):
    no preposition right after it ("adding to the toll", "warning of
    floods").
    """
    return k + 1 < len(tokens) and tokens[k + 1].low not in _NOT_SAYING_AFTER


def _spoke_before(tokens: list[Token], found: list[tuple[int, int, int]], k: int) -> bool:
    """
    Whether a claim before ``k`` (of ``found``) is a verb of saying, whose
    subject a participle after it goes on with ("..., the interior ministry
    said on Monday, adding that 113 of its officers ..."); not a noun's
    claim ("rejected claims by residents that ..., insisting", "rejected
    claims that ..., insisting").
    """
    # (the claims found so far are in order: only the last few before ``k``,
    # within the participle's reach, are read, so a sentence of many costs
    # each a constant)
    for anchor, c_start, c_end in reversed(found):
        if anchor >= k:
            continue
        if anchor < k - _SPOKE_REACH:
            return False
        if (
            tokens[anchor].low in lx.REPORTING_VERBS
            and tokens[anchor + 1].low not in ("by", "from", "of")
            # (nor the reports' own words: "rejected claims that ...")
            and not c_start <= anchor < c_end
        ):
            return True
    return False


#: How far before a participle the verb of saying it goes on with may stand.
_SPOKE_REACH = 40


def participle_source(
    tokens: list[Token], k: int, found: list[tuple[int, int, int]]
) -> tuple[int, int] | None:
    """
    The source of the participle of saying at ``k``: ``"with" SOURCE`` before
    it ("with one officer saying 118 bodies had been recovered"; see
    ``claimant_phrases.with_source``), else the subject that opens the
    sentence ("The Interior Ministry gave a lower toll, saying eight people
    had died"; "Officials rejected claims by residents ..., insisting the
    toll stood at 23"; see ``openers.subject_saying``). A participle other
    than "saying" after a verb of saying goes on with that verb's claim (of
    ``found``, the claims read so far), and one before a preposition says
    nothing ("adding to the toll"). ``None``: no claim of its own.
    """
    rng = with_source(tokens, k)
    if rng is not None or tokens[k].low == "reporting":
        return rng
    if tokens[k].low != "saying" and (not _goes_on(tokens, k) or _spoke_before(tokens, found, k)):
        return None
    return subject_saying(tokens, k)


#: How many words of time may stand between such a verb and its "that"
#: ("warned on Tuesday that").
_THAT_REACH = 4


def that_claim(tokens: list[Token], k: int) -> tuple[int, int] | None:
    """
    ``SOURCE THAT_CLAIM_VERB TIME_WORD{0,3} "that"`` at ``k``: the source
    of a warning or a stress that states a clause ("as aid agencies warned
    that some 630,000 people ...", "UN officials, who stressed that ...");
    its token range, else ``None``.
    """
    if not _that_after(tokens, k):
        return None
    return claimant_left(tokens, k) or before_who(tokens, k)


def _that_after(tokens: list[Token], k: int) -> bool:
    """Whether "that" follows the verb at ``k``, past up to ``_THAT_REACH`` time words."""
    n = len(tokens)
    j = k + 1
    while j < min(n, k + _THAT_REACH) and tokens[j].low in lx.CLAIM_SKIPPABLE:
        j += 1
    return j < n and tokens[j].low == "that"


#: Verbs of saying whose "in", "at" or "to" names the statement they were
#: said in ("said in its daily briefing", "told a news conference").
_ISSUED_PREPS = frozenset({"in", "at", "to", "during"})


def _said_in_statement(tokens: list[Token], k: int) -> bool:
    """``REPORTING_VERB ("in" | "at" | "to" | "during")? STATEMENT`` at ``k``."""
    if tokens[k].low not in lx.REPORTING_VERBS:
        return False
    j = k + 1
    if j < len(tokens) and tokens[j].low in _ISSUED_PREPS:
        j += 1
    return _statement_object(tokens, j)


def _statement_told(tokens: list[Token]) -> bool:
    """
    Whether a sentence's tokens tell that a source issued or gave a
    statement, with no that-clause after it (see :func:`tells_statement`).
    """
    verb = next(
        (
            k
            for k in range(len(tokens))
            if issued_statement(tokens, k) or _said_in_statement(tokens, k)
        ),
        None,
    )
    return verb is not None and all(t.low != "that" for t in tokens[verb:])


def tells_statement(text: str, start: int, end: int) -> bool:
    """
    Whether a sentence in ``text[start:end]`` tells that a source issued or
    gave a statement, with no that-clause after it ("The health ministry
    published its daily update on Sunday.", "..., the ministry said in its
    daily briefing."): the figures told next are what it said, over a
    period or a war as much as of an incident (not "The ministry said in a
    statement that the war goes on. Since October, ...": the writer's).
    """
    return any(
        _statement_told(Sentence(text, s_start, s_end).tokens)
        for s_start, s_end in sentence_spans(text, start, end)
    )


def note_statement_day(doc: Doc, sent: Sentence, mentions: list[DateMention]) -> None:
    """
    Keep the day of a sentence with no figure (its dates ``mentions``) that
    tells a statement issued on it ("Police gave an update at a news
    conference on Tuesday evening."): see ``Doc.statement_day``.
    """
    if mentions and _statement_told(sent.tokens):
        doc.statement_day = (sent.start, mentions[0].date)


def carried_day(doc: Doc, lows: list[str], last: int) -> dt.date | None:
    """
    The day of the statement whose source a sentence naming none goes on
    with, when the sentence that named it told a statement issued on that
    day and no figure (see :func:`note_statement_day`), else ``None``; and
    ``None`` for a figure (ending at ``lows[last]``) of one event named
    after it ("Twelve militants were killed in the raid": the raid's day is
    untold, the statement's is when it was told).
    """
    day = doc.statement_day
    if day is None or day[0] != doc.claimant_at or _in_one_event(lows, last):
        return None
    return day[1]


def _in_one_event(lows: list[str], last: int) -> bool:
    """``("in" | "during") WORD{0,2} SINGLE_EVENT_NOUN`` soon after ``lows[last]``."""
    n = len(lows)
    for k in range(last + 1, min(n, last + _EVENT_REACH)):
        if lows[k] in _EVENT_PREPS:
            for w in lows[k + 1 : k + 4]:
                if w in lx.SINGLE_EVENT_NOUNS:
                    return True
                if w in lx.PREPOSITIONS or not w.isalpha():
                    break
            return False
        if not lows[k].isalpha():
            return False
    return False


#: How far after a figure the preposition of its event may stand ("were killed in").
_EVENT_REACH = 6
#: Prepositions of the event a figure was counted in ("in the raid", "during the attack").
_EVENT_PREPS = frozenset({"in", "during"})


def names_war(lows: list[str]) -> bool:
    """
    Whether a sentence names a war, a conflict or its fighting, not as a
    modifier of a thing ("infantry fighting vehicles").
    """
    return any(
        low in lx.WAR_NOUNS and not (k + 1 < len(lows) and lows[k + 1] in lx.EQUIPMENT_NOUNS)
        for k, low in enumerate(lows)
    )


#: The pronouns a body speaks by ("It said", "They added").
_BODY_PRONOUNS = frozenset({"it", "they"})


def _verb(tokens: list[Token]) -> int | None:
    """
    Where the first word that may be a sentence's finite verb stands past its
    first ("struck", "issued", "has"), within reach; else ``None``.
    """
    for k in range(1, min(len(tokens), _SUBJECT_REACH)):
        tok = tokens[k]
        if (
            tok.is_word
            and not tok.is_capitalized
            # (not a participle that modifies the noun after it: "The armed group")
            and tokens[k - 1].low not in lx.ARTICLE_WORDS
            and (
                tok.low.endswith("ed")
                or tok.low in lx.IRREGULAR_PARTICIPLES
                or tok.low in lx.VERB_LIKE
                or tok.low in lx.FINITE_AUXILIARIES
                or tok.low in lx.ISSUING_VERBS
            )
        ):
            return k
    return None


#: How far into a sentence its subject's verb is looked for.
_SUBJECT_REACH = 12


def _one_body(head: Token, pronoun: str) -> bool:
    """
    Whether a subject's last word may be what ``pronoun`` stands for: "it" a
    body ("The Israeli military", "Ukraine's General Staff"), "they" many
    ("Police", "Officials", "Hamas fighters"); not a person ("The mayor").
    """
    if pronoun == "it":
        return head.is_capitalized or head.low in lx.BODY_HEADS or head.low in lx.ISSUER_NOUNS
    return head.is_capitalized or head.low.endswith("s") or head.low in lx.PLURAL_PEOPLE


def subject_before(doc: Doc, pronoun: str) -> tuple[str, int] | None:
    """
    The body that is the subject of the sentence before (``doc.before``, in
    the paragraph) one opening on "It said" or "They said" (``pronoun``),
    and where that sentence starts, when it names one and no source was
    named since it began (see ``openers.opening_speaker``: "The Israeli
    military struck targets in Rafah on Thursday." gives "The Israeli
    military"): one body for "it", many for "they" (see :func:`_one_body`).
    Else ``None``.
    """
    span = doc.before
    if span is None or doc.claimant_at >= span[0] or pronoun not in _BODY_PRONOUNS:
        return None
    sent = Sentence(doc.text, *span)
    tokens = sent.tokens
    rng = opening_speaker(tokens, len(tokens))
    verb = _verb(tokens)
    if rng is None or rng[0] != 0 or verb is None:
        return None
    end = min(rng[1], verb)  # (up to its verb: "The mayor", not "The mayor visited the hospital")
    # (the head's words only: "Staff of the Health Minister" is a body)
    head = next((j for j in range(end) if tokens[j].low in _HEAD_ENDS), end)
    if not _one_body(tokens[end - 1], pronoun) or any(
        t.low in lx.PERSON_TITLES for t in tokens[:head]
    ):
        return None  # (nor a person by title: "Governor Oleh Synehubov visited ...")
    return doc.text[sent.start_of(0) : sent.ends[end - 1]], span[0]


def _acronym(tok: Token) -> bool:
    """Whether a word is an acronym in capitals ("RSF", "ISPR")."""
    return tok.is_word and len(tok.text) > 1 and tok.text.isupper()


def subject_within(text: str, sent: Sentence, pronoun: str, at: int) -> str | None:
    """
    The body opening ``sent`` that a pronoun's claim at token ``at``, inside
    the same sentence, stands for ("The RSF published video it said showed
    ...": the RSF), when its verb comes before the pronoun; one body for
    "it", many for "they" (see :func:`_one_body`), no person by title.
    """
    if pronoun not in _BODY_PRONOUNS:
        return None
    tokens = sent.tokens
    verb = _verb(tokens)
    if verb is None or verb >= at:
        return None
    rng = opening_speaker(tokens, len(tokens))
    if rng is None and verb == 2 and tokens[0].low == "the" and _acronym(tokens[1]):
        rng = (0, 2)  # "The RSF published video it said ...": a body by its acronym
    if rng is None or rng[0] != 0:
        return None
    end = min(rng[1], verb)
    if not _one_body(tokens[end - 1], pronoun) or any(
        t.low in lx.PERSON_TITLES for t in tokens[:end]
    ):
        return None
    return text[sent.start_of(0) : sent.ends[end - 1]]


#: Words that end a subject's head before its complement ("Staff of the
#: Health Minister", "officials from the ministry").
_HEAD_ENDS = frozenset({"of", "from", "at"})


#: How far from its claim's word a dash of its aside may stand.
_ASIDE_REACH = 12


def _dash_near(lows: list[str], k: int, step: int) -> int | None:
    """The index of the nearest dash from ``k`` in the direction ``step``, within reach."""
    j = k + step
    while 0 <= j < len(lows) and abs(j - k) <= _ASIDE_REACH:
        if lows[j] in lx.DASHES:
            return j
        if lows[j] in (";", ":"):
            return None
        j += step
    return None


def _aside_apart(lows: list[str], anchor: int, first: int) -> bool:
    """
    Whether the claim word at ``anchor`` stands inside an aside set off by
    dashes in another clause than the figure at ``first``, a semicolon
    between them ("Coastguard divers have recovered 82 bodies; the rest -
    hundreds, perhaps as many as 500, according to the UN - are believed
    ..."): the aside's source speaks for its own clause alone (not "killed
    30 people - 10 of them children, according to the ministry - and
    wounded 50", one clause the source tells).
    """
    opening = _dash_near(lows, anchor, -1)
    if opening is None:
        return False
    closing = _dash_near(lows, anchor, 1)
    if closing is None:
        return False
    # (a bounded look: the semicolon within reach of the aside)
    if first < opening:
        return ";" in lows[max(first, opening - _CLAUSE_REACH) : opening]
    return first > closing and ";" in lows[closing : min(first, closing + _CLAUSE_REACH)]


#: How far from an aside's dash the semicolon that ends its clause is looked for.
_CLAUSE_REACH = 24


def claim_of(
    lows: list[str], claims: list[tuple[int, int, int]], anchors: list[int], r: Reading
) -> int | None:
    """
    The index of the claim (of ``claims``, whose anchors are ``anchors``)
    the figure read as ``r`` takes: the nearest before it, else the first
    after (a claim whose word opens the figure is its own: "the agency put
    the toll at nine"); a claim that closed the clause before ("...,
    according to the UN, and nearly 3,000 were killed, according to a
    monitor") yields to one after, and so does the claim of a dashed aside
    in another clause (see :func:`_aside_apart`). ``None`` when the figure
    stands in an aside between its source and the source's verb ("Turkey,
    which hosts 3.7 million Syrian refugees, has said it cannot handle
    another wave") or only an aside's claim is left.
    """
    before = bisect.bisect_right(anchors, r.first) - 1
    if 0 <= before < len(anchors) - 1 and clause_between(lows, anchors[before], r.first):
        before += 1
    if r.rival and before + 1 < len(anchors) and anchors[before + 1] >= r.last:
        before += 1  # "17 according to an army spokesman": the source after it
    k = max(before, 0)
    if _aside_apart(lows, anchors[k], r.first):
        k += 1  # (the next claim, unless it is an aside's too)
        if k == len(anchors) or _aside_apart(lows, anchors[k], r.first):
            return None
    anchor, _, claimant_end = claims[k]
    if claimant_end <= r.first < anchor or _verb_after_participle(lows, anchor, r.first):
        return None
    return k


def _verb_after_participle(lows: list[str], anchor: int, first: int) -> bool:
    """
    Whether the participle of saying at ``anchor`` ends before ``first`` at
    ", and VERB", the subject's own next verb ("arrested 30 protesters,
    insisting they had broken the law, and wounded 12 others"): its claim
    is its own clause's.
    """
    if lows[anchor] not in lx.SAYING_PARTICIPLES and lows[anchor] != "reporting":
        return False
    return any(
        lows[j] == ","
        and lows[j + 1] == "and"
        and (lows[j + 2].endswith("ed") or lows[j + 2] in lx.VERB_LIKE)
        for j in range(anchor + 1, min(first - 1, anchor + _PARTICIPLE_REACH))
    )


#: How far past a participle of saying its clause's end is looked for.
_PARTICIPLE_REACH = 30


def opens_new_matter(text: str, start: int) -> bool:
    """
    Whether the sentence starting at ``start`` opens on other matters: its
    first word (past a quote mark or a dash) one of ``lx.NEW_MATTER_OPENERS``
    ("Meanwhile, ...", "Separately, ...", "Elsewhere, ...") or its first
    words a phrase of ``lx.NEW_MATTER_PHRASES`` ("In other news, ...", "In a
    separate incident, ..."): no source its paragraph named speaks for it.
    Not the adjective "Separate" ("Separate strikes killed 12 others"), whose
    sentence goes on with the matter before.
    """
    tokens = tokenize(text, start, min(len(text), start + _OPENING_CHARS))
    first = next((k for k, t in enumerate(tokens) if t.is_word), None)
    if first is None or first > _OPENING_MARKS:
        return False
    return tokens[first].low in lx.NEW_MATTER_OPENERS or any(
        words_at(tokens, first, phrase) for phrase in lx.NEW_MATTER_PHRASES
    )


#: How many characters of a sentence's opening :func:`opens_new_matter` reads.
_OPENING_CHARS = 40
#: How many marks may stand before a sentence's first word (a quote mark, a dash).
_OPENING_MARKS = 2


#: Verbs by which a source issues what "according to the report" names.
_REPORT_ISSUING_VERBS = frozenset({"reported", "reports", "published", "released", "issued"})


def issues_text(tokens: list[Token], anchor: int) -> bool:
    """
    Whether the claim word at ``anchor`` says its source issued a text:
    "reported", "published", "released", "issued", or "said in a report"
    (statement, update, bulletin, assessment).
    """
    low = tokens[anchor].low
    if low in _REPORT_ISSUING_VERBS:
        return True
    n = len(tokens)
    return (
        anchor + 3 < n
        and tokens[anchor + 1].low == "in"
        and tokens[anchor + 2].low in ("a", "an", "its", "the")
        and tokens[anchor + 3].low in lx.ISSUED_NOUNS
    )
