// The dyad-year table with options: every pair of countries (count 0 where they share
// nothing), pairs within a set of countries, and the ids it refuses.
#include "embedded.hpp"
#include "fixtures.hpp"

#include <regcoop/data/builtin.hpp>
#include <regcoop/detail/spell_index.hpp>
#include <regcoop/query/dyads.hpp>
#include <regcoop/dataset/merge.hpp>

#include <doctest/doctest.h>

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <map>
#include <optional>
#include <random>
#include <set>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

using namespace regcoop;

namespace {
using fixtures::c5;
using fixtures::embedded;

bool ordered(const std::vector<dyad_year>& rows) {
  return std::is_sorted(rows.begin(), rows.end(), [](const dyad_year& x, const dyad_year& y) {
    return std::tie(x.year, x.a, x.b) < std::tie(y.year, y.a, y.b);
  });
}
}  // namespace

TEST_CASE("dyads: every pair of five countries in every year, with zero rows") {
  const auto& ds = embedded();
  const dyad_options all{.all_pairs = true, .parties = c5};
  const auto rows = dyad_years(ds, 1992, 2024, all);
  CHECK(ordered(rows));
  // All five were independent by the end of 1991: n(n-1)/2 = 10 pairs a year.
  std::map<int, std::size_t> per_year;
  for (const auto& r : rows) ++per_year[r.year];
  CHECK(per_year.size() == 33);
  for (const auto& y : per_year) CHECK_MESSAGE(y.second == 10, y.first);
  // The rows with something shared are exactly those of the table without all_pairs.
  const auto shared = dyad_years(ds, 1992, 2024, dyad_options{.parties = c5});
  std::vector<dyad_year> nonzero;
  std::copy_if(rows.begin(), rows.end(), std::back_inserter(nonzero), [](const dyad_year& r) { return r.count > 0; });
  CHECK(nonzero == shared);
  for (const auto& r : rows) {
    CHECK(r.a < r.b);
    CHECK(r.count == r.organisations.size());
  }
  // 1991: Turkmenistan was a full member of nothing with the others (the CIS and ECO from later).
  const auto y1991 = dyad_years(ds, 1991, 1991, all);
  REQUIRE(y1991.size() == 10);
  const auto kg_tm = std::find_if(y1991.begin(), y1991.end(), [](const dyad_year& r) { return r.a.value == "KG" && r.b.value == "TM"; });
  REQUIRE(kg_tm != y1991.end());
  CHECK(kg_tm->count == 0);
  CHECK(kg_tm->organisations.empty());
}

TEST_CASE("dyads: only pairs of countries that existed together in the year") {
  const auto& ds = embedded();
  // The Soviet Union ended 1991-12-26; Czechia and Slovakia begin 1993-01-01 (state registry:
  // the records give no dates); Kazakhstan's own record: independent 1991-12-16.
  const dyad_options o{.all_pairs = true, .parties = {{"SU"}, {"KZ"}, {"CZ"}, {"SK"}}};
  const auto pairs = [&](int y) {
    std::vector<std::pair<std::string, std::string>> out;
    for (const auto& r : dyad_years(ds, y, y, o)) out.emplace_back(r.a.value, r.b.value);
    return out;
  };
  using pairs_t = std::vector<std::pair<std::string, std::string>>;
  CHECK(pairs(1990).empty());  // Kazakhstan not yet independent
  CHECK(pairs(1991) == pairs_t{{"KZ", "SU"}});
  CHECK(pairs(1992).empty());  // the Soviet Union gone, Czechia and Slovakia not yet there
  CHECK(pairs(1993) == pairs_t{{"CZ", "KZ"}, {"CZ", "SK"}, {"KZ", "SK"}});
  CHECK(pairs(2004) == pairs(1993));
  const auto y2004 = dyad_years(ds, 2004, 2004, o);
  const auto cz_sk = std::find_if(y2004.begin(), y2004.end(), [](const dyad_year& r) { return r.a.value == "CZ" && r.b.value == "SK"; });
  REQUIRE(cz_sk != y2004.end());
  CHECK(cz_sk->organisations == std::vector<party_id>{{"EU"}});  // both joined 2004-05-01
}

