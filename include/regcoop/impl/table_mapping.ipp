#pragma once
/// @file impl/table_mapping.ipp
/// @brief Definitions of the mapping reader declared in `regcoop/io/table_mapping.hpp`.
/// Included by that header in header-only mode and by `regcoop/src.hpp` under
/// REGCOOP_SEPARATE_COMPILATION.

#include "regcoop/io/table_mapping.hpp"
#include "regcoop/detail/file.hpp"
#include "regcoop/detail/mapping_fields.hpp"
#include "regcoop/detail/text.hpp"
#include "regcoop/io/json.hpp"
#include "regcoop/model/records.hpp"

#include <algorithm>
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

REGCOOP_STRING_WARNINGS_BEGIN

namespace regcoop::detail::table_in {

namespace json = boost::json;

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


REGCOOP_DECL json::value with_base(json::value root, const std::string& file, const std::optional<std::filesystem::path>& base_dir,
                                   const json_read_options& opt) {
  if (!root.is_object()) return root;
  const auto* ext = root.as_object().if_contains("extends");
  if (!ext) return root;
  if (!ext->is_string()) throw error(errc::type_mismatch, "", file + "#/extends", "expected the file name of the base mapping");
  if (!base_dir) throw error(errc::invalid_value, "", file + "#/extends", "'extends' needs the mapping's folder (use load_mapping)");
  const auto base_path = *base_dir / std::string(ext->as_string());
  const std::string base_text = detail::file_text(base_path, file + "#/extends");
  auto base = detail::json_io::parse_text(base_text, opt, base_path.string());
  if (!base.is_object() || base.as_object().contains("extends"))
    throw error(errc::invalid_value, "", file + "#/extends", "the base mapping must be an object without 'extends' of its own");
  for (const auto& kv : root.as_object())
    if (kv.key() != "extends") base.as_object()[kv.key()] = kv.value();
  return base;
}

REGCOOP_DECL void read_source(const json::object& o, mapping_reader& mr, table_mapping& m, const json_read_options& opt) {
  const auto* s = o.if_contains("source");
  if (!s) return mr.fail(errc::missing_field, "/source", "a mapping names the source of its tables ('source': a source record)");
  detail::json_io::reader r(opt);
  std::string ptr = "/source";
  r.read(*s, m.source, ptr);
  for (auto& p : r.problems) {
    const bool rooted = !p.field.empty() && p.field.front() == '/';
    p.field = mr.file + (rooted ? "#" : "#/source/") + p.field;
    mr.probs.push_back(std::move(p));
  }
  if (r.problems.empty() && m.source.id.empty()) mr.fail(errc::empty_name, "/source/id", "the source needs an id");
}

REGCOOP_DECL void read_rules(const json::object& o, mapping_reader& mr, table_mapping& m) {
  for (const auto& kv : o) {
    const std::string key(kv.key());
    if (key == "source" || key == "$schema" || key == "$comment" || key == "tables") continue;
    bool known = false;
    std::string kinds;
    boost::mp11::mp_for_each<record_types>([&](auto rt) {
      using R = decltype(rt);
      if (!kinds.empty()) kinds += ", ";
      kinds += collection_name<R>();
      if (key != collection_name<R>()) return;
      known = true;
      if constexpr (!std::is_same_v<R, source>) m.tables.push_back(mr.table<R>(kv.value(), key, "/" + key));
    });
    if (!known) mr.fail(errc::unknown_field, "/" + detail::json_pointer_escape(key), "no record kind is called '" + key + "'; the kinds are: " + kinds);
    else if (key == "sources") mr.fail(errc::invalid_value, "/sources", "the source is the mapping's 'source'; tables of sources are not imported");
  }
}

}  // namespace regcoop::detail::table_in

namespace regcoop {

REGCOOP_DECL table_mapping mapping_from_json(std::string_view text, const std::string& file,
                                             const std::optional<std::filesystem::path>& base_dir) {
  using namespace detail::table_in;
  const json_read_options opt{};
  const auto root = with_base(detail::json_io::parse_text(text, opt, file), file, base_dir, opt);
  std::vector<problem> probs;
  mapping_reader mr{probs, file};
  table_mapping m;
  m.file = file;
  const auto* o = mr.object(root, "");
  if (!o) throw error(std::move(probs));
  read_source(*o, mr, m, opt);
  if (const auto* t = o->if_contains("tables")) mr.declarations(*t);
  m.declared = mr.declared;
  read_rules(*o, mr, m);
  if (o->size() > 0 && m.tables.empty() && probs.empty()) mr.fail(errc::missing_field, "", "the mapping has no table rule (e.g. 'projects': {...})");
  if (!probs.empty()) throw error(std::move(probs));
  return m;
}

REGCOOP_DECL table_mapping load_mapping(const std::filesystem::path& path) {
  return mapping_from_json(detail::file_text(path), path.string(), path.parent_path());
}

}  // namespace regcoop


REGCOOP_STRING_WARNINGS_END
