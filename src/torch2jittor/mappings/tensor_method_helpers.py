"""Tensor methods whose Jittor counterpart differs: `x.m(args)` -> `t2j.m(x, args)`, a helper
(runtime/compat_tensor.py) implementing PyTorch's semantics with PyTorch's own arguments."""
from ._schema import entry

_T = "t2j"


def _helper(args: str, name: str) -> dict:
    return entry(args, _T, name, "self, " + args if args else "self")


TENSOR_METHOD_HELPERS = {
    # (values, int64 indices) for a dim; Jittor's argmax/argmin/sort/topk give int32 indices first.
    "Tensor.max": _helper("dim=None, keepdim=False", "tensor_max"),
    "Tensor.min": _helper("dim=None, keepdim=False", "tensor_min"),
    "Tensor.argmax": _helper("dim=None, keepdim=False", "tensor_argmax"),
    "Tensor.argmin": _helper("dim=None, keepdim=False", "tensor_argmin"),
    "Tensor.sort": _helper("dim=-1, descending=False, stable=False", "tensor_sort"),
    "Tensor.argsort": _helper("dim=-1, descending=False, stable=False", "tensor_argsort"),
    "Tensor.topk": _helper("k, dim=-1, largest=True, sorted=True", "tensor_topk"),
    # Jittor's std clamps the variance at 1e-6; its chunk miscounts; roll without dims rolls dim 0.
    "Tensor.std": _helper("dim=None, unbiased=True, keepdim=False, *, correction=None", "tensor_std"),
    "Tensor.chunk": _helper("chunks, dim=0", "tensor_chunk"),
    "Tensor.roll": _helper("shifts, dims=None", "tensor_roll"),
    "Tensor.index_select": _helper("dim, index", "tensor_index_select"),
    "Tensor.where": _helper("condition, y", "tensor_where"),
    # In-place forms Jittor's Var lacks: computed, assigned back, the receiver returned.
    "Tensor.div_": _helper("other, *, rounding_mode=None", "tensor_div_"),
    "Tensor.divide_": _helper("other, *, rounding_mode=None", "tensor_div_"),
    "Tensor.true_divide_": _helper("other", "tensor_div_"),
    "Tensor.neg_": _helper("", "tensor_neg_"),
    "Tensor.exp_": _helper("", "tensor_exp_"),
    "Tensor.log_": _helper("", "tensor_log_"),
    "Tensor.floor_": _helper("", "tensor_floor_"),
    "Tensor.ceil_": _helper("", "tensor_ceil_"),
    "Tensor.tanh_": _helper("", "tensor_tanh_"),
    "Tensor.relu_": _helper("", "tensor_relu_"),
}
