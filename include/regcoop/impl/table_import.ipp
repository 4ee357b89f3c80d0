#pragma once
/// @file impl/table_import.ipp
/// @brief Definitions of the foreign-table import declared in `regcoop/io/table_import.hpp`.
/// Included by that header in header-only mode and by `regcoop/src.hpp` under
/// REGCOOP_SEPARATE_COMPILATION.

#include "regcoop/io/table_import.hpp"
#include "regcoop/detail/table_rows.hpp"
#include "regcoop/model/records.hpp"

#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

REGCOOP_STRING_WARNINGS_BEGIN

namespace regcoop::detail::table_in {

// The header of a text (its first row), trimmed.
REGCOOP_DECL std::vector<std::string> header_of(std::string_view text) {
  std::size_t end = 0;
  bool quoted = false;
  while (end < text.size() && (quoted || (text[end] != '\n' && text[end] != '\r'))) quoted ^= text[end++] == '"';
  std::vector<problem> ignored;  // the whole text is read again, with its problems
  std::vector<std::string> out;
  bool first = true;
  csv_in::for_each_row(text.substr(0, end), "", ignored, [&](const row_cells& row) {
    if (first)
      for (const auto& c : row) out.emplace_back(trim(c.text));
    first = false;
  });
  return out;
}

REGCOOP_DECL bool fits(const table_declaration& d, const std::vector<std::string>& head) {
  return std::all_of(d.columns.begin(), d.columns.end(), [&](const std::string& c) {
    return std::any_of(head.begin(), head.end(), [&](const std::string& h) { return same_text(h, c); });
  });
}

// Which input is which declared table (nullptr: not given); problems for files that fit
// none or several, tables given twice, and missing tables that are not optional.
REGCOOP_DECL std::vector<const table_input*> assign(const std::vector<table_input>& inputs, const table_mapping& map, std::vector<problem>& probs) {
  if (map.declared.empty()) {
    if (inputs.size() != 1)
      probs.push_back({errc::invalid_value, "", map.file, "the mapping declares no tables ('tables'), so it reads one file; " +
                                                              std::to_string(inputs.size()) + " were given"});
    return {inputs.empty() ? nullptr : &inputs.front()};
  }
  std::vector<const table_input*> at(map.declared.size(), nullptr);
  for (const auto& in : inputs) {
    const auto head = header_of(in.text);
    std::vector<std::size_t> fit;
    for (std::size_t t = 0; t < map.declared.size(); ++t)
      if (fits(map.declared[t], head)) fit.push_back(t);
    std::vector<std::string> names;
    for (const auto& d : map.declared) names.push_back(d.name + " (" + joined(d.columns) + ")");
    if (fit.size() != 1) {
      std::vector<std::string> which;
      for (const auto t : fit) which.push_back(map.declared[t].name);
      probs.push_back({errc::invalid_value, "", in.file + ":1",
                       fit.empty() ? "the header fits none of the mapping's tables: " + joined(names) + " (" + map.file + "#/tables)"
                                   : "the header fits several of the mapping's tables: " + joined(which) + "; name each by columns only it has"});
    } else if (at[fit.front()]) {
      probs.push_back({errc::duplicate_id, "", in.file, "the table '" + map.declared[fit.front()].name + "' is given twice (also " + at[fit.front()]->file + ")"});
    } else {
      at[fit.front()] = &in;
    }
  }
  for (std::size_t t = 0; t < map.declared.size(); ++t)
    if (!at[t] && !map.declared[t].optional)
      probs.push_back({errc::missing_field, "", map.file + "#" + map.declared[t].pointer,
                       "no file given is the table '" + map.declared[t].name + "' (a header with " + joined(map.declared[t].columns) + ")"});
  return at;
}

REGCOOP_DECL std::vector<const table_rule*> rules_of(const table_mapping& map, std::string_view kind) {
  if (kind.empty()) {
    std::vector<const table_rule*> all;
    for (const auto& t : map.tables) all.push_back(&t);
    return all;
  }
  if (const auto* r = map.find(kind)) return {r};
  std::vector<std::string> kinds;
  for (const auto& t : map.tables) kinds.push_back(t.kind);
  throw error(errc::unknown_field, "", map.file, "the mapping has no rule for '" + std::string(kind) + "' (it has: " + joined(kinds) + ")");
}

// The input a rule reads (nullptr: an optional table not given).
REGCOOP_DECL const table_input* input_of(const table_rule& r, const table_mapping& map, const std::vector<const table_input*>& at) {
  if (map.declared.empty()) return at.front();
  for (std::size_t t = 0; t < map.declared.size(); ++t)
    if (map.declared[t].name == r.table) return at[t];
  return nullptr;
}

// A country record made from the state registry's entry: its id is its ISO code (alpha-2,
// or ISO 3166-3 alpha-4), except for a COW-only state ("COW-BAD"), which has its COW number.
REGCOOP_DECL party state_party(const state_info& s) {
  party p{.id = {std::string(s.id)}, .kind = party_kind::country, .name = std::string(s.name)};
  if (!s.id.starts_with("COW-")) p.iso_code = std::string(s.id);
  if (s.cow_number) p.cow_code = s.cow_number;
  return p;
}

// The country records of the states and countries the rules resolved (not those the
// tables hold themselves); a problem when another record of the tables has the id.
REGCOOP_DECL void add_countries(const table_mapping& map, const std::set<std::string>& countries,
                                const std::map<std::string, const state_info*, std::less<>>& states, const std::set<std::string>& parties,
                                const std::set<std::string>& others, dataset_builder& b, import_summary& sum, std::vector<problem>& probs) {
  const auto clash = [&](const std::string& id, std::string_view name) {
    if (!others.count(id)) return false;
    probs.push_back({errc::duplicate_id, "parties/" + id, map.file,
                     "the id '" + id + "' is a record of the tables and the country " + std::string(name) +
                         ", a member named in them; give the record another id (e.g. 'values' with 'keep_others' on its id rule)"});
    return true;
  };
  for (const auto& [id, s] : states)
    if (!parties.count(id) && !clash(id, s->name)) {
      b.add(state_party(*s));
      ++sum.countries;
    }
  for (const auto& code : countries)
    if (!parties.count(code) && !states.count(code)) {
      const auto* c = find_country(code);
      if (clash(code, c->display_name())) continue;
      b.add(party{.id = {code}, .kind = party_kind::country, .name = std::string(c->display_name()), .iso_code = code});
      ++sum.countries;
    }
}

// Reads the look-up tables, then each rule's table; returns the unvalidated parts.
REGCOOP_DECL void import_into(const std::vector<table_input>& inputs, const table_mapping& map, std::string_view kind, dataset_builder& b,
                              import_summary& sum, std::vector<problem>& probs) {
  const auto rules = rules_of(map, kind);
  const auto at = assign(inputs, map, probs);
  if (!probs.empty()) return;
  lookups lk;
  for (const auto* r : rules) lk.collect(*r);
  for (std::size_t t = 0; t < map.declared.size(); ++t) {
    const bool used = std::any_of(lk.all.begin(), lk.all.end(), [&](const lookup_index& ix) { return ix.table == map.declared[t].name; });
    if (!used || !at[t]) continue;
    auto& ts = sum.tables.emplace_back(table_summary{.file = at[t]->file, .table = map.declared[t].name, .looked_up = true});
    fill_lookups(lk, *at[t], map.declared[t].name, map.file, probs, ts);
  }
  std::set<std::string> countries, parties, others;
  std::map<std::string, const state_info*, std::less<>> states;
  for (const auto* rule : rules) {
    const table_input* in = input_of(*rule, map, at);
    if (!in) continue;  // an optional table that was not given
    auto& ts = sum.tables.emplace_back(table_summary{.file = in->file, .table = rule->table});
    boost::mp11::mp_for_each<record_types>([&](auto rt) {
      using R = decltype(rt);
      if (rule->kind != collection_name<R>()) return;
      rule_reader<R> rr{map, *rule, *in, probs, lk, ts};
      rr.run();
      if (probs.empty()) rr.finish(b, sum, countries, states, parties, others);
    });
  }
  if (!probs.empty()) return;
  add_countries(map, countries, states, parties, others, b, sum, probs);
}

}  // namespace regcoop::detail::table_in

