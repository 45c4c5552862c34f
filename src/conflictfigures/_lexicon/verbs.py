"""
The trigger words and phrases, with the categories they give people and
equipment, and the nouns that count themselves.
"""

from __future__ import annotations

from conflictfigures._lexicon.clauses import DIRECTIONS, PERPETRATOR_NOUNS, WOUND_SITES
from conflictfigures._lexicon.flight import (
    ARRIVAL_VERBS,
    CROSSING_VERBS,
    FORCED_AWAY_VERBS,
    FROM_HOMES,
    LEAVE_VERBS,
    LEFT_COUNTRY,
    LEFT_COUNTRY_PAST,
    LEFT_HOMES,
    LEFT_HOMES_PAST,
    MOTION_VERBS,
    MOVE_VERBS,
    NIGHT_VERBS,
    SHELTER_NOUNS,
    SHELTER_VERBS,
)
from conflictfigures.models import Category

# Trigger kinds: "P" people only, "E" equipment only, "X" either (decided by
# the counted noun).  Passive/intransitive forms follow the group
# ("two soldiers were killed"); active forms precede it ("killing four
# insurgents").

#: Verbs that destroy only munitions in flight ("intercepted 35 drones";
#: "intercepted two boats" stopped them): active triggers of equipment, and
#: "intercepted" a passive one (see heads.flies_if_intercepted).
INTERCEPT_VERBS = frozenset({"intercept", "intercepts", "intercepted", "intercepting"})

#: Words after the counted group: word -> (people category, equipment category).
PASSIVE_TRIGGERS: dict[str, tuple[Category | None, Category | None]] = {
    "killed": (Category.KILLED, None),
    # military shorthand: "4 soldiers KIA, 7 WIA" (killed, wounded in action)
    "kia": (Category.KILLED, None),
    "wia": (Category.WOUNDED, None),
    "dead": (Category.KILLED, None),
    "died": (Category.KILLED, None),
    "die": (Category.KILLED, None),
    "dies": (Category.KILLED, None),
    "martyred": (Category.KILLED, None),
    "slain": (Category.KILLED, None),
    "executed": (Category.KILLED, None),
    "massacred": (Category.KILLED, None),
    "perished": (Category.KILLED, None),
    "drowned": (Category.KILLED, None),
    "succumbed": (Category.KILLED, None),
    "deceased": (Category.KILLED, None),  # "found four deceased individuals"
    "murdered": (Category.KILLED, None),
    "assassinated": (Category.KILLED, None),
    "liquidated": (Category.KILLED, None),  # "Six of the attackers were liquidated"
    "beheaded": (Category.KILLED, None),
    "decapitated": (Category.KILLED, None),
    "slaughtered": (Category.KILLED, None),
    "lynched": (Category.KILLED, None),
    "strangled": (Category.KILLED, None),
    "suffocated": (Category.KILLED, None),
    "asphyxiated": (Category.KILLED, None),
    "hanged": (Category.KILLED, None),
    "electrocuted": (Category.KILLED, None),
    "hospitalized": (Category.WOUNDED, None),
    "hospitalised": (Category.WOUNDED, None),
    "wounded": (Category.WOUNDED, None),
    # a stabbing victim lives unless told ("Two men were stabbed; one died")
    "stabbed": (Category.WOUNDED, None),
    "slashed": (Category.WOUNDED, None),  # "a second man was slashed across the face"
    "injured": (Category.WOUNDED, None),
    "hurt": (Category.WOUNDED, None),
    # those a collapse holds are missing until found ("Nine miners were trapped")
    "trapped": (Category.MISSING, None),
    "missing": (Category.MISSING, None),
    # after a form of "be" only ("five tanks have been lost"; see rules.read_passive)
    "lost": (Category.KILLED, Category.EQUIPMENT_DESTROYED),
    "disappeared": (Category.MISSING, None),
    "detained": (Category.DETAINED, None),
    # troops who surrendered are taken prisoner ("12 Ukrainian troops surrendered")
    "surrendered": (Category.DETAINED, None),
    "arrested": (Category.DETAINED, None),
    "abducted": (Category.DETAINED, None),
    "kidnapped": (Category.DETAINED, None),
    "apprehended": (Category.DETAINED, None),
    "jailed": (Category.DETAINED, None),
    "imprisoned": (Category.DETAINED, None),
    "captured": (Category.DETAINED, Category.EQUIPMENT_CAPTURED),
    "recaptured": (Category.DETAINED, None),
    "seized": (Category.DETAINED, Category.EQUIPMENT_CAPTURED),
    # weapons taken by police or troops ("12 rifles were recovered")
    "confiscated": (None, Category.EQUIPMENT_CAPTURED),
    "impounded": (None, Category.EQUIPMENT_CAPTURED),
    "recovered": (None, Category.EQUIPMENT_CAPTURED),
    "displaced": (Category.DISPLACED, None),
    "relocated": (Category.DISPLACED, None),
    "uprooted": (Category.DISPLACED, None),
    "fled": (Category.DISPLACED, None),
    # a headline's present: "Thousands flee as floods hit Sulawesi"
    "flee": (Category.DISPLACED, None),
    "flees": (Category.DISPLACED, None),
    # "Some 6.59 million Venezuelans are hosted in 17 countries"
    "hosted": (Category.REFUGEES, None),
    "evacuated": (Category.DISPLACED, None),
    "homeless": (Category.DISPLACED, None),
    "disabled": (None, Category.EQUIPMENT_DAMAGED),
    "destroyed": (None, Category.EQUIPMENT_DESTROYED),
    "downed": (None, Category.EQUIPMENT_DESTROYED),
    "damaged": (None, Category.EQUIPMENT_DAMAGED),
    "abandoned": (None, Category.EQUIPMENT_ABANDONED),
    "torched": (None, Category.EQUIPMENT_DESTROYED),
    # equipment only: "five trucks were burned" (people are "burned to death")
    "burned": (None, Category.EQUIPMENT_DESTROYED),
    "burnt": (None, Category.EQUIPMENT_DESTROYED),
    "commandeered": (None, Category.EQUIPMENT_CAPTURED),
    "hijacked": (None, Category.EQUIPMENT_CAPTURED),
    "sunk": (None, Category.EQUIPMENT_DESTROYED),
    # of munitions in flight only (see INTERCEPTED_NOUNS): "35 drones were intercepted"
    "intercepted": (None, Category.EQUIPMENT_DESTROYED),
    "wrecked": (None, Category.EQUIPMENT_DESTROYED),
}