TEST_CASE("dyads: every pair of the dataset's countries that existed in the year") {
  const auto& ds = embedded();
  const auto rows = dyad_years(ds, 2020, 2020, dyad_options{.all_pairs = true});
  // Countries of 2020: every country party but the Soviet Union (no other has an end).
  std::size_t n = 0;
  for (const auto& p : ds.parties()) n += p.kind == party_kind::country && p.id.value != "SU";
  CHECK(rows.size() == n * (n - 1) / 2);
  CHECK(std::none_of(rows.begin(), rows.end(), [](const dyad_year& r) { return r.a.value == "SU" || r.b.value == "SU"; }));
  CHECK(ordered(rows));
  // Nothing is left out of the plain table.
  const auto plain = dyad_years(ds, 2020, 2020);
  for (const auto& p : plain) CHECK(std::find(rows.begin(), rows.end(), p) != rows.end());
}

TEST_CASE("dyads: a set of countries keeps the pairs within it") {
  const auto& ds = embedded();
  const std::set<std::string> set{"KZ", "KG", "RU", "CN"};
  const auto every = dyad_years(ds, 2010, 2020);
  std::vector<dyad_year> expected;
  std::copy_if(every.begin(), every.end(), std::back_inserter(expected),
               [&](const dyad_year& r) { return set.count(r.a.value) && set.count(r.b.value); });
  REQUIRE(!expected.empty());
  const auto filtered = dyad_years(ds, 2010, 2020, dyad_options{.parties = {{"KZ"}, {"KG"}, {"RU"}, {"CN"}}});
  CHECK(filtered == expected);
  // A country given twice counts once.
  CHECK(dyad_years(ds, 2010, 2020, dyad_options{.parties = {{"KZ"}, {"KG"}, {"RU"}, {"CN"}, {"KZ"}}}) == expected);
  // The old call form is the options form.
  CHECK(dyad_years(ds, 2010, 2020, std::nullopt, certainty::possible) ==
        dyad_years(ds, 2010, 2020, dyad_options{.role = std::nullopt, .sure = certainty::possible}));
}

TEST_CASE("dyads: a pair sharing an organisation is listed whatever the existence dates say") {
  using namespace fixtures;
  auto b = two_countries();
  b.add(party{.id = {"ORG"},
              .kind = party_kind::organisation,
              .name = "An organisation",
              .organisation = organisation_kind::intergovernmental_organisation,
              .members = {{.member = {"KZ"}, .period = {.from = partial_date{1985}}},
                          {.member = {"CN"}, .period = {.from = partial_date{1985}}}}});
  const dataset ds = b.build();
  const auto rows = dyad_years(ds, 1989, 1992, dyad_options{.all_pairs = true});
  // Kazakhstan is independent from 1991-12-16 (state registry), yet its 1985 spell counts.
  REQUIRE(rows.size() == 4);
  for (const auto& r : rows) CHECK(r.organisations == std::vector<party_id>{{"ORG"}});
}

TEST_CASE("dyads: unknown ids and parties that are not countries are refused, every one named") {
  const auto& ds = embedded();
  try {
    (void)dyad_years(ds, 2020, 2020, dyad_options{.parties = {{"KZ"}, {"XX"}, {"SCO"}, {"YY"}}});
    FAIL("no error");
  } catch (const error& e) {
    REQUIRE(e.problems().size() == 3);
    CHECK(e.problems()[0].code == errc::unknown_id);
    CHECK(e.problems()[0].record == "parties/XX");
    CHECK(e.problems()[1].code == errc::invalid_value);
    CHECK(e.problems()[1].message == "'SCO' is an organisation, not a country: dyads are pairs of countries");
    CHECK(e.problems()[2].record == "parties/YY");
  }
}

