"""torch.nn.init functions Jittor's init module lacks, with PyTorch's formulas."""
from __future__ import annotations

import math

import jittor as jt
import numpy as np


def calculate_gain(nonlinearity, param=None):
    """PyTorch's recommended gain for a nonlinearity (a Python float)."""
    linear = ("linear", "conv1d", "conv2d", "conv3d", "conv_transpose1d", "conv_transpose2d", "conv_transpose3d")
    if nonlinearity in linear or nonlinearity == "sigmoid":
        return 1
    if nonlinearity == "tanh":
        return 5.0 / 3
    if nonlinearity == "relu":
        return math.sqrt(2.0)
    if nonlinearity == "leaky_relu":
        if param is None:
            slope = 0.01
        elif not isinstance(param, bool) and isinstance(param, (int, float)):
            slope = param
        else:
            raise ValueError(f"negative_slope {param} not a valid number")
        return math.sqrt(2.0 / (1 + slope ** 2))
    if nonlinearity == "selu":
        return 3.0 / 4
    raise ValueError(f"Unsupported nonlinearity {nonlinearity}")


def orthogonal_(tensor, gain=1):
    """Fills `tensor` with a (semi-)orthogonal matrix, its trailing dimensions flattened: the Q of
    the QR decomposition of a normal matrix, signs fixed by R's diagonal, times `gain`."""
    if tensor.ndim < 2:
        raise ValueError("Only tensors with 2 or more dimensions are supported")
    if tensor.numel() == 0:
        return tensor
    rows = tensor.shape[0]
    cols = tensor.numel() // rows
    flat = jt.randn((rows, cols)).numpy().astype(np.float64)
    if rows < cols:
        flat = flat.T
    q, r = np.linalg.qr(flat)
    q *= np.sign(np.diag(r))
    if rows < cols:
        q = q.T
    return tensor.assign(jt.array((q * gain).reshape(tensor.shape).astype(str(tensor.dtype))))


def eye_(tensor):
    """Fills a 2-d tensor with the identity (ones on the diagonal of a rectangular one)."""
    if tensor.ndim != 2:
        raise ValueError("Only tensors with 2 dimensions are supported")
    rows, cols = tensor.shape
    return tensor.assign(jt.array(np.eye(rows, cols).astype(str(tensor.dtype)), dtype=str(tensor.dtype)))


def sparse_(tensor, sparsity, std=0.01):
    """Fills a 2-d tensor with normal(0, std) values, then zeros ceil(sparsity * rows) random rows of each
    column, as PyTorch's sparse_ (Jittor's draws)."""
    if tensor.ndim != 2:
        raise ValueError("Only tensors with 2 dimensions are supported")
    rows, cols = tensor.shape
    num_zeros = math.ceil(sparsity * rows)
    values = jt.randn((rows, cols)).numpy().astype(np.float64) * std
    zero_rows = np.argsort(jt.rand((rows, cols)).numpy(), axis=0)[:num_zeros]  # a random permutation per column
    values[zero_rows, np.arange(cols)] = 0
    return tensor.assign(jt.array(values.astype(str(tensor.dtype)), dtype=str(tensor.dtype)))


def dirac_(tensor, groups=1):
    """Fills a 3, 4 or 5-d convolution weight with the Dirac delta: each group's output channel d passes input
    channel d through unchanged."""
    if tensor.ndim not in (3, 4, 5):
        raise ValueError("Only tensors with 3, 4, or 5 dimensions are supported")
    shape = tuple(tensor.shape)
    if shape[0] % groups != 0:
        raise ValueError("dim 0 must be divisible by groups")
    out_per_group = shape[0] // groups
    weight = np.zeros(shape, dtype=str(tensor.dtype))
    center = tuple(s // 2 for s in shape[2:])
    for g in range(groups):
        for d in range(min(out_per_group, shape[1])):
            weight[(g * out_per_group + d, d) + center] = 1
    return tensor.assign(jt.array(weight, dtype=str(tensor.dtype)))
