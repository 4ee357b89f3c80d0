#pragma once
/// @file regcoop/csv_read.hpp
/// @brief Moved to `regcoop/io/csv_read.hpp`. This path forwards there for the 0.1 series only
/// (CHANGELOG); include the new path.

#include "regcoop/io/csv_read.hpp"