#: The words that tell a harm to people (the killing and wounding triggers,
#: and "death"): "after" right behind one tells the harm's cause ("were burned
#: to death after the militants set a dormitory on fire"), no other event.
HARM_WORDS = frozenset(
    {"death"}
    | {
        word
        for word, (people, _) in PASSIVE_TRIGGERS.items()
        if people in (Category.KILLED, Category.WOUNDED) and word != "lost"
    }
)

#: The states of the hurt in "in critical condition".
_CONDITIONS = ("critical", "serious", "stable", "grave", "fair", "satisfactory")

#: Verbs that bring the injured to care, with their preposition ("taken to").
_CARE_VERBS = (
    *(
        (verb, "to")
        for verb in "taken rushed transported airlifted flown brought evacuated transferred admitted".split()
    ),
    ("admitted", "into"),
    ("treated", "at"),
    ("treated", "in"),
    ("recovering", "in"),
    ("recovering", "at"),
)
#: What may stand before the place of care ("a local", "the nearest").
_CARE_DETERMINERS = (
    (),
    ("the",),
    ("a",),
    ("local",),
    ("a", "local"),
    ("the", "local"),
    ("nearby",),
    ("a", "nearby"),
    ("the", "nearest"),
    ("area",),
    ("an", "area"),
    ("several",),
    ("various",),
    ("different",),
)
#: Places of care.
_CARE_PLACES = (
    ("hospital",),
    ("hospitals",),
    ("clinic",),
    ("clinics",),
)
#: "taken to a local hospital", "treated at area hospitals": each way of
#: writing it, as a phrase.
_CARE = [(v, d, p) for v in _CARE_VERBS for d in _CARE_DETERMINERS for p in _CARE_PLACES]
#: The words that may stand between "in" and a place of care ("in a nearby hospital").
CARE_DETERMINER_WORDS = frozenset(w for words in _CARE_DETERMINERS for w in words)

#: A verb of care with its preposition, for places the phrases above do not
#: spell ("taken to Mercy Hospital", "flown to a trauma center for treatment").
CARE_VERBS = frozenset(_CARE_VERBS)
#: How the injured are taken to care, after "by" ("taken by ambulance to").
CARE_MEANS = frozenset({"ambulance", "ambulances", "helicopter", "helicopters", "air", "road"})
#: Single words that name a place of care, wherever they stand in its name.
CARE_PLACE_WORDS = frozenset({p[0] for p in _CARE_PLACES} | {"infirmary"})
#: Two words that name one ("medical center", "trauma unit", "emergency room").
CARE_PLACE_PAIRS = frozenset(
    (first, second)
    for first, seconds in (
        ("medical", "center centre centers centres facility facilities college"),
        ("health", "center centre centers centres facility facilities system systems"),
        ("trauma", "center centre unit"),
        ("burn", "center centre unit"),
        ("burns", "unit centre"),
        ("emergency", "room rooms department"),
        ("intensive", "care"),
    )
    for second in seconds.split()
)
#: Words after "for" that say the trip was for care ("for treatment", "for
#: his injuries"), a possessive allowed between.
CARE_REASONS = frozenset({"treatment", "injuries", "wounds", "medical"})

#: Verbs that kill with "to death" before their object, in every form.
_TO_DEATH_VERBS = """
    burned burning burnt stabbed stabbing hacked hacking beat beating beaten
    bludgeoned bludgeoning stoned stoning clubbed clubbing shot shooting
    """.split()

#: A refugee's standing in the country that took them in.
_PROTECTION = (
    ("temporary", "protection"),
    ("international", "protection"),
    ("refugee", "status"),
    ("protection", "status"),
    ("asylum",),
)

#: Verbs of a record before "as refugees" ("registered as refugees").
_AS_REFUGEES = "registered recorded listed counted classified recognised recognized".split()

#: Those besides the attackers whom people are "taken by" when abducted.
TAKER_NOUNS = frozenset(
    """
    militants insurgents fighters rebels jihadists terrorists militiamen
    militia militias gangs gang kidnappers abductors raiders soldiers troops
    """.split()
)

#: A trigger phrase: its words, and the categories it gives people and equipment.
Phrase = tuple[tuple[str, ...], Category | None, Category | None]

