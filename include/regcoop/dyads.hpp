#pragma once
/// @file dyads.hpp
/// @brief The dyad-year table of joint membership (the Correlates of War IGO count) at day
/// precision.

#include "regcoop/memberships.hpp"
#include "regcoop/states.hpp"

#include <algorithm>
#include <cstdint>
#include <optional>
#include <string>
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

/// What a dyad-year table lists: the role and certainty of the memberships counted, whether
/// pairs that share nothing are listed too, and which countries.
struct dyad_options {
  /// The role both must hold (default: full members; any role when nullopt).
  std::optional<membership_role> role = membership_role::full_member;
  /// `certain`: a common day is certain whatever days the partial dates denote; `possible`:
  /// one may exist.
  certainty sure = certainty::certain;
  /// Also list the pairs that share no organisation in a year (count 0, no organisations):
  /// every pair of countries that both existed on a common day of the year, as far as the
  /// data say (a country's `founded` and `dissolved`, else the state registry's confirmed
  /// dates; no known date: every year); read as intervals, so a pair that possibly coexisted
  /// is listed.
  bool all_pairs = false;
  /// Only pairs of these countries (both in the list); empty: every country of the dataset.
  std::vector<party_id> parties{};

  /// Field-wise equality. O(parties).
  friend bool operator==(const dyad_options&, const dyad_options&) = default;
};

namespace detail {
// When a country existed, as a day span: its own `founded` / `dissolved`, else the state
// registry's confirmed dates; open where neither says.
inline day_span lifetime_of(const party& p) {
  std::optional<partial_date> from = p.founded, to = p.dissolved;
  if (!from || !to) {
    const state_info* s = !p.iso_code.empty() ? find_state(p.iso_code)
                          : p.cow_code        ? find_state(std::to_string(*p.cow_code), code_scheme::cow_number)
                                              : nullptr;
    if (s) {
      if (!from) from = partial_date::try_parse(s->from);
      if (!to) to = partial_date::try_parse(s->to);
    }
  }
  return span_of(from, to);
}

// The positions of the countries `ids` names, in ascending order of id; every party of the
// dataset when `ids` is empty. @throws regcoop::error: one `unknown_id` problem per id the
// dataset does not hold, and one `invalid_value` per party that is not a country.
inline std::vector<std::size_t> dyad_countries(const dataset& ds, const std::vector<party_id>& ids) {
  const auto parties = ds.parties();
  std::vector<std::size_t> out;
  if (ids.empty()) {
    for (std::size_t i = 0; i < parties.size(); ++i)
      if (parties[i].kind == party_kind::country) out.push_back(i);
  } else {
    std::vector<problem> bad;
    for (const auto& id : ids) {
      const auto pos = ds.position(id);
      if (!pos) {
        try {
          (void)ds.at(id);  // the one unknown-id message
        } catch (const error& e) {
          bad.insert(bad.end(), e.problems().begin(), e.problems().end());
        }
      } else if (parties[*pos].kind != party_kind::country)
        bad.push_back({errc::invalid_value, record_label<party>(id.value), "kind",
                       "'" + id.value + "' is " + (parties[*pos].kind == party_kind::bloc ? "a bloc" : "an organisation") +
                           ", not a country: dyads are pairs of countries"});
      else
        out.push_back(*pos);
    }
    if (!bad.empty()) throw error(std::move(bad));
  }
  std::sort(out.begin(), out.end(), [&](std::size_t x, std::size_t y) { return parties[x].id < parties[y].id; });
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}
}  // namespace detail

