#!/usr/bin/env python3
"""Generates include/regcoop/detail/state_table.hpp, the state registry of
regcoop/model/states.hpp, from the shipped code tables:

  /usr/share/iso-codes/json/iso_3166-1.json  Debian iso-codes: current ISO 3166-1 codes
  /usr/share/iso-codes/json/iso_3166-3.json  Debian iso-codes: former codes (ISO 3166-3)
  data/codes/cow-states2016.csv              COW State System Membership list v2016
  data/codes/countrycode-cow.csv             countrycode's codelist (COW number -> ISO),
                                             the cross-check of the COW -> ISO mapping
  data/codes/state-history.json              confirmed existence dates and successors
  data/codes/cow-years.csv                   (written by --years) the years each COW state
                                             has rows in COW's state-year table

Run:  python3 tools/gen_states.py > include/regcoop/detail/state_table.hpp
      python3 tools/gen_states.py --years /tmp/cow/state_year_formatv3.csv > data/codes/cow-years.csv
The output is committed; builds never run this script. Differences between the
COW -> ISO mapping below and countrycode's are printed on stderr and must be the
documented ones (DIFFERENCES), else the script fails.
"""
import csv
import json
import os
import sys

from cpp_literals import sv_literal

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ISO1 = "/usr/share/iso-codes/json/iso_3166-1.json"
ISO3 = "/usr/share/iso-codes/json/iso_3166-3.json"
COW = os.path.join(ROOT, "data/codes/cow-states2016.csv")
CC = os.path.join(ROOT, "data/codes/countrycode-cow.csv")
HISTORY = os.path.join(ROOT, "data/codes/state-history.json")

OPEN = 9999  # a COW number that still means its state at the list's end (2016-12-31)

# Names for former ISO 3166-3 entries whose iso-codes name reads as a list entry
# ("USSR, Union of Soviet Socialist Republics"); the iso-codes name becomes an alias.
FORMER_NAMES = {
    "SUHH": ("Soviet Union", ["USSR", "Union of Soviet Socialist Republics"]),
    "DDDE": ("German Democratic Republic", ["GDR", "East Germany"]),
    "CSHH": ("Czechoslovakia", []),
    "CSXX": ("Serbia and Montenegro", []),
    "YUCS": ("Yugoslavia", []),
    "YDYE": ("South Yemen", ["People's Democratic Republic of Yemen"]),
    "VDVN": ("Democratic Republic of Viet-Nam", ["North Vietnam"]),
    "BYAA": ("Byelorussian SSR", ["Byelorussian Soviet Socialist Republic"]),
    "BUMM": ("Burma", []),
    "ZRCD": ("Zaire", []),
    "HVBF": ("Upper Volta", []),
}

# Dated meanings of COW numbers (docs/states.md explains each): ccode -> [(first
# year, last year, registry id)]. Years: the years of COW's state-year rows.
DATED = {
    365: [(1816, 1921, "RU"), (1922, 1991, "SU"), (1992, OPEN, "RU")],
    255: [(1816, OPEN, "DE")],
    260: [(1955, 1990, "DE")],
    265: [(1954, 1990, "DD")],
    315: [(1918, 1992, "CSHH")],
    345: [(1878, 1917, "RS"), (1918, 2002, "YU"), (2003, 2005, "CSXX"), (2006, OPEN, "RS")],
    347: [(2008, OPEN, "XK")],
    678: [(1926, 1990, "YE")],
    679: [(1990, OPEN, "YE")],
    680: [(1967, 1990, "YD")],
}
# COW states with no ISO code (current or former): registry id "COW-" + abbreviation.
COW_ONLY = {240, 245, 267, 269, 271, 273, 275, 280, 300, 327, 329, 332, 335, 337, 511, 730, 817}
# Where this mapping and countrycode's differ, and why (docs/states.md).
DIFFERENCES = {
    327: "countrycode: VA; the Papal States (1816-1860) are not the Vatican City State (1929)",
    260: "countrycode has no 260 in cown; the German Federal Republic is DE",
    730: "countrycode has no 730; Korea 1887-1905 has no ISO code",
}


def load_cow():
    spells = []
    with open(COW, encoding="utf-8") as f:
        for r in csv.DictReader(f):
            spells.append({k: (int(v) if k not in ("stateabb", "statenme") else v) for k, v in r.items()})
    return spells


