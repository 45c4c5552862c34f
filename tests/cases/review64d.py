"""
Rows of review 64 (helper D), item 8: bodies that a missing reading tells
lost ("went missing from the mortuary", "had disappeared from the morgue")
are no deaths told, while bodies still where they died ("remained under
the debris", "yet to be recovered") stay dead; people not yet recovered
are missing.
"""

from __future__ import annotations

from tests.cases.extraction import K, M, P, Row, fig

__all__ = ["EXAMPLES_REVIEW64D"]

EXAMPLES_REVIEW64D: list[Row] = [
    (
        "Four bodies went missing from the hospital mortuary overnight, police said.",
        P,
        [],
        "bodies lost from a mortuary are no deaths told (review 64)",
    ),
    (
        "Police said 11 bodies had disappeared from the morgue in Kano.",
        P,
        [],
        "bodies that disappeared are no deaths told (review 64)",
    ),
    (
        "At least 22 bodies remained under the debris of the collapsed market.",
        P,
        [fig(K, 22, "at_least")],
        "(guard) bodies still under the debris are dead (review 63, kept in review 64)",
    ),
    (
        "Rescuers said 17 bodies were yet to be recovered from the mine.",
        P,
        [fig(K, 17, claimed_by="Rescuers")],
        "bodies yet to be recovered are dead, the phrase in their words (review 64)",
    ),
    (
        "Nine miners are yet to be recovered, the company said.",
        P,
        [fig(M, 9, claimed_by="the company")],
        "people yet to be recovered are missing, as 'yet to be found' (review 64)",
    ),
    (
        "Forty people went missing after the flood.",
        P,
        [fig(M, 40)],
        "(guard) people who went missing stay missing (review 64)",
    ),
]
