import torch

def f(x: torch.Tensor):
    a = torch.Tensor(3, 4)
    b = torch.Tensor([1, 2])
    c = torch.LongTensor([[1, 2], [3, 4]])
    d = torch.FloatTensor(x.size())
    e = isinstance(x, torch.Tensor), isinstance(c, torch.LongTensor), isinstance(x, torch.LongTensor)
    g = x.type(torch.DoubleTensor)
    h = torch.cuda.FloatTensor(2)
    return a, b, c, d, e, g, h

# output
import jittor as jt
try:
    from . import jittor_compat as t2j
except ImportError:
    import jittor_compat as t2j

def f(x: jt.Var):
    a = t2j.Tensor(3, 4)
    b = t2j.Tensor([1, 2])
    c = t2j.LongTensor([[1, 2], [3, 4]])
    d = t2j.FloatTensor(x.shape)
    e = isinstance(x, jt.Var), isinstance(c, t2j.LongTensor), isinstance(x, t2j.LongTensor)
    g = t2j.tensor_type(x, t2j.DoubleTensor)
    h = t2j.FloatTensor(2)
    return a, b, c, d, e, g, h
