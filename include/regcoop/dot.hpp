#pragma once
/// @file regcoop/dot.hpp
/// @brief Moved to `regcoop/io/dot.hpp`. This path forwards there for the 0.1 series only
/// (CHANGELOG); include the new path.

#include "regcoop/io/dot.hpp"
