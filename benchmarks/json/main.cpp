// JSON ingest: regcoop::from_json (parse, read every field, validate, index) against raw
// Boost.JSON parse + value_to into plain described structs holding the same fields as
// strings and numbers (no validation). Bytes per second; ratio = regcoop time / raw time.
// Sizes: n records of each of projects, agreements and indicators (333334: the L dataset,
// 10^6 records).
//
// `bench_json --rss=N` instead loads the document of n records per kind once and prints, as
// JSON, its size in bytes, the resident memory the dataset keeps, and the peak resident
// memory while loading (both above the baseline with the text in memory; Linux /proc).
#include "../synthetic.hpp"

#include <regcoop/io/json.hpp>

#include <benchmark/benchmark.h>
#include <boost/describe.hpp>
#include <boost/json.hpp>

#include <malloc.h>

#include <cstdio>
#include <cstring>
#include <fstream>
#include <map>
#include <optional>
#include <string>

namespace raw {
// Plain structs holding exactly the members the synthetic documents carry (Boost.JSON 1.81's
// described-class conversion requires the object to have exactly the described members).
struct period {
  std::string from, to;
};
BOOST_DESCRIBE_STRUCT(period, (), (from, to))
struct figure {
  double value = 0;
  std::string bound, unit, currency;
  int price_year = 0;
  raw::period period;
};
BOOST_DESCRIBE_STRUCT(figure, (), (value, bound, unit, currency, price_year, period))
struct status_change {
  std::string status, since;
};
BOOST_DESCRIBE_STRUCT(status_change, (), (status, since))
struct participant {
  std::string party, role;
};
BOOST_DESCRIBE_STRUCT(participant, (), (party, role))
struct project {
  std::string id, name, kind;
  std::vector<std::string> sectors, hosts;
  std::vector<participant> participants;
  std::vector<status_change> status_history;
  std::vector<figure> figures;
};
BOOST_DESCRIBE_STRUCT(project, (), (id, name, kind, sectors, hosts, participants, status_history, figures))
struct agreement_party {
  std::string party, signed_on;
};
BOOST_DESCRIBE_STRUCT(agreement_party, (), (party, signed_on))
struct agreement {
  std::string id, name, kind;
  std::vector<std::string> sectors;
  std::vector<agreement_party> parties;
  std::string status;
};
BOOST_DESCRIBE_STRUCT(agreement, (), (id, name, kind, sectors, parties, status))
struct party {
  std::string id, kind, name, iso_code, organisation;
};
BOOST_DESCRIBE_STRUCT(party, (), (id, kind, name, iso_code, organisation))
struct indicator {
  std::string id, measure, name;
  std::vector<std::string> subjects, counterparts, sectors;
  figure value;
};
BOOST_DESCRIBE_STRUCT(indicator, (), (id, measure, name, subjects, counterparts, sectors, value))
}  // namespace raw

namespace {
const std::string& text(std::size_t n) {
  static std::map<std::size_t, std::string> cache;
  auto& t = cache[n];
  if (t.empty()) t = regcoop::to_json(bench::records(n));
  return t;
}

void ingest_ours(benchmark::State& st) {
  const auto& t = text(static_cast<std::size_t>(st.range(0)));
  for (auto _ : st) benchmark::DoNotOptimize(regcoop::from_json(t).size());
  st.SetBytesProcessed(static_cast<std::int64_t>(st.iterations()) * static_cast<std::int64_t>(t.size()));
}

void ingest_raw(benchmark::State& st) {
  const auto& t = text(static_cast<std::size_t>(st.range(0)));
  for (auto _ : st) {
    const auto v = boost::json::parse(t);
    const auto& o = v.as_object();
    auto ps = boost::json::value_to<std::vector<raw::party>>(o.at("parties"));
    auto pr = boost::json::value_to<std::vector<raw::project>>(o.at("projects"));
    auto ag = boost::json::value_to<std::vector<raw::agreement>>(o.at("agreements"));
    auto in = boost::json::value_to<std::vector<raw::indicator>>(o.at("indicators"));
    benchmark::DoNotOptimize(ps.size() + pr.size() + ag.size() + in.size());
  }
  st.SetBytesProcessed(static_cast<std::int64_t>(st.iterations()) * static_cast<std::int64_t>(t.size()));
}

// VmRSS or VmHWM of this process, in bytes.
std::size_t status_kb(const char* key) {
  std::ifstream in("/proc/self/status");
  std::string line;
  while (std::getline(in, line))
    if (line.rfind(key, 0) == 0) return std::stoul(line.substr(std::strlen(key) + 1)) * 1024;
  return 0;
}

int rss(std::size_t n) {
  std::string t = regcoop::to_json(bench::records(n));
  malloc_trim(0);
  std::ofstream("/proc/self/clear_refs") << "5";  // reset the peak (VmHWM) to the current RSS
  const std::size_t base = status_kb("VmRSS:");
  std::size_t records = 0, kept = 0, peak = 0;
  {
    const regcoop::dataset ds = regcoop::from_json(t);
    records = ds.size();
    peak = status_kb("VmHWM:");
    malloc_trim(0);
    kept = status_kb("VmRSS:");
  }
  std::printf("{\"records\": %zu, \"json_bytes\": %zu, \"kept_bytes\": %zu, \"peak_bytes\": %zu}\n", records, t.size(),
              kept - base, peak - base);
  return 0;
}
}  // namespace

BENCHMARK(ingest_ours)->Arg(1000)->Arg(10000)->Unit(benchmark::kMillisecond);
BENCHMARK(ingest_raw)->Arg(1000)->Arg(10000)->Unit(benchmark::kMillisecond);
BENCHMARK(ingest_ours)->Arg(333334)->Iterations(2)->Unit(benchmark::kMillisecond);
BENCHMARK(ingest_raw)->Arg(333334)->Iterations(2)->Unit(benchmark::kMillisecond);

int main(int argc, char** argv) {
  for (int i = 1; i < argc; ++i)
    if (std::strncmp(argv[i], "--rss=", 6) == 0) return rss(std::stoul(argv[i] + 6));
  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
