#pragma once
/// @file regcoop/query/timeline.hpp
/// @brief Dated histories of a party, a mechanism, a project or a pair of parties, ordered by
/// partial date, with ties (entries whose order the dates cannot settle) explained.

#include "regcoop/config.hpp"
#include "regcoop/dataset/dataset.hpp"
#include "regcoop/model/date.hpp"
#include "regcoop/model/id.hpp"

#include <optional>
#include <string>
#include <vector>

REGCOOP_STRING_WARNINGS_BEGIN

namespace regcoop {

/// One dated happening.
struct timeline_entry {
  std::optional<partial_date> date{};  ///< when (undated entries come last)
  std::string record{};                ///< the record, as "kind/id"
  std::string what{};                  ///< what happened, in words
  std::string order_note{};            ///< why the order against the previous entry is uncertain, if it is
  /// The organisation or bloc through which the party whose timeline this is is bound by the
  /// agreement of this entry (DE bound by the EU–Kazakhstan EPCA through EU); empty when the
  /// entry is the party's own (its own agreement entry, membership, event).
  std::optional<party_id> through{};
};

/// The history of a project: its status changes. O(history log history).
/// @throws regcoop::error (`unknown_id`).
[[nodiscard]] REGCOOP_DECL std::vector<timeline_entry> timeline(const dataset& ds, const project_id& p);

/// The history of a mechanism: founding, bodies established, its events, and the dates of the
/// agreements reported under it, each naming the parties whose date it is ("… signed by CN, KZ").
/// O(events + bodies + agreements).
/// @throws regcoop::error (`unknown_id`).
[[nodiscard]] REGCOOP_DECL std::vector<timeline_entry> timeline(const dataset& ds, const mechanism_id& m);

/// The history of a party: events of its mechanisms, projects and observations; of each
/// agreement, only the dates of its own entry (signed, acceded, ratified, applied
/// provisionally, enters into force, ends: Myanmar's RCEP entry has its signature only), and,
/// marked with `timeline_entry::through`, the dates of a bloc's entry on which the party is
/// bound through the bloc (a full member or bound non-member then: DE has the EU–Kazakhstan
/// EPCA through EU); for a member of organisations, its joining, role changes, suspensions and
/// leaving; for an organisation, its founding, dissolution and every member's joining and
/// leaving. Entries on the same day carry no order note. O(size of the dataset).
/// @throws regcoop::error (`unknown_id`).
[[nodiscard]] REGCOOP_DECL std::vector<timeline_entry> timeline(const dataset& ds, const party_id& p);

/// The history of a pair of parties: projects and observations naming both, and the agreements
/// both are on (an own entry or through a bloc, as in the timeline of one party) with the dates
/// of the two parties' entries, each naming whose date it is ("RCEP enters into force for ID";
/// "… for EU (DE bound through EU)"). O(size of the dataset).
/// @throws regcoop::error (`unknown_id`).
[[nodiscard]] REGCOOP_DECL std::vector<timeline_entry> timeline(const dataset& ds, const party_id& a, const party_id& b);

}  // namespace regcoop

REGCOOP_STRING_WARNINGS_END

#if !defined(REGCOOP_SEPARATE_COMPILATION)
#include "regcoop/impl/timeline.ipp"
#endif
