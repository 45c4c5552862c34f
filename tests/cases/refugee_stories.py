"""
Rows for the way news of refugees tells its counts (session 50): flows
with their rate ("About 2,000 people a day are crossing"), arrivals and
reception in a story of flight, parts of a count of refugees, and a
people counted by its host.  Our own sentences (written for this file,
none from a test set); the row format is the one of
``tests/cases/extraction.py`` (published on ``P``, a Thursday).
"""

from __future__ import annotations

from tests.cases.extraction import DISP, REF, K, P, Row, fig

_RATES: list[Row] = [
    (
        "About 2,000 Syrians a day are crossing into Turkey.",
        P,
        [fig(REF, 2_000, "about", subject="Syrians")],
        "a rate between the group and its verb is stepped over",
    ),
    (
        "Up to 3,000 Venezuelans per day were entering Colombia, officials said.",
        P,
        [fig(REF, 3_000, "up_to", subject="Venezuelans", claimed_by="officials")],
        "'per day' between the group and its verb",
    ),
    (
        "About 2,000 South Sudanese were still crossing into the country every day.",
        P,
        [fig(REF, 2_000, "about", subject="South Sudanese")],
        "a rate after 'the country' crossed into leaves it the country crossed (was displaced)",
    ),
    (
        "About 8,000 Ukrainians cross into Moldova every day.",
        P,
        [],
        "(guard) a flow's habit in the plain present with its rate is no figure",
    ),
    (
        (
            "About 1,000 Gazans a day are being killed, the ministry said. Some 300 people a day"
            " are detained by border police."
        ),
        P,
        [],
        "(guard, after a review) a rate before a verb of harm or arrest is stepped over by none",
    ),
]

