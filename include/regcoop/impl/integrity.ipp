#pragma once
/// @file impl/integrity.ipp
/// @brief The definition of `integrity_report` (declared in `regcoop/query/integrity.hpp`).
/// Included by that header in header-only mode and by `regcoop/src.hpp` under
/// REGCOOP_SEPARATE_COMPILATION.

#include "regcoop/query/integrity.hpp"
#include "regcoop/detail/tables.hpp"
#include "regcoop/detail/text.hpp"
#include "regcoop/model/geodesic.hpp"
#include "regcoop/model/records.hpp"
#include "regcoop/model/states.hpp"
#include "regcoop/query/succession.hpp"

#include <optional>
#include <string>
#include <vector>

REGCOOP_STRING_WARNINGS_BEGIN

namespace regcoop {

namespace detail {
// When a party existed: its own `founded` / `dissolved`, else (countries) the state registry's
// confirmed `from` / `to`, with the words that say where each end came from.
struct existence {
  std::optional<partial_date> from{}, to{};
  std::string from_said{}, to_said{};  // "founded 1991-12-16", "from 1991-12-16 in the state registry"
};

// Where a claim that begins on `begin` and ends on `end` (nullopt: open — since always, still
// holds) certainly lies outside `e`: `early` before it began, else after it ended; `said` is
// "before 'KZ' existed (independent 1991-12-16)". Only certain contradictions count: a partial
// date that may fall inside is none.
struct outside {
  bool early;
  std::string said;
};

}  // namespace detail

}  // namespace regcoop

namespace regcoop::detail {

// A length in km with one decimal.
REGCOOP_DECL std::string format_km(double km) {
  const auto tenths = static_cast<long long>(km * 10 + 0.5);
  return std::to_string(tenths / 10) + "." + std::to_string(tenths % 10);
}

REGCOOP_DECL existence existence_of(const party& p) {
  existence e;
  const bool country = p.kind == party_kind::country;
  if (p.founded) {
    e.from = p.founded;
    e.from_said = std::string(country ? "independent " : "founded ") + p.founded->to_string();
  }
  if (p.dissolved) {
    e.to = p.dissolved;
    e.to_said = std::string(country ? "ended " : "dissolved ") + p.dissolved->to_string();
  }
  if (country && (!e.from || !e.to)) {
    const state_info* s = !p.iso_code.empty() ? find_state(p.iso_code)
                          : p.cow_code        ? find_state(std::to_string(*p.cow_code), code_scheme::cow_number)
                                              : nullptr;
    if (s) {
      if (!e.from)
        if (const auto d = partial_date::try_parse(s->from)) {
          e.from = d;
          e.from_said = "from " + d->to_string() + " in the state registry";
        }
      if (!e.to)
        if (const auto d = partial_date::try_parse(s->to)) {
          e.to = d;
          e.to_said = "to " + d->to_string() + " in the state registry";
        }
    }
  }
  return e;
}

REGCOOP_DECL std::vector<outside> certainly_outside(const existence& e, const std::string& who,
                                                    const std::optional<partial_date>& begin,
                                                    const std::optional<partial_date>& end) {
  std::vector<outside> out;
  if (e.from && e.from->valid() && (!begin || (begin->valid() && certainly_before(*begin, *e.from))))
    out.push_back({true, "before '" + who + "' existed (" + e.from_said + ")"});
  if (e.to && e.to->valid() && (!end || (end->valid() && certainly_before(*e.to, *end))))
    out.push_back({false, "after '" + who + "' ended (" + e.to_said + ")"});
  return out;
}

}  // namespace regcoop::detail