TEST_CASE("dyads: the yearly sweep against a day-by-day reference, several spells of a member in one organisation") {
  // Random organisations over six countries: each member holds one to three spells one after
  // the other (gaps of days to years, ends known to the year, the month or the day), so that a
  // member may hold two spells in one year; every pair of members, organisation and year is
  // checked day by day, certain and possible, with the organisations listed and counted.
  std::mt19937 rng(20261206);
  const std::vector<std::string> ids{"AM", "BY", "KG", "KZ", "RU", "TJ"};
  const auto pick = [&](int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng); };
  const auto coarse = [&](std::int32_t serial) {
    const std::chrono::year_month_day d{std::chrono::sys_days{std::chrono::days{serial}}};
    const int y = static_cast<int>(d.year());
    const auto m = static_cast<int>(static_cast<unsigned>(d.month())), dd = static_cast<int>(static_cast<unsigned>(d.day()));
    switch (pick(0, 2)) {
      case 0: return partial_date{y, 0, 0};
      case 1: return partial_date{y, m, 0};
      default: return partial_date{y, m, dd};
    }
  };
  for (int round = 0; round < 12; ++round) {
    dataset_builder b;
    for (const auto& c : ids) b.add(party{.id = {c}, .name = c, .iso_code = c});
    for (int org = 0; org < 4; ++org) {
      party o{.id = {"O" + std::to_string(org)}, .kind = party_kind::organisation, .name = "O" + std::to_string(org),
              .organisation = organisation_kind::intergovernmental_organisation};
      for (const auto& c : ids) {
        if (pick(0, 3) == 0) continue;
        // Spells in order, each ending (a year, a month or a day coarse) before the next begins.
        std::int32_t at = partial_date::serial(2000, 1, 1) + pick(0, 900);
        const int n = pick(1, 3);
        for (int k = 0; k < n && at < partial_date::serial(2006, 1, 1); ++k) {
          const partial_date from = coarse(at);
          const std::int32_t end = from.last_day() + pick(20, 700);
          partial_date to = coarse(end);
          // The next spell begins after this one's last possible day.
          const bool open = k + 1 == n && pick(0, 2) == 0;
          o.members.push_back({.member = {c}, .period = {from, open ? std::nullopt : std::optional(to)}});
          at = to.last_day() + pick(1, 400);
        }
      }
      b.add(std::move(o));
    }
    const dataset ds = std::move(b).build();
    for (const certainty sure : {certainty::possible, certainty::certain}) {
      const auto rows = dyad_years(ds, 1999, 2008, membership_role::full_member, sure);
      std::map<std::tuple<int, std::string, std::string>, std::vector<std::string>> got, want;
      for (const auto& r : rows) {
        CHECK(r.count == r.organisations.size());
        std::vector<std::string> orgs;
        for (const auto& o : r.organisations) orgs.push_back(o.value);
        got[{r.year, r.a.value, r.b.value}] = orgs;
      }
      for (int y = 1999; y <= 2008; ++y)
        for (const auto& o : ds.parties()) {
          if (o.kind != party_kind::organisation) continue;
          // The spells' days as the dataset's spell index holds them (it reads a member's spells
          // in order: tests/test_spell_rules.cpp checks those), each day of the year scanned.
          const auto days = ds.spells().of(*ds.position(o.id));
          const auto holds = [&](std::size_t k, std::int32_t day) {
            const auto& d = days[k];
            return sure == certainty::possible ? d.possible_begin <= day && day <= d.possible_end
                                               : d.certain_begin <= day && day <= d.certain_end;
          };
          for (std::size_t i = 0; i < ids.size(); ++i)
            for (std::size_t j = i + 1; j < ids.size(); ++j) {
              bool common = false;
              for (auto day = partial_date::serial(y, 1, 1); day <= partial_date::serial(y, 12, 31) && !common; ++day)
                for (std::size_t k1 = 0; k1 < o.members.size(); ++k1)
                  for (std::size_t k2 = 0; k2 < o.members.size(); ++k2)
                    common = common || (o.members[k1].member.value == ids[i] && o.members[k2].member.value == ids[j] &&
                                        holds(k1, day) && holds(k2, day));
              if (common) want[{y, ids[i], ids[j]}].push_back(o.id.value);
            }
        }
      CHECK(got == want);
      CHECK(ordered(rows));
      // Counts only: the same rows without the organisations.
      dyad_options counts_only{.sure = sure, .with_organisations = false};
      const auto counted = dyad_years(ds, 1999, 2008, counts_only);
      REQUIRE(counted.size() == rows.size());
      for (std::size_t k = 0; k < rows.size(); ++k) {
        CHECK(counted[k].count == rows[k].count);
        CHECK(counted[k].organisations.empty());
        CHECK(std::tie(counted[k].year, counted[k].a, counted[k].b) == std::tie(rows[k].year, rows[k].a, rows[k].b));
      }
    }
  }
}
