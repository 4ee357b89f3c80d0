#pragma once
/// @file detail/walk.hpp
/// @brief Generic traversal of described records: calls a visitor on every value with the path of
/// the value inside its record ("status_history/0/since"). Used by validation, diff, JSON.

#include "regcoop/date.hpp"
#include "regcoop/id.hpp"

#include <boost/describe/members.hpp>
#include <boost/describe/modifiers.hpp>
#include <boost/mp11/algorithm.hpp>

#include <cstddef>
#include <optional>
#include <string>
#include <type_traits>
#include <vector>

namespace regcoop::detail {

template <class T>
inline constexpr bool is_vector_v = false;
template <class T, class A>
inline constexpr bool is_vector_v<std::vector<T, A>> = true;

template <class T>
inline constexpr bool is_optional_v = false;
template <class T>
inline constexpr bool is_optional_v<std::optional<T>> = true;

template <class T>
inline constexpr bool is_described_struct_v =
    boost::describe::has_describe_members<T>::value && !std::is_union_v<T>;

// Values the walker does not descend into.
template <class T>
inline constexpr bool is_leaf_v = is_id_v<T> || std::is_same_v<T, partial_date> || !is_described_struct_v<T>;

// Appends "/<segment>" (or "<segment>" at the root) and restores the path on destruction.
class path_guard {
 public:
  path_guard(std::string& path, std::string_view seg) : path_(path), size_(path.size()) {
    if (!path_.empty()) path_ += '/';
    path_ += seg;
  }
  path_guard(std::string& path, std::size_t index) : path_guard(path, std::to_string(index)) {}
  ~path_guard() { path_.resize(size_); }
  path_guard(const path_guard&) = delete;
  path_guard& operator=(const path_guard&) = delete;

 private:
  std::string& path_;
  std::size_t size_;
};

// Calls f(value, path) for `v` and, recursively, for everything inside it.
template <class T, class F>
void walk(const T& v, std::string& path, F& f) {
  f(v, std::as_const(path));
  if constexpr (is_optional_v<T>) {
    if (v) walk(*v, path, f);
  } else if constexpr (is_vector_v<T>) {
    for (std::size_t i = 0; i < v.size(); ++i) {
      path_guard g(path, i);
      walk(v[i], path, f);
    }
  } else if constexpr (!is_leaf_v<T>) {
    using members = boost::describe::describe_members<T, boost::describe::mod_public>;
    boost::mp11::mp_for_each<members>([&](auto d) {
      path_guard g(path, d.name);
      walk(v.*d.pointer, path, f);
    });
  }
}

}  // namespace regcoop::detail