_ARRIVALS: list[Row] = [
    (
        "Spain sends troops to Ceuta after 8,000 migrants swim across border",
        P,
        [fig(REF, 8_000, subject="migrants")],
        "a headline's verb of going on foot or by water across 'border' (session 51)",
    ),
    (
        "About 6,000 people walked across the border into Chad on Monday.",
        P,
        [fig(REF, 6_000, "about", subject="people", date="2023-03-13")],
        "walked across the border into another country (session 51)",
    ),
    (
        "About 2,000 migrants crossed into Melilla on Tuesday.",
        P,
        [fig(REF, 2_000, "about", subject="migrants", date="2023-03-14")],
        "migrants crossed into a place the gazetteer does not know (session 51; was displaced)",
    ),
    (
        (
            "About 300 Russian troops walked across the border into Ukraine on Monday. Some 20"
            " fishermen sailed into Sri Lanka's waters on Monday."
        ),
        P,
        [],
        "(guard) troops walking across a border, fishermen's boats: no flight",
    ),
    (
        (
            "Hundreds of Ukrainian men walked across the border into Ukraine to join the army."
            " Some 500 Afghans walked across the border into Afghanistan after being expelled."
        ),
        P,
        [],
        "(guard) a people walking across the border into its own country: no flight (session 52)",
    ),
    (
        (
            "Over 200,000 refugees have fled South Sudan into Uganda this year. Another 3,000"
            " South Sudanese arrived at the Elegu border point on Friday."
        ),
        P,
        [
            fig(REF, 200_000, "more_than", subject="refugees"),
            fig(REF, 3_000, subject="South Sudanese"),
        ],
        "people coming in at any place, in a story that has counted refugees",
    ),
    (
        (
            "Thousands of Afghans have fled to Pakistan since the takeover. Border officials"
            " said 2,500 people crossed at Chaman on Sunday."
        ),
        P,
        [fig(REF, None, "vague", subject="Afghans"), fig(REF, 2_500, subject="people")],
        "a crossing at a border town, after a flight",
    ),
    (
        (
            "More than 1,000 Rohingya have landed in Indonesia this month. Villagers said 250"
            " people were brought ashore in Pidie on Sunday."
        ),
        P,
        [fig(REF, 1_000, "more_than"), fig(REF, 250, subject="people")],
        "'brought ashore', after a flight",
    ),
    (
        (
            "Some 40,000 Syrians have fled into Turkey this week. Turkish officials received"
            " 3,200 Syrians at the border on Tuesday night, and about 5,000 more entered"
            " through the Cilvegozu gate."
        ),
        P,
        [
            fig(REF, 40_000, "about", subject="Syrians"),
            fig(REF, 3_200, subject="Syrians"),
            fig(REF, 5_000, "about"),
        ],
        "a host that received people, and 'more' who entered",
    ),
    (
        "About 2,500 people crossed at Chaman on Sunday.",
        P,
        [],
        "(guard) with no flight counted before, a crossing at a town is no figure",
    ),
    (
        (
            "Some 40,000 Syrians have fled into Turkey this week. About 5,000 Syrians arrived"
            " back in Aleppo, about 50 soldiers crossed into Turkey and 12 injured people"
            " arrived at the hospital in Kilis."
        ),
        P,
        [fig(REF, 40_000, "about", subject="Syrians"), fig("wounded", 12, subject="people")],
        "(guard) a return, soldiers and a place of care are no flight",
    ),
    (
        (
            "More than 8,000 migrants have reached Lampedusa since Monday. The reception"
            " centre is already housing about 1,200 people."
        ),
        P,
        [
            fig(REF, 8_000, "more_than", subject="migrants"),
            fig(REF, 1_200, "about", subject="people"),
        ],
        "a place housing people, in a story of flight abroad",
    ),
    (
        (
            "More than 1 million Ukrainians have fled to Germany. Berlin alone has taken in"
            " around 60,000, the city said. The hospital has taken in 40 patients."
        ),
        P,
        [
            fig(REF, 1_000_000, "more_than", subject="Ukrainians"),
            fig(REF, 60_000, "about"),
        ],
        "'taken in' by a city, a bare count too, in a story of flight (not a hospital's patients)",
    ),
    (
        (
            "The UN refugee agency says about 140,000 people have fled Libya into Tunisia,"
            " and 14,000 crossed at Ras Jdir on Tuesday alone."
        ),
        P,
        [fig(REF, 140_000, "about", subject="people"), fig(REF, 14_000)],
        "a flight told earlier in the same sentence goes on with a bare count",
    ),
    (
        (
            "Some 40,000 Syrians have fled into Turkey this week. The stadium holds 30,000"
            " people, the hospital is housing 20 wounded and the morgue received 12 bodies."
        ),
        P,
        [
            fig(REF, 40_000, "about", subject="Syrians"),
            fig("wounded", 20, subject=None),
            fig("killed", 12, subject="bodies"),
        ],
        "(guard) a capacity, the wounded and the dead are no people taken in",
    ),
    (
        (
            "Some 40,000 Syrians have fled into Turkey this week. Some 300 deported Syrians"
            " arrived in Aleppo on Monday."
        ),
        P,
        [fig(REF, 40_000, "about", subject="Syrians")],
        "(guard) people deported are no flight",
    ),
    (
        (
            "Some 40,000 Syrians have fled into Turkey this week. The minister arrived with 30"
            " officials on Monday."
        ),
        P,
        [fig(REF, 40_000, "about", subject="Syrians")],
        "(guard) one person named with an article, and officials, come in as no refugees",
    ),
]

