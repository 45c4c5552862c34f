"""
Labelled lines of figures: a state or a counted noun before a colon opens
the line and gives its number a category ("Missing: 12", "Total deaths: 5",
"Internally displaced persons (IDPs): 2,118,406"), and the states of a
count broken down after "of which" ("Tanks (6, of which destroyed: 3,
captured: 2)"). Read by :mod:`.rules` and :mod:`.assembly`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

from conflictfigures import _lexicon as lx
from conflictfigures._extraction.heads import noun_class
from conflictfigures._extraction.numbers import count_word, read_number
from conflictfigures.models import Category

if TYPE_CHECKING:
    from conflictfigures._extraction.discourse import Doc
    from conflictfigures._extraction.reading import Reading
    from conflictfigures._extraction.text import Token

#: Words before a label that keep it one ("Total deaths: 5", "Reported fatalities: 31").
_LABEL_WORDS = frozenset({"total", "reported", "confirmed", "estimated"})


def label_before(
    tokens: list[Token], k: int
) -> tuple[tuple[Category | None, Category | None], int] | None:
    """
    ``"Total"? LABEL ":" NUMBER`` at the start of a line of figures, with
    ``":"`` at ``k``: a state or a counted noun as the label ("Missing: 12",
    "Dead: 3", "Deaths: 45", "IDPs: 38,000", "Total deaths: 5", "Reported
    fatalities: 31"); the label's
    categories and index.
    """
    if k < 1 or tokens[k].text != ":":
        return None
    if (state := breakdown_state(tokens, k)) is not None:
        # (its breakdown told its kind: the category whatever the group, so
        # both slots, people's and equipment's, hold it)
        return (state.category, state.category), k - 1
    if k >= 2 and tokens[k - 1].low == "follows" and tokens[k - 2].low == "as":
        return _as_follows(tokens, k - 2)
    label = tokens[k - 1]
    total = k >= 2 and tokens[k - 2].low in _LABEL_WORDS and tokens[k - 2].is_capitalized
    if total and k >= 3 and tokens[k - 3].is_word:
        return None
    if not total and (not label.is_capitalized or (k >= 2 and tokens[k - 2].is_word)):
        # (a label opens its line: "Missing: 12", "Total deaths: 5"), or a
        # longer label that opens it with its state or counted noun
        return _long_label(tokens, k)
    passive = lx.PASSIVE_TRIGGERS.get(label.low)
    if passive is not None and label.low not in lx.ACTIVE_TRIGGERS:
        return passive, k - 1
    counted = lx.SELF_COUNTING_NOUNS.get(label.low)
    if counted is not None:
        return (counted, None), k - 1
    if label.low in VICTIM_LABELS and _victims_dead(tokens, k):
        # "Victims: 97 Muslim residents, among them 36 women": a record's
        # victims are its dead
        return (Category.KILLED, None), k - 1
    return None


#: Labels of a record's dead that name them as its victims.
VICTIM_LABELS = frozenset({"victims", "victim"})
#: Marks that end a labelled line's clause.
_LINE_ENDS = frozenset({";", ".", ")", ":"})


def _victims_dead(tokens: list[Token], k: int) -> bool:
    """
    Whether the "Victims:" line whose colon is at ``k`` counts the dead: a
    count ("49", "at least sixty-nine") and the people it counts, in words
    or in a bracket ("Victims: 97 Muslim residents", "Victims: 49
    (including 23 children)"), and no fate but death told of them to the
    end of its clause: a word of death confirms ("8 members of the same
    family, killed when ..."), the first word of another fate refuses
    ("Victims: 4 civilians wounded", "5 hostages, released on Sunday", "14
    (3 dead, 11 injured)"); past a part's opener ("including 5 wounded who
    died later") only death counts. Whether the record speaks of deaths at
    all is :func:`victims_unfounded`'s.
    """
    num = read_number(tokens, k + 1)
    if num is None or num.article:
        return False
    j, n = num.last, len(tokens)
    if j < n and tokens[j].text == "(":
        shut = _bracket_end(tokens, j)
        if shut is None or any(_fate(tokens[m].low) is not None for m in range(j + 1, shut)):
            return False  # "Victims: 14 (3 dead, 11 injured)": states, no people
        people = shut > j + 1
        j = shut + 1
    else:
        people = j < n and tokens[j].is_word
    if not people:
        return False  # "Victims: 2.": no people named
    part = False
    while j < n and tokens[j].text not in _LINE_ENDS:
        fate = _fate(tokens[j].low)
        if fate is not None and (fate or not part):
            return fate
        part = part or tokens[j].low in lx.PART_OPENERS
        j += 1
    return True


#: How far a bracket after a victims' count may run.
_BRACKET_REACH = 16


def _bracket_end(tokens: list[Token], j: int) -> int | None:
    """The index of the ")" closing the bracket opened at ``j``, if near."""
    for m in range(j + 1, min(len(tokens), j + _BRACKET_REACH)):
        if tokens[m].text == ")":
            return m
    return None


def _fate(low: str) -> bool | None:
    """``True`` for a word of death, ``False`` for one of another fate, else ``None``."""
    if low in lx.DEATH_WORDS:
        return True
    return False if low in lx.OTHER_FATE_WORDS else None


def victims_unfounded(doc: Doc, lows: list[str], readings: list[Reading]) -> list[Reading]:
    """
    The readings of a sentence less the dead of a "Victims:" line when its
    record speaks of no death: no sentence before told a killing
    (``doc.deaths_spoken``), no word of one stands in the line's sentence,
    and none anywhere in the text (``doc.tells_deaths``). A log of frauds,
    thefts or assaults counts its victims, not its dead ("Type: Fraud.
    Victims: 40 pensioners.").
    """
    if (
        VICTIM_LABELS.isdisjoint(lows)
        or doc.deaths_spoken
        or not lx.DEATH_DEED_WORDS.isdisjoint(lows)
        or doc.tells_deaths
    ):
        return readings
    return [
        r
        for r in readings
        if not (
            r.category is Category.KILLED
            and 0 <= r.verb < len(lows) - 1
            and lows[r.verb] in VICTIM_LABELS
            and lows[r.verb + 1] == ":"
        )
    ]


#: How many tokens may stand between a state and its "as follows".
_FOLLOWS_REACH = 8


def _as_follows(
    tokens: list[Token], k: int
) -> tuple[tuple[Category | None, Category | None], int] | None:
    """
    ``"the" WORD? STATE WORD{0,8} "as" "follows" ":"`` with "as" at ``k``:
    a count's breakdown announced after its state ("The remaining
    fatalities are distributed as follows: 214 members of HTS ..."); the
    state's categories and index.
    """
    if _verb_after_colon(tokens, k + 3):
        return None  # "the events ... unfolded as follows: four men stormed the compound"
    for j in range(k - 1, max(0, k - 1 - _FOLLOWS_REACH), -1):
        low = tokens[j].low
        counted = lx.SELF_COUNTING_NOUNS.get(low)
        state = lx.PASSIVE_TRIGGERS.get(low)
        opener = next((m for m in range(j - 1, max(-1, j - 3), -1) if tokens[m].low == "the"), None)
        # ("The dead", "The remaining fatalities"; not a phrase's object: "the
        # events leading to the killings")
        the = opener is not None and not (opener and tokens[opener - 1].low in lx.PREPOSITIONS)
        if the and counted is not None:
            return (counted, None), j
        if the and state is not None:
            return state, j
        if not tokens[j].is_word:
            return None
    return None


#: How many tokens after "as follows:" are read for a verb of their own.
_AFTER_COLON_REACH = 12


def _verb_after_colon(tokens: list[Token], k: int) -> bool:
    """Whether the words from ``k`` hold a verb before their sentence ends (a clause, no list)."""
    for j in range(k, min(len(tokens), k + _AFTER_COLON_REACH)):
        tok = tokens[j]
        if tok.text in (".", ";"):
            return False
        low = tok.low
        if not tok.is_word or tok.is_capitalized:
            continue
        if low in lx.BE_FORMS or low in lx.FINITE_AUXILIARIES:
            return True
        # a past verb right after its plural subject, as in "four men
        # stormed the compound" (not "the allied factions")
        before = tokens[j - 1].low if j else ""
        if low.endswith("ed") and (before.endswith("s") or before in ("men", "people", "police")):
            return True
    return False


#: How many tokens a longer label may hold before its colon.
_LONG_LABEL = 14


#: Marks that open a line of a list before its label.
_BULLETS = frozenset({"\u2022", "-", "*", "\u2013", "\u2014", "\u25aa", "\u00b7"})


def _long_label(
    tokens: list[Token], k: int
) -> tuple[tuple[Category | None, Category | None], int] | None:
    """
    ``LABEL WORD+ ":" NUMBER`` opening its line, whose first word (after
    "internally") is a state or a counted noun: "Displaced in accommodation
    centres: 8,420", "Refugees from Burkina Faso in neighbouring countries:
    96,000", "Internally displaced persons (IDPs): 2,118,406".
    """
    j = k - 1
    while j > 0 and k - j < _LONG_LABEL and tokens[j - 1].text not in _BULLETS:
        if not (tokens[j - 1].is_word or tokens[j - 1].is_digits or tokens[j - 1].text in "(),"):
            return None
        j -= 1
    if k - j >= _LONG_LABEL:
        return None
    if not tokens[j].is_capitalized:
        return None  # a label opens with a capital
    if any(
        tokens[m].low in lx.FINITE_AUXILIARIES and tokens[m - 1].low not in lx.RELATIVE_PRONOUNS
        for m in range(j + 1, k)
    ):
        # a clause, no label: "Hostages who could not recite verses were
        # hacked to death: 20 of them" (the verb before the colon counts
        # them); a relative clause's own is the label's ("Refugees who have
        # crossed into Chad: 180,000")
        return None
    if (
        k + 1 < len(tokens)
        and tokens[k + 1].is_capitalized
        and count_word(tokens[k + 1])
        # (a verb after it: "Murders of A and B: Two tourists were found dead",
        # "Refugees in Chad: Two aid workers die in ambush")
        and any(
            t.low in lx.BE_FORMS or t.low in lx.PASSIVE_TRIGGERS or t.low in ("die", "dies")
            for t in tokens[k + 2 :]
        )
    ):
        # a title before a sentence, not a count's label: "Murders of Louisa
        # Jespersen and Maren Ueland: Two female tourists ... were found"
        return None
    if tokens[j].low == "internally" and j + 1 < k:
        j += 1  # "Internally displaced persons (IDPs):"
    first = tokens[j]
    if not first.is_word:
        return None
    passive = lx.PASSIVE_TRIGGERS.get(first.low)
    if passive is not None:
        return passive, j
    counted = lx.SELF_COUNTING_NOUNS.get(first.low)
    return ((counted, None), j) if counted is not None else None


class BreakdownState(NamedTuple):
    """A state of a count broken down after "of which", and who it counts."""

    #: The state's category, for the kind of thing the whole counts.
    category: Category
    #: The whole's label before its count ("Tanks"), as a token range, if any.
    label: tuple[int, int] | None


#: How many states a breakdown after "of which" may list, and how many
#: words its label may hold (it opens the line: "Trucks, Vehicles and Jeeps").
_BREAKDOWN_STATES = 8
_BREAKDOWN_LABEL_WORDS = 8


def _state_at(tokens: list[Token], j: int) -> tuple[Category | None, Category | None] | None:
    """The categories of a state word at ``j`` right before its colon ("destroyed:")."""
    if j < 0 or j + 1 >= len(tokens) or tokens[j + 1].text != ":":
        return None
    return lx.PASSIVE_TRIGGERS.get(tokens[j].low)


def breakdown_state(tokens: list[Token], k: int) -> BreakdownState | None:
    """
    ``LABEL? ("(" | DASH)? NUMBER "," "of" "which" ":"? STATE ":" NUMBER
    ("," STATE ":" NUMBER)*`` with the colon of one state at ``k``: a count
    of lost things broken down by what befell them, as equipment trackers
    list it ("Tanks (6, of which destroyed: 3, damaged: 1, captured: 2)",
    "Russia - 107, of which: destroyed: 48, abandoned: 11, captured: 41").
    The states count one kind of thing, so a state of either kind
    ("captured") counts what the label names ("Tanks") or what a state of
    only one kind in the same breakdown does ("destroyed", "damaged": equipment;
    "killed", "wounded": people). ``None`` when there is no such breakdown or
    its kind is not told.
    """
    state = _state_at(tokens, k - 1)
    if state is None:
        return None
    # Back over the states before this one to "of which".
    j = k - 1
    kinds = [state]
    for _ in range(_BREAKDOWN_STATES):
        p = j - 1
        if p >= 1 and tokens[p].text == ":" and tokens[p - 1].low == "which":
            p -= 1  # "of which: destroyed: 48"
        if p >= 1 and tokens[p].low == "which" and tokens[p - 1].low == "of":
            whole = p - 3  # (the count before its comma: "107, of which")
            if not (whole >= 0 and tokens[whole + 1].text == "," and tokens[whole].is_digits):
                return None
            break
        if p >= 1 and tokens[p].text == "(" and (counted := _count_before(tokens, p)) is not None:
            # the states in brackets right after the count, with no "of
            # which": "1,200 units (destroyed: 673, captured: 409)"
            whole = counted
            break
        if not (
            p >= 3
            and tokens[p].text == ","
            and tokens[p - 1].is_digits
            and (earlier := _state_at(tokens, p - 3)) is not None
        ):
            return None
        kinds.append(earlier)
        j = p - 3
    else:
        return None
    # Forward over the states after this one.
    m = k + 2
    while m + 2 < len(tokens) and len(kinds) < _BREAKDOWN_STATES and tokens[m].text == ",":
        later = _state_at(tokens, m + 1)
        if later is None:
            break
        kinds.append(later)
        m += 4
    label = None
    if 2 <= whole <= _BREAKDOWN_LABEL_WORDS + 1 and (
        tokens[whole - 1].text == "(" or tokens[whole - 1].text in lx.DASHES
    ):
        words = tokens[: whole - 1]
        if words and all(t.is_word or t.text in lx.DASHES or t.text == "," for t in words):
            label = (0, whole - 1)
    # (the label's kind is its last noun of equipment or people: "Trucks,
    # Vehicles and Jeeps", "Armoured Personnel Carriers")
    label_kind = next(
        (
            kind
            for t in reversed(tokens[label[0] : label[1]] if label is not None else ())
            if (kind := noun_class(t.low)) in ("equipment", "people")
        ),
        None,
    )
    equipment = label_kind == "equipment" or any(p is None and e is not None for p, e in kinds)
    people = label_kind == "people" or any(e is None and p is not None for p, e in kinds)
    if equipment == people:
        return None  # (neither told, or both: the state's own reading stands)
    category = state[1] if equipment else state[0]
    if category is None:
        return None
    return BreakdownState(category, label if label_kind == "equipment" else None)


def _count_before(tokens: list[Token], p: int) -> int | None:
    """
    The number right before the bracket at ``p``, or before the noun it
    counts ("1,200 units ("), else ``None``.
    """
    if tokens[p - 1].is_digits:
        return p - 1
    if p >= 2 and tokens[p - 1].is_word and tokens[p - 2].is_digits:
        return p - 2
    return None


def breakdown_label(tokens: list[Token], at: int) -> tuple[int, int] | None:
    """
    The label of the equipment whose breakdown holds the number at ``at``
    after its state's colon ("Tanks" in "Tanks (6, of which destroyed: 3)").
    """
    if at < 2 or tokens[at - 1].text != ":":
        return None
    state = breakdown_state(tokens, at - 1)
    return state.label if state is not None else None
