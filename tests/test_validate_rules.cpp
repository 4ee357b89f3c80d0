// Each validation rule, one broken record at a time: the builder reports the expected code
// for the expected record and field, and nothing for the valid base.

#include "fixtures.hpp"

#include <regcoop/dataset/dataset.hpp>

#include <doctest/doctest.h>

#include <algorithm>
#include <functional>
#include <limits>
#include <string>
#include <vector>

using namespace regcoop;

namespace {

const std::vector<citation> cite{fixtures::cite("q")};

// A small valid dataset: two countries, three nodes in a line, two segments.
dataset_builder base() {
  auto b = fixtures::two_countries();
  for (const char* n : {"a", "b", "c"})
    b.add(node{.id = {n}, .name = n, .aliases = {}, .kind = node_kind::city, .country = {"KZ"}, .lat = 40, .lon = 70, .citations = cite});
  b.add(segment{.id = {"ab"}, .from = {"a"}, .to = {"b"}, .mode = transport_mode::road, .length_km = 10, .citations = cite});
  b.add(segment{.id = {"bc"}, .from = {"b"}, .to = {"c"}, .mode = transport_mode::road, .length_km = 10, .citations = cite});
  return b;
}

struct rule_case {
  const char* name;
  std::function<void(dataset_builder&)> add;
  errc code;
  const char* record;
  const char* field;
};

}  // namespace

