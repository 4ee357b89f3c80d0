// Foreign tables by mapping: the GCDF- and COW-IGO-shaped samples through the shipped
// mappings, every problem with its place, the malformed mapping corpus, the mapping schema.
#include "manifest.hpp"

#include <regcoop/detail/membership_rules.hpp>
#include <regcoop/query/as_of.hpp>
#include <regcoop/data/eurasian_organisations.hpp>
#include <regcoop/io/json.hpp>
#include <regcoop/io/table_import.hpp>

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

using namespace regcoop;

namespace {
const std::filesystem::path root = REGCOOP_SOURCE_DIR;
const std::filesystem::path tables = root / "examples" / "tables";

std::vector<problem> problems_of(const auto& f) {
  try {
    (void)f();
  } catch (const error& e) {
    return e.problems();
  }
  return {};
}

bool has(const std::vector<problem>& ps, std::string_view place, std::string_view message) {
  for (const auto& p : ps)
    if (p.field.find(place) != std::string::npos && p.message.find(message) != std::string::npos) return true;
  return false;
}

const char* const src = R"("source": {"id": "s", "title": "S"})";
}  // namespace

TEST_CASE("a GCDF-shaped project table through the shipped mapping: hosts, status history, two USD figures") {
  const auto map = load_mapping(tables / "gcdf-3-sample.map.json");
  CHECK(map.source.id.value == "gcdf-3-sample");  // the sample's own source replaces the base's
  REQUIRE(map.find("projects") != nullptr);
  const dataset ds = import_table_file(tables / "gcdf-3-sample.csv", map);
  CHECK(ds.projects().size() == 5);
  const auto& p1 = ds.at(project_id{"gcdf-90001"});
  CHECK(p1.hosts == std::vector<party_id>{{"KZ"}});
  REQUIRE(p1.participants.size() == 1);
  CHECK(p1.participants[0].party.value == "CN");
  CHECK(p1.participants[0].role == participant_role::financier);
  REQUIRE(p1.status_history.size() == 4);
  CHECK(p1.status_history[0].status == project_status::planned);
  CHECK(p1.status_history[0].since == partial_date{2015});
  CHECK(p1.status_history[2].status == project_status::completed);
  CHECK(p1.status_history[3].reported == partial_date{2023, 11, 6});
  REQUIRE(p1.figures.size() == 3);
  CHECK(p1.figures[0].value == 162000000);
  CHECK(p1.figures[0].price_year == 2021);  // constant 2021 USD
  CHECK_FALSE(p1.figures[1].price_year);    // nominal USD: current prices
  CHECK(p1.figures[2].currency == "CNY");
  CHECK(p1.sectors == std::vector<sector>{sector::transport});
  REQUIRE(p1.citations.size() == 1);
  CHECK(p1.citations[0].quote == "AidData Record ID 90001: Sample record 1: a railway section");
  // "Kyrgyz Republic" / KGZ; an empty nominal amount makes no figure; no commitment year, no dated status.
  const auto& p2 = ds.at(project_id{"gcdf-90002"});
  CHECK(p2.hosts == std::vector<party_id>{{"KG"}});
  CHECK(p2.figures.size() == 2);
  const auto& p4 = ds.at(project_id{"gcdf-90004"});
  REQUIRE(p4.status_history.size() == 1);
  CHECK(p4.status_history[0].status == project_status::announced);
  CHECK(p4.figures.empty());
  CHECK(ds.at(project_id{"gcdf-90005"}).summary.find("a comma, quotes and\na line break") != std::string::npos);
  // The countries named come with the result, and the result reads back from its JSON.
  CHECK(ds.at(party_id{"TM"}).kind == party_kind::country);
  CHECK(from_json(to_json(ds)) == ds);
}

TEST_CASE("a COW-IGO-shaped state-year table: year rows become spells that agree with the embedded dataset") {
  const auto map = load_mapping(tables / "cow-igo-3-sample.map.json");
  const dataset ds = import_table_file(tables / "cow-igo-3-sample.csv", map);
  // Without the IGO-year table the ids are the column names as the file spells them.
  const auto& sco = ds.at(party_id{"sco"});
  CHECK(sco.organisation == organisation_kind::intergovernmental_organisation);
  // KZ: one spell 2001–2014 (2000 is -1, not in existence); MN observer from 2004.
  int kz = 0;
  for (const auto& m : sco.members) {
    if (m.member.value == "KZ") {
      ++kz;
      CHECK(m.period.from == partial_date{2001});
      CHECK(m.period.to == partial_date{2014});
      CHECK(m.role == membership_role::full_member);
      REQUIRE(m.citations.size() == 1);
      CHECK(m.citations[0].quote == "705 sco 2001–2014: 1");  // the COW number, the column, the years, the cell
    }
    if (m.member.value == "MN") CHECK(m.role == membership_role::observer);
  }
  CHECK(kz == 1);
  // Georgia left the CIS: its spell ends in 2009; Afghanistan's -9 is unknown: possibly, never certainly.
  const auto& cis = ds.at(party_id{"cis"});
  CHECK(detail::member_on(cis, party_id{"GE"}, partial_date{2008}) == truth::certainly);
  CHECK(detail::member_on(cis, party_id{"GE"}, partial_date{2009}) == truth::certainly);  // on some day of 2009
  CHECK(detail::member_on(cis, party_id{"GE"}, query_date({2009}, day_rule::every_day)) == truth::possibly);  // its last day is in 2009
  CHECK(detail::member_on(cis, party_id{"GE"}, partial_date{2010}) == truth::no);
  CHECK(detail::member_on(cis, party_id{"AF"}, partial_date{2001}, std::nullopt) == truth::possibly);
  CHECK(detail::member_on(cis, party_id{"AF"}, partial_date{2001, 7, 1}, std::nullopt) == truth::possibly);
  // Every coded year agrees with the embedded dataset on 1 July of that year.
  const dataset& ref = data::eurasian_organisations();
  std::size_t compared = 0;
  for (const auto* org : {"CIS", "SCO"}) {
    const auto& mine = ds.at(party_id{std::string(org) == "CIS" ? "cis" : "sco"});
    const auto& theirs = ref.at(party_id{org});
    for (const auto* who : {"CN", "KZ", "KG", "TJ", "UZ", "RU", "MN", "AF", "GE"})
      for (int y = 2001; y <= 2014; ++y)
        for (const auto role : {membership_role::full_member, membership_role::observer}) {
          const bool here = detail::member_on(mine, party_id{who}, partial_date{y}, role) != truth::no;
          const bool there = detail::member_on(theirs, party_id{who}, partial_date{y, 7, 1}, role) != truth::no;
          if (std::string(who) == "AF" && std::string(org) == "CIS" && y == 2001) continue;  // the sample's -9
          INFO(org, " ", who, " ", y);
          CHECK(here == there);
          ++compared;
        }
  }
  CHECK(compared > 400);
}

