"""
Speakers' words: which words may stand in a source's name, which name a
source at all, and the sources a sentence names by its shape rather than a
reporting verb: a label before a colon ("UNHCR: ..."), a headline's source
after a dash ("- rights group") and a coder's source in brackets ("(KNCHR)");
and the pieces of a name read around a source: a title's full stop, a name
or acronym in brackets, a person's name after a description, digits glued
to a name, a plural possessive.
"""

from __future__ import annotations

from conflictfigures import _lexicon as lx
from conflictfigures._extraction.text import GLUED, Token
from conflictfigures._places import country_of


def claim_word(tok: Token) -> bool:
    """Whether a word may stand inside a claimant's name ("the UN refugee agency")."""
    low = tok.low
    if tok.is_word and len(tok.text) > 1 and tok.text.isupper():
        return True  # an acronym, whatever word it spells ("according to WHO", "US officials")
    if (
        not tok.is_word
        or low in lx.PRONOUNS
        or low in lx.REPORTING_VERBS
        or low in lx.CHANNELS
        or low in lx.MEASURED_NOUNS  # "Winds estimated between 70 and 80 mph"
        or low in lx.COUNT_FINDS
        or low in lx.COUNT_KEEPERS
    ):
        return False
    if low in ("of", "for", "on") or tok.is_capitalized:
        return low not in lx.WEEKDAYS and low not in lx.MONTHS
    return (
        low not in lx.NP_STOP
        and low not in lx.PASSIVE_TRIGGERS
        and low not in lx.ACTIVE_TRIGGERS
        and low not in lx.CLAIM_SKIPPABLE
        and low not in lx.TOTAL_NOUNS
    )


#: Words before a channel that make it a broadcaster, the source itself
#: ("according to state television", "local radio reported"; not "told
#: reporters on television").
_BROADCAST_OWNERS = frozenset({"state", "local", "national", "public", "official", "government"})


def broadcaster_at(tokens: list[Token], j: int) -> bool:
    """
    Whether a channel at ``j`` names a broadcaster: "state television",
    "local radio", or a country's ("Russian television", "Iraqi TV").
    """
    if j == 0 or tokens[j].low not in lx.CHANNELS:
        return False
    owner = tokens[j - 1]
    return owner.low in _BROADCAST_OWNERS or (
        owner.is_capitalized
        and owner.low in lx.COUNTRY_DEMONYMS
        and tokens[j].low in _AIRED_CHANNELS
    )


#: The channels a country's name may own as its broadcaster ("Russian
#: television"; not "Russian Telegram", a channel's language).
_AIRED_CHANNELS = frozenset({"television", "tv", "radio"})


def speaker_noun(low: str) -> bool:
    """Whether a word is a noun of those who speak ("police", "residents")."""
    return low in lx.AGENT_NOUNS or low in lx.SPEAKER_NOUNS


def is_source(tokens: list[Token]) -> bool:
    """
    Whether the words can name a source: a name, an agency, or people who
    speak; not a place ("Sindhupalchok district recorded the highest number
    of fatalities").
    """
    words = [t for t in tokens if t.is_word and t.low not in ("the", "a", "an")]
    if (
        len(words) > 1
        # (a place's name alone, its unit in lower case: not "a civil society
        # leader in Ituri province", "Islamic State West Africa Province")
        and words[-1].low in lx.PLACE_UNIT_NOUNS
        and not words[-1].is_capitalized
        and all(t.is_capitalized for t in words[:-1])
    ):
        return False
    if any(broadcaster_at(tokens, j) for j in range(1, len(tokens))):
        return True  # "local radio"
    return any(
        t.is_capitalized
        or t.low in lx.AGENT_NOUNS
        or t.low in lx.SPEAKER_NOUNS
        or t.low in lx.PEOPLE_NOUNS
        or t.low.endswith(lx.AGENT_SUFFIXES)
        # plurals of those: "prosecutors", "investigators"
        or (t.low.endswith("s") and t.low[:-1].endswith(lx.AGENT_SUFFIXES))
        for t in tokens
        # (a possessive names no one: "Our estimate suggests")
        if t.is_word
        and t.low not in ("the", "a", "an", "our", "my")
        and t.low not in lx.POSSESSIVES
    )


#: How many words a label before a colon may have ("Ministry of Defence of
#: Ukraine, daily update:").
LABEL_WORDS = 12
LABEL_END = LABEL_WORDS + 1


#: Nouns of a label that opens a quote with its speaker ("Quote from Popko:").
QUOTE_LABELS = frozenset({"quote", "quotes"})


#: Nouns of an event that may end a label before a colon, beside the
#: lexicon's nouns of incidents and disasters ("Church Massacre:").
_EVENT_LABELS = frozenset(
    {"massacre", "massacres", "killings", "siege", "riots", "violence", "unrest", "protests"}
)


