"""
The tokens' marks, number words, qualifiers, sides and the other tables
the stages share (data, no logic beyond building a table); re-exported by
the package.
"""

from __future__ import annotations

import re

from conflictfigures._lexicon.active import ACTIVE_TRIGGERS
from conflictfigures._lexicon.care import RELEASE_VERBS
from conflictfigures._lexicon.clauses import FATAL_ADVERBS
from conflictfigures._lexicon.countries import (
    COUNTRY_DEMONYMS,
    COUNTRY_NAMES,
    ONE_WORD_COUNTRIES,
)
from conflictfigures._lexicon.flight import SEA_RESCUE_VERBS
from conflictfigures._lexicon.nouns import KILLING_NOUNS
from conflictfigures._lexicon.stage_words import (
    CONDITION_NOUNS,
    LIVING_WORDS,
    UNTOLD_OUTCOME_HARMS,
)
from conflictfigures._lexicon.verbs import PASSIVE_TRIGGERS
from conflictfigures.models import Category, Qualifier

# ---------------------------------------------------------------------------
# Tokens
# ---------------------------------------------------------------------------

#: Characters that draw no token: zero-width and bidirectional marks, the
#: byte-order mark and the soft hyphen, which web text scatters inside phrases.
INVISIBLE = "\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff"

#: Every dash and hyphen of Unicode that joins words or numbers ("twenty-five",
#: "10-15"): hyphen-minus, U+2010 to U+2015, the minus sign, small and
#: full-width hyphen-minus.
DASHES = frozenset("-\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe63\uff0d")
#: The dashes of a parenthesis, never inside a compound word ("five people\u2014the second").
LONG_DASHES = frozenset("\u2014\u2015")


#: One token: a run of digits with inner separators ("380,000", "3.6"), a word
#: with inner apostrophes ("Turkey's", "doesn't"), or any other single
#: non-space character.  Every alternative consumes at least one character per
#: repetition and the separators are required between digit groups, so the
#: pattern cannot backtrack more than one group: matching is linear.  Its runs
#: are possessive (``++``, ``*+``): what follows a run can never start with what
#: the run takes, so giving any back could never help, and the engine keeps no
#: state to give it back (a seventh fewer instructions).
TOKEN_RE = re.compile(
    r"""
      \d++(?:\.\d++)?+mm(?![^\W\d_])      # a calibre glued to its digits ("155mm"): a word
    | \d++(?:[.,\u066b\u066c]\d++           # digits, with inner , . or Arabic separators
         |[\u00a0\u202f\u2009'](?=\d{3}(?!\d))\d{3}  # or a space/apostrophe before 3 digits
         )*+
    | [^\W\d_]++(?:(?:['\u2019]|["""
    + INVISIBLE
    + r"""]++)[^\W\d_]++)*+                # letters, with inner apostrophes or invisible marks
    | [^\s"""
    + INVISIBLE
    + r"""]                                # any other single visible character
    """,
    re.VERBOSE,
)
#: ``TOKEN_RE`` for ASCII text, where it reads the same tokens: ASCII letters
#: and digits only, no invisible marks, so it is about twice as fast.
ASCII_TOKEN_RE = re.compile(
    r"[A-Za-z]++(?:'[A-Za-z]++)*+|\d++(?:\.\d++)?+mm(?![A-Za-z])"
    r"|\d++(?:[.,]\d++|'(?=\d{3}(?!\d))\d{3})*+|\S"
)

