#pragma once
/// @file regcoop/query/succession.hpp
/// @brief Parties over time: who continued or replaced whom (`party::successors`) — the Soviet
/// Union and its fifteen successor states, EurAsEC and the EAEU — read forwards, backwards,
/// and transitively, and the cycles a curator should look at.
///
/// The model (docs/data.md, "Parties over time"): a party that only changed its name (the
/// Turkic Council that became the Organization of Turkic States, the EEC that became the EC) is
/// one party whose former names are aliases; a party that ended and whose place one or more
/// others took (a union dissolved into its republics, an organisation merged into another or
/// terminated by the treaty of its successor: CACO → EurAsEC → EAEU) is its own party that
/// names them in `successors`, with its own `founded`, `dissolved` and member spells.

#include "regcoop/dataset/dataset.hpp"
#include "regcoop/model/records.hpp"

#include <boost/describe/enum.hpp>

#include <algorithm>
#include <cstddef>
#include <vector>

namespace regcoop {

/// How far `successors_of` and `predecessors_of` follow the links.
BOOST_DEFINE_ENUM_CLASS(succession_depth,
                        direct,      ///< the parties linked to it by one `successors` entry
                        transitive)  ///< also theirs, and so on (each once; cycles end the walk)

namespace detail {
// Appends to `out` the parties linked to `start` by `next(party, push)`, breadth-first, each once,
// never `start` itself; one level unless `depth` is transitive. O(parties reached · links).
template <class Next>
std::vector<party_id> follow_succession(const dataset& ds, const party_id& start, succession_depth depth, Next next) {
  (void)ds.at(start);  // throws unknown_id
  std::vector<party_id> out;
  const auto push = [&](const party_id& q) {
    if (q != start && std::find(out.begin(), out.end(), q) == out.end()) out.push_back(q);
  };
  next(ds.at(start), push);
  if (depth == succession_depth::transitive)
    for (std::size_t i = 0; i < out.size(); ++i)
      if (const party* q = ds.find(out[i])) next(*q, push);
  return out;
}
}  // namespace detail

/// The parties that continued `p` or took its place: its `successors` in their order, and with
/// `succession_depth::transitive` their successors in turn, breadth-first (nearest first), each
/// once, never `p` itself (a cycle back to `p` ends there; `succession_cycles` reports it).
/// `successors_of(ds, {"CACO"}, succession_depth::transitive)` is EurAsEC, then the EAEU.
/// O(parties reached · their successors); for direct, O(successors of `p`).
/// @throws regcoop::error (`unknown_id`) when `p` is not in `ds`.
[[nodiscard]] inline std::vector<party_id> successors_of(const dataset& ds, const party_id& p,
                                                         succession_depth depth = succession_depth::direct) {
  return detail::follow_succession(ds, p, depth, [](const party& q, auto& push) {
    for (const auto& s : q.successors) push(s);
  });
}

/// The parties `p` continued or replaced: those that name `p` among their `successors`, in
/// dataset order, and with `succession_depth::transitive` their predecessors in turn,
/// breadth-first, each once, never `p` itself. `predecessors_of(ds, {"KZ"})` is the Soviet
/// Union when the data names it. Reads the dataset's party index: O(records referring to each
/// party reached · their successors).
/// @throws regcoop::error (`unknown_id`) when `p` is not in `ds`.
[[nodiscard]] inline std::vector<party_id> predecessors_of(const dataset& ds, const party_id& p,
                                                           succession_depth depth = succession_depth::direct) {
  const auto rows = ds.parties();
  return detail::follow_succession(ds, p, depth, [&](const party& q, auto& push) {
    for (const auto i : ds.referring_to<party>(q.id)) {
      const auto& s = rows[i].successors;
      if (std::find(s.begin(), s.end(), q.id) != s.end()) push(rows[i].id);
    }
  });
}

/// Cycles of succession links (A names B and B names A): at least one
/// through every group of parties that succeed each other in a circle (those a depth-first walk
/// in dataset order meets), each once, as the path of its parties from the one first in dataset
/// order (A, B: B's successors lead back to A). A valid dataset may hold them; the integrity
/// report lists them, since nothing succeeds itself. O(parties + successor links · cycle length).
[[nodiscard]] inline std::vector<std::vector<party_id>> succession_cycles(const dataset& ds) {
  const auto rows = ds.parties();
  const std::size_t n = rows.size();
  enum class mark : unsigned char { fresh, open, done };
  std::vector<mark> state(n, mark::fresh);
  std::vector<std::size_t> path;
  std::vector<std::vector<party_id>> out;
  // Iterative depth-first search: (party, next successor to look at).
  std::vector<std::pair<std::size_t, std::size_t>> stack;
  for (std::size_t root = 0; root < n; ++root) {
    if (state[root] != mark::fresh) continue;
    stack.push_back({root, 0});
    state[root] = mark::open;
    path.push_back(root);
    while (!stack.empty()) {
      auto& [v, k] = stack.back();
      const auto& succ = rows[v].successors;
      if (k == succ.size()) {
        state[v] = mark::done;
        path.pop_back();
        stack.pop_back();
        continue;
      }
      const auto w = ds.position(succ[k++]);
      if (!w) continue;
      if (state[*w] == mark::open) {  // back edge: the cycle is the path from w on
        const auto at = std::find(path.begin(), path.end(), *w);
        std::vector<std::size_t> cyc(at, path.end());
        std::rotate(cyc.begin(), std::min_element(cyc.begin(), cyc.end()), cyc.end());
        std::vector<party_id> ids;
        for (const auto x : cyc) ids.push_back(rows[x].id);
        if (std::find(out.begin(), out.end(), ids) == out.end()) out.push_back(std::move(ids));
      } else if (state[*w] == mark::fresh) {
        state[*w] = mark::open;
        path.push_back(*w);
        stack.push_back({*w, 0});
      }
    }
  }
  return out;
}

}  // namespace regcoop
