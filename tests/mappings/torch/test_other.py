"""Run-both proofs of the entries in src/torch2jittor/mappings/torch/other.py.

Each case runs PyTorch and its conversion with Jittor on the same inputs (tests/parity.py:
run_both, assert_same), then in PaConvert's call shapes of each entry it covers.
"""
import pytest
from parity import covered, entry_case, entry_tests

pytestmark = pytest.mark.frameworks


ENTRY_CASES = [
    entry_case("torch.broadcast_to", "def f(x): return torch.broadcast_to(x, (2, 3, 4))", "f3,1"),
    entry_case("torch.broadcast_to", "def f(x): return torch.broadcast_to(x, (4, -1, 5))", "f3,1"),
    entry_case("torch.flip", "def f(x): return torch.flip(x, (0, 2))", "f2,3,4"),
    entry_case("torch.flip", "def f(x): return torch.flip(x, dims=[-2])", "f2,3,4"),
    entry_case("torch.flip", "def f(x): return torch.flip(x, (-1,)), torch.flip(x, dims=(1,))", "i2,3", id="flip-one-dim-tuple"),
    entry_case("torch.roll", "def f(x): return torch.roll(x, 1)", "f3,4"),
    entry_case("torch.roll", "def f(x): return torch.roll(x, (1, -2), (0, 2))", "f2,3,4"),
    entry_case("torch.roll", "def f(x): return torch.roll(x, shifts=2, dims=1)", "f2,3,4"),
    # a roll by a whole turn is a copy in PyTorch: writing into it leaves the input as it was
    entry_case("torch.roll", "def f(x):\n    y = torch.roll(x, 3, 0)\n    y[0] = 5.0\n    return x, y, x.roll(0)",
               "f3,4", id="roll-whole-turn-is-a-copy"),
    entry_case("torch.tril", "def f(x): return torch.tril(x)", "f4,5"),
    entry_case("torch.tril", "def f(x): return torch.tril(x, -1)", "f2,4,4"),
    entry_case("torch.triu", "def f(x): return torch.triu(x, diagonal=1)", "f4,5"),
    entry_case("torch.triu", "def f(x): return torch.triu(x)", "i2,4,4"),
    entry_case("torch.repeat_interleave", "def f(x): return torch.repeat_interleave(x, 2)", "f2,3"),
    entry_case("torch.repeat_interleave", "def f(x): return torch.repeat_interleave(x, 3, dim=1)", "f2,3"),
    entry_case("torch.repeat_interleave", "def f(x, r): return torch.repeat_interleave(x, r, dim=0)", "f3,2", "i3:4"),
    entry_case("torch.repeat_interleave", "def f(r): return torch.repeat_interleave(r)", "i4:3"),
    entry_case("torch.meshgrid", "def f(a, b): return torch.meshgrid(a, b, indexing='ij')", "f3", "f4"),
    entry_case("torch.meshgrid", "def f(a, b): return torch.meshgrid(a, b, indexing='xy')", "f3", "f4"),
    entry_case("torch.meshgrid", "def f(a, b, c): return torch.meshgrid([a, b, c], indexing='xy')", "f2", "f3", "f4"),
    entry_case("torch.einsum", "def f(a, b): return torch.einsum('bij,bjk->bik', a, b)", "f2,3,4", "f2,4,5"),
    entry_case("torch.einsum", "def f(a, b): return torch.einsum('ij,kj->ik', [a, b])", "f3,4", "f5,4"),
    entry_case("torch.einsum", "def f(a, b): return torch.einsum('...ij,...jk->...ik', a, b)", "f2,3,4", "f2,4,5"),
    entry_case("torch.einsum", "def f(a): return torch.einsum('ii->i', a), torch.einsum('ij->', a)", "f3,3"),
    entry_case("torch.kron", "def f(a, b): return torch.kron(a, b)", "f2,3", "f3,2"),
    entry_case("torch.kron", "def f(a, b): return torch.kron(a, b)", "i2:5", "i2,2:5", id="kron-int-broadcast-rank"),
    entry_case("torch.cross", "def f(a, b): return torch.cross(a, b, dim=1)", "f4,3", "f4,3"),
    entry_case("torch.cross", "def f(a, b): return torch.cross(a, b, -1)", "f2,4,3", "f2,4,3"),
    entry_case("torch.diag", "def f(v): return torch.diag(v)", "f4"),
    entry_case("torch.diag", "def f(v): return torch.diag(v, 1)", "i3"),
    entry_case("torch.diag", "def f(m): return torch.diag(m)", "f4,5"),
    entry_case("torch.diag", "def f(m): return torch.diag(m, diagonal=-1)", "f4,5"),
    entry_case("torch.trace", "def f(m): return torch.trace(m)", "f4,5"),
    entry_case("torch.cdist", "def f(a, b): return torch.cdist(a, b)", "f5,3", "f4,3", atol=1e-5),
    entry_case("torch.cdist", "def f(a, b): return torch.cdist(a, b, p=1)", "f2,5,3", "f2,4,3"),
    entry_case("torch.cumsum", "def f(x): return torch.cumsum(x, 1)", "f3,4,5"),
    entry_case("torch.cumsum", "def f(x): return torch.cumsum(x, dim=-1, dtype=torch.float64)", "f3,4,5"),
    entry_case("torch.cumsum", "def f(x): return torch.cumsum(x, 0)", "j3,4", id="cumsum-int32-promotes"),
    entry_case("torch.cumprod", "def f(x): return torch.cumprod(x, 1)", "u3,4"),
    entry_case("torch.cumprod", "def f(x): return torch.cumprod(x, dim=0)", "n3,4", id="cumprod-int"),
    entry_case("torch.cumprod", "def f(x): return torch.cumprod(x, -1)", "n3,7", id="cumprod-int-zeros-negatives"),
    entry_case("torch.cumprod", "def f(x): return torch.cumprod(x, 1)", "f3,9", id="cumprod-float-negatives"),
    entry_case("torch.cummax", "def f(x): return torch.cummax(x, 1)", "f3,6"),
    entry_case("torch.cummin", "def f(x): return torch.cummin(x, dim=0)", "f4,3"),
    # gradients: to the element each output picked (cummax/cummin were computed on the host, so no
    # gradient flowed; max/min over a dim gave it to every tied maximum, PyTorch to the returned index)
    entry_case("torch.cummax", "def f(x):\n    x.requires_grad_()\n    v = torch.cummax(x, 1).values\n"
               "    return torch.autograd.grad((v * torch.arange(1.0, 7.0)).sum(), x)", "f3,6", id="cummax-gradient"),
    entry_case("torch.cummin", "def f(x):\n    x = torch.round(x)\n    x.requires_grad_()\n    v = torch.cummin(x, dim=0)[0]\n"
               "    return torch.autograd.grad((v * torch.arange(1.0, 13.0).view(4, 3)).sum(), x)", "f4,3",
               id="cummin-gradient-ties"),
    entry_case("torch.diff", "def f(x): return torch.diff(x)", "f3,6"),
    entry_case("torch.diff", "def f(x, p): return torch.diff(x, n=2, dim=0, prepend=p)", "f4,3", "f1,3"),
    entry_case("torch.searchsorted", "def f(s, v): return torch.searchsorted(s, v)", "e8", "f5"),
    entry_case("torch.searchsorted", "def f(s, v): return torch.searchsorted(s, v, right=True, out_int32=True)",
               "e3,8", "f3,5"),
    entry_case("torch.searchsorted", "def f(s, v): return torch.searchsorted(s, v, side='right')", "e8", "f2,3"),
    entry_case("torch.bucketize", "def f(v, b): return torch.bucketize(v, b)", "f2,5", "e6"),
    entry_case("torch.bucketize", "def f(v, b): return torch.bucketize(v, b, right=True)", "f7", "e6"),
    entry_case("torch.logcumsumexp", "def f(x): return torch.logcumsumexp(x * 40, 1)", "f3,6", atol=1e-4),
    entry_case("torch.fliplr torch.flipud", "def f(x): return torch.fliplr(x), torch.flipud(x)", "f3,4,2"),
    entry_case("torch.block_diag", "def f(x, y, z): return torch.block_diag(x, y, z)", "f2,3", "n4", "f3,1"),
    entry_case("torch.cartesian_prod", "def f(x, y): return torch.cartesian_prod(x, y, x)", "f3", "f2"),
    entry_case("torch.cartesian_prod", "def f(x): return torch.cartesian_prod(x)", "n4", id="cartesian_prod-one"),
    entry_case("torch.combinations", "def f(x): return torch.combinations(x, 3)", "f5"),
    entry_case("torch.combinations", "def f(x): return torch.combinations(x, with_replacement=True)", "n4",
               id="combinations-replacement"),
    entry_case("torch.diag_embed", "def f(x): return torch.diag_embed(x)", "f2,3"),
    entry_case("torch.diag_embed", "def f(x): return torch.diag_embed(x, 1, 0, 2)", "f2,3", id="diag_embed-dims"),
    entry_case("torch.diag_embed", "def f(x): return torch.diag_embed(x, offset=-2, dim1=-1, dim2=0)", "n2,3",
               id="diag_embed-below"),
    entry_case("torch.diagflat", "def f(x): return torch.diagflat(x), torch.diagflat(x, -1)", "f2,2"),
    entry_case("torch.trapezoid", "def f(y): return torch.trapezoid(y), torch.trapezoid(y, dx=0.5, dim=0)", "f3,4"),
    entry_case("torch.trapezoid", "def f(y, x): return torch.trapezoid(y, x)", "f3,4", "e4", id="trapezoid-x"),
    entry_case("torch.trapz", "def f(y, x): return torch.trapz(y, x, dim=0)", "f3,4", "e3"),
    entry_case("torch.cumulative_trapezoid", "def f(y, x): return torch.cumulative_trapezoid(y, x)", "f3,4", "e3,4"),
    entry_case("torch.cumulative_trapezoid", "def f(y): return torch.cumulative_trapezoid(y, dim=0)", "n3,4",
               id="cumulative_trapezoid-int"),
    entry_case("torch.flatten", "def f(x):\n    return torch.flatten(x, 1)", "f2,3,8,8", rtol=1e-4),
    entry_case(
        "torch.flatten",
        "def f(x):\n    return torch.flatten(x, start_dim=2, end_dim=-1)",
        "f2,3,8,8",
        rtol=1e-4,
        id="flatten-keywords",
    ),
    entry_case("torch.unique", "def f(x: torch.Tensor):\n    return torch.unique((x > 0).long(), dim=0, return_counts=True)",
               "f4,5", atol=1e-6, rtol=1e-5, id="unique-rows-counts"),
]