namespace regcoop {

REGCOOP_DECL import_result import_tables(const std::vector<table_input>& inputs, const table_mapping& map, std::string_view kind) {
  std::vector<problem> probs;
  dataset_builder b;
  import_result out;
  detail::table_in::import_into(inputs, map, kind, b, out.summary, probs);
  if (!probs.empty()) throw error(std::move(probs));
  b.add(map.source);
  out.data = std::move(b).build();
  return out;
}

REGCOOP_DECL dataset import_table(std::string_view csv, const table_mapping& map, std::string_view kind,
                                  const std::string& file) {
  return import_tables({table_input{file, csv}}, map, kind).data;
}

REGCOOP_DECL import_result import_table_files(const std::vector<std::filesystem::path>& files, const table_mapping& map,
                                              std::string_view kind) {
  std::vector<std::string> texts;
  texts.reserve(files.size());
  for (const auto& f : files) texts.push_back(detail::file_text(f));
  std::vector<table_input> inputs;
  for (std::size_t i = 0; i < files.size(); ++i) inputs.push_back({files[i].string(), texts[i]});
  return import_tables(inputs, map, kind);
}

REGCOOP_DECL dataset import_table_file(const std::filesystem::path& csv, const table_mapping& map, std::string_view kind) {
  return import_table_files({csv}, map, kind).data;
}

}  // namespace regcoop

REGCOOP_STRING_WARNINGS_END
