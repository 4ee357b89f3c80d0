#pragma once
/// @file regcoop/model/geodesic.hpp
/// @brief Geodesic distance between network nodes on the WGS 84 ellipsoid (Boost.Geometry,
/// Vincenty's formulae): the shortest any segment between them can be.

#include "regcoop/model/corridor.hpp"

#include <boost/geometry/algorithms/distance.hpp>
#include <boost/geometry/core/cs.hpp>
#include <boost/geometry/geometries/point.hpp>
#include <boost/geometry/strategies/geographic/distance_vincenty.hpp>

namespace regcoop {

/// Geodesic distance in km between two points given as (latitude, longitude) in degrees, on
/// the WGS 84 ellipsoid (Vincenty). O(1); throws nothing for valid coordinates.
[[nodiscard]] inline double geodesic_km(double lat1, double lon1, double lat2, double lon2) {
  namespace bg = boost::geometry;
  using point = bg::model::point<double, 2, bg::cs::geographic<bg::degree>>;
  const bg::strategy::distance::vincenty<bg::srs::spheroid<double>> wgs84;
  return bg::distance(point(lon1, lat1), point(lon2, lat2), wgs84) / 1000.0;
}

/// Geodesic distance in km between two nodes: a lower bound of any segment's length between
/// them. O(1).
[[nodiscard]] inline double geodesic_km(const node& a, const node& b) { return geodesic_km(a.lat, a.lon, b.lat, b.lon); }

}  // namespace regcoop
