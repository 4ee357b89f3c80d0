#pragma once
/// @file impl/csv_read.ipp
/// @brief Definitions of the CSV folder reader and writer declared in `regcoop/io/csv_read.hpp`.
/// Included by that header in header-only mode and by `regcoop/src.hpp` under
/// REGCOOP_SEPARATE_COMPILATION.

#include "regcoop/io/csv_read.hpp"

#include <fstream>

REGCOOP_STRING_WARNINGS_BEGIN

namespace regcoop::detail::csv_in {

REGCOOP_DECL std::vector<std::vector<owned_cell>> tokenize(std::string_view t, const std::string& file, std::vector<problem>& probs) {
  std::vector<std::vector<owned_cell>> rows;
  for_each_row(t, file, probs, [&](const std::vector<cell>& cells) {
    auto& r = rows.emplace_back();
    r.reserve(cells.size());
    for (const auto& c : cells) r.push_back({std::string(c.text), c.row, c.column});
  });
  return rows;
}

REGCOOP_DECL void attach_spells(std::vector<party>& parties, table_reader<membership_spell>& reader, attached_spells& out,
                          std::vector<problem>& probs) {
  boost::unordered_flat_map<std::string, std::size_t> pos;
  for (std::size_t i = 0; i < parties.size(); ++i) pos.emplace(parties[i].id.value, i);
  out.spells_of.assign(parties.size(), {});
  std::vector<bool> had_cell(parties.size());
  for (std::size_t i = 0; i < parties.size(); ++i) had_cell[i] = !parties[i].members.empty();
  for (const auto& c : columns<membership_spell>())
    if (const auto k = reader.column_place(c.name)) {
      if (out.header.size() < k) out.header.resize(k);
      out.header[k - 1] = c.name;
    }
  const auto fail = [&](const membership_spell& r, std::size_t row, std::string_view column, std::string msg) {
    const std::size_t col = out.column(column);
    probs.push_back({errc::dangling_reference, "parties/" + r.organisation.value,
                     out.file + ":" + std::to_string(row) + (col ? ":" + std::to_string(col) : std::string()) + " (" + std::string(column) + ")",
                     std::move(msg)});
  };
  // Rows with a read problem are not attached (the load fails; their values would only add noise).
  std::vector<bool> bad_row;
  const std::string head = out.file + ":";
  for (const auto& p : probs)
    if (p.field.rfind(head, 0) == 0) {
      std::size_t r = 0;
      const auto res = std::from_chars(p.field.data() + head.size(), p.field.data() + p.field.size(), r);
      if (res.ec == std::errc()) {
        if (bad_row.size() <= r) bad_row.resize(r + 1);
        bad_row[r] = true;
      }
    }
  for (std::size_t i = 0; i < reader.records.size(); ++i) {
    const membership_spell& r = reader.records[i];
    const std::size_t row = reader.rows[i];
    if (row < bad_row.size() && bad_row[row]) continue;
    const auto org = pos.find(r.organisation.value);
    if (org == pos.end()) {
      fail(r, row, "organisation", "parties.csv holds no party with id '" + r.organisation.value + "'");
      continue;
    }
    if (!pos.contains(r.member.value)) {
      fail(r, row, "member", "parties.csv holds no party with id '" + r.member.value + "'");
      continue;
    }
    if (had_cell[org->second]) {
      fail(r, row, "organisation", "the spells of '" + r.organisation.value +
                                       "' are in its 'members' cell of parties.csv too: give them in one place (memberships.csv)");
      continue;
    }
    parties[org->second].members.push_back(spell_of(r));
    out.spells_of[org->second].push_back(row);
  }
}

REGCOOP_DECL void locate_spells(const std::vector<party>& parties, const attached_spells& at, std::vector<problem>& ps, std::size_t from) {
  for (std::size_t i = from; i < ps.size(); ++i) {
    problem& p = ps[i];
    if (is_place(p.field) || p.record.rfind("parties/", 0) != 0 || p.field.rfind("members/", 0) != 0) continue;
    const std::string id = p.record.substr(8);
    std::size_t k = parties.size();
    for (std::size_t j = 0; j < parties.size(); ++j)
      if (parties[j].id.value == id) k = j;
    if (k == parties.size() || at.spells_of[k].empty()) continue;
    std::string_view rest = std::string_view(p.field).substr(8);
    std::size_t n = 0;
    const auto r = std::from_chars(rest.data(), rest.data() + rest.size(), n);
    if (r.ec != std::errc() || n >= at.spells_of[k].size()) continue;
    rest.remove_prefix(static_cast<std::size_t>(r.ptr - rest.data()));
    if (!rest.empty() && rest.front() == '/') rest.remove_prefix(1);
    std::string column(rest.substr(0, rest.find('/')));
    std::string_view after = rest.substr(column.size());  // "" or "/..." inside the column
    if (column == "period") {
      const std::string_view sub = after.empty() ? after : after.substr(1);
      column = sub.rfind("to", 0) == 0 ? "to" : "from";
      after = sub.find('/') == std::string_view::npos ? std::string_view() : sub.substr(sub.find('/'));
    }
    const std::string inner(after);
    std::string place = at.file + ":" + std::to_string(at.spells_of[k][n]);
    if (const auto col = at.column(column)) {
      place += ":" + std::to_string(col) + " (" + column + ")";
      if (!inner.empty()) p.message = inner + ": " + p.message;
    } else if (!rest.empty()) {
      place += " (" + std::string(rest) + ")";
    }
    p.field = std::move(place);
  }
}

}  // namespace regcoop::detail::csv_in

