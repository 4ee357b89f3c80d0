#pragma once
/// @file detail/table_cells.hpp
/// @brief The cell level of table imports: header names in any case, templates, look-up
/// indexes on other tables, and the importer that turns one row into a field's text.

#include "regcoop/config.hpp"
#include "regcoop/model/country.hpp"
#include "regcoop/io/csv_read.hpp"
#include "regcoop/io/import_summary.hpp"
#include "regcoop/model/states.hpp"
#include "regcoop/io/table_mapping.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

REGCOOP_STRING_WARNINGS_BEGIN

namespace regcoop {

namespace detail::table_in {

// Trims spaces and tabs at both ends (spreadsheets pad headers and cells).
inline std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

// At most `n` bytes, cut before a UTF-8 continuation byte.
inline void cut_utf8(std::string& s, std::size_t n) {
  if (s.size() <= n) return;
  while (n > 0 && (static_cast<unsigned char>(s[n]) & 0xC0) == 0x80) --n;
  s.resize(n);
}

using row_cells = std::vector<csv_in::cell>;

// A table's header after unpivoting; columns found regardless of case.
struct table_view {
  std::vector<std::string> header;
  [[nodiscard]] std::size_t column(std::string_view name) const {
    for (std::size_t i = 0; i < header.size(); ++i)
      if (same_text(header[i], name)) return i;
    return header.size();
  }
};

// Calls f(name) for each {name} of a template; false when a '{' has no '}'.
template <class F>
bool placeholders(const std::string& t, F&& f) {
  for (std::size_t i = t.find('{'); i != std::string::npos; i = t.find('{', i + 1)) {
    const auto close = t.find('}', i);
    if (close == std::string::npos) return false;
    f(std::string_view(t).substr(i + 1, close - i - 1));
    i = close;
  }
  return true;
}

// The columns of this table a rule reads.
inline std::vector<std::string> columns_read(const cell_rule& r) {
  std::vector<std::string> out;
  const auto add = [&](std::string_view c) { out.emplace_back(c); };
  if (r.from == cell_rule::origin::column) out.push_back(r.text);
  if (r.from == cell_rule::origin::template_text) placeholders(r.text, add);
  if (r.from == cell_rule::origin::lookup) {
    for (const auto& [col, tmpl] : r.lookup.match) placeholders(tmpl, add);
    if (r.lookup.otherwise) placeholders(*r.lookup.otherwise, add);
  }
  return out;
}

inline bool reads(const cell_rule& r, std::string_view col) {
  const auto cs = columns_read(r);
  return std::any_of(cs.begin(), cs.end(), [&](const std::string& c) { return same_text(c, col); });
}

// Look-up keys: the parts in lower case, joined by a unit separator.
inline void add_key_part(std::string& key, std::string_view part) {
  if (!key.empty()) key += '\x1f';
  for (const char ch : trim(part)) key += static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
}

// The rows of one declared table by the values of some of its columns, holding the cells
// of the columns that look-ups give (first row of each key).
struct lookup_index {
  std::string table;
  std::vector<std::string> match, give;
  std::string pointer;                     // of the first look-up that needs it
  std::vector<std::string> give_pointer{};  // of the first look-up that gives each column
  std::unordered_map<std::string, std::vector<std::string>> rows{};
  bool given = false;
};

struct lookups {
  std::vector<lookup_index> all;

