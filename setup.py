"""pip's way to build and install the Python module regcoop from a checkout, with no network:

    python3 -m venv --system-site-packages ENV && ENV/bin/pip install --no-build-isolation --no-index .

(or, for Debian's own python3, `pip install --no-build-isolation --break-system-packages .`).
It runs CMake on this tree (the python/ project, Release, nothing else built) and installs the
package `regcoop` with its native part, type stubs and py.typed. Needs what the CMake build
needs (Debian 12: cmake, g++, libboost1.81-dev, libboost-json1.81-dev, pybind11-dev,
python3-pybind11) and python3-setuptools; numpy at run time, pandas for DataFrames. The
`python` CMake preset and `cmake --install BUILD --component python` do the same without pip.
"""
import re
import shutil
import subprocess
import sys
from pathlib import Path

from setuptools import Extension, setup
from setuptools.command.build_ext import build_ext

ROOT = Path(__file__).resolve().parent


def version() -> str:
    """The library's version, from include/regcoop/version.hpp (as CMake reads it)."""
    text = (ROOT / "include" / "regcoop" / "version.hpp").read_text()
    return ".".join(re.search(rf"#define REGCOOP_VERSION_{p} ([0-9]+)", text).group(1) for p in ("MAJOR", "MINOR", "PATCH"))


class CMakeBuild(build_ext):
    """Builds the extension with the tree's CMake project instead of setuptools' compiler calls."""

    def build_extension(self, ext: Extension) -> None:
        out = Path(self.get_ext_fullpath(ext.name)).resolve()
        build = Path(self.build_temp).resolve() / "cmake"
        subprocess.run(["cmake", "-S", str(ROOT), "-B", str(build), "-DCMAKE_BUILD_TYPE=Release",
                        "-DREGCOOP_BUILD_TESTS=OFF", "-DREGCOOP_BUILD_EXAMPLES=OFF", "-DREGCOOP_BUILD_TOOLS=OFF",
                        "-DREGCOOP_INSTALL=OFF", "-DREGCOOP_WARNINGS_AS_ERRORS=OFF", "-DREGCOOP_BUILD_PYTHON=ON",
                        "-DBUILD_TESTING=OFF", f"-DPython_EXECUTABLE={sys.executable}"], check=True)
        subprocess.run(["cmake", "--build", str(build), "--target", "regcoop_python_module", "--parallel"], check=True)
        built = sorted((build / "python" / "regcoop").glob("_regcoop*.so"))
        if not built:
            raise RuntimeError(f"the CMake build made no _regcoop module in {build / 'python' / 'regcoop'}")
        out.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(built[0], out)


setup(
    name="regcoop",
    version=version(),
    description="Regional cooperation data with day-precise, three-valued answers, from the C++ library regcoop",
    license="BSL-1.0",
    packages=["regcoop"],
    package_dir={"": "python"},
    package_data={"regcoop": ["__init__.pyi", "py.typed"]},
    ext_modules=[Extension("regcoop._regcoop", sources=[])],
    cmdclass={"build_ext": CMakeBuild},
    install_requires=["numpy"],
    extras_require={"pandas": ["pandas"]},
    python_requires=">=3.9",
    zip_safe=False,
)
