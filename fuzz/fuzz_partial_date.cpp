// Parses arbitrary text as a partial date; what parses must print and re-parse to itself,
// and the ordering laws must hold between the two halves of the input.
#include <regcoop/model/date.hpp>

#include <cstdint>
#include <cstdlib>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const auto half = text.size() / 2;
  const auto a = regcoop::partial_date::try_parse(text.substr(0, half));
  const auto b = regcoop::partial_date::try_parse(text.substr(half));
  for (const auto& d : {a, b}) {
    if (!d) continue;
    if (!d->valid() || regcoop::partial_date::try_parse(d->to_string()) != d) std::abort();
    if (d->first_day() > d->last_day()) std::abort();
  }
  if (a && b) {
    if (regcoop::certainly_before(*a, *b) && regcoop::certainly_before(*b, *a)) std::abort();
    if (regcoop::certainly_before(*a, *b) && !regcoop::possibly_before(*a, *b)) std::abort();
    if (regcoop::certainly_before(*a, *b) && regcoop::possibly_before(*b, *a)) std::abort();
  }
  return 0;
}
