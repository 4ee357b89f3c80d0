"""pytest over the Python module: the answers the C++ and command-line tests expect for the same
data, dates, certainty, errors and DataFrame dtypes. Run by ctest (python_pytest) with the module
of the build on PYTHONPATH; the command-line comparison needs REGCOOP_CLI (set by ctest when the
program is built)."""

import csv
import datetime
import io
import json
import os
import subprocess

import pytest

import regcoop

pd = pytest.importorskip("pandas")

SOURCE = os.environ.get("REGCOOP_SOURCE_DIR", os.path.join(os.path.dirname(__file__), "..", ".."))
RESEARCHER = os.path.join(SOURCE, "tests", "data", "researcher.json")


@pytest.fixture(scope="module")
def eurasian():
    return regcoop.load("eurasian-organisations")


@pytest.fixture(scope="module")
def researcher():
    return regcoop.load(RESEARCHER)


def test_sco_full_members_2017(eurasian):
    m = eurasian.members("SCO", on="2017-07-01")
    assert isinstance(m, pd.DataFrame)
    assert list(m.columns) == ["member", "name", "role", "sure"]
    assert list(m["member"]) == ["CN", "KZ", "KG", "RU", "TJ", "UZ", "IN", "PK"]
    assert set(m["role"]) == {"full_member"} and set(m["sure"]) == {"certainly"}


def test_dtypes(eurasian):
    m = eurasian.members("SCO", on="2017-07-01", role="any")
    assert list(m.columns) == ["member", "name", "role", "sure", "any_role"]
    assert isinstance(m["role"].dtype, pd.CategoricalDtype)
    assert list(m["role"].cat.categories) == regcoop.roles
    assert list(m["sure"].cat.categories) == ["possibly", "certainly"]
    assert m["member"].dtype == "string"
    d = eurasian.dyads(2000, 2001)
    assert d["year"].dtype == "int64" and d["count"].dtype == "int64"
    assert isinstance(d["a"].dtype, pd.CategoricalDtype) and list(d["a"].cat.categories) == sorted(d["a"].cat.categories)
    assert all(isinstance(o, list) and len(o) == c for o, c in zip(d["organisations"], d["count"]))
    counts = eurasian.dyads(2000, 2001, organisations=False)
    assert list(counts.columns) == ["a", "b", "year", "count"]
    assert counts.astype({"a": str, "b": str}).equals(d.drop(columns="organisations").astype({"a": str, "b": str}))


def test_dates_in_every_form(eurasian):
    day = eurasian.members("SCO", on="2017-07-01")
    for on in (datetime.date(2017, 7, 1), datetime.datetime(2017, 7, 1, 12), pd.Period("2017-07-01", "D")):
        assert eurasian.members("SCO", on=on).equals(day)
    month = pd.Period("2017-06", "M")
    assert eurasian.members("SCO", on=month).equals(eurasian.members("SCO", on="2017-06"))


def test_some_day_and_every_day(eurasian):
    # India and Pakistan joined on 9 June 2017: members on some day of June, not on every day.
    some = set(eurasian.members("SCO", on="2017-06")["member"])
    every = set(eurasian.members("SCO", on="2017-06", days="every")["member"])
    assert {"IN", "PK"} <= some and not {"IN", "PK"} & every
    # Their spells are dated to the day: not even possibly members on every day of June.
    maybe = eurasian.members("SCO", on="2017-06", days="every", certainty="possible")
    assert not {"IN", "PK"} & set(maybe["member"])


def test_parties_by_code_and_name(eurasian):
    by_id = eurasian.memberships("KZ", on="2010-01-01")
    assert by_id.equals(eurasian.memberships("Kazakhstan", on="2010-01-01"))
    assert by_id.equals(eurasian.memberships("kaz", on="2010-01-01"))
    assert "SCO" in set(by_id["organisation"])
    assert eurasian.party_id("cow:705") == "KZ"