TEST_CASE("open_at_end leaves spells that run to the table's last year open") {
  const std::string map_text = std::string("{") + src + R"(, "parties": {
    "unpivot": {"columns": ["sco"], "name": "igo", "value": "status"}, "group_by": "igo",
    "fields": {"id": {"column": "igo", "values": {"sco": "SCO"}}, "name": {"value": "SCO"}, "kind": {"value": "organisation"},
               "organisation": {"value": "intergovernmental_organisation"}},
    "members": {"member": {"column": "state", "party": true}, "role": {"column": "status", "values": {"0": null, "1": "full_member"}},
                "year": {"column": "year"}, "open_at_end": true}}})";
  const auto map = mapping_from_json(map_text, "open.json");
  const dataset ds = import_table("state,year,sco\nKZ,2013,1\nKZ,2014,1\nTM,2013,1\nTM,2014,0\n", map, "parties", "t.csv");
  const auto& sco = ds.at(party_id{"SCO"});
  REQUIRE(sco.members.size() == 2);
  CHECK(sco.members[0].member.value == "KZ");
  CHECK_FALSE(sco.members[0].period.to);  // runs to 2014, the last year: open
  CHECK(sco.members[1].period.to == partial_date{2013});
}

TEST_CASE("every cell problem of a foreign table is listed with its place, table column and field") {
  const std::string map_text = std::string("{") + src + R"(, "projects": {"fields": {
    "id": {"template": "p-{ID}"}, "name": {"column": "Title"},
    "hosts": {"column": "Country", "party": true},
    "status_history": [{"when": "Year", "fields": {"status": {"column": "Status", "values": {"Done": "completed"}},
                                                  "since": {"column": "Year", "year": true}}}],
    "figures": [{"when": "USD", "fields": {"value": {"column": "USD"}, "unit": {"value": "money"}, "currency": {"value": "USD"}}}]}}})";
  const auto map = mapping_from_json(map_text, "m.json");
  const std::string table = "ID,Title,Country,Status,Year,USD\n"
                            "1,One,Kazakhstan,Done,2020,100\n"
                            "2,Two,Atlantis,Started,20x0,\"1,000\"\n"
                            "3,,KZ,Done,2021,-5\n";
  const auto ps = problems_of([&] { return import_table(table, map, "projects", "t.csv"); });
  CHECK(has(ps, "t.csv:3:3 (Country → hosts)", "no country is named or coded 'Atlantis'"));
  CHECK(has(ps, "t.csv:3:4 (Status → status)", "'Started' is not in the value map (m.json#/projects/fields/status_history/0/fields/status/values)"));
  CHECK(has(ps, "t.csv:3:5 (Year → since)", "expected a year, found '20x0'"));
  CHECK(has(ps, "t.csv:3:6 (USD → value)", "expected a number, found '1,000'"));
  CHECK(ps.size() == 4);  // nothing half-imported; validation waits for readable cells
  for (const auto& p : ps) CHECK(p.record == "projects/p-2");
  // Readable cells are validated like any dataset: an empty name, a negative amount.
  const auto vs = problems_of([&] { return import_table("ID,Title,Country,Status,Year,USD\n3,,KZ,Done,2021,100\n", map, "projects", "t.csv"); });
  CHECK(has(vs, "name", ""));
}

TEST_CASE("a mapping that does not fit the table names the mapping's pointer and the table") {
  const std::string map_text = std::string("{") + src + R"(, "projects": {"fields": {"id": {"column": "Id"}, "name": {"column": "Name"}},
    "unpivot": {"columns": ["y2020"]}}})";
  const auto map = mapping_from_json(map_text, "m.json");
  const auto ps = problems_of([&] { return import_table("Id,Title\n1,One\n", map, "projects", "t.csv"); });
  CHECK(has(ps, "m.json#/projects/unpivot/columns/0", "the table t.csv has no column 'y2020'"));
  // The header is read before the rows: one problem per missing column, none per row.
  const auto map2 = mapping_from_json(std::string("{") + src + R"(, "projects": {"fields": {"id": {"column": "Id"}, "name": {"column": "Name"}}}})", "m.json");
  const auto ps2 = problems_of([&] { return import_table("Id,Title\n1,One\n2,Two\n", map2, "projects", "t.csv"); });
  REQUIRE(ps2.size() == 1);
  CHECK(has(ps2, "m.json#/projects/fields/name/column", "no column 'Name'"));
  // Several rules need a kind; an unknown kind is refused.
  CHECK(has(problems_of([&] { return import_table("Id\n1\n", map2, "parties", "t.csv"); }), "m.json", "no rule for 'parties'"));
}

