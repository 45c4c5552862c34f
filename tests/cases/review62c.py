"""
Rows of review 62 (helper c): the whole group of an execution told alive
again only by a survival of the harm itself, not an earlier one, an
obituary's "survived by", "seen alive" or a survival the sentence then
undoes (item 7); a phrase of the deed's time or spot after a second noun
of one person describes no one, so two people are counted (item 6); a
"Victims:" line's dead are denied only by a denial of a death word's own
phrase, not by "No." before a number nor "not clear who killed" (item 10).
"""

from __future__ import annotations

from tests.cases.extraction import K, P, Row, W, fig

__all__ = ["EXAMPLES_REVIEW62C"]

EXAMPLES_REVIEW62C: list[Row] = [
    # item 7: a whole group told alive in the next sentence
    (
        "Four prisoners were lined up and shot. All four had survived a mortar attack in June.",
        P,
        [fig(K, 4)],
        "a survival in the past perfect is of an earlier time, not of the shooting (review 62, 7)",
    ),
    (
        "Six guards were lined up and shot. All six survived a car bomb last year.",
        P,
        [fig(K, 6)],
        "'survived' with an indefinite object survives another event (review 62, 7)",
    ),
    (
        "Four hostages were lined up and shot. All four survived the first burst but died at dawn.",
        P,
        [fig(K, 4)],
        "a survival the sentence goes on to undo with a death is no survival (review 62, 7)",
    ),
    (
        "Nine farmers were lined up and shot. All nine were last seen alive at the market.",
        P,
        [fig(K, 9)],
        "'seen alive' tells a time before the harm, not a survival (review 62, 7)",
    ),
    (
        "Two teachers were lined up and shot by the rebels. Both are survived by three sons.",
        P,
        [fig(K, 2)],
        "the obituary's 'survived by' tells the dead's kin (review 62, 7)",
    ),
    (
        "Eight miners were lined up and shot. All eight survived.",
        P,
        [fig(W, 8)],
        "(guard, review 62, 7) the whole group told to have survived is the wounded",
    ),
    (
        "Two porters were lined up and shot. Both survived the shooting.",
        P,
        [fig(W, 2)],
        "(guard, review 62, 7) a survival of the harm told, a definite object, is the wounded",
    ),
    (
        "Two porters were lined up and shot. Both are still alive.",
        P,
        [fig(W, 2)],
        "(guard, review 62, 7) 'alive' of the whole group is the wounded",
    ),
    # item 6: a phrase of time or of the deed's spot after the second noun
    (
        "Bandits killed a trader, a mechanic on Friday.",
        P,
        [fig(K, 1, subject="trader"), fig(K, 1, subject="mechanic")],
        "a day's phrase after a second noun describes no one: two people (review 62, 6)",
    ),
    (
        "The air strike killed a tailor, a cook in the early hours of Monday.",
        P,
        [fig(K, 1, subject="tailor"), fig(K, 1, subject="cook")],
        "a time phrase whose time word comes after 'of' describes no one (review 62, 6)",
    ),
    (
        "Militants killed a farmer, a herder at dawn.",
        P,
        [fig(K, 1, subject="farmer"), fig(K, 1, subject="herder")],
        "a time of day after 'at' describes no one (review 62, 6)",
    ),
    (
        "The explosion killed a mechanic, a guard at the scene.",
        P,
        [fig(K, 1, subject="mechanic"), fig(K, 1, subject="guard")],
        "the deed's spot ('at the scene', lx.DEATH_SPOTS) describes no one (review 62, 6)",
    ),
    (
        "The robber killed a shopper, a clerk at the till.",
        P,
        [fig(K, 1, subject="shopper"), fig(K, 1, subject="clerk")],
        "a customer and a clerk are two roles of one shop (lx.EXCLUSIVE_ROLES, review 62, 6)",
    ),
    (
        "The car bomb killed a soldier, a bystander at the checkpoint.",
        P,
        [fig(K, 1, subject="soldier"), fig(K, 1, subject="bystander")],
        "a bystander is a civilian, never the soldier (lx.EXCLUSIVE_ROLES, review 62, 6)",
    ),
    (
        "The shelling killed a man, a porter at the central station.",
        P,
        [fig(K, 1, subject="man")],
        "(guard, review 62, 6) a place's phrase of a workplace still describes the one person",
    ),
    (
        "Gunmen killed a man, a father of two on Saturday.",
        P,
        [fig(K, 1, subject="man")],
        "(guard, review 62, 6) 'of' after the second noun describes it before the day's phrase",
    ),
    (
        "The strike killed a medic, a driver for the local ambulance service.",
        P,
        [fig(K, 1, subject="medic")],
        "(guard, review 62, 6) a worker 'for' an employer describes the one person",
    ),
    (
        "The blast killed a guard, a worker on the night shift.",
        P,
        [fig(K, 1, subject="guard")],
        "(guard, review 62, 6) 'night' before another noun ('night shift') is no time phrase",
    ),
    # item 10: a denial of the deaths of a record
    (
        "File No. 31: murder. Victims: 3 women.",
        P,
        [fig(K, 3)],
        "'No.' before a number is an abbreviation, no denial of the murder (review 62, 10)",
    ),
    (
        (
            "Report 7. Type: Stabbing. Victims: 2 youths. Police said it was not known who"
            " killed them."
        ),
        P,
        [fig(K, 2)],
        "'not known who killed' denies no death: 'not' must deny the death word (review 62, 10)",
    ),
    (
        "Report 8. Type: Stabbing. Victims: 2 youths. Nobody was killed.",
        P,
        [fig(K, 0)],
        "(guard, review 62, 10) a subject that names no one denies the deaths",
    ),
]
