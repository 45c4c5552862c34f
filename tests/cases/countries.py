"""
The clause reader's rows for the world's countries: refugees who reach any
country, by a name of one word or several, the host a stock takes, and the
side a demonym gives.  Our own sentences; the row format is the one of
``tests/cases/extraction.py`` (published on ``P``, a Thursday).
"""

from __future__ import annotations

from tests.cases.extraction import DISP, REF, D, K, P, Row, fig

EXAMPLES_COUNTRIES: list[Row] = [
    (
        (
            "Up to a million Rwandans have crossed into eastern Zaire. Some 3,000 Tamils fled to"
            " Ceylon."
        ),
        P,
        [
            fig(REF, 1_000_000, "up_to", subject="Rwandans", cumulative=True),
            fig(REF, 3_000, "about", subject="Tamils", cumulative=True),
        ],
        "a state by its former name, as older news writes it (session 52)",
    ),
    (
        "About 75,000 adults have crossed into Andijan region of Uzbekistan.",
        P,
        [fig(REF, 75_000, "about", subject="adults", cumulative=True)],
        "a region of a country named after it by 'of' (session 52)",
    ),
    (
        "The crackdown drove some 730,000 Rohingya into Bangladesh.",
        P,
        [fig(REF, 730_000, "about", subject="Rohingya", cumulative=True)],
        "driven into another country: refugees",
    ),
    (
        "The fighting has also driven 40,000 villagers into neighbouring countries.",
        P,
        [fig(REF, 40_000, subject="villagers", cumulative=True)],
        "driven 'into neighbouring countries': refugees, as into a country named",
    ),
    (
        "The fighting drove 40,000 villagers into neighbouring towns.",
        P,
        [],
        "'into neighbouring towns' is no country: no flight abroad (guard)",
    ),
    (
        "Most went to Chad, followed by Egypt, where more than 60,000 people have arrived.",
        P,
        [fig(REF, 60_000, "more_than", subject="people", cumulative=True)],
        "arrivals in a relative clause on a country ('COUNTRY, where N have arrived'): refugees",
    ),
    (
        "They walked to the camp, where 600 people have arrived since Monday.",
        P,
        [],
        "arrivals 'where' a place at home is no country: no refugees (guard)",
    ),
    (
        "Rescue teams were sent to Turkey, where more than 5,000 rescuers have arrived.",
        P,
        [],
        "(guard) rescuers arriving 'where' a country are no refugees",
    ),
    (
        "Others went to Uganda, where 400,000 Congolese have arrived since January.",
        P,
        [
            fig(
                REF,
                400_000,
                subject="Congolese",
                cumulative=True,
                period=["2023-01-01", "2023-03-16"],
            )
        ],
        "(guard) a people's name with no plural 's' arriving 'where' a country: refugees",
    ),
    (
        "Four hostages were taken to safety by police.",
        P,
        [],
        "(guard) hostages 'taken to safety' are moved, not seized",
    ),
    (
        "About 240 hostages were taken to Gaza by the gunmen.",
        P,
        [fig(D, 240, "about", subject="hostages")],
        "(guard) hostages 'taken to' a place that is no safety or care were seized",
    ),
    (
        "Ethnic violence has driven 12,000 people into neighbouring states such as Mizoram.",
        P,
        [],
        "(guard) 'neighbouring states' may be a country's own: no refugees",
    ),
    (
        "Some 6.59 million Venezuelans are hosted in 17 countries of the region.",
        P,
        [fig(REF, 6_590_000, "about", subject="Venezuelans", cumulative=True)],
        "people hosted abroad: a stock of refugees",
    ),
    (
        "Landslides in Sulawesi kill six, thousands flee",
        P,
        [fig(K, 6), fig(DISP, None, "vague", cumulative=True)],
        "a headline's present flight, a clause of its own after a count of the dead",
    ),
    (
        "More than 6,000 residents have fled to neighbouring towns.",
        P,
        [fig(DISP, 6000, "more_than", cumulative=True)],
        "neighbouring towns are at home",
    ),
    (
        "The war has forced 2.2 million people to seek safety in neighbouring countries.",
        P,
        [fig(REF, 2_200_000, cumulative=True)],
        "forced to seek safety abroad",
    ),
    (
        "The fighting forced 40,000 people to seek shelter in schools.",
        P,
        [fig(DISP, 40_000, cumulative=True)],
        "forced to seek shelter at home",
    ),
    (
        "About 14,500 people have crossed its southern border since Sunday.",
        P,
        [fig(REF, 14_500, "about", cumulative=True)],
        "crossing a host's border told by its possessive and side",
    ),
    (
        "The fighting has forced an estimated 3,500 people out of Solino.",
        P,
        [fig(DISP, 3_500, "about", cumulative=True)],
        "forced out of a place: displaced",
    ),
    (
        "Some 2,400 people have fled their homes in the border municipalities.",
        P,
        [fig(DISP, 2_400, "about", cumulative=True)],
        "'the border' before a noun is a place near it, not across it",
    ),
    (
        "About 500 people fled to the border town of Rafah.",
        P,
        [fig(DISP, 500, "about", cumulative=True)],
        "fleeing to a border town stays at home",
    ),
    (
        "About 43,000 refugees have been moved to the new camps.",
        P,
        [fig(REF, 43_000, "about", cumulative=True)],
        "refugees moved to camps are still refugees",
    ),
    (
        "More than 12,000 Malians have crossed into Mauritania since January.",
        P,
        [fig(REF, 12_000, "more_than", side="Mali", location="Mauritania")],
        "a country of one word the old short list lacked",
    ),
    (
        "Some 30,000 people fled to Burkina Faso last month.",
        P,
        [fig(REF, 30_000, "about")],
        "a country of two words",
    ),
    (
        "About 120,000 people have arrived in the Central African Republic.",
        P,
        [fig(REF, 120_000, "about", location="Central African Republic")],
        "a country of three words after 'the'",
    ),
    (
        "Thousands fled into Türkiye.",
        P,
        [fig(REF, None, "vague")],
        "another name of a country",
    ),
    (
        "About 4,000 residents fled to neighbouring Bauchi state.",
        P,
        [fig(DISP, 4_000, "about")],
        "a state is no country: flight there is displacement",
    ),
    (
        "Chad (600,000), Egypt (450,000) and South Sudan (300,000) host the most refugees.",
        P,
        [
            fig(REF, 600_000, location="Chad"),
            fig(REF, 450_000, location="Egypt"),
            fig(REF, 300_000, location="South Sudan"),
        ],
        "the host of a stock is a country of two words, not the one its last word names",
    ),
    (
        (
            "Kenya hosts the most (410,000), followed by Uganda (about 300,000) and Ethiopia"
            " (more than 200,000, including new arrivals)."
        ),
        P,
        [
            fig(REF, 410_000, cumulative=True),
            fig(REF, 300_000, "about", cumulative=True),
            fig(REF, 200_000, "more_than", cumulative=True),
        ],
        "a stock in brackets after its host's words, and one with an aside inside its brackets",
    ),
    (
        (
            "Nearly 95,000 people have fled across the border, mainly to Niger (60,000)"
            " and Chad (25,000)."
        ),
        P,
        [
            fig(REF, 95_000, "nearly"),
            fig(REF, 60_000, part=True),
            fig(REF, 25_000, part=True),
        ],
        "places in brackets after a part's opener say where the stock's people went: parts",
    ),
    (
        "More than 80,000 refugees have fled Eritrea since 2019.",
        P,
        [fig(REF, 80_000, "more_than", cumulative=True)],
        "fleeing a country named right after the verb makes refugees",
    ),
    (
        (
            "Refugees from Mali in neighbouring countries: 210,000, of whom 90,000 in Niger"
            " and 70,000 in Burkina Faso."
        ),
        P,
        [
            fig(REF, 210_000, cumulative=True),
            fig(REF, 90_000, part=True),
            fig(REF, 70_000, part=True),
        ],
        "'of whom' and a place: the stock's people by where they are",
    ),
    (
        "Clashes have displaced 64,000 people, of whom 30,000 are children.",
        P,
        [fig(DISP, 64_000), fig(DISP, 30_000, part=True, subject="children")],
        "'of whom' NUMBER BE NOUN: a part",
    ),
    (
        (
            "Some 1.4 million people are displaced in the east. This includes about 500,000"
            " in the North (Tete and Niassa) and 320,000 in Cabo Delgado."
        ),
        P,
        [
            fig(DISP, 1_400_000, "about", cumulative=True),
            fig(DISP, 500_000, "about", part=True),
            fig(DISP, 320_000, part=True),
        ],
        "'This includes' opens a sentence of parts, a list of places after their numbers",
    ),
    (
        "Police said 60 people were detained. These include 11 minors.",
        P,
        [fig(D, 60, claimed_by="Police"), fig(D, 11, part=True, claimed_by="Police")],
        "'These include' opens a part in the next sentence, in its whole's statement",
    ),
    (
        "Nearly 2.4 million Syrians have left their country since 2012.",
        P,
        [fig(REF, 2_400_000, "nearly", cumulative=True)],
        "leaving one's country is flight abroad",
    ),
    (
        "About 45,000 crossed into Niger last month.",
        P,
        [fig(REF, 45_000, "about")],
        "a bare number before a verb of flight and its particle: the verb is no group",
    ),
    (
        "The number of Afghans who have fled to Iran reached 1.3 million on Friday.",
        P,
        [fig(REF, 1_300_000, cumulative=True)],
        "a total's group with a relative clause of flight abroad",
    ),
    (
        (
            "Kenya hosts the largest number of refugees, about 750,000, followed by Uganda"
            " with 600,000."
        ),
        P,
        [fig(REF, 750_000, "about"), fig(REF, 600_000)],
        "the number a host's superlative share is, told after it",
    ),
    (
        (
            "Of these, nearly 900,000 have crossed into neighbouring countries, including"
            " Chad (over 400,000) and Egypt (300,000), while 5 million are internally displaced."
        ),
        P,
        [
            fig(REF, 900_000, "nearly"),
            fig(REF, 400_000, "more_than", part=True),
            fig(REF, 300_000, part=True),
            fig(DISP, 5_000_000),
        ],
        "places in brackets after the stock before them, though another follows",
    ),
    (
        "Around 60,000 refugees have fled since Friday.",
        P,
        [fig(REF, 60_000, "about")],
        "refugees who flee are refugees, wherever the verb alone would take them",
    ),
    (
        "Peru is home to some 1.5 million Venezuelan migrants and refugees.",
        P,
        [fig(REF, 1_500_000, "about", cumulative=True)],
        "a group of people and refugees is counted as the refugees it names",
    ),
    (
        "Two Chadian soldiers were killed.",
        P,
        [fig(K, 2, subject="Chadian soldiers", side="Chad")],
        "every country's demonym gives its side",
    ),
    (
        "Some 4,200 people crossed the Moei River into Thailand on Wednesday.",
        P,
        [fig(REF, 4200, "about", subject="people", date="2023-03-15", cumulative=False)],
        "crossing a river into a country: refugees, a dated flight and no stock",
    ),
    (
        "Around 8,000 Rohingyas have entered Bangladesh over the past two months.",
        P,
        [fig(REF, 8000, "about", cumulative=True)],
        "entering a country: refugees",
    ),
    (
        "Some 2,000 Russian troops entered Ukraine overnight.",
        P,
        [],
        "a state's forces entering a country are no refugees",
    ),
    (
        "Bangladesh already hosts over 1.2 million Rohingyas in Cox's Bazar.",
        P,
        [fig(REF, 1_200_000, "more_than", subject="Rohingyas")],
        "a people by its name, hosted: refugees",
    ),
    (
        "Uganda's refugee population crossed 1.8 million this month.",
        P,
        [fig(REF, 1_800_000, "at_least", cumulative=True)],
        "a refugee population passing a mark is a stock",
    ),
    (
        "The town's population is 8,000 and three people were killed.",
        P,
        [fig(K, 3)],
        "a town's population is no one's count",
    ),
    (
        "Over 1,000 migrants arrived on the Italian island of Lampedusa on Wednesday.",
        P,
        [fig(REF, 1000, "more_than", subject="migrants", date="2023-03-15")],
        "migrants who land anywhere but a place of care are refugees",
    ),
    (
        "Some 300 migrants arrived at a hospital in Tripoli.",
        P,
        [],
        "migrants arriving at a place of care are no refugees",
    ),
]
