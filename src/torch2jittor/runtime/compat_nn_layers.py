# --- torch.nn layer classes that Jittor lacks or computes differently (mapping group nn_layers_more) ---
# Each class takes PyTorch's constructor arguments (minus device/dtype) and names its parameters as
# PyTorch does, so `load_parameters(torch_state_dict)` fills them. Private names start with `_nl_`.
import collections as _nl_collections
import itertools as _nl_itertools
import math as _nl_math
import warnings as _nl_warnings

import jittor as jt
import numpy as _nl_np
from jittor import nn as _nl_jnn


# ------------------------------------------------------------------------------------------------
# shared utilities
def _nl_ntuple(value, n):
    """torch.nn.modules.utils._ntuple: an iterable stays as given, a scalar is repeated n times."""
    if isinstance(value, (list, tuple)):
        return tuple(value)
    return (value,) * n


def _nl_prod(values):
    out = 1
    for v in values:
        out *= int(v)
    return out


def _nl_uniform(shape, bound):
    return jt.init.uniform(list(shape), "float32", -bound, bound)


def _nl_log1p(x):
    return jt.log(1.0 + x)


def _nl_softplus(x):
    """log(1 + exp(x)), stable for large |x|."""
    return jt.maximum(x, 0.0) + _nl_log1p(jt.exp(-jt.abs(x)))


def _nl_log_sigmoid(x):
    return jt.minimum(x, 0.0) - _nl_log1p(jt.exp(-jt.abs(x)))


def _nl_softmax_dim(ndim):
    """torch's legacy implicit softmax dim (dim=None)."""
    return 0 if ndim in (0, 1, 3) else 1


def _nl_log_softmax(x, dim):
    m = x.max(dim, keepdims=True).stop_grad()
    y = x - m
    return y - jt.log(jt.exp(y).sum(dim, keepdims=True))


def _nl_softmax(x, dim):
    m = x.max(dim, keepdims=True).stop_grad()
    e = jt.exp(x - m)
    return e / e.sum(dim, keepdims=True)


def _nl_linear(x, weight, bias=None):
    y = jt.matmul(x, weight.transpose(1, 0))
    if bias is not None:
        y = y + bias
    return y


def _nl_take(x, dim, index):
    """x.index_select(dim, index) for a 1-D index (numpy or Var)."""
    if not isinstance(index, jt.Var):
        index = jt.array(_nl_np.asarray(index, dtype="int32"))
    return x[(slice(None),) * dim + (index,)]


def _nl_pad(x, pad, mode="constant", value=0.0):
    """torch.nn.functional.pad for constant/reflect/replicate/circular (pad: last dim first)."""
    pad = [int(p) for p in pad]
    if len(pad) % 2:
        raise ValueError("Padding length must be divisible by 2")
    nd = len(pad) // 2
    if nd > x.ndim:
        raise ValueError("Padding length too large")
    if any(p < 0 for p in pad):  # negative padding crops
        index = [slice(None)] * x.ndim
        for j in range(nd):
            dim = x.ndim - 1 - j
            left, right = pad[2 * j], pad[2 * j + 1]
            index[dim] = slice(-left if left < 0 else 0, x.shape[dim] + right if right < 0 else x.shape[dim])
        x = x[tuple(index)]
        pad = [max(p, 0) for p in pad]
    if not any(pad):
        return x
    shape, exprs = [], []
    for i, n in enumerate(x.shape):
        j = x.ndim - 1 - i
        left, right = (pad[2 * j], pad[2 * j + 1]) if j < nd else (0, 0)
        shape.append(n + left + right)
        if left == 0 and right == 0:
            exprs.append(f"i{i}")
        elif mode == "constant":
            exprs.append(f"i{i}-{left}")
        elif mode == "replicate":
            exprs.append(f"i{i}<{left} ? 0 : i{i}>{n + left - 1} ? {n - 1} : i{i}-{left}")
        elif mode == "reflect":
            if left >= n or right >= n:
                raise ValueError("Padding size should be less than the corresponding input dimension")
            exprs.append(f"i{i}<{left} ? {left}-i{i} : i{i}>{n + left - 1} ? {2 * (n - 1) + left}-i{i} : i{i}-{left}")
        elif mode == "circular":
            if left > n or right > n:
                raise ValueError("Padding value causes wrapping around more than once.")
            exprs.append(f"i{i}<{left} ? {n - left}+i{i} : i{i}>{n + left - 1} ? i{i}-{n + left} : i{i}-{left}")
        else:
            raise NotImplementedError(f"padding mode {mode!r}")
    if mode != "constant" or value == 0:
        return x.reindex(shape, exprs, overflow_value=0)
    # Jittor's reindex fails to compile many float overflow values (0.5, 0.1, ...): pad with 0, then fill.
    inside = jt.ones(x.shape, "bool").reindex(shape, exprs, overflow_value=0)
    y = x.reindex(shape, exprs, overflow_value=0)
    return jt.ternary(inside, y, jt.full_like(y, value))


def _nl_dropout_mask(shape, p):
    return (jt.rand(list(shape)) >= p).float32()


