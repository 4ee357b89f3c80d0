#pragma once
/// @file detail/validate.hpp
/// @brief Validation of every record of a dataset: generic checks over the Boost.Describe
/// descriptions (references, dates, numbers, figures, citations, names) plus the rules of
/// each record kind. Each problem names its record and field.

#include "regcoop/config.hpp"
#include "regcoop/detail/text.hpp"
#include "regcoop/model/country.hpp"
#include "regcoop/detail/spells.hpp"
#include "regcoop/detail/tables.hpp"
#include "regcoop/detail/walk.hpp"
#include "regcoop/model/enum.hpp"
#include "regcoop/model/error.hpp"
#include "regcoop/model/records.hpp"
#include "regcoop/model/states.hpp"

#include <boost/mp11/tuple.hpp>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdint>
#include <limits>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

REGCOOP_STRING_WARNINGS_BEGIN

namespace regcoop::detail {

class checker {
 public:
  checker(const tables& t, std::vector<problem>& probs) : t_(t), probs_(probs) {}

  void report(errc c, std::string field, std::string msg) {
    if (record_.empty()) record_ = label_(label_record_, label_pos_);
    probs_.push_back({c, record_, std::move(field), std::move(msg)});
  }
  void report(errc c, const path_chain& field, std::string msg) { report(c, field.to_string(), std::move(msg)); }

  // Checks one record: one walk over its values, whose path is a chain of segments on the
  // stack (nothing allocated); the path string a problem carries, and the record's label,
  // are built only when there is a problem.
  template <class R>
  void check_record(const R& r, std::size_t pos) {
    record_.clear();
    label_record_ = &r;
    label_pos_ = pos;
    label_ = [](const void* rec, std::size_t at) { return record_label(*static_cast<const R*>(rec), at); };
    own_id_ = &r.id;
    path_chain path;
    auto visit = [&](const auto& v, const path_chain& p) { check_value(v, p); };
    walk(r, path, visit);
    check_rules(r);
  }

  template <class Tag>
  const record_for<Tag>* resolve(const id<Tag>& i) const {
    const auto& tab = std::get<table<record_for<Tag>>>(t_);
    const auto p = tab.find(i.value);
    return p ? &tab.rows[*p] : nullptr;
  }

 private:
  // ---- generic checks, by type -------------------------------------------------------
  // 'text' in single quotes, built by appending (see detail::item_path on g++ 12's -Wrestrict).
  static std::string quoted(std::string_view text) {
    std::string out(1, '\'');
    out += text;
    out += '\'';
    return out;
  }
  // A field below `path`: "path/m", the path with one more link (built when a problem is
  // reported).
  static std::string below(const path_chain& path, const char* m) {
    path_chain p = path;
    path_guard_chain g(p, m);
    return p.to_string();
  }
  static bool is_name(const path_chain& path) { return path.last() == "name"; }

  template <class T>
  void check_value(const T& v, const path_chain& path) {
    if constexpr (is_id_v<T>) {
      if (static_cast<const void*>(&v) == own_id_) return;  // the record's own id: checked by build_indexes
      if (!resolve(v)) {
        using R = record_for<typename tag_of<T>::type>;
        report(errc::dangling_reference, path,
               v.value.empty() ? "the reference is empty"
                               : "no " + std::string(collection_name<R>()) + " record has id '" + v.value + "'");
      }
    } else if constexpr (std::is_same_v<T, partial_date>) {
      check_date(v, path);
    } else if constexpr (std::is_same_v<T, date_range>) {
      if (v.from && v.to && v.from->valid() && v.to->valid() && certainly_before(*v.to, *v.from))
        report(errc::inverted_dates, path,
               "the range ends (" + v.to->to_string() + ") before it begins (" + v.from->to_string() + ")");
    } else if constexpr (std::is_floating_point_v<T>) {
      if (!std::isfinite(v)) report(errc::not_finite, path, "the number is NaN or infinite");
    } else if constexpr (std::is_same_v<T, figure>) {
      check_figure(v, path);
    } else if constexpr (std::is_same_v<T, citation>) {
      if (v.quote.empty()) report(errc::empty_name, below(path, "quote"), "the quote is empty");
      if (v.quote.size() > max_quote_length)
        report(errc::invalid_value, below(path, "quote"),
               "the quote has " + std::to_string(v.quote.size()) + " bytes; at most " +
                   std::to_string(max_quote_length) + " are allowed");
    } else if constexpr (std::is_same_v<T, std::string>) {
      if (v.empty() && is_name(path))
        report(errc::empty_name, path, "the name is empty");
    } else if constexpr (std::is_enum_v<T>) {
      if (to_string(v) == "(invalid)")
        report(errc::invalid_value, path, "value " + std::to_string(static_cast<long long>(v)) + " is no enumerator");
    }
  }

