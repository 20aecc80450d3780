"""torch.Tensor methods -> jittor.Var methods (module '': the receiver stays, the method may be
renamed) or helper functions taking the receiver first (`x.m(args)` -> `t2j.m(x, args)`).

Rewritten only on provable tensors (typeinfer.py). What Jittor does differently:

- Jittor has no 0-dim Vars: a full reduction (`x.sum()`, `x.max()`, `x.any()`) gives shape [1]
  where PyTorch gives shape (). No mapping or helper can change this.
- Jittor's binary C ops (add, sub, mul, div, maximum, equal, ...) and transpose take their operand
  by position only (a keyword raises at run time): their Jittor argument lists end in `/`, and the
  converter passes a PyTorch keyword there by position (`x.add(other=y)` -> `x.add(y)`).
- Reductions over integer tensors stay int32 in Jittor (PyTorch promotes sums/cumsums to int64), and
  Jittor promotes by size (int64 * 2.5 is float64): the helper package wraps Var's operators, its
  binary arithmetic, floating-point and sum/prod methods to promote as PyTorch does (_operators.py).
- Jittor's CPU division kernel is not IEEE-exact: 4/1 can give 3.9999998 and some x/0 give nan
  where PyTorch gives +-inf. This belongs to Jittor's `/` itself, not to the div mapping.
"""
from .schema import entry, method, method_helper

# memory_format only chooses strides in PyTorch; Jittor has no strides, values are identical.
_MEMORY_FORMAT = {"delete": ["memory_format"]}
# factory keywords of Tensor.new_* that Jittor's new_* (dtype = the receiver's) cannot take
_NEW_KWARGS = "*, dtype=None, device=None, requires_grad=False, layout=torch.strided, pin_memory=False"
_DENSE_SPARSE = ("Jittor has no sparse tensors: the dense tensor of the same values stands in (PyTorch's "
                 "values and gradients; is_sparse is False, the memory is the dense tensor's, indices()/values() "
                 "are not provided)")
_NEW_OPTS = {"delete": ["device", "pin_memory"], "unsupported": ["dtype", "requires_grad", "layout"]}

