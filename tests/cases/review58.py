"""
Guard rows after the review of session 58's rules (session 59,
``/work/notes/review58.md``): each is a sentence of ordinary news that one of
those rules misread, with what a reader records.
"""

from __future__ import annotations

from tests.cases.extraction import D, K, P, Row, W, fig

__all__ = ["EXAMPLES_REVIEW58"]

EXAMPLES_REVIEW58: list[Row] = [
    (
        (
            "In 2016, a gunman killed 49 people at a nightclub in Orlando. On Saturday, a gunman"
            " opened fire at a party in Memphis, killing 2 people and wounding 12. Eleven of the"
            " victims were teenagers, police said."
        ),
        P,
        [
            fig(K, 49, location="Orlando", period=["2016-01-01", "2016-12-31"]),
            fig(K, 2, location="Memphis", date="2023-03-11"),
            fig(W, 12, location="Memphis", date="2023-03-11"),
            fig(W, 11, part=True, location=None),
        ],
        (
            "(guard, after review 58) a part larger than the latest whole goes back only to a"
            " whole of the same incident; victims more than the dead are of the hurt"
        ),
    ),
    (
        (
            "Between October and December alone, 1,410 people were killed in Haiti. Gangs also"
            " kidnapped at least 147 people during the quarter, the UN said."
        ),
        P,
        [
            fig(K, 1410, period=["2022-10-01", "2022-12-31"]),
            fig(D, 147, "at_least", period=["2022-10-01", "2022-12-31"], claimed_by="the UN"),
        ],
        "(guard, after review 58) a word after the span's comma is another clause's",
    ),
    (
        "Rescuers snatched 12 people from the floodwaters on Sunday.",
        P,
        [],
        "(guard, after review 58) people snatched from a peril are saved, not kidnapped",
    ),
    (
        "Gunmen snatched 20 students from their dormitory on Sunday.",
        P,
        [fig(D, 20, subject="students", date="2023-03-12")],
        "(guard, after review 58) people snatched by gunmen are kidnapped",
    ),
    (
        "The blast killed 40 people. Three soldiers were among the casualties.",
        P,
        [fig(K, 40)],
        "(guard, after review 58) 'among the casualties' adds no figure of its own",
    ),
    (
        "Job losses reached 4,000 workers at the steel plant.",
        P,
        [],
        "(guard, after review 58) job losses are no war's, in a total's words too",
    ),
    (
        "Heavy job losses rose to 4,000 workers in March.",
        P,
        [],
        "(guard, after review 58) an adjective before the losses' owner does not hide it",
    ),
    (
        (
            "Nearly 2,000 dead in Libya floods\n\nIn the city of Derna alone, 1,100 people were"
            " killed, the Red Crescent said."
        ),
        P,
        [
            fig(K, 2000, "nearly", location=None, claimed_by=None),
            fig(K, 1100, part=True, location="city of Derna", claimed_by="the Red Crescent"),
        ],
        (
            "(guard, after review 58) a one-digit round headline twins a body number within half"
            " its unit only; 'in X alone' is a part of the larger count before"
        ),
    ),
    (
        "A strike killed 40 people on Friday. Of the dead, 12 were buried on Sunday.",
        P,
        [fig(K, 40, date="2023-03-10"), fig(K, 12, part=True, subject="dead")],
        "(guard, after review 58) a participle after a fronted state's verb is no group",
    ),
]