TEST_CASE("every file of the malformed mapping corpus is refused with its code and place") {
  const auto dir = std::filesystem::path(REGCOOP_TEST_DATA_DIR) / "bad-mapping";
  const auto cases = corpus::manifest(dir);
  CHECK(cases.size() >= 15);
  for (const auto& e : cases) {
    INFO(e.file);
    const auto ps = problems_of([&] { return import_table_file(tables / "gcdf-3-sample.csv", load_mapping(dir / e.file)); });
    REQUIRE_FALSE(ps.empty());
    CHECK(std::string(to_string(ps.front().code)) == e.code);
    CHECK(ps.front().field.find(e.place) != std::string::npos);
    CHECK(ps.front().message.find(e.message) != std::string::npos);
  }
}

TEST_CASE("the shipped data/mapping.schema.json is the library's mapping schema") {
  std::ifstream in(root / "data" / "mapping.schema.json", std::ios::binary);
  REQUIRE(in.good());
  std::ostringstream s;
  s << in.rdbuf();
  CHECK(s.str() == mapping_schema_text());
}

TEST_CASE("cell rules: date formats, split lists, templates with an empty placeholder, otherwise") {
  const std::string map_text = std::string("{") + src + R"js(, "projects": {"fields": {
    "id": {"template": "p-{N}"}, "name": {"template": "{Name} ({Place})"},
    "hosts": {"column": "Who", "split": ";", "values": {"Kazakhstan": "KZ", "Kyrgyzstan": "KG"}, "otherwise": null, "party": true},
    "status_history": [{"fields": {"status": {"value": "operating"}, "since": {"column": "When", "date_format": "DD.MM.YYYY"}}}]}}})js";
  const auto map = mapping_from_json(map_text, "e.json");
  const dataset ds = import_table("N,Name,Place,When,Who\n1,Line,Astana,17.6.2025,Kazakhstan; Kyrgyzstan; Atlantis\n", map, "", "e.csv");
  const auto& p = ds.at(project_id{"p-1"});
  CHECK(p.name == "Line (Astana)");
  REQUIRE(p.status_history.size() == 1);
  CHECK(p.status_history[0].since == partial_date{2025, 6, 17});
  CHECK(p.hosts == std::vector<party_id>{{"KZ"}, {"KG"}});  // Atlantis: mapped to null by 'otherwise'
  // An empty placeholder makes the template absent: here the name, which is then empty.
  const auto ps = problems_of([&] { return import_table("N,Name,Place,When,Who\n2,Line,,17.6.2025,KZ\n", map, "", "e.csv"); });
  CHECK(has(ps, "name", ""));
  CHECK_FALSE(ps.empty());
  // The other date formats, and a date that does not fit its format.
  for (const auto& [fmt, text] : {std::pair{"MM/DD/YYYY", "06/17/2025"}, std::pair{"DD/MM/YYYY", "17/06/2025"}, std::pair{"YYYY-MM-DD", "2025-06-17"}}) {
    const std::string t = std::string("{") + src + R"(, "projects": {"fields": {"id": {"column": "N"}, "name": {"value": "x"},
      "status_history": [{"fields": {"status": {"value": "operating"}, "since": {"column": "When", "date_format": ")" + fmt + R"("}}}]}}})";
    const dataset d2 = import_table(std::string("N,When\nx1,") + text + "\n", mapping_from_json(t, "f.json"), "", "f.csv");
    CHECK(d2.at(project_id{"x1"}).status_history.at(0).since == partial_date{2025, 6, 17});
  }
  const auto bad = problems_of([&] { return import_table("N,Name,Place,When,Who\n3,S,A,2025,KZ\n", map, "", "e.csv"); });
  CHECK(has(bad, "e.csv:2:4 (When → since)", "expected a date as DD.MM.YYYY"));
}

TEST_CASE("mapping documents: every misuse is named with its pointer") {
  const auto refused = [](const std::string& text, std::string_view place, std::string_view message) {
    const auto ps = problems_of([&] { return mapping_from_json(text, "m.json"); });
    INFO(text);
    CHECK(has(ps, place, message));
  };
  const std::string s = std::string("{") + src + ", ";
  refused(s + R"("sources": {"fields": {"id": {"column": "x"}}}})", "m.json#/sources", "tables of sources are not imported");
  refused(std::string("{") + src + "}", "m.json", "no table rule");
  refused(s + R"("projects": {"fields": {"id": {"column": ""}}}})", "m.json#/projects/fields/id/column", "must not be empty");
  refused(s + R"("projects": {"fields": {"id": {}}}})", "m.json#/projects/fields/id", "exactly one of column, value, template and lookup");
  refused(s + R"("projects": {"fields": {"id": {"column": "x", "party": "yes"}}}})", "m.json#/projects/fields/id/party", "expected true or false");
  refused(s + R"("projects": {"fields": {"id": {"column": "x", "split": ""}}}})", "m.json#/projects/fields/id/split", "must not be empty");
  refused(s + R"("projects": {"fields": {"id": {"column": "x", "year": true, "date_format": "MM/DD/YYYY"}}}})", "m.json#/projects/fields/id",
          "not both");
  refused(s + R"("projects": {"fields": {"id": {"column": "x"}}, "group_by": "x"}})", "m.json#/projects/group_by", "parties only");
  refused(s + R"("parties": {"fields": {"id": {"column": "x"}}, "members": {"member": {"column": "m"}}}})", "m.json#/parties/group_by",
          "needs 'group_by'");
  refused(s + R"("parties": {"fields": {"id": {"column": "x"}}, "group_by": "x", "members": {"member": {"column": "m"}}}})",
          "m.json#/parties/members/role", "needs 'role'");
  refused(s + R"("parties": {"fields": {"id": {"column": "x"}}, "unpivot": {"columns": []}}})", "m.json#/parties/unpivot/columns", "at least one");
  refused(s + R"("projects": {"fields": {"id": {"column": "x"}, "figures": [{"when": 3, "fields": {}}]}}})",
          "m.json#/projects/fields/figures/0/when", "expected a string");
  refused(s + R"("projects": {"fields": {"id": {"column": "x"}, "figures": [{"when": "x"}]}}})", "m.json#/projects/fields/figures/0/fields",
          "needs 'fields'");
  refused(s + R"("projects": [] })", "m.json#/projects", "expected an object");
  refused(R"({"source": {"title": 5}, "projects": {"fields": {"id": {"column": "x"}}}})", "m.json#/source/title", "expected a string");
  refused(R"({"extends": 5})", "m.json#/extends", "expected the file name");
  refused(R"({"extends": "base.json"})", "m.json#/extends", "use load_mapping");
  // A mapping with several rules reads every rule, or the kind named; an unknown kind is refused.
  const auto two = mapping_from_json(s + R"("projects": {"fields": {"id": {"column": "x"}, "name": {"value": "P"}}}, "events": {"fields": {"id": {"column": "x"}}}})");
  CHECK(has(problems_of([&] { return import_table("x\n1\n", two, "parties"); }), "mapping.json", "no rule for 'parties' (it has: projects, events)"));
  CHECK(import_table("x\n1\n", two, "projects").projects().size() == 1);
}