def test_several_parties_one_table(eurasian):
    t = eurasian.memberships(["KZ", "KG", "TJ"], on="2024-01-01")
    assert list(t.columns) == ["party", "organisation", "name", "role", "sure"]
    assert set(t["party"]) == {"KZ", "KG", "TJ"}
    one = eurasian.memberships("KG", on="2024-01-01")
    assert list(t[t["party"] == "KG"]["organisation"]) == list(one["organisation"])


def test_shared(eurasian):
    s = eurasian.shared("Kazakhstan", "Kyrgyzstan", on="2016-01-01")
    assert list(s.columns) == ["organisation", "name", "role_a", "role_b", "sure"]
    assert {"SCO", "EAEU", "CSTO"} <= set(s["organisation"])


def test_dyads_all_pairs_panel(eurasian):
    c5 = ["KZ", "KG", "TJ", "TM", "UZ"]
    shared = eurasian.dyads(1992, 2024, parties=c5)
    panel = eurasian.dyads(1992, 2024, pairs="all", parties=c5)
    assert len(panel) == 10 * 33  # ten pairs, 33 years, zeros included
    assert (shared["count"] > 0).all()
    assert set(map(tuple, shared[["a", "b", "year"]].values)) <= set(map(tuple, panel[["a", "b", "year"]].values))
    # China and Kazakhstan shared no organisation of this dataset in 1992: a zero row.
    zero = eurasian.dyads(1992, 1992, pairs="all", parties=["TM", "CN", "KZ"])
    assert list(map(tuple, zero[["a", "b", "count"]].values)) == [("CN", "KZ", 0), ("CN", "TM", 0), ("KZ", "TM", 1)]


def test_timeline_researcher(researcher):
    mm = researcher.timeline("MM")
    rcep = mm[mm["record"] == "agreements/rcep"]
    assert list(rcep["what"]) == ["Regional Comprehensive Economic Partnership signed by MM"]
    am = researcher.timeline("AM")
    assert any("acceded to by AM" in w for w in am["what"])


def test_pakistan_and_timor_leste(researcher):
    pk = researcher.memberships("PK", on="1999-10-15", role="any")
    assert set(pk["any_role"]) == {"certainly"}
    tl = researcher.memberships("TL", on="2023-01-01", role="any")
    assert set(tl["role"]) == {"candidate", "observer"} and set(tl["sure"]) == {"certainly"}


def test_same_columns_and_rows_as_the_cli(eurasian):
    cli = os.environ.get("REGCOOP_CLI")
    if not cli:
        pytest.skip("REGCOOP_CLI not set (the command-line program is not built)")
    out = subprocess.run([cli, "memberships", "KZ,KG", "--on", "2010-01-01", "--role", "any", "--format", "csv",
                          "--data", "eurasian-organisations"], check=True, capture_output=True, text=True).stdout
    rows = list(csv.reader(io.StringIO(out)))
    py = eurasian.memberships(["KZ", "KG"], on="2010-01-01", role="any")
    assert rows[0] == list(py.columns)
    assert rows[1:] == [list(map(str, r)) for r in py.itertuples(index=False)]


def test_errors_name_what_and_where(eurasian):
    with pytest.raises(regcoop.Error) as e:
        eurasian.members("Atlantis", on="2017-07-01")
    assert "Atlantis" in str(e.value)
    assert e.value.problems[0][0] == "unknown_id"
    assert isinstance(e.value, ValueError)
    with pytest.raises(regcoop.Error) as e:
        eurasian.members("SCO", on="2020-02-30")
    assert e.value.problems[0][0] == "invalid_date"
    with pytest.raises(ValueError, match="role: 'boss'"):
        eurasian.members("SCO", role="boss")
    with pytest.raises(ValueError, match="days: 'most'"):
        eurasian.members("SCO", days="most")
    with pytest.raises(TypeError, match="on: expected a date"):
        eurasian.members("SCO", on=3.5)
    with pytest.raises(TypeError, match="start: expected a year"):
        eurasian.dyads("2000", 2001)
    with pytest.raises(ValueError, match="end: 1999 is before start 2000"):
        eurasian.dyads(2000, 1999)
    with pytest.raises(regcoop.Error, match="nor is it an embedded dataset"):
        regcoop.load("no-such-file.json")


