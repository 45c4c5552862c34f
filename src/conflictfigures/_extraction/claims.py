"""
Claimants: who the text says made a claim ("X said", "according to X").
"""

from __future__ import annotations

from itertools import compress

from conflictfigures import _lexicon as lx
from conflictfigures._extraction.appositives import aside_claimant
from conflictfigures._extraction.claimant_phrases import (
    BASIS_WORDS,
    before_who,
    claimant_left,
    claimant_right,
    document_owner,
    relative_said,
    with_source,
)
from conflictfigures._extraction.clause_claims import clause_claim, participle_source
from conflictfigures._extraction.gazetteer import country_end
from conflictfigures._extraction.numbers import count_word, read_number
from conflictfigures._extraction.openers import opening_speaker
from conflictfigures._extraction.put_counts import COUNTS_OF_A_SOURCE, puts_a_count
from conflictfigures._extraction.released_lists import released_list_source
from conflictfigures._extraction.speakers import (
    DASH_SOURCE_WORDS,
    LABEL_END,
    QUOTE_LABELS,
    bracket_claims,
    dash_claimant,
    label_claimant,
    speaker_noun,
    speakers_before_report,
)
from conflictfigures._extraction.text import Token, possessive
from conflictfigures._extraction.told_claims import (
    NAMING_VERBS,
    finding_claims,
    naming_claims,
    reports_told,
)

#: Possessive pronouns before a count keeper that make it the speaker's own.
_OWNERS = lx.POSSESSIVES | {"our"}


#: Words before a reporting verb's form that make it a noun ("its estimate",
#: "the reports", "a claim").
_NOUN_DETERMINERS = frozenset({"its", "their", "his", "her", "our", "the", "a", "an", "whose"})
#: Verbs that give a count after "of" ("Local sources spoke of some 37
#: dead"; not "talks", a noun as often: "Peace talks of 2021").
_SPOKE_OF = frozenset({"spoke", "speaks"})
#: Verbs by which a document or a body gives a count as its own ("the
#: ministry's report cited 40 dead").
_CITED = frozenset({"cited", "cites"})
#: Participles of keeping a count after "with" and its source ("with ACLED
#: recording 250 reported fatalities", "with the UN counting 40 deaths").
_KEEPING_PARTICIPLES = frozenset(
    {"recording", "counting", "documenting", "registering", "verifying", "tallying", "logging"}
)
#: How many tokens after "of" such a count may start ("spoke of at least 20 dead").
_SPOKE_OF_REACH = 3


def _a_year(tokens: list[Token], k: int) -> bool:
    """Whether the number at ``k`` is a year ("spoke of 2015, when ...")."""
    text = tokens[k].text
    return len(text) == 4 and text.isdigit() and 1800 <= int(text) <= 2100


#: How many words may stand between an event's article and its noun ("a
#: magnitude 6.1 earthquake").
_EVENT_ARTICLE_REACH = 4


def _event_or_most(tokens: list[Token], k: int) -> bool:
    """
    Whether the words before ``k`` are one event told with its article ("an
    earthquake", "a magnitude 6.1 earthquake", "the storm") or a superlative
    after "the" ("the hottest"): what was recorded is the event, no count.
    Not events in the plural, whose recorder counted them ("in attacks
    documented by the UN mission"), nor other words ("the unrest").
    """
    low = tokens[k - 1].low
    if low in lx.SUPERLATIVES:
        return k >= 2 and tokens[k - 2].low == "the"
    if low not in lx.SINGLE_EVENT_NOUNS:
        return False
    for j in range(k - 2, max(-1, k - 2 - _EVENT_ARTICLE_REACH), -1):
        word = tokens[j].low
        if word in lx.ARTICLE_WORDS:
            return True
        if word in lx.NP_STOP or not (tokens[j].is_word or tokens[j].is_digits):
            return False
    return False


#: Participles after which "by" names who gave a count, only right after the
#: count's noun ("The toll, given by the civil protection agency, stood at
#: 23", "a tally maintained by Dawn"; not "a speech given by the mayor",
#: "aid provided by the WFP", "a checkpoint maintained by the army").
_GIVEN_BY = frozenset({"given", "provided", "issued", "supplied", "announced", "maintained"})

