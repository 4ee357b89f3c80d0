#pragma once
/// @file regcoop/project.hpp
/// @brief Moved to `regcoop/model/project.hpp`. This path forwards there for the 0.1 series only
/// (CHANGELOG); include the new path.

#include "regcoop/model/project.hpp"