#: Multi-word passive triggers (after an optional auxiliary), longest first.
PASSIVE_PHRASES: tuple[Phrase, ...] = (
    (("taken", "into", "custody"), Category.DETAINED, None),
    # equipment set on fire ("A police van was set alight"; people are
    # "set on fire" and live or die as told after)
    (("set", "alight"), None, Category.EQUIPMENT_DESTROYED),
    (("set", "ablaze"), None, Category.EQUIPMENT_DESTROYED),
    (("set", "on", "fire"), None, Category.EQUIPMENT_DESTROYED),
    # a police word for the dead ("were pronounced deceased at the scene"; not
    # "his deceased body", a noun's adjective)
    (("pronounced", "deceased"), Category.KILLED, None),
    (("declared", "deceased"), Category.KILLED, None),
    (("in", "custody"), Category.DETAINED, None),
    (("behind", "bars"), Category.DETAINED, None),
    (("in", "detention"), Category.DETAINED, None),
    (("in", "prison"), Category.DETAINED, None),
    (("in", "jail"), Category.DETAINED, None),
    (("held", "in", "custody"), Category.DETAINED, None),
    (("taken", "prisoner"), Category.DETAINED, None),
    (("taken", "hostage"), Category.DETAINED, None),
    (("taken", "captive"), Category.DETAINED, None),
    (("held", "hostage"), Category.DETAINED, None),
    (("held", "captive"), Category.DETAINED, None),
    # "585 Afghan servicemen are being held in Uzbekistan" (not "Funerals for
    # the 12 victims were held in the village": an event held)
    (("being", "held"), Category.DETAINED, None),
    (("rounded", "up"), Category.DETAINED, None),  # "Among those rounded up were ..."
    (("forced", "to", "flee"), Category.DISPLACED, None),
    (("passed", "away"), Category.KILLED, None),  # "The driver passed away in hospital"
    (("brought", "in", "dead"), Category.KILLED, None),  # "were brought in dead"
    (("brought", "dead"), Category.KILLED, None),
    # "Eight villagers were taken away by the gunmen": abducted
    (("taken", "away"), Category.DETAINED, None),
    (("carted", "off"), Category.DETAINED, None),  # "were carted off by the gunmen"
    (("carted", "away"), Category.DETAINED, None),
    # "more than 60 people had been picked up for questioning": detained
    (("picked", "up", "for", "questioning"), Category.DETAINED, None),
    # "About 100,000 people ... lost their homes": displaced
    *(
        (("lost", owner, home), Category.DISPLACED, None)
        for owner in ("their", "his", "her")
        for home in ("home", "homes", "house", "houses")
    ),
    # "Fourteen people were taken by the attackers": abducted by them
    *(
        (("taken", "by", *the, taker), Category.DETAINED, None)
        for the in ((), ("the",))
        for taker in sorted(PERPETRATOR_NOUNS | TAKER_NOUNS)
    ),
    # "Two community leaders were taken from their homes": abducted
    *(
        (("taken", "from", owner, home), Category.DETAINED, None)
        for owner in ("their", "his", "her")
        for home in ("home", "homes", "house", "houses", "village", "beds")
    ),
    (("burned", "alive"), Category.KILLED, None),
    (("burnt", "alive"), Category.KILLED, None),
    (("buried", "alive"), Category.KILLED, None),  # "were buried alive in a landslide"
    (("among", "the", "dead"), Category.KILLED, None),
    (("among", "the", "killed"), Category.KILLED, None),
    (("among", "those", "killed"), Category.KILLED, None),
    (("among", "the", "victims"), Category.KILLED, None),
    (("among", "the", "injured"), Category.WOUNDED, None),
    (("among", "the", "wounded"), Category.WOUNDED, None),
    (("among", "those", "injured"), Category.WOUNDED, None),
    (("among", "those", "wounded"), Category.WOUNDED, None),
    (("among", "the", "missing"), Category.MISSING, None),
    (("among", "those", "arrested"), Category.DETAINED, None),
    (("among", "those", "detained"), Category.DETAINED, None),
    (("sought", "refuge"), Category.DISPLACED, None),
    (("sought", "asylum"), Category.REFUGEES, None),
    (("seeking", "asylum"), Category.REFUGEES, None),
    (("applied", "for", "asylum"), Category.REFUGEES, None),
    (("claimed", "asylum"), Category.REFUGEES, None),
    (("requested", "asylum"), Category.REFUGEES, None),
    (("requesting", "asylum"), Category.REFUGEES, None),
    (("applying", "for", "asylum"), Category.REFUGEES, None),
    (("filed", "for", "asylum"), Category.REFUGEES, None),
    # a refugee's standing in the host country: "about 956,000 people holding
    # temporary protection status", "1.1 million Ukrainians have registered
    # for temporary protection", "were granted asylum"
    *(
        ((*verb, *standing), Category.REFUGEES, None)
        for verb in (
            ("holding",),
            ("hold",),
            ("granted",),
            ("given",),
            ("received",),
            ("registered", "for"),
            ("applied", "for"),
            ("under",),
            ("with",),
        )
        for standing in _PROTECTION
        if (verb, standing)
        not in (
            (("applied", "for"), ("asylum",)),
            (("with",), ("asylum",)),
            (("under",), ("asylum",)),
        )
    ),
    (("sought", "shelter"), Category.DISPLACED, None),
    (("seeking", "refuge"), Category.DISPLACED, None),
    (("taking", "refuge"), Category.DISPLACED, None),
    (("taken", "refuge"), Category.DISPLACED, None),
    (("took", "refuge"), Category.DISPLACED, None),
    (("found", "refuge"), Category.DISPLACED, None),
    # the military's words for its soldiers' deaths ("two soldiers embraced martyrdom")
    *(
        (("embraced", word), Category.KILLED, None)
        for word in ("martyrdom", "shahadat", "shahadah")
    ),
    # "2 soldiers paid the supreme price", "made the supreme sacrifice",
    # "laid down their lives"
    *(
        ((verb, "the", "supreme", noun), Category.KILLED, None)
        for verb in ("paid", "made")
        for noun in ("price", "sacrifice")
    ),
    # "laid down their lives", "sacrificed their lives", "gave his life"
    *(
        ((*verb, whose, life), Category.KILLED, None)
        for verb in (("laid", "down"), ("sacrificed",), ("gave",))
        for whose, life in (("their", "lives"), ("his", "life"), ("her", "life"))
    ),
    (("crossed", "into"), Category.DISPLACED, None),
    # "have crossed from Lebanon into Syria": refugees by the country after it
    (("crossed", "from"), Category.DISPLACED, None),
    (("crossed", "the", "border"), Category.REFUGEES, None),
    (("crossed", "the", "borders"), Category.REFUGEES, None),
    # "14,500 people have crossed its southern border": the host's border
    *(
        (("crossed", owner, *side, border), Category.REFUGEES, None)
        for owner in ("its", "their", "the")
        for side in ((), *((d,) for d in sorted(DIRECTIONS) if d.endswith("ern")))
        for border in ("border", "borders")
        if (owner, side) != ("the", ())
    ),
    (("sheltering", "in"), Category.DISPLACED, None),
    *(((verb, "as", "refugees"), Category.REFUGEES, None) for verb in _AS_REFUGEES),
    # arrivals abroad: "as refugees" here, in a country by triggers._arrival_phrase
    *(((verb, "as", "refugees"), Category.REFUGEES, None) for verb in ARRIVAL_VERBS),
    *(((verb, "as", "refugees"), Category.REFUGEES, None) for verb in CROSSING_VERBS),
    # abroad by a country after them (see flight.departure_phrase)
    *(((verb, "as", "refugees"), Category.REFUGEES, None) for verb in MOTION_VERBS),
    *(((verb, "as", "refugees"), Category.REFUGEES, None) for verb in LEAVE_VERBS),
    *(
        ((verb, "in", noun), Category.DISPLACED, None)
        for verb in sorted(SHELTER_VERBS)
        for noun in sorted(SHELTER_NOUNS)
    ),
    *(
        ((verb, prep, noun), Category.DISPLACED, None)
        for verb in sorted(MOVE_VERBS)
        for prep in ("to", "into")
        for noun in sorted(SHELTER_NOUNS)
    ),
    (("in", "shelters"), Category.DISPLACED, None),
    # a night in shelter (others by triggers._shelter_phrase: "spent Wednesday
    # night at the shelter")
    *(
        ((verb, "the", "night", "in", "shelters"), Category.DISPLACED, None)
        for verb in sorted(NIGHT_VERBS)
    ),
    (("in", "camps"), Category.DISPLACED, None),
    *(
        ((verb, *care, "treatment"), Category.WOUNDED, None)
        for verb in ("receiving", "undergoing")
        for care in ((), ("medical",))
    ),
    (("treated", "and", "released"), Category.WOUNDED, None),
    (("treated", "and", "then", "released"), Category.WOUNDED, None),
    (("did", "not", "survive"), Category.KILLED, None),
    (("didn't", "survive"), Category.KILLED, None),
    (("failed", "to", "survive"), Category.KILLED, None),
    (("struck", "by", "lightning"), Category.WOUNDED, None),
    (("struck", "by"), Category.WOUNDED, None),  # "struck by a falling tree"
    (("hit", "by"), Category.WOUNDED, None),  # "hit by flying debris", "by a stray bullet"
    *(
        ((verb, *words), Category.DISPLACED, None)
        for verb in sorted(FORCED_AWAY_VERBS)
        for words in FROM_HOMES
    ),
    *((("forced", "to", *words), Category.DISPLACED, None) for words in LEFT_HOMES),
    *((words, Category.DISPLACED, None) for words in LEFT_HOMES_PAST),
    *((words, Category.REFUGEES, None) for words in LEFT_COUNTRY_PAST),
    *((("forced", "to", *words), Category.REFUGEES, None) for words in LEFT_COUNTRY),
    (("living", "in", "displacement", "camps"), Category.DISPLACED, None),
    (("in", "displacement", "camps"), Category.DISPLACED, None),
    (("in", "displacement", "sites"), Category.DISPLACED, None),
    (("in", "evacuation", "centres"), Category.DISPLACED, None),
    (("in", "evacuation", "centers"), Category.DISPLACED, None),
    (("in", "relief", "camps"), Category.DISPLACED, None),
    (("living", "in", "refugee", "camps"), Category.REFUGEES, None),
    # "about 6 million Syrians remain refugees abroad": a stock of refugees
    (("remain", "refugees"), Category.REFUGEES, None),
    (("remained", "refugees"), Category.REFUGEES, None),
    (("live", "as", "refugees"), Category.REFUGEES, None),
    (("living", "as", "refugees"), Category.REFUGEES, None),
    (("lost", "their", "lives"), Category.KILLED, None),
    # "six of our soldiers fell with honour", "fell in combat", as military
    # communiques tell their dead ("fell" alone is no death: "fell from a roof")
    *(
        (("fell", *words), Category.KILLED, None)
        for words in (
            ("in", "combat"),
            ("in", "battle"),
            ("in", "action"),
            ("on", "the", "battlefield"),
            ("with", "honour"),
            ("with", "honor"),
            ("as", "martyrs"),
            ("as", "a", "martyr"),
        )
    ),
    (("their", "heads", "cut", "off"), Category.KILLED, None),
    (("their", "throats", "slit"), Category.KILLED, None),
    (("their", "throats", "cut"), Category.KILLED, None),
    (("shot", "dead"), Category.KILLED, None),
    (("shoot", "dead"), Category.KILLED, None),
    (("gunned", "down"), Category.KILLED, None),
    (("cut", "down"), Category.KILLED, None),
    (("lost", "his", "life"), Category.KILLED, None),
    (("lost", "her", "life"), Category.KILLED, None),
    (("lost", "their", "life"), Category.KILLED, None),
    (("lost", "the", "life"), Category.KILLED, None),  # as translations write it
    (("shot", "down"), None, Category.EQUIPMENT_DESTROYED),
    (("knocked", "out"), None, Category.EQUIPMENT_DESTROYED),  # "three tanks were knocked out"
    (("brought", "down"), None, Category.EQUIPMENT_DESTROYED),  # "two drones were brought down"
    (("set", "ablaze"), None, Category.EQUIPMENT_DESTROYED),
    (("set", "on", "fire"), None, Category.EQUIPMENT_DESTROYED),
    (("blown", "up"), None, Category.EQUIPMENT_DESTROYED),
    # "the strike wiped out two air defence systems", "a family was wiped out"
    (("wiped", "out"), Category.KILLED, Category.EQUIPMENT_DESTROYED),
    *(((burnt, "out"), None, Category.EQUIPMENT_DESTROYED) for burnt in ("burnt", "burned")),
    (("made", "homeless"), Category.DISPLACED, None),
    # "20,000 people had been left without shelter"
    (("without", "shelter"), Category.DISPLACED, None),
    (("without", "homes"), Category.DISPLACED, None),
    (("unaccounted", "for"), Category.MISSING, None),
    # the military's word for militants killed ("eight khwarij were sent to hell")
    (("sent", "to", "hell"), Category.KILLED, None),
    # the fallen at sea are missing ("four people had fallen overboard")
    (("fallen", "overboard"), Category.MISSING, None),
    (("fell", "overboard"), Category.MISSING, None),
    (("washed", "overboard"), Category.MISSING, None),
    # those in care are the hurt ("38 people were still being treated"; not
    # "had been treated well"; "treated for" an injury: verbs.read_injury)
    (("being", "treated"), Category.WOUNDED, None),
    # care told without a place or an injury: "19 are still under treatment",
    # "13 were treated on site and discharged", "seven were given outpatient
    # treatment", "five were in intensive care" (not "under observation" nor
    # "on admission": suspects and pupils are)
    (("under", "treatment"), Category.WOUNDED, None),
    *(
        (("treated", "on", *place), Category.WOUNDED, None)
        for place in (("site",), ("the", "spot"))
    ),
    *((("treated", "and", left), Category.WOUNDED, None) for left in ("released", "discharged")),
    *(
        ((left, "from", *the, "hospital"), Category.WOUNDED, None)
        for left in ("discharged", "released")
        for the in ((), ("the",))
    ),
    *(
        ((verb, *care), Category.WOUNDED, None)
        for verb in ("given", "received", "receiving")
        for care in (("outpatient", "treatment"),)
    ),
    *(
        (("in", *the, "intensive", "care", *unit), Category.WOUNDED, None)
        for the, unit in (((), ()), (("the",), ("unit",)), (("an",), ("unit",)))
    ),
    (("in", "hospitals"), Category.WOUNDED, None),
    (("yet", "to", "be", "found"), Category.MISSING, None),  # "Eleven people are yet to be found"
    (("yet", "to", "be", "located"), Category.MISSING, None),
    (("still", "buried"), Category.MISSING, None),  # "believed to be still buried under rubble"
    (("went", "missing"), Category.MISSING, None),
    (("listed", "as", "missing"), Category.MISSING, None),  # "are still listed as missing"
    (("gone", "missing"), Category.MISSING, None),
    # the state of the hurt: "two remain in critical condition", "all three
    # are expected to survive"
    *(
        ((*listed, "in", *a, state, "condition"), Category.WOUNDED, None)
        for listed in ((), ("listed",))
        for a in ((), ("a",))
        for state in _CONDITIONS
    ),
    # "two were in a serious but stable condition"
    *(
        (("in", *a, "serious", "but", "stable", "condition"), Category.WOUNDED, None)
        for a in ((), ("a",))
    ),
    (("expected", "to", "survive"), Category.WOUNDED, None),
    # "a girl is fighting for her life in hospital"
    *(
        (("fighting", "for", whose, life), Category.WOUNDED, None)
        for whose in ("his", "her", "their")
        for life in ("life", "lives")
    ),
    # "two others are in hospital", "remain in the hospital"
    (("in", "hospital"), Category.WOUNDED, None),
    (("in", "the", "hospital"), Category.WOUNDED, None),
    (("treated", "at", "the", "scene"), Category.WOUNDED, None),
    (("treated", "on", "the", "scene"), Category.WOUNDED, None),
    *((verb + words + place, Category.WOUNDED, None) for verb, words, place in _CARE),
    # "was shot in the leg", "cut on the forearm": a wound someone lives with
    # (a death after it decides: "shot in the chest and died")
    *(
        ((verb, preposition, owner, site), Category.WOUNDED, None)
        for verb in ("shot", "stabbed", "cut", "slashed", "hit", "struck", "burned", "grazed")
        for preposition in ("in", "on")
        for owner in ("the", "his", "her", "their")
        for site in sorted(WOUND_SITES)
    ),
    (("cut", "by"), Category.WOUNDED, None),  # "cut by flying glass"
    (("grazed", "by"), Category.WOUNDED, None),  # "grazed by a bullet"
    # struck by gunfire, the outcome told of some only ("Five people were
    # shot, two of them fatally"): all those hit, the dead among them
    # (UNTOLD_OUTCOME_HARMS); read only before that part (triggers._bare_harm)
    (("shot",), Category.WOUNDED, None),
)

