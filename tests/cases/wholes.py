"""
The clause reader's rows for what a figure's whole is: a list that goes on
after an aside about its first member, the noun a running total counts when
a population stands in its words, the count a changed total replaced, and
who crossed or landed.  Our own sentences; the row format is the one of
``tests/cases/extraction.py`` (published on ``P``, a Thursday).
"""

from __future__ import annotations

from tests.cases.extraction import CAS, DEST, DISP, REF, D, K, P, Row, W, fig

EXAMPLES_WHOLES: list[Row] = [
    (
        "The number of those killed rose to 50. The number of those arrested has reached 1,200.",
        P,
        [
            fig(K, 50, subject=None, cumulative=True),
            fig(D, 1_200, subject=None, cumulative=True),
        ],
        "a total's group of a pronoun and a state counts that state (session 56)",
    ),
    (
        "An influx of 20,000 Syrians into Turkey followed the attack.",
        P,
        [fig(REF, 20_000, subject=None)],
        "an indefinite article names no group before a total's noun (session 56)",
    ),
    (
        (
            "The government revised the death toll in the train accident near the station"
            " from 288 to 275, saying some bodies had been counted twice."
        ),
        P,
        [fig(K, 275, cumulative=True), fig(K, 288, cumulative=True)],
        "a toll revised down 'from X to Y' past its phrase of place: X is the count replaced",
    ),
    (
        "At least 20 people were wounded, many with machete injuries.",
        P,
        [fig(W, 20, "at_least")],
        "a vague count of anyone after its sentence's count by number tells them again",
    ),
    (
        "Two soldiers were killed on Monday, and dozens of civilians were killed in the market.",
        P,
        [fig(K, 2), fig(K, None, "vague")],
        "(guard) a vague count of a group of its own after a count by number stays",
    ),
    (
        "At least 30 people were killed in the attack, including several of the gunmen.",
        P,
        [fig(K, 30, "at_least"), fig(K, None, "vague", part=True)],
        "(guard) a vague part of a group of its own after 'of the' stays",
    ),
    (
        "At least 40 people were killed, many of them children.",
        P,
        [fig(K, 40, "at_least")],
        "a vague share of the figure told ('many of them') is no figure of its own",
    ),
    (
        "At least 40 people were wounded. Many of the wounded were in critical condition.",
        P,
        [fig(W, 40, "at_least")],
        "a vague share named by its state in the next sentence is no figure either",
    ),
    (
        "Gunmen killed 40 people, including dozens of children.",
        P,
        [fig(K, 40), fig(K, None, "vague", part=True)],
        "(guard) a vague part of a group of its own stays",
    ),
    (
        (
            "A bomber attacked a building, killing 22 and injuring 44 others. Nineteen of the "
            "victims were militiamen."
        ),
        P,
        [fig(K, 22), fig(W, 44), fig(K, 19, subject="victims")],
        "'the victims' are the dead when the story counted any, though the hurt came last",
    ),
    (
        "Twelve people were killed. Five of the victims were children.",
        P,
        [fig(K, 12, subject="people"), fig(K, 5, subject="victims")],
        "some of 'the victims' are of the category the story counted last",
    ),
    (
        (
            "Thirteen people were shot, 10 of them fatally. Eleven of the victims were Black,"
            " the commissioner said."
        ),
        P,
        [fig(W, 13), fig(K, 10), fig(W, 11, subject="victims", part=True)],
        "more victims than dead are some of all those hit: a part, never more dead",
    ),
    (
        "Five people were killed and 12 wounded. Three of the victims were children.",
        P,
        [fig(K, 5), fig(W, 12), fig(K, 3, subject="victims", part=True)],
        "(guard) victims no more than the dead stay a part of the dead",
    ),
    (
        (
            "Two people were killed and 15 wounded in the blast. Five of the victims later died"
            " of their wounds."
        ),
        P,
        [fig(K, 2), fig(W, 15), fig(K, 5, part=False)],
        "(guard) victims told dying are deaths, whatever the count of the dead",
    ),
    (
        "A bombing killed 25 people and wounded four. Six of the victims were hospitalised.",
        P,
        [fig(K, 25), fig(W, 4), fig(W, 6, part=False)],
        "(guard) victims told in hospital keep their own category",
    ),
    (
        "Twelve people were injured. Five of the victims were children.",
        P,
        [fig(W, 12, subject="people"), fig(W, 5, subject="victims")],
        "the victims of a story of the hurt are hurt",
    ),
    (
        (
            "The WHO said 28 health workers had been killed in Lebanon since 1 October, "
            "including four paramedics."
        ),
        P,
        [fig(K, 28, subject="health workers"), fig(K, 4, subject="paramedics")],
        "a part after a phrase of time that holds a date's day",
    ),
    (
        "Six guards, including a sergeant, and three visitors were wounded at the gate.",
        P,
        [fig(W, 9), fig(W, 1, part=True)],
        "', and' closes an aside about the first member: the list goes on after it",
    ),
    (
        "The shelling killed 10 soldiers, among them a captain, and six farmers.",
        P,
        [fig(K, 16), fig(K, 1, part=True)],
        "an active object's list past an aside opened by 'among them'",
    ),
    (
        "The raid killed 12 villagers, including two teachers, three pupils, and a nurse.",
        P,
        [
            fig(K, 12),
            fig(K, 2, part=True, subject="teachers"),
            fig(K, 3, part=True, subject="pupils"),
            fig(K, 1, part=True),
        ],
        "a list of parts with a serial comma: each member a part",
    ),
    (
        "The death toll among the displaced population has risen to 40, the agency said.",
        P,
        [fig(K, 40, claimed_by="the agency", cumulative=True)],
        "a population a preposition hangs on the toll is where the dead were, not the count",
    ),
    (
        "The number of deaths in the town, whose population is 8,000, rose to 12.",
        P,
        [fig(K, 12, cumulative=True)],
        "a town's population counts no one: the total noun before it does",
    ),
    (
        "The refugee population in the district has grown to 95,000.",
        P,
        [fig(REF, 95_000, cumulative=True)],
        "a population of a state is a stock",
    ),
    (
        "The army said the toll of soldiers killed had risen from 5 to 14.",
        P,
        [
            fig(K, 14, claimed_by="The army", cumulative=True),
            fig(K, 5, claimed_by="The army", cumulative=True),
        ],
        "the count a total changed from is a figure of its own",
    ),
    (
        "The enemy lost 120 troops and two tanks, bringing the death toll to 4,000.",
        P,
        [fig(CAS, 120), fig(DEST, 2), fig(K, 4_000, cumulative=True)],
        "a total that names death stays killed beside troops 'lost'",
    ),
    (
        "About 3,000 villagers fleeing the rebels have entered Chad.",
        P,
        [fig(REF, 3_000, "about")],
        "the force a participle names is whom they fled, not who crossed",
    ),
    (
        "Some 450 migrants arrived in Lampedusa overnight.",
        P,
        [fig(REF, 450, "about")],
        "migrants who land at a named place",
    ),
    (
        "Some 1.9 million of Gaza's 2.1 million people have been displaced, the UN said.",
        P,
        [fig(DISP, 1_900_000, "about", claimed_by="the UN", cumulative=True)],
        "a share of a whole a name owns ('of Gaza's 2.1 million people') counts the share",
    ),
    (
        "Some 300 people were killed in the raids. By Friday the figure stood at 322.",
        P,
        [fig(K, 300, "about", subject="people"), fig(K, 322, cumulative=True)],
        "a bare total that stood at its number counts the category told before (session 55)",
    ),
    (
        "Some 300 people were killed in the raids. The number of schools closed stood at 40.",
        P,
        [fig(K, 300, "about", subject="people")],
        "(guard) a total whose noun names what it counts is no bare total",
    ),
]

