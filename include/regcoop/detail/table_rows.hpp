#pragma once
/// @file detail/table_rows.hpp
/// @brief The row level of table imports: one table rule streamed over its table's rows —
/// the header checked, wide columns unpivoted into views, rows grouped, year rows kept as
/// compact observations and turned into membership spells at the end.

#include "regcoop/config.hpp"
#include "regcoop/detail/table_cells.hpp"
#include "regcoop/detail/year_spells.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

REGCOOP_STRING_WARNINGS_BEGIN

namespace regcoop::detail::table_in {

namespace ys = year_spells;

inline constexpr std::uint8_t outcome_skip = 253;
inline constexpr std::uint8_t outcome_failed = 252;

// A text's index in a list of distinct texts; past 65534 texts the last index stands for the rest.
inline std::uint16_t intern(std::vector<std::string>& texts, std::unordered_map<std::string, std::uint16_t>& of, std::string_view t) {
  std::string key(t);
  if (const auto it = of.find(key); it != of.end()) return it->second;
  constexpr std::uint16_t last = ys::gap - 1;
  if (texts.size() >= last) {
    if (texts.size() == last) texts.emplace_back("(another text)");
    return last;
  }
  const auto i = static_cast<std::uint16_t>(texts.size());
  texts.push_back(key);
  of.emplace(std::move(key), i);
  return i;
}

// What the year rows of the organisations gave, kept until the spells are made.
struct spell_state {
  std::vector<std::vector<ys::obs>> seen{};     // per group
  std::vector<std::vector<bool>> exists{};      // per group, by year: a cell other than "skip"
  std::vector<std::string> members{};
  std::unordered_map<std::string, std::uint32_t> member_of{};
  std::vector<std::vector<std::int16_t>> covered{};  // per member: the years it has a row
  std::vector<std::vector<std::int16_t>> raw_covered{};  // per raw member text (the table's own key): its years
  std::vector<std::vector<std::uint16_t>> raws_of{};     // per member: the raw texts that named it
  std::vector<std::string> raw_members{}, raw_roles{};
  std::unordered_map<std::string, std::uint16_t> raw_member_of{}, raw_role_of{};
  struct cached {
    std::string text;
    std::uint8_t outcome;
    std::uint16_t raw;
  };
  std::vector<cached> role_cache{};  // cell text → outcome: a wide table has few distinct texts
  int last_year = 0;
};

// A row's member and year (a wide table's row has one for all its cells).
struct member_at {
  bool ok = false, left_out = false;
  std::uint32_t member = 0;
  int year = 0;
  std::uint16_t raw = 0;
};

// One table rule over its table, row by row.
template <class R>
struct rule_reader {
  const table_mapping& map;
  const table_rule& rule;
  const table_input& in;
  std::vector<problem>& probs;
  const lookups& lk;
  table_summary& sum;
  table_view tab{};
  std::vector<std::string> head{};
  std::vector<std::size_t> fixed{}, wide{};  // file columns kept and unpivoted
  std::optional<importer> im{};
  bool started = false, dead = false, row_level = false, role_cached = false, group_by_name = false;
  std::size_t name_col = 0, value_col = 0, group_col = 0;
  std::vector<R> out{};
  std::vector<std::string> group_keys{};
  std::unordered_map<std::string, std::size_t> group_of{};
  std::vector<std::ptrdiff_t> group_of_wide{};
  spell_state sp{};
  row_cells vrow{};
  member_at cur{};

  void run() {
    csv_in::for_each_row(in.text, in.file, probs, [&](const row_cells& row) {
      if (!started) {
        started = true;
        header(row);
      } else if (!dead) {
        data(row);
      }
    });
    if (!started) probs.push_back({errc::parse_error, "", in.file, "the table is empty"});
  }

  void fail_rule(errc c, const std::string& ptr, std::string msg) { probs.push_back({c, "", map.file + "#" + ptr, std::move(msg)}); }

