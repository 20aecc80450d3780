"""torch.nn.functional pooling: average pooling separable (one window reduction per spatial axis),
max pooling by argmax over each whole window (PyTorch's gradient goes to the first maximum)."""
from __future__ import annotations

import builtins
import itertools

import jittor as jt
from jittor import nn as jnn
import numpy as np

from .._common import FLOAT_DTYPES, expand_ints, int_prod, is_float, ntuple
from ..ops.pointwise import sign


def _min_value(x):
    d = str(x.dtype)
    if d in FLOAT_DTYPES:
        return float("-inf")
    if d == "bool":
        return 0
    return int(np.iinfo(d).min)


def _check_input(input, nd, name):
    if input.ndim not in (nd + 1, nd + 2):
        raise RuntimeError(f"{name}: Expected {nd + 1}D (unbatched) or {nd + 2}D (batch mode) tensor for input, "
                           f"but got: {input.ndim}D")


def _pool_len(size, kernel, stride, pad, dilation, ceil_mode):
    span = size + 2 * pad - dilation * (kernel - 1) - 1
    if ceil_mode:
        out = -(-span // stride) + 1
        if (out - 1) * stride >= size + pad:  # the last window must start inside the input or left padding
            out -= 1
    else:
        out = span // stride + 1
    if out <= 0:
        raise RuntimeError(f"Given input size: {size}. Calculated output size: {out}. Output size is too small")
    return out


def _window_axis(x, axis, kernel, stride, pad, dilation, out, overflow):
    shape = list(x.shape)
    shape[axis:axis + 1] = [out, kernel]
    exprs = [f"i{j}" for j in range(axis)]
    exprs.append(f"i{axis}*{stride}-{pad}+i{axis + 1}*{dilation}")
    exprs += [f"i{j + 1}" for j in range(axis + 1, x.ndim)]
    return x.reindex(shape, exprs, overflow_value=overflow)


def _pool_args(input, nd, kernel_size, stride, padding, dilation, name):
    """PyTorch's argument rules: a 1-element list stands for every axis, stride None or [] means
    kernel_size, and padding may be at most half the kernel (integer division)."""
    _check_input(input, nd, name)
    k = expand_ints(kernel_size, nd)
    s = expand_ints(stride, nd) if stride is not None and stride != [] and stride != () else k
    p, d = expand_ints(padding, nd), expand_ints(dilation, nd)
    for i in range(nd):
        if p[i] > k[i] // 2:
            raise RuntimeError(f"pad should be at most half of effective kernel size, but got pad={p[i]}, "
                               f"kernel_size={k[i]} and dilation={d[i]}")
    return k, s, p, d


def _jittor_pool_fits(input, nd, k, s, p, d, ceil_mode, outs):
    """Whether Jittor's own Pool computes PyTorch's result here: it takes batched 2-d input only,
    raises when a side is not larger than the kernel (PyTorch pools a 4x4 map with kernel 4), has no
    dilation and sizes ceil_mode's output without PyTorch's rule that the last window starts inside
    the input or its left padding."""
    if nd != 2 or input.ndim != 4 or any(v != 1 for v in d):
        return False
    spatial = input.shape[2:]
    if any(spatial[i] <= k[i] for i in range(2)):
        return False
    extra = [s[i] - 1 if ceil_mode else 0 for i in range(2)]
    return all((spatial[i] + 2 * p[i] - k[i] + extra[i]) // s[i] + 1 == outs[i] for i in range(2))


def _max_pool(input, nd, kernel_size, stride, padding, dilation, ceil_mode, return_indices=False, name="max_pool"):
    """Max pooling over the last nd axes; with return_indices, also the flat index of each maximum
    within its input plane (int64), as PyTorch returns it."""
    k, s, p, d = _pool_args(input, nd, kernel_size, stride, padding, dilation, name)
    first = input.ndim - nd
    spatial = input.shape[first:]
    outs = [_pool_len(spatial[i], k[i], s[i], p[i], d[i], ceil_mode) for i in range(nd)]
    if _jittor_pool_fits(input, nd, k, s, p, d, ceil_mode, outs):
        # Jittor's Pool clamps each window to the input, which is max pooling's -inf padding.
        pool = jnn.Pool(tuple(k), tuple(s), tuple(p), return_indices=True if return_indices else None,
                        ceil_mode=ceil_mode, op="maximum")
        if not return_indices:
            return pool(input)
        values, index = pool(input)
        return values, index.int64()
    shape = list(input.shape[:first]) + outs + list(k)
    exprs = [f"i{j}" for j in range(first)]
    exprs += [f"i{first + i}*{s[i]}-{p[i]}+i{first + nd + i}*{d[i]}" for i in range(nd)]
    windows = input.reindex(shape, exprs, overflow_value=_min_value(input))
    flat = windows.reshape(list(input.shape[:first]) + outs + [int_prod(k)])
    # argmax, not max: PyTorch's gradient goes to each window's first maximum and a NaN wins;
    # Jittor's max gives the gradient to every tied maximum and skips NaN
    idx, values = flat.argmax(flat.ndim - 1)
    if not return_indices:
        return values
    index = None
    for i in range(nd):
        offset = (idx // int_prod(k[i + 1:])) % k[i]
        coord = jt.index(idx.shape, first + i) * s[i] - p[i] + offset * d[i]
        term = coord * int_prod(spatial[i + 1:])
        index = term if index is None else index + term
    return values, index.int64()


def _avg_pool(input, nd, kernel_size, stride, padding, ceil_mode, count_include_pad, divisor_override,
              name="avg_pool"):
    k, s, p, _ = _pool_args(input, nd, kernel_size, stride, padding, 1, name)
    if not ceil_mode and not divisor_override and (count_include_pad or not any(p)):
        outs = [_pool_len(input.shape[input.ndim - nd + i], k[i], s[i], p[i], 1, False) for i in range(nd)]
        if _jittor_pool_fits(input, nd, k, s, p, [1] * nd, False, outs):
            # Off ceil_mode Jittor's mean Pool averages every window over the whole kernel,
            # padding zeros included: PyTorch's count_include_pad=True (or no padding).
            return jnn.Pool(tuple(k), tuple(s), tuple(p), op="mean")(input)
    x = input
    first = x.ndim - nd
    divisor = None
    for i in range(nd):
        axis = first + i
        size = x.shape[axis]
        out = _pool_len(size, k[i], s[i], p[i], 1, ceil_mode)
        x = _window_axis(x, axis, k[i], s[i], p[i], 1, out, 0).sum(axis + 1)
        counts = []
        for o in range(out):
            start = o * s[i] - p[i]
            end = builtins.min(start + k[i], size + p[i])
            if count_include_pad:
                counts.append(end - start)
            else:
                counts.append(builtins.min(end, size) - builtins.max(start, 0))
        c = np.array(counts, dtype="float64")
        divisor = c if divisor is None else np.multiply.outer(divisor, c)
    if divisor_override:
        return x / divisor_override
    return x / jt.array(divisor.astype(str(x.dtype) if is_float(x) else "float32"))


def _lp_pool(input, nd, norm_type, kernel_size, stride, ceil_mode, name="lp_pool"):
    area = int_prod(expand_ints(kernel_size, nd))
    out = _avg_pool(jt.pow(input, norm_type), nd, kernel_size, stride, 0, ceil_mode, True, None, name)
    return jt.pow(sign(out) * jnn.relu(jt.abs(out)) * area, 1.0 / norm_type)


def max_pool1d(input, kernel_size, stride=None, padding=0, dilation=1, ceil_mode=False, return_indices=False):
    return _max_pool(input, 1, kernel_size, stride, padding, dilation, ceil_mode, return_indices, "max_pool1d")


def max_pool2d(input, kernel_size, stride=None, padding=0, dilation=1, ceil_mode=False, return_indices=False):
    return _max_pool(input, 2, kernel_size, stride, padding, dilation, ceil_mode, return_indices, "max_pool2d")


def max_pool3d(input, kernel_size, stride=None, padding=0, dilation=1, ceil_mode=False, return_indices=False):
    return _max_pool(input, 3, kernel_size, stride, padding, dilation, ceil_mode, return_indices, "max_pool3d")


def max_pool1d_with_indices(input, kernel_size, stride=None, padding=0, dilation=1, ceil_mode=False,
                            return_indices=False):
    return _max_pool(input, 1, kernel_size, stride, padding, dilation, ceil_mode, True, "max_pool1d")


def max_pool2d_with_indices(input, kernel_size, stride=None, padding=0, dilation=1, ceil_mode=False,
                            return_indices=False):
    return _max_pool(input, 2, kernel_size, stride, padding, dilation, ceil_mode, True, "max_pool2d")


def max_pool3d_with_indices(input, kernel_size, stride=None, padding=0, dilation=1, ceil_mode=False,
                            return_indices=False):
    return _max_pool(input, 3, kernel_size, stride, padding, dilation, ceil_mode, True, "max_pool3d")


def avg_pool1d(input, kernel_size, stride=None, padding=0, ceil_mode=False, count_include_pad=True):
    return _avg_pool(input, 1, kernel_size, stride, padding, ceil_mode, count_include_pad, None, "avg_pool1d")


def avg_pool2d(input, kernel_size, stride=None, padding=0, ceil_mode=False, count_include_pad=True,
               divisor_override=None):
    return _avg_pool(input, 2, kernel_size, stride, padding, ceil_mode, count_include_pad, divisor_override,
                     "avg_pool2d")


def avg_pool3d(input, kernel_size, stride=None, padding=0, ceil_mode=False, count_include_pad=True,
               divisor_override=None):
    return _avg_pool(input, 3, kernel_size, stride, padding, ceil_mode, count_include_pad, divisor_override,
                     "avg_pool3d")


def lp_pool1d(input, norm_type, kernel_size, stride=None, ceil_mode=False):
    return _lp_pool(input, 1, norm_type, kernel_size, stride, ceil_mode, "lp_pool1d")


def lp_pool2d(input, norm_type, kernel_size, stride=None, ceil_mode=False):
    return _lp_pool(input, 2, norm_type, kernel_size, stride, ceil_mode, "lp_pool2d")


def lp_pool3d(input, norm_type, kernel_size, stride=None, ceil_mode=False):
    return _lp_pool(input, 3, norm_type, kernel_size, stride, ceil_mode, "lp_pool3d")


def _adaptive_axis(x, axis, out):
    """PyTorch's adaptive bins along one axis: bin i is [floor(i*size/out), ceil((i+1)*size/out)).
    Jittor's adaptive pools use one stride floor(size/out) and one kernel for every bin, which
    differs wherever size is not a multiple of out (10 -> 7)."""
    size = x.shape[axis]
    if size % out == 0:  # equal, disjoint bins
        shape = list(x.shape)
        shape[axis:axis + 1] = [out, size // out]
        win = x.reshape(shape)
        return win.sum(axis + 1), [size // out] * out
    starts = [(i * size) // out for i in range(out)]
    ends = [-(-((i + 1) * size) // out) for i in range(out)]
    lens = [e - s for s, e in zip(starts, ends)]
    kmax = builtins.max(lens)
    shape = list(x.shape)
    shape[axis:axis + 1] = [out, kmax]
    exprs = [f"i{j}" for j in range(axis)]
    exprs.append(f"@e0(i{axis})+i{axis + 1}")
    exprs += [f"i{j + 1}" for j in range(axis + 1, x.ndim)]
    extras = [jt.array(np.array(starts, dtype="int32")), jt.array(np.array(lens, dtype="int32"))]
    win = x.reindex(shape, exprs, extras=extras, overflow_conditions=[f"i{axis + 1} >= @e1(i{axis})"],
                    overflow_value=0)
    return win.sum(axis + 1), lens


def _adaptive_sizes(input, nd, output_size, name):
    _check_input(input, nd, name)
    sizes = expand_ints(output_size, nd)
    first = input.ndim - nd
    return [input.shape[first + i] if s is None else int(s) for i, s in enumerate(sizes)]


def _adaptive_avg(input, nd, output_size, name="adaptive_avg_pool"):
    sizes = _adaptive_sizes(input, nd, output_size, name)
    first = input.ndim - nd
    x = input
    divisor = np.ones([1] * nd)
    for i in range(nd):
        x, lens = _adaptive_axis(x, first + i, sizes[i])
        shape = [1] * nd
        shape[i] = sizes[i]
        divisor = divisor * np.array(lens, dtype="float64").reshape(shape)
    return x / jt.array(divisor.astype(str(x.dtype) if is_float(x) else "float32"))


def _adaptive_bins(size, out):
    return [((i * size) // out, -((-(i + 1) * size) // out)) for i in range(out)]


def _adaptive_max(input, nd, output_size, return_indices=False, name="adaptive_max_pool"):
    sizes = _adaptive_sizes(input, nd, output_size, name)
    first = input.ndim - nd
    if not return_indices:  # the values of argmax as below: the gradient goes to each bin's first maximum
        return _adaptive_max(input, nd, output_size, True, name)[0]
    spatial = input.shape[first:]
    bins = [_adaptive_bins(spatial[i], sizes[i]) for i in range(nd)]
    values, indices = [], []
    for cell in itertools.product(*[range(o) for o in sizes]):
        ranges = [bins[i][cell[i]] for i in range(nd)]
        part = input[(slice(None),) * first + tuple(slice(a, b) for a, b in ranges)]
        lens = [b - a for a, b in ranges]
        flat = part.reshape(list(input.shape[:first]) + [int_prod(lens)])
        idx, val = flat.argmax(flat.ndim - 1)
        index = None
        for i in range(nd):
            coord = (idx // int_prod(lens[i + 1:])) % lens[i] + ranges[i][0]
            term = coord * int_prod(spatial[i + 1:])
            index = term if index is None else index + term
        values.append(val)
        indices.append(index)
    shape = list(input.shape[:first]) + sizes
    return jt.stack(values, -1).reshape(shape), jt.stack(indices, -1).reshape(shape).int64()


def adaptive_avg_pool1d(input, output_size):
    return _adaptive_avg(input, 1, output_size, "adaptive_avg_pool1d")


def adaptive_avg_pool2d(input, output_size):
    return _adaptive_avg(input, 2, output_size, "adaptive_avg_pool2d")


def adaptive_avg_pool3d(input, output_size):
    return _adaptive_avg(input, 3, output_size, "adaptive_avg_pool3d")


def adaptive_max_pool1d(input, output_size, return_indices=False):
    return _adaptive_max(input, 1, output_size, return_indices, "adaptive_max_pool1d")


def adaptive_max_pool2d(input, output_size, return_indices=False):
    return _adaptive_max(input, 2, output_size, return_indices, "adaptive_max_pool2d")


def adaptive_max_pool3d(input, output_size, return_indices=False):
    return _adaptive_max(input, 3, output_size, return_indices, "adaptive_max_pool3d")


def adaptive_max_pool1d_with_indices(input, output_size, return_indices=False):
    return _adaptive_max(input, 1, output_size, True, "adaptive_max_pool1d")


def adaptive_max_pool2d_with_indices(input, output_size, return_indices=False):
    return _adaptive_max(input, 2, output_size, True, "adaptive_max_pool2d")


def adaptive_max_pool3d_with_indices(input, output_size, return_indices=False):
    return _adaptive_max(input, 3, output_size, True, "adaptive_max_pool3d")


def _max_unpool(x, indices, nd, kernel_size, stride, padding, output_size):
    """Scatter each value to the flat position (within its plane) that max pooling's indices name."""
    k = expand_ints(kernel_size, nd)
    s = expand_ints(stride, nd) if stride is not None and stride != [] and stride != () else k
    p = expand_ints(padding, nd)
    unbatched = x.ndim == nd + 1
    if unbatched:
        x, indices = x.unsqueeze(0), indices.unsqueeze(0)
    default = [(x.shape[2 + d] - 1) * s[d] - 2 * p[d] + k[d] for d in range(nd)]
    if output_size is None:
        out = default
    else:
        out = list(output_size)
        if len(out) == nd + 2:
            out = out[2:]
        if len(out) != nd:
            raise ValueError(f"output_size should be a sequence containing {nd} or {nd + 2} elements")
    n, c = x.shape[0], x.shape[1]
    total = int_prod(out)
    flat_x = x.reshape([n, c, -1])
    flat_i = indices.reshape([n, c, -1]).int32()
    where = ["i0", "i1", "@e0(i0,i1,i2)"]
    # Overlapping windows may select one input twice (same value): take it once, zeros elsewhere.
    y = flat_x.reindex_reduce("maximum", [n, c, total], where, extras=[flat_i])
    hits = jt.ones_like(flat_x).reindex_reduce("add", [n, c, total], where, extras=[flat_i])
    y = jt.ternary(hits > 0, y, jt.zeros_like(y)).reshape([n, c] + out)
    return y.squeeze(0) if unbatched else y


def max_unpool1d(input, indices, kernel_size, stride=None, padding=0, output_size=None):
    return _max_unpool(input, indices, 1, kernel_size, stride, padding, output_size)


def max_unpool2d(input, indices, kernel_size, stride=None, padding=0, output_size=None):
    return _max_unpool(input, indices, 2, kernel_size, stride, padding, output_size)


def max_unpool3d(input, indices, kernel_size, stride=None, padding=0, output_size=None):
    return _max_unpool(input, indices, 3, kernel_size, stride, padding, output_size)


def _fractional_starts(samples, in_size, out_size, pool, np_float):
    """ATen's generate_intervals: the window starts along one axis for each (sample, plane)'s u in [0, 1)."""
    f = np_float
    starts = np.empty(samples.shape + (out_size,), "int64")
    if out_size > 1:
        alpha = f(in_size - pool) / f(out_size - 1)
        u = samples.astype(f)[..., None]
        i = np.arange(out_size - 1).astype(f)
        starts[..., :-1] = (((i + u).astype(f) * alpha).astype(f).astype("int64")
                            - (u * alpha).astype(f).astype("int64"))
    if out_size > 0:
        starts[..., -1] = in_size - pool
    return starts


def _fractional_max_pool(input, kernel_size, output_size, output_ratio, return_indices, _random_samples, dims):
    name = f"fractional_max_pool{dims}d"
    if output_size is None and output_ratio is None:
        raise ValueError(f"{name} requires specifying either an output_size or an output_ratio")
    unbatched = input.ndim == dims + 1
    if input.ndim not in (dims + 1, dims + 2):
        raise RuntimeError(f"{name}(): Expected {dims + 1}D or {dims + 2}D tensor, but got: {list(input.shape)}")
    if output_size is None:
        if dims == 2 and len(output_ratio) > 2:  # PyTorch's 2-d form takes a sequence only (len() of a float raises)
            raise ValueError("fractional_max_pool2d requires output_ratio to either be a single Int or tuple of Ints.")
        ratio = ntuple(output_ratio, dims)
        output_size = [int(input.shape[-dims + k] * ratio[k]) for k in range(dims)]
    output_size, pool = list(ntuple(output_size, dims)), list(ntuple(kernel_size, dims))
    x = input.unsqueeze(0) if unbatched else input
    n, c = x.shape[0], x.shape[1]
    sizes = list(x.shape[2:])
    for k in range(dims):
        if output_size[k] + pool[k] - 1 > sizes[k]:
            raise RuntimeError(f"{name}(): pool size {pool[k]} too large relative to input size {sizes[k]} "
                               f"for output size {output_size[k]}")
    np_float = np.float64 if str(input.dtype) == "float64" else np.float32
    if _random_samples is None:
        samples = jt.rand((n, c, dims)).numpy()
    else:
        samples = np.asarray(_random_samples.numpy() if isinstance(_random_samples, jt.Var) else _random_samples)
    # ATen pairs the samples with the axes as W, H for 2-d and T, H, W for 3-d
    order = [1, 0] if dims == 2 else [0, 1, 2]
    starts = [_fractional_starts(samples[..., order[k]], sizes[k], output_size[k], pool[k], np_float)
              for k in range(dims)]
    grid = np.meshgrid(*[np.arange(o) for o in output_size], indexing="ij")
    taps, flat_indices = [], []
    for offset in itertools.product(*[range(p) for p in pool]):
        # each axis' index: (N, C, *out), its start broadcast over the other output axes
        index = []
        for k in range(dims):
            start = starts[k][(slice(None), slice(None)) + (grid[k],)]
            index.append(start + offset[k])
        flat = index[0]
        for k in range(1, dims):
            flat = flat * sizes[k] + index[k]
        flat_indices.append(flat)
        spatial = ",".join(f"i{k + 2}" for k in range(dims))
        exprs = ["i0", "i1"] + [f"@e{k}(i0,i1,{spatial})" for k in range(dims)]
        taps.append(x.reindex([n, c] + output_size, exprs, extras=[jt.array(i.astype("int32")) for i in index]))
    stacked = jt.stack(taps, 0)  # (K, N, C, *out)
    count = len(taps)
    k_index = jt.index(list(stacked.shape), 0)
    # the kernel keeps the first maximum, and a NaN replaces it (the last NaN wins)
    top = stacked.max(0, keepdims=True)
    first_max = jt.ternary(stacked == top, k_index, jt.full_like(k_index, count)).min(0)
    last_nan = jt.ternary(jt.isnan(stacked), k_index, jt.full_like(k_index, -1)).max(0)
    chosen = jt.ternary(last_nan >= 0, last_nan, first_max)
    chosen = jt.minimum(chosen, jt.full_like(chosen, count - 1))
    gather = ["@e0(" + ",".join(f"i{k}" for k in range(dims + 2)) + ")"] + [f"i{k}" for k in range(dims + 2)]
    out = stacked.reindex([n, c] + output_size, gather, extras=[chosen])
    if unbatched:
        out = out.squeeze(0)
    if not return_indices:
        return out
    indices = jt.array(np.stack(flat_indices, 0).astype("int32")).reindex([n, c] + output_size, gather,
                                                                          extras=[chosen]).int64()
    return out, (indices.squeeze(0) if unbatched else indices)


def fractional_max_pool2d(input, kernel_size, output_size=None, output_ratio=None, return_indices=False,
                          _random_samples=None):
    return _fractional_max_pool(input, kernel_size, output_size, output_ratio, return_indices, _random_samples, 2)


def fractional_max_pool3d(input, kernel_size, output_size=None, output_ratio=None, return_indices=False,
                          _random_samples=None):
    return _fractional_max_pool(input, kernel_size, output_size, output_ratio, return_indices, _random_samples, 3)
