// The full real COW IGO v3 tables (state-year 15,557 x 537, 22.5 MB; IGO-year 19,335 x 235,
// 10.6 MB) imported through the shipped mapping data/mappings/cow-igo-3.json, side by side in
// one run with the pandas pipeline a user would write instead (benchmarks/table_import/peer.py:
// read_csv, melt, runs of one status into spells; Debian's python3-pandas, the time pandas
// itself measures, interpreter start left out). Peak resident memory of each side is that of
// a process of its own (ours: this program with `--rss=DIR`; the peer: the python3 process,
// the interpreter and pandas included), from wait4. Both answers are compared before timing:
// the spells per role (full, associate, observer) must be equal.
//   bench_table_import --dir=DIR   DIR holds state_year_formatv3.csv and igo_year_formatv3.csv
//                                  (benchmarks/table_import/run.sh writes them with R from igoR)
// The peer's member of each (ccode, year) comes from regcoop::cow_state (written to
// DIR/members.csv), so both sides answer the same question.
#include <regcoop/model/states.hpp>
#include <regcoop/io/table_import.hpp>

#include "../run_measured.hpp"

#include <benchmark/benchmark.h>

#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <charconv>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <map>
#include <memory>
#include <stdexcept>
#include <set>
#include <sstream>
#include <string>
#include <utility>

#ifndef REGCOOP_SOURCE_DIR
#error "REGCOOP_SOURCE_DIR (the source tree: the mapping and peer.py) must be defined"
#endif

