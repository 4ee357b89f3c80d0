// GeoJSON in: networks from GIS files, read back from the export, every problem with its place.

#include <doctest/doctest.h>

#include <regcoop/data/china_central_asia.hpp>
#include <regcoop/geojson.hpp>
#include <regcoop/geojson_read.hpp>
#include <regcoop/network.hpp>

#include <algorithm>
#include <cstdio>
#include <string>
#include <vector>

using namespace regcoop;

namespace {
const std::string data_dir = REGCOOP_TEST_DATA_DIR;
}

TEST_CASE("the network's GeoJSON reads back into the same document") {
  const dataset ds = data::china_central_asia();
  const std::string text = network_geojson(ds);
  const dataset back = network_from_geojson(text);
  CHECK(network_geojson(back) == text);
  CHECK(back.nodes().size() == ds.nodes().size());
  CHECK(back.segments().size() == ds.segments().size());
  // Routing on it gives the same route.
  CHECK(network(back).shortest_route({"xian"}, {"duisburg"}).found->km == network(ds).shortest_route({"xian"}, {"duisburg"}).found->km);
}

TEST_CASE("a GIS file: countries by name or code, ends matched to points, length from the geometry") {
  const dataset ds = load_geojson(data_dir + "/geojson/two-cities.geojson");
  REQUIRE(ds.segments().size() == 1);
  const segment& s = ds.segments()[0];
  CHECK(s.id.value == "feature-2");
  CHECK(s.from.value == "almaty");
  CHECK(s.to.value == "bishkek");
  CHECK(s.mode == transport_mode::road);
  const double want = geodesic_km(43.25, 76.95, 43.0, 75.8) + geodesic_km(43.0, 75.8, 42.87, 74.59);
  CHECK(s.length_km == doctest::Approx(want));
  CHECK(s.length_km > geodesic_km(43.25, 76.95, 42.87, 74.59));
  CHECK(ds.at(node_id{"bishkek"}).country.value == "KG");
  CHECK(ds.find(party_id{"KZ"})->name == "Kazakhstan");
}

TEST_CASE("five problems in a GeoJSON file: five problems, each with its feature and property") {
  try {
    (void)load_geojson(data_dir + "/geojson/five-problems.geojson");
    FAIL("expected an error");
  } catch (const error& e) {
    std::vector<std::string> got;
    for (const auto& p : e.problems()) {
      const auto hash = p.field.find('#');
      got.push_back(std::string(to_string(p.code)) + " " + p.field.substr(hash == std::string::npos ? 0 : hash + 1));
    }
    std::string all;
    for (const auto& g : got) all += g + "\n";
    INFO(all);
    CHECK(got == std::vector<std::string>{"missing_field /features/0/properties/id", "unknown_country /features/1/properties/country",
                                          "invalid_value /features/1/geometry/coordinates", "invalid_value /features/2/properties/mode",
                                          "type_mismatch /features/2/properties/length_km"});
  }
}

TEST_CASE("malformed GeoJSON documents are refused with their place") {
  const auto first = [](const std::string& text) {
    try {
      (void)network_from_geojson(text, "x.geojson");
    } catch (const error& e) {
      return e.problems().front();
    }
    FAIL("loaded");
    return problem{};
  };
  CHECK(first("[]").field == "x.geojson#/");
  CHECK(first(R"({"type": "Feature"})").field == "x.geojson#/");
  CHECK(first(R"({"type": "FeatureCollection", "features": [{"type": "Feature"}]})").field == "x.geojson#/features/0");
  CHECK(first(R"({"type": "FeatureCollection", "features": [{"type": "Feature", "geometry": {"type": "Polygon", "coordinates": []}}]})")
            .field == "x.geojson#/features/0/geometry/type");
  CHECK(first(R"({"type": "FeatureCollection", "features": [{"type": "Feature", "geometry": {"type": "LineString", "coordinates": [[1, 2]]}}]})")
            .message == "a LineString needs two or more positions");
  const auto unmatched = first(R"({"type": "FeatureCollection", "features": [
      {"type": "Feature", "geometry": {"type": "LineString", "coordinates": [[1, 2], [3, 4]]}, "properties": {"id": "s"}}]})");
  CHECK(unmatched.field == "x.geojson#/features/0/properties/from");
  CHECK(unmatched.record == "segments/s");
  CHECK(first("{").code == errc::parse_error);
}

