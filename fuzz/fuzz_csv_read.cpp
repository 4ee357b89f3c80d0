// Reads fuzzed text as a CSV table of segments and of parties: every input must load or be
// refused with problems, never crash; what loads without problems must survive writing and
// reading again unchanged. The same text as a JSON cell: when the direct (tree-less) reader
// takes it, the tree reader must read the same value without a problem.
#include <regcoop/csv_read.hpp>
#include <regcoop/detail/json_direct.hpp>

#include <cstdint>
#include <cstdlib>
#include <sstream>
#include <string>
#include <vector>

namespace {
template <class R>
void round_trip(const std::string& text) {
  std::vector<regcoop::problem> probs;
  const auto rows = regcoop::read_csv<R>(text, "fuzz.csv", probs);
  if (!probs.empty()) return;
  std::ostringstream os;
  regcoop::write_csv(os, rows);
  std::vector<regcoop::problem> again;
  const auto back = regcoop::read_csv<R>(os.str(), "fuzz.csv", again);
  if (!again.empty() || back != rows) std::abort();
}
template <class T>
void direct_agrees(const std::string& text) {
  T direct{};
  if (!regcoop::detail::json_direct::read(text, direct)) return;
  const regcoop::json_read_options opt{};
  T tree{};
  std::vector<regcoop::problem> probs;
  try {
    const auto v = regcoop::detail::json_io::parse_text(text, opt, "");
    regcoop::detail::json_io::reader r(opt);
    std::string ptr;
    r.read(v, tree, ptr);
    probs = r.problems;
  } catch (const regcoop::error&) {
    std::abort();  // the direct reader took text the tree reader cannot parse
  }
  if (!probs.empty() || !(tree == direct)) std::abort();
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string text(reinterpret_cast<const char*>(data), size);
  round_trip<regcoop::segment>(text);
  round_trip<regcoop::party>(text);
  direct_agrees<std::vector<regcoop::figure>>(text);
  direct_agrees<std::vector<regcoop::membership>>(text);
  direct_agrees<std::vector<regcoop::status_change>>(text);
  return 0;
}
