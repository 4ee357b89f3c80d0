#pragma once
/// @file regcoop/mapping_schema.hpp
/// @brief Moved to `regcoop/io/mapping_schema.hpp`. This path forwards there for the 0.1 series only
/// (CHANGELOG); include the new path.

#include "regcoop/io/mapping_schema.hpp"
