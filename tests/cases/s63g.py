"""
Rows of session 63 (s63g, review 66): the missing found again past a phrase
of "after" or "before", a bare "to" and a reporting aside; one attacker at
the head of the subject, not an adjective of a group; a war "between" two
states or a state's forces; a suspect "charged with" a deed; the adjective
"Separate" opens no new matter; a record's compiler after "citing" before a
that-clause; a finding body with no speaker's noun; a title inside an "of"
phrase.
"""

from __future__ import annotations

from tests.cases.extraction import K, M, P, Row, W, fig

__all__ = ["EXAMPLES_S63G"]

EXAMPLES_S63G: list[Row] = [
    (
        "Nine students who went missing after the ambush returned to their school on Monday.",
        P,
        [],
        "'after' before a determiner is a phrase, no clause: the main verb finds them (s63g)",
    ),
    (
        "Seven journalists who went missing before the election were released on Friday.",
        P,
        [],
        "'before the election' is a phrase: 'were released' is the main verb (s63g)",
    ),
    (
        "Five boys who went missing on their way to the river were found alive.",
        P,
        [],
        "a bare 'to' is a preposition, no 'yet to' (s63g)",
    ),
    (
        "Eight sailors who went missing, the navy said, were rescued on Tuesday.",
        P,
        [],
        "a reporting aside between commas is stepped over (s63g)",
    ),
    (
        "Eight sailors who went missing when their ship sank have not been found.",
        P,
        [fig(M, 8)],
        "near miss: 'when' opens a clause, and the main verb is negated (s63g)",
    ),
    (
        "Eight sailors who went missing after they left port have yet to be found.",
        P,
        [fig(M, 8)],
        "near miss: 'after' before a subject opens a clause; 'yet to' leaves them sought (s63g)",
    ),
    (
        "The jihadist group killed more than 500 civilians in January, the monitor said.",
        P,
        [fig(K, 500, "more_than", cumulative=True)],
        "an attacker's noun before 'group' is an adjective: the group's month is a total (s63g)",
    ),
    (
        "A rebel spokesman said his men killed 60 soldiers in February.",
        P,
        [fig(K, 60, cumulative=True)],
        "'A rebel spokesman' names no one attacker (s63g)",
    ),
    (
        "A lone gunman killed eleven worshippers at a church in February.",
        P,
        [fig(K, 11, cumulative=False)],
        "near miss: one attacker at the head of the subject keeps one incident (s63g)",
    ),
    (
        (
            "Gunmen killed four farmers on Wednesday. About 200,000 people died in the "
            "conflict between the government and the rebels."
        ),
        P,
        [
            fig(K, 4, date="2023-03-15"),
            fig(K, 200000, "about", date=None, cumulative=True),
        ],
        "a conflict between a government and rebels is a war's whole toll (s63g)",
    ),
    (
        (
            "Gunmen killed four farmers on Wednesday. About 500,000 people were killed in the "
            "war between Iran and Iraq."
        ),
        P,
        [
            fig(K, 4, date="2023-03-15"),
            fig(K, 500000, "about", date=None, cumulative=True),
        ],
        "a war between two states is a war (s63g)",
    ),
    (
        (
            "Clashes broke out between two families on Wednesday. Six men were killed in the "
            "conflict between the families."
        ),
        P,
        [fig(K, 6, cumulative=False)],
        "near miss: a conflict between two families is a local quarrel (s63g)",
    ),
    (
        "A teenager charged with stabbing two classmates was shot dead by officers.",
        P,
        [fig(K, 1, subject="teenager")],
        "'charged with' names a suspect's deed, as 'suspected of' does (s63g)",
    ),
    (
        "A man charged with assault was shot dead by police.",
        P,
        [fig(K, 1, subject="man")],
        "near miss: 'charged with' a noun (s63g)",
    ),
    (
        (
            "The police ministry said on Wednesday that airstrikes killed 25 people overnight. "
            "Separate raids in the east killed 9 others."
        ),
        P,
        [
            fig(K, 25, claimed_by="The police ministry"),
            fig(K, 9, claimed_by="The police ministry"),
        ],
        "the adjective 'Separate' opens no new matter: the ministry still speaks (s63g)",
    ),
    (
        (
            "The army said on Wednesday that troops killed 25 rebels. "
            '"Meanwhile, 9 soldiers were wounded in an ambush.'
        ),
        P,
        [fig(K, 25, claimed_by="The army"), fig(W, 9, claimed_by=None)],
        "'Meanwhile' after a quote mark opens another matter (s63g)",
    ),
    (
        (
            "Amnesty said, citing casualty lists compiled by local doctors, that 31 "
            "protesters were killed."
        ),
        P,
        [fig(K, 31, claimed_by="Amnesty")],
        "a record's compiler after 'citing' is no source, before a that-clause too (s63g)",
    ),
    (
        "Amnesty said, citing officials in the province, that 31 protesters were killed.",
        P,
        [fig(K, 31, claimed_by="officials")],
        "near miss: officials cited are the source (s63g)",
    ),
    (
        "The investigation found that 23 detainees were killed by guards.",
        P,
        [fig(K, 23, claimed_by="The investigation")],
        "a finding body with no speaker's noun finds (s63g)",
    ),
    (
        "The review concluded that 23 detainees had died in custody.",
        P,
        [fig(K, 23, claimed_by="The review")],
        "a finding body before 'concluded that' (s63g)",
    ),
    (
        "Rescuers found that 23 miners had died.",
        P,
        [fig(K, 23, claimed_by="Rescuers")],
        "near miss: unchanged, rescuers found (s63g)",
    ),
    (
        (
            "Relatives of the Defence Minister visited the camp on Wednesday. "
            "They said 17 people had died."
        ),
        P,
        [fig(K, 17, claimed_by="Relatives of the Defence Minister")],
        "a title inside an 'of' phrase leaves the body its subject (s63g)",
    ),
    (
        ("Governor Amina Bello visited the camp on Wednesday. They said 17 people had died."),
        P,
        [fig(K, 17, claimed_by=None)],
        "near miss: a person by title is no 'they' (s63g)",
    ),
]
