"""
Word lists the clause reader's stages share: what opens a modifier or a part,
what ends one, the verbs of flight, suffering and results, and the other
small sets each stage reads with (data, no logic).

Every entry is lower-case, as in :mod:`conflictfigures._lexicon`, which
re-exports every name here.
"""

from __future__ import annotations

from conflictfigures._lexicon.flight import FROM_HOMES, LEFT_HOMES, WITHOUT_A_HOME
from conflictfigures.models import Category

# ---------------------------------------------------------------------------
# Small word sets the reading stages share
# ---------------------------------------------------------------------------

#: Quotation marks, straight and curly, that may stand inside or beside a figure.
QUOTES = frozenset("\"'\u201c\u201d\u2018\u2019\u00ab\u00bb")
#: The marks among them that only quote (never an apostrophe).
DOUBLE_QUOTES = frozenset('"\u201c\u201d\u00ab\u00bb')

#: Endings of nouns for one who does something ("coordinator", "extremist").
AGENT_SUFFIXES = ("er", "or", "ist", "ant", "ian")

#: Lower-case words that can start a one-person reading ("him", "suspected").
ONE_PERSON_STARTERS = frozenset(
    {"him", "her", "he", "she", "senior", "suspected", "insurgent", "militant"}
)

#: Determiners after "NUMBER of" that make the number a part of a group already counted.
SUBSET_DETERMINERS = frozenset({"the", "these", "those", "several", "multiple", "numerous"})

#: Forms of "take" and "hold" that open a capture around its group ("took ...
#: into custody", "are holding 12 aid workers hostage").
TAKE_VERBS = frozenset(
    {"take", "takes", "took", "taken", "taking", "hold", "holds", "held", "holding"}
)

#: The single words that close it ("took 15 soldiers hostage").
CAPTIVE_WORDS = frozenset({"prisoner", "prisoners", "captive", "captives", "hostage", "hostages"})

#: The words after "as" that make taken equipment captured ("took two tanks as trophies").
TROPHY_WORDS = frozenset({"trophies", "trophy"})

#: Words that state a count of none ("no soldiers were killed").
ZERO_WORDS = frozenset({"no", "none", "nobody"})

#: Nouns before "of" that start a one-person reading ("the death of Hemat").
OF_NOUNS = frozenset({"death", "deaths", "capture", "killing", "arrest", "detention", "lives"})

#: Tokens that join the members of a list of counted groups.
LIST_JOINERS = frozenset({",", "and", ";", "plus"})

#: Words of how many times a count is another, before "the" and the other
#: count set beside it ("nearly double the 64,529 who arrived in 2022").
MULTIPLES = frozenset({"double", "twice", "triple", "treble", "quadruple"})
#: ("half the 80 passengers" names the whole a count is part of: no multiple)

#: Words that continue a list after an active trigger ("as well as", "along with").
LIST_LINKS = frozenset({"as", "well", "along", "with", "together"})

#: Prepositions that open a place phrase ("in Idlib", "near the border").
PLACE_PREPS = frozenset({"in", "near", "around", "outside", "inside", "across", "throughout"})

#: Nouns that may close a place phrase ("Kunar province").
PLACE_NOUNS = frozenset(
    {
        "province",
        "region",
        "city",
        "district",
        "governorate",
        "area",
        "state",
        "county",
        "village",
        "town",
        "oblast",
        "region's",
        "border",
    }
)

#: Places counted in the plural, whose count is no group of people ("from
#: Let Pan Taw and three neighbouring villages", "from 13 villages").
PLACES_COUNTED = frozenset(
    """
    villages towns cities districts provinces regions areas counties states
    hamlets communities neighbourhoods neighborhoods settlements localities
    governorates oblasts countries nations territories
    """.split()
)

