"""
The phrase that names a claimant, read from its verb: leftward for "X said"
(the noun phrase ending before the verb) and rightward for "according to X"
(the noun phrase starting after it), and past a relative clause on the
speaker ("a police official who spoke on condition of anonymity told":
:func:`before_who`, moved from :mod:`.claims` in session 49).
:mod:`.claims` finds the verbs.
"""

from __future__ import annotations

from conflictfigures import _lexicon as lx
from conflictfigures._extraction.gazetteer import country_end
from conflictfigures._extraction.name_articles import article_in_name, possessive_owner
from conflictfigures._extraction.numbers import count_word
from conflictfigures._extraction.speakers import (
    bracketed_before,
    broadcaster_at,
    claim_word,
    is_source,
    name_digits,
    plural_possessive,
    serving_before,
    speaker_noun,
    title_stop,
)
from conflictfigures._extraction.text import GLUED, Token, initial, possessive
from conflictfigures._extraction.triggers import is_adverb

#: How many words a claimant before its verb is read over.
_CLAIMANT_WORDS = 9


def _month_near(tokens: list[Token], j: int) -> bool:
    """Whether a day's number at ``j`` stands beside its month ("September 20", "20 September")."""
    return tokens[j - 1].low in lx.MONTHS or (
        j + 1 < len(tokens) and tokens[j + 1].low in lx.MONTHS
    )


#: How many words a speaker's name set off by commas may hold.
_APPOSITIVE_NAME_WORDS = 5


def _appositive_name(tokens: list[Token], j: int) -> tuple[int, int] | None:
    """
    ``SPEAKER_NOUN "," NAME{1,5} ","`` ending at the comma at ``j``, before a
    reporting verb and its time words: the name set off after the speaker's
    role ("Nato's supreme commander, General Wesley Clark, yesterday
    claimed"), else ``None``.
    """
    if j < 3 or tokens[j].text != ",":
        return None
    m = j - 1
    while m > 0 and j - m <= _APPOSITIVE_NAME_WORDS and tokens[m].is_capitalized:
        m -= 1
    if m == j - 1 or tokens[m].text != "," or not speaker_noun(tokens[m - 1].low):
        return None
    return m + 1, j


def _manner_of_attesting(tokens: list[Token], k: int) -> bool:
    """
    Whether the sentence's opening word, right before the verb of attesting
    at ``k``, is an adverb of its manner before the noun it attests
    ("Visually confirmed Russian tank losses", "Officially recorded deaths";
    not "Kelly confirmed 40 deaths", "Italy confirmed that ...").
    """
    low = tokens[0].low
    return (
        k == 1
        and len(low) > 4
        and low.endswith("ly")
        and low not in lx.NOT_ADVERBS
        and tokens[k].low in lx.COUNT_ATTESTERS
        and k + 1 < len(tokens)
        and tokens[k + 1].is_word
        and tokens[k + 1].low not in lx.ARTICLE_WORDS
        and tokens[k + 1].low != "that"
    )


