#pragma once
/// @file impl/politics.ipp
/// @brief Definitions of `status_on` and `border_politics`, declared in
/// `regcoop/network/politics.hpp`. Included by that header in header-only mode and by
/// `regcoop/src.hpp` under REGCOOP_SEPARATE_COMPILATION.

#include "regcoop/detail/membership_rules.hpp"
#include "regcoop/network/politics.hpp"
#include "regcoop/query/as_of.hpp"

#include <algorithm>
#include <limits>
#include <span>
#include <vector>

REGCOOP_STRING_WARNINGS_BEGIN

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

REGCOOP_DECL truth status_on(const segment& s, const partial_date& d, std::span<const segment_status> statuses) {
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

REGCOOP_DECL border_politics::border_politics(const dataset& ds, const partial_date& d, certainty c, const scenario& sc,
                                              clearance_defaults defaults)
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

REGCOOP_DECL crossing_regime border_politics::regime(const party_id& a, const party_id& b, transport_mode mode) const {
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

REGCOOP_DECL void border_politics::add_rule(const border_rule& r) {
  const truth t = detail::holds(r.period.from, r.period.to, d_);
  if (t != truth::no) rules_.push_back({r, t});
}

REGCOOP_DECL truth border_politics::both_members(const party& o, const party_id& a, const party_id& b) const {
  return std::min(detail::member_on(o, a, d_), detail::member_on(o, b, d_));
}

}  // namespace regcoop

REGCOOP_STRING_WARNINGS_END
