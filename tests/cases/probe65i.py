"""
Rows of probe 65 (groups 5 and 8). Sources the claim reader did not see: an
issuer after a noun of information ("according to preliminary information
from the regional police", "information received from"), speakers with the
place they speak from before "report" ("partners on the ground report
that"), a country's broadcaster ("Iraqi state radio", "Turkish television
said"), a finding body's "concluded", "ruled" or "found that" (a jury, a
court, a tribunal, an inquiry), evidence cited ("citing hospital records":
the claim stays its teller's) and speakers serving with a body ("nurses
working with the Red Cross said": the nurses). Non-victims made figures: a
count inside the deed a person is suspected of ("A man suspected of
stabbing two women was shot dead": the man is the dead), a vague word
inside an age ("a few weeks old") and one sidearm recovered alone ("a
pistol was found in the car").
"""

from __future__ import annotations

from tests.cases.extraction import CAPT, D, K, P, Row, W, fig

__all__ = ["EXAMPLES_PROBE65I"]

EXAMPLES_PROBE65I: list[Row] = [
    (
        (
            "According to preliminary information from the regional police, 14 people were "
            "killed when the bus overturned."
        ),
        P,
        [fig(K, 14, claimed_by="the regional police")],
        "an issuer after 'information from' is the claimant (probe 65)",
    ),
    (
        "According to information received from the district hospital, nine people were wounded.",
        P,
        [fig(W, 9, claimed_by="the district hospital")],
        "'information received from X': X is the claimant (probe 65)",
    ),
    (
        "Aid workers on the ground report that 23 villagers were killed in the raid.",
        P,
        [fig(K, 23, claimed_by="Aid workers on the ground")],
        "speakers with the place they speak from before the verb 'report' (probe 65)",
    ),
    (
        "Protection partners in the camp report that 40 people were abducted overnight.",
        P,
        [fig("detained", 40, claimed_by="Protection partners in the camp")],
        "'partners' speak, with their place, before 'report that' (probe 65)",
    ),
    (
        "A ground report said 30 people were killed.",
        P,
        [fig(K, 30, claimed_by=None)],
        "(guard) 'ground report' is a noun, no speakers before a verb (probe 65)",
    ),
    (
        "Six soldiers were killed in the ambush, Turkish television said.",
        P,
        [fig(K, 6, claimed_by="Turkish television")],
        "a country's television is a broadcaster, the claimant (probe 65)",
    ),
    (
        "Iraqi radio reported that 11 pilgrims were wounded.",
        P,
        [fig(W, 11, claimed_by="Iraqi radio")],
        "a country's radio is a broadcaster, the claimant (probe 65)",
    ),
    (
        "The tribunal ruled that 16 prisoners were unlawfully killed by guards.",
        P,
        [fig(K, 16, claimed_by="The tribunal")],
        "a tribunal's 'ruled that' states its finding: the claimant (probe 65)",
    ),
    (
        (
            "A jury at Leeds Crown Court has concluded that three workers were unlawfully killed "
            "in the fire."
        ),
        P,
        [fig(K, 3, claimed_by="A jury at Leeds Crown Court")],
        "a jury's 'concluded that' states its finding: the claimant (probe 65)",
    ),
    (
        "The public inquiry found that 27 patients were killed by the negligence of the staff.",
        P,
        [fig(K, 27, claimed_by="The public inquiry")],
        "an inquiry's 'found that' states its finding: the claimant (probe 65)",
    ),
    (
        "Firefighters found that four people were dead inside the flat.",
        P,
        [fig(K, 4, claimed_by="Firefighters")],
        "(guard) a finding verb of others keeps the reading it had (probe 65)",
    ),
    (
        "Thirty people were killed in the raid, the group said, citing hospital records.",
        P,
        [fig(K, 30, claimed_by="the group")],
        "evidence cited after 'citing' names no source: the teller claims (probe 65)",
    ),
    (
        "Thirty people were killed in the raid, the agency said, citing local officials.",
        P,
        [fig(K, 30, claimed_by="local officials")],
        "(guard) a source cited after 'citing' is the claimant (probe 65)",
    ),
    (
        "Nurses working with the Red Cross said 18 people had been wounded.",
        P,
        [fig(W, 18, claimed_by="Nurses working with the Red Cross")],
        "speakers serving with a body speak, not the body (probe 65)",
    ),
    (
        "Twenty people were killed, Kenyan doctors serving with the African Union force said.",
        P,
        [fig(K, 20, claimed_by="Kenyan doctors serving with the African Union force")],
        "speakers serving with a body after the figure speak, not the body (probe 65)",
    ),
    (
        "A man suspected of stabbing two women at a bus stop was shot dead by police.",
        P,
        [fig(K, 1, subject="man")],
        "the count inside the deed a man is suspected of is not the dead: he is (probe 65)",
    ),
    (
        "A teenager accused of shooting three classmates was arrested on Tuesday.",
        P,
        [fig(D, 1, subject="teenager", date="2023-03-14")],
        "the suspect is arrested, not the three he is accused of shooting (probe 65)",
    ),
    (
        "A man wanted for killing four people was arrested on Tuesday.",
        P,
        [
            fig(D, 1, subject="man", date="2023-03-14"),
            fig(K, 4, subject="people"),
        ],
        "a killing in the suspect's deed is read too, beside his arrest (probe 65)",
    ),
    (
        "Among the dead were twins just a few weeks old.",
        P,
        [],
        "a vague word inside an age is no count (probe 65)",
    ),
    (
        "A woman was shot dead on Sunday. A pistol was found in her car.",
        P,
        [fig(K, 1, subject="woman")],
        "one sidearm found alone is evidence, no equipment captured (probe 65)",
    ),
    (
        "Soldiers recovered three rifles and a pistol from the hideout.",
        P,
        [fig(CAPT, 3, subject="rifles"), fig(CAPT, 1, subject="pistol")],
        "(guard) a sidearm beside other weapons taken stays a figure (probe 65)",
    ),
]
