"""Run-both proofs of the entries in src/torch2jittor/mappings/torch/indexing.py.

Each case runs PyTorch and its conversion with Jittor on the same inputs (tests/parity.py:
run_both, assert_same), then in PaConvert's call shapes of each entry it covers.
"""
import pytest
from parity import covered, entry_case, entry_tests

pytestmark = pytest.mark.frameworks


ENTRY_CASES = [
    entry_case("torch.stack", "def f(x, y): return torch.stack([x, y])", "f2,3", "f2,3"),
    entry_case("torch.stack", "def f(x, y): return torch.stack((x, y), dim=-1)", "f2,3", "f2,3"),
    entry_case("torch.stack", "def f(x, y): return torch.stack(tensors=[x, y], dim=1)", "f2,3", "f2,3"),
    entry_case("torch.hstack", "def f(x, y): return torch.hstack([x, y])", "f2,3", "f2,4"),
    entry_case("torch.hstack", "def f(x, y): return torch.hstack((x, y))", "f3", "f2"),
    entry_case("torch.vstack", "def f(x, y): return torch.vstack([x, y])", "f2,3", "f4,3"),
    entry_case("torch.vstack", "def f(x, y): return torch.vstack([x, y])", "f3", "f3", id="vstack-1d"),
    entry_case("torch.dstack", "def f(x, y): return torch.dstack([x, y])", "f2,3", "f2,3"),
    entry_case("torch.concat", "def f(x, y): return torch.concat([x, y], 1)", "f2,3", "f2,4"),
    entry_case("torch.concat", "def f(x, y): return torch.concat((x, y), dim=-2)", "f2,3", "f4,3"),
    entry_case("torch.concat", "def f(x, y): return torch.concat(tensors=[x, y], dim=1)", "f2,3", "f2,4"),
    entry_case("torch.concatenate", "def f(x, y): return torch.concatenate([x, y], axis=1)", "f2,3", "f2,4"),
    entry_case("torch.concatenate", "def f(x, y): return torch.concatenate((x, y))", "f2,3", "f4,3"),
    entry_case("torch.concatenate", "def f(x, y): return torch.concatenate(tensors=(x, y), axis=-1)", "f2,3", "f2,1"),
    entry_case("torch.split", "def f(x): return torch.split(x, 2)", "f5,3"),
    entry_case("torch.split", "def f(x): return torch.split(x, [1, 3], dim=1)", "f2,4"),
    entry_case("torch.split", "def f(x): return torch.split(x, split_size_or_sections=3, dim=-1)", "f2,4"),
    entry_case("torch.chunk", "def f(x): return torch.chunk(x, 3, dim=1)", "f2,7"),
    entry_case("torch.chunk", "def f(x): return torch.chunk(x, 2)", "f5,2"),
    entry_case("torch.unbind", "def f(x): return torch.unbind(x, 1)", "f2,3,4"),
    entry_case("torch.unbind", "def f(x): return torch.unbind(x)", "f2,3"),
    entry_case("torch.reshape", "def f(x): return torch.reshape(x, (4, -1))", "f2,3,4"),
    entry_case("torch.reshape", "def f(x): return torch.reshape(x, [-1])", "f2,3,4"),
    entry_case("torch.reshape", "def f(x): return torch.reshape(x, shape=(2, 12))", "f2,3,4"),
    entry_case("torch.permute", "def f(x): return torch.permute(x, (2, 0, 1))", "f2,3,4"),
    entry_case("torch.permute", "def f(x): return torch.permute(x, dims=[1, -1, 0])", "f2,3,4"),
    entry_case("torch.transpose", "def f(x): return torch.transpose(x, 0, -1)", "f2,3,4"),
    entry_case("torch.transpose", "def f(x): return torch.transpose(x, dim0=1, dim1=2)", "f2,3,4"),
    entry_case("torch.swapaxes", "def f(x): return torch.swapaxes(x, 0, 1)", "f2,3,4"),
    entry_case("torch.swapdims", "def f(x): return torch.swapdims(x, -1, 0)", "f2,3,4"),
    entry_case("torch.squeeze", "def f(x): return torch.squeeze(x)", "f2,1,3,1"),
    entry_case("torch.squeeze", "def f(x): return torch.squeeze(x, 1)", "f2,1,3,1"),
    entry_case("torch.squeeze", "def f(x): return torch.squeeze(x, dim=0)", "f2,1,3,1", id="squeeze-not-one-is-noop"),
    entry_case("torch.squeeze", "def f(x): return torch.squeeze(x, (1, -1))", "f2,1,3,1"),
    entry_case("torch.unsqueeze", "def f(x): return torch.unsqueeze(x, -1)", "f2,3"),
    entry_case("torch.unsqueeze", "def f(x): return torch.unsqueeze(x, dim=0)", "f2,3"),
    entry_case("torch.movedim", "def f(x): return torch.movedim(x, 0, -1)", "f2,3,4"),
    entry_case("torch.movedim", "def f(x): return torch.movedim(x, (0, 1), (2, 0))", "f2,3,4"),
    entry_case("torch.moveaxis", "def f(x): return torch.moveaxis(x, -1, 0)", "f2,3,4"),
    entry_case("torch.narrow", "def f(x): return torch.narrow(x, 1, 1, 2)", "f2,4,3"),
    entry_case("torch.narrow", "def f(x): return torch.narrow(x, -1, 0, 2)", "f2,4,3"),
    entry_case("torch.tile", "def f(x): return torch.tile(x, (2,))", "f2,3"),
    entry_case("torch.tile", "def f(x): return torch.tile(x, (2, 1, 3))", "f2,3"),
    entry_case("torch.where", "def f(c, x, y): return torch.where(c, x, y)", "b3,4", "f3,4", "f3,4"),
    entry_case("torch.where", "def f(x): return torch.where(x > 0, x, 0.0)", "f3,4"),
    entry_case("torch.where", "def f(x): return torch.where(x > 0, 1, x)", "f3,4", id="where-scalar-first"),
    entry_case("torch.where", "def f(c, x): return torch.where(c, x, -1)", "b3,1", "i3,4", id="where-broadcast-int"),
    entry_case("torch.where", "def f(c): return torch.where(c)", "b3,4", id="where-condition-only"),
    entry_case("torch.nonzero", "def f(x): return torch.nonzero(x)", "n3,4"),
    entry_case("torch.nonzero", "def f(x): return torch.nonzero(x > 0, as_tuple=True)", "f3,4"),
    entry_case("torch.argwhere", "def f(x): return torch.argwhere(x)", "n3,4"),
    entry_case("torch.masked_fill", "def f(x): return torch.masked_fill(x, x > 0, 0.5)", "f3,4"),
    entry_case("torch.masked_fill", "def f(x, m): return torch.masked_fill(x, m, -1)", "f3,4", "b1,4"),
    entry_case("torch.gather", "def f(x, i): return torch.gather(x, 1, i)", "f3,4", "i3,2:4"),
    entry_case("torch.gather", "def f(x, i): return torch.gather(x, -1, i, sparse_grad=False)", "f2,3,4", "i2,3,5:4"),
    entry_case("torch.index_select", "def f(x, i): return torch.index_select(x, 0, i)", "f4,3", "i5:4"),
    entry_case("torch.index_select", "def f(x, i): return torch.index_select(x, dim=-1, index=i)", "f2,4,3", "i2:3"),
    entry_case("torch.take", "def f(x, i): return torch.take(x, i)", "f3,4", "i2,3:12"),
    entry_case("torch.take_along_dim", "def f(x): return torch.take_along_dim(x, torch.argsort(x, 1), 1)", "f3,4"),
    entry_case("torch.masked_select", "def f(x, m): return torch.masked_select(x, m)", "f3,4", "b4"),
    entry_case("torch.select", "def f(x): return torch.select(x, 1, -2)", "f3,4,5"),
    entry_case("torch.diagonal", "def f(x): return torch.diagonal(x, 1, 0, 2)", "f4,3,5"),
    entry_case("torch.diagonal", "def f(x): return torch.diagonal(x, offset=-1)", "f4,5", id="diagonal-below"),
    entry_case("torch.unflatten", "def f(x): return torch.unflatten(x, 1, (2, -1))", "f3,6"),
    entry_case("torch.t", "def f(x, v): return torch.t(x), torch.t(v)", "f3,4", "f5"),
    entry_case("torch.ravel", "def f(x): return torch.ravel(x.transpose(0, 1))", "f3,4"),
    entry_case("torch.detach", "def f(x): return torch.detach(x)", "f3,4"),
    entry_case("torch.tensor_split", "def f(x): return torch.tensor_split(x, 3, dim=1)", "f2,7"),
    entry_case("torch.tensor_split", "def f(x): return torch.tensor_split(x, [1, 4, 10])", "f6,2", id="tensor_split-indices"),
    entry_case("torch.tensor_split", "def f(x): return torch.tensor_split(x, (-2,), -1)", "f2,5", id="tensor_split-negative"),
    entry_case("torch.hsplit", "def f(x): return torch.hsplit(x, 2)", "f3,4"),
    entry_case("torch.hsplit", "def f(x): return torch.hsplit(x, [2])", "f6", id="hsplit-1d"),
    entry_case("torch.vsplit", "def f(x): return torch.vsplit(x, [1, 2])", "f4,3"),
    entry_case("torch.dsplit", "def f(x): return torch.dsplit(x, 3)", "f2,2,6"),
    entry_case("torch.column_stack", "def f(x, y): return torch.column_stack((x, y, x[:, 0]))", "f4,2", "f4,3"),
    entry_case("torch.column_stack", "def f(x): return torch.column_stack([x, x])", "f5", id="column_stack-1d"),
    entry_case("torch.row_stack", "def f(x, y): return torch.row_stack([x, y])", "f4", "f2,4"),
    entry_case("torch.atleast_1d torch.atleast_2d torch.atleast_3d",
               "def f(x, y):\n    return (torch.atleast_1d(x), torch.atleast_2d(x), torch.atleast_3d(x), torch.atleast_2d(x, y),\n"
               "            torch.atleast_3d((x, y)), torch.atleast_3d(y.reshape(3, 4)), torch.atleast_1d(y))", "f5", "f2,6"),
    entry_case("torch.index_add", "def f(x, i, s): return torch.index_add(x, 0, i, s, alpha=2)", "f4,3", "i5:4", "f5,3"),
    entry_case("torch.index_copy", "def f(x, i, s): return torch.index_copy(x, 1, i, s)", "f3,5", "r2:5", "f3,2"),
    # the result computed before the input is read: Jittor's scatter wrote into the input's buffer
    entry_case("torch.index_copy torch.index_put torch.scatter torch.put",
               "def f(x):\n    a = torch.index_copy(x, 0, torch.tensor([2, 0]), torch.ones(2, 2)).tolist()\n"
               "    b = torch.index_put(x, (torch.tensor([1]),), torch.tensor(5.0)).tolist()\n"
               "    c = torch.scatter(x, 1, torch.tensor([[1], [0], [1]]), 7.0).tolist()\n"
               "    d = torch.put(x, torch.tensor([0, 5]), torch.tensor([8.0, 9.0])).tolist()\n"
               "    return torch.tensor(a), torch.tensor(b), torch.tensor(c), torch.tensor(d), x", "f3,2",
               id="index-ops-leave-input-unchanged"),
    entry_case("torch.index_fill", "def f(x, i): return torch.index_fill(x, -1, i, 2.5)", "f3,5", "r2:5"),
    entry_case("torch.index_fill", "def f(x, i): return torch.index_fill(x, 0, i, torch.tensor(-3))", "n4,2", "i2:4",
               id="index_fill-tensor-value"),
    entry_case("torch.index_put", "def f(x, i, j, v): return torch.index_put(x, (i, j), v)", "f4,5", "r3:4", "r3:5", "f3"),
    entry_case("torch.index_put", "def f(x, i, v): return torch.index_put(x, [i], v, accumulate=True)", "f4,2", "i6:4",
               "f6,2", id="index_put-accumulate"),
    entry_case("torch.index_put", "def f(x, m): return torch.index_put(x, (m,), torch.tensor(0.5))", "f3,4", "b3,4",
               id="index_put-mask"),
    entry_case("torch.masked_scatter", "def f(x, m, s): return torch.masked_scatter(x, m, s)", "f3,4", "b4", "f20"),
    entry_case("torch.put", "def f(x, i, s): return torch.put(x, i, s, accumulate=True)", "f3,4", "i5:12", "f5"),
    entry_case("torch.scatter", "def f(x, i, s): return torch.scatter(x, 1, i, s)", "f3,4", "r3,2:4", "f3,4"),
    entry_case("torch.scatter", "def f(x, i): return torch.scatter(x, 1, i, 1.5, reduce='add')", "f3,4", "r3,2:4",
               id="scatter-value-add"),
    entry_case("torch.scatter", "def f(x, i, s): return torch.scatter(x, 1, i, src=s, reduce='multiply')", "f3,4",
               "r3,2:4", "f3,2", id="scatter-multiply"),
    entry_case("torch.scatter_add", "def f(x, i, s): return torch.scatter_add(x, 0, i, s)", "f3,4", "i5,4:3", "f5,4"),
    entry_case("torch.scatter_reduce", "def f(x, i, s): return torch.scatter_reduce(x, 0, i, s, 'sum')", "f3,4",
               "i5,4:3", "f5,4"),
    entry_case("torch.scatter_reduce", "def f(x, i, s): return torch.scatter_reduce(x, 1, i, s, 'mean', include_self=False)",
               "f3,4", "i3,6:4", "f3,6", id="scatter_reduce-mean-exclude"),
    entry_case("torch.scatter_reduce", "def f(x, i, s): return torch.scatter_reduce(x, 0, i, s, reduce='amin')", "n3,4",
               "i5,4:3", "n5,4", id="scatter_reduce-amin-int"),
    entry_case("torch.scatter_reduce", "def f(x, i, s): return torch.scatter_reduce(x, 0, i, s, 'prod', include_self=False)",
               "f3,4", "i2,4:3", "f2,4", id="scatter_reduce-prod"),
    entry_case("torch.scatter_reduce", "def f(x, i, s): return torch.scatter_reduce(x, 0, i, s, 'mean')", "n3,4",
               "i5,4:3", "n5,4", id="scatter_reduce-mean-int"),
    entry_case("torch.isin", "def f(x, t): return torch.isin(x, t), torch.isin(x, t, invert=True)", "i3,4", "i5"),
    entry_case("torch.isin", "def f(x): return torch.isin(x, 3)", "i3,4", id="isin-scalar"),
    entry_case("torch.unique_consecutive", "def f(x): return torch.unique_consecutive(x)", "i12:3"),
    entry_case("torch.unique_consecutive", "def f(x): return torch.unique_consecutive(x, return_inverse=True, "
               "return_counts=True)", "i3,4:2", id="unique_consecutive-all"),
    entry_case("torch.unique_consecutive", "def f(x): return torch.unique_consecutive(x.repeat_interleave(2, 0), "
               "return_counts=True, dim=0)", "i3,2:2", id="unique_consecutive-dim"),
    entry_case("torch.unravel_index", "def f(i): return torch.unravel_index(i, (3, 4, 2))", "i2,3:24"),
    entry_case("torch.broadcast_tensors", "def f(x, y): return torch.broadcast_tensors(x, y)", "f3,1", "f4"),
    entry_case("torch.broadcast_shapes", "def f(x): return torch.broadcast_shapes((3, 1), (4,), 1)", "f1"),
    entry_case("torch.cat", "def f(x):\n    return torch.cat([x, x * 2], 1)", "f2,3,8,8", rtol=1e-4),
    entry_case(
        "torch.cat",
        "def f(x):\n    return torch.cat((x, x), dim=-1)",
        "f2,3,8,8",
        rtol=1e-4,
        id="cat-negative-dim",
    ),
    entry_case(
        "torch.cat",
        "def f(x):\n    return torch.cat(tensors=[x, x], dim=1)",
        "f2,3,8,8",
        rtol=1e-4,
        id="cat-keywords",
    ),
    # PyTorch skips 1-dim empty tensors (an accumulator started as torch.tensor([])); Jittor's concat raised
    entry_case("torch.cat",
               "def f(x):\n    acc = torch.tensor([])\n    return torch.cat([acc, x]), torch.cat((x, acc, x), 0), torch.cat([acc, acc])",
               "f2,3", id="cat-legacy-empty"),
    # Jittor promotes by size (int64 with float32: float64), PyTorch by category (float32)
    entry_case("torch.cat torch.stack torch.concat",
               "def f(n, x, b):\n    return (torch.cat([n, x]), torch.cat((n, b), 0), torch.stack([x, n, x.double()]),\n"
               "            torch.concat([b, x.half()]), torch.stack([n, b]), torch.cat([x.half(), x.double()]))",
               "n4", "f4", "b4", id="cat-stack-mixed-dtypes"),
    entry_case("torch.split_with_sizes torch.unsafe_split torch.unsafe_split_with_sizes torch.split_copy "
               "torch.split_with_sizes_copy torch.slice_scatter torch.select_scatter",
               "def f(x, s):\n    return (torch.split_with_sizes(x, [1, 3], dim=1), torch.unsafe_split(x, 2, 1),\n"
               "            torch.unsafe_split_with_sizes(x, [2, 2], 1), torch.split_copy(x, 1), torch.split_with_sizes_copy(x, [1, 1]),\n"
               "            torch.slice_scatter(x, s, dim=1, start=0, step=2), torch.slice_scatter(x, s[:, :1], 1, 3),\n"
               "            torch.select_scatter(x, s[:, 0], 1, -1))", "f2,4", "f2,2"),
    entry_case("torch.Tensor.split_with_sizes torch.Tensor.slice_scatter torch.Tensor.select_scatter",
               "def f(x, s):\n    return (x.split_with_sizes([1, 1]), x.split_with_sizes(split_sizes=[3, 1], dim=1),\n"
               "            x.slice_scatter(s, 1, 1, 3), x.select_scatter(x[0] * 2, 0, 1))", "f2,4", "f2,2"),
    # the `_copy` twins of view functions
    entry_case("torch.permute_copy torch.transpose_copy torch.t_copy torch.detach_copy torch.unsafe_chunk",
               "def f(x, m):\n    return (torch.permute_copy(x, (2, 0, 1)), torch.transpose_copy(x, 0, 2), torch.t_copy(m),\n"
               "            torch.detach_copy(x), torch.unsafe_chunk(x, 2, dim=1))", "f2,3,4", "f3,4"),
    entry_case("torch.squeeze_copy torch.unsqueeze_copy torch.narrow_copy torch.select_copy torch.diagonal_copy "
               "torch.unbind_copy",
               "def f(x):\n    return (torch.squeeze_copy(x, 0), torch.unsqueeze_copy(x, 1), torch.narrow_copy(x, 2, 1, 2),\n"
               "            torch.select_copy(x, 1, 2), torch.diagonal_copy(x[0], 1), torch.unbind_copy(x, 2))", "f1,3,4"),
    entry_case("torch.adjoint", "def f(x): return torch.adjoint(x), torch.adjoint(x[0])", "f2,3,4"),
    entry_case("torch.diagonal_scatter",
               "def f(x: torch.Tensor, s: torch.Tensor):\n    return (torch.diagonal_scatter(x[0], s[0, :3]), torch.diagonal_scatter(x[0], s[0, :3], 1),\n"
               "            torch.diagonal_scatter(x, s[:, :2], -1, 1, 2), torch.diagonal_scatter(x, s.mT[:, :1], 1, 2, 0))",
               "f2,3,4", "f2,3"),
    *[entry_case("torch.index_reduce",
                 f"def f(x, i, s): return torch.index_reduce(x, 0, i, s, {r!r}), "
                 f"torch.index_reduce(x, 1, i[:2], s[:3, :2], {r!r}, include_self=False)",
                 "w3,3", "i4:3", "w4,3", id=f"index_reduce-{r}") for r in ("prod", "mean", "amax", "amin")],
    entry_case("torch.index_reduce", "def f(x, i, s): return torch.index_reduce(x, 0, i, s, 'mean')", "i3,3:-5,5",
               "i4:3", "i4,3:-9,9", id="index_reduce-int-mean"),
    entry_case("torch.expand_copy torch.view_copy torch.slice_copy torch.unfold_copy torch.alias_copy",
               "def f(x):\n    return (torch.expand_copy(x[:, :1], (2, 3, -1)), torch.expand_copy(x, [2, 2, 3, 4]),\n"
               "            torch.view_copy(x, (4, 6)), torch.slice_copy(x, 1, 1, None, 2), torch.slice_copy(x),\n"
               "            torch.unfold_copy(x, 2, 2, 1), torch.alias_copy(x))", "f2,3,4"),
]


