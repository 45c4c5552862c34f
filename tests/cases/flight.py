"""
The clause reader's rows for flight and shelter told without a fixed phrase:
driven from home, leaving home by its kind ("villages"), a stay out of
doors or with relatives, a move to shelter of any kind, moving into or
leaving another country, and a country that takes people in.  Our own
sentences (written for this file, none from a test set); the row format is
the one of ``tests/cases/extraction.py`` (published on ``P``, a Thursday).
"""

from __future__ import annotations

from tests.cases.extraction import DISP, REF, D, K, P, Row, fig

_AWAY: list[Row] = [
    (
        "Some 3,870 citizens are being hosted in tents, dormitories and guesthouses.",
        P,
        [fig(DISP, 3870, "about", subject="citizens", cumulative=True)],
        "hosted in tents is displaced, as sheltered in them is; hosted by a country, refugees",
    ),
    (
        "Some 300 recruits stayed at the training camp.",
        P,
        [],
        "a camp alone is no shelter of the displaced: a military or training camp (guard)",
    ),
    (
        "Nearly 90,000 people have been driven from their homes by the floods.",
        P,
        [fig(DISP, 90_000, "nearly", subject="people", cumulative=True)],
        "driven from home: any forcing participle, not only 'forced'",
    ),
    (
        "Some 12,000 residents were chased out of their neighbourhoods by the gangs.",
        P,
        [fig(DISP, 12_000, "about", subject="residents", cumulative=True)],
        "chased out of their neighbourhoods",
    ),
    (
        "About 4,500 herders had abandoned their villages before the rains.",
        P,
        [fig(DISP, 4_500, "about", subject="herders", cumulative=True)],
        "leaving home told by its kind: villages",
    ),
    (
        "The militia drove 6,000 farmers from their villages in March.",
        P,
        [fig(DISP, 6_000, subject="farmers", cumulative=True)],
        "an active forcing verb with villages for homes",
    ),
    (
        "More than 2,000 residents of the valley and four nearby hamlets have fled.",
        P,
        [fig(DISP, 2_000, "more_than", subject="residents", cumulative=True)],
        "places counted inside the group's modifier are no count of their own",
    ),
    (
        "Roughly 9,000 people spent a third night in the open after the quake.",
        P,
        [fig(DISP, 9_000, "about", subject="people", cumulative=True)],
        "a night out of doors",
    ),
    (
        "Hundreds of families are sleeping on the streets of Beira.",
        P,
        [fig(DISP, None, "vague", subject="families", cumulative=True)],
        "sleeping on the streets",
    ),
    (
        "A further 31,000 are staying with host families, the agency said.",
        P,
        [fig(DISP, 31_000, cumulative=True, claimed_by="the agency")],
        "a stay with host families",
    ),
    (
        "Around 700 villagers have moved to community bunkers along the frontier.",
        P,
        [fig(DISP, 700, "about", subject="villagers", cumulative=True)],
        "a move to bunkers, a shelter by its noun",
    ),
    (
        "About 250 tenants were moved to temporary accommodation.",
        P,
        [fig(DISP, 250, "about", subject="tenants", cumulative=True)],
        "temporary accommodation: a shelter site by its kind",
    ),
    (
        "Some 3,200 Karenni have slipped into Thailand since the offensive began.",
        P,
        [fig(REF, 3_200, "about", subject="Karenni", cumulative=True)],
        "moving by stealth into another country",
    ),
    (
        "Almost 1.3 million people have left Sudan since April.",
        P,
        [fig(REF, 1_300_000, "nearly", subject="people", cumulative=True)],
        "leaving a country by its name",
    ),
    (
        "Kenya has taken in more than 60,000 since the fighting began.",
        P,
        [fig(REF, 60_000, "more_than", cumulative=True)],
        "a country takes people in: refugees",
    ),
    (
        "Chad has registered 118,000 new arrivals this year, the UNHCR said.",
        P,
        [fig(REF, 118_000, cumulative=True, claimed_by="the UNHCR")],
        "a country registers arrivals",
    ),
    (
        "About 5,000 Hondurans had requested asylum in the first quarter.",
        P,
        [fig(REF, 5_000, "about", subject="Hondurans", cumulative=True)],
        "requested asylum",
    ),
]

