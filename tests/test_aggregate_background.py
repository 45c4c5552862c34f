"""Tallies of a story's incident beside counts of other times: earlier events, since-clauses."""

from __future__ import annotations

import datetime as dt

import pytest

from conflictfigures import Category, extract, tally
from conflictfigures._aggregation.alone import long_totals_dropped

MON = dt.date(2024, 3, 25)
FRI = dt.date(2024, 8, 16)
WED = dt.date(2024, 3, 27)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            (
                "The mission said 24 civilians were killed in an air operation on Friday. It is "
                "verifying reports that as many as eight additional civilians may have died."
            ),
            24,
        ),
        (
            (
                "Eight people were shot dead at a gathering late on Saturday, the mayor's "
                "office said. Earlier in the week, five teenagers were found dead in a field "
                "outside the city."
            ),
            8,
        ),
        (
            (
                "A peacekeeper was killed on Saturday when his patrol came under fire. In the "
                "same area, armed men had abducted 11 miners earlier in the week; two of them "
                "have since been found dead."
            ),
            1,
        ),
        (
            (
                "3 killed in warehouse shooting\n\nA worker who had been fired earlier in the "
                "week returned to the warehouse on Wednesday and opened fire, killing three "
                "people and wounding two others before fatally shooting himself."
            ),
            3,
        ),
        (
            (
                "At least 10 people were killed in a police raid on Sunday. Elsewhere in the "
                "state, police have killed 16 people since an officer was shot dead on Thursday."
            ),
            16,
        ),
        (
            (
                "Nine people were killed late on Tuesday when gunmen attacked a village, police "
                "said. The latest violence takes the toll in the clashes that began on May 3 "
                "to more than 110."
            ),
            9,
        ),
        (
            (
                "A drone strike killed at least 26 people on Sunday. The UN said last week that "
                "at least 183 people had died in the region since July."
            ),
            26,
        ),
        (
            (
                "A wave of attacks across Iraq killed 93 people on Sunday in the country's "
                "bloodiest day since coordinated attacks in January 2011 left more than 130 dead."
            ),
            93,
        ),
        (
            (
                "Armed men killed more than 200 villagers in Bentalha on Tuesday, hospital "
                "workers said. The killings came less than a month after the massacre at Rais, "
                "where the authorities acknowledged 98 dead."
            ),
            200,
        ),
        (
            (
                "At least 120 people were killed in Sidi Hamed on Sunday, residents said. The "
                "massacre follows the carnage in the Relizane region in the first week of "
                "January, where the official toll of 78 dead was disputed."
            ),
            120,
        ),
        (
            (
                "At least 15 people were killed on Saturday when a suicide bomber blew himself "
                "up at the market, police said. The attack comes less than a month after the "
                "twin bombings of 15 June against the police academy, which killed 38 people."
            ),
            15,
        ),
        (
            (
                "Gunmen stormed a church in Owo on Sunday, where they killed at least 40 "
                "worshippers, days after threats against the parish."
            ),
            40,
        ),
        (
            (
                "Two more people died in hospital on Thursday, days after the stampede at the "
                "stadium, where 23 people were crushed to death."
            ),
            25,
        ),
        (
            (
                "Two of the wounded died overnight, a week after the bombing at the market, in "
                "which 31 people were killed."
            ),
            33,
        ),
        (
            (
                "Gunmen left more than 20 dead in the market on Thursday, a week after the "
                "bombing at the mosque, where 31 were killed."
            ),
            20,
        ),
        (
            (
                "Four more soldiers died on Thursday in a separate ambush, a month after the raid "
                "on the base, where 71 were killed."
            ),
            4,
        ),
        (
            "The deadliest attack since the war began killed 40 people on Sunday.",
            40,
        ),
        (
            (
                "The toll from the hurricane has risen to at least 232, making it the deadliest "
                "to strike the U.S. mainland since Katrina in 2005, which killed 1,800 people."
            ),
            232,
        ),
        (
            (
                "The death toll from the forest fires rose to 131 on Sunday. The fires are"
                " Chile's deadliest disaster since the February 2010 earthquake and tsunami,"
                " which killed 525 people."
            ),
            131,
        ),
        (
            (
                "The death toll from floods across the country has climbed to 1,061 since"
                " June 14, the authority said on Monday. It said 28 people lost their lives"
                " in the past 24 hours."
            ),
            1061,
        ),
        (
            (
                "The death toll from the floods has risen to 210, with 22 more people"
                " confirmed dead in the past 24 hours, the government said on Monday. A"
                " minister said 90 people were still missing, while 125 had been injured"
                " since the onset of the long rains in March."
            ),
            210,
        ),
        (
            (
                "At least 65 rebels were killed in 24 hours of clashes, military sources said"
                " on Monday. Hundreds of fighters have been killed since February."
            ),
            65,
        ),
        (
            (
                "The deadliest attack since the Taliban seized power killed at least 40 people"
                " on Sunday. In a separate attack, a bomb killed three people."
            ),
            43,
        ),
        (
            (
                "Police had earlier put the toll at 12, but said on Sunday that 20 people had"
                " been killed. Separately, two soldiers were killed."
            ),
            22,
        ),
        (
            (
                "A mob beat two suspected cattle rustlers to death on Saturday. Cattle theft"
                " has claimed hundreds of lives in recent years."
            ),
            2,
        ),
        (
            (
                "Gunmen killed four villagers on Sunday. Bandits killed 120 people in the"
                " area over the past few months."
            ),
            4,
        ),
        (
            (
                "Hundreds gathered for a vigil for the three girls, aged six, seven and nine,"
                " who were killed in a stabbing attack on Monday."
            ),
            3,
        ),
        (
            (
                "At least 52 people were hacked to death when raiders attacked a village on"
                " Wednesday. It was the deadliest outbreak of violence since the 2007-08"
                " post-election crisis, in which some 1,200 people died."
            ),
            52,
        ),
        (
            (
                "The government said 55 people died in a stampede on Sunday; activists said the"
                " toll was at least 300. The country has seen nearly a year of protests in which"
                " rights groups say more than 500 people have been killed by security forces."
            ),
            55,
        ),
        (
            (
                "At least 108 people were killed in the area on Friday, the rights office said,"
                " adding that fewer than 20 of the deaths could be attributed to tank fire."
            ),
            108,
        ),
        (
            (
                "The death toll from an air strike on a prison on Friday rose to at least 87 on"
                " Saturday, health authorities said, in one of the deadliest attacks of the"
                " seven-year war."
            ),
            87,
        ),
        (
            (
                "Shelling killed at least 17 civilians in the city on Friday, a lawyers' group"
                " said. The war between the army and the militia, now in its fifth month, has"
                " killed at least 3,900 people, according to a monitoring group."
            ),
            17,
        ),
        (
            (
                "Gunmen killed eleven passengers on Tuesday. Five days earlier, a bus hit a mine"
                " on the same road, killing four passengers."
            ),
            11,
        ),
    ],
    ids=[
        "what may have happened beside the story's own count",
        "earlier in the week, before",
        "earlier in the week, after",
        "earlier in the week inside a clause, the story's day after it",
        "the event a period runs from",
        "a toll since a day a clause names",
        "a statement's time before a period",
        "a relative clause of place after an earlier event the story came after",
        "a relative clause of place after an event the story follows",
        "a relative 'which' clause after an earlier event the story came after",
        "a relative clause of the story's own event keeps its count (guard)",
        "more deaths of the event a clause names add to its toll (guard, after a review)",
        "the wounded who died add to the toll of the event a clause names (guard, after a review)",
        "'more than' is no more deaths of the clause's event (guard, after a second review)",
        "deaths in a separate event add nothing to the clause's (guard, after a second review)",
        "the event a superlative compares the story with",
        "a superlative's since-time before the story's own count",
        "the event compared past an abbreviation, after 'making it the deadliest'",
        "the event compared, by its date, with a relative clause of its toll",
        "a count of the last day after a larger long total is its rise",
        "a day's rise told as more with its risen total",
        "a day's fighting before a vague war total is the incident",
        "a superlative opening the subject compares nothing away",
        "a statement given up stops at the source's next statement",
        "a vague span back ('in recent years') is a long total's",
        "'over the past few months' reaches back three months",
        "ages in words after 'aged' are no count; the relative clause after them is the group's",
        "the event compared, with a relative clause after a preposition ('in which')",
        "a span of events ('nearly a year of protests') counts back from the report",
        "'N of the deaths' after its whole in one sentence is a part",
        "the span a superlative compares with is no period ('of the seven-year war', guard)",
        "a war 'now in its fifth month' reaches four months back",
        "'five days earlier' opens an earlier incident",
    ],
)
def test_counts_of_other_times_are_background(text: str, expected: int) -> None:
    """
    Rules 0c and 0g: a count told of a time before the story's news ("earlier
    in the week"), the event a period runs from ("since an officer was shot
    dead"), and a toll whose period starts long before the incident (the day
    a clause says the clashes began; "since July" past a statement's "last
    week") are not counted beside the incident.
    """
    assert tally(extract(text, published=MON), incidents="all")[Category.KILLED].best == expected


