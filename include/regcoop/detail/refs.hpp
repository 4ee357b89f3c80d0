#pragma once
/// @file detail/refs.hpp
/// @brief Allocation-free visits of the references of one kind inside a record: a walk over
/// the descriptions (`detail/walk.hpp`) that enters only the members that may hold one.

#include "regcoop/detail/walk.hpp"
#include "regcoop/model/id.hpp"

#include <type_traits>

namespace regcoop::detail {

// True when a value of type T may hold a U: T is U, or an optional, list or described struct
// of which some part may. Decided at compile time from the descriptions.
template <class U, class T>
consteval bool may_hold() {
  if constexpr (std::is_same_v<T, U>) {
    return true;
  } else {
    constexpr shape s = shape_of<T>;
    if constexpr (s == shape::optional || s == shape::list) {
      return may_hold<U, typename T::value_type>();
    } else if constexpr (s == shape::structure) {
      bool any = false;
      for_each_member<T>([&](auto d) { any = any || may_hold<U, member_type<T, decltype(d)>>(); });
      return any;
    } else {
      return false;
    }
  }
}

// Calls f(const U&) for every U inside v, in the order of `walk`, until f returns true;
// returns whether it did. Unlike `walk`, it enters only the parts whose type may hold a U
// (`may_hold`), so it instantiates code for those alone: the party references of a project
// are in a few of its members, not in its texts, dates and figures.
template <class U, class T, class F>
bool find_in(const T& v, F& f) {
  if constexpr (std::is_same_v<T, U>) {
    return f(v);
  } else if constexpr (!may_hold<U, T>()) {
    return false;
  } else if constexpr (shape_of<T> == shape::optional) {
    return v && find_in<U>(*v, f);
  } else if constexpr (shape_of<T> == shape::list) {
    for (const auto& e : v)
      if (find_in<U>(e, f)) return true;
    return false;
  } else {
    bool hit = false;
    for_each_member<T>([&](auto d) {
      if constexpr (may_hold<U, member_type<T, decltype(d)>>()) {
        if (!hit) hit = find_in<U>(v.*d.pointer, f);
      }
    });
    return hit;
  }
}

// Calls f(const id<Tag>&) for every id<Tag> inside v except v's own `id`; returns true as
// soon as f does. Allocates nothing.
template <class Tag, class T, class F>
bool any_ref(const T& v, F& f) {
  const void* own = nullptr;
  if constexpr (requires { v.id; }) own = &v.id;
  auto visit = [&](const id<Tag>& x) { return static_cast<const void*>(&x) != own && f(x); };
  return find_in<id<Tag>>(v, visit);
}

// True when a record refers to party `p` anywhere (not counting its own id).
template <class R>
bool refers_to(const R& r, const id<party_tag>& p) {
  auto hit = [&](const id<party_tag>& x) { return x == p; };
  return any_ref<party_tag>(r, hit);
}

}  // namespace regcoop::detail
