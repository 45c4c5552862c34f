"""
The nouns a counted group can have for its head: people, collective
nouns, equipment, and nouns that look counted but never are.
"""

from __future__ import annotations

#: Head nouns that count people (singular and plural forms).
#: Names of peoples and faiths with no country's demonym, many the same in
#: the plural ("killed Rohingya fleeing the village": a people, uncounted).
PEOPLES_NAMES = frozenset(
    """
    rohingya uyghur uyghurs uighur uighurs yazidi yazidis hazara hazaras tutsi
    tutsis hutu hutus tigrayans christians muslims jews shiites sunnis
    """.split()
)
PEOPLE_NOUNS = PEOPLES_NAMES | frozenset(
    """
    soldier soldiers troop troops serviceman servicemen servicewoman servicewomen
    member members personnel officer officers policeman policemen policewoman
    policewomen police guard guards militant militants insurgent insurgents
    fighter fighters rebel rebels jihadist jihadists terrorist terrorists gunman
    gunmen attacker attackers suspect suspects civilian civilians people person
    persons child children kid kids woman women man men boy boys girl girls baby
    babies infant infants student students worker workers journalist journalists
    reporter reporters doctor doctors medic medics nurse nurses staff staffer
    staffers employee employees resident residents villager villagers protester
    protesters protestor protestors demonstrator demonstrators worshipper worshippers
    worshipers pilgrim pilgrims migrant migrants refugee refugees asylum-seekers prisoner prisoners
    detainee detainees hostage hostages leader leaders commander commanders
    individual individuals other others relative relatives farmer farmers miner
    miners passenger passengers crew crewmen sailor sailors marine marines
    paratrooper paratroopers pilot pilots recruit recruits conscript conscripts reservist reservists
    volunteer volunteers mercenary mercenaries contractor contractors peacekeeper
    peacekeepers forces force military army taliban martyr martyrs cadet cadets
    citizen citizens nationals teenager teenagers youth youths adult adults
    elder elders family families militiaman militiamen militia militias combatant
    combatants operative operatives facilitator facilitators bomber bombers sniper
    snipers commando commandos agent agents gendarme gendarmes ranger rangers
    israelis palestinians syrians afghans ukrainians russians americans iraqis
    kurds yemenis somalis sudanese libyans lebanese iranians turks
    juvenile juveniles escapee escapees cadre cadres jihadi jihadis naxal naxals
    naxalite naxalites jawan jawans captive captives culprit culprits
    associate associates occupant occupants advisor advisors adviser advisers
    occupier occupiers invader invaders aggressors
    facilitator facilitators financier financiers emir emirs governor governors
    courier couriers smuggler smugglers trafficker traffickers recruiter recruiters
    planner planners maker makers bombmaker bombmakers expert experts kidnapper
    kidnappers male males female females official officials deputy deputies
    sub-commander sub-commanders subcommander subcommanders chief chiefs
    shooter shooters assailant assailants perpetrator perpetrators
    groom grooms bridegroom bridegrooms bride brides landlord landlords landlady
    patron patrons fiance fiancee
    mother mothers father fathers son sons daughter daughters wife wives husband
    husbands brother brothers sister sisters parent parents grandmother grandfather
    grandmothers grandfathers grandparent grandparents uncle aunt nephew niece
    cousin cousins toddler toddlers teen teens couple motorist motorists driver
    drivers victim victims casualty bystander bystanders inmate inmates patient
    patients tourist tourists visitor visitors customer customers spy spies bodyguard
    bodyguards
    pedestrian pedestrians hiker hikers neighbour neighbours neighbor
    neighbors camper campers firefighter firefighters captain captains sergeant
    sergeants lieutenant lieutenants colonel colonels corporal corporals
    constable constables trooper troopers paramilitary paramilitaries cop cops
    lawmaker lawmakers shepherd shepherds herder herders fisherman fishermen nun
    nuns priest priests monk monks imam imams pastor pastors teacher teachers
    judge judges mayor mayors councillor councillors politician politicians
    diplomat diplomats tribesman tribesmen inspector inspectors engineer engineers
    missionary missionaries cleric clerics scholar scholars lawyer lawyers activist
    activists labourer labourers laborer laborers merchant merchants trader traders
    shopkeeper shopkeepers vendor vendors businessman businessmen pupil pupils
    paramedic paramedics rescuer rescuers guerrilla guerrillas separatist
    separatists loyalist loyalists extremist extremists islamist islamists raider
    raiders bandit bandits spectator spectators fan fans player players guest
    guests tenant tenants homeowner homeowners settler settlers herdsman herdsmen
    seaman seamen crewman crewmember crewmembers motorcyclist motorcyclists
    cyclist cyclists boater boaters swimmer swimmers climber climbers skier
    skiers hunter hunters golfer golfers minister ministers senator senators
    legislator legislators candidate candidates voter voters professor professors
    lecturer lecturers clergyman clergymen worshiper trainee trainees
    president presidents premier premiers ambassador ambassadors envoy envoys
    rapporteur rapporteurs
    chauffeur chauffeurs aide aides maid maids cook cooks nanny nannies
    companion companions chef chefs secretary secretaries steward stewards
    stewardess stewardesses waitress waitresses apprentice apprentices intern
    interns midwife midwives rabbi rabbis bishop bishops deacon deacons spouse
    spouses copilot copilots housemaid housemaids servant servants butler butlers
    consul consuls spokesman spokesmen spokeswoman mp mps congressman
    congressmen congresswoman parliamentarian parliamentarians photographer
    photographers cameraman cameramen correspondent correspondents physician
    physicians surgeon surgeons pharmacist pharmacists clerk clerks cashier
    cashiers watchman watchmen janitor janitors owner owners manager managers
    passerby passersby passers-by onlooker onlookers shopper shoppers commuter commuters
    foreigner foreigners expatriate expatriates mourner mourners
    sibling siblings grandson grandsons granddaughter granddaughters
    grandchild grandchildren nieces nephews aunts uncles stepfather stepmother
    stepson stepdaughter fiance fiancee girlfriend boyfriend newborn
    newborns schoolchildren schoolgirl schoolgirls schoolboy schoolboys minor
    minors youngster youngsters adolescent adolescents pensioner pensioners
    retiree retirees veteran veterans widow widows orphan orphans lady ladies
    gentleman gentlemen sheriff sheriffs deputy trucker truckers lineman
    linemen mechanic mechanics farmhand farmhands rancher ranchers jogger
    joggers surfer surfers kayaker kayakers canoeist canoeists rider riders
    bicyclist bicyclists fisher fishers partygoer partygoers concertgoer
    concertgoers churchgoer churchgoers classmate classmates colleague colleagues
    coworker coworkers roommate roommates friend friends thief thieves robber
    robbers burglar burglars looter looters poacher poachers dealer dealers
    gangster gangsters informant informants collaborator
    collaborators defector defectors deserter deserters abductee abductees
    captive captives congregant congregants parishioner parishioners
    athlete athletes household households vigilante vigilantes logger loggers porter
    porters guardsman guardsmen warlord warlords chieftain chieftains schoolteacher
    schoolteachers seminarian seminarians
    """.split()
)

