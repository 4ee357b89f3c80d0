#include "csv_reader.hpp"

#include <regcoop/io/csv.hpp>
#include <regcoop/data/china_central_asia.hpp>
#include <regcoop/data/eurasian_organisations.hpp>
#include <regcoop/query/select.hpp>

#include <doctest/doctest.h>

#include <sstream>
#include <string>
#include <vector>

using namespace regcoop;

namespace {
// Reads back CSV text; every row must end in CRLF (checked by comparing with the strict reader's rows).
std::vector<std::vector<std::string>> parse_csv(const std::string& text) {
  REQUIRE(text.size() >= 2);
  CHECK(text.substr(text.size() - 2) == "\r\n");
  return csvread::read(text);
}
}  // namespace

TEST_CASE("CSV: one row per record, flattened columns, bounds and dates in their own columns") {
  const dataset ds = data::china_central_asia();
  const auto rows = parse_csv(to_csv<indicator>(ds));
  REQUIRE(rows.size() == ds.indicators().size() + 1);
  const auto& head = rows[0];
  for (const auto& r : rows) CHECK(r.size() == head.size());
  const auto col = [&](const std::string& name) {
    return static_cast<std::size_t>(std::find(head.begin(), head.end(), name) - head.begin());
  };
  REQUIRE(col("value.bound") < head.size());
  const auto& fdi = rows[2];
  CHECK(fdi[col("id")] == "fdi-cn-c5-2024");
  CHECK(fdi[col("value.value")] == "17000000000");
  CHECK(fdi[col("value.bound")] == "at_least");
  CHECK(fdi[col("value.as_of")] == "2024-12");
  CHECK(fdi[col("counterparts")] == "KZ|KG|TJ|TM|UZ");
  CHECK(fdi[col("citations")].find("\"quote\":\"China’s cumulative direct investment") != std::string::npos);
  const auto& trade = rows[1];
  CHECK(trade[col("value.period.from")] == "2024");
  CHECK(trade[col("value.value")] == "94800000000");
}

TEST_CASE("CSV of every record kind and of a query result") {
  const dataset ds = data::china_central_asia();
  boost::mp11::mp_for_each<record_types>([&](auto t) {
    using R = decltype(t);
    const auto rows = parse_csv(to_csv<R>(ds));
    CHECK(rows.size() == ds.all<R>().size() + 1);
    auto want = csv_columns<R>();
    if constexpr (std::is_same_v<R, party>) std::erase(want, "members");  // a table of its own: memberships.csv
    CHECK(rows[0] == want);
  });
  // The spells: one row per spell, in dataset order, organisation first.
  const auto spells = parse_csv(memberships_to_csv(data::eurasian_organisations()));
  CHECK(spells[0] == std::vector<std::string>{"organisation", "member", "role", "from", "to", "continues", "reported", "status_unknown", "citations"});
  std::size_t n = 0;
  for (const auto& p : data::eurasian_organisations().parties()) n += p.members.size();
  CHECK(spells.size() == n + 1);
  CHECK(membership_spells(data::eurasian_organisations()).size() == n);
  const party& sco = data::eurasian_organisations().at(party_id{"SCO"});
  CHECK(spell_of(spell_row(sco.id, sco.members.front())) == sco.members.front());
  // A selection written alone keeps every field, the spells as a JSON cell.
  std::ostringstream sel;
  write_csv(sel, std::vector<party>{sco});
  CHECK(parse_csv(sel.str())[0] == csv_columns<party>());
  std::ostringstream os;
  write_csv(os, select<project>(ds, in_sector(sector::energy)));
  CHECK(parse_csv(os.str()).size() == 1 + 5);
}

TEST_CASE("CSV quoting follows RFC 4180") {
  std::vector<source> rows{{.id = {"a"}, .title = "comma, \"quote\"\nline", .publisher = "plain"}};
  std::ostringstream os;
  write_csv(os, rows);
  const auto parsed = parse_csv(os.str());
  REQUIRE(parsed.size() == 2);
  CHECK(parsed[1][1] == "comma, \"quote\"\nline");
  CHECK(os.str().find("\"comma, \"\"quote\"\"\nline\"") != std::string::npos);
}

TEST_CASE("CSV: an absent gauge or price year is an empty cell, not a zero") {
  const dataset ds = data::china_central_asia();
  const auto segs = parse_csv(to_csv<segment>(ds));
  const auto& head = segs[0];
  const auto gauge = static_cast<std::size_t>(std::find(head.begin(), head.end(), "gauge_mm") - head.begin());
  const auto mode = static_cast<std::size_t>(std::find(head.begin(), head.end(), "mode") - head.begin());
  REQUIRE(gauge < head.size());
  std::size_t rail = 0, other = 0;
  for (std::size_t i = 1; i < segs.size(); ++i) {
    CHECK(segs[i][gauge] != "0");
    if (segs[i][mode] != "rail") {
      CHECK(segs[i][gauge].empty());
      ++other;
    } else if (!segs[i][gauge].empty()) {
      ++rail;
    }
  }
  CHECK(rail > 0);
  CHECK(other > 0);
  const auto ind = parse_csv(to_csv<indicator>(ds));
  const auto py = static_cast<std::size_t>(std::find(ind[0].begin(), ind[0].end(), "value.price_year") - ind[0].begin());
  REQUIRE(py < ind[0].size());
  for (std::size_t i = 1; i < ind.size(); ++i) CHECK(ind[i][py] != "0");
}
