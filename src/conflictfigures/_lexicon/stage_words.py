"""
Word lists the later stages read with: additions and shares, possessives,
the verbs that set a toll, revisions, period bounds, losses, and the verbs
and endings a harm's clause is read by (data, no logic). Re-exported by
:mod:`conflictfigures._lexicon`.
"""

from __future__ import annotations

from conflictfigures._lexicon.care import (
    FOUND_VERBS as _BODY_FINDING,
    TREATED_VERBS,
)
from conflictfigures._lexicon.clauses import (
    CAPTIVE_WORDS,
    PERPETRATOR_NOUNS,
)
from conflictfigures._lexicon.nouns import FIGHTER_WORDS, FORCE_WORDS, KILLING_NOUNS
from conflictfigures._lexicon.verbs import CARE_PLACE_WORDS, CONDITION_GRADES

# Words the clause reader's stages use: parts, lists, flight, claims, dates.
#: Words before a number that add it to the count before it.
ADDED_WORDS = frozenset({"another", "other", "further", "additional"})
#: Words in a count's own words that make it more people than those told
#: before ("two others", "three more", "another soldier").
FURTHER_WORDS = ADDED_WORDS | {"others", "more"}

#: Onlookers whose sight of the dead is no count of its own ("A Reuters
#: correspondent ... saw 11 bodies"), and the verbs that tell their sight.
OBSERVER_NOUNS = frozenset(
    """
    correspondent correspondents reporter reporters journalist journalists photographer
    photographers cameraman cameramen witness witnesses
    """.split()
)
SIGHTING_VERBS = frozenset({"saw", "seen", "counted", "see", "sees", "counts", "count"})

#: Words after a number that make it a share, not a count ("85 per cent of
#: the population", "40 percent", "12%").
SHARE_WORDS = frozenset({"per", "percent", "%", "pc"})

#: Possessives that may stand before a further list member ("killed the
#: village chief and his two sons").
POSSESSIVES = frozenset({"his", "her", "their", "its"})

#: The words that count one of a self-counting noun: "a fatality", and
#: "his body" (a possessive counts one body, not one death: "his death"
#: names a death told before).
ONE_SELF_WORDS: dict[str, tuple[str, ...]] = {
    "body": ("a", "an", "his", "her"),
    "corpse": ("a", "an", "his", "her"),
}

#: Marks a relative partitive's list does not run past.
RELATIVE_LIST_STOPS = frozenset({".", ";", ":", "(", ")", "but", "while", "when"})


#: Verbs that state a count by putting it somewhere ("put the toll at 45").
PUT_VERBS = frozenset({"put", "puts", "putting", "placed", "places"})
#: Words of people taken by attackers, not held by the law ("abducted six
#: members of a family", "took 30 hostages"): the victims of an attack.
ABDUCTION_WORDS = frozenset(
    {"abducted", "abducting", "abduct", "kidnapped", "kidnapping", "kidnap", "hostage", "hostages"}
)
#: Verbs that state a count by giving it ("gives a higher toll of 56").
GIVE_VERBS = frozenset({"give", "gave", "gives", "giving"})
#: Verbs by which a source sets a total it keeps ("the ministry raised the toll
#: to 38", "revised down the death toll", "gives a higher toll of 56"): its
#: subject is the toll's source.
TOLL_SETTING_VERBS = (
    PUT_VERBS
    | GIVE_VERBS
    | frozenset(
        {"raised", "raises", "revised", "revises", "updated", "updates", "lowered", "lowers"}
        | {"cut", "cuts", "reduced", "reduces"}
        | {"kept", "keeps"}  # "The IOM has kept its estimate of the dead at 670"
    )
)
#: Verbs before a rival count in its sentence that tell it as a revision of
#: the first ("Officials revised the death toll down to 84"): the story's
#: latest count (and "later said", "raised the toll": see
#: ``estimates.told_as_revision``).
REVISION_WORDS = frozenset(
    {"revised", "revises", "updated", "updates", "lowered", "lowers", "corrected"}
)
#: Words before a toll's noun that make it the whole of its incident ("put
#: the overall toll at 50", "the final death toll").
WHOLE_TOLL_WORDS = frozenset({"overall", "total", "combined", "final", "full"})
#: Words between such a verb and the total's noun ("put the death toll at",
#: "gives a higher toll of").
BEFORE_TOTAL_WORDS = frozenset(
    """
    the a an death overall official its their down up higher lower new revised
    different civilian military day's week's exact latest final total
    provisional preliminary initial updated unofficial that this these those
    """.split()
)

