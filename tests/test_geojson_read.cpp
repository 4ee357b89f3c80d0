// GeoJSON in: networks from GIS files, read back from the export, every problem with its place.

#include <doctest/doctest.h>

#include <regcoop/data/china_central_asia.hpp>
#include <regcoop/data/eurasian_organisations.hpp>
#include <regcoop/io/geojson.hpp>
#include <regcoop/io/geojson_read.hpp>
#include <regcoop/dataset/merge.hpp>
#include <regcoop/network/network.hpp>

#include <boost/json.hpp>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

using namespace regcoop;

namespace {
const std::string data_dir = REGCOOP_TEST_DATA_DIR;
std::string read_text(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream os;
  os << in.rdbuf();
  return os.str();
}
}  // namespace

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

TEST_CASE("a GeoJSON round trip keeps nodes, segments (histories, citations) and corridors field by field") {
  const dataset ds = data::china_central_asia();
  const dataset back = network_from_geojson(network_geojson(ds), "network.geojson");
  REQUIRE(back.nodes().size() == ds.nodes().size());
  for (std::size_t i = 0; i < ds.nodes().size(); ++i) {
    CAPTURE(ds.nodes()[i].id.value);
    CHECK(back.nodes()[i] == ds.nodes()[i]);
  }
  REQUIRE(back.segments().size() == ds.segments().size());
  std::size_t histories = 0, cited = 0;
  for (std::size_t i = 0; i < ds.segments().size(); ++i) {
    const segment &want = ds.segments()[i], &got = back.segments()[i];
    CAPTURE(want.id.value);
    CHECK(got.history == want.history);
    CHECK(got.citations == want.citations);
    CHECK(got.opened == want.opened);
    CHECK(got.hours == want.hours);
    CHECK(got == want);
    histories += want.history.empty() ? 0 : 1;
    cited += want.citations.empty() ? 0 : 1;
  }
  CHECK(histories > 0);  // the comparison covers histories and citations
  CHECK(cited > 0);
  REQUIRE(back.corridors().size() == ds.corridors().size());
  CHECK_FALSE(ds.corridors().empty());
  for (std::size_t i = 0; i < ds.corridors().size(); ++i) CHECK(back.corridors()[i] == ds.corridors()[i]);
  // The countries the nodes lie in come back as the dataset describes them, and every
  // source cited is there.
  CHECK(back.at(party_id{"RU"}) == ds.at(party_id{"RU"}));
  for (const auto& s : back.sources()) CHECK(*ds.find(s.id) == s);
  // Organisations, memberships and the rest are not part of a network file.
  CHECK(back.find(party_id{"SCO"}) == nullptr);
  CHECK(back.projects().empty());
}

TEST_CASE("a GeoJSON export merged with the organisations routes on a date as the embedded data does") {
  const dataset organisations = data::eurasian_organisations();
  const dataset embedded = merge(data::china_central_asia(), organisations);
  const dataset from_file = merge(network_from_geojson(network_geojson(data::china_central_asia()), "corridors.geojson"), organisations);
  const auto regimes = [](const dataset& d) {
    route_options o;
    o.on = partial_date{2020, 1, 1};
    const auto r = network(d).shortest_route({"xian"}, {"duisburg"}, o);
    REQUIRE(r.found);
    std::string out;
    for (const auto& c : r.found->crossings) out += c.from.value + "-" + c.to.value + ":" + std::string(to_string(c.regime)) + ":" + c.basis + " ";
    return out;
  };
  // The EAEU comes from the organisations: the KZ-RU and RU-BY borders lie inside it.
  const std::string got = regimes(from_file);
  CHECK(got.find("CN-KZ:customs_border: KZ-RU:customs_union:EAEU RU-BY:customs_union:EAEU BY-PL:customs_border:") == 0);
  // The EU is a bloc of china-central-asia, not part of a network file: with that dataset
  // merged in too, every border reads as on the embedded data.
  const std::string want = regimes(embedded);
  CHECK(want.find("KZ-RU:customs_union:EAEU") != std::string::npos);
  CHECK(regimes(merge(from_file, data::china_central_asia())) == want);
}

