"""
Rows of session 60: a guess at a count that is, told with a modal ("the dead
could number 50,000"), against a projection of a total still to come ("the
toll could rise to 100"), which stays no count; and guard rows after review
60 (snatchers, another's kin, hyphenated fractions).
"""

from __future__ import annotations

from tests.cases.extraction import D, K, M, P, Row, W, fig

__all__ = ["EXAMPLES_SESSION60"]

EXAMPLES_SESSION60: list[Row] = [
    (
        "The dead could number 50,000, the Red Cross said on Thursday.",
        P,
        [fig(K, 50_000, "up_to", claimed_by="the Red Cross")],
        "a modal before a verb of state guesses at the total: as many as that (session 60)",
    ),
    (
        "The president said the death toll may be 2,000 to 2,500, far below earlier estimates.",
        P,
        [fig(K, 2_000, "range", stated_high=2_500, claimed_by="The president")],
        "'may be' a range keeps the range (session 60)",
    ),
    (
        "Officials said the toll could well be higher: perhaps 800 in all.",
        P,
        [],
        "a modal's guess with no number after its verb counts nothing (session 60)",
    ),
    (
        "Rescuers said the number of people missing could be as high as 300.",
        P,
        [fig(M, 300, "up_to", claimed_by="Rescuers")],
        "a guess at the missing with 'as high as' (session 60)",
    ),
    (
        "The toll may have been 3,000, a historian wrote.",
        P,
        [fig(K, 3_000, "up_to")],
        "'may have been' guesses at a past total (session 60)",
    ),
    (
        "Officials warned that the death toll could reach 500 as rescuers dig.",
        P,
        [],
        "(guard, session 60) a modal before a verb that moves the total is a projection",
    ),
    (
        "The death toll will be 500 by Friday, the minister predicted.",
        P,
        [],
        "(guard, session 60) 'will be' foretells, it does not guess at what is",
    ),
    (
        "The toll could be revised once families report the missing.",
        P,
        [],
        "(guard, session 60) a modal's passive with no number counts nothing",
    ),
    (
        "Militants snatched 12 fishermen from the river on Sunday.",
        P,
        [fig(D, 12, subject="fishermen")],
        "(guard, after review 60) fighters who snatch people from a river kidnap them",
    ),
    (
        "Armed men on motorbikes snatched 12 fishermen from the river on Sunday.",
        P,
        [fig(D, 12, subject="fishermen")],
        "(guard, after review 60) 'armed' anywhere in the snatchers' clause makes a kidnapping",
    ),
    (
        "Soldiers snatched 30 villagers from the floodwaters on Sunday.",
        P,
        [],
        "(guard, after review 60) soldiers who snatch people from a flood save them",
    ),
    (
        "Two girls were taken away by relatives of the militia commander and forced into marriage.",
        P,
        [fig(D, 2, subject="girls")],
        "(guard, after review 60) another's kin who take people away abduct them",
    ),
    (
        "Gunmen killed 69 villagers, two-thirds of them women and children.",
        P,
        [fig(K, 69, subject="villagers")],
        "a hyphenated fraction ('two-thirds') is a share, no count of two (session 60)",
    ),
    (
        "Estimates of the dead at the parish have ranged from 1,000 to 3,000, survivors said.",
        P,
        [fig(K, 1_000, "range", stated_high=3_000)],
        "estimates of a total that range from one number to another span its range (session 60)",
    ),
    (
        "The death toll varies from 200 to 400 depending on the source.",
        P,
        [fig(K, 200, "range", stated_high=400)],
        "a toll that varies from one number to another is a range (session 60)",
    ),
    (
        "The ages of the dead ranged from 3 to 80.",
        P,
        [],
        "(guard, session 60) a range of what the dead are (ages) is no count of them",
    ),
    (
        "Soldiers killed Rohingya fleeing the village, witnesses said.",
        P,
        [],
        "a people's name after the verb, with no number, counts no one (session 60; was 1)",
    ),
    (
        "Wife and daughter were also injured when the roof collapsed.",
        P,
        [fig(W, 2)],
        "(guard, session 60) a sentence's first people noun is no people's name",
    ),
    (
        "The previous toll, announced by the ministry on Tuesday, was 250.",
        P,
        [fig(K, 250)],
        "an aside set off by commas between a toll and its copula is the toll's (session 60)",
    ),
    (
        "The toll was 12, and the town's population is 8,000.",
        P,
        [fig(K, 12)],
        "(guard, session 60) a copula after another subject sets no toll",
    ),
    (
        "The council put the toll at 2,275 dead, 3,365 injured and 80 missing.",
        P,
        [
            fig(K, 2_275, cumulative=True, claimed_by="The council"),
            fig(W, 3_365, cumulative=True, claimed_by="The council"),
            fig(M, 80, cumulative=True, claimed_by="The council"),
        ],
        "a total's comma list: each member rides the total, a running count (session 60)",
    ),
    (
        "The death toll rose to 40, 12 people were wounded.",
        P,
        [fig(K, 40, cumulative=True), fig(W, 12, cumulative=False)],
        "(guard, session 60) a figure with a verb of its own after the comma rides no total",
    ),
    (
        "Iran, which said 136 of its nationals were among the dead, has led the criticism.",
        P,
        [fig(K, 136, claimed_by="Iran")],
        "a source named before its own relative clause ', which said' speaks (session 60)",
    ),
    (
        "The bombing, which said nothing of the dead, killed 12 people.",
        P,
        [fig(K, 12, claimed_by=None)],
        "(guard, session 60) an event before ', which said' is no source",
    ),
    (
        "A suicide bombing on Monday, which officials said killed 12 people, hit a market.",
        P,
        [fig(K, 12, claimed_by="officials", date="2023-03-13")],
        (
            "a source inside a relative clause ('which officials said killed') speaks, and its"
            " head's day stays the deed's (session 60)"
        ),
    ),
    (
        "A blast that police said killed 12 people hit a market.",
        P,
        [fig(K, 12, claimed_by="police")],
        "'said' before a state is no participle: 'that police said killed' (session 60)",
    ),
    (
        (
            "Amnesty International, which at first documented 66 deaths, raised its count to 82"
            " in October."
        ),
        P,
        [fig(K, 66), fig(K, 82, cumulative=True, period=None)],
        "'in' a month right after a set toll's number is when it was set (session 60)",
    ),
    (
        "The gunman killed a woman, a nurse at the local hospital.",
        P,
        [fig(K, 1)],
        "(guard, after review 61) a role's place phrase describes the one person before it",
    ),
    (
        "Police said the suspect shot and killed Hunter, a 19-year-old student, outside the store.",
        P,
        [fig(K, 1, claimed_by="Police")],
        "(guard, after review 61) a surname that is a people noun is still a person",
    ),
    (
        "Police said a speeding truck killed Hazara, 12, as she walked to school.",
        P,
        [fig(K, 1, claimed_by="Police")],
        "(guard, after review 61) a people's name with an appositive after it is a person",
    ),
    (
        (
            "Officials warned the death toll could be as high as 1,000 if the storm makes"
            " landfall near the capital."
        ),
        P,
        [],
        "(guard, after review 61) a modal's guess under a condition or a warning is a scenario",
    ),
    (
        "By 2050, the number of climate refugees could be 200 million.",
        P,
        [],
        "(guard, after review 61) a guess at a time to come after 'by' is a projection",
    ),
    (
        "The death toll may be 40% higher than reported.",
        P,
        [],
        "(guard, after review 61) a guessed share is no count",
    ),
    (
        "The dead ranged from 10 to 20 in each village.",
        P,
        [],
        "(guard, after review 61) a spread 'in each' place is no total's range",
    ),
    (
        (
            "Estimates of the toll ranged from 1,000 to 3,000, while estimates of the displaced"
            " varied from 10,000 to 50,000."
        ),
        P,
        [fig(K, 1_000, "range", stated_high=3_000)],
        "(guard, after review 61) estimates of no total's noun take no other clause's toll",
    ),
    (
        "The death toll, which officials had put at 200 on Monday, was 250 on Tuesday.",
        P,
        [fig(K, 200), fig(K, 250, date=None)],
        (
            "(guard, after reviews 61 and 62) an aside with a count of its own keeps the"
            " copula's count, which takes none of the aside's words (not dated Monday)"
        ),
    ),
    (
        "Police reported in January 45 homicides.",
        P,
        [fig(K, 45, period=["2023-01-01", "2023-01-31"])],
        "(guard, after review 61) a period before the reporting verb's own count is the count's",
    ),
    (
        "Twelve villagers were lined up and shot. All twelve survived.",
        P,
        [fig(W, 12, subject="villagers")],
        "(guard, after review 61) a whole group told to have survived was no execution's dead",
    ),
    (
        "Twelve villagers were lined up and shot. Two of them survived.",
        P,
        [fig(K, 12, subject="villagers")],
        "(guard, after review 61) a part that survived leaves the execution's dead",
    ),
    (
        "More bodies surfaced downstream, bringing the number recovered to at least 110.",
        P,
        [fig(K, 110, "at_least", cumulative=True)],
        "a total of the bodies recovered or found counts the dead (session 60)",
    ),
    (
        "The army said the number recovered stood at 30 weapons.",
        P,
        [],
        "(guard, session 60) a total recovered of things counts no dead",
    ),
    (
        "The army said 12 died. Tribal leaders gave the names of 46 men killed there.",
        P,
        [fig(K, 12, claimed_by="The army"), fig(K, 46, claimed_by="Tribal leaders")],
        "a source that gives the names of the dead gives their count (session 60)",
    ),
    (
        "Hostages who could not recite the verses were hacked to death: 20 of them.",
        P,
        [fig(K, 20)],
        "a clause with a finite verb before a colon is no label: its verb counts (session 60)",
    ),
]
