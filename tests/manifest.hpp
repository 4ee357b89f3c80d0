#pragma once
// A malformed-input corpus's MANIFEST.tsv: one line per file — file, expected problem code,
// expected place (JSON pointer or file:row:column), part of the expected message; '#' lines
// are comments. Shared by the JSON, CSV and GeoJSON corpus tests.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace corpus {

struct expectation {
  std::string file, code, place, message;
};

inline std::vector<expectation> manifest(const std::filesystem::path& dir) {
  std::ifstream in(dir / "MANIFEST.tsv");
  REQUIRE(in.good());
  std::vector<expectation> out;
  for (std::string line; std::getline(in, line);) {
    if (line.empty() || line[0] == '#') continue;
    std::stringstream ss(line);
    expectation e;
    std::getline(ss, e.file, '\t');
    std::getline(ss, e.code, '\t');
    std::getline(ss, e.place, '\t');
    std::getline(ss, e.message, '\t');
    out.push_back(e);
  }
  return out;
}

}  // namespace corpus
