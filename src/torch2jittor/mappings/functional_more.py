"""torch.nn.functional and torch.* functions beyond the seed's (issue 5: API coverage).

Every key is a full torch name, so that one torch name never picks up an entry meant for a
namesake in another namespace (torch.dropout vs F.dropout, torch.batch_norm vs F.batch_norm).
Where Jittor has the function with PyTorch's semantics the entry targets it ('jt' / 'nn');
otherwise it targets a helper of the same name in runtime/compat_functional.py ('t2j'), whose
signature is PyTorch's minus the arguments listed below:

- `out=`, `layout=`, `generator=`, `memory_format=`, `sparse_grad=`, `return_indices=`,
  `antialias=`: unsupported (dropped when they restate PyTorch's default, reported otherwise);
- `device=`, `requires_grad=`, `pin_memory=`, `_stacklevel=`: deleted (Jittor places every Var by
  jt.flags.use_cuda, every float Var is differentiable);
- `inplace=`: deleted, as for the seed's activations: Jittor's functions return a new Var.

Helpers whose torch name is a Python builtin are named with a trailing underscore (`sum_`,
`max_`, `min_`, `abs_`, `round_`, `all_`, `any_`, `pow_`).
"""
from ._schema import entry

F = "torch.nn.functional."
T = "torch."

_DELETE = ("device", "requires_grad", "pin_memory", "_stacklevel", "inplace")
_UNSUPPORTED = ("out", "layout", "generator", "memory_format", "sparse_grad", "return_indices", "antialias")


def _params(pytorch_args):
    """Split a def-style argument list into its parameters (top-level commas only)."""
    out, depth, cur = [], 0, ""
    for ch in pytorch_args:
        if ch in "([{":
            depth += 1
        elif ch in ")]}":
            depth -= 1
        if ch == "," and depth == 0:
            out.append(cur.strip())
            cur = ""
        else:
            cur += ch
    if cur.strip():
        out.append(cur.strip())
    return out


def _name(param):
    return param.split("=", 1)[0].strip().lstrip("*")


def _helper(pytorch_args, name, jittor_args=None, unsupported=(), delete=(), **kw):
    """An entry for helper `name` in the helper module: PyTorch's signature minus the arguments
    it cannot use (`jittor_args` overrides the derived signature when a default differs)."""
    params = _params(pytorch_args)
    names = [_name(p) for p in params]
    unsup = [n for n in names if n in _UNSUPPORTED or n in unsupported]
    dele = [n for n in names if (n in _DELETE or n in delete) and n not in unsup]
    if jittor_args is None:
        keep = [p for p in params if p != "*" and _name(p) not in unsup + dele]
        jittor_args = ", ".join(keep)
    return entry(pytorch_args, "t2j", name, jittor_args, unsupported=unsup or None, delete=dele or None, **kw)


def _direct(pytorch_args, module, name, jittor_args, links=None, unsupported=(), delete=(), **kw):
    names = [_name(p) for p in _params(pytorch_args)]
    unsup = [n for n in names if n in _UNSUPPORTED or n in unsupported]
    dele = [n for n in names if (n in _DELETE or n in delete) and n not in unsup]
    return entry(pytorch_args, module, name, jittor_args, links=links, unsupported=unsup or None,
                 delete=dele or None, **kw)


_X = {"input": "x"}
_XY = {"input": "x", "other": "y"}
_UNARY = "input, *, out=None"
_REDUCTION = "size_average=None, reduce=None, reduction='mean'"