def test_diagonal_scatter_of_another_size_raises_as_pytorch(torch, jittor):
    from parity import assert_same_error

    assert_same_error("def f(x, s): return torch.diagonal_scatter(x, s)", ["f3,3", "f2"])


def test_index_reduce_sum_raises_as_pytorch(torch, jittor):
    from parity import assert_same_error

    assert_same_error("def f(x, i, s): return torch.index_reduce(x, 0, i, s, 'sum')", ["f3,3", "i4:3", "f4,3"])
    assert_same_error("def f(x, i, s): return torch.index_reduce(x, 0, i, s, 'amax')", ["f3,3", "i4:3", "f4,2"])
    assert_same_error("def f(x, i, s): return torch.index_reduce(x, 0, i, s, 'amax')", ["f3,3", "i4:3", "f5,3"])


def test_values_copy_is_reported():
    from torch2jittor import convert_source

    result = convert_source("import torch\ny = torch.values_copy(torch.ones(2))\n")
    assert [d.api for d in result.unsupported] == ["torch.values_copy"]


def test_adjoint_of_a_vector_raises_as_pytorch(torch, jittor):
    from parity import assert_same_error

    assert_same_error("def f(x): return torch.adjoint(x)", ["f3"])


# The call shapes PyTorch rejects must fail converted too (check_call_shape).
BROKEN_CALL_SHAPES = {
    "unique_consecutive-dim-positional": "PyTorch's boolean dispatch reads the 2nd positional argument as "
                                         "return_counts and then returns the inverse indices for (x, False, True, 0); "
                                         "the helper follows the documented meaning",
}


test_entry, test_entry_call_shape = entry_tests(ENTRY_CASES, broken=BROKEN_CALL_SHAPES)

COVERED = covered(ENTRY_CASES)  # see tests/test_coverage.py
