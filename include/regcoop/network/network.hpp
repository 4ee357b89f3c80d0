#pragma once
/// @file regcoop/network/network.hpp
/// @brief The corridor network on Boost.Graph: shortest routes under constraints, with the
/// countries, border crossings, gauge breaks and ferry legs of each route; k alternative
/// routes (Yen); routes on a date, with border regimes read from memberships and border
/// rules and itemised hours; scenarios that change segments and politics without copying
/// the graph.

#include "regcoop/config.hpp"
#include "regcoop/dataset/dataset.hpp"
#include "regcoop/model/enum.hpp"
#include "regcoop/network/politics.hpp"
#include "regcoop/network/scenario.hpp"

#include <boost/graph/compressed_sparse_row_graph.hpp>
#include <boost/graph/detail/d_ary_heap.hpp>
#include <boost/graph/dijkstra_shortest_paths_no_color_map.hpp>
#include <boost/property_map/property_map.hpp>
#include <boost/unordered/unordered_flat_map.hpp>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <functional>
#include <limits>
#include <memory>
#include <optional>
#include <queue>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

REGCOOP_STRING_WARNINGS_BEGIN

namespace regcoop {

/// What a route minimises.
BOOST_DEFINE_ENUM_CLASS(route_weight,
                        km,                ///< total length
                        hours,             ///< total hours: running, border clearance, transshipment, ferry waiting
                        border_crossings)  ///< fewest border crossings, ties broken by length

/// Constraints and weights of a route query. The defaults: shortest by km, any mode, only
/// operating segments, no penalty for gauge breaks, the network as it is recorded now.
///
/// With `on`, segments are usable by their status on that date (`status_on`), and border
/// regimes are resolved for that date; under `certainty::possible` a segment or membership
/// that only possibly holds counts, and the route lists the segments it uses that way.
/// Without `on`, segments have their recorded `status` and regimes are those of today.
///
/// The waiting times (`transshipment_hours`, `customs_border_hours`, `customs_union_hours`,
/// `ferry_wait_hours`) default to zero: regcoop's data holds no such figures, and none is
/// invented. Set them from your own source; border rules in the data override the two border
/// times per border.
struct route_options {
  route_weight weight = route_weight::km;                ///< what to minimise
  std::vector<transport_mode> modes{};                   ///< allowed modes; empty = all
  std::vector<party_id> avoid_countries{};               ///< never enter these countries
  std::vector<std::pair<party_id, party_id>> avoid_borders{};  ///< never cross these borders (either way)
  std::optional<int> max_border_crossings{};             ///< at most this many crossings
  std::vector<segment_status> statuses{segment_status::operating};  ///< usable segment statuses
  double gauge_break_penalty = 0;  ///< added cost (in weight units) per 1435↔1520 transshipment
  double rail_kmh = 45;   ///< rail speed for `hours` where a segment gives none
  double road_kmh = 60;   ///< road speed for `hours`
  double ferry_kmh = 20;  ///< ferry speed for `hours`
  double sea_kmh = 25;    ///< sea speed for `hours`
  double air_kmh = 700;   ///< air speed for `hours`
  std::optional<partial_date> on{};           ///< the date of the route (empty: segments as recorded, politics of today)
  regcoop::certainty certainty = regcoop::certainty::certain;  ///< what `on` accepts of partial dates
  double transshipment_hours = 0;   ///< hours per 1435↔1520 mm gauge break
  double customs_border_hours = 0;  ///< hours per crossing between customs territories, where no rule says
  double customs_union_hours = 0;   ///< hours per crossing inside a customs union, where no rule says
  double ferry_wait_hours = 0;      ///< hours of waiting per ferry or sea leg
};

/// A gauge change between two consecutive rail segments of a route.
struct gauge_break {
  node_id at{};        ///< where goods are transshipped
  int from_mm = 0;     ///< gauge before
  int to_mm = 0;       ///< gauge after
};

/// A border crossed by a route, with the regime that decided what it takes.
struct border_crossing {
  segment_id segment{};  ///< the segment that crosses
  party_id from{};       ///< country left
  party_id to{};         ///< country entered
  border_regime regime = border_regime::customs_border;  ///< customs border, customs union or rule
  std::string basis{};          ///< the customs union or rule id that decided it (empty for a customs border)
  double clearance_hours = 0;   ///< hours the crossing takes
  truth sure = truth::certainly;  ///< `possibly` when partial dates leave the regime open
};

/// A route: the segments in travel order and what they add up to.
struct route {
  std::vector<node_id> nodes{};         ///< from origin to destination
  std::vector<segment_id> segments{};   ///< one fewer than nodes
  double km = 0;                        ///< total length
  double hours = 0;                     ///< total hours: the sum of the four parts below
  double running_hours = 0;             ///< time moving (segment hours, else length / `route_options` speed)
  double border_hours = 0;              ///< border clearance, summed over `crossings`
  double transshipment_hours = 0;       ///< `route_options::transshipment_hours` per gauge break
  double ferry_wait_hours = 0;          ///< `route_options::ferry_wait_hours` per ferry or sea leg
  double cost = 0;                      ///< what was minimised, with penalties (for `border_crossings`: crossings, plus the gauge-break penalty per break)
  std::vector<party_id> countries{};    ///< countries in travel order (consecutive repeats merged)
  std::vector<border_crossing> crossings{};  ///< borders crossed
  std::vector<gauge_break> gauge_breaks{};   ///< gauge changes between rail segments
  std::vector<segment_id> ferry_legs{};      ///< ferry and sea segments
  std::vector<segment_id> possibly_open{};   ///< segments only possibly open on the route's date
};

/// The answer to a route query: a route, or why there is none.
struct route_result {
  std::optional<regcoop::route> found{};  ///< the route, if one exists under the constraints
  std::string reason{};                   ///< why not, when there is none
  /// True when a route was found. O(1).
  explicit operator bool() const noexcept { return found.has_value(); }
};

namespace detail {
// Boost.Graph's 4-ary min-heap of vertices keyed by `dist`, with decrease-key through the
// heap positions kept in `in_heap` (the heap of dijkstra_shortest_paths_no_color_map). For
// searches written out so that they can stop early or keep their own bookkeeping.
template <class Vertex>
auto vertex_heap(std::vector<double>& dist, std::vector<std::size_t>& in_heap) {
  const boost::typed_identity_property_map<Vertex> id;
  const auto dmap = boost::make_iterator_property_map(dist.begin(), id);
  const auto hmap = boost::make_iterator_property_map(in_heap.begin(), id);
  return boost::d_ary_heap_indirect<Vertex, 4, decltype(hmap), decltype(dmap), std::less<double>>(dmap, hmap);
}

// Search state carried into a spur search: crossings used and gauge on arrival.
struct start_state {
  int crossings = 0;
  int gauge = 0;
};

// What a query resolved once: edge weights, the regime of each border slot (a pair of
// countries and a mode), whether each segment is open on the date, and the scenario's
// segment changes by segment position.
struct route_plan {
  std::vector<double> w;                     // per directed edge; infinity: unusable
  std::vector<crossing_regime> regimes;      // per border slot
  std::vector<truth> open;                   // per segment
  boost::unordered_flat_map<std::uint32_t, segment_change> change;  // by segment position
};

// Thrown by `stop_at_target` when the target is settled, caught in `dijkstra_to`.
struct target_settled {};

// Boost.Graph Dijkstra visitor: records the predecessor edge of each relaxed vertex and stops
// the search (Boost.Graph's documented way: an exception from the visitor) when the target
// is examined, i.e. settled.
template <class Graph>
struct stop_at_target : boost::default_dijkstra_visitor {
  using vertex = typename boost::graph_traits<Graph>::vertex_descriptor;
  using edge = typename boost::graph_traits<Graph>::edge_descriptor;
  vertex target;
  std::vector<edge>* pred;
  void examine_vertex(vertex v, const Graph&) const {
    if (v == target) throw target_settled{};
  }
  void edge_relaxed(const edge& e, const Graph& g) const { (*pred)[boost::target(e, g)] = e; }
};

// Shortest path from `s` to `t` over a Boost.Graph CSR graph with edge weights `w` (by edge
// index; infinity: unusable): Boost.Graph's `dijkstra_shortest_paths_no_color_map`, stopped
// when `t` is settled. Appends the edge indices of the path to `path` and returns true, or
// returns false when `t` is not reachable. Per-thread distance and predecessor arrays are
// reused across calls. (A written-out Dijkstra over the same heap was 7–11 % slower in
// benchmarks/rewrites; see benchmarks/results.md.) O((V + E) log V).
template <class Graph>
bool dijkstra_to(const Graph& g, typename boost::graph_traits<Graph>::vertex_descriptor s,
                 typename boost::graph_traits<Graph>::vertex_descriptor t, const std::vector<double>& w,
                 std::vector<std::size_t>& path) {
  using vertex = typename boost::graph_traits<Graph>::vertex_descriptor;
  using edge = typename boost::graph_traits<Graph>::edge_descriptor;
  constexpr double inf = std::numeric_limits<double>::infinity();
  const auto n = boost::num_vertices(g);
  thread_local std::vector<double> dist;
  thread_local std::vector<edge> pred;  // only entries on the found path are read: no reset
  dist.resize(n);
  if (pred.size() < n) pred.resize(n);
  const auto vindex = boost::get(boost::vertex_index, g);
  try {
    boost::dijkstra_shortest_paths_no_color_map(
        g, s,
        boost::weight_map(boost::make_iterator_property_map(w.cbegin(), boost::get(boost::edge_index, g)))
            .distance_map(boost::make_iterator_property_map(dist.begin(), vindex))
            .distance_inf(inf)
            .visitor(stop_at_target<Graph>{{}, t, &pred}));
  } catch (const target_settled&) {
  }
  if (!(dist[t] < inf)) return false;
  const auto first = path.size();
  for (vertex v = t; v != s; v = boost::source(pred[v], g)) path.push_back(boost::get(boost::edge_index, g, pred[v]));
  std::reverse(path.begin() + static_cast<std::ptrdiff_t>(first), path.end());
  return true;
}
}  // namespace detail

/// The corridor network of a dataset as a compressed sparse row graph. Every segment is an
/// edge in both directions. Build once (O(V + E)), then query many times; copies share the
/// graph; queries are const and thread-safe.
class network {
 public:
  /// Vertex i is node i of the dataset; edge indices are `std::uint32_t`.
  using graph_type = boost::compressed_sparse_row_graph<boost::directedS, boost::no_property, boost::no_property,
                                                        boost::no_property, std::uint32_t, std::uint32_t>;
  /// A vertex: the position of a node in `dataset::nodes()`.
  using vertex = std::uint32_t;

