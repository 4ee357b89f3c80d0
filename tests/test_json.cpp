#include "fixtures.hpp"

#include <regcoop/data/china_central_asia.hpp>
#include <regcoop/data/eurasian_organisations.hpp>
#include <regcoop/io/json.hpp>

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

TEST_CASE("the shipped data/eurasian-organisations.json equals the embedded dataset, byte for byte") {
  const auto file = std::filesystem::path(REGCOOP_SOURCE_DIR) / "data" / "eurasian-organisations.json";
  CHECK(read_file(file) == to_json(data::eurasian_organisations()));
  CHECK(load_json(file) == data::eurasian_organisations());
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
  CHECK(props.size() == 11);
  const auto& node = props.at("nodes").at("items").as_object();
  const auto& req = node.at("required").as_array();
  CHECK(std::find(req.begin(), req.end(), boost::json::value("lat")) != req.end());
  CHECK(std::find(req.begin(), req.end(), boost::json::value("id")) != req.end());
  CHECK(node.at("additionalProperties") == false);
  CHECK(props.at("projects").at("items").at("properties").at("kind").at("enum").as_array().size() == 15);
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
    // Three read problems, and the missing ISO code that validation finds in what was read.
    CHECK(e.problems().size() == 4);
    CHECK(e.problems().back().code == errc::unknown_country);
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

TEST_CASE("integers: whole doubles are accepted; fractions, overflow and wrong types are not") {
  const auto event_with = [](const std::string& ordinal) {
    return R"({"events": [{"id": "e", "name": "E", "ordinal": )" + ordinal + "}]}";
  };
  CHECK(from_json(event_with("2.0")).events().front().ordinal == 2);
  const auto frac = first_problem(event_with("2.5"));
  CHECK(frac.code == errc::invalid_value);
  CHECK(frac.field == "/events/0/ordinal");
  CHECK(first_problem(event_with("18446744073709551615")).code == errc::invalid_value);  // uint64, beyond int64
  CHECK(first_problem(event_with("9223372036854775807")).code == errc::invalid_value);   // int64, beyond int
  CHECK(first_problem(event_with("1e300")).code == errc::invalid_value);
  const auto text = first_problem(event_with("\"2\""));
  CHECK(text.code == errc::type_mismatch);
  CHECK(text.message == "expected an integer, found a string");
  CHECK(first_problem(event_with("[2]")).message == "expected an integer, found an array");
  CHECK(first_problem(event_with("{}")).message == "expected an integer, found an object");
  CHECK(first_problem(event_with("true")).message == "expected an integer, found a boolean");
}

TEST_CASE("dates: the message says which part is wrong") {
  const auto event_on = [](const std::string& date) {
    return R"({"events": [{"id": "e", "name": "E", "date": ")" + date + "\"}]}";
  };
  CHECK(first_problem(event_on("2025-02-30")).message == "day 30 out of range for 2025-02");
  CHECK(first_problem(event_on("2025-00")).message == "month 0 out of range");
  CHECK(first_problem(event_on("0000")).message == "year 0 out of range 1..9999");
  CHECK(first_problem(event_on("2025-5")).message == "'2025-5' is not a date of the form YYYY, YYYY-MM, YYYY-MM-DD, 'May 2025' or '17 May 2025'");
  CHECK(first_problem(event_on("Smarch 2025")).code == errc::invalid_date);
  CHECK(from_json(event_on("May 2025")).events().front().date == partial_date{2025, 5});  // month names are read too
}

TEST_CASE("type errors name what was found: null, numbers of every kind, strings for enums and dates") {
  const auto party_with = [](const std::string& member) {
    return R"({"parties": [{"id": "KZ", "name": "K", "iso_code": "KZ", )" + member + "}]}";
  };
  CHECK(first_problem(party_with(R"("aliases": null)")).message == "expected an array, found null");
  CHECK(first_problem(party_with(R"("kind": 3)")).message == "expected a string, found a number");
  CHECK(first_problem(party_with(R"("kind": 18446744073709551615)")).message == "expected a string, found a number");
  CHECK(first_problem(party_with(R"("kind": 1.5)")).message == "expected a string, found a number");
  const auto event_with = [](const std::string& member) {
    return R"({"events": [{"id": "e", "name": "E", )" + member + "}]}";
  };
  CHECK(first_problem(event_with(R"("date": 2025)")).message == "expected a date string, found a number");
  CHECK(first_problem(event_with(R"("ordinal": -9999999999)")).message == "integer -9999999999 out of range");
  CHECK(first_problem(event_with(R"("date": "2025-13-01")")).message == "month 13 out of range");
  // Members in any order read the same; unknown nested members can be ignored on request.
  const auto reordered = from_json(event_with(R"("date": "2024-05", "kind": "summit")"));
  CHECK(reordered.events().front().kind == event_kind::summit);
  const json_read_options lenient{.allow_unknown_fields = true};
  CHECK(from_json(event_with(R"("colour": "red")"), lenient).events().size() == 1);
  // A document that starts like a byte order mark but is not one is an ordinary parse error.
  const auto almost = first_problem("\xEF\xBB{}");
  CHECK(almost.code == errc::parse_error);
}