  // Which columns are wide; problems for listed columns the header lacks.
  std::vector<bool> wide_columns() {
    std::vector<bool> w(head.size(), false);
    if (!rule.unpivot) return w;
    const auto& u = *rule.unpivot;
    for (std::size_t k = 0; k < u.columns.size(); ++k) {
      std::size_t at = 0;
      while (at < head.size() && !same_text(head[at], u.columns[k])) ++at;
      if (at == head.size())
        fail_rule(errc::unknown_field, u.pointer + (u.all_except ? "/except/" : "/columns/") + std::to_string(k),
                  "the table " + in.file + " has no column '" + u.columns[k] + "'");
      else w[at] = true;
    }
    if (u.all_except) w.flip();
    if (std::none_of(w.begin(), w.end(), [](bool b) { return b; }))
      fail_rule(errc::invalid_value, u.pointer, "the table " + in.file + " has no column to unpivot");
    return w;
  }

  void check_rules() {
    for (const auto& [name, r] : rule.fields) im->check_columns(r);
    for (const auto& [name, items] : rule.lists)
      for (const auto& item : items) {
        if (!item.when.empty() && tab.column(item.when) == tab.header.size())
          fail_rule(errc::unknown_field, item.pointer + "/when", "the table " + in.file + " has no column '" + item.when + "'");
        for (const auto& [s, r] : item.fields) im->check_columns(r);
      }
    if (!rule.group_by.empty() && (group_col = tab.column(rule.group_by)) == tab.header.size())
      fail_rule(errc::unknown_field, rule.pointer + "/group_by", "the table " + in.file + " has no column '" + rule.group_by + "'");
    if (!rule.members) return;
    const auto& s = *rule.members;
    for (const auto* r : {&s.member, &s.role, &s.year}) im->check_columns(*r);
    if (s.note) {
      im->check_columns(*s.note);
      for (const auto& c : columns_read(*s.note))
        if (!same_text(c, rule.group_by) && !(s.year.from == cell_rule::origin::column && same_text(c, s.year.text)))
          fail_rule(errc::invalid_value, s.note->pointer, "a note reads the organisation ('" + rule.group_by + "') and the year only, not '" + c + "'");
    }
  }

  void header(const row_cells& row) {
    const std::size_t before = probs.size();
    for (const auto& c : row) head.emplace_back(trim(c.text));
    for (std::size_t i = 0; i < head.size(); ++i)
      for (std::size_t j = 0; j < i; ++j)
        if (!head[i].empty() && same_text(head[i], head[j]))
          probs.push_back({errc::duplicate_id, "", in.file + ":1:" + std::to_string(i + 1) + " (" + head[i] + ")",
                           "the column appears twice (as '" + head[j] + "' in column " + std::to_string(j + 1) + ")"});
    const auto w = wide_columns();
    for (std::size_t i = 0; i < head.size(); ++i) (w[i] ? wide : fixed).push_back(i);
    for (const auto i : fixed) tab.header.push_back(head[i]);
    if (rule.unpivot) {
      name_col = tab.header.size();
      tab.header.push_back(rule.unpivot->name);
      value_col = tab.header.size();
      tab.header.push_back(rule.unpivot->value);
    }
    im.emplace(importer{map, rule, tab, in.file, probs, lk});
    check_rules();
    dead = probs.size() != before;
    vrow.assign(tab.header.size(), csv_in::cell{{}, 0, 0});
    group_of_wide.assign(wide.size(), -1);
    if (!rule.unpivot) return;
    const auto& u = *rule.unpivot;
    group_by_name = same_text(rule.group_by, u.name);
    if (!rule.members) return;
    const auto& s = *rule.members;
    const auto wide_free = [&](const cell_rule& r) { return !reads(r, u.name) && !reads(r, u.value); };
    row_level = wide_free(s.member) && wide_free(s.year);
    role_cached = s.role.from == cell_rule::origin::column && same_text(s.role.text, u.value) && !s.role.registry && !s.role.party &&
                  s.role.split.empty() && !s.role.year && s.role.date_format.empty();
  }

