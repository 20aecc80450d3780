"""torch.fft's real-valued helpers (mappings/torch/fft.py, runtime ops/fft.py) run in both frameworks, in every
call shape of PaConvert's rule; the complex transforms are reported, with the reason."""
import pytest
from parity import assert_converts, assert_same, check_call_shape, run_both, shape_cases

pytestmark = pytest.mark.frameworks


def case(covers, code, *inputs, id=None):
    keys = covers.split()
    return pytest.param(keys, code, list(inputs), id=id or keys[0].replace("torch.", ""))


CASES = [
    case("torch.fft.fftfreq", "def f(): return torch.fft.fftfreq(7)"),
    case("torch.fft.fftfreq", "def f(): return torch.fft.fftfreq(8, d=0.1, dtype=torch.float64)", id="fftfreq-d"),
    case("torch.fft.rfftfreq", "def f(): return torch.fft.rfftfreq(9, 0.5)"),
    case("torch.fft.rfftfreq", "def f(): return torch.fft.rfftfreq(8, d=2.0, dtype=torch.float64)", id="rfftfreq-d"),
    case("torch.fft.fftshift", "def f(x): return torch.fft.fftshift(x)", "f5,6"),
    case("torch.fft.fftshift", "def f(x): return torch.fft.fftshift(x, dim=(0, -1))", "n3,4,5", id="fftshift-dims"),
    case("torch.fft.fftshift", "def f(x): return torch.fft.fftshift(x, 1)", "f3,7", id="fftshift-dim"),
    case("torch.fft.ifftshift", "def f(x): return torch.fft.ifftshift(x)", "f5,6"),
    case("torch.fft.ifftshift", "def f(x): return torch.fft.ifftshift(torch.fft.fftshift(x, -1), dim=-1)", "f3,7",
         id="ifftshift-roundtrip"),
]


@pytest.mark.parametrize("covers, code, inputs", CASES)
def test_entry(torch, jittor, covers, code, inputs):
    both = run_both(code, inputs)
    assert_converts(both, covers)
    assert_same(both.expected, both.actual)


@pytest.mark.parametrize("key, code, inputs", shape_cases(CASES))
def test_entry_call_shape(torch, jittor, key, code, inputs):
    check_call_shape(code, inputs, covers=[key])


@pytest.mark.parametrize("name", ["fft", "rfft", "irfft2", "ihfftn"])
def test_complex_transforms_are_reported(name):
    from torch2jittor import convert_source

    result = convert_source(f"import torch\ny = torch.fft.{name}(torch.ones(4))\n")
    assert [d.api for d in result.unsupported] == [f"torch.fft.{name}"]
    assert "complex" in result.unsupported[0].message


COVERED = {k for p in CASES for k in p.values[0]}  # see test_coverage.py
