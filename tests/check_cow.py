#!/usr/bin/python3
"""Imports the real COW IGO v3 excerpt (tests/data/cow/) with the shipped mapping through the
command line, then checks the imported dataset against what pandas computes from the
excerpt itself, without regcoop's code:

  check_cow.py REGCOOP SOURCE_DIR WORK_DIR import   spells against the year rows, parties, names
  check_cow.py REGCOOP SOURCE_DIR WORK_DIR upper    the capital spelling of the IGO columns
  check_cow.py REGCOOP SOURCE_DIR WORK_DIR dyads    `regcoop dyads` against COW's joint-membership rule

A COW cell is one (state, year, IGO): 1 full member, 2 associate, 3 observer, 0 not a member,
-9 missing, -1 the IGO did not exist. The member of a row is the party the contract between
the state registry and the importer gives its COW number in that year (written out below,
not read from regcoop). Exit 77 (skipped) when pandas is not installed."""
import io
import json
import os
import random
import subprocess
import sys

try:
    import pandas as pd
except ImportError:
    print("pandas is not installed; skipped")
    sys.exit(77)

regcoop, source, work, what = sys.argv[1:5]
excerpt = os.path.join(source, "tests", "data", "cow")
mapping = os.path.join(source, "data", "mappings", "cow-igo-3.json")
os.makedirs(work, exist_ok=True)
failures = []


def fail(message):
    failures.append(message)
    if len(failures) <= 40:
        print("FAIL:", message)


# COW number (and year) -> party id: ISO 3166-1 alpha-2 for the states that have one, the
# registry's ids for the former ones (docs: 365 is the Soviet Union to 1991 and Russia from
# 1992; 345 Yugoslavia to 2002, Serbia and Montenegro 2003-2005, Serbia from 2006).
FIXED = {700: "AF", 701: "TM", 702: "TJ", 703: "KG", 704: "UZ", 705: "KZ", 369: "UA", 370: "BY",
         372: "GE", 373: "AZ", 710: "CN", 712: "MN", 750: "IN", 770: "PK", 630: "IR", 640: "TR",
         265: "DD", 315: "CSHH"}


def party_of(ccode, year):
    if ccode == 365:
        return "SU" if year <= 1991 else "RU"
    if ccode == 345:
        return "YU" if year <= 2002 else ("CSXX" if year <= 2005 else "RS")
    return FIXED[ccode]


ROLE = {1: "full_member", 2: "associate_member", 3: "observer"}


def run(args, **kw):
    r = subprocess.run([regcoop] + args, capture_output=True, text=True, **kw)
    return r


def import_tables(state_year, igo_year, out):
    r = run(["import", "--map", mapping, "--output", out, state_year, igo_year])
    if r.returncode != 0:
        print(r.stderr[-3000:])
        print(f"FAIL: regcoop import exited {r.returncode}")
        sys.exit(1)
    if r.stderr:
        print("import says:", r.stderr.strip()[-1500:])
    with open(out, encoding="utf-8") as f:
        return json.load(f)


# --- the excerpt, read by pandas ------------------------------------------------------------
sy = pd.read_csv(os.path.join(excerpt, "state_year_formatv3.csv"))
iy = pd.read_csv(os.path.join(excerpt, "igo_year_formatv3.csv"), dtype=str, keep_default_na=False)
igo_columns = list(sy.columns[3:])
assert len(igo_columns) == 534 and sy.shape[0] == 926, (len(igo_columns), sy.shape)
cells = sy.melt(id_vars=["ccode", "year", "state"], value_vars=igo_columns, var_name="igo", value_name="status")
cells["member"] = [party_of(c, y) for c, y in zip(cells.ccode, cells.year)]
assert set(cells.status.unique()) <= {-9, -1, 0, 1, 2, 3}, set(cells.status.unique())
# The years each member has a row for (a COW number changes party at a year, so per member).
row_years = cells[["member", "year"]].drop_duplicates()
last_year = int(sy.year.max())