#: The stems of the words that can anchor a figure: every such word starts
#: with one of them (a test holds extraction to that), and the word of a
#: trigger phrase that starts with one stands for the phrase in the anchor
#: screen (a stem names a word by its start: "enter" is no stem of
#: "centers", nor "surge" of "insurgents", nor "die" of "soldiers").
TRIGGER_STEMS: tuple[str, ...] = tuple(
    """
    kill dead die dying death toll fatal martyr lost lose losing slain wound injur hurt
    missing unaccounted account detain detention arrest captur recaptur rearrest abduct kidnap custody apprehend
    prisoner displac fled flee forced refuge crossed crossing entered entering victim body shelter
    destroy destruct down seiz damag abandon fell fallen
    executed massacr perish casualt lives host uproot deceas slay
    disappear vanish shot captiv hostage drown succumb murder assassinat behead decapitat
    slaughter lynch electrocut hospital execut corps evacu homeless
    strangl suffocat asphyxiat smother hanged searching searched embrac landed landing reach
    cyclone welfare shifted moved relocat
    disabl idp camp tents loss treat throat bruise cuts lacerat scrape bumps fractur
    bones concuss burns broken gash abrasion contusion dislocat crushed shattered inhal jail imprison asylum
    punctur struck lightning alive heads throats homes troph surviv hit control possess
    burn torch sank sunk sinking wreck ablaze set blew blown blowing remains bodies commandeer hijack
    cut sprain hypotherm frostbite whiplash trauma severed mangled twisted clinic
    stroke heatstroke sunstroke exhaustion poison need requir trap buried bury yet hell sought seeking
    stabb stabs slash homicid protection rounded rounding medical health infirmar emergenc intensive
    arriv funeral condition prison bars relocat surrender grazed confiscat impound recover loot snatch stol steal
    country homeland away taken tent makeshift housing cross
    himself herself themselves life inflicted kia wia intercept carted carting questioning
    liquidat overboard striking spent overnight observation admission outpatient illness
    rubble debris ruins action
    irritation drove driven desert push chase expel evict bunker accommodat supreme
    sleep slept slipp poured stream flock trek surged leaving depart
    regist receiv welcom admit absorb accept resettl left spend knock held wipe wiping
    fate whereabouts without stay eliminat neutrali influx exodus escap
    enter slip pour surge take took rescu saved picked disembark remand safety sanctuary taking
    went gone headed heading made swam swim wade walk trudg hiked
    found retriev pulled discover exhum unearth
    """.split()
)


_Trie = dict[str, "_Trie"]


def literal_trie(words: tuple[str, ...]) -> str:
    """
    Return a pattern matching any of ``words`` (literals), shaped as a trie:
    "kill|kidnap" becomes "ki(?:ll|dnap)", so each position of the searched
    text costs at most one comparison per letter of the longest word.
    """
    tree: _Trie = {}
    for word in words:
        node = tree
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def emit(node: _Trie) -> str:
        branches = [re.escape(c) + emit(child) for c, child in sorted(node.items()) if c]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return emit(tree)


#: The stems as one pattern, for lower-case words, matched at a word's start
#: (``TRIGGER_SCREEN_RE.match``; without ``re.IGNORECASE``, several times faster).
TRIGGER_SCREEN_RE = re.compile(literal_trie(TRIGGER_STEMS))

# ---------------------------------------------------------------------------
# Numbers
# ---------------------------------------------------------------------------

UNITS: dict[str, int] = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
TENS: dict[str, int] = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
#: Scale words after a number ("3.6 million", "1.2bn", "6.3m", "two hundred").
SCALES: dict[str, int] = {
    "hundred": 100,
    "thousand": 1_000,
    "million": 1_000_000,
    "billion": 1_000_000_000,
    "trillion": 1_000_000_000_000,
    # the Indian system's ("2 lakh people", "1.5 lakh", "a crore")
    "lakh": 100_000,
    "lakhs": 100_000,
    "crore": 10_000_000,
    "crores": 10_000_000,
    "k": 1_000,
    "m": 1_000_000,
    "mn": 1_000_000,
    "mln": 1_000_000,
    "bn": 1_000_000_000,
    "b": 1_000_000_000,
}
#: Scale words that may follow only digits directly (not number words).
DIGIT_ONLY_SCALES = frozenset({"k", "m", "mn", "mln", "bn", "b"})

#: Vague counts, longest first (order matters: "hundreds of thousands" before
#: "hundreds").  Each is (tokens, normalised word).
VAGUE_WORDS: tuple[tuple[tuple[str, ...], str], ...] = (
    (("hundreds", "of", "thousands"), "hundreds of thousands"),
    (("tens", "of", "thousands"), "tens of thousands"),
    (("a", "couple", "of"), "a couple"),
    (("a", "handful", "of"), "a handful"),
    (("a", "large", "number", "of"), "numerous"),
    (("a", "significant", "number", "of"), "numerous"),
    (("a", "number", "of"), "a number"),
    (("a", "few", "dozen"), "dozens"),
    (("a", "few"), "a few"),
    (("several", "dozen"), "dozens"),
    (("dozens",), "dozens"),
    (("scores",), "scores"),
    (("hundreds",), "hundreds"),
    (("thousands",), "thousands"),
    (("millions",), "millions"),
    (("several",), "several"),
    (("numerous",), "numerous"),
    (("multiple",), "multiple"),
    (("many",), "many"),
)

