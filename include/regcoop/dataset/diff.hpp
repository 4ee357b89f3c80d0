#pragma once
/// @file regcoop/dataset/diff.hpp
/// @brief What was added, removed and changed between two datasets, by id and field,
/// generic over the Boost.Describe descriptions.

#include "regcoop/dataset/dataset.hpp"
#include "regcoop/model/records.hpp"
#include "regcoop/detail/json_write.hpp"
#include "regcoop/detail/walk.hpp"
#include "regcoop/model/enum.hpp"

#include <boost/describe/enum.hpp>

#include <string>
#include <vector>

namespace regcoop {

/// What happened to a record or field.
BOOST_DEFINE_ENUM_CLASS(change_kind, added, removed, changed)

/// One difference between two datasets.
struct difference {
  change_kind kind = change_kind::changed;  ///< added, removed or changed
  std::string record{};                     ///< "kind/id"
  std::string field{};                      ///< path of the changed field ("status_history/1/since"); empty for whole records
  std::string before{};                     ///< old value as text (scalars), or a summary
  std::string after{};                      ///< new value as text (scalars), or a summary
};

namespace detail {
// A value as diff shows it: scalars as their text, an empty optional as "(none)", a list as
// its length, a structure as "{...}".
template <class T>
std::string diff_text(const T& v) {
  constexpr shape s = shape_of<T>;
  if constexpr (s == shape::optional) return v ? diff_text(*v) : std::string("(none)");
  else if constexpr (s == shape::list) return std::to_string(v.size()) + " items";
  else if constexpr (s == shape::structure) return "{...}";
  else return scalar_text(v);
}

template <class T>
void diff_values(const T& a, const T& b, std::string& path, const std::string& record, std::vector<difference>& out) {
  if (a == b) return;
  constexpr shape s = shape_of<T>;
  if constexpr (s == shape::list) {
    if (a.size() != b.size()) {
      out.push_back({change_kind::changed, record, path, diff_text(a), diff_text(b)});
      return;
    }
    for (std::size_t i = 0; i < a.size(); ++i) {
      path_guard g(path, i);
      diff_values(a[i], b[i], path, record, out);
    }
  } else if constexpr (s == shape::optional) {
    if (a && b) diff_values(*a, *b, path, record, out);
    else out.push_back({change_kind::changed, record, path, diff_text(a), diff_text(b)});
  } else if constexpr (s == shape::structure) {
    for_each_member<T>([&](auto d) {
      path_guard g(path, d.name);
      diff_values(a.*d.pointer, b.*d.pointer, path, record, out);
    });
  } else {
    out.push_back({change_kind::changed, record, path, diff_text(a), diff_text(b)});
  }
}
}  // namespace detail

/// The differences from `a` to `b`: records added (in `b` only), removed (in `a` only) and,
/// for records in both, each changed field down to scalars (a list that changed length is
/// one difference). Records are matched by id within their kind; order of records does not
/// matter. In `record_types` order, then `b`'s (added) or `a`'s (others) record order.
/// O(size of both datasets).
[[nodiscard]] inline std::vector<difference> diff(const dataset& a, const dataset& b) {
  std::vector<difference> out;
  boost::mp11::mp_for_each<record_types>([&](auto t) {
    using R = decltype(t);
    for (const auto& ra : a.all<R>()) {
      const std::string rec = detail::record_label<R>(ra.id.value);
      const R* rb = b.find(ra.id);
      if (!rb) {
        out.push_back({change_kind::removed, rec, {}, {}, {}});
        continue;
      }
      std::string path;
      detail::diff_values(ra, *rb, path, rec, out);
    }
    for (const auto& rb : b.all<R>())
      if (!a.find(rb.id)) out.push_back({change_kind::added, detail::record_label<R>(rb.id.value), {}, {}, {}});
  });
  return out;
}

}  // namespace regcoop