TEST_CASE("a one-part MultiLineString (ogr2ogr -nlt PROMOTE_TO_MULTI) reads as its line") {
  // The fixture is the real output of `ogr2ogr -f GeoJSON -nlt PROMOTE_TO_MULTI` (GDAL 3.6)
  // run on khorgos-line.geojson: MultiPoints of one point, a MultiLineString of one line.
  const dataset plain = load_geojson(data_dir + "/geojson/khorgos-line.geojson");
  const dataset promoted = load_geojson(data_dir + "/geojson/khorgos-line.promote-to-multi.geojson");
  REQUIRE(promoted.segments().size() == 1);
  CHECK(promoted.segments()[0].id.value == "khorgos-altynkol");
  CHECK(promoted.segments()[0].from.value == "khorgos");
  CHECK(promoted.segments()[0].to.value == "altynkol");
  CHECK(promoted.segments()[0].gauge_mm == 1520);
  CHECK(promoted.segments()[0].length_km > geodesic_km(44.21, 80.42, 44.17, 80.0));  // through the middle position
  CHECK(promoted == plain);
}

TEST_CASE("GeoJSON problems name the feature by its id, at its JSON pointer") {
  const auto problems_of = [](const std::string& file) {
    try {
      (void)load_geojson(data_dir + "/bad-geojson/" + file);
    } catch (const error& e) {
      return std::pair{e.problems(), std::string(e.what())};
    }
    FAIL("loaded " << file);
    return std::pair{std::vector<problem>{}, std::string()};
  };
  {
    const auto [ps, what] = problems_of("multi-part-line.geojson");
    REQUIRE(ps.size() == 1);
    CHECK(ps[0].record == "segments/a-b-twice");
    CHECK(what.find("multi-part-line.geojson#/features/2/geometry/coordinates (segments/a-b-twice): a MultiLineString of 2 lines") !=
          std::string::npos);
  }
  {
    const auto [ps, what] = problems_of("negative-length.geojson");  // a builder problem, at its place
    REQUIRE(ps.size() == 1);
    CHECK(what.find("negative-length.geojson#/features/2/properties/length_km (segments/a-b)") != std::string::npos);
  }
  CHECK(problems_of("polygon-with-id.geojson").first.at(0).record == "features/lake");
  CHECK(problems_of("corridor-dangling.geojson").first.at(0).field.ends_with("#/regcoop/corridors/0/segments/0"));
  // Every file of the corpus: a first problem at a feature that has an id names it.
  for (const auto& entry : std::filesystem::directory_iterator(data_dir + "/bad-geojson")) {
    if (entry.path().extension() != ".geojson") continue;
    const std::string file = entry.path().filename().string();
    CAPTURE(file);
    const auto ps = problems_of(file).first;
    REQUIRE_FALSE(ps.empty());
    const auto& f = ps[0].field;
    const auto at = f.find("#/features/");
    if (at == std::string::npos) continue;
    const std::size_t index = std::stoul(f.substr(at + 11));
    boost::system::error_code ec;
    const auto doc = boost::json::parse(read_text(entry.path()), ec);
    REQUIRE_FALSE(ec);
    const auto& feature = doc.at("features").at(index).as_object();
    const auto* props = feature.if_contains("properties");
    const auto* id = props && props->is_object() ? props->as_object().if_contains("id") : nullptr;
    if (id && id->is_string() && !id->as_string().empty()) CHECK(ps[0].record.ends_with("/" + std::string(id->as_string())));
  }
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
            .message == "a line needs two or more positions");
  CHECK(first(R"({"type": "FeatureCollection", "features": [{"type": "Feature", "geometry": {"type": "MultiLineString", "coordinates": []}}]})")
            .message == "a line needs two or more positions");
  CHECK(first(R"({"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {"id": "p"},
      "geometry": {"type": "MultiPoint", "coordinates": [[1, 2], [3, 4]]}}]})").record == "nodes/p");
  CHECK(first(R"({"type": "FeatureCollection", "features": [], "regcoop": {"railways": []}})").field == "x.geojson#/regcoop/railways");
  CHECK(first(R"({"type": "FeatureCollection", "features": [], "regcoop": []})").field == "x.geojson#/regcoop");
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
