"""torch.nn normalization layers with PyTorch's defaults, running statistics and parameter names."""
from __future__ import annotations

import jittor as jt
import numpy as np

from .._common import int_prod
from .._common import precise_mean as _mean
from .._zero_dim import mark
from ..functional.vision import pad as _pad


def _init_norm_state(module, num_features, eps, momentum, affine, track_running_stats, bias):
    """The parameters and running statistics PyTorch's batch and instance norms share."""
    module.num_features, module.eps, module.momentum = num_features, eps, momentum
    module.affine, module.track_running_stats = affine, track_running_stats
    if affine:
        module.weight = jt.ones((num_features,), "float32")
        module.bias = jt.zeros((num_features,), "float32") if bias else None
    else:
        module.weight = module.bias = None
    if track_running_stats:
        module.running_mean = jt.zeros((num_features,), "float32").stop_grad()
        module.running_var = jt.ones((num_features,), "float32").stop_grad()
    else:
        module.running_mean = module.running_var = None
    # PyTorch's num_batches_tracked buffer (used when momentum=None) is kept out of the state_dict,
    # as Jittor's own BatchNorm does: the project's weight transfer ignores that key.
    module._num_batches_tracked = 0


class _BatchCount:
    """PyTorch's num_batches_tracked buffer, read as an int64 Var (None without running stats); the
    count itself is an int attribute, outside parameters() and the optimizer's reach."""

    _counts_batches = True  # PyTorch's InstanceNorm keeps the buffer at 0

    @property
    def num_batches_tracked(self):
        if not self.track_running_stats:
            return None
        return mark(jt.array(self._num_batches_tracked if self._counts_batches else 0, "int64").stop_grad())

    @num_batches_tracked.setter
    def num_batches_tracked(self, value):
        self._num_batches_tracked = int(value.item() if isinstance(value, jt.Var) else value)

    def reset_running_stats(self):
        if self.track_running_stats:
            self.running_mean.update(jt.zeros_like(self.running_mean))
            self.running_var.update(jt.ones_like(self.running_var))
            self._num_batches_tracked = 0

    def reset_parameters(self):
        """PyTorch's: running statistics reset, weight 1 and bias 0."""
        self.reset_running_stats()
        if isinstance(self.weight, jt.Var):
            self.weight.assign(jt.ones_like(self.weight))
        if isinstance(self.bias, jt.Var):
            self.bias.assign(jt.zeros_like(self.bias))


class _BatchNorm(_BatchCount, jt.Module):
    _dims = None  # accepted input ranks
    _sync = False

    def __init__(self, num_features, eps=1e-05, momentum=0.1, affine=True, track_running_stats=True, *, bias=True):
        _init_norm_state(self, num_features, eps, momentum, affine, track_running_stats, bias)

    def _check_input_dim(self, x):
        if self._dims is not None and x.ndim not in self._dims:
            raise ValueError(f"expected {' or '.join(f'{d}D' for d in self._dims)} input (got {x.ndim}D input)")

    def execute(self, x):
        self._check_input_dim(x)
        training = self.is_training()
        bshape = [1, x.shape[1]] + [1] * (x.ndim - 2)
        dims = [0] + list(range(2, x.ndim))
        if training or not self.track_running_stats:
            mean = _mean(x, dims)
            if self._sync and jt.in_mpi:
                mean = mean.mpi_all_reduce("mean")
            var = _mean((x - mean.reshape(bshape)) ** 2, dims)
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


class _TrainingBatchNorm(_BatchCount, jt.nn.BatchNorm):
    """Jittor's BatchNorm (its parameters and buffers) with PyTorch's computation: the running
    variance takes the unbiased batch variance (Jittor's takes the biased one, so a model trained
    after conversion drifted from PyTorch's), momentum=None averages cumulatively, and
    track_running_stats=False normalises with batch statistics in eval mode too, and affine=False
    leaves weight and bias None."""

    _dims = None  # accepted input ranks

    def __init__(self, num_features, eps=1e-05, momentum=0.1, affine=True, track_running_stats=True):
        super().__init__(num_features, eps, 0.1 if momentum is None else momentum, affine)
        self.momentum = momentum
        self.track_running_stats = track_running_stats
        self._num_batches_tracked = 0
        if not affine:  # Jittor's are the numbers 1.0 and 0.0; PyTorch's are None
            self.weight = self.bias = None
        if not track_running_stats:
            self.running_mean = self.running_var = None

    def execute(self, x):
        if self._dims is not None and x.ndim not in self._dims:
            raise ValueError(f"expected {' or '.join(f'{d}D' for d in self._dims)} input (got {x.ndim}D input)")
        training = self.is_training()
        dims = [0] + list(range(2, x.ndim))
        if not training and self.track_running_stats:
            mean, var = self.running_mean, self.running_var
        else:
            mean = _mean(x, dims)
            var = _mean((x - mean.broadcast(x, dims)) ** 2, dims)  # two passes, as PyTorch
        if training and self.track_running_stats:
            n = x.numel() // x.shape[1]
            if n <= 1:
                raise ValueError(f"Expected more than 1 value per channel when training, got input size {x.shape}")
            self._num_batches_tracked += 1
            factor = self.momentum if self.momentum is not None else 1.0 / self._num_batches_tracked
            self.running_mean.update(((1 - factor) * self.running_mean + factor * mean).detach())
            self.running_var.update(((1 - factor) * self.running_var + factor * var * (n / (n - 1))).detach())
        w = (1.0 if self.weight is None else self.weight) / jt.sqrt(var + self.eps)
        b = (0.0 if self.bias is None else self.bias) - mean * w
        return x * w.broadcast(x, dims) + b.broadcast(x, dims)


class BatchNorm1d(_TrainingBatchNorm):
    _dims = (2, 3)


class BatchNorm2d(_TrainingBatchNorm):
    _dims = (4,)


class BatchNorm3d(_BatchNorm):
    _dims = (5,)


class SyncBatchNorm(_BatchNorm):
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
            if isinstance(m, _BatchNorm):
                m._sync = True
        return module


class _InstanceNorm(_BatchCount, jt.Module):
    _nd = 1
    _counts_batches = False

    def __init__(self, num_features, eps=1e-05, momentum=0.1, affine=False, track_running_stats=False, *, bias=True):
        _init_norm_state(self, num_features, eps, momentum, affine, track_running_stats, bias)

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
            mean = _mean(x, dims, keepdims=True)
            var = _mean((x - mean) ** 2, dims, keepdims=True)
            if training and self.track_running_stats:
                self._num_batches_tracked += 1
                factor = self.momentum if self.momentum is not None else 1.0 / self._num_batches_tracked
                n = int_prod(x.shape[2:])
                unbiased = var * (n / max(n - 1, 1))
                batch_mean = _mean(mean.reshape(x.shape[:2]), [0])
                batch_var = _mean(unbiased.reshape(x.shape[:2]), [0])
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


class InstanceNorm1d(_InstanceNorm):
    _nd = 1


class InstanceNorm2d(_InstanceNorm):
    _nd = 2


class InstanceNorm3d(_InstanceNorm):
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
        mean = _mean(x, dims, keepdims=True)
        var = _mean((x - mean) ** 2, dims, keepdims=True)
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
        eps = self.eps if self.eps is not None else float(np.finfo(str(x.dtype)).eps)
        dims = list(range(x.ndim - len(self.normalized_shape), x.ndim))
        y = x / jt.sqrt(_mean(x * x, dims, keepdims=True) + eps)
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
        sq = _pad(x * x, [0, 0] * (x.ndim - 2) + [self.size // 2, (self.size - 1) // 2])
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
