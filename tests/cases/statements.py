"""
The clause reader's rows for what a reader carries across sentences: the
source a lead's statement names after it, a log entry's own day, the day a
later sentence tells the story on, and the speakers a sentence names in
other ways ("saying", plurals of agents).  Our own sentences; the row format
is the one of ``tests/cases/extraction.py`` (published on ``P``, a Thursday).
"""

from __future__ import annotations

from tests.cases.extraction import DEST, DISP, REF, D, K, M, P, Row, W, fig

EXAMPLES_STATEMENTS: list[Row] = [
    (
        "Surabaya Church Bombings: Death Toll Rises to 13. Church Massacre: Toll Rises to 15",
        P,
        [fig(K, 13, claimed_by=None), fig(K, 15, claimed_by=None)],
        "a label of the event before a colon names no source (session 52)",
    ),
    (
        "NATO: 30 insurgents were killed in a joint operation in Helmand province.",
        P,
        [fig(K, 30, claimed_by="NATO")],
        "(guard, after a second review) an alliance's or an armed group's label stays a source",
    ),
    (
        (
            "The army gave no figure for wounded. There was no word on casualties. There were no"
            " reports of injuries."
        ),
        P,
        [fig(W, 0)],
        "'no figure for', 'no word on' tell nothing, no zero; no reports of injuries (session 51)",
    ),
    (
        (
            "At least 40 people were killed. Of those killed, 12 were children. Police arrested"
            " 200 people on Monday. Of those arrested, about 30 were minors."
        ),
        P,
        [
            fig(K, 40, "at_least"),
            fig(K, 12, subject="children", part=True),
            fig(D, 200, date="2023-03-13"),
            fig(D, 30, "about", subject="minors", part=True),
        ],
        "'Of those STATE' opens the parts of the figure of that state (session 51)",
    ),
    (
        "KABUL: At least 12 people were killed in a blast on Monday.",
        P,
        [fig(K, 12, "at_least", claimed_by=None, date="2023-03-13")],
        "a dateline's city before a colon is no source (session 51)",
    ),
    (
        (
            "The death toll from floods has risen to 1,136, with the National Disaster"
            " Management Authority (NDMA) reporting 75 more deaths in the past 24 hours."
        ),
        P,
        [
            fig(K, 1_136, claimed_by="the National Disaster Management Authority (NDMA)"),
            fig(K, 75, claimed_by="the National Disaster Management Authority (NDMA)"),
        ],
        "'with SOURCE reporting' a loss names the source (session 51)",
    ),
    (
        (
            "Heavy snow fell in the area, with the observer reporting 15 inches. A snowmobiler"
            " died on Sunday."
        ),
        P,
        [fig(K, 1, claimed_by=None)],
        "(guard) 'with SOURCE reporting' what is no loss names no source",
    ),
    (
        ("Markets reopened, with traders reporting losses after the fire that killed 8 people."),
        P,
        [fig(K, 8, claimed_by=None)],
        "(guard, after a second review) 'with SOURCE reporting' needs a count right after it",
    ),
    (
        "Armenia's Defense Ministry on March 14 raised its count of servicemen killed to 135.",
        P,
        [fig(K, 135, claimed_by="Armenia's Defense Ministry")],
        "a day of a month between a source and its verb (session 51)",
    ),
    (
        "The IOM has kept its estimate of the dead at 670.",
        P,
        [fig(K, 670, claimed_by="The IOM")],
        "'its estimate' is a noun, and 'kept' sets a toll (session 51)",
    ),
    (
        (
            "Russia has lost more than 1,000 tanks, according to the open-source intelligence"
            " website Oryx."
        ),
        P,
        [fig(DEST, 1_000, "more_than", claimed_by="the open-source intelligence website Oryx")],
        "a channel's noun before its name inside a source (session 51)",
    ),
    (
        "Islamic State West Africa Province said it killed 20 soldiers in the attack.",
        P,
        [fig(K, 20, claimed_by="Islamic State West Africa Province")],
        "a name ending in a capitalised 'Province' still speaks (guard)",
    ),
    (
        (
            "Twelve people were killed when the bus plunged into the gorge. This was confirmed"
            " by DNA tests."
        ),
        P,
        [fig(K, 12, claimed_by=None)],
        "evidence is no source (guard)",
    ),
    (
        "Twelve soldiers were killed. This was verified by Bellingcat using satellite imagery.",
        P,
        [fig(K, 12, claimed_by="Bellingcat")],
        "the confirming source's name ends before its means",
    ),
    (
        (
            "Five people were killed in the floods.\n\nThe annual figures were released by the"
            " World Bank on Monday."
        ),
        P,
        [fig(K, 5, claimed_by=None)],
        "a confirmation in another paragraph names no source of the figures before (guard)",
    ),
    (
        (
            "Seven soldiers and four civilians died in the blast, and 10 other people were"
            " wounded. Those figures were given by Captain Mohamed Hussein, a military officer."
        ),
        P,
        [
            fig(K, 11, claimed_by="Captain Mohamed Hussein"),
            fig(K, 7, claimed_by="Captain Mohamed Hussein"),
            fig(K, 4, claimed_by="Captain Mohamed Hussein"),
            fig(W, 10, claimed_by="Captain Mohamed Hussein"),
        ],
        "a sentence that names who gave the figures before it is their source",
    ),
    (
        "Seven soldiers died in the blast, the army said. This was confirmed by the police.",
        P,
        [fig(K, 7, claimed_by="the army")],
        "a confirmation after figures with a source of their own leaves it (guard)",
    ),
    (
        "Seven soldiers died in the blast. The attack was carried out by the group.",
        P,
        [fig(K, 7, claimed_by=None)],
        "who carried out the attack is no source (guard)",
    ),
    (
        "The Syrian Observatory for Human Rights, a war monitor, put the Turkish death toll at 34.",
        P,
        [fig(K, 34, claimed_by="The Syrian Observatory for Human Rights", cumulative=True)],
        "a people's adjective before the toll a source puts 'at' a number",
    ),
    (
        (
            "Refugees told aid workers that gunmen went from house to house. Several said that"
            " at least 30 people were killed in an attack on the village."
        ),
        P,
        [fig(K, 30, "at_least", subject="people", claimed_by="Several")],
        "'Several' of those before speak (no source was tried: it gave rivals to the first)",
    ),
    (
        (
            "According to the operations centre, 6,538 people have been injured. Sindhupalchok"
            " district recorded the highest number of fatalities, 875."
        ),
        P,
        [
            fig(W, 6538, claimed_by="the operations centre"),
            fig(K, 875, claimed_by="the operations centre"),
        ],
        "a district's name is where the dead were, no source",
    ),
    (
        "Maricopa County has confirmed 76 heat-related deaths so far this year.",
        P,
        [fig(K, 76, claimed_by="Maricopa County")],
        "a county, a government, speaks (guard)",
    ),
    (
        (
            "Police said the gunmen opened fire on worshippers during evening prayers on Friday."
            " At least 12 people have been killed and 30 wounded."
        ),
        P,
        [fig(K, 12, "at_least", claimed_by="Police"), fig(W, 30, claimed_by="Police")],
        "(guard) a figure-less sentence's source speaks for an incident's count in the perfect",
    ),
    (
        (
            "The army said it was investigating the incident. The conflict has killed more"
            " than 10,000 people since 2015."
        ),
        P,
        [fig(K, 10000, "more_than", claimed_by=None)],
        "(guard) a source in a sentence with no figure speaks for no background total after it",
    ),
    (
        "The army said the attack began at dawn. Twelve soldiers were wounded.",
        P,
        [fig(W, 12, subject="soldiers", claimed_by="The army")],
        "a source named in a sentence with no figure speaks for its paragraph's next figures",
    ),
    (
        "The army said the attack began at dawn.\n\nTwelve soldiers were wounded.",
        P,
        [fig(W, 12, subject="soldiers", claimed_by=None)],
        "(guard) a source named in a paragraph before speaks for none of the next one's",
    ),
    (
        (
            "According to the Central Disaster Countermeasures Headquarters, 149 people were"
            " injured. The dead included 26 foreign nationals, the headquarters said."
        ),
        P,
        [
            fig(W, 149, claimed_by="the Central Disaster Countermeasures Headquarters"),
            fig(K, 26, claimed_by="the Central Disaster Countermeasures Headquarters"),
        ],
        "'the headquarters' names again the body named before with it for its head",
    ),
    (
        "Two people were killed when a man attacked festival-goers, the prefecture said.",
        P,
        [fig(K, 2, subject="people", claimed_by="the prefecture")],
        "a prefecture, a governorate or a municipality speaks as a body",
    ),
    (
        "Two people were killed in the flood, the town hall said.",
        P,
        [fig(K, 2, subject="people", claimed_by="the town hall")],
        "a town or city hall speaks as a body",
    ),
    (
        (
            "In Rawalpindi, Pakistan's Inter-Services Public Relations (ISPR) accused "
            "Indian troops of targeting villages, saying two civilians were killed."
        ),
        P,
        [fig(K, 2, claimed_by="Pakistan's Inter-Services Public Relations (ISPR)")],
        "a place's phrase opening the sentence is no source of 'saying'",
    ),
    (
        "But its spokesman said air defences had destroyed two drones.",
        P,
        [fig("equipment_destroyed", 2, claimed_by="its spokesman")],
        "a conjunction opening the sentence is no word of its source",
    ),
    (
        "Germany hosts the largest number, with more than 1.2 million people registered.",
        P,
        [fig("refugees", 1_200_000, "more_than", claimed_by=None)],
        "a count before 'registered' is no source",
    ),
    (
        "According to a Kurdistan24 tally, militants have killed at least 47 soldiers.",
        P,
        [fig(K, 47, "at_least", claimed_by="Kurdistan24")],
        "digits glued to a name after 'according to' are the name's",
    ),
    (
        "At least 900 people have died, according to the Conflict Location & Event Project.",
        P,
        [
            fig(
                K,
                900,
                "at_least",
                claimed_by="the Conflict Location & Event Project",
                cumulative=True,
            )
        ],
        "'&' between capitalised words stays inside a source's name (after 'according to')",
    ),
    (
        "The Conflict Location & Event Project said at least 900 people had died.",
        P,
        [fig(K, 900, "at_least", claimed_by="The Conflict Location & Event Project")],
        "'&' between capitalised words stays inside a source's name (before its verb)",
    ),
    (
        "The group, in a claim on its news agency, said its fighters had killed 20 soldiers.",
        P,
        [fig(K, 20, claimed_by="The group")],
        "a clause's subject after 'said' is no source",
    ),
    (
        "KALABURAGI: Two men were beaten to death at a market in Kalaburagi on Friday.",
        P,
        [fig(K, 2, claimed_by=None)],
        "a word in capitals before a colon that the text also writes as a name is a dateline",
    ),
    (
        "UNHCR: 300,000 people have fled across the border into Chad.",
        P,
        [fig("refugees", 300_000, claimed_by="UNHCR")],
        "an acronym alone before a colon is a source",
    ),
    (
        "The Red Crescent said its crews treated 14 people, four of them for live-fire wounds.",
        P,
        [fig(W, 14, claimed_by="The Red Crescent"), fig(W, 4, part=True)],
        "those a crew treated are the hurt",
    ),
    (
        "Seven of those wounded are in critical condition.",
        P,
        [fig(W, 7)],
        "'those' before a state names the people in it, like 'the'",
    ),
    (
        "Police have since said seven people were killed.",
        P,
        [fig(K, 7, claimed_by="Police")],
        "'since', 'subsequently', 'already' between a source and its verb are skipped",
    ),
    (
        "Police said a gunman also killed two people.",
        P,
        [fig(K, 2, claimed_by="Police")],
        "an adverb between a one-person agent and its active verb leaves him the agent",
    ),
    (
        "A 3-year-old boy accidentally shot and killed himself with a gun.",
        P,
        [fig(K, 1, side=None)],
        "an accident told before two joined verbs makes no attacker",
    ),
    (
        (
            "At least 37 fighters were killed, the Syrian Observatory for Human Rights said."
            " The monitor said a drone had also destroyed an armoured vehicle."
        ),
        P,
        [
            fig(K, 37, "at_least", claimed_by="the Syrian Observatory for Human Rights"),
            fig(DEST, 1, claimed_by="the Syrian Observatory for Human Rights"),
        ],
        "a body named again by a description ('The monitor') is the body named before",
    ),
    (
        (
            "Gaza's Health Ministry said 52 people were killed. Medics at the Kuwaiti"
            " hospital said 14 bodies were brought in. The ministry said 189 were wounded."
        ),
        P,
        [
            fig(K, 52, claimed_by="Gaza's Health Ministry"),
            fig(K, 14, claimed_by="Medics at the Kuwaiti hospital"),
            fig(W, 189, claimed_by="Gaza's Health Ministry"),
        ],
        "a description ('The ministry') names again the latest source holding its noun",
    ),
    (
        (
            "The UN Human Rights Monitoring Mission in Ukraine (HRMMU) said 93 civilians"
            " were killed. The Mission said 355 were injured."
        ),
        P,
        [
            fig(K, 93, claimed_by="The UN Human Rights Monitoring Mission in Ukraine (HRMMU)"),
            fig(W, 355, claimed_by="The UN Human Rights Monitoring Mission in Ukraine (HRMMU)"),
        ],
        "a capitalised body's noun after 'the' names again the body that holds it",
    ),
    (
        (
            "The health ministry said 12 people were killed."
            " The defence ministry said three soldiers were wounded."
        ),
        P,
        [
            fig(K, 12, claimed_by="The health ministry"),
            fig(W, 3, claimed_by="The defence ministry"),
        ],
        "(guard) a description's own words must all be the earlier source's",
    ),
    (
        (
            "The Israeli military said it struck 40 targets. The Qassam Brigades, Hamas's"
            " military wing, said its fighters killed 5 soldiers. The military said 2"
            " soldiers were wounded."
        ),
        P,
        [
            fig(K, 5, claimed_by="The Qassam Brigades, Hamas's military wing"),
            fig(W, 2, claimed_by="The Israeli military"),
        ],
        "a description names again the source whose own name ends in its noun, not an appositive",
    ),
    (
        (
            "Gaza Death Toll Passes 35,000 as the Ministry Reports 80 More Deaths\n\n"
            "The death toll in Gaza has passed 35,000."
        ),
        P,
        [
            fig(K, 35_000, "at_least", claimed_by="the Ministry"),
            fig(K, 80, claimed_by="the Ministry"),
            fig(K, 35_000, "at_least", claimed_by=None),
        ],
        "(guard) a title-case headline's capitalised verb after 'the' and a noun still reports",
    ),
    (
        (
            "Russia has lost 8,987 tanks, the General Staff reported.\n\n"
            "According to the report, Russia has also lost 17,874 armoured vehicles."
        ),
        P,
        [
            fig(DEST, 8_987, claimed_by="the General Staff", cumulative=True),
            fig(DEST, 17_874, claimed_by="the General Staff", cumulative=True),
        ],
        "'according to the report' is the source named before; 'has also lost' a perfect",
    ),
    (
        (
            "Police said they were investigating the UN report. According to the report,"
            " 300 protesters were killed."
        ),
        P,
        [fig(K, 300, claimed_by=None)],
        "'according to the report' names no source that only spoke of a report",
    ),
    (
        (
            "The ministry said in a statement that 12 people were killed. According to the"
            " statement, 30 were wounded."
        ),
        P,
        [fig(K, 12, claimed_by="The ministry"), fig(W, 30, claimed_by="The ministry")],
        "(guard) a source that 'said in a statement' issued the statement 'according to' names",
    ),
    (
        "According to the report, 40 soldiers were killed.",
        P,
        [fig(K, 40, claimed_by=None)],
        "(guard) what no source named before issued names no one",
    ),
    (
        (
            "The army said that five fighters had been killed in a long exchange of fire near"
            " the river bank and that two soldiers had embraced martyrdom."
        ),
        P,
        [fig(K, 5, cumulative=False), fig(K, 2, cumulative=False)],
        "a past perfect in a second 'and that' clause of a speech is the speech's, no total",
    ),
    (
        "Police said two men were killed. The UN mission said 3 others were hurt.",
        P,
        [fig(K, 2, claimed_by="Police"), fig(W, 3, claimed_by="The UN mission")],
        "a description with a name of its own names another body",
    ),
    (
        "One source put the number of dead at 'more than 50', security sources said.",
        P,
        [fig(K, 50, "more_than", cumulative=True)],
        "a quote around a total's number is no word between it and 'at'",
    ),
    (
        (
            "Police said two men were shot in the chest. One died in hospital, it said."
            " A 19-year-old has been arrested, he added."
        ),
        P,
        [
            fig(W, 2, claimed_by="Police"),
            fig(K, 1, claimed_by="Police"),
            fig(D, 1, claimed_by="Police"),
        ],
        "a pronoun's claim names the source named before it",
    ),
    (
        (
            "Gunmen killed at least 12 people in Kuda, police said on Saturday. The attackers"
            " had arrived on motorbikes late on Thursday."
        ),
        "2024-05-12",
        [fig(K, 12, "at_least", claimed_by="police", date="2024-05-09")],
        "the story's day, told in a later sentence, comes before the statement's",
    ),
    (
        (
            "Russia attacked Ukraine on May 18 with 112 drones, the Air Force"
            " reported. Air defence units shot down 74 of the drones. A man was injured in Kyiv."
        ),
        "2025-05-19",
        [fig(DEST, 74, date="2025-05-18"), fig(W, 1, date="2025-05-18")],
        "the day the first sentence tells its story on dates the story, past its reporting verb",
    ),
    (
        "SIBI: At least 19 people were killed when a bomb went off, officials said.",
        P,
        [fig(K, 19, "at_least", claimed_by="officials")],
        "a dateline in capitals is no source when the sentence names its own",
    ),
    (
        "UNHCR: 2,000 refugees arrived in Chad.",
        P,
        [fig("refugees", 2000, claimed_by="UNHCR")],
        "an acronym alone before a colon is the source of a sentence that names none",
    ),
    (
        (
            "A bus carrying pilgrims plunged into a ravine late Sunday, killing 27 passengers."
            " Sixteen others were rescued with injuries, police said."
        ),
        P,
        [fig(K, 27, claimed_by="police"), fig(W, 16, claimed_by="police")],
        (
            "the source the next sentence of the paragraph names for a figure of its own speaks"
            " for the lead before it"
        ),
    ),
    (
        "A bomb exploded in the square, killing 13 people. The ministry put the death toll at 14.",
        P,
        [fig(K, 13, claimed_by=None), fig(K, 14, claimed_by="The ministry")],
        "a rival count of the lead's category in the next sentence is another statement",
    ),
    (
        (
            "Two soldiers were killed in an ambush. Meanwhile, officials said three civilians died"
            " in a separate blast."
        ),
        P,
        [fig(K, 2, claimed_by=None), fig(K, 3, claimed_by="officials")],
        "a sentence that opens another matter does not speak for the lead",
    ),
    (
        (
            "A roadside bomb injured four soldiers. The militants falsely claimed that 30 soldiers"
            " were killed."
        ),
        P,
        [fig(W, 4, claimed_by=None), fig(K, 30, claimed_by="The militants")],
        "a contested claim after the lead is not its source; the adverb is not the speaker's",
    ),
    (
        "One person died after a house collapsed in heavy rain. (DMC)",
        P,
        [fig(K, 1, claimed_by="DMC")],
        "a source in brackets closing an entry after its last sentence speaks for the entry",
    ),
    (
        "Two people were killed in the attack. (File photo)",
        P,
        [fig(K, 2, claimed_by=None)],
        "a closing bracket that names no agency is no source",
    ),
    (
        (
            "The bomb wounded five civilians. Sami Ali Said Jaaf, a lieutenant of the group, was"
            " taken into custody."
        ),
        P,
        [fig(W, 5, claimed_by=None), fig(D, 1, claimed_by=None)],
        "'Said' inside a name is no reporting verb",
    ),
    (
        (
            "An avalanche hit a group of climbers on Tuesday. Three were killed and one is missing,"
            " police said on Wednesday."
        ),
        P,
        [fig(K, 3, date="2023-03-14"), fig(M, 1, date="2023-03-14")],
        "the day a statement was made yields to the day the story was set on before",
    ),
    (
        (
            "A bomb tore through a cattle market on Tuesday. A police statement on Wednesday said"
            " six people died."
        ),
        P,
        [fig(K, 6, date="2023-03-14")],
        "a statement's noun dates the statement, as a reporting verb does",
    ),
    (
        (
            "Gunmen raided the village on Monday. Nine people were killed, the governor told a"
            " briefing on Tuesday."
        ),
        P,
        [fig(K, 9, claimed_by="the governor", date="2023-03-13")],
        "a briefing's day is when it was told",
    ),
    (
        (
            "Police on Wednesday identified the two people killed in Monday night's shooting as"
            " Jaylen Cooper, 16, and Denise Harper, 45."
        ),
        P,
        [fig(K, 2, claimed_by="Police", date="2023-03-13")],
        "a day before a verb that makes the dead known is its day; its subject is the source",
    ),
    (
        (
            "The insurgents later released 107 of them, 5 are reportedly dead and one is still"
            " in custody."
        ),
        P,
        [fig(K, 5, claimed_by=None), fig(D, 1, claimed_by=None)],
        "those who release people make nothing known: no source",
    ),
    (
        (
            "Police shot dead two protesters on Monday. The minister told parliament on Wednesday"
            " that three people had died."
        ),
        P,
        [fig(K, 2, date="2023-03-13"), fig(K, 3, claimed_by="The minister", date="2023-03-13")],
        "'told parliament on Wednesday' dates the telling",
    ),
    (
        "Gunmen killed five soldiers, two police sources said.",
        P,
        [fig(K, 5, claimed_by="two police sources")],
        "a group before its noun of sources is the speaker, no member of the list",
    ),
    (
        "An air strike killed at least 37 herders, a leader of a pastoralist association said.",
        P,
        [fig(K, 37, "at_least", claimed_by="a leader of a pastoralist association")],
        "a speaker with an 'of' phrase before the verb is no member of the list",
    ),
    (
        "Floods killed 23 people, most of them women and children, a provincial spokesman said.",
        P,
        [fig(K, 23, claimed_by="a provincial spokesman")],
        "a speaker after an aside of parts is no part",
    ),
    (
        "Militants killed a brother of Said Ghozlani, a soldier.",
        P,
        [fig(K, 1)],
        "'Said' inside a name makes no speaker",
    ),
    (
        "A tornado tore through the town last night. Four people died.",
        P,
        [fig(K, 4, date="2023-03-15")],
        "a day told by its distance from publication sets the story's day, as a weekday does",
    ),
    (
        (
            "Tonight, the county is counting the cost of the tornado that touched down yesterday."
            " Four people died."
        ),
        P,
        [fig(K, 4, date="2023-03-15")],
        "the report's own 'tonight' yields to the story's day, and opens no log entry",
    ),
    (
        (
            "The assault on the army base began on Monday with two car bombs.\n\n"
            "The ministry said seven soldiers were killed."
        ),
        P,
        [fig(K, 7, claimed_by="The ministry", date="2023-03-13")],
        "a paragraph before the first figure sets the story's day; an assault began on it",
    ),
    (
        "Monday 13 March\n\nGunmen killed nine people on Sunday night, police said.",
        P,
        [fig(K, 9, claimed_by="police", date="2023-03-12")],
        "a liveblog's heading of a day alone sets no story's day",
    ),
    (
        (
            "14/03/2023 - Kidal: IED strike on a convoy. 3 soldiers killed, 6 injured.\n"
            "15/03/2023 - Gao: mortar fire on a camp. 2 children killed."
        ),
        P,
        [
            fig(K, 3, date="2023-03-14"),
            fig(W, 6, date="2023-03-14"),
            fig(K, 2, date="2023-03-15"),
        ],
        "a log's entry opens with its day in digits, which dates the entry's figures",
    ),
    (
        "14.03, Sumy: drone hits minibus - 1 KIA, 9 WIA.",
        P,
        [fig(K, 1, date="2023-03-14"), fig(W, 9, date="2023-03-14")],
        "a day and month with one dot open an entry",
    ),
    (
        "The index rose 7.04 points, officials said, and 3 soldiers were killed.",
        P,
        [fig(K, 3, date=None)],
        "a number with one dot inside a sentence is no date",
    ),
    (
        (
            "A woman has died in a house fire in Walsall, the fire service said. Crews were called"
            " to the property at about 02:15 on Tuesday and found it well alight."
        ),
        P,
        [fig(K, 1, date="2023-03-14", cumulative=False)],
        "the day a later sentence tells the story on dates it when nothing before does",
    ),
    (
        "Two soldiers were killed in an ambush. The army said on Tuesday it would investigate.",
        P,
        [fig(K, 2, date=None)],
        "a statement's day told later dates no incident",
    ),
    (
        (
            "Two soldiers were killed in an ambush, the army said. The toll from Tuesday"
            " night's ambush could rise, officials said."
        ),
        P,
        [fig(K, 2, date="2023-03-14")],
        "a possessive day after 'from' names the event's day, no period's bound",
    ),
    (
        (
            "Seven people died when gunmen stormed a church. Mourners gathered after"
            " Monday's massacre."
        ),
        P,
        [fig(K, 7, date="2023-03-13")],
        "a possessive day after 'after' names the event's day",
    ),
    (
        "Seven people died in the attack. Curfews have been in force since Tuesday's attack.",
        P,
        [fig(K, 7, date=None)],
        "a possessive day after 'since' still starts a period, no story's day (guard)",
    ),
    (
        "Two men were killed and a woman was wounded about 2:50 a.m. Sunday in a shooting.",
        P,
        [fig(K, 2), fig(W, 1)],
        "a clock time after a trigger is no count ('about 2:50 a.m.')",
    ),
    (
        "Three people were wounded at 10:45 on Monday.",
        P,
        [fig(W, 3)],
        "a clock time with no a.m. or p.m. after a trigger is no count either",
    ),
    (
        "Over the same weekend last year, 35 people were shot, six of them fatally.",
        P,
        [
            fig(W, 35, period=["2022-01-01", "2022-12-31"]),
            fig(K, 6, period=["2022-01-01", "2022-12-31"]),
        ],
        "'six of them' right after a group is of its time",
    ),
    (
        (
            "Taliban spokesman Qari Yousef Ahmadi claimed the group's fighters had killed"
            " 15 policemen."
        ),
        P,
        [fig(K, 15, claimed_by="Taliban spokesman Qari Yousef Ahmadi")],
        "'claimed the' before a clause with its own verb is a statement, no lives claimed",
    ),
    (
        "The blast claimed the lives of 15 policemen.",
        P,
        [fig(K, 15, claimed_by=None)],
        "'claimed the lives of' is no statement (guard)",
    ),
    (
        (
            "Officials say more than 1,000 people were inside, and it is not known how many"
            " were killed."
        ),
        P,
        [],
        "'how many' asks; it counts no one",
    ),
    (
        "A crowd beat two men and set them on fire, killing both, prosecutors said.",
        P,
        [fig(K, 2, claimed_by="prosecutors")],
        "'both' alone as the object, its clause ending after it, is two",
    ),
    (
        "Soldiers guarded both, and the ministry condemned both attacks.",
        P,
        [],
        "'both' before a noun of no people counts none (guard)",
    ),
    (
        "An avalanche swept the icefall, and 18 climbers and guides were killed on Mount Everest.",
        P,
        [fig(K, 18, subject="climbers")],
        "a plural the lexicon does not know, right before the group's verb, shares its count",
    ),
    (
        "The floods have left thousands of people in both countries homeless.",
        P,
        [fig(DISP, None, "vague")],
        "a place phrase between a result's object and the result; 'both countries' counts none",
    ),
    (
        "Over 1 million people have been placed in temporary shelters.",
        P,
        [fig(DISP, 1_000_000, "more_than")],
        "placed in shelters: displaced",
    ),
    (
        "The ministry said no more than 150 people were killed.",
        P,
        [fig(K, 150, "up_to")],
        "'no more than' is at most, not more than",
    ),
    (
        "At least 535 men, women and children were killed in attacks on four villages.",
        P,
        [fig(K, 535, "at_least", subject="men")],
        "bare nouns listed after a counted group share its count",
    ),
    (
        (
            "Three women and six children, all U.S. citizens belonging to the family, were shot"
            " dead on Monday."
        ),
        P,
        [fig(K, 9), fig(K, 3, part=True), fig(K, 6, part=True)],
        "the dots of initials inside an aside end no clause",
    ),
    (
        "The ministry on Thursday cut the death toll from Sunday's bombings to 'about 253'.",
        P,
        [fig(K, 253, "about", claimed_by="The ministry", cumulative=True)],
        "'cut the death toll to' sets a total",
    ),
    (
        "The United Nations says the three-year insurgency has killed more than 2,000 people.",
        P,
        [fig(K, 2_000, "more_than", period=["2020-03-16", "2023-03-16"])],
        "'the three-year insurgency': a span of events back from publication",
    ),
    (
        "The death toll from a 30-hour siege at a hotel has risen to 21, the minister said.",
        P,
        [fig(K, 21, period=None)],
        "an hour's span is an incident's length, no period (guard)",
    ),
    (
        "After the rebels released 12 hostages, soldiers and police were injured in a gun battle.",
        P,
        [],
        "a fronted clause's comma ends its group: no list of nouns across it",
    ),
    (
        "A man aged forty and two of his children were killed in the airstrike.",
        P,
        [fig(K, 2)],
        "a count after ages in words is no age",
    ),
    (
        "Two brothers, aged 19 and 22, who were wounded in the blast, died in hospital on Friday.",
        P,
        [fig(K, 2)],
        "after ages and a relative clause closed by a comma, the main clause's verb",
    ),
    (
        "Islamic State claimed the bombing that had killed 30 people in Kabul, police said.",
        P,
        [fig(K, 30, claimed_by="police")],
        "'claimed the X that had ...' is a thing claimed, no statement",
    ),
    (
        (
            "The driver swerved and narrowly avoided the two cyclists; the crash could have"
            " killed both."
        ),
        P,
        [],
        "'could have killed both' counts no one",
    ),
    (
        (
            "The army said 10 soldiers were killed. A Taliban spokesman claimed the fighters who"
            " had stormed the base had killed 30 soldiers."
        ),
        P,
        [fig(K, 10, claimed_by="The army"), fig(K, 30, claimed_by="A Taliban spokesman")],
        "'claimed the fighters who had ... had killed': a relative clause inside the statement",
    ),
    (
        "A 19-year-old from Mesquite, Nev., was killed in the crash.",
        P,
        [fig(K, 1)],
        "a person described by age and origin is counted",
    ),
    (
        "Officers found the bodies of the woman, 46, and the man, 49, both with gunshot wounds.",
        P,
        [fig(K, 2)],
        "'both with gunshot wounds' after the dead tells how they died, no wounded",
    ),
    (
        "Police found two men, both with gunshot wounds.",
        P,
        [fig(W, 2), fig(W, 2)],
        "'both with gunshot wounds' after a count of no dead stays wounded (guard)",
    ),
    (
        (
            "Armenia said 200 servicemen were killed and 30 tanks and other armored vehicles"
            " destroyed."
        ),
        P,
        [fig(K, 200), fig("equipment_destroyed", 30)],
        "'N tanks and other armoured vehicles' with a bare participle after them",
    ),
    (
        "The governor of the region and his brother were gunned down.",
        P,
        [fig(K, 2)],
        "a singular place noun inside a person's title stays a word of it (guard)",
    ),
    (
        "Gunmen opened fire in a bar, killing nine people and wounding 14, state prosecutors said.",
        P,
        [fig(K, 9, claimed_by="state prosecutors"), fig(W, 14, claimed_by="state prosecutors")],
        "a plural of an agent's noun speaks ('prosecutors', 'investigators')",
    ),
    (
        "The cyclone has killed 14 people, officials in both countries said.",
        P,
        [fig(K, 14, claimed_by="officials in both countries")],
        "'in both' and 'in the' stay inside a speaker's name",
    ),
    (
        (
            "Rights groups said 16 people were killed. The Interior Ministry gave a lower toll,"
            " saying eight people had died."
        ),
        P,
        [
            fig(K, 16, claimed_by="Rights groups"),
            fig(K, 8, claimed_by="The Interior Ministry", cumulative=False),
        ],
        "'saying' gives the words of the sentence's subject; their past is no running total",
    ),
    (
        (
            "Police said two men were shot in the chest. One died in hospital."
            " A 19-year-old has been arrested."
        ),
        P,
        [
            fig(W, 2, claimed_by="Police"),
            fig(K, 1, claimed_by="Police"),
            fig(D, 1, claimed_by="Police"),
        ],
        "a source is carried to the next sentences of its paragraph",
    ),
    (
        (
            "At least 14 people were killed in clashes on Tuesday, the rights commission said"
            " on Wednesday, adding that 90 others were injured."
        ),
        P,
        [
            fig(K, 14, "at_least", claimed_by="the rights commission", date="2023-03-14"),
            fig(W, 90, claimed_by="the rights commission", date="2023-03-14"),
        ],
        "what a statement adds keeps its sentence's incident day, not the statement's",
    ),
    (
        (
            "Rescuers found more bodies on Thursday as the death toll from Monday's"
            " landslide rose to 61, officials said."
        ),
        P,
        [fig(K, 61, claimed_by="officials", date="2023-03-13", cumulative=True)],
        "a total keeps the day inside its own words, though another is nearer",
    ),
    (
        "A major quake could kill up to 8,000 people and leave 400,000 homeless, a study warned.",
        P,
        [],
        "a plain verb after a modal is a hypothesis, and so is the verb joined to it",
    ),
    (
        (
            "Air strikes killed 14 people on Wednesday, bringing the total killed since"
            " October last year to 1,980."
        ),
        P,
        [
            fig(K, 14, date="2023-03-15"),
            fig(K, 1_980, cumulative=True, period=["2022-10-01", "2023-03-16"]),
        ],
        "a total's noun with its participle says what it counts; 'last year' names the year",
    ),
    (
        (
            "Five people were shot, one fatally, outside a bar on Saturday. The other victims,"
            " a woman and three men, were taken to hospital."
        ),
        P,
        [
            fig(W, 5),
            fig(K, 1, part=False),
            fig(W, 4, part=True),
            fig(W, 1, part=True),
            fig(W, 3, part=True),
        ],
        "the rest of a group told before, in a later sentence's subject, are its parts",
    ),
    (
        (
            "At least 412 people have been killed and 700 injured since June 26."
            " Of the dead, 96 were children."
        ),
        P,
        [fig(K, 412, "at_least"), fig(W, 700), fig(K, 96, part=True)],
        "'Of the dead' opens a sentence of parts of the dead told just before",
    ),
    (
        "More than 4,200 soldiers are still being held in Russian captivity.",
        P,
        [fig(D, 4_200, "more_than", cumulative=True, date=None)],
        "held in a place of custody named with a side: a stock, no incident's day",
    ),
    (
        "Two inmates in the central prison attacked a guard.",
        P,
        [],
        "where people are held is no count of the held",
    ),
    (
        (
            "The total combat losses of the Russian forces between February 24, 2022 and"
            " March 14, 2023 amounted to approximately 171,000 personnel, including 710"
            " over the past day."
        ),
        P,
        [
            fig(
                "casualties",
                171_000,
                "about",
                cumulative=True,
                period=["2022-02-24", "2023-03-14"],
            ),
            fig("casualties", 710, part=True),
        ],
        "losses owned across a period's dates; a part over the past day; the period is the whole's",
    ),
    (
        "A day later, the ministry raised the toll to 38, with 61 injured.",
        P,
        [
            fig(K, 38, claimed_by="the ministry", cumulative=True),
            fig(W, 61, claimed_by="the ministry"),
        ],
        "the subject of a verb that sets a toll is its source",
    ),
    (
        "Five attackers were killed on Sunday, the army's 6th Infantry Division said.",
        P,
        [fig(K, 5, claimed_by="the army's 6th Infantry Division")],
        "an ordinal inside a source's name",
    ),
    (
        "Nine people were killed in the raid, the agency reported, citing local officials.",
        P,
        [fig(K, 9, claimed_by="local officials")],
        "a source a teller cites right after its verb is the figure's",
    ),
    (
        "The broadcaster, quoting hospital staff, said 14 people were wounded.",
        P,
        [fig(W, 14, claimed_by="hospital staff")],
        "a source cited in an aside before the teller's verb",
    ),
    (
        "Troops destroyed two tanks, the ministry added citing unnamed sources.",
        P,
        [fig(DEST, 2, claimed_by="the ministry")],
        "an unnamed cited source leaves the statement its teller's",
    ),
    (
        (
            "Man dies after stabbing in Leeds\nWest Yorkshire Police \u2014 Press release\n"
            "12 March 2023\n\nA 31-year-old man has died after being stabbed on Tuesday. "
            "Two men were arrested at the scene."
        ),
        P,
        [
            fig(K, 1, claimed_by="West Yorkshire Police"),
            fig(K, 1, claimed_by="West Yorkshire Police"),
            fig(D, 2, claimed_by="West Yorkshire Police"),
        ],
        "a release's issuer, named before its kind, claims the figures no sentence attributes",
    ),
    (
        (
            "HARLAN COUNTY SHERIFF'S OFFICE\nFor immediate release\n\nA deputy was "
            "wounded on Monday.\n\nThree suspects were detained, Sheriff Lee Cole said."
        ),
        P,
        [
            fig(W, 1, claimed_by="HARLAN COUNTY SHERIFF'S OFFICE"),
            fig(D, 3, claimed_by="Sheriff Lee Cole"),
        ],
        "an issuer named alone by a body's noun; a named speaker keeps his own figures",
    ),
    (
        (
            "Four killed in Kano market blast\nNorthern Herald News Service\n\nFour "
            "people were killed when a bomb went off in the market."
        ),
        P,
        [fig(K, 4, claimed_by=None), fig(K, 4, claimed_by=None)],
        "an outlet's service issues no statement of its own",
    ),
    (
        (
            "Army spokesman Ivan Petrov dismissed the reports as fiction and wrote on "
            "Telegram that his forces had shot down 31 drones."
        ),
        P,
        [fig(DEST, 31, claimed_by="Army spokesman Ivan Petrov")],
        "a second verb of the sentence's source, after 'and', says what follows",
    ),
    (
        (
            "Goma, 4 March 2023 - The Norwegian Refugee Council (NRC) strongly condemns "
            "the shelling of Kanyaruchinya camp, where 11 displaced people were killed. "
            "About 40,000 people have been displaced to the camp since January."
        ),
        P,
        [
            fig(K, 11, claimed_by="The Norwegian Refugee Council (NRC)"),
            fig(DISP, 40_000, "about", claimed_by="The Norwegian Refugee Council (NRC)"),
        ],
        "a body opening its own statement in the present tense, after a dateline, claims it",
    ),
    (
        (
            "Statement by the Humanitarian Coordinator for Somalia, Adan Hersi.\nNine "
            "people were killed when a mortar round hit a market in Baidoa on Monday."
        ),
        P,
        [fig(K, 9, claimed_by="the Humanitarian Coordinator for Somalia, Adan Hersi")],
        "a statement's heading names its issuer after 'Statement by'",
    ),
    (
        (
            "The Ministry of Interior regrets to announce that four police officers died "
            "in an ambush near Dori. Three others are missing."
        ),
        P,
        [
            fig(K, 4, subject="police officers", claimed_by="The Ministry of Interior"),
            fig(M, 3, subject="others", claimed_by="The Ministry of Interior"),
        ],
        "a reporting verb after a stance: the body's statement holds the next sentence too",
    ),
    (
        (
            "The European Union condemned the attack on the convoy, in which six aid "
            "workers were killed."
        ),
        P,
        [fig(K, 6, subject="aid workers", claimed_by=None)],
        "a stance told in the past is a news report of another's stance, no issuer",
    ),
    (
        (
            "UN condemns strike that killed 12 in Idlib\n\nTwelve civilians were killed "
            "in an air strike on Tuesday."
        ),
        P,
        [fig(K, 12, claimed_by=None), fig(K, 12, subject="civilians", claimed_by=None)],
        "a headline's present tense is no statement of its own",
    ),
    (
        (
            "The following statement was issued today by the Office of the Governor:\n"
            "Five people were killed in an ambush on Monday."
        ),
        P,
        [fig(K, 5, claimed_by="the Office of the Governor")],
        "a heading that ends in its colon names its issuer",
    ),
    (
        "Residents are shocked after gunmen killed five people in the town on Monday.",
        P,
        [fig(K, 5, claimed_by=None)],
        "one capitalised word that opens a sentence is no body, unless an acronym",
    ),
    (
        (
            "Man killed in Orange Mound shooting\n\nA man was shot and killed on Tuesday "
            "afternoon in Orange Mound.\n\nMemphis police said officers found the victim shot "
            "several times inside a car."
        ),
        P,
        [fig(K, 1, claimed_by="Memphis police"), fig(K, 1, claimed_by="Memphis police")],
        "the story's lead paragraph takes the source the next paragraph opens with",
    ),
    (
        (
            "Gunmen killed five villagers on Monday.\n\nTwo soldiers were wounded in a "
            "separate attack.\n\nThe army said it had sent reinforcements to the area."
        ),
        P,
        [fig(K, 5, claimed_by=None), fig(W, 2, claimed_by=None)],
        "(guard) a later paragraph's figures take no source from the paragraph after them",
    ),
    (
        (
            "A man was shot and killed on Tuesday night in Orange Mound.\n\nNeighbours said "
            "they heard several shots before a car sped away."
        ),
        P,
        [fig(K, 1, claimed_by=None)],
        "(guard) the public named in the next paragraph is no source of the lead's figures",
    ),
    (
        "Two people are dead after what Winnipeg police describe as a string of stabbings.",
        P,
        [fig(K, 2, claimed_by="Winnipeg police")],
        "'what' a source 'describes as' names the source of the sentence's account",
    ),
    (
        "A woman was killed in what police are calling a murder-suicide.",
        P,
        [fig(K, 1, claimed_by="police")],
        "'what' a source 'is calling' names the source of the sentence's account",
    ),
    (
        (
            "Communiqué of the Ministry of National Defence. On Wednesday, armed terrorists "
            "attacked the village. The assailants killed 18 civilians and wounded 7 others."
        ),
        P,
        [
            fig(K, 18, claimed_by="the Ministry of National Defence"),
            fig(W, 7, claimed_by="the Ministry of National Defence"),
        ],
        "a communiqué 'of' its issuer claims the figures no sentence attributes",
    ),
    (
        (
            "Summary of the Ministry of Defence of the Russian Federation on the progress of the "
            "special military operation\n\nOver the past day, the enemy lost up to 230 servicemen "
            "and a tank."
        ),
        P,
        [
            fig(
                "casualties",
                230,
                "up_to",
                claimed_by="the Ministry of Defence of the Russian Federation",
            ),
            fig(DEST, 1, claimed_by="the Ministry of Defence of the Russian Federation"),
        ],
        "a summary 'of' its issuer: the name runs to its first lower-case word that joins none",
    ),
    (
        (
            "Summary of the Armed Forces' operation (31 August - 6 September)\n\nThe enemy lost "
            "four tanks."
        ),
        P,
        [fig(DEST, 4, claimed_by="the Armed Forces")],
        "a possessive ends the summary's issuer",
    ),
    (
        "Summary of the situation in the region\n\nFloods killed four people.",
        P,
        [fig(K, 4, claimed_by=None)],
        "(guard) a summary of a situation names no issuer",
    ),
    (
        "Summary of Key Events in Gaza\n\nIsraeli strikes killed 37 Palestinians overnight.",
        P,
        [fig(K, 37, claimed_by=None)],
        "(guard) a digest's title-case heading names no body: no issuer",
    ),
    (
        (
            "Statement of the Ministry of Foreign Affairs of Ukraine on the Russian missile "
            "attack on Kyiv\n\nRussian missiles killed 11 civilians in Kyiv on Monday."
        ),
        P,
        [fig(K, 11, claimed_by="the Ministry of Foreign Affairs of Ukraine")],
        "the issuer's name ends at 'on' past the body's noun",
    ),
    (
        (
            "Bogota, Mar 16 (EFE).- Two farmers died on Sunday when they stepped on a mine, "
            "local authorities reported."
        ),
        P,
        [fig(K, 2, claimed_by="local authorities", date="2023-03-12")],
        "an agency's dateline in brackets is no source of the sentence's figures, nor its day",
    ),
    (
        "Three people were killed in what police are calling a targeted attack, the hospital said.",
        P,
        [fig(K, 3, claimed_by="the hospital")],
        "(guard) a source that names the event yields to the sentence's own",
    ),
    (
        "Gunmen killed 12 villagers in what the group called revenge.",
        P,
        [fig(K, 12, claimed_by=None)],
        "(guard) the attackers naming their deed are no source of its count",
    ),
    (
        (
            "A man was shot and killed on Tuesday night.\n\nMaria Lopez, who lives next door, "
            "said she heard four shots."
        ),
        P,
        [fig(K, 1, claimed_by=None)],
        "(guard) a neighbour by name in the next paragraph is no source of the lead's figures",
    ),
    (
        (
            "Two dead, three injured in stabbings\n\nTwo people are dead and three others are "
            "in hospital after a series of stabbings on Saturday, police said."
        ),
        P,
        [
            fig(K, 2, subject="people"),
            fig(W, 3, subject="other people"),
            fig(K, 2, subject="people"),
            fig(W, 3, subject="other people"),
        ],
        "a headline's bare count takes the group of its body twin",
    ),
    (
        "Investigators found that 12 prisoners had died in custody since January.",
        P,
        [fig(K, 12, claimed_by="Investigators")],
        "what a source 'found that' is its claim",
    ),
    (
        "Police said the bodies of five men were found that had been dumped near the road.",
        P,
        [fig(K, 5, claimed_by="Police")],
        "(guard) 'were found that' is a passive, no source",
    ),
    (
        "The army spokesman for the region, Colonel Ali Musa, gave a provisional toll of 23 dead.",
        P,
        [fig(K, 23, claimed_by="The army spokesman for the region, Colonel Ali Musa")],
        "a 'provisional' toll a source gives past its appositive is its claim",
    ),
    (
        "The ministry gave a toll of more than 40 dead and nearly 90 wounded.",
        P,
        [fig(K, 40, "more_than", subject=None), fig(W, 90, "nearly", subject=None)],
        "the qualifier after 'a toll of' is no group",
    ),
    (
        "The army denied reports that 30 civilians were killed in the strike.",
        P,
        [fig(K, 30, subject="civilians", claimed_by="reports")],
        "a count in reports a source denies is the reports' claim, never the denier's",
    ),
    (
        "The government put the toll at 40, dismissing earlier reports that more than 50 died.",
        P,
        [
            fig(K, 40, claimed_by="The government"),
            fig(K, 50, "more_than", claimed_by="earlier reports"),
        ],
        "the reports a source dismisses claim their own count",
    ),
    (
        (
            "The government initially put the death toll at 121. Later counts by local"
            " officials, who buried the victims in mass graves, put it at more than 300."
        ),
        P,
        [
            fig(K, 121, cumulative=True, claimed_by="The government"),
            fig(K, 300, "more_than", cumulative=True, claimed_by="local officials"),
        ],
        "'put it at' after a toll sets that toll again; 'counts by' names its source (s. 46)",
    ),
    (
        "Two protesters were killed. Organisers said 50,000 marched; police put it at 20,000.",
        P,
        [fig(K, 2, subject="protesters")],
        "(guard) 'put it at' with no toll named before is no toll",
    ),
    (
        (
            "Gunmen killed 14 villagers on Sunday, and officials fear the toll will rise."
            " Survivors said the attackers came on motorbikes; one put it at 60 gunmen."
        ),
        P,
        [fig(K, 14, subject="villagers")],
        "(guard, after a second review) 'put it at' a count of something else is no toll",
    ),
    (
        (
            "A bus crash killed 22 pilgrims, the toll rising overnight. The bus, which was"
            " carrying 40 passengers when it overturned, was speeding; police put it at 110."
        ),
        P,
        [fig(K, 22, subject="pilgrims")],
        "(guard, after a second review) another 'it' between the toll and 'put it at'",
    ),
    (
        "There were unconfirmed reports that 12 people had died in the fire.",
        P,
        [fig(K, 12, subject="people", claimed_by="unconfirmed reports")],
        "reports that no speaker passes on claim their count",
    ),
    (
        "The commissioner said he was alarmed by reports that 80 people were killed.",
        P,
        [fig(K, 80, subject="people", claimed_by="The commissioner")],
        "(guard) reports a speaker passes on are the speaker's claim",
    ),
    (
        "The ministry reports that 12 people died in the fire.",
        P,
        [fig(K, 12, subject="people", claimed_by="The ministry")],
        "(guard) 'reports' after its subject is a verb",
    ),
    (
        "Some hospital sources put the toll as high as 82.",
        P,
        [fig(K, 82, "up_to", claimed_by="Some hospital sources", cumulative=True)],
        "a toll put 'as high as' a number is at most that number",
    ),
    (
        (
            "Floods struck the city on Monday. The agency, which had reported 300 dead "
            "on Saturday, later revised its figure."
        ),
        P,
        [fig(K, 300, date="2023-03-13")],
        "a day right after a count a verb reports is the report's: the incident's day dates it",
    ),
    (
        "Floods struck the city on Monday. Police said two people were killed on Tuesday.",
        P,
        [fig(K, 2, date="2023-03-14", claimed_by="Police")],
        "(guard) a day in the clause a speaker tells dates its incident",
    ),
    (
        (
            "Gunmen attacked a village on Sunday. The army reported 11 soldiers killed "
            "on Monday in a separate ambush."
        ),
        P,
        [fig(K, 11, date="2023-03-13", claimed_by="The army")],
        "(guard) a day after a reported count that goes on with its incident is the incident's",
    ),
    (
        (
            "At least 12 people were killed when gunmen attacked a market in Kaduna on Tuesday,"
            " a police spokesman said.\n\nEight others were wounded and three women were"
            " abducted.\n\nIn a separate attack in Zamfara, five people were killed, residents"
            " said."
        ),
        P,
        [
            fig(K, 12, "at_least", claimed_by="a police spokesman"),
            fig(W, 8, claimed_by="a police spokesman"),
            fig(D, 3, claimed_by="a police spokesman"),
            fig(K, 5, claimed_by="residents"),
        ],
        "the paragraph right after a sourced one goes on with its statement, among many sources",
    ),
    (
        (
            "At least 12 people were killed when gunmen attacked a market in Kaduna on Tuesday,"
            " a police spokesman said.\n\nThe market had reopened a week earlier.\n\nEight"
            " others were wounded.\n\nIn a separate attack in Zamfara, five people were"
            " killed, residents said."
        ),
        P,
        [
            fig(K, 12, "at_least", claimed_by="a police spokesman"),
            fig(W, 8, claimed_by=None),
            fig(K, 5, claimed_by="residents"),
        ],
        "(guard) a statement is not carried past a paragraph of the writer's own",
    ),
    (
        (
            "At least 12 people were killed when gunmen attacked a market in Kaduna on Tuesday,"
            " a police spokesman said.\n\nOn 3 March 2021, a similar attack killed nine people"
            " in the town.\n\nIn a separate attack in Zamfara, five people were killed,"
            " residents said."
        ),
        P,
        [
            fig(K, 12, "at_least", claimed_by="a police spokesman"),
            fig(K, 9, claimed_by=None),
            fig(K, 5, claimed_by="residents"),
        ],
        "(guard) the next paragraph's figure of another day is the writer's background",
    ),
    (
        (
            "At least 12 people were killed in Kaduna on Tuesday, a police spokesman said.\n\n"
            "Eight others were wounded, the hospital's director told reporters.\n\nIn a"
            " separate attack in Zamfara, five people were killed, residents said."
        ),
        P,
        [
            fig(K, 12, "at_least", claimed_by="a police spokesman"),
            fig(W, 8, claimed_by="the hospital's director"),
            fig(K, 5, claimed_by="residents"),
        ],
        "(guard) the next paragraph's own source comes first",
    ),
    (
        (
            "More than 119,000 people were displaced, mostly to Kassala, Gedaref and River Nile"
            " states, IOM reported."
        ),
        P,
        [fig(DISP, 119_000, "more_than", claimed_by="IOM")],
        "'states' after places' names and before a comma is a noun, no claim",
    ),
    (
        "The United Nations states, in its report, that 40 people were killed.",
        P,
        [fig(K, 40, claimed_by="The United Nations")],
        "(guard) a body's name before 'states,' still speaks",
    ),
    (
        (
            "Guayas Police Commander Fausto Buenaño said 116 inmates were killed. Buenaño said"
            " 79 people were injured. Mr Buenaño said 12 inmates were missing."
        ),
        P,
        [
            fig(K, 116, claimed_by="Guayas Police Commander Fausto Buenaño"),
            fig(W, 79, claimed_by="Guayas Police Commander Fausto Buenaño"),
            fig(M, 12, claimed_by="Guayas Police Commander Fausto Buenaño"),
        ],
        "a surname names again the person named before in full",
    ),
    (
        (
            "Interior Minister Rauf Aregbesola said four guards were killed. The minister said"
            " 16 others were injured."
        ),
        P,
        [
            fig(K, 4, claimed_by="Interior Minister Rauf Aregbesola"),
            fig(W, 16, claimed_by="Interior Minister Rauf Aregbesola"),
        ],
        "'the minister' names again the minister named before in full",
    ),
    (
        (
            "Police spokesman Ali Musa said four guards were killed. The governor said 16 others"
            " were injured."
        ),
        P,
        [
            fig(K, 4, claimed_by="Police spokesman Ali Musa"),
            fig(W, 16, claimed_by="The governor"),
        ],
        "(guard) another title names someone else",
    ),
    (
        (
            "The search operation in Dnipro has been completed. This was reported by the State"
            " Emergency Service (SES) on Tuesday morning.\n\nAccording to the SES, 45 people"
            " were killed in the strike on Saturday. Another 79 people were injured."
        ),
        P,
        [
            fig(K, 45, date="2023-03-11", claimed_by="the SES"),
            fig(W, 79, date="2023-03-11", claimed_by="the SES"),
        ],
        "a day after 'reported by' a source and an acronym in brackets is the report's",
    ),
    (
        "A gunman killed five people at a church on Christmas Eve.",
        P,
        [fig(K, 5, date="2022-12-24")],
        "a holiday that names a day of the year dates its incident, the one nearest publication",
    ),
    (
        (
            "The toll from the earthquake that struck on New Year's Day has risen to 78,"
            " officials said on Thursday."
        ),
        "2024-01-04",
        [fig(K, 78, date="2024-01-01", claimed_by="officials")],
        "a running total of an incident a holiday dates takes its day",
    ),
    (
        "An Israeli strike killed the top Hezbollah commander, 55, in Jouaiyya, the army said.",
        P,
        [fig(K, 1, claimed_by="the army")],
        "(guard) an age after 'the top' commander is no host's share",
    ),
    (
        (
            "Ukraine says Russian forces have lost 8,873 tanks (+12% since January) and 17,000"
            " armoured vehicles."
        ),
        P,
        [fig(DEST, 8873), fig(DEST, 17_000)],
        "(guard) a rise in per cent in brackets is no change since the last report",
    ),
    (
        "The attack killed 12 soldiers (+3 civilians) and wounded 40 others, the army said.",
        P,
        [fig(K, 12, cumulative=False), fig(W, 40)],
        "(guard) another group in brackets after a plus is no change since the last report",
    ),
    (
        (
            "Police said three people were killed in the blast in Kabul on Tuesday.\n\n"
            "Meanwhile, in Kandahar, two soldiers were killed when their vehicle hit a roadside"
            " bomb.\n\nSeparately, the Taliban said 4 of its fighters were wounded."
        ),
        P,
        [
            fig(K, 3, claimed_by="Police"),
            fig(K, 2, claimed_by=None),
            fig(W, 4, claimed_by="the Taliban"),
        ],
        "(guard) the next paragraph's other matter, in another place, is not the source's",
    ),
    (
        (
            "Police said three people were killed in the blast in Kabul on Tuesday.\n\n"
            '"I saw five bodies on the road." Ahmad Shah, a shopkeeper, told Reuters that he had'
            " fled.\n\nSeparately, the Taliban said 4 of its fighters were wounded."
        ),
        P,
        [
            fig(K, 3, claimed_by="Police"),
            fig(K, 5, claimed_by=None),
            fig(W, 4, claimed_by="the Taliban"),
        ],
        "(guard) a quote in the next paragraph is not the source's statement",
    ),
    (
        (
            "The death toll from the landslide in Enga province has risen to 40, officials said."
            "\n\nLandslides and floods have killed more than 1,700 people in the country since"
            " the rainy season began.\n\nSeparately, the army said 4 soldiers were wounded."
        ),
        P,
        [
            fig(K, 40, claimed_by="officials"),
            fig(K, 1700, "more_than", claimed_by=None),
            fig(W, 4, claimed_by="the army"),
        ],
        "(guard) a count since a time in the next paragraph is the writer's background",
    ),
    (
        (
            "District Magistrate Rajesh Kumar said 14 people were killed when the bus fell into"
            ' a gorge.\n\nAmong the survivors was Suresh Kumar, a labourer. "I saw at least'
            ' five bodies on the road," Kumar said.'
        ),
        P,
        [
            fig(K, 14, claimed_by="District Magistrate Rajesh Kumar"),
            fig(K, 5, "at_least", claimed_by="Kumar"),
        ],
        "(guard) a surname names again the last person named with it, here another",
    ),
    (
        (
            "Ukrainian President Volodymyr Zelenskiy said 12 people were killed in Odesa.\n\n"
            "Russian President Vladimir Putin met officials in Moscow. The president said 40"
            " Ukrainian drones were destroyed overnight."
        ),
        P,
        [
            fig(K, 12, claimed_by="Ukrainian President Volodymyr Zelenskiy"),
            fig(DEST, 40, claimed_by="The president"),
        ],
        "(guard) a title names again only the person the title's last mention went with",
    ),
    (
        "Amnesty International states, in its report, that at least 1,153 people were executed.",
        P,
        [fig(K, 1153, "at_least", claimed_by="Amnesty International")],
        "(guard) a body's name with no list before 'states,' still speaks",
    ),
    (
        "Since Christmas Eve, attacks on villages in Plateau have killed more than 190 people.",
        P,
        [fig(K, 190, "more_than", date=None)],
        "(guard) a holiday after 'since' dates no incident",
    ),
    (
        "A bombing at a church in Madalla on Christmas Day 2011 killed 44 people.",
        P,
        [fig(K, 44, date="2011-12-25")],
        "a holiday with a year after it is that year's",
    ),
    (
        "The Boxing Day tsunami killed more than 230,000 people in 14 countries.",
        P,
        [fig(K, 230_000, "more_than", date=None)],
        "(guard) a holiday naming an event dates nothing",
    ),
    (
        (
            "Police said three people were killed in the blast in Kabul on Tuesday.\n\n"
            "In Kandahar, two soldiers were killed when their vehicle hit a roadside bomb.\n\n"
            "The Taliban said 4 of its fighters were wounded."
        ),
        P,
        [
            fig(K, 3, claimed_by="Police"),
            fig(K, 2, claimed_by=None),
            fig(W, 4, claimed_by="The Taliban"),
        ],
        "(guard) the next paragraph opening with another place is not the source's statement",
    ),
    (
        (
            "The Minister of Interior, Rauf Aregbesola, disclosed this to journalists on"
            " Wednesday. One officer was killed, while four inmates died and 16 others were"
            " injured in the attack, the minister added."
        ),
        P,
        [
            fig(K, 1, claimed_by="The Minister of Interior, Rauf Aregbesola"),
            fig(K, 4, claimed_by="The Minister of Interior, Rauf Aregbesola"),
            fig(W, 16, claimed_by="The Minister of Interior, Rauf Aregbesola"),
        ],
        "'the minister' names the minister the text named in a sentence with no figure",
    ),
    (
        "The governor visited the site on Monday. The governor said 12 people were wounded.",
        P,
        [fig(W, 12, claimed_by="The governor")],
        "(guard) a title named before with no name stays as written",
    ),
    (
        "Twelve people were killed at the Jabalia camp, and 7,000 at the Nuseirat camp fled south.",
        P,
        [fig(K, 12)],
        "(guard) a gapped member with a verb of its own after its place is no member",
    ),
    (
        "Troops rescued 30 hostages and their captors were killed in the operation.",
        P,
        [],
        "(guard) 'and their' after a verb's object joins no one to its count",
    ),
    (
        (
            "Russia has lost 7,464 tanks (+9 since yesterday) and 476,460 personnel (+1,140 since"
            " yesterday), Ukraine's General Staff said."
        ),
        P,
        [
            fig(DEST, 7464, cumulative=True),
            fig(DEST, 9),
            fig("casualties", 476_460, cumulative=True),
            fig("casualties", 1140),
        ],
        "a change 'since yesterday' in brackets is the past day's",
    ),
    (
        "Turkey remains the largest host country, with 3.2 million registered Syrians.",
        P,
        [fig(REF, 3_200_000)],
        "a host country's share of a people's name after an adjective is refugees",
    ),
    (
        "Germany remains the main host country, with 35,000 US troops.",
        P,
        [],
        "(guard) an acronym's troops are no people who flee",
    ),
    (
        "Police said the whereabouts of the three gunmen remain unknown.",
        P,
        [],
        "(guard) attackers at large are no missing people",
    ),
    (
        "The fate of 20 residents was unknown until rescuers found them alive on Tuesday.",
        P,
        [],
        "(guard) a fate unknown until it was known counts no one missing",
    ),
    (
        "The fate of 60 residents of the building is still unknown after the collapse.",
        P,
        [fig(M, 60)],
        "an unknown fate past the group's own place",
    ),
    (
        "Three soldiers were killed in Kherson, and one each in Kharkiv and Zaporizhzhia.",
        P,
        [fig(K, 3)],
        "(guard) 'one each' in two places is no single member (each place's one is not read)",
    ),
    (
        (
            "Diyala Governor Muthanna Tamimi said 12 people were killed.\n\nSecurity was"
            " tightened across the governorate.\n\nThe governor said 30 people were wounded."
        ),
        P,
        [
            fig(K, 12, claimed_by="Diyala Governor Muthanna Tamimi"),
            fig(W, 30, claimed_by="Diyala Governor Muthanna Tamimi"),
        ],
        "(guard) a title inside a longer word is no mention of the title",
    ),
    (
        (
            "Provincial police chief Ahmad Khan said 12 people were killed.\n\nMr Khan told"
            " reporters the bomber had been identified. Khan said 30 people were wounded."
        ),
        P,
        [
            fig(K, 12, claimed_by="Provincial police chief Ahmad Khan"),
            fig(W, 30, claimed_by="Provincial police chief Ahmad Khan"),
        ],
        "(guard) an honorific before the surname is no other person's first name",
    ),
    (
        (
            "Ten people were killed when a truck rammed into revellers in the early hours of"
            " New Year's Day, police said."
        ),
        "2024-01-03",
        [fig(K, 10, date="2024-01-01")],
        "a holiday after 'the early hours of' dates its incident",
    ),
    (
        "A gunman killed 11 worshippers during Christmas Eve mass.",
        "2024-01-03",
        [fig(K, 11, date="2023-12-24")],
        "a holiday after 'during' dates its incident",
    ),
    (
        (
            "The Israeli military said it killed 20 militants.\n\nGaza's Health Ministry said"
            " 35 people were killed in strikes on Rafah.\n\nAnother 120 people were wounded in"
            ' the strikes on the so-called "humanitarian zone", up from 80 the previous night.'
        ),
        P,
        [
            fig(K, 20, claimed_by="The Israeli military"),
            fig(K, 35, claimed_by="Gaza's Health Ministry"),
            fig(W, 120, claimed_by="Gaza's Health Ministry"),
        ],
        "(guard) scare quotes after a figure and 'the previous night' keep the statement",
    ),
    (
        (
            "The death toll from Monday's mass shooting at the parade rose to seven on Tuesday"
            " when an 85-year-old man died at a hospital."
        ),
        P,
        [fig(K, 7, date="2023-03-13"), fig(K, 1, date="2023-03-13")],
        "a death that raised an incident's total is the incident's, dated on its day",
    ),
    (
        (
            "The death toll from Monday's shooting rose to seven on Tuesday; separately, two"
            " people died in a crash."
        ),
        P,
        [fig(K, 7, date="2023-03-13"), fig(K, 2, date="2023-03-14")],
        "(guard) a death past a semicolon raised no total",
    ),
    (
        (
            "The death toll from Monday's shooting rose to seven on Tuesday; after a storm, two"
            " people died in a crash."
        ),
        P,
        [fig(K, 7, date="2023-03-13"), fig(K, 2, date="2023-03-14")],
        "(guard) a semicolon glued to the word before still ends the clause of the rise",
    ),
    (
        (
            "At least 75 more people died, the National Disaster Management Authority (NDMA)"
            " said.\n\nAccording to the authority's daily situation report, 1,634 people have"
            " been injured. Children accounted for 386 of the dead, the report showed."
        ),
        P,
        [
            fig(K, 75, "at_least", claimed_by="the National Disaster Management Authority (NDMA)"),
            fig(W, 1634, claimed_by="the National Disaster Management Authority (NDMA)"),
            fig(K, 386, claimed_by="the National Disaster Management Authority (NDMA)"),
        ],
        "'the authority's daily report' is what the authority named before issued",
    ),
    (
        (
            "The Syrian Observatory for Human Rights said 1,311 people were killed. The"
            " Britain-based monitor said 830 civilians were killed."
        ),
        P,
        [
            fig(K, 1311, claimed_by="The Syrian Observatory for Human Rights"),
            fig(K, 830, claimed_by="The Britain-based monitor"),
        ],
        (
            "(guard) a description with a place's '-based' is kept as written (session 41: tried"
            " as naming the body again, withdrawn after a review found it merged other bodies)"
        ),
    ),
    (
        (
            "The fighting drove more than 400,000 people from their homes, according to U.N."
            " estimates."
        ),
        P,
        [fig(DISP, 400_000, "more_than", claimed_by="U.N.")],
        "initials keep their last stop",
    ),
    (
        (
            "More than 8 million refugees from Ukraine have been recorded across Europe,"
            " according to UNHCR.\n\nPoland hosts the largest number, with some 1.56 million"
            " Ukrainians registered for temporary protection, and Moldova hosts around 107,000."
            "\n\nRussia says it has taken in more than 2.8 million people from Ukraine."
        ),
        P,
        [
            fig(REF, 8_000_000, "more_than", claimed_by="UNHCR"),
            fig(REF, 1_560_000, "about", claimed_by="UNHCR"),
            fig(REF, 107_000, "about", claimed_by="UNHCR"),
            fig(REF, 2_800_000, "more_than", claimed_by="Russia"),
        ],
        "'registered' in the next paragraph is a count's word, no source of its own",
    ),
    (
        (
            "Israeli air strikes near Damascus killed 12 people on Wednesday, Syria's state news"
            " agency SANA said.\n\nThe Britain-based war monitor said 20 people were killed."
        ),
        P,
        [
            fig(K, 12, claimed_by="Syria's state news agency SANA"),
            fig(K, 20, claimed_by="The Britain-based war monitor"),
        ],
        "(guard) a description with a place's '-based' is a source of its own",
    ),
    (
        (
            "An Israeli minister said 12 soldiers had been killed in Rafah.\n\nThe minister"
            " criticised Prime Minister Benjamin Netanyahu.\n\n"
            '"We have also had 40 soldiers wounded," the minister added.'
        ),
        P,
        [
            fig(K, 12, claimed_by="An Israeli minister"),
            fig(W, 40, claimed_by="the minister"),
        ],
        "(guard) 'the minister' after an unnamed minister is not another office's holder",
    ),
    (
        (
            "A village chief told Reuters 3 people were killed. Chief Minister Mamata Banerjee"
            " has blamed rivals. The chief said 16 people were injured."
        ),
        P,
        [fig(K, 3, claimed_by="A village chief"), fig(W, 16, claimed_by="The chief")],
        "(guard) a title that opens another office ('Chief Minister') is no mention of it",
    ),
    (
        (
            "Leaders said they had written to the Governor. Amnesty International condemned the"
            " killings.\n\nThe governor said 25 people were wounded."
        ),
        P,
        [fig(W, 25, claimed_by="The governor")],
        "(guard) no name is read past the sentence a title ends",
    ),
    (
        (
            "The death toll from Monday's missile strike on Odesa rose to seven on Tuesday as a"
            " separate drone attack killed three people in Kharkiv."
        ),
        P,
        [fig(K, 7, date="2023-03-13"), fig(K, 3, date="2023-03-14")],
        "(guard) a separate attack after a total that rose keeps its own day",
    ),
    (
        "The attack killed 14 people in the Al-Shifa Hospital, 300 in Gaza City waiting for care.",
        P,
        [fig(K, 14)],
        "(guard) a gapped member with a verb's '-ing' form after its place is no member",
    ),
    (
        (
            "Gunmen killed 11 people in a village on Wednesday, police said.\n\nMortuary"
            " registers at the hospital showed 15 bodies had been brought in.\n\nAmnesty"
            " International said 200 people had been killed in the state since January."
        ),
        P,
        [
            fig(K, 11, claimed_by="police"),
            fig(K, 15, claimed_by=None),
            fig(K, 200, claimed_by="Amnesty International"),
        ],
        "(guard) a record that 'showed' a count names a source of its own",
    ),
    (
        (
            "Gunmen killed 11 people in a village on Wednesday, police said.\n\nA previous"
            " attack on the same village killed 12 people.\n\nAmnesty International said 200"
            " people had been killed in the state since January."
        ),
        P,
        [
            fig(K, 11, claimed_by="police"),
            fig(K, 12, claimed_by=None),
            fig(K, 200, claimed_by="Amnesty International"),
        ],
        "(guard) 'a previous attack' in the next paragraph is the writer's background",
    ),
    (
        (
            "Human Rights Watch said 40 people were killed in the city.\n\nAccording to the"
            " group's latest report, 1,300 more civilians have been killed since January."
        ),
        P,
        [
            fig(K, 40, claimed_by="Human Rights Watch"),
            fig(K, 1300, claimed_by="Human Rights Watch"),
        ],
        "what 'the group' issued after a body named before is that body's",
    ),
    (
        (
            "The number of people displaced rose to 702,973, the IOM said.\n\nMore than half"
            " of the displaced are children, the data show. Some 110,000 people are now living"
            " in 96 displacement sites.\n\nThe UN said 12 aid workers were killed."
        ),
        P,
        [
            fig(DISP, 702_973, claimed_by="the IOM"),
            fig(DISP, 110_000, "about", claimed_by="the IOM"),
            fig(K, 12, claimed_by="The UN"),
        ],
        "'the data show' is the source named before going on, no source of its own",
    ),
    (
        "Two men, Ali Hassan and Omar Said, were killed. Five people were killed, Police Said.",
        P,
        [fig(K, 2, claimed_by=None), fig(K, 5, claimed_by="Police")],
        "a name's 'Said' before a comma in prose is no verb of speech",
    ),
]
