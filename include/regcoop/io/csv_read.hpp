#pragma once
/// @file regcoop/io/csv_read.hpp
/// @brief CSV in: the tables `csv.hpp` writes, read back per record kind, and a folder of
/// per-kind tables (`sources.csv`, `parties.csv`, ...) read as a dataset. Needs Boost.JSON
/// (target `regcoop::json`) for the cells that hold lists of structures.
///
/// The format is exactly the one written: a header of dotted column names (any order; a
/// column may be left out unless it holds an id or a number the record needs), RFC 4180
/// quoting, `|`-joined lists of scalars (a cell starting with `[` is a JSON array instead),
/// JSON arrays for lists of structures, empty cells for absent optional values. Every problem
/// of a file is reported in one pass, each with its place: `file:row:column (column name)`
/// and the record, `DIR/segments.csv:4:5 (length_km) (segments/urumqi-khorgos)` (see
/// `place_of`).

#include "regcoop/model/records.hpp"
#include "regcoop/config.hpp"
#include "regcoop/io/csv.hpp"
#include "regcoop/detail/file.hpp"
#include "regcoop/detail/json_direct.hpp"
#include "regcoop/io/json.hpp"

#include <boost/unordered/unordered_flat_map.hpp>

#include <algorithm>
#include <charconv>
#include <cstring>
#include <deque>
#include <filesystem>
#include <fstream>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

REGCOOP_STRING_WARNINGS_BEGIN

