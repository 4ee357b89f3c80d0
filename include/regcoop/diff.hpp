#pragma once
/// @file regcoop/diff.hpp
/// @brief Moved to `regcoop/dataset/diff.hpp`. This path forwards there for the 0.1 series only
/// (CHANGELOG); include the new path.

#include "regcoop/dataset/diff.hpp"
