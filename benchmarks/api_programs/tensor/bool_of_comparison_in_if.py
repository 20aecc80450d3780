# api: torch.Tensor.__bool__
import torch
x = torch.tensor([1.0, -2.0])
if x.sum() > 0:
    r = 1
else:
    r = 2
b = bool(x[0] > 0)
c = 'pos' if x.max() else 'zero'
