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
    entry_case("torch.mm torch.matmul torch.bmm", "def f(a, b): return torch.mm(a, b), torch.matmul(a, b), a @ b, "
               "torch.bmm(a[None], b[None]), a.matmul(b), a.to(torch.uint8) @ b.to(torch.uint8)", "j3,4", "j4,5",
               id="mm-int32-stays-int32"),
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
    # legacy solvers: factors of well-conditioned matrices (a @ a.mT + I, and its Cholesky factor)
    entry_case("torch.cholesky_inverse",
               "def f(a: torch.Tensor):\n    L = torch.linalg.cholesky(a @ a.mT + torch.eye(4))\n"
               "    return torch.cholesky_inverse(L), torch.cholesky_inverse(L.mT, upper=True)", "f2,4,4", atol=1e-4,
               rtol=1e-4),
    entry_case("torch.cholesky_solve",
               "def f(a: torch.Tensor, b):\n    L = torch.linalg.cholesky(a @ a.mT + torch.eye(4))\n"
               "    return torch.cholesky_solve(b, L), torch.cholesky_solve(b[0], L.mT, upper=True)", "f2,4,4",
               "f3,2,4,2", atol=1e-4, rtol=1e-4),
    entry_case("torch.triangular_solve",
               "def f(a, b):\n    a = a + 4 * torch.eye(3)\n    r = torch.triangular_solve(b, a)\n"
               "    return r, r.solution, r.cloned_coefficient", "f3,3", "f3,2", atol=1e-5, rtol=1e-4),
    entry_case("torch.triangular_solve",
               "def f(a, b):\n    a = a + 4 * torch.eye(3)\n"
               "    return torch.triangular_solve(b, a, upper=False, transpose=True, unitriangular=True)",
               "f2,1,3,3", "f4,3,2", atol=1e-5, rtol=1e-4, id="triangular_solve-lower-transpose-unit-broadcast"),
]


def test_solvers_reject_vectors_as_pytorch(torch, jittor):
    from parity import assert_same_error

    assert_same_error("def f(a, b): return torch.cholesky_solve(b, a)", ["f3,3", "f3"])
    assert_same_error("def f(a, b): return torch.triangular_solve(b, a)", ["f3,3", "f3"])


@pytest.mark.parametrize("name", ["qr", "cholesky"])
def test_functions_pytorch_removed_are_reported(name):
    from torch2jittor import convert_source

    for call in (f"torch.{name}(a)", f"a.{name}()"):
        result = convert_source(f"import torch\ndef f(a: torch.Tensor):\n    return {call}\n")
        assert [d.api for d in result.unsupported] == [f"torch.{'Tensor.' if call[0] == 'a' else ''}{name}"]
        assert "removed from PyTorch" in result.unsupported[0].message


test_entry, test_entry_call_shape = entry_tests(ENTRY_CASES)

COVERED = covered(ENTRY_CASES)  # see tests/test_coverage.py
