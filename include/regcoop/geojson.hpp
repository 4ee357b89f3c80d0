#pragma once
/// @file regcoop/geojson.hpp
/// @brief Moved to `regcoop/io/geojson.hpp`. This path forwards there for the 0.1 series only
/// (CHANGELOG); include the new path.

#include "regcoop/io/geojson.hpp"