namespace regcoop {

namespace detail::csv_in {

using json_io::is_required_v;

// One cell with its place (1-based row and column, the row counted in records, a quoted
// line break staying inside its record). The text is a view: into the table's text, or into
// the tokenizer's buffer for a quoted cell with doubled quotes; valid until the next row.
struct cell {
  std::string_view text;
  std::size_t row, column;
};

// A cell that owns its text (for readers that keep rows, e.g. table_import.hpp).
struct owned_cell {
  std::string text;
  std::size_t row, column;
};

// Where a tokenizer stopped between pieces of one text: the next row's number, and whether
// the start of the text (and a byte order mark there) has been seen.
struct row_state {
  std::size_t row = 1;
  bool started = false;
};

// The end of the unquoted field from t[k]: the next comma or line break, else the end of t.
inline std::size_t field_end(std::string_view t, std::size_t k) {
  while (k < t.size() && t[k] != ',' && t[k] != '\r' && t[k] != '\n') ++k;
  return k;
}

// A parse problem of the cell at `row`, `col` of `file` (its place: file:row:column).
inline void add_cell_problem(std::vector<problem>& probs, const std::string& file, std::size_t row, std::size_t col, const char* message) {
  probs.push_back({errc::parse_error, "", file + ":" + std::to_string(row) + ":" + std::to_string(col), message});
}

// The buffers of a row's quoted cells with doubled quotes, reused from row to row (a deque:
// the views the row's cells hold stay valid as it grows).
struct decoded_cells {
  std::deque<std::string> buffers;
  std::size_t used = 0;  // by the current row
};

// The text of the quoted field whose opening quote is at t[i]; `i` is left at its closing quote,
// or at the end of t when it has none. One pass: jump from quote to quote (memchr is
// vectorised; quoted cells are the long ones); a cell with doubled quotes is copied run by run
// into a buffer of `decoded` as it is read.
inline std::string_view read_quoted(std::string_view t, std::size_t& i, decoded_cells& decoded) {
  const std::size_t begin = ++i;
  std::size_t run = begin;
  std::string* d = nullptr;
  while (i < t.size()) {
    const void* q = std::memchr(t.data() + i, '"', t.size() - i);
    if (!q) {
      i = t.size();
      break;
    }
    i = static_cast<std::size_t>(static_cast<const char*>(q) - t.data());
    if (i + 1 == t.size() || t[i + 1] != '"') break;  // the closing quote
    if (!d) {
      if (decoded.used == decoded.buffers.size()) decoded.buffers.emplace_back();
      d = &decoded.buffers[decoded.used++];
      d->clear();
    }
    d->append(t.data() + run, i + 1 - run);  // the run and one quote
    i += 2;
    run = i;
  }
  if (!d) return t.substr(begin, i - begin);
  d->append(t.data() + run, i - run);
  return *d;
}

// Where the cells of a row end: at its line break or the end of the text, and whether at an
// unterminated quote (whose cell, the row's last, takes the rest of the text).
struct row_end {
  std::size_t at;
  bool unterminated;
};

// The cells of row `row`, from t[i] to its line break or the end of t, into `cells`; problems
// are added. (`i` is a copy, not a reference, so that it stays in a register.)
inline row_end read_row(std::string_view t, std::size_t i, std::size_t row, const std::string& file, std::vector<problem>& probs,
                        std::vector<cell>& cells, decoded_cells& decoded) {
  cells.clear();
  decoded.used = 0;
  for (std::size_t col = 1;; ++col) {
    cell c{{}, row, col};
    if (i < t.size() && t[i] == '"') {
      c.text = read_quoted(t, i, decoded);
      if (i == t.size()) {
        add_cell_problem(probs, file, row, col, "the quoted field is not closed");
        cells.push_back(c);
        return {i, true};
      }
      ++i;  // the closing quote
      if (i < t.size() && t[i] != ',' && t[i] != '\r' && t[i] != '\n') {
        add_cell_problem(probs, file, row, col, "text after the closing quote of a quoted field");
        i = field_end(t, i);
      }
    } else {
      const std::size_t begin = i;
      i = field_end(t, i);
      c.text = t.substr(begin, i - begin);
      if (c.text.find('"') != std::string_view::npos) add_cell_problem(probs, file, row, col, "a quote inside an unquoted field");
    }
    cells.push_back(c);
    if (i == t.size() || t[i] != ',') return {i, false};
    ++i;
  }
}

// Whether a row read from a piece of a longer text, up to t[i], is whole: its line break is
// seen (a CR with what follows it) and it did not stop at an unterminated quote (`stopped`).
inline bool row_whole_in_piece(std::string_view t, std::size_t i, bool stopped) {
  return !stopped && i != t.size() && !(t[i] == '\r' && i + 1 == t.size());
}

// Past the line break (CRLF, LF or CR) at t[i], if there is one.
inline void skip_line_break(std::string_view t, std::size_t& i) {
  if (i < t.size() && t[i] == '\r') ++i;
  if (i < t.size() && t[i] == '\n') ++i;
}

// RFC 4180, one row at a time: fields separated by commas, rows by CRLF, LF or CR, quoted
// fields with "" for a quote. Calls f(const std::vector<cell>&) for each row, the header
// included, with no copy of a cell unless it holds a doubled quote. Problems (an unterminated
// quote, text after a closing quote, a quote inside an unquoted field) are added, not thrown;
// after an unterminated quote the rest of the text is its cell and reading stops.
//
// `t` may be one piece of a longer text (`last` false): then a row that runs to the end of
// `t` is left unread (its problems dropped, `f` not called) and the offset of its first byte
// is returned, for the caller to pass again with more text; `st` carries the row count from
// piece to piece. Returns t.size() when every row was read. O(size of t).
template <class F>
std::size_t rows_in(std::string_view t, bool last, row_state& st, const std::string& file, std::vector<problem>& probs, F&& f) {
  std::size_t i = 0;
  if (!st.started) {
    if (!last && t.size() < 3) return 0;
    st.started = true;
    if (t.size() >= 3 && t.substr(0, 3) == "\xEF\xBB\xBF") i = 3;  // a UTF-8 byte order mark
  }
  std::vector<cell> cells;
  decoded_cells decoded;
  while (i < t.size()) {
    const std::size_t row_begin = i, probs_before = probs.size();
    const row_end end = read_row(t, i, st.row, file, probs, cells, decoded);
    i = end.at;
    const bool stopped = end.unterminated;
    if (!last && !row_whole_in_piece(t, i, stopped)) {
      probs.erase(probs.begin() + static_cast<std::ptrdiff_t>(probs_before), probs.end());
      return row_begin;
    }
    if (!stopped) skip_line_break(t, i);
    f(static_cast<const std::vector<cell>&>(cells));
    ++st.row;
    if (stopped) break;
  }
  return t.size();
}

// Every row of a whole text (see rows_in).
template <class F>
void for_each_row(std::string_view t, const std::string& file, std::vector<problem>& probs, F&& f) {
  row_state st;
  rows_in(t, true, st, file, probs, f);
}

// Every row of a text that arrives in pieces: `read(char* to, std::size_t n)` writes up to n
// bytes and returns how many (fewer than n only at the end), or -1 on an error. Reads
// `piece` bytes at a time; a longer row is read whole: the memory taken is a piece and the
// longest row, not the text. False when `read` fails. O(size of the text).
template <class Read, class F>
bool for_each_piece_row(Read&& read, const std::string& file, std::vector<problem>& probs, F&& f, std::size_t piece) {
  std::string buf;
  row_state st;
  std::size_t kept = 0;  // the start of an unfinished row, moved to the front of the buffer
  while (true) {
    buf.resize(kept + piece);
    const std::ptrdiff_t got = read(buf.data() + kept, piece);
    if (got < 0) return false;
    buf.resize(kept + static_cast<std::size_t>(got));
    const bool last = static_cast<std::size_t>(got) < piece;
    const std::size_t done = rows_in(buf, last, st, file, probs, f);
    if (last) return true;
    buf.erase(0, done);
    kept = buf.size();
    if (kept > piece / 2) piece *= 2;  // a long row: read it in fewer, larger steps
  }
}

// The piece size of file readers: 4 MiB.
inline constexpr std::size_t file_piece = std::size_t{1} << 22;

// Every row of a file, read in pieces (see for_each_piece_row). `file` names the file in
// problems; `first`, when given, sees the first piece's bytes before they are read as rows
// (e.g. to estimate the number of rows). False when the file cannot be opened or read.
// O(size of the file).
template <class F>
bool for_each_file_row(const std::filesystem::path& path, const std::string& file, std::vector<problem>& probs, F&& f,
                       std::size_t piece = file_piece, const std::function<void(std::string_view)>& first = {}) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  bool at_start = true;
  const auto read = [&](char* to, std::size_t n) -> std::ptrdiff_t {
    in.read(to, static_cast<std::streamsize>(n));
    if (in.bad()) return -1;
    const auto got = static_cast<std::size_t>(in.gcount());
    if (at_start && first) first(std::string_view(to, got));
    at_start = false;
    return static_cast<std::ptrdiff_t>(got);
  };
  return for_each_piece_row(read, file, probs, f, piece);
}

// Every row with owned cells (for readers that keep the rows).
REGCOOP_DECL std::vector<std::vector<owned_cell>> tokenize(std::string_view t, const std::string& file, std::vector<problem>& probs);

// Reports problems of one cell: its place, the column name, the record (`record`, or built
// from `collection` and `id` only when a problem is reported: rows without problems cost no
// label).
struct context {
  std::vector<problem>& probs;
  const std::string& file;
  std::string record{};
  std::string_view collection{};
  std::string_view id{};
  void fail(errc c, const cell& at, const std::string& column, std::string msg) const {
    std::string rec = record;
    if (rec.empty() && !collection.empty()) {
      rec = collection;
      rec += '/';
      rec += id;
    }
    probs.push_back({c, std::move(rec), file + ":" + std::to_string(at.row) + ":" + std::to_string(at.column) + " (" + column + ")",
                     std::move(msg)});
  }
};

// Sets one scalar from its cell text.
template <class T>
void parse_scalar(std::string_view s, T& out, const cell& at, const std::string& column, const context& cx) {
  constexpr shape k = shape_of<T>;
  if constexpr (k == shape::id) {
    out.value = std::string(s);
  } else if constexpr (k == shape::text) {
    out = std::string(s);
  } else if constexpr (k == shape::date) {
    if (auto d = partial_date::try_parse(s)) out = *d;
    else cx.fail(errc::invalid_date, at, column, partial_date::why_not_a_date(s));
  } else if constexpr (k == shape::enumeration) {
    if (auto e = try_enum_from_string<T>(s)) out = *e;
    else cx.fail(errc::invalid_value, at, column, "'" + std::string(s) + "' is not one of: " + enum_names<T>());
  } else if constexpr (k == shape::boolean) {
    if (s == "true") out = true;
    else if (s == "false") out = false;
    else cx.fail(errc::type_mismatch, at, column, "expected true or false, found '" + std::string(s) + "'");
  } else if constexpr (k == shape::integer) {
    T v{};
    const auto r = std::from_chars(s.data(), s.data() + s.size(), v);
    if (r.ec != std::errc() || r.ptr != s.data() + s.size())
      cx.fail(errc::type_mismatch, at, column, "expected an integer, found '" + std::string(s) + "'");
    else out = v;
  } else {
    double v = 0;
    const auto r = std::from_chars(s.data(), s.data() + s.size(), v);
    if (r.ec != std::errc() || r.ptr != s.data() + s.size())
      cx.fail(errc::type_mismatch, at, column, "expected a number, found '" + std::string(s) + "'");
    else out = static_cast<T>(v);
  }
}

// Reads a JSON cell into `out` with the dataset reader (problems carry the cell's place and
// the JSON pointer inside the cell).
template <class T>
void parse_json_cell(std::string_view s, T& out, const cell& at, const std::string& column, const context& cx) {
  // Most cells are canonical JSON: read them without a document tree; the tree reader takes
  // the rest and reports their problems.
  if (T direct{}; json_direct::read(s, direct)) {
    out = std::move(direct);
    return;
  }
  const json_read_options opt{};
  boost::json::value v;
  try {
    v = json_io::parse_text(s, opt, "");  // numbers exactly rounded, as in dataset documents
  } catch (const error& e) {
    return cx.fail(errc::parse_error, at, column, "the cell is not valid JSON: " + e.problems().front().message);
  }
  json_io::reader r(opt);
  std::string ptr;
  r.read(v, out, ptr);
  for (const auto& p : r.problems)
    cx.fail(p.code, at, column, (p.field.empty() ? std::string() : "/" + p.field + ": ") + p.message);
}

// Sets a value of type T (a column's type) from its cell.
template <class T>
void parse_cell(const cell& c, T& out, const std::string& column, const context& cx) {
  constexpr shape k = shape_of<T>;
  if constexpr (k == shape::optional) {
    if (c.text.empty()) {
      out.reset();
    } else {
      out.emplace();
      parse_cell(c, *out, column, cx);
    }
  } else if constexpr (k == shape::list) {
    using E = typename T::value_type;
    out.clear();
    if (c.text.empty()) return;
    if constexpr (!is_scalar(shape_of<E>)) {
      parse_json_cell(c.text, out, c, column, cx);
    } else {
      if (c.text.front() == '[') return parse_json_cell(c.text, out, c, column, cx);
      std::string_view rest(c.text);
      while (true) {
        const auto bar = rest.find('|');
        out.emplace_back();
        parse_scalar(rest.substr(0, bar), out.back(), c, column, cx);
        if (bar == std::string_view::npos) break;
        rest.remove_prefix(bar + 1);
      }
    }
  } else if constexpr (is_required_v<T>) {
    if (c.text.empty()) return cx.fail(errc::missing_field, c, column, "the cell is empty; '" + column + "' is required");
    parse_scalar(std::string_view(c.text), out, c, column, cx);
  } else if constexpr (k == shape::text) {
    out = std::string(c.text);
  } else {
    if (c.text.empty()) return;  // a default (e.g. 0 gauge) stays
    parse_scalar(std::string_view(c.text), out, c, column, cx);
  }
}

// One column of record kind R: its name, whether a file must have it, and how to set it.
template <class R>
struct column {
  std::string name;
  bool required;
  std::function<void(R&, const cell&, const context&)> set;
};

// The columns of T inside R, reached through `get` (optionals on the way are engaged only
// when a cell of theirs is not empty), in the order of `csv_columns`.
template <class T>
constexpr bool is_optional_structure() {
  if constexpr (shape_of<T> == shape::optional) return shape_of<typename T::value_type> == shape::structure;
  else return false;
}

template <class R, class T, class Get>
void columns_of(const std::string& prefix, bool inside_optional, Get get, std::vector<column<R>>& out) {
  constexpr shape k = shape_of<T>;
  if constexpr (is_optional_structure<T>()) {
    using V = typename T::value_type;
    columns_of<R, V>(prefix, true,
                     [get](R& r) -> V& {
                       auto& o = get(r);
                       if (!o) o.emplace();
                       return *o;
                     },
                     out);
  } else if constexpr (k == shape::structure) {
    for_each_member<T>([&](auto d) {
      using M = member_type<T, decltype(d)>;
      const auto ptr = d.pointer;
      columns_of<R, M>(prefix.empty() ? std::string(d.name) : prefix + "." + d.name, inside_optional,
                       [get, ptr](R& r) -> M& { return get(r).*ptr; }, out);
    });
  } else {
    const std::string name = prefix;
    out.push_back({prefix, is_required_v<T> && !inside_optional, [get, name, inside_optional](R& r, const cell& c, const context& cx) {
                     // Text is UTF-8, as in JSON: a cell that is not could not be written back.
                     if (!json_direct::valid_utf8(c.text)) return cx.fail(errc::parse_error, c, name, "the cell is not valid UTF-8");
                     if (c.text.empty()) {
                       if (inside_optional) return;  // an absent optional structure stays absent
                       if constexpr (shape_of<T> == shape::integer) return;  // the default (e.g. gauge 0) stays
                       if constexpr (shape_of<T> == shape::enumeration || shape_of<T> == shape::date ||
                                     shape_of<T> == shape::boolean)
                         return cx.fail(errc::missing_field, c, name, "the cell is empty; '" + name + "' needs a value");
                     }
                     parse_cell(c, get(r), name, cx);
                   }});
  }
}

template <class R>
const std::vector<column<R>>& columns() {
  static const std::vector<column<R>> cols = [] {
    std::vector<column<R>> out;
    columns_of<R, R>("", false, [](R& r) -> R& { return r; }, out);
    return out;
  }();
  return cols;
}

// The collection that names the records of a table in problems, and the column that holds
// their id: a record kind's own; a row of memberships.csv is named by its organisation
// (`parties/SCO`).
template <class R>
constexpr std::string_view label_collection() noexcept {
  if constexpr (record<R>) return collection_name<R>();
  else return "parties";
}
template <class R>
constexpr std::string_view id_column() noexcept {
  if constexpr (record<R>) return "id";
  else return "organisation";
}

// Turns the rows of one table of record kind R (or of memberships.csv) into records, the
// header first: binds the header's cells to columns, then sets each row's cells through them.
// Rows are given one at a time (by rows_in), so the table's text need not be held whole.
template <class R>
class table_reader {
 public:
  table_reader(const std::string& file, std::vector<problem>& problems) : file_(file), probs_(problems) {}

