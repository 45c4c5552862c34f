"""
The last section of the lexicon: weekdays, months, incident nouns,
abbreviations before a full stop, words ending like doers that are no
people, and ordinals (data, no logic; re-exported by
:mod:`conflictfigures._lexicon`).
"""

from __future__ import annotations

from types import MappingProxyType

from conflictfigures._lexicon.clauses import PARTS_OF_DAY
from conflictfigures._lexicon.words import UNITS

# ---------------------------------------------------------------------------
# Time
# ---------------------------------------------------------------------------

WEEKDAYS: dict[str, int] = {
    "monday": 0,
    "tuesday": 1,
    "wednesday": 2,
    "thursday": 3,
    "friday": 4,
    "saturday": 5,
    "sunday": 6,
}
MONTHS: dict[str, int] = {
    "january": 1,
    "jan": 1,
    "february": 2,
    "feb": 2,
    "march": 3,
    "mar": 3,
    "april": 4,
    "apr": 4,
    "may": 5,
    "june": 6,
    "jun": 6,
    "july": 7,
    "jul": 7,
    "august": 8,
    "aug": 8,
    "september": 9,
    "sep": 9,
    "sept": 9,
    "october": 10,
    "oct": 10,
    "november": 11,
    "nov": 11,
    "december": 12,
    "dec": 12,
}

#: Holidays that name one day of the year, by their words (as tokens,
#: lower-case) and their (month, day): "on New Year's Day", "on Christmas Eve".
HOLIDAYS: dict[tuple[str, ...], tuple[int, int]] = {
    ("new", "year's", "day"): (1, 1),
    ("new", "year's", "eve"): (12, 31),
    ("christmas", "eve"): (12, 24),
    ("christmas", "day"): (12, 25),
    ("boxing", "day"): (12, 26),
}

#: Words that mark a figure as one incident, not a total ("in retaliation",
#: "in the attack").
INCIDENT_NOUNS = frozenset(
    """
    retaliation attack attacks strike strikes airstrike airstrikes raid raids
    bombing bombings shelling explosion explosions blast blasts ambush ambushes
    incident incidents clash operation crash assault fire blaze collision shooting
    stabbing landslide avalanche accident accidents
    """.split()
)
#: The nouns of one incident, singular, that may head a perfect's subject
#: ("A car bomb blast near a market has killed"; not a campaign's
#: "operation", "assault" or "shelling", which may run for months).
SINGLE_INCIDENT_NOUNS = frozenset(
    word for word in INCIDENT_NOUNS if not word.endswith("s")
) - frozenset({"retaliation", "operation", "assault", "shelling"})

#: Nouns of one incident a month or year may date besides those above ("a
#: shell killed 68 people in February 1994", "the massacre of 31 villagers in
#: July 1992"; "killing" and "massacre" only with a month).
MONTH_INCIDENT_NOUNS = frozenset({"shell", "bomb", "grenade", "killing", "massacre"})
#: Words of a round-up of several events in a sentence ("across Gaza", "in
#: several attacks", "a wave of strikes"): no one incident.
ROUNDUP_WORDS = frozenset({"across", "several", "separate", "series", "string", "wave", "spate"})

#: Disasters a story names as its event ("The earthquake that struck on April
#: 25 killed ..."): with "the", the story's event named again.
DISASTER_NOUNS = frozenset(
    """
    earthquake quake tremor flood floods flooding storm cyclone hurricane typhoon
    tornado tsunami eruption mudslide collapse stampede derailment sinking capsizing
    disaster tragedy crush shipwreck
    """.split()
)
#: Events held or come round once a year, which "this year's" names one
#: edition of ("this year's Hajj", "this year's monsoon floods"): a disaster,
#: a season's weather or a gathering, not a span up to publication.
YEARLY_EVENT_NOUNS = DISASTER_NOUNS | frozenset(
    """
    monsoon monsoons heatwave heatwaves wildfires hajj umrah pilgrimage festival
    festivities carnival marathon parade procession mela kumbh celebrations
    """.split()
)
#: One event's or disaster's noun, singular ("an earthquake recorded by the
#: USGS" is the event recorded; "attacks documented by the UN" are counted).
SINGLE_EVENT_NOUNS = frozenset(
    word for word in INCIDENT_NOUNS | DISASTER_NOUNS if not word.endswith("s")
)

