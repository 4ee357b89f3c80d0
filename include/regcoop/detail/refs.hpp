#pragma once
/// @file detail/refs.hpp
/// @brief Allocation-free visits of the references of one kind inside a record.

#include "regcoop/detail/walk.hpp"
#include "regcoop/id.hpp"

#include <boost/describe/members.hpp>
#include <boost/mp11/algorithm.hpp>

#include <type_traits>

namespace regcoop::detail {

// Calls f(const id<Tag>&) for every id<Tag> inside v; returns true as soon as f does.
template <class Tag, class T, class F>
bool any_ref(const T& v, F& f) {
  if constexpr (std::is_same_v<T, id<Tag>>) {
    return f(v);
  } else if constexpr (is_optional_v<T>) {
    return v && any_ref<Tag>(*v, f);
  } else if constexpr (is_vector_v<T>) {
    for (const auto& e : v)
      if (any_ref<Tag>(e, f)) return true;
    return false;
  } else if constexpr (!is_leaf_v<T>) {
    bool hit = false;
    boost::mp11::mp_for_each<boost::describe::describe_members<T, boost::describe::mod_public>>([&](auto d) {
      if (hit) return;
      if constexpr (std::is_same_v<std::remove_cvref_t<decltype(v.*d.pointer)>, id<Tag>>) {
        if (std::string_view(d.name) == "id") return;  // the record's own id is not a reference
      }
      hit = any_ref<Tag>(v.*d.pointer, f);
    });
    return hit;
  } else {
    return false;
  }
}

// True when a record refers to party `p` anywhere (not counting its own id).
template <class R>
bool refers_to(const R& r, const id<party_tag>& p) {
  auto hit = [&](const id<party_tag>& x) { return x == p; };
  return any_ref<party_tag>(r, hit);
}

}  // namespace regcoop::detail
