#include "fixtures.hpp"

#include <regcoop/dataset/diff.hpp>

#include <doctest/doctest.h>

using namespace regcoop;

TEST_CASE("diff reports added, removed and changed records down to the field") {
  const dataset a = fixtures::small_builder().build();
  dataset_builder b;
  b.add(a);
  auto edited = b.build();
  CHECK(diff(a, edited).empty());

  dataset_builder c;
  for (const auto& r : a.sources()) c.add(r);
  for (const auto& r : a.parties()) c.add(r);
  for (const auto& r : a.mechanisms()) c.add(r);
  for (const auto& r : a.nodes()) c.add(r);
  for (const auto& r : a.segments()) c.add(r);
  for (const auto& r : a.corridors()) c.add(r);
  for (const auto& r : a.indicators()) c.add(r);
  for (const auto& r : a.agreements()) c.add(r);
  project p = a.projects()[0];
  p.status_history[1].since = partial_date{2024, 6};
  p.hosts.push_back({"CN"});
  c.add(p);
  c.add(event{.id = {"new"}, .name = "New"});  // summit-2 removed, "new" added
  const auto d = diff(a, c.build());
  const auto find = [&](change_kind k, const std::string& rec, const std::string& field) {
    return std::find_if(d.begin(), d.end(), [&](const difference& x) { return x.kind == k && x.record == rec && x.field == field; });
  };
  const auto since = find(change_kind::changed, "projects/p1", "status_history/1/since");
  REQUIRE(since != d.end());
  CHECK(since->before == "2024-05");
  CHECK(since->after == "2024-06");
  const auto hosts = find(change_kind::changed, "projects/p1", "hosts");
  REQUIRE(hosts != d.end());
  CHECK(hosts->before == "1 items");
  CHECK(hosts->after == "2 items");
  CHECK(find(change_kind::removed, "events/summit-2", "") != d.end());
  CHECK(find(change_kind::added, "events/new", "") != d.end());
  CHECK(d.size() == 4);
}
