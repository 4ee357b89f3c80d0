#pragma once
/// @file table_import.hpp
/// @brief Foreign tables by mapping: a CSV file in someone else's shape (AidData's GCDF
/// project table, a Correlates of War IGO state-year table, a spreadsheet) read into records
/// through a mapping document that says which column fills which field. Needs Boost.JSON
/// (target `regcoop::json`). `regcoop import --map MAP.json FILE.csv` is the same from the
/// command line; `data/mapping.schema.json` is the schema of mapping documents.
///
/// A mapping names a `source` (the dataset the table comes from; every record read cites
/// it) and, per record kind (its collection name: `projects`, `parties`, ...), a table rule:
/// @code{.json}
/// {
///   "source": {"id": "gcdf-3", "title": "Global Chinese Development Finance Dataset 3.0", "kind": "dataset"},
///   "projects": {
///     "quote": "AidData Record ID {AidData Record ID}",
///     "fields": {
///       "id":     {"template": "gcdf-{AidData Record ID}"},
///       "name":   {"column": "Title"},
///       "hosts":  {"column": "Recipient", "party": true},
///       "status_history": [
///         {"when": "Completion Year",
///          "fields": {"status": {"value": "completed"}, "since": {"column": "Completion Year", "year": true}}}
///       ]
///     }
///   }
/// }
/// @endcode
///
/// A **cell rule** takes its text from one `column`, a constant `value` or a `template` with
/// `{Column}` placeholders, then: `values` maps texts to the model's words (a text mapped to
/// `null` is absent; a text not in the map is an error unless `otherwise` gives the answer),
/// `party: true` resolves a country name or ISO code to its party id (the country record is
/// added to the result), `year: true` reads "2014" or "2014.0" as the year 2014,
/// `date_format` reads `MM/DD/YYYY`, `DD/MM/YYYY` or `DD.MM.YYYY`, `split` cuts a cell into a
/// list. A field that holds a list of structures (`figures`, `status_history`,
/// `participants`, ...) takes a list of **items**: each is made from its `fields` when its
/// `when` column is not empty (always when `when` is absent).
///
/// **Several rows → one record** (parties): `unpivot` turns a wide table (one column per
/// organisation) into rows of (`name`, `value`); `group_by` makes one record per distinct
/// value of a column; `members` collapses year rows into membership spells: consecutive
/// observed years of one member in one role form one spell from its first to its last year
/// (a role mapped to `null` ends the spell), left open after the table's last year only
/// when `open_at_end` is true.
///
/// Every problem of the mapping (with its JSON pointer) and of the table (with
/// `file:row:column (table column → field)`) is reported at once; the result is validated
/// like any dataset. Nothing half-imported is returned.

