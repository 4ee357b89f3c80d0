#include "fixtures.hpp"

#include <regcoop/dataset/dataset.hpp>
#include <regcoop/detail/tables.hpp>

#include <doctest/doctest.h>

#include <algorithm>

#include <cmath>
#include <limits>
#include <string>

using namespace regcoop;
using fixtures::has_problem;
using fixtures::problems_of;
using fixtures::small_builder;

TEST_CASE("a valid builder yields a dataset with O(1) lookups by id") {
  const dataset ds = small_builder().build();
  CHECK(ds.parties().size() == 5);
  CHECK(ds.size() == 15);
  REQUIRE(ds.find(party_id{"KZ"}) != nullptr);
  CHECK(ds.find(party_id{"KZ"})->name == "Kazakhstan");
  CHECK(ds.find(party_id{"XX"}) == nullptr);
  CHECK(ds.at(project_id{"p1"}).name == "Railway");
  CHECK(ds.position(node_id{"astana"}) == std::optional<std::size_t>{1});
}

TEST_CASE("at() on an unknown id throws unknown_id naming kind and id") {
  const dataset ds = small_builder().build();
  try {
    (void)ds.at(project_id{"nope"});
    FAIL("at() did not throw");
  } catch (const error& e) {
    CHECK(e.code() == errc::unknown_id);
    CHECK(std::string(e.what()).find("projects/nope") != std::string::npos);
  }
}

TEST_CASE("datasets compare by content — copies share storage") {
  const dataset a = small_builder().build();
  const dataset b = small_builder().build();
  const dataset c = a;  // NOLINT(performance-unnecessary-copy-initialization)
  CHECK(a == b);
  CHECK(a == c);
  CHECK(&a.parties()[0] == &c.parties()[0]);
  auto builder = small_builder();
  builder.add(party{.id = {"UZ"}, .name = "Uzbekistan", .iso_code = "UZ"});
  CHECK(builder.build() != a);
  CHECK(dataset{} == dataset{});
  CHECK(dataset{}.size() == 0);
}

TEST_CASE("build() const& keeps the builder — build() && empties it") {
  auto b = small_builder();
  const dataset first = b.build();
  const dataset second = b.build();
  CHECK(first == second);
  const dataset moved = std::move(b).build();
  CHECK(moved == first);
}

TEST_CASE("add(dataset) copies every record, so a dataset can be extended") {
  const dataset base = small_builder().build();
  dataset_builder b;
  b.add(base);
  b.add(party{.id = {"UZ"}, .name = "Uzbekistan", .iso_code = "UZ"});
  const dataset ext = b.build();
  CHECK(ext.size() == base.size() + 1);
  CHECK(ext.find(party_id{"UZ"}) != nullptr);
}

TEST_CASE("duplicate ids are rejected") {
  auto b = small_builder();
  b.add(party{.id = {"KZ"}, .name = "Kazakhstan again", .iso_code = "KZ"});
  const auto ps = problems_of(b);
  CHECK(has_problem(ps, errc::duplicate_id, "parties/KZ", "id"));
}

TEST_CASE("ids of different kinds may coincide") {
  auto b = small_builder();
  b.add(project{.id = {"KZ"}, .name = "A project called KZ"});
  CHECK(problems_of(b).empty());
}

TEST_CASE("dangling references are rejected with the path of the field") {
  auto b = small_builder();
  b.add(project{.id = {"p2"}, .name = "P2", .hosts = {{"KZ"}, {"ZZ"}}, .parent = project_id{"missing"}});
  b.add(event{.id = {"e2"}, .name = "E2", .place = node_id{"nowhere"}});
  b.add(agreement{.id = {"a2"}, .name = "A2", .parties = {{.party = {"CN"}}, {.party = {"ghost"}}}});
  const auto ps = problems_of(b);
  CHECK(has_problem(ps, errc::dangling_reference, "projects/p2", "hosts/1"));
  CHECK(has_problem(ps, errc::dangling_reference, "projects/p2", "parent"));
  CHECK(has_problem(ps, errc::dangling_reference, "events/e2", "place"));
  CHECK(has_problem(ps, errc::dangling_reference, "agreements/a2", "parties/1/party"));
}

