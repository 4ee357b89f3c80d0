# Runs a command, saves its stdout to a file, then runs a reader (GDAL's ogrinfo, Graphviz's
# dot) on that file and checks the reader's exit code and output.
#   cmake -DCMD="prog|arg|..." -DFILE=out.geojson -DREADER="ogrinfo|-ro|-al|-so" [-DEXPECT=regex] -P output_opens.cmake
string(REPLACE "|" ";" CMD "${CMD}")
string(REPLACE "|" ";" READER "${READER}")
execute_process(COMMAND ${CMD} RESULT_VARIABLE rc OUTPUT_FILE ${FILE} ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "the command failed (${rc}):\n${err}")
endif()
execute_process(COMMAND ${READER} ${FILE} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "the reader refused ${FILE} (${rc}):\n${out}\n${err}")
endif()
if(DEFINED EXPECT AND NOT out MATCHES "${EXPECT}")
  message(FATAL_ERROR "the reader's output does not match '${EXPECT}':\n${out}")
endif()