#include "regcoop/detail/file.hpp"
#include "regcoop/csv_read.hpp"
#include "regcoop/json.hpp"

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace regcoop {

/// How one field's text is made from a row. See the file comment for the keys.
struct cell_rule {
  /// Where the text comes from.
  enum class origin { column, value, template_text };
  origin from = origin::column;              ///< column, constant or template
  std::string text{};                        ///< the column name, the constant or the template
  bool has_values = false;                   ///< whether `values` was given
  std::map<std::string, std::optional<std::string>, std::less<>> values{};  ///< text → model word (nullopt: absent)
  std::optional<std::optional<std::string>> otherwise{};  ///< the answer for a text not in `values`
  bool party = false;                        ///< resolve a country name or code to a party id
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
  cell_rule member{};        ///< the member (a party id; `party: true` for countries)
  cell_rule role{};          ///< the role (a `membership_role` name; absent: not a member)
  cell_rule year{};          ///< the year of the row
  bool open_at_end = false;  ///< spells running in the table's last year stay open
  std::string pointer{};     ///< where in the mapping document
};

/// A wide table turned into long rows: each listed column becomes a row with the column's
/// name in `name` and its cell in `value`.
struct unpivot_rule {
  std::vector<std::string> columns{};  ///< the wide columns
  std::string name = "name";           ///< the new column holding the wide column's name
  std::string value = "value";         ///< the new column holding its cell
  std::string pointer{};               ///< where in the mapping document
};

/// The rules of one record kind.
struct table_rule {
  std::string kind{};                                         ///< the collection name, e.g. "projects"
  std::vector<std::pair<std::string, cell_rule>> fields{};    ///< scalar and list-of-scalar fields
  std::vector<std::pair<std::string, std::vector<item_rule>>> lists{};  ///< list-of-structures fields
  std::string quote{};                                        ///< the citation quote template; empty: "FILE row N"
  std::optional<unpivot_rule> unpivot{};                      ///< a wide table
  std::string group_by{};                                     ///< several rows → one record
  std::optional<spell_rule> members{};                        ///< membership spells (parties)
  std::string pointer{};                                      ///< where in the mapping document
};

/// A mapping document: the source every imported record cites, and one rule per kind.
struct table_mapping {
  regcoop::source source{};        ///< the dataset the tables come from
  std::vector<table_rule> tables{};  ///< one per record kind, in document order
  std::string file{};              ///< the document's name, for problems

  /// The rule of `kind`, or nullptr. O(kinds).
  [[nodiscard]] const table_rule* find(std::string_view kind) const noexcept {
    for (const auto& t : tables)
      if (t.kind == kind) return &t;
    return nullptr;
  }
};

namespace detail::table_in {

namespace json = boost::json;

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
  void only(const json::object& o, std::initializer_list<std::string_view> keys, const std::string& ptr) {
    for (const auto& kv : o) {
      if (std::find(keys.begin(), keys.end(), std::string_view(kv.key())) != keys.end()) continue;
      std::string names;
      for (const auto k : keys) names += (names.empty() ? "" : ", ") + std::string(k);
      fail(errc::unknown_field, ptr + "/" + detail::json_pointer_escape(kv.key()), "unknown member '" + std::string(kv.key()) + "'; the members are: " + names);
    }
  }

  cell_rule rule(const json::value& v, const std::string& ptr) {
    cell_rule r;
    r.pointer = ptr;
    const auto* o = object(v, ptr);
    if (!o) return r;
    only(*o, {"column", "value", "template", "values", "otherwise", "party", "year", "date_format", "split"}, ptr);
    int origins = 0;
    for (const auto& [key, kind] : {std::pair{"column", cell_rule::origin::column}, std::pair{"value", cell_rule::origin::value},
                                    std::pair{"template", cell_rule::origin::template_text}})
      if (const auto* x = o->if_contains(key)) {
        ++origins;
        r.from = kind;
        if (auto t = text(*x, ptr + "/" + key)) r.text = *t;
        if (kind != cell_rule::origin::value && r.text.empty()) fail(errc::empty_name, ptr + "/" + key, "must not be empty");
      }
    if (origins != 1) fail(origins ? errc::invalid_value : errc::missing_field, ptr, "a rule takes its text from exactly one of column, value and template");
    if (const auto* x = o->if_contains("values")) {
      r.has_values = true;
      if (const auto* m = object(*x, ptr + "/values"))
        for (const auto& kv : *m) {
          const std::string p = ptr + "/values/" + detail::json_pointer_escape(kv.key());
          if (kv.value().is_null()) r.values.emplace(std::string(kv.key()), std::nullopt);
          else if (auto t = text(kv.value(), p)) r.values.emplace(std::string(kv.key()), *t);
        }
    }
    if (const auto* x = o->if_contains("otherwise")) {
      if (!r.has_values) fail(errc::invalid_value, ptr + "/otherwise", "'otherwise' needs 'values'");
      if (x->is_null()) r.otherwise.emplace(std::nullopt);
      else if (auto t = text(*x, ptr + "/otherwise")) r.otherwise.emplace(*t);
    }
    if (const auto* x = o->if_contains("party"))
      if (auto b = flag(*x, ptr + "/party")) r.party = *b;
    if (const auto* x = o->if_contains("year"))
      if (auto b = flag(*x, ptr + "/year")) r.year = *b;
    if (const auto* x = o->if_contains("date_format"))
      if (auto t = text(*x, ptr + "/date_format")) {
        r.date_format = *t;
        if (*t != "MM/DD/YYYY" && *t != "DD/MM/YYYY" && *t != "DD.MM.YYYY" && *t != "YYYY-MM-DD")
          fail(errc::invalid_value, ptr + "/date_format", "'" + *t + "' is not one of: YYYY-MM-DD, MM/DD/YYYY, DD/MM/YYYY, DD.MM.YYYY");
      }
    if (r.year && !r.date_format.empty()) fail(errc::invalid_value, ptr, "give 'year' or 'date_format', not both");
    if (const auto* x = o->if_contains("split"))
      if (auto t = text(*x, ptr + "/split")) {
        r.split = *t;
        if (t->empty()) fail(errc::empty_name, ptr + "/split", "must not be empty");
      }
    return r;
  }

  void check_field(const std::string& name, const std::vector<field_info>& known, const std::string& what, const std::string& ptr,
                   bool want_list) {
    const auto it = std::find_if(known.begin(), known.end(), [&](const field_info& f) { return f.name == name; });
    if (it == known.end()) {
      std::string names;
      for (const auto& f : known) names += (names.empty() ? "" : ", ") + f.name;
      return fail(errc::unknown_field, ptr, what + " has no field '" + name + "'; the fields are: " + names);
    }
    if (it->list_of_structures != want_list)
      fail(errc::type_mismatch, ptr, want_list ? "'" + name + "' is not a list of structures: give one rule (an object)"
                                               : "'" + name + "' is a list of structures: give a list of items");
  }

  template <class R>
  table_rule table(const json::value& v, const std::string& kind, const std::string& ptr) {
    table_rule t;
    t.kind = kind;
    t.pointer = ptr;
    const auto* o = object(v, ptr);
    if (!o) return t;
    only(*o, {"fields", "quote", "unpivot", "group_by", "members"}, ptr);
    const auto known = fields_of<R>();
    if (const auto* q = o->if_contains("quote"))
      if (auto s = text(*q, ptr + "/quote")) t.quote = *s;
    const auto* f = o->if_contains("fields");
    if (!f) fail(errc::missing_field, ptr + "/fields", "a table rule needs 'fields'");
    else if (const auto* fo = object(*f, ptr + "/fields"))
      for (const auto& kv : *fo) {
        const std::string name(kv.key());
        const std::string p = ptr + "/fields/" + detail::json_pointer_escape(name);
        const bool list = kv.value().is_array();
        check_field(name, known, kind, p, list);
        if (!list) {
          t.fields.emplace_back(name, rule(kv.value(), p));
          continue;
        }
        const auto it = std::find_if(known.begin(), known.end(), [&](const field_info& fi) { return fi.name == name; });
        std::vector<item_rule> items;
        const auto& arr = kv.value().as_array();
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
              if (it != known.end() && std::find(it->subfields.begin(), it->subfields.end(), sname) == it->subfields.end()) {
                std::string names;
                for (const auto& s : it->subfields) names += (names.empty() ? "" : ", ") + s;
                fail(errc::unknown_field, sp, "an item of '" + name + "' has no field '" + sname + "'; the fields are: " + names);
              }
              item.fields.emplace_back(sname, rule(skv.value(), sp));
            }
          }
          items.push_back(std::move(item));
        }
        t.lists.emplace_back(name, std::move(items));
      }
    if (const auto* u = o->if_contains("unpivot")) {
      const std::string up = ptr + "/unpivot";
      if (const auto* uo = object(*u, up)) {
        only(*uo, {"columns", "name", "value"}, up);
        unpivot_rule ur;
        ur.pointer = up;
        const auto* cols = uo->if_contains("columns");
        if (!cols || !cols->is_array() || cols->as_array().empty()) {
          fail(cols ? errc::type_mismatch : errc::missing_field, up + "/columns", "'columns' lists the wide columns (at least one)");
        } else {
          for (std::size_t i = 0; i < cols->as_array().size(); ++i)
            if (auto s = text(cols->as_array()[i], up + "/columns/" + std::to_string(i))) ur.columns.push_back(*s);
        }
        if (const auto* n = uo->if_contains("name"))
          if (auto s = text(*n, up + "/name")) ur.name = *s;
        if (const auto* n = uo->if_contains("value"))
          if (auto s = text(*n, up + "/value")) ur.value = *s;
        t.unpivot = std::move(ur);
      }
    }
    if (const auto* g = o->if_contains("group_by"))
      if (auto s = text(*g, ptr + "/group_by")) t.group_by = *s;
    if (const auto* m = o->if_contains("members")) {
      const std::string mp = ptr + "/members";
      if (!std::is_same_v<R, party>) fail(errc::unknown_field, mp, "'members' (spells from year rows) applies to parties only");
      if (t.group_by.empty()) fail(errc::missing_field, ptr + "/group_by", "'members' needs 'group_by' (one organisation per group)");
      if (const auto* mo = object(*m, mp)) {
        only(*mo, {"member", "role", "year", "open_at_end"}, mp);
        spell_rule s;
        s.pointer = mp;
        for (const auto& [key, dst] : {std::pair<const char*, cell_rule*>{"member", &s.member}, {"role", &s.role}, {"year", &s.year}}) {
          if (const auto* x = mo->if_contains(key)) *dst = rule(*x, mp + "/" + key);
          else fail(errc::missing_field, mp + "/" + key, std::string("'members' needs '") + key + "'");
        }
        if (const auto* x = mo->if_contains("open_at_end"))
          if (auto b = flag(*x, mp + "/open_at_end")) s.open_at_end = *b;
        t.members = std::move(s);
      }
      for (const auto& [name, r] : t.fields)
        if (name == "members") fail(errc::invalid_value, ptr + "/fields/members", "members come from the 'members' spell rule here");
    }
    if (!t.group_by.empty() && !t.members && !std::is_same_v<R, party>)
      fail(errc::invalid_value, ptr + "/group_by", "'group_by' collapses year rows into membership spells: parties only, with 'members'");
    const bool has_id = std::any_of(t.fields.begin(), t.fields.end(), [](const auto& fr) { return fr.first == "id"; });
    if (!has_id) fail(errc::missing_field, ptr + "/fields/id", "every record needs an id: map 'id'");
    return t;
  }
};

}  // namespace detail::table_in