#: Words before the counted group (active voice): word -> categories.
ACTIVE_TRIGGERS: dict[str, tuple[Category | None, Category | None]] = {
    # a collapse that holds people ("The collapse trapped 17 artisanal miners")
    "trapped": (Category.MISSING, None),
    "trapping": (Category.MISSING, None),
    "kill": (Category.KILLED, None),
    "kills": (Category.KILLED, None),
    "killed": (Category.KILLED, None),
    "killing": (Category.KILLED, None),
    "martyring": (Category.KILLED, None),
    "executed": (Category.KILLED, None),
    "executing": (Category.KILLED, None),
    "murdered": (Category.KILLED, None),
    "murdering": (Category.KILLED, None),
    "assassinated": (Category.KILLED, None),
    "murders": (Category.KILLED, None),
    "assassinating": (Category.KILLED, None),
    "liquidated": (Category.KILLED, None),  # "the troops liquidated six attackers"
    "executes": (Category.KILLED, None),
    "behead": (Category.KILLED, None),
    "beheads": (Category.KILLED, None),
    "beheaded": (Category.KILLED, None),
    "beheading": (Category.KILLED, None),
    "decapitated": (Category.KILLED, None),
    "decapitating": (Category.KILLED, None),
    "strangled": (Category.KILLED, None),
    "strangling": (Category.KILLED, None),
    "smothered": (Category.KILLED, None),
    "hanged": (Category.KILLED, None),
    "lynch": (Category.KILLED, None),
    "lynches": (Category.KILLED, None),
    "lynched": (Category.KILLED, None),
    "lynching": (Category.KILLED, None),
    "slaughtered": (Category.KILLED, None),
    "slaughtering": (Category.KILLED, None),
    "massacred": (Category.KILLED, None),
    "massacring": (Category.KILLED, None),
    "drowning": (Category.KILLED, None),
    "wound": (Category.WOUNDED, None),
    "wounds": (Category.WOUNDED, None),
    "stabbed": (Category.WOUNDED, None),  # "stabbed two people at a mall"
    "wounded": (Category.WOUNDED, None),
    "wounding": (Category.WOUNDED, None),
    "injure": (Category.WOUNDED, None),
    "injures": (Category.WOUNDED, None),
    "injured": (Category.WOUNDED, None),
    "injuring": (Category.WOUNDED, None),
    "detain": (Category.DETAINED, None),
    "detains": (Category.DETAINED, None),
    "detained": (Category.DETAINED, None),
    "detaining": (Category.DETAINED, None),
    "arrest": (Category.DETAINED, None),
    "arrests": (Category.DETAINED, None),
    "arrested": (Category.DETAINED, None),
    "arresting": (Category.DETAINED, None),
    "abducted": (Category.DETAINED, None),
    "abducting": (Category.DETAINED, None),
    "kidnapped": (Category.DETAINED, None),
    "kidnapping": (Category.DETAINED, None),
    "apprehended": (Category.DETAINED, None),
    "apprehending": (Category.DETAINED, None),
    "jailed": (Category.DETAINED, None),
    "jailing": (Category.DETAINED, None),
    "imprisoned": (Category.DETAINED, None),
    "imprisoning": (Category.DETAINED, None),
    "capture": (Category.DETAINED, Category.EQUIPMENT_CAPTURED),
    "captures": (Category.DETAINED, Category.EQUIPMENT_CAPTURED),
    "captured": (Category.DETAINED, Category.EQUIPMENT_CAPTURED),
    "recaptured": (Category.DETAINED, None),
    "capturing": (Category.DETAINED, Category.EQUIPMENT_CAPTURED),
    "seize": (Category.DETAINED, Category.EQUIPMENT_CAPTURED),
    "seizes": (Category.DETAINED, Category.EQUIPMENT_CAPTURED),
    "seized": (Category.DETAINED, Category.EQUIPMENT_CAPTURED),
    "seizing": (Category.DETAINED, Category.EQUIPMENT_CAPTURED),
    "confiscated": (None, Category.EQUIPMENT_CAPTURED),
    "confiscating": (None, Category.EQUIPMENT_CAPTURED),
    "impounded": (None, Category.EQUIPMENT_CAPTURED),
    "recovered": (None, Category.EQUIPMENT_CAPTURED),
    "recovering": (None, Category.EQUIPMENT_CAPTURED),
    "displaced": (Category.DISPLACED, None),
    "displacing": (Category.DISPLACED, None),
    "uprooted": (Category.DISPLACED, None),
    "uprooting": (Category.DISPLACED, None),
    "displace": (Category.DISPLACED, None),
    "displaces": (Category.DISPLACED, None),  # a headline's present
    "uproots": (Category.DISPLACED, None),
    "evacuated": (Category.DISPLACED, None),
    "evacuating": (Category.DISPLACED, None),
    "disabled": (None, Category.EQUIPMENT_DAMAGED),
    "disabling": (None, Category.EQUIPMENT_DAMAGED),
    "destroy": (None, Category.EQUIPMENT_DESTROYED),
    "destroys": (None, Category.EQUIPMENT_DESTROYED),
    "destroyed": (None, Category.EQUIPMENT_DESTROYED),
    "destroying": (None, Category.EQUIPMENT_DESTROYED),
    "downed": (None, Category.EQUIPMENT_DESTROYED),
    "downing": (None, Category.EQUIPMENT_DESTROYED),
    **dict.fromkeys(sorted(INTERCEPT_VERBS), (None, Category.EQUIPMENT_DESTROYED)),
    "damaged": (None, Category.EQUIPMENT_DAMAGED),
    "damaging": (None, Category.EQUIPMENT_DAMAGED),
    # equipment only: "burned 12 trucks" (people are "burned alive", "to death")
    "burned": (None, Category.EQUIPMENT_DESTROYED),
    "burnt": (None, Category.EQUIPMENT_DESTROYED),
    "burning": (None, Category.EQUIPMENT_DESTROYED),
    "torched": (None, Category.EQUIPMENT_DESTROYED),
    "torching": (None, Category.EQUIPMENT_DESTROYED),
    "sank": (None, Category.EQUIPMENT_DESTROYED),
    "sinking": (None, Category.EQUIPMENT_DESTROYED),
    "wrecked": (None, Category.EQUIPMENT_DESTROYED),
    "abandoned": (None, Category.EQUIPMENT_ABANDONED),
    "abandoning": (None, Category.EQUIPMENT_ABANDONED),
    "commandeered": (None, Category.EQUIPMENT_CAPTURED),
    "commandeering": (None, Category.EQUIPMENT_CAPTURED),
    "hijacked": (None, Category.EQUIPMENT_CAPTURED),
    "hijacking": (None, Category.EQUIPMENT_CAPTURED),
    "lost": (Category.KILLED, Category.EQUIPMENT_DESTROYED),
    "lose": (Category.KILLED, Category.EQUIPMENT_DESTROYED),
    "loses": (Category.KILLED, Category.EQUIPMENT_DESTROYED),
    "losing": (Category.KILLED, Category.EQUIPMENT_DESTROYED),
    "hosts": (Category.REFUGEES, None),
    "host": (Category.REFUGEES, None),
    "hosting": (Category.REFUGEES, None),
    "hosted": (Category.REFUGEES, None),
    "sheltering": (Category.REFUGEES, None),
    "shelters": (Category.REFUGEES, None),
    "shelter": (Category.DISPLACED, None),  # "sites now shelter 180,000 people"
    # those cared for are the hurt ("its crews treated 14 people")
    "treated": (Category.WOUNDED, None),
}