_PARTS: list[Row] = [
    (
        (
            "Jordan hosts some 650,000 registered Syrian refugees. Around 80,000 of them live in"
            " the Zaatari camp."
        ),
        P,
        [
            fig(REF, 650_000, "about", subject="registered Syrian refugees"),
            fig(REF, 80_000, "about", subject="registered Syrian refugees"),
        ],
        "a part of a stock told by where it lives",
    ),
    (
        (
            "More than 90,000 refugees have arrived in Armenia. Some 30,000 of the refugees are"
            " children."
        ),
        P,
        [
            fig(REF, 90_000, "more_than", subject="refugees"),
            fig(REF, 30_000, "about", subject="children"),
        ],
        "a part named by 'of the' and the stock's people",
    ),
    (
        ("Gunmen killed 40 people in the village. Some 12 of the attackers were arrested later."),
        P,
        [
            fig("killed", 40, subject="people"),
            fig("detained", 12, "about", subject="the attackers"),
        ],
        "(guard) 'of the' others than the stock's people is no part of it",
    ),
    (
        (
            "About 20,000 Cameroonians have fled into Nigeria. About 6,000 of them are living"
            " at the Adagom settlement, 3,000 in host homes."
        ),
        P,
        [
            fig(REF, 20_000, "about", subject="Cameroonians"),
            fig(REF, 6_000, "about", subject="Cameroonians"),
        ],
        "a part's place ends at the comma (the next part's elided count is not read)",
    ),
    (
        (
            "More than 200 Rohingya refugees landed on a beach in Aceh on Sunday. The navy"
            " received 190 people at the port on Monday, including 60 women and 70 children."
        ),
        P,
        [
            fig(REF, 200, "more_than", subject="Rohingya refugees", date="2023-03-12"),
            fig(REF, 190, subject="people", date="2023-03-13"),
            fig(REF, 60, subject="women", date="2023-03-13"),
            fig(REF, 70, subject="children", date="2023-03-13"),
        ],
        "the parts after 'including' of people received (session 51), dated by its verb",
    ),
    (
        (
            'More than 200 Rohingya refugees landed in Aceh on Sunday. "We received 190 people'
            ' this morning, 60 of them women and 80 children," a village head said.'
        ),
        P,
        [
            fig(REF, 200, "more_than", subject="Rohingya refugees", date="2023-03-12"),
            fig(REF, 190, subject="people"),
            fig(REF, 60, subject="women"),
            fig(REF, 80, subject="children"),
        ],
        "', N of them women and M children' after people received (session 51)",
    ),
    (
        (
            "More than 200 Rohingya refugees landed in Aceh on Sunday. The navy received 190"
            " people at the port, which holds 3,000 tonnes of rice, including 60 tonnes of flour."
        ),
        P,
        [
            fig(REF, 200, "more_than", subject="Rohingya refugees", date="2023-03-12"),
            fig(REF, 190, subject="people"),
        ],
        "(guard) no part past another count, nor of another kind",
    ),
    (
        (
            "More than 300 Rohingya refugees, many of them women and children, landed on a beach"
            " in Aceh on Sunday, local officials said."
        ),
        P,
        [fig(REF, 300, "more_than", date="2023-03-12", claimed_by="local officials", part=False)],
        "an aside holding 'and' before the group's verb of flight (session 51)",
    ),
    (
        (
            "Some 4,000 Afghans have crossed into Iran this week. A border official told"
            " reporters that 1,500 of them were children."
        ),
        P,
        [
            fig(REF, 4_000, "about", subject="Afghans"),
            fig(REF, 1_500, subject="children", claimed_by="A border official"),
        ],
        "a partitive after a source's verb of saying is a part of the figure before (session 51)",
    ),
    (
        (
            "Some 4,000 Afghans have crossed into Iran this week. The official said 5,000 of them"
            " were children."
        ),
        P,
        [fig(REF, 4_000, "about", subject="Afghans")],
        "(guard) no part larger than its whole",
    ),
]