  template <class T>
  struct tag_of;
  template <class Tag>
  struct tag_of<id<Tag>> {
    using type = Tag;
  };

  void check_date(const partial_date& d, const path_chain& path) {
    if (!d.valid()) report(errc::invalid_date, path, d.invalid_reason());
  }

  void check_figure(const figure& f, const path_chain& path) {
    const auto at = [&](const char* m) -> decltype(auto) { return below(path, m); };
    if (f.bound == bound::range) {
      if (!f.upper)
        report(errc::contradictory_bound, at("upper"), "a range needs an upper end");
      else if (std::isfinite(*f.upper) && std::isfinite(f.value) && *f.upper < f.value)
        report(errc::contradictory_bound, at("upper"), "the upper end of the range is below its lower end");
    } else if (f.upper) {
      report(errc::contradictory_bound, at("upper"),
             "an upper end is given but the bound is '" + std::string(to_string(f.bound)) + "', not 'range'");
    }
    if (f.unit == unit::money && f.currency.empty())
      report(errc::invalid_value, at("currency"), "money needs a currency");
    if (f.unit != unit::money && !f.currency.empty())
      report(errc::invalid_value, at("currency"), "a currency is given for a figure that is not money");
    if (f.price_year && *f.price_year < 1)
      report(errc::invalid_value, at("price_year"), "price year " + std::to_string(*f.price_year) + " is not a year");
    if (f.price_year && f.unit != unit::money)
      report(errc::invalid_value, at("price_year"), "a price year is given for a figure that is not money");
  }

  // ---- rules of each record kind -----------------------------------------------------
  void require_country(const party_id& p, const std::string& path) {
    if (const auto* r = resolve(p); r && r->kind != party_kind::country) report(errc::invalid_value, path, "'" + p.value + "' is not a country");
  }

  void check_rules(const source&) {}
  void check_rules(const event&) {}

  void check_rules(const party& p) {
    if (p.kind == party_kind::country) {
      check_country_codes(p);
    } else {
      if (!p.iso_code.empty()) report(errc::invalid_value, "iso_code", "only countries have an ISO code");
      if (p.cow_code) report(errc::invalid_value, "cow_code", "only countries have a COW state number");
    }
    for (std::size_t i = 0; i < p.successors.size(); ++i)
      if (p.successors[i] == p.id)
        report(errc::invalid_value, detail::item_path("successors", i), "a party cannot succeed itself");
    if (p.kind == party_kind::country && !p.members.empty())
      report(errc::invalid_value, "members", "a country has no members (blocs and organisations do)");
    for (std::size_t i = 0; i < p.members.size(); ++i) {
      const auto& m = p.members[i];
      const std::string at = detail::item_path("members", i);
      if (m.member == p.id) report(errc::invalid_value, at + "/member", "an organisation cannot be its own member");
      if (m.reported && m.period.from)
        report(errc::invalid_value, at + "/reported", "'reported' is for spells whose beginning is unknown; this one has 'period/from'");
      if (m.reported && m.period.to && m.reported->valid() && m.period.to->valid() && certainly_before(*m.period.to, *m.reported))
        report(errc::inverted_dates, at + "/reported", "the spell is reported after its end");
      check_overlaps(p, i, at);
      if (m.continues) check_continues(p, i, at);
    }
    check_concurrent_roles(p);
    if (p.kind != party_kind::country) check_membership_cycle(p);
    if (p.home_country) {
      if (p.kind == party_kind::country)
        report(errc::invalid_value, "home_country", "only organisations and blocs have a home country");
      require_country(*p.home_country, "home_country");
    }
    if (p.kind == party_kind::country) {
      if (p.organisation != organisation_kind::none)
        report(errc::invalid_value, "organisation", "only organisations and blocs have an organisation kind");
      if (!p.seat.empty()) report(errc::invalid_value, "seat", "only organisations and blocs have a seat");
      if (p.established_by) report(errc::invalid_value, "established_by", "only organisations and blocs are established by an agreement");
    } else if (p.kind == party_kind::organisation && p.organisation == organisation_kind::none) {
      report(errc::invalid_value, "organisation", "an organisation needs an organisation kind");
    }
    order(p.founded, p.dissolved, "dissolved", "is dissolved before it is founded");
  }