ENTRIES: dict = {
    # --- torch.nn.functional: activations ---------------------------------------------------
    F + "gelu": _helper("input, *, approximate='none'", "gelu"),
    F + "silu": _direct("input, inplace=False", "nn", "silu", "x", _X),
    F + "mish": _direct("input, inplace=False", "nn", "mish", "x, inplace=False", _X),
    F + "hardswish": _helper("input, inplace=False", "hardswish"),
    F + "hardsigmoid": _helper("input, inplace=False", "hardsigmoid"),
    F + "hardtanh": _direct("input, min_val=-1.0, max_val=1.0, inplace=False", "nn", "hardtanh",
                            "x, min_val=-1, max_val=1", _X),
    F + "relu6": _direct("input, inplace=False", "nn", "relu6", "x", _X),
    F + "elu": _direct("input, alpha=1.0, inplace=False", "nn", "elu", "x, alpha=1.0", _X),
    F + "selu": _helper("input, inplace=False", "selu"),
    F + "celu": _helper("input, alpha=1.0, inplace=False", "celu"),
    F + "leaky_relu": _direct("input, negative_slope=0.01, inplace=False", "nn", "leaky_relu", "x, scale=0.01",
                              {"input": "x", "negative_slope": "scale"}),
    # Jittor's softplus adds log(1 + exp(-threshold)) / beta above the threshold: a helper.
    F + "softplus": _helper("input, beta=1, threshold=20", "softplus"),
    # dim=None keeps PyTorch's implicit choice (0 for 0/1/3-d inputs, else 1): a helper.
    F + "log_softmax": _helper("input, dim=None, _stacklevel=3, dtype=None", "log_softmax"),
    F + "softmin": _helper("input, dim=None, _stacklevel=3, dtype=None", "softmin"),
    F + "softsign": _helper("input", "softsign"),
    F + "softshrink": _helper("input, lambd=0.5", "softshrink"),
    F + "hardshrink": _helper("input, lambd=0.5", "hardshrink"),
    F + "tanhshrink": _helper("input", "tanhshrink"),
    F + "threshold": _helper("input, threshold, value, inplace=False", "threshold"),
    # Jittor's log_sigmoid is log(sigmoid(x)): -inf below about -88; the helper is stable.
    F + "logsigmoid": _helper("input", "logsigmoid"),
    F + "glu": _helper("input, dim=-1", "glu"),
    F + "prelu": _helper("input, weight", "prelu"),
    F + "rrelu": _helper("input, lower=1.0 / 8, upper=1.0 / 3, training=False, inplace=False", "rrelu"),
    F + "sigmoid": _helper("input", "sigmoid"),
    F + "tanh": _helper("input", "tanh"),
    # --- torch.nn.functional: linear, convolution, normalization ---------------------------
    F + "linear": _direct("input, weight, bias=None", "nn", "linear", "x, weight, bias=None", _X),
    F + "bilinear": _helper("input1, input2, weight, bias=None", "bilinear"),
    F + "conv1d": _helper("input, weight, bias=None, stride=1, padding=0, dilation=1, groups=1", "conv1d"),
    F + "conv2d": _helper("input, weight, bias=None, stride=1, padding=0, dilation=1, groups=1", "conv2d"),
    F + "conv3d": _helper("input, weight, bias=None, stride=1, padding=0, dilation=1, groups=1", "conv3d"),
    F + "conv_transpose1d": _helper(
        "input, weight, bias=None, stride=1, padding=0, output_padding=0, groups=1, dilation=1", "conv_transpose1d"),
    F + "conv_transpose2d": _helper(
        "input, weight, bias=None, stride=1, padding=0, output_padding=0, groups=1, dilation=1", "conv_transpose2d"),
    F + "conv_transpose3d": _helper(
        "input, weight, bias=None, stride=1, padding=0, output_padding=0, groups=1, dilation=1", "conv_transpose3d"),
    # Jittor's batch_norm asserts training=False; the helper also trains (updating the running stats).
    F + "batch_norm": _helper(
        "input, running_mean, running_var, weight=None, bias=None, training=False, momentum=0.1, eps=1e-05",
        "batch_norm"),
    F + "layer_norm": _helper("input, normalized_shape, weight=None, bias=None, eps=1e-05", "layer_norm"),
    F + "group_norm": _helper("input, num_groups, weight=None, bias=None, eps=1e-05", "group_norm"),
    F + "instance_norm": _helper(
        "input, running_mean=None, running_var=None, weight=None, bias=None, use_input_stats=True, momentum=0.1,"
        " eps=1e-05", "instance_norm"),
    F + "rms_norm": _helper("input, normalized_shape, weight=None, eps=None", "rms_norm"),
    F + "local_response_norm": _helper("input, size, alpha=0.0001, beta=0.75, k=1.0", "local_response_norm"),
    F + "normalize": _helper("input, p=2.0, dim=1, eps=1e-12, out=None", "normalize"),
    # PyTorch's functional dropout defaults to training=True (unlike Jittor's is_train=False).
    F + "dropout": _helper("input, p=0.5, training=True, inplace=False", "dropout"),
    F + "dropout1d": _helper("input, p=0.5, training=True, inplace=False", "dropout1d"),
    F + "dropout2d": _helper("input, p=0.5, training=True, inplace=False", "dropout2d"),
    F + "dropout3d": _helper("input, p=0.5, training=True, inplace=False", "dropout3d"),
    # --- torch.nn.functional: pooling (PyTorch's window and adaptive-bin arithmetic) -------
    F + "max_pool1d": _helper(
        "input, kernel_size, stride=None, padding=0, dilation=1, ceil_mode=False, return_indices=False",
        "max_pool1d"),
    F + "max_pool3d": _helper(
        "input, kernel_size, stride=None, padding=0, dilation=1, ceil_mode=False, return_indices=False",
        "max_pool3d"),
    F + "avg_pool1d": _helper(
        "input, kernel_size, stride=None, padding=0, ceil_mode=False, count_include_pad=True", "avg_pool1d"),
    F + "avg_pool3d": _helper(
        "input, kernel_size, stride=None, padding=0, ceil_mode=False, count_include_pad=True, divisor_override=None",
        "avg_pool3d"),
    F + "lp_pool1d": _helper("input, norm_type, kernel_size, stride=None, ceil_mode=False", "lp_pool1d"),
    F + "lp_pool2d": _helper("input, norm_type, kernel_size, stride=None, ceil_mode=False", "lp_pool2d"),
    F + "adaptive_avg_pool1d": _helper("input, output_size", "adaptive_avg_pool1d"),
    F + "adaptive_avg_pool2d": _helper("input, output_size", "adaptive_avg_pool2d"),
    F + "adaptive_avg_pool3d": _helper("input, output_size", "adaptive_avg_pool3d"),
    F + "adaptive_max_pool1d": _helper("input, output_size, return_indices=False", "adaptive_max_pool1d"),
    F + "adaptive_max_pool2d": _helper("input, output_size, return_indices=False", "adaptive_max_pool2d"),
    F + "adaptive_max_pool3d": _helper("input, output_size, return_indices=False", "adaptive_max_pool3d"),
    # --- torch.nn.functional: resampling, padding, patches ---------------------------------
    # Jittor's interpolate defaults to bilinear and maps coordinates differently: the helper
    # reproduces PyTorch's source indices and weights (nearest, nearest-exact, (bi/tri)linear,
    # bicubic, area; align_corners; size or scale_factor, recompute_scale_factor).
    F + "interpolate": _helper(
        "input, size=None, scale_factor=None, mode='nearest', align_corners=None, recompute_scale_factor=None,"
        " antialias=False", "interpolate"),
    F + "upsample": _helper("input, size=None, scale_factor=None, mode='nearest', align_corners=None", "upsample"),
    F + "upsample_nearest": _helper("input, size=None, scale_factor=None", "upsample_nearest"),
    F + "upsample_bilinear": _helper("input, size=None, scale_factor=None", "upsample_bilinear"),
    F + "pad": _helper("input, pad, mode='constant', value=None", "pad"),
    F + "pixel_shuffle": _helper("input, upscale_factor", "pixel_shuffle"),
    F + "pixel_unshuffle": _helper("input, downscale_factor", "pixel_unshuffle"),
    F + "channel_shuffle": _helper("input, groups", "channel_shuffle"),
    F + "unfold": _helper("input, kernel_size, dilation=1, padding=0, stride=1", "unfold"),
    F + "fold": _helper("input, output_size, kernel_size, dilation=1, padding=0, stride=1", "fold"),
    F + "embedding": _helper(
        "input, weight, padding_idx=None, max_norm=None, norm_type=2.0, scale_grad_by_freq=False, sparse=False",
        "embedding", unsupported=("max_norm", "scale_grad_by_freq"), delete=("norm_type", "sparse")),
    F + "one_hot": _helper("input, num_classes=-1", "one_hot"),
    F + "cosine_similarity": _helper("x1, x2, dim=1, eps=1e-08", "cosine_similarity"),
    F + "pairwise_distance": _helper("x1, x2, p=2.0, eps=1e-06, keepdim=False", "pairwise_distance"),
    F + "scaled_dot_product_attention": _helper(
        "query, key, value, attn_mask=None, dropout_p=0.0, is_causal=False, scale=None, enable_gqa=False",
        "scaled_dot_product_attention"),
    # --- torch.nn.functional: losses (PyTorch's reductions, weights, legacy size_average/reduce)
    F + "cross_entropy": _helper(
        "input, target, weight=None, size_average=None, ignore_index=-100, reduce=None, reduction='mean',"
        " label_smoothing=0.0", "cross_entropy"),
    F + "nll_loss": _helper(
        "input, target, weight=None, size_average=None, ignore_index=-100, reduce=None, reduction='mean'",
        "nll_loss"),
    F + "mse_loss": _helper(f"input, target, {_REDUCTION}, weight=None", "mse_loss"),
    F + "l1_loss": _helper(f"input, target, {_REDUCTION}, weight=None", "l1_loss"),
    F + "smooth_l1_loss": _helper(f"input, target, {_REDUCTION}, beta=1.0", "smooth_l1_loss"),
    F + "huber_loss": _helper("input, target, reduction='mean', delta=1.0, weight=None", "huber_loss"),
    F + "binary_cross_entropy": _helper(f"input, target, weight=None, {_REDUCTION}", "binary_cross_entropy"),
    F + "binary_cross_entropy_with_logits": _helper(
        f"input, target, weight=None, {_REDUCTION}, pos_weight=None", "binary_cross_entropy_with_logits"),
    F + "kl_div": _helper(f"input, target, {_REDUCTION}, log_target=False", "kl_div"),
    F + "margin_ranking_loss": _helper(f"input1, input2, target, margin=0, {_REDUCTION}", "margin_ranking_loss"),
    F + "soft_margin_loss": _helper(f"input, target, {_REDUCTION}", "soft_margin_loss"),
    F + "hinge_embedding_loss": _helper(f"input, target, margin=1.0, {_REDUCTION}", "hinge_embedding_loss"),
    F + "cosine_embedding_loss": _helper(f"input1, input2, target, margin=0, {_REDUCTION}", "cosine_embedding_loss"),
    F + "triplet_margin_loss": _helper(
        f"anchor, positive, negative, margin=1.0, p=2, eps=1e-06, swap=False, {_REDUCTION}", "triplet_margin_loss"),
    F + "poisson_nll_loss": _helper(
        "input, target, log_input=True, full=False, size_average=None, eps=1e-08, reduce=None, reduction='mean'",
        "poisson_nll_loss"),
    F + "gaussian_nll_loss": _helper("input, target, var, full=False, eps=1e-06, reduction='mean'",
                                     "gaussian_nll_loss"),
    F + "multilabel_soft_margin_loss": _helper(f"input, target, weight=None, {_REDUCTION}",
                                               "multilabel_soft_margin_loss"),
    # --- torch.*: joining, splitting, reshaping ---------------------------------------------
    T + "stack": _direct("tensors, dim=0, *, out=None", "jt", "stack", "x, dim=0", {"tensors": "x"}),
    T + "hstack": _helper("tensors, *, out=None", "hstack"),
    T + "vstack": _helper("tensors, *, out=None", "vstack"),
    T + "dstack": _helper("tensors, *, out=None", "dstack"),
    # jt.concat is jittor.contrib.concat(arr, dim=0) behind a forwarding wrapper.
    T + "concat": _direct("tensors, dim=0, *, out=None", "jt", "concat", "arr, dim=0", {"tensors": "arr"}),
    T + "concatenate": _direct("tensors, axis=0, out=None", "jt", "concat", "arr, dim=0",
                               {"tensors": "arr", "axis": "dim"}),
    T + "split": _direct("tensor, split_size_or_sections, dim=0", "jt", "split", "d, split_size, dim=0",
                         {"tensor": "d", "split_size_or_sections": "split_size"}),
    # Jittor returns lists: PyTorch's tuples come from helpers.
    T + "chunk": _helper("input, chunks, dim=0", "chunk"),
    T + "unbind": _helper("input, dim=0", "unbind"),
    T + "reshape": _helper("input, shape", "reshape"),
    T + "permute": _helper("input, dims", "permute"),
    T + "transpose": _helper("input, dim0, dim1", "transpose"),
    T + "swapaxes": _helper("input, axis0, axis1", "swapaxes"),
    T + "swapdims": _helper("input, dim0, dim1", "swapdims"),
    # PyTorch's squeeze of a dimension that is not 1 is a no-op (Jittor asserts); dim may be a tuple.
    T + "squeeze": _helper("input, dim=None", "squeeze"),
    T + "unsqueeze": _direct("input, dim", "jt", "unsqueeze", "x, dim", _X),
    T + "movedim": _helper("input, source, destination", "movedim"),
    T + "moveaxis": _helper("input, source, destination", "moveaxis"),
    T + "narrow": _helper("input, dim, start, length", "narrow"),
    T + "tile": _helper("input, dims", "tile"),
    T + "broadcast_to": _helper("input, size", "broadcast_to"),
    T + "flip": _direct("input, dims", "jt", "flip", "x, dim=0", {"input": "x", "dims": "dim"}),
    # jt.roll without dims rolls dim 0; PyTorch rolls the flattened tensor.
    T + "roll": _helper("input, shifts, dims=None", "roll"),
    T + "tril": _direct("input, diagonal=0, *, out=None", "jt", "tril", "input, diagonal=0"),
    T + "triu": _direct("input, diagonal=0, *, out=None", "jt", "triu", "input, diagonal=0"),
    T + "repeat_interleave": _helper("input, repeats=None, dim=None, *, output_size=None", "repeat_interleave"),
    T + "meshgrid": _helper("*tensors, indexing=None", "meshgrid"),
    # --- torch.*: creation (PyTorch's dtype inference: int64 for integers, float32 for floats)
    # jt.zeros/ones/empty reject dtype=None (a common pass-through value): helpers.
    T + "zeros": _helper("*size, out=None, dtype=None, layout=torch.strided, device=None, requires_grad=False",
                         "zeros"),
    T + "ones": _helper("*size, out=None, dtype=None, layout=torch.strided, device=None, requires_grad=False",
                         "ones"),
    T + "empty": _helper(
        "*size, out=None, dtype=None, layout=torch.strided, device=None, requires_grad=False, pin_memory=False,"
        " memory_format=torch.contiguous_format", "empty"),
    T + "full": _helper(
        "size, fill_value, *, out=None, dtype=None, layout=torch.strided, device=None, requires_grad=False", "full"),
    # jt.zeros_like ignores dtype, jt.ones_like takes none: helpers.
    T + "zeros_like": _helper(
        "input, *, dtype=None, layout=None, device=None, requires_grad=False, memory_format=torch.preserve_format",
        "zeros_like"),
    T + "ones_like": _helper(
        "input, *, dtype=None, layout=None, device=None, requires_grad=False, memory_format=torch.preserve_format",
        "ones_like"),
    T + "empty_like": _helper(
        "input, *, dtype=None, layout=None, device=None, requires_grad=False, memory_format=torch.preserve_format",
        "empty_like"),
    T + "full_like": _helper(
        "input, fill_value, *, dtype=None, layout=torch.strided, device=None, requires_grad=False,"
        " memory_format=torch.preserve_format", "full_like"),
    T + "arange": _helper(
        "start=0, end=None, step=1, *, out=None, dtype=None, layout=torch.strided, device=None, requires_grad=False",
        "arange"),
    T + "linspace": _helper(
        "start, end, steps, *, out=None, dtype=None, layout=torch.strided, device=None, requires_grad=False",
        "linspace"),
    T + "logspace": _helper(
        "start, end, steps, base=10.0, *, out=None, dtype=None, layout=torch.strided, device=None,"
        " requires_grad=False", "logspace"),
    T + "eye": _helper(
        "n, m=None, *, out=None, dtype=None, layout=torch.strided, device=None, requires_grad=False", "eye"),
    # jt.rand ignores its dtype argument (always float32): a helper.
    T + "rand": _helper(
        "*size, generator=None, out=None, dtype=None, layout=torch.strided, device=None, requires_grad=False,"
        " pin_memory=False", "rand"),
    # jt.randn ignores its dtype argument (always float32): a helper.
    T + "randn": _helper(
        "*size, generator=None, out=None, dtype=None, layout=torch.strided, device=None, requires_grad=False,"
        " pin_memory=False", "randn"),
    T + "rand_like": _helper(
        "input, *, generator=None, dtype=None, layout=None, device=None, requires_grad=False,"
        " memory_format=torch.preserve_format", "rand_like"),
    T + "randn_like": _helper(
        "input, *, generator=None, dtype=None, layout=None, device=None, requires_grad=False,"
        " memory_format=torch.preserve_format", "randn_like"),
    T + "randint": _helper(
        "low=0, high=None, size=None, *, generator=None, out=None, dtype=None, layout=torch.strided, device=None,"
        " requires_grad=False", "randint"),
    T + "randint_like": _helper(
        "input, low=0, high=None, *, dtype=None, layout=torch.strided, device=None, requires_grad=False,"
        " memory_format=torch.preserve_format", "randint_like"),
    T + "randperm": _helper(
        "n, *, generator=None, out=None, dtype=torch.int64, layout=torch.strided, device=None,"
        " requires_grad=False, pin_memory=False", "randperm", jittor_args="n, dtype=None"),
    # jt.array turns int64/float64 data into int32/float32 and Python ints into int32.
    T + "tensor": _helper("data, *, dtype=None, device=None, requires_grad=False, pin_memory=False", "tensor"),
    T + "as_tensor": _helper("data, dtype=None, device=None", "as_tensor"),
    T + "from_numpy": _helper("ndarray", "from_numpy"),
    T + "clone": _helper("input, *, memory_format=torch.preserve_format", "clone"),
    # --- torch.*: linear algebra -------------------------------------------------------------
    T + "matmul": _direct("input, other, *, out=None", "jt", "matmul", "a, b", {"input": "a", "other": "b"}),
    T + "mm": _direct("input, mat2, *, out=None", "jt", "matmul", "a, b", {"input": "a", "mat2": "b"}),
    T + "bmm": _direct("input, mat2, *, out=None", "jt", "bmm", "a, b", {"input": "a", "mat2": "b"}),
    T + "mv": _helper("input, vec, *, out=None", "mv"),
    T + "dot": _helper("input, tensor, *, out=None", "dot"),
    T + "outer": _helper("input, vec2, *, out=None", "outer"),
    T + "einsum": _helper("equation, *operands", "einsum"),
    T + "addmm": _helper("input, mat1, mat2, *, beta=1, alpha=1, out=None", "addmm"),
    T + "baddbmm": _helper("input, batch1, batch2, *, beta=1, alpha=1, out=None", "baddbmm"),
    T + "addbmm": _helper("input, batch1, batch2, *, beta=1, alpha=1, out=None", "addbmm"),
    T + "kron": _helper("input, other, *, out=None", "kron"),
    T + "cross": _helper("input, other, dim=None, *, out=None", "cross"),
    T + "diag": _helper("input, diagonal=0, *, out=None", "diag"),
    T + "trace": _helper("input", "trace"),
    T + "cdist": _helper("x1, x2, p=2.0, compute_mode='use_mm_for_euclid_dist_if_necessary'", "cdist",
                         delete=("compute_mode",), jittor_args="x1, x2, p=2.0"),
    # --- torch.*: elementwise arithmetic -------------------------------------------------------
    T + "add": _helper("input, other, *, alpha=1, out=None", "add"),
    T + "sub": _helper("input, other, *, alpha=1, out=None", "sub"),
    T + "subtract": _helper("input, other, *, alpha=1, out=None", "subtract"),
    T + "mul": _helper("input, other, *, out=None", "mul"),
    T + "multiply": _helper("input, other, *, out=None", "multiply"),
    # torch.div of integers is true division; rounding_mode 'trunc'/'floor' keep the integer dtype.
    T + "div": _helper("input, other, *, rounding_mode=None, out=None", "div"),
    T + "divide": _helper("input, other, *, rounding_mode=None, out=None", "divide"),
    T + "true_divide": _helper("input, other, *, out=None", "true_divide"),
    # jt.floor_divide truncates towards zero; PyTorch floors.
    T + "floor_divide": _helper("input, other, *, out=None", "floor_divide"),
    T + "remainder": _helper("input, other, *, out=None", "remainder"),
    T + "fmod": _helper("input, other, *, out=None", "fmod"),
    T + "pow": _helper("input, exponent, *, out=None", "pow_"),
    T + "float_power": _helper("input, exponent, *, out=None", "float_power"),
    T + "sqrt": _helper(_UNARY, "sqrt"),
    T + "rsqrt": _helper(_UNARY, "rsqrt"),
    T + "exp": _helper(_UNARY, "exp"),
    T + "expm1": _helper(_UNARY, "expm1"),
    T + "log": _helper(_UNARY, "log"),
    T + "log2": _helper(_UNARY, "log2"),
    T + "log10": _helper(_UNARY, "log10"),
    T + "log1p": _helper(_UNARY, "log1p"),
    T + "abs": _helper(_UNARY, "abs_"),
    T + "absolute": _helper(_UNARY, "absolute"),
    T + "neg": _helper(_UNARY, "neg"),
    T + "negative": _helper(_UNARY, "negative"),
    T + "sign": _helper(_UNARY, "sign"),
    T + "floor": _helper(_UNARY, "floor"),
    T + "ceil": _helper(_UNARY, "ceil"),
    # jt.round rounds halves away from zero; PyTorch rounds half to even.
    T + "round": _helper("input, *, decimals=0, out=None", "round_"),
    T + "trunc": _helper(_UNARY, "trunc"),
    T + "fix": _helper(_UNARY, "fix"),
    T + "frac": _helper(_UNARY, "frac"),
    T + "reciprocal": _helper(_UNARY, "reciprocal"),
    T + "square": _helper(_UNARY, "square"),
    T + "erf": _helper(_UNARY, "erf"),
    T + "erfinv": _helper(_UNARY, "erfinv"),
    T + "sin": _helper(_UNARY, "sin"),
    T + "cos": _helper(_UNARY, "cos"),
    T + "tan": _helper(_UNARY, "tan"),
    T + "asin": _helper(_UNARY, "asin"),
    T + "acos": _helper(_UNARY, "acos"),
    T + "atan": _helper(_UNARY, "atan"),
    T + "arcsin": _helper(_UNARY, "arcsin"),
    T + "arccos": _helper(_UNARY, "arccos"),
    T + "arctan": _helper(_UNARY, "arctan"),
    T + "sinh": _helper(_UNARY, "sinh"),
    T + "cosh": _helper(_UNARY, "cosh"),
    T + "asinh": _helper(_UNARY, "asinh"),
    T + "acosh": _helper(_UNARY, "acosh"),
    T + "atanh": _helper(_UNARY, "atanh"),
    T + "atan2": _helper("input, other, *, out=None", "atan2"),
    T + "arctan2": _helper("input, other, *, out=None", "arctan2"),
    T + "hypot": _helper("input, other, *, out=None", "hypot"),
    T + "logit": _helper("input, eps=None, *, out=None", "logit"),
    T + "xlogy": _helper("input, other, *, out=None", "xlogy"),
    T + "clamp": _helper("input, min=None, max=None, *, out=None", "clamp"),
    T + "clip": _helper("input, min=None, max=None, *, out=None", "clip"),
    T + "lerp": _helper("input, end, weight, *, out=None", "lerp"),
    T + "nan_to_num": _helper("input, nan=0.0, posinf=None, neginf=None, *, out=None", "nan_to_num"),
    T + "softmax": _helper("input, dim, *, dtype=None", "softmax", jittor_args="input, dim=None, dtype=None"),
    T + "log_softmax": _helper("input, dim, *, dtype=None", "log_softmax", jittor_args="input, dim=None, dtype=None"),
    # --- torch.*: reductions (dim forms of max/min return (values, int64 indices)) ---------
    T + "sum": _helper("input, dim=None, keepdim=False, *, dtype=None, out=None", "sum_"),
    T + "mean": _helper("input, dim=None, keepdim=False, *, dtype=None, out=None", "mean"),
    T + "prod": _helper("input, dim=None, keepdim=False, *, dtype=None, out=None", "prod"),
    # var/std: the legacy `unbiased` and the newer `correction` (default 1, as unbiased=True).
    T + "var": _helper("input, dim=None, unbiased=True, keepdim=False, *, correction=None, out=None", "var",
                       jittor_args="input, dim=None, unbiased=None, keepdim=False, correction=None"),
    T + "std": _helper("input, dim=None, unbiased=True, keepdim=False, *, correction=None, out=None", "std",
                       jittor_args="input, dim=None, unbiased=None, keepdim=False, correction=None"),
    T + "var_mean": _helper("input, dim=None, unbiased=True, keepdim=False, *, correction=None, out=None",
                            "var_mean", jittor_args="input, dim=None, unbiased=None, keepdim=False, correction=None"),
    T + "std_mean": _helper("input, dim=None, unbiased=True, keepdim=False, *, correction=None, out=None",
                            "std_mean", jittor_args="input, dim=None, unbiased=None, keepdim=False, correction=None"),
    T + "max": _helper("input, dim=None, keepdim=False, *, out=None", "max_"),
    T + "min": _helper("input, dim=None, keepdim=False, *, out=None", "min_"),
    T + "amax": _helper("input, dim=(), keepdim=False, *, out=None", "amax"),
    T + "amin": _helper("input, dim=(), keepdim=False, *, out=None", "amin"),
    T + "aminmax": _helper("input, *, dim=None, keepdim=False, out=None", "aminmax"),
    # jt.argmax returns (indices, values) with int32 indices.
    T + "argmax": _helper("input, dim=None, keepdim=False", "argmax"),
    T + "argmin": _helper("input, dim=None, keepdim=False", "argmin"),
    T + "all": _helper("input, dim=None, keepdim=False, *, out=None", "all_"),
    T + "any": _helper("input, dim=None, keepdim=False, *, out=None", "any_"),
    T + "logsumexp": _helper("input, dim, keepdim=False, *, out=None", "logsumexp"),
    T + "norm": _helper("input, p='fro', dim=None, keepdim=False, out=None, dtype=None", "norm"),
    T + "count_nonzero": _helper("input, dim=None", "count_nonzero"),
    T + "cumsum": _helper("input, dim, *, dtype=None, out=None", "cumsum"),
    T + "cumprod": _helper("input, dim, *, dtype=None, out=None", "cumprod"),
    T + "cummax": _helper("input, dim, *, out=None", "cummax"),
    T + "cummin": _helper("input, dim, *, out=None", "cummin"),
    T + "topk": _helper("input, k, dim=None, largest=True, sorted=True, *, out=None", "topk"),
    T + "sort": _helper("input, dim=-1, descending=False, *, stable=False, out=None", "sort"),
    T + "argsort": _helper("input, dim=-1, descending=False, *, stable=False", "argsort"),
    T + "msort": _helper("input, *, out=None", "msort"),
    T + "diff": _helper("input, n=1, dim=-1, prepend=None, append=None", "diff"),
    # --- torch.*: selection, indexing, comparison ---------------------------------------------
    T + "where": _helper("condition, input=None, other=None, *, out=None", "where"),
    T + "nonzero": _helper("input, *, out=None, as_tuple=False", "nonzero"),
    T + "argwhere": _helper("input", "argwhere"),
    T + "masked_fill": _helper("input, mask, value", "masked_fill"),
    T + "gather": _helper("input, dim, index, *, sparse_grad=False, out=None", "gather"),
    # jt.index_select mis-shapes its result: a helper.
    T + "index_select": _helper("input, dim, index, *, out=None", "index_select"),
    T + "take": _helper("input, index", "take"),
    T + "take_along_dim": _helper("input, indices, dim=None, *, out=None", "take_along_dim"),
    T + "searchsorted": _helper(
        "sorted_sequence, input, *, out_int32=False, right=False, side=None, out=None, sorter=None",
        "searchsorted", unsupported=("sorter",)),
    T + "bucketize": _helper("input, boundaries, *, out_int32=False, right=False, out=None", "bucketize"),
    T + "numel": _helper("input", "numel"),
    T + "isclose": _helper("input, other, rtol=1e-05, atol=1e-08, equal_nan=False", "isclose"),
    T + "allclose": _helper("input, other, rtol=1e-05, atol=1e-08, equal_nan=False", "allclose"),
    T + "equal": _helper("input, other", "equal"),
    T + "isnan": _helper("input", "isnan"),
    T + "isinf": _helper("input", "isinf"),
    T + "isfinite": _helper("input", "isfinite"),
    T + "isposinf": _helper("input, *, out=None", "isposinf"),
    T + "isneginf": _helper("input, *, out=None", "isneginf"),
    T + "logical_and": _helper("input, other, *, out=None", "logical_and"),
    T + "logical_or": _helper("input, other, *, out=None", "logical_or"),
    T + "logical_xor": _helper("input, other, *, out=None", "logical_xor"),
    T + "logical_not": _helper(_UNARY, "logical_not"),
    T + "eq": _helper("input, other, *, out=None", "eq"),
    T + "ne": _helper("input, other, *, out=None", "ne"),
    T + "not_equal": _helper("input, other, *, out=None", "not_equal"),
    T + "gt": _helper("input, other, *, out=None", "gt"),
    T + "greater": _helper("input, other, *, out=None", "greater"),
    T + "lt": _helper("input, other, *, out=None", "lt"),
    T + "less": _helper("input, other, *, out=None", "less"),
    T + "ge": _helper("input, other, *, out=None", "ge"),
    T + "greater_equal": _helper("input, other, *, out=None", "greater_equal"),
    T + "le": _helper("input, other, *, out=None", "le"),
    T + "less_equal": _helper("input, other, *, out=None", "less_equal"),
    T + "maximum": _helper("input, other, *, out=None", "maximum"),
    T + "minimum": _helper("input, other, *, out=None", "minimum"),
    T + "fmax": _helper("input, other, *, out=None", "fmax"),
    T + "fmin": _helper("input, other, *, out=None", "fmin"),
}

