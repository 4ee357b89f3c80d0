// CSV import of 10^6 project rows with validation, side by side in one run with SQLite's
// `.import` into an indexed table (the sqlite3 program) and `pandas.read_csv` on the same
// file (Debian's python3-pandas; the time pandas itself measures, interpreter start left out);
// and the tokenizer alone against fast-cpp-csv-parser (libfccp-dev), when installed.
// `bench_csv_import --rows=N` (default 10^6) writes the folder once to $TMPDIR. Peak resident
// memory is measured for each side as a process of its own (ours: this program with
// `--rss=DIR`; the peers: the sqlite3 and python3 processes) and reported as counters against
// the file size. Peers missing on the machine are skipped with a message.
#include "../synthetic.hpp"

#include <regcoop/io/csv_read.hpp>

#if __has_include(<libfccp/csv.h>)
#include <libfccp/csv.h>
#define REGCOOP_HAVE_FCCP 1
#endif

#include "../run_measured.hpp"

#include <benchmark/benchmark.h>

#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <algorithm>
#include <array>
#include <cstring>
#include <utility>
#include <filesystem>
#include <fstream>
#include <string>

namespace {
namespace fs = std::filesystem;

std::size_t rows = 1000000;

// parties.csv, sources.csv and projects.csv of `rows` projects, written once.
const fs::path& folder() {
  static const fs::path dir = [] {
    const fs::path d = fs::temp_directory_path() / ("regcoop-bench-csv-" + std::to_string(rows));
    if (!fs::exists(d / "projects.csv")) {
      const auto ds = bench::projects(rows);
      regcoop::save_csv_folder(ds, d);
    }
    return d;
  }();
  return dir;
}

using bench::ran;
using bench::run_measured;

std::string run(const std::string& cmd) { return run_measured(cmd).out; }

// Peak resident memory of a command against the size of the file it reads.
void report_rss(benchmark::State& st, long peak_kib, const fs::path& file) {
  const double bytes = static_cast<double>(fs::file_size(file));
  st.counters["file_MB"] = bytes / 1e6;
  st.counters["peak_rss_MB"] = static_cast<double>(peak_kib) * 1024 / 1e6;
  st.counters["peak_rss_per_file_size"] = static_cast<double>(peak_kib) * 1024 / bytes;
}

void import_ours(benchmark::State& st) {
  const auto& dir = folder();
  std::size_t n = 0;
  for (auto _ : st) n = regcoop::load_csv_folder(dir).projects().size();
  st.counters["rows"] = static_cast<double>(n);
  const std::string self = fs::read_symlink("/proc/self/exe").string();
  report_rss(st, run_measured(self + " --rss=" + dir.string()).peak_kib, dir / "projects.csv");
}

// SQLite's .import into a table with a primary key on id and an index on kind, in memory.
void import_sqlite(benchmark::State& st) {
  const auto& dir = folder();
  if (run("command -v sqlite3").empty()) return st.SkipWithError("sqlite3 is not installed");
  std::string header;
  std::getline(std::ifstream(dir / "projects.csv"), header);
  if (!header.empty() && header.back() == '\r') header.pop_back();
  std::string cols;
  for (std::size_t start = 0;;) {
    const auto comma = header.find(',', start);
    const std::string c = header.substr(start, comma - start);
    cols += (cols.empty() ? "\"" : ", \"") + c + (c == "id" ? "\" TEXT PRIMARY KEY" : "\" TEXT");
    if (comma == std::string::npos) break;
    start = comma + 1;
  }
  const fs::path script = fs::temp_directory_path() / "regcoop-bench-import.sql";
  std::ofstream(script) << "CREATE TABLE projects (" << cols << ");\nCREATE INDEX projects_kind ON projects(kind);\n"
                        << ".mode csv\n.import --skip 1 " << (dir / "projects.csv").string() << " projects\n"
                        << "SELECT count(*) FROM projects;\n";
  long peak = 0;
  for (auto _ : st) {
    const ran r = run_measured("sqlite3 :memory: < " + script.string());
    if (std::atol(r.out.c_str()) != static_cast<long>(rows)) return st.SkipWithError(("sqlite3 imported: " + r.out).c_str());
    peak = std::max(peak, r.peak_kib);
  }
  report_rss(st, peak, dir / "projects.csv");
}

// pandas.read_csv, timed by pandas' process itself.
void import_pandas(benchmark::State& st) {
  const auto& dir = folder();
  if (run("/usr/bin/python3 -c 'import pandas' 2>&1 && echo ok").find("ok") == std::string::npos)
    return st.SkipWithError("python3-pandas is not installed");
  const std::string cmd = "/usr/bin/python3 -c 'import pandas, time; t = time.perf_counter(); d = pandas.read_csv(\"" +
                          (dir / "projects.csv").string() + "\"); print(time.perf_counter() - t, len(d))'";
  long peak = 0;
  for (auto _ : st) {
    const ran r = run_measured(cmd);
    st.SetIterationTime(std::atof(r.out.c_str()));
    peak = std::max(peak, r.peak_kib);
  }
  report_rss(st, peak, dir / "projects.csv");  // the interpreter and pandas itself included
}
}  // namespace

