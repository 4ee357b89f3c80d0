#pragma once
/// @file regcoop/model/error.hpp
/// @brief `regcoop::error`, the one exception type of the library, and its codes.

#include "regcoop/config.hpp"

#include <boost/describe/enum.hpp>

#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

REGCOOP_STRING_WARNINGS_BEGIN

namespace regcoop {

/// What went wrong. Every `problem` and every `error` carries one.
BOOST_DEFINE_ENUM_CLASS(errc,
                        duplicate_id,         ///< two records of one kind share an id
                        dangling_reference,   ///< an id refers to no record of its kind
                        unknown_country,      ///< not an ISO 3166-1 code or known name
                        invalid_date,         ///< month 13, 31 February, a day without a month, ...
                        inverted_dates,       ///< an end before its start, a history out of order
                        contradictory_bound,  ///< a figure whose bound and values disagree
                        not_finite,           ///< NaN or infinity in a number
                        empty_name,           ///< a required id, name or quote is empty
                        invalid_value,        ///< a value outside its domain (negative km, bad gauge, ...)
                        unknown_id,           ///< a lookup asked for an id the dataset does not hold
                        parse_error,          ///< text that could not be read
                        incompatible_units,   ///< figures that cannot be combined
                        type_mismatch,        ///< a JSON value of the wrong type
                        missing_field,        ///< a required JSON member is absent
                        unknown_field,        ///< a JSON member the model does not have
                        io_error)             ///< a file that could not be read or written

/// One thing wrong with one record.
struct problem {
  regcoop::errc code{};  ///< what kind of problem
  std::string record;    ///< the record, as `kind/id`, e.g. `projects/cku-railway`
  std::string field;     ///< path of the field inside the record, e.g. `status_history/0/since`;
                         ///< for JSON input, a JSON pointer from the document root,
                         ///< e.g. `/projects/12/status_history/0/since`
  std::string message;   ///< a sentence for people
};

/// True when a problem's `field` is a place of its own rather than a path inside the record:
/// a JSON pointer (`/projects/12/since`), a place in a JSON file (`data.json#/projects/12`)
/// or in a table (`DIR/segments.csv:4:5 (length_km)`). O(size of the field).
[[nodiscard]] inline bool is_place(std::string_view field) noexcept {
  return !field.empty() && (field[0] == '/' || field.find_first_of("#:") != std::string_view::npos);
}

/// Where a problem is, in the one format of every reader: a place followed by the record,
/// `DIR/segments.csv:4:5 (length_km) (segments/urumqi-khorgos)` or
/// `data.json#/projects/12/since (projects/cku)`; else `record/field` (`segments/ab/length_km`),
/// the record alone, or the field alone; empty when the problem names neither, or when its
/// message names the place already (a file's own problem: "'data/x.json' is empty"). O(size).
[[nodiscard]] REGCOOP_DECL std::string place_of(const problem& p);

namespace detail {
/// The name of a code (`"unknown_id"`). O(number of codes); throws nothing.
REGCOOP_DECL const char* errc_name(errc e) noexcept;
/// One problem as one line: `code: place: message`. O(size of the problem).
REGCOOP_DECL std::string format_problem(const problem& p);
/// Every problem, one per line after a count when there are several. O(total size).
REGCOOP_DECL std::string format_problems(const std::vector<problem>& ps);
}  // namespace detail

/// The exception the library throws. It lists every problem found, not just the first.
///
/// `what()` reads `code: place: message` (the place as `place_of` gives it), one problem
/// per line when there are several. `code()` is the code of the first problem.
class error : public std::runtime_error {
 public:
  /// An error made of several problems (at least one). O(total size of the problems);
  /// throws only `std::bad_alloc`.
  REGCOOP_DECL explicit error(std::vector<problem> problems);

  /// An error of one problem. Throws nothing beyond `std::bad_alloc`.
  REGCOOP_DECL error(regcoop::errc code, std::string record, std::string field, std::string message);

  /// Copies and moves: the message and the problems. Copies throw only `std::bad_alloc`.
  error(const error&) = default;
  error(error&&) noexcept = default;
  error& operator=(const error&) = default;
  error& operator=(error&&) noexcept = default;
  /// Defined once (in compiled mode, in `regcoop/src.hpp`'s translation unit, with the
  /// vtable), so a file that only throws or catches does not compile the problem list's code.
  REGCOOP_DECL ~error() override;

  /// The code of the first problem. O(1).
  [[nodiscard]] regcoop::errc code() const noexcept {
    return problems_.empty() ? errc::invalid_value : problems_.front().code;
  }
  /// Every problem, in the order found. O(1).
  [[nodiscard]] const std::vector<problem>& problems() const noexcept { return problems_; }

 private:
  std::vector<problem> problems_;
};

}  // namespace regcoop

REGCOOP_STRING_WARNINGS_END

#if !defined(REGCOOP_SEPARATE_COMPILATION)
#include "regcoop/impl/error.ipp"
#endif