#: Qualifiers before a number, longest first.  The qualifier of "some 200" is
#: "about"; "over" and "upwards of" read as "more than".
QUALIFIERS: tuple[tuple[tuple[str, ...], Qualifier], ...] = (
    (("no", "fewer", "than"), Qualifier.AT_LEAST),
    (("no", "less", "than"), Qualifier.AT_LEAST),
    (("not", "less", "than"), Qualifier.AT_LEAST),
    (("no", "more", "than"), Qualifier.UP_TO),  # "no more than 150": at most
    (("not", "more", "than"), Qualifier.UP_TO),
    (("at", "least"), Qualifier.AT_LEAST),
    (("a", "minimum", "of"), Qualifier.AT_LEAST),
    (("more", "than"), Qualifier.MORE_THAN),
    (("upwards", "of"), Qualifier.MORE_THAN),
    (("in", "excess", "of"), Qualifier.MORE_THAN),
    (("well", "over"), Qualifier.MORE_THAN),
    (("just", "over"), Qualifier.MORE_THAN),
    (("over",), Qualifier.MORE_THAN),
    (("nearly",), Qualifier.NEARLY),
    (("almost",), Qualifier.NEARLY),
    (("close", "to"), Qualifier.NEARLY),
    (("just", "under"), Qualifier.NEARLY),
    (("about",), Qualifier.ABOUT),
    (("around",), Qualifier.ABOUT),
    (("roughly",), Qualifier.ABOUT),
    (("approximately",), Qualifier.ABOUT),
    (("approx", "."), Qualifier.ABOUT),
    (("~",), Qualifier.ABOUT),  # "~400 dead"
    (("approx",), Qualifier.ABOUT),
    (("an", "estimated"), Qualifier.ABOUT),
    (("an", "estimate", "of"), Qualifier.ABOUT),  # "an estimate of 10,000 dead"
    (("estimated",), Qualifier.ABOUT),
    (("some",), Qualifier.ABOUT),
    (("up", "to"), Qualifier.UP_TO),
    (("as", "many", "as"), Qualifier.UP_TO),
    (("as", "high", "as"), Qualifier.UP_TO),  # "put the toll as high as 82"
    (("at", "most"), Qualifier.UP_TO),
    (("a", "maximum", "of"), Qualifier.UP_TO),
    (("fewer", "than"), Qualifier.FEWER_THAN),
    (("less", "than"), Qualifier.FEWER_THAN),
    # a number told as small, still exact: "lost only 13 tanks", "just 40 were rescued"
    (("only",), Qualifier.EXACT),
    (("just",), Qualifier.EXACT),
)

#: Qualifiers after a number ("three or more", "20 or so"), for a number
#: with none before it.
TRAILING_QUALIFIERS: tuple[tuple[tuple[str, ...], Qualifier], ...] = (
    (("or", "more"), Qualifier.AT_LEAST),
    (("or", "so"), Qualifier.ABOUT),
    (("-", "odd"), Qualifier.ABOUT),  # "another 40-odd residents"
    (("+",), Qualifier.AT_LEAST),  # "100+ arrested", glued to its digits
    (("-", "plus"), Qualifier.AT_LEAST),  # "a staggering 1,700-plus tanks"
)

#: Words between a qualifier-free number and its noun that change nothing.
NUMBER_FILLERS = frozenset({"a", "total", "of"})

# ---------------------------------------------------------------------------
# Who is counted
# ---------------------------------------------------------------------------

#: Words that may stand inside a counted group's words ("two of its soldiers").
DETERMINERS = frozenset(
    {"the", "its", "their", "his", "her", "our", "your", "these", "those", "them", "whom", "of"}
)

#: Words that end the counted group's words.
NP_STOP = frozenset(
    """
    were was are is be been being have has had will would could should may might
    must and or but nor in on at near from to by after before during since with
    for into onto over under while when where who whom whose which that as than
    reportedly also all later allegedly reported believed thought said say says
    according amid across around inside outside including among against without
    earlier yesterday today tonight overnight not no so still now then there here both
    this last next each per following despite until till unless because although though
    unaccounted alone abroad
    """.split()
)

