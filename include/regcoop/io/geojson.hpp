#pragma once
/// @file regcoop/io/geojson.hpp
/// @brief GeoJSON (RFC 7946) of the corridor network and of routes, for QGIS or
/// geojson.io. Dependency-free.

#include "regcoop/model/records.hpp"
#include "regcoop/config.hpp"
#include "regcoop/dataset/dataset.hpp"
#include "regcoop/detail/json_write.hpp"
#include "regcoop/detail/text.hpp"
#include "regcoop/model/enum.hpp"
#include "regcoop/network/network.hpp"

#include <algorithm>
#include <optional>
#include <span>
#include <string>
#include <vector>

REGCOOP_STRING_WARNINGS_BEGIN

namespace regcoop {

namespace detail::geo {
inline void position(std::string& out, const node& n) {
  out += '[';
  append_double(out, n.lon);
  out += ',';
  append_double(out, n.lat);
  out += ']';
}
inline void prop(std::string& out, const char* key, std::string_view value, bool first = false) {
  if (!first) out += ',';
  append_json_string(out, key);
  out += ':';
  append_json_string(out, value);
}
inline void prop_number(std::string& out, const char* key, double value) {
  out += ',';
  append_json_string(out, key);
  out += ':';
  append_double(out, value);
}
// An absent value is written as null: every feature of a kind has the same properties.
inline void prop_number(std::string& out, const char* key, const std::optional<int>& value) {
  if (value) return prop_number(out, key, static_cast<double>(*value));
  out += ',';
  append_json_string(out, key);
  out += ":null";
}
// ,"k": (a member whose value follows as JSON).
inline void key(std::string& out, const char* k) {
  out += ',';
  detail::append_json_string(out, k);
  out += ':';
}

// A node as a Point feature.
inline void append_node_feature(std::string& out, const node& n) {
  out += "{\"type\":\"Feature\",\"geometry\":{\"type\":\"Point\",\"coordinates\":";
  position(out, n);
  out += "},\"properties\":{";
  prop(out, "id", n.id.value, true);
  prop(out, "name", n.name);
  key(out, "aliases");
  detail::append_json(out, n.aliases);
  prop(out, "kind", to_string(n.kind));
  prop(out, "country", n.country.value);
  key(out, "citations");
  detail::append_json(out, n.citations);
  out += "}}";
}

// A segment as a LineString feature between its end nodes.
inline void append_segment_feature(std::string& out, const dataset& ds, const segment& s) {
  out += "{\"type\":\"Feature\",\"geometry\":{\"type\":\"LineString\",\"coordinates\":[";
  position(out, ds.at(s.from));
  out += ',';
  position(out, ds.at(s.to));
  out += "]},\"properties\":{";
  prop(out, "id", s.id.value, true);
  prop(out, "from", s.from.value);
  prop(out, "to", s.to.value);
  prop(out, "mode", to_string(s.mode));
  prop_number(out, "gauge_mm", s.gauge_mm);
  prop_number(out, "length_km", s.length_km);
  key(out, "hours");
  detail::append_json(out, s.hours);
  prop(out, "status", to_string(s.status));
  key(out, "opened");
  detail::append_json(out, s.opened);
  key(out, "history");
  detail::append_json(out, s.history);
  key(out, "citations");
  detail::append_json(out, s.citations);
  out += "}}";
}
}  // namespace detail::geo

/// The name of the foreign member (RFC 7946 §6.1) in which `network_geojson` writes the
/// records of the network that are not features.
inline constexpr const char* geojson_member = "regcoop";

/// The network as a GeoJSON FeatureCollection (RFC 7946), with everything of the network
/// that `network_from_geojson` reads back:
/// - every node a Point, properties id, name, aliases, kind, country, citations;
/// - every segment a LineString from its `from` node to its `to` node, properties id, from,
///   to, mode, gauge_mm, length_km, hours, status, opened, history, citations;
/// - a foreign member `"regcoop"` with the records features cannot carry: `parties` (the
///   country party of each node, as in the dataset), `corridors` (all of them) and
///   `sources` (every source cited by what is written), each an array of records in the
///   shape of the JSON format (`to_json(record)`).
///
/// Every feature of a kind has the same properties: an absent value is written as null,
/// an empty list as []. Lists (aliases, history, citations) are JSON arrays; GDAL reads them
/// as string lists and JSON strings. Coordinates are [longitude, latitude]. Organisations,
/// memberships and every other kind of record are not written. O(size of the network).
[[nodiscard]] inline std::string network_geojson(const dataset& ds) {
  using namespace detail::geo;
  std::vector<source_id> cited;
  const auto cite = [&](const std::vector<citation>& cs) {
    for (const auto& c : cs)
      if (std::find(cited.begin(), cited.end(), c.source) == cited.end()) cited.push_back(c.source);
  };
  std::vector<party_id> countries;
  std::string out = "{\"type\":\"FeatureCollection\",\"features\":[";
  bool first = true;
  for (const auto& n : ds.nodes()) {
    out += first ? "\n" : ",\n";
    first = false;
    append_node_feature(out, n);
    cite(n.citations);
    if (std::find(countries.begin(), countries.end(), n.country) == countries.end()) countries.push_back(n.country);
  }
  for (const auto& s : ds.segments()) {
    out += first ? "\n" : ",\n";
    first = false;
    append_segment_feature(out, ds, s);
    cite(s.citations);
  }
  out += "\n],";
  detail::append_json_string(out, geojson_member);
  out += ":{\"parties\":[";
  first = true;
  for (const auto& id : countries) {
    const party* p = ds.find(id);
    if (!p) continue;
    out += first ? "\n" : ",\n";
    first = false;
    detail::append_json(out, *p);
    cite(p->citations);
    for (const auto& m : p->members) cite(m.citations);
  }
  out += "],\n\"corridors\":[";
  first = true;
  for (const auto& c : ds.corridors()) {
    out += first ? "\n" : ",\n";
    first = false;
    detail::append_json(out, c);
    cite(c.citations);
  }
  out += "],\n\"sources\":[";
  first = true;
  for (const auto& src : ds.sources()) {
    if (std::find(cited.begin(), cited.end(), src.id) == cited.end()) continue;
    out += first ? "\n" : ",\n";
    first = false;
    detail::append_json(out, src);
  }
  out += "]}}\n";
  return out;
}

/// Routes as one GeoJSON FeatureCollection: a LineString through each route's nodes, in
/// order. Properties: route (1, 2, ... in the order given), cost, from, to, km, hours,
/// running_hours, border_hours, transshipment_hours, ferry_wait_hours, countries
/// (comma-separated), crossings, gauge_breaks, ferry_legs, and regimes (each crossing as
/// "FROM-TO:regime[:basis]", comma-separated). O(total route length).
/// @throws regcoop::error (`unknown_id`) if a route names nodes the dataset lacks.
[[nodiscard]] inline std::string routes_geojson(const dataset& ds, std::span<const route> routes) {
  using namespace detail::geo;
  std::string out = "{\"type\":\"FeatureCollection\",\"features\":[";
  for (std::size_t k = 0; k < routes.size(); ++k) {
    const route& r = routes[k];
    out += k ? ",\n" : "\n";
    out += "{\"type\":\"Feature\",\"geometry\":{\"type\":\"LineString\",\"coordinates\":[";
    for (std::size_t i = 0; i < r.nodes.size(); ++i) {
      if (i) out += ',';
      position(out, ds.at(r.nodes[i]));
    }
    out += "]},\"properties\":{\"route\":" + std::to_string(k + 1);
    prop_number(out, "cost", r.cost);
    prop(out, "from", r.nodes.empty() ? "" : r.nodes.front().value);
    prop(out, "to", r.nodes.empty() ? "" : r.nodes.back().value);
    prop_number(out, "km", r.km);
    prop_number(out, "hours", r.hours);
    prop_number(out, "running_hours", r.running_hours);
    prop_number(out, "border_hours", r.border_hours);
    prop_number(out, "transshipment_hours", r.transshipment_hours);
    prop_number(out, "ferry_wait_hours", r.ferry_wait_hours);
    std::string countries;
    for (const auto& c : r.countries) {
      if (!countries.empty()) countries += ",";
      countries += c.value;
    }
    prop(out, "countries", countries);
    prop_number(out, "crossings", static_cast<double>(r.crossings.size()));
    prop_number(out, "gauge_breaks", static_cast<double>(r.gauge_breaks.size()));
    prop_number(out, "ferry_legs", static_cast<double>(r.ferry_legs.size()));
    std::string regimes;
    for (const auto& c : r.crossings) {
      if (!regimes.empty()) regimes += ',';
      regimes += c.from.value + "-" + c.to.value + ":" + std::string(to_string(c.regime));
      if (!c.basis.empty()) regimes += ":" + c.basis;
    }
    prop(out, "regimes", regimes);
    out += "}}";
  }
  out += "\n]}\n";
  return out;
}

/// One route as a GeoJSON FeatureCollection (`routes_geojson` of one route). O(route length).
/// @throws regcoop::error (`unknown_id`) if the route names nodes the dataset lacks.
[[nodiscard]] inline std::string route_geojson(const dataset& ds, const route& r) {
  return routes_geojson(ds, std::span<const route>(&r, 1));
}

}  // namespace regcoop

REGCOOP_STRING_WARNINGS_END