  // Takes the next row. An empty line is held back one row (a last empty line ends the file,
  // an inner one is a row of the wrong width).
  void operator()(const std::vector<cell>& row) {
    if (header_) return read_header(row);
    if (pending_empty_) {
      record_row(empty_row_);
      pending_empty_ = false;
    }
    if (row.size() == 1 && row.front().text.empty()) {
      pending_empty_ = true;
      empty_row_ = row;  // a view of nothing: safe to keep
      return;
    }
    record_row(row);
  }

  std::vector<R> records;
  std::vector<std::size_t> rows;  // the row of each record (parallel to `records`)

  // The 1-based place in the header of the column called `name`, or 0 when the file has none.
  [[nodiscard]] std::size_t column_place(std::string_view name) const {
    for (std::size_t k = 0; k < bound_.size(); ++k)
      if (bound_[k] && bound_[k]->name == name) return k + 1;
    return 0;
  }

 private:
  void read_header(const std::vector<cell>& row) {
    header_ = false;
    // Each cell must name a column, once.
    const auto& cols = columns<R>();
    std::vector<bool> seen(cols.size(), false);
    const context header_cx{probs_, file_, std::string(collection_)};
    for (const auto& h : row) {
      const column<R>* found = nullptr;
      for (std::size_t k = 0; k < cols.size(); ++k)
        if (cols[k].name == h.text) {
          if (seen[k]) header_cx.fail(errc::duplicate_id, h, std::string(h.text), "the column appears twice");
          seen[k] = true;
          found = &cols[k];
        }
      if (!found) {
        std::string names;
        for (const auto& c : cols) {
          if (!names.empty()) names += ", ";
          names += c.name;
        }
        header_cx.fail(errc::unknown_field, h, std::string(h.text), "unknown column '" + std::string(h.text) + "'; the columns are: " + names);
      }
      bound_.push_back(found);
    }
    for (std::size_t k = 0; k < cols.size(); ++k)
      if (cols[k].required && !seen[k])
        header_cx.fail(errc::missing_field, row.front(), cols[k].name, "the required column '" + cols[k].name + "' is missing");
    id_col_ = bound_.size();
    for (std::size_t k = 0; k < bound_.size(); ++k)
      if (bound_[k] && bound_[k]->name == id_column<R>()) id_col_ = k;
  }