#: Agreements and documents a year may name ("the 2016 peace accord", "the
#: 2015 constitution"): no event whose figures count that year.
PACT_NOUNS = frozenset(
    """
    accord accords agreement agreements deal treaty pact constitution charter
    referendum census law act resolution
    """.split()
)

#: Words around a count that make it a stock or a rate over time, no one
#: incident's ("since December", "the total", "2 million", "every year").
STOCK_WORDS = frozenset(
    """
    since total overall altogether cumulative million
    every each per annually yearly year years months
    already repeated recurring
    host hosts hosting idps tracking
    """.split()
)

#: Verbs that tell an incident happen ("The launch overturned in a storm on
#: Sunday afternoon", "The retaining wall gave way on Monday"): a sentence
#: with one and a day, and no figure, names the incident's day.
EVENT_VERBS = frozenset(
    """
    capsized overturned collapsed exploded erupted derailed sank crashed stormed
    struck detonated ambushed raided overflowed overflow
    """.split()
)
#: Phrases that tell a shooting or a blast happen ("opened fire on customers
#: shortly before midnight on Thursday", "Shots rang out about 7:25 p.m.
#: Monday", "The blast tore through the mine at around 6:15 p.m. on Oct.
#: 14", a storm that "made landfall ... late on Sept. 26"), as the verbs
#: above do.
EVENT_PHRASES = frozenset(
    {("opened", "fire"), ("rang", "out"), ("tore", "through"), ("ripped", "through")}
    | {("made", "landfall")}
    # a building or a bomb: "The building came down at around 10.30 am on
    # Tuesday", "the bomb went off at 9 a.m. on Friday"
    | {("came", "down"), ("went", "off"), ("gave", "way"), ("caved", "in")}
)
#: Verbs that tell an event happen when an incident or a disaster is their
#: subject ("The disaster occurred at around 10:15 p.m. Saturday", "the
#: attack took place on Friday", "The fire broke out at around 3:27 a.m. on
#: Jan. 21"), as the verbs above do by themselves.
OCCURRENCE_VERBS = frozenset({"occurred", "happened", "took", "broke"})
#: The verbs above that tell an occurrence only with the word after them.
OCCURRENCE_PHRASES = frozenset({("took", "place"), ("broke", "out")})

#: Nouns of a whole war: a since-clause with no date dates a story's totals
#: from its start, and a simple past may tell its whole toll ("since the war
#: began", "were killed in the civil war"); not a phase, a siege or an
#: offensive, which may be one day's.
WHOLE_WAR_NOUNS = frozenset(
    {"war", "conflict", "insurgency", "invasion", "occupation", "uprising", "hostilities"}
)
#: The war nouns that name a whole war bare ("in the war", "in the conflict");
#: the others only with a word of their own before them ("the Soviet
#: occupation"; not "during the occupation of the school").
BARE_WAR_NOUNS = frozenset({"war", "insurgency", "conflict"})
#: Nouns of a war or a campaign, whose beginning starts a period, not an
#: incident ("the offensive began in August", "since the war started").
WAR_NOUNS = WHOLE_WAR_NOUNS | frozenset(
    "wars conflicts offensive offensives fighting crisis campaign violence unrest siege".split()
)
#: Nouns of a beginning a since-clause names an event by ("since the start
#: of the conflict", "since the launch of the offensive").
BEGINNING_NOUNS = frozenset({"start", "beginning", "launch", "onset", "outbreak"})
#: Nouns of an event narrower than a whole war whose start a story dates and
#: a later phrase names again ("since the start of the offensive"), each with
#: the key of its kind: a military operation is named by several nouns ("the
#: cross-border operation began on 6 August ... since the start of the
#: incursion").
NAMED_EVENTS = MappingProxyType(
    {
        **dict.fromkeys(
            """
            offensive offensives operation operations incursion incursions assault
            campaign counter-offensive counteroffensive
            """.split(),
            "operation",
        ),
        **dict.fromkeys("protests protest demonstrations uprising unrest".split(), "protests"),
        "escalation": "escalation",
        "siege": "siege",
        "crackdown": "crackdown",
    }
)
#: Nouns a span of time may be "of" when it counts back from the report
#: ("nearly a year of protests", "two weeks of clashes", "five years of war").
SPAN_EVENT_NOUNS = WAR_NOUNS | frozenset(
    "protests demonstrations clashes bombardment shelling airstrikes fighting".split()
)