@pytest.mark.parametrize(
    "text",
    [
        (
            "Police said 46 people were killed. The doctors said 101 people had died, a figure"
            " police later said was incorrect."
        ),
        (
            "Police said 46 people were killed. The figure of 101 dead announced by the doctors'"
            " committee was not accurate, the ministry said."
        ),
    ],
    ids=["a figure said to be incorrect", "'the figure of' a count said not to be accurate"],
)
def test_a_count_said_to_be_wrong_is_given_up(text: str) -> None:
    """Rule 0e: a count its sentence calls wrong is not counted beside the story's own."""
    assert tally(extract(text, published=MON))[Category.KILLED].best == 46


def test_a_days_crossings_leave_the_exodus_total_standing() -> None:
    """
    Rule 0g (session 48, after a review): crossings abroad on one day are
    inside the total of the exodus, never an incident it is the background of.
    """
    text = (
        "Some 2.5 million people have fled Ukraine since Russia invaded on Feb. 24. On Sunday,"
        " 82,000 people crossed into Poland."
    )
    assert tally(extract(text, published="2022-03-14"))[Category.REFUGEES].best == 2_500_000
    # (after a third review) within a year it still holds them; an old caseload does not
    later = text.replace("On Sunday, 82,000", "On Sunday, 24,000")
    assert tally(extract(later, published="2022-08-15"))[Category.REFUGEES].best == 2_500_000
    old = (
        "About 8,000 Rohingya crossed into Bangladesh on Sunday, border guards said."
        " Bangladesh has sheltered more than 700,000 Rohingya refugees since 2017."
    )
    assert tally(extract(old, published="2023-06-16"))[Category.REFUGEES].best == 8000
    host = (
        "On Monday, 5,000 Sudanese crossed into Chad, the UNHCR said. Chad already hosts more"
        " than 400,000 refugees."
    )
    assert tally(extract(host, published="2023-06-16"))[Category.REFUGEES].best == 5000


