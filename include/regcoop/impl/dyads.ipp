#pragma once
/// @file impl/dyads.ipp
/// @brief Definitions of `dyad_years`, declared in `regcoop/query/dyads.hpp`. Included by that
/// header in header-only mode and by `regcoop/src.hpp` under REGCOOP_SEPARATE_COMPILATION.

#include "regcoop/detail/membership_rules.hpp"
#include "regcoop/detail/spell_index.hpp"
#include "regcoop/model/states.hpp"
#include "regcoop/query/dyads.hpp"

#include <algorithm>
#include <cstdint>
#include <optional>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

REGCOOP_STRING_WARNINGS_BEGIN

namespace regcoop {

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

REGCOOP_DECL std::vector<dyad_year> dyad_years(const dataset& ds, int first_year, int last_year, const dyad_options& o) {
  const auto parties = ds.parties();
  const std::vector<std::size_t> countries = detail::dyad_countries(ds, o.parties);
  std::vector<char> in_set(parties.size(), o.parties.empty() ? 1 : 0);
  for (const auto c : countries) in_set[c] = 1;
  // Countries compare by id through their rank (integers sort faster than strings).
  std::vector<std::uint32_t> rank(parties.size());
  {
    std::vector<std::uint32_t> by_id(parties.size());
    for (std::uint32_t i = 0; i < by_id.size(); ++i) by_id[i] = i;
    std::sort(by_id.begin(), by_id.end(), [&](std::uint32_t l, std::uint32_t r) { return parties[l].id < parties[r].id; });
    for (std::uint32_t i = 0; i < by_id.size(); ++i) rank[by_id[i]] = i;
  }
  // (year, a, b, organisation) as ranks and a position.
  struct hit {
    int year;
    std::uint32_t a, b, org;
    auto key() const noexcept { return std::tie(year, a, b, org); }
  };
  struct member_spell {
    std::uint32_t rank;
    detail::spell_days days;
    int first_year, last_year;  // the years of [first_year, last_year] it possibly covers a day of
  };
  const std::int32_t window_first = partial_date::serial(first_year, 1, 1), window_last = partial_date::serial(last_year, 12, 31);
  // Each organisation's spells of countries in the window, sorted by their first year; the
  // years are swept in order (outer loop), so the hits come out by year and each year's are
  // sorted alone.
  struct org_sweep {
    std::uint32_t org;
    std::vector<member_spell> spells, active;
    std::size_t next = 0;
  };
  std::vector<org_sweep> sweeps;
  for (std::size_t org = 0; org < parties.size(); ++org) {
    org_sweep w{static_cast<std::uint32_t>(org), {}, {}, 0};
    const auto days = ds.spells().of(org);  // precomputed at build, in `members` order
    for (std::size_t k = 0; k < parties[org].members.size(); ++k) {
      const auto& m = parties[org].members[k];
      if (!detail::role_matches(m.role, o.role)) continue;
      const auto pos = ds.position(m.member);
      if (!pos || parties[*pos].kind != party_kind::country || !in_set[*pos]) continue;
      const auto& d = days[k];
      if (d.possible_begin > window_last || d.possible_end < window_first) continue;
      w.spells.push_back({rank[*pos], d, detail::year_of_day(std::max(d.possible_begin, window_first)),
                          detail::year_of_day(std::min(d.possible_end, window_last))});
    }
    if (w.spells.size() < 2) continue;
    std::sort(w.spells.begin(), w.spells.end(), [](const member_spell& l, const member_spell& r) { return l.first_year < r.first_year; });
    sweeps.push_back(std::move(w));
  }
  std::vector<hit> hits, buffer;
  std::vector<std::uint32_t> counts(parties.size() + 1);
  // Stable counting sort of hits[from, end) by the member `by` (a rank): O(n + parties).
  const auto counting_sort = [&](std::size_t from, std::uint32_t hit::*by) {
    std::fill(counts.begin(), counts.end(), 0U);
    for (std::size_t i = from; i < hits.size(); ++i) ++counts[hits[i].*by + 1];
    for (std::size_t k = 1; k < counts.size(); ++k) counts[k] += counts[k - 1];
    buffer.resize(hits.size() - from);
    for (std::size_t i = from; i < hits.size(); ++i) buffer[counts[hits[i].*by]++] = hits[i];
    std::copy(buffer.begin(), buffer.end(), hits.begin() + static_cast<std::ptrdiff_t>(from));
  };
  const auto by_rank = [](const member_spell& l, const member_spell& r) { return l.rank < r.rank; };
  for (int y = first_year; y <= last_year; ++y) {
    const auto first = partial_date::serial(y, 1, 1), last = partial_date::serial(y, 12, 31);
    const std::size_t year_begin = hits.size();
    for (auto& w : sweeps) {
      // `active` stays sorted by rank, so that each pair comes out as (lower, higher) rank.
      for (; w.next < w.spells.size() && w.spells[w.next].first_year == y; ++w.next)
        w.active.insert(std::upper_bound(w.active.begin(), w.active.end(), w.spells[w.next], by_rank), w.spells[w.next]);
      std::erase_if(w.active, [&](const member_spell& sp) { return sp.last_year < y; });
      if (w.active.size() < 2) continue;
      const std::size_t before = hits.size();
      for (std::size_t i = 0; i < w.active.size(); ++i)
        for (std::size_t j = i + 1; j < w.active.size(); ++j) {
          const auto& x = w.active[i];
          const auto& z = w.active[j];
          if (x.rank == z.rank) continue;
          if (!accepted(detail::together(x.days, z.days, first, last), o.sure)) continue;
          hits.push_back({y, x.rank, z.rank, w.org});
        }
      // A pair with several spells in one organisation counts it once (only a country with
      // two spells active in the year can make one).
      const bool repeated = std::adjacent_find(w.active.begin(), w.active.end(), [](const member_spell& l, const member_spell& r) {
                              return l.rank == r.rank;
                            }) != w.active.end();
      if (repeated) {
        std::sort(hits.begin() + static_cast<std::ptrdiff_t>(before), hits.end(),
                  [](const hit& l, const hit& r) { return l.key() < r.key(); });
        hits.erase(std::unique(hits.begin() + static_cast<std::ptrdiff_t>(before), hits.end(),
                               [](const hit& l, const hit& r) { return l.a == r.a && l.b == r.b; }),
                   hits.end());
      }
    }
    // The year's hits by (a, b), the organisations in their order of generation (ascending):
    // two stable counting sorts, by b then by a.
    counting_sort(year_begin, &hit::b);
    counting_sort(year_begin, &hit::a);
  }
  std::vector<std::uint32_t> of_rank(parties.size());
  for (std::uint32_t i = 0; i < rank.size(); ++i) of_rank[rank[i]] = i;
  std::vector<dyad_year> shared;
  for (std::size_t h = 0; h < hits.size();) {
    std::size_t end = h + 1;
    while (end < hits.size() && hits[end].year == hits[h].year && hits[end].a == hits[h].a && hits[end].b == hits[h].b) ++end;
    dyad_year row{parties[of_rank[hits[h].a]].id, parties[of_rank[hits[h].b]].id, hits[h].year, end - h, {}};
    if (o.with_organisations) {
      row.organisations.reserve(end - h);
      for (std::size_t k = h; k < end; ++k) row.organisations.push_back(parties[hits[k].org].id);
    }
    h = end;
    shared.push_back(std::move(row));
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

REGCOOP_DECL std::vector<dyad_year> dyad_years(const dataset& ds, int first_year, int last_year, std::optional<membership_role> role, certainty c) {
  return dyad_years(ds, first_year, last_year, dyad_options{.role = role, .sure = c});
}

}  // namespace regcoop

REGCOOP_STRING_WARNINGS_END
