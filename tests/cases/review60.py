"""
Guard rows after the review of session 59's second half (session 60,
``/work/notes/review60.md`` sections 1.3, 1.4, 1.5 and 1.11): each is a
sentence of ordinary news or a record's line that one of those rules
misread, with what a reader records.
"""

from __future__ import annotations

from tests.cases.extraction import K, P, Row, W, fig

__all__ = ["EXAMPLES_REVIEW60"]

EXAMPLES_REVIEW60: list[Row] = [
    # "Victims:" lines (review 60, 1.3)
    (
        "Type: Fraud. Victims: 40 pensioners. Loss: $2 million.",
        P,
        [],
        "(guard, after review 60) a log of frauds that speaks of no death counts no dead victims",
    ),
    (
        "Offense: Burglary. Victims: 2 residents. Property taken: jewelry.",
        P,
        [],
        "(guard, after review 60) a burglary's victims are no dead",
    ),
    (
        "Offense: Aggravated assault. Victims: 3 women. Suspect: 1 male, arrested.",
        P,
        [],
        "(guard, after review 60) an assault's victims are no dead",
    ),
    (
        "Massacre at the village mosque. Victims: 5 hostages, released on Sunday.",
        P,
        [],
        "(guard, after review 60) victims released are no dead, whatever the record",
    ),
    (
        "Massacre in Kafr Qasim. Date: 29 October 1956. Victims: 49 (including 23 children).",
        P,
        [fig(K, 49, date="1956-10-29"), fig(K, 23, subject="children", part=True)],
        "(guard, after review 60) a bracket of people after the victims' count names them",
    ),
    (
        "Massacre in Qibya. Victims: sixty-nine villagers.",
        P,
        [fig(K, 69, subject="villagers")],
        "(guard, after review 60) a victims' count in words is read as a number",
    ),
    (
        "Massacre in Qibya. Victims: at least sixty-nine villagers.",
        P,
        [fig(K, 69, "at_least", subject="villagers")],
        "(guard, after review 60) a victims' count keeps its qualifier",
    ),
    (
        "Victims: 8 members of the same family, killed when their house was shelled.",
        P,
        [fig(K, 8, subject="members of the same family")],
        "(guard, after review 60) a word of death after the victims confirms they are the dead",
    ),
    (
        "Massacre at the village mosque. Victims: 33 villagers, most of them shot at close range.",
        P,
        [fig(K, 33, subject="villagers")],
        "(guard, after review 60) a shot of untold outcome refuses no massacre's victims",
    ),
    (
        "Massacre at the market. Victims: 14 (3 dead, 11 injured).",
        P,
        [fig(K, 3), fig(W, 11)],
        "(guard, after review 60) a bracket of states breaks the victims down: no 14 dead",
    ),
    # "alone" (review 60, 1.4)
    (
        (
            "Nearly 2,000 people died in the Libya floods. At least 1,100 people were killed"
            " in Derna alone, officials also said."
        ),
        P,
        [
            fig(K, 2_000, "nearly"),
            fig(K, 1_100, "at_least", claimed_by="officials", part=True),
        ],
        "(guard, after review 60) an 'also' after the place told alone keeps its share",
    ),
    (
        (
            "Nearly 2,000 people died in the Libya floods. In Derna alone, 1,100 people were"
            " killed and 10,000 are living in shelters."
        ),
        P,
        [fig(K, 2_000, "nearly"), fig(K, 1_100, part=True), fig("displaced", 10_000)],
        "(guard, after review 60) 'living' elsewhere in the sentence keeps the share 'alone'",
    ),
    (
        "Nearly 2,000 dead in Libya floods. In Derna alone 1,100 people were killed.",
        P,
        [fig(K, 2_000, "nearly"), fig(K, 1_100, part=True)],
        "(guard, after review 60) a count right after 'alone', no comma, is its share",
    ),
    (
        (
            "Israeli strikes have killed 30,000 people in Gaza since October. In Gaza City"
            " alone more than 9,000 people have been killed."
        ),
        P,
        [fig(K, 30_000), fig(K, 9_000, "more_than", part=True)],
        "(guard, after review 60) a qualifier right after 'alone' opens its share's count",
    ),
    (
        (
            "Gunmen killed 30 people in Zamfara on Sunday. Two elderly men who lived in Kabul"
            " alone were also killed."
        ),
        P,
        [fig(K, 30, date="2023-03-12"), fig(K, 2, part=False)],
        "(guard, after review 60) 'alone' after a verb of living is no share of a place",
    ),
    (
        (
            "Gunmen killed 30 people in Zamfara on Sunday. A woman who was in her farm alone"
            " was also killed."
        ),
        P,
        [fig(K, 30, date="2023-03-12"), fig(K, 1, part=False)],
        "(guard, after review 60) 'in her farm alone' names no place's share",
    ),
    # role lists (review 60, 1.5)
    (
        "The gunman killed three customers, a woman and two men.",
        P,
        [fig(K, 3, subject="customers"), fig(K, 3, part=True)],
        "(guard, after review 60) a list of as many after customers says who they were",
    ),
    (
        "The crash killed two passengers, a man and his wife.",
        P,
        [fig(K, 2, subject="passengers"), fig(K, 2, part=True)],
        "(guard, after review 60) a couple after two passengers is the two passengers",
    ),
    (
        "The fire killed two guests, a German tourist and her daughter.",
        P,
        [fig(K, 2, subject="guests"), fig(K, 2, part=True)],
        "(guard, after review 60) a tourist and her daughter after two guests are the guests",
    ),
    (
        "The gunman killed two customers, a cashier and a guard.",
        P,
        [fig(K, 4), fig(K, 2, part=True), fig(K, 1, part=True), fig(K, 1, part=True)],
        "(guard, after review 60) a shop's staff after its customers are more people",
    ),
    # appositives of one person (review 60, 1.11)
    (
        "The gunman killed a man, a woman at the bus stop.",
        P,
        [fig(K, 1, subject="man"), fig(K, 1, subject="woman")],
        "(guard, after review 60) a man and a woman are never one person",
    ),
    (
        "The crash killed a driver, a passenger in the back seat.",
        P,
        [fig(K, 1, subject="driver"), fig(K, 1, subject="passenger")],
        "(guard, after review 60) a driver and a passenger are two roles of one vehicle",
    ),
    (
        "Gunmen killed a policeman, a soldier on leave.",
        P,
        [fig(K, 1, subject="policeman"), fig(K, 1, subject="soldier")],
        "(guard, after review 60) a policeman and a soldier are two people",
    ),
    (
        "The shelling killed a farmer, a shepherd in the next village.",
        P,
        [fig(K, 1, subject="farmer")],
        (
            "(guard, after reviews 60 and 61) a place's phrase after a second noun of no other"
            " kind or role describes the one person ('a woman, a nurse at the local hospital')"
        ),
    ),
    (
        "The blast killed a soldier, a 22-year-old conscript from Lviv.",
        P,
        [fig(K, 1, subject="soldier")],
        "(guard, after review 60) an age read by the age reader describes the one soldier",
    ),
    (
        "The strike killed a journalist, a photographer with Reuters.",
        P,
        [fig(K, 1, subject="journalist")],
        "(guard, after review 60) 'with' after the second noun still describes the one person",
    ),
]