/// Reads a mapping document (see the file comment). `file` names it in problems. A document
/// with `"extends": "base.json"` is the base document (read from `base_dir`) with the
/// derived document's top-level members put in place of the base's (e.g. another `source`
/// for the same rules); only `load_mapping` and a given `base_dir` can follow it.
/// @throws regcoop::error listing every problem with its JSON pointer (`file#/projects/fields/x`):
/// unknown kinds, fields, sub-fields and keys, wrong types, rules without a text origin, a
/// missing `source` or `id` rule. O(size of the document).
[[nodiscard]] inline table_mapping mapping_from_json(std::string_view text, const std::string& file = "mapping.json",
                                                     const std::optional<std::filesystem::path>& base_dir = std::nullopt) {
  using namespace detail::table_in;
  const json_read_options opt{};
  auto root = detail::json_io::parse_text(text, opt, file);
  if (root.is_object())
    if (const auto* ext = root.as_object().if_contains("extends")) {
      if (!ext->is_string()) throw error(errc::type_mismatch, "", file + "#/extends", "expected the file name of the base mapping");
      if (!base_dir) throw error(errc::invalid_value, "", file + "#/extends", "'extends' needs the mapping's folder (use load_mapping)");
      const auto base_path = *base_dir / std::string(ext->as_string());
      const std::string base_text = detail::file_text(base_path, file + "#/extends");
      auto base = detail::json_io::parse_text(base_text, opt, base_path.string());
      if (!base.is_object() || base.as_object().contains("extends"))
        throw error(errc::invalid_value, "", file + "#/extends", "the base mapping must be an object without 'extends' of its own");
      for (const auto& kv : root.as_object())
        if (kv.key() != "extends") base.as_object()[kv.key()] = kv.value();
      root = std::move(base);
    }
  std::vector<problem> probs;
  mapping_reader mr{probs, file};
  table_mapping m;
  m.file = file;
  const auto* o = mr.object(root, "");
  if (!o) throw error(std::move(probs));
  if (const auto* s = o->if_contains("source")) {
    detail::json_io::reader r(opt);
    std::string ptr = "/source";
    r.read(*s, m.source, ptr);
    for (auto& p : r.problems) {
      const bool rooted = !p.field.empty() && p.field.front() == '/';
      p.field = file + (rooted ? "#" : "#/source/") + p.field;
      probs.push_back(std::move(p));
    }
    if (r.problems.empty() && m.source.id.empty()) mr.fail(errc::empty_name, "/source/id", "the source needs an id");
  } else {
    mr.fail(errc::missing_field, "/source", "a mapping names the source of its tables ('source': a source record)");
  }
  for (const auto& kv : *o) {
    const std::string key(kv.key());
    if (key == "source" || key == "$schema") continue;
    bool known = false;
    std::string kinds;
    boost::mp11::mp_for_each<record_types>([&](auto rt) {
      using R = decltype(rt);
      kinds += (kinds.empty() ? "" : ", ") + std::string(collection_name<R>());
      if (key != collection_name<R>()) return;
      known = true;
      if constexpr (!std::is_same_v<R, source>) m.tables.push_back(mr.table<R>(kv.value(), key, "/" + key));
    });
    if (!known) mr.fail(errc::unknown_field, "/" + detail::json_pointer_escape(key), "no record kind is called '" + key + "'; the kinds are: " + kinds);
    else if (key == "sources") mr.fail(errc::invalid_value, "/sources", "the source is the mapping's 'source'; tables of sources are not imported");
  }
  if (o->size() > 0 && m.tables.empty() && probs.empty()) mr.fail(errc::missing_field, "", "the mapping has no table rule (e.g. 'projects': {...})");
  if (!probs.empty()) throw error(std::move(probs));
  return m;
}

