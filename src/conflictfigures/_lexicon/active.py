"""
The active trigger words and phrases, the verbs whose object is the counted
group ("killing four insurgents", "shot down two drones"), with the
categories they give people and equipment.
"""

from __future__ import annotations

from conflictfigures._lexicon.verbs import INTERCEPT_VERBS, Phrase
from conflictfigures.models import Category

#: Verbs that kill with "to death" before their object or after it, in every form.
TO_DEATH_VERBS = """
    burned burning burnt stabbed stabbing hacked hacking beat beating beaten
    bludgeoned bludgeoning stoned stoning clubbed clubbing shot shooting
    """.split()


#: Words before the counted group (active voice): word -> categories.
ACTIVE_TRIGGERS: dict[str, tuple[Category | None, Category | None]] = {
    # a collapse that holds people ("The collapse trapped 17 artisanal miners")
    "trapped": (Category.MISSING, None),
    "trapping": (Category.MISSING, None),
    # the dead laid to rest ("they helped bury more than 100 people"; not
    # "buried" or "burying", which a landslide does to the living too)
    "bury": (Category.KILLED, None),
    "kill": (Category.KILLED, None),
    "kills": (Category.KILLED, None),
    "killed": (Category.KILLED, None),
    "killing": (Category.KILLED, None),
    "martyring": (Category.KILLED, None),
    "executed": (Category.KILLED, None),
    "executing": (Category.KILLED, None),
    "murdered": (Category.KILLED, None),
    "murdering": (Category.KILLED, None),
    "assassinated": (Category.KILLED, None),
    "murders": (Category.KILLED, None),
    "assassinating": (Category.KILLED, None),
    "liquidated": (Category.KILLED, None),  # "the troops liquidated six attackers"
    "executes": (Category.KILLED, None),
    "behead": (Category.KILLED, None),
    "beheads": (Category.KILLED, None),
    "beheaded": (Category.KILLED, None),
    "beheading": (Category.KILLED, None),
    "decapitated": (Category.KILLED, None),
    "decapitating": (Category.KILLED, None),
    "strangled": (Category.KILLED, None),
    "strangling": (Category.KILLED, None),
    "smothered": (Category.KILLED, None),
    "hanged": (Category.KILLED, None),
    "lynch": (Category.KILLED, None),
    "lynches": (Category.KILLED, None),
    "lynched": (Category.KILLED, None),
    "lynching": (Category.KILLED, None),
    "slaughtered": (Category.KILLED, None),
    "slaughtering": (Category.KILLED, None),
    "massacred": (Category.KILLED, None),
    "massacring": (Category.KILLED, None),
    "drowning": (Category.KILLED, None),
    "wound": (Category.WOUNDED, None),
    "wounds": (Category.WOUNDED, None),
    "stabbed": (Category.WOUNDED, None),  # "stabbed two people at a mall"
    "wounded": (Category.WOUNDED, None),
    "wounding": (Category.WOUNDED, None),
    "injure": (Category.WOUNDED, None),
    "injures": (Category.WOUNDED, None),
    "injured": (Category.WOUNDED, None),
    "injuring": (Category.WOUNDED, None),
    "detain": (Category.DETAINED, None),
    "detains": (Category.DETAINED, None),
    "detained": (Category.DETAINED, None),
    "detaining": (Category.DETAINED, None),
    "arrest": (Category.DETAINED, None),
    "arrests": (Category.DETAINED, None),
    "arrested": (Category.DETAINED, None),
    "arresting": (Category.DETAINED, None),
    "abducted": (Category.DETAINED, None),
    "abducting": (Category.DETAINED, None),
    "kidnapped": (Category.DETAINED, None),
    "kidnapping": (Category.DETAINED, None),
    "apprehended": (Category.DETAINED, None),
    "apprehending": (Category.DETAINED, None),
    "jailed": (Category.DETAINED, None),
    "jails": (Category.DETAINED, None),  # "Pakistan jails 12 militants"
    "jailing": (Category.DETAINED, None),
    "imprisoned": (Category.DETAINED, None),
    "imprisoning": (Category.DETAINED, None),
    "capture": (Category.DETAINED, Category.EQUIPMENT_CAPTURED),
    "captures": (Category.DETAINED, Category.EQUIPMENT_CAPTURED),
    "captured": (Category.DETAINED, Category.EQUIPMENT_CAPTURED),
    "recaptured": (Category.DETAINED, None),
    "rearrested": (Category.DETAINED, None),
    "rearresting": (Category.DETAINED, None),
    "capturing": (Category.DETAINED, Category.EQUIPMENT_CAPTURED),
    "seize": (Category.DETAINED, Category.EQUIPMENT_CAPTURED),
    "seizes": (Category.DETAINED, Category.EQUIPMENT_CAPTURED),
    "seized": (Category.DETAINED, Category.EQUIPMENT_CAPTURED),
    "seizing": (Category.DETAINED, Category.EQUIPMENT_CAPTURED),
    "confiscated": (None, Category.EQUIPMENT_CAPTURED),
    # what fighters carry off in a raid ("looted 12 rifles and two trucks")
    "looted": (None, Category.EQUIPMENT_CAPTURED),
    "looting": (None, Category.EQUIPMENT_CAPTURED),
    # and what they steal ("stole 12 rifles"; "around 70 rifles had been
    # snatched"), or whom they snatch ("snatched 20 students": kidnapped)
    "stole": (None, Category.EQUIPMENT_CAPTURED),
    "stealing": (None, Category.EQUIPMENT_CAPTURED),
    "snatched": (Category.DETAINED, Category.EQUIPMENT_CAPTURED),
    "snatching": (Category.DETAINED, Category.EQUIPMENT_CAPTURED),
    "confiscating": (None, Category.EQUIPMENT_CAPTURED),
    "impounded": (None, Category.EQUIPMENT_CAPTURED),
    "recovered": (None, Category.EQUIPMENT_CAPTURED),
    "recovering": (None, Category.EQUIPMENT_CAPTURED),
    "displaced": (Category.DISPLACED, None),
    "displacing": (Category.DISPLACED, None),
    "uprooted": (Category.DISPLACED, None),
    "uprooting": (Category.DISPLACED, None),
    "displace": (Category.DISPLACED, None),
    "displaces": (Category.DISPLACED, None),  # a headline's present
    "uproots": (Category.DISPLACED, None),
    "evacuated": (Category.DISPLACED, None),
    "evacuating": (Category.DISPLACED, None),
    "disabled": (None, Category.EQUIPMENT_DAMAGED),
    "disabling": (None, Category.EQUIPMENT_DAMAGED),
    "destroy": (None, Category.EQUIPMENT_DESTROYED),
    "destroys": (None, Category.EQUIPMENT_DESTROYED),
    "destroyed": (None, Category.EQUIPMENT_DESTROYED),
    "destroying": (None, Category.EQUIPMENT_DESTROYED),
    "downed": (None, Category.EQUIPMENT_DESTROYED),
    "downs": (None, Category.EQUIPMENT_DESTROYED),  # "Ukraine downs 35 Russian drones"
    "downing": (None, Category.EQUIPMENT_DESTROYED),
    **dict.fromkeys(sorted(INTERCEPT_VERBS), (None, Category.EQUIPMENT_DESTROYED)),
    "damaged": (None, Category.EQUIPMENT_DAMAGED),
    "damaging": (None, Category.EQUIPMENT_DAMAGED),
    # equipment only: "burned 12 trucks" (people are "burned alive", "to death")
    "burned": (None, Category.EQUIPMENT_DESTROYED),
    "burnt": (None, Category.EQUIPMENT_DESTROYED),
    "burning": (None, Category.EQUIPMENT_DESTROYED),
    "torched": (None, Category.EQUIPMENT_DESTROYED),
    "torching": (None, Category.EQUIPMENT_DESTROYED),
    "sank": (None, Category.EQUIPMENT_DESTROYED),
    "sinking": (None, Category.EQUIPMENT_DESTROYED),
    "wrecked": (None, Category.EQUIPMENT_DESTROYED),
    # equipment only, as loss reports write it ("eliminated 12 tanks"); people
    # are not ("eliminated three suspects from the inquiry")
    "eliminated": (None, Category.EQUIPMENT_DESTROYED),
    "eliminating": (None, Category.EQUIPMENT_DESTROYED),
    # (likewise, as armies write it: "neutralised three drones"; of armed
    # men, killed: see ARMED_KILL_VERBS)
    "neutralised": (None, Category.EQUIPMENT_DESTROYED),
    "neutralized": (None, Category.EQUIPMENT_DESTROYED),
    "neutralising": (None, Category.EQUIPMENT_DESTROYED),
    "neutralizing": (None, Category.EQUIPMENT_DESTROYED),
    "abandoned": (None, Category.EQUIPMENT_ABANDONED),
    "abandoning": (None, Category.EQUIPMENT_ABANDONED),
    "commandeered": (None, Category.EQUIPMENT_CAPTURED),
    "commandeering": (None, Category.EQUIPMENT_CAPTURED),
    "hijacked": (None, Category.EQUIPMENT_CAPTURED),
    "hijacking": (None, Category.EQUIPMENT_CAPTURED),
    "lost": (Category.KILLED, Category.EQUIPMENT_DESTROYED),
    "lose": (Category.KILLED, Category.EQUIPMENT_DESTROYED),
    "loses": (Category.KILLED, Category.EQUIPMENT_DESTROYED),
    "losing": (Category.KILLED, Category.EQUIPMENT_DESTROYED),
    "hosts": (Category.REFUGEES, None),
    "host": (Category.REFUGEES, None),
    "hosting": (Category.REFUGEES, None),
    "hosted": (Category.REFUGEES, None),
    "sheltering": (Category.REFUGEES, None),
    "shelters": (Category.REFUGEES, None),
    "shelter": (Category.DISPLACED, None),  # "sites now shelter 180,000 people"
    # those cared for are the hurt ("its crews treated 14 people")
    "treated": (Category.WOUNDED, None),
}