TEST_CASE("each record rule reports its code, record and field") {
  CHECK(base().check().empty());
  const auto fig = [](figure f) {
    return indicator{.id = {"i"}, .measure = "m", .name = "I", .subjects = {{"KZ"}}, .value = f, .citations = cite};
  };
  const std::vector<rule_case> cases{
      {"latitude above 90", [](auto& b) { b.add(node{.id = {"n"}, .name = "N", .kind = node_kind::city, .country = {"KZ"}, .lat = 91, .lon = 0, .citations = cite}); }, errc::invalid_value, "nodes/n", "lat"},
      {"latitude below -90", [](auto& b) { b.add(node{.id = {"n"}, .name = "N", .kind = node_kind::city, .country = {"KZ"}, .lat = -91, .lon = 0, .citations = cite}); }, errc::invalid_value, "nodes/n", "lat"},
      {"longitude below -180", [](auto& b) { b.add(node{.id = {"n"}, .name = "N", .kind = node_kind::city, .country = {"KZ"}, .lat = 0, .lon = -181, .citations = cite}); }, errc::invalid_value, "nodes/n", "lon"},
      {"longitude above 180", [](auto& b) { b.add(node{.id = {"n"}, .name = "N", .kind = node_kind::city, .country = {"KZ"}, .lat = 0, .lon = 181, .citations = cite}); }, errc::invalid_value, "nodes/n", "lon"},
      {"negative hours", [](auto& b) { b.add(segment{.id = {"x"}, .from = {"a"}, .to = {"c"}, .mode = transport_mode::road, .length_km = 1, .hours = -1.0, .citations = cite}); }, errc::invalid_value, "segments/x", "hours"},
      {"gauge on a road", [](auto& b) { b.add(segment{.id = {"x"}, .from = {"a"}, .to = {"c"}, .mode = transport_mode::road, .length_km = 1, .gauge_mm = 1435, .citations = cite}); }, errc::invalid_value, "segments/x", "gauge_mm"},
      {"rail gauge out of range", [](auto& b) { b.add(segment{.id = {"x"}, .from = {"a"}, .to = {"c"}, .mode = transport_mode::rail, .length_km = 1, .gauge_mm = 2000, .citations = cite}); }, errc::invalid_value, "segments/x", "gauge_mm"},
      {"corridor with a gap", [](auto& b) {
         b.add(segment{.id = {"ca"}, .from = {"c"}, .to = {"a"}, .mode = transport_mode::road, .length_km = 1, .citations = cite});
         b.add(node{.id = {"d"}, .name = "D", .kind = node_kind::city, .country = {"KZ"}, .lat = 0, .lon = 0, .citations = cite});
         b.add(node{.id = {"e"}, .name = "E", .kind = node_kind::city, .country = {"KZ"}, .lat = 0, .lon = 0, .citations = cite});
         b.add(segment{.id = {"de"}, .from = {"d"}, .to = {"e"}, .mode = transport_mode::road, .length_km = 1, .citations = cite});
         b.add(corridor{.id = {"k"}, .name = "K", .segments = {{"ab"}, {"de"}}, .citations = cite});
       }, errc::invalid_value, "corridors/k", "segments/1"},
      {"range below its lower end", [&](auto& b) { b.add(fig(figure{.value = 5, .upper = 4.0, .bound = bound::range, .unit = unit::km})); }, errc::contradictory_bound, "indicators/i", "value/upper"},
      {"range without an upper end", [&](auto& b) { b.add(fig(figure{.value = 5, .bound = bound::range, .unit = unit::km})); }, errc::contradictory_bound, "indicators/i", "value/upper"},
      {"upper end without a range", [&](auto& b) { b.add(fig(figure{.value = 5, .upper = 6.0, .bound = bound::approx, .unit = unit::km})); }, errc::contradictory_bound, "indicators/i", "value/upper"},
      {"currency on kilometres", [&](auto& b) { b.add(fig(figure{.value = 5, .unit = unit::km, .currency = "USD"})); }, errc::invalid_value, "indicators/i", "value/currency"},
      {"money without currency", [&](auto& b) { b.add(fig(figure{.value = 5, .unit = unit::money})); }, errc::invalid_value, "indicators/i", "value/currency"},
      {"negative price year", [&](auto& b) { b.add(fig(figure{.value = 5, .unit = unit::money, .currency = "USD", .price_year = -1})); }, errc::invalid_value, "indicators/i", "value/price_year"},
      {"price year zero", [&](auto& b) { b.add(fig(figure{.value = 5, .unit = unit::money, .currency = "USD", .price_year = 0})); }, errc::invalid_value, "indicators/i", "value/price_year"},
      {"price year on a count", [&](auto& b) { b.add(fig(figure{.value = 5, .unit = unit::count, .price_year = 2021})); }, errc::invalid_value, "indicators/i", "value/price_year"},
      {"observation of nothing", [](auto& b) { b.add(indicator{.id = {"i"}, .measure = "m", .name = "I", .value = figure{.value = 1, .unit = unit::km}, .citations = cite}); }, errc::invalid_value, "indicators/i", "subjects"},
      {"observation without value or note", [](auto& b) { b.add(indicator{.id = {"i"}, .measure = "m", .name = "I", .subjects = {{"KZ"}}, .citations = cite}); }, errc::invalid_value, "indicators/i", "value"},
      {"ISO code on a bloc", [](auto& b) { b.add(party{.id = {"B"}, .kind = party_kind::bloc, .name = "Bloc", .iso_code = "KZ"}); }, errc::invalid_value, "parties/B", "iso_code"},
      {"members of a country", [](auto& b) { b.add(party{.id = {"X"}, .name = "X", .iso_code = "DE", .members = {{.member = {"KZ"}}}}); }, errc::invalid_value, "parties/X", "members"},
      {"an organisation that is its own member", [](auto& b) {
         b.add(party{.id = {"B"}, .kind = party_kind::bloc, .name = "Bloc", .members = {{.member = {"B"}}}});
       }, errc::invalid_value, "parties/B", "members/0/member"},
      {"organisations that are members of each other", [](auto& b) {
         b.add(party{.id = {"B"}, .kind = party_kind::bloc, .name = "Bloc", .members = {{.member = {"C"}}}});
         b.add(party{.id = {"C"}, .kind = party_kind::organisation, .name = "Org", .organisation = organisation_kind::forum,
                     .members = {{.member = {"B"}}}});
       }, errc::invalid_value, "parties/C", "members"},
      {"overlapping spells of one member", [](auto& b) {
         b.add(party{.id = {"O"}, .kind = party_kind::organisation, .name = "Org", .organisation = organisation_kind::forum,
                     .members = {{.member = {"KZ"}, .role = membership_role::observer, .period = {partial_date{2005}, partial_date{2017}}},
                                 {.member = {"KZ"}, .period = {partial_date{2016}, std::nullopt}}}});
       }, errc::invalid_value, "parties/O", "members/1"},
      {"reported with a known beginning", [](auto& b) {
         b.add(party{.id = {"O"}, .kind = party_kind::organisation, .name = "Org", .organisation = organisation_kind::forum,
                     .members = {{.member = {"KZ"}, .period = {partial_date{2005}, std::nullopt}, .reported = partial_date{2006}}}});
       }, errc::invalid_value, "parties/O", "members/0/reported"},
      {"reported after the end", [](auto& b) {
         b.add(party{.id = {"O"}, .kind = party_kind::organisation, .name = "Org", .organisation = organisation_kind::forum,
                     .members = {{.member = {"KZ"}, .period = {std::nullopt, partial_date{2005}}, .reported = partial_date{2006}}}});
       }, errc::inverted_dates, "parties/O", "members/0/reported"},
      {"dissolved before founded", [](auto& b) {
         b.add(party{.id = {"O"}, .kind = party_kind::organisation, .name = "Org", .organisation = organisation_kind::forum,
                     .founded = partial_date{2005}, .dissolved = partial_date{2001}});
       }, errc::inverted_dates, "parties/O", "dissolved"},
      {"seat of a country", [](auto& b) { b.add(party{.id = {"X"}, .name = "X", .iso_code = "DE", .seat = "Berlin"}); }, errc::invalid_value, "parties/X", "seat"},
      {"established_by on a country", [](auto& b) {
         b.add(party{.id = {"X"}, .name = "X", .iso_code = "DE", .established_by = agreement_id{"a"}});
         b.add(agreement{.id = {"a"}, .name = "A", .parties = {{.party = {"X"}}, {.party = {"KZ"}}}});
       }, errc::invalid_value, "parties/X", "established_by"},
      {"ratified before signed", [](auto& b) {
         b.add(agreement{.id = {"a"}, .name = "A", .parties = {{.party = {"KZ"}, .signed_on = partial_date{2010}, .ratified_on = partial_date{2009}}, {.party = {"KZ"}}}});
       }, errc::inverted_dates, "agreements/a", "parties/0/ratified_on"},
      {"organisation without a kind", [](auto& b) { b.add(party{.id = {"O"}, .kind = party_kind::organisation, .name = "Org"}); }, errc::invalid_value, "parties/O", "organisation"},
      {"organisation kind on a country", [](auto& b) { b.add(party{.id = {"X"}, .name = "X", .iso_code = "DE", .organisation = organisation_kind::company}); }, errc::invalid_value, "parties/X", "organisation"},
      {"home country of a country", [](auto& b) { b.add(party{.id = {"X"}, .name = "X", .iso_code = "DE", .home_country = party_id{"KZ"}}); }, errc::invalid_value, "parties/X", "home_country"},
      {"unknown ISO code", [](auto& b) { b.add(party{.id = {"X"}, .name = "X", .iso_code = "QQ"}); }, errc::unknown_country, "parties/X", "iso_code"},
      {"partner in its own core", [](auto& b) { b.add(mechanism{.id = {"m"}, .name = "M", .core = {{"KZ"}, {"CN"}}, .partner = {"CN"}, .citations = cite}); }, errc::invalid_value, "mechanisms/m", "core/1"},
      {"mechanism without core", [](auto& b) { b.add(mechanism{.id = {"m"}, .name = "M", .partner = {"CN"}, .citations = cite}); }, errc::invalid_value, "mechanisms/m", "core"},
      {"agreement ending before signature", [](auto& b) {
         b.add(agreement{.id = {"g"}, .name = "G", .parties = {{.party = {"KZ"}, .signed_on = partial_date{2020}, .ended_on = partial_date{2019}},
                                                               {.party = {"CN"}, .signed_on = partial_date{2020}}}, .citations = cite});
       }, errc::inverted_dates, "agreements/g", "parties/0/ended_on"},
      {"project as its own parent", [](auto& b) { b.add(project{.id = {"p"}, .name = "P", .parent = project_id{"p"}, .citations = cite}); }, errc::invalid_value, "projects/p", "parent"},
      {"day without month", [](auto& b) { b.add(event{.id = {"e"}, .name = "E", .date = partial_date{2020, 0, 5}, .citations = cite}); }, errc::invalid_date, "events/e", "date"},
      {"empty reference", [](auto& b) {
         b.add(agreement{.id = {"g"}, .name = "G", .parties = {{.party = {"KZ"}}, {.party = {""}}}, .citations = cite});
       }, errc::dangling_reference, "agreements/g", "parties/1/party"},
      {"month 13", [](auto& b) { b.add(event{.id = {"e"}, .name = "E", .date = partial_date{2020, 13}, .citations = cite}); }, errc::invalid_date, "events/e", "date"},
      {"year zero", [](auto& b) { b.add(event{.id = {"e"}, .name = "E", .date = partial_date{0}, .citations = cite}); }, errc::invalid_date, "events/e", "date"},
  };
  for (const auto& c : cases) {
    CAPTURE(c.name);
    auto b = base();
    c.add(b);
    const auto probs = b.check();
    const bool found = std::any_of(probs.begin(), probs.end(), [&](const problem& p) {
      return p.code == c.code && p.record == c.record && p.field == c.field;
    });
    std::string got;
    for (const auto& p : probs) got += std::string(to_string(p.code)) + " " + p.record + " " + p.field + "; ";
    CAPTURE(got);
    CHECK(found);
  }
}

TEST_CASE("valid corner cases: corridors joined at either end, observations of a corridor") {
  auto b = base();
  b.add(segment{.id = {"ac"}, .from = {"a"}, .to = {"c"}, .mode = transport_mode::road, .length_km = 20, .citations = cite});
  b.add(corridor{.id = {"reverse"}, .name = "R", .segments = {{"bc"}, {"ab"}}, .citations = cite});  // meet at b: from of one, to of the other
  b.add(corridor{.id = {"fork"}, .name = "F", .segments = {{"ab"}, {"ac"}}, .citations = cite});     // meet at a: both start there
  b.add(corridor{.id = {"tail"}, .name = "T", .segments = {{"ac"}, {"bc"}}, .citations = cite});     // meet at c: both end there
  b.add(indicator{.id = {"trains"}, .measure = "trains", .name = "Trains", .corridor = corridor_id{"fork"},
                  .value = figure{.value = 19000, .bound = bound::approx, .unit = unit::trains}, .citations = cite});
  const auto probs = b.check();
  std::string got;
  for (const auto& p : probs) got += p.record + " " + p.field + " " + p.message + "; ";
  CAPTURE(got);
  CHECK(probs.empty());
}
