#pragma once
/// @file impl/merge.ipp
/// @brief Definitions of `merge` and `extend` declared in `regcoop/dataset/merge.hpp`.
/// Included by that header in header-only mode and by `regcoop/src.hpp` under
/// REGCOOP_SEPARATE_COMPILATION.

#include "regcoop/dataset/merge.hpp"
#include "regcoop/dataset/diff.hpp"
#include "regcoop/impl/diff.ipp"  // detail::diff_values
#include "regcoop/detail/json_write.hpp"
#include "regcoop/detail/kind_dispatch.hpp"
#include "regcoop/detail/walk.hpp"

#include <boost/mp11/algorithm.hpp>

#include <algorithm>
#include <memory>
#include <tuple>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

namespace regcoop {
namespace detail {
// The records of a dataset_extension.
struct extension_rows {
  boost::mp11::mp_rename<boost::mp11::mp_transform<std::vector, record_types>, std::tuple> rows;
};
// The empty records of every kind (what an empty extension's `all<R>()` refers to).
inline const extension_rows& no_extension_rows() {
  static const extension_rows none;
  return none;
}
}  // namespace detail

REGCOOP_DECL dataset_extension::dataset_extension() noexcept = default;
REGCOOP_DECL dataset_extension::dataset_extension(const dataset_extension& o)
    : rows_(o.rows_ ? std::make_unique<detail::extension_rows>(*o.rows_) : nullptr) {}
REGCOOP_DECL dataset_extension::dataset_extension(dataset_extension&& o) noexcept = default;
REGCOOP_DECL dataset_extension& dataset_extension::operator=(const dataset_extension& o) {
  if (this != &o) *this = dataset_extension(o);
  return *this;
}
REGCOOP_DECL dataset_extension& dataset_extension::operator=(dataset_extension&& o) noexcept = default;
REGCOOP_DECL dataset_extension::~dataset_extension() = default;

REGCOOP_DECL void dataset_extension::add_one(std::size_t kind, void* record) {
  if (!rows_) rows_ = std::make_unique<detail::extension_rows>();
  detail::with_kind(kind, [&](auto k) { detail::append_one(std::get<k>(rows_->rows), record); });
}

REGCOOP_DECL void dataset_extension::add_many(std::size_t kind, void* records) {
  if (!rows_) rows_ = std::make_unique<detail::extension_rows>();
  detail::with_kind(kind, [&](auto k) { detail::append_many(std::get<k>(rows_->rows), records); });
}

REGCOOP_DECL const void* dataset_extension::rows_of(std::size_t kind) const noexcept {
  const auto& r = rows_ ? *rows_ : detail::no_extension_rows();
  return detail::with_kind(kind, [&](auto k) -> const void* { return &std::get<k>(r.rows); });
}

namespace detail {
// Appends the items of `from` that `to` does not hold yet.
template <class T>
void unite(std::vector<T>& to, const std::vector<T>& from) {
  for (const auto& x : from)
    if (std::find(to.begin(), to.end(), x) == to.end()) to.push_back(x);
}

// A value as an error message shows it ('' for an absent one).
template <class T>
std::string merge_text(const T& v) {
  if constexpr (is_optional_v<T>) return v ? merge_text(*v) : std::string();
  else if constexpr (is_scalar(shape_of<T>)) return scalar_text(v);
  else return std::string("(a structure)");
}

// Two stated values of a field that differ: the field and both values.
struct merge_clash {
  std::string field, first, second;
};

// One party described twice (see `merge`): `b`'s description united into `a`. With
// `b_partial` (a record of a `dataset_extension`), `b`'s kind at its default is not stated
// either. A clash is returned, and `a` is left as it was.
inline std::optional<merge_clash> unite_party(party& a, const party& b, bool b_partial);

// The records of `a`, then those of `b` (records of an id `a` holds united into it).
template <class Get>
dataset merge_into(const dataset& a, Get rows_of_b, bool b_partial, const merge_names& names) {
  dataset_builder out;
  std::vector<problem> clashes;
  boost::mp11::mp_for_each<record_types>([&](auto t) {
    using R = decltype(t);
    std::vector<R> rows(a.all<R>().begin(), a.all<R>().end());
    for (const R& rb : rows_of_b(t)) {
      const auto pos = a.position(rb.id);
      if (!pos) {
        rows.push_back(rb);
        continue;
      }
      R& ra = rows[*pos];
      if (ra == rb) continue;
      std::string field, before, after;
      if constexpr (std::is_same_v<R, party>) {
        const auto c = unite_party(ra, rb, b_partial);
        if (!c) continue;
        field = c->field;
        before = c->first;
        after = c->second;
      } else {
        std::vector<difference> d;
        std::string path;
        diff_values(ra, rb, path, record_label<R>(ra.id.value), d);
        if (!d.empty()) {
          field = d.front().field;
          before = d.front().before;
          after = d.front().after;
        }
      }
      clashes.push_back({errc::duplicate_id, record_label<R>(ra.id.value), field,
                         "the second dataset holds a different record with this id (" + record_label<R>(rb.id.value) +
                             (field.empty() ? std::string() : "; they differ in '" + field + "': '" + before + "' vs '" + after + "'") +
                             "; first: " + names.first + ", second: " + names.second + ")"});
    }
    out.add(std::move(rows));
  });
  if (!clashes.empty()) throw error(std::move(clashes));
  return std::move(out).build();
}
}  // namespace detail


namespace detail {

inline std::optional<merge_clash> unite_party(party& a, const party& b, bool b_partial) {
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

}  // namespace detail

REGCOOP_DECL dataset merge(const dataset& a, const dataset& b, const merge_names& names) {
  return detail::merge_into(a, [&](auto t) { return b.all<decltype(t)>(); }, false, names);
}

REGCOOP_DECL dataset extend(const dataset& a, const dataset_extension& ext, const merge_names& names) {
  return detail::merge_into(a, [&](auto t) -> const auto& { return ext.all<decltype(t)>(); }, true, names);
}

}  // namespace regcoop

