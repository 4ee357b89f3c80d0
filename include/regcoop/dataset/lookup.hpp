#pragma once
/// @file regcoop/dataset/lookup.hpp
/// @brief Finding records the way people name them: a party by id, ISO code, name or alias;
/// a network node by id, name or alias; the end points of a corridor.
///
/// @code
/// const regcoop::party& kz = regcoop::party_named(ds, "Kazakhstan");   // or "KZ", "KAZ", "398", "kz", "cow:705"
/// const regcoop::node& x = regcoop::node_named(ds, "Xi'an");           // or "xian"
/// auto [first, last] = regcoop::corridor_ends(ds, regcoop::corridor_id{"trans-caspian"});
/// @endcode

#include "regcoop/config.hpp"
#include "regcoop/model/country.hpp"
#include "regcoop/dataset/dataset.hpp"
#include "regcoop/model/error.hpp"
#include "regcoop/model/records.hpp"

#include <span>
#include <string>
#include <string_view>
#include <type_traits>

REGCOOP_STRING_WARNINGS_BEGIN

namespace regcoop {

namespace detail {
// True when `key` names record `r` by its name or one of its aliases (ASCII case-insensitive).
template <class R>
bool named(const R& r, std::string_view key) noexcept {
  if (iequals(r.name, key)) return true;
  for (const auto& a : r.aliases)
    if (iequals(a, key)) return true;
  return false;
}

// The first record of `rows` accepted by `pred`, or nullptr.
template <class R, class P>
const R* first_of(std::span<const R> rows, P pred) noexcept {
  for (const auto& r : rows)
    if (pred(r)) return &r;
  return nullptr;
}

// What a party key with a scheme prefix the registry does not know ("gw:705") is told.
REGCOOP_DECL std::string scheme_hint(std::string_view key);

template <class R>
[[noreturn]] void throw_not_named(std::string_view key) {
  std::string hint;
  if constexpr (std::is_same_v<R, party>) hint = scheme_hint(key);
  throw error(errc::unknown_id, "", "",
              "no " + std::string(collection_name<R>()) + " record has the id, " +
                  (std::is_same_v<R, party> ? "ISO code, " : "") + "name or alias '" + std::string(key) + "'" + hint);
}
}  // namespace detail

/// The party named by `key`, tried in this order: its id exactly; a code of the state
/// registry (`find_state`: "KZ", "KAZ", "398", "Kirghizia", "Soviet Union", and with a scheme
/// prefix "cow:705", "cow:KZK", "iso3166-3:SUHH"; a bare number is ISO numeric), matched to
/// the country party that stands for that state (its `iso_code`, or its `cow_code` when it has
/// no ISO code); for a `cow:` number, else the first country with that `cow_code`; an id, name
/// or alias in any (ASCII) case. The first party in dataset order wins within a step. nullptr
/// when none. O(parties · aliases + registry); throws nothing.
[[nodiscard]] REGCOOP_DECL const party* find_party(const dataset& ds, std::string_view key) noexcept;

/// `find_party`, or an error.
/// @throws regcoop::error (`unknown_id`) naming `key`. O(parties · aliases).
[[nodiscard]] REGCOOP_DECL const party& party_named(const dataset& ds, std::string_view key);

/// The record of kind `R` named by `key`: its id exactly, else an id, name or alias in any
/// (ASCII) case; the first in dataset order. nullptr when none. For nodes ("Xi'an", "xian",
/// "DUISBURG") and corridors ("cku", "Middle Corridor"); parties have `find_party`.
/// O(records · aliases); throws nothing.
template <record R>
  requires requires(const R& r) {
    r.name;
    r.aliases;
  }
[[nodiscard]] const R* find_named(const dataset& ds, std::string_view key) noexcept {
  if (key.empty()) return nullptr;
  if (const auto* r = ds.find(id_of<R>{std::string(key)})) return r;
  return detail::first_of(ds.all<R>(),
                          [&](const R& x) { return detail::iequals(x.id.value, key) || detail::named(x, key); });
}

/// `find_named<R>`, or an error.
/// @throws regcoop::error (`unknown_id`) naming `key`. O(records · aliases).
template <record R>
[[nodiscard]] const R& named(const dataset& ds, std::string_view key) {
  if (const auto* r = find_named<R>(ds, key)) return *r;
  detail::throw_not_named<R>(key);
}

/// The network node named by `key` (`find_named<node>`). O(nodes · aliases); throws nothing.
[[nodiscard]] REGCOOP_DECL const node* find_node(const dataset& ds, std::string_view key) noexcept;
/// `find_node`, or an error. @throws regcoop::error (`unknown_id`) naming `key`.
[[nodiscard]] REGCOOP_DECL const node& node_named(const dataset& ds, std::string_view key);

/// The corridor named by `key` (`find_named<corridor>`). O(corridors · aliases); throws nothing.
[[nodiscard]] REGCOOP_DECL const corridor* find_corridor(const dataset& ds, std::string_view key) noexcept;
/// `find_corridor`, or an error. @throws regcoop::error (`unknown_id`) naming `key`.
[[nodiscard]] REGCOOP_DECL const corridor& corridor_named(const dataset& ds, std::string_view key);

/// The two end nodes of a corridor, in travel order.
struct corridor_end_points {
  node_id first{};  ///< where the corridor begins
  node_id last{};   ///< where it ends
};

/// The end points of a corridor: the end of its first segment not shared with the second,
/// and the end of its last segment not shared with the one before it (segments may be
/// listed in either direction). For a one-segment corridor, its `from` and `to`.
/// O(1). @throws regcoop::error (`unknown_id`) for an unknown corridor.
[[nodiscard]] REGCOOP_DECL corridor_end_points corridor_ends(const dataset& ds, const corridor_id& c);

/// The record of kind `R` named by `key` the way people name records (what `regcoop show
/// KIND NAME` uses): for parties `find_party` (id, ISO code, country name, name or alias);
/// for other kinds its id exactly, else its id, name (a source's title) or one of its aliases
/// in any (ASCII) case; the first in dataset order. nullptr when none.
/// O(records · aliases); throws nothing.
template <record R>
[[nodiscard]] const R* find_record(const dataset& ds, std::string_view key) noexcept {
  if constexpr (std::is_same_v<R, party>) {
    return find_party(ds, key);
  } else {
    if (key.empty()) return nullptr;
    if (const auto* r = ds.find(id_of<R>{std::string(key)})) return r;
    return detail::first_of(ds.all<R>(), [&](const R& x) {
      if (detail::iequals(x.id.value, key)) return true;
      if constexpr (requires { x.name; })
        if (detail::iequals(x.name, key)) return true;
      if constexpr (requires { x.title; })
        if (detail::iequals(x.title, key)) return true;
      if constexpr (requires { x.aliases; })
        for (const auto& a : x.aliases)
          if (detail::iequals(a, key)) return true;
      return false;
    });
  }
}

/// `find_record<R>`, or an error.
/// @throws regcoop::error (`unknown_id`) naming `key`. O(records · aliases).
template <record R>
[[nodiscard]] const R& record_named(const dataset& ds, std::string_view key) {
  if (const auto* r = find_record<R>(ds, key)) return *r;
  detail::throw_not_named<R>(key);
}

/// The collection names of the record kinds ("sources, parties, ..."), in `record_types`
/// order, for messages that list them. O(record kinds).
[[nodiscard]] REGCOOP_DECL std::string collection_names();

/// Calls `f(R{})` for the record kind `R` whose collection is named `name` ("projects"; in any
/// ASCII case when `any_case`, as people type it) and returns true; returns false, calling
/// nothing, when no record kind is so named. O(record kinds).
template <class F>
bool with_collection(std::string_view name, F&& f, bool any_case = false) {
  bool found = false;
  boost::mp11::mp_for_each<record_types>([&](auto r) {
    if (found) return;
    const std::string_view c = collection_name<decltype(r)>();
    if (any_case ? detail::iequals(name, c) : name == c) {
      found = true;
      f(r);
    }
  });
  return found;
}

}  // namespace regcoop

REGCOOP_STRING_WARNINGS_END

#if !defined(REGCOOP_SEPARATE_COMPILATION)
#include "regcoop/impl/lookup.ipp"
#endif