  // A country's codes: `iso_code` a code of the state registry (ISO 3166-1 alpha-2, a former
  // state's ISO 3166-3 code, XK), or empty with a `cow_code` of a COW state; both given, the
  // COW number means that state in some year.
  void check_country_codes(const party& p) {
    const state_info* state = nullptr;
    if (!p.iso_code.empty()) {
      state = registry_state(p.iso_code);
      if (!state) report(errc::unknown_country, "iso_code", unknown_iso_code(p.iso_code));
    }
    bool cow_known = false;
    if (p.cow_code) {
      for (const auto& m : cow_numbers()) cow_known = cow_known || m.ccode == *p.cow_code;
      if (!cow_known)
        report(errc::unknown_country, "cow_code",
               std::to_string(*p.cow_code) + " is not a state number of the COW State System Membership list");
    }
    if (p.iso_code.empty() && !p.cow_code)
      report(errc::unknown_country, "iso_code",
             "a country needs an iso_code, or a cow_code for a COW state without an ISO code");
    if (state && cow_known && !cow_number_means(*p.cow_code, *state)) {
      std::string means;
      for (const auto& m : cow_numbers())
        if (m.ccode == *p.cow_code && means.find("'" + std::string(m.state->id) + "'") == std::string::npos)
          means += (means.empty() ? "'" : ", '") + std::string(m.state->id) + "'";
      report(errc::invalid_value, "cow_code",
             "COW number " + std::to_string(*p.cow_code) + " means " + means + ", not the state of iso_code '" + p.iso_code + "'");
    }
  }

  // The registry state an `iso_code` names: two letters an ISO 3166-1 alpha-2 code (current,
  // a former state's where only one had it, or XK), four an ISO 3166-3 code ("SUHH").
  static const state_info* registry_state(std::string_view code) noexcept {
    for (char c : code)
      if (c < 'A' || c > 'Z') return nullptr;  // codes are upper case
    if (code.size() == 2) return find_state(code, code_scheme::iso_alpha2);
    if (code.size() == 4) return find_state(code, code_scheme::iso3166_3);
    return nullptr;
  }

  static std::string unknown_iso_code(const std::string& code) {
    std::string formers;
    for (const auto& s : all_states())
      if (s.former && !s.iso3166_3.empty() && s.alpha2 == code)
        formers += (formers.empty() ? "'" : " or '") + std::string(s.iso3166_3) + "' (" + std::string(s.name) + ")";
    if (formers.find(" or ") != std::string::npos)
      return "'" + code + "' was the ISO code of more than one state; give its ISO 3166-3 code: " + formers;
    return "'" + code + "' is not a code of the state registry (an upper-case ISO 3166-1 alpha-2 code, a former "
           "state's ISO 3166-3 code, or XK)";
  }