#: Nouns of one woman or one man, for a pronoun that names one of them
#: again ("a woman was wounded ... He was pronounced dead" is no one of hers).
FEMALE_NOUNS = frozenset(
    """
    woman girl mother daughter wife sister grandmother aunt niece widow lady
    girlfriend fiancee stepmother stepdaughter granddaughter schoolgirl nun
    policewoman servicewoman spokeswoman congresswoman female
    """.split()
)
MALE_NOUNS = frozenset(
    """
    man boy father son husband brother grandfather uncle nephew gentleman
    boyfriend fiance stepfather stepson grandson schoolboy monk priest
    policeman serviceman spokesman congressman businessman male
    """.split()
)


#: Nouns that tell one person apart in a story by sex, age or part alone:
#: an ordinal before one numbers the story's people, no toll ("A third man
#: was killed in the raid": one dead; not "A third victim died" or "A
#: second American was killed", the toll so far).
SCENE_PERSON_NOUNS = frozenset(
    "man woman boy girl suspect gunman attacker assailant robber intruder".split()
)


def _plurals(nouns: frozenset[str]) -> frozenset[str]:
    """Nouns of people with their plurals ("man", "men"; "wife", "wives")."""
    out = set(nouns)
    for noun in nouns:
        if noun.endswith("man"):
            out.add(noun[:-3] + "men")
        elif noun.endswith("fe"):
            out.add(noun[:-2] + "ves")
        else:
            out.add(noun + "s")
    return frozenset(out)