#: Compass words inside place names ("northwest Syria").
DIRECTIONS = frozenset(
    [
        "north",
        "south",
        "east",
        "west",
        "northwest",
        "northeast",
        "southwest",
        "southeast",
        "northern",
        "southern",
        "eastern",
        "western",
        "northwestern",
        "northeastern",
        "southwestern",
        "southeastern",
        "central",
        "north-west",
        "north-east",
        "south-west",
        "south-east",
    ]
)

#: Lower-case particles inside personal and group names ("Abu", "al-", "bin").
NAME_PARTICLES = frozenset(
    {
        "al",
        "el",
        "bin",
        "ibn",
        "abu",
        "abd",
        "de",
        "van",
        "von",
        "der",
        "da",
        "di",
        "du",
        "la",
        "le",
    }
)

#: Pronouns: never a claimant's or a person's name.
PRONOUNS = frozenset({"it", "he", "she", "they", "we", "i", "you", "who", "which", "that"})

#: Participles that open a clause describing a counted group ("men associated
#: with the compound"), skipped on the way to the group's verb.
LINKING_PARTICIPLES = frozenset({"associated", "affiliated", "linked", "connected", "tied"})

#: Verbs of a beginning before the date a count runs from ("which began on April 15").
BEGIN_VERBS = frozenset(
    {"began", "begun", "started", "erupted", "broke", "flared", "escalated", "intensified"}
)
#: Words that open a new clause after a comma (", and 12 people were injured on Tuesday").
CLAUSE_JOINERS = frozenset({"and", "but", "while", "whereas"})

#: Words that open a sentence before its subject ("But the army said").
SENTENCE_OPENERS = frozenset({"but", "and", "yet", "so", "however", "meanwhile", "still"})
#: What joins a figure to a running total right before it as part of the same count.
RIDER_WORDS = frozenset({",", "with", "and", "as", "well"})
#: Pronouns of one person.
ONE_PRONOUNS = frozenset({"he", "him", "she", "her"})
#: Who died at a place of care ("where he died", "where both were pronounced dead").
DIED_THERE = frozenset({"he", "she", "they", "both", "all"})
#: Verbs of a court's sentence: "sentenced 14 people to death" kills no one.
SENTENCE_VERBS = frozenset(
    {"sentenced", "sentencing", "sentence", "sentences", "condemned", "condemning"}
)
#: Triggers that are finite verbs with no object ("two of the hostages died"):
#: after "NUMBER of the NP" they report a part of the group, not a modifier.
INTRANSITIVE_TRIGGERS = frozenset(
    {
        "died",
        "die",
        "dies",
        "perished",
        "drowned",
        "drown",
        "drowns",
        "perish",
        "succumbed",
        "fled",
        "disappeared",
        "vanished",
        "dead",
        "surrendered",
    }
)
#: Those that are verbs ("died", "drowned", "fled"; not the state "dead"):
#: the finite verb of a group when nothing else is ("Many of the 300 people
#: died", "At least 12 Rohingyas including five children drowned").
INTRANSITIVE_VERBS = INTRANSITIVE_TRIGGERS - {"dead"}
#: The first words of trigger phrases that, like those verbs, take no
#: auxiliary ("he did not survive").
INTRANSITIVE_PHRASE_FIRSTS = frozenset({"did", "didn't", "failed"})

#: Words that open what hangs off a counted group without changing its count:
#: prepositions and participles ("members of a family", "fighters thought to
#: belong to the group", "workers travelling to the site").
MODIFIER_OPENERS = frozenset(
    """
    of from in at on near with aboard inside belonging based travelling traveling
    aged working living riding thought believed said who that which including
    among mostly mainly aside apart besides excluding for loyal
    """.split()
)

#: Words that end the search for a group's verb across what hangs off it: a
#: new clause or a coordinated one starts there.
MODIFIER_STOPS = frozenset(
    """
    and or but nor ; : . ! ? when where while after before as because since if
    although though until whereas then
    """.split()
)

