#pragma once
/// @file dyads.hpp
/// @brief The dyad-year table of joint membership (the Correlates of War IGO count) at day
/// precision.

#include "regcoop/memberships.hpp"

#include <algorithm>
#include <cstdint>
#include <optional>
#include <tuple>
#include <utility>
#include <vector>

namespace regcoop {

/// One row of a dyad-year table: two countries, a year, and the organisations both belonged
/// to on a common day of that year.
struct dyad_year {
  party_id a{};                          ///< the first country (ids in ascending order: a < b)
  party_id b{};                          ///< the second country
  int year = 0;                          ///< the year
  std::size_t count = 0;                 ///< number of organisations shared (`organisations.size()`)
  std::vector<party_id> organisations{};  ///< the organisations, in dataset order

  /// Field-wise equality. O(count).
  friend bool operator==(const dyad_year&, const dyad_year&) = default;
};

/// The dyad-year table of joint membership, the way the Correlates of War IGO data and
/// peacesciencer count it, at day precision: for each year in [first_year, last_year] and
/// each pair of countries, the organisations (blocs included) of which both were members in
/// `role` (default full; any role when nullopt) on at least one common day of the year,
/// accepted under `c` (`certain`: a common day is certain whatever days the partial dates
/// denote; `possible`: one may exist). Only pairs sharing at least one organisation are
/// listed, ordered by year, then a, then b. Members that are organisations are left out
/// (dyads are of countries). O(organisations · years · members²).
[[nodiscard]] inline std::vector<dyad_year> dyad_years(const dataset& ds, int first_year, int last_year,
                                                       std::optional<membership_role> role = membership_role::full_member,
                                                       certainty c = certainty::certain) {
  // (year, a, b) -> organisations, gathered per organisation then sorted once.
  struct hit {
    int year;
    const party* a;
    const party* b;
    std::size_t org;
  };
  std::vector<hit> hits;
  const auto parties = ds.parties();
  std::vector<std::pair<const party*, detail::spell_days>> spells;
  for (std::size_t o = 0; o < parties.size(); ++o) {
    spells.clear();
    const auto days = ds.spells().of(o);  // precomputed at build, in `members` order
    for (std::size_t k = 0; k < parties[o].members.size(); ++k) {
      const auto& m = parties[o].members[k];
      if (!detail::role_matches(m.role, role)) continue;
      const party* p = ds.find(m.member);
      if (p && p->kind == party_kind::country) spells.emplace_back(p, days[k]);
    }
    if (spells.size() < 2) continue;
    for (int y = first_year; y <= last_year; ++y) {
      const auto first = partial_date::serial(y, 1, 1), last = partial_date::serial(y, 12, 31);
      const std::size_t before = hits.size();
      for (std::size_t i = 0; i < spells.size(); ++i) {
        if (!accepted(detail::covers(spells[i].second, first, last), certainty::possible)) continue;
        for (std::size_t j = i + 1; j < spells.size(); ++j) {
          if (spells[i].first == spells[j].first) continue;
          if (!accepted(detail::together(spells[i].second, spells[j].second, first, last), c)) continue;
          const party* x = spells[i].first;
          const party* z = spells[j].first;
          if (z->id < x->id) std::swap(x, z);
          hits.push_back({y, x, z, o});
        }
      }
      // A pair with several spells in one organisation counts it once.
      std::sort(hits.begin() + static_cast<std::ptrdiff_t>(before), hits.end(), [](const hit& l, const hit& r) {
        return std::tie(l.a->id, l.b->id) < std::tie(r.a->id, r.b->id);
      });
      hits.erase(std::unique(hits.begin() + static_cast<std::ptrdiff_t>(before), hits.end(),
                             [](const hit& l, const hit& r) { return l.a == r.a && l.b == r.b; }),
                 hits.end());
    }
  }
  std::sort(hits.begin(), hits.end(), [](const hit& l, const hit& r) {
    return std::tie(l.year, l.a->id, l.b->id, l.org) < std::tie(r.year, r.a->id, r.b->id, r.org);
  });
  std::vector<dyad_year> out;
  for (const auto& h : hits) {
    if (out.empty() || out.back().year != h.year || out.back().a != h.a->id || out.back().b != h.b->id)
      out.push_back({h.a->id, h.b->id, h.year, 0, {}});
    out.back().organisations.push_back(parties[h.org].id);
    out.back().count = out.back().organisations.size();
  }
  return out;
}

}  // namespace regcoop
