"""
Rows for the words of flight and detention in all their forms (session
49): the present tense headlines use ("5,000 Sudanese cross into Chad",
"Pakistan jails 12 militants"), migrants rescued or intercepted at sea,
refuge sought by any noun of it, people resettled, gone or displaced to
another country, a people's camps abroad, a total told by a relative
clause, and people remanded or picked up by police.  Our own sentences
(written for this file, none from a test set); the row format is the one
of ``tests/cases/extraction.py`` (published on ``P``, a Thursday).
"""

from __future__ import annotations

from tests.cases.extraction import DISP, REF, D, K, P, Row, fig

_PRESENT: list[Row] = [
    (
        "5,000 Sudanese cross into Chad as fighting spreads",
        P,
        [fig(REF, 5_000, subject="Sudanese")],
        "a headline's present tense: 'cross into' a country",
    ),
    (
        "More than 1,000 migrants reach Lampedusa in 24 hours",
        P,
        [fig(REF, 1_000, "more_than", subject="migrants")],
        "migrants who reach a named place, in the present, with no article before it",
    ),
    (
        "About 8,000 Rohingya enter Bangladesh",
        P,
        [fig(REF, 8_000, "about", subject="Rohingya")],
        "'enter' a country in the present",
    ),
    (
        "61 migrants drown off Libya",
        P,
        [fig(K, 61, subject="migrants")],
        "'drown' in the present is a death",
    ),
    (
        "Pakistan jails 12 militants over Peshawar attack",
        P,
        [fig(D, 12, subject="militants")],
        "'jails' in the present",
    ),
    (
        "Ukraine downs 35 Russian drones overnight",
        P,
        [fig("equipment_destroyed", 35)],
        "'downs' in the present",
    ),
    (
        "Some 25,000 people streamed into Poland on Sunday.",
        P,
        [fig(REF, 25_000, "about", subject="people", date="2023-03-12", cumulative=False)],
        "a day dates a flow told by any verb of motion, no stock",
    ),
    (
        "Some 25,000 people streamed across the border into Poland.",
        P,
        [fig(REF, 25_000, "about", subject="people")],
        "a verb of motion across the border",
    ),
    (
        "About 2,000 people poured across the border region.",
        P,
        [],
        "(guard) 'across the border region' crosses no border",
    ),
]

_TAKEN_IN: list[Row] = [
    (
        "Germany took in 1.1 million Ukrainians in 2022.",
        P,
        [fig(REF, 1_100_000, subject="Ukrainians")],
        "'took in' anchors a sentence of its own",
    ),
    (
        "Uganda takes in 10,000 Congolese",
        P,
        [fig(REF, 10_000, subject="Congolese")],
        "a people's name with no plural 's' taken in",
    ),
    (
        "The Italian coast guard rescued 600 migrants off Lampedusa on Tuesday.",
        P,
        [fig(REF, 600, subject="migrants", date="2023-03-14", cumulative=False)],
        "migrants rescued at sea are in flight abroad, dated as a crossing",
    ),
    (
        "More than 1,100 migrants were intercepted at sea.",
        P,
        [fig(REF, 1_100, "more_than", subject="migrants")],
        "migrants intercepted: passive",
    ),
    (
        "About 2,000 migrants were intercepted at sea last year.",
        P,
        [fig(REF, 2_000, "about", subject="migrants", period=["2022-01-01", "2022-12-31"])],
        (
            "people intercepted are no equipment; migrants stopped at sea are in flight"
            " (no figure before session 49: moved from the equipment rows)"
        ),
    ),
    (
        "Libyan coast guards intercepted 1,100 migrants.",
        P,
        [fig(REF, 1_100, subject="migrants")],
        "migrants intercepted: active (an interception of drones destroys them)",
    ),
    (
        "Rescuers saved 12 people from the rubble. The coast guard rescued 30 villagers.",
        P,
        [],
        "(guard) a rescue of anyone but migrants is no flight",
    ),
    (
        "Two drones were intercepted.",
        P,
        [fig("equipment_destroyed", 2, subject="drones")],
        "(guard) an interception of drones still destroys them",
    ),
]

