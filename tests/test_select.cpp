#include "query_fixtures.hpp"

#include <regcoop/data/china_central_asia.hpp>
#include <regcoop/query/select.hpp>

#include <doctest/doctest.h>

#include <algorithm>
#include <set>

using namespace regcoop;

namespace {
std::set<std::string> ids_of(auto&& view) {
  std::set<std::string> out;
  for (const auto& r : view) out.insert(r.id.value);
  return out;
}
// Naive reference: the parties a project names, field by field.
bool project_names(const project& p, const party_id& x) {
  if (std::find(p.hosts.begin(), p.hosts.end(), x) != p.hosts.end()) return true;
  for (const auto& q : p.participants)
    if (q.party == x) return true;
  return false;
}
bool agreement_names(const agreement& a, const party_id& x) {
  for (const auto& q : a.parties)
    if (q.party == x) return true;
  return false;
}
}  // namespace

TEST_CASE("which energy projects are in Kazakhstan, and what status are they in") {
  const dataset ds = data::china_central_asia();
  const auto q = select<project>(ds, in_country(ds, {"KZ"}) && in_sector(sector::energy));
  CHECK(ids_of(q) == std::set<std::string>{"turgusun-hpp", "shymkent-refinery"});
  for (const auto& p : q) CHECK_FALSE(p.current_status().has_value());  // the source states none
  CHECK(std::ranges::distance(select<project>(ds, with_status(project_status::under_construction))) == 2);
}

TEST_CASE("which agreements did China sign with Kazakhstan") {
  const dataset ds = data::china_central_asia();
  const auto q = select<agreement>(ds, involves(ds, {"CN"}) && involves(ds, {"KZ"}));
  CHECK(ids_of(q) == std::set<std::string>{"transport-moc-2025", "visa-cn-kz", "emergency-action-plans", "partnership-cn-kz"});
  CHECK(ids_of(select<agreement>(ds, of_kind(agreement_kind::visa_exemption))) ==
        std::set<std::string>{"visa-cn-kz", "visa-cn-uz"});
}

TEST_CASE("involves() reaches members through their blocs") {
  const dataset ds = data::china_central_asia();
  // Germany is in no record by name, but the EU's C5+EU format involves it.
  CHECK(ids_of(select<mechanism>(ds, involves(ds, {"DE"}))) == std::set<std::string>{"c5-eu"});
  CHECK(std::ranges::distance(select<mechanism>(ds, involves(ds, {"DE"}, false))) == 0);
}

TEST_CASE("mechanism, date range, text and negation filters") {
  const dataset ds = data::china_central_asia();
  CHECK(std::ranges::distance(select<event>(ds, in_mechanism({"china-central-asia"}))) == 5);
  const date_range may2025{.from = partial_date{2025, 5}, .to = partial_date{2025, 5}};
  CHECK(ids_of(select<event>(ds, dated_within(may2025))) ==
        std::set<std::string>{"transport-ministers-2025", "education-ministers-2025"});
  CHECK(ids_of(select<agreement>(ds, dated_within(may2025, certainty::certain))) ==
        std::set<std::string>{"transport-moc-2025", "aix-sde-2025"});
  CHECK(ids_of(select<corridor>(ds, matches_text("middle corridor"))) == std::set<std::string>{"trans-caspian"});
  CHECK(ids_of(select<node>(ds, matches_text("XIAN"))) == std::set<std::string>{"xian"});
  const auto n_all = std::ranges::distance(ds.projects());
  const auto n_energy = std::ranges::distance(select<project>(ds, in_sector(sector::energy)));
  CHECK(std::ranges::distance(select<project>(ds, !in_sector(sector::energy))) == n_all - n_energy);
  CHECK(to_vector(select<party>(ds, of_kind(party_kind::organisation))).size() == 2);
}

TEST_CASE("property: filters match a naive reference on random datasets (>= 1,000 records, fixed seeds)") {
  for (std::uint32_t seed : {1u, 2u, 3u}) {
    const dataset ds = queryfix::make(seed);
    REQUIRE(ds.size() >= 1000);
    for (const char* who : {"KZ", "CN", "DE", "EU", "US"}) {
      const party_id x{who};
      std::vector<party_id> blocs_of_x;
      if (x == party_id{"DE"}) blocs_of_x.push_back({"EU"});
      const auto q = select<project>(ds, involves(ds, x) && in_sector(sector::energy));
      std::set<std::string> want;
      for (const auto& p : ds.projects()) {
        bool names = project_names(p, x);
        for (const auto& bl : blocs_of_x) names = names || project_names(p, bl);
        if (names && std::find(p.sectors.begin(), p.sectors.end(), sector::energy) != p.sectors.end())
          want.insert(p.id.value);
      }
      CAPTURE(seed);
      CAPTURE(who);
      CHECK(ids_of(q) == want);
      std::set<std::string> want_a;
      for (const auto& a : ds.agreements()) {
        bool names = agreement_names(a, x);
        for (const auto& bl : blocs_of_x) names = names || agreement_names(a, bl);
        if (names || a.kind == agreement_kind::treaty) want_a.insert(a.id.value);
      }
      CHECK(ids_of(select<agreement>(ds, involves(ds, x) || of_kind(agreement_kind::treaty))) == want_a);
    }
  }
}

