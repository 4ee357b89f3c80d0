#pragma once
/// @file regcoop/query/dyads.hpp
/// @brief The dyad-year table of joint membership (the Correlates of War IGO count) at day
/// precision.

#include "regcoop/config.hpp"
#include "regcoop/dataset/dataset.hpp"
#include "regcoop/query/memberships.hpp"

#include <cstddef>
#include <optional>
#include <vector>

namespace regcoop {

/// One row of a dyad-year table: two countries, a year, and the organisations both belonged
/// to on a common day of that year.
struct dyad_year {
  party_id a{};                          ///< the first country (ids in ascending order: a < b)
  party_id b{};                          ///< the second country
  int year = 0;                          ///< the year
  std::size_t count = 0;                 ///< number of organisations shared (`organisations.size()` unless
                                         ///< `dyad_options::with_organisations` is false)
  std::vector<party_id> organisations{};  ///< the organisations, in dataset order (empty without `with_organisations`)

  /// Field-wise equality. O(count).
  friend bool operator==(const dyad_year&, const dyad_year&) = default;
};

/// What a dyad-year table lists: the role and certainty of the memberships counted, whether
/// pairs that share nothing are listed too, and which countries.
struct dyad_options {
  /// The role both must hold (default: full members; any role when nullopt).
  std::optional<membership_role> role = membership_role::full_member;
  /// `certain`: a common day is certain whatever days the partial dates denote; `possible`:
  /// one may exist.
  certainty sure = certainty::certain;
  /// Also list the pairs that share no organisation in a year (count 0, no organisations):
  /// every pair of countries that both existed on a common day of the year, as far as the
  /// data say (a country's `founded` and `dissolved`, else the state registry's confirmed
  /// dates; no known date: every year); read as intervals, so a pair that possibly coexisted
  /// is listed.
  bool all_pairs = false;
  /// Only pairs of these countries (both in the list); empty: every country of the dataset.
  std::vector<party_id> parties{};
  /// List the organisations of each row (`dyad_year::organisations`); false: counts only (a
  /// panel of counts, without a copy of an id per joint membership).
  bool with_organisations = true;

  /// Field-wise equality. O(parties).
  friend bool operator==(const dyad_options&, const dyad_options&) = default;
};

/// The dyad-year table of joint membership, the way the Correlates of War IGO data and
/// peacesciencer count it, at day precision: for each year in [first_year, last_year] and
/// each pair of countries, the organisations (blocs included) of which both were members in
/// `o.role` on at least one common day of the year, accepted under `o.sure`. Without
/// `o.all_pairs`, only pairs sharing at least one organisation are listed; with it, also every
/// other pair of countries that existed together in the year (see `dyad_options`), with count
/// 0 — a pair sharing an organisation is listed whatever the existence dates say. With
/// `o.parties`, only pairs of those countries. Ordered by year, then a, then b. Members that
/// are organisations are left out (dyads are of countries).
/// O(Σ over organisations and years of (members possibly in it that year)² + output · log output),
/// plus O(years · countries²) with `all_pairs`.
/// @throws regcoop::error listing every id of `o.parties` the dataset does not hold
/// (`unknown_id`) and every one that is not a country (`invalid_value`).
[[nodiscard]] REGCOOP_DECL std::vector<dyad_year> dyad_years(const dataset& ds, int first_year, int last_year, const dyad_options& o);

/// `dyad_years` with `dyad_options{role, c}`: the pairs sharing at least one organisation,
/// among every country of the dataset. O(organisations · years · members²).
[[nodiscard]] REGCOOP_DECL std::vector<dyad_year> dyad_years(const dataset& ds, int first_year, int last_year,
                                                             std::optional<membership_role> role = membership_role::full_member,
                                                             certainty c = certainty::certain);

}  // namespace regcoop

#if !defined(REGCOOP_SEPARATE_COMPILATION)
#include "regcoop/impl/dyads.ipp"
#endif
