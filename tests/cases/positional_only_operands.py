import torch


def operands(x: torch.Tensor, y: torch.Tensor, kw):
    a = x.add(other=y)  # Jittor's C++ add takes its operand by position only
    b = x.transpose(dim1=0, dim0=1)
    c = x.mul(
        other=y.mul(other=2),  # the inner call is converted too
    )
    d = x.eq(other=y, **kw)
    e = x.swapaxes(axis1=2, axis0=1)
    x.sub_(other=y)
    return a, b, c, d, e, x.sum(dim=1, keepdim=True)

# output
import jittor as jt


def operands(x: jt.Var, y: jt.Var, kw):
    a = x.add(y)  # Jittor's C++ add takes its operand by position only
    b = x.transpose(1, 0)
    c = x.mul(
        y.mul(2),  # the inner call is converted too
    )
    d = x.equal(y, **kw)
    e = x.transpose(1, 2)
    x.sub_(y)  # torch2jittor: unsupported: torch.Tensor.sub_
    return a, b, c, d, e, x.sum(1, keepdims=True)
# diagnostics
# unsupported-api 12:5 torch.Tensor.sub_
