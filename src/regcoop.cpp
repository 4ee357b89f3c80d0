// The one translation unit of regcoop's separate compilation: the target regcoop::compiled
// (a static library) is this file, compiled with REGCOOP_SEPARATE_COMPILATION, which the
// target passes on to every program that links it. See regcoop/src.hpp.
#include <regcoop/src.hpp>
