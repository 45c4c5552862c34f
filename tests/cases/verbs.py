"""
The clause reader's rows for verbs of loss of equipment ("burned 12
trucks", "set fire to", "abandoned"), displacement "made homeless", and
running totals whose group is named by what befell it ("the number of
internally displaced people rose to"), or that reach a milestone with the
verb right before the number ("has reached 2 million").  Our own
sentences; the row format is the one of ``tests/cases/extraction.py``
(published on ``P``, a Thursday).
"""

from __future__ import annotations

from tests.cases.extraction import CAPT, DEST, DISP, REF, D, K, M, P, Row, W, fig

ABAN = "equipment_abandoned"

EXAMPLES_VERBS: list[Row] = [
    (
        (
            "The site lists 286 Ukrainian tanks as destroyed. Officials listed 40 people as dead"
            " and 12 as missing. The report counted 40 tanks as captured."
        ),
        P,
        [
            fig(DEST, 286, subject="Ukrainian tanks"),
            fig(K, 40, subject="people"),
            fig(CAPT, 40, subject="tanks"),
        ],
        "a count a source lists as in a state (session 51; the elided '12 as missing' unread)",
    ),
    (
        "Police listed 12 men as suspects. The club counted 40 members as founders.",
        P,
        [],
        "(guard) listed as what no category counts",
    ),
    (
        (
            "More than 4,300 prisoners of war are held by Russia. Funerals for the 12 victims"
            " were held by the families on Sunday."
        ),
        P,
        [fig(D, 4300, "more_than", subject="prisoners", cumulative=True)],
        "people 'held by' a party are held; an event held by people holds no one (guard)",
    ),
    (
        "In the fighting, six of our soldiers fell with honour and four others were wounded.",
        P,
        [fig(K, 6, subject="our soldiers"), fig(W, 4, subject="others")],
        "'fell with honour' (or in combat, as martyrs) is a military communique's death",
    ),
    (
        "Two workers fell from the scaffolding.",
        P,
        [],
        "'fell' alone is no death (guard)",
    ),
    (
        "At least 61 migrants are missing and feared dead after their boat capsized.",
        P,
        [fig(M, 61, "at_least", subject="migrants")],
        "a fate only feared after a told one is no second fate: missing",
    ),
    (
        "Sixty people are feared dead. Three climbers are missing and presumed dead.",
        P,
        [fig(K, 60, subject="people"), fig(M, 3, subject="climbers")],
        "(guard) a feared death alone is read as before, and 'presumed dead' after missing",
    ),
    (
        "The attacker fired wildly, striking a security guard in the shoulder.",
        P,
        [fig(W, 1)],
        "a harm to an object and a part of the body one lives with is a wound",
    ),
    (
        "The man shot his neighbour in the chest, killing him instantly.",
        P,
        [fig(K, 1)],
        "a death after the wound's place decides",
    ),
    (
        "At least 23 guards and prison officers lost their lives in the riot.",
        P,
        [fig(K, 23, "at_least")],
        "a second noun of the group with a noun before it, then a verb phrase",
    ),
    (
        "Close to 3 million Afghans remain refugees abroad, including 1.3 million in Iran.",
        P,
        [fig(REF, 3_000_000, "nearly"), fig(REF, 1_300_000, part=True)],
        "'remain refugees' is a stock; its parts by country follow past 'abroad'",
    ),
    (
        "Greece hosts about 90,000 of them, Italy 60,000 and Malta some 4,000.",
        P,
        [fig(REF, 90_000, "about"), fig(REF, 60_000), fig(REF, 4_000, "about")],
        "a stock list goes on past 'of them'",
    ),
    (
        "Nearly 900 migrants crossed the English Channel in small boats on Saturday.",
        P,
        [fig(REF, 900, "nearly")],
        "crossing the Channel is going abroad",
    ),
    (
        "A trawlerman and his son had fallen overboard in the storm, the coastguard said.",
        P,
        [fig("missing", 2, claimed_by="the coastguard")],
        "those fallen overboard are missing",
    ),
    (
        "Clinics said another 30-odd protesters were hurt and 14 had been admitted with burns.",
        P,
        [fig(W, 30, "about"), fig(W, 14)],
        "'N-odd' is an estimate; 'admitted with' an injury is wounded",
    ),
    (
        "Troops sent to hell seven of the raiders, the military said.",
        P,
        [fig(K, 7, claimed_by="the military")],
        "'sent to hell' before its object kills",
    ),
    (
        "Eleven of the gunmen were liquidated by special forces.",
        P,
        [fig(K, 11)],
        "'liquidated' kills",
    ),
    (
        "Roughly 45,000 residents were sleeping in about 210 school shelters on Sunday.",
        P,
        [fig(DISP, 45_000, "about")],
        "a shelter phrase may hold an estimated count of shelters",
    ),
    (
        "Some 12,000 families lost their homes when the river burst its banks.",
        P,
        [fig(DISP, 12_000, "about")],
        "'lost their homes' displaces",
    ),
    (
        "The shelling sent about 3,500 villagers fleeing to the provincial capital.",
        P,
        [fig(DISP, 3_500, "about")],
        "'sent ... fleeing' is a flight the verb caused",
    ),
    (
        "Mortar fire killed four people and wounded nine, and 6,000 forced from their homes.",
        P,
        [fig(K, 4), fig(W, 9), fig(DISP, 6_000)],
        "a bare count before a participle's phrase: the group elided",
    ),
    (
        "Insurgents burned 14 fuel trucks on the highway overnight.",
        P,
        [fig(DEST, 14, subject="fuel trucks")],
        "burning equipment destroys it",
    ),
    (
        "The mob torched six police vehicles outside the station.",
        P,
        [fig(DEST, 6, subject="police vehicles")],
        "'torched' destroys",
    ),
    (
        "Protesters set fire to 11 armoured vehicles.",
        P,
        [fig(DEST, 11, subject="armoured vehicles")],
        "'set fire to' before the group",
    ),
    (
        "Three tanks were blown up by the retreating troops.",
        P,
        [fig(DEST, 3, subject="tanks")],
        "'blown up' in the passive",
    ),
    (
        "The retreating battalion abandoned 27 tanks and a dozen trucks.",
        P,
        [fig(ABAN, 27, subject="tanks"), fig(ABAN, 12, subject="trucks")],
        "abandoned equipment is a category of its own, shared by the list",
    ),
    (
        "Villagers burned two men to death after the theft.",
        P,
        [fig(K, 2, subject="men")],
        "people are burned to death: killed, not destroyed",
    ),
    (
        (
            "Nearly 20,000 people had been left without shelter."
            " The quake left 900 families without homes."
        ),
        P,
        [fig(DISP, 20_000, "nearly", subject="people"), fig(DISP, 900, subject="families")],
        "people left without shelter or homes are displaced, told as a state or a result",
    ),
    (
        "Nearly 9,000 residents were made homeless by the fire.",
        P,
        [fig(DISP, 9000, "nearly", subject="residents", cumulative=True)],
        "'made homeless' displaces",
    ),
    (
        "More than 2,000 people were buried alive in a landslide.",
        P,
        [fig(K, 2000, "more_than", subject="people")],
        "'buried alive' is a death",
    ),
    (
        "A soldier lost the life in the attack.",
        P,
        [fig(K, 1, subject="soldier")],
        "'lost the life', as translations write it",
    ),
    (
        "Two climbers were rescued but later pronounced dead in hospital.",
        P,
        [fig(K, 2, subject="climbers")],
        "a second verb after 'but' and 'later' decides what befell the group",
    ),
    (
        "A cyclist was left with life-changing injuries after the crash.",
        P,
        [fig(W, 1, subject="cyclist")],
        "'left with' and an injury is a wound ('left' is no auxiliary here)",
    ),
    (
        "Police said the gunman shot four people, one of them fatally, outside a bar.",
        P,
        [fig(W, 4, subject="people"), fig(K, 1)],
        "an active harm whose deaths are a part by how badly: all harmed, the part dead",
    ),
    (
        "The gunman shot four people outside a bar.",
        P,
        [],
        "an active 'shot' with no outcome told gives nothing",
    ),
    (
        "Officers shot at four men outside a bar.",
        P,
        [],
        "'shot at' is fired on, no one hit (guard)",
    ),
    (
        "The gunman shot five people, killing two.",
        P,
        [fig(W, 5, subject="people"), fig(K, 2)],
        "an active 'shot' with fewer killed after it: all harmed, the killed among them",
    ),
    (
        "The gunman shot two people, killing both.",
        P,
        [fig(K, 2)],
        "all those shot killed: no wounded (guard)",
    ),
    (
        "About 30,000 residents had been moved to cyclone shelters by Sunday night.",
        P,
        [fig(DISP, 30000, "about", subject="residents", cumulative=True)],
        "people moved to a shelter are displaced",
    ),
    (
        "The storm forced more than 70,000 people into evacuation centres.",
        P,
        [fig(DISP, 70000, "more_than", subject="people")],
        "an active verb that puts its object into a shelter displaces it",
    ),
    (
        "Police herded 40 protesters into vans.",
        P,
        [],
        "a vehicle is no shelter",
    ),
    (
        "A man drove his car into the crowd and was arrested at the scene.",
        P,
        [fig(D, 1, subject="man")],
        "a second verb with its own 'was' after an active first one is what befell the subject",
    ),
    (
        "A leader and his guard were shot and killed by gunmen.",
        P,
        [fig(K, 2)],
        "a list's members are no verb phrase of their own",
    ),
    (
        "The blast injured five people, none of them seriously.",
        P,
        [fig(W, 5)],
        "a part of none by how badly is no figure",
    ),
    (
        "By Tuesday, 37 of the escapees had been recaptured, and police reported 12 arrests.",
        P,
        [fig(D, 37), fig(D, 12)],
        "'recaptured' and a count of arrests are detentions",
    ),
    (
        "Another 52 people were receiving treatment in hospital.",
        P,
        [fig(W, 52)],
        "'receiving treatment' is wounded",
    ),
    (
        "Fourteen workers are still undergoing treatment at the burns unit.",
        P,
        [fig(W, 14)],
        "'undergoing treatment' is wounded",
    ),
    (
        "12 people are undergoing treatment for cholera in the camp.",
        P,
        [],
        "(guard) treatment for an illness is no one hurt",
    ),
    (
        "Five people were receiving treatment for head injuries.",
        P,
        [fig(W, 5)],
        "treatment for an injury is the hurt",
    ),
    (
        "The fire sent 14 people, including six firefighters, to hospitals, officials said.",
        P,
        [fig(W, 14), fig(W, 6, part=True)],
        "an aside about a result's object before its result",
    ),
    (
        "Sialkot lynching: 118 arrested, including 13 main suspects",
        P,
        [fig(D, 118), fig(D, 13, subject="main suspects")],
        "a verb before a colon is no verb of a number with a verb of its own after it",
    ),
]

