"""
Where a date mention stands: alone in brackets or in a dateline ("KABUL,
Afghanistan (April 15, 2011) -", "BEIRUT, March 12 (Reuters) -").  Such a
date is the day the story was filed, which yields to a day of the incident's
own; the dates themselves are read by
:mod:`~conflictfigures._extraction.dates`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from conflictfigures import _lexicon as lx

if TYPE_CHECKING:
    from conflictfigures._extraction.dates import DateMention
    from conflictfigures._extraction.text import Token

__all__ = ["in_dateline", "in_parentheses"]


#: How far into its sentence a dateline's date may start ("KYIV, Ukraine, March 3 -").
_DATELINE_REACH = 8


def in_parentheses(tokens: list[Token], mention: DateMention) -> bool:
    """
    Whether a date stands alone in parentheses: a dateline ("KABUL, Afghanistan
    (April 15, 2011) -"), which dates the release, not the incident.
    """
    return (
        mention.first > 0
        and tokens[mention.first - 1].text == "("
        and mention.last < len(tokens)
        and tokens[mention.last].text == ")"
    )


#: How many tokens an agency's name in a dateline's brackets may take.
_AGENCY_REACH = 8


def in_dateline(tokens: list[Token], mention: DateMention) -> bool:
    """
    Whether a date is a dateline's, after the place's comma at the start of
    the sentence and before its dash ("NAIROBI, March 14 -", "BEIRUT, March
    12 (Reuters) -", "Bogota, Feb 20 (EFE).-", "(Nairobi, April 25, 2024) -",
    "Aug 9 (Reuters) -"):
    the day the story was filed,
    which yields to a day of the incident's own.
    """
    first, last, n = mention.first, mention.last, len(tokens)
    if last >= n or first > _DATELINE_REACH:
        return False
    if _bracketed_before_dash(tokens, first, last):
        return True  # "BUTUAN CITY (MindaNews / 23 June) - Two soldiers ..."
    if first == 0:
        # no place, then the agency must follow: "Aug 9 (Reuters) - A drone
        # attack ..." (a log's "09/03/2025 - Lower Shabelle: ..." is its entry's day)
        if tokens[last].text != "(":
            return False
    elif tokens[first - 1].text != ",":
        return False
    if tokens[last].text == "(":  # the agency in brackets: "(Reuters) -"
        # (an outlet of several tokens: "(bdnews24.com)")
        close = next(
            (k for k in range(last, min(n, last + _AGENCY_REACH)) if tokens[k].text == ")"), None
        )
        last = close + 1 if close is not None else last
    elif tokens[last].text == ")" and tokens[0].text == "(":
        last += 1  # the whole dateline in brackets: "(Nairobi, April 25, 2024) -"
    if last + 1 < n and tokens[last].text == "." and tokens[last + 1].text in lx.DASHES:
        last += 1  # "Bogota, Feb 20 (EFE).- Two farmers died"
    if (
        last < n
        and tokens[last].text == "."
        and first > 0
        and tokens[0].text.isupper()
        and last + 1 < n
        and tokens[last + 1].text == "/"
    ):
        return True  # the place in capitals, then a stop: "BELGOROD, December 31. /TASS/."
    return last < n and tokens[last].text in lx.DASHES


def _bracketed_before_dash(tokens: list[Token], first: int, last: int) -> bool:
    """
    Whether a date stands in the brackets that open a sentence's first
    words and a dash follows them: the dateline's agency and day
    ("BUTUAN CITY (MindaNews / 23 June) -", "GAZA (AFP, 12 May) -").
    """
    n = len(tokens)
    opened = next((k for k in range(first - 1, -1, -1) if tokens[k].text in "()"), None)
    if opened is None or tokens[opened].text != "(":
        return False
    close = next(
        (k for k in range(last, min(n, last + _AGENCY_REACH)) if tokens[k].text in "()"), None
    )
    return (
        close is not None
        and tokens[close].text == ")"
        and close + 1 < n
        and tokens[close + 1].text in lx.DASHES
    )
