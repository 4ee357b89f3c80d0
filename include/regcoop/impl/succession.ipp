#pragma once
/// @file impl/succession.ipp
/// @brief Definitions of the questions declared in `regcoop/query/succession.hpp`. Included by that
/// header in header-only mode and by `regcoop/src.hpp` under REGCOOP_SEPARATE_COMPILATION.

#include "regcoop/query/succession.hpp"
#include "regcoop/detail/refs.hpp"
#include "regcoop/model/records.hpp"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

namespace regcoop {

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

}  // namespace regcoop

namespace regcoop {

REGCOOP_DECL std::vector<party_id> successors_of(const dataset& ds, const party_id& p,
                                                 succession_depth depth) {
  return detail::follow_succession(ds, p, depth, [](const party& q, auto& push) {
    for (const auto& s : q.successors) push(s);
  });
}

REGCOOP_DECL std::vector<party_id> predecessors_of(const dataset& ds, const party_id& p,
                                                   succession_depth depth) {
  const auto rows = ds.parties();
  return detail::follow_succession(ds, p, depth, [&](const party& q, auto& push) {
    for (const auto i : ds.referring_to<party>(q.id)) {
      const auto& s = rows[i].successors;
      if (std::find(s.begin(), s.end(), q.id) != s.end()) push(rows[i].id);
    }
  });
}

REGCOOP_DECL std::vector<std::vector<party_id>> succession_cycles(const dataset& ds) {
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
