"""
The clause reader's phenomena, one row per example (issue 11).

Our own sentences, written for this project in the registers figures appear
in: what hangs off a counted group, active forms with particles and results,
parts and breakdowns, sums, nominal forms, displacement and refugees,
equipment as ministries and trackers write it, claimants, dates and periods,
and the readings precision forbids.  The row format is the one of
``tests/cases/extraction.py``.
"""

from __future__ import annotations

from tests.cases.attributes import (
    EXAMPLES_DATELINES,
    EXAMPLES_RELATIVE,
    EXAMPLES_SINCE,
    EXAMPLES_SPEAKERS,
)
from tests.cases.care import (
    EXAMPLES_CARE,
    EXAMPLES_CARE_NO_FIGURE,
    EXAMPLES_CARE_OPENED,
    EXAMPLES_CARE_XFAIL,
)
from tests.cases.countries import EXAMPLES_COUNTRIES
from tests.cases.equipment import (
    EXAMPLES_AS_WRITTEN,
    EXAMPLES_AS_WRITTEN_NO_FIGURE,
    EXAMPLES_MEASURES,
    EXAMPLES_NOT_EQUIPMENT,
)
from tests.cases.executions import EXAMPLES_EXECUTIONS
from tests.cases.extraction import (
    CAPT,
    CAS,
    DEST,
    DISP,
    REF,
    D,
    K,
    M,
    P,
    Row,
    W,
    fig,
)
from tests.cases.flight import EXAMPLES_FLIGHT, EXAMPLES_FLIGHT_NO_FIGURE
from tests.cases.flight_words import EXAMPLES_FLIGHT_WORDS
from tests.cases.injuries import EXAMPLES_INJURIES
from tests.cases.joined import (
    EXAMPLES_COORDINATED,
    EXAMPLES_FRONTED,
    EXAMPLES_JOINED,
    EXAMPLES_LOSER,
)
from tests.cases.lists import EXAMPLES_LISTS
from tests.cases.modifiers import (
    EXAMPLES_MODIFIERS,
    EXAMPLES_MODIFIERS_XFAIL,
    EXAMPLES_MOVES_AND_NAMES,
)
from tests.cases.periods import (
    EXAMPLES_EVENT_DAYS,
    EXAMPLES_PERIOD_GUARDS,
    EXAMPLES_PERIODS,
    EXAMPLES_PERIODS_TOLD_WITH,
)
from tests.cases.probe64a import EXAMPLES_PROBE64A
from tests.cases.probe64b import EXAMPLES_PROBE64B
from tests.cases.probe64c import EXAMPLES_PROBE64C
from tests.cases.probe65f import EXAMPLES_PROBE65F
from tests.cases.probe65g import EXAMPLES_PROBE65G
from tests.cases.probe65i import EXAMPLES_PROBE65I
from tests.cases.refugee_stories import EXAMPLES_REFUGEE_STORIES
from tests.cases.review57 import EXAMPLES_REVIEW57
from tests.cases.review58 import EXAMPLES_REVIEW58
from tests.cases.review59 import EXAMPLES_REVIEW59
from tests.cases.review60 import EXAMPLES_REVIEW60
from tests.cases.review62a import EXAMPLES_REVIEW62A
from tests.cases.review62b import EXAMPLES_REVIEW62B
from tests.cases.review62c import EXAMPLES_REVIEW62C
from tests.cases.review62e import EXAMPLES_REVIEW62E
from tests.cases.review62f import EXAMPLES_REVIEW62F
from tests.cases.review64d import EXAMPLES_REVIEW64D
from tests.cases.review64e import EXAMPLES_REVIEW64E
from tests.cases.s63a import EXAMPLES_S63A
from tests.cases.s63b import EXAMPLES_S63B
from tests.cases.s63c import EXAMPLES_S63C
from tests.cases.s63d import EXAMPLES_S63D
from tests.cases.s63e import EXAMPLES_S63E
from tests.cases.s63f import EXAMPLES_S63F
from tests.cases.s63g import EXAMPLES_S63G
from tests.cases.s63j import EXAMPLES_S63J
from tests.cases.s63k import EXAMPLES_S63K
from tests.cases.session60 import EXAMPLES_SESSION60
from tests.cases.session61 import EXAMPLES_SESSION61
from tests.cases.session62 import EXAMPLES_SESSION62
from tests.cases.statements import EXAMPLES_STATEMENTS
from tests.cases.verbs import (
    EXAMPLES_CAPTURES,
    EXAMPLES_TOTAL_STATES,
    EXAMPLES_TRACKERS,
    EXAMPLES_VERBS,
)
from tests.cases.wholes import (
    EXAMPLES_AS_OF,
    EXAMPLES_GAPPED,
    EXAMPLES_WHEN,
    EXAMPLES_WHOLES,
    EXAMPLES_WHOLES_NO_FIGURE,
)

DAMG, ABAN = "equipment_damaged", "equipment_abandoned"

EXAMPLES_BETWEEN: list[Row] = [
    (
        (
            "Militants killed seven police guarding checkpoints. Five hospital cleaning staff"
            " were killed."
        ),
        P,
        [fig(K, 7, subject="police"), fig(K, 5)],
        "(guard, after a third review) a participle ends a force's compound; a place's compound",
    ),
    (
        "Both girls were held by the hands as they crossed.",
        P,
        [],
        "(guard, after a third review) 'held by' no captor holds no one",
    ),
    (
        (
            "Nine Kenyan police officers serving with the Haitian National Police and UN forces"
            " were killed."
        ),
        P,
        [fig(K, 9, subject="Kenyan police officers")],
        "a participle's complement may join two names with 'and' before the group's verb",
    ),
    (
        "Two soldiers were killed in the north on Monday, as well as 14 civilians.",
        P,
        [fig(K, 2, date="2023-03-13"), fig(K, 14, subject="civilians", date="2023-03-13")],
        "a member added past its figure's phrase of place and time",
    ),
    (
        (
            "Thirteen foreign soldiers \u2014 nine South Africans, three Malawians and one"
            " Uruguayan \u2014 serving with the mission were killed in the fighting."
        ),
        P,
        [
            fig(K, 13, subject="foreign soldiers"),
            fig(K, 9, subject="South Africans"),
            fig(K, 3, subject="Malawians"),
            fig(K, 1, subject="Uruguayan"),
        ],
        "a participle after a dashed aside of parts, before the verb",
    ),
    (
        (
            "Four employees (two Americans and two Poles) of a security company were killed"
            " in a road attack."
        ),
        P,
        [
            fig(K, 4, subject="employees"),
            fig(K, 2, subject="Americans"),
            fig(K, 2, subject="Poles"),
        ],
        "a prepositional phrase after a bracketed aside of parts, before the verb",
    ),
    (
        "Three police constables were killed in the ambush.",
        P,
        [fig(K, 3, subject="police constables")],
        "a people noun used as a modifier before another",
    ),
    (
        "Two sisters from the same village died in the blast.",
        P,
        [fig(K, 2, subject="sisters")],
        "a prepositional phrase before an intransitive verb",
    ),
    (
        "Four guards who were in the tower were killed by a rocket.",
        P,
        [fig(K, 4, subject="guards")],
        "'were in' inside a relative clause is no passive phrase",
    ),
    (
        "Six engineers who were abducted last week were found dead on Monday.",
        P,
        [fig(K, 6, subject="engineers", date="2023-03-13")],
        "the main clause's verb after a relative clause with its own trigger",
    ),
    (
        "Gunmen stormed the hotel, where more than 100 hostages were taken.",
        P,
        [fig(D, 100, "more_than", subject="hostages")],
        "hostages or captives 'taken' are detained, as 'took' or 'seized' them",
    ),
    (
        "Nine hostages were abducted and executed by the gang.",
        P,
        [fig(K, 9, subject="hostages")],
        "a death coordinated after a first trigger is what befell them",
    ),
    (
        "Eleven villagers, among them four women and a baby, were killed on Tuesday.",
        P,
        [
            fig(K, 11, subject="villagers", date="2023-03-14"),
            fig(K, 4, part=True, subject="women"),
            fig(K, 1, part=True),
        ],
        (
            "an aside between commas holds parts, not figures (each member a part, as readers"
            " code them; no part of their sum)"
        ),
    ),
    (
        "Six fighters thought to belong to the militia were killed in the raid.",
        P,
        [fig(K, 6, subject="fighters")],
        "a participle clause between group and verb",
    ),
    (
        "Two miners who had been trapped for days died in hospital.",
        P,
        [fig(K, 2, subject="miners")],
        "a relative clause before an intransitive verb",
    ),
    (
        "Nine pilgrims were killed late on Wednesday.",
        P,
        [fig(K, 9, subject="pilgrims", date="2023-03-15")],
        "a time phrase after the verb",
    ),
    (
        "About 40 farmers and several herders have died in the clashes.",
        P,
        [fig(K, 40, "about", subject="farmers"), fig(K, None, "vague", subject="herders")],
        "coordinated groups, one a noun the lexicon does not list",
    ),
    (
        "Twelve people, including a police officer were killed.",
        P,
        [fig(K, 12, subject="people"), fig(K, 1, part=True)],
        "a part named without its closing comma",
    ),
    (
        "Seven members of a family were killed and another injured.",
        P,
        [fig(K, 7, subject="members of a family"), fig(W, 1)],
        "a prepositional phrase after the group; 'another' with its group elided",
    ),
    (
        "Two girls aged 7 and 9 were killed.",
        P,
        [fig(K, 2, subject="girls")],
        "ages after the group are no counts",
    ),
    (
        "A woman was washed into the sea by a wave and drowned.",
        P,
        [fig(K, 1, subject="woman")],
        "a first verb phrase, then 'and' and the trigger",
    ),
    (
        "Three civilians were mistakenly killed in the strike.",
        P,
        [fig(K, 3, subject="civilians")],
        "an adverb among the auxiliaries",
    ),
]