#: Words by which a source names the one it rests on ("citing local officials").
CITING = frozenset({"citing", "quoting"})
#: Words a claim hangs on: reporting verbs and "according (to)", "claims (by)", "citing".
CLAIM_WORDS = frozenset(
    set(lx.REPORTING_VERBS)
    | {"according", "claims", "claim", "statement", "statements", "quoted"}
    | CITING
    | {"per"}
    | {"report"}  # after plural speakers only: "Local residents report ..."
    | {"saying"}  # the subject's own words: "The ministry gave a lower toll, saying ..."
    | {"reporting"}  # after "with" only: "with the NDMA reporting 75 more deaths"
    | lx.TOLL_SETTING_VERBS
    | lx.COUNTED_BY
    | _GIVEN_BY
    | lx.COUNT_FINDS
    | lx.COUNT_KEEPERS
    | lx.COUNT_KEEPERS_NOW
    | COUNTS_OF_A_SOURCE
    | _SPOKE_OF
    | lx.DISCLOSURE_VERBS
)


#: The words find_claims looks at: a claim's, and those of a claim in a
#: clause of its own (:mod:`.clause_claims`; no paragraph's own claim).
_SCAN_WORDS = (
    (
        CLAIM_WORDS
        | lx.SAYING_PARTICIPLES
        | lx.THAT_CLAIM_VERBS
        | lx.ISSUING_VERBS
        | lx.FINDING_VERBS
    )
    | _CITED
    | _KEEPING_PARTICIPLES
)


def _cites_record(tokens: list[Token], rng: tuple[int, int]) -> bool:
    """
    Whether the words cited at ``rng`` name evidence, no source: a record's
    noun, with its modifiers, before "of" or alone ("lists of victims
    compiled by residents", "satellite images"): the claim stays its teller's.
    """
    words = [t.low for t in tokens[rng[0] : rng[1]] if t.is_word]
    head = words.index("of") - 1 if "of" in words else len(words) - 1
    return head >= 0 and words[head] in lx.CITED_RECORDS


#: How many words may stand between "citing" and a record's participle
#: ("citing lists of victims compiled by").
_CITED_REACH = 6


def _in_cited_record(tokens: list[Token], k: int) -> bool:
    """
    Whether the participle at ``k`` ("compiled", "collected") describes a
    record that a ``CITING`` word up to ``_CITED_REACH`` words before it names
    (:func:`_cites_record`): "citing lists of victims compiled by residents".
    """
    for c in range(k - 1, max(-1, k - 2 - _CITED_REACH), -1):
        if tokens[c].low in CITING:
            rng = claimant_right(tokens, c + 1)
            return rng is not None and _cites_record(tokens, rng)
        if not tokens[c].is_word:
            return False
    return False


#: Reporting words that are nouns as often ("a lower estimate", "the latest reports").
_NOUN_REPORTS = frozenset({"estimate", "estimates", "report", "reports", "claim", "claims"})


def _report_noun(tokens: list[Token], k: int) -> bool:
    """
    Whether the reporting word at ``k`` is a noun: after a determiner ("its
    estimate"), or, for a word that is a noun as often, before "of"
    ("Estimates of Iraqi civilian deaths") or past up to two words a total's
    noun may take before it ("a lower estimate", "the new official
    estimate"); not "the military said".
    """
    if k > 0 and tokens[k - 1].low in _NOUN_DETERMINERS:
        return True
    if tokens[k].low not in _NOUN_REPORTS:
        return False
    if (k == 0 or not tokens[k - 1].is_word) and k + 1 < len(tokens) and tokens[k + 1].low == "of":
        # "Estimates of Iraqi civilian deaths range from ...": a clause's
        # first word before its "of" (not "the Taliban claims of 30 killed")
        return True
    # past a total's words that are no determiner ("lower", "new official")
    j = k - 1
    while (
        j >= max(0, k - 3)
        and tokens[j].low in lx.BEFORE_TOTAL_WORDS
        and tokens[j].low not in _NOUN_DETERMINERS
    ):
        j -= 1
    return j >= 0 and tokens[j].low in _NOUN_DETERMINERS


def _after_count_noun(lows: list[str], k: int) -> bool:
    """Whether the word before ``k`` (past a comma) is a count's noun ("the toll, given")."""
    j = k - 1 if k and lows[k - 1] != "," else k - 2
    return j >= 0 and (lows[j] in lx.TOTAL_NOUNS or lows[j] in COUNTS_OF_A_SOURCE)


#: How far before its relative pronoun the total a source gave may stand.
_GIVEN_TOTAL_REACH = 8