@pytest.mark.parametrize("harm", ["burned to death", "asphyxiated", "electrocuted"])
def test_later_counts_that_make_a_leads_part_are_in_it(harm: str) -> None:
    """
    Rules 0j and 2h: "killing 41 people, including 37 students ... 17
    students were burned to death ..., while 20 others were shot" tells the
    37 again, by how they died (a cause after "after" any word of harm sets
    nothing apart, however long the word).
    """
    text = (
        "Suspected rebels attacked a school late on Friday, killing 41 people, including 37 "
        "students, and abducting six others who were taken across the border, officials "
        f"said. Police said 17 students were {harm} after the militants set a "
        "dormitory on fire, while 20 others were shot or hacked to death."
    )
    assert tally(extract(text, published=MON))[Category.KILLED].best == 41


def test_a_count_its_source_first_gave_and_then_changed_is_given_up() -> None:
    """Rule 0e: "initially put the number of injured at 16, but updated the figure to 23"."""
    text = (
        "Twenty-three passengers were injured when a train derailed on Monday. A spokesman "
        "initially put the number of injured at 16, but updated the figure to 23 by midday "
        "after more passengers reported to area hospitals."
    )
    figures = extract(text, published=MON)
    assert tally(figures)[Category.WOUNDED].best == 23
    assert {f.claimed_by for f in figures if f.count.stated == 23} <= {None, "A spokesman"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            (
                "Local sources initially spoke of some 37 dead; on Saturday the UN mission said at"
                " least 42 people had been killed in and around the camp."
            ),
            42,
        ),
        (
            (
                "The chairman of the local government first spoke of 16 deaths but by Tuesday"
                " said 113 bodies had been recovered; the Plateau State government on Wednesday"
                " put the toll at 160 across both areas."
            ),
            160,
        ),
        (
            (
                "Gunmen killed 12 villagers on Monday. The first reported death was a farmer shot"
                " in his field."
            ),
            12,
        ),
        (
            (
                "The attack, first reported by Reuters, killed 12 soldiers in Homs.\nIn Hama, five"
                " soldiers were killed."
            ),
            17,
        ),
        (
            (
                "Gunmen raided the town on Sunday evening. The Red Cross initially put the toll at"
                " 48; five more bodies were found the following morning. The next night attackers"
                " killed at least 15 people in a nearby village."
            ),
            68,
        ),
        (
            (
                "The first reported case came in March, when 16 people were killed.\nAt least 23"
                " people were killed in a second attack in April."
            ),
            39,
        ),
        (
            (
                "Local sources initially spoke of 12 dead. Two more people died in hospital on"
                " Tuesday."
            ),
            14,
        ),
        (
            (
                "Militiamen attacked the site overnight, killing at least 60 people, according to a"
                " provisional toll given by the chiefdom administrator. Local civil society now"
                " speaks of 62 dead."
            ),
            62,
        ),
        (
            (
                "Two people were killed in the first attack, police said. Police later said four"
                " people were killed in a second attack."
            ),
            6,
        ),
        (
            (
                "Twelve soldiers were killed, the army said. Officials later said 20 civilians were"
                " also killed."
            ),
            32,
        ),
        (
            (
                "Four people were killed in an airstrike on Monday, the health ministry said. On"
                " Wednesday, another strike hit a market. The ministry later said nine people had"
                " been killed in Wednesday's strike."
            ),
            13,
        ),
        (
            (
                "A gunman killed nine people, and police initially said he had acted alone. Three"
                " other people were wounded."
            ),
            9,
        ),
    ],
    ids=[
        "initially spoke of",
        "first spoke of",
        "(guard) the first reported death",
        "(guard, after a review) first reported by, a scoop",
        "a deed told days apart replaces no first toll, every incident counted (session 55)",
        "(guard, after a review) the first reported case",
        "(guard, after a second review) more people told later replace no first count",
        "a rival that 'now speaks of' a count revises it (session 45)",
        "(guard) a later count of another incident gives none up",
        "(guard) a later count of other people gives none up",
        "(guard, after a third review) a later day's count told later gives none up",
        "(guard, after a third review) 'initially said' of something else gives no count up",
    ],
)
def test_a_count_first_spoken_of_is_given_up_beside_a_later_one(text: str, expected: int) -> None:
    """
    Rule 0e (session 45): "initially spoke of", "first spoke of" give a count
    up (every incident counted: another day's is no main incident, rule 0k).
    """
    assert tally(extract(text, published=MON), incidents="all")[Category.KILLED].best == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            (
                "Three soldiers were killed in the first blast. Two more died when a second "
                "device exploded. In total, five soldiers were killed, the army said."
            ),
            5,
        ),
        (
            (
                "Gunmen opened fire at a wedding late on Saturday. Nine people were dead on "
                "arrival at the district hospital, and 14 more died during treatment. Police "
                "said at least 35 were dead in total, including those found in the fields."
            ),
            35,
        ),
        (
            (
                "Two people were killed in the first attack. Another three were killed in a "
                "separate raid. In all, five people died in the two attacks."
            ),
            5,
        ),
    ],
)
def test_a_sum_takes_in_the_further_counts_before_it(text: str, expected: int) -> None:
    """
    Rule 2e: a count said to be the sum of those before it ("In total, ...",
    "... in total") takes in "Two more" and "14 more" as well as the first.
    """
    assert tally(extract(text, published=MON))[Category.KILLED].best == expected