EXAMPLES_ACTIVE: list[Row] = [
    (
        "PKK killed with bomb one Turkish soldier and 6 others were injured in Nusaybin.",
        P,
        [fig(K, 1, subject="Turkish soldier"), fig(W, 6, subject="others")],
        "an object shifted past a 'with' phrase of its verb's instrument",
    ),
    (
        "Gunmen killed on Tuesday two soldiers and yesterday wounded three police officers.",
        P,
        [
            fig(K, 2, subject="soldiers", date="2023-03-14"),
            fig(W, 3, subject="police officers", date="2023-03-15"),
        ],
        "an object shifted past its verb's day",
    ),
    (
        "The militants killed in cold blood three farmers.",
        P,
        [fig(K, 3, subject="farmers")],
        "an object shifted past 'in cold blood'",
    ),
    (
        "An 18-year-old was stabbed with a screwdriver by a Palestinian who fled.",
        P,
        [fig(W, 1)],
        "a 'with' phrase ends at a preposition: the doer after 'by' is no object (guard)",
    ),
    (
        "Two soldiers killed on Tuesday 3 km from the border were buried today.",
        P,
        [fig(K, 2, subject="soldiers")],
        "a count after a shifted phrase that counts no people is no object (guard)",
    ),
    (
        (
            "The attacker was overpowered by two firefighters who were on duty at the fair and was"
            " arrested minutes later."
        ),
        P,
        [],
        "past a group's own relative clause, a verb in the singular has another subject",
    ),
    (
        "Two policeman was killed and 22 others were wounded.",
        P,
        [fig(K, 2), fig(W, 22)],
        "a count with its verb in the singular, as second-language reports write it (guard)",
    ),
    (
        "The gunman killed with a rifle two guards.",
        P,
        [fig(K, 2, subject="guards")],
        "a verb with a shifted object is active: the group before it is no victim",
    ),
    (
        "She fled with her two daughters to a camp near the border.",
        P,
        [],
        "a 'with' phrase ends at no word that opens a group: her companions (guard)",
    ),
    (
        "Four soldiers lost their lives with a further two being injured.",
        P,
        [fig(K, 4, subject="soldiers"), fig(W, 2)],
        "'with a further two' opens a group, no instrument an object is shifted past (guard)",
    ),
    (
        "A soldier was killed and three others wounded on Sunday as a result of a bomb.",
        P,
        [fig(K, 1, subject="soldier"), fig(W, 3, subject="others")],
        "'as a result' after a day is no count a shifted object could be (guard)",
    ),
    (
        "A mob lynched two suspected thieves in the market.",
        P,
        [fig(K, 2, subject="suspected thieves")],
        "lynching kills; thieves are people",
    ),
    (
        "Militants behead four hostages",
        P,
        [fig(K, 4, subject="hostages")],
        "a headline's present tense",
    ),
    (
        "Police shot dead three protesters in the capital.",
        P,
        [fig(K, 3, subject="protesters")],
        "a verb with its particle before the object",
    ),
    (
        "The gunman shot and killed a guard and three customers.",
        P,
        [
            fig(K, 4, subject="guard and three customers"),
            fig(K, 1, part=True),
            fig(K, 3, part=True),
        ],
        "coordinated verbs, a list of objects: one sum",
    ),
    (
        "A man stabbed a shopkeeper to death in the market.",
        P,
        [fig(K, 1, subject="shopkeeper")],
        "a result after the object",
    ),
    (
        "Five people were burned to death in the fire.",
        P,
        [fig(K, 5, subject="people")],
        "a passive verb with its result",
    ),
    (
        "Three hikers were found dead on Tuesday.",
        P,
        [fig(K, 3, subject="hikers", date="2023-03-14")],
        "found dead",
    ),
    (
        "The blast left 12 dead and dozens wounded.",
        P,
        [fig(K, 12), fig(W, None, "vague")],
        "left ... dead and ... wounded",
    ),
    (
        "Two gunmen were shot dead after the attack killed nine people.",
        P,
        [fig(K, 2, subject="gunmen", side="perpetrator"), fig(K, 9, subject="people")],
        "attackers who die are a group of their own",
    ),
    (
        "Two bombs killed five people in the market.",
        P,
        [fig(K, 5, subject="people")],
        "a trigger with an object is active: the bombs are no victims",
    ),
    (
        "The attacker killed four worshippers before blowing himself up.",
        P,
        [fig(K, 4, subject="worshippers"), fig(K, 1, subject="himself", side="perpetrator")],
        "the attacker who dies is a group of its own",
    ),
    (
        "Commandos shot dead the soldier who went on a 17-hour rampage at the mall.",
        P,
        [fig(K, 1, subject="soldier", side="perpetrator")],
        "one who 'went on a rampage' in a relative clause is the attacker (session 45)",
    ),
    (
        (
            "A longtime city engineer opened fire inside the building, killing 12 people"
            " before he was fatally wounded in a gunbattle with police."
        ),
        P,
        [fig(K, 12, subject="people"), fig(K, 1, subject="he", side="perpetrator")],
        "'he' for one who opens the sentence by opening fire is the attacker (session 45)",
    ),
    (
        "A policeman opened fire on the gunmen before he was killed.",
        P,
        [fig(K, 1, subject="he")],
        "(guard, after a review) one who opens fire on attackers is no attacker",
    ),
    (
        "A police officer opened fire on the crowd, killing two people, before he was shot dead.",
        P,
        [fig(K, 2, subject="people"), fig(K, 1, subject="he")],
        "(guard) the force of law opening fire is no attacker",
    ),
    (
        (
            "A truck ploughed through the crowd, killing at least 84 people, before the"
            " driver was shot dead by police."
        ),
        P,
        [
            fig(K, 84, "at_least", subject="people"),
            fig(K, 1, subject="driver", side="perpetrator"),
        ],
        "'the' one the force of law kills 'before', after harm told, is the attacker (session 46)",
    ),
    (
        "A gunman killed seven people on Saturday before officers shot him dead.",
        P,
        [fig(K, 7, subject="people"), fig(K, 1, subject="him", side="perpetrator")],
        "'him' the force of law kills 'before', after harm told, is the attacker (session 46)",
    ),
    (
        "A gunman killed seven people on Saturday before police shot dead a bystander.",
        P,
        [fig(K, 7, subject="people"), fig(K, 1, subject="bystander")],
        "(guard) one the force of law kills, introduced with 'a', is no attacker",
    ),
    (
        "Two men argued on Sunday before the man was shot dead by police.",
        P,
        [fig(K, 1, subject="man")],
        "(guard) no harm told before 'before': no attack ended",
    ),
    (
        "The pilot of the helicopter that went down in the district of Kunar was killed.",
        P,
        [fig(K, 1)],
        "(guard, after a third review) one person after a place's name is still counted",
    ),
    (
        (
            "Witnesses said the 16-year-old was wounded in the leg by rubber bullets before"
            " soldiers shot him dead."
        ),
        P,
        [fig(W, 1, claimed_by="Witnesses"), fig(K, 1, subject="him", claimed_by="Witnesses")],
        "(guard, after a review) harm he suffered before the force of law killed him",
    ),
    (
        "Police fired live rounds, injuring at least 15 protesters, before officers shot him dead.",
        P,
        [fig(W, 15, "at_least", subject="protesters"), fig(K, 1, subject="him")],
        "(guard, after a review) harm the force of law did before it killed him",
    ),
]

EXAMPLES_PARTS: list[Row] = [
    (
        (
            "At least 1,000 people were killed. Of the dead, 386 were children, the report"
            " showed, while 1,634 people were injured."
        ),
        P,
        [
            fig(K, 1_000, "at_least"),
            fig(K, 386, subject="children", part=True),
            fig(W, 1_634),
        ],
        "the parts a sentence's opening names beside a figure it reads of its own (session 54)",
    ),
    (
        "Three of the hostages died in captivity.",
        P,
        [fig(K, 3, subject="the hostages")],
        "a partitive before an intransitive verb reports what befell them",
    ),
    (
        "Four of them later died of their wounds.",
        P,
        [fig(K, 4)],
        "'of them' with a later",
    ),
    (
        "Of the 30 injured, eight were children.",
        P,
        [fig(W, 30), fig(W, 8, part=True, subject="children")],
        "a breakdown is a part, not a new total (its part read since session 58)",
    ),
    (
        "The shelling killed 14 people, including two journalists.",
        P,
        [fig(K, 14, subject="people"), fig(K, 2, part=True)],
        "'including' names a part of the figure before",
    ),
    (
        "There were 9 reported injuries, including two serious ones and one critical injury.",
        P,
        [fig(W, 9, subject="reported injuries"), fig(W, 2, part=True), fig(W, 1, part=True)],
        "a nominal part after 'including' is no new count",
    ),
    (
        "Thirty people were hurt (six were kept in hospital, another 24 were slightly injured).",
        P,
        [fig(W, 30, subject="people"), fig(W, 24, part=True)],
        "a breakdown in brackets after a figure is a part of it",
    ),
    (
        "Twelve people (four of them treated in hospital and discharged) suffered minor injuries.",
        P,
        [fig(W, 12, subject="people")],
        "an aside in brackets before a verb of suffering",
    ),
    (
        "The drone strike killed three guards, one of them a teenager.",
        P,
        [fig(K, 3, subject="guards"), fig(K, 1, part=True)],
        "an appositive 'one of them' is part of the figure before",
    ),
    (
        "Three soldiers, 5 civilians and a police officer were killed.",
        P,
        [fig(K, 9), fig(K, 3, part=True), fig(K, 5, part=True), fig(K, 1, part=True)],
        "a list whose last member carries the verb: a reader sums it (9)",
    ),
    (
        "The gunman killed both her parents.",
        P,
        [fig(K, 2, subject="her parents")],
        "'both' counts two",
    ),
    (
        "The man killed his wife and two sons.",
        P,
        [fig("killed", 3, subject="wife and two sons"), fig(K, 1, part=True), fig(K, 2, part=True)],
        "a possessive object and a list after it",
    ),
    (
        "One of the wounded later died in hospital.",
        P,
        [fig(K, 1, subject="the wounded")],
        "a state used as a noun",
    ),
]