def _present_tense(
    bases: dict[str, tuple[Category | None, Category | None]],
) -> dict[str, tuple[Category | None, Category | None]]:
    """
    The present tense of verbs whose past and participle the tables give, as
    headlines and incident lists write it ("Gunmen abduct 20 students", "Man
    stabs four at a mall"): each base form and its third person.
    """
    forms: dict[str, tuple[Category | None, Category | None]] = {}
    for base, categories in bases.items():
        third = base + ("es" if base.endswith(("s", "sh", "ch", "x", "z", "o")) else "s")
        forms[base] = forms[third] = categories
    return forms


# a headline's "Man stabs four" (the bare "stab" is left out: its stem would
# pass every "stable" and "establish" through the anchor screen)
ACTIVE_TRIGGERS.setdefault("stabs", (Category.WOUNDED, None))


for _form, _categories in _present_tense(
    {
        "abduct": (Category.DETAINED, None),
        "kidnap": (Category.DETAINED, None),
        "apprehend": (Category.DETAINED, None),
        "imprison": (Category.DETAINED, None),
        "recapture": (Category.DETAINED, None),
        "assassinate": (Category.KILLED, None),
        "liquidate": (Category.KILLED, None),
        "strangle": (Category.KILLED, None),
        "execute": (Category.KILLED, None),
        "evacuate": (Category.DISPLACED, None),
        "torch": (None, Category.EQUIPMENT_DESTROYED),
        "hijack": (None, Category.EQUIPMENT_CAPTURED),
        "commandeer": (None, Category.EQUIPMENT_CAPTURED),
        "confiscate": (None, Category.EQUIPMENT_CAPTURED),
        "impound": (None, Category.EQUIPMENT_CAPTURED),
        "disable": (None, Category.EQUIPMENT_DAMAGED),
        "abandon": (None, Category.EQUIPMENT_ABANDONED),
    }
).items():
    ACTIVE_TRIGGERS.setdefault(_form, _categories)

