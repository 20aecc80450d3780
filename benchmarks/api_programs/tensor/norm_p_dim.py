# api: torch.Tensor.norm
import torch
x = torch.tensor([[3., 4.], [6., 8.]])
a = x.norm()
b = x.norm(p=1, dim=1)
c = x.norm(dim=-1, keepdim=True)
d = x.norm(float('inf'))
