"""
Rows of session 63 (helper c, probe 66 groups 4, 5, 7 and 9): a breakdown
told after its total ("The 22 includes 19 ...", a country's count with the
verb left out, a share with its count set off, "two of the children" of a
group counted as a part); the hurt and missing in other words ("are still
being searched for", "shifted to hospital", "had fallen in the clash");
"one of the N people who died"; a relative clause with two participles
("who were seized ... and taken to ...") before the main verb.
"""

from __future__ import annotations

from tests.cases.extraction import D, K, M, P, Row, W, fig

__all__ = ["EXAMPLES_S63C"]

EXAMPLES_S63C: list[Row] = [
    # -- a breakdown told after its total (group 4)
    (
        (
            "Officials said 48 people were wounded in the riots. The 48 include 30 police"
            " officers hurt in the capital."
        ),
        P,
        [fig(W, 48, part=False), fig(W, 30, part=True)],
        "'The 48 include' names the whole of 48 told before: its list is parts (s63c)",
    ),
    (
        (
            "Rights groups said 22 people were killed on Tuesday. The 30 included 19 killed"
            " in Nairobi."
        ),
        P,
        [fig(K, 22, part=False), fig(K, 19, part=False)],
        "(guard) 'The 30 included' names no whole told before: no part of the 22 (s63c)",
    ),
    (
        (
            "The flu season was severe. Germany recorded 4,100 deaths, France 3,200 and Italy"
            " about 2,900."
        ),
        P,
        [fig(K, 4100), fig(K, 3200), fig(K, 2900, "about")],
        "a country's count with its verb left out, after a country's own record (s63c)",
    ),
    (
        "Kenya reported 12 deaths on Monday and said 98 more were expected.",
        P,
        [fig(K, 12)],
        "(guard) a number with a verb of its own is no gapped country's count (s63c)",
    ),
    (
        (
            "At least 120 migrants drowned off Libya last week. Nearly a third of them, 41, were"
            " children."
        ),
        P,
        [fig(K, 120, "at_least", part=False), fig(K, 41, part=True)],
        "a share of the figure before with its count set off by commas is a part (s63c)",
    ),
    (
        (
            "Some 300 people were wounded in the clashes. About half of those - 150 - were police"
            " officers."
        ),
        P,
        [fig(W, 300, "about", part=False), fig(W, 150, part=True)],
        "a share with its count set off by dashes is a part (s63c)",
    ),
    (
        (
            "At least 120 migrants drowned off Libya last week. Nearly a third of them, 41, were"
            " rescued later."
        ),
        P,
        [fig(K, 120, "at_least")],
        "(guard) a share with a verb after its count is not read as a part by who they are (s63c)",
    ),
    (
        (
            "Four soldiers and two civilians were killed in the ambush; one of the civilians was a"
            " nurse, and two of the soldiers were officers."
        ),
        P,
        [fig(K, 6, part=False), fig(K, 4, part=True), fig(K, 2, part=True)],
        "(guard) 'one of the civilians' with no fate adds no figure (s63c)",
    ),
    (
        (
            "Nine pupils and their driver were hurt when the bus overturned; three of the"
            " pupils were admitted to hospital."
        ),
        P,
        [fig(W, 10, part=False), fig(W, 9, part=True), fig(W, 1, part=True), fig(W, 3, part=True)],
        "'three of the pupils' after a group counted as a part, past a semicolon (s63c)",
    ),
    (
        "Six boys were wounded on Friday; two of the boys remain in serious condition.",
        P,
        [fig(W, 6, part=False), fig(W, 2, part=True)],
        "'two of the boys' after their group past a semicolon is a part (s63c)",
    ),
    (
        "Six boys were wounded on Friday; two of the guards remain in serious condition.",
        P,
        [fig(W, 6, part=False), fig(W, 2, part=False)],
        "(guard) 'two of the guards' names no group counted before: no part (s63c)",
    ),
    (
        (
            "At least 30 people were injured in the crash. The injured, among them four children,"
            " were shifted to a hospital in Multan."
        ),
        P,
        [fig(W, 30, "at_least", part=False), fig(W, 4, part=True)],
        "'The injured, among them four children,' opens an aside on the whole told before (s63c)",
    ),
    # -- the hurt and missing in other words (group 5)
    (
        "Three fishermen drowned and two are still being searched for after the boat capsized.",
        P,
        [fig(K, 3), fig(M, 2)],
        "those 'still being searched for' are missing (s63c)",
    ),
    (
        "Rescuers said 14 villagers were still being searched for under the mud.",
        P,
        [fig(M, 14, claimed_by="Rescuers")],
        "'were still being searched for' is missing (s63c)",
    ),
    (
        "Two suspects are still being searched for, police said.",
        P,
        [],
        "(guard) suspects searched for are sought, not missing (s63c)",
    ),
    (
        "Nine homes were searched for weapons.",
        P,
        [],
        "(guard) things searched are no people missing (s63c)",
    ),
    (
        "Four of the injured were shifted to a hospital in Lahore in critical condition.",
        P,
        [fig(W, 4)],
        "'shifted to a hospital' is care, as 'taken to' is (s63c)",
    ),
    (
        "Eleven passengers were moved to the nearest hospital after the bus plunged into a ravine.",
        P,
        [fig(W, 11)],
        "'moved to the nearest hospital' is care (s63c)",
    ),
    (
        "Five bodies were shifted to hospital for autopsy.",
        P,
        [fig(K, 5)],
        "(guard) bodies shifted to hospital are the dead, not the hurt (s63c)",
    ),
    (
        "Two policemen have fallen in the fighting around the airport, the ministry said.",
        P,
        [fig(K, 2, claimed_by="the ministry")],
        "forces who 'have fallen in' a fight are killed, as 'fell in' is (s63c)",
    ),
    (
        "Three soldiers had fallen during the night raid, the brigade said.",
        P,
        [fig(K, 3, claimed_by="the brigade")],
        "'had fallen during' a raid is killed (s63c)",
    ),
    (
        "Two soldiers had fallen in love with local women.",
        P,
        [],
        "(guard) 'fallen in love' is no death (s63c)",
    ),
    (
        "Five hikers had fallen in the ravine before rescuers arrived.",
        P,
        [],
        "(guard) only forces 'fall' in a fight: hikers fallen in a ravine are no death told (s63c)",
    ),
    # -- "one of the N people who ..." (group 7)
    (
        "The nurse was one of about 60 people who were killed when the market was shelled.",
        P,
        [fig(K, 60, "about")],
        "'one of about 60 people who were killed': the figure is the 60 (s63c)",
    ),
    (
        "She was one of the 14 passengers who drowned when the ferry sank.",
        P,
        [fig(K, 14)],
        "'one of the 14 passengers who drowned': an intransitive death, after 'the' (s63c)",
    ),
    (
        "Ahmed was one of 300 protesters who were arrested at the rally.",
        P,
        [fig(D, 300)],
        "'one of 300 protesters who were arrested': any fate (s63c)",
    ),
    (
        "Her cousin was one of the 43 students who vanished from the college.",
        P,
        [fig(M, 43)],
        "'who vanished' is missing, as 'disappeared' is (s63c)",
    ),
    (
        "He was one of the 40 people who survived the crash.",
        P,
        [],
        "(guard) 'one of the 40 people who survived' counts no one harmed (s63c)",
    ),
    (
        "The plane vanished from radar.",
        P,
        [],
        "(guard) a thing that vanished counts no one missing (s63c)",
    ),
    # -- a relative clause with two participles (group 9)
    (
        (
            "Four aid workers who were seized at a checkpoint and taken to a camp near Kidal were"
            " executed, the group said."
        ),
        P,
        [fig(K, 4, claimed_by="the group")],
        "the main verb after a relative clause of two participles is the fate (s63c)",
    ),
    (
        (
            "Nine migrants who were arrested near the border and moved to a detention centre"
            " died of heat."
        ),
        P,
        [fig(K, 9)],
        "an intransitive death after a relative clause of two participles (s63c)",
    ),
    (
        (
            "Seven fishermen who were detained by the coast guard and questioned for two days were"
            " released."
        ),
        P,
        [fig(D, 7)],
        "(guard) a main verb that is no fate leaves the relative clause's fate (s63c)",
    ),
    (
        "Six villagers who were abducted and killed by gunmen were buried.",
        P,
        [fig(K, 6)],
        "(guard) a second participle that is a fate is not stepped over (s63c)",
    ),
]