#: Finite auxiliaries: the verb of a counted group found after what hangs off it.
FINITE_AUXILIARIES = frozenset({"were", "was", "are", "is", "have", "has", "had"})
#: The finite auxiliaries that agree with one only: a plural group before
#: them is not their subject ("a man who stabbed two women ... was shot").
SINGULAR_AUXILIARIES = frozenset({"was", "is", "has", "wasn't", "isn't", "hasn't"})
#: Plural nouns of people without a plural ending.
PLURAL_PEOPLE = frozenset({"people", "children", "police"})

#: Words ending in "-ly" that are no adverb.
NOT_ADVERBS = frozenset({"family", "ally", "rally", "assembly", "supply", "italy", "july", "belly"})

#: Verbs that take an injury as their object ("sustained minor injuries").
SUFFER_VERBS = frozenset(
    {"suffered", "sustained", "received", "suffering", "sustaining", "got", "receiving"}
    # the present of headlines and live reports ("Two soldiers suffer gunshot wounds")
    | {"suffer", "suffers", "sustain", "sustains"}
    # "needed treatment for smoke inhalation" (see ``injuries.read_injury``)
    | {"needed", "required", "requiring", "needing"}
    # "more than 200 people who had sought medical help"
    | {"sought", "seeking"}
)
#: Words for a part of the body that is broken ("sustained a broken ankle").
BROKEN_WORDS = frozenset(
    """
    broken fractured dislocated crushed shattered punctured cut sprained
    injured bruised burned burnt twisted lacerated severed mangled
    """.split()
)
#: Parts of the body such a word may name: with it, an injury.
BODY_PARTS = frozenset(
    """
    arm arms leg legs ankle ankles wrist wrists hip hips rib ribs neck back
    skull jaw nose collarbone pelvis shoulder shoulders knee knees foot feet
    hand hands finger fingers spine vertebrae elbow elbows lung lungs eye eyes
    eardrum eardrums toe toes thumb limb limbs
    """.split()
)
#: Where on the body a person is shot or stabbed and lives ("shot in the
#: leg"); not the head, a wound there is as often told of the dead.
WOUND_SITES = BODY_PARTS | frozenset(
    "chest stomach abdomen thigh thighs buttocks torso groin face side forearm forehead cheek scalp".split()
)
#: Units of distance and speed, and "times": a number before one is a
#: measure inside a verb phrase ("was thrown 40 yards", "was stabbed several
#: times"), never a count of people.
MEASURE_UNITS = frozenset(
    """
    yard yards foot feet ft mile miles mph km kilometre kilometres kilometer
    kilometers metre metres meter meters inch inches block blocks times
    """.split()
)
#: Signs and codes of money before a number ("$10,000 bounty", "Rs 1 lakh",
#: "KSh 100,000"): a sum, never a count.
CURRENCY_SIGNS = frozenset("$€£₹¥₦₱₩₺₴₽")
#: Codes and abbreviations of money, in lower case (not those that are also
#: English words, "try", "rub").
CURRENCY_CODES = frozenset(
    """
    rs inr usd eur gbp pkr npr lkr tk bdt ksh kes ugx tzs ngn zar ghs etb aed sar
    egp rmb cny jpy uah irr iqd syp lbp afn
    """.split()
)
FATAL_WORDS = frozenset({"fatal", "mortal", "deadly", "lethal"})
#: How bad an injury is, a range of which "to" may join ("minor to moderate injuries").
INJURY_GRADES = frozenset({"minor", "moderate", "serious", "severe", "critical", "light", "mild"})

#: Stems of verbs that can only have people as their object: with them a
#: noun the lexicon does not know is still a victim ("killed three traders").
PEOPLE_ONLY_STEMS = (
    "kill",
    "wound",
    "injur",
    "murder",
    "massacr",
    "slaughter",
    "behead",
    "assassinat",
    "abduct",
    "kidnap",
    "arrest",
    "detain",
    "apprehend",
    "stabb",
    "lynch",
    "dead",  # "shot dead 11 non-locals"
)

