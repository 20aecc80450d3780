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
    "Tensor.relu": _helper("", "tensor_relu"),
    # PyTorch's copy_ broadcasts and keeps the receiver's dtype; Jittor's assign does neither.
    "Tensor.copy_": _helper("src, non_blocking=False", "tensor_copy_"),
    "Tensor.is_floating_point": _helper("", "tensor_is_floating_point"),
    "torch.is_floating_point": entry("input", _T, "tensor_is_floating_point", "x", links={"input": "x"}),
    "Tensor.requires_grad_": _helper("requires_grad=True", "tensor_requires_grad_"),
    "Tensor.detach_": _helper("", "tensor_detach_"),
    # Methods with a function form in the helper module taking PyTorch's arguments, input first:
    # `x.log1p()` -> `t2j.log1p(x)` (runtime/compat_functional.py).
    **{f"Tensor.{name}": _helper("", name) for name in "log1p expm1 log10 sign reciprocal trunc frac trace".split()},
    "Tensor.lerp": _helper("end, weight", "lerp"),
    "Tensor.narrow": _helper("dim, start, length", "narrow"),
    "Tensor.isclose": _helper("other, rtol=1e-05, atol=1e-08, equal_nan=False", "isclose"),
    "Tensor.allclose": _helper("other, rtol=1e-05, atol=1e-08, equal_nan=False", "allclose"),
    "Tensor.nan_to_num": _helper("nan=0.0, posinf=None, neginf=None", "nan_to_num"),
    "Tensor.atan2": _helper("other", "atan2"),
    "Tensor.arctan2": _helper("other", "arctan2"),
    "Tensor.hypot": _helper("other", "hypot"),
    "Tensor.logit": _helper("eps=None", "logit"),
    "Tensor.float_power": _helper("exponent", "float_power"),
    "Tensor.addmm": _helper("mat1, mat2, *, beta=1, alpha=1", "addmm"),
    "Tensor.baddbmm": _helper("batch1, batch2, *, beta=1, alpha=1", "baddbmm"),
    "Tensor.movedim": _helper("source, destination", "movedim"),
    "Tensor.moveaxis": _helper("source, destination", "moveaxis"),
    "Tensor.count_nonzero": _helper("dim=None", "count_nonzero"),
    "Tensor.cummax": _helper("dim", "cummax"),
    "Tensor.cummin": _helper("dim", "cummin"),
    "Tensor.diff": _helper("n=1, dim=-1, prepend=None, append=None", "diff"),
    "Tensor.take": _helper("index", "take"),
    "Tensor.dot": _helper("tensor", "dot"),
    # Methods whose Jittor Var namesake differs (see tensor_methods_more.UNSUPPORTED's history):
    # the helper module's function form has PyTorch's semantics.
    "Tensor.round": _helper("*, decimals=0", "round_"),  # halves to even; Jittor's: away from zero
    "Tensor.norm": _helper("p='fro', dim=None, keepdim=False, dtype=None", "norm"),  # default: all elements
    "Tensor.nonzero": _helper("*, as_tuple=False", "nonzero"),  # int64 indices
    "Tensor.cumprod": _helper("dim, *, dtype=None", "cumprod"),  # exact for negative values
    "Tensor.floor_divide": _helper("other", "floor_divide"),  # keeps float dtypes
    "Tensor.fmod": _helper("other", "fmod"),  # sign of the dividend
    "Tensor.cross": _helper("other, dim=None", "cross"),  # default dim: the first of size 3
    "Tensor.equal": _helper("other", "equal"),  # one bool for the whole tensor
    # No Jittor Var method of these names: helpers (runtime/compat_tensor.py)
    "Tensor.masked_select": _helper("mask", "tensor_masked_select"),
    "Tensor.select": _helper("dim, index", "tensor_select"),
    "Tensor.diagonal": _helper("offset=0, dim1=0, dim2=1", "tensor_diagonal"),
    "Tensor.unflatten": _helper("dim, sizes", "tensor_unflatten"),
    "Tensor.addcmul": _helper("tensor1, tensor2, *, value=1", "tensor_addcmul"),
    "Tensor.addcdiv": _helper("tensor1, tensor2, *, value=1", "tensor_addcdiv"),
    "Tensor.nansum": _helper("dim=None, keepdim=False, *, dtype=None", "tensor_nansum"),
    "Tensor.nanmean": _helper("dim=None, keepdim=False, *, dtype=None", "tensor_nanmean"),
    "Tensor.exp2": _helper("", "tensor_exp2"),
    "Tensor.sgn": _helper("", "tensor_sgn"),
    "Tensor.heaviside": _helper("values", "tensor_heaviside"),
    "Tensor.tile": _helper("*dims", "tensor_tile"),
    "Tensor.sin_": _helper("", "tensor_sin_"),
    "Tensor.cos_": _helper("", "tensor_cos_"),
    "Tensor.negative_": _helper("", "tensor_neg_"),
    "Tensor.subtract_": _helper("other, *, alpha=1", "tensor_sub_"),
    "Tensor.remainder_": _helper("other", "tensor_remainder_"),
    "Tensor.unique": _helper("sorted=True, return_inverse=False, return_counts=False, dim=None", "tensor_unique"),
    "torch.unique": entry("input, sorted=True, return_inverse=False, return_counts=False, dim=None", _T,
                          "tensor_unique", "x, sorted=True, return_inverse=False, return_counts=False, dim=None",
                          links={"input": "x"}),
    "Tensor.kthvalue": _helper("k, dim=-1, keepdim=False", "tensor_kthvalue"),
    "Tensor.new_tensor": _helper("data, *, dtype=None, device=None, requires_grad=False, layout=None, "
                                 "pin_memory=False", "tensor_new_tensor"),
    "Tensor.bitwise_not": _helper("", "tensor_bitwise_not"),
    "Tensor.element_size": _helper("", "tensor_element_size"),
    "Tensor.index_add_": _helper("dim, index, source, *, alpha=1", "tensor_index_add_"),
}
