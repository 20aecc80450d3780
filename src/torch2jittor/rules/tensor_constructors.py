"""`torch.Tensor(2, 3)`, `torch.Tensor([1.0, 2.0])`: PyTorch's legacy constructor, called.

`torch.Tensor` itself maps to `jt.Var` (annotations, isinstance), but `jt.Var(2, 3)` is not a
2x3 tensor: a call goes to the helper module's `Tensor`, which tells sizes from data as PyTorch
does (runtime/jittor_compat/ops/creation.py, legacy_tensor).
"""
from __future__ import annotations

from ..call_arguments import rewrite_call
from . import register


@register("tensor_constructor")
def tensor_constructor(fc, call, entry, ctx) -> None:
    rewrite_call(fc, call, entry, f"{fc.helper('Tensor')}")
