"""
Rows for ``executions``: "shot" is the wounded unless its sentence tells an
execution (people led away first, a manner of execution, their remains or
burial after it), and no word of the living stands in its stretch.
"""

from __future__ import annotations

from tests.cases.extraction import K, P, Row, W, fig

__all__ = ["EXAMPLES_EXECUTIONS"]

EXAMPLES_EXECUTIONS: list[Row] = [
    (
        "Twenty villagers were lined up outside the school and shot by militiamen on Sunday.",
        P,
        [fig(K, 20, subject="villagers", date="2023-03-12")],
        "people lined up and shot were executed (session 59)",
    ),
    (
        "The 14 prisoners were taken to a quarry outside the town and then shot.",
        P,
        [fig(K, 14, subject="prisoners")],
        "people taken away and then shot: the harm is the group's second verb, an execution",
    ),
    (
        "Four men were dragged from their homes and shot execution-style.",
        P,
        [fig(K, 4, subject="men")],
        "dragged away and shot execution-style",
    ),
    (
        "Six farmers were shot at close range in a field near the village, most in the head.",
        P,
        [fig(K, 6, subject="farmers")],
        "two signs of a shot at close range ('at close range', 'in the head') tell an execution",
    ),
    (
        "Six farmers were shot at close range in a field near the village.",
        P,
        [fig(W, 6, subject="farmers")],
        "(guard, after review 59) one sign of a shot at close range alone tells no execution",
    ),
    (
        "Seven men were shot by a firing squad at dawn.",
        P,
        [fig(K, 7, subject="men")],
        "a firing squad executes",
    ),
    (
        "Nine guards were shot in the back of the head, a forensic report found.",
        P,
        [fig(K, 9, subject="guards")],
        "shot in the back of the head: an execution",
    ),
    (
        "Two men were shot Sunday night in Southwest Atlanta; the gunman remains at large.",
        P,
        [fig(W, 2, subject="men", date="2023-03-12")],
        "(guard, after review 59) 'remains' is a noun of the dead only after its determiner",
    ),
    (
        "Two men were shot in the head on Friday. Both are expected to recover.",
        P,
        [fig(W, 2, subject="men", date="2023-03-10")],
        "(guard, after review 59) the next sentence tells them alive: no execution",
    ),
    (
        "Three protesters were shot in the head with rubber bullets, medics said.",
        P,
        [fig(W, 3, subject="protesters", claimed_by="medics")],
        "(guard, after review 59) a weapon that rarely kills tells no execution",
    ),
    (
        "Two men were taken to a field and shot, but both survived.",
        P,
        [],
        "(guard, after review 59) led away and shot, but alive: no execution",
    ),
    (
        "Eleven miners were shot and buried in a pit near the mine.",
        P,
        [fig(K, 11, subject="miners")],
        "shot and buried: dead",
    ),
    (
        (
            "Three of the men were hacked to death by the crowd and the other five were shot"
            " by soldiers; the bodies were left by the road."
        ),
        P,
        [fig(K, 3), fig(K, 5)],
        "a bare count is read before 'were shot'; the bodies after it tell them dead",
    ),
    (
        "Two men were shot in the head and taken to hospital in critical condition.",
        P,
        [fig(W, 2, subject="men")],
        "(guard) shot in the head and taken to hospital: they lived",
    ),
    (
        "Four people were shot at close range outside a bar, one fatally.",
        P,
        [fig(W, 4, subject="people"), fig(K, 1)],
        "(guard) the part's adverb tells the fate, as with any 'shot'",
    ),
    (
        (
            "Three people were shot near the market, where police later found the bodies"
            " of two other men."
        ),
        P,
        [fig(W, 3, subject="people"), fig(K, 2)],
        "(guard) the bodies of others, counted, tell nothing of those shot",
    ),
    (
        "The other eight were shot by troops.",
        P,
        [fig(W, 8)],
        "a bare count before 'were shot' is people; no execution told, the wounded",
    ),
]
