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
