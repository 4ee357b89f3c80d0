"""The Python the documents show and the examples under examples/python/, run as written:
every ```python block of README.md and docs/guide.md (each in a fresh namespace, from a scratch
folder), and every example script (its output checked for what its docstring promises)."""

import os
import re
import subprocess
import sys

import pytest

import regcoop

SOURCE = os.path.abspath(os.environ.get("REGCOOP_SOURCE_DIR", os.path.join(os.path.dirname(__file__), "..", "..")))
EXAMPLES = os.path.join(SOURCE, "examples", "python")


def python_blocks(doc):
    with open(os.path.join(SOURCE, doc), encoding="utf-8") as f:
        text = f.read()
    # The blocks that use the module (the others are pandas recipes for the CSV export, run by
    # tests/check_pandas.py).
    blocks = re.findall(r"^```python\n(.*?)^```", text, flags=re.S | re.M)
    return [b for b in blocks if "import regcoop" in b]


BLOCKS = [(doc, i, code) for doc in ("README.md", "docs/guide.md") for i, code in enumerate(python_blocks(doc))]


def test_the_documents_have_python():
    docs = {doc for doc, _, _ in BLOCKS}
    assert docs == {"README.md", "docs/guide.md"}


@pytest.mark.parametrize("doc,i,code", BLOCKS, ids=[f"{d}#{i}" for d, i, _ in BLOCKS])
def test_document_block_runs(doc, i, code, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    exec(compile(code, f"{doc} python block {i}", "exec"), {"__name__": "__doc__"})


def run_example(name, *args, cwd=None):
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(sys.path))
    return subprocess.run([sys.executable, os.path.join(EXAMPLES, name), *args], check=True, capture_output=True,
                          text=True, env=env, cwd=cwd).stdout


def test_example_memberships_panel():
    out = run_example("memberships_panel.py")
    assert "330 dyad-years (5 countries, 33 years)" in out


def test_example_route_on_a_date():
    out = run_example("route_on_a_date.py")
    assert "CN → KZ → RU → BY → PL → DE: 9808 km, 266.0 h" in out  # 218.0 h running + 2 × 24 h
    assert "RU" not in out.split("\n\n")[1].split("\n")[0]  # the second route avoids Russia


def test_example_scenario():
    out = run_example("scenario.py")
    assert "KG UZ  customs_union  EAEU" in out


def test_example_chart(tmp_path):
    pytest.importorskip("matplotlib")
    png = tmp_path / "m.png"
    run_example("chart.py", str(png))
    with open(png, "rb") as f:
        assert f.read(8) == b"\x89PNG\r\n\x1a\n"
