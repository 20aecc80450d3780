# api: torch.Tensor.sort
import torch
x = torch.tensor([[3., 1.], [1., 2.], [2., 0.]])
s = x.sort(dim=0)
v = s[0]
i = s[1]
