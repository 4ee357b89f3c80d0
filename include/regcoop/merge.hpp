#pragma once
/// @file merge.hpp
/// @brief Two datasets as one: the embedded China–Central Asia data with the Eurasian
/// organisations, or your records with either.
///
/// @code
/// const auto both = regcoop::merge(regcoop::data::china_central_asia(), regcoop::data::eurasian_organisations());
/// @endcode

#include "regcoop/dataset.hpp"
#include "regcoop/diff.hpp"

#include <algorithm>
#include <string>
#include <vector>

namespace regcoop {

namespace detail {
// Appends the items of `from` that `to` does not hold yet.
template <class T>
void unite(std::vector<T>& to, const std::vector<T>& from) {
  for (const auto& x : from)
    if (std::find(to.begin(), to.end(), x) == to.end()) to.push_back(x);
}
}  // namespace detail

/// The records of `a` and `b` in one dataset: `a`'s records in their order, then `b`'s that
/// `a` does not hold. A record both hold under one id must be the same record, with one
/// exception: a country is one party wherever it is described, so two country records that
/// differ only in aliases and citations are merged — aliases and citations united, `a`'s first. The result is validated like any dataset.
/// @throws regcoop::error listing every clash (`duplicate_id`, naming the record of `a` and the
/// first field in which `b`'s differs) and every problem of the merged records.
/// O(size of both).
[[nodiscard]] inline dataset merge(const dataset& a, const dataset& b) {
  dataset_builder out;
  std::vector<problem> clashes;
  boost::mp11::mp_for_each<record_types>([&](auto t) {
    using R = decltype(t);
    std::vector<R> rows(a.all<R>().begin(), a.all<R>().end());
    for (const R& rb : b.all<R>()) {
      const auto pos = a.position(rb.id);
      if (!pos) {
        rows.push_back(rb);
        continue;
      }
      R& ra = rows[*pos];
      if (ra == rb) continue;
      if constexpr (std::is_same_v<R, party>) {
        // The same country described twice: equal but for aliases and citations.
        party x = ra, y = rb;
        x.aliases.clear();
        y.aliases.clear();
        x.citations.clear();
        y.citations.clear();
        if (ra.kind == party_kind::country && x == y) {
          detail::unite(ra.aliases, rb.aliases);
          detail::unite(ra.citations, rb.citations);
          continue;
        }
      }
      std::vector<difference> d;
      std::string path;
      detail::diff_values(ra, rb, path, detail::record_label<R>(ra.id.value), d);
      const std::string field = d.empty() ? std::string() : d.front().field;
      clashes.push_back({errc::duplicate_id, detail::record_label<R>(ra.id.value), field,
                         "the second dataset holds a different record with this id (" + detail::record_label<R>(rb.id.value) +
                             (field.empty() ? std::string(")") : "; they differ in '" + field + "': '" + d.front().before + "' vs '" + d.front().after + "')")});
    }
    out.add(std::move(rows));
  });
  if (!clashes.empty()) throw error(std::move(clashes));
  return std::move(out).build();
}

}  // namespace regcoop