EXAMPLES_TRACKERS: list[Row] = [
    (
        (
            "In the Donetsk direction, the enemy lost up to 125 servicemen killed, 2 tanks and 4 "
            "motor vehicles, the ministry said."
        ),
        P,
        [
            fig(K, 125, "up_to", subject="servicemen"),
            fig("equipment_destroyed", 2, subject="tanks"),
            fig("equipment_destroyed", 4, subject="motor vehicles"),
        ],
        "a loss list whose people are told killed goes on to its equipment, the dead killed",
    ),
    (
        (
            "Its forces had destroyed seven Ukrainian tanks over the previous day, and Ukraine had "
            "lost some 2,030 servicemen killed since the fighting began."
        ),
        P,
        [
            fig("equipment_destroyed", 7, subject="Ukrainian tanks"),
            fig(K, 2030, "about", subject="servicemen"),
        ],
        "servicemen lost and told killed are dead, no casualties",
    ),
    (
        (
            "Oryx has documented 2,933 Russian tanks lost since February 2022: 1,959 "
            "destroyed, 153 damaged, 333 abandoned and 488 captured."
        ),
        P,
        [
            fig(DEST, 1959),
            fig("equipment_damaged", 153),
            fig(ABAN, 333),
            fig(CAPT, 488),
        ],
        "a breakdown after a colon of equipment counted before it that no figure read",
    ),
    (
        (
            "The total combat losses of the Russian forces amounted to about 1,312,450 "
            "personnel (+1,070 over the past day), 11,903 tanks (+4) and 38,210 artillery "
            "systems (+41)."
        ),
        P,
        [
            fig("casualties", 1_312_450, "about", side="Russia", period=None),
            fig("casualties", 1070, side="Russia", period=["2023-03-15", "2023-03-16"]),
            fig(DEST, 11_903, side="Russia", period=None),
            fig(DEST, 4, side="Russia"),
            fig(DEST, 38_210, side="Russia", period=None),
            fig(DEST, 41, side="Russia"),
        ],
        "losses of an owner before their verb; the changes in brackets are the past day's, parts",
    ),
    (
        "The losses of the enemy were approximately 1,050 personnel and eight tanks.",
        P,
        [fig("casualties", 1_050, "about"), fig(DEST, 8)],
        "'the losses of X were'",
    ),
    (
        "The navy said it had sunk two patrol boats and had blown up three depots.",
        P,
        [fig(DEST, 2, subject="patrol boats"), fig(DEST, 3, subject="depots")],
        "a passive participle made active by 'have'",
    ),
    (
        (
            "Russia has lost 310 tanks in the region: 200 destroyed, 40 damaged, "
            "30 abandoned and 40 captured."
        ),
        P,
        [
            # (session 64: the 310 lost, split by outcome, is no destruction
            # of its own; it was read as destroyed beside its destroyed share)
            fig(DEST, 200, subject="tanks", side="Russia"),
            fig("equipment_damaged", 40),
            fig(ABAN, 30),
            fig(CAPT, 40),
        ],
        "a breakdown after a colon keeps the equipment its figures leave unsaid",
    ),
    (
        "The navy said it had sunk or disabled 14 warships since the war began.",
        P,
        [fig("equipment_damaged", 14, subject="warships")],
        "warships are equipment",
    ),
    (
        "About 2.4 million people are recorded as refugees in the region.",
        P,
        [fig(REF, 2_400_000, "about", cumulative=True)],
        "'recorded as refugees' like 'registered as refugees'",
    ),
    (
        "Sweden granted temporary protection to 48,000 people from Ukraine.",
        P,
        [fig(REF, 48_000)],
        "'granted temporary protection to' hosts refugees",
    ),
    (
        "Some 35,000 residents remain in evacuation centres.",
        P,
        [fig(DISP, 35_000, "about")],
        "'in evacuation centres' is displacement",
    ),
    (
        "This brings Russia's total losses since the start of the invasion to 847,360.",
        P,
        [fig("casualties", 847_360, cumulative=True)],
        "a total of losses with no group after it is a loss report's casualties",
    ),
    (
        "The strikes brought its losses to 120 tanks.",
        P,
        [fig(DEST, 120, cumulative=True)],
        "a total of losses counted in equipment",
    ),
    (
        (
            "The ministry said 51 people had been killed and 113 injured, bringing the total "
            "number of deaths to 45,028 and injuries to 106,962."
        ),
        P,
        [
            fig(K, 51, subject="people"),
            fig(W, 113),
            fig(K, 45_028, cumulative=True),
            fig(W, 106_962, cumulative=True),
        ],
        "a second total of another noun after 'and', with no 'the'",
    ),
    (
        (
            "Poland has registered 985,000 refugees, followed by the Czech Republic (380,000), "
            "Bulgaria (180,000) and Romania (175,000)."
        ),
        P,
        [fig(REF, 985_000), fig(REF, 380_000), fig(REF, 180_000), fig(REF, 175_000)],
        "stocks in brackets after places listed after a stock",
    ),
    (
        "The fires forced upwards of 100,000 residents to evacuate.",
        P,
        [fig(DISP, 100_000, "more_than", subject="residents")],
        "forced to evacuate",
    ),
    (
        (
            "More than half the pre-war population of 22 million has fled: 6.6 million are "
            "refugees abroad."
        ),
        P,
        [fig(REF, 6_600_000)],
        "a group said to be refugees; a population is no group harmed",
    ),
    (
        "Two of the victims were refugees.",
        P,
        [],
        "what some of a group are is no count of refugees",
    ),
    (
        (
            "The IOM estimates that 8,560 households (approximately 51,360 individuals) were "
            "displaced."
        ),
        P,
        [fig(DISP, 51_360, "about", subject="individuals")],
        "households with their people in brackets: the people",
    ),
    (
        "The storm displaced more than 960,000 persons or around 240,000 families.",
        P,
        [fig(DISP, 960_000, "more_than", subject="persons")],
        "people or households: the people",
    ),
    (
        (
            "Nearly 200 people were killed, according to a local association; other sources put "
            "the figure at around 400."
        ),
        P,
        [
            fig(K, 200, "nearly", subject="people", claimed_by="a local association"),
            fig(K, 400, "about", claimed_by="other sources", cumulative=True),
        ],
        "'put the figure at' takes the category of the figure before it",
    ),
    (
        "Police revised the number of people wounded in the shooting to 14, up from 11.",
        P,
        [fig(W, 14, subject="people", cumulative=True), fig(W, 11, cumulative=True)],
        "'revised ... to' is a verb of a total; 'up from 11' the count it replaced",
    ),
    (
        "The death toll rose to 63 on Tuesday, up from 41 on Sunday.",
        P,
        [fig(K, 63, cumulative=True), fig(K, 41, cumulative=True)],
        "'up from' past the total's day: the count it replaced",
    ),
    (
        "The ministry revised the death toll down to 84, from an earlier figure of 101.",
        P,
        [fig(K, 84, cumulative=True), fig(K, 101, cumulative=True)],
        "the count a total replaced named as a figure of its own ('an earlier figure of')",
    ),
    (
        (
            "An estimated 370,000 Rohingya have crossed into Bangladesh, the UN refugee agency"
            " said, revising its estimate upwards from 313,000."
        ),
        P,
        [
            fig(REF, 370000, "about", cumulative=True, claimed_by="the UN refugee agency"),
            fig(REF, 313000, cumulative=True, claimed_by="the UN refugee agency"),
        ],
        "'revising its estimate upwards from N' past the statement: the count the total replaced",
    ),
    (
        "Authorities raised the number of dead to 40 from a previous death toll of 31.",
        P,
        [fig(K, 40, cumulative=True), fig(K, 31, cumulative=True)],
        "(guard) the count a total replaced named as 'a previous death toll of'",
    ),
    (
        "So far this year 44,730 migrants have landed in Italy, down from 114,256 a year ago.",
        P,
        [fig(REF, 44730, cumulative=True), fig(REF, 114256, cumulative=True)],
        "'down from' past a place after a count that is a total by its period",
    ),
    (
        "Officials said 31 miners had died so far this year, compared with 49 in 2023.",
        P,
        [fig(K, 31, cumulative=True, claimed_by="Officials"), fig(K, 49, cumulative=True)],
        "'compared with' a count: the count it is set beside",
    ),
    (
        "The confirmed death toll remained at six.",
        P,
        [fig(K, 6, cumulative=True)],
        "'remained at' is a verb of a total",
    ),
    (
        "The state's toll had risen from 5 to 14.",
        P,
        [fig(K, 14, cumulative=True), fig(K, 5, cumulative=True)],
        "a total that changed 'from N to M': M the total, N the count it replaced, no range",
    ),
    (
        "From 10 to 15 people were killed.",
        P,
        [fig(K, 10, "range", stated_high=15)],
        "'from N to M' with no verb of a total before it is a range",
    ),
    (
        "The number of people internally displaced has climbed to a record 1.4 million.",
        P,
        [fig(DISP, 1_400_000, cumulative=True)],
        "'a record' before a total's number; an adverb before the state of its group",
    ),
    (
        "The army said its forces had 'executed' 11 prisoners.",
        P,
        [fig(K, 11, claimed_by="The army")],
        "a closing quote glued to an active verb is stepped over",
    ),
    (
        "Russian forces lost 1,270 troops over the past day, the General Staff said.",
        P,
        [fig("casualties", 1270, claimed_by="the General Staff")],
        "people lost over the past day are a daily report's casualties",
    ),
    (
        "The army lost 20 soldiers in the ambush.",
        P,
        [fig(K, 20, subject="soldiers")],
        "people lost in one incident are dead",
    ),
    (
        (
            "A landslide buried a mining camp on Tuesday. Rescuers recovered four more bodies,"
            " bringing the death toll to 19."
        ),
        P,
        [fig(K, 4, date="2023-03-14"), fig(K, 19, cumulative=True, date="2023-03-14")],
        "a toll with no day of its own is the toll of the story's incident, dated by it",
    ),
    (
        "At least 19 soldiers have been killed since the offensive began. Two died on Tuesday.",
        P,
        [fig(K, 19, "at_least", cumulative=True, date=None), fig(K, 2, date="2023-03-14")],
        "a count over a period is no toll of the story's incident: undated",
    ),
    (
        (
            "Militants overran a base on Monday. The ministry on Wednesday put the toll at 36"
            " soldiers killed and 12 wounded."
        ),
        P,
        [fig(K, 36, cumulative=True, date="2023-03-13"), fig(W, 12, date="2023-03-13")],
        "a day before a verb that sets a toll is the statement's: the story's day dates them",
    ),
    (
        (
            "The army said three soldiers had been killed, bringing its losses since the start of "
            "the offensive to 395."
        ),
        P,
        [
            fig(K, 3, subject="soldiers", claimed_by="The army"),
            fig(K, 395, claimed_by="The army", cumulative=True),
        ],
        "losses brought up after a count of the dead are dead",
    ),
    (
        "Moscow says 12 Ukrainian troops surrendered near Pokrovsk.",
        P,
        [fig(D, 12, subject="Ukrainian troops", side="Ukraine", claimed_by="Moscow")],
        "troops who surrendered are taken prisoner",
    ),
    (
        (
            "Russia has lost 1,230 soldiers killed or wounded over the past day, bringing its "
            "total losses since the start of the invasion to 847,360."
        ),
        P,
        [fig("casualties", 1230), fig("casualties", 847_360, cumulative=True)],
        "the losses of a loss report are casualties, after its own count too",
    ),
    (
        "The enemy lost up to 465 troops, one tank and three armoured fighting vehicles.",
        P,
        [
            fig("casualties", 465, "up_to", subject="troops"),
            fig(DEST, 1, subject="tank"),
            fig(DEST, 3, subject="armoured fighting vehicles"),
        ],
        "people lost beside equipment lost are a loss report's casualties",
    ),
    (
        "Turkey has lost 20 service members this month.",
        P,
        [fig(K, 20, subject="service members")],
        "people lost alone are dead",
    ),
    (
        (
            "Russian losses since 24 February 2022, per Kyiv's General Staff: personnel ~405,080 "
            "(+1,070); tanks 6,507 (+9); artillery systems 9,824 (+26)."
        ),
        P,
        [
            fig("casualties", 405_080, "about", subject="personnel"),
            fig("casualties", 1070, subject="personnel"),
            fig(DEST, 6507, subject="tanks"),
            fig(DEST, 9, subject="tanks"),
            fig(DEST, 9824, subject="artillery systems"),
            fig(DEST, 26, subject="artillery systems"),
        ],
        "a loss report's list without dashes: the change in brackets marks it",
    ),
    (
        (
            "Air defences downed 64 of the 112 drones launched overnight, while another 41 were "
            "lost to jamming."
        ),
        P,
        [fig(DEST, 64, subject="drones"), fig(DEST, 41, subject="drones")],
        "'another' reaches back to the equipment before it",
    ),
    (
        "The regional government said 23 people are still listed as missing.",
        P,
        [fig("missing", 23, subject="people")],
        "'listed as missing'",
    ),
    (
        "More than 70,000 families, or about 215,000 people, were staying in evacuation centres.",
        P,
        [fig(DISP, 215_000, "about", subject="people")],
        "households, or their people: the people",
    ),
    (
        (
            "Poland (955,000), Germany (1,180,000) and the Czech Republic (370,000) host the "
            "largest numbers relative to their populations."
        ),
        P,
        [fig(REF, 955_000), fig(REF, 1_180_000), fig(REF, 370_000)],
        "'the largest numbers' is no one; the stocks in brackets are the figures",
    ),
    (
        "Fighting has forced more than 200,000 people to flee to neighbouring countries.",
        P,
        [fig(REF, 200_000, "more_than", subject="people")],
        "forced to flee abroad: refugees",
    ),
]