#: Abbreviations whose full stop does not end a sentence.
ABBREVIATIONS = frozenset(
    """
    mr mrs ms dr gen lt col sgt capt maj cpl pvt adm brig st no vs etc jan feb mar
    apr jun jul aug sep sept oct nov dec rep sen gov prof jr sr inc ltd co corp mt incl approx
    """.split()
)

#: Words ending like doers ("-er", "-or", "-ant", "-ist", "-ian") that are
#: not people: places and things ("a Waco restaurant", "the power plant"),
#: seasons and months, comparatives, adjectives.
NOT_AGENTS = frozenset(
    """
    number order matter water paper border center centre quarter computer container
    corner power tower shelter weather river letter layer cluster chamber floor door
    error sector corridor radar motor tractor trailer helicopter after other under
    over ever never whether either neither rather together further farther later earlier
    register master poster thriller bunker
    restaurant plant warrant grant giant headquarters theater theatre interior exterior
    disaster terror encounter counter diameter perimeter semitrailer newspaper rubber
    timber lumber shoulder cover soccer caliber calibre crater sensor marker copper silver
    cooker pepper hydropower transfer armor armour barrier beer scooter canister cylinder
    hammer sledgehammer cleaver
    sewer shower labor labour heater disorder murder liter litre meter metre list dinner
    winter summer september october november december
    higher lower greater fewer smaller larger safer older upper outer inner
    significant pregnant vacant important pleasant meant want median
    """.split()
)

#: Words that make "the ..." not one particular person ("the seventh leader").
#: Ordinals that count one more after others ("a third victim").
#: Each one's place ("second": 2): "A fourth victim has died" brings a toll to four.
COUNTING_PLACES: dict[str, int] = {
    word: place
    for place, word in enumerate(
        """
        second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth
        thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth
        """.split(),
        2,
    )
}
COUNTING_ORDINALS = frozenset(COUNTING_PLACES)
ORDINALS = frozenset(
    """
    first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth
    thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth
    last latest next previous same only other
    """.split()
)

#: Superlatives that make "since" end a comparison ("the deadliest attack
#: since 2015", "one of the deepest strikes since hostilities began"), not a
#: running total's period.
SUPERLATIVES = frozenset(
    """
    deadliest bloodiest worst biggest largest highest lowest heaviest deepest fiercest
    strongest weakest most least first longest greatest hardest toughest widest closest
    costliest busiest fewest smallest sharpest steepest fastest quickest coldest hottest
    wettest driest best youngest oldest
    """.split()
)

#: Words that put an incident days after the one told before it ("the
#: following day", "the next morning", "two days later"), with the words that
#: count the days before "later".
DAY_AFTER_PAIRS = frozenset(
    (after, part)
    for after in ("following", "next")
    for part in ("day", "morning", "afternoon", "evening", "night")
)
#: Words that put an incident a day before the one told before it ("the
#: previous day", "the previous night"; after a count of days, "earlier"
#: does: "two days earlier", not "before", which more often opens what came
#: after: "two days before the attack").
DAY_BEFORE_PAIRS = frozenset({("previous", "day"), ("previous", "night")})
#: Words of a later death of an incident's wounded ("died on Thursday of
#: wounds he sustained", "succumbed to his injuries").
LATER_DEATH_WORDS = frozenset({"succumbed", "wounds", "injuries"})
#: Words of a death told with no act of killing ("died Monday night", "was
#: pronounced dead"): a victim dying, who a toll of the incident may hold.
DYING_WORDS = frozenset({"died", "dies", "succumbed", "pronounced"})
#: Words of a count's own sentence that tell its dead were hurt before, or
#: found after, the incident told first: its later deaths ("A wounded woman
#: died on Thursday", "pulled from the rubble").
LATER_TOLL_WORDS = LATER_DEATH_WORDS | frozenset(
    {"wounded", "injured", "hurt", "hospital", "rubble"}
)
#: Words of a lead that tell a later day of an incident told after it:
#: mourning and burial ("Thousands gathered on Tuesday for the funeral").
MOURNING_WORDS = frozenset({"funeral", "funerals", "buried", "burial", "mourners", "vigil"})
#: Words of what became of an incident's people, told on a later day ("Two
#: of the injured were still in hospital on Sunday", "remained unaccounted
#: for", "succumbed to his wounds"): the incident's counts, on its day.
FOLLOWUP_WORDS = LATER_DEATH_WORDS | frozenset(
    """
    still remain remains remained remaining hospital hospitalized hospitalised critical
    condition unaccounted later
    """.split()
)
#: Verbs that put the incident told before after the one a count of days
#: then names ("The attack came a day after shelling killed two people").
CAME_AFTER_VERBS = frozenset({"came", "comes", "followed", "follows", "happened", "occurred"})
DAYS_LATER_COUNTS: dict[str, int] = {"a": 1} | {
    word: UNITS[word] for word in ("one", "two", "three", "four", "five", "six", "seven")
}

