#pragma once
// Deterministic synthetic data that scales the model (fixed seeds):
//   S: the embedded dataset; M: 10^4 projects, agreements and indicators; L: 10^6 records.
//   grid(side): a road-like side × side grid network whose columns are split into countries
//   (border regions), with a rail spine of alternating gauges.
#include <regcoop/model/country.hpp>
#include <regcoop/dataset/dataset.hpp>

#include <regcoop/network/network.hpp>

#include <map>
#include <memory>
#include <random>
#include <string>
#include <vector>

namespace bench {

inline const std::vector<std::string>& country_codes() {
  static const std::vector<std::string> codes = [] {
    std::vector<std::string> v;
    for (const auto& c : regcoop::all_countries()) v.emplace_back(c.alpha2);
    return v;
  }();
  return codes;
}

// n random projects over the first `parties` countries, drawn from `rng`.
inline std::vector<regcoop::project> random_projects(std::mt19937& rng, std::size_t n, std::size_t parties) {
  using namespace regcoop;
  const auto pick = [&](std::size_t k) { return static_cast<std::size_t>(rng() % k); };
  const auto& codes = country_codes();
  std::vector<project> pr;
  pr.reserve(n);
  for (std::size_t i = 0; i < n; ++i) {
    // (appending to a named string: gcc 12 -O3 warns falsely on "literal" + std::string&&)
    std::string id = "p", name = "Project ";
    id += std::to_string(i);
    name += std::to_string(i);
    project p{.id = {std::move(id)}, .name = std::move(name)};
    p.kind = static_cast<project_kind>(pick(15));
    p.sectors = {static_cast<sector>(pick(16))};
    p.hosts = {{codes[pick(parties)]}};
    p.participants = {{.party = {codes[pick(parties)]}, .role = participant_role::financier}};
    p.status_history = {{.status = static_cast<project_status>(pick(7)), .since = partial_date{2000 + static_cast<int>(pick(25))}, .reported = {}}};
    p.figures = {figure{.value = static_cast<double>(1 + pick(1000)) * 1e6, .unit = unit::money, .currency = "USD",
                        .period = date_range::of(partial_date{2000 + static_cast<int>(pick(25))})}};
    pr.push_back(std::move(p));
  }
  return pr;
}

// The first n countries as parties.
inline std::vector<regcoop::party> country_parties(std::size_t n) {
  std::vector<regcoop::party> ps;
  const auto& codes = country_codes();
  for (std::size_t i = 0; i < n; ++i) ps.push_back(regcoop::party{.id = {codes[i]}, .name = codes[i], .iso_code = codes[i]});
  return ps;
}

// n projects (the project part of `records`) over `parties` countries.
inline regcoop::dataset projects(std::size_t n, std::size_t parties = 60, std::uint32_t seed = 42) {
  std::mt19937 rng(seed);
  regcoop::dataset_builder b;
  b.add(country_parties(parties));
  b.add(random_projects(rng, n, parties));
  return std::move(b).build();
}

// n records of each of projects, agreements and indicators over `parties` countries.
inline regcoop::dataset records(std::size_t n, std::size_t parties = 60, std::uint32_t seed = 42) {
  using namespace regcoop;
  std::mt19937 rng(seed);
  const auto pick = [&](std::size_t k) { return static_cast<std::size_t>(rng() % k); };
  const auto& codes = country_codes();
  dataset_builder b;
  b.add(source{.id = {"synthetic"}, .title = "synthetic", .kind = source_kind::dataset});
  b.add(country_parties(parties));
  b.add(random_projects(rng, n, parties));
  std::vector<agreement> ag;
  ag.reserve(n);
  for (std::size_t i = 0; i < n; ++i) {
    const std::size_t x = pick(parties), y = (x + 1 + pick(parties - 1)) % parties;
    const partial_date d{2000 + static_cast<int>(pick(25)), 1 + static_cast<int>(pick(12)), 0};
    ag.push_back(agreement{.id = {"a" + std::to_string(i)},
                           .name = "Agreement " + std::to_string(i),
                           .kind = static_cast<agreement_kind>(pick(8)),
                           .sectors = {static_cast<sector>(pick(16))},
                           .parties = {{.party = {codes[x]}, .signed_on = d, .in_force_from = {}, .ended_on = {}},
                                       {.party = {codes[y]}, .signed_on = d, .in_force_from = {}, .ended_on = {}}},
                           .status = agreement_status::concluded});
  }
  b.add(std::move(ag));
  std::vector<indicator> in;
  in.reserve(n);
  for (std::size_t i = 0; i < n; ++i) {
    in.push_back(indicator{.id = {"i" + std::to_string(i)},
                           .measure = "trade",
                           .name = "Trade",
                           .subjects = {{codes[pick(parties)]}},
                           .counterparts = {{codes[pick(parties)]}},
                           .sectors = {sector::trade},
                           .value = figure{.value = static_cast<double>(pick(1000000)), .unit = unit::money, .currency = "USD",
                                           .period = date_range::of(partial_date{2000 + static_cast<int>(pick(25))})}});
  }
  b.add(std::move(in));
  return std::move(b).build();
}

// A side × side grid: road edges to the right and down with random lengths; every 25
// columns a new country begins (the border region); row 0 is a rail spine whose gauge
// alternates by country.
//
// With `block` > 0 the countries are instead square blocks of block × block nodes, each block
// a country in turn (there are only ~250 ISO countries, so a country holds several blocks),
// and `politics` adds what border regimes read: `unions` customs unions of random members
// with random dated spells, and `rules` dated border rules between random pairs.
struct grid_politics {
  std::size_t block = 0;    // 0: a country every 25 columns
  std::size_t unions = 0;   // customs unions
  std::size_t rules = 0;    // border rules
};

inline regcoop::dataset grid(std::size_t side, std::uint32_t seed = 7, grid_politics politics = {}) {
  using namespace regcoop;
  std::mt19937 rng(seed);
  const auto& codes = country_codes();
  const std::size_t per_row = politics.block ? (side + politics.block - 1) / politics.block : 0;
  const std::size_t countries = politics.block ? std::min(codes.size(), per_row * per_row)
                                               : std::min<std::size_t>(codes.size(), side / 25 + 1);
  const auto country_of = [&](std::size_t r, std::size_t c) -> const std::string& {
    if (!politics.block) return codes[std::min(c / 25, countries - 1)];
    return codes[((r / politics.block) * per_row + c / politics.block) % countries];
  };
  dataset_builder b;
  std::vector<party> ps;
  for (std::size_t i = 0; i < countries; ++i) ps.push_back(party{.id = {codes[i]}, .name = codes[i], .iso_code = codes[i]});
  for (std::size_t u = 0; u < politics.unions; ++u) {
    party cu{.id = {"CU" + std::to_string(u)}, .kind = party_kind::organisation, .name = "customs union",
             .organisation = organisation_kind::customs_union};
    for (std::size_t i = 0; i < countries; ++i) {
      if (rng() % politics.unions != 0) continue;
      const partial_date from{1995 + static_cast<int>(rng() % 30), 1 + static_cast<int>(rng() % 12), 0};
      std::optional<partial_date> to;
      if (rng() % 4 == 0) to = partial_date{from.year + 1 + static_cast<int>(rng() % 20)};
      cu.members.push_back({.member = {codes[i]}, .period = {.from = from, .to = to}});
    }
    ps.push_back(std::move(cu));
  }
  b.add(std::move(ps));
  std::vector<border_rule> rules;
  for (std::size_t k = 0; k < politics.rules; ++k) {
    const std::size_t a = rng() % countries, z = (a + 1 + rng() % (countries - 1)) % countries;
    const int from = 1990 + static_cast<int>(rng() % 40);
    rules.push_back(border_rule{.id = {"rule" + std::to_string(k)}, .between = {{codes[a]}, {codes[z]}},
                                .clearance_hours = static_cast<double>(rng() % 48),
                                .period = {.from = partial_date{from}, .to = partial_date{from + 10}}});
  }
  b.add(std::move(rules));
  std::vector<node> nodes;
  nodes.reserve(side * side);
  // Appended rather than "n" + to_string(...): gcc 12 -O3 warns falsely (-Wrestrict, gcc bug 105329) on the latter.
  const auto id = [&](std::size_t r, std::size_t c) {
    std::string s = "n";
    s += std::to_string(r * side + c);
    return s;
  };
  for (std::size_t r = 0; r < side; ++r)
    for (std::size_t c = 0; c < side; ++c)
      nodes.push_back(node{.id = {id(r, c)}, .name = "N", .aliases = {}, .kind = node_kind::junction,
                           .country = {country_of(r, c)},
                           .lat = -80.0 + 160.0 * static_cast<double>(r) / static_cast<double>(side),
                           .lon = -170.0 + 340.0 * static_cast<double>(c) / static_cast<double>(side), .citations = {}});
  b.add(std::move(nodes));
  std::vector<segment> segs;
  segs.reserve(2 * side * side);
  std::uniform_real_distribution<double> km(5, 50);
  for (std::size_t r = 0; r < side; ++r)
    for (std::size_t c = 0; c < side; ++c) {
      if (c + 1 < side) {
        const bool rail = r == 0;
        segs.push_back(segment{.id = {"h" + std::to_string(r * side + c)}, .from = {id(r, c)}, .to = {id(r, c + 1)},
                               .mode = rail ? transport_mode::rail : transport_mode::road, .length_km = km(rng),
                               .hours = {}, .gauge_mm = rail ? std::optional<int>((c / 25) % 2 ? 1520 : 1435) : std::nullopt});
      }
      if (r + 1 < side)
        segs.push_back(segment{.id = {"v" + std::to_string(r * side + c)}, .from = {id(r, c)}, .to = {id(r + 1, c)},
                               .mode = transport_mode::road, .length_km = km(rng)});
    }
  b.add(std::move(segs));
  return std::move(b).build();
}

// A grid, its network and its default weights, built once per side and kept for the run.
struct grid_network {
  regcoop::dataset ds;
  std::unique_ptr<regcoop::network> net;
  std::vector<double> w;
};
inline grid_network& grid_fixture(std::size_t side) {
  static std::map<std::size_t, grid_network> cache;
  auto& f = cache[side];
  if (!f.net) {
    f.ds = grid(side);
    f.net = std::make_unique<regcoop::network>(f.ds);
    f.w = f.net->weights({});
  }
  return f;
}

}  // namespace bench