TEST_CASE("foreign tables: the table's own faults — width, repeated columns, spells that cannot be read") {
  const std::string map_text = std::string("{") + src + R"(, "parties": {
    "unpivot": {"columns": ["sco"], "name": "igo", "value": "status"}, "group_by": "igo",
    "fields": {"id": {"value": "SCO"}, "name": {"value": "SCO"}, "kind": {"value": "organisation"},
               "organisation": {"value": "intergovernmental_organisation"}},
    "members": {"member": {"column": "state", "party": true}, "role": {"column": "status", "values": {"0": null, "1": "full_member", "7": "chair"}},
                "year": {"column": "year"}}}})";
  const auto map = mapping_from_json(map_text, "s.json");
  const auto fails = [&](const std::string& table, std::string_view place, std::string_view message) {
    const auto ps = problems_of([&] { return import_table(table, map, "parties", "s.csv"); });
    INFO(table);
    CHECK(has(ps, place, message));
  };
  fails("", "s.csv", "the table is empty");
  fails("state,year,sco\nKZ,2001\n", "s.csv:2", "the row has 2 cells, the header 3");
  fails("state,year,sco,sco\nKZ,2001,1,1\n", "s.csv:1:4 (sco)", "the column appears twice");
  fails("state,year,sco\nKZ,2001,1\nKZ,2001,1\n", "s.csv", "appears twice in 2001");
  fails("state,year,sco\nKZ,20x1,1\n", "s.csv:2:2 (year → members/year)", "expected a year");
  fails("state,year,sco\nKZ,2001,7\n", "s.csv:2:3 (status → members/role)", "'chair' is not one of");
  fails("state,year,sco\n,2001,1\n", "s.csv:2:1 (state → members/member)", "the member is empty");
  fails("state,year,sco\n\"KZ,2001,1\n", "s.csv:2:1", "not closed");
}

TEST_CASE("mapping files: unreadable files, a base that extends again, unknown keys, a 'when' column the table lacks") {
  CHECK(has(problems_of([] { return load_mapping("/nonexistent/m.json"); }), "/nonexistent/m.json", "cannot open"));
  const auto map = mapping_from_json(std::string("{") + src + R"(, "projects": {"fields": {"id": {"column": "x"}}}})", "m.json");
  CHECK(has(problems_of([&] { return import_table_file("/nonexistent/t.csv", map); }), "/nonexistent/t.csv", "cannot open"));
  const auto dir = std::filesystem::temp_directory_path() / "regcoop-test-extends";
  std::filesystem::create_directories(dir);
  std::ofstream(dir / "base.json") << R"({"extends": "other.json"})";
  std::ofstream(dir / "derived.json") << R"({"extends": "base.json"})";
  CHECK(has(problems_of([&] { return load_mapping(dir / "derived.json"); }), "derived.json#/extends", "without 'extends' of its own"));
  std::filesystem::remove_all(dir);
  CHECK(has(problems_of([] {
              return mapping_from_json(std::string("{") + src + R"(, "projects": {"fields": {"id": {"column": "x", "colour": 1}}}})", "m.json");
            }),
            "m.json#/projects/fields/id/colour", "unknown member 'colour'"));
  CHECK(has(problems_of([] {
              return mapping_from_json(std::string("{") + src + R"(, "projects": {"fields": {"id": {"column": "x", "a/b": 1}}}})", "m.json");
            }),
            "m.json#/projects/fields/id/a~1b", "unknown member 'a/b'"));
  const auto when = mapping_from_json(std::string("{") + src + R"(, "projects": {"fields": {"id": {"column": "x"},
      "figures": [{"when": "Amount", "fields": {"value": {"column": "x"}}}]}}})", "w.json");
  CHECK(has(problems_of([&] { return import_table("x\n1\n", when, "", "w.csv"); }), "w.json#/projects/fields/figures/0/when", "no column 'Amount'"));
  // Years written as decimals (pandas exports) are years.
  const auto years = mapping_from_json(std::string("{") + src + R"(, "projects": {"fields": {"id": {"column": "x"}, "name": {"value": "P"},
      "status_history": [{"fields": {"status": {"value": "planned"}, "since": {"column": "y", "year": true}}}]}}})", "y.json");
  CHECK(import_table("x,y\np,2014.0\n", years, "", "y.csv").at(project_id{"p"}).status_history.at(0).since == partial_date{2014});
  CHECK(has(problems_of([&] { return import_table("x,y\np,2014.5\n", years, "", "y.csv"); }), "y.csv:2:2 (y → since)", "expected a year"));
}