def claimant_left(tokens: list[Token], k: int) -> tuple[int, int] | None:
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
        and (
            tokens[j].low in lx.CLAIM_SKIPPABLE
            # "Russia's defence ministry at first acknowledged 41 deaths"
            or (tokens[j].low == "at" and j + 1 < k and tokens[j + 1].low == "first")
            # a day of a month: "Armenia's Defense Ministry on September 20 raised"
            or tokens[j].low in lx.MONTHS
            or (
                tokens[j].is_digits
                and len(tokens[j].text) <= 2
                and j > 0
                and _month_near(tokens, j)
            )
        )
        and not (
            tokens[j].is_capitalized
            and tokens[j].low not in lx.WEEKDAYS
            and tokens[j].low not in lx.MONTHS
            and tokens[j].low != "on"
        )
    ):
        j -= 1
        skipped += 1
    if j < k - 1 and (apposed := _appositive_name(tokens, j)) is not None:
        return apposed  # "Nato's supreme commander, General Wesley Clark, yesterday claimed"
    # "the UN humanitarian office (OCHA) reported", "the Syrian Civil
    # Defence (White Helmets) said": the name before it
    j -= bracketed_before(tokens, j)
    end = j + 1
    words = 0
    while j >= 0 and words < _CLAIMANT_WORDS:
        tok = tokens[j]
        if tok.low in ("the", "a", "an"):
            if words and article_in_name(tokens, j):
                j -= 1  # "Save the Children said": the article inside the name
                continue
            if words and j > 0 and tokens[j - 1].low in ("of", "for", "from"):
                j -= 1  # "a spokesman for the army"
                continue
            if words and j > 1 and tokens[j - 1].low == "in" and claim_word(tokens[j - 2]):
                j -= 2  # "health officials in the Hamas-run territory"
                words += 1
                continue
            if (
                words
                and j > 1
                and tokens[j - 1].low == "and"
                and speaker_noun(tokens[j - 2].low)
                and not _counted_object(tokens, j - 2)
            ):
                j -= 2  # "residents and a health worker told AFP": two sources, one statement
                words += 1
                continue
            j -= 1
            break
        if broadcaster_at(tokens, j):
            j -= 2  # "local radio said": the broadcaster with its owner
            words += 2
            continue
        if (
            claim_word(tok)
            # "officials in both countries"
            or (tok.low in ("both", "all") and words and j > 0 and tokens[j - 1].low == "in")
            or (
                tok.low in lx.NAME_PARTICLES
                and j + 1 < len(tokens)
                and tokens[j + 1].text in lx.DASHES
            )
            # "officials in Kabul", "the ministry of health in Gaza"
            # "officials in eastern Libya"
            or (
                tok.low == "in"
                and words
                and j > 0
                and (
                    tokens[j + 1].is_capitalized
                    or tokens[j + 1].low in lx.DIRECTIONS
                    # "officials in both countries", "officials in the city"
                    or (tokens[j + 1].low in ("both", "the", "all") and claim_word(tokens[j - 1]))
                )
            )
            # inside a name: "the Committee to Protect Journalists"
            or (
                tok.low == "to"
                and words
                and j > 0
                and tokens[j - 1].is_capitalized
                and tokens[j + 1].is_capitalized
            )
        ):
            j -= 1
            words += 1
            continue
        if tok.text in lx.DASHES and j > 0 and tok.gap == GLUED and words:
            j -= 1
            continue
        if (
            words
            and 0 < j < end - 1
            and tok.is_word
            and tok.gap == GLUED
            and tokens[j - 1].text in lx.DASHES
            and tokens[j + 1].text in lx.DASHES
            and tokens[j + 1].gap == GLUED
        ):
            j -= 1  # a word inside a hyphenated title: "Commander-in-Chief Valerii Zaluzhnyi"
            continue
        if j > 0 and name_digits(tokens, j):
            j -= 1  # a name with digits glued to it: "M23 says", "the G7 said"
            words += 1
            continue
        if (
            tok.is_digits
            and words
            and tokens[j + 1].gap == GLUED
            and tokens[j + 1].low in ("st", "nd", "rd", "th")
        ):
            j -= 1  # an ordinal in a name: "the army's 6th Infantry Division said"
            words += 1
            continue
        if words and plural_possessive(tokens, j):
            j -= 1  # "the Palestinian Prisoners' Society"
            continue
        if tok.text == "." and tok.gap == GLUED and j > 0 and initial(tokens[j - 1]):
            j -= 1  # "the U.N. human rights office"
            continue
        if (
            tok.text == "&"
            and words
            and j > 0
            and tokens[j - 1].is_capitalized
            and j + 1 < end
            and tokens[j + 1].is_capitalized
        ):
            j -= 1  # "the Armed Conflict Location & Event Data Project said"
            continue
        if (
            tok.low == "and"
            and words
            and j > 0
            and claim_word(tokens[j - 1])
            and is_source(tokens[j - 1 : j])
            and (is_source(tokens[j + 1 : j + 2]) or is_source(tokens[j + 1 : end]))
        ):
            # "police and residents said", "police and medical sources said":
            # two sources, one statement
            j -= 1
            continue
        if (
            tok.text == ","
            and words
            and j > 0
            and speaker_noun(tokens[j - 1].low)
            and not tokens[j - 1].is_capitalized
            and any(t.low == "and" for t in tokens[j + 1 : end])
            and speaker_noun(tokens[j + 1].low)
            and not _counted_object(tokens, j - 1)
        ):
            # a list of sources: "witnesses, activists and a diplomat said"
            j -= 1
            continue
        if words and title_stop(tokens, j):
            j -= 1  # "Lt. Col. Ahmed Ali said"
            continue
        if tok.text == "," and words and _place_before(tokens, j, end):
            j -= 1  # "Police in Kano, Nigeria said": the region of a place, no speaker
            continue
        break
    start = j + 1
    while start < end and (
        tokens[start].low in ("of", "for", "on")
        or tokens[start].low in lx.NOT_SPEAKER_LEADS
        or tokens[start].low in lx.SENTENCE_OPENERS
    ):
        # "No reports on injuries", "Although Aneq said": no source; "But its
        # spokesman said": the spokesman
        start += 1
    if (
        start > 1
        and (tokens[start - 1].is_digits or count_word(tokens[start - 1]))
        and tokens[start - 2].low in lx.ACTIVE_TRIGGERS
    ):
        # "killed 12 people in Gaza and Israel said": the counted object is
        # no speaker; the source after its "and" is
        joiner = next((m for m in range(end - 1, start, -1) if tokens[m].low == "and"), None)
        if joiner is None or not is_source(tokens[joiner + 1 : end]):
            return None
        start = joiner + 1
    if start > 0 and tokens[start - 1].is_digits and tokens[k].low not in lx.SPEAKING_VERBS:
        # "with more than 1.2 million people registered": a count, no source
        # (but "Some 20 witnesses said" speak)
        return None
    while end > start and (
        tokens[end - 1].low in ("of", "for", "on", "the", "a", "an") or is_adverb(tokens[end - 1])
    ):
        end -= 1  # "Al-Shabab falsely claimed": the speaker without the adverb
    if start == 0 and end == 1 and _manner_of_attesting(tokens, k):
        return None  # "Visually confirmed Russian tank losses ...": a manner, no source
    if (
        start >= 3
        and start < end
        and tokens[start - 1].low == "to"
        and tokens[start - 2].low == "close"
        and speaker_noun(tokens[start - 3].low)
    ):
        # "Sources close to the investigation said": the sources
        start -= 3
        return (start - 1 if start and tokens[start - 1].low in ("the", "a", "an") else start), end
    if (at := serving_before(tokens, start)) is not None and (own := claimant_left(tokens, at)):
        return own[0], end  # "Australian medics serving with the U.N. mission said": the medics
    if start >= end or not (
        is_source(tokens[start:end])
        # (a place after a speaker is no source, but the speaker is: "Police
        # at the scene said")
        or (
            start >= 2
            and tokens[start - 1].low in _GOVERNING_PREPS
            and speaker_noun(tokens[start - 2].low)
        )
    ):
        return None
    if start > 0 and tokens[start - 1].low in _GOVERNING_PREPS and tokens[start].low != "what":
        # the object of a preposition speaks only with the speaker it
        # belongs to ("Doctors at Dhaka Medical College Hospital said"); no
        # other is a speaker: "displaced, mainly from Al Jazirah and Sennar
        # states" (the plural noun, no verb)
        low = tokens[start - 2].low if start >= 2 else ""
        if words >= _CLAIMANT_WORDS and all(
            t.is_capitalized for t in tokens[start:end] if t.is_word
        ):
            # a title too long to read whole, then a name: "Director General of
            # Inter-Services Public Relations Maj Gen Asim Bajwa told": its end
            return start, end
        if not (
            speaker_noun(low)
            or low in lx.PERSON_TITLES
            # (any noun of people speaks: "A teacher at the school told"; not
            # "2 others from United States")
            or (low in lx.PEOPLE_NOUNS and low not in ("other", "others"))
        ):
            return None
        start -= 2
        named = start
        while (
            named > 0
            and start - named < _NAME_BEFORE_SPEAKER
            and tokens[named - 1].is_capitalized
            and claim_word(tokens[named - 1])
            and tokens[named - 1].low not in lx.SENTENCE_OPENERS
        ):
            named -= 1
        if named < start and (named == 0 or tokens[named - 1].low not in lx.PREPOSITIONS):
            # the body they speak for: "UNHCR teams at the Adre crossing said"
            # (not a place before them: "In Gaza City MSF staff at ...")
            start = named
        elif start > 1 and speaker_noun(tokens[start - 1].low) and tokens[start - 2].low in ARTS:
            start -= 1  # a noun before the speaker's: "An inquest jury at the court"
        if start > 0 and tokens[start - 1].low in ("the", "a", "an"):
            start -= 1
    return start, end