#: Demonyms and party names that name a side, to the side's name.
SIDES: dict[str, str] = {
    # every country by its one-word names and its demonyms, then the sides
    # below, which keep their own names ("congolese" is DR Congo's)
    **{w: name for w, name in COUNTRY_NAMES.items() if " " not in w},
    **COUNTRY_DEMONYMS,
    "turkish": "Turkey",
    "turkey": "Turkey",
    "turkey's": "Turkey",
    "turks": "Turkey",
    "syrian": "Syria",
    "syria": "Syria",
    "syrians": "Syria",
    "russian": "Russia",
    "russia": "Russia",
    "russians": "Russia",
    "ukrainian": "Ukraine",
    "ukraine": "Ukraine",
    "ukrainians": "Ukraine",
    "afghan": "Afghanistan",
    "afghanistan": "Afghanistan",
    "afghans": "Afghanistan",
    "iraqi": "Iraq",
    "iraq": "Iraq",
    "iraqis": "Iraq",
    "iranian": "Iran",
    "iran": "Iran",
    "iranians": "Iran",
    "israeli": "Israel",
    "israel": "Israel",
    "israelis": "Israel",
    "palestinian": "Palestine",
    "palestinians": "Palestine",
    "lebanese": "Lebanon",
    "lebanon": "Lebanon",
    "libyan": "Libya",
    "libya": "Libya",
    "libyans": "Libya",
    "yemeni": "Yemen",
    "yemen": "Yemen",
    "yemenis": "Yemen",
    "saudi": "Saudi Arabia",
    "egyptian": "Egypt",
    "jordanian": "Jordan",
    "american": "United States",
    "americans": "United States",
    "u.s.": "United States",
    "us": "United States",
    "british": "United Kingdom",
    "french": "France",
    "german": "Germany",
    "italian": "Italy",
    "polish": "Poland",
    "dutch": "Netherlands",
    "pakistani": "Pakistan",
    "indian": "India",
    "chinese": "China",
    "georgian": "Georgia",
    "armenian": "Armenia",
    "azerbaijani": "Azerbaijan",
    "azeri": "Azerbaijan",
    "ethiopian": "Ethiopia",
    "eritrean": "Eritrea",
    "sudanese": "Sudan",
    "somali": "Somalia",
    "somalis": "Somalia",
    "kenyan": "Kenya",
    "nigerian": "Nigeria",
    "malian": "Mali",
    "burkinabe": "Burkina Faso",
    "congolese": "DR Congo",
    "colombian": "Colombia",
    "mexican": "Mexico",
    "kurdish": "Kurdish forces",
    "kurds": "Kurdish forces",
    "taliban": "Taliban",
    "hamas": "Hamas",
    "hezbollah": "Hezbollah",
    "houthi": "Houthis",
    "houthis": "Houthis",
    "isis": "Islamic State",
    "isil": "Islamic State",
    "coalition": "coalition",
    "nato": "NATO",
    "isaf": "ISAF",
}

# ---------------------------------------------------------------------------
# What happened to them
# ---------------------------------------------------------------------------

#: Words between a counted group and its passive trigger that change nothing
#: ("were also destroyed", "had reportedly been killed", "are believed to have
#: been killed").
AUXILIARIES = frozenset(
    """
    were was are is be been being have has had also reportedly allegedly all later
    subsequently initially reported believed thought feared confirmed said
    understood to now already since then just both each apparently either
    still remain remains remained found got get gets getting pronounced left known
    considered declared certified estimated documented verified
    """.split()
)

#: Words of a fate only feared, after another that is told ("are missing and
#: feared dead", "missing, presumed dead"): the told fate stands, the feared
#: one is no second count.
FEARED_FATES = frozenset({"feared", "presumed", "believed", "thought"})

#: Words "per" makes a rate of ("per day", "per cent"), never a source.
RATE_UNITS = frozenset(
    "day days week weeks month months year years hour hours cent capita person head".split()
)

#: Modals of a likely past before "have" ("may have been killed", "might have
#: died"): an estimate, not a hypothesis ("could be killed", "could have been").
PAST_MODALS = frozenset({"may", "might"})

#: Verbs that take a total to a threshold, with what they say of it ("crossed
#: the two-million mark" is at least two million; "reached" it exactly).
MILESTONE_VERBS: dict[str, Qualifier] = {
    **dict.fromkeys(
        "crossed crosses passed passes surpassed surpasses topped tops exceeded exceeds"
        " top pass cross surpass exceed".split()  # (a headline's plural: "arrivals top 149,000")
        # (and a participle: "with the death toll topping 100")
        + "topping passing surpassing exceeding".split(),
        Qualifier.AT_LEAST,
    ),
    **dict.fromkeys(
        # "the total number of soldiers killed ... is 249": a copula states it
        "reached reaches hit hits numbered numbers totalled totaled totals is was".split()
        # and a participle: "with the death toll reaching 45, including six children"
        + "reaching hitting numbering totalling totaling".split(),
        Qualifier.EXACT,
    ),
}

