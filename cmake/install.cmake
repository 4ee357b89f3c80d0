# Install rules: headers, the exported target set, the package config and version files,
# pkg-config, and CPack packaging (Debian: regcoop-dev_<version>_all.deb).
include(CMakePackageConfigHelpers)

set(REGCOOP_CMAKE_DIR "${CMAKE_INSTALL_DATADIR}/cmake/regcoop"
    CACHE STRING "Where regcoopConfig.cmake is installed, relative to the prefix")
set(REGCOOP_DATA_INSTALL_DIR "${CMAKE_INSTALL_DATADIR}/regcoop"
    CACHE STRING "Where the datasets, schemas and mappings are installed, relative to the prefix")

install(TARGETS regcoop EXPORT regcoopTargets COMPONENT dev)
install(DIRECTORY include/regcoop DESTINATION ${CMAKE_INSTALL_INCLUDEDIR} COMPONENT dev)
install(EXPORT regcoopTargets NAMESPACE regcoop:: DESTINATION ${REGCOOP_CMAKE_DIR} COMPONENT dev)
if(REGCOOP_HAS_JSON)
  install(TARGETS regcoop_json EXPORT regcoopJsonTargets COMPONENT dev)
  install(EXPORT regcoopJsonTargets NAMESPACE regcoop:: DESTINATION ${REGCOOP_CMAKE_DIR} COMPONENT dev)
endif()

configure_package_config_file(
  ${CMAKE_CURRENT_LIST_DIR}/regcoopConfig.cmake.in
  ${CMAKE_CURRENT_BINARY_DIR}/regcoopConfig.cmake
  INSTALL_DESTINATION ${REGCOOP_CMAKE_DIR}
  PATH_VARS REGCOOP_DATA_INSTALL_DIR)
write_basic_package_version_file(
  ${CMAKE_CURRENT_BINARY_DIR}/regcoopConfigVersion.cmake
  COMPATIBILITY SameMajorVersion
  ARCH_INDEPENDENT)
install(FILES
  ${CMAKE_CURRENT_BINARY_DIR}/regcoopConfig.cmake
  ${CMAKE_CURRENT_BINARY_DIR}/regcoopConfigVersion.cmake
  DESTINATION ${REGCOOP_CMAKE_DIR} COMPONENT dev)

# pkg-config: header-only, so regcoop.pc gives Cflags only; regcoop-json.pc (the JSON
# component, regcoop/io/json.hpp and the readers) adds Boost.JSON's library. Boost has no .pc
# file, so its headers and libboost_json must be on the default paths (as Debian's
# libboost1.81-dev and libboost-json1.81-dev put them) and Libs names the library itself.
configure_file(${CMAKE_CURRENT_LIST_DIR}/regcoop.pc.in ${CMAKE_CURRENT_BINARY_DIR}/regcoop.pc @ONLY)
configure_file(${CMAKE_CURRENT_LIST_DIR}/regcoop-json.pc.in ${CMAKE_CURRENT_BINARY_DIR}/regcoop-json.pc @ONLY)
install(FILES ${CMAKE_CURRENT_BINARY_DIR}/regcoop.pc ${CMAKE_CURRENT_BINARY_DIR}/regcoop-json.pc
        DESTINATION ${CMAKE_INSTALL_DATADIR}/pkgconfig COMPONENT dev)

# The data: both datasets, the three schemas and the shipped mappings, in
# <prefix>/share/regcoop (regcoop_DATA_DIR in the CMake package, datadir in regcoop.pc).
install(FILES data/china-central-asia.json data/eurasian-organisations.json
              data/regcoop.schema.json data/scenario.schema.json data/mapping.schema.json
        DESTINATION ${REGCOOP_DATA_INSTALL_DIR} COMPONENT dev)
install(DIRECTORY data/mappings/ DESTINATION ${REGCOOP_DATA_INSTALL_DIR}/mappings COMPONENT dev
        FILES_MATCHING PATTERN "*.json")
# The source of regcoop::compiled: the installed package builds that static library in the
# consumer's project, with the consumer's compiler and flags (regcoopConfig.cmake).
install(FILES src/regcoop.cpp DESTINATION ${REGCOOP_DATA_INSTALL_DIR}/src COMPONENT dev)

# CPack: `cpack -G DEB` in the build directory makes regcoop-dev_<version>_all.deb (headers,
# CMake and pkg-config files, data) and, when the CLI is built, regcoop-cli_<version>_<arch>.deb.
set(CPACK_PACKAGE_NAME regcoop)
set(CPACK_PACKAGE_VENDOR "regcoop")
set(CPACK_PACKAGE_CONTACT "regcoop maintainers <regcoop@users.noreply.github.com>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_SOURCE_DIR}/LICENSE)
set(CPACK_DEB_COMPONENT_INSTALL ON)
set(CPACK_COMPONENTS_GROUPING IGNORE)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION libdevel)
set(CPACK_DEBIAN_DEV_PACKAGE_NAME regcoop-dev)
set(CPACK_DEBIAN_DEV_PACKAGE_ARCHITECTURE all)
set(CPACK_DEBIAN_DEV_PACKAGE_DEPENDS "libboost1.81-dev")
set(CPACK_DEBIAN_DEV_PACKAGE_RECOMMENDS "libboost-json1.81-dev")
set(CPACK_DEBIAN_CLI_PACKAGE_NAME regcoop-cli)
set(CPACK_DEBIAN_CLI_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_CLI_PACKAGE_SECTION science)
set(CPACK_COMPONENTS_ALL dev)
if(REGCOOP_HAS_JSON AND REGCOOP_BUILD_TOOLS)
  list(APPEND CPACK_COMPONENTS_ALL cli)
endif()
include(CPack)
