// Looks up arbitrary text as a country; a hit must be found again by each of its codes.
#include <regcoop/model/country.hpp>

#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const auto* c = regcoop::find_country(text);
  if (!c) return 0;
  if (regcoop::find_country(c->alpha2) != c || regcoop::find_country(c->alpha3) != c ||
      regcoop::find_country(std::to_string(c->numeric)) != c || regcoop::find_country(c->numeric) != c)
    std::abort();
  return 0;
}
