"""
Rows of probe 64 (helper C): households whose people stand in brackets or
between dashes, after a participle too ("9,850 newly displaced households
(about 59,100 individuals)"); losses a source puts at a count of people or
things ("put its own losses at nine fighters"); the dead told by their
posture ("lay dead"); a total of things lost split by outcome (the parts
alone, of the things the total names).
"""

from __future__ import annotations

from tests.cases.extraction import CAPT, CAS, DEST, DISP, K, P, Row, fig

__all__ = ["EXAMPLES_PROBE64C"]

DAMG, ABAN = "equipment_damaged", "equipment_abandoned"

EXAMPLES_PROBE64C: list[Row] = [
    # households counted in their people
    (
        (
            "The UN migration agency counted 4,300 newly displaced households (roughly "
            "25,800 people) in the two provinces last month."
        ),
        P,
        [fig(DISP, 25_800, "about", subject="people", claimed_by="The UN migration agency")],
        "a participle before the household noun, the people in brackets after it (probe 64)",
    ),
    (
        (
            "Fighting uprooted 3,100 families \u2014 about 18,000 people \u2014 from villages "
            "near the border, aid groups said."
        ),
        P,
        [fig(DISP, 18_000, "about", subject="people", claimed_by="aid groups")],
        "households with their people between dashes count the people (probe 64)",
    ),
    (
        "Storms displaced 800 households - some 4,500 individuals.",
        P,
        [fig(DISP, 4_500, "about", subject="individuals")],
        "the dashed people may close the sentence (probe 64)",
    ),
    (
        "The floods displaced 2,000 households - mostly in the north - and damaged roads.",
        P,
        [fig(DISP, 2_000, subject="households")],
        "(guard) a dashed aside with no count of people leaves the households (probe 64)",
    ),
    # losses put at a count
    (
        "The army put its own losses at 14 soldiers.",
        P,
        [fig(CAS, 14, subject="soldiers", claimed_by="The army")],
        "losses put at people are casualties, as 'losses stood at' (probe 64)",
    ),
    (
        "Kyiv put the enemy's losses at 120 troops and nine tanks.",
        P,
        [
            fig(CAS, 120, subject="troops", claimed_by="Kyiv"),
            fig(DEST, 9, subject="tanks", claimed_by="Kyiv"),
        ],
        "losses put at people and things: casualties and things destroyed (probe 64)",
    ),
    (
        "Officials estimated the losses of the militia at 40 fighters.",
        P,
        [fig(CAS, 40, claimed_by="Officials")],
        "the owner of the losses may stand between them and 'at' (probe 64)",
    ),
    (
        "The insurgents put their losses at 12 men killed.",
        P,
        [fig(K, 12, subject="men", claimed_by="The insurgents")],
        "a state after the count says which losses (probe 64)",
    ),
    (
        "Farmers put their losses at 300 cattle.",
        P,
        [],
        "(guard) animals lost are no one (probe 64)",
    ),
    (
        "The company put its job losses at 400 workers.",
        P,
        [],
        "(guard) losses of no war (probe 64)",
    ),
    # the dead told by their posture
    (
        "Eleven people lay dead in the market after the shelling, witnesses said.",
        P,
        [fig(K, 11, subject="people", claimed_by="witnesses")],
        "'lay dead' tells the dead (probe 64)",
    ),
    (
        "At least 20 soldiers were lying dead near the checkpoint.",
        P,
        [fig(K, 20, "at_least", subject="soldiers")],
        "'were lying dead' tells the dead (probe 64)",
    ),
    (
        "Dozens of villagers lay dead or dying in the square.",
        P,
        [fig(K, None, "vague", subject="villagers")],
        "'dead or dying': the dead, as the story counts them (probe 64)",
    ),
    (
        "Six rescuers never made it out alive.",
        P,
        [fig(K, 6, subject="rescuers")],
        "'never made it out alive' is a death (probe 64)",
    ),
    (
        "Twelve miners never made it out of the shaft.",
        P,
        [],
        "(guard) a bare 'never made it out of' a place is no death: it may be a city (probe 64)",
    ),
    # a total of things lost split by outcome
    (
        (
            "Russian helicopter losses stand at 140, according to the open-source tracker, "
            "of which 100 were destroyed, 30 damaged and 10 captured."
        ),
        P,
        [
            fig(DEST, 100, claimed_by="the open-source tracker"),
            fig(DAMG, 30),
            fig(CAPT, 10, claimed_by="the open-source tracker"),
        ],
        "a breakdown past a source's aside counts the things before 'losses' (probe 64)",
    ),
    (
        "Russian helicopter losses stand at 140.",
        P,
        [fig(DEST, 140, side="Russia")],
        "a bare count of a thing's losses counts the thing, no people (probe 64)",
    ),
    (
        (
            "The blog has recorded the loss of 900 Ukrainian armoured vehicles: 600 "
            "destroyed, 120 damaged, 80 abandoned and 100 captured."
        ),
        P,
        [
            fig(DEST, 600, subject="Ukrainian armoured vehicles", side="Ukraine"),
            fig(DAMG, 120),
            fig(ABAN, 80),
            fig(CAPT, 100, subject="Ukrainian armoured vehicles"),
        ],
        "a total of losses split by outcome gives way to its parts (probe 64)",
    ),
    (
        "Russia has lost at least 500 tanks since 2022, of which 350 were destroyed.",
        P,
        [fig(DEST, 500, "at_least"), fig(DEST, 350)],
        "(guard) a total with one outcome's share stays (probe 64)",
    ),
    (
        "Officially confirmed deaths now stand at 40.",
        P,
        [fig(K, 40, claimed_by=None)],
        "an adverb opening the sentence before 'confirmed' is no source (probe 64)",
    ),
]
