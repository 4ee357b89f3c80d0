#pragma once
/// @file regcoop/query/integrity.hpp
/// @brief Suspicious but valid data: things a curator should look at. Never throws on data.

#include "regcoop/config.hpp"
#include "regcoop/dataset/dataset.hpp"

#include <string>
#include <vector>

REGCOOP_STRING_WARNINGS_BEGIN

namespace regcoop {

/// One thing worth a look.
struct finding {
  std::string record{};   ///< "kind/id"
  std::string field{};    ///< the field, if one
  std::string message{};  ///< what looks odd
};

/// Lists suspicious but valid data: fact records with no citation (the citations of membership
/// spells and agreement party entries cite their sources too); figures with neither a
/// period nor an as-of date; projects with no host or no status; agreements with no date;
/// nodes at (0, 0); sources no record cites; percentages above 100; segments with no length;
/// segments shorter than the geodesic distance between their nodes (WGS 84, `geodesic_km`).
///
/// Parties over time: a membership spell that holds before its organisation was founded or
/// after it was dissolved, or before its member existed or after it ended; an agreement
/// party entry signed, acceded, ratified, applied provisionally or in force for a party outside
/// its existence; a project whose status
/// history is dated outside the existence of one of its hosts; succession links that form a
/// cycle (`succession_cycles`). A party's existence is its `founded` and `dissolved` (a
/// country's independence and end), else, for a country, the confirmed `from` / `to` of the
/// state registry (`find_state` by `iso_code`, else by `cow_code`); both ends inclusive (a
/// member on the day its organisation is dissolved is inside). Only certain contradictions
/// are listed, on the three-valued date logic: a spell "from 1991" of a state independent
/// on 1991-12-16 may begin on or after that day, so it is no finding; one "from 1980" is. A
/// spell whose status is unknown (`status_unknown`) asserts nothing and is never listed; an
/// open beginning (neither `period.from` nor `reported`) holds since always and is listed when
/// the organisation or member has a beginning, and an open end likewise. Messages name the
/// record, the field (`members/3`, `parties/0/signed_on`, `hosts/1`, `successors`) and
/// both dates.
/// O(size of the dataset) plus one state registry look-up per country.
[[nodiscard]] REGCOOP_DECL std::vector<finding> integrity_report(const dataset& ds);

}  // namespace regcoop

REGCOOP_STRING_WARNINGS_END

#if !defined(REGCOOP_SEPARATE_COMPILATION)
#include "regcoop/impl/integrity.ipp"
#endif