#: Running-total nouns ("the death toll", "fatalities", "the number of ...").
TOTAL_NOUNS: dict[str, Category | None] = {
    "toll": Category.KILLED,
    "fatalities": Category.KILLED,
    "deaths": Category.KILLED,
    "dead": Category.KILLED,
    "casualties": Category.CASUALTIES,
    # "bringing its total losses since the invasion to 847,360": a loss
    # report's people, killed and wounded together
    "losses": Category.CASUALTIES,
    "total": None,
    # the displaced, as a headline's total tells them: "Displacement tops
    # 8.5 million" (not "12 displacement sites")
    "displacement": Category.DISPLACED,
    # a flow or a wave its headline totals: "Rohingya boat arrivals top
    # 1,500", "Kidnappings in Haiti top 600", "arrests pass 5,000"
    "arrivals": Category.REFUGEES,
    # an inflow of people abroad: "Rohingya influx crosses 4 lakh"
    "influx": Category.REFUGEES,
    # an outflow of people abroad: "The exodus from Sudan has passed 2 million"
    # (session 56; its people or country say, see ``_extraction/flows.py``)
    "exodus": Category.REFUGEES,
    "kidnappings": Category.DETAINED,
    "abductions": Category.DETAINED,
    "arrests": Category.DETAINED,
    "detentions": Category.DETAINED,
    # "Uganda's refugee population crossed 1.8 million": only with the
    # people it counts before it (see ``totals.read_total``)
    "population": None,
    "number": None,
    "tally": None,
    "count": None,
    "figure": None,
}
#: The words of a toll in a figure's words ("death toll", "the number of
#: dead", "put the figure at").
TOLL_WORDS = frozenset(TOTAL_NOUNS)

#: Country names of one word (lower-case) that can host refugees or name a
#: place; names of several words are matched from COUNTRY_CONTINUATIONS.
COUNTRIES = frozenset({v.lower() for v in SIDES.values()} | ONE_WORD_COUNTRIES)

#: Verbs that move a running total to a number ("bringing ... to 20").
TOTAL_VERBS = frozenset(
    """
    bring brings bringing brought raise raises raising raised rise rises rising rose
    risen climb climbs climbing climbed increase increases increasing increased
    reach reaches reaching reached push pushes pushing pushed stand stands standing
    stood jump jumps jumped jumping hit hits put puts putting placed places placing
    take takes taking took lift lifts lifting lifted swell swells swelling swelled
    send sends sending sent double doubles doubling doubled triple triples tripling
    tripled grow grows growing grew grown soar soars soaring soared surge surges
    surging surged revise revises revised revising update updates updated updating
    correct corrects corrected correcting
    lower lowers lowered lowering cut cuts cutting reduce reduces reduced reducing
    drops dropped falls fell fallen declines declined decreases decreased
    remain remains remained skyrocket skyrockets skyrocketed skyrocketing balloon
    balloons ballooned ballooning
    """.split()
)
#: Verbs that set a total only "at" its number ("has been confirmed at 10",
#: "was estimated at 50", "recorded the highest number of deaths at 17").
AT_TOTAL_VERBS = frozenset(
    "confirm confirms confirmed estimate estimates estimated peg pegs pegged fixed recorded records".split()
)

