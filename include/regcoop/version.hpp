#pragma once
/// @file version.hpp
/// @brief The library version; matches `project(regcoop VERSION ...)` in CMakeLists.txt.

#include "regcoop/config.hpp"

/// Major version: incompatible API changes.
#define REGCOOP_VERSION_MAJOR 0
/// Minor version: compatible additions.
#define REGCOOP_VERSION_MINOR 1
/// Patch version: fixes.
#define REGCOOP_VERSION_PATCH 0
/// The version as one number, major * 10000 + minor * 100 + patch.
#define REGCOOP_VERSION (REGCOOP_VERSION_MAJOR * 10000 + REGCOOP_VERSION_MINOR * 100 + REGCOOP_VERSION_PATCH)
