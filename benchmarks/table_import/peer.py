#!/usr/bin/python3
"""The pandas peer of bench_table_import: the COW IGO v3 state-year and IGO-year tables into
membership spells, the way a pandas user would — read_csv, melt the 534 IGO columns into
(state, year, IGO, status) rows, give each row its member (the party of its COW number in
that year, from MEMBERS.csv, which the benchmark writes with regcoop::cow_state), keep the
stronger status where two COW numbers name one member in one year, sort, and group runs of
one status in consecutive years into spells; the IGO-year table gives each IGO its name and
dates. Prints one JSON line: the seconds the pipeline took (interpreter start and imports
left out), the spells per role and the organisations.

  peer.py STATE_YEAR.csv IGO_YEAR.csv MEMBERS.csv"""
import json
import sys
import time

import pandas as pd

state_year, igo_year, members = sys.argv[1:4]
t0 = time.perf_counter()
sy = pd.read_csv(state_year)
sy.columns = [c.lower() for c in sy.columns]
iy = pd.read_csv(igo_year, usecols=["ioname", "orgname", "year", "sdate", "deaddate", "longorgname", "replaced"])
ids = pd.read_csv(members, keep_default_na=False)  # ccode, year, member ("NA" is Namibia, not missing)
igos = [c for c in sy.columns if c not in ("ccode", "year", "state")]
# Members first, on the 15,557 wide rows: then one member, one year keeps the stronger status
# of each IGO (a role before -9 before 0 before -1; full before associate before observer) as
# the minimum of a rank, and sorting the wide rows by (member, year) makes melt's output come
# out ordered by (IGO, member, year) without sorting the 8.3 million long rows.
sy = sy.merge(ids, on=["ccode", "year"], how="left", validate="many_to_one")
if sy["member"].isna().any():
    sys.exit("a COW number without a member")
to_rank = {1: 0, 2: 1, 3: 2, -9: 3, 0: 4, -1: 5}
from_rank = {v: k for k, v in to_rank.items()}
ranked = sy[igos].replace(to_rank)
ranked[["member", "year"]] = sy[["member", "year"]]
wide = ranked.groupby(["member", "year"], sort=True).min().reset_index()
cells = wide.melt(id_vars=["member", "year"], value_vars=igos, var_name="igo", value_name="rank")
# Runs: a new one where the IGO, the member or the status changes or a year is skipped.
igo, member, year, rank = cells["igo"], cells["member"], cells["year"], cells["rank"]
new = (igo != igo.shift()) | (member != member.shift()) | (rank != rank.shift()) | (year != year.shift() + 1)
cells["run"] = new.cumsum()
kept = cells[cells["rank"] <= 3]
runs = kept.groupby("run").agg(igo=("igo", "first"), member=("member", "first"), rank=("rank", "first"),
                               first=("year", "min"), last=("year", "max"))
runs["status"] = runs["rank"].map(from_rank)
names = iy.sort_values("year").drop_duplicates("ioname", keep="last").set_index("ioname")
role = {1: "full_member", 2: "associate_member", 3: "observer", -9: "unknown"}
counts = {role[s]: int(n) for s, n in runs["status"].value_counts().items()}
seconds = time.perf_counter() - t0
print(json.dumps({"seconds": seconds, "spells": counts, "organisations": int(len(names)), "cells": int(len(cells))}))
