// The malformed CSV and GeoJSON corpora: each file is refused, and its first problem has the
// code, place and message its MANIFEST.tsv line names. (The JSON corpus: test_bad_corpus.cpp.)
#include "manifest.hpp"

#include <regcoop/io/csv_read.hpp>
#include <regcoop/io/geojson_read.hpp>

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

using namespace regcoop;

namespace {
using corpus::expectation;
using corpus::manifest;

std::string read_file(const std::filesystem::path& f) {
  std::ifstream in(f, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

void check_first(const std::vector<problem>& probs, const expectation& e) {
  INFO(e.file);
  REQUIRE_FALSE(probs.empty());
  CHECK(std::string(to_string(probs.front().code)) == e.code);
  CHECK(probs.front().field.find(e.place) != std::string::npos);
  CHECK(probs.front().message.find(e.message) != std::string::npos);
}
}  // namespace

TEST_CASE("every file of the malformed CSV corpus is refused with its code, place and column") {
  const auto dir = std::filesystem::path(REGCOOP_TEST_DATA_DIR) / "bad-csv";
  const auto cases = manifest(dir);
  CHECK(cases.size() >= 20);
  for (const auto& e : cases) {
    const std::string kind = e.file.substr(0, e.file.find('-'));
    std::vector<problem> probs;
    bool known = false;
    boost::mp11::mp_for_each<record_types>([&](auto rt) {
      using R = decltype(rt);
      if (kind != collection_name<R>()) return;
      known = true;
      (void)read_csv<R>(read_file(dir / e.file), e.file, probs);
    });
    CHECK_MESSAGE(known, e.file);
    check_first(probs, e);
  }
}

TEST_CASE("every file of the malformed GeoJSON corpus is refused with its code and JSON pointer") {
  const auto dir = std::filesystem::path(REGCOOP_TEST_DATA_DIR) / "bad-geojson";
  const auto cases = manifest(dir);
  CHECK(cases.size() >= 15);
  for (const auto& e : cases) {
    std::vector<problem> probs;
    try {
      (void)load_geojson(dir / e.file);
    } catch (const error& err) {
      probs = err.problems();
    }
    auto ex = e;
    ex.place = e.file + "#" + e.place;
    check_first(probs, ex);
  }
}

TEST_CASE("CSV fuzz regressions: each input once found to break the round trip reads back unchanged or is refused") {
  const auto dir = std::filesystem::path(REGCOOP_TEST_DATA_DIR) / "fuzz-regressions-csv";
  std::size_t n = 0;
  for (const auto& entry : std::filesystem::directory_iterator(dir)) {
    ++n;
    const std::string text = read_file(entry.path());
    INFO(entry.path().filename().string());
    boost::mp11::mp_for_each<boost::mp11::mp_list<segment, party>>([&](auto rt) {
      using R = decltype(rt);
      std::vector<problem> probs;
      const auto rows = read_csv<R>(text, "fuzz.csv", probs);
      if (!probs.empty()) return;
      std::ostringstream os;
      write_csv(os, rows);
      std::vector<problem> again;
      CHECK(read_csv<R>(os.str(), "fuzz.csv", again) == rows);
      CHECK(again.empty());
    });
  }
  CHECK(n >= 1);
}
