# --- torch.nn.functional and torch.* functions (mappings/functional_more.py) -----------------
# Jittor-only implementations of the torch functions Jittor lacks, or computes differently
# (defaults, dtypes, rounding, index conventions). Each one follows PyTorch's documented
# semantics; mappings/functional_more.py says which torch name maps to which helper.
# Helpers whose torch name is a Python builtin (sum, max, min, abs, round, all, any, pow) carry
# a trailing underscore so they never shadow the builtins in this shared module.
import builtins as _fm_b
import collections as _fm_collections
import math as _fm_math

import numpy as _fm_np

import jittor as jt
from jittor import nn as _fm_nn

_FM_FLOATS = ("float16", "bfloat16", "float32", "float64")

# PyTorch's torch.return_types: tuples whose items are also reachable by name (`.values`, `.indices`).
_FMValuesIndices = _fm_collections.namedtuple("values_indices", ["values", "indices"])
_FMMinMax = _fm_collections.namedtuple("aminmax", ["min", "max"])


def _fm_dtype(dtype):
    """A dtype argument (jt.float32, 'int64', Python float/int/bool) as Jittor's dtype name, or None."""
    if dtype is None:
        return None
    if dtype is float:
        return "float64"
    if dtype is int:
        return "int64"
    if dtype is bool:
        return "bool"
    return str(jt.dtype(dtype))


def _fm_is_float(x):
    return str(x.dtype) in _FM_FLOATS


def _fm_ntuple(value, n):
    if isinstance(value, (list, tuple)):
        if len(value) == 1 and n != 1:
            return tuple(value) * n
        return tuple(value)
    return (value,) * n


def _fm_dim(dim, ndim):
    return dim + ndim if dim < 0 else dim


def _fm_dims(dim, ndim):
    """torch's `dim` (None, int, tuple/list) as a sorted tuple of non-negative axes."""
    if dim is None:
        return tuple(range(ndim))
    if isinstance(dim, (list, tuple)):
        if len(dim) == 0:
            return tuple(range(ndim))
        return tuple(sorted(_fm_dim(d, ndim) for d in dim))
    return (_fm_dim(dim, ndim),)


def _fm_int64(x):
    return x if str(x.dtype) == "int64" else x.astype("int64")


def _fm_float_of(x):
    """torch's result dtype of a float function of x: integer/bool inputs become float32."""
    return x if _fm_is_float(x) else x.astype("float32")


def _fm_shape_arg(size):
    """`*size` as torch takes it: zeros(2, 3), zeros((2, 3)), zeros([2, 3])."""
    if len(size) == 1 and not isinstance(size[0], int) and hasattr(size[0], "__len__"):
        size = [size[0][i] for i in range(len(size[0]))]  # a list, tuple or Jittor NanoVector
    return tuple(int(s) for s in size)


# --- activations ------------------------------------------------------------------------------
def gelu(input, approximate="none"):
    if approximate == "tanh":
        inner = _fm_math.sqrt(2.0 / _fm_math.pi) * (input + 0.044715 * input * input * input)
        return 0.5 * input * (1.0 + jt.tanh(inner))
    if approximate != "none":
        raise ValueError(f"approximate argument must be either none or tanh, got {approximate}")
    return input * 0.5 * (1.0 + jt.erf(input * (1.0 / _fm_math.sqrt(2.0))))


def softplus(input, beta=1, threshold=20):
    # PyTorch: x where beta * x > threshold, else log1p(exp(beta * x)) / beta
    z = input * beta
    soft = log1p(jt.exp(jt.minimum(z, float(threshold)))) / beta
    return jt.ternary(z > threshold, input, soft)


def hardswish(input):
    return input * jt.clamp(input + 3.0, 0.0, 6.0) / 6.0


def hardsigmoid(input):
    return jt.clamp(input + 3.0, 0.0, 6.0) / 6.0


def selu(input):
    alpha = 1.6732632423543772848170429916717
    scale = 1.0507009873554804934193349852946
    return scale * jt.ternary(input > 0, input, alpha * (jt.exp(input) - 1.0))


def celu(input, alpha=1.0):
    return jt.ternary(input > 0, input, alpha * (jt.exp(input / alpha) - 1.0))


def softsign(input):
    return input / (1.0 + jt.abs(input))


def softshrink(input, lambd=0.5):
    zero = jt.zeros_like(input)
    return jt.ternary(input > lambd, input - lambd, jt.ternary(input < -lambd, input + lambd, zero))


def hardshrink(input, lambd=0.5):
    keep = (input > lambd).logical_or(input < -lambd)
    return jt.ternary(keep, input, jt.zeros_like(input))


def tanhshrink(input):
    return input - jt.tanh(input)


def threshold(input, threshold, value):
    return jt.ternary(input > threshold, input, jt.full_like(input, value))


def logsigmoid(input):
    # log(sigmoid(x)) without underflow: min(x, 0) - log1p(exp(-|x|))
    return jt.minimum(input, 0.0) - log1p(jt.exp(-jt.abs(input)))


def glu(input, dim=-1):
    n = input.shape[dim]
    if n % 2:
        raise RuntimeError(f"Halving dimension must be even, but dimension {dim} is size {n}")
    a, b = jt.chunk(input, 2, dim)
    return a * jt.sigmoid(b)


def prelu(input, weight):
    if weight.numel() == 1 or input.ndim < 2:
        w = weight.reshape([-1])
    else:
        w = weight.reshape([1, weight.numel()] + [1] * (input.ndim - 2))
    return jt.ternary(input > 0, input, w * input)


def rrelu(input, lower=1.0 / 8, upper=1.0 / 3, training=False):
    if not training:
        return jt.ternary(input >= 0, input, input * ((lower + upper) / 2))
    slope = jt.rand(input.shape) * (upper - lower) + lower
    return jt.ternary(input >= 0, input, input * slope.astype(input.dtype))


def _fm_softmax_dim(ndim):
    """torch's implicit softmax dim when dim=None (deprecated, still honoured)."""
    return 0 if ndim in (0, 1, 3) else 1


def softmax(input, dim=None, dtype=None):
    if dtype is not None:
        input = input.astype(_fm_dtype(dtype))
    if dim is None:
        dim = _fm_softmax_dim(input.ndim)
    return _fm_nn.softmax(input, dim)


def log_softmax(input, dim=None, dtype=None):
    if dtype is not None:
        input = input.astype(_fm_dtype(dtype))
    if dim is None:
        dim = _fm_softmax_dim(input.ndim)
    shifted = input - input.max(dim, keepdims=True)
    return shifted - jt.log(jt.exp(shifted).sum(dim, keepdims=True))


def softmin(input, dim=None, dtype=None):
    if dtype is not None:
        input = input.astype(_fm_dtype(dtype))
    return softmax(-input, dim)


# --- normalization ----------------------------------------------------------------------------
def normalize(input, p=2.0, dim=1, eps=1e-12):
    denom = norm(input, p, dim, keepdim=True)
    return input / jt.maximum(denom, eps)


def batch_norm(input, running_mean, running_var, weight=None, bias=None, training=False, momentum=0.1,
               eps=1e-05):
    dims = [0] + list(range(2, input.ndim))
    shape = [1, input.shape[1]] + [1] * (input.ndim - 2)
    if training:
        mean = input.mean(dims)
        centered = input - mean.reshape(shape)
        var = (centered * centered).mean(dims)
        n = input.numel() // input.shape[1]
        if running_mean is not None and momentum is not None:
            running_mean.assign((running_mean * (1 - momentum) + mean * momentum).detach())
        if running_var is not None and momentum is not None:
            unbiased = var * (n / _fm_b.max(n - 1, 1))
            running_var.assign((running_var * (1 - momentum) + unbiased * momentum).detach())
        out = centered / jt.sqrt(var.reshape(shape) + eps)
    else:
        out = (input - running_mean.reshape(shape)) / jt.sqrt(running_var.reshape(shape) + eps)
    if weight is not None:
        out = out * weight.reshape(shape)
    if bias is not None:
        out = out + bias.reshape(shape)
    return out


def layer_norm(input, normalized_shape, weight=None, bias=None, eps=1e-05):
    if isinstance(normalized_shape, int):
        normalized_shape = (normalized_shape,)
    dims = list(range(input.ndim - len(normalized_shape), input.ndim))
    mean = input.mean(dims, keepdims=True)
    centered = input - mean
    var = (centered * centered).mean(dims, keepdims=True)
    out = centered / jt.sqrt(var + eps)
    if weight is not None:
        out = out * weight
    if bias is not None:
        out = out + bias
    return out


def rms_norm(input, normalized_shape, weight=None, eps=None):
    if isinstance(normalized_shape, int):
        normalized_shape = (normalized_shape,)
    if eps is None:
        eps = float(_fm_np.finfo(str(input.dtype) if str(input.dtype) != "bfloat16" else "float32").eps)
    dims = list(range(input.ndim - len(normalized_shape), input.ndim))
    out = input / jt.sqrt((input * input).mean(dims, keepdims=True) + eps)
    if weight is not None:
        out = out * weight
    return out


def group_norm(input, num_groups, weight=None, bias=None, eps=1e-05):
    n, c = input.shape[0], input.shape[1]
    if c % num_groups:
        raise RuntimeError(f"Expected number of channels in input to be divisible by num_groups, got {c} and {num_groups}")
    x = input.reshape([n, num_groups, -1])
    mean = x.mean(2, keepdims=True)
    centered = x - mean
    var = (centered * centered).mean(2, keepdims=True)
    out = (centered / jt.sqrt(var + eps)).reshape(input.shape)
    shape = [1, c] + [1] * (input.ndim - 2)
    if weight is not None:
        out = out * weight.reshape(shape)
    if bias is not None:
        out = out + bias.reshape(shape)
    return out


def instance_norm(input, running_mean=None, running_var=None, weight=None, bias=None, use_input_stats=True,
                  momentum=0.1, eps=1e-05):
    shape = [1, input.shape[1]] + [1] * (input.ndim - 2)
    if not use_input_stats:
        out = (input - running_mean.reshape(shape)) / jt.sqrt(running_var.reshape(shape) + eps)
    else:
        dims = list(range(2, input.ndim))
        mean = input.mean(dims, keepdims=True)
        centered = input - mean
        var = (centered * centered).mean(dims, keepdims=True)
        out = centered / jt.sqrt(var + eps)
        if running_mean is not None or running_var is not None:
            n = 1
            for d in dims:
                n *= input.shape[d]
            if running_mean is not None:
                m = mean.reshape(input.shape[:2]).mean(0)
                running_mean.assign((running_mean * (1 - momentum) + m * momentum).detach())
            if running_var is not None:
                v = (var * (n / _fm_b.max(n - 1, 1))).reshape(input.shape[:2]).mean(0)
                running_var.assign((running_var * (1 - momentum) + v * momentum).detach())
    if weight is not None:
        out = out * weight.reshape(shape)
    if bias is not None:
        out = out + bias.reshape(shape)
    return out


