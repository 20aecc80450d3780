"""torch.autograd.Function (custom forward/backward) on Jittor's Function."""
from __future__ import annotations

import jittor as jt


class Function(jt.Function):
    """PyTorch's custom-gradient protocol on Jittor's Function.

    PyTorch: static `forward(ctx, *inputs)` and `backward(ctx, *grad_outputs)`, state on `ctx`
    (`save_for_backward`, `saved_tensors`, `needs_input_grad`), called as `F.apply(*inputs)`.
    Jittor: `execute(self, *inputs)` and `grad(self, *grad_outputs)` on an instance. The instance
    is the ctx; a tuple result stays a tuple (Jittor's own gives a list).
    """

    def __init__(self):
        self.saved_tensors = ()
        self.needs_input_grad = ()
        self.materialize_grads = True
        self._outputs = ()

    def save_for_backward(self, *tensors):
        self.saved_tensors = tensors

    def mark_non_differentiable(self, *outputs):
        pass  # Jittor takes no gradient through outputs nobody differentiates

    def mark_dirty(self, *tensors):
        pass  # Jittor has no in-place autograd to guard

    def set_materialize_grads(self, value):
        self.materialize_grads = bool(value)

    def execute(self, *inputs):
        self.needs_input_grad = tuple(isinstance(v, jt.Var) and not v.is_stop_grad() for v in inputs)
        out = type(self).forward(self, *inputs)
        self._outputs = out if isinstance(out, (tuple, list)) else (out,)
        return out

    def grad(self, *grad_outputs):
        if self.materialize_grads:  # PyTorch hands zeros, not None, for outputs without a gradient
            grad_outputs = tuple(
                jt.zeros_like(o) if g is None and isinstance(o, jt.Var) else g
                for g, o in zip(grad_outputs, self._outputs))
        return type(self).backward(self, *grad_outputs)

    @staticmethod
    def forward(ctx, *inputs):
        raise NotImplementedError("a torch.autograd.Function subclass must define forward(ctx, ...)")

    @staticmethod
    def backward(ctx, *grad_outputs):
        raise NotImplementedError("a torch.autograd.Function subclass must define backward(ctx, ...)")

    @classmethod
    def apply(cls, *inputs):
        out = cls()(*inputs)
        return tuple(out) if isinstance(out, list) else out


def once_differentiable(fn):
    """`@once_differentiable` on a backward: Jittor never differentiates a backward again anyway."""
    return fn
