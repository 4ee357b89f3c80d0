// Foreign tables by mapping: the GCDF- and COW-IGO-shaped samples through the shipped
// mappings, every problem with its place, the malformed mapping corpus, the mapping schema.
#include "manifest.hpp"

#include <regcoop/as_of.hpp>
#include <regcoop/data/eurasian_organisations.hpp>
#include <regcoop/json.hpp>
#include <regcoop/table_import.hpp>

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
  const auto& sco = ds.at(party_id{"SCO"});
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
      CHECK(m.citations[0].quote == "KZK sco 2001–2014: 1");
    }
    if (m.member.value == "MN") CHECK(m.role == membership_role::observer);
  }
  CHECK(kz == 1);
  // Georgia left the CIS: its spell ends in 2009; Afghanistan's -9 makes no spell.
  CHECK(member_on(ds.at(party_id{"CIS"}), party_id{"GE"}, partial_date{2008}) == truth::certainly);
  CHECK(member_on(ds.at(party_id{"CIS"}), party_id{"GE"}, partial_date{2009}) == truth::possibly);  // its last day is in 2009
  CHECK(member_on(ds.at(party_id{"CIS"}), party_id{"GE"}, partial_date{2010}) == truth::no);
  CHECK(member_on(ds.at(party_id{"CIS"}), party_id{"AF"}, partial_date{2001}, std::nullopt) == truth::no);
  // Every coded year agrees with the embedded dataset on 1 July of that year.
  const dataset& ref = data::eurasian_organisations();
  std::size_t compared = 0;
  for (const auto* org : {"CIS", "SCO"}) {
    const auto& mine = ds.at(party_id{org});
    const auto& theirs = ref.at(party_id{org});
    for (const auto* who : {"CN", "KZ", "KG", "TJ", "UZ", "RU", "MN", "AF", "GE"})
      for (int y = 2001; y <= 2014; ++y)
        for (const auto role : {membership_role::full_member, membership_role::observer}) {
          const bool here = member_on(mine, party_id{who}, partial_date{y}, role) != truth::no;
          const bool there = member_on(theirs, party_id{who}, partial_date{y, 7, 1}, role) != truth::no;
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
  refused(s + R"("projects": {"fields": {"id": {}}}})", "m.json#/projects/fields/id", "exactly one of column, value and template");
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
  // A mapping with several rules needs the kind.
  const auto two = mapping_from_json(s + R"("projects": {"fields": {"id": {"column": "x"}}}, "events": {"fields": {"id": {"column": "x"}}}})");
  CHECK(has(problems_of([&] { return import_table("x\n1\n", two); }), "mapping.json", "name the kind"));
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
