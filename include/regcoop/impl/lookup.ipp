#pragma once
/// @file impl/lookup.ipp
/// @brief Definitions of the look-ups by name declared in `regcoop/dataset/lookup.hpp`.
/// Included by that header in header-only mode and by `regcoop/src.hpp` under
/// REGCOOP_SEPARATE_COMPILATION.

#include "regcoop/dataset/lookup.hpp"
#include "regcoop/model/country.hpp"
#include "regcoop/model/states.hpp"

#include <string>
#include <string_view>

REGCOOP_STRING_WARNINGS_BEGIN

namespace regcoop::detail {

REGCOOP_DECL std::string scheme_hint(std::string_view key) {
  const auto colon = key.find(':');
  if (colon == std::string_view::npos || colon == 0) return "";
  const auto scheme = key.substr(0, colon);
  std::string known;
  for (const auto prefix : code_prefixes) {
    if (iequals(scheme, prefix)) return "";
    if (!known.empty()) known += ", ";
    known += prefix;
    known += ':';
  }
  return "; '" + std::string(scheme) + ":' is not a code scheme (the schemes: " + known + ")";
}

REGCOOP_DECL const party* party_of_state(const dataset& ds, const state_info& s) noexcept {
  const bool alpha2_names = !s.alpha2.empty() && find_state(s.alpha2, code_scheme::iso_alpha2) == &s;
  return first_of(ds.parties(), [&](const party& x) {
    if (x.kind != party_kind::country) return false;
    if (x.iso_code.empty()) return x.cow_code && cow_number_means(*x.cow_code, s);
    return (alpha2_names && x.iso_code == s.alpha2) || (!s.iso3166_3.empty() && x.iso_code == s.iso3166_3);
  });
}

}  // namespace regcoop::detail

namespace regcoop {

REGCOOP_DECL const party* find_party(const dataset& ds, std::string_view key) noexcept {
  if (key.empty()) return nullptr;
  if (const auto* p = ds.find(party_id{std::string(key)})) return p;
  if (const auto* s = find_state(key))
    if (const auto* p = detail::party_of_state(ds, *s)) return p;
  if (detail::starts_with_ci(key, "cow:")) {
    const auto code = key.substr(4);
    int n = detail::small_number(code);
    if (n < 0)
      for (const auto& m : cow_numbers())
        if (detail::iequals(m.abbreviation, code)) n = m.ccode;
    if (n > 0)
      if (const auto* p = detail::first_of(ds.parties(), [&](const party& x) {
            return x.kind == party_kind::country && x.cow_code && *x.cow_code == n;
          }))
        return p;
  }
  return detail::first_of(ds.parties(),
                          [&](const party& x) { return detail::iequals(x.id.value, key) || detail::named(x, key); });
}

REGCOOP_DECL const party& party_named(const dataset& ds, std::string_view key) {
  if (const auto* p = find_party(ds, key)) return *p;
  detail::throw_not_named<party>(key);
}

REGCOOP_DECL const node* find_node(const dataset& ds, std::string_view key) noexcept {
  return find_named<node>(ds, key);
}

REGCOOP_DECL const node& node_named(const dataset& ds, std::string_view key) {
  return named<node>(ds, key);
}

REGCOOP_DECL const corridor* find_corridor(const dataset& ds, std::string_view key) noexcept {
  return find_named<corridor>(ds, key);
}

REGCOOP_DECL const corridor& corridor_named(const dataset& ds, std::string_view key) {
  return named<corridor>(ds, key);
}

REGCOOP_DECL corridor_end_points corridor_ends(const dataset& ds, const corridor_id& c) {
  const auto& segs = ds.at(c).segments;
  const segment& first = ds.at(segs.front());
  const segment& last = ds.at(segs.back());
  if (segs.size() == 1) return {first.from, first.to};
  const segment& second = ds.at(segs[1]);
  const segment& before_last = ds.at(segs[segs.size() - 2]);
  const auto touches = [](const segment& s, const node_id& n) { return s.from == n || s.to == n; };
  return {touches(second, first.from) ? first.to : first.from, touches(before_last, last.to) ? last.from : last.to};
}

REGCOOP_DECL std::string collection_names() {
  std::string out;
  boost::mp11::mp_for_each<record_types>([&](auto r) {
    if (!out.empty()) out += ", ";
    out += collection_name<decltype(r)>();
  });
  return out;
}

}  // namespace regcoop

REGCOOP_STRING_WARNINGS_END