def _total_given(tokens: list[Token], first: int) -> bool:
    """
    Whether a relative clause whose source starts at ``first`` tells who gave
    the total before it ("up from a toll of 492 dead and 1,645 injured that
    his ministry gave late on Monday").
    """
    j = first - 1
    return (
        j > 0
        and tokens[j].low in ("that", "which")
        and any(t.low in lx.GIVEN_TOTAL_NOUNS for t in tokens[max(0, j - _GIVEN_TOTAL_REACH) : j])
    )


def _claims_no_statement(tokens: list[Token], k: int) -> bool:
    """
    Whether "claim" at ``k`` takes lives or responsibility, not a statement;
    or a hospital's "admitted" takes in people ("Antakya State Hospital
    admitted 90 patients": care, no admission of a fact).
    """
    if (
        tokens[k].low in _TAKING_IN
        and k + 1 < len(tokens)
        and count_word(tokens[k + 1])
        and k > 0
        and tokens[k - 1].low in lx.CARE_PLACE_WORDS
    ):
        return True
    if not tokens[k].low.startswith("claim") or k + 1 >= len(tokens):
        return False
    if tokens[k + 1].low == "the" and _clause_after(tokens, k + 2):
        return False  # "claimed the group's fighters had killed 15 policemen": a statement
    if tokens[k + 1].low in lx.NOT_CLAIMED:
        return True
    if k + 2 < len(tokens) and tokens[k + 1].low == "to" and tokens[k + 2].low == "be":
        return True  # "a group who claimed to be from the FARC": who they are, no statement
    # "claimed 14 lives", "claimed more than 300 lives"
    return any(t.low == "lives" for t in tokens[k + 2 : k + 6])


#: Reporting verbs that also take people in ("admitted 90 patients").
_TAKING_IN = lx.CARE_INTAKE_VERBS & lx.REPORTING_VERBS

#: How many words the subject of such a clause may take.
_CLAUSE_SUBJECT_REACH = 5


def _clause_after(tokens: list[Token], k: int) -> bool:
    """
    Whether a finite auxiliary follows within a few words of ``k``, before
    any punctuation: the words from ``k`` are a clause's subject ("claimed the
    group's fighters had killed"), not a thing claimed ("claimed the lives
    of", "claimed the attack").
    """
    relative: bool | None = False  # a relative clause's own auxiliary is not the clause's
    for t in tokens[k : k + 2 * _CLAUSE_SUBJECT_REACH]:
        if t.low in lx.RELATIVE_PRONOUNS and not relative:
            relative = True
            continue
        if t.low in lx.FINITE_OR_CONDITIONAL:
            if relative is True:
                relative = None  # "the fighters who had stormed the base had killed"
                continue
            return True
        if not t.is_word:
            return False  # ("claimed the bombing that had killed 30 people, police said")
    return False


def may_claim(lows: list[str]) -> bool:
    """
    Whether a sentence's words (lower case) may hold a claim word, a source
    naming an event after "what", a label's colon, a source in brackets or a
    headline's source after a dash.
    """
    return (
        not _SCAN_WORDS.isdisjoint(lows)
        or ("what" in lows and not NAMING_VERBS.isdisjoint(lows))
        or ("found" in lows and "that" in lows)
        or ":" in lows[:LABEL_END]
        or ")" in lows
        or not lx.DASHES.isdisjoint(lows[-DASH_SOURCE_WORDS - 2 :])
    )


#: Words after a clause's subject: a name after "said" before them is no speaker.
_CLAUSE_VERBS = lx.FINITE_AUXILIARIES | lx.MODALS


def _issued_named_before(tokens: list[Token], k: int) -> bool:
    """
    ``"the" ISSUED_NOUN ("," | END)`` at ``k`` after "according to": what the
    source named before issued ("According to the report, Russia has also
    lost ...").
    """
    n = len(tokens)
    return (
        k + 1 < n
        and tokens[k].low == "the"
        and tokens[k + 1].low in lx.ISSUED_NOUNS
        and (k + 2 == n or not tokens[k + 2].is_word)
    )