ARTS = lx.ARTICLE_WORDS
#: How many such words may stand before a document's noun ("the latest daily report").
_DOCUMENT_MODIFIER_WORDS = 2
#: Words before a document's noun that say which of its issues it is ("the
#: latest bulletin from ...", "a daily situation report by ...").
_DOCUMENT_MODIFIERS = frozenset(
    {"latest", "new", "daily", "weekly", "recent", "last", "official", "preliminary", "updated"}
    | {"provisional", "initial", "revised", "final", "first"}
)
#: Participles of receiving after a document's noun, whose "from" names its
#: issuer as "by" does ("initial information received from the police").
_RECEIVED = frozenset({"received", "obtained", "gathered"})
#: Participles of issuing after a document's noun ("a report published
#: today by ..."), and how many words their "by" may stand after them.
_ISSUED = frozenset({"published", "released", "issued", "compiled"} | _RECEIVED)
_ISSUED_REACH = 5
#: How many capitalized words may name the body of a speaker at a place.
_NAME_BEFORE_SPEAKER = 3


#: Prepositions whose object is never the subject of a reporting verb after it.
_GOVERNING_PREPS = frozenset(
    {"from", "in", "into", "across", "near", "of", "at", "on", "inside", "within"}
)


def _place_before(tokens: list[Token], j: int, end: int) -> bool:
    """
    Whether the comma at ``j`` follows ``SPEAKER "in" CAPITALIZED{1,3}``: a
    place, whose region or country the words after the comma, up to
    ``end``, name ("Police in Kano, Nigeria said", "Police in Washington,
    D.C. said"; a country or dotted initials: not "Speaking to reporters in
    Kano, Governor Abba Yusuf said", "Addressing troops in Kherson, Putin
    said").
    """
    region = [t for t in tokens[j + 1 : end] if t.is_word]
    if not region or len(region) > _REGION_WORDS:
        return False
    if country_end(tokens, j + 1) != end and not all(initial(t) for t in region):
        return False  # a country or a state's initials ("Nigeria", "D.C."), no name
    m = j - 1
    while m >= 0 and j - m <= _PLACE_WORDS and tokens[m].is_capitalized:
        m -= 1
    return m < j - 1 and m >= 1 and tokens[m].low == "in" and speaker_noun(tokens[m - 1].low)