#: What ends a sentence of a story, as a token: a stop or a closing quote
#: (a caption or a headline has none).
SENTENCE_END_MARKS = frozenset({".", "!", "?", '"', "\u201d", "'"})

#: Words a span of time before "after" may hold besides its units and
#: numbers ("The attack comes just a few days after ...").
SPAN_FILLERS = frozenset({"a", "an", "just", "only", "barely", "few", "several", "some"})

#: What after "taken" moves captives, no seizing of them ("taken across the
#: Rafah crossing", "taken back home"; "to" only before safety or care, see
#: ``links._gate_open``).
TAKEN_AWAY_WORDS = frozenset({"across", "back", "home", "out", "off", "through"})

#: Words of a page's stamp before its date ("Published 15 March 2023",
#: "Updated March 15, 2023 at 9:30 a.m."): the page's day, not the story's.
STAMP_WORDS = frozenset({"published", "updated", "posted", "modified", "edited"})

#: Words of a photo's credit after a caption's date ("in Ankara, Turkey,
#: January 14, 2020Credit: Burhan Ozbilici, AP").
CAPTION_CREDITS = frozenset({"credit", "credits", "photo", "photograph", "image", "picture"})

#: What "claimed" takes when it states no figure: "the fighting claimed the
#: lives of 300", "claimed responsibility", "claimed 14 lives".
NOT_CLAIMED = frozenset({"the", "lives", "responsibility", "credit", "victory"})

#: A page's own labels in capitals before a colon, never a source ("LIVE:",
#: "BREAKING:", "UPDATE:").
PAGE_LABELS = frozenset(
    """
    live breaking update updates watch video exclusive analysis photos explainer factbox press
    newsreader anchor presenter reporter correspondent host interviewer narrator announcer
    """.split()
)  # (and a transcript's speakers, "NEWSREADER:", "CORRESPONDENT:": the outlet's own)

#: Words before a date that make it a bound of a period, not the date a text speaks from.
PERIOD_BOUNDS = frozenset({"since", "from", "after", "before", "until", "till", "between"})

#: Spans too long for an event to be the one a running total after it counts
#: ("five months after militants stormed the border").
LONG_SPAN_UNITS = frozenset(
    {"week", "weeks", "fortnight", "fortnights", "month", "months", "year", "years"}
    | {"decade", "decades"}
)
#: How far back "N days ago", "a week ago" go, per unit.
AGO_UNITS = {"day": 1, "days": 1, "week": 7, "weeks": 7}

#: Words before "the 11th" that make it a day ("on the 11th", "since the 3rd").
BEFORE_ORDINAL_DAY = frozenset({"on", "by", "since", "until", "till", "from", "to", "of"})

#: Endings of an ordinal day glued to its digits ("the 11th").
ORDINAL_ENDINGS = frozenset({"st", "nd", "rd", "th"})

#: Nouns of a threshold a total crosses ("crossed the three-million mark").
MILESTONE_NOUNS = frozenset({"mark", "threshold", "milestone", "barrier"})

#: First words of trigger phrases that harm only a group the lexicon knows as
#: people ("two guards were hit by shrapnel"), never a name or a thing ("the
#: district was struck by an IED", "10 cars being hit by the tree").
PEOPLE_ONLY_PHRASE_FIRSTS = frozenset({"hit", "struck", "cut", "shot"})

