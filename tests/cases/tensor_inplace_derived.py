import torch


def f(x: torch.Tensor, y: torch.Tensor):
    x[0].trunc_()
    x[1:, 0].addcmul_(y[0], y[1], value=2)
    x[0].neg_()
    z = x[1].acos_()  # a view used as a value: reported
    (x + 1).trunc_()
    x.t().sinh_()
    w = x.clone()
    w.trunc_()
    return x, z, w

# output
import jittor as jt
try:
    from . import jittor_compat as t2j
except ImportError:
    import jittor_compat as t2j


def f(x: jt.Var, y: jt.Var):
    x[0] = t2j.inplace_(x[0], t2j.trunc(x[0]))
    x[1:, 0] = t2j.inplace_(x[1:, 0], t2j.tensor_addcmul(x[1:, 0], y[0], y[1], value=2))
    x[0] = t2j.tensor_neg_(x[0])
    z = x[1].acos_()  # a view used as a value: reported  # torch2jittor: unsupported: torch.Tensor.acos_
    (x + 1).trunc_()  # torch2jittor: unsupported: torch.Tensor.trunc_
    t2j.tensor_t(x).sinh_()  # torch2jittor: unsupported: torch.Tensor.sinh_
    w = x.clone()
    t2j.inplace_(w, t2j.trunc(w))
    return x, z, w
# diagnostics
# unsupported-api 8:9 torch.Tensor.acos_
# unsupported-api 9:5 torch.Tensor.trunc_
# unsupported-api 10:5 torch.Tensor.sinh_