  [[nodiscard]] static std::vector<std::string> match_columns(const lookup_rule& l) {
    std::vector<std::string> out;
    for (const auto& [c, t] : l.match) out.push_back(c);
    return out;
  }
  [[nodiscard]] const lookup_index* find(const lookup_rule& l) const {
    const auto m = match_columns(l);
    for (const auto& ix : all)
      if (ix.table == l.table && ix.match == m) return &ix;
    return nullptr;
  }
  void need(const lookup_rule& l, const std::string& pointer) {
    auto* ix = const_cast<lookup_index*>(find(l));
    if (!ix) ix = &all.emplace_back(lookup_index{l.table, match_columns(l), {}, pointer + "/lookup"});
    if (std::find(ix->give.begin(), ix->give.end(), l.give) == ix->give.end()) {
      ix->give.push_back(l.give);
      ix->give_pointer.push_back(pointer + "/lookup/give");
    }
  }
  void collect(const cell_rule& r) {
    if (r.from == cell_rule::origin::lookup) need(r.lookup, r.pointer);
  }
  void collect(const table_rule& t) {
    for (const auto& [n, r] : t.fields) collect(r);
    for (const auto& [n, items] : t.lists)
      for (const auto& item : items)
        for (const auto& [s, r] : item.fields) collect(r);
    if (t.members) {
      for (const auto* r : {&t.members->member, &t.members->role, &t.members->year}) collect(*r);
      if (t.members->note) collect(*t.members->note);
    }
  }
};

// Reads one table into the look-up indexes on it; counts its rows.
inline void fill_lookups(lookups& lk, const table_input& in, const std::string& table, const std::string& map_file, std::vector<problem>& probs,
                         table_summary& sum) {
  std::vector<lookup_index*> mine;
  for (auto& ix : lk.all)
    if (ix.table == table) mine.push_back(&ix);
  std::vector<std::vector<std::size_t>> match_at(mine.size()), give_at(mine.size());
  bool header = true, fits = true;
  std::size_t width = 0;
  std::string key;
  csv_in::for_each_row(in.text, in.file, probs, [&](const row_cells& row) {
    if (header) {
      header = false;
      width = row.size();
      table_view tab;
      for (const auto& c : row) tab.header.emplace_back(trim(c.text));
      for (std::size_t k = 0; k < mine.size(); ++k) {
        const auto need = [&](const std::string& c, const std::string& ptr, std::vector<std::size_t>& at) {
          at.push_back(tab.column(c));
          if (at.back() < tab.header.size()) return;
          fits = false;
          probs.push_back({errc::unknown_field, "", map_file + "#" + ptr, "the table " + in.file + " (" + table + ") has no column '" + c + "'"});
        };
        for (const auto& c : mine[k]->match) need(c, mine[k]->pointer + "/match", match_at[k]);
        for (std::size_t g = 0; g < mine[k]->give.size(); ++g) need(mine[k]->give[g], mine[k]->give_pointer[g], give_at[k]);
        mine[k]->given = true;
      }
      return;
    }
    if (row.size() == 1 && row.front().text.empty()) return;
    ++sum.rows;
    if (row.size() != width) {  // a cut or malformed row: its texts cannot be trusted
      probs.push_back({errc::parse_error, "", in.file + ":" + std::to_string(row.front().row),
                       "the row has " + std::to_string(row.size()) + " cells, the header " + std::to_string(width)});
      return;
    }
    if (!fits) return;
    for (std::size_t k = 0; k < mine.size(); ++k) {
      key.clear();
      for (const auto at : match_at[k]) add_key_part(key, at < row.size() ? row[at].text : std::string_view());
      auto [it, fresh] = mine[k]->rows.try_emplace(key);
      if (!fresh) continue;
      for (const auto at : give_at[k]) it->second.emplace_back(at < row.size() ? trim(row[at].text) : std::string_view());
    }
  });
}

// The importer of one table rule: one row → the text of one field, one record.
struct importer {
  const table_mapping& map;
  const table_rule& rule;
  const table_view& tab;
  const std::string& file;
  std::vector<problem>& probs;
  const lookups& lk;
  std::set<std::string> countries{};                                  // alpha-2 codes resolved by `party: true`
  std::map<std::string, const state_info*, std::less<>> states{};     // registry entries resolved by `registry`
  int dated_year = 0;  // the row's year, for a COW number in the spell rule's member (0: undated)
  bool nulled = false;  // the last value_of met a text the value map maps to null

  void fail_rule(errc c, const std::string& ptr, std::string msg) { probs.push_back({c, "", map.file + "#" + ptr, std::move(msg)}); }

