"""
The clause reader's rows for the world's countries: refugees who reach any
country, by a name of one word or several, the host a stock takes, and the
side a demonym gives.  Our own sentences; the row format is the one of
``tests/cases/extraction.py`` (published on ``P``, a Thursday).
"""

from __future__ import annotations

from tests.cases.extraction import DISP, REF, K, P, Row, fig

EXAMPLES_COUNTRIES: list[Row] = [
    (
        "More than 12,000 Malians have crossed into Mauritania since January.",
        P,
        [fig(REF, 12_000, "more_than", side="Mali", location="Mauritania")],
        "a country of one word the old short list lacked",
    ),
    (
        "Some 30,000 people fled to Burkina Faso last month.",
        P,
        [fig(REF, 30_000, "about")],
        "a country of two words",
    ),
    (
        "About 120,000 people have arrived in the Central African Republic.",
        P,
        [fig(REF, 120_000, "about", location="Central African Republic")],
        "a country of three words after 'the'",
    ),
    (
        "Thousands fled into Türkiye.",
        P,
        [fig(REF, None, "vague")],
        "another name of a country",
    ),
    (
        "About 4,000 residents fled to neighbouring Bauchi state.",
        P,
        [fig(DISP, 4_000, "about")],
        "a state is no country: flight there is displacement",
    ),
    (
        "Chad (600,000), Egypt (450,000) and South Sudan (300,000) host the most refugees.",
        P,
        [
            fig(REF, 600_000, location="Chad"),
            fig(REF, 450_000, location="Egypt"),
            fig(REF, 300_000, location="South Sudan"),
        ],
        "the host of a stock is a country of two words, not the one its last word names",
    ),
    (
        "Two Chadian soldiers were killed.",
        P,
        [fig(K, 2, subject="Chadian soldiers", side="Chad")],
        "every country's demonym gives its side",
    ),
]
