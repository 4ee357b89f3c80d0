// Memberships on a Correlates-of-War-IGO-sized synthetic (500 organisations, 200 states,
// about 10^5 member spells with partial dates and roles, some members leaving and rejoining): regcoop against SQLite in memory,
// indexed, with prepared statements, in the same binary on the same spells:
//  - members of an organisation on a date (full members, possible answers);
//  - memberships of a state on a date (any role);
//  - the dyad-year table over 10 years (full members, a common possible day in the year).
// The spells go into SQLite as (organisation, member, role, first possible day, last
// possible day); both sides answer the same question, and the answers are compared before
// timing (the program aborts if they differ). Ratio = regcoop time / SQLite time.
#include <regcoop/model/country.hpp>
#include <regcoop/query/as_of.hpp>

#include <benchmark/benchmark.h>
#include <sqlite3.h>

#include <cstdio>
#include <cstdlib>
#include <limits>
#include <random>
#include <string>
#include <vector>

namespace {

constexpr int organisations = 500, states = 200;

// "O<n>", appended rather than "O" + to_string(n): gcc 12 -O3 warns falsely (-Wrestrict, gcc bug 105329).
std::string org_id(std::size_t n) {
  std::string s = "O";
  s += std::to_string(n);
  return s;
}

const regcoop::dataset& igo() {
  static const regcoop::dataset ds = [] {
    using namespace regcoop;
    std::mt19937 rng(2014);
    std::uniform_int_distribution<int> state(0, states - 1), start(1900, 2020), length(3, 40), month(0, 12), coin(0, 9);
    const auto& codes = all_countries();
    dataset_builder b;
    for (int s = 0; s < states; ++s)
      b.add(party{.id = {std::string(codes[static_cast<std::size_t>(s)].alpha2)}, .name = "S",
                  .iso_code = std::string(codes[static_cast<std::size_t>(s)].alpha2)});
    for (int o = 0; o < organisations; ++o) {
      party org{.id = {org_id(static_cast<std::size_t>(o))}, .kind = party_kind::organisation, .name = "O",
                .organisation = organisation_kind::intergovernmental_organisation};
      // Seven states in ten are members, some leave and rejoin (a second spell at least a
      // year after the first ends): about 10^5 spells in all. Spells of one state never
      // overlap, so each spell is one SQLite row and one answer row.
      for (int s = 0; s < states; ++s) {
        if (coin(rng) >= 7) continue;
        int y = start(rng);
        for (int k = 0; k < 2 && y < 2030; ++k) {
          membership m{.member = {std::string(codes[static_cast<std::size_t>(s)].alpha2)},
                       .role = coin(rng) < 2 ? membership_role::observer : membership_role::full_member};
          m.period.from = partial_date{y, month(rng), 0};
          if (coin(rng) >= 7) {
            org.members.push_back(std::move(m));
            break;  // still a member
          }
          const int end = y + length(rng);
          m.period.to = partial_date{end, month(rng), 0};
          org.members.push_back(std::move(m));
          if (coin(rng) < 5) break;  // left for good
          y = end + 1 + length(rng);
        }
      }
      b.add(std::move(org));
    }
    return std::move(b).build();
  }();
  return ds;
}

void check(bool ok, const char* what) {
  if (!ok) {
    std::fprintf(stderr, "bench_memberships: regcoop and SQLite disagree: %s\n", what);
    std::abort();
  }
}

struct db {
  sqlite3* h = nullptr;
  sqlite3_stmt* members = nullptr;
  sqlite3_stmt* memberships = nullptr;
  sqlite3_stmt* dyads = nullptr;
  db() {
    sqlite3_open(":memory:", &h);
    exec("CREATE TABLE spell(org TEXT, member TEXT, role TEXT, pb INTEGER, pe INTEGER);"
         "CREATE TABLE years(y INTEGER, first INTEGER, last INTEGER);");
    exec("BEGIN");
    sqlite3_stmt* ins = prep("INSERT INTO spell VALUES(?,?,?,?,?)");
    constexpr auto lo = std::numeric_limits<std::int32_t>::min(), hi = std::numeric_limits<std::int32_t>::max();
    for (const auto& o : igo().parties())
      for (const auto& m : o.members) {
        sqlite3_bind_text(ins, 1, o.id.value.c_str(), -1, SQLITE_TRANSIENT);
        sqlite3_bind_text(ins, 2, m.member.value.c_str(), -1, SQLITE_TRANSIENT);
        sqlite3_bind_text(ins, 3, std::string(regcoop::to_string(m.role)).c_str(), -1, SQLITE_TRANSIENT);
        sqlite3_bind_int64(ins, 4, m.period.from ? m.period.from->first_day() : lo);
        sqlite3_bind_int64(ins, 5, m.period.to ? m.period.to->last_day() : hi);
        sqlite3_step(ins);
        sqlite3_reset(ins);
      }
    sqlite3_finalize(ins);
    exec("COMMIT");
    exec("CREATE INDEX spell_org ON spell(org, role, pb, pe, member);"
         "CREATE INDEX spell_member ON spell(member, pb, pe, org, role);");
    members = prep("SELECT member FROM spell WHERE org = ? AND role = 'full_member' AND pb <= ? AND pe >= ?");
    memberships = prep("SELECT org, role FROM spell WHERE member = ? AND pb <= ? AND pe >= ?");
    dyads = prep(
        "SELECT y.y, a.member, b.member, COUNT(DISTINCT a.org) FROM years y "
        "JOIN spell a ON a.role = 'full_member' AND a.pb <= y.last AND a.pe >= y.first "
        "JOIN spell b ON b.org = a.org AND b.role = 'full_member' AND b.member > a.member "
        " AND max(a.pb, b.pb, y.first) <= min(a.pe, b.pe, y.last) "
        "GROUP BY y.y, a.member, b.member");
  }
  ~db() {
    for (auto* s : {members, memberships, dyads}) sqlite3_finalize(s);
    sqlite3_close(h);
  }
  db(const db&) = delete;
  db& operator=(const db&) = delete;
  void exec(const char* sql) const {
    if (sqlite3_exec(h, sql, nullptr, nullptr, nullptr) != SQLITE_OK) {
      std::fprintf(stderr, "sqlite: %s\n", sqlite3_errmsg(h));
      std::abort();
    }
  }
  sqlite3_stmt* prep(const char* sql) const {
    sqlite3_stmt* s = nullptr;
    if (sqlite3_prepare_v2(h, sql, -1, &s, nullptr) != SQLITE_OK) {
      std::fprintf(stderr, "sqlite: %s\n", sqlite3_errmsg(h));
      std::abort();
    }
    return s;
  }
  void set_years(int first, int last) const {
    exec("DELETE FROM years");
    for (int y = first; y <= last; ++y)
      exec(("INSERT INTO years VALUES(" + std::to_string(y) + "," + std::to_string(regcoop::partial_date::serial(y, 1, 1)) + "," +
            std::to_string(regcoop::partial_date::serial(y, 12, 31)) + ")")
               .c_str());
  }
  std::size_t rows(sqlite3_stmt* s) const {
    std::size_t n = 0;
    while (sqlite3_step(s) == SQLITE_ROW) ++n;
    sqlite3_reset(s);
    return n;
  }
  std::size_t count_members(const std::string& org, const regcoop::partial_date& d) const {
    sqlite3_bind_text(members, 1, org.c_str(), -1, SQLITE_TRANSIENT);
    sqlite3_bind_int64(members, 2, d.last_day());
    sqlite3_bind_int64(members, 3, d.first_day());
    return rows(members);
  }
  std::size_t count_memberships(const std::string& member, const regcoop::partial_date& d) const {
    sqlite3_bind_text(memberships, 1, member.c_str(), -1, SQLITE_TRANSIENT);
    sqlite3_bind_int64(memberships, 2, d.last_day());
    sqlite3_bind_int64(memberships, 3, d.first_day());
    return rows(memberships);
  }
  std::size_t dyad_rows() const { return rows(dyads); }
};

db& database() {
  static db d;
  return d;
}

const regcoop::partial_date on{1990, 6};  // a month: partial, so answers may be "possibly"

void members_ours(benchmark::State& st) {
  const auto& ds = igo();
  std::size_t o = 0, total = 0;
  for (auto _ : st) {
    const auto r = regcoop::members_of(ds, regcoop::party_id{org_id(o++ % organisations)}, on,
                                       regcoop::membership_role::full_member, regcoop::certainty::possible);
    total += r.size();
  }
  benchmark::DoNotOptimize(total);
}
// The same answer by position (`member_rows`): no id copied per row, like SQLite's rows,
// which the peer steps through without reading their text.
void members_ours_rows(benchmark::State& st) {
  const auto& ds = igo();
  std::size_t o = 0, total = 0;
  for (auto _ : st) {
    const auto r = regcoop::member_rows(ds, regcoop::party_id{org_id(o++ % organisations)}, on, regcoop::membership_role::full_member,
                                        regcoop::certainty::possible);
    total += r.size();
  }
  benchmark::DoNotOptimize(total);
}
void members_sqlite(benchmark::State& st) {
  const auto& ds = igo();
  auto& d = database();
  for (int o = 0; o < organisations; ++o) {
    const std::string id = org_id(static_cast<std::size_t>(o));
    check(regcoop::members_of(ds, regcoop::party_id{id}, on, regcoop::membership_role::full_member, regcoop::certainty::possible).size() ==
              d.count_members(id, on),
          "members");
  }
  std::size_t o = 0, total = 0;
  for (auto _ : st) total += d.count_members(org_id(o++ % organisations), on);
  benchmark::DoNotOptimize(total);
  std::size_t spells = 0;
  for (const auto& p : ds.parties()) spells += p.members.size();
  st.counters["spells"] = static_cast<double>(spells);
}
void memberships_ours(benchmark::State& st) {
  const auto& ds = igo();
  const auto parties = ds.parties();
  std::size_t s = 0, total = 0;
  for (auto _ : st)
    total += regcoop::memberships_of(ds, parties[s++ % states].id, on, std::nullopt, regcoop::certainty::possible).size();
  benchmark::DoNotOptimize(total);
}
void memberships_ours_rows(benchmark::State& st) {
  const auto& ds = igo();
  const auto parties = ds.parties();
  std::size_t s = 0, total = 0;
  for (auto _ : st)
    total += regcoop::membership_rows(ds, parties[s++ % states].id, on, std::nullopt, regcoop::certainty::possible).size();
  benchmark::DoNotOptimize(total);
}
void memberships_sqlite(benchmark::State& st) {
  const auto& ds = igo();
  auto& d = database();
  const auto parties = ds.parties();
  for (int s = 0; s < states; ++s)
    check(regcoop::memberships_of(ds, parties[static_cast<std::size_t>(s)].id, on, std::nullopt, regcoop::certainty::possible).size() ==
              d.count_memberships(parties[static_cast<std::size_t>(s)].id.value, on),
          "memberships");
  std::size_t s = 0, total = 0;
  for (auto _ : st) total += d.count_memberships(parties[s++ % states].id.value, on);
  benchmark::DoNotOptimize(total);
}
void dyads_ours(benchmark::State& st) {
  for (auto _ : st)
    benchmark::DoNotOptimize(regcoop::dyad_years(igo(), 2000, 2009, regcoop::membership_role::full_member, regcoop::certainty::possible).size());
}
void dyads_sqlite(benchmark::State& st) {
  auto& d = database();
  d.set_years(2000, 2009);
  check(regcoop::dyad_years(igo(), 2000, 2009, regcoop::membership_role::full_member, regcoop::certainty::possible).size() == d.dyad_rows(),
        "dyad-years");
  for (auto _ : st) benchmark::DoNotOptimize(d.dyad_rows());
}

}  // namespace

BENCHMARK(members_ours)->Unit(benchmark::kMicrosecond);
BENCHMARK(members_ours_rows)->Unit(benchmark::kMicrosecond);
BENCHMARK(members_sqlite)->Unit(benchmark::kMicrosecond);
BENCHMARK(memberships_ours)->Unit(benchmark::kMicrosecond);
BENCHMARK(memberships_ours_rows)->Unit(benchmark::kMicrosecond);
BENCHMARK(memberships_sqlite)->Unit(benchmark::kMicrosecond);
BENCHMARK(dyads_ours)->Unit(benchmark::kMillisecond)->Iterations(3);
BENCHMARK(dyads_sqlite)->Unit(benchmark::kMillisecond)->Iterations(1);
BENCHMARK_MAIN();