namespace regcoop {

REGCOOP_DECL std::vector<finding> integrity_report(const dataset& ds) {
  std::vector<finding> out;
  std::vector<std::string> cited;
  std::vector<detail::existence> lives;
  lives.reserve(ds.parties().size());
  for (const auto& p : ds.parties()) lives.push_back(detail::existence_of(p));
  const auto life = [&](const party_id& id) -> const detail::existence* {
    const auto i = ds.position(id);
    return i ? &lives[*i] : nullptr;
  };
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
      if constexpr (std::is_same_v<R, party>) {
        const auto& own = *life(r.id);
        for (std::size_t i = 0; i < r.members.size(); ++i) {
          const auto& m = r.members[i];
          for (const auto& c : m.citations) cited.push_back(c.source.value);  // a spell's sources are cited too
          if (m.status_unknown) continue;  // asserts nothing
          const auto& begin = m.period.from ? m.period.from : m.reported;
          const auto& end = m.period.to;
          const auto say = [&](const detail::outside& o) {
            const std::string how = o.early ? (begin ? "begins " + begin->to_string() + ", " : "has no beginning, so it holds ")
                                            : (end ? "runs to " + end->to_string() + ", " : "has no end, so it holds ");
            out.push_back({label(r), detail::item_path("members", i),
                           "the spell of '" + m.member.value + "' (" + std::string(to_string(m.role)) + ") " + how + o.said});
          };
          for (const auto& o : detail::certainly_outside(own, r.id.value, begin, end)) say(o);
          if (const auto* theirs = life(m.member))
            for (const auto& o : detail::certainly_outside(*theirs, m.member.value, begin, end)) say(o);
        }
      }
      if constexpr (std::is_same_v<R, agreement>) {
        for (std::size_t i = 0; i < r.parties.size(); ++i) {
          const auto& e = r.parties[i];
          for (const auto& c : e.citations) cited.push_back(c.source.value);  // an entry's sources are cited too
          const auto* theirs = life(e.party);
          if (!theirs) continue;
          const auto check = [&](const std::optional<partial_date>& d, const char* field, const char* what) {
            if (!d) return;  // an absent date claims nothing
            for (const auto& o : detail::certainly_outside(*theirs, e.party.value, d, d))
              out.push_back({label(r), detail::item_path("parties", i) + "/" + field,
                             std::string(what) + " " + d->to_string() + ", " + o.said});
          };
          check(e.signed_on, "signed_on", "signed");
          check(e.acceded_on, "acceded_on", "acceded");
          check(e.ratified_on, "ratified_on", "ratified");
          check(e.provisionally_applied_from, "provisionally_applied_from", "applied provisionally from");
          check(e.in_force_from, "in_force_from", "in force from");
        }
      }
      if constexpr (std::is_same_v<R, project>) {
        for (std::size_t h = 0; h < r.hosts.size(); ++h) {
          const auto* theirs = life(r.hosts[h]);
          if (!theirs) continue;
          for (const auto& sc : r.status_history) {
            const auto& d = sc.since ? sc.since : sc.reported;
            if (!d) continue;
            const auto why = detail::certainly_outside(*theirs, r.hosts[h].value, d, d);
            if (why.empty()) continue;
            out.push_back({label(r), detail::item_path("hosts", h),
                           "status '" + std::string(to_string(sc.status)) + "' " + (sc.since ? "since " : "reported ") +
                               d->to_string() + ", " + why.front().said});
            break;  // one finding per host
          }
        }
      }
      if constexpr (std::is_same_v<R, project>) {
        if (r.hosts.empty()) out.push_back({label(r), "hosts", "no host country"});
        if (r.status_history.empty()) out.push_back({label(r), "status_history", "no status"});
        for (std::size_t i = 0; i < r.figures.size(); ++i) check_figure(label(r), detail::item_path("figures", i), r.figures[i]);
      }
      if constexpr (std::is_same_v<R, indicator>) {
        if (r.value) check_figure(label(r), "value", *r.value);
      }
      if constexpr (std::is_same_v<R, agreement>) {
        bool dated = false;
        for (const auto& p : r.parties)
          dated = dated || p.signed_on || p.acceded_on || p.ratified_on || p.provisionally_applied_from || p.in_force_from ||
                  p.ended_on;
        if (!dated) out.push_back({label(r), "parties", "no signing, accession, ratification, provisional application, entry-into-force or end date"});
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
  for (const auto& cycle : succession_cycles(ds)) {
    std::string path;
    for (const auto& p : cycle) path += p.value + " → ";
    out.push_back({"parties/" + cycle.front().value, "successors",
                   "succession cycle: " + path + cycle.front().value + " (nothing succeeds itself)"});
  }
  for (const auto& s : ds.sources())
    if (std::find(cited.begin(), cited.end(), s.id.value) == cited.end())
      out.push_back({"sources/" + s.id.value, "", "no record cites this source"});
  return out;
}

}  // namespace regcoop

REGCOOP_STRING_WARNINGS_END
