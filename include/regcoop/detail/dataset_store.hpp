#pragma once
/// @file detail/dataset_store.hpp
/// @brief What a `dataset` and a `dataset_builder` hold behind their pointer: the tables of
/// records with their id indexes, and the party index built with the dataset.

#include "regcoop/detail/party_index.hpp"
#include "regcoop/detail/tables.hpp"

namespace regcoop::detail {

/// The records of a dataset (or of a builder), and, once built, its party and spell index.
struct dataset_store {
  tables t;           ///< the records of each kind with their id indexes
  party_index refs;   ///< made by `dataset_builder::build`; empty in a builder
};

}  // namespace regcoop::detail