def test_a_sum_smaller_than_its_parts_leaves_the_further_ones_apart() -> None:
    """Rule 2e: "In total, four" after 3 and two more holds no sum: 3 + 4 dropped to 4, and 2."""
    text = (
        "Three soldiers were killed in the first blast. Two more died when a second "
        "device exploded. In total, four soldiers were killed, the army said."
    )
    assert tally(extract(text, published=MON))[Category.KILLED].best == 6


@pytest.mark.parametrize(
    "text",
    [
        (
            "UNAMA has verified that 53 people were killed in the suicide attack on Friday. "
            "The de facto authorities earlier reported 25 deaths."
        ),
        (
            "At least 53 soldiers were killed when fighters stormed a checkpoint late on "
            "Friday, officials said. Earlier on Saturday, the Ministry of Defense had said "
            "nine soldiers were killed."
        ),
    ],
)
def test_a_count_given_earlier_yields_to_the_documents_own(text: str) -> None:
    """Rule 0e: a count its source gave earlier ("earlier reported", "Earlier ..., had said")."""
    assert tally(extract(text, published=MON))[Category.KILLED].best == 53


def test_a_headline_count_is_no_part_of_a_total_over_another_period() -> None:
    """Rule 0i: a body's total of last year holds no twin of the headline's count."""
    text = (
        "Mob burns two men to death in Puebla\n\n"
        "At least 20 people were lynched in the state last year, according to a study."
    )
    assert tally(extract(text, published=MON))[Category.KILLED].best == 2


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Three militants were killed in the raid. One soldier drowned.", 4),
        ("Nigerian troops killed 20 militants in a raid. One soldier was killed.", 21),
        ("Nine people were killed in the attack. Three soldiers were among the dead.", 9),
        ("Seven insurgents were killed in the raid. One Taliban commander died.", 7),
        (
            (
                "Pagers exploded across the country, killing at least 12 people. The group "
                "confirmed that at least eight of its fighters were killed."
            ),
            12,
        ),
    ],
)
def test_a_later_count_of_the_other_side_is_no_detail_of_the_lead(text: str, expected: int) -> None:
    """Rule 2d: a soldier after a lead of militants is another person; a commander is theirs."""
    assert tally(extract(text, published=MON))[Category.KILLED].best == expected


