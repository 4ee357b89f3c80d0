#pragma once
/// @file impl/csv.ipp
/// @brief Definitions of the CSV writers declared in `regcoop/io/csv.hpp` that are no templates
/// (rows, membership spells). Included by that header in header-only mode and by
/// `regcoop/src.hpp` under REGCOOP_SEPARATE_COMPILATION.

#include "regcoop/io/csv.hpp"

#include <ostream>
#include <sstream>
#include <string>
#include <vector>

namespace regcoop {

namespace detail::csv {

REGCOOP_DECL void write_row(std::ostream& os, const std::vector<std::string>& row) {
  for (std::size_t i = 0; i < row.size(); ++i) {
    if (i) os << ',';
    const auto& f = row[i];
    if (f.find_first_of(",\"\r\n") == std::string::npos) {
      os << f;
    } else {
      os << '"';
      for (char c : f) {
        if (c == '"') os << '"';
        os << c;
      }
      os << '"';
    }
  }
  os << "\r\n";
}

}  // namespace detail::csv

REGCOOP_DECL membership_spell spell_row(const party_id& org, const membership& m) {
  return {org, m.member, m.role, m.period.from, m.period.to, m.continues, m.reported, m.status_unknown, m.citations};
}

REGCOOP_DECL membership spell_of(const membership_spell& r) {
  return {r.member, r.role, {r.from, r.to}, r.continues, r.reported, r.citations, r.status_unknown};
}

REGCOOP_DECL std::vector<membership_spell> membership_spells(const dataset& ds) {
  std::vector<membership_spell> out;
  for (const auto& p : ds.parties())
    for (const auto& m : p.members) out.push_back(spell_row(p.id, m));
  return out;
}

REGCOOP_DECL void write_memberships_csv(std::ostream& os, const dataset& ds) { write_csv(os, membership_spells(ds)); }

REGCOOP_DECL std::string memberships_to_csv(const dataset& ds) {
  std::ostringstream os;
  write_memberships_csv(os, ds);
  return os.str();
}

}  // namespace regcoop
