# api: torch.Tensor.add_
import torch
x = torch.tensor([1., 2., 3.])
r = x.add_(torch.tensor([1., 1., 1.]), alpha=3)
same = r is x
after = x.clone()
