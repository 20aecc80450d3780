"""torch.nn's Lazy* layers: the eager layer's constructor without its first argument (in_features,
in_channels, num_features), which the first input gives; the module then becomes the eager layer, as
PyTorch's lazy modules turn into their `cls_to_become`. Its parameters exist from that call on (a
state_dict loads after it); PyTorch's UninitializedParameter, which an optimizer may take before the
first call, has no Jittor counterpart."""
from __future__ import annotations

import jittor as jt

from .conv import Conv1d, Conv2d, Conv3d, ConvTranspose1d, ConvTranspose2d, ConvTranspose3d
from .normalization import (BatchNorm1d, BatchNorm2d, BatchNorm3d, InstanceNorm1d, InstanceNorm2d,
                            InstanceNorm3d)


class _LazyModule(jt.Module):
    _eager = None
    _spatial = None  # convolutions: an input of rank spatial+1 is one unbatched sample

    def __init__(self, *args, **kwargs):
        self._lazy_arguments = (args, kwargs)

    def has_uninitialized_params(self):
        return "_lazy_arguments" in self.__dict__

    def _inferred(self, input):
        return input.shape[1]

    def execute(self, input, *rest, **options):
        args, kwargs = self.__dict__.pop("_lazy_arguments")
        mode = self.__dict__.get("is_train")
        eager, inferred = self._eager, self._inferred(input)
        self.__class__ = eager
        eager.__init__(self, inferred, *args, **kwargs)
        if mode is not None:  # train()/eval() before the first call still hold
            self.is_train = mode
        return self(input, *rest, **options)


class LazyLinear(_LazyModule):
    _eager = jt.nn.Linear

    def __init__(self, out_features, bias=True):
        super().__init__(out_features, bias)

    def _inferred(self, input):
        return input.shape[-1]


class _LazyConv(_LazyModule):
    def _inferred(self, input):
        return input.shape[0] if input.ndim == self._spatial + 1 else input.shape[1]


def _lazy_conv(eager, spatial):
    class LazyConv(_LazyConv):
        _eager = eager
        _spatial = spatial

        def __init__(self, out_channels, kernel_size, stride=1, padding=0, dilation=1, groups=1, bias=True,
                     padding_mode="zeros"):
            super().__init__(out_channels, kernel_size, stride, padding, dilation, groups, bias, padding_mode)

    return LazyConv


def _lazy_conv_transpose(eager, spatial):
    class LazyConvTranspose(_LazyConv):
        _eager = eager
        _spatial = spatial

        def __init__(self, out_channels, kernel_size, stride=1, padding=0, output_padding=0, groups=1, bias=True,
                     dilation=1, padding_mode="zeros"):
            super().__init__(out_channels, kernel_size, stride, padding, output_padding, groups, bias, dilation,
                             padding_mode)

    return LazyConvTranspose


def _lazy_norm(eager, affine_default):
    class LazyNorm(_LazyModule):
        # PyTorch's lazy norms (instance norms too) read num_features from dimension 1
        _eager = eager

        def __init__(self, eps=1e-05, momentum=0.1, affine=affine_default, track_running_stats=True, *, bias=True):
            extra = {} if bias else {"bias": False}
            super().__init__(eps, momentum, affine, track_running_stats, **extra)

    return LazyNorm


def _named(cls, name):
    cls.__name__ = cls.__qualname__ = name
    return cls


LazyConv1d = _named(_lazy_conv(Conv1d, 1), "LazyConv1d")
LazyConv2d = _named(_lazy_conv(Conv2d, 2), "LazyConv2d")
LazyConv3d = _named(_lazy_conv(Conv3d, 3), "LazyConv3d")
LazyConvTranspose1d = _named(_lazy_conv_transpose(ConvTranspose1d, 1), "LazyConvTranspose1d")
LazyConvTranspose2d = _named(_lazy_conv_transpose(ConvTranspose2d, 2), "LazyConvTranspose2d")
LazyConvTranspose3d = _named(_lazy_conv_transpose(ConvTranspose3d, 3), "LazyConvTranspose3d")
LazyBatchNorm1d = _named(_lazy_norm(BatchNorm1d, True), "LazyBatchNorm1d")
LazyBatchNorm2d = _named(_lazy_norm(BatchNorm2d, True), "LazyBatchNorm2d")
LazyBatchNorm3d = _named(_lazy_norm(BatchNorm3d, True), "LazyBatchNorm3d")
LazyInstanceNorm1d = _named(_lazy_norm(InstanceNorm1d, True), "LazyInstanceNorm1d")
LazyInstanceNorm2d = _named(_lazy_norm(InstanceNorm2d, True), "LazyInstanceNorm2d")
LazyInstanceNorm3d = _named(_lazy_norm(InstanceNorm3d, True), "LazyInstanceNorm3d")
