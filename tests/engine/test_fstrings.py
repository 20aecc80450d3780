"""Expressions inside f-strings are converted as any other code (engine `_convert_fstring`): a
tutorial's `print(f"{output.max(1)[1]}")` or `f"{x.data}"` computes what PyTorch's does. Where the
converted expression does not fit in the f-string (a quote of the f-string's own kind), the
f-string stays as written and each torch API in it is reported."""
import pytest
from parity import assert_same, run_both

from torch2jittor import convert_source

pytestmark = pytest.mark.frameworks


def test_fstring_expressions_compute_as_pytorch(torch, jittor):
    both = run_both('''
class Attn(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.proj = torch.nn.Linear(4, 4)
        self.register_buffer("mask", torch.tril(torch.ones(3, 3)))


def f(output):
    model = Attn()
    pred = f'{output.max(1)[1].tolist()}'
    picked = f"{output.argmax(dim=1).tolist()} of {output.size(1)} {output.shape[0]:>4}"
    data = f"{output.data.sum().item():.4f}"
    params = f"#params: {sum(p.numel() for p in model.parameters())}"
    nested = f"{'rows ' + f'{output.size(0)}'}"
    return pred, picked, data, params, nested
''', ["f3,5"])
    assert_same(both.expected, both.actual)
    assert "torch.Tensor.max" in both.converted and "torch.nn.Module.parameters" in both.converted


def test_a_conversion_that_breaks_the_fstring_is_reported():
    code = "import torch\nx = torch.ones(2)\ne = f'{x.is_cuda} {x.sum()}'\n"
    result = convert_source(code)
    assert "e = f'{x.is_cuda} {x.sum()}'" in result.code
    assert [(d.kind, d.api) for d in result.diagnostics] == [("unsupported-api", "torch.Tensor.is_cuda")]
    assert convert_source(result.code).code == result.code


def test_fstrings_without_torch_stay_unchanged():
    code = 'import torch\nname = "a"\nlabel = f"{name!r:>{10}} {len(name)}"\nz = torch.zeros(1)\n'
    result = convert_source(code)
    assert 'label = f"{name!r:>{10}} {len(name)}"' in result.code
    assert not result.diagnostics


def test_tensors_formatted_as_pytorch(torch, jittor):
    both = run_both('''
def f(x):
    x = x * 0 + torch.arange(6.0).reshape(2, 3) / 4  # sums exact in float32
    total = x.sum()
    whole = f"{x}"  # Jittor's __format__ took the item of any Var: it raised here
    try:
        f"{x:.2f}"
        refused = False
    except TypeError:  # PyTorch refuses a format spec for a tensor of more than one element
        refused = True
    return (isinstance(whole, str), isinstance("{}".format(x), str), refused, f"{total}", f"{total:.3f}",
            "{:>8.2f}".format(x.mean()), f"{x[0, 1]:+.1e}")
''', ["f2,3"])
    assert_same(both.expected, both.actual)
