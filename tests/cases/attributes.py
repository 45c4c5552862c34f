"""
The clause reader's rows for the attributes a reader carries with a figure:
the periods of relative references ("last week", "last weekend") and the
speaker of a statement.  Our own sentences; the row format is the one of
``tests/cases/extraction.py`` (published on ``P``, a Thursday).
"""

from __future__ import annotations

from tests.cases.extraction import CAS, DEST, DISP, REF, D, K, M, P, Row, W, fig

EXAMPLES_RELATIVE: list[Row] = [
    (
        (
            "The government put the number of victims at 272, while the rebels maintain that"
            " only eight civilians died."
        ),
        P,
        [fig(K, 8, claimed_by="the rebels")],
        "'maintain' and 'contend' are verbs of a claim, as 'insist' is",
    ),
    (
        (
            "The army declined to give a death toll from Friday's attack on their base, even as"
            " the militants claimed they killed 63 soldiers."
        ),
        P,
        [fig(K, 63, date="2023-03-10", claimed_by="the militants")],
        "a possessive day before the incident's noun ('Friday's attack') dates the clause after it",
    ),
    (
        (
            "About 1,000 people were detained on Tuesday night, down from around 2,000 the"
            " previous night."
        ),
        P,
        [fig(D, 1000, "about", date="2023-03-14"), fig(D, 2000, "about", date="2023-03-13")],
        "'the previous night' after a figure dated by its own day is the night before it",
    ),
    (
        (
            "The bodies of two civilians were found on Wednesday, a day after an artillery"
            " attack on the island killed two marines, officials said."
        ),
        P,
        [
            fig(K, 2, subject="civilians", date="2023-03-14", claimed_by="officials"),
            fig(K, 2, subject="marines", date="2023-03-14", claimed_by="officials"),
        ],
        "a deed in a clause 'a day after' the sentence's date is a day before it",
    ),
    (
        (
            "Gunmen killed 9 worshippers at a church on Monday. Police said on Wednesday that 12"
            " suspects were arrested at the scene during the attack."
        ),
        P,
        [fig(K, 9, date="2023-03-13"), fig(D, 12, date="2023-03-13")],
        "(after a second review) arrests during the incident are of its day",
    ),
    (
        (
            "Shelling killed 20 people on Monday. The UN said at least 2,000 civilians might have"
            " been killed in the city since the siege began."
        ),
        P,
        [fig(K, 20, date="2023-03-13"), fig(K, 2000, "at_least", date=None, cumulative=True)],
        "(after a second review) a modal's 'have' before 'since' counts up to now",
    ),
    (
        "Four soldiers were killed; eight wounded soldiers remain in the Combined Hospital.",
        P,
        [fig(K, 4, location=None), fig(W, 8, location=None)],
        "(after a second review) the hospital of the wounded is no place of the dead told before",
    ),
    (
        (
            "The army said on Wednesday that nine of its soldiers had died in the dawn assault on"
            " the base at Kulbiyow, near the border between the two countries, and 15 others"
            " had been wounded."
        ),
        P,
        [
            fig(K, 9, date="2023-03-15", cumulative=False, claimed_by="The army"),
            fig(W, 15, date="2023-03-15", cumulative=False, claimed_by="The army"),
        ],
        "a second 'had' of the same speech, its reporting verb far back, is no running total",
    ),
    (
        (
            "The death toll in the collapse of the building rose to 17 on Wednesday after"
            " rescuers pulled two more bodies from the debris, officials said. The building came"
            " down at around 10.30 am on Tuesday."
        ),
        P,
        [
            fig(K, 17, date="2023-03-14", claimed_by="officials"),
            fig(K, 2, date="2023-03-14", claimed_by="officials"),
        ],
        "'came down' tells the incident happen: its day is the story's",
    ),
    (
        "As many as 21 people may have drowned, the NGO said.",
        P,
        [fig(K, 21, "up_to", cumulative=False, claimed_by="the NGO")],
        "'may have drowned' is a likely past of one incident, no count up to now",
    ),
    (
        (
            "Two suicide bombers killed 32 people on Wednesday. The directorate said on"
            " Thursday it had arrested five suspects."
        ),
        P,
        [fig(K, 32, date="2023-03-15"), fig(D, 5, date="2023-03-16")],
        "arrests told with a later statement's day are of that day, not the incident's",
    ),
    (
        (
            "Gunmen killed 32 people on Wednesday. Police said on Thursday that one attacker"
            " blew himself up and one was captured alive."
        ),
        P,
        [fig(K, 32, date="2023-03-15"), fig(K, 1, date="2023-03-15"), fig(D, 1, date="2023-03-15")],
        "(guard) a capture told beside the incident's dead is of the incident's day",
    ),
    (
        (
            "Seven soldiers were killed in the early hours of Wednesday, the military said."
            " On Monday, the ISPR had said that eight terrorists were killed in an operation."
        ),
        P,
        [
            fig(K, 7, date="2023-03-15", claimed_by="the military"),
            fig(K, 8, date="2023-03-13", claimed_by="the ISPR"),
        ],
        "a statement's day before its figures, in the past perfect, dates them (not the story's)",
    ),
    (
        (
            "Two soldiers were killed on Wednesday. On Tuesday, the leader confirmed that two"
            " soldiers were killed in Libya."
        ),
        P,
        [fig(K, 2, date="2023-03-15"), fig(K, 2, date=None, claimed_by="the leader")],
        "(guard) a statement's day before its figures, not in the past perfect, dates nothing",
    ),
    (
        (
            "A French aid worker was detained by the junta in Niamey on Monday. On Wednesday,"
            " the aid worker was detained again hours after being freed."
        ),
        P,
        [fig(D, 1, date="2023-03-13"), fig(D, 1, date="2023-03-15")],
        "a restatement with its own clause's day is kept (guard)",
    ),
    (
        (
            "The army on Thursday confirmed that 23 soldiers were killed when insurgents"
            " attacked a base last Sunday."
        ),
        P,
        [fig(K, 23, subject="soldiers", claimed_by="The army", date="2023-03-12")],
        "a day between the source and its reporting verb is the statement's: the attack's day",
    ),
    (
        "At least nine soldiers were killed earlier this month.",
        P,
        [fig(K, 9, "at_least", period=["2023-03-01", "2023-03-15"], cumulative=True)],
        "'earlier this month' alone stays a period (guard)",
    ),
    (
        (
            "Two soldiers were killed and another was injured in a clash, the ministry said on"
            " Thursday. The soldiers lost their lives on Tuesday in the operation zone, the"
            " ministry said, adding that the injured soldier was taken to hospital. Separately,"
            " a soldier was killed on Monday when gunmen attacked a base."
        ),
        P,
        [
            fig(K, 2, subject="soldiers", date="2023-03-14"),
            fig(W, 1, date="2023-03-14"),
            fig(K, 1, subject="soldier", date="2023-03-13"),
        ],
        (
            "the told group's day dates the story; 'the injured soldier' after it is the one"
            " counted; a separate matter's day is no story's day"
        ),
    ),
    (
        "The number of people unaccounted for dropped to 152, the mayor said.",
        P,
        [fig(M, 152, subject="people", claimed_by="the mayor", cumulative=True)],
        "a total 'dropped to'",
    ),
    (
        "The number of missing rose to 152.",
        P,
        [fig(M, 152, subject="missing", cumulative=True)],
        "'the number of missing': the state alone is the group, the verb no noun of it",
    ),
    (
        (
            "Forty-one miners lost their lives in the explosion at a coal mine, the energy"
            " minister said on March 15. The blast tore through the mine at around 6:15 p.m. on"
            " March 14, while 110 miners were working in the shafts."
        ),
        P,
        [fig(K, 41, subject="miners", date="2023-03-14")],
        "a later sentence with a date, no weekday, that tells the blast happen dates its figures",
    ),
    (
        (
            "The death toll in the fire at a hotel has risen to 78, the interior minister said"
            " on March 16. The fire broke out at around 3:27 a.m. on March 15 on the fourth"
            " floor, where 238 guests were staying."
        ),
        P,
        [fig(K, 78, date="2023-03-15")],
        "a later sentence telling the fire 'broke out' on a date dates the fire's toll",
    ),
    (
        (
            "Five soldiers were killed in clashes, the army said. The offensive broke out on"
            " March 2, when troops moved on the town."
        ),
        P,
        [fig(K, 5, date=None)],
        "(guard) an offensive that broke out is no incident: its start dates no figure",
    ),
    (
        (
            "The toll from Saturday's attack on the town continued to climb on Tuesday, with"
            " local sources putting the number of dead at around 200."
        ),
        P,
        [fig(K, 200, "about", date="2023-03-11")],
        "a sentence naming the toll of a day's attack dates its running total by that day",
    ),
    (
        (
            "The toll from the attack continued to climb on Tuesday, with local sources putting"
            " the number of dead at around 200, a day after Saturday's funerals."
        ),
        P,
        [fig(K, 200, "about", date=None)],
        "(guard) a possessive day that is no toll's ('a day after Saturday's funerals')",
    ),
    (
        (
            "The government on Thursday revised the death toll in Monday evening's train accident"
            " to 275 from 288, after some bodies had been counted twice."
        ),
        P,
        [fig(K, 275, date="2023-03-13"), fig(K, 288, date="2023-03-13")],
        "a toll of a weekday's evening ('Monday evening's') dates the totals of its clause",
    ),
    (
        (
            "The coast guard said on Thursday that the number of bodies recovered had reached"
            " 78, two days after a trawler capsized and sank overnight into Tuesday."
        ),
        P,
        [fig(K, 78, date="2023-03-14")],
        "an 'after' clause telling the event happen on a day dates the running total before it",
    ),
    (
        (
            "The coast guard said on Thursday that the number of bodies recovered had reached"
            " 78 after divers searched the hold on Tuesday."
        ),
        P,
        [fig(K, 78, date=None)],
        "(guard) an 'after' clause of no event's verb dates no running total",
    ),
    (
        (
            "Police arrested nine men over the sinking. They will appear before a prosecutor"
            " on Monday."
        ),
        P,
        [fig(D, 9, date=None)],
        "(guard) a day to come dates nothing: 'will appear ... on Monday'",
    ),
    (
        "Nine men arrested over the sinking will appear before a prosecutor on Monday.",
        P,
        [fig(D, 9, date=None)],
        "a day to come in a figure's own sentence is no day of the figure",
    ),
    (
        (
            "A drone strike killed two people in Kharkiv overnight, days after a Monday attack"
            " killed five."
        ),
        P,
        [fig(K, 2, date="2023-03-16"), fig(K, 5, date="2023-03-13")],
        "(guard, after a review) a weekday after 'overnight' past other words names another day",
    ),
    (
        (
            "Russia launched 40 drones overnight in its biggest attack since January, killing"
            " three people."
        ),
        P,
        [fig(K, 3, date="2023-03-16")],
        "(after a review) a month after 'overnight' past other words names no day of the night",
    ),
    (
        (
            "Russian drones killed two people overnight, a week after officials said on Monday"
            " that air defences had been strengthened."
        ),
        P,
        [fig(K, 2, date="2023-03-16")],
        "(after a review) a statement's day tied to another time does not date 'overnight'",
    ),
    (
        "Russian missiles killed four civilians in Kyiv overnight Tuesday into Wednesday.",
        P,
        [fig(K, 4, date="2023-03-15")],
        "(after a review) 'overnight Tuesday into Wednesday': one night, dated the day it ran into",
    ),
    (
        (
            "Russian drones struck Odesa overnight, killing three people. The attack late last"
            " night also wounded 12, the governor said."
        ),
        P,
        [fig(K, 3, date="2023-03-15"), fig(W, 12, date="2023-03-15")],
        "(after a review) in a text that tells of 'last night', 'overnight' is that night",
    ),
    (
        (
            "The death toll in the war has reached 31,000, five months after militants stormed"
            " the border on Oct. 7."
        ),
        P,
        [fig(K, 31000, date=None)],
        "(guard, after a review) an event months before is no day of a running total",
    ),
    (
        "Families will bury the 12 villagers killed on Saturday.",
        P,
        [fig(K, 12, date="2023-03-11")],
        "(guard, after a review) a harm's own day after a verb to come is the harm's",
    ),
    (
        (
            "Three soldiers were killed overnight when militants attacked a checkpoint, the army"
            " said on Monday."
        ),
        P,
        [fig(K, 3, date="2023-03-13")],
        "(after a second review) the incident's own 'when' does not tie the statement's day",
    ),
    (
        (
            "Three soldiers were killed in an overnight raid, a week after 12 died in an ambush"
            " on Monday."
        ),
        P,
        [fig(K, 3, date="2023-03-16"), fig(K, 12, date="2023-03-13")],
        "(guard, after a second review) 'an overnight raid' takes no day of another clause",
    ),
    (
        (
            "Israeli strikes killed 12 people in Rafah overnight, the health ministry said. The"
            " strikes came on the last night of the Eid holiday."
        ),
        P,
        [fig(K, 12, date="2023-03-16")],
        "(guard, after a second review) 'the last night of' a holiday is no 'last night'",
    ),
    (
        "From 01.03 to 15.03 Israeli strikes killed 300 people in the south.",
        P,
        [fig(K, 300, period=["2023-03-01", "2023-03-15"])],
        "(guard, after a second review) a range of days in digits before a capitalised word",
    ),
    (
        "About 17,200 soldiers were killed from 24.02 to 15.03, the ministry said.",
        P,
        [fig(K, 17200, "about", period=["2023-02-24", "2023-03-15"])],
        "(guard, after a second review) a range of days in digits after a participle of harm",
    ),
    (
        (
            "Troops captured a Taliban facilitator during an overnight operation in Khost"
            " province Tuesday."
        ),
        P,
        [fig(D, 1, date="2023-03-14")],
        "'an overnight operation' on a day the sentence names is that day's",
    ),
    (
        (
            "Twelve people were killed in a blaze at a nightclub, officials said. It was the"
            " deadliest in the country since the Santika fire broke out on Jan. 1, 2009."
        ),
        P,
        [fig(K, 12, date=None)],
        "(guard, after a review) a fire that broke out in a comparison's 'since' is another event",
    ),
    (
        "Petrol prices went up from 10.05 to 11.10 lira a litre, and 5 protesters were killed.",
        P,
        [fig(K, 5, period=None)],
        "(guard, after a review) numbers with a dot changing, with a unit after them, are no days",
    ),
    (
        (
            "The death toll from the crowd crush rose to 154 on Thursday after a woman died,"
            " authorities said. The disaster occurred shortly after 10 p.m. Tuesday when a crowd"
            " surged into an alley."
        ),
        P,
        [fig(K, 154, date="2023-03-14"), fig(K, 1, date="2023-03-14")],
        "(guard) 'shortly after' a time of the event's own day ties it to no other event",
    ),
    (
        (
            "Two people were killed in a missile strike on an apartment building on Sunday,"
            " regional officials said. The attack took place a day after the president visited"
            " the city on Saturday."
        ),
        P,
        [fig(K, 2, date="2023-03-12")],
        "(guard) a sentence that ties the event's day to another event dates nothing",
    ),
    (
        (
            "Since the war began on 24 February 2022, the mission has recorded 6,430 civilian"
            " deaths as of 30 October, with 9,865 injured."
        ),
        P,
        [
            fig(K, 6430, period=["2022-02-24", "2022-10-30"]),
            fig(W, 9865, period=["2022-02-24", "2022-10-30"]),
        ],
        "a rider of a total past its as-of day takes the total's period",
    ),
    (
        (
            "A military jet bombed a gathering in the village on Tuesday morning. The death"
            " toll rose to 168, including 36 children, rescuers said."
        ),
        P,
        [fig(K, 168, date="2023-03-14"), fig(K, 36, date="2023-03-14", part=True)],
        "a part of a toll the story's day dates takes the toll's day",
    ),
    (
        (
            "Death toll from attack on Kyiv rises to 33, including five children\n\nThe number"
            " of people killed in the missile attack on Kyiv on 14 March has risen to 33,"
            " including five children, the city's administration said."
        ),
        P,
        [
            fig(K, 33, date="2023-03-14"),
            fig(K, 5, date="2023-03-14", part=True),
            fig(K, 33, date="2023-03-14"),
            fig(K, 5, date="2023-03-14", part=True),
        ],
        "a headline's part takes its body twin's day when it tells none",
    ),
    (
        (
            "The death toll from Saturday night's crowd crush rose to 154 as of Monday morning,"
            " with 149 others injured."
        ),
        P,
        [fig(K, 154, date="2023-03-11"), fig(W, 149, date="2023-03-11")],
        "a rider of a toll past the toll's own day takes the incident's day",
    ),
    (
        (
            "The death toll from the crowd crush rose to 154 on Thursday after a woman died,"
            " authorities said. The disaster occurred at around 10:15 p.m. Tuesday when a"
            " crowd surged into an alley."
        ),
        P,
        [fig(K, 154, date="2023-03-14"), fig(K, 1, date="2023-03-14")],
        "a later sentence that tells the disaster occur dates its figures told on the days after",
    ),
    (
        (
            "At least 30 people were killed. Of the dead, 18 were in their 20s. The victims"
            " included 26 foreign nationals, officials said."
        ),
        P,
        [
            fig(K, 30, "at_least", claimed_by=None),
            fig(K, 18, part=True, claimed_by=None),
            fig(K, 26, part=True, claimed_by="officials"),
        ],
        "a number's ending before a full stop ('20s.') is no initial: the sentence ends there",
    ),
    (
        (
            "Police arrested two teenagers on Tuesday night in connection with a shooting "
            "that killed two people and wounded four others at a park. Shots rang out "
            "about 7:25 p.m. Monday as a game was ending."
        ),
        P,
        [
            fig(D, 2, subject="teenagers", date="2023-03-14"),
            fig(K, 2, subject="people", date="2023-03-13"),
            fig(W, 4, subject="other people", date="2023-03-13"),
        ],
        "shots that rang out tell the shooting's day; the arrests keep their own",
    ),
    (
        (
            "Divers recovered 19 more bodies on Monday from a ferry on the river, taking the "
            "confirmed death toll to 37, officials said.\n\nThe launch overturned in a storm on "
            "Sunday afternoon with about 150 passengers on board."
        ),
        P,
        [fig(K, 19, date="2023-03-12"), fig(K, 37, date="2023-03-12", cumulative=True)],
        "a later sentence that tells the incident happen dates the counts of the days after it",
    ),
    (
        (
            "Divers recovered 19 more bodies on Monday from a ferry on the river, officials said. "
            "The president is due to visit on Sunday."
        ),
        P,
        [fig(K, 19, date="2023-03-13")],
        "a later day of another matter dates nothing",
    ),
    (
        (
            "Two dead as train derails\n\nA train driver and a passenger died after the "
            "train struck a landslip.\n\nThe train came off the tracks shortly after 07:00 "
            "on Tuesday."
        ),
        P,
        [fig(K, 2, date="2023-03-14"), fig(K, 2, date="2023-03-14")],
        "a later paragraph with no figure that tells the story's day dates its incidents",
    ),
    (
        "On 1 March, rebels raided the area. 18 civilians killed; 5 bodies found the next day.",
        P,
        [
            fig(K, 18, subject="civilians", date="2023-03-01"),
            fig(K, 5, subject="bodies", date="2023-03-02"),
        ],
        "'the next day' dates its own clause between semicolons, not the sentence",
    ),
    (
        "Fighting on 5-6 March left 18 combatants dead.",
        P,
        [fig(K, 18, subject="combatants", period=["2023-03-05", "2023-03-06"])],
        "a day range in one month is a period",
    ),
    (
        "At least 30 people were killed in clashes on Friday and Saturday, officials said.",
        P,
        [
            fig(
                K,
                30,
                "at_least",
                subject="people",
                claimed_by="officials",
                period=["2023-03-10", "2023-03-11"],
            )
        ],
        "two days next to each other joined by 'and' are a period",
    ),
    (
        (
            "The fire on 31 August last year killed 77 people, and the blaze on May 2 last"
            " year killed 4."
        ),
        P,
        [
            fig(K, 77, subject="people", date="2022-08-31", period=None),
            fig(K, 4, date="2022-05-02", period=None),
        ],
        "a day and month before 'last year' are that day of the year before (no period)",
    ),
    (
        "Since 3 March this year, 40 people have been killed.",
        P,
        [fig(K, 40, subject="people", period=["2023-03-03", "2023-03-16"])],
        "a day and month before 'this year' bound a period in the publication's year",
    ),
    (
        (
            "A man pleaded guilty Wednesday to six counts of murder in the Jan. 29, 2022,"
            " shooting at a mosque. Six men were killed and five others were wounded."
        ),
        P,
        [fig(K, 6, date="2022-01-29"), fig(W, 5, date="2022-01-29")],
        "a day naming the incident ('the Jan. 29, 2022, shooting') sets the story's day first",
    ),
    (
        (
            "A man pleaded guilty Wednesday over a shooting at a mosque. Six men were killed"
            " and five others were wounded."
        ),
        P,
        [fig(K, 6, date="2023-03-15"), fig(W, 5, date="2023-03-15")],
        "with no day of the incident, the story's day is the first sentence's (guard)",
    ),
    (
        (
            "The shootings on Monday left three officers dead and two others wounded in"
            " Moncton, N.B. The man entered his pleas Wednesday morning."
        ),
        P,
        [fig(K, 3, date="2023-03-13"), fig(W, 2, date="2023-03-13")],
        "dotted initials before 'The' end a sentence: the next sentence's day is not the figures'",
    ),
    (
        "Two U.S. Army medics were wounded on Monday.",
        P,
        [fig(W, 2, subject="U.S. Army medics", date="2023-03-13")],
        "dotted initials before a name's word go on with the sentence (guard)",
    ),
    (
        "Officials in Kano, Nigeria said three people were shot dead on Monday.",
        P,
        [fig(K, 3, claimed_by="Officials in Kano, Nigeria")],
        "a place's region after its comma is part of the speaker's words, no speaker itself",
    ),
    (
        "Speaking to reporters in Kano, Governor Abba Yusuf said three people were shot dead.",
        P,
        [fig(K, 3, claimed_by="Governor Abba Yusuf")],
        "a titled name after a place's comma is the speaker (guard)",
    ),
    (
        "In fighting on 5-6 March, troops destroyed 7 tanks, and 20 soldiers were killed.",
        P,
        [
            fig(DEST, 7, period=["2023-03-05", "2023-03-06"]),
            fig(K, 20, period=["2023-03-05", "2023-03-06"]),
        ],
        "'In' opens a phrase of setting whose period frames the sentence",
    ),
    (
        (
            "During talks in Geneva on 5-6 March, troops destroyed 7 tanks, and 20 soldiers"
            " were killed."
        ),
        P,
        [fig(DEST, 7, period=["2023-03-05", "2023-03-06"]), fig(K, 20, period=None)],
        "a setting that names no fighting frames only its clause (guard, after a review)",
    ),
    (
        (
            "During the battles on 5-6 March, troops destroyed 7 tanks, and 5,000 soldiers"
            " have been killed since the invasion began."
        ),
        P,
        [
            fig(DEST, 7, period=["2023-03-05", "2023-03-06"]),
            fig(K, 5000, period=[None, "2023-03-16"]),
        ],
        "a total since something is no figure of the setting's days (guard, after a review)",
    ),
    (
        "Eight soldiers died on March 10 and 12 on March 11.",
        P,
        [fig(K, 8, date="2023-03-10", period=None), fig(K, 12, date="2023-03-11")],
        "after 'and' before another day a number is a gapped member, no range (session 61)",
    ),
    (
        "Between 1 March and 30 June last year, 300 people were killed.",
        P,
        [fig(K, 300, period=["2022-03-01", "2022-06-30"])],
        "the year of a span's last day is its first day's too (guard, after a review)",
    ),
    (
        "Gunmen killed 12 people on Tuesday, a month after the Feb. 7 attack in the city.",
        P,
        [fig(K, 12, date="2023-03-14")],
        "an incident the story came after sets no story's day (guard, after a second review)",
    ),
    (
        "Troops killed 40 villagers on March 10 and 11 in Kano.",
        P,
        [fig(K, 40, period=["2023-03-10", "2023-03-11"])],
        "a place after a range's last day keeps the range (guard, after a second review)",
    ),
    (
        (
            "In fighting on 5-6 March, troops destroyed 7 tanks, and Ukraine has lost 5,000"
            " soldiers in the war."
        ),
        P,
        [fig(DEST, 7, period=["2023-03-05", "2023-03-06"]), fig(CAS, 5000, period=None)],
        "a setting's days frame no running total (guard, after a second review)",
    ),
    (
        "Addressing troops in Kherson, Putin said three soldiers had been killed.",
        P,
        [fig(K, 3, claimed_by="Putin")],
        "a name after a place's comma is no region (guard, after a second review)",
    ),
    (
        "Troops killed 40 villagers on 5 and 6 March, residents said.",
        P,
        [
            fig(
                K,
                40,
                subject="villagers",
                claimed_by="residents",
                period=["2023-03-05", "2023-03-06"],
            )
        ],
        "two days of one month joined by 'and' after 'on' are a period (not the last day)",
    ),
    (
        "Troops killed 40 villagers on March 5 and 6.",
        P,
        [fig(K, 40, subject="villagers", period=["2023-03-05", "2023-03-06"], date=None)],
        "the month before two days joined by 'and': a period (not the first day)",
    ),
    (
        "Fighting on March 5-7, 2022, left 18 combatants dead.",
        P,
        [fig(K, 18, subject="combatants", period=["2022-03-05", "2022-03-07"])],
        "a day range after its month takes the year after its last day",
    ),
    (
        "Troops killed 40 villagers from March 5 to 7.",
        P,
        [fig(K, 40, subject="villagers", period=["2023-03-05", "2023-03-07"])],
        "'from' a month's day 'to' a later day of it is a period",
    ),
    (
        "Gunmen killed five people on March 3 and 4 soldiers were wounded.",
        P,
        [
            fig(K, 5, subject="people", date="2023-03-03", period=None),
            fig(W, 4, subject="soldiers", date="2023-03-03", period=None),
        ],
        "a number after 'and' that a noun follows is a count, no second day (guard)",
    ),
    (
        "On March 5, gunmen killed 12 people, and on March 6 another 4 died.",
        P,
        [fig(K, 12, date="2023-03-05"), fig(K, 4, date="2023-03-06")],
        "two days each with its own count stay two days (guard)",
    ),
    (
        (
            "During the battles on the front line on March 5-6, troops destroyed 7 tanks, and"
            " up to 200 soldiers were killed, the ministry said on Sunday."
        ),
        P,
        [
            fig(DEST, 7, subject="tanks", period=["2023-03-05", "2023-03-06"]),
            fig(K, 200, "up_to", subject="soldiers", period=["2023-03-05", "2023-03-06"]),
        ],
        "a period ending an opening phrase of setting frames every clause after its comma",
    ),
    (
        (
            "Between 1 and 5 March, soldiers executed at least 500 people in the village."
            " Among the victims were 20 women and seven children."
        ),
        P,
        [
            fig(K, 500, "at_least", period=["2023-03-01", "2023-03-05"]),
            fig(K, 27, period=["2023-03-01", "2023-03-05"]),
            fig(K, 20, subject="women", period=["2023-03-01", "2023-03-05"]),
            fig(K, 7, subject="children", period=["2023-03-01", "2023-03-05"]),
        ],
        "parts of a whole told over a period take its period (a part of a part, too)",
    ),
    (
        "Yesterday's drone attack killed four civilians, officials said.",
        P,
        [fig(K, 4, subject="civilians", claimed_by="officials", date="2023-03-15")],
        "'yesterday's' as a possessive dates the attack it names",
    ),
    (
        "Herders killed a farmer on 2 March. Youths killed two herders the following day.",
        P,
        [
            fig(K, 1, subject="farmer", date="2023-03-02"),
            fig(K, 2, subject="herders", date="2023-03-03"),
        ],
        "'the following day' is the day after the incident told before it",
    ),
    (
        "Gunmen killed five people on 1 March. Two days later, three soldiers died in an ambush.",
        P,
        [
            fig(K, 5, subject="people", date="2023-03-01"),
            fig(K, 3, subject="soldiers", date="2023-03-03"),
        ],
        "'two days later' counts its days from the incident before",
    ),
    (
        "Five people were killed on Monday. Police said the following day that 20 were arrested.",
        P,
        [
            fig(K, 5, subject="people", date="2023-03-13"),
            fig(D, 20, claimed_by="Police", date="2023-03-13"),
        ],
        "'said the following day' dates the statement, not the arrests",
    ),
    (
        "On 14/03/2023 at about 0230hrs, armed bandits killed seven (7) persons.",
        P,
        [fig(K, 7, subject="persons", date="2023-03-14")],
        "a date in digits, day first",
    ),
    (
        "On 02/03/2023, gunmen killed 5 villagers.",
        P,
        [fig(K, 5, subject="villagers", date="2023-03-02")],
        "day and month in digits either way: the reading nearer publication",
    ),
    (
        "Police said 2/3 of the 12 victims were women.",
        P,
        [],
        "two numbers with a slash and no year, after no date word, are a fraction",
    ),
    (
        (
            "The total combat losses of the enemy from 24.02.22 to 15.01.23 were approximately: "
            "personnel - about 818,860 (+1,660) persons, tanks - 9,756 (+7)."
        ),
        P,
        [
            fig("casualties", 818_860, "about", period=["2022-02-24", "2023-01-15"]),
            fig("casualties", 1660, period=["2023-01-14", "2023-01-15"]),
            fig(DEST, 9756, period=["2022-02-24", "2023-01-15"]),
            fig(DEST, 7, period=["2023-01-14", "2023-01-15"]),
        ],
        "dates with dots bound a period, the list's after its heading (each change the day before)",
    ),
    (
        (
            "The total combat losses of the enemy from 24.02 to 15.03 were approximately: "
            "personnel - about 17,200 people killed, tanks - 597, aircraft - 127."
        ),
        P,
        [
            fig(K, 17200, "about", period=["2023-02-24", "2023-03-15"]),
            fig(DEST, 597, period=["2023-02-24", "2023-03-15"]),
            fig(DEST, 127, period=["2023-02-24", "2023-03-15"]),
        ],
        (
            "a range of days with one dot each after 'from' is a period; the heading's period"
            " before the colon is its list's; dashed losses beside a member a verb reads"
        ),
    ),
    (
        "The price of bread rose from 12.05 to 13.10 and 5 people were killed in the riots.",
        P,
        [fig(K, 5, period=None)],
        "(guard) numbers with a dot after a verb of change are no range of days",
    ),
    (
        (
            "The strike hit the detention centre shortly before dawn on Monday. Health "
            "authorities said 68 migrants were killed."
        ),
        P,
        [fig(K, 68, subject="migrants", date="2023-03-13")],
        "a weekday in a sentence before the first figure sets the story's day",
    ),
    (
        "A day earlier, 14 migrants drowned off the coast.",
        P,
        [fig(K, 14, subject="migrants", date="2023-03-15")],
        "'a day earlier' is the day before publication, like 'the previous day'",
    ),
    (
        "Gunmen killed 23 soldiers last week near the border, the army said.",
        P,
        [
            fig(
                K,
                23,
                subject="soldiers",
                claimed_by="the army",
                period=["2023-03-06", "2023-03-12"],
                cumulative=True,
            )
        ],
        "'last week' is Monday to Sunday of the week before publication",
    ),
    (
        "Police said 14 people were arrested last weekend.",
        P,
        [
            fig(
                D,
                14,
                subject="people",
                claimed_by="Police",
                period=["2023-03-11", "2023-03-12"],
                cumulative=True,
            )
        ],
        "'last weekend' is the Saturday and Sunday before publication",
    ),
    (
        "Some 30 people were killed over the weekend.",
        P,
        [
            fig(
                K,
                30,
                "about",
                subject="people",
                period=["2023-03-11", "2023-03-12"],
                cumulative=True,
            )
        ],
        "'over the weekend' is the latest Saturday and Sunday up to publication",
    ),
    (
        "The army said Sunday that nine soldiers were killed in an ambush on Friday.",
        P,
        [fig(K, 9, subject="soldiers", claimed_by="The army", date="2023-03-10")],
        "the day a statement was made yields to the incident's own day",
    ),
    (
        "Nine soldiers were killed in the ambush, the army said Sunday.",
        P,
        [fig(K, 9, subject="soldiers", claimed_by="the army", date="2023-03-12")],
        "with no day of its own, the incident keeps the statement's day",
    ),
    (
        "Five people were killed overnight into Tuesday, police said.",
        P,
        [fig(K, 5, date="2023-03-14")],
        "'overnight into' a weekday is that day, not the night before the story",
    ),
    (
        (
            "Drone strike kills 5 in Kharkiv\n\nRussia attacked Kharkiv on the morning of "
            "March 12 with 20 drones, the governor said. Five people were killed and 12 "
            "wounded, he said."
        ),
        P,
        [
            fig(K, 5, subject="people", claimed_by="the governor", date="2023-03-12"),
            fig(K, 5, subject="people", claimed_by="the governor", date="2023-03-12"),
            fig(W, 12, subject="people", claimed_by="the governor", date="2023-03-12"),
        ],
        "a headline's figures are its body's twins: the body's first sentence still sets the day",
    ),
    (
        (
            "Attack on the village: the government announces a provisional toll of 132 dead\n\n"
            "On Sunday, armed individuals attacked the village. Officials said 130 civilians were"
            " killed."
        ),
        P,
        [
            fig(K, 132, date="2023-03-12", cumulative=True),
            fig(K, 130, claimed_by="Officials", date="2023-03-12"),
        ],
        "a headline's running total is a body twin too: the body's first day sets the story's",
    ),
    (
        (
            "Death toll from shelling of Belgorod rises to 25\n\nBELGOROD, March 16. /TASS/. The"
            " death toll from the shelling of Belgorod on Saturday has risen to 25, the minister"
            " said."
        ),
        P,
        [
            fig(K, 25, date="2023-03-11", cumulative=True),
            fig(K, 25, date="2023-03-11", cumulative=True),
        ],
        "(guard) a dateline in capitals closed by a stop and the agency ('/TASS/') is no story day",
    ),
    (
        (
            "During the night of Saturday 11 to Sunday 12 March 2023, gunmen attacked the"
            " village. Officials said 30 people were killed."
        ),
        P,
        [fig(K, 30, claimed_by="Officials", date="2023-03-12")],
        "one night told by two days with their dates: the day it ran into",
    ),
    (
        (
            "At least 147 people were killed yesterday in the deadliest attack since the 1998"
            " embassy bombing."
        ),
        P,
        [fig(K, 147, "at_least", date="2023-03-15", period=None)],
        "an event's year inside a comparison is no figure's period",
    ),
    (
        "The quake, the strongest since the 2011 tsunami that killed 18,000 people, left 12 dead.",
        P,
        [
            fig(K, 18_000, period=["2011-01-01", "2011-12-31"], cumulative=False),
            fig(K, 12, period=None),
        ],
        "(guard) the old event a comparison names keeps its year for its own toll (probe 65)",
    ),
    (
        (
            "Nine people were killed in the strike, the deadliest since the 2022 attack on the"
            " city, when 46 people died."
        ),
        P,
        [
            fig(K, 9, period=None),
            fig(K, 46, period=["2022-01-01", "2022-12-31"], cumulative=False),
        ],
        "a comparison's old event after a figure dates that event's toll, one incident (probe 65)",
    ),
    (
        "DONETSK, March 16. /TASS/. Two civilians were killed in shelling of the city.",
        P,
        [fig(K, 2, date="2023-03-16")],
        "a dateline standing as its own sentence dates the story when nothing else does",
    ),
    (
        (
            "Russia has lost 9,331 tanks since Feb. 24, 2022\n\nRussia has lost 9,331 tanks and "
            "18,939 armored vehicles since the start of the full-scale invasion, the General "
            "Staff said."
        ),
        P,
        [
            fig(DEST, 9331, period=["2022-02-24", "2023-03-16"], cumulative=True),
            fig(DEST, 9331, period=["2022-02-24", "2023-03-16"], cumulative=True),
            fig(DEST, 18939, period=["2022-02-24", "2023-03-16"], cumulative=True),
        ],
        "a body twin's undatable 'since' takes its headline's period, as its list does",
    ),
    (
        (
            "Police officers guard the site of the blast, in Kabul, Afghanistan, January 14, "
            "2023\n\nA suicide bomber killed 12 people outside the ministry, police said."
        ),
        P,
        [fig(K, 12, subject="people", claimed_by="police", date=None)],
        "a caption's full date after its place, on a line with no stop, is no story's day",
    ),
    (
        "Clashes in Khartoum, 14 March 2023\n\nAt least 185 people were killed, the WHO said.",
        P,
        [fig(K, 185, "at_least", claimed_by="the WHO", date="2023-03-14")],
        "(guard) a title's 'in PLACE, DATE' days before publication is no archive photo's caption",
    ),
    (
        (
            "Airstrike kills 8 in Idlib\n\nPublished 15 March 2023\n\nEight civilians were "
            "killed in an airstrike, rescuers said."
        ),
        P,
        [
            fig(K, 8, claimed_by="rescuers", date=None),
            fig(K, 8, claimed_by="rescuers", date=None),
        ],
        "(guard) a page's stamp ('Published 15 March 2023') sets no story day",
    ),
    (
        (
            "Militants kill 7 soldiers\n\nThe attack comes days after a March 10 ambush in the "
            "same area. Seven soldiers were killed in the raid, the army said."
        ),
        P,
        [
            fig(K, 7, claimed_by="the army", date=None),
            fig(K, 7, claimed_by="the army", date=None),
        ],
        "(guard) the day of an event the story's 'comes days after' is no story day",
    ),
    (
        "Fighting raged day and night from Monday to Tuesday, killing 30 people.",
        P,
        [fig(K, 30, period=["2023-03-13", "2023-03-14"], cumulative=True)],
        "(guard) 'day and night from Monday to Tuesday' is a span of two days, no one night",
    ),
    (
        (
            "The war began on 9 January 2022. A drone strike near the front line of the war "
            "has killed 12 civilians."
        ),
        P,
        [fig(K, 12, subject="civilians", period=None)],
        "(guard) a war named inside an incident's subject dates no perfect from the war's start",
    ),
    (
        "A relentless bombing campaign has killed more than 1,000 civilians, rights groups said.",
        P,
        [fig(K, 1000, "more_than", subject="civilians", cumulative=True)],
        "(guard) a campaign's perfect is a running total, no single incident's",
    ),
    (
        (
            "Gunmen kill 7 soldiers in Niger\n\nThe attack came after midnight on Sunday. Seven "
            "soldiers were killed, the army said."
        ),
        P,
        [
            fig(K, 7, claimed_by="the army", date="2023-03-12"),
            fig(K, 7, claimed_by="the army", date="2023-03-12"),
        ],
        "(guard) 'came after midnight on Sunday' is the event's own time, no earlier event's",
    ),
    (
        "Gunmen killed 12 people during a night between Tuesday and Wednesday.",
        P,
        [fig(K, 12, subject="people", date="2023-03-15")],
        "(guard) 'a night between Tuesday and Wednesday' is one night, dated by its morning",
    ),
    (
        (
            "The war began on 9 January 2022. Aid is scarce. So far the region's war has "
            "displaced 700,000 people."
        ),
        P,
        [fig(DISP, 700_000, period=["2022-01-09", "2023-03-16"], cumulative=True)],
        "(guard) a war's perfect after an adverb and a possessive counts from the war's start",
    ),
    (
        "At least 20 villagers were killed overnight from Sunday to Monday, officials said.",
        P,
        [fig(K, 20, "at_least", subject="villagers", claimed_by="officials", date="2023-03-13")],
        "one night told by the two days it joins is a day (the one it ran into), no period",
    ),
    (
        "Six people were killed between Saturday night and Sunday morning, police said.",
        P,
        [fig(K, 6, subject="people", claimed_by="police", date="2023-03-12")],
        "'between Saturday night and Sunday morning' is one night, dated by its morning",
    ),
    (
        "Twelve people were killed in clashes from Friday night to Sunday, the police said.",
        P,
        [
            fig(
                K,
                12,
                subject="people",
                claimed_by="the police",
                period=["2023-03-10", "2023-03-12"],
                cumulative=True,
            )
        ],
        "'from Friday night to Sunday' spans three days: a period, the night no day of its own",
    ),
    (
        (
            "A woman was killed and seven other people were injured on Saturday when a car hit "
            "a crowd, police said. Two of the injured were still in hospital on Sunday."
        ),
        P,
        [
            fig(K, 1, subject="woman", date="2023-03-11"),
            fig(W, 7, date="2023-03-11"),
            fig(W, 2, date="2023-03-11"),
        ],
        "the wounded still in hospital the day after are the incident's, dated by it",
    ),
    (
        (
            "Two people were killed on Saturday when a wall collapsed. On Sunday, gunmen killed "
            "three farmers nearby."
        ),
        P,
        [fig(K, 2, date="2023-03-11"), fig(K, 3, subject="farmers", date="2023-03-12")],
        "a later day's clause with a doer of its own is its own incident (guard)",
    ),
    (
        (
            "Gunmen killed six people in a village on Tuesday, officials said. The attack came "
            "a day after a bomb killed two soldiers on the main road."
        ),
        P,
        [fig(K, 6, date="2023-03-14"), fig(K, 2, subject="soldiers", date="2023-03-13")],
        "'came a day after' puts the event it names the day before the story's",
    ),
    (
        (
            "Gunmen killed eleven passengers on Tuesday. Five days earlier, a bus hit a mine "
            "on the same road, killing four passengers."
        ),
        P,
        [fig(K, 11, date="2023-03-14"), fig(K, 4, date="2023-03-09")],
        "'five days earlier' counts back from the story's incident",
    ),
    (
        "Gunmen killed six people on Tuesday. A day earlier, a strike killed two fighters.",
        P,
        [fig(K, 6, date="2023-03-14"), fig(K, 2, subject="fighters", date="2023-03-13")],
        "'a day earlier' after the story's day is the day before it, not before publication",
    ),
    (
        (
            "Russian missiles struck Kharkiv on Monday, killing five people. Four more civilians "
            "were wounded in Kherson on Tuesday."
        ),
        P,
        [fig(K, 5, date="2023-03-13"), fig(W, 4, date="2023-03-14")],
        "a later day's count with no word of the incident's people's fate keeps its day (guard)",
    ),
    (
        (
            "Israeli strikes killed 20 people in Rafah on Monday. Four people were killed on "
            "Thursday in Khan Younis, where 10 were killed the previous day."
        ),
        "2023-03-17",
        [
            fig(K, 20, date="2023-03-13"),
            fig(K, 4, date="2023-03-16"),
            fig(K, 10, date="2023-03-15"),
        ],
        "'the previous day' after a figure of its sentence dated by its own day: the day before",
    ),
    (
        (
            "Gunmen killed 12 villagers on Saturday. A local official told AFP nine died on "
            "Monday when gunmen raided a second village."
        ),
        P,
        [fig(K, 12, date="2023-03-11"), fig(K, 9, date="2023-03-13")],
        "a number after 'told' opens what is told, no audience (guard)",
    ),
    (
        "Gang members went house to house over the weekend, killing at least 12 people.",
        P,
        [fig(K, 12, "at_least", subject="people", date=None, period=None, cumulative=False)],
        "a weekend in which the doers of one incident acted is its time, no running total's",
    ),
    (
        "Eight migrants drowned over the weekend when their dinghy capsized in the Channel.",
        P,
        [fig(K, 8, subject="migrants", date=None, period=None, cumulative=False)],
        "a weekend of a single incident the sentence names is its time",
    ),
    (
        "Israeli strikes killed 40 people across Gaza over the weekend.",
        P,
        [fig(K, 40, period=["2023-03-11", "2023-03-12"], cumulative=True)],
        "a weekend's round-up of plural events keeps its period (guard)",
    ),
    (
        "Some 20 people were shot dead at the weekend, police said.",
        P,
        [fig(K, 20, "about", period=["2023-03-11", "2023-03-12"], cumulative=True)],
        "'at the weekend' is the weekend, as 'over the weekend' is",
    ),
    (
        (
            "A boy who was shot last week died on Tuesday, making him the youngest homicide "
            "victim in the city this year."
        ),
        P,
        [fig(K, 1, subject="boy", date="2023-03-14", period=None, cumulative=False)],
        "a superlative's time ('the youngest victim this year') is no running total's period",
    ),
    (
        "At least 92 police officers were killed in the province in January and February alone.",
        P,
        [fig(K, 92, "at_least", period=["2023-01-01", "2023-02-28"], cumulative=True)],
        "two months joined by 'and' are one period",
    ),
    (
        (
            "Violence surged this year; at least 92 police officers were killed in the province"
            " in January and February alone."
        ),
        P,
        [fig(K, 92, "at_least", period=["2023-01-01", "2023-02-28"], cumulative=True)],
        "past the clause before's time, the figure's clause keeps its own period after it",
    ),
    (
        "The ministry said the toll since October 8 has reached 2,309 martyrs and 10,782 wounded.",
        P,
        [
            fig(K, 2309, period=["2022-10-08", "2023-03-16"], cumulative=True),
            fig(W, 10782, period=["2022-10-08", "2023-03-16"], cumulative=True),
        ],
        "a total's other part after its noun and 'and' shares its period",
    ),
    (
        "The death toll rose to 40 and 12 people were wounded.",
        P,
        [fig(K, 40, cumulative=True), fig(W, 12, cumulative=False)],
        "a count with a verb of its own after a total and 'and' is no part of it (guard)",
    ),
    (
        "Gunmen killed 12 villagers over the weekend in the latest violence in the region.",
        P,
        [fig(K, 12, subject="villagers", period=None, cumulative=False)],
        "a doer's weekend incident stays one beside a word of violence elsewhere in the sentence",
    ),
    (
        "Violence over the weekend killed 25 people.",
        P,
        [fig(K, 25, period=["2023-03-11", "2023-03-12"], cumulative=True)],
        "a weekend with violence as the doer is a round-up (guard)",
    ),
    (
        "Clashes killed 20 people in the capital last weekend.",
        P,
        [fig(K, 20, period=["2023-03-11", "2023-03-12"], cumulative=True)],
        "a weekend's events in the plural are a round-up, no single incident (guard)",
    ),
    (
        (
            "At least 16 people were shot dead over the weekend, including a man struck by a"
            " stray bullet."
        ),
        P,
        [
            fig(K, 16, "at_least", period=["2023-03-11", "2023-03-12"], cumulative=True),
            fig(K, 1, period=["2023-03-11", "2023-03-12"], cumulative=True),
        ],
        "an event verb elsewhere in a sentence with no doer names no single incident (guard)",
    ),
    (
        "Today marks one year since the earthquake. The quake killed more than 50,000 people.",
        P,
        [fig(K, 50000, "more_than", date=None)],
        "'today' in a sentence that tells nothing happen sets no story's day (guard)",
    ),
    (
        (
            "A bomb killed 4 soldiers on Sunday. In a separate incident, 2 journalists were found"
            " dead in their car on Monday."
        ),
        P,
        [fig(K, 4, date="2023-03-12"), fig(K, 2, date="2023-03-13")],
        "the dead found in a separate incident keep their own day (guard)",
    ),
    (
        "Some 40 people were killed in January and March in separate raids.",
        P,
        [fig(K, 40, "about", period=["2023-01-01", "2023-01-31"])],
        "two months apart are no one span (guard)",
    ),
    (
        "Floods killed 40 people in March and April.",
        P,
        [fig(K, 40, period=["2023-03-01", "2023-03-16"])],
        "a month still to come joins no span (guard)",
    ),
    (
        (
            "The death toll since October 7 has reached 31,341 dead and 12 killed in a strike on"
            " a school."
        ),
        P,
        [fig(K, 31341, cumulative=True), fig(K, 12, cumulative=False)],
        "a count after a total and 'and' with an incident of its own is no part of it (guard)",
    ),
    (
        (
            "According to figures released by the Health Ministry on Wednesday, 312 people have"
            " died since the outbreak of fighting."
        ),
        P,
        [fig(K, 312, date=None, cumulative=True, claimed_by="the Health Ministry")],
        "the day figures were released by their source is no day of what they count",
    ),
    (
        (
            "The rebels said on Saturday they had overrun an army base. In a statement, they said"
            " 70 soldiers were killed in the fighting."
        ),
        P,
        [fig(K, 70, subject="soldiers", date="2023-03-11")],
        "a lead's statement day that tells a deed done by then sets the story's day",
    ),
    (
        (
            "The army said on Saturday it would investigate. Seventy soldiers were killed in the"
            " fighting."
        ),
        P,
        [fig(K, 70, subject="soldiers", date=None)],
        "a statement day that tells no deed done sets no story's day (guard)",
    ),
    (
        (
            "Police said on Monday they had identified the bomber. The bombing of a church killed"
            " 14 people."
        ),
        P,
        [fig(K, 14, date=None)],
        "a statement day that tells a deed of no harm or attack sets no story's day (guard)",
    ),
    (
        "An earthquake struck the district today. One person was killed.",
        P,
        [fig(K, 1, date="2023-03-16")],
        "'today' in a sentence before the first figure sets the story's day",
    ),
    (
        (
            "Russian drones struck the city late on Saturday, killing four people. A man and a "
            "woman were found dead in a house on Sunday."
        ),
        P,
        [fig(K, 4, date="2023-03-11"), fig(K, 2, date="2023-03-11")],
        "the dead found dead the day after are the incident's, as bodies recovered are",
    ),
    (
        (
            "A boat capsized off the coast on Sunday. Fourteen people drowned, the coast guard "
            "told AFP on Monday."
        ),
        P,
        [fig(K, 14, claimed_by="the coast guard", date="2023-03-12")],
        "'told' an audience of any name 'on' a day is the day of telling",
    ),
]

