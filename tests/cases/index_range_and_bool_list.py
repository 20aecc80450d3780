import numpy as np
import torch


def overlay_y_on_x(x, y, classes=10):
    # mnist_forward_forward's overlay: Jittor refuses a range in an index
    x_ = x.clone()
    x_[:, :classes] *= 0.0
    x_[range(x.shape[0]), y] = x.max()
    return x_


def masks(n):
    t = torch.zeros(3, n)
    t[range(2)] = 1.0
    a = np.zeros(3)
    return t[[True, False, True]], t[:, range(0, n, 2)], a[[True, False, True]]  # numpy takes its list


def shadowed(x, range=lambda n: [0] * n):
    return x[range(2)]  # not the builtin: left as written

# output
import numpy as np
import jittor as jt
try:
    from . import jittor_compat as t2j
except ImportError:
    import jittor_compat as t2j


def overlay_y_on_x(x, y, classes=10):
    # mnist_forward_forward's overlay: Jittor refuses a range in an index
    x_ = x.clone()
    x_[:, :classes] *= 0.0
    x_[list(range(x.shape[0])), y] = t2j.maybe_tensor(x).max()
    return x_


def masks(n):
    t = t2j.zeros(3, n)
    t[list(range(2)), ...] = 1.0
    a = np.zeros(3)
    return t[jt.array([True, False, True])], t[:, list(range(0, n, 2))], a[[True, False, True]]  # numpy takes its list


def shadowed(x, range=lambda n: [0] * n):
    return x[range(2)]  # not the builtin: left as written
