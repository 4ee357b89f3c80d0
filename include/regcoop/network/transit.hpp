#pragma once
/// @file regcoop/network/transit.hpp
/// @brief Transit analysis: route a set of flows and add up the volume crossing each country.

#include "regcoop/detail/text.hpp"
#include "regcoop/network/network.hpp"

#include <algorithm>
#include <string>
#include <vector>

namespace regcoop {

/// A volume moving from one node to another (trains, tonnes, containers, ...).
struct flow {
  node_id from{};     ///< origin
  node_id to{};       ///< destination
  double volume = 1;  ///< how much moves
};

/// The volume whose route passes through one country.
struct country_volume {
  party_id country{};     ///< the country
  double volume = 0;      ///< volume whose route enters or leaves it
  double share = 0;       ///< `volume` / total volume of all flows, 0..1
  double transit = 0;     ///< volume that crosses it without starting or ending there
  double transit_share = 0;  ///< `transit` / total volume, 0..1
};

/// The result of `transit_shares`.
struct transit_report {
  std::vector<country_volume> countries{};  ///< by decreasing volume, then country id
  double total_volume = 0;                  ///< sum of all flow volumes
  double unrouted_volume = 0;               ///< volume of flows with no route
  std::vector<std::size_t> unrouted{};      ///< positions of those flows in the input
};

/// Routes each flow by `network::shortest_route(opt, sc)` and reports, for every country on
/// some route, the volume and share of all volume passing through it (as origin, destination
/// or transit) and the transit-only part. Flows with no route are counted in the total and
/// listed in `unrouted`. O(flows · shortest route).
/// @throws regcoop::error (`unknown_id`) for a flow endpoint that is not a node;
/// (`invalid_value`) for a negative or non-finite volume.
[[nodiscard]] inline transit_report transit_shares(const network& net, const std::vector<flow>& flows,
                                                   const route_options& opt = {}, const scenario& sc = {}) {
  transit_report rep;
  std::vector<std::pair<party_id, std::pair<double, double>>> acc;  // country -> (volume, transit)
  const auto add = [&](const party_id& c, double v, bool transit) {
    auto it = std::find_if(acc.begin(), acc.end(), [&](const auto& p) { return p.first == c; });
    if (it == acc.end()) it = acc.insert(acc.end(), {c, {0.0, 0.0}});
    it->second.first += v;
    if (transit) it->second.second += v;
  };
  for (std::size_t i = 0; i < flows.size(); ++i) {
    const auto& f = flows[i];
    if (!std::isfinite(f.volume) || f.volume < 0)
      throw error(errc::invalid_value, detail::item_path("flows", i), "volume", "negative or non-finite volume");
    rep.total_volume += f.volume;
    const auto r = net.shortest_route(f.from, f.to, opt, sc);
    if (!r) {
      rep.unrouted_volume += f.volume;
      rep.unrouted.push_back(i);
      continue;
    }
    const auto& cs = r.found->countries;
    for (std::size_t k = 0; k < cs.size(); ++k) {
      // A country is transit unless it is where the flow starts or ends.
      const bool endpoint = cs[k] == cs.front() || cs[k] == cs.back();
      if (std::find(cs.begin(), cs.begin() + static_cast<std::ptrdiff_t>(k), cs[k]) != cs.begin() + static_cast<std::ptrdiff_t>(k))
        continue;  // a country entered twice is counted once
      add(cs[k], f.volume, !endpoint);
    }
  }
  for (const auto& [c, v] : acc) {
    const double t = rep.total_volume > 0 ? rep.total_volume : 1;
    rep.countries.push_back({c, v.first, v.first / t, v.second, v.second / t});
  }
  std::sort(rep.countries.begin(), rep.countries.end(), [](const country_volume& a, const country_volume& b) {
    return a.volume != b.volume ? a.volume > b.volume : a.country < b.country;
  });
  return rep;
}

/// The entry of `country` in a report, or nullptr. O(countries).
[[nodiscard]] inline const country_volume* find_country(const transit_report& r, const party_id& country) noexcept {
  const auto it = std::find_if(r.countries.begin(), r.countries.end(), [&](const country_volume& c) { return c.country == country; });
  return it == r.countries.end() ? nullptr : &*it;
}

}  // namespace regcoop