def test_a_seasons_total_is_the_background_of_its_incident() -> None:
    """Rule 0c/3: "this winter" opens long before the avalanche: the day's four are counted."""
    text = (
        "Four skiers died and a fifth is still missing after an avalanche swept down a "
        "slope above Zermatt on Sunday afternoon, police said on Monday. According to the "
        "Institute for Snow and Avalanche Research, 21 people have died in avalanches in "
        "Switzerland this winter."
    )
    assert tally(extract(text, published=MON))[Category.KILLED].best == 4


def test_an_event_named_by_a_past_year_is_background() -> None:
    """Rule 0c/3: "the 1918 Cloquet fire ... killed 453 people" is no part of today's toll."""
    text = (
        "The death toll from the wildfire rose to 80 on Friday night, county officials "
        "said. The deadliest wildfire on record, the 1918 Cloquet fire in Minnesota, "
        "killed 453 people."
    )
    assert tally(extract(text, published=MON))[Category.KILLED].best == 80


def test_a_count_in_a_clause_about_the_event_avenged_is_background() -> None:
    """
    Rule 0c: "retaliation for operations that killed 11 militants on Friday",
    told after the story's own count, is the avenged event's; told first (the
    news itself: "in retaliation for attacks that killed 12 soldiers") it is
    the count.
    """
    text = (
        "A bomb exploded in Marawi on Sunday, killing four people and wounding 50, police "
        "said. The military said the explosion may have been retaliation for operations "
        "that killed 11 militants on Friday."
    )
    assert tally(extract(text, published=MON))[Category.KILLED].best == 4
    first = (
        "The army struck 26 targets in retaliation for attacks that killed 12 soldiers over "
        "the past two days, the ministry said."
    )
    assert tally(extract(first, published=MON))[Category.KILLED].best == 12
    # the avenged killing right after "reprisal for"
    right_after = (
        "Three men were shot dead and one other man was injured when gunmen opened fire "
        "outside a shop on Friday night. Superintendent Howard Grant said the killings appear "
        "to be a reprisal for the murder of a man in the community last week."
    )
    assert tally(extract(right_after, published=MON))[Category.KILLED].best == 3
    # a noun of the revenge between, and the avenged group right after "the"
    # (session 52)
    attack_for = (
        "Two people were killed in the blast. Reports indicate it may have been a revenge "
        "attack for the eighty-five protesters crushed to death on Friday."
    )
    assert tally(extract(attack_for, published=MON))[Category.KILLED].best == 2
    # "reprisals after" a clause, the avenged count told first (session 53)
    after = (
        "Gunmen attacked two villages on Saturday in what the authorities described as "
        "reprisals after villagers had killed two fighters. Some 100 civilians were killed."
    )
    assert tally(extract(after, published=MON))[Category.KILLED].best == 100