TEST_CASE("property: the party index lists exactly the records that refer to a party (fixed seeds)") {
  for (std::uint32_t seed : {4u, 5u}) {
    const dataset ds = queryfix::make(seed);
    std::set<std::string> parties;
    for (const auto& p : ds.parties()) parties.insert(p.id.value);
    parties.insert("nobody");
    for (const auto& who : parties) {
      const party_id x{who};
      CAPTURE(seed);
      CAPTURE(who);
      const auto naive = [&](auto rows) {
        std::vector<std::uint32_t> out;
        for (std::size_t i = 0; i < rows.size(); ++i) {
          bool hit = false;
          // Field by field, without the library's reference walk.
          if constexpr (std::is_same_v<typename decltype(rows)::value_type, project>)
            hit = project_names(rows[i], x);
          else if constexpr (std::is_same_v<typename decltype(rows)::value_type, agreement>)
            hit = agreement_names(rows[i], x);
          else {
            const auto& r = rows[i];
            hit = std::find(r.subjects.begin(), r.subjects.end(), x) != r.subjects.end() ||
                  std::find(r.counterparts.begin(), r.counterparts.end(), x) != r.counterparts.end();
          }
          if (hit) out.push_back(static_cast<std::uint32_t>(i));
        }
        return out;
      };
      const auto as_vector = [](std::span<const std::uint32_t> s) { return std::vector<std::uint32_t>(s.begin(), s.end()); };
      CHECK(as_vector(ds.referring_to<project>(x)) == naive(ds.projects()));
      CHECK(as_vector(ds.referring_to<agreement>(x)) == naive(ds.agreements()));
      CHECK(as_vector(ds.referring_to<indicator>(x)) == naive(ds.indicators()));
    }
  }
}

TEST_CASE("involves() anchors a selection on the party index; ||, ! and party selections fall back to a scan") {
  const dataset ds = queryfix::make(6);
  const party_id kz{"KZ"};
  const auto anchored = select<project>(ds, in_sector(sector::energy) && involves(ds, kz, false));
  CHECK(anchored.visits() == ds.referring_to<project>(kz).size());
  CHECK(anchored.visits() < ds.projects().size());
  CHECK(anchored.count() == static_cast<std::size_t>(std::ranges::distance(anchored)));
  // Through blocs: the candidates of KZ and of its blocs, merged without duplicates.
  const auto de = select<agreement>(ds, involves(ds, party_id{"DE"}));
  std::set<std::uint32_t> merged;
  for (const char* p : {"DE", "EU"})
    for (auto i : ds.referring_to<agreement>(party_id{p})) merged.insert(i);
  CHECK(de.visits() == merged.size());
  // Either side unanchored: all records are visited.
  CHECK(select<project>(ds, involves(ds, kz) || in_sector(sector::energy)).visits() == ds.projects().size());
  CHECK(select<project>(ds, !involves(ds, kz)).visits() == ds.projects().size());
  // Both anchored: the union.
  CHECK(select<project>(ds, involves(ds, kz, false) || involves(ds, party_id{"CN"}, false)).visits() <= ds.projects().size());
  CHECK(select<party>(ds, involves(ds, kz)).visits() == ds.parties().size());
  CHECK(select<party>(ds, involves(ds, kz)).count() == 1);
  // A copied anchored selection still iterates its own candidates.
  const auto copy = de;
  CHECK(ids_of(copy) == ids_of(de));
}

TEST_CASE("anchors combine: && keeps either side's, || needs both, empty text matches all") {
  const dataset ds = queryfix::make(7);
  const party_id kz{"KZ"}, cn{"CN"};
  // The anchored side may be on the right of &&.
  const auto right = select<project>(ds, in_sector(sector::energy) && involves(ds, kz, false));
  const auto left = select<project>(ds, involves(ds, kz, false) && in_sector(sector::energy));
  CHECK(right.visits() == left.visits());
  CHECK(ids_of(right) == ids_of(left));
  // || with one unanchored side scans; with both anchored it visits the union.
  CHECK(select<project>(ds, in_sector(sector::energy) || involves(ds, kz, false)).visits() == ds.projects().size());
  const auto both = select<project>(ds, involves(ds, kz, false) || involves(ds, cn, false));
  std::set<std::uint32_t> uni;
  for (const auto& p : {kz, cn})
    for (auto i : ds.referring_to<project>(p)) uni.insert(i);
  CHECK(both.visits() == uni.size());
  CHECK(both.count() == uni.size());
  CHECK(select<project>(ds, matches_text("")).count() == ds.projects().size());
}