EXAMPLES_PARTS_MORE: list[Row] = [
    (
        "Police said six of the dead were raiders.",
        P,
        [fig(K, 6, subject="raiders", side="perpetrator")],
        "'N of the dead were' attackers names them, apart from the victims",
    ),
    (
        "Thirty-five civilians, 31 of them women, and seven soldiers were killed on Tuesday.",
        P,
        [fig(K, 35, subject="civilians"), fig(K, 7, subject="soldiers")],
        "a share of a list member set off by commas keeps the list going to its verb",
    ),
    (
        (
            "Nearly 9,000 people have reached Italy by sea since January. About 2,000 of them"
            " are children."
        ),
        P,
        [
            fig(REF, 9000, "nearly", period=["2023-01-01", P]),
            fig(REF, 2000, "about", part=True, subject="children", period=["2023-01-01", P]),
        ],
        "a sentence 'N of them are GROUP' after a figure counts a part of it",
    ),
    (
        "Militants killed 30 people on Friday. Twelve of them were women, the governor said.",
        P,
        [
            fig(K, 30, date="2023-03-10"),
            fig(K, 12, part=True, subject="women", claimed_by="the governor"),
        ],
        "a part's sentence may name its own source",
    ),
    (
        (
            "At least 40 people were killed and 120 wounded in the strikes, the ministry said."
            " Fifteen of them were children."
        ),
        P,
        [fig(K, 40, "at_least"), fig(W, 120)],
        "(guard, after a review) 'of them' after two categories is of neither",
    ),
    (
        "Militants killed 30 people on Friday. 40 of them were children.",
        P,
        [fig(K, 30, date="2023-03-10")],
        "(guard) no part is larger than its whole",
    ),
    (
        "Rebels killed 15 soldiers on Sept. 12, including four officers.",
        P,
        [fig(K, 15, date="2022-09-12"), fig(K, 4, part=True, date="2022-09-12")],
        "an abbreviated month's day between a figure and 'including' is a phrase of time",
    ),
    (
        "Gunmen killed 120 villagers on Sunday. In the wake of the deaths, 40 families fled.",
        P,
        [fig(K, 120), fig(DISP, 40, part=False)],
        "'the deaths' after 'wake of' names no whole of the dead",
    ),
    (
        "More than 10,000 civilians fled southbound on the coastal road.",
        P,
        [fig(DISP, 10_000, "more_than")],
        "a way driven alone makes no escape of a mass flight",
    ),
    (
        "All 40 miners had escaped serious injuries, the company said.",
        P,
        [],
        "'had' before a verb of its own carries no injury",
    ),
    (
        "The strike caused the deaths of the top 3 Hamas commanders.",
        P,
        [],
        "'the top 3' is no milestone",
    ),
    (
        "Tourist arrivals in Egypt rose to 14 million last year.",
        P,
        [],
        "arrivals are no total of refugees",
    ),
    (
        "The agency runs 12 displacement sites, bringing relief to 40,000 people.",
        P,
        [],
        "'displacement' before a site is a kind of place, no total",
    ),
    (
        "The strike killed 12 - plus three others who died in hospital.",
        P,
        [fig(K, 12), fig(K, 3)],
        "'- plus' apart from its number is no qualifier",
    ),
    (
        "Police recovered pieces of 2 downed drones.",
        P,
        [fig(DEST, 2)],
        "a number after 'pieces of' counts",
    ),
    (
        "Officials recorded the deaths of 12 people at 3 sites.",
        P,
        [fig(K, 12)],
        "a total 'at' a number needs no count told before 'at'",
    ),
    (
        "The two owners of the company, brothers aged 37 and 40, have been arrested.",
        P,
        [fig(D, 2)],
        "ages in an aside after an 'of' phrase are no counts of their own",
    ),
    (
        "Doctors at the hospital said 221 people had been brought in wounded.",
        P,
        [fig(W, 221)],
        "'brought in' before the state they came in",
    ),
    (
        "Officers found four deceased individuals inside the home.",
        P,
        [fig(K, 4)],
        "'deceased' before a counted group, as 'dead' ('his deceased body' stays one body)",
    ),
    (
        (
            "A man was beaten to death by a mob and another was attacked. The injured man "
            "is being treated in hospital."
        ),
        P,
        [fig(K, 1), fig(W, 1, subject="injured man")],
        (
            "a state after 'the' at the start of a group is a word of it (session 59: 'his"
            " companion was injured' now counts the companion, so the row names no one hurt before)"
        ),
    ),
    (
        (
            "SEMA said 19 others sustained serious injuries and 23 had minor injuries. Eleven "
            "people had their heads cut off in a second attack."
        ),
        P,
        [fig(W, 19), fig(W, 23), fig(K, 11)],
        "'had' with an injury is a verb of suffering; a phrase of death after it is its own",
    ),
    (
        "Terrorists attacked a checkpoint, resulting in the martyrdom of five soldiers.",
        P,
        [fig(K, 5, subject="soldiers")],
        "'the martyrdom of', as 'the death of'",
    ),
    (
        (
            "The Red Crescent said 10,100 people were missing. The WHO later revised its "
            "own tally to 3,958 deaths."
        ),
        P,
        [fig(M, 10_100), fig(K, 3958, cumulative=True)],
        "a bare total's noun after its number says what it counts",
    ),
    (
        "Rescuers evacuated 100 injured people to hospitals in the capital.",
        P,
        [fig(W, 100)],
        "the injured evacuated are the hurt, not the displaced",
    ),
    (
        (
            "The landslide killed 90 people. Of the fatalities, 55 were residents of the "
            "village. Three of the deaths occurred in a waiting shed."
        ),
        P,
        [fig(K, 90), fig(K, 55, part=True), fig(K, 3, part=True)],
        "'the fatalities' and 'the deaths' are wholes parts are told of",
    ),
    (
        "Forty people were injured in the blast. Ten of the injured remain in hospital.",
        P,
        [fig(W, 40), fig(W, 10, part=True)],
        "some of the state's people, where they remain",
    ),
    (
        (
            "The protests have left 39 people dead. Nairobi recorded the highest number of "
            "deaths at 17, followed by Nakuru with three."
        ),
        P,
        [fig(K, 39), fig(K, 17), fig(K, 3)],
        "a place's highest number 'recorded at', and the places ranked after it",
    ),
    (
        (
            "The toll has climbed to 1,061, the authority said. Sindh remained the worst-hit "
            "province with 347 deaths, followed by Khyber-Pakhtunkhwa with 226."
        ),
        P,
        [fig(K, 1061), fig(K, 347, part=True), fig(K, 226, part=True)],
        "a ranked place named with a hyphen",
    ),
    (
        "Sudan crisis: displacement in Darfur tops 149,000, UNHCR says",
        P,
        [fig(DISP, 149_000, "at_least", claimed_by="UNHCR")],
        "a headline's milestone of 'displacement', a total noun of the displaced",
    ),
    (
        "Displacement tops 8.5 million",
        P,
        [fig(DISP, 8_500_000, "at_least")],
        "'displacement' is a total of the displaced",
    ),
    (
        "Drought displaces over one million Somalis since 2021",
        P,
        [fig(DISP, 1_000_000, "more_than")],
        "a headline's present 'displaces'",
    ),
    (
        (
            "The number of people killed in Sunday's stabbings has been confirmed at 10, "
            "and 18 others were injured."
        ),
        P,
        [fig(K, 10, cumulative=True), fig(W, 18)],
        "a total 'confirmed at' its number",
    ),
    (
        "The death toll was estimated at 50.",
        P,
        [fig(K, 50, "about")],
        "a total 'estimated at' its number is about that many",
    ),
    (
        "The number of people registered as missing in Mexico has passed 111,000.",
        P,
        [fig(M, 111_000, "at_least")],
        "a total's group filed under its state after 'registered as'",
    ),
    (
        (
            "The Houthis said the downing brings to six the number of American drones it has "
            "brought down since November."
        ),
        P,
        [fig(DEST, 6, period=["2022-11-01", "2023-03-16"])],
        "a total's group with a phrase of its state ('brought down')",
    ),
    (
        "A further 1.85 million are estimated to be displaced inside Ukraine.",
        P,
        [fig(DISP, 1_850_000)],
        "'estimated to be' between a group and its state changes nothing",
    ),
    (
        "Russia has lost a staggering 1,700-plus tanks since the invasion began.",
        P,
        [fig(DEST, 1700, "at_least")],
        "'a staggering' before a count, and '-plus' after it",
    ),
    (
        "Russia lost a record 2,060 troops in a single day.",
        P,
        [fig(K, 2060)],
        "'a record' before a count is no word of the group",
    ),
    (
        (
            "The army displayed more than 30 pieces of Western-made military hardware "
            "captured by Russian troops."
        ),
        P,
        [fig(CAPT, 30, "more_than", subject="pieces of Western-made military hardware")],
        "'pieces of' goes on as 'units of' does",
    ),
    (
        "Police said 420 people were taken to a holding centre in Keamari.",
        P,
        [fig(D, 420)],
        "taken to a place of custody by its two words",
    ),
    (
        "More than 33,000 people have fled Haiti's capital in less than two weeks.",
        P,
        [fig(DISP, 33_000, "more_than")],
        "a place of the country, by its possessive, is no country left",
    ),
    (
        "In September alone, 93,000 people arrived in displacement sites around Baidoa.",
        P,
        [fig(DISP, 93_000)],
        "an arrival in a shelter is a stay there",
    ),
    (
        "Chad is now hosting more than 600,000 displaced from Sudan.",
        P,
        [fig(REF, 600_000, "more_than")],
        "a bare participle of displacement with where from: a host's refugees",
    ),
    (
        "The government vowed to rescue 20 kidnapped students held in the forest.",
        P,
        [fig(D, 20)],
        "a rescue intended frees no one",
    ),
    (
        "In 2014 thousands of people fled the fighting.",
        P,
        [fig(DISP, None, "vague")],
        "a year before a vague word is no count it belongs to",
    ),
    (
        (
            "Eight jawans of the District Reserve Guard (DRG) and a civilian driver were "
            "killed when their vehicle was blown up."
        ),
        P,
        [fig(K, 9), fig(K, 8, part=True), fig(K, 1, part=True), fig(DEST, 1)],
        "a list member's 'of' phrase, an acronym in brackets in it, keeps the list going",
    ),
    (
        "Rafah governorate is now hosting over one million displaced, the agency said.",
        P,
        [fig(DISP, 1_000_000, "more_than", subject="displaced")],
        "a host's count of the displaced, the participle its noun: displaced, not refugees",
    ),
    (
        (
            "Up to 1.9 million people in Gaza, or nearly 85 per cent of the population, are "
            "internally displaced."
        ),
        P,
        [fig(DISP, 1_900_000, "up_to")],
        "a share in an aside is no count of its own: the verb after it is the group's",
    ),
    (
        (
            "Since then, 609 aircraft, 1,348 multiple rocket launchers and 10,770 field "
            "artillery guns have been destroyed."
        ),
        P,
        [
            fig(DEST, 609, subject="aircraft"),
            fig(DEST, 1348, subject="multiple rocket launchers"),
            fig(DEST, 10_770),
        ],
        "a vague word right after a number is a word of its group",
    ),
    (
        "Seven other displaced people were wounded in the attack on the camp.",
        P,
        [fig(W, 7, subject="other displaced people")],
        "a state after 'other' and before its noun describes the group; the verb befell them",
    ),
    (
        (
            "At least 68 people were killed. Most of those killed were students between 11 "
            "and 15 years old."
        ),
        P,
        [fig(K, 68, "at_least")],
        "a range of ages after 'between' is no count",
    ),
    (
        "Two 19-year-old university students were found fatally stabbed in an apartment.",
        P,
        [fig(K, 2, subject="19-year-old university students")],
        "an age between a count and its noun is a word of the group",
    ),
    (
        "Two of the pedestrians were pronounced deceased at the scene.",
        P,
        [fig(K, 2)],
        "'pronounced deceased', a police word for the dead",
    ),
    (
        "Crews searched for days until his deceased body was located near the river.",
        P,
        [fig(K, 1)],
        "'deceased' before a noun is its adjective: the body counts",
    ),
    (
        "The victims, a 52-year-old woman and her 30-year-old son, were pronounced dead.",
        P,
        [fig(K, 2, subject="woman and her 30-year-old son")],
        "an appositive list, its second member aged, a comma before the verb (was strict xfail)",
    ),
    (
        "No casualties were reported in the attack on the base.",
        P,
        [fig(CAS, 0, subject="casualties")],
        "a zero of a noun that counts harm",
    ),
    (
        "No bodies have been recovered.",
        P,
        [],
        "no bodies found says nothing of the dead",
    ),
    (
        "Rescuers are searching for 30 others after the boat capsized.",
        P,
        [fig(M, 30, subject="others")],
        "people searched for are missing",
    ),
    (
        "Police are searching for two suspects.",
        P,
        [],
        "suspects searched for are sought, not missing",
    ),
    (
        "UNHCR has registered more than 60,000 new arrivals from Sudan in eastern Chad.",
        P,
        [fig(REF, 60_000, "more_than", claimed_by="UNHCR", location="eastern Chad")],
        "arrivals from another country are refugees",
    ),
    (
        "Fighting has uprooted 8 million people, including 1.8 million who have crossed into Chad.",
        P,
        [fig(DISP, 8_000_000), fig(REF, 1_800_000)],
        "a part of another category, a bare count with a relative clause of people",
    ),
    (
        "Of the 300 passengers, 200 were killed.",
        P,
        [fig(K, 200)],
        "the whole a part is of is no member of the part's list",
    ),
    (
        "Initial reports indicate several insurgents were killed in the strike.",
        P,
        [fig(K, None, "vague", claimed_by=None)],
        "a reporting word before a verb is a plural noun, no claim",
    ),
    (
        "Among the dead were a nurse, two paramedics and a journalist, the Red Crescent said.",
        P,
        [
            fig(K, 4, claimed_by="the Red Crescent"),
            fig(K, 1, part=True),
            fig(K, 2, part=True),
            fig(K, 1, part=True),
        ],
        "an inverted list names who were in a state: one figure of all its members",
    ),
    (
        "Those killed included eleven women and a baby.",
        P,
        [fig(K, 12), fig(K, 11, part=True), fig(K, 1, part=True)],
        "'those STATE included' opens the list, summed",
    ),
    (
        "The injured were taken to hospital.",
        P,
        [],
        "a state that is the subject's own opens no list",
    ),
    (
        "Twelve (12) persons were killed and five (5) others injured in the attack.",
        P,
        [fig(K, 12, subject="persons"), fig(W, 5, subject="other persons")],
        "a number in words, then its digits in brackets",
    ),
    (
        "Two suicide bombers detonated their vests, killing themselves and 9 civilians.",
        P,
        [fig(K, 2, side="perpetrator"), fig(K, 9, subject="civilians")],
        "'themselves': as many attackers as the subject counts; the victims after them",
    ),
    (
        "Floods in the region have killed at least 83 people, with 111 missing.",
        P,
        [
            fig(K, 83, "at_least", subject="people", cumulative=True),
            fig(M, 111, subject="people", cumulative=True),
        ],
        "'with N STATE' after a figure shares its clause",
    ),
    (
        "The interior ministry put the number of dead at 2,946 and the injured at 5,674.",
        P,
        [fig(K, 2946, cumulative=True), fig(W, 5674, cumulative=True)],
        "a second count the same verb puts, of another state",
    ),
    (
        "Five people were killed, including a woman and a boy, and three others were hurt.",
        P,
        [
            fig(K, 5, subject="people"),
            fig(K, 1, part=True),
            fig(K, 1, part=True),
            fig(W, 3, subject="other people"),
        ],
        "parts after 'including' are no members of the list the next verb ends",
    ),
    (
        "Eight were killed, among the dead two guards, and 12 were wounded.",
        P,
        [fig(K, 8), fig(K, 2, part=True), fig(W, 12)],
        "a part after 'among the dead' is not wounded",
    ),
    (
        "Two guards were killed and five hurt, in addition to 4 shoppers.",
        P,
        [fig(K, 2, subject="guards"), fig(W, 5), fig(W, 4, subject="shoppers")],
        "'in addition to' adds a trailing member to the figure before",
    ),
    (
        "Elders said at least 90 of the village's 200 inhabitants had died.",
        P,
        [fig(K, 90, "at_least", subject="inhabitants")],
        "a part of a whole counted with its owner: the part is the count",
    ),
    (
        "Two of its 40 crew were killed when the ship was hit.",
        P,
        [fig(K, 2, subject="crew")],
        "a part of a whole after a possessive",
    ),
    (
        (
            "Eleven people died that night, four of them students.\n\nA rights group said 210"
            " protesters had been killed as of 14 November, 31 of them under the age of 18."
            "\n\nThe province has recorded 512 deaths since mid-July, 96 of them children."
        ),
        P,
        [
            fig(K, 11, subject="people"),
            fig(K, 4, part=True),
            fig(K, 210, subject="protesters", claimed_by="A rights group"),
            fig(K, 31, part=True, claimed_by="A rights group"),
            fig(K, 512, cumulative=True, period=["2022-07-15", "2023-03-16"]),
            fig(K, 96, part=True, cumulative=True, period=["2022-07-15", "2023-03-16"]),
        ],
        (
            "an appositive 'of them' past a phrase of time with no preposition: 'that"
            " night', 'as of', 'mid-July' (session 58)"
        ),
    ),
    (
        (
            "At least 640 people have died in the floods. Of the dead, 215 were children, the"
            " agency said.\n\nOf the 38 injured, seven were police officers.\n\nThe"
            " crackdown left 420 people dead. Of the dead, 301 fell at the main square and 77 at"
            " the university, a spokesman said."
        ),
        P,
        [
            fig(K, 640, "at_least", subject="people"),
            fig(K, 215, part=True, subject="children", claimed_by="the agency"),
            fig(W, 38),
            fig(W, 7, part=True, subject="police officers"),
            fig(K, 420, subject="people"),
            fig(K, 301, part=True, claimed_by="a spokesman"),
            fig(K, 77, part=True, claimed_by="a spokesman"),
        ],
        (
            "a state told first, 'Of the dead, N were ...': some of its people, a part; the"
            " shares of the dead by place are no sum (session 58)"
        ),
    ),
    (
        (
            "The toll rose to 96. Of the dead, 40 have so far been identified.\n\nOf the"
            " 3,000 residents, 200 were killed."
        ),
        P,
        [fig(K, 96, cumulative=True), fig(K, 200)],
        (
            "'Of the dead, N have been identified' names no group; 'Of the 3,000 residents'"
            " is no state (guard, session 58)"
        ),
    ),
]