namespace regcoop {

namespace detail::csv_in {
// The folder exists, is a folder, can be listed and holds CSV files; a CSV file no record kind
// is named after is a problem of its own (added to `probs`). Throws for the rest.
inline void check_csv_folder(const std::filesystem::path& dir, std::vector<problem>& probs) {
  std::error_code ec;
  const auto st = std::filesystem::status(dir, ec);
  if (st.type() == std::filesystem::file_type::not_found)
    throw error(errc::io_error, "", dir.string(), "cannot open the folder " + quoted_path(dir) + ": it does not exist");
  if (!std::filesystem::is_directory(st))
    throw error(errc::io_error, "", dir.string(), quoted_path(dir) + " is not a folder");
  std::size_t files = 0;
  for (const auto& e : std::filesystem::directory_iterator(dir, ec)) {
    if (e.path().extension() != ".csv") continue;
    ++files;
    bool known = false;
    boost::mp11::mp_for_each<record_types>([&](auto rt) { known = known || e.path().stem() == collection_name<decltype(rt)>(); });
    known = known || e.path().stem() == "memberships";
    if (!known)
      probs.push_back({errc::unknown_field, "", e.path().string(), "no record kind is called '" + e.path().stem().string() + "'"});
  }
  if (ec) throw error(errc::io_error, "", dir.string(), "cannot read the folder " + quoted_path(dir) + ": " + ec.message());
  if (files == 0) throw error(errc::io_error, "", dir.string(), "the folder " + quoted_path(dir) + " holds no CSV file");
}

// Gives the validation problems `ps[from...]` their place in the folder's files (spells in
// memberships.csv, the rest in their record kind's file).
inline void locate_in_folder(const std::filesystem::path& dir, const std::vector<party>& parties_read, const attached_spells& spells,
                             std::vector<problem>& ps, std::size_t from) {
  locate_spells(parties_read, spells, ps, from);
  boost::mp11::mp_for_each<record_types>([&](auto rt) {
    using R = decltype(rt);
    const std::string prefix = std::string(collection_name<R>()) + "/";
    std::vector<problem*> mine;
    for (std::size_t i = from; i < ps.size(); ++i)
      if (ps[i].record.compare(0, prefix.size(), prefix) == 0 && !is_place(ps[i].field)) mine.push_back(&ps[i]);
    if (!mine.empty()) locate_in_file<R>(dir / (std::string(collection_name<R>()) + ".csv"), mine);
  });
}

// The read problems `probs` and then the validation problems of what was read (references,
// ranges, rules), leaving out a validation problem of a cell that already has a read problem;
// returns the number of read problems (the validation problems follow them).
inline std::size_t add_validation_problems(const dataset_builder& b, std::vector<problem>& probs) {
  const auto column_of = [](const problem& p) {
    const auto open = p.field.rfind(" (");
    return open == std::string::npos ? std::string() : p.field.substr(open + 2, p.field.size() - open - 3);
  };
  std::vector<std::string> read_cells;
  for (const auto& p : probs) {
    std::string col = column_of(p);
    std::replace(col.begin(), col.end(), '.', '/');
    read_cells.push_back(p.record + "|" + col);
  }
  const std::size_t read_count = probs.size();
  for (auto& p : b.check())
    if (std::find(read_cells.begin(), read_cells.end(), p.record + "|" + p.field) == read_cells.end()) probs.push_back(std::move(p));
  return read_count;
}
}  // namespace detail::csv_in

REGCOOP_DECL dataset load_csv_folder(const std::filesystem::path& dir) {
  namespace in = detail::csv_in;
  std::vector<problem> probs;
  in::check_csv_folder(dir, probs);
  dataset_builder b;
  bool whole_file_failed = false;
  // symlink_status: a link to nothing is a file the folder names, read (and refused) as such.
  const auto names_file = [](const std::filesystem::path& path) {
    std::error_code exists_ec;
    return std::filesystem::exists(std::filesystem::symlink_status(path, exists_ec));
  };
  std::vector<party> parties;
  boost::mp11::mp_for_each<record_types>([&](auto rt) {
    using R = decltype(rt);
    const auto path = dir / (std::string(collection_name<R>()) + ".csv");
    if (!names_file(path)) return;
    const std::string file = path.string();
    in::table_reader<R> reader(file, probs);
    if (!in::read_file_into(reader, path, file, probs)) whole_file_failed = true;
    if constexpr (std::is_same_v<R, party>) parties = std::move(reader.records);
    else b.add(std::move(reader.records));
  });
  // The spells of memberships.csv, in their organisations' `members` in row order.
  in::attached_spells spells;
  if (const auto path = dir / "memberships.csv"; names_file(path)) {
    spells.file = path.string();
    in::table_reader<membership_spell> reader(spells.file, probs);
    if (!in::read_file_into(reader, path, spells.file, probs)) whole_file_failed = true;
    else if (!names_file(dir / "parties.csv"))
      probs.push_back({errc::dangling_reference, "", spells.file, "memberships.csv lists spells, but the folder has no parties.csv"});
    else
      in::attach_spells(parties, reader, spells, probs);
  }
  if (spells.spells_of.empty()) spells.spells_of.assign(parties.size(), {});
  const std::vector<party> parties_read = parties;  // for placing validation problems
  b.add(std::move(parties));
  if (whole_file_failed) {
    std::erase_if(probs, [](const problem& p) { return !p.record.empty(); });  // keep the files' own problems
    throw error(std::move(probs));
  }
  if (probs.empty()) {
    try {
      return std::move(b).build();
    } catch (const error& e) {
      std::vector<problem> checked = e.problems();
      in::locate_in_folder(dir, parties_read, spells, checked, 0);
      throw error(std::move(checked));
    }
  }
  const std::size_t read_count = in::add_validation_problems(b, probs);
  in::locate_in_folder(dir, parties_read, spells, probs, read_count);
  throw error(std::move(probs));
}

REGCOOP_DECL void save_csv_folder(const dataset& ds, const std::filesystem::path& dir) {
  std::error_code ec;
  std::filesystem::create_directories(dir, ec);
  if (ec) throw error(errc::io_error, "", dir.string(), "cannot create the folder " + detail::quoted_path(dir) + ": " + ec.message());
  boost::mp11::mp_for_each<record_types>([&](auto rt) {
    using R = decltype(rt);
    if (ds.all<R>().empty()) return;
    const auto file = dir / (std::string(collection_name<R>()) + ".csv");
    std::ofstream out(file, std::ios::binary);
    write_csv_table<R>(out, ds);
    if (!out.flush()) throw error(errc::io_error, "", file.string(), "cannot write the file " + detail::quoted_path(file));
  });
  if (std::none_of(ds.parties().begin(), ds.parties().end(), [](const party& p) { return !p.members.empty(); })) return;
  const auto file = dir / "memberships.csv";
  std::ofstream out(file, std::ios::binary);
  write_memberships_csv(out, ds);
  if (!out.flush()) throw error(errc::io_error, "", file.string(), "cannot write the file " + detail::quoted_path(file));
}

}  // namespace regcoop


REGCOOP_STRING_WARNINGS_END
