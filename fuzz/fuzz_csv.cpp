// Writes a record made of fuzzed strings as CSV and reads it back with a strict RFC 4180
// reader: every cell must come back unchanged.
#include "../tests/csv_reader.hpp"

#include <regcoop/io/csv.hpp>

#include <cstdint>
#include <cstdlib>
#include <sstream>
#include <string>
#include <vector>


extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string s(reinterpret_cast<const char*>(data), size);
  const auto third = s.size() / 3;
  std::vector<regcoop::source> rows{{.id = {s.substr(0, third)}, .title = s.substr(third, third), .publisher = s.substr(2 * third)}};
  std::ostringstream os;
  regcoop::write_csv(os, rows);
  const auto back = csvread::read(os.str());
  if (back.size() != 2 || back[1].size() != back[0].size()) std::abort();
  if (back[1][0] != rows[0].id.value || back[1][1] != rows[0].title || back[1][2] != rows[0].publisher) std::abort();
  return 0;
}
