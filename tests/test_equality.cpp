// Property: operator== of every model type tells apart two values that differ in any one
// member. Round-trip tests (JSON, CSV, diff) compare records with operator==, so an equality
// that ignored a member would make them vacuous. For each member, the test takes a pair of
// sample values that differ there, copies the first, overwrites that one member with the
// second's, and checks the copy is unequal to the original (and equal to itself).

#include <regcoop/model/records.hpp>
#include <regcoop/data/china_central_asia.hpp>
#include <regcoop/dataset/dataset.hpp>

#include <boost/describe/members.hpp>
#include <boost/mp11/algorithm.hpp>

#include <doctest/doctest.h>

#include <span>
#include <string>
#include <vector>

using namespace regcoop;

namespace {

/// Checks every described member of T against the samples; returns the names of members for
/// which no two samples differ (so the caller can see what the samples fail to exercise).
template <class T>
std::vector<std::string> members_told_apart(std::span<const T> samples) {
  std::vector<std::string> untested;
  using members = boost::describe::describe_members<T, boost::describe::mod_public>;
  boost::mp11::mp_for_each<members>([&](auto d) {
    for (const T& a : samples) {
      for (const T& b : samples) {
        if (a.*d.pointer == b.*d.pointer) continue;
        T changed = a;
        changed.*d.pointer = b.*d.pointer;
        INFO("member ", d.name);
        CHECK_FALSE(changed == a);
        CHECK(changed != a);
        CHECK(changed == changed);
        return;
      }
    }
    untested.emplace_back(d.name);
  });
  return untested;
}

template <class T>
void require_all_members_told_apart(std::span<const T> samples) {
  const auto untested = members_told_apart(samples);
  std::string names;
  for (const auto& n : untested) names += n + ' ';
  INFO("members no two samples differ in: ", names);
  CHECK(untested.empty());
}

template <class T, class R, class F>
std::vector<T> flatten(std::span<const R> records, F member) {
  std::vector<T> out;
  for (const R& r : records)
    for (const T& x : r.*member) out.push_back(x);
  return out;
}

}  // namespace

/// The samples plus one copy of the first sample changed by `mutate`: for members the embedded
/// data leaves the same in every record (e.g. every source's url is empty).
template <class T, class F>
std::vector<T> plus_variant(std::span<const T> samples, F mutate) {
  std::vector<T> out(samples.begin(), samples.end());
  REQUIRE_FALSE(out.empty());
  T variant = out.front();
  mutate(variant);
  out.push_back(std::move(variant));
  return out;
}

template <class T, class F>
void require_all_members_told_apart(std::span<const T> samples, F mutate) {
  const auto all = plus_variant(samples, mutate);
  require_all_members_told_apart(std::span<const T>(all));
}

TEST_CASE("operator== of every record kind distinguishes each member") {
  const dataset ds = data::china_central_asia();
  require_all_members_told_apart(ds.sources(), [](source& s) { s.url = "https://example.org/"; });
  require_all_members_told_apart(ds.parties(), [](party& p) {
    p.seat = "Beijing";
    p.founded = partial_date{2001, 6, 15};
    p.dissolved = partial_date{2030};
    p.established_by = agreement_id{"charter"};
    p.cow_code = 705;
    p.successors.push_back(party_id{"KZ"});
    p.concurrent_roles = {membership_role::candidate, membership_role::observer};
  });
  require_all_members_told_apart(ds.mechanisms(), [](mechanism& m) {
    m.core.clear();
    m.founded = partial_date{1999};
  });
  require_all_members_told_apart(ds.events(), [](event& e) { e.mechanism.reset(); });
  require_all_members_told_apart(ds.agreements(), [](agreement& a) { a.mechanism.reset(); });
  require_all_members_told_apart(ds.projects(), [](project& p) { p.mechanism.reset(); });
  require_all_members_told_apart(ds.nodes());
  require_all_members_told_apart(ds.segments(), [](segment& s) {
    s.hours = 12.5;
    s.opened = partial_date{2001, 5};
  });
  require_all_members_told_apart(ds.corridors());
  require_all_members_told_apart(ds.indicators());
}

TEST_CASE("operator== of every nested model type distinguishes each member") {
  const dataset ds = data::china_central_asia();
  const auto bodies = flatten<body>(ds.mechanisms(), &mechanism::bodies);
  require_all_members_told_apart(std::span<const body>(bodies));
  const auto members = flatten<membership>(ds.parties(), &party::members);
  require_all_members_told_apart(std::span<const membership>(members), [](membership& m) {
    m.role = membership_role::observer;
    m.reported = partial_date{2020};
    m.citations.push_back({.source = {"s"}, .quote = "q"});
    m.status_unknown = true;
    m.continues = true;
  });
  const auto signatories = flatten<agreement_party>(ds.agreements(), &agreement::parties);
  require_all_members_told_apart(std::span<const agreement_party>(signatories),
                                 [](agreement_party& p) {
                                   p.ended_on = partial_date{2030};
                                   p.ratified_on = partial_date{2029};
                                   p.acceded_on = partial_date{2028};
                                   p.provisionally_applied_from = partial_date{2027};
                                   p.citations.push_back({.source = {"s"}, .quote = "q"});
                                 });
  const auto participants = flatten<participant>(ds.projects(), &project::participants);
  require_all_members_told_apart(std::span<const participant>(participants));
  const auto history = flatten<status_change>(ds.projects(), &project::status_history);
  require_all_members_told_apart(std::span<const status_change>(history), [](status_change& c) {
    c.since = partial_date{2020, 1, 2};
    c.reported = partial_date{2021};
  });
  const auto citations = flatten<citation>(ds.indicators(), &indicator::citations);
  require_all_members_told_apart(std::span<const citation>(citations),
                                 [](citation& c) { c.source = source_id{"another-source"}; });
  std::vector<figure> figures;
  for (const indicator& i : ds.indicators())
    if (i.value) figures.push_back(*i.value);
  require_all_members_told_apart(std::span<const figure>(figures), [](figure& f) {
    f.upper = 1e6;
    f.price_year = 2020;
  });
}
