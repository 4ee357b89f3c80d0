#pragma once
/// @file regcoop/import_summary.hpp
/// @brief Moved to `regcoop/io/import_summary.hpp`. This path forwards there for the 0.1 series only
/// (CHANGELOG); include the new path.

#include "regcoop/io/import_summary.hpp"
