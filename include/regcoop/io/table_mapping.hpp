#pragma once
/// @file regcoop/io/table_mapping.hpp
/// @brief Mapping documents: how a foreign CSV table (AidData's GCDF project table, the
/// Correlates of War IGO state-year and IGO-year tables, a spreadsheet) becomes records.
/// `regcoop/io/table_import.hpp` imports tables through them; `data/mapping.schema.json` is
/// their schema (`mapping_schema_text`). Needs Boost.JSON (target `regcoop::json`).
///
/// A mapping names a `source` (the dataset the tables come from; every record read cites
/// it) and, per record kind (its collection name: `projects`, `parties`, ...), a table rule:
/// @code{.json}
/// {
///   "source": {"id": "gcdf-3", "title": "Global Chinese Development Finance Dataset 3.0", "kind": "dataset"},
///   "projects": {
///     "quote": "AidData Record ID {AidData Record ID}",
///     "fields": {
///       "id":     {"template": "gcdf-{AidData Record ID}"},
///       "name":   {"column": "Title"},
///       "hosts":  {"column": "Recipient", "party": true}
///     }
///   }
/// }
/// @endcode
///
/// **Column names** are matched regardless of case (ASCII): `"column": "ccode"` reads a
/// column headed `ccode`, `CCODE` or `CCode`. A header that names one column twice, in any
/// case, is refused.
///
/// A **cell rule** takes its text from exactly one of: a `column`, a constant `value`, a
/// `template` with `{Column}` placeholders, or a `lookup` in another table. Then: `values`
/// maps texts to the model's words (a text mapped to `null` is absent; a text not in the map
/// is an error unless `otherwise` gives the answer or `keep_others: true` keeps it as it is), `party: true` resolves a country name or
/// ISO code to its party id, `registry` resolves a code of the shipped state registry
/// (regcoop/model/states.hpp) in one scheme (`iso_alpha2`, `iso_alpha3`, `iso_numeric`,
/// `iso3166_3`, `cow_number`, `cow_abbreviation`) to the state's party id — a COW number in a
/// spell rule's `member` is read for the row's year (`cow_state(ccode, year)`: 365 is the
/// Soviet Union to 1991 and Russia from 1992) — and the country record is made from the
/// registry entry (id, name, ISO code or COW number); `year: true` reads "2014" or "2014.0"
/// as the year 2014, `date_format` reads `MM/DD/YYYY`, `DD/MM/YYYY` or `DD.MM.YYYY`, `split`
/// cuts a cell into a list. A field that holds a list of structures (`figures`,
/// `status_history`, ...) takes a list of **items**: each is made from its `fields` when its
/// `when` column is not empty (always when `when` is absent).
///
/// **Several tables.** `"tables"` names the tables of one import and how each file is
/// recognised: by the columns its header holds (any case), not by its place on the command
/// line. `{"state_year": {"columns": ["ccode", "year", "state"]}, "igo_year": {"columns":
/// ["ioname", "orgname", "sdate"], "optional": true}}`: a file whose header holds all of a
/// table's columns is that table; a file that fits none or two of them, a table given twice
/// and a table that is not optional but missing are refused. A table rule reads the table it
/// names in `"table"` (the only one when one is declared). A **lookup** reads another table:
/// `{"lookup": {"table": "igo_year", "match": {"ioname": "{igo}"}, "give": "longorgname",
/// "else": "{igo}"}}` is the `longorgname` cell of the first row of `igo_year` whose `ioname`
/// equals this row's `igo` (keys compare regardless of case), or the `else` template when no
/// row matches or the optional table was not given (absent without `else`).
///
/// **Several rows → one record** (parties): `unpivot` turns a wide table (one column per
/// organisation) into rows of (`name`, `value`) — the wide columns are its `columns`, or
/// every column but those listed in `except`; `group_by` makes one record per distinct value
/// of a column (its fields from the group's first row); `members` collapses year rows into
/// membership spells: consecutive years of one member in one role form one spell from its
/// first to its last year (year-precision dates), left open after the table's last year only
/// when `open_at_end` is true. The `role` rule's values may name, besides a role and `null`
/// (not a member that year), two words: `"unknown"` — the source does not know (COW's −9):
/// the years form a spell with `status_unknown: true` that answers *possibly* on every day —
/// and `"skip"` — no evidence (COW's −1, the organisation did not exist): the cell is left
/// out and counted. A member mapped to `null` leaves its row out, counted. Years a table has
/// no row for a member (under any code that names it) between its first and last rows are
/// no evidence either way: between two years in which the member held a role or an unknown
/// status they form `status_unknown` spells where the organisation existed that year (a cell
/// of that year other than `"skip"`); next to a year of no membership, and before a member's
/// first row or after its last, they produce nothing. Two rows naming one member in one year through different codes (COW 255 and 260
/// both → DE in 1990) count once, with the stronger status (a role before `unknown` before
/// not a member; full before associate before observer); the same code twice is refused.
/// A spell rule's `note` (a rule reading the organisation's column and the year, e.g. a
/// lookup in the IGO-year table) is added to the citation of each spell that begins before
/// `note_before` (every spell without it).
///
/// A document may carry a `"$comment"` (text for people; ignored). Every problem of the
/// mapping (with its JSON pointer) is reported at once.