EXAMPLES_STOCKS: list[Row] = [
    (
        "Militants killed village chief Ali Musa and his brother.",
        P,
        [fig("killed", 2, subject="village chief Ali Musa and his brother")],
        "a title without an article before a name",
    ),
    (
        "Gunmen shot dead journalist Ahmed Khan outside his home.",
        P,
        [fig(K, 1, subject="journalist Ahmed Khan")],
        "a title of one word after an active phrase",
    ),
    (
        "The minister met journalist Ahmed Khan on Monday.",
        P,
        [],
        "a title and a name after no trigger",
    ),
    (
        "More than 30 journalists remain behind bars, the group said.",
        P,
        [fig(D, 30, "more_than", subject="journalists")],
        "held in prison is a detention",
    ),
    (
        "Police said John Smith, 34, and Mary Jones, 29, were killed.",
        P,
        [fig(K, 2)],
        "named people counted by their verb (their ages are no counts, and are not read)",
    ),
    (
        "Two other members, Kate Boyd and Carol Wilkes were injured in the blast.",
        P,
        [fig(W, 2)],
        "names after a counted group are its members, not more people",
    ),
    (
        "The school director in Kirkuk, Ibrahim Saleh, was killed by gunmen.",
        P,
        [fig(K, 1)],
        "a place and a name before a singular verb: one person",
    ),
    (
        "Hundreds missing after floods sweep coastal town",
        P,
        [fig("missing", None, "vague", vague="hundreds")],
        "a headline's count that opens it, then 'missing'",
    ),
    (
        "The Red Cross said 30 detainees were released and 12 remain missing.",
        P,
        [fig("missing", 12)],
        "detainees released tell no detention",
    ),
    (
        "Key figures:\n- Dead: 3\n- Missing: 12\n- Deaths in custody: 2\n- Status: 40",
        P,
        [fig(K, 3), fig("missing", 12), fig(K, 2)],
        "a line of figures under a label that is a state",
    ),
    (
        "The raid left two guards dead and three missing.",
        P,
        [fig(K, 2, subject="guards"), fig("missing", 3, subject="guards")],
        "a bare count 'missing' right after a figure of its clause",
    ),
    (
        "Villagers attended the funeral of a soldier on Sunday.",
        P,
        [fig(K, 1, subject="soldier")],
        "a funeral is of the dead",
    ),
    (
        "An avalanche buried two skiers, who were rescued.",
        P,
        [],
        "burying is no death",
    ),
    (
        "Gunmen killed 12 people on Saturday, and since then 40 have been arrested.",
        P,
        [fig(K, 12, subject="people", cumulative=False), fig(D, 40, cumulative=True)],
        "a period that opens the next clause is not the first clause's",
    ),
    (
        "The agency said 120,000 people had arrived in Armenia from the enclave.",
        P,
        [fig(REF, 120000, subject="people", location="Armenia", cumulative=True)],
        "an arrival in another country makes refugees, hosted there",
    ),
    (
        "Some 300 delegates arrived in the capital late on Friday.",
        P,
        [],
        "an arrival anywhere else is nothing",
    ),
    (
        "More than 700,000 Rohingya fled to Bangladesh in 2017.",
        P,
        [fig(REF, 700000, "more_than", subject="Rohingya", location="Bangladesh", cumulative=True)],
        "the host of a flight is where it went, named after the figure",
    ),
    (
        "Officials ordered the evacuation of 25,000 people ahead of the storm.",
        P,
        [fig(DISP, 25000, subject="people", cumulative=True)],
        "'the evacuation of' a group displaces it",
    ),
    (
        "Chad (600,000), Egypt (450,000) and South Sudan (300,000) host the most refugees.",
        P,
        [fig(REF, 600_000), fig(REF, 450_000), fig(REF, 300_000)],
        "stocks in parentheses after each host country",
    ),
    (
        "The number of refugees crossed the three-million mark last week.",
        P,
        [fig(REF, 3_000_000, "at_least")],
        "a milestone",
    ),
    (
        "The number of refugees rose to 2.1 million.",
        P,
        [fig(REF, 2_100_000)],
        "'the number of refugees' counts itself",
    ),
    (
        "Among the dead were Amina (16) and her cousin Musa (45).",
        P,
        [],
        "small numbers in brackets after names are ages, not stocks",
    ),
    (
        "Gunmen opened fire on two farmers, killing them both.",
        P,
        [fig(K, 2)],
        "a pronoun with 'both' counts two",
    ),
    (
        (
            "Insurgents ambushed two SUVs carrying four contractors through Fallujah on 3 March,"
            " killing them with grenades. Gunmen abducted 12 farmers and later killed them all."
        ),
        P,
        [
            fig(K, 4, subject="contractors", date="2023-03-03"),
            fig(D, 12, subject="farmers"),
            fig(K, 12, subject="farmers"),
        ],
        "'them' after a verb stands for the people counted before it, past days and things",
    ),
    (
        (
            "Three soldiers attacked the villagers, killing them. Police fired at two cars,"
            " wounding them."
        ),
        P,
        [],
        "(guard) 'them' for an uncounted plural of people, or for things: no count",
    ),
    (
        "Sixty-two people burned to death at the scene. Two men beat to death a shopkeeper.",
        P,
        [fig(K, 62, subject="people"), fig(K, 1, subject="shopkeeper")],
        "a verb 'to death' with no auxiliary and no object is the group's death (session 52)",
    ),
    (
        (
            "Police recovered 11 bodies that evening. Four more were found in the bush the next"
            " day. Divers pulled 232 bodies from the water, and another 44 were recovered from the"
            " hull."
        ),
        P,
        [fig(K, 11), fig(K, 4), fig(K, 232), fig(K, 44)],
        "more bodies, their noun left out, after bodies counted before (session 52)",
    ),
    (
        "Police recovered 11 bodies. Four more were found alive. Police arrested 11 men.",
        P,
        [fig(K, 11), fig(D, 11)],
        "(guard) more found alive, or no bodies counted before: no more dead",
    ),
    (
        "Among the dead are 22 foreigners. Two passers-by were wounded. The remainder were killed.",
        P,
        [fig(K, 22, subject="foreigners"), fig(W, 2)],
        "foreigners and passers-by are people; 'the remainder' counts no one (session 52)",
    ),
    (
        (
            "Seven men were locked in a house and burned alive. UN monitors who reached the"
            " village the day after the killings counted 108 victims."
        ),
        P,
        [fig(K, 7, subject="men"), fig(K, 108, subject="victims")],
        (
            "a second verb's phrase past the first's place; victims counted in a story of"
            " killings are the dead (session 52)"
        ),
    ),
    (
        "Doctors treated 40 victims. Police counted 40 victims of the fraud.",
        P,
        [fig(W, 40, subject="victims")],
        "(guard) victims counted in no story of deaths are no dead",
    ),
    (
        "At least 18 internally displaced persons were killed when the camp was shelled.",
        P,
        [fig(K, 18, "at_least")],
        "an adverb of the group's state before its noun stays in the group (session 52)",
    ),
    (
        (
            "Around 1,300 men were detained and loaded into army trucks. By the time the trucks"
            " arrived, 78 of them had died."
        ),
        P,
        [fig(D, 1300, "about"), fig(K, 78)],
        "'of them' after a comma that opens its clause: not the noun before (session 52)",
    ),
    (
        (
            "Police recovered 11 bodies. Four more were found in critical condition. Another two"
            " were pulled out alive. Medics identified 30 victims suffering from smoke inhalation"
            " after the massacre."
        ),
        P,
        [fig(K, 11), fig(W, 4), fig(W, 30)],
        "(guard, after a second review) more found living, victims with a state of their own",
    ),
    (
        "Thousands of Ukrainians have crossed into the Zaporizhzhia region of Ukraine.",
        P,
        [fig(DISP, None, "vague")],
        "(guard, after a second review) a people crossing into a region of its own country",
    ),
    (
        "Eighteen members of the family were killed. A 19th victim, a neighbour, died in hospital.",
        P,
        [fig(K, 18), fig(K, 19, cumulative=True)],
        "an ordinal in digits as in words: the toll the death brings the count to (session 52)",
    ),
    (
        (
            "A man shot his estranged wife and her mother to death. He stabbed his wife and two"
            " children to death. Gunmen shot three villagers and two soldiers to death."
        ),
        P,
        [fig(K, 2), fig(K, 3), fig(K, 5)],
        "'to death' after a verb's list of people kills every member (session 52)",
    ),
    (
        (
            "Police said the man shot his girlfriend and her two sons to death. Five people were"
            " trapped inside the house and burned alive. A man who was stabbed outside a bar on"
            " Friday, Oct. 13, died on Sunday. A woman who was shot on Oct. 2 died in hospital."
        ),
        P,
        [fig(K, 3), fig(K, 5, subject="people"), fig(K, 1), fig(K, 1)],
        (
            "a member's number after its opener; a death told by a phrase after a first verb's"
            " place; a relative clause past a date in commas or a month cut short (session 53)"
        ),
    ),
    (
        (
            "Three miners were trapped underground and rescued on Friday. Forty people were"
            " trapped under rubble and later pulled out alive."
        ),
        P,
        [],
        "(guard) the trapped who are rescued after are no one missing (session 53)",
    ),
    (
        (
            "Officials in Sindh said 3,500 had been held in Karachi.\n\nTalks were held in Doha."
            "\n\nFunerals for the 12 were held in Gaza."
        ),
        P,
        [fig(D, 3500, claimed_by="Officials in Sindh")],
        "a bare count held in a named place, after an auxiliary (session 53)",
    ),
    (
        (
            "Some 94,000 people have so far been evacuated from the quake zone.\n\nAt least 40"
            " people have thus far died."
        ),
        P,
        [
            fig(DISP, 94000, "about", subject="people"),
            fig(K, 40, "at_least", subject="people"),
        ],
        "'so far' and 'thus far' among a passive's auxiliaries (session 53)",
    ),
    (
        (
            "At least 326 people have been killed, 52 of them under the age of 18.\n\nTen people"
            " were killed, seven of them by gunfire."
        ),
        P,
        [
            fig(K, 326, "at_least", subject="people"),
            fig(K, 52, part=True),
            fig(K, 10, subject="people"),
            fig(K, 7, part=True),
        ],
        "some 'of them' told by their age or by how they died are a part (session 53)",
    ),
    (
        (
            "The U.N. refugee agency said 874,000 people had crossed out of Ukraine into"
            " neighbouring countries.\n\nSome 5,000 Russian troops crossed out of Belarus."
        ),
        P,
        [fig(REF, 874000, subject="people", claimed_by="The U.N. refugee agency")],
        "people who crossed out of a country are refugees; forces are not (session 53)",
    ),
    (
        "The dead were 14 members of staff, 24 patients and four caretakers.",
        P,
        [
            fig(K, 14, subject="members of staff"),
            fig(K, 28),
            fig(K, 24, part=True),
            fig(K, 4, part=True, subject="caretakers"),
        ],
        "a doer by its ending is a member of an inverted list of the dead (session 53)",
    ),
    (
        (
            "Two Americans, a Swiss and a Dutch cyclist were killed.\n\nThe SUV ploughed through"
            " crowds, killing a tourist from the Philippines and a man from Guangdong province."
        ),
        P,
        [
            fig(K, 2, subject="Americans"),
            fig(K, 1, subject="Swiss"),
            fig(K, 1, subject="Dutch cyclist"),
            fig(K, 2),
        ],
        (
            "a people's name one in both numbers is one person after an article ('a Swiss',"
            " 'a Portuguese'); a member from a place named after 'the' (session 53)"
        ),
    ),
    (
        (
            "Police found one man dead in a field. The second was taken to Dora Nginza Hospital"
            " with severe burns and died there on Monday."
        ),
        P,
        [fig(K, 1, subject="man"), fig(K, 1, subject="second")],
        (
            "'The second' opening a sentence after a count of the harmed is one person; a"
            " death after a named place of care and its injury (session 53)"
        ),
    ),
    (
        (
            "Gunmen killed two police officers at the gate and a customer.\n\nThe robbers shot"
            " dead two guards on duty and three customers.\n\nGunmen killed two people in the"
            " attack and wounded three."
        ),
        P,
        [
            fig(K, 3),
            fig(K, 2, part=True),
            fig(K, 1, part=True),
            fig(K, 5),
            fig(K, 2, part=True),
            fig(K, 3, part=True),
            fig(K, 2),
            fig(W, 3),
        ],
        (
            "a list of victims goes on past the spot a member stood at or his post, not past"
            " an event (session 53)"
        ),
    ),
    (
        (
            "Some 5,000 people, mostly women, children and the elderly, died within hours.\n\n"
            "Ten men from Inn Din village, Rakhine State, who had been detained the day before,"
            " were made to kneel beside a shallow grave and then shot or hacked to death."
        ),
        P,
        [fig(K, 5000, "about", subject="people"), fig(K, 10, subject="men")],
        (
            "a part's list with commas before an intransitive death; a relative clause after a"
            " place set off by commas; a death 'to death' after a first verb that tells none"
            " (session 53)"
        ),
    ),
    (
        (
            "Since the siege began, a total of 847 militants, 163 soldiers and 47 civilians have"
            " been killed.\n\nAt least 56 internally displaced people, most of them women and"
            " children, were killed.\n\nAt least 326 people including 43 children killed in"
            " protests\n\nIn Swat, rescue officials said 21 people were still missing."
        ),
        P,
        [
            fig(K, 847, cumulative=True),
            fig(K, 210, cumulative=True),
            fig(K, 163, part=True, cumulative=True),
            fig(K, 47, part=True, cumulative=True),
            fig(K, 56, "at_least", subject="internally displaced people"),
            fig(K, 326, "at_least", subject="people"),
            fig(K, 43, part=True, subject="children"),
            fig(M, 21, claimed_by="rescue officials"),
        ],
        (
            "a list after 'a total of'; a state's adverb before its people past an aside; a"
            " headline's bare participle past a part; 'rescue' as a noun's modifier rescues no"
            " one (session 53)"
        ),
    ),
    (
        (
            "Red Cross official says 2,600 dead in crackdown; government says 300\n\nIn Sindh,"
            " where the government declared all 23 districts calamity-hit, 347 people have lost"
            " their lives.\n\nFive of the seriously injured died.\n\nMore than 400,000 ethnic"
            " Albanians have been driven out of Kosovo. Police said 12 people were killed;"
            " residents say 21 were arrested."
        ),
        P,
        [
            fig(K, 2600, claimed_by="Red Cross official"),
            fig(K, 300, claimed_by="government"),
            fig(K, 347),
            fig(K, 5, subject="the seriously injured"),
            fig(REF, 400000, "more_than", subject="ethnic Albanians"),
            fig(K, 12),
            fig(D, 21),
        ],
        (
            "another source's bare number after a semicolon is a rival (not one with a clause"
            " of its own); a compound adjective after its noun; a state with an adverb as a"
            " noun; driven out of a country (session 53)"
        ),
    ),
    (
        (
            "Forty-one people died at the Al Noor Mosque on Deans Ave and seven at the Linwood"
            " Islamic Centre, with one other person dying later at Christchurch Hospital, police"
            " said.\n\nForces shot down 37 of the 40 cruise missiles and all 29 drones.\n\nWith"
            " 300 children dying of hunger every day, aid is needed."
        ),
        P,
        [
            fig(K, 48),
            fig(K, 41, part=True),
            fig(K, 7, part=True),
            fig(K, 1, subject="other person"),
            fig(DEST, 37),
            fig(DEST, 29, subject="drones"),
        ],
        (
            "a member told by its place before the source's verb or a circumstance; a death"
            " told with 'with ... dying later' (not an ongoing one); 'and all 29' goes on a"
            " list (session 53)"
        ),
    ),
    (
        (
            "A man killed his wife, his mother and his two daughters with a hammer. A Grade 9"
            " pupil was stabbed to death. A trio of soldiers were killed. Troops killed the"
            " commander along with two bodyguards."
        ),
        P,
        [
            fig(K, 4),
            fig(K, 1, part=True),
            fig(K, 1, part=True),
            fig(K, 2, part=True),
            fig(K, 1, subject="Grade 9 pupil"),
            fig(K, 3, subject="soldiers"),
            fig(K, 1),
            fig(K, 2),
        ],
        (
            "a bare 'with' before a thing is the means, no further victim; a numbered name as"
            " a modifier; 'a trio of' is three (session 53)"
        ),
    ),
    (
        (
            "The Commission documented 268 victims of the massacre.\n\nAmnesty International"
            " compiled the names of 240 victims, noting that the actual toll could be"
            " higher.\n\nThey were able to identify 41 victims by name, though many more are"
            " believed to have died.\n\nEarly reports put the toll at 15."
        ),
        P,
        [
            fig(K, 268, claimed_by="The Commission"),
            fig(K, 240, claimed_by="Amnesty International"),
            fig(K, 41),
            fig(K, None, "vague"),
            fig(K, 15, claimed_by=None, cumulative=True),
        ],
        (
            "victims documented, named or identified in a story of deaths, a death word before"
            " or after; reports with no owner named set a toll of no one's (session 53)"
        ),
    ),
    (
        "The mob beat a man and his dog to death. They were hacked to death.",
        P,
        [],
        "(guard) a member who is no person, or no number at all: no count from the list",
    ),
    (
        (
            "Thousands of children starving to death in Gaza, UN agency warns. Dozens of residents"
            " worried to death about their relatives gathered at the port. A landslide buried four"
            " houses with six people inside, killing them. Two million residents are now"
            " prisoners of the siege."
        ),
        P,
        [],
        (
            "(guard, after a review) no death ongoing or felt, no 'them' for things, no"
            " prisoners of what holds no one"
        ),
    ),
    (
        (
            "About 300 Chadians walked across the border into Chad from Darfur, fleeing RSF"
            " attacks. Afghan refugees returning from Iran top 500,000 this year."
        ),
        P,
        [fig(REF, 300, "about")],
        (
            "(guard, after a review) a flight told around a walk into one's own country"
            " stands; those going home are no milestone of refugees"
        ),
    ),
    (
        "Neither of the two climbers survived.",
        P,
        [fig(K, 2)],
        "'neither ... survived' counts two dead",
    ),
    (
        "None of the 40 passengers on board survived, the airline said.",
        P,
        [fig(K, 40, subject="passengers", claimed_by="the airline")],
        "'none of the N ... survived' counts N dead",
    ),
    (
        "None of its 12 crew survived.",
        P,
        [fig(K, 12, subject="crew")],
        "'none of' a possessive's N ... survived counts N dead",
    ),
    (
        "None of the 40 passengers were hurt.",
        P,
        [fig(W, 0, subject="passengers")],
        "(guard) 'none of the N' before another verb stays a zero count",
    ),
    (
        "Those killed were 12 of 40 passengers on board.",
        P,
        [fig(K, 12, subject="passengers")],
        "(guard, after a review) a share of a whole with no participle stays the share",
    ),
    (
        "None of the 40 passengers who survived the crash were seriously hurt.",
        P,
        [fig(W, 0, subject="passengers")],
        "(guard, after a review) 'survived' in a relative clause is no death",
    ),
    (
        "None of the 22 passengers and four crew survived.",
        P,
        [fig(K, 26, subject="passengers")],
        "'none of the N X and M Y survived' counts both",
    ),
    (
        "None of the 40 passengers survived unhurt.",
        P,
        [],
        "(guard, after a review) 'survived unhurt': they lived",
    ),
    (
        "None of the 157 people on board Ethiopian Airlines Flight 302 survived.",
        P,
        [fig(K, 157, subject="people")],
        "'none of the N ... survived' past a flight's name and number",
    ),
    (
        "He was one of four people who were killed in the attack.",
        P,
        [fig(K, 4, subject="people")],
        "'BE one of N people who were killed': the N (after a second review)",
    ),
    (
        "He was one of four people killed in the attack.",
        P,
        [fig(K, 4, subject="people")],
        "'BE one of N people killed': the figure is the N, as 'among N people killed'",
    ),
    (
        "The brothers were two of at least 12 people wounded in the blast.",
        P,
        [fig(W, 12, "at_least", subject="people")],
        "'BE two of at least N ...': the N with its qualifier",
    ),
    (
        "Two of three hostages died.",
        P,
        [fig(K, 2, subject="hostages")],
        "(guard) a share with a verb of its own stays the share",
    ),
]

