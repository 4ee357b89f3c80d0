#pragma once
/// @file regcoop/io/json.hpp
/// @brief Load and save datasets as JSON, and generate their JSON Schema (draft 2020-12).
///
/// Needs Boost.JSON: link the CMake target `regcoop::json`. Everything here is generic over
/// the Boost.Describe descriptions of the records: there is no per-field code.
///
/// Format: one object whose members are the collections (`"sources"`, `"parties"`, …, in
/// `record_types` order), each an array of records; record members in description order.
/// Dates are strings ("2025", "2025-05", "2025-06-17"); enumerators are their names; ids are
/// strings. Members holding an empty optional, string, array or object are omitted when
/// writing and default when reading. `to_json` output is canonical: `to_json(from_json(t)) == t`
/// for any `t` that `to_json` wrote.

#include "regcoop/model/records.hpp"
#include "regcoop/config.hpp"
#include "regcoop/detail/file.hpp"
#include "regcoop/dataset/dataset.hpp"
#include "regcoop/detail/json_write.hpp"
#include "regcoop/detail/text.hpp"
#include "regcoop/detail/walk.hpp"
#include "regcoop/model/enum.hpp"

#include <boost/describe/members.hpp>
#include <boost/json.hpp>
#include <boost/mp11/algorithm.hpp>

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <filesystem>
#include <ranges>
#include <fstream>
#include <limits>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

REGCOOP_STRING_WARNINGS_BEGIN

namespace regcoop {

/// Options of the JSON reader.
struct json_read_options {
  bool allow_unknown_fields = false;  ///< ignore members the model does not have (default: error)
  std::size_t max_depth = 64;         ///< deepest nesting accepted
};

namespace detail::json_io {

namespace json = boost::json;

// ---- writing: see detail/json_write.hpp (the one JSON shape of a described value) -------

// Pretty printer of a Boost.JSON value in the layout of `append_json` (for the schema).
REGCOOP_DECL void print(std::string& out, const json::value& v, int indent);

// ---- reading ---------------------------------------------------------------------------
class reader {
 public:
  explicit reader(const json_read_options& o) : opt_(o) {}

  std::vector<problem> problems;
  std::string record;  // "projects/cku" while reading a record

  void fail(errc c, const std::string& ptr, std::string msg) { problems.push_back({c, record, ptr, std::move(msg)}); }

  static const char* kind_name(const json::value& j) {
    switch (j.kind()) {
      case json::kind::null: return "null";
      case json::kind::bool_: return "a boolean";
      case json::kind::int64:
      case json::kind::uint64:
      case json::kind::double_: return "a number";
      case json::kind::string: return "a string";
      case json::kind::array: return "an array";
      case json::kind::object: return "an object";
    }
    return "a value";
  }

  template <class T>
  static std::string expected() {
    constexpr shape s = shape_of<T>;
    if constexpr (s == shape::optional) return expected<typename T::value_type>() + " or null";
    else if constexpr (s == shape::list) return "an array";
    else if constexpr (s == shape::date) return "a date string";
    else if constexpr (s == shape::id || s == shape::text || s == shape::enumeration) return "a string";
    else if constexpr (s == shape::boolean) return "a boolean";
    else if constexpr (s == shape::integer) return "an integer";
    else if constexpr (s == shape::real) return "a number";
    else return "an object";
  }

  void mismatch(const json::value& j, const std::string& ptr, const std::string& want) {
    fail(errc::type_mismatch, ptr, std::string("expected ") + want + ", found " + kind_name(j));
  }

  template <class T>
  void read(const json::value& j, T& out, std::string& ptr) {
    constexpr shape s = shape_of<T>;
    if constexpr (s == shape::optional) {
      if (j.is_null()) {
        out.reset();
      } else {
        out.emplace();
        read(j, *out, ptr);
      }
    } else if constexpr (s == shape::list) {
      if (!j.is_array()) return mismatch(j, ptr, expected<T>());
      const auto& a = j.get_array();
      out.resize(a.size());
      for (std::size_t i = 0; i < a.size(); ++i) {
        path_guard g(ptr, i);
        read(a[i], out[i], ptr);
      }
    } else if constexpr (s == shape::id || s == shape::text) {
      if (!j.is_string()) return mismatch(j, ptr, expected<T>());
      if constexpr (s == shape::id)
        out.value = std::string(j.get_string());
      else
        out = std::string(j.get_string());
    } else if constexpr (s == shape::date) {
      if (!j.is_string()) return mismatch(j, ptr, expected<T>());
      read_date(std::string_view(j.get_string()), out, ptr);
    } else if constexpr (s == shape::enumeration) {
      if (!j.is_string()) return mismatch(j, ptr, expected<T>());
      const std::string_view name(j.get_string());
      if (auto e = try_enum_from_string<T>(name))
        out = *e;
      else
        fail(errc::invalid_value, ptr, "'" + std::string(name) + "' is not one of: " + enum_names<T>());
    } else if constexpr (s == shape::boolean) {
      if (!j.is_bool()) return mismatch(j, ptr, expected<T>());
      out = j.get_bool();
    } else if constexpr (s == shape::integer) {
      std::int64_t v = 0;
      if (j.is_int64()) {
        v = j.get_int64();
      } else if (j.is_uint64() && j.get_uint64() <= static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max())) {
        v = static_cast<std::int64_t>(j.get_uint64());
      } else if (j.is_double() && j.get_double() == std::floor(j.get_double()) && std::fabs(j.get_double()) < 9e15) {
        v = static_cast<std::int64_t>(j.get_double());
      } else {
        return j.is_number() ? fail(errc::invalid_value, ptr, "integer out of range or not whole")
                             : mismatch(j, ptr, expected<T>());
      }
      if (v < std::numeric_limits<T>::min() || v > std::numeric_limits<T>::max())
        return fail(errc::invalid_value, ptr, "integer " + std::to_string(v) + " out of range");
      out = static_cast<T>(v);
    } else if constexpr (s == shape::real) {
      if (!j.is_number()) return mismatch(j, ptr, expected<T>());
      out = static_cast<T>(j.to_number<double>());
    } else {
      if (!j.is_object()) return mismatch(j, ptr, expected<T>());
      read_members(j.get_object(), out, ptr);
    }
  }

