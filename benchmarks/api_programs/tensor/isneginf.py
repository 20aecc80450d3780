# api: torch.Tensor.isneginf
import torch
x = torch.tensor([-float('inf'), float('inf'), 1.2])
neg = x.isneginf()
