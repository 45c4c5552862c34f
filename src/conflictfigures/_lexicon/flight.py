"""
The words of flight and shelter: leaving home (displaced), crossing a border
or arriving abroad (refugees), being driven away, and the places people
driven from home stay in.
"""

from __future__ import annotations

from conflictfigures._lexicon.countries import DEMONYM_WORDS

#: Words after a verb of flight that take it across a border: the people are
#: then refugees, not displaced ("fled to Chad", "crossed into Poland").
ABROAD_WORDS = frozenset({"abroad", "overseas", "border", "borders", "neighbouring", "neighboring"})
#: The nouns after "neighbouring" that are abroad ("to neighbouring
#: countries"; "states" only after a verb of flight: a verb that forces
#: people "into neighbouring states" may keep them in India or Nigeria).
ABROAD_NOUNS = frozenset({"countries", "country", "nations", "states"})
#: The adverbs of being out of one's country ("driven 4 million abroad").
ABROAD_ADVERBS = frozenset({"abroad", "overseas"})
#: The adjectives of ABROAD_WORDS: abroad before a country, or alone.
NEIGHBOURING = frozenset({"neighbouring", "neighboring"})
#: Words of nearness that may open a place's name ("in nearby Amite County").
NEAR_WORDS = NEIGHBOURING | {"nearby", "adjacent"}
#: The verbs of flight and crossing that a destination can make refugees.
#: Verbs of seeking refuge: "in" a country after them also takes people abroad
#: ("sought refuge in Chad", "to seek safety in neighbouring countries").
REFUGE_VERBS = frozenset({"sought", "seek", "seeks", "seeking", "taken", "took", "taking", "found"})
FLIGHT_VERBS = frozenset(
    {"fled", "flee", "fleeing", "flees", "crossed", "crossing", "cross", "crosses"}
    | {"escaped", "escape", "escapes"}
    | REFUGE_VERBS
)

#: "to leave their homes" and the like: leaving home is displacement, after
#: "forced" or a verb that forces ("forced 40,000 residents to leave their
#: homes"); LEFT_HOMES_PAST in the past tense, after the group ("3,000
#: families abandoned their homes").
_HOME_VERBS = (
    ("leave", "left"),
    ("abandon", "abandoned"),
    ("flee", "fled"),
    ("desert", "deserted"),
)
#: What a group leaves when it is displaced, after "their" ("fled their
#: villages", "driven from their homes").
HOME_NOUNS = ("homes", "houses", "villages", "neighbourhoods", "neighborhoods")
LEFT_HOMES: tuple[tuple[str, ...], ...] = tuple(
    (present, "their", home) for present, _ in _HOME_VERBS for home in HOME_NOUNS
)
LEFT_HOMES_PAST: tuple[tuple[str, ...], ...] = tuple(
    (past, "their", home) for _, past in _HOME_VERBS for home in HOME_NOUNS
)
#: The participles of being made to leave ("have been driven from their
#: homes", "were uprooted from their villages"): displacement.
FORCED_AWAY_VERBS = frozenset(
    "forced driven pushed chased uprooted expelled evicted displaced evacuated".split()
)
#: "from their homes", "out of their villages": where the forced go from.
FROM_HOMES: tuple[tuple[str, ...], ...] = tuple(
    (*prep, "their", home) for prep in (("from",), ("out", "of")) for home in HOME_NOUNS
)
#: "without a home", "without a place to live": where those left so are (the
#: displaced: "about 90 people were left without a place to live").
WITHOUT_A_HOME: tuple[tuple[str, ...], ...] = (
    ("without", "a", "home"),
    ("without", "a", "place", "to", "live"),
    ("without", "a", "roof", "over", "their", "heads"),
)
#: Leaving one's country is flight abroad: refugees ("7.7 million
#: Venezuelans have left their country", "forced to leave the country").
_COUNTRY_NOUNS = ("country", "homeland")
LEFT_COUNTRY: tuple[tuple[str, ...], ...] = tuple(
    (present, owner, noun)
    for present, _ in _HOME_VERBS
    for owner in ("their", "the")
    for noun in _COUNTRY_NOUNS
)
LEFT_COUNTRY_PAST: tuple[tuple[str, ...], ...] = tuple(
    (past, owner, noun)
    for _, past in _HOME_VERBS
    for owner in ("their", "the")
    for noun in _COUNTRY_NOUNS
)

#: Prepositions that take a verb of flight to its destination.
FLIGHT_INTO = frozenset({"to", "into", "across", "for", "over"})