// ---- The COW IGO v3 language on real rows -------------------------------------------------
// Rows copied from the real COW IGO v3 files (igoR's state_year_format3 and igo_year_format3,
// written as CSV by R): a few IGO columns and states, every value as COW gives it.
namespace {
const char* const state_year = R"csv("ccode","year","state","un","wpact","cis","asecna","au"
220,1959,"france",1,0,-1,-9,-1
220,1960,"france",1,0,-1,-9,-1
265,1958,"egermany",0,1,-1,-1,-1
265,1959,"egermany",0,1,-1,-9,-1
265,1960,"egermany",0,1,-1,-9,-1
365,1991,"russia",1,1,1,0,-1
365,1992,"russia",1,-1,1,0,-1
366,1939,"estonia",-1,-1,-1,-1,-1
366,1940,"estonia",-1,-1,-1,-1,-1
366,1991,"estonia",1,0,0,0,-1
366,1992,"estonia",1,-1,0,0,-1
705,1991,"kazakhstan",0,0,1,0,-1
705,1992,"kazakhstan",1,-1,1,0,-1
900,1991,"australia",1,0,0,0,-1
900,1992,"australia",1,-1,0,0,-1
)csv";
const char* const igo_year = R"csv("ioname","orgname","year","longorgname","sdate","deaddate","replaced","accuracyofpre1965membershipdates"
"ASECNA","Agency for Safety of Aerial Nav. in Afr. & Madagas.",1959,"Agency for the Safety of Aerial Navigation in Africa and Madagascar",1959,"",0,""
"ASECNA","Agency for Safety of Aerial Nav. in Afr. & Madagas.",1960,"Agency for the Safety of Aerial Navigation in Africa and Madagascar",1959,"",0,""
"CIS","Commonwealth of Independent States",1991,"Commonwealth of Independent States (CIS)",1991,"",0,"Not applicable - created 1965 or later"
"CIS","Commonwealth of Independent States",1992,"Commonwealth of Independent States (CIS)",1991,"",0,"Not applicable - created 1965 or later"
"UN","United Nations",1958,"United Nations",1945,"",0,"Completely accurate"
"UN","United Nations",1959,"United Nations",1945,"",0,"Completely accurate"
"UN","United Nations",1960,"United Nations",1945,"",0,"Completely accurate"
"UN","United Nations",1991,"United Nations",1945,"",0,"Completely accurate"
"WPact","Warsaw Treaty Org",1958,"Warsaw Treaty Organization",1955,1991,0,"Completely accurate"
"WPact","Warsaw Treaty Org",1959,"Warsaw Treaty Organization",1955,1991,0,"Completely accurate"
"WPact","Warsaw Treaty Org",1991,"Warsaw Treaty Organization",1955,1991,0,"Completely accurate"
"AU","African Union",2002,"African Union (AU)",2002,"",0,"Not applicable - created 1965 or later"
)csv";

table_mapping cow_map() { return load_mapping(root / "data" / "mappings" / "cow-igo-3.json"); }

import_result cow_import(std::string sy = state_year, std::string iy = igo_year) {
  return import_tables({table_input{"igo.csv", iy}, table_input{"sy.csv", sy}}, cow_map());
}

// The state-year header in the capital spelling of the COW CSV distribution.
std::string capitals(std::string t) {
  const auto end = t.find('\n');
  for (std::size_t i = t.find("\"un\""); i < end; ++i) t[i] = static_cast<char>(std::toupper(static_cast<unsigned char>(t[i])));
  return t;
}

const membership* spell(const party& org, std::string_view member, int from) {
  for (const auto& m : org.members)
    if (m.member.value == member && m.period.from == partial_date{from}) return &m;
  return nullptr;
}
}  // namespace

TEST_CASE("COW IGO v3: the shipped mapping reads real state-year and IGO-year rows, files in any order, names and dates from the IGO-year table") {
  const auto r = cow_import();
  const auto& ds = r.data;
  const auto& wp = ds.at(party_id{"WPact"});  // COW's ioname, from the IGO-year table
  CHECK(wp.name == "Warsaw Treaty Organization");
  CHECK(wp.aliases == std::vector<std::string>{"Warsaw Treaty Org"});
  CHECK(wp.founded == partial_date{1955});
  CHECK(wp.dissolved == partial_date{1991});
  CHECK(wp.organisation == organisation_kind::intergovernmental_organisation);
  CHECK_FALSE(ds.at(party_id{"UN"}).dissolved);  // an empty deaddate
  // AU (African Union) would be Australia's id: the mapping gives it IGO-AU.
  CHECK(ds.at(party_id{"IGO-AU"}).name == "African Union (AU)");
  CHECK(ds.at(party_id{"AU"}).kind == party_kind::country);
  // One record per IGO column, and one country per registry state named.
  CHECK(r.summary.records == 5);
  CHECK(r.summary.countries == 7);  // FR, DD, SU, RU, EE, KZ, AU
  // The counts of the cells: 15 rows × 5 IGO columns, as COW codes them.
  REQUIRE(r.summary.tables.size() == 2);
  CHECK(r.summary.tables[0].looked_up);
  const auto& t = r.summary.tables[1];
  CHECK(t.rows == 15);
  CHECK(t.cells == 75);
  CHECK(t.in_role == 17);
  CHECK(t.not_member == 21);
  CHECK(t.unknown == 4);
  CHECK(t.skipped == 33);
  CHECK(r.summary.spells == 13);
  CHECK(r.summary.unknown_spells == 2);  // ASECNA -9: France and the GDR
  CHECK(r.summary.gap_years == 0);  // Estonia 1941–1990: every IGO is -1 in its 1940 row, so no gap is bridged
  CHECK(r.summary.line().find("sy.csv (state_year): 15 rows, 75 cells: 17 in a role, 21 not a member, 4 unknown, 33 skipped") != std::string::npos);
  // The same rows with the capital headers give the same records and spells.
  const auto upper = cow_import(capitals(state_year));
  for (const auto* org : {"WPact", "UN", "CIS", "ASECNA", "IGO-AU"}) {
    INFO(org);
    const auto& a = ds.at(party_id{org});
    const auto& b = upper.data.at(party_id{org});
    CHECK(a.name == b.name);
    REQUIRE(a.members.size() == b.members.size());
    for (std::size_t i = 0; i < a.members.size(); ++i) {
      CHECK(a.members[i].member == b.members[i].member);
      CHECK(a.members[i].period == b.members[i].period);
      CHECK(a.members[i].status_unknown == b.members[i].status_unknown);
    }
  }
  CHECK(from_json(to_json(ds)) == ds);
}

