"""torch.nn.functional.embedding and one_hot."""
from __future__ import annotations

import jittor as jt


def embedding(input, weight, padding_idx=None):
    out = weight[input]
    if padding_idx is not None:
        # The padding row gets no gradient, as in PyTorch; its value is returned unchanged.
        if padding_idx < 0:
            padding_idx += weight.shape[0]
        mask = (input == padding_idx).unsqueeze(-1)
        out = jt.ternary(mask, out.stop_grad(), out)
    return out


def one_hot(input, num_classes=-1):
    t = input.astype("int64")
    if num_classes < 0:
        num_classes = int(t.max().item()) + 1
    classes = jt.arange(num_classes).astype("int64")
    return (t.unsqueeze(-1) == classes).astype("int64")
