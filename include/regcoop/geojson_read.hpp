#pragma once
/// @file geojson_read.hpp
/// @brief GeoJSON in: a FeatureCollection of Point and LineString features (from QGIS, GDAL,
/// geojson.io, or `network_geojson`) read as a network dataset. Needs Boost.JSON (target
/// `regcoop::json`); lengths come from Boost.Geometry's geodesic distance when not given.
///
/// Point → node: properties `id` (required), `name` (default: the id), `kind` (default
/// `city`), `country` (required: ISO alpha-2, alpha-3, numeric code or an English name; the
/// country party is added from the registry). LineString → segment: `id` (default
/// `feature-<index>`), `from` / `to` (default: the nodes at the line's first and last
/// positions), `mode` (default `rail`), `gauge_mm`, `status` (default `operating`),
/// `hours`, `length_km` (default: the geodesic length of the line on WGS 84). Other
/// properties and geometries are refused. Every problem is reported in one pass with its
/// place, `file#/features/<index>/properties/<name>`.

#include "regcoop/detail/file.hpp"
#include "regcoop/geodesic.hpp"
#include "regcoop/json.hpp"

#include <algorithm>
#include <cmath>
#include <compare>
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace regcoop {

namespace detail::geojson_in {

namespace json = boost::json;

struct reader {
  std::vector<problem>& probs;
  const std::string& where;
  std::string record{};  // the record of the feature being read ("nodes/almaty")
  void fail(errc c, const std::string& ptr, std::string msg, std::string rec = {}) {
    probs.push_back({c, rec.empty() ? record : std::move(rec), where.empty() ? ptr : where + "#" + ptr, std::move(msg)});
  }
  // A string property, or nullopt (reported when present but not a string).
  std::optional<std::string> text(const json::object& props, std::string_view key, const std::string& base) {
    const auto* v = props.if_contains(key);
    if (!v || v->is_null()) return std::nullopt;
    if (!v->is_string()) {
      fail(errc::type_mismatch, base + "/" + std::string(key), std::string("expected a string, found ") + json_io::reader::kind_name(*v));
      return std::nullopt;
    }
    return std::string(v->get_string());
  }
  std::optional<double> number(const json::object& props, std::string_view key, const std::string& base) {
    const auto* v = props.if_contains(key);
    if (!v || v->is_null()) return std::nullopt;
    if (!v->is_number()) {
      fail(errc::type_mismatch, base + "/" + std::string(key), std::string("expected a number, found ") + json_io::reader::kind_name(*v));
      return std::nullopt;
    }
    return v->to_number<double>();
  }
  template <class E>
  E enumerator(const json::object& props, std::string_view key, const std::string& base, E fallback) {
    const auto t = text(props, key, base);
    if (!t) return fallback;
    if (auto e = try_enum_from_string<E>(*t)) return *e;
    fail(errc::invalid_value, base + "/" + std::string(key), "'" + *t + "' is not one of: " + enum_names<E>());
    return fallback;
  }
  // A [lon, lat] position.
  std::optional<std::pair<double, double>> position(const json::value& v, const std::string& ptr) {
    if (!v.is_array() || v.get_array().size() < 2 || !v.get_array()[0].is_number() || !v.get_array()[1].is_number()) {
      fail(errc::type_mismatch, ptr, "expected a position [longitude, latitude]");
      return std::nullopt;
    }
    const double lon = v.get_array()[0].to_number<double>(), lat = v.get_array()[1].to_number<double>();
    if (!(lon >= -180 && lon <= 180) || !(lat >= -90 && lat <= 90)) {
      fail(errc::invalid_value, ptr, "position out of range (longitude −180..180, latitude −90..90)");
      return std::nullopt;
    }
    return std::pair{lon, lat};
  }
};

// Points by position, for the ends of lines that name no node: a position matches a point
// within 1e-9 degrees in both coordinates; of several matching points, the first feature
// wins. Keys are cells of that size, so a match is in the same or a neighbouring cell.
// O(n log n) to build, O(log n) per look-up.
class point_index {
 public:
  explicit point_index(const std::vector<node>& nodes) : nodes_(nodes) {
    keys_.reserve(nodes.size());
    for (std::size_t i = 0; i < nodes.size(); ++i) keys_.push_back({cell(nodes[i].lon), cell(nodes[i].lat), i});
    std::sort(keys_.begin(), keys_.end());
  }

  [[nodiscard]] const node* at(const std::pair<double, double>& p) const {
    std::size_t best = nodes_.size();
    for (std::int64_t dx = -1; dx <= 1; ++dx)
      for (std::int64_t dy = -1; dy <= 1; ++dy) {
        const std::int64_t x = cell(p.first) + dx, y = cell(p.second) + dy;
        for (auto it = std::lower_bound(keys_.begin(), keys_.end(), key{x, y, 0}); it != keys_.end() && it->x == x && it->y == y; ++it) {
          const node& n = nodes_[it->i];
          if (it->i < best && std::fabs(n.lon - p.first) < tolerance && std::fabs(n.lat - p.second) < tolerance) best = it->i;
        }
      }
    return best < nodes_.size() ? &nodes_[best] : nullptr;
  }

 private:
  static constexpr double tolerance = 1e-9;
  // Positions are checked to lie within ±180 degrees: at most 1.8e11 cells either way.
  static std::int64_t cell(double v) { return static_cast<std::int64_t>(std::floor(v / tolerance)); }
  struct key {
    std::int64_t x, y;
    std::size_t i;
    friend auto operator<=>(const key&, const key&) = default;
  };
  const std::vector<node>& nodes_;
  std::vector<key> keys_;
};

}  // namespace detail::geojson_in

/// Reads a GeoJSON network (see the file notes) as a validated dataset: the nodes, the
/// segments, and the country parties the nodes lie in.
/// @throws regcoop::error listing every problem with its place (`where#/features/3/...`);
/// nothing is returned half-loaded. O(size of the document).
[[nodiscard]] inline dataset network_from_geojson(std::string_view text, const std::string& where = "") {
  namespace json = boost::json;
  using detail::geojson_in::reader;
  const auto root = detail::json_io::parse_text(text, json_read_options{}, where);
  std::vector<problem> probs;
  reader r{probs, where};
  const auto* features = root.is_object() ? root.get_object().if_contains("features") : nullptr;
  if (!root.is_object() || !root.get_object().if_contains("type") || root.at("type") != "FeatureCollection" || !features ||
      !features->is_array()) {
    r.fail(errc::type_mismatch, "/", "expected a GeoJSON FeatureCollection with a 'features' array");
    throw error(std::move(probs));
  }
  std::vector<node> nodes;
  std::vector<segment> segments;
  std::vector<party> parties;
  struct line {
    std::size_t feature;
    std::vector<std::pair<double, double>> positions;
    std::optional<std::string> from, to;
  };
  std::vector<line> lines;
  const auto& fs = features->get_array();
  for (std::size_t i = 0; i < fs.size(); ++i) {
    const std::string base = "/features/" + std::to_string(i);
    const auto& f = fs[i];
    const json::object* geometry = f.is_object() && f.get_object().if_contains("geometry") && f.at("geometry").is_object()
                                       ? &f.at("geometry").get_object()
                                       : nullptr;
    r.record.clear();
    if (!geometry || !geometry->if_contains("type") || !geometry->if_contains("coordinates")) {
      r.fail(errc::type_mismatch, base, "expected a Feature with a geometry (type and coordinates)");
      continue;
    }
    static const json::object no_props;
    const auto* pv = f.get_object().if_contains("properties");
    const json::object& props = pv && pv->is_object() ? pv->get_object() : no_props;
    const std::string pbase = base + "/properties";
    const auto& type = geometry->at("type");
    const auto& coords = geometry->at("coordinates");
    if (type == "Point") {
      node n;
      const auto* idv = props.if_contains("id");
      r.record = detail::record_label<node>(idv && idv->is_string() && !idv->get_string().empty() ? std::string(idv->get_string())
                                                                                                 : "#" + std::to_string(nodes.size()));
      const auto id = r.text(props, "id", pbase);
      if (!id || id->empty()) r.fail(errc::missing_field, pbase + "/id", "a Point feature needs an 'id' property");
      n.id.value = id.value_or("");
      n.name = r.text(props, "name", pbase).value_or(n.id.value);
      n.kind = r.enumerator(props, "kind", pbase, node_kind::city);
      if (const auto c = r.text(props, "country", pbase)) {
        if (const auto* info = find_country(*c)) {
          n.country.value = std::string(info->alpha2);
          if (std::none_of(parties.begin(), parties.end(), [&](const party& p) { return p.id == n.country; }))
            parties.push_back(party{.id = n.country, .name = std::string(info->display_name()), .iso_code = std::string(info->alpha2)});
        } else {
          r.fail(errc::unknown_country, pbase + "/country", "'" + *c + "' is not a country code or name the registry knows",
                 detail::record_label<node>(n.id.value));
        }
      } else {
        r.fail(errc::missing_field, pbase + "/country", "a Point feature needs a 'country' property", detail::record_label<node>(n.id.value));
      }
      if (const auto p = r.position(coords, base + "/geometry/coordinates")) {
        n.lon = p->first;
        n.lat = p->second;
      }
      nodes.push_back(std::move(n));
    } else if (type == "LineString") {
      const auto* idv = props.if_contains("id");
      r.record = detail::record_label<segment>(idv && idv->is_string() ? std::string(idv->get_string()) : "feature-" + std::to_string(i));
      line l{i, {}, r.text(props, "from", pbase), r.text(props, "to", pbase)};
      if (!coords.is_array() || coords.get_array().size() < 2) {
        r.fail(errc::type_mismatch, base + "/geometry/coordinates", "a LineString needs two or more positions");
        continue;
      }
      for (std::size_t k = 0; k < coords.get_array().size(); ++k)
        if (const auto p = r.position(coords.get_array()[k], base + "/geometry/coordinates/" + std::to_string(k)))
          l.positions.push_back(*p);
      segment s;
      s.id.value = r.text(props, "id", pbase).value_or("feature-" + std::to_string(i));
      s.mode = r.enumerator(props, "mode", pbase, transport_mode::rail);
      s.status = r.enumerator(props, "status", pbase, segment_status::operating);
      if (const auto g = r.number(props, "gauge_mm", pbase)) {
        if (*g != std::floor(*g) || std::fabs(*g) > 1e6) r.fail(errc::invalid_value, pbase + "/gauge_mm", "expected a whole number of millimetres");
        else s.gauge_mm = static_cast<int>(*g);
      }
      s.hours = r.number(props, "hours", pbase);
      const auto km = r.number(props, "length_km", pbase);
      if (km) {
        s.length_km = *km;
      } else if (l.positions.size() == coords.get_array().size()) {
        for (std::size_t k = 1; k < l.positions.size(); ++k)
          s.length_km += geodesic_km(l.positions[k - 1].second, l.positions[k - 1].first, l.positions[k].second, l.positions[k].first);
      }
      segments.push_back(std::move(s));
      lines.push_back(std::move(l));
    } else {
      r.fail(errc::invalid_value, base + "/geometry/type", "only Point and LineString features make a network");
    }
  }
  // Ends of lines without from/to: the node at the same position.
  const detail::geojson_in::point_index points(nodes);
  for (std::size_t k = 0; k < lines.size(); ++k) {
    const auto& l = lines[k];
    auto& s = segments[k];
    r.record = detail::record_label<segment>(s.id.value);
    const std::string pbase = "/features/" + std::to_string(l.feature) + "/properties";
    const auto end = [&](const std::optional<std::string>& given, bool first, node_id& out, const char* key) {
      if (given) {
        out.value = *given;
        return;
      }
      if (l.positions.size() < 2) return;
      const node* n = points.at(first ? l.positions.front() : l.positions.back());
      if (n) out = n->id;
      else r.fail(errc::missing_field, pbase + "/" + key, std::string("no '") + key + "' property and no Point feature at the line's " +
                                                             (first ? "first" : "last") + " position", detail::record_label<segment>(s.id.value));
    };
    end(l.from, true, s.from, "from");
    end(l.to, false, s.to, "to");
  }
  dataset_builder b;
  b.add(std::move(parties));
  b.add(std::move(nodes));
  b.add(std::move(segments));
  if (probs.empty()) {
    std::vector<problem> v;
    auto ds = std::move(b).try_build(v);
    if (ds) return std::move(*ds);
    probs = std::move(v);
  } else {
    // Validate what was read too, leaving out the records that already have a read problem.
    for (auto& p : b.check())
      if (std::none_of(probs.begin(), probs.end(), [&](const problem& q) { return q.record == p.record; })) probs.push_back(std::move(p));
  }
  throw error(std::move(probs));
}

/// Reads a GeoJSON network file (see `network_from_geojson`); problems name the file.
/// @throws regcoop::error (`io_error`) when it cannot be read, else as `network_from_geojson`.
[[nodiscard]] inline dataset load_geojson(const std::filesystem::path& file) {
  return network_from_geojson(detail::file_text(file, file.string(), "cannot open the file"), file.string());
}

}  // namespace regcoop