#: Multi-word active triggers ("shot down two drones").
ACTIVE_PHRASES: tuple[Phrase, ...] = (
    # people burned and told how badly live ("killing 31 people and badly
    # burning 58 others"); a bare "burned" is equipment's
    *(
        ((how, verb), Category.WOUNDED, None)
        for how in ("badly", "severely", "seriously", "critically")
        for verb in ("burned", "burning", "burnt")
    ),
    (("shot", "down"), None, Category.EQUIPMENT_DESTROYED),
    (("shooting", "down"), None, Category.EQUIPMENT_DESTROYED),
    *(((verb, "down"), None, Category.EQUIPMENT_DESTROYED) for verb in ("brought", "bringing")),
    (("blew", "up"), None, Category.EQUIPMENT_DESTROYED),
    # "had knocked out 450 armoured vehicles" (equipment only: a boxer is knocked out)
    *(((verb, "out"), None, Category.EQUIPMENT_DESTROYED) for verb in ("knocked", "knocking")),
    (("sent", "to", "hell"), Category.KILLED, None),  # "sent to hell five of the attackers"
    # "the strike wiped out two air defence systems", "wiping out a family of five"
    *(
        ((verb, "out"), Category.KILLED, Category.EQUIPMENT_DESTROYED)
        for verb in ("wiped", "wiping")
    ),
    (("blowing", "up"), None, Category.EQUIPMENT_DESTROYED),
    (("set", "fire", "to"), None, Category.EQUIPMENT_DESTROYED),
    (("setting", "fire", "to"), None, Category.EQUIPMENT_DESTROYED),
    # "set ablaze two trucks" (and after its object: clauses.RESULT_WORDS)
    *(((verb, "ablaze"), None, Category.EQUIPMENT_DESTROYED) for verb in ("set", "setting")),
    (("shot", "dead"), Category.KILLED, None),
    (("shooting", "dead"), Category.KILLED, None),
    (("took", "away"), Category.DETAINED, None),  # "gunmen took away five farmers"
    # "The attackers also carted off 13 women and children": abducted; "carted
    # away three gun trucks": seized ("drove off with" is left out: "drove
    # off with 40 children to safety"; and "made off with": "made" is too
    # common a word for the screen of anchor words)
    *(
        ((carted, away), Category.DETAINED, Category.EQUIPMENT_CAPTURED)
        for carted in ("carted", "carting")
        for away in ("off", "away")
    ),
    # rescuers "searching for 30 others": missing (never the suspects sought)
    (("searching", "for"), Category.MISSING, None),
    (("fatally", "shot"), Category.KILLED, None),
    (("fatally", "shooting"), Category.KILLED, None),
    (("fatally", "stabbed"), Category.KILLED, None),
    (("fatally", "stabbing"), Category.KILLED, None),
    (("fatally", "wounded"), Category.KILLED, None),
    (("fatally", "wounding"), Category.KILLED, None),
    (("mortally", "wounded"), Category.KILLED, None),
    (("mortally", "wounding"), Category.KILLED, None),
    (("shoot", "dead"), Category.KILLED, None),
    (("shoots", "dead"), Category.KILLED, None),
    (("gunned", "down"), Category.KILLED, None),
    (("gunning", "down"), Category.KILLED, None),
    (("burned", "alive"), Category.KILLED, None),
    (("burnt", "alive"), Category.KILLED, None),
    (("burning", "alive"), Category.KILLED, None),
    # "hacking to death 14 civilians", "beat to death two men"
    *(((verb, "to", "death"), Category.KILLED, None) for verb in _TO_DEATH_VERBS),
    (("took", "prisoner"), Category.DETAINED, None),
    (("rounded", "up"), Category.DETAINED, None),
    (("rounding", "up"), Category.DETAINED, None),
    (("lightning", "struck"), Category.WOUNDED, None),
    (("claimed", "the", "lives", "of"), Category.KILLED, None),
    (("claiming", "the", "lives", "of"), Category.KILLED, None),
    (("took", "the", "lives", "of"), Category.KILLED, None),
    (("taking", "the", "lives", "of"), Category.KILLED, None),
    (
        ("cost", "the", "lives", "of"),
        Category.KILLED,
        None,
    ),  # "had cost the lives of 192 servicemen"
    (("costing", "the", "lives", "of"), Category.KILLED, None),
    (("the", "deaths", "of"), Category.KILLED, None),
    (("the", "bodies", "of"), Category.KILLED, None),
    (("the", "body", "of"), Category.KILLED, None),
    (("bodies", "of"), Category.KILLED, None),  # "Bodies of 12 men were found"
    (("corpses", "of"), Category.KILLED, None),
    (("remains", "of"), Category.KILLED, None),  # "a mass grave with the remains of 23 people"
    (("the", "beheading", "of"), Category.KILLED, None),
    # the dead laid to rest ("the funeral of a soldier"; "buried" is not
    # enough: an avalanche buries the living)
    (("funerals", "of"), Category.KILLED, None),
    (("funeral", "of"), Category.KILLED, None),
    (("beheading", "of"), Category.KILLED, None),
    (("the", "execution", "of"), Category.KILLED, None),
    (("the", "executions", "of"), Category.KILLED, None),
    # "the summary execution of at least five men", "extrajudicial executions
    # of 12" (a bare "execution of" may be a budget's or one to come)
    *(
        ((kind, execution, "of"), Category.KILLED, None)
        for kind in ("summary", "extrajudicial", "mass")
        for execution in ("execution", "executions")
    ),
    (("the", "murder", "of"), Category.KILLED, None),
    (("the", "murders", "of"), Category.KILLED, None),
    # "The massacre of 34 villagers", "the abduction of 20 students": a
    # nominal act names what befell the people after "of"
    (("massacre", "of"), Category.KILLED, None),
    (("slaughter", "of"), Category.KILLED, None),
    (("the", "killings", "of"), Category.KILLED, None),
    (("the", "abduction", "of"), Category.DETAINED, None),
    (("the", "kidnapping", "of"), Category.DETAINED, None),
    (("the", "abductions", "of"), Category.DETAINED, None),
    (("the", "kidnappings", "of"), Category.DETAINED, None),
    (("the", "detention", "of"), Category.DETAINED, None),
    (("the", "disappearance", "of"), Category.MISSING, None),
    (("the", "throats", "of"), Category.KILLED, None),
    (("the", "loss", "of"), Category.KILLED, Category.EQUIPMENT_DESTROYED),
    # "the enemy's losses amounted to 1,050 personnel, eight tanks ...": the
    # people are casualties (killed and wounded), as loss reports count them
    *(
        (("losses", *verb), Category.CASUALTIES, Category.EQUIPMENT_DESTROYED)
        for verb in (
            ("amounted", "to"),
            ("amount", "to"),
            ("included",),
            ("include",),
            ("totalled",),
            ("totaled",),
            ("reached",),
            ("stood", "at"),
            ("were",),
        )
    ),
    (("the", "losses", "of"), Category.KILLED, Category.EQUIPMENT_DESTROYED),
    # "inflicting losses of up to 310 servicemen", "suffered losses of 1,200
    # personnel": casualties, as loss reports count them
    (("losses", "of"), Category.CASUALTIES, Category.EQUIPMENT_DESTROYED),
    (("the", "death", "of"), Category.KILLED, None),
    (("the", "killing", "of"), Category.KILLED, None),
    (("the", "martyrdom", "of"), Category.KILLED, None),  # "resulting in the martyrdom of"
    (("the", "arrest", "of"), Category.DETAINED, None),
    (("the", "injury", "of"), Category.WOUNDED, None),
    (("injuries", "to"), Category.WOUNDED, None),
    (("injury", "to"), Category.WOUNDED, None),
    (("the", "injuries", "of"), Category.WOUNDED, None),
    (("the", "wounding", "of"), Category.WOUNDED, None),
    (("the", "detention", "of"), Category.DETAINED, None),
    (("the", "displacement", "of"), Category.DISPLACED, None),
    (("the", "evacuation", "of"), Category.DISPLACED, None),
    (("the", "capture", "of"), Category.DETAINED, Category.EQUIPMENT_CAPTURED),
    # "confirmed the destruction of at least 364 armoured vehicles", "the
    # downing of two drones", "the seizure of 40 rifles"
    (("the", "destruction", "of"), None, Category.EQUIPMENT_DESTROYED),
    (("the", "downing", "of"), None, Category.EQUIPMENT_DESTROYED),
    (("the", "seizure", "of"), None, Category.EQUIPMENT_CAPTURED),
    (("led", "to", "the", "capture", "of"), Category.DETAINED, None),
    *(
        ((verb, noun, "of"), None, Category.EQUIPMENT_CAPTURED)
        for verb in ("took", "taken", "taking", "take", "seized", "seizing", "gained")
        for noun in ("control", "possession")
    ),
    (("resulted", "in", "the", "death", "of"), Category.KILLED, None),
    (("granted", "asylum", "to"), Category.REFUGEES, None),
    (("granted", "refugee", "status", "to"), Category.REFUGEES, None),
    (("granted", "temporary", "protection", "to"), Category.REFUGEES, None),
    (("given", "temporary", "protection", "to"), Category.REFUGEES, None),
)