EXAMPLES_AS_OF: list[Row] = [
    (
        (
            "A ferry capsized off the coast late on Sunday, and 23 bodies had been recovered by"
            " Tuesday, the navy said."
        ),
        P,
        [fig(K, 23, claimed_by="the navy", date="2023-03-12")],
        "a count 'by' a day is as of then: the incident's day dates it",
    ),
    (
        (
            "Gunmen killed at least 30 villagers in a raid, officials said on Thursday. The"
            " attackers struck late on Monday. Troops pursued them on Tuesday and killed six."
        ),
        P,
        [
            fig(K, 30, "at_least", claimed_by="officials", date="2023-03-13"),
            fig(K, 6, date="2023-03-14"),
        ],
        "a later sentence's day before the first dated incident is the story's day",
    ),
]

EXAMPLES_GAPPED: list[Row] = [
    (
        "Five people died of cholera in Borno, 300 in Adamawa were hospitalised.",
        P,
        [fig(K, 5)],
        "(guard) a gapped member with a verb of its own is no member",
    ),
    (
        (
            "The death toll rose to 154 on Monday after a woman in her 20s who had been"
            " receiving treatment died. Of the dead, 98 were women and 56 were men."
        ),
        P,
        [
            fig(K, 154, cumulative=True),
            fig(K, 1, subject="woman"),
            fig(K, 98, subject="women", part=True),
            fig(K, 56, subject="men", part=True),
        ],
        "'of the dead' is the toll, not the one person whose death was told last",
    ),
    (
        "Officials said 33 people died of sunstroke in Aurangabad, 35 in Gaya and 10 in Nawada.",
        P,
        [
            fig(K, 33, location="Aurangabad"),
            fig(K, 35, location="Gaya"),
            fig(K, 10, location="Nawada"),
        ],
        "a gapped list whose first member tells its cause before its place",
    ),
    (
        "Heatwave toll in Bihar climbs to 78; Section 144 clamped in Gaya",
        P,
        [fig(K, 78, location="Bihar")],
        "the place right after a toll's noun is the toll's, not a later clause's",
    ),
    (
        "Two soldiers of the mission in Mali were killed near Kidal.",
        P,
        [fig(K, 2, location="Kidal")],
        "(guard) a group's own place inside its words is not where it was killed",
    ),
    (
        (
            "Gunmen killed some 40 worshippers, a lawmaker said. The governor's office put the"
            " number at 22."
        ),
        P,
        [
            fig(K, 40, "about", claimed_by="a lawmaker"),
            fig(K, 22, claimed_by="The governor's office", cumulative=True),
        ],
        "a bare total set in a sentence of its own counts the category of the figure before",
    ),
    (
        "The storm killed at least 4 people in Kerala and 9 in neighbouring Tamil Nadu.",
        P,
        [
            fig(K, 13, "at_least", location=None),
            fig(K, 4, "at_least", location="Kerala"),
            fig(K, 9, location="neighbouring Tamil Nadu"),
        ],
        "a member told by its place alone is summed into the figure before, each a part",
    ),
    (
        "Five people died in Pike County and three in nearby Amite County.",
        P,
        [fig(K, 8), fig(K, 5, location="Pike County"), fig(K, 3, location="nearby Amite County")],
        "a gapped member after an intransitive verb",
    ),
    (
        "Militants raided the village, killing 31 people — 22 in the mosque and nine in fields.",
        P,
        [fig(K, 31), fig(K, 22, part=True), fig(K, 9, part=True)],
        "parts after a dash told by a place with no name",
    ),
    (
        "The storms caused 11 deaths - eight from falling trees and three from lightning.",
        P,
        [fig(K, 11), fig(K, 8, part=True), fig(K, 3, part=True)],
        "parts after a dash told by their cause",
    ),
]

