import torch


def stats(x: torch.Tensor, q: torch.Tensor, idx: torch.Tensor):
    # computed in numpy: each call says so (function and method forms alike)
    a = torch.quantile(x, q)
    b = x.quantile(q, dim=0)
    c = torch.nan_to_num(x)
    x.nan_to_num_()
    d = torch.isnan(x).any()
    e = idx.bincount()
    f = torch.sort(x).values  # computed in Jittor: nothing to say
    return a, b, c, d, e, f

# output
import jittor as jt
try:
    from . import jittor_compat as t2j
except ImportError:
    import jittor_compat as t2j


def stats(x: jt.Var, q: jt.Var, idx: jt.Var):
    # computed in numpy: each call says so (function and method forms alike)
    a = t2j.quantile(x, q)
    b = t2j.quantile(x, q, dim=0)
    c = t2j.nan_to_num(x)
    t2j.inplace_(x, t2j.nan_to_num(x))
    d = t2j.isnan(x).any()
    e = t2j.bincount(idx)
    f = t2j.sort(x).values  # computed in Jittor: nothing to say
    return a, b, c, d, e, f
# diagnostics
# note 6:9 torch.quantile
# note 7:9 torch.Tensor.quantile
# note 8:9 torch.nan_to_num
# note 9:5 torch.Tensor.nan_to_num_
# note 10:9 torch.isnan
# note 11:9 torch.Tensor.bincount