def local_response_norm(input, size, alpha=0.0001, beta=0.75, k=1.0):
    sq = input * input
    n, c = input.shape[0], input.shape[1]
    flat = sq.reshape([n, c, -1])
    pad_front = size // 2  # PyTorch pads size // 2 channels before, (size - 1) // 2 after
    win = flat.reindex([n, c, flat.shape[2], size], ["i0", f"i1+i3-{pad_front}", "i2"], overflow_value=0)
    div = (win.sum(3) / size).reshape(input.shape)
    return input / jt.pow(div * alpha + k, beta)


# --- dropout ------------------------------------------------------------------------------------
def _fm_dropout(input, p, training, noise_shape):
    if p < 0.0 or p > 1.0:
        raise ValueError(f"dropout probability has to be between 0 and 1, but got {p}")
    if not training or p == 0.0:
        return input
    if p == 1.0:
        return input * jt.zeros(noise_shape, dtype=input.dtype)
    keep = (jt.rand(noise_shape) >= p).astype(input.dtype)
    return input * keep / (1.0 - p)


def dropout(input, p=0.5, training=True):
    return _fm_dropout(input, p, training, input.shape)


def _fm_feature_dropout(input, p, training, spatial):
    noise = list(input.shape[: input.ndim - spatial]) + [1] * spatial
    return _fm_dropout(input, p, training, noise)


def dropout1d(input, p=0.5, training=True):
    return _fm_feature_dropout(input, p, training, 1)


def dropout2d(input, p=0.5, training=True):
    return _fm_feature_dropout(input, p, training, 2)


def dropout3d(input, p=0.5, training=True):
    return _fm_feature_dropout(input, p, training, 3)


# --- linear and convolution ---------------------------------------------------------------------
def bilinear(input1, input2, weight, bias=None):
    # out[..., o] = sum_ij x1[..., i] * W[o, i, j] * x2[..., j] + b[o]
    lead = input1.shape[:-1]
    x1 = input1.reshape([-1, input1.shape[-1]])
    x2 = input2.reshape([-1, input2.shape[-1]])
    t = jt.matmul(x1, weight.permute(1, 0, 2).reshape([weight.shape[1], -1]))  # (B, O*J)
    t = t.reshape([x1.shape[0], weight.shape[0], weight.shape[2]])
    out = (t * x2.unsqueeze(1)).sum(2)
    if bias is not None:
        out = out + bias
    return out.reshape(list(lead) + [weight.shape[0]])