TEST_CASE("COW IGO v3: -9 answers possibly, -1 and the years outside a state's rows no, gaps inside them possibly where the IGO existed") {
  const auto ds = cow_import().data;
  const auto& asecna = ds.at(party_id{"ASECNA"});
  const auto& un = ds.at(party_id{"UN"});
  // France and the GDR: ASECNA -9 in 1959 and 1960 → one unknown spell each.
  const auto* fr = spell(asecna, "FR", 1959);
  REQUIRE(fr);
  CHECK(fr->status_unknown);
  CHECK(fr->period.to == partial_date{1960});
  CHECK(detail::member_on(asecna, party_id{"FR"}, partial_date{1959, 7, 1}) == truth::possibly);
  CHECK(detail::member_on(asecna, party_id{"FR"}, partial_date{1960}) == truth::possibly);
  CHECK(detail::member_on(asecna, party_id{"DD"}, partial_date{1958}) == truth::no);  // -1 in 1958: no evidence, no spell
  // members_of: certain members leave the unknown out, possible ones list it as possibly.
  CHECK(members_of(ds, party_id{"ASECNA"}, partial_date{1959, 7, 1}).empty());
  const auto possible = members_of(ds, party_id{"ASECNA"}, partial_date{1959, 7, 1}, membership_role::full_member, certainty::possible);
  CHECK(possible.size() == 2);  // FR and DD (-9); not EE (no row in 1959, and not a member in 1940)
  for (const auto& m : possible) CHECK(m.sure == truth::possibly);
  // Estonia: rows 1939–1940 and 1991–2014; 1941–1990 have none. The UN existed in 1958–1960
  // (other states' rows), but Estonia held no role in it in 1940 (-1): the gap is not bridged,
  // so no; in 1939 the UN did not exist (-1): no; before 1939 nothing.
  CHECK(detail::member_on(un, party_id{"EE"}, partial_date{1959}) == truth::no);
  CHECK(detail::member_on(un, party_id{"EE"}, partial_date{1939}) == truth::no);
  CHECK(detail::member_on(un, party_id{"EE"}, partial_date{1930}) == truth::no);
  CHECK(detail::member_on(un, party_id{"EE"}, partial_date{1991, 12, 31}) == truth::certainly);  // 1991–1992 at year precision
  CHECK(member_on(ds, party_id{"CIS"}, party_id{"EE"}, partial_date{1960}) == truth::no);  // the CIS did not exist: -1 in every 1960 row
  // COW 365: the Soviet Union in 1991, Russia from 1992 (one-year spells: possibly on any day of the year).
  CHECK(member_on(ds, party_id{"WPact"}, party_id{"SU"}, partial_date{1991, 6, 1}) == truth::possibly);
  CHECK(member_on(ds, party_id{"WPact"}, party_id{"RU"}, partial_date{1992, 6, 1}) == truth::no);
  CHECK(member_on(ds, party_id{"CIS"}, party_id{"RU"}, partial_date{1992, 6, 1}) == truth::possibly);
  CHECK(member_on(ds, party_id{"CIS"}, party_id{"RU"}, partial_date{1991, 6, 1}) == truth::no);
  CHECK(member_on(ds, party_id{"WPact"}, party_id{"DD"}, partial_date{1959, 7, 1}) == truth::certainly);
  // The country records come from the registry: ids, names, ISO and COW codes.
  const auto& dd = ds.at(party_id{"DD"});
  CHECK(dd.kind == party_kind::country);
  CHECK(dd.iso_code == "DD");
  CHECK(dd.cow_code == 265);
  CHECK(ds.at(party_id{"SU"}).cow_code == 365);
}

TEST_CASE("COW IGO v3: a gap between two years in a role is unknown where the IGO existed; next to no role it is nothing") {
  // Real rows: Poland has none for 1940–1944 (occupied); France's 1942 row shows BIS and the UPU existing.
  const std::string sy = R"csv("ccode","year","state","bis","upu","un"
290,1939,"poland",1,1,-1
220,1942,"france",1,1,-1
290,1945,"poland",1,1,1
)csv";
  const auto r = import_tables({table_input{"sy.csv", sy}}, cow_map());
  CHECK(r.summary.gap_years == 2);  // BIS and UPU in 1942
  const auto& ds = r.data;
  for (const auto* org : {"bis", "upu"}) {
    INFO(org);
    const auto& o = ds.at(party_id{org});
    CHECK(detail::member_on(o, party_id{"PL"}, partial_date{1942, 7, 1}) == truth::possibly);  // the gap, bridged
    CHECK(detail::member_on(o, party_id{"PL"}, partial_date{1941, 7, 1}) == truth::no);        // no row of 1941 shows the IGO existing
    CHECK(detail::member_on(o, party_id{"PL"}, partial_date{1945, 7, 1}) == truth::possibly);  // a one-year spell
  }
  CHECK(member_on(ds, party_id{"un"}, party_id{"PL"}, partial_date{1942, 7, 1}) == truth::no);  // -1 in 1939: not bridged
  const auto* gap_spell = spell(ds.at(party_id{"bis"}), "PL", 1942);
  REQUIRE(gap_spell);
  CHECK(gap_spell->status_unknown);
  CHECK(gap_spell->citations.at(0).quote == "PL bis 1942: no row in the table");
}