def test_victims_a_second_source_listed_after_a_semicolon_are_its_rival_count() -> None:
    """Rival reports: "The army said 34 people died; survivors later listed 53 victims"."""
    text = (
        "Soldiers opened fire on the crowd. The army said 34 people died; survivors later "
        "listed 53 victims, including people who drowned while fleeing."
    )
    killed = tally(extract(text, published=MON))[Category.KILLED]
    assert (killed.low, killed.best, killed.high) == (34, 34, 53)


def test_the_count_of_a_retaliation_itself_is_the_story_s_own() -> None:
    """
    Rule 0c: "In retaliation for the attack the army ... killed 30 civilians"
    is the story's own, no background; of another day, it is another
    incident than the main one (rule 0k).
    """
    text = (
        "Militants killed 12 soldiers on Monday. In retaliation for the attack the army shelled "
        "the village on Tuesday and killed 30 civilians."
    )
    figures = extract(text, published=WED)
    assert tally(figures, incidents="all")[Category.KILLED].best == 42
    assert tally(figures)[Category.KILLED].best == 42  # (a day apart: still the lead's)
    later = extract(text.replace("on Tuesday", "on Thursday"), published=FRI)
    assert tally(later, incidents="all")[Category.KILLED].best == 42
    assert tally(later)[Category.KILLED].best == 12


def test_a_days_rise_beside_its_total_goes_when_nothing_dates_an_incident() -> None:
    """
    Rule 0g: a count of the last day after a larger running total is its
    rise, and goes even where the document tells no incident of its own.
    """
    text = (
        "The death toll from floods has climbed to 1,061 since June 14. Some 28 people lost "
        "their lives in the past 24 hours."
    )
    figures = extract(text, published=dt.date(2022, 8, 29))
    assert sorted(f.count.stated or 0 for f in figures) == [28, 1061]
    assert [f.count.stated for f in long_totals_dropped(figures)] == [1061]