EXAMPLES_NOMINAL: list[Row] = [
    (
        "Officials put the number of dead at eleven.",
        P,
        [fig(K, 11, cumulative=True)],
        "'put the number of dead at' is a total",
    ),
    (
        "An elderly couple drowned in their car.",
        P,
        [fig(K, 2, subject="elderly couple")],
        "a couple counts two",
    ),
    (
        "The morgue received 17 bodies overnight.",
        P,
        [fig(K, 17, subject="bodies", date="2023-03-16")],
        "bodies count the dead; overnight alone is the night that ended on the day of publication",
    ),
    (
        "Armed men killed 98 people in an overnight massacre, the government said on Tuesday.",
        P,
        [fig(K, 98, date="2023-03-14")],
        "'overnight' in a statement of an earlier day: the night that ended on that day",
    ),
    (
        "Ukraine says Russia suffered around 900 casualties in the past day.",
        P,
        [fig(CAS, 900, "about", claimed_by="Ukraine", period=["2023-03-15", "2023-03-16"])],
        "casualties are a category of their own",
    ),
    (
        "Four people received minor injuries.",
        P,
        [fig(W, 4, subject="people")],
        "a verb of suffering and an injury",
    ),
    (
        "Seven people were treated for minor injuries.",
        P,
        [fig(W, 7, subject="people")],
        "treated for injuries",
    ),
    (
        "A 45-year-old man drowned in the river.",
        P,
        [fig(K, 1, subject="man")],
        "an age is no count; the article is",
    ),
    (
        (
            "Six young men were forced into a pickup truck by armed men on Monday. Their "
            "bodies, with signs of torture, were found two days later in a ditch."
        ),
        P,
        [fig(K, 6, subject="men")],
        "the bodies of a group the sentence before counted: the group is dead (session 55)",
    ),
    (
        (
            "Militiamen abducted 14 farmers near the river on Monday. The bodies of the "
            "farmers were later found in a shallow grave."
        ),
        P,
        [fig(D, 14, subject="farmers"), fig(K, 14, subject="farmers")],
        "the bodies of a group told abducted: its dead beside its abduction",
    ),
    (
        "Twelve farmers were killed on Monday. Their bodies were found in a river.",
        P,
        [fig(K, 12, subject="farmers")],
        "(guard) the bodies of a group whose deaths were told count no one again",
    ),
    (
        "Soldiers detained 50 men at the market. The bodies of 42 of them were later counted.",
        P,
        [fig(D, 50, subject="men"), fig(K, 42)],
        "(guard) bodies with a count of their own count themselves",
    ),
    (
        (
            "The men were beaten in front of an assembly of about 200 residents. Their bodies "
            "were left on the road."
        ),
        P,
        [],
        "(guard) a group a preposition takes is not the one whose bodies are told",
    ),
    (
        (
            "The four engineers had gathered in the site office. Within minutes all of them "
            "were dead."
        ),
        P,
        [fig(K, 4, subject="engineers")],
        "'all of them' dead after a group the sentence before counted",
    ),
    (
        "Monitors documented the unlawful killing of 41 civilians in the town.",
        P,
        [fig(K, 41, subject="civilians")],
        "a nominal act with an adjective before its noun (session 55)",
    ),
    (
        "Monitors documented the killing, including summary execution, of 41 civilians.",
        P,
        [fig(K, 41, subject="civilians")],
        "a nominal act with an aside between its noun and 'of' (session 55)",
    ),
    (
        "The killing of the mayor led to the arrest of 12 men.",
        P,
        [fig(K, 1), fig(D, 12, subject="men")],
        "(guard) an act named without a count is no nominal count",
    ),
    (
        (
            "Mourners came under fire, and two of them - a 20-year-old man and a 41-year-old "
            "woman - were killed."
        ),
        P,
        [fig(K, 2)],
        "a dash inside an age is no closing dash of the aside (session 55)",
    ),
    (
        "A man is accused of killing his girlfriend's 15-year-old son.",
        P,
        [fig(K, 1, subject="girlfriend's 15-year-old son")],
        "an age after an owner is a word of the group (session 55)",
    ),
    (
        (
            "More than 200 rescuers searched the rubble overnight. The bodies were taken to a "
            "makeshift morgue at the stadium."
        ),
        P,
        [],
        "(guard, after a review) bodies after a group neither seized nor attacked are not its",
    ),
    (
        (
            "The explosion at the warehouse injured 15 people on Sunday. The bodies of the dead "
            "were taken to the city morgue."
        ),
        P,
        [fig(W, 15, subject="people")],
        "(guard, after a review) the hurt counted before are not the dead whose bodies are told",
    ),
    (
        (
            "The bus was carrying 45 passengers when it plunged into a ravine on Monday. All of "
            "those killed were from Punjab."
        ),
        P,
        [],
        "(guard, after a review) 'all of those killed' counts no group",
    ),
    (
        (
            "Twelve fishermen went missing after their boat capsized on Sunday. Their bodies "
            "have not been found."
        ),
        P,
        [fig(M, 12, subject="fishermen")],
        "(guard, after a review) bodies not found tell no dead",
    ),
    (
        (
            "Armed robbers stopped a minibus on the toll road on Sunday night. The victims were "
            "four traders and a pastor."
        ),
        P,
        [],
        "(guard, after a review) a death's word in another sense tells no story of deaths",
    ),
    (
        "Police charged a man over the attempted killing of two police officers.",
        P,
        [],
        "(guard, after a review) an act told as a noun that was only tried counts no one",
    ),
    (
        "Andre Cole, 18; Jamal Price, 17; and Marco Diaz, 19, were wounded; Cole later died.",
        P,
        [fig(W, 3, subject=None)],
        "(guard, after a review) a list of names ends at its own verb",
    ),
    (
        (
            "More than 1.5 million people have been displaced by the fighting. About 800,000 "
            "are in need of food aid."
        ),
        P,
        [fig(DISP, 1_500_000, "more_than", subject="people")],
        "(guard, after a review) 'are in need' names no place of the displaced",
    ),
    (
        (
            "Sixteen passengers died there; a seventeenth, hit in the chest, died on the way "
            "to hospital."
        ),
        P,
        [fig(K, 16), fig(K, 1)],
        "an ordinal past twelve in words counts one more of the dead (session 55)",
    ),
    (
        "Four people were shot on Monday. All of them were taken to hospital.",
        P,
        [fig(W, 4, subject="people")],
        "(guard) 'all of them' with no death tells no dead",
    ),
    (
        (
            "Gunmen stopped the bus and began executing passengers. The victims were nine "
            "traders and a driver."
        ),
        P,
        [
            fig(K, 10, subject="traders and a driver"),
            fig(K, 9, subject="traders", part=True),
            fig(K, 1, subject="driver", part=True),
        ],
        "a story that told deaths with no count: the victims it lists after are the dead",
    ),
    (
        "Militants raided the village, killing residents. Monitors identified 31 victims.",
        P,
        [fig(K, 31, subject="victims")],
        "victims counted by name in a story of deaths with no count of its own",
    ),
    (
        "A bus crashed on the highway on Monday. The victims were 12 tourists and a driver.",
        P,
        [],
        "(guard) victims listed in a story that told no death are of no category",
    ),
]

