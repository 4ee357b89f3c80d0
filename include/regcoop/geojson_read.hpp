#pragma once
/// @file regcoop/geojson_read.hpp
/// @brief Moved to `regcoop/io/geojson_read.hpp`. This path forwards there for the 0.1 series only
/// (CHANGELOG); include the new path.

#include "regcoop/io/geojson_read.hpp"
