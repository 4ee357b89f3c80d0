#pragma once
/// @file regcoop/model/party.hpp
/// @brief Parties: countries, blocs (with dated members) and organisations.

#include "regcoop/model/date.hpp"
#include "regcoop/model/id.hpp"
#include "regcoop/model/source.hpp"

#include <boost/describe/class.hpp>
#include <boost/describe/enum.hpp>

#include <optional>
#include <string>
#include <vector>

namespace regcoop {

/// What a party is.
BOOST_DEFINE_ENUM_CLASS(party_kind,
                        country,       ///< a state with an ISO 3166-1 code
                        bloc,          ///< an organisation whose full members act as one party in agreements (the EU)
                        organisation)  ///< any other organisation: intergovernmental, customs union, forum, exchange, company, ...

/// What an organisation is (for `party_kind::organisation` and blocs; `none` for countries).
BOOST_DEFINE_ENUM_CLASS(organisation_kind, none,
                        intergovernmental_organisation,  ///< a general intergovernmental organisation (SCO, CIS)
                        customs_union,                   ///< members share one customs territory
                        free_trade_area,                 ///< members trade without tariffs among themselves
                        economic_union,                  ///< a customs union with a common market (EAEU, EU)
                        security_organisation,           ///< a collective-security organisation (CSTO)
                        development_bank,                ///< a multilateral development bank or programme
                        forum,                           ///< a forum or conference without binding decisions (CICA)
                        exchange, secretariat, alliance, company, institute, government_body,
                        international_organisation,      ///< an international organisation of another kind
                        other)

/// The role of a member in an organisation.
BOOST_DEFINE_ENUM_CLASS(membership_role,
                        full_member,       ///< a member with all rights
                        associate_member,  ///< an associate member
                        observer,          ///< an observer state or organisation
                        dialogue_partner,  ///< a dialogue partner
                        candidate,         ///< a candidate for membership, accession under way
                        suspended,         ///< a member whose membership is suspended
                        bound_non_member)  ///< not a member, but bound by the organisation's agreements for the
                                           ///< spell (the United Kingdom in the EU's transition period, 2020)

/// One spell of one member in one role: when it began (`period.from`), its last day
/// (`period.to`), both partial dates with open ends. A member that changes role (observer,
/// then full member), leaves and rejoins, or is suspended has one spell per role and stay.
/// When the beginning is unknown but the spell is known to hold by some date, `period.from`
/// is left open and `reported` gives that date: before it the membership is only possible.
///
/// `continues` says that the spell begins the day after the member's previous spell in the
/// organisation ends (a role change, a suspension, a suspension lifted): the two dates may be
/// known only to the month, yet the member belongs, in one role or the other, on every day in
/// between. The previous spell is the member's nearest earlier spell in `members` order; it
/// must have an end, and this spell's `period.from` must allow the day after it.
/// A member holds one role at a time: its spells may overlap only in two different roles that
/// the organisation lists in `party::concurrent_roles` (an ASEAN candidate that is an observer).
struct membership {
  party_id member{};                                  ///< the member: a country or an organisation
  membership_role role = membership_role::full_member;  ///< the role in this spell
  date_range period{};                                ///< first and last day of the spell
  bool continues = false;                             ///< begins the day after the member's previous spell ends
  std::optional<partial_date> reported{};             ///< a date by which the spell held (start unknown)
  std::vector<citation> citations{};                  ///< where the spell can be checked
  /// The source does not know whether the member held the role in this period (a COW year
  /// coded −9, a year a table does not cover): on every day of it the answer is *possibly*,
  /// never *certainly* and never *no*.
  bool status_unknown = false;

  /// Field-wise equality. O(size of the record).
  friend bool operator==(const membership&, const membership&) = default;
};
BOOST_DESCRIBE_STRUCT(membership, (), (member, role, period, continues, reported, citations, status_unknown))

/// A country, bloc or organisation that takes part in cooperation.
///
/// Countries name their code in the state registry (regcoop/model/states.hpp) as `iso_code`: a
/// current ISO 3166-1 alpha-2 code, a former one (ISO 3166-3, e.g. "SU", "DD"), a
/// user-assigned one ("XK"), or none for a state of the Correlates of War state system that
/// never had one, which gives its COW number in `cow_code` instead. A country's `founded` and
/// `dissolved` are its independence and its end. Blocs and organisations list their
/// `members` as dated spells with roles; a member may be a country or another organisation
/// (no cycles). An organisation may name its `home_country` and `seat`, its founding and
/// dissolution dates, and the agreement that established it. `successors` names the parties
/// that continued a party or took its place when it ended or was renamed (the Soviet Union's
/// fifteen successor states; EurAsEC → the EAEU).
struct party {
  party_id id{};                          ///< e.g. "KZ", "EU", "SCO"
  party_kind kind = party_kind::country;  ///< country, bloc or organisation
  std::string name{};                     ///< English name
  std::vector<std::string> aliases{};     ///< other names
  std::string iso_code{};                 ///< ISO 3166-1 alpha-2 code (or ISO 3166-3, or user-assigned), countries only
  std::optional<int> cow_code{};          ///< Correlates of War state number, countries only
  organisation_kind organisation = organisation_kind::none;  ///< kind of organisation
  std::optional<party_id> home_country{};  ///< where an organisation is based
  std::string seat{};                     ///< the city of an organisation's seat or secretariat
  std::optional<partial_date> founded{};    ///< when the organisation was founded, or the country became independent
  std::optional<partial_date> dissolved{};  ///< when it was dissolved, or the country ended
  std::vector<party_id> successors{};       ///< the parties that continued it or took its place
  std::optional<agreement_id> established_by{};  ///< the agreement that established it
  std::vector<membership> members{};      ///< members of a bloc or organisation, dated, with roles
  /// Roles a member may hold at the same time as another role, by the organisation's rules
  /// (ASEAN: `candidate` and `observer`); spells of one member in two different roles may
  /// overlap only when both roles are listed. Empty: one role at a time.
  std::vector<membership_role> concurrent_roles{};
  std::vector<citation> citations{};      ///< where the party is mentioned

  /// Field-wise equality. O(size of the record).
  friend bool operator==(const party&, const party&) = default;
};
BOOST_DESCRIBE_STRUCT(party, (), (id, kind, name, aliases, iso_code, cow_code, organisation, home_country, seat, founded,
                                  dissolved, successors, established_by, members, concurrent_roles, citations))

/// True when `member` is listed among the members of `org` (at any time): the one
/// membership test of queries that ignore dates. O(members); throws nothing.
[[nodiscard]] inline bool has_member(const party& org, const party_id& member) noexcept {
  for (const auto& m : org.members)
    if (m.member == member) return true;
  return false;
}

}  // namespace regcoop
