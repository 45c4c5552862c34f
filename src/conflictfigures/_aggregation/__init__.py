"""
The aggregation pipeline, one module per stage (private; import from
:mod:`conflictfigures.aggregate`).

Data flows one way:

- :mod:`.results`: the result types and the one rule for when two scopes
  agree (side, group and place);
- :mod:`.normalise`: what the matching rules read from one figure;
- :mod:`.matching`: the known targets a figure with unknown parts can take;
- :mod:`.keys`: claim keys, and figures grouped into claims;
- :mod:`.contradictions`: reports that cannot all be true;
- :mod:`.totals`: running totals beside the incident reports;
- :mod:`.estimates`: low / best / high under a policy;
- :mod:`.tally`: the toll of a set of figures, per category (:mod:`.coverage`:
  its rule 3, which running totals count and what each covers).
"""