  // One pass over the object's members: each key is matched to the member the description
  // names (first trying the one after the previous match, as canonical documents keep
  // description order), read, and marked; then missing required members are reported.
  template <class T>
  void read_members(const json::object& o, T& out, std::string& ptr) {
    using members = boost::describe::describe_members<T, boost::describe::mod_public>;
    constexpr std::size_t n = member_count<T>;
    constexpr const auto& names = member_names<T>;
    std::array<bool, n> seen{};
    std::size_t next = 0;
    for (const auto& kv : o) {
      const std::string_view key(kv.key());
      std::size_t m = n;
      if (next < n && names[next] == key) {
        m = next;
      } else {
        for (std::size_t i = 0; i < n; ++i)
          if (names[i] == key) {
            m = i;
            break;
          }
      }
      if (m == n) {
        if (!opt_.allow_unknown_fields) {
          path_guard g(ptr, json_pointer_escape(key));
          fail(errc::unknown_field, ptr, "unknown member '" + std::string(key) + "'");
        }
        continue;
      }
      seen[m] = true;
      next = m + 1;
      boost::mp11::mp_with_index<n>(m, [&](auto i) {
        using D = boost::mp11::mp_at_c<members, i>;
        path_guard g(ptr, std::string_view(D::name));
        read(kv.value(), out.*D::pointer, ptr);
      });
    }
    boost::mp11::mp_for_each<boost::mp11::mp_iota_c<n>>([&](auto i) {
      using D = boost::mp11::mp_at_c<members, i>;
      using M = std::remove_cvref_t<decltype(out.*D::pointer)>;
      if constexpr (is_required_v<M>) {
        if (!seen[i]) {
          path_guard g(ptr, std::string_view(D::name));
          fail(errc::missing_field, ptr, std::string("required member '") + D::name + "' is missing");
        }
      }
    });
  }

  void read_date(std::string_view s, partial_date& out, const std::string& ptr) {
    if (auto d = partial_date::try_parse(s))
      out = *d;
    else
      fail(errc::invalid_date, ptr, partial_date::why_not_a_date(s));
  }

 private:
  const json_read_options& opt_;
};

REGCOOP_DECL json::value parse_text(std::string_view text, const json_read_options& opt, const std::string& where);

}  // namespace detail::json_io

/// How JSON text is laid out.
enum class json_layout {
  pretty,   ///< two spaces a level, one member or element a line (the canonical form)
  compact,  ///< no white space
};

/// The JSON of one record (or any described value), in exactly the shape it has inside a
/// dataset document: members in description order, empty optionals, strings, lists and
/// objects left out. `regcoop show`, `regcoop query --format json` and `to_json(dataset)`
/// all print this shape. O(size of the record); throws only `std::bad_alloc`.
template <class T>
  requires detail::is_described_struct_v<T>
[[nodiscard]] std::string to_json(const T& record, json_layout layout = json_layout::pretty) {
  std::string out;
  detail::append_json(out, record, layout == json_layout::pretty ? 0 : -1);
  return out;
}

/// A JSON array of the records of a range (a `select` view, a table, a vector), each in the
/// shape of `to_json(record)`. O(total size of the records).
template <std::ranges::input_range Range>
[[nodiscard]] std::string to_json_array(Range&& records, json_layout layout = json_layout::pretty) {
  const bool pretty = layout == json_layout::pretty;
  std::string out = "[";
  bool first = true;
  for (const auto& r : records) {
    out += first ? "" : ",";
    first = false;
    if (pretty) out += "\n  ";
    detail::append_json(out, r, pretty ? 1 : -1);
  }
  out += (pretty && !first) ? "\n]" : "]";
  return out;
}

