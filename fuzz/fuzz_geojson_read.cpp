// Reads fuzzed text as a GeoJSON network: every input must load or be refused with
// regcoop::error, never crash; what loads must write back to GeoJSON that loads again into
// the same document.
#include <regcoop/io/geojson.hpp>
#include <regcoop/io/geojson_read.hpp>

#include <cstdint>
#include <cstdlib>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string text(reinterpret_cast<const char*>(data), size);
  try {
    const auto ds = regcoop::network_from_geojson(text);
    const auto once = regcoop::network_geojson(ds);
    if (regcoop::network_geojson(regcoop::network_from_geojson(once)) != once) std::abort();
  } catch (const regcoop::error&) {
  }
  return 0;
}