#: Verbs that introduce who claims a figure.
REPORTING_VERBS = frozenset(
    """
    said says say told tells announced announces claimed claims claim confirmed
    confirms reported reports added adds stated states noted notes estimated
    estimates estimate tweeted wrote writes insisted insists acknowledged acknowledges
    admitted admits declared declares alleged alleges indicate indicates indicated
    maintain maintains contend contends contended
    """.split()
)
#: Gerunds of perceiving a reporting verb takes ("reported hearing screams",
#: "said seeing smoke"): what its source saw or heard, no statement of counts.
PERCEIVING_GERUNDS = frozenset({"hearing", "seeing", "smelling", "noticing", "watching"})
#: Reporting verbs that take a count as their object ("had reported 11,300
#: dead on Saturday"): a day right after the count is the report's.
COUNT_REPORTING_VERBS = frozenset({"reported", "reports", "confirmed", "confirms", "announced"})
#: Verbs by which a source counts the victims one by one ("the Commission
#: documented 268 victims", "survivors later listed 53 victims").
VICTIM_COUNT_VERBS = frozenset(
    "counted identified buried listed tallied documented recorded registered named exhumed"
    " count identify bury list tally document record register name exhume".split()
)
#: Nouns of a statement that a date right after may date ("a police
#: statement on Monday said", "told a briefing on Tuesday"): when it was
#: said, not when the incident was.
STATEMENT_NOUNS = frozenset(
    """
    statement statements briefing briefings conference update updates bulletin
    interview post announcement communique communiqué release address
    """.split()
)
#: Verbs by which a source makes known who or how many were harmed, which a
#: day before them dates ("Police on Sunday identified the two people
#: killed", "The sheriff's office on Sunday released the names").
DISCLOSURE_VERBS = frozenset(
    "identified released named published revealed disclosed updated".split()
)
#: Participles before "on DATE" that tell when figures held, their "as of"
#: day ("last updated on 12 March", "issued on 12 March 2024", "carried out
#: on 12 March").
AS_OF_VERBS = DISCLOSURE_VERBS | frozenset("issued compiled conducted out revised dated".split())
#: What a source releases or publishes that makes the harmed known ("released
#: the names of the three congregants killed"; not "released 107 of them").
DISCLOSED_NOUNS = frozenset("names identities list figures details toll number data".split())
#: Words before "reports" that make it a noun ("First reports on Saturday
#: spoke of eight dead"), not a verb whose subject reports.
REPORT_ADJECTIVES = frozenset(
    "first initial early earlier preliminary unconfirmed media news press local later"
    " multiple several many numerous conflicting intelligence further".split()
)
#: Verbs that deny or dismiss what others reported: the count in "the army
#: denied reports that 30 civilians were killed" is the reports' claim, not
#: the army's.
DENIAL_VERBS = frozenset(
    """
    deny denies denied denying dismiss dismisses dismissed dismissing reject
    rejects rejected rejecting dispute disputes disputed disputing refute
    refutes refuted refuting contradict contradicts contradicted contradicting
    """.split()
)
#: Nouns of people who speak as sources after a noun of a body ("two police
#: sources said", "two military officials said").
SOURCE_NOUNS = frozenset(
    "sources source officials official spokesmen spokesman spokeswoman spokesperson".split()
)
#: Reporting verbs that are never a participle after a group ("reported
#: missing", "confirmed dead" and "declared dead" are): after a counted
#: group, what follows them is the speech ("A spokesman said dozens ...").
SPEAKING_VERBS = REPORTING_VERBS - frozenset(
    """
    reported reports claimed claims claim confirmed confirms estimated estimates
    estimate noted notes alleged alleges acknowledged acknowledges admitted admits
    declared declares announced announces
    """.split()
)

#: Words that may appear in the name of a claimant after the first capital.
AGENT_NOUNS = frozenset(
    """
    ministry ministries officials official spokesman spokeswoman spokesperson
    military army police government governments authorities authority agency office
    gardaí gardai garda
    observatory monitor group sources source media minister president leader
    commander command director chief forces service services department council
    agencies organization organisation mission committee centre center
    presidency statement sources spokesmen prosecutor coalition force brigade
    battalion regiment unit division corps governor mayor witnesses witness activists
    rescuers paramedics hospital hospitals ngo charity doctors medics monitors
    groups ngos charities organizations organisations defence defense directorate bureau
    institute court embassy headquarters administration cabinet parliament secretariat
    association associations union unions federation society room rooms observers
    commission commissions watchdog ombudsman tracker platform board panel
    coroner examiner sheriff constabulary gendarmerie spokespeople spokespersons
    coordination coordinator coordinators diocese archdiocese parish church mosque
    prefect commissioner administrator chairman chairperson magistrate warden headman
    coastguard coastguards firefighters prefecture prefectures governorate municipality
    hall jury juries inquest inquests inquiry inquiries tribunal tribunals
    """.split()
)
#: The agencies that speak for the record, not from what they saw or heard
#: ("police", "the ministry"; not "witnesses", "activists", "sources"): a
#: story's lead takes one named after it (see ``attribution.official_source``).
OFFICIAL_NOUNS = AGENT_NOUNS - frozenset(
    "witnesses witness activists sources source media group groups statement".split()
)
#: Titles that make a source a person, whom a body's noun never names again
#: ("militia leader Babakura Kolo" is not "the state emergency agency").
PERSON_TITLES = frozenset(
    """
    spokesman spokeswoman spokesperson leader commander governor minister chief
    director president mayor doctor official officer superintendent inspector
    """.split()
)
#: Further nouns of those who may make a claim ("the navy said", "residents
#: told AFP"), which are no agencies: they may also be counted or named.
SPEAKER_NOUNS = frozenset(
    """
    navy staff guard guards militia militias rebels insurgents fighters troops soldiers
    investigators researchers analysts team teams workers volunteers residents
    survivors relatives families villagers elders lawmakers diplomats
    elder resident survivor villager relative
    worker soldier fighter rebel volunteer investigator researcher analyst
    diplomat lawmaker doctor doctors nurse nurses medic medics paramedic paramedics
    eyewitness eyewitnesses bishop bishops
    airline airlines company companies firm firms railway railways school schools
    university college club consulate county state regime junta opposition tribe
    morgue palace outlet partners partner journalists journalist reporters reporter
    correspondents correspondent
    """.split()
    # (bodies with no agent's ending: "the airline said", "the school said")
)

