#pragma once
/// @file impl/diff.ipp
/// @brief The definition of `diff` (declared in `regcoop/dataset/diff.hpp`), generic over the
/// Boost.Describe descriptions. Included by that header in header-only mode and by
/// `regcoop/src.hpp` under REGCOOP_SEPARATE_COMPILATION.

#include "regcoop/dataset/diff.hpp"
#include "regcoop/detail/json_write.hpp"
#include "regcoop/detail/walk.hpp"
#include "regcoop/model/records.hpp"

#include <string>
#include <vector>

namespace regcoop {

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

}  // namespace regcoop

namespace regcoop {

REGCOOP_DECL std::vector<difference> diff(const dataset& a, const dataset& b) {
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