/// Reads a mapping document from a file (a byte order mark at its start is skipped); problems
/// name it by `path` as given (`maps/gcdf.json#/projects/fields/id`).
/// @throws regcoop::error naming the file: `io_error` when it does not exist, is a folder or
/// cannot be read, `parse_error` when it is empty; otherwise as `mapping_from_json`.
/// O(size of the file).
[[nodiscard]] inline table_mapping load_mapping(const std::filesystem::path& path) {
  return mapping_from_json(detail::file_text(path), path.string(), path.parent_path());
}

namespace detail::table_in {

// Trims spaces and tabs at both ends (spreadsheets pad headers and cells).
inline std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

// A table after unpivoting: a header and rows of cells (places kept from the file).
struct table {
  std::vector<std::string> header;
  std::vector<std::vector<csv_in::owned_cell>> rows;
  std::size_t column(std::string_view name) const {
    for (std::size_t i = 0; i < header.size(); ++i)
      if (header[i] == name) return i;
    return header.size();
  }
};

// The importer of one table rule.
struct importer {
  const table_mapping& map;
  const table_rule& rule;
  const table& tab;
  const std::string& file;
  std::vector<problem>& probs;
  std::set<std::string> countries{};  // alpha-2 codes resolved by `party: true`

  void fail_rule(errc c, const std::string& ptr, std::string msg) { probs.push_back({c, "", map.file + "#" + ptr, std::move(msg)}); }

  // Checks that every column a rule reads is in the table's header.
  void check_columns(const cell_rule& r) {
    const auto need = [&](const std::string& col, const std::string& ptr) {
      if (tab.column(col) == tab.header.size())
        fail_rule(errc::unknown_field, ptr, "the table " + file + " has no column '" + col + "'");
    };
    if (r.from == cell_rule::origin::column) need(r.text, r.pointer + "/column");
    if (r.from == cell_rule::origin::template_text)
      for (std::size_t i = r.text.find('{'); i != std::string::npos; i = r.text.find('{', i + 1)) {
        const auto close = r.text.find('}', i);
        if (close == std::string::npos) {
          fail_rule(errc::parse_error, r.pointer + "/template", "a '{' without its '}'");
          break;
        }
        need(r.text.substr(i + 1, close - i - 1), r.pointer + "/template");
      }
  }

  // The place of a rule's text in a row: its column's cell, else the row's first cell.
  const csv_in::owned_cell& place(const cell_rule& r, const std::vector<csv_in::owned_cell>& row) const {
    if (r.from == cell_rule::origin::column) {
      const auto c = tab.column(r.text);
      if (c < row.size()) return row[c];
    }
    return row.front();
  }
  std::string source_name(const cell_rule& r) const {
    return r.from == cell_rule::origin::column ? r.text : r.from == cell_rule::origin::value ? "value" : "template";
  }

  void fail_cell(errc c, const cell_rule& r, const std::vector<csv_in::owned_cell>& row, const std::string& field, const std::string& record,
                 std::string msg) {
    const auto& at = place(r, row);
    probs.push_back({c, record, file + ":" + std::to_string(at.row) + ":" + std::to_string(at.column) + " (" + source_name(r) + " → " + field + ")",
                     std::move(msg)});
  }

  // Reads a date in the rule's format as ISO text; nullopt (with a problem) when it does not fit.
  std::optional<std::string> date_text(const cell_rule& r, std::string_view s, const std::vector<csv_in::owned_cell>& row, const std::string& field,
                                       const std::string& record) {
    if (r.year) {
      double v = 0;
      const auto res = std::from_chars(s.data(), s.data() + s.size(), v);
      if (res.ec != std::errc() || res.ptr != s.data() + s.size() || v != std::floor(v) || v < 1 || v > 9999) {
        fail_cell(errc::invalid_date, r, row, field, record, "expected a year, found '" + std::string(s) + "'");
        return std::nullopt;
      }
      char buf[8];
      std::snprintf(buf, sizeof buf, "%04d", static_cast<int>(v));
      return std::string(buf);
    }
    if (r.date_format.empty() || r.date_format == "YYYY-MM-DD") return std::string(s);
    const char sep = r.date_format[2];
    const auto a = s.find(sep), b = a == std::string_view::npos ? a : s.find(sep, a + 1);
    if (b == std::string_view::npos) {
      fail_cell(errc::invalid_date, r, row, field, record, "expected a date as " + r.date_format + ", found '" + std::string(s) + "'");
      return std::nullopt;
    }
    std::string_view first = s.substr(0, a), second = s.substr(a + 1, b - a - 1), y = s.substr(b + 1);
    if (r.date_format == "MM/DD/YYYY") std::swap(first, second);  // first = day, second = month
    const auto pad = [](std::string_view p) { return p.size() == 1 ? "0" + std::string(p) : std::string(p); };
    return std::string(y) + "-" + pad(second) + "-" + pad(first);
  }

