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
        [fig(W, 2, subject="men")],
        (
            "(guard, after review 59) led away and shot, but alive: no execution; the"
            " wounded (review 60)"
        ),
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
    (
        "Twelve villagers were lined up and shot. Three others were wounded.",
        P,
        [fig(K, 12, subject="villagers"), fig(W, 3, subject="others")],
        "(guard, after review 60) others wounded in the next sentence leave the executed dead",
    ),
    (
        "Fourteen detainees were shot by a firing squad. Two others were taken to hospital.",
        P,
        [fig(K, 14, subject="detainees"), fig(W, 2, subject="others")],
        "(guard, after review 60) a firing squad's dead are never undone by the next sentence",
    ),
    (
        "Twelve men were shot and buried in a mass grave. Five others were wounded.",
        P,
        [fig(K, 12, subject="men"), fig(W, 5, subject="others")],
        "(guard, after review 60) a burial's dead are never undone by the next sentence",
    ),
    (
        (
            "Twelve villagers were lined up and shot. The UN called it a serious violation of"
            " international law."
        ),
        P,
        [fig(K, 12, subject="villagers")],
        "(guard, after review 60) 'serious' of a violation tells no one alive",
    ),
    (
        (
            "Police said 12 people were shot by a firing squad. The hospital in the town was"
            " destroyed."
        ),
        P,
        [fig(K, 12, subject="people", claimed_by="Police")],
        (
            "(guard, after review 60) a hospital as the next sentence's subject is no anaphor of"
            " the dead"
        ),
    ),
    (
        "Twelve villagers were lined up and shot. Most of the wounded were women.",
        P,
        [fig(K, 12, subject="villagers")],
        "(guard, after review 60) 'the wounded' are others, not the executed",
    ),
    (
        (
            "Twelve villagers were lined up and shot. Their relatives said they could no longer"
            " live in the village."
        ),
        P,
        [fig(K, 12, subject="villagers")],
        "(guard, after review 60) 'live' in the next sentence tells no one alive",
    ),
    (
        (
            "Two prisoners were shot in the head at close range by militiamen. Both are expected"
            " to recover."
        ),
        P,
        [fig(W, 2, subject="prisoners")],
        (
            "(guard, after review 60) a killing told by close range alone is undone when 'Both'"
            " recover"
        ),
    ),
    (
        "Twenty men were lined up against a wall and shot, and 15 others were injured.",
        P,
        [fig(K, 20, subject="men"), fig(W, 15, subject="others")],
        (
            "(guard, after review 60) the living scan stops at a new count: the others' injuries"
            " are theirs"
        ),
    ),
    (
        (
            "Thirty-five men were lined up against the walls of the temple and shot, while 12"
            " wounded villagers fled into the forest."
        ),
        P,
        [fig(K, 35, subject="men"), fig(W, 12, subject="villagers")],
        "(guard, after review 60) the living scan stops at a clause of a new group",
    ),
    (
        (
            "Twelve prisoners were shot by a firing squad, in what the UN called a serious"
            " violation of international law."
        ),
        P,
        [fig(K, 12, subject="prisoners")],
        "(guard, after review 60) 'serious' only with 'condition' tells someone alive",
    ),
    (
        "Ten men were marched into the forest and shot with live ammunition.",
        P,
        [fig(K, 10, subject="men")],
        "(guard, after review 60) 'live ammunition' tells no one alive",
    ),
    (
        "Twelve men were lined up and shot, and their bodies were wrapped in plastic sheeting.",
        P,
        [fig(K, 12, subject="men")],
        "(guard, after review 60) 'plastic' is a less lethal weapon only before a bullet or gun",
    ),
    (
        (
            "Thirty men were lined up and shot, witnesses said, as soldiers torched the village"
            " and stray dogs roamed."
        ),
        P,
        [fig(K, 30, subject="men", claimed_by="witnesses")],
        "(guard, after review 60) 'stray' is a less lethal weapon only in 'stray bullets'",
    ),
    (
        "Fourteen men were lined up and shot in the village where they had lived all their lives.",
        P,
        [fig(K, 14, subject="men")],
        "(guard, after review 60) 'lives' tells no one alive",
    ),
    (
        "Nine civilians were lined up and shot in a critical blow to peace talks.",
        P,
        [fig(K, 9, subject="civilians")],
        "(guard, after review 60) 'critical' only with 'condition' tells someone alive",
    ),
    (
        "Twelve prisoners were shot by a firing squad in a stadium that once hosted live concerts.",
        P,
        [fig(K, 12, subject="prisoners")],
        "(guard, after review 60) 'live concerts' tell no one alive",
    ),
    (
        "Twelve protesters were lined up and shot with rubber bullets.",
        P,
        [fig(W, 12, subject="protesters")],
        "(guard, after review 60) 'rubber bullets' still tell a weapon that rarely kills",
    ),
    (
        (
            "Two protesters were shot in Nairobi on Tuesday, prompting the UN to express grave"
            " concern."
        ),
        P,
        [fig(W, 2, subject="protesters", date="2023-03-14")],
        "(guard, after review 60) 'grave concern' is no grave",
    ),
    (
        "Two men were shot while visiting the grave of a friend at Oak Hill Cemetery.",
        P,
        [fig(W, 2, subject="men")],
        "(guard, after review 60) the grave of someone else tells no burial of those shot",
    ),
    (
        "A man was shot Tuesday while digging graves at Mount Olivet Cemetery.",
        P,
        [fig(W, 1, subject="man", date="2023-03-14")],
        "(guard, after review 60) 'digging graves': no grave of the group's own",
    ),
    (
        "Two teenagers were shot at a vigil for a friend who was buried on Friday.",
        P,
        [fig(W, 2, subject="teenagers", date="2023-03-10")],
        "(guard, after review 60) 'who was buried' is another's burial",
    ),
    (
        "A man was shot at a cemetery on the South Side where his brother is buried.",
        P,
        [fig(W, 1, subject="man")],
        "(guard, after review 60) 'where ... is buried' is another's burial",
    ),
    (
        "Two mourners were shot at a funeral as the coffin was lowered into the grave.",
        P,
        [fig(W, 2, subject="mourners")],
        "(guard, after review 60) a grave in a clause of another subject is not the group's",
    ),
    (
        "Two men were shot near the spot where the bodies of the victims were found last year.",
        P,
        [fig(W, 2, subject="men")],
        (
            "(guard, after review 60) the bodies of others in another clause tell nothing of those"
            " shot"
        ),
    ),
    (
        "Twelve men were shot and buried in a shallow grave near the village.",
        P,
        [fig(K, 12, subject="men")],
        "(guard, after review 60) 'shot and buried': the group's own burial",
    ),
    (
        "Police said two men were shot in the head at close range during a robbery.",
        P,
        [fig(W, 2, subject="men", claimed_by="Police")],
        "(guard, after review 60) close range and the head are one kind of sign: no execution",
    ),
    (
        "Three men were shot at point-blank range in the head outside a nightclub early Sunday.",
        P,
        [fig(W, 3, subject="men", date="2023-03-12")],
        "(guard, after review 60) point-blank and the head are one kind of sign: no execution",
    ),
    (
        "Twelve men were shot at close range by soldiers, most in the head.",
        P,
        [fig(K, 12, subject="men")],
        "(guard, after review 60) close range with an armed doer of a war: an execution",
    ),
    (
        "Two employees were forced into a back room and shot during the robbery, police said.",
        P,
        [fig(W, 2, subject="employees", claimed_by="police")],
        "(guard, after review 60) 'forced' leads away only captives or by armed men: the wounded",
    ),
    (
        "Two teenagers were taken to a party and shot, police said.",
        P,
        [fig(W, 2, subject="teenagers", claimed_by="police")],
        "(guard, after review 60) 'taken to a party' leads no one away: the wounded",
    ),
    (
        "Two people were led to a car and shot, police said.",
        P,
        [fig(W, 2, subject="people", claimed_by="police")],
        "(guard, after review 60) 'led' with no captives or armed men: the wounded",
    ),
    (
        "Two men were forced into a car and shot, police said. One died at the scene.",
        P,
        [fig(W, 2, subject="men", claimed_by="police"), fig(K, 1, claimed_by="police")],
        "(guard, after review 60) 'forced' with no captives: the wounded, one of whom died",
    ),
    (
        "Two people were tied up and shot, but one survived.",
        P,
        [fig(W, 2, subject="people")],
        "(guard, after review 60) 'tied' with no captives: the wounded",
    ),
    (
        "Two women were made to kneel and shot in the back of the head.",
        P,
        [fig(K, 2, subject="women")],
        (
            "(guard, after review 60) a sure manner after a second verb that leads no one away"
            " still executes"
        ),
    ),
    (
        "Two brothers were shot execution-style in their home on Sunday.",
        P,
        [fig(K, 2, subject="brothers", date="2023-03-12")],
        "(guard, after review 60) 'execution-style' read across its hyphen is a sure manner",
    ),
    (
        "Seven men were summarily shot by soldiers.",
        P,
        [fig(K, 7, subject="men")],
        "(guard, after review 60) 'summarily' before the harm is a sure manner",
    ),
    (
        "Forty workers were lined up and shot at a rubber plantation near Buchanan.",
        P,
        [fig(K, 40, subject="workers")],
        "(guard, after review 60) 'shot at' a place is a hit; 'rubber plantation' is no weapon",
    ),
    (
        "Ten men were blindfolded and shot.",
        P,
        [fig(K, 10, subject="men")],
        "(guard, after review 60) 'blindfolded' leads away on its own",
    ),
]