def spells_table(ds):
    """Every spell of every organisation, one row per (organisation column, member, first, last, role, unknown)."""
    rows = []
    for p in ds.get("parties", []):
        for m in p.get("members", []):
            period = m.get("period", {})
            first = int(str(period["from"])[:4]) if period.get("from") else None
            last = int(str(period["to"])[:4]) if period.get("to") else None
            rows.append((p["id"].lower().removeprefix("igo-"), p["id"], m["member"], first, last, m.get("role", "full_member"),
                         bool(m.get("status_unknown", False)), m.get("citations", [])))
    return pd.DataFrame(rows, columns=["igo", "org", "member", "first", "last", "role", "unknown", "citations"])


def spell_years(spells):
    """The spells expanded to one row per year they cover (an open end runs to the table's last year)."""
    out = []
    for t in spells.itertuples():
        if t.first is None or pd.isna(t.first):
            fail(f"{t.org}: the spell of {t.member} has no first year")
            continue
        last = last_year if t.last is None or pd.isna(t.last) else int(t.last)
        for y in range(int(t.first), last + 1):
            out.append((t.igo, t.member, y, t.role, t.unknown))
    return pd.DataFrame(out, columns=["igo", "member", "year", "role", "unknown"])


def check_import(ds):
    parties = {p["id"]: p for p in ds.get("parties", [])}
    # Every IGO of the excerpt, with its name and dates from the IGO-year table (its first row
    # of the IGO): the mapping's choices (its $comment) are id = ioname (AU and BS, which are
    # Australia's and the Bahamas' ISO codes, become IGO-AU and IGO-BS), name = longorgname,
    # alias = orgname, founded = sdate, dissolved = deaddate; spells that begin before 1965
    # cite COW's accuracy of pre-1965 membership dates for the IGO and the year.
    meta = iy.drop_duplicates("ioname").set_index(iy.drop_duplicates("ioname").ioname.str.lower())
    accuracy = {(i.lower(), int(y)): a for i, y, a in zip(iy.ioname, iy.year, iy.accuracyofpre1965membershipdates)}
    for igo in igo_columns:
        m = meta.loc[igo]
        want_id = "IGO-" + m.ioname if m.ioname in ("AU", "BS") else m.ioname
        p = parties.get(want_id)
        if p is None or p.get("kind") != "organisation":
            fail(f"IGO {igo} is not in the dataset as the organisation {want_id!r}")
            continue
        want_name = m.longorgname or m.orgname
        if p.get("name") != want_name:
            fail(f"{igo}: name {p.get('name')!r}, the IGO-year table's longorgname is {want_name!r}")
        if m.orgname != want_name and m.orgname not in p.get("aliases", []):
            fail(f"{igo}: aliases {p.get('aliases')!r} do not hold the IGO-year table's orgname {m.orgname!r}")
        if str(p.get("founded", ""))[:4] != m.sdate:
            fail(f"{igo}: founded {p.get('founded')!r}, sdate {m.sdate!r}")
        if str(p.get("dissolved", ""))[:4] != m.deaddate:
            fail(f"{igo}: dissolved {p.get('dissolved')!r}, deaddate {m.deaddate!r}")
        for s in p.get("members", []):
            first = int(str(s["period"]["from"])[:4])
            note = accuracy.get((igo, first), "")
            quotes = " ".join(c.get("quote", "") for c in s.get("citations", []))
            if first < 1965 and note and note.lower() not in quotes.lower():
                fail(f"{igo}: the spell of {s['member']} from {first} does not cite COW's accuracy note {note!r}: {quotes!r}")
    # Every state of the excerpt, as the party of its COW number in each year.
    for member, g in cells[["member", "ccode"]].drop_duplicates().groupby("member"):
        p = parties.get(member)
        if p is None:
            fail(f"state {member} (COW {list(g.ccode)}) is not in the dataset")
        elif p.get("kind") != "country":
            fail(f"{member} is a {p.get('kind')}, not a country")
        elif p.get("cow_code") not in set(int(c) for c in g.ccode):
            fail(f"{member}: cow_code {p.get('cow_code')!r}, the table's ccode {list(g.ccode)}")

    spells = spells_table(ds)
    spells = spells[spells.igo.isin(igo_columns)]
    unknown_members = set(spells.member) - set(cells.member)
    if unknown_members:
        fail(f"spells of members the excerpt does not have: {sorted(unknown_members)[:10]}")
    years = spell_years(spells)
    # A spell covers no year its member has no row for (before its first row, after its last).
    outside = years.merge(row_years, how="left", indicator=True)
    outside = outside[outside._merge == "left_only"]
    for t in outside.head(10).itertuples():
        fail(f"{t.igo}: a spell of {t.member} covers {t.year}, a year the table has no row of {t.member} for")
    # Each cell against the spells that cover its year.
    known = years[~years.unknown]
    k = known.groupby(["igo", "member", "year"]).role.agg(lambda r: "|".join(sorted(r))).rename("roles")
    u = years[years.unknown].groupby(["igo", "member", "year"]).size().rename("unknown_spells")
    joined = cells.join(k, on=["igo", "member", "year"]).join(u, on=["igo", "member", "year"])
    joined["roles"] = joined.roles.fillna("")
    joined["unknown_spells"] = joined.unknown_spells.fillna(0).astype(int)
    expected_role = joined.status.map(ROLE).fillna("")
    bad_role = joined[joined.roles != expected_role]
    for t in bad_role.head(15).itertuples():
        fail(f"{t.igo} {t.member} {t.year}: COW says {t.status}, the known spells covering the year say {t.roles!r}")
    bad_unknown = joined[(joined.status == -9) != (joined.unknown_spells > 0)]
    for t in bad_unknown.head(15).itertuples():
        fail(f"{t.igo} {t.member} {t.year}: COW says {t.status}, {t.unknown_spells} status_unknown spell(s) cover it")
    overlapping = joined[(joined.unknown_spells > 1)]
    for t in overlapping.head(5).itertuples():
        fail(f"{t.igo} {t.member} {t.year}: {t.unknown_spells} status_unknown spells cover one year")
    # No spell covers a -1 cell (the IGO did not exist) or a 0 cell.
    covered_none = joined[joined.status.isin([0, -1]) & ((joined.roles != "") | (joined.unknown_spells > 0))]
    for t in covered_none.head(10).itertuples():
        fail(f"{t.igo} {t.member} {t.year}: COW says {t.status}, yet a spell covers it")
    # Per IGO and role: cells with the status = (member, year)s the spells of that role cover.
    counted = cells[cells.status.isin(ROLE)].assign(role=lambda d: d.status.map(ROLE)).groupby(["igo", "role"]).size()
    covered = known.groupby(["igo", "role"]).size()
    both = pd.concat([counted.rename("cells"), covered.rename("spell_years")], axis=1).fillna(0).astype(int)
    for (igo, role), t in both[both.cells != both.spell_years].head(15).iterrows():
        fail(f"{igo}: {t.cells} cells say {role}, the {role} spells cover {t.spell_years} (member, year)s")
    unknown_cells = int((cells.status == -9).sum())
    unknown_years = int(years.unknown.sum())
    if unknown_cells != unknown_years:
        fail(f"{unknown_cells} cells say -9, the status_unknown spells cover {unknown_years} (member, year)s")
    # Property: for random (IGO, member) pairs the years of each kind of spell are the years of
    # the rows with that status, and a spell begins and ends on a row of its status (no run
    # crosses a change of status).
    rng = random.Random(24)
    pairs = cells[["igo", "member"]].drop_duplicates().values.tolist()
    sample = rng.sample(pairs, 400) + [[i, m] for i, m in pairs if i in ("cis", "sco", "wpact", "cmea", "eaec", "caecc", "eco")]
    by_pair = {key: g for key, g in cells.groupby(["igo", "member"])}
    sp_pair = {key: g for key, g in spells.groupby(["igo", "member"])}
    for igo, member in sample:
        g = by_pair[(igo, member)]
        s = sp_pair.get((igo, member), spells.iloc[0:0])
        for status in (1, 2, 3, -9):
            want = set(g.year[g.status == status])
            chosen = s[s.unknown] if status == -9 else s[(~s.unknown) & (s.role == ROLE.get(status))]
            got = set()
            for t in chosen.itertuples():
                last = last_year if t.last is None or pd.isna(t.last) else int(t.last)
                span = set(range(int(t.first), last + 1))
                if got & span:
                    fail(f"{igo} {member}: two spells of status {status} share a year")
                got |= span
                if int(t.first) - 1 in want or last + 1 in want:
                    fail(f"{igo} {member}: the spell {t.first}-{t.last} stops inside a run of status {status}")
            if got != want:
                fail(f"{igo} {member} status {status}: spells cover {sorted(got - want)[:8]} without rows, "
                     f"rows of {sorted(want - got)[:8]} have no spell")
    print(f"checked {len(cells)} cells, {len(spells)} spells of {spells.igo.nunique()} IGOs over "
          f"{cells.member.nunique()} members; {len(sample)} (IGO, member) pairs year by year")
    return spells


