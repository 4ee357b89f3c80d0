#pragma once
/// @file regcoop/dataset.hpp
/// @brief Moved to `regcoop/dataset/dataset.hpp`. This path forwards there for the 0.1 series only
/// (CHANGELOG); include the new path.

#include "regcoop/dataset/dataset.hpp"
