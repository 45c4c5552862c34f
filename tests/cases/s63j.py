"""
Rows of session 63 (j): a place or vehicle coordinated with a group's
preposition's object ("aboard a ferry and a tug") is no second group; a
dashed breakdown after a whole and a phrase of place ("all 40 people on
board — 36 pilgrims and four crew"); "Of the deceased, N were ..." names the
dead before it; a person described again with a relative clause after a
nominal killing of the person ("the killing of our driver Omar, a father of
three who was shot ...") is the same person.
"""

from __future__ import annotations

from tests.cases.extraction import K, P, Row, W, fig

__all__ = ["EXAMPLES_S63J"]

EXAMPLES_S63J: list[Row] = [
    (
        "All 23 people aboard a ferry and a fishing boat drowned when the vessels collided.",
        P,
        [fig(K, 23)],
        "a second vehicle after 'aboard ... and' is no second group (s63j)",
    ),
    (
        "Nine people in the mosque and the school were wounded in the blast.",
        P,
        [fig(W, 9)],
        "a second place after 'in ... and the' is no second group (s63j)",
    ),
    (
        "Two porters in the market and a vendor died in the fire.",
        P,
        [fig(K, 3), fig(K, 2, part=True), fig(K, 1, part=True)],
        "(guard) a person after 'in the market and a' is a second counted group (s63j)",
    ),
    (
        "Six miners in the shaft and the mine's manager died on Monday.",
        P,
        [fig(K, 7), fig(K, 6, part=True), fig(K, 1, part=True)],
        "(guard) a person after 'and the' is a second counted group (s63j)",
    ),
    (
        "The ferry fire killed all 40 people on board — 36 pilgrims and four crew.",
        P,
        [fig(K, 40), fig(K, 36, part=True), fig(K, 4, part=True)],
        "a dashed breakdown after a whole and its phrase of place (s63j)",
    ),
    (
        "The blast killed 30 soldiers in the north — 5 civilians were wounded.",
        P,
        [fig(K, 30), fig(W, 5)],
        "(guard) a clause after the dash is no breakdown (s63j)",
    ),
    (
        "Police said 17 people drowned. Of the deceased, nine were children.",
        P,
        [fig(K, 17, claimed_by="Police"), fig(K, 9, claimed_by="Police", part=True)],
        "'Of the deceased' names the dead before it: a part (s63j)",
    ),
    (
        'Police said 17 people drowned. "Of the deceased, nine were children," an officer said.',
        P,
        [
            fig(K, 17, claimed_by="Police"),
            fig(K, 9, claimed_by="an officer", part=True),
        ],
        "'Of the deceased' after an opening quote: a part (s63j)",
    ),
    (
        "The deceased, 34, was a teacher.",
        P,
        [],
        "(guard) 'The deceased, 34' is an age, no count (s63j)",
    ),
    (
        (
            "The union condemned the killing of reporter Dana Yusuf, a mother of two who was"
            " shot dead on Friday along with three other people."
        ),
        P,
        [fig(K, 1), fig(K, 3)],
        "a person described again with a relative clause after 'the killing of NAME' (s63j)",
    ),
    (
        "Police said a soldier was killed, a civilian who was passing by died.",
        P,
        [fig(K, 1, claimed_by="Police"), fig(K, 1, claimed_by="Police")],
        "(guard) a second person after a passive that ends in its verb is another one (s63j)",
    ),
]
