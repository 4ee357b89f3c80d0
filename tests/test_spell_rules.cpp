// Spell rules: continuing spells, concurrent roles and the membership questions on a day or on
// some / every day of a period — unit tests on the researcher's fixture, validation messages,
// and a property test against a brute-force reference that tries every consistent choice of
// the days the partial dates denote.
#include <regcoop/query/as_of.hpp>
#include <regcoop/io/json.hpp>
#include <regcoop/query/memberships.hpp>

#include <doctest/doctest.h>

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <optional>
#include <random>
#include <set>
#include <string>
#include <vector>

using namespace regcoop;

namespace {
const dataset& researcher() {
  static const dataset ds = load_json(REGCOOP_TEST_DATA_DIR "/researcher.json");
  return ds;
}
query_date every(partial_date d) { return {d, day_rule::every_day}; }

std::vector<std::string> problems_of(dataset_builder b) {
  std::vector<std::string> out;
  try {
    (void)std::move(b).build();
  } catch (const error& e) {
    out.push_back(e.what());
  }
  return out;
}
bool mentions(const std::vector<std::string>& v, const std::string& what) {
  return std::any_of(v.begin(), v.end(), [&](const std::string& s) { return s.find(what) != std::string::npos; });
}
party country(const char* id) { return party{.id = {id}, .name = id, .iso_code = id}; }
party org(std::vector<membership> ms, std::vector<membership_role> concurrent = {}) {
  return party{.id = {"ORG"}, .kind = party_kind::organisation, .name = "Org", .organisation = organisation_kind::forum,
               .members = std::move(ms), .concurrent_roles = std::move(concurrent)};
}
}  // namespace

TEST_CASE("continuing spells: the Commonwealth suspends Pakistan in October 1999") {
  const auto& ds = researcher();
  const party_id com{"COMSEC"}, pk{"PK"};
  // Both boundaries known to the month: in some role on every day, in each role possibly.
  CHECK(member_on(ds, com, pk, {1999, 10, 15}, std::nullopt) == truth::certainly);
  CHECK(member_on(ds, com, pk, {1999, 10, 15}) == truth::possibly);
  CHECK(member_on(ds, com, pk, {1999, 10, 15}, membership_role::suspended) == truth::possibly);
  CHECK(member_on(ds, com, pk, every({1999, 10}), std::nullopt) == truth::certainly);
  CHECK(member_on(ds, com, pk, every({1999, 10})) == truth::no);  // suspended on some day of it
  CHECK(member_on(ds, com, pk, {1999, 10}) == truth::certainly);  // a full member on some day of it
  CHECK(member_on(ds, com, pk, every({1999}), std::nullopt) == truth::certainly);
  CHECK(member_on(ds, com, pk, {2002}, membership_role::suspended) == truth::certainly);
  CHECK(member_on(ds, com, pk, {2002}) == truth::no);
  CHECK(member_on(ds, com, pk, every({2004}), std::nullopt) == truth::certainly);
  // The rows say both: how sure of the role, how sure of some role.
  const auto rows = memberships_of(ds, pk, {1999, 10, 15}, std::nullopt);
  REQUIRE(!rows.empty());
  for (const auto& r : rows) {
    CHECK(r.organisation == com);
    CHECK(r.sure == truth::possibly);
    CHECK(r.any_role == truth::certainly);
  }
  CHECK(rows.size() == 2);  // full member and suspended, each possibly
  CHECK(memberships_of(ds, pk, {1999, 10, 15}).empty());  // a full member: only possibly
  CHECK(memberships_of(ds, pk, {1999, 10, 15}, membership_role::full_member, certainty::possible).size() == 1);
  // The United Kingdom: a full member to 31 January 2020, then bound by EU law to the year's end.
  CHECK(member_on(ds, party_id{"EU"}, party_id{"GB"}, every({2020}), std::nullopt) == truth::certainly);
  CHECK(member_on(ds, party_id{"EU"}, party_id{"GB"}, every({2020})) == truth::no);
  CHECK(member_on(ds, party_id{"EU"}, party_id{"GB"}, {2021, 1, 1}, std::nullopt) == truth::no);
}

TEST_CASE("concurrent roles: Timor-Leste an ASEAN candidate and observer at once") {
  const auto& ds = researcher();
  const auto all = members_of(ds, party_id{"ASEAN"}, {2023, 1, 1}, std::nullopt);
  std::vector<membership_role> tl;
  for (const auto& s : all)
    if (s.member.value == "TL") tl.push_back(s.role);
  CHECK(tl == std::vector<membership_role>{membership_role::candidate, membership_role::observer});
  CHECK(member_on(ds, party_id{"ASEAN"}, party_id{"TL"}, {2023, 1, 1}) == truth::no);  // not a full member
  CHECK(member_on(ds, party_id{"ASEAN"}, party_id{"TL"}, {2023, 1, 1}, membership_role::observer) == truth::certainly);
}

