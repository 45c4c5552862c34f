"""
Sources named again: a description ("The ministry", "the monitor"), a
surname ("Buenaño said") or a title ("the minister added") that stands for
a source the text named before in full (see :func:`named_before`).
"""

from __future__ import annotations

from conflictfigures import _lexicon as lx
from conflictfigures._extraction.text import possessive

__all__ = ["SOURCES_KEPT", "issuing_body", "named_before", "names_again"]


def names_again(description: str, earlier: str) -> bool:
    """
    Whether the source ``description`` ("The monitor", "the ethnic armed
    group") names again the body ``earlier`` named by its name ("the
    Britain-based Syrian Observatory for Human Rights"): "the", lower-case
    words and a body's noun, after a name with a capital past its first word.
    """
    words = description.split()
    if len(words) < 2 or words[0].lower() != "the" or words[-1].lower() not in lx.DESCRIBED_BODIES:
        return False
    if any(_name_word(w) for w in words[1:]):
        return False  # "the UN mission": a name of its own
    if any(w in lx.PERSON_TITLES for w in earlier.lower().split()):
        return False  # "militia leader Babakura Kolo": a person, no body named again
    return any(w[:1].isupper() for w in earlier.split()[1:])


def _name_word(word: str) -> bool:
    """
    Whether a word of a description is a name's ("UN"; "Britain-based" too:
    "The Britain-based war monitor" after another body is a source of its
    own, which a review found merged with the body named last).
    """
    return word[:1].isupper()


#: How many of the sources a document keeps a description may name again.
SOURCES_KEPT = 8


def named_before(description: str, sources: list[str], text: str = "", end: int = 0) -> str | None:
    """
    The source named before that ``description`` names again: "the", perhaps
    lower-case words, and a body's noun ("The ministry", "the Mission", "the
    health ministry") that is the head of the latest source among
    ``sources`` whose own name (before an appositive, a bracket or "in")
    holds every one of those words ("Gaza's Health Ministry", "the UN Human
    Rights Monitoring Mission in Ukraine (HRMMU)"); not "the defence
    ministry" after the health ministry, nor a name of its own ("the UN
    mission"). Only the latest few sources are looked at. A person is named
    again by a surname or a title (see :func:`_person_again`, which reads
    ``text`` before ``end`` for who was named last).
    """
    person = _person_again(description, sources, text, end)
    if person is not None:
        return person
    body = issuing_body(description)
    if body is not None:
        return named_before(body, sources)  # "the authority's daily situation report"
    words = description.lower().split()
    if len(words) < 2 or words[0] != "the" or words[-1] not in lx.BODY_HEADS:
        return None
    if any(_name_word(w) for w in description.split()[1:-1]):
        return None  # "the UN mission": a name of its own
    for earlier in reversed(sources[-SOURCES_KEPT:]):
        # the earlier source's own name: before an appositive, a bracket and
        # a phrase of place ("the Health Ministry in Gaza": ministry), whose
        # last word is its head (not "Hamas's military wing" after a comma,
        # nor "a Russian military blogger")
        own = earlier.lower().split(",", 1)[0].split("(", 1)[0].split(" in ", 1)[0].split()
        if len(own) > 1 and own[-1] == words[-1] and all(w in own for w in words[1:]):
            return earlier
    return None


def issuing_body(description: str) -> str | None:
    """
    The body a source's words say issued what they name: "the" WORD* "'s"
    WORD* ISSUED_NOUN ("the authority's daily situation report": "the
    authority"), its possessive dropped; else ``None``.
    """
    words = description.split()
    if len(words) < 3 or words[0].lower() != "the" or words[-1].lower() not in lx.ISSUED_NOUNS:
        return None
    owner = next((k for k, w in enumerate(words) if possessive(w.lower())), None)
    if owner is None or owner == 0:
        return None
    return " ".join(words[: owner + 1]).removesuffix("'s").removesuffix("\u2019s")


def _person_again(description: str, sources: list[str], text: str = "", end: int = 0) -> str | None:
    """
    The person named before in full whom ``description`` names again: by
    the surname alone, perhaps after an honorific ("Buenaño", "Mr Enanga"
    after "Guayas Police Commander Fausto Buenaño", "Police spokesperson
    Fred Enanga"), or by "the" and the title the full name held ("the
    minister" after "Minister of Interior Rauf Aregbesola"); the latest such
    among the few ``sources`` kept, and only when the text before ``end``
    named no one else so since (not "Kumar" after "Suresh Kumar, a
    labourer", nor "the president" after "Russian President Vladimir Putin
    met officials").
    """
    words = description.split()
    if len(words) == 2 and words[0].rstrip(".") in _HONORIFICS:
        words = words[1:]
    window = text[max(0, end - _LOOKBACK) : end]
    if len(words) == 1 and words[0][:1].isupper() and not words[0].isupper():
        surname = words[0]
        for earlier in reversed(sources[-SOURCES_KEPT:]):
            own = _own_words(earlier)
            if len(own) > 1 and own[-1] == surname and own[-2][:1].isupper():
                full = f"{own[-2]} {surname}"
                # (the last full name with that surname is this one)
                last = _last_full_name(window, surname)
                return earlier if last is None or last == full else None
        return None
    if len(words) == 2 and words[0].lower() == "the" and words[1].lower() in lx.PERSON_TITLES:
        title = words[1].lower()
        for earlier in reversed(sources[-SOURCES_KEPT:]):
            own = _own_words(earlier)
            # (a title, then a person's name: two capitalised words at least)
            if (
                title in (w.lower() for w in own[:-2])
                and own[-1][:1].isupper()
                and own[-2][:1].isupper()
            ):
                # (the title's last mention names this person)
                at = _last_word(window, title)
                if at >= 0 and own[-1] not in window[at : at + _TITLE_TO_NAME]:
                    return None
                return earlier
        # a person the text named with the title in a sentence the reader
        # skipped ("The Minister of Interior, Rauf Aregbesola, disclosed this
        # to journalists. ... the minister added"), unless a source named
        # with the title and no name is the one meant ("An Israeli minister
        # said ... the minister added")
        if any(_ends_in(earlier, title) for earlier in sources[-SOURCES_KEPT:]):
            return None
        return _titled_name(window, title)
    return None