#: After a verb of refuge, "in" takes people abroad too ("sought refuge in Chad").
REFUGE_INTO = FLIGHT_INTO | {"in"}

#: The verbs after which "out of" a place is a displacement ("forced an
#: estimated 3,500 people out of Solino", "drove thousands out of the town").
FORCING_VERBS = frozenset({"forced", "forcing", "drove", "driven", "driving", "pushed", "chased"})
#: The verbs after which a group "fleeing" fled ("The raid sent more than
#: 2,000 people fleeing"; not "shot three villagers fleeing the attack").
SENDING_VERBS = FORCING_VERBS | frozenset({"sent", "send", "sends", "sending"})

#: Verbs of arrival: in another country, those who arrive are refugees
#: ("120,000 people had arrived in Armenia").
#: (The present tense too: headlines tell flight in it, "5,000 Sudanese
#: cross into Chad", "More than 1,000 migrants reach Lampedusa".)
REACH_VERBS = ("reached", "reaching", "reach", "reaches")
ARRIVAL_VERBS = ("arrived", "arriving", "arrive", "arrives", "landed", "landing", *REACH_VERBS)
#: Nouns of people on the move abroad: their arrival anywhere but a place
#: of care makes them refugees ("Over 1,000 migrants arrived on the island
#: of Lampedusa").
MIGRANT_NOUNS = frozenset({"migrants", "migrant", "seekers", "arrivals", "refugees"})
#: Verbs of people coming in, whatever the place, which in a story that has
#: counted refugees tell more of them ("Another 3,000 South Sudanese arrived
#: at the Elegu border point", "2,500 people crossed at Chaman").
COMING_IN_VERBS = frozenset({"poured", "streamed", "swam", "waded", "flooded", "trekked", "walked"})
#: Verbs by which a place houses people or takes them in, before their
#: count, beside ``RECEIVING_VERBS`` (a country's): in a story of flight
#: abroad, whoever's ("The reception centre is already housing about 1,200
#: people"; not "holds", a capacity's verb as often: "The stadium holds
#: 30,000 people").
HOUSING_VERBS = frozenset(
    {"housing", "houses", "receiving", "welcoming", "received", "welcomed", "receives", "welcomes"}
    | {"registered"}  # "By Tuesday, the government had registered 65,000 people"
)
#: Words before a verb of receiving that make its subject no host of people
#: in flight: places of care, custody or burial, and money ("The hospital
#: received 15 people", "The UN appeal has received 30 million").
NOT_HOST_WORDS = frozenset(
    """
    hospital hospitals clinic clinics morgue morgues mortuary ward wards prison prisons
    jail jails school schools appeal appeals fund funds funding budget plan donors
    """.split()
)
#: Words of a return or an expulsion near people coming in: no flight
#: ("5,000 Afghans arrived back in Kabul", "deported migrants arrived").
RETURN_WORDS = frozenset(
    """
    back home returned returning returnee returnees deported deportees deportation
    expelled repatriated repatriation evacuated evacuees nationals
    """.split()
)
#: Verbs of a return home told of refugees or the displaced ("580,000
#: refugees have returned", "repatriated 2,000 refugees"): returnees, no
#: people in flight.
RETURNED_VERBS = frozenset({"returned", "returning", "return", "returns", "repatriated"})
#: Words after "came" or "were brought" that land people ("came ashore").
ASHORE_WORDS = frozenset({"ashore", "aground"})
#: Verbs of crossing into or entering a country: those who do (no state's
#: forces, no fighters) are refugees ("4,200 people crossed the Moei River
#: into Thailand", "8,000 Rohingyas have entered Bangladesh").
CROSS_FORMS = ("crossed", "crossing", "cross", "crosses")
CROSSING_VERBS = (*CROSS_FORMS, "entered", "entering", "enter", "enters")
#: Verbs of taking migrants off their boats or out of the sea: those
#: rescued or intercepted on their way are people in flight abroad
#: ("The coast guard rescued 600 migrants", "1,100 migrants were
#: intercepted at sea"; "picked" with "up" after it).
SEA_RESCUE_VERBS = frozenset(
    {"rescued", "rescue", "rescues", "rescuing", "saved", "picked", "disembarked"}
    | {"intercepted", "intercept", "intercepts", "intercepting"}
)
#: Words that set a rescue or an interception at sea ("off Lampedusa", "the
#: coast guard", "their dinghy capsized"), and words that make the rescued
#: captives or the stopped sent back, no people in flight ("rescued 50
#: kidnapped migrants from a stash house", "intercepted ... and pushed them
#: back").
AT_SEA_WORDS = frozenset(
    """
    sea seas ocean coast coastal coastguard coastguards boat boats dinghy dinghies vessel
    vessels ship ships raft rafts mediterranean channel aegean off offshore island
    islands shore ashore waters navy naval capsized sank sinking adrift overboard
    disembarked
    """.split()
)
ON_LAND_WORDS = frozenset(
    "truck trucks trailer trailers house houses desert border building lorry van bus".split()
)
NOT_AT_LARGE_WORDS = frozenset(
    """
    kidnapped abducted captive captives hostage hostages held stash trafficked
    returned back expelled deported
    """.split()
)
#: Nouns of people who flee, whom entering "the country" makes refugees
#: ("14,000 Venezuelans entered the country"; a people's name counts too).
FLEEING_NOUNS = frozenset(
    """
    people persons families refugees migrants civilians children women
    asylum-seekers seekers rohingya
    """.split()
)
#: Verbs of moving in numbers or by stealth: into another country they take
#: people abroad, refugees ("8,000 Rohingya have slipped into Bangladesh",
#: "thousands streamed into Poland").
MOTION_VERBS = (
    *("slipped", "poured", "streamed", "flocked", "trekked", "surged", "escaped"),
    *("slip", "slips", "pour", "pours", "stream", "flock", "trek", "surge", "escape", "escapes"),
    # the ways of going on foot or by water ("8,000 migrants swim across
    # border", "walked across the border into Chad")
    *("swam", "swim", "swims", "waded", "wade", "wades", "walked", "walk", "walks"),
    *("trudged", "hiked"),
)
#: Plain verbs of going, which take only people who flee abroad, to another
#: country ("Roughly 60,000 people have gone to Egypt", "About 20,000
#: Afghans have made it to Iran"; "made" with "it" after it).
GOING_VERBS = frozenset({"went", "gone", "headed", "heading", "made"})
#: Verbs of leaving: leaving a country is flight abroad, refugees ("7.7
#: million people have left Ukraine since February 24").
LEAVE_VERBS = ("left", "leaving", "departed")
#: Words of an attempt, a wish, a plan or a wait before "to" and a plain
#: verb: the deed not done ("tried to cross into Iran", "queue to enter
#: Iran", "are expected to arrive"; not "managed to", "were able to").
TRYING_WORDS = frozenset(
    """
    try tries tried trying attempt attempts attempted attempting want wants wanted
    wanting hope hopes hoped hoping plan plans planned planning wait waits waited
    waiting queue queues queued queuing rush rushes rushed rushing scramble
    scrambles scrambled scrambling seek seeks sought seeking expect expects
    expected due set likely unable struggle struggled struggling intend intends
    intended wish wished ready prepare prepared preparing
    """.split()
)
#: Words that speak of refugees, counted or not: a story with them tells a
#: flight abroad, whose people a later count may leave unnamed ("Refugees
#: continue to pour into Chad. About 48,000 people have been registered at
#: the Adre crossing"; see ``_extraction/elided_flight.py``).
REFUGEES_SPOKEN_WORDS = frozenset({"refugees", "refugee", "asylum", "asylum-seekers"})
#: Nouns that a "refugee" before them only qualifies, naming a place, a body
#: or a rule and no people in flight abroad ("the Maghazi refugee camp" in
#: Gaza, "the UN refugee agency", "refugee status").
REFUGEE_QUALIFIED_NOUNS = frozenset(
    "camp camps agency agencies council commissioner commission status convention law laws".split()
)
#: States of people in flight held up on their way, which a story of flight
#: abroad counts with its refugees ("Another 65,000 were still stranded at
#: the border", "300,000 more were massed on the frontier").
STRANDED_WORDS = frozenset({"stranded", "massed", "massing"})
#: Words that tell of flight in a sentence, where a people's name going to
#: another country is a people in flight ("fled", "the war", "refugees").
FLIGHT_CONTEXT_WORDS = frozenset(
    """
    fled flee flees fleeing fighting war violence conflict refugees refugee exodus
    escaped escaping persecution crackdown displaced displacement asylum
    """.split()
)
#: The plain and present forms among the verbs of flight and motion, and of
#: dying the present tense of headlines adds: as a bare infinitive ("tried
#: to cross into Iran", "will not let 2 million Gazans perish") or a habit
#: ("enter Israel every day") they tell no flight or death.
PRESENT_FLOW_FORMS = frozenset(
    w
    for w in (*CROSSING_VERBS, *ARRIVAL_VERBS, *MOTION_VERBS, "flee", "flees", "leave")
    if not w.endswith(("ed", "ing"))
) | {"drown", "drowns", "perish"}
#: Every verb of people moving that a destination abroad makes a flight
#: abroad, in one set (a day dates such a flight: "streamed into Poland on
#: Sunday" is the day's crossing, no stock).
FLOW_VERBS = frozenset(
    FLIGHT_VERBS | set(ARRIVAL_VERBS) | set(CROSSING_VERBS) | set(MOTION_VERBS) | set(LEAVE_VERBS)
) | (GOING_VERBS - {"made"})
#: Seas whose crossing takes migrants to another country ("have crossed the
#: English Channel in small boats", "crossed the Mediterranean").
CROSSED_SEAS = frozenset({"channel", "mediterranean", "aegean"})