  void data(const row_cells& row) {
    if (row.size() == 1 && row.front().text.empty()) return;  // an empty line
    ++sum.rows;
    if (row.size() != head.size()) {
      probs.push_back({errc::parse_error, "", in.file + ":" + std::to_string(row.front().row),
                       "the row has " + std::to_string(row.size()) + " cells, the header " + std::to_string(head.size())});
      return;
    }
    if (!rule.unpivot) return one(row, 0);
    for (std::size_t k = 0; k < fixed.size(); ++k) vrow[k] = row[fixed[k]];
    if (row_level) {
      vrow[name_col] = vrow[value_col] = row[wide.front()];
      cur = member_of_row(vrow);
      if (!cur.ok) return;
      if (cur.left_out) {
        ++sum.rows_left_out;
        sum.cells_left_out += wide.size();
        return;
      }
    }
    for (std::size_t w = 0; w < wide.size(); ++w) {
      const auto& c = row[wide[w]];
      vrow[name_col] = csv_in::cell{head[wide[w]], 1, wide[w] + 1};
      vrow[value_col] = c;
      ++sum.cells;
      one(vrow, w);
    }
  }

  std::size_t new_group(std::string key, const row_cells& v) {
    group_keys.push_back(std::move(key));
    out.push_back(im->template record<R>(v));
    if (rule.members) {
      sp.seen.emplace_back();
      sp.exists.emplace_back();
    }
    return group_keys.size() - 1;
  }

  std::size_t group_for(const row_cells& v, std::size_t w) {
    if (group_by_name) {
      if (group_of_wide[w] < 0) group_of_wide[w] = static_cast<std::ptrdiff_t>(new_group(std::string(trim(head[wide[w]])), v));
      return static_cast<std::size_t>(group_of_wide[w]);
    }
    std::string key(group_col < v.size() ? trim(v[group_col].text) : std::string_view());
    if (const auto it = group_of.find(key); it != group_of.end()) return it->second;
    const auto g = new_group(key, v);
    group_of.emplace(std::move(key), g);
    return g;
  }

  // One row, or one cell of a wide row with its row's fixed cells.
  void one(const row_cells& v, std::size_t w) {
    if (rule.group_by.empty()) {
      out.push_back(im->template record<R>(v));
      return;
    }
    if (!rule.members) {
      group_for(v, w);
      return;
    }
    member_at m = cur;
    if (!row_level) {
      m = member_of_row(v);
      if (!m.ok) return;
      if (m.left_out) {
        ++sum.cells_left_out;
        return;
      }
    }
    observe(v, group_for(v, w), m);
  }