if what == "import":
    ds = import_tables(os.path.join(excerpt, "state_year_formatv3.csv"), os.path.join(excerpt, "igo_year_formatv3.csv"),
                       os.path.join(work, "cow.json"))
    check_import(ds)
elif what == "upper":
    # The capital spelling of COW's CSV distribution: IGO columns AAAID ... (ccode, year and
    # state as they are), the rest of the file byte for byte.
    with open(os.path.join(excerpt, "state_year_formatv3.csv"), encoding="utf-8", newline="") as f:
        head, rest = f.read().split("\n", 1)
    names = head.split(",")
    upper = ",".join(names[:3] + [n.upper() for n in names[3:]])
    assert upper != head and upper.lower() == head.lower()
    path = os.path.join(work, "state_year_formatv3_upper.csv")
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(upper + "\n" + rest)
    lower = import_tables(os.path.join(excerpt, "state_year_formatv3.csv"), os.path.join(excerpt, "igo_year_formatv3.csv"),
                          os.path.join(work, "cow-lower.json"))
    ds = import_tables(path, os.path.join(excerpt, "igo_year_formatv3.csv"), os.path.join(work, "cow-upper.json"))
    a = spells_table(lower).drop(columns="citations")
    b = spells_table(ds).drop(columns="citations")
    if not a.equals(b):
        fail(f"the capital header imports other spells: {len(a)} against {len(b)}")
    pa = sorted((p["id"], p.get("name"), p.get("founded"), p.get("dissolved")) for p in lower["parties"])
    pb = sorted((p["id"], p.get("name"), p.get("founded"), p.get("dissolved")) for p in ds["parties"])
    if pa != pb:
        fail("the capital header imports other parties")
    check_import(ds)
