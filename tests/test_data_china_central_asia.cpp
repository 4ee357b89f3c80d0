// The embedded dataset: each fact group of the source text, asked as a researcher would ask it.
#include <regcoop/model/records.hpp>
#include <regcoop/model/country.hpp>
#include <regcoop/data/china_central_asia.hpp>

#include <doctest/doctest.h>

#include <algorithm>
#include <fstream>
#include <iterator>
#include <set>
#include <string>
#include <thread>
#include <vector>

using namespace regcoop;

namespace {
const dataset& ds() {
  static const dataset d = data::china_central_asia();
  return d;
}

std::string source_text() {
  std::ifstream in(REGCOOP_TEST_DATA_DIR "/c5plus1-opinion.txt", std::ios::binary);
  REQUIRE(in.good());
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

bool quotes(const std::vector<citation>& cs, const std::string& needle) {
  return std::any_of(cs.begin(), cs.end(), [&](const citation& c) {
    return c.source.value == data::opinion_source_id && c.quote.find(needle) != std::string::npos;
  });
}

std::set<std::string> ids(const std::vector<party_id>& ps) {
  std::set<std::string> out;
  for (const auto& p : ps) out.insert(p.value);
  return out;
}

const std::set<std::string> c5{"KZ", "KG", "TJ", "TM", "UZ"};
}  // namespace

TEST_CASE("the embedded dataset validates and is shared") {
  const dataset a = data::china_central_asia();
  const dataset b = data::china_central_asia();
  CHECK(a == b);
  CHECK(&a.parties()[0] == &b.parties()[0]);  // built once
  CHECK(a.size() > 150);
}

TEST_CASE("the embedded dataset is built once when first touched from many threads") {
  std::vector<std::thread> ts;
  std::vector<const party*> seen(8);
  for (std::size_t i = 0; i < seen.size(); ++i)
    ts.emplace_back([&seen, i] { seen[i] = &data::china_central_asia().parties()[0]; });
  for (auto& t : ts) t.join();
  CHECK(std::all_of(seen.begin(), seen.end(), [&](const party* p) { return p == seen[0]; }));
}

TEST_CASE("every quote from the opinion piece is verbatim and at most 300 bytes") {
  const std::string text = source_text();
  std::size_t n = 0;
  const auto check = [&](const std::vector<citation>& cs, const std::string& who) {
    for (const auto& c : cs) {
      CHECK(c.quote.size() <= max_quote_length);
      if (c.source.value != data::opinion_source_id) continue;
      ++n;
      CAPTURE(who);
      CAPTURE(c.quote);
      CHECK(text.find(c.quote) != std::string::npos);
    }
  };
  boost::mp11::mp_for_each<record_types>([&](auto r) {
    using R = decltype(r);
    for (const auto& rec : ds().all<R>()) {
      if constexpr (requires { rec.citations; }) check(rec.citations, rec.id.value);
      if constexpr (std::is_same_v<R, mechanism>)
        for (const auto& body : rec.bodies) check(body.citations, rec.id.value + "/" + body.name);
    }
  });
  CHECK(n > 60);
}

TEST_CASE("every fact record cites a source — reference values cite a reference source") {
  for (const auto& a : ds().agreements()) CHECK_FALSE(a.citations.empty());
  for (const auto& p : ds().projects()) CHECK_FALSE(p.citations.empty());
  for (const auto& i : ds().indicators()) CHECK_FALSE(i.citations.empty());
  for (const auto& e : ds().events()) CHECK_FALSE(e.citations.empty());
  for (const auto& s : ds().segments()) {
    CAPTURE(s.id.value);
    REQUIRE_FALSE(s.citations.empty());
    CHECK(ds().at(s.citations.front().source).kind == source_kind::reference);
  }
  for (const auto& n : ds().nodes()) CHECK(ds().at(n.citations.front().source).kind == source_kind::reference);
  CHECK(ds().at(source_id{data::opinion_source_id}).kind == source_kind::opinion);
  CHECK(ds().at(source_id{data::opinion_source_id}).date == partial_date{2025, 6});
}

TEST_CASE("who is in the China–Central Asia mechanism, and which other C5+1 formats exist") {
  const auto& m = ds().at(mechanism_id{"china-central-asia"});
  CHECK(ids(m.core) == c5);
  CHECK(m.partner == party_id{"CN"});
  std::set<std::string> partners;
  for (const auto& f : ds().mechanisms())
    if (ids(f.core) == c5) partners.insert(f.partner.value);
  CHECK(partners == std::set<std::string>{"CN", "US", "EU", "RU", "IN"});
  CHECK(quotes(ds().at(mechanism_id{"c5-eu"}).citations, "the United States, the European Union, Russia and India"));
  for (const char* c : {"CN", "KZ", "KG", "TJ", "TM", "UZ", "US", "RU", "IN"}) {
    CAPTURE(c);
    const auto& p = ds().at(party_id{c});
    CHECK(p.kind == party_kind::country);
    CHECK(find_country(p.iso_code) != nullptr);
  }
}

TEST_CASE("the EU is a bloc with 27 members today and the UK until 2020") {
  const auto& eu = ds().at(party_id{"EU"});
  CHECK(eu.kind == party_kind::bloc);
  std::size_t current = 0;
  for (const auto& m : eu.members)
    if (!m.period.to) ++current;
  CHECK(current == 27);
  const auto gb = std::find_if(eu.members.begin(), eu.members.end(), [](const membership& m) { return m.member.value == "GB"; });
  REQUIRE(gb != eu.members.end());
  CHECK(gb->period.to == partial_date{2020, 1, 31});
}

TEST_CASE("the first summit: Xi'an, 2023, set up ministerial meetings and a permanent secretariat in China") {
  const auto& s = ds().at(event_id{"summit-2023-xian"});
  CHECK(s.kind == event_kind::summit);
  CHECK(s.ordinal == 1);
  CHECK(s.date == partial_date{2023});
  CHECK(s.place == node_id{"xian"});
  CHECK(quotes(s.citations, "announced the establishment of a ministerial-level meeting mechanism and a permanent secretariat in China"));
  const auto& m = ds().at(mechanism_id{"china-central-asia"});
  int established_there = 0;
  for (const auto& b : m.bodies) {
    if (b.established_at == event_id{"summit-2023-xian"} && b.kind != body_kind::summit) ++established_there;
    if (b.kind == body_kind::secretariat) CHECK(b.seat == party_id{"CN"});
  }
  CHECK(established_there == 2);
}

TEST_CASE("the second summit: Astana, June 2025, and the fields it is expected to deepen") {
  const auto& s = ds().at(event_id{"summit-2025-astana"});
  CHECK(s.ordinal == 2);
  CHECK(s.date == partial_date{2025, 6});
  CHECK(ds().at(*s.place).country == party_id{"KZ"});
  const std::set<sector> expected{sector::agriculture, sector::infrastructure, sector::security, sector::digital,
                                  sector::energy, sector::green_energy};
  CHECK(std::set<sector>(s.sectors.begin(), s.sectors.end()) == expected);
}

TEST_CASE("trade in 2024 was $94.8 billion, exactly as stated") {
  const auto& t = ds().at(indicator_id{"trade-cn-c5-2024"});
  REQUIRE(t.value);
  CHECK(t.measure == indicators::trade);
  CHECK(t.value->value == doctest::Approx(94.8e9));
  CHECK(t.value->bound == bound::exact);
  CHECK(t.value->currency == "USD");
  CHECK(t.value->period == date_range::of(partial_date{2024}));
  CHECK(to_string(*t.value) == "$94.8 billion");
  CHECK(quotes(t.citations, "$94.8 billion last year"));
}

TEST_CASE("about 19,000 China–Europe (Central Asia) trains in 2024, about 80 percent via Kazakhstan") {
  const auto& n = ds().at(indicator_id{"trains-2024"});
  REQUIRE(n.value);
  CHECK(n.value->value == 19000);
  CHECK(n.value->bound == bound::approx);
  CHECK(n.value->unit == unit::trains);
  CHECK(to_string(*n.value) == "\u2248 19,000 trains");
  const auto& s = ds().at(indicator_id{"trains-via-kz-share-2024"});
  REQUIRE(s.value);
  CHECK(s.value->value == 80);
  CHECK(s.value->bound == bound::approx);
  CHECK(s.value->unit == unit::percent);
  CHECK(s.subjects == std::vector<party_id>{{"KZ"}});
  CHECK(s.corridor == corridor_id{"china-europe-via-kazakhstan"});
}

TEST_CASE("investment stock above $17 billion and contracted turnover above $60 billion, end of 2024") {
  const auto& f = ds().at(indicator_id{"fdi-cn-c5-2024"});
  REQUIRE(f.value);
  CHECK(f.value->bound == bound::at_least);
  CHECK(f.value->value == 17e9);
  CHECK(f.value->as_of == partial_date{2024, 12});
  CHECK(to_string(*f.value) == "> $17 billion");
  const auto& c = ds().at(indicator_id{"contracted-cn-c5-2024"});
  REQUIRE(c.value);
  CHECK(c.value->bound == bound::at_least);
  CHECK(c.value->value == 60e9);
  CHECK(quotes(c.citations, "surpassed $60 billion"));
}

TEST_CASE("the CKU railway: work has begun on three tunnels") {
  const auto& r = ds().at(project_id{"cku-railway"});
  CHECK(ids(r.hosts) == std::set<std::string>{"CN", "KG", "UZ"});
  CHECK(r.current_status() == project_status::under_construction);
  const auto& t = ds().at(project_id{"cku-tunnels"});
  CHECK(t.parent == project_id{"cku-railway"});
  REQUIRE(t.figures.size() == 1);
  CHECK(t.figures[0].value == 3);
  CHECK(t.figures[0].of == "tunnels");
  for (const auto& sid : ds().at(corridor_id{"cku"}).segments)
    CHECK(ds().at(sid).status == segment_status::under_construction);
}

TEST_CASE("connectivity: the Xi'an land port, seven cities from Xi'an airport, the Trans-Caspian route") {
  const auto& port = ds().at(project_id{"xian-land-port"});
  CHECK(port.kind == project_kind::dry_port);
  CHECK(ids({port.participants[0].party, port.participants[1].party}) == std::set<std::string>{"CN", "KZ"});
  const auto& f = ds().at(indicator_id{"xian-flights-2025"});
  REQUIRE(f.value);
  CHECK(f.value->value == 7);
  CHECK(f.value->of == "Central Asian cities");
  const auto& tc = ds().at(corridor_id{"trans-caspian"});
  std::set<std::string> countries;
  bool ferry = false;
  for (const auto& sid : tc.segments) {
    const auto& s = ds().at(sid);
    countries.insert(ds().at(s.from).country.value);
    countries.insert(ds().at(s.to).country.value);
    ferry = ferry || s.mode == transport_mode::ferry;
  }
  CHECK(ferry);
  CHECK(countries.count("AZ") == 1);
  CHECK(countries.count("GE") == 1);
  CHECK(countries.count("RU") == 0);
  CHECK(quotes(tc.citations, "via Central Asia and the South Caucasus"));
}

TEST_CASE("the memorandum of cooperation of the second transport ministers' conference, May 2025") {
  const auto& a = ds().at(agreement_id{"transport-moc-2025"});
  CHECK(a.kind == agreement_kind::memorandum_of_cooperation);
  CHECK(a.signed_at == event_id{"transport-ministers-2025"});
  CHECK(a.parties.size() == 6);
  for (const auto& p : a.parties) CHECK(p.signed_on == partial_date{2025, 5});
  const auto& e = ds().at(event_id{"transport-ministers-2025"});
  CHECK(e.ordinal == 2);
  CHECK(e.date == partial_date{2025, 5});
}

TEST_CASE("energy: Turgusun hydropower and Shymkent refinery in Kazakhstan — wind, solar, hybrid locomotives") {
  for (const char* id : {"turgusun-hpp", "shymkent-refinery"}) {
    const auto& p = ds().at(project_id{id});
    CHECK(p.hosts == std::vector<party_id>{{"KZ"}});
    CHECK(std::find(p.sectors.begin(), p.sectors.end(), sector::energy) != p.sectors.end());
  }
  CHECK(ds().at(project_id{"wind-projects"}).kind == project_kind::wind);
  CHECK(ds().at(project_id{"solar-projects"}).kind == project_kind::solar);
  CHECK(ds().at(project_id{"hybrid-locomotives"}).kind == project_kind::rolling_stock);
}

TEST_CASE("digital economy: AIX and the Shanghai Data Exchange signed a strategic cooperation agreement in May 2025") {
  const auto& a = ds().at(agreement_id{"aix-sde-2025"});
  CHECK(a.kind == agreement_kind::strategic_cooperation_agreement);
  CHECK(ds().at(a.parties[0].party).kind == party_kind::organisation);
  CHECK(ds().at(a.parties[0].party).home_country == party_id{"KZ"});
  CHECK(ds().at(a.parties[1].party).home_country == party_id{"CN"});
  CHECK(a.parties[0].signed_on == partial_date{2025, 5});
}

TEST_CASE("security: public-security ministers, intelligence sharing, emergency management, cybersecurity") {
  const auto& m = ds().at(mechanism_id{"china-central-asia"});
  std::multiset<body_kind> kinds;
  for (const auto& b : m.bodies) kinds.insert(b.kind);
  CHECK(kinds.count(body_kind::working_group) == 1);
  CHECK(kinds.count(body_kind::cooperation_system) == 1);
  const auto has_body = [&](const std::string& word) {
    return std::any_of(m.bodies.begin(), m.bodies.end(), [&](const body& b) { return b.name.find(word) != std::string::npos; });
  };
  CHECK(has_body("public security and internal affairs"));
  CHECK(has_body("Intelligence-sharing"));
  CHECK(ds().at(agreement_id{"emergency-action-plans"}).kind == agreement_kind::action_plan);
  CHECK(ds().at(project_id{"cybersecurity-support"}).participants[0].role == participant_role::supplier);
}

TEST_CASE("visa exemption agreements: China–Kazakhstan and China–Uzbekistan, in force") {
  for (const char* id : {"visa-cn-kz", "visa-cn-uz"}) {
    const auto& a = ds().at(agreement_id{id});
    CHECK(a.kind == agreement_kind::visa_exemption);
    CHECK(a.status == agreement_status::in_force);
    CHECK(quotes(a.citations, "visa exemption agreements implemented between China and Kazakhstan, and China and Uzbekistan"));
  }
}

TEST_CASE("education and culture: Confucius Institutes, Luban Workshops, the alliance, five cultural fields") {
  CHECK(ds().find(project_id{"confucius-institutes"}) != nullptr);
  CHECK(ds().find(project_id{"luban-workshops"}) != nullptr);
  const auto& e = ds().at(event_id{"education-ministers-2025"});
  CHECK(e.ordinal == 1);
  CHECK(e.date == partial_date{2025, 5});
  int culture = 0;
  for (const auto& p : ds().projects())
    if (std::find(p.sectors.begin(), p.sectors.end(), sector::culture) != p.sectors.end()) ++culture;
  CHECK(culture == 5);
}

TEST_CASE("trade structure: robust growth of farm exports and of EV, battery and PV exports") {
  const auto& farm = ds().at(indicator_id{"farm-exports-c5-cn"});
  CHECK_FALSE(farm.value.has_value());
  CHECK(farm.note == "robust growth");
  CHECK(ids(farm.subjects) == c5);
  CHECK(ds().at(indicator_id{"ev-battery-pv-exports-cn-c5"}).note == "robust growth");
}