TEST_CASE("to_json(record) is the shape the record has inside the dataset document") {
  const dataset ds = data::china_central_asia();
  const std::string doc = to_json(ds);
  boost::mp11::mp_for_each<record_types>([&](auto t) {
    using R = decltype(t);
    for (const auto& r : ds.all<R>()) {
      // Inside the document each record is printed at depth 2: indent the record's own text.
      std::string nested;
      for (const char c : to_json(r)) {
        nested += c;
        if (c == '\n') nested += "    ";
      }
      CHECK(doc.find(nested) != std::string::npos);
      // Compact text is the same JSON value.
      CHECK(boost::json::parse(to_json(r, json_layout::compact)) == boost::json::parse(to_json(r)));
    }
  });
  const std::string arr = to_json_array(ds.sources());
  const auto parsed = boost::json::parse(arr);
  REQUIRE(parsed.is_array());
  CHECK(parsed.get_array().size() == ds.sources().size());
  CHECK(to_json_array(std::vector<source>{}) == "[]");
  CHECK(to_json(dataset{}) == "{}\n");
}

TEST_CASE("every problem in one pass: read problems do not hide range, reference and rule problems") {
  const std::string five = R"({
    "parties": [
      {"id": "KZ", "kind": "country", "name": "Kazakhstan", "iso_code": "KZ", "organisation": "none"},
      {"kind": "country", "name": "Nameless", "iso_code": "UZ", "organisation": "none"},
      {"id": "CU", "kind": "organisation", "name": "Union", "organisation": "customs_union", "founded": "2015-13",
       "members": [{"member": "XX"}]}
    ],
    "nodes": [{"id": "a", "name": "A", "country": "KZ", "lat": 50, "lon": 60},
              {"id": "b", "name": "B", "country": "KZ", "lat": 51, "lon": 60}],
    "segments": [{"id": "ab", "from": "a", "to": "b", "length_km": "far"},
                 {"id": "ba", "from": "b", "to": "a", "length_km": -2500}]
  })";
  try {
    (void)from_json(five);
    FAIL("expected an error");
  } catch (const error& e) {
    std::vector<std::string> got;
    for (const auto& p : e.problems()) got.push_back(std::string(to_string(p.code)) + " " + p.field);
    std::string all;
    for (const auto& g : got) all += g + "\n";
    INFO(all);
    CHECK(got.size() == 5);
    const auto has = [&](const std::string& s) { return std::find(got.begin(), got.end(), s) != got.end(); };
    CHECK(has("invalid_date /parties/2/founded"));
    CHECK(has("missing_field /parties/1/id"));
    CHECK(has("dangling_reference /parties/2/members/0/member"));
    CHECK(has("type_mismatch /segments/0/length_km"));
    CHECK(has("invalid_value /segments/1/length_km"));
  }
  // A negative length and a month 13: both.
  try {
    (void)from_json(R"({"parties": [{"id": "KZ", "kind": "country", "name": "K", "iso_code": "KZ", "organisation": "none",
                                     "founded": "2020-13"}],
                        "nodes": [{"id": "a", "name": "A", "country": "KZ", "lat": 1, "lon": 1},
                                  {"id": "b", "name": "B", "country": "KZ", "lat": 1, "lon": 2}],
                        "segments": [{"id": "ab", "from": "a", "to": "b", "length_km": -1}]})");
    FAIL("expected an error");
  } catch (const error& e) {
    CHECK(e.problems().size() == 2);  // the date and the negative length
  }
}

TEST_CASE("shortest-form doubles round-trip exactly (Boost.JSON 1.81's own conversion can be one ulp off)") {
  const std::string doc = R"({"parties": [{"id": "KZ", "name": "K", "iso_code": "KZ"}],
    "nodes": [{"id": "a", "name": "A", "country": "KZ", "lat": 40.6, "lon": 43.1},
              {"id": "b", "name": "B", "country": "KZ", "lat": 41.01, "lon": 28.98}],
    "segments": [{"id": "ab", "from": "a", "to": "b", "length_km": 1191.0537995521133, "hours": 0.30000000000000004}]})";
  const dataset ds = from_json(doc);
  CHECK(ds.segments()[0].length_km == 1191.0537995521133);
  CHECK(*ds.segments()[0].hours == 0.30000000000000004);
  CHECK(to_json(from_json(to_json(ds))) == to_json(ds));
  CHECK(to_json(ds).find("1191.0537995521133") != std::string::npos);
}

TEST_CASE("unknown keys holding '/' or '~' are named by RFC 6901 JSON pointers") {
  const char* doc = R"({"parties": [{"id": "KZ", "name": "K", "iso_code": "KZ", "a/b~c": 1}], "x/y": []})";
  try {
    (void)from_json(doc);
    FAIL("expected an error");
  } catch (const error& e) {
    std::vector<std::string> fields;
    for (const auto& p : e.problems()) fields.push_back(p.field);
    CHECK(fields == std::vector<std::string>{"/parties/0/a~1b~0c", "/x~1y"});
  }
}
