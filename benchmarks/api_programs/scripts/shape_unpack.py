# api: torch.Tensor.size
import torch
x = torch.zeros(2, 3, 4)
B, C, L = x.shape
b2, *rest = x.size()
flat = x.view(B, -1)
flat_shape = flat.shape
prod = 1
for d in x.shape:
    prod *= d
last = x.shape[-1]
sz = x.size()
sz_list = list(sz)
numel = x.numel()