#: Words right after "shot at" that leave "at" with no place: fired on, not
#: hit ("were shot at, but neither was injured", "was shot at while driving").
FIRED_AT_ENDS = frozenset(
    """
    by but during while when as from and or after before in on near outside
    """.split()
)
#: Harms told before their outcome: the people "struck by lightning" or "hit
#: by a car" are all those harmed, and the deaths and injuries told after
#: them ("killing one and injuring the other") are parts of them.
UNTOLD_OUTCOME_HARMS = frozenset({"hit", "struck", "shot", "stabbed"})
#: Participles of people bound before a harm of untold outcome ("were
#: blindfolded and shot"); also a sign of an execution beside a shot at
#: close range ("shot in the head at close range, their hands bound").
BOUND_WORDS = frozenset({"bound", "blindfolded", "handcuffed"})
#: Participles of people held, led away or made ready before a harm of
#: untold outcome, which lead away on their own ("were lined up against a
#: wall and shot", "were marched into the forest and shot", "were bound and
#: shot"): that harm is an execution.
LED_AWAY_VERBS = BOUND_WORDS | frozenset({"lined", "rounded", "herded", "separated", "marched"})
#: Participles that lead away only when captives are led or armed men lead
#: them ("The 14 prisoners were taken to a quarry and shot", "were dragged
#: by soldiers into a field and shot"; not "Two employees were forced into a
#: back room and shot during the robbery", "were taken to a party and shot").
LED_BY_CAPTORS_VERBS = frozenset({"taken", "led", "forced", "made", "dragged", "tied", "stripped"})
#: Nouns of people held captive, a group whose harm an execution may be
#: ("Twelve prisoners were shot in the head at close range").
CAPTIVE_GROUP_WORDS = CAPTIVE_WORDS | {"detainee", "detainees"}
#: The armed men of a war who may carry out an execution, after "by" ("shot
#: at close range by militiamen", "were dragged by soldiers into a field"):
#: fighters and troops, not a crime's gunmen, attackers or robbers, nor the
#: police.
EXECUTIONER_WORDS = (
    (FIGHTER_WORDS | FORCE_WORDS | {"militia", "militias"})
    - PERPETRATOR_NOUNS
    - {"police", "policeman", "policemen"}
)
#: Places people are taken to that lead no one away to an execution: a
#: social place or one of care ("taken to a party", "led to a nightclub",
#: "taken to hospital"); a home only as someone's ("taken to a friend's house").
NOT_LED_PLACES = CARE_PLACE_WORDS | frozenset(
    """
    party parties club clubs nightclub nightclubs bar bars pub pubs restaurant
    restaurants wedding weddings concert concerts cafe
    """.split()
)
#: Nouns of a home, which leads no one away when it is someone's ("taken to
#: a friend's house", "led to the home of a relative").
DWELLING_NOUNS = frozenset({"house", "home", "apartment", "flat"})
#: The last words of a manner of execution after such a harm, as pairs of
#: the word before and the last word: sure signs ("by a firing squad", "shot
#: in cold blood", "shot one by one"), and those of a shot at close range
#: ("at close range", "at point-blank range"), which a shooting the victim
#: lives through may tell too; the head is read apart (see ``executions``).
EXECUTION_MANNERS = frozenset(
    {("firing", "squad"), ("firing", "squads"), ("cold", "blood"), ("by", "one")}
)
CLOSE_RANGE_MANNERS = frozenset({("close", "range"), ("point-blank", "range"), ("blank", "range")})
#: Single words of a sure manner of execution ("shot execution-style",
#: "summarily shot"; a compound read across its hyphen).
EXECUTION_MANNER_WORDS = frozenset({"execution-style", "summarily"})
#: Single words of a shot at close range ("shot point-blank").
CLOSE_RANGE_WORDS = frozenset({"point-blank"})
#: Words that tell a burial or a grave after a harm of untold outcome ("were
#: shot and buried", "dumped in a shallow grave"): "buried" as the group's
#: own participle, "grave" as a noun (see ``executions``); the nouns of the
#: dead's remains (``BODY_NOUNS``) are read apart, as nouns only ("the
#: remains", not "the gunman remains at large").
BURIAL_WORDS = frozenset({"buried", "grave", "graves"})
#: Words before "grave" that make it a noun ("a shallow grave", "the grave",
#: "mass graves"; not "express grave concern", "digging graves").
GRAVE_OPENERS = POSSESSIVES | frozenset(
    """
    a an the same mass shallow common unmarked makeshift open single communal
    separate
    """.split()
)
#: The finite forms of "survive": a whole group came through ("All twelve
#: survived"), or, after "neither" or "none of the N", no one did.
SURVIVED_VERBS = frozenset({"survived", "survive", "survives"})
#: Words that tell some of those harmed alive after the harm ("were shot in
#: the head and taken to hospital", "Both are expected to recover"): no
#: execution.  A state of health is read with its noun apart
#: (``CONDITION_STATES``: "in critical condition"; not "a critical blow", "a
#: serious violation").
LIVING_WORDS = (
    TREATED_VERBS
    | SURVIVED_VERBS
    | frozenset(
        """
        surviving alive hospital hospitals treatment recovering recover recovers
        recovered wounded injured injuries wounds life-threatening rushed airlifted
        """.split()
    )
)
#: The states of health before "condition" ("in critical condition", "in
#: serious but stable condition").
CONDITION_STATES = frozenset(CONDITION_GRADES) | {"good", "poor"}
CONDITION_NOUNS = frozenset({"condition", "conditions"})
#: Weapons that rarely kill, whose shots are no execution: single words
#: ("hit by pellets", "a taser"), and kinds of shot read only before a
#: noun of a shot or a gun (``LESS_LETHAL_SHOTS``: "with rubber bullets",
#: "with a BB gun", "by stray bullets"; not "plastic sheeting", "stray dogs",
#: "a nail factory").
LESS_LETHAL_WORDS = frozenset(
    "pellet pellets canister canisters beanbag beanbags taser tasers".split()
)
LESS_LETHAL_KINDS = frozenset(
    "rubber plastic pellet beanbag bb airsoft paintball stun nail stray sponge".split()
)
LESS_LETHAL_SHOTS = frozenset(
    """
    bullet bullets round rounds gun guns pistol pistols rifle rifles shotgun
    shotguns slug slugs
    """.split()
)
#: Verbs of snatching: people snatched are kidnapped ("Gunmen snatched 20
#: students"), unless snatched from a peril (see ``PERILS``).
SNATCH_VERBS = frozenset({"snatch", "snatches", "snatched", "snatching"})
#: Perils people are snatched or pulled from by their rescuers ("snatched 12
#: people from the floodwaters", "from the rubble", "from rooftops").
PERILS = frozenset(
    """
    water waters floodwater floodwaters flood floods sea seas river rivers
    waves surf rubble debris wreckage ruins flames fire fires blaze rooftops
    roofs ice mud jaws
    """.split()
)
#: The verbs whose object is wounded when a part of the body one lives with
#: follows it ("shot a woman in the leg", "striking one officer in the arm"):
#: those harms in their other forms, and "slashed".
WOUNDING_VERBS = UNTOLD_OUTCOME_HARMS | frozenset(
    "shooting shoots striking strikes hitting hits stabbing slashed".split()
)