_ABROAD: list[Row] = [
    (
        "An estimated 300,000 people have sought safety in Chad.",
        P,
        [fig(REF, 300_000, "about", subject="people")],
        "refuge by any of its nouns: safety, sanctuary",
    ),
    (
        "Some 2,000 residents took refuge in a school.",
        P,
        [fig(DISP, 2_000, "about", subject="residents")],
        "(guard) refuge at home is displacement",
    ),
    (
        "UNHCR said 1.2 million people had been forced to flee to neighbouring countries.",
        P,
        [fig(REF, 1_200_000, subject="people", claimed_by="UNHCR")],
        "forced to flee abroad: the verb of flight inside the phrase",
    ),
    (
        "About 3,500 Afghans were resettled in Canada last year.",
        P,
        [fig(REF, 3_500, "about", subject="Afghans")],
        "resettled in another country",
    ),
    (
        "Some 400 families were resettled in new villages.",
        P,
        [fig(DISP, 400, "about", subject="families")],
        "(guard) resettled at home",
    ),
    (
        "Over 200,000 Sudanese are now living in camps in Chad.",
        P,
        [fig(REF, 200_000, "more_than", subject="Sudanese")],
        "a people's camps in another country",
    ),
    (
        "Over 200,000 Chadians are now living in camps in Chad.",
        P,
        [fig(DISP, 200_000, "more_than", subject="Chadians")],
        "(guard) a people's camps in its own country",
    ),
    (
        "Some 20,000 were displaced across the border into Ethiopia.",
        P,
        [fig(REF, 20_000, "about")],
        "displaced across the border",
    ),
    (
        (
            "About 3.5 million people remain internally displaced across Ukraine. The city is"
            " home to millions of people displaced from other areas of the country."
        ),
        P,
        [
            fig(DISP, 3_500_000, "about", subject="people"),
            fig(DISP, None, "vague", subject="people"),
        ],
        "(guard) displaced across a country, or from other parts of it, stays at home",
    ),
    (
        (
            "Roughly 60,000 people have gone to Egypt since the war began. About 20,000 Afghans"
            " have made it to Iran, fleeing the war."
        ),
        P,
        [
            fig(REF, 60_000, "about", subject="people"),
            fig(REF, 20_000, "about", subject="Afghans"),
        ],
        "people gone, or who made it, to another country where the sentence tells of flight",
    ),
    (
        (
            "About 300 soldiers went to Syria. Some 2 million tourists went to Spain. About"
            " 3,000 pilgrims went to Saudi Arabia for the hajj."
        ),
        P,
        [],
        "(guard) forces, tourists and pilgrims who go abroad are no refugees",
    ),
    (
        (
            "The total who have crossed into Chad rose to 180,000. The number who have died"
            " rose to 52."
        ),
        P,
        [fig(REF, 180_000), fig(K, 52)],
        "a total's noun with a relative clause right on it: its verb says what is counted",
    ),
]

_HELD: list[Row] = [
    (
        "Twenty suspects have been remanded in custody.",
        P,
        [fig(D, 20, subject="suspects")],
        "'remanded'",
    ),
    (
        "Forty-two people were picked up by police during the march.",
        P,
        [fig(D, 42, subject="people")],
        "picked up by police",
    ),
    (
        "Forty-two people were picked up by a bus.",
        P,
        [],
        "(guard) picked up by anyone but a force is no detention",
    ),
]

