"""
Rows of probe 65 (helper F): a source carried to a sentence that names none
stops at the writer's background (another incident the story "came three
days after" or a comparison's "when" tells, a count whose time began in an
earlier year than the story's incident, unless the source itself counted
over so long a time); a source who reported what it heard or saw ("reported
seeing smoke") is no source of the sentences after it.
"""

from __future__ import annotations

from tests.cases.extraction import D, K, P, Row, W, fig

__all__ = ["EXAMPLES_PROBE65F"]

EXAMPLES_PROBE65F: list[Row] = [
    (
        (
            "A roadside bomb killed six soldiers on Tuesday, army officials said. The ambush "
            "came three days after rebels killed nine villagers in a nearby district."
        ),
        P,
        [
            fig(K, 6, subject="soldiers", claimed_by="army officials"),
            fig(K, 9, subject="villagers", claimed_by=None),
        ],
        "the incident a story 'came three days after' is the writer's, not the source's (probe 65)",
    ),
    (
        (
            "Gunmen killed 14 worshippers at a mosque on Friday, the provincial governor said. "
            "It was the worst attack in the province since 2016, when a suicide bomber killed "
            "52 people at a shrine."
        ),
        P,
        [
            fig(K, 14, subject="worshippers", claimed_by="the provincial governor"),
            fig(K, 52, subject="people", claimed_by=None),
        ],
        "a comparison's 'since 2016, when ...' tells the writer's earlier incident (probe 65)",
    ),
    (
        (
            "A landslide buried a bus on Monday, killing 11 passengers, rescue officials said. "
            "Floods and landslides in the region have killed more than 900 people since 2019."
        ),
        P,
        [
            fig(K, 11, subject="passengers", claimed_by="rescue officials"),
            fig(K, 900, "more_than", subject="people", claimed_by=None, cumulative=True),
        ],
        "a total since an earlier year after an incident's source is the writer's (probe 65)",
    ),
    (
        (
            "Two men were shot dead outside a bar on Sunday, police said. In the same "
            "neighbourhood in 2021, 17 people were killed in a single week."
        ),
        P,
        [
            fig(K, 2, subject="men", claimed_by="police"),
            fig(K, 17, subject="people", claimed_by=None),
        ],
        "a past year's count after an incident's source is the writer's (probe 65)",
    ),
    (
        (
            "The army said on Monday that 40 soldiers had been killed since the offensive began "
            "in 2021. Another 300 civilians have died in the fighting since 2020."
        ),
        P,
        [
            fig(K, 40, subject="soldiers", claimed_by="The army", cumulative=True),
            fig(K, 300, subject="civilians", claimed_by="The army", cumulative=True),
        ],
        "a source that counted over years goes on with its next long total (probe 65)",
    ),
    (
        (
            "The ministry said 25 people were killed in the region this year. Another 12 have "
            "died since January in the neighbouring province."
        ),
        P,
        [
            fig(K, 25, subject="people", claimed_by="The ministry", cumulative=True),
            fig(K, 12, claimed_by="The ministry", cumulative=True),
        ],
        "a count since this year's January is no earlier year's background (probe 65)",
    ),
    (
        (
            "Firefighters were sent to the warehouse on Tuesday night after a passer-by "
            "reported seeing smoke. Police detained two men at the scene."
        ),
        P,
        [fig(D, 2, subject="men", claimed_by=None)],
        (
            "one who 'reported seeing smoke' spoke of no count the next sentence goes on "
            "with (probe 65)"
        ),
    ),
    (
        "Residents reported seeing 20 bodies in the street on Tuesday.",
        P,
        [fig(K, 20, subject="bodies", claimed_by="Residents")],
        "a count a source saw is still its claim (probe 65)",
    ),
    (
        (
            "Three people were killed on Tuesday when a gunman opened fire in a shop, police "
            "said. Two others were wounded."
        ),
        P,
        [
            fig(K, 3, subject="people", claimed_by="police"),
            fig(W, 2, subject="others", claimed_by="police"),
        ],
        "the incident's own next count still goes on with its source (probe 65)",
    ),
]