#: How many capitalized words a place before its region's comma may hold,
#: and its region after it.
_PLACE_WORDS = 3
_REGION_WORDS = 2


def _ordinal_in_name(tokens: list[Token], j: int) -> bool:
    """Whether ``tokens[j]`` starts an ordinal in digits before a name ("8th Armed Police")."""
    return (
        j + 2 < len(tokens)
        and tokens[j].is_digits
        and tokens[j + 1].low in lx.ORDINAL_ENDINGS
        and tokens[j + 1].gap == GLUED
        and tokens[j + 2].is_capitalized
    )


def claimant_right(tokens: list[Token], k: int) -> tuple[int, int] | None:
    """
    Read the claimant's words starting at ``tokens[k]`` ("according to the UN",
    "said Colonel Ivanov"): ``claimant = DETERMINER? WORD{1,8}``.
    """
    n = len(tokens)
    j = k
    if j < n and tokens[j].low in ("the", "a", "an"):
        j += 1
    m = j
    while m < min(n - 1, j + _DOCUMENT_MODIFIER_WORDS) and tokens[m].low in _DOCUMENT_MODIFIERS:
        m += 1  # "according to the latest bulletin from the state Civil Defense"
    if (
        m > j
        and m + 1 < n
        and tokens[m].low in lx.CLAIM_DOCUMENTS
        # (its issuer after it; not what it counts: "the latest toll of the war")
        and (tokens[m + 1].low in ("from", "by") or tokens[m + 1].low in _ISSUED)
    ):
        j = m
    if j + 1 < n and tokens[j].low in lx.CLAIM_DOCUMENTS and tokens[j + 1].low in _ISSUED:
        # "according to a report published today by the UN Human Rights
        # Office": past its time, the "by" of whoever issued it
        for m in range(j + 2, min(n, j + 2 + _ISSUED_REACH)):
            if tokens[m].low == "by" or (
                tokens[m].low == "from" and tokens[j + 1].low in _RECEIVED
            ):
                j = m
                break
            if not tokens[m].is_word:
                break  # (within its clause: "the report released Tuesday, attacks by ...")
    issuer_at = None
    if j < n and j > k and tokens[j].low in ("by", "from"):
        issuer_at = j + 1  # (the "by" of a document issued: "published today by")
    elif (
        j + 1 < n
        and tokens[j].low in lx.CLAIM_DOCUMENTS
        and tokens[j + 1].low in ("from", "by", "of", "issued")
    ):
        # "according to a statement from the governor's office"
        issuer_at = j + 2
        if issuer_at < n and tokens[issuer_at].low == "by":
            issuer_at += 1
    if issuer_at is not None:
        j = k = issuer_at
        if j < n and tokens[j].low in ("the", "a", "an"):
            j += 1
    words = 0
    while j < n and words < 8:
        tok = tokens[j]
        if (
            claim_word(tok)
            or (words and broadcaster_at(tokens, j))
            or (
                tok.low in lx.NAME_PARTICLES
                and words
                and j + 1 < n
                and tokens[j + 1].text in lx.DASHES
            )
        ):
            j += 1
            words += 1
            continue
        if tok.text in lx.DASHES and words and j + 1 < n and tokens[j + 1].gap == GLUED:
            j += 1
            continue
        if (
            tok.low in lx.CHANNELS
            and words
            and j + 1 < n
            and tokens[j + 1].is_capitalized
            and claim_word(tokens[j + 1])
        ):
            j += 1  # a channel before its name: "the open-source intelligence website Oryx"
            words += 1
            continue
        if title_stop(tokens, j) and words:
            j += 1  # "said army spokesman Col. Ahmed Ali"
            continue
        if words and name_digits(tokens, j):
            j += 1  # a name with digits glued to it: "according to a Kurdistan24 tally"
            continue
        if _ordinal_in_name(tokens, j):
            j += 2  # "officials of the 8th Armed Police Battalion"
            words += 1
            continue
        if words and plural_possessive(tokens, j):
            j += 1  # "according to the Palestinian Prisoners' Society"
            continue
        if (
            tok.text == "."
            and tok.gap == GLUED
            and words
            and initial(tokens[j - 1])
            and j + 1 < n
            and (
                (tokens[j + 1].gap == GLUED and initial(tokens[j + 1])) or claim_word(tokens[j + 1])
            )
        ):
            j += 1  # "according to D.C. police", "the U.N. mission"
            continue
        if (
            tok.low in ("and", "&")
            and words
            and tokens[j - 1].is_capitalized
            and j + 1 < n
            and tokens[j + 1].is_capitalized
        ):
            j += 1  # "the Armed Conflict Location and (or &) Event Data Project"
            continue
        if (
            tok.low == "and"
            and words
            and speaker_noun(tokens[j - 1].low)
            and j + 1 < n
            and (
                speaker_noun(tokens[j + 1].low)
                or (
                    tokens[j + 1].low in ("the", "a", "an")
                    and j + 2 < n
                    and claim_word(tokens[j + 2])
                    and is_source(tokens[j + 2 : j + 4])
                )
            )
        ):
            j += 2 if tokens[j + 1].low in ("the", "a", "an") else 1
            continue  # "according to police and witnesses": two sources, one statement
        break
    end = j
    while end > k and tokens[end - 1].low in ("of", "for", "on", "the", "a", "an"):
        end -= 1
    if end < n and tokens[end].low in lx.CLAIM_DOCUMENTS and tokens[k].low in ("a", "an"):
        k += 1  # "according to an AFP tally": AFP counts
    if end <= k or not is_source(tokens[k:end]):
        return None
    return k, end