EXAMPLES_CAPTURES: list[Row] = [
    (
        "Two terrorists were injured and apprehended alive, the ISPR said.",
        P,
        [
            fig(W, 2, subject="terrorists", claimed_by="the ISPR"),
            fig(D, 2, subject="terrorists", claimed_by="the ISPR"),
        ],
        "a capture 'alive' is still a capture of the hurt",
    ),
    (
        "About 30 people may still be trapped beneath the debris.",
        P,
        [fig(M, 30, "about", subject="people")],
        "'may still be trapped beneath' the debris: where they are",
    ),
    (
        "Refugees in Chad: Two aid workers die in ambush",
        P,
        [fig(K, 2, subject="aid workers")],
        "a headline's label before a sentence with its own verb labels nothing (guard)",
    ),
    (
        (
            "Nearly 7,000 newly displaced Sudanese arrived in the Chadian border town of Adre last"
            " week, UNHCR said."
        ),
        P,
        [fig(REF, 7000, "nearly", claimed_by="UNHCR", cumulative=True)],
        "the displaced of one country arriving in another's town are refugees",
    ),
    (
        "In 2022 deaths from political violence rose sharply, the report said.",
        P,
        [],
        "a year opening the sentence before a noun of harm is its time (guard)",
    ),
    (
        "Kenya floods: death toll at 169 [UPDATE]",
        P,
        [fig(K, 169, cumulative=True)],
        "a toll 'at' its number before a bracketed tag",
    ),
    (
        "Troops killed three rebels in combat and captured a fourth, who was wounded.",
        P,
        [
            fig(K, 3, subject="rebels"),
            fig(D, 1, subject="rebels"),
            fig(W, 1, subject="rebels"),
        ],
        "an object captured, 'who was wounded' after it: held and hurt",
    ),
    (
        "As many as 500 people could be missing, officials said.",
        P,
        [fig(M, 500, "up_to", subject="people", claimed_by="officials")],
        "'could be missing' estimates the missing now, as 'may' does",
    ),
    (
        "Five police officers were injured and arrested suspects at the scene.",
        P,
        [fig(W, 5, subject="police officers")],
        "a capture with a bare noun as its object is their deed (guard)",
    ),
    (
        "Three people were injured and captured on security footage fleeing the scene.",
        P,
        [fig(W, 3, subject="people")],
        "'captured on security footage' holds no one (guard)",
    ),
    (
        "Some 5 million children may still be missing out on school, UNICEF said.",
        P,
        [],
        "'missing out on' is no one missing (guard)",
    ),
    (
        "About 40 miners might be trapped if the tunnel floods, engineers warned.",
        P,
        [],
        "a condition makes 'might be trapped' a fear (guard)",
    ),
    (
        "Some 500 Russian troops arrived in the Belarusian border town of Brest.",
        P,
        [],
        "troops arriving abroad are no refugees (guard)",
    ),
    (
        "The death toll at 9/11 was 2,977.",
        P,
        [fig(K, 2977, cumulative=True)],
        "a toll 'at' a date's digits is no toll stated with no verb (guard)",
    ),
    (
        "A total of 1987 deaths were recorded by the health ministry.",
        P,
        [fig(K, 1987, subject="deaths")],
        "a count of deaths between 1900 and 2100 after 'of' stays a count (guard)",
    ),
    (
        "Refugees in neighbouring countries: Two million",
        P,
        [fig(REF, 2000000, cumulative=True)],
        "a long label before a number word with no verb after it stays a label (guard)",
    ),
    (
        "At least 12 bodies were recovered, 10 of them children, and five people remain missing.",
        P,
        [
            fig(K, 12, "at_least", subject="bodies"),
            fig(K, 10, subject="children"),
            fig(M, 5, subject="people"),
        ],
        "'N of them NOUN' after the figure's own predicate is its part, of the noun",
    ),
    (
        (
            "The heat wave claimed 2,320 lives in the two states - 1,735 in Andhra Pradesh and"
            " 585 in Telangana - according to officials."
        ),
        P,
        [fig(K, 2320), fig(K, 1735), fig(K, 585)],
        "parts by place in a dashed aside past the figure's phrase of place",
    ),
    (
        "We have documented 291 tanks destroyed, along with 48 damaged and four captured.",
        P,
        [
            fig(DEST, 291, subject="tanks"),
            fig("equipment_damaged", 48, subject="tanks"),
            fig(CAPT, 4, subject="tanks"),
        ],
        "bare counts after a figure of equipment count that equipment",
    ),
    (
        "The spokesman put the casualties at six policemen killed and three wounded.",
        P,
        [fig(K, 6, cumulative=True), fig(W, 3)],
        "casualties 'at' a count of people and their state: the state decides",
    ),
    (
        "Two officers were injured and arrested the suspect after a struggle.",
        P,
        [fig(W, 2, subject="officers"), fig(D, 1, subject="suspect")],
        "a second verb with its own object is their deed, not their capture (guard)",
    ),
    (
        "The man, who had stabbed three people at the station, was arrested on Monday.",
        P,
        [fig(D, 1, subject="man", date="2023-03-13")],
        "a relative clause of his own deed is no harm of his (guard)",
    ),
    (
        "Three children were hurt and detained in hospital overnight.",
        P,
        [fig(W, 3, subject="children")],
        "'detained in hospital' holds no one (guard)",
    ),
    (
        "Three men being questioned were arrested on Monday.",
        P,
        [fig(D, 3, subject="men", date="2023-03-13")],
        "'being' and a participle right before the main verb",
    ),
    (
        "Some 200 migrants being held in the centre fled after a fire broke out.",
        P,
        [fig(D, 200, "about", subject="migrants")],
        "a participle of a state gives way to a death only (guard)",
    ),
    (
        "Falling debris caused the deaths of 12 people on Sunday, officials said.",
        P,
        [fig(K, 12, subject="people", date="2023-03-12", cumulative=False)],
        "'falling' is no verb of a total (guard)",
    ),
    (
        "Internally displaced persons (IDPs): Over 1.2 million",
        P,
        [fig(DISP, 1200000, "more_than", cumulative=True)],
        "a label's count may open with a capitalised qualifier (guard)",
    ),
    (
        (
            "Militants killed seven soldiers in an attack on a checkpoint, the army said. The"
            " attack later on Friday also wounded 4 civilians."
        ),
        P,
        [fig(K, 7, date="2023-03-10"), fig(W, 4, date="2023-03-10")],
        "'later' goes on with the story's matter (guard)",
    ),
    (
        "Some 120 people have been killed in the region earlier this month, on March 1 alone 30.",
        P,
        [fig(K, 120, "about", period=["2023-03-01", "2023-03-15"], cumulative=True)],
        "a day not set off after 'earlier this month' leaves its period (guard)",
    ),
    (
        "One terrorist was apprehended in injured condition, the ISPR said.",
        P,
        [
            fig(D, 1, subject="terrorist", claimed_by="the ISPR"),
            fig(W, 1, subject="terrorist", claimed_by="the ISPR"),
        ],
        "held 'in injured condition': hurt and held",
    ),
    (
        "More than 500 people may still be missing, officials said.",
        P,
        [fig(M, 500, "more_than", subject="people", claimed_by="officials")],
        "'may still be missing' estimates those missing now",
    ),
    (
        "Up to 50 people may be killed if the dam breaks.",
        P,
        [],
        "'may be killed' is a fate to come (guard)",
    ),
    (
        "Yolanda death toll at 1,774 - NDRRMC",
        P,
        [fig(K, 1774, cumulative=True, claimed_by="NDRRMC")],
        "a headline's toll 'at' its number, with no verb",
    ),
    (
        "The toll at 12 sites was unclear.",
        P,
        [],
        "a toll 'at' a count of places is no total (guard)",
    ),
    (
        "The suspect was shot and arrested, police said.",
        P,
        [
            fig(D, 1, subject="suspect", claimed_by="police"),
            fig(W, 1, subject="suspect", claimed_by="police"),
        ],
        "hurt, then held: both befell the one group (a second verb of another kind)",
    ),
    (
        "Two gunmen were wounded and are in custody.",
        P,
        [fig(W, 2, subject="gunmen"), fig(D, 2, subject="gunmen")],
        "a harm, then a custody told in the present: two figures of one group",
    ),
    (
        "The man being chased, who was also shot, was later arrested on suspicion of burglary.",
        P,
        [fig(D, 1, subject="man"), fig(W, 1, subject="man")],
        "a participle with 'being' steps over to the main verb; the harm of its aside is his too",
    ),
    (
        "Three soldiers were shot and killed.",
        P,
        [fig(K, 3, subject="soldiers")],
        "a second verb of the same kind tells the outcome: one figure (guard)",
    ),
    (
        "The man who was shot was arrested.",
        P,
        [fig(D, 1, subject="man")],
        "a restrictive clause names whom, no new harm (guard)",
    ),
    (
        "Five people being treated at the hospital died on Monday.",
        P,
        [fig(K, 5, subject="people", date="2023-03-13")],
        "a participle with 'being' is what hangs off the group; the main verb decides",
    ),
    (
        (
            "Troops arrested 143 suspects and rescued 85 kidnapped hostages in operations "
            "across the country in the past week."
        ),
        P,
        [fig(D, 143, period=["2023-03-09", "2023-03-16"], cumulative=True)],
        "the kidnapped a rescue frees are held no more, and the list keeps its period",
    ),
    (
        "Soldiers freed 12 abducted students on Monday; 20 abducted students remain missing.",
        P,
        [fig(M, 20, subject="abducted students")],
        "a rescue governs only its own clause's group",
    ),
    (
        ("The hostages were freed, and nine members of the group surrendered to the authorities."),
        P,
        [fig(D, 9)],
        "a rescue before a comma and 'and' frees no one after them",
    ),
    (
        "Eighteen aid workers remain in captivity, the agency said.",
        P,
        [fig(D, 18, claimed_by="the agency", cumulative=True)],
        "'remain in captivity' with no word between 'in' and the custody",
    ),
    (
        "Officers arrested the driver; the owner of the bar has fled, police said.",
        P,
        [fig(D, 1, claimed_by="police")],
        "one who 'has fled' with nowhere told got away: no one displaced",
    ),
    (
        "A grandmother fled her home in the night with two grandchildren.",
        P,
        [fig(DISP, 1)],
        "one who fled her home is displaced",
    ),
    (
        "Raiders carted off 17 schoolgirls from the hostel before dawn.",
        P,
        [fig(D, 17)],
        "'carted off' abducts",
    ),
    (
        "The insurgents carted away three gun trucks from the base.",
        P,
        [fig(CAPT, 3, subject="gun trucks")],
        "'carted away' seizes equipment",
    ),
    (
        "A bus driver drove off with 40 children to safety as gunmen attacked the school.",
        P,
        [],
        "(guard) 'drove off with' people may be to safety: no abduction",
    ),
    (
        "Witnesses described the summary execution of at least five men in the village.",
        P,
        [fig(K, 5, "at_least", subject="men")],
        "'execution of' after a word of its kind kills",
    ),
    (
        "Budget execution of 45% was recorded in the first quarter, the finance ministry said.",
        P,
        [],
        "(guard) a bare 'execution of' may be a budget's",
    ),
    (
        "At least 25 men were picked up for questioning after the blast.",
        P,
        [fig(D, 25, "at_least")],
        "'picked up for questioning' detains",
    ),
    (
        "Security forces had recaptured 58 of the escapees by Monday evening.",
        P,
        [fig(D, 58)],
        "a part of a group no figure counted ('58 of the escapees') is read",
    ),
    (
        "Deputies detained two juveniles outside the arena.",
        P,
        [fig(D, 2)],
        "a noun the lexicon does not know after 'detained' is people",
    ),
    (
        "A gunman who held three shop workers hostage was shot and killed by police on Monday.",
        P,
        [fig(D, 3)],
        "hostages held are no subject of the hostage-taker's singular verb",
    ),
    (
        "Coastguards boarded the tanker and detained its 21 crew members.",
        P,
        [fig(D, 21, subject="crew members")],
        "a possessive between an active verb and its number",
    ),
    (
        "Troops rounded up 27 young men in the market on Friday.",
        P,
        [fig(D, 27, subject="young men")],
        "'rounded up' detains",
    ),
    (
        "Pirates are still holding 19 sailors hostage off the coast.",
        P,
        [fig(D, 19, subject="sailors")],
        "'holding ... hostage' like 'took ... hostage'",
    ),
    (
        "Eleven fishermen went missing when the storm hit.",
        P,
        [fig("missing", 11, subject="fishermen")],
        "'went missing'",
    ),
    (
        "Fighters commandeered three government helicopters at the airfield.",
        P,
        [fig(CAPT, 3, subject="government helicopters")],
        "'commandeered' captures equipment",
    ),
    (
        "Two fuel trucks were hijacked on the highway.",
        P,
        [fig(CAPT, 2, subject="fuel trucks")],
        "'hijacked' in the passive",
    ),
    (
        "Pirates boarded the tanker and took its 19 crew members hostage.",
        P,
        [fig(D, 19, subject="crew members")],
        "a possessive between 'took' and the number",
    ),
    (
        "The rebels took control of six artillery pieces and 20 trucks.",
        P,
        [fig(CAPT, 6, subject="artillery pieces"), fig(CAPT, 20, subject="trucks")],
        "'artillery' before its noun is a modifier, and the list goes on",
    ),
    (
        "The group seized 300 armoured vehicles, including US Humvees, and up to 40 aircraft.",
        P,
        [fig(CAPT, 300, subject="armoured vehicles"), fig(CAPT, 40, "up_to", subject="aircraft")],
        "an aside without a number closed by ', and': the list goes on",
    ),
    (
        "The blast killed 12 people, including three children, two women, and a man.",
        P,
        [
            fig(K, 12, subject="people"),
            fig(K, 3, part=True, subject="children"),
            fig(K, 2, part=True, subject="women"),
            fig(K, 1, part=True),
        ],
        "an aside that counts stays a part, Oxford comma or not",
    ),
]

