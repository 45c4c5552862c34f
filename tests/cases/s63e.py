"""
Rows of session 63 (helper e): live-blog entries stamped with a clock time
alone take the day of publication; evacuations of patients to care, deaths
told by the age they came at and classes of people named by an adjective
after "the" are no victims; sources of a released colon list, of a pronoun's
claim inside its own sentence, of a document its owner's possessive names,
of a name holding "the" ("Save the Children") and of "with SOURCE recording".
"""

from __future__ import annotations

from tests.cases.extraction import CAPT, DISP, D, K, P, Row, W, fig

__all__ = ["EXAMPLES_S63E"]

EXAMPLES_S63E: list[Row] = [
    # -- live-blog entries stamped with a clock time alone (probe 66 group 11)
    (
        (
            "Live coverage\n10:15 \u2014 Officials say at least six people died when the bridge"
            " collapsed.\n12:40 \u2014 The toll has risen to nine, the fire service says."
        ),
        P,
        [fig(K, 6, "at_least", date=P), fig(K, 9, date=P)],
        "entries stamped with a clock time alone were written on the day of publication (s63e)",
    ),
    (
        "UPDATE 8:20 PM: Rescuers say four people were injured in the blast.",
        P,
        [fig(W, 4, date=P, claimed_by="Rescuers")],
        "an 'UPDATE' stamp with a time of day dates its entry by publication (s63e)",
    ),
    (
        "At 10:15 officials said at least six people died when the bridge collapsed.",
        P,
        [fig(K, 6, "at_least", date=None)],
        "(guard) a clock time inside a sentence is no entry's stamp (s63e)",
    ),
    (
        "10:15 \u2014 Officials say six people died when the bridge collapsed on Monday.",
        P,
        [fig(K, 6, date="2023-03-13")],
        "(guard) an entry's own day beats the stamp's day of publication (s63e)",
    ),
    # -- not victims (probe 66 group 10)
    (
        "Paramedics evacuated about 90 patients to other clinics as the shelling neared.",
        P,
        [],
        "patients evacuated to other places of care move between care, no one displaced (s63e)",
    ),
    (
        "Firefighters evacuated some 60 patients to other facilities.",
        P,
        [],
        "evacuated patients, by their noun, are moved from care, no one displaced (s63e)",
    ),
    (
        "Troops evacuated 2,000 villagers to camps in the south.",
        P,
        [fig(DISP, 2_000)],
        "(guard) villagers evacuated to camps are displaced (s63e)",
    ),
    (
        "The army evacuated 30 wounded soldiers to hospitals.",
        P,
        [fig(W, 30)],
        "(guard) the wounded evacuated to hospitals stay the wounded (s63e)",
    ),
    (
        "Renowned war photographer Jan Novak dies at 74",
        P,
        [],
        "an obituary's death told by the age it came at kills no one (s63e)",
    ),
    (
        "The former general died aged 91 on Tuesday.",
        P,
        [],
        "'died aged N' with no cause after it is an obituary's death (s63e)",
    ),
    (
        "A policeman died at 3 a.m. after being shot.",
        P,
        [fig(K, 1)],
        "(guard) a clock time after 'died at' is no age (s63e)",
    ),
    (
        "The journalist died at 54 after a sniper shot him.",
        P,
        [fig(K, 1)],
        "(guard) a cause after the age keeps the death (s63e)",
    ),
    (
        "Protesters denounced the killing of the innocent.",
        P,
        [],
        "'the innocent' names a class of people, no count of one (s63e)",
    ),
    (
        "Gunmen shot dead the elderly man outside his home.",
        P,
        [fig(K, 1)],
        "(guard) the adjective before a noun of a person leaves the one person (s63e)",
    ),
    # -- sources (probe 66 group 8)
    (
        "The interior ministry has published updated figures: 14 dead and 60 wounded.",
        P,
        [
            fig(K, 14, claimed_by="The interior ministry"),
            fig(W, 60, claimed_by="The interior ministry"),
        ],
        "the body that releases figures before a colon is the source of its list (s63e)",
    ),
    (
        (
            "Witnesses said two men were shot dead. The health authority released its latest"
            " data: 9 killed and 31 injured."
        ),
        P,
        [
            fig(K, 2, claimed_by="Witnesses"),
            fig(K, 9, claimed_by="The health authority"),
            fig(W, 31, claimed_by="The health authority"),
        ],
        "a released list's source is its own, not the sentence before's (s63e)",
    ),
    (
        (
            "08:10 - The Union of Medical Relief Organisations (UMRO) has just released new"
            " figures: 17 killed and 45 injured."
        ),
        P,
        [
            fig(K, 17, date=P, claimed_by="The Union of Medical Relief Organisations (UMRO)"),
            fig(W, 45, date=P, claimed_by="The Union of Medical Relief Organisations (UMRO)"),
        ],
        "a released list past an entry's stamp, a name's acronym and 'just' (s63e)",
    ),
    (
        "Police gave the following details: 3 dead.",
        P,
        [fig(K, 3, claimed_by=None)],
        "(guard) 'details' are no figures released (s63e)",
    ),
    (
        "The Wagner Group posted footage it said showed its fighters capturing five tanks.",
        P,
        [fig(CAPT, 5, claimed_by="The Wagner Group")],
        "'it said' inside the sentence stands for the body opening it (s63e)",
    ),
    (
        "The mayor visited the ward, where he said 12 wounded were being treated.",
        P,
        [fig(W, 12, claimed_by=None)],
        "(guard) 'he' stands for no body: a person by title is no 'it' or 'they' (s63e)",
    ),
    (
        "Residents reported 30 dead; the navy's bulletin spoke of 12 dead.",
        P,
        [fig(K, 30, claimed_by="Residents"), fig(K, 12, claimed_by="the navy's")],
        "a document's owner in lower case by its possessive is its source (s63e)",
    ),
    (
        "Elders say 80 men were killed; the army's own bulletin spoke of 12 arrested.",
        P,
        [fig(K, 80, claimed_by="Elders"), fig(D, 12, claimed_by="the army's")],
        "a document's owner past 'own' is its source (s63e)",
    ),
    (
        "The ministry's report cited 25 dead.",
        P,
        [fig(K, 25, claimed_by="The ministry's")],
        "a document that 'cited' a count is its owner's claim (s63e)",
    ),
    (
        "The victim's brother said 3 men were killed.",
        P,
        [fig(K, 3, claimed_by="The victim's brother")],
        "(guard) a possessive before a speaker keeps the speaker whole (s63e)",
    ),
    (
        "Four aid workers were killed, Save the Children said.",
        P,
        [fig(K, 4, claimed_by="Save the Children")],
        "a lower-case 'the' between a name's capitalised words stays inside the name (s63e)",
    ),
    (
        "Later the Red Cross said four aid workers were killed.",
        P,
        [fig(K, 4, claimed_by="the Red Cross")],
        "(guard) an adverb opening the sentence is no word of the name after 'the' (s63e)",
    ),
    (
        "Clashes spread, with Airwars recording 40 civilian deaths.",
        P,
        [fig(K, 40, claimed_by="Airwars")],
        "'with SOURCE recording N' names the source of its clause (s63e)",
    ),
    (
        "He was cited for bravery after rescuing 3 people.",
        P,
        [],
        "(guard) 'cited' with no count after it claims nothing (s63e)",
    ),
]