def label_claimant(tokens: list[Token]) -> tuple[tuple[int, int], int] | None:
    """
    ``SOURCE (","? RELEASE_WORD+ ("No." NUMBER)?)? ":"`` opening a sentence:
    the source a label names ("UNHCR:", "Norwegian Refugee Council:",
    "Sudanese Armed Forces statement:", "OCHA Flash Update No. 4:"), or the
    speaker a quote's label names ("Quote from Popko:"), as its
    token range and the colon's index.  A label that names no source
    ("Overnight in Russia:", "Update:", "Kharkiv:", "TWA Flight 841:"), or a
    dateline's city or country ("KABUL:", "ISLAMABAD:"), gives ``None``: the
    name must hold an agency's noun or be an acronym alone.
    """
    colon = next(
        (j for j, t in enumerate(tokens[: LABEL_WORDS + 1]) if t.text in (":", "\u2014")),
        None,
    )
    if colon is None or colon == 0 or tokens[colon].text != ":" or not tokens[0].is_capitalized:
        return None
    if (
        colon > 2
        and tokens[0].low in QUOTE_LABELS
        and tokens[1].low == "from"
        and all(
            t.is_capitalized
            and t.low not in lx.WEEKDAYS
            and t.low not in lx.MONTHS
            and t.low not in lx.ARTICLE_WORDS
            for t in tokens[2:colon]
        )
        # (a person's name, no country: "Quote from Ukraine:")
        and all(country_of(t.low) is None for t in tokens[2:colon])
    ):
        return (2, colon), colon  # a quote's label with its speaker: "Quote from Popko:"
    end = colon
    if end >= 3 and tokens[end - 1].is_digits and tokens[end - 3].low == "no":
        end -= 3  # "Flash Update No. 4"
    while end > 0 and (tokens[end - 1].low in lx.RELEASE_WORDS or tokens[end - 1].text == ","):
        end -= 1
    name = tokens[:end]
    if not name or not all(t.is_word and claim_word(t) for t in name):
        return None
    place = " ".join(t.low for t in name)
    if place in lx.CITY_COUNTRIES or place in lx.COUNTRY_NAMES:  # (not "NATO:", "HAMAS:")
        return None  # a dateline's place: "KABUL: At least 12 people were killed"
    if (
        name[-1].low in lx.INCIDENT_NOUNS
        or name[-1].low in lx.DISASTER_NOUNS
        or name[-1].low in _EVENT_LABELS
    ):
        return None  # a label of the event: "Surabaya Church Bombings: Death Toll Rises to 13"
    # an agency's noun in the name, or an acronym alone ("UNHCR:"; not
    # "TWA Flight 841:", a label of the event)
    if not (
        any(t.low in lx.AGENT_NOUNS for t in name)
        or (
            len(name) == 1
            and len(name[0].text) > 1
            and name[0].text.isupper()
            and name[0].low not in lx.PAGE_LABELS  # "LIVE:", "BREAKING:"
        )
    ):
        return None
    return (0, end), colon


#: How many words a headline's source after a dash may hold.
DASH_SOURCE_WORDS = 6


def dash_claimant(tokens: list[Token]) -> tuple[int, int, int] | None:
    """
    ``... DASH SOURCE`` ending a headline (no full stop): the source named
    after a spaced dash ("Myanmar: 40 villagers killed in military airstrike
    - rights group"), as a claim; the source must hold an agency's noun or
    be an acronym alone (not "- Kyiv").
    """
    n = len(tokens)
    if not n or tokens[-1].text in (".", "!", "?"):
        return None
    for k in range(n - 1, max(0, n - 2 - DASH_SOURCE_WORDS), -1):
        tok = tokens[k]
        if tok.text in lx.DASHES:
            name = tokens[k + 1 :]
            if tok.gap == GLUED or not name or not all(t.is_word and claim_word(t) for t in name):
                return None
            if any(t.low in lx.AGENT_NOUNS for t in name) or (
                len(name) == 1 and len(name[0].text) > 1 and name[0].text.isupper()
            ):
                return k, k + 1, n
            return None
        if not tok.is_word:
            return None
    return None


def serving_before(tokens: list[Token], start: int) -> int | None:
    """
    ``SPEAKER SERVING_PARTICIPLE PREPOSITION`` before the words at ``start``:
    the participle's index when a speaker serves with the body those words
    name ("Australian medics serving with the U.N. mission said": the medics
    speak, not the mission), else ``None``.
    """
    if (
        start >= 3
        and tokens[start - 1].low in _SERVING_PREPS
        and tokens[start - 2].low in lx.SERVING_PARTICIPLES
        and tokens[start - 3].is_word
        and (speaker_noun(tokens[start - 3].low) or tokens[start - 3].low in lx.PEOPLE_NOUNS)
    ):
        return start - 2
    return None


