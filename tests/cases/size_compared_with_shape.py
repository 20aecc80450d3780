import torch

x = torch.zeros(2, 3)
assert x.shape == torch.Size([2, 3])  # compared: a plain tuple, which Jittor's shape compares with
same = x.size() != torch.Size((2, 4))
s = torch.Size([2, 3])  # kept: the helper's Size

# output
try:
    from . import jittor_compat as t2j
except ImportError:
    import jittor_compat as t2j

x = t2j.zeros(2, 3)
assert x.shape == tuple([2, 3])  # compared: a plain tuple, which Jittor's shape compares with
same = x.shape != tuple((2, 4))
s = t2j.Size([2, 3])  # kept: the helper's Size