ENTRIES = {
    # `x.size()` -> `x.shape`, `x.size(i)` -> `x.shape[i]`: a hand-written rule (rules/tensor_size.py).
    "torch.Tensor.size": entry("dim=None", "", "shape", "", rule="size_to_shape"),
    # Jittor places every Var by jt.flags.use_cuda: moving a tensor is a no-op, so the call goes.
    "torch.Tensor.cuda": entry("device=None, non_blocking=False", "", "", "", rule="drop_device_move"),
    "torch.Tensor.cpu": entry("", "", "", "", rule="drop_device_move"),
    "torch.Tensor.to": entry("*args, **kwargs", "", "", "", rule="drop_device_move"),
    "torch.Tensor.view": entry("*size", "", "view", "*shape"),
    "torch.Tensor.reshape": entry("*shape", "", "reshape", "*shape"),
    # Jittor's permute takes no negative dims: the helper wraps them (rules/permute_dims.py keeps
    # Jittor's own where every dim is a non-negative literal).
    "torch.Tensor.permute": method_helper("*dims", "tensor_permute") | {"rule": "permute_dims"},
    "torch.Tensor.flatten": entry("start_dim=0, end_dim=-1", "", "flatten", "start_dim=0, end_dim=-1"),
    **{f"torch.Tensor.{name}": method_helper("", f"tensor_{name}") for name in "is_conj is_neg isreal".split()},
    # a copy in page-locked memory for faster GPU transfers: a copy here; without a GPU PyTorch raises
    "torch.Tensor.pin_memory": method_helper("device=None", "tensor_pin_memory"),
    "torch.Tensor.contiguous": entry("memory_format=torch.contiguous_format", "", "contiguous", "", **_MEMORY_FORMAT),
    # a Var has one layout, the contiguous one (not channels_last, whatever `.to(memory_format=)` asked)
    "torch.Tensor.is_contiguous": method_helper("memory_format=torch.contiguous_format", "tensor_is_contiguous"),
    # --- element-wise math, same name and meaning -------------------------------------------
    **{
        f"torch.Tensor.{name}": method(name)
        for name in (
            "abs acos acosh asin asinh atan atanh arccos arccosh arcsin arcsinh arctan arctanh "
            "cos cosh sin sinh tan tanh exp log log2 sqrt rsqrt sigmoid floor ceil erf erfinv "
            "deg2rad rad2deg isnan isinf isfinite isneginf isposinf logical_not negative"
        ).split()
    },
    "torch.Tensor.neg": method("negative"),
    "torch.Tensor.absolute": method("abs"),
    "torch.Tensor.square": method("sqr"),
    # --- binary element-wise (Jittor: positional operand `y`) -------------------------------
    "torch.Tensor.add": entry("other, *, alpha=1", "", "add", "y, /", links={"other": "y"}, rule="alpha_helper"),
    "torch.Tensor.sub": entry("other, *, alpha=1", "", "sub", "y, /", links={"other": "y"}, rule="alpha_helper"),
    "torch.Tensor.subtract": entry("other, *, alpha=1", "", "subtract", "y, /",
                                   links={"other": "y"}, rule="alpha_helper"),
    "torch.Tensor.mul": entry("other", "", "mul", "y, /", links={"other": "y"}),
    "torch.Tensor.multiply": entry("other", "", "multiply", "y, /", links={"other": "y"}),
    "torch.Tensor.div": entry(
        "other, *, rounding_mode=None", "", "div", "y, /", links={"other": "y"}, unsupported=["rounding_mode"],
    ),
    "torch.Tensor.divide": entry(
        "other, *, rounding_mode=None", "", "divide", "y, /", links={"other": "y"}, unsupported=["rounding_mode"],
    ),
    "torch.Tensor.true_divide": entry("other", "", "divide", "y, /", links={"other": "y"}),
    # Python's modulo (sign of the divisor); Jittor's mod truncates integers (-7 % 3 gives -1).
    "torch.Tensor.remainder": method_helper("other", "remainder"),
    "torch.Tensor.pow": entry("exponent", "", "pow", "y, /", links={"exponent": "y"}),
    # torch.maximum's helper: a tie's gradient split between the operands (Jittor's gives it to one)
    "torch.Tensor.maximum": method_helper("other", "maximum"),
    "torch.Tensor.minimum": method_helper("other", "minimum"),
    "torch.Tensor.eq": entry("other", "", "equal", "y, /", links={"other": "y"}),
    "torch.Tensor.ne": entry("other", "", "ne", "y, /", links={"other": "y"}),
    "torch.Tensor.not_equal": entry("other", "", "not_equal", "y, /", links={"other": "y"}),
    "torch.Tensor.gt": entry("other", "", "greater", "y, /", links={"other": "y"}),
    "torch.Tensor.greater": entry("other", "", "greater", "y, /", links={"other": "y"}),
    "torch.Tensor.ge": entry("other", "", "greater_equal", "y, /", links={"other": "y"}),
    "torch.Tensor.greater_equal": entry("other", "", "greater_equal", "y, /", links={"other": "y"}),
    "torch.Tensor.lt": entry("other", "", "less", "y, /", links={"other": "y"}),
    "torch.Tensor.less": entry("other", "", "less", "y, /", links={"other": "y"}),
    "torch.Tensor.le": entry("other", "", "less_equal", "y, /", links={"other": "y"}),
    "torch.Tensor.less_equal": entry("other", "", "less_equal", "y, /", links={"other": "y"}),
    "torch.Tensor.logical_and": entry("other", "", "logical_and", "y, /", links={"other": "y"}),
    "torch.Tensor.logical_or": entry("other", "", "logical_or", "y, /", links={"other": "y"}),
    "torch.Tensor.logical_xor": entry("other", "", "logical_xor", "y, /", links={"other": "y"}),
    "torch.Tensor.bitwise_and": entry("other", "", "bitwise_and", "y, /", links={"other": "y"}),
    "torch.Tensor.bitwise_or": entry("other", "", "bitwise_or", "y, /", links={"other": "y"}),
    "torch.Tensor.bitwise_xor": entry("other", "", "bitwise_xor", "y, /", links={"other": "y"}),
    "torch.Tensor.bitwise_left_shift": entry("other", "", "left_shift", "y, /", links={"other": "y"}),
    "torch.Tensor.bitwise_right_shift": entry("other", "", "right_shift", "y, /", links={"other": "y"}),
    # --- products ----------------------------------------------------------------------------
    "torch.Tensor.matmul": entry("other", "", "matmul", "b", links={"other": "b"}),
    "torch.Tensor.mm": entry("mat2", "", "matmul", "b", links={"mat2": "b"}),
    "torch.Tensor.bmm": entry("mat2", "", "matmul", "b", links={"mat2": "b"}),
    "torch.Tensor.mv": entry("vec", "", "matmul", "b", links={"vec": "b"}),
    # Jittor's outer of int64 and float32 is float64 (PyTorch: float32)
    "torch.Tensor.outer": method_helper("vec2", "tensor_outer"),
    "torch.Tensor.ger": method_helper("vec2", "tensor_outer"),
    # --- dtype conversions (Jittor's `long()` is int32: use the explicit int64) ------------------
    "torch.Tensor.float": method("float", "memory_format=torch.preserve_format", "", **_MEMORY_FORMAT),
    "torch.Tensor.double": method("double", "memory_format=torch.preserve_format", "", **_MEMORY_FORMAT),
    "torch.Tensor.half": method("half", "memory_format=torch.preserve_format", "", **_MEMORY_FORMAT),
    "torch.Tensor.bool": method("bool", "memory_format=torch.preserve_format", "", **_MEMORY_FORMAT),
    "torch.Tensor.int": method("int", "memory_format=torch.preserve_format", "", **_MEMORY_FORMAT),
    "torch.Tensor.long": method("int64", "memory_format=torch.preserve_format", "", **_MEMORY_FORMAT),
    "torch.Tensor.short": method("int16", "memory_format=torch.preserve_format", "", **_MEMORY_FORMAT),
    "torch.Tensor.char": method("int8", "memory_format=torch.preserve_format", "", **_MEMORY_FORMAT),
    "torch.Tensor.byte": method("uint8", "memory_format=torch.preserve_format", "", **_MEMORY_FORMAT),
    "torch.Tensor.type_as": entry("other", "", "type_as", "b", links={"other": "b"}),
    # --- data access and copies ----------------------------------------------------------------
    "torch.Tensor.detach": method("detach"),
    "torch.Tensor.clone": entry("*, memory_format=torch.preserve_format", "", "clone", "", **_MEMORY_FORMAT),
    "torch.Tensor.numel": method("numel"),
    "torch.Tensor.nelement": method("numel"),
    "torch.Tensor.dim": method("dim"),
    "torch.Tensor.ndimension": method("dim"),
    "torch.Tensor.item": method("item"),
    "torch.Tensor.tolist": method("tolist"),
    # a 0-dim tensor's array is 0-dim (Jittor's Var.numpy gives shape (1,))
    "torch.Tensor.numpy": method_helper("*, force=False", "tensor_numpy"),
    # --- shape -----------------------------------------------------------------------------------
    "torch.Tensor.expand": entry("*size", "", "expand", "*shape"),
    "torch.Tensor.expand_as": entry("other", "", "expand_as", "y, /, dims=()", links={"other": "y"}),
    "torch.Tensor.broadcast_to": entry("size", "", "broadcast", "shape, dims=()", links={"size": "shape"}),
    "torch.Tensor.view_as": entry("other", "", "view_as", "y", links={"other": "y"}),
    "torch.Tensor.reshape_as": entry("other", "", "view_as", "y", links={"other": "y"}),
    "torch.Tensor.ravel": entry("", "", "flatten", "start_dim=0, end_dim=-1"),
    "torch.Tensor.repeat": entry("*repeats", "", "repeat", "*shape"),
    # a tensor of repeat counts: Jittor's repeat_interleave asserts
    "torch.Tensor.repeat_interleave": method_helper("repeats, dim=None, *, output_size=None",
                                                    "tensor_repeat_interleave"),
    "torch.Tensor.unsqueeze": method("unsqueeze", "dim"),
    # Jittor's squeeze asserts where PyTorch leaves a dimension that is not 1: a helper.
    "torch.Tensor.squeeze": method_helper("dim=None", "tensor_squeeze"),
    # Jittor's transpose(*dim) swaps two axes when given two: positional only.
    "torch.Tensor.transpose": method("transpose", "dim0, dim1", "dim0, dim1, /"),
    "torch.Tensor.swapaxes": entry("axis0, axis1", "", "transpose", "dim0, dim1, /",
                                   links={"axis0": "dim0", "axis1": "dim1"}),
    "torch.Tensor.swapdims": method("transpose", "dim0, dim1", "dim0, dim1, /"),
    "torch.Tensor.t": method_helper("", "tensor_t"),  # 1-D: the tensor itself (Jittor's t() raises)
    "torch.Tensor.flip": entry("dims", "", "flip", "dim=0", links={"dims": "dim"}),
    "torch.Tensor.fliplr": entry("", "", "flip", "dim=0", extras={"dim": "1"}),
    "torch.Tensor.flipud": entry("", "", "flip", "dim=0", extras={"dim": "0"}),
    "torch.Tensor.tril": method("tril", "diagonal=0"),
    "torch.Tensor.triu": method("triu", "diagonal=0"),
    "torch.Tensor.diag": method("diag", "diagonal=0"),
    "torch.Tensor.split": entry("split_size, dim=0", "", "split", "split_size, dim=0"),
    # Jittor's unbind returns a list; PyTorch's a tuple.
    "torch.Tensor.unbind": entry("dim=0", "t2j", "unbind", "input, dim=0"),
    # --- reductions (Jittor: `keepdims`; a tuple of dims is positional or `dims=`, and `dim=` takes only an int:
    # passed by position) ---------------------------------------------------------------------------
    "torch.Tensor.sum": entry(
        "dim=None, keepdim=False, *, dtype=None", "", "sum", "dim, /, keepdims=False",
        links={"keepdim": "keepdims"}, unsupported=["dtype"],
    ),
    "torch.Tensor.mean": entry(
        "dim=None, keepdim=False, *, dtype=None", "", "mean", "dim, /, keepdims=False",
        links={"keepdim": "keepdims"}, unsupported=["dtype"],
    ),
    "torch.Tensor.prod": entry(
        "dim=None, keepdim=False, *, dtype=None", "", "prod", "dim, /, keepdims=False",
        links={"keepdim": "keepdims"}, unsupported=["dtype"],
    ),
    # Jittor's max/min take a tuple of dims only positionally (`dim=(1, 2)` matches no overload)
    "torch.Tensor.amax": method_helper("dim=(), keepdim=False", "amax"),
    "torch.Tensor.amin": method_helper("dim=(), keepdim=False", "amin"),
    # median's (values, int64 indices) with a dim: a helper (runtime/jittor_compat/ops/reduction.py).
    "torch.Tensor.median": method_helper("dim=None, keepdim=False", "median"),
    # Jittor's var defaults to the biased estimator: forced to PyTorch's unbiased default.
    # torch.var's helper: Jittor's Var.var takes a tuple of dims only as `dims=` (`x.var(dim=(2, 3))`,
    # common in hand-written normalisations, raised) and is biased by default
    "torch.Tensor.var": entry("dim=None, unbiased=True, keepdim=False, *, correction=1", "t2j", "var",
                              "input, dim=None, unbiased=None, keepdim=False, correction=None"),
    "torch.Tensor.any": entry("dim=None, keepdim=False", "", "any", "dim=()", unsupported=["keepdim"]),
    "torch.Tensor.all": entry("dim=None, keepdim=False", "", "all", "dim=()", unsupported=["keepdim"]),
    "torch.Tensor.logsumexp": entry(
        "dim, keepdim=False", "", "logsumexp", "dim, keepdims=False, keepdim=False",
        links={"keepdim": "keepdims"},
    ),
    "torch.Tensor.softmax": entry("dim, dtype=None", "", "softmax", "dim=None, log=False", unsupported=["dtype"]),
    "torch.Tensor.log_softmax": entry("dim, dtype=None", "", "log_softmax", "dim=None", unsupported=["dtype"]),
    # torch.cumsum's helper: Jittor's Var.cumsum asserts dim >= -1 (x.cumsum(-2) raised)
    "torch.Tensor.cumsum": method_helper("dim, *, dtype=None", "cumsum"),
    # --- clamping, selection, scatter --------------------------------------------------------------
    # torch.clamp's helper: PyTorch's promotion (an integer tensor clamped by a float bound gives
    # float32; Jittor's clamp gives float64)
    "torch.Tensor.clamp": method_helper("min=None, max=None", "tensor_clamp"),
    "torch.Tensor.clip": method_helper("min=None, max=None", "tensor_clamp"),
    "torch.Tensor.clamp_min": method_helper("min", "tensor_clamp_min"),
    "torch.Tensor.clamp_max": method_helper("max", "tensor_clamp_max"),
    "torch.Tensor.masked_fill": method("masked_fill", "mask, value"),
    "torch.Tensor.gather": entry("dim, index, *, sparse_grad=False", "", "gather", "dim, index",
                                 unsupported=["sparse_grad"]),
    # scatter(dim, index, value=<number>) has no Jittor form: only a tensor `src` is taken.
    # A number in src's place (`x.scatter(1, idx, 5.0)`) or `value=`: Jittor's scatter takes Vars only.
    "torch.Tensor.scatter": method_helper("dim, index, src=None, *, value=None, reduce=None", "scatter"),
    "torch.Tensor.scatter_add": entry("dim, index, src", "", "scatter", "dim, index, src, reduce='void'",
                                      extras={"reduce": "'add'"}),
    # --- new tensors with the receiver's dtype -------------------------------------------------------
    # PyTorch takes the size as varargs or one sequence, and a dtype; Jittor's take one size only
    **{f"torch.Tensor.{name}": entry(f"*size, {_NEW_KWARGS[3:]}", "t2j", f"tensor_{name}",
                                     f"self, *size, {_NEW_KWARGS[3:]}")
       for name in ("new_zeros", "new_ones", "new_empty")},
    "torch.Tensor.new_full": entry(
        f"size, fill_value, {_NEW_KWARGS}", "", "new_full", "size, val", links={"fill_value": "val"}, **_NEW_OPTS,
    ),
    # --- in-place (Jittor: `x.assign(result)`, which returns x) ---------------------------------------
    "torch.Tensor.add_": entry("other, *, alpha=1", "", "add_", "y, /", links={"other": "y"}, rule="alpha_helper"),
    "torch.Tensor.sub_": entry("other, *, alpha=1", "", "sub_", "y, /", links={"other": "y"}, rule="alpha_helper"),
    "torch.Tensor.mul_": entry("other", "", "mul_", "y, /", links={"other": "y"}),
    "torch.Tensor.multiply_": entry("other", "", "multiply_", "y", links={"other": "y"}),
    "torch.Tensor.pow_": entry("exponent", "", "pow_", "y", links={"exponent": "y"}),
    "torch.Tensor.clamp_": entry("min=None, max=None", "", "clamp_", "min_v=None, max_v=None",
                                 links={"min": "min_v", "max": "max_v"}),
    "torch.Tensor.clip_": entry("min=None, max=None", "", "clamp_", "min_v=None, max_v=None",
                                links={"min": "min_v", "max": "max_v"}),
    "torch.Tensor.fill_": method("fill_", "value"),
    "torch.Tensor.zero_": method("zero_"),
    "torch.Tensor.masked_fill_": method("masked_fill_", "mask, value"),
    **{f"torch.Tensor.{name}": method(name)
       for name in "abs_ sqrt_ rsqrt_ sigmoid_ erf_ erfinv_ log2_ deg2rad_ rad2deg_ t_".split()},
    "torch.Tensor.absolute_": method("abs_"),
    "torch.Tensor.cumsum_": entry("dim, *, dtype=None", "", "cumsum_", "dim=None", unsupported=["dtype"]),
    "torch.Tensor.transpose_": method("transpose_", "dim0, dim1", "dim0, dim1, /"),
    "torch.Tensor.swapaxes_": entry("axis0, axis1", "", "transpose_", "dim0, dim1, /",
                                    links={"axis0": "dim0", "axis1": "dim1"}),
    "torch.Tensor.swapdims_": method("transpose_", "dim0, dim1", "dim0, dim1, /"),
    "torch.Tensor.unsqueeze_": method("unsqueeze_", "dim"),
    "torch.Tensor.squeeze_": method("squeeze_", "dim=None"),
    # Jittor's tril_ takes no diagonal; triu_ does.
    "torch.Tensor.tril_": entry("diagonal=0", "", "tril_", "", unsupported=["diagonal"]),
    "torch.Tensor.triu_": method("triu_", "diagonal=0"),
    # Jittor's scatter_ takes no number to write (`one_hot.scatter_(1, labels, 1.0)`): the helper's scatter
    "torch.Tensor.scatter_": method_helper("dim, index, src=None, *, value=None, reduce=None", "tensor_scatter_"),
    "torch.Tensor.scatter_add_": method_helper("dim, index, src", "tensor_scatter_add_"),
    # random fills: same distribution (values differ between frameworks by nature)
    "torch.Tensor.uniform_": entry("from_=0, to=1, *, generator=None", "", "uniform_", "low=0, high=1",
                             links={"from_": "low", "to": "high"}, unsupported=["generator"]),
    "torch.Tensor.bernoulli": entry("p=None, *, generator=None", "t2j", "bernoulli", "input, p=None, *, generator=None"),
    "torch.Tensor.multinomial": entry("num_samples, replacement=False, *, generator=None", "t2j", "multinomial",
                                      "input, num_samples, replacement=False, *, generator=None"),
    "torch.Tensor.bernoulli_": method_helper("p=0.5, *, generator=None", "tensor_bernoulli_"),
    # PyTorch's transforms of uniform (normal) draws; random_'s integers come from numpy's generator
    **{f"torch.Tensor.{name}": entry(f"{args}, *, generator=None", "t2j", f"tensor_{name}", f"self, {args}",
                                     unsupported=["generator"])
       for name, args in (("cauchy_", "median=0, sigma=1"), ("exponential_", "lambd=1"), ("geometric_", "p"),
                          ("log_normal_", "mean=1, std=2"))},
    # random_(to) and random_(from, to): `from` is a Python keyword, so the bounds come by position
    "torch.Tensor.random_": entry("*args, generator=None, **kwargs", "t2j", "tensor_random_", "self, *args, **kwargs",
                                  unsupported=["generator"]),
    "torch.Tensor.normal_": entry("mean=0, std=1, *, generator=None", "", "normal_", "mean=0.0, std=1.0",
                            unsupported=["generator"]),
    # --- Jittor counterparts that differ: helpers (runtime/jittor_compat/tensor_methods.py, ops/) ---
    # (values, int64 indices) for a dim; Jittor's argmax/argmin/sort/topk give int32 indices first.
    "torch.Tensor.max": method_helper("dim=None, keepdim=False, *, other=None", "tensor_max"),
    "torch.Tensor.min": method_helper("dim=None, keepdim=False, *, other=None", "tensor_min"),
    "torch.Tensor.argmax": method_helper("dim=None, keepdim=False", "tensor_argmax"),
    "torch.Tensor.argmin": method_helper("dim=None, keepdim=False", "tensor_argmin"),
    "torch.Tensor.sort": method_helper("dim=-1, descending=False, stable=False", "tensor_sort"),
    "torch.Tensor.argsort": method_helper("dim=-1, descending=False, stable=False", "tensor_argsort"),
    "torch.Tensor.topk": method_helper("k, dim=-1, largest=True, sorted=True", "tensor_topk"),
    # Jittor's std clamps the variance at 1e-6; its chunk miscounts; roll without dims rolls dim 0.
    "torch.Tensor.std": method_helper("dim=None, unbiased=True, keepdim=False, *, correction=None", "tensor_std"),
    "torch.Tensor.chunk": method_helper("chunks, dim=0", "tensor_chunk"),
    "torch.Tensor.roll": method_helper("shifts, dims=None", "tensor_roll"),
    "torch.Tensor.index_select": method_helper("dim, index", "tensor_index_select"),
    "torch.Tensor.where": method_helper("condition, y", "tensor_where"),
    # In-place forms Jittor's Var lacks: computed, assigned back, the receiver returned.
    "torch.Tensor.div_": method_helper("other, *, rounding_mode=None", "tensor_div_"),
    "torch.Tensor.divide_": method_helper("other, *, rounding_mode=None", "tensor_div_"),
    "torch.Tensor.true_divide_": method_helper("other", "tensor_div_"),
    "torch.Tensor.neg_": method_helper("", "tensor_neg_"),
    "torch.Tensor.exp_": method_helper("", "tensor_exp_"),
    "torch.Tensor.log_": method_helper("", "tensor_log_"),
    "torch.Tensor.floor_": method_helper("", "tensor_floor_"),
    "torch.Tensor.ceil_": method_helper("", "tensor_ceil_"),
    "torch.Tensor.tanh_": method_helper("", "tensor_tanh_"),
    "torch.Tensor.relu_": method_helper("", "tensor_relu_"),
    "torch.Tensor.relu": method_helper("", "tensor_relu"),
    # PyTorch's copy_ broadcasts and keeps the receiver's dtype; Jittor's assign does neither.
    "torch.Tensor.copy_": method_helper("src, non_blocking=False", "tensor_copy_"),
    "torch.Tensor.is_floating_point": method_helper("", "tensor_is_floating_point"),
    "torch.Tensor.requires_grad_": method_helper("requires_grad=True", "tensor_requires_grad_"),
    "torch.Tensor.detach_": method_helper("", "tensor_detach_"),
    "torch.Tensor.retain_grad": method_helper("", "tensor_retain_grad"),
    # Methods with a function form in the helper module taking PyTorch's arguments, input first:
    # `x.log1p()` -> `t2j.log1p(x)` (runtime/jittor_compat/ops/).
    **{f"torch.Tensor.{name}": method_helper("", name)
       for name in "log1p expm1 log10 sign reciprocal trunc frac trace".split()},
    "torch.Tensor.lerp": method_helper("end, weight", "lerp"),
    "torch.Tensor.narrow": method_helper("dim, start, length", "narrow"),
    "torch.Tensor.isclose": method_helper("other, rtol=1e-05, atol=1e-08, equal_nan=False", "isclose"),
    "torch.Tensor.allclose": method_helper("other, rtol=1e-05, atol=1e-08, equal_nan=False", "allclose"),
    "torch.Tensor.nan_to_num": method_helper("nan=0.0, posinf=None, neginf=None", "nan_to_num"),
    "torch.Tensor.atan2": method_helper("other", "atan2"),
    "torch.Tensor.arctan2": method_helper("other", "arctan2"),
    "torch.Tensor.hypot": method_helper("other", "hypot"),
    "torch.Tensor.logit": method_helper("eps=None", "logit"),
    "torch.Tensor.float_power": method_helper("exponent", "float_power"),
    "torch.Tensor.addmm": method_helper("mat1, mat2, *, beta=1, alpha=1", "addmm"),
    "torch.Tensor.baddbmm": method_helper("batch1, batch2, *, beta=1, alpha=1", "baddbmm"),
    "torch.Tensor.movedim": method_helper("source, destination", "movedim"),
    "torch.Tensor.moveaxis": method_helper("source, destination", "moveaxis"),
    "torch.Tensor.count_nonzero": method_helper("dim=None", "count_nonzero"),
    "torch.Tensor.cummax": method_helper("dim", "cummax"),
    "torch.Tensor.cummin": method_helper("dim", "cummin"),
    "torch.Tensor.diff": method_helper("n=1, dim=-1, prepend=None, append=None", "diff"),
    "torch.Tensor.take": method_helper("index", "take"),
    "torch.Tensor.dot": method_helper("tensor", "dot"),
    # special functions, evaluated in float64 (runtime/jittor_compat/ops/special.py)
    **{f"torch.Tensor.{name}": method_helper("", name) for name in "erfc lgamma digamma i0 sinc".split()},
    "torch.Tensor.polygamma": method_helper("n", "tensor_polygamma"),
    "torch.Tensor.mvlgamma": method_helper("p", "mvlgamma"),
    "torch.Tensor.xlogy": method_helper("other", "xlogy"),
    "torch.Tensor.logaddexp": method_helper("other", "logaddexp"),
    "torch.Tensor.logaddexp2": method_helper("other", "logaddexp2"),
    # linear algebra (runtime/jittor_compat/ops/linalg.py)
    **{f"torch.Tensor.{name}": method_helper("", name)
       for name in "det logdet slogdet inverse matrix_exp msort".split()},
    "torch.Tensor.pinverse": method_helper("rcond=1e-15", "pinverse"),
    "torch.Tensor.matrix_power": method_helper("n", "matrix_power"),
    "torch.Tensor.svd": method_helper("some=True, compute_uv=True", "svd"),  # V, not linalg.svd's Vh
    "torch.Tensor.cholesky_inverse": method_helper("upper=False", "cholesky_inverse"),
    "torch.Tensor.cholesky_solve": method_helper("input2, upper=False", "cholesky_solve"),
    "torch.Tensor.triangular_solve": method_helper("A, upper=True, transpose=False, unitriangular=False",
                                                   "triangular_solve"),
    "torch.Tensor.lu": method_helper("pivot=True, get_infos=False", "lu"),
    "torch.Tensor.lu_solve": method_helper("LU_data, LU_pivots", "lu_solve") | {
        "note": "computed in numpy: no gradient, no GPU"},
    "torch.Tensor.adjoint": method_helper("", "adjoint"),
    "torch.Tensor.kron": method_helper("other", "kron"),
    "torch.Tensor.inner": method_helper("other", "inner"),
    "torch.Tensor.dist": method_helper("other, p=2", "dist"),
    "torch.Tensor.renorm": method_helper("p, dim, maxnorm", "renorm"),
    "torch.Tensor.rot90": method_helper("k=1, dims=(0, 1)", "rot90"),
    # Methods whose Jittor Var namesake differs in semantics:
    # the helper module's function form has PyTorch's semantics.
    "torch.Tensor.round": method_helper("*, decimals=0", "round_"),  # halves to even; Jittor's: away from zero
    "torch.Tensor.norm": method_helper("p='fro', dim=None, keepdim=False, dtype=None", "norm"),  # default: all elements
    "torch.Tensor.nonzero": method_helper("*, as_tuple=False", "nonzero"),  # int64 indices
    "torch.Tensor.cumprod": method_helper("dim, *, dtype=None", "cumprod"),  # exact for negative values
    "torch.Tensor.floor_divide": method_helper("other", "floor_divide"),  # keeps float dtypes
    "torch.Tensor.fmod": method_helper("other", "fmod"),  # sign of the dividend
    "torch.Tensor.cross": method_helper("other, dim=None", "cross"),  # default dim: the first of size 3
    "torch.Tensor.equal": method_helper("other", "equal"),  # one bool for the whole tensor
    # No Jittor Var method of these names: helpers (runtime/jittor_compat/tensor_methods.py)
    "torch.Tensor.masked_select": method_helper("mask", "tensor_masked_select"),
    "torch.Tensor.select": method_helper("dim, index", "tensor_select"),
    "torch.Tensor.diagonal": method_helper("offset=0, dim1=0, dim2=1", "tensor_diagonal"),
    "torch.Tensor.unflatten": method_helper("dim, sizes", "tensor_unflatten"),
    "torch.Tensor.addcmul": method_helper("tensor1, tensor2, *, value=1", "tensor_addcmul"),
    "torch.Tensor.addcdiv": method_helper("tensor1, tensor2, *, value=1", "tensor_addcdiv"),
    "torch.Tensor.nansum": method_helper("dim=None, keepdim=False, *, dtype=None", "tensor_nansum"),
    "torch.Tensor.nanmean": method_helper("dim=None, keepdim=False, *, dtype=None", "tensor_nanmean"),
    "torch.Tensor.exp2": method_helper("", "tensor_exp2"),
    "torch.Tensor.sgn": method_helper("", "tensor_sgn"),
    "torch.Tensor.heaviside": method_helper("values", "tensor_heaviside"),
    "torch.Tensor.tile": method_helper("*dims", "tensor_tile"),
    "torch.Tensor.sin_": method_helper("", "tensor_sin_"),
    "torch.Tensor.cos_": method_helper("", "tensor_cos_"),
    "torch.Tensor.negative_": method_helper("", "tensor_neg_"),
    "torch.Tensor.subtract_": method_helper("other, *, alpha=1", "tensor_sub_"),
    "torch.Tensor.remainder_": method_helper("other", "tensor_remainder_"),
    "torch.Tensor.unique": method_helper(
        "sorted=True, return_inverse=False, return_counts=False, dim=None", "tensor_unique",
    ),
    "torch.Tensor.kthvalue": method_helper("k, dim=-1, keepdim=False", "tensor_kthvalue"),
    "torch.Tensor.new_tensor": method_helper("data, *, dtype=None, device=None, requires_grad=False, layout=None, "
                                 "pin_memory=False", "tensor_new_tensor"),
    "torch.Tensor.bitwise_not": method_helper("", "tensor_bitwise_not"),
    "torch.Tensor.element_size": method_helper("", "tensor_element_size"),
    "torch.Tensor.index_add_": method_helper("dim, index, source, *, alpha=1", "tensor_index_add_"),
    # `x.type()` is the type's name, `x.type(dtype)` a cast
    "torch.Tensor.type": method_helper("dtype=None, non_blocking=False, **kwargs", "tensor_type"),
    # Jittor's Var has no backward() and its Module no zero_grad(): the helper keeps gradients per
    # parameter as PyTorch does (rules/gradients.py; `p.grad` is read through it too).
    "torch.Tensor.backward": entry("gradient=None, retain_graph=None, create_graph=False, inputs=None", "t2j",
                                   "backward", "self, gradient=None, retain_graph=None, create_graph=False, inputs=None",
                                   rule="backward_helper"),
    "torch.Tensor.zero_grad": entry("set_to_none=True", "t2j", "zero_grad", "self, set_to_none=True", rule="zero_grad"),
    # Function forms in the helper module (runtime/jittor_compat/ops/), the receiver first. Those
    # computed in numpy have no gradient (their notes in mappings/torch/ say which).
    **{f"torch.Tensor.{name}": method_helper("", name) for name in (
        "argwhere positive fix signbit frexp corrcoef").split()},
    **{f"torch.Tensor.{name}": method_helper("other", name) for name in (
        "copysign fmax fmin gcd lcm ldexp nextafter vdot").split()},
    **{f"torch.Tensor.{name}": method_helper("indices_or_sections", name) for name in "hsplit vsplit dsplit".split()},
    "torch.Tensor.tensor_split": method_helper("indices_or_sections, dim=0", "tensor_split"),
    "torch.Tensor.split_with_sizes": entry("split_sizes, dim=0", "", "split", "split_size, dim=0",
                                           links={"split_sizes": "split_size"}),
    "torch.Tensor.slice_scatter": entry("src, dim=0, start=None, end=None, step=1", "t2j", "slice_scatter",
                                        "input, src, dim=0, start=None, end=None, step=1"),
    "torch.Tensor.select_scatter": entry("src, dim, index", "t2j", "select_scatter", "input, src, dim, index"),
    "torch.Tensor.igamma": entry("other", "t2j", "gammainc", "input, other"),
    "torch.Tensor.igammac": entry("other", "t2j", "gammaincc", "input, other"),
    "torch.Tensor.addbmm": method_helper("batch1, batch2, *, beta=1, alpha=1", "addbmm"),
    "torch.Tensor.addmv": method_helper("mat, vec, *, beta=1, alpha=1", "addmv"),
    "torch.Tensor.addr": method_helper("vec1, vec2, *, beta=1, alpha=1", "addr"),
    "torch.Tensor.aminmax": method_helper("*, dim=None, keepdim=False", "aminmax"),
    "torch.Tensor.bincount": method_helper("weights=None, minlength=0", "bincount"),
    "torch.Tensor.histc": method_helper("bins=100, min=0, max=0", "histc"),
    "torch.Tensor.cov": method_helper("*, correction=1, fweights=None, aweights=None", "cov"),
    "torch.Tensor.diag_embed": method_helper("offset=0, dim1=-2, dim2=-1", "diag_embed"),
    "torch.Tensor.diagflat": method_helper("offset=0", "diagflat"),
    "torch.Tensor.logcumsumexp": method_helper("dim", "logcumsumexp"),
    "torch.Tensor.nanmedian": method_helper("dim=None, keepdim=False", "nanmedian"),
    "torch.Tensor.mode": method_helper("dim=-1, keepdim=False", "mode"),
    "torch.Tensor.quantile": method_helper("q, dim=None, keepdim=False, *, interpolation='linear'", "quantile"),
    "torch.Tensor.nanquantile": method_helper("q, dim=None, keepdim=False, *, interpolation='linear'", "nanquantile"),
    "torch.Tensor.take_along_dim": method_helper("indices, dim=None", "take_along_dim"),
    "torch.Tensor.unique_consecutive": method_helper("return_inverse=False, return_counts=False, dim=None",
                                                     "unique_consecutive"),
    "torch.Tensor.hardshrink": method_helper("lambd=0.5", "hardshrink"),
    "torch.Tensor.prelu": method_helper("weight", "prelu"),
    # out-of-place scatter-style writes; their in-place forms (index_copy_, ...) are derived
    "torch.Tensor.index_add": method_helper("dim, index, source, *, alpha=1", "index_add"),
    "torch.Tensor.index_copy": method_helper("dim, index, source", "index_copy"),
    "torch.Tensor.index_fill": method_helper("dim, index, value", "index_fill"),
    "torch.Tensor.index_put": method_helper("indices, values, accumulate=False", "index_put"),
    "torch.Tensor.masked_scatter": method_helper("mask, source", "masked_scatter"),
    "torch.Tensor.put": method_helper("index, source, accumulate=False", "put"),
    "torch.Tensor.scatter_reduce": method_helper("dim, index, src, reduce, *, include_self=True", "scatter_reduce"),
    "torch.Tensor.sum_to_size": method_helper("*size", "sum_to_size"),
    "torch.Tensor.unfold": method_helper("dimension, size, step", "tensor_unfold"),
    # Jittor has no complex dtypes: a real tensor is not complex and is its own conjugate.
    **{f"torch.Tensor.{name}": method_helper("", f"tensor_{name}")
       for name in "is_complex is_signed is_nonzero angle".split()},
    "torch.Tensor.is_same_size": method_helper("other", "tensor_is_same_size"),
    # Jittor has no sparse tensors: a dense stand-in of the same values (mappings/torch/sparse.py)
    **{f"torch.Tensor.{name}": entry("sparse_dim=None", "t2j", "to_sparse", "self, sparse_dim=None",
                                     note=_DENSE_SPARSE)
       for name in ("to_sparse", "to_sparse_coo")},
    "torch.Tensor.to_dense": entry("dtype=None, *, masked_grad=None", "t2j", "to_dense",
                                   "self, dtype=None, masked_grad=None", note=_DENSE_SPARSE),
    **{f"torch.Tensor.{name}": method_helper("", "tensor_conj")
       for name in "conj resolve_conj resolve_neg conj_physical".split()},
    "torch.Tensor.diagonal_scatter": entry("src, offset=0, dim1=0, dim2=1", "t2j", "diagonal_scatter",
                                           "input, src, offset=0, dim1=0, dim2=1"),
    "torch.Tensor.fill_diagonal_": method_helper("fill_value, wrap=False", "tensor_fill_diagonal_"),
    "torch.Tensor.narrow_copy": method_helper("dim, start, length", "narrow"),
    "torch.Tensor.index_reduce": method_helper("dim, index, source, reduce, *, include_self=True", "index_reduce") | {
        "note": "computed in numpy: no gradient, no GPU"},
    "torch.Tensor.histogram": method_helper("bins=100, *, range=None, weight=None, density=False", "histogram") | {
        "note": "computed in numpy: no gradient, no GPU"},
    # the legacy constructor: sizes, data or a tensor, in the receiver's dtype
    "torch.Tensor.new": method_helper("*args, device=None", "tensor_new"),
    "torch.Tensor.new_empty_strided": method_helper("size, stride, *, dtype=None, device=None, requires_grad=False, "
                                                    "layout=None, pin_memory=False", "tensor_new_empty_strided"),
    # placement: Jittor places every Var by jt.flags.use_cuda, pins nothing, makes no inference tensors;
    # share_memory_ marks the tensor, is_shared reads the mark (the helpers' processes run in this process: the
    # tensor is shared with them as PyTorch's shared memory is)
    **{f"torch.Tensor.{name}": method_helper("", f"tensor_{name}")
       for name in "get_device share_memory_ is_shared".split()},
    "torch.Tensor.is_inference": method_helper("", "tensor_is_inference") | {
        "note": "Jittor has no inference tensors: False, also for a tensor made under torch.inference_mode() "
                "(PyTorch: True)"},
    "torch.Tensor.is_pinned": method_helper("device=None", "tensor_is_pinned"),
    # resize_ keeps the elements in order, cut or extended (zeros where PyTorch leaves memory uninitialized)
    "torch.Tensor.resize_": entry("*sizes, memory_format=None", "t2j", "tensor_resize_", "self, *sizes",
                                  delete=["memory_format"]),
    "torch.Tensor.resize_as_": entry("the_template, memory_format=None", "t2j", "tensor_resize_as_",
                                     "self, the_template", delete=["memory_format"]),
    "torch.Tensor.resize": method_helper("*sizes", "tensor_resize"),
    "torch.Tensor.resize_as": method_helper("tensor", "tensor_resize_as"),
}

