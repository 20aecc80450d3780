"""Run-both proofs of the entries in src/torch2jittor/mappings/torch/creation.py.

Each case runs PyTorch and its conversion with Jittor on the same inputs (tests/parity.py:
run_both, assert_same), then in PaConvert's call shapes of each entry it covers.
"""
import pytest
from parity import covered, entry_case, entry_tests, random_tests

pytestmark = pytest.mark.frameworks


ENTRY_CASES = [
    entry_case("torch.zeros", "def f(x): return torch.zeros(2, 3)", "f1"),
    entry_case("torch.zeros", "def f(x): return torch.zeros((2, 3), dtype=torch.int64)", "f1"),
    entry_case("torch.zeros", "def f(x): return torch.zeros([4], device='cpu', requires_grad=False)", "f1"),
    entry_case("torch.zeros", "def f(x): return torch.zeros(x.shape[0], 2, dtype=torch.bool)", "f3,2"),
    entry_case("torch.ones", "def f(x): return torch.ones(2, 3)", "f1"),
    entry_case("torch.ones", "def f(x): return torch.ones((2,), dtype=torch.float64)", "f1"),
    entry_case("torch.zeros torch.ones", "def f(x, dtype=None): return torch.zeros(2, dtype=dtype), torch.ones(x.shape, "
               "dtype=dtype)", "f2,3", id="zeros-ones-dtype-none"),
    entry_case("torch.full", "def f(x): return torch.full((2, 3), 1.5)", "f1"),
    entry_case("torch.full", "def f(x): return torch.full((2,), 7)", "f1"),
    entry_case("torch.full", "def f(x): return torch.full([2, 2], True)", "f1"),
    entry_case("torch.full", "def f(x): return torch.full((3,), 2, dtype=torch.float32)", "f1"),
    entry_case("torch.zeros_like", "def f(x): return torch.zeros_like(x)", "f2,3"),
    entry_case("torch.zeros_like", "def f(x): return torch.zeros_like(x, dtype=torch.int64)", "f2,3"),
    entry_case("torch.ones_like", "def f(x): return torch.ones_like(x)", "i2,3"),
    entry_case("torch.ones_like", "def f(x): return torch.ones_like(x, dtype=torch.float64)", "f2,3"),
    entry_case("torch.full_like", "def f(x): return torch.full_like(x, 3.0)", "f2,3"),
    entry_case("torch.full_like", "def f(x): return torch.full_like(x, 2.7)", "i2,3", id="full_like-int-truncates"),
    entry_case("torch.full_like", "def f(x): return torch.full_like(x, 1, dtype=torch.float64)", "i2,3"),
    entry_case("torch.arange", "def f(x): return torch.arange(5)", "f1"),
    entry_case("torch.arange", "def f(x): return torch.arange(1, 4)", "f1"),
    entry_case("torch.arange", "def f(x): return torch.arange(0, 1, 0.25)", "f1"),
    entry_case("torch.arange", "def f(x): return torch.arange(1.0, 3.5, 0.5, dtype=torch.float64)", "f1"),
    entry_case("torch.arange", "def f(x): return torch.arange(5, dtype=torch.float32)", "f1"),
    entry_case("torch.arange", "def f(x): return torch.arange(x.shape[0], 0, -1)", "f4"),
    entry_case("torch.arange", "def f(x): return torch.arange(start=2, end=9, step=3)", "f1"),
    entry_case("torch.linspace", "def f(x): return torch.linspace(0, 1, 5)", "f1"),
    entry_case("torch.linspace", "def f(x): return torch.linspace(-1, 1, 7, dtype=torch.float64)", "f1"),
    entry_case("torch.linspace", "def f(x): return torch.linspace(0.1, 2.3, steps=11)", "f1"),
    entry_case("torch.linspace", "def f(x): return torch.linspace(0, 10, steps=4, dtype=torch.int64)", "f1"),
    entry_case("torch.linspace torch.logspace", "def f(x): return torch.linspace(torch.tensor(0.5), torch.tensor(2.0), 4), "
               "torch.logspace(torch.tensor(0), 2, 3)", "f1", id="linspace-tensor-bounds"),
    entry_case("torch.linspace", "def f(x): return torch.linspace(3, 3, 1)", "f1"),
    entry_case("torch.logspace", "def f(x): return torch.logspace(0, 2, 3)", "f1", rtol=1e-6),
    entry_case("torch.logspace", "def f(x): return torch.logspace(-1, 1, 5, base=2.0)", "f1", rtol=1e-6),
    entry_case("torch.eye", "def f(x): return torch.eye(3)", "f1"),
    entry_case("torch.eye", "def f(x): return torch.eye(2, 4)", "f1"),
    entry_case("torch.eye", "def f(x): return torch.eye(3, dtype=torch.int64)", "f1"),
    entry_case("torch.tensor", "def f(x): return torch.tensor([1, 2, 3])", "f1"),
    entry_case("torch.tensor", "def f(x): return torch.tensor([[1.0, 2], [3, 4]])", "f1"),
    entry_case("torch.tensor", "def f(x): return torch.tensor([[True, False]])", "f1"),
    entry_case("torch.tensor", "def f(x): return torch.tensor(3.5)", "f1"),
    entry_case("torch.tensor", "def f(x): return torch.tensor([1, 2], dtype=torch.float64)", "f1"),
    entry_case("torch.tensor", "def f(x): return torch.tensor(x.shape)", "f2,3"),
    entry_case("torch.tensor", "def f(x): return torch.tensor(np.arange(4.0))", "f1", id="tensor-numpy-float64"),
    entry_case("torch.tensor", "def f(x): return [torch.tensor(v) for v in ([np.float64(1.5), 2.0], [np.int32(1)], "
               "[np.int16(1), 2], [np.int64(1), 1.5], [np.uint8(3), np.int8(2)], np.float64(0.5), [1, True])]", "f1",
               id="tensor-numpy-scalars-promoted"),
    entry_case("torch.as_tensor", "def f(x): return torch.as_tensor([1, 2])", "f1"),
    entry_case("torch.as_tensor", "def f(x): return torch.as_tensor(x) * 2", "f2,3"),
    entry_case("torch.as_tensor", "def f(x): return torch.as_tensor(x, dtype=torch.float64)", "f2,3"),
    entry_case("torch.from_numpy", "def f(x): return torch.from_numpy(np.arange(6).reshape(2, 3))", "f1"),
    entry_case("torch.from_numpy", "def f(x): return torch.from_numpy(np.linspace(0, 1, 4))", "f1"),
    entry_case("torch.from_numpy", "def f(x): return torch.from_numpy(np.ones(3, dtype=np.float32))", "f1"),
    entry_case("torch.clone", "def f(x): return torch.clone(x) + 1", "f2,3"),
    entry_case("torch.tril_indices", "def f(x): return torch.tril_indices(4, 3), torch.tril_indices(3, 5, offset=1)", "f1"),
    entry_case("torch.triu_indices", "def f(x): return torch.triu_indices(4, 4, -1, dtype=torch.int32)", "f1"),
    entry_case("torch.range", "def f(x): return torch.range(1, 4), torch.range(0, 1, 0.25)", "f1"),
    entry_case("torch.range", "def f(x): return torch.range(0, 5, 2, dtype=torch.int64)", "f1", id="range-int"),
    entry_case("torch.scalar_tensor", "def f(x): return torch.scalar_tensor(3), torch.scalar_tensor(2.5, dtype=torch.float64)",
               "f1"),
    entry_case("torch.asarray", "def f(x): return torch.asarray([[1, 2], [3, 4]]), torch.asarray(x, dtype=torch.float64)",
               "f3"),
    entry_case("torch.vander", "def f(x): return torch.vander(x)", "f4"),
    entry_case("torch.vander", "def f(x): return torch.vander(x, N=3, increasing=True)", "n4", id="vander-int"),
    # windows: periodic (the default) and symmetric, float32 by default, lengths 0 and 1 as PyTorch's
    entry_case("torch.hann_window", "def f(x): return torch.hann_window(8), torch.hann_window(1), torch.hann_window(0)",
               "f1"),
    entry_case("torch.hann_window", "def f(x): return torch.hann_window(7, False, dtype=torch.float64)", "f1",
               id="hann_window-symmetric-float64"),
    entry_case("torch.hamming_window", "def f(x): return torch.hamming_window(9, True, 0.5, 0.4)", "f1"),
    entry_case("torch.hamming_window", "def f(x): return torch.hamming_window(6, periodic=False)", "f1",
               id="hamming_window-symmetric"),
    entry_case("torch.blackman_window", "def f(x): return torch.blackman_window(10, periodic=False)", "f1"),
    entry_case("torch.blackman_window", "def f(x): return torch.blackman_window(5, dtype=torch.float64)", "f1",
               id="blackman_window-float64"),
    entry_case("torch.bartlett_window", "def f(x): return torch.bartlett_window(9), torch.bartlett_window(6, False)", "f1"),
    entry_case("torch.kaiser_window", "def f(x): return torch.kaiser_window(12, True, 8.0)", "f1", atol=1e-5, rtol=1e-4),
    entry_case("torch.kaiser_window", "def f(x): return torch.kaiser_window(7, periodic=False, dtype=torch.float64)", "f1",
               id="kaiser_window-symmetric"),
    # the size by name (`torch.empty(size=(n, m))`, as gat's layers write it; PyTorch's signature names it `*size`,
    # so these calls have no other call shape)
    entry_case("torch.zeros torch.ones",
               "def f(x):\n    return torch.zeros(size=(2, 3)), torch.ones(size=[4], dtype=torch.int64)", "f1",
               atol=1e-6, rtol=1e-6, id="zeros-size-keyword"),
    entry_case("torch.empty", "def f(x):\n    e = torch.empty(size=(x.shape[0], 3))\n    return e.shape, e.dtype == torch.float32",
               "f5", atol=1e-6, rtol=1e-6, id="empty-size-keyword"),
    entry_case("torch.rand torch.randn",
               "def f(x):\n    return torch.rand(size=(2, 3)).shape, "
               "torch.randn(size=(4,), dtype=torch.float64).dtype == torch.float64", "f1", atol=1e-6, rtol=1e-6,
               id="rand-size-keyword"),
]


RANDOM_CASES = [
    ("torch.empty", "def f(x): return torch.empty(3, 4)", "shape"),
    ("torch.empty", "def f(x): return torch.empty((2, 5), dtype=torch.int64)", "shape"),
    ("torch.empty", "def f(x, dtype=None): return torch.empty(x.shape, dtype=dtype)", "shape"),
    ("torch.empty_like", "def f(x): return torch.empty_like(x)", "shape"),
    ("torch.empty_strided", "def f(x): return torch.empty_strided((3, 4), (1, 3))", "shape"),
    ("torch.empty_strided", "def f(x): return torch.empty_strided(x.shape, (1000, 1), dtype=torch.float64)", "shape"),
    ("torch.empty_permuted", "def f(x): return torch.empty_permuted((2, 3, 4), (0, 2, 1), dtype=torch.int64)", "shape"),
]


test_entry, test_entry_call_shape = entry_tests(ENTRY_CASES)
test_random_entry = random_tests(RANDOM_CASES)

COVERED = covered(ENTRY_CASES, RANDOM_CASES)  # see tests/test_coverage.py
