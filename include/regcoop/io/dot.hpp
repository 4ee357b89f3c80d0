#pragma once
/// @file regcoop/io/dot.hpp
/// @brief Graphviz DOT of the corridor network, of a mechanism's parties and of a route.
/// Dependency-free; render with `neato -n -Tsvg` (network: nodes carry positions) or `dot`.

#include "regcoop/config.hpp"
#include "regcoop/dataset/dataset.hpp"
#include "regcoop/detail/text.hpp"
#include "regcoop/model/enum.hpp"
#include "regcoop/network/network.hpp"

#include <span>
#include <string>

REGCOOP_STRING_WARNINGS_BEGIN

namespace regcoop {

namespace detail::dot {
inline std::string dot_quoted(std::string_view s) {
  std::string out;
  append_json_string(out, s);  // DOT strings escape quotes and backslashes the same way
  return out;
}
inline const char* gauge_colour(const segment& s) {
  if (s.mode == transport_mode::ferry || s.mode == transport_mode::sea) return "#1f77b4";
  if (s.mode == transport_mode::road) return "#7f7f7f";
  if (s.gauge_mm == 1520) return "#d62728";
  if (s.gauge_mm == 1435) return "#2ca02c";
  return "#000000";
}
}  // namespace detail::dot

/// The network as an undirected DOT graph: nodes placed at their coordinates (`pos`, for
/// `neato -n`), segments coloured by gauge (1435 mm green, 1520 mm red, road grey, ferry
/// blue), dashed unless operating, labelled with their length. O(nodes + segments).
[[nodiscard]] inline std::string network_dot(const dataset& ds) {
  using detail::dot::dot_quoted;
  std::string out = "graph corridors {\n  graph [outputorder=edgesfirst, overlap=true, fontname=\"Helvetica\", fontsize=11, "
                    "labelloc=b, label=\"rail 1435 mm (green), rail 1520 mm (red), road (grey), ferry (blue); "
                    "dashed: not operating; orange: border crossings\"];\n"
                    "  node [shape=point, width=0.08, fontname=\"Helvetica\", fontsize=9, xlabel=\"\"];\n"
                    "  edge [fontname=\"Helvetica\", fontsize=7, penwidth=2];\n";
  for (const auto& n : ds.nodes()) {
    out += "  " + dot_quoted(n.id.value) + " [xlabel=" + dot_quoted(n.name) + ", pos=\"";
    detail::append_double(out, (n.lon - 0.0) * 14.0);
    out += ',';
    detail::append_double(out, n.lat * 18.0);
    out += "\"";
    if (n.kind == node_kind::border_crossing) out += ", color=\"#ff7f0e\"";
    out += "];\n";
  }
  for (const auto& s : ds.segments()) {
    out += "  " + dot_quoted(s.from.value) + " -- " + dot_quoted(s.to.value) + " [color=\"" + detail::dot::gauge_colour(s) + "\"";
    if (s.status != segment_status::operating) out += ", style=dashed";
    out += ", tooltip=" + dot_quoted(s.id.value + ", " + std::to_string(static_cast<long long>(s.length_km)) + " km") + "];\n";
  }
  out += "}\n";
  return out;
}

/// A mechanism's parties as a DOT graph: the partner linked to each core member.
/// @throws regcoop::error (`unknown_id`). O(core size).
[[nodiscard]] inline std::string mechanism_dot(const dataset& ds, const mechanism_id& id) {
  using detail::dot::dot_quoted;
  const auto& m = ds.at(id);
  std::string out = "graph " + dot_quoted(m.id.value) + " {\n  label=" + dot_quoted(m.name) +
                    ";\n  node [shape=box, style=rounded, fontname=\"Helvetica\"];\n";
  out += "  " + dot_quoted(m.partner.value) + " [label=" + dot_quoted(ds.at(m.partner).name) + ", style=\"rounded,bold\"];\n";
  for (const auto& c : m.core) {
    out += "  " + dot_quoted(c.value) + " [label=" + dot_quoted(ds.at(c).name) + "];\n";
    out += "  " + dot_quoted(m.partner.value) + " -- " + dot_quoted(c.value) + ";\n";
  }
  out += "}\n";
  return out;
}

/// Routes as one left-to-right DOT digraph, a cluster per route (labelled with its number,
/// km, hours and cost): nodes in order (`rK_` prefixes keep the routes apart), edges labelled
/// with mode and length, gauge breaks in red, border crossings labelled with their regime.
/// O(total route length).
/// @throws regcoop::error (`unknown_id`).
[[nodiscard]] inline std::string routes_dot(const dataset& ds, std::span<const route> routes) {
  using detail::dot::dot_quoted;
  std::string out = "digraph routes {\n  rankdir=LR;\n  node [shape=box, fontname=\"Helvetica\", fontsize=10];\n"
                    "  edge [fontname=\"Helvetica\", fontsize=9];\n";
  for (std::size_t k = 0; k < routes.size(); ++k) {
    const route& r = routes[k];
    const std::string prefix = "r" + std::to_string(k + 1) + "_";
    const auto whole = [](double x) { return std::to_string(static_cast<long long>(x + 0.5)); };
    out += "  subgraph " + dot_quoted("cluster_" + std::to_string(k + 1)) + " {\n    label=" +
           dot_quoted("route " + std::to_string(k + 1) + ": " + whole(r.km) + " km, " + whole(r.hours) + " h") + ";\n";
    for (const auto& n : r.nodes) {
      const auto& rec = ds.at(n);
      bool brk = false;
      for (const auto& g : r.gauge_breaks) brk = brk || g.at == n;
      out += "    " + dot_quoted(prefix + n.value) + " [label=" + dot_quoted(rec.name + "\n" + rec.country.value) +
             (brk ? ", color=red, penwidth=2" : "") + "];\n";
    }
    for (std::size_t i = 0; i < r.segments.size(); ++i) {
      const auto& s = ds.at(r.segments[i]);
      std::string label = std::string(to_string(s.mode)) + " " + whole(s.length_km) + " km";
      for (const auto& c : r.crossings) {
        if (c.segment != s.id) continue;
        // Appended piece by piece: "\n" + std::string(...) inserts at the front, which g++ 12
        // -O3 reports as an overlapping memcpy (-Werror=restrict, a false positive).
        label += '\n';
        label += to_string(c.regime);
        if (!c.basis.empty()) {
          label += ' ';
          label += c.basis;
        }
      }
      out += "    " + dot_quoted(prefix + r.nodes[i].value) + " -> " + dot_quoted(prefix + r.nodes[i + 1].value) + " [label=" +
             dot_quoted(label) + "];\n";
    }
    out += "  }\n";
  }
  out += "}\n";
  return out;
}

/// One route as a DOT digraph (`routes_dot` of one route). O(route length).
/// @throws regcoop::error (`unknown_id`).
[[nodiscard]] inline std::string route_dot(const dataset& ds, const route& r) {
  return routes_dot(ds, std::span<const route>(&r, 1));
}

}  // namespace regcoop

REGCOOP_STRING_WARNINGS_END
