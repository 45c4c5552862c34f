"""
The clause reader's rows for the time a count covers: the period of a count
set beside another, of a second verb or clause of the same count, of a
month in another year, of a headline's twin, and the day an open period
ends on.  Our own sentences; the row format is the one of
``tests/cases/extraction.py`` (published on ``P``, a Thursday, 2023-03-16).
"""

from __future__ import annotations

from tests.cases.extraction import CAPT, CAS, DEST, DISP, REF, D, K, P, Row, W, fig

EXAMPLES_PERIODS: list[Row] = [
    (
        (
            "Four more bodies were pulled from the rubble yesterday, bringing the number of"
            " people killed in Monday's bomb attack on the embassy to 201.\n\nA police spokesman"
            " said 4,877 people had been treated in hospitals for injuries."
        ),
        P,
        [
            fig(K, 4, subject="more bodies", date="2023-03-13"),
            fig(K, 201, date="2023-03-13", cumulative=True),
            fig(W, 4_877, date="2023-03-13"),
        ],
        (
            "bodies found on a day are of the incident a day's possessive names, a word or two"
            " before its noun; the story's day is the incident's (session 56)"
        ),
    ),
    (
        "Police found the bodies of three men on Wednesday.",
        P,
        [fig(K, 3, date="2023-03-15")],
        "(guard) bodies found with no incident told keep the day they were found",
    ),
    (
        (
            "Divers on Friday resumed the search inside a migrant boat that caught fire and sank"
            " off Lampedusa on Wednesday, as the death toll rose to 111."
        ),
        P,
        [fig(K, 111, date="2023-03-15", cumulative=True)],
        (
            "a toll takes the day of the event a clause before it tells, not the search's"
            " (session 56)"
        ),
    ),
    (
        "Police on Thursday arrested two men over Monday's raid, as the death toll rose to 11.",
        P,
        [fig(D, 2, date="2023-03-16"), fig(K, 11, date="2023-03-13", cumulative=True)],
        "a toll after a day's possessive incident takes its day (session 56)",
    ),
    (
        (
            "Rescuers searched on Thursday for hundreds of migrants feared missing after a boat"
            " capsized early Wednesday."
        ),
        P,
        [fig("missing", None, "vague", date="2023-03-15")],
        ("the missing a dated search seeks are of the event an 'after' clause dates (session 56)"),
    ),
    (
        "Gunmen on Thursday killed 5 people after a bridge collapsed on Wednesday.",
        P,
        [fig(K, 5, date="2023-03-16")],
        "(guard) a count told with its own deed keeps the deed's day",
    ),
    (
        (
            "From 24 February 2022, which marked the start of the full-scale attack, to 13"
            " March 2023, the monitors recorded 8,231 civilians killed."
        ),
        P,
        [fig(K, 8_231, subject="civilians", period=["2022-02-24", "2023-03-13"])],
        "a span's first date may take an aside set off by commas before 'to' (session 56)",
    ),
    (
        (
            "The office recorded 364 civilian deaths between the early hours of February 24 and"
            " midnight on March 5."
        ),
        P,
        [fig(K, 364, subject="civilian deaths", period=["2023-02-24", "2023-03-05"])],
        "a time of day may wrap either date of a span (session 56)",
    ),
    (
        "Police said 5 people were killed on Monday, and Tuesday's attack killed 3.",
        P,
        [fig(K, 5, date="2023-03-13", period=None), fig(K, 3, date="2023-03-14", period=None)],
        "(guard) a day, a comma and 'and' before another day's possessive make no span",
    ),
    (
        (
            "More than 1,100 people have been killed in El Geneina since fighting between the"
            " Sudan Armed Forces (SAF) and the Rapid Support Forces (RSF) spread to the city on"
            " April 24."
        ),
        P,
        [fig(K, 1_100, "more_than", date=None, period=["2022-04-24", "2023-03-16"])],
        "words in brackets do not use up a since-clause's reach (session 56)",
    ),
    (
        (
            "The ministry said 37 people were killed and 151 wounded in strikes in the past 24"
            " hours, bringing the total since the start of hostilities in October 2022 to 2,036"
            " killed and 9,535 wounded."
        ),
        P,
        [
            fig(K, 37, period=["2023-03-15", "2023-03-16"]),
            fig(W, 151, period=["2023-03-15", "2023-03-16"]),
            fig(K, 2_036, period=["2022-10-01", "2023-03-16"]),
            fig(W, 9_535, period=["2022-10-01", "2023-03-16"]),
        ],
        (
            "a total's state after its number is its category, and the state after 'and' rides"
            " on it, in its period (session 56)"
        ),
    ),
    (
        (
            "Truck bombs killed at least 250 people in two villages on Monday. The final tally"
            " was 796 killed and 1,562 wounded."
        ),
        P,
        [
            fig(K, 250, "at_least", date="2023-03-13"),
            fig(K, 796, date="2023-03-13", cumulative=True),
            fig(W, 1_562, date="2023-03-13", cumulative=True),
        ],
        "a toll's other part riding on it takes the incident's day with it (session 56)",
    ),
    (
        "Since Monday's attack killed 40 people, 200 families have fled the town.",
        P,
        [fig(K, 40, date="2023-03-13", period=None), fig(DISP, 200, period=None)],
        "(guard, after a review) a day's event with its own count in the since-clause: its day",
    ),
    (
        (
            "Police have detained 7,000 people since Sunday's disputed election. At least 326"
            " people have been killed since protests erupted in mid-September. Since late"
            " January, 40 people have died. Nato said its aircraft destroyed nine tanks over the"
            " previous 24 hours."
        ),
        P,
        [
            fig(D, 7_000, period=["2023-03-12", "2023-03-16"]),
            fig(K, 326, "at_least", period=["2022-09-15", "2023-03-16"]),
            fig(K, 40, period=["2023-01-21", "2023-03-16"]),
            fig(DEST, 9, period=["2023-03-15", "2023-03-16"]),
        ],
        "since a day's event, the middle or the last third of a month, the previous day",
    ),
    (
        (
            "Azerbaijan's Defense Ministry said 80 of its troops had been killed in the March"
            " 13-14 clashes."
        ),
        P,
        [fig(K, 80, subject="its troops", period=["2023-03-13", "2023-03-14"])],
        "a range of days before the events it spans (session 51)",
    ),
    (
        (
            "Western officials estimate that more than 40,000 Russian troops have been killed"
            " since the invasion, though Moscow last acknowledged 5,937 deaths in February."
        ),
        P,
        [
            fig(K, 40_000, "more_than", period=[None, "2023-03-16"]),
            fig(K, 5_937, period=["2023-02-01", "2023-02-28"]),
        ],
        (
            "a war no day dates runs from no day told; a period right after a count is its own"
            " (session 51)"
        ),
    ),
    (
        (
            "Since October 7, Israeli forces have arrested 4,700 Palestinians in the West Bank."
            " At least 296 Palestinians have been killed there since the war began."
        ),
        P,
        [
            fig(D, 4_700, period=["2022-10-07", "2023-03-16"]),
            fig(K, 296, "at_least", period=["2022-10-07", "2023-03-16"]),
        ],
        "a war no day dates runs from the story's running count's start (session 51)",
    ),
    (
        (
            "According to the army, 236 soldiers have been killed in the ground offensive that"
            " began on October 27, and 1,339 wounded."
        ),
        P,
        [
            fig(K, 236, period=["2022-10-27", "2023-03-16"]),
            fig(W, 1_339, period=["2022-10-27", "2023-03-16"]),
        ],
        "a count after a perfect's phrase and ', and' shares its gapped verb's time (session 51)",
    ),
    (
        (
            "Since January, 500 people have died of cholera in Sudan. More than 12 million people"
            " have been displaced since the war began."
        ),
        P,
        [
            fig(K, 500, period=["2023-01-01", "2023-03-16"]),
            fig(DISP, 12_000_000, "more_than", period=[None, "2023-03-16"]),
        ],
        "(guard, after a review) a month alone since which anything is counted dates no war",
    ),
    (
        "More than 1,000 people have been killed since the invasion, including 200 since January.",
        P,
        [
            fig(K, 1_000, "more_than", period=[None, "2023-03-16"]),
            fig(K, 200, part=True, period=["2023-01-01", "2023-03-16"]),
        ],
        (
            "(guard, after a review) a part's period is not the whole's; the part is read with"
            " its own (review 62f; was not read)"
        ),
    ),
    (
        "The ministry said 12 soldiers died on March 10 and 12 clashes were reported on March 11.",
        P,
        [fig(K, 12, date="2023-03-10", period=None)],
        "(guard, after a review) two days joined by 'and' before a noun of events are no range",
    ),
    (
        (
            "About 140,000 people have fled Libya since unrest began in mid-February, and 14,000"
            " crossed at Ras Jdir on Tuesday alone. Israeli attacks have killed at least 2,367"
            " people since Oct. 8, and wounded 11,088 others, the ministry said on Thursday."
        ),
        P,
        [
            fig(REF, 140_000, "about", period=["2023-02-15", "2023-03-16"]),
            fig(REF, 14_000, date="2023-03-14", period=None),
            fig(K, 2_367, "at_least", period=["2022-10-08", "2023-03-16"]),
            fig(W, 11_088, period=["2022-10-08", "2023-03-16"]),
        ],
        (
            "a count's own clause after ', and' with its own day takes the day, not the period"
            " before (session 51); a gapped verb's count keeps it"
        ),
    ),
    (
        "It was the deadliest day since the invasion, with 40 people killed.",
        P,
        [fig(K, 40, period=None)],
        "(guard) a comparison's 'since the invasion' is no period",
    ),
    (
        (
            "Russia has lost 40,000 troops since February 24. Over the past day, Ukrainian forces"
            " killed 790 Russian soldiers. They have also destroyed 11 tanks."
        ),
        "2022-08-15",
        [
            fig(K, 40_000, period=["2022-02-24", "2022-08-15"]),
            fig(K, 790, period=["2022-08-14", "2022-08-15"]),
            fig(DEST, 11, period=["2022-08-14", "2022-08-15"]),
        ],
        "(guard, after a third review) 'also' after a sentence of a past day alone goes on with it",
    ),
    (
        (
            "Some 3,000 people have been displaced since Russia invaded the peninsula in 2014."
            " More than 1.5 million refugees have fled Ukraine."
        ),
        "2022-03-06",
        [
            fig(DISP, 3000, "about", period=["2014-01-01", "2022-03-06"]),
            fig(REF, 1_500_000, "more_than", period=None),
        ],
        "(guard, after a third review) an invasion dates a war only to its month",
    ),
    (
        (
            "A total of 922,400 people have crossed into Poland since Russia invaded the country"
            " on February 24, the border guard said. More than 1.5 million refugees have fled"
            " Ukraine in total. Hungary has taken in over 140,000."
        ),
        "2022-03-06",
        [
            fig(REF, 922_400, period=["2022-02-24", "2022-03-06"]),
            fig(REF, 1_500_000, "more_than", period=["2022-02-24", "2022-03-06"]),
            fig(REF, 140_000, "more_than", period=["2022-02-24", "2022-03-06"]),
        ],
        "an invasion dates the war; people in flight counted up to now in its story are since then",
    ),
    (
        "Fighting raged for a 12th day, with both sides reporting fresh civilian deaths.",
        P,
        [],
        "(guard) 'both sides' counts no one; a participle after a noun of no one ends its group",
    ),
    (
        (
            "Russian forces have lost 145,850 troops since 24 February 2022, including 790 over"
            " the past day, the General Staff said. Ukrainian defenders have also destroyed 3,350"
            " tanks."
        ),
        P,
        [
            fig(CAS, 145_850, period=["2022-02-24", P]),
            fig(CAS, 790, part=True, period=["2023-03-15", P]),
            fig(DEST, 3350, period=["2022-02-24", P]),
        ],
        "'also' goes on with the total's since-period, not its part's past day, which is its own",
    ),
    (
        (
            "The army launched its offensive in the north on March 2. Monitors said 120"
            " civilians had been killed since the start of the offensive."
        ),
        P,
        [fig(K, 120, period=["2023-03-02", "2023-03-16"], cumulative=True)],
        "'since the start of' an event the story dated before runs from its start",
    ),
    (
        (
            "The cross-border operation began on 6 March. Officials said 12 civilians had been"
            " killed since the start of the incursion."
        ),
        P,
        [fig(K, 12, period=["2023-03-06", "2023-03-16"], cumulative=True)],
        "another noun of a military operation names the one dated before",
    ),
    (
        (
            "The army said 53 militants had been killed since the launch on 9 March of the"
            " operation. Two more soldiers have been killed since the operation began, it added."
        ),
        P,
        [
            fig(K, 53, period=["2023-03-09", "2023-03-16"]),
            fig(K, 2, period=["2023-03-09", "2023-03-16"]),
        ],
        "'since the operation began' after its dated launch runs from it",
    ),
    (
        (
            "The operation began on 9 March. In its fifth statement since the operation began,"
            " the army said six vehicles had been destroyed in the past 24 hours."
        ),
        P,
        [fig(DEST, 6, period=["2023-03-15", "2023-03-16"])],
        "an ordinal's 'since' is a comparison, no period of the figure's (guard)",
    ),
    (
        (
            "The army launched its offensive on March 2. Five people were killed on Monday"
            " during the offensive, and 12 have died since the last escalation."
        ),
        P,
        [fig(K, 5, date="2023-03-13", period=None), fig(K, 12, period=None)],
        "'during' and an earlier event's 'since' give no period (guard, after a second review)",
    ),
    (
        "Twelve people were killed since the start of the offensive, officials said.",
        P,
        [fig(K, 12, period=None)],
        "an event no sentence dated gives no period (guard)",
    ),
    (
        (
            "The shooting brings to 11 the number of people killed in taxi attacks since the"
            " start of May."
        ),
        "2023-06-09",
        [fig(K, 11, period=["2023-05-01", "2023-06-09"], cumulative=True)],
        "'May' after 'the start of' is the month, no modal",
    ),
    (
        "Police say the 11 people killed since the attack may rise to 15.",
        "2023-06-09",
        [fig(K, 11, period=None)],
        "'may' after a since-clause with no part of a month is the modal (guard)",
    ),
    (
        (
            "The police division has recorded 57 murders since the start of the year, "
            "up from 49 at the same time last year."
        ),
        P,
        [
            fig(K, 57, subject="murders", period=["2023-01-01", "2023-03-16"], cumulative=True),
            fig(K, 49, period=["2022-01-01", "2022-03-16"], cumulative=True),
        ],
        "'murders' count; a compared count past the total's 'since', in its own time",
    ),
    (
        "The death toll has risen to at least 160, the chairman said, up from 113.",
        P,
        [fig(K, 160, "at_least", cumulative=True), fig(K, 113, cumulative=True)],
        "the count a total replaced, past a source's aside",
    ),
    (
        (
            "The city has recorded 336 homicides so far this year, according to police data,"
            " compared with 313 at the same point last year."
        ),
        P,
        [
            fig(K, 336, claimed_by="police data", cumulative=True),
            fig(K, 313, claimed_by="police data", cumulative=True),
        ],
        "a count set beside a total past its period and an 'according to' aside",
    ),
    (
        "Police recorded 50 murders in January, according to police, compared with 40 robberies.",
        P,
        [fig(K, 50, claimed_by="police", cumulative=True)],
        "(guard, after a review) a count of other things set beside is no earlier total",
    ),
    (
        "The toll rose to 40, police said, and 12 others were hurt.",
        P,
        [fig(K, 40, cumulative=True), fig(W, 12)],
        "(guard) a count of its own after a source's aside is no earlier total",
    ),
    (
        "Three people were killed on Monday, and Tuesday's airstrike killed five more.",
        P,
        [fig(K, 3, date="2023-03-13", period=None), fig(K, 5, date="2023-03-14", period=None)],
        "(guard) two days on each side of a comma and 'and' are two incidents, no span",
    ),
    (
        "Police said on Tuesday last week's attack killed 4 people.",
        P,
        [fig(K, 4, period=["2023-03-06", "2023-03-12"])],
        "(guard) 'last week's' after a weekday stays last week",
    ),
    (
        (
            "Since 24 February 2022, Russia has lost over 2,900 tanks. A Ukrainian drone "
            "destroyed two more tanks near Avdiivka, the brigade said."
        ),
        P,
        [
            fig(DEST, 2900, "more_than", cumulative=True),
            fig(DEST, 2, cumulative=False, period=None),
        ],
        "(guard) an incident's equipment after a fronted running total is no tracker line",
    ),
    (
        "On Tuesday last week, at least 19 people were killed in Nairobi.",
        P,
        [fig(K, 19, "at_least", date="2023-03-07", period=None, cumulative=False)],
        "a weekday of last week is that day of the week before, no period",
    ),
    (
        "At least 19 people were killed last week.",
        P,
        [fig(K, 19, "at_least", period=["2023-03-06", "2023-03-12"], cumulative=True)],
        "(guard) 'last week' alone is the week before",
    ),
    (
        "The mission recorded 2,679 people wounded between Aug. 15, 2021, and Jan. 30 this year.",
        P,
        [fig(W, 2679, cumulative=True, period=["2021-08-15", "2023-01-30"], date=None)],
        "a comma closing the first date's year before 'and' keeps the span",
    ),
    (
        (
            "This list counts only losses seen on video. Since 24 February 2022, we have "
            "confirmed 2,690 Russian tanks destroyed. Infantry fighting vehicles: 3,012 destroyed."
        ),
        P,
        [
            fig(DEST, 2690, cumulative=True, period=["2022-02-24", P]),
            fig(DEST, 3012, cumulative=True, period=["2022-02-24", P]),
        ],
        "a tracker's lines after a sentence that fronts its period count over that period",
    ),
    (
        "Five people have been killed and two others injured in a shooting in the city.",
        P,
        [fig(K, 5, cumulative=False), fig(W, 2, cumulative=False)],
        "a perfect joined by 'and' to a count with no verb of its own shares its incident",
    ),
    (
        "More than 500 people have been killed and 2,000 injured since the war began.",
        P,
        [fig(K, 500, "more_than", cumulative=True), fig(W, 2000, cumulative=True)],
        "(guard) a perfect with its elided twin over a war's span stays a running total",
    ),
    (
        (
            "6.1-magnitude quake hits county, killing 9\n\nNine people were killed after a "
            "6.1-magnitude earthquake jolted the county at 2:47 a.m. Tuesday, officials said."
        ),
        P,
        [fig(K, 9, date="2023-03-14"), fig(K, 9, date="2023-03-14")],
        "a number joined to a word by a hyphen ('6.1-magnitude') opens no dated entry",
    ),
    (
        (
            "The army's drone crashed on Saturday, officials said. The group said it had "
            "attacked a convoy on Sunday, destroying 18 vehicles. It also claimed to have "
            "killed 12 soldiers."
        ),
        P,
        [
            fig(DEST, 18, date="2023-03-12"),
            fig(K, 12, date="2023-03-12"),
        ],
        "'It also ...' goes on with the statement before, and its day",
    ),
    (
        (
            "Over the past day, units of the group inflicted losses on two brigades. The enemy "
            "lost up to 55 servicemen and two tanks.\n\nOn Tuesday, a drone strike killed 3 "
            "civilians."
        ),
        P,
        [
            fig("casualties", 55, "up_to", period=["2023-03-15", "2023-03-16"]),
            fig(DEST, 2, period=["2023-03-15", "2023-03-16"]),
            fig(K, 3, date="2023-03-14", period=None),
        ],
        "a paragraph's opening sentence that fronts a period up to now times its figures",
    ),
    (
        (
            "Over the past week, attacks on farmers have surged in the north. Gunmen killed 12 "
            "villagers in a raid, police said. Three more people died of their wounds in hospital."
        ),
        P,
        [fig(K, 12, period=None, cumulative=False), fig(K, 3, period=None, cumulative=False)],
        "(guard) a story's dead after a fronted period are an incident's, untimed by it",
    ),
    (
        (
            "Over the past day, units of the group inflicted losses on two brigades. On Tuesday, "
            "a drone strike killed 3 civilians."
        ),
        P,
        [fig(K, 3, date="2023-03-14", period=None)],
        "(guard) a figure with a day of its own keeps it",
    ),
    (
        "07.03 - Sumy: a drone strike killed two people.",
        P,
        [fig(K, 2, date="2023-03-07")],
        "(guard) a day and month before a spaced dash opens an entry",
    ),
    (
        (
            "The mission said 24 civilians were killed in an air raid on a village on 12 March. "
            "It said more than 1,800 civilians had been killed across the country since 1 January."
        ),
        P,
        [
            fig(K, 24, date="2023-03-12"),
            fig(K, 1_800, "more_than", period=["2023-01-01", "2023-03-16"], cumulative=True),
        ],
        "an incident's day ('on 12 March') is no 'as of' day: a count since January runs to now",
    ),
    (
        (
            "Smoke rises over the town, 04 March 2023. According to the UN, 52,000 people were "
            "displaced since the offensive began in December."
        ),
        P,
        [fig(DISP, 52_000, period=["2022-12-01", "2023-03-04"], cumulative=True)],
        "(guard) a caption's date alone is the paragraph's 'as of' day",
    ),
    (
        "Bristol has recorded 41 homicides this year, up from 33 at the same point in 2022.",
        P,
        [
            fig(K, 41, period=["2023-01-01", "2023-03-16"], cumulative=True),
            fig(K, 33, period=["2022-01-01", "2022-03-16"], cumulative=True),
        ],
        "a count 'up from' another keeps its own time: 'at the same point in 2022' is to date",
    ),
    (
        (
            "The city has recorded 11 homicides so far this year, compared with seven at this "
            "point last year."
        ),
        P,
        [
            fig(K, 11, period=["2023-01-01", "2023-03-16"], cumulative=True),
            fig(K, 7, period=["2022-01-01", "2022-03-16"], cumulative=True),
        ],
        "'at this point last year' is last year to the same day",
    ),
    (
        (
            "Mines have killed 4 people across the country so far this year, according to the "
            "authority, compared with 11 deaths in the whole of 2021."
        ),
        P,
        [
            fig(K, 4, period=["2023-01-01", "2023-03-16"], cumulative=True),
            fig(K, 11, period=["2021-01-01", "2021-12-31"], cumulative=True),
        ],
        "'in the whole of 2021' is that year, the compared count's",
    ),
    (
        (
            "Shelling of the camp between 6 and 12 March killed at least 42 civilians and "
            "injured 96 others."
        ),
        P,
        [
            fig(K, 42, "at_least", period=["2023-03-06", "2023-03-12"]),
            fig(W, 96, period=["2023-03-06", "2023-03-12"]),
        ],
        "a second verb of the same subject shares the time the first was told in",
    ),
    (
        "Shelling killed 42 civilians on Monday and injured 96 others on Tuesday.",
        P,
        [fig(K, 42, date="2023-03-13", period=None), fig(W, 96, date="2023-03-14", period=None)],
        "(guard) a second verb with a day of its own keeps it",
    ),
    (
        (
            "Cyclone Freddy, which in February and March 2022 killed more than 160 people in "
            "Mozambique and more than 1,000 in Malawi, was the longest-lived on record."
        ),
        P,
        [
            fig(K, 160, "more_than", period=["2022-02-01", "2022-03-31"]),
            fig(K, 1000, "more_than", period=["2022-02-01", "2022-03-31"]),
        ],
        "a further member of a list shares its verb's time told before the first",
    ),
    (
        (
            "Storms have flattened crops across the province since January; 64 people have died "
            "and 20,000 have been displaced."
        ),
        P,
        [
            fig(K, 64, period=["2023-01-01", "2023-03-16"], cumulative=True),
            fig(DISP, 20_000, period=["2023-01-01", "2023-03-16"], cumulative=True),
        ],
        "a perfect with no time of its own counts over the clause before's",
    ),
    (
        (
            "Gunmen attacked villages between 1 and 3 March; in one village alone, 23 people "
            "were killed on 2 March."
        ),
        P,
        [fig(K, 23, date="2023-03-02", period=None)],
        "(guard) the past tense with a day of its own after a semicolon keeps its day",
    ),
    (
        "The war, which began in January last year, has displaced more than 2 million people.",
        P,
        [fig(DISP, 2_000_000, "more_than", period=["2022-01-01", "2023-03-16"], cumulative=True)],
        "'in January last year' is last year's January, not this year's",
    ),
    (
        (
            "Flood toll climbs to 90\n\nAt least 90 people have died since the rains began on "
            "February 20, officials said."
        ),
        P,
        [
            fig(K, 90, period=["2023-02-20", "2023-03-16"], cumulative=True),
            fig(K, 90, "at_least", period=["2023-02-20", "2023-03-16"], cumulative=True),
        ],
        "a headline's count takes its body twin's period",
    ),
    (
        (
            "Rights body: 39 killed, 361 injured in protests\n\nThe commission says 39 people"
            " have been killed and 361 injured in the protests since they began on March 1."
        ),
        P,
        [
            fig(K, 39, period=["2023-03-01", "2023-03-16"], cumulative=True),
            fig(W, 361, period=["2023-03-01", "2023-03-16"], cumulative=True),
            fig(K, 39, period=["2023-03-01", "2023-03-16"], cumulative=True),
            fig(W, 361, period=["2023-03-01", "2023-03-16"], cumulative=True),
        ],
        "a headline's count that takes its twin's period is a running total as its twin is",
    ),
    (
        "The update brings the number of tanks destroyed since February 24, 2022 to 3,745.",
        P,
        [fig(DEST, 3745, subject="tanks", cumulative=True, period=["2022-02-24", "2023-03-16"])],
        "a year after a month's day and a comma is the date's, no range's bottom ('2022 to 3,745')",
    ),
]

