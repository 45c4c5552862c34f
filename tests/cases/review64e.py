"""
Rows of review 64 (helper e): claimants and days. "Recorded by" names no
source after one event told with its article ("a magnitude 5.8 tremor", "the
storm") or a superlative after "the" ("the deadliest"), but does after
events in the plural and after other words that end in "-est" ("the
unrest", "the protest"; ``claims._event_or_most``). A gapped member's day
told from the figure before's ("and five the next day") is shifted from that
figure's day, else from the last day told before the member, never from one
told after it (``gapped.gapped_day``). An appositive after a victim's name
whose relative clause's own verb is a verb of saying ("Yusuf, a shopkeeper
who told neighbours ...") is no source (``claimant_phrases.before_who``,
``claimant_phrases.article_source``), nor is a period after the audience of
that telling the figure's ("who had told his family last month").
"""

from __future__ import annotations

from tests.cases.extraction import K, P, Row, fig

__all__ = ["EXAMPLES_REVIEW64E"]

EXAMPLES_REVIEW64E: list[Row] = [
    (
        "More than 150 civilians died in air raids documented by the rights group Airwars.",
        P,
        [fig(K, 150, "more_than", claimed_by="the rights group Airwars")],
        "events in the plural documented by a group are the group's count (review 64 #12)",
    ),
    (
        (
            "At least 40 people have been killed in the unrest recorded by Human Rights Watch"
            " since January."
        ),
        P,
        [fig(K, 40, "at_least", claimed_by="Human Rights Watch", cumulative=True)],
        "'the unrest' is no superlative: its recorder is the source (review 64 #12)",
    ),
    (
        (
            "Some 25 deaths in the protest documented by the Iraqi Human Rights Commission were"
            " caused by snipers."
        ),
        P,
        [fig(K, 25, "about", claimed_by="the Iraqi Human Rights Commission")],
        "'the protest' is no superlative: its recorder is the source (review 64 #12)",
    ),
    (
        "The bloodiest clashes documented by the observatory killed 85 fighters.",
        P,
        [fig(K, 85, claimed_by="the observatory")],
        "a superlative before plural events documented by a monitor: the monitor's (review 64 #12)",
    ),
    (
        (
            "Nine people were killed in a shallow magnitude 5.8 tremor recorded by the national "
            "seismology centre."
        ),
        P,
        [fig(K, 9, claimed_by=None)],
        "(guard, review 64 #12) one event recorded, its article words before it: no source",
    ),
    (
        "Eleven people were killed in the storm recorded by the Meteorological Department.",
        P,
        [fig(K, 11, claimed_by=None)],
        "(guard, review 64 #12) 'the storm recorded by': the event recorded, no source",
    ),
    (
        "Forty people died in the heatwave, the deadliest recorded by the weather service.",
        P,
        [fig(K, 40, claimed_by=None)],
        "(guard, review 64 #12) 'the deadliest recorded by': a superlative of the event, no source",
    ),
    (
        "Three villagers were killed on Monday, five the next day and one on Wednesday.",
        P,
        [
            fig(K, 3, date="2023-03-13"),
            fig(K, 5, date="2023-03-14"),
            fig(K, 1, date="2023-03-15"),
        ],
        "'the next day' is told from the member before's day, not the day after it (review 64 #14)",
    ),
    (
        (
            "Two policemen died on 4 March and three the following day, before the curfew was"
            " lifted on 9 March."
        ),
        P,
        [fig(K, 2, date="2023-03-04"), fig(K, 3, date="2023-03-05")],
        "a day told after the member in another clause is not shifted (review 64 #14)",
    ),
    (
        (
            "Seven miners were killed on Saturday and four the following morning, the company said"
            " in a statement issued on Wednesday."
        ),
        P,
        [
            fig(K, 7, claimed_by="the company", date="2023-03-11"),
            fig(K, 4, claimed_by="the company", date="2023-03-12"),
        ],
        "a statement's day after the member is not shifted (review 64 #14)",
    ),
    (
        "Six people died on Friday, four the following day and two more the following morning.",
        P,
        [
            fig(K, 6, date="2023-03-10"),
            fig(K, 4, date="2023-03-11"),
            fig(K, 2, date="2023-03-12"),
        ],
        "a chain of days each told from the member before (review 64 #14)",
    ),
    (
        (
            "On Sunday the rebels attacked, and the army said 12 soldiers had died, and four the"
            " next day."
        ),
        P,
        [fig(K, 12, claimed_by="the army"), fig(K, 4, claimed_by="the army", date="2023-03-13")],
        "an undated figure before: the last day told before the member (review 64 #14)",
    ),
    (
        "Six people died in the fighting, four the next day and two on Sunday.",
        P,
        [fig(K, 6), fig(K, 4, date=None), fig(K, 2, date="2023-03-12")],
        "no day told before the member: it stays undated, not a later day's next (review 64 #14)",
    ),
    (
        "Militants killed Yusuf, a shopkeeper who told neighbours he had refused to pay them.",
        P,
        [fig(K, 1, claimed_by=None)],
        "a victim's appositive whose relative clause tells something is no source (review 64 #15)",
    ),
    (
        (
            "Soldiers shot dead Maria Lopez, the activist who told a radio station about the land "
            "dispute."
        ),
        P,
        [fig(K, 1, claimed_by=None)],
        "'the activist who told ...' after the victim's name is no source (review 64 #15)",
    ),
    (
        (
            "Gunmen killed Omar Khan, an engineer who had told his family last month that he was"
            " being followed."
        ),
        P,
        [fig(K, 1, claimed_by=None, period=None, cumulative=False)],
        "the appositive's telling and its month are neither source nor period (review 64 #15)",
    ),
    (
        "Gunmen shot dead Hazara, a teacher who told her pupils she feared for her life.",
        P,
        [fig(K, 1, claimed_by=None)],
        "a name that is also a people's, with an appositive telling of her: one killed (review 64)",
    ),
    (
        "Twenty people were killed, a doctor who asked not to be named told Reuters.",
        P,
        [fig(K, 20, claimed_by="a doctor")],
        "(guard, review 64 #15) a relative clause before the speaker's own verb keeps the source",
    ),
    (
        "A doctor who told Reuters that 20 people had been killed asked not to be named.",
        P,
        [fig(K, 20, claimed_by="A doctor")],
        "(guard, review 64 #15) the count told inside the relative clause: its teller's",
    ),
]
