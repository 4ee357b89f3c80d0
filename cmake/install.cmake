# Install rules: headers, the exported target set, the package config and version files.
include(GNUInstallDirs)
include(CMakePackageConfigHelpers)

set(REGCOOP_CMAKE_DIR "${CMAKE_INSTALL_DATADIR}/cmake/regcoop"
    CACHE STRING "Where regcoopConfig.cmake is installed, relative to the prefix")

install(TARGETS regcoop EXPORT regcoopTargets)
install(DIRECTORY include/regcoop DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})
install(EXPORT regcoopTargets NAMESPACE regcoop:: DESTINATION ${REGCOOP_CMAKE_DIR})
if(REGCOOP_HAS_JSON)
  install(TARGETS regcoop_json EXPORT regcoopJsonTargets)
  install(EXPORT regcoopJsonTargets NAMESPACE regcoop:: DESTINATION ${REGCOOP_CMAKE_DIR})
endif()

configure_package_config_file(
  ${CMAKE_CURRENT_LIST_DIR}/regcoopConfig.cmake.in
  ${CMAKE_CURRENT_BINARY_DIR}/regcoopConfig.cmake
  INSTALL_DESTINATION ${REGCOOP_CMAKE_DIR})
write_basic_package_version_file(
  ${CMAKE_CURRENT_BINARY_DIR}/regcoopConfigVersion.cmake
  COMPATIBILITY SameMajorVersion
  ARCH_INDEPENDENT)
install(FILES
  ${CMAKE_CURRENT_BINARY_DIR}/regcoopConfig.cmake
  ${CMAKE_CURRENT_BINARY_DIR}/regcoopConfigVersion.cmake
  DESTINATION ${REGCOOP_CMAKE_DIR})
