"""
Rows of session 63, helper k (probe 67, groups 3, 5 and 6): people freed,
rescued or returned are no captives, refugees or displaced (a release told
done by its noun, the parts of a count of the rescued or returned, refugees
who "have returned"); an ordinal before a plain noun of a person is one
person; a rate "one in N" of people is no count; survivors of a harm that
is no wound are no wounded; drones "lost in location" are no losses; a time
or a source set off between a verb and its count; people no one can
account for are missing; a transcript's speaker label is no verb; people
believed swept away are missing.
"""

from __future__ import annotations

from tests.cases.extraction import DEST, DISP, D, K, M, P, Row, W, fig

__all__ = ["EXAMPLES_S63K"]

EXAMPLES_S63K: list[Row] = [
    # -- released, rescued, returned (group 3)
    (
        "Mediators secured the release and repatriation of 96 detainees.",
        P,
        [],
        "captives named by a release told done are no captives (s63k)",
    ),
    (
        "Rights groups demanded the release of 312 detainees held without charge.",
        P,
        [fig(D, 312)],
        "(guard) a release only called for leaves its captives held (s63k)",
    ),
    (
        "Soldiers rescued 27 abducted farmers, including nine women, near the forest.",
        P,
        [],
        "a part of a count of the rescued is no captive (s63k)",
    ),
    (
        "Gunmen abducted 27 farmers, including nine women, near the forest.",
        P,
        [fig(D, 27), fig(D, 9, part=True)],
        "(guard) a part of a count of the abducted stays a part (s63k)",
    ),
    (
        (
            "Nearly 900,000 people have returned to their towns this year, among them 300,000"
            " refugees from neighbouring countries."
        ),
        P,
        [],
        "a part of a count of the returned is no refugee (s63k)",
    ),
    (
        "About 40,000 refugees have returned from Chad since January.",
        P,
        [],
        "refugees who have returned are returnees, no people in flight (s63k)",
    ),
    (
        "About 40,000 refugees have fled to Chad since January.",
        P,
        [fig("refugees", 40_000, "about")],
        "(guard) refugees who fled are still counted (s63k)",
    ),
    # -- ordinals, rates, survivors, 'lost in location' (group 5)
    (
        "A second boy died in hospital on Friday.",
        P,
        [fig(K, 1, cumulative=False)],
        "an ordinal before a plain noun of a person is one person, no toll so far (s63k)",
    ),
    (
        "A third soldier has died of his wounds.",
        P,
        [fig(K, 3, cumulative=True)],
        "(guard) an ordinal before a noun of a role still brings the toll to its place (s63k)",
    ),
    (
        "A fifth victim died on Sunday.",
        P,
        [fig(K, 5, cumulative=True)],
        "(guard) an ordinal victim's death still brings the toll to its place (s63k)",
    ),
    (
        "Nearly one in four children in the camp is out of school.",
        P,
        [],
        "a rate 'one in N' of people is no count (s63k)",
    ),
    (
        "Police killed 3 in 2 raids on Sunday.",
        P,
        [fig(K, 3)],
        "(guard) a count 'in' a count of raids is no rate (s63k)",
    ),
    (
        "The centre treated 85 survivors of sexual violence in May.",
        P,
        [],
        "survivors of a harm that is no wound are no wounded (s63k)",
    ),
    (
        "The field hospital treated 85 survivors of the shelling in May.",
        P,
        [fig(W, 85)],
        "(guard) survivors of shelling a hospital treats are wounded (s63k)",
    ),
    (
        "Air defences shot down 41 drones, and 9 more were lost in location.",
        P,
        [fig(DEST, 41)],
        "drones 'lost in location' are jammed, no losses (s63k)",
    ),
    (
        "Air defences shot down 41 drones, and nine more were lost.",
        P,
        [fig(DEST, 41), fig(DEST, 9)],
        "(guard) drones plainly lost are still losses (s63k)",
    ),
    # -- spoken counts (group 6)
    (
        'The mayor said: "We have lost, so far, 17 residents."',
        P,
        [fig(K, 17, subject="residents")],
        "a time set off by commas between a verb and its count (s63k)",
    ),
    (
        "Troops have killed, since Monday, 31 militants, the army said.",
        P,
        [fig(K, 31, subject="militants", claimed_by="the army")],
        "a span set off by commas between a verb and its count (s63k)",
    ),
    (
        "Troops killed three rebels, in the north, 12 civilians died.",
        P,
        [fig(K, 3), fig(K, 12)],
        "(guard) a count after an aside that opens a clause of its own keeps its verb (s63k)",
    ),
    (
        "We still have 14 workers we cannot account for.",
        P,
        [fig(M, 14, subject="workers")],
        "people no one can account for are missing (s63k)",
    ),
    (
        "Around 20 villagers have not been accounted for since the mudslide.",
        P,
        [fig(M, 20, "about")],
        "people not yet accounted for are missing (s63k)",
    ),
    (
        "All 35 crew members have been accounted for.",
        P,
        [],
        "(guard) people accounted for are found, no one missing (s63k)",
    ),
    (
        "The two soldiers could not account for their weapons.",
        P,
        [],
        "(guard) 'account for' with an object of its own counts no one (s63k)",
    ),
    (
        "HOST: Twelve?\nMAYOR: Twelve. And 400 people are in shelters.",
        P,
        [fig(DISP, 400)],
        "a transcript's speaker label is no verb ('HOST: Twelve?') (s63k)",
    ),
    (
        "Lebanon hosts 1.5 million refugees.",
        P,
        [fig("refugees", 1_500_000)],
        "(guard) 'hosts' as a verb still counts refugees (s63k)",
    ),
    (
        "Two hikers are feared to have been swept away by the flash flood.",
        P,
        [fig(M, 2, subject="hikers")],
        "people feared swept away are missing (s63k)",
    ),
    (
        "Two hikers were swept away by the flash flood.",
        P,
        [],
        "(guard) a plain 'swept away' counts no one missing (s63k)",
    ),
]
