"""
Rows of session 61: further members of a gapped list told by a day of the
calendar or a day told from the figure's own ("and two on 7 September",
"and a further two the following morning"); a further object's part's
verb ("killed his son and 29 of his students, some of whom were taken away")
is no verb of the object's own.
"""

from __future__ import annotations

from tests.cases.extraction import DEST, DISP, REF, D, K, M, P, Row, W, fig

__all__ = ["EXAMPLES_SESSION61"]

EXAMPLES_SESSION61: list[Row] = [
    (
        "Ten bodies were found near a canal that evening and a further two the following morning.",
        P,
        [fig(K, 10), fig(K, 2)],
        "a gapped member told by a day from the figure's own, after 'that evening' (session 61)",
    ),
    (
        "Three people died on 8 August and two on 7 September.",
        P,
        [fig(K, 3, date="2022-08-08"), fig(K, 2, date="2022-09-07")],
        "a gapped member told by a day of the calendar keeps its own day (session 61)",
    ),
    (
        "Two policemen were shot dead on 4 May, 2021 and three on 6 May, 2021, the ministry said.",
        P,
        [
            fig(K, 2, claimed_by="the ministry", date="2021-05-04"),
            fig(K, 3, claimed_by="the ministry", date="2021-05-06"),
        ],
        "a calendar day with its year after a comma ends the member (session 61)",
    ),
    (
        "Five people died on Tuesday and 40 on Wednesday were treated for smoke inhalation.",
        P,
        [fig(K, 5)],
        "a member with a verb of its own after its day is no gapped member (session 61)",
    ),
    (
        "The floods killed 3 people on 8 August and 4,000 families on 9 August, officials said.",
        P,
        [fig(K, 3, claimed_by="officials")],
        "a member whose noun is not the figure's is no gapped member (session 61)",
    ),
    (
        "Soldiers killed his son and 29 of his students, some of whom were taken away and shot.",
        P,
        [fig(K, 30), fig(K, 1, part=True), fig(K, 29, part=True)],
        "a further object's 'some of whom were ...' is its part's verb, not its own (session 61)",
    ),
    (
        "Gunmen abducted 30 passengers, 12 of whom were later killed.",
        P,
        [fig(D, 30), fig(K, 12)],
        "(guard) a part 'of whom' after an object counts its own fate (session 61)",
    ),
    (
        "Police revised down to 10 the number of people killed in Monday's bombing.",
        P,
        [fig(K, 10, claimed_by="Police")],
        "an inverted total after a verb's particle: 'revised down to 10 the number' (session 61)",
    ),
    (
        "The ministry put at 50 the number of dead.",
        P,
        [fig(K, 50, claimed_by="The ministry")],
        "an inverted total after 'put at' (session 61)",
    ),
    (
        (
            "The camps in Kenya host 380,000 refugees. A further 20,000 are living in makeshift "
            "shelters outside the camps."
        ),
        P,
        [fig(REF, 380_000), fig(REF, 20_000)],
        "a further number told after refugees, by where it lives, is more refugees (session 61)",
    ),
    (
        "Some 40,000 refugees have crossed into Chad. Another 10,000 have fled their homes.",
        P,
        [fig(REF, 40_000, "about"), fig(DISP, 10_000)],
        "(guard) a further number told by a flight from home is displaced (session 61)",
    ),
    (
        "Six people died along the coast of Florida, four in Miami.",
        P,
        [fig(K, 6), fig(K, 4, part=True)],
        (
            "(guard, review 63) a place inside a figure's longer place adds no gapped member;"
            " its count is a part of the figure (probe 64)"
        ),
    ),
    (
        "Police said six people had been taken in for questioning.",
        P,
        [fig(D, 6, claimed_by="Police")],
        "'taken in for questioning' is detained, as 'picked up for questioning' (session 61)",
    ),
    (
        "Two people were still believed to be under the debris, the mayor said.",
        P,
        [fig(M, 2, claimed_by="the mayor")],
        "people still under the debris are missing (session 61)",
    ),
    (
        "Dozens of people are under the rubble of the collapsed market.",
        P,
        [],
        "(guard) 'under the rubble' with no word of still being there tells no state (session 61)",
    ),
    (
        (
            "At least 326 people have been killed by security forces in the protests, according "
            "to information obtained by IHRNGO."
        ),
        P,
        [fig(K, 326, "at_least", claimed_by="IHRNGO")],
        "'information obtained by' names who counted, as 'figures compiled by' (session 61)",
    ),
    (
        "There were 1,200 deaths recorded by ACLED in the province.",
        P,
        [fig(K, 1_200, claimed_by="ACLED")],
        "'deaths recorded by' names who counted (session 61)",
    ),
    (
        (
            "Air defence forces shot down 37 cruise missiles overnight, Commander-in-Chief "
            "Valerii Zaluzhnyi has said."
        ),
        P,
        [fig(DEST, 37, claimed_by="Commander-in-Chief Valerii Zaluzhnyi")],
        "a hyphenated title is read whole before a speaker's name (session 61)",
    ),
    (
        "Troops destroyed 9 tanks. The General Staff's running tally also lists 7 guns.",
        P,
        [fig(DEST, 9), fig(DEST, 7, claimed_by="The General Staff's")],
        "a document's owner keeps its count past an adverb and the words after its possessive",
    ),
    (
        "The army spokesman, Colonel Ahmed Ali, on Sunday said 12 soldiers were killed.",
        P,
        [fig(K, 12, claimed_by="Colonel Ahmed Ali")],
        "a speaker's name set off after the speaker's role before a reporting verb (session 61)",
    ),
    (
        "The attack, in Kabul, Afghanistan, yesterday killed 12 people, police said.",
        P,
        [fig(K, 12, claimed_by="police")],
        "(guard) a place set off by commas after no speaker's noun is no speaker (session 61)",
    ),
    (
        "A police officer is recovering after being shot in the shoulder during a gunfight.",
        P,
        [fig(W, 1)],
        "'is recovering after being shot' is the hurt, alive (session 61)",
    ),
    (
        "Police are recovering after being criticised for the raid.",
        P,
        [],
        "(guard) recovering after no harm counts no one (session 61)",
    ),
    (
        "Police say a man went to hospital with a gunshot wound to the hand on Sunday night.",
        P,
        [fig(W, 1, claimed_by="Police")],
        "coming to care with an injury is the hurt, as escaping with one is (session 61)",
    ),
    (
        "Thousands of families arrived at the camp with nothing but their clothes.",
        P,
        [],
        "(guard) arriving with no injury, at no place of care, counts no one hurt (session 61)",
    ),
    (
        (
            "The victims - a 19-year-old man, a 22-year-old man and a 17-year-old girl - were "
            "all taken to hospital, police said."
        ),
        P,
        [fig(W, 3, claimed_by="police")],
        "a list in a dashed aside takes the verb after the closing dash (session 61)",
    ),
    (
        "The victims—two men and a girl—were taken to hospital.",
        P,
        [fig(W, 3), fig(W, 2, part=True), fig(W, 1, part=True)],
        "a dashed aside of long dashes glued to their words (session 61)",
    ),
    (
        "The blast killed 12 people and wounded the same number.",
        P,
        [fig(K, 12), fig(W, 12)],
        "'the same number' is the count before it, as 'a similar number' is (session 61)",
    ),
    (
        "The army lost the same number of soldiers as last year.",
        P,
        [],
        "(guard) 'the same number of' a group compares, no count (session 61)",
    ),
    (
        "The convoy - carrying two doctors and three nurses - was hit by a missile.",
        P,
        [],
        "(guard, review 63) a dashed aside with a verb of its own is no list of the verb's group",
    ),
    (
        "If the dam fails, officials said, the dead could number 3,000.",
        P,
        [],
        "(guard, review 63) a condition fronted before the speaker's words is the guess's",
    ),
    (
        "By Monday night, officials said the dead could be as many as 200.",
        P,
        [fig(K, 200, "up_to", claimed_by="officials")],
        "(guard, review 63) 'by' a weekday before the speaker is when they spoke, no scenario",
    ),
    (
        "Soldiers killed Rohingya, the UN said.",
        P,
        [],
        "(guard, review 63) a source after a people's name is no appositive of a person",
    ),
    (
        "Twelve people were killed in an earthquake recorded by the US Geological Survey.",
        P,
        [fig(K, 12)],
        "(guard, review 63) an event recorded by an agency names no source of the count",
    ),
    (
        (
            "Some 40,000 refugees have crossed into Chad. Another 10,000 are living in makeshift "
            "shelters inside Sudan."
        ),
        P,
        [fig(REF, 40_000, "about"), fig(DISP, 10_000)],
        "(guard, review 63) a further number staying inside a country is displaced",
    ),
    (
        "Two men turned up at the hospital with stab wounds.",
        P,
        [fig(W, 2)],
        "(review 63) turning up at care with an injury is the hurt ('up' a particle of coming)",
    ),
    (
        "Protesters turned up at the hospital with banners.",
        P,
        [],
        "(guard, review 63) turning up at care with no injury counts no one",
    ),
]