def _counted_object(tokens: list[Token], k: int) -> bool:
    """
    Whether the noun at ``k`` is a counted group after a word of the clause
    ("killed 12 villagers, residents and ... said", "shot dead two residents
    and a witness said"): the object of a deed, no source; a count that
    opens its clause may speak ("Two doctors and a nurse told AFP").
    """
    j = k - 1
    while j >= 0 and tokens[j].is_word and not count_word(tokens[j]) and k - j < _COUNT_BEFORE:
        j -= 1  # (its modifiers: "12 local villagers")
    return j >= 0 and count_word(tokens[j]) and j > 0 and tokens[j - 1].is_word


#: How many words before a group its count may stand.
_COUNT_BEFORE = 3


#: How far back from its verb the "who" of a claimant's relative clause may stand.
_WHO_REACH = 12


def _subject_after(tokens: list[Token], k: int) -> bool:
    """Whether the verb at ``k`` has its subject after it ("said Ahmed Ali", "said the police")."""
    return (
        k + 1 < len(tokens)
        and tokens[k].low not in ("told", "tells")
        and (tokens[k + 1].is_capitalized or tokens[k + 1].low in ("the", "a", "an"))
    )


#: The verbs of writing, whose "who" clause tells what one writes about, no claim.
_WRITING = frozenset({"wrote", "writes", "write"})