def years_main(path):
    runs = {}
    with open(path, encoding="utf-8") as f:
        for r in csv.DictReader(f):
            runs.setdefault(int(r["ccode"]), set()).add(int(r["year"]))
    w = sys.stdout
    w.write("ccode,first_year,last_year\n")
    for c in sorted(runs):
        ys = sorted(runs[c])
        start = prev = ys[0]
        for y in ys[1:] + [None]:
            if y is not None and y == prev + 1:
                prev = y
                continue
            w.write(f"{c},{start},{prev}\n")
            if y is not None:
                start = prev = y


def main():
    if len(sys.argv) == 3 and sys.argv[1] == "--years":
        return years_main(sys.argv[2])
    iso1 = sorted(json.load(open(ISO1, encoding="utf-8"))["3166-1"], key=lambda c: c["alpha_2"])
    iso3 = json.load(open(ISO3, encoding="utf-8"))["3166-3"]
    history = json.load(open(HISTORY, encoding="utf-8"))["states"]
    spells = load_cow()
    cc = {}
    with open(CC, encoding="utf-8") as f:
        for r in csv.DictReader(f):
            if r["cown"]:
                cc.setdefault(int(r["cown"]), set()).add(r["iso2c"])

    current = {c["alpha_2"] for c in iso1}
    a2_count = {}
    for c in iso3:
        a2_count[c["alpha_2"]] = a2_count.get(c["alpha_2"], 0) + 1

    states = []  # dicts
    for c in iso1:
        states.append(dict(id=c["alpha_2"], name=c.get("common_name", c["name"]),
                           aliases=[x for x in (c["name"], c.get("official_name")) if x and x != c.get("common_name", c["name"])],
                           alpha2=c["alpha_2"], alpha3=c["alpha_3"], numeric=int(c["numeric"]), iso3166_3="",
                           former=False))
    for c in sorted(iso3, key=lambda c: c["alpha_4"]):
        a2 = c["alpha_2"]
        sid = a2 if a2 not in current and a2_count[a2] == 1 else c["alpha_4"]
        name, aliases = FORMER_NAMES.get(c["alpha_4"], (c["name"], []))
        if name != c["name"]:
            aliases = aliases + [c["name"]]
        states.append(dict(id=sid, name=name, aliases=aliases, alpha2=a2, alpha3=c["alpha_3"],
                           numeric=int(c.get("numeric", 0)), iso3166_3=c["alpha_4"], former=True))
    states.append(dict(id="XK", name="Kosovo", aliases=[], alpha2="XK", alpha3="", numeric=0, iso3166_3="",
                       former=False))

    # COW numbers: the first spell's start, the last spell's end (open when it runs to the list's end).
    cow = {}
    for s in spells:
        e = cow.setdefault(s["ccode"], dict(abb=s["stateabb"], name=s["statenme"], first=s["styear"], last=0))
        e["last"] = OPEN if (s["endyear"], s["endmonth"], s["endday"]) == (2016, 12, 31) else s["endyear"]
    for c in sorted(COW_ONLY):
        e = cow[c]
        states.append(dict(id="COW-" + e["abb"], name=e["name"], aliases=[], alpha2="", alpha3="", numeric=0,
                           iso3166_3="", former=True))
    by_id = {s["id"]: s for s in states}
    assert len(by_id) == len(states), "duplicate registry ids"

    # COW number -> registry id, dated.
    meanings = []
    bad = []
    for c in sorted(cow):
        e = cow[c]
        if c in DATED:
            rows = DATED[c]
        elif c in COW_ONLY:
            rows = [(e["first"], e["last"], "COW-" + e["abb"])]
        else:
            iso = cc.get(c, set())
            if len(iso) != 1 or not next(iter(iso)):
                bad.append(f"COW {c} {e['name']}: countrycode gives {sorted(iso)}")
                continue
            rows = [(e["first"], e["last"], next(iter(iso)))]
        for first, last, sid in rows:
            meanings.append((c, e["abb"], e["name"], first, last, sid))
        for _, _, sid in rows:
            if not sid.startswith("COW-") and len(sid) == 2 and sid in current:
                theirs = cc.get(c, set()) - {""}
                if theirs and sid not in theirs and c not in DIFFERENCES:
                    bad.append(f"COW {c} {e['name']}: {sid} here, countrycode {sorted(theirs)}")
        if c in COW_ONLY and cc.get(c, set()) - {""} and c not in DIFFERENCES:
            bad.append(f"COW {c} {e['name']}: COW-only here, countrycode {sorted(cc[c])}")
    if bad:
        sys.exit("gen_states.py: " + "\n".join(bad))
    for c, why in sorted(DIFFERENCES.items()):
        print(f"gen_states.py: differs from countrycode on COW {c}: {why}", file=sys.stderr)

    # Each state's own COW number: the one that means it last (DE: 255, not the FRG's 260).
    for s in states:
        s["cow"], s["cowabb"], s["cowlast"] = 0, "", -1
    for c, abb, name, first, last, sid in meanings:
        st = by_id[sid]
        if last > st["cowlast"] or (last == st["cowlast"] and c == 255):
            st["cow"], st["cowabb"], st["cowlast"] = c, abb, last

    for s in states:
        h = history.get(s["id"], {})
        s["from"], s["to"] = h.get("from", ""), h.get("to", "")
        s["successors"] = "|".join(h.get("successors", []))
        urls = []
        for c in h.get("confirmations", []):
            assert c["quote"] and c["url"] and set(c["fields"]) <= {"from", "to", "successors"}, s["id"]
            if c["url"] not in urls:
                urls.append(c["url"])
        for f in ("from", "to", "successors"):
            if h.get(f):
                assert any(f in c["fields"] for c in h["confirmations"]), f"{s['id']}: '{f}' is not confirmed"
        s["source"] = "|".join(urls)
        for x in h.get("successors", []):
            assert x in by_id, f"{s['id']}: unknown successor {x}"
    for sid in history:
        assert sid in by_id, f"state-history.json: unknown id {sid}"

    w = sys.stdout
    w.write("// Generated by tools/gen_states.py from Debian iso-codes (ISO 3166-1, ISO 3166-3), the COW State\n"
            "// System Membership list v2016, countrycode's codelist and data/codes/state-history.json. Do not edit.\n")
    w.write("#pragma once\n\n#include \"regcoop/detail/state_types.hpp\"\n\n#include <array>\n#include <string_view>\n\n")
    w.write("namespace regcoop::detail {\n\nusing namespace std::string_view_literals;\n\n")
    # The tables are written in their final types (no constexpr copy at compile time: g++
    # spent 0.2 s of each translation unit evaluating one).
    w.write(f"/// All {len(states)} states: ISO 3166-1 (by alpha-2), ISO 3166-3 (by alpha-4), Kosovo, COW-only states.\n")
    w.write(f"inline constexpr std::array<state_info, {len(states)}> state_infos{{{{\n")
    for s in states:
        w.write("    {" + ", ".join([sv_literal(s["id"]), sv_literal(s["name"]), sv_literal(s["alpha2"]), sv_literal(s["alpha3"]),
                                     str(s["numeric"]), sv_literal(s["iso3166_3"]), str(s["cow"]), sv_literal(s["cowabb"]),
                                     sv_literal(s["from"]), sv_literal(s["to"]), sv_literal(s["successors"]), sv_literal(s["source"]),
                                     "true" if s["former"] else "false", sv_literal("|".join(s["aliases"]))]) + "},\n")
    w.write("}};\n\n")
    idx = {s["id"]: i for i, s in enumerate(states)}
    w.write(f"/// The meanings of all {len(cow)} COW state numbers, by number and year ({OPEN}: still at the\n"
            "/// end of the COW list, 2016).\n")
    w.write(f"inline constexpr std::array<cow_meaning, {len(meanings)}> cow_meanings{{{{\n")
    for c, abb, name, first, last, sid in meanings:
        w.write(f"    {{{c}, {sv_literal(abb)}, {sv_literal(name)}, {first}, {last}, &state_infos[{idx[sid]}]}},  // {sid}\n")
    w.write("}};\n\n")
    w.write("/// The COW State System Membership list v2016, one spell (a state's time in the system) a row.\n")
    w.write(f"inline constexpr std::array<cow_system_spell, {len(spells)}> cow_spells{{{{\n")
    for s in spells:
        begin = sv_literal(f"{s['styear']:04}-{s['stmonth']:02}-{s['stday']:02}")
        end = sv_literal(f"{s['endyear']:04}-{s['endmonth']:02}-{s['endday']:02}")
        w.write(f"    {{{s['ccode']}, {begin}, {end}}},\n")
    w.write("}};\n\n}  // namespace regcoop::detail\n")


if __name__ == "__main__":
    main()
