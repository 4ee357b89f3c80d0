#pragma once
// Random datasets of the shape of the embedded one (fixed seeds), for property tests of the
// query algorithms against naive references.

#include <regcoop/dataset/dataset.hpp>
#include <regcoop/model/records.hpp>

#include <random>
#include <string>
#include <vector>

namespace queryfix {

inline regcoop::dataset make(std::uint32_t seed, std::size_t projects = 500, std::size_t agreements = 300,
                             std::size_t indicators = 300) {
  using namespace regcoop;
  std::mt19937 rng(seed);
  const auto pick = [&](std::size_t n) { return static_cast<std::size_t>(rng() % n); };
  dataset_builder b;
  b.add(source{.id = {"src"}, .title = "random", .kind = source_kind::dataset});
  const std::vector<std::string> codes{"KZ", "KG", "TJ", "TM", "UZ", "CN", "US", "RU", "IN", "DE", "FR", "PL", "IT", "ES", "TR", "AZ", "GE", "MN", "PK", "AF"};
  for (const auto& c : codes) b.add(party{.id = {c}, .name = c, .iso_code = c});
  b.add(party{.id = {"EU"},
              .kind = party_kind::bloc,
              .name = "EU",
              .members = {{.member = {"DE"}, .period = {.from = partial_date{1958}, .to = std::nullopt}},
                          {.member = {"FR"}, .period = {.from = partial_date{1958}, .to = std::nullopt}},
                          {.member = {"PL"}, .period = {.from = partial_date{2004, 5, 1}, .to = std::nullopt}},
                          {.member = {"IT"}, .period = {.from = partial_date{1958}, .to = std::nullopt}},
                          {.member = {"ES"}, .period = {.from = partial_date{1986}, .to = std::nullopt}}}});
  const std::vector<std::string> parties_all = [&] {
    auto v = codes;
    v.push_back("EU");
    return v;
  }();
  const auto rand_date = [&]() {
    partial_date d{2015 + static_cast<int>(pick(11)), static_cast<int>(pick(13)), 0};
    if (d.month && pick(2)) d.day = 1 + static_cast<int>(pick(28));
    return d;
  };
  const auto rand_sectors = [&]() {
    std::vector<sector> s;
    const std::size_t n = 1 + pick(3);
    for (std::size_t i = 0; i < n; ++i) {
      const auto x = static_cast<sector>(pick(16));
      if (std::find(s.begin(), s.end(), x) == s.end()) s.push_back(x);
    }
    return s;
  };
  for (std::size_t i = 0; i < projects; ++i) {
    project p{.id = {"p" + std::to_string(i)}, .name = "Project " + std::to_string(i)};
    p.kind = static_cast<project_kind>(pick(15));
    p.sectors = rand_sectors();
    const std::size_t nh = pick(3);
    for (std::size_t h = 0; h < nh; ++h) p.hosts.push_back({codes[pick(codes.size())]});
    const std::size_t np = pick(3);
    for (std::size_t h = 0; h < np; ++h)
      p.participants.push_back({.party = {parties_all[pick(parties_all.size())]}, .role = static_cast<participant_role>(pick(6))});
    int y = 2010 + static_cast<int>(pick(5));
    const std::size_t ns = pick(4);
    for (std::size_t s = 0; s < ns; ++s) {
      y += 1 + static_cast<int>(pick(3));
      p.status_history.push_back({.status = static_cast<project_status>(pick(7)), .since = partial_date{y}, .reported = std::nullopt});
    }
    if (pick(2))
      p.figures.push_back({.value = static_cast<double>(1 + pick(1000)) * 1e6, .bound = static_cast<bound>(pick(4)),
                           .unit = unit::money, .currency = "USD", .period = date_range::of(partial_date{y})});
    b.add(std::move(p));
  }
  for (std::size_t i = 0; i < agreements; ++i) {
    agreement a{.id = {"a" + std::to_string(i)}, .name = "Agreement " + std::to_string(i)};
    a.kind = static_cast<agreement_kind>(pick(8));
    a.sectors = rand_sectors();
    a.status = static_cast<agreement_status>(pick(5));
    const std::string x = parties_all[pick(parties_all.size())];
    std::string y = parties_all[pick(parties_all.size())];
    if (y == x) y = x == "CN" ? "KZ" : "CN";
    const auto d = rand_date();
    a.parties = {{.party = {x}, .signed_on = d, .in_force_from = std::nullopt, .ended_on = std::nullopt},
                 {.party = {y}, .signed_on = d, .in_force_from = std::nullopt, .ended_on = std::nullopt}};
    b.add(std::move(a));
  }
  for (std::size_t i = 0; i < indicators; ++i) {
    indicator ind{.id = {"i" + std::to_string(i)}, .measure = pick(2) ? "trade" : "fdi_stock", .name = "I"};
    ind.subjects = {{parties_all[pick(parties_all.size())]}};
    ind.counterparts = {{codes[pick(codes.size())]}};
    ind.sectors = rand_sectors();
    ind.value = figure{.value = static_cast<double>(pick(100000)), .bound = static_cast<bound>(pick(4)), .unit = unit::money,
                       .currency = "USD", .period = date_range::of(partial_date{2015 + static_cast<int>(pick(10))})};
    b.add(std::move(ind));
  }
  return std::move(b).build();
}

}  // namespace queryfix
