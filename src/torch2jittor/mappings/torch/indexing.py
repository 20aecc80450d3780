"""torch.* joining, splitting, reshaping and selection ("Indexing, Slicing, Joining, Mutating Ops")."""
from ..schema import entry, function

_UNVERIFIED = "not verified against Jittor"

ENTRIES = {
    # jt.concat takes the same (sequence, dim) pair; `out=` has no Jittor equivalent.
    "torch.cat": entry("tensors, dim=0, out=None", "jt", "concat", "arr, dim=0", links={"tensors": "arr"},
                       unsupported=["out"]),
    # jt.concat is jittor.contrib.concat(arr, dim=0) behind a forwarding wrapper.
    "torch.concat": function("tensors, dim=0, *, out=None", "jt", "concat", "arr, dim=0", links={"tensors": "arr"}),
    "torch.concatenate": function("tensors, axis=0, out=None", "jt", "concat", "arr, dim=0",
                                  links={"tensors": "arr", "axis": "dim"}),
    "torch.stack": function("tensors, dim=0, *, out=None", "jt", "stack", "x, dim=0", links={"tensors": "x"}),
    "torch.hstack": function("tensors, *, out=None", "t2j", "hstack"),
    "torch.vstack": function("tensors, *, out=None", "t2j", "vstack"),
    "torch.dstack": function("tensors, *, out=None", "t2j", "dstack"),
    "torch.split": function("tensor, split_size_or_sections, dim=0", "jt", "split", "d, split_size, dim=0",
                            links={"tensor": "d", "split_size_or_sections": "split_size"}),
    # Jittor returns lists: PyTorch's tuples come from helpers.
    "torch.chunk": function("input, chunks, dim=0", "t2j", "chunk"),
    "torch.unbind": function("input, dim=0", "t2j", "unbind"),
    "torch.reshape": function("input, shape", "t2j", "reshape"),
    "torch.permute": function("input, dims", "t2j", "permute"),
    "torch.transpose": function("input, dim0, dim1", "t2j", "transpose"),
    "torch.swapaxes": function("input, axis0, axis1", "t2j", "swapaxes"),
    "torch.swapdims": function("input, dim0, dim1", "t2j", "swapdims"),
    # PyTorch's squeeze of a dimension that is not 1 is a no-op (Jittor asserts); dim may be a tuple.
    "torch.squeeze": function("input, dim=None", "t2j", "squeeze"),
    "torch.unsqueeze": function("input, dim", "jt", "unsqueeze", "x, dim", links={"input": "x"}),
    "torch.movedim": function("input, source, destination", "t2j", "movedim"),
    "torch.moveaxis": function("input, source, destination", "t2j", "moveaxis"),
    "torch.narrow": function("input, dim, start, length", "t2j", "narrow"),
    "torch.tile": function("input, dims", "t2j", "tile"),
    "torch.where": function("condition, input=None, other=None, *, out=None", "t2j", "where"),
    "torch.nonzero": function("input, *, out=None, as_tuple=False", "t2j", "nonzero"),
    "torch.argwhere": function("input", "t2j", "argwhere"),
    "torch.masked_fill": function("input, mask, value", "t2j", "masked_fill"),
    "torch.gather": function("input, dim, index, *, sparse_grad=False, out=None", "t2j", "gather"),
    # jt.index_select mis-shapes its result: a helper.
    "torch.index_select": function("input, dim, index, *, out=None", "t2j", "index_select"),
    "torch.take": function("input, index", "t2j", "take"),
    "torch.take_along_dim": function("input, indices, dim=None, *, out=None", "t2j", "take_along_dim"),
    "torch.masked_select": function("input, mask, *, out=None", "t2j", "tensor_masked_select", "x, mask",
                                    links={"input": "x"}),
    "torch.select": function("input, dim, index", "t2j", "tensor_select", "x, dim, index", links={"input": "x"}),
    "torch.diagonal": function("input, offset=0, dim1=0, dim2=1", "t2j", "tensor_diagonal",
                               "x, offset=0, dim1=0, dim2=1", links={"input": "x"}),
    "torch.unflatten": function("input, dim, sizes", "t2j", "tensor_unflatten", "x, dim, sizes", links={"input": "x"}),
    "torch.t": function("input", "t2j", "t"),
    "torch.ravel": function("input", "t2j", "ravel"),
    "torch.detach": function("input", "t2j", "detach"),
    "torch.tensor_split": function("input, indices_or_sections, dim=0", "t2j", "tensor_split"),
    "torch.hsplit": function("input, indices_or_sections", "t2j", "hsplit"),
    "torch.vsplit": function("input, indices_or_sections", "t2j", "vsplit"),
    "torch.dsplit": function("input, indices_or_sections", "t2j", "dsplit"),
    "torch.column_stack": function("tensors, *, out=None", "t2j", "column_stack"),
    "torch.row_stack": function("tensors, *, out=None", "t2j", "vstack"),
    **{f"torch.{name}": function("*tensors", "t2j", name) for name in "atleast_1d atleast_2d atleast_3d".split()},
}

UNSUPPORTED = {
    "torch.scatter": "jt.scatter differs in its reduce arguments; not verified",
    "torch.scatter_add": _UNVERIFIED,
    "torch.index_add": _UNVERIFIED,
}