def test_every_problem_of_a_bad_file(tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"parties": [{"id": "KZ", "kind": "country", "name": ""},
                                           {"id": "KZ", "kind": "country", "name": "Kazakhstan"}]}))
    with pytest.raises(regcoop.Error) as e:
        regcoop.load(str(bad))
    codes = [p[0] for p in e.value.problems]
    assert len(codes) >= 2 and "duplicate_id" in codes
    assert all(p[1] for p in e.value.problems)  # each names its place


def test_json_round_trip_and_join(eurasian):
    again = regcoop.from_json(eurasian.to_json())
    assert again.to_json() == eurasian.to_json()
    both = regcoop.load("china-central-asia+eurasian-organisations")
    assert both.counts()["parties"] >= eurasian.counts()["parties"]
    assert (regcoop.load("china-central-asia") + eurasian).to_json() == both.to_json()


def test_integrity_is_a_table(eurasian):
    f = eurasian.integrity()
    assert list(f.columns) == ["record", "field", "message"]


def test_without_pandas_named_tuples(eurasian, monkeypatch):
    monkeypatch.setattr(regcoop, "_pd", None)
    rows = eurasian.members("SCO", on="2017-07-01")
    assert [r.member for r in rows] == ["CN", "KZ", "KG", "RU", "TJ", "UZ", "IN", "PK"]


@pytest.fixture(scope="module")
def both():
    return regcoop.load("china-central-asia+eurasian-organisations")


def test_route_as_the_cli_prints_it(both):
    # README: regcoop route --from xian --to duisburg --on 2020-01-01 --weight hours
    #   Xi'an → Duisburg: 9808 km, 218.0 h
    (r,) = both.route("xian", "duisburg", on="2020-01-01", weight="hours")
    assert round(r.km) == 9808 and round(r.hours, 1) == 218.0
    assert list(r.legs.columns) == ["segment", "from", "to", "mode", "km", "country_from", "country_to"]
    assert r.legs["km"].dtype == "float64" and abs(r.legs["km"].sum() - r.km) < 1e-6
    assert r.legs["from"].iloc[0] == "xian" and r.legs["to"].iloc[-1] == "duisburg"
    assert list(r.legs["from"].iloc[1:]) == list(r.legs["to"].iloc[:-1])  # legs in travel order
    assert r.countries[0] == "CN" and r.countries[-1] == "DE"
    assert len(r.crossings) >= 1 and set(r.crossings.columns) >= {"regime", "sure"}
    geo = r.__geo_interface__
    assert geo["type"] == "FeatureCollection" and geo["features"]


def test_route_avoid_k_and_scenario(both):
    avoiding = both.route("xian", "duisburg", avoid="RU", k=2)
    assert 1 <= len(avoiding) <= 2 and all("RU" not in r.countries for r in avoiding)
    assert all(a.cost <= b.cost for a, b in zip(avoiding, avoiding[1:]))
    path = os.path.join(SOURCE, "examples", "scenarios", "uzbekistan-joins-eaeu.json")
    with open(path, encoding="utf-8") as f:
        doc = json.load(f)
    from_file = both.route("kashgar", "tashkent", on="2031-01-01", scenario=path)
    from_dict = both.route("kashgar", "tashkent", on="2031-01-01", scenario=doc)
    assert [r.totals() for r in from_file] == [r.totals() for r in from_dict]


def test_route_errors(both):
    with pytest.raises(regcoop.Error, match="Atlantis"):
        both.route("xian", "Atlantis")
    with pytest.raises(ValueError, match="weight: 'fast'"):
        both.route("xian", "duisburg", weight="fast")
    with pytest.raises(ValueError, match="k: 0"):
        both.route("xian", "duisburg", k=0)
    with pytest.raises(ValueError, match="customs_hours: -1"):
        both.route("xian", "duisburg", customs_hours=-1)
    with pytest.raises(regcoop.Error, match="cannot open the file"):
        both.route("xian", "duisburg", scenario="no-such-scenario.json")