EXAMPLES_TOTAL_STATES: list[Row] = [
    (
        "The number of internally displaced people rose to 4.2 million, the agency said.",
        P,
        [fig(DISP, 4_200_000, subject="internally displaced people", cumulative=True)],
        "a total of a group named by its state, an adverb before it",
    ),
    (
        "The number of injured soldiers climbed to 85.",
        P,
        [fig(W, 85, subject="injured soldiers", cumulative=True)],
        "'injured soldiers': the state is the category",
    ),
    (
        "The number of refugees registered in the country has reached 950,000.",
        P,
        [fig(REF, 950_000, cumulative=True)],
        "a milestone verb right before the number, the total noun further back",
    ),
    (
        "The death toll topped 600 on Wednesday.",
        P,
        [fig(K, 600, "at_least", cumulative=True)],
        "'topped' a number: at least that many",
    ),
    (
        "Twenty people were killed. The number of raids reached 40 last month.",
        P,
        [fig(K, 20)],
        "a total of things no category counts is no figure",
    ),
    (
        "Four more bodies were recovered on Tuesday, taking the toll to 31.",
        P,
        [fig(K, 4, date="2023-03-14"), fig(K, 31, cumulative=True)],
        "'taking the toll to' moves a total like 'bringing'",
    ),
    (
        "The strike killed nine people, sending the death toll since Friday to 45.",
        P,
        [fig(K, 9), fig(K, 45, cumulative=True, period=["2023-03-10", "2023-03-16"])],
        "a period between the total's noun and its number",
    ),
    (
        "The toll continued to rise to 45 on Friday.",
        P,
        [fig(K, 45, cumulative=True)],
        "'continued to rise' is no projection",
    ),
    (
        "By nightfall the dead numbered at least 40.",
        P,
        [fig(K, 40, "at_least", cumulative=True)],
        "'numbered' states a total; the number keeps its own qualifier",
    ),
    (
        "The total number of soldiers killed since the offensive began is 249.",
        P,
        [fig(K, 249, cumulative=True)],
        "a copula states a total whose noun is its subject",
    ),
    (
        "The toll was 12 on Monday and the town's population is 8,000.",
        P,
        [fig(K, 12, cumulative=True)],
        "a copula after another subject states no total",
    ),
    (
        "Drone units disabled 14 tanks and damaged 6 more.",
        P,
        [fig("equipment_damaged", 14, subject="tanks"), fig("equipment_damaged", 6)],
        "'more' after a figure of equipment is more of the equipment",
    ),
    (
        "Police arrested 3 men and later arrested 6 more.",
        P,
        [fig(D, 3, subject="men"), fig(D, 6)],
        "'more' after a verb of arrest is more people",
    ),
    (
        "The enemy's losses amounted to 1,050 personnel, eight tanks and 29 artillery systems.",
        P,
        [
            fig("casualties", 1050),
            fig(DEST, 8, subject="tanks"),
            fig(DEST, 29, subject="artillery systems"),
        ],
        "losses that amount to a list",
    ),
    (
        "Ukraine's losses included eight tanks and 17 armored vehicles.",
        P,
        [fig(DEST, 8, side="Ukraine"), fig(DEST, 17, side="Ukraine")],
        "the owner of the losses is the side of each member of the list",
    ),
    (
        "Drone teams hit 14 Russian vehicles, destroying nine of them.",
        P,
        [fig(DEST, 9)],
        "'N of them' counts part of the group before its verb",
    ),
    (
        "Kyiv received 31 tanks, of which five have been lost.",
        P,
        [fig(DEST, 5, cumulative=True)],
        "'lost' after a form of 'be' is a loss",
    ),
    (
        "A reporter was injured and lost his leg in the blast.",
        P,
        [fig(W, 1, subject="reporter")],
        "a loss of a limb after an injury is no death",
    ),
    (
        "The fighters said they had taken control of 12 military trucks.",
        P,
        [fig(CAPT, 12, subject="military trucks", claimed_by="The fighters")],
        "'taken control of' equipment captures it; fighters speak",
    ),
    (
        "Officers recovered nine handguns and confiscated 2 shotguns.",
        P,
        [fig(CAPT, 9, subject="handguns"), fig(CAPT, 2, subject="shotguns")],
        "weapons recovered or confiscated are captured; firearms are equipment",
    ),
    (
        "Fourteen pistols were impounded at the checkpoint.",
        P,
        [fig(CAPT, 14, subject="pistols")],
        "a passive of taking weapons",
    ),
    (
        "The raiders seized six motorcycles.",
        P,
        [fig(CAPT, 6, subject="motorcycles")],
        "motorcycles are equipment",
    ),
    (
        "Divers recovered 7 bodies from the lake.",
        P,
        [fig(K, 7)],
        "bodies recovered stay the dead, whatever else 'recovered' takes",
    ),
    (
        "Forty rifles, 12 grenades and 2,000 rounds of ammunition were seized.",
        P,
        [fig(CAPT, 40), fig(CAPT, 12)],
        "a list whose last member counts nothing a figure counts: the others take its verb",
    ),
    (
        "Gunmen abduct 20 students in Kaduna; a man stabs four shoppers in Leeds.",
        P,
        [fig(D, 20, subject="students"), fig(W, 4, subject="shoppers")],
        "a headline's present tense of a verb the tables give in the past ('abduct', 'stabs')",
    ),
    (
        "Insurgents torch 12 trucks and hijack a fuel tanker near the border.",
        P,
        [fig(DEST, 12, subject="trucks"), fig(CAPT, 1, subject="fuel tanker")],
        "the present tense of verbs of equipment",
    ),
    (
        "Survivors recalled the massacre of Port Montt. A booby-trap exploded near 12 houses.",
        P,
        [],
        "(guard) nouns that share a verb's form ('massacre', 'trap') count no one",
    ),
    (
        "Fifteen people were certified dead at the scene.",
        P,
        [fig(K, 15, subject="people")],
        "'certified dead' as 'pronounced dead'",
    ),
    (
        "A police truck was set alight and two armoured vehicles were set on fire.",
        P,
        [fig(DEST, 1, subject="police truck"), fig(DEST, 2, subject="armoured vehicles")],
        "equipment set alight or on fire, in the passive",
    ),
    (
        "The group said two of its members had blown themselves up among the crowd.",
        P,
        [fig(K, 2, "at_least", side="perpetrator")],
        "attackers who 'had blown themselves up'",
    ),
    (
        "The strike raises to 1,500 the number of civilians documented killed since January.",
        P,
        [fig(K, 1500, cumulative=True)],
        "'documented' between the group of a total and its verb changes nothing",
    ),
]
