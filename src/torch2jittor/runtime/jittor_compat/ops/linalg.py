"""torch's linear algebra functions."""
from __future__ import annotations

import builtins

import jittor as jt
import numpy as np

from .._common import wrap_dim


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
        n = input.shape[0] + builtins.abs(diagonal)
        row0 = builtins.max(-diagonal, 0)
        # out[i, j] = v[i - row0] where j - i == diagonal, else 0
        return input.reindex([n, n], [f"i0-{row0}"], overflow_value=0,
                             overflow_conditions=[f"i1-i0!={diagonal}"])
    return diagonal_(input, diagonal)


def diagonal_(input, offset=0, dim1=0, dim2=1):
    d1, d2 = wrap_dim(dim1, input.ndim), wrap_dim(dim2, input.ndim)
    rest = [i for i in range(input.ndim) if i not in (d1, d2)]
    x = input.permute(rest + [d1, d2])
    r, c = x.shape[-2], x.shape[-1]
    rows = np.arange(builtins.max(0, -offset), r)
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
    nd = builtins.max(a.ndim, b.ndim)
    a = a.reshape([1] * (nd - a.ndim) + list(a.shape))
    b = b.reshape([1] * (nd - b.ndim) + list(b.shape))
    ea = a.reshape([s for d in a.shape for s in (d, 1)])
    eb = b.reshape([s for d in b.shape for s in (1, d)])
    return (ea * eb).reshape([x * y for x, y in zip(a.shape, b.shape)])


def cross(input, other, dim=None):
    if dim is None:
        dim = next(i for i, s in enumerate(input.shape) if s == 3)
    return jt.cross(input, other, wrap_dim(dim, input.ndim))
