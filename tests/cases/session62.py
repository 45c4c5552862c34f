"""
Rows of session 62: an adverb of the present between a total's verb and
its number ("The death toll is now 250"), and a total's noun with a copula
before "at" ("The number of displaced people is still at 40,000"); a span of
time in a first verb phrase is no count before its coordinated fate ("was
driven for six hours to a hospital and died").
"""

from __future__ import annotations

from tests.cases.extraction import DEST, DISP, REF, K, P, Row, W, fig

__all__ = ["EXAMPLES_SESSION62"]

EXAMPLES_SESSION62: list[Row] = [
    (
        "The death toll is now 250, the health ministry said.",
        P,
        [fig(K, 250, claimed_by="the health ministry")],
        "an adverb between a total's copula and its number (session 62)",
    ),
    (
        "The number of dead was officially 300 by the end of the week.",
        P,
        [fig(K, 300)],
        "'officially' between the copula and the number (session 62)",
    ),
    (
        "Hospital officials said the toll is still 12 and could rise.",
        P,
        [fig(K, 12, claimed_by="Hospital officials")],
        "'still' between the copula and the number, the span ends at the number (session 62)",
    ),
    (
        "The number of displaced people is still at 40,000, aid agencies say.",
        P,
        [fig(DISP, 40000, claimed_by="aid agencies")],
        "a total's noun, its group and a copula before 'at' (session 62)",
    ),
    (
        "The death toll remains at 19.",
        P,
        [fig(K, 19)],
        "'remains at' states a toll (session 62)",
    ),
    (
        "The number of people is at 12 sites across the city.",
        P,
        [],
        "a number of things counted after 'at' is no total (session 62)",
    ),
    (
        "The number of people killed, he said, is at 50.",
        P,
        [],
        "an aside between the total's words and its copula is not read across (session 62)",
    ),
    (
        (
            "An elderly man, badly burned, was carried for six hours to a clinic across the"
            " border and died there two days later, his son said."
        ),
        P,
        [fig(K, 1, claimed_by="his son")],
        "a span of time in a first verb phrase is no count: the death decides (session 62)",
    ),
    (
        (
            "Two miners were trapped for three days in a flooded gallery and died before"
            " rescuers reached them."
        ),
        P,
        [fig(K, 2)],
        "'for three days' before the coordinated death (session 62)",
    ),
    (
        "Two miners were trapped for three days in a flooded gallery and rescued on Sunday.",
        P,
        [],
        "those trapped and rescued are no longer missing, past the span of time too (session 62)",
    ),
    (
        "The crew - an unnamed driver, his brother and a mechanic - were killed by the shell.",
        P,
        [fig(K, 3)],
        "a dashed aside's list with a word ending in '-ed' is the list (review 64)",
    ),
    (
        "The victims - named as a 19-year-old man and a 22-year-old man - were taken to hospital.",
        P,
        [fig(W, 2)],
        "'named as' opens a dashed list of the victims, no clause of its own (review 64)",
    ),
    (
        "The convoy - which was carrying two doctors and three nurses - was hit by a missile.",
        P,
        [],
        "a relative clause in dashes has a verb of its own (review 64)",
    ),
    (
        (
            "Some 40,000 refugees have crossed into Chad. Another 10,000 are living in camps"
            " along the border after fleeing the fighting in Darfur."
        ),
        P,
        [fig(REF, 40000, "about"), fig(REF, 10000)],
        "a flight tells how more refugees came, not where they stay (review 64)",
    ),
    (
        "If anything, officials said, the dead could number more than 3,000.",
        P,
        [fig(K, 3000, "more_than", claimed_by="officials")],
        "'if anything' is an idiom, no condition (review 64)",
    ),
    (
        "The health ministry revised up to 60 its count of the dead.",
        P,
        [fig(K, 60, "up_to", claimed_by="The health ministry")],
        "'revised up to' names its subject as the claimant (review 64)",
    ),
    (
        (
            "Air strikes killed nine fighters since Friday, raising to 40 the number of people"
            " killed since the offensive began, a monitoring group said."
        ),
        P,
        [
            fig(K, 9, claimed_by="a monitoring group", period=["2023-03-10", "2023-03-16"]),
            fig(K, 40, claimed_by="a monitoring group", period=None),
        ],
        "a total's own 'since' that no day resolves takes no other clause's period (session 62)",
    ),
    (
        "The army said its troops had neutralised 17 bandits in raids on Thursday.",
        P,
        [fig(K, 17, claimed_by="The army")],
        "'neutralised' of armed men is killed, as armies write it (session 62)",
    ),
    (
        "Up to 30 enemy servicemen were eliminated near the village, the ministry said.",
        P,
        [fig(K, 30, "up_to", claimed_by="the ministry")],
        "'were eliminated' of armed men is killed (session 62)",
    ),
    (
        "Air defences neutralised nine drones over the region overnight.",
        P,
        [fig(DEST, 9)],
        "'neutralised' of things is destroyed (session 62)",
    ),
    (
        "Investigators have eliminated four suspects from their inquiry.",
        P,
        [],
        "'eliminated' of anyone but armed men is no harm (session 62)",
    ),
    (
        "Three paratroopers fell in the fighting near Khan Younis, the army announced.",
        P,
        [fig(K, 3, claimed_by="the army")],
        "soldiers who 'fell in' a place or a fight are dead, as armies tell it (session 62)",
    ),
    (
        "Two soldiers fell in love during their posting.",
        P,
        [],
        "'fell in love' tells no death (session 62)",
    ),
    (
        "Three hikers fell in the river but swam to the bank.",
        P,
        [],
        "only a state's forces 'fell in' a fight: anyone else fell (session 62)",
    ),
    (
        "The rights group said it had documented 14 cases of abductions of activists since May.",
        P,
        [fig("detained", 14, claimed_by="The rights group")],
        "'cases of' a plural noun that counts itself count what they are of (session 62)",
    ),
    (
        "Police opened two cases of murder after the bodies were found.",
        P,
        [],
        "a police case's charge in the singular counts no one (session 62)",
    ),
    (
        "Six villagers who had been missing since the raid walked back into town on Monday.",
        P,
        [],
        "a relative clause's missing whose main verb tells them back (session 62)",
    ),
    (
        "Two climbers who went missing on the glacier were found alive by a helicopter crew.",
        P,
        [],
        "'who went missing ... were found alive': no one missing (session 62)",
    ),
    (
        "Two climbers who went missing on the glacier are still being sought.",
        P,
        [fig("missing", 2)],
        "a relative clause's missing still sought stays missing (session 62)",
    ),
    (
        "Twelve fishermen who went missing on Friday have not been found.",
        P,
        [fig("missing", 12)],
        "a relative clause's missing not found stay missing (review 65)",
    ),
    (
        "Six farmers who went missing when they returned to their fields are believed abducted.",
        P,
        [fig("missing", 6)],
        "another clause's 'returned' finds no one (review 65)",
    ),
    (
        "The company put its losses at 300 employees.",
        P,
        [],
        "losses put at a count of unarmed people are no war's (review 65)",
    ),
    (
        "Mayor Ana Ruiz toured the flooded district on Monday. They said 14 people had died.",
        P,
        [fig(K, 14, claimed_by=None)],
        "'They said' never takes a person named by title (review 65)",
    ),
    (
        "The UN published its daily update. In other news, a bus crash killed 14 people in Peru.",
        P,
        [fig(K, 14, claimed_by=None)],
        "a sentence on other matters takes no source its paragraph named (review 65)",
    ),
    (
        "A gunman killed nine people at a wedding in February, police said.",
        "2024-03-05",
        [fig(K, 9, claimed_by="police", cumulative=False, period=["2024-02-01", "2024-02-29"])],
        "one attacker's deed in a past month is one incident of that month (review 65)",
    ),
]
