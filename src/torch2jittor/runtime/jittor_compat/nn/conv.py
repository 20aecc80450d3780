"""torch.nn convolution layers Jittor lacks (1-d, 3-d, transposed), with PyTorch's parameter names."""
from __future__ import annotations

import math

import jittor as jt
from jittor import nn as jnn

from .._common import int_prod, ntuple
from ..functional.vision import pad as _pad
from ._utils import _uniform


def _pads(padding, kernel_size, stride, dilation):
    """(low, high) padding of each spatial dim, as PyTorch's conv layers pad ('same' puts the odd one high)."""
    nd = len(kernel_size)
    if not isinstance(padding, str):
        return [(p, p) for p in ntuple(padding, nd)]
    if padding not in ("same", "valid"):
        raise ValueError(f"Invalid padding string {padding!r}, should be one of {{'valid', 'same'}}")
    if padding == "valid":
        return [(0, 0)] * nd
    if any(s != 1 for s in stride):
        raise ValueError("padding='same' is not supported for strided convolutions")
    return [(d * (k - 1) // 2, d * (k - 1) - d * (k - 1) // 2) for d, k in zip(dilation, kernel_size)]


class _ConvNd(jt.Module):
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
        self.kernel_size = ntuple(kernel_size, nd)
        self.stride = ntuple(stride, nd)
        self.dilation = ntuple(dilation, nd)
        self.output_padding = ntuple(output_padding, nd)
        self.padding = padding if isinstance(padding, str) else ntuple(padding, nd)
        self._pads = _pads(padding, self.kernel_size, self.stride, self.dilation)
        if self._transposed:
            shape = (in_channels, out_channels // groups) + self.kernel_size
        else:
            shape = (out_channels, in_channels // groups) + self.kernel_size
        fan_in = shape[1] * int_prod(self.kernel_size)
        bound = 1 / math.sqrt(fan_in) if fan_in > 0 else 0
        # PyTorch's kaiming_uniform_(a=sqrt(5)) and its bias init both draw from U(-bound, bound).
        self.weight = _uniform(shape, bound)
        self.bias = _uniform((out_channels,), bound) if bias else None

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
            x = _pad(x, self._flat_pads(), self.padding_mode)
            pads = (0,) * nd
        elif all(left == right for left, right in self._pads):
            pads = tuple(left for left, _ in self._pads)
        else:
            x = _pad(x, self._flat_pads(), "constant", 0.0)
            pads = (0,) * nd
        y = self._conv(x, pads)
        return y.squeeze(0) if unbatched else y


class Conv1d(_ConvNd):
    _nd = 1

    def __init__(self, in_channels, out_channels, kernel_size, stride=1, padding=0, dilation=1, groups=1, bias=True,
                 padding_mode="zeros"):
        super().__init__(in_channels, out_channels, kernel_size, stride, padding, dilation, groups, bias, padding_mode)

    def _conv(self, x, pads):
        y = jnn.conv2d(x.unsqueeze(-1), self.weight.unsqueeze(-1), self.bias, (self.stride[0], 1),
                           (pads[0], 0), (self.dilation[0], 1), self.groups)
        return y.squeeze(-1)


class Conv2d(jnn.Conv):
    """nn.Conv2d given a padding_mode other than 'zeros': Jittor's nn.Conv (what nn.Conv2d becomes)
    pads with zeros only, so the input is padded first as PyTorch does, then convolved unpadded. A
    subclass of nn.Conv, so isinstance checks and state_dict keys stay those of nn.Conv."""

    def __init__(self, in_channels, out_channels, kernel_size, stride=1, padding=0, dilation=1, groups=1, bias=True,
                 padding_mode="zeros"):
        if padding_mode not in ("zeros", "reflect", "replicate", "circular"):
            raise ValueError(f"padding_mode must be one of zeros, reflect, replicate, circular, got {padding_mode!r}")
        pads = _pads(padding, ntuple(kernel_size, 2), ntuple(stride, 2), ntuple(dilation, 2))
        super().__init__(in_channels, out_channels, kernel_size, stride, 0, dilation, groups, bias)
        self.padding_mode = padding_mode
        self._flat = [amount for low_high in reversed(pads) for amount in low_high]
        # what PyTorch reports (`conv.padding`); the convolution itself runs unpadded
        self.padding = padding if isinstance(padding, str) else ntuple(padding, 2)

    def execute(self, x):
        mode = "constant" if self.padding_mode == "zeros" else self.padding_mode
        unbatched = x.ndim == 3
        x = _pad(x.unsqueeze(0) if unbatched else x, self._flat, mode)
        padding, self.padding = self.padding, (0, 0)  # nn.Conv.execute reads self.padding
        try:
            y = super().execute(x)
        finally:
            self.padding = padding
        return y.squeeze(0) if unbatched else y


class Conv3d(_ConvNd):
    _nd = 3

    def __init__(self, in_channels, out_channels, kernel_size, stride=1, padding=0, dilation=1, groups=1, bias=True,
                 padding_mode="zeros"):
        super().__init__(in_channels, out_channels, kernel_size, stride, padding, dilation, groups, bias, padding_mode)

    def _conv(self, x, pads):
        args = (tuple(self.stride), tuple(pads), tuple(self.dilation), 1)
        g = self.groups
        if g == 1:
            return jnn.conv3d(x, self.weight, self.bias, *args)
        # Jittor's grouped conv3d mixes up the spatial axes when they differ in size: one call per group.
        cin, cout = self.in_channels // g, self.out_channels // g
        ys = []
        for i in range(g):
            b = None if self.bias is None else self.bias[i * cout:(i + 1) * cout]
            ys.append(jnn.conv3d(x[:, i * cin:(i + 1) * cin], self.weight[i * cout:(i + 1) * cout], b, *args))
        return jt.concat(ys, 1)


class _ConvTransposeNd(_ConvNd):
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


class ConvTranspose1d(_ConvTransposeNd):
    _nd = 1

    def _convT(self, x, weight, bias, output_padding):
        y = jnn.conv_transpose(x.unsqueeze(-1), weight.unsqueeze(-1), bias, (self.stride[0], 1),
                                   (self.padding[0], 0), (output_padding[0], 0), 1, (self.dilation[0], 1))
        return y.squeeze(-1)


class ConvTranspose2d(_ConvTransposeNd):
    """Jittor's nn.ConvTranspose takes no `output_size` in its call, nor an unbatched input."""
    _nd = 2

    def _convT(self, x, weight, bias, output_padding):
        return jnn.conv_transpose(x, weight, bias, tuple(self.stride), tuple(self.padding), tuple(output_padding), 1,
                                  tuple(self.dilation))


class ConvTranspose3d(_ConvTransposeNd):
    _nd = 3

    def _convT(self, x, weight, bias, output_padding):
        return jnn.conv_transpose3d(x, weight, bias, tuple(self.stride), tuple(self.padding),
                                        tuple(output_padding), 1, tuple(self.dilation))


def _unbatched_conv_execute(self, x):
    """nn.Conv2d on an unbatched (C, H, W) input, as PyTorch takes it (Jittor's nn.Conv, what
    nn.Conv2d becomes, unpacked four dimensions: ValueError)."""
    if x.ndim == 3:
        return _jittor_conv_execute(self, x.unsqueeze(0)).squeeze(0)
    return _jittor_conv_execute(self, x)


_jittor_conv_execute = jnn.Conv.__dict__["execute"]
if getattr(_jittor_conv_execute, "__name__", "") != "_unbatched_conv_execute":
    jnn.Conv.execute = _unbatched_conv_execute
else:  # the helper package imported twice under two names: keep Jittor's original underneath
    _jittor_conv_execute = _jittor_conv_execute.__globals__["_jittor_conv_execute"]

# What PyTorch's Conv2d reports and Jittor's nn.Conv lacks (the helper Conv2d sets its own padding_mode)
for _name, _value in (("padding_mode", "zeros"), ("transposed", False), ("output_padding", (0, 0))):
    if not hasattr(jnn.Conv, _name):
        setattr(jnn.Conv, _name, _value)