EXAMPLES_WHOLES_NO_FIGURE: list[Row] = [
    ("Police said 5 of the victims were children.", P, [], "'the victims' of no count told before"),
    (
        "About 300 migrants arrived at dawn, the coast guard said.",
        P,
        [],
        "an arrival at a time names no place: no refugees",
    ),
    (
        "Many of the 300 people died when the ferry sank.",
        P,
        [],
        "a share's whole is no count of a verb that takes no auxiliary either",
    ),
    (
        "Two army colonels said many of the roughly 30,000 troops in the city had fled.",
        P,
        [],
        "(guard) a share's whole past an auxiliary of its own verb",
    ),
]

#: When a figure's time is a comparison's, an event's or a list's.
EXAMPLES_WHEN: list[Row] = [
    (
        (
            "Gunmen killed 12 villagers on Tuesday, in one of the deadliest raids since the army"
            " began its offensive in March."
        ),
        P,
        [fig(K, 12, date="2023-03-14")],
        "a time inside a comparison's 'since' clause is no period of the figure",
    ),
    (
        "The bombing was the deadliest in the capital since 2015, when 30 people were killed.",
        P,
        [fig(K, 30, period=["2015-01-01", "2015-12-31"], cumulative=False)],
        "a comparison's year is the time of the 'when' clause after it, one incident (probe 65)",
    ),
    (
        (
            "A grenade blast at a bus stop killed four people and injured six more in the first"
            " attack on the town in three years."
        ),
        P,
        [fig(K, 4), fig(W, 6)],
        "'in N years' closing a comparison is no span back from publication",
    ),
    (
        (
            "Troops opened fire on marchers on Monday, killing five. More than 60 protesters were"
            " arrested in the hours that followed."
        ),
        P,
        [fig(K, 5, date="2023-03-13"), fig(D, 60, "more_than", date="2023-03-13")],
        "'in the hours that followed' is the event's time, not a span back from publication",
    ),
    (
        (
            "Nine herders were killed and 14 others wounded in clashes with farmers in the hills"
            " north of the town over the weekend."
        ),
        "2023-03-20",
        [
            fig(K, 9, period=["2023-03-18", "2023-03-19"], cumulative=True),
            fig(W, 14, period=["2023-03-18", "2023-03-19"], cumulative=True),
        ],
        "a period after a phrase of place is shared by the joined figures before it",
    ),
    (
        (
            "Raiders attacked three hamlets between 12 and 14 March; in the largest, 17 people"
            " were killed on 13 March."
        ),
        P,
        [fig(K, 17, date="2023-03-13")],
        "a period in the clause before a semicolon is not the time of a figure after it",
    ),
    (
        (
            "An air strike on a market killed at least 14 people, residents said. The jets struck"
            " shortly after noon on Tuesday. More than 2,000 civilians have been killed in air"
            " strikes since 2021."
        ),
        P,
        [
            fig(K, 14, "at_least", claimed_by="residents", date="2023-03-14"),
            fig(K, 2000, "more_than", period=["2021-01-01", P], cumulative=True),
        ],
        "a later sentence's day dates the lead though a total over a period follows",
    ),
    (
        (
            "Ninety-two people, including 10 children in Dailekh, died in Jajarkot and 40 in "
            "neighbouring Rukum West district."
        ),
        P,
        [
            fig(K, 132, location=None),
            fig(K, 92, location="Jajarkot"),
            fig(K, 10, location="Dailekh"),
            fig(K, 40, location="neighbouring Rukum West district"),
        ],
        "each part's place is read up to the next part in the text, whatever their order",
    ),
    (
        (
            "More than 20 others were injured in the blast, which took place close to the "
            "site of an earlier bombing in January."
        ),
        P,
        [fig(W, 20, "more_than", period=None, cumulative=False)],
        "a month after an earlier event's noun dates that event, not the figure",
    ),
    (
        (
            "Five people were shot dead and three others wounded in Philippi East on Monday "
            "night, the third mass shooting in Cape Town's townships this month."
        ),
        P,
        [fig(K, 5, period=None), fig(W, 3, period=None, cumulative=False)],
        "a period after an ordinal's incident counts the incidents, not the figures",
    ),
    (
        (
            "Two people were killed when a mortar hit a refugee camp. It was the third attack "
            "on the palace in two weeks, including a suicide bombing on March 1 which left "
            "four people dead."
        ),
        P,
        [fig(K, 2, date=None), fig(K, 4, date="2023-03-01")],
        "an earlier event's day told after the story's undated figures is not the story's",
    ),
    (
        "Britain's deadliest such attack was a 2017 attack that killed five people.",
        P,
        [fig(K, 5, period=["2017-01-01", "2017-12-31"])],
        "an event named by its year after 'a' counts that year",
    ),
    (
        (
            "Rockets have killed 24 civilians since March 1, according to a tally. Another 18 "
            "soldiers have been killed in that time."
        ),
        P,
        [
            fig(K, 24, period=["2023-03-01", P], cumulative=True),
            fig(K, 18, period=["2023-03-01", P], cumulative=True),
        ],
        "'in that time' is the period the document named last",
    ),
    (
        "40 killed in village raid\n\nGunmen killed 40 people in the village on March 1.",
        P,
        [fig(K, 40, date="2023-03-01"), fig(K, 40, date="2023-03-01")],
        "a headline's undated figure takes the body's day, however long before publication",
    ),
    (
        "Earlier, a bombing in March killed 10 people in the same district.",
        P,
        [fig(K, 10, period=["2023-03-01", P])],
        "an earlier event's month dates its own figure when it is the subject",
    ),
    (
        "Winnipeg has recorded 35 homicides so far in 2023, according to police.",
        P,
        [fig(K, 35, claimed_by="police")],
        "a place that 'has recorded' a count is no source when one is named",
    ),
]