TEST_CASE("citations must name a known source and carry a short, non-empty quote") {
  auto b = small_builder();
  b.add(project{.id = {"p2"},
                .name = "P2",
                .citations = {{{"unknown-source"}, "q"}, {{"src"}, ""}, {{"src"}, std::string(301, 'x')}}});
  const auto ps = problems_of(b);
  CHECK(has_problem(ps, errc::dangling_reference, "projects/p2", "citations/0/source"));
  CHECK(has_problem(ps, errc::empty_name, "projects/p2", "citations/1/quote"));
  CHECK(has_problem(ps, errc::invalid_value, "projects/p2", "citations/2/quote"));
}

TEST_CASE("unknown ISO codes are rejected") {
  auto b = small_builder();
  b.add(party{.id = {"XX"}, .name = "Nowhere", .iso_code = "XX"});
  b.add(party{.id = {"KAZ"}, .name = "Alpha-3 is not accepted", .iso_code = "KAZ"});
  const auto ps = problems_of(b);
  CHECK(has_problem(ps, errc::unknown_country, "parties/XX", "iso_code"));
  CHECK(has_problem(ps, errc::unknown_country, "parties/KAZ", "iso_code"));
}

TEST_CASE("invalid dates are rejected, month 13 and 30 February among them") {
  auto b = small_builder();
  b.add(event{.id = {"e13"}, .name = "E", .date = partial_date{2025, 13}});
  b.add(event{.id = {"e30"}, .name = "E", .date = partial_date{2024, 2, 30}});
  b.add(event{.id = {"e0"}, .name = "E", .date = partial_date{2024, 0, 5}});
  const auto ps = problems_of(b);
  CHECK(has_problem(ps, errc::invalid_date, "events/e13", "date"));
  CHECK(has_problem(ps, errc::invalid_date, "events/e30", "date"));
  CHECK(has_problem(ps, errc::invalid_date, "events/e0", "date"));
  const auto it = std::find_if(ps.begin(), ps.end(), [](const problem& p) { return p.record == "events/e13"; });
  REQUIRE(it != ps.end());
  CHECK(it->message == "month 13 out of range");
}

TEST_CASE("inverted dates are rejected: ranges, agreement dates, status history") {
  auto b = small_builder();
  b.add(party{.id = {"EU2"},
              .kind = party_kind::bloc,
              .name = "Bloc",
              .members = {{.member = {"DE"}, .period = {.from = partial_date{2020}, .to = partial_date{2019}}}}});
  b.add(agreement{.id = {"a2"},
                  .name = "A2",
                  .parties = {{.party = {"CN"}, .signed_on = partial_date{2025, 5}, .in_force_from = partial_date{2024}},
                              {.party = {"KZ"}}}});
  b.add(project{.id = {"p2"},
                .name = "P2",
                .status_history = {{.status = project_status::operating, .since = partial_date{2024}},
                                   {.status = project_status::planned, .since = partial_date{2020}}}});
  const auto ps = problems_of(b);
  CHECK(has_problem(ps, errc::inverted_dates, "parties/EU2", "members/0/period"));
  CHECK(has_problem(ps, errc::inverted_dates, "agreements/a2", "parties/0/in_force_from"));
  CHECK(has_problem(ps, errc::inverted_dates, "projects/p2", "status_history/1/since"));
}

TEST_CASE("overlapping partial dates are not inverted: 'May 2025' to '2025' is fine") {
  auto b = small_builder();
  b.add(agreement{.id = {"a2"},
                  .name = "A2",
                  .parties = {{.party = {"CN"}, .signed_on = partial_date{2025, 5}, .in_force_from = partial_date{2025}},
                              {.party = {"KZ"}}}});
  CHECK(problems_of(b).empty());
}