_HOSTS: list[Row] = [
    (
        (
            "Turkey hosts more than 3 million Syrian refugees. Istanbul alone is home to around"
            " 475,000 registered Syrians, the directorate said."
        ),
        P,
        [
            fig(REF, 3_000_000, "more_than", subject="Syrian refugees"),
            fig(REF, 475_000, "about", subject="registered Syrians", claimed_by="the directorate"),
        ],
        "a city of the host is 'home to' a people in a story of flight (session 51)",
    ),
    (
        (
            "More than 8 million Ukrainian refugees are recorded across Europe. Kyiv, home to 3"
            " million Ukrainians, came under attack. Gaza, home to 2.3 million Palestinians, was"
            " shelled."
        ),
        P,
        [fig(REF, 8_000_000, "more_than")],
        "(guard, after a review) a city of the people's own country or unknown hosts none",
    ),
    (
        (
            "Thousands have fled to Chad. The camp received 5,000 people last week, including 20"
            " doctors from MSF."
        ),
        P,
        [fig(REF, None, "vague"), fig(REF, 5_000)],
        "(guard, after a review) staff who receive people in flight are no part of them",
    ),
    (
        (
            "About 500,000 Sudanese refugees have crossed into Chad. Some 3,000 Americans in"
            " Khartoum have asked to be evacuated."
        ),
        P,
        [fig(REF, 500_000, "about")],
        "(guard, after a second review) a people counted in a city is no refugee count",
    ),
    (
        "Turkey hosts more than 3 million Syrian refugees. It is home to 5,000 Iraqis.",
        P,
        [fig(REF, 3_000_000, "more_than", subject="Syrian refugees")],
        "(guard) a pronoun is no host's name",
    ),
    (
        (
            "Turkey hosts the largest refugee population in the world, with more than 3"
            " million Syrians living in the country."
        ),
        P,
        [fig(REF, 3_000_000, "more_than", subject="Syrians")],
        "a people living 'in the country' the sentence named, beside a word of flight",
    ),
    (
        (
            "More than 500,000 Afghans have fled to Pakistan since 2021. Pakistan has some 1.3"
            " million registered Afghans on its soil."
        ),
        P,
        [
            fig(REF, 500_000, "more_than", subject="Afghans"),
            fig(REF, 1_300_000, "about", subject="registered Afghans"),
        ],
        "a people 'on its soil', after an adjective of standing, in a story of flight",
    ),
    (
        (
            "About 700,000 Rohingya fled Myanmar in 2017. Bangladesh is host to nearly one"
            " million Rohingya."
        ),
        P,
        [
            fig(REF, 700_000, "about", subject="Rohingya"),
            fig(REF, 1_000_000, "nearly", subject="Rohingya"),
        ],
        "a people with no country's demonym, hosted abroad",
    ),
    (
        "Some 3.5 million Indians live in the UAE, the embassy said.",
        P,
        [],
        "(guard) a people abroad with no word of flight is no figure",
    ),
    (
        (
            "About 2 million Syrians fled to Turkey. There are 20 million Syrians living in the"
            " country."
        ),
        P,
        [fig(REF, 2_000_000, "about", subject="Syrians")],
        "(guard) 'the country' with no country named before the count in its sentence",
    ),
    (
        (
            "Nearly 900,000 people have fled the fighting into neighbouring countries. The "
            "rest have gone mainly to Kenya (310,500), Uganda (240,000) and Ethiopia "
            "(95,000), UNHCR said."
        ),
        P,
        [
            fig(REF, 900_000, "nearly", subject="people"),
            fig(REF, 310_500, claimed_by="UNHCR"),
            fig(REF, 240_000, claimed_by="UNHCR"),
            fig(REF, 95_000, claimed_by="UNHCR"),
        ],
        "after refugees, countries listed with counts in brackets after 'to' are where more went",
    ),
    (
        (
            "Nearly 900,000 people have fled the fighting. The rebels hold Bentiu (40,000 "
            "residents) and Malakal (95,000 residents)."
        ),
        P,
        [fig(DISP, 900_000, "nearly", subject="people")],
        "(guard) places in brackets after no preposition of going are no refugees' hosts",
    ),
    (
        (
            "Nearly 900,000 people have fled Sudan into neighbouring countries. About 500,000 "
            "are now in Chad and 200,000 in South Sudan."
        ),
        P,
        [
            fig(REF, 900_000, "nearly", subject="people"),
            fig(REF, 500_000, "about", subject="people", part=True),
            fig(REF, 200_000, subject="people", part=True),
        ],
        "where a flight's people are, right after it: its parts (session 55)",
    ),
    (
        (
            "More than two million people have fled Ukraine. Of the total, about 1.2 million "
            "are in Poland and 300,000 in Hungary."
        ),
        P,
        [
            fig(REF, 2_000_000, "more_than", subject="people"),
            fig(REF, 1_200_000, "about", subject="people", part=True),
            fig(REF, 300_000, subject="people", part=True),
        ],
        "'Of the total' names the figure just before as the whole of its parts (session 55)",
    ),
    (
        "Some 40 people were killed in the raid. About 12 are in Kabul's main hospital.",
        P,
        [fig(K, 40, "about", subject="people")],
        "(guard) where people are after a figure of the dead is no flight's part",
    ),
    (
        (
            "About 40,000 refugees have crossed into Chad since April. Measles cases have since "
            "been reported in Chad (1,200), South Sudan (800) and Ethiopia (300)."
        ),
        P,
        [fig(REF, 40_000, "about", subject="refugees")],
        "(guard, after a review) counts of other things listed by country are no refugees",
    ),
    (
        (
            "More than 1.5 million people have fled the country. Around 129,000 had crossed on "
            "Tuesday alone."
        ),
        P,
        [
            fig(REF, 1_500_000, "more_than", subject="people"),
            fig(REF, 129_000, "about", subject=None, date="2023-03-14"),
        ],
        "a flight told again in the past perfect on a day is that day's (session 55)",
    ),
    (
        (
            "Refugees continue to pour into Chad from Darfur. About 48,000 people have been"
            " registered at the Adre crossing."
        ),
        P,
        [fig(REF, 48_000, "about", subject="people")],
        (
            "refugees spoken of with no count make the story's flight abroad; the people"
            " registered after it are refugees (session 56)"
        ),
    ),
    (
        (
            "Refugees from Sudan have flooded into eastern Chad. The town of Adre alone has"
            " received 140,000."
        ),
        P,
        [fig(REF, 140_000)],
        "a bare count a host received, ending its clause, in a story of refugees (session 56)",
    ),
    (
        (
            "Nearly 500,000 Rohingya have fled to Bangladesh since August. Another 30,000 are"
            " stranded at the border."
        ),
        P,
        [fig(REF, 500_000, "nearly"), fig(REF, 30_000, subject=None)],
        "people held up on their way abroad are the story's refugees (session 56)",
    ),
    (
        "Floods hit the valley on Monday. About 5,000 people were stranded by the water.",
        P,
        [],
        "(guard) people stranded where no flight abroad is told are no refugees",
    ),
    (
        "Some 800 refugees arrived in Chad. The hospital has received 40.",
        P,
        [fig(REF, 800, "about")],
        "(guard) a place of care that received a bare count takes in no refugees",
    ),
    (
        (
            "More than 1.5 million people have fled their homes. About 160,000 are living in the"
            " 21 camps. The rest \u2014 more than 1.2 million \u2014 are with relatives or friends."
        ),
        P,
        [
            fig(DISP, 1_500_000, "more_than", subject="people"),
            fig(DISP, 160_000, "about", subject="people", part=True),
            fig(DISP, 1_200_000, "more_than", subject="people", part=True),
        ],
        (
            "where a flight's people stay, each sentence opening on its count, are parts of it"
            " (session 56)"
        ),
    ),
    (
        (
            "More than 500,000 Rohingya have crossed into Bangladesh since August. Some 135,000"
            " are staying in or around the registered camps. About 60,000 have found space with"
            " host communities. Of them, 8,000 have been provided with accommodation."
        ),
        P,
        [
            fig(REF, 500_000, "more_than", subject="Rohingya"),
            fig(REF, 135_000, "about", subject="Rohingya", part=True),
            fig(REF, 60_000, "about", subject="Rohingya", part=True),
            fig(REF, 8_000, subject="Rohingya", part=True),
        ],
        (
            "staying, found space with and provided with accommodation tell where the people"
            " stay (session 56)"
        ),
    ),
    (
        ("Some 400,000 refugees live in the Dadaab camps. Another 20,000 have settled in Nairobi."),
        P,
        [fig(REF, 400_000, "about", subject="refugees"), fig(REF, 20_000, subject="refugees")],
        "'Another' before a stay counts more of the flight's people, no part (session 56)",
    ),
    (
        (
            "UNHCR said 2,011,312 refugees had left Ukraine. After Poland, the largest numbers"
            " were in Hungary: 180,163; Slovakia: 128,169; and Moldova: 82,762 \u2014 a small"
            " country."
        ),
        P,
        [
            fig(REF, 2_011_312, subject="refugees"),
            fig(REF, 180_163),
            fig(REF, 128_169),
            fig(REF, 82_762),
        ],
        "countries listed with counts after colons in a story of refugees (session 56)",
    ),
    (
        (
            "More than 30,000 inhabitants crossed into Uganda in less than 48 hours. The"
            " authorities say nearly 8,000 people have so far been registered at the Nyakabande"
            " transit centre. Of the new arrivals, some 5,000 are staying in or around the camps."
        ),
        P,
        [
            fig(REF, 30_000, "more_than", subject="inhabitants"),
            fig(REF, 8_000, "nearly", subject="people"),
            fig(REF, 5_000, "about", subject="people", part=True),
        ],
        (
            "'so far' between a passive's auxiliaries; a stay after 'Of' and a whole named"
            " again (session 56)"
        ),
    ),
    (
        "The attacks killed 40 people. By country: Syria: 30, Iraq: 10.",
        P,
        [fig(K, 40, subject="people")],
        "(guard) countries with counts after colons outside a story of refugees are none",
    ),
    (
        "The number of people who have left Kosovo since March now stands at 691,400.",
        P,
        [fig(REF, 691_400, subject="people", period=["2023-03-01", "2023-03-16"])],
        "a total of people who have left a country counts refugees (session 56)",
    ),
    (
        "The exodus from Sudan has passed 2 million. The exodus from Gaza City has passed 300,000.",
        P,
        [fig(REF, 2_000_000, "at_least")],
        "an exodus from a country is a total of refugees; from a city, none (session 56)",
    ),
    (
        "About 2 million people have fled. Some 3,000 are in need of food aid.",
        P,
        [fig(DISP, 2_000_000, "about", subject="people")],
        "(guard) being in need is no stay",
    ),
    (
        "Refugees crossed into Chad. The appeal has received 30 million.",
        P,
        [],
        "(guard) money a bare count received is no people",
    ),
]

