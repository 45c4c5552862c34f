"""
Who issued a text as its own statement, so that its figures naming no
source are the issuer's claims (``attribution.issuer_claims``).  A release
names its issuer on a line of its own (:func:`release_issuer`); a statement
names it in its heading ("Statement by the UNICEF Representative in
Yemen, ...", "The following statement was issued today by ...") or as the
subject of its opening sentence in the present tense ("MINUSCA strongly
condemns the attacks ...", "UNMISS is alarmed by ...", see
:func:`statement_issuer`).  Only a bounded top and foot of the text are read.
"""

from __future__ import annotations

import itertools

from conflictfigures import _lexicon as lx
from conflictfigures._extraction.text import blocks, sentence_spans

__all__ = ["release_issuer", "statement_issuer"]

#: How many characters of a text's top may hold the lines naming its issuer,
#: and how many of its foot the line "Issued by: ...".
_ISSUER_TOP = 400
_ISSUER_FOOT = 300
#: How many words a line naming an issuer may hold.
_ISSUER_WORDS = 10
#: The dashes and bars that set a release's kind after its issuer.
_ISSUER_MARKS = (" \u2014 ", " \u2013 ", " - ", " | ")


def release_issuer(text: str) -> str | None:
    """
    The body that issued a text as its own statement, named on a line of its
    own: at the top, before the kind of release ("Metropolitan Police Service
    \u2014 News", "SAPS Western Cape \u2014 Media statement") or alone when
    its name ends in a noun of such a body ("NSW Police Force", "CALLOWAY
    COUNTY SHERIFF'S OFFICE"); at the foot, after "Issued by:". An outlet is
    none ("Punjab Herald News Service", "By Dana Whitfield, WRCX 9 News"),
    and so is an outlet's service ("RFE/RL's Armenian Service").
    """
    lines = text[:_ISSUER_TOP].splitlines()
    if len(text) > _ISSUER_TOP:
        lines = lines[:-1]  # (the last may be cut short)
    for line in map(str.strip, lines):
        words = line.split()
        if not words or len(words) > _ISSUER_WORDS:
            continue
        for mark in _ISSUER_MARKS:
            if mark not in line:
                continue
            name, _, kind = line.partition(mark)
            if kind.strip().lower() in lx.RELEASE_KINDS and _body_name(name):
                return name.strip()
            if name.strip().lower() in lx.RELEASE_KINDS and _body_name(kind):
                return kind.strip()  # "MEDIA RELEASE - Glendale Police Department"
        if words[-1].lower() in lx.ISSUER_NOUNS and _body_name(line):
            return line
    foot = text[-_ISSUER_FOOT:]
    at = foot.find("Issued by:")
    if at >= 0:
        name = foot[at + len("Issued by:") :].split("\n", 1)[0].strip().rstrip(".")
        if name and len(name.split()) <= _ISSUER_WORDS and _body_name(name):
            return name
    return None


def outlet_body(outlet: str) -> str | None:
    """
    The body an outlet passed to ``extract`` names when the text is that
    body's own statement: a body's name ending in a noun of such a body, or
    with one before "of" ("NSW Police Force", "South African Police
    Service", "National Police of Ukraine", "National Disaster Management
    Authority, Pakistan": the name before a comma), or a body's name or
    acronym followed by the kind of its statement, in brackets or not
    ("UNHCR (news release)", "IOM press release", "OCHA Flash Update",
    "Hengaw Organization for Human Rights (daily report)"). A news outlet's
    name is none ("Reuters (summary)", "Al Jazeera (live update)", "Anadolu
    Agency", "Police Oracle", "Radio Okapi (English summary)").
    """
    name, _, kind = outlet.partition("(")
    words = name.split(",", 1)[0].split()
    kinds = kind.rstrip(") ").lower().split()
    if not kinds:
        # the kind after the name: "IOM press release", "OCHA Flash Update"
        while len(words) > 1 and (
            words[-1].lower() in lx.OUTLET_KIND_WORDS
            or (kinds and words[-1].lower() in lx.KIND_MODIFIERS)
        ):
            kinds.insert(0, words.pop().lower())
    name = " ".join(words)
    if not words or not _body_name(name):
        return None
    lows = [w.lower() for w in words]
    bodied = lows[-1] in lx.OUTLET_BODY_NOUNS or any(
        a in lx.OUTLET_BODY_NOUNS and b == "of" for a, b in itertools.pairwise(lows)
    )
    if bodied and not kinds:
        return name
    acronym = len(words) == 1 and words[0].isupper() and len(words[0]) <= _ACRONYM
    body = bodied or acronym or not lx.BODY_WORDS.isdisjoint(lows)
    return name if body and kinds and kinds[-1] in lx.OUTLET_KIND_WORDS else None