EXAMPLES_SINCE: list[Row] = [
    (
        (
            "The monitor has documented the death of 412 people since the beginning of the"
            ' military operation "Deterrence of Aggression" launched by HTS and allied factions'
            " on November 27."
        ),
        "2024-12-01",
        [
            fig(
                K,
                412,
                subject="people",
                cumulative=True,
                period=["2024-11-27", "2024-12-01"],
                claimed_by="The monitor",
            )
        ],
        "a since-clause's date up to 20 words on, past a name in quotes (session 45)",
    ),
    (
        (
            "Fighting that has raged since the army launched an operation against 40 rebel"
            " groups in the north of the country on Tuesday killed 12 soldiers."
        ),
        "2024-12-01",
        [fig(K, 12, subject="soldiers", date="2024-11-26")],
        "(guard) past the first 12 words a count ends the since-clause's search",
    ),
    (
        (
            "The insurgency, which began with an attack on a police post in Tessit in "
            "October 2017, has killed more than 2,100 people."
        ),
        P,
        [fig(K, 2100, "more_than", period=["2017-10-01", "2023-03-16"], cumulative=True)],
        "a war that began with an event told before its month: the period runs to now",
    ),
    (
        "Since fighting for the city intensified in May, more than 90,000 people have fled.",
        P,
        [fig(DISP, 90_000, "more_than", period=["2022-05-01", "2023-03-16"], cumulative=True)],
        "'intensified' starts a period as 'began' does",
    ),
    (
        (
            "Gunmen killed four soldiers on Saturday. The 12-year insurgency has left more "
            "than 40,000 people dead."
        ),
        P,
        [
            fig(K, 4, subject="soldiers", date="2023-03-11", cumulative=False),
            fig(K, 40_000, "more_than", date=None, cumulative=True),
        ],
        "a war's verb in the present perfect with the dead as its object: a count up to now",
    ),
    (
        "The war has already claimed more than 9,000 lives, according to the monitor.",
        P,
        [fig(K, 9000, "more_than", claimed_by="the monitor", date=None, cumulative=True)],
        "a war that 'has claimed' its lives, an adverb between",
    ),
    (
        "An explosion outside the hospital on Monday has left 20 people dead.",
        P,
        [fig(K, 20, date="2023-03-13", cumulative=False)],
        "an incident's toll in the present perfect stays the incident's",
    ),
    (
        "More than 100 people have been killed in the state since May 3.",
        P,
        [fig(K, 100, "more_than", date=None, period=["2022-05-03", "2023-03-16"])],
        "'since May' and a day: the month, no modal",
    ),
    (
        "Shelling has killed 90 civilians since October 8, out of a total death toll of about 300.",
        P,
        [fig(K, 90, subject="civilians"), fig(K, 300, "about")],
        "'a total death toll' counts no single death",
    ),
    (
        (
            "On 12 March 2023, militants ambushed a military convoy near Djibo. "
            "Security sources reported 11 soldiers killed and 6 injured."
        ),
        P,
        [fig(K, 11, date="2023-03-12"), fig(W, 6, date="2023-03-12")],
        "the day a sentence before the first figure sets the story on dates its figures",
    ),
    (
        "The war started on 1 March. Officials said 300 people had been killed.",
        P,
        [fig(K, 300, date=None)],
        "the day a war began is no day of the story's figures",
    ),
    (
        "Gangs killed at least 115 people in the first week of February, the UN said.",
        P,
        [fig(K, 115, "at_least", period=["2023-02-01", "2023-02-07"], cumulative=True)],
        "a week of a month by its ordinal",
    ),
    (
        "Gangs killed 40 people during the last week of January.",
        P,
        [fig(K, 40, period=["2023-01-25", "2023-01-31"], cumulative=True)],
        "the last week of a month is its last seven days",
    ),
    (
        (
            "Nearly 9,000 Sudanese crossed into Chad in the first ten days of March. Gangs killed"
            " 300 people during the first two weeks of February. In the last 3 days of January,"
            " 40 people were killed."
        ),
        P,
        [
            fig(REF, 9000, "nearly", period=["2023-03-01", "2023-03-10"], cumulative=True),
            fig(K, 300, period=["2023-02-01", "2023-02-14"], cumulative=True),
            fig(K, 40, period=["2023-01-29", "2023-01-31"], cumulative=True),
        ],
        "a month's first or last days or weeks, counted (session 52)",
    ),
    (
        "Gangs killed 30 people in the second ten days of February.",
        P,
        [fig(K, 30)],
        "(guard) a count of days only after 'first' or 'last'",
    ),
    (
        "The ministry reported 705 deaths and 5,287 injuries since the fighting began on 1 March.",
        P,
        [
            fig(K, 705, period=["2023-03-01", "2023-03-16"], cumulative=True),
            fig(W, 5287, period=["2023-03-01", "2023-03-16"], cumulative=True),
        ],
        "a period right after a list's last member is every member's",
    ),
    (
        "Villagers held a vigil on Saturday, and since then 40 have been arrested.",
        P,
        [fig(D, 40, cumulative=True, period=["2023-03-11", "2023-03-16"])],
        "'since then' after a dated clause is a period from that date",
    ),
    (
        "Between 2 and 8 March, some 9,000 people were displaced in the province.",
        P,
        [fig(DISP, 9000, "about", period=["2023-03-02", "2023-03-08"], cumulative=True)],
        "'between D and D MONTH' is the days of that month",
    ),
    (
        "The revolt, which erupted on January 9, has killed at least 90 people.",
        P,
        [fig(K, 90, "at_least", period=["2023-01-09", "2023-03-16"], cumulative=True)],
        "a perfect counts from the day a clause says it began",
    ),
    (
        "The war, which broke out in 2014, has displaced two million people.",
        P,
        [fig(DISP, 2_000_000, period=["2014-01-01", "2023-03-16"], cumulative=True)],
        "'broke out in YEAR': from that year to publication",
    ),
    (
        (
            "The revolt, which erupted on January 9, has killed at least 90 people and driven "
            "12,000 from their homes."
        ),
        P,
        [
            fig(K, 90, "at_least", period=["2023-01-09", "2023-03-16"], cumulative=True),
            fig(DISP, 12000, period=["2023-01-09", "2023-03-16"], cumulative=True),
        ],
        "a second verb after 'and' shares the perfect's auxiliary, and so its period",
    ),
    (
        (
            "A year after fighting erupted between the army and the rebels on 9 January 2022, "
            "more than 800,000 people have been forced from their homes, officials said."
        ),
        P,
        [
            fig(
                DISP,
                800_000,
                "more_than",
                subject="people",
                claimed_by="officials",
                period=["2022-01-09", "2023-03-16"],
                cumulative=True,
            )
        ],
        "'erupted between X and Y on DATE' dates a beginning as 'erupted on DATE' does",
    ),
    (
        (
            "The war in the region began on 9 January 2022. Aid is scarce. The conflict has "
            "killed at least 14,600 people, according to a monitor."
        ),
        P,
        [
            fig(
                K,
                14600,
                "at_least",
                subject="people",
                claimed_by="a monitor",
                period=["2022-01-09", "2023-03-16"],
                cumulative=True,
            )
        ],
        "a perfect whose subject is the whole war counts from the war's start the text told",
    ),
    (
        "A car bomb blast near a market has killed three people and wounded 11 others.",
        P,
        [fig(K, 3, subject="people"), fig(W, 11, subject="other people")],
        "a perfect whose subject is one incident ('a car bomb blast') is its counts, no total",
    ),
    (
        "Last month's landslide killed 31 villagers.",
        P,
        [fig(K, 31, period=["2023-02-01", "2023-02-28"], cumulative=False)],
        "a possessive period ('last month's') is that period, of one incident (probe 65)",
    ),
    (
        "The overall toll since Oct. 7 had climbed to 1,200, with 3,400 wounded.",
        P,
        [
            fig(K, 1200, period=["2022-10-07", "2023-03-16"], cumulative=True),
            fig(W, 3400, period=["2022-10-07", "2023-03-16"], cumulative=True),
        ],
        "an abbreviated month inside the total; 'with N wounded' is the same count's other part",
    ),
    (
        "Four miners were killed on Sept. 9, the company said.",
        P,
        [fig(K, 4, date="2022-09-09")],
        "a date without its year is never far after publication",
    ),
    (
        "The toll rose to 45 on Monday, and 12 people were injured on Tuesday.",
        P,
        [fig(K, 45, cumulative=True), fig(W, 12, date="2023-03-14")],
        "a date before ', and' belongs to the clause before",
    ),
    (
        "Some 900 people have been detained since the strikes began two weeks ago.",
        P,
        [fig(D, 900, "about", period=["2023-03-02", "2023-03-16"], cumulative=True)],
        "'since' a clause that ends 'N weeks ago'",
    ),
    (
        "At least 60 people have died since the rains started last month.",
        P,
        [fig(K, 60, "at_least", period=["2023-02-01", "2023-03-16"], cumulative=True)],
        "'since ... last month' runs from its first day to publication",
    ),
    (
        "Over 30 people have been killed since fighting broke out on Saturday.",
        P,
        [fig(K, 30, "more_than", period=["2023-03-11", "2023-03-16"], cumulative=True)],
        "'since ... on Saturday': the latest Saturday up to publication",
    ),
    (
        "Gunmen abducted 14 traders near the market, police and residents said.",
        P,
        [fig(D, 14, claimed_by="police and residents")],
        "two sources joined by 'and' make one statement",
    ),
    (
        "Floods killed 300 people in February, the agency said.",
        P,
        [fig(K, 300, period=["2023-02-01", "2023-02-28"], cumulative=True)],
        "'in February': the whole month, the latest February up to publication",
    ),
    (
        "In December, 75 fishermen drowned off the coast.",
        P,
        [fig(K, 75, period=["2022-12-01", "2022-12-31"], cumulative=True)],
        "a month after the publication's month is the year before's",
    ),
    (
        "Twelve people died in March 12 clashes.",
        P,
        [fig(K, 12, date="2023-03-12", period=None)],
        "a month with its day is a date, not a month",
    ),
    (
        "In the first quarter, 41 journalists were detained.",
        P,
        [fig(D, 41, period=["2023-01-01", "2023-03-16"], cumulative=True)],
        "a part of the year without its year is this year's, up to publication",
    ),
    (
        "At least 80 people have been killed in the past fortnight.",
        P,
        [fig(K, 80, "at_least", period=["2023-03-02", "2023-03-16"], cumulative=True)],
        "a fortnight is two weeks back",
    ),
    (
        "Air strikes killed five people on Tuesday in the deepest strikes since the war began.",
        P,
        [fig(K, 5, subject="people", date="2023-03-14", period=None, cumulative=False)],
        "'since' after a superlative ends a comparison, not a period",
    ),
    (
        "At least 40 people have been killed in the latest fighting since Monday.",
        P,
        [
            fig(
                K,
                40,
                "at_least",
                subject="people",
                period=["2023-03-13", "2023-03-16"],
                cumulative=True,
            )
        ],
        "'latest' is no superlative of comparison",
    ),
    (
        "Avalanches have killed 21 people in Switzerland this winter.",
        P,
        [fig(K, 21, subject="people", period=["2022-12-01", "2023-03-16"], cumulative=True)],
        "a season of the year runs from its first month's first day, the year before in spring",
    ),
    (
        "So far this monsoon season, 140 people have died in floods.",
        P,
        [fig(K, 140, subject="people", period=[None, "2023-03-16"], cumulative=True)],
        "a season of its own kind has an end and no start",
    ),
    (
        "The storm was the deadliest this summer, killing 12 people.",
        P,
        [fig(K, 12, subject="people", period=None)],
        "a season in a comparison is no period",
    ),
    (
        "The deadliest wildfire on record, the 1918 Cloquet fire in Minnesota, killed 453 people.",
        P,
        [fig(K, 453, subject="people", period=["1918-01-01", "1918-12-31"], cumulative=False)],
        "an event named by a past year is one incident of that year (probe 65)",
    ),
    (
        (
            "About 20 of the dead were former combatants who had signed the 2016 peace"
            " accord, and a family of three was shot dead in their car."
        ),
        P,
        [fig(K, 20, "about", period=None), fig(K, 3, period=None, cumulative=False)],
        "a pact named by its year is no event whose figures count that year",
    ),
    (
        "Police said the 2023 budget paid for 40 new officers; 3 officers were killed on Monday.",
        P,
        [fig(K, 3, subject="officers", period=None, date="2023-03-13")],
        "the year of the publication names no past event",
    ),
    (
        "Gunmen killed 12 villagers in a raid on a farming community last week, police said.",
        P,
        [fig(K, 12, period=None, cumulative=False, claimed_by="police")],
        "an incident 'in a raid' last week happened in that week: no running total over it",
    ),
    (
        "At least 300 civilians were killed in the region last month, the UN said.",
        P,
        [fig(K, 300, "at_least", period=["2023-02-01", "2023-02-28"], cumulative=True)],
        "a count over last month with no incident named is a running total",
    ),
    (
        "JNIM claimed the attack and said its fighters had killed 70 soldiers.",
        P,
        [fig(K, 70, claimed_by="JNIM")],
        "an acronym opening the sentence is the source of a second verb after 'and'",
    ),
    (
        (
            "JNIM, al Qaeda's affiliate in the Sahel, claimed the attack and said its fighters"
            " had killed 70 soldiers."
        ),
        P,
        [fig(K, 70, claimed_by="JNIM", location=None)],
        "a place in an aside on the speaker is no place of the figure",
    ),
    (
        "The campaign, which began March 1, has killed more than 200 people.",
        P,
        [fig(K, 200, "more_than", period=["2023-03-01", "2023-03-16"], cumulative=True)],
        "a perfect's count runs from a beginning dated right after its verb, no 'on'",
    ),
    (
        "JNIM, al Qaeda's affiliate in the Sahel, said it killed 20 soldiers.",
        P,
        [fig(K, 20, claimed_by="JNIM", location=None)],
        "an aside on the speaker right before its verb gives no place",
    ),
    (
        "The fighting, which broke out March 1, has killed more than 200 people.",
        P,
        [fig(K, 200, "more_than", period=["2023-03-01", "2023-03-16"], cumulative=True)],
        "'broke out' with its date right after it starts a perfect's count",
    ),
    (
        "Clashes killed 40 people over the week.",
        P,
        [fig(K, 40, period=["2023-03-09", "2023-03-16"], cumulative=True)],
        "'over the week' is a span back (only 'later in the day' is no span)",
    ),
    (
        "A second bomb later in the day killed two more people.",
        P,
        [fig(K, 2, period=None, cumulative=False)],
        "'in the day' with no 'past' or 'last' is a time in the story, no span back",
    ),
    (
        "Gunmen shot and killed six hostages they had been holding since an attack in July.",
        P,
        [fig(K, 6, subject="hostages", period=None, cumulative=False)],
        "a period in a relative clause after the group is the clause's time, not the killing's",
    ),
    (
        "The rebels freed 12 workers who had been held since January.",
        P,
        [],
        "a period in a 'who' clause after a group: no figure and no period taken",
    ),
    (
        "Troops have killed 40 militants since Monday, the army said.",
        P,
        [fig(K, 40, subject="militants", period=["2023-03-13", "2023-03-16"], cumulative=True)],
        "a period right after the group is the figure's own",
    ),
    (
        (
            "The ministry said 224 people had been detained for administrative offences, "
            "including disobeying police orders and petty hooliganism, since the protests "
            "began on March 10."
        ),
        P,
        [fig(D, 224, period=["2023-03-10", "2023-03-16"], cumulative=True)],
        "a part after 'including' that counts no one leaves the period the figure's",
    ),
    (
        (
            "Police have arrested five suspects, including Omar Hassan, a rebel commander "
            "wanted for an attack in March 2021."
        ),
        P,
        [fig(D, 5, subject="suspects", period=None), fig(D, 1, period=None)],
        "an aside after 'including' still open at the period holds it",
    ),
    (
        (
            "Settlers and soldiers have killed 652 people in the West Bank, including East "
            "Jerusalem, since October 7, the ministry said."
        ),
        P,
        [fig(K, 652, period=["2022-10-07", "2023-03-16"], cumulative=True)],
        "a place after 'including', closed by a comma, leaves the period the figure's",
    ),
    (
        (
            "Israeli strikes have killed more than 34,000 Palestinians, including 14,000 "
            "children, since October 7."
        ),
        P,
        [
            fig(K, 34_000, "more_than", period=["2022-10-07", "2023-03-16"]),
            fig(K, 14_000, period=["2022-10-07", "2023-03-16"], part=True),
        ],
        "a counted part closed by a comma leaves the period the whole's and the part's",
    ),
    (
        (
            "More than one million Somalis have been displaced by the country's worst "
            "drought in four decades since January 2022, the network said."
        ),
        P,
        [fig(DISP, 1_000_000, "more_than", period=["2022-01-01", "2023-03-16"])],
        "a superlative after a possessive compares ('in four decades'); the comparison ends once",
    ),
    (
        (
            "More than 149,000 people have crossed into Chad since fighting broke out on "
            "15 January, the agency said. Some 6,000 new arrivals were counted in the past "
            "48 hours alone."
        ),
        P,
        [
            fig(REF, 149_000, "more_than", period=["2023-01-15", "2023-03-16"]),
            fig(REF, 6000, "about", period=["2023-03-14", "2023-03-16"]),
        ],
        "a since-clause's date is no day the paragraph's later spans count back from",
    ),
    (
        (
            "Gunmen killed at least five people on Monday, police said, in a region that "
            "has been calm since the army crushed an insurgency in 2003."
        ),
        P,
        [fig(K, 5, "at_least", date="2023-03-13", period=None, cumulative=False)],
        "a period in a clause about a place is the place's, not the killing's",
    ),
    (
        "The shooting pushed the city to 200 homicides for the year.",
        P,
        [fig(K, 200, period=["2023-01-01", "2023-03-16"], cumulative=True)],
        "'for the year' is this year so far",
    ),
    (
        "The city recorded 135 homicides in all of 2022.",
        P,
        [fig(K, 135, period=["2022-01-01", "2022-12-31"], cumulative=True)],
        "'in all of' a year is that whole year",
    ),
    (
        (
            "Between Tuesday evening and Thursday morning, two people were killed and 16 "
            "wounded in shootings across the city."
        ),
        P,
        [
            fig(K, 2, period=["2023-03-14", "2023-03-16"], cumulative=True),
            fig(W, 16, period=["2023-03-14", "2023-03-16"], cumulative=True),
        ],
        "a span between two weekdays, each with its part of the day, is the latest such days",
    ),
    (
        "A man was shot dead on Tuesday, the city's 23rd homicide of 2023.",
        P,
        [
            fig(K, 1, date="2023-03-14"),
            fig(K, 23, period=["2023-01-01", "2023-03-16"], cumulative=True),
        ],
        "an ordinal of a killing noun is the killings so far, over the year 'of' names",
    ),
    (
        "The deaths were Winnipeg's ninth and tenth homicides of the year.",
        P,
        [fig(K, 10, period=["2023-01-01", "2023-03-16"], cumulative=True)],
        "two ordinals joined: the last is the count",
    ),
    (
        "She is the third journalist killed in Mexico this year.",
        "2023-03-16",
        [
            fig(
                K,
                3,
                subject="journalist",
                cumulative=True,
                period=["2023-01-01", "2023-03-16"],
            )
        ],
        "an ordinal person noun killed in a span counts the killed so far (session 45)",
    ),
    (
        "Officers said the second man killed this morning was a 24-year-old from Hackney.",
        "2023-03-16",
        [],
        "(guard, after a third review) 'this morning' is no span of a count so far",
    ),
    (
        "The second soldier killed was a medic.",
        "2023-03-16",
        [],
        "(guard) an ordinal person killed with no span is one of the story's people",
    ),
    (
        "She was the third person to be shot dead on Merseyside this year.",
        P,
        [fig(K, 3, period=["2023-01-01", "2023-03-16"], cumulative=True)],
        "'the' ordinal person 'to be' killed: the killed so far",
    ),
    (
        "Two men were killed. Police questioned the third person in the car.",
        P,
        [fig(K, 2)],
        "(guard) 'the third person' with no killing after it counts no toll",
    ),
    (
        "A gunman wounded two people on Friday. The second victim died in hospital on Sunday.",
        P,
        [fig(W, 2)],
        "(guard) 'the second victim died': one of the story's people, no toll of the year",
    ),
    (
        "Gunmen killed four aid workers on Monday, a setback for the year-long relief effort.",
        P,
        [fig(K, 4, date="2023-03-13", period=None, cumulative=False)],
        "(guard) 'for the year-long effort' is no period",
    ),
    (
        "Road crashes kill about 1,500 people in the country every year.",
        P,
        [fig(K, 1500, "about", date=None, cumulative=True)],
        "a count 'every year' is a rate, no incident's",
    ),
    (
        "At least 30 civilians have been killed by landmines in the province and 75 injured.",
        P,
        [fig(K, 30, "at_least", cumulative=True), fig(W, 75, cumulative=True)],
        "a member whose verb is left out past the figure's cause and place shares its tense",
    ),
    (
        "The bus left at 6 a.m. and a day later 40 passengers were injured in a crash.",
        P,
        [fig(W, 40, cumulative=False)],
        "(guard) 'a day later' is no rate",
    ),
    (
        (
            "Fighters killed at least 27 people in an attack on the village on Saturday, a rights "
            "group said. A witness said the fighters entered the village late on Friday and "
            "opened fire on residents."
        ),
        P,
        [fig(K, 27, "at_least", date="2023-03-11")],
        "a count whose sentence tells the attack keeps its day beside its start told later",
    ),
    (
        (
            "Divers recovered 19 more bodies on Monday from a ferry on the river, taking the "
            "number of people killed to 37, officials said. The launch overturned in a storm on "
            "Sunday afternoon with about 150 passengers on board."
        ),
        P,
        [fig(K, 19, date="2023-03-12"), fig(K, 37, date="2023-03-12")],
        "(guard) 'the number of people killed' tells no attack: the incident's day dates the toll",
    ),
    (
        "Two soldiers were killed on Monday and each day the fighting grows worse, the army said.",
        P,
        [fig(K, 2, date="2023-03-13", cumulative=False)],
        "(guard) 'each day' of another clause makes no rate",
    ),
    (
        "Two people died on Monday, the first deaths in a year.",
        P,
        [fig(K, 2, date="2023-03-13", cumulative=False)],
        "(guard) 'in a year' is a span, no rate",
    ),
    (
        "Malaria kills about 400 children a year in the district.",
        P,
        [fig(K, 400, "about", cumulative=True)],
        "'a year' before a place is a rate",
    ),
    (
        (
            "Floods hit the district on Monday, killing 12 people. About 3,000 people had fled "
            "to temporary shelters."
        ),
        P,
        [fig(K, 12, date="2023-03-13"), fig(DISP, 3_000, "about", date="2023-03-13")],
        "the displaced of the story's incident take its day",
    ),
    (
        "Gunmen killed 5 villagers on Monday. The conflict has displaced 2 million people.",
        P,
        [fig(K, 5, date="2023-03-13"), fig(DISP, 2_000_000, date=None)],
        "(guard) a war's displaced keep no incident's day",
    ),
    (
        (
            "Two buses were swept into the river after a landslide struck the road early this "
            "morning, police said. Police said 63 people were feared missing."
        ),
        P,
        [fig(M, 63, date="2023-03-16")],
        "'this morning' in a sentence before the first figure sets the story's day",
    ),
    (
        (
            "A man drove a car into a crowd at a festival on Monday evening, killing three people "
            "and injuring 20, police said. On Wednesday, prosecutors said a woman who had been in "
            "critical condition had died in hospital; nine of the injured remain in hospital."
        ),
        P,
        [
            fig(K, 3, date="2023-03-13"),
            fig(W, 20, date="2023-03-13"),
            fig(K, 1, date=None),
            fig(W, 9, date="2023-03-13"),
        ],
        "the state of the incident's people told on a statement's day is the incident's",
    ),
    (
        "Flash floods hit the province on Monday. At least 50 people have died in the floods.",
        P,
        [fig(K, 50, "at_least", date="2023-03-13", cumulative=True)],
        "a count so far of the story's own event takes its day",
    ),
    (
        "Gunmen killed 5 villagers on Monday. The insurgency has killed 40,000 people.",
        P,
        [fig(K, 5, date="2023-03-13"), fig(K, 40_000, date=None, cumulative=True)],
        "(guard) a war's count so far keeps no incident's day",
    ),
    (
        (
            "Floods hit Maiduguri on Monday, killing 30 people. Six months on, 120,000 people "
            "remain displaced in camps, IOM said."
        ),
        P,
        [fig(K, 30, date="2023-03-13"), fig(DISP, 120_000, date=None)],
        "(guard) the displaced months on are a stock with no incident's day",
    ),
    (
        (
            "The attack killed 12 people in Kila on Monday. The province hosts more than 500,000 "
            "internally displaced people."
        ),
        P,
        [fig(K, 12, date="2023-03-13"), fig(DISP, 500_000, "more_than", date=None)],
        "(guard) a province's hosted displaced are a stock",
    ),
    (
        (
            "A funeral will be held this afternoon for the victims of the bus crash. The crash "
            "killed 14 people and injured 30."
        ),
        P,
        [fig(K, 14, date=None), fig(W, 30, date=None)],
        "(guard) 'this afternoon' of a thing to come sets no story's day",
    ),
    (
        (
            "A minibus crashed on Monday, killing 9. Road accidents have killed 1,400 people in "
            "the province."
        ),
        P,
        [fig(K, 9, date="2023-03-13"), fig(K, 1_400, date=None, cumulative=True)],
        "(guard) events in general as the subject of a count so far keep no day",
    ),
]

