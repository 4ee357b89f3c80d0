// Edge cases the other tests leave out: undated and reported-only timeline entries, diff of
// lists of different lengths and one-sided optionals, error formatting without a record,
// country keys that are neither codes nor names; route options that change weights one at a
// time.

#include "fixtures.hpp"

#include <regcoop/model/country.hpp>
#include <regcoop/dataset/diff.hpp>
#include <regcoop/model/error.hpp>
#include <regcoop/network/network.hpp>
#include <regcoop/query/timeline.hpp>

#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

using namespace regcoop;

namespace {
const std::vector<citation> cite{fixtures::cite("q")};
dataset_builder parties() { return fixtures::two_countries(); }
}  // namespace

TEST_CASE("timelines: reported-only statuses, founding dates, indicator dates, undated entries last") {
  auto b = parties();
  b.add(mechanism{.id = {"m"}, .name = "M", .core = {{"KZ"}}, .partner = {"CN"}, .founded = partial_date{2020}, .citations = cite});
  b.add(event{.id = {"e"}, .name = "Summit", .kind = event_kind::summit, .mechanism = mechanism_id{"m"}, .date = partial_date{2023, 5}, .citations = cite});
  b.add(event{.id = {"u"}, .name = "Undated meeting", .mechanism = mechanism_id{"m"}, .citations = cite});
  b.add(project{.id = {"p"}, .name = "Line", .hosts = {{"KZ"}},
                .status_history = {{.status = project_status::planned, .since = partial_date{2021}, .reported = {}},
                                   {.status = project_status::under_construction, .since = {}, .reported = partial_date{2025, 6}}},
                .citations = cite});
  b.add(indicator{.id = {"i"}, .measure = "trade", .name = "Trade", .subjects = {{"KZ"}}, .counterparts = {{"CN"}},
                  .value = figure{.value = 1, .unit = unit::money, .currency = "USD", .period = date_range{partial_date{2023}, partial_date{2024}}},
                  .citations = cite});
  const dataset ds = std::move(b).build();

  const auto p = timeline(ds, project_id{"p"});
  REQUIRE(p.size() == 2);
  CHECK(p[1].what == "Line: under_construction (reported by 2025-06)");
  CHECK(p[1].date == partial_date{2025, 6});

  const auto m = timeline(ds, mechanism_id{"m"});
  REQUIRE(m.size() == 3);
  CHECK(m[0].what == "M founded");
  CHECK(m[1].record == "events/e");
  CHECK_FALSE(m[2].date.has_value());  // the undated meeting comes last
  CHECK(m[2].order_note == "undated");

  const auto pair = timeline(ds, party_id{"KZ"}, party_id{"CN"});
  const auto trade = std::find_if(pair.begin(), pair.end(), [](const timeline_entry& t) { return t.record == "indicators/i"; });
  REQUIRE(trade != pair.end());
  CHECK(trade->date == partial_date{2024});  // the end of the period
}

TEST_CASE("diff: lists of different lengths and one-sided optionals") {
  auto a = parties();
  auto b = parties();
  a.add(project{.id = {"p"}, .name = "P", .hosts = {{"KZ"}}, .citations = cite});
  b.add(project{.id = {"p"}, .name = "P", .hosts = {{"KZ"}, {"CN"}}, .parent = {}, .citations = cite});
  a.add(event{.id = {"e"}, .name = "E", .citations = cite});
  b.add(event{.id = {"e"}, .name = "E", .date = partial_date{2024}, .citations = cite});
  const auto d = diff(std::move(a).build(), std::move(b).build());
  const auto has = [&](const char* record, const char* field) {
    return std::any_of(d.begin(), d.end(), [&](const difference& x) { return x.record == record && x.field == field; });
  };
  CHECK(has("projects/p", "hosts"));
  CHECK(has("events/e", "date"));
}

TEST_CASE("error text: a problem with only a field, or with neither record nor field") {
  const error only_field(errc::io_error, "", "data.json", "cannot open the file for reading");
  CHECK(std::string(only_field.what()) == "io_error: data.json: cannot open the file for reading");
  const error bare(errc::invalid_value, "", "", "something");
  CHECK(std::string(bare.what()) == "invalid_value: something");
  CHECK(bare.code() == errc::invalid_value);
}

TEST_CASE("country keys: digits, mixed keys and numeric codes") {
  CHECK(find_country("398") != nullptr);
  CHECK(find_country("398")->alpha2 == std::string_view("KZ"));
  CHECK(find_country("9999") == nullptr);  // more than three digits
  CHECK(find_country("39a") == nullptr);
  CHECK(find_country("K1") == nullptr);
  CHECK(find_country("") == nullptr);
  CHECK(find_country("999") == nullptr);  // no such numeric code
}

TEST_CASE("route options that change the weights, each alone, and rail without a gauge") {
  auto b = parties();
  for (const char* n : {"a", "b", "c"})
    b.add(node{.id = {n}, .name = n, .kind = node_kind::city, .country = {"KZ"}, .lat = 40, .lon = 70, .citations = cite});
  b.add(segment{.id = {"ab"}, .from = {"a"}, .to = {"b"}, .mode = transport_mode::rail, .length_km = 10, .gauge_mm = 1520, .citations = cite});
  b.add(segment{.id = {"bc"}, .from = {"b"}, .to = {"c"}, .mode = transport_mode::rail, .length_km = 10, .citations = cite});  // gauge unknown
  b.add(segment{.id = {"ac"}, .from = {"a"}, .to = {"c"}, .mode = transport_mode::road, .length_km = 50, .status = segment_status::planned, .citations = cite});
  const dataset ds = std::move(b).build();
  const network net(ds);
  const node_id a{"a"}, c{"c"};
  CHECK(net.shortest_route(a, c).found->km == doctest::Approx(20.0));
  CHECK(net.shortest_route(a, c, {.modes = {transport_mode::road}}).found == std::nullopt);  // the road is only planned
  CHECK(net.shortest_route(a, c, {.modes = {transport_mode::road}, .statuses = {segment_status::operating, segment_status::planned}}).found->km ==
        doctest::Approx(50.0));
  CHECK(net.shortest_route(a, c, {.avoid_borders = {{{"KZ"}, {"CN"}}}}).found->km == doctest::Approx(20.0));
  CHECK(net.shortest_route(a, c, {.avoid_countries = {{"KZ"}}}).found == std::nullopt);
  // No gauge break where a rail segment's gauge is unknown.
  const auto r = net.shortest_route(a, c, {.gauge_break_penalty = 100});
  REQUIRE(r.found);
  CHECK(r.found->gauge_breaks.empty());
  CHECK(r.found->cost == doctest::Approx(20.0));
}
