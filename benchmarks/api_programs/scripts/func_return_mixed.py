# api: torch.Tensor.size
import torch
def stats(t):
    return t.mean(), t.size(0), [t.min().item()]
def maybe(t, flag):
    if flag:
        return t * 2
    return None
m, n, lst = stats(torch.tensor([4.0, 1.0, 7.0]))
r = maybe(torch.ones(2), True)
r2 = maybe(torch.ones(2), False)
is_none = r2 is None
