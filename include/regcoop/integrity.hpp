#pragma once
/// @file integrity.hpp
/// @brief Suspicious but valid data: things a curator should look at. Never throws on data.

#include "regcoop/dataset.hpp"
#include "regcoop/detail/tables.hpp"
#include "regcoop/geodesic.hpp"

#include <string>
#include <vector>

namespace regcoop {

namespace detail {
// A length in km with one decimal.
inline std::string format_km(double km) {
  const auto tenths = static_cast<long long>(km * 10 + 0.5);
  return std::to_string(tenths / 10) + "." + std::to_string(tenths % 10);
}
}  // namespace detail

/// One thing worth a look.
struct finding {
  std::string record{};   ///< "kind/id"
  std::string field{};    ///< the field, if one
  std::string message{};  ///< what looks odd
};

/// Lists suspicious but valid data: fact records with no citation; figures with neither a
/// period nor an as-of date; projects with no host or no status; agreements with no date;
/// nodes at (0, 0); sources no record cites; percentages above 100; segments with no length;
/// segments shorter than the geodesic distance between their nodes (WGS 84, `geodesic_km`).
/// O(size of the dataset).
[[nodiscard]] inline std::vector<finding> integrity_report(const dataset& ds) {
  std::vector<finding> out;
  std::vector<std::string> cited;
  const auto label = [](const auto& r) { return detail::record_label<std::remove_cvref_t<decltype(r)>>(r.id.value); };
  const auto check_figure = [&](const std::string& rec, const std::string& field, const figure& f) {
    if (f.period.unbounded() && !f.as_of) out.push_back({rec, field, "figure has neither a period nor an as-of date"});
    if (f.unit == unit::percent && f.value > 100) out.push_back({rec, field, "percentage above 100"});
  };
  boost::mp11::mp_for_each<record_types>([&](auto t) {
    using R = decltype(t);
    for (const auto& r : ds.all<R>()) {
      if constexpr (requires { r.citations; }) {
        for (const auto& c : r.citations) cited.push_back(c.source.value);
        if (r.citations.empty() && !std::is_same_v<R, party>)
          out.push_back({label(r), "citations", "no source cited"});
      }
      if constexpr (std::is_same_v<R, project>) {
        if (r.hosts.empty()) out.push_back({label(r), "hosts", "no host country"});
        if (r.status_history.empty()) out.push_back({label(r), "status_history", "no status"});
        for (std::size_t i = 0; i < r.figures.size(); ++i) check_figure(label(r), "figures/" + std::to_string(i), r.figures[i]);
      }
      if constexpr (std::is_same_v<R, indicator>) {
        if (r.value) check_figure(label(r), "value", *r.value);
      }
      if constexpr (std::is_same_v<R, agreement>) {
        bool dated = false;
        for (const auto& p : r.parties) dated = dated || p.signed_on || p.in_force_from || p.ended_on;
        if (!dated) out.push_back({label(r), "parties", "no signing, entry-into-force or end date"});
      }
      if constexpr (std::is_same_v<R, node>) {
        if (r.lat == 0 && r.lon == 0) out.push_back({label(r), "lat", "coordinates are (0, 0)"});
      }
      if constexpr (std::is_same_v<R, segment>) {
        if (r.length_km == 0) out.push_back({label(r), "length_km", "zero length"});
        const double g = geodesic_km(ds.at(r.from), ds.at(r.to));
        if (r.length_km > 0 && r.length_km < g)
          out.push_back({label(r), "length_km",
                         "shorter than the geodesic distance between its nodes (" + detail::format_km(r.length_km) + " km < " +
                             detail::format_km(g) + " km)"});
      }
      if constexpr (std::is_same_v<R, mechanism>) {
        for (const auto& b : r.bodies)
          for (const auto& c : b.citations) cited.push_back(c.source.value);
      }
    }
  });
  for (const auto& s : ds.sources())
    if (std::find(cited.begin(), cited.end(), s.id.value) == cited.end())
      out.push_back({"sources/" + s.id.value, "", "no record cites this source"});
  return out;
}

}  // namespace regcoop