  // Checks that every column a rule reads is in the table's header (look-ups: the other
  // table is checked when it is read).
  void check_columns(const cell_rule& r) {
    if (r.from == cell_rule::origin::template_text && !placeholders(r.text, [](std::string_view) {}))
      return fail_rule(errc::parse_error, r.pointer + "/template", "a '{' without its '}'");
    if (r.from == cell_rule::origin::lookup)
      for (const auto& [col, tmpl] : r.lookup.match)
        if (!placeholders(tmpl, [](std::string_view) {}))
          return fail_rule(errc::parse_error, r.pointer + "/lookup/match/" + detail::json_pointer_escape(col), "a '{' without its '}'");
    const std::string where = r.from == cell_rule::origin::column ? "/column" : r.from == cell_rule::origin::template_text ? "/template" : "/lookup";
    for (const auto& c : columns_read(r))
      if (tab.column(c) == tab.header.size()) fail_rule(errc::unknown_field, r.pointer + where, "the table " + file + " has no column '" + c + "'");
  }

  // The place of a rule's text in a row: its column's cell, else the row's first cell.
  const csv_in::cell& place(const cell_rule& r, const row_cells& row) const {
    if (r.from == cell_rule::origin::column) {
      const auto c = tab.column(r.text);
      if (c < row.size()) return row[c];
    }
    return row.front();
  }
  std::string source_name(const cell_rule& r) const {
    switch (r.from) {
      case cell_rule::origin::column: return r.text;
      case cell_rule::origin::value: return "value";
      case cell_rule::origin::template_text: return "template";
      case cell_rule::origin::lookup: return "lookup " + r.lookup.table;
    }
    return {};
  }

  void fail_cell(errc c, const cell_rule& r, const row_cells& row, const std::string& field, const std::string& record, std::string msg) {
    const auto& at = place(r, row);
    probs.push_back({c, record, file + ":" + std::to_string(at.row) + ":" + std::to_string(at.column) + " (" + source_name(r) + " → " + field + ")",
                     std::move(msg)});
  }

  // A template's text on a row; empty when a placeholder's cell is empty.
  std::string expand(const std::string& t, const row_cells& row) const {
    std::string out;
    bool any_empty = false;
    for (std::size_t i = 0; i < t.size(); ++i) {
      if (t[i] != '{') {
        out += t[i];
        continue;
      }
      const auto close = t.find('}', i);
      if (close == std::string::npos) break;
      const auto c = tab.column(std::string_view(t).substr(i + 1, close - i - 1));
      const auto part = c < row.size() ? trim(row[c].text) : std::string_view();
      any_empty = any_empty || part.empty();
      out += part;
      i = close;
    }
    if (any_empty) out.clear();
    return out;
  }

  std::string looked_up(const lookup_rule& l, const row_cells& row) const {
    const auto* ix = lk.find(l);
    if (ix && ix->given) {
      std::string key;
      for (const auto& [col, tmpl] : l.match) add_key_part(key, expand(tmpl, row));
      if (const auto it = ix->rows.find(key); it != ix->rows.end()) {
        const auto g = std::find(ix->give.begin(), ix->give.end(), l.give) - ix->give.begin();
        return it->second[static_cast<std::size_t>(g)];
      }
    }
    return l.otherwise ? expand(*l.otherwise, row) : std::string();
  }

  // The rule's text before any conversion.
  std::string raw_text(const cell_rule& r, const row_cells& row) const {
    switch (r.from) {
      case cell_rule::origin::column: {
        const auto c = tab.column(r.text);
        return c < row.size() ? std::string(trim(row[c].text)) : std::string();
      }
      case cell_rule::origin::value: return r.text;
      case cell_rule::origin::template_text: return expand(r.text, row);
      case cell_rule::origin::lookup: return looked_up(r.lookup, row);
    }
    return {};
  }