#: Prepositions: a group after one is its object, not a list member.
PREPOSITIONS = frozenset(
    """
    of about for with from to at on in by against toward towards among between aboard
    """.split()
)

#: Words that open a phrase of time or place after a counted group ("over
#: the past 24 hours", "during the night", "in Donetsk").
ADJUNCT_OPENERS = (PREPOSITIONS - {"of"}) | frozenset(
    "over during across near throughout inside outside overnight since".split()
)
#: Words that open the complement of a participle hanging off a group
#: ("caught in the crossfire", "trapped under the rubble", "taken from a bus").
PARTICIPLE_COMPLEMENTS = (
    PREPOSITIONS
    | ADJUNCT_OPENERS
    | frozenset("under beneath behind into onto while after before".split())
)

#: Adverbs that make any verb of harm a killing ("fatally shot", "mortally wounded").
FATAL_ADVERBS = frozenset({"fatally", "mortally"})
#: Adverbs of how badly someone was hurt and lived ("Four people were shot,
#: one critically"): a harm whose outcome is untold, told with one, is a wound.
WOUND_ADVERBS = frozenset(
    {"critically", "seriously", "severely", "gravely", "slightly", "lightly", "moderately"}
)
#: Either: how a part of those harmed fared.
OUTCOME_ADVERBS = FATAL_ADVERBS | WOUND_ADVERBS

#: Signs that open the change since the last report in brackets after a
#: count ("1,050 personnel (+20)", "(+1,070 over the past day)").
CHANGE_SIGNS = frozenset({"+", "-", "\u2212"})

#: Words after a source's name in a label before a colon that name what it
#: issued ("Sudanese Armed Forces statement:", "OCHA Flash Update No. 4:").
RELEASE_WORDS = frozenset(
    "statement update updates report release bulletin briefing flash daily weekly "
    "situation sitrep communique communiqué says".split()
)

#: Words that open a part of a counted group ("including two soldiers",
#: "most of them civilians"); the group's verb comes after the part.
PART_OPENERS = frozenset(
    {"including", "incl", "among", "mostly", "mainly", "excluding", "included"}
)
#: Words that open the rest of a breakdown after a figure: a part's, or the
#: next place of a ranking ("with 402 deaths, followed by Punjab (188)").
BREAKDOWN_OPENERS = PART_OPENERS | {"followed"}
#: Quantifiers that open a part with "of" ("almost all of them", "many of whom").
PART_QUANTIFIERS = frozenset({"most", "many", "all", "some", "both", "almost", "nearly", "half"})
#: Words of a share that take the verb after "of the N ..." ("Many of the 500
#: workers were killed"); not "all" or "both", whose share is the whole.
WHOLE_SHARE_WORDS = (PART_QUANTIFIERS - {"all", "both"}) | frozenset(
    """
    several few none majority minority fraction portion proportion percent
    third thirds quarter quarters
    """.split()
)

#: Verbs after which a group and its state are a result ("left two dead").
RESULT_VERBS = frozenset({"left", "leaving", "leaves", "leave"})

#: Words after a number that make it a clock time ("at 612 PST", "1535 CST",
#: "10 pm"): a time is never a count.
TIME_WORDS = frozenset(
    """
    am pm a.m p.m gmt utc est edt cst cdt mst mdt pst pdt akst hst z hrs
    """.split()
)

#: Words of a time of its own after a list's further member ("and 12 in
#: Niger a year earlier", "the previous month", "since the war began",
#: "so far", "over the past few days", "weeks later").
OWN_TIME_WORDS = frozenset(
    "earlier later previous since far ago past before after until during".split()
)