# ------------------------------------------------------------------------------------------------
# convolutions
class _NLConvNd(jt.Module):
    _nd = 1
    _transposed = False

    def __init__(self, in_channels, out_channels, kernel_size, stride=1, padding=0, dilation=1, groups=1,
                 bias=True, padding_mode="zeros", output_padding=0):
        nd = self._nd
        if groups <= 0:
            raise ValueError("groups must be a positive integer")
        if in_channels % groups != 0:
            raise ValueError("in_channels must be divisible by groups")
        if out_channels % groups != 0:
            raise ValueError("out_channels must be divisible by groups")
        if padding_mode not in ("zeros", "reflect", "replicate", "circular"):
            raise ValueError(f"padding_mode must be one of zeros, reflect, replicate, circular, got {padding_mode!r}")
        self.in_channels, self.out_channels, self.groups = in_channels, out_channels, groups
        self.padding_mode = padding_mode
        self.kernel_size = _nl_ntuple(kernel_size, nd)
        self.stride = _nl_ntuple(stride, nd)
        self.dilation = _nl_ntuple(dilation, nd)
        self.output_padding = _nl_ntuple(output_padding, nd)
        if isinstance(padding, str):
            if padding not in ("same", "valid"):
                raise ValueError(f"Invalid padding string {padding!r}, should be one of {{'valid', 'same'}}")
            if padding == "same" and any(s != 1 for s in self.stride):
                raise ValueError("padding='same' is not supported for strided convolutions")
            self.padding = padding
            if padding == "valid":
                self._pads = [(0, 0)] * nd
            else:
                self._pads = []
                for d, k in zip(self.dilation, self.kernel_size):
                    total = d * (k - 1)
                    self._pads.append((total // 2, total - total // 2))
        else:
            self.padding = _nl_ntuple(padding, nd)
            self._pads = [(p, p) for p in self.padding]
        if self._transposed:
            shape = (in_channels, out_channels // groups) + self.kernel_size
        else:
            shape = (out_channels, in_channels // groups) + self.kernel_size
        fan_in = shape[1] * _nl_prod(self.kernel_size)
        bound = 1 / _nl_math.sqrt(fan_in) if fan_in > 0 else 0
        # PyTorch's kaiming_uniform_(a=sqrt(5)) and its bias init both draw from U(-bound, bound).
        self.weight = _nl_uniform(shape, bound)
        self.bias = _nl_uniform((out_channels,), bound) if bias else None

    def _flat_pads(self):
        flat = []
        for left, right in reversed(self._pads):
            flat += [left, right]
        return flat

    def execute(self, x):
        nd = self._nd
        unbatched = x.ndim == nd + 1
        if unbatched:
            x = x.unsqueeze(0)
        if self.padding_mode != "zeros":
            x = _nl_pad(x, self._flat_pads(), self.padding_mode)
            pads = (0,) * nd
        elif all(left == right for left, right in self._pads):
            pads = tuple(left for left, _ in self._pads)
        else:
            x = _nl_pad(x, self._flat_pads(), "constant", 0.0)
            pads = (0,) * nd
        y = self._conv(x, pads)
        return y.squeeze(0) if unbatched else y


class Conv1d(_NLConvNd):
    _nd = 1

    def __init__(self, in_channels, out_channels, kernel_size, stride=1, padding=0, dilation=1, groups=1, bias=True,
                 padding_mode="zeros"):
        super().__init__(in_channels, out_channels, kernel_size, stride, padding, dilation, groups, bias, padding_mode)

    def _conv(self, x, pads):
        y = _nl_jnn.conv2d(x.unsqueeze(-1), self.weight.unsqueeze(-1), self.bias, (self.stride[0], 1),
                           (pads[0], 0), (self.dilation[0], 1), self.groups)
        return y.squeeze(-1)


class Conv3d(_NLConvNd):
    _nd = 3

    def __init__(self, in_channels, out_channels, kernel_size, stride=1, padding=0, dilation=1, groups=1, bias=True,
                 padding_mode="zeros"):
        super().__init__(in_channels, out_channels, kernel_size, stride, padding, dilation, groups, bias, padding_mode)

    def _conv(self, x, pads):
        args = (tuple(self.stride), tuple(pads), tuple(self.dilation), 1)
        g = self.groups
        if g == 1:
            return _nl_jnn.conv3d(x, self.weight, self.bias, *args)
        # Jittor's grouped conv3d mixes up the spatial axes when they differ in size: one call per group.
        cin, cout = self.in_channels // g, self.out_channels // g
        ys = []
        for i in range(g):
            b = None if self.bias is None else self.bias[i * cout:(i + 1) * cout]
            ys.append(_nl_jnn.conv3d(x[:, i * cin:(i + 1) * cin], self.weight[i * cout:(i + 1) * cout], b, *args))
        return jt.concat(ys, 1)


class _NLConvTransposeNd(_NLConvNd):
    _transposed = True

    def __init__(self, in_channels, out_channels, kernel_size, stride=1, padding=0, output_padding=0, groups=1,
                 bias=True, dilation=1, padding_mode="zeros"):
        if padding_mode != "zeros":
            raise ValueError(f'Only "zeros" padding mode is supported for {self.__class__.__name__}')
        if isinstance(padding, str):
            raise ValueError("padding must be an int or a tuple for transposed convolutions")
        super().__init__(in_channels, out_channels, kernel_size, stride, padding, dilation, groups, bias, padding_mode,
                         output_padding)

    def _output_padding(self, x, output_size):
        if output_size is None:
            return self.output_padding
        nd = self._nd
        output_size = list(output_size)
        if len(output_size) == nd + 2:
            output_size = output_size[2:]
        if len(output_size) != nd:
            raise ValueError(f"output_size must have {nd} or {nd + 2} elements (got {len(output_size)})")
        res = []
        for d in range(nd):
            size = ((x.shape[d + 2] - 1) * self.stride[d] - 2 * self.padding[d]
                    + self.dilation[d] * (self.kernel_size[d] - 1) + 1)
            if not size <= output_size[d] < size + self.stride[d]:
                raise ValueError(f"requested an output size of {output_size}, but valid sizes range from {size} "
                                 f"to {size + self.stride[d] - 1} (for an input of {x.shape[2:]})")
            res.append(output_size[d] - size)
        return tuple(res)

    def execute(self, x, output_size=None):
        nd = self._nd
        unbatched = x.ndim == nd + 1
        if unbatched:
            x = x.unsqueeze(0)
        output_padding = self._output_padding(x, output_size)
        g = self.groups
        if g == 1:
            y = self._convT(x, self.weight, self.bias, output_padding)
        else:
            cin, cout = self.in_channels // g, self.out_channels // g
            ys = []
            for i in range(g):
                b = None if self.bias is None else self.bias[i * cout:(i + 1) * cout]
                ys.append(self._convT(x[:, i * cin:(i + 1) * cin], self.weight[i * cin:(i + 1) * cin], b,
                                      output_padding))
            y = jt.concat(ys, 1)
        return y.squeeze(0) if unbatched else y


class ConvTranspose1d(_NLConvTransposeNd):
    _nd = 1

    def _convT(self, x, weight, bias, output_padding):
        y = _nl_jnn.conv_transpose(x.unsqueeze(-1), weight.unsqueeze(-1), bias, (self.stride[0], 1),
                                   (self.padding[0], 0), (output_padding[0], 0), 1, (self.dilation[0], 1))
        return y.squeeze(-1)


class ConvTranspose3d(_NLConvTransposeNd):
    _nd = 3

    def _convT(self, x, weight, bias, output_padding):
        return _nl_jnn.conv_transpose3d(x, weight, bias, tuple(self.stride), tuple(self.padding),
                                        tuple(output_padding), 1, tuple(self.dilation))


class Fold(jt.Module):
    """Combines sliding local blocks (N, C*prod(k), L) into a tensor (N, C, *output_size)."""

    def __init__(self, output_size, kernel_size, dilation=1, padding=0, stride=1):
        self.output_size, self.kernel_size = output_size, kernel_size
        self.dilation, self.padding, self.stride = dilation, padding, stride

    def execute(self, x):
        out = _nl_ntuple(self.output_size, 2)
        k = _nl_ntuple(self.kernel_size, 2)
        d, p, s = _nl_ntuple(self.dilation, 2), _nl_ntuple(self.padding, 2), _nl_ntuple(self.stride, 2)
        unbatched = x.ndim == 2
        if unbatched:
            x = x.unsqueeze(0)
        n, ck, length = x.shape
        area = k[0] * k[1]
        if ck % area:
            raise ValueError("Fold: expected size of input's dimension 1 to be divisible by the product of kernel_size")
        blocks = [(out[i] + 2 * p[i] - d[i] * (k[i] - 1) - 1) // s[i] + 1 for i in range(2)]
        if blocks[0] * blocks[1] != length:
            raise ValueError(f"Fold: given output_size={out}, expected {blocks[0] * blocks[1]} blocks, got {length}")
        y = x.reindex_reduce("add", [n, ck // area, out[0], out[1]], [
            "i0", f"i1/{area}",
            f"i2/{blocks[1]}*{s[0]}-{p[0]}+(i1%{area})/{k[1]}*{d[0]}",
            f"i2%{blocks[1]}*{s[1]}-{p[1]}+(i1%{area})%{k[1]}*{d[1]}",
        ])
        return y.squeeze(0) if unbatched else y


class Unfold(jt.Module):
    """Extracts sliding local blocks: (N, C, H, W) -> (N, C*prod(k), L)."""

    def __init__(self, kernel_size, dilation=1, padding=0, stride=1):
        self.kernel_size, self.dilation, self.padding, self.stride = kernel_size, dilation, padding, stride

    def execute(self, x):
        k = _nl_ntuple(self.kernel_size, 2)
        d, p, s = _nl_ntuple(self.dilation, 2), _nl_ntuple(self.padding, 2), _nl_ntuple(self.stride, 2)
        unbatched = x.ndim == 3
        if unbatched:
            x = x.unsqueeze(0)
        n, c, h, w = x.shape
        area = k[0] * k[1]
        blocks = [(x.shape[2 + i] + 2 * p[i] - d[i] * (k[i] - 1) - 1) // s[i] + 1 for i in range(2)]
        y = x.reindex([n, c * area, blocks[0] * blocks[1]], [
            "i0", f"i1/{area}",
            f"i2/{blocks[1]}*{s[0]}-{p[0]}+(i1%{area})/{k[1]}*{d[0]}",
            f"i2%{blocks[1]}*{s[1]}-{p[1]}+(i1%{area})%{k[1]}*{d[1]}",
        ], overflow_value=0)
        return y.squeeze(0) if unbatched else y


# ------------------------------------------------------------------------------------------------
# normalization
class _NLBatchNorm(jt.Module):
    _dims = None  # accepted input ranks
    _sync = False

    def __init__(self, num_features, eps=1e-05, momentum=0.1, affine=True, track_running_stats=True, *, bias=True):
        self.num_features, self.eps, self.momentum = num_features, eps, momentum
        self.affine, self.track_running_stats = affine, track_running_stats
        if affine:
            self.weight = jt.ones((num_features,), "float32")
            self.bias = jt.zeros((num_features,), "float32") if bias else None
        else:
            self.weight = self.bias = None
        if track_running_stats:
            self.running_mean = jt.zeros((num_features,), "float32").stop_grad()
            self.running_var = jt.ones((num_features,), "float32").stop_grad()
        else:
            self.running_mean = self.running_var = None
        # PyTorch's num_batches_tracked buffer (used when momentum=None) is kept out of the state_dict,
        # as Jittor's own BatchNorm does: the project's weight transfer ignores that key.
        self._num_batches_tracked = 0

    def reset_running_stats(self):
        if self.track_running_stats:
            self.running_mean.update(jt.zeros_like(self.running_mean))
            self.running_var.update(jt.ones_like(self.running_var))
            self._num_batches_tracked = 0

    def _check_input_dim(self, x):
        if self._dims is not None and x.ndim not in self._dims:
            raise ValueError(f"expected {' or '.join(f'{d}D' for d in self._dims)} input (got {x.ndim}D input)")

    def execute(self, x):
        self._check_input_dim(x)
        training = self.is_training()
        bshape = [1, x.shape[1]] + [1] * (x.ndim - 2)
        dims = [0] + list(range(2, x.ndim))
        if training or not self.track_running_stats:
            mean = x.mean(dims)
            if self._sync and jt.in_mpi:
                mean = mean.mpi_all_reduce("mean")
            var = ((x - mean.reshape(bshape)) ** 2).mean(dims)
            if self._sync and jt.in_mpi:
                var = var.mpi_all_reduce("mean")
            if training and self.track_running_stats:
                self._num_batches_tracked += 1
                factor = self.momentum if self.momentum is not None else 1.0 / self._num_batches_tracked
                n = x.numel() // x.shape[1]
                if n <= 1:
                    raise ValueError(f"Expected more than 1 value per channel when training, got input size {x.shape}")
                unbiased = var * (n / (n - 1))
                self.running_mean.update(((1 - factor) * self.running_mean + factor * mean).detach())
                self.running_var.update(((1 - factor) * self.running_var + factor * unbiased).detach())
        else:
            mean, var = self.running_mean, self.running_var
        y = (x - mean.reshape(bshape)) / jt.sqrt(var.reshape(bshape) + self.eps)
        if self.weight is not None:
            y = y * self.weight.reshape(bshape)
        if self.bias is not None:
            y = y + self.bias.reshape(bshape)
        return y


class _NLTrainingBatchNorm(jt.nn.BatchNorm):
    """Jittor's BatchNorm with its inference path as is and PyTorch's training: the running
    variance takes the unbiased batch variance (Jittor's takes the biased one, so a model trained
    after conversion drifted from PyTorch's), momentum=None averages cumulatively, and
    track_running_stats=False normalises with batch statistics in eval mode too."""

    _dims = None  # accepted input ranks

    def __init__(self, num_features, eps=1e-05, momentum=0.1, affine=True, track_running_stats=True):
        super().__init__(num_features, eps, 0.1 if momentum is None else momentum, affine)
        self.momentum = momentum
        self.track_running_stats = track_running_stats
        self._num_batches_tracked = 0
        if not track_running_stats:
            self.running_mean = self.running_var = None

    def execute(self, x):
        if self._dims is not None and x.ndim not in self._dims:
            raise ValueError(f"expected {' or '.join(f'{d}D' for d in self._dims)} input (got {x.ndim}D input)")
        training = self.is_training()
        if not training and self.track_running_stats:
            return super().execute(x)
        dims = [0] + list(range(2, x.ndim))
        mean = jt.mean(x, dims=dims)
        var = ((x - mean.broadcast(x, dims)) ** 2).mean(dims)  # two passes, as PyTorch
        if training and self.track_running_stats:
            n = x.numel() // x.shape[1]
            if n <= 1:
                raise ValueError(f"Expected more than 1 value per channel when training, got input size {x.shape}")
            self._num_batches_tracked += 1
            factor = self.momentum if self.momentum is not None else 1.0 / self._num_batches_tracked
            self.running_mean.update(((1 - factor) * self.running_mean + factor * mean).detach())
            self.running_var.update(((1 - factor) * self.running_var + factor * var * (n / (n - 1))).detach())
        w = self.weight / jt.sqrt(var + self.eps)
        b = self.bias - mean * w
        return x * w.broadcast(x, dims) + b.broadcast(x, dims)


class BatchNorm1d(_NLTrainingBatchNorm):
    _dims = (2, 3)


class BatchNorm2d(_NLTrainingBatchNorm):
    _dims = (4,)


class BatchNorm3d(_NLBatchNorm):
    _dims = (5,)


class SyncBatchNorm(_NLBatchNorm):
    """BatchNorm over any input rank; statistics are averaged across processes under Jittor's MPI."""
    _sync = True

    def __init__(self, num_features, eps=1e-05, momentum=0.1, affine=True, track_running_stats=True,
                 process_group=None, *, bias=True):
        super().__init__(num_features, eps, momentum, affine, track_running_stats, bias=bias)

    def _check_input_dim(self, x):
        if x.ndim < 2:
            raise ValueError(f"expected at least 2D input (got {x.ndim}D input)")

    @classmethod
    def convert_sync_batchnorm(cls, module, process_group=None):
        """Jittor's own BatchNorm already averages statistics across MPI processes; the helper BatchNorms
        are switched to do the same. Parameters and their names are unchanged, as in PyTorch."""
        for m in [module] + list(module.modules()):
            if isinstance(m, _NLBatchNorm):
                m._sync = True
        return module


class _NLInstanceNorm(jt.Module):
    _nd = 1

    def __init__(self, num_features, eps=1e-05, momentum=0.1, affine=False, track_running_stats=False, *, bias=True):
        self.num_features, self.eps, self.momentum = num_features, eps, momentum
        self.affine, self.track_running_stats = affine, track_running_stats
        if affine:
            self.weight = jt.ones((num_features,), "float32")
            self.bias = jt.zeros((num_features,), "float32") if bias else None
        else:
            self.weight = self.bias = None
        if track_running_stats:
            self.running_mean = jt.zeros((num_features,), "float32").stop_grad()
            self.running_var = jt.ones((num_features,), "float32").stop_grad()
        else:
            self.running_mean = self.running_var = None
        # PyTorch's num_batches_tracked buffer (used when momentum=None) is kept out of the state_dict,
        # as Jittor's own BatchNorm does: the project's weight transfer ignores that key.
        self._num_batches_tracked = 0

    def execute(self, x):
        nd = self._nd
        if x.ndim not in (nd + 1, nd + 2):
            raise ValueError(f"expected {nd + 1}D or {nd + 2}D input (got {x.ndim}D input)")
        unbatched = x.ndim == nd + 1
        if unbatched:
            x = x.unsqueeze(0)
        dims = list(range(2, x.ndim))
        cshape = [1, x.shape[1]] + [1] * nd
        training = self.is_training()
        if training or not self.track_running_stats:
            mean = x.mean(dims, keepdims=True)
            var = ((x - mean) ** 2).mean(dims, keepdims=True)
            if training and self.track_running_stats:
                self._num_batches_tracked += 1
                factor = self.momentum if self.momentum is not None else 1.0 / self._num_batches_tracked
                n = _nl_prod(x.shape[2:])
                unbiased = var * (n / max(n - 1, 1))
                batch_mean = mean.reshape(x.shape[:2]).mean(0)
                batch_var = unbiased.reshape(x.shape[:2]).mean(0)
                self.running_mean.update(((1 - factor) * self.running_mean + factor * batch_mean).detach())
                self.running_var.update(((1 - factor) * self.running_var + factor * batch_var).detach())
        else:
            mean, var = self.running_mean.reshape(cshape), self.running_var.reshape(cshape)
        y = (x - mean) / jt.sqrt(var + self.eps)
        if self.weight is not None:
            y = y * self.weight.reshape(cshape)
        if self.bias is not None:
            y = y + self.bias.reshape(cshape)
        return y.squeeze(0) if unbatched else y


class InstanceNorm1d(_NLInstanceNorm):
    _nd = 1


class InstanceNorm2d(_NLInstanceNorm):
    _nd = 2


class InstanceNorm3d(_NLInstanceNorm):
    _nd = 3


class LayerNorm(jt.Module):
    def __init__(self, normalized_shape, eps=1e-05, elementwise_affine=True, bias=True):
        if isinstance(normalized_shape, int):
            normalized_shape = (normalized_shape,)
        self.normalized_shape = tuple(normalized_shape)
        self.eps, self.elementwise_affine = eps, elementwise_affine
        if elementwise_affine:
            self.weight = jt.ones(self.normalized_shape, "float32")
            self.bias = jt.zeros(self.normalized_shape, "float32") if bias else None
        else:
            self.weight = self.bias = None

    def execute(self, x):
        dims = list(range(x.ndim - len(self.normalized_shape), x.ndim))
        mean = x.mean(dims, keepdims=True)
        var = ((x - mean) ** 2).mean(dims, keepdims=True)
        y = (x - mean) / jt.sqrt(var + self.eps)
        if self.weight is not None:
            y = y * self.weight
        if self.bias is not None:
            y = y + self.bias
        return y


class RMSNorm(jt.Module):
    def __init__(self, normalized_shape, eps=None, elementwise_affine=True):
        if isinstance(normalized_shape, int):
            normalized_shape = (normalized_shape,)
        self.normalized_shape = tuple(normalized_shape)
        self.eps, self.elementwise_affine = eps, elementwise_affine
        self.weight = jt.ones(self.normalized_shape, "float32") if elementwise_affine else None

    def execute(self, x):
        eps = self.eps if self.eps is not None else float(_nl_np.finfo(str(x.dtype)).eps)
        dims = list(range(x.ndim - len(self.normalized_shape), x.ndim))
        y = x / jt.sqrt((x * x).mean(dims, keepdims=True) + eps)
        if self.weight is not None:
            y = y * self.weight
        return y


class LocalResponseNorm(jt.Module):
    def __init__(self, size, alpha=0.0001, beta=0.75, k=1.0):
        self.size, self.alpha, self.beta, self.k = size, alpha, beta, k

    def execute(self, x):
        if x.ndim < 3:
            raise ValueError(f"Expected 3D or higher dimensionality input (got {x.ndim} dimensions)")
        c = x.shape[1]
        sq = _nl_pad(x * x, [0, 0] * (x.ndim - 2) + [self.size // 2, (self.size - 1) // 2])
        total = sq[:, 0:c]
        for j in range(1, self.size):
            total = total + sq[:, j:j + c]
        div = (total / self.size * self.alpha + self.k) ** self.beta
        return x / div


class CrossMapLRN2d(jt.Module):
    """PyTorch's legacy cross-map LRN, including its running-window arithmetic."""

    def __init__(self, size, alpha=0.0001, beta=0.75, k=1):
        self.size, self.alpha, self.beta, self.k = size, alpha, beta, k

    def execute(self, x):
        if x.ndim != 4:
            raise ValueError(f"CrossMapLRN2d: Expected input to be 4D, got {x.ndim}D instead.")
        channels = x.shape[1]
        sq = x * x
        pre_pad = int((self.size - 1) / 2 + 1)
        scale = sq[:, 0]
        for c in range(1, min(pre_pad, channels)):
            scale = scale + sq[:, c]
        scales = [scale]
        for c in range(1, channels):
            if c < channels - pre_pad + 1:
                scale = scale + sq[:, c + pre_pad - 1]
            if c > pre_pad:
                scale = scale - sq[:, c - pre_pad]
            scales.append(scale)
        scale = jt.stack(scales, 1) * (self.alpha / self.size) + self.k
        return scale ** (-self.beta) * x


# ------------------------------------------------------------------------------------------------
# activations
class GELU(jt.Module):
    def __init__(self, approximate="none"):
        if approximate not in ("none", "tanh"):
            raise ValueError(f"approximate argument must be either none or tanh, got {approximate!r}")
        self.approximate = approximate

    def execute(self, x):
        if self.approximate == "tanh":
            beta = _nl_math.sqrt(2.0) * (2.0 / _nl_math.sqrt(_nl_math.pi)) * 0.5
            return 0.5 * x * (1.0 + jt.tanh(beta * (x + 0.044715 * x * x * x)))
        return 0.5 * x * (1.0 + jt.erf(x * 0.7071067811865476))


class Hardtanh(jt.Module):
    def __init__(self, min_val=-1.0, max_val=1.0, inplace=False, min_value=None, max_value=None):
        if min_value is not None:
            _nl_warnings.warn("keyword argument `min_value` is deprecated and renamed to `min_val`", FutureWarning)
            min_val = min_value
        if max_value is not None:
            _nl_warnings.warn("keyword argument `max_value` is deprecated and renamed to `max_val`", FutureWarning)
            max_val = max_value
        if max_val < min_val:
            raise ValueError("max_val must be greater than or equal to min_val")
        self.min_val, self.max_val = min_val, max_val

    def execute(self, x):
        return jt.minimum(jt.maximum(x, self.min_val), self.max_val)


class Mish(jt.Module):
    def __init__(self, inplace=False):
        pass

    def execute(self, x):
        return x * jt.tanh(_nl_softplus_thresholded(x))


def _nl_softplus_thresholded(x, beta=1.0, threshold=20.0):
    """PyTorch's softplus: x where beta*x > threshold, else log1p(exp(beta*x))/beta."""
    bx = x * beta
    return jt.ternary(bx > threshold, x, _nl_log1p(jt.exp(jt.minimum(bx, threshold))) / beta)


class Hardswish(jt.Module):
    def __init__(self, inplace=False):
        pass

    def execute(self, x):
        return x * jt.minimum(jt.maximum(x + 3.0, 0.0), 6.0) / 6.0


class Hardsigmoid(jt.Module):
    def __init__(self, inplace=False):
        pass

    def execute(self, x):
        return jt.minimum(jt.maximum(x + 3.0, 0.0), 6.0) / 6.0


class SELU(jt.Module):
    _alpha = 1.6732632423543772848170429916717
    _scale = 1.0507009873554804934193349852946

    def __init__(self, inplace=False):
        pass

    def execute(self, x):
        return self._scale * jt.ternary(x > 0, x, self._alpha * (jt.exp(x) - 1.0))


class CELU(jt.Module):
    def __init__(self, alpha=1.0, inplace=False):
        if alpha == 0:
            raise ValueError("ZeroDivisionError: alpha cannot be 0 for CELU")
        self.alpha = alpha

    def execute(self, x):
        return jt.ternary(x > 0, x, self.alpha * (jt.exp(x / self.alpha) - 1.0))


class PReLU(jt.Module):
    def __init__(self, num_parameters=1, init=0.25):
        self.num_parameters = num_parameters
        self.weight = jt.full((num_parameters,), init, "float32")

    def execute(self, x):
        w = self.weight
        if self.num_parameters > 1:
            if x.ndim < 2:
                raise ValueError("PReLU with num_parameters > 1 needs an input with a channel dimension")
            w = w.reshape([1, -1] + [1] * (x.ndim - 2))
        return jt.ternary(x >= 0, x, w * x)


class RReLU(jt.Module):
    def __init__(self, lower=1.0 / 8, upper=1.0 / 3, inplace=False):
        self.lower, self.upper = lower, upper

    def execute(self, x):
        if self.is_training():
            slope = jt.rand(x.shape) * (self.upper - self.lower) + self.lower
        else:
            slope = (self.lower + self.upper) / 2
        return jt.ternary(x >= 0, x, x * slope)


class Softplus(jt.Module):
    def __init__(self, beta=1.0, threshold=20.0):
        self.beta, self.threshold = beta, threshold

    def execute(self, x):
        return _nl_softplus_thresholded(x, self.beta, self.threshold)


class Softsign(jt.Module):
    def execute(self, x):
        return x / (1.0 + jt.abs(x))


class Softshrink(jt.Module):
    def __init__(self, lambd=0.5):
        if lambd < 0:
            raise ValueError(f"lambda must be greater or equal to 0, but found to be {lambd}.")
        self.lambd = lambd

    def execute(self, x):
        return jt.ternary(x > self.lambd, x - self.lambd, jt.ternary(x < -self.lambd, x + self.lambd, jt.zeros_like(x)))


class Hardshrink(jt.Module):
    def __init__(self, lambd=0.5):
        self.lambd = lambd

    def execute(self, x):
        return jt.ternary((x > self.lambd) | (x < -self.lambd), x, jt.zeros_like(x))


class Tanhshrink(jt.Module):
    def execute(self, x):
        return x - jt.tanh(x)


class Threshold(jt.Module):
    def __init__(self, threshold, value, inplace=False):
        self.threshold, self.value = threshold, value

    def execute(self, x):
        return jt.ternary(x > self.threshold, x, jt.full_like(x, self.value))


class LogSigmoid(jt.Module):
    def execute(self, x):
        return _nl_log_sigmoid(x)


class LogSoftmax(jt.Module):
    def __init__(self, dim=None):
        self.dim = dim

    def execute(self, x):
        return _nl_log_softmax(x, _nl_softmax_dim(x.ndim) if self.dim is None else self.dim)


class Softmin(jt.Module):
    def __init__(self, dim=None):
        self.dim = dim

    def execute(self, x):
        return _nl_softmax(-x, _nl_softmax_dim(x.ndim) if self.dim is None else self.dim)


class Softmax2d(jt.Module):
    def execute(self, x):
        if x.ndim not in (3, 4):
            raise ValueError(f"Softmax2d: expected input to be 3D or 4D, got {x.ndim}D instead")
        return _nl_softmax(x, -3)


class GLU(jt.Module):
    def __init__(self, dim=-1):
        self.dim = dim

    def execute(self, x):
        dim = self.dim % x.ndim
        n = x.shape[dim]
        if n % 2:
            raise ValueError(f"Halving dimension must be even, but dimension {dim} is size {n}")
        a = x[(slice(None),) * dim + (slice(0, n // 2),)]
        b = x[(slice(None),) * dim + (slice(n // 2, n),)]
        return a * jt.sigmoid(b)


# ------------------------------------------------------------------------------------------------
# pooling
def _nl_pool_out(size, k, s, p, d, ceil_mode):
    num = size + 2 * p - d * (k - 1) - 1 + ((s - 1) if ceil_mode else 0)
    out = num // s + 1
    if ceil_mode and (out - 1) * s >= size + p:
        out -= 1
    if out <= 0:
        raise ValueError(f"pooling output size is too small ({out}) for an input of size {size}")
    return out


def _nl_windows(x, nd, kernel, stride, padding, dilation, outs, value):
    lead = x.ndim - nd
    shape = list(x.shape[:lead]) + list(outs) + list(kernel)
    exprs = [f"i{j}" for j in range(lead)]
    for d in range(nd):
        exprs.append(f"i{lead + d}*{stride[d]}-{padding[d]}+i{lead + nd + d}*{dilation[d]}")
    return x.reindex(shape, exprs, overflow_value=value)


def _nl_pool_args(x, nd, kernel_size, stride, padding, dilation, ceil_mode, name):
    if x.ndim not in (nd + 1, nd + 2):
        raise ValueError(f"{name}: expected {nd + 1}D or {nd + 2}D input (got {x.ndim}D)")
    k = _nl_ntuple(kernel_size, nd)
    s = k if stride is None or (isinstance(stride, (list, tuple)) and len(stride) == 0) else _nl_ntuple(stride, nd)
    p = _nl_ntuple(padding, nd)
    d = _nl_ntuple(dilation, nd)
    for i in range(nd):
        if p[i] * 2 > k[i]:
            raise ValueError(f"pad should be at most half of effective kernel size, but got pad={p[i]}, "
                             f"kernel_size={k[i]}")
    spatial = x.shape[x.ndim - nd:]
    outs = [_nl_pool_out(spatial[i], k[i], s[i], p[i], d[i], ceil_mode) for i in range(nd)]
    return k, s, p, d, outs


def _nl_max_pool(x, nd, kernel_size, stride=None, padding=0, dilation=1, ceil_mode=False, return_indices=False,
                 name="max_pool"):
    k, s, p, d, outs = _nl_pool_args(x, nd, kernel_size, stride, padding, dilation, ceil_mode, name)
    lead = x.ndim - nd
    win = _nl_windows(x, nd, k, s, p, d, outs, -float("inf"))
    if not return_indices:
        return win.max(list(range(lead + nd, lead + 2 * nd)))
    flat = win.reshape(list(x.shape[:lead]) + outs + [_nl_prod(k)])
    idx, val = flat.argmax(flat.ndim - 1)
    spatial = x.shape[lead:]
    index = None
    for dd in range(nd):
        kd = (idx // _nl_prod(k[dd + 1:])) % k[dd]
        od = jt.index(idx.shape, lead + dd)
        coord = od * s[dd] - p[dd] + kd * d[dd]
        term = coord * _nl_prod(spatial[dd + 1:])
        index = term if index is None else index + term
    return val, index.int64()


def _nl_avg_pool(x, nd, kernel_size, stride=None, padding=0, ceil_mode=False, count_include_pad=True,
                 divisor_override=None, name="avg_pool"):
    k, s, p, d, outs = _nl_pool_args(x, nd, kernel_size, stride, padding, 1, ceil_mode, name)
    lead = x.ndim - nd
    win = _nl_windows(x, nd, k, s, p, d, outs, 0.0)
    total = win.sum(list(range(lead + nd, lead + 2 * nd)))
    if divisor_override:
        return total / float(divisor_override)
    divisor = _nl_np.ones(outs, dtype="float32")
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
        divisor = divisor * _nl_np.asarray(per, dtype="float32").reshape(shape)
    return total / jt.array(divisor.reshape([1] * lead + outs))


def _nl_adaptive_bins(size, out):
    return [((i * size) // out, -((-(i + 1) * size) // out)) for i in range(out)]


def _nl_adaptive_pool(x, nd, output_size, op):
    if x.ndim not in (nd + 1, nd + 2):
        raise ValueError(f"adaptive pool: expected {nd + 1}D or {nd + 2}D input (got {x.ndim}D)")
    lead = x.ndim - nd
    outs = _nl_ntuple(output_size, nd)
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
        for start, end in _nl_adaptive_bins(size, out):
            part = x[(slice(None),) * dim + (slice(start, end),)]
            pieces.append(part.mean(dim, keepdims=True) if op == "mean" else part.max(dim, keepdims=True))
        x = jt.concat(pieces, dim)
    return x


def _nl_adaptive_max_with_indices(x, nd, output_size):
    lead = x.ndim - nd
    spatial = x.shape[lead:]
    outs = [spatial[d] if o is None else o for d, o in enumerate(_nl_ntuple(output_size, nd))]
    bins = [_nl_adaptive_bins(spatial[d], outs[d]) for d in range(nd)]
    values, indices = [], []
    for cell in _nl_itertools.product(*[range(o) for o in outs]):
        ranges = [bins[d][cell[d]] for d in range(nd)]
        part = x[(slice(None),) * lead + tuple(slice(a, b) for a, b in ranges)]
        sizes = [b - a for a, b in ranges]
        flat = part.reshape(list(x.shape[:lead]) + [_nl_prod(sizes)])
        idx, val = flat.argmax(flat.ndim - 1)
        index = None
        for d in range(nd):
            coord = (idx // _nl_prod(sizes[d + 1:])) % sizes[d] + ranges[d][0]
            term = coord * _nl_prod(spatial[d + 1:])
            index = term if index is None else index + term
        values.append(val)
        indices.append(index)
    shape = list(x.shape[:lead]) + outs
    return jt.stack(values, -1).reshape(shape), jt.stack(indices, -1).reshape(shape).int64()


class _NLMaxPoolNd(jt.Module):
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
        out = _nl_max_pool(x, nd, self.kernel_size, self.stride, self.padding, self.dilation, self.ceil_mode,
                           self.return_indices, self.__class__.__name__)
        if unbatched:
            out = tuple(o.squeeze(0) for o in out) if self.return_indices else out.squeeze(0)
        return out


class MaxPool1d(_NLMaxPoolNd):
    _nd = 1


class MaxPool3d(_NLMaxPoolNd):
    _nd = 3


class _NLAvgPoolNd(jt.Module):
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
        out = _nl_avg_pool(x, nd, self.kernel_size, self.stride, self.padding, self.ceil_mode,
                           self.count_include_pad, self.divisor_override, self.__class__.__name__)
        return out.squeeze(0) if unbatched else out


class AvgPool1d(_NLAvgPoolNd):
    _nd = 1

    def __init__(self, kernel_size, stride=None, padding=0, ceil_mode=False, count_include_pad=True):
        super().__init__(kernel_size, stride, padding, ceil_mode, count_include_pad)


class AvgPool2d(_NLAvgPoolNd):
    """Used where Jittor's Pool differs: count_include_pad=False, ceil_mode=True, divisor_override."""
    _nd = 2


class AvgPool3d(_NLAvgPoolNd):
    _nd = 3


class _NLAdaptiveAvgPoolNd(jt.Module):
    _nd = 1

    def __init__(self, output_size):
        self.output_size = output_size

    def execute(self, x):
        return _nl_adaptive_pool(x, self._nd, self.output_size, "mean")


class AdaptiveAvgPool1d(_NLAdaptiveAvgPoolNd):
    _nd = 1


class AdaptiveAvgPool3d(_NLAdaptiveAvgPoolNd):
    _nd = 3


class _NLAdaptiveMaxPoolNd(jt.Module):
    _nd = 1

    def __init__(self, output_size, return_indices=False):
        self.output_size, self.return_indices = output_size, return_indices

    def execute(self, x):
        if self.return_indices:
            return _nl_adaptive_max_with_indices(x, self._nd, self.output_size)
        return _nl_adaptive_pool(x, self._nd, self.output_size, "max")


class AdaptiveMaxPool1d(_NLAdaptiveMaxPoolNd):
    _nd = 1


class AdaptiveMaxPool3d(_NLAdaptiveMaxPoolNd):
    _nd = 3


class _NLLPPoolNd(jt.Module):
    _nd = 1

    def __init__(self, norm_type, kernel_size, stride=None, ceil_mode=False):
        self.norm_type, self.kernel_size, self.stride, self.ceil_mode = norm_type, kernel_size, stride, ceil_mode

    def execute(self, x):
        nd = self._nd
        k = _nl_ntuple(self.kernel_size, nd)
        unbatched = x.ndim == nd + 1
        if unbatched:
            x = x.unsqueeze(0)
        out = _nl_avg_pool(x ** self.norm_type, nd, k, self.stride, 0, self.ceil_mode, True, None,
                           self.__class__.__name__)
        out = (out * float(_nl_prod(k))) ** (1.0 / self.norm_type)
        return out.squeeze(0) if unbatched else out


class LPPool1d(_NLLPPoolNd):
    _nd = 1


class LPPool2d(_NLLPPoolNd):
    _nd = 2


class LPPool3d(_NLLPPoolNd):
    _nd = 3


class _NLMaxUnpoolNd(jt.Module):
    _nd = 1

    def __init__(self, kernel_size, stride=None, padding=0):
        nd = self._nd
        self.kernel_size = _nl_ntuple(kernel_size, nd)
        self.stride = _nl_ntuple(stride if stride is not None else kernel_size, nd)
        self.padding = _nl_ntuple(padding, nd)

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
        total = _nl_prod(out)
        flat_x = x.reshape([n, c, -1])
        flat_i = indices.reshape([n, c, -1]).int32()
        where = ["i0", "i1", "@e0(i0,i1,i2)"]
        # Overlapping windows may select one input twice (same value): take it once, zeros elsewhere.
        y = flat_x.reindex_reduce("maximum", [n, c, total], where, extras=[flat_i])
        hits = jt.ones_like(flat_x).reindex_reduce("add", [n, c, total], where, extras=[flat_i])
        y = jt.ternary(hits > 0, y, jt.zeros_like(y)).reshape([n, c] + out)
        return y.squeeze(0) if unbatched else y


class MaxUnpool1d(_NLMaxUnpoolNd):
    _nd = 1


class MaxUnpool2d(_NLMaxUnpoolNd):
    _nd = 2


class MaxUnpool3d(_NLMaxUnpoolNd):
    _nd = 3


# ------------------------------------------------------------------------------------------------
# padding
class _NLPadNd(jt.Module):
    _nd = 1
    _mode = "constant"

    def __init__(self, padding, value=0.0):
        self.padding = _nl_ntuple(padding, 2 * self._nd)
        if len(self.padding) != 2 * self._nd:
            raise ValueError(f"{self.__class__.__name__}: padding must have {2 * self._nd} elements")
        self.value = value

    def execute(self, x):
        return _nl_pad(x, self.padding, self._mode, self.value)


class ZeroPad1d(_NLPadNd):
    _nd = 1

    def __init__(self, padding):
        super().__init__(padding, 0.0)


class ZeroPad2d(ZeroPad1d):
    _nd = 2


class ZeroPad3d(ZeroPad1d):
    _nd = 3


class ConstantPad1d(_NLPadNd):
    _nd = 1

    def __init__(self, padding, value):
        super().__init__(padding, value)


class ConstantPad2d(ConstantPad1d):
    _nd = 2


class ConstantPad3d(ConstantPad1d):
    _nd = 3


class ReflectionPad1d(ZeroPad1d):
    _mode = "reflect"


class ReflectionPad2d(ReflectionPad1d):
    _nd = 2


class ReflectionPad3d(ReflectionPad1d):
    _nd = 3


class ReplicationPad1d(ZeroPad1d):
    _mode = "replicate"


class ReplicationPad2d(ReplicationPad1d):
    _nd = 2


class ReplicationPad3d(ReplicationPad1d):
    _nd = 3


class CircularPad1d(ZeroPad1d):
    _mode = "circular"


class CircularPad2d(CircularPad1d):
    _nd = 2


class CircularPad3d(CircularPad1d):
    _nd = 3


# ------------------------------------------------------------------------------------------------
# upsampling and pixel shuffles
def _nl_f32(v):
    return _nl_np.float32(v)


def _nl_interp_scale(size, out, align_corners, scale):
    if align_corners:
        return _nl_f32((size - 1) / (out - 1)) if out > 1 else _nl_f32(0)
    if scale is not None and scale > 0:
        return _nl_f32(1.0 / scale)
    return _nl_f32(size / out)


def _nl_interp_dim(x, dim, out, mode, align_corners, scale):
    """Resample one dimension of x to `out` samples, with PyTorch's index and weight arithmetic."""
    size = x.shape[dim]
    dst = _nl_np.arange(out)
    if mode in ("nearest", "nearest-exact"):
        if mode == "nearest" and out == size:
            return x
        if mode == "nearest" and out == 2 * size:
            src = dst >> 1
        else:
            s = _nl_interp_scale(size, out, False, scale)
            pos = dst.astype("float32") + (_nl_f32(0.5) if mode == "nearest-exact" else _nl_f32(0))
            src = _nl_np.minimum(_nl_np.floor(pos * s).astype("int64"), size - 1)
        return _nl_take(x, dim, src)
    s = _nl_interp_scale(size, out, align_corners, scale)
    d = dst.astype("float32")
    if align_corners:
        real = s * d
    else:
        real = s * (d + _nl_f32(0.5)) - _nl_f32(0.5)
    shape = [1] * x.ndim
    shape[dim] = out
    if mode == "linear":
        if not align_corners:
            real = _nl_np.maximum(real, _nl_f32(0))
        i0 = _nl_np.minimum(_nl_np.floor(real).astype("int64"), size - 1)
        lam = _nl_np.clip(real - i0.astype("float32"), 0, 1).astype("float32")
        i1 = i0 + (i0 < size - 1)
        w1 = jt.array(lam.reshape(shape))
        w0 = jt.array((_nl_f32(1) - lam).reshape(shape))
        return _nl_take(x, dim, i0) * w0 + _nl_take(x, dim, i1) * w1
    if mode == "cubic":
        a = _nl_f32(-0.75)
        i = _nl_np.floor(real).astype("int64")
        t = (real - i.astype("float32")).astype("float32")

        def conv1(v):
            return ((a + 2) * v - (a + 3)) * v * v + 1

        def conv2(v):
            return ((a * v - 5 * a) * v + 8 * a) * v - 4 * a

        coeffs = [conv2(t + 1), conv1(t), conv1(1 - t), conv2(2 - t)]
        y = None
        for j in range(4):
            idx = _nl_np.clip(i - 1 + j, 0, size - 1)
            term = _nl_take(x, dim, idx) * jt.array(coeffs[j].astype("float32").reshape(shape))
            y = term if y is None else y + term
        return y
    raise NotImplementedError(f"interpolation mode {mode!r}")


def _nl_interpolate(x, size=None, scale_factor=None, mode="nearest", align_corners=None,
                    recompute_scale_factor=None):
    nd = x.ndim - 2
    if nd < 1:
        raise ValueError(f"Input Error: Only 3D, 4D and 5D input Tensors supported (got {x.ndim}D)")
    if mode in ("nearest", "area", "nearest-exact") and align_corners is not None:
        raise ValueError("align_corners option can only be set with the interpolating modes: "
                         "linear | bilinear | bicubic | trilinear")
    align_corners = bool(align_corners)
    if size is not None and scale_factor is not None:
        raise ValueError("only one of size or scale_factor should be defined")
    if size is not None:
        outs = list(_nl_ntuple(size, nd))
        scales = [None] * nd
    elif scale_factor is not None:
        factors = _nl_ntuple(scale_factor, nd)
        outs = [int(_nl_math.floor(float(x.shape[2 + d]) * factors[d])) for d in range(nd)]
        scales = [None] * nd if recompute_scale_factor else list(factors)
    else:
        raise ValueError("either size or scale_factor should be defined")
    if len(outs) != nd:
        raise ValueError(f"Input and output must have the same number of spatial dimensions, but got input with "
                         f"spatial dimensions of {list(x.shape[2:])} and output size of {outs}.")
    if mode == "area":
        return _nl_adaptive_pool(x, nd, outs, "mean")
    expected = {"linear": 1, "bilinear": 2, "bicubic": 2, "trilinear": 3}
    if mode in expected:
        if expected[mode] != nd:
            raise NotImplementedError(f"Got {x.ndim}D input, but {mode} mode needs {expected[mode] + 2}D input")
        kind = "cubic" if mode == "bicubic" else "linear"
    elif mode in ("nearest", "nearest-exact"):
        kind = mode
    else:
        raise NotImplementedError(f"interpolation mode {mode!r} is not supported")
    for d in range(nd):
        x = _nl_interp_dim(x, 2 + d, outs[d], kind, align_corners, scales[d])
    return x


class Upsample(jt.Module):
    def __init__(self, size=None, scale_factor=None, mode="nearest", align_corners=None,
                 recompute_scale_factor=None):
        self.size = size
        if isinstance(scale_factor, (list, tuple)):
            self.scale_factor = tuple(float(f) for f in scale_factor)
        else:
            self.scale_factor = float(scale_factor) if scale_factor else None
        self.mode, self.align_corners, self.recompute_scale_factor = mode, align_corners, recompute_scale_factor

    def execute(self, x):
        return _nl_interpolate(x, self.size, self.scale_factor, self.mode, self.align_corners,
                               self.recompute_scale_factor)


class UpsamplingNearest2d(Upsample):
    def __init__(self, size=None, scale_factor=None):
        super().__init__(size, scale_factor, mode="nearest")


class UpsamplingBilinear2d(Upsample):
    def __init__(self, size=None, scale_factor=None):
        super().__init__(size, scale_factor, mode="bilinear", align_corners=True)


class PixelShuffle(jt.Module):
    def __init__(self, upscale_factor):
        self.upscale_factor = upscale_factor

    def execute(self, x):
        r = self.upscale_factor
        *lead, c, h, w = x.shape
        if c % (r * r):
            raise ValueError(f"pixel_shuffle expects its input's 'channel' dimension to be divisible by the square "
                             f"of upscale_factor, but input.size(-3)={c} is not divisible by {r * r}")
        n = len(lead)
        y = x.reshape(lead + [c // (r * r), r, r, h, w])
        y = y.permute(*range(n), n, n + 3, n + 1, n + 4, n + 2)
        return y.reshape(lead + [c // (r * r), h * r, w * r])


class PixelUnshuffle(jt.Module):
    def __init__(self, downscale_factor):
        self.downscale_factor = downscale_factor

    def execute(self, x):
        r = self.downscale_factor
        *lead, c, h, w = x.shape
        if h % r or w % r:
            raise ValueError(f"pixel_unshuffle expects height and width to be divisible by downscale_factor ({r})")
        n = len(lead)
        y = x.reshape(lead + [c, h // r, r, w // r, r])
        y = y.permute(*range(n), n, n + 2, n + 4, n + 1, n + 3)
        return y.reshape(lead + [c * r * r, h // r, w // r])


class ChannelShuffle(jt.Module):
    def __init__(self, groups):
        self.groups = groups

    def execute(self, x):
        g = self.groups
        n, c = x.shape[0], x.shape[1]
        if c % g:
            raise ValueError(f"Number of channels must be divisible by groups. Got {c} channels and {g} groups.")
        rest = list(x.shape[2:])
        y = x.reshape([n, g, c // g] + rest)
        y = y.permute(0, 2, 1, *range(3, y.ndim))
        return y.reshape([n, c] + rest)


class Unflatten(jt.Module):
    def __init__(self, dim, unflattened_size):
        if isinstance(dim, str):
            raise TypeError("named-tensor Unflatten is not supported in Jittor")
        self.dim, self.unflattened_size = dim, tuple(unflattened_size)

    def execute(self, x):
        dim = self.dim % x.ndim
        return x.reshape(list(x.shape[:dim]) + list(self.unflattened_size) + list(x.shape[dim + 1:]))


# ------------------------------------------------------------------------------------------------
# dropout variants (identity in eval mode, as in PyTorch)
class _NLDropoutBase(jt.Module):
    _feature_nd = None  # None: element-wise mask; k: one mask value per channel of a (N, C, k dims) input
    _alpha = False

    def __init__(self, p=0.5, inplace=False):
        if p < 0 or p > 1:
            raise ValueError(f"dropout probability has to be between 0 and 1, but got {p}")
        self.p = p

    def execute(self, x):
        if not self.is_training() or self.p == 0:
            return x
        if self.p == 1:
            return x * 0.0
        if self._feature_nd is None:
            mask_shape = list(x.shape)
        else:
            batched = x if x.ndim != self._feature_nd + 1 else x.unsqueeze(0)
            mask_shape = list(batched.shape[:2]) + [1] * (batched.ndim - 2)
            if batched is not x:
                mask_shape = mask_shape[1:]
        mask = _nl_dropout_mask(mask_shape, self.p)
        if not self._alpha:
            return x * mask / (1 - self.p)
        alpha = 1.7580993408473766
        a = 1.0 / _nl_math.sqrt((alpha * alpha * self.p + 1) * (1 - self.p))
        b = (mask - 1.0) * (alpha * a) + alpha * a * self.p
        return x * (mask * a) + b


class Dropout1d(_NLDropoutBase):
    _feature_nd = 1


class Dropout3d(_NLDropoutBase):
    _feature_nd = 3


class AlphaDropout(_NLDropoutBase):
    _alpha = True


class FeatureAlphaDropout(_NLDropoutBase):
    _feature_nd = 0  # mask per (N, C) for any input rank
    _alpha = True


# ------------------------------------------------------------------------------------------------
# containers and parameters
def Parameter(data=None, requires_grad=True):
    """torch.nn.Parameter: in Jittor every Var held by a Module is a parameter."""
    v = jt.zeros((0,), "float32") if data is None else data.detach().clone()
    if not requires_grad:
        v = v.stop_grad()
    return v


class ModuleDict(_nl_jnn.Sequential):
    """An ordered dict of modules; parameters are named `<key>.<name>` as in PyTorch."""

    def __init__(self, modules=None):
        self.layers = _nl_collections.OrderedDict()
        if modules is not None:
            self.update(modules)

    def execute(self, *args, **kw):
        raise NotImplementedError("ModuleDict is not callable")

    def __getitem__(self, key):
        return self.layers[key]

    def __setitem__(self, key, module):
        self.add_module(key, module)

    def __delitem__(self, key):
        del self.layers[key]

    def __contains__(self, key):
        return key in self.layers

    def __iter__(self):
        return iter(self.layers.keys())

    def __len__(self):
        return len(self.layers)

    def keys(self):
        return self.layers.keys()

    def values(self):
        return self.layers.values()

    def items(self):
        return self.layers.items()

    def pop(self, key):
        return self.layers.pop(key)

    def clear(self):
        self.layers.clear()

    def update(self, modules):
        items = modules.items() if hasattr(modules, "items") else modules
        for key, module in items:
            self.add_module(key, module)


class ParameterList(_nl_jnn.ParameterList):
    """A list of parameters, named `0`, `1`, ... as in PyTorch (loadable by load_parameters)."""

    def __init__(self, values=None):
        self.params = _nl_collections.OrderedDict()
        if values is not None:
            self.extend(values)

    def __getattr__(self, key):
        params = self.__dict__.get("params")
        if params is not None and isinstance(key, str) and key.isdigit() and int(key) in params:
            return params[int(key)]
        return super().__getattr__(key)

    def __getitem__(self, idx):
        values = list(self.params.values())
        if isinstance(idx, slice):
            return ParameterList(values[idx])
        return values[idx]

    def __setitem__(self, idx, value):
        self.params[list(self.params.keys())[idx]] = value

    def append(self, value):
        self.params[len(self.params)] = value
        return self

    def extend(self, values):
        for v in values:
            self.append(v)
        return self

    def __iter__(self):
        return iter(self.params.values())


class ParameterDict(_nl_jnn.ParameterList):
    """A dict of parameters, named by their keys as in PyTorch."""

    def __init__(self, parameters=None):
        self.params = _nl_collections.OrderedDict()
        if parameters is not None:
            self.update(parameters)

    def __getattr__(self, key):
        params = self.__dict__.get("params")
        if params is not None and key in params:
            return params[key]
        return super().__getattr__(key)

    def __getitem__(self, key):
        return self.params[key]

    def __setitem__(self, key, value):
        self.params[key] = value

    def __delitem__(self, key):
        del self.params[key]

    def __contains__(self, key):
        return key in self.params

    def __iter__(self):
        return iter(self.params.keys())

    def pop(self, key):
        return self.params.pop(key)

    def get(self, key, default=None):
        return self.params.get(key, default)

    def update(self, parameters):
        items = parameters.items() if hasattr(parameters, "items") else parameters
        for key, value in items:
            self.params[key] = value


class DataParallel(jt.Module):
    """Single-process stand-in: holds `module` (parameters named `module.*`, as in PyTorch) and calls it."""

    def __init__(self, module, device_ids=None, output_device=None, dim=0):
        self.module = module

    def execute(self, *args, **kw):
        return self.module(*args, **kw)


# ------------------------------------------------------------------------------------------------
# linear-like layers, distances, embeddings
class Bilinear(jt.Module):
    def __init__(self, in1_features, in2_features, out_features, bias=True):
        self.in1_features, self.in2_features, self.out_features = in1_features, in2_features, out_features
        bound = 1 / _nl_math.sqrt(in1_features)
        self.weight = _nl_uniform((out_features, in1_features, in2_features), bound)
        self.bias = _nl_uniform((out_features,), bound) if bias else None

    def execute(self, x1, x2):
        lead = list(x1.shape[:-1])
        a = x1.reshape([-1, self.in1_features])
        b = x2.reshape([-1, self.in2_features])
        w = self.weight.transpose(1, 0, 2).reshape([self.in1_features, -1])  # (in1, out*in2)
        t = jt.matmul(a, w).reshape([-1, self.out_features, self.in2_features])
        y = (t * b.unsqueeze(1)).sum(2)
        if self.bias is not None:
            y = y + self.bias
        return y.reshape(lead + [self.out_features])


def _nl_broadcast_pair(a, b):
    shape = list(_nl_np.broadcast_shapes(tuple(a.shape), tuple(b.shape)))
    if list(a.shape) != shape:
        a = a.broadcast(shape)
    if list(b.shape) != shape:
        b = b.broadcast(shape)
    return a, b


def _nl_pairwise_distance(x1, x2, p=2.0, eps=1e-06, keepdim=False):
    x1, x2 = _nl_broadcast_pair(x1, x2)
    d = jt.abs(x1 - x2 + eps)
    dim = x1.ndim - 1
    if p == float("inf"):
        return d.max(dim, keepdims=keepdim)
    if p == -float("inf"):
        return d.min(dim, keepdims=keepdim)
    if p == 0:
        return (d != 0).float32().sum(dim, keepdims=keepdim)
    if p == 1:
        return d.sum(dim, keepdims=keepdim)
    if p == 2:
        return jt.sqrt((d * d).sum(dim, keepdims=keepdim))
    return (d ** p).sum(dim, keepdims=keepdim) ** (1.0 / p)


def _nl_cosine_similarity(x1, x2, dim=1, eps=1e-08):
    x1, x2 = _nl_broadcast_pair(x1, x2)
    n1 = jt.maximum(jt.sqrt((x1 * x1).sum(dim, keepdims=True)), eps)
    n2 = jt.maximum(jt.sqrt((x2 * x2).sum(dim, keepdims=True)), eps)
    return ((x1 / n1) * (x2 / n2)).sum(dim)


class CosineSimilarity(jt.Module):
    def __init__(self, dim=1, eps=1e-08):
        self.dim, self.eps = dim, eps

    def execute(self, x1, x2):
        return _nl_cosine_similarity(x1, x2, self.dim, self.eps)


class PairwiseDistance(jt.Module):
    def __init__(self, p=2.0, eps=1e-06, keepdim=False):
        self.norm, self.eps, self.keepdim = p, eps, keepdim

    def execute(self, x1, x2):
        return _nl_pairwise_distance(x1, x2, self.norm, self.eps, self.keepdim)


def _nl_renorm_rows(weight, indices, max_norm, norm_type):
    """torch.embedding_renorm_: rows used by `indices` whose norm exceeds max_norm are scaled in place."""
    rows = _nl_np.unique(indices.numpy().reshape(-1).astype("int64"))
    if rows.size == 0:
        return
    w = weight.numpy()
    sel = w[rows]
    if norm_type == float("inf"):
        norms = _nl_np.abs(sel).max(1)
    else:
        norms = (_nl_np.abs(sel) ** norm_type).sum(1) ** (1.0 / norm_type)
    scale = _nl_np.where(norms > max_norm, max_norm / (norms + 1e-7), 1.0).astype(w.dtype)
    w[rows] = sel * scale[:, None]
    weight.update(jt.array(w))


class Embedding(jt.Module):
    def __init__(self, num_embeddings, embedding_dim, padding_idx=None, max_norm=None, norm_type=2.0,
                 scale_grad_by_freq=False, sparse=False, _weight=None, _freeze=False):
        self.num_embeddings, self.embedding_dim = num_embeddings, embedding_dim
        if padding_idx is not None:
            if not -num_embeddings <= padding_idx < num_embeddings:
                raise ValueError("padding_idx must be within num_embeddings")
            if padding_idx < 0:
                padding_idx = num_embeddings + padding_idx
        self.padding_idx, self.max_norm, self.norm_type = padding_idx, max_norm, norm_type
        self.scale_grad_by_freq, self.sparse = scale_grad_by_freq, sparse
        if _weight is None:
            w = jt.randn((num_embeddings, embedding_dim), "float32")
            if padding_idx is not None:
                w[padding_idx] = 0.0
        else:
            if list(_weight.shape) != [num_embeddings, embedding_dim]:
                raise ValueError("Shape of weight does not match num_embeddings and embedding_dim")
            w = _weight
        self.weight = w.stop_grad() if _freeze else w

    @classmethod
    def from_pretrained(cls, embeddings, freeze=True, padding_idx=None, max_norm=None, norm_type=2.0,
                        scale_grad_by_freq=False, sparse=False):
        if embeddings.ndim != 2:
            raise ValueError("Embeddings parameter is expected to be 2-dimensional")
        rows, cols = embeddings.shape
        return cls(rows, cols, padding_idx, max_norm, norm_type, scale_grad_by_freq, sparse,
                   _weight=embeddings.clone(), _freeze=freeze)

    def execute(self, x):
        if self.max_norm is not None:
            _nl_renorm_rows(self.weight, x, self.max_norm, self.norm_type)
        out = self.weight[x]
        if self.padding_idx is not None:  # PyTorch never updates the padding row: stop its gradient
            pad = (x == self.padding_idx).unsqueeze(-1)
            out = jt.ternary(pad, out.detach(), out)
        return out


class EmbeddingBag(jt.Module):
    def __init__(self, num_embeddings, embedding_dim, max_norm=None, norm_type=2.0, scale_grad_by_freq=False,
                 mode="mean", sparse=False, _weight=None, include_last_offset=False, padding_idx=None):
        if mode not in ("sum", "mean", "max"):
            raise ValueError(f"mode has to be one of sum, mean or max, got {mode!r}")
        self.num_embeddings, self.embedding_dim = num_embeddings, embedding_dim
        if padding_idx is not None and padding_idx < 0:
            padding_idx = num_embeddings + padding_idx
        self.padding_idx, self.max_norm, self.norm_type = padding_idx, max_norm, norm_type
        self.scale_grad_by_freq, self.mode, self.sparse = scale_grad_by_freq, mode, sparse
        self.include_last_offset = include_last_offset
        if _weight is None:
            w = jt.randn((num_embeddings, embedding_dim), "float32")
            if padding_idx is not None:
                w[padding_idx] = 0.0
        else:
            w = _weight
        self.weight = w

    @classmethod
    def from_pretrained(cls, embeddings, freeze=True, max_norm=None, norm_type=2.0, scale_grad_by_freq=False,
                        mode="mean", sparse=False, include_last_offset=False, padding_idx=None):
        rows, cols = embeddings.shape
        bag = cls(rows, cols, max_norm, norm_type, scale_grad_by_freq, mode, sparse, embeddings.clone(),
                  include_last_offset, padding_idx)
        if freeze:
            bag.weight = bag.weight.stop_grad()
        return bag

    def _reduce(self, emb, keep, weights):
        # emb: (B, N, D); keep: (B, N, 1) float mask of non-padding entries; weights: (B, N, 1) or None
        if self.mode == "max":
            filled = jt.ternary(keep > 0, emb, jt.full_like(emb, -float("inf")))
            out = filled.max(1)
            return jt.ternary(keep.sum(1) > 0, out, jt.zeros_like(out))
        if weights is not None:
            emb = emb * weights
        total = (emb * keep).sum(1)
        if self.mode == "sum":
            return total
        count = keep.sum(1)
        return total / jt.maximum(count, 1.0)

    def execute(self, input, offsets=None, per_sample_weights=None):
        if per_sample_weights is not None and self.mode != "sum":
            raise NotImplementedError("embedding_bag: per_sample_weights is only supported for mode='sum'")
        if self.max_norm is not None:
            _nl_renorm_rows(self.weight, input, self.max_norm, self.norm_type)
        if input.ndim == 2:
            if offsets is not None:
                raise ValueError("if input is 2D, then offsets has to be None")
            emb = self.weight[input]
            keep = (jt.ones_like(input) if self.padding_idx is None else (input != self.padding_idx)).float32()
            w = None if per_sample_weights is None else per_sample_weights.unsqueeze(-1)
            return self._reduce(emb, keep.unsqueeze(-1), w)
        if input.ndim != 1 or offsets is None:
            raise ValueError("input has to be 1D or 2D Tensor (1D input needs offsets)")
        bounds = [int(v) for v in offsets.numpy().reshape(-1)]
        n = input.shape[0]
        if self.include_last_offset:
            starts, ends = bounds[:-1], bounds[1:]
        else:
            starts, ends = bounds, bounds[1:] + [n]
        outs = []
        for start, end in zip(starts, ends):
            if end <= start:
                outs.append(jt.zeros((self.embedding_dim,), "float32"))
                continue
            idx = input[start:end].unsqueeze(0)
            keep = (jt.ones_like(idx) if self.padding_idx is None else (idx != self.padding_idx)).float32()
            w = None if per_sample_weights is None else per_sample_weights[start:end].reshape([1, -1, 1])
            outs.append(self._reduce(self.weight[idx], keep.unsqueeze(-1), w)[0])
        return jt.stack(outs, 0)


# ------------------------------------------------------------------------------------------------
# losses
class _NLLoss(jt.Module):
    def __init__(self, size_average=None, reduce=None, reduction="mean"):
        self.reduction = _legacy_reduction(size_average, reduce, reduction)


class L1Loss(_NLLoss):
    def execute(self, input, target):
        return _loss_reduce(jt.abs(input - target), self.reduction)


class MSELoss(_NLLoss):
    def execute(self, input, target):
        d = input - target
        return _loss_reduce(d * d, self.reduction)


class SmoothL1Loss(_NLLoss):
    def __init__(self, size_average=None, reduce=None, reduction="mean", beta=1.0):
        super().__init__(size_average, reduce, reduction)
        self.beta = beta

    def execute(self, input, target):
        d = jt.abs(input - target)
        if self.beta == 0:
            return _loss_reduce(d, self.reduction)
        loss = jt.ternary(d < self.beta, 0.5 * d * d / self.beta, d - 0.5 * self.beta)
        return _loss_reduce(loss, self.reduction)


class HuberLoss(_NLLoss):
    def __init__(self, reduction="mean", delta=1.0):
        self.reduction, self.delta = reduction, delta

    def execute(self, input, target):
        d = jt.abs(input - target)
        loss = jt.ternary(d < self.delta, 0.5 * d * d, self.delta * (d - 0.5 * self.delta))
        return _loss_reduce(loss, self.reduction)


class SoftMarginLoss(_NLLoss):
    def execute(self, input, target):
        return _loss_reduce(_nl_softplus(-target * input), self.reduction)


class BCELoss(_NLLoss):
    def __init__(self, weight=None, size_average=None, reduce=None, reduction="mean"):
        super().__init__(size_average, reduce, reduction)
        self.weight = weight

    def execute(self, input, target):
        loss = -(target * jt.maximum(jt.log(input), -100.0) + (1 - target) * jt.maximum(jt.log(1 - input), -100.0))
        if self.weight is not None:
            loss = loss * self.weight
        return _loss_reduce(loss, self.reduction)


class BCEWithLogitsLoss(_NLLoss):
    def __init__(self, weight=None, size_average=None, reduce=None, reduction="mean", pos_weight=None):
        super().__init__(size_average, reduce, reduction)
        self.weight, self.pos_weight = weight, pos_weight

    def execute(self, input, target):
        sp = _nl_log1p(jt.exp(-jt.abs(input))) + jt.maximum(-input, 0.0)  # -log_sigmoid(input)
        if self.pos_weight is not None:
            log_weight = (self.pos_weight - 1) * target + 1
            loss = (1 - target) * input + log_weight * sp
        else:
            loss = (1 - target) * input + sp
        if self.weight is not None:
            loss = loss * self.weight
        return _loss_reduce(loss, self.reduction)


def _nl_class_dim(input):
    return 1 if input.ndim >= 2 else 0


def _nl_weight_shape(input, weight):
    shape = [1] * input.ndim
    shape[_nl_class_dim(input)] = weight.shape[0]
    return weight.reshape(shape)


def _nl_nll(logp, target, weight, ignore_index, reduction):
    """nll_loss over the class dim (1, or 0 for an unbatched input); returns (loss, total weight)."""
    cdim = _nl_class_dim(logp)
    c = logp.shape[cdim]
    valid = target != ignore_index
    safe = jt.ternary(valid, target, jt.zeros_like(target)).int32()
    picked = (logp * _nl_one_hot(safe, c, cdim)).sum(cdim)
    w = valid.float32()
    if weight is not None:
        w = w * weight[safe]
    loss = -picked * w
    if reduction == "none":
        return loss
    if reduction == "sum":
        return loss.sum()
    return loss.sum() / w.sum()


def _nl_one_hot(index, classes, dim):
    """A float one-hot of `index` with the class axis inserted at `dim`."""
    shape = list(index.shape)
    shape.insert(dim, classes)
    return (jt.index(shape, dim) == index.unsqueeze(dim)).float32()


class NLLLoss(_NLLoss):
    def __init__(self, weight=None, size_average=None, ignore_index=-100, reduce=None, reduction="mean"):
        super().__init__(size_average, reduce, reduction)
        self.weight, self.ignore_index = weight, ignore_index

    def execute(self, input, target):
        return _nl_nll(input, target, self.weight, self.ignore_index, self.reduction)


NLLLoss2d = NLLLoss


class CrossEntropyLoss(_NLLoss):
    def __init__(self, weight=None, size_average=None, ignore_index=-100, reduce=None, reduction="mean",
                 label_smoothing=0.0):
        super().__init__(size_average, reduce, reduction)
        self.weight, self.ignore_index, self.label_smoothing = weight, ignore_index, label_smoothing

    def execute(self, input, target):
        cdim = _nl_class_dim(input)
        c = input.shape[cdim]
        logp = _nl_log_softmax(input, cdim)
        eps = self.label_smoothing
        if str(target.dtype).startswith("float"):  # class probabilities
            if eps > 0:
                target = target * (1 - eps) + eps / c
            prod = logp * target
            if self.weight is not None:
                prod = prod * _nl_weight_shape(input, self.weight)
            loss = -prod.sum(cdim)
            if self.reduction == "mean":
                return loss.sum() / (input.numel() // c)
            return _loss_reduce(loss, self.reduction)
        nll = _nl_nll(logp, target, self.weight, self.ignore_index, self.reduction)
        if eps <= 0:
            return nll
        valid = target != self.ignore_index
        if self.weight is not None:
            smooth = -(logp * _nl_weight_shape(input, self.weight)).sum(cdim)
        else:
            smooth = -logp.sum(cdim)
        smooth = smooth * valid.float32()
        if self.reduction == "mean":
            if self.weight is not None:
                safe = jt.ternary(valid, target, jt.zeros_like(target)).int32()
                smooth = smooth.sum() / (self.weight[safe] * valid.float32()).sum()
            else:
                smooth = smooth.sum() / valid.float32().sum()
        elif self.reduction == "sum":
            smooth = smooth.sum()
        return (1 - eps) * nll + smooth * (eps / c)


class KLDivLoss(_NLLoss):
    def __init__(self, size_average=None, reduce=None, reduction="mean", log_target=False):
        super().__init__(size_average, reduce, reduction)
        self.log_target = log_target

    def execute(self, input, target):
        if self.log_target:
            loss = jt.exp(target) * (target - input)
        else:
            safe = jt.ternary(target > 0, target, jt.ones_like(target))
            loss = jt.ternary(target > 0, target * jt.log(safe), jt.zeros_like(target)) - target * input
        if self.reduction == "batchmean":
            return loss.sum() / (input.shape[0] if input.ndim > 0 else 1)
        return _loss_reduce(loss, self.reduction)


class MarginRankingLoss(_NLLoss):
    def __init__(self, margin=0.0, size_average=None, reduce=None, reduction="mean"):
        super().__init__(size_average, reduce, reduction)
        self.margin = margin

    def execute(self, input1, input2, target):
        return _loss_reduce(jt.maximum(-target * (input1 - input2) + self.margin, 0.0), self.reduction)


class HingeEmbeddingLoss(_NLLoss):
    def __init__(self, margin=1.0, size_average=None, reduce=None, reduction="mean"):
        super().__init__(size_average, reduce, reduction)
        self.margin = margin

    def execute(self, input, target):
        zeros = jt.zeros_like(input)
        margin_clamp = jt.maximum(self.margin - input, 0.0)
        loss = jt.ternary(target != 1, margin_clamp, zeros) + jt.ternary(target != -1, input, zeros)
        return _loss_reduce(loss, self.reduction)


class CosineEmbeddingLoss(_NLLoss):
    def __init__(self, margin=0.0, size_average=None, reduce=None, reduction="mean"):
        super().__init__(size_average, reduce, reduction)
        self.margin = margin

    def execute(self, input1, input2, target):
        dim = 1 if input1.ndim == 2 else 0
        eps = 1e-12
        prod = (input1 * input2).sum(dim)
        m1 = (input1 * input1).sum(dim) + eps
        m2 = (input2 * input2).sum(dim) + eps
        cos = prod / jt.sqrt(m1 * m2)
        zeros = jt.zeros_like(cos)
        loss = jt.ternary(target == 1, 1 - cos, zeros) + jt.ternary(target == -1, jt.maximum(cos - self.margin, 0.0),
                                                                     zeros)
        return _loss_reduce(loss, self.reduction)


class MultiLabelSoftMarginLoss(_NLLoss):
    def __init__(self, weight=None, size_average=None, reduce=None, reduction="mean"):
        super().__init__(size_average, reduce, reduction)
        self.weight = weight

    def execute(self, input, target):
        loss = -(target * _nl_log_sigmoid(input) + (1 - target) * _nl_log_sigmoid(-input))
        if self.weight is not None:
            loss = loss * self.weight
        cdim = input.ndim - 1
        loss = loss.sum(cdim) / input.shape[cdim]
        return _loss_reduce(loss, self.reduction)


class MultiMarginLoss(_NLLoss):
    def __init__(self, p=1, margin=1.0, weight=None, size_average=None, reduce=None, reduction="mean"):
        super().__init__(size_average, reduce, reduction)
        if p not in (1, 2):
            raise ValueError("only p == 1 and p == 2 supported")
        self.p, self.margin, self.weight = p, margin, weight

    def execute(self, input, target):
        unbatched = input.ndim == 1
        if unbatched:
            input, target = input.unsqueeze(0), target.reshape([1])
        c = input.shape[1]
        onehot = _nl_one_hot(target.int32(), c, 1)
        x_y = (input * onehot).sum(1, keepdims=True)
        z = jt.maximum(self.margin - x_y + input, 0.0)
        if self.p == 2:
            z = z * z
        if self.weight is not None:
            z = z * self.weight[target.int32()].unsqueeze(1)
        loss = (z * (1 - onehot)).sum(1) / c
        if unbatched and self.reduction == "none":
            return loss[0]
        return _loss_reduce(loss, self.reduction)


class MultiLabelMarginLoss(_NLLoss):
    def execute(self, input, target):
        unbatched = input.ndim == 1
        if unbatched:
            input, target = input.unsqueeze(0), target.unsqueeze(0)
        n, c = input.shape
        target = target.int32()
        valid = jt.cumprod((target >= 0).int32(), 1).float32()  # targets end at the first -1
        safe = jt.ternary(target >= 0, target, jt.zeros_like(target))
        onehot = _nl_one_hot(safe, c, 2) * valid.unsqueeze(2)  # (N, C_targets, C)
        is_target = onehot.max(1)  # (N, C)
        x_y = (input.unsqueeze(1) * onehot).sum(2)  # (N, C_targets)
        hinge = jt.maximum(1 - (x_y.unsqueeze(2) - input.unsqueeze(1)), 0.0)  # (N, C_targets, C)
        loss = (hinge * valid.unsqueeze(2) * (1 - is_target).unsqueeze(1)).sum([1, 2]) / c
        if unbatched and self.reduction == "none":
            return loss[0]
        return _loss_reduce(loss, self.reduction)


class TripletMarginLoss(_NLLoss):
    def __init__(self, margin=1.0, p=2.0, eps=1e-06, swap=False, size_average=None, reduce=None, reduction="mean"):
        super().__init__(size_average, reduce, reduction)
        self.margin, self.p, self.eps, self.swap = margin, p, eps, swap

    def execute(self, anchor, positive, negative):
        d_pos = _nl_pairwise_distance(anchor, positive, self.p, self.eps)
        d_neg = _nl_pairwise_distance(anchor, negative, self.p, self.eps)
        if self.swap:
            d_neg = jt.minimum(d_neg, _nl_pairwise_distance(positive, negative, self.p, self.eps))
        return _loss_reduce(jt.maximum(self.margin + d_pos - d_neg, 0.0), self.reduction)


class TripletMarginWithDistanceLoss(_NLLoss):
    def __init__(self, *, distance_function=None, margin=1.0, swap=False, reduction="mean"):
        if margin <= 0:
            raise ValueError(f"TripletMarginWithDistanceLoss: expected margin to be greater than 0, got {margin}")
        self.distance_function = distance_function if distance_function is not None else _nl_pairwise_distance
        self.margin, self.swap, self.reduction = margin, swap, reduction

    def execute(self, anchor, positive, negative):
        d_pos = self.distance_function(anchor, positive)
        d_neg = self.distance_function(anchor, negative)
        if self.swap:
            d_neg = jt.minimum(d_neg, self.distance_function(positive, negative))
        return _loss_reduce(jt.maximum(self.margin + d_pos - d_neg, 0.0), self.reduction)


class PoissonNLLLoss(_NLLoss):
    def __init__(self, log_input=True, full=False, size_average=None, eps=1e-08, reduce=None, reduction="mean"):
        super().__init__(size_average, reduce, reduction)
        self.log_input, self.full, self.eps = log_input, full, eps

    def execute(self, log_input, target):
        if self.log_input:
            loss = jt.exp(log_input) - target * log_input
        else:
            loss = log_input - target * jt.log(log_input + self.eps)
        if self.full:
            safe = jt.ternary(target > 1, target, jt.ones_like(target))
            stirling = safe * jt.log(safe) - safe + 0.5 * jt.log(2 * _nl_math.pi * safe)
            loss = loss + jt.ternary(target > 1, stirling, jt.zeros_like(target))
        return _loss_reduce(loss, self.reduction)


class GaussianNLLLoss(_NLLoss):
    def __init__(self, *, full=False, eps=1e-06, reduction="mean"):
        self.full, self.eps, self.reduction = full, eps, reduction

    def execute(self, input, target, var):
        if isinstance(var, (int, float)):
            var = jt.full_like(input, float(var))
        if list(var.shape) != list(input.shape):
            if list(input.shape[:-1]) == list(var.shape):
                var = var.unsqueeze(-1)
            elif not (list(input.shape[:-1]) == list(var.shape[:-1]) and var.shape[-1] == 1):
                raise ValueError("var is of incorrect size")
        # PyTorch clamps var in place under no_grad: the value is clamped, the gradient is not.
        var = var + (jt.maximum(var, self.eps) - var).stop_grad()
        loss = 0.5 * (jt.log(var) + (input - target) ** 2 / var)
        if self.full:
            loss = loss + 0.5 * _nl_math.log(2 * _nl_math.pi)
        return _loss_reduce(loss, self.reduction)


class CTCLoss(_NLLoss):
    def __init__(self, blank=0, reduction="mean", zero_infinity=False):
        self.blank, self.reduction, self.zero_infinity = blank, reduction, zero_infinity

    def execute(self, log_probs, targets, input_lengths, target_lengths):
        unbatched = log_probs.ndim == 2
        if unbatched:
            log_probs = log_probs.unsqueeze(1)
            targets = targets.unsqueeze(0) if targets.ndim == 1 else targets
        n = log_probs.shape[1]

        def as_var(v):
            if isinstance(v, jt.Var):
                return v.reshape([-1]).int32()
            return jt.array(_nl_np.asarray(v, dtype="int32").reshape(-1))

        input_lengths, target_lengths = as_var(input_lengths), as_var(target_lengths)
        if targets.ndim == 1:  # concatenated targets: pad them into (N, S)
            lengths = [int(v) for v in target_lengths.numpy()]
            flat = targets.numpy().astype("int32")
            padded = _nl_np.zeros((n, max(max(lengths), 1)), dtype="int32")
            pos = 0
            for i, length in enumerate(lengths):
                padded[i, :length] = flat[pos:pos + length]
                pos += length
            targets = jt.array(padded)
        loss = jt.ctc_loss(log_probs, targets.int32(), input_lengths, target_lengths, blank=self.blank,
                           reduction="none")
        # Jittor's ctc_loss stands for log(0) with -1e30: an impossible alignment costs ~1e30, PyTorch's inf.
        impossible = loss >= 1e29
        loss = jt.ternary(impossible, jt.full_like(loss, 0.0 if self.zero_infinity else float("inf")), loss)
        if self.reduction == "mean":
            return (loss / jt.maximum(target_lengths.float32(), 1.0)).mean()
        if self.reduction == "sum":
            return loss.sum()
        return loss[0] if unbatched else loss


# ------------------------------------------------------------------------------------------------
# recurrent layers
_NL_RNN_GATES = {"LSTM": 4, "GRU": 3, "RNN_TANH": 1, "RNN_RELU": 1}


def _nl_rnn_cell(mode, hidden_size, x, state, params):
    """One time step of PyTorch's RNN_TANH/RNN_RELU/LSTM/GRU cells; returns (output, new state)."""
    w_ih, w_hh, b_ih, b_hh, w_hr = params
    hs = hidden_size
    if mode == "LSTM":
        h, c = state
        gates = _nl_linear(x, w_ih, b_ih) + _nl_linear(h, w_hh, b_hh)
        i = jt.sigmoid(gates[:, :hs])
        f = jt.sigmoid(gates[:, hs:2 * hs])
        g = jt.tanh(gates[:, 2 * hs:3 * hs])
        o = jt.sigmoid(gates[:, 3 * hs:])
        c = f * c + i * g
        h = o * jt.tanh(c)
        if w_hr is not None:
            h = _nl_linear(h, w_hr)
        return h, (h, c)
    if mode == "GRU":
        gi = _nl_linear(x, w_ih, b_ih)
        gh = _nl_linear(state, w_hh, b_hh)
        r = jt.sigmoid(gi[:, :hs] + gh[:, :hs])
        z = jt.sigmoid(gi[:, hs:2 * hs] + gh[:, hs:2 * hs])
        n = jt.tanh(gi[:, 2 * hs:] + r * gh[:, 2 * hs:])
        h = (1 - z) * n + z * state
        return h, h
    y = _nl_linear(x, w_ih, b_ih) + _nl_linear(state, w_hh, b_hh)
    h = jt.tanh(y) if mode == "RNN_TANH" else jt.maximum(y, 0.0)
    return h, h


class RNNBase(jt.Module):
    """PyTorch's RNNBase: parameters weight_ih_l{k}[_reverse], weight_hh_..., bias_ih_..., bias_hh_...,
    weight_hr_... (LSTM projections), with PyTorch's shapes and U(-1/sqrt(hidden), 1/sqrt(hidden)) init."""

    def __init__(self, mode, input_size, hidden_size, num_layers=1, bias=True, batch_first=False, dropout=0.0,
                 bidirectional=False, proj_size=0):
        if mode not in _NL_RNN_GATES:
            raise ValueError(f"Unrecognized RNN mode: {mode}")
        if not 0 <= dropout <= 1:
            raise ValueError("dropout should be a number in range [0, 1]")
        if proj_size < 0 or (proj_size > 0 and mode != "LSTM"):
            raise ValueError("proj_size should be a positive integer or zero (LSTM only)")
        if proj_size >= hidden_size and proj_size > 0:
            raise ValueError("proj_size has to be smaller than hidden_size")
        self.mode, self.input_size, self.hidden_size, self.num_layers = mode, input_size, hidden_size, num_layers
        self.bias, self.batch_first, self.dropout = bias, batch_first, float(dropout)
        self.bidirectional, self.proj_size = bidirectional, proj_size
        directions = 2 if bidirectional else 1
        real_hidden = proj_size if proj_size > 0 else hidden_size
        gate = _NL_RNN_GATES[mode] * hidden_size
        k = 1.0 / _nl_math.sqrt(hidden_size) if hidden_size > 0 else 0
        for layer in range(num_layers):
            for suffix in (["", "_reverse"] if bidirectional else [""]):
                layer_input = input_size if layer == 0 else real_hidden * directions
                setattr(self, f"weight_ih_l{layer}{suffix}", _nl_uniform((gate, layer_input), k))
                setattr(self, f"weight_hh_l{layer}{suffix}", _nl_uniform((gate, real_hidden), k))
                if bias:
                    setattr(self, f"bias_ih_l{layer}{suffix}", _nl_uniform((gate,), k))
                    setattr(self, f"bias_hh_l{layer}{suffix}", _nl_uniform((gate,), k))
                if proj_size > 0:
                    setattr(self, f"weight_hr_l{layer}{suffix}", _nl_uniform((proj_size, hidden_size), k))

    def flatten_parameters(self):
        """cuDNN weight compaction in PyTorch; nothing to do in Jittor."""

    def _params(self, layer, suffix):
        get = lambda name: getattr(self, f"{name}_l{layer}{suffix}", None)  # noqa: E731
        return get("weight_ih"), get("weight_hh"), get("bias_ih"), get("bias_hh"), get("weight_hr")

    def execute(self, input, hx=None):
        if not isinstance(input, jt.Var):
            raise TypeError("PackedSequence input is not supported by the Jittor conversion")
        lstm = self.mode == "LSTM"
        batched = input.ndim == 3
        if not batched:
            input = input.unsqueeze(1)
            if hx is not None:
                hx = tuple(h.unsqueeze(1) for h in hx) if lstm else hx.unsqueeze(1)
        elif self.batch_first:
            input = input.transpose(1, 0, 2)
        steps, batch = input.shape[0], input.shape[1]
        directions = 2 if self.bidirectional else 1
        real_hidden = self.proj_size if self.proj_size > 0 else self.hidden_size
        if hx is None:
            h0 = jt.zeros((self.num_layers * directions, batch, real_hidden), input.dtype)
            c0 = jt.zeros((self.num_layers * directions, batch, self.hidden_size), input.dtype)
        elif lstm:
            h0, c0 = hx
        else:
            h0, c0 = hx, None
        layer_input = input
        h_n, c_n = [], []
        for layer in range(self.num_layers):
            outs = []
            for direction in range(directions):
                params = self._params(layer, "_reverse" if direction else "")
                index = layer * directions + direction
                state = (h0[index], c0[index]) if lstm else h0[index]
                seq = [None] * steps
                for t in (range(steps - 1, -1, -1) if direction else range(steps)):
                    seq[t], state = _nl_rnn_cell(self.mode, self.hidden_size, layer_input[t], state, params)
                outs.append(jt.stack(seq, 0))
                if lstm:
                    h_n.append(state[0])
                    c_n.append(state[1])
                else:
                    h_n.append(state)
            layer_output = outs[0] if directions == 1 else jt.concat(outs, 2)
            if self.dropout > 0 and self.is_training() and layer < self.num_layers - 1:
                layer_output = layer_output * _nl_dropout_mask(layer_output.shape, self.dropout) / (1 - self.dropout)
            layer_input = layer_output
        output = layer_input
        h_n = jt.stack(h_n, 0)
        c_n = jt.stack(c_n, 0) if lstm else None
        if not batched:
            output, h_n = output.squeeze(1), h_n.squeeze(1)
            c_n = c_n.squeeze(1) if lstm else None
        elif self.batch_first:
            output = output.transpose(1, 0, 2)
        return (output, (h_n, c_n)) if lstm else (output, h_n)


class RNN(RNNBase):
    def __init__(self, input_size, hidden_size, num_layers=1, nonlinearity="tanh", bias=True, batch_first=False,
                 dropout=0.0, bidirectional=False):
        modes = {"tanh": "RNN_TANH", "relu": "RNN_RELU"}
        if nonlinearity not in modes:
            raise ValueError(f"Unknown nonlinearity '{nonlinearity}'. Select from 'tanh' or 'relu'.")
        super().__init__(modes[nonlinearity], input_size, hidden_size, num_layers, bias, batch_first, dropout,
                         bidirectional)
        self.nonlinearity = nonlinearity


class LSTM(RNNBase):
    def __init__(self, input_size, hidden_size, num_layers=1, bias=True, batch_first=False, dropout=0.0,
                 bidirectional=False, proj_size=0):
        super().__init__("LSTM", input_size, hidden_size, num_layers, bias, batch_first, dropout, bidirectional,
                         proj_size)


class GRU(RNNBase):
    def __init__(self, input_size, hidden_size, num_layers=1, bias=True, batch_first=False, dropout=0.0,
                 bidirectional=False):
        super().__init__("GRU", input_size, hidden_size, num_layers, bias, batch_first, dropout, bidirectional)


class RNNCellBase(jt.Module):
    """PyTorch's RNNCellBase: weight_ih (num_chunks*hidden, input), weight_hh, bias_ih, bias_hh."""

    def __init__(self, input_size, hidden_size, bias, num_chunks):
        self.input_size, self.hidden_size, self.bias = input_size, hidden_size, bias
        k = 1.0 / _nl_math.sqrt(hidden_size) if hidden_size > 0 else 0
        gate = num_chunks * hidden_size
        self.weight_ih = _nl_uniform((gate, input_size), k)
        self.weight_hh = _nl_uniform((gate, hidden_size), k)
        self.bias_ih = _nl_uniform((gate,), k) if bias else None
        self.bias_hh = _nl_uniform((gate,), k) if bias else None

    def _step(self, mode, input, hx):
        batched = input.ndim == 2
        if not batched:
            input = input.unsqueeze(0)
        lstm = mode == "LSTM"
        if hx is None:
            zeros = jt.zeros((input.shape[0], self.hidden_size), input.dtype)
            hx = (zeros, zeros) if lstm else zeros
        elif not batched:
            hx = tuple(h.unsqueeze(0) for h in hx) if lstm else hx.unsqueeze(0)
        params = (self.weight_ih, self.weight_hh, self.bias_ih, self.bias_hh, None)
        _, state = _nl_rnn_cell(mode, self.hidden_size, input, hx, params)
        if not batched:
            state = tuple(s.squeeze(0) for s in state) if lstm else state.squeeze(0)
        return state


class RNNCell(RNNCellBase):
    def __init__(self, input_size, hidden_size, bias=True, nonlinearity="tanh"):
        if nonlinearity not in ("tanh", "relu"):
            raise ValueError(f"Unknown nonlinearity: {nonlinearity}")
        super().__init__(input_size, hidden_size, bias, 1)
        self.nonlinearity = nonlinearity

    def execute(self, input, hx=None):
        return self._step("RNN_TANH" if self.nonlinearity == "tanh" else "RNN_RELU", input, hx)


class LSTMCell(RNNCellBase):
    def __init__(self, input_size, hidden_size, bias=True):
        super().__init__(input_size, hidden_size, bias, 4)

    def execute(self, input, hx=None):
        return self._step("LSTM", input, hx)


class GRUCell(RNNCellBase):
    def __init__(self, input_size, hidden_size, bias=True):
        super().__init__(input_size, hidden_size, bias, 3)

    def execute(self, input, hx=None):
        return self._step("GRU", input, hx)


# ------------------------------------------------------------------------------------------------
# attention and transformer layers
def _nl_xavier_uniform(shape):
    fan_in = shape[1] * _nl_prod(shape[2:])
    fan_out = shape[0] * _nl_prod(shape[2:])
    return _nl_uniform(shape, _nl_math.sqrt(6.0 / (fan_in + fan_out)))


def _nl_xavier_normal(shape):
    fan_in = shape[1] * _nl_prod(shape[2:])
    fan_out = shape[0] * _nl_prod(shape[2:])
    return jt.randn(list(shape), "float32") * _nl_math.sqrt(2.0 / (fan_in + fan_out))


def _nl_float_mask(mask):
    """PyTorch's _canonical_mask: a bool mask (True = masked) becomes an additive -inf/0 float mask."""
    if mask is None:
        return None
    if str(mask.dtype) == "bool":
        return jt.ternary(mask, jt.full(mask.shape, -float("inf"), "float32"), jt.zeros(mask.shape, "float32"))
    return mask


def _nl_causal_mask(size, other=None):
    rows = jt.index((size, other or size), 0)
    cols = jt.index((size, other or size), 1)
    return jt.ternary(cols > rows, jt.full((size, other or size), -float("inf"), "float32"),
                      jt.zeros((size, other or size), "float32"))


def _nl_pad_last(mask):
    return None if mask is None else _nl_pad(mask, [0, 1])


class MultiheadAttention(jt.Module):
    def __init__(self, embed_dim, num_heads, dropout=0.0, bias=True, add_bias_kv=False, add_zero_attn=False,
                 kdim=None, vdim=None, batch_first=False):
        if embed_dim <= 0 or num_heads <= 0:
            raise ValueError(f"embed_dim and num_heads must be greater than 0, got embed_dim={embed_dim} and "
                             f"num_heads={num_heads} instead")
        self.embed_dim, self.num_heads, self.dropout, self.batch_first = embed_dim, num_heads, dropout, batch_first
        self.kdim = kdim if kdim is not None else embed_dim
        self.vdim = vdim if vdim is not None else embed_dim
        self._qkv_same_embed_dim = self.kdim == embed_dim and self.vdim == embed_dim
        self.head_dim = embed_dim // num_heads
        if self.head_dim * num_heads != embed_dim:
            raise ValueError("embed_dim must be divisible by num_heads")
        if self._qkv_same_embed_dim:
            self.in_proj_weight = _nl_xavier_uniform((3 * embed_dim, embed_dim))
            self.q_proj_weight = self.k_proj_weight = self.v_proj_weight = None
        else:
            self.q_proj_weight = _nl_xavier_uniform((embed_dim, embed_dim))
            self.k_proj_weight = _nl_xavier_uniform((embed_dim, self.kdim))
            self.v_proj_weight = _nl_xavier_uniform((embed_dim, self.vdim))
            self.in_proj_weight = None
        self.in_proj_bias = jt.zeros((3 * embed_dim,), "float32") if bias else None
        self.out_proj = _nl_jnn.Linear(embed_dim, embed_dim, bias=bias)
        if bias:
            self.out_proj.bias = jt.zeros((embed_dim,), "float32")
        if add_bias_kv:
            self.bias_k = _nl_xavier_normal((1, 1, embed_dim))
            self.bias_v = _nl_xavier_normal((1, 1, embed_dim))
        else:
            self.bias_k = self.bias_v = None
        self.add_zero_attn = add_zero_attn

    def execute(self, query, key, value, key_padding_mask=None, need_weights=True, attn_mask=None,
                average_attn_weights=True, is_causal=False):
        batched = query.ndim == 3
        if self.batch_first and batched:
            query, key, value = (t.transpose(1, 0, 2) for t in (query, key, value))
        if not batched:
            query, key, value = query.unsqueeze(1), key.unsqueeze(1), value.unsqueeze(1)
            if key_padding_mask is not None:
                key_padding_mask = key_padding_mask.unsqueeze(0)
        tgt_len, bsz, embed = query.shape
        heads, head_dim = self.num_heads, self.head_dim
        key_padding_mask = _nl_float_mask(key_padding_mask)
        if is_causal and attn_mask is None:
            raise RuntimeError("Need attn_mask if specifying the is_causal hint. You may use the Transformer module "
                               "method `generate_square_subsequent_mask` to create this mask.")
        use_causal = bool(is_causal) and key_padding_mask is None and not need_weights
        attn_mask = None if use_causal else _nl_float_mask(attn_mask)
        # in-projection
        e = self.embed_dim
        b = self.in_proj_bias
        bq, bk, bv = (None, None, None) if b is None else (b[:e], b[e:2 * e], b[2 * e:])
        if self._qkv_same_embed_dim:
            w = self.in_proj_weight
            wq, wk, wv = w[:e], w[e:2 * e], w[2 * e:]
        else:
            wq, wk, wv = self.q_proj_weight, self.k_proj_weight, self.v_proj_weight
        q, k, v = _nl_linear(query, wq, bq), _nl_linear(key, wk, bk), _nl_linear(value, wv, bv)
        if attn_mask is not None and attn_mask.ndim == 2:
            attn_mask = attn_mask.unsqueeze(0)
        if self.bias_k is not None and self.bias_v is not None:
            k = jt.concat([k, self.bias_k.broadcast((1, bsz, e))], 0)
            v = jt.concat([v, self.bias_v.broadcast((1, bsz, e))], 0)
            attn_mask, key_padding_mask = _nl_pad_last(attn_mask), _nl_pad_last(key_padding_mask)
        # (L, N, E) -> (N*heads, L, head_dim)
        q = q.reshape([tgt_len, bsz * heads, head_dim]).transpose(1, 0, 2)
        k = k.reshape([k.shape[0], bsz * heads, head_dim]).transpose(1, 0, 2)
        v = v.reshape([v.shape[0], bsz * heads, head_dim]).transpose(1, 0, 2)
        if self.add_zero_attn:
            k = jt.concat([k, jt.zeros((bsz * heads, 1, head_dim), k.dtype)], 1)
            v = jt.concat([v, jt.zeros((bsz * heads, 1, head_dim), v.dtype)], 1)
            attn_mask, key_padding_mask = _nl_pad_last(attn_mask), _nl_pad_last(key_padding_mask)
        src_len = k.shape[1]
        if key_padding_mask is not None:
            kpm = key_padding_mask.reshape([bsz, 1, 1, src_len]).broadcast((bsz, heads, 1, src_len))
            kpm = kpm.reshape([bsz * heads, 1, src_len])
            attn_mask = kpm if attn_mask is None else attn_mask + kpm
        if use_causal:
            attn_mask = _nl_causal_mask(tgt_len, src_len).unsqueeze(0)
        scores = jt.matmul(q * _nl_math.sqrt(1.0 / float(head_dim)), k.transpose(0, 2, 1))
        if attn_mask is not None:
            scores = scores + attn_mask
        weights = _nl_softmax(scores, -1)
        if self.dropout > 0.0 and self.is_training():
            weights = weights * _nl_dropout_mask(weights.shape, self.dropout) / (1 - self.dropout)
        out = jt.matmul(weights, v)  # (N*heads, L, head_dim)
        out = out.transpose(1, 0, 2).reshape([tgt_len * bsz, e])
        out = self.out_proj(out).reshape([tgt_len, bsz, e])
        if not batched:
            out = out.squeeze(1)
        elif self.batch_first:
            out = out.transpose(1, 0, 2)
        if not need_weights:
            return out, None
        weights = weights.reshape([bsz, heads, tgt_len, src_len])
        if average_attn_weights:
            weights = weights.mean(1)
        if not batched:
            weights = weights.squeeze(0)
        return out, weights


def _nl_activation(activation):
    if isinstance(activation, str):
        if activation == "relu":
            return _nl_relu
        if activation == "gelu":
            return _nl_gelu
        raise RuntimeError(f"activation should be relu/gelu, not {activation}")
    return activation


def _nl_relu(x):
    return jt.maximum(x, 0.0)


def _nl_gelu(x):
    return 0.5 * x * (1.0 + jt.erf(x * 0.7071067811865476))


def _nl_is_relu_or_gelu(activation):
    if activation in (_nl_relu, _nl_gelu, _nl_jnn.relu, _nl_jnn.gelu):
        return True
    name = getattr(type(activation), "__name__", "")
    return isinstance(activation, (GELU, _nl_jnn.ReLU)) or name in ("ReLU", "GELU") or \
        getattr(activation, "__name__", "") in ("relu", "gelu")


class TransformerEncoderLayer(jt.Module):
    def __init__(self, d_model, nhead, dim_feedforward=2048, dropout=0.1, activation="relu", layer_norm_eps=1e-05,
                 batch_first=False, norm_first=False, bias=True):
        self.self_attn = MultiheadAttention(d_model, nhead, dropout=dropout, bias=bias, batch_first=batch_first)
        self.linear1 = _nl_jnn.Linear(d_model, dim_feedforward, bias=bias)
        self.dropout = _nl_jnn.Dropout(dropout)
        self.linear2 = _nl_jnn.Linear(dim_feedforward, d_model, bias=bias)
        self.norm_first = norm_first
        self.norm1 = LayerNorm(d_model, eps=layer_norm_eps, bias=bias)
        self.norm2 = LayerNorm(d_model, eps=layer_norm_eps, bias=bias)
        self.dropout1 = _nl_jnn.Dropout(dropout)
        self.dropout2 = _nl_jnn.Dropout(dropout)
        self.activation = _nl_activation(activation)
        self.activation_relu_or_gelu = _nl_is_relu_or_gelu(self.activation)

    def _sa_block(self, x, attn_mask, key_padding_mask, is_causal=False):
        x = self.self_attn(x, x, x, attn_mask=attn_mask, key_padding_mask=key_padding_mask, need_weights=False,
                           is_causal=is_causal)[0]
        return self.dropout1(x)

    def _ff_block(self, x):
        return self.dropout2(self.linear2(self.dropout(self.activation(self.linear1(x)))))

    def execute(self, src, src_mask=None, src_key_padding_mask=None, is_causal=False):
        x = src
        if self.norm_first:
            x = x + self._sa_block(self.norm1(x), src_mask, src_key_padding_mask, is_causal)
            x = x + self._ff_block(self.norm2(x))
        else:
            x = self.norm1(x + self._sa_block(x, src_mask, src_key_padding_mask, is_causal))
            x = self.norm2(x + self._ff_block(x))
        return x


class TransformerDecoderLayer(jt.Module):
    def __init__(self, d_model, nhead, dim_feedforward=2048, dropout=0.1, activation="relu", layer_norm_eps=1e-05,
                 batch_first=False, norm_first=False, bias=True):
        self.self_attn = MultiheadAttention(d_model, nhead, dropout=dropout, batch_first=batch_first, bias=bias)
        self.multihead_attn = MultiheadAttention(d_model, nhead, dropout=dropout, batch_first=batch_first, bias=bias)
        self.linear1 = _nl_jnn.Linear(d_model, dim_feedforward, bias=bias)
        self.dropout = _nl_jnn.Dropout(dropout)
        self.linear2 = _nl_jnn.Linear(dim_feedforward, d_model, bias=bias)
        self.norm_first = norm_first
        self.norm1 = LayerNorm(d_model, eps=layer_norm_eps, bias=bias)
        self.norm2 = LayerNorm(d_model, eps=layer_norm_eps, bias=bias)
        self.norm3 = LayerNorm(d_model, eps=layer_norm_eps, bias=bias)
        self.dropout1 = _nl_jnn.Dropout(dropout)
        self.dropout2 = _nl_jnn.Dropout(dropout)
        self.dropout3 = _nl_jnn.Dropout(dropout)
        self.activation = _nl_activation(activation)

    def _sa_block(self, x, attn_mask, key_padding_mask, is_causal=False):
        x = self.self_attn(x, x, x, attn_mask=attn_mask, key_padding_mask=key_padding_mask, is_causal=is_causal,
                           need_weights=False)[0]
        return self.dropout1(x)

    def _mha_block(self, x, mem, attn_mask, key_padding_mask, is_causal=False):
        x = self.multihead_attn(x, mem, mem, attn_mask=attn_mask, key_padding_mask=key_padding_mask,
                                is_causal=is_causal, need_weights=False)[0]
        return self.dropout2(x)

    def _ff_block(self, x):
        return self.dropout3(self.linear2(self.dropout(self.activation(self.linear1(x)))))

    def execute(self, tgt, memory, tgt_mask=None, memory_mask=None, tgt_key_padding_mask=None,
                memory_key_padding_mask=None, tgt_is_causal=False, memory_is_causal=False):
        x = tgt
        if self.norm_first:
            x = x + self._sa_block(self.norm1(x), tgt_mask, tgt_key_padding_mask, tgt_is_causal)
            x = x + self._mha_block(self.norm2(x), memory, memory_mask, memory_key_padding_mask, memory_is_causal)
            x = x + self._ff_block(self.norm3(x))
        else:
            x = self.norm1(x + self._sa_block(x, tgt_mask, tgt_key_padding_mask, tgt_is_causal))
            x = self.norm2(x + self._mha_block(x, memory, memory_mask, memory_key_padding_mask, memory_is_causal))
            x = self.norm3(x + self._ff_block(x))
        return x


def _nl_clones(module, n):
    import copy

    return _nl_jnn.ModuleList([copy.deepcopy(module) for _ in range(n)])


def _nl_detect_causal(mask, is_causal, size):
    if is_causal is not None or mask is None:
        return bool(is_causal)
    if list(mask.shape) != [size, size]:
        return False
    return bool((_nl_float_mask(mask).numpy() == _nl_causal_mask(size).numpy()).all())


class TransformerEncoder(jt.Module):
    def __init__(self, encoder_layer, num_layers, norm=None, enable_nested_tensor=True, mask_check=True):
        self.layers = _nl_clones(encoder_layer, num_layers)
        self.num_layers, self.norm = num_layers, norm
        self.enable_nested_tensor = enable_nested_tensor
        layer = encoder_layer
        self.use_nested_tensor = bool(
            enable_nested_tensor and isinstance(layer, TransformerEncoderLayer) and not layer.norm_first
            and layer.self_attn.batch_first and layer.self_attn._qkv_same_embed_dim
            and layer.self_attn.in_proj_bias is not None and layer.activation_relu_or_gelu
            and layer.norm1.eps == layer.norm2.eps and layer.self_attn.num_heads % 2 == 0)
        self.mask_check = mask_check

    def _pads_zeroed(self, src, mask, src_key_padding_mask):
        """Whether PyTorch takes its nested-tensor path, whose output is 0 at padded positions."""
        first = self.layers[0]
        if not self.use_nested_tensor or first.is_training() or src.ndim != 3 or src_key_padding_mask is None:
            return False
        if mask is not None:
            return False
        pad = _nl_np.asarray(src_key_padding_mask.numpy()).astype(bool)
        if str(src_key_padding_mask.dtype) != "bool":
            pad = pad != 0
        if self.mask_check:  # padding must sit at the end of every sequence
            valid = ~pad
            if (valid[:, 1:] & ~valid[:, :-1]).any():
                return False
        # PyTorch also needs autograd off (torch.no_grad, which converts to jt.no_grad) or frozen weights;
        # Jittor's eval() stops every gradient, so only the no_grad scope can be told apart here.
        return bool(jt.flags.no_grad)

    def execute(self, src, mask=None, src_key_padding_mask=None, is_causal=None):
        zero_pads = self._pads_zeroed(src, mask, src_key_padding_mask)
        batch_first = self.layers[0].self_attn.batch_first
        seq_len = src.shape[1 if batch_first else 0] if src.ndim == 3 else src.shape[0]
        is_causal = _nl_detect_causal(mask, is_causal, seq_len)
        output = src
        for layer in self.layers:
            output = layer(output, src_mask=mask, is_causal=is_causal, src_key_padding_mask=src_key_padding_mask)
        if zero_pads:
            keep = (_nl_float_mask(src_key_padding_mask) == 0).float32().unsqueeze(-1)
            output = output * keep
        if self.norm is not None:
            output = self.norm(output)
        return output


class TransformerDecoder(jt.Module):
    def __init__(self, decoder_layer, num_layers, norm=None):
        self.layers = _nl_clones(decoder_layer, num_layers)
        self.num_layers, self.norm = num_layers, norm

    def execute(self, tgt, memory, tgt_mask=None, memory_mask=None, tgt_key_padding_mask=None,
                memory_key_padding_mask=None, tgt_is_causal=None, memory_is_causal=False):
        batch_first = self.layers[0].self_attn.batch_first
        seq_len = tgt.shape[1 if batch_first else 0] if tgt.ndim == 3 else tgt.shape[0]
        tgt_is_causal = _nl_detect_causal(tgt_mask, tgt_is_causal, seq_len)
        output = tgt
        for layer in self.layers:
            output = layer(output, memory, tgt_mask=tgt_mask, memory_mask=memory_mask,
                           tgt_key_padding_mask=tgt_key_padding_mask, memory_key_padding_mask=memory_key_padding_mask,
                           tgt_is_causal=tgt_is_causal, memory_is_causal=memory_is_causal)
        if self.norm is not None:
            output = self.norm(output)
        return output


class Transformer(jt.Module):
    def __init__(self, d_model=512, nhead=8, num_encoder_layers=6, num_decoder_layers=6, dim_feedforward=2048,
                 dropout=0.1, activation="relu", custom_encoder=None, custom_decoder=None, layer_norm_eps=1e-05,
                 batch_first=False, norm_first=False, bias=True):
        if custom_encoder is not None:
            self.encoder = custom_encoder
        else:
            layer = TransformerEncoderLayer(d_model, nhead, dim_feedforward, dropout, activation, layer_norm_eps,
                                            batch_first, norm_first, bias)
            self.encoder = TransformerEncoder(layer, num_encoder_layers, LayerNorm(d_model, eps=layer_norm_eps,
                                                                                   bias=bias))
        if custom_decoder is not None:
            self.decoder = custom_decoder
        else:
            layer = TransformerDecoderLayer(d_model, nhead, dim_feedforward, dropout, activation, layer_norm_eps,
                                            batch_first, norm_first, bias)
            self.decoder = TransformerDecoder(layer, num_decoder_layers, LayerNorm(d_model, eps=layer_norm_eps,
                                                                                   bias=bias))
        for p in self.parameters():  # PyTorch re-initialises every matrix with xavier_uniform_
            if p.ndim > 1:
                p.update(_nl_xavier_uniform(tuple(p.shape)))
        self.d_model, self.nhead, self.batch_first = d_model, nhead, batch_first

    def execute(self, src, tgt, src_mask=None, tgt_mask=None, memory_mask=None, src_key_padding_mask=None,
                tgt_key_padding_mask=None, memory_key_padding_mask=None, src_is_causal=None, tgt_is_causal=None,
                memory_is_causal=False):
        memory = self.encoder(src, mask=src_mask, src_key_padding_mask=src_key_padding_mask, is_causal=src_is_causal)
        return self.decoder(tgt, memory, tgt_mask=tgt_mask, memory_mask=memory_mask,
                            tgt_key_padding_mask=tgt_key_padding_mask,
                            memory_key_padding_mask=memory_key_padding_mask, tgt_is_causal=tgt_is_causal,
                            memory_is_causal=memory_is_causal)

    @staticmethod
    def generate_square_subsequent_mask(sz, device=None, dtype=None):
        """A float mask with -inf above the diagonal and 0 elsewhere."""
        mask = _nl_causal_mask(sz)
        return mask if dtype is None else mask.astype(dtype)