#: Nouns of a route of migration whose crossing by migrants, named, takes
#: them abroad ("crossed the dangerous Darién jungle", "the Darién Gap";
#: not "the A1 motorway").
ROUTE_NOUNS = frozenset(
    {"jungle", "gap", "desert", "river", "strait", "straits", "sea", "channel", "forest"}
    | {"mountains", "isthmus", "frontier", "border", "bay", "gulf"}
    # routes named alone ("crossed the Darién", "crossed the Evros")
    | {"darién", "darien", "evros", "maritsa", "sahara", "sinai"}
)
#: Verbs of staying before "in" and a shelter ("living in makeshift camps").
SHELTER_VERBS = frozenset(
    "live lives lived living stay stays stayed staying sheltering sheltered housed remain remained".split()
    + "sleep sleeps sleeping slept".split()
    + "placed accommodated hosted".split()  # "have been placed in temporary shelters"
)
#: Words of people who stay where their flight took them, in a count's own
#: words ("remain internally displaced", "are still living in camps"): a
#: stock of the displaced, not the displacement of a day.
STAYING_WORDS = frozenset({"remain", "remains", "remained", "still"})
#: Verbs of being moved before "to" or "into" and a shelter ("moved to
#: cyclone shelters", "relocated to evacuation centres", "shifted to 82 relief camps").
MOVE_VERBS = frozenset(
    "moved relocated transferred evacuated bused bussed taken brought herded forced shifted".split()
)
#: People who cross borders for their work, their faith, their studies or
#: their leisure, or to fight or spy: no one in flight ("300 seasonal workers
#: crossed into the country", "3,000 Sikh pilgrims crossed into Pakistan").
NOT_IN_FLIGHT_NOUNS = frozenset(
    """
    settler settlers reservist reservists conscript conscripts operative operatives
    peacekeeper peacekeepers guard guards saboteur saboteurs smuggler smugglers
    trafficker traffickers driver drivers trucker truckers worker workers trader
    traders fan fans journalist journalists reporter reporters tourist tourists
    pilgrim pilgrims student students official officials delegate delegates
    diplomat diplomats volunteer volunteers mercenary mercenaries contractor
    contractors
    visitor visitors holidaymaker holidaymakers vacationer vacationers traveller
    travellers traveler travelers shopper shoppers investor investors company
    companies firm firms athlete athletes player players inmate inmates prisoner
    prisoners convict convicts pows
    """.split()
)
#: Participles of where people stay ("IDPs sheltering in UNRWA facilities",
#: "About 160,000 are living in the 21 camps"): the base of the stays'
#: sets, each adding the words its own question takes (``_extraction/stays.py``,
#: ``_extraction/flight_stays.py``).
STAY_PARTICIPLES = frozenset({"sheltering", "staying", "living", "camping"})
#: Adverbs of a state that still holds, between people and where or what
#: they are ("are now living in", "are still in Chad", "are now refugees").
STAY_ADVERBS = frozenset({"now", "still", "currently", "already"})
#: Words of arriving or staying somewhere, which refugees do abroad without
#: being displaced anew ("1,700 of them children who arrived with their
#: families at the Bardarash camp").
REFUGE_STAY_WORDS = frozenset(
    {"arrived", "arriving", "arrive", "reached", "living", "staying", "sheltering", "housed"}
    | {"camp", "camps", "settlement", "settlements"}
)
#: Nouns of shelter that need no word before them ("in makeshift camps").
SHELTER_NOUNS = frozenset({"shelters", "shelter", "camps", "tents", "bunkers"})
#: Nouns of a place that shelters only after a word saying so ("displacement
#: sites", "collective centres"), and those words.
SHELTER_SITES = frozenset(
    {"sites", "centres", "centers", "centre", "center", "settlements", "shelters", "camps"}
    | {"camp", "site"}
    | {"housing", "accommodation"}  # "moved to temporary housing"
)
#: A country's own parts that may host people, who are then displaced in
#: their country, not refugees ("The Artibonite department hosts another
#: 240,000"; "Uganda hosts 1.8 million refugees" names a country).
HOSTING_UNITS = frozenset(
    "department province region district governorate state county oblast municipality".split()
)
#: Their plurals and those of other places, after a list of names ("in
#: Gegharkunik, Vayots Dzor and Syunik provinces").
PLACE_UNIT_PLURALS = frozenset(
    {w[:-1] + "ies" if w.endswith("y") else w + "s" for w in HOSTING_UNITS}
    | {"villages", "towns", "cities", "areas", "communities", "camps", "neighbourhoods"}
)
SHELTER_SITE_WORDS = frozenset(
    {
        "displacement",
        "evacuation",
        "collective",
        "gathering",
        "relief",
        "transit",
        "informal",
        "rest",
    }
    | {"tented", "makeshift", "idp", "idps", "refugee", "tent", "temporary", "emergency"}
    | {"protection"}  # "the UN protection site"
    | {"cyclone", "welfare"}  # "cyclone centres" (Bangladesh), "welfare centres" (Sri Lanka)
)