@pytest.mark.parametrize(
    ("text", "category", "expected"),
    [
        (
            (
                "Two Soldiers Killed, Six ISIS Militants Killed in Response\n\nTwo soldiers were "
                "killed late on Thursday when militants attacked a checkpoint near Tikrit, the "
                "army said. Aircraft struck the attackers' hideout at dawn on Friday, killing six "
                "militants of the ISIS group."
            ),
            Category.KILLED,
            2,
        ),
        (
            (
                "Mill fire: death toll rises to 15\n\nThe death toll from Wednesday's fire at a "
                "textile mill in Narayanganj rose to 15 after two more workers died at the burns "
                "hospital yesterday.\n\nA doctor at the hospital said nine more victims were "
                "still being treated there.\n\nFirefighters recovered 13 bodies from the "
                "building on Wednesday and Thursday."
            ),
            Category.KILLED,
            15,
        ),
        (
            (
                "At least 11 villagers were killed when gunmen raided Kadi on Thursday, residents "
                "said. A nurse at the district clinic said it had received eight bodies. "
                "Relatives said they had buried the bodies of three other victims in the village."
            ),
            Category.KILLED,
            11,
        ),
        (
            (
                "Fighting between two militias in the province has killed 41 people since "
                "Tuesday, a monitoring group said on Friday. Some 90 others were wounded, the "
                "group said. The interior ministry gave a lower toll of more than 35 dead and "
                "nearly 80 wounded."
            ),
            Category.KILLED,
            41,
        ),
        (
            (
                "Fighting between two militias in the province has killed 41 people since "
                "Tuesday, a monitoring group said on Friday. Some 90 others were wounded, the "
                "group said. The interior ministry gave a lower toll of more than 35 dead and "
                "nearly 80 wounded."
            ),
            Category.WOUNDED,
            90,
        ),
        (
            (
                "A car bomb killed at least seven people outside a police station on Thursday, "
                "officials said. The militant group claimed responsibility, saying it had killed "
                "20 soldiers."
            ),
            Category.KILLED,
            7,
        ),
        (
            (
                "Fighting between the army and the RSF killed 50 civilians in Khartoum on "
                "Monday, medics said. The RSF said it had killed 100 army soldiers."
            ),
            Category.KILLED,
            150,
        ),
        (
            (
                "A minibus overturned on Thursday, killing 9 passengers, police said. Road "
                "crashes kill about 1,500 people in the country every year."
            ),
            Category.KILLED,
            9,
        ),
        (
            (
                "Gunmen killed 16 vigilantes in an ambush in Zamfara state on Thursday, a local "
                "official said. A resident, Musa Lawal, said the toll was higher, putting it at 21."
            ),
            Category.KILLED,
            16,
        ),
        (
            (
                "Two people were shot dead on Thursday as anti-government protests in Nakuru "
                "turned violent. A rights group said at least 11 people had been killed in "
                "protests across the country since Sunday."
            ),
            Category.KILLED,
            2,
        ),
        (
            (
                "Police shot dead 2 protesters in Khartoum on Thursday. Medics said 40 people "
                "were wounded in protests in the capital."
            ),
            Category.WOUNDED,
            40,
        ),
        (
            (
                "Police killed 2 protesters in Nairobi on Thursday during nationwide protests "
                "against the finance bill. In total, 23 people were killed in protests across "
                "the country on Thursday, Amnesty Kenya said."
            ),
            Category.KILLED,
            23,
        ),
    ],
    ids=[
        "a headline's count of a side is the twin of the body's count of none",
        "bodies recovered over the incident's days are in a risen toll",
        "parts that make an 'at least' count are its people",
        "a 'lower toll' rivals a toll over a few days",
        "the wounded of a 'lower toll' rival the wounded told before",
        "the attackers' own claim of their victims rivals the story's count",
        "(guard, after a second review) a side's kills of other people add",
        "a rate 'every year' is background",
        "a toll said to be higher rivals the count before it",
        "a toll of events across the country is no toll of the lead's",
        "(guard) the wounded of the lead's own protests stay",
        "(guard) a day's toll of nationwide protests after a lead that names them stays",
    ],
)
def test_counts_told_again_or_as_background_are_not_added(
    text: str, category: Category, expected: int
) -> None:
    """
    Rules 0i, 0j, 1b and 0g (session 32): a count that tells the story's
    people again, or a rate of other years, adds nobody.
    """
    assert tally(extract(text, published=FRI))[category].best == expected


@pytest.mark.parametrize(
    ("text", "low", "best"),
    [
        (
            (
                "Two Israeli soldiers killed in southern Gaza\n\nThe Israeli military said the "
                "soldiers died when an explosive device detonated near their vehicle in Rafah on "
                "Tuesday. The war has killed more than 48,000 people in Gaza since October 2023, "
                "according to the territory's health ministry."
            ),
            2,
            2,
        ),
        (
            (
                "Two Ukrainian soldiers killed in Russian shelling\n\nRussian shelling killed "
                "three civilians in the Kherson region on Thursday, the regional governor said."
            ),
            5,
            5,
        ),
        (
            (
                "Israeli strikes have killed 1,200 people in Lebanon since October, the health "
                "ministry said. The Israeli army, which gives a different figure, put the number "
                "of Hezbollah fighters killed on Thursday at 12."
            ),
            12,
            12,
        ),
        (
            (
                "Police said 12 people were killed in the bombing in Mogadishu on Thursday. "
                "Al-Shabaab claimed the attack and said two of its fighters had died."
            ),
            12,
            12,
        ),
        (
            (
                "The blast killed 6 people at a market in Peshawar on Thursday, police said. No "
                "group has claimed responsibility for the attack, or for a bombing at the same "
                "market on Monday that killed 4 people, local officials said."
            ),
            10,
            10,
        ),
        (
            (
                "The death toll from Monday's bus crash on the Karakoram Highway rose to 19 on "
                "Wednesday. Heavy snowfall has killed 7 people in avalanches since Tuesday, the "
                "disaster agency said."
            ),
            26,
            26,
        ),
        (
            (
                "At least 10 people were killed in Monday's attack on the market in Maiduguri, "
                "police said. On Wednesday, gunmen killed 6 villagers in Gwoza. Four other people "
                "were killed in Bama on Thursday."
            ),
            20,
            20,
        ),
        (
            (
                "A suicide bombing killed 25 people at a market in Kabul on Thursday, police said. "
                "It was the deadliest attack in the city since 2021, when a bombing at the airport "
                "killed 170 people, a much higher toll, according to US officials."
            ),
            25,
            25,
        ),
        (
            (
                "Police said 9 people were killed in Thursday's clashes in Tripoli. Rights groups "
                "say the toll is much higher, putting the number killed in clashes since 2023 at "
                "1,200."
            ),
            9,
            9,
        ),
    ],
    ids=[
        "(guard) a headline of a side is no twin of a war's total of none",
        "(guard) a headline's soldiers are no twin of the body's civilians",
        "(guard) a compared toll of a day rivals no months-long total",
        "(guard) the attackers' own dead are no rival of their victims",
        "(guard) no group claimed it: the earlier bombing is no claim's rival count",
        "(guard) deaths of a cause of their own over a risen toll's days are more",
        "(guard) counts of other days and places are no parts of an 'at least' count",
        "(guard) 'a much higher toll' after a count is no comparison of a count",
        "(guard) a toll said to be higher over a war's months rivals no incident's count",
    ],
)
def test_counts_of_other_people_stay_apart(text: str, low: int, best: int) -> None:
    """
    Session 32's review: the rules that join or drop counts keep other people
    apart (every incident counted: other days' are no main incident, rule 0k).
    """
    est = tally(extract(text, published=FRI), incidents="all")[Category.KILLED]
    assert (est.low, est.best) == (low, best)