TEST_CASE("contradictory bounds are rejected") {
  auto b = small_builder();
  b.add(indicator{.id = {"i-range"}, .measure = "m", .name = "I", .subjects = {{"CN"}},
                  .value = regcoop::figure{.value = 10, .upper = 5.0, .bound = bound::range}});
  b.add(indicator{.id = {"i-noupper"}, .measure = "m", .name = "I", .subjects = {{"CN"}},
                  .value = regcoop::figure{.value = 10, .bound = bound::range}});
  b.add(indicator{.id = {"i-atleast"}, .measure = "m", .name = "I", .subjects = {{"CN"}},
                  .value = regcoop::figure{.value = 17, .upper = 20.0, .bound = bound::at_least}});
  const auto ps = problems_of(b);
  CHECK(has_problem(ps, errc::contradictory_bound, "indicators/i-range", "value/upper"));
  CHECK(has_problem(ps, errc::contradictory_bound, "indicators/i-noupper", "value/upper"));
  CHECK(has_problem(ps, errc::contradictory_bound, "indicators/i-atleast", "value/upper"));
}

TEST_CASE("money needs a currency, and only money has one") {
  auto b = small_builder();
  b.add(indicator{.id = {"i1"}, .measure = "m", .name = "I", .subjects = {{"CN"}}, .value = regcoop::figure{.value = 1, .unit = unit::money}});
  b.add(indicator{.id = {"i2"}, .measure = "m", .name = "I", .subjects = {{"CN"}},
                  .value = regcoop::figure{.value = 1, .unit = unit::km, .currency = "USD"}});
  const auto ps = problems_of(b);
  CHECK(has_problem(ps, errc::invalid_value, "indicators/i1", "value/currency"));
  CHECK(has_problem(ps, errc::invalid_value, "indicators/i2", "value/currency"));
}

TEST_CASE("NaN and infinity are rejected wherever a number is") {
  auto b = small_builder();
  b.add(node{.id = {"n-nan"}, .name = "N", .country = {"KZ"}, .lat = std::nan(""), .lon = 0});
  b.add(segment{.id = {"s-inf"}, .from = {"xian"}, .to = {"astana"}, .mode = transport_mode::road,
                .length_km = std::numeric_limits<double>::infinity()});
  b.add(project{.id = {"p-nan"}, .name = "P", .figures = {{.value = 1, .upper = std::nan(""), .bound = bound::range}}});
  const auto ps = problems_of(b);
  CHECK(has_problem(ps, errc::not_finite, "nodes/n-nan", "lat"));
  CHECK(has_problem(ps, errc::not_finite, "segments/s-inf", "length_km"));
  CHECK(has_problem(ps, errc::not_finite, "projects/p-nan", "figures/0/upper"));
}

TEST_CASE("empty names and ids are rejected") {
  auto b = small_builder();
  b.add(project{.id = {"p-noname"}, .name = ""});
  b.add(project{.id = {""}, .name = "No id"});
  b.add(mechanism{.id = {"m2"}, .name = "M", .core = {{"KZ"}}, .partner = {"CN"},
                  .bodies = {{.name = "", .kind = body_kind::secretariat}}});
  const auto ps = problems_of(b);
  CHECK(has_problem(ps, errc::empty_name, "projects/p-noname", "name"));
  CHECK(has_problem(ps, errc::empty_name, "projects/#2", "id"));
  CHECK(has_problem(ps, errc::empty_name, "mechanisms/m2", "bodies/0/name"));
}

TEST_CASE("segments: negative km, bad gauge, gauge off rail, a loop") {
  auto b = small_builder();
  b.add(segment{.id = {"neg"}, .from = {"xian"}, .to = {"astana"}, .mode = transport_mode::rail, .length_km = -5});
  b.add(segment{.id = {"gauge"}, .from = {"xian"}, .to = {"astana"}, .mode = transport_mode::rail, .length_km = 5,
                .gauge_mm = 5});
  b.add(segment{.id = {"road-gauge"}, .from = {"xian"}, .to = {"astana"}, .mode = transport_mode::road,
                .length_km = 5, .gauge_mm = 1435});
  b.add(segment{.id = {"loop"}, .from = {"xian"}, .to = {"xian"}, .mode = transport_mode::road, .length_km = 5,
                .hours = -1.0});
  const auto ps = problems_of(b);
  CHECK(has_problem(ps, errc::invalid_value, "segments/neg", "length_km"));
  CHECK(has_problem(ps, errc::invalid_value, "segments/gauge", "gauge_mm"));
  CHECK(has_problem(ps, errc::invalid_value, "segments/road-gauge", "gauge_mm"));
  CHECK(has_problem(ps, errc::invalid_value, "segments/loop", "to"));
  CHECK(has_problem(ps, errc::invalid_value, "segments/loop", "hours"));
}