#: Public buildings where people driven from home spend a night ("spent the
#: night in hotels and a sports hall", "stayed overnight at the school gym").
NIGHT_PLACES = frozenset(
    """
    hall halls gym gyms gymnasium gymnasiums school schools church churches
    mosque mosques temple temples hotel hotels motel motels stadium stadiums
    center centre centers centres showground showgrounds arena arenas
    """.split()
)

#: The groups whose night in a public building is one away from home
#: ("About 40 residents spent Tuesday night at the school gym"; not
#: "Twelve foreign ministers spent the night in a hotel").
NIGHT_GROUPS = frozenset(
    "residents people families villagers evacuees households survivors inhabitants".split()
)

#: The verbs of a night spent away from home ("spent the night in shelters",
#: "spending a second night in the open").
NIGHT_VERBS = frozenset({"spent", "spending", "spend"})
#: Places out of doors where people driven from home stay, after "in" or
#: "on" and a verb of staying ("sleeping in the open", "living on the
#: streets", "spending a second night in parks").
OUTDOORS: frozenset[tuple[str, ...]] = frozenset(
    {("the", "open"), ("the", "open", "air"), ("the", "streets"), ("the", "street")}
    | {("parks",), ("open", "fields"), ("the", "fields")}
)
#: Those people driven from home stay with, after "with" and a verb of
#: staying ("sheltering with relatives", "staying with host families").
HOST_PEOPLE = frozenset({"relatives", "families", "friends", "hosts"})

