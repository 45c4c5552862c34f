"""
The clause reader's rows for injuries and single people as storm, accident
and shooting reports write them, and for figures read across a longer clause
(issue 11).  Our own sentences; the row format is the one of
``tests/cases/extraction.py``.
"""

from __future__ import annotations

from tests.cases.extraction import DEST, D, K, P, Row, W, fig

EXAMPLES_INJURIES: list[Row] = [
    (
        "The raiders killed an entire family of six.",
        P,
        [fig(K, 6)],
        "'a family of N' counts its N",
    ),
    (
        "The gunmen killed the imam and his three sons.",
        P,
        [fig(K, 1, subject="imam"), fig(K, 3, subject="sons")],
        "a possessive after 'and' goes on the list of an active verb",
    ),
    (
        "A falling tree injured two of its five occupants.",
        P,
        [fig(W, 2)],
        "'of its five' is the whole, not a further member",
    ),
    (
        "The gunman fatally shot a cashier and wounded two customers.",
        P,
        [fig(K, 1, subject="cashier"), fig(W, 2, subject="customers")],
        "'fatally shot' is active before its object; an unknown noun after it is a person",
    ),
    (
        "A 15-year-old was killed in the crossfire.",
        P,
        [fig(K, 1)],
        "an age without a noun names a person",
    ),
    (
        "The attacker wounded two guards before officers shot him dead.",
        P,
        [fig(W, 2, subject="guards"), fig(K, 1)],
        "'shot him dead': a result after a pronoun object",
    ),
    (
        "He killed three neighbours before turning the gun on himself.",
        P,
        [fig(K, 3, subject="neighbours"), fig(K, 1, side="perpetrator")],
        "'turning the gun on himself' is an attacker's own death",
    ),
    (
        "The storm killed one camper and injured the other.",
        P,
        [fig(K, 1, subject="camper"), fig(W, 1)],
        "'the other' after a count of one is one more of its group",
    ),
    (
        "Her body was recovered on Saturday; she had been stabbed in the upper body.",
        P,
        [fig(K, 1, subject="body", date="2023-03-11")],
        "a body counts one dead only beside a verb that finds it",
    ),
    (
        "Divers found the body of a missing fisherman.",
        P,
        [fig(K, 1, subject="missing fisherman")],
        "'the body of' one person",
    ),
    (
        "The collapse claimed 23 lives; doctors saved 40 lives.",
        P,
        [fig(K, 23, subject="lives")],
        "lives count only after a verb that takes them",
    ),
    (
        "The gang took 17 hostages and later released 5 hostages.",
        P,
        [fig(D, 17, subject="hostages")],
        "hostages count only after a verb that takes or holds them",
    ),
    (
        "Two guards died in the raid, officials said, bringing the total to 31.",
        P,
        [fig(K, 2, subject="guards"), fig(K, 31, cumulative=True)],
        "a bare total takes the category of the figure it adds to",
    ),
    (
        "Six nurses were among the dead.",
        P,
        [fig(K, 6, subject="nurses")],
        "'among the dead' names killed people",
    ),
    (
        "The storm claimed the lives of 12 hikers, the park service said.",
        P,
        [fig(K, 12, claimed_by="the park service")],
        "'claimed the lives of' is no claim",
    ),
    (
        "Air defences shot down 14 of 16 missiles overnight.",
        P,
        [fig(DEST, 14)],
        "missiles shot down are equipment destroyed",
    ),
    (
        "A third victim succumbed to wounds on Wednesday.",
        P,
        [fig(K, 1, date="2023-03-15")],
        "an ordinal victim is one more",
    ),
    (
        "The guard shot two of his colleagues dead and wounded a fifth one.",
        P,
        [fig(K, 2), fig(W, 1)],
        "'a fifth one' after a verb is one more person",
    ),
    (
        "A woman was hurt. She died in hospital two days later.",
        P,
        [fig(W, 1, subject="woman"), fig(K, 1)],
        "'she' before an intransitive verb",
    ),
    (
        "A wave swamped the boat, drowning its skipper.",
        P,
        [fig(K, 1, subject="skipper")],
        "a possessive before a single person counts one",
    ),
    (
        "Forty-two year old farmer drowned in the flood.",
        P,
        [fig(K, 1, subject="farmer")],
        "a bare age in a headline is one person",
    ),
    (
        "A fatality was confirmed after the crash.",
        P,
        [fig(K, 1, subject="fatality")],
        "'a fatality' counts one death",
    ),
    (
        "A hiker sustained a fractured wrist in the fall.",
        P,
        [fig(W, 1, subject="hiker")],
        "a broken part of the body is an injury",
    ),
    (
        "A driver was thrown 30 feet and badly injured.",
        P,
        [fig(W, 1, subject="driver")],
        "a measure in a first verb phrase is no count",
    ),
    (
        "A fisherman was swept off another jetty and injured.",
        P,
        [fig(W, 1, subject="fisherman")],
        "'another' inside a first verb phrase is no count",
    ),
    (
        "One 16-year-old cyclist was injured.",
        P,
        [fig(W, 1, subject="cyclist")],
        "'one' before an age counts one person",
    ),
    (
        "Four or more workers were injured in the collapse.",
        P,
        [fig(W, 4, "at_least", subject="workers")],
        "'or more' after a number is a lower bound",
    ),
    (
        "Officials confirmed 23 documented deaths by Friday.",
        P,
        [fig(K, 23, subject="documented deaths")],
        "how a count is known stands inside its group",
    ),
    (
        "Two St. Francis residents were hurt when the roof fell in.",
        P,
        [fig(W, 2, subject="St. Francis residents")],
        "an abbreviation inside a name does not end the group",
    ),
    (
        "A woman inside the shop where the wall gave way, received cuts and bruises.",
        P,
        [fig(W, 1, subject="woman")],
        "a relative clause of place, closed by a comma before the group's verb",
    ),
    (
        "One man who was sleeping in the trailer, suffered a concussion.",
        P,
        [fig(W, 1, subject="man")],
        "a relative clause closed by a comma before a verb of suffering",
    ),
    (
        "A falling branch struck the car and injured the 41-year-old driver.",
        P,
        [fig(W, 1, subject="driver")],
        "'the' before an age is one person of that age",
    ),
    (
        "A hiker sustained a punctured lung in the fall.",
        P,
        [fig(W, 1, subject="hiker")],
        "a punctured part of the body is an injury",
    ),
    (
        "Three campers were struck by lightning near the lake.",
        P,
        [fig(W, 3, subject="campers")],
        "struck by lightning: hurt",
    ),
    (
        "A farmer was struck by lightning and killed while baling hay.",
        P,
        [fig(K, 1, subject="farmer")],
        "a death coordinated after a passive phrase decides",
    ),
    (
        "The gunman wounded five shoppers, one fatally, before fleeing.",
        P,
        [fig(W, 5, subject="shoppers"), fig(K, 1, subject="shoppers")],
        "a part by how badly: a fatal one is a death",
    ),
    (
        "A grenade blast killed two guards and injured six others, three critically.",
        P,
        [fig(K, 2, subject="guards"), fig(W, 6, subject="others")],
        "a part by how badly is no new count",
    ),
    (
        (
            "At least 14 people died in floods across the north of the country, including a"
            " teacher and four of her pupils who drowned when their bus was swept away."
        ),
        P,
        [fig(K, 14, "at_least", subject="people")],
        "parts after 'including' past a phrase of place, even with their own verb",
    ),
    (
        "The climber was buried under six feet of snow and he did not survive.",
        P,
        [fig(K, 1, subject="he")],
        "'did not survive' is a death, after a pronoun too",
    ),
    (
        "She was rushed to the hospital, but pronounced dead an hour later.",
        P,
        [fig(K, 1, subject="She")],
        "a trigger phrase, then a death after 'but': the death decides",
    ),
    (
        "He was treated and released at a clinic in town.",
        P,
        [fig(W, 1, subject="He")],
        "'treated and released' is hurt",
    ),
    (
        "A guard standing at the gate succumbed to his wounds when he was taken to hospital.",
        P,
        [fig(K, 1, subject="guard")],
        "a participle phrase before an intransitive verb; 'he' is the man who died",
    ),
    (
        "One calf was killed and two others injured by the hail.",
        P,
        [],
        "'others' after an animal are animals",
    ),
    (
        "The father and 14-year-old daughter were killed in the blast.",
        P,
        [fig(K, 1, subject="father"), fig(K, 1, subject="daughter")],
        "single people coordinated without an article of their own",
    ),
    (
        "A farmer, his wife and son drowned when their car was swept away.",
        P,
        [fig(K, 1, subject="farmer"), fig(K, 1, subject="wife"), fig(K, 1, subject="son")],
        "a list of single people before an intransitive verb",
    ),
    (
        "Hiker dies after fall on icy trail",
        P,
        [fig(K, 1, subject="Hiker")],
        "a headline's bare singular noun before its verb",
    ),
    (
        "Sniper killed two guards at the gate.",
        P,
        [fig(K, 2, subject="guards")],
        "a bare noun before a verb with an object is its agent",
    ),
    (
        "Four teenagers were shot outside the club, two of them fatally.",
        P,
        [fig(K, 2)],
        "of those shot, the ones shot fatally died",
    ),
    (
        "The patrol found three additional wounded insurgents in the compound.",
        P,
        [fig(W, 3, subject="additional wounded insurgents")],
        "a participle between an adjective and its noun",
    ),
    (
        "Rebels executed the engineer, whom they had held hostage since May.",
        P,
        [fig(K, 1, subject="engineer")],
        "'they had held hostage' is active: the captors are no captives",
    ),
    (
        "A boy standing near the barn was hit by flying debris.",
        P,
        [fig(W, 1, subject="boy")],
        "people hit by something are hurt",
    ),
    (
        "Two guards were struck by shrapnel and killed.",
        P,
        [fig(K, 2, subject="guards")],
        "a death after the agent of 'struck by' decides",
    ),
    (
        "The convoy in the Muqur District was struck by an IED and five cars were hit by debris.",
        P,
        [],
        "places and things are not hurt",
    ),
    (
        "Militants killed two police officers and wounded 12 others, two security officials said.",
        P,
        [
            fig(K, 2, subject="police officers", claimed_by="two security officials"),
            fig(W, 12, subject="others", claimed_by="two security officials"),
        ],
        "the speaker after a comma is no further member of the active list",
    ),
    (
        "The explosion killed a soldier and injured 10 others, the Ministry of Interior said.",
        P,
        [fig(K, 1, subject="soldier"), fig(W, 10, subject="others")],
        "a named speaker after the last member is no member either",
    ),
    (
        "No-one was hurt in the blast.",
        P,
        [fig(W, 0)],
        "'No-one' written with a hyphen counts no one",
    ),
    (
        "The gunmen killed 4 of the passengers and wounded the other 2.",
        P,
        [fig(K, 4), fig(W, 2)],
        "'the other 2' counts 2, not one and then two",
    ),
    (
        "One guard was killed and another badly wounded.",
        P,
        [fig(K, 1, subject="guard"), fig(W, 1, subject="guard")],
        "an adverb after an elided group belongs to the verb after it",
    ),
    (
        "One of the miners died, while another sustained serious injuries.",
        P,
        [fig(K, 1), fig(W, 1)],
        "'another sustained injuries': one more of the group, by its injuries",
    ),
    (
        "The bomb went off early, killing the bomber and injuring three others.",
        P,
        [fig(K, 1, subject="bomber", side="perpetrator"), fig(W, 3, subject="others", side=None)],
        "'others' after the attacker are others than him: no side of his",
    ),
    (
        "The suspect fled on foot and the militants fled into the hills.",
        P,
        [],
        "attackers and fighters who flee escape; they are not displaced",
    ),
    (
        "Twelve soldiers were killed along with 30 comrades wounded.",
        P,
        [fig(K, 12, subject="soldiers"), fig(W, 30, subject="comrades")],
        "a trailing member with a participle of its own takes its category",
    ),
    (
        "Dozens were treated for smoke inhalation.",
        P,
        [fig(W, None, "vague")],
        "smoke inhalation is an injury",
    ),
    (
        "At least 14 people were admitted to hospital with burns.",
        P,
        [fig(W, 14, "at_least", subject="people")],
        "'admitted to hospital' like 'taken to hospital'",
    ),
    (
        "Authorities have jailed 25 journalists and twelve activists were imprisoned.",
        P,
        [fig(D, 25, subject="journalists"), fig(D, 12, subject="activists")],
        "'jailed' and 'imprisoned' detain",
    ),
    (
        "A man was shot in the head and died.",
        P,
        [fig(K, 1, subject="man")],
        "a phrase of place after the first verb of two ('in the head') is no count",
    ),
]