  void record_row(const std::vector<cell>& row) {
    const std::size_t r = index_++;
    std::string_view id = id_col_ < row.size() ? row[id_col_].text : std::string_view();
    if (id.empty()) {
      id_text_ = "#" + std::to_string(r);
      id = id_text_;
    }
    const context cx{probs_, file_, {}, collection_, id};
    if (row.size() != bound_.size()) {
      cx.fail(errc::parse_error, row.back(), "", "the row has " + std::to_string(row.size()) + " cells, the header " + std::to_string(bound_.size()));
      return;
    }
    R& rec = records.emplace_back();  // set in place: no move of the record
    rows.push_back(row.front().row);
    for (std::size_t k = 0; k < row.size(); ++k)
      if (bound_[k]) bound_[k]->set(rec, row[k], cx);
  }

  const std::string& file_;
  std::vector<problem>& probs_;
  std::string_view collection_ = label_collection<R>();
  std::vector<const column<R>*> bound_;
  std::size_t id_col_ = 0, index_ = 0;
  bool header_ = true, pending_empty_ = false;
  std::string id_text_;
  std::vector<cell> empty_row_;
};

}  // namespace detail::csv_in

/// Reads the CSV table of record kind `R` (as `write_csv` writes it) into records, adding
/// every problem to `problems` with its place (`file:row:column (column name)`) and the
/// record (`segments/<id>`): unknown, repeated or missing required columns, rows of the
/// wrong width, bad quoting, cells that are not of the column's type (dates, enumerators,
/// numbers, JSON). Returns the records read (those with problems included, for more
/// problems from validation); read problems make the caller's load fail. O(size of the text).
template <record R>
[[nodiscard]] std::vector<R> read_csv(std::string_view text, const std::string& file, std::vector<problem>& problems) {
  detail::csv_in::table_reader<R> reader(file, problems);
  reader.records.reserve(static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n')));  // rows, give or take quoted line breaks
  detail::csv_in::for_each_row(text, file, problems, reader);
  return std::move(reader.records);
}

namespace detail::csv_in {

// Reads the file at `path` through `reader` piece by piece (see read_csv_file). False, with
// the problem added, when the file cannot be read at all (missing, a folder, unreadable,
// 0 bytes: not even a header).
template <class R>
bool read_file_into(table_reader<R>& reader, const std::filesystem::path& path, const std::string& file,
                    std::vector<problem>& problems) {
  if (auto p = detail::file_problem(path)) {
    problems.push_back(std::move(*p));
    return false;
  }
  // Room for the rows, estimated from the line breaks of the first piece (room never used is
  // never touched, so an estimate on the high side costs no memory).
  const auto reserve = [&](std::string_view piece) {
    std::error_code ec;
    const auto size = std::filesystem::file_size(path, ec);
    if (piece.empty() || ec) return;
    const auto lines = static_cast<double>(std::count(piece.begin(), piece.end(), '\n')) + 1;
    const auto n = static_cast<std::size_t>(lines * 1.1 * static_cast<double>(size) / static_cast<double>(piece.size()));
    reader.records.reserve(n);
    reader.rows.reserve(n);
  };
  if (!for_each_file_row(path, file, problems, reader, file_piece, reserve)) {
    problems.push_back({errc::io_error, "", path.string(), "cannot read the file " + quoted_path(path)});
    return false;
  }
  return true;
}

}  // namespace detail::csv_in

/// As `read_csv(text, ...)`, but reads the file piece by piece: the memory taken is the
/// records and one piece of the text (4 MiB, or the longest row), not the whole text.
/// Problems name the file by `path` as given (`DIR/segments.csv:4:5 (length_km)`). A file
/// that does not exist, is a folder, cannot be read or is empty (0 bytes: not even a header)
/// adds one problem naming it (`io_error`; `parse_error` when empty) and no record; a file of
/// a header alone is zero records. O(size of the file).
template <record R>
[[nodiscard]] std::vector<R> read_csv_file(const std::filesystem::path& path, std::vector<problem>& problems) {
  const std::string file = path.string();
  detail::csv_in::table_reader<R> reader(file, problems);
  detail::csv_in::read_file_into(reader, path, file, problems);
  return std::move(reader.records);
}

namespace detail::csv_in {

// Gives the validation problems of records read from `path` (record `kind/id`, field
// `a/b`) their place in the file, `path:row:column (column)`, as read problems have: the
// file is read again (only on this path, when a folder fails). A field inside a cell (a
// JSON list) keeps the rest of its path at the head of the message (`/0/member: ...`); a
// field the file has no column for gives `path:row (field)`.
template <record R>
void locate_in_file(const std::filesystem::path& path, std::vector<problem*>& ps) {
  const std::string file = path.string();
  std::vector<problem> ignored;
  table_reader<R> reader(file, ignored);
  if (!read_file_into(reader, path, file, ignored)) return;
  const std::string prefix = std::string(collection_name<R>()) + "/";
  for (problem* p : ps) {
    const std::string key = p->record.substr(prefix.size());
    std::size_t pos = reader.records.size();
    for (std::size_t i = 0; i < reader.records.size(); ++i)
      if (reader.records[i].id.value == key) {
        pos = i;
        if (p->code != errc::duplicate_id) break;  // a duplicate is the last of its id
      }
    if (pos == reader.records.size() && key.size() > 1 && key[0] == '#') {  // a record without an id: its position
      std::size_t n = 0;
      const auto r = std::from_chars(key.data() + 1, key.data() + key.size(), n);
      if (r.ec == std::errc() && r.ptr == key.data() + key.size()) pos = n;
    }
    if (pos >= reader.records.size()) continue;
    std::string place = file + ":" + std::to_string(reader.rows[pos]);
    // The column: the longest whose name ('.' for '/') is the field or a head of it.
    std::size_t best = 0, best_len = 0;
    for (const auto& c : columns<R>()) {
      std::string n = c.name;
      std::replace(n.begin(), n.end(), '.', '/');
      if (n.size() > best_len && p->field.compare(0, n.size(), n) == 0 &&
          (p->field.size() == n.size() || p->field[n.size()] == '/'))
        if (const auto k = reader.column_place(c.name)) {
          best = k;
          best_len = n.size();
        }
    }
    if (best) {
      const auto& col = columns<R>();
      std::string name;
      for (const auto& c : col)
        if (reader.column_place(c.name) == best) name = c.name;
      place += ":" + std::to_string(best) + " (" + name + ")";
      if (best_len < p->field.size()) p->message = p->field.substr(best_len) + ": " + p->message;
    } else if (!p->field.empty()) {
      place += " (" + p->field + ")";
    }
    p->field = std::move(place);
  }
}

// The rows of memberships.csv, attached to the parties read from parties.csv (see
// load_csv_folder): `spells_of[party position]` lists, for each spell of that party that came
// from the file, its row (1-based, in the file). Problems (an organisation or member that
// parties.csv does not hold, an organisation whose `members` cell holds spells too) carry
// the file, row and column. O(rows + parties).
struct attached_spells {
  std::string file;
  std::vector<std::vector<std::size_t>> spells_of;
  std::size_t column(std::string_view name) const {
    for (std::size_t k = 0; k < header.size(); ++k)
      if (header[k] == name) return k + 1;
    return 0;
  }
  std::vector<std::string> header;
};

REGCOOP_DECL void attach_spells(std::vector<party>& parties, table_reader<membership_spell>& reader, attached_spells& out,
                                std::vector<problem>& probs);

// Gives the validation problems of spells that came from memberships.csv (record
// `parties/X`, field `members/N/...`) their place there, `DIR/memberships.csv:ROW:COL (column)`.
REGCOOP_DECL void locate_spells(const std::vector<party>& parties, const attached_spells& at, std::vector<problem>& ps, std::size_t from);

}  // namespace detail::csv_in

/// Reads a folder of per-kind CSV tables (`<collection>.csv`, as `save_csv_folder` and
/// `regcoop export --format csv --output DIR/` write them) as a dataset, validated like
/// `dataset_builder::build`. A kind's file of a header alone is zero records; a file of 0
/// bytes is an error naming it (nothing vanishes silently). `memberships.csv` (as
/// `write_memberships_csv` writes it) gives the organisations of `parties.csv` their spells,
/// appended to `members` in row order; a `parties.csv` with a `members` column (the shape
/// of earlier versions, a JSON array per cell) is read too, but one organisation's spells
/// come from one place: in both is an error.
/// @throws regcoop::error listing every problem of every file, each with its place in the
/// one format of the readers, `DIR/segments.csv:4:5 (length_km) (segments/urumqi-khorgos)`
/// (validation problems too: their record's row and their field's column); `io_error`
/// naming the path for a folder that does not exist or cannot be read, for a file that
/// cannot be read or is a folder, `parse_error` for an empty file (when a whole file cannot
/// be read, only such problems: references into it would be noise), `unknown_field` for a
/// CSV file that names no collection, `dangling_reference` for a row of memberships.csv
/// whose organisation or member parties.csv does not hold (`DIR/memberships.csv:3:2
/// (member) (parties/SCO)`); a spell's validation problems are placed in memberships.csv.
/// Nothing half-loaded. O(total size).
[[nodiscard]] REGCOOP_DECL dataset load_csv_folder(const std::filesystem::path& dir);

/// Writes one CSV table per non-empty record kind into `dir` (created if needed), named
/// `<collection>.csv` (`write_csv_table`: `parties.csv` without a `members` column), and the
/// membership spells as `memberships.csv` (`write_memberships_csv`) when there are any;
/// `load_csv_folder` reads them back into the same dataset.
/// @throws regcoop::error (`io_error`) when the folder or a file cannot be written. O(size).
REGCOOP_DECL void save_csv_folder(const dataset& ds, const std::filesystem::path& dir);

}  // namespace regcoop

REGCOOP_STRING_WARNINGS_END

#if !defined(REGCOOP_SEPARATE_COMPILATION)
#include "regcoop/impl/csv_read.ipp"
#endif