#: Counts told with a total, and a war's start named again (session 34).
EXAMPLES_PERIODS_TOLD_WITH: list[Row] = [
    (
        (
            "Since 24 February 2022, the mission has verified 12,162 civilian deaths and 26,919"
            " injuries as of 31 October 2022, including 659 children killed and 1,747 children"
            " injured."
        ),
        P,
        [
            fig(K, 12162, period=["2022-02-24", "2022-10-31"]),
            fig(W, 26919, period=["2022-02-24", "2022-10-31"]),
            fig(K, 659, period=["2022-02-24", "2022-10-31"]),
            fig(W, 1747, period=["2022-02-24", "2022-10-31"]),
        ],
        "counts told with a total share its period; 'as of' a day ends it",
    ),
    (
        (
            "Since the conflict began on 15 April 2022, some 11.5 million people have been"
            " displaced. At least 53 aid workers have been killed since the start of the"
            " conflict."
        ),
        P,
        [
            fig(DISP, 11_500_000, "about", period=["2022-04-15", "2023-03-16"]),
            fig(K, 53, "at_least", period=["2022-04-15", "2023-03-16"]),
        ],
        "'since the start of the conflict' is the conflict the story dated before",
    ),
    (
        "At least 53 aid workers have been killed since the start of the conflict.",
        P,
        [fig(K, 53, "at_least", period=[None, "2023-03-16"], cumulative=True)],
        "(guard) a war the story never dated runs from no day told (session 51: was no period)",
    ),
    (
        (
            "Some 280,000 people had been displaced since November 27, 2022. The monitor said"
            " 826 people had been killed since then, including 111 civilians and 380 fighters."
        ),
        P,
        [
            fig(DISP, 280_000, "about", period=["2022-11-27", "2023-03-16"]),
            fig(K, 826, period=["2022-11-27", "2023-03-16"]),
            fig(K, 111, part=True),
            fig(K, 380, part=True),
        ],
        "'since then' after a period the sentence before started; its parts past it",
    ),
    (
        (
            "Monday marks one year since the outbreak of war on 15 April 2022. Since then, more"
            " than 8.6 million people have been forced to flee their homes."
        ),
        P,
        [fig(DISP, 8_600_000, "more_than", period=["2022-04-15", "2023-03-16"])],
        "'since then' after a date a sentence with no figure told",
    ),
    (
        ("Militants attacked the village on Monday. Since then, 40 people have been arrested."),
        P,
        [fig("detained", 40, period=["2023-03-13", "2023-03-16"])],
        "'since then' after a day told in a sentence with no figure",
    ),
    (
        (
            "The strike was the deadliest since the army seized power in February 2021. The group"
            " says 3,240 civilians have been killed by security forces since the military takeover."
        ),
        P,
        [fig(K, 3240, period=["2021-02-01", "2023-03-16"], cumulative=True)],
        "a seizure of power dated in a comparison with no figure dates 'since the takeover'",
    ),
    (
        (
            "Ukraine says it has destroyed 9,386 Russian tanks since the start of the full-scale"
            " invasion on February 24, 2022. Zelensky said 31,000 Ukrainian soldiers had been"
            " killed since the invasion began."
        ),
        P,
        [
            fig("equipment_destroyed", 9386, period=["2022-02-24", "2023-03-16"]),
            fig(K, 31_000, period=["2022-02-24", "2023-03-16"], cumulative=True),
        ],
        "a war's start told far after 'since' past a modifier of its noun",
    ),
    (
        (
            "The war began on 15 April 2022. Since the war began, 2,000 people have been killed."
            " Since the fighting resumed, 40 people have been killed."
        ),
        P,
        [
            fig(K, 2000, period=["2022-04-15", "2023-03-16"], cumulative=True),
            fig(K, 40, period=None, cumulative=True),
        ],
        "(guard) fighting that resumed is a phase, not the war the story dated",
    ),
    (
        (
            "Since the war began on 9 January 2022, 8,000 people have been killed. Aid agencies "
            "say 1.2 million are displaced inside the country."
        ),
        P,
        [
            fig(K, 8000, period=["2022-01-09", "2023-03-16"], cumulative=True),
            fig(DISP, 1_200_000, period=["2022-01-09", "2023-03-16"], cumulative=True),
        ],
        "a running total with no time of its own in a story that dated its war: the war's count",
    ),
    (
        (
            "A missile strike killed 51 people in Hroza on Monday, the deadliest attack on"
            " civilians since the full-scale invasion began in February 2022."
        ),
        P,
        [fig(K, 51, date="2023-03-13", period=None, cumulative=False)],
        "(guard) a comparison's since-clause gives an incident no period",
    ),
    (
        (
            "The war began on 7 October 2022. On Monday, an air strike killed 45 people in Rafah,"
            " the deadliest single strike on the city since the ground invasion began."
        ),
        P,
        [fig(K, 45, date="2023-03-13", period=None)],
        "(guard) a comparison with the dated war's clause gives no period",
    ),
    (
        "Fighting broke out on March 2. Since then, 500 civilians have been killed.",
        P,
        [fig(K, 500, period=["2023-03-02", "2023-03-16"])],
        "'since then' runs to publication, past the day it starts from",
    ),
    (
        (
            "At least 30 people were killed in the raid on 4 January, the UN said on Tuesday."
            " Since then, 200 more have died."
        ),
        P,
        [fig(K, 30, "at_least"), fig(K, 200, period=["2023-01-04", "2023-03-16"])],
        "(guard) 'since then' runs from the incident's day, not the statement's",
    ),
    (
        (
            "The war in Gaza began on 7 October 2022. Egypt has blockaded the territory since"
            " the Hamas takeover in 2007. More than 31,000 people have been killed since the"
            " war began."
        ),
        P,
        [fig(K, 31_000, "more_than", period=["2022-10-07", "2023-03-16"])],
        "(guard) the war the story dates first stays its war past background since-clauses",
    ),
    (
        (
            "Between January and June 2022, 1,200 people were killed. Talks were held in Geneva"
            " from 2 to 5 May 2022. In the same period, 3,000 people were wounded."
        ),
        P,
        [
            fig(K, 1200, period=["2022-01-01", "2022-06-30"]),
            fig(W, 3000, period=["2022-01-01", "2022-06-30"]),
        ],
        "(guard) a sentence with no figure names no figures' period",
    ),
    (
        (
            "Ukraine says it has destroyed 900 Russian tanks since 24 February 2022. Its forces"
            " have also destroyed 1,900 armoured vehicles and 28 boats."
        ),
        P,
        [
            fig(DEST, 900, period=["2022-02-24", "2023-03-16"]),
            fig(DEST, 1900, period=["2022-02-24", "2023-03-16"]),
            fig(DEST, 28, period=["2022-02-24", "2023-03-16"]),
        ],
        "a perfect with 'also' goes on with the period up to now the sentence before named",
    ),
    (
        (
            "Since 24 February 2022, 900 tanks have been destroyed. On Monday, troops also"
            " destroyed two armoured vehicles."
        ),
        P,
        [fig(DEST, 900, period=["2022-02-24", "2023-03-16"]), fig(DEST, 2, period=None)],
        "(guard) a dated deed with 'also' keeps its own day",
    ),
    (
        (
            "Since 24 January, Russian forces have launched repeated assaults on the town.\n\n"
            "So far we have confirmed 36 Russian tanks lost: 31 destroyed and 5 captured."
        ),
        P,
        [
            fig(DEST, 31, period=["2023-01-24", "2023-03-16"]),
            fig("equipment_captured", 5, period=["2023-01-24", "2023-03-16"]),
        ],
        "'so far' counts from the start a since-clause with no figure named",
    ),
    (
        "So far, 12 people have been killed in the clashes.",
        P,
        [fig(K, 12, period=None, cumulative=True)],
        "(guard) 'so far' with no start named gives no period",
    ),
    (
        (
            "The war escalated on 7 October 2022. More than 500 people have been killed since"
            " the war began."
        ),
        P,
        [fig(K, 500, "more_than", period=[None, "2023-03-16"], cumulative=True)],
        "(guard) a war's escalation is no start the story dates it from (its start untold)",
    ),
    (
        "In 2022, 2,500 migrants died in the Mediterranean, according to data as of 8 January.",
        P,
        [fig(K, 2500, period=["2022-01-01", "2022-12-31"])],
        "(guard) 'as of' dates the data of a closed period, whose end stays",
    ),
    (
        (
            "Since the offensive on the town began on 10 October 2022, 13,000 troops have been"
            " killed there. Overall, 350,000 soldiers have been killed since the start of the war."
        ),
        P,
        [
            fig(K, 13000, period=["2022-10-10", "2023-03-16"]),
            fig(K, 350_000, period=[None, "2023-03-16"]),
        ],
        "(guard) an offensive's start is no start of the war",
    ),
    (
        "In the 2020 citizenship law riots in the city, 53 people were killed.",
        P,
        [fig(K, 53, period=["2020-01-01", "2020-12-31"])],
        "(guard) an event named after a law keeps its year",
    ),
]