#: Prepositions after such a participle ("serving with", "working for", "based in").
_SERVING_PREPS = frozenset({"with", "for", "in", "at", "on", "alongside"})


def plural_speakers(tok: Token) -> bool:
    """Whether a word may be plural speakers before "report" ("residents", "sources")."""
    return tok.is_word and tok.low.endswith("s") and tok.low not in lx.POSSESSIVES


#: How many words a place after speakers may take before their "report".
_PLACE_BEFORE_REPORT = 4


def speakers_before_report(tokens: list[Token], k: int) -> bool:
    """
    Whether plural speakers stand before the "report" at ``k``, right before
    it ("Sources report") or with the place they speak from ("partners on
    the ground report", "aid workers in the area report"); not a noun's
    owner ("A UN report", "the ground report").
    """
    if k > 0 and plural_speakers(tokens[k - 1]):
        return True
    for m in range(k - 2, max(0, k - _PLACE_BEFORE_REPORT - 1), -1):
        if not tokens[m].is_word:
            return False
        if tokens[m].low in ("on", "at", "in"):
            return m > 0 and plural_speakers(tokens[m - 1]) and speaker_noun(tokens[m - 1].low)
    return False


#: How many words a source in brackets may hold.
_BRACKET_SOURCE_WORDS = 4


#: How many tokens a dateline before an agency's name in brackets may take
#: ("Bogota, Feb 20 (EFE)").
_DATELINE_TOKENS = 8


def bracket_claims(tokens: list[Token]) -> list[tuple[int, int, int]]:
    """
    ``"(" SOURCE ")"`` closing a clause, as coders write their source after
    the figures ("104 arrested (KNCHR).", "33 militants killed in rescue op
    (ISPR);", "approx. 2,800 wounded (Health Minister)"): an acronym alone or
    words with an agency's noun; not a group's acronym after its noun ("a
    civilian volunteer (VDP)"); or people who speak ("45 killed (residents)",
    "(local sources)").
    """
    n = len(tokens)
    found: list[tuple[int, int, int]] = []
    for k, tok in enumerate(tokens):
        if tok.text != "(" or k == 0:
            continue
        end = next(
            (
                j
                for j in range(k + 1, min(n, k + 2 + _BRACKET_SOURCE_WORDS))
                if tokens[j].text == ")"
            ),
            None,
        )
        if end is None or end == k + 1:
            continue
        after = tokens[end + 1].text if end + 1 < n else "."
        before = tokens[k - 1].low
        name = tokens[k + 1 : end]
        if (
            after in (".", ";", ",", "")
            # not an agency's dateline: "Bogota, Feb 20 (EFE).- Two farmers ..."
            and not (k <= _DATELINE_TOKENS and tokens[k - 1].is_digits)
            and not (after == "." and end + 2 < n and tokens[end + 2].text in lx.DASHES)
            and before not in lx.PEOPLE_NOUNS
            # (not a name's own acronym: "Patriotic Front Manuel Rodriguez (FPMR)")
            and not tokens[k - 1].is_capitalized
            and all(t.is_word for t in name)
            and (
                any(t.low in lx.AGENT_NOUNS for t in name)
                or (len(name) == 1 and len(name[0].text) > 2 and name[0].text.isupper())
                # people who speak, a bare plural: "45 killed (residents)"
                or (
                    len(name) <= 2
                    and name[-1].low in lx.SPEAKER_NOUNS
                    and plural_speakers(name[-1])
                )
            )
        ):
            found.append((k, k + 1, end))
    return found


def title_stop(tokens: list[Token], j: int) -> bool:
    """Whether ``tokens[j]`` is the full stop of a title before a name ("Col.", "Dr.")."""
    return (
        tokens[j].text == "."
        and tokens[j].gap == GLUED
        and j > 0
        and tokens[j - 1].low in lx.ABBREVIATIONS
        and tokens[j - 1].is_capitalized
        and j + 1 < len(tokens)
        and tokens[j + 1].is_capitalized
    )


#: How many words a name in brackets after a source's name may hold ("(White Helmets)").
_BRACKETED_NAME_WORDS = 4


def bracketed_after(tokens: list[Token], k: int) -> int:
    """
    How many tokens from ``tokens[k]`` make an acronym or another name in
    brackets right after a source's name ("(ISPR)", "(White Helmets)"), else 0.
    """
    if k >= len(tokens) or tokens[k].text != "(":
        return 0
    for m in range(k + 1, min(len(tokens), k + 2 + _BRACKETED_NAME_WORDS)):
        tok = tokens[m]
        if tok.text == ")":
            return m - k + 1 if m > k + 1 else 0
        if not (tok.is_word and tok.is_capitalized):
            return 0
    return 0


