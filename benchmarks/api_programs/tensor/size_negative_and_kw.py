# api: torch.Tensor.size
import torch
x = torch.ones(2, 3, 4)
a = x.size(-1)
b = x.size(dim=-2)
c = x.shape[-1]
d = x.size()[-2:]
