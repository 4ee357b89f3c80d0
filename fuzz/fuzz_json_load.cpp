// Loads arbitrary bytes as a JSON dataset. Anything that loads must save and reload to an
// equal dataset, byte-identical on the second save; anything else must fail with
// regcoop::error (never a crash, never another exception).
#include <regcoop/io/json.hpp>

#include <cstdint>
#include <cstdlib>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  try {
    const regcoop::dataset ds = regcoop::from_json(text);
    const std::string saved = regcoop::to_json(ds);
    const regcoop::dataset back = regcoop::from_json(saved);
    if (!(back == ds) || regcoop::to_json(back) != saved) std::abort();
  } catch (const regcoop::error& e) {
    if (e.problems().empty()) std::abort();
  }
  return 0;
}
