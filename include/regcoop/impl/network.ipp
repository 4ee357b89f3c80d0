#pragma once
/// @file impl/network.ipp
/// @brief Definitions of the routing network's members declared in `regcoop/network/network.hpp`.
/// Included by that header in header-only mode and by `regcoop/src.hpp` under
/// REGCOOP_SEPARATE_COMPILATION.

#include "regcoop/impl/politics.ipp"
#include "regcoop/network/network.hpp"

REGCOOP_STRING_WARNINGS_BEGIN

namespace regcoop {

REGCOOP_DECL network::network(const dataset& ds) : d_(std::make_shared<data>())  {
  d_->ds = ds;
  const auto nodes = ds.nodes();
  const auto segs = ds.segments();
  std::vector<std::pair<vertex, vertex>> edges;
  edges.reserve(segs.size() * 2);
  d_->edge_segment.reserve(segs.size() * 2);
  d_->edge_source.reserve(segs.size() * 2);
  d_->edge_target.reserve(segs.size() * 2);
  std::vector<problem> probs;
  for (std::size_t i = 0; i < segs.size(); ++i) {
    const auto& s = segs[i];
    if (!std::isfinite(s.length_km) || s.length_km < 0 || (s.hours && (!std::isfinite(*s.hours) || *s.hours < 0)))
      probs.push_back({errc::invalid_value, detail::record_label<segment>(s.id.value), "length_km", "negative or non-finite weight"});
    const auto a = static_cast<vertex>(*ds.position(s.from));
    const auto b = static_cast<vertex>(*ds.position(s.to));
    edges.emplace_back(a, b);
    edges.emplace_back(b, a);
  }
  if (!probs.empty()) throw error(std::move(probs));
  // CSR sorts edges by source; keep the segment of each edge through a permutation.
  std::vector<std::size_t> order(edges.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(), [&](std::size_t x, std::size_t y) { return edges[x].first < edges[y].first; });
  std::vector<std::pair<vertex, vertex>> sorted(edges.size());
  for (std::size_t i = 0; i < order.size(); ++i) {
    sorted[i] = edges[order[i]];
    d_->edge_segment.push_back(static_cast<std::uint32_t>(order[i] / 2));
    d_->edge_source.push_back(sorted[i].first);
    d_->edge_target.push_back(sorted[i].second);
  }
  d_->g = graph_type(boost::edges_are_sorted, sorted.begin(), sorted.end(), static_cast<std::uint32_t>(nodes.size()));
  d_->country.reserve(nodes.size());
  d_->country_of.reserve(nodes.size());
  for (const auto& n : nodes) {
    d_->country.push_back(n.country);
    auto it = std::find(d_->countries.begin(), d_->countries.end(), n.country);
    if (it == d_->countries.end()) it = d_->countries.insert(d_->countries.end(), n.country);
    d_->country_of.push_back(static_cast<std::uint32_t>(it - d_->countries.begin()));
  }
  for (const auto& sg : segs) {
    d_->seg_km.push_back(sg.length_km);
    d_->seg_hours.push_back(sg.hours ? *sg.hours : std::numeric_limits<double>::quiet_NaN());
    d_->seg_mode.push_back(sg.mode);
    d_->seg_status.push_back(sg.status);
    d_->seg_dated.push_back(static_cast<char>(!sg.history.empty() || sg.opened.has_value()));
  }
  // Border slots: each distinct (country pair, mode) among crossing edges, resolved once
  // per query into a regime.
  d_->edge_slot.assign(d_->edge_segment.size(), no_slot);
  boost::unordered_flat_map<std::uint64_t, std::uint32_t> slot_of;
  for (std::size_t e = 0; e < d_->edge_segment.size(); ++e) {
    std::uint32_t ca = d_->country_of[d_->edge_source[e]], cb = d_->country_of[d_->edge_target[e]];
    if (ca == cb) continue;
    if (ca > cb) std::swap(ca, cb);
    const auto mode = static_cast<std::uint32_t>(segs[d_->edge_segment[e]].mode);
    const std::uint64_t key = (static_cast<std::uint64_t>(ca) << 35) | (static_cast<std::uint64_t>(cb) << 3) | mode;
    const auto [it, fresh] = slot_of.try_emplace(key, static_cast<std::uint32_t>(d_->slots.size()));
    if (fresh) d_->slots.push_back({ca, cb, segs[d_->edge_segment[e]].mode});
    d_->edge_slot[e] = it->second;
  }
  d_->default_plan = make_plan(route_options{}, scenario{});
}

REGCOOP_DECL route_result network::shortest_route(const node_id& from, const node_id& to, const route_options& opt,
                                            const scenario& sc) const {
  route_plan own;
  const auto& plan = plan_for(opt, sc, own);
  return best(vertex_of(from), vertex_of(to), opt, plan, plan.w);
}

REGCOOP_DECL std::vector<route> network::k_shortest_routes(const node_id& from, const node_id& to, std::size_t k,
                                                     const route_options& opt, const scenario& sc) const {
  route_plan own;
  const auto& plan = plan_for(opt, sc, own);
  const auto& base = plan.w;
  const vertex s = vertex_of(from), t = vertex_of(to);
  std::vector<route> out;
  std::vector<route> candidates;
  if (k == 0) return out;
  auto first = best(s, t, opt, plan, base);
  if (!first) return out;
  out.push_back(std::move(*first.found));
  while (out.size() < k) {
    const route& last = out.back();
    for (std::size_t i = 0; i + 1 < last.nodes.size(); ++i) {
      auto w = base;
      const vertex spur = vertex_of(last.nodes[i]);
      // Ban the next edge of every found route sharing this root; ban root nodes.
      for (const auto& r : out) {
        if (r.nodes.size() > i + 1 && std::equal(r.nodes.begin(), r.nodes.begin() + static_cast<std::ptrdiff_t>(i + 1), last.nodes.begin()))
          ban_segment_from(w, vertex_of(r.nodes[i]), r.segments[i]);
      }
      for (std::size_t j = 0; j < i; ++j) ban_vertex(w, vertex_of(last.nodes[j]));
      auto spur_route = best(spur, t, opt, plan, w, prefix_state(last, i));
      if (!spur_route) continue;
      route total = join(last, i, *spur_route.found, opt, plan);
      if (opt.max_border_crossings && static_cast<int>(total.crossings.size()) > *opt.max_border_crossings) continue;
      const bool seen = std::any_of(candidates.begin(), candidates.end(), [&](const route& c) { return c.segments == total.segments && c.nodes == total.nodes; }) ||
                        std::any_of(out.begin(), out.end(), [&](const route& c) { return c.segments == total.segments && c.nodes == total.nodes; });
      if (!seen) candidates.push_back(std::move(total));
    }
    if (candidates.empty()) break;
    auto it = std::min_element(candidates.begin(), candidates.end(), before);
    out.push_back(std::move(*it));
    candidates.erase(it);
  }
  return out;
}

REGCOOP_DECL network::vertex network::vertex_of(const node_id& n) const {
  const auto p = d_->ds.position(n);
  if (!p) throw error(errc::unknown_id, detail::record_label<node>(n.value), "", "the network has no node with this id");
  return static_cast<vertex>(*p);
}

REGCOOP_DECL std::vector<double> network::weights(const route_options& opt, const scenario& sc) const {
  return make_plan(opt, sc).w;
}

REGCOOP_DECL std::vector<std::tuple<party_id, party_id, transport_mode, crossing_regime>> network::borders(
      const route_options& opt, const scenario& sc) const {
  const auto plan = make_plan(opt, sc);
  std::vector<std::tuple<party_id, party_id, transport_mode, crossing_regime>> out;
  for (std::size_t i = 0; i < d_->slots.size(); ++i)
    out.emplace_back(d_->countries[d_->slots[i].a], d_->countries[d_->slots[i].b], d_->slots[i].mode, plan.regimes[i]);
  return out;
}

REGCOOP_DECL network::route_plan network::make_plan(const route_options& opt, const scenario& sc) const {
  route_plan plan;
  const auto segs = d_->ds.segments();
  for (const auto& [id, c] : sc.changes()) {
    const auto p = d_->ds.position(segment_id{id});
    if (!p) throw error(errc::unknown_id, detail::record_label<segment>(id), "", "the scenario changes a segment the network does not have");
    plan.change[static_cast<std::uint32_t>(*p)] = c;
  }
  const partial_date date = opt.on ? *opt.on : today();
  const border_politics politics(d_->ds, date, opt.certainty, sc, {opt.customs_border_hours, opt.customs_union_hours});
  plan.regimes.reserve(d_->slots.size());
  for (const auto& sl : d_->slots) plan.regimes.push_back(politics.regime(d_->countries[sl.a], d_->countries[sl.b], sl.mode));
  // Per segment (compact arrays; the record itself only for dated or changed segments):
  // open on the date, and the segment's own weight (infinity when unusable).
  const std::size_t n_segs = d_->seg_km.size();
  plan.open.resize(n_segs);
  std::vector<double> sw(n_segs);
  for (std::size_t i = 0; i < n_segs; ++i) {
    const auto it = plan.change.empty() ? plan.change.end() : plan.change.find(static_cast<std::uint32_t>(i));
    const segment_change* c = it == plan.change.end() ? nullptr : &it->second;
    truth base = opt.on && d_->seg_dated[i] ? status_on(segs[i], *opt.on, opt.statuses)
                 : (detail::listed(opt.statuses, d_->seg_status[i]) ? truth::certainly : truth::no);
    if (c && c->status) {
      const truth now = (!c->since || !opt.on) ? truth::certainly : detail::happened(*c->since, *opt.on);
      const bool ok = detail::listed(opt.statuses, *c->status);
      if (now == truth::certainly) base = ok ? truth::certainly : truth::no;
      else if (now == truth::possibly) base = (ok && base == truth::certainly) ? truth::certainly
                                             : ((ok || base != truth::no) ? truth::possibly : truth::no);
    }
    plan.open[i] = base;
    const transport_mode mode = d_->seg_mode[i];
    if (!accepted(base, opt.certainty) || !(opt.modes.empty() || contains(opt.modes, mode))) {
      sw[i] = inf;
      continue;
    }
    const double km = c && c->length_km ? *c->length_km : d_->seg_km[i];
    switch (opt.weight) {
      case route_weight::km:
      case route_weight::border_crossings: sw[i] = km; break;
      case route_weight::hours:
        sw[i] = (c && c->hours ? *c->hours : (std::isnan(d_->seg_hours[i]) ? km / speed(mode, opt) : d_->seg_hours[i])) +
                (is_ferry(mode) ? opt.ferry_wait_hours : 0.0);
        break;
    }
  }
  // Countries and borders to avoid, as country numbers (no string compares per edge).
  std::vector<char> banned(d_->countries.size(), 0);
  for (const auto& c : opt.avoid_countries)
    if (const auto i = country_number(c)) banned[*i] = 1;
  std::vector<std::pair<std::uint32_t, std::uint32_t>> banned_borders;
  for (const auto& [x, y] : opt.avoid_borders)
    if (const auto i = country_number(x), j = country_number(y); i && j) banned_borders.emplace_back(*i, *j);
  // Per directed edge: the segment's weight, plus what its border takes.
  plan.w.resize(edge_count());
  const bool any_ban = !opt.avoid_countries.empty() || !banned_borders.empty();
  for (std::size_t e = 0; e < plan.w.size(); ++e) {
    double w = sw[d_->edge_segment[e]];
    const std::uint32_t slot = d_->edge_slot[e];
    if (slot != no_slot && w < inf) {
      const auto& reg = plan.regimes[slot];
      if (reg.regime == border_regime::closed) w = inf;
      else if (opt.weight == route_weight::hours) w += reg.clearance_hours;
      else if (opt.weight == route_weight::border_crossings) w += crossing_cost;
    }
    if (any_ban && w < inf) {
      const std::uint32_t ca = d_->country_of[d_->edge_source[e]], cb = d_->country_of[d_->edge_target[e]];
      bool usable = !banned[ca] && !banned[cb];
      for (const auto& [x, y] : banned_borders) usable = usable && !((ca == x && cb == y) || (ca == y && cb == x));
      if (!usable) w = inf;
    }
    plan.w[e] = w;
  }
  return plan;
}

REGCOOP_DECL double network::running_hours(const segment& s, const segment_change* c, const route_options& opt) {
  if (c && c->hours) return *c->hours;
  if (s.hours) return *s.hours;
  return (c && c->length_km ? *c->length_km : s.length_km) / speed(s.mode, opt);
}

REGCOOP_DECL route network::make_route(vertex origin, const std::vector<std::size_t>& path, const route_options& opt, const route_plan& plan,
                   const std::vector<double>& w) const {
  route r;
  const auto nodes = d_->ds.nodes();
  const auto segs = d_->ds.segments();
  r.nodes.push_back(nodes[origin].id);
  r.countries.push_back(d_->country[origin]);
  int gauge = 0;
  for (std::size_t e : path) {
    const std::uint32_t si = d_->edge_segment[e];
    const segment& s = segs[si];
    const auto it = plan.change.empty() ? plan.change.end() : plan.change.find(si);
    const segment_change* c = it == plan.change.end() ? nullptr : &it->second;
    const vertex a = d_->edge_source[e];
    const vertex b = d_->edge_target[e];
    r.nodes.push_back(nodes[b].id);
    r.segments.push_back(s.id);
    r.km += c && c->length_km ? *c->length_km : s.length_km;
    r.running_hours += running_hours(s, c, opt);
    r.cost += w[e];
    if (plan.open[si] == truth::possibly) r.possibly_open.push_back(s.id);
    if (d_->edge_slot[e] != no_slot) {
      const auto& reg = plan.regimes[d_->edge_slot[e]];
      r.crossings.push_back({s.id, d_->country[a], d_->country[b], reg.regime, reg.basis, reg.clearance_hours, reg.sure});
      r.border_hours += reg.clearance_hours;
    }
    if (r.countries.back() != d_->country[b]) r.countries.push_back(d_->country[b]);
    if (is_ferry(s.mode)) {
      r.ferry_legs.push_back(s.id);
      r.ferry_wait_hours += opt.ferry_wait_hours;
    }
    if (s.mode == transport_mode::rail && s.gauge_mm) {
      if (gauge && gauge != s.gauge_mm) {
        r.gauge_breaks.push_back({nodes[a].id, gauge, *s.gauge_mm});
        r.transshipment_hours += opt.transshipment_hours;
        r.cost += penalty(opt);
      }
      gauge = *s.gauge_mm;
    }
  }
  r.hours = r.running_hours + r.border_hours + r.transshipment_hours + r.ferry_wait_hours;
  // Crossings are searched as crossing_cost each plus km (so ties go to the shorter route);
  // the cost reported is in crossings, with the gauge-break penalty in the same unit.
  if (opt.weight == route_weight::border_crossings)
    r.cost = static_cast<double>(r.crossings.size()) + opt.gauge_break_penalty * static_cast<double>(r.gauge_breaks.size());
  return r;
}

REGCOOP_DECL const network::route_plan& network::plan_for(const route_options& opt, const scenario& sc, route_plan& own) const {
  static const route_options plain{};
  const bool hours_alike = opt.weight != route_weight::hours ||
                           (opt.rail_kmh == plain.rail_kmh && opt.road_kmh == plain.road_kmh && opt.ferry_kmh == plain.ferry_kmh &&
                            opt.sea_kmh == plain.sea_kmh && opt.air_kmh == plain.air_kmh && opt.ferry_wait_hours == plain.ferry_wait_hours);
  if (sc.empty() && opt.weight == plain.weight && opt.modes.empty() && opt.avoid_countries.empty() &&
      opt.avoid_borders.empty() && opt.statuses == plain.statuses && !opt.on && opt.certainty == plain.certainty &&
      opt.customs_border_hours == plain.customs_border_hours && opt.customs_union_hours == plain.customs_union_hours && hours_alike)
    return d_->default_plan;
  own = make_plan(opt, sc);
  return own;
}

REGCOOP_DECL std::optional<std::uint32_t> network::country_number(const party_id& c) const {
  const auto it = std::find(d_->countries.begin(), d_->countries.end(), c);
  if (it == d_->countries.end()) return std::nullopt;
  return static_cast<std::uint32_t>(it - d_->countries.begin());
}

REGCOOP_DECL void network::ban_vertex(std::vector<double>& w, vertex v) const {
  for (auto [it, end] = boost::out_edges(v, d_->g); it != end; ++it) w[boost::get(boost::edge_index, d_->g, *it)] = inf;
  // Edges into v: every out-edge of a neighbour that targets v.
  for (auto [it, end] = boost::out_edges(v, d_->g); it != end; ++it) {
    const auto u = boost::target(*it, d_->g);
    for (auto [jt, jend] = boost::out_edges(u, d_->g); jt != jend; ++jt)
      if (boost::target(*jt, d_->g) == v) w[boost::get(boost::edge_index, d_->g, *jt)] = inf;
  }
}

REGCOOP_DECL void network::ban_segment_from(std::vector<double>& w, vertex from, const segment_id& s) const {
  const auto si = *d_->ds.position(s);
  for (auto [it, end] = boost::out_edges(from, d_->g); it != end; ++it) {
    const auto e = boost::get(boost::edge_index, d_->g, *it);
    if (d_->edge_segment[e] == si) w[e] = inf;
  }
}

REGCOOP_DECL detail::start_state network::prefix_state(const route& r, std::size_t i) const {
  detail::start_state st;
  const auto segs = d_->ds.segments();
  for (std::size_t j = 0; j < i; ++j) {
    const segment& s = segs[*d_->ds.position(r.segments[j])];
    if (d_->ds.at(r.nodes[j]).country != d_->ds.at(r.nodes[j + 1]).country) ++st.crossings;
    if (s.mode == transport_mode::rail && s.gauge_mm) st.gauge = *s.gauge_mm;
  }
  return st;
}

REGCOOP_DECL route network::join(const route& root, std::size_t i, const route& spur, const route_options& opt, const route_plan& plan) const {
  // Rebuild from the edge list so totals, crossings and gauge breaks span the join.
  std::vector<std::size_t> path;
  const auto add = [&](const node_id& a, const segment_id& s) {
    const vertex va = vertex_of(a);
    const auto si = *d_->ds.position(s);
    for (auto [it, end] = boost::out_edges(va, d_->g); it != end; ++it) {
      const auto e = boost::get(boost::edge_index, d_->g, *it);
      if (d_->edge_segment[e] == si) {
        path.push_back(e);
        return;
      }
    }
  };
  for (std::size_t j = 0; j < i; ++j) add(root.nodes[j], root.segments[j]);
  for (std::size_t j = 0; j < spur.segments.size(); ++j) add(spur.nodes[j], spur.segments[j]);
  return make_route(vertex_of(root.nodes.front()), path, opt, plan, plan.w);  // costs without the bans
}

REGCOOP_DECL route_result network::best(vertex s, vertex t, const route_options& opt, const route_plan& plan, const std::vector<double>& w,
                     detail::start_state st) const {
  std::vector<std::size_t> path;
  bool ok = false;
  if (!opt.max_border_crossings && penalty(opt) == 0)
    ok = plain_dijkstra(s, t, w, path);
  else
    ok = state_dijkstra(s, t, opt, w, st, path);
  if (!ok) {
    route_result r;
    r.reason = "no route from '" + d_->ds.nodes()[s].id.value + "' to '" + d_->ds.nodes()[t].id.value +
               "' under the given constraints";
    return r;
  }
  return {make_route(s, path, opt, plan, plan.w), {}};
}

REGCOOP_DECL bool network::plain_dijkstra(vertex s, vertex t, const std::vector<double>& w, std::vector<std::size_t>& path) const {
  return detail::dijkstra_to(d_->g, s, t, w, path);
}

REGCOOP_DECL bool network::state_dijkstra(vertex s, vertex t, const route_options& opt, const std::vector<double>& w, detail::start_state st,
                      std::vector<std::size_t>& path) const {
  const int max_c = opt.max_border_crossings.value_or(std::numeric_limits<int>::max() / 2);
  if (st.crossings > max_c) return false;
  const auto segs = d_->ds.segments();
  struct key {
    vertex v;
    int c;
    int g;
    bool operator==(const key&) const = default;
  };
  struct key_hash {
    std::size_t operator()(const key& k) const noexcept {
      return (static_cast<std::size_t>(k.v) * 1000003u) ^ (static_cast<std::size_t>(k.c) * 8191u) ^ static_cast<std::size_t>(k.g);
    }
  };
  struct entry {
    double d;
    key k;
    bool operator>(const entry& o) const { return d > o.d; }
  };
  boost::unordered_flat_map<key, std::pair<double, std::pair<key, std::size_t>>, key_hash> best_;
  std::priority_queue<entry, std::vector<entry>, std::greater<>> q;
  const key start{s, opt.max_border_crossings ? st.crossings : 0, st.gauge};
  best_[start] = {0.0, {start, npos}};
  q.push({0.0, start});
  std::optional<key> goal;
  while (!q.empty()) {
    const entry cur = q.top();
    q.pop();
    if (cur.d > best_[cur.k].first) continue;
    if (cur.k.v == t) {
      goal = cur.k;
      break;
    }
    for (auto [it, end] = boost::out_edges(cur.k.v, d_->g); it != end; ++it) {
      const std::size_t e = boost::get(boost::edge_index, d_->g, *it);
      if (!(w[e] < inf)) continue;
      const vertex b = static_cast<vertex>(boost::target(*it, d_->g));
      const segment& sg = segs[d_->edge_segment[e]];
      key nk{b, cur.k.c, cur.k.g};
      if (opt.max_border_crossings && d_->country[cur.k.v] != d_->country[b] && ++nk.c > max_c) continue;
      double nd = cur.d + w[e];
      if (sg.mode == transport_mode::rail && sg.gauge_mm) {
        if (cur.k.g && cur.k.g != sg.gauge_mm) nd += penalty(opt);
        nk.g = *sg.gauge_mm;
      }
      auto f = best_.find(nk);
      if (f == best_.end() || nd < f->second.first) {
        best_[nk] = {nd, {cur.k, e}};
        q.push({nd, nk});
      }
    }
  }
  if (!goal) return false;
  for (key k = *goal; !(k == start);) {
    const auto& [d, prev] = best_[k];
    (void)d;
    path.push_back(prev.second);
    k = prev.first;
  }
  std::reverse(path.begin(), path.end());
  return true;
}

}  // namespace regcoop

REGCOOP_STRING_WARNINGS_END
