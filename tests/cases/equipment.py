"""
The clause reader's rows for equipment as ministries, trackers and police
write it: a model named without its noun ("two Su-25s", "an M4"), munitions
intercepted in flight, the drones destroyed over each region, lists whose
other members count nothing ("weapons, cash and 9 rifles", "three kilos of
explosives") and kinds listed on past an aside.  Our own sentences; the row
format is the one of ``tests/cases/extraction.py`` (published on ``P``, a
Thursday).
"""

from __future__ import annotations

from tests.cases.extraction import CAPT, CAS, DEST, DISP, D, K, P, Row, W, fig

EXAMPLES_AS_WRITTEN: list[Row] = [
    (
        (
            "Customs officers seized 14 trucks, three of them refrigerated, along with 40"
            " pistols, 12 shotguns and ammunition."
        ),
        P,
        [
            fig(CAPT, 14, subject="trucks"),
            fig(CAPT, 3, part=True),
            fig(CAPT, 40, subject="pistols"),
            fig(CAPT, 12, subject="shotguns"),
        ],
        "'N of them' and one word of their kind is a part; a list after 'along with' goes on",
    ),
    (
        "Oryx has confirmed that three Leopard 2 tanks and 16 Bradleys were destroyed.",
        P,
        [
            fig(DEST, 3, subject="Leopard 2 tanks", claimed_by="Oryx"),
            fig(DEST, 16, subject="Bradleys", claimed_by="Oryx"),
        ],
        "a weapon system's name heads a count of equipment; its mark ('Leopard 2') is no count",
    ),
    (
        "Ukraine lost 30 tanks, including eight German-made Leopards.",
        P,
        [fig(DEST, 30, subject="tanks"), fig(DEST, 8, subject="German-made Leopards")],
        "a part named by a weapon system's name",
    ),
    (
        "Britain said it would send 14 Challenger 2 tanks.",
        P,
        [],
        "a model's mark after its name is no count of its own (guard)",
    ),
    (
        (
            "The group seized large quantities of weapons, among them 30 armoured vehicles and a"
            " dozen artillery pieces."
        ),
        P,
        [fig(CAPT, 30, subject="armoured vehicles"), fig(CAPT, 12, subject="artillery pieces")],
        "'among them' after an active verb's uncounted object opens its members, as 'including'",
    ),
    (
        (
            "The rebels had also seized the town's regional military command headquarters"
            " along with large quantities of weapons, including 30 armoured vehicles."
        ),
        P,
        [fig(CAPT, 30, subject="armoured vehicles")],
        "an active verb after an adverb, far before the 'including' of its object",
    ),
    (
        "Tanks (6, of which destroyed: 3, damaged: 1, captured: 2)",
        P,
        [
            fig(DEST, 3, subject="Tanks"),
            fig("equipment_damaged", 1, subject="Tanks"),
            fig(CAPT, 2, subject="Tanks"),
        ],
        "a tracker's breakdown after 'of which': each state counts the label's equipment",
    ),
    (
        "Russia - 107, of which: destroyed: 48, abandoned: 11, captured: 41",
        P,
        [
            fig(DEST, 48, subject=None),
            fig("equipment_abandoned", 11, subject=None),
            fig(CAPT, 41, subject=None),
        ],
        "a breakdown with no noun: a state of equipment alone makes 'captured' equipment's",
    ),
    (
        "Personnel - 12, of which killed: 4, captured: 8",
        P,
        [fig(K, 4), fig(D, 8)],
        "(guard) a breakdown of people: 'captured' beside 'killed' is people taken",
    ),
    (
        "Captured: 41",
        P,
        [fig(D, 41)],
        "(guard) a label line with no breakdown keeps the people's reading",
    ),
    (
        "The alliance said it had captured 135 military outposts and bases.",
        P,
        [],
        "a body's places after its noun are no people: 'military outposts' are no detainees",
    ),
    (
        "Militants burned four civilian buses and shot dead a civilian.",
        P,
        [fig(K, 1, subject="civilian")],
        "(guard) a people noun before a vehicle is no place of the body",
    ),
    (
        "Russian forces lost two battalions' worth of equipment, including 36 tanks.",
        P,
        [fig(DEST, 36, subject="tanks")],
        "the members an uncounted object includes are the active verb's objects",
    ),
    (
        (
            "Relatives of killed soldiers, including 5 women, protested. Militants who captured"
            " the town, including 30 foreign fighters, were driven out."
        ),
        P,
        [],
        "'including' after an adjective or a relative clause's verb names no objects",
    ),
    (
        (
            "Russia has destroyed a third of the fleet, including 15 warships. Troops destroyed"
            " Russian positions, including 4 tanks."
        ),
        P,
        [fig(DEST, 15, cumulative=True), fig(DEST, 4, side="Russia")],
        "a perfect's included objects count up to now; the object's side is theirs",
    ),
    (
        "Eight insurgents were killed or injured in the strike, including a Taliban commander.",
        P,
        [fig("casualties", 8, subject="insurgents")],
        "(guard) members after 'including' a passive subject holds are no objects of its verb",
    ),
    (
        "Ukraine lost four Leopard 2 tanks. Among the losses were three Bradley vehicles.",
        P,
        [fig(DEST, 4, subject="Leopard 2 tanks"), fig(DEST, 3, subject="Bradley vehicles")],
        "a model's name and number apart stay in the group; 'Among the losses were' lists them",
    ),
    (
        "The group seized more than 300 small arms.",
        P,
        [fig(CAPT, 300, "more_than", subject="small arms")],
        "'small arms' are weapons",
    ),
    (
        "Among the equipment seized were four armoured vehicles. Soldiers burned the equipment.",
        P,
        [fig(CAPT, 4, subject="armoured vehicles")],
        "no article counts equipment, a mass noun",
    ),
    (
        "The strike wiped out two air defence systems. Gunmen wiped out 12 villagers.",
        P,
        [fig(DEST, 2, subject="air defence systems"), fig(K, 12, subject="villagers")],
        "'wiped out' destroys equipment and kills people",
    ),
    (
        "The brigade captured an abandoned T-90M tank.",
        P,
        [fig(CAPT, 1, subject="abandoned T-90M tank")],
        "a state before the noun of an active verb's object is the thing's adjective",
    ),
    (
        "Two abandoned tanks were found. Troops found two destroyed vehicles.",
        P,
        [fig("equipment_abandoned", 2), fig(DEST, 2)],
        "(guard) a state before the noun with no active trigger before it names the fate",
    ),
    (
        "The Houthis said they had shot down a U.S. Reaper drone.",
        P,
        [fig(DEST, 1, subject="U.S. Reaper drone", claimed_by="The Houthis")],
        "initials before a capitalised word of a name stay in the group",
    ),
    (
        "A U.S. Navy SEAL was killed. A blast killed three U.S. Marines.",
        P,
        [fig(K, 1, subject="U.S. Navy SEAL"), fig(K, 3, subject="U.S. Marines")],
        "initials before a capitalised noun, the article before them counted",
    ),
    (
        "Militants killed two U.S. He said so. Rockets wounded four U.S. Iraqi officials said so.",
        P,
        [fig(K, 2, subject="U.S"), fig(W, 4, subject="U.S")],
        "(guard) a pronoun or a country's word opening the next sentence is no word of the group",
    ),
    (
        "Among the weapons seized were two 120mm mortars and a 105mm howitzer.",
        P,
        [
            fig(CAPT, 2, subject="120mm mortars"),
            fig(CAPT, 1, subject="105mm howitzer"),
        ],
        "a calibre glued to its digits is a modifier of the gun, no count",
    ),
    (
        "The enemy lost two tanks and a 155mm M777 artillery system made in the United States.",
        P,
        [
            fig(DEST, 2, subject="tanks", claimed_by=None),
            fig(DEST, 1, subject="155mm M777 artillery system", claimed_by=None),
        ],
        "a calibre before a model names one gun; 'the United States' is no source that 'States'",
    ),
    (
        "The army said it destroyed nine armoured vehicles and captured four others intact.",
        P,
        [
            fig(DEST, 9, subject="armoured vehicles", claimed_by="The army"),
            fig(CAPT, 4, subject="others", claimed_by="The army"),
        ],
        "'others' after equipment are more of it, though the verb takes people too",
    ),
    (
        "Troops killed 14 fighters and captured six others.",
        P,
        [fig(K, 14, subject="fighters"), fig("detained", 6, subject="others")],
        "'others' after people stay people",
    ),
    (
        "Gunmen set three patrol trucks on fire and set ablaze two tankers.",
        P,
        [fig("equipment_destroyed", 3), fig("equipment_destroyed", 2)],
        "equipment set on fire, after its object or before it",
    ),
    (
        "Five trucks were burned and one of the vehicles was burnt out; a mob set two men ablaze.",
        P,
        [fig("equipment_destroyed", 5), fig("equipment_destroyed", 1)],
        "equipment burned; people set ablaze are no count read here",
    ),
    (
        "Witnesses saw two trucks on fire.",
        P,
        [],
        "a fire only 'set' tells",
    ),
    (
        "The air force said it downed three Su-25s near the river.",
        P,
        [fig(DEST, 3)],
        "a model named without its noun is equipment",
    ),
    (
        "Gunners destroyed four M109 howitzers and two T-80s in the south.",
        P,
        [fig(DEST, 4), fig(DEST, 2)],
        "a model's letters and digits with no dash stay in the group; each kind its own figure",
    ),
    (
        "Pilots reported that two Tu-22 bombers were shot down over the sea.",
        P,
        [fig(DEST, 2)],
        "a bomber after its model is an aircraft",
    ),
    (
        "Anti-aircraft units brought down three fighter-bombers on Monday.",
        P,
        [fig(DEST, 3)],
        "a fighter-bomber is an aircraft",
    ),
    (
        "Air defences intercepted 26 drones and four cruise missiles overnight.",
        P,
        [fig(DEST, 26), fig(DEST, 4)],
        "munitions intercepted in flight are destroyed",
    ),
    (
        "Nine rockets were intercepted above the port, the military said.",
        P,
        [fig(DEST, 9, claimed_by="the military")],
        "'intercepted' in the passive",
    ),
    (
        "The ministry said 120 drones were destroyed, including 47 over the Oryol region.",
        P,
        [
            fig(DEST, 120, claimed_by="The ministry"),
            fig(DEST, 47, part=True, claimed_by="The ministry"),
        ],
        "a part by the airspace it was destroyed over",
    ),
    (
        "Air defences destroyed 64 drones over six regions, 20 of them over the Tula region.",
        P,
        [fig(DEST, 64), fig(DEST, 20, part=True)],
        "'N of them over' a region is a part; the regions counted before it are no figure",
    ),
    (
        "Officers seized 40 pistols, 12 grenades and three kilos of explosives at the farm.",
        P,
        [fig(CAPT, 40), fig(CAPT, 12)],
        "a measured member of an active list counts nothing",
    ),
    (
        "About 60 rifles, 300 detonators and two tonnes of fertiliser were seized at the port.",
        P,
        [fig(CAPT, 60, "about"), fig(CAPT, 300)],
        "a measured last member still gives the list its passive verb",
    ),
    (
        "The raiders seized cash, ammunition and nine motorbikes from the depot.",
        P,
        [fig(CAPT, 9)],
        "members with no number before the counted one keep the list's verb",
    ),
    (
        "Agents recovered eight firearms, including three AK-47s, and two hand grenades.",
        P,
        [fig(CAPT, 8), fig(CAPT, 3, part=True), fig(CAPT, 2)],
        "', and' closes an aside about the first kind: the next kind is its own figure",
    ),
    (
        "Two suicide bombers were killed in the blast.",
        P,
        [fig(K, 2, side="perpetrator")],
        "bombers with no model are people",
    ),
    (
        (
            "Its forces destroyed 250 tanks and other armoured vehicles, 150 artillery pieces and "
            "rocket launchers and 39 air defence systems."
        ),
        P,
        [
            fig(DEST, 250, subject="tanks"),
            fig(DEST, 150, subject="artillery pieces"),
            fig(DEST, 39, subject="air defence systems"),
        ],
        "a kind told by two nouns ('and other armoured vehicles') is one member of the list",
    ),
    (
        (
            "The ministry said its units had destroyed, since the start of the offensive: "
            "120 tanks, 40 artillery pieces and 9 drones."
        ),
        P,
        [fig(DEST, 120), fig(DEST, 40), fig(DEST, 9)],
        "a list's verb, a comma, the time it covers and a colon",
    ),
    (
        "Two frigates shot down 14 one-way attack drones and two cruise missiles.",
        P,
        [fig(DEST, 14, subject="one-way attack drones"), fig(DEST, 2, subject="cruise missiles")],
        "a number word joined by a hyphen after a count is an adjective of its group",
    ),
    (
        "Its units had knocked out 45 armoured vehicles near the river.",
        P,
        [fig(DEST, 45, subject="armoured vehicles")],
        "knocked out: equipment destroyed",
    ),
    (
        (
            "Enemy losses as of the morning of March 14 stand at:\n\npersonnel - around "
            "12,000;\n\ntanks - 389;\n\ndrones - 7.\n\nThe figures could not be verified."
        ),
        P,
        [
            fig("casualties", 12_000, "about", subject="personnel", cumulative=True),
            fig(DEST, 389, subject="tanks", cumulative=True),
            fig(DEST, 7, subject="drones", cumulative=True),
        ],
        "losses listed a paragraph each, as web pages copy them",
    ),
    (
        (
            "Russia's total equipment losses since the start of the invasion stand at "
            "the following, the General Staff said:\n\ntanks: 8,209 (+11)\npersonnel: "
            "558,740 (+1,160)\nsubmarines: 1\n\nThe figures could not be verified."
        ),
        P,
        [
            fig(DEST, 8209, subject="tanks", cumulative=True),
            fig(DEST, 11, subject="tanks", cumulative=True, part=True),
            fig("casualties", 558_740, subject="personnel", cumulative=True),
            fig("casualties", 1_160, subject="personnel", cumulative=True, part=True),
            fig(DEST, 1, subject="submarines", cumulative=True),
        ],
        (
            "losses listed past a blank line, a colon setting each group off; each line's"
            " change since the report before a figure too (session 52)"
        ),
    ),
    (
        (
            "According to the General Staff, Ukraine's defenders have also destroyed:\ntanks \u2013"
            " 4,140 (+9)\nMLRS \u2013 692 (+0)\n\nThe data is being updated."
        ),
        P,
        [
            fig(DEST, 4140, subject="tanks", cumulative=True),
            fig(DEST, 9, subject="tanks", cumulative=True, part=True),
            fig(DEST, 692, subject="MLRS", cumulative=True),
        ],
        "a heading of what a side destroyed opens a list of losses; no change of none (session 52)",
    ),
    (
        (
            "The floods have destroyed:\nhouses \u2013 1,200 (+50)\nbridges \u2013 14 (+2)"
            "\n\nRoads are closed."
        ),
        P,
        [],
        "(guard, after a review) what a disaster destroyed is no list of losses",
    ),
    (
        (
            "The ministry said the following had been destroyed since the start of the "
            "operation: 647 airplanes and 283 helicopters."
        ),
        P,
        [fig(DEST, 647, subject="airplanes"), fig(DEST, 283, subject="helicopters")],
        "a list's verb told before the time it covers and the colon",
    ),
    (
        (
            "Ukrainian defenders have also destroyed: tanks \u2013 6,827 (+12), armored combat "
            "vehicles \u2013 13,071 (+25), aircraft \u2013 347."
        ),
        P,
        [
            fig(DEST, 6827, subject="tanks", cumulative=True),
            fig(DEST, 12, subject="tanks", period=["2023-03-15", "2023-03-16"]),
            fig(DEST, 13071, subject="armored combat vehicles", cumulative=True),
            fig(DEST, 25, subject="armored combat vehicles"),
            fig(DEST, 347, subject="aircraft", cumulative=True),
        ],
        "a dashed list of losses after a verb that destroys, each day's change a part",
    ),
    (
        (
            "In total, from February 24, 2022 to March 16, 2023, the losses of the enemy are "
            "estimated as follows:\npersonnel (killed and wounded) \u2013 about 150,940 (+870);"
            "\ntanks \u2013 3,094 (+3);\nMLRS \u2013 470;\naircraft \u2013 301."
        ),
        P,
        [
            fig("casualties", 150_940, "about", period=["2022-02-24", "2023-03-16"]),
            fig("casualties", 870, subject="personnel", period=["2023-03-15", "2023-03-16"]),
            fig(DEST, 3094, subject="tanks", period=["2022-02-24", "2023-03-16"]),
            fig(DEST, 3, subject="tanks", period=["2023-03-15", "2023-03-16"]),
            fig(DEST, 470, subject="MLRS", period=["2022-02-24", "2023-03-16"]),
            fig(DEST, 301, subject="aircraft", period=["2022-02-24", "2023-03-16"]),
        ],
        (
            "a heading of losses, a line a group: an aside in brackets after the group, and the "
            "heading's period between two dates"
        ),
    ),
    (
        (
            "In total, since February 24, 2022, more than 3,000 tanks have been destroyed and "
            "470 aircraft shot down."
        ),
        P,
        [
            fig(DEST, 3000, "more_than", period=["2022-02-24", "2023-03-16"]),
            fig(DEST, 470, period=["2022-02-24", "2023-03-16"], cumulative=True),
        ],
        "'In total,' before a fronted period",
    ),
    (
        "Recovered from the scene were one AK-47 rifle, two pistols and a shotgun.",
        P,
        [
            fig(CAPT, 1, subject="AK-47 rifle"),
            fig(CAPT, 2, subject="pistols"),
            fig(CAPT, 1, subject="shotgun"),
        ],
        "an inverted list of equipment after an opening participle and its place",
    ),
    (
        "Items recovered include 2 gun trucks and 4 AK-47 rifles.",
        P,
        [fig(CAPT, 2, subject="gun trucks"), fig(CAPT, 4, subject="AK-47 rifles")],
        "an inverted list of equipment after a noun of things",
    ),
    (
        "Air defences shot down an Su-25 aircraft and two drones on Monday.",
        P,
        [
            fig(DEST, 1, subject="Su-25 aircraft", date="2023-03-13"),
            fig(DEST, 2, subject="drones", date="2023-03-13"),
        ],
        "'aircraft' after 'an' is one: a noun spelt alike in both numbers",
    ),
    (
        "A Leopard 2 tank was destroyed near the village.",
        P,
        [fig(DEST, 1, subject="Leopard 2 tank")],
        "an article before a model's name and number counts one, not the number",
    ),
    (
        "The militants torched 40 homes, 12 shops and two police vehicles.",
        P,
        [fig(DEST, 2, subject="police vehicles")],
        "counted members that are no figure ('40 homes') before a member the verb counts",
    ),
    (
        "Fighting destroyed 200 homes and 5,000 residents fled their villages.",
        P,
        [fig(DISP, 5000, subject="residents")],
        "a last member with a verb of its own after counted members is its own clause (guard)",
    ),
    (
        "The militants torched 40 homes and two policemen were wounded.",
        P,
        [fig(W, 2, subject="policemen")],
        "a member with a verb of its own after them is its own clause (guard)",
    ),
    (
        "Analysts confirmed the destruction of at least 40 tanks near the town.",
        P,
        [fig(DEST, 40, "at_least", subject="tanks")],
        "'the destruction of' equipment is equipment destroyed, as 'the deaths of' people are",
    ),
    (
        "Police announced the capture of 12 rifles and 3 trucks.",
        P,
        [fig(CAPT, 12, subject="rifles"), fig(CAPT, 3, subject="trucks")],
        "'the capture of' equipment is equipment captured",
    ),
    (
        "The army announced the capture of 30 militants.",
        P,
        [fig(D, 30, subject="militants")],
        "'the capture of' people is still their detention (guard)",
    ),
    (
        "Air defences shot down two Su-25 jets of the air force and 41 drones.",
        P,
        [fig(DEST, 2), fig(DEST, 41)],
        "a list member past a phrase hanging off the one before",
    ),
    (
        (
            "The army has destroyed 3,796 tanks (+4), 7,460 armored combat vehicles (+6) and"
            " 580 multiple rocket launchers."
        ),
        P,
        [
            fig(DEST, 3796, cumulative=True),
            fig(DEST, 4, cumulative=True),
            fig(DEST, 7460, cumulative=True),
            fig(DEST, 6, cumulative=True),
            fig(DEST, 580),
        ],
        "a change since the report before in brackets after a verb's list member is a figure",
    ),
    (
        "The jihadists looted 12 rifles and took away four pickup trucks.",
        P,
        [fig(CAPT, 12), fig(CAPT, 4)],
        "weapons and vehicles looted or taken away are seized",
    ),
    (
        "The gunmen seized two police pick-up trucks and set fire to two police armored vehicles.",
        P,
        [fig(CAPT, 2), fig(DEST, 2)],
        "a body's noun before a compound with a dash or an '-ed' adjective is a modifier",
    ),
    (
        (
            "Oryx has recorded at least 109 Russian tanks, armored vehicles and artillery pieces"
            " destroyed in the region since Sept. 6, and 229 more captured."
        ),
        P,
        [fig(DEST, 109, "at_least"), fig(CAPT, 229)],
        "bare nouns of two words listed under one count; 'N more' past the setting before it",
    ),
    (
        "Its forces had shot down a federal air force MiG-23 fighter jet over the region.",
        P,
        [fig(DEST, 1, subject="federal air force MiG-23 fighter jet")],
        "a model's number after its dash inside a compound",
    ),
    (
        "Troops seized 40 rifles in the raid on Tuesday and 12 more were arrested.",
        P,
        [fig(CAPT, 40), fig(D, 12)],
        "(guard, after a review) 'N more' with a verb of its own past a setting is people",
    ),
    (
        "Ukrainian forces eliminated 12 tanks; police eliminated three suspects from the inquiry.",
        P,
        [fig(DEST, 12)],
        "equipment 'eliminated' is destroyed; people eliminated are not killed",
    ),
    (
        (
            "The troops had seized a Russian-made Pantsir S1 air defense system mounted on a"
            " truck, eight armored vehicles and large quantities of ammunition."
        ),
        P,
        [fig(CAPT, 1), fig(CAPT, 8)],
        "an active verb's list goes on past a participle's phrase on its first member",
    ),
    (
        "Police arrested a man armed with an axe and two knives.",
        P,
        [fig(D, 1)],
        "(guard) the phrase's own list is no further member of another kind",
    ),
    (
        (
            "Activists documented the seizure by the factions of at least 48 tanks. The army"
            " announced the killing by its troops of 12 militants."
        ),
        P,
        [fig(CAPT, 48, "at_least"), fig(K, 12)],
        "an act told as a noun, its doer by 'by' between it and 'of' its objects",
    ),
    (
        "Gunmen took away five farmers; rioters looted 40 shops.",
        P,
        [fig(D, 5)],
        "(guard) people taken away are abducted, and shops looted no equipment",
    ),
    (
        (
            "Looters stole 12 rifles from the armoury. Around 70 rifles had been snatched from"
            " a police station in Kulgam."
        ),
        P,
        [fig(CAPT, 12, subject="rifles"), fig(CAPT, 70, "about")],
        "things stolen or snatched are taken, as looted ones are (session 57)",
    ),
    (
        "Troops seized 12 tanks and six rocket launchers abandoned by fleeing army units.",
        P,
        [fig(CAPT, 12, subject="tanks"), fig(CAPT, 6, subject="rocket launchers")],
        "a participle and its doer after a further object tell its past, not its state (s. 57)",
    ),
    (
        (
            "Russia had lost about 5,840 personnel since the invasion began on Feb. 24, along"
            " with 30 aircraft and 211 tanks."
        ),
        P,
        [
            fig(CAS, 5_840, "about", subject="personnel"),
            fig(DEST, 30, subject="aircraft"),
            fig(DEST, 211, subject="tanks"),
        ],
        "a month's full stop in the time phrase does not end the list (session 57)",
    ),
    (
        "Ukraine's own losses stand at 1,771 pieces of equipment, including 314 tanks.",
        P,
        [fig(DEST, 1_771), fig(DEST, 314, part=True, subject="tanks")],
        "losses that stand at a count of things are things destroyed (session 57)",
    ),
    (
        (
            "Infantry fighting vehicles make up the next-largest category at 1,200 units"
            " (destroyed: 673, captured: 409)."
        ),
        P,
        [fig(DEST, 673), fig(CAPT, 409)],
        "states in brackets after a count break it down with no 'of which' (session 57)",
    ),
    (
        (
            "Among the equipment captured at the airfield were 11 ground-attack aircraft and two"
            " howitzers."
        ),
        P,
        [fig(CAPT, 11), fig(CAPT, 2, subject="howitzers")],
        "an inverted list of things taken, past the place of the taking (session 57)",
    ),
    (
        (
            "He said 122 guns had been destroyed, bringing the total to more than 1,700 tanks and"
            " some 1,400 artillery pieces."
        ),
        P,
        [fig(DEST, 122), fig(DEST, 1_700, "more_than"), fig(DEST, 1_400, "about")],
        "a total of things goes on with the total of other things (session 57)",
    ),
    (
        (
            "Ukraine's army destroyed nine Russian tanks on Thursday. The General Staff's running"
            " tally also lists 7,276 armored combat vehicles and 3,127 artillery systems."
        ),
        P,
        [fig(DEST, 9), fig(DEST, 7_276), fig(DEST, 3_127)],
        "a tracker's tally lists things as the story counted them before (session 57)",
    ),
    (
        (
            "Ukraine's army destroyed nine Russian tanks on Thursday. The delivery list includes"
            " 40 trucks of food."
        ),
        P,
        [fig(DEST, 9)],
        "(guard) a list by its use, not its owner, lists no losses (session 57)",
    ),
    (
        "A missile struck the tank, wounding its crew of four.",
        P,
        [fig(W, 4)],
        "a crew of four counts four people, as a family of four does (session 57)",
    ),
]

