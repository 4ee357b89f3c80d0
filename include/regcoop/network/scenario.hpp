#pragma once
/// @file regcoop/network/scenario.hpp
/// @brief What-if overlays: a `scenario` opens, closes or changes segments, adds or ends
/// memberships and agreements, and adds border rules, without copying the base data. Routes
/// and transit shares take one directly (`network`); `apply` makes the changed dataset for
/// every other question.

#include "regcoop/config.hpp"
#include "regcoop/dataset/dataset.hpp"
#include "regcoop/model/records.hpp"

#include <boost/unordered/unordered_flat_map.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace regcoop {

/// A change a scenario makes to one segment.
struct segment_change {
  std::optional<segment_status> status{};  ///< new status (e.g. `operating` to open it)
  std::optional<double> length_km{};       ///< new length
  std::optional<double> hours{};           ///< new typical travel time
  std::optional<partial_date> since{};     ///< the new status holds from this date (empty: on every date)
};

/// A party leaving an organisation in a scenario: its spells there end on `last_day`.
struct membership_end {
  party_id organisation{};   ///< the organisation left
  party_id member{};         ///< who leaves
  partial_date last_day{};   ///< the last day of membership
};
BOOST_DESCRIBE_STRUCT(membership_end, (), (organisation, member, last_day))

/// An agreement ending in a scenario: every party still bound stops being bound on `on`.
struct agreement_end {
  agreement_id agreement{};  ///< the agreement
  partial_date on{};         ///< when it ends
};
BOOST_DESCRIBE_STRUCT(agreement_end, (), (agreement, on))

/// An overlay on a dataset. Segment changes are a small map from segment id to change;
/// political changes are lists applied in order after the dataset's own records (a
/// scenario's border rule overrides the dataset's for the same border). Nothing of the base
/// data is copied until `apply`.
class scenario {
 public:
  /// Marks a segment operating (from `since`, or on every date). O(1) amortised.
  REGCOOP_DECL scenario& open(const segment_id& s, std::optional<partial_date> since = std::nullopt);
  /// Marks a segment closed (from `since`, or on every date). O(1) amortised.
  REGCOOP_DECL scenario& close(const segment_id& s, std::optional<partial_date> since = std::nullopt);
  /// Opens every segment of a corridor, e.g. `open(ds, corridor_id{"cku"})`.
  /// @throws regcoop::error (`unknown_id`) when the corridor does not exist. O(segments).
  REGCOOP_DECL scenario& open(const dataset& ds, const corridor_id& c, std::optional<partial_date> since = std::nullopt);
  /// Merges `c` into the change of segment `s` (later fields win). O(1) amortised.
  REGCOOP_DECL scenario& change(const segment_id& s, const segment_change& c);
  /// `member` joins `organisation` in `role` from `from`. Applied to the organisation (by
  /// `with_memberships`, hence by `apply` and by routes alike), the join replaces the
  /// member's spells there from its date: a spell of another role that holds on `from`
  /// ends the day before `from`'s first day, spells that begin on or after that day are
  /// dropped, and a spell of the same role that holds on `from` is kept with its end
  /// removed (the join then adds no spell: joining in a role already held is a no-op or an
  /// extension, never an overlap). O(1) amortised.
  REGCOOP_DECL scenario& join(const party_id& organisation, const party_id& member, partial_date from,
                              membership_role role = membership_role::full_member);
  /// `member`'s spells in `organisation` end on `last_day` (spells that begin later are
  /// dropped). O(1) amortised.
  REGCOOP_DECL scenario& leave(const party_id& organisation, const party_id& member, partial_date last_day);
  /// Adds a border rule (it overrides the dataset's rules for the same border). O(1) amortised.
  REGCOOP_DECL scenario& add(border_rule r);
  /// Closes the border between two countries for every mode on every date (a closed
  /// `border_rule` with id "closed:A-B"); closing a border already closed so (either order)
  /// changes nothing. O(border rules).
  REGCOOP_DECL scenario& close_border(const party_id& a, const party_id& b);
  /// Adds an agreement. O(1) amortised.
  REGCOOP_DECL scenario& add(agreement a);
  /// Ends an agreement for every party still bound on `on`. O(1) amortised.
  REGCOOP_DECL scenario& end(const agreement_id& a, partial_date on);

  /// The segment changes, by segment id. O(1).
  [[nodiscard]] const boost::unordered_flat_map<std::string, segment_change>& changes() const noexcept { return changes_; }
  /// The memberships added, as (organisation, spell). O(1).
  [[nodiscard]] const std::vector<std::pair<party_id, membership>>& joins() const noexcept { return joins_; }
  /// The memberships ended. O(1).
  [[nodiscard]] const std::vector<membership_end>& leaves() const noexcept { return leaves_; }
  /// The border rules added. O(1).
  [[nodiscard]] const std::vector<border_rule>& border_rules() const noexcept { return rules_; }
  /// The agreements added. O(1).
  [[nodiscard]] const std::vector<agreement>& agreements() const noexcept { return agreements_; }
  /// The agreements ended. O(1).
  [[nodiscard]] const std::vector<agreement_end>& ended_agreements() const noexcept { return ended_; }
  /// True when the scenario changes nothing. O(1).
  [[nodiscard]] bool empty() const noexcept {
    return changes_.empty() && joins_.empty() && leaves_.empty() && rules_.empty() && agreements_.empty() && ended_.empty();
  }
  /// True when the scenario changes memberships or border rules (what border regimes read). O(1).
  [[nodiscard]] bool political() const noexcept { return !joins_.empty() || !leaves_.empty() || !rules_.empty(); }
  /// True when the scenario touches the memberships of `organisation`. O(changes).
  [[nodiscard]] REGCOOP_DECL bool touches(const party_id& organisation) const noexcept;

  /// Adds to `probs` an `unknown_id` problem for every organisation or member a join or
  /// leave names that `ds` lacks (field "joins" or "leaves"). O(joins + leaves).
  REGCOOP_DECL void check_memberships(const dataset& ds, std::vector<problem>& probs) const;

  /// `org` with this scenario's leaves, then its joins, applied (a copy); see `join` for what a
  /// join does to the member's spells. O(members · changes).
  [[nodiscard]] REGCOOP_DECL party with_memberships(const party& org) const;

 private:
  // The join rule (see `join`): `j` replaces `j.member`'s spells in `p` from `j.period.from`.
  REGCOOP_DECL static void join_into(party& p, const membership& j);

  boost::unordered_flat_map<std::string, segment_change> changes_;
  std::vector<std::pair<party_id, membership>> joins_;
  std::vector<membership_end> leaves_;
  std::vector<border_rule> rules_;
  std::vector<agreement> agreements_;
  std::vector<agreement_end> ended_;
};

/// The dataset with every change of `sc` applied and validated again: segment changes (a
/// dated status change is appended to the segment's history), memberships joined and left
/// (by `scenario::with_memberships`, the rule routes use: a join replaces the member's
/// spells from its date, see `scenario::join`),
/// border rules and agreements added, agreements ended. For questions other than routes
/// (which take the scenario directly), e.g. `members_of(apply(ds, sc), ...)`.
/// @throws regcoop::error (`unknown_id`) naming the scenario change that refers to a record
/// the dataset lacks, or the problems of the changed dataset. O(size of the dataset).
[[nodiscard]] REGCOOP_DECL dataset apply(const dataset& ds, const scenario& sc);

}  // namespace regcoop

#if !defined(REGCOOP_SEPARATE_COMPILATION)
#include "regcoop/impl/scenario.ipp"
#endif
