"""More torch.Tensor methods -> jittor.Var methods (module '': the receiver stays, the method is renamed).

Rewritten only on provable tensors (typeinfer.py). Every entry is proven by a run-both test in
tests/test_parity_tensor_methods_more.py. Notes on what Jittor does differently:

- Jittor has no 0-dim Vars: a full reduction (`x.sum()`, `x.max()`, `x.any()`) gives shape [1]
  where PyTorch gives shape (). No mapping or helper can change this.
- Jittor's binary C ops (add, sub, mul, div, maximum, equal, ...) and transpose take their operand
  positionally only: a PyTorch keyword call (`x.add(other=y)`) becomes `x.add(y=y)`, which Jittor
  rejects at run time (loudly). The table cannot say "positional-only" (see the report).
- Reductions over integer tensors stay int32 in Jittor (PyTorch promotes sums/cumsums to int64).
- Jittor's CPU division kernel is not IEEE-exact: 4/1 can give 3.9999998 and some x/0 give nan
  where PyTorch gives +-inf. This belongs to Jittor's `/` itself, not to the div mapping.
- Methods whose Jittor counterpart differs in a way a rename cannot fix are in UNSUPPORTED; most
  need a helper taking the receiver as its first argument, which method entries cannot emit yet.
"""
from ._schema import entry  # noqa: F401


def _m(name, args="", jittor_args=None, **kw):
    """A jittor.Var method `name` taking the same arguments (unless `jittor_args` says otherwise)."""
    return entry(args, "", name, args if jittor_args is None else jittor_args, **kw)


# memory_format only chooses strides in PyTorch; Jittor has no strides, values are identical.
_MEMORY_FORMAT = {"delete": ["memory_format"]}
# factory keywords of Tensor.new_* that Jittor's new_* (dtype = the receiver's) cannot take
_NEW_KWARGS = "*, dtype=None, device=None, requires_grad=False, layout=torch.strided, pin_memory=False"
_NEW_OPTS = {"delete": ["device", "pin_memory"], "unsupported": ["dtype", "requires_grad", "layout"]}

