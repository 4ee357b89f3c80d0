// Filters, dyad lookups and group-by sums: regcoop against SQLite in memory, with indexes and
// prepared statements, on the same synthetic records (M: 10^4 each of projects, agreements,
// indicators). Ratio = regcoop time / SQLite time.
#include "../synthetic.hpp"

#include <regcoop/query/aggregate.hpp>
#include <regcoop/query/figure_columns.hpp>
#include <regcoop/query/relations.hpp>
#include <regcoop/query/select.hpp>

#include <benchmark/benchmark.h>
#include <sqlite3.h>

#include <array>
#include <cstdio>
#include <map>
#include <random>
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


// Columnar group sums over 10^6 figures (one per indicator: a sum of money over one of 25
// years, 16 sectors, 60 subjects), by sector (arg 0), subject country (1) or year (2): the
// library's figure_columns against SQLite in memory with a covering index on (key, value)
// for each key, and against the row-wise group_sum. The columns and key columns are built
// once, as SQLite's table and indexes are (their build times: colbuild_ours, colbuild_sqlite).
// Values are whole numbers, so every way of adding gives the same sums; they are compared
// before timing.
constexpr std::size_t column_rows = 1'000'000;

const std::vector<regcoop::indicator>& figure_records() {
  static const std::vector<regcoop::indicator> out = [] {
    using namespace regcoop;
    std::mt19937 rng(11);
    const auto pick = [&](std::size_t k) { return static_cast<std::size_t>(rng() % k); };
    const auto& codes = bench::country_codes();
    std::vector<indicator> v;
    v.reserve(column_rows);
    for (std::size_t i = 0; i < column_rows; ++i) {
      std::string id(1, 'i');  // not "i" + to_string(i): g++ 12 at -O3 warns of an overlapping copy in it (-Werror=restrict)
      id += std::to_string(i);
      v.push_back(indicator{.id = {std::move(id)},
                            .measure = "trade",
                            .name = "Trade",
                            .subjects = {{codes[pick(60)]}},
                            .sectors = {static_cast<sector>(pick(16))},
                            .value = figure{.value = static_cast<double>(pick(1000000)), .unit = unit::money, .currency = "USD",
                                            .period = date_range::of(partial_date{2000 + static_cast<int>(pick(25))})}});
    }
    return v;
  }();
  return out;
}

const auto figure_of = [](const regcoop::indicator& i) -> const std::optional<regcoop::figure>& { return i.value; };
const auto sector_key = [](const regcoop::indicator& i) { return std::string(regcoop::to_string(i.sectors.front())); };
const auto subject_key = [](const regcoop::indicator& i) -> const std::string& { return i.subjects.front().value; };
const auto year_key = [](const regcoop::indicator&, const regcoop::figure& f) { return std::to_string(f.period.from->year); };

// The key column of key 0 (sector), 1 (subject) or 2 (year of the figure).
regcoop::key_column<std::string> key_column_of(const regcoop::figure_columns& figures, const std::vector<regcoop::indicator>& records,
                                               std::size_t key) {
  return key == 0 ? figures.group_by(records, sector_key) : key == 1 ? figures.group_by(records, subject_key) : figures.group_by(records, year_key);
}

// The row-wise group_sum by key 0, 1 or 2 (the year of a record's one figure as its key).
std::map<std::string, regcoop::figure_sum> row_sums(std::size_t key) {
  const auto& records = figure_records();
  const auto by_year = [](const regcoop::indicator& i) { return year_key(i, *i.value); };
  return key == 0   ? regcoop::group_sum(records, sector_key, figure_of)
         : key == 1 ? regcoop::group_sum(records, subject_key, figure_of)
                    : regcoop::group_sum(records, by_year, figure_of);
}

struct columns_with_keys {
  regcoop::figure_columns figures;
  std::array<regcoop::key_column<std::string>, 3> keys;
  explicit columns_with_keys(const std::vector<regcoop::indicator>& records)
      : figures(records, figure_of),
        keys{key_column_of(figures, records, 0), key_column_of(figures, records, 1), key_column_of(figures, records, 2)} {}
};