  // The certain part of a spell, in days: from its latest possible first day (or the report)
  // to its earliest possible last day.
  static bool certainly_overlap(const membership& a, const membership& b) {
    if (a.status_unknown || b.status_unknown) return false;  // neither holds on any day for certain
    const auto begin = [](const membership& m) {
      const auto& f = m.period.from ? m.period.from : m.reported;
      return f && f->valid() ? f->last_day() : std::numeric_limits<std::int32_t>::min();
    };
    const auto end = [](const membership& m) {
      return m.period.to && m.period.to->valid() ? m.period.to->first_day() : std::numeric_limits<std::int32_t>::max();
    };
    return std::max(begin(a), begin(b)) <= std::min(end(a), end(b));
  }

  // Spells of one member overlap only in two different roles both listed in
  // `concurrent_roles`; never in one role.
  void check_overlaps(const party& p, std::size_t i, const std::string& at) {
    const auto& m = p.members[i];
    const auto listed = [&](membership_role r) {
      return std::find(p.concurrent_roles.begin(), p.concurrent_roles.end(), r) != p.concurrent_roles.end();
    };
    // A continuation without its own start begins the day after the spell it continues.
    std::size_t prev = i;
    while (prev-- > 0 && p.members[prev].member != m.member) {}
    membership dated = m;
    if (m.continues && !m.period.from && prev < i && p.members[prev].period.to && p.members[prev].period.to->valid()) {
      const std::chrono::year_month_day next{std::chrono::sys_days{std::chrono::days{p.members[prev].period.to->last_day() + 1}}};
      dated.period.from = partial_date{static_cast<int>(next.year()), static_cast<int>(static_cast<unsigned>(next.month())),
                                       static_cast<int>(static_cast<unsigned>(next.day()))};
    }
    for (std::size_t j = 0; j < i; ++j) {
      const auto& o = p.members[j];
      if (o.member != m.member || !certainly_overlap(o, dated)) continue;
      const std::string which = "spell overlaps spell " + std::to_string(j) + " of the same member ('" + m.member.value + "')";
      if (o.role == m.role)
        report(errc::invalid_value, at, which + " in the same role ('" + std::string(to_string(m.role)) + "'); a member holds a role once at a time");
      else if (!listed(o.role) || !listed(m.role))
        report(errc::invalid_value, at,
               which + ", '" + std::string(to_string(o.role)) + "' there and '" + std::string(to_string(m.role)) +
                   "' here; a member holds one role at a time unless the organisation lists both roles in concurrent_roles");
    }
  }

  // A continuing spell: the member's previous spell (the nearest earlier one in `members`)
  // has an end, neither is of unknown status, and `period/from` allows the day after that end
  // (the days the end may denote, plus one, meet the days `from` may denote); the chain as a
  // whole must leave every spell at least one day.
  void check_continues(const party& p, std::size_t i, const std::string& at) {
    const auto& m = p.members[i];
    std::size_t j = i;
    while (j-- > 0 && p.members[j].member != m.member) {}
    if (j >= i) {
      report(errc::invalid_value, at + "/continues",
             "the spell continues the previous spell of '" + m.member.value + "', but members lists none before it");
      return;
    }
    const auto& prev = p.members[j];
    const std::string prev_name = "spell " + std::to_string(j);
    bool ok = true;
    if (m.status_unknown || prev.status_unknown) {
      report(errc::invalid_value, at + "/continues",
             std::string(m.status_unknown ? "a spell of unknown status" : "the spell") + " cannot continue " +
                 (prev.status_unknown ? prev_name + ", whose status is unknown" : prev_name) +
                 " (a continuing spell says the member belongs without a gap)");
      ok = false;
    }
    if (!prev.period.to) {
      report(errc::invalid_value, at + "/continues", "the spell continues " + prev_name + ", which has no end (period/to)");
      ok = false;
    }
    if (m.reported) {
      report(errc::invalid_value, at + "/reported",
             "a continuing spell begins the day after " + prev_name + " ends; 'reported' is for spells whose beginning is unknown");
      ok = false;
    }
    if (!ok || !prev.period.to->valid()) return;
    const auto& to = *prev.period.to;
    if (m.period.from && m.period.from->valid() &&
        (m.period.from->first_day() > to.last_day() + 1 || m.period.from->last_day() < to.first_day() + 1)) {
      report(errc::invalid_value, at + "/period/from",
             "the spell continues " + prev_name + ", which ends " + to.to_string() + ", so it begins the day after that; from " +
                 m.period.from->to_string() + " does not allow it");
      return;
    }
    // The chain up to this spell, through the previous spells it continues.
    std::vector<const membership*> chain{&m};
    for (std::size_t k = i; p.members[k].continues;) {
      std::size_t q = k;
      while (q-- > 0 && p.members[q].member != m.member) {}
      if (q >= k || !links(p.members[k], &p.members[q])) break;
      chain.push_back(&p.members[q]);
      k = q;
    }
    std::reverse(chain.begin(), chain.end());
    for (const auto* s : chain)
      if ((s->period.from && !s->period.from->valid()) || (s->period.to && !s->period.to->valid())) return;
    std::vector<cut> cuts;
    if (chain_cuts(chain, cuts)) return;
    if (chain.size() > 2 && chain_cuts(std::span<const membership* const>(chain.data(), chain.size() - 1), cuts)) {
      report(errc::invalid_value, at + "/continues",
             "the chain of continuing spells of '" + m.member.value + "' that ends here leaves some spell no day (each begins the day after the one before ends)");
    } else if (chain.size() == 2) {
      report(errc::invalid_value, at + "/continues",
             "with " + prev_name + " the spell leaves one of them no day (it begins the day after " + prev_name + " ends)");
    }
  }

