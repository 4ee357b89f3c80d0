// Compile-time benchmark program 1 again, through the umbrella header: every record type and
// the dataset, as a program that includes <regcoop/regcoop.hpp> instead of what it uses sees them.
#include <regcoop/regcoop.hpp>

#include "membership.cpp"
