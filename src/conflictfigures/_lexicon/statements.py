"""
The words of a body's own statement: the kinds of release it issues, the
nouns that end its name, an outlet's words that never name one, the
verbs and states in the present tense with which it opens a statement,
and the verbs by which a source tells a count.
"""

from __future__ import annotations

from conflictfigures._lexicon.clauses import ISSUED_NOUNS
from conflictfigures._lexicon.stage_words import COUNT_KEEPERS, TOLL_SETTING_VERBS
from conflictfigures._lexicon.words import REPORTING_VERBS, STATEMENT_NOUNS, VICTIM_COUNT_VERBS
from conflictfigures.models import Qualifier

#: The kinds of release a body issues, after its name and a dash ("SAPS
#: Western Cape \u2014 Media statement"): its figures are its claims.
RELEASE_KINDS = frozenset(
    {"news", "news release", "press release", "media release", "media statement", "statement"}
    | {"media advisory"}
    | {"press statement", "for immediate release", "public statement", "update"}
    | {"communiqué", "communique", "press communiqué", "press communique"}
)
#: The kinds of release whose issuer may follow "of" ("Communiqué of the
#: Ministry of National Defence"; not "Update of the situation in ...").
RELEASE_KINDS_OF = frozenset({"statement", "communiqué", "communique"}) | frozenset(
    {"summary", "briefing"}  # "Summary of the Ministry of Defence of the Russian Federation on ..."
)
#: Nouns that end the name of a body issuing releases ("NSW Police Force").
ISSUER_NOUNS = frozenset(
    """
    police force office department ministry command constabulary rcmp
    team unit agency authority commission directorate bureau gendarmerie army
    policing
    """.split()
)
#: Nouns of a body a description names again after its name ("the Syrian
#: Observatory for Human Rights said ... The monitor said"; "The Arakan Army
#: said ... The ethnic armed group said").
DESCRIBED_BODIES = frozenset(
    {"monitor", "group", "mission", "agency", "organisation", "organization", "observatory"}
    | {"watchdog", "movement"}
)
#: Nouns of a body a description names again when a source named before
#: has it for its head ("Gaza's Health Ministry ... The ministry said", "the
#: UN Human Rights Monitoring Mission in Ukraine ... The Mission said").
BODY_HEADS = DESCRIBED_BODIES | frozenset(
    {"ministry", "office", "department", "authority", "commission", "directorate"}
    | {"bureau", "service", "committee", "council", "fund", "programme", "union"}
    | {"army", "military", "police"}
    # (not "the administration", "the Centre": a government's own names)
    | {"headquarters", "command", "secretariat", "center", "board"}
)
#: Words of an outlet's name, never an issuer's ("Punjab Herald News Service").
OUTLET_WORDS = frozenset(
    """
    news herald times post daily tribune journal gazette chronicle courier
    ledger wire press telegraph observer express dispatch report reporter
    radio television tv broadcasting channel
    """.split()
)
#: The last words of a statement's kind that an outlet passed to ``extract``
#: may give in brackets when the text is its body's own ("UNHCR (news
#: release)", "OCHA (flash update)", "NDMA, Pakistan (sitrep)").
OUTLET_KIND_WORDS = frozenset(k.split()[-1] for k in RELEASE_KINDS - {"news"}) | frozenset(
    {"sitrep", "briefing", "bulletin", "summary", "report"}
)
#: Words that tell a total as a report's ("the ministry reports 705 people
#: killed", "said in a report on Thursday", "Situation Report"): a report
#: that leads with its period's total tells its incidents as parts.
REPORT_WORDS = frozenset({"report", "reports", "sitrep"})
#: Participles by which the subject of a sentence goes on to state what
#: follows them, after a comma ("Officials rejected the residents' claims,
#: insisting the toll stood at 23"; "The Interior Ministry gave a lower
#: toll, saying eight people had died"); not "claiming" ("claiming 30 lives").
SAYING_PARTICIPLES = frozenset(
    """
    saying adding insisting noting stressing arguing explaining estimating
    asserting stating warning confirming maintaining acknowledging
    """.split()
)
#: Verbs of telling that state a claim only with a that-clause after them
#: ("as aid agencies warned that some 630,000 people were crammed into
#: evacuation centres"; not "warned of a rising toll").
THAT_CLAIM_VERBS = frozenset(
    """
    warned warns stressed stresses argued argues asserted asserts explained
    explains emphasised emphasized emphasises emphasizes conceded concedes
    testified testifies reiterated reiterates cautioned cautions
    """.split()
)
#: Verbs of a finding, which state a claim with a that-clause after them
#: only when a body that finds is their subject ("An inquest jury concluded
#: that two men were unlawfully killed"; not "the operation concluded").
FINDING_VERBS = frozenset(
    """
    concluded concludes ruled rules found finds determined determines
    established establishes
    """.split()
)
#: Participles by which a speaker serves with a body named after them ("medics
#: serving with the U.N. mission said"): the speaker is the claimant.
SERVING_PARTICIPLES = frozenset(
    """
    serving working based deployed stationed attached posted embedded operating
    volunteering
    """.split()
)
#: Participles that tell a deed a person is held for, before "of" or "for"
#: ("A man suspected of stabbing three people was shot dead"): the deed's
#: count is no subject of the verb after it.
SUSPECT_PARTICIPLES = frozenset({"suspected", "accused", "wanted", "convicted", "charged"})
#: What a source cites that is its evidence, no other source: the claim stays
#: the citing source's ("HRW said, citing lists of victims compiled by
#: residents", "citing satellite images"; not "citing local officials").
CITED_RECORDS = frozenset(
    """
    list lists record records document documents names images image photos
    photographs footage video videos testimony testimonies interviews evidence
    registers register logs
    """.split()
)
#: The bodies whose findings those verbs state.
FINDING_BODIES = frozenset(
    """
    jury juries inquest inquests court courts coroner coroners tribunal tribunals
    judge judges inquiry inquiries panel panels commission commissions
    investigation investigations investigators probe review magistrate
    """.split()
)
#: Verbs by which a body issues or gives what it has to say ("The army
#: issued a statement", "Police held a news conference on Tuesday", "The
#: ministry published its daily update", "put out a statement"): with such
#: a noun after them (``ANNOUNCEMENT_NOUNS``) the sentence tells that the
#: body spoke, and the figures its paragraph tells next, naming no source,
#: are the body's.
ISSUING_VERBS = frozenset(
    """
    issued issues released releases published publishes gave gives held holds
    posted posts delivered delivers put puts
    """.split()
)
#: What a body issues or gives when it speaks: a statement, an update, a
#: briefing, a report, its figures ("its morning summary", "a news conference").
ANNOUNCEMENT_NOUNS = (
    STATEMENT_NOUNS | ISSUED_NOUNS | frozenset({"summary", "sitrep", "reports", "readout"})
)
#: Nouns of an organisation in a body's name, which an outlet's name with a
#: statement's kind after it may hold ("Hengaw Organization for Human Rights
#: (daily report)", "Kenya National Commission on Human Rights (statement)").
BODY_WORDS = frozenset(
    """
    organization organisation commission council committee ministry mission
    agency office service authority observatory network centre center
    """.split()
)
#: Words before such a kind ("press release", "Flash Update", "daily briefing").
KIND_MODIFIERS = frozenset({"press", "media", "news", "flash", "daily", "situation", "public"})
#: The nouns of a body that name an issuer in an outlet's name alone, last
#: or before "of" ("NSW Police Force", "South African Police Service",
#: "National Police of Ukraine"); not those that also end a news agency's or
#: an outlet's office's name ("Anadolu Agency", "the Reuters bureau").
OUTLET_BODY_NOUNS = (ISSUER_NOUNS - {"agency", "bureau", "team", "unit"}) | {"service"}
#: Verbs in the present tense with which a body opens its own statement
#: ("MINUSCA strongly condemns the attacks", "The Government regrets to
#: announce that", "The Government of the Republic informs national and
#: international opinion that"): a news report tells such stances in the past.
#: Not the forms that are nouns more often than verbs after a name ("Police
#: reports are that", "Initial reports", "Italicus Express").
STANCE_VERBS = frozenset(
    """
    condemns deplores denounces decries regrets informs announces welcomes
    expresses mourns reiterates urges confirms wishes
    condemn deplore denounce decry inform announce mourn reiterate urge confirm
    """.split()
)
#: States after "is" or "are" with which a body opens its own statement
#: ("UNMISS is alarmed by a new cycle of revenge attacks").
STANCE_STATES = frozenset(
    """
    alarmed appalled shocked saddened outraged concerned horrified dismayed
    troubled disturbed grieved aware pleased
    """.split()
)
#: Words that join the words of a statement's issuer in lower case ("the
#: Spokesperson for the Secretary-General", "the UNICEF Representative in
#: Yemen", "Association Kal Adagh pour la paix").
ISSUER_JOINERS = frozenset(
    """
    of the and for in on at de du des la le pour & / - \u2013
    """.split()
)
#: Verbs with which a writer counts in its own voice ("So far we have
#: confirmed 36 Russian tanks lost", "we documented 1,200 deaths"): the text
#: is its outlet's own statement.
OWN_COUNT_VERBS = frozenset(
    """
    confirmed documented recorded verified counted registered identified tallied
    geolocated
    """.split()
)
#: Verbs by which a source tells or sets a toll ("Police said 45", "later
#: put the toll at 23", "now speaks of 62 dead"): a "later" right before one
#: makes its count a revision of the toll.
TOLL_TELLING_VERBS = (
    REPORTING_VERBS
    | TOLL_SETTING_VERBS
    | frozenset({"corrected", "speaks", "spoke", "talks", "talked"})
)
#: Those and the verbs by which a source counts ("compiled lists of 271
#: killed", "had counted 19 bodies"): a telling, which "later" or "also"
#: beside it qualifies, and the mark of a clause's own source (but after
#: "later" a count of its own, no revision: "later identified 12 bodies").
COUNT_TELLING_VERBS = TOLL_TELLING_VERBS | VICTIM_COUNT_VERBS | COUNT_KEEPERS

