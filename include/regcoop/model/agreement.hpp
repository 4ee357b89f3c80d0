#pragma once
/// @file regcoop/model/agreement.hpp
/// @brief Agreements with per-party signed / in-force / ended dates.

#include "regcoop/model/date.hpp"
#include "regcoop/model/id.hpp"
#include "regcoop/model/sector.hpp"
#include "regcoop/model/source.hpp"

#include <boost/describe/class.hpp>
#include <boost/describe/enum.hpp>

#include <optional>
#include <string>
#include <vector>

namespace regcoop {

/// The legal form of an agreement.
/// The four kinds of regional trade agreement of the WTO's RTA database (RTA-IS user guide,
/// "Types of agreements": free trade agreement, customs union, economic integration agreement,
/// partial scope agreement) are kinds of their own; an agreement of two of them (an FTA with
/// an EIA) takes the goods kind and lists the sectors.
BOOST_DEFINE_ENUM_CLASS(agreement_kind, treaty, memorandum_of_understanding, memorandum_of_cooperation,
                        visa_exemption, strategic_cooperation_agreement, action_plan, declaration, other,
                        free_trade_agreement,            ///< a free trade agreement (GATT XXIV:8(b))
                        customs_union_agreement,         ///< an agreement establishing a customs union (GATT XXIV:8(a))
                        economic_integration_agreement,  ///< trade in services liberalised (GATS Article V)
                        partial_scope_agreement)         ///< preferences on certain products only (Enabling Clause 4(a))

/// The state of an agreement as the source reports it.
BOOST_DEFINE_ENUM_CLASS(agreement_status,
                        unknown,    ///< not reported
                        proposed,   ///< under negotiation
                        concluded,  ///< signed or adopted, not (yet) known to be in force
                        in_force,   ///< in force / implemented
                        ended)      ///< terminated or expired

/// One party to an agreement and its dates: signed, acceded (consented to be bound without
/// having signed), ratified (or otherwise consented to be bound), applied provisionally, in
/// force for it, ended for it (withdrawal, termination). A party that signed and never
/// ratified has only `signed_on`; one that acceded has `acceded_on` and no `signed_on`; see
/// `state_on` (as_of.hpp) for how missing dates are read. `citations` say where this party's
/// dates can be checked.
struct agreement_party {
  party_id party{};                           ///< the party
  std::optional<partial_date> signed_on{};    ///< when it signed
  std::optional<partial_date> acceded_on{};   ///< when it acceded (became a party without signing)
  std::optional<partial_date> ratified_on{};  ///< when it ratified (consented to be bound)
  std::optional<partial_date> provisionally_applied_from{};  ///< when it began to apply the agreement provisionally
  std::optional<partial_date> in_force_from{};  ///< when the agreement entered into force for it
  std::optional<partial_date> ended_on{};     ///< when it stopped being bound (withdrawal, termination)
  std::vector<citation> citations{};          ///< where this party's dates can be checked

  /// Field-wise equality. O(size of the record).
  friend bool operator==(const agreement_party&, const agreement_party&) = default;
};
BOOST_DESCRIBE_STRUCT(agreement_party, (), (party, signed_on, acceded_on, ratified_on, provisionally_applied_from, in_force_from, ended_on, citations))

/// An agreement between two or more parties of any kind.
struct agreement {
  agreement_id id{};                       ///< e.g. "visa-cn-kz"
  std::string name{};                      ///< e.g. "China–Kazakhstan mutual visa exemption agreement"
  agreement_kind kind = agreement_kind::other;  ///< legal form
  std::vector<sector> sectors{};           ///< fields it covers
  std::vector<agreement_party> parties{};  ///< the parties, with their dates
  std::optional<event_id> signed_at{};     ///< the event where it was signed
  std::optional<mechanism_id> mechanism{}; ///< the mechanism it belongs to
  agreement_status status = agreement_status::unknown;  ///< status as reported
  std::string summary{};                   ///< what it does, in words
  std::vector<citation> citations{};       ///< where it is mentioned

  /// Field-wise equality. O(size of the record).
  friend bool operator==(const agreement&, const agreement&) = default;
};
BOOST_DESCRIBE_STRUCT(agreement, (), (id, name, kind, sectors, parties, signed_at, mechanism, status, summary, citations))

}  // namespace regcoop
