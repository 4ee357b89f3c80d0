# `pip install --no-build-isolation --no-index <checkout>` into a fresh venv that sees the
# system's packages (numpy, pandas), then README's one-line check with the venv's python: the
# eight SCO members of 2017-07-01, from the package pip installed (not the build tree's).
#   cmake -DSOURCE=<checkout> -DWORK=<scratch> -DPYTHON=/usr/bin/python3 -P pip.cmake
file(REMOVE_RECURSE ${WORK})
execute_process(COMMAND ${PYTHON} -m venv --system-site-packages ${WORK}/venv RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "python3 -m venv failed (Debian: apt-get install python3-venv)")
endif()
execute_process(COMMAND ${CMAKE_COMMAND} -E env --unset=PYTHONPATH
                        ${WORK}/venv/bin/pip install --no-build-isolation --no-index ${SOURCE}
                RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "pip install --no-build-isolation --no-index ${SOURCE} failed (above)")
endif()
execute_process(COMMAND ${CMAKE_COMMAND} -E env --unset=PYTHONPATH ${WORK}/venv/bin/python -c
                        "import regcoop; m = regcoop.load('eurasian-organisations').members('SCO', on='2017-07-01'); print(regcoop.__file__); print(m); assert len(m) == 8, len(m)"
                WORKING_DIRECTORY ${WORK} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
message(STATUS "${out}${err}")
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "the installed package does not answer")
endif()
if(NOT out MATCHES "^${WORK}/venv/lib/")
  message(FATAL_ERROR "regcoop was imported from outside the venv: ${out}")
endif()