#: The longest acronym that names a body alone ("UNHCR", "OCHA").
_ACRONYM = 6


def _body_name(name: str) -> bool:
    """Whether words may name a body: capitalised but for joiners, no digit, no outlet's word."""
    words = name.split()
    return (
        bool(words)
        and all(w[:1].isupper() or w.lower() in lx.ISSUER_JOINERS for w in words)
        and not any(map(str.isdigit, name))
        and lx.OUTLET_WORDS.isdisjoint(w.lower() for w in words)
    )


#: How many characters of a text's top may hold its opening statement.
_STATEMENT_TOP = 700
#: How many of the text's first sentences ended by a full stop may open its
#: statement (a heading, a one-word label such as "COMMUNIQUE.", then the
#: statement); lines with no stop (headlines, a page's links) are passed.
_OPENING_SENTENCES = 3
#: How many words the name of a statement's issuer may hold.
_STATEMENT_NAME_WORDS = 16
#: The words one of which a statement's opening holds (its stance, or its
#: heading's "statement" or "issued"; not "release", which a police or
#: military release holds in most texts, "For immediate release": its
#: issuer is read by :func:`release_issuer`).
_STATEMENT_WORDS = (
    lx.STANCE_VERBS | lx.STANCE_STATES | {"statement", "issued"} | lx.RELEASE_KINDS_OF
)
#: How many words a dateline before a dash may hold ("Bangui, 2 June 2019 -").
_DATELINE_WORDS = 6
#: How far into a sentence the dash after its dateline may stand.
_DATELINE_REACH = 60
#: The dashes after a dateline.
_DATELINE_MARKS = (" - ", " \u2013 ", " \u2014 ")
#: Words that open no issuer's name ("We condemn", "Our association
#: condemns", "This statement ...").
_NO_ISSUER_FIRSTS = lx.CLAIM_PRONOUNS | {"we", "i", "our", "this", "that", "it", "a", "an"}


def statement_issuer(text: str) -> str | None:
    """
    The body that opens a text as its own statement: named in a heading
    ("Statement by the UNICEF Representative in Yemen, Catherine Mbeki.",
    "Statement from the Madani Resistance Committees.", "Communiqué of the
    Ministry of National Defence.", "The following
    statement was issued today by the Spokesperson for the
    Secretary-General:"), or as the subject of a whole sentence (ended by
    its full stop: no headline) among the text's first three whose verb
    takes a stance in the present tense (lines with no stop before it are
    passed, and the text's first three sentences with one are looked at),
    perhaps after a dateline and an
    adverb ("Bangui, 2 June 2019 - The United Nations ... (MINUSCA)
    strongly condemns the attacks ...", "The Government regrets to announce
    that ...", "UNMISS is alarmed by ..."). A news report tells another's
    stance in the past ("The UN condemned the attack"), and a pronoun or
    "our" names no one.
    """
    top = text[:_STATEMENT_TOP]
    if _STATEMENT_WORDS.isdisjoint(top.lower().split()):
        return None  # (most texts: no word a statement opens with, in one pass)
    seen = 0
    for b_start, b_end in blocks(top):
        for start, end in sentence_spans(top, b_start, b_end):
            if end >= len(top) and len(text) > len(top):
                return None  # (cut short: its end is not read)
            sentence = top[start:end]
            name = _heading_issuer(sentence) or _stance_issuer(sentence)
            if name is not None:
                return name
            seen += sentence.endswith(".")  # (a line with no stop is a heading)
            if seen >= _OPENING_SENTENCES:
                return None
    return None


def _heading_issuer(sentence: str) -> str | None:
    """The issuer a heading names after a kind of release and "by" or "from"."""
    words = sentence.rstrip(".").split()
    lows = [w.lower().rstrip(":") for w in words]
    for i in range(1, min(4, len(words))):
        kind = " ".join(lows[:i]).removeprefix("joint ").removeprefix("press ")
        if lows[i] in ("by", "from") and kind in lx.RELEASE_KINDS:
            return _issuer_name(words[i + 1 :])
        if lows[i] == "of" and kind in lx.RELEASE_KINDS_OF:
            return _issuer_name(_name_run(words[i + 1 :]))
    j = lows.index("issued") if "issued" in lows[:8] else -1
    if j >= 0 and not lx.RELEASE_KINDS.isdisjoint(lows[:j]):
        for k in range(j + 1, min(j + 4, len(words))):
            if lows[k] == "by":
                name: list[str] = []
                for word in words[k + 1 :]:
                    name.append(word.rstrip(":"))
                    if word.endswith(":"):
                        return _issuer_name(name)
                return None
    return None