def _owned_issue(tokens: list[Token], k: int) -> tuple[int, int] | None:
    """
    ``"the" WORD "'s" WORD{0,3} ISSUED_NOUN ("," | END)`` at ``k`` after
    "according to": what a body named by a description issued ("According
    to the authority's daily situation report, ..."), whose words the
    reader resolves to the body named before; its range, else ``None``.
    """
    n = len(tokens)
    if k + 2 >= n or tokens[k].low != "the" or not possessive(tokens[k + 1].low):
        return None
    for m in range(k + 2, min(n, k + 2 + _OWNED_ISSUE_WORDS)):
        if tokens[m].low in lx.ISSUED_NOUNS:
            return (k, m + 1) if m + 1 == n or not tokens[m + 1].is_word else None
        if not tokens[m].is_word or tokens[m].is_capitalized:
            return None
    return None


#: How many words may stand between a body's possessive and what it issued.
_OWNED_ISSUE_WORDS = 4


def _places_before(tokens: list[Token], k: int) -> bool:
    """
    Whether the capitalised words before "states" at ``k`` are a list of
    places' names (joined by "and" or commas), which no "the" opens: "to
    Kassala, Gedaref and River Nile states,"; not a body that states ("The
    United Nations states, ...", "Amnesty International states, ...").
    """
    m = k - 1
    joined = False
    while m >= 0 and (tokens[m].is_capitalized or tokens[m].low in _PLACE_JOINERS):
        joined = joined or tokens[m].low in _PLACE_JOINERS
        m -= 1
    return joined and tokens[m + 1].is_capitalized and tokens[m + 1].low != "the"


#: What joins the names of places in a list before "states".
_PLACE_JOINERS = frozenset({"and", ","})


#: How far back prose is looked for before a capitalised verb.
_PROSE_REACH = 12


def _prose_before(tokens: list[Token], k: int) -> bool:
    """Whether a lower-case word of three letters or more stands shortly before ``k``."""
    return any(
        t.is_word and len(t.text) > 2 and t.text.islower()
        for t in tokens[max(0, k - _PROSE_REACH) : k]
    )


