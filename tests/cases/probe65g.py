"""
Rows of probe 65 (groups 3 and 1a). A past incident dated only by its month
or year is one incident (``cumulative=False``, no day, the month or year as
its period) when its words tell one: a singular noun of one incident with
its determiner, a participle's toll after a verb of one attack, or fighting
over one cause; a count with none of these keeps the month as a running
total's period. A war's whole toll told in the simple past ("were killed in
the civil war", "during the 1975-90 war") is a running total, the range of
years its period.
"""

from __future__ import annotations

from tests.cases.extraction import K, P, Row, fig

__all__ = ["EXAMPLES_PROBE65G"]

AUG_2019 = ["2019-08-01", "2019-08-31"]

EXAMPLES_PROBE65G: list[Row] = [
    (
        (
            "A court on Wednesday convicted two men of helping the gunmen who stormed a hotel "
            "in Mogadishu in August 2019, killing 26 people."
        ),
        P,
        [fig(K, 26, date=None, period=AUG_2019, cumulative=False)],
        "a participle's toll after a verb of one attack in a month: one incident (probe 65)",
    ),
    (
        (
            "A suicide bomber killed nine people at a market in the town on Tuesday. It was the "
            "worst attack on the town since June 2018, when a car bomb killed 40 people at a "
            "checkpoint."
        ),
        P,
        [
            fig(K, 9, date="2023-03-14", cumulative=False),
            fig(K, 40, date=None, period=["2018-06-01", "2018-06-30"], cumulative=False),
        ],
        "a 'when' clause's car bomb of a month: one incident, no running total (probe 65)",
    ),
    (
        (
            "Raiders killed five herders near the river on Monday, officials said. In fighting "
            "over a water point in May last year, 17 herders were killed."
        ),
        P,
        [
            fig(K, 5, date="2023-03-13"),
            fig(K, 17, date=None, period=["2022-05-01", "2022-05-31"], cumulative=False),
        ],
        "fighting over one cause in a month: one incident (probe 65)",
    ),
    (
        (
            "The tribunal convicted him over the massacre of 45 villagers in the hamlet of Tala "
            "in May 1994."
        ),
        P,
        [fig(K, 45, date=None, period=["1994-05-01", "1994-05-31"], cumulative=False)],
        "'the massacre of N' in a month: one incident (probe 65)",
    ),
    (
        "Government forces killed 250 people in February, the rights group said.",
        P,
        [fig(K, 250, period=["2023-02-01", "2023-02-28"], cumulative=True)],
        "(guard) a count in a month with no event of one incident: the month's total (probe 65)",
    ),
    (
        "In January, 120 people were killed, according to the monitor.",
        P,
        [fig(K, 120, period=["2023-01-01", "2023-01-31"], cumulative=True)],
        "(guard) a fronted month with no event: the month's total (probe 65)",
    ),
    (
        "Air strikes killed 600 civilians in 2022.",
        P,
        [fig(K, 600, period=["2022-01-01", "2022-12-31"], cumulative=True)],
        "(guard) several events in a year: the year's total (probe 65)",
    ),
    (
        "At least 80 people were killed in attacks across the region in December.",
        P,
        [fig(K, 80, "at_least", period=["2022-12-01", "2022-12-31"], cumulative=True)],
        "(guard) attacks across a region in a month: the month's total (probe 65)",
    ),
    (
        (
            "Police said gunmen shot dead four farmers on Tuesday. About 300,000 people were "
            "killed in the civil war."
        ),
        P,
        [
            fig(K, 4, date="2023-03-14", cumulative=False),
            fig(K, 300000, "about", date=None, period=None, cumulative=True),
        ],
        "a war's toll in the simple past is a running total, not the story's incident (probe 65)",
    ),
    (
        "An estimated 250,000 people died during the 1975-90 war in Lebanon.",
        P,
        [fig(K, 250000, "about", date=None, period=["1975-01-01", "1990-12-31"], cumulative=True)],
        "a war named by its years: a running total over them (probe 65)",
    ),
    (
        "Five people were killed in the war zone, police said.",
        P,
        [fig(K, 5, cumulative=False)],
        "(guard) 'the war zone' is a place, no war's toll (probe 65)",
    ),
    (
        "Two soldiers were killed in the war on Monday.",
        P,
        [fig(K, 2, date="2023-03-13", cumulative=False)],
        "(guard) a day of its own: one incident of the war (probe 65)",
    ),
]