  /// Builds the network of `ds` (which must outlive the network), and the edge weights of
  /// `route_options{}` (kept: 8 bytes per directed edge), which queries with default
  /// weighting use without recomputing.
  /// @throws regcoop::error (`invalid_value`) for a negative or non-finite length or time —
  /// impossible for a validated dataset, checked again because routing depends on it.
  /// O(nodes + segments).
  explicit network(const dataset& ds);

  /// Number of nodes. O(1).
  [[nodiscard]] std::size_t node_count() const noexcept { return boost::num_vertices(d_->g); }
  /// Number of directed edges (two per segment). O(1).
  [[nodiscard]] std::size_t edge_count() const noexcept { return boost::num_edges(d_->g); }
  /// The underlying Boost.Graph graph; vertex i is `dataset::nodes()[i]`. O(1).
  [[nodiscard]] const graph_type& graph() const noexcept { return d_->g; }
  /// The dataset the network was built from. O(1).
  [[nodiscard]] const dataset& source() const noexcept { return d_->ds; }
  /// The segment (position in `dataset::segments()`) of directed edge `e`. O(1).
  [[nodiscard]] std::size_t segment_of(std::size_t e) const noexcept { return d_->edge_segment[e]; }

  /// The shortest route from `from` to `to` under `opt` and `sc`. When no route exists
  /// the result says why (no exception). Dijkstra with Boost.Graph's 4-ary heap on the CSR
  /// graph; with `max_border_crossings` or a `gauge_break_penalty` it searches (node,
  /// crossings, gauge) states instead; the search stops when `to` is settled. Each thread keeps one O(V)
  /// scratch buffer, reused by its later queries. O((V + E) log V), times the state factor.
  /// @throws regcoop::error (`unknown_id`) for an unknown node or scenario segment.
  [[nodiscard]] route_result shortest_route(const node_id& from, const node_id& to, const route_options& opt = {},
                                            const scenario& sc = {}) const;

