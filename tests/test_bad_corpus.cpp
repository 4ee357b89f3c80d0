// The malformed-input corpus: every file under tests/data/bad/ is rejected with the code,
// JSON pointer and message its MANIFEST.tsv line names; a 100 MB file, made at test time, is
// rejected with bounded memory.
#include "manifest.hpp"

#include <regcoop/io/json.hpp>

#include <doctest/doctest.h>

#include <sys/resource.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

using namespace regcoop;

namespace {
const std::filesystem::path bad_dir = std::filesystem::path(REGCOOP_TEST_DATA_DIR) / "bad";

using corpus::expectation;
std::vector<expectation> manifest() { return corpus::manifest(bad_dir); }

long peak_rss_kib() {
  rusage u{};
  getrusage(RUSAGE_SELF, &u);
  return u.ru_maxrss;
}
}  // namespace

TEST_CASE("every file of the malformed corpus is rejected with its code and JSON pointer") {
  const auto cases = manifest();
  CHECK(cases.size() >= 40);
  std::size_t files = 0;
  for (const auto& entry : std::filesystem::directory_iterator(bad_dir)) files += entry.path().extension() == ".json";
  CHECK(files == cases.size());  // no file without an expectation, no expectation without a file
  for (const auto& c : cases) {
    const auto path = bad_dir / c.file;
    CAPTURE(c.file);
    try {
      (void)load_json(path);
      FAIL("accepted a malformed file");
    } catch (const error& e) {
      const auto& p = e.problems().front();
      CAPTURE(p.message);
      CHECK(to_string(p.code) == c.code);
      CHECK(p.field == path.string() + "#" + c.place);
      CHECK(p.message.find(c.message) != std::string::npos);
    }
  }
}

TEST_CASE("a 100 MB document is rejected with bounded memory") {
  const auto path = std::filesystem::temp_directory_path() / "regcoop-100mb.json";
  {
    std::ofstream out(path, std::ios::binary);
    out << "{\"parties\": [{\"id\": \"KZ\", \"name\": \"K\", \"iso_code\": \"KZ\"}], \"notes\": \"";
    const std::string chunk(1 << 20, 'x');
    for (int i = 0; i < 100; ++i) out << chunk;
    out << "\"}";
  }
  CHECK(std::filesystem::file_size(path) > 100'000'000);
  const long before = peak_rss_kib();
  try {
    (void)load_json(path);
    FAIL("accepted an unknown collection");
  } catch (const error& e) {
    CHECK(e.code() == errc::unknown_field);
    CHECK(e.problems().front().field == path.string() + "#/notes");
  }
  std::filesystem::remove(path);
  // The file is read once and parsed once: peak memory grows by a small multiple of its size.
  CHECK(peak_rss_kib() - before < 1'000'000);
}

TEST_CASE("fuzz regressions: every input once found to crash now loads or fails with regcoop::error") {
  const auto dir = std::filesystem::path(REGCOOP_TEST_DATA_DIR) / "fuzz-regressions";
  std::size_t n = 0;
  for (const auto& entry : std::filesystem::directory_iterator(dir)) {
    ++n;
    const std::string file = entry.path().filename().string();
    CAPTURE(file);
    try {
      const dataset ds = load_json(entry.path());
      CHECK(from_json(to_json(ds)) == ds);
    } catch (const error& e) {
      CHECK_FALSE(e.problems().empty());
    }
  }
  CHECK(n >= 1);
}

TEST_CASE("an id that starts with '#' is located by its id, not read as a position") {
  try {
    (void)from_json(R"({"parties": [{"id": "#x", "name": "", "iso_code": "KZ"}, {"id": "#", "name": "", "iso_code": "KZ"}]})");
    FAIL("accepted empty names");
  } catch (const error& e) {
    REQUIRE(e.problems().size() == 2);
    CHECK(e.problems()[0].field == "/parties/0/name");
    CHECK(e.problems()[1].field == "/parties/1/name");
  }
}
