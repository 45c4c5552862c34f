"""
The clause reader's rows for what a sentence shares among its figures:
death and injury joined into one count of casualties ("killed or
wounded"), a period that opens the sentence and frames all of it, the
side named by the subject of a verb of loss, and verbs joined around one
group ("arrested and charged a man", "was tasered and taken into
custody").  Our own sentences; the row format is the one of
``tests/cases/extraction.py`` (published on ``P``, a Thursday).
"""

from __future__ import annotations

from tests.cases.extraction import CAS, DEST, D, K, M, P, Row, W, fig

EXAMPLES_JOINED: list[Row] = [
    (
        "Gunmen abducted five farmers and later killed them in the forest.",
        P,
        [fig(D, 5, subject="farmers"), fig(K, 5, subject="farmers")],
        "a fate told of a counted group by 'them' after a second verb",
    ),
    (
        "Gunmen took nine men off the bus and shot them dead.",
        P,
        [fig(K, 9, subject="men")],
        "a group no verb counted, then shot dead as 'them'",
    ),
    (
        "Gunmen separated nine Hazara miners from the others, bound their hands and killed them.",
        P,
        [fig(K, 9, subject="Hazara miners")],
        "'them' past a people's name before the noun and a preposition's group (session 55)",
    ),
    (
        "Six soldiers ambushed the militants and killed them.",
        P,
        [],
        "the subject of the verb before is no group of 'them'",
    ),
    (
        "Police arrested three men and released them.",
        P,
        [fig(D, 3)],
        "'them' after a verb of no harm is no fate",
    ),
    (
        "Two blasts hit the market, killing and injuring nine people.",
        P,
        [fig(CAS, 9, subject="people")],
        "two active verbs of harm share one object: casualties",
    ),
    (
        "The ministry said 640 enemy troops had been killed or wounded over the past day.",
        P,
        [fig(CAS, 640, claimed_by="The ministry", period=["2023-03-15", "2023-03-16"])],
        "a passive 'killed or wounded' is one count of both",
    ),
    (
        "The army lost some 300 soldiers killed and wounded in the battle for the bridge.",
        P,
        [fig(CAS, 300, "about", subject="soldiers")],
        "participles after the group join death and injury too",
    ),
    (
        "The shelling left 27 dead or injured in the old town.",
        P,
        [fig(CAS, 27)],
        "adjectives of harm joined by 'or'",
    ),
    (
        "Eleven passengers were either killed or hurt when the carriage overturned.",
        P,
        [fig(CAS, 11, subject="passengers")],
        "'either ... or' between the two verbs",
    ),
    (
        "The bomb killed six people and wounded 31 others near the port.",
        P,
        [fig(K, 6, subject="people"), fig(W, 31, subject="other people")],
        "each verb with its own number: two figures, no casualties",
    ),
    (
        "Four miners were killed and 19 hurt in the collapse.",
        P,
        [fig(K, 4), fig(W, 19)],
        "a number between the two verbs keeps them apart",
    ),
    (
        "The sniper shot three guards dead and injured a fourth.",
        P,
        [fig(K, 3), fig(W, 1)],
        "'dead and injured' split between two figures is no pair",
    ),
]

EXAMPLES_FRONTED: list[Row] = [
    (
        "Since the ceasefire collapsed in January, 212 fighters have been killed and 450 wounded.",
        P,
        [
            fig(K, 212, period=["2023-01-01", "2023-03-16"], cumulative=True),
            fig(W, 450, period=["2023-01-01", "2023-03-16"], cumulative=True),
        ],
        "a period opening the sentence frames every figure in it",
    ),
    (
        "Last year, 96 aid workers were killed and 57 kidnapped, the monitor said.",
        P,
        [
            fig(K, 96, period=["2022-01-01", "2022-12-31"], cumulative=True),
            fig(D, 57, period=["2022-01-01", "2022-12-31"], cumulative=True),
        ],
        "'last year' before the comma frames both figures",
    ),
    (
        "Since Monday, 14 protesters have been arrested, and on Tuesday police shot dead two men.",
        P,
        [
            fig(D, 14, period=["2023-03-13", "2023-03-16"], cumulative=True),
            fig(K, 2, date="2023-03-14", period=None, cumulative=False),
        ],
        "a figure with its own date keeps it",
    ),
]

