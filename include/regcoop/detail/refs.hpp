#pragma once
/// @file detail/refs.hpp
/// @brief Allocation-free visits of the references of one kind inside a record, on the one
/// walker (`detail::walk` without paths).

#include "regcoop/detail/walk.hpp"
#include "regcoop/model/id.hpp"

#include <type_traits>

namespace regcoop::detail {

// Calls f(const id<Tag>&) for every id<Tag> inside v except v's own `id`; returns true as
// soon as f does. Allocates nothing.
template <class Tag, class T, class F>
bool any_ref(const T& v, F& f) {
  const void* own = nullptr;
  if constexpr (requires { v.id; }) own = &v.id;
  bool hit = false;
  path_less no_path;
  auto visit = [&](const auto& x, path_less) {
    if constexpr (std::is_same_v<std::remove_cvref_t<decltype(x)>, id<Tag>>)
      hit = static_cast<const void*>(&x) != own && f(x);
    return !hit;
  };
  walk(v, no_path, visit);
  return hit;
}

// True when a record refers to party `p` anywhere (not counting its own id).
template <class R>
bool refers_to(const R& r, const id<party_tag>& p) {
  auto hit = [&](const id<party_tag>& x) { return x == p; };
  return any_ref<party_tag>(r, hit);
}

}  // namespace regcoop::detail