  /// Up to `k` loopless routes from `from` to `to` in increasing cost, equal costs by
  /// increasing km (Yen's algorithm over the same searches as `shortest_route`). O(k · V · Dijkstra).
  /// @throws regcoop::error (`unknown_id`) for an unknown node or scenario segment.
  [[nodiscard]] std::vector<route> k_shortest_routes(const node_id& from, const node_id& to, std::size_t k,
                                                     const route_options& opt = {}, const scenario& sc = {}) const;

  /// Position of a node in `dataset::nodes()` (its vertex).
  /// @throws regcoop::error (`unknown_id`). O(1) average.
  [[nodiscard]] vertex vertex_of(const node_id& n) const;

  /// Cost of each directed edge under `opt` and `sc` (infinity: not usable), with the
  /// politics of the route date resolved once. O(E + border slots · (rules + customs unions)).
  /// @throws regcoop::error (`unknown_id`) for a scenario segment or party that does not exist.
  [[nodiscard]] std::vector<double> weights(const route_options& opt, const scenario& sc = {}) const;

  /// The regime of every border the network has, as (country, country, mode, regime), on
  /// the date of `opt` (today without one) under `sc`. O(border slots · (rules + customs unions)).
  /// @throws regcoop::error (`unknown_id`) for a scenario party that does not exist.
  [[nodiscard]] std::vector<std::tuple<party_id, party_id, transport_mode, crossing_regime>> borders(
      const route_options& opt = {}, const scenario& sc = {}) const;