  // The text of a rule on a row after every step; nullopt when absent (or on a problem).
  std::optional<std::string> value_of(const cell_rule& r, const std::vector<csv_in::owned_cell>& row, const std::string& field,
                                      const std::string& record, bool& failed) {
    std::string raw;
    switch (r.from) {
      case cell_rule::origin::column: {
        const auto c = tab.column(r.text);
        raw = c < row.size() ? std::string(trim(row[c].text)) : std::string();
        break;
      }
      case cell_rule::origin::value: raw = r.text; break;
      case cell_rule::origin::template_text: {
        bool any_empty = false;
        for (std::size_t i = 0; i < r.text.size(); ++i) {
          if (r.text[i] != '{') {
            raw += r.text[i];
            continue;
          }
          const auto close = r.text.find('}', i);
          if (close == std::string::npos) break;
          const auto c = tab.column(std::string_view(r.text).substr(i + 1, close - i - 1));
          const auto part = c < row.size() ? trim(row[c].text) : std::string_view();
          any_empty = any_empty || part.empty();
          raw += part;
          i = close;
        }
        if (any_empty) raw.clear();  // a template with an empty placeholder is absent
        break;
      }
    }
    if (raw.empty()) return std::nullopt;
    std::vector<std::string> parts;
    if (r.split.empty()) {
      parts.push_back(raw);
    } else {
      std::string_view rest(raw);
      while (true) {
        const auto at = rest.find(r.split);
        const auto p = trim(rest.substr(0, at));
        if (!p.empty()) parts.emplace_back(p);
        if (at == std::string_view::npos) break;
        rest.remove_prefix(at + r.split.size());
      }
    }
    std::string out;
    for (auto& p : parts) {
      std::optional<std::string> v = p;
      if (r.has_values) {
        const auto it = r.values.find(p);
        if (it != r.values.end()) {
          v = it->second;
        } else if (r.otherwise) {
          v = *r.otherwise;
        } else {
          fail_cell(errc::invalid_value, r, row, field, record,
                    "'" + p + "' is not in the value map (" + map.file + "#" + r.pointer + "/values); add it, or give 'otherwise'");
          failed = true;
          continue;
        }
      }
      if (!v) continue;
      if (r.party) {
        const auto* c = find_country(*v);
        if (!c) {
          fail_cell(errc::unknown_country, r, row, field, record, "no country is named or coded '" + *v + "'");
          failed = true;
          continue;
        }
        countries.insert(std::string(c->alpha2));
        v = std::string(c->alpha2);
      }
      if (r.year || !r.date_format.empty()) {
        v = date_text(r, *v, row, field, record);
        if (!v) {
          failed = true;
          continue;
        }
      }
      out += (out.empty() ? "" : "|") + *v;
    }
    if (out.empty()) return std::nullopt;
    return out;
  }

  // Sets a field through the CSV reader's setter; its problems name the table column.
  template <class T, class Col>
  void set(T& target, const Col& col, const cell_rule& r, const std::vector<csv_in::owned_cell>& row, const std::string& record) {
    bool failed = false;
    const auto text = value_of(r, row, col.name, record, failed);
    if (failed) return;
    const auto& at = place(r, row);
    const std::string cell_text = text.value_or(std::string());
    const csv_in::cell c{cell_text, at.row, at.column};
    const std::size_t before = probs.size();
    const csv_in::context cx{probs, file, record};
    col.set(target, c, cx);
    for (std::size_t i = before; i < probs.size(); ++i) {
      auto& f = probs[i].field;
      const auto open = f.rfind(" (");
      if (open != std::string::npos) f.insert(open + 2, source_name(r) + " → ");
    }
  }

  std::string quote_of(const std::vector<csv_in::owned_cell>& row) {
    if (rule.quote.empty()) return file + " row " + std::to_string(row.front().row);
    cell_rule q;
    q.from = cell_rule::origin::template_text;
    q.text = rule.quote;
    bool failed = false;
    auto s = value_of(q, row, "quote", "", failed).value_or(file + " row " + std::to_string(row.front().row));
    if (s.size() > max_quote_length) s.resize(max_quote_length);
    return s;
  }

  template <class R>
  R record(const std::vector<csv_in::owned_cell>& row) {
    R rec{};
    const auto& cols = csv_in::columns<R>();
    // The id first, so that problems name the record.
    std::string label = detail::record_label<R>("#" + std::to_string(row.front().row));
    for (const auto& [name, r] : rule.fields)
      if (name == "id") {
        bool failed = false;
        if (const auto id = value_of(r, row, "id", label, failed)) label = detail::record_label<R>(*id);
      }
    for (const auto& field : rule.fields) {
      const auto it = std::find_if(cols.begin(), cols.end(), [&](const auto& c) { return c.name == field.first; });
      if (it != cols.end()) set(rec, *it, field.second, row, label);
    }
    for_each_member<R>([&](auto d) {
      using M = member_type<R, decltype(d)>;
      if constexpr (shape_of<M> == shape::list) {
        using E = typename M::value_type;
        if constexpr (shape_of<E> == shape::structure) {
          for (const auto& [name, items] : rule.lists) {
            if (name != d.name) continue;
            const auto& sub = csv_in::columns<E>();
            for (const auto& item : items) {
              if (!item.when.empty()) {
                const auto c = tab.column(item.when);
                if (c >= row.size() || trim(row[c].text).empty()) continue;
              }
              E e{};
              for (const auto& field : item.fields) {
                const auto it = std::find_if(sub.begin(), sub.end(), [&](const auto& c) { return c.name == field.first; });
                if (it != sub.end()) set(e, *it, field.second, row, label);
              }
              (rec.*d.pointer).push_back(std::move(e));
            }
          }
        }
      }
    });
    if constexpr (requires { rec.citations; })
      rec.citations.push_back(citation{map.source.id, quote_of(row)});
    return rec;
  }