def _present_tense(
    bases: dict[str, tuple[Category | None, Category | None]],
) -> dict[str, tuple[Category | None, Category | None]]:
    """
    The present tense of verbs whose past and participle the tables give, as
    headlines and incident lists write it ("Gunmen abduct 20 students", "Man
    stabs four at a mall"): each base form and its third person.
    """
    forms: dict[str, tuple[Category | None, Category | None]] = {}
    for base, categories in bases.items():
        third = base + ("es" if base.endswith(("s", "sh", "ch", "x", "z", "o")) else "s")
        forms[base] = forms[third] = categories
    return forms


# a headline's "Man stabs four" (the bare "stab" is left out: its stem would
# pass every "stable" and "establish" through the anchor screen)
ACTIVE_TRIGGERS.setdefault("stabs", (Category.WOUNDED, None))


for _form, _categories in _present_tense(
    {
        "abduct": (Category.DETAINED, None),
        "kidnap": (Category.DETAINED, None),
        "apprehend": (Category.DETAINED, None),
        "imprison": (Category.DETAINED, None),
        "recapture": (Category.DETAINED, None),
        "assassinate": (Category.KILLED, None),
        "liquidate": (Category.KILLED, None),
        "strangle": (Category.KILLED, None),
        "execute": (Category.KILLED, None),
        "evacuate": (Category.DISPLACED, None),
        "torch": (None, Category.EQUIPMENT_DESTROYED),
        "hijack": (None, Category.EQUIPMENT_CAPTURED),
        "snatch": (Category.DETAINED, Category.EQUIPMENT_CAPTURED),
        "commandeer": (None, Category.EQUIPMENT_CAPTURED),
        "confiscate": (None, Category.EQUIPMENT_CAPTURED),
        "impound": (None, Category.EQUIPMENT_CAPTURED),
        "disable": (None, Category.EQUIPMENT_DAMAGED),
        "abandon": (None, Category.EQUIPMENT_ABANDONED),
    }
).items():
    ACTIVE_TRIGGERS.setdefault(_form, _categories)

