"""torch.nn.Fold and torch.nn.Unfold."""
from __future__ import annotations

import jittor as jt

from .._common import ntuple


class Fold(jt.Module):
    """Combines sliding local blocks (N, C*prod(k), L) into a tensor (N, C, *output_size)."""

    def __init__(self, output_size, kernel_size, dilation=1, padding=0, stride=1):
        self.output_size, self.kernel_size = output_size, kernel_size
        self.dilation, self.padding, self.stride = dilation, padding, stride

    def execute(self, x):
        out = ntuple(self.output_size, 2)
        k = ntuple(self.kernel_size, 2)
        d, p, s = ntuple(self.dilation, 2), ntuple(self.padding, 2), ntuple(self.stride, 2)
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
        k = ntuple(self.kernel_size, 2)
        d, p, s = ntuple(self.dilation, 2), ntuple(self.padding, 2), ntuple(self.stride, 2)
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
