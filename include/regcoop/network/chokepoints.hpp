#pragma once
/// @file regcoop/network/chokepoints.hpp
/// @brief Chokepoints of the corridor network: bridges and articulation points (Boost.Graph)
/// and betweenness centrality (Brandes), over the segments usable under given options and
/// scenario.

#include "regcoop/network/network.hpp"

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/biconnected_components.hpp>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <limits>
#include <utility>
#include <iterator>
#include <map>
#include <vector>

namespace regcoop {

/// Segments and nodes whose loss disconnects the usable network.
struct chokepoint_report {
  std::vector<segment_id> bridges{};          ///< segments whose closure splits a connected part
  std::vector<node_id> articulation_points{};  ///< nodes whose loss splits a connected part
};

namespace detail {
using undirected_graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS, boost::no_property,
                                               boost::property<boost::edge_weight_t, double,
                                                               boost::property<boost::edge_index_t, std::size_t>>>;

// The usable segments as an undirected graph; `seg_of[i]` is the segment of edge i.
inline undirected_graph usable_graph(const network& net, const route_options& opt, const scenario& sc,
                                     std::vector<std::size_t>& seg_of) {
  const auto w = net.weights(opt, sc);
  const auto nseg = net.source().segments().size();
  std::vector<double> seg_w(nseg, std::numeric_limits<double>::infinity());
  std::vector<std::pair<std::size_t, std::size_t>> ends(nseg);
  const auto& g = net.graph();
  for (std::size_t v = 0; v < net.node_count(); ++v)
    for (auto [it, end] = boost::out_edges(static_cast<network::vertex>(v), g); it != end; ++it) {
      const auto e = boost::get(boost::edge_index, g, *it);
      const auto s = net.segment_of(e);
      seg_w[s] = std::min(seg_w[s], w[e]);
      ends[s] = {v, boost::target(*it, g)};
    }
  undirected_graph u(net.node_count());
  for (std::size_t s = 0; s < nseg; ++s) {
    if (!std::isfinite(seg_w[s])) continue;
    boost::add_edge(ends[s].first, ends[s].second, {seg_w[s], seg_of.size()}, u);
    seg_of.push_back(s);
  }
  return u;
}
}  // namespace detail

/// Bridges and articulation points of the usable network (Boost.Graph biconnected
/// components). O(V + E).
/// @throws regcoop::error (`unknown_id`) for a scenario segment that does not exist.
[[nodiscard]] inline chokepoint_report chokepoints(const network& net, const route_options& opt = {},
                                                   const scenario& sc = {}) {
  std::vector<std::size_t> seg_of;
  auto g = detail::usable_graph(net, opt, sc, seg_of);
  const auto eidx = boost::get(boost::edge_index, g);
  std::vector<std::size_t> comp(boost::num_edges(g));
  auto comp_map = boost::make_iterator_property_map(comp.begin(), eidx);
  std::vector<std::size_t> arts;
  const std::size_t ncomp = boost::biconnected_components(g, comp_map, std::back_inserter(arts)).first;
  std::vector<std::size_t> size(ncomp, 0);
  for (auto c : comp) ++size[c];
  chokepoint_report r;
  const auto ds = net.source();
  for (auto [it, end] = boost::edges(g); it != end; ++it) {
    const auto e = boost::get(eidx, *it);
    if (size[comp[e]] == 1) r.bridges.push_back(ds.segments()[seg_of[e]].id);
  }
  std::sort(arts.begin(), arts.end());
  for (auto v : arts) r.articulation_points.push_back(ds.nodes()[v].id);
  return r;
}

/// A node's betweenness centrality.
struct node_centrality {
  node_id node{};       ///< the node
  double value = 0;     ///< number of shortest paths between other node pairs through it (unordered pairs)
};

namespace detail {
// Brandes' betweenness over a CSR graph whose usable edges have finite weights `w` (edge
// index order); infinite-weight edges are skipped. Counts ordered pairs. One Dijkstra with
// Boost.Graph's 4-ary heap per source; predecessors are kept as linked lists in flat arrays;
// all arrays are reused across sources, and only what a source reached is reset.
template <class Graph>
std::vector<double> brandes(const Graph& g, const std::vector<double>& w) {
  const auto n = static_cast<std::uint32_t>(boost::num_vertices(g));
  constexpr double inf = std::numeric_limits<double>::infinity();
  constexpr std::uint32_t none = std::numeric_limits<std::uint32_t>::max();
  std::vector<double> c(n, 0.0), dist(n, inf), sigma(n, 0.0), delta(n, 0.0);
  std::vector<std::uint32_t> head(n, none), order;
  std::vector<std::uint32_t> pred_vertex, pred_next;  // linked lists of predecessors, by head
  order.reserve(n);
  // The usable edges as flat arrays (offsets, targets, weights): the inner loop reads them
  // in order, with no infinite weights to skip.
  std::vector<std::uint32_t> first(n + 1, 0), target;
  std::vector<double> weight;
  for (std::uint32_t v = 0; v < n; ++v) {
    for (auto [it, end] = boost::out_edges(v, g); it != end; ++it) {
      const double x = w[boost::get(boost::edge_index, g, *it)];
      if (!(x < inf)) continue;
      target.push_back(static_cast<std::uint32_t>(boost::target(*it, g)));
      weight.push_back(x);
    }
    first[v + 1] = static_cast<std::uint32_t>(target.size());
  }
  std::vector<std::size_t> in_heap(n);
  auto heap = vertex_heap<std::uint32_t>(dist, in_heap);
  for (std::uint32_t s = 0; s < n; ++s) {
    order.clear();
    pred_vertex.clear();
    pred_next.clear();
    dist[s] = 0;
    sigma[s] = 1;
    heap.push(s);
    while (!heap.empty()) {
      const std::uint32_t v = heap.top();
      heap.pop();
      const double d = dist[v];
      order.push_back(v);
      for (std::uint32_t e = first[v]; e < first[v + 1]; ++e) {
        const std::uint32_t u = target[e];
        const double nd = d + weight[e];
        if (nd < dist[u]) {
          const bool queued = dist[u] < inf;  // reached before, not settled (weights are >= 0)
          dist[u] = nd;
          sigma[u] = sigma[v];
          head[u] = none;  // the shorter path replaces every predecessor so far
          if (queued)
            heap.update(u);
          else
            heap.push(u);
        } else if (nd == dist[u]) {
          sigma[u] += sigma[v];
        } else {
          continue;
        }
        pred_vertex.push_back(v);
        pred_next.push_back(head[u]);
        head[u] = static_cast<std::uint32_t>(pred_vertex.size() - 1);
      }
    }
    for (auto it = order.rbegin(); it != order.rend(); ++it) {
      const auto x = *it;
      const double share = (1 + delta[x]) / sigma[x];
      for (auto k = head[x]; k != none; k = pred_next[k]) delta[pred_vertex[k]] += sigma[pred_vertex[k]] * share;
      if (x != s) c[x] += delta[x];
    }
    for (const auto x : order) {  // reset what this source touched (all it reached)
      dist[x] = inf;
      sigma[x] = 0;
      delta[x] = 0;
      head[x] = none;
    }
  }
  return c;
}
}  // namespace detail

/// Betweenness centrality of every node over the usable network, weighted by `opt.weight`
/// (Brandes' algorithm over the network's CSR graph), by decreasing value. Each unordered
/// pair of endpoints counts once; ties between equal-cost paths share the credit.
/// O(V · E log V) time, O(V + E) memory.
/// @throws regcoop::error (`unknown_id`) for a scenario segment that does not exist.
[[nodiscard]] inline std::vector<node_centrality> betweenness(const network& net, const route_options& opt = {},
                                                              const scenario& sc = {}) {
  const auto c = detail::brandes(net.graph(), net.weights(opt, sc));
  std::vector<node_centrality> out;
  out.reserve(c.size());
  const auto nodes = net.source().nodes();
  // Every usable segment is an edge both ways, so each unordered pair was counted twice.
  for (std::size_t v = 0; v < c.size(); ++v) out.push_back({nodes[v].id, c[v] / 2});
  std::stable_sort(out.begin(), out.end(), [](const node_centrality& a, const node_centrality& b) { return a.value > b.value; });
  return out;
}

}  // namespace regcoop
