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
#include "regcoop/model/enum.hpp"
#include "regcoop/model/id.hpp"

#include <boost/describe/enum.hpp>

#include <vector>

namespace regcoop {

/// How far `successors_of` and `predecessors_of` follow the links.
BOOST_DEFINE_ENUM_CLASS(succession_depth,
                        direct,      ///< the parties linked to it by one `successors` entry
                        transitive)  ///< also theirs, and so on (each once; cycles end the walk)

/// The parties that continued `p` or took its place: its `successors` in their order, and with
/// `succession_depth::transitive` their successors in turn, breadth-first (nearest first), each
/// once, never `p` itself (a cycle back to `p` ends there; `succession_cycles` reports it).
/// `successors_of(ds, {"CACO"}, succession_depth::transitive)` is EurAsEC, then the EAEU.
/// O(parties reached · their successors); for direct, O(successors of `p`).
/// @throws regcoop::error (`unknown_id`) when `p` is not in `ds`.
[[nodiscard]] REGCOOP_DECL std::vector<party_id> successors_of(const dataset& ds, const party_id& p,
                                                               succession_depth depth = succession_depth::direct);

/// The parties `p` continued or replaced: those that name `p` among their `successors`, in
/// dataset order, and with `succession_depth::transitive` their predecessors in turn,
/// breadth-first, each once, never `p` itself. `predecessors_of(ds, {"KZ"})` is the Soviet
/// Union when the data names it. Reads the dataset's party index: O(records referring to each
/// party reached · their successors).
/// @throws regcoop::error (`unknown_id`) when `p` is not in `ds`.
[[nodiscard]] REGCOOP_DECL std::vector<party_id> predecessors_of(const dataset& ds, const party_id& p,
                                                                 succession_depth depth = succession_depth::direct);

/// Cycles of succession links (A names B and B names A): at least one
/// through every group of parties that succeed each other in a circle (those a depth-first walk
/// in dataset order meets), each once, as the path of its parties from the one first in dataset
/// order (A, B: B's successors lead back to A). A valid dataset may hold them; the integrity
/// report lists them, since nothing succeeds itself. O(parties + successor links · cycle length).
[[nodiscard]] REGCOOP_DECL std::vector<std::vector<party_id>> succession_cycles(const dataset& ds);

}  // namespace regcoop

#if !defined(REGCOOP_SEPARATE_COMPILATION)
#include "regcoop/impl/succession.ipp"
#endif
