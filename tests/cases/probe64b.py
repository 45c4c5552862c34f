"""
Rows of probe 64, helper b: a total followed by its split across places in
a gapped list with no verb of its own (the shares are parts of the total
when its place holds theirs), and a breakdown linked loosely to its whole
(past a relative clause, with "all" before the part's number).
"""

from __future__ import annotations

from tests.cases.extraction import REF, D, K, P, Row, fig

__all__ = ["EXAMPLES_PROBE64B"]

EXAMPLES_PROBE64B: list[Row] = [
    (
        (
            "Landslides have killed 52 people across the province, 30 in Rangamati and 22 in "
            "Bandarban, officials said."
        ),
        P,
        [
            fig(K, 52, part=False),
            fig(K, 30, part=True, location="Rangamati"),
            fig(K, 22, part=True, location="Bandarban"),
        ],
        "shares by place after a wide place ('across') that add up to the figure are its parts",
    ),
    (
        "At least 35 people died in the cold snap, 20 in Punjab and the rest in Haryana.",
        P,
        [fig(K, 35, "at_least", location=None), fig(K, 20, part=True, location="Punjab")],
        "a share before 'the rest' is a part of the figure; the share's place is not the whole's",
    ),
    (
        (
            "The cyclone's toll in Malawi and Mozambique has reached 500, with 320 people "
            "confirmed dead in Malawi and 180 in Mozambique."
        ),
        P,
        [
            fig(K, 500, location="Malawi and Mozambique", cumulative=True),
            fig(K, 320, part=True, location="Malawi"),
            fig(K, 180, part=True, location="Mozambique"),
        ],
        "a toll whose place names two countries keeps both, and its shares by country are parts",
    ),
    (
        "The death toll rose to 75, with 50 in Aden and 25 in Taiz.",
        P,
        [fig(K, 75), fig(K, 50, part=True), fig(K, 25, part=True)],
        "shares by place after 'with' and a toll that names no place are its parts",
    ),
    (
        "Mudslides have killed 40 people in the region, 25 of them in Uganda and 15 in Rwanda.",
        P,
        [fig(K, 40, location=None), fig(K, 25, part=True), fig(K, 15, part=True)],
        "a further share by place after a part 'of them' by place is a part too",
    ),
    (
        (
            "Wildfires have left at least 19 people dead across southern Europe: eight in Greece, "
            "six in Turkey and five in Italy."
        ),
        P,
        [
            fig(K, 19, "at_least", location="southern Europe"),
            fig(K, 8, part=True, location="Greece"),
            fig(K, 6, part=True, location="Turkey"),
            fig(K, 5, part=True, location="Italy"),
        ],
        "shares by place after a colon that add up to no more than the figure are its parts",
    ),
    (
        "The attacks killed 13 people, six in Borno state and seven in neighbouring Yobe.",
        P,
        [fig(K, 13), fig(K, 6, part=True), fig(K, 7, part=True)],
        "a share's place may be a state or follow 'neighbouring'",
    ),
    (
        "Police arrested 30 people, 12 in Lagos and 18 in Abuja.",
        P,
        [fig(D, 30), fig(D, 12, part=True), fig(D, 18, part=True)],
        "shares by place of any count of people, the whole naming no place",
    ),
    (
        "Storms killed 9 people in Lagos, 4 in Ibadan and 2 in Abeokuta.",
        P,
        [fig(K, 9, part=False), fig(K, 4, part=False), fig(K, 2, part=False)],
        "(guard) after a figure of one named place, counts in other places are further members",
    ),
    (
        "Two people were killed on Friday, three in Kunduz and one in Baghlan.",
        P,
        [fig(K, 2, part=False), fig(K, 3, part=False), fig(K, 1, part=False)],
        "(guard) counts by place that add up to more than the figure are no parts of it",
    ),
    (
        "Eight people died on Monday, three people died in Kabul on Tuesday.",
        P,
        [fig(K, 8, part=False), fig(K, 3, part=False)],
        "(guard) a count with a verb of its own after a comma is no share, only after 'with'",
    ),
    (
        "Five people were killed in Israel, three in Gaza.",
        P,
        [fig(K, 5, part=False), fig(K, 3, part=False)],
        "(guard) a country's name is no place that holds another's",
    ),
    (
        (
            "Police have detained 230 people during demonstrations that spread to several cities "
            "last week, including 18 journalists and 4 lawyers."
        ),
        P,
        [fig(D, 230), fig(D, 18, part=True), fig(D, 4, part=True)],
        "parts after a relative clause on the figure's phrase",
    ),
    (
        "Gunmen shot dead 14 villagers who were returning from a market, among them five women.",
        P,
        [fig(K, 14), fig(K, 5, part=True, subject="women")],
        "parts after a relative clause on the figure's group",
    ),
    (
        (
            "Uganda shelters some 1.6 million refugees who escaped wars in the region, of whom "
            "about 900,000 are South Sudanese."
        ),
        P,
        [fig(REF, 1_600_000, "about"), fig(REF, 900_000, "about", part=True)],
        "'of whom' after a relative clause of flight on a stock is a part of the stock",
    ),
    (
        "Nine people were arrested, among them all three drivers of the convoy.",
        P,
        [fig(D, 9), fig(D, 3, part=True, subject="drivers")],
        "'all' between the part's opener and its number",
    ),
]