# torch names deliberately not mapped, with the reason the diagnostic gives.
UNSUPPORTED: dict[str, str] = {
    F + "grid_sample": "no verified Jittor equivalent of PyTorch's sampling and padding modes yet",
    F + "affine_grid": "no verified Jittor equivalent yet",
    F + "ctc_loss": "Jittor has no CTC loss",
    F + "multi_head_attention_forward": "use nn.MultiheadAttention's conversion instead",
    F + "gumbel_softmax": "random sampling: PyTorch's draws cannot be reproduced",
    F + "alpha_dropout": "not implemented for Jittor",
    F + "feature_alpha_dropout": "not implemented for Jittor",
    F + "max_unpool1d": "needs max pooling indices, which the converted pools do not return",
    F + "max_unpool2d": "needs max pooling indices, which the converted pools do not return",
    F + "max_unpool3d": "needs max pooling indices, which the converted pools do not return",
    F + "fractional_max_pool2d": "random pooling regions: not implemented for Jittor",
    F + "embedding_bag": "not implemented for Jittor",
    T + "stft": "no FFT-based transforms in Jittor",
    T + "istft": "no FFT-based transforms in Jittor",
    T + "multinomial": "random sampling: PyTorch's draws cannot be reproduced",
    T + "bernoulli": "random sampling: PyTorch's draws cannot be reproduced",
    T + "normal": "random sampling: PyTorch's draws cannot be reproduced",
    T + "manual_seed": "Jittor seeds with jt.set_global_seed; random streams differ from PyTorch's anyway",
    T + "scatter": "jt.scatter differs in its reduce arguments; not verified",
    T + "scatter_add": "not verified against Jittor",
    T + "index_add": "not verified against Jittor",
    T + "complex": "Jittor has no complex dtypes",
    T + "view_as_real": "Jittor has no complex dtypes",
    T + "view_as_complex": "Jittor has no complex dtypes",
}
