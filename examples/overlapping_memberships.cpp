// Overlapping memberships around the Central Asian states: for each of the five, the
// organisations it belongs to on a date (as full member, observer, ...), and which of them it
// shares with China, Russia, the United States, the EU and India. Both embedded datasets,
// merged. Usage: overlapping_memberships [YYYY[-MM[-DD]]]   (default 2025-06-17)
#include <regcoop/query/as_of.hpp>
#include <regcoop/data/builtin.hpp>
#include <regcoop/dataset/merge.hpp>

#include <iostream>
#include <string>

int main(int argc, char** argv) {
  using namespace regcoop;
  const partial_date on = argc > 1 ? partial_date::parse(argv[1]) : partial_date{2025, 6, 17};
  const dataset ds = merge(data::china_central_asia(), data::eurasian_organisations());
  const snapshot s(ds, on);  // certain answers only: what holds whatever the partial dates mean
  const party_id partners[] = {{"CN"}, {"RU"}, {"US"}, {"EU"}, {"IN"}};

  std::cout << "Memberships on " << on.to_string() << " (certain)\n";
  for (const char* c : {"KZ", "KG", "TJ", "TM", "UZ"}) {
    const party_id state{c};
    std::cout << '\n' << ds.at(state).name << ":";
    for (const auto& m : s.memberships(state, std::nullopt))  // every role
      std::cout << ' ' << m.organisation.value << (m.role == membership_role::full_member ? "" : " (" + std::string(to_string(m.role)) + ")");
    std::cout << '\n';
    for (const auto& p : partners) {
      std::cout << "  shared with " << ds.at(p).name << ":";
      const auto shared = s.shared(state, p, std::nullopt);  // any role on either side
      if (shared.empty()) std::cout << " none";
      for (const auto& x : shared) std::cout << ' ' << x.organisation.value;
      std::cout << '\n';
    }
  }
}
