#pragma once
/// @file detail/walk.hpp
/// @brief The one traversal protocol over described records, used by validation, the party
/// index, references, JSON (read, write, schema), CSV (columns, cells) and diff.
///
/// Three pieces, and nothing else in the library iterates a description or classifies a
/// member type:
/// - `shape_of<T>`: how every generic algorithm treats a type (optional, list, structure, or
///   one of the scalar shapes);
/// - `for_each_member<T>(f)`: calls `f(descriptor)` for each public described member of `T`
///   in description order (`descriptor.name`, `descriptor.pointer`); type-level, so it serves
///   readers, schema and column lists as well as visits of values;
/// - `walk(v, path, visitor)`: the pre-order visit of every value inside a record with its
///   path ("status_history/0/since"); the visitor may return `false` to stop the walk early.
///
/// `detail::find_in` (`detail/refs.hpp`) is built on the first two: a visit of the values of
/// one type that enters only the members that may hold one.

#include "regcoop/model/date.hpp"
#include "regcoop/model/id.hpp"

#include <boost/describe/members.hpp>
#include <boost/describe/modifiers.hpp>
#include <boost/mp11/algorithm.hpp>

#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
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

/// How generic code treats a type.
enum class shape {
  optional,     ///< std::optional<T>: absent or a T
  list,         ///< std::vector<T>
  structure,    ///< a described struct: its members
  id,           ///< id<Tag>: a reference (or the record's own id)
  date,         ///< partial_date
  text,         ///< std::string
  enumeration,  ///< a described enum, by name
  boolean,      ///< bool
  integer,      ///< any other integral type
  real,         ///< a floating-point number
};

template <class T>
consteval shape shape_for() {
  if constexpr (is_optional_v<T>) return shape::optional;
  else if constexpr (is_vector_v<T>) return shape::list;
  else if constexpr (is_id_v<T>) return shape::id;
  else if constexpr (std::is_same_v<T, partial_date>) return shape::date;
  else if constexpr (std::is_same_v<T, std::string>) return shape::text;
  else if constexpr (std::is_enum_v<T>) return shape::enumeration;
  else if constexpr (std::is_same_v<T, bool>) return shape::boolean;
  else if constexpr (std::is_integral_v<T>) return shape::integer;
  else if constexpr (std::is_floating_point_v<T>) return shape::real;
  else {
    static_assert(is_described_struct_v<T>, "regcoop: a record member has a type the walker does not know");
    return shape::structure;
  }
}
/// The shape of `T` (cv and references removed).
template <class T>
inline constexpr shape shape_of = shape_for<std::remove_cvref_t<T>>();

/// True for shapes with no parts: ids, dates, text, enumerations, booleans, numbers.
constexpr bool is_scalar(shape s) noexcept {
  return s != shape::optional && s != shape::list && s != shape::structure;
}


/// Calls `f(d)` for each public member descriptor `d` of the described struct `T`, in
/// description order; `d.name` is the member's name, `d.pointer` its pointer to member.
template <class T, class F>
constexpr void for_each_member(F&& f) {
  boost::mp11::mp_for_each<boost::describe::describe_members<T, boost::describe::mod_public>>(f);
}

/// The type of the member a descriptor `D` of `T` points to.
template <class T, class D>
using member_type = std::remove_cvref_t<decltype(std::declval<const T&>().*D::pointer)>;

/// Number of public described members of `T`.
template <class T>
inline constexpr std::size_t member_count =
    boost::mp11::mp_size<boost::describe::describe_members<T, boost::describe::mod_public>>::value;

/// The names of the public described members of `T`, in description order.
template <class T>
inline constexpr auto member_names = [] {
  std::array<std::string_view, member_count<T>> a{};
  std::size_t i = 0;
  for_each_member<T>([&](auto d) { a[i++] = d.name; });
  return a;
}();

// One JSON pointer segment, escaped as RFC 6901 says: `~` written `~0`, `/` written `~1`.
inline std::string json_pointer_escape(std::string_view seg) {
  std::string out;
  for (const char c : seg) {
    if (c == '~') out += "~0";
    else if (c == '/') out += "~1";
    else out += c;
  }
  return out;
}

