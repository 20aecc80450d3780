import torch


def bucket(x: torch.Tensor, width: int):
    # PyTorch floors (-7 // 2 == -4); Jittor's operators truncate
    row = x // width
    col = x % width
    x //= 2
    label = "%d cells" % x.numel()  # string formatting stays
    half = width // 2  # plain numbers stay
    return row, col, (x + 1) // (row * 2 + 1), label, half

# output
import jittor as jt
try:
    from . import jittor_compat as t2j
except ImportError:
    import jittor_compat as t2j


def bucket(x: jt.Var, width: int):
    # PyTorch floors (-7 // 2 == -4); Jittor's operators truncate
    row = t2j.floor_divide(x, width)
    col = t2j.remainder(x, width)
    t2j.inplace_(x, t2j.floor_divide(x, 2))
    label = "%d cells" % x.numel()  # string formatting stays
    half = width // 2  # plain numbers stay
    return row, col, t2j.floor_divide(x + 1, row * 2 + 1), label, half