_AT_SEA: list[Row] = [
    (
        (
            "Fishermen rescued nearly 700 migrants, most of them Rohingya from Myanmar, from a"
            " sinking boat off Langsa."
        ),
        P,
        [fig(REF, 700, "nearly", subject="migrants")],
        "the sea's words read past an aside after the rescued",
    ),
    (
        (
            "Some 216 migrants were rescued off Malta. Later, 83 people were picked up from a"
            " second dinghy."
        ),
        P,
        [fig(REF, 216, "about", subject="migrants"), fig(REF, 83, subject="people")],
        "people taken from the sea, in a story of flight abroad",
    ),
    (
        (
            "Some 216 migrants were rescued off Malta. Separately, 12 fishermen were picked up"
            " from a capsized trawler, and about 30 tourists were rescued from a ferry."
        ),
        P,
        [fig(REF, 216, "about", subject="migrants")],
        "(guard) fishermen and tourists taken from the sea are no people in flight",
    ),
]

_AFTER_REVIEW: list[Row] = [
    (
        (
            "More than 200,000 people have fled Sudan into Chad since April. Inside Sudan, about"
            " 3,000 people arrived in Gedaref from Khartoum on Tuesday."
        ),
        P,
        [fig(REF, 200_000, "more_than", subject="people")],
        "(guard, after a review) arrivals inside the people's own country are no refugees",
    ),
    (
        (
            "More than 1.5 million Ukrainians have fled to Poland. About 4,000 people arrived in"
            " Lviv from the east on Friday."
        ),
        P,
        [fig(REF, 1_500_000, "more_than", subject="Ukrainians")],
        "(guard, after a review) people coming 'from the east' move at home",
    ),
    (
        (
            "More than 200,000 people have fled Sudan into Chad. The UN appeal has received 30"
            " million so far, and morgues in Adre received 30 people on Tuesday."
        ),
        P,
        [fig(REF, 200_000, "more_than", subject="people")],
        "(guard, after a review) money and places of care received are no people taken in",
    ),
    (
        (
            "More than 3 million Afghan refugees live in Pakistan. About 5,000 Afghans arrived in"
            " Kabul from Pakistan on Tuesday after being expelled."
        ),
        P,
        [fig(REF, 3_000_000, "more_than", subject="Afghan refugees")],
        "(guard, after a review) a return told after the verb is no flight",
    ),
    (
        (
            "More than 200,000 people have fled Sudan into Chad. About 12 people arrived in"
            " Jeddah on Tuesday for talks."
        ),
        P,
        [fig(REF, 200_000, "more_than", subject="people")],
        "(guard, after a review) people who arrive for talks are in no flight",
    ),
]