def find_claims(tokens: list[Token], lows: list[str] | None = None) -> list[tuple[int, int, int]]:
    """
    Return the sentence's claims as ``(anchor, start, end)``: the reporting
    word's index and the claimant's token range; a claim made by a pronoun
    ("they said") is the pronoun alone (see :func:`.attribution.is_pronoun_claim`).
    ``lows``, the tokens' lower-case words when the caller has them, lets
    each kind of claim be looked for only where its words stand.
    """
    if lows is None:
        lows = [t.low for t in tokens]
    found: list[tuple[int, int, int]] = []
    n = len(tokens)
    head = lows[:LABEL_END]
    quote_label = None
    # "The commission has released new numbers: 22 killed, ...": the body
    # that issues the list, before a label's reading of the words
    released = released_list_source(tokens) if ":" in lows else None
    if ":" in head or "\u2014" in head or released is not None:
        label = label_claimant(tokens) if released is None else None
        if released is not None:
            found.append(released)
        if label is not None:
            found.append((label[1], label[0][0], label[0][1]))
            if lows[0] in QUOTE_LABELS:
                quote_label = found[-1]  # ("Quote from Popko:", which a speaker named in it beats)
    tail = dash_claimant(tokens)
    if ")" in lows:
        found.extend(bracket_claims(tokens))
    if "found" in lows and "that" in lows:
        found.extend(finding_claims(tokens, lows))
    if _SCAN_WORDS.isdisjoint(lows):
        if tail is not None:
            found.append(tail)
        if not found and "what" in lows:
            found.extend(naming_claims(tokens, lows))  # (as below)
        found.sort()
        return found
    for k in compress(range(n), map(_SCAN_WORDS.__contains__, lows)):
        low = tokens[k].low
        if (rng := clause_claim(tokens, k)) is not None:  # "issued a statement", "warned that"
            found.append((k, *rng))
            continue
        if low == "report" and not speakers_before_report(tokens, k):
            continue  # "Sources report ..."; not "A UN report said", a noun
        if low in lx.REPORT_NOUNS:
            rng = reports_told(tokens, k)
            if rng is not None:
                found.append((k, *rng))
                continue
            if k > 0 and lows[k - 1] in lx.DENIAL_VERBS and lows[k + 1 : k + 2] != ["by"]:
                continue  # "Russia denied claims of responsibility": a noun, no claim
        if low == "reports" and (
            (k > 0 and lows[k - 1] in lx.REPORT_ADJECTIVES) or (k + 1 < n and lows[k + 1] == "of")
        ):
            # "First reports on Saturday spoke of eight dead", "received
            # several reports of insurgent activity": a noun
            continue
        if low in _KEEPING_PARTICIPLES:
            # "with ACLED recording 250 reported fatalities": the source of its
            # clause, before a count
            if (
                k + 1 < n
                and (num := read_number(tokens, k + 1)) is not None
                and not num.article
                and not _a_year(tokens, num.first)
                and (rng := with_source(tokens, k)) is not None
            ):
                found.append((k, *rng))
            continue
        if low in lx.SAYING_PARTICIPLES or low == "reporting":
            # "with one officer saying 118 bodies had been recovered", "with
            # the NDMA reporting 75 more deaths": the source of its clause;
            # "..., insisting the toll stood at 23": the subject's
            if (rng := participle_source(tokens, k, found)) is not None:
                found.append((k, *rng))
            continue
        if (
            k
            and tokens[k].is_capitalized
            and tokens[k - 1].is_capitalized
            and (
                (k + 1 < n and tokens[k + 1].is_capitalized)
                # "made in the United States.": a name after a lower-case "the"
                # (only "States": a title-case headline's "as the Ministry
                # Reports 80 More Deaths" names its source)
                or (low == "states" and k >= 2 and tokens[k - 2].text == "the")
                # "in Alah Say district": a name before a noun of a place
                # (not a title-case headline's "Says at Least 50 Killed")
                or (
                    k + 1 < n
                    and (
                        tokens[k + 1].text in lx.SITE_NOUNS or tokens[k + 1].text in lx.PLACE_NOUNS
                    )
                )
                # a name's last word before a comma in prose, as "Omar Said"
                # in "Two men, Ali Hassan and Omar Said, were killed"
                or (k + 1 < n and tokens[k + 1].text == "," and _prose_before(tokens, k))
            )
        ):
            continue  # inside a name: "Sami Muhammad Ali Said Jaaf"
        if (
            low == "states"
            and k + 1 < n
            and tokens[k + 1].text == ","
            and _places_before(tokens, k)
        ):
            continue  # "to Kassala, Gedaref and River Nile states, IOM reported": a noun
        if low == "according" and k + 1 < n and tokens[k + 1].low == "to":
            rng = claimant_right(tokens, k + 2)
            if rng is None and _issued_named_before(tokens, k + 2):
                rng = (k + 3, k + 4)  # "According to the report, ...": the source's before
            if rng is None:
                rng = _owned_issue(tokens, k + 2)  # "According to the authority's daily report"
            if rng is not None:
                found.append((k, *rng))
            continue
        if low == "per":
            # "Per the health ministry, 212 were wounded", "..., per defence
            # ministry." (a source that ends the sentence); not "per day"
            if k + 1 < n and (
                k == 0
                or tokens[k - 1].text in (",", ";", ":")
                # "Killed: 116 per police;": right after the count (not "5 per day":
                # the source's words are checked below)
                or tokens[k - 1].is_digits
                # "165 killed per NUG": an acronym after it
                or (len(tokens[k + 1].text) > 1 and tokens[k + 1].text.isupper())
            ):
                rng = claimant_right(tokens, k + 1)
                if (
                    rng is not None
                    and (
                        tokens[k + 1].low == "the"
                        or tokens[k + 1].is_capitalized
                        # "; per police 9 dead": an agency's noun in lower case
                        or any(t.low in lx.AGENT_NOUNS for t in tokens[rng[0] : rng[1]])
                        or (
                            (rng[1] == n or (rng[1] == n - 1 and not tokens[-1].is_word))
                            and tokens[k + 1].low not in lx.RATE_UNITS
                        )
                    )
                ):
                    found.append((k, *rng))
            continue
        if (
            low in ("claims", "claim", "statement", "statements")
            and k + 1 < n
            and tokens[k + 1].low in ("by", "from")
            # "said in a statement from its office": the speaker is named before
            and not (tokens[k + 1].low == "from" and k >= 2 and tokens[k - 2].low == "in")
        ):
            rng = claimant_right(tokens, k + 2)
            if rng is not None:
                found.append((k, *rng))
            continue
        if low in lx.COUNTED_BY and _in_cited_record(tokens, k):
            # (a record's compiler, no source: "said, citing lists of victims
            # compiled by residents, that 40 ...")
            continue
        if (
            (
                low in lx.COUNTED_BY
                # (not an event recorded: "an earthquake recorded by the US
                # Geological Survey", "the hottest recorded by the Met Office")
                and not (k and _event_or_most(tokens, k))
            )
            # (not charges counted: "faces 24 counts by federal prosecutors")
            or (low in COUNTS_OF_A_SOURCE and not (k and tokens[k - 1].is_digits))
            or (low in _GIVEN_BY and _after_count_noun(lows, k))
        ) and (k + 1 < n and tokens[k + 1].low in ("by", "from")):
            # "figures compiled by the health ministry", "data from the UN";
            # not "figures from Tuesday's air strike"
            rng = claimant_right(tokens, k + 2)
            if rng is not None and lx.INCIDENT_NOUNS.isdisjoint(
                t.low for t in tokens[rng[0] : rng[1]]
            ):
                found.append((k, *rng))
            continue
        if low in lx.COUNT_FINDS:
            # "An Associated Press count found at least 60 dead"
            rng = document_owner(tokens, k)
            if rng is None and k > 1 and tokens[k - 1].low in lx.TRACKER_NOUNS:
                rng = claimant_left(tokens, k)  # "..., the tracker shows": the tracker
            if rng is not None:
                found.append((k, *rng))
            continue
        if low in lx.COUNT_KEEPERS or (
            # (the present only before a count: "The indictment lists 41 people killed")
            low in lx.COUNT_KEEPERS_NOW
            and k + 1 < n
            and (num := read_number(tokens, k + 1)) is not None
            and not _a_year(tokens, num.first)
        ):
            # "the U.N. human rights office has verified more than 10,000
            # civilian deaths"; not "12 deaths were recorded", nor "the
            # number of refugees recorded globally" (a participle inside the
            # noun phrase); claimant_left steps over "has" and "have"
            # (or a document's owner: "The General Staff's running tally
            # also lists 7,276 armored combat vehicles")
            rng = claimant_left(tokens, k) or aside_claimant(tokens, k) or document_owner(tokens, k)
            if (
                rng is not None
                and tokens[k - 1].low not in lx.BE_FORMS
                and not (rng[0] > 0 and tokens[rng[0] - 1].low == "of")
                # "Poland has registered 950,000 refugees": the host, no source
                and country_end(tokens, rng[0]) != rng[1]
                # "The ombudsman said his office had counted 19 bodies": the
                # speaker's own office is the speaker, whose claim stands
                and not (rng[0] > 0 and tokens[rng[0] - 1].low in _OWNERS)
                and tokens[rng[0]].low not in _OWNERS
                # "the highest number ever recorded": a participle of the
                # count's noun, no one keeping it
                and not (rng[0] > 0 and tokens[rng[0] - 1].low in lx.TOTAL_NOUNS)
                # "Winnipeg has recorded 35 homicides so far in 2022, according
                # to police": a place keeps no count a source is named for
                and not (rng[1] - rng[0] == 1 and "according" in lows[k:])
            ):
                found.append((k, *rng))
            continue
        if low in CITING or low == "quoted":
            # "quoted officials as saying": the officials speak
            rng = claimant_right(tokens, k + 1)
            if rng is not None and not _cites_record(tokens, rng):
                found.append((k, *rng))
            continue
        if low in lx.DISCLOSURE_VERBS and low not in lx.TOLL_SETTING_VERBS:
            # "Police on Sunday identified the two people killed ...", "The
            # sheriff's office released the names of the three congregants
            # killed": the source that makes them known (not "were identified")
            if (
                k + 1 < n
                and tokens[k + 1].low in lx.ARTICLE_WORDS
                and (
                    low in ("identified", "named")
                    or (k + 2 < n and tokens[k + 2].low in lx.DISCLOSED_NOUNS)
                )
            ):
                rng = claimant_left(tokens, k)
                if rng is not None:
                    found.append((k, *rng))
            continue
        if low in _SPOKE_OF or low in _CITED:
            # "Local sources initially spoke of some 37 dead": a count told
            # ("the ministry's report cited 40 dead": its object)
            told = k + 1 if low in _CITED else k + 2
            if (
                k + 1 < n
                and (low in _CITED or tokens[k + 1].low == "of")
                and any(
                    (num := read_number(tokens, m)) is not None and not _a_year(tokens, num.first)
                    for m in range(told, min(n, told + _SPOKE_OF_REACH))
                )
                # (a report's owner: "The Navy's first report spoke of 24 dead")
                and (rng := document_owner(tokens, k) or claimant_left(tokens, k)) is not None
            ):
                found.append((k, *rng))
            continue
        if low in lx.TOLL_SETTING_VERBS:
            # "Health officials put the death toll at 31,000", "An AFP tally
            # based on official figures puts the toll at 1,200", "the
            # ministry raised the toll to 38"
            rng = (
                document_owner(tokens, k)
                or claimant_left(tokens, k)
                or aside_claimant(tokens, k)
                # "UN officials, who put the confirmed death toll at 3,958"
                or before_who(tokens, k)
            )
            if rng is not None and (puts_a_count(tokens, k) or _total_given(tokens, rng[0])):
                found.append((k, *rng))
            continue
        if (low not in lx.REPORTING_VERBS and low != "report") or _claims_no_statement(tokens, k):
            continue
        if _report_noun(tokens, k):
            # a noun: "The IOM kept its estimate of the dead at 670", "gave a
            # lower estimate of 45,000"
            continue
        if k + 1 < n and tokens[k + 1].low in lx.PASSIVE_TRIGGERS and not relative_said(tokens, k):
            # a participle: "the number of people confirmed dead", "reported
            # missing", "Dozens of civilians said killed" (not "a strike that
            # police said killed 12 people")
            continue
        if (
            k + 2 < n
            and tokens[k + 1].low == "to"
            and any(t.low in lx.CARE_PLACE_WORDS for t in tokens[k + 2 : k + 5])
        ):
            continue  # "after more passengers reported to area hospitals": they went there
        if low.endswith("s") and k + 1 < n and tokens[k + 1].low in lx.VERBS_AFTER_A_NOUN:
            continue  # "Intelligence reports led the force to ...": a noun, no claim
        if k + 1 < n and tokens[k + 1].low == "by":
            if low.startswith("claim"):
                continue  # "The attack, claimed by Islamic State, ...": responsibility
            # "The toll was confirmed by the Red Cross"
            rng = claimant_right(tokens, k + 2)
            if rng is not None:
                found.append((k, *rng))
                continue
        rng = claimant_left(tokens, k) or aside_claimant(tokens, k)
        if rng is None and k > 1 and possessive(tokens[k - 2].low):
            rng = document_owner(tokens, k)  # "the army's statement said": the army
        if rng is None and k > 1 and tokens[k - 1].low in ("and", "but"):
            # a second verb of the sentence's source: "The spokeswoman
            # dismissed the figures and wrote on Facebook that ..."
            rng = opening_speaker(tokens, k)
        if not (k > 0 and tokens[k - 1].low in lx.CLAIM_PRONOUNS):
            # (not "a man who they said charged at officers": "they" speak)
            who = before_who(tokens, k)
            if rng is None or (
                who is not None
                and who[1] <= rng[0]
                # "A community leader who reached Adre across the border in
                # Chad told": the speaker, not "the border in Chad"
                and speaker_noun(tokens[who[1] - 1].low)
            ):
                rng = who
        if rng is not None and not BASIS_WORDS.isdisjoint(t.low for t in tokens[rng[0] : rng[1]]):
            # "A UN report based on interviews said": the report's owner
            rng = document_owner(tokens, k) or rng
        if rng is None and k + 1 < n:
            prev = tokens[k - 1] if k > 0 else None
            if prev is None or prev.text in lx.QUOTES or prev.text == ",":
                rng = claimant_right(tokens, k + 1)
                if rng is not None and rng[1] < n and tokens[rng[1]].low in _CLAUSE_VERBS:
                    # "..., said its fighters had killed 20 soldiers": the
                    # subject of what was said, not who said it
                    rng = None
        if rng is None and k > 0 and tokens[k - 1].low in lx.CLAIM_PRONOUNS:
            rng = (k - 1, k)
        if rng is not None:
            found.append((k, *rng))
    if tail is not None:
        found.append(tail)
    if not found and "what" in lows:
        # the sentence's only source, an agency for the record ("in what
        # police are calling a murder-suicide"; not "what the group called revenge")
        found.extend(naming_claims(tokens, lows))
    if quote_label is not None and len(found) > 1:
        # ('Quote from Kharkiv: "Three were killed," a resident said': the resident)
        found.remove(quote_label)
    if len(found) > 1 and found[0][1] == 0 and found[0][2] == 1 and lows[1] == ":":
        # "SIBI: At least 19 people were killed ..., officials said": a word
        # alone in capitals before a colon is a dateline when the sentence
        # names its own source
        del found[0]
    found.sort()
    return found
