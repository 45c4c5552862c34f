"""
Words of care, escape and custody: the nouns and verbs of medical care, of
coming through with an injury, of being found, held and released, and the
self-counting nouns each gates on its verbs (data, no logic).

Moved out of :mod:`conflictfigures._lexicon.clauses` in session 63, when it
reached 800 lines; :mod:`conflictfigures._lexicon` re-exports every name.
"""

from __future__ import annotations

#: Words before a noun of care that make it care for the hurt ("needed
#: hospital treatment", "received medical attention", "sought medical help"),
#: and those nouns (not "care" or "assistance", which the sick and the needy
#: receive: "needed medical assistance").
MEDICAL_CARE_KINDS = frozenset({"medical", "hospital"})
MEDICAL_CARE_NOUNS = frozenset({"treatment", "attention", "help"})
#: Verbs of coming through whose injury follows "with" ("escaped with burns",
#: "was rescued with minor injuries", "survived with gunshot wounds", "was left
#: with life-changing injuries").
ESCAPE_VERBS = frozenset(
    "escaped escaping survived surviving rescued pulled emerged freed left dragged evacuated"
    " airlifted found".split()  # "was found nearby with stab injuries"
)
#: Verbs of coming to care on one's own, before the place and "with" an
#: injury ("a man went to hospital with a gunshot wound", "arrived at a
#: clinic with burns", "turned up at the hospital with stab wounds").
CARE_ARRIVAL_VERBS = frozenset(
    "went goes go arrived arrives walked walks came comes turned showed presented".split()
)
#: The verbs before which "with" an injury tells the hurt (see
#: ``injuries.injury_after_escape``, which checks an arrival's place of care).
WITH_INJURY_VERBS = ESCAPE_VERBS | CARE_ARRIVAL_VERBS
#: Words between such a verb and its "with" ("pulled out alive with injuries").
ESCAPE_PARTICLES = frozenset({"out", "alive", "free", "away", "nearby", "later", "up"})
#: Verbs whose injury follows "for" ("were treated for minor injuries").
TREATED_VERBS = frozenset({"treated", "hospitalized", "hospitalised"})
#: The injuries they take; with a word of ``FATAL_WORDS`` before it, a death.
INJURY_NOUNS = frozenset(
    """
    injuries injury wounds wound burns cuts bruises lacerations scrapes bumps
    fractures bones concussion concussions fracture laceration gash gashes
    abrasions contusions inhalation bruise burn cut scrape abrasion contusion
    sprain sprains hypothermia frostbite whiplash trauma
    heatstroke sunstroke exhaustion poisoning illness illnesses irritation
    """.split()
)
#: Verbs that take lives ("claimed 14 lives", "cost 30 lives"): "lives"
#: counts deaths only after one of them, or before "were lost".
LIFE_VERBS = frozenset(
    "claimed claiming claims claim cost costing costs took taking takes lost".split()
)
#: Verbs that find the dead ("his body was found", "recovered a body").
FOUND_VERBS = frozenset(
    """
    found recovered located discovered retrieved pulled identified washed buried
    find recover locate discover retrieve
    """.split()
)
#: Places of custody after "in" and a few words ("held in Israeli prisons",
#: "in Russian captivity").
CUSTODY_NOUNS = frozenset(
    {"prison", "prisons", "jail", "jails", "captivity", "custody", "detention"}
)
#: Two words that name a place of custody one is taken to ("taken to a
#: holding centre", "taken to police stations").
CUSTODY_PLACE_PAIRS = frozenset(
    (first, second)
    for first, seconds in (
        ("detention", "centre center centres centers facility facilities camp camps"),
        ("holding", "centre center centres centers cell cells facility facilities"),
        ("police", "station stations"),
    )
    for second in seconds.split()
)
#: Verbs that end a captivity ("30 detainees were released"): no detention told.
RELEASE_VERBS = frozenset(
    """
    released releasing release releases freed freeing free frees exchanged
    swapped repatriated pardoned
    """.split()
)
#: Words of an end of a harm told of people, beside those of a release:
#: the rescued and the returned, and the nouns of a release ("the release of
#: 1,708 detainees"): people no longer held, in flight or uprooted.
ENDED_FATE_WORDS = RELEASE_VERBS | frozenset(
    """
    rescued rescuing rescue returned returning return repatriation exchange swap handover
    """.split()
)
#: Words before a release's noun that tell it done ("facilitated the release
#: of", "after the release of"; not "called for" or "demanded the release of",
#: people still held).
RELEASE_DONE_WORDS = frozenset(
    """
    facilitated secured completed welcomed oversaw overseen brokered negotiated obtained won
    celebrated hailed announced confirmed after following since
    """.split()
)
#: Harms after "survivors of" that leave no wound a toll counts ("treated
#: 120 survivors of gender-based violence", "victims of sexual abuse").
NON_BODILY_HARMS = frozenset(
    "sexual gender rape domestic trafficking exploitation abuse harassment".split()
)
#: Verbs that take or hold people captive ("took 250 hostages"), and those
#: of captives still held ("About 136 hostages remain in Gaza").
CAPTOR_VERBS = frozenset(
    """
    took taking take takes taken seized seizing seize seizes holding held hold holds
    kidnapped abducted captured remain remained
    """.split()
)
#: Self-counting nouns that count only beside one of their verbs, before
#: the number or after the noun ("claimed 14 lives", "30 lives were lost",
#: "his body was found"): "saved 14 lives", "released 50 hostages" and "shot
#: in the body" count nothing.
GATED_SELF_NOUNS: dict[str, frozenset[str]] = {
    "lives": LIFE_VERBS,
    "hostages": CAPTOR_VERBS,
    "captives": CAPTOR_VERBS,
    "body": FOUND_VERBS,
    "corpse": FOUND_VERBS,
}
#: Participles that say how a count is known, standing inside its group
#: ("7 reported injuries", "12 confirmed deaths").
COUNT_ATTESTERS = frozenset({"reported", "confirmed", "documented", "recorded", "verified"})