EXAMPLES_MEASURES: list[Row] = [
    (
        (
            "Three staff members of the relief agency Mercy Relief International were "
            "killed on the road."
        ),
        P,
        [fig(K, 3)],
        "what members are members of has words of its own past the group's limit",
    ),
    (
        "A 30-year-old man was shot dead a few metres from his home.",
        P,
        [fig(K, 1)],
        "a distance after a verb of harm counts no one",
    ),
    (
        "He died of a gunshot wound at about 4 a.m. on Sunday.",
        P,
        [fig(K, 1)],
        "a clock time written with dots is no count",
    ),
    (
        "Infantry fighting vehicles: 3,012 destroyed, 702 captured. Helicopters: 112 destroyed.",
        P,
        [
            fig(DEST, 3012, subject="Infantry fighting vehicles"),
            fig(CAPT, 702, subject="Infantry fighting vehicles"),
            fig(DEST, 112, subject="Helicopters"),
        ],
        "a tracker's line: the label of equipment counts the numbers after its colon",
    ),
    (
        "Protesters: 12 detained. Casualties: 5 killed, 9 wounded.",
        P,
        [fig(D, 12), fig(K, 5), fig(W, 9)],
        "(guard) a label of people keeps its people",
    ),
]

#: Rows the equipment rules must leave to the others (a review's findings).
EXAMPLES_NOT_EQUIPMENT: list[Row] = [
    (
        "The strike destroyed homes and two children were killed.",
        P,
        [fig(K, 2)],
        "a count with a verb of its own after 'and' is no further object of the verb before",
    ),
    (
        "Troops killed three M23 fighters.",
        P,
        [fig(K, 3)],
        "fighters after a group's code are people",
    ),
]

