"""
Rows of helper s63f (probe 66 group 12, review 65 #11): a month's ", when"
clause holding the figure tells one incident of that month; a perfect
infinitive after a passive of knowing ("are confirmed to have died") told
of one incident is that incident's figure; people a register holds in a
state now ("are officially listed as missing", "are registered as
missing") are a stock; "and neutralised 15 more" after armed men are more
of them; "cases of abductions of protesters" count the protesters.
Near misses keep their old readings.
"""

from __future__ import annotations

from tests.cases.extraction import DISP, D, K, M, P, Row, W, fig

__all__ = ["EXAMPLES_S63F"]

_MAY = ["2019-05-01", "2019-05-31"]
_JUNE = ["2018-06-01", "2018-06-30"]

EXAMPLES_S63F: list[Row] = [
    # 1. a month's when-clause
    (
        (
            "The clinic was shelled in June 2018, when rockets killed four nurses and "
            "wounded nine patients."
        ),
        P,
        [fig(K, 4, cumulative=False, period=_JUNE), fig(W, 9, cumulative=False)],
        "a figure inside a month's ', when' clause is one incident of that month (s63f)",
    ),
    (
        (
            "He worked at the bakery in May 2019, when airstrikes killed 31 customers in "
            "one afternoon."
        ),
        P,
        [fig(K, 31, cumulative=False, period=_MAY)],
        "a month's when-clause is one occasion even with a plural weapon (s63f)",
    ),
    (
        "In May 2019, when airstrikes hit the market, 31 people were killed.",
        P,
        [fig(K, 31, cumulative=True, period=_MAY)],
        "near miss: a figure in the main clause after the when-clause is the month's count (s63f)",
    ),
    (
        "In March 2011, when the uprising began, security forces killed 300 people.",
        P,
        [fig(K, 300, cumulative=True, period=["2011-03-01", "2011-03-31"])],
        "near miss: a when-clause of a beginning holds no figure; the month's count stays (s63f)",
    ),
    (
        "In 2015, when the drought peaked, 400 people died.",
        P,
        [fig(K, 400, cumulative=True, period=["2015-01-01", "2015-12-31"])],
        "near miss: a year's when-clause is no one occasion (s63f)",
    ),
    # 2. a perfect infinitive after a passive of knowing
    (
        (
            "Officials mourned the capsizing off the coast of Crete in which at least 40 "
            "migrants are confirmed to have drowned."
        ),
        P,
        [fig(K, 40, "at_least", cumulative=False)],
        "'in which N are confirmed to have drowned' after one incident's noun: its figure (s63f)",
    ),
    (
        "At least 40 people are believed to have died in the ferry sinking.",
        P,
        [fig(K, 40, "at_least", cumulative=False)],
        "'are believed to have died in the ferry sinking': one incident's figure (s63f)",
    ),
    (
        "Rescuers said 23 people are thought to have been killed in a shipwreck near Lampedusa.",
        P,
        [fig(K, 23, claimed_by="Rescuers", cumulative=False)],
        "'are thought to have been killed in a shipwreck': one incident's figure (s63f)",
    ),
    (
        "At least 300 people are believed to have died in the war.",
        P,
        [fig(K, 300, "at_least", cumulative=True)],
        "near miss: a war's noun keeps the perfect infinitive a running total (s63f)",
    ),
    (
        "More than 2,000 migrants are believed to have drowned in the Mediterranean.",
        P,
        [fig(K, 2000, "more_than", cumulative=True)],
        "near miss: no incident's noun, a running total (s63f)",
    ),
    # 3. a register's stock
    (
        "Across the country, 8,000 people are registered as missing.",
        P,
        [fig(M, 8000, cumulative=True)],
        "'are registered as missing': a register's stock (s63f)",
    ),
    (
        "Rights groups said more than 52,000 people are officially listed as missing.",
        P,
        [fig(M, 52000, "more_than", claimed_by="Rights groups", cumulative=True)],
        "'are officially listed as missing': a register's stock (s63f)",
    ),
    (
        "Some 40,000 people remain listed as displaced.",
        P,
        [fig(DISP, 40000, "about", cumulative=True)],
        "'remain listed as displaced' is read, a stock (s63f)",
    ),
    (
        (
            "Six hikers went missing on Monday. Across the region, 2,300 people are recorded "
            "as missing."
        ),
        P,
        [fig(M, 6, cumulative=False), fig(M, 2300, cumulative=True)],
        "the register's stock beside an incident's own missing (s63f)",
    ),
    (
        "Five fishermen are listed as missing after the storm on Monday.",
        P,
        [fig(M, 5, cumulative=False)],
        "near miss: listed as missing after an incident is its figure (s63f)",
    ),
    (
        "Eleven miners were killed in the collapse on Monday and four are listed as missing.",
        P,
        [fig(K, 11, cumulative=False), fig(M, 4, cumulative=False)],
        "near miss: an incident's noun before the register's words keeps the incident's (s63f)",
    ),
    (
        "Three crew members are still listed as missing.",
        P,
        [fig(M, 3, cumulative=False)],
        "near miss: those 'still' listed as missing are an incident's (s63f)",
    ),
    (
        "Twelve people were listed as missing after the flood.",
        P,
        [fig(M, 12, cumulative=False)],
        "near miss: the past tense is the incident's (s63f)",
    ),
    # 4. "and neutralised N more"
    (
        "The army said it had eliminated 40 militants and neutralised 15 more.",
        P,
        [fig(K, 40, claimed_by="The army"), fig(K, 15, claimed_by="The army")],
        "'and neutralised 15 more' after armed men: more of them, killed (s63f)",
    ),
    (
        "Troops neutralised 25 insurgents and eliminated 9 more near the border.",
        P,
        [fig(K, 25), fig(K, 9)],
        "'and eliminated 9 more' after armed men: more of them, killed (s63f)",
    ),
    (
        "Gunmen killed four villagers and neutralised two more.",
        P,
        [fig(K, 4)],
        "near miss: 'neutralised' more villagers kills no one (s63f)",
    ),
    (
        "The army eliminated 40 militants and neutralised 15 more suspects.",
        P,
        [fig(K, 40)],
        "near miss: 'more' with a noun of its own is no further member of the group before (s63f)",
    ),
    # 5. "cases of HARM of GROUP"
    (
        "The commission documented 31 cases of abductions of students.",
        P,
        [fig(D, 31, subject="students", claimed_by="The commission")],
        "'cases of abductions of students': the students are the group (s63f)",
    ),
    (
        "Monitors recorded 14 cases of killings of journalists in the province.",
        P,
        [fig(K, 14, subject="journalists", claimed_by="Monitors")],
        "'cases of killings of journalists': the journalists are the group (s63f)",
    ),
    (
        "The group documented 22 cases of abductions.",
        P,
        [fig(D, 22, subject="cases of abductions", claimed_by="The group")],
        "near miss: cases with no 'of' group keep their own words (s63f)",
    ),
]
