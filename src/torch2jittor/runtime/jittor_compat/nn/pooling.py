"""torch.nn pooling layers with PyTorch's output sizes, padding rules and dtypes."""
from __future__ import annotations

import itertools

import jittor as jt
import numpy as np

from .._common import ntuple_as_given
from ._utils import _prod


def _pool_out(size, k, s, p, d, ceil_mode):
    num = size + 2 * p - d * (k - 1) - 1 + ((s - 1) if ceil_mode else 0)
    out = num // s + 1
    if ceil_mode and (out - 1) * s >= size + p:
        out -= 1
    if out <= 0:
        raise ValueError(f"pooling output size is too small ({out}) for an input of size {size}")
    return out


def _windows(x, nd, kernel, stride, padding, dilation, outs, value):
    lead = x.ndim - nd
    shape = list(x.shape[:lead]) + list(outs) + list(kernel)
    exprs = [f"i{j}" for j in range(lead)]
    for d in range(nd):
        exprs.append(f"i{lead + d}*{stride[d]}-{padding[d]}+i{lead + nd + d}*{dilation[d]}")
    return x.reindex(shape, exprs, overflow_value=value)


def _pool_args(x, nd, kernel_size, stride, padding, dilation, ceil_mode, name):
    if x.ndim not in (nd + 1, nd + 2):
        raise ValueError(f"{name}: expected {nd + 1}D or {nd + 2}D input (got {x.ndim}D)")
    k = ntuple_as_given(kernel_size, nd)
    s = k if stride is None or (isinstance(stride, (list, tuple)) and len(stride) == 0) else ntuple_as_given(stride, nd)
    p = ntuple_as_given(padding, nd)
    d = ntuple_as_given(dilation, nd)
    for i in range(nd):
        if p[i] * 2 > k[i]:
            raise ValueError(f"pad should be at most half of effective kernel size, but got pad={p[i]}, "
                             f"kernel_size={k[i]}")
    spatial = x.shape[x.ndim - nd:]
    outs = [_pool_out(spatial[i], k[i], s[i], p[i], d[i], ceil_mode) for i in range(nd)]
    return k, s, p, d, outs


