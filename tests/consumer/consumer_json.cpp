// A program a user writes against the installed library's JSON component: build a dataset,
// write it as JSON, read it back, and check that nothing changed.
#include <regcoop/json.hpp>

#include <iostream>

int main() {
  regcoop::dataset_builder b;
  b.add(regcoop::party{.id = {"KZ"}, .name = "Kazakhstan", .iso_code = "KZ"});
  b.add(regcoop::party{.id = {"CN"}, .name = "China", .iso_code = "CN"});
  const regcoop::dataset ds = std::move(b).build();
  const std::string text = regcoop::to_json(ds);
  const regcoop::dataset back = regcoop::from_json(text);
  std::cout << text;
  return back == ds && regcoop::to_json(back) == text ? 0 : 1;
}
