"""
Rows of review 62 (helper f): a refugee or displaced stock broken down by
host country or by time. Countries with their counts in brackets opening a
sentence whose words name the people told before again ("... account for
most of the rest") are refugees (``hosts.hosts_opening``); the first place
of a ranking whose "the most" stands in its own words is a share too
(``breakdowns.later_parts``); a flight's parts after a colon may have a verb
of staying and a place in capitals ("444,600 are in Albania"; past a date's
digits before the colon, ``colon_lists``); "N of them into PLACE" and "and
N to PLACE" after a flight are parts where those people went
(``parts.bare_part``); a part told by its time ("including 25,000 in the
past 24 hours", "25,000 of them last week") keeps its own period, not its
whole's (``stretch_period.part_period``), and a part's place is its own,
not its whole's (``where.part_places``).
"""

from __future__ import annotations

from tests.cases.extraction import DISP, REF, D, K, P, Row, fig

__all__ = ["EXAMPLES_REVIEW62F"]

EXAMPLES_REVIEW62F: list[Row] = [
    (
        (
            "The number of Syrians forced to flee their country has passed two million. Lebanon"
            " has taken in the most, with 716,000 people registered, followed by Jordan with"
            " 515,000. Turkey (460,000), Iraq (168,000) and Egypt (110,000) account for most of"
            " the rest."
        ),
        P,
        [
            fig(REF, 2_000_000, "at_least", part=False),
            fig(REF, 716_000, part=True, location="Lebanon"),
            fig(REF, 515_000, part=True, location="Jordan"),
            fig(REF, 460_000, location="Turkey"),
            fig(REF, 168_000, location="Iraq"),
            fig(REF, 110_000, location="Egypt"),
        ],
        (
            "hosts in brackets opening a sentence that names the people told before again are"
            " refugees; a ranking's first place is a share of the total before it, as the places"
            " after it are (review 62f: the last sentence gave nothing, 716,000 was no part)"
        ),
    ),
    (
        (
            "The UNHCR said some 860,000 ethnic Albanians had fled Kosovo since March 24: 444,600"
            " are in Albania, 247,800 in Macedonia and 69,900 in Montenegro."
        ),
        P,
        [
            fig(REF, 860_000, "about", location=None, part=False),
            fig(REF, 444_600, part=True, location="Albania", text="444,600 are in Albania"),
            fig(REF, 247_800, part=True, location="Macedonia"),
            fig(REF, 69_900, part=True, location="Montenegro"),
        ],
        (
            "a flight's parts after a colon past a date's digits, the first with a verb of"
            " staying, each in its own country (review 62f: only the 860,000)"
        ),
    ),
    (
        (
            "The agency said 874,000 people had crossed out of Ukraine into neighbouring"
            " countries, about 454,000 of them into Poland."
        ),
        P,
        [
            fig(REF, 874_000, location=None, part=False),
            fig(REF, 454_000, "about", part=True, location="Poland"),
        ],
        "'N of them into COUNTRY' after a flight is the part that went there (review 62f)",
    ),
    (
        (
            "An estimated 262,000 refugees have arrived through the Morini crossing, including"
            " some 25,000 in the past 24 hours."
        ),
        P,
        [
            fig(REF, 262_000, "about", period=None, part=False),
            fig(REF, 25_000, "about", part=True, period=["2023-03-15", "2023-03-16"]),
        ],
        (
            "a part past its whole's predicate and a phrase of way ('through the ... crossing'),"
            " told by its time (review 62f: only the 262,000)"
        ),
    ),
    (
        (
            "Around 1.3 million people have fled the country, 610,000 of them to Chad and 480,000"
            " to Egypt."
        ),
        P,
        [
            fig(REF, 1_300_000, "about", location=None),
            fig(REF, 610_000, part=True, location="Chad"),
            fig(REF, 480_000, part=True, location="Egypt"),
        ],
        "a further place's share after 'N of them to COUNTRY' and 'and' (review 62f)",
    ),
    (
        (
            "Some 45,000 people were uprooted by the fighting last month: 30,000 are now in"
            " Bentiu and 15,000 in Malakal."
        ),
        P,
        [
            fig(DISP, 45_000, "about", location=None),
            fig(DISP, 30_000, part=True, location="Bentiu"),
            fig(DISP, 15_000, part=True, location="Malakal"),
        ],
        "the displaced after a colon by the towns they are in (review 62f: 30,000 was no part)",
    ),
    (
        (
            "Officials said 52,000 refugees have reached the border post, 6,000 of them in the"
            " past 24 hours."
        ),
        P,
        [
            fig(REF, 52_000, period=None),
            fig(REF, 6_000, part=True, period=["2023-03-15", "2023-03-16"]),
        ],
        (
            "a share 'of them' past the place a verb of arrival reached, with its own period, not"
            " its whole's (review 62f)"
        ),
    ),
    (
        "Floods have displaced 90,000 people, including 14,000 in the past week.",
        P,
        [
            fig(DISP, 90_000, period=None),
            fig(DISP, 14_000, part=True, period=["2023-03-09", "2023-03-16"]),
        ],
        "a part's period is its own, not the displaced whole's (review 62f: both had the week)",
    ),
    (
        "More than 400,000 people have fled Sudan since April, about 25,000 of them last week.",
        P,
        [
            fig(REF, 400_000, "more_than", period=["2022-04-01", "2023-03-16"]),
            fig(REF, 25_000, "about", part=True, period=["2023-03-06", "2023-03-12"]),
        ],
        "a share 'of them' told by a time with no preposition (review 62f)",
    ),
    (
        "Police arrested 40 people: 12 are in Kabul.",
        P,
        [fig(D, 40)],
        "(guard) a stay after a colon is a flight's part only: the arrested are no refugees",
    ),
    (
        "Fighting has killed 120 people: 80 in Kabul and 40 in Kandahar.",
        P,
        [fig(K, 120), fig(K, 80, part=True), fig(K, 40, part=True)],
        "places after a colon that add up to no more than the figure are its parts (probe 64)",
    ),
    (
        "Some 2 million Syrians have fled abroad. Deaths: France (12), Spain (3).",
        P,
        [fig(REF, 2_000_000, "about"), fig(K, 12), fig(K, 3)],
        "(guard) a country list of the dead after refugees stays killed",
    ),
    (
        (
            "More than 1.5 million Afghans have fled abroad. Pakistan (2011), Iran (2013) and"
            " Tajikistan (2014) opened camps for the rest."
        ),
        P,
        [fig(REF, 1_500_000, "more_than")],
        "(guard) years in brackets after host countries are no stocks",
    ),
    (
        (
            "More than 1.5 million Afghans have fled abroad. Pakistan (46%), Iran (37%) and"
            " Tajikistan (8%) account for most of the rest."
        ),
        P,
        [fig(REF, 1_500_000, "more_than")],
        "(guard) shares in brackets after host countries are no stocks",
    ),
    (
        (
            "More than 1.5 million Afghans have fled abroad. Pakistan (4,600), Iran (1,680) and"
            " Tajikistan (1,100) reported the rest of the cases."
        ),
        P,
        [fig(REF, 1_500_000, "more_than")],
        "(guard) 'the rest of' something else names no refugees again",
    ),
    (
        "The army said 300 soldiers had crossed into Ukraine, 120 of them into Donetsk.",
        P,
        [],
        "(guard) soldiers crossing are no flight, nor their share",
    ),
]
