"""Run-both proofs of the entries in src/torch2jittor/mappings/torch/blas.py.

Each case runs PyTorch and its conversion with Jittor on the same inputs (tests/parity.py:
run_both, assert_same), then in PaConvert's call shapes of each entry it covers.
"""
import pytest
from parity import covered, entry_case, entry_tests

pytestmark = pytest.mark.frameworks


ENTRY_CASES = [
    entry_case("torch.matmul", "def f(a, b): return torch.matmul(a, b)", "f2,3,4", "f4,5", atol=1e-5),
    entry_case("torch.matmul", "def f(a, b): return torch.matmul(a, b)", "f4", "f4", id="matmul-vector-vector"),
    entry_case("torch.matmul", "def f(a, b): return torch.matmul(a, b)", "f3,4", "f4", id="matmul-matrix-vector"),
    entry_case("torch.matmul", "def f(a, b): return torch.matmul(a, b)", "f4", "f4,2", id="matmul-vector-matrix"),
    entry_case("torch.matmul", "def f(a, b): return torch.matmul(input=a, other=b)", "f2,1,3,4", "f5,4,2"),
    entry_case("torch.mm", "def f(a, b): return torch.mm(a, b)", "f3,4", "f4,5"),
    entry_case("torch.bmm", "def f(a, b): return torch.bmm(a, b)", "f2,3,4", "f2,4,5"),
    entry_case("torch.mv", "def f(a, b): return torch.mv(a, b)", "f3,4", "f4"),
    entry_case("torch.dot", "def f(a, b): return torch.dot(a, b)", "f4", "f4"),
    entry_case("torch.outer", "def f(a, b): return torch.outer(a, b)", "f3", "f4"),
    entry_case("torch.addmm", "def f(c, a, b): return torch.addmm(c, a, b)", "f3,5", "f3,4", "f4,5"),
    entry_case("torch.addmm", "def f(c, a, b): return torch.addmm(c, a, b, beta=0.5, alpha=2)", "f5", "f3,4", "f4,5"),
    entry_case("torch.baddbmm", "def f(c, a, b): return torch.baddbmm(c, a, b, alpha=0.5)", "f2,3,5", "f2,3,4",
               "f2,4,5"),
    entry_case("torch.addbmm", "def f(c, a, b): return torch.addbmm(c, a, b, beta=2)", "f3,5", "f2,3,4", "f2,4,5"),
    entry_case("torch.addmv", "def f(x, m, v): return torch.addmv(x, m, v, beta=0.5, alpha=2)", "f3", "f3,4", "f4"),
    entry_case("torch.addr", "def f(x, a, b): return torch.addr(x, a, b, alpha=3)", "f3,4", "f3", "f4"),
    entry_case("torch.vdot", "def f(a, b): return torch.vdot(a, b)", "f5", "f5"),
    entry_case("torch.ger", "def f(a, b): return torch.ger(a, b)", "f3", "f4"),
    entry_case("torch.tensordot", "def f(a, b): return torch.tensordot(a, b)", "f2,3,4", "f3,4,5", atol=1e-4),
    entry_case("torch.tensordot", "def f(a, b): return torch.tensordot(a, a, 3), torch.tensordot(b[0], b[0], 2)", "f2,3,4",
               "f3,4,5", atol=1e-4, id="tensordot-full-contraction"),
    entry_case("torch.tensordot", "def f(a, b): return torch.tensordot(a, b, dims=([0, 2], [2, 1]))", "f2,3,4", "f5,4,2",
               atol=1e-4, id="tensordot-lists"),
    entry_case("torch.tensordot", "def f(a, b): return torch.tensordot(a, b, 0)", "f2", "f3", id="tensordot-outer"),
]


test_entry, test_entry_call_shape = entry_tests(ENTRY_CASES)

COVERED = covered(ENTRY_CASES)  # see tests/test_coverage.py