 private:
  using route_plan = detail::route_plan;
  static constexpr std::uint32_t no_slot = std::numeric_limits<std::uint32_t>::max();
  static constexpr double inf = std::numeric_limits<double>::infinity();
  static constexpr double crossing_cost = 1e7;  // dominates any length on Earth
  // The gauge-break penalty in the unit of the searched edge weights (crossings are searched
  // as crossing_cost each).
  static double penalty(const route_options& opt) noexcept {
    return opt.gauge_break_penalty * (opt.weight == route_weight::border_crossings ? crossing_cost : 1.0) +
           (opt.weight == route_weight::hours ? opt.transshipment_hours : 0.0);
  }
  // Yen's order: lower cost first, then the shorter route.
  static bool before(const route& a, const route& b) noexcept { return a.cost < b.cost || (a.cost == b.cost && a.km < b.km); }

  struct data {
    dataset ds;
    graph_type g;
    std::vector<std::uint32_t> edge_segment;  // directed edge -> segment position
    std::vector<vertex> edge_source, edge_target;
    std::vector<party_id> country;           // country of each vertex
    std::vector<std::uint32_t> country_of;   // ... as an index into `countries`
    std::vector<party_id> countries;         // the distinct countries of the nodes
    struct slot {
      std::uint32_t a, b;  // country numbers, a < b
      transport_mode mode;
    };
    std::vector<double> seg_km;              // per segment: length
    std::vector<double> seg_hours;           // ... travel time, NaN when not given
    std::vector<transport_mode> seg_mode;    // ... mode
    std::vector<segment_status> seg_status;  // ... recorded status
    std::vector<char> seg_dated;             // ... has a history or an opening date
    std::vector<slot> slots;                 // border slots: distinct (country pair, mode) of crossing edges
    std::vector<std::uint32_t> edge_slot;    // directed edge -> border slot, or no_slot
    detail::route_plan default_plan;         // make_plan(route_options{}, {}), computed once
  };

  // Everything a query resolves once: scenario changes by position, the regime of each
  // border slot on the date, each segment's status on the date, the edge weights.
  route_plan make_plan(const route_options& opt, const scenario& sc) const;

  static bool is_ferry(transport_mode m) noexcept { return m == transport_mode::ferry || m == transport_mode::sea; }
  static double running_hours(const segment& s, const segment_change* c, const route_options& opt);

  // Summarises a path of directed edges as a route (countries, crossings with their regimes,
  // gauge breaks, ferries, itemised hours, totals). O(path length).
  route make_route(vertex origin, const std::vector<std::size_t>& path, const route_options& opt, const route_plan& plan,
                   const std::vector<double>& w) const;

  // The plan for `opt` and `sc`: the cached default one when `opt` resolves like
  // `route_options{}` and `sc` is empty, else computed into `own`.
  const route_plan& plan_for(const route_options& opt, const scenario& sc, route_plan& own) const;

  template <class C, class V>
  static bool contains(const C& c, const V& v) {
    return std::find(c.begin(), c.end(), v) != c.end();
  }

  std::optional<std::uint32_t> country_number(const party_id& c) const;

  static double speed(transport_mode m, const route_options& o) {
    switch (m) {
      case transport_mode::rail: return o.rail_kmh;
      case transport_mode::road: return o.road_kmh;
      case transport_mode::ferry: return o.ferry_kmh;
      case transport_mode::sea: return o.sea_kmh;
      case transport_mode::air: return o.air_kmh;
    }
    return o.rail_kmh;
  }

  void ban_vertex(std::vector<double>& w, vertex v) const;

  void ban_segment_from(std::vector<double>& w, vertex from, const segment_id& s) const;

  detail::start_state prefix_state(const route& r, std::size_t i) const;

  route join(const route& root, std::size_t i, const route& spur, const route_options& opt, const route_plan& plan) const;

  route_result best(vertex s, vertex t, const route_options& opt, const route_plan& plan, const std::vector<double>& w,
                     detail::start_state st = {}) const;

  bool plain_dijkstra(vertex s, vertex t, const std::vector<double>& w, std::vector<std::size_t>& path) const;

  // Dijkstra over (vertex, crossings used, gauge on arrival) states, for crossing limits
  // and gauge-break penalties.
  bool state_dijkstra(vertex s, vertex t, const route_options& opt, const std::vector<double>& w, detail::start_state st,
                      std::vector<std::size_t>& path) const;

  static constexpr std::size_t npos = static_cast<std::size_t>(-1);
  std::shared_ptr<data> d_;
};

}  // namespace regcoop

REGCOOP_STRING_WARNINGS_END

#if !defined(REGCOOP_SEPARATE_COMPILATION)
#include "regcoop/impl/network.ipp"
#endif