const columns_with_keys& columns() {
  static const columns_with_keys c(figure_records());
  return c;
}

struct figure_db {
  sqlite3* h = nullptr;
  explicit figure_db(const std::vector<regcoop::indicator>& records) {
    sqlite3_open(":memory:", &h);
    sqlite3_exec(h, "CREATE TABLE figure(sector TEXT, country TEXT, year TEXT, value REAL); BEGIN", nullptr, nullptr, nullptr);
    sqlite3_stmt* in = nullptr;
    sqlite3_prepare_v2(h, "INSERT INTO figure VALUES(?,?,?,?)", -1, &in, nullptr);
    for (const auto& r : records) {
      const std::string sector = sector_key(r), year = year_key(r, *r.value);
      sqlite3_bind_text(in, 1, sector.c_str(), -1, SQLITE_TRANSIENT);
      sqlite3_bind_text(in, 2, subject_key(r).c_str(), -1, SQLITE_TRANSIENT);
      sqlite3_bind_text(in, 3, year.c_str(), -1, SQLITE_TRANSIENT);
      sqlite3_bind_double(in, 4, r.value->value);
      sqlite3_step(in);
      sqlite3_reset(in);
    }
    sqlite3_finalize(in);
    sqlite3_exec(h,
                 "COMMIT; CREATE INDEX f_sector ON figure(sector, value); CREATE INDEX f_country ON figure(country, value);"
                 "CREATE INDEX f_year ON figure(year, value)",
                 nullptr, nullptr, nullptr);
  }
  ~figure_db() { sqlite3_close(h); }
  figure_db(const figure_db&) = delete;
  figure_db& operator=(const figure_db&) = delete;
  // SELECT key, SUM(value), COUNT(*) ... GROUP BY key, as a map.
  std::map<std::string, std::pair<double, long long>> sums(sqlite3_stmt* s) const {
    std::map<std::string, std::pair<double, long long>> out;
    while (sqlite3_step(s) == SQLITE_ROW)
      out[reinterpret_cast<const char*>(sqlite3_column_text(s, 0))] = {sqlite3_column_double(s, 1), sqlite3_column_int64(s, 2)};
    sqlite3_reset(s);
    return out;
  }
};

const figure_db& figures_database() {
  static const figure_db d(figure_records());
  return d;
}

constexpr std::array<const char*, 3> column_sql{"SELECT sector, SUM(value), COUNT(*) FROM figure GROUP BY sector",
                                                "SELECT country, SUM(value), COUNT(*) FROM figure GROUP BY country",
                                                "SELECT year, SUM(value), COUNT(*) FROM figure GROUP BY year"};

// Whether ours (the columns and the row-wise group_sum) and SQLite's answers agree, group by
// group; says where they differ.
bool same_answers(std::size_t key) {
  static std::array<int, 3> checked{};  // 0 unchecked, 1 same, 2 different
  if (checked[key] == 0) {
    const auto ours = columns().figures.group_sum(columns().keys[key]);
    const auto rows = row_sums(key);
    sqlite3_stmt* s = nullptr;
    sqlite3_prepare_v2(figures_database().h, column_sql[key], -1, &s, nullptr);
    const auto theirs = figures_database().sums(s);
    sqlite3_finalize(s);
    bool same = ours.size() == theirs.size();
    if (rows != ours) {
      std::fprintf(stderr, "key %zu: the columns' sums differ from group_sum's\n", key);
      same = false;
    }
    for (const auto& [k, sum] : ours) {
      const auto it = theirs.find(k);
      if (it == theirs.end() || it->second.first != sum.value.value || it->second.second != static_cast<long long>(sum.count)) {
        std::fprintf(stderr, "group %s: ours %.17g (%zu figures), SQLite's differs\n", k.c_str(), sum.value.value, sum.count);
        same = false;
      }
    }
    checked[key] = same ? 1 : 2;
  }
  return checked[key] == 1;
}