  // `concurrent_roles`: organisations and blocs only, each role once, two or more.
  void check_concurrent_roles(const party& p) {
    if (p.concurrent_roles.empty()) return;
    if (p.kind == party_kind::country) {
      report(errc::invalid_value, "concurrent_roles", "a country has no members, so no concurrent roles");
      return;
    }
    for (std::size_t k = 0; k < p.concurrent_roles.size(); ++k)
      for (std::size_t j = 0; j < k; ++j)
        if (p.concurrent_roles[j] == p.concurrent_roles[k])
          report(errc::invalid_value, detail::item_path("concurrent_roles", k),
                 quoted(to_string(p.concurrent_roles[k])).append(" is listed twice (it is listed at ").append(std::to_string(j)).append(")"));
    if (p.concurrent_roles.size() == 1)
      report(errc::invalid_value, "concurrent_roles",
             std::string("only ").append(quoted(to_string(p.concurrent_roles[0])))
                 .append(" is listed; a member holds two roles at once only when both are listed"));
  }

  // Reports a cycle of organisations that are members of each other (A in B in A) on each
  // party of the cycle, naming the cycle.
  void check_membership_cycle(const party& start) {
    std::vector<const party*> path{&start};
    std::vector<const party*> done;
    const auto visit = [&](auto&& self, const party& p) -> bool {
      for (const auto& m : p.members) {
        const party* q = resolve(m.member);
        if (!q || q->kind == party_kind::country) continue;
        if (q == &start) {
          std::string cycle;
          for (const auto* x : path) cycle += x->id.value + " → ";
          report(errc::invalid_value, "members",
                 "membership cycle: " + cycle + start.id.value + " (an organisation cannot contain itself)");
          return true;
        }
        if (std::find(path.begin(), path.end(), q) != path.end() || std::find(done.begin(), done.end(), q) != done.end())
          continue;
        path.push_back(q);
        if (self(self, *q)) return true;
        path.pop_back();
        done.push_back(q);
      }
      return false;
    };
    visit(visit, start);
  }

  void check_rules(const mechanism& m) {
    if (m.core.empty()) report(errc::invalid_value, "core", "a mechanism needs a core group");
    for (std::size_t i = 0; i < m.core.size(); ++i)
      if (m.core[i] == m.partner)
        report(errc::invalid_value, detail::item_path("core", i), "the partner is also in the core group");
  }