TEST_CASE("COW IGO v3: a year is a gap of a state only when no code that names it has a row then") {
  // Real rows: COW 365 is Russia in 1917 and 1992 and the Soviet Union in 1960 (the registry's
  // reading); its 1960 row is the Soviet Union's, so Russia has no gap year in 1960.
  const std::string sy = R"csv("ccode","year","state","upu"
365,1917,"russia",1
220,1960,"france",1
365,1960,"russia",1
365,1992,"russia",1
)csv";
  const auto r = import_tables({table_input{"sy.csv", sy}}, cow_map());
  const auto& upu = r.data.at(party_id{"upu"});
  CHECK(r.summary.gap_years == 0);
  CHECK(detail::member_on(upu, party_id{"RU"}, partial_date{1960, 7, 1}) == truth::no);
  CHECK(detail::member_on(upu, party_id{"SU"}, partial_date{1960, 7, 1}) == truth::possibly);  // a one-year spell
}

TEST_CASE("COW IGO v3: a cut row of the IGO-year table is refused with its file and row, not read as a short row") {
  std::string iy = igo_year;
  iy.resize(iy.rfind("\"AU\",\"African Union\",2002") + 25);  // the last row cut after its third cell, as `head -c` cuts a file
  REQUIRE(iy.substr(iy.rfind('\n') + 1) == "\"AU\",\"African Union\",2002");
  CHECK(has(problems_of([&] { return cow_import(state_year, iy); }), "igo.csv:", "the row has"));
}

TEST_CASE("COW IGO v3: the IGO-year table's accuracy of pre-1965 membership dates reaches the citations of spells before 1965") {
  const auto ds = cow_import().data;
  const auto* fr = spell(ds.at(party_id{"UN"}), "FR", 1959);
  REQUIRE(fr);
  REQUIRE(fr->citations.size() == 1);
  CHECK(fr->citations[0].source.value == "cow-igo-3");
  CHECK(fr->citations[0].quote == "220 un 1959–1960: 1; COW: pre-1965 membership dates completely accurate");
  const auto* kz = spell(ds.at(party_id{"CIS"}), "KZ", 1991);
  REQUIRE(kz);
  CHECK(kz->citations[0].quote == "705 cis 1991–1992: 1");  // 1991: not before 1965, no note
  CHECK(spell(ds.at(party_id{"ASECNA"}), "FR", 1959)->citations[0].quote == "220 asecna 1959–1960: -9");  // COW gives no accuracy
}

TEST_CASE("COW IGO v3: without the optional IGO-year table the ids are the columns as spelt") {
  const auto r = import_tables({table_input{"sy.csv", state_year}}, cow_map());
  CHECK(r.data.at(party_id{"wpact"}).name == "wpact");
  CHECK_FALSE(r.data.at(party_id{"wpact"}).founded);
  CHECK(r.summary.tables.size() == 1);
}

TEST_CASE("COW IGO v3: every malformed table is refused with its code and place") {
  const auto first = [](const std::vector<problem>& ps) { return ps.empty() ? problem{} : ps.front(); };
  const auto refused = [&](const std::vector<table_input>& in, errc code, std::string_view place, std::string_view message) {
    const auto ps = problems_of([&] { return import_tables(in, cow_map()); });
    INFO(place, " ", message);
    REQUIRE_FALSE(ps.empty());
    CHECK(first(ps).code == code);
    CHECK(has(ps, place, message));
  };
  const std::string sy = state_year, head = sy.substr(0, sy.find('\n') + 1);
  // A header without 'state' fits no table; a table given twice; two files that fit none.
  refused({{"sy.csv", "\"ccode\",\"year\",\"un\"\n220,1959,1\n"}}, errc::invalid_value, "sy.csv:1", "fits none of the mapping's tables");
  refused({{"a.csv", sy}, {"b.csv", sy}}, errc::duplicate_id, "b.csv", "the table 'state_year' is given twice (also a.csv)");
  refused({{"igo.csv", igo_year}}, errc::missing_field, "cow-igo-3.json#/tables/state_year", "no file given is the table 'state_year'");
  // A COW number the registry lacks for that year (Kazakhstan in 1980), a status the map lacks, a repeated row.
  refused({{"sy.csv", head + "705,1980,\"kazakhstan\",1,0,-1,-1,-1\n"}}, errc::unknown_country, "sy.csv:2:1 (ccode → members/member)",
          "no state with COW number '705' in 1980");
  refused({{"sy.csv", head + "705,1992,\"kazakhstan\",1,-1,1,4,-1\n"}}, errc::invalid_value, "sy.csv:2:7 (status → members/role)",
          "'4' is not in the value map");
  refused({{"sy.csv", head + "705,1992,\"kazakhstan\",1,-1,1,0,-1\n705,1992,\"kazakhstan\",1,-1,1,0,-1\n"}}, errc::duplicate_id, "sy.csv:3",
          "member 'KZ' appears twice in 1992");
  refused({{"sy.csv", head + "70x,1992,\"kazakhstan\",1,-1,1,0,-1\n"}}, errc::unknown_country, "sy.csv:2:1", "COW number '70x'");
  // An IGO-year table without a column the look-ups give.
  refused({{"sy.csv", sy}, {"igo.csv", "\"ioname\",\"orgname\",\"year\"\n\"UN\",\"United Nations\",1945\n"}}, errc::unknown_field,
          "cow-igo-3.json#/parties/fields/name/lookup/give", "has no column 'longorgname'");
}