#: Words after a counted group that state what befell it, after an active verb
#: ("stabbed a shopkeeper to death", "left 50,000 people homeless").
RESULT_WORDS: dict[tuple[str, ...], Category] = {
    ("to", "death"): Category.KILLED,
    ("dead",): Category.KILLED,
    ("missing",): Category.MISSING,  # "left 111 missing"
    ("homeless",): Category.DISPLACED,
    ("without", "shelter"): Category.DISPLACED,  # "left 20,000 people without shelter"
    ("without", "homes"): Category.DISPLACED,
    **dict.fromkeys(WITHOUT_A_HOME, Category.DISPLACED),  # "left 90 people without a home"
    **dict.fromkeys(FROM_HOMES, Category.DISPLACED),
    ("into", "shelters"): Category.DISPLACED,
    ("into", "temporary", "shelters"): Category.DISPLACED,
    ("into", "camps"): Category.DISPLACED,
    ("to", "flee"): Category.DISPLACED,
    # "forced 2.2 million people to seek safety in neighbouring countries"
    ("to", "seek", "safety"): Category.DISPLACED,
    ("to", "seek", "refuge"): Category.DISPLACED,
    ("to", "seek", "shelter"): Category.DISPLACED,
    ("fleeing",): Category.DISPLACED,  # only after SENDING_VERBS: "sent 2,000 people fleeing"
    # only after MOVE_VERBS: "had moved some 110,000 people to safety" (not
    # "pulled 12 people to safety": rescued)
    ("to", "safety"): Category.DISPLACED,
    ("to", "cross", "into"): Category.REFUGEES,  # "pushed some 700 people to cross into Chad"
    ("to", "cross", "the", "border"): Category.REFUGEES,
    ("to", "evacuate"): Category.DISPLACED,  # "forced 20,000 people to evacuate"
    (
        "out",
        "of",
    ): Category.DISPLACED,  # only after FORCING_VERBS: "forced 3,500 people out of Solino"
    ("to", "the", "hospital"): Category.WOUNDED,
    ("to", "hospital"): Category.WOUNDED,
    # "The blast sent 47 people to hospitals across the city"
    **{
        ("to", *before, place): Category.WOUNDED
        for before in ((), ("a",), ("local",), ("area",), ("nearby",), ("several",))
        for place in ("hospital", "hospitals")
        if (before, place) != ((), "hospital")
    },
    ("alive",): Category.KILLED,  # only after ALIVE_VERBS
    # "shot a woman in the leg", "striking one officer in the arm": a wound
    # someone lives with, only after WOUNDING_VERBS
    **{
        ("in", owner, site): Category.WOUNDED
        for owner in ("the", "his", "her", "their")
        for site in WOUND_SITES
    },
    **{("to", *words): Category.DISPLACED for words in LEFT_HOMES},
    # equipment set on fire, only after FIRE_SETTING_VERBS ("set three patrol
    # trucks on fire", "setting at least 20 tankers ablaze"); people set
    # ablaze are no count read here
    ("ablaze",): Category.EQUIPMENT_DESTROYED,
    ("on", "fire"): Category.EQUIPMENT_DESTROYED,
    ("alight",): Category.EQUIPMENT_DESTROYED,
}
#: The verbs of a fire set to equipment after its object ("set ... ablaze").
FIRE_SETTING_VERBS = frozenset({"set", "sets", "setting"})

#: The verbs after which "alive" is a death ("burned eight people alive").
ALIVE_VERBS = frozenset({"burned", "burnt", "burn", "burns", "burning", "buried", "bury", "buries"})