def _fm_conv_prepare(input, weight, stride, padding, dilation, nd):
    """torch's string paddings ('valid', 'same'): 'same' pads the extra element on the right."""
    if not isinstance(padding, str):
        return input, tuple(_fm_ntuple(padding, nd))
    if padding == "valid":
        return input, (0,) * nd
    if padding != "same":
        raise ValueError(f"Invalid padding string {padding!r}, should be one of {{'valid', 'same'}}")
    if any(s != 1 for s in _fm_ntuple(stride, nd)):
        raise ValueError("padding='same' is not supported for strided convolutions")
    dil = _fm_ntuple(dilation, nd)
    pads = []
    for i in range(nd):
        total = dil[i] * (weight.shape[2 + i] - 1)
        pads.append((total // 2, total - total // 2))
    if all(l == r for l, r in pads):
        return input, tuple(l for l, _ in pads)
    flat = []
    for l, r in reversed(pads):
        flat += [l, r]
    return pad(input, flat), (0,) * nd


def _fm_unbatched(input, nd):
    return input.ndim == nd + 1


def conv1d(input, weight, bias=None, stride=1, padding=0, dilation=1, groups=1):
    if _fm_unbatched(input, 1):
        return conv1d(input.unsqueeze(0), weight, bias, stride, padding, dilation, groups)[0]
    input, padding = _fm_conv_prepare(input, weight, stride, padding, dilation, 1)
    out = _fm_nn.conv2d(input.unsqueeze(2), weight.unsqueeze(2), bias, (1, _fm_ntuple(stride, 1)[0]),
                        (0, padding[0]), (1, _fm_ntuple(dilation, 1)[0]), groups)
    return out.squeeze(2)


def conv2d(input, weight, bias=None, stride=1, padding=0, dilation=1, groups=1):
    if _fm_unbatched(input, 2):
        return conv2d(input.unsqueeze(0), weight, bias, stride, padding, dilation, groups)[0]
    input, padding = _fm_conv_prepare(input, weight, stride, padding, dilation, 2)
    return _fm_nn.conv2d(input, weight, bias, _fm_ntuple(stride, 2), padding, _fm_ntuple(dilation, 2), groups)


def conv3d(input, weight, bias=None, stride=1, padding=0, dilation=1, groups=1):
    if _fm_unbatched(input, 3):
        return conv3d(input.unsqueeze(0), weight, bias, stride, padding, dilation, groups)[0]
    input, padding = _fm_conv_prepare(input, weight, stride, padding, dilation, 3)
    return _fm_nn.conv3d(input, weight, bias, _fm_ntuple(stride, 3), padding, _fm_ntuple(dilation, 3), groups)


def conv_transpose1d(input, weight, bias=None, stride=1, padding=0, output_padding=0, groups=1, dilation=1):
    if _fm_unbatched(input, 1):
        return conv_transpose1d(input.unsqueeze(0), weight, bias, stride, padding, output_padding, groups,
                                dilation)[0]
    out = conv_transpose2d(input.unsqueeze(2), weight.unsqueeze(2), bias, (1, _fm_ntuple(stride, 1)[0]),
                           (0, _fm_ntuple(padding, 1)[0]), (0, _fm_ntuple(output_padding, 1)[0]), groups,
                           (1, _fm_ntuple(dilation, 1)[0]))
    return out.squeeze(2)


def conv_transpose2d(input, weight, bias=None, stride=1, padding=0, output_padding=0, groups=1, dilation=1):
    if _fm_unbatched(input, 2):
        return conv_transpose2d(input.unsqueeze(0), weight, bias, stride, padding, output_padding, groups,
                                dilation)[0]
    return _fm_nn.conv_transpose2d(input, weight, bias, _fm_ntuple(stride, 2), _fm_ntuple(padding, 2),
                                   _fm_ntuple(output_padding, 2), groups, _fm_ntuple(dilation, 2))


def conv_transpose3d(input, weight, bias=None, stride=1, padding=0, output_padding=0, groups=1, dilation=1):
    if _fm_unbatched(input, 3):
        return conv_transpose3d(input.unsqueeze(0), weight, bias, stride, padding, output_padding, groups,
                                dilation)[0]
    return _fm_nn.conv_transpose3d(input, weight, bias, _fm_ntuple(stride, 3), _fm_ntuple(padding, 3),
                                   _fm_ntuple(output_padding, 3), groups, _fm_ntuple(dilation, 3))


# --- pooling (separable: one window reduction per spatial axis) --------------------------------
def _fm_min_value(x):
    d = str(x.dtype)
    if d in _FM_FLOATS:
        return float("-inf")
    if d == "bool":
        return 0
    return int(_fm_np.iinfo(d).min)


def _fm_pool_len(size, kernel, stride, pad, dilation, ceil_mode):
    span = size + 2 * pad - dilation * (kernel - 1) - 1
    if ceil_mode:
        out = -(-span // stride) + 1
        if (out - 1) * stride >= size + pad:
            out -= 1
    else:
        out = span // stride + 1
    return out


def _fm_window_axis(x, axis, kernel, stride, pad, dilation, out, overflow):
    shape = list(x.shape)
    shape[axis:axis + 1] = [out, kernel]
    exprs = [f"i{j}" for j in range(axis)]
    exprs.append(f"i{axis}*{stride}-{pad}+i{axis + 1}*{dilation}")
    exprs += [f"i{j + 1}" for j in range(axis + 1, x.ndim)]
    return x.reindex(shape, exprs, overflow_value=overflow)


def _fm_pool_args(nd, kernel_size, stride, padding, dilation):
    k = _fm_ntuple(kernel_size, nd)
    s = _fm_ntuple(stride, nd) if stride is not None and stride != [] and stride != () else k
    return k, s, _fm_ntuple(padding, nd), _fm_ntuple(dilation, nd)


def _fm_max_pool(input, nd, kernel_size, stride, padding, dilation, ceil_mode):
    k, s, p, d = _fm_pool_args(nd, kernel_size, stride, padding, dilation)
    x = input
    first = x.ndim - nd
    for i in range(nd):
        axis = first + i
        out = _fm_pool_len(x.shape[axis], k[i], s[i], p[i], d[i], ceil_mode)
        x = _fm_window_axis(x, axis, k[i], s[i], p[i], d[i], out, _fm_min_value(x)).max(axis + 1)
    return x


def _fm_avg_pool(input, nd, kernel_size, stride, padding, ceil_mode, count_include_pad, divisor_override):
    k, s, p, _ = _fm_pool_args(nd, kernel_size, stride, padding, 1)
    x = input
    first = x.ndim - nd
    divisor = None
    for i in range(nd):
        axis = first + i
        size = x.shape[axis]
        out = _fm_pool_len(size, k[i], s[i], p[i], 1, ceil_mode)
        x = _fm_window_axis(x, axis, k[i], s[i], p[i], 1, out, 0).sum(axis + 1)
        counts = []
        for o in range(out):
            start = o * s[i] - p[i]
            end = _fm_b.min(start + k[i], size + p[i])
            if count_include_pad:
                counts.append(end - start)
            else:
                counts.append(_fm_b.min(end, size) - _fm_b.max(start, 0))
        c = _fm_np.array(counts, dtype="float64")
        divisor = c if divisor is None else _fm_np.multiply.outer(divisor, c)
    if divisor_override:
        return x / divisor_override
    return x / jt.array(divisor.astype(str(x.dtype) if _fm_is_float(x) else "float32"))


def max_pool1d(input, kernel_size, stride=None, padding=0, dilation=1, ceil_mode=False):
    return _fm_max_pool(input, 1, kernel_size, stride, padding, dilation, ceil_mode)


def max_pool3d(input, kernel_size, stride=None, padding=0, dilation=1, ceil_mode=False):
    return _fm_max_pool(input, 3, kernel_size, stride, padding, dilation, ceil_mode)


def avg_pool1d(input, kernel_size, stride=None, padding=0, ceil_mode=False, count_include_pad=True):
    return _fm_avg_pool(input, 1, kernel_size, stride, padding, ceil_mode, count_include_pad, None)


def avg_pool2d(input, kernel_size, stride=None, padding=0, ceil_mode=False, count_include_pad=True,
               divisor_override=None):
    """Used where Jittor's avg_pool2d differs: count_include_pad=False, ceil_mode=True, divisor_override."""
    return _fm_avg_pool(input, 2, kernel_size, stride, padding, ceil_mode, count_include_pad, divisor_override)


def avg_pool3d(input, kernel_size, stride=None, padding=0, ceil_mode=False, count_include_pad=True,
               divisor_override=None):
    return _fm_avg_pool(input, 3, kernel_size, stride, padding, ceil_mode, count_include_pad, divisor_override)


def lp_pool1d(input, norm_type, kernel_size, stride=None, ceil_mode=False):
    return _fm_lp_pool(input, 1, norm_type, kernel_size, stride, ceil_mode)


def lp_pool2d(input, norm_type, kernel_size, stride=None, ceil_mode=False):
    return _fm_lp_pool(input, 2, norm_type, kernel_size, stride, ceil_mode)


def _fm_lp_pool(input, nd, norm_type, kernel_size, stride, ceil_mode):
    k = _fm_ntuple(kernel_size, nd)
    area = 1
    for v in k:
        area *= v
    out = _fm_avg_pool(jt.pow(input, norm_type), nd, kernel_size, stride, 0, ceil_mode, True, None)
    return jt.pow(sign(out) * _fm_nn.relu(jt.abs(out)) * area, 1.0 / norm_type)


def _fm_adaptive_axis(x, axis, out, op):
    size = x.shape[axis]
    starts = [(i * size) // out for i in range(out)]
    ends = [-(-((i + 1) * size) // out) for i in range(out)]
    lens = [e - s for s, e in zip(starts, ends)]
    kmax = _fm_b.max(lens)
    shape = list(x.shape)
    shape[axis:axis + 1] = [out, kmax]
    exprs = [f"i{j}" for j in range(axis)]
    exprs.append(f"@e0(i{axis})+i{axis + 1}")
    exprs += [f"i{j + 1}" for j in range(axis + 1, x.ndim)]
    extras = [jt.array(_fm_np.array(starts, dtype="int32")), jt.array(_fm_np.array(lens, dtype="int32"))]
    overflow = _fm_min_value(x) if op == "max" else 0
    win = x.reindex(shape, exprs, extras=extras, overflow_conditions=[f"i{axis + 1} >= @e1(i{axis})"],
                    overflow_value=overflow)
    return (win.max(axis + 1) if op == "max" else win.sum(axis + 1)), lens


def _fm_adaptive_sizes(input, nd, output_size):
    sizes = _fm_ntuple(output_size, nd)
    first = input.ndim - nd
    return [input.shape[first + i] if s is None else int(s) for i, s in enumerate(sizes)]


def _fm_adaptive_avg(input, nd, output_size):
    sizes = _fm_adaptive_sizes(input, nd, output_size)
    first = input.ndim - nd
    x = input
    divisor = _fm_np.ones([1] * nd)
    for i in range(nd):
        x, lens = _fm_adaptive_axis(x, first + i, sizes[i], "sum")
        shape = [1] * nd
        shape[i] = sizes[i]
        divisor = divisor * _fm_np.array(lens, dtype="float64").reshape(shape)
    return x / jt.array(divisor.astype(str(x.dtype) if _fm_is_float(x) else "float32"))


def _fm_adaptive_max(input, nd, output_size):
    sizes = _fm_adaptive_sizes(input, nd, output_size)
    first = input.ndim - nd
    x = input
    for i in range(nd):
        x, _ = _fm_adaptive_axis(x, first + i, sizes[i], "max")
    return x


def adaptive_avg_pool1d(input, output_size):
    return _fm_adaptive_avg(input, 1, output_size)


def adaptive_avg_pool2d(input, output_size):
    return _fm_adaptive_avg(input, 2, output_size)


def adaptive_avg_pool3d(input, output_size):
    return _fm_adaptive_avg(input, 3, output_size)


def adaptive_max_pool1d(input, output_size):
    return _fm_adaptive_max(input, 1, output_size)


def adaptive_max_pool2d(input, output_size):
    return _fm_adaptive_max(input, 2, output_size)


def adaptive_max_pool3d(input, output_size):
    return _fm_adaptive_max(input, 3, output_size)


# --- interpolation (PyTorch's CPU kernels: per-axis source indices and weights) ----------------
def _fm_interp_table(in_size, out_size, scale, mode, align_corners, np_float):
    """Source indices and weights along one axis, computed in the kernel's float precision."""
    f = np_float
    if mode in ("nearest", "nearest-exact"):
        if out_size == in_size and mode == "nearest":
            return [_fm_np.arange(out_size)], None
        if mode == "nearest" and out_size == 2 * in_size:
            return [_fm_np.arange(out_size) >> 1], None
        s = f(1.0 / scale) if scale is not None and scale > 0 else f(in_size) / f(out_size)
        dst = _fm_np.arange(out_size).astype(f)
        src = _fm_np.floor(dst * s) if mode == "nearest" else _fm_np.floor((dst + f(0.5)) * s)
        return [_fm_np.minimum(src.astype("int64"), in_size - 1)], None
    if align_corners:
        s = f(in_size - 1) / f(out_size - 1) if out_size > 1 else f(0)
    else:
        s = f(1.0 / scale) if scale is not None and scale > 0 else f(in_size) / f(out_size)
    dst = _fm_np.arange(out_size).astype(f)
    cubic = mode == "bicubic"
    if align_corners:
        real = s * dst
    else:
        real = s * (dst + f(0.5)) - f(0.5)
        if not cubic:
            real = _fm_np.where(real < 0, f(0), real).astype(f)
    idx = _fm_np.minimum(_fm_np.floor(real).astype("int64"), in_size - 1)
    lam = _fm_np.minimum(_fm_np.maximum(real - idx.astype(f), f(0)), f(1)).astype(f)
    if not cubic:
        if out_size == in_size:
            ar = _fm_np.arange(out_size)
            return [ar, ar], [_fm_np.ones(out_size, f), _fm_np.zeros(out_size, f)]
        idx1 = idx + (idx < in_size - 1)
        return [idx, idx1], [(f(1) - lam).astype(f), lam]
    a = f(-0.75)

    def conv1(x):
        return ((a + f(2)) * x - (a + f(3))) * x * x + f(1)

    def conv2(x):
        return ((a * x - f(5) * a) * x + f(8) * a) * x - f(4) * a

    x1 = lam
    x2 = f(1) - lam
    weights = [conv2(x1 + f(1)), conv1(x1), conv1(x2), conv2(x2 + f(1))]
    indices = [_fm_np.clip(idx - 1 + j, 0, in_size - 1) for j in range(4)]
    return indices, [w.astype(f) for w in weights]


def _fm_interp_axis(x, axis, out_size, scale, mode, align_corners):
    in_size = x.shape[axis]
    np_float = _fm_np.float64 if str(x.dtype) == "float64" else _fm_np.float32
    indices, weights = _fm_interp_table(in_size, out_size, scale, mode, align_corners, np_float)
    lead = (slice(None),) * axis
    taps = [x[lead + (jt.array(i.astype("int32")),)] for i in indices]
    if weights is None:
        return taps[0]
    shape = [out_size] + [1] * (x.ndim - axis - 1)
    out = None
    for tap, w in zip(taps, weights):
        term = jt.array(w.reshape(shape).astype(str(x.dtype))) * tap
        out = term if out is None else out + term
    return out


_FM_INTERP_DIMS = {"linear": 1, "bilinear": 2, "bicubic": 2, "trilinear": 3}


def interpolate(input, size=None, scale_factor=None, mode="nearest", align_corners=None,
                recompute_scale_factor=None):
    nd = input.ndim - 2
    if mode in ("nearest", "area", "nearest-exact"):
        if align_corners is not None:
            raise ValueError("align_corners option can only be set with the interpolating modes: "
                             "linear | bilinear | bicubic | trilinear")
    elif _FM_INTERP_DIMS.get(mode) != nd:
        raise NotImplementedError(f"Input Error: Only {nd + 2}D input Tensors supported for mode {mode!r}")
    align_corners = bool(align_corners)
    if size is not None and scale_factor is not None:
        raise ValueError("only one of size or scale_factor should be defined")
    if size is not None:
        out = [int(s) for s in _fm_ntuple(size, nd)]
        scales = [None] * nd
    elif scale_factor is not None:
        factors = [float(s) for s in _fm_ntuple(scale_factor, nd)]
        out = [int(_fm_math.floor(input.shape[2 + i] * factors[i])) for i in range(nd)]
        scales = [None] * nd if recompute_scale_factor else factors
    else:
        raise ValueError("either size or scale_factor should be defined")
    if mode == "area":
        return _fm_adaptive_avg(input, nd, out)
    x = input
    for i in reversed(range(nd)):  # innermost axis first, as PyTorch's kernels accumulate
        x = _fm_interp_axis(x, 2 + i, out[i], scales[i], mode, align_corners)
    return x


def upsample(input, size=None, scale_factor=None, mode="nearest", align_corners=None):
    return interpolate(input, size, scale_factor, mode, align_corners)


def upsample_nearest(input, size=None, scale_factor=None):
    return interpolate(input, size, scale_factor, mode="nearest")


def upsample_bilinear(input, size=None, scale_factor=None):
    return interpolate(input, size, scale_factor, mode="bilinear", align_corners=True)


# --- padding, shuffles, patches -----------------------------------------------------------------
def pad(input, pad, mode="constant", value=None):
    pad = list(pad)
    if len(pad) % 2:
        raise ValueError("Padding length must be divisible by 2")
    if value is None:
        value = 0.0
    x = input
    # Negative padding crops first.
    if any(p < 0 for p in pad):
        idx = [slice(None)] * x.ndim
        for i in range(len(pad) // 2):
            axis = x.ndim - 1 - i
            lo, hi = pad[2 * i], pad[2 * i + 1]
            idx[axis] = slice(-lo if lo < 0 else 0, x.shape[axis] + hi if hi < 0 else x.shape[axis])
        x = x[tuple(idx)]
        pad = [_fm_b.max(p, 0) for p in pad]
    if not any(pad):
        return x
    if mode == "constant":
        if value == 0:
            return _fm_nn.pad(x, pad, "constant", 0)
        # Jittor's code generator cannot compile every float as reindex's overflow value (0.5 is
        # written 0x1p-1): pad with zeros and select the value where the padding is.
        inside = _fm_nn.pad(jt.ones(x.shape, dtype="int32"), pad, "constant", 0) > 0
        fill = jt.array(value, dtype=str(x.dtype))
        return jt.ternary(inside, _fm_nn.pad(x, pad, "constant", 0), fill)
    if mode not in ("reflect", "replicate", "circular"):
        raise NotImplementedError(f"padding mode {mode!r}")
    return _fm_nn.pad(x, pad, mode)


def pixel_shuffle(input, upscale_factor):
    r = upscale_factor
    *lead, c, h, w = input.shape
    oc = c // (r * r)
    x = input.reshape([-1, oc, r, r, h, w]).permute(0, 1, 4, 2, 5, 3)
    return x.reshape(list(lead) + [oc, h * r, w * r])


def pixel_unshuffle(input, downscale_factor):
    r = downscale_factor
    *lead, c, h, w = input.shape
    x = input.reshape([-1, c, h // r, r, w // r, r]).permute(0, 1, 3, 5, 2, 4)
    return x.reshape(list(lead) + [c * r * r, h // r, w // r])


def channel_shuffle(input, groups):
    n, c = input.shape[0], input.shape[1]
    rest = list(input.shape[2:])
    x = input.reshape([n, groups, c // groups] + rest)
    return transpose(x, 1, 2).reshape(input.shape)


def unfold(input, kernel_size, dilation=1, padding=0, stride=1):
    return _fm_nn.unfold(input, _fm_ntuple(kernel_size, 2), _fm_ntuple(dilation, 2), _fm_ntuple(padding, 2),
                         _fm_ntuple(stride, 2))


def fold(input, output_size, kernel_size, dilation=1, padding=0, stride=1):
    return _fm_nn.fold(input, _fm_ntuple(output_size, 2), _fm_ntuple(kernel_size, 2), _fm_ntuple(dilation, 2),
                       _fm_ntuple(padding, 2), _fm_ntuple(stride, 2))


def embedding(input, weight, padding_idx=None):
    out = weight[input]
    if padding_idx is not None:
        # The padding row gets no gradient, as in PyTorch; its value is returned unchanged.
        if padding_idx < 0:
            padding_idx += weight.shape[0]
        mask = (input == padding_idx).unsqueeze(-1)
        out = jt.ternary(mask, out.stop_grad(), out)
    return out


def one_hot(input, num_classes=-1):
    t = input.astype("int64")
    if num_classes < 0:
        num_classes = int(t.max().item()) + 1
    classes = jt.arange(num_classes).astype("int64")
    return (t.unsqueeze(-1) == classes).astype("int64")


# --- losses ---------------------------------------------------------------------------------------
def _fm_class_last(x):
    if x.ndim <= 2:
        return x
    return x.permute([0] + list(range(2, x.ndim)) + [1])


def _fm_nll(logp, target, weight, ignore_index, reduction):
    """nll_loss on log-probabilities with the class dim at 1 (or 0 for a 1-D input)."""
    if logp.ndim == 1:
        logp = logp.unsqueeze(0)
        target = target.reshape([1])
        squeeze = True
    else:
        squeeze = False
    lp = _fm_class_last(logp)
    valid = target != ignore_index
    safe = jt.ternary(valid, target, jt.zeros_like(target)).astype("int32")
    picked = jt.gather(lp, lp.ndim - 1, safe.unsqueeze(-1)).squeeze(-1)
    w = valid.astype(logp.dtype)
    if weight is not None:
        w = weight[safe] * w
    loss = -picked * w
    if reduction == "none":
        return loss[0] if squeeze else loss
    if reduction == "sum":
        return loss.sum()
    if reduction == "mean":
        return loss.sum() / w.sum()
    raise ValueError(f"{reduction} is not a valid value for reduction")


def nll_loss(input, target, weight=None, size_average=None, ignore_index=-100, reduce=None, reduction="mean"):
    reduction = _legacy_reduction(size_average, reduce, reduction)
    return _fm_nll(input, target, weight, ignore_index, reduction)


def cross_entropy(input, target, weight=None, size_average=None, ignore_index=-100, reduce=None,
                  reduction="mean", label_smoothing=0.0):
    reduction = _legacy_reduction(size_average, reduce, reduction)
    cdim = 1 if input.ndim >= 2 else 0
    n_classes = input.shape[cdim]
    logp = log_softmax(input, cdim)
    wshape = [1] * input.ndim
    wshape[cdim] = n_classes
    if _fm_is_float(target):  # class probabilities
        if label_smoothing > 0:
            target = target * (1 - label_smoothing) + label_smoothing / n_classes
        prod = logp * target
        if weight is not None:
            prod = prod * weight.reshape(wshape)
        if reduction == "none":
            return -prod.sum(cdim)
        if reduction == "sum":
            return -prod.sum()
        return -prod.sum() / (input.numel() / n_classes)
    nll = _fm_nll(logp, target, weight, ignore_index, reduction)
    if label_smoothing <= 0:
        return nll
    ignore = target == ignore_index
    if weight is not None:
        smooth = -(logp * weight.reshape(wshape)).sum(cdim)
    else:
        smooth = -logp.sum(cdim)
    smooth = jt.ternary(ignore, jt.zeros_like(smooth), smooth)
    if reduction == "mean":
        if weight is not None:
            safe = jt.ternary(ignore, jt.zeros_like(target), target).astype("int32")
            denom = (weight[safe] * (1 - ignore.astype(weight.dtype))).sum()
        else:
            denom = (1 - ignore.astype(logp.dtype)).sum()
        ret = smooth.sum() / denom
    elif reduction == "sum":
        ret = smooth.sum()
    else:
        ret = smooth
    return (1 - label_smoothing) * nll + ret * (label_smoothing / n_classes)


def _fm_weighted(loss, weight, reduction, mean_by_weight):
    if weight is None:
        return _loss_reduce(loss, reduction)
    loss = loss * weight
    if reduction == "mean" and mean_by_weight:
        return loss.sum() / weight.sum()
    return _loss_reduce(loss, reduction)


def mse_loss(input, target, size_average=None, reduce=None, reduction="mean", weight=None):
    reduction = _legacy_reduction(size_average, reduce, reduction)
    d = input - target
    return _fm_weighted(d * d, weight, reduction, True)


def l1_loss(input, target, size_average=None, reduce=None, reduction="mean", weight=None):
    reduction = _legacy_reduction(size_average, reduce, reduction)
    return _fm_weighted(jt.abs(input - target), weight, reduction, True)


def smooth_l1_loss(input, target, size_average=None, reduce=None, reduction="mean", beta=1.0):
    reduction = _legacy_reduction(size_average, reduce, reduction)
    d = jt.abs(input - target)
    if beta == 0:
        return _loss_reduce(d, reduction)
    return _loss_reduce(jt.ternary(d < beta, 0.5 * d * d / beta, d - 0.5 * beta), reduction)


def huber_loss(input, target, reduction="mean", delta=1.0, weight=None):
    d = jt.abs(input - target)
    loss = jt.ternary(d < delta, 0.5 * d * d, delta * (d - 0.5 * delta))
    return _fm_weighted(loss, weight, reduction, False)


def binary_cross_entropy(input, target, weight=None, size_average=None, reduce=None, reduction="mean"):
    reduction = _legacy_reduction(size_average, reduce, reduction)
    log_p = jt.maximum(jt.log(input), -100.0)
    log_q = jt.maximum(jt.log(1 - input), -100.0)
    loss = -(target * log_p + (1 - target) * log_q)
    if weight is not None:
        loss = loss * weight
    return _loss_reduce(loss, reduction)


def binary_cross_entropy_with_logits(input, target, weight=None, size_average=None, reduce=None,
                                     reduction="mean", pos_weight=None):
    reduction = _legacy_reduction(size_average, reduce, reduction)
    log_sig = logsigmoid(input)
    if pos_weight is not None:
        log_sig = log_sig * ((pos_weight - 1) * target + 1)
    loss = (1 - target) * input - log_sig
    if weight is not None:
        loss = loss * weight
    return _loss_reduce(loss, reduction)


def kl_div(input, target, size_average=None, reduce=None, reduction="mean", log_target=False):
    if size_average is not None or reduce is not None:
        reduction = _legacy_reduction(size_average, reduce, reduction)
    if log_target:
        loss = jt.exp(target) * (target - input)
    else:
        safe = jt.ternary(target > 0, target, jt.ones_like(target))
        xlogy = jt.ternary(target == 0, jt.zeros_like(target), target * jt.log(safe))
        loss = xlogy - target * input
    if reduction == "batchmean":
        return loss.sum() / (input.shape[0] if input.ndim else 1)
    return _loss_reduce(loss, reduction)


def margin_ranking_loss(input1, input2, target, margin=0, size_average=None, reduce=None, reduction="mean"):
    reduction = _legacy_reduction(size_average, reduce, reduction)
    return _loss_reduce(jt.maximum(-target * (input1 - input2) + margin, 0.0), reduction)


def soft_margin_loss(input, target, size_average=None, reduce=None, reduction="mean"):
    reduction = _legacy_reduction(size_average, reduce, reduction)
    return _loss_reduce(log1p(jt.exp(-target * input)), reduction)


def hinge_embedding_loss(input, target, margin=1.0, size_average=None, reduce=None, reduction="mean"):
    reduction = _legacy_reduction(size_average, reduce, reduction)
    zeros = jt.zeros_like(input)
    margin_clamp = jt.maximum(margin - input, 0.0)
    out_margin = jt.ternary(target != 1, margin_clamp, zeros)
    out_self = jt.ternary(target != -1, input, zeros)
    return _loss_reduce(out_margin + out_self, reduction)


def cosine_embedding_loss(input1, input2, target, margin=0, size_average=None, reduce=None, reduction="mean"):
    reduction = _legacy_reduction(size_average, reduce, reduction)
    eps = 1e-12
    dim = input1.ndim - 1
    prod = (input1 * input2).sum(dim)
    mag1 = (input1 * input1).sum(dim) + eps
    mag2 = (input2 * input2).sum(dim) + eps
    cos = prod / jt.sqrt(mag1 * mag2)
    zeros = jt.zeros_like(cos)
    pos = jt.ternary(target == 1, 1 - cos, zeros)
    neg = jt.ternary(target == -1, jt.maximum(cos - margin, 0.0), zeros)
    return _loss_reduce(pos + neg, reduction)


def triplet_margin_loss(anchor, positive, negative, margin=1.0, p=2, eps=1e-06, swap=False, size_average=None,
                        reduce=None, reduction="mean"):
    reduction = _legacy_reduction(size_average, reduce, reduction)
    d_pos = pairwise_distance(anchor, positive, p, eps)
    d_neg = pairwise_distance(anchor, negative, p, eps)
    if swap:
        d_neg = jt.minimum(d_neg, pairwise_distance(positive, negative, p, eps))
    return _loss_reduce(jt.maximum(margin + d_pos - d_neg, 0.0), reduction)


def poisson_nll_loss(input, target, log_input=True, full=False, size_average=None, eps=1e-08, reduce=None,
                     reduction="mean"):
    reduction = _legacy_reduction(size_average, reduce, reduction)
    if log_input:
        loss = jt.exp(input) - target * input
    else:
        loss = input - target * jt.log(input + eps)
    if full:
        safe = jt.ternary(target > 1, target, jt.ones_like(target) * 2)
        stirling = safe * jt.log(safe) - safe + 0.5 * jt.log(2 * _fm_math.pi * safe)
        loss = loss + jt.ternary(target > 1, stirling, jt.zeros_like(target))
    return _loss_reduce(loss, reduction)


def gaussian_nll_loss(input, target, var, full=False, eps=1e-06, reduction="mean"):
    if not isinstance(var, jt.Var):
        var = jt.full_like(input, var)
    if tuple(var.shape) != tuple(input.shape) and tuple(var.shape) == tuple(input.shape[:-1]):
        var = var.unsqueeze(-1)
    # PyTorch clamps var in place under no_grad: the value is clamped, the gradient is not.
    var = var + (jt.maximum(var, eps) - var).detach()
    d = input - target
    loss = 0.5 * (jt.log(var) + d * d / var)
    if full:
        loss = loss + 0.5 * _fm_math.log(2 * _fm_math.pi)
    return _loss_reduce(loss, reduction)


def multilabel_soft_margin_loss(input, target, weight=None, size_average=None, reduce=None, reduction="mean"):
    reduction = _legacy_reduction(size_average, reduce, reduction)
    loss = -(target * logsigmoid(input) + (1 - target) * logsigmoid(-input))
    if weight is not None:
        loss = loss * weight
    loss = loss.sum(input.ndim - 1) / input.shape[-1]
    return _loss_reduce(loss, reduction)


# --- distances ----------------------------------------------------------------------------------
def cosine_similarity(x1, x2, dim=1, eps=1e-08):
    n1 = jt.maximum(jt.sqrt((x1 * x1).sum(dim, keepdims=True)), eps)
    n2 = jt.maximum(jt.sqrt((x2 * x2).sum(dim, keepdims=True)), eps)
    return ((x1 / n1) * (x2 / n2)).sum(dim)


def pairwise_distance(x1, x2, p=2.0, eps=1e-06, keepdim=False):
    d = x1 - x2 + eps
    return norm(d, p, d.ndim - 1 if d.ndim else 0, keepdim=keepdim)


def cdist(x1, x2, p=2.0):
    diff = x1.unsqueeze(-2) - x2.unsqueeze(-3)
    return norm(diff, p, -1)


def scaled_dot_product_attention(query, key, value, attn_mask=None, dropout_p=0.0, is_causal=False, scale=None,
                                 enable_gqa=False):
    L, S = query.shape[-2], key.shape[-2]
    scale_factor = 1.0 / _fm_math.sqrt(query.shape[-1]) if scale is None else scale
    if enable_gqa and key.ndim >= 3 and query.shape[-3] != key.shape[-3]:
        rep = query.shape[-3] // key.shape[-3]
        key = jt.repeat_interleave(key, rep, key.ndim - 3)
        value = jt.repeat_interleave(value, rep, value.ndim - 3)
    scores = jt.matmul(query, key.transpose(-2, -1)) * scale_factor
    if is_causal:
        causal = jt.array(_fm_np.tril(_fm_np.ones((L, S), dtype=bool)))
        scores = jt.ternary(causal, scores, jt.full_like(scores, float("-inf")))
    if attn_mask is not None:
        if str(attn_mask.dtype) == "bool":
            scores = jt.ternary(attn_mask, scores, jt.full_like(scores, float("-inf")))
        else:
            scores = scores + attn_mask
    weights = _fm_nn.softmax(scores, -1)
    if dropout_p > 0.0:
        weights = dropout(weights, dropout_p, True)
    return jt.matmul(weights, value)


# --- tensor creation ------------------------------------------------------------------------------
def _fm_infer(data):
    """torch.tensor's dtype for Python data: float32 if any float, else int64 if any int, else bool."""
    kinds = set()

    def walk(v):
        if isinstance(v, (jt.Var, _fm_np.ndarray)):
            d = str(v.dtype)
            kinds.add("float" if d in _FM_FLOATS else "bool" if d == "bool" else "int")
        elif isinstance(v, (list, tuple)) or (hasattr(v, "__len__") and not isinstance(v, (str, bytes))):
            for i in range(len(v)):
                walk(v[i])
        elif isinstance(v, (bool, _fm_np.bool_)):
            kinds.add("bool")
        elif isinstance(v, (int, _fm_np.integer)):
            kinds.add("int")
        elif isinstance(v, (float, _fm_np.floating)):
            kinds.add("float")
        else:
            raise TypeError(f"cannot infer a tensor dtype from {type(v).__name__}")

    walk(data)
    if "float" in kinds or not kinds:
        return "float32"
    return "int64" if "int" in kinds else "bool"


def _fm_to_numpy(data):
    if isinstance(data, jt.Var):
        return data.numpy()
    if isinstance(data, (list, tuple)) or (hasattr(data, "__len__") and not isinstance(data, _fm_np.ndarray)):
        return _fm_np.array([_fm_to_numpy(data[i]) for i in range(len(data))])
    return _fm_np.asarray(data)


def tensor(data, dtype=None):
    if isinstance(data, _fm_np.ndarray) and dtype is None:
        return from_numpy(data.copy())
    if isinstance(data, jt.Var) and dtype is None:
        return data.clone()
    target = _fm_dtype(dtype) or _fm_infer(data)
    if not isinstance(data, (list, tuple)) and not isinstance(data, (jt.Var, _fm_np.ndarray)) and not hasattr(data, "__len__"):
        # A Python scalar: Jittor has no 0-dim Var, the result has shape [1].
        return jt.array(_fm_np.array([data]).astype(target), dtype=target)
    return jt.array(_fm_to_numpy(data).astype(target), dtype=target)


def as_tensor(data, dtype=None):
    if isinstance(data, jt.Var):
        return data if dtype is None or _fm_dtype(dtype) == str(data.dtype) else data.astype(_fm_dtype(dtype))
    if isinstance(data, _fm_np.ndarray) and dtype is None:
        return from_numpy(data)
    return tensor(data, dtype)


def from_numpy(ndarray):
    # jt.array would turn int64/float64 into int32/float32 (auto_convert_64_to_32); keep the dtype.
    return jt.array(ndarray, dtype=str(ndarray.dtype))


def _fm_factory_dtype(dtype):
    return _fm_dtype(dtype) or "float32"


def zeros(*size, dtype=None):
    return jt.zeros(_fm_shape_arg(size), dtype=_fm_factory_dtype(dtype))


def ones(*size, dtype=None):
    return jt.ones(_fm_shape_arg(size), dtype=_fm_factory_dtype(dtype))


def empty(*size, dtype=None):
    return jt.empty(_fm_shape_arg(size), dtype=_fm_factory_dtype(dtype))


def full(size, fill_value, dtype=None):
    if dtype is None:
        if isinstance(fill_value, bool):
            dtype = "bool"
        elif isinstance(fill_value, int):
            dtype = "int64"
        elif isinstance(fill_value, jt.Var):
            dtype = str(fill_value.dtype)
        else:
            dtype = "float32"
    dtype = _fm_dtype(dtype)
    if isinstance(fill_value, jt.Var):
        return jt.zeros(_fm_shape_arg((size,)), dtype=dtype) + fill_value.astype(dtype)
    return jt.full(_fm_shape_arg((size,)), fill_value, dtype=dtype)


def zeros_like(input, dtype=None):
    return jt.zeros(input.shape, dtype=_fm_dtype(dtype) or str(input.dtype))


def ones_like(input, dtype=None):
    return jt.ones(input.shape, dtype=_fm_dtype(dtype) or str(input.dtype))


def empty_like(input, dtype=None):
    return jt.empty(input.shape, dtype=_fm_dtype(dtype) or str(input.dtype))


def full_like(input, fill_value, dtype=None):
    dtype = _fm_dtype(dtype) or str(input.dtype)
    if dtype in _FM_FLOATS or dtype == "bool" or isinstance(fill_value, (int, bool)):
        return jt.full(input.shape, fill_value, dtype=dtype)
    return jt.full(input.shape, int(fill_value), dtype=dtype)  # float into an integer tensor truncates


def arange(start=0, end=None, step=1, dtype=None):
    if end is None:
        start, end = 0, start
    values = [v.item() if isinstance(v, jt.Var) else v for v in (start, end, step)]
    if dtype is None:
        dtype = "int64" if all(isinstance(v, int) and not isinstance(v, float) for v in values) else "float32"
    dtype = _fm_dtype(dtype)
    start, end, step = values
    n = int(_fm_math.ceil((end - start) / step))
    if dtype in _FM_FLOATS:
        data = start + _fm_np.arange(_fm_b.max(n, 0), dtype="float64") * step
    else:
        data = _fm_np.arange(start, end, step)
    return jt.array(data.astype(dtype), dtype=dtype)


def linspace(start, end, steps, dtype=None):
    dtype = _fm_dtype(dtype) or "float32"
    # PyTorch's kernel: in the output's float precision (double for integer outputs), the first
    # half counted up from start, the second half back from end.
    f = _fm_np.float32 if dtype in ("float32", "float16", "bfloat16") else _fm_np.float64
    if steps == 1:
        data = _fm_np.array([start], dtype=f)
    else:
        s, e = f(start), f(end)
        step = (e - s) / f(steps - 1)
        i = _fm_np.arange(steps)
        half = steps // 2
        data = _fm_np.where(i < half, s + step * i.astype(f), e - step * (steps - 1 - i).astype(f))
    if dtype not in _FM_FLOATS:
        data = _fm_np.trunc(data)
    return jt.array(data.astype(dtype), dtype=dtype)


def logspace(start, end, steps, base=10.0, dtype=None):
    dtype = _fm_dtype(dtype) or "float32"
    exps = linspace(start, end, steps, dtype="float64").numpy()
    return jt.array(_fm_np.power(base, exps).astype(dtype), dtype=dtype)


def eye(n, m=None, dtype=None):
    dtype = _fm_dtype(dtype) or "float32"
    return jt.array(_fm_np.eye(n, n if m is None else m).astype(dtype), dtype=dtype)


def rand(*size, dtype=None):
    # jt.rand/jt.randn ignore dtype (always float32)
    return jt.rand(_fm_shape_arg(size)).astype(_fm_factory_dtype(dtype))


def randn(*size, dtype=None):
    return jt.randn(_fm_shape_arg(size)).astype(_fm_factory_dtype(dtype))


def rand_like(input, dtype=None):
    return rand(input.shape, dtype=dtype or str(input.dtype))


def randn_like(input, dtype=None):
    return randn(input.shape, dtype=dtype or str(input.dtype))


def randint(low=0, high=None, size=None, dtype=None):
    if size is None:  # randint(high, size)
        low, high, size = 0, low, high
    elif high is None:  # randint(high, size=...)
        low, high = 0, low
    dtype = _fm_dtype(dtype) or "int64"
    r = jt.floor(jt.rand(_fm_shape_arg((size,)), dtype="float64") * (high - low)) + low
    return r.astype(dtype)


def randint_like(input, low=0, high=None, dtype=None):
    if high is None:
        low, high = 0, low
    return randint(low, high, tuple(input.shape), dtype=_fm_dtype(dtype) or str(input.dtype))


def randperm(n, dtype=None):
    return jt.randperm(n).astype(_fm_dtype(dtype) or "int64")


# --- joining, splitting, reshaping ---------------------------------------------------------------
def chunk(input, chunks, dim=0):
    return tuple(jt.chunk(input, chunks, dim))


def unbind(input, dim=0):
    return tuple(jt.unbind(input, dim))


def split(tensor, split_size_or_sections, dim=0):
    return tuple(jt.split(tensor, split_size_or_sections, dim))


def hstack(tensors):
    return jt.concat(list(tensors), 0 if tensors[0].ndim == 1 else 1)


def vstack(tensors):
    return jt.concat([t.reshape([1, -1]) if t.ndim == 1 else t for t in tensors], 0)


def dstack(tensors):
    ts = []
    for t in tensors:
        if t.ndim == 1:
            t = t.reshape([1, -1, 1])
        elif t.ndim == 2:
            t = t.unsqueeze(-1)
        ts.append(t)
    return jt.concat(ts, 2)


def squeeze(input, dim=None):
    if dim is None:
        return jt.squeeze(input) if any(s == 1 for s in input.shape) else input
    dims = [_fm_dim(d, input.ndim) for d in (dim if isinstance(dim, (list, tuple)) else (dim,))]
    keep = [s for i, s in enumerate(input.shape) if not (i in dims and s == 1)]
    if len(keep) == input.ndim:
        return input
    return input.reshape(keep if keep else [1])


def transpose(input, dim0, dim1):
    order = list(range(input.ndim))
    a, b = _fm_dim(dim0, input.ndim), _fm_dim(dim1, input.ndim)
    order[a], order[b] = order[b], order[a]
    return input.permute(order)


swapdims = transpose


def swapaxes(input, axis0, axis1):
    return transpose(input, axis0, axis1)


def reshape(input, shape):
    return input.reshape(tuple(shape))


def permute(input, dims):
    return input.permute(tuple(_fm_dim(d, input.ndim) for d in dims))


def movedim(input, source, destination):
    src = [_fm_dim(d, input.ndim) for d in (source if isinstance(source, (list, tuple)) else (source,))]
    dst = [_fm_dim(d, input.ndim) for d in (destination if isinstance(destination, (list, tuple)) else (destination,))]
    order = [None] * input.ndim
    for s, d in zip(src, dst):
        order[d] = s
    rest = iter(i for i in range(input.ndim) if i not in src)
    order = [o if o is not None else next(rest) for o in order]
    return input.permute(order)


moveaxis = movedim


def narrow(input, dim, start, length):
    dim = _fm_dim(dim, input.ndim)
    if isinstance(start, jt.Var):
        start = int(start.item())
    if start < 0:
        start += input.shape[dim]
    idx = [slice(None)] * input.ndim
    idx[dim] = slice(start, start + length)
    return input[tuple(idx)]


def index_select(input, dim, index):
    dim = _fm_dim(dim, input.ndim)
    return input[(slice(None),) * dim + (index.reshape([-1]),)]


def meshgrid(*tensors, indexing=None):
    if len(tensors) == 1 and isinstance(tensors[0], (list, tuple)):
        tensors = tuple(tensors[0])
    if indexing is None:
        indexing = "ij"
    if indexing not in ("ij", "xy"):
        raise ValueError(f"torch.meshgrid: indexing must be one of 'xy' or 'ij', but received: {indexing}")
    ts = list(tensors)
    swap = indexing == "xy" and len(ts) >= 2
    if swap:
        ts[0], ts[1] = ts[1], ts[0]
    shape = [t.numel() for t in ts]
    grids = []
    for i, t in enumerate(ts):
        view = [1] * len(ts)
        view[i] = -1
        grids.append(t.reshape(view).broadcast(shape))
    if swap:
        grids[0], grids[1] = grids[1], grids[0]
    return tuple(grids)


def repeat_interleave(input, repeats=None, dim=None, output_size=None):
    if repeats is None:  # repeat_interleave(repeats): indices repeated by their counts
        counts = input.numpy().astype("int64")
        return jt.array(_fm_np.repeat(_fm_np.arange(len(counts)), counts).astype("int64"), dtype="int64")
    if dim is None:
        input = input.reshape([-1])
        dim = 0
    dim = _fm_dim(dim, input.ndim)
    if isinstance(repeats, jt.Var):
        reps = repeats.numpy().astype("int64").reshape(-1)
        if reps.size == 1:
            reps = _fm_np.full(input.shape[dim], int(reps[0]))
    else:
        reps = _fm_np.full(input.shape[dim], int(repeats))
    idx = _fm_np.repeat(_fm_np.arange(input.shape[dim]), reps).astype("int32")
    return input[(slice(None),) * dim + (jt.array(idx),)]


def tile(input, dims):
    dims = tuple(dims)
    if len(dims) < input.ndim:
        dims = (1,) * (input.ndim - len(dims)) + dims
    x = input
    if len(dims) > x.ndim:
        x = x.reshape([1] * (len(dims) - x.ndim) + list(x.shape))
    return x.repeat(dims)


def broadcast_to(input, size):
    size = list(size)
    lead = len(size) - input.ndim
    target = [input.shape[i - lead] if s == -1 else s for i, s in enumerate(size)]
    return input.broadcast(target)


def flip(input, dims):
    dims = [_fm_dim(d, input.ndim) for d in (dims if isinstance(dims, (list, tuple)) else (dims,))]
    idx = tuple(slice(None, None, -1) if i in dims else slice(None) for i in range(input.ndim))
    return input[idx] if dims else input


def atan2(input, other):
    a, b = _fm_binary(input, other)
    return jt.atan2(_fm_float_of(a), _fm_float_of(b))


arctan2 = atan2


def roll(input, shifts, dims=None):
    if dims is None:
        return roll(input.reshape([-1]), shifts, 0).reshape(input.shape)
    shifts = shifts if isinstance(shifts, (list, tuple)) else (shifts,)
    dims = dims if isinstance(dims, (list, tuple)) else (dims,)
    x = input
    for s, d in zip(shifts, dims):
        d = _fm_dim(d, x.ndim)
        n = x.shape[d]
        s = s % n if n else 0
        if s:
            lead = (slice(None),) * d
            x = jt.concat([x[lead + (slice(n - s, n),)], x[lead + (slice(0, n - s),)]], d)
    return x


# --- elementwise arithmetic -------------------------------------------------------------------
def _fm_promote(a, b):
    """torch's result dtype for a binary op of a Var with a Var or Python number (a weak scalar)."""
    if isinstance(a, jt.Var) and isinstance(b, jt.Var):
        return _fm_result_dtype(a, b)
    var, num = (a, b) if isinstance(a, jt.Var) else (b, a)
    d = str(var.dtype)
    if isinstance(num, bool):
        return d
    if isinstance(num, int):
        return "int64" if d == "bool" else d
    return d if d in _FM_FLOATS else "float32"


_FM_RANK = ["bool", "uint8", "int8", "int16", "int32", "int64", "float16", "bfloat16", "float32", "float64"]


def _fm_category(dtype):
    return 2 if dtype in _FM_FLOATS else 0 if dtype == "bool" else 1


def _fm_result_dtype(a, b):
    """PyTorch's result dtype of two Vars (Jittor widens int64 with float32 to float64)."""
    da, db = str(a.dtype), str(b.dtype)
    if da == db:
        return da
    ca, cb = _fm_category(da), _fm_category(db)
    if ca != cb:
        return da if ca > cb else db
    if {da, db} == {"float16", "bfloat16"}:
        return "float32"
    return da if _FM_RANK.index(da) > _FM_RANK.index(db) else db


def _fm_binary(a, b):
    """Both operands as Vars of PyTorch's result dtype."""
    if not isinstance(a, jt.Var) and not isinstance(b, jt.Var):
        a = tensor(a)
    target = _fm_promote(a, b)
    a = a.astype(target) if isinstance(a, jt.Var) else jt.array(a, dtype=target)
    b = b.astype(target) if isinstance(b, jt.Var) else jt.array(b, dtype=target)
    return a, b


def add(input, other, alpha=1):
    a, b = _fm_binary(input, other)
    return a + (b * alpha if alpha != 1 else b)


def sub(input, other, alpha=1):
    a, b = _fm_binary(input, other)
    return a - (b * alpha if alpha != 1 else b)


subtract = sub


def mul(input, other):
    a, b = _fm_binary(input, other)
    return a * b


multiply = mul


def div(input, other, rounding_mode=None):
    a, b = _fm_binary(input, other)
    if rounding_mode is None:
        if not _fm_is_float(a):  # integer true division is float32 in PyTorch
            a, b = a.astype("float32"), b.astype("float32")
        return a / b
    if rounding_mode == "trunc":
        if _fm_is_float(a) or _fm_is_float(b):
            return trunc(a / b)
        return trunc(a.astype("float64") / b.astype("float64")).astype(_fm_result_dtype(a, b))
    if rounding_mode == "floor":
        return floor_divide(a, b)
    raise ValueError(f"div expected rounding_mode to be one of None, 'trunc', or 'floor' but found '{rounding_mode}'")


divide = div


def true_divide(input, other):
    return div(input, other)


def floor_divide(input, other):
    a, b = _fm_binary(input, other)
    if _fm_is_float(a) or _fm_is_float(b):
        return jt.floor(a / b)
    q = jt.floor(a.astype("float64") / b.astype("float64"))
    return q.astype(_fm_result_dtype(a, b))


def remainder(input, other):
    a, b = _fm_binary(input, other)
    if _fm_is_float(a) or _fm_is_float(b):
        return a - jt.floor(a / b) * b
    return a - floor_divide(a, b) * b


def fmod(input, other):
    a, b = _fm_binary(input, other)
    if _fm_is_float(a) or _fm_is_float(b):
        return a - trunc(a / b) * b
    q = trunc(a.astype("float64") / b.astype("float64")).astype(_fm_result_dtype(a, b))
    return a - q * b


def pow_(input, exponent):
    if not isinstance(input, jt.Var):
        base = jt.array(input, dtype=_fm_promote(input, exponent))
        return jt.pow(base, exponent)
    return jt.pow(input, exponent)


def _fm_unary(name, op):
    def fn(input):
        return op(_fm_float_of(input))

    fn.__name__ = fn.__qualname__ = name
    return fn


sqrt = _fm_unary("sqrt", jt.sqrt)
exp = _fm_unary("exp", jt.exp)
log = _fm_unary("log", jt.log)
erf = _fm_unary("erf", jt.erf)
erfinv = _fm_unary("erfinv", jt.erfinv)
sin = _fm_unary("sin", jt.sin)
cos = _fm_unary("cos", jt.cos)
tan = _fm_unary("tan", jt.tan)
asin = arcsin = _fm_unary("asin", jt.asin)
acos = arccos = _fm_unary("acos", jt.acos)
atan = arctan = _fm_unary("atan", jt.atan)
sinh = _fm_unary("sinh", jt.sinh)
cosh = _fm_unary("cosh", jt.cosh)
asinh = arcsinh = _fm_unary("asinh", jt.asinh)
acosh = arccosh = _fm_unary("acosh", jt.acosh)
atanh = arctanh = _fm_unary("atanh", jt.atanh)
sigmoid = _fm_unary("sigmoid", jt.sigmoid)
tanh = _fm_unary("tanh", jt.tanh)


def rsqrt(input):
    return 1.0 / jt.sqrt(_fm_float_of(input))


def log1p(input):
    x = _fm_float_of(input)
    # log1p without cancellation: log(1+x) * x / ((1+x) - 1), exact where 1+x rounds to 1.
    u = 1.0 + x
    d = u - 1.0
    return jt.ternary(d == 0, x, jt.log(u) * x / jt.ternary(d == 0, jt.ones_like(d), d))


def expm1(input):
    # Kahan: (u - 1) * x / log(u), u = exp(x); exact where u rounds to 1 or -1 is reached.
    x = _fm_float_of(input)
    u = jt.exp(x)
    um1 = u - 1.0
    safe_log = jt.log(jt.ternary(u == 1.0, jt.full_like(u, 2.0), u))
    mid = um1 * x / safe_log
    return jt.ternary(u == 1.0, x, jt.ternary(um1 == -1.0, um1, jt.ternary(jt.isinf(u), u, mid)))


def log10(input):
    return jt.log(_fm_float_of(input)) / _fm_math.log(10.0)


def log2(input):
    return jt.log2(_fm_float_of(input))


def neg(input):
    return -input


negative = neg


def abs_(input):
    return jt.abs(input)


absolute = abs_


def floor(input):
    return jt.floor(input) if _fm_is_float(input) else input


def ceil(input):
    return jt.ceil(input) if _fm_is_float(input) else input


def sign(input):
    if str(input.dtype) == "bool":
        return input
    pos = (input > 0).astype(input.dtype)
    negv = (input < 0).astype(input.dtype)
    return pos - negv


def trunc(input):
    if not _fm_is_float(input):
        return input
    return jt.ternary(input < 0, jt.ceil(input), jt.floor(input))


fix = trunc


def frac(input):
    return input - trunc(input)


def reciprocal(input):
    return 1.0 / _fm_float_of(input)


def square(input):
    return input * input


def round_(input, decimals=0):
    if not _fm_is_float(input):
        return input
    x = input
    if decimals:
        scale = 10.0 ** decimals
        x = x * scale
    # Round half to even, as PyTorch (nearbyint): x - floor(x) is exact.
    f = jt.floor(x)
    d = x - f
    odd = (f - 2.0 * jt.floor(f * 0.5)) == 1.0
    up = (d > 0.5).logical_or((d == 0.5).logical_and(odd))
    r = jt.ternary(up, f + 1.0, f)
    return r / scale if decimals else r


def clamp(input, min=None, max=None):
    x = input
    if min is None and max is None:
        raise RuntimeError("torch.clamp: At least one of 'min' or 'max' must not be None")
    if min is not None:
        x, lo = _fm_binary(x, min)
        x = jt.maximum(x, lo)
    if max is not None:
        x, hi = _fm_binary(x, max)
        x = jt.minimum(x, hi)
    return x


clip = clamp


def lerp(input, end, weight):
    return input + weight * (end - input)


def logit(input, eps=None):
    x = input if eps is None else jt.clamp(input, eps, 1 - eps)
    return jt.log(x / (1 - x))


def xlogy(input, other):
    safe = jt.ternary(other > 0, other, jt.ones_like(other)) if isinstance(other, jt.Var) else other
    return jt.ternary(input == 0, jt.zeros_like(input), input * jt.log(safe))


def hypot(input, other):
    return jt.sqrt(input * input + other * other)


def float_power(input, exponent):
    base = input.astype("float64") if isinstance(input, jt.Var) else input
    exp = exponent.astype("float64") if isinstance(exponent, jt.Var) else exponent
    return pow_(base if isinstance(base, jt.Var) else jt.array(base, dtype="float64"), exp)


# --- reductions -----------------------------------------------------------------------------------
def _fm_acc_dtype(x, dtype):
    if dtype is not None:
        return _fm_dtype(dtype)
    d = str(x.dtype)
    return "int64" if d == "bool" or d.startswith("int") or d.startswith("uint") else d


def sum_(input, dim=None, keepdim=False, dtype=None):
    x = input.astype(_fm_acc_dtype(input, dtype))
    return x.sum(_fm_dims(dim, x.ndim), keepdims=keepdim)


def mean(input, dim=None, keepdim=False, dtype=None):
    x = input if dtype is None else input.astype(_fm_dtype(dtype))
    if not _fm_is_float(x):
        raise RuntimeError(f"mean(): could not infer output dtype. Input dtype must be either a floating point "
                           f"or complex dtype. Got: {x.dtype}")
    return x.mean(_fm_dims(dim, x.ndim), keepdims=keepdim)


def prod(input, dim=None, keepdim=False, dtype=None):
    x = input.astype(_fm_acc_dtype(input, dtype))
    if dim is None:
        return x.reshape([-1]).prod(0)
    return x.prod(_fm_dim(dim, x.ndim), keepdims=keepdim)


def _fm_correction(unbiased, correction):
    if correction is not None:
        return correction
    return 1 if unbiased is None or unbiased else 0


def var(input, dim=None, unbiased=None, keepdim=False, correction=None):
    if isinstance(dim, bool):  # var(input, unbiased)
        dim, unbiased = None, dim
    dims = _fm_dims(dim, input.ndim)
    n = 1
    for d in dims:
        n *= input.shape[d]
    mu = input.mean(dims, keepdims=True)
    c = input - mu
    ss = (c * c).sum(dims, keepdims=keepdim)
    denom = n - _fm_correction(unbiased, correction)
    return ss / denom if denom > 0 else ss / 0.0


def std(input, dim=None, unbiased=None, keepdim=False, correction=None):
    if isinstance(dim, bool):
        dim, unbiased = None, dim
    return jt.sqrt(var(input, dim, unbiased, keepdim, correction=correction))


def var_mean(input, dim=None, unbiased=None, keepdim=False, correction=None):
    if isinstance(dim, bool):
        dim, unbiased = None, dim
    return var(input, dim, unbiased, keepdim, correction=correction), mean(input, dim, keepdim)


def std_mean(input, dim=None, unbiased=None, keepdim=False, correction=None):
    if isinstance(dim, bool):
        dim, unbiased = None, dim
    return std(input, dim, unbiased, keepdim, correction=correction), mean(input, dim, keepdim)


def _fm_arg(input, dim, keepdim, largest):
    if dim is None:
        flat = input.reshape([-1])
        idx, _ = (jt.argmax if largest else jt.argmin)(flat, 0)
        return _fm_int64(idx.reshape([1, ] * input.ndim) if keepdim else idx)
    dim = _fm_dim(dim, input.ndim)
    idx, _ = (jt.argmax if largest else jt.argmin)(input, dim, keepdims=keepdim)
    return _fm_int64(idx)


def argmax(input, dim=None, keepdim=False):
    return _fm_arg(input, dim, keepdim, True)


def argmin(input, dim=None, keepdim=False):
    return _fm_arg(input, dim, keepdim, False)


def _fm_minmax(input, dim, keepdim, largest):
    if dim is None:
        return input.max() if largest else input.min()
    if isinstance(dim, jt.Var):  # max(input, other): elementwise
        return jt.maximum(input, dim) if largest else jt.minimum(input, dim)
    d = _fm_dim(dim, input.ndim)
    values = input.max(d, keepdims=keepdim) if largest else input.min(d, keepdims=keepdim)
    return _FMValuesIndices(values, _fm_arg(input, d, keepdim, largest))


def max_(input, dim=None, keepdim=False):
    return _fm_minmax(input, dim, keepdim, True)


def min_(input, dim=None, keepdim=False):
    return _fm_minmax(input, dim, keepdim, False)


def amax(input, dim=(), keepdim=False):
    return input.max(_fm_dims(dim, input.ndim), keepdims=keepdim)


def amin(input, dim=(), keepdim=False):
    return input.min(_fm_dims(dim, input.ndim), keepdims=keepdim)


def aminmax(input, dim=None, keepdim=False):
    return _FMMinMax(amin(input, dim, keepdim), amax(input, dim, keepdim))


def all_(input, dim=None, keepdim=False):
    x = input if str(input.dtype) == "bool" else input != 0
    r = x.astype("int32").min(_fm_dims(dim, x.ndim), keepdims=keepdim) > 0
    return r if str(input.dtype) != "uint8" else r.astype("uint8")


def any_(input, dim=None, keepdim=False):
    x = input if str(input.dtype) == "bool" else input != 0
    r = x.astype("int32").max(_fm_dims(dim, x.ndim), keepdims=keepdim) > 0
    return r if str(input.dtype) != "uint8" else r.astype("uint8")


def logsumexp(input, dim, keepdim=False):
    dims = _fm_dims(dim, input.ndim)
    x = _fm_float_of(input)
    m = x.max(dims, keepdims=True)
    m = jt.ternary(jt.isinf(m), jt.zeros_like(m), m)
    s = jt.exp(x - m).sum(dims, keepdims=keepdim)
    if not keepdim:
        m = m.reshape([n for i, n in enumerate(m.shape) if i not in dims] or [1])
    return jt.log(s) + m


def norm(input, p="fro", dim=None, keepdim=False, dtype=None):
    x = input if dtype is None else input.astype(_fm_dtype(dtype))
    dims = _fm_dims(dim, x.ndim)
    if p is None or p == "fro" or p == 2:
        return jt.sqrt((x * x).sum(dims, keepdims=keepdim))
    if p == "nuc":
        raise NotImplementedError("nuclear norm is not implemented for Jittor")
    a = jt.abs(x)
    if p == float("inf"):
        return a.max(dims, keepdims=keepdim)
    if p == float("-inf"):
        return a.min(dims, keepdims=keepdim)
    if p == 0:
        return (a != 0).astype(x.dtype).sum(dims, keepdims=keepdim)
    if p == 1:
        return a.sum(dims, keepdims=keepdim)
    return jt.pow(jt.pow(a, p).sum(dims, keepdims=keepdim), 1.0 / p)


def count_nonzero(input, dim=None):
    return (input != 0).astype("int64").sum(_fm_dims(dim, input.ndim))


def cumsum(input, dim, dtype=None):
    x = input.astype(_fm_acc_dtype(input, dtype))
    return jt.cumsum(x, _fm_dim(dim, x.ndim))


def cumprod(input, dim, dtype=None):
    # jt.cumprod is exp(cumsum(log(x))): wrong for zeros and negatives. A Hillis-Steele scan.
    x = input.astype(_fm_acc_dtype(input, dtype))
    dim = _fm_dim(dim, x.ndim)
    n = x.shape[dim]
    lead = (slice(None),) * dim
    shift = 1
    while shift < n:
        pad_shape = list(x.shape)
        pad_shape[dim] = shift
        prev = jt.concat([jt.ones(pad_shape, dtype=str(x.dtype)), x[lead + (slice(0, n - shift),)]], dim)
        x = x * prev
        shift *= 2
    return x


def topk(input, k, dim=None, largest=True, sorted=True):
    if dim is None:
        dim = -1
    values, indices = jt.topk(input, k, _fm_dim(dim, input.ndim), largest, sorted)
    return _FMValuesIndices(values, _fm_int64(indices))


def sort(input, dim=-1, descending=False, stable=False):
    dim = _fm_dim(dim, input.ndim)
    idx = argsort(input, dim, descending, stable=stable)
    return _FMValuesIndices(jt.gather(input, dim, idx), idx)


def argsort(input, dim=-1, descending=False, stable=False):
    dim = _fm_dim(dim, input.ndim)
    if not stable:  # PyTorch leaves the order of ties unspecified: Jittor's sort will do
        idx, _ = jt.argsort(input, dim, descending)
        return _fm_int64(idx)
    # stable=True: ties keep their input order, in both directions (computed on the host)
    data = input.numpy()
    if descending:
        key = ~data if data.dtype == bool else -data.astype("float64") if data.dtype.kind in "iu" else -data
    else:
        key = data
    idx = _fm_np.argsort(key, axis=dim, kind="stable")
    return jt.array(idx.astype("int64"), dtype="int64")


def msort(input):
    return sort(input, 0)[0]


# --- indexing, selection and comparison -------------------------------------------------------
def where(condition, input=None, other=None):
    if input is None and other is None:
        return nonzero(condition, as_tuple=True)
    if not isinstance(input, jt.Var) and not isinstance(other, jt.Var):
        input = jt.array(input, dtype="float32" if isinstance(input, float) or isinstance(other, float) else "int64")
    a, b = _fm_binary(input, other)
    if str(a.dtype) != str(b.dtype):
        target = _fm_result_dtype(a, b)
        a, b = a.astype(target), b.astype(target)
    return jt.ternary(_fm_bool(condition), a, b)


def nonzero(input, as_tuple=False):
    idx = _fm_np.nonzero(input.numpy())
    if as_tuple:
        return tuple(jt.array(i.astype("int64"), dtype="int64") for i in idx)
    return jt.array(_fm_np.stack(idx, 1).astype("int64"), dtype="int64")


def argwhere(input):
    return nonzero(input)


def masked_fill(input, mask, value):
    if isinstance(value, jt.Var):
        value = value.astype(input.dtype)
    else:
        value = jt.array(value, dtype=str(input.dtype))
    return jt.ternary(mask, value, input)


def gather(input, dim, index):
    return jt.gather(input, _fm_dim(dim, input.ndim), index)


def take(input, index):
    return input.reshape([-1])[index.reshape([-1])].reshape(index.shape)


def take_along_dim(input, indices, dim=None):
    if dim is None:
        return input.reshape([-1])[indices.reshape([-1])]
    return jt.gather(input, _fm_dim(dim, input.ndim), indices)


def isclose(input, other, rtol=1e-05, atol=1e-08, equal_nan=False):
    # Computed in numpy: Jittor compiles with -Ofast (NaN/inf comparisons unreliable), and its
    # isposinf/isneginf/isnan kernels combined here crashed the process now and then (1.3.11).
    a, b = _fm_binary(input, other)
    result = _fm_np.isclose(a.numpy(), b.numpy(), rtol=rtol, atol=atol, equal_nan=equal_nan)
    return jt.array(result, dtype="bool")


def allclose(input, other, rtol=1e-05, atol=1e-08, equal_nan=False):
    return bool(all_(isclose(input, other, rtol, atol, equal_nan)).item())


def equal(input, other):
    if tuple(input.shape) != tuple(other.shape):
        return False
    return bool((input == other).all().item())


def _fm_bool(x):
    return x if str(x.dtype) == "bool" else x != 0


def logical_and(input, other):
    return jt.logical_and(_fm_bool(input), _fm_bool(other))


def logical_or(input, other):
    return jt.logical_or(_fm_bool(input), _fm_bool(other))


def logical_xor(input, other):
    return jt.logical_xor(_fm_bool(input), _fm_bool(other))


def logical_not(input):
    return jt.logical_not(_fm_bool(input))


def eq(input, other):
    return input == other


def ne(input, other):
    return input != other


def gt(input, other):
    return input > other


def lt(input, other):
    return input < other


def ge(input, other):
    return input >= other


def le(input, other):
    return input <= other


greater, less, greater_equal, less_equal, not_equal = gt, lt, ge, le, ne


def maximum(input, other):
    return jt.maximum(input, other)


def minimum(input, other):
    return jt.minimum(input, other)


def fmax(input, other):
    return jt.ternary(jt.isnan(other), input, jt.ternary(jt.isnan(input), other, jt.maximum(input, other)))


def fmin(input, other):
    return jt.ternary(jt.isnan(other), input, jt.ternary(jt.isnan(input), other, jt.minimum(input, other)))


def isnan(input):
    # numpy: see isclose
    return jt.array(_fm_np.isnan(input.numpy()), dtype="bool") if _fm_is_float(input) else jt.zeros(input.shape, dtype="bool")


def isinf(input):
    # numpy: see isclose
    return jt.array(_fm_np.isinf(input.numpy()), dtype="bool") if _fm_is_float(input) else jt.zeros(input.shape, dtype="bool")


def isfinite(input):
    # numpy: see isclose
    return jt.array(_fm_np.isfinite(input.numpy()), dtype="bool") if _fm_is_float(input) else jt.ones(input.shape, dtype="bool")


def isposinf(input):
    # numpy: see isclose
    return jt.array(_fm_np.isposinf(input.numpy()), dtype="bool") if _fm_is_float(input) else jt.zeros(input.shape, dtype="bool")


def isneginf(input):
    # numpy: see isclose
    return jt.array(_fm_np.isneginf(input.numpy()), dtype="bool") if _fm_is_float(input) else jt.zeros(input.shape, dtype="bool")


def nan_to_num(input, nan=0.0, posinf=None, neginf=None):
    if not _fm_is_float(input):
        return input
    info = _fm_np.finfo(str(input.dtype) if str(input.dtype) != "bfloat16" else "float32")
    posinf = float(info.max) if posinf is None else posinf
    neginf = float(info.min) if neginf is None else neginf
    # Computed in numpy: the same three selections in Jittor 1.3.11 crashed or hung its process
    # now and then (segfault in the generated kernel), and values only are needed here.
    values = _fm_np.nan_to_num(input.numpy(), nan=nan, posinf=posinf, neginf=neginf)
    return jt.array(values.astype(str(input.dtype)), dtype=str(input.dtype))


def searchsorted(sorted_sequence, input, out_int32=False, right=False, side=None):
    if side is not None:
        right = side == "right"
    seq = sorted_sequence.numpy()
    vals = input.numpy() if isinstance(input, jt.Var) else _fm_np.asarray(input)
    if seq.ndim == 1:
        r = _fm_np.searchsorted(seq, vals, side="right" if right else "left")
    else:
        r = _fm_np.stack([_fm_np.searchsorted(s, v, side="right" if right else "left")
                          for s, v in zip(seq.reshape(-1, seq.shape[-1]), vals.reshape(-1, vals.shape[-1]))])
        r = r.reshape(vals.shape)
    dt = "int32" if out_int32 else "int64"
    return jt.array(_fm_np.asarray(r).astype(dt), dtype=dt)


def bucketize(input, boundaries, out_int32=False, right=False):
    return searchsorted(boundaries, input, out_int32=out_int32, right=right)


# --- linear algebra ---------------------------------------------------------------------------
def matmul(input, other):
    if input.ndim == 1 and other.ndim == 1:
        return (input * other).sum()
    return jt.matmul(input, other)


def mm(input, mat2):
    return jt.matmul(input, mat2)


def bmm(input, mat2):
    return jt.bmm(input, mat2)


def dot(input, tensor):
    return (input * tensor).sum()


vdot = dot


def mv(input, vec):
    return jt.matmul(input, vec)


def outer(input, vec2):
    return input.reshape([-1, 1]) * vec2.reshape([1, -1])


ger = outer


def addmm(input, mat1, mat2, beta=1, alpha=1):
    prod = jt.matmul(mat1, mat2)
    return (input if beta == 1 else input * beta) + (prod if alpha == 1 else prod * alpha)


def baddbmm(input, batch1, batch2, beta=1, alpha=1):
    prod = jt.bmm(batch1, batch2)
    return (input if beta == 1 else input * beta) + (prod if alpha == 1 else prod * alpha)


def addbmm(input, batch1, batch2, beta=1, alpha=1):
    prod = jt.bmm(batch1, batch2).sum(0)
    return (input if beta == 1 else input * beta) + (prod if alpha == 1 else prod * alpha)


def einsum(equation, *operands):
    if len(operands) == 1 and isinstance(operands[0], (list, tuple)):
        operands = tuple(operands[0])
    return jt.einsum(equation, *operands)


def diag(input, diagonal=0):
    if input.ndim == 1:
        n = input.shape[0] + _fm_b.abs(diagonal)
        row0 = _fm_b.max(-diagonal, 0)
        # out[i, j] = v[i - row0] where j - i == diagonal, else 0
        return input.reindex([n, n], [f"i0-{row0}"], overflow_value=0,
                             overflow_conditions=[f"i1-i0!={diagonal}"])
    return diagonal_(input, diagonal)


def diagonal_(input, offset=0, dim1=0, dim2=1):
    d1, d2 = _fm_dim(dim1, input.ndim), _fm_dim(dim2, input.ndim)
    rest = [i for i in range(input.ndim) if i not in (d1, d2)]
    x = input.permute(rest + [d1, d2])
    r, c = x.shape[-2], x.shape[-1]
    rows = _fm_np.arange(_fm_b.max(0, -offset), r)
    cols = rows + offset
    keep = cols < c
    rows, cols = rows[keep], cols[keep]
    if len(rows) == 0:
        return jt.zeros(list(x.shape[:-2]) + [0], dtype=str(x.dtype))
    flat = x.reshape(list(x.shape[:-2]) + [r * c])
    return flat[(slice(None),) * (flat.ndim - 1) + (jt.array((rows * c + cols).astype("int32")),)]


def trace(input):
    return diagonal_(input).sum()


def tril(input, diagonal=0):
    return jt.tril(input, diagonal)


def triu(input, diagonal=0):
    return jt.triu(input, diagonal)


def kron(input, other):
    a, b = input, other
    nd = _fm_b.max(a.ndim, b.ndim)
    a = a.reshape([1] * (nd - a.ndim) + list(a.shape))
    b = b.reshape([1] * (nd - b.ndim) + list(b.shape))
    ea = a.reshape([s for d in a.shape for s in (d, 1)])
    eb = b.reshape([s for d in b.shape for s in (1, d)])
    return (ea * eb).reshape([x * y for x, y in zip(a.shape, b.shape)])


def cross(input, other, dim=None):
    if dim is None:
        dim = next(i for i, s in enumerate(input.shape) if s == 3)
    return jt.cross(input, other, _fm_dim(dim, input.ndim))


def numel(input):
    return int(input.numel())


def clone(input):
    return input.clone()


def diff(input, n=1, dim=-1, prepend=None, append=None):
    dim = _fm_dim(dim, input.ndim)
    x = input
    if prepend is not None or append is not None:
        x = jt.concat([t for t in (prepend, x, append) if t is not None], dim)
    lead = (slice(None),) * dim
    for _ in range(n):
        a = x[lead + (slice(1, None),)]
        b = x[lead + (slice(None, -1),)]
        x = (a != b) if str(x.dtype) == "bool" else a - b
    return x


def cummax(input, dim):
    return _fm_cumext(input, dim, True)


def cummin(input, dim):
    return _fm_cumext(input, dim, False)


def _fm_cumext(input, dim, largest):
    dim = _fm_dim(dim, input.ndim)
    data = _fm_np.moveaxis(input.numpy(), dim, -1)
    vals = _fm_np.empty_like(data)
    idx = _fm_np.empty(data.shape, dtype="int64")
    best = data[..., 0].copy()
    best_i = _fm_np.zeros(data.shape[:-1], dtype="int64")
    for i in range(data.shape[-1]):
        cur = data[..., i]
        better = (cur >= best) if largest else (cur <= best)
        best = _fm_np.where(better, cur, best)
        best_i = _fm_np.where(better, i, best_i)
        vals[..., i] = best
        idx[..., i] = best_i
    return _FMValuesIndices(jt.array(_fm_np.moveaxis(vals, -1, dim), dtype=str(input.dtype)),
                            jt.array(_fm_np.moveaxis(idx, -1, dim), dtype="int64"))
