#pragma once
// The two embedded datasets merged, built once per test program, and the five Central Asian
// states: what the tests that ask questions of the shipped data start from.

#include <regcoop/data/china_central_asia.hpp>
#include <regcoop/data/eurasian_organisations.hpp>
#include <regcoop/dataset/merge.hpp>
#include <regcoop/model/records.hpp>

#include <vector>

namespace fixtures {

// data::china_central_asia() merged with data::eurasian_organisations().
inline const regcoop::dataset& embedded() {
  static const regcoop::dataset ds = regcoop::merge(regcoop::data::china_central_asia(), regcoop::data::eurasian_organisations());
  return ds;
}

// Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan, Uzbekistan.
inline const std::vector<regcoop::party_id> c5{{"KZ"}, {"KG"}, {"TJ"}, {"TM"}, {"UZ"}};

}  // namespace fixtures
