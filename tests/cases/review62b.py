"""
Rows after review 62 (helper b): a modal's guess at what is stays a count
unless its own clause, a clause fronted before it or a condition after it
tells a scenario ("Amid fears of a cover-up, residents said the dead could
number 90" is a guess; "Should the levee break, ..." is not); a count's own
period after a verb that sets a toll is kept unless a source set its own
count in a bare month ("revised its death toll to 140 in February"); a
headline's "N said killed" has the source after it as claimant; and a
cleft's "It was not until Tuesday that" no longer dates the count by the
statement (see also tests/test_review62_b.py).
"""

from __future__ import annotations

from tests.cases.extraction import K, P, Row, fig

__all__ = ["EXAMPLES_REVIEW62B"]

EXAMPLES_REVIEW62B: list[Row] = [
    (
        (
            "Early estimates indicate the number of dead may be as high as 800, the relief"
            " agency said."
        ),
        P,
        [fig(K, 800, "up_to", claimed_by="the relief agency")],
        "estimates before a modal's guess guess at what is (review 62)",
    ),
    (
        "The toll could be 450 by the army's own reckoning.",
        P,
        [fig(K, 450, "up_to")],
        "'by' a source's count is no time to come (review 62)",
    ),
    (
        "The death toll may have been 900 by the end of the occupation, a researcher said.",
        P,
        [fig(K, 900, "up_to", claimed_by="a researcher")],
        "'by the end of' a past event after a guess at the past is no time to come (review 62)",
    ),
    (
        "The dead could number 700, the governor said, and aid groups should be let in.",
        P,
        [fig(K, 700, "up_to", claimed_by="the governor")],
        "a modal 'should' in a later clause is no condition (review 62)",
    ),
    (
        "The dead may number 1,500, though it is not clear whether soldiers are among them.",
        P,
        [fig(K, 1_500, "up_to")],
        "a 'whether' inside a later clause is no condition of the guess (review 62)",
    ),
    (
        "The toll could be 250, 30 percent of them women, the agency said.",
        P,
        [fig(K, 250, "up_to", claimed_by="the agency")],
        "a share in an aside after the guessed number is no share of it (review 62)",
    ),
    (
        "The number of dead could be 2,000, three times the official count.",
        P,
        [fig(K, 2_000, "up_to")],
        "a multiple in an aside after the guessed number is no multiple of it (review 62)",
    ),
    (
        "Amid fears of a cover-up, residents said the dead could number 90.",
        P,
        [fig(K, 90, "up_to", claimed_by="residents")],
        "a fear in the speaker's clause is of something else (review 62)",
    ),
    (
        "Asked whether more bodies would be found, the governor said the toll could be 400.",
        P,
        [fig(K, 400, "up_to", claimed_by="the governor")],
        "a question's 'whether' in the speaker's clause is no condition (review 62)",
    ),
    (
        "By Friday evening, rescuers said the dead could number 150.",
        P,
        [fig(K, 150, "up_to", claimed_by="rescuers")],
        "a 'by' day before the speaker's verb dates the saying, no time to come (review 62)",
    ),
    (
        "The dead may number 300 per the provincial health office.",
        P,
        [fig(K, 300, "up_to", claimed_by="the provincial health office")],
        "'per' a source after the guessed number is no rate (review 62)",
    ),
    (
        "Should the levee break, the dead could number 5,000.",
        P,
        [],
        "a fronted clause opened by 'should' is a condition (review 62)",
    ),
    (
        "The dead could number 5,000 unless the levee holds.",
        P,
        [],
        "(guard, review 62) a condition in the guess's own clause",
    ),
    (
        "The toll may be 30 pc higher than the official figure.",
        P,
        [],
        "'pc' right after the guessed number is a share, as lx.SHARE_WORDS say (review 62)",
    ),
    (
        "The death toll could be 600 by the end of the month, aid agencies said.",
        P,
        [],
        "(guard, review 62) 'by the end of' a time to come is a projection",
    ),
    (
        "Under one scenario, the number of dead could be 20,000.",
        P,
        [],
        "(guard, review 62) a scenario named in a fronted clause",
    ),
    (
        "The monitor put the number of children killed at 480 in the first nine months of 2022.",
        P,
        [fig(K, 480, claimed_by="The monitor", period=["2022-01-01", "2022-09-30"])],
        "a toll named by what it counts keeps its own period after 'put ... at' (review 62)",
    ),
    (
        "The agency put the civilian death toll at 2,300 in 2022, up from 1,900 the year before.",
        P,
        [
            fig(K, 2_300, claimed_by="The agency", period=["2022-01-01", "2022-12-31"]),
            fig(K, 1_900),
        ],
        "a set toll's year with a comparison after it is the toll's own (review 62)",
    ),
    (
        (
            "Police raised the number of murders to 61 in February, the highest monthly figure"
            " since 2015."
        ),
        P,
        [fig(K, 61, claimed_by="Police", period=["2023-02-01", "2023-02-28"])],
        "a set toll's month with a superlative after it is the toll's own (review 62)",
    ),
    (
        "The observatory put the death toll at 95 in January alone.",
        P,
        [fig(K, 95, claimed_by="The observatory", period=["2023-01-01", "2023-01-31"])],
        "a month 'alone' is the toll's own (review 62)",
    ),
    (
        "The monitoring group revised its death toll to 140 in February.",
        P,
        [fig(K, 140, claimed_by="The monitoring group", period=None)],
        "(guard, review 62) a source's own toll revised in a bare month: when it was set",
    ),
    (
        "Scores of villagers said killed in army raid, activists report",
        P,
        [fig(K, None, "vague", claimed_by="activists")],
        "a headline's 'N said killed' is a participle: the source after it claims (review 62)",
    ),
    (
        "A car bomb that witnesses said killed nine people exploded near a mosque.",
        P,
        [fig(K, 9, claimed_by="witnesses")],
        "(guard, review 62) a relative clause's subject before 'said' claims",
    ),
    (
        "A car bomb on Monday that witnesses said killed nine people shook the market.",
        P,
        [fig(K, 9, claimed_by="witnesses", date="2023-03-13")],
        "(guard, review 62) a relative 'that' source states nothing of its head's day",
    ),
    (
        (
            "The boat capsized on Saturday. It was not until Tuesday that the navy said 31"
            " migrants had drowned."
        ),
        P,
        [fig(K, 31, claimed_by="the navy", date=None)],
        (
            "a cleft's 'It was not until Tuesday that' is no relative clause: the statement's"
            " day is not the deaths' (review 62; the capsizing's Saturday is not read yet)"
        ),
    ),
]
