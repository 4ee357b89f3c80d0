#pragma once
/// @file regcoop/lookup.hpp
/// @brief Moved to `regcoop/dataset/lookup.hpp`. This path forwards there for the 0.1 series only
/// (CHANGELOG); include the new path.

#include "regcoop/dataset/lookup.hpp"
