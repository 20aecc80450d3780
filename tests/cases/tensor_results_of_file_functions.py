import torch

W = torch.randn(4, 1)


def make_features(x):
    # every return is a tensor: a call of it is a tensor
    x = x.unsqueeze(1)
    return torch.cat([x ** i for i in range(1, 5)], 1)


def f(x):
    # x is a tensor: get_batch passes it make_features' result
    return x.mm(W)


def maybe(x):
    # one return is None: a call of it is not known to be a tensor
    if x is None:
        return None
    return torch.relu(x)


def get_batch(n):
    x = make_features(torch.randn(n))
    y = maybe(x)
    return f(x), y.mm(W)
# output
import jittor as jt
try:
    from . import jittor_compat as t2j
except ImportError:
    import jittor_compat as t2j

W = t2j.randn(4, 1)


def make_features(x):
    # every return is a tensor: a call of it is a tensor
    x = x.unsqueeze(1)
    return jt.concat([x ** i for i in range(1, 5)], 1)


def f(x):
    # x is a tensor: get_batch passes it make_features' result
    return x.matmul(W)


def maybe(x):
    # one return is None: a call of it is not known to be a tensor
    if x is None:
        return None
    return t2j.tensor_relu(x)


def get_batch(n):
    x = make_features(t2j.randn(n))
    y = maybe(x)
    return f(x), t2j.maybe_tensor(y).mm(W)
