#pragma once
/// @file regcoop/io/geojson_read.hpp
/// @brief GeoJSON in: a FeatureCollection of Point and LineString features (from QGIS, GDAL,
/// geojson.io, or `network_geojson`) read as a network dataset. Needs Boost.JSON (target
/// `regcoop::json`); lengths come from Boost.Geometry's geodesic distance when not given.
///
/// Point → node: properties `id` (required; the feature's RFC 7946 `id` member stands in
/// when there is no `id` property), `name` (default: the id), `aliases` (an array of
/// strings), `kind` (default `city`), `country` (required: ISO alpha-2, alpha-3, numeric
/// code or an English name; the country party is added from the registry), `citations`.
///
/// LineString → segment: `id` (default: the feature's `id` member, else
/// `feature-<index>`), `from` / `to` (default: the nodes at the line's first and last
/// positions), `mode` (default `rail`), `gauge_mm`, `status` (default `operating`),
/// `hours`, `length_km` (default: the geodesic length of the line on WGS 84), `opened` (a
/// date), `history` (status changes), `citations`. A MultiLineString of one line (what
/// `ogr2ogr -nlt PROMOTE_TO_MULTI` writes) is that line, a MultiPoint of one point that
/// point; one of several lines or points is refused.
///
/// Lists are in the shape of the JSON format (`citations`: `[{"source": …, "quote": …}]`,
/// `history`: `[{"status": …, "since": …}]`); null is an absent value. Other properties
/// are ignored (GIS files carry their own attributes); other geometries are refused.
///
/// The foreign member `"regcoop"` (RFC 7946 §6.1; `network_geojson` writes it), when
/// present, holds `parties`, `corridors` and `sources`, arrays of records in the JSON
/// format; a party it lists stands for the registry's country of the same id.
///
/// Every problem is reported in one pass with its place, a JSON pointer, and the feature
/// it is about by its id: `file#/features/3/properties/length_km (segments/urumqi-khorgos)`
/// (record `nodes/<id>` for a Point, `segments/<id>` for a line, `features/<id>` for a
/// feature of another geometry; a feature without an id is named by its index alone).

#include "regcoop/model/records.hpp"
#include "regcoop/config.hpp"
#include "regcoop/detail/file.hpp"
#include "regcoop/model/geodesic.hpp"
#include "regcoop/io/geojson.hpp"
#include "regcoop/io/json.hpp"

#include <algorithm>
#include <cmath>
#include <compare>
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

REGCOOP_STRING_WARNINGS_BEGIN

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
/// segments, the corridors and sources of the `"regcoop"` member, and the country parties
/// the nodes lie in.
/// @throws regcoop::error listing every problem with its place, a JSON pointer
/// (`where#/features/3/properties/length_km`) and the feature's record
/// (`segments/urumqi-khorgos`); nothing is returned half-loaded. O(size of the document).
[[nodiscard]] REGCOOP_DECL dataset network_from_geojson(std::string_view text, const std::string& where = "");

/// Reads a GeoJSON network file (see `network_from_geojson`); problems name the file.
/// @throws regcoop::error (`io_error`) when it cannot be read, else as `network_from_geojson`.
[[nodiscard]] REGCOOP_DECL dataset load_geojson(const std::filesystem::path& file);

}  // namespace regcoop

REGCOOP_STRING_WARNINGS_END

#if !defined(REGCOOP_SEPARATE_COMPILATION)
#include "regcoop/impl/geojson_read.ipp"
#endif