#include "regcoop/config.hpp"
#include "regcoop/io/csv_read.hpp"
#include "regcoop/detail/file.hpp"
#include "regcoop/detail/text.hpp"
#include "regcoop/io/json.hpp"
#include "regcoop/model/states.hpp"

#include <algorithm>
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

REGCOOP_STRING_WARNINGS_BEGIN

namespace regcoop {

/// The role-map word for "the source does not know" (a `status_unknown` spell).
inline constexpr std::string_view role_word_unknown = "unknown";
/// The role-map word for "no evidence: leave the cell out" (counted, no spell).
inline constexpr std::string_view role_word_skip = "skip";

/// A look-up in another table of the import: the `give` cell of the first row whose `match`
/// columns equal the templates' texts on this row (any case).
struct lookup_rule {
  std::string table{};                                     ///< the declared table to look in
  std::vector<std::pair<std::string, std::string>> match{};  ///< its column → template over this row
  std::string give{};                                      ///< the column whose cell is the text
  std::optional<std::string> otherwise{};                  ///< template used when no row matches (`else`)
};

/// How one field's text is made from a row. See the file comment for the keys.
struct cell_rule {
  /// Where the text comes from.
  enum class origin { column, value, template_text, lookup };
  origin from = origin::column;              ///< column, constant, template or look-up
  std::string text{};                        ///< the column name, the constant or the template
  lookup_rule lookup{};                      ///< the look-up (origin::lookup)
  bool has_values = false;                   ///< whether `values` was given
  std::map<std::string, std::optional<std::string>, std::less<>> values{};  ///< text → model word (nullopt: absent)
  std::optional<std::optional<std::string>> otherwise{};  ///< the answer for a text not in `values`
  bool keep_others = false;                  ///< a text not in `values` is kept as it is
  bool party = false;                        ///< resolve a country name or code to a party id
  std::optional<code_scheme> registry{};     ///< resolve a code of the state registry in this scheme
  bool year = false;                         ///< read a number as a year
  std::string date_format{};                 ///< MM/DD/YYYY, DD/MM/YYYY or DD.MM.YYYY; empty: ISO
  std::string split{};                       ///< cut the text into a list at this separator
  std::string pointer{};                     ///< where the rule is in the mapping document
};

/// One item of a list-of-structures field, made when its `when` column is not empty.
struct item_rule {
  std::string when{};                                       ///< a column; empty: always
  std::vector<std::pair<std::string, cell_rule>> fields{};  ///< sub-field → rule
  std::string pointer{};                                    ///< where in the mapping document
};

/// How the membership spells of a grouped organisation are made from year rows.
struct spell_rule {
  cell_rule member{};                 ///< the member (a party id; `party` or `registry` for countries)
  cell_rule role{};                   ///< the role: a `membership_role` name, null, "unknown" or "skip"
  cell_rule year{};                   ///< the year of the row
  bool open_at_end = false;           ///< spells running in the table's last year stay open
  std::optional<cell_rule> note{};    ///< added to the citation of a spell (reads the organisation and year)
  std::optional<int> note_before{};   ///< only for spells that begin before this year
  std::string pointer{};              ///< where in the mapping document
};

/// A wide table turned into long rows: each wide column becomes a row with the column's
/// name in `name` and its cell in `value`. The wide columns are `columns`, or every column
/// but `except` when `all_except` is set.
struct unpivot_rule {
  std::vector<std::string> columns{};  ///< the wide columns (or, with all_except, the kept ones)
  bool all_except = false;             ///< `columns` lists the columns that are not wide
  std::string name = "name";           ///< the new column holding the wide column's name
  std::string value = "value";         ///< the new column holding its cell
  std::string pointer{};               ///< where in the mapping document
};

/// The rules of one record kind.
struct table_rule {
  std::string kind{};                                         ///< the collection name, e.g. "projects"
  std::string table{};                                        ///< the declared table it reads; empty: the only one
  std::vector<std::pair<std::string, cell_rule>> fields{};    ///< scalar and list-of-scalar fields
  std::vector<std::pair<std::string, std::vector<item_rule>>> lists{};  ///< list-of-structures fields
  std::string quote{};                                        ///< the citation quote template; empty: "FILE row N"
  std::optional<unpivot_rule> unpivot{};                      ///< a wide table
  std::string group_by{};                                     ///< several rows → one record
  std::optional<spell_rule> members{};                        ///< membership spells (parties)
  std::string pointer{};                                      ///< where in the mapping document
};

/// One table of an import, recognised by the columns its header holds.
struct table_declaration {
  std::string name{};                  ///< how rules and look-ups name it
  std::vector<std::string> columns{};  ///< a file whose header holds all of them (any case) is this table
  bool optional = false;               ///< the import goes on without it (look-ups give their `else`)
  std::string pointer{};               ///< where in the mapping document
};

/// A mapping document: the source every imported record cites, its tables and one rule per kind.
struct table_mapping {
  regcoop::source source{};                      ///< the dataset the tables come from
  std::vector<table_declaration> declared{};     ///< the `tables` member; empty: one table
  std::vector<table_rule> tables{};              ///< one rule per record kind, in document order
  std::string file{};                            ///< the document's name, for problems

