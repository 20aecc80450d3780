"""Sparse COO tensors and their products (mappings/torch/sparse.py, the Tensor.to_sparse/to_dense
entries; runtime ops/sparse.py): Jittor has no sparse tensors, so the conversion computes with the
dense tensor of the same values. Run in both frameworks on the same inputs: the values, dtypes and
gradients (through `values`, through to_sparse, and torch.sparse.mm's kept to the stored elements)
agree; what the stand-in cannot honour is told at the call or reported."""
import pytest
from parity import covered, entry_case, entry_tests

from torch2jittor import convert_source
from torch2jittor import diagnostics as D

pytestmark = pytest.mark.frameworks

# gcn's and gat's adjacency: citations as an int32 numpy array (a repeated edge counts twice)
EDGES = "np.array([[0, 1, 1, 3, 0], [2, 0, 2, 1, 2]], dtype=np.int32)"


CASES = [
    entry_case("torch.sparse_coo_tensor torch.Tensor.to_dense",
               "def f(i, v):\n    return torch.sparse_coo_tensor(i, v, (4, 5)).to_dense()", "i2,6:4", "f6"),
    # the size inferred from the indices; a hybrid tensor's dense trailing dimension
    entry_case("torch.sparse_coo_tensor",
               "def f(i, v):\n    return torch.sparse_coo_tensor(i, v).to_dense()", "i2,6:4", "f6",
               id="sparse_coo_tensor-size"),
    entry_case("torch.sparse_coo_tensor",
               "def f(i, v):\n    s = torch.sparse_coo_tensor(i, v, size=(4, 4, 3))\n    return s.to_dense(), s.shape",
               "i2,6:4", "f6,3", id="sparse_coo_tensor-hybrid"),
    # gcn: int64 values from float ones, then added to a float identity
    entry_case("torch.sparse_coo_tensor",
               f"def f(x):\n    e = {EDGES}\n"
               "    a = torch.sparse_coo_tensor(e, torch.ones(e.shape[1]), (4, 4), dtype=torch.int64)\n"
               "    d = torch.eye(4) + a\n    return a.to_dense(), d, torch.sum(d, dim=1)", "f1",
               id="sparse_coo_tensor-gcn"),
    # the gradient of the values: PyTorch's, through the product with a dense matrix
    entry_case("torch.sparse_coo_tensor",
               "def f(i, v, w):\n    v.requires_grad_(); w.requires_grad_()\n"
               "    y = torch.sparse_coo_tensor(i, v, (4, 4)) @ w\n"
               "    return y, torch.autograd.grad((y * y).sum(), [v, w])", "i2,6:4", "f6", "f4,3",
               id="sparse_coo_tensor-values-gradient"),
    entry_case("torch.Tensor.to_sparse torch.spmm",
               "def f(x, w):\n    x = torch.relu(x)\n    a = x.to_sparse()\n"
               "    return torch.spmm(a, w), torch.mm(a, w), a @ w",
               "f4,4", "f4,3"),
    # torch.spmm/torch.mm/@ give the sparse operand's gradient in full (dense), through to_sparse
    entry_case("torch.Tensor.to_sparse torch.spmm",
               "def f(x, w):\n    x = torch.relu(x)\n    x.requires_grad_(); w.requires_grad_()\n"
               "    return torch.autograd.grad((torch.spmm(x.to_sparse(), w) ** 2).sum(), [x, w])",
               "f4,4", "f4,3", id="spmm-gradient"),
    # torch.sparse.mm keeps the sparse operand's gradient to its stored (non-zero) elements
    entry_case("torch.sparse.mm torch.Tensor.to_sparse",
               "def f(x, w):\n    x = torch.relu(x)\n    x.requires_grad_(); w.requires_grad_()\n"
               "    y = torch.sparse.mm(x.to_sparse(), w)\n    return y, torch.autograd.grad((y ** 2).sum(), [x, w])",
               "f4,4", "f4,3", id="sparse.mm-gradient"),
    # gcn's normalisation: sparse diagonal matrices on both sides of a dense one
    entry_case("torch.Tensor.to_sparse",
               "def f(a, x):\n    d = torch.diag(torch.sqrt(1 / torch.sum(a, dim=1))).to_sparse()\n"
               "    return (d @ a @ d).to_sparse().to_dense(), d @ x", "p5,5", "f5,3", id="to_sparse-gcn"),
    entry_case("torch.Tensor.to_sparse_coo torch.Tensor.to_dense",
               "def f(x):\n    x = torch.relu(x)\n"
               "    return x.to_sparse_coo().to_dense() * 2, x.to_dense(torch.float64)",
               "f3,4", id="to_sparse_coo"),
]


test_entry, test_entry_call_shape = entry_tests(CASES)


def test_the_dense_stand_in_is_told_at_each_call():
    result = convert_source("import torch\nimport numpy as np\n"
                            "def f(w, i, v):\n"
                            "    a = torch.sparse_coo_tensor(i, v, (4, 4))\n"
                            "    return torch.sparse.mm(torch.eye(4).to_sparse(), w), a\n")
    notes = sorted((d.line, d.api) for d in result.diagnostics if d.kind == D.NOTE)
    assert notes == [(4, "torch.sparse_coo_tensor"), (5, "torch.Tensor.to_sparse"), (5, "torch.sparse.mm")]
    assert all("dense" in d.message for d in result.diagnostics if d.kind == D.NOTE)
    assert not result.unsupported


@pytest.mark.parametrize("use", ["a.indices()", "a.coalesce()", "a.is_coalesced()",
                                 "x.to_sparse_csr()", "torch.sparse_csr_tensor(c, i, v)"])
def test_what_only_a_sparse_layout_has_is_reported(use):
    result = convert_source("import torch\ndef f(c, i, v):\n    x = torch.eye(3)\n    a = x.to_sparse()\n"
                            f"    return {use}\n")
    assert [d.line for d in result.unsupported] == [5], [d.format() for d in result.diagnostics]
    assert "sparse" in result.unsupported[0].message


COVERED = covered(CASES)  # see tests/test_coverage.py