// The tokenizers alone, side by side: ours (for_each_row over the file read whole) against
// the maintained header-only parser Debian ships, fast-cpp-csv-parser (libfccp-dev: its
// LineReader with a reading thread, CSVReader with RFC 4180 double-quote escapes). Both
// count the cells and their bytes after unquoting; the two counts must agree.
std::pair<std::size_t, std::size_t> tokens_ours(const fs::path& file) {
  std::string text;
  if (!regcoop::detail::read_file(file, text)) return {0, 0};
  std::vector<regcoop::problem> probs;
  std::size_t cells = 0, bytes = 0;
  regcoop::detail::csv_in::for_each_row(text, "projects.csv", probs, [&](const std::vector<regcoop::detail::csv_in::cell>& row) {
    cells += row.size();
    for (const auto& c : row) bytes += c.text.size();
  });
  return {cells, bytes};
}

void tokenize_ours(benchmark::State& st) {
  const auto file = folder() / "projects.csv";
  std::pair<std::size_t, std::size_t> r;
  for (auto _ : st) r = tokens_ours(file);
  st.counters["cells"] = static_cast<double>(r.first);
}

#ifdef REGCOOP_HAVE_FCCP
template <std::size_t... I>
std::pair<std::size_t, std::size_t> tokens_fccp(const fs::path& file, std::index_sequence<I...>) {
  constexpr unsigned n = sizeof...(I);
  io::CSVReader<n, io::trim_chars<>, io::double_quote_escape<',', '"'>> in(file.string());
  const auto& names = regcoop::csv_columns<regcoop::project>();
  in.read_header(io::ignore_no_column, names[I]...);
  std::array<char*, n> cols{};
  std::size_t cells = n, bytes = 0;  // the header's cells
  for (const auto& h : names) bytes += h.size();
  while (in.read_row(cols[I]...)) {
    cells += n;
    for (const char* c : cols) bytes += std::strlen(c);
  }
  return {cells, bytes};
}

void tokenize_fccp(benchmark::State& st) {
  const auto file = folder() / "projects.csv";
  if (regcoop::csv_columns<regcoop::project>().size() != 14) return st.SkipWithError("the project table no longer has 14 columns");
  std::pair<std::size_t, std::size_t> r;
  for (auto _ : st) r = tokens_fccp(file, std::make_index_sequence<14>());
  if (r != tokens_ours(file)) return st.SkipWithError("fccp and ours disagree on the cells");
  st.counters["cells"] = static_cast<double>(r.first);
}
#endif

BENCHMARK(tokenize_ours)->Unit(benchmark::kMillisecond)->Iterations(3);
#ifdef REGCOOP_HAVE_FCCP
BENCHMARK(tokenize_fccp)->Unit(benchmark::kMillisecond)->Iterations(3);
#endif
BENCHMARK(import_ours)->Unit(benchmark::kMillisecond)->Iterations(3);
BENCHMARK(import_sqlite)->Unit(benchmark::kMillisecond)->Iterations(3);
BENCHMARK(import_pandas)->Unit(benchmark::kMillisecond)->Iterations(3)->UseManualTime();

int main(int argc, char** argv) {
  // Our own arguments are taken out before Google Benchmark reads the rest.
  int kept = 1;
  for (int i = 1; i < argc; ++i) {
    if (std::strncmp(argv[i], "--rss=", 6) == 0) {
      const auto ds = regcoop::load_csv_folder(argv[i] + 6);
      rusage u{};
      getrusage(RUSAGE_SELF, &u);
      std::printf("%ld\n", u.ru_maxrss);
      return ds.projects().empty() ? 1 : 0;
    }
    if (std::strncmp(argv[i], "--rows=", 7) == 0) rows = std::stoul(argv[i] + 7);
    else argv[kept++] = argv[i];
  }
  argc = kept;
  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