  void check_rules(const agreement& a) {
    if (a.parties.size() < 2) report(errc::invalid_value, "parties", "an agreement needs at least two parties");
    for (std::size_t i = 0; i < a.parties.size(); ++i) {
      const auto& p = a.parties[i];
      const std::string base = detail::item_path("parties", i);
      order(p.signed_on, p.in_force_from, base + "/in_force_from", "enters into force before it is signed");
      order(p.signed_on, p.ratified_on, base + "/ratified_on", "is ratified before it is signed");
      order(p.ratified_on, p.ended_on, base + "/ended_on", "ends before it is ratified");
      order(p.in_force_from, p.ended_on, base + "/ended_on", "ends before it enters into force");
      order(p.signed_on, p.ended_on, base + "/ended_on", "ends before it is signed");
      // Accession is how a state that did not sign becomes a party, and is itself its consent
      // to be bound (Vienna Convention on the Law of Treaties, arts. 11 and 15).
      if (p.acceded_on && p.signed_on)
        report(errc::invalid_value, base + "/acceded_on",
               "a party that signed does not accede (accession is for a non-signatory): give signed_on and "
               "ratified_on, or acceded_on alone");
      if (p.acceded_on && p.ratified_on)
        report(errc::invalid_value, base + "/ratified_on",
               "a party that acceded does not ratify (accession is its consent to be bound): give acceded_on alone");
      order(p.acceded_on, p.in_force_from, base + "/in_force_from", "enters into force before it accedes");
      order(p.acceded_on, p.ended_on, base + "/ended_on", "ends before it accedes");
      // Provisional application may begin on signature and runs until entry into force (art. 25).
      order(p.signed_on, p.provisionally_applied_from, base + "/provisionally_applied_from",
            "is applied provisionally before it is signed");
      order(p.provisionally_applied_from, p.in_force_from, base + "/provisionally_applied_from",
            "is applied provisionally only after it enters into force (provisional application comes before)");
      order(p.provisionally_applied_from, p.ended_on, base + "/ended_on", "ends before it is applied provisionally");
    }
  }

  void check_rules(const project& p) {
    for (std::size_t i = 0; i < p.hosts.size(); ++i) require_country(p.hosts[i], detail::item_path("hosts", i));
    for (std::size_t i = 1; i < p.status_history.size(); ++i)
      order(p.status_history[i - 1].since, p.status_history[i].since,
            detail::item_path("status_history", i) + "/since", "the status history is out of time order");
    if (p.parent && *p.parent == p.id) report(errc::invalid_value, "parent", "a project cannot be its own parent");
  }

  void check_rules(const node& n) {
    require_country(n.country, "country");
    if (std::isfinite(n.lat) && (n.lat < -90 || n.lat > 90))
      report(errc::invalid_value, "lat", "latitude out of range -90..90");
    if (std::isfinite(n.lon) && (n.lon < -180 || n.lon > 180))
      report(errc::invalid_value, "lon", "longitude out of range -180..180");
  }

  void check_rules(const segment& s) {
    if (s.from == s.to) report(errc::invalid_value, "to", "the segment begins and ends at the same node");
    if (s.length_km < 0) report(errc::invalid_value, "length_km", "negative length");
    if (s.hours && *s.hours < 0) report(errc::invalid_value, "hours", "negative travel time");
    if (s.mode == transport_mode::rail) {
      if (s.gauge_mm && (*s.gauge_mm < 600 || *s.gauge_mm > 1700))
        report(errc::invalid_value, "gauge_mm", "rail gauge " + std::to_string(*s.gauge_mm) + " mm out of range 600..1700");
    } else if (s.gauge_mm) {
      report(errc::invalid_value, "gauge_mm", "a gauge is given for a segment that is not rail");
    }
    for (std::size_t i = 0; i < s.history.size(); ++i) {
      const auto& h = s.history[i];
      const std::string at = detail::item_path("history", i);
      if (h.since && h.reported) report(errc::invalid_value, at + "/reported", "give 'since' or 'reported', not both");
      if (i) {
        const auto& prev = s.history[i - 1];
        order(prev.since ? prev.since : prev.reported, h.since ? h.since : h.reported, at + (h.since ? "/since" : "/reported"),
              "the status history is out of time order");
      }
    }
    if (!s.history.empty() && s.history.back().status != s.status)
      report(errc::invalid_value, "status",
             "the status '" + std::string(to_string(s.status)) + "' is not the last status of the history ('" +
                 std::string(to_string(s.history.back().status)) + "')");
  }

