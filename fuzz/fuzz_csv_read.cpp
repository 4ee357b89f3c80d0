// Reads fuzzed text as a CSV table of segments and of parties: every input must load or be
// refused with problems, never crash; what loads without problems must survive writing and
// reading again unchanged.
#include <regcoop/csv_read.hpp>

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
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string text(reinterpret_cast<const char*>(data), size);
  round_trip<regcoop::segment>(text);
  round_trip<regcoop::party>(text);
  return 0;
}