namespace {
namespace fs = std::filesystem;

fs::path dir = fs::temp_directory_path() / "regcoop-bench-cow";
const fs::path source = REGCOOP_SOURCE_DIR;

fs::path state_year() { return dir / "state_year_formatv3.csv"; }
fs::path igo_year() { return dir / "igo_year_formatv3.csv"; }
fs::path mapping() { return source / "data" / "mappings" / "cow-igo-3.json"; }

regcoop::import_result import_once() {
  static const auto map = regcoop::load_mapping(mapping());
  return regcoop::import_table_files({state_year(), igo_year()}, map);
}

// Spells per role ("unknown" for status_unknown spells).
std::map<std::string, long> spells_of(const regcoop::dataset& ds) {
  std::map<std::string, long> n;
  for (const auto& p : ds.parties())
    for (const auto& m : p.members) ++n[m.status_unknown ? std::string("unknown") : std::string(regcoop::to_string(m.role))];
  return n;
}

using bench::ran;
using bench::run_measured;

// DIR/members.csv: ccode, year, member for every (ccode, year) of the state-year table, from
// the registry's dated COW numbers.
void write_members() {
  std::ifstream in(state_year());
  std::string line;
  std::getline(in, line);  // the header
  std::set<std::pair<int, int>> seen;
  while (std::getline(in, line)) {
    int ccode = 0, year = 0;
    const char* p = line.data();
    const char* end = p + line.size();
    auto r = std::from_chars(p, end, ccode);
    if (r.ec != std::errc() || r.ptr == end || *r.ptr != ',') continue;
    r = std::from_chars(r.ptr + 1, end, year);
    if (r.ec == std::errc()) seen.insert({ccode, year});
  }
  std::ofstream out(dir / "members.csv");
  out << "ccode,year,member\n";
  for (const auto& [c, y] : seen) {
    const auto* s = regcoop::cow_state(c, y);
    if (!s) throw std::runtime_error("COW " + std::to_string(c) + " in " + std::to_string(y) + " is not in the registry");
    out << c << ',' << y << ',' << s->id << '\n';
  }
}

std::string peer_command() {
  return "/usr/bin/python3 " + (source / "benchmarks" / "table_import" / "peer.py").string() + " " + state_year().string() + " " +
         igo_year().string() + " " + (dir / "members.csv").string();
}

// The peer's answer: its JSON line, read by hand (the number after each key).
double number_after(const std::string& text, const std::string& key) {
  const auto at = text.find("\"" + key + "\": ");
  return at == std::string::npos ? -1 : std::atof(text.c_str() + at + key.size() + 4);
}

void report_rss(benchmark::State& st, long peak_kib) {
  st.counters["input_MB"] = static_cast<double>(fs::file_size(state_year()) + fs::file_size(igo_year())) / 1e6;
  st.counters["peak_rss_MB"] = static_cast<double>(peak_kib) * 1024 / 1e6;
}

// Checked once, before either side is timed: the same spells per role.
std::string answers_differ() {
  static const std::string why = [] {
    write_members();
    const auto ours = spells_of(import_once().data);
    const ran r = run_measured(peer_command());
    if (r.status != 0) return std::string("the pandas peer failed: ") + r.out;
    std::ostringstream diff;
    for (const char* role : {"full_member", "associate_member", "observer"}) {
      const auto at = ours.find(role);
      const long o = at == ours.end() ? 0 : at->second;
      const long p = static_cast<long>(number_after(r.out, role));
      if (o != p) diff << role << ": ours " << o << ", pandas " << p << "; ";
    }
    return diff.str();
  }();
  return why;
}

void import_ours(benchmark::State& st) {
  if (const auto d = answers_differ(); !d.empty()) return st.SkipWithError(d.c_str());
  std::map<std::string, long> n;
  std::size_t parties = 0;
  for (auto _ : st) {
    auto r = std::make_unique<regcoop::import_result>(import_once());
    parties = r->data.parties().size();
    benchmark::DoNotOptimize(parties);
    st.PauseTiming();  // counting and freeing are not the import
    n = spells_of(r->data);
    r.reset();
    st.ResumeTiming();
  }
  st.counters["parties"] = static_cast<double>(parties);
  for (const auto& [role, k] : n) st.counters["spells_" + role] = static_cast<double>(k);
  const std::string self = fs::read_symlink("/proc/self/exe").string();
  const ran r = run_measured(self + " --rss=" + dir.string());
  if (r.status != 0) return st.SkipWithError(("--rss run failed: " + r.out).c_str());
  report_rss(st, r.peak_kib);
}

void import_pandas(benchmark::State& st) {
  if (run_measured("/usr/bin/python3 -c 'import pandas' 2>&1 && echo ok").out.find("ok") == std::string::npos)
    return st.SkipWithError("python3-pandas is not installed");
  if (const auto d = answers_differ(); !d.empty()) return st.SkipWithError(d.c_str());
  long peak = 0;
  std::string out;
  for (auto _ : st) {
    const ran r = run_measured(peer_command());
    if (r.status != 0) return st.SkipWithError(("the pandas peer failed: " + r.out).c_str());
    st.SetIterationTime(number_after(r.out, "seconds"));
    peak = std::max(peak, r.peak_kib);
    out = r.out;
  }
  for (const char* role : {"full_member", "associate_member", "observer", "unknown"})
    st.counters[std::string("spells_") + role] = number_after(out, role);
  report_rss(st, peak);
}
}  // namespace

BENCHMARK(import_ours)->Unit(benchmark::kMillisecond)->Iterations(3);
BENCHMARK(import_pandas)->Unit(benchmark::kMillisecond)->Iterations(3)->UseManualTime();

int main(int argc, char** argv) {
  // Our own arguments are taken out before Google Benchmark reads the rest.
  int kept = 1;
  bool rss = false;
  for (int i = 1; i < argc; ++i) {
    if (std::strncmp(argv[i], "--rss=", 6) == 0) {
      dir = argv[i] + 6;
      rss = true;
    } else if (std::strncmp(argv[i], "--dir=", 6) == 0) {
      dir = argv[i] + 6;
    } else {
      argv[kept++] = argv[i];
    }
  }
  argc = kept;
  if (!fs::exists(state_year()) || !fs::exists(igo_year())) {
    std::fprintf(stderr, "bench_table_import: %s needs state_year_formatv3.csv and igo_year_formatv3.csv "
                         "(benchmarks/table_import/run.sh writes them)\n", dir.c_str());
    return 2;
  }
  if (rss) {  // one import, then this process's peak resident memory (KiB)
    const auto r = import_once();
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    std::printf("%ld\n", u.ru_maxrss);
    return r.data.parties().empty() ? 1 : 0;
  }
  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
