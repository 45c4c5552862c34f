"""
Guard rows after the review of session 57's rules (session 58,
``/work/notes/review57.md``): each is a sentence of ordinary news that one of
those rules misread, with what a reader records.
"""

from __future__ import annotations

from tests.cases.extraction import DEST, REF, D, K, P, Row, W, fig

__all__ = ["EXAMPLES_REVIEW57"]

EXAMPLES_REVIEW57: list[Row] = [
    (
        "The blast killed 12 people, and 30 others injured by flying glass were taken to hospital.",
        P,
        [fig(K, 12, subject="people"), fig(W, 30)],
        (
            "(guard, after review 57) a participle and 'by' after people whose clause goes on"
            " tell them hurt, not one more object of the verb before"
        ),
    ),
    (
        "Police detained 40 protesters and 12 officers injured by stones were treated in hospital.",
        P,
        [fig(D, 40, subject="protesters"), fig(W, 12, subject="officers")],
        "(guard, after review 57) the participle-and-'by' rule is for things only",
    ),
    (
        (
            "Ukrainian forces destroyed 20 Russian tanks near Bakhmut on Monday. The Pentagon's"
            " list of promised aid includes 31 Abrams tanks and 60 Bradley vehicles."
        ),
        P,
        [fig(DEST, 20, subject="Russian tanks", date="2023-03-13")],
        "(guard, after review 57) a list 'of' something but losses lists no losses",
    ),
    (
        (
            "Ukraine said it destroyed 15 tanks on Tuesday. The ministry's database records 4,000"
            " drones purchased from abroad.\n\nRebels destroyed 12 tanks on Monday. The army's"
            " count includes 300 vehicles it bought this year."
        ),
        P,
        [fig(DEST, 15, claimed_by="Ukraine"), fig(DEST, 12)],
        (
            "(guard, after review 57) things a tracker lists with a participle or a clause of"
            " another fate after them are no losses"
        ),
    ),
    (
        (
            "More than 100 killed in Gaza as strikes intensify\n\nAn Israeli strike on a house in"
            " Rafah on Monday killed 12 people, the health ministry said."
        ),
        P,
        [
            fig(K, 100, "more_than", claimed_by=None),
            fig(K, 12, claimed_by="the health ministry"),
        ],
        "(guard, after review 57) a headline's 'more than 100' twins no body count below it",
    ),
    (
        (
            "Quake death toll climbs to 4,310; over 7,900 injured\n\nThe death toll from"
            " Saturday's earthquake reached 4,310 on Tuesday, the Home Ministry said, adding that"
            " 7,953 people were injured."
        ),
        P,
        [
            fig(K, 4310, cumulative=True),
            fig(W, 7900, "more_than", claimed_by="the Home Ministry"),
            fig(K, 4310, cumulative=True),
            fig(W, 7953, claimed_by="the Home Ministry"),
        ],
        "(after review 57) 'over 7,900' cuts 7,953 to its floor: its twin",
    ),
    (
        (
            "Between 2014 and 2022, 14,000 people were killed in the Donbas conflict. On Monday,"
            " officials said 17 people were killed in a strike, the most for any day during the"
            " month.\n\nBetween October and December alone, 1,410 people were killed in Haiti, the"
            " UN said. By comparison, gangs kidnapped 300 people during the quarter a year ago."
        ),
        P,
        [
            fig(K, 14000, cumulative=True, period=["2014-01-01", "2022-12-31"]),
            fig(K, 17, period=None, cumulative=False),
            fig(K, 1410, cumulative=True, period=["2022-10-01", "2022-12-31"]),
            fig(D, 300, period=None, cumulative=False),
        ],
        (
            "(guard, after review 57) a span named again past the figure's clause, or with a"
            " span of its own after it ('a year ago'), is not the story's last period"
        ),
    ),
    (
        (
            "Between October and December alone, 1,410 people were killed. Of those killed in the"
            " quarter, at least 217 died in drone strikes."
        ),
        P,
        [
            fig(K, 1410, cumulative=True, period=["2022-10-01", "2022-12-31"]),
            fig(K, 217, "at_least", part=True, period=["2022-10-01", "2022-12-31"]),
        ],
        "(after review 57) a span named again in the sentence's opening is the figure's",
    ),
    (
        (
            "Russia lost 10 tanks on Monday, bringing its total losses to 3,000 tanks and 4,000"
            " artillery systems, the General Staff said.\n\nRussia lost 10 tanks on Monday,"
            " bringing its total losses to 3,000 tanks and 4,000 trucks bought from China."
        ),
        P,
        [
            fig(DEST, 10, date="2023-03-13"),
            fig(DEST, 3000, cumulative=True, date=None),
            fig(DEST, 4000, cumulative=True, date=None),
            fig(DEST, 10, date="2023-03-13"),
            fig(DEST, 3000, cumulative=True, date=None),
        ],
        (
            "(guard, after review 57) a total's further members are totals too, and no things"
            " a participle tells another fate"
        ),
    ),
    (
        (
            "Job losses total 4,000 workers at the steel plant, the union said.\n\nThe number of"
            " French soldiers who have left Niger has reached 1,000, the army said.\n\nThe number"
            " of Syrians who have left Lebanon to return home has reached 300,000."
        ),
        P,
        [],
        (
            "(guard, after review 57) no war's losses are casualties, and no armed men leaving"
            " and no one going home are refugees"
        ),
    ),
    (
        "Gunmen snatched 20 students from their school on Friday.",
        P,
        [fig(D, 20, subject="students", date="2023-03-10")],
        "(after review 57) people snatched are kidnapped, as things snatched are taken",
    ),
    (
        (
            "Winds estimated between 70 and 80 mph downed power poles across the county, and"
            " three people were taken to a local hospital."
        ),
        P,
        [fig(W, 3, claimed_by=None)],
        (
            "(session 58) what weather and measures are told of never speaks: 'Winds estimated"
            " between 70 and 80 mph' names no claimant (`lx.MEASURED_NOUNS`)"
        ),
    ),
    (
        (
            "About 100,000 refugees have fled the Central African Republic into Chad. Another"
            " 20,000 are still in the Central African Republic."
        ),
        P,
        [fig(REF, 100000, "about", cumulative=True)],
        (
            "(guard, after review 57) a stay in the country a flight left, named in several"
            " words, is no stay of its refugees"
        ),
    ),
    (
        (
            "The death toll rose to 57. Police said at least 30 journalists were among the"
            " fatalities.\n\nTwo soldiers were among the casualties."
        ),
        P,
        [
            fig(K, 57, cumulative=True),
            fig(K, 30, "at_least", part=True, claimed_by="Police"),
        ],
        (
            "(session 58) 'among the fatalities' counts the dead as 'among the dead' does;"
            " 'among the casualties' is read as no figure until it can be a part (session"
            " 59, after review 58: a casualties figure of its own added to the tally)"
        ),
    ),
]