ENTRY_CASES += [
    entry_case("torch.gradient", "def f(x): return torch.gradient(x), torch.gradient(x[0], spacing=2.0, edge_order=2)",
               "f4,5", atol=1e-5),
    entry_case("torch.gradient",
               "def f(x): return torch.gradient(x, spacing=[0.5, 3.0], dim=(0, 2)), torch.gradient(x, dim=-1, edge_order=2)",
               "f3,4,5", atol=1e-5, id="gradient-dims"),
    entry_case("torch.gradient",
               "def f(x, t):\n    c = t.abs().cumsum(0) + 0.1\n"
               "    return torch.gradient(x, spacing=(c,), dim=1), torch.gradient(x, spacing=(c,), dim=1, edge_order=2)",
               "f3,6", "f6", atol=1e-4, rtol=1e-4, id="gradient-coordinates"),
    entry_case("torch.gradient", "def f(x): return torch.gradient(x), torch.gradient(x[:2, :3])", "i4,5:-9,9",
               id="gradient-int"),
]


def test_gradient_errors_as_pytorch(torch, jittor):
    from parity import assert_same_error

    assert_same_error("def f(x): return torch.gradient(x, edge_order=2)", ["f2,5"])
    assert_same_error("def f(x): return torch.gradient(x, spacing=[2.0])", ["f3,5"])


def test_gradient_flows_through_torch_gradient(torch, jittor):
    from parity import assert_same, run_both

    both = run_both("def f(x):\n    x.requires_grad_()\n    g = torch.gradient(x * x, spacing=0.5, edge_order=2)[0]\n"
                    "    return torch.autograd.grad((g * g).sum(), x)", ["f7"])
    assert_same(both.expected, both.actual, atol=1e-4)


test_entry, test_entry_call_shape = entry_tests(ENTRY_CASES)

COVERED = covered(ENTRY_CASES)  # see tests/test_coverage.py
