"""
Rows of session 63 (helper b): a total told with its own noun in a clause
of its own ("while the number of injured has reached 158") counts its whole
category, with no group or period of the clause before it; a tracker
that "shows" a count is its source.
"""

from __future__ import annotations

from tests.cases.extraction import DEST, K, P, Row, W, fig

__all__ = ["EXAMPLES_S63B"]

EXAMPLES_S63B: list[Row] = [
    (
        (
            "Nine more people died in the past day, while the number of wounded has climbed"
            " to 70, the ministry said."
        ),
        P,
        [
            fig(K, 9, period=["2023-03-15", "2023-03-16"], claimed_by="the ministry"),
            fig(W, 70, subject=None, period=None, cumulative=True, claimed_by="the ministry"),
        ],
        "a total with its own noun after 'while' takes no 'more' group or period of its own (s63b)",
    ),
    (
        "Four more villagers were killed in the last 24 hours, and the death toll has reached 37.",
        P,
        [
            fig(K, 4, period=["2023-03-15", "2023-03-16"]),
            fig(K, 37, subject=None, period=None, cumulative=True),
        ],
        "a toll with its own noun after ', and' is the whole count, not the day's (s63b)",
    ),
    (
        "Six more people were killed in the past 24 hours, while 25 others were injured.",
        P,
        [
            fig(K, 6, period=["2023-03-15", "2023-03-16"]),
            fig(W, 25, period=["2023-03-15", "2023-03-16"]),
        ],
        "(guard) a count with no total noun of its own shares the clause before's period (s63b)",
    ),
    (
        "In the past week, the number of people arrested has risen to 300.",
        P,
        [fig("detained", 300, period=["2023-03-09", "2023-03-16"], cumulative=True)],
        "(guard) a period fronted in the total's own clause stays its period (s63b)",
    ),
    (
        "Russia has lost 1,900 tanks since the invasion began, the tracker shows.",
        P,
        [fig(DEST, 1_900, claimed_by="the tracker", cumulative=True)],
        "a tracker that shows a count, no owner named, is the count's source (s63b)",
    ),
    (
        "The aid worker security database shows that 75 aid workers have been killed this year.",
        P,
        [fig(K, 75, claimed_by="The aid worker security database", cumulative=True)],
        "a database before 'shows' is the source of the count after it (s63b)",
    ),
    (
        "Russia has lost 1,900 tanks since the invasion began, the list shows.",
        P,
        [fig(DEST, 1_900, claimed_by=None, cumulative=True)],
        "(guard) a bare list names no source (s63b)",
    ),
]
