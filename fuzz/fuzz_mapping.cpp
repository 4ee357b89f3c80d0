// Reads fuzzed input as a mapping document and a CSV table (separated by a line "---"; a
// fixed GCDF-shaped table when there is none): every input must import or be refused with
// problems, never crash; what imports must survive writing and reading its JSON unchanged.
#include <regcoop/table_import.hpp>

#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view in(reinterpret_cast<const char*>(data), size);
  const auto cut = in.find("\n---\n");
  const std::string_view map_text = in.substr(0, cut);
  const std::string_view table = cut == std::string_view::npos
                                     ? std::string_view("ID,Title,Country,Status,Year,USD\n1,One,Kazakhstan,Done,2020,100\n2,Two,KGZ,,2021,\n")
                                     : in.substr(cut + 5);
  try {
    const auto map = regcoop::mapping_from_json(map_text, "fuzz.json");
    const auto ds = regcoop::import_table(table, map, map.tables.size() == 1 ? std::string_view() : map.tables.front().kind, "fuzz.csv");
    if (regcoop::from_json(regcoop::to_json(ds)) != ds) std::abort();
  } catch (const regcoop::error& e) {
    if (e.problems().empty()) std::abort();
  }
  return 0;
}