#: Counted nouns that carry their own category ("three martyrs", "two
#: fatalities", "3.6 million Syrian refugees").
SELF_COUNTING_NOUNS: dict[str, Category] = {
    "martyrs": Category.KILLED,
    "martyr": Category.KILLED,
    "fatalities": Category.KILLED,
    "fatality": Category.KILLED,
    "deaths": Category.KILLED,
    "death": Category.KILLED,
    "dead": Category.KILLED,
    "bodies": Category.KILLED,
    "body": Category.KILLED,
    "corpses": Category.KILLED,
    "corpse": Category.KILLED,
    "killings": Category.KILLED,
    "homicides": Category.KILLED,
    "refugees": Category.REFUGEES,
    "refugee": Category.REFUGEES,
    "arrivals": Category.REFUGEES,  # "60,000 new arrivals from Sudan in eastern Chad"
    "detainees": Category.DETAINED,
    "detentions": Category.DETAINED,  # "at least 90 detentions"
    "arrests": Category.DETAINED,  # "Police reported 17 arrests"
    "injuries": Category.WOUNDED,
    "injury": Category.WOUNDED,
    "casualties": Category.CASUALTIES,
    "idps": Category.DISPLACED,
    "evacuees": Category.DISPLACED,
    "lives": Category.KILLED,  # these three only after a verb of GATED_SELF_NOUNS
    "hostages": Category.DETAINED,
    "captives": Category.DETAINED,
}

#: The self-counting nouns a zero counts ("No casualties were reported",
#: "there were no deaths"): harms, not bodies or lives.
ZERO_SELF_NOUNS = frozenset(
    {"casualties", "deaths", "fatalities", "injuries", "death", "fatality", "injury"}
)