def before_who(tokens: list[Token], k: int) -> tuple[int, int] | None:
    """
    ``claimant "who" CLAUSE REPORTING_VERB``: the claimant before a relative
    clause that ends at the verb at ``k`` ("a police official who spoke on
    condition of anonymity told AFP"), or ``claimant "," "which"
    REPORTING_VERB`` ("Iran, which said ...").
    """
    # (a clause set off by commas, before a verb whose subject does not
    # follow it: not "a neighbour who had sheltered the gunmen, said Ahmed Ali")
    closed = k > 0 and tokens[k - 1].text == "," and not _subject_after(tokens, k)
    if k > 2 and tokens[k - 1].low == "which" and tokens[k - 2].text == ",":
        # "Iran, which said 136 of its nationals were among the dead": a
        # source named before its own relative clause
        rng = claimant_left(tokens, k - 2)
        if rng is not None and (
            tokens[rng[1] - 1].is_capitalized or speaker_noun(tokens[rng[1] - 1].low)
        ):
            return rng
    for j in range(k - 1 - closed, max(0, k - 1 - _WHO_REACH), -1):
        low = tokens[j].low
        if low == "who":
            # ("a teacher at the school, who asked not to be named, told
            # PREMIUM TIMES": the speaker before the clause's comma; not "a
            # journalist, who wrote about abuses, was shot dead": what he wrote)
            comma = (
                j > 0
                and tokens[j - 1].text == ","
                and not (j == k - 1 and tokens[k].low in _WRITING)
            )
            if not comma:
                rng = claimant_left(tokens, j)
                # (an appositive whose relative clause's own verb is the
                # verb of saying tells of the one named before it: not
                # "shot dead Hassan, a driver who told colleagues ...")
                if rng is not None and _told_of_the_named(tokens, rng, j, k):
                    return None
                return rng
            # (set off by commas, the speaker is no object of a verb of harm:
            # not "captured their leader, who told interrogators that ...")
            rng = claimant_left(tokens, j - 1)
            if rng is not None and rng[0] > 0 and tokens[rng[0] - 1].low in lx.ACTIVE_TRIGGERS:
                return None
            return rng
        if not tokens[j].is_word or low in lx.REPORTING_VERBS:
            return None
    return None