UNSUPPORTED = {
    # removed from PyTorch 2.x: calling them raises RuntimeError
    "torch.Tensor.qr": "removed from PyTorch (it raises RuntimeError since 1.9's deprecation ended): use "
                       "torch.linalg.qr(A, mode='reduced' or 'complete'), which is mapped",
    "torch.Tensor.cholesky": "removed from PyTorch (it raises RuntimeError since 1.9's deprecation ended): use "
                             "torch.linalg.cholesky(A, upper=...), which is mapped",
    "torch.Tensor.bfloat16": "Jittor truncates to bfloat16 (PyTorch rounds to nearest even)",
    "torch.Tensor.output_nr": "Jittor's Var keeps no autograd graph node",
    "torch.Tensor.imag": "Jittor has no complex dtypes",
    "torch.Tensor.layout": "Jittor's Var has no layouts (every Var is dense)",
    # what only a sparse tensor has: the dense stand-in of torch.sparse_coo_tensor/to_sparse has none
    **{f"torch.Tensor.{name}": "Jittor has no sparse tensors (torch.sparse_coo_tensor and to_sparse give a dense "
       "stand-in, without the sparse layout's indices and values)" for name in (
        "indices values coalesce is_coalesced sparse_dim dense_dim sparse_mask "
        "to_sparse_csr to_sparse_csc to_sparse_bsr to_sparse_bsc crow_indices col_indices ccol_indices row_indices "
        "sparse_resize_ sparse_resize_and_clear_ resize_as_sparse_ smm sspaddmm").split()},
}

