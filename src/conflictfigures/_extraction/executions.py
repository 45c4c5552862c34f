"""
Executions: a harm whose outcome is untold ("shot") is a killing when its
sentence tells an execution, not a wounding.

"Four people were shot" alone is the wounded, as shooting reports and those
who code them mean it (see ``triggers._bare_harm``).  An atrocity report
writes the same verb of the dead, and tells it by what surrounds the verb:

- the people were held, led away or made ready first, the harm their
  group's second verb: "Thirty-five men were lined up against the walls of
  the temple and shot" (``lx.LED_AWAY_VERBS``); "taken", "led", "forced",
  "dragged" only when captives are led or armed men lead them ("26
  detainees were taken from their cells to the desert and shot"; not "Two
  employees were forced into a back room and shot", nor "taken to a
  party"), else the harm is the wounded as any "shot";
- the manner is an execution's: "by a firing squad", "in cold blood", "one
  by one", "execution-style", "summarily", "in the back of the head"; a shot
  at close range ("at close range", "point-blank") or in the head, which a
  shooting the victim lives through may tell too, only with a sign of
  another kind: captives, armed men as the doers ("by militiamen"), people
  bound, or the manner told of most or all of a counted group ("had been
  shot at close range ..., most in the head"); a part's manner ("one in the
  head") is the part's;
- their burial or their remains follow in the group's own clause: "were
  shot and buried", "the other eight were shot by troops; the bodies were
  dumped in a shallow grave" ("grave" a noun, "buried" the group's own
  participle, no one else's remains: not "grave concern", "a friend who was
  buried", "the grave of a friend").

No word of the living may stand in the group's stretch, up to a new count
or group or a clause of another subject ("were shot at close range and are
in critical condition", "but both survived"; not "and 15 others were
injured"), nor a weapon that rarely kills ("with rubber bullets", "a BB
gun"), nor a part's fate ("one fatally").  A killing told only by a shot at
close range is undone when the next sentence says the group lived ("Both
are expected to recover": :func:`executions_lived`).  Each test reads a
bounded window of tokens, so the reader is linear in the sentence.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from conflictfigures import _lexicon as lx
from conflictfigures._extraction.text import Sentence, possessive, sentence_spans
from conflictfigures._extraction.triggers import fired_at, is_adverb, shot_alone
from conflictfigures.models import Category

if TYPE_CHECKING:
    from conflictfigures._extraction.reading import Reading
    from conflictfigures._extraction.text import Token

__all__ = ["executed", "executions_lived", "led_fate", "led_then_harmed", "phrase_fate"]

#: How far after a leading-away verb its "and" and the harm may stand
#: ("were lined up against the walls of the gurdwara and of a neighbouring
#: house in Chittisinghpora, Anantnag district, and shot").
_LED_REACH = 30
#: How far after the harm its manner may stand ("shot by soldiers of the
#: 33rd division at close range", "shot at close range on 4 August, most in
#: the head").
_MANNER_REACH = 16
#: How far after the harm its remains or burial may be told ("were shot by
#: troops; the bodies were dumped"); past a semicolon, only as the next
#: clause's first words.
_BURIAL_REACH = 40
_PAST_SEMICOLON = 3
#: How far past the harm a word of the living is looked for.
_LIVING_REACH = 60
#: How many characters of the next sentence are read for its people alive.
_NEXT_REACH = 400
#: How many words a report may take before the next sentence's subject ("A
#: hospital spokesman said both were ...").
_SAID_REACH = 8
#: Marks that end the stretch a manner is looked for in: another clause or statement.
_STRETCH_ENDS = frozenset({";", ".", ":", "but", "while", "whereas"})
#: Words that open a clause of another subject: a burial told past one is
#: not the group's ("a friend who was buried", "where his brother is buried",
#: "as the coffin was lowered into the grave").
_OTHER_CLAUSE = lx.RELATIVE_PRONOUNS | frozenset(
    [
        "where",
        "when",
        "whose",
        "whom",
        "while",
        "as",
        "after",
        "because",
        "since",
        "until",
        "whereas",
        "if",
    ]
)
#: Words before a noun of remains that make it one ("their bodies", "the remains").
_REMAINS_OWNERS = lx.POSSESSIVES | {"the", "whose", "human"}
#: Words after "of" that keep a noun of remains the group's ("the bodies of all").
_OWN_AFTER_OF = frozenset({"them", "all", "both"})
#: Words before a grave that make it someone else's ("visiting the grave").
_VISITED = frozenset({"at", "near", "visiting", "visit", "visited"})
#: Words after "grave" that leave it a noun ("a mass grave site").
_GRAVE_NOUN_AFTER = frozenset({"site", "sites", "pit", "pits", "of"})
#: Words between "in" and "head" ("in the head", "in their heads").
_HEAD_OWNERS = lx.POSSESSIVES | {"the"}
#: The words of the head.
_HEADS = frozenset({"head", "heads"})
#: Words of a share of a counted group before its manner ("most in the head").
_GROUP_SHARES = frozenset({"most", "all", "each"})
#: Words that open a part of a group after a comma ("some in the head").
_PART_WORDS = frozenset({"some", "several", "many", "half", "another"})
#: Words before a part that set it off ("..., one in the head", "with two ...").
_PART_MARKS = lx.DASHES | {",", "and", "with"}
#: Words that name a group told before, as a clause's subject.
_ANAPHORS = frozenset({"they", "each", "both", "all", "the"})


def led_then_harmed(tokens: list[Token], v: int) -> int | None:
    """
    ``PARTICIPLE WORD{0,30} "and" ("then" | ADVERB)* HARM`` from the group's
    first verb at ``v``: the index of the harm ("were lined up against the
    wall and shot", "were taken to a hilltop and then shot", "were pulled
    over and shot"), else ``None``.  The first verb leads away
    (``lx.LED_AWAY_VERBS``, ``lx.LED_BY_CAPTORS_VERBS``) or is any other
    participle; the stretch holds no count, no form of "be" (a clause of its
    own) and no relative pronoun, and the harm is neither "shot down" nor
    "shot at" with nothing hit.
    """
    n = len(tokens)
    if v >= n or not _participle(tokens[v]):
        return None
    for m in range(v + 1, min(n - 1, v + _LED_REACH)):
        low = tokens[m].low
        if low == "and":
            h = m + 1
            while h < n and (tokens[h].low in ("then", "later") or is_adverb(tokens[h])):
                h += 1
            if h < n and tokens[h].low in lx.UNTOLD_OUTCOME_HARMS and _hit(tokens, h):
                return h
            continue
        if (
            low in _STRETCH_ENDS
            or low in lx.BE_FORMS
            or low in lx.RELATIVE_PRONOUNS
            or tokens[m].is_digits
        ):
            return None
    return None


def led_fate(tokens: list[Token], start: int, v: int, h: int) -> Category | None:
    """
    The fate of the group starting at ``start`` whose first verb at ``v`` is
    followed by "and" and the harm at ``h`` (:func:`led_then_harmed`): the
    killed when it is an execution ("were lined up against a wall and
    shot"), the wounded when the harm is a shot alone ("were pulled over
    and shot", "were taken to a party and shot"), else ``None``.
    """
    if executed(tokens, start, h, led=v):
        return Category.KILLED
    return Category.WOUNDED if shot_alone(tokens, h) else None


def phrase_fate(
    tokens: list[Token],
    start: int,
    v: int,
    phrase: tuple[tuple[Category | None, Category | None], int, int],
) -> Category | None:
    """
    The people's category of the group's second verb ``phrase`` (its
    categories and token range) after its first verb at ``v``: the wounding
    of a harm alone, or of one "in the back", made the killed when it is an
    execution ("were made to kneel and shot in the back of the head").
    """
    (people, _), first, end = phrase
    if (
        people is Category.WOUNDED
        and (end - first == 1 or tokens[end - 1].low == "back")
        and executed(tokens, start, first, led=v)
    ):
        return Category.KILLED
    return people


def _participle(tok: Token) -> bool:
    """Whether ``tok`` may be a group's first participle ("lined", "taken", "pulled")."""
    low = tok.low
    return (
        low in lx.LED_AWAY_VERBS
        or low in lx.LED_BY_CAPTORS_VERBS
        or (tok.is_word and not tok.is_capitalized and low.endswith(("ed", "en")))
    )


def _leads_away(tokens: list[Token], start: int, v: int, h: int) -> bool:
    """
    Whether the group's first verb at ``v`` led its people away to the harm
    at ``h``: a verb that leads away on its own ("lined up", "marched",
    "blindfolded"), or one of ``lx.LED_BY_CAPTORS_VERBS`` ("taken", "forced")
    with captives as the group or armed men as the doers, not to a social or
    care place ("taken to a party", "led to a friend's house").
    """
    low = tokens[v].low
    if low in lx.LED_AWAY_VERBS:
        return True
    if low not in lx.LED_BY_CAPTORS_VERBS or _to_social_place(tokens, v):
        return False
    return _captives(tokens, start, v) or _armed_doer(tokens, start, h + _MANNER_REACH)


def _to_social_place(tokens: list[Token], v: int) -> bool:
    """
    Whether "to" or "into" after the verb at ``v`` leads to a place of
    ``lx.NOT_LED_PLACES`` ("taken to a party", "to a local hospital"), or to
    someone's home ("to a friend's house", "to the home of a relative").
    """
    n = len(tokens)
    j = next((m for m in range(v + 1, min(n, v + 3)) if tokens[m].low in ("to", "into")), None)
    if j is None:
        return False
    for m in range(j + 1, min(n, j + 5)):
        low = tokens[m].low
        if low in lx.NOT_LED_PLACES:
            return True
        if low in lx.DWELLING_NOUNS:
            return possessive(tokens[m - 1].low) or (m + 1 < n and tokens[m + 1].low == "of")
        if not tokens[m].is_word:
            return False
    return False


def _captives(tokens: list[Token], start: int, end: int) -> bool:
    """Whether the group's words ``tokens[start:end]`` name captives ("The 14 prisoners")."""
    return any(t.low in lx.CAPTIVE_GROUP_WORDS for t in tokens[start:end])


def _armed_doer(tokens: list[Token], start: int, end: int) -> bool:
    """
    Whether "by" and, within three words, armed men of a war
    (``lx.EXECUTIONER_WORDS``) stand in ``tokens[start:end]`` ("shot at
    close range by militiamen", "dragged by soldiers into a field").
    """
    end = min(len(tokens), end)
    return any(
        tokens[m].low == "by"
        and any(t.low in lx.EXECUTIONER_WORDS for t in tokens[m + 1 : min(end, m + 4)])
        for m in range(start, end)
    )


def _hit(tokens: list[Token], h: int) -> bool:
    """
    Whether the harm at ``h`` struck its people: not "shot down", not "shot
    at" with no place after it (fired on; "shot at a rubber plantation" is
    a place).
    """
    if h + 1 < len(tokens) and tokens[h + 1].low == "down":
        return False
    return not fired_at(tokens, h) or _manner_at(tokens, h + 1) is not None


def _word_at(tokens: list[Token], m: int) -> str:
    """The word at ``m``, a compound read across a glued hyphen ("execution-style")."""
    low = tokens[m].low
    if m + 2 < len(tokens) and tokens[m + 1].text == "-" and tokens[m + 2].is_word:
        return f"{low}-{tokens[m + 2].low}"
    return low


def _manner_at(tokens: list[Token], j: int) -> str | None:
    """
    The kind of manner that ends at or after ``j`` within two words: "sure"
    (``lx.EXECUTION_MANNERS``, ``lx.EXECUTION_MANNER_WORDS``, "in the back of
    the head"), "close" (``lx.CLOSE_RANGE_MANNERS``, ``lx.CLOSE_RANGE_WORDS``,
    ``("in" | "through") OWNER? "head"``); else ``None``.
    """
    n = len(tokens)
    for m in range(j, min(n, j + 3)):
        low = tokens[m].low
        word = _word_at(tokens, m)
        pair = (tokens[m - 1].low, low) if m > 0 else ("", low)
        if word in lx.EXECUTION_MANNER_WORDS or pair in lx.EXECUTION_MANNERS:
            return "sure"
        if word in lx.CLOSE_RANGE_WORDS or pair in lx.CLOSE_RANGE_MANNERS:
            return "close"
    if j < n and tokens[j].low in ("in", "through"):
        m = j + 1
        if m < n and tokens[m].low in _HEAD_OWNERS:
            m += 1
        back = m + 2 < n and tokens[m].low == "back" and tokens[m + 1].low == "of"
        if back:
            m += 2
            if tokens[m].low in _HEAD_OWNERS:
                m += 1
        if m < n and tokens[m].low in _HEADS:
            return "sure" if back else "close"
    return None


def _new_group(tok: Token) -> bool:
    """Whether ``tok`` opens a count or group of its own ("15 others", "another", "more")."""
    return tok.is_digits or tok.low in lx.UNITS or tok.low in lx.FURTHER_WORDS


def _living_at(tokens: list[Token], m: int) -> bool:
    """
    Whether a word of the living stands at ``m`` (``lx.LIVING_WORDS``), or
    a condition after its state ("in critical condition"; not "a critical
    blow").
    """
    low = tokens[m].low
    if low in lx.LIVING_WORDS:
        return True
    return low in lx.CONDITION_NOUNS and any(
        t.low in lx.CONDITION_STATES for t in tokens[max(0, m - 3) : m]
    )


def _less_lethal_at(tokens: list[Token], m: int) -> bool:
    """
    Whether a weapon that rarely kills stands at ``m``: one of
    ``lx.LESS_LETHAL_WORDS``, or a kind of ``lx.LESS_LETHAL_KINDS`` before a
    shot or gun within three words ("rubber bullets", "rubber-coated
    bullets", "a BB gun"; not "plastic sheeting", "stray dogs").
    """
    low = tokens[m].low
    if low in lx.LESS_LETHAL_WORDS:
        return True
    return low in lx.LESS_LETHAL_KINDS and any(
        t.low in lx.LESS_LETHAL_SHOTS for t in tokens[m + 1 : m + 4]
    )


def _living_from(tokens: list[Token], start: int, h: int) -> bool:
    """
    Whether a word of the living or of a weapon that rarely kills stands in
    the group's stretch, from its first word up to a new count or group
    after the harm ("and 15 others were injured") or the end of its clause,
    read on past "but" or ";" only to a clause about the same people ("but
    both survived"); or a part's fate after the harm ("one fatally").
    """
    end = min(len(tokens), h + _LIVING_REACH)
    for m in range(start, end):
        tok = tokens[m]
        if m > h and (
            _new_group(tok) or (tok.low in _STRETCH_ENDS and _anaphor_end(tokens, m + 1) is None)
        ):
            break
        if _living_at(tokens, m) or _less_lethal_at(tokens, m):
            return True
    return not lx.OUTCOME_ADVERBS.isdisjoint(t.low for t in tokens[h:end])


def _anaphor_end(
    tokens: list[Token], m: int, number: int | None = None, group: frozenset[str] = frozenset()
) -> int | None:
    """
    Where the subject ends when ``tokens[m:]`` opens on a name of a group told
    before, of ``number`` people if known: "they", "each", "both", "all",
    "all of them", "all three", "the two", "the victims", or "the" and a word
    of the group's own (``group``: "The men"); else ``None``.
    """
    n = len(tokens)
    if m >= n or tokens[m].low not in _ANAPHORS:
        return None
    low = tokens[m].low
    if low in ("they", "each") or (low == "both" and number in (None, 2)):
        return m + 1
    j = m + 1
    if low == "all" and j + 1 < n and tokens[j].low == "of" and tokens[j + 1].low == "them":
        return j + 2
    if j < n and (tokens[j].is_digits or tokens[j].low in lx.UNITS):
        digits = tokens[j].low.replace(",", "")
        told = lx.UNITS.get(tokens[j].low, int(digits) if digits.isdigit() else None)
        return j + 1 if number is None or told == number else None
    if j < n and (tokens[j].low == "victims" or tokens[j].low in group):
        return j + 1
    return j if low == "all" else None


def executed(tokens: list[Token], start: int, h: int, *, led: int | None = None) -> str | None:
    """
    Whether the harm at ``h`` done to the group starting at ``start`` is an
    execution (see the module), and by what sign: "led" when the group was
    led away first by its verb at ``led`` (:func:`led_then_harmed`,
    :func:`_leads_away`), "buried" for its remains or burial after it,
    "sure" for a sure manner, "close" for a shot at close range with a sign
    of another kind; ``None`` when there is none, or a word of the living
    stands in the group's stretch.
    """
    if tokens[h].low not in lx.UNTOLD_OUTCOME_HARMS or _living_from(tokens, start, h):
        return None
    if led is not None and _leads_away(tokens, start, led, h):
        return "led"
    if _buried_after(tokens, h):
        return "buried"
    if h and tokens[h - 1].low in lx.EXECUTION_MANNER_WORDS:
        return "sure"  # "were summarily shot"
    n = len(tokens)
    close = shares = 0
    m = h + 1
    while m < min(n, h + _MANNER_REACH) and tokens[m].low not in _STRETCH_ENDS:
        if _part_at(tokens, m):
            m = _part_end(tokens, m)  # ", one in the head": the part's own manner
            continue
        share = int(tokens[m].low in _GROUP_SHARES)
        kind = _manner_at(tokens, m + share)
        if kind == "sure":
            return "sure"
        if kind == "close":
            close += 1
            shares += share
            m += 3 + share  # (past its words: one sign is read once)
            continue
        m += 1
    if close and ((shares and close >= 2) or _other_sign(tokens, start, h)):
        return "close"
    return None


def _part_at(tokens: list[Token], m: int) -> bool:
    """Whether a part of the group opens at ``m`` after a comma, dash, "and" or "with"."""
    tok = tokens[m]
    return (
        m > 0
        and tokens[m - 1].low in _PART_MARKS
        and (tok.is_digits or tok.low in lx.UNITS or tok.low in _PART_WORDS)
    )


def _part_end(tokens: list[Token], m: int) -> int:
    """Where the part opened at ``m`` ends: at its next comma, dash or stretch end."""
    n = len(tokens)
    m += 1
    while m < n and tokens[m].text != "," and tokens[m].text not in lx.DASHES:
        if tokens[m].low in _STRETCH_ENDS:
            break
        m += 1
    return m


def _other_sign(tokens: list[Token], start: int, h: int) -> bool:
    """
    Whether the harm at ``h`` has a sign of an execution other than its
    manner: captives as the group, armed men of a war as the doers, or
    people bound (``lx.BOUND_WORDS``).
    """
    end = h + _MANNER_REACH
    return (
        _captives(tokens, start, h)
        or _armed_doer(tokens, start, end)
        or not lx.BOUND_WORDS.isdisjoint(t.low for t in tokens[start:end])
    )


def _buried_after(tokens: list[Token], h: int) -> bool:
    """
    Whether a burial, a grave or the remains of the dead are told after the
    harm at ``h`` in the group's own clause, within reach and before any
    other count ("were shot and buried", "were shot by troops; the bodies
    were dumped"; not "where police found the bodies of two other men",
    "a friend who was buried", nor "the gunman remains at large").
    """
    n = len(tokens)
    semicolon = None
    for m in range(h + 1, min(n, h + 1 + _BURIAL_REACH)):
        t = tokens[m]
        if t.is_digits or (t.low in lx.UNITS and t.low != "one") or t.low in _OTHER_CLAUSE:
            return False
        if t.text == ";":
            semicolon = m
            continue
        if semicolon is not None and m - semicolon > _PAST_SEMICOLON:
            return False
        if _burial_at(tokens, m):
            return True
    return False


def _burial_at(tokens: list[Token], m: int) -> bool:
    """
    Whether ``tokens[m]`` tells the group's burial or remains: a noun of
    remains after its owner ("their bodies"), "buried" after "and" or a form
    of "be" ("shot and buried", "were buried"), or "grave" as a noun after
    its determiner or adjective ("a shallow grave"; not "grave concern",
    "visiting the grave"); none of someone else ("the grave of a friend",
    "the bodies of the victims").
    """
    low = tokens[m].low
    if low in lx.BODY_NOUNS:
        own = tokens[m - 1].low in _REMAINS_OWNERS
    elif low == "buried":
        j = m - 1
        while j > m - 4 and (tokens[j].low in ("then", "later") or is_adverb(tokens[j])):
            j -= 1
        own = tokens[j].low == "and" or tokens[j].low in lx.BE_FORMS
    elif low in ("grave", "graves"):
        own = _grave_noun(tokens, m)
    else:
        return False
    n = len(tokens)
    of_another = (
        m + 1 < n
        and tokens[m + 1].low == "of"
        and not (m + 2 < n and tokens[m + 2].low in _OWN_AFTER_OF)
    )
    return own and not of_another


def _grave_noun(tokens: list[Token], m: int) -> bool:
    """
    Whether "grave" at ``m`` is a noun of the group's grave: after words of
    ``lx.GRAVE_OPENERS`` ("a mass grave"), before no noun it would qualify
    ("grave concern"), and not the place others visit ("at the grave").
    """
    n = len(tokens)
    j = m - 1
    while j > m - 4 and tokens[j].low in lx.GRAVE_OPENERS:
        j -= 1
    nxt = tokens[m + 1] if m + 1 < n else None
    return (
        j < m - 1
        and tokens[j].low not in _VISITED
        and (
            nxt is None or not nxt.is_word or nxt.low in lx.NP_STOP or nxt.low in _GRAVE_NOUN_AFTER
        )
    )


def executions_lived(
    text: str, sent: Sentence, lows: list[str], readings: list[Reading]
) -> list[Reading]:
    """
    The sentence's readings, each killing told only by a shot at close range
    (``executed`` gives "close": "Two prisoners were shot in the head at
    close range") made the wounded again, with its members and parts, when
    the next sentence's subject names the same people and its clause tells
    them alive ("... Both are expected to recover", "All three were taken to
    hospital"; not "Three others were wounded", "One man survived"), and any
    shooting's dead when the next sentence tells the whole group survived
    ("Twelve villagers were lined up and shot. All twelve survived"); read
    only for a sentence that holds a killing by a shot.
    """
    tokens = sent.tokens
    shot = [
        r
        for r in readings
        if r.category is Category.KILLED and lows[r.last - 1] in lx.UNTOLD_OUTCOME_HARMS
    ]
    if not shot:
        return readings  # (the usual case: the next sentence is not read)
    after = _next_sentence(text, sent.end)
    if not after:
        return readings
    for r in shot:
        group = frozenset(lows[r.first : r.last - 1])
        if not (
            _survived_whole(after, r.number.stated, group)
            or (
                _close_only(tokens, r.first, r.last - 1)
                and _lives_after(after, r.number.stated, group)
            )
        ):
            continue
        for x in (r, *(r.members or ()), *(r.parts or ())):
            if x.category is Category.KILLED:
                x.category = Category.WOUNDED
    return readings


#: Words after "survived" that open another event as its object ("survived
#: an earlier ambush", "survived a car bomb last year"): not the harm told.
_OTHER_EVENT = frozenset({"a", "an", "another"}) | lx.EARLIER_EVENT_WORDS


def _survived_whole(tokens: list[Token], number: int | None, group: frozenset[str]) -> bool:
    """
    Whether the sentence ``tokens`` opens on the whole group again ("All
    twelve", "All of them", "Both") and tells it survived before any new
    count ("All twelve survived", "Both survived", "Both are alive"):
    whatever sign told an execution, no one died (not "Two of them
    survived", a part).  No survival of another time or event: not in the
    past perfect ("had survived an ambush"), of another event as its object
    ("survived an earlier ambush"), the obituary's "survived by", nor "seen
    alive"; and none when the sentence goes on to their death ("survived
    the first volley but died later").
    """
    if not tokens or tokens[0].low not in ("all", "both"):
        return False
    m = _anaphor_end(tokens, 0, number, group)
    if m is None:
        return False
    n = len(tokens)
    for j in range(m, min(n, m + _LIVING_REACH)):
        tok = tokens[j]
        if tok.low in _STRETCH_ENDS or _new_group(tok) or tok.low in lx.DEATH_WORDS:
            return False
        if tok.low in ("had", "seen"):
            return False  # "had survived an ambush", "were last seen alive"
        if tok.low in lx.SURVIVED_VERBS:
            nxt = tokens[j + 1].low if j + 1 < n else ""
            # (the obituary's "survived by" is passive, "were survived by
            # loving families"; "survived by pretending to be dead" or "by
            # a miracle" is how they survived)
            by_kin = nxt == "by" and tokens[j - 1].low in lx.BE_FORMS
            return not by_kin and nxt not in _OTHER_EVENT and not _dies_after(tokens, j + 1)
        if tok.low == "alive":
            return not _dies_after(tokens, j + 1)
    return False


def _dies_after(tokens: list[Token], j: int) -> bool:
    """
    Whether a word of death stands in ``tokens[j:]`` before a new count ("but
    died later"; not one feigned: "by pretending to be dead").
    """
    for k, tok in enumerate(tokens[j : j + _LIVING_REACH], j):
        if _new_group(tok):
            return False
        if tok.low in lx.DEATH_WORDS and not any(
            t.low in _FEIGNING for t in tokens[max(j, k - _FEIGN_REACH) : k]
        ):
            return True
    return False


#: Words of a death feigned ("pretending to be dead", "playing dead").
_FEIGNING = frozenset({"pretending", "pretended", "feigning", "feigned", "playing", "played"})
#: How far before the word of death a feigning may stand.
_FEIGN_REACH = 4


def _close_only(tokens: list[Token], start: int, h: int) -> bool:
    """
    Whether the killing by the harm at ``h`` rests on a shot at close range
    alone: ``executed`` reads it so, and no verb led the group away before it.
    """
    return (
        (h < 1 or tokens[h - 1].low not in lx.FATAL_ADVERBS)
        and lx.LED_AWAY_VERBS.isdisjoint(t.low for t in tokens[start:h])
        and lx.LED_BY_CAPTORS_VERBS.isdisjoint(t.low for t in tokens[start:h])
        and executed(tokens, start, h) == "close"
    )


def _next_sentence(text: str, end: int) -> list[Token]:
    """
    The tokens of the sentence after the one ending at character ``end`` of
    ``text`` (on its line, within ``_NEXT_REACH`` characters); none at the
    text's end.
    """
    n = min(len(text), end + _NEXT_REACH)
    start = end
    while start < n and text[start].isspace():
        start += 1
    line_end = text.find("\n", start, n)
    stop = n if line_end < 0 else line_end
    span = next(sentence_spans(text, start, stop), None) if start < stop else None
    return Sentence(text, *span).tokens if span is not None else []


def _lives_after(tokens: list[Token], number: int | None, group: frozenset[str]) -> bool:
    """
    Whether the sentence ``tokens`` tells the group of ``number`` people
    (``group``: its words) alive: its subject, after a report's words if any
    ("A hospital spokesman said both ..."), names the group again
    (:func:`_anaphor_end`), and its clause holds a word of the living before
    any new count or group and no word of death ("Both are expected to
    recover"; not "Both were pronounced dead", "Three others were wounded").
    """
    m = _anaphor_end(tokens, 0, number, group)
    if m is None:
        said = next(
            (j + 1 for j, t in enumerate(tokens[:_SAID_REACH]) if t.low in lx.REPORTING_VERBS), 0
        )
        if said and said < len(tokens) and tokens[said].low == "that":
            said += 1
        m = _anaphor_end(tokens, said, number, group) if said else None
    if m is None:
        return False
    living = False
    for j in range(m, min(len(tokens), m + _LIVING_REACH)):
        tok = tokens[j]
        if tok.low in _STRETCH_ENDS or _new_group(tok):
            break
        if tok.low in lx.DEATH_WORDS:
            return False
        living = living or _living_at(tokens, j)
    return living