def relative_owns(tokens: list[Token], j: int, k: int) -> bool:
    """
    Whether the relative pronoun at ``j`` opens the clause whose own verb is
    the one at ``k``: only words a claimant may skip stand between ("who
    told", "who had earlier told"; not "who spoke on condition of
    anonymity told").
    """
    return tokens[j].low in lx.RELATIVE_PRONOUNS and all(
        t.low in lx.CLAIM_SKIPPABLE for t in tokens[j + 1 : k]
    )


def _told_of_the_named(tokens: list[Token], rng: tuple[int, int], j: int, k: int) -> bool:
    """
    Whether the claimant ``rng`` before the "who" at ``j`` is an appositive
    set off after a name (", a driver"), with the verb at ``k`` its relative
    clause's own: what it told is the named one's story, no source.
    """
    return (
        rng[0] > 0
        and tokens[rng[0] - 1].text == ","
        and tokens[rng[0]].low in lx.ARTICLE_WORDS
        and relative_owns(tokens, j, k)
    )


#: How many words after an article a source's verb of saying may stand (", a UN report said").
_SOURCE_REACH = 4


def article_source(tokens: list[Token], i: int) -> bool:
    """
    Whether the phrase opened by the article at ``i`` is a source: a verb of
    saying within :data:`_SOURCE_REACH` words (", the UN said", ", a UN
    report said"), no relative clause's own (not ", a driver who told
    colleagues ...": the named one's appositive).
    """
    end = min(len(tokens), i + 1 + _SOURCE_REACH)
    for m in range(i + 1, end):
        if tokens[m].low in lx.REPORTING_VERBS:
            return not any(relative_owns(tokens, j, m) for j in range(i + 1, m))
    return False


#: How many words the source of "with ... saying" may hold ("with one officer saying").
_WITH_SAYING_WORDS = 6
#: How far after "with SOURCE reporting" the loss it reports must be named.
_REPORTED_REACH = 6


