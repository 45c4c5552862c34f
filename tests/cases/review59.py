"""
Guard rows after the review of session 59's own rules (session 59,
``/work/notes/review59.md``): each is a sentence of ordinary news that one of
those rules misread, with what a reader records.
"""

from __future__ import annotations

from tests.cases.extraction import D, K, P, Row, W, fig

__all__ = ["EXAMPLES_REVIEW59"]

EXAMPLES_REVIEW59: list[Row] = [
    (
        "Two men were pulled over and shot on Interstate 94, police said.",
        P,
        [fig(W, 2, claimed_by="police")],
        (
            "(guard, after review 59) 'pulled over' leads no one away to an execution: the"
            " group's second verb 'shot' is the wounded (review 60)"
        ),
    ),
    (
        (
            "A mother and her son were shot at close range at their home on Tuesday, police"
            " said. The son later died at the hospital."
        ),
        P,
        [fig(W, 2, claimed_by="police", date="2023-03-14"), fig(K, 1)],
        "(guard, after review 59) one sign of a shot at close range is no execution",
    ),
    (
        "Date: 12 March 2024. Location: Kharkiv. Victims: 4 civilians wounded.",
        P,
        [fig(W, 4, subject="civilians")],
        "(guard, after review 59) a 'Victims:' line that tells a harm gives the harm",
    ),
    (
        "Incident type: burglary. Victims: 2. Suspects: 1.",
        P,
        [],
        "(guard, after review 59) a 'Victims:' line that names no people counts no dead",
    ),
    (
        (
            "Gunmen killed 30 people in Zamfara on Sunday. A man who was at home alone was"
            " also killed."
        ),
        P,
        [fig(K, 30, date="2023-03-12"), fig(K, 1, part=False)],
        "(guard, after review 59) 'at home alone' is no share of a count before",
    ),
    (
        "The bus crash killed two passengers, a driver and a conductor.",
        P,
        [fig(K, 4), fig(K, 2, part=True), fig(K, 1, part=True), fig(K, 1, part=True)],
        "(guard, after review 59) passengers and crew are four, not two named again",
    ),
    (
        "The strike killed a doctor, a nurse, a paramedic.",
        P,
        [fig(K, 1), fig(K, 1), fig(K, 1)],
        "(guard, after review 59) a list's member after a comma is no appositive",
    ),
    (
        "The virus had already killed 12,000 people.",
        P,
        [fig(K, 12000, cumulative=True)],
        "(guard, after review 59) 'had already killed' is a running total",
    ),
    (
        "Gunmen snatched 12 fishermen from the river on Sunday.",
        P,
        [fig(D, 12, subject="fishermen", date="2023-03-12")],
        "(guard, after review 59) gunmen snatching people from a river kidnap them",
    ),
]
