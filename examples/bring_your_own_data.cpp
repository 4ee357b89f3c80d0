// bring_your_own_data: load a JSON file written by hand, validate it, ask it a question.
//   bring_your_own_data [FILE]   (default: examples/data/my_cooperation.json)
#include <regcoop/query/as_of.hpp>
#include <regcoop/io/json.hpp>
#include <regcoop/query/select.hpp>

#include <iostream>

int main(int argc, char** argv) {
  const char* file = argc > 1 ? argv[1] : REGCOOP_EXAMPLE_DATA "/my_cooperation.json";
  try {
    const regcoop::dataset ds = regcoop::load_json(file);  // validates every record
    std::cout << file << ": " << ds.size() << " records\n";
    for (const auto& p : regcoop::select<regcoop::project>(ds, regcoop::in_sector(regcoop::sector::transport))) {
      const auto now = regcoop::state_on(p, {2026, 3});
      std::cout << p.name << ": " << regcoop::to_string(*now.status) << " (" << regcoop::to_string(now.sure) << ")";
      for (const auto& f : p.figures) std::cout << ", " << regcoop::to_string(f);
      std::cout << '\n';
    }
  } catch (const regcoop::error& e) {
    std::cerr << e.what() << '\n';  // every problem, with file#/json/pointer
    return 2;
  }
}
