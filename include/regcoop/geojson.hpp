#pragma once
/// @file geojson.hpp
/// @brief GeoJSON (RFC 7946) of the corridor network and of routes, for QGIS or
/// geojson.io. Dependency-free.

#include "regcoop/dataset.hpp"
#include "regcoop/detail/text.hpp"
#include "regcoop/enum.hpp"
#include "regcoop/network.hpp"

#include <optional>
#include <span>
#include <string>

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
}  // namespace detail::geo

/// The network as a GeoJSON FeatureCollection: every node a Point (properties: id, name,
/// kind, country), every segment a LineString (id, from, to, mode, gauge_mm — null when
/// absent —, length_km, status). Coordinates are [longitude, latitude]. O(nodes + segments).
[[nodiscard]] inline std::string network_geojson(const dataset& ds) {
  using namespace detail::geo;
  std::string out = "{\"type\":\"FeatureCollection\",\"features\":[";
  bool first = true;
  for (const auto& n : ds.nodes()) {
    out += first ? "\n" : ",\n";
    first = false;
    out += "{\"type\":\"Feature\",\"geometry\":{\"type\":\"Point\",\"coordinates\":";
    position(out, n);
    out += "},\"properties\":{";
    prop(out, "id", n.id.value, true);
    prop(out, "name", n.name);
    prop(out, "kind", to_string(n.kind));
    prop(out, "country", n.country.value);
    out += "}}";
  }
  for (const auto& s : ds.segments()) {
    out += first ? "\n" : ",\n";
    first = false;
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
    prop(out, "status", to_string(s.status));
    out += "}}";
  }
  out += "\n]}\n";
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
    for (const auto& c : r.countries) countries += (countries.empty() ? "" : ",") + c.value;
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
