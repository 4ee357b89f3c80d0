#pragma once
/// @file party.hpp
/// @brief Parties: countries, blocs (with dated members) and organisations.

#include "regcoop/date.hpp"
#include "regcoop/id.hpp"
#include "regcoop/source.hpp"

#include <boost/describe/class.hpp>
#include <boost/describe/enum.hpp>

#include <optional>
#include <string>
#include <vector>

namespace regcoop {

/// What a party is.
BOOST_DEFINE_ENUM_CLASS(party_kind,
                        country,       ///< a state with an ISO 3166-1 code
                        bloc,          ///< a union of states acting as one (the EU); has `members`
                        organisation)  ///< a non-state actor: exchange, secretariat, alliance, company

/// What an organisation is (for `party_kind::organisation`; `none` otherwise).
BOOST_DEFINE_ENUM_CLASS(organisation_kind, none, exchange, secretariat, alliance, company, institute,
                        government_body, international_organisation, other)

/// A country's membership of a bloc over a period (open ends allowed).
struct membership {
  party_id member{};    ///< the member country
  date_range period{};  ///< when it was a member

  /// Field-wise equality. O(size of the record).
  friend bool operator==(const membership&, const membership&) = default;
};
BOOST_DESCRIBE_STRUCT(membership, (), (member, period))

/// A country, bloc or organisation that takes part in cooperation.
///
/// Countries use their ISO alpha-2 code as `iso_code` (the builder checks it); a bloc lists
/// its `members` (countries); an organisation may name its `home_country`.
struct party {
  party_id id{};                          ///< e.g. "KZ", "EU", "aix"
  party_kind kind = party_kind::country;  ///< country, bloc or organisation
  std::string name{};                     ///< English name
  std::vector<std::string> aliases{};     ///< other names
  std::string iso_code{};                 ///< ISO 3166-1 alpha-2 code, countries only
  organisation_kind organisation = organisation_kind::none;  ///< kind of organisation
  std::optional<party_id> home_country{};  ///< where an organisation is based
  std::vector<membership> members{};      ///< members of a bloc, dated
  std::vector<citation> citations{};      ///< where the party is mentioned

  /// Field-wise equality. O(size of the record).
  friend bool operator==(const party&, const party&) = default;
};
BOOST_DESCRIBE_STRUCT(party, (), (id, kind, name, aliases, iso_code, organisation, home_country, members, citations))

/// True when `member` is listed among the members of `org` (at any time): the one
/// membership test of queries that ignore dates. O(members); throws nothing.
[[nodiscard]] inline bool has_member(const party& org, const party_id& member) noexcept {
  for (const auto& m : org.members)
    if (m.member == member) return true;
  return false;
}

}  // namespace regcoop
