"""Inputs that break other converters: each gets a clear answer here, and nothing is lost."""
import ast
import json
import os
import subprocess
import sys
import textwrap

import pytest

from torch2jittor import ConversionError, convert, convert_source
from torch2jittor.cli import main
from torch2jittor.notebook import convert_notebook


def cli(*args, stdin=None):
    proc = subprocess.run([sys.executable, "-m", "torch2jittor.cli", *args], input=stdin,
                          capture_output=True, timeout=300)
    return proc.returncode, proc.stdout, proc.stderr.decode("utf-8", "replace")


def test_python2_code_is_a_clear_error(tmp_path):
    path = tmp_path / "old.py"
    path.write_text("import torch\nprint 'hello'\n")
    out = tmp_path / "out.py"
    code, _, err = cli("convert", str(path), "-o", str(out))
    assert code == 2 and f"{path}:2:" in err and "syntax error" in err
    assert not out.exists()


def test_empty_file(tmp_path):
    path = tmp_path / "empty.py"
    path.write_text("")
    assert cli("convert", str(path))[:2] == (0, b"")


def test_tabs_are_kept():
    code = "import torch.nn as nn\n\n\nclass N(nn.Module):\n\tdef forward(self, x):\n\t\treturn nn.functional.relu(x, inplace=True)\n"
    assert convert(code) == (
        "from jittor import nn\n\n\nclass N(nn.Module):\n\tdef execute(self, x):\n\t\treturn nn.relu(x)\n"
    )


def test_crlf_file_round_trips(tmp_path):
    path = tmp_path / "crlf.py"
    path.write_bytes(b"import torch\r\n# note\r\ny = torch.flatten(x, 1)\r\n")
    out = tmp_path / "o.py"
    assert main(["convert", str(path), "-o", str(out), "-q"]) == 0
    assert out.read_bytes() == b"import jittor as jt\r\n# note\r\ny = jt.flatten(x, 1)\r\n"


def test_utf8_bom_is_kept(tmp_path):
    path = tmp_path / "bom.py"
    path.write_bytes("\ufeffimport torch\n# 注释\ny = torch.flatten(x)\n".encode("utf-8"))
    out = tmp_path / "o.py"
    assert main(["convert", str(path), "-o", str(out), "-q"]) == 0
    assert out.read_bytes() == "\ufeffimport jittor as jt\n# 注释\ny = jt.flatten(x)\n".encode("utf-8")


def test_undecodable_bytes_are_a_clear_error_and_nothing_is_written(tmp_path):
    path = tmp_path / "bad.py"
    original = b"import torch\n# caf\xe9\ny = torch.flatten(x)\n"  # latin-1 byte in a UTF-8 file
    path.write_bytes(original)
    out = tmp_path / "o.py"
    code, _, err = cli("convert", str(path), "-o", str(out))
    assert code == 2 and "bad.py:2" in err and "utf-8" in err
    assert not out.exists() and path.read_bytes() == original
    code, _, _ = cli("convert", str(path), "--in-place")
    assert code == 2 and path.read_bytes() == original


def test_deep_nesting():
    long_chain = "import torch\nx = " + " + ".join(["torch.flatten(a)"] * 3000) + "\n"
    assert convert(long_chain).count("jt.flatten(a)") == 3000
    nested = "import torch\nx = " + "(" * 180 + "torch.flatten(a)" + ")" * 180 + "\n"
    assert "jt.flatten(a)" in convert(nested)
    too_deep = "x = " + "(" * 1000 + "1" + ")" * 1000 + "\n"
    with pytest.raises(ConversionError):
        convert_source(too_deep)


def test_modern_syntax_match_fstring_walrus_decorators_annotations():
    code = textwrap.dedent('''\
        import functools
        import torch
        import torch.nn as nn


        def deco(fn):
            return functools.wraps(fn)(fn)


        @deco
        def f(x: torch.Tensor, mode: str) -> torch.Tensor:
            match mode:
                case "flat":
                    y = torch.flatten(x, 1)
                case {"kind": k} if (n := len(k)) > 1:
                    y = x
                case _:
                    y = x
            label = f"{mode!r:>{10}} {'nested' + f'{mode}'} {x.size(0)}"
            return y
    ''')
    out = convert(code)
    ast.parse(out)
    assert "def f(x: jt.Var, mode: str) -> jt.Var:" in out
    assert "y = jt.flatten(x, 1)" in out
    assert "case {\"kind\": k} if (n := len(k)) > 1:" in out
    # expressions inside f-strings are converted as any other code; the literal text is kept
    assert "label = f\"{mode!r:>{10}} {'nested' + f'{mode}'} {x.shape[0]}\"" in out
    assert convert(out) == out