def test_a_vague_stock_is_no_incident_a_stock_over_a_period_is_background_of() -> None:
    """
    Rule 0g: an undated vague stock ("Thousands fled to Chad") is no count of
    the story's day that a stock told over a longer period is the background
    of; the stated stock is the tally's ("Some 600,000 people have arrived in
    Chad since April"), where the vague one alone had been taken.
    """
    text = "Thousands fled to Chad. Some 600,000 people have arrived in Chad since April."
    estimate = tally(extract(text, published=dt.date(2023, 12, 1)))[Category.REFUGEES]
    assert estimate.best == 600_000


def test_a_count_set_beside_as_a_multiple_is_given_up_and_only_it() -> None:
    """
    Rule 0e (session 49): the count right after "double the" is the one a
    count is set beside, given up ("nearly double the 64,529 who arrived in
    2022"); a count further on is no part of it ("double the daily average,
    and wounded 250").
    """
    text = (
        "Some 118,500 migrants have landed in Italy this year, nearly double the 64,529 who"
        " arrived in the same period of 2022."
    )
    assert tally(extract(text, published="2023-09-13"))[Category.REFUGEES].best == 118_500
    # ("More than" is a qualifier, no "more people" that keeps the count set beside)
    text = (
        "More than 120,000 migrants arrived in Italy by sea this year, nearly double the 64,529"
        " who arrived in the same period of 2022."
    )
    assert tally(extract(text, published="2024-03-16"))[Category.REFUGEES].best == 120_000
    text = (
        "Israeli strikes killed 120 people on Monday, double the daily average, and wounded"
        " 250, the ministry said."
    )
    assert tally(extract(text, published="2024-03-16"))[Category.WOUNDED].best == 250


def test_counts_beside_a_semicolon_are_rival_reports_of_one_toll() -> None:
    """
    Session 52: two sources' counts of one toll set beside each other by a
    semicolon are rival reports, not a sum; not counts of another group,
    day or place, nor a total told as such.
    """
    rival = (
        "The government announced 134 dead and 55 injured; the Fulani association said 157 "
        "people had been killed."
    )
    killed = tally(extract(rival, published=MON))[Category.KILLED]
    assert (killed.low, killed.best, killed.high) == (134, 134, 157)
    apart = [
        (
            "Police said three officers were killed in the attack; hospital staff said 12 "
            "civilians had died."
        ),
        (
            "The military said 25 insurgents were killed on Monday; residents said 31 people "
            "were killed on Sunday in a separate raid."
        ),
    ]
    bests = [tally(extract(t, published=MON))[Category.KILLED].best for t in apart]
    assert bests == [15, 56]
    overall = (
        "The hospital said it received 40 bodies; the morgue said 55 people had been killed "
        "overall."
    )
    assert tally(extract(overall, published=MON))[Category.KILLED].best == 55