void colsum_ours(benchmark::State& st) {
  const auto key = static_cast<std::size_t>(st.range(0));
  if (!same_answers(key)) return st.SkipWithError("answers differ from SQLite's");
  const auto& c = columns();
  for (auto _ : st) benchmark::DoNotOptimize(c.figures.group_sum(c.keys[key]).size());
  st.SetItemsProcessed(static_cast<std::int64_t>(st.iterations()) * static_cast<std::int64_t>(column_rows));
}
void colsum_sqlite(benchmark::State& st) {
  const auto key = static_cast<std::size_t>(st.range(0));
  if (!same_answers(key)) return st.SkipWithError("answers differ from SQLite's");
  sqlite3_stmt* s = nullptr;
  sqlite3_prepare_v2(figures_database().h, column_sql[key], -1, &s, nullptr);
  for (auto _ : st) {
    int rows = 0;
    while (sqlite3_step(s) == SQLITE_ROW) {
      benchmark::DoNotOptimize(sqlite3_column_double(s, 1));
      ++rows;
    }
    sqlite3_reset(s);
    benchmark::DoNotOptimize(rows);
  }
  sqlite3_finalize(s);
  st.SetItemsProcessed(static_cast<std::int64_t>(st.iterations()) * static_cast<std::int64_t>(column_rows));
}
// The row-wise group_sum over the same records.
void colsum_rows(benchmark::State& st) {
  const auto key = static_cast<std::size_t>(st.range(0));
  for (auto _ : st) benchmark::DoNotOptimize(row_sums(key).size());
}
// What each side builds once: the columns and the three key columns; the table and its three
// indexes. And the columns alone, and each key column alone.
void colbuild_ours(benchmark::State& st) {
  for (auto _ : st) {
    const columns_with_keys c(figure_records());
    benchmark::DoNotOptimize(c.figures.size());
  }
}
void colbuild_columns(benchmark::State& st) {
  for (auto _ : st) {
    const regcoop::figure_columns c(figure_records(), figure_of);
    benchmark::DoNotOptimize(c.size());
  }
}
void colbuild_key(benchmark::State& st) {
  const auto& c = columns().figures;
  const auto& records = figure_records();
  for (auto _ : st) benchmark::DoNotOptimize(key_column_of(c, records, static_cast<std::size_t>(st.range(0))).keys().size());
}
void colbuild_sqlite(benchmark::State& st) {
  for (auto _ : st) {
    const figure_db d(figure_records());
    benchmark::DoNotOptimize(d.h);
  }
}

}  // namespace

BENCHMARK(filter_ours)->Arg(1000)->Arg(10000)->Unit(benchmark::kMicrosecond);
BENCHMARK(filter_sqlite)->Arg(1000)->Arg(10000)->Unit(benchmark::kMicrosecond);
BENCHMARK(dyad_ours)->Arg(1000)->Arg(10000)->Unit(benchmark::kMicrosecond);
BENCHMARK(dyad_sqlite)->Arg(1000)->Arg(10000)->Unit(benchmark::kMicrosecond);
BENCHMARK(groupsum_ours)->Arg(1000)->Arg(10000)->Unit(benchmark::kMicrosecond);
BENCHMARK(groupsum_sqlite)->Arg(1000)->Arg(10000)->Unit(benchmark::kMicrosecond);
BENCHMARK(colsum_ours)->DenseRange(0, 2)->Unit(benchmark::kMillisecond);
BENCHMARK(colsum_sqlite)->DenseRange(0, 2)->Unit(benchmark::kMillisecond);
BENCHMARK(colsum_rows)->DenseRange(0, 2)->Unit(benchmark::kMillisecond);
BENCHMARK(colbuild_ours)->Arg(0)->Iterations(2)->Unit(benchmark::kMillisecond);
BENCHMARK(colbuild_columns)->Arg(0)->Iterations(3)->Unit(benchmark::kMillisecond);
BENCHMARK(colbuild_key)->DenseRange(0, 2)->Iterations(3)->Unit(benchmark::kMillisecond);
BENCHMARK(colbuild_sqlite)->Arg(0)->Iterations(2)->Unit(benchmark::kMillisecond);
BENCHMARK_MAIN();