  /// The rule of `kind`, or nullptr. O(kinds).
  [[nodiscard]] const table_rule* find(std::string_view kind) const noexcept {
    for (const auto& t : tables)
      if (t.kind == kind) return &t;
    return nullptr;
  }
  /// The declared table called `name`, or nullptr. O(tables).
  [[nodiscard]] const table_declaration* find_table(std::string_view name) const noexcept {
    for (const auto& t : declared)
      if (t.name == name) return &t;
    return nullptr;
  }
};

namespace detail::table_in {

namespace json = boost::json;

// ASCII case-insensitive equality (header names, look-up keys).
inline bool same_text(std::string_view a, std::string_view b) noexcept {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    const auto x = static_cast<unsigned char>(a[i]), y = static_cast<unsigned char>(b[i]);
    if (x != y && !(x < 128 && y < 128 && std::tolower(x) == std::tolower(y))) return false;
  }
  return true;
}

// The fields a mapping may name for record kind R: its CSV columns (dotted) and, for lists
// of structures, the sub-fields of one item.
struct field_info {
  std::string name;
  bool list_of_structures = false;
  std::vector<std::string> subfields;
};

template <class R>
std::vector<field_info> fields_of() {
  std::vector<field_info> out;
  for_each_member<R>([&](auto d) {
    using M = member_type<R, decltype(d)>;
    if constexpr (shape_of<M> == shape::list) {
      using E = typename M::value_type;
      if constexpr (shape_of<E> == shape::structure) {
        field_info f{std::string(d.name), true, {}};
        for (const auto& c : csv_in::columns<E>()) f.subfields.push_back(c.name);
        out.push_back(std::move(f));
      }
    }
  });
  for (const auto& c : csv_in::columns<R>()) {
    const bool listed = std::any_of(out.begin(), out.end(), [&](const field_info& f) { return f.name == c.name; });
    if (!listed) out.push_back({c.name, false, {}});
  }
  return out;
}

// Reads a mapping document, collecting problems with their JSON pointers.
struct mapping_reader {
  std::vector<problem>& probs;
  const std::string& file;
  std::vector<table_declaration> declared{};