def with_source(tokens: list[Token], k: int) -> tuple[int, int] | None:
    """
    ``"with" SOURCE ("saying" | "reporting")`` before ``k``: the source of
    its own clause, not the sentence's subject ("Several soldiers put the
    death toll at more than 100, with one officer saying 118 bodies had been
    recovered"; "with the National Disaster Management Authority (NDMA)
    reporting 75 more deaths": an acronym in brackets may end it).
    "reporting" needs a count right after it and a loss's word soon after,
    a source not "no ..." nor a place (not "with traders reporting losses",
    "with no hospitals reporting any deaths", "with Wayanad reporting the
    most fatalities", "with the observer reporting 15 inches").
    """
    n = len(tokens)
    if tokens[k].low == "reporting" and not (
        k + 1 < n
        and count_word(tokens[k + 1])
        and any(lx.TRIGGER_SCREEN_RE.match(t.low) for t in tokens[k + 1 : k + 1 + _REPORTED_REACH])
    ):
        return None
    end = k
    if k >= 3 and tokens[k - 1].text == ")" and tokens[k - 3].text == "(":
        end = k - 3
    for w in range(end - 1, max(-1, end - 2 - _WITH_SAYING_WORDS), -1):
        tok = tokens[w]
        if tok.low == "with":
            words = " ".join(t.low for t in tokens[w + 1 : end])
            return (
                (w + 1, end)
                if w + 1 < end
                and tokens[w + 1].low not in lx.POSSESSIVES  # ("with its statement saying")
                and tokens[w + 1].low != "no"
                and words not in lx.CITY_COUNTRIES
                and is_source(tokens[w + 1 : end])
                else None
            )
        if not tok.is_word:
            return None
    return None


def relative_said(tokens: list[Token], k: int) -> bool:
    """
    Whether the speaking verb at ``k`` follows a relative pronoun and its
    subject, words with no number: "a blast that police said killed 12"
    (no participle, as "Dozens of civilians said killed" is).
    """
    if tokens[k].low not in lx.SPEAKING_VERBS:
        return False
    for j in range(k - 1, max(-1, k - 1 - _RELATIVE_SUBJECT_REACH), -1):
        if tokens[j].low in lx.RELATIVE_PRONOUNS:
            return j < k - 1
        if not tokens[j].is_word or count_word(tokens[j]):
            return False  # (a number or a mark: no relative clause's subject)
    return False


#: How many words a relative clause's subject may take before its speaking verb.
_RELATIVE_SUBJECT_REACH = 5


#: Participles that give what a count rests on ("based on hospital records").
BASIS_WORDS = frozenset({"based", "drawn", "compiled", "built"})
#: How many words the basis of a count may take.
_BASIS_REACH = 8


def document_owner(tokens: list[Token], k: int) -> tuple[int, int] | None:
    """
    ``ARTICLE? OWNER DOCUMENT (BASIS_PARTICIPLE ("on" | "from") WORD{1,6})?``
    before the verb at ``k``: whose count or report states the number ("An
    AFP tally based on official figures puts the toll at 1,200": AFP).
    """
    j = k
    for m in range(k - 2, max(0, k - _BASIS_REACH) - 1, -1):
        low = tokens[m].low
        if low in BASIS_WORDS and tokens[m + 1].low in ("on", "from"):
            j = m
            break
        if not tokens[m].is_word:
            break
    if j == k and j > 2 and tokens[j - 1].low in lx.PERFECT_ADVERBS:
        j -= 1  # "The General Staff's running tally also lists"
    if j < 2 or tokens[j - 1].low not in lx.CLAIM_DOCUMENTS:
        return None
    rng = claimant_left(tokens, j - 1) or possessive_owner(tokens, j - 1)
    if rng is not None and tokens[rng[0]].low in ("a", "an"):
        rng = (rng[0] + 1, rng[1])
    if rng is not None and (own := _possessive_in(tokens, rng)) is not None:
        rng = (rng[0], own)  # "The General Staff's running tally": its owner
    if rng is not None and all(
        t.low in lx.REPORT_ADJECTIVES and not speaker_noun(t.low) for t in tokens[rng[0] : rng[1]]
    ):
        return None  # "Early reports put the toll at 15": no owner named ("Early" is none)
    return rng


def _possessive_in(tokens: list[Token], rng: tuple[int, int]) -> int | None:
    """
    Where the words after the last possessive inside a claimant's words start
    ("The General Staff's running": after "Staff's"), else ``None``.
    """
    return next(
        (m + 1 for m in range(rng[1] - 2, rng[0] - 1, -1) if possessive(tokens[m].low)),
        None,
    )