_BESIDE: list[Row] = [
    (
        (
            "Tanzania hosts 250,000 refugees, the second largest number in the region, including"
            " 90,000 from Burundi."
        ),
        P,
        [fig(REF, 250_000, subject="refugees"), fig(REF, 90_000)],
        "a part after the whole's appositive set off by commas is still its part",
    ),
    (
        (
            "Officials said 2,300 people were evacuated through the corridor on Monday, including"
            " 800 from Avdiivka."
        ),
        P,
        [fig(DISP, 2_300, subject="people", date="2023-03-13"), fig(DISP, 800, date="2023-03-13")],
        "a phrase of 'through' between a figure and its part",
    ),
    (
        (
            "Some 90,000 migrants reached Spain last year, almost twice the 48,000 who arrived in"
            " 2021."
        ),
        P,
        [
            fig(REF, 90_000, "about", period=["2022-01-01", "2022-12-31"]),
            fig(REF, 48_000, period=["2021-01-01", "2021-12-31"]),
        ],
        "a count set beside another as its multiple, with its own period past its clause's verb",
    ),
    (
        "Storms and floods triggered 9.8 million new displacements in 2020.",
        P,
        [fig(DISP, 9_800_000, period=["2020-01-01", "2020-12-31"])],
        "'displacements' count the displaced",
    ),
    (
        (
            "The district administration moved 42,000 residents to safety. Divers pulled 12"
            " people to safety."
        ),
        P,
        [fig(DISP, 42_000, subject="residents")],
        "moved to safety is displacement; pulled to safety is a rescue (guard)",
    ),
    (
        "The offensive drove some 200,000 civilians across the border.",
        P,
        [fig(REF, 200_000, "about", subject="civilians")],
        "driven across the border",
    ),
    (
        (
            "The army drove 5,000 fighters across the border. The army drove 5,000 people across"
            " the border region."
        ),
        P,
        [],
        "(guard) fighters driven across a border, or people across a region, are no refugees",
    ),
]

_VERBS_AFTER: list[Row] = [
    (
        "At least 80 people sheltering in a school have been killed since the war began.",
        P,
        [fig(K, 80, "at_least", subject="people")],
        "a participle of where a group stays modifies it before its own verb of harm",
    ),
    (
        "At least 80 people are sheltering in a school.",
        P,
        [fig(DISP, 80, "at_least", subject="people")],
        "(guard) the stay as the group's own verb",
    ),
    (
        "Floods swept the valley, with the death toll reaching 45, including six children.",
        P,
        [fig(K, 45), fig(K, 6, subject="children")],
        "a toll's participle of a milestone ('reaching', 'topping') and its part",
    ),
    (
        "Gunmen stormed the village, killing 12 people and taking about 30 hostage.",
        P,
        [fig(K, 12, subject="people"), fig(D, 30, "about")],
        "a bare count taken 'hostage' in the singular",
    ),
]

_SPEAKERS: list[Row] = [
    (
        (
            "A teacher at the school, who asked not to be named, told reporters that about"
            " 300 students were abducted."
        ),
        P,
        [fig(D, 300, "about", subject="students", claimed_by="A teacher at the school")],
        "a speaker named by any noun of people, past a relative clause set off by commas",
    ),
    (
        (
            "A journalist, Ahmed Musa, who wrote about abuses by the police, was shot dead by"
            " unknown gunmen."
        ),
        P,
        [fig(K, 1, claimed_by=None)],
        "(guard) a clause of what one wrote is no claim",
    ),
]

_LANDINGS: list[Row] = [
    (
        "More than 900 people arrived by boat on Lampedusa. Some 400 Rohingya have landed in Aceh.",
        P,
        [
            fig(REF, 900, "more_than", subject="people"),
            fig(REF, 400, "about", subject="Rohingya"),
        ],
        "people who flee landed from the sea at a named place",
    ),
    (
        "About 200 tourists arrived by boat on Capri. Some 300 soldiers landed in Normandy.",
        P,
        [],
        "(guard) tourists and soldiers who land are no refugees",
    ),
]

_STATES: list[Row] = [
    (
        "More than half a million of the displaced are children, according to Unicef.",
        P,
        [fig(DISP, 500_000, "more_than", claimed_by="Unicef")],
        "a part of 'the displaced' as of 'the dead'",
    ),
    (
        "The number of people living in internal displacement reached a record 59.1 million.",
        P,
        [fig(DISP, 59_100_000)],
        "living in internal displacement; a milestone 'a record' before its number",
    ),
    (
        (
            "It was not clear whether the commander, who has topped the list for more than two"
            " decades, had been killed."
        ),
        P,
        [],
        "(guard) decades are no count",
    ),
    (
        (
            "Since the election, which handed the president a sixth term, more than 7,000"
            " people have been detained."
        ),
        P,
        [fig(D, 7_000, "more_than", subject="people")],
        "(guard) 'a sixth term' is one more of no one counted",
    ),
]