  void fail(errc c, const std::string& ptr, std::string msg) { probs.push_back({c, "", file + "#" + ptr, std::move(msg)}); }

  const json::object* object(const json::value& v, const std::string& ptr) {
    if (!v.is_object()) {
      fail(errc::type_mismatch, ptr, std::string("expected an object, found ") + json_io::reader::kind_name(v));
      return nullptr;
    }
    return &v.as_object();
  }
  std::optional<std::string> text(const json::value& v, const std::string& ptr) {
    if (!v.is_string()) {
      fail(errc::type_mismatch, ptr, std::string("expected a string, found ") + json_io::reader::kind_name(v));
      return std::nullopt;
    }
    return std::string(v.as_string());
  }
  std::optional<bool> flag(const json::value& v, const std::string& ptr) {
    if (!v.is_bool()) {
      fail(errc::type_mismatch, ptr, std::string("expected true or false, found ") + json_io::reader::kind_name(v));
      return std::nullopt;
    }
    return v.as_bool();
  }
  std::vector<std::string> texts(const json::value& v, const std::string& ptr, const char* what) {
    std::vector<std::string> out;
    if (!v.is_array() || v.as_array().empty()) {
      fail(errc::type_mismatch, ptr, std::string("'") + what + "' is a list of column names (at least one)");
      return out;
    }
    for (std::size_t i = 0; i < v.as_array().size(); ++i)
      if (auto s = text(v.as_array()[i], ptr + "/" + std::to_string(i))) {
        if (s->empty()) fail(errc::empty_name, ptr + "/" + std::to_string(i), "must not be empty");
        out.push_back(*s);
      }
    return out;
  }
  void only(const json::object& o, std::initializer_list<std::string_view> keys, const std::string& ptr) {
    for (const auto& kv : o) {
      if (std::find(keys.begin(), keys.end(), std::string_view(kv.key())) != keys.end()) continue;
      fail(errc::unknown_field, ptr + "/" + detail::json_pointer_escape(kv.key()),
           "unknown member '" + std::string(kv.key()) + "'; the members are: " + joined(keys));
    }
  }
  // A name of a declared table, checked.
  void known_table(const std::string& name, const std::string& ptr) {
    if (declared.empty()) return fail(errc::invalid_value, ptr, "names a table, but the mapping declares none ('tables')");
    if (std::none_of(declared.begin(), declared.end(), [&](const table_declaration& d) { return d.name == name; })) {
      std::vector<std::string> names;
      for (const auto& d : declared) names.push_back(d.name);
      fail(errc::unknown_field, ptr, "no table is called '" + name + "'; the tables are: " + joined(names));
    }
  }

  // The `tables` member: the tables of the import and their recognising columns.
  void declarations(const json::value& v) {
    const auto* o = object(v, "/tables");
    if (!o) return;
    if (o->empty()) fail(errc::missing_field, "/tables", "'tables' declares at least one table");
    for (const auto& kv : *o) {
      table_declaration d;
      d.name = std::string(kv.key());
      d.pointer = "/tables/" + detail::json_pointer_escape(kv.key());
      if (d.name.empty()) fail(errc::empty_name, d.pointer, "a table needs a name");
      if (const auto* to = object(kv.value(), d.pointer)) {
        only(*to, {"columns", "optional"}, d.pointer);
        if (const auto* c = to->if_contains("columns")) d.columns = texts(*c, d.pointer + "/columns", "columns");
        else fail(errc::missing_field, d.pointer + "/columns", "a table is recognised by the columns its header holds: give 'columns'");
        if (const auto* x = to->if_contains("optional"))
          if (auto b = flag(*x, d.pointer + "/optional")) d.optional = *b;
      }
      declared.push_back(std::move(d));
    }
    for (std::size_t i = 0; i < declared.size(); ++i)
      for (std::size_t j = 0; j < i; ++j)
        if (!declared[i].columns.empty() && declared[i].columns == declared[j].columns)
          fail(errc::duplicate_id, declared[i].pointer + "/columns", "the tables '" + declared[j].name + "' and '" + declared[i].name +
                                                                         "' are recognised by the same columns");
  }