_HOME_OR_ABROAD: list[Row] = [
    (
        (
            "Hungary has taken in some 191,000 refugees, Slovakia nearly 141,000 and the"
            " Republic of Moldova about 83,000."
        ),
        P,
        [fig(REF, 191_000, "about"), fig(REF, 141_000, "nearly"), fig(REF, 83_000, "about")],
        "a stock's member by a country of several words, after 'the Republic of'",
    ),
    (
        "Egypt has received 255,000 refugees, followed by Chad with around 120,000.",
        P,
        [fig(REF, 255_000), fig(REF, 120_000, "about")],
        "a stock's member by a country 'with' its number",
    ),
    (
        "More than 1,000 migrants in 13 boats arrived in Spain.",
        P,
        [fig(REF, 1000, "more_than", subject="migrants", cumulative=True)],
        "an arrival abroad past a modifier with a count of its own",
    ),
    (
        "The UN school sheltered 4,000 refugees, and 15 were killed when it was struck.",
        P,
        [fig(REF, 4000, cumulative=True), fig(K, 15)],
        "(after a second review) refugees a place holds, beside a clause of its own",
    ),
    (
        "Hundreds of wounded people have fled to neighbouring Jordan, the UNHCR said.",
        P,
        [fig(REF, None, "vague", claimed_by="the UNHCR")],
        "(after a second review) the wounded who fled abroad are refugees",
    ),
    (
        "About 150 detainees were moved to a stadium after the prison was damaged.",
        P,
        [fig(D, 150, "about", subject="detainees")],
        "(after a second review) detainees moved to a public building are no displaced people",
    ),
    (
        "More than 30,000 migrants have reached Italy by sea so far this year.",
        P,
        [fig(REF, 30000, "more_than", subject="migrants", cumulative=True)],
        "migrants who reached another country are refugees ('reached' takes no preposition)",
    ),
    (
        "Officials said some 380,000 people had taken shelter in cyclone centres.",
        P,
        [fig(DISP, 380000, "about", claimed_by="Officials")],
        "'taken shelter in' a site of shelter ('cyclone centres')",
    ),
    (
        "Some 185,000 had been moved to 594 welfare centres.",
        P,
        [fig(DISP, 185000, "about")],
        "moved to 'welfare centres', a site of shelter",
    ),
    (
        "Around 40 residents were shifted to a nearby municipal school as a precaution.",
        P,
        [fig(DISP, 40, "about", subject="residents")],
        "people moved to a public building are displaced",
    ),
    (
        "In Kenya, authorities have registered about 3,500 Sudanese asylum seekers.",
        P,
        [fig(REF, 3500, "about", subject="Sudanese asylum seekers", claimed_by="authorities")],
        "asylum seekers count themselves as refugees",
    ),
    (
        "Some 6,000 people have arrived in the Chadian border town of Adre since Sunday.",
        P,
        [fig(REF, 6000, "about", subject="people", cumulative=True)],
        "an arrival in a place its country's demonym names is abroad",
    ),
    (
        "Some 6,000 people have arrived in the town of Adre since Sunday.",
        P,
        [],
        "an arrival in a town no country names is no flight abroad (guard)",
    ),
    (
        "Around 2.5 million people had been rendered homeless by the quake.",
        P,
        [fig(DISP, 2500000, "about", subject="people")],
        "'rendered homeless' as 'made homeless'",
    ),
    (
        "Around 14,000 Venezuelans entered the country in the first week of August.",
        P,
        [fig(REF, 14000, "about", subject="Venezuelans", cumulative=True)],
        "people who entered 'the country' came from abroad: refugees",
    ),
    (
        "Almost 2 million have crossed into neighbouring countries, including 600,000 into Chad.",
        P,
        [fig(REF, 2000000, "nearly"), fig(REF, 600000, part=True)],
        "a part of refugees told by where they went, 'into' a country",
    ),
    (
        "Nearly 560,000 people have fled to neighbouring countries, including 149,000 to Chad.",
        P,
        [fig(REF, 560000, "nearly"), fig(REF, 149000, part=True)],
        "a part of refugees after where the whole went: 'to neighbouring countries, including'",
    ),
    (
        "Nearly 560,000 people have fled Sudan, including 149,000 to Chad.",
        P,
        [fig(REF, 560000, "nearly"), fig(REF, 149000, part=True)],
        "a part of refugees after the country they fled: 'fled Sudan, including'",
    ),
    (
        "About 90 people were left without a place to live after the fire.",
        P,
        [fig(DISP, 90, "about")],
        "'left without a place to live': displaced, as 'left without shelter'",
    ),
    (
        "The floods left 2,000 families without a roof over their heads.",
        P,
        [fig(DISP, 2000)],
        "'left N without a roof over their heads': displaced",
    ),
    (
        (
            "About 3,000 people fled to the hills, where soldiers later killed 12, including"
            " five children."
        ),
        P,
        [fig(DISP, 3000, "about"), fig(K, 12), fig(K, 5, part=True)],
        "(guard) a part after a clause of its own belongs to that clause's figure",
    ),
    (
        "About 1.2 million tourists entered the country in January.",
        P,
        [],
        "(guard) people who enter the country for other ends are no refugees",
    ),
    (
        "Russian troops entered the country in February.",
        P,
        [],
        "(guard) a state's forces entering the country is an incursion",
    ),
    (
        "More than 9,000 Rohingya have left Rakhine State for Bangladesh since Monday.",
        P,
        [fig(REF, 9_000, "more_than", subject="Rohingya", cumulative=True)],
        "a place left for another country",
    ),
    (
        "Some 14,000 ethnic Karen Christians and Muslims have been displaced.",
        P,
        [fig(DISP, 14_000, "about", subject="ethnic Karen Christians", cumulative=True)],
        "a second noun of the group by a capitalised plural shares its count",
    ),
    (
        "About 9,000 remained at the UN protection site near Bor.",
        P,
        [fig(DISP, 9_000, "about", cumulative=True)],
        "a shelter named with 'the' and a body's acronym",
    ),
    (
        "Some 5,000 people fled their homes. Officials put the exact figure at 5,212.",
        P,
        [
            fig(DISP, 5_000, "about", cumulative=True),
            fig(DISP, 5_212, cumulative=True, claimed_by="Officials"),
        ],
        "'put the exact figure at' names its source",
    ),
    (
        "About 2,600 Malians had crossed Lake Faguibine into neighbouring Mauritania.",
        P,
        [fig(REF, 2_600, "about", subject="Malians", cumulative=True)],
        "a named water crossed without an article, then a neighbouring country",
    ),
    (
        "The fighting has forced 90,000 people to flee their homes inside the country.",
        P,
        [fig(DISP, 90_000, subject="people", cumulative=True)],
        "flight inside the country stays at home",
    ),
    (
        "The assault forced an estimated 8,000 residents of the settlement to flee.",
        P,
        [fig(DISP, 8_000, "about", subject="residents", cumulative=True)],
        "a result after the object's of-phrase",
    ),
    (
        "By Saturday, 100,417 forcibly displaced persons had arrived in Armenia.",
        P,
        [fig(REF, 100_417, subject="displaced persons", cumulative=True)],
        "the displaced who arrived in another country are refugees there",
    ),
    (
        "Some 2,000 displaced people have arrived in Goma.",
        P,
        [fig(DISP, 2_000, "about", subject="people", cumulative=True)],
        "the displaced who arrived in a town stay displaced",
    ),
    (
        "Poland follows, with about 956,000 people holding temporary protection status.",
        P,
        [fig(REF, 956_000, "about", subject="people", cumulative=True)],
        "people holding a refugee's standing are refugees",
    ),
    (
        "More than 1.1 million Ukrainians have registered for temporary protection there.",
        P,
        [fig(REF, 1_100_000, "more_than", subject="Ukrainians", cumulative=True)],
        "registered for a refugee's standing",
    ),
    (
        "Last year 1,200 Syrians were granted asylum.",
        P,
        [fig(REF, 1_200, subject="Syrians")],
        "granted asylum",
    ),
    (
        "Two million people had crossed its western borders by March.",
        P,
        [fig(REF, 2_000_000, subject="people")],
        "a host's borders, plural",
    ),
    (
        "More than 1 million people are being sheltered in tents and dormitories.",
        P,
        [fig(DISP, 1_000_000, "more_than", subject="people", cumulative=True)],
        "people sheltered in tents",
    ),
    (
        "Around 8,300 people have been shifted to 82 relief camps.",
        P,
        [fig(DISP, 8_300, "about", subject="people", cumulative=True)],
        "people shifted to camps",
    ),
    (
        "An estimated 2,000 people crossed into Adré, Chad, on Tuesday, aid workers said.",
        P,
        [fig(REF, 2000, "about", claimed_by="aid workers")],
        "crossing into a town named with its country is crossing abroad",
    ),
    (
        "Thousands fled to Goma, Congo, after the attack.",
        P,
        [fig(DISP, None, "vague")],
        "fleeing (not crossing) to a town named with its country stays displaced",
    ),
    (
        "The war has driven more than 4 million Syrians abroad.",
        P,
        [fig(REF, 4_000_000, "more_than", subject="Syrians")],
        "a group driven abroad: refugees ('abroad' ends the group, no noun of it)",
    ),
    (
        (
            "Most of the newcomers went to the two transit sites, which were already hosting about "
            "40,000 people."
        ),
        P,
        [fig(DISP, 40_000, "about")],
        "sites a relative clause's verb of hosting names host the displaced",
    ),
    (
        "A fire in the camp left some 3,000 refugees homeless.",
        P,
        [fig(DISP, 3_000, "about")],
        "refugees a fire leaves homeless are displaced anew",
    ),
    (
        "The storm left about 2,500 refugees without shelter.",
        P,
        [fig(DISP, 2_500, "about")],
        "refugees left without shelter are displaced anew",
    ),
    (
        (
            "The war has displaced 9 million people, including 2 million who have fled across its "
            "borders."
        ),
        P,
        [fig(DISP, 9_000_000), fig(REF, 2_000_000)],
        "'fled across its borders' is abroad",
    ),
    (
        "The number of Venezuelan refugees skyrocketed to over 4 million by mid-2019.",
        P,
        [fig(REF, 4_000_000, "more_than", cumulative=True)],
        "a total that 'skyrocketed to' a number",
    ),
    (
        (
            "They include people who crossed into Egypt (1.2 million), South Sudan (about"
            " 850,000) and the Central African Republic (31,000)."
        ),
        P,
        [fig(REF, 1_200_000), fig(REF, 850_000, "about"), fig(REF, 31_000)],
        "countries in brackets after a verb of crossing 'into' them are where refugees went",
    ),
    (
        "Most have fled to Kassala (120,000) and Gedaref (80,000).",
        P,
        [fig(DISP, 120_000), fig(DISP, 80_000)],
        "(guard) places in brackets that are no countries after a verb of flight are at home",
    ),
    (
        (
            "Colombia remains the main receiving country, with 2.89 million Venezuelans,"
            " followed by Peru (1.54 million) and Ecuador (502,200)."
        ),
        P,
        [fig(REF, 2_890_000), fig(REF, 1_540_000), fig(REF, 502_200)],
        "the main receiving country's share, and the ranking after it, are refugees",
    ),
    (
        "Turkey is the largest host country, with 3.6 million.",
        P,
        [fig(REF, 3_600_000)],
        "the largest host country's share is refugees",
    ),
    (
        "About 6,000 people are staying in community halls, schools and churches.",
        P,
        [fig(DISP, 6000, "about")],
        "residents staying in public buildings are displaced",
    ),
    (
        "About 5,000 people are sleeping in sports halls and schools turned into shelters.",
        P,
        [fig(DISP, 5000, "about")],
        "residents sleeping in public buildings are displaced",
    ),
    (
        (
            "More than 25,000 Ethiopians have fled into Sudan, with about 4,000 crossing on"
            " Monday alone at the Hamdayet and Lugdi border points."
        ),
        P,
        [fig(REF, 25000, "more_than"), fig(REF, 4000, "about")],
        "a crossing at a border point is flight abroad",
    ),
    (
        "About 100,000 Palestinians crossed into Rafah from Khan Younis this week.",
        P,
        [fig(DISP, 100_000, "about")],
        "(guard, after a second review) a named people crossing between places at home",
    ),
    (
        (
            "Nearly 4,000 Syrian Kurds have crossed into the Kurdistan Region, about 1,700 of"
            " them children who arrived with their families at the Bardarash camp."
        ),
        P,
        [fig(REF, 4000, "nearly"), fig(REF, 1700, "about")],
        "refugees' share who reached a camp abroad stay refugees",
    ),
    (
        "Some 380,000 people had taken shelter in government-run facilities or hotels.",
        P,
        [fig(DISP, 380_000, "about")],
        "residents who took shelter in public buildings, joined by 'or', are displaced",
    ),
    (
        "More than 1,000 residents have left. Some 5,000 villagers left the area after the attack.",
        P,
        [fig(DISP, 1000, "more_than"), fig(DISP, 5000, "about")],
        "those who dwell in a place who left, or left it, are displaced",
    ),
    (
        (
            "Some 1,200 Congolese had crossed into Gisenyi. Nearly 4,000 Syrian Kurds have crossed"
            " into the Kurdistan Region. About 3,000 people crossed into the region."
        ),
        P,
        [fig(REF, 1200, "about"), fig(REF, 4000, "nearly"), fig(DISP, 3000, "about")],
        "a people named by its nation crossing into a place crossed a border; 'into the' no object",
    ),
    (
        "About 8,000 Rohingya had crossed into the country in recent weeks.",
        P,
        [fig(REF, 8000, "about", subject="Rohingya", cumulative=True)],
        "'crossed into the country' (the story's own, unnamed): an xfail row until session 44",
    ),
    (
        (
            "Border guards counted some 12,000 people crossing into Moldova between Aug. 3 and"
            " Aug. 9, including 9,000 Ukrainians and 3,000 Moldovans."
        ),
        P,
        [
            fig(REF, 12_000, "about", period=["2022-08-03", "2022-08-09"]),
            fig(REF, 9000, part=True, subject="Ukrainians"),
            fig(REF, 3000, part=True, subject="Moldovans"),
        ],
        "people 'crossing into' a country are refugees; an abbreviated month's day ends no phrase",
    ),
    (
        "Every day, around 1,000 people are still crossing into Chad, a spokesperson said.",
        P,
        [fig(REF, 1000, "about", subject="people", claimed_by="a spokesperson", cumulative=True)],
        "'are crossing into COUNTRY' in the progressive (an xfail row until session 48)",
    ),
    (
        (
            "Border guards shot 12 people crossing into Iran. Some 2,000 troops crossing into"
            " Ukraine were seen."
        ),
        P,
        [],
        "(guard) people harmed while crossing, and troops crossing, are no refugees",
    ),
    (
        (
            "About 9,000 people crossed into Poland on Monday, border guards said. On Tuesday"
            " alone, 12,000 people arrived, and another 4,100 had crossed by noon on Wednesday."
        ),
        P,
        [
            fig(REF, 9000, "about", date="2023-03-13"),
            fig(REF, 12_000, date="2023-03-14", claimed_by="border guards"),
            fig(REF, 4100, claimed_by="border guards"),
        ],
        "a crossing or an arrival told again with its place left out goes on with the story's",
    ),
    (
        (
            "Some 20,000 people have fled their homes since the floods began. More than 6,000"
            " people had arrived in recent days."
        ),
        P,
        [fig(DISP, 20_000, "about"), fig(DISP, 6000, "more_than")],
        "an elided arrival in a story of flight at home is displacement",
    ),
    (
        "About 9,000 people crossed into Poland on Monday. Some 40 journalists arrived on Tuesday.",
        P,
        [fig(REF, 9000, "about")],
        "(guard) travellers for their work who arrive are no elided flight",
    ),
    (
        (
            "About 9,000 people crossed into Poland on Monday. The 27 foreign ministers arrived"
            " in Brussels on Monday. About 15 inspectors arrived on Monday. By 2 a.m., 40 more"
            " buses had arrived. Train 42 arrived from Kyiv on Friday. About 3,000 men have"
            " crossed since Thursday in the other direction. Around 100 migrants crossed on"
            " Tuesday but were pushed back. Some 200 armed men crossed on Sunday."
        ),
        P,
        [fig(REF, 9000, "about")],
        "(guard, after a review) no elided flight of people not in flight, or a move back",
    ),
    (
        (
            "Turkish guards pushed back 300 Syrians crossing into Turkey. Officials counted 3"
            " million Iranians crossing into Iraq for the Arbaeen pilgrimage. The IOM recorded"
            " 40,000 returnees crossing from Sudan. Police beat 40 migrants crossing into Melilla."
        ),
        P,
        [],
        "(guard, after a review) a crossing told of people acted on, travelling or returning",
    ),
    (
        (
            "The influx of displaced people into Goma has reached 500,000. The influx of"
            " Russian troops into Belarus has reached 30,000. The influx of returnees has reached"
            " 400,000. The influx of wounded into the hospitals rose to 300."
        ),
        P,
        [fig(DISP, 500_000, cumulative=True)],
        "(guard, after a review) an influx's people say what it totals, or that it is none",
    ),
    (
        "Germany received the largest number of asylum applications, 240,000.",
        P,
        [],
        "(guard, after a review) a host's superlative share of no people in flight",
    ),
    (
        "Some 30 migrants crossed the A1 motorway on foot, police said.",
        P,
        [],
        "(guard, after a review) a road crossed is no route of migration",
    ),
    (
        (
            "More than 30,000 migrants have crossed the Darién Gap this year. Some 40 migrants"
            " crossed the road."
        ),
        P,
        [fig(REF, 30_000, "more_than", subject="migrants")],
        "migrants who crossed a named route are refugees; a road crossed is no route",
    ),
    (
        (
            "The number of Syrians who have fled the bombing in Idlib and entered Turkey since"
            " May has reached 90,000."
        ),
        P,
        [fig(REF, 90_000, subject="Syrians", cumulative=True)],
        "a total's group that fled and then entered another country are refugees",
    ),
    (
        (
            "About 9,000 people crossed into Poland on Monday. On Tuesday alone, 12,000 people"
            " arrived at border crossings."
        ),
        P,
        [fig(REF, 9000, "about"), fig(REF, 12_000, date="2023-03-14")],
        "an elided arrival 'at' the border point crossed is the story's flight",
    ),
    (
        (
            "Some 60,000 Sudanese have crossed into Chad since April. Another 4,000 crossed"
            " overnight. More than 15,000 people arrived in 24 hours. About 4,200 villagers"
            " crossed on Monday alone."
        ),
        P,
        [
            fig(REF, 60_000, "about"),
            fig(REF, 4000),
            fig(REF, 15_000, "more_than"),
            fig(REF, 4200, "about", subject="villagers"),
        ],
        "elided flights after a sentence's opening word, in hours, of villagers (after a review)",
    ),
    (
        (
            "Border guards processed 82,000 people crossing into Poland. Chad has seen an influx"
            " of 20,000 Sudanese. More than 520,000 migrants crossed the Darién last year."
        ),
        P,
        [
            fig(REF, 82_000),
            fig(REF, 20_000, cumulative=True),
            fig(REF, 520_000, "more_than", subject="migrants"),
        ],
        "a counting verb before crossers, an influx's people after its count, a route named alone",
    ),
    (
        "Egypt has received the largest number of Sudanese, more than 255,000.",
        P,
        [fig(REF, 255_000, "more_than")],
        "a host's superlative share of a people named by its demonym",
    ),
    (
        (
            "More than 4 million Syrians are registered with UNHCR in neighbouring countries."
            " Germany has granted protection to about 1 million Ukrainians. Over 30,000 people"
            " have escaped to Thailand. Nearly 2,500 Afghans were evacuated to Qatar."
        ),
        P,
        [
            fig(REF, 4_000_000, "more_than"),
            fig(REF, 1_000_000, "about"),
            fig(REF, 30_000, "more_than"),
            fig(REF, 2500, "nearly"),
        ],
        "registered with UNHCR, granted protection, escaped or evacuated to another country",
    ),
    (
        (
            "An estimated 400,000 Sudanese are sheltering in eastern Chad. Moldova, a country of"
            " 2.6 million, has taken in 100,000 Ukrainians."
        ),
        P,
        [fig(REF, 400_000, "about", subject="Sudanese"), fig(REF, 100_000)],
        "a people sheltering in another country; a host country past an aside",
    ),
    (
        (
            "Some 3,000 residents were evacuated to shelters. Three prisoners escaped to the"
            " forest. Some 6,000 Sudanese are sheltering in schools."
        ),
        P,
        [fig(DISP, 3000, "about"), fig(DISP, 6000, "about")],
        "(guard) evacuation to shelters, escape to no country, shelter at home stay as they were",
    ),
    (
        (
            "Some 60,000 Sudanese have crossed into Chad since April. Another 40 arrived by"
            " ambulance and were treated for wounds. About 500 villagers arrived on Monday to"
            " collect food aid."
        ),
        P,
        [fig(REF, 60_000, "about")],
        "(guard, after a third review) arrivals by a means, hurt, or with a purpose are no flight",
    ),
    (
        "Some 300 troops crossing into Kursk were killed.",
        P,
        [fig(K, 300, "about", subject="troops")],
        "(guard) troops crossing are no refugees; the participle hangs off the dead",
    ),
    (
        (
            "Kenya has taken in the largest number, about 80,000, followed by Uganda with"
            " nearly 45,000."
        ),
        P,
        [fig(REF, 80_000, "about", cumulative=True), fig(REF, 45_000, "nearly", cumulative=True)],
        "a host country's share told after 'the largest number', and the next host's",
    ),
    (
        "The clinic received the largest number, 40.",
        P,
        [],
        "(guard) what no country received is no share of refugees",
    ),
]

