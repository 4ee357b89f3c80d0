#pragma once
/// @file regcoop/model/source.hpp
/// @brief Sources (where facts come from) and citations (a source plus the verbatim quote).

#include "regcoop/model/date.hpp"
#include "regcoop/model/id.hpp"

#include <boost/describe/class.hpp>
#include <boost/describe/enum.hpp>

#include <optional>
#include <string>
#include <vector>

namespace regcoop {

/// What kind of document a source is.
BOOST_DEFINE_ENUM_CLASS(source_kind,
                        news,       ///< a news report
                        opinion,    ///< an opinion or analysis piece
                        official,   ///< a government or organisation document
                        reference,  ///< public reference values (ISO codes, coordinates, route lengths)
                        dataset,    ///< a statistical dataset
                        other)

/// A document facts are taken from.
struct source {
  source_id id{};                       ///< e.g. "c5plus1-opinion"
  std::string title{};                  ///< the document's title
  std::string publisher{};              ///< who published it
  std::optional<partial_date> date{};   ///< when it was published
  source_kind kind = source_kind::other;  ///< what kind of document
  std::string url{};                    ///< where to find it, if known
  std::string note{};                   ///< anything a reader should know (e.g. "reference values")

  /// Field-wise equality. O(size of the record).
  friend bool operator==(const source&, const source&) = default;
};
BOOST_DESCRIBE_STRUCT(source, (), (id, title, publisher, date, kind, url, note))

/// The longest quote a citation may carry, in bytes.
inline constexpr std::size_t max_quote_length = 300;

/// Where a fact comes from: a source and the words of the source that state it.
struct citation {
  source_id source{};   ///< the source record
  std::string quote{};  ///< verbatim text from the source, at most `max_quote_length` bytes

  /// Field-wise equality. O(size of the record).
  friend bool operator==(const citation&, const citation&) = default;
};
BOOST_DESCRIBE_STRUCT(citation, (), (source, quote))

}  // namespace regcoop
