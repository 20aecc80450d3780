import torch


class Holder:
    def __init__(self, t):
        self.t = t


def stats(x, h):
    # x and h.t are not known to be tensors: where the table rewrites the call, PyTorch's method
    # is done when the receiver is a Var at run time, the receiver's own otherwise
    values, indices = x.max(1)
    a, b = torch.round(x), torch.round(h.t)  # provable: each gets its own value
    return values, indices, x.argmax(1), x.var(), h.t.clamp(min=0), x.transpose(dim0=0, dim1=1), a.max(1), b.std()


def same_as_jittor(x):
    # Jittor's method of the same name with the same arguments: left as written
    return x.sum(1), x.view(-1), x.transpose(0, 1), x.size(0), x.float()

# output
try:
    from . import jittor_compat as t2j
except ImportError:
    import jittor_compat as t2j


class Holder:
    def __init__(self, t):
        self.t = t


def stats(x, h):
    # x and h.t are not known to be tensors: where the table rewrites the call, PyTorch's method
    # is done when the receiver is a Var at run time, the receiver's own otherwise
    values, indices = t2j.maybe_tensor(x).max(1)
    a, b = t2j.round_(x), t2j.round_(h.t)  # provable: each gets its own value
    return values, indices, t2j.maybe_tensor(x).argmax(1), t2j.maybe_tensor(x).var(), t2j.maybe_tensor(h.t).clamp(min=0), t2j.maybe_tensor(x).transpose(dim0=0, dim1=1), t2j.tensor_max(a, 1), t2j.tensor_std(b)


def same_as_jittor(x):
    # Jittor's method of the same name with the same arguments: left as written
    return x.sum(1), x.view(-1), x.transpose(0, 1), x.size(0), x.float()