# torch.Tensor properties on provable tensors (rules/tensor_attributes.py; T/mT/H/mH, device and
# is_cuda/is_cpu/is_xpu/is_mps, data and grad have rules of their own). A name maps to the Jittor
# expression that replaces `x.<name>` ({x}: the receiver, {t2j}: the helper module), or to None
# when Jittor's Var has the same attribute with the same meaning. Any other property is reported.
ATTRIBUTES = {
    "torch.Tensor.dtype": None,
    "torch.Tensor.shape": None,
    # Var.dim() answers 0 for a Var marked 0-dim (runtime _zero_dim.py); Var.ndim is Jittor's own
    "torch.Tensor.ndim": "{x}.dim()",
    "torch.Tensor.nbytes": None,
    # Jittor's Var computes gradients unless stopped (a fresh jt.randn says True where
    # torch.randn says False): the helpers answer as PyTorch for what creation functions made,
    # parameters, detached tensors, those made under no_grad, and leaves made by requires_grad_().
    # (`x.requires_grad = flag` is rules/gradients.py's.) A tensor computed from tensors that
    # require no gradient still says True: Jittor does not track that.
    "torch.Tensor.requires_grad": "{t2j}.tensor_requires_grad({x})",
    "torch.Tensor.is_leaf": "{t2j}.tensor_is_leaf({x})",
    "torch.Tensor.grad_fn": "{t2j}.tensor_grad_fn({x})",
    "torch.Tensor.retains_grad": "{t2j}.tensor_retains_grad({x})",
    "torch.Tensor.itemsize": "{t2j}.tensor_element_size({x})",
    # Jittor has no complex dtypes: the real part of a real tensor is the tensor itself.
    "torch.Tensor.real": "{x}",
    # A Jittor Var is dense, unquantized, and on the CPU or CUDA only.
    **{f"torch.Tensor.{name}": "False" for name in (
        "is_sparse is_sparse_csr is_quantized is_meta is_mkldnn is_nested is_vulkan is_xla is_ipu is_maia is_mtia"
    ).split()},
}
