#pragma once
/// @file regcoop/merge.hpp
/// @brief Moved to `regcoop/dataset/merge.hpp`. This path forwards there for the 0.1 series only
/// (CHANGELOG); include the new path.

#include "regcoop/dataset/merge.hpp"