#: Guards the review of session 33 wrote: each reading above, where a reader
#: would not take it.
EXAMPLES_PERIOD_GUARDS: list[Row] = [
    (
        (
            "Between October and December, 1,410 people were killed, the UN said. Gangs also"
            " kidnapped at least 147 people during the quarter."
        ),
        "2026-01-28",
        [
            fig(K, 1_410, period=["2025-10-01", "2025-12-31"]),
            fig(D, 147, "at_least", period=["2025-10-01", "2025-12-31"], cumulative=True),
        ],
        "a span named again ('during the quarter') is the span the story named last (s. 57)",
    ),
    (
        (
            "Aid convoys have been blocked from 1 March, the UN said, and on 10 March 40 people"
            " died of hunger."
        ),
        P,
        [fig(K, 40, date="2023-03-10", period=None)],
        "(guard, after review 56) an aside that names a speaker ends a span's first date",
    ),
    (
        "Fighting raged from the early hours of Monday, and on Tuesday militants killed 12 people.",
        P,
        [fig(K, 12, date="2023-03-14", period=None)],
        "(guard, after review 56) 'and on' a day is a day of its own, no time of day",
    ),
    (
        "Over three days in January 2010, mobs killed more than 300 people in and around Jos.",
        P,
        [fig(K, 300, "more_than", period=["2010-01-01", "2010-01-31"], cumulative=True)],
        "a span of days anchored by a month or year is in it, not the last days (session 46)",
    ),
    (
        "Floods over the past three days have killed 56 people.",
        P,
        [fig(K, 56, period=["2023-03-13", "2023-03-16"], cumulative=True)],
        "(guard) 'the past' days run back from publication",
    ),
    (
        "Within 48 hours 1200 migrants landed on Lampedusa.",
        P,
        [fig(REF, 1200, subject="migrants", period=["2023-03-14", "2023-03-16"], cumulative=True)],
        "(guard, after a second review) a count of four digits is no year anchoring a span",
    ),
    (
        (
            "The ministry said 1,200 militants had been killed by Tuesday, since the operation"
            " began in January."
        ),
        P,
        [
            fig(
                K,
                1200,
                subject="militants",
                period=["2023-01-01", "2023-03-16"],
                cumulative=True,
                claimed_by="The ministry",
            )
        ],
        "(guard, after a second review) an as-of day before a comma keeps the total's period",
    ),
    (
        "In late February, 40 people were killed in riots.",
        P,
        [fig(K, 40, period=["2023-02-01", "2023-02-28"], cumulative=True)],
        "'in late', 'early' or 'mid' a month: that month (session 46)",
    ),
    (
        "Gunmen killed 12 people on Tuesday, the latest attack in a wave that began in January.",
        P,
        [fig(K, 12, subject="people", date="2023-03-14", period=None)],
        "a figure's own day, then a comma: a later clause's period is not its (session 46)",
    ),
    (
        "At least 40 people have been killed on Sunday, bringing the toll since March 3 to 200.",
        P,
        [
            fig(K, 40, "at_least", date="2023-03-12", period=None),
            fig(K, 200, period=["2023-03-03", "2023-03-16"], cumulative=True),
        ],
        "a perfect with a day of its own, past a comma, shares no period (session 46)",
    ),
    (
        (
            "A former police officer, dismissed from the force in June over a drug charge,"
            " killed 36 people on Tuesday."
        ),
        P,
        [fig(K, 36, subject="people", date="2023-03-14", period=None)],
        "a period in an aside between a group and its verb is the aside's (session 46)",
    ),
    (
        "The gunman, who was released from prison last month, shot dead three people.",
        P,
        [fig(K, 3, subject="people", period=None)],
        "a period in a relative clause set off before the verb is the clause's (session 46)",
    ),
    (
        (
            "Hezbollah, which has traded fire with Israel since October 8, said 250 of its"
            " fighters had been killed."
        ),
        P,
        [
            fig(
                K,
                250,
                subject="its fighters",
                period=["2022-10-08", "2023-03-16"],
                cumulative=True,
                claimed_by="Hezbollah",
            )
        ],
        "(guard, after a review) a span up to now in an aside is the running count's too",
    ),
    (
        (
            "Oryx has recorded at least 109 Russian tanks, armored vehicles and artillery"
            " pieces destroyed in the region since March 6, and 229 more captured."
        ),
        P,
        [
            fig(DEST, 109, "at_least", period=["2023-03-06", "2023-03-16"], cumulative=True),
            fig(CAPT, 229, period=["2023-03-06", "2023-03-16"], cumulative=True),
        ],
        "(guard) an adjective in '-ed' opens no aside; a list's next member shares the period",
    ),
    (
        "Attacks in January killed 30 civilians in Mali and 12 in Niger a year earlier.",
        P,
        [
            fig(K, 30, period=["2023-01-01", "2023-01-31"]),
            fig(K, 12, period=None),
        ],
        "(guard) a further member with a time of its own takes not the first's",
    ),
    (
        ("The ceasefire collapsed last week; since the war began, 1,500 people have been killed."),
        P,
        [fig(K, 1_500, period=None)],
        "(guard) a closed period before ';' is no open count's, nor one with its own 'since'",
    ),
    (
        (
            "The monitoring mission last updated its count on 12 March. By then, 1,800 "
            "civilians had been killed since 1 January."
        ),
        "2023-03-20",
        [fig(K, 1_800, period=["2023-01-01", "2023-03-12"])],
        "(guard) 'last updated its count on 12 March' is the figures' 'as of' day",
    ),
    (
        "At the same time last year, an avalanche killed 11 climbers on the mountain.",
        P,
        [fig(K, 11, period=["2022-01-01", "2022-12-31"])],
        "(guard) 'at the same time last year' is no count to date",
    ),
    (
        (
            "Gunmen kill 12 in Zamfara on Wednesday\n\nGunmen killed 12 people in the village, "
            "police said. Bandits have killed 300 people in the state since January."
        ),
        P,
        [
            fig(K, 12, date="2023-03-15", period=None),
            fig(K, 12, date="2023-03-15", period=None),
            fig(K, 300, period=["2023-01-01", "2023-03-16"]),
        ],
        "(guard) a headline that tells its day keeps it",
    ),
    (
        (
            "Rescuers at the site of a 2017 truck bombing that killed more than 500 people in "
            "the city."
        ),
        P,
        [fig(K, 500, "more_than", period=["2017-01-01", "2017-12-31"])],
        "an event named by a year after 'a' is that year's, whatever its noun",
    ),
    (
        (
            "Police are investigating the city's 41st homicide this year after a man was found "
            "shot dead in a parked car on Tuesday."
        ),
        P,
        [
            fig(K, 41, subject="homicide", cumulative=True, period=["2023-01-01", "2023-03-16"]),
            fig(K, 1, subject="man", date="2023-03-14"),
        ],
        "a running total's span up to now does not frame the event 'after' which it is told",
    ),
    (
        (
            "The blast was the deadliest in the city since November 2014, when 10 people were "
            "killed at a market."
        ),
        P,
        [fig(K, 10, subject="people", cumulative=False, period=["2014-11-01", "2014-11-30"])],
        "(guard) a past span's event told with 'when' keeps its span, one incident (probe 65)",
    ),
]