def test_large_generated_file_converts_in_bounded_memory(tmp_path):
    block = textwrap.dedent('''\
        class Block{i}(nn.Module):
            def __init__(self):
                super().__init__()
                self.conv = nn.Conv2d(64, 64, kernel_size=3, padding=1, bias=False)  # conv
                self.bn = nn.BatchNorm2d(64)
                self.act = nn.ReLU(inplace=True)

            def forward(self, x):
                return self.act(self.bn(self.conv(x))) + torch.flatten(x, 1).sum()


    ''')
    parts = ["import torch\nimport torch.nn as nn\n\n\n"]
    size = 0
    i = 0
    while size < 2 * 1024 * 1024:
        parts.append(block.format(i=i))
        size += len(parts[-1])
        i += 1
    path = tmp_path / "huge.py"
    path.write_text("".join(parts))
    out = tmp_path / "huge_jt.py"
    script = textwrap.dedent(f"""
        import sys, time
        from torch2jittor.cli import main
        t = time.perf_counter()
        code = main(["convert", {str(path)!r}, "-o", {str(out)!r}, "-q"])
        # this process's own peak (getrusage's ru_maxrss keeps the forking parent's across exec)
        hwm = [line for line in open("/proc/self/status") if line.startswith("VmHWM:")][0]
        peak_mb = int(hwm.split()[1]) / 1024
        print(code, round(time.perf_counter() - t, 2), round(peak_mb))
    """)
    proc = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=600)
    code, seconds, peak_mb = proc.stdout.split()
    print(f"\n2 MB file ({i} classes, {size / 1e6:.1f} MB): {seconds} s, peak RSS {peak_mb} MB")
    assert code == "0", proc.stderr
    assert int(peak_mb) < 1024  # bounded: a few hundred bytes of tree per byte of input at most
    assert out.read_text().count("nn.Conv(64, 64") == i


def test_unreadable_file_does_not_stop_the_directory(tmp_path):
    src = tmp_path / "src"
    src.mkdir()
    (src / "a.py").write_text("import torch\ny = torch.flatten(x)\n")
    locked = src / "b.py"
    locked.write_text("import torch\n")
    locked.chmod(0)
    try:
        if os.access(locked, os.R_OK):  # root reads anything: make it unreadable another way
            locked.chmod(0o644)
            locked.unlink()
            locked.mkdir()  # a directory named b.py cannot be read as a file
            (locked / "inner.txt").write_text("x")
        out = tmp_path / "out"
        code, _, err = cli("convert", str(src), "-o", str(out))
        assert (out / "a.py").read_text() == "import jittor as jt\ny = jt.flatten(x)\n"
        if locked.is_file():
            assert code == 2 and "b.py" in err
    finally:
        if locked.is_file():
            locked.chmod(0o644)


def test_symlink_loop_is_not_followed(tmp_path):
    src = tmp_path / "src"
    src.mkdir()
    (src / "m.py").write_text("import torch\n")
    (src / "loop").symlink_to(src, target_is_directory=True)
    out = tmp_path / "out"
    code, _, _ = cli("convert", str(src), "-o", str(out))
    assert code == 0 and (out / "m.py").exists()
    assert not (out / "loop").exists()


def _notebook(cells):
    return json.dumps({
        "cells": cells, "metadata": {"kernelspec": {"name": "python3"}}, "nbformat": 4, "nbformat_minor": 5,
    }, indent=1) + "\n"


def _code(src, outputs=None):
    return {"cell_type": "code", "execution_count": 1, "metadata": {"tags": ["keep"]},
            "outputs": outputs or [], "source": src.splitlines(keepends=True)}


