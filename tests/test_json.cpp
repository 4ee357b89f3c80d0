#include "fixtures.hpp"

#include <regcoop/data/china_central_asia.hpp>
#include <regcoop/json.hpp>

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>

using namespace regcoop;

namespace {

std::string read_file(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  REQUIRE(in.good());
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// The first problem of loading `text`, or a problem with an empty message when it loads.
problem first_problem(std::string_view text, const json_read_options& opt = {}) {
  try {
    (void)from_json(text, opt);
  } catch (const error& e) {
    return e.problems().front();
  }
  return {};
}

const char* const valid_doc = R"({
  "sources": [{"id": "src", "title": "t", "kind": "reference"}],
  "parties": [
    {"id": "KZ", "kind": "country", "name": "Kazakhstan", "iso_code": "KZ"},
    {"id": "CN", "kind": "country", "name": "China", "iso_code": "CN"}
  ],
  "projects": [
    {"id": "p", "name": "P", "kind": "railway", "hosts": ["KZ"],
     "status_history": [{"status": "planned", "since": "2020"}],
     "citations": [{"source": "src", "quote": "q"}]}
  ]
})";

}  // namespace

TEST_CASE("a hand-written document loads, with defaults for omitted members") {
  const dataset ds = from_json(valid_doc);
  CHECK(ds.parties().size() == 2);
  const auto& p = ds.at(project_id{"p"});
  CHECK(p.kind == project_kind::railway);
  CHECK(p.status_history.at(0).since == partial_date{2020});
  CHECK(p.citations.at(0).quote == "q");
  CHECK(ds.at(party_id{"KZ"}).organisation == organisation_kind::none);
}

TEST_CASE("round trip of the embedded dataset is lossless and canonical") {
  const dataset ds = data::china_central_asia();
  const std::string text = to_json(ds);
  const dataset back = from_json(text);
  CHECK(back == ds);
  CHECK(to_json(back) == text);
}

TEST_CASE("round trip keeps partial dates, bounds, optional values and unicode quotes") {
  const dataset ds = fixtures::small_builder().build();
  const dataset back = from_json(to_json(ds));
  CHECK(back == ds);
  CHECK(back.at(agreement_id{"visa"}).parties[0].in_force_from == partial_date{2023, 11, 10});
  CHECK(back.at(indicator_id{"trade"}).value->value == 94.8e9);
}

TEST_CASE("the shipped data/china-central-asia.json equals the embedded dataset, byte for byte") {
  const auto file = std::filesystem::path(REGCOOP_SOURCE_DIR) / "data" / "china-central-asia.json";
  CHECK(load_json(file) == data::china_central_asia());
  CHECK(read_file(file) == to_json(data::china_central_asia()));
}

TEST_CASE("the shipped data/regcoop.schema.json is current") {
  const auto file = std::filesystem::path(REGCOOP_SOURCE_DIR) / "data" / "regcoop.schema.json";
  CHECK(read_file(file) == json_schema_text());
}

TEST_CASE("the schema describes every collection and marks ids and numbers required") {
  const auto schema = json_schema();
  const auto& props = schema.at("properties").as_object();
  CHECK(props.size() == 10);
  const auto& node = props.at("nodes").at("items").as_object();
  const auto& req = node.at("required").as_array();
  CHECK(std::find(req.begin(), req.end(), boost::json::value("lat")) != req.end());
  CHECK(std::find(req.begin(), req.end(), boost::json::value("id")) != req.end());
  CHECK(node.at("additionalProperties") == false);
  CHECK(props.at("projects").at("items").at("properties").at("kind").at("enum").as_array().size() == 15);
}

struct bad_case {
  const char* name;
  std::string text;
  errc code;
  const char* pointer;
  const char* message_part;
};

