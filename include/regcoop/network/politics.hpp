#pragma once
/// @file regcoop/network/politics.hpp
/// @brief The political layer of routing, resolved for a date: whether a segment is open,
/// and what regime decides a border crossing (customs border, inside a customs union, a
/// border rule, closed). Three-valued where partial dates leave it open.

#include "regcoop/query/as_of.hpp"
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

namespace detail {
// The days a dated status change may begin: `since`'s days; for `reported` any day up to it;
// with neither, any day.
struct begin_days {
  std::int32_t first, last;
};
inline begin_days begins(const segment_status_change& h) noexcept {
  constexpr auto lo = std::numeric_limits<std::int32_t>::min(), hi = std::numeric_limits<std::int32_t>::max();
  if (h.since) return {h.since->first_day(), h.since->last_day()};
  if (h.reported) return {lo, h.reported->last_day()};
  return {lo, hi};
}
inline bool listed(std::span<const segment_status> statuses, segment_status s) noexcept {
  return std::find(statuses.begin(), statuses.end(), s) != statuses.end();
}
}  // namespace detail

/// Whether segment `s` has one of `statuses` on `d`: `certainly` when it has one whatever
/// days the partial dates denote, `possibly` when for some, else `no`. Read from `history`
/// (the status on a day is that of the last entry begun by then; before the first entry the
/// segment has no status and is not usable); without a history, an operating segment with
/// `opened` is operating from that date, and any other has `status` on every date.
/// O(history).
[[nodiscard]] inline truth status_on(const segment& s, const partial_date& d, std::span<const segment_status> statuses) {
  const auto first = d.first_day(), last = d.last_day();
  if (s.history.empty()) {
    if (!detail::listed(statuses, s.status)) return truth::no;
    if (s.status == segment_status::operating && s.opened) return detail::happened(*s.opened, d);
    return truth::certainly;
  }
  bool any = false, all = true;
  // Before the first entry: possible while the first entry may begin after the first day.
  if (detail::begins(s.history.front()).last > first) all = false;
  for (std::size_t i = 0; i < s.history.size(); ++i) {
    const auto b = detail::begins(s.history[i]);
    const auto next_last =
        i + 1 < s.history.size() ? detail::begins(s.history[i + 1]).last : std::numeric_limits<std::int32_t>::max();
    // Entry i holds on some day x of [first, last]: begun by x, the next not yet begun.
    const auto lo = std::max(first, b.first);
    const auto hi = next_last == std::numeric_limits<std::int32_t>::max() ? last : std::min(last, next_last - 1);
    if (lo > hi) continue;
    if (detail::listed(statuses, s.history[i].status)) any = true;
    else all = false;
  }
  if (!any) return truth::no;
  return all ? truth::certainly : truth::possibly;
}

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
  border_politics(const dataset& ds, const partial_date& d, certainty c = certainty::certain, const scenario& sc = {},
                  clearance_defaults defaults = {})
      : d_(d), c_(c), defaults_(defaults) {
    std::vector<problem> probs;
    sc.check_memberships(ds, probs);
    if (!probs.empty()) throw error(std::move(probs));
    for (const auto& p : ds.parties()) {
      if (p.kind == party_kind::country) continue;
      const bool customs = forms_customs_territory(p);
      const bool ruled = std::any_of(ds.border_rules().begin(), ds.border_rules().end(), [&](const border_rule& r) { return r.within == p.id; }) ||
                         std::any_of(sc.border_rules().begin(), sc.border_rules().end(), [&](const border_rule& r) { return r.within == p.id; });
      if (customs || ruled) orgs_.push_back({sc.touches(p.id) ? sc.with_memberships(p) : p, customs});
    }
    for (const auto& r : ds.border_rules()) add_rule(r);
    for (const auto& r : sc.border_rules()) add_rule(r);
  }

  /// The regime of a crossing between countries `a` and `b` (either order) by `mode`:
  /// the last applicable pair rule (scenario rules after the dataset's), else the last
  /// applicable organisation rule both countries are full members of, else a customs
  /// territory both fully belong to, else a customs border. O(rules + customs territories).
  [[nodiscard]] crossing_regime regime(const party_id& a, const party_id& b, transport_mode mode) const {
    crossing_regime out;
    const rule_state* pick = nullptr;
    truth pick_sure = truth::no;
    for (const auto& r : rules_) {
      if (r.rule.between.size() != 2 || !mode_applies(r.rule, mode)) continue;
      const bool pair = (r.rule.between[0] == a && r.rule.between[1] == b) || (r.rule.between[0] == b && r.rule.between[1] == a);
      if (pair && accepted(r.holds, c_)) pick = &r, pick_sure = r.holds;
    }
    if (!pick)
      for (const auto& r : rules_) {
        if (!r.rule.within || !mode_applies(r.rule, mode)) continue;
        const auto* o = org(*r.rule.within);
        if (!o) continue;
        const truth t = std::min(r.holds, both_members(*o, a, b));
        if (accepted(t, c_)) pick = &r, pick_sure = t;
      }
    if (pick) {
      out.regime = pick->rule.closed ? border_regime::closed : border_regime::rule;
      out.basis = pick->rule.id.value;
      out.clearance_hours = pick->rule.clearance_hours.value_or(0);
      out.sure = pick_sure;
      return out;
    }
    for (const auto& o : orgs_) {
      if (!o.customs) continue;
      const truth t = both_members(o.p, a, b);
      if (accepted(t, c_) && (out.regime != border_regime::customs_union || t > out.sure)) {
        out.regime = border_regime::customs_union;
        out.basis = o.p.id.value;
        out.sure = t;
      }
    }
    out.clearance_hours = out.regime == border_regime::customs_union ? defaults_.customs_union_hours : defaults_.customs_border_hours;
    return out;
  }

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
  void add_rule(const border_rule& r) {
    const truth t = detail::holds(r.period.from, r.period.to, d_);
    if (t != truth::no) rules_.push_back({r, t});
  }
  static bool mode_applies(const border_rule& r, transport_mode m) noexcept {
    return r.modes.empty() || std::find(r.modes.begin(), r.modes.end(), m) != r.modes.end();
  }
  const party* org(const party_id& id) const noexcept {
    for (const auto& o : orgs_)
      if (o.p.id == id) return &o.p;
    return nullptr;
  }
  truth both_members(const party& o, const party_id& a, const party_id& b) const {
    return std::min(detail::member_on(o, a, d_), detail::member_on(o, b, d_));
  }

  partial_date d_;
  certainty c_;
  clearance_defaults defaults_;
  std::vector<org_state> orgs_;
  std::vector<rule_state> rules_;
};

}  // namespace regcoop
