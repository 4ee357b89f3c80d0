"""A dyad-year panel of the five Central Asian states, 1992-2024: how many regional
organisations each pair shared as full members each year, zeros included, as a pandas
DataFrame ready for a regression — one call, no reindexing.

    python3 examples/python/memberships_panel.py
"""
import regcoop

C5 = ["KZ", "KG", "TJ", "TM", "UZ"]

ds = regcoop.load("eurasian-organisations")
panel = ds.dyads(1992, 2024, pairs="all", parties=C5)
print(panel.head())
print(f"{len(panel)} dyad-years ({len(set(panel['a']) | set(panel['b']))} countries, {panel['year'].nunique()} years)")

# Mean number of shared organisations per pair, over the whole period (a and b are
# categoricals: observed=True keeps the pairs that occur).
means = panel.groupby(["a", "b"], observed=True)["count"].mean().round(2).sort_values(ascending=False)
print(means.to_string())

# Who was in what on one day: Kazakhstan's memberships in any role on 2010-01-01.
print(ds.memberships("Kazakhstan", on="2010-01-01", role="any"))