#: How many tokens a person's name after a source's description may hold
#: ("the territory administrator, Colonel Jean-Paul Mateso").
NAME_AFTER_TOKENS = 8


def is_name(tokens: list[Token], start: int, end: int) -> bool:
    """
    Whether ``tokens[start:end]`` is a person's name with its title, every
    word capitalized ("Colonel Jean-Paul Mateso", "Dr. Abdirahman Nur", "SP
    Kehinde Alabi"); a glued dot or dash may join them.
    """
    if end - start < 2:
        return False
    for tok in tokens[start:end]:
        if tok.is_word:
            if not tok.is_capitalized:
                return False
        elif not (tok.gap == GLUED and (tok.text == "." or tok.text in lx.DASHES)):
            return False
    return True


def named_after(tokens: list[Token], k: int) -> int:
    """
    How many tokens from ``tokens[k]`` give a source's description the name
    of the person it describes, closing the sentence ("according to the
    territory administrator, Colonel Jean-Paul Mateso."), else 0: the name
    is kept with the description.
    """
    n = len(tokens)
    if k >= n or tokens[k].text != ",":
        return 0
    for m in range(k + 2, min(n, k + 2 + NAME_AFTER_TOKENS) + 1):
        if (m == n or tokens[m].text in (".", "!", "?")) and is_name(tokens, k + 1, m):
            return m - k
    return 0


def bracketed_before(tokens: list[Token], j: int) -> int:
    """
    How many tokens up to ``tokens[j]`` make an acronym or another name in
    brackets after a source's name ("(OCHA)", "(White Helmets)"), else 0.
    """
    if j < 3 or tokens[j].text != ")":
        return 0
    for m in range(j - 1, max(0, j - 2 - _BRACKETED_NAME_WORDS), -1):
        tok = tokens[m]
        if tok.text == "(":
            return j - m + 1 if m < j - 1 and m > 0 else 0
        if not (
            (tok.is_word and tok.is_capitalized)
            # a dash inside an acronym: "(CSP-DPA)"
            or (tok.text in lx.DASHES and tok.gap == GLUED and m < j - 1)
        ):
            return 0
    return 0


def plural_possessive(tokens: list[Token], j: int) -> bool:
    """
    Whether ``tokens[j]`` is the apostrophe of a plural possessive inside a
    name, between two capitalised words ("Prisoners' Society").
    """
    return (
        tokens[j].text in ("'", "\u2019")
        and tokens[j].gap == GLUED
        and 0 < j < len(tokens) - 1
        and tokens[j - 1].is_capitalized
        and tokens[j - 1].low.endswith("s")
        and tokens[j + 1].is_capitalized
    )


def name_digits(tokens: list[Token], j: int) -> bool:
    """
    Whether ``tokens[j]`` (``j > 0``) is digits glued to the name before them
    ("M23", "G7"), or a service's number of three digits or more after its
    name ("Rescue 1122", "Edhi 115"; not a year).
    """
    tok = tokens[j]
    if not tok.is_digits or not tokens[j - 1].is_capitalized:
        return False
    return tok.gap == GLUED or (
        tok.text.isdigit()
        and len(tok.text) >= 3
        and not 1900 <= int(tok.text) <= 2100
        # (the number ends the name: not "According to Reuters 300 people")
        and (
            j + 1 == len(tokens)
            or not tokens[j + 1].is_word
            or tokens[j + 1].low in lx.REPORTING_VERBS
        )
    )


#: How far into a description its relative pronoun may stand ("a
#: counter-insurgency analyst who ...").
_DESCRIPTION_REACH = 6


def described_speaker(tokens: list[Token], head: tuple[int, int] | None, m: int) -> bool:
    """
    Whether the long aside after the comma at ``m`` describes a speaker who
    opens the sentence: ``NAME "," ("a" | "an" | "the") WORD{0,4} RELATIVE
    ...`` ("Bakura Musa, a counter-insurgency analyst who publishes security
    updates on the North-east, put the death toll at 14"); not a list's last
    member ("arrested a man, his wife and a neighbour who ..., said"), an
    object ("killed a policeman, a 32-year-old officer who ...") or a place
    ("near Kidal, a town which ...").
    """
    if (
        head is None
        or head[0] != 0
        or m + 1 >= len(tokens)
        or tokens[m + 1].low not in lx.ARTICLE_WORDS
    ):
        return False
    for t in tokens[m + 2 : min(len(tokens), m + 2 + _DESCRIPTION_REACH)]:
        if t.low in lx.PLACE_NOUNS or t.low in lx.SITE_NOUNS:
            return False  # "Kharkiv, a city that has been shelled ..., has recorded"
        if t.low in lx.RELATIVE_PRONOUNS:
            return True
    return False
