"""
The trigger words and phrases, with the categories they give people and
equipment, and the nouns that count themselves.
"""

from __future__ import annotations

from conflictfigures._lexicon.clauses import DIRECTIONS, PERPETRATOR_NOUNS, WOUND_SITES
from conflictfigures._lexicon.flight import (
    ARRIVAL_VERBS,
    CROSS_FORMS,
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
    REFUGE_VERBS,
    SHELTER_NOUNS,
    SHELTER_VERBS,
    WITHOUT_A_HOME,
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
    # (the present, as headlines tell it: "61 migrants drown off Libya")
    "drown": (Category.KILLED, None),
    "drowns": (Category.KILLED, None),
    "perish": (Category.KILLED, None),
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
    "vanished": (Category.MISSING, None),  # "43 people vanished from the town"
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
    "rearrested": (Category.DETAINED, None),
    "seized": (Category.DETAINED, Category.EQUIPMENT_CAPTURED),
    # weapons taken by police or troops ("12 rifles were recovered")
    "confiscated": (None, Category.EQUIPMENT_CAPTURED),
    "looted": (None, Category.EQUIPMENT_CAPTURED),
    "stolen": (None, Category.EQUIPMENT_CAPTURED),
    "snatched": (Category.DETAINED, Category.EQUIPMENT_CAPTURED),  # ("20 students were snatched")
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
    "eliminated": (None, Category.EQUIPMENT_DESTROYED),  # "12 tanks were eliminated"
    "neutralised": (None, Category.EQUIPMENT_DESTROYED),  # (armed men: ARMED_KILL_VERBS)
    "neutralized": (None, Category.EQUIPMENT_DESTROYED),
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

#: The states of the hurt in "in critical condition" (in order: the phrases
#: built from them below).
CONDITION_GRADES = ("critical", "serious", "stable", "grave", "fair", "satisfactory")
#: The words of a condition a count of the hurt may be "in" ("two in a
#: critical condition", "one in severe condition").
CONDITION_WORDS = frozenset(CONDITION_GRADES) | {"severe", "poor", "intensive"}

#: Verbs that bring the injured to care, with their preposition ("taken to").
_CARE_VERBS = (
    *(
        (verb, "to")
        for verb in (
            "taken rushed transported airlifted flown brought evacuated transferred admitted"
            # (as much of the South Asian press writes it: "shifted to hospital")
            " shifted moved ferried carried referred"
        ).split()
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
#: Verbs by which a place of care takes people in ("The hospital received 42
#: of the injured", "admitted 12 patients").
CARE_INTAKE_VERBS = frozenset({"received", "receives", "admitted", "admits"})
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

#: Kinds of custody an adjective names ("preventive custody", "police custody").
_CUSTODY_KINDS = ("police", "protective", "preventive", "preventative", "military", "judicial")

#: The forms of "account" before "for" whose negation tells people missing
#: ("60 people we cannot account for"; see ``_extraction.unaccounted``).
ACCOUNT_WORDS = frozenset({"account", "accounted"})
#: The phrases of people carried off by water, missing when a hedge tells
#: their fate unknown ("are believed to have been swept away").
SWEPT_AWAY = frozenset({("swept", "away"), ("washed", "away")})
#: The hedges before "to have been" that leave a fate unknown.
FATE_HEDGES = frozenset({"believed", "feared", "thought", "presumed"})

#: A trigger phrase: its words, and the categories it gives people and equipment.
Phrase = tuple[tuple[str, ...], Category | None, Category | None]

#: Phrases of people still where a collapse or a disaster left them, not yet
#: recovered ("two people were still under the debris", "believed to be
#: still buried under rubble", "Eleven people are yet to be found"): the
#: missing, or, of bodies, dead beyond those a toll counted (see
#: ``documents.unrecovered_dead``).
UNRECOVERED_PHRASES: tuple[tuple[str, ...], ...] = (
    *(
        (still, "under", "the", ruins)
        for still in ("still", "remain", "remains", "remained", "be")
        for ruins in ("rubble", "debris", "ruins", "wreckage")
    ),
    ("still", "buried"),
    *(("yet", "to", "be", found) for found in ("found", "located", "recovered", "retrieved")),
)
#: The words of a missing reading that tell its people lost, not held where
#: they fell ("missing", "went missing", "disappeared"): bodies lost ("Five
#: bodies were missing from the morgue") are no deaths told.
LOST_WORDS = frozenset({"missing", "disappeared"})

#: Multi-word passive triggers (after an optional auxiliary), longest first.
PASSIVE_PHRASES: tuple[Phrase, ...] = (
    (("taken", "into", "custody"), Category.DETAINED, None),
    # a kind of custody between ("taken into preventive custody", "held in police custody")
    *(
        ((*verb, kind, "custody"), Category.DETAINED, None)
        for verb in (("taken", "into"), ("held", "in"), ("in",))
        for kind in _CUSTODY_KINDS
    ),
    # remanded in custody, prison or jail ("Twenty suspects have been remanded in custody"; not "on bail")
    *(
        (("remanded", prep, place), Category.DETAINED, None)
        for prep in ("in", "into", "to")
        for place in ("custody", "prison", "jail")
    ),
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
    # session 56: "3,070 people are currently under detention", "under arrest"
    (("under", "detention"), Category.DETAINED, None),
    (("under", "arrest"), Category.DETAINED, None),
    (("in", "prison"), Category.DETAINED, None),
    (("in", "jail"), Category.DETAINED, None),
    (("held", "in", "custody"), Category.DETAINED, None),
    (("taken", "prisoner"), Category.DETAINED, None),
    # a state after "be": "About 11,000 servicemen are now prisoners of the British"
    (("prisoners", "of"), Category.DETAINED, None),
    (("taken", "hostage"), Category.DETAINED, None),
    (("taken", "captive"), Category.DETAINED, None),
    (("held", "hostage"), Category.DETAINED, None),
    (("held", "captive"), Category.DETAINED, None),
    # "more than 4,300 prisoners of war held by Russia", "hostages held by
    # Hamas" (people held by a party; an event or a place held is no one)
    (("held", "by"), Category.DETAINED, None),
    # "585 Afghan servicemen are being held in Uzbekistan" (not "Funerals for
    # the 12 victims were held in the village": an event held)
    (("being", "held"), Category.DETAINED, None),
    # "are believed to be held in the jungle" (not "Funerals are likely to
    # be held", "want them to be held accountable")
    *(((hedge, "to", "be", "held"), Category.DETAINED, None) for hedge in ("believed", "thought")),
    # "are believed to have been swept away by the river": their fate
    # unknown, missing; read after a hedge alone (``triggers.passive_phrase_at``:
    # stories count those plainly "swept away" as dead as often)
    *((phrase, Category.MISSING, None) for phrase in SWEPT_AWAY),
    (("rounded", "up"), Category.DETAINED, None),  # "Among those rounded up were ..."
    (("forced", "to", "flee"), Category.DISPLACED, None),
    (("passed", "away"), Category.KILLED, None),  # "The driver passed away in hospital"
    (("brought", "in", "dead"), Category.KILLED, None),  # "were brought in dead"
    (("brought", "dead"), Category.KILLED, None),
    # the dead told by their posture ("Forty-nine people lay dead or dying on
    # the floor", "were lying dead in the street"; session 64)
    *(((posture, "dead"), Category.KILLED, None) for posture in ("lay", "lie", "lies", "lying")),
    # "Eight villagers were taken away by the gunmen": abducted
    (("taken", "away"), Category.DETAINED, None),
    (("carted", "off"), Category.DETAINED, None),  # "were carted off by the gunmen"
    (("carted", "away"), Category.DETAINED, None),
    # "more than 60 people had been picked up for questioning", "six people
    # had been taken in for questioning": detained
    *(
        ((*taken, "for", "questioning"), Category.DETAINED, None)
        for taken in (("picked", "up"), ("taken", "in"), ("brought", "in"), ("held",))
    ),
    # "A police officer is recovering after being shot in the shoulder":
    # the hurt, alive (a harm of untold outcome, or a wound)
    *(
        (("recovering", "after", "being", harm), Category.WOUNDED, None)
        for harm in ("shot", "stabbed", "hit", "struck", "wounded", "injured", "attacked", "beaten")
    ),
    # "Thousands more remained under the rubble", "two people were still
    # believed to be under the debris", "Eleven people are yet to be found":
    # missing, not found yet (still there: not "the bodies were under the rubble")
    *((phrase, Category.MISSING, None) for phrase in UNRECOVERED_PHRASES),
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
    (("among", "the", "fatalities"), Category.KILLED, None),  # (session 58)
    (("among", "the", "injured"), Category.WOUNDED, None),
    (("among", "the", "wounded"), Category.WOUNDED, None),
    (("among", "those", "injured"), Category.WOUNDED, None),
    (("among", "those", "wounded"), Category.WOUNDED, None),
    (("among", "the", "missing"), Category.MISSING, None),
    (("among", "those", "arrested"), Category.DETAINED, None),
    (("among", "those", "detained"), Category.DETAINED, None),
    # the rest of the participles of people: "were among those abducted",
    # "among the evacuated", and "among those shot dead"
    *(
        (("among", det, word), people, None)
        for det in ("the", "those")
        for word, (people, _) in sorted(PASSIVE_TRIGGERS.items())
        if people is not None
        and word.endswith("ed")
        and word not in ("killed", "injured", "wounded", "arrested", "detained")
    ),
    *(
        (("among", det, *words), people, None)
        for det in ("the", "those")
        for words, people in (
            (("shot", "dead"), Category.KILLED),
            (("gunned", "down"), Category.KILLED),
            (("taken", "hostage"), Category.DETAINED),
            (("taken", "captive"), Category.DETAINED),
        )
    ),
    # refuge sought or found: displacement, abroad by a country after it
    # ("sought refuge in Chad", "have found safety in Poland": see
    # gazetteer.flight_category)
    *(
        ((verb, noun), Category.DISPLACED, None)
        for verb in sorted(REFUGE_VERBS)
        for noun in ("refuge", "safety", "sanctuary")
    ),
    # resettled people: displaced, abroad by a country after them ("3,500
    # Afghans were resettled in Canada": see gazetteer.flight_category)
    (("resettled", "in"), Category.DISPLACED, None),
    (("resettled", "to"), Category.DISPLACED, None),
    (("sought", "asylum"), Category.REFUGEES, None),
    (("seeking", "asylum"), Category.REFUGEES, None),
    (("applied", "for", "asylum"), Category.REFUGEES, None),
    (("claimed", "asylum"), Category.REFUGEES, None),
    # "More than 4 million Syrians are registered with UNHCR in neighbouring countries"
    (("registered", "with", "unhcr"), Category.REFUGEES, None),
    (("registered", "with", "the", "unhcr"), Category.REFUGEES, None),
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
    # "crossed into", "people crossing into Syria": refugees by the country after it
    *(((verb, "into"), Category.DISPLACED, None) for verb in CROSS_FORMS),
    # "have crossed from Lebanon into Syria"
    *(((verb, "from"), Category.DISPLACED, None) for verb in CROSS_FORMS),
    *(
        ((verb, "the", border), Category.REFUGEES, None)
        for verb in CROSS_FORMS
        for border in ("border", "borders")
    ),
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
    # "Twelve miners never made it out alive" (a bare "never made it out of"
    # a place is no death: "thousands never made it out of the city")
    *(
        ((*never, "it", "out", "alive"), Category.KILLED, None)
        for never in (("never", "made"), ("did", "not", "make"), ("didn't", "make"))
    ),
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
    # "the number of people living in internal displacement reached 59.1 million"
    (("living", "in", "internal", "displacement"), Category.DISPLACED, None),
    (("in", "internal", "displacement"), Category.DISPLACED, None),
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
    # "six of our soldiers fell with honour", "fell in combat", "had fallen in
    # action", as military communiques tell their dead ("fell" alone is no
    # death: "fell from a roof")
    *(
        ((fell, *words), Category.KILLED, None)
        for fell in ("fell", "fallen")
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
    (("put", "out", "of", "action"), None, Category.EQUIPMENT_DAMAGED),  # "were put out of action"
    (("brought", "down"), None, Category.EQUIPMENT_DESTROYED),  # "two drones were brought down"
    (("set", "ablaze"), None, Category.EQUIPMENT_DESTROYED),
    (("set", "on", "fire"), None, Category.EQUIPMENT_DESTROYED),
    (("blown", "up"), None, Category.EQUIPMENT_DESTROYED),
    # "the strike wiped out two air defence systems", "a family was wiped out"
    (("wiped", "out"), Category.KILLED, Category.EQUIPMENT_DESTROYED),
    *(((burnt, "out"), None, Category.EQUIPMENT_DESTROYED) for burnt in ("burnt", "burned")),
    (("made", "homeless"), Category.DISPLACED, None),
    (
        ("rendered", "homeless"),
        Category.DISPLACED,
        None,
    ),  # "2.5 million people had been rendered homeless"
    # "20,000 people had been left without shelter"
    (("without", "shelter"), Category.DISPLACED, None),
    (("without", "homes"), Category.DISPLACED, None),
    # "about 90 people were left without a place to live"
    *((words, Category.DISPLACED, None) for words in WITHOUT_A_HOME),
    (("unaccounted", "for"), Category.MISSING, None),
    # those the search has not found ("21 others are still being searched for")
    (("being", "searched", "for"), Category.MISSING, None),
    # the military's word for militants killed ("eight khwarij were sent to hell")
    (("sent", "to", "hell"), Category.KILLED, None),
    # the fallen at sea are missing ("four people had fallen overboard")
    (("fallen", "overboard"), Category.MISSING, None),
    (("fell", "overboard"), Category.MISSING, None),
    (("washed", "overboard"), Category.MISSING, None),
    # those in care are the hurt ("38 people were still being treated"; not
    # "had been treated well"; "treated for" an injury: injuries.read_injury)
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
    (("went", "missing"), Category.MISSING, None),
    # a register's state: "are still listed as missing", "are registered as
    # missing", "remain listed as displaced" (a stock: ``held.register_stock``)
    *(
        ((label, "as", *state), category, None)
        for label in ("listed", "registered", "recorded")
        for state, category in (
            (("missing",), Category.MISSING),
            (("displaced",), Category.DISPLACED),
            (("internally", "displaced"), Category.DISPLACED),
        )
    ),
    (("gone", "missing"), Category.MISSING, None),
    # the state of the hurt: "two remain in critical condition", "all three
    # are expected to survive"
    *(
        ((*listed, "in", *a, state, "condition"), Category.WOUNDED, None)
        for listed in ((), ("listed",))
        for a in ((), ("a",))
        for state in CONDITION_GRADES
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
    "murders": Category.KILLED,  # "has recorded 57 murders since the start of the year"
    "slayings": Category.KILLED,
    "refugees": Category.REFUGEES,
    "refugee": Category.REFUGEES,
    "arrivals": Category.REFUGEES,  # "60,000 new arrivals from Sudan in eastern Chad"
    # "3,500 Sudanese asylum seekers" (the head ``heads.head_word`` gives them)
    "asylum-seekers": Category.REFUGEES,
    "detainees": Category.DETAINED,
    "detentions": Category.DETAINED,  # "at least 90 detentions"
    "arrests": Category.DETAINED,  # "Police reported 17 arrests"
    "kidnappings": Category.DETAINED,  # "recorded at least 628 kidnappings": people seized
    "abductions": Category.DETAINED,
    "injuries": Category.WOUNDED,
    "injury": Category.WOUNDED,
    "casualties": Category.CASUALTIES,
    "idps": Category.DISPLACED,
    "evacuees": Category.DISPLACED,
    "displacements": Category.DISPLACED,  # "triggered 14.4 million new displacements"
    "lives": Category.KILLED,  # these three only after a verb of GATED_SELF_NOUNS
    "hostages": Category.DETAINED,
    "captives": Category.DETAINED,
}

#: Words after a verb of capture that hold no one: kept in care, filmed
#: ("hurt and detained in hospital", "captured on video").
NOT_HELD_AFTER: tuple[tuple[str, ...], ...] = (
    ("in", "hospital"),
    ("in", "the", "hospital"),
    ("on", "video"),
    ("on", "camera"),
    ("on", "film"),
    ("on", "cctv"),
    ("on", "security"),
    ("on", "surveillance"),
    ("on", "tape"),
)

#: Words that make a self-counting noun's harm one only tried ("3 attempted
#: murders", "two failed killings").
ATTEMPT_WORDS = frozenset({"attempted", "failed", "foiled", "thwarted"})
#: Words before an act told as a noun that make it no act done ("the
#: attempted killing of", "the imminent execution of", "the proposed
#: evacuation of").
UNDONE_ACT_WORDS = ATTEMPT_WORDS | frozenset(
    {"imminent", "impending", "proposed", "planned", "possible", "potential", "threatened"}
    | {"intended", "feared", "expected", "averted", "prevented", "would-be", "likely"}
)

#: The self-counting nouns a zero counts ("No casualties were reported",
#: "there were no deaths"): harms, not bodies or lives.
ZERO_SELF_NOUNS = frozenset(
    {"casualties", "deaths", "fatalities", "injuries", "death", "fatality", "injury"}
)

#: Verbs of one assault on a place or a group, which make a past month's
#: count one incident ("when they stormed the school in April").
ASSAULT_VERBS = frozenset({"attacked", "stormed", "ambushed", "raided", "rammed", "detonated"})
#: Verbs of a main clause that tell the missing found again ("were found
#: alive", "walked into a police post", "turned up").
FOUND_AGAIN_WORDS = frozenset(
    {"found", "rescued", "returned", "walked", "reunited", "located", "freed", "released"}
    | {"resurfaced", "reappeared", "traced", "turned"}
)
