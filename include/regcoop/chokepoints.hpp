#pragma once
/// @file chokepoints.hpp
/// @brief Chokepoints of the corridor network: bridges, articulation points and betweenness
/// centrality (Boost.Graph), over the segments usable under given options and scenario.

#include "regcoop/network.hpp"

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/betweenness_centrality.hpp>
#include <boost/graph/biconnected_components.hpp>

#include <cmath>
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

/// Betweenness centrality of every node over the usable network, weighted by `opt.weight`
/// (Brandes' algorithm in Boost.Graph), by decreasing value. Each unordered pair of
/// endpoints counts once; ties between equal-cost paths share the credit. O(V · E + V² log V).
/// @throws regcoop::error (`unknown_id`) for a scenario segment that does not exist.
[[nodiscard]] inline std::vector<node_centrality> betweenness(const network& net, const route_options& opt = {},
                                                              const scenario& sc = {}) {
  std::vector<std::size_t> seg_of;
  auto g = detail::usable_graph(net, opt, sc, seg_of);
  std::vector<double> c(boost::num_vertices(g), 0.0);
  boost::brandes_betweenness_centrality(
      g, boost::centrality_map(boost::make_iterator_property_map(c.begin(), boost::get(boost::vertex_index, g)))
             .weight_map(boost::get(boost::edge_weight, g)));
  std::vector<node_centrality> out;
  const auto ds = net.source();
  for (std::size_t v = 0; v < c.size(); ++v) out.push_back({ds.nodes()[v].id, c[v]});  // for undirected graphs BGL counts each pair once
  std::stable_sort(out.begin(), out.end(), [](const node_centrality& a, const node_centrality& b) { return a.value > b.value; });
  return out;
}

}  // namespace regcoop