_DATES: list[Row] = [
    (
        (
            "Some 40,000 Syrians have fled into Turkey this week. The Jordan Armed Forces"
            " received 2,650 Syrians at crossing points on Tuesday night."
        ),
        P,
        [
            fig(REF, 40_000, "about", subject="Syrians"),
            fig(REF, 2_650, subject="Syrians", date="2023-03-14", cumulative=False),
        ],
        "people a host received on a day are a dated flow, no stock",
    ),
]

_ARRIVALS_AT_HOME: list[Row] = [
    (
        (
            "Fighting has displaced more than 2 million people inside Sudan. In Tawila, some"
            " 150,000 new arrivals had been registered by Monday."
        ),
        P,
        [
            fig(DISP, 2_000_000, "more_than", subject="people"),
            fig(DISP, 150_000, "about", subject="new arrivals"),
        ],
        "'arrivals' in a story of flight at home are displaced (were refugees)",
    ),
    (
        (
            "Fighting has displaced more than 2 million people inside Sudan. Some 150,000 new"
            " arrivals have been registered in Chad."
        ),
        P,
        [
            fig(DISP, 2_000_000, "more_than", subject="people"),
            fig(REF, 150_000, "about", subject="new arrivals"),
        ],
        "(guard) arrivals in another country stay refugees",
    ),
]