  void lookup(const json::value& v, const std::string& ptr, lookup_rule& l) {
    const auto* o = object(v, ptr);
    if (!o) return;
    only(*o, {"table", "match", "give", "else"}, ptr);
    if (const auto* x = o->if_contains("table")) {
      if (auto t = text(*x, ptr + "/table")) {
        l.table = *t;
        known_table(l.table, ptr + "/table");
      }
    } else {
      fail(errc::missing_field, ptr + "/table", "a lookup names the table it reads");
    }
    if (const auto* x = o->if_contains("match")) {
      if (const auto* mo = object(*x, ptr + "/match")) {
        if (mo->empty()) fail(errc::missing_field, ptr + "/match", "'match' names at least one column of the other table");
        for (const auto& kv : *mo)
          if (auto t = text(kv.value(), ptr + "/match/" + detail::json_pointer_escape(kv.key()))) l.match.emplace_back(std::string(kv.key()), *t);
      }
    } else {
      fail(errc::missing_field, ptr + "/match", "a lookup needs 'match': {\"its column\": \"{this table's column}\"}");
    }
    if (const auto* x = o->if_contains("give")) {
      if (auto t = text(*x, ptr + "/give")) l.give = *t;
    } else {
      fail(errc::missing_field, ptr + "/give", "a lookup names the column it gives ('give')");
    }
    if (const auto* x = o->if_contains("else"))
      if (auto t = text(*x, ptr + "/else")) l.otherwise = *t;
  }

  // The text origin of a rule: exactly one of column, value, template, lookup.
  void origin_of(const json::object& o, const std::string& ptr, cell_rule& r) {
    int origins = 0;
    for (const auto& [key, kind] : {std::pair{"column", cell_rule::origin::column}, std::pair{"value", cell_rule::origin::value},
                                    std::pair{"template", cell_rule::origin::template_text}})
      if (const auto* x = o.if_contains(key)) {
        ++origins;
        r.from = kind;
        if (auto t = text(*x, ptr + "/" + key)) r.text = *t;
        if (kind != cell_rule::origin::value && r.text.empty()) fail(errc::empty_name, ptr + "/" + key, "must not be empty");
      }
    if (const auto* x = o.if_contains("lookup")) {
      ++origins;
      r.from = cell_rule::origin::lookup;
      lookup(*x, ptr + "/lookup", r.lookup);
    }
    if (origins != 1)
      fail(origins ? errc::invalid_value : errc::missing_field, ptr, "a rule takes its text from exactly one of column, value, template and lookup");
  }

  void value_map(const json::object& o, const std::string& ptr, cell_rule& r) {
    if (const auto* x = o.if_contains("values")) {
      r.has_values = true;
      if (const auto* m = object(*x, ptr + "/values"))
        for (const auto& kv : *m) {
          const std::string p = ptr + "/values/" + detail::json_pointer_escape(kv.key());
          if (kv.value().is_null()) r.values.emplace(std::string(kv.key()), std::nullopt);
          else if (auto t = text(kv.value(), p)) r.values.emplace(std::string(kv.key()), *t);
        }
    }
    if (const auto* x = o.if_contains("otherwise")) {
      if (!r.has_values) fail(errc::invalid_value, ptr + "/otherwise", "'otherwise' needs 'values'");
      if (x->is_null()) r.otherwise.emplace(std::nullopt);
      else if (auto t = text(*x, ptr + "/otherwise")) r.otherwise.emplace(*t);
    }
    if (const auto* x = o.if_contains("keep_others"))
      if (auto b = flag(*x, ptr + "/keep_others")) {
        r.keep_others = *b;
        if (*b && !r.has_values) fail(errc::invalid_value, ptr + "/keep_others", "'keep_others' needs 'values'");
        if (*b && r.otherwise) fail(errc::invalid_value, ptr + "/keep_others", "give 'otherwise' or 'keep_others', not both");
      }
  }

