#pragma once
/// @file regcoop/table_mapping.hpp
/// @brief Moved to `regcoop/io/table_mapping.hpp`. This path forwards there for the 0.1 series only
/// (CHANGELOG); include the new path.

#include "regcoop/io/table_mapping.hpp"