TEST_CASE("corridor segments must form a chain") {
  auto b = small_builder();
  b.add(node{.id = {"baku"}, .name = "Baku", .country = {"KZ"}, .lat = 40.4, .lon = 49.9});
  b.add(node{.id = {"tbilisi"}, .name = "Tbilisi", .country = {"KZ"}, .lat = 41.7, .lon = 44.8});
  b.add(segment{.id = {"baku-tbilisi"}, .from = {"baku"}, .to = {"tbilisi"}, .mode = transport_mode::road, .length_km = 5});
  b.add(corridor{.id = {"broken"}, .name = "Broken", .segments = {{"xian-astana"}, {"baku-tbilisi"}}});
  b.add(corridor{.id = {"empty"}, .name = "Empty"});
  const auto ps = problems_of(b);
  CHECK(has_problem(ps, errc::invalid_value, "corridors/broken", "segments/1"));
  CHECK(has_problem(ps, errc::invalid_value, "corridors/empty", "segments"));
}

TEST_CASE("party rules: no self-membership, organisations have a kind and a home country") {
  auto b = small_builder();
  b.add(party{.id = {"B"}, .kind = party_kind::bloc, .name = "B", .members = {{.member = {"B"}}}});
  b.add(party{.id = {"O"}, .kind = party_kind::organisation, .name = "O"});
  b.add(party{.id = {"O2"}, .kind = party_kind::organisation, .name = "O2", .organisation = organisation_kind::company,
              .home_country = party_id{"EU"}});
  b.add(party{.id = {"C"}, .kind = party_kind::country, .name = "C", .iso_code = "FR", .members = {{.member = {"DE"}}}});
  const auto ps = problems_of(b);
  CHECK(has_problem(ps, errc::invalid_value, "parties/B", "members/0/member"));
  CHECK(has_problem(ps, errc::invalid_value, "parties/O", "organisation"));
  CHECK(has_problem(ps, errc::invalid_value, "parties/O2", "home_country"));
  CHECK(has_problem(ps, errc::invalid_value, "parties/C", "members"));
}

TEST_CASE("mechanism, agreement, project and indicator rules") {
  auto b = small_builder();
  b.add(mechanism{.id = {"m-empty"}, .name = "M", .partner = {"CN"}});
  b.add(mechanism{.id = {"m-self"}, .name = "M", .core = {{"CN"}}, .partner = {"CN"}});
  b.add(agreement{.id = {"a-one"}, .name = "A", .parties = {{.party = {"CN"}}}});
  b.add(project{.id = {"p-self"}, .name = "P", .hosts = {{"aix"}}, .parent = project_id{"p-self"}});
  b.add(indicator{.id = {"i-nosubj"}, .measure = "", .name = "I"});
  b.add(indicator{.id = {"i-note"}, .measure = "exports", .name = "I", .subjects = {{"KZ"}}, .note = "robust growth"});
  const auto ps = problems_of(b);
  CHECK(has_problem(ps, errc::invalid_value, "mechanisms/m-empty", "core"));
  CHECK(has_problem(ps, errc::invalid_value, "mechanisms/m-self", "core/0"));
  CHECK(has_problem(ps, errc::invalid_value, "agreements/a-one", "parties"));
  CHECK(has_problem(ps, errc::invalid_value, "projects/p-self", "parent"));
  CHECK(has_problem(ps, errc::invalid_value, "projects/p-self", "hosts/0"));
  CHECK(has_problem(ps, errc::empty_name, "indicators/i-nosubj", "measure"));
  CHECK(has_problem(ps, errc::invalid_value, "indicators/i-nosubj", "subjects"));
  CHECK(has_problem(ps, errc::invalid_value, "indicators/i-nosubj", "value"));
  CHECK_FALSE(std::any_of(ps.begin(), ps.end(), [](const problem& p) { return p.record == "indicators/i-note"; }));
}