elif what == "dyads":
    ds = import_tables(os.path.join(excerpt, "state_year_formatv3.csv"), os.path.join(excerpt, "igo_year_formatv3.csv"),
                       os.path.join(work, "cow-dyads.json"))
    id_of = {p["id"].lower().removeprefix("igo-"): p["id"] for p in ds["parties"] if p.get("kind") == "organisation"}

    def dyads(data, certainty):
        r = run(["dyads", "--from", "1945", "--to", str(last_year), "--certainty", certainty, "--format", "csv", "--data", data])
        if r.returncode not in (0, 1):
            print(r.stderr[-3000:])
            print(f"FAIL: regcoop dyads exited {r.returncode}")
            sys.exit(1)
        out = set()
        t = pd.read_csv(io.StringIO(r.stdout), dtype=str, keep_default_na=False)
        assert list(t.columns) == ["a", "b", "year", "count", "organisations"], list(t.columns)
        for row in t.itertuples():
            orgs = row.organisations.split("|")
            if int(row.count) != len(orgs):
                fail(f"dyads {row.a} {row.b} {row.year}: count {row.count}, {len(orgs)} organisations")
            for o in orgs:
                out.add((int(row.year), row.a, row.b, o))
        return out

    def joint(statuses):
        """COW's joint-membership rule, in pandas: both states of the pair have a status in
        `statuses` in the IGO in the year (one row per state, year, IGO)."""
        c = cells[cells.status.isin(statuses)][["igo", "year", "member"]]
        pairs = c.merge(c, on=["igo", "year"])
        pairs = pairs[pairs.member_x < pairs.member_y]
        return set((int(y), a, b, id_of.get(i, i)) for i, y, a, b in pairs[["igo", "year", "member_x", "member_y"]].itertuples(index=False))

    full = joint([1])
    # COW's rule itself: both full members in the year. The dataset without its status_unknown
    # spells (the -9 years), every "possibly" joint full membership in a year.
    known_only = dict(ds)
    known_only["parties"] = [dict(p, members=[m for m in p.get("members", []) if not m.get("status_unknown")])
                             for p in ds["parties"]]
    path = os.path.join(work, "cow-known.json")
    with open(path, "w", encoding="utf-8") as f:
        json.dump(known_only, f)
    got = dyads(path, "possible")
    for x in sorted(full - got)[:10]:
        fail(f"COW: both full members {x}; regcoop dyads does not list it")
    for x in sorted(got - full)[:10]:
        fail(f"regcoop dyads lists {x}; COW: not both full members")
    # With the unknown years: possibly joint when each of the two is a full member or unknown
    # (-9) in the year, if the importer's unknown spells carry the full-member role.
    roles_unknown = set(m.get("role", "full_member") for p in ds["parties"] for m in p.get("members", []) if m.get("status_unknown"))
    if len(roles_unknown) > 1:
        fail(f"the status_unknown spells have several roles: {roles_unknown}")
    maybe = joint([1, -9]) if roles_unknown == {"full_member"} else full
    got_possible = dyads(os.path.join(work, "cow-dyads.json"), "possible")
    if got_possible != maybe:
        fail(f"dyads --certainty possible: {len(got_possible - maybe)} rows COW's rule does not give, "
             f"{len(maybe - got_possible)} it misses, e.g. {sorted(got_possible ^ maybe)[:3]}")
    # Certain: a subset of COW's rule; at year precision a pair is certainly joint in a year
    # inside both their runs of full membership (the runs' first and last years are known
    # only to the year).
    got_certain = dyads(os.path.join(work, "cow-dyads.json"), "certain")
    for x in sorted(got_certain - full)[:10]:
        fail(f"dyads (certain) lists {x}; COW: not both full members")
    fm = set(zip(cells.igo[cells.status == 1], cells.member[cells.status == 1], cells.year[cells.status == 1]))
    inner = set((y, a, b, o) for (y, a, b, o) in full
                if all((o.lower(), m, y + d) in fm for m in (a, b) for d in (-1, 1)))
    for x in sorted(inner - got_certain)[:10]:
        fail(f"COW: both full members {x} and the years either side; dyads (certain) does not list it")
    print(f"dyads: COW's rule {len(full)} (pair, year, IGO)s, regcoop {len(got)}; possible with the -9 years "
          f"{len(got_possible)}; certain {len(got_certain)} (inside both runs: {len(inner)})")
else:
    sys.exit(f"unknown check {what}")

if failures:
    print(f"{len(failures)} failures")
    sys.exit(1)
print("ok")