TEST_CASE("some day and every day of a year: India in the SCO in 2017") {
  const auto& ds = researcher();
  const party_id sco{"SCO"}, in{"IN"};
  CHECK(member_on(ds, sco, in, {2017}) == truth::certainly);
  CHECK(member_on(ds, sco, in, every({2017})) == truth::no);
  const auto some = members_of(ds, sco, {2017});
  const auto all = members_of(ds, sco, every({2017}));
  CHECK(std::any_of(some.begin(), some.end(), [&](const membership_state& s) { return s.member == in; }));
  CHECK(std::none_of(all.begin(), all.end(), [&](const membership_state& s) { return s.member == in; }));
  CHECK(all.size() < some.size());
}

TEST_CASE("unknown ids throw, naming the id and what it may mean; bad dates are refused") {
  const auto& ds = researcher();
  CHECK_THROWS_AS((void)memberships_of(ds, party_id{"XX"}, {2020}), error);
  CHECK_THROWS_AS((void)members_of(ds, party_id{"XX"}, {2020}), error);
  CHECK_THROWS_AS((void)member_on(ds, party_id{"SCO"}, party_id{"XX"}, {2020}), error);
  CHECK_THROWS_AS((void)member_on(ds, party_id{"XX"}, party_id{"KZ"}, {2020}), error);
  CHECK_THROWS_AS((void)shared_memberships(ds, party_id{"KZ"}, party_id{"XX"}, {2020}), error);
  try {
    (void)memberships_of(ds, party_id{"Shanghai"}, {2020});
    FAIL("no throw");
  } catch (const error& e) {
    CHECK(e.code() == errc::unknown_id);
    CHECK(std::string(e.what()).find("Shanghai") != std::string::npos);
    CHECK(std::string(e.what()).find("did you mean 'SCO'?") != std::string::npos);
  }
  try {
    (void)detail::require_party(ds, party_id{"Kazakhstan"});
    FAIL("no throw");
  } catch (const error& e) {
    CHECK(std::string(e.what()).find("did you mean 'KZ'?") != std::string::npos);
  }
  CHECK(detail::require_party(ds, party_id{"KZ"}) == *ds.position(party_id{"KZ"}));
  CHECK_THROWS_AS((void)members_of(ds, party_id{"SCO"}, partial_date{2020, 2, 30}), error);
}

TEST_CASE("validation: continuing spells and concurrent roles") {
  const auto build = [](party o) {
    dataset_builder b;
    b.add(country("KZ"));
    b.add(std::move(o));
    return problems_of(std::move(b));
  };
  using R = membership_role;
  const auto spell = [](R r, std::optional<partial_date> from, std::optional<partial_date> to, bool continues = false) {
    return membership{.member = {"KZ"}, .role = r, .period = {from, to}, .continues = continues};
  };
  // Valid: a role change known to the month; a continuation without its own start.
  CHECK(build(org({spell(R::observer, partial_date{2000}, partial_date{2005, 3}),
                   spell(R::full_member, partial_date{2005, 3}, std::nullopt, true)})).empty());
  CHECK(build(org({spell(R::observer, partial_date{2000}, partial_date{2005, 3, 1}),
                   spell(R::full_member, std::nullopt, std::nullopt, true)})).empty());
  // Nothing to continue.
  CHECK(mentions(build(org({spell(R::full_member, partial_date{2000}, std::nullopt, true)})), "members/0/continues"));
  // The previous spell has no end.
  CHECK(mentions(build(org({spell(R::observer, partial_date{2000}, std::nullopt),
                            spell(R::full_member, partial_date{2005}, std::nullopt, true)})),
                 "no end"));
  // The start does not allow the day after the previous end.
  const auto late = build(org({spell(R::observer, partial_date{2000}, partial_date{2005, 3, 1}),
                               spell(R::full_member, partial_date{2005, 4}, std::nullopt, true)}));
  CHECK(mentions(late, "members/1/period/from"));
  CHECK(mentions(late, "2005-03-01"));
  // A spell of unknown status neither continues nor is continued.
  auto unknown = spell(R::observer, partial_date{2000}, partial_date{2004});
  unknown.status_unknown = true;
  CHECK(mentions(build(org({unknown, spell(R::full_member, partial_date{2005}, std::nullopt, true)})), "status is unknown"));
  // Overlaps: never in one role; in two roles only when both are concurrent.
  const auto same = build(org({spell(R::observer, partial_date{2000}, partial_date{2006}),
                               spell(R::observer, partial_date{2003}, std::nullopt)}));
  CHECK(mentions(same, "same role"));
  const auto two = build(org({spell(R::observer, partial_date{2000}, partial_date{2006}),
                              spell(R::candidate, partial_date{2003}, std::nullopt)}));
  CHECK(mentions(two, "concurrent_roles"));
  CHECK(build(org({spell(R::observer, partial_date{2000}, partial_date{2006}), spell(R::candidate, partial_date{2003}, std::nullopt)},
                  {R::observer, R::candidate}))
            .empty());
  CHECK(mentions(build(org({spell(R::observer, partial_date{2000}, partial_date{2006}),
                            spell(R::observer, partial_date{2003}, std::nullopt)},
                           {R::observer, R::candidate})),
                 "same role"));
  CHECK(mentions(build(org({}, {R::observer, R::observer})), "concurrent_roles/1"));
  CHECK(mentions(build(org({}, {R::observer})), "concurrent_roles"));
  dataset_builder b;
  auto kz = country("KZ");
  kz.concurrent_roles = {R::observer, R::candidate};
  b.add(kz);
  CHECK(mentions(problems_of(std::move(b)), "concurrent_roles"));
}

