"""
Rows of review 62 (helper a): a total's verb of finding counts the dead only
when no state of the living follows it ("the number found alive"); a date in
an aside between a toll's noun and its copula is no count of its own, and a
count there leaves the copula's own count read; a long label's relative
clause keeps its auxiliary; a people's name before a comma is a person only
before an appositive.
"""

from __future__ import annotations

from tests.cases.extraction import DISP, REF, K, P, Row, W, fig

__all__ = ["EXAMPLES_REVIEW62A"]

EXAMPLES_REVIEW62A: list[Row] = [
    # Item 1: the word after a verb of finding says what was found.
    (
        "Rescuers kept digging on Wednesday, bringing the number found alive to 23.",
        P,
        [],
        "(review 62) the number found alive is no count of the dead",
    ),
    (
        "Firemen worked into the night, bringing the number pulled alive from the debris to 9.",
        P,
        [],
        "(review 62) the number pulled alive is no count of the dead",
    ),
    (
        "A jury convicted four more defendants, bringing the number found guilty to 31.",
        P,
        [],
        "(review 62) the number found guilty is a verdict's, no dead",
    ),
    (
        "Police searched the woods, bringing the number found safe to 14.",
        P,
        [],
        "(review 62) the number found safe is no count of the dead",
    ),
    (
        "Divers searched the river on Sunday, bringing the number recovered to at least 75.",
        P,
        [fig(K, 75, "at_least")],
        "(guard, review 62) the number recovered with nothing after the verb: bodies",
    ),
    (
        "Crews cleared the collapsed school, bringing the number pulled from the debris to 18.",
        P,
        [fig(K, 18)],
        "(guard, review 62) the number pulled from the debris: bodies",
    ),
    # Item 4: a date in an aside is no count; a count in it keeps the copula's.
    (
        "The death toll, confirmed on 2 March, is 61.",
        P,
        [fig(K, 61)],
        "(review 62) a day in an aside between a toll and its copula is no count of its own",
    ),
    (
        "The official death toll, last revised in 2019, was 3,400.",
        P,
        [fig(K, 3_400)],
        "(review 62) a year in an aside between a toll and its copula is no count of its own",
    ),
    (
        "The death toll, which stood at 12 overnight, was 19 by noon.",
        P,
        [fig(K, 12), fig(K, 19)],
        "(review 62) a count in the toll's aside and the copula's own count are both read",
    ),
    # Item 5: a relative clause's auxiliary is the label's.
    (
        "Refugees who have reached Uganda: 64,000",
        P,
        [fig(REF, 64_000)],
        "(review 62) a label with a relative clause's auxiliary is still a label",
    ),
    (
        "Displaced people who are sheltering in schools: 3,150",
        P,
        [fig(DISP, 3_150)],
        "(review 62) a label with a relative clause's auxiliary is still a label",
    ),
    (
        "Wounded who were flown to the capital: 27",
        P,
        [fig(W, 27)],
        "(review 62) a label with a relative clause's auxiliary is still a label",
    ),
    (
        "Villagers who refused to leave were shot dead: 14 of them",
        P,
        [fig(K, 14)],
        "(guard, review 62) a finite verb after the relative clause makes a clause, no label",
    ),
    # Item 11: a people's name before a comma is a person only before an appositive.
    (
        "Troops killed Rohingya, among them women, as they ran.",
        P,
        [],
        "(review 62) a people's name before a part's comma counts no one",
    ),
    (
        "Militiamen killed Yazidi, Christians and others in the town.",
        P,
        [],
        "(review 62) a people's name opening a list counts no one",
    ),
    (
        "Gunmen killed Hazara, a 16-year-old student, outside the school.",
        P,
        [fig(K, 1)],
        "(guard, review 62) a name before an appositive with its article is one person",
    ),
    (
        "Gunmen shot dead Baloch, 22, near his home.",
        P,
        [fig(K, 1)],
        "(guard, review 62) a name before an age set off is one person",
    ),
]
