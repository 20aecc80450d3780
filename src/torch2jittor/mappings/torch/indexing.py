"""torch.* joining, splitting, reshaping and selection ("Indexing, Slicing, Joining, Mutating Ops")."""
from ..schema import entry, function

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
    # conjugate transpose of the last two dims: a real tensor's transpose
    "torch.adjoint": function("input", "t2j", "adjoint"),
    "torch.ravel": function("input", "t2j", "ravel"),
    "torch.detach": function("input", "t2j", "detach"),
    "torch.tensor_split": function("input, indices_or_sections, dim=0", "t2j", "tensor_split"),
    "torch.hsplit": function("input, indices_or_sections", "t2j", "hsplit"),
    "torch.vsplit": function("input, indices_or_sections", "t2j", "vsplit"),
    "torch.dsplit": function("input, indices_or_sections", "t2j", "dsplit"),
    "torch.column_stack": function("tensors, *, out=None", "t2j", "column_stack"),
    "torch.row_stack": function("tensors, *, out=None", "t2j", "vstack"),
    **{f"torch.{name}": function("*tensors", "t2j", name) for name in "atleast_1d atleast_2d atleast_3d".split()},
    # scatter-style writes, out of place (jt.scatter: the written values keep their gradient)
    "torch.index_add": function("input, dim, index, source, *, alpha=1, out=None", "t2j", "index_add"),
    "torch.index_copy": function("input, dim, index, source, *, out=None", "t2j", "index_copy"),
    "torch.index_fill": function("input, dim, index, value", "t2j", "index_fill"),
    "torch.index_put": function("input, indices, values, accumulate=False", "t2j", "index_put"),
    "torch.masked_scatter": function("input, mask, source", "t2j", "masked_scatter"),
    "torch.put": function("input, index, source, accumulate=False", "t2j", "put"),
    # a number as the 4th argument is PyTorch's `value` overload
    "torch.scatter": function("input, dim, index, src=None, *, value=None, reduce=None, out=None", "t2j", "scatter"),
    "torch.scatter_add": function("input, dim, index, src, *, out=None", "t2j", "scatter_add"),
    "torch.scatter_reduce": function("input, dim, index, src, reduce, *, include_self=True, out=None", "t2j",
                                     "scatter_reduce", note="computed in numpy: no gradient, no GPU"),
    "torch.isin": function("elements, test_elements, *, assume_unique=False, invert=False", "t2j", "isin", note="computed in numpy: no gradient, no GPU"),
    "torch.unique_consecutive": function("input, return_inverse=False, return_counts=False, dim=None", "t2j",
                                         "unique_consecutive", note="computed in numpy: no gradient, no GPU"),
    "torch.unravel_index": function("indices, shape", "t2j", "unravel_index", note="computed in numpy: no gradient, no GPU"),
    "torch.broadcast_tensors": function("*tensors", "t2j", "broadcast_tensors"),
    "torch.split_with_sizes": function("input, split_sizes, dim=0", "jt", "split", "d, split_size, dim=0",
                                       links={"input": "d", "split_sizes": "split_size"}),
    "torch.slice_scatter": function("input, src, dim=0, start=None, end=None, step=1", "t2j", "slice_scatter"),
    "torch.select_scatter": function("input, src, dim, index", "t2j", "select_scatter"),
    "torch.broadcast_shapes": function("*shapes", "t2j", "broadcast_shapes"),
    "torch.diagonal_scatter": function("input, src, offset=0, dim1=0, dim2=1", "t2j", "diagonal_scatter"),
    "torch.index_reduce": function("input, dim, index, source, reduce, *, include_self=True, out=None", "t2j",
                                   "index_reduce", note="computed in numpy: no gradient, no GPU"),
    # `_copy` twins of views that have no torch.* function of their own
    "torch.expand_copy": function("input, size, *, implicit=False, out=None", "t2j", "expand_copy"),
    "torch.view_copy": function("input, size, *, out=None", "t2j", "view_copy"),
    "torch.slice_copy": function("input, dim=0, start=None, end=None, step=1, *, out=None", "t2j", "slice_copy"),
    "torch.unfold_copy": function("input, dimension, size, step, *, out=None", "t2j", "tensor_unfold"),
    "torch.alias_copy": function("input, *, out=None", "t2j", "alias_copy"),
}

UNSUPPORTED = {
    "torch.values_copy": "the values of a sparse tensor: Jittor has no sparse tensors (torch.sparse_coo_tensor gives "
                         "a dense stand-in)",
}

# PyTorch's `_copy` twins of its view functions return a new tensor: every Jittor result is one already.
ALIASES = {
    **{f"torch.{name}_copy": f"torch.{name}"
       for name in "permute transpose squeeze unsqueeze narrow select diagonal t detach unbind".split()},
    "torch.unsafe_chunk": "torch.chunk",
    "torch.unsafe_split": "torch.split",
    "torch.unsafe_split_with_sizes": "torch.split_with_sizes",
    "torch.split_with_sizes_copy": "torch.split_with_sizes",
    "torch.split_copy": "torch.split",
}