// ---- property test ----------------------------------------------------------------------
namespace {
using R = membership_role;
constexpr std::int64_t far_before = -1'000'000, far_after = 1'000'000;  // open ends in the reference

// One spell of the reference: the days its begin and end may take (a continuing spell's begin
// is the day after its previous spell's end), role, unknown status.
struct ref_spell {
  std::int64_t b_lo, b_hi, e_lo, e_hi;
  bool continues;
  R role;
  bool unknown;
};

// The coverage of [f, l] by one choice: for each question (a role, or any role), the days known
// to hold and the days of unknown status, as bit sets over the days of the query.
struct coverage {
  std::vector<std::vector<bool>> known, maybe;  // [question][day - f]
};

// The brute-force reference: every consistent choice of the days (each date a day it may
// denote, each spell at least one day, a continuing spell from the day after its previous spell
// ends), among candidate days (the ends of every range, one day either side, and the query's
// edges: the answers depend only on how the chosen days compare with these), chain by chain;
// the chains of one member are independent, so their choices combine freely.
struct reference {
  std::int64_t f, l;
  std::vector<std::optional<R>> questions;  // roles, and nullopt for any role

  // All coverages of one chain (spells[i + 1] continues spells[i]).
  std::set<std::pair<std::vector<std::vector<bool>>, std::vector<std::vector<bool>>>> chain_choices(
      const std::vector<ref_spell>& chain, const std::vector<std::int64_t>& points) const {
    std::set<std::pair<std::vector<std::vector<bool>>, std::vector<std::vector<bool>>>> out;
    const std::size_t n = chain.size();
    std::vector<std::int64_t> begin(n), end(n);
    const auto candidates = [&](std::int64_t lo, std::int64_t hi) {
      std::vector<std::int64_t> c;
      for (const auto p : points)
        if (lo <= p && p <= hi) c.push_back(p);
      return c;
    };
    const auto record = [&] {
      const std::size_t days = static_cast<std::size_t>(l - f + 1);
      std::vector<std::vector<bool>> known(questions.size(), std::vector<bool>(days)), maybe = known;
      for (std::size_t i = 0; i < n; ++i)
        for (std::size_t q = 0; q < questions.size(); ++q) {
          if (questions[q] && chain[i].role != *questions[q]) continue;
          for (auto d = std::max(begin[i], f); d <= std::min(end[i], l); ++d)
            (chain[i].unknown ? maybe : known)[q][static_cast<std::size_t>(d - f)] = true;
        }
      out.insert({known, maybe});
    };
    const auto go = [&](auto&& self, std::size_t i) -> void {
      if (i == n) {
        record();
        return;
      }
      std::vector<std::int64_t> bs;
      if (i > 0) bs = {end[i - 1] + 1};
      else bs = candidates(chain[0].b_lo, chain[0].b_hi);
      for (const auto b : bs) {
        if (i > 0 && (b < chain[i].b_lo || b > chain[i].b_hi)) continue;
        begin[i] = b;
        for (const auto e : candidates(std::max(b, chain[i].e_lo), chain[i].e_hi)) {
          end[i] = e;
          self(self, i + 1);
        }
      }
    };
    go(go, 0);
    return out;
  }

