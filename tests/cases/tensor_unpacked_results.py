import torch


def f(a: torch.Tensor):
    w, v = torch.linalg.eigh(a)
    vals, idx = a.max(1)
    first, second = a.chunk(2)
    r = torch.linalg.svd(a)
    n, c = a.shape
    return v.mT, idx.size(0), first.size(), r.Vh.size(1), vals.argmax(0), n

# output
import jittor as jt
try:
    from . import jittor_compat as t2j
except ImportError:
    import jittor_compat as t2j


def f(a: jt.Var):
    w, v = t2j.linalg_eigh(a)
    vals, idx = t2j.tensor_max(a, 1)
    first, second = t2j.tensor_chunk(a, 2)
    r = t2j.linalg_svd(a)
    n, c = a.shape
    return v.transpose(-2, -1), idx.shape[0], first.shape, r.Vh.shape[1], t2j.tensor_argmax(vals, 0), n
# diagnostics
# note 8:9 torch.linalg.svd