TEST_CASE("malformed documents are rejected with code and JSON pointer") {
  const std::string deep = std::string(10000, '[') + std::string(10000, ']');
  const std::vector<bad_case> cases = {
      {"syntax", "{", errc::parse_error, "/", "line 1, column 2"},
      {"empty", "", errc::parse_error, "/", "empty"},
      {"blank", "  \n ", errc::parse_error, "/", "empty"},
      {"bom", "\xEF\xBB\xBF{}", errc::parse_error, "/", "byte order mark"},
      {"trailing", "{} x", errc::parse_error, "/", "line 1"},
      {"truncated", std::string(valid_doc).substr(0, 120), errc::parse_error, "/", "line"},
      {"nan", R"({"nodes": [{"lat": NaN}]})", errc::parse_error, "/", "syntax"},
      {"invalid utf-8", "{\"sources\": [{\"id\": \"s\xC3\x28\"}]}", errc::parse_error, "/", "line 1"},
      {"deep nesting", deep, errc::parse_error, "/", "line 1"},
      {"root array", "[]", errc::type_mismatch, "/", "expected an object, found an array"},
      {"unknown collection", R"({"widgets": []})", errc::unknown_field, "/widgets", "unknown collection"},
      {"collection not array", R"({"parties": {}})", errc::type_mismatch, "/parties", "expected an array"},
      {"record not object", R"({"parties": [1]})", errc::type_mismatch, "/parties/0", "expected an object, found a number"},
      {"missing id", R"({"parties": [{"name": "X"}]})", errc::missing_field, "/parties/0/id", "'id'"},
      {"unknown member", R"({"parties": [{"id": "KZ", "name": "K", "iso_code": "KZ", "colour": "blue"}]})",
       errc::unknown_field, "/parties/0/colour", "unknown member 'colour'"},
      {"string expected", R"({"parties": [{"id": "KZ", "name": 7, "iso_code": "KZ"}]})", errc::type_mismatch,
       "/parties/0/name", "expected a string, found a number"},
      {"bad enumerator", R"({"parties": [{"id": "KZ", "name": "K", "kind": "planet"}]})", errc::invalid_value,
       "/parties/0/kind", "'planet' is not one of: country, bloc, organisation"},
      {"month 13", R"({"projects": [{"id": "p", "name": "P", "status_history": [{"since": "2020-13"}]}]})",
       errc::invalid_date, "/projects/0/status_history/0/since", "month 13 out of range"},
      {"30 February", R"({"events": [{"id": "e", "name": "E", "date": "2024-02-30"}]})", errc::invalid_date,
       "/events/0/date", "day 30 out of range"},
      {"date as number", R"({"events": [{"id": "e", "name": "E", "date": 2024}]})", errc::type_mismatch,
       "/events/0/date", "expected a date string, found a number"},
      {"fractional integer", R"({"events": [{"id": "e", "name": "E", "ordinal": 1.5}]})", errc::invalid_value,
       "/events/0/ordinal", "not whole"},
      {"huge integer", R"({"events": [{"id": "e", "name": "E", "ordinal": 1000000000000}]})", errc::invalid_value,
       "/events/0/ordinal", "out of range"},
      {"missing latitude", R"({"nodes": [{"id": "n", "name": "N", "country": "KZ", "lon": 1}]})", errc::missing_field,
       "/nodes/0/lat", "'lat'"},
      {"dangling reference", R"({"parties": [{"id": "KZ", "name": "K", "iso_code": "KZ"}],
          "projects": [{"id": "p", "name": "P", "hosts": ["KZ", "ZZ"]}]})",
       errc::dangling_reference, "/projects/0/hosts/1", "no parties record has id 'ZZ'"},
      {"duplicate id", R"({"parties": [{"id": "KZ", "name": "K", "iso_code": "KZ"}, {"id": "KZ", "name": "K2", "iso_code": "KZ"}]})",
       errc::duplicate_id, "/parties/1/id", "same id"},
      {"unknown ISO code", R"({"parties": [{"id": "XX", "name": "X", "iso_code": "XX"}]})", errc::unknown_country,
       "/parties/0/iso_code", "'XX'"},
      {"empty name", R"({"parties": [{"id": "KZ", "name": "", "iso_code": "KZ"}]})", errc::empty_name,
       "/parties/0/name", "empty"},
      {"huge number", R"({"parties": [{"id": "KZ", "name": "K", "iso_code": "KZ"}],
          "nodes": [{"id": "n", "name": "N", "country": "KZ", "lat": 1e400, "lon": 0}]})",
       errc::not_finite, "/nodes/0/lat", "NaN or infinite"},
      {"negative km", R"({"parties": [{"id": "KZ", "name": "K", "iso_code": "KZ"}],
          "nodes": [{"id": "a", "name": "A", "country": "KZ", "lat": 1, "lon": 1},
                    {"id": "b", "name": "B", "country": "KZ", "lat": 2, "lon": 2}],
          "segments": [{"id": "s", "from": "a", "to": "b", "mode": "road", "length_km": -3}]})",
       errc::invalid_value, "/segments/0/length_km", "negative length"},
      {"inverted dates", R"({"parties": [{"id": "KZ", "name": "K", "iso_code": "KZ"}, {"id": "CN", "name": "C", "iso_code": "CN"}],
          "agreements": [{"id": "a", "name": "A", "parties": [{"party": "KZ", "signed_on": "2025-05", "in_force_from": "2024"}, {"party": "CN"}]}]})",
       errc::inverted_dates, "/agreements/0/parties/0/in_force_from", "before it is signed"},
      {"contradictory bound", R"({"parties": [{"id": "KZ", "name": "K", "iso_code": "KZ"}],
          "indicators": [{"id": "i", "measure": "m", "name": "I", "subjects": ["KZ"], "value": {"value": 5, "upper": 3, "bound": "range"}}]})",
       errc::contradictory_bound, "/indicators/0/value/upper", "below its lower end"},
      {"null where required", R"({"nodes": [{"id": null}]})", errc::type_mismatch, "/nodes/0/id", "found null"},
  };
  CHECK(cases.size() >= 20);
  for (const auto& c : cases) {
    const std::string name = c.name;
    const problem p = first_problem(c.text);
    CAPTURE(name);
    CAPTURE(p.message);
    CHECK(p.code == c.code);
    CHECK(p.field == c.pointer);
    CHECK(p.message.find(c.message_part) != std::string::npos);
  }
}