_SHARES: list[Row] = [
    (
        (
            "Germany hosted the largest number of refugees (around 1.1 million people; 30% of the"
            " total), followed by Poland (900,000; 24%) and Czechia (300,000, or 8%)."
        ),
        P,
        [fig(REF, 1_100_000, "about"), fig(REF, 900_000), fig(REF, 300_000)],
        "a host's share in brackets, and brackets that hold a count's share",
    ),
]

_LOCATED: list[Row] = [
    (
        (
            "More than 2 million people have fled Sudan since April. There are now 1.2 million"
            " Sudanese in Chad. Lebanon, home to 1.5 million Syrians, is struggling."
        ),
        P,
        [
            fig(REF, 2_000_000, "more_than", subject="people"),
            fig(REF, 1_200_000, subject="Sudanese"),
            fig(REF, 1_500_000, subject="Syrians"),
        ],
        "a people counted in another country, in a story that counted refugees",
    ),
    (
        (
            "There are 3.5 million Indians in the UAE. More than 2 million people have fled Sudan"
            " since April. Some 900,000 Chadians are in Chad."
        ),
        P,
        [fig(REF, 2_000_000, "more_than", subject="people")],
        "(guard) a people abroad before any flight is told, or in its own country, is no figure",
    ),
]

_AFTER_REVIEW: list[Row] = [
    (
        "Army officials said 20,000 Sudanese crossed into Chad on Sunday.",
        P,
        [fig(REF, 20_000, subject="Sudanese", date="2023-03-12")],
        "(after a review) the source's words before a crossing are no crossers",
    ),
    (
        "About 60,000 Israelis were forced to flee their homes along the border with Lebanon.",
        P,
        [fig(DISP, 60_000, "about", subject="Israelis")],
        "(guard, after a review) a border along which people flee is no border crossed",
    ),
    (
        "About 2,000 people sought safety near the border.",
        P,
        [fig(DISP, 2_000, "about", subject="people")],
        "(guard, after a review) safety near the border is at home",
    ),
    (
        "The strike killed 40 people, half the 80 passengers on the bus.",
        P,
        [fig(K, 40, subject="people")],
        "(guard, after a review) 'half the 80' names the whole, no count set beside",
    ),
    (
        "The camp now hosts 80,000 refugees, double the 40,000 it was designed for.",
        P,
        [fig(REF, 80_000, subject="refugees")],
        "(guard, after a review) a multiple of a capacity is no count",
    ),
    (
        "About 300 Afghans tried to cross into Iran but were pushed back.",
        P,
        [],
        "(guard, after a review) a plain verb after an attempt tells no crossing",
    ),
    (
        "We will not let 2 million Gazans perish, the minister said.",
        P,
        [],
        "(guard, after a review) a deed not done: 'will not let ... perish'",
    ),
    (
        "About 100,000 Palestinian workers enter Israel every day.",
        P,
        [],
        "(guard, after a review) workers who cross tell no flight",
    ),
    (
        "An estimated 3,000 people drown every year in Lake Victoria.",
        P,
        [fig(K, 3_000, "about", subject="people", date=None, cumulative=True)],
        "(after a second review) a death's rate stays a rate, as every count's does",
    ),
    (
        "The USGS said there was a 35% chance of fatalities exceeding 1,000.",
        P,
        [],
        "(guard, after a review) a chance of a toll is no toll",
    ),
    (
        (
            "The number who have lost their homes has reached 30,000. The number who have lost"
            " their jobs has reached 30,000."
        ),
        P,
        [fig(DISP, 30_000)],
        "(guard, after a review) 'lost' alone is no death in a total's clause",
    ),
    (
        "About 300 troops poured across the border. 300 Russian Troops Cross Into Ukraine",
        P,
        [],
        "(guard, after a review) troops who cross, in any case, are no refugees",
    ),
    (
        "Mexican authorities rescued 343 migrants from a truck in Veracruz.",
        P,
        [],
        "(guard, after a review) migrants rescued on land are no flight at sea",
    ),
    (
        "Authorities rescued 120 migrants held captive by traffickers in a house in Reynosa.",
        P,
        [fig(D, 120, subject="migrants")],
        "(guard, after a review) migrants held captive stay captives",
    ),
    (
        "Over 300 civilians took safety precautions before the storm.",
        P,
        [],
        "(guard, after a review) 'safety' before a noun is no refuge",
    ),
    (
        "Some 12,000 Pakistanis went to Saudi Arabia.",
        P,
        [],
        "(guard, after a review) a people's name going abroad with no flight told",
    ),
    (
        "The museum moved 1,500 artworks to safety. The army moved 300 troops to safety.",
        P,
        [],
        "(guard, after a review) things and troops moved to safety are no displaced",
    ),
    (
        (
            "About 200 stranded tourists were picked up by army helicopters. Ten suspects were"
            " remanded on bail."
        ),
        P,
        [],
        "(guard, after a review) a force's craft picks up no detainee; bail holds no one",
    ),
    (
        "Over 300 Pakistanis reach Pakistan from Sudan",
        P,
        [],
        "(guard, after a review) a people reaching its own country returns",
    ),
    (
        "Some 2 million pilgrims pour into Saudi Arabia for hajj",
        P,
        [],
        "(guard, after a review) pilgrims and a purpose are no flight",
    ),
    (
        "Some 12,000 people were displaced into Lebanon's Bekaa valley.",
        P,
        [fig(DISP, 12_000, "about", subject="people")],
        "(guard, after a review) a country's own region is at home for the displaced",
    ),
    (
        "About 1,200 people sheltering in the hospital were trapped.",
        P,
        [],
        "(guard, after a review) a stay then 'trapped' is no harm after the stay",
    ),
    (
        "Some 2,000 villagers from Mese Township crossed into Thailand's Mae Hong Son province.",
        P,
        [fig(REF, 2_000, "about", subject="villagers")],
        "(after a review) a crossing into a region of another country is abroad",
    ),
    (
        "More than 80,000 Armenians have fled Nagorno-Karabakh for Armenia.",
        P,
        [fig(REF, 80_000, "more_than", subject="Armenians")],
        "(after a review) people who flee to their people's country are refugees",
    ),
    (
        (
            "Nearly 900 migrants were picked up on Saturday. Ocean Viking disembarked 234"
            " migrants in Ancona"
        ),
        P,
        [fig(REF, 900, "nearly", subject="migrants"), fig(REF, 234, subject="migrants")],
        (
            "(after a review) migrants told rescued need no word of the sea; a ship's"
            " disembarking is one"
        ),
    ),
]