#: Kinds of people no one is of both: by age (children, and adults with the
#: nouns that say grown people: "women", "husbands") and by sex.
#: A count of one kind never holds nor rivals a count of the other ("at
#: least 11 children were killed ... two adults, a teacher and a villager,
#: were also among the dead" is 13), whatever its words.
OTHER_KINDS = (
    (
        frozenset(
            """
            child children kid kids boy boys girl girls baby babies infant infants
            toddler toddlers minor minors schoolchildren schoolboy schoolboys
            schoolgirl schoolgirls newborn newborns
            """.split()
        ),
        frozenset(
            """
            adult adults man men woman women husband husbands wife wives elder elders
            grandfather grandfathers grandmother grandmothers
            """.split()
        ),
    ),
    (_plurals(MALE_NOUNS), _plurals(FEMALE_NOUNS)),
)

#: Heads of the people a vehicle or a place serves: its passengers, customers
#: and guests, whom its crew or staff serve (see ``STAFF_NOUNS``).
SERVED_PEOPLE = frozenset({"passengers", "customers", "guests"})
#: Heads of people of a role or a bond, whom a list of as many after them may
#: name ("killing two co-workers, a foreman and a mechanic", "killed three
#: customers, a woman and two men": who they were).
ROLE_PEOPLE = (
    frozenset({"co-workers", "coworkers", "colleagues", "workers", "employees", "friends"})
    | {"neighbours", "neighbors"}
    | SERVED_PEOPLE
)
#: Nouns of the crew or staff of a vehicle or a place (singular and plural),
#: who are none of the passengers, customers or guests it serves: a list of
#: them after such people adds to them ("killed two passengers, a driver and
#: a conductor": four).
STAFF_NOUNS = _plurals(
    frozenset(
        """
        driver conductor pilot co-pilot copilot captain crewman crewmember steward
        attendant cashier guard receptionist waiter cook chef clerk bartender porter
        doorman concierge housekeeper shopkeeper owner manager
        """.split()
    )
) | {"crew", "staff", "staffer", "staffers", "stewardess", "stewardesses", "waitress", "waitresses"}

#: Roles no one holds two of at once, by the setting they share (a vehicle,
#: care, arms, a school, a shop): each role its nouns of one person. Two
#: different roles of one setting are two people ("killed a driver, a
#: passenger in the back seat"; "a doctor, a nurse"; "a policeman, a
#: soldier on leave"); one noun of another setting may name the same one
#: ("a paramedic, a driver for the Red Crescent").
EXCLUSIVE_ROLES: tuple[tuple[frozenset[str], ...], ...] = (
    (
        frozenset({"driver", "chauffeur", "motorist"}),
        frozenset({"passenger"}),
        frozenset({"conductor"}),
        frozenset({"pilot"}),
        frozenset({"co-pilot", "copilot"}),
        frozenset({"pedestrian", "cyclist", "motorcyclist"}),
    ),
    (
        frozenset({"doctor", "physician", "surgeon"}),
        frozenset({"nurse"}),
        frozenset({"paramedic", "medic"}),
        frozenset({"midwife"}),
        frozenset({"pharmacist"}),
        frozenset({"patient"}),
    ),
    (
        frozenset({"policeman", "policewoman", "cop", "constable", "gendarme"}),
        frozenset({"soldier", "serviceman", "servicewoman", "conscript", "reservist"}),
        frozenset({"civilian", "passer-by", "passerby", "bystander"}),
    ),
    (
        frozenset({"teacher", "schoolteacher", "lecturer"}),
        frozenset({"student", "pupil", "schoolboy", "schoolgirl"}),
    ),
    (
        frozenset({"shopkeeper", "vendor", "cashier", "clerk"}),
        frozenset({"customer", "shopper"}),
    ),
)

#: Nouns that name again with "the" whichever one person a story counted
#: ("A man was shot ... The victim died").
ANYONE_AGAIN_NOUNS = frozenset({"victim"})