EXAMPLES_MOVES: list[Row] = [
    (
        "Some 40,000 villagers have sought refuge in Niger since the raids began.",
        P,
        [fig(REF, 40_000, "about", subject="villagers")],
        "seeking refuge in another country makes refugees",
    ),
    (
        "Almost 300,000 people have crossed into neighbouring states.",
        P,
        [fig(REF, 300_000, "nearly", subject="people")],
        "crossing into neighbouring countries makes refugees",
    ),
    (
        "About 6,000 residents are sheltering in schools and churches.",
        P,
        [fig(DISP, 6_000, "about", subject="residents")],
        "people sheltering in schools are displaced",
    ),
    (
        "The fighting has uprooted 2 million people.",
        P,
        [fig(DISP, 2_000_000, subject="people")],
        "an active verb of uprooting",
    ),
    (
        "More than 100,000 people have fled to Chad since April, the UN refugee agency said.",
        P,
        [fig(REF, 100_000, "more_than", claimed_by="the UN refugee agency")],
        "fleeing to another country makes refugees",
    ),
    (
        "The floods left 20,000 people homeless.",
        P,
        [fig(DISP, 20_000, subject="people")],
        "left homeless",
    ),
    (
        "About 8,000 people are living in camps after the earthquake.",
        P,
        [fig(DISP, 8_000, "about")],
        "living in camps",
    ),
    (
        "Twenty people were evacuated from their homes.",
        P,
        [fig(DISP, 20)],
        "evacuated",
    ),
]

EXAMPLES_MOVES_MORE: list[Row] = [
    (
        "The floods forced 40,000 residents to leave their homes.",
        P,
        [fig(DISP, 40_000, subject="residents")],
        "'forced N to leave their homes' is displacement",
    ),
    (
        "More than 3,000 families were forced to abandon their homes.",
        P,
        [fig(DISP, 3_000, "more_than", subject="families")],
        "'were forced to abandon their homes'",
    ),
    (
        "Some 2,000 villagers fled their homes after the raid.",
        P,
        [fig(DISP, 2_000, "about", subject="villagers")],
        "'fled their homes'",
    ),
    (
        "Nearly 600,000 people are now living in displacement camps.",
        P,
        [fig(DISP, 600_000, "nearly", subject="people")],
        "'living in displacement camps'",
    ),
    (
        "Government troops seized 14 rebel fighters near the border.",
        P,
        [fig(D, 14, subject="rebel fighters")],
        "people seized are detained",
    ),
]

EXAMPLES_EQUIPMENT: list[Row] = [
    (
        "Ukrainian units destroyed two T-72 tanks and an Su-25 jet.",
        P,
        [fig(DEST, 2, subject="T-72 tanks"), fig(DEST, 1, subject="Su-25 jet")],
        "a model designation is a name, not a count",
    ),
    (
        "The tracker lists 1,200 captured armoured vehicles.",
        P,
        [fig(CAPT, 1_200, subject="armoured vehicles")],
        "a participle before its noun: the noun decides the category",
    ),
    (
        "The brigade took two infantry fighting vehicles as trophies.",
        P,
        [fig(CAPT, 2, subject="infantry fighting vehicles")],
        "equipment taken as trophies is captured",
    ),
    (
        "The army lost 40 tanks, of which 25 were destroyed, 5 damaged and 10 captured.",
        P,
        [fig(DEST, 25, subject="tanks"), fig(DAMG, 5), fig(CAPT, 10)],
        # (session 64: the 40 lost, split by outcome, is no destruction of
        # its own; it was read as destroyed beside its destroyed share)
        "each member of an 'of which' list counts the noun before it",
    ),
    (
        "The general staff said its forces had destroyed: 14 tanks, 8 guns and 23 drones.",
        P,
        [fig(DEST, 14), fig(DEST, 8), fig(DEST, 23)],
        "a colon list after the verb",
    ),
    (
        "The rebels seized 30 units of military equipment.",
        P,
        [fig(CAPT, 30, subject="units of military equipment")],
        "N units of",
    ),
    (
        "Two helicopters were damaged and one was abandoned.",
        P,
        [fig(DAMG, 2), fig(ABAN, 1, subject="helicopters")],
        "an elided group right after equipment is equipment",
    ),
    (
        "The army said it had disabled four armoured vehicles.",
        P,
        [fig(DAMG, 4, subject="armoured vehicles")],
        "disabled",
    ),
    (
        "Air defences shot down 19 of 25 drones launched overnight.",
        P,
        [fig(DEST, 19, subject="drones")],
        "N of M: the figure is the part",
    ),
]