def _max_pool(x, nd, kernel_size, stride=None, padding=0, dilation=1, ceil_mode=False, return_indices=False,
                 name="max_pool"):
    k, s, p, d, outs = _pool_args(x, nd, kernel_size, stride, padding, dilation, ceil_mode, name)
    lead = x.ndim - nd
    win = _windows(x, nd, k, s, p, d, outs, -float("inf"))
    if not return_indices:
        return win.max(list(range(lead + nd, lead + 2 * nd)))
    flat = win.reshape(list(x.shape[:lead]) + outs + [_prod(k)])
    idx, val = flat.argmax(flat.ndim - 1)
    spatial = x.shape[lead:]
    index = None
    for dd in range(nd):
        kd = (idx // _prod(k[dd + 1:])) % k[dd]
        od = jt.index(idx.shape, lead + dd)
        coord = od * s[dd] - p[dd] + kd * d[dd]
        term = coord * _prod(spatial[dd + 1:])
        index = term if index is None else index + term
    return val, index.int64()


def _avg_pool(x, nd, kernel_size, stride=None, padding=0, ceil_mode=False, count_include_pad=True,
                 divisor_override=None, name="avg_pool"):
    k, s, p, d, outs = _pool_args(x, nd, kernel_size, stride, padding, 1, ceil_mode, name)
    lead = x.ndim - nd
    win = _windows(x, nd, k, s, p, d, outs, 0.0)
    total = win.sum(list(range(lead + nd, lead + 2 * nd)))
    if divisor_override:
        return total / float(divisor_override)
    divisor = np.ones(outs, dtype="float32")
    for dd in range(nd):
        size = x.shape[lead + dd]
        per = []
        for o in range(outs[dd]):
            start = o * s[dd] - p[dd]
            end = min(start + k[dd], size + p[dd])
            pool = end - start
            start, end = max(start, 0), min(end, size)
            per.append(pool if count_include_pad else end - start)
        shape = [1] * nd
        shape[dd] = outs[dd]
        divisor = divisor * np.asarray(per, dtype="float32").reshape(shape)
    return total / jt.array(divisor.reshape([1] * lead + outs))


def _adaptive_bins(size, out):
    return [((i * size) // out, -((-(i + 1) * size) // out)) for i in range(out)]


def _adaptive_pool(x, nd, output_size, op):
    if x.ndim not in (nd + 1, nd + 2):
        raise ValueError(f"adaptive pool: expected {nd + 1}D or {nd + 2}D input (got {x.ndim}D)")
    lead = x.ndim - nd
    outs = ntuple_as_given(output_size, nd)
    for d in range(nd):
        dim = lead + d
        size = x.shape[dim]
        out = size if outs[d] is None else outs[d]
        if out == size:
            continue
        if size % out == 0:
            shape = list(x.shape[:dim]) + [out, size // out] + list(x.shape[dim + 1:])
            r = x.reshape(shape)
            x = r.mean(dim + 1) if op == "mean" else r.max(dim + 1)
            continue
        pieces = []
        for start, end in _adaptive_bins(size, out):
            part = x[(slice(None),) * dim + (slice(start, end),)]
            pieces.append(part.mean(dim, keepdims=True) if op == "mean" else part.max(dim, keepdims=True))
        x = jt.concat(pieces, dim)
    return x


def _adaptive_max_with_indices(x, nd, output_size):
    lead = x.ndim - nd
    spatial = x.shape[lead:]
    outs = [spatial[d] if o is None else o for d, o in enumerate(ntuple_as_given(output_size, nd))]
    bins = [_adaptive_bins(spatial[d], outs[d]) for d in range(nd)]
    values, indices = [], []
    for cell in itertools.product(*[range(o) for o in outs]):
        ranges = [bins[d][cell[d]] for d in range(nd)]
        part = x[(slice(None),) * lead + tuple(slice(a, b) for a, b in ranges)]
        sizes = [b - a for a, b in ranges]
        flat = part.reshape(list(x.shape[:lead]) + [_prod(sizes)])
        idx, val = flat.argmax(flat.ndim - 1)
        index = None
        for d in range(nd):
            coord = (idx // _prod(sizes[d + 1:])) % sizes[d] + ranges[d][0]
            term = coord * _prod(spatial[d + 1:])
            index = term if index is None else index + term
        values.append(val)
        indices.append(index)
    shape = list(x.shape[:lead]) + outs
    return jt.stack(values, -1).reshape(shape), jt.stack(indices, -1).reshape(shape).int64()


class _MaxPoolNd(jt.Module):
    _nd = 1

    def __init__(self, kernel_size, stride=None, padding=0, dilation=1, return_indices=False, ceil_mode=False):
        self.kernel_size = kernel_size
        self.stride = stride if stride is not None else kernel_size
        self.padding, self.dilation = padding, dilation
        self.return_indices, self.ceil_mode = return_indices, ceil_mode

    def execute(self, x):
        nd = self._nd
        unbatched = x.ndim == nd + 1
        if unbatched:
            x = x.unsqueeze(0)
        out = _max_pool(x, nd, self.kernel_size, self.stride, self.padding, self.dilation, self.ceil_mode,
                           self.return_indices, self.__class__.__name__)
        if unbatched:
            out = tuple(o.squeeze(0) for o in out) if self.return_indices else out.squeeze(0)
        return out


class MaxPool1d(_MaxPoolNd):
    _nd = 1


class MaxPool3d(_MaxPoolNd):
    _nd = 3


class _AvgPoolNd(jt.Module):
    _nd = 1

    def __init__(self, kernel_size, stride=None, padding=0, ceil_mode=False, count_include_pad=True,
                 divisor_override=None):
        self.kernel_size = kernel_size
        self.stride = stride if stride is not None else kernel_size
        self.padding, self.ceil_mode = padding, ceil_mode
        self.count_include_pad, self.divisor_override = count_include_pad, divisor_override

    def execute(self, x):
        nd = self._nd
        unbatched = x.ndim == nd + 1
        if unbatched:
            x = x.unsqueeze(0)
        out = _avg_pool(x, nd, self.kernel_size, self.stride, self.padding, self.ceil_mode,
                           self.count_include_pad, self.divisor_override, self.__class__.__name__)
        return out.squeeze(0) if unbatched else out


class AvgPool1d(_AvgPoolNd):
    _nd = 1

    def __init__(self, kernel_size, stride=None, padding=0, ceil_mode=False, count_include_pad=True):
        super().__init__(kernel_size, stride, padding, ceil_mode, count_include_pad)


class AvgPool2d(_AvgPoolNd):
    """Used where Jittor's Pool differs: count_include_pad=False, ceil_mode=True, divisor_override."""
    _nd = 2


class AvgPool3d(_AvgPoolNd):
    _nd = 3


class _AdaptiveAvgPoolNd(jt.Module):
    _nd = 1

    def __init__(self, output_size):
        self.output_size = output_size

    def execute(self, x):
        return _adaptive_pool(x, self._nd, self.output_size, "mean")


class AdaptiveAvgPool1d(_AdaptiveAvgPoolNd):
    _nd = 1


class AdaptiveAvgPool3d(_AdaptiveAvgPoolNd):
    _nd = 3


class _AdaptiveMaxPoolNd(jt.Module):
    _nd = 1

    def __init__(self, output_size, return_indices=False):
        self.output_size, self.return_indices = output_size, return_indices

    def execute(self, x):
        if self.return_indices:
            return _adaptive_max_with_indices(x, self._nd, self.output_size)
        return _adaptive_pool(x, self._nd, self.output_size, "max")


class AdaptiveMaxPool1d(_AdaptiveMaxPoolNd):
    _nd = 1


class AdaptiveMaxPool3d(_AdaptiveMaxPoolNd):
    _nd = 3


class _LPPoolNd(jt.Module):
    _nd = 1

    def __init__(self, norm_type, kernel_size, stride=None, ceil_mode=False):
        self.norm_type, self.kernel_size, self.stride, self.ceil_mode = norm_type, kernel_size, stride, ceil_mode

    def execute(self, x):
        nd = self._nd
        k = ntuple_as_given(self.kernel_size, nd)
        unbatched = x.ndim == nd + 1
        if unbatched:
            x = x.unsqueeze(0)
        out = _avg_pool(x ** self.norm_type, nd, k, self.stride, 0, self.ceil_mode, True, None,
                           self.__class__.__name__)
        out = (out * float(_prod(k))) ** (1.0 / self.norm_type)
        return out.squeeze(0) if unbatched else out


class LPPool1d(_LPPoolNd):
    _nd = 1


class LPPool2d(_LPPoolNd):
    _nd = 2


class LPPool3d(_LPPoolNd):
    _nd = 3


class _MaxUnpoolNd(jt.Module):
    _nd = 1

    def __init__(self, kernel_size, stride=None, padding=0):
        nd = self._nd
        self.kernel_size = ntuple_as_given(kernel_size, nd)
        self.stride = ntuple_as_given(stride if stride is not None else kernel_size, nd)
        self.padding = ntuple_as_given(padding, nd)

    def execute(self, x, indices, output_size=None):
        nd = self._nd
        unbatched = x.ndim == nd + 1
        if unbatched:
            x, indices = x.unsqueeze(0), indices.unsqueeze(0)
        default = [(x.shape[2 + d] - 1) * self.stride[d] - 2 * self.padding[d] + self.kernel_size[d]
                   for d in range(nd)]
        if output_size is None:
            out = default
        else:
            out = list(output_size)
            if len(out) == nd + 2:
                out = out[2:]
            if len(out) != nd:
                raise ValueError(f"output_size should be a sequence containing {nd} or {nd + 2} elements")
        n, c = x.shape[0], x.shape[1]
        total = _prod(out)
        flat_x = x.reshape([n, c, -1])
        flat_i = indices.reshape([n, c, -1]).int32()
        where = ["i0", "i1", "@e0(i0,i1,i2)"]
        # Overlapping windows may select one input twice (same value): take it once, zeros elsewhere.
        y = flat_x.reindex_reduce("maximum", [n, c, total], where, extras=[flat_i])
        hits = jt.ones_like(flat_x).reindex_reduce("add", [n, c, total], where, extras=[flat_i])
        y = jt.ternary(hits > 0, y, jt.zeros_like(y)).reshape([n, c] + out)
        return y.squeeze(0) if unbatched else y


class MaxUnpool1d(_MaxUnpoolNd):
    _nd = 1


class MaxUnpool2d(_MaxUnpoolNd):
    _nd = 2


class MaxUnpool3d(_MaxUnpoolNd):
    _nd = 3