#: Words that make a sentence a report of losses ("the total combat losses
#: of the enemy ... were approximately: tanks — 6,712 (+10), ...").
LOSS_WORDS = frozenset({"losses", "lost"})
#: Words before "losses" that make them no war's ("Job losses total 4,000
#: workers", "crop losses").
NON_WAR_LOSSES = frozenset(
    {"job", "jobs", "crop", "crops", "revenue", "financial", "economic", "business"}
    | {"livestock", "trading", "investment", "market", "profit", "tax", "insured", "weight"}
)
#: A tracker's running list of things lost, and the verbs by which it
#: lists them ("The General Staff's running tally also lists 7,276 armored
#: combat vehicles", "The list ... includes 1,168 tanks"): what it lists
#: befell them as the story's last figure of things told.
TALLY_NOUNS = frozenset({"tally", "list", "count", "database", "tracker", "ledger"})
#: Those that name their keeper when nothing else does ("the tracker shows",
#: "the open-source database shows"): the source, as "according to the
#: tracker" names it.
TRACKER_NOUNS = frozenset({"database", "tracker", "ledger"})
TALLY_VERBS = frozenset(
    "lists listed includes included counts counted records recorded shows showed".split()
)
#: Words that make a list of groups with their numbers a list of losses,
#: the loss words and the verbs that destroy ("Ukrainian defenders have also
#: destroyed: tanks - 6,827 (+12), armored combat vehicles - 13,071 (+25)").
LOSS_LIST_WORDS = LOSS_WORDS | {"destroyed", "downed", "eliminated", "liquidated"}

#: Verbs whose subject is the side that suffered the loss ("Russia has lost
#: 1,120 soldiers", "Ukrainian forces lost four tanks").
LOSE_VERBS = frozenset({"lost", "lose", "loses", "losing"})
#: Every word that tells things lost, by verb or noun ("has lost 310 tanks",
#: "the loss of 2,981 Russian tanks", "tank losses"): a total of losses,
#: which a breakdown by outcome splits (see ``outcomes.split_by_outcome``).
LOSS_TELLING = LOSS_WORDS | LOSE_VERBS | {"loss"}

#: Words after a verb of a total that take it past its number ("rose above 11,000").
PAST_WORDS = frozenset({"above", "past", "beyond"})

#: Stems of death, of which one must stand in a storm narrative whose
#: fatality codes are read ("killed", "drowned", "fatalities").
DEATH_STEMS = ("killed", "dead", "died", "death", "fatal", "drown", "perish")

#: Verbs that show a reporting word before them is a plural noun, their
#: subject ("reports led", "estimates suggest", "claims were").
VERBS_AFTER_A_NOUN = frozenset(
    """
    led lead leads say said show showed shows suggest suggested suggests indicate
    indicated indicates were are have had put puts place places
    """.split()
)