namespace {
std::string point(const std::string& id, double lon, double lat) {
  char buf[256];
  std::snprintf(buf, sizeof buf,
                R"({"type":"Feature","properties":{"id":"%s","country":"KZ"},"geometry":{"type":"Point","coordinates":[%.12f,%.12f]}},)",
                id.c_str(), lon, lat);
  return buf;
}
std::string line(double lon1, double lat1, double lon2, double lat2) {
  char buf[256];
  std::snprintf(buf, sizeof buf,
                R"({"type":"Feature","properties":{"mode":"road"},"geometry":{"type":"LineString","coordinates":[[%.12f,%.12f],[%.12f,%.12f]]}},)",
                lon1, lat1, lon2, lat2);
  return buf;
}
std::string collection(std::string features) {
  features.pop_back();  // the last comma
  return R"({"type":"FeatureCollection","features":[)" + features + "]}";
}
}  // namespace

TEST_CASE("line ends match points within 1e-9 degrees, the first of several, on either side of a cell edge") {
  // "b" and "b2" share a position: the first feature wins. "c" lies 4e-10 from the line's
  // end, across a multiple of 1e-9 (a cell edge of the index); "far" lies 2e-9 away.
  const std::string text = collection(point("a", 70.0, 40.0) + point("b", 71.0, 41.0) + point("b2", 71.0, 41.0) +
                                      point("c", 72.0000000002, 42.0) + point("far", 73.000000002, 43.0) +
                                      line(70.0, 40.0, 71.0, 41.0) + line(71.0, 41.0, 71.9999999998, 42.0) +
                                      line(72.0000000002, 42.0, 73.0, 43.0));
  try {
    (void)network_from_geojson(text, "gis.geojson");
    FAIL("expected an error: the last line's end has no point");
  } catch (const error& e) {
    REQUIRE(e.problems().size() == 1);
    CHECK(e.problems()[0].code == errc::missing_field);
    CHECK(e.problems()[0].field == "gis.geojson#/features/7/properties/to");
  }
  const dataset ds = network_from_geojson(collection(point("a", 70.0, 40.0) + point("b", 71.0, 41.0) + point("b2", 71.0, 41.0) +
                                                     point("c", 72.0000000002, 42.0) + line(70.0, 40.0, 71.0, 41.0) +
                                                     line(71.0, 41.0, 71.9999999998, 42.0)));
  REQUIRE(ds.segments().size() == 2);
  CHECK(ds.segments()[0].from.value == "a");
  CHECK(ds.segments()[0].to.value == "b");
  CHECK(ds.segments()[1].from.value == "b");
  CHECK(ds.segments()[1].to.value == "c");
}

TEST_CASE("a GIS network of 40,000 points and lines, ends matched by position") {
  std::string features;
  const int side = 200;
  for (int i = 0; i < side; ++i)
    for (int j = 0; j < side; ++j) features += point("n" + std::to_string(i) + "-" + std::to_string(j), 60.0 + i * 0.01, 40.0 + j * 0.01);
  for (int i = 0; i + 1 < side; ++i)
    for (int j = 0; j < side; ++j) features += line(60.0 + i * 0.01, 40.0 + j * 0.01, 60.0 + (i + 1) * 0.01, 40.0 + j * 0.01);
  const dataset ds = network_from_geojson(collection(features));
  REQUIRE(ds.segments().size() == static_cast<std::size_t>((side - 1) * side));
  CHECK(ds.segments().back().from.value == "n198-199");
  CHECK(ds.segments().back().to.value == "n199-199");
  CHECK(ds.segments()[1].to.value == "n1-1");
}