#: Words of a running total that rose to its number in its sentence: what
#: else of its category that sentence counts is in it (tally rule 0d).
RISE_WORDS = frozenset(
    """
    rose risen rising climbed climbing jumped reached bringing brought increased
    soared surged swelled grew doubled tripled raising raised pushing pushed taking
    revised updated
    brings raises rises climbs jumps reaches increases pushes takes swells grows
    """.split()
)

#: Words that, among the first words of a sentence, open another matter than
#: the sentence before ("Meanwhile, ...", "In a separate attack, ...").
TOPIC_SHIFTS = frozenset("meanwhile separately elsewhere separate earlier previously later".split())
#: Of those, the words that open a matter of its own, not a later turn of the
#: same one ("Separately, ...", "In a separate attack"; not "Later on Friday").
NEW_MATTER_WORDS = frozenset({"meanwhile", "separately", "elsewhere", "separate"})
#: How many words at a sentence's start may hold a :data:`TOPIC_SHIFTS` word.
TOPIC_SHIFT_REACH = 4

#: Words that open a sentence naming the source of the figures before it
#: ("Those figures were given by ...", "This was confirmed by police").
CONFIRMING_OPENERS = frozenset({"this", "that", "those", "these", "the"})
#: The nouns of such figures ("The casualty figures", "The toll").
FIGURE_NOUNS = frozenset({"figures", "figure", "numbers", "toll", "tolls", "tally", "information"})
#: Words after a verb of capture that go on with its own phrase, no object of
#: it ("were wounded and captured alive", "arrested yesterday").
CAPTURE_GOES_ON = frozenset(
    """
    and but or after before when while later then hours days alive yesterday today
    tonight overnight early late earlier last this shortly soon
    """.split()
)
#: Words after "may still be missing" that tell where or since when they are
#: ("missing in the rubble", "trapped beneath the debris"), or go on.
MISSING_WHERE = frozenset(
    """
    in inside under beneath below underneath within among aboard after since
    following at across near and or though
    """.split()
)

#: Things that confirm a count without being its source ("confirmed by DNA tests").
EVIDENCE_NOUNS = frozenset(
    "test tests footage imagery images video videos records data analysis photos photographs".split()
)
#: The participles that name the source after "by".
CONFIRMING_VERBS = frozenset(
    "confirmed given provided reported released verified announced issued compiled supplied".split()
)

#: Nouns of a place of a country's map that end a place's name, never a source
#: ("Sindhupalchok district recorded the highest number of fatalities").
PLACE_UNIT_NOUNS = frozenset("district province region village town governorate oblast".split())

#: Words a speaker's name never starts with: a negation or a conjunction
#: read before the verb ("No reports on injuries", "although Aneq said").
NOT_SPEAKER_LEADS = frozenset("no although though while whereas because what".split())

