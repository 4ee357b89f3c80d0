#pragma once
/// @file impl/merge.ipp
/// @brief Definitions of `merge` and `extend` declared in `regcoop/dataset/merge.hpp`.
/// Included by that header in header-only mode and by `regcoop/src.hpp` under
/// REGCOOP_SEPARATE_COMPILATION.

#include "regcoop/dataset/merge.hpp"


namespace regcoop::detail {

REGCOOP_DECL std::optional<merge_clash> unite_party(party& a, const party& b, bool b_partial) {
  party u = a;
  std::optional<merge_clash> clash;
  for_each_member<party>([&](auto d) {
    using M = member_type<party, decltype(d)>;
    const std::string_view name = d.name;
    M& mine = u.*d.pointer;
    const M& theirs = b.*d.pointer;
    if (clash || name == "id" || name == "name" || name == "aliases") return;
    if constexpr (is_vector_v<M>) {
      unite(mine, theirs);
    } else {
      if (name == "kind" && b_partial && theirs == M{}) return;
      if (mine == theirs || (name != "kind" && theirs == M{})) return;
      if (name != "kind" && mine == M{}) mine = theirs;
      else clash = merge_clash{std::string(name), merge_text(mine), merge_text(theirs)};
    }
  });
  if (clash) return clash;
  // Names: the first's name stays. A country's other name becomes an alias ("Russia",
  // "Russian Federation"); an organisation's other name is a clash.
  if (!b.name.empty() && b.name != u.name && !u.name.empty() && u.kind != party_kind::country)
    return merge_clash{"name", u.name, b.name};
  if (!b.name.empty() && b.name != u.name && std::find(u.aliases.begin(), u.aliases.end(), b.name) == u.aliases.end())
    u.aliases.push_back(b.name);
  for (const auto& al : b.aliases)
    if (al != u.name && std::find(u.aliases.begin(), u.aliases.end(), al) == u.aliases.end()) u.aliases.push_back(al);
  if (u.name.empty()) {
    u.name = b.name;
    std::erase(u.aliases, u.name);
  }
  a = std::move(u);
  return std::nullopt;
}

}  // namespace regcoop::detail

namespace regcoop {

REGCOOP_DECL dataset merge(const dataset& a, const dataset& b, const merge_names& names) {
  return detail::merge_into(a, [&](auto t) { return b.all<decltype(t)>(); }, false, names);
}

REGCOOP_DECL dataset extend(const dataset& a, const dataset_extension& ext, const merge_names& names) {
  return detail::merge_into(a, [&](auto t) -> const auto& { return ext.all<decltype(t)>(); }, true, names);
}

}  // namespace regcoop