  // Membership spells of one group of rows (see the file comment).
  std::vector<membership> spells(const std::vector<const std::vector<csv_in::owned_cell>*>& rows, int last_year, const std::string& label,
                                 const std::string& group) {
    const auto& s = *rule.members;
    struct obs {
      std::string member;
      int year;
      std::optional<membership_role> role;
      std::string raw_member, raw_role;
    };
    std::vector<obs> seen;
    for (const auto* row : rows) {
      bool failed = false;
      const auto member = value_of(s.member, *row, "members/member", label, failed);
      const auto year = value_of(s.year, *row, "members/year", label, failed);
      const auto role = value_of(s.role, *row, "members/role", label, failed);
      if (failed) continue;
      if (!member) {
        fail_cell(errc::missing_field, s.member, *row, "members/member", label, "the member is empty");
        continue;
      }
      int y = 0;
      const std::string ys = year.value_or("");
      const auto res = std::from_chars(ys.data(), ys.data() + ys.size(), y);
      if (ys.empty() || res.ec != std::errc() || res.ptr != ys.data() + ys.size() || y < 1 || y > 9999) {
        fail_cell(errc::invalid_date, s.year, *row, "members/year", label, "expected a year, found '" + ys + "'");
        continue;
      }
      std::optional<membership_role> rl;
      if (role) {
        rl = try_enum_from_string<membership_role>(*role);
        if (!rl) {
          fail_cell(errc::invalid_value, s.role, *row, "members/role", label, "'" + *role + "' is not one of: " + enum_names<membership_role>());
          continue;
        }
      }
      const auto raw = [&](const cell_rule& r) {
        const auto c = r.from == cell_rule::origin::column ? tab.column(r.text) : tab.header.size();
        return c < row->size() ? std::string(trim((*row)[c].text)) : std::string();
      };
      seen.push_back({*member, y, rl, raw(s.member), raw(s.role)});
    }
    std::stable_sort(seen.begin(), seen.end(), [](const obs& a, const obs& b) { return std::tie(a.member, a.year) < std::tie(b.member, b.year); });
    std::vector<membership> out;
    for (std::size_t i = 0; i < seen.size();) {
      if (i + 1 < seen.size() && seen[i + 1].member == seen[i].member && seen[i + 1].year == seen[i].year) {
        probs.push_back({errc::duplicate_id, label, file, "member '" + seen[i].member + "' appears twice in " + std::to_string(seen[i].year)});
        ++i;
        continue;
      }
      if (!seen[i].role) {
        ++i;
        continue;
      }
      std::size_t j = i;
      while (j + 1 < seen.size() && seen[j + 1].member == seen[i].member && seen[j + 1].role == seen[i].role) ++j;
      membership m;
      m.member = party_id{seen[i].member};
      m.role = *seen[i].role;
      m.period.from = partial_date{seen[i].year};
      const bool runs_to_end = seen[j].year == last_year;
      if (!(runs_to_end && s.open_at_end)) m.period.to = partial_date{seen[j].year};
      // The table's own words: member, group, years, status.
      std::string q = seen[i].raw_member + " " + group + " " + std::to_string(seen[i].year) + "–" + std::to_string(seen[j].year) + ": " +
                      seen[i].raw_role;
      if (q.size() > max_quote_length) q.resize(max_quote_length);
      m.citations.push_back(citation{map.source.id, std::move(q)});
      out.push_back(std::move(m));
      i = j + 1;
    }
    return out;
  }
};

// Reads the CSV text and unpivots it; problems of the text and of the mapping's columns.
inline table read_table(std::string_view text, const table_rule& rule, const table_mapping& map, const std::string& file,
                        std::vector<problem>& probs) {
  table t;
  auto rows = csv_in::tokenize(text, file, probs);
  if (rows.empty()) {
    probs.push_back({errc::parse_error, "", file, "the table is empty"});
    return t;
  }
  std::vector<std::string> head;
  for (const auto& h : rows.front()) head.emplace_back(trim(h.text));
  for (std::size_t i = 0; i < head.size(); ++i)
    for (std::size_t j = 0; j < i; ++j)
      if (!head[i].empty() && head[i] == head[j])
        probs.push_back({errc::duplicate_id, "", file + ":1:" + std::to_string(i + 1) + " (" + head[i] + ")", "the column appears twice"});
  std::vector<bool> wide(head.size(), false);
  if (rule.unpivot) {
    for (std::size_t k = 0; k < rule.unpivot->columns.size(); ++k) {
      const auto& c = rule.unpivot->columns[k];
      const auto at = std::find(head.begin(), head.end(), c);
      if (at == head.end())
        probs.push_back({errc::unknown_field, "", map.file + "#" + rule.unpivot->pointer + "/columns/" + std::to_string(k),
                         "the table " + file + " has no column '" + c + "'"});
      else wide[static_cast<std::size_t>(at - head.begin())] = true;
    }
  }
  for (std::size_t i = 0; i < head.size(); ++i)
    if (!wide[i]) t.header.push_back(head[i]);
  if (rule.unpivot) {
    t.header.push_back(rule.unpivot->name);
    t.header.push_back(rule.unpivot->value);
  }
  for (std::size_t r = 1; r < rows.size(); ++r) {
    auto& row = rows[r];
    if (row.size() == 1 && row.front().text.empty()) continue;  // an empty line
    if (row.size() != head.size()) {
      probs.push_back({errc::parse_error, "", file + ":" + std::to_string(row.front().row),
                       "the row has " + std::to_string(row.size()) + " cells, the header " + std::to_string(head.size())});
      continue;
    }
    if (!rule.unpivot) {
      t.rows.push_back(std::move(row));
      continue;
    }
    std::vector<csv_in::owned_cell> base;
    for (std::size_t i = 0; i < row.size(); ++i)
      if (!wide[i]) base.push_back(row[i]);
    for (std::size_t i = 0; i < row.size(); ++i) {
      if (!wide[i]) continue;
      auto out = base;
      out.push_back({head[i], row[i].row, row[i].column});
      out.push_back(row[i]);
      t.rows.push_back(std::move(out));
    }
  }
  return t;
}

template <class R>
void import_kind(const table_mapping& map, const table_rule& rule, const table& tab, const std::string& file, dataset_builder& b,
                 std::vector<problem>& probs, std::set<std::string>& countries, std::set<std::string>& parties) {
  importer im{map, rule, tab, file, probs};
  for (const auto& [name, r] : rule.fields) im.check_columns(r);
  for (const auto& [name, items] : rule.lists)
    for (const auto& item : items) {
      if (!item.when.empty() && tab.column(item.when) == tab.header.size())
        im.fail_rule(errc::unknown_field, item.pointer + "/when", "the table " + file + " has no column '" + item.when + "'");
      for (const auto& [s, r] : item.fields) im.check_columns(r);
    }
  if (rule.members)
    for (const auto* r : {&rule.members->member, &rule.members->role, &rule.members->year}) im.check_columns(*r);
  const auto group_col = rule.group_by.empty() ? tab.header.size() : tab.column(rule.group_by);
  if (!rule.group_by.empty() && group_col == tab.header.size())
    im.fail_rule(errc::unknown_field, rule.pointer + "/group_by", "the table " + file + " has no column '" + rule.group_by + "'");
  if (!probs.empty()) return;  // the mapping does not fit the table: nothing to read row by row
  std::vector<R> out;
  if (rule.group_by.empty()) {
    out.reserve(tab.rows.size());
    for (const auto& row : tab.rows) out.push_back(im.template record<R>(row));
  } else if constexpr (std::is_same_v<R, party>) {
    std::vector<std::string> order;
    std::map<std::string, std::vector<const std::vector<csv_in::owned_cell>*>> groups;
    int last_year = 0;
    for (const auto& row : tab.rows) {
      const std::string key(trim(row[group_col].text));
      if (!groups.count(key)) order.push_back(key);
      groups[key].push_back(&row);
      bool failed = false;
      if (const auto y = im.value_of(rule.members->year, row, "members/year", "", failed)) {
        int v = 0;
        std::from_chars(y->data(), y->data() + y->size(), v);
        last_year = std::max(last_year, v);
      }
    }
    for (const auto& key : order) {
      const auto& rows = groups[key];
      party p = im.template record<party>(*rows.front());
      p.members = im.spells(rows, last_year, detail::record_label<party>(p.id.value), key);
      out.push_back(std::move(p));
    }
  }
  countries.insert(im.countries.begin(), im.countries.end());
  if constexpr (std::is_same_v<R, party>)
    for (const auto& p : out) parties.insert(p.id.value);
  b.add(std::move(out));
}

}  // namespace detail::table_in