/// The dyad-year table of joint membership, the way the Correlates of War IGO data and
/// peacesciencer count it, at day precision: for each year in [first_year, last_year] and
/// each pair of countries, the organisations (blocs included) of which both were members in
/// `o.role` on at least one common day of the year, accepted under `o.sure`. Without
/// `o.all_pairs`, only pairs sharing at least one organisation are listed; with it, also every
/// other pair of countries that existed together in the year (see `dyad_options`), with count
/// 0 — a pair sharing an organisation is listed whatever the existence dates say. With
/// `o.parties`, only pairs of those countries. Ordered by year, then a, then b. Members that
/// are organisations are left out (dyads are of countries).
/// O(organisations · years · members²), plus O(years · countries²) with `all_pairs`.
/// @throws regcoop::error listing every id of `o.parties` the dataset does not hold
/// (`unknown_id`) and every one that is not a country (`invalid_value`).
[[nodiscard]] inline std::vector<dyad_year> dyad_years(const dataset& ds, int first_year, int last_year, const dyad_options& o) {
  const auto parties = ds.parties();
  const std::vector<std::size_t> countries = detail::dyad_countries(ds, o.parties);
  std::vector<char> in_set(parties.size(), o.parties.empty() ? 1 : 0);
  for (const auto c : countries) in_set[c] = 1;
  // (year, a, b) -> organisations, gathered per organisation then sorted once.
  struct hit {
    int year;
    const party* a;
    const party* b;
    std::size_t org;
  };
  std::vector<hit> hits;
  std::vector<std::pair<const party*, detail::spell_days>> spells;
  for (std::size_t org = 0; org < parties.size(); ++org) {
    spells.clear();
    const auto days = ds.spells().of(org);  // precomputed at build, in `members` order
    for (std::size_t k = 0; k < parties[org].members.size(); ++k) {
      const auto& m = parties[org].members[k];
      if (!detail::role_matches(m.role, o.role)) continue;
      const auto pos = ds.position(m.member);
      if (pos && parties[*pos].kind == party_kind::country && in_set[*pos]) spells.emplace_back(&parties[*pos], days[k]);
    }
    if (spells.size() < 2) continue;
    for (int y = first_year; y <= last_year; ++y) {
      const auto first = partial_date::serial(y, 1, 1), last = partial_date::serial(y, 12, 31);
      const std::size_t before = hits.size();
      for (std::size_t i = 0; i < spells.size(); ++i) {
        if (!accepted(detail::covers(spells[i].second, first, last), certainty::possible)) continue;
        for (std::size_t j = i + 1; j < spells.size(); ++j) {
          if (spells[i].first == spells[j].first) continue;
          if (!accepted(detail::together(spells[i].second, spells[j].second, first, last), o.sure)) continue;
          const party* x = spells[i].first;
          const party* z = spells[j].first;
          if (z->id < x->id) std::swap(x, z);
          hits.push_back({y, x, z, org});
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
  std::vector<dyad_year> shared;
  for (const auto& h : hits) {
    if (shared.empty() || shared.back().year != h.year || shared.back().a != h.a->id || shared.back().b != h.b->id)
      shared.push_back({h.a->id, h.b->id, h.year, 0, {}});
    shared.back().organisations.push_back(parties[h.org].id);
    shared.back().count = shared.back().organisations.size();
  }
  if (!o.all_pairs) return shared;
  // Every pair that existed together, merged in order with the pairs that share something.
  std::vector<detail::day_span> life;
  life.reserve(countries.size());
  for (const auto c : countries) life.push_back(detail::lifetime_of(parties[c]));
  std::vector<dyad_year> out;
  auto next = shared.begin();
  const auto key = [](const dyad_year& r) { return std::tie(r.year, r.a, r.b); };
  for (int y = first_year; y <= last_year; ++y) {
    const auto first = partial_date::serial(y, 1, 1), last = partial_date::serial(y, 12, 31);
    for (std::size_t i = 0; i < countries.size(); ++i) {
      if (!accepted(detail::covers(life[i], first, last), certainty::possible)) continue;
      for (std::size_t j = i + 1; j < countries.size(); ++j) {
        if (!accepted(detail::together(life[i], life[j], first, last), certainty::possible)) continue;
        dyad_year row{parties[countries[i]].id, parties[countries[j]].id, y, 0, {}};
        while (next != shared.end() && key(*next) < key(row)) out.push_back(std::move(*next++));
        if (next != shared.end() && key(*next) == key(row)) out.push_back(std::move(*next++));
        else out.push_back(std::move(row));
      }
    }
  }
  while (next != shared.end()) out.push_back(std::move(*next++));
  return out;
}

/// `dyad_years` with `dyad_options{role, c}`: the pairs sharing at least one organisation,
/// among every country of the dataset. O(organisations · years · members²).
[[nodiscard]] inline std::vector<dyad_year> dyad_years(const dataset& ds, int first_year, int last_year,
                                                       std::optional<membership_role> role = membership_role::full_member,
                                                       certainty c = certainty::certain) {
  return dyad_years(ds, first_year, last_year, dyad_options{.role = role, .sure = c});
}

}  // namespace regcoop
