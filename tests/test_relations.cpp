#include "query_fixtures.hpp"

#include <regcoop/data/china_central_asia.hpp>
#include <regcoop/query/relations.hpp>

#include <doctest/doctest.h>

#include <set>

using namespace regcoop;

TEST_CASE("what links China and Kazakhstan") {
  const dataset ds = data::china_central_asia();
  const auto l = links(ds, {"CN"}, {"KZ"});
  CHECK(l.mechanisms.size() == 1);
  CHECK(l.events.size() == 5);
  CHECK(l.agreements.size() == 4);
  std::set<std::string> projects;
  for (const auto* p : l.projects) projects.insert(p->id.value);
  CHECK(projects.count("turgusun-hpp") == 1);
  CHECK(projects.count("xian-land-port") == 1);
  CHECK(l.indicators.size() == 8);  // trade, investment, turnover, trains, flights, exports both ways, partner rank
  // Directed: China's observations about Kazakhstan, not Kazakhstan's about China.
  const auto d = links(ds, {"CN"}, {"KZ"}, true);
  CHECK(d.indicators.size() < l.indicators.size());
  for (const auto* i : d.indicators) CHECK(i->subjects.front() == party_id{"CN"});
  CHECK(links(ds, {"US"}, {"CN"}).empty());
  CHECK(links(ds, {"US"}, {"CN"}).size() == 0);
  CHECK(links(ds, {"nobody"}, {"CN"}).empty());
  // Either order gives the same records; directed reverses the indicators.
  const auto r = links(ds, {"KZ"}, {"CN"});
  CHECK(r.size() == l.size());
  const auto rd = links(ds, {"KZ"}, {"CN"}, true);
  for (const auto* i : rd.indicators) CHECK(i->subjects.front() == party_id{"KZ"});
}

TEST_CASE("partners and mechanisms of a party") {
  const dataset ds = data::china_central_asia();
  const auto p = partners(ds, {"CN"});
  REQUIRE_FALSE(p.empty());
  std::set<std::string> top;
  for (std::size_t i = 0; i < 5; ++i) top.insert(p[i].party.value);
  CHECK(top == std::set<std::string>{"KZ", "KG", "TJ", "TM", "UZ"});
  CHECK(p.front().party == party_id{"KZ"});  // the most links: energy, the land port, visas
  CHECK(mechanisms_of(ds, {"KZ"}).size() == 5);
  CHECK(mechanisms_of(ds, {"US"}).size() == 1);
  const auto m = parties_of(ds, {"c5-india"});
  CHECK(m.size() == 6);
  CHECK(m.back() == party_id{"IN"});
}

TEST_CASE("property: dyads match a naive reference on random datasets (fixed seeds)") {
  for (std::uint32_t seed : {11u, 12u}) {
    const dataset ds = queryfix::make(seed);
    for (auto [a, b] : {std::pair{"CN", "KZ"}, std::pair{"EU", "CN"}, std::pair{"US", "RU"}, std::pair{"DE", "FR"}}) {
      const party_id x{a}, y{b};
      const auto got = links(ds, x, y);
      std::size_t want_agreements = 0, want_projects = 0, want_ind = 0;
      for (const auto& g : ds.agreements()) {
        bool hx = false, hy = false;
        for (const auto& p : g.parties) {
          hx = hx || p.party == x;
          hy = hy || p.party == y;
        }
        want_agreements += hx && hy;
      }
      for (const auto& p : ds.projects()) {
        bool hx = std::find(p.hosts.begin(), p.hosts.end(), x) != p.hosts.end();
        bool hy = std::find(p.hosts.begin(), p.hosts.end(), y) != p.hosts.end();
        for (const auto& q : p.participants) {
          hx = hx || q.party == x;
          hy = hy || q.party == y;
        }
        want_projects += hx && hy;
      }
      for (const auto& i : ds.indicators()) {
        const bool fwd = i.subjects[0] == x && i.counterparts[0] == y;
        const bool back = i.subjects[0] == y && i.counterparts[0] == x;
        want_ind += fwd || back;
      }
      const std::string pair = std::string(a) + "-" + b;  // clang 14 cannot capture structured bindings
      CAPTURE(seed);
      CAPTURE(pair);
      CHECK(got.agreements.size() == want_agreements);
      CHECK(got.projects.size() == want_projects);
      CHECK(got.indicators.size() == want_ind);
    }
  }
}