  void check_rules(const border_rule& r) {
    if (r.between.empty() == !r.within.has_value())
      report(errc::invalid_value, r.within ? "within" : "between",
             "a border rule needs either two countries in 'between' or an organisation in 'within'");
    if (!r.between.empty()) {
      if (r.between.size() != 2)
        report(errc::invalid_value, "between", "a border is between two countries, not " + std::to_string(r.between.size()));
      else if (r.between[0] == r.between[1])
        report(errc::invalid_value, "between/1", "a border is between two different countries");
      for (std::size_t i = 0; i < r.between.size(); ++i) require_country(r.between[i], detail::item_path("between", i));
    }
    if (r.within)
      if (const auto* o = resolve(*r.within); o && o->kind == party_kind::country)
        report(errc::invalid_value, "within", "'" + r.within->value + "' is a country, not an organisation");
    if (r.clearance_hours && std::isfinite(*r.clearance_hours) && *r.clearance_hours < 0)
      report(errc::invalid_value, "clearance_hours", "negative clearance time");
    if (r.closed && r.clearance_hours)
      report(errc::invalid_value, "clearance_hours", "a closed border has no clearance time");
    if (!r.closed && !r.clearance_hours)
      report(errc::invalid_value, "clearance_hours", "a border rule needs clearance_hours or closed");
  }

  void check_rules(const corridor& c) {
    if (c.segments.empty()) report(errc::invalid_value, "segments", "a corridor needs at least one segment");
    for (std::size_t i = 1; i < c.segments.size(); ++i) {
      const auto* a = resolve(c.segments[i - 1]);
      const auto* b = resolve(c.segments[i]);
      if (a && b && a->from != b->from && a->from != b->to && a->to != b->from && a->to != b->to)
        report(errc::invalid_value, detail::item_path("segments", i),
               "segment '" + b->id.value + "' does not meet the segment before it ('" + a->id.value + "')");
    }
  }

  void check_rules(const indicator& i) {
    if (i.measure.empty()) report(errc::empty_name, "measure", "the indicator name is empty");
    if (i.subjects.empty() && !i.corridor)
      report(errc::invalid_value, "subjects", "an observation needs subjects or a corridor");
    if (!i.value && i.note.empty()) report(errc::invalid_value, "value", "an observation needs a value or a note");
  }

  void order(const std::optional<partial_date>& a, const std::optional<partial_date>& b, std::string field,
             const char* msg) {
    if (a && b && a->valid() && b->valid() && certainly_before(*b, *a))
      report(errc::inverted_dates, std::move(field), std::string(msg) + " (" + a->to_string() + " → " + b->to_string() + ")");
  }

  const tables& t_;
  std::vector<problem>& probs_;
  std::string record_;  // the record's label, once a problem needs it
  const void* label_record_ = nullptr;
  std::size_t label_pos_ = 0;
  std::string (*label_)(const void*, std::size_t) = nullptr;
  const void* own_id_ = nullptr;  // the record's own id, which is not a reference
};

// A template (its argument is always `tables`) so that only code that builds a dataset
// instantiates the checks: including the headers stays cheap.
template <class Tables>
void validate(const Tables& t, std::vector<problem>& probs) {
  checker c(t, probs);
  boost::mp11::tuple_for_each(t, [&](const auto& tab) {
    for (std::size_t i = 0; i < tab.rows.size(); ++i) c.check_record(tab.rows[i], i);
  });
}

}  // namespace regcoop::detail

REGCOOP_STRING_WARNINGS_END
