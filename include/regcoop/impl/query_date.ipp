#pragma once
/// @file impl/query_date.ipp
/// @brief Definition of the error `regcoop::query_date`'s constructor throws. Included by
/// `regcoop/query/query_date.hpp` in header-only mode and by `regcoop/src.hpp` under
/// REGCOOP_SEPARATE_COMPILATION.

#include "regcoop/query/query_date.hpp"

#include <string>

REGCOOP_STRING_WARNINGS_BEGIN

namespace regcoop {

REGCOOP_DECL void query_date::throw_not_a_date(const partial_date& d) {
  throw error(errc::invalid_date, "", "date",
              "'" + std::to_string(d.year) + "-" + std::to_string(d.month) + "-" + std::to_string(d.day) +
                  "' is not a date (a query date is YYYY, YYYY-MM or YYYY-MM-DD of the Gregorian calendar)");
}

}  // namespace regcoop

REGCOOP_STRING_WARNINGS_END