  // Reads a date in the rule's format as ISO text; nullopt (with a problem) when it does not fit.
  std::optional<std::string> date_text(const cell_rule& r, std::string_view s, const row_cells& row, const std::string& field,
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

  // A code of the state registry → the state's party id (dated for a COW number in a spell).
  std::optional<std::string> from_registry(const cell_rule& r, const std::string& v, const row_cells& row, const std::string& field,
                                           const std::string& record) {
    const state_info* s = nullptr;
    int n = 0;
    const bool number = std::from_chars(v.data(), v.data() + v.size(), n).ptr == v.data() + v.size();
    const bool dated = *r.registry == code_scheme::cow_number && dated_year > 0;
    if (dated) s = number ? cow_state(n, dated_year) : nullptr;
    else s = find_state(v, *r.registry);
    if (!s) {
      fail_cell(errc::unknown_country, r, row, field, record,
                dated ? "the state registry has no state with COW number '" + v + "' in " + std::to_string(dated_year)
                      : "the state registry has no state coded '" + v + "' (" + std::string(to_string(*r.registry)) + ")");
      return std::nullopt;
    }
    states.emplace(std::string(s->id), s);
    return std::string(s->id);
  }

  // One part of a rule's text after the value map and conversions; nullopt when absent or failed.
  std::optional<std::string> converted(const cell_rule& r, const std::string& p, const row_cells& row, const std::string& field,
                                       const std::string& record, bool& failed) {
    std::optional<std::string> v = p;
    if (r.has_values) {
      const auto it = r.values.find(p);
      if (it != r.values.end()) {
        v = it->second;
      } else if (r.otherwise) {
        v = *r.otherwise;
      } else if (!r.keep_others) {
        fail_cell(errc::invalid_value, r, row, field, record,
                  "'" + p + "' is not in the value map (" + map.file + "#" + r.pointer + "/values); add it, or give 'otherwise'");
        failed = true;
        return std::nullopt;
      }
      if (!v) nulled = true;
    }
    if (!v) return v;
    if (r.party) {
      const auto* c = find_country(*v);
      if (!c) {
        fail_cell(errc::unknown_country, r, row, field, record, "no country is named or coded '" + *v + "'");
        failed = true;
        return std::nullopt;
      }
      countries.insert(std::string(c->alpha2));
      v = std::string(c->alpha2);
    }
    if (r.registry && !(v = from_registry(r, *v, row, field, record))) failed = true;
    if (v && (r.year || !r.date_format.empty()) && !(v = date_text(r, *v, row, field, record))) failed = true;
    return v;
  }

  // The text of a rule on a row after every step; nullopt when absent (or on a problem).
  std::optional<std::string> value_of(const cell_rule& r, const row_cells& row, const std::string& field, const std::string& record, bool& failed) {
    nulled = false;
    const std::string raw = raw_text(r, row);
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
    for (auto& p : parts)
      if (const auto v = converted(r, p, row, field, record, failed)) {
        if (!out.empty()) out += "|";
        out += *v;
      }
    if (out.empty()) return std::nullopt;
    return out;
  }

  // Sets a field through the CSV reader's setter; its problems name the table column.
  template <class T, class Col>
  void set(T& target, const Col& col, const cell_rule& r, const row_cells& row, const std::string& record) {
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

  std::string quote_of(const row_cells& row) {
    const std::string plain = file + " row " + std::to_string(row.front().row);
    if (rule.quote.empty()) return plain;
    std::string s = expand(rule.quote, row);
    if (s.empty()) s = plain;
    cut_utf8(s, max_quote_length);
    return s;
  }

  template <class E>
  void add_items(std::vector<E>& list, const std::vector<item_rule>& items, const row_cells& row, const std::string& label) {
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
      list.push_back(std::move(e));
    }
  }

  template <class R>
  R record(const row_cells& row) {
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
        if constexpr (shape_of<E> == shape::structure)
          for (const auto& [name, items] : rule.lists)
            if (name == d.name) add_items(rec.*d.pointer, items, row, label);
      }
    });
    if constexpr (requires { rec.citations; })
      rec.citations.push_back(citation{map.source.id, quote_of(row)});
    return rec;
  }
};

}  // namespace detail::table_in
}  // namespace regcoop

REGCOOP_STRING_WARNINGS_END