  member_at member_of_row(const row_cells& v) {
    const auto& s = *rule.members;
    member_at m;
    bool failed = false;
    const auto ys_text = im->value_of(s.year, v, "members/year", "", failed);
    if (failed) return m;
    const std::string yt = ys_text.value_or("");
    const auto res = std::from_chars(yt.data(), yt.data() + yt.size(), m.year);
    if (yt.empty() || res.ec != std::errc() || res.ptr != yt.data() + yt.size() || m.year < 1 || m.year > 9999) {
      im->fail_cell(errc::invalid_date, s.year, v, "members/year", "", "expected a year, found '" + yt + "'");
      return m;
    }
    im->dated_year = m.year;
    const auto member = im->value_of(s.member, v, "members/member", "", failed);
    im->dated_year = 0;
    if (failed) return m;
    m.ok = true;
    if (!member) {
      m.left_out = im->nulled;
      if (!m.left_out) {
        m.ok = false;
        im->fail_cell(errc::missing_field, s.member, v, "members/member", "", "the member is empty");
      }
      return m;
    }
    const auto [it, fresh] = sp.member_of.try_emplace(*member, static_cast<std::uint32_t>(sp.members.size()));
    if (fresh) {
      sp.members.push_back(*member);
      sp.covered.emplace_back();
      sp.raws_of.emplace_back();
    }
    m.member = it->second;
    m.raw = intern(sp.raw_members, sp.raw_member_of, im->raw_text(s.member, v));
    auto& years = sp.covered[m.member];
    if (years.empty() || years.back() != m.year) years.push_back(static_cast<std::int16_t>(m.year));
    if (auto& rs = sp.raws_of[m.member]; std::find(rs.begin(), rs.end(), m.raw) == rs.end()) rs.push_back(m.raw);
    if (sp.raw_covered.size() <= m.raw) sp.raw_covered.resize(static_cast<std::size_t>(m.raw) + 1);
    if (auto& ry = sp.raw_covered[m.raw]; ry.empty() || ry.back() != m.year) ry.push_back(static_cast<std::int16_t>(m.year));
    sp.last_year = std::max(sp.last_year, m.year);
    return m;
  }

  // A cell's role text → a role, ys::unknown, ys::none, outcome_skip or outcome_failed.
  std::uint8_t outcome(const row_cells& v, std::uint16_t& raw) {
    const auto& s = *rule.members;
    const std::string_view text = role_cached ? trim(v[value_col].text) : std::string_view();
    if (role_cached)
      for (const auto& c : sp.role_cache)
        if (c.text == text) {
          raw = c.raw;
          return c.outcome;
        }
    bool failed = false;
    const auto role = im->value_of(s.role, v, "members/role", "", failed);
    if (failed) return outcome_failed;
    std::uint8_t o = ys::none;
    if (role && *role == role_word_unknown) o = ys::unknown;
    else if (role && *role == role_word_skip) o = outcome_skip;
    else if (role) {
      const auto rl = try_enum_from_string<membership_role>(*role);
      if (!rl) {
        im->fail_cell(errc::invalid_value, s.role, v, "members/role", "",
                      "'" + *role + "' is not one of: " + enum_names<membership_role>() + ", unknown, skip");
        return outcome_failed;
      }
      o = static_cast<std::uint8_t>(*rl);
    }
    raw = intern(sp.raw_roles, sp.raw_role_of, im->raw_text(s.role, v));
    if (role_cached) sp.role_cache.push_back({std::string(text), o, raw});
    return o;
  }

  void observe(const row_cells& v, std::size_t g, const member_at& m) {
    std::uint16_t raw = 0;
    const auto o = outcome(v, raw);
    if (o == outcome_failed) return;
    if (o == outcome_skip) {
      ++sum.skipped;
      return;
    }
    ++(o == ys::none ? sum.not_member : o == ys::unknown ? sum.unknown : sum.in_role);
    auto& ex = sp.exists[g];
    if (ex.empty()) ex.assign(10000, false);
    ex[static_cast<std::size_t>(m.year)] = true;
    const auto row = static_cast<std::uint32_t>(v[rule.unpivot ? value_col : 0].row);
    sp.seen[g].push_back({m.member, row, static_cast<std::int16_t>(m.year), m.raw, raw, o});
  }

  // The note of a spell that begins in `year` (see spell_rule::note), or "".
  std::string note_of(std::size_t g, int year) {
    const auto& s = *rule.members;
    if (!s.note || (s.note_before && year >= *s.note_before)) return {};
    row_cells syn(tab.header.size(), csv_in::cell{{}, 0, 0});
    const std::string y = std::to_string(year);
    syn[group_col].text = group_keys[g];
    if (s.year.from == cell_rule::origin::column && tab.column(s.year.text) < syn.size()) syn[tab.column(s.year.text)].text = y;
    bool failed = false;
    return im->value_of(*s.note, syn, "members/note", "", failed).value_or("");
  }

