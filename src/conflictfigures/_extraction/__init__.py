"""
The extraction stages, in the order the data flows (each a module).

1. :mod:`.text`: blocks and sentences over the original characters, and the
   tokens of a sentence, each with the gap before it.
2. :mod:`.screen`: which blocks and sentences can hold a figure at all.
3. :mod:`.numbers`: numbers and counting phrases ("at least 1,200", "dozens").
4. :mod:`.dates`: dates and periods ("on Thursday", "so far this month").
5. :mod:`.chunks`: the counted group after a number, its head noun and class.
6. :mod:`.triggers`: trigger words and phrases with their voice.
7. :mod:`.rules`: the linking rules, one function each, joining a group to
   a trigger; :mod:`.linking` tries them in the order of its table.
8. :mod:`.claims` and :mod:`.where`: who claims a figure, where it happened.
9. :mod:`.assembly`: each sentence's figures with their group, side, place,
   date, period and claimant.
10. :mod:`.document`: the whole text, its sentences screened and read in
    order, then the document's discourse dates.

Word lists live in :mod:`conflictfigures._lexicon`, never here.
"""
