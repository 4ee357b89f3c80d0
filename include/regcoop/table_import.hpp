#pragma once
/// @file regcoop/table_import.hpp
/// @brief Moved to `regcoop/io/table_import.hpp`. This path forwards there for the 0.1 series only
/// (CHANGELOG); include the new path.

#include "regcoop/io/table_import.hpp"