TEST_CASE("errors from loaded records name the record too, and what() puts the pointer first") {
  try {
    (void)from_json(R"({"parties": [{"id": "KZ", "name": "K", "iso_code": "KZ"}],
                        "projects": [{"id": "p", "name": "P"}, {"id": "cku", "name": "C", "hosts": ["ZZ"]}]})");
    FAIL("no throw");
  } catch (const error& e) {
    CHECK(std::string(e.what()) ==
          "dangling_reference: /projects/1/hosts/0 (projects/cku): no parties record has id 'ZZ'");
  }
}

TEST_CASE("every problem of a document is reported at once") {
  try {
    (void)from_json(R"({"parties": [{"id": "KZ", "name": 1, "kind": "planet", "colour": "red"}]})");
    FAIL("no throw");
  } catch (const error& e) {
    CHECK(e.problems().size() == 3);
  }
}

TEST_CASE("unknown members can be ignored on request") {
  const char* doc = R"({"parties": [{"id": "KZ", "name": "K", "iso_code": "KZ", "colour": "blue"}], "widgets": 1})";
  CHECK(first_problem(doc).code == errc::unknown_field);
  json_read_options opt;
  opt.allow_unknown_fields = true;
  CHECK(from_json(doc, opt).parties().size() == 1);
}

TEST_CASE("files: problems are prefixed with the file name — missing files are io_error") {
  const auto dir = std::filesystem::temp_directory_path();
  const auto bad = dir / "regcoop-test-bad.json";
  {
    std::ofstream out(bad);
    out << R"({"events": [{"id": "e", "name": "E", "date": "2025-13"}]})";
  }
  try {
    (void)load_json(bad);
    FAIL("no throw");
  } catch (const error& e) {
    CHECK(e.problems().front().field == bad.string() + "#/events/0/date");
  }
  std::filesystem::remove(bad);
  try {
    (void)load_json(dir / "regcoop-no-such-file.json");
    FAIL("no throw");
  } catch (const error& e) {
    CHECK(e.code() == errc::io_error);
  }
  const auto good = dir / "regcoop-test-good.json";
  save_json(data::china_central_asia(), good);
  CHECK(load_json(good) == data::china_central_asia());
  std::filesystem::remove(good);
}