#: Multi-word active triggers ("shot down two drones").
ACTIVE_PHRASES: tuple[Phrase, ...] = (
    # people burned and told how badly live ("killing 31 people and badly
    # burning 58 others"); a bare "burned" is equipment's
    *(
        ((how, verb), Category.WOUNDED, None)
        for how in ("badly", "severely", "seriously", "critically")
        for verb in ("burned", "burning", "burnt")
    ),
    (("shot", "down"), None, Category.EQUIPMENT_DESTROYED),
    (("shooting", "down"), None, Category.EQUIPMENT_DESTROYED),
    *(((verb, "down"), None, Category.EQUIPMENT_DESTROYED) for verb in ("brought", "bringing")),
    (("blew", "up"), None, Category.EQUIPMENT_DESTROYED),
    # "had knocked out 450 armoured vehicles" (equipment only: a boxer is knocked out)
    *(((verb, "out"), None, Category.EQUIPMENT_DESTROYED) for verb in ("knocked", "knocking")),
    # "put out of action 2 Buk launchers", as Ukrainian and Russian briefings
    # translate it: disabled, as "disabled" is (destroyed is told apart)
    *(
        ((verb, "out", "of", "action"), None, Category.EQUIPMENT_DAMAGED)
        for verb in ("put", "putting")
    ),
    (("sent", "to", "hell"), Category.KILLED, None),  # "sent to hell five of the attackers"
    # "the strike wiped out two air defence systems", "wiping out a family of five"
    *(
        ((verb, "out"), Category.KILLED, Category.EQUIPMENT_DESTROYED)
        for verb in ("wiped", "wiping")
    ),
    (("blowing", "up"), None, Category.EQUIPMENT_DESTROYED),
    (("set", "fire", "to"), None, Category.EQUIPMENT_DESTROYED),
    (("setting", "fire", "to"), None, Category.EQUIPMENT_DESTROYED),
    # "set ablaze two trucks" (and after its object: clauses.RESULT_WORDS)
    *(((verb, "ablaze"), None, Category.EQUIPMENT_DESTROYED) for verb in ("set", "setting")),
    (("shot", "dead"), Category.KILLED, None),
    (("shooting", "dead"), Category.KILLED, None),
    # "gunmen took away five farmers"; "took away four pickup trucks": seized
    (("took", "away"), Category.DETAINED, Category.EQUIPMENT_CAPTURED),
    # "The attackers also carted off 13 women and children": abducted; "carted
    # away three gun trucks": seized ("drove off with" is left out: "drove
    # off with 40 children to safety"; and "made off with": "made" is too
    # common a word for the screen of anchor words)
    *(
        ((carted, away), Category.DETAINED, Category.EQUIPMENT_CAPTURED)
        for carted in ("carted", "carting")
        for away in ("off", "away")
    ),
    # rescuers "searching for 30 others": missing (never the suspects sought)
    (("searching", "for"), Category.MISSING, None),
    (("fatally", "shot"), Category.KILLED, None),
    (("fatally", "shooting"), Category.KILLED, None),
    (("fatally", "stabbed"), Category.KILLED, None),
    (("fatally", "stabbing"), Category.KILLED, None),
    (("fatally", "wounded"), Category.KILLED, None),
    (("fatally", "wounding"), Category.KILLED, None),
    (("mortally", "wounded"), Category.KILLED, None),
    (("mortally", "wounding"), Category.KILLED, None),
    (("shoot", "dead"), Category.KILLED, None),
    (("shoots", "dead"), Category.KILLED, None),
    (("gunned", "down"), Category.KILLED, None),
    (("gunning", "down"), Category.KILLED, None),
    (("burned", "alive"), Category.KILLED, None),
    (("burnt", "alive"), Category.KILLED, None),
    (("burning", "alive"), Category.KILLED, None),
    # "hacking to death 14 civilians", "beat to death two men"
    *(((verb, "to", "death"), Category.KILLED, None) for verb in TO_DEATH_VERBS),
    (("took", "prisoner"), Category.DETAINED, None),
    (("rounded", "up"), Category.DETAINED, None),
    (("rounding", "up"), Category.DETAINED, None),
    (("lightning", "struck"), Category.WOUNDED, None),
    (("claimed", "the", "lives", "of"), Category.KILLED, None),
    (("claiming", "the", "lives", "of"), Category.KILLED, None),
    (("took", "the", "lives", "of"), Category.KILLED, None),
    (("taking", "the", "lives", "of"), Category.KILLED, None),
    (
        ("cost", "the", "lives", "of"),
        Category.KILLED,
        None,
    ),  # "had cost the lives of 192 servicemen"
    (("costing", "the", "lives", "of"), Category.KILLED, None),
    (("the", "deaths", "of"), Category.KILLED, None),
    (("the", "bodies", "of"), Category.KILLED, None),
    (("the", "body", "of"), Category.KILLED, None),
    (("bodies", "of"), Category.KILLED, None),  # "Bodies of 12 men were found"
    (("corpses", "of"), Category.KILLED, None),
    (("remains", "of"), Category.KILLED, None),  # "a mass grave with the remains of 23 people"
    # "The severed head of Canadian John Ridsdel was found"
    (("severed", "head", "of"), Category.KILLED, None),
    (("severed", "heads", "of"), Category.KILLED, None),
    (("the", "beheading", "of"), Category.KILLED, None),
    # the dead laid to rest ("the funeral of a soldier"; "buried" is not
    # enough: an avalanche buries the living, and old graves hold soldiers)
    (("funerals", "of"), Category.KILLED, None),
    (("funeral", "of"), Category.KILLED, None),
    (("beheading", "of"), Category.KILLED, None),
    (("the", "execution", "of"), Category.KILLED, None),
    (("the", "executions", "of"), Category.KILLED, None),
    # "the summary execution of at least five men", "extrajudicial executions
    # of 12" (a bare "execution of" may be a budget's or one to come)
    *(
        ((kind, execution, "of"), Category.KILLED, None)
        for kind in ("summary", "extrajudicial", "mass")
        for execution in ("execution", "executions")
    ),
    (("the", "murder", "of"), Category.KILLED, None),
    (("the", "murders", "of"), Category.KILLED, None),
    # "The massacre of 34 villagers", "the abduction of 20 students": a
    # nominal act names what befell the people after "of"
    (("massacre", "of"), Category.KILLED, None),
    (("slaughter", "of"), Category.KILLED, None),
    (("the", "killings", "of"), Category.KILLED, None),
    (("the", "abduction", "of"), Category.DETAINED, None),
    (("the", "kidnapping", "of"), Category.DETAINED, None),
    (("the", "abductions", "of"), Category.DETAINED, None),
    (("the", "kidnappings", "of"), Category.DETAINED, None),
    (("the", "detention", "of"), Category.DETAINED, None),
    (("the", "disappearance", "of"), Category.MISSING, None),
    (("the", "throats", "of"), Category.KILLED, None),
    (("the", "loss", "of"), Category.KILLED, Category.EQUIPMENT_DESTROYED),
    # "the enemy's losses amounted to 1,050 personnel, eight tanks ...": the
    # people are casualties (killed and wounded), as loss reports count them
    *(
        (("losses", *verb), Category.CASUALTIES, Category.EQUIPMENT_DESTROYED)
        for verb in (
            ("amounted", "to"),
            ("amount", "to"),
            ("included",),
            ("include",),
            ("totalled",),
            ("totaled",),
            ("reached",),
            ("stood", "at"),
            # (today's: "Ukraine's own losses ... stand at 1,771 pieces of equipment")
            ("stand", "at"),
            ("stands", "at"),
            ("total",),
            ("number",),
            ("reach",),
            ("were",),
            ("are",),
        )
    ),
    (("the", "losses", "of"), Category.KILLED, Category.EQUIPMENT_DESTROYED),
    # "inflicting losses of up to 310 servicemen", "suffered losses of 1,200
    # personnel": casualties, as loss reports count them
    (("losses", "of"), Category.CASUALTIES, Category.EQUIPMENT_DESTROYED),
    (("the", "death", "of"), Category.KILLED, None),
    (("the", "killing", "of"), Category.KILLED, None),
    (("the", "martyrdom", "of"), Category.KILLED, None),  # "resulting in the martyrdom of"
    (("the", "arrest", "of"), Category.DETAINED, None),
    (("the", "injury", "of"), Category.WOUNDED, None),
    (("injuries", "to"), Category.WOUNDED, None),
    (("injury", "to"), Category.WOUNDED, None),
    (("the", "injuries", "of"), Category.WOUNDED, None),
    (("the", "wounding", "of"), Category.WOUNDED, None),
    (("the", "detention", "of"), Category.DETAINED, None),
    (("the", "displacement", "of"), Category.DISPLACED, None),
    (("the", "evacuation", "of"), Category.DISPLACED, None),
    (("the", "capture", "of"), Category.DETAINED, Category.EQUIPMENT_CAPTURED),
    # "confirmed the destruction of at least 364 armoured vehicles", "the
    # downing of two drones", "the seizure of 40 rifles"
    (("the", "destruction", "of"), None, Category.EQUIPMENT_DESTROYED),
    (("the", "downing", "of"), None, Category.EQUIPMENT_DESTROYED),
    (("the", "seizure", "of"), None, Category.EQUIPMENT_CAPTURED),
    (("led", "to", "the", "capture", "of"), Category.DETAINED, None),
    *(
        ((verb, noun, "of"), None, Category.EQUIPMENT_CAPTURED)
        for verb in ("took", "taken", "taking", "take", "seized", "seizing", "gained")
        for noun in ("control", "possession")
    ),
    (("resulted", "in", "the", "death", "of"), Category.KILLED, None),
    (("granted", "asylum", "to"), Category.REFUGEES, None),
    (("granted", "refugee", "status", "to"), Category.REFUGEES, None),
    (("granted", "temporary", "protection", "to"), Category.REFUGEES, None),
    (("granted", "protection", "to"), Category.REFUGEES, None),  # "granted protection to 1 million"
    (("given", "temporary", "protection", "to"), Category.REFUGEES, None),
)

#: Verbs of removing that armies, ministries and their briefings use of the
#: armed men they kill ("have neutralised 23 Boko Haram terrorists",
#: "eliminating up to 150 servicemen", "20 militants were eliminated"):
#: killed when the group is of armed men (``ARMED_WORDS``), equipment
#: destroyed when it is of things, nothing else ("eliminated three suspects
#: from the inquiry").
ARMED_KILL_VERBS = frozenset(
    "eliminated eliminating neutralised neutralized neutralising neutralizing".split()
)
