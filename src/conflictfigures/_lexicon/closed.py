"""
Small closed sets of words that several rules read with: the forms of
"have", the indefinite articles, the words of a place inside another, the
superlatives of size and the finite forms of "die".

Each set was once written out in the rules that read it, and the copies
drifted; every rule now reads the one here.
"""

from __future__ import annotations

from conflictfigures._lexicon.clauses import FINITE_AUXILIARIES, RELATIVE_PRONOUNS

#: The forms of "have" before a participle or a noun of harm ("had minor
#: injuries", "have displaced").
HAVE_FORMS = frozenset({"have", "has", "had"})
#: The forms of "have" that make a perfect, the participle too ("having
#: destroyed two tanks").
PERFECT_HAVE_FORMS = HAVE_FORMS | {"having"}
#: The finite words after which a clause's subject has ended: the finite
#: auxiliaries and the conditional "would" ("claimed the fighters would").
FINITE_OR_CONDITIONAL = FINITE_AUXILIARIES | {"would"}
#: The articles that introduce someone not told before ("a", "an",
#: "another"); "one" is read apart, since it is also a count.
INDEFINITE_ARTICLES = frozenset({"a", "an", "another"})
#: The pronouns that open a relative aside after a comma (", which", ", who";
#: not "that", which opens no aside).
ASIDE_RELATIVES = RELATIVE_PRONOUNS - {"that"}
#: Prepositions that put a place inside a named one ("inside Syria",
#: "within Ukraine").
INSIDE_WORDS = frozenset({"inside", "within"})
#: Superlatives of size that rank a count among others ("the largest
#: number", "the most refugees"; not "the deadliest").
SIZE_SUPERLATIVES = frozenset({"most", "highest", "largest", "biggest", "greatest"})
#: The finite forms of the intransitive verbs of death, which tell people
#: dead with no auxiliary ("all of them died", "a third victim succumbed").
DIED_FORMS = frozenset({"died", "dies", "perished", "succumbed"})
#: The prepositions that tie a count or a state to an event told after them
#: ("in the month after", "listed as missing after the storm", "following
#: the floods").
AFTER_WORDS = frozenset({"after", "following"})