  void conversions(const json::object& o, const std::string& ptr, cell_rule& r) {
    if (const auto* x = o.if_contains("party"))
      if (auto b = flag(*x, ptr + "/party")) r.party = *b;
    if (const auto* x = o.if_contains("registry"))
      if (auto t = text(*x, ptr + "/registry")) {
        r.registry = try_enum_from_string<code_scheme>(*t);
        if (!r.registry) fail(errc::invalid_value, ptr + "/registry", "no code scheme is called '" + *t + "'; the schemes are: " + enum_names<code_scheme>());
      }
    if (r.party && r.registry) fail(errc::invalid_value, ptr, "give 'party' or 'registry', not both");
    if (const auto* x = o.if_contains("year"))
      if (auto b = flag(*x, ptr + "/year")) r.year = *b;
    if (const auto* x = o.if_contains("date_format"))
      if (auto t = text(*x, ptr + "/date_format")) {
        r.date_format = *t;
        if (*t != "MM/DD/YYYY" && *t != "DD/MM/YYYY" && *t != "DD.MM.YYYY" && *t != "YYYY-MM-DD")
          fail(errc::invalid_value, ptr + "/date_format", "'" + *t + "' is not one of: YYYY-MM-DD, MM/DD/YYYY, DD/MM/YYYY, DD.MM.YYYY");
      }
    if (r.year && !r.date_format.empty()) fail(errc::invalid_value, ptr, "give 'year' or 'date_format', not both");
    if (const auto* x = o.if_contains("split"))
      if (auto t = text(*x, ptr + "/split")) {
        r.split = *t;
        if (t->empty()) fail(errc::empty_name, ptr + "/split", "must not be empty");
      }
  }

  cell_rule rule(const json::value& v, const std::string& ptr) {
    cell_rule r;
    r.pointer = ptr;
    const auto* o = object(v, ptr);
    if (!o) return r;
    only(*o, {"column", "value", "template", "lookup", "values", "otherwise", "keep_others", "party", "registry", "year", "date_format", "split"}, ptr);
    origin_of(*o, ptr, r);
    value_map(*o, ptr, r);
    conversions(*o, ptr, r);
    return r;
  }

  void check_field(const std::string& name, const std::vector<field_info>& known, const std::string& what, const std::string& ptr,
                   bool want_list) {
    const auto it = std::find_if(known.begin(), known.end(), [&](const field_info& f) { return f.name == name; });
    if (it == known.end()) {
      std::vector<std::string> names;
      for (const auto& f : known) names.push_back(f.name);
      return fail(errc::unknown_field, ptr, what + " has no field '" + name + "'; the fields are: " + joined(names));
    }
    if (it->list_of_structures != want_list)
      fail(errc::type_mismatch, ptr, want_list ? "'" + name + "' is not a list of structures: give one rule (an object)"
                                               : "'" + name + "' is a list of structures: give a list of items");
  }

  // The items of a list-of-structures field.
  std::vector<item_rule> items(const json::array& arr, const field_info* known, const std::string& name, const std::string& p) {
    std::vector<item_rule> out;
    for (std::size_t i = 0; i < arr.size(); ++i) {
      const std::string ip = p + "/" + std::to_string(i);
      item_rule item;
      item.pointer = ip;
      const auto* io = object(arr[i], ip);
      if (!io) continue;
      only(*io, {"when", "fields"}, ip);
      if (const auto* w = io->if_contains("when"))
        if (auto s = text(*w, ip + "/when")) item.when = *s;
      const auto* iff = io->if_contains("fields");
      if (!iff) {
        fail(errc::missing_field, ip + "/fields", "an item needs 'fields'");
      } else if (const auto* ifo = object(*iff, ip + "/fields")) {
        for (const auto& skv : *ifo) {
          const std::string sname(skv.key());
          const std::string sp = ip + "/fields/" + detail::json_pointer_escape(sname);
          if (known && std::find(known->subfields.begin(), known->subfields.end(), sname) == known->subfields.end())
            fail(errc::unknown_field, sp, "an item of '" + name + "' has no field '" + sname + "'; the fields are: " + joined(known->subfields));
          item.fields.emplace_back(sname, rule(skv.value(), sp));
        }
      }
      out.push_back(std::move(item));
    }
    return out;
  }

