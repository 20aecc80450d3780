"""torch.autograd.Function (custom forward/backward) on Jittor's Function."""
from __future__ import annotations

import jittor as jt

from .optim import _grads_and_unreached


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


# --- torch.autograd.grad and torch.autograd.functional ----------------------------------------------
def _as_list(value):
    return [value] if isinstance(value, jt.Var) else list(value)


def grad(outputs, inputs, grad_outputs=None, retain_graph=None, create_graph=False, only_inputs=True,
         allow_unused=None, is_grads_batched=False, materialize_grads=False):
    """torch.autograd.grad: d(sum of outputs weighted by grad_outputs)/d(each input), as a tuple.

    Jittor's jt.grad takes one scalar loss, so the outputs are weighted and summed first. Its
    gradients are ordinary Vars built from ops (higher orders work); without create_graph they are
    detached, as PyTorch's are. An input the outputs do not reach is PyTorch's error, or None with
    allow_unused=True, or zeros with materialize_grads=True (Jittor would give zeros silently)."""
    outs = _as_list(outputs)
    weights = [None] * len(outs) if grad_outputs is None else _as_list(grad_outputs)
    if len(weights) != len(outs):
        raise RuntimeError(f"grad requires one grad_output per output: got {len(weights)} for {len(outs)}")
    loss = None
    for out, weight in zip(outs, weights):
        term = (out if weight is None else out * weight).sum()
        loss = term if loss is None else loss + term
    targets = _as_list(inputs)
    grads, unreached = _grads_and_unreached(loss, targets, True)
    if unreached and not (allow_unused or materialize_grads):
        raise RuntimeError("One of the differentiated Tensors appears to not have been used in the graph. "
                           "Set allow_unused=True if this is the desired behavior.")
    return tuple(None if i in unreached and not materialize_grads else g if create_graph else g.detach()
                 for i, g in enumerate(grads))


def _flat_inputs(inputs):
    return (True, [inputs]) if isinstance(inputs, jt.Var) else (False, list(inputs))


def _call(func, inputs):
    return func(*inputs)


def _jacobian_of(outputs, inputs, create_graph):
    """J[i][j]: d outputs[i] / d inputs[j], shaped outputs[i].shape + inputs[j].shape, one reverse
    pass per output element (Jittor has no batched or forward-mode gradients)."""
    rows = []
    for out in outputs:
        flat = out.reshape(-1)
        per_input = [[] for _ in inputs]
        for k in range(flat.shape[0]):
            for j, g in enumerate(grad(flat[k], inputs, create_graph=create_graph, materialize_grads=True)):
                per_input[j].append(g)
        # Jittor has no 0-dim Var: a one-element output is taken as PyTorch's scalar (its gradient)
        lead = () if tuple(out.shape) == (1,) else tuple(out.shape)
        rows.append([
            (jt.stack(gs) if gs else jt.zeros((0,) + tuple(x.shape), x.dtype)).reshape(lead + tuple(x.shape))
            for gs, x in zip(per_input, inputs)
        ])
    return rows


def _pack(rows, single_out, single_in):
    rows = [r[0] if single_in else tuple(r) for r in rows]
    return rows[0] if single_out else tuple(rows)


def jacobian(func, inputs, create_graph=False, strict=False, vectorize=False, strategy="reverse-mode"):
    """torch.autograd.functional.jacobian: a tensor for one input and one output, tuples otherwise."""
    single_in, xs = _flat_inputs(inputs)
    xs = [x.detach() for x in xs]
    out = _call(func, xs)
    single_out = isinstance(out, jt.Var)
    return _pack(_jacobian_of(_as_list(out), xs, create_graph), single_out, single_in)


def hessian(func, inputs, create_graph=False, strict=False, vectorize=False, outer_jacobian_strategy="reverse-mode"):
    """torch.autograd.functional.hessian: the jacobian of the gradient of a scalar function."""
    single_in, xs = _flat_inputs(inputs)
    xs = [x.detach() for x in xs]
    out = _call(func, xs).sum()
    grads = grad(out, xs, create_graph=True, materialize_grads=True)
    rows = _jacobian_of(list(grads), xs, create_graph)
    return rows[0][0] if single_in else tuple(tuple(r) for r in rows)


def _vs(v, like):
    if v is None:
        if any(x.numel() != 1 for x in like):
            raise RuntimeError("v can only be None if the output or input is a single element")
        return [jt.ones(x.shape, x.dtype) for x in like]
    return _as_list(v)


def _result(value, single):
    return value[0] if single else tuple(value)


def vjp(func, inputs, v=None, create_graph=False, strict=False):
    """torch.autograd.functional.vjp: (func(inputs), v^T J)."""
    single_in, xs = _flat_inputs(inputs)
    xs = [x.detach() for x in xs]
    out = _call(func, xs)
    outs = _as_list(out)
    grads = grad(outs, xs, grad_outputs=_vs(v, outs), create_graph=create_graph, materialize_grads=True)
    return (out if create_graph else _detach(out)), _result(grads, single_in)


def _detach(out):
    return out.detach() if isinstance(out, jt.Var) else tuple(o.detach() for o in out)


def jvp(func, inputs, v=None, create_graph=False, strict=False):
    """torch.autograd.functional.jvp: (func(inputs), J v) by the double-backward trick (Jittor has
    no forward mode): u^T J is linear in u, and its gradient with respect to u, weighted by v, is J v."""
    single_in, xs = _flat_inputs(inputs)
    xs = [x.detach() for x in xs]
    out = _call(func, xs)
    outs = _as_list(out)
    vs = _vs(v, xs)
    us = [jt.zeros(o.shape, o.dtype) for o in outs]  # dummy cotangents: u^T J is linear in u
    ut_j = grad(outs, xs, grad_outputs=us, create_graph=True, materialize_grads=True)
    j_v = grad(list(ut_j), us, grad_outputs=vs, create_graph=create_graph, materialize_grads=True)
    return (out if create_graph else _detach(out)), _result(j_v, isinstance(out, jt.Var))


def _hv(func, inputs, v, create_graph):
    single_in, xs = _flat_inputs(inputs)
    xs = [x.detach() for x in xs]
    out = _call(func, xs)
    grads = grad(out, xs, create_graph=True, materialize_grads=True)
    h_v = grad(list(grads), xs, grad_outputs=_vs(v, xs), create_graph=create_graph,
               materialize_grads=True)
    return (out if create_graph else out.detach()), _result(h_v, single_in)


def vhp(func, inputs, v=None, create_graph=False, strict=False):
    """torch.autograd.functional.vhp: (func(inputs), v^T H)."""
    return _hv(func, inputs, v, create_graph)


def hvp(func, inputs, v=None, create_graph=False, strict=False):
    """torch.autograd.functional.hvp: (func(inputs), H v); H of a twice-differentiable scalar
    function is symmetric, so H v = v^T H."""
    return _hv(func, inputs, v, create_graph)


class detect_anomaly:
    """torch.autograd.detect_anomaly: Jittor has no anomaly mode; a context manager that changes nothing."""

    def __init__(self, check_nan=True):
        self.check_nan = check_nan

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False

    def __call__(self, fn):
        return fn


class set_detect_anomaly(detect_anomaly):
    """torch.autograd.set_detect_anomaly(mode): as a call or a context manager, it changes nothing."""

    def __init__(self, mode, check_nan=True):
        super().__init__(check_nan)
        self.mode = mode
