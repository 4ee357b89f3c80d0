#pragma once
/// @file merge.hpp
/// @brief Two datasets as one: the embedded China–Central Asia data with the Eurasian
/// organisations, your records with either, or a GIS network with the organisations its
/// countries belong to.
///
/// @code
/// const auto both = regcoop::merge(regcoop::data::china_central_asia(), regcoop::data::eurasian_organisations());
/// @endcode

#include "regcoop/dataset.hpp"
#include "regcoop/diff.hpp"

#include <algorithm>
#include <optional>
#include <string>
#include <type_traits>
#include <vector>

namespace regcoop {

namespace detail {
// Appends the items of `from` that `to` does not hold yet.
template <class T>
void unite(std::vector<T>& to, const std::vector<T>& from) {
  for (const auto& x : from)
    if (std::find(to.begin(), to.end(), x) == to.end()) to.push_back(x);
}

// One country described twice (see `merge`): `b`'s description united into `a`. A field
// both give with different values is a contradiction: its name and the two values are
// returned, and `a` is left as it was.
struct country_clash {
  std::string field, first, second;
};
inline std::optional<country_clash> unite_country(party& a, const party& b) {
  party u = a;
  std::optional<country_clash> clash;
  const auto one = [&](auto& mine, const auto& theirs, const char* field, const auto& text) {
    using T = std::remove_cvref_t<decltype(mine)>;
    if (clash || theirs == T{} || mine == theirs) return;
    if (mine == T{}) mine = theirs;
    else clash = country_clash{field, text(mine), text(theirs)};
  };
  const auto str = [](const std::string& s) { return s; };
  const auto date = [](const std::optional<partial_date>& d) { return d ? d->to_string() : std::string(); };
  one(u.iso_code, b.iso_code, "iso_code", str);
  one(u.cow_code, b.cow_code, "cow_code", [](const std::optional<int>& c) { return c ? std::to_string(*c) : std::string(); });
  one(u.seat, b.seat, "seat", str);
  one(u.organisation, b.organisation, "organisation", [](organisation_kind k) { return std::string(to_string(k)); });
  one(u.home_country, b.home_country, "home_country", [](const std::optional<party_id>& p) { return p ? p->value : std::string(); });
  one(u.founded, b.founded, "founded", date);
  one(u.dissolved, b.dissolved, "dissolved", date);
  one(u.established_by, b.established_by, "established_by", [](const std::optional<agreement_id>& p) { return p ? p->value : std::string(); });
  if (clash) return clash;
  // Names: the first's name stays; the other name and both lists of aliases are aliases.
  if (!b.name.empty() && b.name != u.name && std::find(u.aliases.begin(), u.aliases.end(), b.name) == u.aliases.end())
    u.aliases.push_back(b.name);
  for (const auto& al : b.aliases)
    if (al != u.name && std::find(u.aliases.begin(), u.aliases.end(), al) == u.aliases.end()) u.aliases.push_back(al);
  if (u.name.empty()) {
    u.name = b.name;
    std::erase(u.aliases, u.name);
  }
  unite(u.members, b.members);
  unite(u.successors, b.successors);
  unite(u.citations, b.citations);
  a = std::move(u);
  return std::nullopt;
}
}  // namespace detail

/// The records of `a` and `b` in one dataset: `a`'s records in their order, then `b`'s that
/// `a` does not hold. A record both hold under one id must be the same record, with one
/// exception: a country is one party wherever it is described. Two records of one id that
/// are both countries (`party_kind::country`) are united field by field:
/// - `name`: `a`'s; `b`'s name, when different, becomes an alias ("Russia" from one,
///   "Russian Federation" from the other: one party named "Russia", aliased "Russian
///   Federation");
/// - `aliases`, `members` (dated spells), `successors` and `citations`: united, `a`'s first, each once;
/// - `iso_code`, `cow_code`, `organisation`, `home_country`, `seat`, `founded`, `dissolved`,
///   `established_by`: a value given by one only is kept; two different values contradict
///   each other and are a clash.
///
/// The result is validated like any dataset.
/// @throws regcoop::error listing every clash (`duplicate_id`, with the record of `a` as
/// `record`, the first field in which `b`'s differs as `field`, and both values in the
/// message) and every problem of the merged records. O(size of both).
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
      std::string field, before, after;
      if constexpr (std::is_same_v<R, party>) {
        if (ra.kind == party_kind::country && rb.kind == party_kind::country) {
          const auto c = detail::unite_country(ra, rb);
          if (!c) continue;
          field = c->field;
          before = c->first;
          after = c->second;
        }
      }
      if (field.empty()) {
        std::vector<difference> d;
        std::string path;
        detail::diff_values(ra, rb, path, detail::record_label<R>(ra.id.value), d);
        if (!d.empty()) {
          field = d.front().field;
          before = d.front().before;
          after = d.front().after;
        }
      }
      clashes.push_back({errc::duplicate_id, detail::record_label<R>(ra.id.value), field,
                         "the second dataset holds a different record with this id (" + detail::record_label<R>(rb.id.value) +
                             (field.empty() ? std::string(")") : "; they differ in '" + field + "': '" + before + "' vs '" + after + "')")});
    }
    out.add(std::move(rows));
  });
  if (!clashes.empty()) throw error(std::move(clashes));
  return std::move(out).build();
}

}  // namespace regcoop
