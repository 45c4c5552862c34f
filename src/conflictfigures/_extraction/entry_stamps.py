"""
Live-blog entries stamped with a clock time only ("09:40 — Police say ...",
"UPDATE 6:45 AM: ...", "7.05am BST: ..."): such an entry was written on the
day the page was published, so a story told in such entries, with no day of
its own, is set on the day of publication, as the story of a dated page is
set on the day its dateline names.  Read with plain string tests: each line
is looked at over its first few characters only, so the walk stays linear.
"""

from __future__ import annotations

from conflictfigures import _lexicon as lx

__all__ = ["clock_stamped"]


#: Words a stamp's clock time may follow ("UPDATE 6:45 AM:", "Update 08:15 —").
_STAMP_OPENERS = frozenset({"update", "updated", "latest"})
#: How many characters of a line a stamp may take.
_STAMP_REACH = 32


#: Time zones of a live blog's stamps, past those of ``lx.TIME_WORDS``.
_ZONES = frozenset({"bst", "cet", "cest", "eet", "eest", "ist", "et", "pt", "local"})


def _clock(word: str) -> str | None:
    """
    What is glued after a clock time that ``word`` opens with ("09:40",
    "6:45", "7.05am"), or ``None`` when it opens with none: one or two digits,
    a colon or a dot, two digits and no digit after them.
    """
    k = 0
    while k < len(word) and k < 2 and word[k].isdigit() and word[k].isascii():
        k += 1
    minutes = word[k + 1 : k + 3]
    if (
        not k
        or word[k : k + 1] not in {":", "."}
        or not (len(minutes) == 2 and minutes.isdigit() and minutes.isascii())
    ):
        return None
    if word[k + 3 : k + 4].isdigit() or int(word[:k]) > 24 or int(minutes) > 59:
        return None
    return word[k + 3 :]


def _stamp_line(line: str) -> bool:
    """Whether ``line`` opens with a clock time stamp ended by a dash or a colon."""
    words = line[:_STAMP_REACH].split()
    if words and words[0].lower().rstrip(":") in _STAMP_OPENERS:
        words = words[1:]
    glued = _clock(words[0]) if words else None
    if glued is None:
        return False
    # (a time of day and a zone may follow, glued or not: "6:45 AM", "7.05am BST")
    rest = [glued, *words[1:]] if glued else words[1:]
    for word in rest:
        low = word.lower()
        if low.rstrip(":") != low:
            return low.rstrip(":").rstrip(".") in lx.TIME_WORDS | _ZONES | {""}
        if low.rstrip(".") not in lx.TIME_WORDS | _ZONES:
            return word[0] in lx.DASHES
    return False


def clock_stamped(text: str) -> bool:
    """
    Whether a line of ``text`` opens with a clock time alone as its entry's
    stamp ("09:40 — ...", "UPDATE 6:45 AM: ...", "Update 08:15 — ..."); not a
    time inside a sentence ("At 09:40 police said ...").
    """
    return any(_stamp_line(line.lstrip()) for line in text.split("\n"))