ENTRIES: dict = {
    # --- element-wise math, same name and meaning -------------------------------------------
    **{
        f"Tensor.{name}": _m(name)
        for name in (
            "abs acos acosh asin asinh atan atanh arccos arccosh arcsin arcsinh arctan arctanh "
            "cos cosh sin sinh tan tanh exp log log2 sqrt rsqrt sigmoid floor ceil erf erfinv "
            "deg2rad rad2deg isnan isinf isfinite isneginf isposinf logical_not negative"
        ).split()
    },
    "Tensor.neg": _m("negative"),
    "Tensor.absolute": _m("abs"),
    "Tensor.square": _m("sqr"),
    # --- binary element-wise (Jittor: positional operand `y`) -------------------------------
    "Tensor.add": entry("other, *, alpha=1", "", "add", "y", links={"other": "y"}, unsupported=["alpha"]),
    "Tensor.sub": entry("other, *, alpha=1", "", "sub", "y", links={"other": "y"}, unsupported=["alpha"]),
    "Tensor.subtract": entry("other, *, alpha=1", "", "subtract", "y", links={"other": "y"}, unsupported=["alpha"]),
    "Tensor.mul": entry("other", "", "mul", "y", links={"other": "y"}),
    "Tensor.multiply": entry("other", "", "multiply", "y", links={"other": "y"}),
    "Tensor.div": entry(
        "other, *, rounding_mode=None", "", "div", "y", links={"other": "y"}, unsupported=["rounding_mode"],
    ),
    "Tensor.divide": entry(
        "other, *, rounding_mode=None", "", "divide", "y", links={"other": "y"}, unsupported=["rounding_mode"],
    ),
    "Tensor.true_divide": entry("other", "", "divide", "y", links={"other": "y"}),
    # torch.remainder is Python's modulo (sign of the divisor), as is Jittor's mod.
    "Tensor.remainder": entry("other", "", "mod", "y", links={"other": "y"}),
    "Tensor.pow": entry("exponent", "", "pow", "y", links={"exponent": "y"}),
    "Tensor.maximum": entry("other", "", "maximum", "y", links={"other": "y"}),
    "Tensor.minimum": entry("other", "", "minimum", "y", links={"other": "y"}),
    "Tensor.eq": entry("other", "", "equal", "y", links={"other": "y"}),
    "Tensor.ne": entry("other", "", "ne", "y", links={"other": "y"}),
    "Tensor.not_equal": entry("other", "", "not_equal", "y", links={"other": "y"}),
    "Tensor.gt": entry("other", "", "greater", "y", links={"other": "y"}),
    "Tensor.greater": entry("other", "", "greater", "y", links={"other": "y"}),
    "Tensor.ge": entry("other", "", "greater_equal", "y", links={"other": "y"}),
    "Tensor.greater_equal": entry("other", "", "greater_equal", "y", links={"other": "y"}),
    "Tensor.lt": entry("other", "", "less", "y", links={"other": "y"}),
    "Tensor.less": entry("other", "", "less", "y", links={"other": "y"}),
    "Tensor.le": entry("other", "", "less_equal", "y", links={"other": "y"}),
    "Tensor.less_equal": entry("other", "", "less_equal", "y", links={"other": "y"}),
    "Tensor.logical_and": entry("other", "", "logical_and", "y", links={"other": "y"}),
    "Tensor.logical_or": entry("other", "", "logical_or", "y", links={"other": "y"}),
    "Tensor.logical_xor": entry("other", "", "logical_xor", "y", links={"other": "y"}),
    "Tensor.bitwise_and": entry("other", "", "bitwise_and", "y", links={"other": "y"}),
    "Tensor.bitwise_or": entry("other", "", "bitwise_or", "y", links={"other": "y"}),
    "Tensor.bitwise_xor": entry("other", "", "bitwise_xor", "y", links={"other": "y"}),
    "Tensor.bitwise_left_shift": entry("other", "", "left_shift", "y", links={"other": "y"}),
    "Tensor.bitwise_right_shift": entry("other", "", "right_shift", "y", links={"other": "y"}),
    # --- products ----------------------------------------------------------------------------
    "Tensor.matmul": entry("other", "", "matmul", "b", links={"other": "b"}),
    "Tensor.mm": entry("mat2", "", "matmul", "b", links={"mat2": "b"}),
    "Tensor.bmm": entry("mat2", "", "matmul", "b", links={"mat2": "b"}),
    "Tensor.mv": entry("vec", "", "matmul", "b", links={"vec": "b"}),
    "Tensor.outer": entry("vec2", "", "outer", "y", links={"vec2": "y"}),
    "Tensor.ger": entry("vec2", "", "outer", "y", links={"vec2": "y"}),
    # --- dtype conversions (Jittor's `long()` is int32: use the explicit int64) ------------------
    "Tensor.float": _m("float", "memory_format=torch.preserve_format", "", **_MEMORY_FORMAT),
    "Tensor.double": _m("double", "memory_format=torch.preserve_format", "", **_MEMORY_FORMAT),
    "Tensor.half": _m("half", "memory_format=torch.preserve_format", "", **_MEMORY_FORMAT),
    "Tensor.bool": _m("bool", "memory_format=torch.preserve_format", "", **_MEMORY_FORMAT),
    "Tensor.int": _m("int", "memory_format=torch.preserve_format", "", **_MEMORY_FORMAT),
    "Tensor.long": _m("int64", "memory_format=torch.preserve_format", "", **_MEMORY_FORMAT),
    "Tensor.short": _m("int16", "memory_format=torch.preserve_format", "", **_MEMORY_FORMAT),
    "Tensor.char": _m("int8", "memory_format=torch.preserve_format", "", **_MEMORY_FORMAT),
    "Tensor.byte": _m("uint8", "memory_format=torch.preserve_format", "", **_MEMORY_FORMAT),
    "Tensor.type_as": entry("other", "", "type_as", "b", links={"other": "b"}),
    # --- data access and copies ----------------------------------------------------------------
    "Tensor.detach": _m("detach"),
    "Tensor.clone": entry("*, memory_format=torch.preserve_format", "", "clone", "", **_MEMORY_FORMAT),
    "Tensor.numel": _m("numel"),
    "Tensor.nelement": _m("numel"),
    "Tensor.dim": _m("dim"),
    "Tensor.ndimension": _m("dim"),
    "Tensor.item": _m("item"),
    "Tensor.tolist": _m("tolist"),
    "Tensor.numpy": entry("*, force=False", "", "numpy", "", delete=["force"]),
    # --- shape -----------------------------------------------------------------------------------
    "Tensor.expand": entry("*size", "", "expand", "*shape"),
    "Tensor.expand_as": entry("other", "", "expand_as", "y, dims=()", links={"other": "y"}),
    "Tensor.broadcast_to": entry("size", "", "broadcast", "shape, dims=()", links={"size": "shape"}),
    "Tensor.view_as": entry("other", "", "view_as", "y", links={"other": "y"}),
    "Tensor.reshape_as": entry("other", "", "view_as", "y", links={"other": "y"}),
    "Tensor.ravel": entry("", "", "flatten", "start_dim=0, end_dim=-1"),
    "Tensor.repeat": entry("*repeats", "", "repeat", "*shape"),
    "Tensor.repeat_interleave": entry(
        "repeats, dim=None, *, output_size=None", "", "repeat_interleave", "repeats, dim=None",
        unsupported=["output_size"],
    ),
    "Tensor.unsqueeze": _m("unsqueeze", "dim"),
    "Tensor.squeeze": _m("squeeze", "dim=None"),
    # Jittor's transpose(*dim) swaps two axes when given two: positional only.
    "Tensor.transpose": _m("transpose", "dim0, dim1", note="Jittor: transpose(*dim), positional only"),
    "Tensor.swapaxes": entry("axis0, axis1", "", "transpose", "dim0, dim1", links={"axis0": "dim0", "axis1": "dim1"}),
    "Tensor.swapdims": _m("transpose", "dim0, dim1"),
    "Tensor.t": _m("t"),
    "Tensor.flip": entry("dims", "", "flip", "dim=0", links={"dims": "dim"}),
    "Tensor.fliplr": entry("", "", "flip", "dim=0", extras={"dim": "1"}),
    "Tensor.flipud": entry("", "", "flip", "dim=0", extras={"dim": "0"}),
    "Tensor.tril": _m("tril", "diagonal=0"),
    "Tensor.triu": _m("triu", "diagonal=0"),
    "Tensor.diag": _m("diag", "diagonal=0"),
    "Tensor.split": entry("split_size, dim=0", "", "split", "split_size, dim=0"),
    "Tensor.unbind": _m("unbind", "dim=0"),
    # --- reductions (Jittor: `keepdims`; a tuple of dims is positional or `dims=`) ---------------
    "Tensor.sum": entry(
        "dim=None, keepdim=False, *, dtype=None", "", "sum", "dim, keepdims=False",
        links={"keepdim": "keepdims"}, unsupported=["dtype"],
    ),
    "Tensor.mean": entry(
        "dim=None, keepdim=False, *, dtype=None", "", "mean", "dim, keepdims=False",
        links={"keepdim": "keepdims"}, unsupported=["dtype"],
    ),
    "Tensor.prod": entry(
        "dim=None, keepdim=False, *, dtype=None", "", "prod", "dim, keepdims=False",
        links={"keepdim": "keepdims"}, unsupported=["dtype"],
    ),
    "Tensor.amax": entry("dim=(), keepdim=False", "", "max", "dim, keepdims=False", links={"keepdim": "keepdims"}),
    "Tensor.amin": entry("dim=(), keepdim=False", "", "min", "dim, keepdims=False", links={"keepdim": "keepdims"}),
    # x.max()/x.min()/x.median() over everything match; with `dim` PyTorch returns (values, indices)
    # where Jittor returns values only: such calls are reported and left as written.
    "Tensor.median": entry("dim=None, keepdim=False", "", "median", "", unsupported=["dim", "keepdim"]),
    # Jittor's var defaults to the biased estimator: forced to PyTorch's unbiased default.
    "Tensor.var": entry(
        "dim=None, unbiased=True, keepdim=False, *, correction=1", "", "var",
        "dim=None, dims=None, unbiased=False, keepdims=False",
        links={"keepdim": "keepdims"}, extras={"unbiased": "True"}, unsupported=["unbiased", "correction"],
    ),
    "Tensor.any": entry("dim=None, keepdim=False", "", "any", "dim=()", unsupported=["keepdim"]),
    "Tensor.all": entry("dim=None, keepdim=False", "", "all", "dim=()", unsupported=["keepdim"]),
    "Tensor.logsumexp": entry(
        "dim, keepdim=False", "", "logsumexp", "dim, keepdims=False, keepdim=False",
        links={"keepdim": "keepdims"},
    ),
    "Tensor.softmax": entry("dim, dtype=None", "", "softmax", "dim=None, log=False", unsupported=["dtype"]),
    "Tensor.log_softmax": entry("dim, dtype=None", "", "log_softmax", "dim=None", unsupported=["dtype"]),
    "Tensor.cumsum": entry("dim, *, dtype=None", "", "cumsum", "dim=None", unsupported=["dtype"]),
    # --- clamping, selection, scatter --------------------------------------------------------------
    "Tensor.clamp": entry("min=None, max=None", "", "clamp", "min_v=None, max_v=None", links={"min": "min_v", "max": "max_v"}),
    "Tensor.clip": entry("min=None, max=None", "", "clamp", "min_v=None, max_v=None", links={"min": "min_v", "max": "max_v"}),
    "Tensor.clamp_min": entry("min", "", "clamp", "min_v=None, max_v=None", links={"min": "min_v"}),
    "Tensor.clamp_max": entry("max", "", "clamp", "min_v=None, max_v=None", links={"max": "max_v"}),
    "Tensor.masked_fill": _m("masked_fill", "mask, value"),
    "Tensor.gather": entry("dim, index, *, sparse_grad=False", "", "gather", "dim, index", unsupported=["sparse_grad"]),
    # scatter(dim, index, value=<number>) has no Jittor form: only a tensor `src` is taken.
    "Tensor.scatter": entry(
        "dim, index, src=None, *, value=None, reduce=None", "", "scatter", "dim, index, src, reduce='void'",
        unsupported=["value"],
    ),
    "Tensor.scatter_add": entry("dim, index, src", "", "scatter", "dim, index, src, reduce='void'", extras={"reduce": "'add'"}),
    # --- new tensors with the receiver's dtype -------------------------------------------------------
    "Tensor.new_zeros": entry(f"size, {_NEW_KWARGS}", "", "new_zeros", "size", **_NEW_OPTS),
    "Tensor.new_ones": entry(f"size, {_NEW_KWARGS}", "", "new_ones", "size", **_NEW_OPTS),
    "Tensor.new_empty": entry(f"size, {_NEW_KWARGS}", "", "new_empty", "size", **_NEW_OPTS),
    "Tensor.new_full": entry(
        f"size, fill_value, {_NEW_KWARGS}", "", "new_full", "size, val", links={"fill_value": "val"}, **_NEW_OPTS,
    ),
    # --- in-place (Jittor: `x.assign(result)`, which returns x) ---------------------------------------
    "Tensor.add_": entry("other, *, alpha=1", "", "add_", "y", links={"other": "y"}, unsupported=["alpha"]),
    "Tensor.sub_": entry("other, *, alpha=1", "", "sub_", "y", links={"other": "y"}, unsupported=["alpha"]),
    "Tensor.mul_": entry("other", "", "mul_", "y", links={"other": "y"}),
    "Tensor.multiply_": entry("other", "", "multiply_", "y", links={"other": "y"}),
    "Tensor.pow_": entry("exponent", "", "pow_", "y", links={"exponent": "y"}),
    "Tensor.clamp_": entry("min=None, max=None", "", "clamp_", "min_v=None, max_v=None", links={"min": "min_v", "max": "max_v"}),
    "Tensor.clip_": entry("min=None, max=None", "", "clamp_", "min_v=None, max_v=None", links={"min": "min_v", "max": "max_v"}),
    "Tensor.fill_": _m("fill_", "value"),
    "Tensor.zero_": _m("zero_"),
    "Tensor.masked_fill_": _m("masked_fill_", "mask, value"),
    **{f"Tensor.{name}": _m(name) for name in "abs_ sqrt_ rsqrt_ sigmoid_ erf_ erfinv_ log2_ deg2rad_ rad2deg_ t_".split()},
    "Tensor.absolute_": _m("abs_"),
    "Tensor.cumsum_": entry("dim, *, dtype=None", "", "cumsum_", "dim=None", unsupported=["dtype"]),
    "Tensor.transpose_": _m("transpose_", "dim0, dim1", note="Jittor: transpose(*dim), positional only"),
    "Tensor.unsqueeze_": _m("unsqueeze_", "dim"),
    "Tensor.squeeze_": _m("squeeze_", "dim=None"),
    # Jittor's tril_ takes no diagonal; triu_ does.
    "Tensor.tril_": entry("diagonal=0", "", "tril_", "", unsupported=["diagonal"]),
    "Tensor.triu_": _m("triu_", "diagonal=0"),
    "Tensor.scatter_": entry(
        "dim, index, src=None, *, value=None, reduce=None", "", "scatter_", "dim, index, src, reduce='void'",
        unsupported=["value"],
    ),
    "Tensor.scatter_add_": entry(
        "dim, index, src", "", "scatter_", "dim, index, src, reduce='void'", extras={"reduce": "'add'"},
    ),
    # random fills: same distribution (values differ between frameworks by nature)
    "Tensor.uniform_": entry("from_=0, to=1, *, generator=None", "", "uniform_", "low=0, high=1",
                             links={"from_": "low", "to": "high"}, unsupported=["generator"]),
    "Tensor.normal_": entry("mean=0, std=1, *, generator=None", "", "normal_", "mean=0.0, std=1.0",
                            unsupported=["generator"]),
}

_HELPER = "needs receiver-to-argument rewrite"

# torch names deliberately not mapped, with the reason the diagnostic gives.
UNSUPPORTED: dict[str, str] = {
    # PyTorch returns int64 indices (and these Jittor methods return (indices, values) or int32)
    "torch.Tensor.bfloat16": "Jittor truncates to bfloat16 (PyTorch rounds to nearest even)",
    "torch.Tensor.type": "x.type() returns a type name, x.type(dtype) casts: needs a per-call rule",
    # No Jittor Var method at all (a function form exists, or a one-line helper would do).
    **{
        f"torch.Tensor.{name}": f"no jittor.Var method; {_HELPER}"
        for name in (
            "index_fill index_copy masked_scatter unfold sum_to_size mode"
        ).split()
    },
    # (In-place forms Jittor does not generate, div_ ... remainder_, are helpers now:
    # mappings/tensor_method_helpers.py.)
}
