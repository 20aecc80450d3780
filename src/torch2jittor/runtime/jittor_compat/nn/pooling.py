"""torch.nn pooling layers: PyTorch's layers over torch.nn.functional's pooling (..functional.pooling),
which uses Jittor's own Pool only where that computes PyTorch's result."""
from __future__ import annotations

import jittor as jt

from .._common import ntuple
from ..functional.pooling import (_adaptive_avg, _adaptive_max, _avg_pool, _fractional_max_pool, _lp_pool, _max_pool,
                                 _max_unpool)


class _MaxPoolNd(jt.Module):
    _nd = 1

    def __init__(self, kernel_size, stride=None, padding=0, dilation=1, return_indices=False, ceil_mode=False):
        self.kernel_size = kernel_size
        self.stride = stride if stride is not None else kernel_size
        self.padding, self.dilation = padding, dilation
        self.return_indices, self.ceil_mode = return_indices, ceil_mode

    def execute(self, x):
        return _max_pool(x, self._nd, self.kernel_size, self.stride, self.padding, self.dilation, self.ceil_mode,
                         self.return_indices, self.__class__.__name__)


class MaxPool1d(_MaxPoolNd):
    _nd = 1


class MaxPool2d(_MaxPoolNd):
    _nd = 2


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
        return _avg_pool(x, self._nd, self.kernel_size, self.stride, self.padding, self.ceil_mode,
                         self.count_include_pad, self.divisor_override, self.__class__.__name__)


class AvgPool1d(_AvgPoolNd):
    _nd = 1

    def __init__(self, kernel_size, stride=None, padding=0, ceil_mode=False, count_include_pad=True):
        super().__init__(kernel_size, stride, padding, ceil_mode, count_include_pad)
        # PyTorch's AvgPool1d alone keeps them as 1-tuples (`pool.kernel_size == (2,)`)
        self.kernel_size, self.stride, self.padding = (ntuple(v, 1) for v in (self.kernel_size, self.stride,
                                                                              self.padding))


class AvgPool2d(_AvgPoolNd):
    _nd = 2


class AvgPool3d(_AvgPoolNd):
    _nd = 3


class _AdaptiveAvgPoolNd(jt.Module):
    _nd = 1

    def __init__(self, output_size):
        self.output_size = output_size

    def execute(self, x):
        return _adaptive_avg(x, self._nd, self.output_size, self.__class__.__name__)


class AdaptiveAvgPool1d(_AdaptiveAvgPoolNd):
    _nd = 1


class AdaptiveAvgPool2d(_AdaptiveAvgPoolNd):
    _nd = 2


class AdaptiveAvgPool3d(_AdaptiveAvgPoolNd):
    _nd = 3


class _AdaptiveMaxPoolNd(jt.Module):
    _nd = 1

    def __init__(self, output_size, return_indices=False):
        self.output_size, self.return_indices = output_size, return_indices

    def execute(self, x):
        return _adaptive_max(x, self._nd, self.output_size, self.return_indices, self.__class__.__name__)


class AdaptiveMaxPool1d(_AdaptiveMaxPoolNd):
    _nd = 1


class AdaptiveMaxPool2d(_AdaptiveMaxPoolNd):
    _nd = 2


class AdaptiveMaxPool3d(_AdaptiveMaxPoolNd):
    _nd = 3


class _LPPoolNd(jt.Module):
    _nd = 1

    def __init__(self, norm_type, kernel_size, stride=None, ceil_mode=False):
        self.norm_type, self.kernel_size, self.stride, self.ceil_mode = norm_type, kernel_size, stride, ceil_mode

    def execute(self, x):
        return _lp_pool(x, self._nd, self.norm_type, self.kernel_size, self.stride, self.ceil_mode,
                        self.__class__.__name__)


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
        self.kernel_size = ntuple(kernel_size, nd)
        self.stride = ntuple(stride if stride is not None else kernel_size, nd)
        self.padding = ntuple(padding, nd)

    def execute(self, x, indices, output_size=None):
        return _max_unpool(x, indices, self._nd, self.kernel_size, self.stride, self.padding, output_size)


class MaxUnpool1d(_MaxUnpoolNd):
    _nd = 1


class MaxUnpool2d(_MaxUnpoolNd):
    _nd = 2


class MaxUnpool3d(_MaxUnpoolNd):
    _nd = 3


class _FractionalMaxPoolNd(jt.Module):
    _dims = None

    def __init__(self, kernel_size, output_size=None, output_ratio=None, return_indices=False, _random_samples=None):
        name = f"FractionalMaxPool{self._dims}d"
        if kernel_size is None or (isinstance(kernel_size, int) and kernel_size <= 0):
            raise ValueError(f"kernel_size must greater than 0, but got {kernel_size}")
        if output_size is None and output_ratio is None:
            raise ValueError(f"{name} requires specifying either an output size, or a pooling ratio")
        if output_size is not None and output_ratio is not None:
            raise ValueError("only one of output_size and output_ratio may be specified")
        if output_ratio is not None:
            ratio = ntuple(output_ratio, self._dims)
            if not all(0 < r < 1 for r in ratio):
                raise ValueError(f"output_ratio must be between 0 and 1 (got {output_ratio})")
        if output_ratio is not None:
            output_ratio = ntuple(output_ratio, self._dims)
        self.kernel_size, self.output_size, self.output_ratio = kernel_size, output_size, output_ratio
        self.return_indices = return_indices
        self._random_samples = _random_samples

    def execute(self, input):
        return _fractional_max_pool(input, self.kernel_size, self.output_size, self.output_ratio, self.return_indices,
                                    self._random_samples, self._dims)


class FractionalMaxPool2d(_FractionalMaxPoolNd):
    _dims = 2


class FractionalMaxPool3d(_FractionalMaxPoolNd):
    _dims = 3
