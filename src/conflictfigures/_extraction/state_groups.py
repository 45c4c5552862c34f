"""
Groups named by the state they are in, with no verb that tells it: "dozens
of wounded people had been taken to surrounding villages", "the 40 injured
people include ten children".  The last of the linking rules (see
:mod:`.links`): tried only when no verb reads the group.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from conflictfigures import _lexicon as lx
from conflictfigures._extraction.reading import Reading, finish
from conflictfigures.models import Category

if TYPE_CHECKING:
    from conflictfigures._extraction.candidates import Candidate

__all__ = ["link_state_group"]


def link_state_group(c: Candidate) -> list[Reading] | None:
    """
    ``NUMBER "of"? HURT_PARTICIPLE PEOPLE_NOUN``: people named as hurt by
    the participle before their noun, whatever else the sentence tells of
    them ("dozens of wounded people had been taken to surrounding
    villages"); only the hurt (the dead and the held are told by nouns and
    verbs of their own), and only people.
    """
    tokens, num, np = c.tokens, c.num, c.np
    if c.zero or c.cls != "people" or np[1] - np[0] < 2:
        return None
    if not (np[0] == num.last or (np[0] == num.last + 1 and tokens[num.last].low == "of")):
        return None
    state = lx.PASSIVE_TRIGGERS.get(tokens[np[0]].low)
    if state is None or state[0] is not Category.WOUNDED:
        return None
    r = finish(Reading(num, Category.WOUNDED), tokens, np)
    r.last = max(np[1], num.last)
    return [r]