def _name_run(words: list[str]) -> list[str]:
    """
    A heading's words after "of" that name a body issuing releases (a noun
    of ``lx.ISSUER_NOUNS`` or "forces" among them, else nothing: "Summary of
    Key Events in Gaza", "Summary of RSF's attacks", "Statement of the
    Facts" name none), up to the first in lower case that joins none, or to
    "on", "to" or "in" past the body's noun, less the joiners and the
    possessive that end them ("Summary of the Ministry of Defence of the
    Russian Federation on the progress of ...": the ministry; "Statement of
    the Ministry of Foreign Affairs of Ukraine on the Russian missile
    attack": the ministry; "Summary of the Russian Federation Armed Forces'
    special military operation": the armed forces).
    """
    cut, bodied = len(words), False
    for k, w in enumerate(words):
        low = w.lower().removesuffix("'s").removesuffix("\u2019s").rstrip("'\u2019")
        if bodied and low in _AFTER_THE_BODY:
            cut = k
            break
        if not w[:1].isupper() and w.lower() not in lx.ISSUER_JOINERS:
            cut = k
            break
        bodied = bodied or low in lx.ISSUER_NOUNS or low == "forces"
    if not bodied:
        return []
    while cut > 0 and words[cut - 1].lower() in lx.ISSUER_JOINERS:
        cut -= 1
    named = words[:cut]
    if named:
        named[-1] = named[-1].removesuffix("'s").removesuffix("\u2019s").removesuffix("'")
    return [w for w in named if w]


#: Joiners that end a body's name once its noun is read ("the Ministry ...
#: of Ukraine on the Russian missile attack").
_AFTER_THE_BODY = frozenset({"on", "to", "in"})


def _stance_issuer(sentence: str) -> str | None:
    """The subject of a whole sentence whose verb takes a stance in the present tense."""
    if not sentence.endswith("."):
        return None
    for mark in _DATELINE_MARKS:
        at = sentence.find(mark, 0, _DATELINE_REACH)
        if at > 0 and len(sentence[:at].split()) <= _DATELINE_WORDS:
            dateline = sentence[:at]
            if "," in dateline or dateline.isupper() or any(map(str.isdigit, dateline)):
                sentence = sentence[at + len(mark) :]
                break
    words = sentence.split(maxsplit=_STATEMENT_NAME_WORDS + 3)
    lows = [w.lower().strip(",;:") for w in words]
    for k in range(1, min(len(words) - 1, _STATEMENT_NAME_WORDS + 1)):
        low = lows[k]
        if low in lx.STANCE_VERBS:
            # "condemns", or a plain form after a plural ("The authorities condemn")
            stance = low.endswith("s") or lows[k - 1].endswith("s")
        elif low in ("is", "are"):
            after = k + 1 + lows[k + 1].endswith("ly")  # "is deeply saddened"
            stance = after < len(lows) and lows[after] in lx.STANCE_STATES
        else:
            continue
        if not stance:
            return None
        end = k
        while end > 0 and lows[end - 1].endswith("ly"):
            end -= 1  # "strongly condemns"
        return _issuer_name(words[:end])
    return None


def _issuer_name(words: list[str]) -> str | None:
    """
    The words as a body's name, or None: capitalised but for joiners, a
    bracketed acronym ("(MINUSCA)") and a comma before a person's name,
    with no digit and no outlet's word, and not opening with a pronoun.
    """
    if not words or len(words) > _STATEMENT_NAME_WORDS:
        return None
    if words[0].lower() in _NO_ISSUER_FIRSTS:
        return None
    for word in words:
        bare = word.strip("(),").rstrip(":")
        if not bare or any(map(str.isdigit, bare)):
            return None
        if not (bare[:1].isupper() or bare.lower() in lx.ISSUER_JOINERS):
            return None
        if bare.lower() in lx.OUTLET_WORDS:
            return None
    if all(w.lower() in lx.ISSUER_JOINERS for w in words):
        return None
    if len(words) == 1 and not (words[0].strip("(),:").isupper() and len(words[0]) > 1):
        return None  # one word names a body as an acronym ("UNMISS"), not "Residents"
    return " ".join(words).rstrip(",:")