_AFTER_SECOND_REVIEW: list[Row] = [
    (
        (
            "Gunmen abducted 61 people from a village in Kaduna on Monday, police said. Criminal"
            " gangs known locally as bandits have killed more than 2,000 people in the northwest."
        ),
        P,
        [
            fig(D, 61, subject="people", date="2023-03-13"),
            fig(K, 2_000, "more_than", subject="people", date=None, cumulative=True),
        ],
        "(guard, after a second review) attackers' perfect with no incident told: a running total",
    ),
    (
        "Two people were killed on Monday in Russia's daily shelling of Nikopol.",
        P,
        [fig(K, 2, subject="people", date="2023-03-13")],
        "(guard, after a second review) 'daily' before a noun is no rate",
    ),
    (
        (
            "More than 20,000 Sudanese have fled into Chad since April in search of safety. More"
            " than 600 Afghan journalists have fled to Pakistan since the Taliban took over."
        ),
        P,
        [
            fig(REF, 20_000, "more_than", subject="Sudanese"),
            fig(REF, 600, "more_than", subject="Afghan journalists"),
        ],
        "(guard, after a second review) people who flee are refugees for any purpose or trade",
    ),
    (
        (
            "Officials in Adre counted 20,000 Sudanese who crossed into Chad over the weekend."
            " More than 20,000 Sudanese have crossed into South Sudan since the fighting began."
        ),
        P,
        [fig(REF, 20_000, subject="Sudanese"), fig(REF, 20_000, "more_than", subject="Sudanese")],
        (
            "(guard, after a second review) the counted group crosses, not its counters; South"
            " Sudan is no Sudan"
        ),
    ),
    (
        (
            "Sudan has been at war since April 15, when fighting broke out between the army and"
            " the RSF, killing at least 14,000 people."
        ),
        P,
        [fig(K, 14_000, "at_least", subject="people", period=["2022-04-15", "2023-03-16"])],
        "(guard, after a second review) a war's start in a 'when' clause: its count runs on",
    ),
    (
        "The number of aircraft lost by Russia has reached 340.",
        P,
        [fig("equipment_destroyed", 340, subject="aircraft")],
        "(guard, after a second review) 'lost' with no object is a loss in a total's clause",
    ),
    (
        (
            "About 150 people landed in Kabul on Sunday on a flight from Istanbul. Some 2,000"
            " prisoners escaped to Niger."
        ),
        P,
        [],
        "(guard, after a second review) a landing by air, escaped prisoners: no refugees",
    ),
    (
        (
            "The army killed 12 militants and captured their leader, who told interrogators that"
            " 40 fighters had fled."
        ),
        P,
        [fig(K, 12, subject="militants", claimed_by=None), fig(D, 1), fig(DISP, 40)],
        "(guard, after a second review) a captive's clause claims no figure of his capture",
    ),
    (
        (
            "Al-Shabaab, which ambushed a convoy near Mogadishu on Jan. 3, has killed more than"
            " 200 soldiers this year. Three soldiers were killed in a roadside blast, the army"
            " said."
        ),
        P,
        [fig(K, 200, "more_than"), fig(K, 3, subject="soldiers", date=None)],
        "(guard, after a second review) a relative clause's day is no story's day",
    ),
]