// Appends "/<segment>" (or "<segment>" at the root) and restores the path on destruction.
// Segments are member names and indices, which need no escaping: a user's key (which may
// hold `/` or `~`) goes through json_pointer_escape first.
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

/// A path that records nothing: `walk(v, p, f)` with a `path_less p` visits without
/// building paths (and without allocating), for visitors that need not know where a value is.
struct path_less {};

/// Keeps no path.
class path_guard_none {
 public:
  path_guard_none(path_less&, std::string_view) noexcept {}
  path_guard_none(path_less&, std::size_t) noexcept {}
};
/// One segment of a `path_chain`: a member name, or (name empty) a list index.
struct path_link {
  const path_link* up = nullptr;  ///< the segment before, nullptr at the root
  std::string_view name{};        ///< the member name; empty for a list element
  std::size_t index = 0;          ///< the list index when `name` is empty
};

/// A path kept as a chain of segments on the walker's stack: walking with it allocates
/// nothing, and the whole path ("members/0/period") is built only when asked for — by a
/// visitor that reports where a value is only now and then (the validator).
struct path_chain {
  const path_link* top = nullptr;  ///< the last segment, nullptr at the root

  /// The member name the value is held under: empty for a list element or the root. O(1).
  [[nodiscard]] std::string_view last() const noexcept { return top ? top->name : std::string_view{}; }
  /// The whole path, segments separated by '/', as `path_guard` builds it. O(length).
  [[nodiscard]] std::string to_string() const {
    std::string out;
    append(out, top);
    return out;
  }

 private:
  static void append(std::string& out, const path_link* l) {
    if (!l) return;
    append(out, l->up);
    if (l->up) out += '/';
    if (l->name.empty()) out += std::to_string(l->index);
    else out += l->name;
  }
};

/// Adds one link to a `path_chain`, removing it on destruction.
class path_guard_chain {
 public:
  path_guard_chain(path_chain& p, std::string_view seg) noexcept : p_(p), link_{p.top, seg, 0} { p.top = &link_; }
  path_guard_chain(path_chain& p, std::size_t index) noexcept : p_(p), link_{p.top, {}, index} { p.top = &link_; }
  ~path_guard_chain() { p_.top = link_.up; }
  path_guard_chain(const path_guard_chain&) = delete;
  path_guard_chain& operator=(const path_guard_chain&) = delete;

 private:
  path_chain& p_;
  path_link link_;
};

template <class Path>
using guard_for = std::conditional_t<std::is_same_v<Path, path_less>, path_guard_none,
                                     std::conditional_t<std::is_same_v<Path, path_chain>, path_guard_chain, path_guard>>;

/// Calls `f(value, path)` for `v` and, recursively, for everything inside it (pre-order:
/// optionals when engaged, list elements by index, struct members by name). When `f`
/// returns `bool`, `false` stops the whole walk; `walk` then returns `false`. `Path` is
/// `std::string` ("status_history/0/since"), `path_chain` (the same path, built when asked
/// for) or `path_less` (no paths); the last two allocate nothing.
template <class T, class Path, class F>
bool walk(const T& v, Path& path, F& f) {
  if constexpr (std::is_same_v<decltype(f(v, std::as_const(path))), bool>) {
    if (!f(v, std::as_const(path))) return false;
  } else {
    f(v, std::as_const(path));
  }
  constexpr shape s = shape_of<T>;
  if constexpr (s == shape::optional) {
    return !v || walk(*v, path, f);
  } else if constexpr (s == shape::list) {
    for (std::size_t i = 0; i < v.size(); ++i) {
      guard_for<Path> g(path, i);
      if (!walk(v[i], path, f)) return false;
    }
    return true;
  } else if constexpr (s == shape::structure) {
    bool go = true;
    for_each_member<T>([&](auto d) {
      if (!go) return;
      guard_for<Path> g(path, d.name);
      go = walk(v.*d.pointer, path, f);
    });
    return go;
  } else {
    return true;
  }
}

}  // namespace regcoop::detail