#: Plural nouns of people at large, of no kind of their own: the base of
#: the sets of anyone below and of the later stages' (each adds the words
#: its own question takes for anyone).
PEOPLE_AT_LARGE = frozenset({"people", "persons", "individuals"})
#: The heads of a count that names no group of its own (a vague count of
#: anyone after a count by number tells them again).
ANYONE_HEADS = PEOPLE_AT_LARGE | {"others", "victims"}
#: Groups that name no one in particular, which may be anyone's (a rival
#: count of them sets no group against another's; "500 killings" counts
#: deaths, as "500 deaths" does).
ANYONE_GROUPS = (
    ANYONE_HEADS
    | {"bodies", "dead", "civilians", "deaths", "fatalities"}
    | {w for w in KILLING_NOUNS if w.endswith("s")}
)
#: The heads of counts that name no kind of person ("three deaths", "five
#: people"), singular and plural (written out: no set above may change them).
NO_KIND_HEADS = frozenset(
    """
    people persons person victims victim bodies body corpses corpse dead deaths death
    fatalities fatality casualties
    """.split()
) | {
    "death",
    "person",
    "fatality",
    "victim",
    "casualties",
    "body",
    "corpses",
    "corpse",
}
#: Words after "of" that make a vague count a share of people told before
#: ("many of them", "some of those"; "the" only before a state).
SHARE_OF_WORDS = frozenset({"them", "those", "whom", "these"})
#: The words that open a single person a list names ("a police officer",
#: "their civilian driver").
ONE_PERSON_OPENERS = frozenset({"a", "an", "the", "his", "her", "their", "its"})
#: Nouns of killing as an event, which a sentence telling the story's
#: incident happen may name ("The killings took place in Merawi on January
#: 29", "The massacre happened on Sunday").
HARM_EVENT_NOUNS = frozenset({"killings", "massacre", "massacres", "executions"})
#: The plain forms of "be" an inverted list or an "as were" turns on ("Among
#: the dead were ...", "..., as were three civilians").
PLAIN_BE = frozenset({"were", "was", "are", "is"})
#: Words of a day's phrase between a confirming verb and its "by" ("The toll
#: was given late on Sunday by ..."), besides weekdays and relative days.
DAY_PHRASE_WORDS = frozenset(
    {"on", "late", "early", "later", "earlier", "morning", "evening", "night"}
)
#: Adverbs of time between a source and its verb ("had earlier put the toll at 110").
SOURCE_VERB_ADVERBS = frozenset({"earlier", "also", "later", "previously", "initially", "already"})
#: The nouns of a total a relative clause may say who gave ("a toll of 492
#: dead ... that his ministry gave"; not "the dead", "a displacement camp").
GIVEN_TOTAL_NOUNS = frozenset({"toll", "tally", "figure", "figures", "count", "estimate", "total"})


#: Verbs of bodies found, after more of them ("Four more were found in the
#: bush"): the past forms of ``clauses.FOUND_VERBS`` that bring the dead to
#: light, with the words of a grave opened.
FOUND_VERBS = frozenset(
    w
    for w in _BODY_FINDING
    if w.endswith("ed") and w not in {"identified", "washed", "buried", "located"}
) | {"found", "pulled", "exhumed", "unearthed"}

#: Verbs a count or a tally states its number with ("an AP count found 60 dead").
COUNT_FINDS = frozenset({"found", "finds", "shows", "showed", "show"})
#: Verbs whose subject keeps a count ("the UN has verified 10,000 deaths").
COUNT_KEEPERS = frozenset(
    "verified documented recorded registered counted tallied logged listed compiled".split()
)
#: The same verbs in the present, which are also nouns ("lists of names",
#: "records show"): a keeper's verb only right before a count ("The
#: indictment lists 41 people killed", "The register counts 2,712 names").
COUNT_KEEPERS_NOW = frozenset(
    {"lists", "counts", "records", "registers", "documents", "tallies", "logs"}
)
#: Verbs by which a span of numbers ranges ("Estimates of the dead have
#: ranged from 1,000 to 3,000", "whose ages range from 17 to 59").
RANGE_VERBS = frozenset({"range", "ranges", "ranged", "ranging", "vary", "varies", "varied"})

#: Punctuation stripped from a word's edges before it is looked up.
WORD_EDGES = ",.;:\"'()"
#: Words of an event before the one told ("an earlier ambush", "the previous
#: attack", "a prior raid").
EARLIER_EVENT_WORDS = frozenset({"earlier", "previous", "prior"})