/// The JSON Schema (draft 2020-12) of mapping documents, as canonical text ending in a
/// newline (shipped as `data/mapping.schema.json`): per record kind the fields a rule may
/// fill, per list of structures the sub-fields of an item. O(size of the model).
[[nodiscard]] inline std::string mapping_schema_text() {
  namespace json = boost::json;
  using detail::table_in::fields_of;
  const json::object rule_ref{{"$ref", "#/$defs/rule"}};
  const json::object text_or_null{{"type", json::array{"string", "null"}}};
  json::object rule{
      {"type", "object"},
      {"description", "How a field's text is made from a row: exactly one of column, value, template; then values, party, year, date_format, split."},
      {"properties",
       json::object{{"column", json::object{{"type", "string"}, {"minLength", 1}}},
                    {"value", json::object{{"type", "string"}}},
                    {"template", json::object{{"type", "string"}, {"minLength", 1}}},
                    {"values", json::object{{"type", "object"}, {"additionalProperties", text_or_null}}},
                    {"otherwise", text_or_null},
                    {"party", json::object{{"type", "boolean"}}},
                    {"year", json::object{{"type", "boolean"}}},
                    {"date_format", json::object{{"enum", json::array{"YYYY-MM-DD", "MM/DD/YYYY", "DD/MM/YYYY", "DD.MM.YYYY"}}}},
                    {"split", json::object{{"type", "string"}, {"minLength", 1}}}}},
      // Each branch names its member in its own properties too (`true`: any value), as ajv's
      // strict mode asks of a `required`.
      {"oneOf", json::array{json::object{{"required", json::array{"column"}}, {"properties", json::object{{"column", true}}}},
                            json::object{{"required", json::array{"value"}}, {"properties", json::object{{"value", true}}}},
                            json::object{{"required", json::array{"template"}}, {"properties", json::object{{"template", true}}}}}},
      {"dependentRequired", json::object{{"otherwise", json::array{"values"}}}},
      {"additionalProperties", false}};
  json::object kinds;
  boost::mp11::mp_for_each<record_types>([&](auto rt) {
    using R = decltype(rt);
    if constexpr (!std::is_same_v<R, source>) {
      json::object fields;
      for (const auto& f : fields_of<R>()) {
        if (!f.list_of_structures) {
          fields.emplace(f.name, rule_ref);
          continue;
        }
        json::object sub;
        for (const auto& s : f.subfields) sub.emplace(s, rule_ref);
        fields.emplace(f.name, json::object{
                                   {"type", "array"},
                                   {"items", json::object{{"type", "object"},
                                                          {"properties", json::object{{"when", json::object{{"type", "string"}, {"minLength", 1}}},
                                                                                      {"fields", json::object{{"type", "object"},
                                                                                                              {"properties", sub},
                                                                                                              {"additionalProperties", false}}}}},
                                                          {"required", json::array{"fields"}},
                                                          {"additionalProperties", false}}}});
      }
      json::object props{{"fields", json::object{{"type", "object"}, {"properties", fields}, {"required", json::array{"id"}}, {"additionalProperties", false}}},
                         {"quote", json::object{{"type", "string"}}},
                         {"unpivot", json::object{{"type", "object"},
                                                  {"properties", json::object{{"columns", json::object{{"type", "array"},
                                                                                                       {"items", json::object{{"type", "string"}}},
                                                                                                       {"minItems", 1}}},
                                                                              {"name", json::object{{"type", "string"}}},
                                                                              {"value", json::object{{"type", "string"}}}}},
                                                  {"required", json::array{"columns"}},
                                                  {"additionalProperties", false}}},
                         {"group_by", json::object{{"type", "string"}, {"minLength", 1}}}};
      json::object table{{"type", "object"}, {"required", json::array{"fields"}}, {"additionalProperties", false}};
      if constexpr (std::is_same_v<R, party>) {
        props.emplace("members", json::object{{"type", "object"},
                                              {"properties", json::object{{"member", rule_ref}, {"role", rule_ref}, {"year", rule_ref},
                                                                          {"open_at_end", json::object{{"type", "boolean"}}}}},
                                              {"required", json::array{"member", "role", "year"}},
                                              {"additionalProperties", false}});
        table.emplace("dependentRequired", json::object{{"members", json::array{"group_by"}}});
      }
      table.emplace("properties", std::move(props));
      kinds.emplace(collection_name<R>(), std::move(table));
    }
  });
  json::object root{{"$schema", "https://json-schema.org/draft/2020-12/schema"},
                    {"$id", "https://regcoop.github.io/schema/mapping.schema.json"},
                    {"title", "regcoop table mapping"},
                    {"type", "object"},
                    {"required", json::array{"source"}},
                    {"minProperties", 2}};
  kinds.emplace("$schema", json::object{{"type", "string"}});
  kinds.emplace("extends", json::object{{"type", "string"}, {"minLength", 1}});
  auto src = detail::json_io::schema_of<source>();
  kinds.emplace("source", std::move(src));
  root.emplace("properties", std::move(kinds));
  root.emplace("additionalProperties", false);
  root.emplace("$defs", json::object{{"rule", std::move(rule)}});
  std::string out;
  detail::json_io::print(out, root, 0);
  out += '\n';
  return out;
}

