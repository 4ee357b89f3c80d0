// Filters, dyad lookups and group-by sums: regcoop against SQLite in memory, with indexes and
// prepared statements, on the same synthetic records (M: 10^4 each of projects, agreements,
// indicators). Ratio = regcoop time / SQLite time.
#include "../synthetic.hpp"

#include <regcoop/query/aggregate.hpp>
#include <regcoop/query/relations.hpp>
#include <regcoop/query/select.hpp>

#include <benchmark/benchmark.h>
#include <sqlite3.h>

#include <map>
#include <optional>
#include <string>
#include <memory>
#include <stdexcept>

namespace {

const regcoop::dataset& data(std::size_t n) {
  static std::map<std::size_t, regcoop::dataset> cache;
  auto it = cache.find(n);
  if (it == cache.end()) it = cache.emplace(n, bench::records(n)).first;
  return it->second;
}

struct db {
  sqlite3* h = nullptr;
  explicit db(const regcoop::dataset& ds) {
    sqlite3_open(":memory:", &h);
    exec("CREATE TABLE project(id TEXT PRIMARY KEY, sector TEXT);"
         "CREATE TABLE project_party(project TEXT, party TEXT);"
         "CREATE TABLE agreement_party(agreement TEXT, party TEXT);"
         "CREATE TABLE indicator(id TEXT PRIMARY KEY, subject TEXT, value REAL);");
    exec("BEGIN");
    sqlite3_stmt* p = prep("INSERT INTO project VALUES(?,?)");
    sqlite3_stmt* pp = prep("INSERT INTO project_party VALUES(?,?)");
    for (const auto& r : ds.projects()) {
      bind(p, {r.id.value, std::string(regcoop::to_string(r.sectors.front()))});
      for (const auto& host : r.hosts) bind(pp, {r.id.value, host.value});
      for (const auto& q : r.participants) bind(pp, {r.id.value, q.party.value});
    }
    sqlite3_stmt* ap = prep("INSERT INTO agreement_party VALUES(?,?)");
    for (const auto& a : ds.agreements())
      for (const auto& q : a.parties) bind(ap, {a.id.value, q.party.value});
    sqlite3_stmt* in = prep("INSERT INTO indicator VALUES(?,?,?)");
    for (const auto& i : ds.indicators()) {
      sqlite3_bind_text(in, 1, i.id.value.c_str(), -1, SQLITE_TRANSIENT);
      sqlite3_bind_text(in, 2, i.subjects.front().value.c_str(), -1, SQLITE_TRANSIENT);
      sqlite3_bind_double(in, 3, i.value->value);
      sqlite3_step(in);
      sqlite3_reset(in);
    }
    for (auto* s : {p, pp, ap, in}) sqlite3_finalize(s);
    exec("COMMIT");
    exec("CREATE INDEX pp_party ON project_party(party, project);"
         "CREATE INDEX p_sector ON project(sector, id);"
         "CREATE INDEX ap_party ON agreement_party(party, agreement);"
         "CREATE INDEX ind_subject ON indicator(subject, value);");
  }
  ~db() { sqlite3_close(h); }
  void exec(const char* sql) {
    if (sqlite3_exec(h, sql, nullptr, nullptr, nullptr) != SQLITE_OK) throw std::runtime_error(sqlite3_errmsg(h));
  }
  sqlite3_stmt* prep(const char* sql) {
    sqlite3_stmt* s = nullptr;
    if (sqlite3_prepare_v2(h, sql, -1, &s, nullptr) != SQLITE_OK) throw std::runtime_error(sqlite3_errmsg(h));
    return s;
  }
  static void bind(sqlite3_stmt* s, std::initializer_list<std::string> vals) {
    int i = 1;
    for (const auto& v : vals) sqlite3_bind_text(s, i++, v.c_str(), -1, SQLITE_TRANSIENT);
    sqlite3_step(s);
    sqlite3_reset(s);
  }
};

db& database(std::size_t n) {
  static std::map<std::size_t, std::unique_ptr<db>> cache;
  auto& d = cache[n];
  if (!d) d = std::make_unique<db>(data(n));
  return *d;
}

// Projects that involve country KZ... (the 5th code) in the sector "energy".
void filter_ours(benchmark::State& st) {
  const auto& ds = data(static_cast<std::size_t>(st.range(0)));
  const regcoop::party_id who{bench::country_codes()[5]};
  for (auto _ : st) {
    const auto n = regcoop::select<regcoop::project>(ds, regcoop::involves(ds, who, false) && regcoop::in_sector(regcoop::sector::energy)).count();
    benchmark::DoNotOptimize(n);
  }
}
void filter_sqlite(benchmark::State& st) {
  auto& d = database(static_cast<std::size_t>(st.range(0)));
  sqlite3_stmt* s = d.prep(
      "SELECT COUNT(DISTINCT p.id) FROM project_party pp JOIN project p ON p.id = pp.project WHERE pp.party = ?1 AND p.sector = 'energy'");
  const std::string who = bench::country_codes()[5];
  for (auto _ : st) {
    sqlite3_bind_text(s, 1, who.c_str(), -1, SQLITE_STATIC);
    sqlite3_step(s);
    benchmark::DoNotOptimize(sqlite3_column_int(s, 0));
    sqlite3_reset(s);
  }
  sqlite3_finalize(s);
}

// Agreements between two given parties.
void dyad_ours(benchmark::State& st) {
  const auto& ds = data(static_cast<std::size_t>(st.range(0)));
  const regcoop::party_id a{bench::country_codes()[3]}, b{bench::country_codes()[7]};
  for (auto _ : st) benchmark::DoNotOptimize(regcoop::links(ds, a, b).agreements.size());
}
void dyad_sqlite(benchmark::State& st) {
  auto& d = database(static_cast<std::size_t>(st.range(0)));
  sqlite3_stmt* s = d.prep(
      "SELECT COUNT(*) FROM agreement_party x JOIN agreement_party y ON x.agreement = y.agreement WHERE x.party = ?1 AND y.party = ?2");
  const std::string a = bench::country_codes()[3], b = bench::country_codes()[7];
  for (auto _ : st) {
    sqlite3_bind_text(s, 1, a.c_str(), -1, SQLITE_STATIC);
    sqlite3_bind_text(s, 2, b.c_str(), -1, SQLITE_STATIC);
    sqlite3_step(s);
    benchmark::DoNotOptimize(sqlite3_column_int(s, 0));
    sqlite3_reset(s);
  }
  sqlite3_finalize(s);
}

// Sum of indicator values grouped by subject.
void groupsum_ours(benchmark::State& st) {
  const auto& ds = data(static_cast<std::size_t>(st.range(0)));
  for (auto _ : st) {
    auto g = regcoop::group_sum(
        ds.indicators(), [](const regcoop::indicator& i) -> const std::string& { return i.subjects.front().value; },
        [](const regcoop::indicator& i) -> const std::optional<regcoop::figure>& { return i.value; });
    benchmark::DoNotOptimize(g.size());
  }
}
void groupsum_sqlite(benchmark::State& st) {
  auto& d = database(static_cast<std::size_t>(st.range(0)));
  sqlite3_stmt* s = d.prep("SELECT subject, SUM(value) FROM indicator GROUP BY subject");
  for (auto _ : st) {
    int rows = 0;
    while (sqlite3_step(s) == SQLITE_ROW) ++rows;
    benchmark::DoNotOptimize(rows);
    sqlite3_reset(s);
  }
  sqlite3_finalize(s);
}

}  // namespace

BENCHMARK(filter_ours)->Arg(1000)->Arg(10000)->Unit(benchmark::kMicrosecond);
BENCHMARK(filter_sqlite)->Arg(1000)->Arg(10000)->Unit(benchmark::kMicrosecond);
BENCHMARK(dyad_ours)->Arg(1000)->Arg(10000)->Unit(benchmark::kMicrosecond);
BENCHMARK(dyad_sqlite)->Arg(1000)->Arg(10000)->Unit(benchmark::kMicrosecond);
BENCHMARK(groupsum_ours)->Arg(1000)->Arg(10000)->Unit(benchmark::kMicrosecond);
BENCHMARK(groupsum_sqlite)->Arg(1000)->Arg(10000)->Unit(benchmark::kMicrosecond);
BENCHMARK_MAIN();
