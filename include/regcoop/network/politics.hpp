#pragma once
/// @file regcoop/network/politics.hpp
/// @brief The political layer of routing, resolved for a date: whether a segment is open,
/// and what regime decides a border crossing (customs border, inside a customs union, a
/// border rule, closed). Three-valued where partial dates leave it open.

#include "regcoop/config.hpp"
#include "regcoop/query/query_date.hpp"
#include "regcoop/model/border.hpp"
#include "regcoop/dataset/dataset.hpp"
#include "regcoop/network/scenario.hpp"

#include <algorithm>
#include <limits>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace regcoop {

/// Whether segment `s` has one of `statuses` on `d`: `certainly` when it has one whatever
/// days the partial dates denote, `possibly` when for some, else `no`. Read from `history`
/// (the status on a day is that of the last entry begun by then; before the first entry the
/// segment has no status and is not usable); without a history, an operating segment with
/// `opened` is operating from that date, and any other has `status` on every date.
/// O(history).
[[nodiscard]] REGCOOP_DECL truth status_on(const segment& s, const partial_date& d, std::span<const segment_status> statuses);

/// How a border crossing is treated on a route's date.
struct crossing_regime {
  border_regime regime = border_regime::customs_border;  ///< what decided it
  std::string basis{};          ///< the customs union or border rule that decided it (empty for a customs border)
  double clearance_hours = 0;   ///< hours the crossing takes (from the rule, or the route options' defaults)
  truth sure = truth::certainly;  ///< `possibly` when partial dates leave the deciding membership or rule open
};

/// Clearance times where no border rule gives one. Defaults are zero: regcoop's data holds
/// no clearance times, and a figure that is not in a source is not invented.
struct clearance_defaults {
  double customs_border_hours = 0;  ///< a crossing between customs territories
  double customs_union_hours = 0;   ///< a crossing inside a customs union
};

/// True for the organisations whose full members form one customs territory: kinds
/// `customs_union` and `economic_union` (an economic union includes a customs union). O(1).
[[nodiscard]] constexpr bool forms_customs_territory(const party& p) noexcept {
  return p.kind != party_kind::country &&
         (p.organisation == organisation_kind::customs_union || p.organisation == organisation_kind::economic_union);
}

/// The political layer of one date: what it takes to cross each border, resolved from the
/// dataset's memberships and border rules with a scenario's changes on top. Build once per
/// query date; `regime` is then a lookup over rules and customs territories, no dataset scan.
class border_politics {
 public:
  /// Resolves the customs territories and rules on `d` under certainty policy `c`.
  /// @throws regcoop::error (`unknown_id`) when the scenario names an organisation or member
  /// the dataset lacks. O(parties + rules + scenario changes).
  REGCOOP_DECL border_politics(const dataset& ds, const partial_date& d, certainty c = certainty::certain, const scenario& sc = {},
                               clearance_defaults defaults = {});

  /// The regime of a crossing between countries `a` and `b` (either order) by `mode`:
  /// the last applicable pair rule (scenario rules after the dataset's), else the last
  /// applicable organisation rule both countries are full members of, else a customs
  /// territory both fully belong to, else a customs border. O(rules + customs territories).
  [[nodiscard]] REGCOOP_DECL crossing_regime regime(const party_id& a, const party_id& b, transport_mode mode) const;

  /// The date the layer was resolved for. O(1).
  [[nodiscard]] const partial_date& date() const noexcept { return d_; }

 private:
  struct org_state {
    party p;      // with the scenario's joins and leaves
    bool customs;  // forms a customs territory
  };
  struct rule_state {
    border_rule rule;
    truth holds;  // on the date
  };
  REGCOOP_DECL void add_rule(const border_rule& r);
  static bool mode_applies(const border_rule& r, transport_mode m) noexcept {
    return r.modes.empty() || std::find(r.modes.begin(), r.modes.end(), m) != r.modes.end();
  }
  const party* org(const party_id& id) const noexcept {
    for (const auto& o : orgs_)
      if (o.p.id == id) return &o.p;
    return nullptr;
  }
  REGCOOP_DECL truth both_members(const party& o, const party_id& a, const party_id& b) const;

  partial_date d_;
  certainty c_;
  clearance_defaults defaults_;
  std::vector<org_state> orgs_;
  std::vector<rule_state> rules_;
};

}  // namespace regcoop

#if !defined(REGCOOP_SEPARATE_COMPILATION)
#include "regcoop/impl/politics.ipp"
#endif