def test_cow_excerpt_import_and_dyads_as_the_cli():
    # The committed excerpt of the real COW IGO v3 files, through the shipped mapping.
    cow = os.path.join(SOURCE, "tests", "data", "cow")
    mapping = os.path.join(SOURCE, "data", "mappings", "cow-igo-3.json")
    ds = regcoop.import_table(mapping, os.path.join(cow, "state_year_formatv3.csv"),
                              os.path.join(cow, "igo_year_formatv3.csv"))
    assert ds.import_summary and ds.counts()["parties"] > 0
    d = ds.dyads(1990, 1995)
    assert len(d) > 0 and (d["count"] > 0).all()
    cli = os.environ.get("REGCOOP_CLI")
    if not cli:
        return
    with open(os.path.join(os.environ.get("TMPDIR", "/tmp"), f"regcoop-cow-{os.getpid()}.json"), "w") as f:
        f.write(ds.to_json())
        name = f.name
    try:
        out = subprocess.run([cli, "dyads", "--from", "1990", "--to", "1995", "--format", "csv", "--data", name],
                             check=True, capture_output=True, text=True).stdout
    finally:
        os.remove(name)
    rows = list(csv.reader(io.StringIO(out)))
    assert rows[0] == list(d.columns)
    assert rows[1:] == [[a, b, str(y), str(c), "|".join(o)] for a, b, y, c, o in d.itertuples(index=False)]


def test_import_errors(tmp_path):
    with pytest.raises(TypeError, match="at least one table"):
        regcoop.import_table("map.json")
    with pytest.raises(regcoop.Error):
        regcoop.import_table(os.path.join(SOURCE, "data", "mappings", "cow-igo-3.json"), str(tmp_path / "missing.csv"))


def test_every_unknown_name_is_named(eurasian):
    with pytest.raises(regcoop.Error) as e:
        eurasian.memberships(["KZ", "Atlantis", "Narnia"], on="2020")
    names = " ".join(p[4] for p in e.value.problems)
    assert len(e.value.problems) == 2 and "Atlantis" in names and "Narnia" in names
    assert {p[3] for p in e.value.problems} == {"party"}  # the argument
    with pytest.raises(regcoop.Error) as e:
        eurasian.dyads(2000, 2001, parties=["Atlantis", "Narnia"])
    assert len(e.value.problems) == 2
    assert regcoop.Error("by hand").problems == ()


def test_arguments_refused_as_the_cli_refuses_them(eurasian):
    with pytest.raises(ValueError, match="'KZ' is a country, not an organisation"):
        eurasian.members("Kazakhstan", on="2020")
    with pytest.raises(ValueError, match="names the same party as a"):
        eurasian.shared("KZ", "Kazakhstan", on="2020")
    with pytest.raises(ValueError, match="end: 100000 is not a year in 1..9999"):
        eurasian.dyads(1, 100000)
    with pytest.raises(ValueError, match="start: 0 is not a year"):
        eurasian.dyads(0, 2020)
    with pytest.raises(ValueError, match="use regcoop.load"):
        regcoop.from_json(RESEARCHER)


def test_numpy_dates_and_years(eurasian):
    np = pytest.importorskip("numpy")
    assert eurasian.members("SCO", on=np.int64(2017)).equals(eurasian.members("SCO", on=2017))
    assert eurasian.members("SCO", on=np.datetime64("2017-07-01")).equals(eurasian.members("SCO", on="2017-07-01"))
    panel = eurasian.dyads(np.int64(1992), np.int64(1993), parties=["KZ", "KG"])
    assert list(panel["year"]) == [1992, 1993]


def test_route_without_pandas(both, monkeypatch):
    monkeypatch.setattr(regcoop, "_pd", None)
    (r,) = both.route("xian", "duisburg", on="2020-01-01")
    assert r.legs[0].from_ == "xian" and r.legs[-1].to == "duisburg"
    assert r.crossings[0].from_ == "CN"