#: Reflexive pronouns after a killing verb: the attacker dies ("before killing
#: himself"), a group of its own (side ``"perpetrator"``).
REFLEXIVES = frozenset({"himself", "herself", "themselves"})
#: Phrases in which an attacker kills himself, after the verb's subject
#: ("themselves": the attackers of the subject, however many it counts).
SELF_KILLING_PHRASES: tuple[tuple[str, ...], ...] = (
    *(
        phrase
        for self_, own, life in (
            ("himself", "his", "life"),
            ("herself", "her", "life"),
            ("themselves", "their", "lives"),
        )
        for phrase in (
            ("killing", self_),
            ("killed", self_),
            ("blew", self_, "up"),
            ("blown", self_, "up"),
            ("blows", self_, "up"),
            ("blowing", self_, "up"),
            ("took", own, "own", life),
            ("taking", own, "own", life),
            ("turned", "the", "gun", "on", self_),
            ("turning", "the", "gun", "on", self_),
            ("turned", "the", "weapon", "on", self_),
            ("shot", self_),
            ("shooting", self_),
        )
    ),
    # "before dying of a self-inflicted gunshot wound"
    *((verb, "of", "a", "self", "-", "inflicted") for verb in ("dying", "died", "dies", "die")),
    # An attacker killed by others after his attack, read only after "before"
    # and a harm he did (one who shot two co-workers before being shot dead).
    ("being", "shot", "dead"),
    ("being", "killed"),
    # the killing verb said once: "killed his three children and then himself"
    ("then", "himself"),
    ("then", "herself"),
    ("being", "fatally", "shot"),
    ("being", "shot", "and", "killed"),
)
#: The side given to an attacker who dies by his own hand.
PERPETRATOR_SIDE = "perpetrator"

#: Platforms and channels a claim is made on: never a claimant themselves
#: ("said on Twitter", "posted on Telegram").
CHANNELS = frozenset(
    """
    twitter x facebook telegram instagram youtube tiktok whatsapp website
    television tv radio
    """.split()
)
#: What weather and measures are told of, which a verb of estimating may
#: follow ("Winds estimated between 70 and 80 mph", "Damage estimated at
#: $2 million"): never a claimant.
MEASURED_NOUNS = frozenset(
    """
    wind winds gust gusts temperature temperatures rainfall rain rains wave waves surge
    damage damages cost costs speed speeds
    """.split()
)
#: Documents a claimant speaks through ("according to a statement from the
#: governor's office"): the claimant is whoever issued them.
CLAIM_DOCUMENTS = frozenset(
    """
    statement statements report reports claims tally count figures data estimate
    estimates toll update bulletin information communique communiqué
    """.split()
)
#: Pronouns that report a claim made by a source named before ("they said").
CLAIM_PRONOUNS = frozenset({"he", "she", "it", "they", "we"})
#: Adverbs between "has" and its participle ("has also lost", "have now
#: killed", "has so far claimed"); words in "-ly" stand there too.
PERFECT_ADVERBS = frozenset({"also", "already", "now", "so", "far", "since", "reportedly"})
#: What a source issued, which "according to the ..." names for the source
#: named before, as a pronoun does ("the General Staff reported ...
#: According to the report, Russia has also lost ...").
ISSUED_NOUNS = frozenset(
    {"report", "statement", "update", "bulletin", "assessment", "figures", "data", "tally"}
)

#: Words that start another clause: a period after one of them is that
#: clause's, not the one of a figure before it.
CLAUSE_BREAKS = frozenset(
    {"where", "which", "who", "that", "when", "while", "after", "before", "because", ";", ":"}
)

#: Nouns that name the attackers: killed or wounded, they are a group of
#: their own beside the victims (side ``PERPETRATOR_SIDE``).
PERPETRATOR_NOUNS = frozenset(
    """
    gunman gunmen shooter shooters attacker attackers assailant assailants bomber
    bombers perpetrator perpetrators hijacker hijackers knifeman kidnapper kidnappers
    abductor abductors robber robbers bandit bandits intruder intruders burglar burglars
    raider raiders assassin assassins arsonist arsonists killer killers murderer murderers
    """.split()
)

#: The auxiliaries of the perfect: a participle right after one is active
#: ("is believed to have killed his wife").
PERFECT_AUXILIARIES = frozenset({"have", "has", "had", "having"})

