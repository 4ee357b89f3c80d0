"""Memberships over time as a chart with matplotlib (Debian: python3-matplotlib): one line per
Central Asian state, the number of regional organisations it belonged to as a full member on
1 July of each year, 1991-2024. Writes memberships.png (or the file given).

    python3 examples/python/chart.py [OUT.png]
"""
import sys

import regcoop

try:
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
except ImportError:
    print("chart.py needs matplotlib (apt-get install python3-matplotlib)", file=sys.stderr)
    sys.exit(0)

out = sys.argv[1] if len(sys.argv) > 1 else "memberships.png"
ds = regcoop.load("eurasian-organisations")
years = range(1991, 2025)
fig, ax = plt.subplots(figsize=(8, 4))
for country in ["KZ", "KG", "TJ", "TM", "UZ"]:
    counts = [len(ds.memberships(country, on=f"{y}-07-01")) for y in years]
    ax.step(list(years), counts, where="post", label=country)
ax.set_xlabel("year (1 July)")
ax.set_ylabel("organisations, full member")
ax.set_title("Central Asian states in regional organisations (regcoop)")
ax.legend()
fig.tight_layout()
fig.savefig(out)
print(f"wrote {out}")