#: Words before "number" that tell a count the same as the one before it
#: ("injured a similar number", "wounded the same number"), and how the
#: count told again is qualified (read by ``_extraction/same_number.py``).
TOLD_AGAIN: dict[str, Qualifier] = {
    "same": Qualifier.EXACT,
    "equal": Qualifier.EXACT,
    "identical": Qualifier.EXACT,
    "similar": Qualifier.ABOUT,
    "comparable": Qualifier.ABOUT,
}

#: The particles of a verb of revising before its "to" ("revised down to
#: 10", "revised up to 60 its count of the dead"): a speaker's count after them.
REVISING_PARTICLES = frozenset({"down", "up"})
#: Those a total's verb reads before its "to" ("Police revised down to 10
#: the number of people killed"; "up to" is read as a qualifier first).
TOTAL_PARTICLES = REVISING_PARTICLES - {"up"}

#: Participles after which "by" names who counted ("figures compiled by the
#: ministry", "information obtained by IHRNGO", "deaths recorded by ACLED").
COUNTED_BY = frozenset(
    {"compiled", "collected", "gathered", "collated", "published", "released"}
    | {"obtained", "recorded", "documented", "verified"}
)
#: Words by which a text calls the reports or claims it names wrong, after
#: them ("Claims that 500 inmates were killed are false"): their count is a
#: rejected report, no toll.
FALSITY_WORDS = frozenset(
    "false untrue baseless unfounded incorrect inaccurate wrong fake fabricated misleading".split()
)
