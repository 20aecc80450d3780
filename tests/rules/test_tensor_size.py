"""torch.Size's methods on Jittor's shapes (rules/tensor_size.py), run in both frameworks."""
import pytest
from parity import assert_same, run_both

pytestmark = pytest.mark.frameworks

SIZE_CODE = '''
def f(x: torch.Tensor):
    shape = x.size()
    return (x.size().numel(), x.shape.numel(), shape.numel(), shape.count(3), shape.index(4),
            x.shape[1:].numel(), torch.Size([2, 5]).numel())
'''


def test_size_methods_on_jittor_shapes(torch, jittor):
    """torch.Size's numel/count/index (Jittor's shape, a NanoVector, has none of them), directly on
    `x.size()`/`x.shape` and through a name bound to one (rules/tensor_size.py)."""
    both = run_both(SIZE_CODE, ["f2,3,4"])
    assert both.code.count("t2j.Size(") == 7
    assert both.expected == (24, 24, 24, 1, 2, 12, 10)
    assert_same(both.expected, both.actual)


def test_shapes_made_text_read_as_pytorch(torch, jittor):
    """A tutorial's `print(f"X's shape: {x.shape}")`, `str(x.size())`: PyTorch's text is
    `torch.Size([6, 3])`, Jittor's shape prints `[6,3,]`."""
    both = run_both('''
def f(x: torch.Tensor):
    return (f"X's shape: {x.shape}", f"{x.size()!r:>30}", str(x.size()), repr(x.shape), f"{x.size(0)}",
            x.shape == (6, 3))
''', ["f6,3"])
    assert "t2j.Size(x.shape)" in both.code
    assert_same(both.expected, both.actual)


def test_shapes_displayed_by_a_notebook_cell_read_as_pytorch(tmp_path, torch, jittor):
    """A cell ending in `X.shape, Y.shape` displays `(torch.Size([5, 3]), torch.Size([5]))` in PyTorch."""
    import json
    import sys

    from torch2jittor.cli import main

    cells = ["import torch\nX = torch.zeros(5, 3)\nY = torch.zeros(5)", "X.shape, Y.shape", "X.shape"]
    notebook = {"cells": [{"cell_type": "code", "metadata": {}, "execution_count": None, "outputs": [],
                           "source": source} for source in cells],
                "metadata": {}, "nbformat": 4, "nbformat_minor": 5}
    (tmp_path / "nb.ipynb").write_text(json.dumps(notebook))
    (tmp_path / "out").mkdir()
    assert main(["convert", str(tmp_path / "nb.ipynb"), "-o", str(tmp_path / "out" / "nb.ipynb")]) == 0
    converted = json.loads((tmp_path / "out" / "nb.ipynb").read_text())
    sources = ["".join(c["source"]) for c in converted["cells"]]
    assert sources[1] == "t2j.Size(X.shape), t2j.Size(Y.shape)" and sources[2] == "t2j.Size(X.shape)"
    namespace = {"__name__": "__main__"}
    sys.path.insert(0, str(tmp_path / "out"))
    try:
        exec(sources[0], namespace)
        shown = eval(sources[1], namespace)
    finally:
        sys.path.remove(str(tmp_path / "out"))
    assert repr(shown) == repr((torch.Size([5, 3]), torch.Size([5])))


def test_shapes_compared_with_a_size(torch, jittor):
    """`ws = w.shape == s` with `s = torch.Size([4, 6])` raised in Jittor (its shape compares with
    plain tuples and lists only, and says a list equals it, which a torch.Size never does)."""
    both = run_both('''
def f(x: torch.Tensor):
    s = torch.Size([3, 4])
    return (x.shape == s, x.shape != s, x.size() == torch.Size([4, 3]), x.shape == (3, 4), x.shape == [3, 4],
            x.shape == x.t().t().shape, s == x.shape)
''', ["f3,4"])
    assert_same(both.expected, both.actual)
