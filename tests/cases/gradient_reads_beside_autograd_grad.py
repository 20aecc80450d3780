import torch
import torch.autograd as autograd
from torch import autograd as ag


def step(w: torch.Tensor, loss: torch.Tensor):
    g = torch.autograd.grad(loss, [w])
    grad_fn = autograd.grad  # the function, not a gradient
    h = ag.grad(loss, [w], retain_graph=True)
    batched = torch.autograd.grad(loss, [w], torch.eye(2), is_grads_batched=True)
    w.grad = None
    return w.grad, g, grad_fn, h, batched

# output
import jittor as jt
try:
    from . import jittor_compat as t2j
except ImportError:
    import jittor_compat as t2j


def step(w: jt.Var, loss: jt.Var):
    g = t2j.grad(loss, [w])
    grad_fn = t2j.grad  # the function, not a gradient
    h = t2j.grad(loss, [w], retain_graph=True)
    batched = t2j.grad(loss, [w], t2j.eye(2), is_grads_batched=True)  # torch2jittor: unsupported: torch.autograd.grad(is_grads_batched=...)
    t2j.set_grad(w, None)
    return t2j.grad_of(w), g, grad_fn, h, batched
# diagnostics
# note 7:9 torch.autograd.grad
# note 8:15 torch.autograd.grad
# note 9:9 torch.autograd.grad
# note 10:15 torch.autograd.grad
# unsupported-argument 10:60 torch.autograd.grad
