# api: torch.Tensor.norm
import torch
x = torch.tensor([[3.0, 4.0], [-1.0, 2.0]])
fro = x.norm()
per_row = x.norm(dim=1)
l1 = x.norm(p=1)
col_max = x.norm(float('inf'), dim=0, keepdim=True)