def same_single(later: str, earlier: str) -> bool:
    """
    Whether a noun after "the" (``later``) may name again the one person
    an earlier noun counted (``earlier``): the same noun, a noun of anyone
    ("the victim"), or two nouns of a child of no two sexes ("A 4-year-old
    girl died ... The child was rushed to hospital").
    """
    if later == earlier or later in ANYONE_AGAIN_NOUNS:
        return True
    children = OTHER_KINDS[0][0]
    female, male = FEMALE_NOUNS, MALE_NOUNS
    return (
        later in children
        and earlier in children
        and not ((later in female and earlier in male) or (later in male and earlier in female))
    )


#: Nouns of a killing that local news numbers by an ordinal ("the city's
#: 23rd homicide of 2016").
KILLING_NOUNS = frozenset(
    "homicide homicides murder murders killing killings slaying slayings".split()
)

#: Plural nouns of people that also stand before another noun of people as
#: its modifier ("two women aid workers", "three women police officers").
ATTRIBUTIVE_PLURALS = frozenset({"women"})

#: Group nouns that never mean one person after "the" ("the Taliban", "the army").
COLLECTIVE_NOUNS = frozenset(
    """
    taliban military army forces force police militia personnel staff crew family
    government regime coalition network group
    """.split()
)

#: Nouns of equipment no article counts, as none counts a collective
#: ("the equipment seized", "the hardware was destroyed": no one thing).
MASS_EQUIPMENT_NOUNS = frozenset({"equipment", "hardware", "materiel", "weaponry"})

#: Nouns of equipment spelt alike in the singular and the plural: one after
#: "a" or "an" ("shot down a MiG-29 aircraft"), more after a count ("two
#: aircraft").
SAME_IN_PLURAL = frozenset({"aircraft", "craft", "spacecraft", "hovercraft", "watercraft"})

#: Head nouns that count equipment.
EQUIPMENT_NOUNS = frozenset(
    """
    equipment hardware materiel tank tanks vehicle vehicles truck trucks carrier carriers apc apcs ifv ifvs
    bmp bmps btr btrs mrap mraps
    howitzer howitzers artillery gun guns launcher launchers system systems drone
    drones uav uavs missile missiles rocket rockets aircraft helicopter helicopters jet jets plane planes warplane
    warplanes projectile projectiles boat boats ship ships vessel vessels target targets depot depots
    cache caches bunker bunkers radar radars mortar mortars ied ieds bomb bombs
    battery batteries rifle rifles weapon weapons humvee humvees pickup pickups
    tanker tankers quadcopter quadcopters
    technical technicals locomotive locomotives train trains bridge bridges piece pieces
    warship warships frigate frigates corvette corvettes submarine submarines cruiser
    cruisers minesweeper minesweepers gunboat gunboats gunship gunships airplane airplanes
    interceptor interceptors bulldozer bulldozers excavator excavators ambulance ambulances
    firearm firearms handgun handguns pistol pistols shotgun shotguns revolver revolvers
    carbine carbines grenade grenades rpg rpgs mlrs himars atgm atgms manpads detonator detonators
    motorcycle motorcycles motorbike motorbikes jeep jeeps destroyer destroyers cannon cannons
    """.split()
)

#: Weapons one person carries, which police recover as evidence ("a handgun
#: was recovered near the scene"): one of them alone is no war equipment taken.
SIDEARM_NOUNS = frozenset({"handgun", "pistol", "revolver", "firearm", "shotgun", "knife"})

#: Names of weapon systems that head a count of equipment alone, capitalized,
#: singular or plural ("16 Bradleys were destroyed", "eight German-made
#: Leopards", "two Abrams"; see ``heads.head_word``): platforms, not the
#: munitions a salvo launches ("2 Iskanders and 25 Shaheds": a review found
#: a list of them read past a semicolon), nor a team's name ("Patriots").
EQUIPMENT_MODELS = frozenset(
    """
    leopard leopards bradley bradleys abrams challenger challengers marder marders
    stryker strykers bayraktar bayraktars caesar caesars krab krabs gepard gepards
    reaper reapers
    """.split()
)

#: What an interception destroys (see INTERCEPT_VERBS): munitions in flight
#: ("intercepted 35 drones"), not aircraft, which fighters intercept to
#: escort them away ("jets intercepted two Russian bombers").
INTERCEPTED_NOUNS = frozenset(
    """
    drone drones uav uavs missile missiles rocket rockets projectile projectiles bomb bombs
    """.split()
)

