"""
Rows of helper s63a (review 65, items 7, 8, 10 and 11): a source's running
total up to now keeps the carried source however early the war began; a
statement's day is not the day of an event named after the figure; a
participle of saying ends at ", and VERB"; "when they raided" after a
figure makes one incident of its month; "neutralised" attackers are killed;
a period after a compared count is that count's.
"""

from __future__ import annotations

from tests.cases.extraction import DISP, D, K, P, Row, W, fig

__all__ = ["EXAMPLES_S63A"]

EXAMPLES_S63A: list[Row] = [
    (
        (
            "The interior ministry said on Tuesday that 14 civilians were killed in shelling "
            "overnight. More than 9,000 civilians have been killed since the war began in "
            "August 2022."
        ),
        P,
        [
            fig(K, 14, claimed_by="The interior ministry", date="2023-03-14"),
            fig(
                K,
                9000,
                "more_than",
                claimed_by="The interior ministry",
                period=["2022-08-01", "2023-03-16"],
                cumulative=True,
            ),
        ],
        "a running total up to now keeps the carried source, begun in an earlier year (s63a)",
    ),
    (
        (
            "The interior ministry said on Tuesday that 14 civilians were killed. It was the "
            "worst day since 2019, when a car bomb killed 61."
        ),
        P,
        [
            fig(K, 14, claimed_by="The interior ministry", date="2023-03-14"),
            fig(K, 61, claimed_by=None, cumulative=False),
        ],
        "(guard) a comparison's past incident takes no carried source (s63a)",
    ),
    (
        (
            "The interior ministry said on Tuesday that 14 civilians were killed. In 2021, 300 "
            "civilians were killed in the province."
        ),
        P,
        [
            fig(K, 14, claimed_by="The interior ministry", date="2023-03-14"),
            fig(K, 300, claimed_by=None, period=["2021-01-01", "2021-12-31"]),
        ],
        "(guard) a closed span of an earlier year takes no carried source (s63a)",
    ),
    (
        (
            "The interior ministry said on Tuesday that 14 civilians were killed. More than "
            "40,000 civilians have been killed since 2015."
        ),
        P,
        [
            fig(K, 14, claimed_by="The interior ministry", date="2023-03-14"),
            fig(K, 40000, "more_than", claimed_by=None, cumulative=True),
        ],
        "(guard) a running total over many years is the writer's background (s63a)",
    ),
    (
        (
            "A senior officer said on Tuesday that 14 civilians were killed. More than 9,000 "
            "civilians have been killed since the war began in August 2022."
        ),
        P,
        [
            fig(K, 14, claimed_by="A senior officer", date="2023-03-14"),
            fig(K, 9000, "more_than", claimed_by=None, cumulative=True),
        ],
        "(guard) an officer's running total after the day's count is the writer's (s63a)",
    ),
    (
        "The navy issued a statement on Monday. Nine smugglers were killed in the clash.",
        P,
        [fig(K, 9, claimed_by="The navy", date=None)],
        "a statement's day does not date an event named after the figure (s63a)",
    ),
    (
        "The navy issued a statement on Monday. Nine smugglers were killed.",
        P,
        [fig(K, 9, claimed_by="The navy", date="2023-03-13")],
        "(guard) a count with no event of its own keeps the statement's day (s63a)",
    ),
    (
        "Guards detained 14 inmates, insisting they had planned an escape, and injured 6 others.",
        P,
        [fig(D, 14, claimed_by=None), fig(W, 6, claimed_by=None)],
        "a participle of saying ends at ', and VERB': the subject's own act (s63a)",
    ),
    (
        "Officials lowered the toll, insisting 14 people had died and 6 were injured.",
        P,
        [fig(K, 14, claimed_by="Officials"), fig(W, 6, claimed_by="Officials")],
        "(guard) a participle's claim covers its own clause's 'and' (s63a)",
    ),
    (
        "Gunmen killed 23 villagers when they raided a market in May 2021.",
        P,
        [fig(K, 23, cumulative=False)],
        "'when they raided' after a figure: one incident of its month (s63a)",
    ),
    (
        "Gunmen killed 230 villagers in 2021 when they raided settlements across the region.",
        P,
        [fig(K, 230, cumulative=True)],
        "(guard) raids across a region stay a year's count (s63a)",
    ),
    (
        "Troops said they had neutralised 9 kidnappers in the forest.",
        P,
        [fig(K, 9, claimed_by="Troops")],
        "'neutralised' attackers are killed (s63a)",
    ),
    (
        "Troops said they had neutralised 9 suspects in the forest.",
        P,
        [],
        "(guard) 'neutralised' suspects are no count of the dead (s63a)",
    ),
    (
        "The number of people in shelters stands at 12,000, up from 9,000 last week.",
        P,
        [
            fig(DISP, 12000, period=None, cumulative=True),
            fig(DISP, 9000, period=["2023-03-06", "2023-03-12"], cumulative=True),
        ],
        "a period after a compared count is that count's only (s63a)",
    ),
    (
        "The number of people in shelters rose to 12,000 last week, up from 9,000.",
        P,
        [fig(DISP, 12000, period=["2023-03-06", "2023-03-12"], cumulative=True), fig(DISP, 9000)],
        "(guard) a period before the comparison stays the figure's (s63a)",
    ),
]