EXAMPLES_DATELINES: list[Row] = [
    (
        (
            "Russia has now lost more than 6,000 pieces of heavy equipment, tally shows\n\n"
            "Russia has lost at least 6,024 pieces of military equipment since Feb. 24, according"
            " to Oryx, a Dutch open-source project."
        ),
        "2022-10-11",
        [
            fig(
                DEST,
                6_000,
                "more_than",
                claimed_by="Oryx",
                period=["2022-02-24", "2022-10-11"],
            ),
            fig(DEST, 6_024, "at_least", claimed_by="Oryx", period=["2022-02-24", "2022-10-11"]),
        ],
        "a headline's round number is its body twin's, whose source and period it takes (s. 57)",
    ),
    (
        (
            "DHAKA, March 16 (bdnews24.com) \u2013 At least eight people were killed when the "
            "cyclone made landfall late on Tuesday."
        ),
        P,
        [fig(K, 8, "at_least", subject="people", date="2023-03-14")],
        "an outlet of several tokens in a dateline's brackets",
    ),
    (
        "NAIROBI, March 16 - At least 45 people were killed when a dam burst early on Monday.",
        P,
        [fig(K, 45, "at_least", subject="people", date="2023-03-13")],
        "a dateline's day yields to the incident's own, later in the sentence",
    ),
    (
        "BEIRUT, March 15 (Reuters) - Air strikes killed at least five people.",
        P,
        [fig(K, 5, "at_least", subject="people", date="2023-03-15")],
        "without a day of its own, the figure keeps the dateline's",
    ),
    (
        (
            "(Nairobi, March 16, 2023) - Soldiers executed at least 22 civilians in two villages"
            " on February 25, 2023, the group said today."
        ),
        P,
        [fig(K, 22, "at_least", subject="civilians", date="2023-02-25")],
        "a dateline wholly in brackets yields to the incident's day",
    ),
    (
        (
            "Troops killed at least 500 people in Moura between 2 and 5 February 2022, the"
            " report found. Witnesses said a helicopter opened fire on 3 February, killing 20."
        ),
        P,
        [
            fig(K, 500, "at_least", period=["2022-02-02", "2022-02-05"]),
            fig(K, 20, date="2022-02-03"),
        ],
        "a date with no year in the month of the full date told last takes its year",
    ),
    (
        (
            "Since the invasion on February 24, 2022, more than 10,000 civilians have been"
            " killed. On February 10, a drone strike killed five people."
        ),
        P,
        [
            fig(K, 10_000, "more_than", period=["2022-02-24", "2023-03-16"]),
            fig(K, 5, date="2023-02-10"),
        ],
        "(guard) a period's start is no full date the story's later dates take the year of",
    ),
    (
        (
            "A bomb killed 5 people on 2 February 2021, the worst in years. On 3 February, a"
            " second bomb killed four."
        ),
        "2021-02-16",
        [fig(K, 5, date="2021-02-02"), fig(K, 4, date="2021-02-03")],
        "(guard) a date of the last few weeks keeps the publication's reckoning",
    ),
    (
        ("The war began on 24 February 2022. On 12 March, a strike killed 20 civilians."),
        P,
        [fig(K, 20, date="2023-03-12")],
        "(guard) a date of another month keeps the publication's reckoning",
    ),
    (
        (
            "Soldiers killed at least 80 civilians in the town last week, residents said. The"
            " killings took place on March 7 after fighters attacked an army post."
        ),
        P,
        [fig(K, 80, "at_least", date="2023-03-07", period=None, cumulative=False)],
        "a later sentence telling the killings happen dates a count told 'last week'",
    ),
    (
        ("Air strikes have killed 150 people since last week. The strike took place on March 7."),
        P,
        [fig(K, 150, date=None, cumulative=True)],
        "(guard) a count up to now over the week keeps its period",
    ),
    (
        (
            "Rescue workers on Tuesday searched for survivors after a landslide tore through"
            " the town, killing at least 43, officials said. Heavy rains caused a river to"
            " overflow on Saturday night."
        ),
        P,
        [fig(K, 43, "at_least", date="2023-03-11")],
        "a figure in an 'after' clause of its event is not dated by the search's day",
    ),
    (
        "Police on Wednesday arrested three men after they killed two guards in the raid.",
        P,
        [fig("detained", 3, date="2023-03-15"), fig(K, 2, date="2023-03-15")],
        "(guard) an 'after' clause naming no event noun keeps the sentence's day",
    ),
    (
        (
            "The toll from Hurricane Helene has risen to at least 232, making it the deadliest"
            " hurricane to strike the U.S. mainland since Katrina in 2005. Helene made landfall"
            " late on March 2. Hurricane Milton was expected to hit the coast on Wednesday."
        ),
        P,
        [fig(K, 232, "at_least", date="2023-03-02", period=None, cumulative=True)],
        (
            "a comparison past an abbreviation gives no period; landfall dates the storm, a"
            " sentence of what is expected none"
        ),
    ),
    (
        (
            "Divers recovered 19 more bodies from the river. The launch overturned in a storm on"
            " Sunday afternoon, and the search will resume at dawn."
        ),
        P,
        [fig(K, 19, date="2023-03-12")],
        "(guard) a time to come in another clause leaves the sentence's day told",
    ),
    (
        (
            "A suicide bomber killed seven soldiers at an army post on Saturday. Jets bombed"
            " hideouts on Monday after the attack, killing eight people, officials said."
        ),
        P,
        [fig(K, 7, date="2023-03-11"), fig(K, 8, date="2023-03-13")],
        (
            "(guard) an 'after' clause with no verb of its event leaves the reprisal its day;"
            " an army post is no statement"
        ),
    ),
    (
        (
            "Gunmen killed 12 people in the town last weekend, residents said. The killings took"
            " place on March 11."
        ),
        P,
        [fig(K, 12, date="2023-03-11", period=None)],
        "(guard) 'last weekend' is no week the killings' day is read into",
    ),
    (
        (
            "Police arrested 40 suspects last week in connection with the attack. The killings"
            " took place on March 7."
        ),
        P,
        [fig("detained", 40, date=None, period=["2023-03-06", "2023-03-12"])],
        "(guard) arrests told last week keep the week",
    ),
    (
        (
            "Rescuers pulled 14 more bodies from the rubble on Wednesday, officials said. Mourners"
            " burst into tears on Tuesday as the first victims were buried."
        ),
        P,
        [fig(K, 14, date="2023-03-15")],
        "(guard) bursting into tears tells no event",
    ),
    (
        "Mar 16 (Reuters) - A drone attack killed 12 people as they waited to cross on Monday.",
        P,
        [fig(K, 12, subject="people", date="2023-03-13")],
        "a dateline of a day and an agency, no place, yields to the incident's day",
    ),
    (
        "09/03/2023 - Lower Shabelle: 3 soldiers killed in an IED strike.",
        P,
        [fig(K, 3, subject="soldiers", date="2023-03-09")],
        "(guard) a log's entry day with no agency is the incident's",
    ),
]