  // The answers [question] → (some day, every day) for one member's spells.
  std::vector<std::pair<truth, truth>> answer(const std::vector<ref_spell>& spells) const {
    std::vector<std::int64_t> points{f - 1, f, l, l + 1};
    for (const auto& s : spells)
      for (const auto v : {s.b_lo, s.b_hi, s.e_lo, s.e_hi})
        for (const auto d : {v - 1, v, v + 1}) points.push_back(d);
    std::sort(points.begin(), points.end());
    points.erase(std::unique(points.begin(), points.end()), points.end());
    // Chains.
    std::vector<std::vector<ref_spell>> chains;
    for (const auto& s : spells) {
      if (s.continues && !chains.empty()) chains.back().push_back(s);
      else chains.push_back({s});
    }
    const std::size_t days = static_cast<std::size_t>(l - f + 1);
    const std::size_t nq = questions.size();
    // Combine chain by chain: the set of (known, maybe) unions reachable so far.
    using cov = std::pair<std::vector<std::vector<bool>>, std::vector<std::vector<bool>>>;
    std::set<cov> reach{{std::vector<std::vector<bool>>(nq, std::vector<bool>(days)), std::vector<std::vector<bool>>(nq, std::vector<bool>(days))}};
    for (const auto& c : chains) {
      const auto mine = chain_choices(c, points);
      std::set<cov> next;
      for (const auto& a : reach)
        for (const auto& b : mine) {
          cov u = a;
          for (std::size_t q = 0; q < nq; ++q)
            for (std::size_t d = 0; d < days; ++d) {
              u.first[q][d] = u.first[q][d] || b.first[q][d];
              u.second[q][d] = u.second[q][d] || b.second[q][d];
            }
          next.insert(std::move(u));
        }
      reach = std::move(next);
    }
    std::vector<std::pair<truth, truth>> out;
    for (std::size_t q = 0; q < nq; ++q) {
      bool some_all = true, some_none = true, every_all = true, every_none = true;
      for (const auto& [known, maybe] : reach) {
        bool k_some = false, m_some = false, k_every = true, m_every = true;
        for (std::size_t d = 0; d < days; ++d) {
          k_some = k_some || known[q][d];
          m_some = m_some || known[q][d] || maybe[q][d];
          k_every = k_every && known[q][d];
          m_every = m_every && (known[q][d] || maybe[q][d]);
        }
        some_all = some_all && k_some;
        some_none = some_none && !m_some;
        every_all = every_all && k_every;
        every_none = every_none && !m_every;
      }
      const auto t = [](bool all, bool none) { return all ? truth::certainly : none ? truth::no : truth::possibly; };
      out.push_back({t(some_all, some_none), t(every_all, every_none)});
    }
    return out;
  }
};

// A date of day `d` (a serial day) at a random precision: the year, the month or the day.
partial_date coarse(std::int32_t d, int precision) {
  const std::chrono::year_month_day ymd{std::chrono::sys_days{std::chrono::days{d}}};
  const partial_date full{static_cast<int>(ymd.year()), static_cast<int>(static_cast<unsigned>(ymd.month())),
                          static_cast<int>(static_cast<unsigned>(ymd.day()))};
  if (precision == 0) return {full.year, 0, 0};
  if (precision == 1) return {full.year, full.month, 0};
  return full;
}
std::int64_t lo_of(const std::optional<partial_date>& d, std::int64_t open) { return d ? d->first_day() : open; }
std::int64_t hi_of(const std::optional<partial_date>& d, std::int64_t open) { return d ? d->last_day() : open; }
}  // namespace