#: Verbs whose subject is the attacker ("A man opened fire", "The driver
#: rammed a crowd"): one person alone before one of them is the "he" or "she"
#: of the next sentence.
ATTACK_VERBS = frozenset(
    """
    opened attacked fired stormed rammed shot stabbed killed murdered detonated
    ambushed
    """.split()
)

#: The same attacks told after "after" ("shot dead by police after allegedly
#: stabbing two people").
ATTACK_GERUNDS = frozenset(
    """
    stabbing shooting attacking opening firing killing wounding ramming charging
    brandishing assaulting injuring
    """.split()
)

#: Those who shoot an attacker in a report of one ("Police shot and killed a
#: man who opened fire on officers").
LAW_NOUNS = frozenset(
    """
    police officers officer deputy deputies trooper troopers agents soldiers troops
    commandos marksmen sniper snipers guards
    """.split()
)

#: Nouns of people whose flight is an escape, never a displacement ("the
#: attacker fled", "the suspects fled the scene", "militants fled"), and
#: whom a search seeks, never missing ("police are searching for two suspects").
ESCAPING_NOUNS = PERPETRATOR_NOUNS | frozenset(
    """
    suspect suspects robber robbers thief thieves killer killers culprit culprits
    militant militants insurgent insurgents rebel rebels kidnapper kidnappers
    """.split()
)

#: Where or how soon a death came, told right after its verb to set it
#: against a later one ("died at the scene and two others in hospital",
#: "were killed instantly, and three more later in hospital").
DEATH_SPOTS = (
    ("at", "the", "scene"),
    ("on", "the", "spot"),
    ("on", "impact"),
    ("on", "site"),
    ("instantly",),
    ("immediately",),
)

#: What after a verb of flight makes it an escape, never a displacement
#: ("fled on foot", "fled the scene", "fled in a car").
ESCAPE_MANNERS = frozenset({("on", "foot"), ("the", "scene"), ("from", "police")})
#: Vehicles people escape in ("fled in a dark sedan").
ESCAPE_VEHICLES = frozenset(
    "car cars vehicle vehicles truck van sedan suv pickup motorcycle motorbike".split()
)

#: Participles not ending in "-ed" or "-en" that may be a first coordinated
#: verb ("were shot and killed", "were cut and burned").
IRREGULAR_PARTICIPLES = frozenset(
    """
    shot hit cut struck held found caught hurt left burnt bound thrown blown
    swept flung stuck torn spun taken beaten driven seen overrun brought dug pulled made
    bought sold lent given built sent
    """.split()
)

#: Nouns of two people after an article ("an elderly couple drowned").
PAIR_NOUNS = frozenset({"couple", "pair"})
#: Nouns of a set of people before "of", by how many it holds ("a pair of
#: brothers", "a trio of suspected thieves").
SET_OF_NOUNS = {"pair": 2, "trio": 3, "quartet": 4}
#: Nouns of two people after a possessive or "the" ("their parents were
#: injured", "the twins drowned").
PARENT_NOUNS = frozenset({"parents", "grandparents", "twins"})
#: The word that makes the plural people after it two ("twin brothers").
TWIN = "twin"

#: Verbs not ending in "-ed" that end a group after a singular noun ("the
#: driver lost his life").
VERB_LIKE = frozenset({"lost", "took", "fell", "saw", "went", "came", "left", "was", "is"}) | (
    SUFFER_VERBS
)

#: Nouns whose group goes on after "of" ("members of the armed forces").
MEMBER_NOUNS = frozenset({"members", "member", "personnel", "units", "unit"})
#: Nouns of equipment counted by the piece, whose group goes on after "of"
#: too ("30 pieces of military hardware"); a number after them is a count of
#: its own ("pieces of 2 downed drones"), unlike one after "members of".
PIECE_NOUNS = frozenset({"pieces", "piece"})
#: Both.
GROUP_OF_HEADS = MEMBER_NOUNS | PIECE_NOUNS