  void fields(const json::value& f, const std::vector<field_info>& known, table_rule& t) {
    const auto* fo = object(f, t.pointer + "/fields");
    if (!fo) return;
    for (const auto& kv : *fo) {
      const std::string name(kv.key());
      const std::string p = t.pointer + "/fields/" + detail::json_pointer_escape(name);
      const bool list = kv.value().is_array();
      check_field(name, known, t.kind, p, list);
      if (!list) {
        t.fields.emplace_back(name, rule(kv.value(), p));
        continue;
      }
      const auto it = std::find_if(known.begin(), known.end(), [&](const field_info& fi) { return fi.name == name; });
      t.lists.emplace_back(name, items(kv.value().as_array(), it == known.end() ? nullptr : &*it, name, p));
    }
  }

  unpivot_rule unpivot(const json::object& uo, const std::string& up) {
    only(uo, {"columns", "except", "name", "value"}, up);
    unpivot_rule ur;
    ur.pointer = up;
    const auto* cols = uo.if_contains("columns");
    const auto* except = uo.if_contains("except");
    if (cols && except) fail(errc::invalid_value, up, "give 'columns' (the wide columns) or 'except' (every other column is wide), not both");
    else if (!cols && !except) fail(errc::missing_field, up + "/columns", "'columns' lists the wide columns, or 'except' the columns that are not");
    else if (cols) ur.columns = texts(*cols, up + "/columns", "columns");
    else {
      ur.all_except = true;
      ur.columns = texts(*except, up + "/except", "except");
    }
    if (const auto* n = uo.if_contains("name"))
      if (auto s = text(*n, up + "/name")) ur.name = *s;
    if (const auto* n = uo.if_contains("value"))
      if (auto s = text(*n, up + "/value")) ur.value = *s;
    if (same_text(ur.name, ur.value)) fail(errc::invalid_value, up + "/value", "the name and value columns must differ");
    return ur;
  }

  spell_rule members(const json::object& mo, const std::string& mp) {
    only(mo, {"member", "role", "year", "open_at_end", "note", "note_before"}, mp);
    spell_rule s;
    s.pointer = mp;
    for (const auto& [key, dst] : {std::pair<const char*, cell_rule*>{"member", &s.member}, {"role", &s.role}, {"year", &s.year}}) {
      if (const auto* x = mo.if_contains(key)) *dst = rule(*x, mp + "/" + key);
      else fail(errc::missing_field, mp + "/" + key, std::string("'members' needs '") + key + "'");
    }
    if (const auto* x = mo.if_contains("open_at_end"))
      if (auto b = flag(*x, mp + "/open_at_end")) s.open_at_end = *b;
    if (const auto* x = mo.if_contains("note")) s.note = rule(*x, mp + "/note");
    if (const auto* x = mo.if_contains("note_before")) {
      if (!x->is_int64() || x->as_int64() < 1 || x->as_int64() > 9999) fail(errc::type_mismatch, mp + "/note_before", "expected a year (1 to 9999)");
      else s.note_before = static_cast<int>(x->as_int64());
      if (!s.note) fail(errc::invalid_value, mp + "/note_before", "'note_before' needs 'note'");
    }
    return s;
  }

  void table_of(const json::object& o, table_rule& t) {
    if (const auto* x = o.if_contains("table")) {
      if (auto s = text(*x, t.pointer + "/table")) {
        t.table = *s;
        known_table(t.table, t.pointer + "/table");
      }
    } else if (declared.size() > 1) {
      std::vector<std::string> names;
      for (const auto& d : declared) names.push_back(d.name);
      fail(errc::missing_field, t.pointer + "/table", "the mapping declares several tables (" + joined(names) + "): name the one this rule reads");
    } else if (declared.size() == 1) {
      t.table = declared.front().name;
    }
  }