TEST_CASE("property: membership answers agree with every consistent choice of the days (fixed seed)") {
  std::mt19937 rng(20240611);
  const auto pick = [&](int n) { return static_cast<int>(rng() % static_cast<unsigned>(n)); };
  const char* who[] = {"KZ", "KG", "TJ"};
  const R roles[] = {R::full_member, R::observer, R::candidate};
  const std::int32_t start = partial_date::serial(2000, 1, 1);
  int built = 0, compared = 0, approximated = 0;
  for (int round = 0; round < 400; ++round) {
    const bool concurrent = pick(2) == 0;
    party o{.id = {"ORG"}, .kind = party_kind::organisation, .name = "Org", .organisation = organisation_kind::forum};
    if (concurrent) o.concurrent_roles = {R::observer, R::candidate};
    for (const char* m : who) {
      std::int32_t day = start + pick(700);
      const int spells = 1 + pick(3);
      for (int k = 0; k < spells; ++k) {
        membership s{.member = {m}, .role = roles[pick(3)]};
        const bool cont = k > 0 && pick(2) == 0 && o.members.back().period.to && !o.members.back().status_unknown;
        if (cont) {
          s.continues = true;
          if (pick(4) != 0) s.period.from = coarse(day + 1, pick(3));
        } else {
          day += (k == 0 ? 0 : 1 + pick(200));
          if (pick(6) != 0) s.period.from = coarse(day, pick(3));
          s.status_unknown = pick(8) == 0;
        }
        day += pick(3) == 0 ? pick(20) : 30 + pick(500);
        if (k + 1 < spells || pick(3) != 0) s.period.to = coarse(day, pick(3));
        o.members.push_back(s);
        if (!s.period.to) break;
      }
    }
    dataset_builder b;
    for (const char* m : who) b.add(country(m));
    b.add(o);
    std::optional<dataset> built_ds;
    try {
      built_ds.emplace(std::move(b).build());
    } catch (const error&) {
      continue;  // overlapping spells, a continuation its dates do not allow: the validator's
    }
    ++built;
    const dataset& ds = *built_ds;
    for (int qn = 0; qn < 4; ++qn) {
      const std::int32_t qd = start - 30 + pick(1300);
      const partial_date d = coarse(qd, pick(3));
      reference ref{d.first_day(), d.last_day(), {R::full_member, R::observer, R::candidate, std::nullopt}};
      std::vector<std::vector<std::pair<truth, truth>>> expected;
      for (const char* m : who) {
        std::vector<ref_spell> spells;
        bool multi_run = false;
        for (const auto& s : o.members) {
          if (s.member.value != m) continue;
          ref_spell r{lo_of(s.period.from, far_before), hi_of(s.period.from, far_before), lo_of(s.period.to, far_after),
                      hi_of(s.period.to, far_after), s.continues, s.role, s.status_unknown};
          if (s.continues && !s.period.from) {
            r.b_lo = far_before;
            r.b_hi = far_after;
          }
          spells.push_back(r);
        }
        const auto want = ref.answer(spells);
        // The one approximation (see memberships.hpp): every day of a period in one role, when
        // the role is interrupted within one chain and another chain has a spell in it.
        std::size_t chains = 0;
        for (const auto& s : spells) chains += !s.continues;
        for (std::size_t i = 1; i + 1 < spells.size(); ++i)
          multi_run = multi_run || (spells[i].continues && spells[i + 1].continues && spells[i - 1].role == spells[i + 1].role &&
                                    spells[i].role != spells[i - 1].role);
        for (std::size_t qi = 0; qi < ref.questions.size(); ++qi) {
          const auto role = ref.questions[qi];
          INFO("round ", round, " member ", m, " on ", d.to_string(), " role ", role ? to_string(*role) : "any");
          const truth some = member_on(ds, o.id, party_id{m}, query_date(d, day_rule::some_day), role);
          const truth all = member_on(ds, o.id, party_id{m}, query_date(d, day_rule::every_day), role);
          CHECK(some == want[qi].first);
          if (role && multi_run && chains > 1 && all == truth::possibly && want[qi].second == truth::no) ++approximated;
          else CHECK(all == want[qi].second);
          ++compared;
          // members_of / memberships_of list the member as member_on says, under both policies.
          for (const auto rule : {day_rule::some_day, day_rule::every_day}) {
            const query_date q(d, rule);
            const truth t = rule == day_rule::some_day ? some : all;
            for (const auto c : {certainty::certain, certainty::possible}) {
              const auto rows = members_of(ds, o.id, q, role, c);
              const auto mine = memberships_of(ds, party_id{m}, q, role, c);
              bool listed = false;
              for (const auto& s : rows)
                if (s.member.value == m) {
                  listed = true;
                  if (role) CHECK(s.sure == t);
                  else CHECK(s.any_role == t);
                }
              CHECK(listed == accepted(t, c));
              CHECK(std::count_if(rows.begin(), rows.end(), [&](const membership_state& s) { return s.member.value == m; }) ==
                    static_cast<std::ptrdiff_t>(mine.size()));
            }
          }
        }
      }
    }
  }
  MESSAGE(built, " datasets, ", compared, " questions, ", approximated, " read by the approximation");
  CHECK(built > 150);
  CHECK(compared > 5000);
}
