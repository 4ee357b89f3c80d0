# Builds a consumer with the flags pkg-config gives for the installed regcoop.
#   cmake -DPREFIX=... -DCXX=... -DSOURCE=... -DOUT=... [-DPACKAGE=regcoop-json] -P build.cmake
# PACKAGE (default regcoop) is the .pc file asked for: `pkg-config --cflags --libs PACKAGE`.
# The program gets the data folder as REGCOOP_CONSUMER_DATA_DIR from
# `pkg-config --variable=datadir regcoop`, which must be a folder.
if(NOT PACKAGE)
  set(PACKAGE regcoop)
endif()
set(ENV{PKG_CONFIG_PATH} "${PREFIX}/share/pkgconfig")
execute_process(COMMAND pkg-config --cflags --libs ${PACKAGE} OUTPUT_VARIABLE flags RESULT_VARIABLE rc
                OUTPUT_STRIP_TRAILING_WHITESPACE)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "pkg-config --cflags --libs ${PACKAGE} failed")
endif()
execute_process(COMMAND pkg-config --variable=datadir regcoop OUTPUT_VARIABLE datadir RESULT_VARIABLE rc
                OUTPUT_STRIP_TRAILING_WHITESPACE)
if(NOT rc EQUAL 0 OR NOT IS_DIRECTORY "${datadir}")
  message(FATAL_ERROR "pkg-config --variable=datadir regcoop gives no folder: '${datadir}'")
endif()
message(STATUS "pkg-config --cflags --libs ${PACKAGE}: ${flags}; datadir: ${datadir}")
separate_arguments(flags UNIX_COMMAND "${flags}")
# The libraries after the source, as a user's command line puts them (--as-needed linkers).
execute_process(COMMAND ${CXX} ${SOURCE} -DREGCOOP_CONSUMER_DATA_DIR="${datadir}" -o ${OUT} ${flags} RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "compiling with pkg-config flags failed: ${flags}")
endif()
execute_process(COMMAND ${OUT} RESULT_VARIABLE rc OUTPUT_QUIET)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "the consumer failed")
endif()
