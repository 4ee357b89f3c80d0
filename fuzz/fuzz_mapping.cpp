// Reads fuzzed input as a mapping document and CSV tables (each after a line "---"; a fixed
// GCDF-shaped table when there is none): every input must import or be refused with
// problems, never crash; what imports must survive writing and reading its JSON unchanged.
// Several tables exercise the mapping's `tables`, look-ups and the state registry.
#include <regcoop/io/json.hpp>
#include <regcoop/io/table_import.hpp>

#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view in(reinterpret_cast<const char*>(data), size);
  auto cut = in.find("\n---\n");
  const std::string_view map_text = in.substr(0, cut);
  std::vector<regcoop::table_input> tables;
  while (cut != std::string_view::npos && tables.size() < 4) {
    const auto next = in.find("\n---\n", cut + 5);
    tables.push_back({"fuzz" + std::to_string(tables.size()) + ".csv", in.substr(cut + 5, next == std::string_view::npos ? next : next - cut - 5)});
    cut = next;
  }
  if (tables.empty()) tables.push_back({"fuzz.csv", "ID,Title,Country,Status,Year,USD\n1,One,Kazakhstan,Done,2020,100\n2,Two,KGZ,,2021,\n"});
  try {
    const auto map = regcoop::mapping_from_json(map_text, "fuzz.json");
    const auto r = regcoop::import_tables(tables, map);
    if (regcoop::from_json(regcoop::to_json(r.data)) != r.data) std::abort();
    (void)r.summary.line();
  } catch (const regcoop::error& e) {
    if (e.problems().empty()) std::abort();
  }
  return 0;
}