_AFTER_SECOND_REVIEW: list[Row] = [
    (
        (
            "Lebanon is home to 12 Palestinian refugee camps. Qatar, home to some 700,000"
            " Indian workers, has faced scrutiny over the treatment of migrant workers."
        ),
        P,
        [],
        "(guard, after a second review) a people's name before a noun is no people counted",
    ),
    (
        (
            "Sweden is home to some 190,000 Syrian-born residents, most of whom arrived as"
            " asylum seekers in 2015."
        ),
        P,
        [],
        "(guard, after a second review) a people's name in a compound is no people counted",
    ),
    (
        (
            "There are some 2.8 million Turks in Germany, many of whom arrived as migrant"
            " workers in the 1960s."
        ),
        P,
        [],
        "(guard, after a second review) 'migrant' is no word of flight for a people abroad",
    ),
    (
        "Uganda is home to more than 900,000 South Sudanese, the largest refugee population.",
        P,
        [fig(REF, 900_000, "more_than", subject="South Sudanese")],
        "a people of two words counted by its host (after a second review)",
    ),
    (
        (
            "More than 200,000 people have fled Sudan into Chad. On Tuesday, 3,000 people"
            " crossed at Adre within a few hours after fleeing attacks on their home town."
        ),
        P,
        [
            fig(REF, 200_000, "more_than", subject="people"),
            fig(REF, 3_000, subject="people"),
        ],
        "(guard, after a second review) 'within' hours and 'their home town' tell no return",
    ),
    (
        (
            "Some 40,000 migrants have crossed from Tunisia to Italy this year. Tunisian"
            " authorities said 70,000 people were intercepted at sea last year."
        ),
        P,
        [fig(REF, 40_000, "about", subject="migrants")],
        "(guard, after a second review) people intercepted are no arrivals of the story's",
    ),
]

#: Guards after the review of session 56's rules (session 57).
_AFTER_REVIEW_56: list[Row] = [
    (
        "About 100,000 refugees have fled Sudan into Chad. Another 20,000 are still in Sudan.",
        P,
        [fig(REF, 100_000, "about")],
        "(guard, after review 56) people still in the country the flight left are no refugees",
    ),
    (
        (
            "About 100,000 refugees have fled Sudan into Chad. Another 50,000 are at risk in"
            " the Darfur region. Another 20,000 are on their way to Chad."
        ),
        P,
        [fig(REF, 100_000, "about")],
        "(guard, after review 56) people at risk or on their way stay nowhere yet",
    ),
    (
        (
            "About 160,000 people have fled into Chad. Of the new arrivals, another 20,000 are"
            " living in the 21 camps."
        ),
        P,
        [fig(REF, 160_000, "about"), fig(REF, 20_000)],
        "(guard, after review 56) openers are counted from after a whole named again",
    ),
    (
        (
            "About 160,000 people have fled into Chad. Aid agencies warned of cholera. The"
            " rains have begun. In Khartoum, the army shelled the airport. About 60,000 are"
            " living in the 21 camps."
        ),
        P,
        [fig(REF, 160_000, "about")],
        "(guard, after review 56) a stay far from its flight is none of its people",
    ),
    (
        "Of the 120 refugees who drowned, the nationalities were Syria: 40; Afghanistan: 30.",
        P,
        [fig(K, 120)],
        "(guard, after review 56) countries after colons in a list of the dead host no one",
    ),
    (
        (
            "An Israeli strike hit the Maghazi refugee camp on Tuesday. About 20,000 people"
            " have been registered at UNRWA shelters."
        ),
        P,
        [],
        "(guard, after review 56) a refugee camp's name tells no flight abroad",
    ),
    (
        "The number of companies that have left Russia has reached 1,000.",
        P,
        [],
        "(guard, after review 56) companies that left a country are no people in flight",
    ),
]

EXAMPLES_REFUGEE_STORIES = (
    _DATES + _RATES + _ARRIVALS_AT_HOME + _ARRIVALS + _PARTS + _HOSTS + _AT_SEA + _AFTER_REVIEW
) + (_AFTER_SECOND_REVIEW + _AFTER_REVIEW_56)