EXAMPLES_FLIGHT = _AWAY + _HOME_OR_ABROAD

EXAMPLES_FLIGHT_NO_FIGURE: list[Row] = [
    ("Troops reached Mosul on Monday.", P, [], "(guard) troops who reached a town are no refugees"),
    ("Twelve children were taken to a school.", P, [], "(guard) 'taken to a school' is no shelter"),
    (
        (
            "Last year, foreign tourists flocked to France (100 million), Spain (85 million)"
            " and Italy (57 million)."
        ),
        P,
        [],
        "(guard) tourists who flock to countries in brackets are no refugees",
    ),
    (
        "Since October, aid trucks crossed into Gaza from Egypt (12,400) and Israel (3,100).",
        P,
        [],
        "(guard) trucks that crossed, counted by the countries they came from, are no refugees",
    ),
    (
        (
            "Migrants who crossed into Italy this year came mostly from Tunisia (17,000),"
            " Guinea (12,000) and Ivory Coast (11,000)."
        ),
        P,
        [],
        "(guard) countries people came from are no hosts",
    ),
    (
        "Japan is the main receiving country, with 1,200 tonnes of Ukrainian honey imported.",
        P,
        [],
        "(guard) a main receiving country of goods hosts no refugees",
    ),
    (
        "Germany is the largest host country, with about 35,000 American troops stationed there.",
        P,
        [],
        "(guard) troops a host country has are no refugees",
    ),
    (
        "The gunmen burned the market, a farmer who fled to Djibo told reporters.",
        P,
        [],
        "one person a relative clause of flight describes is a speaker, no one displaced",
    ),
    (
        "Two men fled westbound in a grey sedan after the shooting.",
        P,
        [],
        "a way driven, then a car, after a verb of flight make it an escape",
    ),
    (
        "About 2,000 British troops left Iraq in 2009.",
        P,
        [],
        "troops leaving a country withdraw; no refugees",
    ),
    (
        "Israel received four hostages on Sunday under the deal.",
        P,
        [],
        "freed captives a country receives are no refugees",
    ),
    (
        "The hospital received 40 patients overnight.",
        P,
        [],
        "a hospital is no host country",
    ),
    (
        "Germany accepted 20 tanks from its allies.",
        P,
        [],
        "equipment a country accepts is nobody's flight",
    ),
    (
        "Two farmers were sleeping in the open field when the storm hit.",
        P,
        [],
        "the open field names a place, not a night out of doors",
    ),
    (
        "Five tourists were staying in a hotel when the quake struck.",
        P,
        [],
        "(guard) a stay in a public building is a shelter for residents only",
    ),
    (
        "Residents were told to stay indoors.",
        P,
        [],
        "(guard) 'stay' with no count and no shelter is nothing",
    ),
    (
        "Twelve residents left the meeting early and 300 soldiers left for the front.",
        P,
        [],
        "(guard) residents leaving no place at home, and soldiers leaving, are no one displaced",
    ),
    (
        "About 300 Russian troops crossed into Kursk and 2,000 fighters crossed into Syria.",
        P,
        [],
        "(guard) armed men crossing make an incursion, no one displaced",
    ),
    (
        (
            "About 59,000 more were still to be evacuated and 3,000 people are to be"
            " evacuated on Monday."
        ),
        P,
        [],
        "(guard) people still to be evacuated have not left",
    ),
    (
        "About 300 soldiers crossed at the border crossing.",
        P,
        [],
        "(guard) soldiers crossing at a border point are no refugees",
    ),
    (
        "Only 200 residents are left. About 30,000 people left the city for the holidays.",
        P,
        [],
        "(guard, after a review) the ones left behind or travelling are not displaced",
    ),
    (
        (
            "Some 2,000 families left the camp on Monday to return to their villages. Around 200"
            " residents have left for work in the Gulf. About 300 Ghanaians have left for Ghana"
            " on repatriation flights."
        ),
        P,
        [],
        "(guard, after a second review) returnees and those who left for work or home",
    ),
    (
        (
            "About 9,000 Lebanese crossed back at the Masnaa border crossing. About 400 people"
            " are housed in detention centres. Around 600 people slept in churches on Christmas"
            " Eve."
        ),
        P,
        [],
        "(guard, after a second review) a return at a border point; stays of no flight",
    ),
    (
        (
            "About 300 seasonal workers crossed into the country on Monday. Some 3,000 Sikh"
            " pilgrims crossed into Pakistan for the festival."
        ),
        P,
        [],
        "(guard, after a third review) people who cross for work or faith are no refugees",
    ),
    (
        (
            "Around 3,000 people stayed in the stadium to watch the match. About 2,000 people"
            " stayed in hotels after flights were cancelled."
        ),
        P,
        [],
        "(guard, after a review) a stay for a purpose, or in hotels, is no flight",
    ),
    (
        "About 50 Israeli settlers crossed into the village and attacked homes.",
        P,
        [],
        "(guard, after a review) settlers crossing are no people in flight",
    ),
]
