"""
Rows of probe 64 (groups 1 and 2: claimants). A sentence that tells a
source issued a statement, a briefing or an update lends its source (and
its day) to the figures its paragraph tells next; a sentence-initial "It
said" or "They said" stands for the body that is the subject of the
sentence before. A second source in a clause of its own beside the main
one: a relative clause on the source ("..., who put the number of dead at
212"), an "as X warned that" clause, a participle that goes on with the
sentence's subject ("..., insisting the death toll stood at nine"), and a
dashed aside whose source speaks for its own clause alone.
"""

from __future__ import annotations

from tests.cases.extraction import CAS, DEST, DISP, D, K, M, P, Row, W, fig

__all__ = ["EXAMPLES_PROBE64A"]

EXAMPLES_PROBE64A: list[Row] = [
    (
        (
            "The provincial police issued a statement on Wednesday evening. Nine people were "
            "detained after the clashes."
        ),
        P,
        [fig(D, 9, claimed_by="The provincial police", date="2023-03-15")],
        "a statement issued lends its source and its day to the next sentence (probe 64)",
    ),
    (
        (
            "Kenya's Red Cross published its latest situation report. Over the past week, 14 "
            "people have died in the floods."
        ),
        P,
        [fig(K, 14, claimed_by="Kenya's Red Cross", cumulative=True)],
        "a report published lends its source to the next sentence's count over a period (probe 64)",
    ),
    (
        (
            "The regional health office gave an update on Wednesday. Over the past day, 27 people "
            "were wounded by shelling."
        ),
        P,
        [fig(W, 27, claimed_by="The regional health office")],
        "'gave an update' tells a statement (probe 64)",
    ),
    (
        "The coastguard held a press briefing on the quay. Eleven migrants are still missing.",
        P,
        [fig(M, 11, claimed_by="The coastguard")],
        "'held a press briefing' tells a statement (probe 64)",
    ),
    (
        "The coastguard held a press briefing on the quay.\n\nEleven migrants are still missing.",
        P,
        [fig(M, 11, claimed_by=None)],
        "(guard) a statement issued lends its source within its paragraph only (probe 64)",
    ),
    (
        "The mayor visited the hospital on Monday. Twelve people were wounded in the blast.",
        P,
        [fig(W, 12, claimed_by=None)],
        "(guard) a visit is no statement: the next sentence's count is the writer's (probe 64)",
    ),
    (
        "The army issued a statement on Tuesday. Local medics said six villagers were killed.",
        P,
        [fig(K, 6, claimed_by="Local medics")],
        "(guard) a sentence that names its own source keeps it (probe 64)",
    ),
    (
        "The militia released a video of the captives. Three of the hostages were killed.",
        P,
        [fig(K, 3, claimed_by=None)],
        "(guard) a video released is no statement (probe 64)",
    ),
    (
        (
            "The ministry said in a statement that talks would resume. Since the war began, "
            "9,000 soldiers have been killed."
        ),
        P,
        [fig(K, 9_000, claimed_by=None)],
        (
            "(guard) a statement with a that-clause of its own lends nothing to a war's count "
            "(probe 64)"
        ),
    ),
    (
        "The Sudanese army shelled the market on Tuesday. It said 40 fighters were killed.",
        P,
        [fig(K, 40, claimed_by="The Sudanese army")],
        "a sentence-initial 'It said' stands for the body the sentence before opens on (probe 64)",
    ),
    (
        "Rescue teams dug through the night. They said 19 bodies had been recovered.",
        P,
        [fig(K, 19, claimed_by="Rescue teams")],
        "'They said' stands for the many the sentence before opens on (probe 64)",
    ),
    (
        "The mayor toured the damaged school. They said four pupils were hurt.",
        P,
        [fig(W, 4, claimed_by=None)],
        "(guard) 'They' is no one person the sentence before opens on (probe 64)",
    ),
    (
        "The figure was challenged by hospital directors, who put the number of dead at 212.",
        P,
        [fig(K, 212, claimed_by="hospital directors")],
        "a source's relative clause 'who put the number at' is its claim (probe 64)",
    ),
    (
        (
            "Two people drowned in the floods, the agency said, as relief groups warned that about "
            "8,000 people had fled their homes."
        ),
        P,
        [
            fig(K, 2, claimed_by="the agency"),
            fig(DISP, 8_000, "about", claimed_by="relief groups"),
        ],
        "'as X warned that' is X's claim, not the main clause's source's (probe 64)",
    ),
    (
        (
            "The governor dismissed claims by activists that 60 people had been killed, insisting "
            "the death toll stood at nine."
        ),
        P,
        [fig(K, 60, claimed_by="activists"), fig(K, 9, claimed_by="The governor")],
        "a participle 'insisting' goes on with the sentence's subject (probe 64)",
    ),
    (
        "Three soldiers died in the ambush, the army said, adding that five more were wounded.",
        P,
        [fig(K, 3, claimed_by="the army"), fig(W, 5, claimed_by="the army")],
        "(guard) 'adding that' after a verb of saying goes on with its speaker (probe 64)",
    ),
    (
        (
            "Divers pulled 31 bodies from the river; the others - 200 people, according to local "
            "officials - are missing."
        ),
        P,
        [fig(K, 31, claimed_by=None)],
        "a source in a dashed aside after a semicolon speaks for its own clause only (probe 64)",
    ),
    (
        (
            "The strike killed 30 people - 10 of them children, according to the ministry - and "
            "wounded 50."
        ),
        P,
        [
            fig(K, 30, claimed_by="the ministry"),
            fig(K, 10, claimed_by="the ministry", part=True),
            fig(W, 50, claimed_by="the ministry"),
        ],
        "(guard) a dashed aside's source inside one clause speaks for the clause (probe 64)",
    ),
    (
        (
            "Russian units repelled three attacks, the ministry said. The enemy lost 90 servicemen "
            "and two infantry fighting vehicles."
        ),
        P,
        [
            fig(CAS, 90, claimed_by="the ministry"),
            fig(DEST, 2, claimed_by="the ministry"),
        ],
        "'fighting vehicles' names no war: the source before goes on (probe 64)",
    ),
]