TEST_CASE("mapping language: unpivot except, look-ups, registry schemes, keep_others, left-out rows, merged codes, id clashes") {
  const std::string s = std::string("{") + src + ", ";
  const std::string rule = R"("parties": {"table": "sy", "unpivot": {"except": ["CCODE", "Year"], "name": "igo", "value": "status"}, "group_by": "igo",
    "fields": {"id": {"column": "igo", "values": {"au": "AU"}, "keep_others": true}, "name": {"column": "igo"}, "kind": {"value": "organisation"},
               "organisation": {"value": "intergovernmental_organisation"}},
    "members": {"member": {"column": "ccode", "registry": "cow_number", "values": {"2": null}, "keep_others": true},
                "role": {"column": "status", "values": {"0": null, "1": "full_member", "-9": "unknown", "-1": "skip"}},
                "year": {"column": "year", "year": true}}}})";
  const auto map = mapping_from_json(s + R"("tables": {"sy": {"columns": ["ccode", "year"]}}, )" + rule, "m.json");
  // Headers in any case; a member mapped to null leaves its row out, counted; 255 and 260 are one member in 1990, counted once.
  const auto r = import_tables({{"t.csv", "ccode,year,un\n2,1990,1\n255,1990,1\n260,1990,1\n260,1989,1\n"}}, map);
  const auto& un = r.data.at(party_id{"un"});
  REQUIRE(un.members.size() == 1);
  CHECK(un.members[0].member.value == "DE");
  CHECK(un.members[0].period == date_range{partial_date{1989}, partial_date{1990}});
  CHECK(r.summary.tables[0].rows_left_out == 1);
  CHECK(r.summary.tables[0].cells_left_out == 1);
  CHECK(r.summary.merged == 1);
  CHECK(r.summary.line().find("(1 left out)") != std::string::npos);
  // An organisation whose id is a member country's id is refused.
  CHECK(has(problems_of([&] { return import_tables({{"t.csv", "ccode,year,au,un\n900,1992,-1,1\n"}}, map); }), "m.json",
            "the id 'AU' is a record of the tables and the country Australia"));
  // Mapping errors with their pointers.
  const auto refused = [&](const std::string& text, std::string_view place, std::string_view message) {
    const auto ps = problems_of([&] { return mapping_from_json(text, "m.json"); });
    INFO(text);
    CHECK(has(ps, place, message));
  };
  refused(s + R"("parties": {"fields": {"id": {"column": "x", "registry": "gw"}}}})", "m.json#/parties/fields/id/registry",
          "no code scheme is called 'gw'");
  refused(s + R"("parties": {"fields": {"id": {"column": "x", "registry": "cow_number", "party": true}}}})", "m.json#/parties/fields/id",
          "'party' or 'registry'");
  refused(s + R"("parties": {"fields": {"id": {"lookup": {"table": "t", "match": {"a": "{x}"}, "give": "b"}}}}})",
          "m.json#/parties/fields/id/lookup/table", "declares none");
  refused(s + R"("tables": {"t": {"columns": ["a"]}}, "parties": {"fields": {"id": {"lookup": {"table": "u", "match": {}, "give": "b"}}}}})",
          "m.json#/parties/fields/id/lookup/table", "no table is called 'u'; the tables are: t");
  refused(s + R"("tables": {"t": {"columns": ["a"]}}, "parties": {"fields": {"id": {"lookup": {"table": "t", "match": {}, "give": "b"}}}}})",
          "m.json#/parties/fields/id/lookup/match", "at least one column");
  refused(s + R"("tables": {"a": {"columns": ["x"]}, "b": {"columns": ["x"]}}, "parties": {"table": "a", "fields": {"id": {"column": "x"}}}})",
          "m.json#/tables/b/columns", "recognised by the same columns");
  refused(s + R"("tables": {"a": {"columns": ["x"]}, "b": {"columns": ["y"]}}, "parties": {"fields": {"id": {"column": "x"}}}})",
          "m.json#/parties/table", "name the one this rule reads");
  refused(s + R"("tables": {"a": {}}, "parties": {"fields": {"id": {"column": "x"}}}})", "m.json#/tables/a/columns", "give 'columns'");
  refused(s + R"("parties": {"fields": {"id": {"column": "x", "keep_others": true}}}})", "m.json#/parties/fields/id/keep_others", "needs 'values'");
  refused(s + R"("parties": {"unpivot": {"columns": ["a"], "except": ["b"]}, "fields": {"id": {"column": "x"}}}})", "m.json#/parties/unpivot",
          "not both");
  refused(s + R"("parties": {"fields": {"id": {"column": "x"}}, "group_by": "x", "members": {"member": {"column": "m"}, "role": {"column": "r"},
          "year": {"column": "y"}, "note_before": 1965}}})", "m.json#/parties/members/note_before", "needs 'note'");
  // A note that reads another column than the organisation and the year.
  const auto bad_note = mapping_from_json(s + R"("parties": {"unpivot": {"except": ["ccode", "year", "state"], "name": "igo", "value": "status"},
    "group_by": "igo", "fields": {"id": {"column": "igo"}}, "members": {"member": {"column": "ccode", "registry": "cow_number"},
    "role": {"column": "status", "values": {"1": "full_member"}}, "year": {"column": "year"}, "note": {"column": "state"}}}})", "n.json");
  CHECK(has(problems_of([&] { return import_table(state_year, bad_note); }), "n.json#/parties/members/note", "not 'state'"));
  // Without 'tables', one file only.
  CHECK(has(problems_of([&] { return import_tables({{"a.csv", "x\n1\n"}, {"b.csv", "x\n1\n"}}, bad_note); }), "n.json", "2 were given"));
}

TEST_CASE("every case of the malformed COW table corpus is refused with its code and place") {
  const auto dir = std::filesystem::path(REGCOOP_TEST_DATA_DIR) / "bad-import";
  const auto cases = corpus::manifest(dir);
  CHECK(cases.size() >= 7);
  for (const auto& e : cases) {
    INFO(e.file);
    std::vector<std::filesystem::path> files;
    for (std::size_t at = 0; at != std::string::npos;) {
      const auto comma = e.file.find(',', at);
      files.push_back(dir / e.file.substr(at, comma == std::string::npos ? comma : comma - at));
      at = comma == std::string::npos ? comma : comma + 1;
    }
    const auto ps = problems_of([&] { return import_table_files(files, cow_map()); });
    REQUIRE_FALSE(ps.empty());
    CHECK(std::string(to_string(ps.front().code)) == e.code);
    CHECK(ps.front().field.find(e.place) != std::string::npos);
    CHECK(ps.front().message.find(e.message) != std::string::npos);
  }
}