  membership spell(std::size_t g, const ys::run& r) {
    membership m;
    m.member = party_id{sp.members[r.member]};
    m.status_unknown = r.outcome == ys::unknown;
    if (!m.status_unknown) m.role = static_cast<membership_role>(r.outcome);
    m.period.from = partial_date{r.first};
    if (!(rule.members->open_at_end && r.last == sp.last_year)) m.period.to = partial_date{r.last};
    // The table's own words: member, organisation, years, status.
    const std::string who = r.raw_member == ys::gap ? sp.members[r.member] : sp.raw_members[r.raw_member];
    std::string q = who + " " + group_keys[g] + " " + std::to_string(r.first) + (r.last != r.first ? "–" + std::to_string(r.last) : "") + ": " +
                    (r.raw_role == ys::gap ? "no row in the table" : sp.raw_roles[r.raw_role]);
    if (const auto note = note_of(g, r.first); !note.empty()) q += "; " + note;
    cut_utf8(q, max_quote_length);
    m.citations.push_back(citation{map.source.id, std::move(q)});
    return m;
  }

  // Every group's spells, and the counts; problems for repeated rows.
  void make_spells(import_summary& total) {
    for (auto* list : {&sp.covered, &sp.raw_covered})
      for (auto& years : *list) {
        std::sort(years.begin(), years.end());
        years.erase(std::unique(years.begin(), years.end()), years.end());
      }
    // A member's gap is a gap of the table only where no text that named the member has a row
    // that year: COW's 365 names the Soviet Union to 1991 and Russia after, and Russia's years
    // 1922-1991 are the Soviet Union's rows, not years without one.
    const auto table_has_row = [&](std::uint32_t m, int y) {
      for (const auto raw : sp.raws_of[m])
        if (std::binary_search(sp.raw_covered[raw].begin(), sp.raw_covered[raw].end(), static_cast<std::int16_t>(y))) return true;
      return false;
    };
    const auto gaps = ys::gaps_of(sp.covered);
    for (std::size_t g = 0; g < out.size(); ++g) {
      const auto& ex = sp.exists[g];
      total.gap_years += ys::add_gap_years(sp.seen[g], gaps, [&](std::uint32_t m, int y) {
        return !ex.empty() && ex[static_cast<std::size_t>(y)] && !table_has_row(m, y);
      });
      std::vector<ys::duplicate> dups;
      const auto runs = ys::runs_of(sp.seen[g], dups, total.merged);
      const std::string label = detail::record_label<party>(out[g].id.value);
      for (const auto& d : dups)
        probs.push_back({errc::duplicate_id, label, in.file + ":" + std::to_string(d.row),
                         "member '" + sp.members[d.member] + "' appears twice in " + std::to_string(d.year)});
      for (const auto& r : runs) {
        out[g].members.push_back(spell(g, r));
        total.unknown_spells += r.outcome == ys::unknown;
      }
      total.spells += runs.size();
      std::vector<ys::obs>().swap(sp.seen[g]);
    }
  }

  // Adds the records read (and their countries) to the import; `parties` gets the ids of
  // the countries read, `others` those of the other parties.
  void finish(dataset_builder& b, import_summary& total, std::set<std::string>& countries,
              std::map<std::string, const state_info*, std::less<>>& states, std::set<std::string>& parties, std::set<std::string>& others) {
    if (!im) return;
    if constexpr (std::is_same_v<R, party>)
      if (rule.members) make_spells(total);
    countries.insert(im->countries.begin(), im->countries.end());
    states.insert(im->states.begin(), im->states.end());
    if constexpr (std::is_same_v<R, party>)
      for (const auto& p : out) (p.kind == party_kind::country ? parties : others).insert(p.id.value);
    total.records += out.size();
    b.add(std::move(out));
  }
};

}  // namespace regcoop::detail::table_in

REGCOOP_STRING_WARNINGS_END