  template <class R>
  void grouping(const json::object& o, table_rule& t) {
    const std::string& ptr = t.pointer;
    if (const auto* u = o.if_contains("unpivot"))
      if (const auto* uo = object(*u, ptr + "/unpivot")) t.unpivot = unpivot(*uo, ptr + "/unpivot");
    if (const auto* g = o.if_contains("group_by"))
      if (auto s = text(*g, ptr + "/group_by")) t.group_by = *s;
    if (const auto* m = o.if_contains("members")) {
      const std::string mp = ptr + "/members";
      if (!std::is_same_v<R, party>) fail(errc::unknown_field, mp, "'members' (spells from year rows) applies to parties only");
      if (t.group_by.empty()) fail(errc::missing_field, ptr + "/group_by", "'members' needs 'group_by' (one organisation per group)");
      if (const auto* mo = object(*m, mp)) t.members = members(*mo, mp);
      for (const auto& [name, r] : t.fields)
        if (name == "members") fail(errc::invalid_value, ptr + "/fields/members", "members come from the 'members' spell rule here");
    }
    if (!t.group_by.empty() && !t.members && !std::is_same_v<R, party>)
      fail(errc::invalid_value, ptr + "/group_by", "'group_by' collapses year rows into membership spells: parties only, with 'members'");
  }

  template <class R>
  table_rule table(const json::value& v, const std::string& kind, const std::string& ptr) {
    table_rule t;
    t.kind = kind;
    t.pointer = ptr;
    const auto* o = object(v, ptr);
    if (!o) return t;
    only(*o, {"table", "fields", "quote", "unpivot", "group_by", "members"}, ptr);
    table_of(*o, t);
    if (const auto* q = o->if_contains("quote"))
      if (auto s = text(*q, ptr + "/quote")) t.quote = *s;
    const auto* f = o->if_contains("fields");
    if (!f) fail(errc::missing_field, ptr + "/fields", "a table rule needs 'fields'");
    else fields(*f, fields_of<R>(), t);
    grouping<R>(*o, t);
    const bool has_id = std::any_of(t.fields.begin(), t.fields.end(), [](const auto& fr) { return fr.first == "id"; });
    if (!has_id) fail(errc::missing_field, ptr + "/fields/id", "every record needs an id: map 'id'");
    return t;
  }
};

// The document after `extends`: the base with the derived document's members put in place.
REGCOOP_DECL json::value with_base(json::value root, const std::string& file, const std::optional<std::filesystem::path>& base_dir,
                             const json_read_options& opt);

REGCOOP_DECL void read_source(const json::object& o, mapping_reader& mr, table_mapping& m, const json_read_options& opt);

REGCOOP_DECL void read_rules(const json::object& o, mapping_reader& mr, table_mapping& m);

}  // namespace detail::table_in

/// Reads a mapping document (see the file comment). `file` names it in problems. A document
/// with `"extends": "base.json"` is the base document (read from `base_dir`) with the
/// derived document's top-level members put in place of the base's (e.g. another `source`
/// for the same rules); only `load_mapping` and a given `base_dir` can follow it.
/// @throws regcoop::error listing every problem with its JSON pointer (`file#/projects/fields/x`):
/// unknown kinds, fields, sub-fields, keys, tables and code schemes, wrong types, rules
/// without one text origin, a missing `source` or `id` rule. O(size of the document).
[[nodiscard]] REGCOOP_DECL table_mapping mapping_from_json(std::string_view text, const std::string& file = "mapping.json",
                                                     const std::optional<std::filesystem::path>& base_dir = std::nullopt);

/// Reads a mapping document from a file (a byte order mark at its start is skipped); problems
/// name it by `path` as given (`maps/gcdf.json#/projects/fields/id`).
/// @throws regcoop::error naming the file: `io_error` when it does not exist, is a folder or
/// cannot be read, `parse_error` when it is empty; otherwise as `mapping_from_json`.
/// O(size of the file).
[[nodiscard]] REGCOOP_DECL table_mapping load_mapping(const std::filesystem::path& path);

}  // namespace regcoop

REGCOOP_STRING_WARNINGS_END

#if !defined(REGCOOP_SEPARATE_COMPILATION)
#include "regcoop/impl/table_mapping.ipp"
#endif
