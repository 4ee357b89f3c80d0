#pragma once
/// @file regcoop/query/relations.hpp
/// @brief Who works with whom: partners of a party, the records linking two parties (dyads),
/// the parties of a mechanism.

#include "regcoop/dataset/dataset.hpp"
#include "regcoop/model/id.hpp"

#include <cstddef>
#include <vector>

namespace regcoop {

/// The records that link two parties.
struct dyad_links {
  std::vector<const mechanism*> mechanisms{};  ///< formats both belong to (core or partner)
  std::vector<const event*> events{};          ///< events of those mechanisms
  std::vector<const agreement*> agreements{};  ///< agreements both are parties to
  std::vector<const project*> projects{};      ///< projects both host or take part in
  std::vector<const indicator*> indicators{};  ///< observations about the pair
  std::vector<const party*> organisations{};   ///< blocs and organisations both were members of (any role, any time)
  /// True when nothing links the two. O(1).
  [[nodiscard]] bool empty() const noexcept {
    return mechanisms.empty() && events.empty() && agreements.empty() && projects.empty() && indicators.empty() &&
           organisations.empty();
  }
  /// Number of linking records. O(1).
  [[nodiscard]] std::size_t size() const noexcept {
    return mechanisms.size() + events.size() + agreements.size() + projects.size() + indicators.size() + organisations.size();
  }
};

/// What links `a` and `b`. Undirected (default): any record referring to both. Directed:
/// indicators only where `a` is a subject and `b` a counterpart (e.g. China's investment
/// *in* Kazakhstan); other kinds have no direction and are kept. Blocs are not expanded:
/// ask for the bloc itself, or expand with `members_on`. Uses the dataset's party index:
/// O(records referring to `a` or `b`), plus O(events) when a mechanism links them.
[[nodiscard]] REGCOOP_DECL dyad_links links(const dataset& ds, const party_id& a, const party_id& b, bool directed = false);

/// A party linked to another, with how many records link them.
struct partner_count {
  party_id party{};       ///< the partner
  std::size_t links = 0;  ///< linking records (agreements, projects, indicators, mechanisms, organisations)
};

/// The parties linked to `p` by any agreement, project, indicator, mechanism or shared
/// membership of an organisation (the organisation's other members, any role, any time), by
/// decreasing number of links, then id. Visits only the records referring to `p` (party
/// index): O(those records · parties per record · partners).
[[nodiscard]] REGCOOP_DECL std::vector<partner_count> partners(const dataset& ds, const party_id& p);

/// The parties of a mechanism: its core group, then its partner. O(core size).
/// @throws regcoop::error (`unknown_id`).
[[nodiscard]] REGCOOP_DECL std::vector<party_id> parties_of(const dataset& ds, const mechanism_id& m);

/// The mechanisms `p` belongs to (core or partner). O(mechanisms).
[[nodiscard]] REGCOOP_DECL std::vector<const mechanism*> mechanisms_of(const dataset& ds, const party_id& p);

}  // namespace regcoop

#if !defined(REGCOOP_SEPARATE_COMPILATION)
#include "regcoop/impl/relations.ipp"
#endif
