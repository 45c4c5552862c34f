"""
Rows of session 63 (helper d): military loss lists told as Ukrainian and
Russian briefings and Oryx tell them ("losses amounted to N occupiers killed
and wounded, 2 tanks and ...", "put out of action", an "of which" breakdown
after a phrase of time or place), the people a daily loss report counts as
"lost" read alike, and "this year's" naming one edition of a yearly event
rather than a year so far.
"""

from __future__ import annotations

from tests.cases.extraction import CAPT, CAS, DEST, K, P, Row, fig

__all__ = ["EXAMPLES_S63D"]

DAMG, ABAN = "equipment_damaged", "equipment_abandoned"
DAY = ["2023-03-15", "2023-03-16"]

EXAMPLES_S63D: list[Row] = [
    (
        (
            "According to the southern command, enemy losses amounted to 112 occupiers killed"
            " and wounded, 4 tanks and 9 artillery systems."
        ),
        P,
        [
            fig(CAS, 112, subject="occupiers"),
            fig(DEST, 4, subject="tanks"),
            fig(DEST, 9, subject="artillery systems"),
        ],
        "a list of losses goes on past its people's two states, 'killed and wounded' (s63d)",
    ),
    (
        (
            "The invaders lost 64 servicemen killed or wounded, 3 tanks and 11 drones over the"
            " past day."
        ),
        P,
        [
            fig(CAS, 64, period=DAY),
            fig(DEST, 3, period=DAY),
            fig(DEST, 11, period=DAY),
        ],
        "'killed or wounded' after a lost group, then the equipment lost (s63d)",
    ),
    (
        "Russia lost 250 occupiers and 6 armoured vehicles near Bakhmut.",
        P,
        [fig(CAS, 250, subject="occupiers"), fig(DEST, 6)],
        "'occupiers', a side's name for the armed men it fights, counts people (s63d)",
    ),
    (
        "The brigade lost 30 soldiers killed, 2 tanks and a mortar.",
        P,
        [fig(K, 30), fig(DEST, 2), fig(DEST, 1)],
        "(guard) one state after a lost group stays the dead (s63d)",
    ),
    (
        "Paratroopers put out of action four enemy self-propelled guns on Tuesday.",
        P,
        [fig(DAMG, 4, date="2023-03-14")],
        "'put out of action' disables equipment, as 'disabled' does (s63d)",
    ),
    (
        "Two enemy howitzers were put out of action near the village.",
        P,
        [fig(DAMG, 2)],
        "'were put out of action': the passive (s63d)",
    ),
    (
        "The flood put the town's pumping station out of action.",
        P,
        [],
        "(guard) 'put ... out of action' around a thing with no count is no figure (s63d)",
    ),
    (
        (
            "Oryx says Russia has lost at least 40 armoured vehicles in the battle for Avdiivka"
            " since October, of which 31 were destroyed, six damaged and three abandoned."
        ),
        P,
        [
            fig(DEST, 31, subject="armoured vehicles"),
            fig(DAMG, 6, subject="armoured vehicles"),
            fig(ABAN, 3, subject="armoured vehicles"),
        ],
        "an 'of which' breakdown by outcome after phrases of place and time (s63d)",
    ),
    (
        (
            "The battalion lost 12 tanks near the river crossing, of which nine were destroyed"
            " and three captured."
        ),
        P,
        [fig(DEST, 9, subject="tanks"), fig(CAPT, 3, subject="tanks")],
        "'of which' takes the noun before a phrase of place (s63d)",
    ),
    (
        (
            "Over the past 24 hours, the enemy lost up to 420 servicemen and 5 tanks. Since the"
            " start of the year, the enemy has lost more than 61,000 servicemen."
        ),
        P,
        [
            fig(CAS, 420, "up_to", period=DAY),
            fig(DEST, 5, period=DAY),
            fig(CAS, 61_000, "more_than", period=["2023-01-01", "2023-03-16"]),
        ],
        "the people a daily loss report counts as lost are casualties in its total too (s63d)",
    ),
    (
        (
            "Over the past day, the AFU lost 210 troops. Russia has lost 1,500 soldiers in the"
            " region since January."
        ),
        P,
        [fig(CAS, 210, period=DAY), fig(K, 1_500)],
        "(guard) another side's soldiers lost stay the dead (s63d)",
    ),
    (
        (
            "Turkey has lost 11 soldiers this month. The PKK lost 20 militants and four vehicles"
            " in the fighting."
        ),
        P,
        [fig(K, 11), fig(CAS, 20), fig(DEST, 4)],
        "(guard) with no report over a period, 'lost 11 soldiers' stays the dead (s63d)",
    ),
    (
        "At least 45 worshippers died during this year's pilgrimage, officials said.",
        P,
        [fig(K, 45, "at_least", period=None, cumulative=False)],
        "'this year's pilgrimage' names one event's edition, no year so far (s63d)",
    ),
    (
        "Nearly 80 people have died in this year's monsoon floods.",
        P,
        [fig(K, 80, "nearly", period=None)],
        "'this year's monsoon floods': one season's floods, their toll (s63d)",
    ),
    (
        "At least 300 people have been killed in this year's fighting in the province.",
        P,
        [fig(K, 300, "at_least", period=["2023-01-01", "2023-03-16"], cumulative=True)],
        "(guard) 'this year's fighting' is the year so far (s63d)",
    ),
]
