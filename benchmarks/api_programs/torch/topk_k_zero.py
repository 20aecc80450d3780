# api: torch.topk
import torch
x = torch.tensor([3.0, 1.0, 2.0])
v, i = torch.topk(x, 0)