EXAMPLES_ATTRIBUTES: list[Row] = [
    (
        "The toll rose to 112, according to figures compiled by the health ministry.",
        P,
        [fig(K, 112, claimed_by="the health ministry")],
        "'figures compiled by X': X counted",
    ),
    (
        "The toll, given by the civil protection agency, stood at 23 dead and 41 injured.",
        P,
        [
            fig(K, 23, claimed_by="the civil protection agency", cumulative=True),
            fig(W, 41, claimed_by="the civil protection agency", cumulative=True),
        ],
        "'the toll, given by X,': X gave the count",
    ),
    (
        "According to a tally maintained by Dawn, at least 112 police officials were killed.",
        P,
        [fig(K, 112, "at_least", claimed_by="Dawn")],
        "'a tally maintained by X': X counted",
    ),
    (
        "The military admitted 12 civilians were killed in the airstrike.",
        P,
        [fig(K, 12, claimed_by="The military")],
        "(after a second review) 'admitted' takes people in only after a place of care",
    ),
    (
        "According to Reuters 300 people were killed in the clashes.",
        P,
        [fig(K, 300, claimed_by="Reuters")],
        "(after a second review) a number ends a source's name only where the name ends",
    ),
    (
        (
            "Clashes erupted in Khartoum on Tuesday, with the health ministry saying 56"
            " civilians were killed."
        ),
        P,
        [fig(K, 56, date="2023-03-14", claimed_by="the health ministry")],
        "(after a second review) 'with X saying' states nothing of the main clause's day",
    ),
    (
        (
            "Ukraine's military said Russia had lost 380 troops over the past day, while nine"
            " Ukrainian soldiers were wounded."
        ),
        P,
        [fig(CAS, 380, cumulative=True), fig(W, 9, cumulative=True)],
        "(after a second review) another side's hurt leave the lost as casualties",
    ),
    (
        "Ten people have died following an explosion at a service station, gardaí have confirmed.",
        P,
        [fig(K, 10, claimed_by="gardaí")],
        "the Irish police speak ('gardaí')",
    ),
    (
        "Rescue 1122 said 15 of the injured were shifted to Jinnah Hospital.",
        P,
        [fig(W, 15, claimed_by="Rescue 1122")],
        "a service's number after its name ('Rescue 1122') is a word of the source",
    ),
    (
        (
            "The Strategic Framework for the Defence of the People of Azawad (CSP-DPA) said it"
            " had lost nine fighters, with 12 others wounded, and had seized eight armoured"
            " vehicles."
        ),
        P,
        [
            fig(K, 9, claimed_by="The Strategic Framework for the Defence of the People of Azawad"),
            fig(W, 12),
            fig(CAPT, 8),
        ],
        "an acronym with a dash in brackets after a source; the lost beside the hurt are dead",
    ),
    (
        "At least 15 people were hurt, according to officials of the 8th Armed Police Battalion.",
        P,
        [fig(W, 15, "at_least", claimed_by="officials of the 8th Armed Police Battalion")],
        "an ordinal in digits inside a source's name",
    ),
    (
        "Two French women and a Canadian diplomat were killed, their governments said.",
        P,
        [fig(K, 2, claimed_by="their governments"), fig(K, 1, claimed_by="their governments")],
        "governments speak (members of two nations stay apart)",
    ),
    (
        (
            "Several soldiers put the death toll at more than 100, with one officer saying 118"
            " bodies had been recovered."
        ),
        P,
        [
            fig(K, 100, "more_than", claimed_by="Several soldiers"),
            fig(K, 118, claimed_by="one officer"),
        ],
        "'with X saying': the source of its own clause, not the sentence's subject",
    ),
    (
        "Officials gave an estimate of 10,000 dead.",
        P,
        [fig(K, 10000, "about", claimed_by="Officials")],
        "'an estimate of N' qualifies N as 'about'; its giver is the source",
    ),
    (
        "The UN special rapporteur said more than 1,000 people may already have been killed.",
        P,
        [fig(K, 1000, "more_than", claimed_by="The UN special rapporteur")],
        "a likely past past an adverb ('may already have been killed'); a rapporteur speaks",
    ),
    (
        (
            "The toll rose to 100. A spokesperson said 97 of the dead were policemen and three"
            " were civilians."
        ),
        P,
        [
            fig(K, 100, cumulative=True, claimed_by="A spokesperson"),
            fig(K, 97, claimed_by="A spokesperson"),
            fig(K, 3, claimed_by="A spokesperson"),
        ],
        "a second share of a whole told in a sentence before; the lead takes the shares' source",
    ),
    (
        (
            "An air strike killed 12 people on Monday. The hospital transferred 40 patients to"
            " Jordan after its generators failed."
        ),
        P,
        [fig(K, 12, subject="people", claimed_by=None)],
        "(after a review) patients moved out of a hospital are no intake of the hurt",
    ),
    (
        (
            "The quake killed 300 people on Monday. Antakya State Hospital admitted 90 patients"
            " overnight."
        ),
        P,
        [fig(K, 300, claimed_by=None), fig(W, 90, claimed_by=None)],
        "(after a review) a hospital that admitted patients is no source: it takes people in",
    ),
    (
        "A bomb killed nine people. Al-Aqsa hospital received 50 people seeking shelter.",
        P,
        [fig(K, 9)],
        "(after a review) people a hospital received who came for something else are not hurt",
    ),
    (
        "Five civilians were killed at a checkpoint maintained by the army on Monday.",
        P,
        [fig(K, 5, claimed_by=None)],
        "(after a review) 'maintained by' names a source only after a count's noun",
    ),
    (
        "By Tuesday, officials had reported 30 deaths in the region.",
        P,
        [fig(K, 30, date=None, claimed_by="officials")],
        "(after a review) a past-perfect statement's day after 'by' is a count's end",
    ),
    (
        (
            "The toll climbed to 64. Twenty of the dead were soldiers and four were foreign"
            " nationals, the ministry said."
        ),
        P,
        [
            fig(K, 64, claimed_by="the ministry"),
            fig(K, 20, claimed_by="the ministry"),
            fig(K, 4, claimed_by="the ministry"),
        ],
        "(after a review) a second share is no rival count: the lead keeps the statement's source",
    ),
    (
        (
            "The railway operator reported 30 dead, and the prosecutor's office later raised"
            " that figure to 39."
        ),
        P,
        [
            fig(K, 30, claimed_by="The railway operator"),
            fig(K, 39, claimed_by="the prosecutor's office", cumulative=True),
        ],
        "'raised that figure to': the verb's subject sets the total",
    ),
    (
        "Food provided by the WFP reached 20,000 displaced people, officials said.",
        P,
        [fig(DISP, 20000, claimed_by="officials")],
        "(guard) 'provided by' after no count's noun names no source of the count",
    ),
    (
        "The toll from Monday's air strike rose to 19, the monitor said.",
        P,
        [fig(K, 19, claimed_by="the monitor", cumulative=True)],
        "'the toll from an incident' names no claimant",
    ),
    (
        "A Reuters tally found at least 60 dead.",
        P,
        [fig(K, 60, "at_least", claimed_by="Reuters")],
        "'an X count found': X counted",
    ),
    (
        "At least 41 people were killed, according to an AFP count.",
        P,
        [fig(K, 41, "at_least", claimed_by="AFP")],
        "'according to an X count': X, without the article",
    ),
    (
        "Fourteen people drowned the previous day, the coast guard said.",
        P,
        [fig(K, 14, date="2023-03-15", claimed_by="the coast guard")],
        "'the previous day' is the day before publication",
    ),
    (
        (
            "Shelling killed 12 people over the past day, the ministry said, bringing the toll"
            " since January 1 to 940."
        ),
        P,
        [
            fig(K, 12, period=["2023-03-15", "2023-03-16"]),
            fig(K, 940, period=["2023-01-01", "2023-03-16"], cumulative=True),
        ],
        "a period inside the figure's own words comes first",
    ),
    (
        "Nine people were hurt in a rocket strike on Zaporizhzhia, the governor said.",
        P,
        [fig(W, 9, location="Zaporizhzhia", claimed_by="the governor")],
        "'a strike on X' names the place",
    ),
    (
        "Doctors in the rebel-held enclave say 75 patients have died.",
        P,
        [fig(K, 75, claimed_by="Doctors in the rebel-held enclave")],
        "'officials in the ...': the place stays in the claimant",
    ),
    (
        "A spokesman for the provincial police said four officers had been wounded.",
        P,
        [
            fig(
                W,
                4,
                subject="officers",
                cumulative=False,
                claimed_by="A spokesman for the provincial police",
            )
        ],
        "the speaker is no victim, and reported speech shifted back is no running total",
    ),
    (
        "Medics in Sanaa put the death toll at 61.",
        P,
        [fig(K, 61, claimed_by="Medics in Sanaa", cumulative=True)],
        "'put the toll at' states a count",
    ),
    (
        "The Sudan Doctors Network gives a higher toll of 56.",
        P,
        [fig(K, 56, claimed_by="The Sudan Doctors Network", cumulative=True)],
        "'gives a higher toll of' names the toll's source",
    ),
    (
        "He gave a speech praising 12 soldiers who were killed in the raid.",
        P,
        [fig(K, 12, claimed_by=None)],
        "'gave' with no total after it names no source",
    ),
    (
        (
            "Contacted, the Police Public Relations Officer, DSP Ann Iorwuese, confirmed the"
            " attack, saying four bodies had been recovered."
        ),
        P,
        [fig(K, 4, claimed_by="the Police Public Relations Officer, DSP Ann Iorwuese")],
        "a participle opening the sentence is no source of 'saying'; the name set off is kept",
    ),
    (
        "First reports on Saturday spoke of eight dead.",
        P,
        [fig(K, 8, claimed_by=None)],
        "first reports: a noun",
    ),
    (
        (
            "After receiving multiple reports of insurgent activity in the area, the force "
            "detained two insurgents."
        ),
        P,
        [fig(D, 2, claimed_by=None)],
        "'reports of' and 'multiple reports': a noun, and the words before it no source",
    ),
    (
        "Soldiers killed 12 insurgents during an operation in Alah Say district.",
        P,
        [fig(K, 12, claimed_by=None)],
        "a capitalised 'Say' inside a name before a common noun reports nothing",
    ),
    (
        "Our estimate suggests that around 165,000 soldiers had died by the end of 2024.",
        P,
        [fig(K, 165_000, "about", claimed_by=None)],
        "a possessive pronoun names no source",
    ),
    (
        "Local sources indicate that the strike killed 19 people in all.",
        P,
        [fig(K, 19, claimed_by="Local sources")],
        "'indicate' reports",
    ),
    (
        "The provincial authority put the day's toll at 8.",
        P,
        [fig(K, 8, claimed_by="The provincial authority", cumulative=True)],
        "a possessive of time before the total's noun",
    ),
    (
        "Russia's defence ministry at first acknowledged 41 deaths.",
        P,
        [fig(K, 41, claimed_by="Russia's defence ministry")],
        "'at first' between the source and its verb",
    ),
    (
        "The committee, which counts only civilians, put civilian deaths at 256.",
        P,
        [fig(K, 256, claimed_by="The committee", cumulative=True)],
        "'put civilian deaths at' sets a total",
    ),
    (
        "State television quoted police as saying 8 people were arrested.",
        P,
        [fig(D, 8, claimed_by="police")],
        "'quoted X as saying': X speaks",
    ),
    (
        "The figure was confirmed by the Red Crescent: 22 dead.",
        P,
        [fig(K, 22, claimed_by="the Red Crescent")],
        "a passive claim names its claimant after 'by'",
    ),
    (
        "Nineteen people drowned, a UN spokesman said in Geneva.",
        P,
        [fig(K, 19, location=None, claimed_by="a UN spokesman")],
        "the place a statement was made is not the figure's place",
    ),
    (
        "Militants fired 30 rockets, of which 28 were shot down.",
        P,
        [fig(DEST, 28)],
        "'of which' counts a part of the noun before",
    ),
    (
        "Four guards were shot dead two days ago.",
        P,
        [fig(K, 4, subject="guards", date="2023-03-14")],
        "'two days ago' dates the incident and counts no one",
    ),
    (
        "Snow caused a pileup on the 9th; two drivers were injured.",
        P,
        [fig(W, 2, date="2023-03-09")],
        "an ordinal day of the publication month",
    ),
    (
        "Seven miners died on 2023-03-02.",
        P,
        [fig(K, 7, date="2023-03-02")],
        "an ISO date",
    ),
    (
        "Nine soldiers were wounded, said army spokesman Maj. Omar Khan.",
        P,
        [fig(W, 9, claimed_by="army spokesman Maj. Omar Khan")],
        "a title's full stop stays inside the claimant",
    ),
    (
        (
            "The ministry said 900 people had died since January 5. "
            "It said 14 died in the past 24 hours."
        ),
        P,
        [
            fig(K, 900, period=["2023-01-05", "2023-03-16"]),
            fig(K, 14, period=["2023-03-15", "2023-03-16"]),
        ],
        "a period's starting date is not the date a later period counts back from",
    ),
    (
        "The army said 12 militants were killed. It said two soldiers also died.",
        P,
        [fig(K, 12, claimed_by="The army"), fig(K, 2, claimed_by="The army")],
        "a pronoun that reports stands for the source named before",
    ),
    (
        "A spokesman for the army, Colonel Ali Hassan, said 9 soldiers were wounded.",
        P,
        [fig(W, 9, claimed_by="A spokesman for the army, Colonel Ali Hassan")],
        "an appositive name between the claimant and its verb is kept with it",
    ),
    (
        "Ali Hassan, a spokesman for the army, said 9 soldiers were wounded.",
        P,
        [fig(W, 9, claimed_by="Ali Hassan, a spokesman for the army")],
        "a name and its description, in either order",
    ),
    (
        "Nine soldiers were wounded, according to the provincial governor, Babagana Zulum.",
        P,
        [fig(W, 9, claimed_by="the provincial governor, Babagana Zulum")],
        "a name closing the sentence after the source's description",
    ),
    (
        "According to police, Mark Ellis Jones, 34, was shot dead.",
        P,
        [fig(K, 1, claimed_by="police")],
        "a name that goes on to a clause of its own is no appositive of the source",
    ),
    (
        "Officials in Herat said 6 people were killed.",
        P,
        [fig(K, 6, claimed_by="Officials in Herat")],
        "a place inside the claimant's name is never the claimant",
    ),
    (
        "Nine people were killed, according to a statement from the governor's office.",
        P,
        [fig(K, 9, claimed_by="the governor's office")],
        "according to a statement from X",
    ),
    (
        "The ministry of health in Gaza said on Twitter that 22 people had been killed.",
        P,
        [fig(K, 22, claimed_by="The ministry of health in Gaza")],
        "a platform is never the claimant",
    ),
    (
        "Two soldiers killed in attack\n\nTwo soldiers were killed on Tuesday, the army said.",
        P,
        [
            fig(K, 2, claimed_by="the army", date="2023-03-14"),
            fig(K, 2, claimed_by="the army", date="2023-03-14"),
        ],
        "a headline takes the claimant and date of its body twin",
    ),
    (
        "Twelve people were killed, the agency said. Another 9 people remain missing.",
        P,
        [fig(K, 12, claimed_by="the agency"), fig(M, 9, claimed_by="the agency")],
        "a sentence that names no source goes on with its paragraph's source",
    ),
    (
        (
            "Twelve people were killed, the agency said. Police said four men were arrested."
            "\n\nAnother 9 people remain missing."
        ),
        P,
        [
            fig(K, 12, claimed_by="the agency"),
            fig(D, 4, claimed_by="Police"),
            fig(M, 9, claimed_by="Police"),
        ],
        "the paragraph after one with a sourced figure goes on with the source it named last",
    ),
    (
        "Twelve people were killed, the agency said.\n\nAnother 9 people remain missing.",
        P,
        [fig(K, 12, claimed_by="the agency"), fig(M, 9, claimed_by="the agency")],
        "a text whose figures name one source only: a paragraph naming none is that source's",
    ),
    (
        (
            "Ukrainian forces destroyed three tanks over the past day, according to the General "
            "Staff of the Armed Forces of Ukraine.\n\nIn total, the enemy has lost 3,094 tanks."
            "\n\nThe data are being verified, the General Staff noted."
        ),
        P,
        [
            fig(DEST, 3, claimed_by="the General Staff of the Armed Forces of Ukraine"),
            fig(DEST, 3094, claimed_by="the General Staff of the Armed Forces of Ukraine"),
        ],
        "one source named in full and shortened is still one source",
    ),
    (
        (
            "Separatists abducted two of his wives, a regional official who asked not to be "
            "named said."
        ),
        P,
        [fig(D, 2, claimed_by="a regional official")],
        "the speaker after a list's last member is no member of it",
    ),
    (
        (
            "A gunman killed three people at a school on Wednesday, police said.\n\nIt was the "
            "deadliest school shooting since May 2022, when a gunman killed 21 people."
        ),
        P,
        [fig(K, 3, claimed_by="police"), fig(K, 21, claimed_by=None)],
        "(guard) the writer's background, of another time, is no one source's",
    ),
    (
        (
            "Four people were shot dead at a house, police said.\n\nAt least 54 people have "
            "died in such killings this year, according to a database kept by a university."
        ),
        P,
        [fig(K, 4, claimed_by="police"), fig(K, 54, "at_least", claimed_by=None)],
        "(guard) a paragraph with its own claim keeps it",
    ),
    (
        (
            "Israel said its forces killed five militants on Wednesday.\n\nIsraeli rights "
            "group B'Tselem said 11 Palestinians were killed in the raid.\n\nAnother 400 "
            "Palestinians have been killed in the West Bank."
        ),
        P,
        [
            fig(K, 5, claimed_by="Israel"),
            fig(K, 11, claimed_by="Israeli rights group B'Tselem"),
            fig(K, 400, claimed_by=None),
        ],
        "(guard) a name that begins another's is another source ('Israel', 'Israeli ...')",
    ),
    (
        "Gaza Health Ministry Says at Least 50 Killed in Israeli Strikes",
        P,
        [fig(K, 50, "at_least", claimed_by="Gaza Health Ministry")],
        "(guard) a title-case headline's 'Says' before a lower-case word reports",
    ),
    (
        "Floods have killed 40 people and displaced 25,000 since Monday, officials said.",
        P,
        [
            fig(K, 40, period=["2023-03-13", "2023-03-16"], cumulative=True),
            fig(DISP, 25_000, period=["2023-03-13", "2023-03-16"], cumulative=True),
        ],
        "'since Monday' starts a period that both figures of the clause share",
    ),
    (
        "Tuesday's attack killed 8 people.",
        P,
        [fig(K, 8, date="2023-03-14")],
        "a possessive weekday dates the incident",
    ),
    (
        "Since March 10, 4,000 people have been killed, the monitor said.",
        P,
        [fig(K, 4_000, period=["2023-03-10", "2023-03-16"], cumulative=True)],
        "since a month and day",
    ),
    (
        "In the first half of 2022, 3,100 civilians were killed, the report said.",
        P,
        [fig(K, 3_100, period=["2022-01-01", "2022-06-30"], cumulative=True)],
        "a part of a year",
    ),
    (
        "Strikes killed 71 people in the past 24 hours. Another 112 were hurt in the same period.",
        P,
        [
            fig(K, 71, subject="people", period=["2023-03-15", "2023-03-16"], cumulative=True),
            fig(W, 112, period=["2023-03-15", "2023-03-16"], cumulative=True),
        ],
        "'the same period' is the period the document named last",
    ),
    (
        "Between 7 October 2022 and 14 January 2023, at least 1,341 civilians were killed.",
        P,
        [fig(K, 1341, "at_least", period=["2022-10-07", "2023-01-14"], cumulative=True)],
        "a span between two full dates is a period, not a date",
    ),
    (
        "As of Monday, 45 people had been killed in the clashes.",
        P,
        [fig(K, 45, subject="people", cumulative=True, date=None)],
        "'as of' a date: a count up to then, no date of an incident",
    ),
    (
        "In the first four months of 2022, 1,900 civilians were killed.",
        P,
        [fig(K, 1_900, period=["2022-01-01", "2022-04-30"], cumulative=True)],
        "the first months of a year, counted",
    ),
    (
        "From 2015 to 2020, 400 people were killed by landmines.",
        P,
        [fig(K, 400, period=["2015-01-01", "2020-12-31"], cumulative=True)],
        "a span of whole years",
    ),
    (
        "The number of displaced people has doubled to 8 million.",
        P,
        [fig(DISP, 8_000_000, cumulative=True)],
        "a total that doubled to its number",
    ),
]

