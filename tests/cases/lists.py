"""
The clause reader's rows for lists whose members share one verb: the
verb's other sense for a member of another kind, and the time and place of
the whole list.  Our own sentences; the row format is the one of
``tests/cases/extraction.py`` (published on ``P``, a Thursday).
"""

from __future__ import annotations

from tests.cases.extraction import CAPT, DEST, DISP, REF, D, K, M, P, Row, W, fig

EXAMPLES_LISTS: list[Row] = [
    (
        "Fifty-eight people in the convoy, 32 of them journalists, were killed.",
        P,
        [fig(K, 58, subject="people"), fig(K, 32, part=True, subject="journalists")],
        "a counted share set off by commas after the group's phrase (session 59)",
    ),
    (
        "The minister said 264 soldiers, 53 of them seriously wounded, had left the plant.",
        P,
        [fig(W, 53, claimed_by="The minister")],
        "(guard) a state inside the share's aside is the share's, not the group's (session 59)",
    ),
    (
        "Verifiers found 40 bodies; another five victims had already been taken away by relatives.",
        P,
        [fig(K, 40, subject="bodies")],
        "the dead taken away by relatives are not abducted (session 59)",
    ),
    (
        (
            "A city works employee opened fire in the lunch room, killing two co-workers, a"
            " foreman and a mechanic, and wounding a clerk."
        ),
        P,
        [fig(K, 2, subject="co-workers"), fig(K, 2, part=True), fig(W, 1)],
        "a list after people of a role that counts as many names who they were (session 59)",
    ),
    (
        "The gunman killed two co-workers, a foreman and two mechanics.",
        P,
        [
            fig(K, 5),
            fig(K, 2, part=True, subject="co-workers"),
            fig(K, 1, part=True),
            fig(K, 2, part=True),
        ],
        "(guard) a list that counts more than the people of a role before it adds to them",
    ),
    (
        (
            "Before taking over the school the guerrillas had shot dead two women workers in a"
            " van on Tuesday."
        ),
        P,
        [fig(K, 2, cumulative=False, date="2023-03-14")],
        "a past perfect deed done 'before' another is an event, no running total (session 59)",
    ),
    (
        "A car bomb killed an army colonel and his chauffeur in Madrid on Monday, police said.",
        P,
        [fig(K, 2, date="2023-03-13", claimed_by="police")],
        "a chauffeur, an aide, a maid or a cook is a person of a list (session 59, PEOPLE_NOUNS)",
    ),
    (
        "The blast killed a policeman, a 45-year-old father of three.",
        P,
        [fig(K, 1, subject="policeman")],
        "an appositive that ends its clause names the one person again (session 59)",
    ),
    (
        (
            "A pipe bomb exploded near the entrance, killing 12 visitors and the bomber, a"
            " 21-year-old student with links to a neo-Nazi group."
        ),
        P,
        [fig(K, 12, subject="visitors"), fig(K, 1, side="perpetrator")],
        "an appositive after a list's last member, no list going on, is that member (session 59)",
    ),
    (
        "The blast killed a policeman, a soldier and a child.",
        P,
        [fig(K, 3)],
        "(guard) a list that goes on with 'and' is members, no appositive (session 59)",
    ),
    (
        "At least 15 people, including the four attackers, were killed, police said.",
        P,
        [fig(K, 15, "at_least", claimed_by="police"), fig(K, 4, part=True, subject="attackers")],
        "'including the four attackers' is a part, 'the' before its number (session 59)",
    ),
    (
        "Militants shot dead a chemist in Srinagar and a taxi driver in Bandipora.",
        P,
        [fig(K, 2)],
        "one person and one person, each with a named place, are one list (was 1)",
    ),
    (
        "Gunmen killed two labourers in Kulgam and a teacher in Shopian on Sunday.",
        P,
        [
            fig(K, 3, date="2023-03-12"),
            fig(K, 2, part=True, date="2023-03-12"),
            fig(K, 1, part=True, date="2023-03-12"),
        ],
        "members with nouns of their own past a named place, counts too (after a second review)",
    ),
    (
        "Police arrested a man in Leeds and two women in Bradford.",
        P,
        [fig(D, 3), fig(D, 1, part=True), fig(D, 2, part=True)],
        "a member past a named place after one person",
    ),
    (
        "Police arrested a man in Leeds and a woman remains at large.",
        P,
        [fig(D, 1, subject="man")],
        "(guard, after a review) a member with a verb of its own past a named place is a clause",
    ),
    (
        "Gunmen killed a man in front of his wife and two children.",
        P,
        [fig(K, 1, subject="man")],
        "(guard) a phrase that is no named place keeps its own list",
    ),
    (
        "Separatist gunmen killed two people in Batibo, both of whom had been suspected of spying.",
        P,
        [fig(K, 2, subject="people")],
        "(guard) a named place after a count of more than one opens no list",
    ),
    (
        "Two men, aged 30 and 32, and a woman aged 61 were detained.",
        P,
        [fig(D, 3), fig(D, 2, part=True), fig(D, 1, part=True)],
        "the ages of a member's people between commas are no gap in its list",
    ),
    (
        "A man aged 18 and two women, aged 38 and 46, were arrested.",
        P,
        [fig(D, 3), fig(D, 1, part=True), fig(D, 2, part=True)],
        "a member's age after 'aged', with no commas, before the list's joiner",
    ),
    (
        (
            "More than 70 people were hurt when the train left the tracks at 7:33 a.m. Of the"
            " injured, 62 were passengers or crew members, the sheriff said."
        ),
        P,
        [fig(W, 70, "more_than"), fig(W, 62, claimed_by="the sheriff")],
        "'a.m.' before a capitalised word (no day, month or zone) ends its sentence",
    ),
    (
        "One officer and two conscripts were killed.",
        P,
        [fig(K, 3), fig(K, 1, part=True), fig(K, 2, part=True)],
        "a member counted by 'one' is a part of its list's sum, as 'an officer' is",
    ),
    (
        "130 tanks and other armored vehicles of the enemy have been destroyed.",
        P,
        [fig(DEST, 130, subject="tanks", cumulative=True)],
        "a second noun of equipment, then whose it was, before the verb",
    ),
    (
        "The toll has risen to 9,770 martyrs, including 4,008 children and 2,550 women.",
        P,
        [
            fig(K, 9770, cumulative=True),
            fig(K, 4008, subject="children"),
            fig(K, 2550, subject="women"),
        ],
        "the people after a total's number are its words: its parts follow them",
    ),
    (
        "The toll rose to 50. Among the martyrs are 175 medical staff.",
        P,
        [fig(K, 50, cumulative=True), fig(K, 175, subject="medical staff")],
        "an inverted list after a plural noun that counts people in a state",
    ),
    (
        "The governor said 28 bodies had been found in a single bathroom and 14 on a stairwell.",
        P,
        [fig(K, 28, subject="bodies"), fig(K, 14)],
        "a gapped member after a figure whose own place is told by common nouns",
    ),
    (
        (
            "Of those killed, 42 died at Al Noor Mosque on Deans Avenue, seven at the Linwood"
            " Islamic Centre and one in hospital."
        ),
        P,
        [fig(K, 42), fig(K, 7), fig(K, 1)],
        "a gapped list goes on with its verb past a place of care ('and one in hospital': died)",
    ),
    (
        "Six people were killed in the tornado, five in Marshall County and one in Cullman County.",
        P,
        [fig(K, 6, subject="people"), fig(K, 5, part=True), fig(K, 1, part=True)],
        (
            "(guard) an event is no place of a gapped list's first figure: no further members"
            " summed; the counts by place are its parts (probe 64)"
        ),
    ),
    (
        "Police arrested 12 people on Monday night and 30 on Tuesday night.",
        P,
        [
            fig(D, 12, subject="people", date="2023-03-13"),
            fig(D, 30, date="2023-03-14"),
        ],
        "a gapped list's days with their part of the day: one figure a night, not one sum",
    ),
    (
        (
            "About 1,000 people were detained on Tuesday night, down from around 2,000 the"
            " previous night and 3,000 on Sunday."
        ),
        P,
        [fig(D, 1000, "about"), fig(D, 2000, "about"), fig(D, 3000)],
        "a gapped member after a count told 'the previous night'",
    ),
    (
        "Seventeen soldiers were killed on Sunday and four the next day.",
        P,
        [fig(K, 17, subject="soldiers", date="2023-03-12"), fig(K, 4, date="2023-03-13")],
        "a gapped member told by a day from another takes that day, from the figure's (session 61)",
    ),
    (
        (
            "North Kivu alone accounts for about 2.4 million internally displaced persons,"
            " followed by Ituri with 1.7 million and South Kivu with 1.3 million."
        ),
        P,
        [fig(DISP, 2_400_000, "about"), fig(DISP, 1_700_000), fig(DISP, 1_300_000)],
        "places ranked after a stock of the displaced, each with its number",
    ),
    (
        "Two journalists and a police officer were killed in the attack.",
        P,
        [
            fig(K, 3, subject="journalists and a police officer"),
            fig(K, 2, subject="journalists", part=True),
            fig(K, 1, subject="police officer", part=True),
        ],
        "one person a list names beside a counted member is a part too",
    ),
    (
        "A 19-year-old man and a 17-year-old boy were pronounced dead at the scene.",
        P,
        [fig(K, 2)],
        "(guard) a list of single people with no counted member names no parts",
    ),
    (
        "Among the dead overnight were nine members of one family, six of them children.",
        P,
        [fig(K, 9, subject="members"), fig(K, 6, part=True)],
        "a word of the day between an inverted list's state and its verb",
    ),
    (
        "The department said 88 people were injured, and that 43 of them were still in hospital.",
        P,
        [fig(W, 88, subject="people"), fig(W, 43, part=True)],
        "a count 'of them' of the figure's own category after 'and' is a part of it",
    ),
    (
        "88 people were injured, and five of them died.",
        P,
        [fig(W, 88, subject="people"), fig(K, 5, part=False)],
        "(guard) a fate of another category 'of them' stays a figure of its own",
    ),
    (
        "Two soldiers were killed in Kidal, the army said, and 15 in Gao were taken to hospital.",
        P,
        [fig(K, 2, subject="soldiers", claimed_by="the army")],
        "(guard) a member with a verb of its own is no member told by its place alone",
    ),
    (
        "The attack killed 12 people, 4 soldiers and 8 civilians.",
        P,
        [fig(K, 12, subject="people"), fig(K, 4, part=True), fig(K, 8, part=True)],
        "a list after the figure that counts its people again by kind is its parts, not 12 more",
    ),
    (
        "The blasts killed 23 people, eight at a bar and 15 at a hospital.",
        P,
        [fig(K, 23, subject="people"), fig(K, 8, part=True), fig(K, 15, part=True)],
        "a figure told again by place after a comma is its parts, not 23 more",
    ),
    (
        "The attack killed 9 soldiers, 4 policemen and 5 civilians.",
        P,
        [
            fig(K, 18),
            fig(K, 9, part=True),
            fig(K, 4, part=True),
            fig(K, 5, part=True),
        ],
        "(guard) a list of three groups is summed, though its last two add up to its first",
    ),
    (
        "Since October 8, 18 soldiers and reservists and 10 civilians have been killed.",
        P,
        [fig(K, 28, cumulative=True), fig(K, 18, cumulative=True), fig(K, 10, cumulative=True)],
        "a member whose number counts two nouns ('soldiers and reservists') is one member",
    ),
    (
        "Police said 43 bodies had been counted, including 15 soldiers.",
        P,
        [fig(K, 43, subject="bodies"), fig(K, 15, subject="soldiers")],
        "a part after the predicate of a count its reading left out ('had been counted')",
    ),
    (
        "The shell hit a house, killing two civilians, a 7-year-old girl and her grandmother.",
        P,
        [fig(K, 2, subject="civilians"), fig(K, 2, subject="girl and her grandmother")],
        "members after people of no group of their own say who they were: a part",
    ),
    (
        "Gunmen killed three civilians, a soldier and a policeman.",
        P,
        [fig(K, 3, subject="civilians"), fig(K, 2, subject="soldier and a policeman")],
        "members of a force after civilians are more people, no part of them",
    ),
    (
        "He killed his three children and then himself.",
        P,
        [fig(K, 3), fig(K, 1, side="perpetrator")],
        "'and then himself' takes the killing verb said once: the attacker's own death",
    ),
    (
        "Israeli strike on school sheltering families: 18 displaced people killed",
        P,
        [fig(K, 18, subject="displaced people")],
        "a state before the noun describes the group; the verb after it is what befell them",
    ),
    (
        "Seven wounded soldiers were evacuated by helicopter.",
        P,
        [fig(W, 7)],
        "a move after the group is no harm: the state before the noun stays its count",
    ),
    (
        "More than 44,730 migrants have landed in Italy this year.",
        "2023-09-01",
        [fig(REF, 44_730, "more_than")],
        "landing in another country is arriving there",
    ),
    (
        (
            "Forces captured a Haqqani sub-commander on Monday. The security force detained the"
            " commander and two of his associates."
        ),
        "2023-03-15",
        [fig(D, 1), fig(D, 2)],
        "a list with one the story told of before ('the commander', the sub-commander) is no sum",
    ),
    (
        "Militants raided a village, killing 14 civilians with machetes, 5 of them women.",
        P,
        [fig(K, 14), fig(K, 5, part=True)],
        "'N of them' past a phrase of means or place is a part",
    ),
    (
        "Gunmen opened fire, leaving eight dead — six men and two women — and three injured.",
        P,
        [fig(K, 8), fig(K, 6, part=True), fig(K, 2, part=True), fig(W, 3)],
        "a dashed aside after a figure holds its parts",
    ),
    (
        "Militiamen killed 22 IDPs — 9 of them children — and set shelters ablaze.",
        P,
        [fig(K, 22), fig(K, 9, part=True)],
        "'N of them' after a dash is a part, as after a comma",
    ),
    (
        "The bomb killed three people — a vendor, a soldier on leave and a girl — on Friday.",
        P,
        [fig(K, 3)],
        "parts that name a figure's people one by one, all of them, are who they were: no parts",
    ),
    (
        "Three crew members of the Liberian-flagged carrier were killed and two others injured.",
        P,
        [fig(K, 3), fig(W, 2)],
        "members of a ship are people, whatever they are members of",
    ),
    (
        "At least two members of the Assam Rifles were killed and another six were injured.",
        P,
        [fig(K, 2, "at_least"), fig(W, 6)],
        "the head of 'members of the Assam Rifles' is 'members': 'another six' are people",
    ),
    (
        "A member of the group who is also a preacher was abducted and killed.",
        P,
        [fig(K, 1)],
        "a relative clause that says who one is holds no one else",
    ),
    (
        "Some 1.1 million people have crossed from Sudan into South Sudan, according to UNHCR.",
        P,
        [fig(REF, 1_100_000, "about", claimed_by="UNHCR", cumulative=True)],
        "crossing from one country into another makes refugees",
    ),
    (
        (
            "Egypt now hosts the largest number, at around 1.5 million, followed by South Sudan"
            " with over 1 million and Chad with more than 800,000."
        ),
        P,
        [
            fig(REF, 1_500_000, "about"),
            fig(REF, 1_000_000, "more_than"),
            fig(REF, 800_000, "more_than"),
        ],
        "a host's superlative share after 'at' or 'with', and the hosts that follow it",
    ),
    (
        "In the capital alone, 110 displacement sites now shelter some 180,000 people.",
        P,
        [fig(DISP, 180_000, "about", cumulative=True)],
        "sites that shelter people hold the displaced",
    ),
    (
        "The Artibonite department hosts another 240,000, the agency said.",
        P,
        [fig(DISP, 240_000)],
        "a named part of a country that hosts people hosts the displaced",
    ),
    (
        "Chad hosts more than 600,000, the agency said.",
        P,
        [fig(REF, 600_000, "more_than")],
        "(guard) a country that hosts people hosts refugees",
    ),
    (
        "At least 20 students and two teachers were killed when the school was shelled.",
        P,
        [fig(K, 22, "at_least"), fig(K, 20, "at_least", part=True), fig(K, 2, part=True)],
        "a list's sum takes its first member's qualifier (the member a part of it)",
    ),
    (
        "Fourteen security personnel and 21 militants were killed in the clashes.",
        P,
        [fig(K, 14), fig(K, 21, subject="militants")],
        "the two sides of a fight are two counts, never one sum",
    ),
    (
        "The army said 47 soldiers and 84 fighters died in the battle for the town.",
        P,
        [fig(K, 47), fig(K, 84, subject="fighters")],
        "a state's forces and the fighters against them are two counts",
    ),
    (
        "Ukraine said it destroyed 12 tanks, 20 armoured vehicles and 35 artillery systems.",
        P,
        [fig(DEST, 12), fig(DEST, 20), fig(DEST, 35)],
        "equipment lists keep a figure per kind",
    ),
    (
        "A Cedar City man fatally shot his wife, his mother-in-law and his son at home.",
        P,
        [fig(K, 3, subject="wife, his mother-in-law and his son")],
        "kin by marriage is kin: the family is one figure",
    ),
    (
        "A man fatally shot his wife, his mother-in-law and the couple's five children at home.",
        P,
        [
            fig(K, 7, subject="wife, his mother-in-law and the couple's five children"),
            fig(K, 1, part=True, subject="wife"),
            fig(K, 1, part=True, subject="mother-in-law"),
            fig(K, 5, part=True, subject="children"),
        ],
        "a person's possessive after a joiner opens a member as 'their' does (session 46)",
    ),
    (
        "Gunmen killed two soldiers and the village's three guards.",
        P,
        [fig(K, 2, subject="soldiers")],
        "(guard) a place's possessive opens no member (not read: a known limitation)",
    ),
    (
        "The raid killed two fighters and the militia's 200 members withdrew from the town.",
        P,
        [fig(K, 2, subject="fighters")],
        "(guard, after a second review) a group's possessive opens no member",
    ),
    (
        "Gunmen killed two Britons, a teacher and a driver on Monday.",
        P,
        [
            fig(K, 2, subject="Britons", side="United Kingdom"),
            fig(K, 2, subject="teacher and a driver"),
        ],
        "a count's people by a capitalized noun take no appositive: more members (session 46)",
    ),
    (
        "Gunmen killed John Smith, a teacher, on Monday.",
        P,
        [fig(K, 1, subject="John Smith")],
        "(guard) a name's appositive is no member",
    ),
    (
        "A man who killed his ex-girlfriend's parents was arrested.",
        P,
        [fig(D, 1), fig(K, 2, subject="parents")],
        "the parents of someone a possessive names are two people, read inside a relative clause",
    ),
    (
        "Suspected militants stopped a bus and shot dead 11 non-locals, police said.",
        P,
        [fig(K, 11, claimed_by="police")],
        "'shot dead' befalls only people, whatever the noun",
    ),
    (
        (
            "A former employee shot and killed a supervisor and a co-worker before being"
            " shot dead by a guard."
        ),
        P,
        [fig(K, 2), fig(K, 1, side="perpetrator")],
        "an attacker killed by others after his attack is the attackers' own count",
    ),
    (
        "Insurgents captured 45 soldiers and four tanks.",
        P,
        [fig(D, 45, subject="soldiers"), fig(CAPT, 4, subject="tanks")],
        "a member of another kind takes the shared verb's sense for its kind",
    ),
    (
        "The militants took control of three armoured vehicles.",
        P,
        [fig(CAPT, 3, subject="armoured vehicles")],
        "'took control of' captures equipment",
    ),
    (
        "The rebels took control of 20 districts.",
        P,
        [],
        "places taken are no equipment",
    ),
    (
        "The army destroyed 12 tanks, 20 armoured vehicles and 35 guns over the past day.",
        P,
        [
            fig(DEST, 12, subject="tanks", period=["2023-03-15", "2023-03-16"], cumulative=True),
            fig(
                DEST,
                20,
                subject="armoured vehicles",
                period=["2023-03-15", "2023-03-16"],
                cumulative=True,
            ),
            fig(
                DEST,
                35,
                subject="guns",
                period=["2023-03-15", "2023-03-16"],
                cumulative=True,
            ),
        ],
        "every member of an active list shares the period after the last",
    ),
    (
        "Police arrested 12 men and 3 women in Lagos on Monday.",
        P,
        [
            fig(D, 15, subject="men and 3 women", location="Lagos", date="2023-03-13"),
            fig(D, 12, part=True),
            fig(D, 3, part=True),
        ],
        "and its place and day",
    ),
    (
        "The attacker detonated his vest, killing himself and 15 others.",
        P,
        [fig(K, 1, side="perpetrator"), fig(K, 15, subject="others", side=None)],
        "further objects of the verb that killed the attacker are his victims",
    ),
    (
        "Rioters set fire to the houses, burning alive 9 people.",
        P,
        [fig(K, 9, subject="people")],
        "'burning alive' before its object",
    ),
    (
        "Nine villagers were burned alive.",
        P,
        [fig(K, 9, subject="villagers")],
        "'burned alive' after its group",
    ),
    (
        "Officials said 31,272 people had been killed and 73,024 wounded since October 7.",
        P,
        [
            fig(K, 31272, subject="people", period=["2022-10-07", "2023-03-16"], cumulative=True),
            fig(W, 73024, subject="people", period=["2022-10-07", "2023-03-16"], cumulative=True),
        ],
        "a number with no group of its own after a figure shares its clause and tense",
    ),
    (
        "The death toll passes 31,000, the health ministry says.",
        P,
        [fig(K, 31000, "at_least", cumulative=True, claimed_by="the health ministry")],
        "a toll that passes, tops or exceeds a number is at least that number",
    ),
    (
        (
            "The enemy's total combat losses were approximately: personnel — about 428,300 "
            "(+950), tanks — 6,712 (+10), armoured combat vehicles — 12,853 (+21)."
        ),
        P,
        [
            fig("casualties", 428300, "about", subject="personnel", cumulative=True),
            fig("casualties", 950, subject="personnel", period=["2023-03-15", "2023-03-16"]),
            fig(DEST, 6712, subject="tanks", cumulative=True),
            fig(DEST, 10, subject="tanks", cumulative=True),
            fig(DEST, 12853, subject="armoured combat vehicles", cumulative=True),
            fig(DEST, 21, subject="armoured combat vehicles"),
        ],
        (
            "a ministry's dashed list of losses: running totals, personnel as casualties, "
            "each change since the report before a part of its total"
        ),
    ),
    (
        "The Britain-based Syrian Observatory for Human Rights, a war monitor, put the toll at 18.",
        P,
        [
            fig(
                K,
                18,
                cumulative=True,
                claimed_by="The Britain-based Syrian Observatory for Human Rights",
            )
        ],
        "an appositive between the source and the verb that puts the toll",
    ),
    (
        "The camp shelters 40,000 displaced people.",
        P,
        [fig("displaced", 40000, subject="displaced people", cumulative=True)],
        "a verb of hosting counts the displaced it shelters as displaced, not refugees",
    ),
    (
        "Some 200,000 people sought asylum in Germany.",
        P,
        [fig("refugees", 200000, "about", subject="people", cumulative=True)],
        "asylum is sought abroad: refugees",
    ),
    (
        "The death toll climbed past 500, officials said.",
        P,
        [fig(K, 500, "more_than", cumulative=True, claimed_by="officials")],
        "a total that rose past, above or beyond its number is more than it",
    ),
    (
        (
            "The shelling pushed the death toll past 100, officials said.\n\nThe strikes pushed"
            " the total number of civilians killed since October 7 above 3,000."
        ),
        P,
        [
            fig(K, 100, "more_than", cumulative=True, claimed_by="officials"),
            fig(K, 3000, "more_than", cumulative=True, subject="civilians"),
        ],
        "a total its verb's object, then past its number (session 53)",
    ),
    (
        "The bomb pushed three people past the barrier. The rally took 500 people past the gate.",
        P,
        [],
        "(guard) no total noun, no total past its number (session 53)",
    ),
    (
        "A mother and her three children died when the house collapsed.",
        P,
        [
            fig("killed", 4, subject="mother and her three children"),
            fig(K, 1, part=True),
            fig(K, 3, part=True),
        ],
        "a possessive after the joiner goes on with a list before a passive verb",
    ),
    (
        "Five soldiers and their two interpreters were killed in the ambush.",
        P,
        [
            fig("killed", 7, subject="soldiers and their two interpreters"),
            fig(K, 5, part=True),
            fig(K, 2, part=True),
        ],
        "'and their two ...': one list, one verb",
    ),
    (
        "Russia lost 900 soldiers over the past 24 hours, along with 11 tanks and 20 drones.",
        P,
        [
            fig("casualties", 900, subject="soldiers"),
            fig(DEST, 11, subject="tanks"),
            fig(DEST, 20, subject="drones"),
        ],
        "a phrase of time between a figure and the members its verb goes on to",
    ),
    (
        "The blast killed three people in Habhab, 12 miles north of Baquba.",
        P,
        [fig(K, 3, subject="people")],
        "a distance after a phrase of place is no further member",
    ),
    (
        "Raiders killed nine villagers and abducted dozens more.",
        P,
        [fig(K, 9, subject="villagers"), fig(D, None, "vague", vague="dozens")],
        "'more' after a verb that takes only people",
    ),
    (
        "Of those displaced, about 6,500 were staying in crowded public shelters.",
        P,
        [fig(DISP, 6500, "about")],
        "a shelter with words describing it",
    ),
    (
        "Some 14,000 people live in makeshift refugee camps near the border.",
        P,
        [fig(REF, 14000, "about", subject="people")],
        "a refugee camp described",
    ),
    (
        (
            "Pakistan hosts 1.3 million refugees, followed by Uganda with 1.5 million"
            " and Chad with 1.1 million."
        ),
        P,
        [fig(REF, 1300000, subject="refugees"), fig(REF, 1500000), fig(REF, 1100000)],
        "further hosts, each with its number",
    ),
    (
        "Bandits killed the village head and 11 others in an overnight raid.",
        P,
        [fig(K, 12), fig(K, 1, part=True), fig(K, 11, part=True)],
        "the head of a village is one person; the others are further objects",
    ),
    (
        "Gunmen killed the head of the village and two of his guards.",
        P,
        [fig(K, 2, subject="his guards")],
        "the first object with a phrase of its own",
    ),
    (
        "Police shot the gunman and 11 hostages were freed.",
        P,
        [],
        "a group that opens a clause of its own is no further object",
    ),
    (
        "Troops killed the gunman and 11 hostages were freed.",
        P,
        [fig(K, 1, subject="gunman", side="perpetrator")],
        "nor after a first object read as one person",
    ),
    (
        "Floods have killed 12 people in Bihar, 9 in Assam and 4 in Nepal.",
        P,
        [
            fig(K, 12, subject="people", location="Bihar"),
            fig(K, 9, subject="people", location="Assam"),
            fig(K, 4, subject="people", location="Nepal"),
        ],
        "a list by place whose verb is left out after the first member",
    ),
    (
        "Storm Daniel: 11 dead in Greece, 4 in Bulgaria, 7 in Turkey.",
        P,
        [
            fig(K, 11, location="Greece"),
            fig(K, 4, location="Bulgaria"),
            fig(K, 7, location="Turkey"),
        ],
        "a headline's list by place",
    ),
    (
        "Turkey hosts 3.2 million refugees, Lebanon about 800,000 and Jordan 650,000.",
        P,
        [
            fig(REF, 3_200_000, location="Turkey"),
            fig(REF, 800_000, "about", location="Lebanon"),
            fig(REF, 650_000, location="Jordan"),
        ],
        "further hosts of a stock, each country before its number",
    ),
    (
        "Five soldiers were killed in Kabul, 3 in 2019.",
        P,
        [fig(K, 5, subject="soldiers")],
        "no place after the number: no member",
    ),
    (
        "Gunmen kidnapped a Catholic priest, Father Kingsley Eze, and his driver.",
        P,
        [fig("detained", 2, subject="Catholic priest, Father Kingsley Eze, and his driver")],
        "a name set off after a list member names it again; the list goes on",
    ),
    (
        "Gunmen killed his wife, daughter and son.",
        P,
        [fig("killed", 3, subject="wife, daughter and son")],
        "a possessive said once for a list of people of one's own",
    ),
    (
        "Gunmen stormed the house, killing him along with his wife, son and two guards.",
        P,
        [
            fig("killed", 1, subject="him"),
            fig("killed", 4, subject="wife, son and two guards"),
            fig(K, 1, part=True),
            fig(K, 2, part=True),
        ],
        "a bare member between joiners, then a counted one",
    ),
    (
        "Gunmen killed 6 people in Maru on Monday, 4 in Anka on Tuesday and 11 in Bukkuyum.",
        P,
        [
            fig(K, 6, subject="people", location="Maru"),
            fig(K, 4, subject="people", location="Anka"),
            fig(K, 11, subject="people", location="Bukkuyum"),
        ],
        "a gapped list: each member's place and day follow it",
    ),
    (
        "Russian strikes killed two people in the Kharkiv region and three in Zaporizhzhia.",
        P,
        [fig(K, 2, subject="people"), fig(K, 3, subject="people")],
        "a gapped member after a place with 'the' and a place noun",
    ),
    (
        "Bandits killed 12 villagers in Kware and another 4 at Kubwa Sabo.",
        P,
        [fig(K, 12, subject="villagers"), fig(K, 4, subject="villagers")],
        "a gapped member opened by 'another', its place after 'at'",
    ),
    (
        "Rescuers found 10 bodies near the canal on Monday and a further two on Tuesday.",
        P,
        [fig(K, 10, subject="bodies"), fig(K, 2, subject="bodies")],
        "a gapped member opened by 'a further' (session 55)",
    ),
    (
        "Militants killed 7 on Friday and 2 more on Saturday.",
        P,
        [fig(K, 7), fig(K, 2, subject="more")],
        "a gapped member on another day, 'more' of the group before",
    ),
    (
        "A 19-year-old and a 22-year-old were killed.",
        P,
        [fig(K, 2, subject=None)],
        "an age names a person: the members of the list the verb ends are summed",
    ),
    (
        (
            "Gunmen on Saturday killed 6 persons at Kutura, on Sunday another 4 at Kubwa Sabo "
            "and on Monday 2 more at Amo."
        ),
        P,
        [
            fig(K, 6, subject="persons"),
            fig(K, 4, subject="persons"),
            fig(K, 2, subject="more"),
        ],
        "a gapped member whose day comes before its number",
    ),
    (
        "Rescuers recovered 12 bodies near the bridge and five more in the river.",
        P,
        [fig(K, 12, subject="bodies"), fig(K, 5, subject="more")],
        "a gapped member of further people, its place and the one before of common nouns",
    ),
    (
        "Two people were killed in the collapse and 14 others inside the building were rescued.",
        P,
        [fig(K, 2)],
        "(guard) further people in a common place with a verb of their own are no member",
    ),
    (
        "Five people died in the fire and 20 others in the building escaped unhurt.",
        P,
        [fig(K, 5)],
        "(guard) a common place that runs into a verb is no place",
    ),
    (
        "Four members of the Civilian Joint Task Force (CJTF) and a soldier died.",
        P,
        [fig(K, 5), fig(K, 4, part=True), fig(K, 1, part=True)],
        "a short aside in brackets after a list member",
    ),
    (
        "Killed were two men and a woman.",
        P,
        [fig(K, 3), fig(K, 2, part=True), fig(K, 1, part=True)],
        "a bare state opening the sentence opens an inverted list, summed",
    ),
    (
        "Dead: Ana Ruiz, 52; her son Pedro Ruiz, 30; and her granddaughter Lucia, 4.",
        P,
        [fig(K, 3, subject=None)],
        "a state as a label before names set off by semicolons (session 55)",
    ),
    (
        (
            "Darnell Hayes, 18; Tia Brooks, 17; and Omar Reyes, 19, were killed when gunmen "
            "fired into a crowd on Saturday."
        ),
        P,
        [fig(K, 3, subject=None, date="2023-03-11")],
        "names set off by semicolons before their passive verb (session 55)",
    ),
    (
        "Darnell Hayes, 18; Tia Brooks, 17; and Omar Reyes, 19, attended the rally.",
        P,
        [],
        "(guard) names set off by semicolons with no verb of harm count no one",
    ),
    (
        "Killed were Jose Martinez, 45, and his nephew Luis, 19.",
        P,
        [fig(K, 2)],
        "a list of named people after a bare state counts the names",
    ),
    (
        (
            "Police identified the people killed in Saturday's shooting as Jamal Price, 27; "
            "Devon Walker, 24; and Kiara Lewis, 20."
        ),
        P,
        [fig(K, 3)],
        "names after 'identified ... as' with a state, joined by semicolons",
    ),
    (
        (
            "An RUC spokesman said the dead were Patrick Quinn, 48, a bread server; his"
            " brother-in-law, Gerard McAleese, 22; and James Hanna, 61, who had been playing"
            " dominoes.\n\nPolice said the dead had been named as Ali Hassan and Omar Khan."
        ),
        P,
        [fig(K, 3, claimed_by="An RUC spokesman"), fig(K, 2, claimed_by="Police")],
        (
            "a group named as a whole inside the sentence, then its names: a description after"
            " an age before a semicolon, kin words with dashes before a comma (session 53)"
        ),
    ),
    (
        (
            "Most of the victims were Palestinians. The dead were Afghan civilians. The"
            " victims were identified as Hutu refugees. The dead were as many as 40 Hutu men."
        ),
        P,
        [fig(K, 40, "up_to")],
        "(guard) a people's name is no person's; 'as' only after a verb of naming (session 53)",
    ),
    (
        "The victims were identified as John Smith, 34, and Mary Jones, 29.",
        P,
        [fig(K, 2)],
        "the victims named after 'identified as' are the dead the police name (session 53)",
    ),
    (
        "The blast left two wounded, identified as Juana Torres and a boy of 8 years.",
        P,
        [fig(W, 2)],
        "names after 'identified as' are of the count their sentence gave",
    ),
    (
        "The man who died, 26-year-old DeShawn Carter, was pronounced dead at the hospital.",
        P,
        [fig(K, 1, subject="man")],
        "a person named in an appositive after a relative clause's death is that person",
    ),
    (
        "The man who died, 26-year-old DeShawn Carter, was pronounced dead at the scene.",
        P,
        [fig(K, 1, subject="man")],
        "a person named in an appositive is that person, with no place of care in the sentence",
    ),
    (
        (
            "Gunmen killed 23 people, according to the local administrator, 17 according to an "
            "army spokesman."
        ),
        P,
        [
            fig(K, 23, subject="people", claimed_by="the local administrator"),
            fig(K, 17, subject="people", claimed_by="an army spokesman"),
        ],
        "another source's number for the same people, its verb left out",
    ),
    (
        "At least 30 people were killed, some sources say 36.",
        P,
        [fig(K, 30, "at_least", subject="people"), fig(K, 36, subject="people")],
        "another source's number after 'say'",
    ),
    (
        'The army said it had killed "around 10 terrorists" in the operation.',
        P,
        [fig(K, 10, "about", subject="terrorists", claimed_by="The army")],
        "an opening quote between the verb and its count",
    ),
    (
        (
            "A 34-year-old woman and her 12-year-old son were killed, and a 40-year-old man was "
            "critically injured."
        ),
        P,
        [fig(K, 2, subject="woman and her 12-year-old son"), fig(W, 1, subject="man")],
        "the hyphens of an age are no dash of an appositive: the family is one figure",
    ),
    (
        "A grenade thrown at the council hall killed a deputy and a clerk, officials said.",
        P,
        [fig(K, 2)],
        "a further object of a verb that befalls only people, by a noun the lexicon does not know",
    ),
    (
        "The raiders killed a guard and a lorry burned outside the depot.",
        P,
        [fig(K, 1, subject="guard")],
        "a further 'a' after 'and' with a verb of its own is no object of the killing",
    ),
    (
        "Gunmen killed a farmer and the operation ended at dawn.",
        P,
        [fig(K, 1, subject="farmer")],
        "'the' and a noun the lexicon does not know after a killing's object name a thing",
    ),
    (
        "A border guard has been killed and two others wounded in a shelling attack.",
        P,
        [fig(K, 1, cumulative=False), fig(W, 2, cumulative=False)],
        "one person 'has been killed' is one death, not a running total",
    ),
    (
        "The driver of a delivery van, 58, and his passenger, 31, were pronounced dead.",
        P,
        [fig(K, 2)],
        "an age after a person's 'of' phrase is no count; the list goes on after it (was xfail)",
    ),
    (
        "Mark Hollis, 41, of no fixed abode, was arrested at the station.",
        P,
        [],
        "'of no fixed abode' is a quality, not a zero count",
    ),
    (
        "The junta arrested about 40 officers, including two generals, over an alleged plot.",
        P,
        [fig(D, 40, "about"), fig(D, 2, part=True, subject="generals")],
        "a part of people by a noun the lexicon does not know is people, kept as a part",
    ),
    (
        "A strike killed 19 people, including two Ukrainian children, on Sunday, officials said.",
        P,
        [
            fig(K, 19, date="2023-03-12", claimed_by="officials"),
            fig(K, 2, part=True, side="Ukraine", date="2023-03-12", claimed_by="officials"),
        ],
        "a part has its own group and side, and its whole's date and claimant",
    ),
    (
        "Troops detained more than 200 people in the raids. Among them were 14 children.",
        P,
        [fig(D, 200, "more_than"), fig(D, 14, part=True, subject="children")],
        "a sentence that opens 'Among them' names a part of the figure before it",
    ),
    (
        "The floods killed 40 people. Of those, 12 were children.",
        P,
        [fig(K, 40), fig(K, 12, part=True, subject="children")],
        "'Of those, N were' names a part of the figure before",
    ),
    (
        (
            "Among those killed in the fighting around the town between 10 and 12 March were"
            " 13 foreign soldiers."
        ),
        P,
        [fig(K, 13, subject="foreign soldiers")],
        "an inverted list's state may take a longer phrase of place and time before its verb",
    ),
    (
        (
            "Among those killed were 13 foreign soldiers deployed with the mission (SAMIDRC):"
            " nine South Africans, three Malawians and one Uruguayan."
        ),
        P,
        [
            fig(K, 13),
            fig(K, 9, part=True, subject="South Africans"),
            fig(K, 3, part=True),
            fig(K, 1, part=True),
        ],
        "groups after a colon whose counts add up to the figure before it are its parts",
    ),
    (
        "Gunmen killed 12 villagers: nine men and two women.",
        P,
        [fig(K, 12)],
        "(guard) groups after a colon that do not add up to the figure are no breakdown of it",
    ),
    (
        (
            "Gunmen shot dead six staff members as they slept: four nurses, an administrator and"
            " a construction technician."
        ),
        P,
        [
            fig(K, 6, subject="staff members"),
            fig(K, 4, part=True, subject="nurses"),
            fig(K, 1, part=True, subject="administrator"),
            fig(K, 1, part=True, subject="construction technician"),
        ],
        "a colon's further members may be one person each, by an agent's noun (session 46)",
    ),
    (
        (
            "Twenty-nine people were killed \u2013 six men, 14 women and nine children \u2013"
            " and about 220 were injured."
        ),
        P,
        [
            fig(K, 29, subject="people"),
            fig(K, 6, part=True, subject="men"),
            fig(K, 14, part=True, subject="women"),
            fig(K, 9, part=True, subject="children"),
            fig(W, 220, "about"),
        ],
        "a dashed aside's member after a comma is a further part (session 46)",
    ),
    (
        (
            "Gunmen shot dead ten of its members \u2013 six Americans, a Briton, a German and"
            " two Afghans."
        ),
        P,
        [
            fig(K, 10, subject="its members"),
            fig(K, 6, part=True, subject="Americans"),
            fig(K, 1, part=True, subject="Briton"),
            fig(K, 1, part=True, subject="German"),
            fig(K, 2, part=True, subject="Afghans"),
        ],
        "an aside left open to the sentence's end; one of a people by its name (session 46)",
    ),
    (
        "Two soldiers were killed \u2014 5 civilians wounded.",
        P,
        [fig(K, 2, subject="soldiers"), fig(W, 5, part=False, subject="civilians")],
        "(guard) a clause after a dash, with a verb, is no aside",
    ),
    (
        "Gunmen killed 3 people \u2013 2 soldiers, a Syrian told AFP.",
        P,
        [fig(K, 3, subject="people", claimed_by="a Syrian")],
        "(guard, after a review) a dash open to the end past a source's verb is no aside",
    ),
    (
        (
            "Thirteen foreign soldiers were killed in the fighting: nine South Africans, three"
            " Malawians and one Uruguayan."
        ),
        P,
        [fig(K, 13), fig(K, 9, part=True), fig(K, 3, part=True), fig(K, 1, part=True)],
        "(after a second review) a colon's breakdown after a passive: parts only, read once",
    ),
    (
        (
            "The blast killed 8 people and the army said: 5 attackers and 3 soldiers died in"
            " the firefight that followed."
        ),
        P,
        [fig(K, 8), fig(K, 5, part=False), fig(K, 3, part=False)],
        "(guard, after a second review) a colon's list with a verb of its own is no breakdown",
    ),
    (
        "Among those arrested during the protests in the capital last week were 40 students.",
        P,
        [fig(D, 40)],
        "(after a second review) an inverted list's state with a phrase of time ('during')",
    ),
    (
        (
            "At least 100 people were injured in the fire. The hospital in the town received 42"
            " of the injured."
        ),
        P,
        [fig(W, 100, "at_least"), fig(W, 42, part=True)],
        "some of the hurt a hospital 'received': a part of the hurt",
    ),
    (
        "Police arrested 12 of the injured after the riot.",
        P,
        [fig(D, 12)],
        "(guard) a verb of its own before 'N of the injured' keeps its own category",
    ),
    (
        (
            "The bus plunged into a gorge in Nepal, killing 28 people. Of the dead, 14 were from"
            " Kavre district and 9 from Sindhupalchok."
        ),
        P,
        [
            fig(K, 28, location="Nepal"),
            fig(K, 14, part=True, location="Nepal"),
            fig(K, 9, part=True, location="Nepal"),
        ],
        "(guard, after a review) where the dead came from is who they were, not where they died",
    ),
    (
        (
            "A bomb in Kabul wounded 40 people. Of them, 12 were in Kabul's Emergency Hospital"
            " and 10 in Wazir Akbar Khan Hospital."
        ),
        P,
        [
            fig(W, 40, location="Kabul"),
            fig(W, 12, part=True, location="Kabul"),
            fig(W, 10, part=True, location="Kabul"),
        ],
        "(after a review) a hospital is where the hurt are treated, not where they were hurt",
    ),
    (
        "The quake killed 84 people and injured 300. Of the 84, 31 died in Wajima and 38 in Suzu.",
        P,
        [fig(K, 84), fig(W, 300), fig(K, 31, part=True), fig(K, 38, part=True)],
        "(after a review) 'Of the 84,' names a figure of the sentence before, not only its last",
    ),
    (
        (
            "The army destroyed 30 tanks \u2013 12 of them T-90s \u2013 and 40 armoured vehicles"
            " \u2013 20 of them BMPs."
        ),
        P,
        [fig(DEST, 30), fig(DEST, 12, part=True)],
        (
            "(guard, after a review) dashed asides of groups a rule read are no list of losses"
            " (the 40 after the aside is not read: a strict xfail row)"
        ),
    ),
    (
        (
            "Ukraine destroyed 14 tanks \u2013 6 more than a day earlier \u2013 and 9 armoured"
            " vehicles \u2013 3 more than on Monday."
        ),
        P,
        [fig(DEST, 14)],
        (
            "(guard, after a review) a count that goes on after its dash is no list of losses"
            " (the 9 is not read)"
        ),
    ),
    (
        "The quake killed 84 people. Of them, 31 were in the city of Wajima and 38 in Suzu.",
        P,
        [
            fig(K, 84),
            fig(K, 31, part=True, location="city of Wajima"),
            fig(K, 38, part=True, location="Suzu"),
        ],
        "'Of them, N were in PLACE and M in PLACE': parts by place, each in its own place",
    ),
    (
        "At least 84 people were killed. Of the 84, 31 died in Wajima and 38 in Suzu.",
        P,
        [
            fig(K, 84, "at_least"),
            fig(K, 31, part=True, location="Wajima"),
            fig(K, 38, part=True, location="Suzu"),
        ],
        "'Of the 84,' names the figure before by its count: what the sentence reads are parts",
    ),
    (
        "At least 84 people were killed. Of the 84, 31 were from Wajima.",
        P,
        [fig(K, 84, "at_least"), fig(K, 31, part=True)],
        "'Of the 84,' names the whole: a part in any state after it",
    ),
    (
        "At least 84 people were killed on Monday. Of the 90 injured, 12 were children.",
        P,
        [fig(K, 84, "at_least"), fig(W, 90), fig(W, 12, part=True, subject="children")],
        (
            "'Of the 90 injured' is another count than the one before: nothing of the dead is a"
            " part of it, its own share is (guard; the share read since session 58)"
        ),
    ),
    (
        "Five persons, including two women and a child, were killed in the raid.",
        P,
        [
            fig(K, 5),
            fig(K, 2, part=True, subject="women"),
            fig(K, 1, part=True),
        ],
        "parts in an aside between a group and its verb",
    ),
    (
        "Six people, five of them children, drowned when the boat capsized.",
        P,
        [fig(K, 6), fig(K, 5, part=True)],
        "'N of them' in an aside before the verb is a part",
    ),
    (
        "Two soldiers, a driver and a cook, were killed.",
        P,
        [fig(K, 2)],
        "an appositive naming the group's members holds no part",
    ),
    (
        (
            "Since January, more than 140,000 Congolese have fled to neighbouring countries:"
            " some 71,000 to Burundi, 41,000 to Uganda and 15,000 to Rwanda."
        ),
        P,
        [
            fig(REF, 140000, "more_than"),
            fig(REF, 71000, "about", part=True),
            fig(REF, 41000, part=True),
            fig(REF, 15000, part=True),
        ],
        "where the people of a figure went, after a colon, are its parts",
    ),
    (
        "Internally displaced persons (IDPs): 2,118,406. Displaced in camps: 8,420.",
        P,
        [fig(DISP, 2118406), fig(DISP, 8420)],
        "a longer label that opens its line with its state or counted noun",
    ),
    (
        "The situation remained tense: 14 people were injured.",
        P,
        [fig(W, 14)],
        "a clause before a colon is no label",
    ),
    (
        "At least eight soldiers of the militias allied to the UN-backed government were killed.",
        P,
        [fig(K, 8, "at_least")],
        "a word joined by a dash counts as one word of a modifier's reach",
    ),
    (
        "About 9,000 people have crossed into northern Lebanon, officials said.",
        P,
        [fig(REF, 9000, "about")],
        "a direction before the country they crossed into keeps them refugees",
    ),
    (
        (
            "The crash killed a girl and injured three others. Two of the injured were in critical"
            " condition."
        ),
        P,
        [fig(K, 1), fig(W, 3), fig(W, 2, part=True)],
        "'N of the injured' in a later sentence is a part of the injured told before",
    ),
    (
        "The cyclone killed 14 people. Among the dead were two Rohingya refugees.",
        P,
        [fig(K, 14), fig(K, 2, part=True)],
        "'among the dead' makes its group dead, whatever noun names them, and a part",
    ),
    (
        "Twelve people were injured. Five of the injured later died.",
        P,
        [fig(W, 12), fig(K, 5, part=False)],
        "the injured who die are a fate, no part of the injured",
    ),
    (
        "Floods killed 112 people. Twenty-eight of the dead were from the valley.",
        P,
        [fig(K, 112), fig(K, 28, part=True)],
        "'N of the dead' and a copula: some of the dead, a part of the toll told before",
    ),
    (
        "Gunmen killed 300 people, and at least 27 of those killed in the village were civilians.",
        P,
        [fig(K, 300), fig(K, 27, "at_least", part=True)],
        "'N of those killed' past a phrase of place: a part of the same sentence's figure",
    ),
    (
        "None of the killed were Americans.",
        P,
        [],
        "'none of the killed' counts no one",
    ),
    (
        (
            "Eight people were killed in the clashes. Among the dead were two civilians hit by"
            " stray bullets."
        ),
        P,
        [fig(K, 8), fig(K, 2, part=True)],
        "'among the dead were' makes its people dead, however the words after tell how",
    ),
    (
        "Gunmen killed 27 villagers, including a priest and four of his relatives.",
        P,
        [
            fig(K, 27),
            fig(K, 1, part=True),
            fig(K, 4, part=True, subject="his relatives"),
        ],
        "a list of parts: each member a part of its own (no part of their sum)",
    ),
    (
        "Gunmen fired at a minibus, killing seven, including a honeymooning couple.",
        P,
        [fig(K, 7), fig(K, 2, part=True)],
        "a couple with a word before it is two, as a part too",
    ),
    (
        "A bomber struck, killing a deputy minister, two of his bodyguards and three clerks.",
        P,
        [fig(K, 6), fig(K, 1, part=True), fig(K, 2, part=True), fig(K, 3, part=True)],
        "no part is larger than its whole: a list member after one person",
    ),
    (
        "Floods have killed at least 38 people. Of the dead, 14 were from Kavre district.",
        P,
        [fig(K, 38, "at_least"), fig(K, 14, part=True)],
        "'Of the dead, N were' and where they were from: a part",
    ),
    (
        (
            "The death toll rose to 153, officials said. The number of injured stood at 133."
            " Of the dead, 97 were women and 56 men."
        ),
        P,
        [fig(K, 153), fig(W, 133), fig(K, 97, part=True), fig(K, 56, part=True)],
        "'Of the dead' names its whole: the last count of the dead, past the injured's",
    ),
    (
        "Floods have killed at least 38 people. Of the dead, 14 were from Kavre, the army said.",
        P,
        [fig(K, 38, "at_least", claimed_by=None), fig(K, 14, part=True, claimed_by="the army")],
        "a part's own sentence names its source",
    ),
    (
        (
            "Ten people were killed. The foreign victims included five Iranians, four Chinese"
            " and one Briton."
        ),
        P,
        [fig(K, 10), fig(K, 5, part=True), fig(K, 4, part=True), fig(K, 1, part=True)],
        "a word between 'the' and the state of an inverted list; its members are all parts",
    ),
    (
        (
            "The number of injured stood at 133, 37 of whom were in serious condition, according"
            " to the Central Disaster and Safety Countermeasures Headquarters."
        ),
        P,
        [fig(W, 133), fig(W, 37, part=True)],
        "an article after 'to' is no total's number",
    ),
    (
        "A youth leader said two members of a vigilante group who chased the gunmen were killed.",
        P,
        [fig(K, 2, claimed_by="A youth leader")],
        "a collective noun after a noun of people goes on the group, a relative clause after",
    ),
    (
        "Two people wounded in Saturday's car bombing at a crowded market in Azaz died overnight.",
        P,
        [fig(K, 2, subject="people")],
        "a participle hanging off the group past a long phrase: the main verb's death decides",
    ),
    (
        "A soldier seriously wounded in a drone attack on a base on Sunday died on Tuesday.",
        P,
        [fig(K, 1, subject="soldier")],
        "an adverb before the participle hanging off the group",
    ),
    (
        "The blast killed 30 people. The dead included 14 students.",
        P,
        [fig(K, 30), fig(K, 14, part=True)],
        "'The dead included' in a later sentence names a part of the dead",
    ),
    (
        "Shells hit the market, and 10 troops and six civilians, among them a boy, were wounded.",
        P,
        [fig(W, 16), fig(W, 10, part=True), fig(W, 6, part=True), fig(W, 1, part=True)],
        "a list member with a part of its own is summed; the part is of the sum",
    ),
    (
        "Storms killed 12 people - nine in Mississippi and three in Alabama - officials said.",
        P,
        [fig(K, 12), fig(K, 9, part=True), fig(K, 3, part=True)],
        "parts by place in a dashed aside, of any figure: kept per place",
    ),
    (
        "Floods have killed 212 people, the centre said on Sunday, 61 of them in Kandy.",
        P,
        [fig(K, 212), fig(K, 61, part=True)],
        "'N of them' in a place, past a source's aside: a part",
    ),
    (
        "The group said it had verified the deaths of 26 people, including 9 children.",
        P,
        [fig(K, 26, subject="people", cumulative=True), fig(K, 9, part=True)],
        "'the deaths of N people' holds its people, and a part after them",
    ),
    (
        "A strike on a school killed at least 27 people early Tuesday, 9 of them children.",
        P,
        [fig(K, 27, "at_least"), fig(K, 9, part=True)],
        "'N of them' past a time phrase that opens on a word of time",
    ),
    (
        "Floods have killed 802 people across Pakistan since late June, including 212 children.",
        P,
        [fig(K, 802, cumulative=True), fig(K, 212, part=True)],
        "a part past a phrase of place and of time opened by 'since'",
    ),
    (
        "Eleven people, among them a family of six, died when a minibus was swept away.",
        P,
        [fig(K, 11), fig(K, 6, part=True)],
        "'a family of six' as a part counts six",
    ),
    (
        "Soldiers killed 10 Rohingya men. Two of the men were hacked to death by villagers.",
        P,
        [fig(K, 10, subject="Rohingya men"), fig(K, 2, part=True)],
        "'N of the HEAD' after a group of that head was counted: a part of it (was dropped)",
    ),
    (
        (
            "At least 2,000 villagers who had sought refuge in the church compound at Kibeho, "
            "near the border, were slaughtered by militiamen, witnesses said."
        ),
        P,
        [fig(K, 2000, "at_least", subject="villagers", claimed_by="witnesses")],
        "a relative clause with a place set off by commas is passed to the main verb",
    ),
    (
        "Five former fighters who signed the 2016 peace accord are among the dead.",
        P,
        [fig(K, 5, subject="former fighters")],
        "a year after an article in a relative clause counts no one: the main verb is read",
    ),
    (
        "A sailor who was kidnapped on February 19th by pirates was killed while escaping.",
        P,
        [fig(K, 1, subject="sailor")],
        "a day beside its month in a relative clause counts no one: the main verb is read",
    ),
    (
        "About 20 community leaders and members of their families have been kidnapped.",
        P,
        [fig(D, 20, "about", subject="community leaders", cumulative=True)],
        "a counted member before a plural group with no number takes the verb (the 20)",
    ),
    (
        "About 50 herders and their livestock have been displaced by the drought.",
        P,
        [fig(DISP, 50, "about", subject="herders", cumulative=True)],
        "(guard) a member before a possessive group of no people still takes the verb",
    ),
    (
        "Among the 30 wounded were 12 police officers, medics said.",
        P,
        [fig(W, 30), fig(W, 12, subject="police officers", part=True)],
        "(guard) 'among the N STATE were' past the short opener window: a part, no more wounded",
    ),
    (
        "The 300 detained included 40 minors, the interior ministry said.",
        P,
        # (since session 54 "included" opens a part as "including" does: the
        # 40 are read as a part of the 300, which the tally does not add)
        [fig(D, 300), fig(D, 40, part=True)],
        "(guard) a counted state of no harm: its parts are parts, never counted again",
    ),
    (
        (
            "Troops killed 12 insurgents. Two civilians were also killed. One of the insurgents "
            "died later in hospital."
        ),
        P,
        [fig(K, 12), fig(K, 2), fig(K, 1, part=True)],
        "(guard) 'one of the insurgents' is a part of the insurgents, not of the figure last told",
    ),
    (
        "Those 30 killed included 5 children and 4 women.",
        P,
        # (since session 54 "included" opens parts as "including" does: each
        # member is a part of the 30, their sum no figure of its own)
        [fig(K, 30), fig(K, 5, part=True), fig(K, 4, part=True)],
        "(guard) 'those N killed included' a list: parts of the N, as after 'the'",
    ),
    (
        "At least 10 soldiers and pro-government fighters were killed, and five others wounded.",
        P,
        [fig(K, 10, "at_least", subject="soldiers"), fig(W, 5, subject="others")],
        "a member before a plural group with no number, read before the sentence goes on",
    ),
    (
        "The 1,311 dead included 830 civilians, 231 police officers and 250 fighters.",
        P,
        [
            fig(K, 1311),
            fig(K, 830, subject="civilians", part=True),
            fig(K, 231, subject="police officers", part=True),
            fig(K, 250, subject="fighters", part=True),
        ],
        "'the N dead included' a list: each member a part of the N counted before the verb",
    ),
    (
        "Militants executed 11 people, including a family, for trying to flee.",
        P,
        [fig(K, 11, subject="people")],
        "'including a family' names a group of no told size: no part of one (guard)",
    ),
    (
        "At least 40 people died in the blaze. The victims included 17 men and 15 women.",
        P,
        [
            fig(K, 40, "at_least"),
            fig(K, 32, subject="men and 15 women"),
            fig(K, 17, subject="men"),
            fig(K, 15, subject="women"),
        ],
        "'the victims' in an inverted list are the dead when the story counted any",
    ),
    (
        "Twelve people were hurt in the stampede. The victims included three children.",
        P,
        [fig(W, 12, subject="people"), fig(W, 3, subject="children")],
        "'the victims' are the hurt when the story counted no dead",
    ),
    (
        (
            "Sindh remains the worst-hit province with 578 deaths, followed by Khyber "
            "Pakhtunkhwa with 289, Balochistan with 263 and Islamabad with two."
        ),
        P,
        [
            fig(K, 578, subject="deaths"),
            fig(K, 289, subject="deaths"),
            fig(K, 263, subject="deaths"),
            fig(K, 2, subject="deaths"),
        ],
        "a breakdown by place: each place with its number a member of the figure's category",
    ),
    (
        (
            "Khyber Pakhtunkhwa remains the worst-hit province, with 427 deaths, followed by "
            "Punjab (214), Sindh (58) and Balochistan (24)."
        ),
        P,
        [
            fig(K, 427, subject="deaths"),
            fig(K, 214, subject="deaths"),
            fig(K, 58, subject="deaths"),
            fig(K, 24, subject="deaths"),
        ],
        "a breakdown by place with each number in brackets after 'followed by'",
    ),
    (
        (
            "Some 110,000 people are missing in Mexico. Jalisco has the highest number with"
            " 14,964 missing, followed by Tamaulipas with 11,966 and México state with 9,869."
        ),
        P,
        [
            fig(M, 110_000, "about", subject="people"),
            fig(M, 14_964),
            fig(M, 11_966),
            fig(M, 9_869),
        ],
        "a ranking of places whose first count is named by a state (session 51)",
    ),
    (
        (
            "The number of Syrians who have fled their country has passed two million. Lebanon"
            " has absorbed the most, 716,000, followed by Jordan with 515,000; Turkey, 460,000;"
            " and Egypt, 111,000."
        ),
        P,
        [
            fig(REF, 2_000_000, "at_least", subject="Syrians"),
            fig(REF, 716_000),
            fig(REF, 515_000),
            fig(REF, 460_000),
            fig(REF, 111_000),
        ],
        (
            "a ranking's first count after 'the most' and a comma, its places set off by"
            " commas and semicolons (session 52)"
        ),
    ),
    (
        (
            "Officials said the dead comprised 142 students, three police officers and three"
            " soldiers; 79 people were wounded."
        ),
        P,
        [
            fig(K, 148),
            fig(K, 142, subject="students"),
            fig(K, 3, subject="police officers"),
            fig(K, 3, subject="soldiers"),
            fig(W, 79, subject="people"),
        ],
        (
            "'the dead comprised' a list, as 'were'; a semicolon with no 'and' ends the list"
            " before a new clause's count (was: all wounded) (session 52)"
        ),
    ),
    (
        "Five tanks; two APCs; and one howitzer were destroyed.",
        P,
        [fig(DEST, 5), fig(DEST, 2), fig(DEST, 1)],
        "(guard) a list set off by semicolons whose last member takes 'and' stays one list",
    ),
    (
        "Storm kills 4; 20,000 without power. Strikes destroyed 12 tanks; 4 APCs; 2 howitzers.",
        P,
        [fig(K, 4), fig(DEST, 12), fig(DEST, 4), fig(DEST, 2)],
        "a semicolon ends a verb's objects before a bare count, not before groups (session 52)",
    ),
    (
        (
            "Soldiers shot dead a farmer in his compound, a woman and her teenage son, and an"
            " unarmed man."
        ),
        P,
        [fig(K, 4)],
        "a member's place of its own before the next member (session 52)",
    ),
    (
        "Gunmen killed a teacher who tried to stop them and two students.",
        P,
        [fig(K, 3), fig(K, 1, part=True), fig(K, 2, part=True)],
        "a member's relative clause before the next member (session 52)",
    ),
    (
        "Gunmen killed a man in front of his wife and two children.",
        P,
        [fig(K, 1)],
        "(guard) 'in front of his wife and two children': a place, no members",
    ),
    (
        (
            "Floods have killed 1,100 people since June. Sindh was the worst-hit province,"
            " accounting for 347 of the deaths, followed by Khyber Pakhtunkhwa with 264."
        ),
        P,
        [
            fig(K, 1_100, subject="people", period=["2022-06-01", "2023-03-16"]),
            fig(K, 347, period=["2022-06-01", "2023-03-16"]),
            fig(K, 264, period=["2022-06-01", "2023-03-16"]),
        ],
        "a ranking after 'accounting for N of the deaths' (session 51)",
    ),
    (
        (
            "Colombia hosts 1.4 million Venezuelan refugees. Bogotá remains the main"
            " destination, with 313,528 Venezuelans, followed by Atlántico with 144,000."
        ),
        P,
        [
            fig(REF, 1_400_000, subject="Venezuelan refugees"),
            fig(REF, 313_528),
            fig(REF, 144_000),
        ],
        "a ranking of a people's places takes the category of the figure before (session 51)",
    ),
    (
        (
            "The storm killed 40 people on Monday, followed by a tornado with 120 mph winds."
            " Police arrested 40 people, followed by Smith with 3 goals."
        ),
        P,
        [fig(K, 40, subject="people", date="2023-03-13"), fig(D, 40, subject="people")],
        "(guard) no ranking after a count not set off by 'with' or 'for'",
    ),
    (
        (
            "Some 50 people were killed in the clashes. Texas carried out the most executions"
            " with 8, followed by Oklahoma with 4."
        ),
        P,
        [fig(K, 50, "about")],
        "(guard, after a review) a ranking of what no category counts gives no figure",
    ),
    (
        (
            "Israel says 1,200 people were killed on October 7. Be'eri lost the most with 100,"
            " followed by Kfar Aza with 60."
        ),
        P,
        [
            fig(K, 1_200),
            fig(K, 100, location="Be'eri", part=True),
            fig(K, 60, location="Kfar Aza", part=True),
        ],
        "(after a second review) a ranking's verb before 'with' ('lost the most')",
    ),
    (
        (
            "Floods have killed 200 people in Pakistan since June. In India, which saw the highest"
            " rainfall in decades, 60 people died."
        ),
        P,
        [fig(K, 200), fig(K, 60, part=False)],
        "(guard, after a second review) 'the highest' with no ranking after it makes no share",
    ),
    (
        (
            "The flu has killed 400 people this winter. Ontario reported the most deaths with"
            " 150, followed by Quebec with 120."
        ),
        P,
        [
            fig(K, 400, location=None),
            fig(K, 150, location="Ontario", part=True),
            fig(K, 120, location="Quebec", part=True),
        ],
        "(after a review) ranked places at their places are parts of the total before them",
    ),
    (
        "Two men were killed: Ahmed Khan (24) and Ali Raza (31).",
        P,
        [fig(K, 2, subject="men")],
        "(guard) ages in brackets after names are no members",
    ),
    (
        (
            "The fire killed five people, followed by a second blaze that destroyed the homes "
            "of Mary Jones (45) and John Smith (38)."
        ),
        P,
        [fig(K, 5, subject="people")],
        "(guard) 'followed' not right before the first name in brackets ranks no places",
    ),
    (
        "The minister met the families, and President Ruto with 20 aides visited the site.",
        P,
        [],
        "a place's number after 'with' needs a casualty count before it",
    ),
    (
        "Arrested at the scene were three men.",
        P,
        [fig(D, 3, subject="men")],
        "an opening participle with its place before an inverted list",
    ),
    (
        (
            "Floods have killed at least 1,136 people since June 14. Sindh has been the"
            " worst-hit province, with 402 deaths, followed by Khyber Pakhtunkhwa (264),"
            " Balochistan (244) and Punjab (188)."
        ),
        P,
        [
            fig(K, 1136, "at_least", part=False),
            fig(K, 402, part=True, cumulative=True),
            fig(K, 264, part=True, cumulative=True),
            fig(K, 244, part=True, cumulative=True),
            fig(K, 188, part=True, cumulative=True),
        ],
        "the worst hit's share of a total told before, and the places in brackets ranked after it",
    ),
    (
        (
            "Russian strikes killed 30 soldiers near Bakhmut on Monday. In the worst-hit town"
            " of Kramatorsk, shelling killed 12 children on Tuesday."
        ),
        P,
        [fig(K, 30, part=False), fig(K, 12, part=False)],
        "a worst-hit place's count is a share only of a running total, not of another incident",
    ),
    (
        "All six attackers were killed: one blew himself up at the gate and five were shot dead.",
        P,
        [
            fig(K, 6, side="perpetrator"),
            fig(K, 1, side="perpetrator", part=True),
            fig(K, 5, side="perpetrator", part=True),
        ],
        "counts after a colon that sum to the whole before it are its parts, of its side",
    ),
    (
        "At least 46 people were killed, 29 in Swat and 17 in Shangla.",
        P,
        [fig(K, 46, "at_least"), fig(K, 29, part=True), fig(K, 17, part=True)],
        "elided counts after a comma that sum to the whole before it are its parts",
    ),
    (
        (
            "Three soldiers were killed, and in a separate attack 2 were killed in Kandahar"
            " and 1 in Helmand."
        ),
        P,
        [fig(K, 3), fig(K, 2, part=False), fig(K, 1, part=False)],
        "counts after a comma with a verb of their own are no parts",
    ),
    (
        "Ten civilians were killed, compared with 6 in January and 4 in February.",
        P,
        [fig(K, 10, cumulative=False), fig(K, 6, part=False), fig(K, 4, part=False)],
        "counts compared with after a comma are no parts",
    ),
    (
        "The bomber detonated his vest, killing two soldiers, a policeman and a guard.",
        P,
        [fig(K, 4), fig(K, 2, part=True), fig(K, 1, part=True), fig(K, 1, part=True)],
        "(guard) a list's members after a comma are no parts of its first member",
    ),
    (
        "At least 14 passengers were killed, 11 of the dead were men and three were women.",
        P,
        [fig(K, 14, "at_least"), fig(K, 11, part=True), fig(K, 3, part=True)],
        "a second share of a state, its 'of the dead' elided, is a part as the first is",
    ),
    (
        "The monitor reported the deaths of 28 soldiers and 11 civilians.",
        P,
        [fig(K, 39), fig(K, 28, part=True), fig(K, 11, part=True)],
        "a list after a noun of death goes on as a verb's list does",
    ),
    (
        "Nine people were killed: two soldiers and five civilians.",
        P,
        [fig(K, 9), fig(K, 7), fig(K, 2, part=True), fig(K, 5, part=True)],
        "(guard) counts after a colon that do not sum to the whole stay as they were read",
    ),
    (
        "At least 19 people were killed. The death toll includes a soldier and two children.",
        P,
        [fig(K, 19, "at_least"), fig(K, 3), fig(K, 1, part=True), fig(K, 2, part=True)],
        "'the death toll includes' lists the dead, as 'the victims included' does",
    ),
    (
        "At least 254 security personnel and 187 civilians were killed.",
        P,
        [
            fig(K, 441, "at_least"),
            fig(K, 254, "at_least", part=True),
            fig(K, 187, part=True),
        ],
        "a qualified first member is a counted member, a part of the sum",
    ),
    (
        "Two soldiers from the 5th brigade and three civilians were killed.",
        P,
        [
            fig(K, 5),
            fig(K, 2, subject="soldiers from the 5th brigade", part=True),
            fig(K, 3, subject="civilians", part=True),
        ],
        "a member's phrase after 'from' ends at the list word, an ordinal inside it",
    ),
    (
        "Two residents of the village and a policeman were killed.",
        P,
        [fig(K, 3), fig(K, 2, subject="residents of the village", part=True), fig(K, 1, part=True)],
        "an article inside a member's 'of' phrase starts no figure of its own",
    ),
    (
        "Two tanks of German manufacture and two pickup trucks fitted with guns were destroyed.",
        P,
        [
            fig(DEST, 2, subject="tanks of German manufacture"),
            fig(DEST, 2, subject="pickup trucks"),
        ],
        "a member of equipment keeps the noun before its phrase ('of', 'fitted with')",
    ),
    (
        "An explosive device went off killing a civilian and injuring another in the town.",
        P,
        [fig(K, 1), fig(W, 1)],
        "(guard) a member whose words hold a verb is not stepped over",
    ),
    (
        "Eight personnel of the District Reserve Guard and a civilian driver were killed.",
        P,
        [
            fig(K, 9),
            fig(K, 8, subject="personnel of the District Reserve Guard", part=True),
            fig(K, 1, part=True),
        ],
        "the body that personnel are members of counts no one of its own ('the' is no person)",
    ),
    (
        (
            "Storms killed 40 people across the country on Monday. The hardest-hit state"
            " was Kentucky, where 20 people died."
        ),
        P,
        [fig(K, 40, part=False), fig(K, 20, part=True)],
        "the hardest-hit place's dead are a share of the toll before, not more dead",
    ),
    (
        (
            "Two people were killed, the police said, followed by a protest outside"
            " the station (200 people) and the town hall (300 people)."
        ),
        P,
        [fig(K, 2)],
        "numbers in brackets after 'followed by' that name no place count nothing",
    ),
    (
        "Gunmen killed a candidate running for a seat in the assembly, his driver and a guard.",
        P,
        [fig(K, 3)],
        "a participle's phrase after the first person sets off no list member of his own",
    ),
    (
        "The bomb killed a judge in Quetta, his son and a bodyguard.",
        P,
        [fig(K, 3)],
        "a place after the first person, then people of his own: one list",
    ),
    (
        "Gunmen killed a soldier on patrol in the valley, his commander said.",
        P,
        [fig(K, 1, claimed_by="his commander")],
        "(guard) a possessive after a place phrase and a comma may be a speaker, no member",
    ),
    (
        "Councillor Marielle Franco and her driver were shot dead in Rio de Janeiro.",
        P,
        [fig(K, 2)],
        "a title before a name and a person of her own: two people",
    ),
    (
        "Police Officer Dana Reyes was killed in the ambush.",
        P,
        [fig(K, 1)],
        "a force's name and a title before a name: one person",
    ),
    (
        "Gunmen killed a farmer working in his field, his wife and a neighbour told reporters.",
        P,
        [fig(K, 1, subject="farmer")],
        "(guard) people of one's own who speak after the first person are no list members",
    ),
    (
        (
            "Two bombers blew themselves up at a market on Monday, killing at least 20 people "
            "and wounding 40, a rescue official and witnesses said."
        ),
        P,
        [
            fig(K, 2, side="perpetrator"),
            fig(K, 20, "at_least", claimed_by="a rescue official and witnesses"),
            fig(W, 40, claimed_by="a rescue official and witnesses"),
        ],
        "a speaker beside another after the list is its source, no member",
    ),
    (
        "A bomb exploded in a park, injuring two people; a woman and a child.",
        P,
        [fig(W, 2, subject="people"), fig(W, 2, part=True)],
        "members after a semicolon that the figure's verb takes are who its people were",
    ),
    (
        "Gunmen killed five soldiers; two civilians also died.",
        P,
        [fig(K, 5, subject="soldiers"), fig(K, 2, subject="civilians", part=False)],
        "(guard) a group after a semicolon with a verb of its own is no part",
    ),
    (
        "Gunmen opened fire on a car, killing the driver and wounding the three passengers.",
        P,
        [fig(K, 1, subject="driver"), fig(W, 3, subject="passengers")],
        "a count after 'the' is the object of an active verb as of a passive one",
    ),
    (
        (
            "A drone strike killed 26 people and wounded 55, a doctor at the town's hospital"
            " and a local official told Reuters."
        ),
        P,
        [fig(K, 26), fig(W, 55)],
        "a speaker with a place and another speaker after a list is no member of it",
    ),
    (
        "A police officer in Bahrain was shot dead in an attack claimed by a militant group.",
        P,
        [fig(K, 1, subject="police officer")],
        "(guard) a group's own verb ends the phrase after it before a verb of claiming",
    ),
    (
        (
            "A strike killed 26 people and wounded 55 others; two soldiers died and five"
            " others were hurt."
        ),
        P,
        [
            fig(K, 26, subject="people"),
            fig(W, 55, subject="other people"),
            fig(K, 2, subject="soldiers"),
            fig(W, 5, subject="others"),
        ],
        "'N others' after people at large are more people; after a group of one kind, 'others'",
    ),
    (
        "The bomber blew himself up, killing a guard and injuring two others.",
        P,
        [fig(K, 1, side="perpetrator"), fig(K, 1, subject="guard"), fig(W, 2, subject="others")],
        "(guard) others after one person, or after the attacker, stay 'others'",
    ),
    (
        (
            "Three soldiers were wounded by a mine on Monday. On Tuesday, a helicopter evacuated"
            " the three soldiers to a hospital."
        ),
        P,
        [fig(W, 3)],
        "(guard) 'the N' after a verb that is no harm names the group told before",
    ),
    (
        "In all, 17 fatalities were attributed to the tornado, including one in Carroll County.",
        P,
        [fig(K, 17), fig(K, 1, part=True)],
        "a part after the figure's own predicate and a short phrase after it",
    ),
    (
        "Seventeen people were killed in the storm, and one was injured by a falling tree.",
        P,
        [fig(K, 17), fig(W, 1, part=False)],
        "(guard) a clause of its own after the predicate is no part",
    ),
    (
        "Among those killed were more than 20 soldiers, five police officers and a child.",
        P,
        [
            fig(K, 26, "more_than"),
            fig(K, 20, "more_than", part=True),
            fig(K, 5, part=True),
            fig(K, 1, part=True),
        ],
        "an inverted list whose first member is qualified goes on past the qualifier",
    ),
    (
        "Among the dead were at least 10 students at the school, the governor said.",
        P,
        [fig(K, 10, "at_least", claimed_by="the governor")],
        "(guard) a qualified member with a place after it is the list's one member",
    ),
    (
        "Two police officers were wounded in the blast, as was a child, police said.",
        P,
        [fig(W, 2, claimed_by="police"), fig(W, 1, subject="child", claimed_by="police")],
        "'as was' after a figure's passive: its category for who shared the fate",
    ),
    (
        (
            "A further 118 armoured personnel carriers were destroyed, as were 52"
            " self-propelled artillery pieces and 11 multiple rocket launchers."
        ),
        P,
        [fig(DEST, 118), fig(DEST, 52), fig(DEST, 11)],
        "'as were' goes on over the list after it",
    ),
    (
        "The attackers destroyed two tanks, as were 12 soldiers.",
        P,
        [fig(DEST, 2)],
        "(guard) 'as were' repeats no active verb",
    ),
    (
        "At least 12 Rohingyas including five children drowned when a boat capsized, police said.",
        P,
        [
            fig(K, 12, "at_least", claimed_by="police"),
            fig(K, 5, part=True, subject="children"),
        ],
        "a part with no commas before a verb that takes no auxiliary: the group's verb",
    ),
    (
        "Ten soldiers including two officers surrendered to the rebels.",
        P,
        [fig(D, 10, subject="soldiers"), fig(D, 2, part=True, subject="officers")],
        "a part with no commas before 'surrendered'",
    ),
    (
        "At least 200 people were injured, as were dozens of the 1,000 police deployed.",
        P,
        [fig(W, 200, "at_least")],
        "(guard) 'as were' before a share of a whole counts no whole",
    ),
    (
        "Four soldiers were killed and the base was shelled, as was a convoy carrying 30 troops.",
        P,
        [fig(K, 4)],
        "(guard) 'as was' reaches no participle's object",
    ),
    (
        "A bus carrying 45 pilgrims including 10 children overturned and 12 died.",
        P,
        [fig(K, 12)],
        "(guard) a part's verb is not past another verb and number",
    ),
    (
        "Police arrested 30 people, 20 in the capital and 10 in the provinces.",
        P,
        [fig(D, 30), fig(D, 20, part=True), fig(D, 10, part=True)],
        "(guard) bare counts in places that are no condition stay parts by place",
    ),
    (
        "Gunmen killed villagers, including a member of the security forces.",
        P,
        [fig(K, 1)],
        "(guard) one member of a plural body after 'including' is one",
    ),
    (
        "Three members of Group A of the rescue team were injured.",
        P,
        [fig(W, 3)],
        "(guard) a capital 'A' in a name is no article",
    ),
    (
        "At least 60 people including 20 internally displaced persons drowned off the coast.",
        P,
        [fig(K, 60, "at_least"), fig(K, 20, part=True)],
        (
            "(guard) a participle before the part's noun is no verb of its own: the whole is"
            " read, and the part of it (session 52)"
        ),
    ),
    (
        "Three journalists were killed, as were the other 14 passengers on the bus.",
        P,
        [fig(K, 3), fig(K, 14)],
        "(guard) 'as were the other N' goes on",
    ),
    (
        "Twelve people were wounded, three in the intensive care unit.",
        P,
        [fig(W, 12), fig(W, 3, part=True)],
        "(guard) a bare count in 'the' place of care is a part",
    ),
    (
        "Gunmen Kill 12 Villagers A Day After Peace Talks Collapse",
        P,
        [fig(K, 12)],
        "(guard) a title-cased 'A' before a capitalised word is an article",
    ),
    (
        "A 22-year-old woman, a 25-year-old Japanese man and a 33-year-old man were killed.",
        P,
        [fig(K, 3, side=None)],
        "a member a people's name sides is of its list's sum beside members no word sides",
    ),
    (
        "Three Iraqi servicemen and two policemen were injured in the attack.",
        P,
        [fig(W, 3, side="Iraq"), fig(W, 2)],
        "(guard, after a review) armed members a nation sides stay apart from the unsided",
    ),
    (
        "Two Kenyans, one Ugandan and three Somalis were killed.",
        P,
        [fig(K, 2, side="Kenya"), fig(K, 1, side="Uganda"), fig(K, 3, side="Somalia")],
        "(guard, after a review) members of several nations stay apart: they may be two sides",
    ),
    (
        (
            "Two men, a woman and a child were killed. Police arrested three men, two women"
            " and a child."
        ),
        P,
        [
            fig(K, 4),
            fig(K, 2, part=True),
            fig(K, 1, part=True),
            fig(D, 6),
            fig(D, 3, part=True),
            fig(D, 2, part=True),
            fig(D, 1, part=True),
        ],
        "(guard, after a review) later members that add up to the first are no breakdown of it",
    ),
    (
        "An Israeli strike killed three Hamas commanders, two women and a child.",
        P,
        [fig(K, 3, side="Hamas"), fig(K, 3), fig(K, 2, part=True), fig(K, 1, part=True)],
        "(guard, after a review) an armed group's members stay apart from the unsided",
    ),
    (
        "The dead were 70 percent women and children, the ministry said.",
        P,
        [],
        "(guard, after a review) a share after 'the dead were' is no count",
    ),
    (
        "The dead break down as follows: 214 fighters and 137 soldiers.",
        P,
        [fig(K, 214), fig(K, 137)],
        "a state before 'as follows' labels the counts after the colon",
    ),
    (
        "The schedule is as follows: 10 speeches and 3 panels.",
        P,
        [],
        "(guard) 'as follows' after no state labels nothing",
    ),
    (
        (
            "The events leading to the killings unfolded as follows: four men stormed the"
            " compound shortly after midnight."
        ),
        P,
        [],
        "(guard, after a third review) a clause after 'as follows' is no list it labels",
    ),
    (
        "Two Israeli soldiers and three Palestinians were killed in the clash.",
        P,
        [fig(K, 2, side="Israel"), fig(K, 3, side="Palestine")],
        "(guard) a state's armed members and people of another nation stay apart",
    ),
    (
        "The gunman and two bystanders were killed.",
        P,
        [fig(K, 1, side="perpetrator"), fig(K, 2)],
        "(guard) an attacker who dies stays apart from the victims",
    ),
    (
        "An American nurse and her daughter were killed.",
        P,
        [fig(K, 2, side="United States")],
        "(guard) one's kin take one's side in the sum",
    ),
    (
        (
            "Police have arrested three suspected smugglers, a Turkish national and two"
            " Pakistanis, who allegedly steered the boat."
        ),
        P,
        [fig(D, 3), fig(D, 1), fig(D, 2)],
        "(guard, after a second review) a group and who they were: no sum (breakdown withdrawn)",
    ),
    (
        "The blast wounded three more Americans, two troops and one contractor.",
        P,
        [fig(W, 3), fig(W, 3), fig(W, 2, part=True), fig(W, 1, part=True)],
        "(guard) people named by their nation and armed men after them stay apart",
    ),
    (
        "Gunmen killed three students, a teacher and two guards.",
        P,
        [fig(K, 6), fig(K, 3, part=True), fig(K, 1, part=True), fig(K, 2, part=True)],
        "(guard) a list of kinds whose later members happen to add up to the first is a sum",
    ),
    (
        (
            "The monitor said the dead included 745 civilians, most of them Alawites killed in"
            " executions in Latakia, as well as 125 members of government security forces and"
            " 148 fighters loyal to the former regime."
        ),
        P,
        [fig(K, 745), fig(K, 125), fig(K, 148)],
        "members added past an aside on a share of the figure, and the adder's list after 'and'",
    ),
    (
        "12 civilians killed plus the bomber; 48 injured.",
        P,
        [fig(K, 12, subject="civilians"), fig(K, 1, side="perpetrator"), fig(W, 48)],
        "a member after 'plus' and a complete figure takes its verb (xfail until session 44)",
    ),
    (
        "The remaining dead were 214 members of HTS and 137 members of regime forces.",
        P,
        [fig(K, 351), fig(K, 214, part=True), fig(K, 137, part=True)],
        "'the STATE were' with a count right after the verb is an inverted list",
    ),
    (
        "The injured were taken to hospital, where 3 died. The victim killed was a teacher.",
        P,
        [fig(K, 3), fig(K, 1)],
        "(guard) 'the STATE were' with no count after the verb is the state's own verb",
    ),
]
