"""
Word lists of modality and denial: the modals of a projection or a guess,
the words of a condition, a fear or a chance, and the words that deny a
death (data, no logic).

Every entry is lower-case, as in :mod:`conflictfigures._lexicon`, which
re-exports every name here (moved out of ``clauses`` in session 60, when
that module passed 800 lines).
"""

from __future__ import annotations

#: The words that make a figure hypothetical ("if another soldier was hurt").
IF_WORDS = frozenset({"if", "unless", "whether"})
#: Words after "if" that make it an idiom, no condition ("if anything", "if
#: so", "dozens, if not hundreds").
IF_IDIOM_WORDS = frozenset({"anything", "so", "not"})
#: Modal verbs: a total moved after one is a projection ("could rise to 100").
MODALS = frozenset({"could", "may", "might", "would", "will", "should", "can"})
#: The modals of a guess at what is, before a verb of state: "the dead could
#: number 50,000", "the toll may be 2,000 to 2,500" (an estimate, not a
#: projection: "could rise to 100" moves a total that is not yet there).
ESTIMATE_MODALS = frozenset({"could", "may", "might"})
#: The verbs of state such a modal guesses with ("could be", "may number", "might total").
ESTIMATE_STATES = frozenset({"be", "number", "total"})
#: Adverbs of belief between such a modal and its verb ("could well be",
#: "may now number", "could easily exceed").
BELIEF_ADVERBS = frozenset({"well", "now", "already", "easily", "actually", "even"})
#: Participles of knowing or belief whose passive takes a perfect infinitive
#: ("are confirmed to have lost their lives", "are believed to have died",
#: "are known to have been killed"): a fact told of the past, no running count.
KNOWING_PASSIVES = frozenset(
    "confirmed believed known thought feared presumed reported said understood estimated".split()
)
#: The modals of what might have been, before "have" ("could have killed dozens").
UNREAL_MODALS = frozenset({"could", "would"})
#: The participles of a forecast ("projected to rise", "forecast to reach").
FORECAST_PARTICIPLES = frozenset({"projected", "forecast", "predicted"})
#: Words before "to" that make the verb after it a projection ("expected to rise").
PROJECTION_WORDS = (
    frozenset({"expected", "likely", "feared", "set", "poised"}) | FORECAST_PARTICIPLES
)
#: Words of a forecast or a model before a modal's guess that make it a
#: scenario's ("a model projects the toll could be 10,000", "forecasts
#: suggest the dead could number 3,000").
FORECAST_WORDS = FORECAST_PARTICIPLES | frozenset({"projects", "forecasts", "predicts", "model"})
#: Words of a fear, a chance or a model before a count that make it no count
#: ("a 35% chance of fatalities exceeding 1,000", "fears of the death toll
#: reaching 10,000", "models show the toll hitting 2 million").
CHANCE_WORDS = frozenset(
    "fear fears chance chances probability risk possibly estimates models warn warned warning scenario".split()
)
#: The words that deny a death, by their place in its phrase: a determiner
#: of its noun ("no deaths", "no civilian deaths", "without casualties"), a
#: negation of its verb ("were not killed"), or a subject that names no one
#: ("Nobody died", "none were killed"; "no one" is read as "no" + "one").
DENYING_DETERMINERS = frozenset({"no", "without"})
DENYING_ADVERBS = frozenset({"not", "never"})
DENYING_SUBJECTS = frozenset({"nobody", "none"})
#: Adverbs of a guess at what is ("possibly dozens more", "were probably
#: killed"): a hedge on the count they stand by.
HEDGE_ADVERBS = frozenset({"possibly", "probably", "perhaps", "presumably"})
#: The words of a fear or a warning among those: in a clause set off before
#: a guess they fear something else ("Amid fears of reprisals, villagers
#: said the dead could number 60").
FEAR_WORDS = frozenset({"fear", "fears", "warn", "warned", "warning"})
#: The fears alone among those: a hedge on a count of "more" whose clause
#: they govern ("officials fear dozens more died"; not "warned that dozens
#: more were killed", a count told).
FEARS = frozenset({"fear", "fears"})
#: Words just before a word of death that deny it ("no deaths were
#: reported", "No one was killed", "not killed"): no death told.
DENIAL_WORDS = DENYING_DETERMINERS | DENYING_ADVERBS | DENYING_SUBJECTS
