#include "fixtures.hpp"

#include <regcoop/data/china_central_asia.hpp>
#include <regcoop/integrity.hpp>

#include <doctest/doctest.h>

using namespace regcoop;

namespace {
bool has(const std::vector<finding>& fs, const std::string& record, const std::string& part) {
  return std::any_of(fs.begin(), fs.end(), [&](const finding& f) { return f.record == record && f.message.find(part) != std::string::npos; });
}
}  // namespace

TEST_CASE("the integrity report flags suspicious but valid data") {
  auto b = fixtures::small_builder();
  b.add(project{.id = {"bare"}, .name = "Bare"});
  b.add(source{.id = {"unused"}, .title = "Nobody cites me"});
  const dataset ds = b.build();
  const auto fs = integrity_report(ds);
  CHECK(has(fs, "projects/bare", "no source cited"));
  CHECK(has(fs, "projects/bare", "no host country"));
  CHECK(has(fs, "projects/bare", "no status"));
  CHECK(has(fs, "projects/p1", "neither a period nor an as-of date"));
  CHECK(has(fs, "sources/unused", "no record cites"));
  CHECK_FALSE(has(fs, "indicators/trade", "period"));
}

TEST_CASE("the embedded dataset: what the source leaves open is listed, nothing else") {
  const auto fs = integrity_report(data::china_central_asia());
  CHECK(has(fs, "projects/turgusun-hpp", "no status"));      // the source gives none
  CHECK(has(fs, "projects/wind-projects", "no host country"));  // nor the host countries
  CHECK(has(fs, "agreements/emergency-action-plans", "no signing"));
  for (const auto& f : fs) CHECK(f.message != "no source cited");
  for (const auto& f : fs) CHECK(f.message != "no record cites this source");
}