def test_timeline_days_and_route_categories(researcher, both):
    t = researcher.timeline("MM")
    assert list(t.columns) == ["party", "date", "first_day", "last_day", "record", "what", "through", "order_note"]
    row = t[t["date"] == "2020-11-15"].iloc[0]
    assert row["first_day"] == pd.Timestamp("2020-11-15") == row["last_day"]
    year = regcoop.load("eurasian-organisations").timeline("KZ")
    coarse = year[year["date"].str.len() == 4].iloc[0]
    assert coarse["first_day"] == pd.Timestamp(f"{coarse['date']}-01-01")
    assert coarse["last_day"] == pd.Timestamp(f"{coarse['date']}-12-31")
    (r,) = both.route("xian", "duisburg", on="2020-01-01")
    assert isinstance(r.legs["mode"].dtype, pd.CategoricalDtype)
    assert isinstance(r.crossings["regime"].dtype, pd.CategoricalDtype)


def test_pickle_round_trip(eurasian):
    import pickle
    again = pickle.loads(pickle.dumps(eurasian))
    assert again.to_json() == eurasian.to_json()
    assert again.members("SCO", on="2017-07-01").equals(eurasian.members("SCO", on="2017-07-01"))


@pytest.fixture(scope="module")
def default():
    return regcoop.load("china-central-asia")


def test_query_same_as_the_cli(default):
    cli = os.environ.get("REGCOOP_CLI")
    if not cli:
        pytest.skip("REGCOOP_CLI not set (the command-line program is not built)")
    for args, kwargs in ((["projects", "--party", "KZ", "--sector", "transport"], dict(party="KZ", sector="transport")),
                         (["agreements", "--party", "CN", "--on", "2025-06-17"], dict(party="CN", in_force_on="2025-06-17")),
                         (["projects", "--status", "under_construction"], dict(status="under_construction"))):
        out = subprocess.run([cli, "query", *args, "--format", "csv", "--data", "china-central-asia"], check=True,
                             capture_output=True, text=True).stdout
        rows = list(csv.reader(io.StringIO(out)))
        q = default.query(args[0], **kwargs)
        assert rows[0] == list(q.columns)
        assert len(rows) > 1
        assert rows[1:] == [list(r) for r in q.astype(str).itertuples(index=False)]


def test_query_filters_and_types(default):
    cku = default.query("projects", text="Kyrgyzstan-Uzbekistan railway")
    assert list(cku["id"]) == ["cku-railway"]
    assert str(cku["kind"].dtype) == "category" and str(cku["id"].dtype) == "string"
    status = default.query("agreements")["status"]
    assert str(status.dtype) == "category" and "in_force" in list(status.cat.categories)
    assert list(default.query("projects", text="no such words")["kind"].cat.categories)[:1] == ["railway"]
    everything = default.query("projects")
    assert len(everything) == default.counts()["projects"]
    assert len(default.query("projects", party="Kazakhstan")) == len(default.query("projects", party="KZ"))
    assert len(default.query("projects", party="KZ", sector="energy")) <= len(default.query("projects", party="KZ"))
    assert list(default.query("parties", kind="organisation")["kind"].unique()) == ["organisation"]


def test_query_errors(default):
    with pytest.raises(regcoop.Error, match="'project' is not a collection") as e:
        default.query("project")
    assert e.value.problems[0][3] == "collection"
    for arg, value in (("sector", "transprt"), ("start", "2025-13"), ("mechanism", "C9+9")):
        with pytest.raises(regcoop.Error) as e:
            default.query("projects", **{arg: value})
        assert e.value.problems[0][3] == arg, e.value.problems
    with pytest.raises(regcoop.Error) as e:
        default.query("projects", party="Atlantis")
    assert e.value.problems[0][3] == "party"
    assert (e.value.code, e.value.field) == ("unknown_id", "party") and e.value.place == e.value.problems[0][1]
    with pytest.raises(regcoop.Error, match="railway"):
        default.query("projects", kind="train")
    with pytest.raises(ValueError, match="end"):
        default.query("projects", start="2025", end="2020")
    with pytest.raises(TypeError, match="party"):
        default.query("projects", party=7)
    with pytest.raises(ValueError, match="other_party"):
        default.query("agreements", other_party="KZ")