#: Nouns of people that name aircraft after a model or "fighter-" ("two
#: Su-34 bombers", "fighter-bombers"; "the suicide bombers" are people; not
#: "fighters", which after a group's code are people: "three M23 fighters").
CRAFT_NOUNS = frozenset({"bomber", "bombers"})

#: Animals: never a casualty figure, nor are "three others" after them.
ANIMAL_NOUNS = frozenset(
    """
    animal animals cow cows cattle livestock sheep goat goats horse horses dog dogs
    camel camels pig pigs chicken chickens bird birds fish calf calves bull bulls
    mule mules donkey donkeys deer
    """.split()
)

#: Places and buildings: no one, and a singular noun of people before one
#: names the place ("a refugee camp", "a police station"); cf. the names'
#: endings ``PLACE_NOUNS`` ("Kunar province").
SITE_NOUNS = frozenset(
    """
    village villages town towns city cities district districts province provinces
    house houses home homes building buildings shop shops store stores structure
    structures church churches mosque mosques school schools hospital hospitals
    countries regions states nations counties camp camps settlement settlements site
    sites centre centres center centers location locations place places
    """.split()
)
#: Posts a force holds ("captured 135 military outposts", "two army
#: checkpoints"): places, no people nor equipment.
POSITION_NOUNS = frozenset(
    """
    post posts outpost outposts position positions base bases checkpoint
    checkpoints station stations barracks garrison garrisons stronghold
    strongholds installation installations
    """.split()
)
#: Nouns of a fraction ("two thirds of them", "two-thirds", "one-fifth"
#: with the singular's "s"): a share, never a count of its own.
FRACTION_NOUNS = frozenset(
    "half halves quarter quarters thirds fifths sixths sevenths eighths ninths tenths".split()
)
#: Nouns that look like counted things but never are casualty figures.
NOT_COUNTED_NOUNS = (
    ANIMAL_NOUNS
    | SITE_NOUNS
    | POSITION_NOUNS
    | FRACTION_NOUNS
    | frozenset(
        """
    year years month months week weeks day days hour hours minute minutes times ago later
    decade decades century centuries fortnight fortnights
    night nights weekend weekends morning mornings evening evenings afternoon afternoons
    percent per cent km kilometres kilometers kilometre kilometer mile miles metre
    metres meter meters square hectares acres dollars euros pounds lira liras
    rubles roubles usd eur posts post round rounds occasion occasions area areas
    kilo kilos kilogram kilograms kg kgs ton tons tonne tonnes litre litres liter
    liters gallon gallons crate crates sack sacks sachet sachets quantity quantities
    head attack attacks raid
    raids strike strikes operation operations mission missions business businesses
    remainder
    side sides
    """.split()
    )
)

#: What a "head" before which is a person heads ("a village head", "the
#: tribal head"); "head" alone is a body part.
HEADED_BODIES = frozenset(
    """
    village tribal tribe clan school family household community department party
    district council committee security intelligence police military cell
    """.split()
)

