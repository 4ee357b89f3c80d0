// Readers and files: every whole-file reader names the file when it is a folder, missing or
// empty; an empty CSV file of a folder is an error, a header alone is zero records; problems
// have one place format (`DIR/file.csv:row:column (column) (record)`, `file.json#/pointer
// (record)`); a UTF-8 byte order mark is accepted at the start of every JSON document.
#include <doctest/doctest.h>

#include <regcoop/io/csv_read.hpp>
#include <regcoop/data/china_central_asia.hpp>
#include <regcoop/io/geojson_read.hpp>
#include <regcoop/io/json.hpp>
#include <regcoop/network/scenario.hpp>
#include <regcoop/io/scenario_json.hpp>
#include <regcoop/io/table_import.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <functional>
#include <sstream>
#include <string>
#include <vector>

using namespace regcoop;

namespace {
namespace fs = std::filesystem;
const fs::path root = REGCOOP_SOURCE_DIR;
const std::string bom = "\xEF\xBB\xBF";

// A fresh folder under the system's temporary folder, removed at the end.
struct scratch {
  fs::path path;
  explicit scratch(const std::string& name) : path(fs::temp_directory_path() / ("regcoop-test-files-" + name)) {
    fs::remove_all(path);
    fs::create_directories(path);
  }
  ~scratch() { fs::remove_all(path); }
  scratch(const scratch&) = delete;
  scratch& operator=(const scratch&) = delete;
};

void write(const fs::path& file, const std::string& text) {
  fs::create_directories(file.parent_path());
  std::ofstream(file, std::ios::binary) << text;
}

std::string read(const fs::path& file) {
  std::ifstream in(file, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

// The error `f` throws (a default one, with a failed check, when it throws none).
error thrown(const std::function<void()>& f) {
  try {
    f();
  } catch (const error& e) {
    return e;
  }
  FAIL_CHECK("no regcoop::error thrown");
  return error(errc::invalid_value, "", "", "none");
}

// A reader given a folder, a missing file and an empty (0-byte) file: each a regcoop::error
// of the right code whose text names the path (what() and the first problem's message).
void refuses_bad_files(const std::string& name, const std::string& ext, const std::function<void(const fs::path&)>& reader) {
  const scratch tmp("bad-" + name);
  const fs::path folder = tmp.path / ("a-folder" + ext), missing = tmp.path / ("missing" + ext), empty = tmp.path / ("empty" + ext);
  fs::create_directories(folder);
  write(empty, "");
  struct expectation {
    fs::path path;
    errc code;
    std::string says;
  };
  for (const auto& x : {expectation{folder, errc::io_error, "is a folder, not a file"},
                        expectation{missing, errc::io_error, "cannot open the file"},
                        expectation{empty, errc::parse_error, "is empty"}}) {
    const std::string path = x.path.string();
    INFO(name << ": " << path);
    const error e = thrown([&] { reader(x.path); });
    CHECK(e.code() == x.code);
    const std::string what = e.what();
    INFO(what);
    CHECK(what.find("'" + path + "'") != std::string::npos);
    CHECK(what.find(x.says) != std::string::npos);
    REQUIRE_FALSE(e.problems().empty());
    CHECK(e.problems().front().message.find(path) != std::string::npos);
  }
}

const char* const mapping_text = R"({"source": {"id": "s", "title": "S"}, "projects": {"fields": {"id": {"column": "x"}, "name": {"column": "x"}}}})";
const char* const scenario_text = R"({"name": "t", "open_corridors": [{"corridor": "cku", "since": "2030"}], "close_borders": [{"between": ["CN", "KZ"]}]})";
}  // namespace

TEST_CASE("every whole-file reader names a folder, a missing file and an empty file") {
  const dataset& ds = data::china_central_asia();
  const auto map = mapping_from_json(mapping_text, "m.json");
  refuses_bad_files("load_json", ".json", [](const fs::path& p) { (void)load_json(p); });
  refuses_bad_files("load_geojson", ".geojson", [](const fs::path& p) { (void)load_geojson(p); });
  refuses_bad_files("load_scenario", ".json", [&](const fs::path& p) { (void)load_scenario(p, ds); });
  refuses_bad_files("load_mapping", ".json", [](const fs::path& p) { (void)load_mapping(p); });
  refuses_bad_files("import_table_file", ".csv", [&](const fs::path& p) { (void)import_table_file(p, map); });
  // read_csv_file adds the problem instead of throwing.
  refuses_bad_files("read_csv_file", ".csv", [](const fs::path& p) {
    std::vector<problem> probs;
    CHECK(read_csv_file<segment>(p, probs).empty());
    REQUIRE(probs.size() == 1);
    CHECK(probs.front().field == p.string());
    throw error(std::move(probs));
  });
  // load_csv_folder: not a folder, a folder that does not exist.
  const scratch tmp("folder");
  write(tmp.path / "plain.csv", "id,name\n");
  for (const auto& p : {tmp.path / "plain.csv", tmp.path / "none"}) {
    const error e = thrown([&] { (void)load_csv_folder(p); });
    CHECK(e.code() == errc::io_error);
    CHECK(std::string(e.what()).find("'" + p.string() + "'") != std::string::npos);
  }
}

TEST_CASE("a base mapping that is a folder, missing or empty is named, with the place of 'extends'") {
  const scratch tmp("extends");
  fs::create_directories(tmp.path / "folder.json");
  write(tmp.path / "empty.json", "");
  for (const std::string base : {"folder.json", "missing.json", "empty.json"}) {
    INFO(base);
    write(tmp.path / "derived.json", R"({"extends": ")" + base + R"(", "projects": {"fields": {"id": {"column": "x"}}}})");
    const error e = thrown([&] { (void)load_mapping(tmp.path / "derived.json"); });
    REQUIRE_FALSE(e.problems().empty());
    CHECK(e.problems().front().field == (tmp.path / "derived.json").string() + "#/extends");
    CHECK(e.problems().front().message.find((tmp.path / base).string()) != std::string::npos);
  }
}

TEST_CASE("a CSV folder: a 0-byte file of a kind is an error naming it, a header alone is zero records") {
  const dataset& ds = data::china_central_asia();
  const scratch tmp("empty-kind");
  save_csv_folder(ds, tmp.path);
  REQUIRE(fs::exists(tmp.path / "indicators.csv"));
  const std::string header = read(tmp.path / "indicators.csv").substr(0, read(tmp.path / "indicators.csv").find('\n') + 1);
  // A header alone: no indicators, everything else as before.
  write(tmp.path / "indicators.csv", header);
  const dataset no_indicators = load_csv_folder(tmp.path);
  CHECK(no_indicators.indicators().empty());
  CHECK(no_indicators.projects().size() == ds.projects().size());
  // 0 bytes: an error naming the file, nothing loaded.
  write(tmp.path / "indicators.csv", "");
  const error e = thrown([&] { (void)load_csv_folder(tmp.path); });
  CHECK(e.code() == errc::parse_error);
  CHECK(std::string(e.what()) == "parse_error: '" + (tmp.path / "indicators.csv").string() + "' is empty");
  // A 0-byte nodes.csv: the file is named, and not drowned in the segments' dangling references.
  save_csv_folder(ds, tmp.path);
  write(tmp.path / "nodes.csv", "");
  const error n = thrown([&] { (void)load_csv_folder(tmp.path); });
  REQUIRE(n.problems().size() == 1);
  CHECK(n.problems().front().message == "'" + (tmp.path / "nodes.csv").string() + "' is empty");
  // A folder named like a kind's file.
  save_csv_folder(ds, tmp.path);
  fs::remove(tmp.path / "sources.csv");
  fs::create_directories(tmp.path / "sources.csv");
  const error f = thrown([&] { (void)load_csv_folder(tmp.path); });
  CHECK(f.code() == errc::io_error);
  CHECK(std::string(f.what()).find("'" + (tmp.path / "sources.csv").string() + "' is a folder, not a file") != std::string::npos);
  // A link to nothing in place of a kind's file: named, not skipped.
  fs::remove_all(tmp.path / "sources.csv");
  save_csv_folder(ds, tmp.path);
  fs::remove(tmp.path / "indicators.csv");
  fs::create_symlink(tmp.path / "no-such-file.csv", tmp.path / "indicators.csv");
  const error l = thrown([&] { (void)load_csv_folder(tmp.path); });
  CHECK(l.code() == errc::io_error);
  CHECK(std::string(l.what()).find((tmp.path / "indicators.csv").string()) != std::string::npos);
}

TEST_CASE("one place format: a CSV folder's problems are DIR/file.csv:row:column (column) (record)") {
  const dataset& ds = data::china_central_asia();
  const scratch tmp("places");
  save_csv_folder(ds, tmp.path);
  // The third segment's length made negative: a validation problem, placed in the file.
  const fs::path segments = tmp.path / "segments.csv";
  std::string text = read(segments);
  std::vector<std::string> lines;
  for (std::size_t at = 0; at < text.size();) {
    const auto nl = text.find('\n', at);
    lines.push_back(text.substr(at, nl - at));
    at = nl + 1;
  }
  REQUIRE(lines.size() > 4);
  std::vector<std::string> header;
  {
    std::stringstream h(lines[0]);
    for (std::string c; std::getline(h, c, ',');) header.push_back(c);
  }
  const auto length_col = static_cast<std::size_t>(std::find(header.begin(), header.end(), "length_km") - header.begin());
  REQUIRE(length_col < header.size());
  // The cells before the length are ids and a mode: no quoted commas.
  std::string& row = lines[3];
  std::size_t begin = 0;
  for (std::size_t k = 0; k < length_col; ++k) begin = row.find(',', begin) + 1;
  const std::size_t end = std::min(row.find(',', begin), row.size());
  REQUIRE(begin > 0);
  const std::string id = row.substr(0, row.find(','));
  row.replace(begin, end - begin, "-5");
  text.clear();
  for (const auto& l : lines) text += l + "\n";
  write(segments, text);
  const error e = thrown([&] { (void)load_csv_folder(tmp.path); });
  const std::string place = segments.string() + ":4:" + std::to_string(length_col + 1) + " (length_km) (segments/" + id + ")";
  CHECK(std::string(e.what()) == "invalid_value: " + place + ": negative length");
  REQUIRE(e.problems().size() == 1);
  CHECK(place_of(e.problems().front()) == place);

  // A read problem and a validation problem inside a JSON cell, in one folder.
  const scratch small("places-small");
  write(small.path / "parties.csv",
        "id,kind,name,iso_code,organisation,members\n"
        "KZ,country,Kazakhstan,KZ,none,\n"
        "CU,organisation,Customs union,,customs_union,\"[{\"\"member\"\":\"\"XX\"\"}]\"\n");
  write(small.path / "nodes.csv", "id,name,country,lat,lon\na,A,KZ,50,far\n");
  const error s = thrown([&] { (void)load_csv_folder(small.path); });
  std::vector<std::string> got;
  for (const auto& p : s.problems()) got.push_back(place_of(p) + ": " + p.message);
  std::string all;
  for (const auto& g : got) all += g + "\n";
  INFO(all);
  const auto has = [&](const std::string& x) { return std::find(got.begin(), got.end(), x) != got.end(); };
  CHECK(has((small.path / "nodes.csv").string() + ":2:5 (lon) (nodes/a): expected a number, found 'far'"));
  CHECK(std::any_of(got.begin(), got.end(), [&](const std::string& g) {
    return g.rfind((small.path / "parties.csv").string() + ":3:6 (members) (parties/CU): /0/member: ", 0) == 0;
  }));
}

TEST_CASE("one place format: a JSON file's problems are file.json#/pointer (record)") {
  const scratch tmp("json-places");
  const fs::path file = tmp.path / "d.json";
  write(file, R"({"sources": [{"id": "s", "title": "S"}], "events": [{"id": "e", "name": "", "date": "2025"}]})");
  const error e = thrown([&] { (void)load_json(file); });
  REQUIRE(e.problems().size() == 1);
  CHECK(place_of(e.problems().front()) == file.string() + "#/events/0/name (events/e)");
  CHECK(std::string(e.what()).find(": " + file.string() + "#/events/0/name (events/e): ") != std::string::npos);
  // Without a place, record and field; a record alone; a field alone.
  CHECK(place_of(problem{errc::invalid_value, "segments/ab", "length_km", "negative"}) == "segments/ab/length_km");
  CHECK(place_of(problem{errc::invalid_value, "segments/ab", "", "negative"}) == "segments/ab");
  CHECK(place_of(problem{errc::invalid_value, "", "kind", "bad"}) == "kind");
}

TEST_CASE("a UTF-8 byte order mark is accepted at the start of every JSON document, and changes nothing") {
  const scratch tmp("bom");
  const dataset& ds = data::china_central_asia();
  // Dataset JSON: text and file.
  const std::string doc = to_json(ds);
  CHECK(from_json(bom + doc) == ds);
  write(tmp.path / "d.json", bom + doc);
  CHECK(load_json(tmp.path / "d.json") == ds);
  // A BOM followed by nothing is an empty document; a BOM inside is not skipped.
  CHECK(thrown([&] { (void)from_json(bom + " "); }).code() == errc::parse_error);
  CHECK(thrown([&] { (void)from_json(" " + bom + doc); }).code() == errc::parse_error);
  // Places after a BOM count from the document's first character.
  const error at = thrown([&] { (void)from_json(bom + "{\"events\": [}"); });
  CHECK(at.problems().front().message.rfind("line 1, column 13", 0) == 0);
  // GeoJSON.
  const std::string geo = read(root / "tests" / "data" / "geojson" / "two-cities.geojson");
  REQUIRE_FALSE(geo.empty());
  CHECK(network_from_geojson(bom + geo) == network_from_geojson(geo));
  write(tmp.path / "n.geojson", bom + geo);
  CHECK(load_geojson(tmp.path / "n.geojson") == network_from_geojson(geo));
  // Scenario.
  write(tmp.path / "s.json", bom + scenario_text);
  write(tmp.path / "plain-s.json", scenario_text);
  CHECK(apply(ds, load_scenario(tmp.path / "s.json", ds)) == apply(ds, load_scenario(tmp.path / "plain-s.json", ds)));
  CHECK(apply(ds, scenario_from_json(bom + scenario_text, ds)) == apply(ds, scenario_from_json(scenario_text, ds)));
  // Mapping, and a base mapping with a BOM under a derived one.
  const std::string table = "x\np1\np2\n";
  const auto plain = import_table(table, mapping_from_json(mapping_text));
  CHECK(import_table(table, mapping_from_json(bom + mapping_text)) == plain);
  write(tmp.path / "base.json", bom + mapping_text);
  write(tmp.path / "derived.json", bom + R"({"extends": "base.json"})");
  CHECK(import_table(table, load_mapping(tmp.path / "derived.json")) == plain);
  // CSV through a mapping, as a CSV folder reads one already.
  CHECK(import_table(bom + table, mapping_from_json(mapping_text)) == plain);
}

TEST_CASE("a file that reports size 0 but holds text (/proc) is read whole, not called empty") {
  const fs::path status = "/proc/self/status";
  if (!fs::exists(status)) return;  // not Linux: nothing to check
  REQUIRE(fs::file_size(status) == 0);
  CHECK_FALSE(detail::file_problem(status).has_value());
  const std::string text = detail::file_text(status);
  CHECK(text.find("Name:") != std::string::npos);
}