#: The categories of people who left their homes (displaced, refugees).
DISPLACEMENT_CATEGORIES = frozenset({Category.DISPLACED, Category.REFUGEES})
#: The categories of harm to the body (killed, wounded).
HARM_CATEGORIES = frozenset({Category.KILLED, Category.WOUNDED})
#: Words that tell a death: the passive triggers of killing ("died", "dead",
#: "succumbed"; not "lost"), "fatally" and "mortally", and the words of death
#: ("a fatal shooting", "his death", "the bodies", "a homicide", "a murder").
DEATH_WORDS = (
    (frozenset(w for w, (c, _) in PASSIVE_TRIGGERS.items() if c is Category.KILLED) - {"lost"})
    | FATAL_ADVERBS
    | frozenset(
        "death deaths fatal fatalities deadly killing body bodies homicide murder execution".split()
    )
)
#: The words of a story of deaths, counted or not ("torturing and killing
#: residents", "beheading workers", "the massacre", "the toll"): the
#: victims it names are the dead.
DEATH_STORY_WORDS = (
    DEATH_WORDS
    | KILLING_NOUNS
    | frozenset(
        w for w, (c, _) in ACTIVE_TRIGGERS.items() if c is Category.KILLED and w != "losing"
    )
    | {"massacre", "massacres", "toll"}
)
#: The verbs and nouns of a killing done, not of a death's mere mention
#: ("torturing and killing residents", "began executing passengers", "the
#: massacre"; not "the toll road", "the governing body", "the death penalty",
#: "the execution of such schemes"): a story that tells one speaks of deaths.
DEATH_DEED_WORDS = (
    frozenset(
        w
        for w, (c, _) in ACTIVE_TRIGGERS.items()
        if c is Category.KILLED and w not in {"lose", "loses", "losing", "lost", "bury"}
    )
    | (frozenset(w for w, (c, _) in PASSIVE_TRIGGERS.items() if c is Category.KILLED) - {"lost"})
    | {"massacre", "massacres", "killings", "murders", "homicide", "homicides"}
)
#: Words of a fate other than death told of people ("wounded", "abducted",
#: "missing", "released", "rescued", "survived", "treated"): the states of
#: people of every category but the dead's, release and rescue verbs and the
#: words of the living; not a harm of untold outcome ("shot", "stabbed").
OTHER_FATE_WORDS = (
    frozenset(
        w for w, (c, _) in PASSIVE_TRIGGERS.items() if c is not None and c is not Category.KILLED
    )
    | RELEASE_VERBS
    | SEA_RESCUE_VERBS
    | LIVING_WORDS
    | CONDITION_NOUNS  # ("Victims: 4 civilians in serious condition")
) - UNTOLD_OUTCOME_HARMS
#: The articles ("the", "a", "an"): no word of a name or a group of their own.
ARTICLE_WORDS = frozenset({"the", "a", "an"})

#: Time words a claimant phrase may be separated from its verb by.
CLAIM_SKIPPABLE = frozenset(
    """
    earlier later also on late early this last yesterday today in a statement
    separately previously had has have initially then again first now still
    officially publicly since subsequently already further abroad overseas
    monday tuesday wednesday thursday friday saturday sunday morning evening
    night afternoon
    """.split()
)

#: The nouns of a total that name no count by themselves ("put the number
#: at 22"): the count of the figure told before.
BARE_TOTAL_NOUNS = frozenset({"number", "figure", "tally", "count", "total"})

#: Words after "the" that tell the rest of a group ("the other five", "the
#: remaining 12", "the rest").
REST_WORDS = frozenset({"other", "remaining", "rest"})

#: The verbs that say who were among a group ("The dead included ...").
INCLUDE_VERBS = frozenset({"included", "include", "includes"})
#: Verbs that tell the whole of a state's people, as "were" does ("the dead
#: comprised 142 students, three police officers and three soldiers").
COMPRISE_VERBS = frozenset({"comprised", "comprise", "comprises"})

#: Nouns of the dead counted as a whole a part is told of ("Of the
#: fatalities, 55 were residents", "three of the deaths were women").
DEATH_WHOLES: dict[str, Category] = {"fatalities": Category.KILLED, "deaths": Category.KILLED}

#: The people a state names after "the" or "those" ("the dead", "those
#: injured", "the detained"), by the category of the state: the group a
#: partitive counts part of ("28 of the dead", "of those killed").
STATE_GROUPS: dict[str, Category] = {
    "dead": Category.KILLED,
    "killed": Category.KILLED,
    "slain": Category.KILLED,
    "injured": Category.WOUNDED,
    "wounded": Category.WOUNDED,
    "hurt": Category.WOUNDED,
    "missing": Category.MISSING,
    "arrested": Category.DETAINED,
    "detained": Category.DETAINED,
    "abducted": Category.DETAINED,
    "kidnapped": Category.DETAINED,
    "displaced": Category.DISPLACED,  # "More than half a million of the displaced are children"
}