_AFTER_THIRD_REVIEW: list[Row] = [
    (
        (
            "Since Oct. 7, when Hamas attacked Israel, more than 31,000 Palestinians have been"
            " killed in Gaza."
        ),
        P,
        [fig(K, 31_000, "more_than", period=["2022-10-07", "2023-03-16"], cumulative=True)],
        "(guard, after a third review) the main clause after a 'when' clause runs on from its day",
    ),
    (
        "About 50 Chadian troops, pursuing rebels, entered Sudan on Tuesday.",
        P,
        [],
        "(guard, after a third review) troops set off by an aside still cross as troops",
    ),
    (
        (
            "A second American was killed in Israel. The number of Russian tanks lost has passed"
            " 3,000."
        ),
        P,
        [fig(K, 2, subject="American"), fig("equipment_destroyed", 3_000, "at_least")],
        "(guard, after a third review) a people's name after an ordinal; 'lost' before its verb",
    ),
    (
        (
            "The 56 passengers were picked up by the army and bused to safety. More than 100"
            " protesters were picked up by security forces overnight."
        ),
        P,
        [fig(D, 100, "more_than", subject="protesters")],
        (
            "(guard, after a third review) a rescue's pick-up holds no one; 'security forces' is"
            " a force"
        ),
    ),
    (
        (
            "Some 400,000 people went to Mexico to see the eclipse. More than 20,000 Sudanese"
            " crossed into Chad last week ahead of the rainy season."
        ),
        P,
        [fig(REF, 20_000, "more_than", subject="Sudanese")],
        (
            "(guard, after a third review) people going abroad with no flight told; a season no"
            " purpose"
        ),
    ),
]

EXAMPLES_FLIGHT_WORDS = (
    _PRESENT
    + _TAKEN_IN
    + _ABROAD
    + _HELD
    + _BESIDE
    + _VERBS_AFTER
    + _SPEAKERS
    + _LANDINGS
    + _STATES
    + _SHARES
    + _LOCATED
    + _AFTER_REVIEW
    + _AFTER_SECOND_REVIEW
    + _AFTER_THIRD_REVIEW
)
