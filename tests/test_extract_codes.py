"""Storm Data fatality codes: one code per death, read as the narrative's total of the dead."""

from __future__ import annotations

from conflictfigures import Category, Qualifier, extract, tally

PUB = "1995-04-01"


def test_codes_in_brackets_are_the_deaths_of_the_narrative() -> None:
    text = (
        "The tornado destroyed eight homes. The fatalities occurred in prefabricated homes. "
        "(M42P, F36P, M94P)"
    )
    coded = [f for f in extract(text, published=PUB) if f.cumulative]
    assert [(f.category, f.count.stated, f.surface) for f in coded] == [
        (Category.KILLED, 3, "M42P, F36P, M94P")
    ]
    assert tally(extract(text, published=PUB))[Category.KILLED].best == 3


def test_codes_beside_deaths_told_in_words_are_not_added_to_them() -> None:
    text = "A tornado destroyed a mobile home. One man was found dead. M50MH"
    assert tally(extract(text, published=PUB))[Category.KILLED].best == 1
    two = "Two people died when the roof collapsed. (F29O) (M04O) Calhoun County - (M49V)"
    assert tally(extract(two, published=PUB))[Category.KILLED].best == 3


def test_model_names_and_codes_without_a_death_are_no_codes() -> None:
    jets = "The air force lost two jets (F35A) in the crash; both pilots died."
    assert [f.surface for f in extract(jets, published=PUB)] == [
        "lost two jets",
        "both pilots died",
    ]
    quiet = "The storm damaged a barn and three homes. (M42P, F36P)"
    assert extract(quiet, published=PUB) == []


def test_codes_inside_a_sentence_are_not_read() -> None:
    text = "Officers from unit M42P said two people died."
    assert [f.count.stated for f in extract(text, published=PUB)] == [2]


def test_losses_listed_under_a_heading_are_running_totals() -> None:
    """
    A heading of losses ending with a colon, then a line per group: each
    line a running total (personnel as casualties, equipment destroyed),
    the change in brackets a part of it, as in a list in one sentence
    (session 52; was not counted), until a line that is none.
    """
    text = (
        "Approximate combat losses of the enemy from 24.02.22 to 01.10.24:\n"
        "\u2022 personnel \u2013 about 659,850 (+1,270)\n"
        "\u2022 tanks \u2013 8,873 (+12)\n"
        "\u2022 aircraft \u2013 369\n"
        "\n"
        "Schools \u2013 40\n"
    )
    found = [(f.category, f.count.stated, f.count.qualifier, f.cumulative) for f in extract(text)]
    assert found == [
        (Category.CASUALTIES, 659_850, Qualifier.ABOUT, True),
        (Category.CASUALTIES, 1_270, Qualifier.EXACT, True),
        (Category.EQUIPMENT_DESTROYED, 8_873, Qualifier.EXACT, True),
        (Category.EQUIPMENT_DESTROYED, 12, Qualifier.EXACT, True),
        (Category.EQUIPMENT_DESTROYED, 369, Qualifier.EXACT, True),
    ]
    changes = [f for f in extract(text, published="2024-10-02") if f.part_of is not None]
    assert [str(f.period.end) for f in changes if f.period] == ["2024-10-01"] * 2
    assert [str(f.period.start) for f in changes if f.period] == ["2024-09-30"] * 2


def test_a_listed_group_the_lexicon_does_not_know_ends_no_list() -> None:
    """A line shaped as a loss whose group is unknown is passed over, not the list's end."""
    text = (
        "The total combat losses of the enemy are:\n"
        "tanks \u2012 6,867 (+10),\n"
        "air defence means \u2012 727,\n"
        "aircraft \u2012 347,\n"
        "helicopters \u2012 325.\n"
    )
    found = [(f.category, f.count.stated) for f in extract(text)]
    assert found == [
        (Category.EQUIPMENT_DESTROYED, 6_867),
        (Category.EQUIPMENT_DESTROYED, 10),
        (Category.EQUIPMENT_DESTROYED, 347),
        (Category.EQUIPMENT_DESTROYED, 325),
    ]


def test_a_heading_that_names_no_losses_lists_nothing() -> None:
    """The same lines under a heading of something else give nothing."""
    text = "Deliveries so far:\n\u2022 tanks \u2013 31 (+2)\n\u2022 aircraft \u2013 12\n"
    assert extract(text) == []