TEST_CASE("enum values outside the enumeration are rejected") {
  auto b = small_builder();
  b.add(project{.id = {"p-enum"}, .name = "P", .kind = static_cast<project_kind>(99)});
  CHECK(has_problem(problems_of(b), errc::invalid_value, "projects/p-enum", "kind"));
}

TEST_CASE("one error lists every problem, and what() names record and field of each") {
  auto b = small_builder();
  b.add(party{.id = {"XX"}, .name = "", .iso_code = "XX"});
  b.add(event{.id = {"e13"}, .name = "E", .date = partial_date{2025, 13}});
  try {
    (void)b.build();
    FAIL("build() accepted bad records");
  } catch (const error& e) {
    CHECK(e.problems().size() == 3);
    CHECK(e.code() == errc::empty_name);  // the first problem found
    const std::string what = e.what();
    CHECK(what.find("3 problems:") == 0);
    CHECK(what.find("unknown_country: parties/XX/iso_code: 'XX' is not a code of the state registry") != std::string::npos);
    CHECK(what.find("empty_name: parties/XX/name: the name is empty") != std::string::npos);
    CHECK(what.find("invalid_date: events/e13/date: month 13 out of range") != std::string::npos);
  }
  CHECK(b.check().size() == 3);
}

TEST_CASE("try_build reports problems without throwing and keeps the records") {
  dataset_builder b;
  b.add(party{.id = {"KZ"}, .name = "Kazakhstan", .iso_code = "KZ"});
  b.add(agreement{.id = {"a"}, .name = "A", .parties = {{.party = {"XX"}}}});
  std::vector<problem> probs;
  auto ds = std::move(b).try_build(probs);
  CHECK_FALSE(ds.has_value());
  REQUIRE_FALSE(probs.empty());
  CHECK(std::any_of(probs.begin(), probs.end(), [](const problem& p) {
    return p.code == errc::dangling_reference && p.record == "agreements/a" && p.field == "parties/0/party";
  }));
  CHECK(b.check().size() == probs.size());  // the records are still there
  dataset_builder ok;
  ok.add(party{.id = {"KZ"}, .name = "Kazakhstan", .iso_code = "KZ"});
  auto good = std::move(ok).try_build(probs);
  REQUIRE(good.has_value());
  CHECK(probs.empty());
  CHECK(good->parties().size() == 1);
}

TEST_CASE("id index of a table: finds every id, misses absent ones, reports duplicates, copies re-index") {
  detail::table<party> t;
  for (int i = 0; i < 1000; ++i) t.rows.push_back(party{.id = {"p" + std::to_string(i)}});
  t.rows.push_back(party{.id = {"p17"}});  // a duplicate of row 17
  t.reset_index();
  std::vector<std::uint32_t> dups;
  for (std::uint32_t i = 0; i < t.rows.size(); ++i)
    if (const auto first = t.insert(i)) dups.push_back(*first);
  CHECK(dups == std::vector<std::uint32_t>{17});
  for (std::uint32_t i = 0; i < 1000; ++i) CHECK(t.find("p" + std::to_string(i)) == std::optional<std::uint32_t>(i));
  CHECK_FALSE(t.find("p1000"));
  CHECK_FALSE(t.find(""));
  CHECK_FALSE(t.find("P1"));  // ids are case-sensitive
  // Moving keeps the index (the rows' storage moves with it); a copy starts unindexed.
  detail::table<party> moved = std::move(t);
  CHECK(moved.find("p999") == std::optional<std::uint32_t>(999));
  detail::table<party> copy = moved;
  CHECK_FALSE(copy.find("p999"));
  copy.reset_index();
  for (std::uint32_t i = 0; i < copy.rows.size(); ++i) (void)copy.insert(i);
  CHECK(copy.find("p999") == std::optional<std::uint32_t>(999));
  CHECK(&copy.rows[999] != &moved.rows[999]);
}
