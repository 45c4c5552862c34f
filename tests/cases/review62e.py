"""
Rows of review 62 (helper e): two lists of people misread. A relative
clause on a list member ("a woman who was fetching water") holds no verb of
a clause of its own, so the list after a member's own place ("a farmer in
his compound, a woman who ... and her son") goes on; and a list after a
noun's "of" that opens its clause ("The bodies of a shopkeeper, two
brothers and a teacher were found") is one list, the verb after its last
member the noun's, as a verb's object list is read.
"""

from __future__ import annotations

from tests.cases.extraction import D, K, P, Row, W, fig

__all__ = ["EXAMPLES_REVIEW62E"]

EXAMPLES_REVIEW62E: list[Row] = [
    # a relative clause on a list member after a member's own place
    (
        "Soldiers shot dead a farmer in his compound, a woman who was fetching water and her son.",
        P,
        [fig(K, 3)],
        "a relative clause's verb on a list member is no clause of its own (review 62e, 1)",
    ),
    (
        (
            "Troops shot dead a 70-year-old herder in his yard, a woman who was carrying firewood "
            "and her teenage son, and an unarmed man with a limp who could not run."
        ),
        P,
        [fig(K, 4)],
        "four people, the second and the last with relative clauses (review 62e, 1)",
    ),
    (
        "Police arrested a driver in his cab, a woman who lived next door and her brother.",
        P,
        [fig(D, 3)],
        "a relative clause on a member of a list of the arrested (review 62e, 1)",
    ),
    (
        "Gunmen killed a trader in his shop, a neighbour who saw the attack said.",
        P,
        [fig(K, 1, claimed_by="a neighbour")],
        "(guard, review 62e, 1) a speaker with a relative clause after a place is no member",
    ),
    (
        "Police detained a man in Leeds and a woman remains at large.",
        P,
        [fig(D, 1)],
        "(guard, review 62e, 1) a member with a verb of its own is a clause, not a member",
    ),
    # a verb's object noun and 'the lives of' keep a member's own clause
    (
        "Rescuers recovered the bodies of two soldiers and 11 hostages were freed.",
        P,
        [fig(K, 2)],
        "(guard, review 62e, 2) a verb's object noun: the member's verb is its own clause",
    ),
    (
        "The attack claimed the lives of two soldiers and three civilians were wounded.",
        P,
        [fig(K, 2), fig(W, 3)],
        "(guard, review 62e, 2) a verb's 'the lives of' is no noun subject",
    ),
]