EXAMPLES_PRECISION: list[Row] = [
    (
        "Shelling hit two refugee camps and five people were killed.",
        P,
        [fig(K, 5, subject="people")],
        "a singular noun of people before a place names the place: no refugees",
    ),
    (
        "Five people had been stabbed at three locations across the area.",
        P,
        [fig(W, 5, subject="people")],
        "locations count no one",
    ),
    (
        "Three people are recovering in hospital after a stabbing.",
        P,
        [fig(W, 3, subject="people")],
        "recovering in hospital is the state of the hurt",
    ),
    (
        (
            "All nine men killed in Sunday's shootout between rival gangs outside a Waco "
            "restaurant died of gunshot wounds."
        ),
        P,
        [fig(K, 9, subject="men")],
        "a noun ending like a doer's ('restaurant') is no person who died",
    ),
    (
        (
            "The quake struck early on Wednesday, injuring 12 people, most of whom jumped from "
            "balconies in panic, the Disaster and Emergency Management Authority (AFAD) said."
        ),
        P,
        [fig(W, 12, subject="people")],
        "a capitalised thing ending like a doer's in a source's name counts no one",
    ),
    (
        "The army said it had neutralised 5 militants in the raid.",
        P,
        [fig(K, 5, claimed_by="The army")],
        "'neutralised' of armed men is killed, as blind-set coders count it (session 62)",
    ),
    (
        "Militants killed the police chief.",
        P,
        [fig(K, 1, subject="police chief")],
        "a single named person counted by the text",
    ),
    (
        "A riot in the city jail has killed 11 inmates.",
        P,
        [fig(K, 11, subject="inmates")],
        "the place is no victim",
    ),
    (
        "A car crash at 1430 EST caused one fatality.",
        P,
        [fig(K, 1, subject="fatality")],
        "a clock time is no count",
    ),
]

#: Rows that must yield no figure.
EXAMPLES_CLAUSE_NO_FIGURE: list[Row] = [
    (
        "The hostage was released after 89 days and all but one of them were arrested.",
        P,
        [],
        "'all but one' tells the rest of a group, no count",
    ),
    ("He drove 30 miles into Mexico.", P, [], "a distance driven is no people driven abroad"),
    (
        "Had the device gone off, we could have been dealing with multiple fatalities.",
        P,
        [],
        "what might have been ('could have') counts no one",
    ),
    ("The bomb would have killed 20 people.", P, [], "'would have' killed no one"),
    ("The summit was hosted in Paris.", P, [], "an event hosted is no stock of people"),
    (
        "The fate of 20 residents was decided in court.",
        P,
        [],
        "a fate that is known counts no one missing",
    ),
    *EXAMPLES_WHOLES_NO_FIGURE,
    *EXAMPLES_AS_WRITTEN_NO_FIGURE,
    *EXAMPLES_CARE_NO_FIGURE,
    *EXAMPLES_FLIGHT_NO_FIGURE,
    ("If another soldier is killed, the truce ends.", P, [], "a hypothetical"),
    ("The army executed numerous attacks on rebel positions.", P, [], "attacks are no victims"),
    ("The two blasts appear to have killed nobody.", P, [], "the blasts are the agent"),
    ("Officials fear the toll could rise above 100.", P, [], "a total after a modal is a fear"),
    ("The death toll is expected to rise to 200.", P, [], "'expected to rise' is a projection"),
    ("Lebanon suffered heavy losses in the storm.", P, [], "a place suffers no injury"),
    ("A court sentenced 9 men to death on Monday.", P, [], "a death sentence kills no one"),
    (
        (
            "Eleven men were condemned to death on Monday. Some 84 people have been sentenced"
            " to death since the coup."
        ),
        P,
        [],
        "(session 51) a passive death sentence kills no one either (was read as deaths)",
    ),
    (
        "Rescuers searched for several days until the missing hiker was found alive.",
        P,
        [],
        "'until' ends a group: 'several days' counts no one",
    ),
    ("No other injuries were reported.", P, [], "none beyond those told is no count"),
]

#: Phrasings the reader still misses, kept here so a fix shows up at once.
EXAMPLES_CLAUSE_XFAIL: list[Row] = [
    (
        "The bodies of a shopkeeper, two brothers and a teacher were found.",
        P,
        [fig(K, 4), fig(K, 1, part=True), fig(K, 2, part=True), fig(K, 1, part=True)],
        (
            "a list after 'the bodies of' opening its clause is one list, the verb after its last"
            " member the noun's (read as 1 and 2, the teacher lost: the last member's 'were' is"
            " taken for a clause of its own; session 61 read the noun's list whole and lost a"
            " document on a never-read tally set, so it was withdrawn)"
        ),
    ),
    (
        "A drunk driver killed Smith on Tuesday.",
        P,
        [fig(K, 1, date="2023-03-14")],
        (
            "a single noun before a verb of harm whose object is a name is the agent, not one"
            " killed ('A drunk driver killed' is read as a second death; session 60 tried a"
            " capitalized word after the verb as its object and lost a figure on two never-read"
            " sets, so it was withdrawn)"
        ),
    ),
    (
        "The driver of a delivery truck, 58, and his passenger, 31, were pronounced dead.",
        P,
        [fig(K, 2)],
        (
            "a noun of equipment ending a person's 'of' phrase stops the list at the age after"
            " it (found in session 57 when 'van' was tried as equipment; 'van' left out)"
        ),
    ),
    (
        (
            "Between October and December, 1,410 people were killed. Over the same period last"
            " year, 900 people were kidnapped."
        ),
        "2026-01-28",
        [fig(K, 1_410, period=["2025-10-01", "2025-12-31"]), fig(D, 900, period=None)],
        (
            "'the same period last year' is a span of its own (the year before's): the sentence"
            " reader carries the span before to it (found in session 57; `periods_again` leaves"
            " it alone)"
        ),
    ),
    (
        (
            "Police say one of the two suspects in Sunday's stabbings in James Smith Cree Nation"
            " and the nearby village of Weldon has been found dead."
        ),
        P,
        [
            fig(
                K,
                1,
                subject="suspects in Sunday's stabbings in James Smith Cree Nation",
                date="2023-03-12",
                claimed_by="Police",
            )
        ],
        (
            "a place's name right before a one-person passive is read as the person ('Weldon');"
            " a rule against it (session 46) lost the one person of other sentences and was"
            " withdrawn after a third review"
        ),
    ),
    (
        "The blast left 29 dead (six men, 14 women and nine children) in the market.",
        P,
        [
            fig(K, 29),
            fig(K, 6, part=True, subject="men"),
            fig(K, 14, part=True, subject="women"),
            fig(K, 9, part=True, subject="children"),
        ],
        (
            "a list of three or more parts in brackets: the list reader takes the members as"
            " a sum of their own and only the last is read, as a group of the whole's verb"
            " (session 46: the same list after a dash or a colon is read)"
        ),
    ),
    (
        "Separatist gunmen killed two people in Batibo, both of whom were suspected informants.",
        P,
        [fig(K, 2, subject="people")],
        "'both of whom were NOUN' names the two again; it is read as two more dead (session 45)",
    ),
    (
        "Ten were killed and 13 injured; at least 3 of the dead were Marines and 5 were rebels.",
        P,
        [fig(K, 10), fig(W, 13), fig(K, 3, "at_least"), fig(K, 5)],
        "a second share in its whole's own sentence is not read (the tally would add it)",
    ),
    (
        (
            "The army destroyed 30 tanks \u2013 12 of them T-90s \u2013 and 40 armoured vehicles"
            " \u2013 20 of them BMPs."
        ),
        P,
        [fig(DEST, 30), fig(DEST, 12, part=True), fig(DEST, 40), fig(DEST, 20, part=True)],
        "a list member after a dashed aside of the member before (session 42: not read)",
    ),
    (
        "Three soldiers were killed in Kherson, and one each in Kharkiv and Zaporizhzhia.",
        P,
        [fig(K, 3), fig(K, 1), fig(K, 1)],
        "a count 'each' in several places is one figure per place (session 41: not read)",
    ),
    (
        (
            "The death toll in the collapse rose to nine on Thursday after crews recovered four"
            " more bodies overnight, the mayor said. The mayor spoke at a news conference"
            " Thursday. A section of the building collapsed at about 1:30 a.m. Monday."
        ),
        P,
        [fig(K, 9, date="2023-03-13", cumulative=True), fig(K, 4, date="2023-03-13")],
        (
            "a later sentence's incident dates its toll past a sentence that told only a day"
            " (tried in session 39: withdrawn, it moved no blind set and dated tolls by"
            " unrelated later events)"
        ),
    ),
    (
        "Earlier this month, on March 7, three soldiers were killed when gunmen opened fire.",
        P,
        [fig(K, 3, subject="soldiers", date="2023-03-07", period=None, cumulative=False)],
        (
            "a day set off after 'Earlier this month' dates the incident (tried in session 39:"
            " withdrawn after a review found it took other clauses' periods)"
        ),
    ),
    *EXAMPLES_CARE_XFAIL,
    (
        "A gunman who killed two people on Tuesday was arrested on Friday.",
        "2024-03-22",
        [fig(D, 1, date="2024-03-22"), fig(K, 2, date="2024-03-19")],
        "a relative clause's day and the main verb's day, each figure its own (no arrest read)",
    ),
    (
        (
            "4 shot, 1 fatally, outside downtown bar\n\n"
            "Four people were shot, one fatally, outside a bar early Saturday, police said."
        ),
        P,
        [fig(W, 4), fig(K, 1), fig(W, 4), fig(K, 1)],
        (
            "a headline's 'N shot, M fatally' is not read, and it drops the body's 'shot' count"
            " as a death's manner (read both, and the headline's fate doubles the dead in the"
            " tally beside a body told otherwise: withdrawn after review)"
        ),
    ),
    (
        "Seventeen others were either captured or wounded.",
        P,
        [fig(W, 17)],
        "one count for two fates, neither sure",
    ),
    (
        "Three armoured vehicles were hit by anti-tank missiles.",
        P,
        [fig("equipment_damaged", 3)],
        "'hit by' reads people only; equipment hit is damaged",
    ),
    *EXAMPLES_MODIFIERS_XFAIL,
]

EXAMPLES_CLAUSES: list[Row] = (
    EXAMPLES_BETWEEN
    + EXAMPLES_ACTIVE
    + EXAMPLES_PARTS
    + EXAMPLES_PARTS_MORE
    + EXAMPLES_REVIEW57
    + EXAMPLES_REVIEW58
    + EXAMPLES_REVIEW59
    + EXAMPLES_SESSION60
    + EXAMPLES_SESSION61
    + EXAMPLES_S63K
    + EXAMPLES_S63E
    + EXAMPLES_S63C
    + EXAMPLES_PROBE64C
    + EXAMPLES_PROBE65F
    + EXAMPLES_PROBE65G
    + EXAMPLES_PROBE65I
    + EXAMPLES_PROBE64B
    + EXAMPLES_SESSION62
    + EXAMPLES_S63A
    + EXAMPLES_S63B
    + EXAMPLES_S63F
    + EXAMPLES_S63G
    + EXAMPLES_S63J
    + EXAMPLES_PROBE64A
    + EXAMPLES_REVIEW62A
    + EXAMPLES_REVIEW60
    + EXAMPLES_REVIEW62C
    + EXAMPLES_REVIEW62B
    + EXAMPLES_REVIEW62E
    + EXAMPLES_REVIEW62F
    + EXAMPLES_REVIEW64E
    + EXAMPLES_S63D
    + EXAMPLES_REVIEW64D
    + EXAMPLES_EXECUTIONS
    + EXAMPLES_STOCKS
    + EXAMPLES_NOMINAL
    + EXAMPLES_MOVES
    + EXAMPLES_MOVES_MORE
    + EXAMPLES_EQUIPMENT
    + EXAMPLES_ATTRIBUTES
    + EXAMPLES_INJURIES
    + EXAMPLES_RELATIVE
    + EXAMPLES_SPEAKERS
    + EXAMPLES_STATEMENTS
    + EXAMPLES_SINCE
    + EXAMPLES_PERIODS
    + EXAMPLES_PERIODS_TOLD_WITH
    + EXAMPLES_PERIOD_GUARDS
    + EXAMPLES_EVENT_DAYS
    + EXAMPLES_DATELINES
    + EXAMPLES_LISTS
    + EXAMPLES_JOINED
    + EXAMPLES_FRONTED
    + EXAMPLES_LOSER
    + EXAMPLES_COORDINATED
    + EXAMPLES_VERBS
    + EXAMPLES_TRACKERS
    + EXAMPLES_CAPTURES
    + EXAMPLES_AS_WRITTEN
    + EXAMPLES_MEASURES
    + EXAMPLES_NOT_EQUIPMENT
    + EXAMPLES_TOTAL_STATES
    + EXAMPLES_PRECISION
    + EXAMPLES_MODIFIERS
    + EXAMPLES_COUNTRIES
    + EXAMPLES_FLIGHT
    + EXAMPLES_FLIGHT_WORDS
    + EXAMPLES_REFUGEE_STORIES
    + EXAMPLES_MOVES_AND_NAMES
    + EXAMPLES_WHOLES
    + EXAMPLES_WHEN
    + EXAMPLES_CARE
    + EXAMPLES_CARE_OPENED
    + EXAMPLES_GAPPED
    + EXAMPLES_AS_OF
)
