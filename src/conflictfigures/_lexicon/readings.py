"""
Small sets that tell how a phrase reads: a preposition that opens a phrase
rather than a clause ("after the raid"), the words that leave the missing
still sought, the prepositions after a suspect's participle, the nouns of
one attacker, the nouns of one site, and the phrases that open another
matter.  Moved here from the rules that read them (review 66 #13).
"""

from __future__ import annotations

from conflictfigures._lexicon.nouns import FIGHTER_WORDS, FORCE_WORDS, SITE_NOUNS
from conflictfigures._lexicon.words import NEW_MATTER_WORDS

#: Words after "after" or "before" that open a phrase, not a clause
#: ("went missing after the raid", "before their arrest", "after being
#: seized"); a subject after them opens a clause ("after they returned").
NOUN_PHRASE_STARTS = frozenset(
    {"a", "an", "the", "his", "her", "its", "their", "our", "this", "that", "being", "last"}
)

#: Phrases that leave the missing still sought ("have yet to be found",
#: "are still to be found"); "to" alone is a preposition ("on their way to
#: school").
NOT_YET_PHRASES = (("yet", "to"), ("still", "to"))

#: Prepositions after a suspect's participle before the deed it names
#: ("suspected of stabbing", "arrested for killing", "charged with killing").
SUSPECT_PREPS = frozenset({"of", "for", "with"})

#: Nouns of one attacker, whose deed before a count is one incident ("A
#: gunman killed nine people in February"), when one is the head of the
#: clause's subject (not "The militant group").
ONE_DOER_NOUNS = frozenset(w for w in FIGHTER_WORDS if not w.endswith("s")) | {
    "bomber",
    "shooter",
    "sniper",
}

#: The determiners of one attacker ("a gunman", "a lone shooter"): "the" and
#: "'s" belong to the event nouns.
ONE_DOER_DETERMINERS = frozenset({"a", "an", "one", "single", "lone"})

#: What "the conflict between" names when it is a local feud, not a war
#: ("the conflict between the clans", "between two villages").
LOCAL_BETWEEN = frozenset({"between", "over"})
#: Words after "between" that open two common nouns ("between the clans",
#: "between two villages", "between rival herders").
LOCAL_PAIR_OPENERS = frozenset({"the", "two", "rival", "neighbouring", "neighboring"})

#: Nouns of one site or settlement, which hold no list of other places ("in
#: a village, 4 in Jos and 3 in Bauchi": three incidents); not a province or
#: a district, which may.
ONE_SITE_NOUNS = frozenset(w for w in SITE_NOUNS if not w.endswith("s")) - {
    "district",
    "province",
    "place",
    "location",
} | {"rally", "market", "square", "checkpoint", "base"}

#: The nouns of a state's side after "between the": the conflict is a war
#: ("between the army and the rebels", "between the government and ...").
STATE_SIDE_NOUNS = FORCE_WORDS | {"government", "state", "regime"}

#: The words that open another matter as a sentence's first word
#: ("Meanwhile, ...", "Separately, ..."); not the adjective "Separate"
#: ("Separate strikes killed 12 others" goes on with the matter before).
NEW_MATTER_OPENERS = NEW_MATTER_WORDS - {"separate"}

#: Phrases that open another matter in a sentence's first words ("In other
#: news", "In a separate incident", "Separately,").
NEW_MATTER_PHRASES = (
    ("in", "other", "news"),
    ("in", "a", "separate", "incident"),
    ("in", "a", "separate", "development"),
    ("in", "a", "separate", "attack"),
)