def _ends_in(source: str, title: str) -> bool:
    """Whether a source's own words end in the title, no name after it ("An Israeli minister")."""
    own = _own_words(source)
    # (not "the minister" itself, a description kept as it was written)
    return len(own) >= 2 and own[-1].lower() == title and own[0].lower() != "the"


def _own_words(source: str) -> list[str]:
    """
    A source's own words: before an appositive, or a title and the name in
    apposition after it ("The Minister of Interior, Rauf Aregbesola").
    """
    head, _, rest = source.partition(",")
    name = rest.split()
    if len(name) >= 2 and all(w[:1].isupper() for w in name):
        return head.split() + name
    return head.split()


def _titled_name(window: str, title: str) -> str | None:
    """
    The last mention in ``window`` of the capitalised ``title`` before a
    person's name, perhaps in apposition ("The Minister of Interior, Rauf
    Aregbesola", "Police spokesman Ali Musa"): the words from the title's
    phrase to the name's end, else ``None``.
    """
    at = _last_word(window, title)
    if at < 0 or not window[at : at + 1].isupper():
        return None
    before = window[max(0, at - _TITLE_TO_NAME) : at].split()
    after = window[at + len(title) :].split()
    if (before and before[-1].lower() in _OTHER_OFFICES) or (
        after and after[0].lower().strip(",") in lx.PERSON_TITLES
    ):
        return None  # another office: "Prime Minister", "Chief Minister"
    if window[at + len(title) : at + len(title) + 1] == ".":
        return None  # the title ends its sentence: "written to the Governor."
    start = at
    # (back over the title's capitalised words: "Interior Minister", "The Minister")
    for word in reversed(window[max(0, at - _TITLE_TO_NAME) : at].split()):
        if not word[:1].isupper() or not word.isalpha():
            break
        start = window.rfind(word, 0, start)
    words = window[at:].split()
    name: list[str] = []
    for word in words[1 : 1 + _TITLED_WORDS]:
        bare = word.rstrip(",.")
        if bare[:1].isupper() and bare.replace("-", "").isalpha():
            name.append(bare)
        elif bare in ("of", "for") or word == ",":
            name = []
        else:
            break
        if word.endswith(".") and len(name) < 2:
            return None  # (no name past a sentence's end)
        if word.endswith((",", ".")) and len(name) >= 2:
            break
    if len(name) < 2:
        return None
    last = window.find(name[-1], at)
    return window[start : last + len(name[-1])] if last >= 0 else None


#: Words before a title that make it another office ("Prime Minister").
_OTHER_OFFICES = frozenset({"prime", "vice", "deputy", "chief", "acting", "assistant", "under"})
#: How many words may follow a title before the end of the name after it.
_TITLED_WORDS = 8


#: How far back the text is read for the last mention of a name or title.
_LOOKBACK = 2_000
#: How many characters may stand between a title and the name it goes with.
_TITLE_TO_NAME = 60


def _last_word(window: str, word: str) -> int:
    """
    Where ``word`` (lower case) last stands in ``window`` as a word of its
    own, any case ("governor", not inside "governorate"; "minister", not
    "ministers"), else -1.
    """
    low = window.lower()
    at = len(low)
    while (at := low.rfind(word, 0, at)) >= 0:
        end = at + len(word)
        if (at == 0 or not (low[at - 1].isalpha() or low[at - 1] == "-")) and (
            end == len(low) or not (low[end].isalpha() or low[end] == "-")
        ):
            return at  # (not "Director-General" for "director")
    return -1


def _last_full_name(window: str, surname: str) -> str | None:
    """
    The last "First Surname" in ``window`` (a capitalised word right before
    the surname), else ``None``.
    """
    at = len(window)
    while (at := window.rfind(surname, 0, at)) > 0:
        seg = window[max(0, at - _FIRST_NAME_CHARS) : at]
        words = seg.split()
        if (
            seg.endswith(" ")
            and words
            and words[-1][:1].isupper()
            and words[-1].isalpha()
            and words[-1] not in _HONORIFICS  # ("Mr Khan": the same man again)
        ):
            return f"{words[-1]} {surname}"
    return None


#: How long a first name before a surname may be, in characters.
_FIRST_NAME_CHARS = 30


#: Honorifics before a surname ("Mr Enanga", "Dr. Tedros").
_HONORIFICS = frozenset({"Mr", "Mrs", "Ms", "Dr", "Miss", "Prof"})