EXAMPLES_SPEAKERS: list[Row] = [
    (
        "Two passengers were killed and 11 hurt, the airline said.",
        P,
        [fig(K, 2, claimed_by="the airline"), fig(W, 11, claimed_by="the airline")],
        "a body with no agent's ending speaks: the airline",
    ),
    (
        "A teacher was stabbed to death, the school said in a statement.",
        P,
        [fig(K, 1, claimed_by="the school")],
        "a body with no agent's ending speaks: the school",
    ),
    (
        "According to state television, 30 people were killed and 64 injured.",
        P,
        [fig(K, 30, claimed_by="state television"), fig(W, 64, claimed_by="state television")],
        "a channel with its owner is a broadcaster, the source (was 'state')",
    ),
    (
        "Thirty people were killed, local radio said.",
        P,
        [fig(K, 30, claimed_by="local radio")],
        "a channel with its owner speaks: local radio",
    ),
    (
        "The strike killed 12 people in Gaza and Israel said it hit a Hamas base.",
        P,
        [fig(K, 12, claimed_by="Israel")],
        "the counted object of an active verb is no speaker; the source after its 'and' is",
    ),
    (
        "Local sources initially spoke of some 37 dead.",
        P,
        [fig(K, 37, "about", claimed_by="Local sources")],
        "'spoke of' a count names its speaker (session 45)",
    ),
    (
        "Peace talks of 2021 collapsed after 30 soldiers were killed in an ambush, the army said.",
        P,
        [fig(K, 30, subject="soldiers", claimed_by="the army")],
        "(guard, after a third review) 'talks of' a year is a noun, no speaker",
    ),
    (
        "The governor spoke to reporters after 12 people were killed.",
        P,
        [fig(K, 12, subject="people")],
        "(guard) 'spoke to' gives no count",
    ),
    (
        "Thirty people were killed, the governor told state television.",
        P,
        [fig(K, 30, claimed_by="the governor")],
        "(guard) a broadcaster told is the channel, the speaker the source",
    ),
    (
        (
            "Eight people were killed on Tuesday. It was the deadliest attack since the May 2022"
            " shooting at a school in Uvalde, where 19 children and two teachers were killed."
        ),
        P,
        [
            fig(K, 8, date="2023-03-14"),
            fig(K, 21, date=None, period=["2022-05-01", "2022-05-31"]),
            fig(K, 19, part=True),
            fig(K, 2, part=True),
        ],
        "an old event a comparison names by its month and year counts its dead in that month",
    ),
    (
        (
            "The death toll from Friday's pipeline explosion climbed to 89 on Sunday."
            " Authorities initially reported 66 dead on Saturday morning."
        ),
        P,
        [fig(K, 89, date="2023-03-10"), fig(K, 66, date="2023-03-10")],
        "a count reported on a day and its part of day is the report's day, not the incident's",
    ),
    (
        (
            "Five people died in the fire. Firefighters said three residents of the building"
            " were killed last year in a similar blaze."
        ),
        P,
        [fig(K, 5, claimed_by=None), fig(K, 3)],
        "(guard, after a second review) 'three residents of the building': no part of the lead",
    ),
    (
        (
            "JUBA: Some 2,000 South Sudanese refugees crossed into Uganda on Monday, saying armed"
            " men had burned their villages."
        ),
        P,
        [fig(REF, 2000, "about", claimed_by=None)],
        (
            "(guard, after a second review) a count is no subject of 'saying'; a city's dateline"
            " before a colon is no label's source (session 51: the lexicon knows the city)"
        ),
    ),
    (
        (
            "Police revise mosque blast toll to 84\nPESHAWAR: The provincial police on Thursday"
            " revised the death toll from the bombing to 84, saying the figure of 101 given"
            " earlier had counted some victims twice."
        ),
        P,
        [
            fig(K, 84, claimed_by="The provincial police"),
            fig(K, 84, claimed_by="The provincial police"),
        ],
        "a dateline in capitals before its colon is no subject of a 'saying'",
    ),
    (
        (
            "At least 35 people were killed, according to a provisional toll from the"
            " provincial government."
        ),
        P,
        [fig(K, 35, "at_least", claimed_by="the provincial government")],
        "'according to a provisional toll from' the body that gave it",
    ),
    (
        (
            "Four people were killed and four others injured when a crane toppled. Fire"
            " Department spokesperson Kristin Tinsley said two of the dead were ironworkers."
        ),
        P,
        [
            fig(K, 4, claimed_by="Fire Department spokesperson Kristin Tinsley"),
            fig(W, 4, claimed_by="Fire Department spokesperson Kristin Tinsley"),
            fig(K, 2, part=True),
        ],
        "a lead's source named in the next sentence with some of the lead's dead: no rival count",
    ),
    (
        (
            "Four people were killed and four others injured when a crane toppled. Fire"
            " Department spokesperson Kristin Tinsley said six of the dead were ironworkers."
        ),
        P,
        [fig(K, 4, claimed_by=None), fig(W, 4, claimed_by=None), fig(K, 6)],
        "(guard) more of the dead than the lead counted is a rival count: the lead keeps no source",
    ),
    (
        "About 343,000 people were newly displaced, mainly from Al Jazirah and Sennar states.",
        P,
        [fig(DISP, 343_000, "about", claimed_by=None)],
        "the object of a preposition before 'states' is no speaker",
    ),
    (
        "Doctors at Dhaka Medical College Hospital said they had treated 1,000 injured people.",
        P,
        [fig(W, 1000, claimed_by="Doctors at Dhaka Medical College Hospital")],
        "a speaker's place after 'at' belongs to the speaker",
    ),
    (
        "Sources inside Insein Prison told the outlet that 12 inmates were killed.",
        P,
        [fig(K, 12, claimed_by="Sources inside Insein Prison")],
        "a speaker's place after 'inside' belongs to the speaker",
    ),
    (
        "A source close to the family told AFP that two of the hostages had died.",
        P,
        [fig(K, 2, claimed_by="A source close to the family")],
        "a speaker 'close to' a body: the speaker with the body",
    ),
    (
        (
            "Director General of Inter-Services Public Relations Maj Gen Asim Bajwa told reporters"
            " that seven attackers were killed."
        ),
        P,
        [fig(K, 7, claimed_by="Inter-Services Public Relations Maj Gen Asim Bajwa")],
        "a title too long to read whole before a name: the source is its end",
    ),
    (
        (
            "At least 43 people were killed in the attack. The toll was given on Sunday by civil"
            " society."
        ),
        P,
        [fig(K, 43, "at_least", claimed_by="civil society")],
        "a sentence naming who gave the toll, its day before 'by'",
    ),
    (
        (
            "A local human rights group, the Committee for Peace and Development, had earlier put"
            " the toll at 110."
        ),
        P,
        [fig(K, 110, claimed_by="A local human rights group", cumulative=True)],
        "a source before an appositive and 'had earlier' puts the toll",
    ),
    (
        "The figures were up from a toll of 492 dead and 1,645 injured that his ministry gave.",
        P,
        [
            fig(K, 492, claimed_by="his ministry", cumulative=True),
            fig(W, 1645, claimed_by="his ministry"),
        ],
        "a relative clause names who gave the total before it",
    ),
    (
        (
            "An Israeli strike killed at least 40 people in a displacement camp that Israel had"
            " placed inside a humanitarian zone, the Gaza civil defence agency said."
        ),
        P,
        [fig(K, 40, "at_least", claimed_by="the Gaza civil defence agency")],
        "(guard) a relative clause about no total names no source",
    ),
    (
        (
            "A local aid worker who was not authorized to speak to the media told reporters"
            " that at least 200 people were killed."
        ),
        P,
        [fig(K, 200, "at_least", claimed_by="A local aid worker")],
        "a speaker of one person before a relative clause that ends on a noun: the speaker",
    ),
    (
        "Some 2 million people are displaced, the highest number ever recorded, the agency said.",
        P,
        [fig(DISP, 2_000_000, "about", claimed_by="the agency", cumulative=True)],
        "a count keeper's participle after the count's noun is no claim",
    ),
    (
        "A car bomb killed 11 people on Monday, the Syrian Civil Defence (White Helmets) said.",
        P,
        [fig(K, 11, claimed_by="the Syrian Civil Defence (White Helmets)", date="2023-03-13")],
        "a name in brackets between the source and its verb, kept with it",
    ),
    (
        "Rescuers pulled 19 bodies from the mine on Friday, the local prefect said.",
        P,
        [fig(K, 19, claimed_by="the local prefect", date="2023-03-10")],
        "a prefect speaks",
    ),
    (
        (
            "Bombers struck a market, killing 14 people, militia leader Musa Bello told AFP, while"
            " the state emergency agency put the toll at nine."
        ),
        P,
        [
            fig(K, 14, claimed_by="militia leader Musa Bello"),
            fig(K, 9, claimed_by="the state emergency agency", cumulative=True),
        ],
        "a body's description after a person's name is another source",
    ),
    (
        "A village elder who reached the town across the river told reporters 16 people died.",
        P,
        [fig(K, 16, claimed_by="A village elder")],
        "a relative clause between a speaker and the verb is not the speaker",
    ),
    (
        "The ombudsman said his office had counted 19 bodies.",
        P,
        [fig(K, 19, claimed_by="The ombudsman")],
        "a count keeper named by the speaker's possessive is the speaker",
    ),
    (
        "CORRESPONDENT: Six people were killed when the roof collapsed.",
        P,
        [fig(K, 6)],
        "a transcript's speaker label is the outlet's own voice, no source",
    ),
    (
        "But the diocese issued a statement saying 9 worshippers were killed.",
        P,
        [fig(K, 9, claimed_by="the diocese")],
        "a conjunction opening the sentence is no part of the source",
    ),
    (
        "165 killed per NUG; 40 wounded.",
        P,
        [fig(K, 165, claimed_by="NUG"), fig(W, 40, claimed_by="NUG")],
        "'per' before an acronym, wherever it stands",
    ),
    (
        "2 protesters killed, 31 injured, 104 arrested (KNCHR).",
        P,
        [
            fig(K, 2, subject="protesters", claimed_by="KNCHR"),
            fig(W, 31, claimed_by="KNCHR"),
            fig(D, 104, claimed_by="KNCHR"),
        ],
        "a coder's source in brackets closing the clause",
    ),
    (
        "Rebels of the Patriotic Front (FPMR) killed 5 soldiers.",
        P,
        [fig(K, 5, subject="soldiers", claimed_by=None)],
        "a name's own acronym in brackets is no source",
    ),
    (
        "At least 30 people were killed at the market, a local emergency response room said.",
        P,
        [fig(K, 30, "at_least", subject="people", claimed_by="a local emergency response room")],
        "Sudan's emergency response rooms are sources",
    ),
    (
        "Blast at mosque; per police 9 dead, 21 wounded. Local residents report 15 killed.",
        P,
        [
            fig(K, 9, claimed_by="police"),
            fig(W, 21, claimed_by="police"),
            fig(K, 15, claimed_by="Local residents"),
        ],
        "'per' after a semicolon with an agency's noun; 'report' after plural speakers",
    ),
    (
        "Two men were shot dead in Southeast, according to D.C. police.",
        P,
        [fig(K, 2, subject="men", claimed_by="D.C. police")],
        "initials inside a source named after 'according to'",
    ),
    (
        "LIVE: At least 7 killed in strike on Odesa port, governor says",
        P,
        [fig(K, 7, "at_least", claimed_by="governor")],
        "a page's own label in capitals is no source",
    ),
    (
        "Myanmar: 40 villagers killed in military airstrike - rights group",
        P,
        [fig(K, 40, subject="villagers", claimed_by="rights group")],
        "a headline's source after a spaced dash",
    ),
    (
        (
            "The air force said Russia launched 128 drones overnight. Air defences downed 98"
            " drones, it said."
        ),
        P,
        [fig(DEST, 98, subject="drones", claimed_by="The air force")],
        "'it said' stands for a source named in a sentence with no figure of its own",
    ),
    (
        (
            "The air force said Russia launched 128 drones on Monday. Air defences downed 98"
            " drones, it said."
        ),
        P,
        [fig(DEST, 98, subject="drones", claimed_by="The air force", date="2023-03-13")],
        "'it said' stands for a source named in a sentence read for its day only",
    ),
    (
        "The blast killed 31 people, police and medical sources said.",
        P,
        [fig(K, 31, subject="people", claimed_by="police and medical sources")],
        "two sources joined by 'and', the second of two words: one statement",
    ),
    (
        "A drone attack killed 12 people on Monday, four witnesses, activists and a diplomat said.",
        P,
        [fig(K, 12, claimed_by="four witnesses, activists and a diplomat")],
        "a list of sources with commas: one statement",
    ),
    (
        "Soldiers killed at least 80 civilians, residents and a health worker told AFP.",
        P,
        [fig(K, 80, "at_least", claimed_by="residents and a health worker")],
        "a second source with an article after 'and'",
    ),
    (
        "According to residents and a health worker, 12 people were killed.",
        P,
        [fig(K, 12, claimed_by="residents and a health worker")],
        "two sources after 'according to'; the second no victim",
    ),
    (
        "In the past week alone, UNHCR teams at the Adre crossing registered 4,200 new arrivals.",
        P,
        [fig("refugees", 4200, claimed_by="UNHCR teams at the Adre crossing")],
        "the body named before its speakers at a place",
    ),
    (
        "Troops killed 500 people, according to a report published today by the UN rights office.",
        P,
        [fig(K, 500, claimed_by="the UN rights office")],
        "a document published by its issuer, past its day",
    ),
    (
        "Gunmen killed 12 villagers, residents and a local official said.",
        P,
        [fig(K, 12, claimed_by="residents and a local official")],
        "(guard) the counted victims before a list of sources are none of them",
    ),
    (
        "Gunmen shot dead two residents and a witness said the attackers fled.",
        P,
        [fig(K, 2, claimed_by="a witness")],
        "(guard) a counted object before 'and a' is no source",
    ),
    (
        "In Gaza City MSF staff at Al-Shifa hospital said 40 people had died.",
        P,
        [fig(K, 40, claimed_by="staff at Al-Shifa hospital")],
        "(guard) a place after a preposition is no body of speakers at a place",
    ),
    (
        "According to the report released Tuesday, attacks by militias killed 40 people.",
        P,
        [fig(K, 40, claimed_by=None)],
        "(guard) an issued document's 'by' within its clause only",
    ),
    (
        (
            "The rains have left 90 people dead, according to the latest bulletin from the state"
            " Civil Defense. The agency also reports 132 people missing."
        ),
        P,
        [
            fig(K, 90, claimed_by="the state Civil Defense"),
            fig("missing", 132, claimed_by="the state Civil Defense"),
        ],
        "a document's issuer past the word that says which issue it is",
    ),
    (
        'Quote from Popko: "As of 09:00, 33 people have been confirmed dead in Kyiv."',
        P,
        [fig(K, 33, claimed_by="Popko")],
        "a quote's label names its speaker",
    ),
    (
        'Quote from Kharkiv: "Three of our neighbours were killed last night," a resident said.',
        P,
        [fig(K, 3, claimed_by="a resident")],
        "(guard) a speaker in the sentence beats a quote's label",
    ),
    (
        'Quote from Ukraine: "At least 12 civilians were killed in the shelling."',
        P,
        [fig(K, 12, "at_least", claimed_by=None)],
        "(guard) a country is no quote's speaker",
    ),
    (
        "About 40,000 people have been killed, according to the latest toll of the Gaza war.",
        P,
        [fig(K, 40_000, "about", claimed_by=None)],
        "(guard) a document's modifier is skipped only before its issuer, not what it counts",
    ),
    (
        "Five people were killed, according to the",
        P,
        [fig(K, 5, claimed_by=None)],
        "(guard) a text that ends after 'according to the' names no source",
    ),
    (
        "In Kabul, police and residents said 12 people were killed.",
        P,
        [fig(K, 12, claimed_by="police and residents")],
        "(guard) a place before a comma is no source of the list",
    ),
    (
        "The toll stands at 71 soldiers killed and 12 wounded, per defence ministry.",
        P,
        [
            fig(K, 71, claimed_by="defence ministry"),
            fig(W, 12, claimed_by="defence ministry"),
        ],
        "'per' and a source in lower case that ends the sentence",
    ),
    (
        "Up to 40 people were killed, per day.",
        P,
        [fig(K, 40, "up_to", subject="people", claimed_by=None)],
        "'per' before a unit of time makes a rate, no source",
    ),
    (
        "The fishermen's association said 7 fishermen were killed.",
        P,
        [fig(K, 7, subject="fishermen", claimed_by="The fishermen's association")],
        "an association is a source",
    ),
    (
        ("Turkey, which already hosts 3.7 million Syrian refugees, has said it cannot take more."),
        P,
        [fig(REF, 3_700_000, claimed_by=None)],
        "a figure in an aside between a source and its verb is not what the source says",
    ),
    (
        "The Interior Ministry now says 45 people were killed.",
        P,
        [fig(K, 45, subject="people", claimed_by="The Interior Ministry")],
        "an adverb between the source and its verb",
    ),
    (
        (
            "The Syrian Observatory for Human Rights, a Britain-based monitor, has documented "
            "120 deaths."
        ),
        P,
        [fig(K, 120, claimed_by="The Syrian Observatory for Human Rights")],
        "a count keeper after an appositive and 'has'",
    ),
    (
        "Officials in eastern Libya said 2,000 people had died.",
        P,
        [fig(K, 2000, claimed_by="Officials in eastern Libya")],
        "'in' and a direction inside a source: not the place alone",
    ),
    (
        "The number of people confirmed dead rose to 37, city officials said.",
        P,
        [fig(K, 37, claimed_by="city officials")],
        "'confirmed dead' is a participle, no claim by the people",
    ),
    (
        "Poland has registered 950,000 refugees, according to Eurostat.",
        P,
        [fig(REF, 950_000, claimed_by="Eurostat")],
        "a country that registers refugees hosts them: no source",
    ),
    (
        "M23 says fewer than 100 were killed.",
        P,
        [fig(K, 100, "fewer_than", claimed_by="M23")],
        "a name with digits glued to it",
    ),
    (
        "A spokesman said dozens of people had been killed.",
        P,
        [fig(K, None, "vague", subject="people", claimed_by="A spokesman")],
        "a speaker is no counted person: the vague count after 'said' is the figure",
    ),
    (
        "Two journalists were killed, the Committee to Protect Journalists said.",
        P,
        [fig(K, 2, claimed_by="the Committee to Protect Journalists")],
        "'to' between capitals stays inside a source's name",
    ),
    (
        "Norwegian Refugee Council: More than 110,000 people have been displaced.",
        P,
        [fig(DISP, 110_000, "more_than", claimed_by="Norwegian Refugee Council")],
        "a label before a colon names the source of its sentence",
    ),
    (
        "OCHA Flash Update No. 4: Since the floods began, 344 people have died. 156 are missing.",
        P,
        [fig(K, 344, claimed_by="OCHA"), fig(M, 156, claimed_by="OCHA")],
        "a release's name and number after the source, carried to its paragraph",
    ),
    (
        "Sudanese Armed Forces statement: Our forces killed more than 300 rebels.",
        P,
        [fig(K, 300, "more_than", claimed_by="Sudanese Armed Forces")],
        "'statement' after the source's name",
    ),
    (
        "TWA Flight 841: Bomb kills 88 on jetliner.",
        P,
        [fig(K, 88, claimed_by=None)],
        "a label of the event names no source",
    ),
    (
        "The number of Ukrainian refugees recorded globally stands at 6.7 million.",
        P,
        [fig(REF, 6_700_000, claimed_by=None)],
        "a participle inside 'the number of ...' has no subject that claims",
    ),
    (
        (
            "Officers found several victims at the scene, police spokeswoman Ana Ruiz said. "
            "Two men were pronounced dead there."
        ),
        P,
        [fig(K, 2, claimed_by="police spokeswoman Ana Ruiz")],
        "a source named in a sentence without figures speaks for the rest of its paragraph",
    ),
    (
        "The U.N. mission has documented 212 killings of civilians since January.",
        P,
        [fig(K, 212, claimed_by="The U.N. mission", cumulative=True)],
        "the subject of a verb that keeps a count claims it; initials inside the name",
    ),
    (
        "Nine deaths were recorded at the camp last week.",
        P,
        [fig(K, 9, claimed_by=None)],
        "a passive count names no claimant",
    ),
    (
        "At least 15 people died, a police official who spoke on condition of anonymity told AFP.",
        P,
        [fig(K, 15, "at_least", subject="people", claimed_by="a police official")],
        "a relative clause between the speaker and the verb",
    ),
    (
        "Per the health ministry, 212 people were wounded.",
        P,
        [fig(W, 212, subject="people", claimed_by="the health ministry")],
        "'per' before a source, like 'according to'",
    ),
    (
        "Two people were wounded, per a statement from police.",
        P,
        [fig(W, 2, subject="people", claimed_by="police")],
        "'a statement from' names who made it",
    ),
    (
        "The ministry said in a statement from its Kyiv office that 4 tanks were destroyed.",
        P,
        [fig(DEST, 4, subject="tanks", claimed_by="The ministry")],
        "'said in a statement from' keeps the speaker named before",
    ),
    (
        "Gunners fire 40 shells per day, and 3 soldiers were killed.",
        P,
        [fig(K, 3, subject="soldiers", claimed_by=None)],
        "'per day' names no source",
    ),
    (
        (
            "Bakura Musa, a counter-insurgency analyst who publishes security updates on the "
            "North-east, put the death toll at 14."
        ),
        P,
        [fig(K, 14, claimed_by="Bakura Musa")],
        "a speaker's description with a relative clause may run long between name and verb",
    ),
    (
        (
            "Police arrested a man, his wife and a neighbour who had sheltered the gunmen for "
            "several weeks, said Ahmed Ali, a police spokesman."
        ),
        P,
        [fig(D, 3, claimed_by="Ahmed Ali")],
        "(guard) a list's last member with a relative clause is no speaker's description",
    ),
    (
        (
            "Five soldiers were killed near Kidal, a town which has been under the control of the "
            "rebels since 2012, said army spokesman Souleymane Dembele."
        ),
        P,
        [fig(K, 5, claimed_by="army spokesman Souleymane Dembele")],
        "(guard) a place described with a relative clause is no speaker",
    ),
    (
        (
            "Kharkiv, a city that has been shelled almost daily since the start of the war, has "
            "recorded 35 civilian deaths this month."
        ),
        P,
        [fig(K, 35, claimed_by=None)],
        "(guard) a place opening the sentence, described as a city, is no speaker",
    ),
    (
        (
            "Hospital officials, speaking on condition of anonymity because they were not "
            "authorized to brief reporters, said 17 people were killed."
        ),
        P,
        [fig(K, 17, claimed_by="Hospital officials")],
        "a long participle clause between the speaker and the verb",
    ),
    (
        (
            "The rights group, which first documented 66 deaths, including children, said "
            "the count was 82."
        ),
        P,
        [fig(K, 66, claimed_by=None), fig(K, 82, claimed_by="The rights group")],
        "a part told in an aside is no speaker: the head before the relative clause speaks",
    ),
    (
        "Local officials, including the mayor, said 12 people were killed in the attack.",
        P,
        [fig(K, 12, claimed_by="Local officials")],
        "(guard, after a review) the subject before a part's aside speaks",
    ),
    (
        "Rescue workers have recovered 31 bodies, the civil defence said.",
        P,
        [fig(K, 31, claimed_by="the civil defence")],
        "a rescue service named in lower case speaks",
    ),
    (
        (
            "Strikes kill 14 civilians in Idlib, monitor says\n\n"
            "Air strikes killed 14 civilians in Idlib on Sunday, the Syrian Observatory "
            "for Human Rights said."
        ),
        P,
        [
            fig(K, 14, claimed_by="the Syrian Observatory for Human Rights"),
            fig(K, 14, claimed_by="the Syrian Observatory for Human Rights"),
        ],
        "a headline's 'monitor says' is the source its body twin names",
    ),
    (
        "Some 3,000 families were displaced last week, the UN migration agency (IOM) said.",
        P,
        [fig(DISP, 3000, "about", claimed_by="the UN migration agency (IOM)")],
        "an acronym in brackets between the speaker and the verb, kept with its name",
    ),
    (
        "Soldiers arrested 19 people overnight, the Lawyers' Union for Human Rights said.",
        P,
        [fig(D, 19, claimed_by="the Lawyers' Union for Human Rights")],
        "a plural possessive inside a name",
    ),
    (
        "An AFP tally based on official figures puts the death toll at 1,200.",
        P,
        [fig(K, 1200, claimed_by="AFP", cumulative=True)],
        "the owner of a tally, past what the tally rests on; 'An' is no count",
    ),
    (
        "A Reuters count based on hospital records found 60 dead.",
        P,
        [fig(K, 60, claimed_by="Reuters")],
        "the owner of a count that finds a number",
    ),
    (
        "A UN report based on interviews said 40 villagers were killed.",
        P,
        [fig(K, 40, subject="villagers", claimed_by="UN")],
        "the owner of a report that says a number",
    ),
    (
        (
            "More than 1.5 million people have been displaced, according to the UN, and"
            " nearly 3,000 civilians have been killed, according to a monitoring group."
        ),
        P,
        [
            fig(DISP, 1500000, "more_than", claimed_by="the UN"),
            fig(K, 3000, "nearly", claimed_by="a monitoring group"),
        ],
        "a claim that closes the clause before yields to the claim of the figure's own clause",
    ),
    (
        "According to WHO, 30 health workers have been killed since October.",
        P,
        [fig(K, 30, claimed_by="WHO", subject="health workers", cumulative=True)],
        "an acronym that spells a pronoun is a source",
    ),
    (
        "The attack, claimed by Islamic State, left 143 people dead, according to investigators.",
        P,
        [fig(K, 143, claimed_by="investigators", subject="people")],
        "'claimed by' gives who did it, not who counts",
    ),
    (
        "Aid agencies estimate that 500,000 people have fled.",
        P,
        [fig(DISP, 500_000, claimed_by="Aid agencies", cumulative=True)],
        "an estimate is a claim",
    ),
    (
        "Two people were killed on Saturday and another died of wounds on Monday.",
        P,
        [fig(K, 2, date="2023-03-11"), fig(K, 1, date="2023-03-13")],
        "a later figure's own date after it; the one before trails the figure before",
    ),
    (
        (
            "Three soldiers were killed on Tuesday, the army said, adding that eight others "
            "were wounded."
        ),
        P,
        [fig(K, 3, date="2023-03-14"), fig(W, 8, date="2023-03-14")],
        "a date that trails a figure is the incident's, not the statement's",
    ),
]