#: Words of a state's armed forces in a group ("soldiers", "members of the
#: security forces"), and of the armed groups they fight ("militants",
#: "fighters loyal to the former government"): a list of the two sides'
#: dead is two counts, never one sum.
FORCE_WORDS = frozenset(
    """
    soldier soldiers troops serviceman servicemen police policeman policemen
    security forces army military gendarme gendarmes marines paratroopers
    commandos jawans troopers
    """.split()
)
#: Nouns that name the same kind of people, one family a set: a rival
#: source's count of "policemen" may be of the "officers" told before
#: ("killing seven officers ... the Taliban claimed it had killed 15
#: policemen"), as "troops" may be of "soldiers".
SAME_GROUP_FAMILIES = (
    frozenset(
        """
        soldier soldiers troops serviceman servicemen troopers jawans servicemembers
        """.split()
    ),
    frozenset(
        """
        police policeman policemen policewoman policewomen officer officers cops
        constables patrolmen
        """.split()
    ),
)
#: A side's names for the armed men it fights ("killed more than 1,000
#: occupiers"): in a rival's claim, the same men as the other side's soldiers
#: or fighters told before.
ENEMY_NAMES = frozenset({"occupiers", "invaders", "enemy", "enemies", "aggressors", "occupants"})
#: The nouns of the dead found, counted without a group of their own ("the
#: bodies of all eight", "the remains of five").
BODY_NOUNS = frozenset({"bodies", "corpses", "remains"})
FIGHTER_WORDS = frozenset(
    """
    militant militants fighter fighters insurgent insurgents rebel rebels jihadist
    jihadists terrorist terrorists gunman gunmen attacker attackers militiaman
    militiamen combatants mercenaries bandits assailants guerrilla guerrillas
    """.split()
)
#: The armed men of a state's forces or of the groups they fight, one set
#: for the checks that ask only whether a group bears arms.
ARMED_WORDS = FORCE_WORDS | FIGHTER_WORDS
#: The members of armed groups a state's forces fight, as a tally of the
#: victims sets them apart when those forces killed them beside the group's
#: victims ("Soldiers later killed about ten terrorists"); not "fighters" or
#: "combatants", which a war's sides both have ("killed 31 Malian soldiers
#: and 12 Russian fighters").
ARMED_GROUP_WORDS = FIGHTER_WORDS - {
    "fighter",
    "fighters",
    "combatants",
    "mercenaries",
} | frozenset(
    """
    enemies separatists extremists jihadis maoists naxals naxalites cadres gangsters
    militias kidnappers gang commander commanders sub-commander leader leaders
    facilitator facilitators emir bombmaker financier
    khawarij khwarij
    """.split()
)

#: Nouns that count homes of people, not people: a count of people told
#: beside them is the figure ("8,560 households (approximately 51,360
#: individuals)").
HOUSEHOLD_NOUNS = frozenset({"household", "households", "family", "families"})
#: Nouns that count people one by one, beside a count of households.
PERSON_UNITS = frozenset({"people", "persons", "individuals", "residents"})

#: Capitalised nouns a number in digits names rather than counts ("Highway
#: 61", "Interstate 35", "Flight 841", "Gate 4", "Camp 6").
NUMBERED_NAMES = frozenset(
    """
    highway interstate route road street avenue gate terminal building block sector
    zone flight camp checkpoint lane hall ward platform line phase district area
    bus train room apartment unit precinct exit grade form standard year
    """.split()
)

#: Nouns of things in general that may stand before a participle and an
#: inverted list ("Items recovered include 2 gun trucks, 4 AK-47 rifles").
THING_NOUNS = frozenset({"items", "weapons", "arms", "equipment", "materials"})

#: Nouns that count what they are "of" ("22 cases of abductions", "40
#: incidents of killing", "15 instances of torture"): the count is of that.
CASE_NOUNS = frozenset({"cases", "incidents", "instances"})

#: Nouns of what others told, which a statement may cite or reject ("reports
#: that 30 died", "denied claims by residents that").
REPORT_NOUNS = frozenset({"reports", "claims"})
#: Those with the nouns of hearsay a statement rejects, never cites as its
#: own ("rejected allegations that", "dismissed rumours of 100 dead").
HEARSAY_NOUNS = REPORT_NOUNS | {"rumours", "rumors", "allegations", "suggestions"}
#: The nouns of a toll told by its own name ("the death toll", "the tally",
#: "the tolls rose"): narrower than a total's nouns, never "number" or "figure".
TOLL_HEADS = frozenset({"toll", "tolls", "tally", "tallies"})
#: The nouns that name a count itself ("the toll", "the figure", "the number
#: of dead"), which a sentence about the count names it by.
COUNT_NAME_NOUNS = frozenset({"toll", "tally", "number", "figure", "count"})
#: Adjectives that name a whole class of people after "the", with no noun
#: ("a massacre of the innocent", "the killing of the elderly"): no count,
#: not one person.
COLLECTIVE_ADJECTIVES = frozenset(
    """
    innocent defenceless defenseless helpless vulnerable weak poor needy
    elderly sick unarmed young old
    """.split()
)
#: People in care by their noun ("evacuated 150 patients"): moved from care
#: to care, never people leaving their homes.
CARE_PEOPLE_NOUNS = frozenset({"patient", "patients", "inpatients"})