#: Verbs that end a counted group even as its first word ("12 remain missing").
GROUP_ENDING_VERBS = frozenset(
    {"were", "was", "are", "is", "be", "been", "being", "have", "has", "had", "remain", "remained"}
    | {"flee", "flees", "fled"}  # "Landslides kill six, thousands flee"
)

#: Relative pronouns: a clause they open describes the noun before them.
RELATIVE_PRONOUNS = frozenset({"who", "that", "which"})
#: The subjects that open a relative clause inside a group ("the number who
#: have left", "vehicles it bought", "drones that were delivered").
RELATIVE_SUBJECTS = frozenset({"it", "they", "we", "he", "she"}) | RELATIVE_PRONOUNS

#: Parts of the day after "this" that mean the publication day ("this morning").
PARTS_OF_DAY = frozenset({"morning", "afternoon", "evening"})
#: Times of day besides its parts ("before dawn").
DAY_TIMES = frozenset({"dawn", "dusk", "midnight", "noon", "daybreak", "nightfall"})

#: The units of an age ("a 54-year-old man", "a six-month-old baby").
AGE_UNITS = frozenset({"year", "years", "month", "months", "week", "weeks", "day", "days"})

#: The units a span of time is counted in ("over two days", "in the past 48
#: hours", "within three weeks"): a number before one counts no people.
SPAN_UNITS = frozenset(
    {"minute", "minutes", "hour", "hours", "fortnight", "fortnights", "decade", "decades"}
    | AGE_UNITS
)

#: Words that open a list of ages ("two girls aged 6 and 4").
AGE_WORDS = frozenset({"aged", "age", "ages"})

#: Forms of "be": with one among the auxiliaries a participle is passive.
BE_FORMS = frozenset(
    {"be", "been", "being", "is", "are", "was", "were", "got", "get", "gets", "getting"}
)
#: Nouns of what became of people, whose being unknown makes them missing
#: ("The fate of 20 residents remains unknown", "the whereabouts of 12
#: fishermen are still unclear").
FATE_NOUNS = frozenset({"fate", "fates", "whereabouts"})
#: What a fate is when no one knows it.
UNKNOWN_WORDS = frozenset({"unknown", "unclear"})
#: People whose whereabouts no one knows who are at large, not missing.
AT_LARGE_WORDS = frozenset({"escaped", "inmates", "prisoners", "fugitives", "suspects"})

#: Pronouns and possessives that start a verb's object ("killed him").
OBJECT_STARTS = frozenset(
    {"him", "her", "them", "himself", "herself", "themselves", "his", "their", "its", "our"}
    | ZERO_WORDS
)

#: Nouns after "the" that make a time phrase, not an object ("killed the next day").
TIME_PHRASE_NOUNS = frozenset(
    {"day", "night", "week", "month", "year", "morning", "evening", "previous", "same", "next"}
)

#: Nouns of a group whose size follows "of" ("a family of seven", "a group
#: of 12 prisoners"): the number counts the people.
GROUP_OF_NOUNS = frozenset({"family", "group", "crowd", "party", "busload", "total", "crew"})
#: Words between an active verb and its number ("wounded an additional 2",
#: "injuring the other 2", "killed a total of 12", "destroyed: 17 tanks",
#: "killing the last three terrorists").
ACTIVE_FILLERS = frozenset(
    {"also", "another", "a", "an", "total", "of", "at", "least", "some", "all", ":"}
    | {"additional", "further", "other", "the"}
    | {"remaining", "last", "final", "first"}
    | {"their", "its", "his", "her", "our"}  # "detained their 24 crew members"
    | {"both"}  # "killed both the driver and his passenger"
    | {"staggering", "record", "whopping"}  # "lost a staggering 1,700 tanks", "a record 2,060"
)
