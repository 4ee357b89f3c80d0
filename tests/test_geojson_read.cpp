// GeoJSON in: networks from GIS files, read back from the export, every problem with its place.

#include <doctest/doctest.h>

#include <regcoop/data/china_central_asia.hpp>
#include <regcoop/geojson.hpp>
#include <regcoop/geojson_read.hpp>
#include <regcoop/network.hpp>

#include <algorithm>
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
