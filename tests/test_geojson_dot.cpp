#include <iomanip>  // std::quoted must not capture the DOT writer's quoting by ADL
#include <regcoop/data/china_central_asia.hpp>
#include <regcoop/io/dot.hpp>
#include <regcoop/io/geojson.hpp>

#include <boost/json.hpp>
#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

using namespace regcoop;

TEST_CASE("network GeoJSON parses back with every node and segment") {
  const dataset ds = data::china_central_asia();
  const auto v = boost::json::parse(network_geojson(ds));
  CHECK(v.at("type") == "FeatureCollection");
  const auto& fs = v.at("features").as_array();
  CHECK(fs.size() == ds.nodes().size() + ds.segments().size());
  const auto& xian = fs[0].as_object();
  CHECK(xian.at("geometry").at("type") == "Point");
  CHECK(xian.at("geometry").at("coordinates").as_array()[0].to_number<double>() == doctest::Approx(108.94));
  CHECK(xian.at("properties").at("name") == "Xi'an");
  const auto& seg = fs[ds.nodes().size()].as_object();
  CHECK(seg.at("geometry").at("type") == "LineString");
  CHECK(seg.at("properties").at("gauge_mm").to_number<int>() == 1435);
  CHECK(seg.at("properties").at("mode") == "rail");
}

TEST_CASE("network GeoJSON: every feature of a kind has the same properties; corridors and sources in the 'regcoop' member") {
  const dataset ds = data::china_central_asia();
  const auto v = boost::json::parse(network_geojson(ds));
  const auto& fs = v.at("features").as_array();
  const auto keys = [](const boost::json::value& f) {
    std::string k;
    for (const auto& kv : f.at("properties").as_object()) k += std::string(kv.key()) + ",";
    return k;
  };
  CHECK(keys(fs.front()) == "id,name,aliases,kind,country,citations,");
  CHECK(keys(fs.back()) == "id,from,to,mode,gauge_mm,length_km,hours,status,opened,history,citations,");
  for (const auto& f : fs) CHECK((keys(f) == keys(fs.front()) || keys(f) == keys(fs.back())));
  const auto& m = v.at("regcoop").as_object();
  CHECK(m.at("corridors").as_array().size() == ds.corridors().size());
  CHECK(std::string(m.at("corridors").as_array()[0].at("id").as_string()) == ds.corridors()[0].id.value);
  // The parties are the nodes' countries, and every source cited is listed once.
  for (const auto& p : m.at("parties").as_array()) CHECK(ds.at(party_id{std::string(p.at("id").as_string())}).kind == party_kind::country);
  std::vector<std::string> listed;
  for (const auto& src : m.at("sources").as_array()) listed.emplace_back(src.at("id").as_string());
  for (const auto& s : ds.segments())
    for (const auto& c : s.citations) CHECK(std::count(listed.begin(), listed.end(), c.source.value) == 1);
  CHECK(listed.size() < ds.sources().size());  // not the sources nothing written cites
}

TEST_CASE("route GeoJSON and DOT") {
  const dataset ds = data::china_central_asia();
  const network net(ds);
  route_options opt;
  opt.avoid_countries = {{"RU"}};
  const auto r = net.shortest_route({"xian"}, {"duisburg"}, opt);
  REQUIRE(r);
  const auto v = boost::json::parse(route_geojson(ds, *r.found));
  const auto& f = v.at("features").as_array().at(0);
  CHECK(f.at("geometry").at("coordinates").as_array().size() == r.found->nodes.size());
  CHECK(std::string(f.at("properties").at("countries").as_string()).find("AZ,GE") != std::string::npos);
  const auto dot = route_dot(ds, *r.found);
  CHECK(dot.rfind("digraph routes {", 0) == 0);
  CHECK(dot.find("\"r1_turkmenbashi\" -> \"r1_alat\" [label=\"ferry 306 km\\ncustoms_border\"]") != std::string::npos);
  CHECK(dot.find("\"r1_akhalkalaki\" [label=\"Akhalkalaki\\nGE\", color=red") != std::string::npos);
}

TEST_CASE("network and mechanism DOT") {
  const dataset ds = data::china_central_asia();
  const auto dot = network_dot(ds);
  CHECK(dot.rfind("graph corridors {", 0) == 0);
  CHECK(std::count(dot.begin(), dot.end(), '\n') >= static_cast<std::ptrdiff_t>(ds.nodes().size() + ds.segments().size()));
  CHECK(dot.find("\"kashgar\" -- \"torugart\" [color=\"#2ca02c\", style=dashed") != std::string::npos);
  const auto m = mechanism_dot(ds, {"c5-india"});
  CHECK(m.find("\"IN\" -- \"KZ\";") != std::string::npos);
  CHECK(std::count(m.begin(), m.end(), '-') >= 10);
}

TEST_CASE("GeoJSON escapes quotes, backslashes and control characters, and reads back the same text") {
  const std::string awkward = "Quote \" backslash \\ newline \n return \r tab \t bell \x07 end — UTF-8 kept";
  dataset_builder b;
  b.add(source{.id = {"ref"}, .title = "reference", .kind = source_kind::reference});
  b.add(party{.id = {"KZ"}, .name = "Kazakhstan", .iso_code = "KZ"});
  b.add(node{.id = {"a"}, .name = awkward, .aliases = {}, .kind = node_kind::city, .country = {"KZ"}, .lat = 43.2, .lon = 76.9,
             .citations = {{.source = {"ref"}, .quote = "coordinates"}}});
  const dataset ds = std::move(b).build();
  const auto text = network_geojson(ds);
  CHECK(text.find("\\u0007") != std::string::npos);
  CHECK(text.find("\\r") != std::string::npos);
  CHECK(text.find("\\t") != std::string::npos);
  const auto v = boost::json::parse(text);
  CHECK(v.at("features").as_array()[0].at("properties").at("name").as_string() == awkward);
}