#: Rows that must yield no figure.
EXAMPLES_AS_WRITTEN_NO_FIGURE: list[Row] = [
    (
        "The alliance said it had captured 135 military junta positions in the north.",
        P,
        [],
        "a force's noun before more words and a plural of places is no group of people",
    ),
    (
        "On D-Day, some 156,000 Allied troops crossed the English Channel.",
        P,
        [],
        "troops crossing a sea are no refugees",
    ),
    (
        "Gunmen shot a man in the back of the head outside his home.",
        P,
        [],
        "'the back of' the head is no part one lives with",
    ),
    (
        "The coastguard intercepted two boats carrying migrants.",
        P,
        [],
        "boats intercepted are stopped",
    ),
    (
        "Fighter jets intercepted three Russian bombers near the border.",
        P,
        [],
        "aircraft intercepted are escorted away, not destroyed",
    ),
    (
        "The brigade's inventory is as follows:\n\ntanks: 40\ntrucks: 12",
        P,
        [],
        "lines after an opening that tells no losses are no ledger",
    ),
    ("Customs seized four kilos of cocaine at the airport.", P, [], "a measure is no count"),
    (
        "The driver lost control and the truck overturned.",
        P,
        [],
        "a noun before 'and' is no list of a verb's objects when a one-item count follows",
    ),
]