/// Imports one CSV table through `map`'s rule for `kind` (empty: the mapping's only rule)
/// and returns a validated dataset: the mapping's source, a country record for each country
/// the rules resolved, and the records read (each citing the source).
/// @throws regcoop::error listing every problem: of the rule against the table's header
/// (with the mapping's JSON pointer), of each cell (`file:row:column (table column → field)`:
/// a text not in a value map, an unknown country, a bad year, date or number), and of
/// validation (record and field). O(size of the table × rules).
[[nodiscard]] inline dataset import_table(std::string_view csv, const table_mapping& map, std::string_view kind = {},
                                          const std::string& file = "table.csv") {
  using namespace detail::table_in;
  const table_rule* rule = nullptr;
  if (kind.empty()) {
    if (map.tables.size() != 1)
      throw error(errc::invalid_value, "", map.file, "the mapping has " + std::to_string(map.tables.size()) + " table rules; name the kind to import");
    rule = &map.tables.front();
  } else if (!(rule = map.find(kind))) {
    std::string kinds;
    for (const auto& t : map.tables) kinds += (kinds.empty() ? "" : ", ") + t.kind;
    throw error(errc::unknown_field, "", map.file, "the mapping has no rule for '" + std::string(kind) + "' (it has: " + kinds + ")");
  }
  std::vector<problem> probs;
  const table tab = read_table(csv, *rule, map, file, probs);
  dataset_builder b;
  std::set<std::string> countries, parties;
  if (probs.empty())
    boost::mp11::mp_for_each<record_types>([&](auto rt) {
      using R = decltype(rt);
      if (rule->kind == collection_name<R>()) import_kind<R>(map, *rule, tab, file, b, probs, countries, parties);
    });
  if (!probs.empty()) throw error(std::move(probs));
  b.add(map.source);
  for (const auto& code : countries) {
    if (parties.count(code)) continue;  // a country the table itself holds as a party
    const auto* c = find_country(code);
    b.add(party{.id = {code}, .kind = party_kind::country, .name = std::string(c->display_name()), .iso_code = code});
  }
  return std::move(b).build();
}

/// Imports a CSV file through `map` (see `import_table`); problems name it by `csv` as given
/// (`tables/gcdf.csv:2:12 (Status → status) (projects/gcdf-1)`).
/// @throws regcoop::error naming the file: `io_error` when it does not exist, is a folder or
/// cannot be read, `parse_error` when it is empty; otherwise as `import_table`.
/// O(size of the file).
[[nodiscard]] inline dataset import_table_file(const std::filesystem::path& csv, const table_mapping& map, std::string_view kind = {}) {
  return import_table(detail::file_text(csv), map, kind, csv.string());
}

}  // namespace regcoop