#: A story's incident day told beside its running counts, and an event's
#: day told after a since-phrase (session 49).
EXAMPLES_EVENT_DAYS: list[Row] = [
    (
        (
            "Quake toll rises to 60\nRescuers ended their work at the market hit by a blast on"
            " March 11, with the death toll reaching 60. Another 90 people were injured."
        ),
        P,
        [
            fig(K, 60, date="2023-03-11"),
            fig(K, 60, date="2023-03-11"),
            fig(W, 90, subject="people", date="2023-03-11"),
        ],
        "a day an event's verb tells beside the story's running toll is the incident's day",
    ),
    (
        (
            "Rescuers ended their search on Tuesday at the market hit by a blast, with the"
            " death toll reaching 60."
        ),
        P,
        [fig(K, 60, date=None)],
        "(guard) a day of what followed the event (the search ended) is no incident's",
    ),
    (
        (
            "The count has passed 3,000 dead since the war began on Oct. 7, when militants"
            " stormed the border, killing some 1,200 people and taking about 250 hostage."
        ),
        P,
        [
            fig(K, 3_000, period=["2022-10-07", "2023-03-16"]),
            fig(K, 1_200, "about", subject="people", date="2022-10-07"),
            fig(D, 250, "about", date="2022-10-07"),
        ],
        "a since-phrase's day and its 'when' clause: that day's event, no count up to now",
    ),
    (
        (
            "Gunmen have abducted 40 villagers from a school in Zamfara state. The attackers"
            " stormed the school on Monday."
        ),
        P,
        [fig(D, 40, subject="villagers", date="2023-03-13", cumulative=False)],
        "attackers as the subject of a perfect tell one incident, dated by the story",
    ),
    (
        (
            "About 37,000 people have crossed into Chad since August 25, when fighting erupted"
            " in Darfur, the agency said on Tuesday, revising its estimate up from 31,000."
        ),
        P,
        [
            fig(REF, 37_000, "about", subject="people", period=["2022-08-25", "2023-03-16"]),
            fig(REF, 31_000, period=["2022-08-25", "2023-03-16"]),
        ],
        "(guard) past the 'when' clause's comma, a speaker's clause is no part of its event",
    ),
    (
        (
            "The war between the army and the militia, which erupted in the northern city of"
            " Kassala on 3 May last year, has driven 2 million people from their homes."
        ),
        P,
        [fig(DISP, 2_000_000, subject="people", date=None, period=["2022-05-03", "2023-03-16"])],
        "a war's relative clause tells the day it began: the perfect counts from it (session 54)",
    ),
    (
        (
            "Some 5,000 people have crossed into Kenya since fighting erupted in Gedo Region,"
            " Somalia, on 12 January."
        ),
        P,
        [fig(REF, 5_000, "about", period=["2023-01-12", "2023-03-16"])],
        "a since-clause goes on past a place's commas to its day (session 54)",
    ),
    (
        (
            "At least 900 villagers were killed in the week after the rebels seized the town on"
            " 2 February."
        ),
        P,
        [fig(K, 900, "at_least", period=["2023-02-02", "2023-02-08"])],
        "'in the week after' an event counts from the event's day, not back (session 54)",
    ),
    (
        (
            "The shelling pushed the number of civilians killed in the city since 1 January past"
            " 1,000. Hours later, the regional governor put the toll at 1,024, with 3,110 wounded."
        ),
        P,
        [
            fig(K, 1_000, "more_than", period=["2023-01-01", "2023-03-16"]),
            fig(K, 1_024, period=["2023-01-01", "2023-03-16"]),
            fig(W, 3_110, period=["2023-01-01", "2023-03-16"]),
        ],
        "a toll told again a little higher restates the running total's period (session 54)",
    ),
    (
        (
            "MARAWI (Sun Star / 15 March) - Three soldiers were killed in an ambush on Tuesday"
            " morning, the army said."
        ),
        P,
        [fig(K, 3, date="2023-03-14")],
        "a dateline's day in the agency's brackets yields to the incident's (session 54)",
    ),
    (
        "Officials on Thursday raised to 17 the number of miners killed in Monday's blast.",
        P,
        [fig(K, 17, subject="miners", date="2023-03-13", claimed_by="Officials")],
        "an inverted total's words run on to the day of its clause; its setter claims it",
    ),
    (
        "Rebels burned a six-by-six truck, and four soldiers were killed.",
        P,
        [fig(K, 4)],
        "a dimension's side ('six-by-six') counts nothing (session 54)",
    ),
    (
        "A police officer was killed on Tuesday. Officer Jane Doe, 31, died at the scene.",
        P,
        [fig(K, 1, subject="police officer", date="2023-03-14")],
        "a name whose title is the single's noun names that one again (session 54)",
    ),
    (
        (
            "KHARKIV, Ukraine, March 16 (Reuters) - Rockets slammed into the centre of Kharkiv on"
            " Tuesday, and by nightfall the emergency service had counted 21 people dead."
        ),
        P,
        [fig(K, 21, date="2023-03-14")],
        "a dateline's day is no statement's: the story's day dates the figure (session 54)",
    ),
    (
        (
            "Divers recovered 17 more bodies from the wreck on Wednesday, bringing to 111 the"
            " number of victims pulled from the sea after Monday's sinking."
        ),
        P,
        [
            # (session 56: the bodies recovered are the dead of Monday's
            # sinking, its day, as event coders date them; was Wednesday)
            fig(K, 17, date="2023-03-13"),
            fig(K, 111, subject="victims", date="2023-03-13", cumulative=True),
        ],
        "an inverted total's noun past its number counts the victims of the figure before",
    ),
    (
        (
            "Gunmen attacked the town on Monday evening, killing 48 people. The next night "
            "attackers killed 15 people in a nearby village."
        ),
        P,
        [
            fig(K, 48, subject="people", date="2023-03-13"),
            fig(K, 15, subject="people", date="2023-03-14"),
        ],
        "'the next night' is the day after the incident told before (session 55)",
    ),
]