def test_notebook_converts_code_cells_and_keeps_the_rest(tmp_path):
    outputs = [{"name": "stdout", "output_type": "stream", "text": ["torch.flatten\n"]}]
    text = _notebook([
        {"cell_type": "markdown", "metadata": {}, "source": ["# torch.flatten(x) in prose stays\n"]},
        _code("%matplotlib inline\nimport torch\nimport torch.nn as nn\n!pip list\n"),
        _code("model = nn.Sequential(nn.Conv2d(3, 8, 3), nn.ReLU(inplace=True))\nif True:\n    %time y = torch.flatten(x, 1)\n", outputs),
        _code("%%bash\necho torch.flatten\n"),
    ])
    new_text, result = convert_notebook(text, "nb.ipynb")
    nb = json.loads(new_text)
    cells = nb["cells"]
    assert cells[0]["source"] == ["# torch.flatten(x) in prose stays\n"]
    # (the magic line keeps its torch.flatten: magics are left as written, so no jt import is needed)
    assert "".join(cells[1]["source"]) == "%matplotlib inline\nfrom jittor import nn\n!pip list\n"
    assert "".join(cells[2]["source"]) == (
        "model = nn.Sequential(nn.Conv(3, 8, 3), nn.ReLU())\nif True:\n    %time y = torch.flatten(x, 1)\n"
    )
    assert cells[2]["outputs"] == outputs and cells[2]["metadata"] == {"tags": ["keep"]}
    assert "".join(cells[3]["source"]) == "%%bash\necho torch.flatten\n"
    assert nb["metadata"] == {"kernelspec": {"name": "python3"}} and nb["nbformat"] == 4
    # idempotent, and through the CLI too
    assert convert_notebook(new_text, "nb.ipynb")[0] == new_text
    path = tmp_path / "nb.ipynb"
    path.write_text(text)
    out = tmp_path / "nb_jt.ipynb"
    assert main(["convert", str(path), "-o", str(out), "-q"]) == 0
    assert out.read_text() == new_text


def test_notebook_syntax_error_names_the_cell(tmp_path):
    text = _notebook([_code("import torch\n"), _code("x = 1\ndef f(:\n    pass\n")])
    with pytest.raises(ConversionError) as info:
        convert_notebook(text, "nb.ipynb")
    # one location, in the cell (ruff's `file:cell N:line:col`), not also the joined source's line
    assert info.value.format() == "nb.ipynb:cell 2:2:7: syntax error: invalid syntax"
    path = tmp_path / "bad.ipynb"
    path.write_text("{not json")
    code, _, err = cli("convert", str(path))
    assert code == 2 and "not a Jupyter notebook" in err


def test_notebook_cell_magic_running_python_has_its_body_converted():
    text = _notebook([
        _code("import torch\nimport torch.nn as nn\n"),
        _code("%%time\nx = torch.flatten(y, 1)\nm = nn.ReLU(inplace=True)\n"),
        _code("\n%%timeit -n 2\nz = torch.flatten(x)\n"),
        _code("%%bash\necho torch.flatten\n"),  # not Python: left whole
    ])
    new_text, _ = convert_notebook(text, "nb.ipynb")
    cells = ["".join(c["source"]) for c in json.loads(new_text)["cells"]]
    assert cells[1:] == [
        "%%time\nx = jt.flatten(y, 1)\nm = nn.ReLU()\n",
        "\n%%timeit -n 2\nz = jt.flatten(x)\n",
        "%%bash\necho torch.flatten\n",
    ]
    assert cells[0].startswith("import jittor as jt\nfrom jittor import nn\n")
    assert convert_notebook(new_text, "nb.ipynb")[0] == new_text


def test_notebook_ipython_lines_are_kept_and_the_rest_converted(tmp_path):
    ipython = "y?\n?y\ntorch.flatten??\n!ls -l\nfiles = !ls\nt = %timeit -o f()\n/print y\n"
    python = "s = \'\'\'\n%not a magic\nwhat?\n\'\'\'\nw = (1\n     % 2)\n"  # inside a string, inside brackets
    text = _notebook([_code("import torch\n"), _code("y = torch.flatten(x, 1)\n" + ipython + python)])
    new_text, result = convert_notebook(text, "nb.ipynb")
    cells = ["".join(c["source"]) for c in json.loads(new_text)["cells"]]
    assert cells[1] == "y = jt.flatten(x, 1)\n" + ipython + python
    assert result.diagnostics == []
    path = tmp_path / "nb.ipynb"
    path.write_text(_notebook([_code("import torch\ny?\nz = torch.mystery(1)\n")]))
    report = tmp_path / "report.json"
    code, out, err = cli("convert", str(path), "-o", str(tmp_path / "out.ipynb"), "--report", str(report))
    assert code == 0
    (unsupported,) = json.loads(report.read_text())["files"][0]["unsupported"]
    assert (unsupported["cell"], unsupported["line"], unsupported["col"]) == (1, 3, 5)
    assert err.splitlines()[0] == "nb.ipynb:cell 1:3:5: unsupported-api: torch.mystery is not supported: left as written".replace(
        "nb.ipynb", str(path))
