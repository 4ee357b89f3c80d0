#pragma once
// A small valid dataset for tests, and helpers to look into errors.

#include <regcoop/dataset/dataset.hpp>
#include <regcoop/model/records.hpp>

#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

namespace fixtures {

inline regcoop::citation cite(std::string quote) { return {{"src"}, std::move(quote)}; }

// A source ("src") and two countries (KZ, CN): the start of datasets built case by case.
inline regcoop::dataset_builder two_countries() {
  using namespace regcoop;
  dataset_builder b;
  b.add(source{.id = {"src"}, .title = "A test source", .kind = source_kind::reference});
  b.add(party{.id = {"KZ"}, .name = "Kazakhstan", .iso_code = "KZ"});
  b.add(party{.id = {"CN"}, .name = "China", .iso_code = "CN"});
  return b;
}

// Two countries, a bloc, an organisation, a mechanism, an event, an agreement, a project,
// two nodes, a segment, a corridor and an indicator, all valid.
inline regcoop::dataset_builder small_builder() {
  using namespace regcoop;
  dataset_builder b;
  b.add(source{.id = {"src"}, .title = "A test source", .publisher = "tests", .date = partial_date{2025, 6},
               .kind = source_kind::reference});
  b.add(party{.id = {"CN"}, .kind = party_kind::country, .name = "China", .iso_code = "CN"});
  b.add(party{.id = {"KZ"}, .kind = party_kind::country, .name = "Kazakhstan", .iso_code = "KZ"});
  b.add(party{.id = {"DE"}, .kind = party_kind::country, .name = "Germany", .iso_code = "DE"});
  b.add(party{.id = {"EU"},
              .kind = party_kind::bloc,
              .name = "European Union",
              .members = {{.member = {"DE"}, .period = {.from = partial_date{1993, 11, 1}}}}});
  b.add(party{.id = {"aix"},
              .kind = party_kind::organisation,
              .name = "Astana International Exchange",
              .organisation = organisation_kind::exchange,
              .home_country = party_id{"KZ"}});
  b.add(mechanism{.id = {"cca"}, .name = "China–Central Asia", .core = {{"KZ"}}, .partner = {"CN"},
                  .citations = {cite("the China-Central Asia mechanism")}});
  b.add(node{.id = {"xian"}, .name = "Xi'an", .country = {"CN"}, .lat = 34.34, .lon = 108.94});
  b.add(node{.id = {"astana"}, .name = "Astana", .country = {"KZ"}, .lat = 51.17, .lon = 71.45});
  b.add(event{.id = {"summit-2"}, .name = "Second summit", .kind = event_kind::summit, .mechanism = mechanism_id{"cca"},
              .ordinal = 2, .date = partial_date{2025, 6}, .place = node_id{"astana"}});
  b.add(agreement{.id = {"visa"},
                  .name = "Visa exemption",
                  .kind = agreement_kind::visa_exemption,
                  .parties = {{.party = {"CN"}, .in_force_from = partial_date{2023, 11, 10}},
                              {.party = {"KZ"}, .in_force_from = partial_date{2023, 11, 10}}},
                  .status = agreement_status::in_force});
  b.add(segment{.id = {"xian-astana"}, .from = {"xian"}, .to = {"astana"}, .mode = transport_mode::rail,
                .length_km = 3000, .gauge_mm = 1435});
  b.add(corridor{.id = {"c1"}, .name = "Corridor", .segments = {{"xian-astana"}}});
  b.add(project{.id = {"p1"},
                .name = "Railway",
                .kind = project_kind::railway,
                .hosts = {{"KZ"}},
                .status_history = {{.status = project_status::planned, .since = partial_date{2020}},
                                   {.status = project_status::under_construction, .since = partial_date{2024, 5}}},
                .figures = {{.value = 1, .unit = unit::count}}});
  b.add(indicator{.id = {"trade"},
                  .measure = indicators::trade,
                  .name = "Trade",
                  .subjects = {{"CN"}},
                  .counterparts = {{"KZ"}},
                  .value = regcoop::figure{.value = 94.8e9, .unit = unit::money, .currency = "USD",
                            .period = date_range::of(partial_date{2024})}});
  return b;
}

// The problems `build()` reports, or an empty vector when it succeeds.
inline std::vector<regcoop::problem> problems_of(const regcoop::dataset_builder& b) {
  try {
    (void)b.build();
  } catch (const regcoop::error& e) {
    return e.problems();
  }
  return {};
}

// True when some problem has this code, record and field.
inline bool has_problem(const std::vector<regcoop::problem>& ps, regcoop::errc code, const std::string& record,
                        const std::string& field) {
  return std::any_of(ps.begin(), ps.end(), [&](const regcoop::problem& p) {
    return p.code == code && p.record == record && p.field == field;
  });
}

}  // namespace fixtures