#: Verbs of a country taking people in: with a country as subject, the
#: people it took in are refugees ("Egypt has registered more than
#: 500,000", "South Sudan has received 670,000 people"); "taken in" by its
#: "in" (TAKE_IN_VERBS before it).
RECEIVING_VERBS = frozenset(
    "registered received welcomed admitted absorbed accepted sheltered resettled".split()
    + "registers receives welcomes admits absorbs accepts shelters".split()
)
TAKE_IN_VERBS = frozenset({"taken", "took", "take", "takes", "taking"})
#: Adjectives of a country that takes people in: "the largest host country,
#: with 3.6 million", "the main receiving country".
HOST_ADJECTIVES = frozenset({"host", "hosting", "receiving", "destination"})
#: What may stand between a host country and its verb ("has now received").
HOST_AUXILIARIES = frozenset({"has", "have", "had", "now", "so", "far", "already", "alone", "also"})
#: The words after a list of host countries that name the people told
#: before again, ending its clause ("Turkey (460,000) and Iraq (168,000)
#: account for most of the rest", "host most of them").
HOSTED_AGAIN_WORDS = frozenset({"rest", "remainder", "others", "them"})


#: The words a story that has counted refugees may count more of them by
#: (see ``_extraction/located.py`` and ``_extraction/elided_flight.py``): a
#: people's name and the verbs of people coming in or taken in.
FLIGHT_STORY_WORDS = (
    DEMONYM_WORDS
    | frozenset(ARRIVAL_VERBS)
    | frozenset(CROSSING_VERBS)
    | COMING_IN_VERBS
    | RECEIVING_VERBS
    | HOUSING_VERBS
    | ASHORE_WORDS
    | STRANDED_WORDS
)