/// The dataset as canonical, pretty-printed JSON text ending in a newline: one object whose
/// members are the non-empty collections in `record_types` order, each an array of records
/// in the shape of `to_json(record)`. O(size); throws only `std::bad_alloc`.
[[nodiscard]] REGCOOP_DECL std::string to_json(const dataset& ds);

/// The dataset as a Boost.JSON value (the document `to_json` writes). O(size).
[[nodiscard]] REGCOOP_DECL boost::json::value to_json_value(const dataset& ds);

/// Reads a dataset from a Boost.JSON value and validates it like `dataset_builder::build`.
/// @throws regcoop::error listing every problem; each names its place as a JSON pointer
/// (`/projects/12/status_history/0/since`) and, where known, the record. Nothing is returned
/// half-loaded. O(size).
[[nodiscard]] REGCOOP_DECL dataset from_json_value(const boost::json::value& v, const json_read_options& opt = {});

/// Parses JSON text and reads a dataset from it (see `from_json_value`).
/// A UTF-8 byte order mark at the start is skipped (RFC 8259 lets a parser ignore it).
/// @throws regcoop::error: `parse_error` with line and column for malformed text or an
/// empty document; otherwise as `from_json_value`. O(size).
[[nodiscard]] REGCOOP_DECL dataset from_json(std::string_view text, const json_read_options& opt = {});

/// Loads a dataset from a JSON file (a byte order mark at its start is skipped). Problems name
/// the place as `file#/json/pointer (record)`.
/// @throws regcoop::error naming the file: `io_error` when it does not exist, is a folder or
/// cannot be read, `parse_error` when it is empty; otherwise as `from_json`. O(size).
[[nodiscard]] REGCOOP_DECL dataset load_json(const std::filesystem::path& file, const json_read_options& opt = {});

/// Reads the records of a JSON dataset document without validating them, for a document that
/// adds to another dataset's records (`extend`, merge.hpp; the `+` join of `--data`): a party
/// there may give only its `id` and what it adds. Calls `add(std::vector<R>)` once for each
/// collection the document holds, in `record_types` order.
/// @throws regcoop::error as `load_json` for what cannot be read (malformed text, wrong
/// types, unknown members or collections), each problem at `file#/json/pointer`; references,
/// dates and rules are left to the merged dataset's validation. O(size).
template <class F>
void read_json_records(const std::filesystem::path& file, F&& add, const json_read_options& opt = {}) {
  namespace io = detail::json_io;
  const std::string text = detail::file_text(file);
  const std::string where = file.string();
  const boost::json::value root = io::parse_text(text, opt, where);
  io::reader r(opt);
  if (!root.is_object()) throw error(errc::type_mismatch, "", where + "#/", std::string("expected an object, found ") + io::reader::kind_name(root));
  const auto& o = root.get_object();
  std::string ptr;
  boost::mp11::mp_for_each<record_types>([&](auto rt) {
    using R = decltype(rt);
    const std::string kind(collection_name<R>());
    const auto* arr = o.if_contains(kind);
    if (!arr) return;
    ptr = "/" + kind;
    if (!arr->is_array()) return r.mismatch(*arr, ptr, "an array");
    std::vector<R> rows(arr->get_array().size());
    for (std::size_t i = 0; i < rows.size(); ++i) {
      const auto& j = arr->get_array()[i];
      const auto* id = j.is_object() ? j.get_object().if_contains("id") : nullptr;
      r.record = detail::record_label<R>((id && id->is_string()) ? std::string(id->get_string()) : "#" + std::to_string(i));
      detail::path_guard g(ptr, i);
      r.read(j, rows[i], ptr);
    }
    r.record.clear();
    add(std::move(rows));
  });
  if (!opt.allow_unknown_fields)
    for (const auto& kv : o) {
      bool known = false;
      boost::mp11::mp_for_each<record_types>([&](auto rt) { known = known || kv.key() == collection_name<decltype(rt)>(); });
      if (!known) r.fail(errc::unknown_field, "/" + detail::json_pointer_escape(kv.key()), "unknown collection '" + std::string(kv.key()) + "'");
    }
  if (!r.problems.empty()) {
    for (auto& p : r.problems) p.field = where + "#" + (p.field.empty() ? "/" : p.field);
    throw error(std::move(r.problems));
  }
}

/// Writes `to_json(ds)` to a file.
/// @throws regcoop::error (`io_error`) when the file cannot be written. O(size).
REGCOOP_DECL void save_json(const dataset& ds, const std::filesystem::path& file);

/// The JSON Schema (draft 2020-12) of the dataset format, generated from the descriptions.
/// The builder's checks that a schema cannot express (references, date order, bounds) are
/// not in it. O(size of the model); throws only `std::bad_alloc`.
[[nodiscard]] REGCOOP_DECL boost::json::value json_schema();

/// `json_schema()` as canonical, pretty-printed text ending in a newline.
[[nodiscard]] REGCOOP_DECL std::string json_schema_text();

}  // namespace regcoop

REGCOOP_STRING_WARNINGS_END

#if !defined(REGCOOP_SEPARATE_COMPILATION)
#include "regcoop/impl/json.ipp"
#endif
