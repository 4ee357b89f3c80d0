#pragma once
/// @file impl/china_central_asia.ipp
/// @brief The definition of `data::china_central_asia()` (declared in
/// `regcoop/data/china_central_asia.hpp`): every record of the embedded default dataset.
/// Included by that header in header-only mode and by `regcoop/src.hpp` under
/// REGCOOP_SEPARATE_COMPILATION.

#include "regcoop/data/china_central_asia.hpp"

#include <string>
#include <utility>
#include <vector>

REGCOOP_STRING_WARNINGS_BEGIN

namespace regcoop::data {

namespace detail {

inline citation said(std::string quote) { return {{opinion_source_id}, std::move(quote)}; }
inline citation geo(std::string what) { return {{"ref-geography"}, std::move(what)}; }
inline citation iso(std::string what) { return {{"ref-iso3166"}, std::move(what)}; }

inline std::vector<party_id> c5() { return {{"KZ"}, {"KG"}, {"TJ"}, {"TM"}, {"UZ"}}; }
inline std::vector<party_id> c5_and_china() {
  auto v = c5();
  v.insert(v.begin(), party_id{"CN"});
  return v;
}
inline std::vector<agreement_party> signatories(const std::vector<party_id>& ps, std::optional<partial_date> signed_on) {
  std::vector<agreement_party> out;
  for (const auto& p : ps) out.push_back({.party = p, .signed_on = signed_on, .in_force_from = {}, .ended_on = {}});
  return out;
}

inline const char* const five = "the five Central Asian countries";
inline const char* const others =
    "While the Central Asian countries have formed C5+1 mechanisms even with other economies including the United "
    "States, the European Union, Russia and India";

inline void add_sources(dataset_builder& b) {
  b.add(source{.id = {opinion_source_id},
               .title = "‘C5+1’ an inclusive, mutually beneficial regional mechanism – Opinion",
               .publisher = "China Daily (aggregated by Pune Media)",
               .date = partial_date{2025, 6},
               .kind = source_kind::opinion,
               .url = {},
               .note = "By a researcher at the Institute of Russian, Central Asian and East European Studies, Chinese "
                       "Academy of Social Sciences; published around the second China-Central Asia Summit. Relative "
                       "dates are resolved against June 2025: 'last year' = 2024, 'in May' = May 2025."});
  b.add(source{.id = {"ref-iso3166"},
               .title = "ISO 3166-1 country codes",
               .publisher = "ISO (as shipped by Debian's iso-codes package)",
               .date = {},
               .kind = source_kind::reference,
               .url = {},
               .note = "Public reference values; not stated in the opinion piece."});
  b.add(source{.id = {"ref-geography"},
               .title = "Public reference values: coordinates, rail gauges and approximate route lengths",
               .publisher = "well-known public references (atlases, railway gazetteers)",
               .date = {},
               .kind = source_kind::reference,
               .url = {},
               .note = "Added so that routes between the places the opinion piece names can be computed; lengths are "
                       "rounded approximations; not stated in the opinion piece."});
  b.add(source{.id = {"ref-cku-railway"},
               .title = "China–Kyrgyzstan–Uzbekistan railway",
               .publisher = "Wikipedia",
               .date = {},
               .kind = source_kind::reference,
               .url = "https://en.wikipedia.org/wiki/China%E2%80%93Kyrgyzstan%E2%80%93Uzbekistan_railway",
               .note = "Route Kashgar - Torugart - Jalal-Abad - Andijan, 532 km: 158 km in China, 305 km in Kyrgyzstan, "
                       "69 km in Uzbekistan. Not stated in the opinion piece."});
  b.add(source{.id = {"ref-alashankou-station"},
               .title = "Alashankou railway station",
               .publisher = "Wikipedia",
               .date = {},
               .kind = source_kind::reference,
               .url = "https://en.wikipedia.org/wiki/Alashankou_railway_station",
               .note = "Coordinates of the station: 45°10′13″N 82°34′13″E (45.17028, 82.57028), on the Chinese side of "
                       "the Dzungarian Gate, the last station of the Northern Xinjiang branch of the Lanxin railway before "
                       "Kazakhstan. Not stated in the opinion piece."});
  b.add(source{.id = {"ref-eu-membership"},
               .title = "Accession dates of the member states of the European Union (and its predecessor Communities)",
               .publisher = "public reference values",
               .date = {},
               .kind = source_kind::reference,
               .url = {},
               .note = "Not stated in the opinion piece."});
  b.add(source{.id = {"ref-visa"},
               .title = "Entry-into-force dates of the China-Kazakhstan and China-Uzbekistan visa exemption agreements",
               .publisher = "public reference values (government announcements)",
               .date = {},
               .kind = source_kind::reference,
               .url = {},
               .note = "Dates not stated in the opinion piece, which says only that the agreements are implemented."});
}

inline party country_party(const char* code, const char* name, std::vector<citation> cites) {
  return party{.id = {code},
               .kind = party_kind::country,
               .name = name,
               .aliases = {},
               .iso_code = code,
               .organisation = organisation_kind::none,
               .home_country = {},
               .members = {},
               .citations = std::move(cites)};
}

inline void add_parties(dataset_builder& b) {
  b.add(country_party("CN", "China",
                      {said("second China-Central Asia Summit in Astana, Kazakhstan is likely to deepen China”s "
                            "cooperation with the five Central Asian countries")}));
  b.add(country_party("KZ", "Kazakhstan", {said(five), said("second China-Central Asia Summit in Astana, Kazakhstan")}));
  b.add(country_party("KG", "Kyrgyzstan", {said(five), said("the China-Kyrgyzstan-Uzbekistan Railway")}));
  b.add(country_party("TJ", "Tajikistan", {said(five)}));
  b.add(country_party("TM", "Turkmenistan", {said(five)}));
  b.add(country_party("UZ", "Uzbekistan", {said(five), said("the China-Kyrgyzstan-Uzbekistan Railway")}));
  b.add(country_party("US", "United States", {said(others)}));
  b.add(country_party("RU", "Russia", {said(others)}));
  b.add(country_party("IN", "India", {said(others)}));
  // Transit countries of the corridors (reference values only).
  for (auto [code, name] : {std::pair{"AZ", "Azerbaijan"}, std::pair{"GE", "Georgia"}, std::pair{"TR", "Türkiye"},
                            std::pair{"BY", "Belarus"}, std::pair{"RS", "Serbia"}})
    b.add(country_party(code, name, {iso(std::string(code) + ": transit country of a corridor to Europe")}));

  // The EU: a party of its own and a bloc of dated members.
  struct accession {
    const char* code;
    const char* name;
    partial_date from;
    std::optional<partial_date> to;
  };
  const std::vector<accession> eu = {
      {"BE", "Belgium", {1958, 1, 1}, {}},      {"DE", "Germany", {1958, 1, 1}, {}},
      {"FR", "France", {1958, 1, 1}, {}},       {"IT", "Italy", {1958, 1, 1}, {}},
      {"LU", "Luxembourg", {1958, 1, 1}, {}},   {"NL", "Netherlands", {1958, 1, 1}, {}},
      {"DK", "Denmark", {1973, 1, 1}, {}},      {"IE", "Ireland", {1973, 1, 1}, {}},
      {"GB", "United Kingdom", {1973, 1, 1}, partial_date{2020, 1, 31}},
      {"GR", "Greece", {1981, 1, 1}, {}},       {"ES", "Spain", {1986, 1, 1}, {}},
      {"PT", "Portugal", {1986, 1, 1}, {}},     {"AT", "Austria", {1995, 1, 1}, {}},
      {"FI", "Finland", {1995, 1, 1}, {}},      {"SE", "Sweden", {1995, 1, 1}, {}},
      {"CY", "Cyprus", {2004, 5, 1}, {}},       {"CZ", "Czechia", {2004, 5, 1}, {}},
      {"EE", "Estonia", {2004, 5, 1}, {}},      {"HU", "Hungary", {2004, 5, 1}, {}},
      {"LV", "Latvia", {2004, 5, 1}, {}},       {"LT", "Lithuania", {2004, 5, 1}, {}},
      {"MT", "Malta", {2004, 5, 1}, {}},        {"PL", "Poland", {2004, 5, 1}, {}},
      {"SK", "Slovakia", {2004, 5, 1}, {}},     {"SI", "Slovenia", {2004, 5, 1}, {}},
      {"BG", "Bulgaria", {2007, 1, 1}, {}},     {"RO", "Romania", {2007, 1, 1}, {}},
      {"HR", "Croatia", {2013, 7, 1}, {}},
  };
  std::vector<membership> members;
  for (const auto& a : eu) {
    b.add(country_party(a.code, a.name, {iso(std::string(a.code) + ": member state of the European Union")}));
    members.push_back({.member = {a.code}, .period = {.from = a.from, .to = a.to}});
  }
  b.add(party{.id = {"EU"},
              .kind = party_kind::bloc,
              .name = "European Union",
              .aliases = {"EU"},
              .iso_code = {},
              .organisation = organisation_kind::economic_union,
              .home_country = {},
              .members = std::move(members),
              .citations = {said(others),
                            {{"ref-eu-membership"}, "Membership periods: accession to the European Communities / "
                                                    "European Union; the United Kingdom left on 2020-01-31"}}});

  const char* exchanges =
      "the Astana International Exchange and the Shanghai Data Exchange signing a strategic cooperation agreement in "
      "May to promote regional digital economic integration";
  b.add(party{.id = {"aix"},
              .kind = party_kind::organisation,
              .name = "Astana International Exchange",
              .aliases = {"AIX"},
              .iso_code = {},
              .organisation = organisation_kind::exchange,
              .home_country = party_id{"KZ"},
              .members = {},
              .citations = {said(exchanges)}});
  b.add(party{.id = {"sde"},
              .kind = party_kind::organisation,
              .name = "Shanghai Data Exchange",
              .aliases = {"SDE"},
              .iso_code = {},
              .organisation = organisation_kind::exchange,
              .home_country = party_id{"CN"},
              .members = {},
              .citations = {said(exchanges)}});
}

inline mechanism c5_format(const char* id, const char* partner, const char* name, std::vector<std::string> aliases) {
  return mechanism{.id = {id},
                   .name = name,
                   .aliases = std::move(aliases),
                   .core = c5(),
                   .partner = {partner},
                   .founded = {},
                   .sectors = {},
                   .bodies = {},
                   .citations = {said(others)}};
}

inline void add_mechanisms(dataset_builder& b) {
  const auto body_of = [](const char* name, body_kind kind, std::vector<sector> sectors,
                          std::optional<partial_date> established, std::optional<event_id> at,
                          std::vector<citation> cites, std::optional<party_id> seat = std::nullopt) {
    return body{.name = name,
                .kind = kind,
                .sectors = std::move(sectors),
                .seat = std::move(seat),
                .established = established,
                .established_at = std::move(at),
                .citations = std::move(cites)};
  };
  const char* xian_summit =
      "The first China-Central Asia Summit, held in Xi’an, Shaanxi province, in 2023, announced the establishment of a "
      "ministerial-level meeting mechanism and a permanent secretariat in China";
  b.add(mechanism{
      .id = {"china-central-asia"},
      .name = "China–Central Asia mechanism",
      .aliases = {"China-Central Asia mechanism", "C5+China", "C+C5"},
      .core = c5(),
      .partner = {"CN"},
      .founded = {},
      .sectors = {sector::politics, sector::trade, sector::investment, sector::agriculture, sector::infrastructure,
                  sector::transport, sector::energy, sector::green_energy, sector::digital, sector::finance,
                  sector::security, sector::emergency_management, sector::cybersecurity, sector::people_to_people,
                  sector::education, sector::culture},
      .bodies =
          {body_of("China–Central Asia Summit", body_kind::summit, {sector::politics}, partial_date{2023},
                   event_id{"summit-2023-xian"}, {said("The first China-Central Asia Summit")}),
           body_of("Ministerial-level meeting mechanism", body_kind::ministerial_meeting, {sector::politics},
                   partial_date{2023}, event_id{"summit-2023-xian"}, {said(xian_summit)}),
           body_of("Permanent secretariat", body_kind::secretariat, {sector::politics}, partial_date{2023},
                   event_id{"summit-2023-xian"}, {said(xian_summit)}, party_id{"CN"}),
           body_of("Transport ministers' conference", body_kind::ministerial_meeting, {sector::transport}, {}, {},
                   {said("the second China-Central Asia transport ministers’ conference in May")}),
           body_of("Meeting mechanism of ministers of public security and internal affairs",
                   body_kind::ministerial_meeting, {sector::security}, {}, {},
                   {said("the two sides have established a mechanism for meetings between ministers of public "
                         "security and internal affairs")}),
           body_of("Intelligence-sharing mechanisms", body_kind::other, {sector::security}, {}, {},
                   {said("while building other intelligence-sharing mechanisms, which have helped improve regional "
                         "security governance")}),
           body_of("Emergency management ministerial meetings", body_kind::ministerial_meeting,
                   {sector::emergency_management}, {}, {},
                   {said("Cooperation between the two sides has been even more extensive in the non-traditional "
                         "security field. For example, they have held ministerial-level meetings")}),
           body_of("China–Central Asia emergency management cooperation system", body_kind::cooperation_system,
                   {sector::emergency_management}, {}, {},
                   {said("established a China-Central Asia emergency management cooperation system")}),
           body_of("Emergency management working group", body_kind::working_group, {sector::emergency_management}, {},
                   {}, {said("formed an emergency management working group")}),
           body_of("Education ministers' meeting", body_kind::ministerial_meeting, {sector::education},
                   partial_date{2025, 5}, event_id{"education-ministers-2025"},
                   {said("the two sides also held the inaugural China-Central Asia education ministers’ meeting in "
                         "May")}),
           body_of("Industry–education integration alliance", body_kind::alliance, {sector::education},
                   partial_date{2025, 5}, event_id{"education-ministers-2025"},
                   {said("which led to the launch of the industry-education integration alliance")})},
      .citations = {
          said("they attach greater importance to the China-Central Asia mechanism, because the latter closely aligns "
               "with their core development and security needs, and is focused on building a China-Central Asia "
               "community with a shared future"),
          said("Deep mutual political trust forms the foundation of the China-Central Asia partnership. Central Asian "
               "nations see China as a reliable partner that upholds their sovereignty and rejects external "
               "interference."),
          said("China also advocates equal partnerships, and emphasizes that the mechanism not be targeted at any "
               "third party."),
          said("This mutually beneficial institutional arrangement provides critical support for boosting the "
               "capability of Central Asian countries to collectively address complex internal and external "
               "challenges"),
          said("Economic integration and shared development are the core driving force of the China-Central Asia "
               "mechanism."),
          said("China has played a pivotal role in improving regional connectivity, helping Central Asia transition "
               "from a “landlocked “to a “land-linked” hub."),
          said("Security cooperation is another vital aspect of the China-Central Asia partnership"),
          said("The China-Central Asia partnership continues to evolve across economic, security and cultural "
               "fields")}});
  b.add(c5_format("c5-us", "US", "C5+1 (United States)", {"C5+1"}));
  b.add(c5_format("c5-eu", "EU", "EU–Central Asia (C5+EU)", {"C5+EU"}));
  b.add(c5_format("c5-russia", "RU", "Russia–Central Asia (C5+Russia)", {"C5+Russia"}));
  b.add(c5_format("c5-india", "IN", "India–Central Asia (C5+India)", {"C5+India"}));
}

inline event event_of(const char* id, const char* name, event_kind kind, int ordinal, std::optional<partial_date> date,
                      std::optional<node_id> place, std::vector<sector> sectors, std::vector<std::string> outcomes,
                      std::vector<citation> cites) {
  return event{.id = {id},
               .name = name,
               .kind = kind,
               .mechanism = mechanism_id{"china-central-asia"},
               .ordinal = ordinal,
               .date = date,
               .place = std::move(place),
               .sectors = std::move(sectors),
               .outcomes = std::move(outcomes),
               .citations = std::move(cites)};
}

inline void add_events(dataset_builder& b) {
  b.add(event_of("summit-2023-xian", "First China–Central Asia Summit", event_kind::summit, 1, partial_date{2023},
                 node_id{"xian"}, {sector::politics},
                 {"Announced the establishment of a ministerial-level meeting mechanism",
                  "Announced the establishment of a permanent secretariat in China"},
                 {said("The first China-Central Asia Summit, held in Xi’an, Shaanxi province, in 2023, announced the "
                       "establishment of a ministerial-level meeting mechanism and a permanent secretariat in China, "
                       "transforming a shared vision into reality.")}));
  b.add(event_of("summit-2025-astana", "Second China–Central Asia Summit", event_kind::summit, 2, partial_date{2025, 6},
                 node_id{"astana"},
                 {sector::agriculture, sector::infrastructure, sector::security, sector::digital, sector::energy,
                  sector::green_energy},
                 {"Expected to deepen cooperation in agriculture, infrastructure, security, digital technology and "
                  "energy including green energy"},
                 {said("The second China-Central Asia Summit in Astana, Kazakhstan is likely to deepen China”s "
                       "cooperation with the five Central Asian countries, especially in the fields of agriculture, "
                       "infrastructure, security, digital technology, and energy including green energy."),
                  said("This photo taken on June 14, 2025 shows the Baiterek Tower in Astana, Kazakhstan.")}));
  b.add(event_of("transport-ministers-2025", "Second China–Central Asia transport ministers' conference",
                 event_kind::ministerial_meeting, 2, partial_date{2025, 5}, {}, {sector::transport},
                 {"Memorandum of cooperation to improve logistics efficiency"},
                 {said("a memorandum of cooperation being signed at the second China-Central Asia transport "
                       "ministers’ conference in May to improve logistics efficiency")}));
  b.add(event_of("education-ministers-2025", "First China–Central Asia education ministers' meeting",
                 event_kind::ministerial_meeting, 1, partial_date{2025, 5}, {}, {sector::education},
                 {"Launch of the industry-education integration alliance"},
                 {said("the two sides also held the inaugural China-Central Asia education ministers’ meeting in May, "
                       "which led to the launch of the industry-education integration alliance")}));
  b.add(event_of("emergency-ministers", "China–Central Asia emergency management ministerial meetings",
                 event_kind::ministerial_meeting, 0, {}, {}, {sector::emergency_management},
                 {"Established a China-Central Asia emergency management cooperation system",
                  "Adopted action plans", "Formed an emergency management working group"},
                 {said("they have held ministerial-level meetings, established a China-Central Asia emergency "
                       "management cooperation system, adopted action plans, formed an emergency management working "
                       "group")}));
}

inline agreement agreement_of(const char* id, const char* name, agreement_kind kind, std::vector<sector> sectors,
                              std::vector<agreement_party> parties, std::optional<event_id> at,
                              agreement_status status, const char* summary, std::vector<citation> cites) {
  return agreement{.id = {id},
                   .name = name,
                   .kind = kind,
                   .sectors = std::move(sectors),
                   .parties = std::move(parties),
                   .signed_at = std::move(at),
                   .mechanism = mechanism_id{"china-central-asia"},
                   .status = status,
                   .summary = summary,
                   .citations = std::move(cites)};
}

inline void add_agreements(dataset_builder& b) {
  b.add(agreement_of("transport-moc-2025", "Memorandum of cooperation of the second transport ministers' conference",
                     agreement_kind::memorandum_of_cooperation, {sector::transport},
                     signatories(c5_and_china(), partial_date{2025, 5}), event_id{"transport-ministers-2025"},
                     agreement_status::concluded, "To improve logistics efficiency.",
                     {said("a memorandum of cooperation being signed at the second China-Central Asia transport "
                           "ministers’ conference in May to improve logistics efficiency")}));
  b.add(agreement_of("aix-sde-2025", "Astana International Exchange – Shanghai Data Exchange strategic cooperation agreement",
                     agreement_kind::strategic_cooperation_agreement, {sector::digital, sector::finance},
                     signatories({{"aix"}, {"sde"}}, partial_date{2025, 5}), {}, agreement_status::concluded,
                     "To promote regional digital economic integration.",
                     {said("The country has also made breakthroughs in digital economy cooperation, with the Astana "
                           "International Exchange and the Shanghai Data Exchange signing a strategic cooperation "
                           "agreement in May to promote regional digital economic integration.")}));
  const char* visa =
      "with visa exemption agreements implemented between China and Kazakhstan, and China and Uzbekistan";
  const auto in_force = [](const char* a, const char* c, partial_date d) {
    return std::vector<agreement_party>{{.party = {a}, .signed_on = {}, .in_force_from = d, .ended_on = {}},
                                        {.party = {c}, .signed_on = {}, .in_force_from = d, .ended_on = {}}};
  };
  b.add(agreement_of("visa-cn-kz", "China–Kazakhstan mutual visa exemption agreement", agreement_kind::visa_exemption,
                     {sector::people_to_people}, in_force("CN", "KZ", {2023, 11, 10}), {}, agreement_status::in_force,
                     "Mutual visa exemption for short stays.",
                     {said(visa), {{"ref-visa"}, "China-Kazakhstan mutual visa exemption in force from 2023-11-10"}}));
  b.add(agreement_of("visa-cn-uz", "China–Uzbekistan mutual visa exemption agreement", agreement_kind::visa_exemption,
                     {sector::people_to_people}, in_force("CN", "UZ", {2025, 6, 1}), {}, agreement_status::in_force,
                     "Mutual visa exemption for short stays.",
                     {said(visa), {{"ref-visa"}, "China-Uzbekistan mutual visa exemption in force from 2025-06-01"}}));
  b.add(agreement_of("emergency-action-plans", "China–Central Asia emergency management action plans",
                     agreement_kind::action_plan, {sector::emergency_management}, signatories(c5_and_china(), {}),
                     event_id{"emergency-ministers"}, agreement_status::concluded,
                     "Action plans of the emergency management cooperation system.",
                     {said("established a China-Central Asia emergency management cooperation system, adopted action "
                           "plans")}));
  const char* partnership =
      "High-level exchanges and alignment with the Belt and Road Initiative have further strengthened their relations, "
      "elevating them to comprehensive strategic partnerships.";
  struct partner_row {
    const char* code;
    const char* id;
    const char* name;
  };
  for (auto [code, id, name] : {partner_row{"KZ", "partnership-cn-kz", "Kazakhstan"},
                                partner_row{"KG", "partnership-cn-kg", "Kyrgyzstan"},
                                partner_row{"TJ", "partnership-cn-tj", "Tajikistan"},
                                partner_row{"TM", "partnership-cn-tm", "Turkmenistan"},
                                partner_row{"UZ", "partnership-cn-uz", "Uzbekistan"}}) {
    b.add(agreement_of(id, (std::string("China–") + name + " comprehensive strategic partnership").c_str(),
                       agreement_kind::declaration, {sector::politics}, signatories({{"CN"}, {code}}, {}), {},
                       agreement_status::concluded, "Relations elevated to a comprehensive strategic partnership.",
                       {said(partnership)}));
  }
}

inline project project_of(const char* id, const char* name, std::vector<std::string> aliases, project_kind kind,
                          std::vector<sector> sectors, std::vector<party_id> hosts, std::vector<participant> who,
                          std::vector<status_change> history, std::vector<citation> cites) {
  return project{.id = {id},
                 .name = name,
                 .aliases = std::move(aliases),
                 .kind = kind,
                 .sectors = std::move(sectors),
                 .hosts = std::move(hosts),
                 .participants = std::move(who),
                 .status_history = std::move(history),
                 .figures = {},
                 .parent = {},
                 .corridors = {},
                 .mechanism = mechanism_id{"china-central-asia"},
                 .summary = {},
                 .citations = std::move(cites)};
}

inline std::vector<participant> partners(std::initializer_list<const char*> ids,
                                         participant_role role = participant_role::partner) {
  std::vector<participant> out;
  for (const char* i : ids) out.push_back({.party = {i}, .role = role});
  return out;
}

inline void add_projects(dataset_builder& b) {
  const status_change reported_under_construction{.status = project_status::under_construction,
                                                  .since = {},
                                                  .reported = partial_date{2025, 6}};
  const status_change reported_operating{.status = project_status::operating, .since = {}, .reported = partial_date{2025, 6}};
  const char* tunnels = "work has begun on three critical tunnels of the China-Kyrgyzstan-Uzbekistan Railway";

  auto cku = project_of("cku-railway", "China–Kyrgyzstan–Uzbekistan Railway", {"CKU railway", "China-Kyrgyzstan-Uzbekistan Railway"},
                        project_kind::railway, {sector::transport, sector::infrastructure}, {{"CN"}, {"KG"}, {"UZ"}},
                        partners({"CN", "KG", "UZ"}), {reported_under_construction}, {said(tunnels)});
  cku.corridors = {{"cku"}};
  cku.summary = "Railway from Kashgar through Kyrgyzstan to Andijan; work has begun on three tunnels.";
  b.add(std::move(cku));

  auto tun = project_of("cku-tunnels", "Three critical tunnels of the China–Kyrgyzstan–Uzbekistan Railway", {},
                        project_kind::tunnel, {sector::transport, sector::infrastructure}, {{"KG"}},
                        partners({"CN", "KG", "UZ"}), {reported_under_construction}, {said(tunnels)});
  tun.parent = project_id{"cku-railway"};
  tun.figures = {figure{.value = 3, .upper = {}, .bound = bound::exact, .unit = unit::count, .currency = {},
                        .price_year = {}, .of = "tunnels", .period = {}, .as_of = partial_date{2025, 6}}};
  b.add(std::move(tun));

  auto port = project_of("xian-land-port", "Xi'an land port", {"Xi'an International Port", "Xi’an land port"},
                         project_kind::dry_port, {sector::transport}, {{"CN"}}, partners({"CN", "KZ"}),
                         {reported_operating},
                         {said("China and Kazakhstan have decided to better utilize the Xi’an land port")});
  port.summary = "China and Kazakhstan decided to make better use of it.";
  b.add(std::move(port));

  const char* energy =
      "China and Kazakhstan have deepened cooperation in the energy sector, especially in major projects such as the "
      "Turgusun hydropower and Shymkent Oil Refinery modernization projects";
  b.add(project_of("turgusun-hpp", "Turgusun hydropower project", {"Turgusun HPP"}, project_kind::hydropower,
                   {sector::energy, sector::green_energy}, {{"KZ"}}, partners({"CN", "KZ"}), {}, {said(energy)}));
  auto shym = project_of("shymkent-refinery", "Shymkent Oil Refinery modernization project", {"Shymkent refinery"},
                         project_kind::oil_refinery, {sector::energy}, {{"KZ"}}, partners({"CN", "KZ"}), {},
                         {said(energy)});
  b.add(std::move(shym));

  const char* other_energy =
      "China is engaged in other energy projects, too, including wind and solar energy projects, and hybrid "
      "locomotives.";
  b.add(project_of("wind-projects", "Wind energy projects", {}, project_kind::wind, {sector::energy, sector::green_energy},
                   {}, partners({"CN"}), {}, {said(other_energy)}));
  b.add(project_of("solar-projects", "Solar energy projects", {}, project_kind::solar,
                   {sector::energy, sector::green_energy}, {}, partners({"CN"}), {}, {said(other_energy)}));
  b.add(project_of("hybrid-locomotives", "Hybrid locomotives", {}, project_kind::rolling_stock,
                   {sector::energy, sector::transport}, {}, partners({"CN"}), {}, {said(other_energy)}));

  b.add(project_of("belt-and-road", "Belt and Road Initiative (alignment)", {"BRI"}, project_kind::programme,
                   {sector::politics, sector::infrastructure}, {}, partners({"CN"}, participant_role::sponsor), {},
                   {said("High-level exchanges and alignment with the Belt and Road Initiative have further "
                         "strengthened their relations")}));
  b.add(project_of("cybersecurity-support", "Cybersecurity equipment support and expert training", {},
                   project_kind::programme, {sector::cybersecurity, sector::security}, c5(),
                   partners({"CN"}, participant_role::supplier), {},
                   {said("China is also lending equipment support to the Central Asian nations and organizing "
                         "training for their experts so they could strengthen their cybersecurity capability.")}));
  b.add(project_of("emergency-training-drills", "Joint emergency response training and drills", {},
                   project_kind::programme, {sector::emergency_management}, c5_and_china(),
                   partners({"CN", "KZ", "KG", "TJ", "TM", "UZ"}), {},
                   {said("strengthened their joint response capability through rigorous training and regular "
                         "drills")}));
  const char* platforms = "Aside from the establishment of educational platforms such as the Confucius Institutes and "
                          "Luban Workshops";
  b.add(project_of("confucius-institutes", "Confucius Institutes", {}, project_kind::education_platform,
                   {sector::education}, {}, partners({"CN"}, participant_role::sponsor), {reported_operating},
                   {said(platforms)}));
  b.add(project_of("luban-workshops", "Luban Workshops", {}, project_kind::education_platform, {sector::education}, {},
                   partners({"CN"}, participant_role::sponsor), {reported_operating}, {said(platforms)}));
  const char* culture =
      "As for cultural cooperation between the two sides, it covers archaeology, heritage conservation, exchanges "
      "between museums and return of cultural artifacts, along with reciprocal cultural years and festivals which "
      "deepen mutual understanding.";
  for (auto [id, name] : {std::pair{"culture-archaeology", "Archaeological cooperation"},
                          std::pair{"culture-heritage", "Heritage conservation"},
                          std::pair{"culture-museums", "Exchanges between museums"},
                          std::pair{"culture-artifacts", "Return of cultural artifacts"},
                          std::pair{"culture-years-festivals", "Reciprocal cultural years and festivals"}})
    b.add(project_of(id, name, {}, project_kind::programme, {sector::culture}, {},
                     partners({"CN", "KZ", "KG", "TJ", "TM", "UZ"}), {}, {said(culture)}));
}

inline figure usd(double v, bound bd, date_range period, std::optional<partial_date> as_of) {
  return figure{.value = v, .upper = {}, .bound = bd, .unit = unit::money, .currency = "USD", .price_year = {},
                .of = {}, .period = period, .as_of = as_of};
}

inline indicator indicator_of(const char* id, const char* measure, const char* name, std::vector<party_id> subjects,
                              std::vector<party_id> counterparts, std::vector<sector> sectors,
                              std::optional<figure> value, const char* note, std::vector<citation> cites) {
  return indicator{.id = {id},
                   .measure = measure,
                   .name = name,
                   .subjects = std::move(subjects),
                   .counterparts = std::move(counterparts),
                   .corridor = {},
                   .sectors = std::move(sectors),
                   .value = std::move(value),
                   .note = note,
                   .citations = std::move(cites)};
}

inline void add_indicators(dataset_builder& b) {
  const auto y2024 = date_range::of(partial_date{2024});
  b.add(indicator_of("trade-cn-c5-2024", indicators::trade, "China–Central Asia trade in 2024", {{"CN"}}, c5(),
                     {sector::trade}, usd(94.8e9, bound::exact, y2024, {}), "",
                     {said("overall China-Central Asia trade reached $94.8 billion last year")}));
  b.add(indicator_of("fdi-cn-c5-2024", indicators::fdi_stock, "China's cumulative direct investment in Central Asia",
                     {{"CN"}}, c5(), {sector::investment}, usd(17e9, bound::at_least, {}, partial_date{2024, 12}), "",
                     {said("China’s cumulative direct investment in Central Asia exceeded $17 billion at the end of "
                           "last year")}));
  b.add(indicator_of("contracted-cn-c5-2024", indicators::contracted_turnover,
                     "China's contracted project turnover in Central Asia", {{"CN"}}, c5(),
                     {sector::investment, sector::infrastructure}, usd(60e9, bound::at_least, {}, partial_date{2024, 12}),
                     "", {said("while the total contracted project turnover surpassed $60 billion")}));
  b.add(indicator_of("trains-2024", indicators::train_count, "China-Europe (Central Asia) freight trains operated in 2024",
                     {{"CN"}}, {{"KZ"}, {"KG"}, {"TJ"}, {"TM"}, {"UZ"}, {"EU"}}, {sector::transport},
                     figure{.value = 19000, .upper = {}, .bound = bound::approx, .unit = unit::trains, .currency = {},
                            .price_year = {}, .of = {}, .period = y2024,
                            .as_of = {}},
                     "", {said("In 2024, a total of around 19,000 China-Europe (Central Asia) freight trains were "
                               "operated")}));
  auto share = indicator_of(
      "trains-via-kz-share-2024", indicators::train_share,
      "Share of China-Europe (Central Asia) trains transiting Kazakhstan in 2024", {{"KZ"}}, {}, {sector::transport},
      figure{.value = 80, .upper = {}, .bound = bound::approx, .unit = unit::percent, .currency = {}, .price_year = {},
             .of = "China-Europe (Central Asia) trains operated in 2024", .period = y2024, .as_of = {}},
      "", {said("with the China-Europe (Central Asia) trains transiting through Kazakhstan accounting for about 80 "
                "percent of the total number of trains operated")});
  share.corridor = corridor_id{"china-europe-via-kazakhstan"};
  b.add(std::move(share));
  b.add(indicator_of("xian-flights-2025", indicators::flight_destinations,
                     "Central Asian cities with flights to and from Xi'an airport", {{"CN"}}, c5(), {sector::transport},
                     figure{.value = 7, .upper = {}, .bound = bound::exact, .unit = unit::count, .currency = {},
                            .price_year = {}, .of = "Central Asian cities", .period = {}, .as_of = partial_date{2025, 6}},
                     "", {said("Xi’an airport now has flights to and from seven Central Asian cities")}));
  b.add(indicator_of("farm-exports-c5-cn", "exports", "Central Asia's exports of farm products to China", c5(), {{"CN"}},
                     {sector::trade, sector::agriculture}, {}, "robust growth",
                     {said("With Central Asia’s export of farm products and China’s export of electric vehicles, "
                           "lithium-ion batteries and photovoltaic equipment to Central Asia both showing robust "
                           "growth")}));
  b.add(indicator_of("ev-battery-pv-exports-cn-c5", "exports",
                     "China's exports of electric vehicles, lithium-ion batteries and photovoltaic equipment to Central Asia",
                     {{"CN"}}, c5(), {sector::trade, sector::green_energy}, {}, "robust growth",
                     {said("China’s export of electric vehicles, lithium-ion batteries and photovoltaic equipment to "
                           "Central Asia both showing robust growth")}));
  b.add(indicator_of("partner-rank-cn", "partner_importance", "China as Central Asia's trading and investment partner",
                     c5(), {{"CN"}}, {sector::trade, sector::investment}, {}, "most crucial trading and investment partner",
                     {said("the Central Asian countries consider China as their most crucial trading and investment "
                           "partner")}));
}

struct node_row {
  const char* id;
  const char* name;
  node_kind kind;
  const char* country;
  double lat, lon;
};

inline void add_network(dataset_builder& b) {
  const std::vector<node_row> nodes = {
      {"xian", "Xi'an", node_kind::city, "CN", 34.34, 108.94},
      {"urumqi", "Urumqi", node_kind::city, "CN", 43.83, 87.62},
      {"alashankou", "Alashankou", node_kind::border_crossing, "CN", 45.1703, 82.5703},  // ref-alashankou-station
      {"khorgos", "Khorgos", node_kind::border_crossing, "CN", 44.21, 80.41},
      {"kashgar", "Kashgar", node_kind::city, "CN", 39.47, 75.99},
      {"dostyk", "Dostyk", node_kind::border_crossing, "KZ", 45.25, 82.48},
      {"altynkol", "Altynkol", node_kind::border_crossing, "KZ", 44.20, 80.32},
      {"aktogay", "Aktogay", node_kind::junction, "KZ", 46.95, 79.66},
      {"almaty", "Almaty", node_kind::city, "KZ", 43.24, 76.89},
      {"astana", "Astana", node_kind::city, "KZ", 51.17, 71.45},
      {"shymkent", "Shymkent", node_kind::city, "KZ", 42.34, 69.59},
      {"beyneu", "Beyneu", node_kind::junction, "KZ", 45.32, 55.19},
      {"aktau", "Aktau port", node_kind::port, "KZ", 43.65, 51.17},
      {"petropavl", "Petropavl", node_kind::city, "KZ", 54.87, 69.15},
      {"bishkek", "Bishkek", node_kind::city, "KG", 42.87, 74.59},
      {"torugart", "Torugart", node_kind::border_crossing, "KG", 40.56, 75.39},
      {"jalal-abad", "Jalal-Abad", node_kind::city, "KG", 40.93, 73.00},
      {"andijan", "Andijan", node_kind::city, "UZ", 40.78, 72.34},
      {"tashkent", "Tashkent", node_kind::city, "UZ", 41.30, 69.24},
      {"dushanbe", "Dushanbe", node_kind::city, "TJ", 38.56, 68.77},
      {"turkmenabat", "Turkmenabat", node_kind::city, "TM", 39.07, 63.58},
      {"ashgabat", "Ashgabat", node_kind::city, "TM", 37.96, 58.33},
      {"turkmenbashi", "Turkmenbashi port", node_kind::port, "TM", 40.02, 52.97},
      {"alat", "Baku International Sea Trade Port (Alat)", node_kind::port, "AZ", 39.95, 49.40},
      {"baku", "Baku", node_kind::city, "AZ", 40.41, 49.87},
      {"tbilisi", "Tbilisi", node_kind::city, "GE", 41.72, 44.79},
      {"akhalkalaki", "Akhalkalaki", node_kind::junction, "GE", 41.41, 43.48},
      {"kars", "Kars", node_kind::city, "TR", 40.60, 43.10},
      {"istanbul", "Istanbul", node_kind::city, "TR", 41.01, 28.98},
      {"sofia", "Sofia", node_kind::city, "BG", 42.70, 23.32},
      {"belgrade", "Belgrade", node_kind::city, "RS", 44.79, 20.45},
      {"budapest", "Budapest", node_kind::city, "HU", 47.50, 19.04},
      {"vienna", "Vienna", node_kind::city, "AT", 48.21, 16.37},
      {"yekaterinburg", "Yekaterinburg", node_kind::city, "RU", 56.84, 60.61},
      {"moscow", "Moscow", node_kind::city, "RU", 55.76, 37.62},
      {"minsk", "Minsk", node_kind::city, "BY", 53.90, 27.56},
      {"brest", "Brest", node_kind::border_crossing, "BY", 52.10, 23.73},
      {"malaszewicze", "Małaszewicze", node_kind::border_crossing, "PL", 52.03, 23.53},
      {"warsaw", "Warsaw", node_kind::city, "PL", 52.23, 21.01},
      {"duisburg", "Duisburg", node_kind::dry_port, "DE", 51.43, 6.76},
  };
  for (const auto& n : nodes) {
    std::vector<citation> cites{std::string_view(n.id) == "alashankou"
                                    ? citation{{"ref-alashankou-station"}, "Coordinates 45°10′13″N 82°34′13″E"}
                                    : geo(std::string("Coordinates of ") + n.name + " (approximate, public reference)")};
    node rec{.id = {n.id}, .name = n.name, .aliases = {}, .kind = n.kind, .country = {n.country}, .lat = n.lat,
             .lon = n.lon, .citations = {}};
    if (std::string_view(n.id) == "xian") {
      rec.aliases = {"Xi’an", "Xian"};
      cites.push_back(said("The first China-Central Asia Summit, held in Xi’an, Shaanxi province"));
    }
    if (std::string_view(n.id) == "astana") cites.push_back(said("second China-Central Asia Summit in Astana, Kazakhstan"));
    rec.citations = std::move(cites);
    b.add(std::move(rec));
  }

  struct seg_row {
    const char* from;
    const char* to;
    transport_mode mode;
    double km;
    int gauge;
    segment_status status;
  };
  constexpr auto rail = transport_mode::rail;
  constexpr auto op = segment_status::operating;
  const std::vector<seg_row> segs = {
      // China
      {"xian", "urumqi", rail, 2500, 1435, op},
      {"urumqi", "alashankou", rail, 470, 1435, op},
      {"urumqi", "khorgos", rail, 670, 1435, op},
      {"urumqi", "kashgar", rail, 1600, 1435, op},
      // China–Kazakhstan crossings (the 1435/1520 mm break is at the border)
      {"alashankou", "dostyk", rail, 12, 1520, op},
      {"khorgos", "altynkol", rail, 10, 1520, op},
      // Kazakhstan
      {"dostyk", "aktogay", rail, 310, 1520, op},
      {"aktogay", "astana", rail, 1100, 1520, op},
      {"aktogay", "almaty", rail, 580, 1520, op},
      {"altynkol", "almaty", rail, 310, 1520, op},
      {"almaty", "shymkent", rail, 800, 1520, op},
      {"shymkent", "beyneu", rail, 1700, 1520, op},
      {"beyneu", "aktau", rail, 480, 1520, op},
      {"astana", "petropavl", rail, 560, 1520, op},
      {"almaty", "bishkek", transport_mode::road, 240, 0, op},
      // Russia, Belarus, Poland, Germany
      {"petropavl", "yekaterinburg", rail, 650, 1520, op},
      {"yekaterinburg", "moscow", rail, 1800, 1520, op},
      {"moscow", "minsk", rail, 700, 1520, op},
      {"minsk", "brest", rail, 350, 1520, op},
      {"brest", "malaszewicze", rail, 16, 1435, op},  // geodesic lower bound, see below
      {"malaszewicze", "warsaw", rail, 190, 1435, op},
      {"warsaw", "duisburg", rail, 1150, 1435, op},
      // China–Kyrgyzstan–Uzbekistan railway (under construction)
      // lengths: the route's parts in China, Kyrgyzstan and Uzbekistan (ref-cku-railway)
      {"kashgar", "torugart", rail, 158, 1435, segment_status::under_construction},
      {"torugart", "jalal-abad", rail, 305, 1435, segment_status::under_construction},
      {"jalal-abad", "andijan", rail, 69, 1435, segment_status::under_construction},
      // Uzbekistan, Tajikistan, Turkmenistan
      {"andijan", "tashkent", rail, 350, 1520, op},
      {"tashkent", "shymkent", rail, 130, 1520, op},
      {"tashkent", "dushanbe", transport_mode::road, 310, 0, op},
      {"tashkent", "turkmenabat", rail, 560, 1520, op},
      {"turkmenabat", "ashgabat", rail, 570, 1520, op},
      {"ashgabat", "turkmenbashi", rail, 550, 1520, op},
      // Caspian crossings
      {"aktau", "alat", transport_mode::ferry, 470, 0, op},
      {"turkmenbashi", "alat", transport_mode::ferry, 306, 0, op},  // geodesic lower bound, see below
      // South Caucasus and Türkiye (Baku–Tbilisi–Kars; gauge changes at Akhalkalaki)
      {"alat", "baku", rail, 70, 1520, op},
      {"baku", "tbilisi", rail, 550, 1520, op},
      {"tbilisi", "akhalkalaki", rail, 160, 1520, op},
      {"akhalkalaki", "kars", rail, 105, 1435, op},
      {"kars", "istanbul", rail, 1900, 1435, op},
      // Balkans to Central Europe
      {"istanbul", "sofia", rail, 560, 1435, op},
      {"sofia", "belgrade", rail, 400, 1435, op},
      {"belgrade", "budapest", rail, 375, 1435, op},
      {"budapest", "vienna", rail, 250, 1435, op},
      {"vienna", "duisburg", rail, 1000, 1435, op},
  };
  const auto cku = [](const seg_row& s) {
    return std::string_view(s.to) == "torugart" || std::string_view(s.to) == "jalal-abad" || std::string_view(s.to) == "andijan";
  };
  // Where no route length could be confirmed and the rounded figure was shorter than the
  // geodesic distance between the nodes, the length is that distance rounded up (a lower bound).
  const auto bounded = [](const seg_row& s) {
    return std::string_view(s.to) == "malaszewicze" || (std::string_view(s.from) == "turkmenbashi" && std::string_view(s.to) == "alat");
  };
  for (const auto& s : segs) {
    const std::string gauge = s.gauge ? ", gauge " + std::to_string(s.gauge) + " mm" : std::string();
    std::vector<citation> cites;
    if (cku(s)) {
      cites.push_back({{"ref-cku-railway"}, "Route length in " + std::string(std::string_view(s.to) == "torugart" ? "China" : std::string_view(s.to) == "jalal-abad" ? "Kyrgyzstan" : "Uzbekistan") +
                                                ": " + std::to_string(static_cast<int>(s.km)) + " km (the section is taken between the nodes named)"});
      cites.push_back(geo("Gauge " + std::to_string(s.gauge) + " mm"));
    } else if (bounded(s)) {
      cites.push_back(geo("Length " + std::to_string(static_cast<int>(s.km)) +
                          " km: the geodesic distance between the nodes' coordinates rounded up (a lower bound); a "
                          "route length was not confirmed" + gauge));
    } else {
      cites.push_back(geo(std::string("Approximate length ") + std::to_string(static_cast<int>(s.km)) + " km" + gauge));
    }
    std::vector<segment_status_change> history;
    if (cku(s)) {
      history.push_back({.status = segment_status::under_construction, .since = {}, .reported = partial_date{2025, 6}});
      cites.push_back(said("work has begun on three critical tunnels of the China-Kyrgyzstan-Uzbekistan Railway"));
    }
    b.add(segment{.id = {std::string(s.from) + "-" + s.to},
                  .from = {s.from},
                  .to = {s.to},
                  .mode = s.mode,
                  .length_km = s.km,
                  .hours = {},
                  .gauge_mm = s.gauge ? std::optional<int>(s.gauge) : std::nullopt,
                  .status = s.status,
                  .opened = {},
                  .history = std::move(history),
                  .citations = std::move(cites)});
  }
  const auto chain = [](std::initializer_list<const char*> stops) {
    std::vector<segment_id> out;
    const char* prev = nullptr;
    for (const char* s : stops) {
      if (prev) out.push_back({std::string(prev) + "-" + s});
      prev = s;
    }
    return out;
  };
  b.add(corridor{.id = {"china-europe-via-kazakhstan"},
                 .name = "China–Europe trains via Kazakhstan and Russia",
                 .aliases = {"Northern route", "China-Europe Railway Express via Kazakhstan"},
                 .segments = chain({"xian", "urumqi", "alashankou", "dostyk", "aktogay", "astana", "petropavl",
                                    "yekaterinburg", "moscow", "minsk", "brest", "malaszewicze", "warsaw", "duisburg"}),
                 .summary = "The route of most China-Europe (Central Asia) trains, transiting Kazakhstan.",
                 .citations = {said("the China-Europe (Central Asia) trains transiting through Kazakhstan accounting "
                                    "for about 80 percent of the total number of trains operated")}});
  b.add(corridor{.id = {"trans-caspian"},
                 .name = "Trans-Caspian International Transport Route",
                 .aliases = {"Middle Corridor", "TITR", "Trans-Caspian route"},
                 .segments = chain({"xian", "urumqi", "khorgos", "altynkol", "almaty", "shymkent", "beyneu", "aktau",
                                    "alat", "baku", "tbilisi", "akhalkalaki", "kars", "istanbul", "sofia", "belgrade",
                                    "budapest", "vienna", "duisburg"}),
                 .summary = "China to Europe via Central Asia, the Caspian Sea and the South Caucasus.",
                 .citations = {said("the Trans-Caspian route has become a key international trade route connecting "
                                    "China and Europe via Central Asia and the South Caucasus")}});
  b.add(corridor{.id = {"cku"},
                 .name = "China–Kyrgyzstan–Uzbekistan railway corridor",
                 .aliases = {"CKU"},
                 .segments = chain({"kashgar", "torugart", "jalal-abad", "andijan"}),
                 .summary = "Kashgar–Torugart–Jalal-Abad–Andijan, under construction.",
                 .citations = {said("work has begun on three critical tunnels of the China-Kyrgyzstan-Uzbekistan "
                                     "Railway")}});
}

inline dataset build_china_central_asia() {
  dataset_builder b;
  add_sources(b);
  add_parties(b);
  add_mechanisms(b);
  add_events(b);
  add_agreements(b);
  add_projects(b);
  add_indicators(b);
  add_network(b);
  return std::move(b).build();
}

}  // namespace detail

REGCOOP_DECL dataset china_central_asia() {
  static const dataset ds = detail::build_china_central_asia();
  return ds;
}

}  // namespace regcoop::data

REGCOOP_STRING_WARNINGS_END