#: Words of time a "since" takes before the figure of its own clause ("since
#: Monday 40 people have died", "since then", "since the weekend"): a time,
#: not an event a period runs from ("since an officer was shot dead").
SINCE_TIMES = (
    frozenset(WEEKDAYS)
    | frozenset(MONTHS)
    | WAR_NOUNS
    | frozenset(
        """
        then yesterday today dawn morning noon midnight evening night weekend week
        month year start beginning outbreak last early late mid
        """.split()
    )
)

#: The seasons of the year by the month each starts in (meteorological, as
#: weather services count them): "21 people have died in avalanches this
#: winter" runs from the first of December.
SEASON_STARTS: dict[str, int] = {"winter": 12, "spring": 3, "summer": 6, "autumn": 9, "fall": 9}
#: Words that name a season of their own before "season" ("so far this
#: monsoon season"), whose start a text seldom tells.
SEASON_KINDS = frozenset(
    """
    monsoon rainy wet dry hurricane typhoon cyclone storm tornado wildfire fire flood
    flu ski avalanche harvest
    """.split()
)

#: The report's own time of day ("today", "tonight"): the day of publication,
#: often when something is said or counted rather than when it happened.
PRESENT_DAY_WORDS = frozenset({"today", "tonight", "today's", "tonight's"})
#: Words that tell, alone, a day before the report's own ("yesterday",
#: "overnight", "two days ago").
PAST_DAY_WORDS = frozenset({"yesterday", "yesterday's", "overnight", "ago"})
#: The words that alone name a day near publication ("today", "yesterday",
#: "overnight").
NEAR_DAY_WORDS = PRESENT_DAY_WORDS | (PAST_DAY_WORDS - {"ago"})
#: Words that name a day by its distance from publication, not by its name
#: ("yesterday", "last night", "this morning"): no log entry opens with one.
RELATIVE_DAY_WORDS = NEAR_DAY_WORDS | {"last", "this"}
#: Words that put the noun of a day, a part of one or a week after them
#: before the day a story tells of ("the previous day", "the preceding
#: night", "last week"; wider than :data:`DAY_BEFORE_PAIRS`, the pairs that
#: shift an incident by one day).
BEFORE_DAY_WORDS = frozenset({"previous", "preceding", "last"})
#: The nouns of a day, a part of one or a week such a word puts before ("the
#: previous evening").
DAY_SPAN_NOUNS = frozenset({"day", "night", "week"}) | PARTS_OF_DAY
#: Words that compare a count with an earlier one, which the words after
#: them tell of ("up from 8 last week", "compared with 20 the day before").
COMPARED_FROM = frozenset(
    {("up", "from"), ("down", "from"), ("compared", "with"), ("compared", "to")}
)
#: "last night" as texts write it, looked for in a whole text: an
#: "overnight" in a text that also tells of "last night" is that night.
LAST_NIGHT_FORMS = ("last night", "Last night", "LAST NIGHT")
#: Words before "to" that put the verb after it in a time to come ("was
#: expected to hit Florida on Wednesday"; "will" is the modal's); not
#: ``PROJECTION_WORDS``, which hold "feared" and "likely" of what may have
#: happened.
FUTURE_WORDS = frozenset({"expected", "forecast", "scheduled", "planned"})
#: Words after "by" that name a time still to come, besides months, weekdays
#: and years ("by tomorrow", "by tonight", "by then").
BY_LATER_WORDS = frozenset({"tomorrow", "tonight", "morning", "nightfall", "then"})


#: The words that open the time of a part of a figure right after its
#: number ("including 25,000 last week", "25,000 of them since Monday"): the
#: part's own period follows.
PART_TIME_OPENERS = frozenset(
    {"since", "last", "this", "yesterday", "today", "overnight", "during", "within"}
) | frozenset(WEEKDAYS)
