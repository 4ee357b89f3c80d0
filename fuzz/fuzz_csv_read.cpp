// Reads fuzzed text as a CSV table of segments and of parties: every input must load or be
// refused with problems, never crash; what loads without problems must survive writing and
// reading again unchanged. The same text as a JSON cell: when the direct (tree-less) reader
// takes it, the tree reader must read the same value without a problem. Read in pieces, the
// text must give the rows and problems it gives read whole.
#include <regcoop/io/csv_read.hpp>
#include <regcoop/detail/json_direct.hpp>

#include <algorithm>
#include <cstddef>
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
// The text read in pieces (of a size taken from its first byte) gives the rows and problems
// of the text read whole.
std::string rows_of(const std::string& text, std::size_t piece) {
  using regcoop::detail::csv_in::cell;
  std::string out;
  std::vector<regcoop::problem> probs;
  const auto f = [&](const std::vector<cell>& row) {
    for (const auto& c : row) out += std::to_string(c.row) + ":" + std::to_string(c.column) + "=" + std::string(c.text) + '\x1f';
    out += '\n';
  };
  if (piece == 0) {
    regcoop::detail::csv_in::for_each_row(text, "fuzz.csv", probs, f);
  } else {
    std::size_t at = 0;
    const auto read = [&](char* to, std::size_t n) -> std::ptrdiff_t {
      const std::size_t k = std::min(n, text.size() - at);
      text.copy(to, k, at);
      at += k;
      return static_cast<std::ptrdiff_t>(k);
    };
    if (!regcoop::detail::csv_in::for_each_piece_row(read, "fuzz.csv", probs, f, piece)) std::abort();
  }
  for (const auto& p : probs) out += p.field + " " + p.message + "\n";
  return out;
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string text(reinterpret_cast<const char*>(data), size);
  if (size > 0 && rows_of(text, 0) != rows_of(text, 1 + data[0] % 16)) std::abort();
  round_trip<regcoop::segment>(text);
  round_trip<regcoop::party>(text);
  direct_agrees<std::vector<regcoop::figure>>(text);
  direct_agrees<std::vector<regcoop::membership>>(text);
  direct_agrees<std::vector<regcoop::status_change>>(text);
  return 0;
}