EXAMPLES_LOSER: list[Row] = [
    (
        "Russia has lost more than 8,000 armoured vehicles since the invasion began.",
        P,
        [fig(DEST, 8000, "more_than", side="Russia", cumulative=True)],
        "the subject of 'lost' is the side that lost them",
    ),
    (
        "Ukrainian troops lost two tanks near the river on Tuesday.",
        P,
        [fig(DEST, 2, side="Ukraine", date="2023-03-14")],
        "a side named by an adjective in the subject",
    ),
    (
        "Separatists said Ukraine's forces had lost 40 soldiers in the clash.",
        P,
        [fig(K, 40, side="Ukraine")],
        "a possessive names the side; auxiliaries between are skipped",
    ),
]

#: Verbs joined with "and" around one group (session 13).
EXAMPLES_COORDINATED: list[Row] = [
    (
        "Police have arrested and charged a 31-year-old woman.",
        P,
        [fig(D, 1)],
        "an active trigger, 'and' and a second verb of the same object",
    ),
    (
        "A 40-year-old man was tasered and taken into custody.",
        P,
        [fig(D, 1)],
        "a second verb of the group that is a phrase",
    ),
    (
        "Six farmers were beaten and taken away by the militia.",
        P,
        [fig(D, 6)],
        "'taken away' is an abduction",
    ),
    (
        "One man was hit by a stone and taken away in an ambulance.",
        P,
        [fig(W, 1)],
        "'taken away' to care is no abduction: hit and taken to care is a wound",
    ),
    (
        "Two elderly residents passed away in hospital.",
        P,
        [fig(K, 2)],
        "'passed away' is a death",
    ),
    (
        "Three people were shot, one seriously, outside a bar.",
        P,
        [fig(W, 3)],
        "a harm told alone with how badly one of them was hurt: all are wounded",
    ),
    (
        "Two monks and a novice were killed in the raid.",
        P,
        [fig(K, 3), fig(K, 2, part=True), fig(K, 1, part=True)],
        "a noun the lexicon does not know, after 'a', whose verb only people suffer, is someone",
    ),
    (
        "A rabbi has been stabbed near the synagogue.",
        P,
        [fig(W, 1)],
        "one person of a noun the lexicon does not know, stabbed",
    ),
    (
        "The bill was killed in committee.",
        P,
        [],
        "'the' and a noun the lexicon does not know: no one",
    ),
    (
        "An unknown number were wounded.",
        P,
        [],
        "'an unknown number' counts no one",
    ),
    (
        "Thirteen members of the state police and prosecutor's office were killed on Tuesday.",
        P,
        [fig(K, 13, subject="members of the state police and prosecutor's office")],
        "what members are members of, two bodies joined by 'and'",
    ),
    (
        "Five members of the Syrian Democratic Forces and Kurdish police were killed.",
        P,
        [fig(K, 5)],
        "two bodies' names past the words a group may hold",
    ),
    (
        "A bomb killed seven members of a pro-government militia and critically wounded two.",
        P,
        [fig(K, 7, subject="members of a pro-government militia"), fig(W, 2)],
        "an adverb and a verb after 'and' join no body",
    ),
    (
        "The bodies of all 29 cadres have been recovered.",
        P,
        [fig(K, 29, subject="cadres")],
        "an armed group's members are people",
    ),
    (
        "Local sources said approx. 60-80 people were killed.",
        P,
        [fig(K, 60, "range", stated_high=80)],
        "an estimate's qualifier before a range keeps the range",
    ),
    (
        (
            "The ministry said 49 servicemen were killed. On Wednesday, the prime minister "
            "raised the figure to 105."
        ),
        P,
        [fig(K, 49), fig(K, 105, claimed_by="the prime minister", cumulative=True)],
        "a bare total raised 'to' a number counts the figure before",
    ),
    (
        "Police said four people were hurt. The number of cars damaged rose to 30.",
        P,
        [fig(W, 4)],
        "a bare total's noun with a noun of its own after it is no bare total",
    ),
    (
        "PRESS RELEASE: Two of the abductors were arrested during the operation on Sunday.",
        P,
        [fig(D, 2, claimed_by=None)],
        "a release's label before its colon names no source",
    ),
    (
        "Four people died at the scene and two others in hospital.",
        P,
        [fig(K, 4, subject="people"), fig(K, 2, subject="other people")],
        "a death told at its spot leaves out the verb of the next group's death",
    ),
    (
        "One man was killed instantly, and another later in the hospital.",
        P,
        [fig(K, 1), fig(K, 1)],
        "a death told at once, then another later in care: both dead",
    ),
    (
        "The blast left four people dead and two others in hospital.",
        P,
        [fig(K, 4, subject="people"), fig(W, 2, subject="other people")],
        "without a death's spot, a place of care is the next group's state",
    ),
    (
        "Four people died at the scene and two others were taken to hospital.",
        P,
        [fig(K, 4, subject="people"), fig(W, 2, subject="other people")],
        "a verb of its own after the next group is its own",
    ),
    (
        "Three men were kidnapped on Monday and then executed.",
        P,
        [fig(K, 3, subject="men")],
        "a death coordinated after a capture and its time phrase is what befell the group",
    ),
    (
        "Five villagers were abducted from their homes and beheaded.",
        P,
        [fig(K, 5, subject="villagers")],
        "a death coordinated after a capture and its place phrase is what befell the group",
    ),
    (
        "A guard was seriously injured in the blast and lost a leg.",
        P,
        [fig(W, 1)],
        "(guard) a loss coordinated after an injury and its phrase is no death",
    ),
    (
        "Two women were also taken by the attackers and remain missing.",
        P,
        [fig(M, 2, subject="women")],
        "a capture whose people remain missing: missing, what is known of them now",
    ),
    (
        "Two women were abducted and later released.",
        P,
        [fig(D, 2, subject="women")],
        "(guard) a release coordinated after a capture leaves the capture",
    ),
    (
        "Two policemen were wounded in the gunfight and killed three of the attackers.",
        P,
        [fig(W, 2), fig(K, 3, side="perpetrator")],
        "(guard) a killing with its object after a harm is the group's deed, not its death",
    ),
    (
        "Two journalists were detained by soldiers and later killed a guard while escaping.",
        P,
        [fig(D, 2), fig(K, 1, subject="guard")],
        "(guard) a killing with its object after a capture is the captives' deed",
    ),
    (
        "Three men were kidnapped on Monday and killed two days later, police said.",
        P,
        [fig(K, 3, subject="men")],
        "(guard) a time after the coordinated killing is no object: the death decides",
    ),
    (
        "Three soldiers were wounded on Monday; one lost both legs.",
        P,
        [fig(W, 3)],
        "(guard) one of the wounded who lost a part of the body is no further person",
    ),
    (
        "More than 460 patients and their companions were killed at the hospital.",
        P,
        [fig(K, 460, "more_than", subject="patients")],
        "the owners' own people after 'and their' share the group's count",
    ),
    (
        "Five children and their mother were killed.",
        P,
        [fig(K, 6), fig(K, 5), fig(K, 1)],
        "(guard) one person after 'and their' is summed, as before",
    ),
    (
        "The fate of 20 residents remains unknown.",
        P,
        [fig(M, 20, subject="residents")],
        "people whose fate is unknown are missing",
    ),
    (
        "The whereabouts of the 12 fishermen are still unclear.",
        P,
        [fig(M, 12, subject="fishermen")],
        "people whose whereabouts are unclear are missing",
    ),
    (
        (
            "Police said 41 people died at the Al Noor mosque on Deans Avenue, seven at the"
            " Linwood mosque and one later in Christchurch Hospital."
        ),
        P,
        [fig(K, 41), fig(K, 7), fig(K, 1)],
        "a gapped list by sites with a name, a street, and an adverb before the place",
    ),
    (
        (
            "Officials said 424 people have died at the Jinnah Postgraduate Medical Centre"
            " (JPMC), 277 at Civil Hospital and 61 at Abbasi Shaheed Hospital."
        ),
        P,
        [fig(K, 424), fig(K, 277), fig(K, 61)],
        "a gapped list past a place's acronym in brackets",
    ),
    (
        "Seven further deaths were recorded in Castilla-La Mancha and one in Andalusia.",
        P,
        [fig(K, 7), fig(K, 1)],
        "a gapped list past a place's name with a hyphen",
    ),
]
