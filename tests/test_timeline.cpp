#include <regcoop/data/china_central_asia.hpp>
#include <regcoop/query/timeline.hpp>

#include <doctest/doctest.h>

using namespace regcoop;

TEST_CASE("the timeline of the China–Central Asia mechanism, with ties explained") {
  const dataset ds = data::china_central_asia();
  const auto t = timeline(ds, mechanism_id{"china-central-asia"});
  REQUIRE(t.size() >= 8);
  CHECK(t.front().date == partial_date{2023});
  // Dated entries are ordered; undated ones come last and say so.
  for (std::size_t i = 1; i < t.size(); ++i) {
    if (t[i - 1].date && t[i].date) CHECK(t[i - 1].date->first_day() <= t[i].date->first_day());
    if (!t[i].date) CHECK(t[i].order_note == "undated");
  }
  // The two May 2025 ministers' meetings: their order is unknown.
  bool explained = false;
  for (const auto& e : t)
    explained = explained || e.order_note.find("2025-05 and 2025-05 overlap") != std::string::npos;
  CHECK(explained);
  CHECK(t.back().date == std::nullopt);
}

TEST_CASE("timelines of a party, a pair and a project") {
  const dataset ds = data::china_central_asia();
  const auto uz = timeline(ds, party_id{"UZ"});
  bool visa = false;
  for (const auto& e : uz) visa = visa || (e.record == "agreements/visa-cn-uz" && e.date == partial_date{2025, 6, 1});
  CHECK(visa);
  const auto pair = timeline(ds, party_id{"CN"}, party_id{"KZ"});
  CHECK(pair.front().date == partial_date{2023, 11, 10});  // visa exemption in force
  const auto cku = timeline(ds, project_id{"cku-railway"});
  REQUIRE(cku.size() == 1);
  CHECK(cku[0].what.find("reported by 2025-06") != std::string::npos);
  CHECK_THROWS_AS((void)timeline(ds, project_id{"nope"}), error);
}
